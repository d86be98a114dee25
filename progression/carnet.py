"""Opening a carnet file safely.

Opening: check the file is a carnet (SQLite header, application id, meta table), run a
quick integrity check, refuse a carnet written by a newer version, back up then apply
pending migrations, and set the pragmas that make every committed action durable
(``foreign_keys``, WAL, ``synchronous=FULL``). Every user action is then one short
transaction committed at once.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from progression import __version__, paths
from progression.errors import DamagedCarnetError, NewerCarnetError, ProgressionError
from progression.hlc import HybridClock
from progression.schema import SCHEMA_REVISION, Meta, Synced

# "Prog" in ASCII: lets `file` and our own check recognise a carnet without reading tables.
APPLICATION_ID = 0x50726F67
SQLITE_MAGIC = b"SQLite format 3\x00"
KNOWN_REVISIONS = ("0001",)


def device_id() -> str:
    """This installation's id, kept beside the per-user data so each computer signs its edits."""
    path = paths.data_home() / "device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        if value:
            return value
    except OSError:
        pass
    import uuid

    value = str(uuid.uuid4())
    try:
        path.write_text(value, encoding="ascii")
    except OSError:
        pass  # a read-only home still lets the teacher work; the id just changes next time
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

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self.session_factory()
        session.info["carnet"] = self
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def stamp(self) -> str:
        return self.clock.stamp()

    def close(self) -> None:
        with self.engine.connect() as conn:
            # Folding the WAL back leaves one self-contained file to copy to a USB key.
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()


def _stamp_synced_rows(session: Session, _context: Any, _instances: Any) -> None:
    carnet: Carnet | None = session.info.get("carnet")
    if carnet is None:
        return
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Synced) and (obj in session.new or session.is_modified(obj)):
            obj.modified_at = carnet.stamp()
            obj.device_id = carnet.device_id


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Python's sqlite3 would otherwise skip BEGIN before reads; SQLAlchemy emits it (see "begin").
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    # Deleted pupils' names must not survive in free pages (RGPD erasure).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def _session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _stamp_synced_rows)
    return factory


def inspect_file(path: Path) -> str | None:
    """Check that ``path`` holds a readable carnet; return its schema revision.

    Raises DamagedCarnetError with a sentence a teacher can act on.
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
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            result = conn.execute("PRAGMA quick_check").fetchall()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if app_id != APPLICATION_ID and "meta" not in tables:
                raise DamagedCarnetError(
                    f"Le fichier « {name} » est une base SQLite, mais pas un carnet Progression."
                )
            if result != [("ok",)]:
                raise DamagedCarnetError(
                    f"Le carnet « {name} » est endommagé (contrôle d'intégrité en échec). "
                    "Restaurez la dernière sauvegarde."
                )
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise DamagedCarnetError(
            f"Le carnet « {name} » est endommagé ou illisible ({error}). Restaurez la dernière sauvegarde."
        ) from error
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerCarnetError(
            f"Le carnet « {name} » a été écrit par une version plus récente de Progression "
            f"(schéma {revision}). Installez la dernière version pour l'ouvrir."
        )
    return revision


def _alembic_upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


BeforeMigration = Callable[[Path], object]


def open_carnet(path: Path, *, before_migration: BeforeMigration | None = None) -> Carnet:
    """Open an existing carnet, migrating it to the current schema after a backup."""
    path = Path(path)
    revision = inspect_file(path)
    engine = _make_engine(path)
    if revision != SCHEMA_REVISION:
        if before_migration is not None:
            before_migration(path)
        _alembic_upgrade(engine)
    carnet = Carnet(path, engine, _session_factory(engine), device_id())
    if not os.access(path, os.W_OK):
        carnet.read_only = True
    return carnet


def create_carnet(path: Path) -> Carnet:
    """Create an empty carnet at the current schema; refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise ProgressionError(f"Le fichier « {path} » existe déjà : choisissez un autre nom.")
    if not path.parent.exists():
        raise ProgressionError(f"Le dossier « {path.parent} » n'existe pas.")
    engine = _make_engine(path)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        _alembic_upgrade(engine)
        carnet = Carnet(path, engine, _session_factory(engine), device_id())
        with carnet.session() as session:
            session.add_all(
                [
                    Meta(key="application", value="progression"),
                    Meta(key="created_at", value=datetime.now(UTC).isoformat(timespec="seconds")),
                    Meta(key="created_by_version", value=__version__),
                ]
            )
    except Exception:
        engine.dispose()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return carnet
