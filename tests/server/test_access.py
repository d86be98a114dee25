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
from tests.server.helpers import as_login, carnet_rows, login_url, ready_server

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
        assert as_login(anna, f"SELECT DISTINCT carnet_id FROM {table}") == [(school.ids["A"],)], table
    assert as_login(anna, "SELECT count(*) FROM pupil WHERE carnet_id = :b", {"b": school.ids["B"]}) == [(0,)]


def test_a_teacher_cannot_write_another_class(school: School) -> None:
    anna, other = school.url("anna"), school.ids["B"]
    counted = "SELECT count(*), max(server_seq) FROM observation WHERE carnet_id = :b"
    before = as_login(school.admin, counted, {"b": other})
    with pytest.raises(exc.ProgrammingError, match="row-level security"):
        as_login(anna, "INSERT INTO pupil (carnet_id, id, last_name, first_name, note, modified_at, device_id) "
                  "VALUES (:b, 'x', 'Intrus', 'Ignace', '', '', '')", {"b": other})
    assert as_login(anna, "UPDATE observation SET comment = 'vu' WHERE carnet_id = :b", {"b": other}) == [(0,)]
    assert as_login(anna, "DELETE FROM observation WHERE carnet_id = :b", {"b": other}) == [(0,)]
    with pytest.raises(exc.ProgrammingError, match="row-level security"):  # moving her own rows into it neither
        as_login(anna, "UPDATE pupil SET carnet_id = :b WHERE carnet_id = :a", {"a": school.ids["A"], "b": other})
    with pytest.raises(exc.ProgrammingError, match="permission denied"):
        as_login(anna, "SELECT * FROM class_grant")
    after = as_login(school.admin, counted, {"b": other})
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
    seen = {row[0] for row in as_login(dora, "SELECT DISTINCT carnet_id FROM pupil")}
    assert seen == {school.ids["A"], school.ids["B"]}
    with pytest.raises(exc.ProgrammingError, match="permission denied"):
        as_login(dora, "UPDATE observation SET comment = 'vu'")
    with pytest.raises(exc.ProgrammingError, match="permission denied"):
        as_login(dora, "DELETE FROM pupil")


def test_an_inspector_sees_only_counts_without_names_and_no_cell_under_five(school: School) -> None:
    ines = school.url("ines")
    for table in ("pupil", "observation", "appreciation", "fluency_measure", "enrolment", "class_group"):
        with pytest.raises(exc.ProgrammingError, match="permission denied"):
            as_login(ines, f"SELECT 1 FROM {table} LIMIT 1")
    engine = sa.create_engine(ines)
    with engine.connect() as connection:
        result = connection.execute(sa.text("SELECT * FROM inspector_steps"))
        columns, rows = list(result.keys()), result.fetchall()
    engine.dispose()
    assert columns == ["school", "class_code", "school_year", "period", "grade", "objective", "step", "pupils",
                       "objective_label"]
    assert rows and min(row.pupils for row in rows) >= 5
    assert {row.school for row in rows} == {SCHOOL}
    names = {value for row in as_login(school.admin, "SELECT last_name, first_name, ine FROM pupil") for value in row}
    assert not names & {value for row in rows for value in row}
    assert not {school.ids["A"], school.ids["B"]} & {row.class_code for row in rows}
    # The suppression is not idle: without it, smaller cells exist in these classes.
    small = as_login(school.admin, "SELECT count(*) FROM (SELECT o.item_id, e.grade, s.rank FROM observation o "
                              "JOIN enrolment e ON e.carnet_id = o.carnet_id AND e.pupil_id = o.pupil_id "
                              "JOIN scale_step s ON s.carnet_id = o.carnet_id AND s.id = o.step_id "
                              "GROUP BY o.carnet_id, o.item_id, e.grade, s.rank "
                              "HAVING count(DISTINCT o.pupil_id) < 5) AS cells")
    assert small[0][0] > 0


def test_revoke_takes_the_class_back(school: School, capsys) -> None:
    admin, carnet = school.admin, str(school.carnets["A"])
    assert main(["server", "grant", admin, "remi", "--carnet", carnet]) == 0
    remi = school.url("remi")
    assert as_login(remi, "SELECT count(*) > 0 FROM pupil") == [(True,)]
    assert main(["server", "revoke", admin, "remi", "--carnet", carnet]) == 0
    with pytest.raises(exc.ProgrammingError, match="permission denied"):
        as_login(remi, "SELECT count(*) FROM pupil")
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
    assert header[:6] == ("École", "Classe", "Code de classe", "Niveau", "Objectif", "Intitulé")
    lines = rows[3:]
    assert {line[0] for line in lines} == {SCHOOL}  # not the other school's class
    labels = {line[1] for line in lines}
    expected = {row[0] for row in as_login(school.admin, "SELECT label FROM class_group WHERE carnet_id IN (:a, :b)",
                                      {"a": school.ids["A"], "b": school.ids["B"]})}
    assert labels == expected
    # Every cell is the server's count of pupils whose last step in period 1 is that one.
    total = sum(value for line in lines for value in line[6:] if value)
    assert total == as_login(school.admin, "SELECT sum(pupils) FROM class_steps WHERE period = 1 AND school = :s",
                        {"s": SCHOOL})[0][0]
    assert min(value for line in lines for value in line[6:] if value is not None) < 5  # small cells shown to her


def test_the_inspector_s_school_report_is_pseudonymised_without_small_cells(school: School, tmp_path: Path) -> None:
    out = tmp_path / "inspection.xlsx"
    assert main(["school-report", school.url("ines"), "--period", "1", "--out", str(out)]) == 0
    rows = _sheet(out)
    assert "pseudonymisée" in rows[0][0]
    assert rows[2][:5] == ("École", "Code de classe", "Niveau", "Objectif", "Intitulé")
    counts = [value for line in rows[3:] for value in line[5:] if value is not None]
    assert counts and min(counts) >= 5
    names = {value for row in as_login(school.admin, "SELECT last_name, first_name, ine FROM pupil") for value in row}
    labels = {row[0] for row in as_login(school.admin, "SELECT label FROM class_group")}
    assert not (names | labels) & {value for line in rows for value in line}
    # The director asking for the pseudonymised version gets the same suppression.
    other = tmp_path / "direction.xlsx"
    assert main(["school-report", school.url("dora"), "--period", "1", "--out", str(other), "--pseudonymise"]) == 0
    assert min(v for line in _sheet(other)[3:] for v in line[5:] if v is not None) >= 5


def test_a_teacher_s_school_report_holds_only_her_class(school: School, tmp_path: Path) -> None:
    out = tmp_path / "classe.xlsx"
    assert main(["school-report", school.url("anna"), "--period", "1", "--out", str(out)]) == 0
    label = as_login(school.admin, "SELECT label FROM class_group WHERE carnet_id = :a", {"a": school.ids["A"]})[0][0]
    assert {line[1] for line in _sheet(out)[3:]} == {label}


def _fluency_sheet(path: Path) -> list[tuple]:
    from openpyxl import load_workbook

    return [tuple(row) for row in load_workbook(path)["Fluence"].iter_rows(values_only=True)]


def _last_readings(school: School) -> list[tuple]:
    """Each pupil's last text reading in period 1, cold and prepared apart, computed here from the rows."""
    rows = as_login(school.admin,
               "SELECT e.carnet_id, c.label, e.grade, f.pupil_id, f.prepared, f.measured_on, f.modified_at, "
               "(f.words_read - f.errors) * 60.0 / f.seconds FROM fluency_measure f "
               "JOIN period p ON p.carnet_id = f.carnet_id AND p.index = 1 "
               "AND f.measured_on BETWEEN p.starts_on AND p.ends_on "
               "JOIN enrolment e ON e.carnet_id = f.carnet_id AND e.pupil_id = f.pupil_id AND e.deleted_at IS NULL "
               "JOIN class_group c ON c.carnet_id = e.carnet_id AND c.id = e.class_id "
               "WHERE f.deleted_at IS NULL AND f.kind = 'text' AND c.school = :s", {"s": SCHOOL})
    last: dict[tuple, tuple] = {}
    for carnet, label, grade, pupil, prepared, day, stamp, words in rows:
        key = (carnet, pupil, prepared)
        if key not in last or (day, stamp) > last[key][:2]:
            last[key] = (day, stamp, label, grade, prepared, float(words))
    return [value[2:] for value in last.values()]


def test_the_director_s_report_compares_readings_with_the_programme(school: School, tmp_path: Path) -> None:
    from progression.fluency import official_target

    out = tmp_path / "ecole.xlsx"
    assert main(["school-report", school.url("dora"), "--period", "1", "--out", str(out)]) == 0
    sheet = _fluency_sheet(out)
    assert "objectif de fin d'année du programme" in sheet[0][0]
    assert sheet[2] == ("École", "Classe", "Code de classe", "Niveau", "Lecture", "Objectif de fin d'année (mots/min)",
                        "Élèves mesurés", "À l'objectif ou au-delà", "Médiane (mots/min)")
    readings = _last_readings(school)
    assert readings, "the demo classes have readings in period 1"
    expected: dict[tuple, list[int]] = {}
    for label, grade, prepared, words in readings:
        target = official_target(grade, prepared=prepared)
        counts = expected.setdefault((label, grade, "après préparation" if prepared else "sans préparation"), [0, 0])
        counts[0] += 1
        counts[1] += target is not None and words >= target
    found: dict[tuple, list[int]] = {}  # the two demo classes share a label: summed, as expected is
    for line in sheet[3:]:
        counts = found.setdefault((line[1], line[3], line[4]), [0, 0])
        counts[0] += line[6]
        counts[1] += line[7] or 0
    assert found == expected
    for line in sheet[3:]:  # the objective is the programme's end-of-year figure, never an estimate
        target = official_target(line[3], prepared=line[4] == "après préparation")
        assert line[5] == (round(target) if target is not None else "aucun dans le programme")


def test_the_inspector_s_readings_hide_every_side_under_five_pupils(school: School, tmp_path: Path) -> None:
    ines = school.url("ines")
    rows = as_login(ines, "SELECT pupils, at_target, target FROM inspector_fluency")
    assert rows and all(pupils >= 5 for pupils, _, _ in rows)
    assert any(at_target is None and target is not None for _, at_target, target in rows)  # some hidden
    for pupils, at_target, target in rows:
        if at_target is not None and target is not None:
            assert at_target in (0, pupils) or (at_target >= 5 and pupils - at_target >= 5)
    with pytest.raises(exc.ProgrammingError, match="permission denied"):
        as_login(ines, "SELECT 1 FROM class_fluency LIMIT 1")
    # The same rows, seen by the director without suppression, hold smaller sides: the rule is not idle.
    named = as_login(school.url("dora"), "SELECT pupils, at_target, target FROM class_fluency")
    assert any(target is not None and (0 < at_target < 5 or 0 < pupils - at_target < 5)
               for pupils, at_target, target in named)


def test_the_school_report_as_pdf(school: School, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "ecole.pdf"
    assert main(["school-report", school.url("dora"), "--period", "1", "--out", str(out)]) == 0
    content = " ".join(page.extract_text() for page in PdfReader(out).pages)
    label = as_login(school.admin, "SELECT label FROM class_group WHERE carnet_id = :a", {"a": school.ids["A"]})[0][0]
    assert "Rapport d'école — période 1" in content and "Fluence" in content
    assert label.split()[0] in content and "Intitulé" in content
    assert "sans préparation" in content
    inspection = tmp_path / "inspection.pdf"
    assert main(["school-report", school.url("ines"), "--period", "1", "--out", str(inspection)]) == 0
    seen = " ".join(page.extract_text() for page in PdfReader(inspection).pages)
    names = {value for row in as_login(school.admin, "SELECT last_name FROM pupil") for value in row}
    assert "pseudonymisée" in seen and not {name for name in names if name in seen}
    assert label.split()[-1] not in seen


def test_a_report_in_another_format_is_refused(school: School, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["school-report", school.url("dora"), "--period", "1", "--out", str(tmp_path / "r.ods")]) == 1
    assert ".xlsx ou en .pdf" in capsys.readouterr().err and not (tmp_path / "r.ods").exists()
