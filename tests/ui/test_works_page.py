"""« Œuvres lues » as a teacher uses it: a book typed into the class's reading list with Entrée, six
pupils ticked as having read it in one go (one Ctrl+Z takes them back), each pupil's count against the
programme's figure, what a pupil said of the book, and refusals in plain French."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from progression.service import CarnetService
from progression.works import class_works, readings
from tests.ui.conftest import SCHOOL_DAY
from ui.widgets import to_qdate
from ui.works_panel import WorksPanel

TITLE = "Le Bateau de Monsieur Zouglouglou"


def _page(demo_window: Any) -> WorksPanel:
    index = demo_window.page_titles.index("Œuvres lues")
    demo_window.show_page(index)
    page = demo_window.current_panel()
    assert isinstance(page, WorksPanel)
    page.day.setDate(to_qdate(SCHOOL_DAY))
    return page


def _type_a_work(page: WorksPanel, qtbot: Any, title: str, author: str, kind: str) -> None:
    page.title_edit.setFocus()
    qtbot.keyClicks(page.title_edit, title)
    qtbot.keyClicks(page.author_edit, author)
    page.kind_combo.setCurrentIndex(page.kind_combo.findText(kind))
    qtbot.keyClick(page.author_edit, Qt.Key.Key_Return)


def _click_pupils(page: WorksPanel, qtbot: Any, rows: range) -> None:
    """A click on the first pupil, Ctrl+click on each of the others."""
    for n, row in enumerate(rows):
        item = page.pupil_list.item(row)
        rect = page.pupil_list.visualItemRect(item)
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(page.pupil_list.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_a_book_entered_once_and_ticked_for_six_pupils_at_once(demo_window: Any, qtbot: Any,
                                                              error_messages: list[str]) -> None:
    service: CarnetService = demo_window.service
    page = _page(demo_window)
    before = len(class_works(service))
    _type_a_work(page, qtbot, TITLE, "Coline Promeyrat", "album")
    works = class_works(service)
    assert len(works) == before + 1 and works[-1].title == TITLE and works[-1].kind == "album"
    assert page.title_edit.text() == "" and page.current_work_id() == works[-1].id  # ready for the ticks
    assert page.works_table.item(page.works_table.rowCount() - 1, 0).text() == TITLE

    _click_pupils(page, qtbot, range(6))
    assert len(page.selected_pupil_ids()) == 6
    page.mode_combo.setCurrentIndex(page.mode_combo.findData("helped"))
    page.record_button.setFocus()
    qtbot.keyClick(page.record_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Entrée

    six = set(page.selected_pupil_ids())
    read = [r for r in readings(service) if r.work_id == works[-1].id]
    assert {r.pupil_id for r in read} == six and {(r.mode, r.read_on) for r in read} == {("helped", SCHOOL_DAY)}
    assert "noté comme lu pour 6 élèves" in page.status.text()
    assert page.works_table.item(page.works_table.rowCount() - 1, 3).text() == "6 élèves"
    ticked = [page.pupil_list.item(r).text() for r in range(page.pupil_list.count())
              if page.pupil_list.item(r).text().startswith("✓")]
    assert len(ticked) == 6
    assert not error_messages

    # Each pupil's line and page: the year's count against the programme's figure.
    first = page.pupil_list.item(0)
    pupil = service.pupil(first.data(Qt.ItemDataRole.UserRole))
    count = len({r.work_id for r in readings(service, [pupil.id], until=page.period.ends_on)})
    assert first.text().endswith(f"{count} œuvres · repère : 5–10")
    page.pupil_list.setCurrentItem(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    assert page.summary.text().startswith(f"{count} œuvres lues depuis la rentrée · repère du programme en "
                                          f"{pupil.grade} : 5 à 10 œuvres dans l'année")
    assert "Genres lus : album" in page.summary.text()

    # One Ctrl+Z takes the six readings back.
    demo_window.undo_action.trigger()
    assert [r for r in readings(service) if r.work_id == works[-1].id] == []
    assert not any(page.pupil_list.item(r).text().startswith("✓") for r in range(page.pupil_list.count()))


def test_the_pupil_says_something_of_the_book(demo_window: Any, qtbot: Any) -> None:
    service: CarnetService = demo_window.service
    page = _page(demo_window)
    page.pupil_list.setCurrentRow(2)
    pupil_id = page.current_pupil_id()
    mine = readings(service, [pupil_id], until=page.period.ends_on)  # up to the end of the period shown
    assert page.readings_table.rowCount() == len(mine) > 0
    page.readings_table.selectRow(0)
    page.response_edit.selectAll()
    qtbot.keyClicks(page.response_edit, "A voulu relire la fin.")
    qtbot.keyClick(page.response_edit, Qt.Key.Key_Return)
    assert readings(service, [pupil_id])[0].response == "A voulu relire la fin."
    assert len(readings(service, [pupil_id])) > len(mine)  # the demo's later periods are not listed
    assert page.readings_table.item(0, 4).text() == "A voulu relire la fin."
    demo_window.activateWindow()  # keys reach a page's shortcuts in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window, timeout=2000)
    page.readings_table.setFocus()
    assert page.current_reading() is not None  # still the reading just changed
    qtbot.keyClick(page.readings_table, Qt.Key.Key_Delete)  # Suppr removes that reading
    assert len(readings(service, [pupil_id], until=page.period.ends_on)) == len(mine) - 1


def test_refusals_are_said_in_french_and_change_nothing(demo_window: Any, qtbot: Any,
                                                        error_messages: list[str]) -> None:
    service: CarnetService = demo_window.service
    page = _page(demo_window)
    before = class_works(service)
    qtbot.keyClicks(page.author_edit, "Charles Perrault")
    qtbot.keyClick(page.author_edit, Qt.Key.Key_Return)  # no title
    assert error_messages[-1].startswith("Donnez le titre de l'œuvre")
    assert page.author_edit.text() == "Charles Perrault"  # what was typed stays, to be completed
    page.author_edit.clear()
    _type_a_work(page, qtbot, "les trois brigands", "tomi ungerer", "album")
    assert "déjà dans la liste de lecture" in error_messages[-1]
    assert class_works(service) == before

    page.select_work(before[0].id)
    page.pupil_list.setCurrentRow(0)
    page.pupil_list.item(0).setSelected(True)
    page.day.setDate(to_qdate(date(2026, 8, 10)))  # before the school year: the field stops at its start
    assert page.day.date() == to_qdate(service.class_info().year_starts_on)
    count = len(readings(service))
    page.record()  # already read by this pupil
    assert "est déjà noté comme lu pour" in error_messages[-1] and len(readings(service)) == count


def test_a_work_is_corrected_from_the_form(demo_window: Any, qtbot: Any) -> None:
    service: CarnetService = demo_window.service
    page = _page(demo_window)
    work = class_works(service)[1]
    page.select_work(work.id)
    assert page.kind_combo.currentData() == work.kind  # the chosen work's kind, ready to correct
    qtbot.keyClicks(page.author_edit, "Tomi Ungerer (texte et images)")
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    corrected = class_works(service)[1]
    assert (corrected.title, corrected.author) == (work.title, "Tomi Ungerer (texte et images)")
    assert page.works_table.item(1, 1).text() == "Tomi Ungerer (texte et images)"
    assert page.author_edit.text() == ""  # the form is ready for the next work
    demo_window.undo_action.trigger()
    assert class_works(service)[1].author == work.author
