"""The open carnet: one object owns it (its service and runner) and says when it opens, closes
and is busy.

The window's pages and menus, the documents menu and the carnet's other flows follow it through
three signals — ``opened``, ``closed``, ``busy_changed`` — and never guess from the state of a
widget. Opening asks the teacher what to do when the file is held elsewhere (read-only, take
over), damaged (put the newest verified backup in its place) or busy (try again); whatever
fails, the carnet open before comes back, or nothing is open. Long work on the open carnet
(erasing a pupil, the year-end archive) runs on the worker thread while the session is busy:
no page reads the carnet meanwhile, and afterwards the runner tells every page what changed.

Opening reads nothing whose cost grows with the file: the whole-file check and the daily backup
(``progression.checkup``) run on the worker thread once the grid is painted, without a progress
window. What they find comes back through ``checked``: a banner, and for a damaged file no more
writing (``Carnet.damaged``) and the offer to put the newest verified backup in its place.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from progression import paths
from progression.backup import BackupInfo
from progression.checkup import Checkup, checkup
from progression.errors import CarnetLockedError, DamagedCarnetError, ProgressionError
from progression.problem_report import mask_pupils_of
from progression.service import CarnetService
from ui.carnet_dialogs import DamagedDialog, LockDialog, french_datetime, lock_state
from ui.runner import ActionRunner, ErrorDialog
from ui.settings_store import SettingsStore
from ui.tasks import error_text, run_in_background, wait_for_worker
from ui.widgets import waiting
from ui.words import said


@dataclass(frozen=True)
class Opening:
    """How the open carnet was opened, to open it again the same way (after a failed switch)."""

    path: Path
    elsewhere: bool = False  # read-only, without the lock, because another window or computer holds it


@dataclass(frozen=True)
class Opened:
    """A carnet just opened, before the session takes it: its service and what the banner says."""

    service: CarnetService
    elsewhere: bool = False
    notes: tuple[str, ...] = ()


class CarnetSession(QObject):
    opened = Signal()  # ``service`` and ``runner`` are set; pages may be built
    closed = Signal()  # nothing is open (closed, or an opening failed with nothing to go back to)
    busy_changed = Signal(bool)  # True while the worker changes the carnet: no page may read it
    # Before the carnet is closed, copied or changed outside the runner: whoever keeps typed text
    # back for a moment (an appreciation saved after a pause) stores it now.
    pending_wanted = Signal()
    checked = Signal()  # the checks after opening are done (``checkup``): the banner may have more to say

    def __init__(self, store: SettingsStore, window: QWidget, *, remember: bool = True,
                 synchronous: bool = False) -> None:
        super().__init__(window)
        self.store = store
        self.window = window  # where the questions and errors are shown
        self.remember = remember  # False for pictures and benchmarks: no trace in the recent carnets
        self.synchronous = synchronous
        self.service: CarnetService | None = None
        self.runner: ActionRunner | None = None
        self.elsewhere = False  # opened read-only because the carnet is open elsewhere
        self.notes: tuple[str, ...] = ()  # what the banner says besides the carnet's own state
        self.busy = False  # the worker changes the carnet
        self.busy_label = ""  # what it is doing, said on the window while it works
        self.checkup: Checkup | None = None  # what the checks after opening found; None until they are done
        self._checking = False  # the checks after opening run on the worker thread

    # ------------------------------------------------------------ state

    @property
    def usable(self) -> bool:
        """A carnet is open and nothing else is working on it."""
        return self.service is not None and not self.busy

    @property
    def writable(self) -> bool:
        return self.restorable and self.service is not None and self.service.carnet.damaged is None

    @property
    def restorable(self) -> bool:
        """A backup may be put in place of the open carnet: it holds the lock (damaged or not)."""
        return self.usable and self.service is not None and not self.service.carnet.read_only

    # ------------------------------------------------------------ opening

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
        self._take(Opened(service, elsewhere=read_only))
        return None

    def open_interactive(self, path: Path, notes: Sequence[str] = ()) -> bool:
        """Open a carnet the teacher asked for.

        Held elsewhere: she chooses read-only, taking over (when the lock policy allows it) or
        nothing. Damaged: she may put the newest verified backup in its place. Anything else is
        explained in French. If nothing opens, the previous carnet comes back (or nothing is open).
        ``notes`` go to the banner first (what was just done to the file, a restore).
        """
        path = Path(path)
        previous = self._leave_current()
        opened = self._open_asking(path)
        if opened is None:
            self._return_to(previous, path)
            return False
        self._take(Opened(opened.service, opened.elsewhere, (*notes, *opened.notes)))
        return True

    def make_and_open(self, make: Callable[[], Path], label: str,
                      then: Callable[[], None] | None = None) -> None:
        """Make a carnet on the worker thread (the demo, the wizard's class), then open it; ``then``
        runs once it is open."""
        def made(path: object) -> None:
            if isinstance(path, Path) and self.open_interactive(path) and then is not None:
                then()

        run_in_background(make, made, label=label, parent=self.window, synchronous=self.synchronous)

    def _open_service(self, path: Path, *, read_only: bool = False, force: bool = False) -> CarnetService:
        """A service whose class and periods can be read; one that cannot is closed at once (lock freed)."""
        with waiting():
            # The whole-file check and the daily backup come after the grid is painted (``_check_later``).
            service = CarnetService.open(path, lock=not read_only, force=force, full_check=False, auto_backup=False)
        try:
            if read_only:
                # Without the lock the core would still write; its read-only flag makes every
                # operation refuse with its own French sentence.
                service.carnet.read_only = True
            service.class_info()  # a carnet with no class fails here, not in a page
            service.periods()
            # What every page reads (kept by the service): a damaged page there is found while the
            # teacher can still be asked, before any page is built.
            service.items()
            service.settings  # noqa: B018 - read now, kept by the service
        except BaseException:
            with contextlib.suppress(Exception):
                service.close()
            raise
        return service

    def _open_error(self, path: Path, error: BaseException) -> str:
        if isinstance(error, ProgressionError):
            return error_text(error)
        # A file that passed the checks but still cannot be read.
        return self.tr("Le carnet « {name} » n'a pas pu être ouvert : {error}").format(
            name=path.name, error=error_text(error))

    def _open_asking(self, path: Path) -> Opened | None:
        """The carnet opened, or None once explained. The notes include what opening did beside
        the carnet (a ``-wal`` that was not its own set aside). Busy (another program holds
        SQLite's lock) is never damaged: she may retry."""
        from progression.carnet import CarnetBusyError
        from ui.carnet_dialogs import BusyDialog

        while True:
            try:
                service = self._open_service(path)
                return Opened(service, False, tuple(service.carnet.opening_notes))
            except CarnetBusyError as error:
                if not BusyDialog.ask(self.window, path, error_text(error)):
                    return None
            except CarnetLockedError as error:
                return self._open_locked(path, error)
            except DamagedCarnetError as error:
                return self._open_damaged(path, error)
            except Exception as error:
                ErrorDialog.show(self._open_error(path, error), self.window)
                return None

    def _open_locked(self, path: Path, error: CarnetLockedError) -> Opened | None:
        state = lock_state(path)
        choice = LockDialog.ask(self.window, path, error_text(error), state)
        try:
            if choice == LockDialog.READ_ONLY:
                return Opened(self._open_service(path, read_only=True), elsewhere=True)
            if choice == LockDialog.TAKE_OVER and LockDialog.confirm_take_over(self.window, path, state):
                return Opened(self._open_service(path, force=True))
        except Exception as again:  # the core refuses a take-over it does not allow, with its reason
            ErrorDialog.show(self._open_error(path, again), self.window)
        return None

    def _open_damaged(self, path: Path, error: DamagedCarnetError) -> Opened | None:
        backup = self._ask_restore(path, error_text(error))
        return self._restore_damaged(path, backup) if backup is not None else None

    def _ask_restore(self, path: Path, sentence: str) -> BackupInfo | None:
        """The newest verified backup, if the teacher wants it in place of the damaged file."""
        from progression.recovery import newest_verified_backup, what_would_be_lost

        with waiting():
            backup = newest_verified_backup(path)
            # What the file still holds that the backup lacks: the dialog says it, and a file that
            # still reads never gets « Restaurer » as its default button.
            loss = what_would_be_lost(path, backup.path) if backup is not None else None
        if backup is None:
            ErrorDialog.show(sentence + " " + self.tr(
                "Aucune sauvegarde vérifiée de ce carnet n'a été trouvée sur cet ordinateur ; le fichier n'a pas "
                "été modifié."), self.window)
            return None
        return backup if DamagedDialog.ask(self.window, path, sentence, backup, loss) else None

    def _restore_damaged(self, path: Path, backup: BackupInfo) -> Opened | None:
        """Set the damaged file aside, put ``backup`` in its place and open it (the carnet is closed)."""
        from progression.recovery import recover_damaged

        try:
            with waiting():
                recovery = recover_damaged(path, backup)
            service = self._open_service(path)
        except Exception as again:
            ErrorDialog.show(self._open_error(path, again), self.window)
            return None
        note = self.tr("La sauvegarde du {when} a été remise en place.").format(when=french_datetime(backup.made_at))
        if recovery.damaged is not None:
            note += " " + self.tr("Le fichier endommagé est conservé, intact, sous « {name} ».").format(
                name=recovery.damaged.name)
        note += self.erased_again_note(backup.path, path)
        return Opened(service, notes=(note,))

    def erased_again_note(self, backup: Path, carnet: Path) -> str:
        """For the banner after a backup is put back: pupils erased since it was made were erased again."""
        from progression.privacy import erasures_reapplied

        count = erasures_reapplied(backup, carnet)
        if not count:
            return ""
        return " " + self.tr("{count} élève(s) effacé(s) depuis cette sauvegarde l'ont été de nouveau.").format(
            count=count)

    def _take(self, opened: Opened) -> None:
        self.service = opened.service
        self.runner = ActionRunner(opened.service, self)
        self.elsewhere, self.notes = opened.elsewhere, opened.notes
        mask_pupils_of(opened.service.pupils)  # the error log never keeps their names
        if self.remember:
            self.store.add_recent(opened.service.carnet.path)
        self.checkup, self._checking = None, False
        self.opened.emit()
        # Queued behind the first paint of the pages just built: the teacher sees her class first.
        QTimer.singleShot(0, lambda: self._check_later(opened.service))

    def _check_later(self, service: CarnetService) -> None:
        """The whole-file check and the daily backup, on the worker thread without a progress window."""
        if self.service is not service or self._checking or self.checkup is not None:
            return
        self._checking = True
        path = service.carnet.path
        run_in_background(lambda: checkup(path), lambda found: self._checked(service, found),
                          on_error=lambda _message: self._checked(service, Checkup()),
                          label="", parent=self.window, synchronous=self.synchronous, quiet=True)

    def _checked(self, service: CarnetService, found: Checkup) -> None:
        if self.service is not service:
            return  # closed meanwhile: the next opening checks again
        self._checking = False
        self.checkup = found
        if found.backup_warning:
            service.carnet.backup_warning = found.backup_warning
        if found.damaged:
            self.found_damaged(found.damaged)
        else:
            self.checked.emit()

    def found_damaged(self, sentence: str, *, keep_open: bool = True) -> None:
        """The open carnet turned out damaged (the check after opening, or a page that failed to
        read): nothing is written into it any more, the banner says so, and the teacher may put
        the newest verified backup in its place at once. ``keep_open=False`` (its pages could not
        be built): if she does not, the carnet is closed, as when damage is found at opening."""
        service = self.service
        if service is None or service.carnet.damaged is not None:
            return
        carnet = service.carnet
        carnet.damaged = sentence  # no more writing: every action now says why
        self.checked.emit()
        backup = self._ask_restore(carnet.path, sentence) if self.restorable else None
        if backup is None:
            if not keep_open:
                self.close()
            return
        self.close()
        opened = self._restore_damaged(carnet.path, backup)
        if opened is not None:
            self._take(opened)

    def _leave_current(self) -> Opening | None:
        """Save and close the open carnet before opening another (or the same again)."""
        if self.service is None:
            return None
        current = Opening(self.service.carnet.path, self.elsewhere)
        self.close()
        return current

    def _return_to(self, previous: Opening | None, failed: Path) -> None:
        """After a failed opening: the carnet that was open before, if it was another one. If
        nothing is open in the end, ``closed`` says so (again, if the previous one was closed)."""
        if previous is not None and previous.path.resolve() != failed.resolve():
            try:
                service = self._open_service(previous.path, read_only=previous.elsewhere)
            except Exception as error:
                ErrorDialog.show(self._open_error(previous.path, error), self.window)
            else:
                self._take(Opened(service, elsewhere=previous.elsewhere))
                return
        self.closed.emit()

    # ------------------------------------------------------------ closing

    def close(self) -> None:
        """Save what the pages still hold, then close the service: the WAL is folded back, a
        closing backup is made if something changed, the lock is released. ``closed`` is emitted
        before the service closes, so no page outlives its carnet."""
        service = self.service
        if service is None:
            return
        self.save_pending()
        if self._checking:
            wait_for_worker()  # the check or the daily backup still reads the file: let it finish
            self._checking = False
        runner = self.runner
        self.service, self.runner, self.elsewhere, self.notes = None, None, False, ()
        self.checkup = None
        self.closed.emit()
        if runner is not None:
            runner.deleteLater()
        before = service.carnet.backup_warning
        try:
            service.close()
        except Exception:  # closing must never keep the teacher stuck in a broken carnet
            traceback.print_exc()
        if service.carnet.backup_warning != before and service.carnet.backup_warning:
            ErrorDialog.show(said(service.carnet.backup_warning), self.window)  # the closing backup failed

    # ------------------------------------------------------------ long work on the open carnet

    def save_pending(self) -> None:
        """What the pages hold and have not stored yet, stored now (before a copy or a backup)."""
        if self.service is not None and not self.service.carnet.read_only:
            self.pending_wanted.emit()

    def run_detached(self, work: Callable[[CarnetService], Any], done: Callable[[Any], None], label: str) -> None:
        """Long work that changes the open carnet, on the worker thread: the session is busy
        meanwhile (no page reads the carnet), then the runner forgets the undo history (names and
        actions may be gone) and tells every page what changed, and ``done`` gets the result."""
        service, runner = self.service, self.runner
        assert service is not None and runner is not None
        self.save_pending()
        self.busy, self.busy_label = True, label
        self.busy_changed.emit(True)

        def back() -> None:
            self.busy, self.busy_label = False, ""
            if self.runner is runner:
                runner.changed_irreversibly()
            self.busy_changed.emit(False)

        def finished(result: object) -> None:
            back()
            done(result)

        def failed(message: str) -> None:
            back()
            ErrorDialog.show(message, self.window)

        run_in_background(lambda: work(service), finished, on_error=failed, label=label, parent=self.window,
                          synchronous=self.synchronous)

    # ------------------------------------------------------------ the demo

    def open_demo(self) -> None:
        """The demo class, made on first use (a few seconds, in the background)."""
        path = paths.demo_carnet()
        if path.exists():
            self.open_interactive(path)
            return

        def make() -> Path:
            from progression.demo import make_demo

            make_demo(path, until=date.today()).close()  # nothing dated after today
            return path

        self.make_and_open(make, self.tr("Préparation de la classe de démonstration…"))
