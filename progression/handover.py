"""Next year's carnet, made from this year's carnets (« Préparer l'année suivante… », ``progression next-year``).

In June the pupils of a class go up a grade, sometimes split between two teachers, sometimes
mixed with another class's. The new carnet holds the new school year (its periods cut by the
same official calendar as ``progression new``), the new class, and each chosen pupil — the same
pupil row, same UUID — enrolled in the next grade (CP → CE1…; the teacher may say another).

The pupils' history travels with them as it was: last year's school year, periods, class and
enrolment rows, and every live observation, timed reading, reading grid, decision, appreciation,
code mark, work read and need group of theirs, with their own ids and stamps (a school server
that already holds them sees the same rows). The app reads the newest year's class and periods
(``CarnetQueries``): last year's rows are dated before the new year and belong to last year's
periods, so the new year's syntheses never count them, while the pupil's page shows them.

The carnets of this year are only read: each is copied through SQLite's backup API
(``progression.snapshot``) and the copy brought up to this version's schema if older. Pupils
erased for good there (``meta.erased_pupils``) never travel, and stay listed as erased in the
new carnet. The new carnet is written under a provisional name in the chosen folder and takes its
name only once complete: a failure leaves no half-made file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from progression import calendar as school_calendar
from progression.carnet_connections import apply_migrations, driver
from progression.errors import InvalidInputError, ProgressionError
from progression.grades import GRADES
from progression.names import match_key
from progression.schema import new_id
from progression.storage import ERASED_KEY, LAST_STAMP_KEY, erased_pupils, meta_rows, quoted, write_meta
from progression.validation import check_grade

# Settings that are the school's or the scale's rather than one teacher's habits: they come along.
CARRIED_SETTINGS = ("scale", "thresholds", "lsu_uai", "lsu_director", "zone", "activities")
# The built-in reference rows the history points to (items, steps): added when the new carnet lacks them.
REFERENCE_TABLES = ("framework", "framework_item", "scale", "scale_step")
# The pupil's own rows, live ones only, in an order their references allow.
PUPIL_ROWS = ("observation", "fluency_measure", "reading_grid", "synthesis_override", "appreciation", "code_mark",
              "work_reading", "need_group_member")


def next_grade(grade: str) -> str | None:
    """The grade after ``grade`` (CP → CE1…); None after CM2 (the pupil goes to collège)."""
    position = GRADES.index(grade) if grade in GRADES else -1
    return GRADES[position + 1] if 0 <= position < len(GRADES) - 1 else None


@dataclass(frozen=True)
class Travelling:
    """A pupil of this year's carnet who may go to next year's class."""

    id: str
    last_name: str
    first_name: str
    grade: str  # this year's
    source: Path
    left: bool = False  # left the class during the year: not proposed

    @property
    def name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}"

    @property
    def proposed_grade(self) -> str | None:
        return next_grade(self.grade)


@dataclass(frozen=True)
class NextYear:
    """What the teacher says about next year's class. Empty school or zone: as in the first carnet."""

    label: str
    year: str
    school: str = ""
    teacher: str = ""
    periods: int = 0  # 0: as many as this year's
    zone: str = ""


@dataclass
class HandoverReport:
    """What went into the new carnet: the pupils with their grades, and the rows of their history."""

    path: Path
    year: str
    label: str
    pupils: list[tuple[str, str, str]] = field(default_factory=list)  # (name, grade before, grade now)
    history: dict[str, int] = field(default_factory=dict)  # table → rows carried

    def as_json(self) -> dict[str, object]:
        return {"carnet": str(self.path), "year": self.year, "class": self.label,
                "pupils": [{"name": n, "from": a, "to": b} for n, a, b in self.pupils], "history": self.history}


# ---------------------------------------------------------------- reading this year's carnets


@dataclass
class _Source:
    path: Path
    conn: sqlite3.Connection
    class_id: str
    year_label: str
    year_ends_on: date
    periods: int
    school: str
    teacher: str
    erased: set[str]
    settings: dict[str, str]


@contextlib.contextmanager
def _reading(paths: Sequence[Path]) -> Iterator[list[_Source]]:
    """Each carnet copied and opened for reading; the carnets themselves are never written."""
    from progression.inspection import inspect_file
    from progression.snapshot import snapshot
    from progression.storage import SCHEMA_REVISION

    with contextlib.ExitStack() as stack:
        sources = []
        for path in paths:
            revision = inspect_file(path, scan=False)  # a damaged or newer carnet: its own sentence
            # The app hands over the carnet it has open: read through SQLite only.
            copy = stack.enter_context(snapshot(path, open_here=True))
            if revision != SCHEMA_REVISION:
                from sqlalchemy import create_engine

                engine = create_engine(f"sqlite:///{copy}")
                try:
                    apply_migrations(engine)
                finally:
                    engine.dispose()
            conn = sqlite3.connect(copy)
            stack.callback(conn.close)
            sources.append(_source(path, conn))
        yield sources


def _source(path: Path, conn: sqlite3.Connection) -> _Source:
    row = conn.execute(
        "SELECT c.id, y.label, y.ends_on, c.school, c.teacher, y.id FROM class_group c JOIN school_year y "
        "ON y.id = c.year_id WHERE c.deleted_at IS NULL ORDER BY y.starts_on DESC LIMIT 1").fetchone()
    if row is None:
        raise ProgressionError("carnet.no_class")
    periods = conn.execute("SELECT count(*) FROM period WHERE year_id = ? AND deleted_at IS NULL", (row[5],)).fetchone()
    meta = meta_rows(conn)
    settings = dict(conn.execute("SELECT key, value FROM setting").fetchall())
    return _Source(path, conn, row[0], row[1], date.fromisoformat(row[2]), int(periods[0]), row[3], row[4],
                   erased_pupils(meta) | _remembered_erasures(path), settings)


def _remembered_erasures(path: Path) -> set[str]:
    from progression.privacy import erased_ids

    return erased_ids(path)


def _travelling(source: _Source) -> list[Travelling]:
    rows = source.conn.execute(
        "SELECT p.id, p.last_name, p.first_name, e.grade, e.left_on FROM pupil p JOIN enrolment e ON e.pupil_id = p.id "
        "WHERE e.class_id = ? AND p.deleted_at IS NULL AND e.deleted_at IS NULL", (source.class_id,))
    found = [Travelling(pid, last, first, grade, source.path, left is not None)
             for pid, last, first, grade, left in rows if pid not in source.erased]
    found.sort(key=lambda t: (match_key(t.last_name), match_key(t.first_name), t.id))
    return found


def pupils_of(paths: Sequence[Path]) -> list[Travelling]:
    """This year's pupils of these carnets, class by class, in the order of the class list."""
    with _reading([Path(p) for p in paths]) as sources:
        return _pupils(sources)


def _pupils(sources: Sequence[_Source]) -> list[Travelling]:
    seen: set[str] = set()
    found = []
    for source in sources:
        for pupil in _travelling(source):
            if pupil.id not in seen:  # a pupil who moved between the two classes during the year
                seen.add(pupil.id)
                found.append(pupil)
    return found


def choose(pupils: Sequence[Travelling], names: Sequence[str] | None, grades: Mapping[str, str],
           sources: Sequence[Path]) -> dict[str, str]:
    """Pupil id → next year's grade: the pupils named (« NOM Prénom » or their id; all of them still in
    the class when ``names`` is None), each in the grade ``grades`` gives them (by name or id) or the next."""
    where = ", ".join(f"« {Path(s).name} »" for s in sources)

    def find(text: str) -> Travelling:
        key = match_key(text)
        matching = [p for p in pupils if p.id == text.strip() or match_key(f"{p.last_name} {p.first_name}") == key
                    or match_key(f"{p.first_name} {p.last_name}") == key]
        if not matching:
            raise InvalidInputError("handover.pupil_unknown", name=text.strip(), sources=where)
        if len(matching) > 1:
            raise InvalidInputError("handover.pupil_twice", name=text.strip(), sources=where)
        return matching[0]

    chosen = [find(n) for n in names if n.strip()] if names is not None else [p for p in pupils if not p.left]
    wanted = {find(who).id: grade.strip().upper() for who, grade in grades.items()}
    result: dict[str, str] = {}
    for pupil in chosen:
        grade = wanted.get(pupil.id) or pupil.proposed_grade
        if grade is None:
            raise InvalidInputError("handover.no_next_grade", name=pupil.name)
        check_grade(grade)
        result[pupil.id] = grade
    if not result:
        raise InvalidInputError("handover.no_pupil")
    return result


# ---------------------------------------------------------------- writing next year's carnet


def make_next_year(target: Path, sources: Sequence[Path], new: NextYear,
                   chosen: Mapping[str, str] | None = None) -> HandoverReport:
    """Write next year's carnet at ``target`` from ``sources``; ``chosen``: pupil id → grade (None: every
    pupil still in the classes, in the next grade). All or nothing: on failure no file is left."""
    target = Path(target)
    paths = [Path(s) for s in sources]
    if not paths:
        raise InvalidInputError("handover.no_source")
    if target.exists():
        raise InvalidInputError("handover.target_exists", name=target.name)
    if any(p.resolve() == target.resolve() for p in paths):
        raise InvalidInputError("handover.source_is_target", name=target.name)
    year = school_calendar.year_label(new.year)
    with _reading(paths) as read:
        pupils = _pupils(read)
        if chosen is None:
            chosen = choose(pupils, None, {}, paths)
        if not chosen:
            raise InvalidInputError("handover.no_pupil")
        for grade in chosen.values():
            check_grade(grade)
        zone = new.zone or _setting(read[0], "zone") or school_calendar.DEFAULT_ZONE
        starts, _ends = school_calendar.year_bounds(year, zone)
        for source in read:
            if starts <= source.year_ends_on:
                first = school_calendar.parse_year(source.year_label)[1]
                raise InvalidInputError("handover.year_not_after", year=year, name=source.path.name,
                                        source_year=source.year_label, suggested=f"{first}-{first + 1}")
        by_id = {p.id: p for p in pupils}
        unknown = [pid for pid in chosen if pid not in by_id]
        if unknown:
            raise InvalidInputError("handover.pupil_unknown", name=unknown[0],
                                    sources=", ".join(f"« {p.name} »" for p in paths))
        report = HandoverReport(target, year, new.label)
        _write(target, read, new, year, zone, dict(chosen), report)
        report.pupils = [(by_id[pid].name, by_id[pid].grade, grade)
                         for pid, grade in sorted(chosen.items(), key=lambda kv: pupils.index(by_id[kv[0]]))]
    return report


def _setting(source: _Source, key: str) -> str:
    import json

    raw = source.settings.get(key)
    try:
        value = json.loads(raw) if raw is not None else ""
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def _provisional(target: Path) -> Path:
    return target.with_name(f"{target.stem}-en-preparation{target.suffix}")


def _write(target: Path, sources: Sequence[_Source], new: NextYear, year: str, zone: str, chosen: dict[str, str],
           report: HandoverReport) -> None:
    from progression.seeding import NewClass, seed_carnet
    from progression.storage import fsync_folder

    first = sources[0]
    grades = tuple(g for g in GRADES if g in set(chosen.values()))
    scale = _setting(first, "scale")
    from progression.scales import BUILTIN_SCALES, DEFAULT_SCALE

    klass = NewClass(label=new.label, year=year, grades=grades, periods=new.periods or first.periods or 5,
                     school=new.school or first.school, teacher=new.teacher,
                     scale=scale if scale in BUILTIN_SCALES else DEFAULT_SCALE, zone=zone)
    building = _provisional(target)
    for leftover in _files(building):  # what an earlier attempt cut short left
        leftover.unlink(missing_ok=True)
    carnet = seed_carnet(building, klass)
    try:
        with carnet.writing() as connection:
            raw = driver(connection)
            raw.execute("PRAGMA defer_foreign_keys=ON")
            newest = _copy_history(raw, sources, set(chosen), report)
            for key in CARRIED_SETTINGS:
                if key in first.settings and key != "zone":
                    stamp = carnet.signature()
                    raw.execute("UPDATE setting SET value = ?, modified_at = ?, device_id = ? WHERE key = ?",
                                (first.settings[key], stamp["modified_at"], stamp["device_id"], key))
            if newest:
                carnet.clock.observe(newest)  # what is written from now on comes after last year's rows
            class_id = raw.execute("SELECT id FROM class_group WHERE year_id = (SELECT id FROM school_year "
                                   "ORDER BY starts_on DESC LIMIT 1)").fetchone()[0]
            for pupil_id, grade in chosen.items():
                row = {"id": new_id(), "pupil_id": pupil_id, "class_id": class_id, "grade": grade,
                       "group_label": "", **carnet.signature()}
                raw.execute(f"INSERT INTO enrolment ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                            tuple(row.values()))
            erased = set().union(*(s.erased for s in sources))
            if erased:
                import json

                write_meta(raw, ERASED_KEY, json.dumps(sorted(erased)))
            write_meta(raw, LAST_STAMP_KEY, carnet.clock.last())
            dangling = raw.execute("PRAGMA foreign_key_check").fetchone()
            if dangling is not None:
                raise ProgressionError("handover.dangling", table=dangling[0])
        carnet.close(backup=False)
        if target.exists():
            raise InvalidInputError("handover.target_exists", name=target.name)
        os.replace(building, target)
        fsync_folder(target.parent)
    except BaseException:
        carnet.close(backup=False)
        for leftover in _files(building):
            leftover.unlink(missing_ok=True)
        raise


def _files(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))]


def _copy_history(raw: sqlite3.Connection, sources: Sequence[_Source], pupils: set[str],
                  report: HandoverReport) -> str:
    """Every source's rows about the chosen pupils, and the rows they point to; the newest stamp copied."""
    newest = ""
    for source in sources:
        mine = sorted(pupils & {pid for (pid,) in source.conn.execute("SELECT id FROM pupil")})
        if not mine:
            continue
        source.conn.execute("CREATE TEMP TABLE IF NOT EXISTS travelling (id TEXT PRIMARY KEY)")
        source.conn.execute("DELETE FROM temp.travelling")
        source.conn.executemany("INSERT INTO temp.travelling VALUES (?)", [(pid,) for pid in mine])
        live = "deleted_at IS NULL AND pupil_id IN (SELECT id FROM temp.travelling)"
        enrolled = f"SELECT class_id FROM enrolment WHERE {live}"
        grouped = f"SELECT group_id FROM need_group_member WHERE {live}"
        read = f"SELECT work_id FROM work_reading WHERE {live}"
        marked = f"SELECT code_unit_id FROM code_mark WHERE {live}"
        classes = (f"id IN ({enrolled}) OR id IN (SELECT class_id FROM need_group WHERE id IN ({grouped})) "
                   f"OR id IN (SELECT class_id FROM work WHERE id IN ({read})) "
                   f"OR id IN (SELECT class_id FROM code_unit WHERE id IN ({marked}))")
        wanted = [
            ("school_year", "1"),  # years and periods say nothing about anyone: all of them, for every reference
            ("period", "1"),
            ("class_group", classes),
            *((table, "1") for table in REFERENCE_TABLES),
            ("pupil", "id IN (SELECT id FROM temp.travelling)"),
            ("enrolment", live),
            ("code_unit", f"id IN ({marked})"),
            ("work", f"id IN ({read})"),
            ("need_group", f"id IN ({grouped})"),
            *((table, live) for table in PUPIL_ROWS),
        ]
        for table, where in wanted:
            newest = max(newest, _copy(raw, source.conn, table, where, report))
    return newest


def _copy(raw: sqlite3.Connection, source: sqlite3.Connection, table: str, where: str, report: HandoverReport) -> str:
    columns = [row[1] for row in raw.execute(f"PRAGMA table_info({quoted(table)})")]
    names = ", ".join(quoted(c) for c in columns)
    rows = source.execute(f"SELECT {names} FROM {quoted(table)} WHERE {where}").fetchall()
    if not rows:
        return ""
    # A row two sources both hold (a pupil who changed class in the year) keeps its newer version;
    # the reference rows the new carnet was made with stay as they are.
    if table in REFERENCE_TABLES:
        conflict = "DO NOTHING"
    else:
        updates = ", ".join(f"{quoted(c)} = excluded.{quoted(c)}" for c in columns if c != "id")
        conflict = f"DO UPDATE SET {updates} WHERE excluded.modified_at > {quoted(table)}.modified_at"
    before = raw.total_changes
    raw.executemany(f"INSERT INTO {quoted(table)} ({names}) VALUES ({', '.join('?' * len(columns))}) "
                    f"ON CONFLICT(id) {conflict}", rows)
    if table in PUPIL_ROWS or table == "enrolment":
        report.history[table] = report.history.get(table, 0) + raw.total_changes - before
    stamp = columns.index("modified_at")
    return max((r[stamp] or "" for r in rows), default="")
