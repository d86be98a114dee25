"""Bringing observations in from a CSV or a spreadsheet (``eleve;item;echelon;date``).

The whole file is checked on the worker thread, on a read-only connection, before anything is
written; then the observations go in as one action of the window's runner, after a backup, so
one Ctrl+Z takes the whole import back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from progression.errors import ProgressionError
from progression.importers.observations import import_operation, read_observations
from progression.operations import NewObservation
from progression.service import CarnetService
from ui.export_files import IMPORT_FOLDER_KEY, remember_folder, remembered_folder
from ui.import_dialog import ERROR_STYLE, import_buttons, show_status
from ui.runner import ActionRunner, ErrorDialog
from ui.tasks import BackgroundTask, error_text, run_in_background
from ui.widgets import named


def check_observations(carnet: Path, path: Path) -> tuple[NewObservation, ...]:
    """Worker thread: the whole file checked on a read-only connection; what would be imported."""
    service = CarnetService.open(carnet, lock=False)
    try:
        return read_observations(service, path)
    finally:
        service.close()


class ObservationImportDialog(QDialog):
    """Choose a file, see how many observations it holds (or the first bad line), then import
    them as one action of the window's runner: Ctrl+Z takes the whole import back."""

    imported = Signal(int)

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observationImportDialog")
        self.setWindowTitle(self.tr("Importer des observations"))
        self.runner = runner
        self.path: Path | None = None
        self.observations: tuple[NewObservation, ...] = ()  # what the check found, imported as checked
        self.task: BackgroundTask | None = None
        self._busy = False

        self.file_label = named(QLabel(self.tr("Aucun fichier choisi.")), "fileLabel")
        self.choose_button = named(QPushButton(self.tr("Choisir un fichier…")), "chooseFileButton")
        self.choose_button.setAutoDefault(False)
        help_label = QLabel(self.tr(
            "Un fichier CSV ou un tableur (xlsx, ods) avec les colonnes eleve, item, echelon, date et, si "
            "vous voulez, commentaire : l'élève par son INE ou « NOM Prénom », le code de l'objectif tel que la "
            "grille l'affiche (L1-CE1.1), l'échelon (1 à 4 ou son nom : Atteints, Acquis…), la date jj/mm/aaaa. "
            "Le fichier est vérifié en entier : une ligne fausse, et rien n'est importé."
        ))
        help_label.setWordWrap(True)
        self.result_label = named(QLabel(), "resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_note = QLabel(self.tr(
            "Ctrl+Z annule tout l'import d'un coup ; une copie de sauvegarde du carnet est aussi faite juste avant."
        ))
        self.undo_note.setWordWrap(True)
        self.buttons, self.import_button = import_buttons()
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(help_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.undo_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(False)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 50)
        self.adjustSize()

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir un fichier d'observations"), str(remembered_folder(IMPORT_FOLDER_KEY)),
            self.tr("Tableaux (*.csv *.txt *.xlsx *.ods);;Tous les fichiers (*)"))
        if chosen:
            remember_folder(IMPORT_FOLDER_KEY, Path(chosen).parent)
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        self.path, self.observations = Path(path), ()
        self.file_label.setText(self.tr("Fichier : {name}").format(name=self.path.name))
        self.file_label.setToolTip(str(self.path))
        self.result_label.setText(self.tr("Vérification du fichier…"))
        self.result_label.setStyleSheet("")
        self._set_busy(True)
        carnet = self.runner.service.carnet.path
        self.task = run_in_background(lambda: check_observations(carnet, path), self._checked,
                                      label=self.tr("Vérification du fichier…"), parent=self,
                                      on_error=self._failed)

    def _checked(self, observations: object) -> None:
        assert isinstance(observations, tuple)
        self.observations = observations
        count = len(observations)
        if count == 0:
            self.result_label.setText(self.tr("Ce fichier ne contient aucune observation."))
        elif count == 1:
            self.result_label.setText(self.tr("1 observation sera importée."))
        else:
            self.result_label.setText(self.tr("{n} observations seront importées.").format(n=count))
        self._set_busy(False)
        self._fit()

    def _failed(self, message: str) -> None:
        # Shown in the dialog, beside the file: the teacher corrects the line and chooses it again.
        self.observations = ()
        self.result_label.setText(message)
        self.result_label.setStyleSheet(ERROR_STYLE)
        self._set_busy(False)
        self._fit()

    def _fit(self) -> None:
        """The dialog grows to show the whole sentence (a wrapped label asks for more height than
        the dialog had when it opened); it never shrinks under the teacher's own resizing."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint()
        self.resize(max(self.width(), wanted.width()), max(self.height(), wanted.height()))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.choose_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and bool(self.observations))

    def apply(self) -> None:
        if self.path is None or not self.observations or self._busy:
            return
        from progression.backup import backup_before

        service = self.runner.service
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backup_before(service.carnet.path, "import")
        except (ProgressionError, OSError) as error:
            QApplication.restoreOverrideCursor()
            ErrorDialog.show(error_text(error), self)
            return
        QApplication.restoreOverrideCursor()
        # Checked again as it is written: if the carnet changed since the check, the runner says why.
        if self.runner.run(import_operation(service, self.observations), self) is None:
            return
        count = len(self.observations)
        self.imported.emit(count)
        show_status(self.parentWidget(), self.tr("1 observation importée (Ctrl+Z pour annuler).") if count == 1
                else self.tr("{n} observations importées (Ctrl+Z pour annuler).").format(n=count))
        self.accept()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
