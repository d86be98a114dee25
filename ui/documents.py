"""The import and export entries of the « Fichier » menu, and the dialogs behind them.

The window places the entries (``DocumentsMenu(session, menu, before, window, …)``) and stays
unaware of these dialogs. The entries follow the carnet session: usable while a carnet is open
and nothing else works on it, the imports only when it can be written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from ui.export_kinds import CLASS_PDF, GRID_XLSX, LSU_XML, PUPIL_PDF
from ui.runner import ActionRunner
from ui.session import CarnetSession

# The dialogs are imported when first opened: they pull in the report builders, which start-up
# does not need.


class DocumentsMenu(QObject):
    """Owns the six actions; a child of the window, found with ``window.findChild(DocumentsMenu)``."""

    def __init__(self, session: CarnetSession, menu: QMenu, before: QAction, window: QMainWindow,
                 period: Callable[[], int | None]) -> None:
        super().__init__(window)
        self.setObjectName("documentsMenu")
        self._session = session
        self._window = window
        self._period = period  # the period the window shows: the exports start on it
        self.dialog: QDialog | None = None  # the one open now (tests use it)

        def action(text: str, name: str, slot: object, shortcut: str | None = None) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        self.import_pupils_action = action(self.tr("&Importer une liste d'élèves…"), "importPupilsAction",
                                           lambda: self.import_pupils(), "Ctrl+I")
        self.import_observations_action = action(self.tr("Importer des o&bservations…"),
                                                 "importObservationsAction", self.import_observations)
        self.export_pupils_action = action(self.tr("&Exporter les bilans de période (PDF)…"), "exportPupilsAction",
                                           lambda: self.export(PUPIL_PDF), "Ctrl+P")
        self.export_class_action = action(self.tr("Exporter la synthèse de &classe (PDF)…"), "exportClassAction",
                                          lambda: self.export(CLASS_PDF))
        self.export_grid_action = action(self.tr("Exporter la &grille de classe (xlsx / CSV)…"), "exportGridAction",
                                         lambda: self.export(GRID_XLSX), "Ctrl+E")
        self.import_actions = [self.import_pupils_action, self.import_observations_action]
        self.export_lsu_action = action(self.tr("Exporter pour le &LSU (XML)…"), "exportLsuAction",
                                        lambda: self.export(LSU_XML))
        self.export_actions = [self.export_pupils_action, self.export_class_action, self.export_grid_action,
                               self.export_lsu_action]
        for group in (self.import_actions, self.export_actions):
            menu.insertActions(before, group)
            menu.insertSeparator(before)
        for signal in (session.opened, session.closed, session.busy_changed):
            signal.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ following the carnet

    def runner(self) -> ActionRunner | None:
        return self._session.runner if self._session.usable else None

    def refresh(self) -> None:
        for entry in self.export_actions:
            entry.setEnabled(self._session.usable)
        for entry in self.import_actions:
            entry.setEnabled(self._session.writable)

    # ------------------------------------------------------------ the dialogs

    def _show(self, dialog: QDialog) -> None:
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()  # window-modal without a nested event loop: the window keeps painting

    def export(self, kind: str) -> None:
        runner = self.runner()
        if runner is None:
            return
        from ui.export_dialog import ExportDialog

        self._show(ExportDialog(runner, self._window, kind=kind, period_index=self._period()))

    def import_pupils(self, path: Path | None = None) -> None:
        runner = self.runner()
        if runner is None:
            return
        # Without a file, the dialog opens first: its few lines say where ONDE's extraction is.
        from ui.import_dialog import PupilImportDialog

        self._show(PupilImportDialog(runner, self._window, path=path))

    def import_observations(self) -> None:
        runner = self.runner()
        if runner is None:
            return
        from ui.observation_import import ObservationImportDialog

        self._show(ObservationImportDialog(runner, self._window))

