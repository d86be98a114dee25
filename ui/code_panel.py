"""« Code »: which correspondences (CGP) each pupil decodes, in the order the class learns them.

Rows are the pupils (all, or one grade: the CP, and the CE1 pupils who still need it), columns the
class's correspondences in order, each cell the step of the pupil's latest mark. Keys as in the grid:
1–4 the step of that rank, 0 « Absent », Suppr erases the latest mark; a click on a column's title
selects the whole class, so one key marks everyone. « Enseigné cette semaine » marks the chosen
columns taught to the class on the page's date (their titles turn blue and bold).

A class without a progression is offered the default one (``resources/code/CP.json``) or the
school's own order from a file: one click, undoable, never made behind the teacher's back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from progression import code_progression as code
from progression.errors import ProgressionError
from progression.operations import (
    AfterBackup,
    Changes,
    ImportCodeOrder,
    MarkCode,
    Part,
    SaveCodeUnit,
    SeedCodeProgression,
    SetCodeMarksDeleted,
    SetCodeTaught,
)
from progression.operations.code import in_order
from ui.code_model import CodeModel
from ui.grid.picker import is_erase_key, step_for_key
from ui.panel import Panel
from ui.runner import ActionRunner
from ui.toolbar import clamp
from ui.widgets import choose, from_qdate, named, to_qdate
from ui.words import error_text

REDRAWN_BY = Part.CODE | Part.PUPILS | Part.SETTINGS | Part.CLASS


class CodeTable(QTableView):
    """The grid of the code: keys become marks, through the page."""

    def __init__(self, panel: CodePanel) -> None:
        super().__init__()
        self.panel = panel
        self.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the buttons

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            step = step_for_key(event.text(), self.panel.service.steps())
            if step is not None:
                self.panel.mark(step.id)
                return
            if is_erase_key(event.key()):
                self.panel.erase()
                return
        super().keyPressEvent(event)


class CodePanel(Panel):
    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.model = CodeModel(self.service, self)
        klass = self.service.class_info()

        # What is shown, and when the marks are taken.
        self.grade = named(QComboBox(), "codeGrade")
        self.grade.setAccessibleName(self.tr("Élèves montrés"))
        self.day = named(QDateEdit(), "codeDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setAccessibleName(self.tr("Date du relevé"))
        self.day.setDateRange(to_qdate(klass.year_starts_on), to_qdate(klass.year_ends_on))
        self.day.setDate(to_qdate(clamp(date.today(), klass.year_starts_on, klass.year_ends_on)))
        self.taught = named(QPushButton(self.tr("Enseigné cette semaine")), "codeTaught")
        self.taught.setToolTip(self.tr("Marque les colonnes choisies comme enseignées à la classe à la date du relevé "
                                       "(Ctrl+T) ; sur des colonnes déjà enseignées, retire la marque."))
        top = QHBoxLayout()
        for label, widget in ((self.tr("Élèves"), self.grade), (self.tr("Date du relevé"), self.day)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.taught)

        # The grid.
        self.table = named(CodeTable(self), "codeTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Grille du code : une ligne par élève, une colonne par correspondance"))
        self.status = named(QLabel(), "codeStatus")
        self.status.setWordWrap(True)

        # A class without a progression yet.
        self.empty = named(QGroupBox(self.tr("Progression du code")), "codeEmpty")
        self.use_default = named(QPushButton(), "codeUseDefault")
        self.import_first = QPushButton(self.tr("Importer l'ordre de l'école…"))
        empty_text = QLabel(self.tr("Cette classe n'a pas encore de progression du code. Prenez celle de "
                                    "Progression (un ordre courant des méthodes de CP, à modifier ensuite), ou "
                                    "importez l'ordre de votre école : un tableau avec les colonnes graphème, "
                                    "phonème, exemple, une ligne par correspondance dans l'ordre enseigné."))
        empty_text.setWordWrap(True)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(empty_text)
        empty_buttons = QHBoxLayout()
        empty_buttons.addWidget(self.use_default)
        empty_buttons.addWidget(self.import_first)
        empty_buttons.addStretch(1)
        empty_layout.addLayout(empty_buttons)

        # Editing the progression.
        self.edit_box = named(QGroupBox(self.tr("Modifier la progression")), "codeEdit")
        self.grapheme = named(QLineEdit(), "codeGrapheme")
        self.grapheme.setPlaceholderText(self.tr("graphème (ou, ch…)"))
        self.phoneme = named(QLineEdit(), "codePhoneme")
        self.phoneme.setPlaceholderText(self.tr("phonème ([u], [ʃ]…)"))
        self.example = named(QLineEdit(), "codeExample")
        self.example.setPlaceholderText(self.tr("exemple (loup)"))
        for line, name in ((self.grapheme, self.tr("Graphème")), (self.phoneme, self.tr("Phonème")),
                           (self.example, self.tr("Exemple"))):
            line.setAccessibleName(name)
        self.add_button = named(QPushButton(self.tr("Ajouter à la fin")), "codeAdd")
        self.rename_button = named(QPushButton(self.tr("Modifier la colonne choisie")), "codeRename")
        self.earlier = named(QPushButton(self.tr("◀ Plus tôt")), "codeEarlier")
        self.later = named(QPushButton(self.tr("Plus tard ▶")), "codeLater")
        self.earlier.setToolTip(self.tr("Avance la colonne choisie d'un rang dans la progression"))
        self.later.setToolTip(self.tr("Recule la colonne choisie d'un rang dans la progression"))
        self.import_button = named(QPushButton(self.tr("Importer l'ordre de l'école…")), "codeImport")
        self.import_button.setToolTip(self.tr("Remplace l'ordre par celui d'un tableau (graphème, phonème, exemple) ; "
                                              "les relevés des correspondances qui y figurent sont gardés."))
        edit_layout = QHBoxLayout(self.edit_box)
        for tool in (self.grapheme, self.phoneme, self.example, self.add_button, self.rename_button,
                     self.earlier, self.later, self.import_button):
            edit_layout.addWidget(tool)

        self.rule = QLabel(self.tr("Lien avec le programme : ") + code.RULE)
        self.rule.setWordWrap(True)
        self.rule.setObjectName("codeRule")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.edit_box)
        layout.addWidget(self.rule)

        self.grade.currentIndexChanged.connect(self._grade_chosen)
        self.taught.clicked.connect(self.mark_taught)
        QShortcut(QKeySequence("Ctrl+T"), self, self.mark_taught)
        self.use_default.clicked.connect(self.seed_default)
        self.import_first.clicked.connect(self.import_order)
        self.import_button.clicked.connect(self.import_order)
        self.add_button.clicked.connect(self.add_unit)
        self.rename_button.clicked.connect(self.rename_unit)
        self.earlier.clicked.connect(lambda: self.move_column(-1))
        self.later.clicked.connect(lambda: self.move_column(1))
        self.table.selectionModel().selectionChanged.connect(self._column_chosen)
        self._fill_grades()
        self._show_state()

    # ------------------------------------------------------------ the window's protocol

    def set_period(self, period_index: int) -> None:
        """The grid shows each pupil's latest mark, whatever the period: nothing to do."""

    def on_changes(self, changes: Changes) -> None:
        if changes.parts & REDRAWN_BY:
            current = self.table.currentIndex()
            if Part.PUPILS in changes.parts or Part.CLASS in changes.parts:
                self._fill_grades()
            self.model.reload()
            self._show_state()
            if current.isValid():
                choose(self.table, self.model.index(current.row(), current.column()))

    # ------------------------------------------------------------ what the teacher does

    def seed_default(self) -> None:
        self.runner.run(SeedCodeProgression(code.default_units()), self)

    def choose_order_file(self) -> Path | None:
        """The school's order, chosen in a file dialog (tests replace this)."""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Ordre des correspondances de l'école"), "",
                                                self.tr("Tableaux (*.csv *.xlsx *.ods);;Tous les fichiers (*)"))
        return Path(chosen) if chosen else None

    def import_order(self) -> None:
        path = self.choose_order_file()
        if path is None:
            return
        try:
            order = code.read_order(path)
        except ProgressionError as error:
            self.runner.show_error(error_text(error), self)
            return
        # Like every import: a verified backup of the carnet first, then one action Ctrl+Z takes back.
        if self.runner.run(AfterBackup(ImportCodeOrder(order), "import"), self) is not None:
            self.status.setText(self.tr("Ordre de l'école importé : {n} correspondances (Ctrl+Z pour revenir)")
                                .format(n=len(order)))

    def mark(self, step_id: str) -> None:
        cells = self._cells()
        if not cells:
            return
        operation = MarkCode(tuple(cells), step_id, from_qdate(self.day.date()), self.service.settings.author)
        if self.runner.run(operation, self) is not None:
            step = self.service.step(step_id)
            who = (self.model.pupils[self.table.currentIndex().row()].display_name
                   if len({p for p, _ in cells}) == 1 else self.tr("{n} élèves").format(n=len({p for p, _ in cells})))
            self.status.setText(self.tr("« {step} » enregistré pour {who}").format(step=step.short, who=who))

    def erase(self) -> None:
        ids = tuple(mark.id for index in self.table.selectedIndexes()
                    if (mark := self.model.mark_at(index)) is not None)
        if ids and self.runner.run(SetCodeMarksDeleted(ids, True), self) is not None:
            self.status.setText(self.tr("Relevé effacé (Ctrl+Z pour revenir)"))

    def mark_taught(self) -> None:
        units = self._columns()
        if not units:
            self.status.setText(self.tr("Choisissez d'abord une colonne : cliquez sur le titre d'une correspondance."))
            return
        day = from_qdate(self.day.date()) if any(u.taught_on is None for u in units) else None
        if self.runner.run(SetCodeTaught(tuple((u.id, day) for u in units)), self) is not None:
            names = ", ".join(u.grapheme for u in units)
            self.status.setText(self.tr("Enseigné à la classe le {day} : {names}").format(
                day=day.strftime("%d/%m/%Y"), names=names) if day else
                self.tr("Plus marqué comme enseigné : {names}").format(names=names))

    def add_unit(self) -> None:
        spec = code.UnitSpec(self.grapheme.text(), self.phoneme.text(), self.example.text())
        if self.runner.run(SaveCodeUnit(None, spec), self) is not None:
            choose(self.table, self.model.index(max(0, self.table.currentIndex().row()), self.model.columnCount() - 1))

    def rename_unit(self) -> None:
        units = self._columns()
        if len(units) != 1:
            self.status.setText(self.tr("Choisissez une seule colonne à modifier."))
            return
        spec = code.UnitSpec(self.grapheme.text(), self.phoneme.text(), self.example.text())
        self.runner.run(SaveCodeUnit(units[0].id, spec), self)

    def move_column(self, step: int) -> None:
        column = self.table.currentIndex().column()
        target = column + step
        if column < 0 or not 0 <= target < self.model.columnCount():
            return
        ids = [u.id for u in self.model.units]
        ids[column], ids[target] = ids[target], ids[column]
        row = max(0, self.table.currentIndex().row())
        if self.runner.run(in_order(ids), self) is not None:
            choose(self.table, self.model.index(row, target))

    # ------------------------------------------------------------ helpers

    def _cells(self) -> list[tuple[str, str]]:
        indexes = self.table.selectedIndexes() or ([self.table.currentIndex()]
                                                   if self.table.currentIndex().isValid() else [])
        return [self.model.cell(index) for index in sorted(indexes, key=lambda i: (i.row(), i.column()))]

    def _columns(self) -> list[code.CodeUnitView]:
        columns = sorted({i.column() for i in self.table.selectedIndexes()}
                         or ({self.table.currentIndex().column()} if self.table.currentIndex().isValid() else set()))
        return [self.model.units[c] for c in columns if 0 <= c < len(self.model.units)]

    def _fill_grades(self) -> None:
        chosen = self.grade.currentData()
        self.grade.blockSignals(True)
        self.grade.clear()
        self.grade.addItem(self.tr("Tous les niveaux"), None)
        for grade in self.service.grades():
            self.grade.addItem(grade, grade)
        at = self.grade.findData(chosen if chosen is not None else ("CP" if "CP" in self.service.grades() else None))
        self.grade.setCurrentIndex(max(0, at))
        self.grade.blockSignals(False)
        self.model.grade = self.grade.currentData()

    def _grade_chosen(self) -> None:
        self.model.grade = self.grade.currentData()
        self.model.reload()

    def _column_chosen(self) -> None:
        units = self._columns()
        if len(units) == 1:
            self.grapheme.setText(units[0].grapheme)
            self.phoneme.setText(units[0].phoneme)
            self.example.setText(units[0].example)

    def _show_state(self) -> None:
        has_units = bool(self.model.units)
        self.empty.setVisible(not has_units)
        self.use_default.setText(self.tr("Prendre la progression par défaut ({n} correspondances)")
                                 .format(n=len(code.default_units())))
        for widget in (self.table, self.taught, self.rename_button, self.earlier, self.later):
            widget.setEnabled(has_units)
