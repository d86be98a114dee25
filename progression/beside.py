"""Work run beside the caller's, on a thread of its own: SQLite lets go of the interpreter while it
copies and checks pages, so two such jobs on different files share the machine's cores (a merge
backs up the carnet while it checks the copy).

A plain thread and its outcome, not ``concurrent.futures``: that package loads ``logging``, 4 ms
of every merge for one thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Beside(Generic[T]):
    """Work started on its own thread; ``result()`` waits for it and returns what it returned, or
    raises what stopped it."""

    def __init__(self, work: Callable[[], T], name: str) -> None:
        self._work = work
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._work()
        except BaseException as error:  # handed to whoever waits for the result
            self._error = error

    def wait(self) -> None:
        self._thread.join()

    def exception(self) -> BaseException | None:
        self.wait()
        return self._error

    def result(self) -> T:
        self.wait()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]  # set by _run when no error was


def beside(work: Callable[[], T], name: str) -> Beside[T]:
    """``work`` started now, on a thread of its own."""
    return Beside(work, name)
