"""Next year's carnet on the school server, checked with raw SQL as each login: the new teacher reads the
pupils' past rows once granted on the new class, never before; the previous teacher keeps reading last
year's class only if granted, read-only, and her sync then sends nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import exc

from progression.cli import main
from progression.demo import make_demo
from progression.handover import NextYear, make_next_year
from progression.operations import RecordObservations
from progression.service import CarnetService
from progression.storage import read_meta
from tests.command_line import run_progression
from tests.server.helpers import as_login, login_url, ready_server


def _observations(url: str, carnet_id: str) -> int:
    return int(as_login(url, "SELECT count(*) FROM observation WHERE carnet_id = :c", {"c": carnet_id})[0][0])


def test_the_new_class_and_last_years_on_the_server(postgres_cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin, database = ready_server(postgres_cluster)
    anna, bruno = (login_url(postgres_cluster, database, login) for login in ("anna", "bruno"))
    last_year = tmp_path / "ce1-ce2.carnet"
    make_demo(last_year, pupils=8, seed=3).close()
    assert main(["server", "grant", admin, "anna", "--carnet", str(last_year)]) == 0
    assert main(["sync", str(last_year), anna]) == 0
    old_id = read_meta(last_year)["carnet_id"]
    past = _observations(anna, old_id)
    assert past > 0

    # June: Bruno's class for next year is made from Anna's.
    next_year = tmp_path / "ce2-cm1.carnet"
    make_next_year(next_year, [last_year], NextYear("CE2-CM1", "2027-2028", teacher="M. Bruno"))
    new_id = read_meta(next_year)["carnet_id"]
    # Bruno teaches at the school (another class this year), not yet granted on the new one: he can
    # neither send the new carnet nor read anything of it.
    other = tmp_path / "cp.carnet"
    assert main(["new", str(other), "--class", "CP", "--grades", "CP"]) == 0
    assert main(["server", "grant", admin, "bruno", "--carnet", str(other)]) == 0
    refused = run_progression("sync", next_year, bruno)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr, refused.stderr
    assert "refuse cet accès à « bruno »" in refused.stderr, refused.stderr
    assert _observations(admin, new_id) == 0
    assert main(["server", "grant", admin, "bruno", "--carnet", str(next_year)]) == 0
    assert main(["sync", str(next_year), bruno]) == 0
    # Granted on the new class: the pupils' past rows, sent with the new carnet, are his to read…
    assert _observations(bruno, new_id) == past
    pupils = {row[0] for row in as_login(bruno, "SELECT id FROM pupil WHERE carnet_id = :c", {"c": new_id})}
    assert pupils == {row[0] for row in as_login(anna, "SELECT id FROM pupil WHERE carnet_id = :c", {"c": old_id})}
    # … but not last year's carnet itself, nor Anna the new one.
    assert _observations(bruno, old_id) == 0
    assert _observations(anna, new_id) == 0

    # Anna keeps reading last year's class only as granted: read-only now.
    assert main(["server", "grant", admin, "anna", "--carnet", str(last_year), "--read-only"]) == 0
    assert _observations(anna, old_id) == past
    assert as_login(anna, "UPDATE observation SET comment = 'x' WHERE carnet_id = :c", {"c": old_id}) == [(0,)]
    with pytest.raises(exc.ProgrammingError, match="row-level security"):
        as_login(anna, "INSERT INTO erased_pupil (carnet_id, pupil_id) VALUES (:c, 'p')", {"c": old_id})
    # Her sync still brings back what the server has, and refuses to send what she noted since.
    assert main(["sync", str(last_year), anna]) == 0
    service = CarnetService.open(last_year)
    try:
        pupil = service.pupils()[0]
        item = next(i for i in service.items([pupil.grade]) if i.kind == "objective")
        service.run(RecordObservations(((pupil.id, item.id),), service.step_by_rank(2).id, date(2027, 6, 10)))
    finally:
        service.close()
    ran = run_progression("sync", last_year, anna)
    assert ran.returncode == 1 and "lecture pour vous" in ran.stderr and "rien n'a été changé" in ran.stderr
    assert _observations(admin, old_id) == past
    # Granting again without --read-only gives writing back; revoking takes reading away too.
    assert main(["server", "grant", admin, "anna", "--carnet", str(last_year)]) == 0
    assert main(["sync", str(last_year), anna]) == 0
    assert _observations(admin, old_id) == past + 1
    assert main(["server", "revoke", admin, "anna", "--carnet", str(last_year)]) == 0
    with pytest.raises(exc.ProgrammingError, match="permission denied"):  # no grant left: not even reading
        _observations(anna, old_id)


def test_read_only_is_for_a_teachers_grant(postgres_cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin, _database = ready_server(postgres_cluster)
    ran = run_progression("server", "grant", admin, "dora", "--role", "director", "--school", "École", "--read-only")
    assert ran.returncode == 1 and "--read-only ne vaut que" in ran.stderr
