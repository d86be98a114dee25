"""Hybrid logical clock stamps for ``modified_at``.

Two carnets of one class can be merged by keeping, for each row UUID, the version with the
newest stamp. Wall-clock time alone would let a computer whose clock runs late lose its
edits; the counter keeps stamps strictly increasing on one device even when the clock
stands still or goes back. Stamps are written fixed-width, so that this app's own stamps sort
as text on SQLite and PostgreSQL alike; a stamp read from elsewhere (a copy being merged) is
compared as the parsed pair (wall ms, counter), never as text.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable

_WIDTH_MS = 15
_WIDTH_COUNTER = 5


def format_stamp(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:0{_WIDTH_MS}d}.{counter:0{_WIDTH_COUNTER}d}"


# What format_stamp writes, as a SQLite GLOB pattern: a stamp it matches is already sortable.
SORTABLE_GLOB = "[0-9]" * _WIDTH_MS + "." + "[0-9]" * _WIDTH_COUNTER


# What format_stamp writes, leading zeros optional: anything else is not a stamp of ours.
_STAMP = re.compile(rf"([0-9]{{1,{_WIDTH_MS}}})(?:\.([0-9]{{1,{_WIDTH_COUNTER}}}))?")


def parse_stamp(stamp: str) -> tuple[int, int]:
    """(wall ms, counter) of a stamp; ``""`` (a row never stamped) is older than any other.

    Stamps are compared as these pairs, never as text: a stamp ``9`` is the oldest possible,
    not newer than every stamp starting with ``0``. ValueError for anything else.
    """
    if stamp == "":
        return 0, 0
    match = _STAMP.fullmatch(stamp) if isinstance(stamp, str) else None
    if match is None:
        raise ValueError(f"not a clock stamp: {stamp!r:.40}")
    return int(match[1]), int(match[2] or 0)


def sortable(stamp: str) -> str:
    """The stamp in fixed width, whose text order is the clocks' order (SQL compares these)."""
    return "" if stamp == "" else format_stamp(*parse_stamp(stamp))


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

    @property
    def started(self) -> bool:
        """Whether this clock has issued or observed a stamp (a migration alone stamps nothing)."""
        with self._lock:
            return self._wall > 0

    def last(self) -> str:
        """The newest stamp issued or observed (kept by the carnet at close, observed at open)."""
        with self._lock:
            return format_stamp(self._wall, self._counter)

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen in another carnet, so later local edits win over it. A value
        that is not a stamp (an old carnet damaged by hand) orders nothing and is ignored."""
        try:
            wall, counter = parse_stamp(stamp)
        except ValueError:
            return
        with self._lock:
            if (wall, counter) > (self._wall, self._counter):
                self._wall, self._counter = wall, counter
