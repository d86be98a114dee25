"""How a connection to a carnet is made, plain or through SQLAlchemy: the pragmas that make every
committed action durable, the guard that never opens a connection onto another file than the carnet
opened, and the engine, made only when something needs SQLAlchemy (``Carnet.engine``)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from progression import storage
from progression.storage import sqlite_uri
from progression.storage_errors import CarnetReplacedError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

# "wal" or "delete": forces the journal mode (the crash tests run both); unset, WAL is used
# except where ``progression.location`` finds a risky place.
JOURNAL_ENV = "PROGRESSION_JOURNAL"


FileIdentity = tuple[int, int]


def file_identity(path: Path) -> FileIdentity | None:
    """(device, inode) of the file at ``path``: it changes when another file is put in its place."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


class _Signing(Protocol):
    def signature(self) -> dict[str, str]: ...


def _stamp_rows(session: Session, _context: Any, _instances: Any) -> None:
    """Every row added or changed through a session is stamped as it is flushed (``Carnet.signature``)."""
    from progression.schema import Setting, Synced

    carnet: _Signing | None = session.info.get("carnet")
    if carnet is None:
        return
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Synced | Setting) and (obj in session.new or session.is_modified(obj)):
            for column, value in carnet.signature().items():
                setattr(obj, column, value)


def journal_mode(risky: bool) -> str:
    """WAL normally, the rollback journal in risky places; ``PROGRESSION_JOURNAL`` forces one."""
    forced = os.environ.get(JOURNAL_ENV, "").strip().lower()
    if forced in ("wal", "delete"):
        return forced.upper()
    return "DELETE" if risky else "WAL"


def configurer(journal: str | None) -> Callable[[sqlite3.Connection, Any], None]:
    def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Python's sqlite3 would otherwise skip BEGIN before reads; SQLAlchemy emits it (see "begin").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(storage.BUSY_TIMEOUT * 1000)}")
        if journal is not None:
            # Only the lock holder changes the journal mode; a reader takes the file as it is.
            cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA synchronous=FULL")
        # Deleted pupils' names must not survive in free pages (RGPD erasure).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    return configure


def driver(connection: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy one, for the few statements written for SQLite itself
    (``progression.storage``), run in the same transaction."""
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _begin(conn: Any) -> None:
    conn.connection.driver_connection.execute("BEGIN")


def _guard(path: Path, expected: FileIdentity | None) -> Callable[[sqlite3.Connection, Any], None]:
    """Tag each new connection with the file it opened, and never open one onto another file than
    the carnet that was opened (``Carnet._check_same_file`` says it first, with the rescue)."""

    def guard(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        try:
            record.info["identity"] = refuse_another_file(path, expected)
        except CarnetReplacedError:
            dbapi_connection.close()
            raise

    return guard


def refuse_another_file(path: Path, expected: FileIdentity | None) -> FileIdentity | None:
    now = file_identity(path)
    if expected is not None and now is not None and now != expected:
        raise CarnetReplacedError("carnet.replaced_now", name=path.name)
    return now


def connect(path: Path, *, read_only: bool, immutable: bool) -> sqlite3.Connection:
    """A new connection to the carnet, for a plain one (``Carnet.plain``) and for a read-only
    engine's pool; a writer's engine lets SQLAlchemy connect."""
    if read_only:
        params = {"mode": "ro", "immutable": "1"} if immutable else {"mode": "ro"}
        return sqlite3.connect(sqlite_uri(path, **params), uri=True, check_same_thread=False)
    return sqlite3.connect(path, check_same_thread=False)


def make_engine(path: Path, *, journal: str | None = "WAL", read_only: bool = False,
                 immutable: bool = False, identity: FileIdentity | None = None) -> Engine:
    from sqlalchemy import create_engine, event

    if read_only:
        engine = create_engine(f"sqlite:///{path}", future=True,
                               creator=lambda: connect(path, read_only=True, immutable=immutable))
        journal = None
    else:
        engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _guard(path, identity))
    event.listen(engine, "connect", configurer(journal))
    event.listen(engine, "begin", _begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy import event
    from sqlalchemy.orm import sessionmaker

    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _stamp_rows)
    return factory


def apply_migrations(engine: Engine) -> None:
    """Bring the database to this version's schema (Alembic, ``progression/migrations``)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
