"""The main window: the welcome page or an open carnet with its pages, menus and toolbar.

``run_app`` is the desktop entry point (``progression [CARNET] [--demo] [--screenshot PNG]``).
The window owns the carnet's ``CarnetService`` and one ``ActionRunner``; every page gets
that runner, runs its operations through it and redraws from the ``Changes`` it emits.
The toolbar holds what every page follows (the period) and what a marking session sets
once (the date, the activity).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import itertools
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from progression import __version__, paths
from progression.errors import CarnetLockedError, DamagedCarnetError, ProgressionError
from progression.operations import Changes, Operation, Part
from progression.privacy import Cleanup
from progression.service import CarnetService
from ui import labels
from ui.banner import Banner
from ui.carnet_dialogs import (
    ConfirmDialog,
    DamagedDialog,
    InfoDialog,
    LockDialog,
    PurgeDialog,
    RestoreDialog,
    french_datetime,
    lock_state,
)
from ui.grid.entry_panel import EntryPanel
from ui.i18n import ENV_VARIABLE, current_language, install_translators, normalise
from ui.runner import ActionRunner, ErrorDialog
from ui.settings_store import ORGANISATION, SettingsStore
from ui.tasks import error_text, run_in_background
from ui.welcome import WelcomePage
from ui.widgets import from_qdate, named, to_qdate

SCREENSHOT_SIZE = (1400, 850)

# Pages other than « Saisie », written as separate panels: (module, class, French title).
# Titles are marked for translation here and translated where shown (context "MainWindow").
PANELS: tuple[tuple[str, str, str], ...] = (
    ("ui.pupil_panel", "PupilPanel", str(QT_TRANSLATE_NOOP("MainWindow", "Élèves"))),
    ("ui.fluency_panel", "FluencyPanel", str(QT_TRANSLATE_NOOP("MainWindow", "Fluence"))),
    ("ui.synthesis_panel", "SynthesisPanel", str(QT_TRANSLATE_NOOP("MainWindow", "Bilans de période"))),
    ("ui.framework_panel", "FrameworkPanel", str(QT_TRANSLATE_NOOP("MainWindow", "Référentiel"))),
)


class WindowRunner(ActionRunner):
    """The window's runner: also keeps the names of the actions for the Edit menu.

    Names are recorded before ``changed`` is emitted, so every listener (the menu labels)
    already sees the right name.
    """

    def __init__(self, service: CarnetService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.names = labels.ActionNames()

    def _before_run(self, operation: Operation) -> object:
        return labels.describe(operation, self.service)  # before running: it may name what is removed

    def _after_run(self, operation: Operation, note: object) -> None:
        self.names.did(operation.kind, operation.size, str(note))

    def _after_undo(self) -> None:
        self.names.undone()

    def _after_redo(self) -> None:
        self.names.redone()


def scrollable(page: QWidget) -> QScrollArea:
    """A page in a scroll area: on a small screen or at 200 % the window may be smaller than the
    page needs, and the page then scrolls instead of holding the window larger than the screen.
    (« Saisie » needs none: its grid scrolls itself.)"""
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the page, not onto its frame
    holder.setWidget(page)
    return holder


def placeholder_page(title: str, reason: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel(reason)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(label)
    page.setAccessibleName(title)
    return page


@dataclass(frozen=True)
class Opening:
    """How the open carnet was opened, to open it again the same way (after a failed switch)."""

    path: Path
    elsewhere: bool = False  # read-only, without the lock, because another window or computer holds it


@contextlib.contextmanager
def waiting() -> Iterator[None]:
    """The wait cursor around file work done on the GUI thread (opening, restoring: a second or two)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def clamp(day: date, first: date, last: date) -> date:
    return min(max(day, first), last)


class MainWindow(QMainWindow):
    def __init__(self, store: SettingsStore | None = None, *, remember: bool = True,
                 synchronous: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Progression"))
        self.store = store if store is not None else SettingsStore()
        self.remember = remember  # False for --screenshot: a doc picture leaves no trace in the settings
        self.synchronous = synchronous
        self.service: CarnetService | None = None
        self.runner: WindowRunner | None = None
        self.entry: EntryPanel | None = None
        # The pages of the open carnet, « Saisie » first; the others are built when first shown
        # (None until then): the teacher starts marking sooner, and a page built late reads fresh data.
        self._pages: list[QWidget | None] = []
        self.wizard: QWidget | None = None
        self.class_dialog: QWidget | None = None  # « Classe et périodes… » while it is open
        self._syncing_period = False
        self._elsewhere = False  # opened read-only because the carnet is open elsewhere
        self._notes: list[str] = []  # what the banner says besides the carnet's own state
        self._busy = False  # long work on the carnet in the worker: no page may read it meanwhile

        self.pages = named(QStackedWidget(), "pageStack")
        self._welcome: WelcomePage | None = None  # built when first shown: a carnet usually opens directly
        self.workspace = named(QWidget(), "workspace")
        self.sidebar = named(QListWidget(), "pageList")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        # Roomy entries, in em so they grow with the font; the sidebar is also the page list for Tab users.
        self.sidebar.setStyleSheet("QListWidget#pageList::item { padding: 0.45em 0.6em; }")
        self.page_stack = named(QStackedWidget(), "panelStack")
        # Where the carnet lives can matter (USB key, synced folder, read-only): said once, on top.
        self.banner = Banner()
        self.notice = self.banner.label
        work_layout = QVBoxLayout(self.workspace)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(0)
        work_layout.addWidget(self.banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.page_stack, 1)
        work_layout.addLayout(row, 1)
        # Shown while the worker changes the carnet (erasing, year-end archive).
        self.busy_label = named(QLabel(), "busyLabel")
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_page = QWidget()
        QVBoxLayout(self.busy_page).addWidget(self.busy_label)
        self.pages.addWidget(self.workspace)
        self.pages.addWidget(self.busy_page)
        self.setCentralWidget(self.pages)
        self.sidebar.currentRowChanged.connect(self._show_page)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.statusBar()
        self._update_for_carnet()

        geometry = self.store.geometry() if self.remember else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = QApplication.primaryScreen()
            area = screen.availableGeometry() if screen else None
            if area is not None and area.width() > 0:
                self.resize(min(1400, round(area.width() * 0.9)), min(850, round(area.height() * 0.9)))
            else:
                self.resize(*SCREENSHOT_SIZE)

    # ------------------------------------------------------------ building

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            self._welcome = WelcomePage()
            self._welcome.create_requested.connect(self.new_carnet)
            self._welcome.demo_requested.connect(self.open_demo)
            self._welcome.open_requested.connect(self.choose_and_open)
            self._welcome.recent_requested.connect(self.open_interactive)
            self.pages.addWidget(self._welcome)
        return self._welcome

    def _action(self, text: str, slot: Callable[..., object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&Nouveau carnet…"), self.new_carnet, QKeySequence.StandardKey.New,
                                       "newAction")
        self.open_action = self._action(self.tr("&Ouvrir…"), self.choose_and_open, "Ctrl+O", "openAction")
        self.demo_action = self._action(self.tr("Ouvrir la classe de &démonstration"), self.open_demo,
                                        name="demoAction")
        self.copy_action = self._action(self.tr("&Sauvegarder une copie…"), self.save_copy, name="copyAction")
        self.backup_now_action = self._action(self.tr("Sauvegarder &maintenant"), self.backup_now, "Ctrl+S",
                                              "backupNowAction")
        self.restore_action = self._action(self.tr("&Restaurer une sauvegarde…"), self.restore_from_backup,
                                           name="restoreAction")
        self.merge_action = self._action(self.tr("F&usionner une copie du carnet…"), self.merge_copy,
                                         name="mergeAction")
        self.class_dialog_action = self._action(self.tr("Classe et &périodes…"), self.edit_class,
                                                name="classDialogAction")
        self.purge_action = self._action(self.tr("&Effacer définitivement un élève…"), self.erase_pupil,
                                         name="purgeAction")
        self.year_end_action = self._action(self.tr("&Fin d'année : archiver et effacer les élèves…"), self.year_end,
                                            name="yearEndAction")
        self.complete_erasure_action = self._action(self.tr("&Terminer les effacements dans les sauvegardes…"),
                                                    self.complete_erasures, name="completeErasureAction")
        # A lambda: ``triggered`` passes ``checked`` (False), which close_carnet would take for show_welcome.
        self.close_action = self._action(self.tr("&Fermer le carnet"), lambda: self.close_carnet(), "Ctrl+W",
                                         "closeAction")
        self.quit_action = self._action(self.tr("&Quitter"), self.close, "Ctrl+Q", "quitAction")
        self.undo_action = self._action(self.tr("Annuler"), self.undo, None, "undoAction")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self._action(self.tr("Rétablir"), self.redo, None, "redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.about_action = self._action(self.tr("À &propos de Progression"), self.about, name="aboutAction")
        self.page_group = QActionGroup(self)
        titles = [self.tr("Saisie"), *(QCoreApplication.translate("MainWindow", t) for _, _, t in PANELS)]
        self.page_actions: list[QAction] = []
        for n, title in enumerate(titles):
            action = self._action(title, lambda _=False, n=n: self.show_page(n), f"Ctrl+{n + 1}", f"page{n + 1}")
            action.setCheckable(True)
            self.page_group.addAction(action)
            self.page_actions.append(action)
        self.page_titles = titles

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Récemmen&t ouverts"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.class_dialog_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_now_action)
        file_menu.addAction(self.copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.merge_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("É&dition"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = bar.addMenu(self.tr("&Affichage"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        self._build_language_menu(view_menu)
        pupils_menu = bar.addMenu(self.tr("Élè&ves"))
        pupils_menu.setObjectName("pupilsMenu")
        pupils_menu.addAction(self.purge_action)
        pupils_menu.addAction(self.complete_erasure_action)
        pupils_menu.addSeparator()
        pupils_menu.addAction(self.year_end_action)
        help_menu = bar.addMenu(self.tr("Aid&e"))
        help_menu.addAction(self.about_action)
        self.edit_menu = edit_menu
        importlib.import_module("ui.documents").install_documents_menu(self)  # import/export entries in Fichier

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """« Langue »: the preference is saved and used at the next start. Switching live would
        mean rebuilding every page's words; a restart is simpler and never leaves a mix."""
        self.language_menu = view_menu.addMenu(self.tr("&Langue"))
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        # Each language is named in itself, so a teacher finds hers whatever the interface speaks.
        for code, name in (("fr", "&Français"), ("en", "&English")):
            action = self._action(name, lambda _=False, code=code: self.choose_language(code), name=f"language_{code}")
            action.setCheckable(True)
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        chosen = normalise(self.store.language()) or current_language()
        if chosen in self.language_actions:
            self.language_actions[chosen].setChecked(True)

    def _build_toolbar(self) -> None:
        bar = named(QToolBar(self.tr("Période et saisie")), "mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
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
        activity_label = QLabel(self.tr("A&ctivité :"))
        activity_label.setBuddy(self.activity_combo)
        spacing = self.fontMetrics().horizontalAdvance("M")
        for widget in (period_label, date_label, activity_label):
            widget.setContentsMargins(spacing, 0, spacing // 3, 0)
        bar.addWidget(period_label)
        bar.addWidget(self.period_combo)
        bar.addSeparator()
        self.entry_tools = [bar.addWidget(date_label), bar.addWidget(self.date_edit), bar.addWidget(activity_label),
                            bar.addWidget(self.activity_combo)]
        self.toolbar = bar
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.date_edit.dateChanged.connect(self._date_chosen)
        self.activity_combo.currentTextChanged.connect(self._activity_chosen)

    # ------------------------------------------------------------ starting

    def start(self, carnet: Path | None = None, demo: bool = False) -> None:
        """What ``progression`` opens: the carnet given, the demo, the last one, or the welcome page."""
        if demo:
            self.open_demo()
        elif carnet is not None:
            self.open_interactive(carnet)
        else:
            last = self.store.last_carnet()
            if last is not None:
                self.open_interactive(last)
            else:
                self.show_welcome()

    # ------------------------------------------------------------ opening and closing

    def open_carnet(self, path: Path, *, read_only: bool = False, force: bool = False) -> str | None:
        """Open ``path`` without asking anything; on failure return the French sentence.

        The open carnet is saved and closed first (its lock released, its closing backup made);
        if ``path`` cannot be opened, the previous carnet is opened again. ``read_only``: without
        the lock, nothing can be changed (the carnet is open elsewhere).
        """
        path = Path(path)
        previous = self._leave_current()
        try:
            service = self._open_service(path, read_only=read_only, force=force)
        except Exception as error:
            message = self._open_error(path, error)
            self._return_to(previous, path)
            return message
        self._opened(service, elsewhere=read_only)
        return None

    def open_interactive(self, path: Path) -> bool:
        """Open a carnet the teacher asked for.

        Held elsewhere: she chooses read-only, taking over (when the lock policy allows it) or
        nothing. Damaged: she may put the newest verified backup in its place. Anything else is
        explained in French. If nothing opens, the previous carnet comes back (or the welcome page).
        """
        path = Path(path)
        previous = self._leave_current()
        opened = self._open_asking(path)
        if opened is None:
            self._return_to(previous, path)
            return False
        service, elsewhere, notes = opened
        self._opened(service, elsewhere=elsewhere, notes=notes)
        return True

    def _open_service(self, path: Path, *, read_only: bool = False, force: bool = False) -> CarnetService:
        """A service whose class and periods can be read; one that cannot is closed at once (lock freed)."""
        with waiting():
            service = CarnetService.open(path, lock=not read_only, force=force)
        try:
            if read_only:
                # Without the lock the core would still write; its read-only flag makes every
                # operation refuse with its own French sentence.
                service.carnet.read_only = True
            service.class_info()  # a carnet with no class fails here, not in a page
            service.periods()
        except BaseException:
            with contextlib.suppress(Exception):
                service.close()
            raise
        return service

    def _open_error(self, path: Path, error: BaseException) -> str:
        if isinstance(error, ProgressionError):
            return str(error)
        # A file that passed the checks but still cannot be read.
        return self.tr("Le carnet « {name} » n'a pas pu être ouvert : {error}").format(
            name=path.name, error=error_text(error))

    def _open_asking(self, path: Path) -> tuple[CarnetService, bool, list[str]] | None:
        """(service, opened read-only because held elsewhere, banner notes), or None once explained.

        The notes include what opening did beside the carnet (a ``-wal`` that was not its own set
        aside). Busy (another program holds SQLite's lock) is never damaged: she may retry."""
        from progression.carnet import CarnetBusyError
        from ui.carnet_dialogs import BusyDialog

        while True:
            try:
                service = self._open_service(path)
                return service, False, list(service.carnet.opening_notes)
            except CarnetBusyError as error:
                if not BusyDialog.ask(self, path, str(error)):
                    return None
            except CarnetLockedError as error:
                return self._open_locked(path, error)
            except DamagedCarnetError as error:
                return self._open_damaged(path, error)
            except Exception as error:
                ErrorDialog.show(self._open_error(path, error), self)
                return None

    def _open_locked(self, path: Path, error: CarnetLockedError) -> tuple[CarnetService, bool, list[str]] | None:
        state = lock_state(path)
        choice = LockDialog.ask(self, path, str(error), state)
        try:
            if choice == LockDialog.READ_ONLY:
                return self._open_service(path, read_only=True), True, []
            if choice == LockDialog.TAKE_OVER and LockDialog.confirm_take_over(self, path, state):
                return self._open_service(path, force=True), False, []
        except Exception as again:  # the core refuses a take-over it does not allow, with its reason
            ErrorDialog.show(self._open_error(path, again), self)
        return None

    def _open_damaged(self, path: Path, error: DamagedCarnetError) -> tuple[CarnetService, bool, list[str]] | None:
        from progression.recovery import newest_verified_backup, recover_damaged, what_would_be_lost

        with waiting():
            backup = newest_verified_backup(path)
            # What the file still holds that the backup lacks: the dialog says it, and a file that
            # still reads never gets « Restaurer » as its default button.
            loss = what_would_be_lost(path, backup.path) if backup is not None else None
        if backup is None:
            ErrorDialog.show(str(error) + " " + self.tr(
                "Aucune sauvegarde vérifiée de ce carnet n'a été trouvée sur cet ordinateur ; le fichier n'a pas "
                "été modifié."), self)
            return None
        if not DamagedDialog.ask(self, path, str(error), backup, loss):
            return None
        try:
            with waiting():
                recovery = recover_damaged(path, backup)
            service = self._open_service(path)
        except Exception as again:
            ErrorDialog.show(self._open_error(path, again), self)
            return None
        note = self.tr("La sauvegarde du {when} a été remise en place.").format(when=french_datetime(backup.made_at))
        if recovery.damaged is not None:
            note += " " + self.tr("Le fichier endommagé est conservé, intact, sous « {name} ».").format(
                name=recovery.damaged.name)
        note += self._erased_again_note(backup.path, path)
        return service, False, [note]

    def _opened(self, service: CarnetService, *, elsewhere: bool = False, notes: Sequence[str] = ()) -> None:
        self._elsewhere = elsewhere
        self._notes = list(notes)
        self._install(service)
        if self.remember:
            self.store.add_recent(service.carnet.path)

    def _leave_current(self) -> Opening | None:
        """Save and close the open carnet before opening another (or the same again)."""
        if self.service is None:
            return None
        current = Opening(self.service.carnet.path, self._elsewhere)
        self.close_carnet()
        return current

    def _return_to(self, previous: Opening | None, failed: Path) -> None:
        """After a failed opening: the carnet that was open before, or the welcome page."""
        if previous is not None and previous.path.resolve() != failed.resolve():
            try:
                service = self._open_service(previous.path, read_only=previous.elsewhere)
            except Exception as error:
                ErrorDialog.show(self._open_error(previous.path, error), self)
            else:
                self._opened(service, elsewhere=previous.elsewhere)
                return
        self.show_welcome()

    def close_carnet(self, show_welcome: bool = True) -> None:
        """Save what the pages still hold, take them down, then close the service: the WAL is
        folded back, a closing backup is made if something changed, the lock is released."""
        service = self.service
        warning = None
        if service is not None:
            if not service.carnet.read_only:
                self._save_pending()
            self._take_down_pages()
            before = service.carnet.backup_warning
            try:
                service.close()
            except Exception:  # closing must never keep the teacher stuck in a broken carnet
                traceback.print_exc()
            if service.carnet.backup_warning != before:
                warning = service.carnet.backup_warning  # the closing backup failed: she should know
        self.service, self._elsewhere, self._notes = None, False, []
        self.banner.set_messages([])
        if show_welcome:
            self.show_welcome()
        else:
            self._update_for_carnet()
        if warning:
            ErrorDialog.show(warning, self)

    def _save_pending(self) -> None:
        """What a page holds but has not stored yet (an appreciation being typed)."""
        for panel in self.panels:
            for hook in ("save_appreciation", "save_pending"):
                save = getattr(panel, hook, None)
                if callable(save):
                    save()

    def _take_down_pages(self) -> None:
        for widget in [self.page_stack.widget(n) for n in range(self.page_stack.count())]:
            assert widget is not None
            self.page_stack.removeWidget(widget)
            widget.deleteLater()
        if self.runner is not None:
            self.runner.deleteLater()
        self._pages, self.entry, self.runner = [], None, None
        self.sidebar.clear()

    def show_welcome(self) -> None:
        self.welcome.set_recent(self.store.recent())
        self.pages.setCurrentWidget(self.welcome)
        self._update_for_carnet()
        self.welcome.setFocus()

    def _install(self, service: CarnetService) -> None:
        self.service = service
        self.runner = WindowRunner(service, self)
        self.entry = EntryPanel(self.runner)
        self._pages = [self.entry, *(None for _ in PANELS)]
        self.page_stack.addWidget(self.entry)
        for _ in PANELS:
            self.page_stack.addWidget(QWidget())  # stands in for the page until it is first shown
        for title in self.page_titles:
            self.sidebar.addItem(title)
        self.runner.undo_state_changed.connect(self._update_undo_labels)
        self.runner.changed.connect(self._dispatch_changes)
        self.entry.status.connect(self._status)
        self._size_sidebar()
        self._set_tab_order()
        self._show_notice(service)
        self._fill_toolbar(service)
        self.pages.setCurrentWidget(self.workspace)
        self.show_page(0)
        self._update_for_carnet()
        self._focus_first_cell()

    def _set_tab_order(self) -> None:
        """Tab goes from what a session sets once (period, date, activity) to the pages, then
        to the grid's filters and the grid itself; arrows work inside each."""
        assert self.entry is not None
        chain = [self.period_combo, self.date_edit, self.activity_combo, self.sidebar, self.entry.grade_combo,
                 self.entry.group_combo, self.entry.competency_combo, self.entry.grid]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_notice(self, service: CarnetService) -> None:
        """The banner: read-only, risky place, a backup that failed, what was just restored."""
        from progression.lock import read_lock

        carnet = service.carnet
        notes = list(self._notes)
        if self._elsewhere:
            holder = read_lock(carnet.path)
            who = self.tr(" (par {user} sur « {host} »)").format(user=holder.user, host=holder.host) if holder else ""
            notes.append(self.tr(
                "Lecture seule : ce carnet est ouvert ailleurs{who}. Vous pouvez le consulter ; pour y écrire, "
                "fermez-le là-bas puis rouvrez-le ici.").format(who=who))
        elif carnet.read_only:
            notes.append(self.tr(
                "Ce carnet est en lecture seule : le fichier, son dossier ou la clé USB sont protégés en écriture. "
                "Vous pouvez le consulter ; pour le modifier, enregistrez-en une copie dans vos Documents "
                "(Fichier › Sauvegarder une copie…) et ouvrez-la."))
        if carnet.risky is not None:
            notes.append(carnet.risky.message)
        if carnet.backup_warning:
            notes.append(carnet.backup_warning)
        self.banner.set_messages(notes)

    @property
    def panels(self) -> list[QWidget]:
        """The pages built so far, in page order."""
        return [page for page in self._pages if page is not None]

    def panel(self, index: int) -> QWidget:
        """Page ``index`` of the open carnet (0 is « Saisie »), built now if it was not yet."""
        page = self._pages[index]
        if page is None:
            page = self._make_panel(*PANELS[index - 1])
            stand_in = self.page_stack.widget(index)
            assert stand_in is not None
            self.page_stack.insertWidget(index, scrollable(page))
            self.page_stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._pages[index] = page
            period = self.current_period_index()
            set_period = getattr(page, "set_period", None)
            if period is not None and set_period is not None:
                set_period(period)
        return page

    def _dispatch_changes(self, changes: Changes) -> None:
        """The built pages reload first, in page order; then the window's title and toolbar."""
        for page in self.panels:
            on_changes = getattr(page, "on_changes", None)
            if on_changes is not None:
                on_changes(changes)
        self._on_changes(changes)

    def _make_panel(self, module: str, class_name: str, title: str) -> QWidget:
        """Pages written separately are loaded if present: the window works without them."""
        assert self.runner is not None
        try:
            panel_class = getattr(importlib.import_module(module), class_name)
        except (ImportError, AttributeError):
            return placeholder_page(title, self.tr("Cette page arrive bientôt."))
        try:
            panel = panel_class(self.runner)
        except Exception:
            traceback.print_exc()
            return placeholder_page(title, self.tr("Cette page n'a pas pu s'afficher."))
        assert isinstance(panel, QWidget)
        return panel

    def _size_sidebar(self) -> None:
        fm = self.sidebar.fontMetrics()
        widest = max((fm.horizontalAdvance(t) for t in self.page_titles), default=100)
        self.sidebar.setFixedWidth(widest + fm.horizontalAdvance("M") * 3)

    def _fill_periods(self, service: CarnetService, shown: int) -> None:
        """The period combo, each period's dates in its tooltip; ``shown`` selected (signals held)."""
        self._syncing_period = True
        self.period_combo.clear()
        for period in service.periods():
            self.period_combo.addItem(period.label, period.index)
            dates = self._period_dates(period.starts_on, period.ends_on)
            self.period_combo.setItemData(self.period_combo.count() - 1, dates, Qt.ItemDataRole.ToolTipRole)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(shown)))
        self.period_combo.setToolTip(str(self.period_combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""))
        self._syncing_period = False

    def _period_dates(self, first: date, last: date) -> str:
        return self.tr("du {first} au {last}").format(first=first.strftime("%d/%m/%Y"), last=last.strftime("%d/%m/%Y"))

    def _fill_toolbar(self, service: CarnetService) -> None:
        klass = service.class_info()
        current = service.current_period()
        self._fill_periods(service, current.index)
        self._syncing_period = True
        self.date_edit.setDateRange(to_qdate(klass.year_starts_on), to_qdate(klass.year_ends_on))
        self.date_edit.setDate(to_qdate(clamp(date.today(), current.starts_on, current.ends_on)))
        self.activity_combo.clear()
        self.activity_combo.addItems(list(service.settings.activities))
        self.activity_combo.setCurrentIndex(-1)
        self.activity_combo.setEditText("")
        self._syncing_period = False
        self._period_chosen()
        self._date_chosen()
        self._activity_chosen(self.activity_combo.currentText())

    def _update_for_carnet(self) -> None:
        is_open = self.service is not None and not self._busy
        writable = self.service is not None and is_open and not self.service.carnet.read_only
        for action in (self.copy_action, self.backup_now_action, self.close_action, *self.page_actions):
            action.setEnabled(is_open)
        # Restoring and erasing need the lock and a writable file.
        for action in (self.restore_action, self.merge_action, self.purge_action, self.year_end_action,
                       self.class_dialog_action, self.complete_erasure_action):
            action.setEnabled(writable)
        for action in (self.new_action, self.open_action, self.demo_action, self.recent_menu.menuAction()):
            action.setEnabled(not self._busy)
        self.toolbar.setVisible(is_open)
        if self.service is not None and is_open:
            klass = self.service.class_info()
            title = self.tr("{label} — {year} — Progression").format(label=klass.label, year=klass.year_label)
            if self.service.carnet.read_only:
                title = self.tr("{label} — {year} (lecture seule) — Progression").format(
                    label=klass.label, year=klass.year_label)
            self.setWindowTitle(title)
            self.setWindowFilePath(str(self.service.carnet.path))
        elif self.service is None:
            self.setWindowTitle(self.tr("Progression"))
        self._update_undo_labels()

    def _focus_first_cell(self) -> None:
        if self.entry is None:
            return
        model = self.entry.model
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                if model.is_applicable(index):
                    self.entry.grid.setCurrentIndex(index)
                    self.entry.grid.scrollToTop()
                    self.entry.grid.setFocus()
                    return

    # ------------------------------------------------------------ pages

    def show_page(self, index: int) -> None:
        if not 0 <= index < self.page_stack.count():
            return
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)  # comes back through _show_page
            return
        self._show_page(index)

    def _show_page(self, index: int) -> None:
        if not 0 <= index < self.page_stack.count():
            return
        page = self.panel(index)
        self.page_stack.setCurrentIndex(index)
        self.page_actions[index].setChecked(True)
        for action in self.entry_tools:  # date and activity only matter when marking
            action.setVisible(index == 0)
        if not self.sidebar.hasFocus():
            page.setFocus()

    def current_page(self) -> int:
        return self.page_stack.currentIndex()

    def current_panel(self) -> QWidget | None:
        """The page shown, as built (not the scroll area around it)."""
        index = self.current_page()
        return self._pages[index] if 0 <= index < len(self._pages) else None

    # ------------------------------------------------------------ period, date, activity

    def current_period_index(self) -> int | None:
        value = self.period_combo.currentData()
        return int(value) if value is not None else None

    def _period_chosen(self) -> None:
        if self._syncing_period or self.service is None:
            return
        index = self.current_period_index()
        if index is None:
            return
        self.period_combo.setToolTip(str(self.period_combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""))
        for panel in self.panels:
            set_period = getattr(panel, "set_period", None)
            if set_period is not None:
                set_period(index)
        # Keep the recording date inside the period shown, or new marks would vanish from view.
        period = self.service.period(index)
        day = self.observed_on()
        if not period.contains(day):
            self._syncing_period = True
            self.date_edit.setDate(to_qdate(clamp(date.today(), period.starts_on, period.ends_on)))
            self._syncing_period = False
            self._date_chosen()

    def observed_on(self) -> date:
        return from_qdate(self.date_edit.date())

    def _date_chosen(self) -> None:
        if self.service is None:
            return
        day = self.observed_on()
        if self.entry is not None:
            self.entry.set_observed_on(day)
        if self._syncing_period:
            return
        period = self.service.period_of(day)
        if period is not None and period.index != self.current_period_index():
            # A date in another period shows that period: the grid shows what is being recorded.
            self.period_combo.setCurrentIndex(self.period_combo.findData(period.index))

    def _activity_chosen(self, text: str) -> None:
        if self.entry is not None:
            self.entry.set_activity(text.strip())

    def _on_changes(self, changes: Changes) -> None:
        """The class's name or its period dates changed (or were put back): title and toolbar follow."""
        if Part.CLASS not in changes.parts or self.service is None:
            return
        # The recording date stays what the teacher set; the period shown is the one it now falls in.
        period = self.service.period_of(self.observed_on())
        shown = period.index if period is not None else self.current_period_index()
        self._fill_periods(self.service, shown if shown is not None else self.service.current_period().index)
        self._period_chosen()  # pages get the period again, with its new dates
        self._update_for_carnet()

    # ------------------------------------------------------------ undo and redo

    def _update_undo_labels(self) -> None:
        runner = self.runner
        undo_name = runner.names.undo_name(runner.service) if runner else None
        redo_name = runner.names.redo_name(runner.service) if runner else None
        self.undo_action.setText(labels.undo_label(undo_name))
        self.redo_action.setText(labels.redo_label(redo_name))
        self.undo_action.setEnabled(undo_name is not None)
        self.redo_action.setEnabled(redo_name is not None)

    def undo(self) -> None:
        if self.runner is None:
            return
        name = self.runner.names.undo_name(self.runner.service)
        if name is not None and self.runner.undo(self) is not None:
            self._status(labels.undone_message(name))

    def redo(self) -> None:
        if self.runner is None:
            return
        name = self.runner.names.redo_name(self.runner.service)
        if name is not None and self.runner.redo(self) is not None:
            self._status(labels.redone_message(name))

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # ------------------------------------------------------------ file menu

    def new_carnet(self) -> None:
        from ui.wizard import NewClassWizard

        wizard = NewClassWizard(self)
        wizard.accepted.connect(lambda: self._create_from(wizard))
        wizard.finished.connect(wizard.deleteLater)
        self.wizard = wizard
        wizard.open()

    def _create_from(self, wizard: QWidget) -> None:
        from ui.wizard import NewClassWizard, create_class

        assert isinstance(wizard, NewClassWizard)
        request = wizard.request()
        self.wizard = None
        run_in_background(lambda: create_class(request), self._open_made,
                          label=self.tr("Création du carnet…"), parent=self, synchronous=self.synchronous)

    def _open_made(self, path: object) -> None:
        if isinstance(path, Path):
            self.open_interactive(path)

    def choose_and_open(self) -> None:
        last = self.store.last_carnet()
        start = str(last.parent if last is not None else paths.data_home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Ouvrir un carnet"), start,
            self.tr("Carnets Progression (*.carnet);;Tous les fichiers (*)"),
        )
        if chosen:
            self.open_interactive(Path(chosen))

    def open_demo(self) -> None:
        """The demo class, made on first use (a few seconds, in the background)."""
        path = paths.demo_carnet()
        if path.exists():
            self.open_interactive(path)
            return

        def make() -> Path:
            from progression.demo import make_demo

            make_demo(path).close()
            return path

        run_in_background(make, self._open_made, label=self.tr("Préparation de la classe de démonstration…"),
                          parent=self, synchronous=self.synchronous)

    def save_copy(self) -> None:
        if self.service is None:
            return
        source = self.service.carnet.path
        suggestion = source.with_name(f"{source.stem} - copie{paths.CARNET_SUFFIX}")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Sauvegarder une copie du carnet"), str(suggestion),
            self.tr("Carnets Progression (*.carnet)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix != paths.CARNET_SUFFIX:
            target = target.with_name(target.name + paths.CARNET_SUFFIX)
        if target.resolve() == source.resolve():
            ErrorDialog.show(self.tr("Choisissez un autre fichier que le carnet ouvert."), self)
            return
        if not self.service.carnet.read_only:
            self._save_pending()
        run_in_background(lambda: copy_carnet(source, target),
                          lambda done: self._status(self.tr("Copie enregistrée : {path}").format(path=done)),
                          label=self.tr("Copie du carnet…"), parent=self, synchronous=self.synchronous)

    def backup_now(self) -> None:
        """A verified backup into the automatic folder, made in the worker (``progression backup``)."""
        if self.service is None or self._busy:
            return
        if not self.service.carnet.read_only:
            self._save_pending()
        path = self.service.carnet.path

        def make() -> tuple[Path, int, int]:
            from progression.backup import automatic_backup, read_counts

            made = automatic_backup(path, "manuelle")
            pupils, observations, _ = read_counts(made)
            return made, pupils, observations

        def done(result: tuple[Path, int, int]) -> None:
            made, pupils, observations = result
            self.statusBar().showMessage(self.tr(
                "Sauvegarde vérifiée ({pupils} élèves, {observations} observations) : {path}").format(
                pupils=pupils, observations=observations, path=made), 20_000)

        run_in_background(make, done, label=self.tr("Sauvegarde du carnet…"), parent=self,
                          synchronous=self.synchronous)

    def restore_from_backup(self) -> None:
        """Put an automatic backup back in place; the current file is set aside, never deleted."""
        from progression.backup import list_backups
        from progression.recovery import restore_backup

        service = self.service
        if service is None or self._busy or service.carnet.read_only:
            return
        self._save_pending()
        path = service.carnet.path
        with waiting():
            backups = list_backups(path)
        if not backups:
            InfoDialog.show(self.tr("Aucune sauvegarde automatique de « {name} » n'a encore été faite sur cet "
                                    "ordinateur.").format(name=path.name), self)
            return
        chosen = RestoreDialog.ask(self, path, backups)
        if chosen is None:
            return
        self.close_carnet()  # restoring takes the lock: the carnet must be closed (its closing backup is made)
        try:
            with waiting():
                aside = restore_backup(chosen, path)
        except Exception as error:
            ErrorDialog.show(error_text(error), self)
            self.open_interactive(path)  # the carnet as it was
            return
        note = self.tr("La sauvegarde du {when} a été remise en place.").format(when=french_datetime(chosen.made_at))
        if aside is not None:
            note += " " + self.tr("Le carnet d'avant est conservé dans son dossier sous « {name} ».").format(
                name=aside.name)
        note += self._erased_again_note(chosen.path, path)
        opened = self._open_asking(path)
        if opened is None:
            self.show_welcome()
            return
        service, elsewhere, notes = opened
        self._opened(service, elsewhere=elsewhere, notes=[note, *notes])

    def merge_copy(self) -> None:
        """Bring back what a copy of this carnet (another computer, a replacement) recorded:
        what it would bring is said first; then one transaction after a backup."""
        from progression.merge import merge_copy

        service = self.service
        if service is None or self._busy or service.carnet.read_only:
            return
        self._save_pending()
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir une copie de ce carnet"), str(service.carnet.path.parent),
            self.tr("Carnets Progression (*.carnet);;Tous les fichiers (*)"))
        if not chosen:
            return
        copy = Path(chosen)
        try:
            with waiting():
                preview = merge_copy(service, copy, dry_run=True)
        except Exception as error:
            ErrorDialog.show(error_text(error), self)
            return
        if not preview.changed:
            InfoDialog.show("\n".join(preview.lines()), self)
            return
        question = self.tr("Ce que la copie « {name} » apporte :").format(name=copy.name)
        if not ConfirmDialog.ask(self, question, "\n".join(preview.lines()) + "\n\n" + self.tr(
                "Une sauvegarde du carnet est faite juste avant ; la fusion ne s'annule pas avec Ctrl+Z."),
                self.tr("Fusionner")):
            return
        page, period = self.current_page(), self.current_period_index()
        try:
            with waiting():
                report = merge_copy(service, copy)
        except Exception as error:
            ErrorDialog.show(error_text(error), self)
            return
        self._take_down_pages()  # every page reads the merged carnet afresh
        self._reinstall(service, page, period)
        InfoDialog.show("\n".join(report.lines()), self)

    def erase_pupil(self) -> None:
        """Erase one pupil for good (RGPD): two questions, then the core's purge in the worker."""
        from progression import privacy

        service = self.service
        if service is None or self._busy or service.carnet.read_only:
            return
        pupils = service.pupils()
        if not pupils:
            InfoDialog.show(self.tr("Ce carnet ne contient aucun élève."), self)
            return
        shown = getattr(self.current_panel(), "pupil_id", None)
        request = PurgeDialog.ask(self, pupils, shown if isinstance(shown, str) else None)
        if request is None or not PurgeDialog.confirm(self, request):
            return
        path = service.carnet.path

        def work(target: CarnetService) -> tuple[bool, Cleanup | None]:
            report = privacy.purge_pupil(target, request.pupil_id)  # also forgets the undo history
            # Earlier erasures done without their backups are completed at the same time.
            return report.wal_cleared, privacy.complete_erasure(path) if request.scrub_backups else None

        def done(result: tuple[bool, Cleanup | None]) -> None:
            wal_cleared, cleanup = result
            lines = [self.tr("{name} a été effacé(e) définitivement du carnet.").format(name=request.name)]
            if cleanup is not None:
                lines += self._cleanup_lines(cleanup)
            else:
                lines.append(self.tr("Les sauvegardes faites avant l'effacement contiennent encore ses données "
                                     "jusqu'à leur suppression automatique, ou jusqu'à ce que vous choisissiez "
                                     "Élèves › Terminer les effacements dans les sauvegardes."))
            if not wal_cleared:
                lines.append(self.tr("Un autre programme lit ce carnet : les dernières traces seront effacées quand "
                                     "il le fermera."))
            InfoDialog.show("\n".join(lines), self)
            if cleanup is not None:
                self._offer_to_delete(cleanup.leftovers)

        self._run_detached(work, done, self.tr("Effacement de {name}…").format(name=request.name))

    def complete_erasures(self) -> None:
        """Erasures made without the backups, finished now: every pupil ever erased from this carnet
        goes from its backups and from the files set aside beside it (``purge-pupil --backups``)."""
        from progression import privacy

        service = self.service
        if service is None or self._busy:
            return
        path = service.carnet.path

        def done(cleanup: Cleanup) -> None:
            if not cleanup.pupils:
                InfoDialog.show(self.tr("Aucun élève n'a été effacé de ce carnet : il n'y a rien à nettoyer."), self)
                return
            InfoDialog.show("\n".join(self._cleanup_lines(cleanup)), self)
            self._offer_to_delete(cleanup.leftovers)

        run_in_background(lambda: privacy.complete_erasure(path), done, label=self.tr("Nettoyage des sauvegardes…"),
                          parent=self, synchronous=self.synchronous)

    def _cleanup_lines(self, cleanup: Cleanup) -> list[str]:
        lines = [self.tr("Sauvegardes automatiques nettoyées : {count}.").format(count=len(cleanup.backups))]
        if cleanup.set_aside:
            lines.append(self.tr("Fichiers mis de côté près du carnet nettoyés : {count}.").format(
                count=len(cleanup.set_aside)))
        return lines

    def _offer_to_delete(self, leftovers: Sequence[Path]) -> None:
        """Damaged files and set-aside journals cannot be cleaned safely: she decides whether they go."""
        from progression import privacy

        if not leftovers:
            return
        names = "\n".join(f"• {file}" for file in leftovers)
        if not ConfirmDialog.ask(
                self, self.tr("Supprimer les fichiers illisibles ?"),
                self.tr("Ces fichiers, endommagés ou mis de côté, peuvent encore contenir des données des élèves "
                        "effacés, et Progression ne peut pas les nettoyer sans risque :\n{names}\n\nLes supprimer "
                        "termine l'effacement ; vous ne pourrez plus les confier à un spécialiste.").format(
                    names=names),
                self.tr("Supprimer ces fichiers")):
            return
        try:
            privacy.delete_leftovers(leftovers)
        except Exception as error:
            ErrorDialog.show(error_text(error), self)

    def _erased_again_note(self, backup: Path, carnet: Path) -> str:
        """For the banner after a restore: pupils erased since the backup was made were erased again."""
        from progression.privacy import erasures_reapplied

        count = erasures_reapplied(backup, carnet)
        if not count:
            return ""
        return " " + self.tr("{count} élève(s) effacé(s) depuis cette sauvegarde l'ont été de nouveau.").format(
            count=count)

    def year_end(self) -> None:
        """Year end: a verified archive in a folder she chooses, then every pupil erased."""
        from progression import privacy
        from progression.backup import read_counts

        service = self.service
        if service is None or self._busy or service.carnet.read_only:
            return
        self._save_pending()
        path = service.carnet.path
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier où ranger l'archive de fin d'année"), str(path.parent))
        if not chosen:
            return
        folder = Path(chosen)
        automatic = paths.backups_root().resolve()
        if folder.resolve() == automatic or automatic in folder.resolve().parents:
            # Automatic backups are deleted at the end: an archive there would go with them.
            ErrorDialog.show(self.tr("Choisissez un autre dossier que celui des sauvegardes automatiques : elles "
                                     "sont supprimées à la fin de l'archivage."), self)
            return
        try:
            pupils, observations, _ = read_counts(path, immutable=False)
        except Exception as error:
            ErrorDialog.show(error_text(error), self)
            return
        if not PurgeDialog.confirm_year_end(self, folder, pupils, observations):
            return

        def done(result: object) -> None:
            assert isinstance(result, privacy.YearEndReport)
            InfoDialog.show(self.tr(
                "Archive vérifiée enregistrée ({pupils} élèves, {observations} observations) :\n{archive}\n\n"
                "Les élèves ont été effacés du carnet ; sauvegardes automatiques supprimées : {deleted}. Pour la "
                "rentrée, créez un nouveau carnet (Fichier › Nouveau carnet…).").format(
                pupils=result.pupils, observations=result.observations, archive=result.archive,
                deleted=result.backups_deleted), self)

        self._run_detached(lambda target: privacy.archive_and_purge(target, folder), done,
                           self.tr("Archivage de fin d'année…"))

    def _reinstall(self, service: CarnetService, page: int, period: int | None) -> None:
        """The pages built again on the same carnet, on the period and page shown before."""
        self._install(service)
        if period is not None:
            self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(period)))
        self.show_page(max(page, 0))

    def _run_detached(self, work: Callable[[CarnetService], Any], done: Callable[[Any], None], label: str) -> None:
        """Long work on the open carnet in the worker. The pages are taken down first, so no widget
        reads the carnet while it changes; they are built again afterwards (names and undo history
        may be gone)."""
        service = self.service
        assert service is not None
        page, period = self.current_page(), self.current_period_index()
        self._save_pending()
        self._take_down_pages()
        self._busy = True
        self.busy_label.setText(label)
        self.pages.setCurrentWidget(self.busy_page)
        self._update_for_carnet()

        def back() -> None:
            self._busy = False
            if self.service is service:
                self._reinstall(service, page, period)

        def finished(result: object) -> None:
            back()
            done(result)

        def failed(message: str) -> None:
            back()
            ErrorDialog.show(message, self)

        run_in_background(lambda: work(service), finished, on_error=failed, label=label, parent=self,
                          synchronous=self.synchronous)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.store.recent()
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_interactive(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(aucun)"))
            empty.setEnabled(False)

    def edit_class(self) -> None:
        """« Classe et périodes… »: window-modal, not blocking; it saves through the runner itself."""
        from ui.class_dialog import ClassDialog

        if self.service is None or self.runner is None or self._busy or self.service.carnet.read_only:
            return
        dialog = ClassDialog(self.runner, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "class_dialog", None))
        self.class_dialog = dialog
        dialog.open()

    def choose_language(self, code: str) -> None:
        """Save the interface language; it is used from the next start (see _build_language_menu)."""
        if normalise(self.store.language()) == code:
            return
        self.store.save_language(code)
        if code == current_language():
            return  # back to the language on screen: nothing to wait for
        message = self.tr("La nouvelle langue sera utilisée au prochain démarrage de Progression.")
        forced = normalise(os.environ.get(ENV_VARIABLE))
        if forced is not None and forced != code:
            message += " " + self.tr("La variable d'environnement {variable} impose cependant une autre langue : "
                                     "retirez-la pour que ce choix compte.").format(variable=ENV_VARIABLE)
        InfoDialog.show(message, self)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Progression"), self.tr(
            "<b>Progression</b> {version}<br>Suivi des progrès en lecture des élèves de l'école primaire, "
            "hors ligne, dans un seul fichier.<br>Logiciel libre sous licence GPL 3 ou ultérieure."
        ).format(version=__version__))

    # ------------------------------------------------------------ leaving

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:  # the worker is changing the carnet: closing it now could leave it half-done
            event.ignore()
            self._status(self.tr("Patientez : Progression termine une opération sur le carnet."))
            return
        if self.remember:
            self.store.save_geometry(self.saveGeometry())
            self.store.sync()
        self.close_carnet(show_welcome=False)
        super().closeEvent(event)


def copy_carnet(source: Path, target: Path) -> Path:
    """A verified copy (SQLite backup API + integrity check) under the name the teacher chose.

    The copy is written beside the target under a temporary name, checked, then renamed: a
    copy that exists is whole, and a file already there is replaced only by a good copy.
    """
    from progression.backup import make_backup

    return make_backup(source, reason="copie", target=target)


# ---------------------------------------------------------------- entry point


def parse_args(args: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="progression", description="Suivi des progrès en lecture : application de bureau.")
    parser.add_argument("carnet", nargs="?", type=Path, help="le carnet à ouvrir")
    parser.add_argument("--demo", action="store_true", help="ouvrir la classe de démonstration")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="enregistrer une image de la fenêtre puis quitter")
    parser.add_argument("--lang", choices=("fr", "en", "pseudo"),
                        help="langue de l'interface (sinon PROGRESSION_LANG, le réglage, ou le français)")
    return parser.parse_args(list(args))


def application(language: str | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "progression"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("Progression")
    app.setApplicationVersion(__version__)
    if not os.environ.get("QT_STYLE_OVERRIDE"):
        # Fusion everywhere: the focus frame looks the same on every system (Windows' own style
        # draws a faint dotted one, macOS none on buttons), high-DPI drawing is sharp, and the
        # screens match the user guide's pictures (made offscreen, where Fusion is the default).
        app.setStyle("Fusion")
    # Tab reaches every control, buttons included, even where the system says text fields only (macOS).
    app.styleHints().setTabFocusBehavior(Qt.TabFocusBehavior.TabFocusAllControls)
    install_translators(app, language)
    return app


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform reports what it cannot do (raise a window, resize to hints):
    # noise for a script that only wants a picture. Everything else still reaches stderr.
    if "This plugin does not support" in message:
        return
    print(message, file=sys.stderr)


def take_screenshot(carnet: Path | None, demo: bool, out: Path, language: str | None = None) -> int:
    """Render the main window (~1400×850) without a screen and save it as PNG.

    Leaves no trace in the teacher's settings; failures are one French sentence on stderr.
    """
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        application(language)
        with tempfile.TemporaryDirectory() as scratch:
            store = SettingsStore(QSettings(str(Path(scratch) / "screenshot.ini"), QSettings.Format.IniFormat))
            window = MainWindow(store, remember=False, synchronous=True)
            try:
                return _render(window, carnet, demo, out)
            finally:
                window.close()
                window.deleteLater()
    finally:
        qInstallMessageHandler(previous)


def _render(window: MainWindow, carnet: Path | None, demo: bool, out: Path) -> int:
    window.resize(*SCREENSHOT_SIZE)
    message = None
    if demo:
        path = paths.demo_carnet()
        if not path.exists():
            from progression.demo import make_demo

            make_demo(path).close()
        message = window.open_carnet(path)
    elif carnet is not None:
        message = window.open_carnet(carnet)
    else:
        window.show_welcome()
    if message is not None:
        print(message, file=sys.stderr)
        return 1
    window.show()
    for _ in range(3):  # let layouts settle and the grid paint
        QApplication.processEvents()
    image = window.grab()
    with contextlib.suppress(OSError):  # saving says it clearly if the folder is missing
        out.parent.mkdir(parents=True, exist_ok=True)
    if image.isNull() or not image.save(str(out), "PNG"):
        print(QCoreApplication.translate("MainWindow", "Impossible d'écrire l'image « {path} ».").format(path=out),
              file=sys.stderr)
        return 1
    return 0


def run_app(args: Sequence[str]) -> int:
    options = parse_args(args)
    if options.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return take_screenshot(options.carnet, options.demo, options.screenshot, options.lang)
    app = application(options.lang)
    window = MainWindow()
    window.show()
    # Open once the window is on screen, so a failure dialog has a parent to sit on.
    QTimer.singleShot(0, lambda: window.start(options.carnet, options.demo))
    return app.exec()
