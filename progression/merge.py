"""Bringing back what was recorded in a copy of the carnet (``progression merge``).

A teacher works on the school's computer and on her laptop, or a replacement teacher keeps a
copy for a few weeks: two copies of one carnet that both changed. Every row carries a UUID, a
hybrid-logical-clock stamp (``modified_at``) and a tombstone instead of a deletion, so merging
needs no server and no questions: each row of the copy that this carnet lacks is added, and a
row both have keeps its newer version — a mark changed or deleted in the copy after it was here
is changed or deleted here too. Where one thing may exist only once (a pupil's appreciation of
a period, the teacher's decision on an item, a pupil's enrolment, a setting), two versions
written separately keep the newer one.

Only copies of this very carnet merge (same ``carnet_id``): two carnets created separately for
one class do not know their pupils are the same children. Pupils erased for good (RGPD) on
either side stay erased: their ids are listed in the carnet (``meta.erased_pupils``, ids only),
the merge never brings them back, and a pupil erased in the copy but still here is named so the
teacher erases them here too.

One transaction, after a verified backup; the undo history is cleared (the merged rows are not
one of the teacher's actions).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from progression.carnet import inspect_file, storage_errors
from progression.errors import DamagedCarnetError, InvalidInputError, ProgressionError
from progression.privacy import ERASED_KEY, erased_pupils
from progression.schema import SCHEMA_REVISION, Base
from progression.service import CarnetService

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


@dataclass(frozen=True)
class _Copy:
    rows: dict[str, list[dict[str, Any]]]
    settings: list[dict[str, Any]]
    erased: set[str]


def _stamp_order(stamp: object) -> str:
    return stamp if isinstance(stamp, str) else ""


def _read_copy(path: Path, carnet_id: str | None) -> _Copy:
    name = path.name
    revision = inspect_file(path)
    if revision != SCHEMA_REVISION:
        raise InvalidInputError(
            f"« {name} » a été écrit par une autre version de Progression : ouvrez-le une fois avec celle-ci "
            "(il sera mis à jour), fermez-le, puis fusionnez."
        )
    from progression.backup import reading_params, sqlite_uri

    with storage_errors(path):
        conn = sqlite3.connect(sqlite_uri(path, **reading_params(path)), uri=True)
        try:
            conn.row_factory = sqlite3.Row
            meta = {row["key"]: row["value"] for row in conn.execute("SELECT key, value FROM meta")}
            if carnet_id is None or meta.get("carnet_id") != carnet_id:
                raise InvalidInputError(
                    f"« {name} » n'est pas une copie de ce carnet : seules les copies d'un même carnet se "
                    "fusionnent (deux carnets créés séparément ne savent pas que leurs élèves sont les mêmes)."
                )
            # The columns are this version's, never names read from the file.
            rows = {table: _rows(conn, table) for table in SYNCED_TABLES}
            settings = _rows(conn, "setting")
        finally:
            conn.close()
    return _Copy(rows, settings, erased_pupils(meta))


def _rows(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    columns = list(Base.metadata.tables[table].columns.keys())
    quoted = ", ".join(f'"{c}"' for c in columns)
    query = f"SELECT {quoted} FROM {table}"
    try:
        return [dict(zip(columns, row, strict=True)) for row in conn.execute(query)]
    except sqlite3.DatabaseError as error:
        raise DamagedCarnetError(f"La copie ne se lit pas comme un carnet de cette version ({error}).") from error


def merge_copy(service: CarnetService, copy_path: Path, *, dry_run: bool = False) -> MergeReport:
    """Bring into the open carnet what the copy at ``copy_path`` has that it lacks or has older."""
    carnet = service.carnet
    copy_path = Path(copy_path)
    if carnet.read_only:
        raise ProgressionError("Ce carnet est ouvert en lecture seule : impossible d'y fusionner une copie.")
    if copy_path.resolve() == carnet.path.resolve():
        raise InvalidInputError("Choisissez une copie du carnet, pas le carnet ouvert lui-même.")
    with carnet.reading() as connection:
        meta: dict[str, str] = {key: value for key, value in connection.exec_driver_sql("SELECT key, value FROM meta")}
    copy = _read_copy(copy_path, meta.get("carnet_id"))
    erased_here = erased_pupils(meta)
    report = MergeReport()
    if not dry_run:
        from progression.backup import backup_before

        backup_before(carnet.path, "fusion")
    try:
        newest = _merge(service, copy, erased_here, report, dry_run)
    except _DryRun:
        return report
    if newest:
        carnet.clock.observe(newest)  # later edits here must win over what the copy held
    service.forget_history()  # also drops the caches: every page reads the merged carnet afresh
    return report


class _DryRun(Exception):
    pass


def _merge(service: CarnetService, copy: _Copy, erased_here: set[str], report: MergeReport, dry_run: bool) -> str:
    """The merge itself, in one transaction; returns the newest stamp the copy held."""
    carnet = service.carnet
    newest = ""
    with carnet.writing() as connection:
        raw: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
        # A framework item may come before its parent: checked at commit, when all are in.
        raw.execute("PRAGMA defer_foreign_keys = ON")
        for table in SYNCED_TABLES:
            rows = copy.rows[table]
            newest = max([newest, *(_stamp_order(r.get("modified_at")) for r in rows)])
            _merge_table(raw, table, rows, erased_here, report)
        report.superseded = sum(_keep_newest(raw, table, keys, carnet.stamp(), carnet.device_id)
                                for table, keys in ONE_ALIVE.items())
        report.settings = _merge_settings(raw, copy.settings)
        all_erased = erased_here | copy.erased
        # Still here though erased in a copy (this one or an earlier one): named at every merge
        # until the teacher erases them here too.
        gone = sorted(all_erased & {r[0] for r in raw.execute("SELECT id FROM pupil")})
        report.erased_in_copy = [f"{first} {last}" for first, last in _names(raw, gone)]
        if all_erased != erased_here:
            raw.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                        (ERASED_KEY, json.dumps(sorted(all_erased))))
        if dry_run:
            raise _DryRun  # leaves the transaction, rolled back: nothing was written
    return newest


def _names(raw: sqlite3.Connection, pupil_ids: Sequence[str]) -> list[tuple[str, str]]:
    if not pupil_ids:
        return []
    marks = ",".join("?" * len(pupil_ids))
    return list(raw.execute(f"SELECT first_name, last_name FROM pupil WHERE id IN ({marks}) ORDER BY last_name",
                            list(pupil_ids)))


def _about_erased(table: str, row: dict[str, Any], erased: set[str]) -> bool:
    return (row["id"] if table == "pupil" else row.get("pupil_id")) in erased


def _merge_table(raw: sqlite3.Connection, table: str, rows: Iterable[dict[str, Any]], erased: set[str],
                 report: MergeReport) -> None:
    local = dict(raw.execute(f"SELECT id, modified_at FROM {table}").fetchall())
    for row in rows:
        if _about_erased(table, row, erased):
            report.kept_erased += 1
            continue
        columns = list(row)
        if row["id"] not in local:
            marks = ",".join("?" * len(columns))
            names = ",".join(f'"{c}"' for c in columns)
            raw.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", [row[c] for c in columns])
            report.added[table] += 1
        elif _stamp_order(row["modified_at"]) > _stamp_order(local[row["id"]]):
            assignments = ",".join(f'"{c}" = ?' for c in columns if c != "id")
            raw.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",
                        [*(row[c] for c in columns if c != "id"), row["id"]])
            report.updated[table] += 1


def _keep_newest(raw: sqlite3.Connection, table: str, keys: Sequence[str], stamp: str, device: str) -> int:
    """Retire all but the newest of live rows that share ``keys``; return how many were retired."""
    groups: dict[tuple[Any, ...], list[tuple[str, str]]] = defaultdict(list)
    query = f"SELECT id, modified_at, {', '.join(keys)} FROM {table} WHERE deleted_at IS NULL"
    for row in raw.execute(query):
        groups[tuple(row[2:])].append((_stamp_order(row[1]), row[0]))
    retired = [row_id for versions in groups.values() if len(versions) > 1 for _, row_id in sorted(versions)[:-1]]
    now = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    for row_id in retired:
        raw.execute(f"UPDATE {table} SET deleted_at = ?, modified_at = ?, device_id = ? WHERE id = ?",
                    (now, stamp, device, row_id))
    return len(retired)


def _merge_settings(raw: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> int:
    local = dict(raw.execute("SELECT key, modified_at FROM setting").fetchall())
    taken = 0
    for row in rows:
        if row["key"] in local and _stamp_order(row["modified_at"]) <= _stamp_order(local[row["key"]]):
            continue
        raw.execute("INSERT OR REPLACE INTO setting (key, value, modified_at, device_id) VALUES (?, ?, ?, ?)",
                    (row["key"], row["value"], row["modified_at"], row["device_id"]))
        taken += 1
    return taken
