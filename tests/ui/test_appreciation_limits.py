"""The appreciation's counter shows both limits while typing (1 500 for the bilans, 600 for its part
in the LSU); a longer text is refused whole with a sentence, never cut."""

from __future__ import annotations

from typing import Any

import pytest

from progression.errors import InvalidInputError
from progression.operations import SetAppreciation
from progression.service import CarnetService
from ui.runner import ActionRunner
from ui.synthesis_panel import SynthesisPanel


def test_counter_shows_both_limits_and_a_long_text_is_not_cut(demo: CarnetService, qtbot: Any,
                                                              errors: list[str]) -> None:
    runner = ActionRunner(demo)
    panel = SynthesisPanel(runner)
    qtbot.addWidget(panel)
    runner.changed.connect(panel.on_changes)
    panel.set_period(3)
    pupil = demo.pupils()[0]
    panel.select_pupil(pupil.id)

    panel.appreciation.setPlainText("a" * 412)
    assert panel.appreciation_status.text().startswith("412 / 1\u202f500 caractères · LSU : encore 188 sur 600")
    panel.save_appreciation()
    assert demo.appreciation(pupil.id, 3) == "a" * 412

    panel.appreciation.setPlainText("b" * 700)
    said = panel.appreciation_status.text()
    assert "LSU : 100 de trop" in said and "B00020" in panel.appreciation_status.styleSheet()
    panel.save_appreciation()  # kept whole for the bilans; the LSU export names it
    assert demo.appreciation(pupil.id, 3) == "b" * 700

    panel.appreciation.setPlainText("c" * 1501)
    assert "trop longue, pas enregistrée" in panel.appreciation_status.text()
    assert not panel._save_timer.isActive()
    panel.save_appreciation()  # leaving the field: the teacher is told, nothing is cut
    assert errors and "1501 caractères : 1500 au plus" in errors[-1]
    assert demo.appreciation(pupil.id, 3) == "b" * 700


def test_every_door_refuses_an_appreciation_longer_than_1500(demo: CarnetService) -> None:
    pupil, period = demo.pupils()[0], demo.period(3)
    with pytest.raises(InvalidInputError, match="1500 au plus"):
        demo.run(SetAppreciation(pupil.id, period.id, "x" * 1501))
    demo.run(SetAppreciation(pupil.id, period.id, "x" * 1500))
    assert demo.appreciation(pupil.id, 3) == "x" * 1500
