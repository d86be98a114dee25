"""``progression sync CARNET URL``: two copies of one class's carnet meet through a real PostgreSQL,
by the file merge's rules; idempotent; a cut after the server's commit loses and doubles nothing."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from progression.cli import main
from progression.operations import RecordObservations, SetObservationsDeleted
from progression.server import sync
from progression.server.status import SyncStatus, sync_status
from progression.service import CarnetService
from progression.storage import read_meta
from tests.server.helpers import carnet_rows, login_url, ready_server, server_ids

DAY = date(2026, 10, 5)


@pytest.fixture
def class_copies(empty, tmp_path: Path) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """The school's carnet and the co-teacher's copy of it, both closed."""
    empty.close()
    school = empty.carnet.path
    laptop = tmp_path / "portable" / "classe.carnet"
    laptop.parent.mkdir()
    shutil.copy(school, laptop)
    return school, laptop


@pytest.fixture
def server(postgres_cluster, class_copies):  # type: ignore[no-untyped-def]
    """A ready server where two logins teach the class: (URL for anna, URL for bruno, admin URL)."""
    admin, database = ready_server(postgres_cluster)
    school, _ = class_copies
    for login in ("anna", "bruno"):
        assert main(["server", "grant", admin, login, "--carnet", str(school)]) == 0
    return login_url(postgres_cluster, database, "anna"), login_url(postgres_cluster, database, "bruno"), admin


def _record(path: Path, rank: int, pupil: str = "Lucas", objective: int = 0) -> str:
    service = CarnetService.open(path)
    try:
        lucas = next(p for p in service.pupils() if p.first_name == pupil)
        grade = "CE1" if pupil == "Lucas" else "CE2"
        item = [i for i in service.items([grade]) if i.kind == "objective"][objective]
        done = service.run(RecordObservations(((lucas.id, item.id),), service.step_by_rank(rank).id, DAY))
        return str(done.recorded[0].id)
    finally:
        service.close()


def _sync(path: Path, url: str, capsys) -> dict[str, int]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert main(["sync", str(path), url, "--json"]) == 0, capsys.readouterr().err
    return dict(json.loads(capsys.readouterr().out))


def test_two_teachers_of_one_class_converge_through_the_server(class_copies, server, capsys) -> None:
    school, laptop = class_copies
    anna, bruno, admin = server
    _record(school, 2)
    mark = _record(laptop, 3, objective=1)
    _record(laptop, 4, pupil="Noé")
    first = _sync(school, anna, capsys)
    assert first["sent"] > 0 and first["received"] == 0  # the whole carnet goes up the first time
    second = _sync(laptop, bruno, capsys)
    assert second["received"] >= 1  # anna's observation (the rest bruno's copy already had)
    assert _sync(school, anna, capsys)["received"] >= 2  # bruno's two observations
    assert carnet_rows(school) == carnet_rows(laptop)  # row by row, tombstones, stamps and devices included
    observations = carnet_rows(school)["observation"]
    assert len(observations) == 3 and mark in {row[-4] for row in observations}
    carnet_id = read_meta(school)["carnet_id"]
    assert sorted(server_ids(admin, "observation", carnet_id)) == sorted(row[-4] for row in observations)


def test_a_second_sync_sends_and_receives_nothing(class_copies, server, capsys) -> None:
    school, laptop = class_copies
    anna, bruno, _ = server
    _record(school, 2)
    _sync(school, anna, capsys)
    _sync(laptop, bruno, capsys)
    assert _sync(school, anna, capsys) == {"sent": 0, "received": 0}
    assert _sync(laptop, bruno, capsys) == {"sent": 0, "received": 0}


def test_a_deletion_travels_as_a_tombstone(class_copies, server, capsys) -> None:
    school, laptop = class_copies
    anna, bruno, _ = server
    observation = _record(school, 2)
    _sync(school, anna, capsys)
    _sync(laptop, bruno, capsys)
    service = CarnetService.open(laptop)
    service.run(SetObservationsDeleted((observation,), True))
    service.close()
    assert _sync(laptop, bruno, capsys) == {"sent": 1, "received": 0}
    assert _sync(school, anna, capsys)["received"] == 1
    service = CarnetService.open(school)
    assert observation not in {o.id for o in service.observations()}
    service.close()
    assert carnet_rows(school) == carnet_rows(laptop)


def test_a_cut_after_the_server_committed_is_finished_by_the_next_sync(class_copies, server, capsys,
                                                                       monkeypatch) -> None:
    school, laptop = class_copies
    anna, bruno, admin = server
    _record(school, 2)
    _sync(school, anna, capsys)
    _record(laptop, 3, objective=1)

    def cut() -> None:
        raise ConnectionResetError("network cut")

    monkeypatch.setattr(sync, "_after_server_commit", cut)
    with pytest.raises(ConnectionResetError):
        sync.sync_carnet(laptop, bruno)
    monkeypatch.undo()
    carnet_id = read_meta(laptop)["carnet_id"]
    on_server = server_ids(admin, "observation", carnet_id)
    assert len(on_server) == 2  # the server committed bruno's observation
    again = _sync(laptop, bruno, capsys)
    assert again["sent"] == 0  # what the server already has changes nothing there
    assert again["received"] >= 1  # anna's observation, which the cut kept from the carnet
    assert sorted(server_ids(admin, "observation", carnet_id)) == sorted(on_server)  # nothing doubled
    assert _sync(laptop, bruno, capsys) == {"sent": 0, "received": 0}
    _sync(school, anna, capsys)
    assert carnet_rows(school) == carnet_rows(laptop)


def test_an_erased_pupil_is_erased_on_the_server_and_named_to_the_other_teacher(class_copies, server,
                                                                                 capsys) -> None:
    school, laptop = class_copies
    anna, bruno, admin = server
    _record(school, 2)
    _sync(school, anna, capsys)
    _sync(laptop, bruno, capsys)
    service = CarnetService.open(school)
    lucas = next(p for p in service.pupils() if p.first_name == "Lucas")
    service.close()
    assert main(["purge-pupil", str(school), lucas.id, "--yes"]) == 0
    _sync(school, anna, capsys)
    carnet_id = read_meta(school)["carnet_id"]
    assert lucas.id not in server_ids(admin, "pupil", carnet_id)
    assert server_ids(admin, "observation", carnet_id) == []
    capsys.readouterr()
    assert main(["sync", str(laptop), bruno]) == 0
    assert "Lucas Martin" in capsys.readouterr().out  # the file merge's sentence: erase him here too
    _record(laptop, 1, pupil="Lucas")  # bruno records on him before erasing: never goes back up
    _sync(laptop, bruno, capsys)
    assert server_ids(admin, "observation", carnet_id) == []


def test_the_status_says_what_waits_and_when_the_last_sync_ended(class_copies, server, capsys) -> None:
    school, _ = class_copies
    anna, _, _ = server
    service = CarnetService.open(school)
    try:
        before = sync_status(service)
        assert before == SyncStatus(None, None, 0)  # never synced: the status line stays silent, nothing counted
    finally:
        service.close()
    _sync(school, anna, capsys)
    _record(school, 2)
    service = CarnetService.open(school)
    try:
        status = sync_status(service)
        assert status.pending == 1 and status.last is not None and status.address == anna
        sync.sync_service(service, status.address)
        assert sync_status(service).pending == 0
    finally:
        service.close()


def test_rows_a_copy_brings_after_a_sync_still_go_to_the_server(class_copies, server, capsys) -> None:
    from progression.merge import merge_copy

    school, laptop = class_copies
    anna, _, admin = server
    older = _record(laptop, 3, objective=1)  # on the copy, before the school's sync
    _record(school, 2)
    _sync(school, anna, capsys)
    service = CarnetService.open(school)
    try:
        merge_copy(service, laptop)
    finally:
        service.close()
    assert _sync(school, anna, capsys)["sent"] >= 1
    assert older in server_ids(admin, "observation", read_meta(school)["carnet_id"])
    assert _sync(school, anna, capsys) == {"sent": 0, "received": 0}


def test_reading_beyond_the_grid_travels_through_the_server(class_copies, server, capsys) -> None:
    """Schema 0002's rows (code, works read, reading grids, what a timed reading read) sync like marks."""
    from progression import code_progression, works
    from progression.operations import (
        AddFluencyMeasure,
        AddReadingGrid,
        AddWork,
        MarkCode,
        RecordReadings,
        SeedCodeProgression,
    )
    from progression.reading_grids import grid

    school, laptop = class_copies
    anna, bruno, admin = server
    service = CarnetService.open(school)
    try:
        lucas, noe = sorted(service.pupils(), key=lambda p: p.first_name)
        service.run(AddWork("Les Trois Brigands", "Tomi Ungerer", "album"))
        work = works.class_works(service)[0]
        service.run(RecordReadings(work.id, (lucas.id, noe.id), DAY, "alone"))
        service.run(SeedCodeProgression(code_progression.default_units()[:3]))
        unit = code_progression.units(service)[0]
        service.run(MarkCode(((lucas.id, unit.id),), service.step_by_rank(3).id, DAY))
    finally:
        service.close()
    service = CarnetService.open(laptop)
    try:
        noe = next(p for p in service.pupils() if p.first_name == "Noé")
        levels = tuple((c.code, 3) for c in grid("prosody").criteria)
        service.run(AddReadingGrid(noe.id, DAY, "prosody", levels, text_title="Rascal"))
        service.run(AddFluencyMeasure(noe.id, DAY, 40, 2, 60.0, reading_kind="syllables"))
    finally:
        service.close()
    for path, url in ((school, anna), (laptop, bruno), (school, anna)):
        _sync(path, url, capsys)
    assert carnet_rows(school) == carnet_rows(laptop)
    rows = carnet_rows(school)
    for table, count in (("work", 1), ("work_reading", 2), ("code_unit", 3), ("code_mark", 1), ("reading_grid", 1)):
        assert len(rows[table]) == count, table
    assert [row for row in rows["fluency_measure"] if "syllables" in row]
    carnet_id = read_meta(school)["carnet_id"]
    assert len(server_ids(admin, "work_reading", carnet_id)) == 2


def test_a_stamp_written_in_an_older_form_reaches_the_server_in_sortable_form(class_copies, server,
                                                                              capsys) -> None:
    """The server compares stamps as text: one this app never writes now (no leading zeros, no
    counter) goes up padded, and one no clock wrote counts as the oldest, as in a file merge."""
    import sqlite3

    from tests.server.helpers import as_login

    school, _ = class_copies
    anna, _, admin = server
    older, unreadable = _record(school, 2), _record(school, 3, objective=1)
    connection = sqlite3.connect(school)
    with connection:
        connection.execute("UPDATE observation SET modified_at = '1790000000000' WHERE id = ?", (older,))
        connection.execute("UPDATE observation SET modified_at = 'hier' WHERE id = ?", (unreadable,))
    connection.close()
    _sync(school, anna, capsys)
    stamps = dict(as_login(admin, "SELECT id, modified_at FROM observation WHERE id IN (:a, :b)",
                           {"a": older, "b": unreadable}))
    assert stamps == {older: "001790000000000.00000", unreadable: ""}
