"""Progression's benchmark: every user-facing operation beside its floor, measured in the same run.

    python tests/benchmarks/bench.py [--sizes class,school,district] [--quick] [--json PATH]

It builds its own carnets (a class: 30 pupils, 5,000 observations; a school: 300 pupils over
5 years, 300,000 observations; a district: 1,000,000 observations), then times each
operation and, beside it, the floor that the libraries themselves cannot go below (raw
sqlite3 with the same pragmas, bare ReportLab / openpyxl producing the same pages and cells,
Qt widgets with a SQLAlchemy Core engine, the grid's query and a painted window). App and
floor run in turn, sample after sample (at least five each), so that a burst of load falls on
both. Whole processes (cold start, command line, merge, the grid's key press) are measured in
``bench_commands``, with their peak memory. Targets are ratios, so the figures mean something
on any machine. The app's modules are first compiled to bytecode, as every install ships them.
Prints one JSON object ``{"metric": {"value", "floor", "ratio", "unit"}}`` and
a readable table. Not collected by pytest (a smoke test runs ``--quick``).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench_commands import growth, measure_cli, measure_grid_keys, measure_merge, measure_start
from bench_support import (
    WARM_UP,
    Results,
    build_carnet,
    compile_as_installed,
    interleaved,
    markdown_table,
    median,
    p99,
    put,
    raw_connection,
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

    app_times, floor_times = interleaved(record, raw_insert, repeat, WARM_UP)
    conn.close()
    service.close()
    put(results, f"record_observation_p50_{size}", median(app_times), median(floor_times))
    put(results, f"record_observation_p99_{size}", p99(app_times), p99(floor_times))


def measure_reads(results: Results, size: str, path: Path, data: dict[str, Any], repeat: int) -> None:
    """Opening the carnet as the app does and reading the grid's data, and computing the period
    synthesis, against raw SQL opening the file and reading the same rows."""
    from progression.service import CarnetService

    def open_grid() -> None:
        # The app's opening (lock, leftovers, cheap checks, journal, engine) and the grid's reads,
        # then closing: nothing cached. The whole-file check and the backup come after the paint.
        service = CarnetService.open(path, full_check=False, auto_backup=False)
        pupils = service.pupils()
        service.items(service.grades())
        service.latest_steps([p.id for p in pupils])
        service.close()

    period = (date(2026, 11, 2), date(2027, 1, 3))
    pupil_ids = data["class_pupils"]
    marks = ",".join("?" * len(pupil_ids))

    def raw_grid() -> None:
        conn = raw_connection(path)
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
        conn.close()

    app_times, floor_times = interleaved(open_grid, raw_grid, repeat, 1)
    put(results, f"open_grid_{size}", median(app_times), median(floor_times))

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

    app_times, floor_times = interleaved(synthesis, raw_synthesis, repeat)
    put(results, f"period_synthesis_{size}", median(app_times), median(floor_times))
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
    export(service, 2, "pdf", pdf)
    pages = _pdf_pages(pdf)
    _bare_pdf(report, pages, workdir)
    if _pdf_pages(workdir / "bare.pdf") != pages:
        raise RuntimeError(f"the PDF floor makes {_pdf_pages(workdir / 'bare.pdf')} pages, the app {pages}")
    app_pdf, floor_pdf = interleaved(lambda: export(service, 2, "pdf", pdf), lambda: _bare_pdf(report, pages, workdir),
                                     repeat)
    app_xlsx, floor_xlsx = interleaved(lambda: export(service, 2, "xlsx", xlsx), lambda: _bare_xlsx(grid, workdir),
                                       repeat)
    service.close()
    put(results, "export_pupil_pdf_demo", median(app_pdf), median(floor_pdf))
    results["export_pupil_pdf_demo"]["pages"] = pages
    put(results, "export_xlsx_demo", median(app_xlsx), median(floor_xlsx))


def _pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def _bare_pdf(report: Any, pages: int, workdir: Path) -> None:
    """The same number of pages drawn with plain ReportLab: per pupil a heading, a table of wrapped
    labels and coloured marks, a fluency line chart and the appreciation (on a second page when
    the app gives each pupil two); same embedded font. Pages the app's layout takes beyond that
    get a line each."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from exports.fonts import pdf_fonts

    per_pupil = 2 if pages >= 2 * len(report.pupils) else 1
    fonts = pdf_fonts()
    # The app's tight layout keeps a pupil on one page: the floor's type is as small.
    size = 8.5 if per_pupil == 2 else 6.5
    style = ParagraphStyle("bare", fontName=fonts.regular, fontSize=size, leading=size + 1.5)
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
        if per_pupil == 2:
            story.append(PageBreak())
        chart = Drawing(480, 130 if per_pupil == 2 else 80)
        plot = LinePlot()
        plot.width, plot.height = 440, 100 if per_pupil == 2 else 60
        points = [(p.when.toordinal(), p.mclm) for p in pupil.fluency] or [(0, 0)]
        plot.data = [points]
        chart.add(plot)
        story.append(chart)
        story.append(Paragraph(pupil.appreciation or " ", style))
        story.append(PageBreak())
    for n in range(max(0, pages - per_pupil * len(report.pupils))):
        story.append(Paragraph(f"Page {n}", style))
        story.append(PageBreak())
    if story:
        story.pop()  # no blank page at the end
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
    """A 35-pupil ONDE list and 10,000 observations from CSV, against raw executemany of the same rows
    into the same kind of carnet."""
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

    def raw_onde() -> None:  # the same rows written into the same kind of carnet, with no check at all
        path = workdir / f"raw-{uuid.uuid4().hex}.carnet"
        CarnetService.create(path, NewClass(label="CE1-CE2")).close()
        conn = raw_connection(path)
        start = time.perf_counter()
        with onde.open(encoding="cp1252", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))[1:]
        conn.execute("BEGIN")
        (class_id,) = conn.execute("SELECT id FROM class_group").fetchone()
        ids = [str(uuid.uuid4()) for _ in rows]
        conn.executemany(
            "INSERT INTO pupil (id, last_name, first_name, birth_last_name, birth_date, sex, ine, note, modified_at, "
            "device_id) VALUES (?,?,?,?,?,?,?,'','0','d')",
            [(i, r[0], r[2], r[0], "-".join(reversed(r[3].split("/"))), r[4], r[5])
             for i, r in zip(ids, rows, strict=True)],
        )
        conn.executemany(
            "INSERT INTO enrolment (id, pupil_id, class_id, grade, group_label, arrived_on, left_on, modified_at, "
            "device_id) VALUES (?,?,?,?,'',NULL,NULL,'0','d')",
            [(str(uuid.uuid4()), i, class_id, r[15]) for i, r in zip(ids, rows, strict=True)],
        )
        conn.execute("UPDATE class_group SET onde_class_id = ?", (rows[0][17],))
        conn.execute("COMMIT")
        raw_onde.elapsed.append(time.perf_counter() - start)  # type: ignore[attr-defined]
        conn.close()

    raw_onde.elapsed = []  # type: ignore[attr-defined]
    interleaved(app_onde, raw_onde, repeat)  # each keeps its own time, carnet creation left out
    put(results, "import_onde_35", median(app_onde.elapsed), median(raw_onde.elapsed))  # type: ignore[attr-defined]

    # 10,000 observations from CSV into a class of 30.
    template = workdir / "obs-template.carnet"
    data = build_carnet(template, 1, 30, 0)
    path = workdir / "obs.carnet"
    service = CarnetService.open(template)
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
    service.close()
    step = data["steps"][0]
    item = data["items"]["CE1"][0]
    times: dict[str, list[float]] = {"app": [], "floor": []}

    def app_obs() -> None:  # read and checked, then written after a backup, as the app and the CLI do
        shutil.copy(template, path)  # each sample into the same empty class, copied untimed
        service = CarnetService.open(path)
        last_day = service.class_info().year_ends_on  # read as on the year's last day: no date after "today"
        start = time.perf_counter()
        service.run(import_operation(service, read_observations(service, csv_path, today=last_day)))
        times["app"].append(time.perf_counter() - start)
        service.close()

    def raw_obs() -> None:
        shutil.copy(template, path)
        conn = raw_connection(path)
        start = time.perf_counter()
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
        times["floor"].append(time.perf_counter() - start)
        conn.close()

    interleaved(app_obs, raw_obs, repeat)
    put(results, "import_observations_10000", median(times["app"]), median(times["floor"]))


# ---------------------------------------------------------------- main

TARGETS = {
    "cold_start": 2,
    "cli_": 3,
    "merge_": 3,
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
    parser.add_argument("--markdown", metavar="RUN_JSON", help="print the README's table from a run's JSON, and stop")
    args = parser.parse_args(argv)
    if args.markdown:
        print(markdown_table(json.loads(Path(args.markdown).read_text(encoding="utf-8"))))
        return 0
    sizes = QUICK_SIZES if args.quick else SIZES
    repeat = 3 if args.quick else 15
    processes = 2 if args.quick else 5  # samples of each whole-process figure, app and floor alike
    compile_as_installed()
    results: Results = {}
    workdir = Path(tempfile.mkdtemp(prefix="progression-bench-"))
    started = time.perf_counter()
    names: list[str] = []
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
        measure_start(results, size, path, processes)
        measure_cli(results, size, path, processes, workdir)
        measure_reads(results, size, path, data, repeat)
        measure_record(results, size, path, data, repeat * (4 if not args.quick else 2))
        measure_grid_keys(results, size, path, repeat * (4 if not args.quick else 2))
        measure_merge(results, size, path, processes, workdir)
        names.append(size)
    if names:
        for metric in ("cold_start_first_of_day", "cold_start", "cli_info", "cli_synthesis", "cli_export_csv"):
            grown = growth(results, metric, names[0], names[-1])
            if grown is not None:
                results[f"{metric}_growth_{names[0]}_to_{names[-1]}"] = {**grown, "target": 1.1}
    measure_exports(results, max(5, repeat // 3), workdir)
    measure_imports(results, max(5, repeat // 3), workdir)
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
    shutil.rmtree(workdir, ignore_errors=True)  # a district's carnet and its copies: hundreds of MB
    return 0


if __name__ == "__main__":
    sys.exit(main())
