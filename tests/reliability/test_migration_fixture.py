"""A carnet written by the first released version (schema 0001) still opens with all its data.

``tests/data/carnets/0001-demo.carnet`` was made by ``progression demo --pupils 6`` with the
code of commit 0492a3d, before locks, backups at close and rollback-journal closing: it is
left in WAL mode and has no ``carnet_id``. Never regenerate it with newer code: when the
schema moved to 0002, this file is what proves the migration keeps teachers' years intact.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reliability_helpers import count, integrity, table_dump

from progression.backup import list_backups
from progression.service import CarnetService

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "carnets" / "0001-demo.carnet"
EXPECTED = {
    "pupil": 6, "enrolment": 6, "observation": 508, "fluency_measure": 30, "appreciation": 12,
    "synthesis_override": 1, "period": 5, "school_year": 1, "class_group": 1, "scale": 2, "scale_step": 11,
    "framework": 5, "framework_item": 170, "setting": 9,
}


def test_released_carnet_opens_with_every_row(tmp_path: Path) -> None:
    path = tmp_path / "0001-demo.carnet"
    shutil.copy(FIXTURE, path)
    before = table_dump(path)
    service = CarnetService.open(path)
    try:
        assert service.counts() == {"pupils": 6, "observations": 508, "fluency_measures": 30}
        assert service.class_info().year_label == "2026-2027"
        rows = service.synthesis(1)
        assert rows and all(r.pupil_id in {p.id for p in service.pupils()} for r in rows)
        assert all(service.appreciations(p.index) is not None for p in service.periods())
    finally:
        service.close()
    assert integrity(path) == "ok"
    for table, expected in EXPECTED.items():
        assert count(path, table) == expected, table
    after = table_dump(path)
    for table in set(before) - {"alembic_version", "fluency_measure"}:
        assert after[table] == before[table], table  # opening changed no teacher data
    # 0002: each reading keeps every value and is now said to be the reading of a text.
    assert after["fluency_measure"] == sorted((*row, "text") for row in before["fluency_measure"])
    assert after["alembic_version"] == [("0002",)]
    new_tables = {"code_unit", "code_mark", "work", "work_reading", "need_group", "need_group_member", "reading_grid"}
    assert new_tables <= set(after) and all(after[table] == [] for table in new_tables)
    # Backups of a carnet without carnet_id are told apart by its creation stamp.
    # One copy before the update (the day's backup too), one of the updated carnet at close.
    assert [(b.reason, b.pupils) for b in list_backups(path)] == [("fermeture", 6), ("migration", 6)]


def test_fixture_is_a_single_untouched_file() -> None:
    """Opening the fixture in place (even read-only) would leave -wal/-shm beside it: tests copy it."""
    assert sorted(p.name for p in FIXTURE.parent.iterdir()) == [FIXTURE.name]
    with FIXTURE.open("rb") as handle:
        header = handle.read(20)
    assert header[18:20] == b"\x02\x02"  # still in WAL mode, as the first release left it
