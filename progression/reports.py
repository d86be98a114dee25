"""From a carnet to report data: the one place that decides what the documents say.

The renderers in ``exports`` only draw; here the period's synthesis (the same rules as
the app and the command line), the previous period's steps, the fluency targets, the need
groups and the pseudonyms are decided, then handed over as plain data.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from exports.report import (
    ClassGrid,
    FluencyPoint,
    FluencyRow,
    FluencyShortfall,
    FluencyTarget,
    GridRow,
    Mark,
    NeedGroup,
    PeriodGrid,
    PeriodReport,
    PupilReport,
    ReportHeader,
    ReportItem,
    StepStyle,
)
from progression import fluency as fluency_rules
from progression.errors import InvalidInputError, ProgressionError
from progression.service import CarnetService
from progression.synthesis import describe_options
from progression.views import ItemView, PupilView, StepView, SynthesisRow

Progress = Callable[[int, int], None]
DEPTH = {"domain": 0, "competency": 1, "objective": 2}
UNMET_RANK = 2  # steps 1 and 2 (non atteints, partiellement atteints) call for support
MAX_NEED_GROUPS = 12


def step_style(step: StepView) -> StepStyle:
    return StepStyle(
        rank=step.rank,
        short=step.short,
        label=step.label,
        color=step.color,
        symbol=step.symbol,
        counts=step.counts,
        value=step.value,
    )


def tree_order(items: Sequence[ItemView]) -> list[ItemView]:
    """Domain, then each competency followed by its objectives: the order a report reads in."""
    by_parent: dict[str | None, list[ItemView]] = defaultdict(list)
    codes = {i.code for i in items}
    for item in items:
        parent = item.parent_code if item.parent_code in codes else None
        by_parent[parent].append(item)
    ordered: list[ItemView] = []

    def walk(parent: str | None) -> None:
        for child in sorted(by_parent.get(parent, []), key=lambda i: i.position):
            ordered.append(child)
            walk(child.code)

    walk(None)
    return ordered


def report_item(item: ItemView) -> ReportItem:
    return ReportItem(
        code=item.code,
        label=item.label,
        kind=item.kind,  # type: ignore[arg-type]
        depth=DEPTH.get(item.kind, 2),
        grades=item.grades,
    )


def pupil_labels(pupils: Sequence[PupilView], pseudonymise: bool) -> dict[str, str]:
    if pseudonymise:
        return {p.id: f"Élève {n:02d}" for n, p in enumerate(pupils, start=1)}
    return {p.id: f"{p.first_name} {p.last_name}" for p in pupils}


PeriodMarks = dict[str, dict[str, SynthesisRow]]  # pupil id → item code → synthesis row


class _Syntheses:
    """Each period's synthesis computed once for a document: a period's report also shows the
    previous period's marks, so a class grid over N periods would otherwise compute 2N − 1."""

    def __init__(self, service: CarnetService) -> None:
        self._service = service
        self._done: dict[tuple[int, frozenset[str]], PeriodMarks] = {}

    def of(self, period_index: int, pupil_ids: list[str]) -> PeriodMarks:
        key = (period_index, frozenset(pupil_ids))
        if key not in self._done:
            rows: PeriodMarks = defaultdict(dict)
            for row in self._service.synthesis(period_index, pupil_ids=pupil_ids):
                rows[row.pupil_id][row.item_code] = row
            self._done[key] = rows
        return self._done[key]


def _mark(row: SynthesisRow | None, previous: SynthesisRow | None, styles: dict[int, StepStyle]) -> Mark:
    if row is None or row.rank is None:
        return Mark(step=None, previous=styles.get(previous.rank) if previous and previous.rank else None)
    return Mark(
        step=styles[row.rank],
        overridden=row.overridden,
        score=row.score,
        previous=styles.get(previous.rank) if previous and previous.rank else None,
    )


def _targets(grade: str, start: date) -> tuple[FluencyTarget, ...]:
    final = fluency_rules.year_end_target(grade)
    if final is None:
        return ()
    end = date(start.year + 1, 6, 30)
    begin = fluency_rules.expected_on(grade, start) or 0.0
    return (
        FluencyTarget(start, begin, "Repère de début d'année (non officiel)"),
        FluencyTarget(end, final, f"Objectif de fin de {grade} : {final:g} mots par minute"),
    )


def _need_groups(
    pupils: Sequence[PupilView],
    marks: PeriodMarks,
    items: dict[str, ItemView],
    labels: dict[str, str],
) -> tuple[NeedGroup, ...]:
    """Pupils who share the same unmet objectives (steps 1–2 this period).

    Objectives whose unmet pupils are exactly the same form one group; the largest groups
    (pupils × objectives) come first. Single pupils are left to individual help.
    """
    unmet: dict[str, set[str]] = defaultdict(set)
    for pupil in pupils:
        for code, row in marks.get(pupil.id, {}).items():
            item = items.get(code)
            if item and item.kind == "objective" and row.rank is not None and row.rank <= UNMET_RANK:
                unmet[code].add(pupil.id)
    by_set: dict[frozenset[str], list[str]] = defaultdict(list)
    for code, who in unmet.items():
        if len(who) >= 2:
            by_set[frozenset(who)].append(code)
    order = {p.id: n for n, p in enumerate(pupils)}
    groups = sorted(by_set.items(), key=lambda kv: (-len(kv[0]) * len(kv[1]), sorted(kv[1])))
    return tuple(
        NeedGroup(
            items=tuple(report_item(items[c]) for c in sorted(codes, key=lambda c: items[c].position)),
            pupils=tuple(labels[p] for p in sorted(who, key=order.__getitem__)),
        )
        for who, codes in groups[:MAX_NEED_GROUPS]
    )


def build_period_report(
    service: CarnetService,
    period_index: int,
    *,
    pseudonymise: bool = False,
    pupil_ids: Sequence[str] | None = None,
    syntheses: _Syntheses | None = None,
) -> PeriodReport:
    syntheses = syntheses or _Syntheses(service)
    period = service.period(period_index)
    klass = service.class_info()
    pupils = service.pupils_in_period(period_index)
    if pupil_ids:
        known = {p.id for p in pupils}
        unknown = [i for i in pupil_ids if i not in known]
        if unknown:
            raise InvalidInputError(f"Élève « {unknown[0]} » inconnu dans cette classe pour cette période.")
        pupils = [p for p in pupils if p.id in set(pupil_ids)]
    labels = pupil_labels(service.pupils(), pseudonymise)
    ids = [p.id for p in pupils]
    styles = {s.rank: step_style(s) for s in service.counting_steps() if s.rank is not None}
    current = syntheses.of(period_index, ids)
    previous = syntheses.of(period_index - 1, ids) if period_index > 1 else {}
    all_items = tree_order(service.items(service.grades()))
    items_by_code = {i.code: i for i in all_items}
    appreciations = service.appreciations(period_index)
    measures = defaultdict(list)
    for m in service.fluency(ids):
        if m.measured_on <= period.ends_on:
            measures[m.pupil_id].append(m)

    reports = []
    shortfalls = []
    for pupil in pupils:
        items = [i for i in all_items if pupil.grade in i.grades]
        marks = {
            i.code: _mark(current.get(pupil.id, {}).get(i.code), previous.get(pupil.id, {}).get(i.code), styles)
            for i in items
        }
        points = tuple(FluencyPoint(m.measured_on, m.mclm, m.text_title) for m in measures[pupil.id])
        reports.append(
            PupilReport(
                key=pupil.id,
                label=labels[pupil.id],
                grade=pupil.grade,
                items=tuple(report_item(i) for i in items),
                marks=marks,
                fluency=points,
                fluency_target=_targets(pupil.grade, klass.year_starts_on),
                appreciation=appreciations.get(pupil.id, ""),
            )
        )
        latest = measures[pupil.id][-1] if measures[pupil.id] else None
        if latest is not None and latest.measured_on >= period.starts_on:
            expected = fluency_rules.expected_on(pupil.grade, latest.measured_on)
            if fluency_rules.position(pupil.grade, latest.measured_on, latest.mclm) == "below" and expected:
                shortfalls.append(
                    FluencyShortfall(labels[pupil.id], pupil.grade, latest.mclm, expected, latest.measured_on)
                )
    header = ReportHeader(
        school=klass.school,
        class_label=klass.label,
        teacher=klass.teacher,
        year_label=klass.year_label,
        period_label=period.label,
        period_index=period.index,
        period_start=period.starts_on,
        period_end=period.ends_on,
        generated_on=date.today(),
        rule_label=describe_options(service.rule_options()),
        previous_period_label=service.period(period_index - 1).label if period_index > 1 else None,
        year_start=klass.year_starts_on,
        year_end=klass.year_ends_on,
    )
    return PeriodReport(
        header=header,
        scale=tuple(step_style(s) for s in sorted(service.steps(), key=lambda s: (not s.counts, s.position))),
        items=tuple(report_item(i) for i in all_items),
        pupils=tuple(reports),
        need_groups=_need_groups(pupils, current, items_by_code, labels),
        fluency_below_target=tuple(shortfalls),
    )


def build_class_grid(service: CarnetService, up_to_period: int, *, pseudonymise: bool = False) -> ClassGrid:
    """Every period from the first to ``up_to_period``: one sheet each in the spreadsheet."""
    syntheses = _Syntheses(service)
    reports = [build_period_report(service, index, pseudonymise=pseudonymise, syntheses=syntheses)
               for index in range(1, up_to_period + 1)]
    last = reports[-1]
    periods = []
    for report in reports:
        objectives = tuple(i for i in report.items if i.kind == "objective")
        periods.append(
            PeriodGrid(
                label=report.header.period_label,
                items=objectives,
                rows=tuple(GridRow(p.label, p.grade, p.marks) for p in report.pupils),
            )
        )
    fluency = tuple(FluencyRow(p.label, p.grade, p.fluency) for p in last.pupils if p.fluency)
    return ClassGrid(header=last.header, scale=last.scale, periods=tuple(periods), fluency=fluency)


def export(
    service: CarnetService,
    period_index: int,
    fmt: str,
    out: Path,
    *,
    pseudonymise: bool = False,
    pupil_ids: Sequence[str] | None = None,
    per_pupil: bool = False,
    progress: Progress | None = None,
    lsu: dict[str, str | None] | None = None,
) -> list[Path]:
    """Write one export; every file appears whole or not at all. ``lsu``: the UAI, director and
    teacher for this LSU file (``progression.lsu.build_lsu_export``), else the carnet's."""
    from exports.errors import ExportError
    from progression.validation import check_output_path

    out = Path(out)
    check_output_path(out, service.carnet.path)
    try:
        if fmt == "lsu":
            from progression.lsu import export_lsu

            return [export_lsu(service, period_index, out, **(lsu or {}))]
        if fmt == "pdf":
            from exports.pdf import write_pupil_syntheses, write_pupil_syntheses_per_file

            report = build_period_report(service, period_index, pseudonymise=pseudonymise, pupil_ids=pupil_ids)
            if per_pupil:
                return write_pupil_syntheses_per_file(report, out, progress=progress)
            return [write_pupil_syntheses(report, out, progress=progress)]
        if fmt == "class-pdf":
            from exports.pdf import write_class_summary

            report = build_period_report(service, period_index, pseudonymise=pseudonymise)
            return [write_class_summary(report, out, progress=progress)]
        if fmt in ("xlsx", "csv"):
            grid = build_class_grid(service, period_index, pseudonymise=pseudonymise)
            if fmt == "xlsx":
                from exports.xlsx import write_class_grid

                return [write_class_grid(grid, out, progress=progress)]
            from exports.csv import write_class_grid_csv

            return [write_class_grid_csv(grid, out, progress=progress)]
    except ExportError as error:
        raise ProgressionError(str(error)) from error
    raise InvalidInputError(f"Format « {fmt} » inconnu : pdf, class-pdf, xlsx, csv ou lsu.")


def cmd_export(args: argparse.Namespace) -> int:
    from progression.service import CarnetService

    service = CarnetService.open(Path(args.carnet), lock=False)  # reads only: works while the app is open
    try:
        paths = export(
            service,
            args.period,
            args.format,
            Path(args.out),
            pseudonymise=args.pseudonymise,
            pupil_ids=args.pupil,
            per_pupil=args.per_pupil,
            lsu={"uai": args.uai, "director": args.directeur, "teacher": args.enseignant},
        )
    finally:
        service.close()
    for path in paths:
        print(f"Écrit : {path}")
    return 0
