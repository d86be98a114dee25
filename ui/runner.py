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
        try:
            changes = self.service.run(operation)
        except ProgressionError as error:
            self.show_error(str(error), parent)
            return None
        self._emit(changes)
        return changes

    def undo(self, parent: QWidget | None = None) -> Changes | None:
        return self._step(self.service.undo, parent)

    def redo(self, parent: QWidget | None = None) -> Changes | None:
        return self._step(self.service.redo, parent)

    def _step(self, action: Callable[[], Changes | None], parent: QWidget | None) -> Changes | None:
        try:
            changes = action()
        except ProgressionError as error:
            self.show_error(str(error), parent)
            return None
        if changes is not None:
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
