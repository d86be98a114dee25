"""Long work (making the demo class, copying a carnet, later imports and exports) off the
GUI thread.

One helper for all of it, after Anki's ``CollectionOp``/``QueryOp``: the work runs on a
single worker thread (so two jobs never write the same file at once), a progress dialog
appears only if it lasts more than ~0.6 s (a quick job never flashes a window), and the
result or the French error comes back on the GUI thread, where widgets may be touched.
The work itself must not touch widgets: it gets plain values and returns plain values.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.runner import ErrorDialog
from ui.words import error_text

PROGRESS_DELAY_MS = 600

_pool: QThreadPool | None = None
_bridge: _Bridge | None = None
_running: dict[int, BackgroundTask] = {}  # keeps tasks alive until their result is delivered
_next_number = itertools.count(1)


def _worker_pool() -> QThreadPool:
    global _pool, _bridge
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # carnet work is serialised, like Anki's task manager
        _bridge = _Bridge()  # made here, on the GUI thread: the queued results arrive there
    return _pool


def wait_for_worker() -> None:
    """Block until the worker thread is idle (closing a carnet its work still reads)."""
    if _pool is not None:
        _pool.waitForDone()


class _Bridge(QObject):
    """One object for all tasks, alive as long as the program, that the worker emits through.

    Only a task number crosses the threads, never a Qt object: a QObject whose last
    reference the worker dropped would be destroyed on the worker thread while the GUI
    thread still delivers to it, and the program would crash (within 3,000 quick jobs
    in a row, every time).
    """

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object)
    def _deliver(self, number: int, result: object) -> None:
        task = _running.pop(number, None)
        if task is not None:
            task._deliver(result)

    @Slot(int, object)
    def _fail(self, number: int, error: object) -> None:
        task = _running.pop(number, None)
        if task is not None:
            task._fail(error)


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._number = number
        self._work: Callable[[], Any] | None = work

    def run(self) -> None:
        assert _bridge is not None and self._work is not None
        work, self._work = self._work, None
        try:
            outcome, signal = work(), _bridge.done
        except Exception as error:  # delivered to the GUI thread, never lost in the worker
            outcome, signal = error, _bridge.failed
        del work  # the task keeps the work: its last reference goes on the GUI thread
        signal.emit(self._number, outcome)


class BackgroundTask(QObject):
    """One piece of work; ``finished`` is True once its callback has run."""

    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None,
        label: str,
        parent: QWidget | None,
        quiet: bool = False,
    ) -> None:
        super().__init__()
        self.finished = False
        self._work: Callable[[], Any] | None = work  # held here until delivery (see _Job.run)
        self._on_done = on_done
        self._on_error = on_error
        self._parent = parent
        self._label = label
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self._quiet = quiet  # no progress window: work the teacher did not ask for and need not wait for

    def start(self) -> None:
        assert self._work is not None
        number = next(_next_number)
        pool = _worker_pool()
        _running[number] = self
        if not self._quiet:
            self._timer.start(PROGRESS_DELAY_MS)
        pool.start(_Job(number, self._work))

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
        self._work = None
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _deliver(self, result: object) -> None:
        self._close()
        self._on_done(result)

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
    quiet: bool = False,
) -> BackgroundTask | None:
    """Run ``work()`` on the worker thread, then ``on_done(result)`` on the GUI thread.

    On failure ``on_error(message)`` gets the French sentence (default: the error dialog).
    ``synchronous`` runs everything at once in the caller's thread: for ``--screenshot``
    and scripts, where there is no event loop to come back to. ``quiet``: never a progress
    window (the checks after opening, which must not stop the teacher).
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
    task = BackgroundTask(work, on_done, on_error, label, parent, quiet)
    task.start()
    return task
