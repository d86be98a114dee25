"""The benchmark's measures of whole processes: the app's cold start to a painted grid, the command
line, the merge, and a key press in the grid — each beside a floor run as a process of its own,
sample for sample in turn, with the peak memory of each process (``wait4``).

Floors do what the command does with nothing of Progression: the same libraries in their fastest
order, the same file, the same pragmas, the same rows out.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_support import PRAGMAS, ROOT, WARM_UP, Results, median, p99, put, run_measured

APP = [sys.executable, "-m", "progression_start"]  # the installed ``progression`` command


def _home() -> dict[str, str]:
    """A data folder with no backup yet: the next opening is the first of the day."""
    return {"PROGRESSION_HOME": tempfile.mkdtemp(prefix="progression-bench-home-")}


def _alternate(app: Callable[[], tuple[float, float]], floor: Callable[[], tuple[float, float]],
               repeat: int) -> tuple[list[float], list[float], list[float]]:
    """(app times, floor times, app peak RSS) with the two run in turn."""
    app_times, floor_times, rss = [], [], []
    for _ in range(repeat):
        elapsed, memory = app()
        app_times.append(elapsed)
        rss.append(memory)
        floor_times.append(floor()[0])
    return app_times, floor_times, rss


def put_rss(results: Results, name: str, samples: list[float], target: float | None = None) -> None:
    results[name] = {"value": round(max(samples), 1), "floor": None, "ratio": None, "unit": "MB"}
    if target is not None:
        results[name]["target"] = target


# ---------------------------------------------------------------- cold start to a painted grid

# The floor: Qt widgets, a SQLAlchemy Core engine, the grid's query (the shown class's pupils and
# their marks), a window painted. SQLAlchemy first: after PySide6, its import hook reads the
# source of every module imported (the app imports the core first for the same reason).
_FLOOR_START = """
import sys, time
from sqlalchemy import create_engine, text
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
engine = create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as conn:
    rows = conn.execute(text(
        "SELECT p.id, p.last_name, o.item_id, s.short FROM enrolment e JOIN pupil p ON p.id = e.pupil_id "
        "LEFT JOIN observation o ON o.pupil_id = p.id AND o.deleted_at IS NULL "
        "LEFT JOIN scale_step s ON s.id = o.step_id "
        "WHERE e.class_id = (SELECT id FROM class_group ORDER BY rowid LIMIT 1) AND e.deleted_at IS NULL "
        "ORDER BY p.last_name, o.observed_on")).all()
pupils = list(dict.fromkeys((r[0], r[1]) for r in rows))
items = list(dict.fromkeys(r[2] for r in rows if r[2]))[:60]
table = QTableWidget(len(pupils), len(items))
row_of = {p[0]: n for n, p in enumerate(pupils)}
column_of = {item: n for n, item in enumerate(items)}
for pupil, _name, item, short in rows:
    if item in column_of:
        table.setItem(row_of[pupil], column_of[item], QTableWidgetItem(short))
window = QMainWindow()
window.setCentralWidget(table)
window.resize(1400, 850)
window.show()
app.processEvents()
table.viewport().repaint()
print(f"painted {time.time():.6f}", flush=True)
"""


def _painted(command: list[str], env: dict[str, str] | None = None, *, forget: bool = False) -> tuple[float, float]:
    """Seconds from the process's launch to its painted grid, and the process's peak RSS.
    ``forget``: delete the data folder afterwards (a first open of the day leaves a whole backup)."""
    launched = time.time()
    try:
        _elapsed, rss, out = run_measured(command, env=env)
    finally:
        if forget and env is not None:
            shutil.rmtree(env["PROGRESSION_HOME"], ignore_errors=True)
    painted = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("painted "))
    return painted - launched, rss


def measure_start(results: Results, size: str, carnet: Path, repeat: int) -> None:
    """Cold start to a painted grid, first open of the day (the daily backup is due) and a later
    one, each against the floor. The whole-file check and the backup run after the paint."""
    app = [sys.executable, "-m", "ui.bench_start", str(carnet)]
    floor = [sys.executable, "-c", _FLOOR_START, str(carnet)]
    later = _home()
    _painted(app, later)  # this home now holds today's backup: its openings are later ones
    _painted(floor)  # warm the file cache for both
    first_times, floor_times, rss = _alternate(lambda: _painted(app, _home(), forget=True), lambda: _painted(floor),
                                               repeat)
    later_times, floor_again, _ = _alternate(lambda: _painted(app, later), lambda: _painted(floor), repeat)
    put(results, f"cold_start_first_of_day_{size}", median(first_times), median(floor_times))
    put(results, f"cold_start_{size}", median(later_times), median(floor_again))
    shutil.rmtree(later["PROGRESSION_HOME"], ignore_errors=True)
    if size == "district":
        put_rss(results, "peak_rss_district_app", rss, 300)


# ---------------------------------------------------------------- the command line

# The command line's floors read through a SQLAlchemy Core engine (the app is built on SQLAlchemy,
# a fixed choice), except ``check``, which needs only sqlite3 and must not load more.
_FLOOR_INFO = """
import json, sys
from sqlalchemy import create_engine
conn = create_engine("sqlite:///" + sys.argv[1]).raw_connection().driver_connection
klass = conn.execute("SELECT c.id, c.label, c.school, c.teacher, y.label FROM class_group c JOIN school_year y "
                     "ON y.id = c.year_id ORDER BY c.rowid LIMIT 1").fetchone()
pupils = conn.execute("SELECT p.id, p.last_name, p.first_name, p.birth_date, e.grade, p.ine FROM enrolment e "
                      "JOIN pupil p ON p.id = e.pupil_id WHERE e.class_id = ? AND e.deleted_at IS NULL "
                      "ORDER BY p.last_name", (klass[0],)).fetchall()
ids = [p[0] for p in pupils]
marks = ",".join("?" * len(ids))
counts = {"pupils": len(ids)}
for table, key in (("observation", "observations"), ("fluency_measure", "fluency_measures")):
    counts[key] = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL AND pupil_id IN ({marks})",
                               ids).fetchone()[0]
periods = conn.execute('SELECT "index", label, starts_on, ends_on FROM period WHERE deleted_at IS NULL '
                       'ORDER BY "index"').fetchall()
steps = conn.execute("SELECT rank, short, label, value, counts FROM scale_step ORDER BY rank").fetchall()
print(json.dumps({"class": klass, "periods": periods, "scale": steps, "counts": counts, "pupils": pupils}))
"""

# The period's latest step per pupil and item of the shown class: the rows of ``synthesis --rule last``.
_FLOOR_SYNTHESIS = """
import json, sys
from sqlalchemy import create_engine
conn = create_engine("sqlite:///" + sys.argv[1]).raw_connection().driver_connection
start, end = conn.execute('SELECT starts_on, ends_on FROM period WHERE "index" = 2 AND deleted_at IS NULL').fetchone()
rows = conn.execute(
    "SELECT pupil_id, code, rank, value FROM (SELECT o.pupil_id, i.code, s.rank, s.value, row_number() OVER "
    "(PARTITION BY o.pupil_id, o.item_id ORDER BY o.observed_on DESC, o.created_at DESC) AS n FROM observation o "
    "JOIN framework_item i ON i.id = o.item_id JOIN scale_step s ON s.id = o.step_id "
    "WHERE o.deleted_at IS NULL AND s.counts AND o.observed_on BETWEEN ? AND ? AND o.pupil_id IN (SELECT pupil_id "
    "FROM enrolment WHERE class_id = (SELECT id FROM class_group ORDER BY rowid LIMIT 1))) WHERE n = 1",
    (start, end)).fetchall()
print(json.dumps({"period": 2, "rule": "last", "results": [
    {"pupil_id": p, "item": code, "step": rank, "score": value} for p, code, rank, value in rows]}))
"""

# The class grid as CSV, in the app's long form: a row per period (up to the second), pupil and item
# observed, with the latest step and its date.
_FLOOR_EXPORT = """
import csv, sys
from sqlalchemy import create_engine
conn = create_engine("sqlite:///" + sys.argv[1]).raw_connection().driver_connection
pupils = conn.execute("SELECT p.id, p.first_name || ' ' || p.last_name, e.grade FROM enrolment e JOIN pupil p ON "
                      "p.id = e.pupil_id WHERE e.class_id = (SELECT id FROM class_group ORDER BY rowid LIMIT 1) "
                      "AND e.deleted_at IS NULL ORDER BY p.last_name").fetchall()
marks = ",".join("?" * len(pupils))
with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as handle:
    out = csv.writer(handle, delimiter=";")
    out.writerow(["Période", "Élève", "Niveau", "Code", "Item", "Rang", "Échelon", "Score", "Date"])
    for label, start, end in conn.execute('SELECT label, starts_on, ends_on FROM period WHERE "index" <= 2 '
                                          'AND deleted_at IS NULL ORDER BY "index"').fetchall():
        latest = {}
        for row in conn.execute(
                f"SELECT o.pupil_id, i.code, i.label, s.rank, s.short, s.value, o.observed_on FROM observation o "
                f"JOIN framework_item i ON i.id = o.item_id JOIN scale_step s ON s.id = o.step_id "
                f"WHERE o.deleted_at IS NULL AND o.pupil_id IN ({marks}) AND o.observed_on BETWEEN ? AND ? "
                f"ORDER BY o.observed_on, o.created_at", [p[0] for p in pupils] + [start, end]):
            latest[row[0], row[1]] = row[1:]
        for pupil, name, grade in pupils:
            for (who, _code), row in latest.items():
                if who == pupil:
                    out.writerow([label, name, grade, *row])
"""

_FLOOR_CHECK = """
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
print("ok")
"""


def measure_cli(results: Results, size: str, carnet: Path, repeat: int, workdir: Path) -> None:
    """``info``, ``synthesis``, ``export`` (CSV) and ``check`` as processes, against sqlite3 scripts
    writing the same rows; peak RSS of each command at district size."""
    out = workdir / f"export-{size}.csv"
    commands: dict[str, tuple[list[str], list[str]]] = {
        "info": ([*APP, "info", str(carnet), "--json"], [sys.executable, "-c", _FLOOR_INFO, str(carnet)]),
        "synthesis": ([*APP, "synthesis", str(carnet), "--period", "2", "--rule", "last", "--json"],
                      [sys.executable, "-c", _FLOOR_SYNTHESIS, str(carnet)]),
        "export_csv": ([*APP, "export", str(carnet), "--period", "2", "--format", "csv", "--out", str(out)],
                       [sys.executable, "-c", _FLOOR_EXPORT, str(carnet), str(workdir / f"floor-{size}.csv")]),
        "check": ([*APP, "check", str(carnet)], [sys.executable, "-c", _FLOOR_CHECK, str(carnet)]),
    }
    home = _home()
    for name, (app, floor) in commands.items():
        run_measured(app, env=home)  # warm the file cache
        app_times, floor_times, rss = _alternate(lambda a=app: run_measured(a, env=home)[:2],  # type: ignore[misc]
                                                 lambda f=floor: run_measured(f)[:2], repeat)  # type: ignore[misc]
        put(results, f"cli_{name}_{size}", median(app_times), median(floor_times))
        if size == "district":
            put_rss(results, f"peak_rss_district_cli_{name}", rss)
    if size == "district":
        backup = [*APP, "backup", str(carnet), "--to", str(workdir)]
        put_rss(results, "peak_rss_district_cli_backup", [run_measured(backup, env=home)[1]])
    shutil.rmtree(home["PROGRESSION_HOME"], ignore_errors=True)


# ---------------------------------------------------------------- merge

_FLOOR_MERGE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
for pragma in PRAGMAS:
    conn.execute(pragma)
conn.execute("ATTACH ? AS copy", (sys.argv[2],))
conn.execute("BEGIN")
for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
    columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    if "id" not in columns or "modified_at" not in columns:
        continue
    names = ", ".join(f'"{c}"' for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM copy."{table}" WHERE true '
                 f'ON CONFLICT(id) DO UPDATE SET {updates} WHERE excluded.modified_at > "{table}".modified_at')
conn.execute("COMMIT")
""".replace("PRAGMAS", repr(PRAGMAS))


def copy_with_changes(carnet: Path, copy: Path) -> int:
    """A copy of the carnet where a tenth of the observations were changed later on another computer."""
    from progression.hlc import format_stamp

    shutil.copy(carnet, copy)
    conn = sqlite3.connect(copy)
    # A day after now, so each changed row is newer than the carnet's own and the merge takes it.
    later = format_stamp(int(time.time() * 1000) + 86_400_000, 0)
    changed = conn.execute(
        "UPDATE observation SET comment = 'revu', modified_at = ? WHERE rowid % 10 = 0", (later,)
    ).rowcount
    conn.commit()
    conn.close()
    return int(changed)


def measure_merge(results: Results, size: str, carnet: Path, repeat: int, workdir: Path) -> None:
    """``progression merge`` of a copy with 10 % of its rows changed, against ATTACH + one UPSERT per
    table with the same pragmas; each sample on a fresh copy of the carnet (copied untimed)."""
    copy = workdir / f"copie-{size}.carnet"
    copy_with_changes(carnet, copy)
    target = workdir / f"fusion-{size}.carnet"
    home = _home()

    def fresh() -> None:
        shutil.copy(carnet, target)
        # The last sample's « fusion » backup goes; the computer's id stays, as on a teacher's computer.
        shutil.rmtree(Path(home["PROGRESSION_HOME"]) / "sauvegardes", ignore_errors=True)

    def app() -> tuple[float, float]:
        fresh()
        elapsed, rss, _ = run_measured([*APP, "merge", str(target), str(copy)], env=home)
        return elapsed, rss

    def floor() -> tuple[float, float]:
        fresh()
        elapsed, rss, _ = run_measured([sys.executable, "-c", _FLOOR_MERGE, str(target), str(copy)])
        return elapsed, rss

    app_times, floor_times, rss = _alternate(app, floor, repeat)
    put(results, f"merge_10pc_{size}", median(app_times), median(floor_times))
    put_rss(results, f"peak_rss_merge_{size}", rss, 150 if size == "district" else None)
    for leftover in (copy, target):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(home["PROGRESSION_HOME"], ignore_errors=True)


# ---------------------------------------------------------------- a key press in the grid

# The floor, a raw insert and commit into the same file with the same pragmas, runs in the same
# process, in turn with each key press.
_GRID_RECORD = f"""
import json, os, sqlite3, sys, time, uuid
WARM_UP = {WARM_UP}
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from ui import load_core_first
load_core_first()
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from ui.main_window import MainWindow
from ui.startup import application
from ui.settings_store import SettingsStore
application()
store = SettingsStore(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(store, remember=False)
window.resize(1400, 850)
window.show()
assert window.open_carnet(Path(sys.argv[1])) is None
while window.session.checkup is None:  # the checks after opening, out of the way
    QTest.qWait(10)
grid, model = window.entry.grid, window.entry.model
cells = [model.index(r, c) for c in range(model.columnCount()) for r in range(model.rowCount())]
cells = [i for i in cells if model.flags(i) & Qt.ItemFlag.ItemIsSelectable]
raw = sqlite3.connect(sys.argv[1], isolation_level=None)
for pragma in {PRAGMAS!r}:
    raw.execute(pragma)
pupil, item, step = raw.execute("SELECT pupil_id, item_id, step_id FROM observation LIMIT 1").fetchone()

def raw_insert():
    raw.execute("BEGIN")
    raw.execute("INSERT INTO observation (id, pupil_id, item_id, step_id, observed_on, activity, comment, author, "
                "created_at, modified_at, device_id, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (str(uuid.uuid4()), pupil, item, step, "2026-10-05", "Lecture", "", "", "2026-10-05 08:00:00",
                 "0", "d", None))
    raw.execute("COMMIT")

times, floor = [], []
# The first marks of a session prepare the insert statement and lay out the status bar: once
# per session, not per mark, so they are left out, like the floor's first inserts.
for k in range(-WARM_UP, int(sys.argv[3])):
    grid.setCurrentIndex(cells[k % len(cells)])
    start = time.perf_counter()
    QTest.keyClick(grid, Qt.Key.Key_3)  # records "Atteints" and commits before returning
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    raw_insert()
    if k >= 0:
        times.append(elapsed)
        floor.append(time.perf_counter() - start)
raw.close()
window.close_carnet(show_welcome=False)
print(json.dumps([times, floor]))
"""


def measure_grid_keys(results: Results, size: str, carnet: Path, repeat: int) -> None:
    """From the key press on the grid to the committed row, in the real window (offscreen)."""
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    try:
        home = _home()
        _, _, out = run_measured([sys.executable, "-c", _GRID_RECORD, str(carnet), str(ini), str(repeat)], env=home)
        shutil.rmtree(home["PROGRESSION_HOME"], ignore_errors=True)
    except RuntimeError as error:
        print(f"# grid measure skipped: {error}", file=sys.stderr)
        return
    times, floor = json.loads(out.strip().splitlines()[-1])
    put(results, f"grid_key_to_commit_p50_{size}", median(times), median(floor))
    put(results, f"grid_key_to_commit_p99_{size}", p99(times), p99(floor))


def growth(results: Results, metric: str, first: str, last: str) -> dict[str, Any] | None:
    """How much a figure grows from the smallest carnet to the largest (1.0: flat), measured on its
    ratio to the floor of the same size: the sizes run minutes apart, and the load of a shared
    machine moves the raw times of app and floor alike (``raw``: the times' own growth)."""
    small, large = results.get(f"{metric}_{first}"), results.get(f"{metric}_{last}")
    if small is None or large is None or not small["ratio"] or not large["ratio"]:
        return None
    return {"value": round(large["ratio"] / small["ratio"], 3), "floor": None, "ratio": None, "unit": "×",
            "raw": round(large["value"] / small["value"], 3)}


__all__ = ["ROOT", "growth", "measure_cli", "measure_grid_keys", "measure_merge", "measure_start"]
