"""Bringing back what was recorded in a copy of the carnet (``progression merge``).

A teacher works on the school's computer and on her laptop, or a replacement teacher keeps a
copy for a few weeks: two copies of one carnet that both changed. Every row carries a UUID, a
hybrid-logical-clock stamp (``modified_at``) and a tombstone instead of a deletion, so merging
needs no server and no questions: each row of the copy that this carnet lacks is added, and a
row both have keeps its newer version — a mark changed or deleted in the copy after it was here
is changed or deleted here too. Where one thing may exist only once (a pupil's appreciation of
a period, the teacher's decision on an item, a pupil's enrolment, a setting), two versions
written separately keep the newer one. Stamps are compared as clocks (``hlc.parse_stamp``),
never as text.

Only copies of this very carnet merge (same ``carnet_id``): two carnets created separately for
one class do not know their pupils are the same children. Pupils erased for good (RGPD) on
either side stay erased: their ids are listed in the carnet (``meta.erased_pupils``, ids only),
the merge never brings them back, and a pupil erased in the copy but still here is named so the
teacher erases them here too.

A copy is a file from outside, so nothing in it is trusted. It is first copied whole to a private
snapshot (SQLite's backup API: a consistent state, whatever happens to the copy meanwhile), then
checked before anything is written: exactly this version's tables (no view, trigger, extra or
missing column or index), every value of every row held to the rules typed values follow
(``validation.column_rules``: types, dates that exist, ids, names, stamps, the teacher's world's
ranges), the references between rows, the settings (``settings.check_stored``) and the list of
erased pupils. The first thing wrong refuses the whole copy with one sentence naming the table and
the row. The checks and the merge itself are SQL statements run by SQLite over the attached
snapshot, so memory stays flat however many observations the copy holds.

One transaction, after a verified backup; the undo history is cleared (the merged rows are not
one of the teacher's actions).
"""

from __future__ import annotations

import contextlib
import functools
import json
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import exc

from progression.errors import (
    DamagedCarnetError,
    InvalidInputError,
    NewerCarnetError,
    ProgressionError,
)
from progression.hlc import sortable
from progression.inspection import KNOWN_REVISIONS
from progression.schema import SCHEMA_REVISION, Base
from progression.service import CarnetService
from progression.storage import APPLICATION_ID, ERASED_KEY, SQLITE_MAGIC, erased_pupils, reading_params, sqlite_uri
from progression.storage_errors import storage_errors
from progression.validation import ColumnRule, clause, column_rules, is_uuid, shown

# Parents before children, so each row finds what it points to.
SYNCED_TABLES = (
    "school_year", "period", "class_group", "pupil", "enrolment", "framework", "framework_item",
    "scale", "scale_step", "observation", "fluency_measure", "synthesis_override", "appreciation",
)
# What may exist only once while alive: two versions written separately keep the newer one.
ONE_ALIVE = {
    "enrolment": ("pupil_id", "class_id"),
    "appreciation": ("pupil_id", "period_id"),
    "synthesis_override": ("pupil_id", "period_id", "item_id"),
}
# How the tables are named to the teacher, for the report.
WORDS = {
    "observation": ("observation", "observations"),
    "fluency_measure": ("mesure de fluence", "mesures de fluence"),
    "appreciation": ("appréciation", "appréciations"),
    "synthesis_override": ("décision", "décisions"),
    "pupil": ("élève", "élèves"),
    "framework_item": ("item", "items"),
}
# Every table, as the refusal names it.
TABLE_WORDS = {
    "school_year": "l'année scolaire", "period": "les périodes", "class_group": "la classe",
    "pupil": "les élèves", "enrolment": "les inscriptions", "framework": "les référentiels",
    "framework_item": "les items du référentiel", "scale": "les échelles", "scale_step": "les échelons",
    "observation": "les observations", "fluency_measure": "les mesures de fluence",
    "synthesis_override": "les décisions", "appreciation": "les appréciations", "setting": "les réglages",
    "meta": "la description du carnet",
}
# Rules that tie the columns of one row together, as typed input keeps them.
ROW_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "school_year": (("starts_on > ends_on", "l'année se termine avant de commencer"),),
    "period": (("starts_on > ends_on", "la période se termine avant de commencer"),),
    "enrolment": (("arrived_on > left_on", "l'élève part avant d'arriver"),),
    "fluency_measure": (("errors > words_read", "plus d'erreurs que de mots lus"),),
    "scale_step": (("counts = 1 AND (rank IS NULL OR value IS NULL)", "un échelon qui compte sans rang ni valeur"),),
}
# Dated rows stay inside the school year, as the app's own checks keep them.
IN_YEAR = {"observation": "observed_on", "fluency_measure": "measured_on"}
# A stamp this app wrote compares as text; any other is put in that form first (hlc.sortable).
_CANONICAL_STAMP = "[0-9]" * 15 + ".[0-9][0-9][0-9][0-9][0-9]"
COPY = "copie"  # the snapshot, as attached to the carnet's connection
STAMPED = (*SYNCED_TABLES, "setting")


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    updated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    superseded: int = 0  # one-alive rows retired in favour of a newer version
    settings: int = 0
    kept_erased: int = 0  # rows of the copy about pupils erased here, left out
    erased_in_copy: list[str] = field(default_factory=list)  # "Prénom Nom" still here, erased there

    @property
    def changed(self) -> bool:
        return bool(sum(self.added.values()) or sum(self.updated.values()) or self.superseded or self.settings)

    def lines(self) -> list[str]:
        """The report in French, one fact per line."""
        lines = []
        for verb, counts in (("ajouté", self.added), ("mis à jour", self.updated)):
            parts = [_count(n, table) for table, n in counts.items() if n and table in WORDS]
            others = sum(n for table, n in counts.items() if table not in WORDS)
            if others:
                parts.append(f"{others} autre{'s' if others > 1 else ''} donnée{'s' if others > 1 else ''}")
            if parts:
                lines.append(f"{verb.capitalize()} : {', '.join(parts)}.")
        if self.settings:
            lines.append(f"Réglages repris de la copie : {self.settings}.")
        if not lines:
            lines.append("Rien de nouveau dans la copie : ce carnet contient déjà tout ce qu'elle contient.")
        if self.erased_in_copy:
            lines.append(
                "Effacés définitivement dans la copie mais encore ici : " + ", ".join(self.erased_in_copy)
                + ". Effacez-les aussi dans ce carnet (Élèves › Effacer définitivement un élève)."
            )
        return lines


def _count(n: int, table: str) -> str:
    one, many = WORDS[table]
    return f"{n} {one if n == 1 else many}"


def merge_copy(service: CarnetService, copy_path: Path, *, dry_run: bool = False) -> MergeReport:
    """Bring into the open carnet what the copy at ``copy_path`` has that it lacks or has older."""
    carnet = service.carnet
    copy_path = Path(copy_path)
    if carnet.read_only:
        raise ProgressionError("Ce carnet est ouvert en lecture seule : impossible d'y fusionner une copie.")
    if _same_file(copy_path, carnet.path):
        raise InvalidInputError("Choisissez une copie du carnet, pas le carnet ouvert lui-même.")
    with carnet.reading() as connection:
        meta: dict[str, str] = {key: value for key, value in connection.exec_driver_sql("SELECT key, value FROM meta")}
    _check_copy_file(copy_path)
    with _snapshot(copy_path) as snapshot:
        copy = _check_copy(snapshot, copy_path.name, meta.get("carnet_id"))
        erased_here = {pupil for pupil in erased_pupils(meta) if is_uuid(pupil)}
        report = MergeReport()
        if not dry_run:
            from progression.backup import backup_before

            backup_before(carnet.path, "fusion")
        try:
            _merge(service, snapshot, copy, erased_here, report, dry_run)
        except _DryRun:
            return report
    if copy.newest:
        carnet.clock.observe(copy.newest)  # later edits here must win over what the copy held
    service.forget_history()  # also drops the caches: every page reads the merged carnet afresh
    return report


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and a.samefile(b))
    except OSError:
        return False


class _DryRun(Exception):
    pass


# ---------------------------------------------------------------- reading the copy


def _refused(name: str, what: str) -> InvalidInputError:
    """The one sentence for a copy that cannot be merged as it is."""
    return InvalidInputError(
        f"La copie « {shown(name)} » n'a pas été fusionnée : {what} ; rien n'a été écrit dans ce carnet."
    )


def _from_elsewhere(name: str, what: str) -> InvalidInputError:
    return _refused(name, f"{what}, ce que Progression n'écrit jamais (le fichier a été modifié par un autre "
                          "programme ou abîmé)")


def _check_copy_file(path: Path) -> None:
    """The copy is a file SQLite can read, in words about a copy (never « restore a backup »: the
    backups are this carnet's)."""
    name = shown(path.name)
    if not path.exists():
        raise InvalidInputError(f"La copie « {name} » est introuvable : vérifiez son nom et son dossier.")
    if path.is_dir():
        raise InvalidInputError(f"« {name} » est un dossier : choisissez le fichier de la copie du carnet.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise InvalidInputError(f"Impossible de lire la copie « {name} » : {error.strerror}.") from error
    if header != SQLITE_MAGIC:
        raise InvalidInputError(f"« {name} » n'est pas un carnet Progression (ce n'est pas une base SQLite).")


def _check_revision(conn: sqlite3.Connection, name: str) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID and "meta" not in tables:
        raise InvalidInputError(f"« {shown(name)} » est une base SQLite, mais pas un carnet Progression.")
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
    revision = str(row[0]) if row else None
    if revision == SCHEMA_REVISION:
        return
    if revision in KNOWN_REVISIONS:
        raise InvalidInputError(
            f"« {shown(name)} » a été écrit par une version plus ancienne de Progression : ouvrez-le une fois avec "
            "celle-ci (il sera mis à jour), fermez-le, puis fusionnez."
        )
    if revision is not None and revision.isascii() and revision.isdigit() and revision > max(KNOWN_REVISIONS):
        raise NewerCarnetError(
            f"« {shown(name)} » a été écrit par une version plus récente de Progression (schéma {shown(revision)}) : "
            "installez la dernière version, puis fusionnez."
        )
    raise _from_elsewhere(name, f"son numéro de schéma « {shown(revision)} » n'est celui d'aucune version")


def _busy(name: str) -> InvalidInputError:
    return InvalidInputError(
        f"La copie « {shown(name)} » est occupée par un autre programme en ce moment (elle n'est pas "
        "endommagée) : fermez ce programme ou attendez qu'il ait fini, puis fusionnez ; rien n'a été écrit."
    )


@contextlib.contextmanager
def _snapshot(path: Path) -> Iterator[Path]:
    """A private copy of the copy, read once through SQLite's backup API: a consistent state that
    no other program changes while it is checked and merged, deleted afterwards. The copy itself
    is only read (``mode=ro``), never rolled back, normalised or attached."""
    folder = Path(tempfile.mkdtemp(prefix="progression-fusion-"))
    target = folder / "copie.carnet"
    try:
        try:
            source = sqlite3.connect(sqlite_uri(path, **reading_params(path)), uri=True, timeout=5,
                                     isolation_level=None)
            try:
                # Hold a read lock first (waiting 5 s at most): sqlite3's backup() itself would retry a
                # busy copy forever.
                source.execute("BEGIN")
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()
                destination = sqlite3.connect(target)
                try:
                    source.backup(destination)
                    destination.execute("PRAGMA journal_mode=DELETE")
                finally:
                    destination.close()
            finally:
                source.close()
        except sqlite3.Error as error:
            text = str(error).lower()
            if "locked" in text or "busy" in text:
                raise _busy(path.name) from error
            if "readonly" in text or "read-only" in text or "unable to open" in text:
                raise InvalidInputError(
                    f"La copie « {shown(path.name)} » n'a pas été fermée proprement (un journal l'accompagne) et ne "
                    "peut pas être lue ici : ouvrez-la une fois avec Progression là où elle est, fermez-la, puis "
                    "fusionnez ; rien n'a été écrit."
                ) from error
            if "full" in text or "disk i/o" in text:
                raise ProgressionError(
                    f"Pas assez de place dans le dossier temporaire pour lire la copie « {shown(path.name)} » : "
                    "libérez de la place puis recommencez ; rien n'a été écrit."
                ) from error
            raise DamagedCarnetError(
                f"La copie « {shown(path.name)} » ne se lit pas ({error}) : elle est endommagée ; rien n'a été écrit."
            ) from error
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class _Copy:
    erased: set[str]  # pupils erased in the copy
    newest: str  # the newest stamp the copy holds, in sortable form


def _check_copy(snapshot: Path, name: str, carnet_id: str | None) -> _Copy:
    """Everything the merge will read, checked; raises the one sentence for the first problem."""
    conn = sqlite3.connect(snapshot, isolation_level=None)  # the stamps' new form is written at once
    try:
        conn.text_factory = _name  # names from a hostile file, for messages only
        rules = _register(conn)
        _check_revision(conn, name)
        _check_schema(conn, name)
        conn.text_factory = _strict_text(name)
        meta = {key: value for key, value in conn.execute("SELECT key, value FROM meta")}
        if carnet_id is None or meta.get("carnet_id") != carnet_id:
            raise InvalidInputError(
                f"« {shown(name)} » n'est pas une copie de ce carnet : seules les copies d'un même carnet se "
                "fusionnent (deux carnets créés séparément ne savent pas que leurs élèves sont les mêmes)."
            )
        for table in ("meta", "setting", *SYNCED_TABLES):
            _check_rows(conn, name, table, rules)
        _check_references(conn, name)
        _check_settings(conn, name)
        erased = _check_erased(meta.get(ERASED_KEY), name)
        _normalise_stamps(conn, "main")
        newest = max((conn.execute(f"SELECT max(modified_at) FROM {table}").fetchone()[0] or ""
                      for table in STAMPED), default="")
        conn.text_factory = _name  # quick_check quotes damaged text
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise DamagedCarnetError(
                f"La copie « {shown(name)} » est endommagée (contrôle d'intégrité en échec) : elle ne peut pas être "
                "fusionnée ; rien n'a été écrit dans ce carnet."
            )
    except sqlite3.Error as error:
        raise DamagedCarnetError(
            f"La copie « {shown(name)} » ne se lit pas ({error}) : elle est endommagée ; rien n'a été écrit."
        ) from error
    finally:
        conn.close()
    return _Copy(erased, newest)


def _strict_text(name: str) -> Any:
    def decode(data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise _from_elsewhere(name, "elle contient du texte qui n'est pas de l'UTF-8") from None

    return decode


def _register(conn: sqlite3.Connection) -> dict[tuple[str, str], ColumnRule]:
    """The SQL functions the checks and the merge call: a rule's verdict on one value, and a
    stamp in sortable form (unreadable stamps, which only an old damaged carnet may hold here,
    sort oldest)."""
    rules = {(rule.table, rule.column): rule
             for table in ("meta", "setting", *SYNCED_TABLES) for rule in column_rules(table)}

    def refusal(value: Any, table: str, column: str) -> str | None:
        return rules[(table, column)].problem(value)

    conn.create_function("progression_refusal", 3, refusal, deterministic=True)
    conn.create_function("progression_stamp", 1, _sortable_or_oldest, deterministic=True)
    return rules


def _sortable_or_oldest(stamp: object) -> str:
    try:
        return sortable(stamp) if isinstance(stamp, str) else ""
    except ValueError:
        return ""


def _normalise_stamps(conn: sqlite3.Connection, schema: str) -> None:
    """Write every stamp in the fixed-width form this app writes (``hlc.sortable``), so that
    comparing stamps as text compares them as clocks. A copy's stamps all parse (checked); here,
    only a carnet damaged before stamps were checked can hold one that does not, read as the
    oldest. The clock each stamp stands for is unchanged."""
    for table in STAMPED:
        conn.execute(
            f"UPDATE {schema}.{table} SET modified_at = progression_stamp(modified_at) "
            f"WHERE modified_at != '' AND modified_at NOT GLOB '{_CANONICAL_STAMP}'"
        )


# ---- the schema


@functools.cache
def _reference_schema() -> dict[str, Any]:
    """This version's tables exactly as its migrations make them, in an in-memory database."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from progression.carnet import apply_migrations

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        apply_migrations(engine)
        raw = engine.raw_connection()
        try:
            return _describe(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()
    finally:
        engine.dispose()


def _describe(conn: sqlite3.Connection) -> dict[str, Any]:
    """What makes a database's schema: every object, and for each table its shape, columns,
    references and indexes as SQLite itself reports them (not the text of its CREATE)."""
    objects = {
        str(name): (str(kind), str(table))
        for kind, name, table in conn.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    }
    tables = {}
    for name, (kind, _) in objects.items():
        if kind != "table":
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        shape = conn.execute("SELECT type, ncol, wr, strict FROM pragma_table_list WHERE name = ?", (name,)).fetchall()
        columns = {str(row[1]): tuple(row[2:]) for row in conn.execute(f"PRAGMA table_xinfo({quoted})")}
        references = sorted(tuple(row[2:]) for row in conn.execute(f"PRAGMA foreign_key_list({quoted})"))
        indexes = {}
        for _, index, unique, origin, partial in conn.execute(f"PRAGMA index_list({quoted})"):
            index_quoted = '"' + str(index).replace('"', '""') + '"'
            keys = tuple(tuple(row[1:]) for row in conn.execute(f"PRAGMA index_xinfo({index_quoted})"))
            indexes[str(index) if origin == "c" else f"{origin}:{keys}"] = (unique, origin, partial, keys)
        tables[name] = (shape, columns, references, indexes)
    return {"objects": objects, "tables": tables}


def _name(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


_KINDS = {"view": "une vue", "trigger": "un déclencheur", "index": "un index", "table": "une table"}


def _check_schema(conn: sqlite3.Connection, name: str) -> None:
    reference = _reference_schema()
    found = _describe(conn)
    expected, present = reference["objects"], found["objects"]
    for object_name, (kind, _) in sorted(expected.items()):
        got = present.get(object_name)
        if got is not None and got[0] != kind:
            article = _KINDS.get(got[0], f"un objet {shown(got[0])}")
            raise _from_elsewhere(name, f"« {object_name} » y est {article} au lieu d'{_KINDS[kind]}")
    for object_name, (kind, _) in sorted(expected.items()):
        if object_name not in present:
            raise _from_elsewhere(name, f"{'la table' if kind == 'table' else 'l’index'} « {object_name} » y manque")
    for object_name, (kind, table) in sorted(present.items(), key=lambda item: (item[1][0] != "trigger", item[0])):
        if object_name not in expected:
            article = _KINDS.get(kind, f"un objet {shown(kind)}")
            where = "" if table == object_name else f" sur la table « {shown(table)} »"
            raise _from_elsewhere(name, f"elle contient {article} « {shown(object_name)} »{where} en plus des tables "
                                        "de Progression")
    for table, (shape, columns, references, indexes) in reference["tables"].items():
        got_shape, got_columns, got_references, got_indexes = found["tables"][table]
        where = f"la table « {table} » ({TABLE_WORDS.get(table, table)})"
        for column in sorted(set(got_columns) - set(columns)):
            raise _from_elsewhere(name, f"{where} a une colonne « {shown(column)} » en trop")
        for column in sorted(set(columns) - set(got_columns)):
            raise _from_elsewhere(name, f"il manque à {where} la colonne « {column} »")
        for column, description in columns.items():
            if got_columns[column] != description:
                raise _from_elsewhere(name, f"dans {where}, la colonne « {column} » n'a pas le type, la contrainte "
                                            "ou la valeur par défaut de Progression")
        if got_references != references:
            raise _from_elsewhere(name, f"les références de {where} vers d'autres tables ne sont pas celles "
                                        "de Progression")
        if got_indexes != indexes or got_shape != shape:
            raise _from_elsewhere(name, f"{where} n'a pas la forme ou les index de celle de Progression")


# ---- the rows


def _where(table: str, rowid: object, row_id: object) -> str:
    ident = f" (identifiant {shown(row_id)})" if row_id not in (None, "") else ""
    return f"dans {TABLE_WORDS.get(table, table)} (table « {table} »), la ligne {shown(rowid)}{ident}"


def _check_rows(conn: sqlite3.Connection, name: str, table: str, rules: dict[tuple[str, str], ColumnRule]) -> None:
    """Every value of every row, held to its column's rule, by SQLite; the first bad row is read
    into Python only to be explained."""
    own = [rule for (rule_table, _), rule in rules.items() if rule_table == table]
    key = "id" if any(rule.column == "id" for rule in own) else "key"
    condition = " OR ".join(rule.sql_bad() for rule in own)
    cursor = conn.execute(f"SELECT rowid AS progression_rowid, * FROM {table} WHERE {condition} LIMIT 1")
    row = cursor.fetchone()
    for rule in (rule for rule in own if rule.by_value and row is None):
        bad = conn.execute(rule.sql_values()).fetchone()
        if bad is not None:
            cursor = conn.execute(
                f'SELECT rowid AS progression_rowid, * FROM {table} WHERE "{rule.column}" = ? LIMIT 1', bad
            )
            row = cursor.fetchone()
    if row is not None:
        values = dict(zip((d[0] for d in cursor.description), row, strict=True))
        for rule in own:
            problem = rule.problem(values[rule.column])
            if problem is not None:
                break
        else:  # SQLite's test and Python's disagree: name the row all the same
            rule, problem = own[0], "une valeur n'est pas de celles que Progression écrit"
        where = _where(table, values["progression_rowid"], values.get(key))
        raise _refused(name, f"{where}, colonne « {rule.column} » : {problem}")
    for test, problem in ROW_RULES.get(table, ()):
        found = conn.execute(f"SELECT rowid, {key} FROM {table} WHERE {test} LIMIT 1").fetchone()
        if found is not None:
            raise _refused(name, f"{_where(table, *found)} : {problem}")
    column = IN_YEAR.get(table)
    if column is not None:
        found = conn.execute(
            f"SELECT rowid, id, {column} FROM {table} WHERE deleted_at IS NULL AND ({column} < "
            f"(SELECT min(starts_on) FROM school_year) OR {column} > (SELECT max(ends_on) FROM school_year)) LIMIT 1"
        ).fetchone()
        if found is not None:
            raise _refused(name, f"{_where(table, found[0], found[1])} : la date {found[2]} est hors de l'année "
                                 "scolaire du carnet")


def _check_references(conn: sqlite3.Connection, name: str) -> None:
    """Every reference from one row to another points to a row of the copy."""
    found = conn.execute("PRAGMA foreign_key_check").fetchone()
    if found is not None:
        table, rowid, parent, _ = found
        row_id = conn.execute(f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        raise _refused(
            name, f"{_where(table, rowid, row_id[0] if row_id else None)} : elle renvoie à une ligne qui n'existe "
                  f"pas dans {TABLE_WORDS.get(parent, parent)} (table « {parent} »)"
        )


def _check_settings(conn: sqlite3.Connection, name: str) -> None:
    from progression import settings as codec

    for key, value in conn.execute("SELECT key, value FROM setting"):
        try:
            codec.check_stored(key, value)
        except codec.SettingValueError as error:
            raise _refused(name, f"dans les réglages (table « setting »), le réglage « {shown(key)} » : "
                                 f"{error.detail}") from None


def _check_erased(text: str | None, name: str) -> set[str]:
    if text is None:
        return set()
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, list) or not all(is_uuid(pupil) for pupil in value):
        raise _refused(
            name, f"dans la description du carnet (table « meta »), la ligne « {ERASED_KEY} » : « {shown(text)} » "
                  "n'est pas une liste d'identifiants d'élèves"
        )
    return set(value)


# ---------------------------------------------------------------- the merge, in SQL


def _merge(service: CarnetService, snapshot: Path, copy: _Copy, erased_here: set[str], report: MergeReport,
           dry_run: bool) -> None:
    """The merge itself, in one transaction, over the snapshot attached to the carnet."""
    carnet = service.carnet
    with storage_errors(carnet.path), carnet.engine.connect() as connection:
        raw: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
        _register(raw)
        raw.execute(f"ATTACH DATABASE ? AS {COPY}", (str(snapshot),))
        try:
            with connection.begin():
                # A framework item may come before its parent: checked at commit, when all are in.
                raw.execute("PRAGMA defer_foreign_keys = ON")
                _normalise_stamps(raw, "main")
                erased = json.dumps(sorted(erased_here))
                for table in SYNCED_TABLES:
                    _merge_table(raw, table, erased, report)
                report.superseded = sum(_keep_newest(raw, table, keys, carnet.stamp(), carnet.device_id)
                                        for table, keys in ONE_ALIVE.items())
                report.settings = _merge_settings(raw)
                _check_merged(raw, service.settings.scale)
                all_erased = erased_here | copy.erased
                # Still here though erased in a copy (this one or an earlier one): named at every merge
                # until the teacher erases them here too.
                report.erased_in_copy = [f"{first} {last}" for first, last in _names(raw, sorted(all_erased))]
                if all_erased != erased_here:
                    raw.execute("INSERT OR REPLACE INTO main.meta (key, value) VALUES (?, ?)",
                                (ERASED_KEY, json.dumps(sorted(all_erased))))
                if dry_run:
                    raise _DryRun  # leaves the transaction, rolled back: nothing was written
        except (exc.IntegrityError, sqlite3.IntegrityError) as error:
            raise InvalidInputError(
                "La copie n'a pas été fusionnée : une de ses lignes renvoie à une donnée absente des deux carnets "
                f"({error.args[0] if error.args else error}) ; rien n'a été écrit dans ce carnet."
            ) from error
        finally:
            try:
                raw.execute(f"DETACH DATABASE {COPY}")
            except sqlite3.Error:
                connection.invalidate()  # never hand the pool a connection still holding the snapshot


def _columns(table: str) -> list[str]:
    return list(Base.metadata.tables[table].columns.keys())


def _about_erased(table: str, erased: str) -> str:
    column = "id" if table == "pupil" else "pupil_id" if "pupil_id" in _columns(table) else None
    return f"c.{column} IN (SELECT value FROM json_each(:erased))" if column and erased != "[]" else "0"


def _merge_table(raw: sqlite3.Connection, table: str, erased: str, report: MergeReport) -> None:
    """Rows the carnet lacks are added, rows the copy has newer replace the carnet's. Stamps on
    both sides are in fixed-width form (``_normalise_stamps``): text order is clock order."""
    columns = _columns(table)
    names = ", ".join(f'"{c}"' for c in columns)
    taken = [f'c."{c}"' for c in columns]
    values = ", ".join(taken)
    left_out = _about_erased(table, erased)
    params = {"erased": erased}
    if left_out != "0":
        report.kept_erased += raw.execute(f"SELECT count(*) FROM {COPY}.{table} AS c WHERE {left_out}",
                                          params).fetchone()[0]
    added = raw.execute(
        f"INSERT INTO main.{table} ({names}) SELECT {values} FROM {COPY}.{table} AS c "
        # In id order: the rows go into the id index one after the other, not at random places.
        f"WHERE NOT ({left_out}) AND NOT EXISTS (SELECT 1 FROM main.{table} AS m WHERE m.id = c.id) ORDER BY c.id",
        params,
    ).rowcount
    assignments = ", ".join(f'"{c}" = {v}' for c, v in zip(columns, taken, strict=True) if c != "id")
    updated = raw.execute(
        f"UPDATE main.{table} AS m SET {assignments} FROM {COPY}.{table} AS c "
        f"WHERE c.id = m.id AND NOT ({left_out}) AND c.modified_at > m.modified_at",
        params,
    ).rowcount
    if added:
        report.added[table] += added
    if updated:
        report.updated[table] += updated


def _keep_newest(raw: sqlite3.Connection, table: str, keys: Sequence[str], stamp: str, device: str) -> int:
    """Retire all but the newest of live rows that share ``keys``; return how many were retired."""
    same = " AND ".join(f"o.{k} = r.{k}" for k in keys)
    now = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    return raw.execute(
        f"UPDATE main.{table} AS r SET deleted_at = ?, modified_at = ?, device_id = ? "
        f"WHERE r.deleted_at IS NULL AND EXISTS (SELECT 1 FROM main.{table} AS o WHERE o.deleted_at IS NULL "
        f"AND {same} AND (o.modified_at, o.id) > (r.modified_at, r.id))",
        (now, stamp, device),
    ).rowcount


def _merge_settings(raw: sqlite3.Connection) -> int:
    return raw.execute(
        f"INSERT OR REPLACE INTO main.setting (key, value, modified_at, device_id) "
        f"SELECT c.key, c.value, c.modified_at, c.device_id FROM {COPY}.setting AS c "
        f"WHERE NOT EXISTS (SELECT 1 FROM main.setting AS m WHERE m.key = c.key AND c.modified_at <= m.modified_at)"
    ).rowcount


def _check_merged(raw: sqlite3.Connection, scale_before: str) -> None:
    """What only the merged whole can show: the settings fit the scale, and the marks are steps of
    it (a copy that switched scales would orphan the marks here, or its own)."""
    from progression import settings as codec

    stored = dict(raw.execute("SELECT key, value FROM main.setting").fetchall())
    try:
        settings = codec.decode_strict(stored)
        steps = raw.execute(
            "SELECT s.rank, s.value, s.counts FROM main.scale_step AS s JOIN main.scale AS c ON c.id = s.scale_id "
            "WHERE c.code = ? AND c.deleted_at IS NULL AND s.deleted_at IS NULL", (settings.scale,)
        ).fetchall()
        codec.check_for_scale(settings, [(rank, value, bool(counts)) for rank, value, counts in steps])
    except InvalidInputError as error:
        raise InvalidInputError(
            f"La copie n'a pas été fusionnée : avec ses réglages, {clause(error)} ; rien n'a été écrit dans ce carnet."
        ) from None
    other_steps = ("SELECT s.id FROM main.scale_step AS s JOIN main.scale AS c ON c.id = s.scale_id "
                   "WHERE c.code != :scale")
    for table in ("observation", "synthesis_override"):
        for schema in (COPY, "main") if settings.scale != scale_before else (COPY,):
            found = raw.execute(
                f"SELECT id FROM {schema}.{table} WHERE deleted_at IS NULL AND step_id IN ({other_steps}) LIMIT 1",
                {"scale": settings.scale},
            ).fetchone()
            if found is not None:
                raise InvalidInputError(
                    f"La copie n'a pas été fusionnée : dans {TABLE_WORDS[table]} (table « {table} »), la ligne "
                    f"d'identifiant {found[0]} est notée avec une autre échelle que « {shown(settings.scale)} », "
                    "celle que le carnet aurait ; rien n'a été écrit dans ce carnet."
                )


def _names(raw: sqlite3.Connection, pupil_ids: Sequence[str]) -> list[tuple[str, str]]:
    if not pupil_ids:
        return []
    return list(raw.execute(
        "SELECT first_name, last_name FROM main.pupil WHERE id IN (SELECT value FROM json_each(?)) ORDER BY last_name",
        (json.dumps(list(pupil_ids)),),
    ))
