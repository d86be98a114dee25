"""The small forms of the « Élèves » page: an observation changed after the fact (step, date,
activity, comment), and a date the teacher may leave empty."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from progression.service import CarnetService
from progression.views import ObservationView
from ui import step_style
from ui.widgets import from_qdate, name_from_buddies, to_qdate


@dataclass(frozen=True)
class ObservationEdit:
    step_id: str
    observed_on: date
    activity: str
    comment: str


class ObservationDialog(QDialog):
    """« Modifier l'observation »: step, date, activity, comment."""

    def __init__(self, service: CarnetService, obs: ObservationView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifier l'observation"))
        item = service.item(obs.item_id)
        klass = service.class_info()
        self.step = QComboBox()
        for step in service.steps():
            self.step.addItem(step_style.chip_text(step), step.id)
            row = self.step.count() - 1
            self.step.setItemData(row, step_style.fill_brush(step), Qt.ItemDataRole.BackgroundRole)
            self.step.setItemData(row, QBrush(step_style.text_color(step)), Qt.ItemDataRole.ForegroundRole)
        self.step.setCurrentIndex(max(0, self.step.findData(obs.step_id)))
        self.day = QDateEdit(to_qdate(obs.observed_on))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDateRange(to_qdate(klass.year_starts_on), to_qdate(klass.year_ends_on))
        self.activity = QComboBox()
        self.activity.setEditable(True)
        self.activity.addItems(list(service.settings.activities))
        self.activity.setCurrentText(obs.activity)
        self.comment = QPlainTextEdit(obs.comment)
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)  # four lines, at any font size
        title = QLabel(f"<b>{item.code}</b> — {item.label}")
        title.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Échelon"), self.step)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Activité"), self.activity)
        form.addRow(self.tr("Commentaire"), self.comment)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
        name_from_buddies(self)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 52, self.sizeHint().height())

    def values(self) -> ObservationEdit:
        day = from_qdate(self.day.date())
        return ObservationEdit(self.step.currentData(), day, self.activity.currentText(),
                               self.comment.toPlainText())

    @classmethod
    def ask(
        cls, service: CarnetService, obs: ObservationView, parent: QWidget | None
    ) -> ObservationEdit | None:
        # The one place a test replaces to answer the dialog.
        dialog = cls(service, obs, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class OptionalDateEdit(QWidget):
    """A date the teacher may leave empty (birth date unknown, pupil still in the class)."""

    changed = Signal()

    def __init__(self, label: str, check_name: str, date_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        # Alone, « connue : » and a date say nothing to a screen reader: each part is named.
        self.check.setAccessibleName(check_name)
        self.edit.setAccessibleName(date_name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None, fallback: date) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(to_qdate(value or fallback))
