"""Long work (making the demo class, copying a carnet, later imports and exports) off the
GUI thread.

One helper for all of it, after Anki's ``CollectionOp``/``QueryOp``: the work runs on a
single worker thread (so two jobs never write the same file at once), a progress dialog
appears only if it lasts more than ~0.6 s (a quick job never flashes a window), and the
result or the French error comes back on the GUI thread, where widgets may be touched.
The work itself must not touch widgets: it gets plain values and returns plain values.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from progression.errors import ProgressionError
from progression.problem_report import record_error
from ui.runner import ErrorDialog

PROGRESS_DELAY_MS = 600

_pool: QThreadPool | None = None
_running: set[BackgroundTask] = set()  # keeps tasks alive until their result is delivered


def _worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # carnet work is serialised, like Anki's task manager
    return _pool


def error_text(error: BaseException) -> str:
    """The sentence a teacher sees, also kept in the error log (« Signaler un problème »); anything
    unexplained keeps its traceback on stderr."""
    if isinstance(error, ProgressionError):
        text = str(error)
    elif isinstance(error, OSError):
        text = QCoreApplication.translate(
            "Tasks", "Le fichier n'a pas pu être lu ou écrit : {reason}."
        ).format(reason=error.strerror or error)
    else:
        traceback.print_exception(error, file=sys.stderr)
        text = QCoreApplication.translate(
            "Tasks", "Une erreur inattendue a interrompu l'opération : {error}"
        ).format(error=error)
    record_error(error, text)
    return text


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the GUI thread, never lost in the worker
            self._signals.failed.emit(error)
        else:
            self._signals.done.emit(result)


class BackgroundTask(QObject):
    """One piece of work; ``finished`` is True once its callback has run."""

    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None,
        label: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__()
        self.finished = False
        self._on_done = on_done
        self._on_error = on_error
        self._parent = parent
        self._label = label
        self._dialog: QProgressDialog | None = None
        # The signals object lives in the GUI thread: emitting from the worker queues the call here.
        self._signals = _Signals()
        self._signals.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)
        self._job = _Job(work, self._signals)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)

    def start(self) -> None:
        _running.add(self)
        self._timer.start(PROGRESS_DELAY_MS)
        _worker_pool().start(self._job)

    def _show_progress(self) -> None:
        if self.finished:
            return
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setCancelButton(None)  # the work cannot be interrupted safely
        dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Progression"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog

    def _close(self) -> None:
        self.finished = True
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)

    @Slot(object)
    def _deliver(self, result: object) -> None:
        self._close()
        self._on_done(result)

    @Slot(object)
    def _fail(self, error: object) -> None:
        self._close()
        message = error_text(error) if isinstance(error, BaseException) else str(error)
        if self._on_error is not None:
            self._on_error(message)
        else:
            ErrorDialog.show(message, self._parent)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    *,
    label: str,
    parent: QWidget | None = None,
    on_error: Callable[[str], None] | None = None,
    synchronous: bool = False,
) -> BackgroundTask | None:
    """Run ``work()`` on the worker thread, then ``on_done(result)`` on the GUI thread.

    On failure ``on_error(message)`` gets the French sentence (default: the error dialog).
    ``synchronous`` runs everything at once in the caller's thread: for ``--screenshot``
    and scripts, where there is no event loop to come back to.
    """
    if synchronous:
        try:
            result = work()
        except Exception as error:
            message = error_text(error)
            if on_error is not None:
                on_error(message)
            else:
                ErrorDialog.show(message, parent)
            return None
        on_done(result)
        return None
    task = BackgroundTask(work, on_done, on_error, label, parent)
    task.start()
    return task
