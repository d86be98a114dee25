"""Opening a carnet file safely.

Opening: check the file is a carnet (SQLite header, application id, meta table), run a
quick integrity check, refuse a carnet written by a newer version, back up then apply
pending migrations, and set the pragmas that make every committed action durable
(``foreign_keys``, WAL, ``synchronous=FULL``). Every user action is then one short
transaction committed at once.

Around that (see RELIABILITY.md): a writer takes the lock file (``progression.lock``);
a daily backup is made at opening and one at closing after changes
(``progression.backup``); a carnet on a network share, in a synced folder or on a USB key
uses the rollback journal instead of WAL (``progression.location``); a closed carnet is
left in rollback-journal mode, one self-contained file, so that a ``-wal`` found beside a
closed carnet can only be a stray one and is set aside before SQLite would replay it
(``progression.recovery``). Storage failures (disk full, I/O error, read-only medium,
malformed file) become one French sentence in one place, ``storage_errors``.

Before any judgement of the file, ``finish_interrupted`` deals, under the lock, with what a
session cut short left beside it: a hot ``-journal`` is rolled back and a ``-wal`` replayed by
SQLite itself, but only once a private copy has shown that the result is still this carnet
(a ``-wal`` or ``-journal`` that is not its own is set aside, never applied). SQLite's lock held
by another program is "busy", never "damaged". While a carnet is open, the file's identity
(device, inode) is compared before each transaction: a file replaced under the app by another
program is never written into; what the app had open is kept beside it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from progression import __version__, paths
from progression.errors import CarnetLockedError, DamagedCarnetError, NewerCarnetError, ProgressionError
from progression.hlc import HybridClock
from progression.schema import SCHEMA_REVISION, Meta, Synced

if TYPE_CHECKING:
    from progression.location import RiskyPlace
    from progression.lock import CarnetLock

# "Prog" in ASCII: lets `file` and our own check recognise a carnet without reading tables.
APPLICATION_ID = 0x50726F67
SQLITE_MAGIC = b"SQLite format 3\x00"
KNOWN_REVISIONS = ("0001",)
# "wal" or "delete": forces the journal mode (the crash tests run both); unset, WAL is used
# except where ``progression.location`` finds a risky place.
JOURNAL_ENV = "PROGRESSION_JOURNAL"


class StorageError(ProgressionError):
    """The disk refused a write (I/O error, no space, read-only medium); nothing was half-written."""


class DiskFullError(StorageError):
    """SQLITE_FULL: no space left on the disk or the key."""


class ReadOnlyCarnetError(StorageError):
    """The file, its folder or the medium cannot be written."""


class CarnetBusyError(CarnetLockedError):
    """SQLite's own lock is held by another program for longer than the busy timeout."""


class CarnetReplacedError(ProgressionError):
    """Another program put a different file in the open carnet's place (sync client, copy)."""


# Seconds a reader waits for SQLite's lock before calling the carnet busy (as the connections do).
BUSY_TIMEOUT = 5.0


def busy_error(path: Path) -> CarnetBusyError:
    """The sentence for a carnet whose SQLite lock another program keeps: busy, never damaged."""
    return CarnetBusyError(
        f"Le carnet « {Path(path).name} » est utilisé en ce moment par un autre programme (sauvegarde, "
        "synchronisation, antivirus…) : il n'est pas endommagé et rien n'y a été modifié ; réessayez dans un "
        "instant, ou fermez cet autre programme."
    )


FileIdentity = tuple[int, int]


def file_identity(path: Path) -> FileIdentity | None:
    """(device, inode) of the file at ``path``: it changes when another file is put in its place."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _storage_error(error: BaseException, path: Path) -> ProgressionError | None:
    """The teacher's sentence for a SQLite failure, or None for errors that are bugs, not storage."""
    message = str(getattr(error, "orig", None) or error).lower()
    name = path.name
    if "database or disk is full" in message or "disk is full" in message:
        return DiskFullError(
            f"Le disque est plein : la dernière action sur « {name} » n'a pas été enregistrée (rien n'a été "
            "écrit à moitié) ; libérez de la place puis recommencez."
        )
    if "readonly database" in message or "read-only" in message:
        return ReadOnlyCarnetError(
            f"Le carnet « {name} » ne peut pas être modifié (fichier, dossier ou clé protégés en écriture) : "
            "la dernière action n'a pas été enregistrée ; copiez le carnet dans vos Documents pour "
            "travailler."
        )
    if "disk i/o error" in message or "i/o error" in message:
        return StorageError(
            f"Erreur d'écriture sur le disque pour « {name} » : la dernière action n'a pas été enregistrée "
            "(rien n'a été écrit à moitié) ; vérifiez la clé USB ou la place libre, puis recommencez."
        )
    if "database is locked" in message or "is busy" in message or "table is locked" in message:
        return CarnetBusyError(
            f"Le carnet « {name} » est occupé par un autre programme : la dernière action n'a pas été "
            "enregistrée ; réessayez dans un instant."
        )
    damaged = ("malformed", "file is not a database", "database corrupt", "could not decode")
    if any(sign in message for sign in damaged):
        return DamagedCarnetError(
            f"Le carnet « {name} » est endommagé (lecture impossible) : fermez-le et restaurez la dernière "
            "sauvegarde vérifiée."
        )
    if "unable to open database file" in message:
        return StorageError(
            f"Le carnet « {name} » n'est plus accessible (clé USB retirée, partage déconnecté ?) : "
            "rebranchez-le puis rouvrez-le."
        )
    return None


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Turn SQLite storage failures into ProgressionError sentences: the one place that maps them."""
    try:
        yield
    except UnicodeDecodeError as error:
        # sqlite3 cannot even build the error message when SQLite quotes damaged text.
        raise DamagedCarnetError(
            f"Le carnet « {Path(path).name} » est endommagé (texte illisible) : fermez-le et restaurez la "
            "dernière sauvegarde vérifiée."
        ) from error
    except (exc.DBAPIError, sqlite3.Error) as error:
        translated = _storage_error(error, Path(path))
        if translated is None:
            raise
        raise translated from error


def device_id() -> str:
    """This installation's id, kept beside the per-user data so each computer signs its edits."""
    path = paths.data_home() / "device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        if value:
            return value
    except OSError:
        pass
    value = str(uuid.uuid4())
    # A read-only home still lets the teacher work; the id just changes next time.
    with contextlib.suppress(OSError):
        path.write_text(value, encoding="ascii")
    return value


@dataclass
class Carnet:
    """An open carnet: the engine, a session factory, and who is writing."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    device_id: str
    clock: HybridClock = field(default_factory=HybridClock)
    read_only: bool = False
    lock: CarnetLock | None = None
    risky: RiskyPlace | None = None  # shown as a banner by the app
    journal: str | None = None  # the journal mode this connection set, None if left as found
    backup_warning: str | None = None  # a backup that could not be made (the carnet itself is fine)
    changed: bool = False  # something was committed since opening: back up at close
    closed: bool = False
    identity: FileIdentity | None = None  # the file opened (device, inode): see _check_same_file
    opening_notes: list[str] = field(default_factory=list)  # what opening did beside the carnet, for a banner
    replaced_copy: Path | None = None  # where what was open is kept, once the file was replaced under us

    def __post_init__(self) -> None:
        event.listen(self.engine, "commit", self._on_commit)
        # CarnetService.create disposes the engine of a half-made carnet: that must free the lock.
        event.listen(self.engine, "engine_disposed", self._on_disposed)
        self._closing = False
        self._writer: Connection | None = None
        if self.lock is not None:
            # A carnet dropped without close() (a window that failed half-way) must not keep the
            # teacher locked out until Progression restarts.
            weakref.finalize(self, self.lock.release)

    def _on_commit(self, conn: Any) -> None:
        # total_changes counts rows written on this connection; a read-only session leaves it alone.
        record = conn.connection
        total = record.dbapi_connection.total_changes
        if total != record.info.get("progression_changes", 0):
            record.info["progression_changes"] = total
            self.changed = True
            if self.lock is not None:
                self.lock.refresh()

    def _on_disposed(self, _engine: Engine) -> None:
        if not self._closing and self.lock is not None:
            self.lock.release()

    def _check_same_file(self) -> None:
        """Refuse to go on when another program has put a different file in the carnet's place.

        SQLite keeps the file it opened: writes would go into the old file, which nobody will
        see again, and a new connection would mix the new file with our ``-wal`` (a damaged
        index, or worse). A stat per transaction is cheap; a missing file is left to SQLite's
        own error (a USB key pulled out).
        """
        if self.identity is None:
            return
        now = file_identity(self.path)
        if now is None or now == self.identity:
            return
        if self.replaced_copy is None and not self.read_only:
            self.replaced_copy = self._keep_what_was_open()
        raise CarnetReplacedError(self._replaced_sentence())

    def _replaced_sentence(self, *, closing: bool = False) -> str:
        name = self.path.name
        sentence = (f"Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu'il était "
                    "ouvert (synchronisation, copie…) : ")
        sentence += ("Progression ne l'a pas modifié." if closing else
                     "Progression n'y écrit plus, la dernière action n'a pas été enregistrée.")
        if self.replaced_copy is not None:
            sentence += (f" Le carnet tel que vous l'aviez ouvert, avec ce que vous y avez saisi, est conservé à côté "
                         f"sous « {self.replaced_copy.name} » : ouvrez-le, ou fusionnez-le dans le carnet "
                         "(Fichier › Fusionner une copie du carnet…).")
        return sentence if closing else sentence + " Fermez ce carnet puis rouvrez-le."

    def _keep_what_was_open(self) -> Path | None:
        """Copy the carnet as our connections still see it (the replaced file, with our -wal) beside
        the new one, through SQLite's backup API; None if no connection to the old file is left."""
        from progression.recovery import keep_open_copy

        proxy = None
        try:
            if self._writer is not None and self._writer.connection.info.get("identity") == self.identity:
                source = self._writer.connection.driver_connection
            else:
                # An idle pooled connection still holds the old file; a new one would open the new
                # file and is refused by the engine's guard.
                proxy = self.engine.raw_connection()
                source = proxy.driver_connection if proxy.info.get("identity") == self.identity else None
            if not isinstance(source, sqlite3.Connection):
                return None
            return keep_open_copy(source, self.path)
        except (ProgressionError, sqlite3.Error, exc.SQLAlchemyError, OSError):
            return None
        finally:
            if proxy is not None:
                with contextlib.suppress(Exception):
                    proxy.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        self._check_same_file()
        session = self.session_factory()
        session.info["carnet"] = self
        try:
            with storage_errors(self.path):
                try:
                    yield session
                    session.commit()
                except BaseException:
                    # A rollback after a disk error may fail too; the original error is the one to tell.
                    with contextlib.suppress(Exception):
                        session.rollback()
                    raise
        finally:
            session.close()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One transaction on a plain connection, for writes made with Core statements:
        committed when the block ends, rolled back on any error. The connection is kept between
        writes (the grid's recordings come one key press at a time); a failed one is dropped."""
        self._check_same_file()
        with storage_errors(self.path):
            if self._writer is None:
                self._writer = self.engine.connect()
            try:
                with self._writer.begin():
                    yield self._writer
            except BaseException:
                writer, self._writer = self._writer, None
                with contextlib.suppress(Exception):
                    writer.close()
                raise

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads written with SQLAlchemy Core: lighter than an ORM session, and
        Core statements compile without configuring the mappers, which opening a carnet does not need."""
        self._check_same_file()
        with storage_errors(self.path), self.engine.connect() as connection:
            yield connection

    def stamp(self) -> str:
        return self.clock.stamp()

    def close(self) -> None:
        """Leave one self-contained file, back it up if it changed, release the lock."""
        if self.closed:
            return
        self.closed = True
        self._closing = True
        now = file_identity(self.path)
        if self.identity is not None and now is not None and now != self.identity:
            self._close_replaced()
            return
        try:
            if self.changed and not self.read_only:
                with contextlib.suppress(Exception), self.writing() as connection:
                    connection.exec_driver_sql("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                               (LAST_STAMP_KEY, self.clock.last()))
            if self._writer is not None:
                with contextlib.suppress(Exception):
                    self._writer.close()
                self._writer = None
            self.engine.dispose()
            if self.lock is not None and not self.read_only:
                _leave_single_file(self.path)
            if self.changed and not self.read_only:
                from progression.backup import automatic_backup

                try:
                    automatic_backup(self.path, "fermeture")
                except ProgressionError as error:
                    self.backup_warning = str(error)
        finally:
            if self.lock is not None:
                self.lock.release()

    def _close_replaced(self) -> None:
        """Close a carnet whose file another program replaced: keep what we had, touch nothing there.

        No closing stamp, no journal switch, no closing backup: each would read or write the new
        file through our ``-wal``. SQLite does not fold a ``-wal`` into a file that has moved, so
        ours stays beside the new file once our connections are closed: it is set aside (it is in
        the copy kept), or the next opening would have to judge it.
        """
        from progression.recovery import set_aside_orphan_journal

        try:
            if self.replaced_copy is None and not self.read_only:
                self.replaced_copy = self._keep_what_was_open()
            if self._writer is not None:
                with contextlib.suppress(Exception):
                    self._writer.close()
                self._writer = None
            self.engine.dispose()
            if not self.read_only and "-wal" in _leftovers(self.path):
                with contextlib.suppress(ProgressionError):
                    set_aside_orphan_journal(self.path)
            elif not self.read_only:
                for empty in ("-wal", "-shm"):  # ours, and nothing in them: not worth keeping
                    with contextlib.suppress(OSError):
                        self.path.with_name(self.path.name + empty).unlink()
            if not self.read_only:
                self.backup_warning = self._replaced_sentence(closing=True)
        finally:
            if self.lock is not None:
                self.lock.release()


def _leave_single_file(path: Path) -> None:
    """Fold the WAL back and return to a rollback journal: one file to copy, no -wal to lose.

    If another program still reads the carnet the switch is refused; a TRUNCATE checkpoint
    is the fallback, and failing that the committed data is safe in the WAL anyway.
    """
    try:
        conn = sqlite3.connect(path, timeout=2.0, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass
    finally:
        conn.close()


def _stamp_synced_rows(session: Session, _context: Any, _instances: Any) -> None:
    carnet: Carnet | None = session.info.get("carnet")
    if carnet is None:
        return
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Synced) and (obj in session.new or session.is_modified(obj)):
            obj.modified_at = carnet.stamp()
            obj.device_id = carnet.device_id


def journal_mode(risky: bool) -> str:
    """WAL normally, the rollback journal in risky places; ``PROGRESSION_JOURNAL`` forces one."""
    forced = os.environ.get(JOURNAL_ENV, "").strip().lower()
    if forced in ("wal", "delete"):
        return forced.upper()
    return "DELETE" if risky else "WAL"


def _configurer(journal: str | None) -> Callable[[sqlite3.Connection, Any], None]:
    def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Python's sqlite3 would otherwise skip BEGIN before reads; SQLAlchemy emits it (see "begin").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
        if journal is not None:
            # Only the lock holder changes the journal mode; a reader takes the file as it is.
            cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA synchronous=FULL")
        # Deleted pupils' names must not survive in free pages (RGPD erasure).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    return configure


# Kept for callers that configure a bare connection the way a carnet is configured.
_configure_connection = _configurer("WAL")


# The newest hybrid-clock stamp the carnet has issued or seen, kept at close (see open_carnet).
LAST_STAMP_KEY = "last_stamp"


def _begin(conn: Any) -> None:
    conn.connection.driver_connection.execute("BEGIN")


def _guard(path: Path, expected: FileIdentity | None) -> Callable[[sqlite3.Connection, Any], None]:
    """Tag each new connection with the file it opened, and never open one onto another file than
    the carnet that was opened (``Carnet._check_same_file`` says it first, with the rescue)."""

    def guard(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        now = file_identity(path)
        if expected is not None and now is not None and now != expected:
            dbapi_connection.close()
            raise CarnetReplacedError(
                f"Le carnet « {path.name} » a été remplacé sur le disque par un autre programme pendant qu'il était "
                "ouvert : Progression n'y écrit plus ; fermez ce carnet puis rouvrez-le."
            )
        record.info["identity"] = now

    return guard


def _make_engine(path: Path, *, journal: str | None = "WAL", read_only: bool = False,
                 immutable: bool = False, identity: FileIdentity | None = None) -> Engine:
    if read_only:
        from progression.backup import sqlite_uri

        params = {"mode": "ro", "immutable": "1"} if immutable else {"mode": "ro"}
        uri = sqlite_uri(path, **params)
        engine = create_engine(
            f"sqlite:///{path}", future=True,
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
        journal = None
    else:
        engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _guard(path, identity))
    event.listen(engine, "connect", _configurer(journal))
    event.listen(engine, "begin", _begin)
    return engine


def _session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _stamp_synced_rows)
    return factory


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _wal_beside(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def orphan_journal(path: Path) -> bool:
    """A non-empty ``-wal`` beside a carnet whose header says rollback journal.

    SQLite would replay it whatever database it came from. Progression leaves every carnet it
    closes in rollback mode, and switching modes never leaves a WAL behind, so such a file
    is a stray one (copied from another carnet, left by a sync client) and must not be read.
    """
    from progression.backup import journal_state

    mode, wal = journal_state(path)
    return mode == 1 and wal > 0


def _unfinished_error(path: Path) -> ProgressionError:
    """A hot ``-journal`` that SQLite could not roll back here: an action cut short, not damage."""
    from progression.backup import writable

    name = path.name
    if not writable(path):
        return ReadOnlyCarnetError(
            f"Le carnet « {name} » n'a pas été fermé proprement (une action était en cours d'écriture) et il est "
            "sur un support en lecture seule, où Progression ne peut pas annuler cette action inachevée. Il n'est "
            "pas endommagé : rendez la clé ou le dossier accessible en écriture, ou copiez dans vos Documents le "
            f"carnet avec le fichier « {name}-journal » posé à côté, puis ouvrez la copie."
        )
    # Writable, yet not rolled back: this caller did not finish it (finish_interrupted), or the carnet
    # is held elsewhere and its holder will.
    return CarnetBusyError(
        f"Le carnet « {name} » n'a pas été fermé proprement (une action était en cours d'écriture) : il sera remis "
        "en ordre à sa prochaine ouverture dans Progression, dès qu'il n'est plus ouvert ailleurs. Il n'est pas "
        "endommagé ; ouvrez-le (ou lancez « progression check »), puis recommencez."
    )


def inspect_file(path: Path, *, thorough: bool = False) -> str | None:
    """Check that ``path`` holds a readable carnet; return its schema revision.

    ``thorough``: ``integrity_check`` instead of ``quick_check``; it also finds indexes that no
    longer match their rows (``progression check``, verifying a backup). Opening stays on the
    quick check (see README, Performance, for the cost of each).

    Raises DamagedCarnetError with a sentence a teacher can act on; a carnet another program
    keeps busy, or one with an action to roll back on a read-only medium, gets its own sentence.
    """
    name = path.name
    if not path.exists():
        raise ProgressionError(f"Le fichier « {path} » n'existe pas. Vérifiez le chemin ou créez un carnet.")
    if path.is_dir():
        raise ProgressionError(f"« {path} » est un dossier, pas un carnet.")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise ProgressionError(f"Impossible de lire « {name} » : {error.strerror}.") from error
    if len(header) == 0:
        raise DamagedCarnetError(f"Le fichier « {name} » est vide : ce n'est pas un carnet Progression.")
    if not header.startswith(SQLITE_MAGIC):
        raise DamagedCarnetError(
            f"Le fichier « {name} » n'est pas un carnet Progression (ce n'est pas une base SQLite)."
        )
    from progression.backup import journal_state, reading_params, sqlite_uri, writable

    # A stray -wal must not be replayed, even by this read-only check.
    params = reading_params(path)
    mode, wal = journal_state(path)
    if mode == 2 and wal > 0 and not writable(path):
        # Committed actions wait in the -wal, and SQLite cannot replay it on a read-only medium.
        raise ProgressionError(
            f"Le carnet « {name} » n'a pas été fermé proprement et il est sur un support en lecture seule : "
            f"copiez-le dans vos Documents avec le fichier « {name}-wal » posé à côté, puis ouvrez la copie."
        )
    check = "integrity_check" if thorough else "quick_check"
    try:
        conn = sqlite3.connect(sqlite_uri(path, **params), uri=True, timeout=BUSY_TIMEOUT)
        # quick_check quotes damaged text in its report: it must not fail on decoding it.
        conn.text_factory = _lenient_text
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            result = conn.execute(f"PRAGMA {check}").fetchall()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if app_id != APPLICATION_ID and "meta" not in tables:
                raise DamagedCarnetError(
                    f"Le fichier « {name} » est une base SQLite, mais pas un carnet Progression."
                )
            if result != [("ok",)]:
                # Only indexes that no longer match their rows: the rows themselves read fine.
                indexes = all(" index " in str(row[0]) for row in result)
                raise DamagedCarnetError(
                    f"Le carnet « {name} » est endommagé "
                    + ("(ses index ne correspondent plus à ses données) : " if indexes else
                       "(contrôle d'intégrité en échec) : ")
                    + "restaurez la dernière sauvegarde vérifiée."
                )
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # SQLite quoting damaged text in an error message makes Python fail to decode the message.
        text = str(error).lower()
        code = str(getattr(error, "sqlite_errorname", ""))
        if "unable to open" in text:
            raise ProgressionError(
                f"Impossible d'ouvrir « {name} » : le fichier ou son dossier n'est pas accessible ; "
                "vérifiez les droits ou rebranchez la clé."
            ) from error
        if code.startswith("SQLITE_BUSY") or "database is locked" in text:
            raise busy_error(path) from error
        if code.startswith("SQLITE_READONLY") or "readonly database" in text:
            # Reading needs a rollback (hot -journal) that a read-only connection may not do.
            raise _unfinished_error(path) from error
        raise DamagedCarnetError(
            f"Le carnet « {name} » est endommagé ou illisible ({error}) : restaurez la dernière sauvegarde "
            "vérifiée."
        ) from error
    if revision is not None and revision not in KNOWN_REVISIONS:
        if _is_newer_revision(revision):
            raise NewerCarnetError(
                f"Le carnet « {name} » a été écrit par une version plus récente de Progression "
                f"(schéma {revision}). Installez la dernière version pour l'ouvrir."
            )
        # No version of Progression ever wrote it: a schema mark such as 0000 or "x" is damage.
        raise DamagedCarnetError(
            f"Le carnet « {name} » porte une version de schéma qu'aucune version de Progression n'a écrite "
            f"(« {revision[:20]} ») : restaurez la dernière sauvegarde vérifiée."
        )
    return revision


def _is_newer_revision(revision: str) -> bool:
    """Revisions are numbered 0001, 0002…: only a number above the newest known is a newer version's."""
    return revision.isdigit() and int(revision) > max(int(known) for known in KNOWN_REVISIONS)


def _alembic_upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


BeforeMigration = Callable[[Path], object]


def open_carnet(
    path: Path,
    *,
    before_migration: BeforeMigration | None = None,
    auto_backup: bool = True,
    lock: bool = True,
    force: bool = False,
) -> Carnet:
    """Open an existing carnet, migrating it to the current schema after a backup.

    ``lock``: take the lock file (writers: the app, imports); read-only commands pass False
    and leave the journal mode as they find it. ``force``: take over a lock left on another
    computer long ago (the app asks the teacher first). ``auto_backup``: the daily backup.
    A carnet that cannot be written (read-only file, folder or medium) opens read-only.
    """
    from progression.backup import backup_if_due, reading_params, writable
    from progression.location import risky_place
    from progression.lock import CarnetLock

    path = Path(path)
    if not path.exists() or path.is_dir():
        inspect_file(path)  # raises the right sentence
    read_only = not writable(path)
    held: CarnetLock | None = None
    engine: Engine | None = None
    try:
        if lock and not read_only:
            held = CarnetLock.acquire(path, force=force)
        notes = [] if read_only else finish_interrupted(path, held)
        revision = inspect_file(path)
        identity = file_identity(path)
        risky = risky_place(path)
        warning = None
        if auto_backup:
            try:
                backup_if_due(path)
            except ProgressionError as error:
                warning = str(error)  # the carnet is fine; the app shows this, the teacher works on
        journal = journal_mode(risky is not None) if held is not None else None
        immutable = read_only and "immutable" in reading_params(path)
        engine = _make_engine(path, journal=journal, read_only=read_only, immutable=immutable, identity=identity)
        if revision != SCHEMA_REVISION:
            if read_only:
                raise ProgressionError(
                    f"Le carnet « {path.name} » doit être mis à jour mais il est en lecture seule : "
                    "copiez-le dans vos Documents puis rouvrez-le."
                )
            with contextlib.ExitStack() as stack:
                if held is None:  # a reader still needs the lock to migrate
                    stack.enter_context(CarnetLock.acquire(path))
                if before_migration is not None:
                    before_migration(path)
                with storage_errors(path):
                    _alembic_upgrade(engine)
        carnet = Carnet(path, engine, _session_factory(engine), device_id(), read_only=read_only, lock=held,
                        risky=risky, journal=journal, backup_warning=warning, identity=identity,
                        opening_notes=notes)
        # Connect now: a journal switch refused by another program fails here, not mid-action. And
        # stamp after the newest stamp this carnet has seen (a merged copy's computer may have a clock
        # ahead of this one), or a later edit here would lose to an older one in the next merge.
        try:
            with carnet.reading() as connection:
                seen = connection.exec_driver_sql("SELECT value FROM meta WHERE key = ?",
                                                  (LAST_STAMP_KEY,)).scalar()
        except CarnetBusyError as error:
            raise busy_error(path) from error  # no action was lost: the opening's own sentence
        if isinstance(seen, str) and seen:
            carnet.clock.observe(seen)
    except BaseException:
        if engine is not None:
            engine.dispose()
        if held is not None:
            held.release()
        raise
    return carnet


# ---------------------------------------------------------------- what a session cut short left behind

COMPANION_JOURNALS = ("-wal", "-journal")
PRIVATE_COPY_STALE_AFTER = 3600.0  # seconds: a judging copy left by a crash is removed after this


def _leftovers(path: Path) -> list[str]:
    """The journals beside ``path`` that hold something (SQLite would replay or roll them back)."""
    found = []
    for suffix in COMPANION_JOURNALS:
        try:
            if path.with_name(path.name + suffix).stat().st_size > 0:
                found.append(suffix)
        except OSError:
            continue
    return found


@contextmanager
def _private_folder() -> Iterator[Path]:
    """A folder for a copy of the carnet, on this computer (the per-user data folder), removed after."""
    try:
        base: Path | None = paths.data_home()
    except OSError:
        base = None
    if base is not None:
        for stale in base.glob(".verification-*"):
            with contextlib.suppress(OSError):
                if time.time() - stale.stat().st_mtime > PRIVATE_COPY_STALE_AFTER:
                    shutil.rmtree(stale, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=".verification-", dir=base))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _carnet_state(uri: str, *, check: bool = True) -> tuple[str | None, bool]:
    """(identity, sane) of the database at ``uri``: its carnet id (or creation stamp), and whether it
    is a carnet passing ``integrity_check`` (not run, False, without ``check``). Opening it
    read-write replays its -wal / -journal."""
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error:
        return None, False
    conn.text_factory = _lenient_text
    identity = None
    try:
        found = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('carnet_id', 'created_at')"))
        identity = found.get("carnet_id") or found.get("created_at")
        carnet = conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        return identity, check and carnet and conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except (sqlite3.Error, UnicodeDecodeError):
        return identity, False
    finally:
        conn.close()


def _journal_belongs(path: Path, suffix: str) -> bool:
    """Whether the ``-wal`` / ``-journal`` beside ``path`` is this carnet's own.

    Neither file says which database it belongs to: a WAL of any database with the same page
    size is replayed (its salts and checksums only chain its own frames), and a rollback journal
    is written back whatever it holds. So it is applied to a private copy first: its own makes a
    sane carnet with the same identity. One that turns the carnet into another, or breaks a
    carnet that is sane without it, is not its own. When neither the file alone nor the file with
    it is sane, nothing is judged here: the carnet is damaged, and it is set aside whole.
    """
    from progression.backup import sqlite_uri

    try:
        with _private_folder() as folder:
            copy = folder / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(path.with_name(path.name + suffix), copy.with_name(copy.name + suffix))
            replayed, replayed_sane = _carnet_state(sqlite_uri(copy))
    except OSError:
        return True  # no room to judge: SQLite's own behaviour, as before
    by_itself = sqlite_uri(path, mode="ro", immutable="1")
    alone, _ = _carnet_state(by_itself, check=False)
    if replayed_sane and (alone is None or replayed == alone):
        return True
    if _carnet_state(by_itself)[1]:
        return False
    raise DamagedCarnetError(
        f"Le carnet « {path.name} » est endommagé (ni le fichier seul, ni avec le fichier « {path.name}{suffix} » "
        "posé à côté, ne passe le contrôle d'intégrité) : restaurez la dernière sauvegarde vérifiée."
    )


def _replay(path: Path) -> None:
    """Open the carnet for writing once: SQLite rolls a hot journal back, or replays and folds the WAL."""
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
    except sqlite3.Error:
        return  # inspect_file says what is wrong
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        text = str(error).lower()
        if "database is locked" in text or "is busy" in text:
            raise busy_error(path) from error
        # Anything else (malformed…) is for inspect_file to judge.
    finally:
        conn.close()


def finish_interrupted(path: Path, held: CarnetLock | None = None) -> list[str]:
    """Deal with what a session cut short left beside the carnet, before anything judges it.

    A crash in rollback-journal mode (USB keys, shares) leaves a hot ``-journal``; in WAL mode,
    a ``-wal`` holding the last actions. A read-only look cannot roll the first back and would
    trust the second whatever its origin. Here, under the carnet's lock (taken for the moment if
    ``held`` is None), each is judged on a private copy (``_journal_belongs``): its own is then
    rolled back or replayed by SQLite on the real file; one that is not is set aside (renamed
    ``.orphan-…``, never deleted, never applied). Returns the sentences telling the teacher
    what was set aside. Nothing is done on a medium that cannot be written, or while another
    holds the lock: its holder is alive, and what lies beside the carnet is its own.
    """
    from progression.backup import writable
    from progression.lock import CarnetLock
    from progression.recovery import set_aside_orphan_journal

    path = Path(path)
    if not writable(path) or not _leftovers(path):
        return []
    notes = []
    with contextlib.ExitStack() as stack:
        if held is None:
            try:
                stack.enter_context(CarnetLock.acquire(path))
            except CarnetLockedError:
                return []
        for suffix in _leftovers(path):
            # A carnet closed by Progression is in rollback mode: a -wal beside it is never its own.
            if (suffix == "-wal" and orphan_journal(path)) or not _journal_belongs(path, suffix):
                companions = ("-wal", "-shm") if suffix == "-wal" else (suffix,)
                kept = set_aside_orphan_journal(path, companions=companions)
                notes.append(
                    f"Un fichier « {path.name}{suffix} » trouvé à côté du carnet n'était pas le sien : il n'a pas "
                    f"été appliqué et il est gardé sous « {kept[0].name} » ; votre carnet n'a pas été modifié."
                )
        if _leftovers(path):
            _replay(path)
    return notes


def create_carnet(path: Path, *, lock: bool = True) -> Carnet:
    """Create an empty carnet at the current schema; refuses to overwrite an existing file."""
    from progression.location import risky_place
    from progression.lock import CarnetLock

    path = Path(path)
    if path.exists():
        raise ProgressionError(f"Le fichier « {path} » existe déjà : choisissez un autre nom.")
    if not path.parent.exists():
        raise ProgressionError(f"Le dossier « {path.parent} » n'existe pas.")
    held = CarnetLock.acquire(path) if lock else None
    risky = risky_place(path)
    journal = journal_mode(risky is not None)
    engine = _make_engine(path, journal=journal)
    try:
        with storage_errors(path):
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            _alembic_upgrade(engine)
        carnet = Carnet(path, engine, _session_factory(engine), device_id(), lock=held, risky=risky,
                        journal=journal, identity=file_identity(path))
        with carnet.session() as session:
            session.add_all(
                [
                    Meta(key="application", value="progression"),
                    Meta(key="created_at", value=datetime.now(UTC).isoformat(timespec="seconds")),
                    Meta(key="created_by_version", value=__version__),
                    # Which carnet a backup is a copy of, whatever the files are called.
                    Meta(key="carnet_id", value=str(uuid.uuid4())),
                ]
            )
    except BaseException:
        engine.dispose()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        if held is not None:
            held.release()
        raise
    return carnet
