"""Erasing pupils for good (RGPD) and the year-end archive-and-purge.

Deleting a pupil in the app is a tombstone (undoable, mergeable). *Erasing* is different:
``purge_pupil`` deletes every row about the pupil (observations, fluency measures,
teacher decisions, appreciations, enrolment, the pupil) in one transaction, then makes
sure the bytes are gone from the file:

* ``secure_delete=ON`` (set on every connection) zeroes the freed cells and pages;
* ``VACUUM`` rebuilds the file without free pages;
* ``wal_checkpoint(TRUNCATE)`` empties the ``-wal``, where the old pages still sat.

Backups made *before* the erasure still hold the pupil until thinning removes them
(at most about a year, see ``progression.backup``); ``scrub_backups`` erases the pupil
from those too, on request. Backups made *after* are copies of the clean file.

Year end (``archive_and_purge``): a verified archive copy goes to a folder the teacher
picks (the school's storage, an encrypted key), its counts are checked against the
carnet, then every pupil is erased from the working carnet and its automatic backups are
deleted — the archive is now the one copy with pupils' data, kept as long as the school's
register says. The emptied carnet keeps the class, periods, scale, settings and the
teacher's own items; the next school year starts in a new carnet (the year and its
periods are part of a carnet), for which this one can serve as a model.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from progression import paths
from progression.backup import backup_files, fsync_folder, list_backups, make_backup, read_counts, sqlite_uri
from progression.carnet import Carnet, storage_errors
from progression.errors import InvalidInputError, ProgressionError

# Children first: foreign keys are on.
PUPIL_TABLES = ("observation", "fluency_measure", "synthesis_override", "appreciation", "enrolment")
# The ids (random UUIDs, nothing about the child) of the pupils erased from this carnet, so that
# merging an older copy never brings them back (progression.merge).
ERASED_KEY = "erased_pupils"


def erased_pupils(meta: dict[str, str]) -> set[str]:
    """The erased pupils' ids, from the carnet's ``meta`` rows."""
    try:
        return set(json.loads(meta.get(ERASED_KEY, "[]")))
    except (ValueError, TypeError):
        return set()


def _remember_erased(conn: sqlite3.Connection, pupil_ids: Sequence[str]) -> None:
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key = ?", (ERASED_KEY,)).fetchall())
    known = erased_pupils(meta) | set(pupil_ids)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (ERASED_KEY, json.dumps(sorted(known))))


@dataclass(frozen=True)
class PurgeReport:
    pupils: int  # pupils erased
    rows: int  # rows deleted, pupils included
    wal_cleared: bool  # False if another program kept the -wal busy (cleared at its close)


@dataclass(frozen=True)
class YearEndReport:
    archive: Path
    pupils: int
    observations: int
    backups_deleted: int


def _delete_pupils(conn: sqlite3.Connection, pupil_ids: Sequence[str]) -> int:
    """Delete the pupils' rows in an open transaction; return how many rows went."""
    rows = 0
    for start in range(0, len(pupil_ids), 500):  # SQLite's bound-parameter limit
        chunk = list(pupil_ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        for table in PUPIL_TABLES:
            rows += conn.execute(f"DELETE FROM {table} WHERE pupil_id IN ({marks})", chunk).rowcount
        rows += conn.execute(f"DELETE FROM pupil WHERE id IN ({marks})", chunk).rowcount
    return rows


def _compact(conn: sqlite3.Connection) -> bool:
    """VACUUM, then empty the WAL; True if the WAL could be emptied."""
    conn.execute("VACUUM")
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy is None or busy[0] == 0


def _unwrap(target: Any) -> tuple[Carnet, Any]:
    """Accept a Carnet or a CarnetService (whose caches and undo stacks must forget the pupils)."""
    carnet = getattr(target, "carnet", target)
    if not isinstance(carnet, Carnet):
        raise TypeError("expected a Carnet or a CarnetService")
    return carnet, (target if target is not carnet else None)


def _forget_in_service(service: Any) -> None:
    if service is None:
        return
    # Undo entries may carry a pupil's former name; an erased pupil cannot be "undone" back.
    service.forget_history()


def _purge(carnet: Carnet, pupil_ids: Sequence[str]) -> PurgeReport:
    if carnet.read_only:
        raise ProgressionError(
            f"Le carnet « {carnet.path.name} » est ouvert en lecture seule : l'effacement est impossible."
        )
    with storage_errors(carnet.path):
        raw = carnet.engine.raw_connection()
        try:
            conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("BEGIN IMMEDIATE")
            try:
                rows = _delete_pupils(conn, pupil_ids)
                _remember_erased(conn, pupil_ids)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            carnet.changed = True
            cleared = _compact(conn)
        finally:
            raw.close()
    return PurgeReport(len(pupil_ids), rows, cleared)


def purge_pupil(target: Any, pupil_id: str) -> PurgeReport:
    """Erase one pupil for good from an open carnet (a Carnet or a CarnetService)."""
    carnet, service = _unwrap(target)
    with carnet.reading() as conn:
        found = conn.exec_driver_sql("SELECT 1 FROM pupil WHERE id = ?", (pupil_id,)).first()
    if found is None:
        raise InvalidInputError("Cet élève n'est pas (ou plus) dans le carnet : rien n'a été effacé.")
    report = _purge(carnet, [pupil_id])
    _forget_in_service(service)
    return report


def pupil_name(target: Any, pupil_id: str) -> str | None:
    """"Prénom Nom" of a pupil (tombstoned ones included), for a confirmation question."""
    carnet, _ = _unwrap(target)
    with carnet.reading() as conn:
        query = "SELECT first_name, last_name FROM pupil WHERE id = ?"
        row = conn.exec_driver_sql(query, (pupil_id,)).first()
    return f"{row[0]} {row[1]}" if row else None


def scrub_backups(carnet_path: Path, pupil_ids: Sequence[str]) -> list[Path]:
    """Erase pupils from the carnet's automatic backups too; return the backups rewritten.

    Each backup holding one of them is copied, purged (secure_delete, VACUUM), checked and
    put back with an atomic rename: a backup stays a verified backup.
    """
    import os

    rewritten = []
    for backup in backup_files(Path(carnet_path)):
        probe = sqlite3.connect(sqlite_uri(backup.path, mode="ro", immutable="1"), uri=True)
        try:
            marks = ",".join("?" * len(pupil_ids))
            query = f"SELECT count(*) FROM pupil WHERE id IN ({marks})"
            present = probe.execute(query, list(pupil_ids)).fetchone()
        except sqlite3.Error:
            continue  # not readable: nothing we can do to it, thinning will remove it
        finally:
            probe.close()
        if not present[0]:
            continue
        temporary = backup.path.with_name(backup.path.name + ".part")
        try:
            temporary.unlink(missing_ok=True)
            source = sqlite3.connect(sqlite_uri(backup.path, mode="ro", immutable="1"), uri=True)
            target = sqlite3.connect(temporary, isolation_level=None)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
                target.execute("PRAGMA foreign_keys=ON")
                target.execute("PRAGMA secure_delete=ON")
                target.execute("BEGIN IMMEDIATE")
                _delete_pupils(target, list(pupil_ids))
                target.execute("COMMIT")
                target.execute("VACUUM")
                ok = target.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            finally:
                target.close()
                source.close()
            if not ok:
                raise sqlite3.DatabaseError("quick_check failed")
            with temporary.open("rb") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, backup.path)
            rewritten.append(backup.path)
        except (sqlite3.Error, OSError) as error:
            temporary.unlink(missing_ok=True)
            raise ProgressionError(
                f"Impossible d'effacer l'élève de la sauvegarde « {backup.path.name} » : {error} ; "
                "supprimez ce fichier à la main si besoin."
            ) from error
    if rewritten:
        fsync_folder(rewritten[0].parent)
    return rewritten


def archive_and_purge(target: Any, folder: Path, *, delete_backups: bool = True) -> YearEndReport:
    """Year end: verified archive in ``folder``, then every pupil erased from the carnet and its backups."""
    carnet, service = _unwrap(target)
    folder = Path(folder)
    if carnet.read_only:
        raise ProgressionError(
            f"Le carnet « {carnet.path.name} » est ouvert en lecture seule : l'archivage de fin d'année est "
            "impossible."
        )
    automatic = paths.backups_dir(carnet.path).resolve()
    if delete_backups and (folder.resolve() == automatic or automatic in folder.resolve().parents):
        raise ProgressionError(
            f"Le dossier « {folder} » est celui des sauvegardes automatiques, qui vont être effacées : "
            "choisissez un autre dossier pour l'archive (une clé USB, un dossier de l'école…)."
        )
    live = read_counts(carnet.path, immutable=False)
    archive = make_backup(carnet.path, folder, reason="archive-fin-d-annee")
    archived = read_counts(archive)
    if archived[:2] != live[:2]:
        raise ProgressionError(
            f"L'archive « {archive.name} » ne contient pas autant d'élèves ou d'observations que le carnet : "
            "rien n'a été effacé ; recommencez l'archivage."
        )
    with carnet.reading() as conn:
        ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM pupil")]
    _purge(carnet, ids)
    _forget_in_service(service)
    deleted = 0
    if delete_backups:
        # Only copies of *this* carnet (list_backups leaves out namesakes of other carnets).
        for backup in list_backups(carnet.path, paths.backups_dir(carnet.path)):
            try:
                backup.path.unlink()
                deleted += 1
            except OSError:
                pass
    return YearEndReport(archive, live[0], live[1], deleted)
