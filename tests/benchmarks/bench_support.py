"""What the benchmark's measures share: the run's setup, timing, and the carnets it builds.

Imported first by ``bench.py`` (``python tests/benchmarks/bench.py``): it puts the project on the
path and gives the run its own data folder before anything of Progression is imported.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROGRESSION_HOME", tempfile.mkdtemp(prefix="progression-bench-home-"))

WARM_UP = 5  # recordings made before timing, by the app and by the floor alike
PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL")

Results = dict[str, dict[str, Any]]


def compile_as_installed() -> None:
    """The app's modules compiled to bytecode, as every install ships them (pip compiles at install
    time, the frozen app bundles .pyc files). Where the environment forbids writing bytecode
    (PYTHONDONTWRITEBYTECODE), each run would otherwise compile some 200 modules from source, a cost
    no teacher pays and the floors, made of installed libraries, never pay either."""
    import compileall

    compileall.compile_dir(ROOT, maxlevels=0, quiet=1)  # progression_start.py
    for package in ("progression", "ui", "exports"):
        compileall.compile_dir(ROOT / package, quiet=1)


def timed(action: Callable[[], object], repeat: int, warm_up: int = 0) -> list[float]:
    for _ in range(warm_up):
        action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def interleaved(app: Callable[[], object], floor: Callable[[], object], repeat: int,
                warm_up: int = 0) -> tuple[list[float], list[float]]:
    """The app and its floor timed in turn, sample after sample: a burst of load on the machine
    (other jobs, the disk) falls on both rather than on one of them."""
    for _ in range(warm_up):
        app()
        floor()
    app_times, floor_times = [], []
    for _ in range(repeat):
        for action, times in ((app, app_times), (floor, floor_times)):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    return app_times, floor_times


# Runs ``-m MODULE args`` or ``-c SCRIPT args`` and says, at exit, the process's own peak memory.
# Not ``wait4``'s: Linux carries a child's peak across exec from the fork of this (large) process.
_PEAK = """
import atexit, runpy, sys
def _peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                sys.stderr.write("PEAK_RSS_KB " + line.split()[1] + "\\n")
atexit.register(_peak)
mode, target, *rest = sys.argv[1:]
if mode == "-m":
    sys.argv = [target, *rest]
    runpy.run_module(target, run_name="__main__", alter_sys=True)
else:
    sys.argv = ["-c", *rest]
    exec(compile(target, "<bench>", "exec"), {"__name__": "__main__"})
"""


def run_measured(command: list[str], *, env: dict[str, str] | None = None,
                 cwd: Path | None = None) -> tuple[float, float, str]:
    """(wall seconds to exit, peak RSS in MB, stdout) of one Python process (``[python, -m|-c, …]``),
    which must succeed."""
    python, mode, *rest = command
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        start = time.perf_counter()
        result = subprocess.run([python, "-c", _PEAK, mode, *rest], stdout=subprocess.PIPE, stderr=errors,
                                cwd=cwd or ROOT, env={**os.environ, **(env or {})}, text=True, check=False)
        elapsed = time.perf_counter() - start
        errors.seek(0)
        told = errors.read()
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])}…: {told.strip()[-600:]}")
    peaks = [int(line.split()[1]) for line in told.splitlines() if line.startswith("PEAK_RSS_KB ")]
    return elapsed, (peaks[-1] / 1024 if peaks else 0.0), result.stdout


def median(values: list[float]) -> float:
    return statistics.median(values)


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def put(results: Results, name: str, value: float, floor: float | None, unit: str = "s") -> None:
    ratio = round(value / floor, 2) if floor else None
    results[name] = {
        "value": round(value, 6),
        "floor": round(floor, 6) if floor else floor,
        "ratio": ratio,
        "unit": unit,
    }


def markdown_table(results: Results) -> str:
    """The README's table, remade from a run's JSON (``bench.py --markdown RUN.json``)."""
    lines = ["| metric | value | floor | ratio | target |", "|---|---|---|---|---|"]
    for name, f in results.items():
        seconds = f["unit"] == "s"
        value = f"{f['value'] * 1000:.1f} ms" if seconds else f"{f['value']} {f['unit']}"
        floor = f"{f['floor'] * 1000:.1f} ms" if seconds and f["floor"] else "—"
        target = f.get("target")
        bound = "—" if target is None else f"≤ {target} MB" if f["unit"] == "MB" else f"≤ {target}×"
        lines.append(f"| `{name}` | {value} | {floor} | {f['ratio'] or '—'} | {bound} |")
    return "\n".join(lines)


# ---------------------------------------------------------------- data


def build_carnet(path: Path, classes: int, per_class: int, observations: int, seed: int = 1) -> dict[str, Any]:
    """A carnet made by the app (schema, frameworks, scale), then filled with raw inserts.

    The first class is the one the app shows; the others stand for other classes and years of
    the same school or district, so that reading one class must stay flat as the file grows.
    """
    from progression.service import CarnetService, NewClass

    service = CarnetService.create(
        path,
        NewClass(label="CE1-CE2 mesurée", grades=("CE1", "CE2"), school="École du banc d'essai", teacher="M. Banc"),
    )
    klass = service.class_info()
    steps = [s.id for s in service.counting_steps()]
    items = {g: [i.id for i in service.items([g]) if i.kind == "objective"] for g in ("CE1", "CE2")}
    service.close()
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    year_id = conn.execute("SELECT id FROM school_year").fetchone()[0]
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # building test data only
    stamp = "000001764000000.00000"
    device = str(uuid.uuid4())
    pupils: list[tuple[str, str]] = []
    class_rows, pupil_rows, enrol_rows = [], [], []
    for c in range(classes):
        class_id = klass.id if c == 0 else str(uuid.uuid4())
        if c:
            class_rows.append((class_id, year_id, f"Classe {c}", "", "", None, stamp, device, None))
        for n in range(per_class):
            pid = str(uuid.uuid4())
            grade = "CE1" if n % 2 == 0 else "CE2"
            pupil_rows.append(
                (
                    pid,
                    f"Nom{c:03d}x{n:02d}",
                    f"Prénom{n:02d}",
                    None,
                    date(2018, 1 + n % 12, 1),
                    "F",
                    None,
                    "",
                    stamp,
                    device,
                    None,
                )
            )
            enrol_rows.append((str(uuid.uuid4()), pid, class_id, grade, "", None, None, stamp, device, None))
            pupils.append((pid, grade))
    conn.executemany(
        "INSERT INTO class_group (id, year_id, label, school, teacher, onde_class_id, modified_at, "
        "device_id, deleted_at) VALUES (?,?,?,?,?,?,?,?,?)",
        class_rows,
    )
    conn.executemany(
        "INSERT INTO pupil (id, last_name, first_name, birth_last_name, birth_date, sex, ine, note, "
        "modified_at, device_id, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        pupil_rows,
    )
    conn.executemany(
        "INSERT INTO enrolment (id, pupil_id, class_id, grade, group_label, arrived_on, left_on, "
        "modified_at, device_id, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        enrol_rows,
    )
    start = date(2026, 9, 1)
    created = datetime(2026, 9, 1, 8, 0)

    def rows(count: int):  # type: ignore[no-untyped-def]
        for k in range(count):
            pid, grade = pupils[k % len(pupils)]
            day = start + timedelta(days=rng.randrange(300))
            yield (
                str(uuid.uuid4()),
                pid,
                rng.choice(items[grade]),
                rng.choice(steps),
                day.isoformat(),
                "Lecture",
                "",
                "",
                (created + timedelta(seconds=k)).isoformat(" "),
                stamp,
                device,
                None,
            )

    conn.executemany(
        "INSERT INTO observation (id, pupil_id, item_id, step_id, observed_on, activity, comment, author, "
        "created_at, modified_at, device_id, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        rows(observations),
    )
    conn.commit()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"class_pupils": [p for p, _ in pupils[:per_class]], "steps": steps, "items": items}


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn
