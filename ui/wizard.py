"""« Créer ma classe »: a short wizard, then the carnet is made by the same code as
``progression new`` (``CarnetService.create``) and the pupils are added as ``SavePupil``.
The wizard only gathers a ``ClassRequest``; the window makes the carnet from it and opens it.

Pages: the class (school, label, year, grades, scale), the periods (5 periods, 3
trimesters or 2 semesters, dates pre-filled and editable), the pupils (typed in a small
table, or a list from ONDE or a spreadsheet, whose import preview opens once the carnet exists).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from progression import calendar as school_calendar
from progression import paths
from progression.errors import ProgressionError
from progression.grades import GRADES
from progression.operations import PupilFields
from progression.service import CarnetService, NewClass
from ui.widgets import from_qdate, name_from_buddies, named, to_qdate
from ui.words import error_text

MATERNELLE_GRADES = ("PS", "MS", "GS")
PERIOD_CHOICES = (5, 3, 2)


@dataclass(frozen=True)
class NewPupil:
    last_name: str
    first_name: str
    grade: str


@dataclass(frozen=True)
class ClassRequest:
    """Everything the wizard gathered: enough to make the carnet without the wizard."""

    new_class: NewClass
    pupils: tuple[NewPupil, ...]
    path: Path
    pupil_list: Path | None = None  # a class list to import (with its preview) once the carnet exists


def school_year_of(today: date) -> str:
    """The school year a teacher setting up her class means: from August on, the coming one."""
    first = today.year if today.month >= 8 else today.year - 1
    return f"{first}-{first + 1}"


def suggested_path(label: str, year: str) -> Path:
    """A file name from the class label, in the user's data folder, never an existing file."""
    stem = re.sub(r"[^\w\- ]+", "", f"{label} {year}", flags=re.UNICODE).strip() or "ma-classe"
    candidate = paths.data_home() / f"{stem}{paths.CARNET_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = paths.data_home() / f"{stem} ({n}){paths.CARNET_SUFFIX}"
        n += 1
    return candidate


def create_class(request: ClassRequest) -> Path:
    """Make the carnet with its pupils (checked like any other); runs on the worker thread (no widgets here)."""
    pupils = [PupilFields(pupil.last_name, pupil.first_name, pupil.grade) for pupil in request.pupils]
    CarnetService.create(request.path, request.new_class, pupils).close()
    return request.path


class ClassPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classPage")
        self.setTitle(self.tr("Votre classe"))
        self.setSubTitle(self.tr("Ces informations figurent sur les bilans. Vous pourrez les modifier plus tard."))
        self.school_edit = named(QLineEdit(), "schoolEdit")
        self.school_edit.setPlaceholderText(self.tr("École élémentaire Jean-Jaurès, Rennes"))
        self.label_edit = named(QLineEdit(), "labelEdit")
        self.label_edit.setPlaceholderText(self.tr("CE1-CE2 les Tilleuls"))
        self.teacher_edit = named(QLineEdit(), "teacherEdit")
        self.teacher_edit.setPlaceholderText(self.tr("Mme Morel"))
        self.year_edit = named(QLineEdit(school_year_of(date.today())), "yearEdit")
        self.grade_boxes: dict[str, QCheckBox] = {}
        grades_row = QHBoxLayout()
        for grade in GRADES:
            box = named(QCheckBox(grade), f"grade_{grade}")
            self.grade_boxes[grade] = box
            grades_row.addWidget(box)
            self.registerField(f"grade_{grade}", box)
            box.toggled.connect(self._grades_changed)
        grades_row.addStretch(1)
        self.lsu_radio = named(QRadioButton(self.tr("Objectifs d'apprentissage (LSU, 4 échelons)")), "scaleLsu")
        self.maternelle_radio = named(QRadioButton(self.tr("École maternelle (3 échelons)")), "scaleMaternelle")
        self.lsu_radio.setChecked(True)
        scale_group = QButtonGroup(self)
        scale_group.addButton(self.lsu_radio)
        scale_group.addButton(self.maternelle_radio)
        self._scale_chosen = False
        self.maternelle_radio.clicked.connect(self._scale_clicked)
        self.lsu_radio.clicked.connect(self._scale_clicked)
        scale_box = QVBoxLayout()
        scale_box.addWidget(self.lsu_radio)
        scale_box.addWidget(self.maternelle_radio)
        self.error_label = named(QLabel(), "errorLabel")
        self.error_label.setStyleSheet("color: #B00020")
        self.error_label.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("É&cole :"), self.school_edit)
        form.addRow(self.tr("&Classe :"), self.label_edit)
        form.addRow(self.tr("&Enseignant(e) :"), self.teacher_edit)
        form.addRow(self.tr("&Année scolaire :"), self.year_edit)
        form.addRow(self.tr("Niveaux :"), grades_row)
        form.addRow(self.tr("Échelle :"), scale_box)
        form.addRow(self.error_label)
        self.registerField("school", self.school_edit)
        self.registerField("label*", self.label_edit)
        self.registerField("teacher", self.teacher_edit)
        self.registerField("year", self.year_edit)
        self.registerField("maternelle", self.maternelle_radio)
        name_from_buddies(self)

    def grades(self) -> tuple[str, ...]:
        return tuple(g for g, box in self.grade_boxes.items() if box.isChecked())

    def _scale_clicked(self) -> None:
        self._scale_chosen = True

    def _grades_changed(self) -> None:
        # Until the teacher picks a scale herself, a nursery class gets the nursery scale.
        grades = self.grades()
        if not self._scale_chosen and grades:
            nursery = all(g in MATERNELLE_GRADES for g in grades)
            (self.maternelle_radio if nursery else self.lsu_radio).setChecked(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return super().isComplete() and bool(self.grades())

    def validatePage(self) -> bool:
        try:
            school_calendar.parse_year(self.year_edit.text())
        except ProgressionError as error:
            self.error_label.setText(error_text(error))
            return False
        self.error_label.clear()
        return True


class PeriodsPage(QWizardPage):
    """Period dates follow each other with no gap: only each period's end is typed; the
    next one starts the day after (holidays belong to the period they follow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodsPage")
        self.setTitle(self.tr("Les périodes de l'année"))
        self.setSubTitle(self.tr("Les périodes suivent le calendrier de votre académie ; corrigez-les si besoin."))
        # The académie, not the zone: a teacher knows hers, not always its letter.
        self.academy_combo = named(QComboBox(), "academyCombo")
        self.academy_combo.setPlaceholderText(self.tr("Votre académie…"))
        self.academy_combo.setAccessibleName(self.tr("Académie"))
        for label, code in school_calendar.academy_choices():
            self.academy_combo.addItem(label, code)
        self.academy_combo.setCurrentIndex(-1)
        self.academy_combo.currentIndexChanged.connect(self._academy_chosen)
        academy_label = QLabel(self.tr("&Académie :"))
        academy_label.setBuddy(self.academy_combo)
        self.status_label = named(QLabel(), "datesStatusLabel")
        self.status_label.setWordWrap(True)
        self._year = ""
        self._year_start = date.today()
        self.count_buttons: dict[int, QRadioButton] = {}
        words = {5: self.tr("5 périodes"), 3: self.tr("3 trimestres"), 2: self.tr("2 semestres")}
        choice_row = QHBoxLayout()
        group = QButtonGroup(self)
        for count in PERIOD_CHOICES:
            button = named(QRadioButton(words[count]), f"periods_{count}")
            group.addButton(button)
            self.count_buttons[count] = button
            choice_row.addWidget(button)
            button.toggled.connect(self._count_toggled)
        choice_row.addStretch(1)
        self.count_buttons[5].setChecked(True)
        self.grid = QGridLayout()
        self.start_labels: list[QLabel] = []
        self.end_edits: list[QDateEdit] = []
        self.labels: list[str] = []
        self.error_label = named(QLabel(), "errorLabel")
        self.error_label.setStyleSheet("color: #B00020")
        self.error_label.setWordWrap(True)
        academy_row = QHBoxLayout()
        academy_row.addWidget(academy_label)
        academy_row.addWidget(self.academy_combo)
        academy_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(academy_row)
        layout.addWidget(self.status_label)
        layout.addLayout(choice_row)
        layout.addLayout(self.grid)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def count(self) -> int:
        return next(c for c, b in self.count_buttons.items() if b.isChecked())

    def zone(self) -> str:
        """The chosen académie's zone; the default zone until one is chosen (said in the status)."""
        code = self.academy_combo.currentData()
        return str(code) if code else school_calendar.DEFAULT_ZONE

    def choose_academy(self, text: str) -> None:
        """Pick the académie whose name contains ``text`` (what choosing it in the list does)."""
        index = next(n for n in range(self.academy_combo.count()) if text in self.academy_combo.itemText(n))
        self.academy_combo.setCurrentIndex(index)

    def _academy_chosen(self, _index: int) -> None:
        if self._year:
            self._fill()

    def initializePage(self) -> None:
        self._year = str(self.field("year"))
        self._fill()

    def _count_toggled(self, checked: bool) -> None:
        if checked and self._year:
            self._fill()

    def _fill(self) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.start_labels, self.end_edits, self.labels = [], [], []
        try:
            specs = school_calendar.default_periods(self._year, self.count(), self.zone())
            start, end = school_calendar.year_bounds(self._year, self.zone())
            status = school_calendar.dates_status(self._year, self.zone())
        except ProgressionError as error:
            self.error_label.setText(error_text(error))
            return
        sentence = status.sentence
        if self.academy_combo.currentIndex() < 0:
            sentence = self.tr("Aucune académie choisie : zone {zone} par défaut. {status}").format(
                zone=self.zone(), status=sentence)
        self.status_label.setText(sentence)
        # Dates that are only a proposal must be seen as such: in bold, in the warning colour.
        self.status_label.setStyleSheet("" if status.official else "color: #7A4300; font-weight: bold;")
        for row, spec in enumerate(specs):
            self.labels.append(spec.label)
            self.grid.addWidget(QLabel(spec.label), row, 0)
            start_label = QLabel()
            self.start_labels.append(start_label)
            self.grid.addWidget(start_label, row, 1)
            self.grid.addWidget(QLabel(self.tr("au")), row, 2)
            edit = named(QDateEdit(to_qdate(spec.ends_on)), f"periodEnd{spec.index}")
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDateRange(to_qdate(start), to_qdate(end))
            edit.setAccessibleName(self.tr("Fin de {period}").format(period=spec.label))
            edit.dateChanged.connect(self._update_starts)
            self.end_edits.append(edit)
            self.grid.addWidget(edit, row, 3)
        self.grid.setColumnStretch(4, 1)
        self._year_start = start
        self._update_starts()

    def _update_starts(self) -> None:
        begin = self._year_start
        for label, edit in zip(self.start_labels, self.end_edits, strict=True):
            label.setText(self.tr("du {date}").format(date=begin.strftime("%d/%m/%Y")))
            begin = from_qdate(edit.date()) + timedelta(days=1)

    def period_dates(self) -> tuple[tuple[date, date], ...]:
        dates = []
        begin = self._year_start
        for edit in self.end_edits:
            end = from_qdate(edit.date())
            dates.append((begin, end))
            begin = end + timedelta(days=1)
        return tuple(dates)

    def validatePage(self) -> bool:
        specs = [school_calendar.PeriodSpec(n + 1, label, s, e)
                 for n, (label, (s, e)) in enumerate(zip(self.labels, self.period_dates(), strict=True))]
        try:
            school_calendar.check_periods(specs)
        except ProgressionError as error:
            self.error_label.setText(error_text(error))
            return False
        self.error_label.clear()
        return True


class PupilsPage(QWizardPage):
    """« Vos élèves »: name, first name and grade per line; a new empty line appears as
    soon as the last one is used, so the list is typed without reaching for the mouse."""

    def __init__(self, wizard: NewClassWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setObjectName("pupilsPage")
        self.setTitle(self.tr("Vos élèves"))
        self.setSubTitle(self.tr("Le nom, le prénom et le niveau de chaque élève ; Tab passe à la case suivante."))
        later = QLabel(self.tr(
            "Vous pouvez aussi importer la liste depuis ONDE ou un tableur ; les fiches se complètent ensuite "
            "dans la page « Élèves »."
        ))
        later.setWordWrap(True)
        self.table = named(QTableWidget(0, 3), "pupilTable")
        self.table.setAccessibleName(self.tr("Vos élèves : nom, prénom et niveau"))
        self.table.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Prénom"), self.tr("Niveau")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(True)
        self.table.itemChanged.connect(self._item_changed)
        remove = named(QPushButton(self.tr("Retirer la ligne")), "removePupilButton")
        remove.clicked.connect(self._remove_row)
        # The carnet does not exist yet: the list is only chosen here, and its preview opens once it does.
        import_list = named(QPushButton(self.tr("Importer une liste (ONDE, tableur)…")), "importListButton")
        import_list.clicked.connect(self._choose_list)
        self.list_path: Path | None = None
        self.list_label = named(QLabel(), "listLabel")
        self.list_label.setWordWrap(True)
        self.list_label.hide()
        self.path_label = named(QLabel(), "pathLabel")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = named(QPushButton(self.tr("Changer l'emplacement…")), "changePathButton")
        change.clicked.connect(self._choose_path)
        self.error_label = named(QLabel(), "errorLabel")
        self.error_label.setStyleSheet("color: #B00020")
        self.error_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(import_list)
        where = QHBoxLayout()
        where.addWidget(self.path_label, 1)
        where.addWidget(change)
        layout = QVBoxLayout(self)
        layout.addWidget(later)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.list_label)
        layout.addWidget(self.error_label)
        layout.addLayout(where)
        self.path: Path | None = None
        self._path_chosen = False

    def initializePage(self) -> None:
        grades = self._wizard.class_page.grades()
        for row in range(self.table.rowCount()):
            combo = self._grade_combo(row)
            current = combo.currentText()
            combo.clear()
            combo.addItems(grades)
            combo.setCurrentIndex(max(0, combo.findText(current)))
        if self.table.rowCount() == 0:
            self.add_row()
        if not self._path_chosen:
            self.path = suggested_path(str(self.field("label")), str(self.field("year")))
        self._show_path()
        self.table.setCurrentCell(0, 0)

    def _show_path(self) -> None:
        self.path_label.setText(self.tr("Le carnet sera enregistré ici : {path}").format(path=self.path))

    def _choose_path(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le carnet"), str(self.path or paths.data_home()),
            self.tr("Carnets Progression (*.carnet)"),
        )
        if chosen:
            path = Path(chosen)
            self.path = path if path.suffix == paths.CARNET_SUFFIX else path.with_name(path.name + paths.CARNET_SUFFIX)
            self._path_chosen = True
            self._show_path()

    def _choose_list(self) -> None:
        # the import machinery loads only when asked for
        from ui.import_dialog import choose_pupil_list, readable_pupil_list

        chosen = choose_pupil_list(self)
        if chosen is not None:
            # Read now, before the carnet exists: a file Progression cannot read (an old .xls, a PDF)
            # is refused here, with what to do, rather than once the empty carnet is made.
            problem = readable_pupil_list(chosen)
            if problem is not None:
                self.list_path = None
                self.list_label.setText(problem)
                self.list_label.setStyleSheet("color: #B00020;")
                self.list_label.show()
                return
            self.list_path = chosen
            self.list_label.setStyleSheet("")
            self.list_label.setText(self.tr(
                "Liste choisie : « {name} ». Dès que le carnet sera créé, vous verrez ce qui sera importé, "
                "avant que rien ne soit enregistré."
            ).format(name=chosen.name))
            self.list_label.show()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:  # every line is made with its two name cells; this is only for safety
            item = QTableWidgetItem("")
            self.table.setItem(row, column, item)
        return item

    def _grade_combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        return combo

    def add_row(self) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(""))
        self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.blockSignals(False)
        combo = QComboBox()
        combo.addItems(self._wizard.class_page.grades())
        if row > 0:  # pupils are usually typed grade by grade: keep the grade of the line above
            combo.setCurrentIndex(max(0, combo.findText(self._grade_combo(row - 1).currentText())))
        combo.setAccessibleName(self.tr("Niveau"))
        self.table.setCellWidget(row, 2, combo)
        combo.currentTextChanged.connect(lambda grade, combo=combo: self._grade_changed(combo, grade))
        return row

    def _grade_changed(self, combo: QComboBox, grade: str) -> None:
        """Empty lines below take the grade just chosen: the next pupil typed is likely of it."""
        rows = [r for r in range(self.table.rowCount()) if self.table.cellWidget(r, 2) is combo]
        for row in range(rows[0] + 1 if rows else self.table.rowCount(), self.table.rowCount()):
            if self._cell(row, 0).text().strip() or self._cell(row, 1).text().strip():
                break
            below = self._grade_combo(row)
            below.setCurrentIndex(max(0, below.findText(grade)))

    def set_pupil(self, row: int, last_name: str, first_name: str, grade: str | None = None) -> None:
        """Fill one line (as typing would); a new empty line follows the last one."""
        while self.table.rowCount() <= row:
            self.add_row()
        self._cell(row, 0).setText(last_name)
        self._cell(row, 1).setText(first_name)
        if grade is not None:
            combo = self._grade_combo(row)
            combo.setCurrentIndex(combo.findText(grade))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.row() == self.table.rowCount() - 1 and item.text().strip():
            self.add_row()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.table.rowCount() > 1:
            self.table.removeRow(row)

    def pupils(self) -> tuple[list[NewPupil], list[int]]:
        """Complete lines, and the (1-based) numbers of lines with only one of the two names."""
        found, incomplete = [], []
        for row in range(self.table.rowCount()):
            last = self._cell(row, 0).text().strip()
            first = self._cell(row, 1).text().strip()
            if last and first:
                found.append(NewPupil(last, first, self._grade_combo(row).currentText()))
            elif last or first:
                incomplete.append(row + 1)
        return found, incomplete

    def validatePage(self) -> bool:
        _, incomplete = self.pupils()
        if incomplete:
            self.error_label.setText(self.tr(
                "Ligne {rows} : il manque le nom ou le prénom. Complétez-la ou retirez-la."
            ).format(rows=", ".join(str(r) for r in incomplete)))
            return False
        if self.path is not None and self.path.exists():
            self.error_label.setText(self.tr(
                "Le fichier « {name} » existe déjà : changez l'emplacement."
            ).format(name=self.path.name))
            return False
        self.error_label.clear()
        return True


class NewClassWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newClassWizard")
        self.setWindowTitle(self.tr("Créer ma classe"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.class_page = ClassPage(self)
        self.periods_page = PeriodsPage(self)
        self.pupils_page = PupilsPage(self)
        self.addPage(self.class_page)
        self.addPage(self.periods_page)
        self.addPage(self.pupils_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Créer le carnet"))
        fm = self.fontMetrics()
        self.resize(fm.horizontalAdvance("M") * 58, fm.height() * 36)

    def request(self) -> ClassRequest:
        pupils, _ = self.pupils_page.pupils()
        count = self.periods_page.count()
        new = NewClass(
            label=str(self.field("label")).strip(),
            year=str(self.field("year")).strip(),
            grades=self.class_page.grades(),
            periods=count,
            school=str(self.field("school")).strip(),
            teacher=str(self.field("teacher")).strip(),
            scale="maternelle3" if self.field("maternelle") else "lsu4",
            period_dates=self.periods_page.period_dates() or None,
            zone=self.periods_page.zone(),
        )
        assert self.pupils_page.path is not None
        return ClassRequest(new, tuple(pupils), self.pupils_page.path, self.pupils_page.list_path)
