"""Erasing pupils for good (RGPD) and the year-end archive-and-purge.

Deleting a pupil in the app is a tombstone (undoable, mergeable). *Erasing* is different:
``purge_pupil`` deletes every row about the pupil (observations, fluency measures,
teacher decisions, appreciations, enrolment, the pupil) in one transaction, then makes
sure the bytes are gone from the file:

* ``secure_delete=ON`` (set on every connection) zeroes the freed cells and pages;
* ``VACUUM`` rebuilds the file without free pages;
* ``wal_checkpoint(TRUNCATE)`` empties the ``-wal``, where the old pages still sat.

Backups made *before* the erasure still hold the pupil until thinning removes them
(at most about a year, see ``progression.backup``); ``complete_erasure`` erases the pupil
from those too, on request — at once, or any time later (``purge-pupil --backups``): the
erased pupils' ids stay listed in the carnet (meta ``erased_pupils``). It reaches every
file Progression made of the carnet: its automatic backups, and the files set aside beside
it by a restore (``.replaced-…``), each rewritten whole (copy, purge, VACUUM, check, atomic
rename). A file that cannot be rewritten safely — a damaged one (``.damaged-…``), a stray
journal set aside (``.orphan-…``), an unreadable backup — is named to the teacher, who may
have it deleted (``delete_leftovers``). Backups made *after* are copies of the clean file.

Erasures survive a restore. The ids (never a name) are also kept outside the carnet, in
this computer's data folder (``progression.known_carnets``, keyed by the carnet's
identity), and every restore (``recovery.restore_backup``: the app's « Restaurer une
sauvegarde… », the damaged-file recovery, ``progression restore``) erases them again from
the restored copy *before* it is put in place (``reapply_erasures``); the teacher is told
how many (``erasures_reapplied``).

Year end (``archive_and_purge``): a verified archive copy goes to a folder the teacher
picks (the school's storage, an encrypted key), its counts are checked against the
carnet, then every pupil is erased from the working carnet and its automatic backups are
deleted — the archive is now the one copy with pupils' data, kept as long as the school's
register says. The emptied carnet keeps the class, periods, scale, settings and the
teacher's own items; the next school year starts in a new carnet (the year and its
periods are part of a carnet), for which this one can serve as a model.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from exports.safe import held_open, held_open_message, remove_file, replace_file
from progression import known_carnets, paths
from progression.backup import list_backups, make_backup, read_counts
from progression.backup_folders import backup_files, carnet_identity
from progression.carnet import Carnet
from progression.errors import InvalidInputError, ProgressionError
from progression.set_aside import set_aside_files
from progression.storage import (
    IDENTITY_KEYS,
    erased_pupils,
    fsync_file,
    fsync_folder,
    identity_from_meta,
    meta_rows,
    quoted,
    read_meta,
    remember_erased,
    sqlite_uri,
    transaction,
)
from progression.storage_errors import storage_errors

# Children first: foreign keys are on.
PUPIL_TABLES = ("observation", "fluency_measure", "synthesis_override", "appreciation", "code_mark", "work_reading",
                "need_group_member", "reading_grid", "enrolment")
_COUNT_PUPILS = "SELECT count(*) FROM pupil WHERE id IN (SELECT value FROM json_each(?))"


class HoldsCarnet(Protocol):
    """An open carnet's service, as erasure sees it: the carnet, and the caches and undo history that
    must forget the pupils (an undo entry may carry an erased pupil's name)."""

    @property
    def carnet(self) -> Carnet: ...

    def forget_history(self) -> None: ...


# What erasure works on: a bare carnet (the command line) or the app's service.
Target = Carnet | HoldsCarnet


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
    ids = (json.dumps(list(pupil_ids)),)  # one bound parameter, however many pupils
    rows = 0
    for table in PUPIL_TABLES:
        rows += conn.execute(f"DELETE FROM {quoted(table)} WHERE pupil_id IN (SELECT value FROM json_each(?))",
                             ids).rowcount
    rows += conn.execute("DELETE FROM pupil WHERE id IN (SELECT value FROM json_each(?))", ids).rowcount
    return rows


def _compact(conn: sqlite3.Connection) -> bool:
    """VACUUM, then empty the WAL; True if the WAL could be emptied."""
    conn.execute("VACUUM")
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy is None or busy[0] == 0


def _unwrap(target: Target) -> tuple[Carnet, HoldsCarnet | None]:
    return (target, None) if isinstance(target, Carnet) else (target.carnet, target)


def _forget_in_service(service: HoldsCarnet | None) -> None:
    if service is not None:
        service.forget_history()


def _purge(carnet: Carnet, pupil_ids: Sequence[str]) -> PurgeReport:
    if carnet.read_only:
        raise ProgressionError("erasure.read_only", name=carnet.path.name)
    with storage_errors(carnet.path):
        raw = carnet.engine.raw_connection()
        try:
            conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            conn.execute("PRAGMA secure_delete=ON")
            with transaction(conn, "BEGIN IMMEDIATE"):
                rows = _delete_pupils(conn, pupil_ids)
                remember_erased(conn, pupil_ids)
            carnet.changed = True
            cleared = _compact(conn)
            identity = identity_from_meta(meta_rows(conn, IDENTITY_KEYS))
        finally:
            raw.close()
    if identity is not None:
        # Outside the carnet too: a backup from before today put back in place must not bring them back.
        known_carnets.remember_erased(identity, pupil_ids)
    return PurgeReport(len(pupil_ids), rows, cleared)


def purge_pupil(target: Target, pupil_id: str) -> PurgeReport:
    """Erase one pupil for good from an open carnet (a Carnet or a CarnetService)."""
    carnet, service = _unwrap(target)
    with carnet.reading() as conn:
        found = conn.exec_driver_sql("SELECT 1 FROM pupil WHERE id = ?", (pupil_id,)).first()
    if found is None:
        raise InvalidInputError("erasure.pupil_gone")
    report = _purge(carnet, [pupil_id])
    _forget_in_service(service)
    return report


def pupil_name(target: Target, pupil_id: str) -> str | None:
    """"Prénom Nom" of a pupil (tombstoned ones included), for a confirmation question."""
    carnet, _ = _unwrap(target)
    with carnet.reading() as conn:
        query = "SELECT first_name, last_name FROM pupil WHERE id = ?"
        row = conn.exec_driver_sql(query, (pupil_id,)).first()
    return f"{row[0]} {row[1]}" if row else None


def _holds_any(path: Path, pupil_ids: Sequence[str]) -> bool | None:
    """Whether a carnet file still holds one of these pupils; None if it cannot be read as a carnet."""
    try:
        probe = sqlite3.connect(sqlite_uri(path, mode="ro", immutable="1"), uri=True)
    except sqlite3.Error:
        return None
    try:
        if probe.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return None
        return bool(probe.execute(_COUNT_PUPILS, (json.dumps(list(pupil_ids)),)).fetchone()[0])
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    finally:
        probe.close()


def _erase_in_file(conn: sqlite3.Connection, pupil_ids: Sequence[str]) -> None:
    """On a bare connection to a closed carnet file: delete the pupils, list them as erased, compact."""
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA secure_delete=ON")
    with transaction(conn, "BEGIN IMMEDIATE"):
        _delete_pupils(conn, list(pupil_ids))
        remember_erased(conn, pupil_ids)
    conn.execute("VACUUM")
    if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        raise sqlite3.DatabaseError("quick_check failed")


def _rewrite_without(path: Path, pupil_ids: Sequence[str]) -> None:
    """Rewrite a closed carnet file without these pupils: copy, purge, check, then an atomic rename."""
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.unlink(missing_ok=True)
        source = sqlite3.connect(sqlite_uri(path, mode="ro", immutable="1"), uri=True)
        target = sqlite3.connect(temporary, isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            _erase_in_file(target, pupil_ids)
        finally:
            target.close()
            source.close()
        fsync_file(temporary)
        replace_file(temporary, path)
    except (sqlite3.Error, OSError) as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        if held_open(error):
            raise ProgressionError(held_open_message(path)) from error
        raise ProgressionError(
            "erasure.file_failed",
            path=path,
            reason=str(getattr(error, 'strerror', None) or error),
        ) from error


def scrub_backups(carnet_path: Path, pupil_ids: Sequence[str]) -> list[Path]:
    """Erase pupils from the carnet's automatic backups too; return the backups rewritten.

    Each backup holding one of them is copied, purged (secure_delete, VACUUM), checked and
    put back with an atomic rename: a backup stays a verified backup. Unreadable backups are
    left alone here (``complete_erasure`` names them).
    """
    rewritten = []
    for backup in backup_files(Path(carnet_path)):
        if _holds_any(backup.path, pupil_ids):
            _rewrite_without(backup.path, pupil_ids)
            rewritten.append(backup.path)
    if rewritten:
        fsync_folder(rewritten[0].parent)
    return rewritten


def erased_ids(carnet_path: Path) -> set[str]:
    """Every pupil ever erased from this carnet: listed in it, or remembered by this computer."""
    path = Path(carnet_path)
    try:
        listed = erased_pupils(read_meta(path, immutable=False))
    except (sqlite3.Error, OSError, UnicodeDecodeError):
        listed = set()
    return listed | known_carnets.erased_from(carnet_identity(path))


@dataclass(frozen=True)
class Cleanup:
    """What completing the erasures reached, beyond the carnet itself."""

    pupils: int  # erased pupils looked for
    backups: list[Path] = field(default_factory=list)  # automatic backups rewritten without them
    set_aside: list[Path] = field(default_factory=list)  # files set aside beside the carnet, rewritten
    leftovers: list[Path] = field(default_factory=list)  # may still hold them, cannot be rewritten safely


def complete_erasure(carnet_path: Path, pupil_ids: Iterable[str] | None = None) -> Cleanup:
    """Erase the carnet's erased pupils (default: all of them) from every file Progression made of it.

    Automatic backups and the files set aside beside it by a restore are rewritten without
    them; damaged files, stray journals and unreadable backups are returned as leftovers for
    the teacher to delete (``delete_leftovers``). Unfinished backups (``.part``) are removed.
    """
    path = Path(carnet_path)
    ids = sorted(set(pupil_ids) if pupil_ids is not None else erased_ids(path))
    if not ids:
        return Cleanup(0)
    backups = scrub_backups(path, ids)
    leftovers = [b.path for b in backup_files(path) if _holds_any(b.path, ids) is None]
    for folder in {b.path.parent for b in backup_files(path)}:
        for part in folder.glob(f"*{paths.CARNET_SUFFIX}.part"):
            with contextlib.suppress(OSError):
                if time.time() - part.stat().st_mtime > 60:  # left by a crash; not one being written now
                    part.unlink()
    rewritten = []
    for aside in set_aside_files(path):
        holds = _holds_any(aside, ids)  # None too for a -wal, -shm or -journal: not a database
        if holds is None:
            leftovers.append(aside)
        elif holds:
            _rewrite_without(aside, ids)
            rewritten.append(aside)
    return Cleanup(len(ids), backups, rewritten, leftovers)


def delete_leftovers(files: Iterable[Path]) -> list[Path]:
    """Delete files ``complete_erasure`` could not clean (the teacher said yes); return those deleted."""
    deleted = []
    for file in files:
        try:
            remove_file(Path(file))
        except FileNotFoundError:
            continue
        except OSError as error:
            if held_open(error):
                raise ProgressionError(held_open_message(Path(file))) from error
            raise ProgressionError(
                "erasure.delete_failed",
                file=file,
                reason=str(error.strerror or error),
            ) from error
        deleted.append(Path(file))
    return deleted


def reapply_erasures(restored: Path, current: Path | None = None) -> int:
    """Erase again, from a carnet file about to be put in place, the pupils erased since it was made.

    ``restored``: the restored copy, still under its temporary name (written here directly:
    nobody else knows it). ``current``: the carnet it replaces, if it can still be read (its
    list of erased pupils counts too). Returns how many pupils were erased again. The list of
    erased ids is written into the copy even when none was in it, so that later merges refuse
    them too.
    """
    restored = Path(restored)
    try:
        meta = read_meta(restored)
    except (sqlite3.Error, OSError, UnicodeDecodeError):
        return 0  # not a readable carnet: the restore's own check refuses it
    identity = identity_from_meta(meta)
    ids = erased_pupils(meta) | known_carnets.erased_from(identity)
    if current is not None and Path(current).is_file():
        with contextlib.suppress(sqlite3.Error, OSError, UnicodeDecodeError):
            ids |= erased_pupils(read_meta(Path(current)))
    if not ids or (ids <= erased_pupils(meta) and not _holds_any(restored, sorted(ids))):
        return 0
    conn = sqlite3.connect(restored, isolation_level=None)
    try:
        present = conn.execute(_COUNT_PUPILS, (json.dumps(sorted(ids)),)).fetchone()[0]
        _erase_in_file(conn, sorted(ids))
    except sqlite3.Error as error:
        raise ProgressionError("erasure.backup_failed", reason=str(error)) from error
    finally:
        conn.close()
    if identity is not None:
        known_carnets.remember_erased(identity, ids)
    return int(present)


def erasures_reapplied(backup: Path, carnet: Path) -> int:
    """After a restore: how many pupils of ``backup`` were erased again in ``carnet`` (for the teacher)."""
    try:
        erased = erased_pupils(read_meta(Path(carnet), immutable=False))
        conn = sqlite3.connect(sqlite_uri(Path(backup), mode="ro", immutable="1"), uri=True)
    except (sqlite3.Error, OSError, UnicodeDecodeError):
        return 0
    try:
        return sum(1 for (pupil,) in conn.execute("SELECT id FROM pupil") if pupil in erased)
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def archive_and_purge(target: Target, folder: Path, *, delete_backups: bool = True) -> YearEndReport:
    """Year end: verified archive in ``folder``, then every pupil erased from the carnet and its backups."""
    carnet, service = _unwrap(target)
    folder = Path(folder)
    if carnet.read_only:
        raise ProgressionError("archive.read_only", name=carnet.path.name)
    automatic = paths.backups_root().resolve()  # every carnet's automatic folder is inside
    if delete_backups and (folder.resolve() == automatic or automatic in folder.resolve().parents):
        raise ProgressionError("archive.in_backup_folder", folder=folder)
    live = read_counts(carnet.path, immutable=False)
    archive = make_backup(carnet.path, folder, reason="archive-fin-d-annee")
    archived = read_counts(archive)
    if archived[:2] != live[:2]:
        raise ProgressionError("archive.incomplete", name=archive.name)
    with carnet.reading() as conn:
        ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM pupil")]
    _purge(carnet, ids)
    _forget_in_service(service)
    deleted = 0
    if delete_backups:
        # Only copies of *this* carnet (list_backups leaves out namesakes of other carnets).
        for backup in list_backups(carnet.path):
            try:
                remove_file(backup.path)
                deleted += 1
            except OSError:
                pass
    return YearEndReport(archive, live[0], live[1], deleted)
