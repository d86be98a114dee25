"""Who sees what on the school server, enforced by PostgreSQL and tested with raw SQL as each login:
a teacher reads and writes only her classes, a director reads her school's, an inspector only
pseudonymised counts with no cell under 5 pupils."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import exc

from progression.cli import main
from progression.demo import make_demo
from progression.storage import read_meta
from tests.server.helpers import carnet_rows, login_url, ready_server

SCHOOL = "École élémentaire Jean-Jaurès, Rennes"  # the demo class's school


@dataclass
class School:
    admin: str
    database: str
    cluster: object
    carnets: dict[str, Path]  # "A", "B": two classes of the school; "C": a class of another school
    ids: dict[str, str]

    def url(self, login: str) -> str:
        return login_url(self.cluster, self.database, login)


def _as(url: str, sql: str, params: dict | None = None) -> list[tuple]:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            result = connection.execute(sa.text(sql), params or {})
            return [tuple(row) for row in result] if result.returns_rows else [(result.rowcount,)]
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def school(postgres_cluster, tmp_path_factory) -> School:  # type: ignore[no-untyped-def]
    admin, database = ready_server(postgres_cluster)
    folder = tmp_path_factory.mktemp("ecole")
    carnets = {}
    for name, seed in (("A", 1), ("B", 2)):
        carnets[name] = folder / f"{name}.carnet"
        make_demo(carnets[name], pupils=24, seed=seed).close()
    carnets["C"] = folder / "C.carnet"
    assert main(["new", str(carnets["C"]), "--class", "CM1", "--school", "École Pasteur"]) == 0
    ids = {name: read_meta(path)["carnet_id"] for name, path in carnets.items()}
    found = School(admin, database, postgres_cluster, carnets, ids)
    for login, name in (("anna", "A"), ("bruno", "B"), ("carla", "C")):
        assert main(["server", "grant", admin, login, "--carnet", str(carnets[name])]) == 0
        assert main(["sync", str(carnets[name]), found.url(login)]) == 0
    assert main(["server", "grant", admin, "dora", "--role", "director", "--school", SCHOOL]) == 0
    assert main(["server", "grant", admin, "ines", "--role", "inspector", "--school", SCHOOL]) == 0
    return found


def test_a_teacher_reads_only_her_class(school: School) -> None:
    anna = school.url("anna")
    for table in ("pupil", "observation", "enrolment", "appreciation", "class_group", "setting", "framework_item"):
        assert _as(anna, f"SELECT DISTINCT carnet_id FROM {table}") == [(school.ids["A"],)], table
    assert _as(anna, "SELECT count(*) FROM pupil WHERE carnet_id = :b", {"b": school.ids["B"]}) == [(0,)]


def test_a_teacher_cannot_write_another_class(school: School) -> None:
    anna, other = school.url("anna"), school.ids["B"]
    before = _as(school.admin, "SELECT count(*), max(server_seq) FROM observation WHERE carnet_id = :b", {"b": other})
    with pytest.raises(exc.ProgrammingError, match="row-level security"):
        _as(anna, "INSERT INTO pupil (carnet_id, id, last_name, first_name, note, modified_at, device_id) "
                  "VALUES (:b, 'x', 'Intrus', 'Ignace', '', '', '')", {"b": other})
    assert _as(anna, "UPDATE observation SET comment = 'vu' WHERE carnet_id = :b", {"b": other}) == [(0,)]
    assert _as(anna, "DELETE FROM observation WHERE carnet_id = :b", {"b": other}) == [(0,)]
    with pytest.raises(exc.ProgrammingError, match="row-level security"):  # moving her own rows into it neither
        _as(anna, "UPDATE pupil SET carnet_id = :b WHERE carnet_id = :a", {"a": school.ids["A"], "b": other})
    with pytest.raises(exc.ProgrammingError, match="permission denied"):
        _as(anna, "SELECT * FROM class_grant")
    after = _as(school.admin, "SELECT count(*), max(server_seq) FROM observation WHERE carnet_id = :b", {"b": other})
    assert after == before


def test_syncing_a_class_not_granted_is_refused_and_leaves_the_carnet_as_it_was(school: School, capsys) -> None:
    path = school.carnets["B"]
    with sqlite3.connect(path) as connection:
        before = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    rows = carnet_rows(path)
    capsys.readouterr()
    assert main(["sync", str(path), school.url("anna")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Le serveur") and "anna" in err and "droits" in err and "\n" not in err
    assert carnet_rows(path) == rows
    with sqlite3.connect(path) as connection:
        assert dict(connection.execute("SELECT key, value FROM meta").fetchall()) == before


def test_a_director_reads_the_classes_of_her_school_only_and_writes_nothing(school: School) -> None:
    dora = school.url("dora")
    seen = {row[0] for row in _as(dora, "SELECT DISTINCT carnet_id FROM pupil")}
    assert seen == {school.ids["A"], school.ids["B"]}
    with pytest.raises(exc.ProgrammingError, match="permission denied"):
        _as(dora, "UPDATE observation SET comment = 'vu'")
    with pytest.raises(exc.ProgrammingError, match="permission denied"):
        _as(dora, "DELETE FROM pupil")


def test_an_inspector_sees_only_counts_without_names_and_no_cell_under_five(school: School) -> None:
    ines = school.url("ines")
    for table in ("pupil", "observation", "appreciation", "fluency_measure", "enrolment", "class_group"):
        with pytest.raises(exc.ProgrammingError, match="permission denied"):
            _as(ines, f"SELECT 1 FROM {table} LIMIT 1")
    engine = sa.create_engine(ines)
    with engine.connect() as connection:
        result = connection.execute(sa.text("SELECT * FROM inspector_steps"))
        columns, rows = list(result.keys()), result.fetchall()
    engine.dispose()
    assert columns == ["school", "class_code", "school_year", "period", "grade", "objective", "step", "pupils"]
    assert rows and min(row.pupils for row in rows) >= 5
    assert {row.school for row in rows} == {SCHOOL}
    names = {value for row in _as(school.admin, "SELECT last_name, first_name, ine FROM pupil") for value in row}
    assert not names & {value for row in rows for value in row}
    assert not {school.ids["A"], school.ids["B"]} & {row.class_code for row in rows}
    # The suppression is not idle: without it, smaller cells exist in these classes.
    small = _as(school.admin, "SELECT count(*) FROM (SELECT o.item_id, e.grade, s.rank FROM observation o "
                              "JOIN enrolment e ON e.carnet_id = o.carnet_id AND e.pupil_id = o.pupil_id "
                              "JOIN scale_step s ON s.carnet_id = o.carnet_id AND s.id = o.step_id "
                              "GROUP BY o.carnet_id, o.item_id, e.grade, s.rank "
                              "HAVING count(DISTINCT o.pupil_id) < 5) AS cells")
    assert small[0][0] > 0


def test_revoke_takes_the_class_back(school: School, capsys) -> None:
    admin, carnet = school.admin, str(school.carnets["A"])
    assert main(["server", "grant", admin, "remi", "--carnet", carnet]) == 0
    remi = school.url("remi")
    assert _as(remi, "SELECT count(*) > 0 FROM pupil") == [(True,)]
    assert main(["server", "revoke", admin, "remi", "--carnet", carnet]) == 0
    with pytest.raises(exc.ProgrammingError, match="permission denied"):
        _as(remi, "SELECT count(*) FROM pupil")
    capsys.readouterr()
    assert main(["sync", carnet, remi]) == 1
    assert "droits" in capsys.readouterr().err


def test_an_administrator_login_cannot_be_given_a_class(school: School, capsys) -> None:
    capsys.readouterr()
    assert main(["server", "grant", school.admin, "postgres", "--carnet", str(school.carnets["A"])]) == 1
    assert "administrateur" in capsys.readouterr().err


def _sheet(path: Path) -> list[tuple]:
    from openpyxl import load_workbook

    book = load_workbook(path)
    return [tuple(row) for row in book.active.iter_rows(values_only=True)]


def test_the_director_s_school_report_names_her_classes_and_counts_every_pupil(school: School, tmp_path: Path) -> None:
    out = tmp_path / "ecole.xlsx"
    assert main(["school-report", school.url("dora"), "--period", "1", "--out", str(out)]) == 0
    rows = _sheet(out)
    header = rows[2]
    assert header[:5] == ("École", "Classe", "Code de classe", "Niveau", "Objectif")
    lines = rows[3:]
    assert {line[0] for line in lines} == {SCHOOL}  # not the other school's class
    labels = {line[1] for line in lines}
    expected = {row[0] for row in _as(school.admin, "SELECT label FROM class_group WHERE carnet_id IN (:a, :b)",
                                      {"a": school.ids["A"], "b": school.ids["B"]})}
    assert labels == expected
    # Every cell is the server's count of pupils whose last step in period 1 is that one.
    total = sum(value for line in lines for value in line[5:] if value)
    assert total == _as(school.admin, "SELECT sum(pupils) FROM class_steps WHERE period = 1 AND school = :s",
                        {"s": SCHOOL})[0][0]
    assert min(value for line in lines for value in line[5:] if value is not None) < 5  # small cells shown to her


def test_the_inspector_s_school_report_is_pseudonymised_without_small_cells(school: School, tmp_path: Path) -> None:
    out = tmp_path / "inspection.xlsx"
    assert main(["school-report", school.url("ines"), "--period", "1", "--out", str(out)]) == 0
    rows = _sheet(out)
    assert "pseudonymisée" in rows[0][0] and rows[2][:4] == ("École", "Code de classe", "Niveau", "Objectif")
    counts = [value for line in rows[3:] for value in line[4:] if value is not None]
    assert counts and min(counts) >= 5
    names = {value for row in _as(school.admin, "SELECT last_name, first_name, ine FROM pupil") for value in row}
    labels = {row[0] for row in _as(school.admin, "SELECT label FROM class_group")}
    assert not (names | labels) & {value for line in rows for value in line}
    # The director asking for the pseudonymised version gets the same suppression.
    other = tmp_path / "direction.xlsx"
    assert main(["school-report", school.url("dora"), "--period", "1", "--out", str(other), "--pseudonymise"]) == 0
    assert min(v for line in _sheet(other)[3:] for v in line[4:] if v is not None) >= 5


def test_a_teacher_s_school_report_holds_only_her_class(school: School, tmp_path: Path) -> None:
    out = tmp_path / "classe.xlsx"
    assert main(["school-report", school.url("anna"), "--period", "1", "--out", str(out)]) == 0
    label = _as(school.admin, "SELECT label FROM class_group WHERE carnet_id = :a", {"a": school.ids["A"]})[0][0]
    assert {line[1] for line in _sheet(out)[3:]} == {label}
