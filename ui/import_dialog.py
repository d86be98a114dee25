"""Bringing a class list in (ONDE, CSV, spreadsheet); observations: ``ui.observation_import``.

The list is read and checked on the worker thread (``ui.tasks``), on a second, read-only
connection to the carnet, and the preview shows what would happen before anything is written.
Writing then goes through the window's runner on the GUI thread: the list is a single undoable
action (one ``Batch``), and the pages redraw from the ``Changes`` the runner emits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from progression.errors import ProgressionError
from progression.grades import GRADES
from progression.importers.pupil_list import ClassFound, read_pupil_list
from progression.importers.pupils import PupilImportPlan, PupilImportResult, plan_pupil_import, pupil_import
from progression.service import CarnetService
from ui.export_files import IMPORT_FOLDER_KEY, remember_folder, remembered_folder
from ui.runner import ActionRunner, ErrorDialog
from ui.tasks import BackgroundTask, error_text, run_in_background
from ui.widgets import name_from_buddies, named

ModelIndex = QModelIndex | QPersistentModelIndex

# Red for rejected lines, orange for warnings: each with its words too (colour is never alone).
REJECTED_BACKGROUND, REJECTED_TEXT = QColor("#FBE3E4"), QColor("#8E1B1B")
WARNING_BACKGROUND, WARNING_TEXT = QColor("#FFF0D9"), QColor("#7A4300")
ERROR_STYLE = "color: #B00020;"


def choose_pupil_list(parent: QWidget | None) -> Path | None:
    """The file dialog for a class list (also used by the class wizard)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QApplication.translate("PupilImportDialog", "Choisir une liste d'élèves"),
        str(remembered_folder(IMPORT_FOLDER_KEY)),
        QApplication.translate(
            "PupilImportDialog",
            "Listes d'élèves (*.csv *.txt *.xlsx *.ods);;CSV (*.csv *.txt);;Tableur (*.xlsx *.ods);;"
            "Tous les fichiers (*)",
        ),
    )
    if not chosen:
        return None
    remember_folder(IMPORT_FOLDER_KEY, Path(chosen).parent)
    return Path(chosen)


def readable_pupil_list(path: Path) -> str | None:
    """None if the class list can be read; otherwise the French sentence saying why and what to do
    (an Excel 97-2003 .xls: save it as .xlsx, .ods or CSV)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        read_pupil_list(path)
    except ProgressionError as error:
        return error_text(error)
    finally:
        QApplication.restoreOverrideCursor()
    return None


def show_status(parent: QWidget | None, message: str) -> None:
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(message, 8000)


def import_buttons() -> tuple[QDialogButtonBox, QPushButton]:
    """« Importer » and « Annuler », the same in both import dialogs (tests find them by name)."""
    buttons = QDialogButtonBox()
    importer = named(buttons.addButton(
        QCoreApplication.translate("ImportButtons", "Importer"), QDialogButtonBox.ButtonRole.AcceptRole),
        "importButton")
    cancel = buttons.addButton(QCoreApplication.translate("ImportButtons", "Annuler"),
                               QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelButton")
    return buttons, importer


# ---------------------------------------------------------------- class lists: the work


@dataclass(frozen=True)
class PupilSurvey:
    """A class list read and matched against the carnet; ``plan`` is None until a class is chosen."""

    classes: tuple[ClassFound, ...]
    plan: PupilImportPlan | None


def survey_pupil_list(carnet: Path, path: Path, class_key: str | None,
                      grades: dict[int, str] | None = None) -> PupilSurvey:
    """Worker thread: read the list, then plan the import on a read-only connection (writes nothing);
    ``grades`` are those the teacher chose in the preview for lines without one."""
    source = read_pupil_list(path)
    classes = tuple(source.classes)
    if class_key is None and len(classes) > 1:
        return PupilSurvey(classes, None)
    service = CarnetService.open(carnet, lock=False)
    try:
        return PupilSurvey(classes, plan_pupil_import(service, path, class_key, grades))
    finally:
        service.close()


def class_key(found: ClassFound) -> str:
    """What ``for_class`` matches: the ONDE id when there is one (labels can repeat)."""
    return found.onde_class_id or found.label or ""


# ---------------------------------------------------------------- class lists: the preview table


ADDED, UPDATED, UNCHANGED, REJECTED, NOTICE = "add", "update", "unchanged", "rejected", "notice"


@dataclass(frozen=True)
class PreviewRow:
    line: int
    action: str  # one of ADDED, UPDATED, UNCHANGED, REJECTED, NOTICE
    last_name: str = ""
    first_name: str = ""
    birth_date: str = ""
    grade: str = ""
    ine: str = ""
    fields: tuple[str, ...] = ()  # what an update changes
    note: str = ""  # the rejection, warning or possible duplicate, in French
    warning: bool = False
    needs_grade: bool = False  # only the grade is missing: the teacher chooses it in the preview


# Problems first, then what changes, then what stays: what needs the teacher's eyes is on top.
ORDER = {REJECTED: 0, NOTICE: 1, ADDED: 2, UPDATED: 2, UNCHANGED: 3}


def preview_rows(plan: PupilImportPlan) -> list[PreviewRow]:
    """One row per line of the file, with its warnings and possible duplicates; problems first."""
    notes: dict[int, list[str]] = {}
    for problem in plan.source.warnings:
        notes.setdefault(problem.line, []).append(problem.message)
    for row, pupil in plan.likely_duplicates:
        born = pupil.birth_date.strftime("%d/%m/%Y") if pupil.birth_date else QApplication.translate(
            "PreviewTableModel", "date de naissance inconnue")
        notes.setdefault(row.line, []).append(QApplication.translate(
            "PreviewTableModel", "Doublon possible : {name} est déjà dans la classe ({born}) ; vérifiez qu'il "
            "ne s'agit pas du même élève.").format(name=pupil.display_name, born=born))
    rows: list[PreviewRow] = []
    for change in plan.changes:
        r = change.row
        said = notes.pop(r.line, [])
        rows.append(PreviewRow(
            r.line, change.action, r.last_name, r.first_name,
            r.birth_date.strftime("%d/%m/%Y") if r.birth_date else "", r.grade or "", r.ine or "",
            change.fields, " ".join(said), bool(said)))
    missing = {r.line: r for r in plan.missing_grade}
    for problem in plan.rejected:
        lacking = missing.get(problem.line)
        if lacking is not None:
            born = lacking.birth_date.strftime("%d/%m/%Y") if lacking.birth_date else ""
            rows.append(PreviewRow(
                lacking.line, REJECTED, lacking.last_name, lacking.first_name, born, "", lacking.ine or "",
                note=QApplication.translate(
                    "PreviewTableModel", "Niveau manquant : choisissez-le dans la colonne Niveau (double-clic)."),
                needs_grade=True))
            continue
        rows.append(PreviewRow(problem.line, REJECTED, note=problem.message))
    for line, said in notes.items():  # warnings about lines that are neither imported nor rejected
        rows.append(PreviewRow(line, NOTICE, note=" ".join(said), warning=True))
    rows.sort(key=lambda r: (ORDER[r.action] if not r.warning else min(ORDER[r.action], 1), r.line))
    return rows


class PreviewTableModel(QAbstractTableModel):
    """What the import would do, line by line; only the grade of a line that lacks one is edited
    (``grade_chosen``), a class list is small."""

    ACTION, LINE, LAST_NAME, FIRST_NAME, BIRTH_DATE, GRADE, INE, NOTE = range(8)
    COLUMNS = 8
    grade_chosen = Signal(int, str)  # line, grade

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()  # a new file or class: everything differs
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Action"), self.tr("Ligne"), self.tr("Nom"), self.tr("Prénom"),
                  self.tr("Date de naissance"), self.tr("Niveau"), self.tr("INE"), self.tr("Remarque"))
        return titles[section] if 0 <= section < len(titles) else None

    def action_text(self, row: PreviewRow) -> str:
        if row.action == ADDED:
            return self.tr("ajouté")
        if row.action == UPDATED:
            return self.tr("mis à jour ({fields})").format(fields=", ".join(self._field_name(f) for f in row.fields))
        if row.action == UNCHANGED:
            return self.tr("inchangé")
        if row.action == REJECTED:
            return self.tr("rejeté")
        return self.tr("attention")

    def _field_name(self, name: str) -> str:
        # The domain names the fields in French; these are their words for the interface.
        words = {"nom": self.tr("nom"), "prénom": self.tr("prénom"), "niveau": self.tr("niveau"),
                 "date de naissance": self.tr("date de naissance"), "sexe": self.tr("sexe"),
                 "INE": self.tr("INE"), "nom de naissance": self.tr("nom de naissance")}
        return words.get(name, name)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.GRADE and self._rows[index.row()].needs_grade:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        editable = bool(self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        if not (index.isValid() and role == Qt.ItemDataRole.EditRole and editable):
            return False
        grade = str(value or "").strip().upper()
        if grade not in GRADES:
            return False
        self.grade_chosen.emit(self._rows[index.row()].line, grade)  # the dialog plans the import again
        return True

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if column == self.GRADE and row.needs_grade and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("à choisir…")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column != self.NOTE:
                return None
            values = (self.action_text(row), str(row.line), row.last_name, row.first_name, row.birth_date,
                      row.grade, row.ine, row.note)
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.action == REJECTED:
                return QBrush(REJECTED_BACKGROUND)
            return QBrush(WARNING_BACKGROUND) if row.warning else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.action == REJECTED:
                return QBrush(REJECTED_TEXT)
            return QBrush(WARNING_TEXT) if row.warning else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class GradeDelegate(QStyledItemDelegate):
    """A list of grades for the « Niveau » cell of a line that has none."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems([g for g in GRADES if g not in ("PS", "MS", "GS")])
        return combo

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


# ---------------------------------------------------------------- class lists: the dialog


class PupilImportDialog(QDialog):
    """Choose a list, choose the class if the file has several, see the preview, then import."""

    imported = Signal(object)  # PupilImportResult

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None, *, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pupilImportDialog")
        self.setWindowTitle(self.tr("Importer une liste d'élèves"))
        self.runner = runner
        self.path: Path | None = None
        self.classes: tuple[ClassFound, ...] = ()
        self.plan: PupilImportPlan | None = None
        self.task: BackgroundTask | None = None
        self._busy = False
        self._key: str | None = None  # the file's class being previewed
        self.grades: dict[int, str] = {}  # line → grade the teacher chose for a line without one

        self.file_label = named(QLabel(self.tr("Aucun fichier choisi.")), "fileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = named(QPushButton(self.tr("Choisir un fichier…")), "chooseFileButton")
        self.choose_button.setAutoDefault(False)
        help_label = QLabel(self.tr(
            "Dans ONDE : Listes & extractions → « Élèves de l'école » → Élèves → Extraction format CSV. "
            "Un tableur ou un CSV avec les colonnes Nom, Prénom, Date de naissance, Niveau, INE convient aussi. "
            "Rien n'est enregistré avant « Importer »."
        ))
        help_label.setWordWrap(True)
        self.class_label = QLabel(self.tr("&Classe du fichier :"))
        self.class_combo = named(QComboBox(), "classCombo")
        self.class_combo.setPlaceholderText(self.tr("Choisissez votre classe…"))
        self.class_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.class_label.setBuddy(self.class_combo)
        self.summary = named(QLabel(), "summaryLabel")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.model = PreviewTableModel(self)
        self.table = named(QTableView(), "previewTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Aperçu de l'import"))
        self.table.setTabKeyNavigation(False)  # arrows move in the preview; Tab goes on to the buttons
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Only a missing grade is editable (the model's flags): a double-click or F2 opens its list.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setItemDelegateForColumn(PreviewTableModel.GRADE, GradeDelegate(self.table))
        self.model.grade_chosen.connect(self.choose_grade)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PreviewTableModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.skip_box = named(QCheckBox(self.tr("Importer seulement les lignes valides")), "skipInvalid")
        self.reason = named(QLabel(), "reasonLabel")
        self.reason.setWordWrap(True)
        self.buttons, self.import_button = import_buttons()

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        class_row = QHBoxLayout()
        class_row.addWidget(self.class_label)
        class_row.addWidget(self.class_combo)
        class_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(help_label)
        layout.addLayout(class_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.class_combo.activated.connect(self._class_chosen)
        self.skip_box.toggled.connect(self._update_buttons)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self._show_classes()
        self._show_plan()
        name_from_buddies(self)
        fm = self.fontMetrics()
        self.resize(fm.horizontalAdvance("M") * 90, fm.height() * 36)
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------ reading (worker)

    def choose_file(self) -> None:
        path = choose_pupil_list(self)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        self.path = Path(path)
        self.file_label.setText(self.tr("Fichier : {name}").format(name=self.path.name))
        self.file_label.setToolTip(str(self.path))
        self.classes, self.plan = (), None
        self.grades = {}
        self._survey(None)

    def choose_class(self, key: str) -> None:
        """Pick the file's class by ONDE id or label (what choosing it in the list does)."""
        index = next((n for n, c in enumerate(self.classes) if key in (c.onde_class_id, c.label)), -1)
        if index >= 0:
            self.class_combo.setCurrentIndex(index)
            self._class_chosen(index)

    def _class_chosen(self, index: int) -> None:
        if 0 <= index < len(self.classes):
            self._survey(class_key(self.classes[index]))

    def choose_grade(self, line: int, grade: str) -> None:
        """The teacher gave a grade to a line without one: the preview is planned again with it."""
        self.grades[line] = grade
        self._survey(self._key)

    def _survey(self, key: str | None) -> None:
        if self.path is None:
            return
        self._key = key
        carnet, path, grades = self.runner.service.carnet.path, self.path, dict(self.grades)
        self._set_busy(True)
        self.task = run_in_background(lambda: survey_pupil_list(carnet, path, key, grades), self._surveyed,
                                      label=self.tr("Lecture de la liste…"), parent=self, on_error=self._failed)

    def _surveyed(self, survey: object) -> None:
        self._set_busy(False)
        if not isinstance(survey, PupilSurvey):
            return
        first_time = not self.classes
        self.classes, self.plan = survey.classes, survey.plan
        if first_time:
            self._show_classes()
            if self.plan is None:
                self._preselect_class()
        self._show_plan()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.plan = None
        self._show_plan()
        ErrorDialog.show(message, self)

    def _preselect_class(self) -> None:
        # Only a certain match (same ONDE id as the carnet's class) is chosen for the teacher.
        own = self.runner.service.class_info().onde_class_id
        if own and any(c.onde_class_id == own for c in self.classes):
            self.choose_class(own)

    # ------------------------------------------------------------ showing

    def _show_classes(self) -> None:
        several = len(self.classes) > 1
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for found in self.classes:
            count = (self.tr("{n} élève") if found.pupils <= 1 else self.tr("{n} élèves")).format(n=found.pupils)
            text = found.label or self.tr("Classe sans nom")
            if found.onde_class_id:
                text += " — " + self.tr("identifiant {id}").format(id=found.onde_class_id)
            self.class_combo.addItem(f"{text} — {count}")
        self.class_combo.setCurrentIndex(-1)
        self.class_combo.blockSignals(False)
        self.class_label.setVisible(several)
        self.class_combo.setVisible(several)

    def _show_plan(self) -> None:
        plan = self.plan
        self.model.set_rows(preview_rows(plan) if plan is not None else [])
        self.table.resizeRowsToContents()
        if plan is None:
            if self.path is not None and len(self.classes) > 1:
                self.summary.setText(self.tr("Ce fichier contient {n} classes : choisissez la vôtre.").format(
                    n=len(self.classes)))
            else:
                self.summary.setText("")
        else:
            self.summary.setText(self.summary_text(plan))
        self.skip_box.blockSignals(True)
        self.skip_box.setChecked(False)
        self.skip_box.blockSignals(False)
        self.skip_box.setVisible(plan is not None and bool(plan.rejected))
        self._update_buttons()

    def summary_text(self, plan: PupilImportPlan) -> str:
        """« 3 à ajouter, 1 à mettre à jour, 20 inchangés, 2 rejetés »."""
        added, updated, unchanged = plan.count(ADDED), plan.count(UPDATED), plan.count(UNCHANGED)
        rejected = len(plan.rejected)
        parts = [
            self.tr("{n} à ajouter").format(n=added),
            self.tr("{n} à mettre à jour").format(n=updated),
            # French keeps 0 and 1 singular.
            (self.tr("{n} inchangé") if unchanged <= 1 else self.tr("{n} inchangés")).format(n=unchanged),
            (self.tr("{n} rejeté") if rejected <= 1 else self.tr("{n} rejetés")).format(n=rejected),
        ]
        doubts = len(plan.likely_duplicates)
        if doubts:
            parts.append((self.tr("{n} doublon possible") if doubts == 1
                          else self.tr("{n} doublons possibles")).format(n=doubts))
        return ", ".join(parts)

    def _update_buttons(self) -> None:
        plan = self.plan
        reason = ""
        if self._busy:
            reason = ""
        elif plan is None:
            reason = self.tr("Choisissez un fichier pour voir ce qui serait importé.") if self.path is None else ""
        elif not plan.changes:
            reason = self.tr("Aucune ligne valide à importer.")
        elif plan.rejected and not self.skip_box.isChecked():
            reason = self.tr(
                "Des lignes sont rejetées : corrigez le fichier, ou cochez « Importer seulement les lignes valides »."
            )
        elif not plan.count(ADDED) and not plan.count(UPDATED):
            reason = self.tr("Rien à importer : la classe est déjà à jour.")
        ready = plan is not None and not self._busy and not reason
        self.import_button.setEnabled(ready)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.choose_button.setEnabled(not busy)
        self.class_combo.setEnabled(not busy)
        self._update_buttons()

    # ------------------------------------------------------------ writing (GUI thread)

    def apply(self) -> None:
        """Write through the window's runner: one Batch, so Ctrl+Z takes the whole import back."""
        if self.plan is None or not self.import_button.isEnabled():
            return
        try:
            operation = pupil_import(self.runner.service, self.plan, skip_invalid=self.skip_box.isChecked())
        except ProgressionError as error:
            ErrorDialog.show(error_text(error), self)
            return
        if operation is not None and self.runner.run(operation, self) is None:
            return
        result = self.plan.result()
        self.imported.emit(result)
        show_status(self.parentWidget(), self.result_text(result))
        self.accept()

    def result_text(self, result: PupilImportResult) -> str:
        added = (self.tr("{n} élève ajouté") if result.added <= 1 else self.tr("{n} élèves ajoutés")).format(
            n=result.added)
        updated = self.tr("{n} mis à jour").format(n=result.updated)
        return self.tr("Liste importée : {added}, {updated} (Ctrl+Z pour annuler).").format(
            added=added, updated=updated)

    def reject(self) -> None:
        if not self._busy:  # a file being read finishes first; then the dialog may go
            super().reject()
