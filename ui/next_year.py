"""Fichier › « Préparer l'année suivante… »: next year's carnet from this one (``progression.handover``).

The dialog lists this carnet's pupils, ticked (those who left the class during the year and the CM2,
who go to collège, are not), each with next year's grade (the next one, which the teacher may
change: a pupil who stays down, a class split in two); the new class's name, the school year and
the file. The carnet is made on the worker thread (``ui.tasks``), this one only read; the teacher
is then offered to open it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from progression import paths
from progression.calendar import parse_year
from progression.errors import ProgressionError
from progression.grades import GRADES
from progression.handover import HandoverReport, NextYear, make_next_year, next_grade
from progression.service import CarnetService
from ui.carnet_dialogs import ConfirmDialog
from ui.session import CarnetSession
from ui.tasks import run_in_background
from ui.widgets import name_from_buddies, named
from ui.words import error_text, voice

NAME, NOW, NEXT = range(3)


@dataclass(frozen=True)
class NextYearRequest:
    target: Path
    new: NextYear
    chosen: dict[str, str]  # pupil id → next year's grade


class NextYearDialog(QDialog):
    """Shown with ``open()``; ``request()`` once accepted. A refusal shows in the dialog, which stays open."""

    def __init__(self, service: CarnetService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextYearDialog")
        self.setWindowTitle(self.tr("Préparer l'année suivante"))
        self.folder = service.carnet.path.parent
        klass = service.class_info()
        following = parse_year(klass.year_label)[1]
        self._file_typed = False

        self.label_edit = named(QLineEdit(), "nextClassEdit")
        self.label_edit.setPlaceholderText(self.tr("CE2 les Tilleuls"))
        self.year_edit = named(QLineEdit(f"{following}-{following + 1}"), "nextYearEdit")
        self.teacher_edit = named(QLineEdit(), "nextTeacherEdit")
        self.teacher_edit.setPlaceholderText(self.tr("le nom de l'enseignant(e) de la nouvelle classe"))
        self.file_edit = named(QLineEdit(), "nextFileEdit")
        self.file_edit.setAccessibleName(self.tr("Fichier du nouveau carnet"))
        self.file_edit.textEdited.connect(self._file_edited)
        browse = named(QPushButton(self.tr("Choisir…")), "nextFileButton")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        for edit in (self.label_edit, self.year_edit):
            edit.textChanged.connect(self._suggest_file)
        self._suggest_file()

        form = QFormLayout()
        form.addRow(self.tr("Nouvelle &classe :"), self.label_edit)
        form.addRow(self.tr("&Année scolaire :"), self.year_edit)
        form.addRow(self.tr("&Enseignant(e) :"), self.teacher_edit)
        form.addRow(self.tr("&Fichier du nouveau carnet :"), file_row)

        self.pupils = service.pupils()
        self.table = named(QTableWidget(len(self.pupils), 3), "nextPupilsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Élève"), self.tr("Cette année"), self.tr("L'an prochain")])
        self.table.verticalHeader().hide()
        for row, pupil in enumerate(self.pupils):
            name = QTableWidgetItem(pupil.list_name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            coming = pupil.left_on is None and next_grade(pupil.grade) is not None
            name.setCheckState(Qt.CheckState.Checked if coming else Qt.CheckState.Unchecked)
            if pupil.left_on is not None:
                name.setToolTip(self.tr("A quitté la classe en cours d'année."))
            elif next_grade(pupil.grade) is None:
                name.setToolTip(self.tr("En CM2 : part au collège l'an prochain."))
            self.table.setItem(row, NAME, name)
            now = QTableWidgetItem(pupil.grade)
            now.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, NOW, now)
            grade = named(QComboBox(), f"nextGrade{row}")
            grade.addItems(list(GRADES))
            grade.setCurrentText(next_grade(pupil.grade) or pupil.grade)
            grade.setAccessibleName(self.tr("Niveau l'an prochain de {name}").format(name=pupil.list_name))
            self.table.setCellWidget(row, NEXT, grade)
        self.table.resizeColumnsToContents()

        explanation = QLabel(self.tr(
            "Les élèves cochés passent dans la nouvelle classe avec tout leur historique de cette année "
            "(observations, lectures, décisions, appréciations, code, œuvres lues) : il reste consultable sur "
            "leur page, sans compter dans les bilans de l'an prochain. Ce carnet-ci n'est pas modifié."))
        explanation.setWordWrap(True)
        self.message = named(QLabel(), "nextYearMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Préparer le carnet"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        name_from_buddies(self)
        self.resize(620, 560)

    def _file_edited(self, _text: str) -> None:
        self._file_typed = True

    def _suggest_file(self) -> None:
        if self._file_typed:
            return
        label = " ".join(self.label_edit.text().split()) or self.tr("Classe")
        name = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in f"{label} {self.year_edit.text().strip()}")
        self.file_edit.setText(str(self.folder / f"{name}{paths.CARNET_SUFFIX}"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Fichier du nouveau carnet"), self.file_edit.text(),
                                                self.tr("Carnets Progression (*.carnet)"))
        if chosen:
            self.file_edit.setText(chosen)
            self._file_typed = True

    def chosen(self) -> dict[str, str]:
        found = {}
        for row, pupil in enumerate(self.pupils):
            item = self.table.item(row, NAME)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                grade = self.table.cellWidget(row, NEXT)
                assert isinstance(grade, QComboBox)
                found[pupil.id] = grade.currentText()
        return found

    def request(self) -> NextYearRequest:
        target = Path(self.file_edit.text().strip())
        if target.suffix != paths.CARNET_SUFFIX:
            target = target.with_name(target.name + paths.CARNET_SUFFIX)
        return NextYearRequest(target, NextYear(label=self.label_edit.text().strip(), year=self.year_edit.text(),
                                                teacher=self.teacher_edit.text().strip()), self.chosen())

    def accept(self) -> None:
        problem = None
        if not self.label_edit.text().strip():
            problem = self.tr("Donnez le nom de la nouvelle classe (par exemple « CE2 les Tilleuls »).")
        elif not self.chosen():
            problem = self.tr("Cochez au moins un élève qui passe dans la nouvelle classe.")
        elif not self.file_edit.text().strip():
            problem = self.tr("Choisissez le fichier du nouveau carnet.")
        else:
            try:
                parse_year(self.year_edit.text())
                if self.request().target.exists():
                    raise ProgressionError("handover.target_exists", name=self.request().target.name)
            except ProgressionError as error:
                problem = error_text(error)
        if problem is not None:
            self.message.setText(problem)
            self.message.show()
            return
        super().accept()


class NextYearPreparation(QObject):
    """The menu action and what follows it: the dialog, the work, the offer to open the new carnet."""

    def __init__(self, session: CarnetSession, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.dialog: NextYearDialog | None = None
        self.action = QAction(self.tr("Préparer l'&année suivante…"), window)
        self.action.setObjectName("nextYearAction")
        self.action.triggered.connect(self.prepare)
        for signal in (session.opened, session.closed, session.busy_changed):
            signal.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        self.action.setEnabled(self.session.usable and not self.session.busy)

    def prepare(self) -> None:
        service = self.session.service
        if service is None or not self.session.usable or self.session.busy:
            return
        self.session.save_pending()  # what a page holds goes to the new year too
        dialog = NextYearDialog(service, self.window)
        dialog.accepted.connect(lambda: self._make(dialog.request(), service.carnet.path))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _make(self, request: NextYearRequest, source: Path) -> None:
        run_in_background(lambda: make_next_year(request.target, [source], request.new, request.chosen), self._made,
                          label=self.tr("Préparation du carnet de l'année suivante…"), parent=self.window,
                          synchronous=self.session.synchronous)

    def _made(self, report: HandoverReport) -> None:
        from progression.wording import words

        spoken = voice()
        history = report.history
        text = "\n".join([
            words("handover.made", {"year": report.year, "path": str(report.path), "label": report.label,
                                    "count": len(report.pupils)}, spoken),
            words("handover.history", {
                "observations": history.get("observation", 0), "readings": history.get("fluency_measure", 0),
                "grids": history.get("reading_grid", 0),
                "decisions": history.get("synthesis_override", 0) + history.get("appreciation", 0),
                "code": history.get("code_mark", 0), "works": history.get("work_reading", 0)}, spoken),
        ])
        if ConfirmDialog.ask(self.window, self.tr("Le carnet de l'année suivante est prêt."), text,
                             self.tr("Ouvrir le nouveau carnet")):
            self.session.open_interactive(report.path)


def add_to_menu(session: CarnetSession, window: QMainWindow, menu: QMenu) -> NextYearPreparation:
    preparation = NextYearPreparation(session, window)
    menu.addAction(preparation.action)
    return preparation
