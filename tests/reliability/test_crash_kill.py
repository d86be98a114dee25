"""kill -9 at random points of a writing process, with WAL and with the rollback journal.

A forked child opens the carnet through ``CarnetService`` (taking over the lock its killed
predecessor left), records observations one user action at a time, and writes each
acknowledged observation's tag to a pipe *after* ``run()`` returned. The parent kills it
after a random delay — about a third of the time anywhere in the opening (lock, checks,
journal switch, daily backup), otherwise once it has opened, among the commits — then
opens the file as the next start of the app would: ``integrity_check`` must say ok and
every acknowledged observation must be there. The same file goes through all the kills,
so each start also recovers from the previous kill.

Forking a process that has already imported Progression keeps each round at a tenth of a
second, so 2 × 60 kills fit in the test budget (a fresh interpreter costs half a second).
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from reliability_helpers import integrity

KILLS_PER_MODE = 60

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")


def _writer(path: Path, journal: str, out: int, run_tag: int) -> None:
    """Child: record observations until killed. Never returns."""
    try:
        os.environ["PROGRESSION_JOURNAL"] = journal
        from progression.operations import RecordObservations
        from progression.service import CarnetService

        service = CarnetService.open(path)
        pupils = service.pupils()
        items = service.items(grades=["CE1"])
        step = service.counting_steps()[2].id
        os.write(out, b"+\n")  # opened: the parent may now aim at the writes
        k = 0
        while True:
            tag = f"r{run_tag}-{k}"
            cell = (pupils[k % len(pupils)].id, items[k % len(items)].id)
            service.run(RecordObservations((cell,), step, date(2026, 11, 9), comment=tag))
            os.write(out, f"{tag}\n".encode())  # acknowledged: run() returned
            k += 1
    except BaseException as error:  # a refusal here is a test failure: tell the parent
        os.write(out, f"!{type(error).__name__}: {error}\n".encode())
    finally:
        os._exit(3)


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _present(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT comment FROM observation")}
    finally:
        conn.close()


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_kill_9_loses_no_acknowledged_observation(
    small: Path, journal: str, figures: Counter[str]
) -> None:
    # New random points on every run; the seed in a failure message replays one.
    seed = int(os.environ.get("PROGRESSION_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    acknowledged: list[str] = []
    during_opening = 0
    started = time.monotonic()
    for run_tag in range(KILLS_PER_MODE):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            os.close(read_end)
            _writer(small, journal, write_end, run_tag)
        os.close(write_end)
        early = b""
        if rng.random() < 0.3:
            time.sleep(rng.uniform(0.0, 0.08))  # anywhere in opening: lock, checks, journal switch
        else:
            # Among the writes, whatever the machine's load: wait until the child has opened.
            if select.select([read_end], [], [], 10)[0]:
                early = os.read(read_end, 65536)
            time.sleep(rng.uniform(0.0, 0.1))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)  # reaped: its pid is dead for the lock's check
        output = (early + _read_all(read_end)).decode()
        os.close(read_end)
        opened = output.startswith("+")
        output = output.replace("+\n", "", 1) if opened else output
        refusals = [line for line in output.splitlines() if line.startswith("!")]
        assert not refusals, refusals
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        figures[f"kills_{journal}"] += 1
        acknowledged += output.split()
        during_opening += not opened

        assert integrity(small) == "ok", f"after kill {run_tag} (PROGRESSION_KILL_SEED={seed})"
        lost = set(acknowledged) - _present(small)
        figures["observations_lost"] += len(lost)
        assert not lost, f"kill {run_tag} (PROGRESSION_KILL_SEED={seed}): {sorted(lost)[:5]}"
    # The next ordinary opening and closing leaves one clean file (the stale lock taken over).
    for private in small.parent.glob("*.tmp"):
        os.utime(private, (0, 0))  # as if from long ago
    from progression.service import CarnetService

    CarnetService.open(small).close()
    assert sorted(p.name for p in small.parent.iterdir()) == ["classe.carnet"]
    figures["acknowledged"] += len(acknowledged)
    figures["kills_opening"] += during_opening
    assert during_opening >= 1  # some kills did land in the opening
    assert len(acknowledged) > KILLS_PER_MODE  # the kills did land among writes
    assert time.monotonic() - started < 40
