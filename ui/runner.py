"""The one way widgets change a carnet.

Every page runs user actions through ``ActionRunner.run``: the operation goes to the domain
service (one transaction, undoable), a failure becomes a plain French dialog and leaves the
screen usable, and ``changed`` tells every page what changed so each redraws only that part.
The runner also keeps the names of the actions for the Edit menu (« Annuler : Atteints pour
3 élèves »), recorded before ``changed`` is emitted so every listener already sees them.

A change no Ctrl+Z can take back (a merge, an erasure) goes through the runner too, and says
so: ``run_irreversible`` does it, forgets the undo history and tells every page; a change that
is not an action but leaves the history valid (``run_unrecorded``) keeps the history. No
widget calls the service's ``run`` or emits ``changed`` itself (``tests/test_architecture.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from progression.errors import ProgressionError
from progression.operations import Changes, Operation, Part
from progression.service import CarnetService
from ui import labels
from ui.words import error_text

T = TypeVar("T")

# What a change made outside the operations may have touched: every page reads the carnet again.
EVERYTHING = Changes(~Part.NONE)


class ActionRunner(QObject):
    changed = Signal(object)  # Changes
    undo_state_changed = Signal()

    def __init__(self, service: CarnetService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.names = labels.ActionNames()

    def run(self, operation: Operation, parent: QWidget | None = None) -> Changes | None:
        """Run one user action (undoable); None if it was refused, once the reason is shown."""
        name = labels.describe(operation, self.service)  # before running: it may name what is removed
        try:
            changes = self.service.run(operation)
        except ProgressionError as error:
            self.show_error(error_text(error), parent)
            return None
        self.names.did(operation.kind, operation.size, name)
        self._emit(changes)
        return changes

    def run_irreversible(self, work: Callable[[CarnetService], T], changes: Changes = EVERYTHING) -> T:
        """A change no Ctrl+Z takes back, made by ``work`` on the carnet (a merge): the undo history
        is forgotten — an undo would replay actions over a carnet they no longer describe — and
        every page is told. Errors go to the caller: the work changed nothing then."""
        result = work(self.service)
        self.changed_irreversibly(changes)
        return result

    def changed_irreversibly(self, changes: Changes = EVERYTHING) -> None:
        """The same, for such work done on the worker thread (an erasure): called back on the GUI
        thread once it is over, whether it succeeded or not (the pages read what is there)."""
        self.service.forget_history()
        self.names = labels.ActionNames()
        self._emit(changes)

    def run_unrecorded(self, work: Callable[[CarnetService], Changes]) -> Changes:
        """A change that is not an action for Ctrl+Z yet leaves the history valid (the school's
        identifiers the LSU export asks for; a framework file, which only adds new codes): written
        by ``work`` and said, the undo history left as it was. Errors go to the caller."""
        changes = work(self.service)
        if changes.parts:
            self._emit(changes)
        return changes

    def undo(self, parent: QWidget | None = None) -> Changes | None:
        return self._step(self.service.undo, self.names.undone, parent)

    def redo(self, parent: QWidget | None = None) -> Changes | None:
        return self._step(self.service.redo, self.names.redone, parent)

    def undo_name(self) -> str | None:
        """What Ctrl+Z would take back, in words; None when there is nothing."""
        return self.names.undo_name(self.service)

    def redo_name(self) -> str | None:
        return self.names.redo_name(self.service)

    def _step(self, action: Callable[[], Changes | None], after: Callable[[], None],
              parent: QWidget | None) -> Changes | None:
        try:
            changes = action()
        except ProgressionError as error:
            self.show_error(error_text(error), parent)
            return None
        if changes is not None:
            after()
            self._emit(changes)
        return changes

    def _emit(self, changes: Changes) -> None:
        self.changed.emit(changes)
        self.undo_state_changed.emit()

    @staticmethod
    def show_error(message: str, parent: QWidget | None = None) -> None:
        # A classmethod-style hook so tests can replace the dialog.
        ErrorDialog.show(message, parent)


class ErrorDialog:
    """Plain French error message; tests monkeypatch ``show`` to collect messages."""

    @staticmethod
    def show(message: str, parent: QWidget | None = None) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("ErrorDialog", "Progression"), message)
