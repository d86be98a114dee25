"""The pupil, fluency, synthesis and framework panels, driven as a teacher would.

Each test acts through the widgets (clicks, keys, menu actions, dialogs answered through
their ``ask`` classmethod) and then checks the carnet through the service, never only the
screen. Fixtures live here rather than in a shared conftest, to keep this file standalone.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from progression.fluency import year_end_target
from progression.names import match_key
from progression.service import CarnetService
from progression.views import SynthesisRow
from ui.fluency_panel import FluencyPanel
from ui.framework_panel import CustomItemDialog, CustomItemValues, FrameworkFiles, FrameworkPanel
from ui.pupil_forms import ObservationDialog, ObservationEdit
from ui.pupil_panel import PupilPanel
from ui.runner import ActionRunner
from ui.synthesis_panel import SynthesisPanel


def mount(panel: Any, runner: ActionRunner, qtbot: Any) -> Any:
    """Wire a panel as the main window does: every change reaches on_changes."""
    qtbot.addWidget(panel)
    runner.changed.connect(panel.on_changes)
    panel.resize(1300, 800)
    return panel


# ---------------------------------------------------------------- pupil page


def test_pupil_page_edits_and_deletes_an_observation(runner: ActionRunner, demo: CarnetService, qtbot: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    panel = mount(PupilPanel(runner), runner, qtbot)
    pupil = demo.pupils()[3]
    panel.show_pupil(pupil.id)
    assert panel.heading.text().startswith(pupil.display_name)
    first = demo.history(pupil.id)[0]
    original_step = demo.step(first.step_id)
    new_step = demo.step_by_rank(4 if original_step.rank != 4 else 1)

    # Ctrl is still held for Qt after a Ctrl+click elsewhere: a chosen cell must not be toggled off by it.
    qtbot.mouseClick(panel.heading, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier)
    panel.select_observation(first.id)
    assert panel.edit_button.isEnabled()
    answer = ObservationEdit(new_step.id, date(2026, 9, 15), "Atelier de lecture", "Lit seul l'album")
    monkeypatch.setattr(ObservationDialog, "ask", classmethod(lambda cls, service, obs, parent: answer))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)

    edited = next(o for o in demo.history(pupil.id) if o.id == first.id)
    assert (edited.step_id, edited.observed_on, edited.comment) == (new_step.id, date(2026, 9, 15),
                                                                    "Lit seul l'album")
    cell = panel.timeline_model.index_of(first.id)
    assert panel.timeline_model.data(cell).startswith(new_step.symbol)
    assert "Lit seul l'album" in panel.timeline_model.data(cell, Qt.ItemDataRole.ToolTipRole)

    panel.select_observation(first.id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert first.id not in {o.id for o in demo.history(pupil.id)}
    assert not panel.timeline_model.index_of(first.id).isValid()

    runner.undo()  # the deletion
    assert first.id in {o.id for o in demo.history(pupil.id)}
    assert panel.timeline_model.index_of(first.id).isValid()
    runner.undo()  # the edit
    restored = next(o for o in demo.history(pupil.id) if o.id == first.id)
    assert (restored.step_id, restored.observed_on) == (first.step_id, first.observed_on)


def test_pupil_details_are_saved_and_undone(runner: ActionRunner, demo: CarnetService, qtbot: Any) -> None:
    panel = mount(PupilPanel(runner), runner, qtbot)
    pupil = demo.pupils()[0]
    panel.show_pupil(pupil.id)
    assert not panel.save_button.isEnabled()
    panel.first_name.clear()
    qtbot.keyClicks(panel.first_name, "Elisabeth")  # QTest types ASCII only
    assert panel.save_button.isEnabled()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert demo.pupil(pupil.id).first_name == "Elisabeth"
    assert demo.pupil(pupil.id).ine == pupil.ine  # untouched fields stay
    runner.undo()
    assert demo.pupil(pupil.id).first_name == pupil.first_name
    assert panel.first_name.text() == pupil.first_name

    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert panel.heading.text() == "Nouvel élève" and panel.save_button.isEnabled()
    qtbot.keyClicks(panel.last_name, "Nouveau")
    qtbot.keyClicks(panel.first_name, "Jules")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    created = next(p for p in demo.pupils() if p.last_name == "Nouveau")
    assert panel.pupil_id == created.id and panel.list_model.row_of(created.id) is not None

    accented = next(p for p in demo.pupils() if not p.first_name.isascii())
    qtbot.keyClicks(panel.filter, match_key(accented.first_name).upper())  # accents and case ignored
    shown = [panel.list_model.pupil_id(r) for r in range(panel.list_model.rowCount())]
    assert accented.id in shown and len(shown) < len(demo.pupils())


def test_pupil_curve_has_the_measures_and_the_guide(runner: ActionRunner, demo: CarnetService,
                                                     qtbot: Any) -> None:
    panel = mount(PupilPanel(runner), runner, qtbot)
    pupil = demo.pupils()[2]
    panel.show_pupil(pupil.id)
    assert [p.value for p in panel.curve.points] == [m.mclm for m in demo.fluency([pupil.id])]
    assert panel.curve.guide and panel.curve.target == year_end_target(pupil.grade)
    assert "Période 1" in panel.notes.toPlainText()


# ---------------------------------------------------------------- fluency


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_fluency_session_with_keys(runner: ActionRunner, demo: CarnetService, qtbot: Any,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    beeps: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    panel = mount(FluencyPanel(runner), runner, qtbot)
    clock = FakeClock()
    panel.clock.now = clock
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=2000)
    pupil = demo.pupils()[5]
    panel.select_pupil(pupil.id)
    panel.text.setCurrentText("Rascal")
    import ui.fluency_panel as fluency_module

    class LaterToday(date):  # the session happens after the demo's measures of period 2
        @classmethod
        def today(cls) -> date:
            return date(2027, 1, 2)

    monkeypatch.setattr(fluency_module, "date", LaterToday)
    panel.day.setDate(date(2027, 1, 2))  # after the demo's measures: the latest of period 2
    before = len(demo.fluency([pupil.id]))

    panel.error_button.setFocus()
    qtbot.keyClick(panel.error_button, Qt.Key.Key_Space)  # start
    assert panel.clock.running
    clock.t += 30
    panel.tick()
    assert panel.display.text() == "30"
    for _ in range(3):
        qtbot.keyClick(panel.error_button, Qt.Key.Key_E)
    qtbot.keyClick(panel.error_button, Qt.Key.Key_Backspace)
    assert panel.errors == 2
    clock.t += 31
    panel.tick()
    assert panel.finished and panel.display.text() == "Temps écoulé !"
    assert "#C62828" in panel.display.styleSheet() and beeps == [True]
    assert panel.seconds.value() == 60
    qtbot.keyClicks(panel.words, "58")  # the words field has focus, its text selected
    assert panel.words.value() == 58
    assert panel.mclm_label.text() == "<b>56</b>"
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    measures = demo.fluency([pupil.id])
    assert len(measures) == before + 1
    saved = next(m for m in measures if m.measured_on == date(2027, 1, 2) and m.text_title == "Rascal"
                 and m.words_read == 58)
    assert (saved.errors, saved.seconds, saved.mclm) == (2, 60.0, 56.0)
    assert panel.errors == 0 and panel.words.value() == 0  # ready for the next pupil
    assert panel.pupil.currentData() != pupil.id
    assert any(b.label.startswith(pupil.first_name) and b.value == 56.0 for b in panel.chart.bars)
    assert any(panel.table_model.measure(r).id == saved.id for r in range(panel.table_model.rowCount()))


def test_fluency_stopped_early_counts_the_time_read(runner: ActionRunner, demo: CarnetService,
                                                   qtbot: Any) -> None:
    panel = mount(FluencyPanel(runner), runner, qtbot)
    clock = FakeClock()
    panel.clock.now = clock
    pupil = demo.pupils()[1]
    panel.select_pupil(pupil.id)
    panel.day.setDate(date(2026, 11, 23))
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    clock.t += 45.2
    qtbot.mouseClick(panel.error_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # stop
    assert not panel.clock.running and panel.seconds.value() == 45
    panel.words.setValue(40)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = next(m for m in demo.fluency([pupil.id]) if m.measured_on == date(2026, 11, 23))
    assert (saved.words_read, saved.errors, saved.seconds, saved.mclm) == (40, 1, 45.0, 52.0)

    row = next(r for r in range(panel.table_model.rowCount()) if panel.table_model.measure(r).id == saved.id)
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert saved.id not in {m.id for m in demo.fluency([pupil.id])}


def test_fluency_refuses_impossible_figures(runner: ActionRunner, demo: CarnetService, qtbot: Any,
                                           errors: list[str]) -> None:
    panel = mount(FluencyPanel(runner), runner, qtbot)
    before = len(demo.fluency())
    panel.day.setDate(date(2026, 11, 20))
    for _ in range(3):
        panel.add_error()
    panel.words.setValue(2)
    assert panel.mclm_label.text() == "–"
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert len(demo.fluency()) == before and errors and "erreurs" in errors[0]


# ---------------------------------------------------------------- synthesis


def _cell(panel: SynthesisPanel, pupil_id: str, item_id: str) -> QModelIndex:
    row, column = panel.model.row_of(pupil_id), panel.model.column_of(item_id)
    assert row is not None and column is not None
    return panel.model.index(row, column)


def test_override_with_one_click_then_back_to_computation(
    runner: ActionRunner, demo: CarnetService, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = mount(SynthesisPanel(runner), runner, qtbot)
    panel.set_period(2)
    period = demo.period(2)
    row = next(r for r in demo.synthesis(2) if r.kind == "competency" and not r.overridden
               and r.rank is not None)
    target = demo.step_by_rank(4 if row.rank != 4 else 1)
    index = _cell(panel, row.pupil_id, row.item_id)

    chosen: list[str] = []

    def answer(menu: QMenu, at: object) -> None:
        # The teacher picks the entry whose text starts with chosen[0].
        action = next(a for a in menu.actions() if a.text().startswith(chosen[0]))
        action.trigger()

    monkeypatch.setattr(panel, "show_menu", answer)
    panel.show()
    qtbot.waitExposed(panel)
    chosen.append(f"{target.symbol} {target.short}")
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(index).center())

    assert demo.overrides(2)[(row.pupil_id, row.item_id)] == target.id
    index = _cell(panel, row.pupil_id, row.item_id)
    assert panel.model.data(index).endswith("✎")
    assert panel.model.data(index).startswith(target.symbol)
    assert "décision de l'enseignant" in panel.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert panel.model.data(index, Qt.ItemDataRole.UserRole + 1) is True

    menu = panel.override_menu(index)
    back = next(a for a in menu.actions() if a.text().startswith("Revenir au calcul"))
    assert back.isEnabled()
    back.trigger()
    assert (row.pupil_id, row.item_id) not in demo.overrides(2)
    index = _cell(panel, row.pupil_id, row.item_id)
    assert not panel.model.data(index, Qt.ItemDataRole.UserRole + 1)
    assert row.rank is not None
    computed = demo.step_by_rank(row.rank)
    assert panel.model.data(index) == f"{computed.symbol} {computed.short}"

    runner.undo()
    assert demo.overrides(2)[(row.pupil_id, row.item_id)] == target.id
    assert panel.model.data(_cell(panel, row.pupil_id, row.item_id)).endswith("✎")
    assert period.id  # the override belongs to the period shown


def test_appreciation_is_saved_after_a_pause_and_on_leaving(runner: ActionRunner, demo: CarnetService,
                                                            qtbot: Any) -> None:
    panel = mount(SynthesisPanel(runner), runner, qtbot)
    panel.set_period(3)  # the demo has no appreciations yet for period 3
    first, second = demo.pupils()[0], demo.pupils()[1]
    panel.select_pupil(first.id)
    assert panel.appreciation.isEnabled() and panel.appreciation.toPlainText() == ""
    panel._save_timer.setInterval(30)
    qtbot.keyClicks(panel.appreciation, "Lit avec plaisir.")
    qtbot.waitUntil(lambda: demo.appreciation(first.id, 3) == "Lit avec plaisir.", timeout=2000)

    qtbot.keyClicks(panel.appreciation, " Bravo")
    panel._save_timer.setInterval(60_000)  # no pause this time: changing pupil must save
    qtbot.keyClicks(panel.appreciation, " !")
    panel.select_pupil(second.id)
    assert demo.appreciation(first.id, 3) == "Lit avec plaisir. Bravo !"
    assert panel.appreciation.toPlainText() == ""

    panel.select_pupil(first.id)
    runner.undo()
    assert demo.appreciation(first.id, 3) == "Lit avec plaisir."
    assert panel.appreciation.toPlainText() == "Lit avec plaisir."


def _expected_counts(before: list[SynthesisRow], after: list[SynthesisRow]) -> tuple[int, int, int]:
    old = {(r.pupil_id, r.item_id): r.rank for r in before}
    new = {(r.pupil_id, r.item_id): r.rank for r in after}
    moved = [(old[k], new[k]) for k in old if k in new and old[k] != new[k]]
    up = sum(1 for a, b in moved if a is not None and b is not None and b > a)
    down = sum(1 for a, b in moved if a is not None and b is not None and b < a)
    return len(moved), up, down


def test_settings_preview_then_apply(runner: ActionRunner, demo: CarnetService, qtbot: Any) -> None:
    panel = mount(SynthesisPanel(runner), runner, qtbot)
    panel.set_period(2)
    assert "Moyenne pondérée (1, 2, 4, 8…)" in panel.rule_label.text()
    assert not panel.apply_button.isEnabled()

    panel.rule.setCurrentIndex(panel.rule.findData("last"))
    changed, up, down = _expected_counts(demo.synthesis(2), demo.synthesis(2, demo.rule_options(rule="last")))
    assert changed > 0
    counts = panel.preview_counts
    assert counts is not None and (counts.changed, counts.up, counts.down) == (changed, up, down)
    assert f"{changed} positionnements changent ({up} montent, {down} descendent)" in panel.preview.text()

    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert demo.settings.rule == "last"
    assert "Dernière observation" in panel.rule_label.text()
    shown = {(panel.model.pupil(r).id, panel.model.item(c).id): panel.model.cell(panel.model.index(r, c))
             for r in range(panel.model.rowCount()) for c in range(1, panel.model.columnCount())}
    for row in demo.synthesis(2):
        if (row.pupil_id, row.item_id) in shown:
            assert shown[(row.pupil_id, row.item_id)] == row

    panel.window_spin.setValue(2)
    assert "Avec ce réglage" in panel.preview.text()
    panel.window_spin.setValue(0)
    runner.undo()
    assert demo.settings.rule == "weighted_geometric"
    assert panel.rule.currentData() == "weighted_geometric"
    assert "Moyenne pondérée" in panel.rule_label.text()


# ---------------------------------------------------------------- framework


def test_framework_custom_item_hide_and_show(runner: ActionRunner, demo: CarnetService, qtbot: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    panel = mount(FrameworkPanel(runner), runner, qtbot)
    competency = demo.item_by_code("C2-24-L2")
    panel.select_key(competency.id)
    assert panel.add_button.isEnabled()
    answer = CustomItemValues("C2-24-L2-PERSO1", "Lire un album à un camarade de CP", ("CE1", "CE2"))
    monkeypatch.setattr(CustomItemDialog, "ask", classmethod(lambda cls, service, item, kind, parent: answer))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    created = demo.item_by_code("C2-24-L2-PERSO1")
    assert created.custom and created.parent_code == "C2-24-L2" and created.grades == ("CE1", "CE2")
    index = panel.model.index_of(created.id)
    assert index.isValid() and panel.model.parent(index) == panel.model.index_of(competency.id)
    assert "personnel" in panel.model.index(index.row(), 3, index.parent()).data()

    panel.select_key(created.id)
    qtbot.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)
    assert demo.item(created.id).hidden
    assert not panel.model.index_of(created.id).isValid()  # hidden items are left out by default

    panel.show_hidden.setChecked(True)
    index = panel.model.index_of(created.id)
    assert index.isValid()
    assert panel.model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == "#9a9a9a"
    panel.select_key(created.id)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert not demo.item(created.id).hidden
    runner.undo()
    assert demo.item(created.id).hidden


def test_framework_flags_unverified_wording(runner: ActionRunner, demo: CarnetService, qtbot: Any) -> None:
    panel = mount(FrameworkPanel(runner), runner, qtbot)
    unverified = next(i for i in demo.items(["CE2"]) if not i.verified)
    index = panel.model.index_of(unverified.id)
    assert panel.model.data(index).startswith("⚠")
    assert "intitulé à vérifier dans le BO" in panel.model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_framework_export_and_import(runner: ActionRunner, demo: CarnetService, qtbot: Any, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    panel = mount(FrameworkPanel(runner), runner, qtbot)
    out = tmp_path / "cycle2.json"
    monkeypatch.setattr(FrameworkFiles, "save_path", staticmethod(lambda parent, suggested: out))
    panel.select_key("fw:C2-2024")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert {i["code"] for i in exported["items"]} == {i.code for i in demo.items(include_hidden=True)
                                                      if i.framework_code == "C2-2024"}

    source = tmp_path / "rallye.csv"
    source.write_text("code;label;kind;parent;grades\n"
                      "RAL;Rallye lecture;domain;;CE1,CE2\n"
                      "RAL-1;Lire des albums;competency;RAL;CE1,CE2\n"
                      "RAL-1.1;Lire cinq albums du rallye;objective;RAL-1;CE1,CE2\n", encoding="utf-8")
    monkeypatch.setattr(FrameworkFiles, "open_path", staticmethod(lambda parent: source))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    imported = demo.item_by_code("RAL-1.1")
    assert imported.parent_code == "RAL-1"
    assert panel.model.index_of(imported.id).isValid()
    assert "3 éléments importés" in panel.status.text()


# ---------------------------------------------------------------- models


def test_models_pass_the_model_tester(runner: ActionRunner, demo: CarnetService, qtbot: Any,
                                      qtmodeltester: Any) -> None:
    pupils = mount(PupilPanel(runner), runner, qtbot)
    pupils.show_pupil(demo.pupils()[4].id)
    qtmodeltester.check(pupils.list_model)
    qtmodeltester.check(pupils.timeline_model)
    fluency = mount(FluencyPanel(runner), runner, qtbot)
    qtmodeltester.check(fluency.table_model)
    synthesis = mount(SynthesisPanel(runner), runner, qtbot)
    synthesis.set_period(1)
    qtmodeltester.check(synthesis.model)
    framework = mount(FrameworkPanel(runner), runner, qtbot)
    framework.grade.setCurrentIndex(framework.grade.findData(""))
    framework.show_hidden.setChecked(True)
    qtmodeltester.check(framework.model)


def test_panels_follow_the_period(runner: ActionRunner, demo: CarnetService, qtbot: Any) -> None:
    panels: list[QWidget] = [mount(cls(runner), runner, qtbot)
                             for cls in (PupilPanel, FluencyPanel, SynthesisPanel, FrameworkPanel)]
    for period in demo.periods():
        for panel in panels:
            panel.set_period(period.index)  # type: ignore[attr-defined]
    synthesis = panels[2]
    assert isinstance(synthesis, SynthesisPanel) and synthesis.model.period.index == demo.periods()[-1].index


def test_panels_draw_on_an_empty_carnet(empty: CarnetService, qtbot: Any) -> None:
    runner = ActionRunner(empty)
    for cls in (PupilPanel, FluencyPanel, SynthesisPanel, FrameworkPanel):
        panel = mount(cls(runner), runner, qtbot)
        assert not panel.grab().isNull()


def test_a_decision_on_an_objective_from_the_synthesis_page_is_marked_everywhere(
    qtbot: Any, demo_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From a competency's menu, the teacher decides the step of one of its objectives: the
    synthesis uses it, and the grid, the pupil page, the pupil and parent PDFs and the class
    grid mark it ✎."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from progression.cli import main
    from ui.grid.model import LOOK_ROLE

    service: CarnetService = demo_window.service
    period = demo_window.entry.model.period
    decided = {key for key in service.overrides(period.index)}
    row = next(r for r in service.synthesis(period.index) if r.kind == "objective" and r.rank is not None
               and r.pupil_id not in {p for p, _ in decided} and service.pupil(r.pupil_id).grade == "CE1")
    pupil, objective = service.pupil(row.pupil_id), service.item(row.item_id)
    target = service.step_by_rank(4 if row.rank != 4 else 1)

    def pdf(wording: str) -> str:
        out = tmp_path / f"{wording}.pdf"
        assert main(["export", str(service.carnet.path), "--period", str(period.index), "--format", "pdf",
                     "--pupil", pupil.id, "--wording", wording, "--out", str(out)]) == 0
        return "".join("".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages)

    assert "✎" not in pdf("official")

    demo_window.show_page(3)
    panel = demo_window.workspace.panel(3)
    assert isinstance(panel, SynthesisPanel)
    chosen: list[QMenu] = []

    def answer(menu: QMenu, at: object) -> None:
        chosen.append(menu)
        submenu = next(a.menu() for a in menu.actions() if a.menu() is not None and a.data() == objective.id)
        next(a for a in submenu.actions() if a.text().startswith(f"{target.symbol} {target.short}")).trigger()

    monkeypatch.setattr(panel, "show_menu", answer)
    index = _cell(panel, pupil.id, objective.parent_code and service.item_by_code(objective.parent_code).id)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=panel.table.visualRect(index).center())
    assert chosen, "the competency's menu was not shown"

    assert service.overrides(period.index)[(pupil.id, objective.id)] == target.id
    synthesis = next(r for r in service.synthesis(period.index, pupil_ids=[pupil.id]) if r.item_id == objective.id)
    assert (synthesis.rank, synthesis.overridden, synthesis.computed_rank) == (target.rank, True, row.rank)
    assert demo_window.undo_action.text() == "Annuler : Positionnement retenu"
    tip = panel.model.data(_cell(panel, pupil.id, service.item_by_code(objective.parent_code).id),
                           Qt.ItemDataRole.ToolTipRole)
    assert f"✎ décision de l'enseignant sur l'objectif {objective.code}" in tip
    menu = panel.override_menu(index)
    entry = next(a for a in menu.actions() if a.data() == objective.id)
    assert entry.text().endswith("✎")

    grid = demo_window.entry.model
    cell = grid.index_of(pupil.id, objective.id)
    assert cell.data(LOOK_ROLE)[3] is True
    assert "✎ décision de l&#x27;enseignant pour " in cell.data(Qt.ItemDataRole.ToolTipRole)  # HTML-escaped

    pupils = demo_window.workspace.panel(1)
    assert isinstance(pupils, PupilPanel)
    pupils.show_pupil(pupil.id)
    timeline = pupils.timeline_model
    labels = [timeline.data(timeline.index(r, 0)) for r in range(timeline.rowCount())]
    assert f"✎ {objective.code} — {objective.label}" in labels

    official = pdf("official")
    assert "✎décisiondel'enseignant" in official
    assert "".join(objective.label.split()) in official
    assert "✎décisiondel'enseignant" in pdf("family")

    out = tmp_path / "grille.xlsx"
    assert main(["export", str(service.carnet.path), "--period", str(period.index), "--format", "xlsx",
                 "--out", str(out)]) == 0
    book = load_workbook(out)
    values = {c.value for sheet in book.worksheets for line in sheet.iter_rows() for c in line}
    assert f"{target.short} ✎" in values

    demo_window.undo_action.trigger()
    assert (pupil.id, objective.id) not in service.overrides(period.index)
    assert grid.index_of(pupil.id, objective.id).data(LOOK_ROLE)[3] is False
