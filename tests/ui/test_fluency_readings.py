"""Fluency readings as a teacher types them: no reading without words, prepared or not said on
every reading, and the readings giving the grade's speed objective its step in the synthesis."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from progression.cli import main as cli
from progression.errors import InvalidInputError
from progression.fluency import official_target, reading_level
from progression.operations import AddFluencyMeasure, SetObservationsDeleted
from progression.service import CarnetService
from ui.fluency_panel import FluencyPanel
from ui.fluency_table import FluencyTableModel
from ui.runner import ActionRunner

CE1_SPEED = "C2-24-L2-CE1.1"  # « Lire un texte adapté à son niveau de lecture avec une vitesse de 70 mots par minute »




@pytest.fixture
def panel(runner: ActionRunner, qtbot: Any) -> FluencyPanel:
    widget = FluencyPanel(runner)
    qtbot.addWidget(widget)
    runner.changed.connect(widget.on_changes)
    widget.resize(1300, 800)
    widget.day.setDate(date(2026, 11, 20))
    return widget


def _read(panel: FluencyPanel, qtbot: Any, pupil_id: str, words: str, *, prepared: bool, title: str) -> None:
    """One reading typed as the teacher does: pupil, text, box ticked or not, words, then Enter."""
    panel.select_pupil(pupil_id)
    panel.text.setCurrentText(title)
    panel.prepared.setChecked(prepared)
    panel.add_error()
    panel.words.setFocus()
    panel.words.selectAll()
    qtbot.keyClicks(panel.words, words)
    qtbot.keyClick(panel.words, Qt.Key.Key_Return)


def test_a_reading_with_no_word_is_refused(panel: FluencyPanel, demo: CarnetService, qtbot: Any,
                                          errors: list[str]) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    before = len(demo.fluency())
    panel.words.setFocus()
    qtbot.keyClick(panel.words, Qt.Key.Key_Return)  # « Mots lus » left at 0
    assert len(demo.fluency()) == before
    assert errors and errors[0].startswith("Aucun mot lu")
    assert "0 mots" not in panel.status.text()


def test_no_word_refused_by_every_door(demo: CarnetService) -> None:
    pupil = demo.pupils()[0]
    with pytest.raises(InvalidInputError, match="Aucun mot lu"):
        demo.run(AddFluencyMeasure(pupil.id, date(2026, 11, 20), 0, 0, 60.0))
    with pytest.raises(InvalidInputError, match="plus d'erreurs que de mots"):
        demo.run(AddFluencyMeasure(pupil.id, date(2026, 11, 20), 3, 5, 60.0))


def test_a_future_reading_is_refused_with_a_sentence(panel: FluencyPanel, demo: CarnetService, qtbot: Any,
                                                     errors: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.fluency_panel as module

    class Today(date):
        @classmethod
        def today(cls) -> date:
            return date(2026, 11, 20)

    monkeypatch.setattr(module, "date", Today)
    panel.show()
    qtbot.waitExposed(panel)
    panel.day.setDate(date(2026, 11, 23))
    before = len(demo.fluency())
    _read(panel, qtbot, demo.pupils()[0].id, "61", prepared=False, title="Rascal")
    assert len(demo.fluency()) == before
    assert errors and "après aujourd'hui" in errors[0] and "23/11/2026" in errors[0]


def test_prepared_and_cold_readings_are_saved_and_shown(panel: FluencyPanel, demo: CarnetService,
                                                        qtbot: Any, errors: list[str]) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    pupil = demo.pupils()[0]
    _read(panel, qtbot, pupil.id, "61", prepared=True, title="Rascal préparé")
    _read(panel, qtbot, pupil.id, "47", prepared=False, title="Rascal à froid")
    assert errors == []
    saved = {m.text_title: m for m in demo.fluency([pupil.id])}
    assert saved["Rascal préparé"].prepared and saved["Rascal préparé"].mclm == 60.0
    assert not saved["Rascal à froid"].prepared and saved["Rascal à froid"].mclm == 46.0

    model = panel.table_model
    shown = {model.data(model.index(r, FluencyTableModel.TEXT)): model.data(model.index(r, FluencyTableModel.PREPARED))
             for r in range(model.rowCount())}
    assert shown["Rascal préparé"] == "oui" and shown["Rascal à froid"] == "non"
    header = model.headerData(FluencyTableModel.GUIDE, Qt.Orientation.Horizontal)
    assert header == "Repère estimé (non officiel)"


def test_the_ce1_speed_objective_takes_its_step_from_the_readings(panel: FluencyPanel, demo: CarnetService,
                                                                 runner: ActionRunner, qtbot: Any) -> None:
    item = demo.item_by_code(CE1_SPEED)
    pupil = next(p for p in demo.pupils() if p.grade == "CE1")
    period = demo.period(2)
    observed = [o.id for o in demo.history(pupil.id, item.id) if period.contains(o.observed_on)]
    if observed:  # the teacher did not observe the objective directly this period
        runner.run(SetObservationsDeleted(tuple(observed), True))
    # Only readings of this period count; the demo's reading of period 2 is taken away too.
    runner.run(AddFluencyMeasure(pupil.id, date(2026, 11, 2), 30, 0, 60.0))

    panel.show()
    qtbot.waitExposed(panel)
    _read(panel, qtbot, pupil.id, "73", prepared=False, title="Rascal")  # 72 MCLM, official target 70

    row = next(r for r in demo.synthesis(2) if r.pupil_id == pupil.id and r.item_id == item.id)
    assert row.from_readings and row.rank == 3  # « Atteints »: the latest reading reaches 70

    # A later, slower cold reading is the one that counts.
    _read(panel, qtbot, pupil.id, "56", prepared=False, title="Monsieur Petit")  # 55 MCLM: at least 75 % of 70
    row = next(r for r in demo.synthesis(2) if r.pupil_id == pupil.id and r.item_id == item.id)
    assert row.rank == 2

    # What the teacher recorded on the objective wins over the readings.
    demo.run(_observe(demo, pupil.id, item.id, 4))
    row = next(r for r in demo.synthesis(2) if r.pupil_id == pupil.id and r.item_id == item.id)
    assert not row.from_readings and row.rank == 4


def _observe(demo: CarnetService, pupil_id: str, item_id: str, rank: int) -> Any:
    from progression.operations import RecordObservations

    return RecordObservations(((pupil_id, item_id),), demo.step_by_rank(rank).id, date(2026, 11, 20))


def test_reading_levels_follow_the_rule_in_the_guide() -> None:
    target = official_target("CE1")
    assert target == 70
    assert [reading_level(v, target, 4) for v in (40, 52.5, 69.9, 70, 83.9, 84)] == [0, 1, 1, 2, 2, 3]
    assert official_target("CP", prepared=True) == 50 and official_target("CE1", prepared=True) is None


def test_the_command_line_says_which_steps_come_from_readings(demo_path: Any, capsys: Any) -> None:
    assert cli(["synthesis", str(demo_path), "--period", "1", "--json"]) == 0
    assert '"from_readings"' in capsys.readouterr().out


def test_the_class_chart_tells_positions_apart_without_colour(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QColor, QImage

    import ui.charts as charts

    grey = QColor("#9E9E9E")
    monkeypatch.setattr(charts, "POSITION_COLORS", dict.fromkeys(("above", "near", "below", None), grey))
    images = []
    for where in ("above", "near", "below"):
        chart = charts.ClassFluencyChart()
        qtbot.addWidget(chart)
        chart.resize(400, 300)
        chart.set_bars([charts.Bar("Léo D.", 50.0, 60.0, where, "")])
        images.append(chart.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8))
    assert images[0] != images[1] and images[1] != images[2] and images[0] != images[2]
