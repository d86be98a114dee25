"""The main window: the welcome page or an open carnet with its pages, menus and toolbar.

The carnet itself belongs to the ``CarnetSession`` (``ui.session``): the window follows its
``opened``, ``closed`` and ``busy_changed`` signals, builds the pages on the session's runner
and hands them what they follow (the period, the changes) through the ``Panel`` protocol
(``ui.panel``). What happens to the file (copies, backups, restores, merges: ``ui.carnet_care``;
erasures: ``ui.erasure``; imports and exports: ``ui.documents``) lives beside it, behind menu
entries the window places. Start-up is ``ui.startup``.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from progression import __version__, paths
from progression.errors import DamagedCarnetError
from progression.operations import Changes, Part
from progression.service import CarnetService
from ui import labels
from ui.carnet_care import CarnetCare
from ui.carnet_dialogs import InfoDialog
from ui.documents import DocumentsMenu
from ui.erasure import Erasure
from ui.grid.entry_panel import EntryPanel
from ui.guide import GuideWindow
from ui.i18n import ENV_VARIABLE, current_language, normalise
from ui.next_year import add_to_menu as add_next_year
from ui.panel import Panel
from ui.runner import ActionRunner
from ui.server_sync import ServerSync
from ui.session import CarnetSession
from ui.settings_store import SettingsStore
from ui.toolbar import SessionBar
from ui.welcome import WelcomePage
from ui.widgets import named
from ui.words import said
from ui.workspace import PANELS, Workspace

SCREENSHOT_SIZE = (1400, 850)



class MainWindow(QMainWindow):
    def __init__(self, store: SettingsStore | None = None, *, remember: bool = True,
                 synchronous: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Progression"))
        self.store = store if store is not None else SettingsStore()
        self.remember = remember  # False for --screenshot: a doc picture leaves no trace in the settings
        self.session = CarnetSession(self.store, self, remember=remember, synchronous=synchronous)
        self.care = CarnetCare(self.session, self)
        self.server_sync = ServerSync(self.session, self)
        self.erasure = Erasure(self.session, self)
        self.wizard: QWidget | None = None
        self.class_dialog: QWidget | None = None  # « Classe et périodes… » while it is open
        self._welcome_after_close = True

        self.pages = named(QStackedWidget(), "pageStack")
        self._welcome: WelcomePage | None = None  # built when first shown: a carnet usually opens directly
        self.page_titles = [self.tr("Saisie"), *(QCoreApplication.translate("MainWindow", t) for _, t in PANELS)]
        self.workspace = Workspace(self.page_titles)
        self.sidebar, self.page_stack = self.workspace.sidebar, self.workspace.page_stack
        self.banner = self.workspace.banner
        # Shown while the worker changes the carnet (erasing, year-end archive).
        self.busy_label = named(QLabel(), "busyLabel")
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_page = QWidget()
        QVBoxLayout(self.busy_page).addWidget(self.busy_label)
        self.pages.addWidget(self.workspace)
        self.pages.addWidget(self.busy_page)
        self.setCentralWidget(self.pages)
        self.workspace.page_shown.connect(self._page_shown)

        self._build_actions()
        self._build_menus()
        self.toolbar = SessionBar(self)
        self.addToolBar(self.toolbar)
        self.period_combo, self.date_edit = self.toolbar.period_combo, self.toolbar.date_edit
        self.activity_combo, self.entry_tools = self.toolbar.activity_combo, self.toolbar.entry_tools
        self.toolbar.period_chosen.connect(self.workspace.set_period)
        self.toolbar.observed_on_chosen.connect(self._observed_on_chosen)
        self.toolbar.activity_chosen.connect(self._activity_chosen)
        self.statusBar()
        self.session.opened.connect(self._install)
        self.session.closed.connect(self._take_down)
        self.session.busy_changed.connect(self._busy_changed)
        self.session.pending_wanted.connect(self.workspace.save_pending)
        self.session.checked.connect(self._checked)
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

    # ------------------------------------------------------------ the carnet, as the session has it

    @property
    def service(self) -> CarnetService | None:
        return self.session.service

    @property
    def runner(self) -> ActionRunner | None:
        return self.session.runner

    @property
    def entry(self) -> EntryPanel | None:
        """« Saisie », built when the carnet opens."""
        return self.workspace.entry

    # ------------------------------------------------------------ building

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            self._welcome = WelcomePage()
            self._welcome.create_requested.connect(self.new_carnet)
            self._welcome.demo_requested.connect(self.session.open_demo)
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
        care, erasure = self.care, self.erasure
        self.new_action = self._action(self.tr("&Nouveau carnet…"), self.new_carnet, QKeySequence.StandardKey.New,
                                       "newAction")
        self.open_action = self._action(self.tr("&Ouvrir…"), self.choose_and_open, "Ctrl+O", "openAction")
        self.demo_action = self._action(self.tr("Ouvrir la classe de &démonstration"), self.session.open_demo,
                                        name="demoAction")
        self.copy_action = self._action(self.tr("&Sauvegarder une copie…"), care.save_copy, name="copyAction")
        self.backup_now_action = self._action(self.tr("Sauvegarder &maintenant"), care.backup_now, "Ctrl+S",
                                              "backupNowAction")
        self.restore_action = self._action(self.tr("&Restaurer une sauvegarde…"), care.restore_from_backup,
                                           name="restoreAction")
        self.merge_action = self._action(self.tr("F&usionner une copie du carnet…"), care.merge_copy,
                                         name="mergeAction")
        self.sync_action = self._action(self.tr("S&ynchroniser avec le serveur de l'école…"),
                                        self.server_sync.sync, name="syncAction")
        self.class_dialog_action = self._action(self.tr("Classe et &périodes…"), self.edit_class,
                                                name="classDialogAction")
        self.purge_action = self._action(self.tr("&Effacer définitivement un élève…"),
                                         lambda: erasure.erase_pupil(self._shown_pupil()), name="purgeAction")
        self.year_end_action = self._action(self.tr("&Fin d'année : archiver et effacer les élèves…"),
                                            erasure.year_end, name="yearEndAction")
        self.complete_erasure_action = self._action(self.tr("&Terminer les effacements dans les sauvegardes…"),
                                                    erasure.complete_erasures, name="completeErasureAction")
        # A lambda: ``triggered`` passes ``checked`` (False), which close_carnet would take for show_welcome.
        self.close_action = self._action(self.tr("&Fermer le carnet"), lambda: self.close_carnet(), "Ctrl+W",
                                         "closeAction")
        self.quit_action = self._action(self.tr("&Quitter"), self.close, "Ctrl+Q", "quitAction")
        self.undo_action = self._action(self.tr("Annuler"), self.undo, None, "undoAction")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self._action(self.tr("Rétablir"), self.redo, None, "redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.about_action = self._action(self.tr("À &propos de Progression"), self.about, name="aboutAction")
        self.guide_action = self._action(self.tr("&Guide de l'enseignant"), self.show_guide,
                                         QKeySequence.StandardKey.HelpContents, "guideAction")
        self.guide_window: GuideWindow | None = None
        self.report_action = self._action(self.tr("&Signaler un problème…"), self.report_problem,
                                          name="reportProblemAction")
        self.page_group = QActionGroup(self)
        self.page_actions: list[QAction] = []
        for n, title in enumerate(self.page_titles):
            action = self._action(title, lambda _=False, n=n: self.show_page(n), f"Ctrl+{n + 1}", f"page{n + 1}")
            action.setCheckable(True)
            self.page_group.addAction(action)
            self.page_actions.append(action)

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
        file_menu.addAction(self.sync_action)
        self.next_year = add_next_year(self.session, self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        # Data in, documents out: after the carnets one opens, before this carnet's own entries.
        self.documents = DocumentsMenu(self.session, file_menu, self.class_dialog_action, self,
                                       self.current_period_index)
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
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.report_action)
        help_menu.addAction(self.about_action)
        self.edit_menu = edit_menu

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

    # ------------------------------------------------------------ starting, opening, closing

    def start(self, carnet: Path | None = None, demo: bool = False) -> None:
        """What ``progression`` opens: the carnet given, the demo, the last one, or the welcome page."""
        if demo:
            self.session.open_demo()
        elif carnet is not None:
            self.open_interactive(carnet)
        else:
            last = self.store.last_carnet()
            if last is not None:
                self.open_interactive(last)
            else:
                self.show_welcome()

    def open_carnet(self, path: Path, *, read_only: bool = False, force: bool = False) -> str | None:
        """Open ``path`` without asking anything; on failure the French sentence (``CarnetSession.open_carnet``)."""
        return self.session.open_carnet(path, read_only=read_only, force=force)

    def open_interactive(self, path: Path) -> bool:
        """Open a carnet the teacher asked for, asking her what to do if it is held, damaged or busy."""
        return self.session.open_interactive(path)

    def close_carnet(self, show_welcome: bool = True) -> None:
        """Close the open carnet; then the welcome page, unless the window itself is going."""
        if self.session.service is None:
            if show_welcome:
                self.show_welcome()
            return
        self._welcome_after_close = show_welcome
        try:
            self.session.close()
        finally:
            self._welcome_after_close = True

    def show_welcome(self) -> None:
        self.welcome.set_recent(self.store.recent())
        self.pages.setCurrentWidget(self.welcome)
        self._update_for_carnet()
        self.welcome.setFocus()

    def _install(self) -> None:
        """A carnet was opened: « Saisie » is built now, the other pages when first shown."""
        service, runner = self.session.service, self.session.runner
        assert service is not None and runner is not None
        try:
            entry = self.workspace.install(runner)
        except DamagedCarnetError as error:  # a page the grid reads is damaged
            self.workspace.take_down()
            self.show_welcome()
            self.session.found_damaged(str(error), keep_open=False)
            return
        runner.undo_state_changed.connect(self._update_undo_labels)
        runner.changed.connect(self._dispatch_changes)
        entry.status.connect(self._status)
        self._set_tab_order(entry)
        self._show_notice(service)
        self.toolbar.fill(service)
        self.pages.setCurrentWidget(self.workspace)
        self.show_page(0)
        self._update_for_carnet()
        self.workspace.focus_first_cell()

    def _take_down(self) -> None:
        """Nothing is open any more: the pages go, then the welcome page (unless the window is going)."""
        self.workspace.take_down()
        self.toolbar.forget()
        if self._welcome_after_close:
            self.show_welcome()
        else:
            self._update_for_carnet()

    def _busy_changed(self, busy: bool) -> None:
        """While the worker changes the carnet, its pages are out of sight (and out of reach)."""
        if busy:
            self.busy_label.setText(self.session.busy_label)
            self.pages.setCurrentWidget(self.busy_page)
        elif self.session.service is not None:
            self.pages.setCurrentWidget(self.workspace)
        self._update_for_carnet()

    def _set_tab_order(self, entry: EntryPanel) -> None:
        """Tab goes from what a session sets once (period, date, activity) to the pages, then
        to the grid's filters and the grid itself; arrows work inside each."""
        chain = [self.period_combo, self.date_edit, self.activity_combo, self.sidebar, entry.grade_combo,
                 entry.group_combo, entry.competency_combo, entry.grid]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_notice(self, service: CarnetService) -> None:
        """The banner: read-only, risky place, a backup that failed, what was just restored."""
        from progression.lock import read_lock

        carnet = service.carnet
        notes = [said(note) for note in self.session.notes]
        if self.session.elsewhere:
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
            notes.append(said(carnet.risky.message))
        if carnet.backup_warning:
            notes.append(said(carnet.backup_warning))
        notes.append(carnet.damage_notice() or "")
        self.banner.set_messages(notes)

    def _checked(self) -> None:
        """The checks after opening are done: what they found joins the banner (a damaged file: the menus too)."""
        if self.session.service is not None:
            self._show_notice(self.session.service)
            self._update_for_carnet()

    def _update_for_carnet(self) -> None:
        session = self.session
        for action in (self.copy_action, self.backup_now_action, self.close_action, *self.page_actions):
            action.setEnabled(session.usable)
        # Restoring needs the lock; erasing, merging and syncing a writable file, not found damaged.
        self.restore_action.setEnabled(session.restorable)
        for action in (self.merge_action, self.sync_action, self.purge_action, self.year_end_action,
                       self.class_dialog_action, self.complete_erasure_action):
            action.setEnabled(session.writable)
        for action in (self.new_action, self.open_action, self.demo_action, self.recent_menu.menuAction()):
            action.setEnabled(not session.busy)
        self.toolbar.setVisible(session.usable)
        service = session.service
        if service is not None and session.usable:
            klass = service.class_info()
            title = self.tr("{label} — {year} — Progression").format(label=klass.label, year=klass.year_label)
            if service.carnet.read_only:
                title = self.tr("{label} — {year} (lecture seule) — Progression").format(
                    label=klass.label, year=klass.year_label)
            self.setWindowTitle(title)
            self.setWindowFilePath(str(service.carnet.path))
        elif service is None:
            self.setWindowTitle(self.tr("Progression"))
        self._update_undo_labels()

    # ------------------------------------------------------------ pages

    @property
    def panels(self) -> list[Panel]:
        """The pages built so far, in page order."""
        return self.workspace.panels

    def panel(self, index: int) -> Panel:
        """Page ``index`` of the open carnet (0 is « Saisie »), built now if it was not yet."""
        return self.workspace.panel(index)

    def show_page(self, index: int) -> None:
        self.workspace.show_page(index)

    def current_page(self) -> int:
        return self.workspace.current_page()

    def current_panel(self) -> Panel | None:
        return self.workspace.current_panel()

    def _page_shown(self, index: int) -> None:
        self.page_actions[index].setChecked(True)
        for action in self.entry_tools:  # date and activity only matter when marking
            action.setVisible(index == 0)

    def _shown_pupil(self) -> str | None:
        page = self.current_panel()
        return page.pupil_id if page is not None else None

    def _dispatch_changes(self, changes: Changes) -> None:
        """The built pages reload first, in page order; then the window's title and toolbar."""
        self.workspace.dispatch(changes)
        if Part.CLASS in changes.parts:
            # The class's name or its period dates changed (or were put back): title and toolbar follow.
            self.toolbar.class_changed()
            self._update_for_carnet()

    # ------------------------------------------------------------ period, date, activity

    def current_period_index(self) -> int | None:
        return self.toolbar.current_period_index()

    def observed_on(self) -> date:
        return self.toolbar.observed_on()

    def _observed_on_chosen(self, day: date) -> None:
        if self.entry is not None:
            self.entry.set_observed_on(day)

    def _activity_chosen(self, text: str) -> None:
        if self.entry is not None:
            self.entry.set_activity(text.strip())

    # ------------------------------------------------------------ undo and redo

    def _update_undo_labels(self) -> None:
        runner = self.session.runner if self.session.usable else None
        undo_name = runner.undo_name() if runner else None
        redo_name = runner.redo_name() if runner else None
        self.undo_action.setText(labels.undo_label(undo_name))
        self.redo_action.setText(labels.redo_label(redo_name))
        self.undo_action.setEnabled(undo_name is not None)
        self.redo_action.setEnabled(redo_name is not None)

    def undo(self) -> None:
        runner = self.session.runner
        if runner is None or self.session.busy:
            return
        name = runner.undo_name()
        if name is not None and runner.undo(self) is not None:
            self._status(labels.undone_message(name))

    def redo(self) -> None:
        runner = self.session.runner
        if runner is None or self.session.busy:
            return
        name = runner.redo_name()
        if name is not None and runner.redo(self) is not None:
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
        """The class is made in the worker and opened; a list chosen in the wizard is then
        previewed in the import dialog, as if the teacher had chosen it from the menu."""
        from ui.wizard import NewClassWizard, create_class

        assert isinstance(wizard, NewClassWizard)
        request = wizard.request()
        self.wizard = None

        def then() -> None:
            if request.pupil_list is not None and self.session.writable:
                self.documents.import_pupils(request.pupil_list)

        self.session.make_and_open(lambda: create_class(request), self.tr("Création du carnet…"), then)

    def choose_and_open(self) -> None:
        last = self.store.last_carnet()
        start = str(last.parent if last is not None else paths.data_home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Ouvrir un carnet"), start,
            self.tr("Carnets Progression (*.carnet);;Tous les fichiers (*)"),
        )
        if chosen:
            self.open_interactive(Path(chosen))

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

        runner = self.session.runner
        if runner is None or not self.session.writable:
            return
        dialog = ClassDialog(runner, self)
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

    def show_guide(self) -> None:
        if self.guide_window is None:
            self.guide_window = GuideWindow(self)
        self.guide_window.show()
        self.guide_window.raise_()
        self.guide_window.activateWindow()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Progression"), self.tr(
            "<b>Progression</b> {version}<br>Suivi des progrès en lecture des élèves de l'école primaire, "
            "hors ligne, dans un seul fichier.<br>Logiciel libre sous licence GPL 3 ou ultérieure."
        ).format(version=__version__))

    def report_problem(self) -> None:
        from ui.problem_report import report_problem  # loaded when asked for

        report_problem(self)

    # ------------------------------------------------------------ leaving

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.busy:  # the worker is changing the carnet: closing it now could leave it half-done
            event.ignore()
            self._status(self.tr("Patientez : Progression termine une opération sur le carnet."))
            return
        if self.remember:
            self.store.save_geometry(self.saveGeometry())
            self.store.sync()
        self.close_carnet(show_welcome=False)
        super().closeEvent(event)
