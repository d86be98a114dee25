"""The error log behind « Signaler un problème »: what it keeps, what it masks, how long it grows."""

from __future__ import annotations

from pathlib import Path

import pytest

from progression import problem_report
from progression.errors import InvalidInputError
from progression.problem_report import KEPT, last_errors, record_error, report_text, scrub, write_report


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROGRESSION_HOME", str(tmp_path / "donnees"))
    monkeypatch.setattr(problem_report, "_pupils_source", None)
    return tmp_path


def test_scrub_masks_quoted_values_ine_home_and_names() -> None:
    home = str(Path.home())
    text = (f"Le nom « Noé Lefèvre » de 1234567890A, vu dans {home}/Documents/CE1.carnet : "
            "NOE LEFEVRE et Marie-Claire Dupont-Moreau aussi.")
    masked = scrub(text, ["Noé Lefèvre", "Marie-Claire Dupont-Moreau"])
    assert masked == ("Le nom « … » de [INE], vu dans ~/Documents/CE1.carnet : "
                      "[élève] [élève] et [élève]-[élève] [élève]-[élève] aussi.")


def test_foreseen_errors_keep_their_sentence_and_others_only_their_place() -> None:
    record_error(InvalidInputError("Le fichier « CE1 Noé.csv » est vide : choisissez-en un autre."))
    try:
        {}["Lefèvre"]  # an error whose text is a pupil's name
    except KeyError as error:
        record_error(error)
    first, second = last_errors()
    assert first["kind"] == "InvalidInputError"
    assert first["message"] == "Le fichier « … » est vide : choisissez-en un autre."
    assert second["kind"] == "KeyError" and second["message"] == ""
    assert any("test_error_log.py" in where for where in second["where"])
    assert "Lefèvre" not in problem_report.log_file().read_text(encoding="utf-8")


def test_names_of_the_open_carnet_are_masked_as_errors_are_logged() -> None:
    class Pupil:
        first_name, last_name, birth_last_name = "Awa", "Diallo", "Traoré"

    problem_report.mask_pupils_of(lambda: [Pupil()])
    record_error(InvalidInputError("La fiche de Awa DIALLO (née Traore) est incomplète."))
    assert last_errors()[0]["message"] == "La fiche de [élève] [élève] (née [élève]) est incomplète."


def test_the_log_stays_small_and_survives_a_damaged_line() -> None:
    problem_report.log_file().write_text("pas du json\n", encoding="utf-8")
    for n in range(2 * KEPT + 5):
        record_error(InvalidInputError(f"Erreur numéro {n}."))
    lines = problem_report.log_file().read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 2 * KEPT + 1
    assert last_errors(3)[-1]["message"] == f"Erreur numéro {2 * KEPT + 4}."


def test_the_report_without_errors_and_where_it_cannot_go(home: Path) -> None:
    text = report_text()
    assert "Aucune erreur enregistrée." in text and "Version : " in text
    with pytest.raises(InvalidInputError, match="réservé par Windows"):
        write_report(home / "CON.txt")
    assert write_report(home / "rapport.txt").read_text(encoding="utf-8").startswith("Progression — signalement")
