"""« Bilans de période » at the window's usual size: nothing cut in the table or the rule box.

Step columns are never narrower than the longest step (a scroll bar rather than cut words),
their headers wrap the competency's whole wording, and the rule combo shows the chosen rule's
whole name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from progression.synthesis import RULE_LABELS, Rule
from ui import step_style
from ui.synthesis_model import wrap_words
from ui.synthesis_panel import SynthesisPanel


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_steps_and_headers_are_whole_at_1400_px(demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_page(3)
    _settle()
    panel = demo_window.panel(3)
    assert isinstance(panel, SynthesisPanel)
    table, model = panel.table, panel.model
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(step_style.chip_text(s)) for s in panel.service.counting_steps())
    for column in range(1, model.columnCount()):
        assert header.sectionSize(column) >= widest + 10  # the chip delegate's margins: no « Partiellement attei… »
    # The demo's CE1-CE2 (the domain and four competencies) fits beside the names without scrolling.
    assert header.length() <= table.viewport().width()

    for column in range(1, model.columnCount()):
        item = model.item(column)
        text = model.headerData(column, Qt.Orientation.Horizontal)
        kind, *lines = text.split("\n")
        assert kind in ("Domaine", item.code.rsplit("-", 1)[-1])
        assert 1 <= len(lines) <= 3 and "…" not in text
        assert " ".join(lines) == item.label  # the whole wording, wrapped
        assert item.label in model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header.height() >= header.fontMetrics().height() * 4  # kind + three lines, none cut


def test_a_long_wording_is_wrapped_in_three_lines_then_elided(qapp) -> None:  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(qapp.font())
    label = "Lire et comprendre […] pour apprendre dans toutes les disciplines, au cycle 3 et au-delà"
    width = metrics.horizontalAdvance("M") * 12
    lines = wrap_words(label, metrics, width).split("\n")
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)


def test_the_rule_combo_shows_the_whole_rule_name(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_page(3)
    _settle()
    panel = demo_window.panel(3)
    combo = panel.rule
    for rule in (Rule(combo.currentData()), Rule.DECAYING):
        combo.setCurrentIndex(combo.findData(rule.value))
        _settle()
        assert combo.currentText() == RULE_LABELS[rule]
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 20, rule
    panel.revert_button.click()  # back to the carnet's rule: nothing applied
