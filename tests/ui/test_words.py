"""The core's errors and reports reach an English user in English.

The core hands over codes and fields; the app words them through the translation catalogue
(``ui/words.py``). Here the English translator is installed, a copy is merged through the
menu as a teacher would, and the report she reads, then the refusal of a wrong file, are
English; without a translator the same words are the French the command line prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from progression.backup import make_backup
from progression.errors import InvalidInputError
from progression.operations import RecordObservations
from progression.service import CarnetService
from progression.storage_errors import busy_error
from progression.wording import words
from ui import i18n
from ui.carnet_dialogs import ConfirmDialog, InfoDialog
from ui.words import error_text


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    def install(code: str) -> str:
        return i18n.install_translators(qapp, code)

    yield install
    i18n.remove_translators(qapp)


def _copy_with_one_more_mark(window, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    copy = make_backup(window.service.carnet.path, target=folder / "portable.carnet")
    entry = window.entry
    index = next(entry.model.index(r, 0) for r in range(entry.model.rowCount())
                 if entry.model.is_applicable(entry.model.index(r, 0))
                 and entry.model.observation_at(entry.model.index(r, 0)) is None)
    pupil_id, item_id = entry.model.cell(index)
    laptop = CarnetService.open(copy)
    laptop.run(RecordObservations(((pupil_id, item_id),), laptop.step_by_rank(4).id, window.observed_on()))
    laptop.close()
    return copy


def test_an_english_user_reads_the_merge_report_and_the_refusal_in_english(  # type: ignore[no-untyped-def]
    language, demo_window, tmp_path, monkeypatch, error_messages
) -> None:
    assert language("en") == "en"
    copy = _copy_with_one_more_mark(demo_window, tmp_path)
    chosen = [str(copy)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    questions: list[str] = []
    monkeypatch.setattr(ConfirmDialog, "ask", staticmethod(
        lambda parent, heading, text, action: questions.append(text) or True))
    said: list[str] = []
    monkeypatch.setattr(InfoDialog, "show", staticmethod(lambda message, parent=None: said.append(message)))

    demo_window.merge_action.trigger()
    assert questions[0].startswith("Added: 1 observation.\n")
    assert said == ["Added: 1 observation."]

    demo_window.merge_action.trigger()  # the same copy again: nothing new
    assert said[-1] == "Nothing new in the copy: this record book already holds everything it holds."

    chosen[0] = str(demo_window.service.carnet.path)  # the open carnet itself
    demo_window.merge_action.trigger()
    assert error_messages == ["Choose a copy of the record book, not the open record book itself."]


def test_without_a_translator_the_app_says_what_the_command_line_says(qapp) -> None:  # type: ignore[no-untyped-def]
    error = InvalidInputError("merge.same_file")
    assert error_text(error) == str(error) == "Choisissez une copie du carnet, pas le carnet ouvert lui-même."
    busy = busy_error(Path("CE1.carnet"))
    assert error_text(busy) == str(busy)
    assert "« CE1.carnet » est utilisé en ce moment" in str(busy)


def test_fields_are_worded_in_the_language_shown(language) -> None:  # type: ignore[no-untyped-def]
    """A nested reason reads as a clause, a list is joined the language's way, in either language."""
    refused = InvalidInputError("merge.settings_refused", problem=busy_error(Path("CE1.carnet")))
    assert str(refused).startswith("La copie n'a pas été fusionnée : avec ses réglages, le carnet « CE1.carnet » est")
    assert words("merge.erased_in_copy", {"names": ["Léa Roux", "Tom Petit", "Inès Ba"]}).startswith(
        "Effacés définitivement dans la copie mais encore ici : Léa Roux, Tom Petit et Inès Ba.")
    assert words("merge.count.pupil", {"n": 0}) == "0 élève"
    assert words("merge.count.pupil", {"n": 2}) == "2 élèves"
    language("en")
    assert error_text(refused).startswith(
        "The copy was not merged: with its settings, the record book “CE1.carnet” is being used")
    from ui.words import voice

    assert words("merge.erased_in_copy", {"names": ["Léa Roux", "Tom Petit"]}, voice()).startswith(
        "Erased for good in the copy but still here: Léa Roux and Tom Petit.")
    assert words("merge.count.pupil", {"n": 1}, voice()) == "1 pupil"
    assert words("merge.count.pupil", {"n": 0}, voice()) == "0 pupils"


def test_the_banner_says_where_the_carnet_lies_in_english(  # type: ignore[no-untyped-def]
    language, window, demo_path, monkeypatch
) -> None:
    from progression import location

    on_a_key = location.risky_place(PurePosixPath("/Volumes/CLE/demo.carnet"), platform="darwin", mounts="")
    assert on_a_key is not None and "est sur une clé USB" in on_a_key.message  # the command line's French
    monkeypatch.setattr(location, "risky_place", lambda _path: on_a_key)
    language("en")
    assert window.open_carnet(demo_path) is None
    assert "The record book “demo.carnet” is on a USB key or removable disk" in window.banner.text()
    assert "clé" not in window.banner.text()


def test_a_backup_is_described_in_the_language_shown(language) -> None:  # type: ignore[no-untyped-def]
    from progression.backup import BackupInfo
    from ui.words import voice

    backup = BackupInfo(Path("CE1.carnet"), datetime(2026, 3, 12, 8, 15), "fusion", 24, 310)
    assert backup.describe() == "12/03/2026 à 08:15 (avant fusion, 24 élèves, 310 observations)"
    language("en")
    described = backup.describe(voice())
    assert described.endswith(" at 08:15 (before a merge, 24 pupils, 310 observations)")
    assert "2026" in described


def test_a_refused_line_of_an_import_is_said_in_english(language, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The file and line, then the reason, each worded in the app's language."""
    from progression.importers.observations import read_observations

    csv = tmp_path / "releve.csv"
    csv.write_text("eleve;item;echelon;date\nPersonne Inconnu;X;1;14/10/2026\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as refused:
        read_observations(demo, csv)
    assert str(refused.value) == "« releve.csv », ligne 2 : élève « Personne Inconnu » inconnu dans ce carnet."
    language("en")
    assert error_text(refused.value) == "“releve.csv”, line 2: pupil “Personne Inconnu” is unknown in this record book."
