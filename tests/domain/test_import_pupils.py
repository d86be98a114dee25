"""Bringing a class list into a carnet: matching, re-import, homonyms, all-or-nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from progression.errors import InvalidInputError
from progression.importers.pupils import PupilImportPlan, PupilImportResult, plan_pupil_import, pupil_import
from tests.command_line import Ran, run_progression

CORPUS = Path(__file__).resolve().parents[1] / "data" / "pupils"
HEADER = "Nom;Prénom;Date de naissance;Niveau;INE\n"


def apply_pupil_import(service, plan: PupilImportPlan, *, skip_invalid: bool = False) -> PupilImportResult:
    """As the command line does: the import's one operation, run, then what it did."""
    operation = pupil_import(service, plan, skip_invalid=skip_invalid)
    if operation is not None:
        service.run(operation)
    return plan.result()


def write(tmp_path: Path, text: str, name: str = "liste.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def names(service) -> list[str]:
    return sorted(p.display_name for p in service.pupils())


def test_onde_extraction_for_one_class_then_reimport_changes_nothing(empty) -> None:
    before = len(empty.pupils())
    plan = plan_pupil_import(empty, CORPUS / "onde_cp1252.csv", "1001")
    assert plan.count("add") == 3 and not plan.rejected
    assert empty.class_info().onde_class_id is None
    result = apply_pupil_import(empty, plan)
    assert result.added == 3
    assert "LEFÈVRE Noé" in names(empty) and "MARTIN-DUPONT Éloïse" in names(empty)
    assert empty.class_info().onde_class_id == "1001"  # kept for the LSU export
    # The same list again, here in another encoding: nobody added, nobody changed.
    again = apply_pupil_import(empty, plan_pupil_import(empty, CORPUS / "onde_utf8_bom.csv", "CE1-CE2 Mme Roux"))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert len(empty.pupils()) == before + 3


def test_several_classes_need_a_choice(empty) -> None:
    with pytest.raises(InvalidInputError, match=r"plusieurs classes.*1001.*1002"):
        plan_pupil_import(empty, CORPUS / "onde_utf8_bom.csv")


def test_a_pupil_is_updated_not_duplicated(empty, tmp_path: Path) -> None:
    # Lucas Martin (INE 1234567890A) is already in the class, in CE1.
    apply_pupil_import(
        empty, plan_pupil_import(empty, write(tmp_path, HEADER + "Martin;Lucas;04/03/2018;CE2;1234567890A\n"))
    )
    lucas = [p for p in empty.pupils() if p.first_name == "Lucas"]
    assert len(lucas) == 1 and lucas[0].grade == "CE2"
    from datetime import date

    assert lucas[0].birth_date == date(2018, 3, 4)
    # Without INE, same name and birth date is the same child.
    plan = plan_pupil_import(empty, write(tmp_path, HEADER + "MARTIN;Lucas;04/03/2018;CE2;\n"))
    assert [c.action for c in plan.changes] == ["unchanged"]


def test_homonyms_stay_distinct_and_likely_duplicates_are_reported(empty, tmp_path: Path) -> None:
    text = HEADER + "Durand;Léa;01/02/2018;CE1;\nDurand;Léa;17/09/2017;CE2;\n"
    plan = plan_pupil_import(empty, write(tmp_path, text))
    assert plan.count("add") == 2
    apply_pupil_import(empty, plan)
    assert names(empty).count("Durand Léa") == 2
    # Noé Lefèvre is in the class without a birth date: a list naming him with one may be him.
    plan = plan_pupil_import(empty, write(tmp_path, HEADER + "LEFEVRE;Noe;01/06/2018;CE2;\n"))
    assert plan.count("add") == 1 and len(plan.likely_duplicates) == 1


def test_invalid_line_means_nothing_is_written_unless_skipped(empty, tmp_path: Path) -> None:
    text = HEADER + 'Petit;Jules;02/02/2018;CE1;\n=HYPERLINK("x");Jean;02/02/2018;CE1;\nRoux;Ana;31/02/2018;CE1;\n'
    path = write(tmp_path, text)
    before = names(empty)
    plan = plan_pupil_import(empty, path)
    assert [p.line for p in plan.rejected] == [3, 4]
    with pytest.raises(InvalidInputError, match="Rien n'a été importé : Ligne 3"):
        apply_pupil_import(empty, plan)
    assert names(empty) == before
    result = apply_pupil_import(empty, plan, skip_invalid=True)
    assert (result.added, result.rejected) == (1, 2)
    assert "Petit Jules" in names(empty)


def test_an_import_is_one_undoable_action(empty, tmp_path: Path) -> None:
    before, before_pupils = names(empty), empty.pupils()
    apply_pupil_import(empty, plan_pupil_import(empty, CORPUS / "onde_latin1.csv", "1001"))
    assert len(names(empty)) == len(before) + 3
    assert empty.undo_kind() == ("import_pupils", 3)
    added = {p.id: p for p in empty.pupils()}
    empty.undo()
    assert names(empty) == before and empty.class_info().onde_class_id is None
    empty.redo()
    assert {p.id: p for p in empty.pupils()} == added and empty.class_info().onde_class_id == "1001"
    # Every row the import wrote carries this computer's id and its own stamp of the carnet's clock,
    # as rows written through the ORM do: a merge or a sync takes them.
    carnet = empty.carnet
    with carnet.reading() as connection:
        stamps = connection.exec_driver_sql(
            "SELECT p.modified_at, p.device_id, e.modified_at, e.device_id FROM pupil p JOIN enrolment e "
            "ON e.pupil_id = p.id WHERE p.id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(added) - {p.id for p in before_pupils})),),
        ).all()
    assert len(stamps) == 3
    assert {device for row in stamps for device in row[1::2]} == {carnet.device_id}
    assert len({stamp for row in stamps for stamp in row[::2]}) == 6 and all(stamp for row in stamps for stamp in row)


def test_an_import_into_a_class_with_pupils_is_backed_up_first(empty, tmp_path: Path) -> None:
    from progression.backup import list_backups
    from progression.service import CarnetService, NewClass

    apply_pupil_import(empty, plan_pupil_import(empty, CORPUS / "onde_latin1.csv", "1001"))
    assert [(b.reason, b.pupils) for b in list_backups(empty.carnet.path)] == [("import", 2)]
    # A class just created, its first list coming in: nothing to keep that Undo would not bring back.
    new = CarnetService.create(tmp_path / "nouvelle.carnet", NewClass(label="CE1-CE2"))
    try:
        apply_pupil_import(new, plan_pupil_import(new, CORPUS / "onde_latin1.csv", "1001"))
        assert len(new.pupils()) == 3 and list_backups(new.carnet.path) == []
        new.undo()
        assert new.pupils() == []
    finally:
        new.close()


@pytest.mark.parametrize(
    ("name", "message"),
    [("empty.csv", "vide"), ("binary.csv", "données binaires"), ("no_name_column.csv", "Nom")],
)
def test_hostile_files_change_nothing(empty, name: str, message: str) -> None:
    before = names(empty)
    with pytest.raises(InvalidInputError, match=message):
        plan_pupil_import(empty, CORPUS / name)
    assert names(empty) == before


def run_cli(*args: str) -> Ran:
    return run_progression(*args)


def test_command_line(tmp_path: Path) -> None:
    carnet = tmp_path / "c.carnet"
    assert run_cli("new", str(carnet), "--class", "CE1-CE2").returncode == 0
    listing = run_cli("import-pupils", str(carnet), str(CORPUS / "onde_cp1252.csv"))
    assert listing.returncode == 1 and "1001" in listing.stderr and "1002" in listing.stderr
    dry = run_cli(
        "import-pupils", str(carnet), str(CORPUS / "onde_cp1252.csv"), "--class", "1001", "--dry-run", "--json"
    )
    assert dry.returncode == 0 and '"action": "add"' in dry.stdout
    done = run_cli("import-pupils", str(carnet), str(CORPUS / "onde_cp1252.csv"), "--class", "1001")
    assert done.returncode == 0 and "3 élève(s) ajouté(s)" in done.stdout
    hostile = run_cli("import-pupils", str(carnet), str(CORPUS / "hostile_names.csv"))
    assert hostile.returncode == 1 and "formule" in hostile.stderr and "Traceback" not in hostile.stderr
