"""Progression's benchmark: every user-facing operation beside its floor, measured in the same run.

    python tests/benchmarks/bench.py [--sizes class,school,district] [--quick] [--json PATH]

It builds its own carnets (a class: 30 pupils, 5,000 observations; a school: 300 pupils over
5 years, 300,000 observations; a district: 1,000,000 observations), then times each
operation and, beside it, the floor that the libraries themselves cannot go below (raw
sqlite3 with the same pragmas, bare ReportLab / openpyxl producing the same output, a bare
Qt window with one SQLAlchemy query). Targets are ratios, so the figures mean something on
any machine. Prints one JSON object ``{"metric": {"value", "floor", "ratio", "unit"}}`` and
a readable table. Not collected by pytest (a smoke test runs ``--quick``).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench_support import (
    ROOT,
    WARM_UP,
    Results,
    build_carnet,
    median,
    p99,
    put,
    raw_connection,
    timed,
)

SIZES = {
    # name: (classes, pupils per class, observations in all)
    "class": (1, 30, 5_000),
    "school": (50, 30, 300_000),  # 10 classes a year × 5 years = 300 pupils at a time, 1,500 rows of pupils
    "district": (160, 30, 1_000_000),
}
QUICK_SIZES = {"class": (1, 30, 2_000), "school": (5, 30, 20_000), "district": (10, 30, 50_000)}


# ---------------------------------------------------------------- measures


def measure_record(results: Results, size: str, path: Path, data: dict[str, Any], repeat: int) -> None:
    """Recording one observation through the operation the grid runs, committed, against a raw insert."""
    from progression.operations import RecordObservations
    from progression.service import CarnetService

    service = CarnetService.open(path)
    pupils = service.pupils()
    items = {g: [i for i in service.items([g]) if i.kind == "objective"] for g in ("CE1", "CE2")}
    step = service.counting_steps()[2].id
    day = date(2026, 10, 5)
    k = iter(range(10**9))

    def record() -> None:
        n = next(k)
        pupil = pupils[n % len(pupils)]
        item = items[pupil.grade][n % len(items[pupil.grade])]
        service.run(RecordObservations(((pupil.id, item.id),), step, day, activity="Lecture à voix haute"))

    app_times = timed(record, repeat, WARM_UP)
    service.close()
    conn = raw_connection(path)
    pupil_ids = data["class_pupils"]

    def raw_insert() -> None:
        n = next(k)
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO observation (id, pupil_id, item_id, step_id, observed_on, activity, comment, author, "
            "created_at, modified_at, device_id, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                str(uuid.uuid4()),
                pupil_ids[n % len(pupil_ids)],
                data["items"]["CE1"][0],
                step,
                day.isoformat(),
                "Lecture à voix haute",
                "",
                "",
                datetime.now().isoformat(" "),
                "0",
                "d",
                None,
            ),
        )
        conn.execute("COMMIT")

    floor_times = timed(raw_insert, repeat, WARM_UP)
    conn.close()
    put(results, f"record_observation_p50_{size}", median(app_times), median(floor_times))
    put(results, f"record_observation_p99_{size}", p99(app_times), p99(floor_times))
    grid_times = grid_record_times(path, repeat)
    if grid_times:
        put(results, f"grid_key_to_commit_p50_{size}", median(grid_times), median(floor_times))
        put(results, f"grid_key_to_commit_p99_{size}", p99(grid_times), p99(floor_times))


_GRID_RECORD = f"""
import json, os, sys, time
WARM_UP = {WARM_UP}
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from ui.main_window import MainWindow
from ui.startup import application
from ui.settings_store import SettingsStore
application()
store = SettingsStore(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(store, remember=False, synchronous=True)
window.resize(1400, 850)
window.show()
assert window.open_carnet(Path(sys.argv[1])) is None
grid, model = window.entry.grid, window.entry.model
cells = [model.index(r, c) for c in range(model.columnCount()) for r in range(model.rowCount())]
cells = [i for i in cells if model.flags(i) & Qt.ItemFlag.ItemIsSelectable]
times = []
# The first marks of a session prepare the insert statement and lay out the status bar: once
# per session, not per mark, so they are left out like the floor's first inserts.
for k in range(-WARM_UP, int(sys.argv[3])):
    grid.setCurrentIndex(cells[k % len(cells)])
    start = time.perf_counter()
    QTest.keyClick(grid, Qt.Key.Key_3)  # records "Atteints" and commits before returning
    if k >= 0:
        times.append(time.perf_counter() - start)
window.close_carnet(show_welcome=False)
print(json.dumps(times))
"""


def grid_record_times(path: Path, repeat: int) -> list[float]:
    """From the key press on the grid to the committed row, in the real window (offscreen)."""
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    result = subprocess.run(
        [sys.executable, "-c", _GRID_RECORD, str(path), str(ini), str(repeat)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    if result.returncode != 0:
        print(f"# grid measure skipped: {result.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return []
    return [float(t) for t in json.loads(result.stdout.strip().splitlines()[-1])]


def measure_reads(results: Results, size: str, path: Path, data: dict[str, Any], repeat: int) -> None:
    """Opening the grid's data and computing the period synthesis, against raw SQL reading the same rows."""
    from progression.service import CarnetService

    opened = CarnetService.open(path)

    def open_grid() -> None:
        # A fresh service on the open carnet: nothing cached, as when the teacher opens the grid.
        service = CarnetService(opened.carnet)
        pupils = service.pupils()
        service.items(service.grades())
        service.latest_steps([p.id for p in pupils])

    period = (date(2026, 11, 2), date(2027, 1, 3))
    pupil_ids = data["class_pupils"]
    marks = ",".join("?" * len(pupil_ids))

    conn = raw_connection(path)

    def raw_grid() -> None:
        conn.execute(
            "SELECT p.*, e.* FROM pupil p JOIN enrolment e ON e.pupil_id = p.id WHERE e.class_id = "
            "(SELECT id FROM class_group LIMIT 1)"
        ).fetchall()
        conn.execute("SELECT * FROM framework_item").fetchall()
        conn.execute(
            f"SELECT * FROM observation WHERE deleted_at IS NULL AND pupil_id IN ({marks}) "
            "ORDER BY observed_on, created_at",
            pupil_ids,
        ).fetchall()

    put(results, f"open_grid_{size}", median(timed(open_grid, repeat)), median(timed(raw_grid, repeat)))
    conn.close()
    opened.close()

    service = CarnetService.open(path)
    service.synthesis(2)  # caches of reference data warm, as in the app

    def synthesis() -> None:
        service.synthesis(2)

    conn = raw_connection(path)

    def raw_synthesis() -> None:
        conn.execute(
            f"SELECT pupil_id, item_id, step_id FROM observation WHERE deleted_at IS NULL AND pupil_id IN ({marks}) "
            "AND observed_on >= ? AND observed_on <= ? ORDER BY observed_on, created_at, id",
            [*pupil_ids, period[0].isoformat(), period[1].isoformat()],
        ).fetchall()

    put(results, f"period_synthesis_{size}", median(timed(synthesis, repeat)), median(timed(raw_synthesis, repeat)))
    conn.close()
    service.close()


def measure_exports(results: Results, repeat: int, workdir: Path) -> None:
    """The demo class's period PDF and xlsx, against bare ReportLab / openpyxl writing the same output."""
    from progression.demo import make_demo
    from progression.reports import build_class_grid, build_period_report, export

    demo = workdir / "demo.carnet"
    service = make_demo(demo)
    report = build_period_report(service, 2)
    grid = build_class_grid(service, 2)
    pdf, xlsx = workdir / "b.pdf", workdir / "b.xlsx"
    app_pdf = timed(lambda: export(service, 2, "pdf", pdf), repeat)
    app_xlsx = timed(lambda: export(service, 2, "xlsx", xlsx), repeat)
    service.close()
    pages = _pdf_pages(pdf)
    put(
        results,
        "export_pupil_pdf_demo",
        median(app_pdf),
        median(timed(lambda: _bare_pdf(report, pages, workdir), repeat)),
    )
    put(results, "export_xlsx_demo", median(app_xlsx), median(timed(lambda: _bare_xlsx(grid, workdir), repeat)))


def _pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def _bare_pdf(report: Any, pages: int, workdir: Path) -> None:
    """The same pages drawn with plain ReportLab: per pupil a heading, a table of wrapped
    labels and coloured marks, a fluency line chart, the appreciation; same embedded font."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from exports.fonts import pdf_fonts

    fonts = pdf_fonts()
    style = ParagraphStyle("bare", fontName=fonts.regular, fontSize=8.5, leading=10.5)
    story: list[Any] = []
    for pupil in report.pupils:
        story.append(Paragraph(f"{pupil.label} — {pupil.grade}", style))
        rows, commands = [], [("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]
        for n, item in enumerate(pupil.items):
            mark = pupil.mark(item.code)
            text = f"{mark.step.symbol} {mark.step.short}" if mark.step else "non évalué"
            rows.append([Paragraph(item.label, style), Paragraph(text, style)])
            if mark.step:
                commands.append(("BACKGROUND", (1, n), (1, n), colors.HexColor(mark.step.color)))
        story.append(Table(rows, colWidths=[330, 150], style=commands))
        chart = Drawing(480, 130)
        plot = LinePlot()
        plot.width, plot.height = 440, 100
        points = [(p.when.toordinal(), p.mclm) for p in pupil.fluency] or [(0, 0)]
        plot.data = [points]
        chart.add(plot)
        story.append(chart)
        story.append(Paragraph(pupil.appreciation or " ", style))
        story.append(PageBreak())
    SimpleDocTemplate(str(workdir / "bare.pdf"), pagesize=A4).build(story)


def _bare_xlsx(grid: Any, workdir: Path) -> None:
    """The same cells with plain openpyxl: a sheet per period (marks with their fill, a comment with
    each item's label), the legend, the statistics (counts per step and item) and the fluency sheet."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    workbook = Workbook()
    fills = {s.short: PatternFill("solid", fgColor=s.color.lstrip("#")) for s in grid.scale}
    for period in grid.periods:
        sheet = workbook.create_sheet(period.label)
        sheet.append(["Élève", "Niveau", *[i.code for i in period.items]])
        for column, item in enumerate(period.items, start=3):
            sheet.cell(row=1, column=column).comment = Comment(item.label, "Progression")
        for row in period.rows:
            values = [row.pupil, row.grade]
            for item in period.items:
                mark = row.mark(item.code)
                values.append(mark.step.short if mark.step else "non évalué")
            sheet.append(values)
            for cell in sheet[sheet.max_row][2:]:
                if cell.value in fills:
                    cell.fill = fills[cell.value]
        sheet.freeze_panes = "C2"
    legend = workbook.create_sheet("Légende")
    for step in grid.scale:
        legend.append([step.symbol, step.short, step.label, step.rank, step.value])
    for period in grid.periods:
        for item in period.items:
            legend.append([item.code, item.label])
    statistics = workbook.create_sheet("Statistiques")
    for period in grid.periods:
        for item in period.items:
            counts = [sum(1 for r in period.rows if r.mark(item.code).step == step) for step in grid.scale]
            statistics.append([period.label, item.code, item.label, *counts])
    fluency = workbook.create_sheet("Fluence")
    for row in grid.fluency:
        for point in row.measures:
            fluency.append([row.pupil, row.grade, point.when, point.mclm])
    workbook.save(workdir / "bare.xlsx")


def measure_imports(results: Results, repeat: int, workdir: Path) -> None:
    """A 35-pupil ONDE list and 10,000 observations from CSV, against raw executemany."""
    from progression.importers.observations import import_operation, read_observations
    from progression.importers.pupils import plan_pupil_import, pupil_import
    from progression.service import CarnetService, NewClass

    onde = workdir / "CSVExtraction.csv"
    header = (
        "Nom élève;Nom d'usage élève;Prénom élève;Date naissance;Sexe;INE;Adresse1;Cp1;Commune1;Pays1;"
        "Adresse2;Cp2;Commune2;Pays2;Cycle;Niveau;Libellé classe;Identifiant classe;Attestation fournie;"
        "Autorisation associations;Autorisation photo;Décision de passage"
    )
    lines = [header]
    for n in range(35):
        lines.append(
            f"Élève{n:02d};;Prénom{n:02d};{1 + n % 28:02d}/0{1 + n % 9}/2018;F;{1000000000 + n}A;;;;;;;;;"
            f"CYCLE II;{'CE1' if n % 2 else 'CE2'};CE1-CE2;12345;Non;Non;Non;"
        )
    onde.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))

    def app_onde() -> None:
        path = workdir / f"onde-{uuid.uuid4().hex}.carnet"
        service = CarnetService.create(path, NewClass(label="CE1-CE2"))
        start = time.perf_counter()
        operation = pupil_import(service, plan_pupil_import(service, onde))
        assert operation is not None
        service.run(operation)
        app_onde.elapsed.append(time.perf_counter() - start)  # type: ignore[attr-defined]
        service.close()

    app_onde.elapsed = []  # type: ignore[attr-defined]
    for _ in range(repeat):
        app_onde()

    def raw_onde() -> None:
        path = workdir / f"raw-{uuid.uuid4().hex}.carnet"
        conn = raw_connection(path)
        conn.execute("CREATE TABLE pupil (id, last_name, first_name, birth_date, ine)")
        start = time.perf_counter()
        with onde.open(encoding="cp1252", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))[1:]
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO pupil VALUES (?,?,?,?,?)", [(str(uuid.uuid4()), r[0], r[2], r[3], r[5]) for r in rows]
        )
        conn.execute("COMMIT")
        raw_onde.elapsed.append(time.perf_counter() - start)  # type: ignore[attr-defined]
        conn.close()

    raw_onde.elapsed = []  # type: ignore[attr-defined]
    for _ in range(repeat):
        raw_onde()
    put(results, "import_onde_35", median(app_onde.elapsed), median(raw_onde.elapsed))  # type: ignore[attr-defined]

    # 10,000 observations from CSV into a class of 30.
    path = workdir / "obs.carnet"
    data = build_carnet(path, 1, 30, 0)
    service = CarnetService.open(path)
    pupils = service.pupils()
    items = {g: [i.code for i in service.items([g]) if i.kind == "objective"] for g in ("CE1", "CE2")}
    rng = random.Random(3)
    csv_path = workdir / "obs.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["eleve", "item", "echelon", "date", "commentaire"])
        for n in range(10_000):
            p = pupils[n % len(pupils)]
            writer.writerow(
                [
                    f"{p.last_name} {p.first_name}",
                    rng.choice(items[p.grade]),
                    rng.randint(1, 4),
                    (date(2026, 9, 1) + timedelta(days=rng.randrange(280))).strftime("%d/%m/%Y"),
                    "",
                ]
            )
    def app_obs() -> None:  # read and checked, then written after a backup, as the app and the CLI do
        # The year's observations, read as on its last day (a date after today is refused).
        last_day = service.class_info().year_ends_on
        service.run(import_operation(service, read_observations(service, csv_path, today=last_day)))

    app_times = timed(app_obs, max(1, repeat // 2))
    service.close()
    conn = raw_connection(path)
    step = data["steps"][0]
    item = data["items"]["CE1"][0]

    def raw_obs() -> None:
        with csv_path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))[1:]
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO observation (id, pupil_id, item_id, step_id, observed_on, activity, comment, author, "
            "created_at, modified_at, device_id, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    str(uuid.uuid4()),
                    data["class_pupils"][0],
                    item,
                    step,
                    r[3],
                    "",
                    r[4],
                    "",
                    "2026-09-01 00:00:00",
                    "0",
                    "d",
                    None,
                )
                for r in rows
            ],
        )
        conn.execute("COMMIT")

    floor_times = timed(raw_obs, max(1, repeat // 2))
    conn.close()
    put(results, "import_observations_10000", median(app_times), median(floor_times))


# ---------------------------------------------------------------- app-level measures (subprocesses)

_FLOOR_START = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session  # the app is built on the ORM (a fixed choice): its import is in the floor
app = QApplication(sys.argv)
engine = create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as session:
    session.execute(text("SELECT count(*) FROM observation")).scalar()
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
app.processEvents()
"""


def measure_start(results: Results, carnet: Path, repeat: int) -> None:
    """Cold start to an interactive grid on the demo class, against Qt window + engine + one query."""
    app = [sys.executable, "-m", "ui.bench_start", str(carnet)]
    floor = [sys.executable, "-c", _FLOOR_START, str(carnet)]
    # An installed app runs from compiled bytecode (pip and PyInstaller compile it), like the
    # libraries of the floor; a source checkout under PYTHONDONTWRITEBYTECODE would otherwise
    # recompile every module at each start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "progression", "exports", "ui"],
                   capture_output=True, cwd=ROOT, check=False)
    if subprocess.run(app, capture_output=True, cwd=ROOT, check=False).returncode != 0:
        return  # the desktop app is not there yet: no figure rather than a wrong one
    subprocess.run(floor, capture_output=True, check=False)  # warm the file cache for both

    def run(command: list[str]) -> Callable[[], None]:
        return lambda: subprocess.run(command, capture_output=True, cwd=ROOT, check=True)

    put(results, "cold_start_demo", median(timed(run(app), repeat)), median(timed(run(floor), repeat)))


def measure_memory(results: Results, carnet: Path) -> None:
    """Peak memory with the district carnet open in the app (grid shown)."""
    probe = (
        "import resource, sys\n"
        "from ui.bench_start import main\n"
        "code = main([sys.argv[1]])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss if code == 0 else -1)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(carnet)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if result.returncode == 0 and result.stdout.strip() and int(result.stdout.strip().splitlines()[-1]) > 0:
        rss_mb = int(result.stdout.strip().splitlines()[-1]) / 1024
        results["peak_rss_district_app"] = {
            "value": round(rss_mb, 1),
            "floor": None,
            "ratio": None,
            "unit": "MB",
            "target": 300,
        }


# ---------------------------------------------------------------- main

TARGETS = {
    "cold_start": 1.5,
    "grid_key_to_commit": 3,
    "record_observation": 3,
    "open_grid": 3,
    "period_synthesis": 3,
    "export": 3,
    "import": 5,
}


def target_for(name: str) -> float | None:
    return next((v for k, v in TARGETS.items() if name.startswith(k)), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="class,school,district")
    parser.add_argument("--quick", action="store_true", help="small data and few repeats (smoke test)")
    parser.add_argument("--json", help="also write the JSON object to this file")
    args = parser.parse_args(argv)
    sizes = QUICK_SIZES if args.quick else SIZES
    repeat = 3 if args.quick else 15
    results: Results = {}
    workdir = Path(tempfile.mkdtemp(prefix="progression-bench-"))
    started = time.perf_counter()
    district_carnet = None
    for size in [s for s in args.sizes.split(",") if s]:
        classes, per_class, observations = sizes[size]
        path = workdir / f"{size}.carnet"
        t0 = time.perf_counter()
        data = build_carnet(path, classes, per_class, observations)
        print(
            f"# {size}: {observations} observations, {classes * per_class} pupils, built in "
            f"{time.perf_counter() - t0:.1f} s",
            file=sys.stderr,
        )
        measure_reads(results, size, path, data, repeat)
        measure_record(results, size, path, data, repeat * (4 if not args.quick else 2))
        if size == "district":
            district_carnet = path
    measure_exports(results, max(2, repeat // 5), workdir)
    measure_imports(results, max(2, repeat // 5), workdir)
    measure_start(results, workdir / "demo.carnet", max(2, repeat // 3))
    if district_carnet is not None:
        measure_memory(results, district_carnet)
    for name, figures in results.items():
        target = figures.get("target") or target_for(name)
        if target is not None:
            figures["target"] = target
    print(json.dumps(results, indent=1))
    print(f"\n{'metric':34} {'value':>10} {'floor':>10} {'ratio':>7} {'target':>7}", file=sys.stderr)
    for name, f in results.items():
        value = f"{f['value'] * 1000:.1f} ms" if f["unit"] == "s" else f"{f['value']} {f['unit']}"
        floor = f"{f['floor'] * 1000:.1f} ms" if f["floor"] and f["unit"] == "s" else "—"
        print(f"{name:34} {value:>10} {floor:>10} {f['ratio'] or '—':>7} {f.get('target', '—'):>7}", file=sys.stderr)
    print(f"# total {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
