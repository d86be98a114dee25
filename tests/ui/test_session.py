"""The carnet session: one object owns the open carnet and says when it opens, closes and is
busy; the window's pages and the documents menu follow it, and a change no Ctrl+Z takes back
(a merge, an erasure) refreshes the pages instead of building them again."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from progression.errors import InvalidInputError
from progression.lock import lock_path
from progression.operations import Changes, Part, RecordObservations
from progression.service import CarnetService
from ui.carnet_dialogs import ConfirmDialog, InfoDialog, PurgeDialog, PurgeRequest
from ui.runner import EVERYTHING, ActionRunner
from ui.session import CarnetSession


@pytest.fixture
def session(qtbot, store) -> Iterator[CarnetSession]:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    made = CarnetSession(store, holder, remember=False)
    yield made
    made.close()


def record_signals(session: CarnetSession) -> list[str]:
    said: list[str] = []
    session.opened.connect(lambda: said.append("opened"))
    session.closed.connect(lambda: said.append("closed"))
    session.busy_changed.connect(lambda busy: said.append(f"busy={busy}"))
    return said


def an_empty_cell(window) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    model = window.entry.model
    return next(model.cell(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())
                if model.is_applicable(model.index(r, c)) and model.observation_at(model.index(r, c)) is None)


# ---------------------------------------------------------------- the session's signals


def test_the_session_says_when_a_carnet_opens_and_closes(qtbot, session, demo_path) -> None:  # type: ignore[no-untyped-def]
    said = record_signals(session)
    with qtbot.waitSignal(session.opened, timeout=5000):
        assert session.open_carnet(demo_path) is None
    assert session.service is not None and session.runner is not None and session.runner.service is session.service
    assert session.usable and session.writable and lock_path(demo_path).exists()

    seen_when_closed: list[object] = []
    session.closed.connect(lambda: seen_when_closed.append(session.service))
    with qtbot.waitSignal(session.closed, timeout=5000):
        session.close()
    assert seen_when_closed == [None]  # listeners see the carnet gone, never a closing one
    assert session.service is None and session.runner is None and not session.usable
    assert not lock_path(demo_path).exists()
    assert said == ["opened", "closed"]


def test_switching_carnets_closes_one_then_opens_the_other(  # type: ignore[no-untyped-def]
    session, demo_path, demo_template, tmp_path
) -> None:
    other = tmp_path / "autre.carnet"
    other.write_bytes(demo_template.read_bytes())
    assert session.open_carnet(demo_path) is None
    first = session.service
    said = record_signals(session)
    assert session.open_carnet(other) is None
    assert said == ["closed", "opened"]
    assert session.service is not first and session.service is not None and session.service.carnet.path == other


def test_a_failed_opening_says_the_previous_carnet_is_back(session, demo_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert session.open_carnet(demo_path) is None
    said = record_signals(session)
    message = session.open_carnet(tmp_path / "disparu.carnet")
    assert message is not None and "n'existe pas" in message
    assert said == ["closed", "opened"]
    assert session.service is not None and session.service.carnet.path == demo_path


def test_a_failed_opening_with_nothing_before_says_nothing_is_open(session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    said = record_signals(session)
    assert session.open_carnet(tmp_path / "disparu.carnet") is not None
    assert said == ["closed"] and session.service is None


def test_the_session_is_busy_while_the_worker_changes_the_carnet(qtbot, session, demo_path) -> None:  # type: ignore[no-untyped-def]
    assert session.open_carnet(demo_path) is None
    service, runner = session.service, session.runner
    assert service is not None and runner is not None
    pupil, item = service.pupils()[0].id, next(i.id for i in service.items() if i.kind == "objective")
    assert runner.run(RecordObservations(((pupil, item),), service.step_by_rank(3).id, service.periods()[1].starts_on))
    assert runner.undo_name() is not None
    said = record_signals(session)
    changes: list[Changes] = []
    runner.changed.connect(changes.append)
    release = threading.Event()
    results: list[object] = []

    def work(target: CarnetService) -> str:
        assert target is service
        release.wait(10)
        return "fait"

    session.run_detached(work, results.append, "Effacement…")
    assert session.busy and session.busy_label == "Effacement…"
    assert not session.usable and not session.writable and said == ["busy=True"]
    release.set()
    qtbot.waitUntil(lambda: results == ["fait"], timeout=10_000)
    assert not session.busy and session.usable and said == ["busy=True", "busy=False"]
    # Work outside the operations cannot be undone: the runner forgot the history and said what changed.
    assert changes == [EVERYTHING] and runner.undo_name() is None and service.undo_kind() is None


# ---------------------------------------------------------------- the runner's other door


def test_a_change_no_ctrl_z_takes_back_goes_through_the_runner(demo) -> None:  # type: ignore[no-untyped-def]
    runner = ActionRunner(demo)
    changes: list[Changes] = []
    runner.changed.connect(changes.append)
    pupil, item = demo.pupils()[0].id, next(i.id for i in demo.items() if i.kind == "objective")
    runner.run(RecordObservations(((pupil, item),), demo.step_by_rank(2).id, demo.periods()[1].starts_on))
    changes.clear()

    def refused(_service: CarnetService) -> None:
        raise InvalidInputError("Choisissez une copie du carnet, pas le carnet ouvert lui-même.")

    with pytest.raises(InvalidInputError):
        runner.run_irreversible(refused)
    assert changes == [] and runner.undo_name() is not None  # refused: nothing changed, nothing forgotten

    assert runner.run_irreversible(lambda service: len(service.pupils()), Changes(Part.ITEMS)) > 0
    assert changes == [Changes(Part.ITEMS)]
    assert runner.undo_name() is None and demo.undo_kind() is None


# ---------------------------------------------------------------- who follows the session


def test_documents_menu_entries_follow_the_session(qtbot, window, demo_path) -> None:  # type: ignore[no-untyped-def]
    def enabled(name: str) -> bool:
        found = window.findChild(QAction, name)
        assert isinstance(found, QAction)
        return found.isEnabled()

    entries = ("exportPupilsAction", "exportGridAction", "importPupilsAction", "importObservationsAction")
    assert not any(enabled(n) for n in entries)
    assert window.open_carnet(demo_path) is None
    assert all(enabled(n) for n in entries)

    release = threading.Event()
    window.session.run_detached(lambda _service: release.wait(10), lambda _result: None, "Archivage…")
    assert not any(enabled(n) for n in entries)  # the worker changes the carnet: no export reads it
    release.set()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=10_000)
    assert all(enabled(n) for n in entries)

    window.close_carnet()
    assert not any(enabled(n) for n in entries)
    assert window.open_carnet(demo_path, read_only=True) is None
    assert enabled("exportPupilsAction") and not enabled("importPupilsAction")  # read-only: nothing comes in


def test_a_merge_refreshes_the_pages_without_building_them_again(  # type: ignore[no-untyped-def]
    qtbot, demo_window, tmp_path, monkeypatch
) -> None:
    from progression.backup import make_backup
    from ui.pupil_panel import PupilPanel

    window = demo_window
    copy = make_backup(window.service.carnet.path, target=tmp_path / "portable.carnet")
    pupil_id, item_id = an_empty_cell(window)
    laptop = CarnetService.open(copy)
    brought = laptop.run(RecordObservations(((pupil_id, item_id),), laptop.step_by_rank(4).id,
                                            window.observed_on())).recorded[0]
    laptop.close()
    for index in range(1, len(window.page_titles)):
        window.panel(index)
    pupils = window.panel(1)
    assert isinstance(pupils, PupilPanel)
    pupils.show_pupil(pupil_id)
    window.show_page(3)
    before = list(window.panels)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(ConfirmDialog, "ask", staticmethod(lambda *_args: True))
    monkeypatch.setattr(InfoDialog, "show", staticmethod(lambda message, parent=None: None))

    window.merge_action.trigger()
    assert window.panels == before and all(a is b for a, b in zip(window.panels, before, strict=True))
    assert window.current_page() == 3  # the page shown stays shown
    model = window.entry.model
    assert model.step_at(model.index_of(pupil_id, item_id)) == window.service.step_by_rank(4)
    assert pupils.pupil_id == pupil_id and pupils.timeline_model.index_of(brought.id).isValid()
    assert not window.undo_action.isEnabled()  # a merge is not undone with Ctrl+Z


def test_an_erasure_refreshes_the_pages_without_building_them_again(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, monkeypatch
) -> None:
    from ui.synthesis_panel import SynthesisPanel

    assert window.open_carnet(demo_path) is None
    for index in range(1, len(window.page_titles)):
        window.panel(index)
    before = list(window.panels)
    pupil = window.service.pupils()[0]
    monkeypatch.setattr(PurgeDialog, "ask", staticmethod(lambda *_args: PurgeRequest(pupil.id, pupil.display_name,
                                                                                      False)))
    monkeypatch.setattr(PurgeDialog, "confirm", staticmethod(lambda *_args: True))
    said: list[str] = []
    monkeypatch.setattr(InfoDialog, "show", staticmethod(lambda message, parent=None: said.append(message)))
    shown_while_busy: list[bool] = []
    window.session.busy_changed.connect(
        lambda busy: shown_while_busy.append(window.pages.currentWidget() is window.busy_page) if busy else None)

    window.purge_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert shown_while_busy == [True]  # the pages were out of reach while the worker erased
    assert window.pages.currentWidget() is window.workspace
    assert all(a is b for a, b in zip(window.panels, before, strict=True)) and len(window.panels) == len(before)
    model = window.entry.model
    assert pupil.id not in {model.pupil_at(row).id for row in range(model.rowCount())}
    synthesis = window.panel(3)
    assert isinstance(synthesis, SynthesisPanel) and synthesis.model.row_of(pupil.id) is None
    pupils = window.panel(1)
    assert pupil.id not in {pupils.list_model.pupil_id(r) for r in range(pupils.list_model.rowCount())}


def test_the_class_list_chosen_in_the_wizard_travels_with_its_request(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.new_carnet()
    wizard = window.wizard
    wizard.setField("label", "CE1")
    wizard.class_page.grade_boxes["CE1"].setChecked(True)
    wizard.next()
    wizard.next()
    wizard.pupils_page.path = tmp_path / "ce1.carnet"
    wizard.pupils_page.list_path = Path("liste.csv")
    assert wizard.request().pupil_list == Path("liste.csv")
    wizard.reject()
