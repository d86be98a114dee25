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

A copy is a file from outside, so nothing in it is trusted: it is snapshotted and checked whole
first (``progression.merge_checks``). The merge itself is SQL statements run by SQLite over the
snapshot attached to the carnet, so memory stays flat however many observations the copy holds.

One transaction, after a verified backup; the undo history is cleared (the merged rows are not
one of the teacher's actions).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from progression.errors import InvalidInputError, ProgressionError
from progression.merge_checks import (
    SYNCED_TABLES,
    TABLE_WORDS,
    CheckedCopy,
    check_copy,
    check_copy_file,
    normalise_stamps,
    register,
)
from progression.newest import newest_statements
from progression.snapshot import snapshot
from progression.storage import (
    ERASED_KEY,
    erased_pupils,
    meta_rows,
    now,
    quoted,
    stored_moment,
    transaction,
    write_meta,
)
from progression.validation import is_uuid, shown
from progression.wording import FRENCH, Voice, words

if TYPE_CHECKING:
    from progression.carnet import Carnet
    from progression.service import CarnetService

# What may exist only once while alive: two versions written separately keep the newer one.
ONE_ALIVE = {
    "enrolment": ("pupil_id", "class_id"),
    "appreciation": ("pupil_id", "period_id"),
    "synthesis_override": ("pupil_id", "period_id", "item_id"),
}
COPY = "copie"  # the snapshot, as attached to the carnet's connection


class MergeReport:
    """What a merge brought, as counts and names: the command line and the app word it in their
    language (``report_lines``)."""

    def __init__(self) -> None:
        self.added: dict[str, int] = defaultdict(int)  # rows by table
        self.updated: dict[str, int] = defaultdict(int)
        self.superseded = 0  # one-alive rows retired in favour of a newer version
        self.settings = 0
        self.kept_erased = 0  # rows of the copy about pupils erased here, left out
        self.erased_in_copy: list[str] = []  # "Prénom Nom" still here, erased there

    @property
    def changed(self) -> bool:
        return bool(sum(self.added.values()) or sum(self.updated.values()) or self.superseded or self.settings)


# The tables a report names; rows of the others are counted together as « autres données ».
COUNTED_TABLES = ("observation", "fluency_measure", "appreciation", "synthesis_override", "pupil", "framework_item")


def report_lines(report: MergeReport, voice: Voice = FRENCH) -> list[str]:
    """The report of a merge in ``voice``'s language, one fact per line."""
    lines = []
    for code, counts in (("merge.added", report.added), ("merge.updated", report.updated)):
        parts = [words(f"merge.count.{table}", {"n": n}, voice) for table, n in counts.items()
                 if n and table in COUNTED_TABLES]
        others = sum(n for table, n in counts.items() if table not in COUNTED_TABLES)
        if others:
            parts.append(words("merge.count.other", {"n": others}, voice))
        if parts:
            lines.append(words(code, {"counts": ", ".join(parts)}, voice))
    if report.settings:
        lines.append(words("merge.settings", {"n": report.settings}, voice))
    if not lines:
        lines.append(words("merge.nothing_new", {}, voice))
    if report.erased_in_copy:
        lines.append(words("merge.erased_in_copy", {"names": report.erased_in_copy}, voice))
    return lines


def merge_copy(service: CarnetService, copy_path: Path, *, dry_run: bool = False) -> MergeReport:
    """Bring into the service's carnet what the copy at ``copy_path`` has that it lacks or has
    older (``merge_into``); every page then reads the merged carnet afresh."""
    report = merge_into(service.carnet, copy_path, dry_run=dry_run)
    if not dry_run:
        service.forget_history()  # also drops the caches
    return report


def merge_into(carnet: Carnet, copy_path: Path, *, dry_run: bool = False) -> MergeReport:
    """Bring into the open carnet what the copy at ``copy_path`` has that it lacks or has older.
    Plain SQLite from end to end, so the command line's merge never loads SQLAlchemy."""
    copy_path = Path(copy_path)
    if carnet.read_only:
        raise ProgressionError("merge.read_only")
    if _same_file(copy_path, carnet.path):
        raise InvalidInputError("merge.same_file")
    with carnet.plain() as connection:
        meta = meta_rows(connection)
    check_copy_file(copy_path)
    from progression.backup import backup_meanwhile

    # The backup of the carnet, and the snapshot and check of the copy, read different files: made side
    # by side (at district size, the snapshot alone is seconds).
    with contextlib.nullcontext() if dry_run else backup_meanwhile(carnet.path, "fusion") as backup, \
            snapshot(copy_path, open_here=False) as copy_file:
        copy = check_copy(copy_file, copy_path.name, meta.get("carnet_id"), carnet.path)
        erased_here = {pupil for pupil in erased_pupils(meta) if is_uuid(pupil)}
        report = MergeReport()
        if backup is not None:
            backup.ready()
        if copy.newest and not dry_run:
            # What is stamped here from now on, the merge's own retirements first, wins over what
            # the copy held.
            carnet.clock.observe(copy.newest)
        try:
            _merge(carnet, copy_file, copy, erased_here, report, dry_run)
        except _DryRun:
            return report
    return report


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and a.samefile(b))
    except OSError:
        return False


class _DryRun(Exception):
    pass


# ---------------------------------------------------------------- the merge, in SQL


def _merge(carnet: Carnet, snapshot: Path, copy: CheckedCopy, erased_here: set[str], report: MergeReport,
           dry_run: bool) -> None:
    """The merge itself, in one transaction, over the snapshot attached to the carnet (on a
    connection of its own, closed after: the snapshot is never left attached)."""
    with carnet.plain() as raw:
        register(raw)
        raw.execute(f"ATTACH DATABASE ? AS {quoted(COPY)}", (str(snapshot),))
        try:
            with transaction(raw):
                # A framework item may come before its parent: checked at commit, when all are in.
                raw.execute("PRAGMA defer_foreign_keys = ON")
                scale_before = _scale_settings(raw)
                normalise_stamps(raw, "main")
                erased = json.dumps(sorted(erased_here))
                for table in SYNCED_TABLES:
                    _merge_table(raw, table, erased, report)
                report.superseded = sum(_keep_newest(raw, table, keys, carnet.signature())
                                        for table, keys in ONE_ALIVE.items())
                report.settings = _merge_settings(raw)
                _check_merged(raw, scale_before, report)
                all_erased = erased_here | copy.erased
                # Still here though erased in a copy (this one or an earlier one): named at every merge
                # until the teacher erases them here too.
                report.erased_in_copy = [f"{first} {last}" for first, last in _names(raw, sorted(all_erased))]
                if all_erased != erased_here:
                    write_meta(raw, ERASED_KEY, json.dumps(sorted(all_erased)))
                if report.changed:
                    _resend_to_servers(raw)
                if dry_run:
                    raise _DryRun  # leaves the transaction, rolled back: nothing was written
                carnet.keep_clock(raw)
        except sqlite3.IntegrityError as error:
            raise InvalidInputError("merge.dangling_row", detail=str(error.args[0] if error.args else error)) from error


def _resend_to_servers(raw: sqlite3.Connection) -> None:
    """A school server's sync sends the rows stamped after its mark; rows a copy brings may be
    older than it, so the next sync sends everything again (the server keeps only what is newer)."""
    for key, value in meta_rows(raw).items():
        if key.startswith("sync:"):
            mark = json.loads(value)
            write_meta(raw, key, json.dumps({**mark, "sent": ""}))


def _merge_table(raw: sqlite3.Connection, table: str, erased: str, report: MergeReport) -> None:
    """Rows the carnet lacks are added, rows the copy has newer replace the carnet's
    (``progression.newest``, the rule the school server's sync follows too); rows about a pupil
    erased here (``erased``, their ids as a JSON list) stay out. Stamps on both sides are in
    fixed-width form (``normalise_stamps``)."""
    names = [row[1] for row in raw.execute("SELECT * FROM pragma_table_info(?, 'main')", (table,))]
    column = "id" if table == "pupil" else "pupil_id" if "pupil_id" in names else None
    there = f"{quoted(COPY)}.{quoted(table)}"
    keep, parameters = "TRUE", {}
    if column is not None and erased != "[]":
        about_erased = f"s.{quoted(column)} IN (SELECT value FROM json_each(:erased))"
        parameters = {"erased": erased}
        report.kept_erased += raw.execute(f"SELECT count(*) FROM {there} AS s WHERE {about_erased}",
                                          parameters).fetchone()[0]
        keep = f"NOT ({about_erased})"
    added, updated = (raw.execute(sql, parameters).rowcount
                      for sql in newest_statements(f"main.{quoted(table)}", there, names, ["id"], keep))
    if added:
        report.added[table] += added
    if updated:
        report.updated[table] += updated


def _keep_newest(raw: sqlite3.Connection, table: str, keys: Sequence[str], signature: dict[str, str]) -> int:
    """Retire all but the newest of live rows that share ``keys``; return how many were retired.
    The rows retired are stamped like any row written here (``Carnet.signature``)."""
    same = " AND ".join(f"o.{quoted(k)} = r.{quoted(k)}" for k in keys)
    rows = f"main.{quoted(table)}"
    return raw.execute(
        f"UPDATE {rows} AS r SET deleted_at = :deleted_at, modified_at = :modified_at, device_id = :device_id "
        f"WHERE r.deleted_at IS NULL AND EXISTS (SELECT 1 FROM {rows} AS o WHERE o.deleted_at IS NULL "
        f"AND {same} AND (o.modified_at, o.id) > (r.modified_at, r.id))",
        {"deleted_at": stored_moment(now()), **signature},
    ).rowcount


def _merge_settings(raw: sqlite3.Connection) -> int:
    return raw.execute(
        "INSERT OR REPLACE INTO main.setting (key, value, modified_at, device_id) "
        f"SELECT c.key, c.value, c.modified_at, c.device_id FROM {quoted(COPY)}.setting AS c "
        "WHERE NOT EXISTS (SELECT 1 FROM main.setting AS m WHERE m.key = c.key AND c.modified_at <= m.modified_at)"
    ).rowcount


def _scale_settings(raw: sqlite3.Connection) -> dict[str, str]:
    """The settings the scale bears on (``settings.check_for_scale``), as stored; the others were
    checked as they came in, the copy's by ``check_copy``, the carnet's own as they were written."""
    return dict(raw.execute("SELECT key, value FROM main.setting WHERE key IN ('scale', 'thresholds')").fetchall())


def _check_merged(raw: sqlite3.Connection, before: dict[str, str], report: MergeReport) -> None:
    """What only the merged whole can show: the settings fit the scale (when the merge changed
    either), and the marks are steps of it (a copy that switched scales would orphan the marks
    here, or its own)."""
    from progression import settings as codec

    stored = _scale_settings(raw)
    if stored != before or any(report.added.get(t) or report.updated.get(t) for t in ("scale", "scale_step")):
        try:
            settings = codec.decode_strict(stored)
            steps = raw.execute(
                "SELECT s.rank, s.value, s.counts FROM main.scale_step AS s JOIN main.scale AS c ON c.id = s.scale_id "
                "WHERE c.code = ? AND c.deleted_at IS NULL AND s.deleted_at IS NULL", (settings.scale,)
            ).fetchall()
            codec.check_for_scale(settings, [(rank, value, bool(counts)) for rank, value, counts in steps])
        except InvalidInputError as error:
            raise InvalidInputError("merge.settings_refused", problem=error) from None
    else:
        settings = codec.decode(stored)
    other_steps = ("SELECT s.id FROM main.scale_step AS s JOIN main.scale AS c ON c.id = s.scale_id "
                   "WHERE c.code != :scale")
    switched = stored != before and settings.scale != codec.decode(before).scale
    schemas = (COPY, "main") if switched else (COPY,)
    for table in ("observation", "synthesis_override", "code_mark"):
        for schema in schemas:
            found = raw.execute(
                f"SELECT id FROM {quoted(schema)}.{quoted(table)} WHERE deleted_at IS NULL "
                f"AND step_id IN ({other_steps}) LIMIT 1",
                {"scale": settings.scale},
            ).fetchone()
            if found is not None:
                raise InvalidInputError("merge.other_scale", table_words=TABLE_WORDS[table], table=table,
                                        row=found[0], scale=shown(settings.scale))


def _names(raw: sqlite3.Connection, pupil_ids: Sequence[str]) -> list[tuple[str, str]]:
    if not pupil_ids:
        return []
    return list(raw.execute(
        "SELECT first_name, last_name FROM main.pupil WHERE id IN (SELECT value FROM json_each(?)) ORDER BY last_name",
        (json.dumps(list(pupil_ids)),),
    ))
