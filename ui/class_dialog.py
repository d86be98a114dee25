"""« Classe et périodes… »: the class's name, school and teacher, and the dates of its periods.

What the new-class wizard asked, changed later: another zone's holidays, a school's own
calendar, a new colleague's name. Both parts are domain operations run through the window's
runner (``SaveClassDetails``, then ``SavePeriodDates``), each undoable on its own with Ctrl+Z.
As in the wizard, only each period's end is typed (the first period's start too, for the day
of the rentrée): the next period starts the day after, so there is never a gap to fix by hand.
The dates are checked with the core's own rule before anything is saved, so a refused date
leaves the class details untouched too, and the dialog stays open with the reason.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from progression.calendar import PeriodSpec, check_periods
from progression.errors import ProgressionError
from progression.operations import SaveClassDetails, SavePeriodDates, SetClassOndeId
from progression.views import PeriodView
from ui.runner import ActionRunner
from ui.widgets import from_qdate, name_from_buddies, named, to_qdate
from ui.words import error_text


def french_day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


class ClassDialog(QDialog):
    """Shown with ``open()`` (window-modal, not blocking): OK saves through the runner and closes,
    unless something is refused; then the reason shows in the dialog, which stays open."""

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classDialog")
        self.setWindowTitle(self.tr("Classe et périodes"))
        self.runner = runner
        service = runner.service
        klass = service.class_info()
        self.periods: tuple[PeriodView, ...] = service.periods()
        self._year = (klass.year_starts_on, klass.year_ends_on)

        self.label_edit = named(QLineEdit(klass.label), "classLabelEdit")
        self.label_edit.setPlaceholderText(self.tr("CE1-CE2 les Tilleuls"))
        self.school_edit = named(QLineEdit(klass.school), "schoolEdit")
        self.school_edit.setPlaceholderText(self.tr("École élémentaire Jean-Jaurès, Rennes"))
        self.teacher_edit = named(QLineEdit(klass.teacher), "teacherEdit")
        self.teacher_edit.setPlaceholderText(self.tr("Mme Morel"))
        # The LSU export names the class by it; a class-list import from ONDE fills it.
        self.onde_edit = named(QLineEdit(klass.onde_class_id or ""), "ondeIdEdit")
        self.onde_edit.setPlaceholderText(self.tr("donné par la liste ONDE"))
        em = self.fontMetrics().horizontalAdvance("M")
        for line in (self.label_edit, self.school_edit, self.teacher_edit):
            line.setMinimumWidth(em * 22)
        class_box = QGroupBox(self.tr("La classe"))
        form = QFormLayout(class_box)
        form.addRow(self.tr("É&cole :"), self.school_edit)
        form.addRow(self.tr("&Classe :"), self.label_edit)
        form.addRow(self.tr("&Enseignant(e) :"), self.teacher_edit)
        form.addRow(self.tr("&Identifiant ONDE :"), self.onde_edit)
        year = QLabel(self.tr("{year} (du {first} au {last})").format(
            year=klass.year_label, first=french_day(klass.year_starts_on), last=french_day(klass.year_ends_on)))
        form.addRow(self.tr("Année scolaire :"), year)

        periods_box = QGroupBox(self.tr("Les périodes"))
        periods_layout = QVBoxLayout(periods_box)
        hint = QLabel(self.tr("Tapez la fin de chaque période : la suivante commence le lendemain (les vacances "
                              "font partie de la période qu'elles terminent). Les observations gardent leur date et "
                              "comptent dans la période où elle tombe."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        periods_layout.addWidget(hint)
        grid = QGridLayout()
        self.first_start = named(self._date_edit(self.periods[0].starts_on), "periodStart1")
        self.first_start.setAccessibleName(self.tr("Début de {period}").format(period=self.periods[0].label))
        self.start_labels: list[QLabel] = []
        self.end_edits: list[QDateEdit] = []
        for row, period in enumerate(self.periods):
            grid.addWidget(QLabel(period.label), row, 0)
            grid.addWidget(QLabel(self.tr("du")), row, 1)
            if row == 0:
                grid.addWidget(self.first_start, row, 2)
                self.start_labels.append(QLabel())  # never shown: the date edit says it
            else:
                start = named(QLabel(), f"periodStartLabel{period.index}")
                self.start_labels.append(start)
                grid.addWidget(start, row, 2)
            grid.addWidget(QLabel(self.tr("au")), row, 3)
            end = named(self._date_edit(period.ends_on), f"periodEnd{period.index}")
            end.setAccessibleName(self.tr("Fin de {period}").format(period=period.label))
            self.end_edits.append(end)
            grid.addWidget(end, row, 4)
        grid.setColumnStretch(5, 1)
        periods_layout.addLayout(grid)

        self.error_label = named(QLabel(), "errorLabel")
        self.error_label.setStyleSheet("color: #B00020")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(class_box)
        layout.addWidget(periods_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.first_start.dateChanged.connect(self._dates_changed)
        for end in self.end_edits:
            end.dateChanged.connect(self._dates_changed)
        self._dates_changed()
        name_from_buddies(self)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDateRange(to_qdate(self._year[0]), to_qdate(self._year[1]))
        return edit

    # ------------------------------------------------------------ the dates

    def period_dates(self) -> tuple[tuple[int, date, date], ...]:
        """(index, first day, last day) of each period as typed: each starts the day after the previous end."""
        dates = []
        begin = from_qdate(self.first_start.date())
        for period, edit in zip(self.periods, self.end_edits, strict=True):
            end = from_qdate(edit.date())
            dates.append((period.index, begin, end))
            begin = end + timedelta(days=1)
        return tuple(dates)

    def _dates_changed(self) -> None:
        for label, (_, begin, _end) in zip(self.start_labels[1:], self.period_dates()[1:], strict=True):
            label.setText(french_day(begin))
        self.error_label.setText(self.dates_problem() or "")

    def dates_problem(self) -> str | None:
        """Why the dates as typed cannot be saved (the core's own French sentence), or None."""
        specs = [PeriodSpec(index, period.label, begin, end)
                 for period, (index, begin, end) in zip(self.periods, self.period_dates(), strict=True)]
        try:
            check_periods(specs)
        except ProgressionError as error:
            return error_text(error)
        return None  # inside the school year: the date edits cannot leave it

    # ------------------------------------------------------------ saving

    def details(self) -> SaveClassDetails:
        return SaveClassDetails(self.label_edit.text(), self.school_edit.text(), self.teacher_edit.text())

    def save(self) -> bool:
        """Run what changed (class, then dates: Ctrl+Z undoes the dates first); False if refused."""
        problem = self.dates_problem()
        if problem is not None:
            self.error_label.setText(problem)
            return False
        if not self.label_edit.text().strip():
            self.error_label.setText(self.tr("Donnez un nom à la classe (par exemple « CE1-CE2 »)."))
            self.label_edit.setFocus()
            return False
        onde_id = self.onde_edit.text().strip() or None
        if onde_id is not None and not onde_id.isdigit():
            self.error_label.setText(self.tr("L'identifiant ONDE de la classe est un nombre (par exemple 1001) : "
                                             "il figure dans la liste des élèves extraite d'ONDE."))
            self.onde_edit.setFocus()
            return False
        service = self.runner.service
        klass = service.class_info()
        details = self.details()
        typed = (details.label.strip(), details.school.strip(), details.teacher.strip())
        if typed != (klass.label, klass.school, klass.teacher) and self.runner.run(details, self) is None:
            return False
        if onde_id != klass.onde_class_id and self.runner.run(SetClassOndeId(onde_id), self) is None:
            return False
        dates = self.period_dates()
        stored = tuple((p.index, p.starts_on, p.ends_on) for p in service.periods())
        return dates == stored or self.runner.run(SavePeriodDates(dates), self) is not None

    def accept(self) -> None:
        if self.save():
            super().accept()
