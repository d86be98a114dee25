"""Grids and decoding readings from the « Fluence » page, as a teacher enters them: a timed reading
of syllables and one of pseudo-words kept apart from the fluency, a reading aloud grid and a
comprehension grid filled with the keys 1 to 4 and saved with Enter, the step they give the
objectives they evidence on the synthesis page, and a grid deleted then brought back."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from progression.operations import SetObservationsDeleted
from progression.service import CarnetService
from tests.demo_reading import deleting_demo_reading
from ui import step_style
from ui.fluency_panel import FluencyPanel
from ui.runner import ActionRunner
from ui.synthesis_panel import SynthesisPanel

CE1_PUNCTUATION = "C2-24-L2-CE1.2"  # « … en respectant tous les signes de ponctuation et les groupes de souffle »
CE1_INFERENCES = "C2-24-L3-CE1.4"




@pytest.fixture
def panel(runner: ActionRunner, qtbot: Any) -> FluencyPanel:
    widget = FluencyPanel(runner)
    qtbot.addWidget(widget)
    runner.changed.connect(widget.on_changes)
    widget.resize(1300, 800)
    widget.day.setDate(date(2026, 11, 20))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _without_grids(demo: CarnetService, runner: ActionRunner, pupil_ids: list[str] | None = None) -> None:
    for operation in deleting_demo_reading(demo, pupil_ids):
        runner.run(operation)


@pytest.fixture
def pupil(demo: CarnetService, runner: ActionRunner) -> Any:
    """A CE1 pupil whose reading objectives were not observed in period 2 and who has no grid nor
    decoding reading yet: the grids entered decide."""
    chosen = next(p for p in demo.pupils() if p.grade == "CE1")
    _without_grids(demo, runner, [chosen.id])
    period = demo.period(2)
    for code in (CE1_PUNCTUATION, CE1_INFERENCES):
        item = demo.item_by_code(code)
        observed = tuple(o.id for o in demo.history(chosen.id, item.id) if period.contains(o.observed_on))
        if observed:
            runner.run(SetObservationsDeleted(observed, True))
    return chosen


def _timed(panel: FluencyPanel, qtbot: Any, pupil_id: str, what: str, words: str, errors: int) -> None:
    panel.select_pupil(pupil_id)
    panel.reading_kind.setCurrentIndex(panel.reading_kind.findText(what))
    panel.text.setCurrentText("Liste 4")
    for _ in range(errors):
        qtbot.keyClick(panel.error_button, Qt.Key.Key_E)
    panel.words.setFocus()
    panel.words.selectAll()
    qtbot.keyClicks(panel.words, words)
    qtbot.keyClick(panel.words, Qt.Key.Key_Return)


def test_syllables_and_pseudo_words_are_timed_readings_apart_from_the_fluency(
        panel: FluencyPanel, demo: CarnetService, pupil: Any, qtbot: Any, errors: list[str]) -> None:
    texts = len(demo.fluency())
    bars = [(b.label, b.value) for b in panel.class_bars(panel._period_measures())]
    _timed(panel, qtbot, pupil.id, "des syllabes", "52", 4)
    assert not errors
    assert "48 syllabes/min" in panel.status.text() and "décodage" in panel.status.text()
    assert not panel.prepared.isEnabled()  # « préparé » says something of a text only
    _timed(panel, qtbot, pupil.id, "des pseudo-mots", "25", 1)
    assert "24 pseudo-mots/min" in panel.status.text()

    assert len(demo.fluency()) == texts  # the fluency of texts, its chart and its table are untouched
    assert panel.table_model.rowCount() == len([m for m in demo.fluency() if panel._period.contains(m.measured_on)])
    assert [(b.label, b.value) for b in panel.class_bars(panel._period_measures())] == bars
    assert [m.mclm for m in demo.fluency([pupil.id], kind="syllables")] == [48.0]
    assert [m.mclm for m in demo.fluency([pupil.id], kind="pseudo_words")] == [24.0]

    panel.select_pupil(pupil.id)
    shown = panel.readings.entries()
    assert ("20/11/2026", "Syllabes — Liste 4", "48 syllabes/min (52 lus, 4 erreurs, 60 s)") in shown
    assert ("20/11/2026", "Pseudo-mots — Liste 4", "24 pseudo-mots/min (25 lus, 1 erreurs, 60 s)") in shown
    panel.reading_kind.setCurrentIndex(0)
    assert panel.prepared.isEnabled()


def _grid(panel: FluencyPanel, qtbot: Any, button: Any, keys: str) -> Any:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.readings.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    for key in keys:
        qtbot.keyClick(dialog.focusWidget() or dialog, key)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    return dialog


def test_a_prosody_and_a_comprehension_grid_feed_the_objectives_they_evidence(
        panel: FluencyPanel, demo: CarnetService, runner: ActionRunner, pupil: Any, qtbot: Any,
        errors: list[str]) -> None:
    synthesis = SynthesisPanel(runner)
    qtbot.addWidget(synthesis)
    runner.changed.connect(synthesis.on_changes)
    synthesis.set_period(2)
    synthesis.show()

    panel.select_pupil(pupil.id)
    panel.text.setCurrentText("Rascal")
    # Phrasing 3, punctuation 4, expressivity 2, flow 3, then Enter.
    dialog = _grid(panel, qtbot, panel.readings.prosody_button, "3423")
    assert not errors and dialog.saved and not dialog.isVisible()
    saved = [g for g in demo.reading_grids([pupil.id]) if g.kind == "prosody"][-1]
    assert saved.levels == {"phrasing": 3, "punctuation": 4, "expressivity": 2, "flow": 3}
    assert saved.text_title == "Rascal" and saved.assessed_on == date(2026, 11, 20)
    assert ("20/11/2026", "Lecture à voix haute — Rascal",
            "Groupes de souffle / phrasé 3/4 · Ponctuation 4/4 · Expressivité 2/4 · Fluidité / débit 3/4") \
        in panel.readings.entries()

    # The synthesis page: the CE1 objective on punctuation and breath groups, mean 3.5 → « Dépassés ».
    item = demo.item_by_code(CE1_PUNCTUATION)
    row = synthesis.model.row_for(pupil.id, item.id)
    assert row is not None and row.from_grid == "prosody" and row.rank == 4
    competency = demo.item_by_code("C2-24-L2")
    menu = synthesis.override_menu(synthesis.model.index(synthesis.model.row_of(pupil.id),
                                                         synthesis.model.column_of(competency.id)))
    entry = f"CE1.2 — {step_style.chip_text(demo.step_by_rank(4))}"
    assert entry in [a.text() for a in menu.actions()]
    index = synthesis.model.index(synthesis.model.row_of(pupil.id), synthesis.model.column_of(competency.id))
    tip = synthesis.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert f"{CE1_PUNCTUATION} : {step_style.describe(demo.step_by_rank(4))}, d'après la dernière grille de " \
           "lecture à voix haute" in tip

    # A comprehension grid left incomplete is refused with a sentence, and the dialog stays open.
    dialog = _grid(panel, qtbot, panel.readings.comprehension_button, "41")
    assert errors and "Choisissez un niveau" in errors[-1] and "Justifier avec le texte" in errors[-1]
    assert dialog.isVisible() and not dialog.saved
    for key in "23":
        qtbot.keyClick(dialog.focusWidget() or dialog, key)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.saved
    inferences = synthesis.model.row_for(pupil.id, demo.item_by_code(CE1_INFERENCES).id)
    assert inferences.from_grid == "comprehension" and inferences.rank == 1  # inferential answers: level 1

    # Deleted from the pupil's list, then back with undo.
    panel.readings.list.selectRow(0)
    before = len(demo.reading_grids([pupil.id]))
    qtbot.mouseClick(panel.readings.delete_button, Qt.MouseButton.LeftButton)
    assert len(demo.reading_grids([pupil.id])) == before - 1
    runner.undo()
    assert len(demo.reading_grids([pupil.id])) == before
    assert len(panel.readings.entries()) >= 2


def test_a_decoding_session_goes_round_the_pupils_not_yet_read_for_decoding(
        panel: FluencyPanel, demo: CarnetService, runner: ActionRunner, qtbot: Any, errors: list[str]) -> None:
    """Every pupil has read a text this period in the demo; with the demo's decoding readings taken
    away, none has read syllables: after a syllable reading the next pupil in the list comes, and a
    pupil who already read syllables is skipped."""
    _without_grids(demo, runner)
    pupils = [panel.pupil.itemData(row) for row in range(panel.pupil.count())]
    _timed(panel, qtbot, pupils[2], "des syllabes", "40", 0)
    assert panel.pupil.currentData() == pupils[3]
    _timed(panel, qtbot, pupils[1], "des syllabes", "40", 0)
    assert panel.pupil.currentData() == pupils[3]  # the third pupil read syllables already: skipped
    assert not errors
