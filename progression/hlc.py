"""Hybrid logical clock stamps for ``modified_at``.

Two carnets of one class can be merged by keeping, for each row UUID, the version with the
newest stamp. Wall-clock time alone would let a computer whose clock runs late lose its
edits; the counter keeps stamps strictly increasing on one device even when the clock
stands still or goes back. Stamps are fixed-width strings so they sort as text on SQLite
and PostgreSQL alike.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

_WIDTH_MS = 15
_WIDTH_COUNTER = 5


def format_stamp(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:0{_WIDTH_MS}d}.{counter:0{_WIDTH_COUNTER}d}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    wall, _, counter = stamp.partition(".")
    return int(wall), int(counter or 0)


class HybridClock:
    def __init__(self, now_ms: Callable[[], int] | None = None) -> None:
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._wall = 0
        self._counter = 0
        self._lock = threading.Lock()

    def stamp(self) -> str:
        """A stamp greater than every stamp this clock has issued or observed."""
        with self._lock:
            now = self._now_ms()
            if now > self._wall:
                self._wall, self._counter = now, 0
            else:
                self._counter += 1
            return format_stamp(self._wall, self._counter)

    def last(self) -> str:
        """The newest stamp issued or observed (kept by the carnet at close, observed at open)."""
        with self._lock:
            return format_stamp(self._wall, self._counter)

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen in another carnet, so later local edits win over it."""
        wall, counter = parse_stamp(stamp)
        with self._lock:
            if (wall, counter) > (self._wall, self._counter):
                self._wall, self._counter = wall, counter
