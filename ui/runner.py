"""The one way widgets change a carnet.

Every panel runs user actions through ``ActionRunner.run``: the operation goes to the
domain service (one transaction, undoable), a failure becomes a plain French dialog and
leaves the screen usable, and ``changed`` tells every panel what changed so each redraws
only that part.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from progression.errors import ProgressionError
from progression.operations import Changes, Operation
from progression.service import CarnetService


class ActionRunner(QObject):
    changed = Signal(object)  # Changes
    undo_state_changed = Signal()

    def __init__(self, service: CarnetService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service

    def run(self, operation: Operation, parent: QWidget | None = None) -> Changes | None:
        note = self._before_run(operation)
        try:
            changes = self.service.run(operation)
        except ProgressionError as error:
            self.show_error(str(error), parent)
            return None
        self._after_run(operation, note)
        self._emit(changes)
        return changes

    def undo(self, parent: QWidget | None = None) -> Changes | None:
        return self._step(self.service.undo, self._after_undo, parent)

    def redo(self, parent: QWidget | None = None) -> Changes | None:
        return self._step(self.service.redo, self._after_redo, parent)

    def _step(self, action: Callable[[], Changes | None], after: Callable[[], None],
              parent: QWidget | None) -> Changes | None:
        try:
            changes = action()
        except ProgressionError as error:
            self.show_error(str(error), parent)
            return None
        if changes is not None:
            after()
            self._emit(changes)
        return changes

    # Hooks for a runner that keeps its own record of the actions (the window names them in
    # the Edit menu); each runs before ``changed`` is emitted, so listeners see it done.
    def _before_run(self, operation: Operation) -> object:
        return None

    def _after_run(self, operation: Operation, note: object) -> None:
        pass

    def _after_undo(self) -> None:
        pass

    def _after_redo(self) -> None:
        pass

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
