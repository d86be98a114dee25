"""Where documents go and come from: the folders remembered between runs, opening a file with
the system's application, and the message that says where an export was saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from exports.safe import safe_filename
from ui.export_kinds import CLASS_PDF, GRID_CSV, GRID_XLSX, LSU_XML, PUPIL_PDF
from ui.runner import ErrorDialog
from ui.settings_store import open_settings

# Document kinds, as ``progression.reports.export`` names its formats.
SUFFIXES = {PUPIL_PDF: ".pdf", CLASS_PDF: ".pdf", GRID_XLSX: ".xlsx", GRID_CSV: ".csv", LSU_XML: ".xml"}

EXPORT_FOLDER_KEY = "documents/exportFolder"
IMPORT_FOLDER_KEY = "documents/importFolder"


# ---------------------------------------------------------------- folders remembered between runs


def remembered_folder(key: str) -> Path:
    """The folder last used for this kind of file; at first the Documents folder (exports) or
    Downloads (imports: ONDE's extraction lands there), else the home folder."""
    value = open_settings().value(key, "")
    if value:
        folder = Path(str(value))
        if folder.is_dir():  # a USB key since removed: fall back rather than open a dead path
            return folder
    location = (QStandardPaths.StandardLocation.DownloadLocation if key == IMPORT_FOLDER_KEY
                else QStandardPaths.StandardLocation.DocumentsLocation)
    standard = QStandardPaths.writableLocation(location)
    return Path(standard) if standard and Path(standard).is_dir() else Path.home()


def remember_folder(key: str, folder: Path) -> None:
    settings = open_settings()
    settings.setValue(key, str(folder))
    settings.sync()


def open_path(path: Path, parent: QWidget | None = None) -> None:
    """Open a document or a folder with the system's application for it."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        message = QCoreApplication.translate("ExportDialog", "Aucune application n'a pu ouvrir « {path} ».")
        ErrorDialog.show(message.format(path=path), parent)


def default_name(kind: str, period_label: str, class_label: str, *, pseudonymise: bool = False,
                 pupil_label: str | None = None, selected: int = 0) -> str:
    """« Bilans lecture - Période 2 - CE1-CE2.pdf »: what a teacher finds again in her folder."""
    if kind == PUPIL_PDF and pupil_label and not pseudonymise:  # never a real name on a pseudonymised file
        stem = QCoreApplication.translate("ExportDialog", "Bilan lecture - {period} - {pupil}")
    elif kind == PUPIL_PDF:
        stem = QCoreApplication.translate("ExportDialog", "Bilans lecture - {period} - {label}")
    elif kind == CLASS_PDF:
        stem = QCoreApplication.translate("ExportDialog", "Synthèse de classe lecture - {period} - {label}")
    elif kind == LSU_XML:
        stem = QCoreApplication.translate("ExportDialog", "LSU lecture - {period} - {label}")
    else:
        stem = QCoreApplication.translate("ExportDialog", "Grille lecture - {period} - {label}")
    stem = stem.format(period=period_label, label=class_label, pupil=pupil_label)
    if kind == PUPIL_PDF and selected > 1 and not (pupil_label and not pseudonymise):
        stem += " - " + QCoreApplication.translate("ExportDialog", "{n} élèves").format(n=selected)
    if pseudonymise:
        stem += " " + QCoreApplication.translate("ExportDialog", "(pseudonymisé)")
    return safe_filename(stem) + SUFFIXES[kind]


def with_suffix(path: Path, suffix: str) -> Path:
    """The name typed, with the right extension added if it was left out."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class SavedMessage(QMessageBox):
    """« Document enregistré », with « Ouvrir » and « Ouvrir le dossier »; opened without blocking."""

    def __init__(self, paths: list[Path], folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedMessage")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Export terminé"))
        # Long French file names: room for them on one line rather than a narrow column.
        self.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 30em; }")
        self.paths = paths
        self.folder = folder or (paths[0].parent if paths else Path.home())
        self.open_button: QPushButton | None = None
        if len(paths) == 1 and folder is None:
            self.setText(self.tr("Document enregistré"))
            self.setInformativeText(self.tr("« {name} »\ndans le dossier « {folder} ».").format(
                name=paths[0].name, folder=self.folder))
            self.open_button = self.addButton(self.tr("Ouvrir"), QMessageBox.ButtonRole.AcceptRole)
        else:
            self.setText(self.tr("{n} documents enregistrés").format(n=len(paths)) if len(paths) != 1
                         else self.tr("Document enregistré"))
            self.setInformativeText(self.tr("Dans le dossier « {folder} ».").format(folder=self.folder))
        self.folder_button = self.addButton(self.tr("Ouvrir le dossier"), QMessageBox.ButtonRole.ActionRole)
        close = self.addButton(self.tr("Fermer"), QMessageBox.ButtonRole.RejectRole)
        self.setEscapeButton(close)
        self.setDefaultButton(self.open_button or self.folder_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        owner = self.parentWidget()
        if button is self.open_button and self.paths:
            open_path(self.paths[0], owner)
        elif button is self.folder_button:
            open_path(self.folder, owner)
