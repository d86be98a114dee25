"""The import and export entries of the « Fichier » menu, and the dialogs behind them.

Installed by one call from the main window (``install_documents_menu(self)``), so the window
stays unaware of these dialogs. The entries follow the window's open carnet: the window has
no "carnet changed" signal, so they are refreshed from what changes whenever one opens or
closes (the page shown, the page list, the title) and again just before the menu shows;
every action also checks the carnet itself when triggered.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from ui.export_kinds import CLASS_PDF, GRID_XLSX, LSU_XML, PUPIL_PDF
from ui.runner import ActionRunner

# The dialogs are imported when first opened: they pull in the report builders, which start-up
# does not need.

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# A list chosen in the class wizard, imported (with its preview) once the carnet exists.
_pending_lists: dict[Path, Path] = {}


def import_after_creation(carnet: Path, pupil_list: Path) -> None:
    _pending_lists[Path(carnet).resolve()] = Path(pupil_list)


def take_pending_list(carnet: Path) -> Path | None:
    return _pending_lists.pop(Path(carnet).resolve(), None)


class DocumentsMenu(QObject):
    """Owns the six actions; a child of the window, found with ``window.findChild(DocumentsMenu)``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("documentsMenu")
        self._window = window
        self._service_seen: object = None
        self.dialog: QDialog | None = None  # the one open now (tests and the wizard hook use it)

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

        menu = self._file_menu()
        before = self._anchor(menu)
        for group in (self.import_actions, self.export_actions):
            menu.insertActions(before, group)
            menu.insertSeparator(before)
        menu.aboutToShow.connect(self.refresh)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # once the window has finished opening or closing
        self._timer.timeout.connect(self.refresh)
        copy_action = getattr(window, "copy_action", None)
        if isinstance(copy_action, QAction):  # enabled exactly while a carnet is open and the window idle
            copy_action.changed.connect(self._timer.start)
        for owner, signal in ((window, "windowTitleChanged"), (getattr(window, "pages", None), "currentChanged")):
            if owner is not None:
                getattr(owner, signal).connect(self._timer.start)
        sidebar = getattr(window, "sidebar", None)
        if sidebar is not None:  # switching from one carnet to another refills the page list
            sidebar.model().rowsInserted.connect(self._timer.start)
            sidebar.model().modelReset.connect(self._timer.start)
        self.refresh()

    def _anchor(self, menu: QMenu) -> QAction:
        """Where the entries go: after « Ouvrir la classe de démonstration » and its separator,
        before the carnet's own entries (backup, copy, close): data in, documents out."""
        actions = menu.actions()
        demo = getattr(self._window, "demo_action", None)
        if demo in actions:
            after = actions.index(demo) + 1
            if after < len(actions) and actions[after].isSeparator():
                after += 1
            if after < len(actions):
                return actions[after]
        for name in ("backup_now_action", "copy_action", "close_action", "quit_action"):
            action = getattr(self._window, name, None)
            if isinstance(action, QAction) and action in actions:
                return action
        return menu.addSeparator()  # an empty menu: the entries go before this last separator

    def _file_menu(self) -> QMenu:
        bar = self._window.menuBar()
        quit_action = getattr(self._window, "quit_action", None)
        for entry in bar.actions():
            menu = entry.menu()
            if isinstance(menu, QMenu) and quit_action in menu.actions():
                return menu
        for entry in bar.actions():  # no quit entry: the first menu is « Fichier »
            menu = entry.menu()
            if isinstance(menu, QMenu):
                return menu
        return bar.addMenu(self.tr("&Fichier"))

    # ------------------------------------------------------------ following the carnet

    def runner(self) -> ActionRunner | None:
        runner = getattr(self._window, "runner", None)
        return runner if isinstance(runner, ActionRunner) and self._window.service is not None else None

    def _window_idle(self) -> bool:
        # The window's own « copy » entry is off while it opens, closes or backs up a carnet.
        copy_action = getattr(self._window, "copy_action", None)
        return copy_action.isEnabled() if isinstance(copy_action, QAction) else True

    def refresh(self) -> None:
        runner = self.runner()
        usable = runner is not None and self._window_idle()
        for entry in self.export_actions:
            entry.setEnabled(usable)
        writable = usable and runner is not None and not runner.service.carnet.read_only
        for entry in self.import_actions:
            entry.setEnabled(writable)
        service = runner.service if runner is not None and usable else None
        if service is not self._service_seen:
            self._service_seen = service
            pending = take_pending_list(service.carnet.path) if service is not None and writable else None
            if pending is not None:
                self.import_pupils(pending)  # the list chosen in the class wizard, now the carnet exists

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
        period = getattr(self._window, "current_period_index", lambda: None)()
        from ui.export_dialog import ExportDialog

        self._show(ExportDialog(runner.service, self._window, kind=kind, period_index=period))

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
        from ui.import_dialog import ObservationImportDialog

        self._show(ObservationImportDialog(runner, self._window))


def install_documents_menu(window: MainWindow) -> None:
    """Add the import and export entries to the window's « Fichier » menu."""
    DocumentsMenu(window)
