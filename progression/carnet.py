"""Opening a carnet file safely.

Opening: check the file is a carnet (SQLite header, application id, meta table), run a
quick integrity check (for writers; the app runs it after the grid is painted and the read-only
commands not at all: ``full_check``, ``progression.checkup``), refuse a carnet written by a newer
version, back up then apply pending migrations, and set the pragmas that make every committed action durable
(``foreign_keys``, WAL, ``synchronous=FULL``). Every user action is then one short
transaction committed at once.

Around that (see RELIABILITY.md): a writer takes the lock file (``progression.lock``);
a daily backup is made at opening and one at closing after changes
(``progression.backup``); a carnet on a network share, in a synced folder or on a USB key
uses the rollback journal instead of WAL (``progression.location``); a closed carnet is
left in rollback-journal mode, one self-contained file, so that a ``-wal`` found beside a
closed carnet can only be a stray one and is set aside before SQLite would replay it
(``progression.set_aside``). Storage failures (disk full, I/O error, read-only medium,
malformed file) become one French sentence in one place (``progression.storage_errors``).

Before any judgement of the file (``progression.inspection``), ``finish_interrupted``
(``progression.interrupted``) deals, under the lock, with what a session cut short left beside
it: a hot ``-journal`` is rolled back and a ``-wal`` replayed by SQLite itself, but only once a
private copy has shown that the result is still this carnet (a ``-wal`` or ``-journal`` that is
not its own is set aside, never applied). SQLite's lock held
by another program is "busy", never "damaged". While a carnet is open, the file's identity
(device, inode) is compared before each transaction: a file replaced under the app by another
program is never written into; what the app had open is kept beside it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from progression import __version__, location, paths, storage
from progression.carnet_connections import (
    FileIdentity,
    apply_migrations,
    configurer,
    connect,
    file_identity,
    journal_mode,
    make_engine,
    make_session_factory,
    refuse_another_file,
)
from progression.errors import DamagedCarnetError, ProgressionError
from progression.hlc import HybridClock
from progression.inspection import inspect_file
from progression.interrupted import finish_interrupted, leftovers
from progression.location import RiskyPlace
from progression.lock import CarnetLock
from progression.set_aside import keep_open_copy, set_aside_orphan_journal
from progression.storage import (
    APPLICATION_ID,
    LAST_STAMP_KEY,
    SCHEMA_REVISION,
    meta_rows,
    new_id,
    transaction,
    write_meta,
)
from progression.storage_errors import CarnetBusyError, CarnetReplacedError, busy_error, storage_errors
from progression.validation import check_file_name
from progression.wording import Phrase

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker


def device_id() -> str:
    """This installation's id, kept beside the per-user data so each computer signs its edits."""
    path = paths.data_home() / "device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        if value:
            return value
    except OSError:
        pass
    value = new_id()
    # A read-only home still lets the teacher work; the id just changes next time.
    with contextlib.suppress(OSError):
        path.write_text(value, encoding="ascii")
    return value


class Carnet:
    """An open carnet: how to reach it, and who is writing.

    SQLAlchemy's engine and session factory are made at their first use: a command that reads and
    writes the carnet with plain SQLite statements only (``progression merge``) never loads
    SQLAlchemy, whose import alone costs more than such a command's work."""

    def __init__(self, path: Path, device_id: str, *, read_only: bool = False, lock: CarnetLock | None = None,
                 risky: RiskyPlace | None = None, journal: str | None = None, backup_warning: str | None = None,
                 identity: FileIdentity | None = None, opening_notes: list[str] | None = None,
                 immutable: bool = False, engine_made: Engine | None = None) -> None:
        self.path = path
        self.device_id = device_id
        self.clock = HybridClock()
        self.read_only = read_only
        self.lock = lock
        self.risky = risky  # shown as a banner by the app
        self.journal = journal  # the journal mode this connection set, None if left as found
        self.backup_warning = backup_warning  # a backup that could not be made (a Phrase: the app words it)
        self.changed = False  # something was committed since opening: back up at close
        self.closed = False
        self.identity = identity  # the file opened (device, inode): see _check_same_file
        # What opening did beside the carnet, for a banner.
        self.opening_notes: list[str] = [] if opening_notes is None else opening_notes
        self.replaced_copy: Path | None = None  # where what was open is kept, once the file was replaced under us
        # The full check run after opening (``progression.checkup``) found the file damaged: the
        # sentence. Nothing is written into it any more; the teacher restores a backup.
        self.damaged: str | None = None
        self.immutable = immutable  # read-only, on a medium nothing else writes to (``storage.reading_params``)
        self.engine_made = engine_made  # the engine, once something needed it (``engine``)
        self._closing = False
        self._kept_stamp: str | None = None  # the clock's last stamp as written by keep_clock
        self._writer: Connection | None = None
        self._sessions: sessionmaker[Session] | None = None
        if engine_made is not None:
            self._listen(engine_made)
        if lock is not None:
            # A carnet dropped without close() (a window that failed half-way) must not keep the
            # teacher locked out until Progression restarts.
            weakref.finalize(self, lock.release)

    @property
    def engine(self) -> Engine:
        if self.engine_made is None:
            self.engine_made = make_engine(self.path, journal=self.journal, read_only=self.read_only,
                                            immutable=self.immutable, identity=self.identity)
            self._listen(self.engine_made)
        return self.engine_made

    @property
    def session_factory(self) -> sessionmaker[Session]:
        if self._sessions is None:
            self._sessions = make_session_factory(self.engine)
        return self._sessions

    def _listen(self, engine: Engine) -> None:
        from sqlalchemy import event

        event.listen(engine, "commit", self._on_commit)
        # CarnetService.create disposes the engine of a half-made carnet: that must free the lock.
        event.listen(engine, "engine_disposed", self._on_disposed)

    def _on_commit(self, conn: Any) -> None:
        # total_changes counts rows written on this connection; a read-only session leaves it alone.
        record = conn.connection
        total = record.dbapi_connection.total_changes
        if total != record.info.get("progression_changes", 0):
            record.info["progression_changes"] = total
            self._changed()

    def _changed(self) -> None:
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
        replaced = self._replaced_sentence()
        raise CarnetReplacedError(replaced.code, **replaced.fields)

    def _replaced_sentence(self, *, closing: bool = False) -> Phrase:
        code = "carnet.replaced.closing" if closing else "carnet.replaced"
        if self.replaced_copy is None:
            return Phrase(code, name=self.path.name)
        return Phrase(code + ("_kept" if closing else ".kept"), name=self.path.name, kept=self.replaced_copy.name)

    def _keep_what_was_open(self) -> Path | None:
        """Copy the carnet as our connections still see it (the replaced file, with our -wal) beside
        the new one, through SQLite's backup API; None if no connection to the old file is left."""
        proxy = None
        try:
            if self._writer is not None and self._writer.connection.info.get("identity") == self.identity:
                source = self._writer.connection.driver_connection
            elif self.engine_made is not None:
                # An idle pooled connection still holds the old file; a new one would open the new
                # file and is refused by the engine's guard.
                proxy = self.engine_made.raw_connection()
                source = proxy.driver_connection if proxy.info.get("identity") == self.identity else None
            else:
                return None  # only plain connections, each closed after its work: none holds the old file
            if not isinstance(source, sqlite3.Connection):
                return None
            return keep_open_copy(source, self.path)
        except (ProgressionError, sqlite3.Error, OSError):
            return None
        except Exception as error:
            from sqlalchemy import exc

            if isinstance(error, exc.SQLAlchemyError):
                return None
            raise
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
        self.refuse_if_damaged()
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
    def plain(self) -> Iterator[sqlite3.Connection]:
        """A plain SQLite connection of its own, set up as the engine's are, for work written in
        SQLite's SQL from end to end (a merge, the closing stamp); closed when the block ends. It is
        in autocommit: the caller opens its transaction (``transaction``), after an ATTACH if any.
        A block that raises is taken to have written nothing: its transaction was rolled back."""
        self._check_same_file()
        self.refuse_if_damaged()
        with storage_errors(self.path):
            connection = connect(self.path, read_only=self.read_only, immutable=self.immutable)
            try:
                refuse_another_file(self.path, self.identity)
                configurer(self.journal)(connection, None)
                yield connection
                if connection.total_changes:
                    self._changed()
            finally:
                connection.close()

    def damage_notice(self) -> str | None:
        """What the teacher is told once the full check found the file damaged (banner, refusals)."""
        if self.damaged is None:
            return None
        return (f"{self.damaged} : Progression n'y enregistre plus rien. Restaurez la "
                "dernière sauvegarde vérifiée (Fichier › Restaurer une sauvegarde…).")

    def refuse_if_damaged(self) -> None:
        """Writing into a file found damaged would spread the damage: the one sentence instead."""
        notice = self.damage_notice()
        if notice is not None:
            raise DamagedCarnetError(notice)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads written with SQLAlchemy Core: lighter than an ORM session, and
        Core statements compile without configuring the mappers, which opening a carnet does not need."""
        self._check_same_file()
        with storage_errors(self.path), self.engine.connect() as connection:
            yield connection

    def signature(self) -> dict[str, str]:
        """What every written row carries: a fresh stamp of this carnet's clock and this computer's id.
        The one way rows are stamped: by the session's flush hook, and by writes made with Core
        statements (``{**row, **carnet.signature()}``)."""
        return {"modified_at": self.clock.stamp(), "device_id": self.device_id}

    def keep_clock(self, connection: sqlite3.Connection) -> None:
        """Write the clock's newest stamp within the caller's transaction (a merge's), so that closing
        has no transaction of its own to make for it unless the clock moves on."""
        self._kept_stamp = self.clock.last()
        write_meta(connection, LAST_STAMP_KEY, self._kept_stamp)

    def close(self, *, backup: bool = True) -> None:
        """Leave one self-contained file, back it up if it changed, release the lock. ``backup=False``:
        the caller made this run's backup itself, just before its one change (a merge)."""
        if self.closed:
            return
        self.closed = True
        self._closing = True
        now = file_identity(self.path)
        if self.identity is not None and now is not None and now != self.identity:
            self._close_replaced()
            return
        try:
            if self._writer is not None:
                with contextlib.suppress(Exception):
                    self._writer.close()
                self._writer = None
            if self.engine_made is not None:
                self.engine_made.dispose()
            if self.changed and not self.read_only and self.clock.started and self.clock.last() != self._kept_stamp:
                with contextlib.suppress(Exception), self.plain() as connection, transaction(connection):
                    write_meta(connection, LAST_STAMP_KEY, self.clock.last())
            if self.lock is not None and not self.read_only:
                _leave_single_file(self.path)
            if self.changed and backup and not self.read_only and self.damaged is None:
                from progression.backup import automatic_backup

                try:
                    automatic_backup(self.path, "fermeture")
                except ProgressionError as error:
                    self.backup_warning = Phrase.of(error)
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
        try:
            if self.replaced_copy is None and not self.read_only:
                self.replaced_copy = self._keep_what_was_open()
            if self._writer is not None:
                with contextlib.suppress(Exception):
                    self._writer.close()
                self._writer = None
            if self.engine_made is not None:
                self.engine_made.dispose()
            if not self.read_only and "-wal" in leftovers(self.path):
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


BeforeMigration = Callable[[Path], object]


def migration_backup(path: Path) -> object:
    """The backup of a carnet about to be brought up to date (« migration »): what to restore if
    this version's changes to the file ever went wrong."""
    from progression.backup import backup_before

    return backup_before(path, "migration")


def open_carnet(
    path: Path,
    *,
    before_migration: BeforeMigration | None = migration_backup,
    auto_backup: bool = True,
    lock: bool = True,
    force: bool = False,
    full_check: bool = True,
) -> Carnet:
    """Open an existing carnet, migrating it to the current schema after a backup.

    ``lock``: take the lock file (writers: the app, imports); read-only commands pass False
    and leave the journal mode as they find it. ``force``: take over a lock left on another
    computer long ago (the app asks the teacher first). ``auto_backup``: the daily backup.
    ``full_check``: SQLite's quick check of the whole file. The app and the read-only commands
    pass False with ``auto_backup=False``: opening then reads nothing whose size grows with the
    carnet, and the app runs both after the grid is painted (``progression.checkup``).
    A carnet that cannot be written (read-only file, folder or medium) opens read-only.
    """
    from progression.backup import backup_if_due

    path = Path(path)
    if not path.exists() or path.is_dir():
        inspect_file(path)  # raises the right sentence
    read_only = not storage.writable(path)
    held: CarnetLock | None = None
    engine: Engine | None = None
    try:
        if lock and not read_only:
            held = CarnetLock.acquire(path, force=force)
        notes = [] if read_only else finish_interrupted(path, held)
        revision = inspect_file(path, scan=full_check)
        identity = file_identity(path)
        risky = location.risky_place(path)
        warning = None
        # A carnet about to be brought up to date gets its backup just before (``before_migration``),
        # which serves as the day's: two copies of one state would only lengthen the restore list.
        migrating = revision != SCHEMA_REVISION and before_migration is not None and not read_only
        if auto_backup and not migrating:
            try:
                backup_if_due(path)
            except ProgressionError as error:
                warning = Phrase.of(error)  # the carnet is fine; the app shows this, the teacher works on
        journal = journal_mode(risky is not None) if held is not None else None
        immutable = read_only and "immutable" in storage.reading_params(path)
        if revision != SCHEMA_REVISION:
            if read_only:
                raise ProgressionError("carnet.update_read_only", name=path.name)
            engine = make_engine(path, journal=journal, identity=identity)
            with contextlib.ExitStack() as stack:
                if held is None:  # a reader still needs the lock to migrate
                    stack.enter_context(CarnetLock.acquire(path))
                if before_migration is not None:
                    before_migration(path)
                with storage_errors(path):
                    apply_migrations(engine)
        carnet = Carnet(path, device_id(), read_only=read_only, lock=held, risky=risky, journal=journal,
                        backup_warning=warning, identity=identity, opening_notes=notes, immutable=immutable,
                        engine_made=engine)
        # Brought up to date: the file changed, so closing backs up the updated carnet.
        carnet.changed = revision != SCHEMA_REVISION
        # Connect now: a journal switch refused by another program fails here, not mid-action. And
        # stamp after the newest stamp this carnet has seen (a merged copy's computer may have a clock
        # ahead of this one), or a later edit here would lose to an older one in the next merge.
        try:
            with carnet.plain() as connection:
                seen = meta_rows(connection, (LAST_STAMP_KEY,)).get(LAST_STAMP_KEY)
        except CarnetBusyError as error:
            raise busy_error(path) from error  # no action was lost: the opening's own sentence
        if seen:
            carnet.clock.observe(seen)
    except BaseException:
        if engine is not None:
            engine.dispose()
        if held is not None:
            held.release()
        raise
    return carnet


def create_carnet(path: Path, *, lock: bool = True) -> Carnet:
    """Create an empty carnet at the current schema; refuses to overwrite an existing file."""
    from progression.schema import Meta

    path = Path(path)
    if path.exists():
        raise ProgressionError("carnet.create_exists", path=path)
    if not path.parent.exists():
        raise ProgressionError("carnet.create_no_folder", parent=path.parent)
    check_file_name(path, reserve=len("-journal"))  # SQLite's companions sit beside it
    held = CarnetLock.acquire(path) if lock else None
    risky = location.risky_place(path)
    journal = journal_mode(risky is not None)
    engine = make_engine(path, journal=journal)
    try:
        with storage_errors(path):
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            apply_migrations(engine)
        carnet = Carnet(path, device_id(), lock=held, risky=risky, journal=journal, identity=file_identity(path),
                        engine_made=engine)
        with carnet.session() as session:
            session.add_all(
                [
                    Meta(key="application", value="progression"),
                    Meta(key="created_at", value=datetime.now(UTC).isoformat(timespec="seconds")),
                    Meta(key="created_by_version", value=__version__),
                    # Which carnet a backup is a copy of, whatever the files are called.
                    Meta(key="carnet_id", value=new_id()),
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
