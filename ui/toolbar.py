"""The toolbar under the menus: what every page follows (the period) and what a marking session
sets once (the date, the activity).

The date stays inside the period shown (or new marks would vanish from view), and a date typed
in another period shows that period: the grid always shows what is being recorded. The bar only
says what was chosen; the window hands it to the pages.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QMessageBox, QToolBar, QWidget

from progression.service import CarnetService
from ui.widgets import from_qdate, named, to_qdate


def clamp(day: date, first: date, last: date) -> date:
    return min(max(day, first), last)


class FutureDateQuestion:
    """« Noter des observations le … ? » for a date typed after today; tests answer through ``ask``."""

    @classmethod
    def ask(cls, parent: QWidget | None, day: date) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("SessionBar", "Date après aujourd'hui"),
            QCoreApplication.translate(
                "SessionBar", "Le {0} est après aujourd'hui. Noter quand même des observations à cette date ?"
            ).format(day.strftime("%d/%m/%Y")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class SessionBar(QToolBar):
    period_chosen = Signal(int)
    observed_on_chosen = Signal(object)  # date
    activity_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Période et saisie"), parent)
        self.setObjectName("mainToolbar")
        self.setMovable(False)
        self.service: CarnetService | None = None
        self._syncing = False
        self.period_combo = named(QComboBox(), "periodCombo")
        self.period_combo.setAccessibleName(self.tr("Période affichée"))
        period_label = QLabel(self.tr("&Période :"))
        period_label.setBuddy(self.period_combo)
        self.date_edit = named(QDateEdit(), "dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setAccessibleName(self.tr("Date des observations"))
        date_label = QLabel(self.tr("&Date :"))
        date_label.setBuddy(self.date_edit)
        self.activity_combo = named(QComboBox(), "activityCombo")
        self.activity_combo.setEditable(True)
        self.activity_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.activity_combo.setMinimumContentsLength(22)
        self.activity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activity_combo.setAccessibleName(self.tr("Activité des observations"))
        line = self.activity_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("facultative"))
        # A date after today is said, not refused: browsing a later period moves the date there.
        self.future_label = named(QLabel(), "futureDateLabel")
        self.future_label.setStyleSheet("color: #B00020; font-weight: bold;")
        activity_label = QLabel(self.tr("A&ctivité :"))
        activity_label.setBuddy(self.activity_combo)
        spacing = self.fontMetrics().horizontalAdvance("M")
        for widget in (period_label, date_label, activity_label):
            widget.setContentsMargins(spacing, 0, spacing // 3, 0)
        self.addWidget(period_label)
        self.addWidget(self.period_combo)
        self.addSeparator()
        # Date and activity only matter when marking: shown on « Saisie » only.
        self.entry_tools: list[QAction] = [self.addWidget(date_label), self.addWidget(self.date_edit),
                                           self.addWidget(self.future_label),
                                           self.addWidget(activity_label), self.addWidget(self.activity_combo)]
        self.period_combo.currentIndexChanged.connect(self._period_picked)
        self.date_edit.dateChanged.connect(self._date_picked)
        # Asked once the date is typed (not at each digit, nor when a period is browsed).
        self.date_edit.editingFinished.connect(self._date_typed)
        self.activity_combo.currentTextChanged.connect(self.activity_chosen)

    # ------------------------------------------------------------ following the carnet

    def fill(self, service: CarnetService) -> None:
        """A carnet just opened: its periods (the current one shown), today's date, its activities."""
        self.service = service
        klass = service.class_info()
        current = service.current_period()
        self._fill_periods(current.index)
        self._syncing = True
        self.date_edit.setDateRange(to_qdate(klass.year_starts_on), to_qdate(klass.year_ends_on))
        self.date_edit.setDate(to_qdate(clamp(date.today(), current.starts_on, current.ends_on)))
        self.activity_combo.clear()
        self.activity_combo.addItems(list(service.settings.activities))
        self.activity_combo.setCurrentIndex(-1)
        self.activity_combo.setEditText("")
        self._syncing = False
        self._period_picked()
        self._date_picked()
        self.activity_chosen.emit(self.activity_combo.currentText())

    def forget(self) -> None:
        self.service = None

    def class_changed(self) -> None:
        """The period dates changed (or were put back): the date the teacher set stays, and the
        period shown is the one it now falls in."""
        if self.service is None:
            return
        period = self.service.period_of(self.observed_on())
        shown = period.index if period is not None else self.current_period_index()
        self._fill_periods(shown if shown is not None else self.service.current_period().index)
        self._period_picked()  # pages get the period again, with its new dates

    def _fill_periods(self, shown: int) -> None:
        """The period combo, each period's dates in its tooltip; ``shown`` selected (signals held)."""
        assert self.service is not None
        self._syncing = True
        self.period_combo.clear()
        for period in self.service.periods():
            self.period_combo.addItem(period.label, period.index)
            dates = self._period_dates(period.starts_on, period.ends_on)
            self.period_combo.setItemData(self.period_combo.count() - 1, dates, Qt.ItemDataRole.ToolTipRole)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(shown)))
        self.period_combo.setToolTip(str(self.period_combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""))
        self._syncing = False

    def _period_dates(self, first: date, last: date) -> str:
        return self.tr("du {first} au {last}").format(first=first.strftime("%d/%m/%Y"), last=last.strftime("%d/%m/%Y"))

    # ------------------------------------------------------------ what was chosen

    def current_period_index(self) -> int | None:
        value = self.period_combo.currentData()
        return int(value) if value is not None else None

    def observed_on(self) -> date:
        return from_qdate(self.date_edit.date())

    def _period_picked(self) -> None:
        if self._syncing or self.service is None:
            return
        index = self.current_period_index()
        if index is None:
            return
        self.period_combo.setToolTip(str(self.period_combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""))
        self.period_chosen.emit(index)
        # Keep the recording date inside the period shown, or new marks would vanish from view.
        period = self.service.period(index)
        if not period.contains(self.observed_on()):
            self._syncing = True
            self.date_edit.setDate(to_qdate(clamp(date.today(), period.starts_on, period.ends_on)))
            self._syncing = False
            self._date_picked()

    def _date_typed(self) -> None:
        day = self.observed_on()
        if self.service is None or day <= date.today():
            return
        if not FutureDateQuestion.ask(self, day):
            klass = self.service.class_info()
            self.date_edit.setDate(to_qdate(clamp(date.today(), klass.year_starts_on, klass.year_ends_on)))

    def _date_picked(self) -> None:
        if self.service is None:
            return
        day = self.observed_on()
        future = day > date.today()
        self.future_label.setText(self.tr("⚠ après aujourd'hui") if future else "")
        self.future_label.setToolTip(self.tr(
            "Les observations seront datées du {0}, après aujourd'hui : choisissez la date du jour où elles "
            "ont été faites.").format(day.strftime("%d/%m/%Y")) if future else "")
        self.future_label.setAccessibleName(self.future_label.toolTip())
        self.observed_on_chosen.emit(day)
        if self._syncing:
            return
        period = self.service.period_of(day)
        if period is not None and period.index != self.current_period_index():
            # A date in another period shows that period: the grid shows what is being recorded.
            self.period_combo.setCurrentIndex(self.period_combo.findData(period.index))
