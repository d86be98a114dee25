"""Work run beside the caller's, on a thread of its own: SQLite lets go of the interpreter while it
copies and checks pages, so two such jobs on different files share the machine's cores (a merge
backs up the carnet while it checks the copy)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")


def beside(work: Callable[[], T], name: str) -> Future[T]:
    """``work`` started now; ``result()`` waits for it and returns what it returned, or raises what
    stopped it."""
    future: Future[T] = Future()

    def run() -> None:
        future.set_running_or_notify_cancel()
        try:
            future.set_result(work())
        except BaseException as error:  # handed to whoever waits for the result
            future.set_exception(error)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future
