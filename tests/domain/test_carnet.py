"""Opening, creating and refusing carnets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from progression.carnet import APPLICATION_ID, inspect_file
from progression.errors import DamagedCarnetError, NewerCarnetError, ProgressionError
from progression.schema import SCHEMA_REVISION
from progression.service import CarnetService, NewClass


def test_new_carnet_is_marked_and_at_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "c.carnet"
    CarnetService.create(path, NewClass(label="CP")).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_REVISION
    conn.close()
    assert inspect_file(path) == SCHEMA_REVISION


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "c.carnet"
    path.write_bytes(b"precious")
    with pytest.raises(ProgressionError, match="existe déjà"):
        CarnetService.create(path, NewClass(label="CP"))
    assert path.read_bytes() == b"precious"


def test_the_reference_schema_is_what_the_migrations_make() -> None:
    """A copy is checked against resources/schema/reference.json: it must follow every migration."""
    import json

    from progression.merge_checks import REFERENCE_SCHEMA, migrated_schema

    described = json.dumps(migrated_schema(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    assert REFERENCE_SCHEMA.read_text(encoding="utf-8") == described, "python tools/update_reference_schema.py"


def test_migrations_describe_exactly_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from progression.schema import Base

    path = tmp_path / "c.carnet"
    service = CarnetService.create(path, NewClass(label="CP"))
    with service.carnet.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    service.close()
    assert diff == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "vide"),
        (b"Nom;Prenom\nMartin;Lucas\n", "pas un carnet"),
        (b"\x00" * 4096, "pas un carnet"),
    ],
)
def test_files_that_are_not_carnets(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.carnet"
    path.write_bytes(content)
    with pytest.raises(DamagedCarnetError, match=message):
        CarnetService.open(path)
    assert path.read_bytes() == content


def test_sqlite_file_of_another_application(tmp_path: Path) -> None:
    path = tmp_path / "other.carnet"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedCarnetError, match="pas un carnet Progression"):
        CarnetService.open(path)


def test_damaged_carnet_is_refused_and_untouched(demo_path: Path) -> None:
    data = bytearray(demo_path.read_bytes())
    # Scribble over the middle of the file, where table pages live.
    for offset in range(len(data) // 2, len(data) // 2 + 8192):
        data[offset] = 0xA5
    demo_path.write_bytes(bytes(data))
    with pytest.raises(DamagedCarnetError, match="endommagé"):
        CarnetService.open(demo_path)
    assert demo_path.read_bytes() == bytes(data)


def test_truncated_carnet_is_refused(demo_path: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 3])
    with pytest.raises(DamagedCarnetError):
        CarnetService.open(demo_path)


def test_newer_carnet_is_refused(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerCarnetError, match="version plus récente"):
        CarnetService.open(demo_path)


def test_every_change_is_stamped_for_merging(empty) -> None:
    from sqlalchemy import select

    from progression.schema import Pupil

    with empty.carnet.session() as session:
        pupils = session.scalars(select(Pupil)).all()
    assert all(p.modified_at and p.device_id == empty.carnet.device_id for p in pupils)
    stamps = sorted(p.modified_at for p in pupils)
    assert len(set(stamps)) == len(stamps)


def test_models_compile_for_postgresql() -> None:
    """A school server later: the same models must create PostgreSQL tables."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    from progression.schema import Base

    for table in Base.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=postgresql.dialect()))
        assert "CREATE TABLE" in ddl
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=postgresql.dialect()))


def test_hybrid_clock_never_goes_back() -> None:
    from progression.hlc import HybridClock, parse_stamp

    now = [1_000]
    clock = HybridClock(lambda: now[0])
    first = clock.stamp()
    now[0] = 900  # the computer's clock is set back
    second = clock.stamp()
    clock.observe("000000000005000.00003")  # a stamp from another computer, ahead of us
    third = clock.stamp()
    assert first < second < third
    assert parse_stamp(third) == (5000, 4)
