"""From a carnet to report data: the one place that decides what the documents say.

The renderers in ``exports`` only draw; here the period's synthesis (the same rules as
the app and the command line), the previous period's steps, the fluency targets, the need
groups, the pseudonyms and the wording of the objectives are decided, then handed over as
plain data.

Fluency: only the programme's end-of-year figures are official targets; the line between
September and June is a « repère estimé (non officiel) » (``progression.fluency``), and the
data says which is which so that no document can print an estimate as an « objectif ».
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, get_args

from exports.report import (
    ClassGrid,
    FluencyPoint,
    FluencyRow,
    FluencyShortfall,
    FluencyTarget,
    GridRow,
    Mark,
    NeedGroup,
    NeedGroupMember,
    PeriodGrid,
    PeriodReport,
    PupilReport,
    ReportHeader,
    ReportItem,
    StepStyle,
    Wording,
)
from progression import code_progression, reading_reports
from progression import fluency as fluency_rules
from progression.class_reading import reading_rows
from progression.errors import InvalidInputError, ProgressionError
from progression.service import CarnetService
from progression.synthesis import Rule, RuleOptions, describe_options
from progression.views import FluencyView, ItemView, PupilView, StepView, SynthesisRow
from progression.works import report_works

Progress = Callable[[int, int], None]
DEPTH = {"domain": 0, "competency": 1, "objective": 2}


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


@cache
def family_wordings() -> dict[str, str]:
    """Item code → the plain wording for families written beside the official label in the
    built-in frameworks (the carnet keeps only the official one; a teacher's own items have none)."""
    from progression.framework import builtin_frameworks

    return {item.code: item.family for spec in builtin_frameworks() for item in spec.items if item.family}


def report_item(item: ItemView) -> ReportItem:
    return ReportItem(
        code=item.code,
        label=item.label,
        kind=item.kind,  # type: ignore[arg-type]
        depth=DEPTH.get(item.kind, 2),
        grades=item.grades,
        family=family_wordings().get(item.code),
    )


WORDINGS: tuple[str, ...] = get_args(Wording)


def check_wording(value: str) -> Wording:
    if value not in WORDINGS:
        raise InvalidInputError("report.wording_unknown", value=value)
    return value  # type: ignore[return-value]


def plain_rule(options: RuleOptions) -> str:
    """How the period's steps were found, in words for families (no rule names, no weights)."""
    if options.rule is Rule.LAST or options.window == 1:
        return "c'est la dernière observation de la période qui compte"
    if options.rule is Rule.MEAN:
        return "toutes les observations de la période comptent autant"
    if options.rule is Rule.BEST:
        return "ce sont les meilleures réussites de la période qui comptent"
    if options.rule in (Rule.MODE_LOW, Rule.MODE_HIGH):
        return "c'est ce que l'élève montre le plus souvent qui compte"
    return "ce qui compte le plus, ce sont les observations les plus récentes"


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


def _targets(grade: str, start: date, *, with_prepared: bool) -> tuple[FluencyTarget, ...]:
    """The official end-of-year figures, and the September start of the estimated line towards
    the unprepared one; the prepared figure (CP) only for a pupil who read a prepared text."""
    final = fluency_rules.official_target(grade)
    targets: list[FluencyTarget] = []
    end = fluency_rules.year_end(start)
    if final is not None:
        begin = fluency_rules.expected_on(grade, start) or 0.0
        targets += [
            FluencyTarget(start, begin, f"Repère estimé en septembre ({fluency_rules.ESTIMATE_WORDING})",
                          official=False),
            FluencyTarget(end, final, f"Objectif officiel de fin de {grade} : {final:g} mots/min"),
        ]
    prepared = fluency_rules.official_target(grade, prepared=True)
    if prepared is not None and with_prepared:
        targets.append(FluencyTarget(end, prepared, f"Objectif officiel de fin de {grade}, texte préparé : "
                                                    f"{prepared:g} mots/min", prepared=True))
    return tuple(targets)


def fluency_point(measure: FluencyView, grade: str, period_label: str) -> FluencyPoint:
    """A measure with what it is compared with: the estimate for its day and the official figure,
    both for its kind of reading (prepared or not)."""
    day, prepared = measure.measured_on, measure.prepared
    return FluencyPoint(day, measure.mclm, measure.text_title, prepared=prepared, period=period_label,
                        estimate=fluency_rules.expected_on(grade, day, prepared=prepared),
                        target=fluency_rules.official_target(grade, prepared=prepared))


def _need_groups(service: CarnetService, period_index: int, pupils: Sequence[PupilView],
                 labels: dict[str, str]) -> tuple[tuple[NeedGroup, ...], bool]:
    """The groups kept with the period, else the proposal (``progression.need_groups``); and which."""
    from progression.need_groups import kept_groups, propose

    shown = {p.id for p in pupils}
    items = {i.id: i for i in service.items(include_hidden=True)}
    kept = kept_groups(service, period_index)
    if kept:
        groups = [NeedGroup(g.rank, g.label, report_item(items[g.item_id]), tuple(
            NeedGroupMember(labels[m.pupil_id], m.reason, m.placed_by_teacher)
            for m in g.members if m.pupil_id in shown)) for g in kept if g.item_id in items]
    else:
        groups = [NeedGroup(g.rank, g.label, report_item(g.competency), tuple(
            NeedGroupMember(labels[m.pupil_id], m.reason) for m in g.members if m.pupil_id in shown), g.note)
            for g in propose(service, period_index)]
    return tuple(g for g in groups if g.members), bool(kept)


def _code(found: code_progression.PupilCode | None) -> dict[str, tuple[str, ...]]:
    """What the pupil decodes and is learning of the code, for the pupil's page (nothing without marks)."""
    return {"code_decoded": found.decoded, "code_learning": found.learning} if found else {}


def build_period_report(
    service: CarnetService,
    period_index: int,
    *,
    pseudonymise: bool = False,
    pupil_ids: Sequence[str] | None = None,
    syntheses: _Syntheses | None = None,
    wording: Wording = "official",
    with_need_groups: bool = False,
) -> PeriodReport:
    """The period's report; ``wording`` says how the pupils' syntheses word the objectives;
    ``with_need_groups``: the need groups too (the class summary prints them)."""
    syntheses = syntheses or _Syntheses(service)
    period = service.period(period_index)
    klass = service.class_info()
    pupils = service.pupils_in_period(period_index)
    if pupil_ids:
        known = {p.id for p in pupils}
        unknown = [i for i in pupil_ids if i not in known]
        if unknown:
            raise InvalidInputError("report.pupil_unknown", pupil=unknown[0])
        pupils = [p for p in pupils if p.id in set(pupil_ids)]
    labels = pupil_labels(service.pupils(), pseudonymise)
    ids = [p.id for p in pupils]
    styles = {s.rank: step_style(s) for s in service.counting_steps() if s.rank is not None}
    current = syntheses.of(period_index, ids)
    previous = syntheses.of(period_index - 1, ids) if period_index > 1 else {}
    all_items = tree_order(service.items(service.grades()))
    appreciations = service.appreciations(period_index)
    measures: dict[str, list[FluencyView]] = defaultdict(list)
    year_start = service.class_info().year_starts_on  # not the readings of a past year handed over
    for m in service.fluency(ids):
        if year_start <= m.measured_on <= period.ends_on:
            measures[m.pupil_id].append(m)

    grids = reading_reports.latest_grids(service, ids, period.ends_on)
    decoding = reading_reports.latest_decoding(service, ids, period.ends_on)

    def period_of(day: date) -> str:
        found = service.period_of(day)  # a holiday between two periods belongs to none
        return found.label if found is not None else ""

    works_read = report_works(service, period, pupils)
    reports = []
    shortfalls = []
    progression = code_progression.units(service)
    codes = code_progression.pupil_codes(service, ids, period.ends_on, progression) if progression else {}
    for pupil in pupils:
        items = [i for i in all_items if pupil.grade in i.grades]
        marks = {
            i.code: _mark(current.get(pupil.id, {}).get(i.code), previous.get(pupil.id, {}).get(i.code), styles)
            for i in items
        }
        points = tuple(fluency_point(m, pupil.grade, period_of(m.measured_on)) for m in measures[pupil.id])
        reports.append(
            PupilReport(
                key=pupil.id,
                label=labels[pupil.id],
                grade=pupil.grade,
                items=tuple(report_item(i) for i in items),
                marks=marks,
                fluency=points,
                fluency_target=_targets(pupil.grade, klass.year_starts_on,
                                        with_prepared=any(m.prepared for m in measures[pupil.id])),
                appreciation=appreciations.get(pupil.id, ""),
                **_code(codes.get(pupil.id)),
                grids=grids.get(pupil.id, ()),
                decoding=decoding.get(pupil.id, ()),
                works=works_read.get(pupil.id),
            )
        )
        latest = measures[pupil.id][-1] if measures[pupil.id] else None
        if latest is not None and latest.measured_on >= period.starts_on:
            day, prepared = latest.measured_on, latest.prepared
            expected = fluency_rules.expected_on(pupil.grade, day, prepared=prepared)
            if fluency_rules.position(pupil.grade, day, latest.mclm, prepared=prepared) == "below" and expected:
                shortfalls.append(FluencyShortfall(
                    labels[pupil.id], pupil.grade, latest.mclm, expected, day,
                    official_mclm=fluency_rules.official_target(pupil.grade, prepared=prepared), prepared=prepared,
                ))
    need_groups, kept = _need_groups(service, period_index, pupils, labels) if with_need_groups else ((), False)
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
        rule_plain=plain_rule(service.rule_options()),
        previous_period_label=service.period(period_index - 1).label if period_index > 1 else None,
        year_start=klass.year_starts_on,
        year_end=klass.year_ends_on,
    )
    return PeriodReport(
        header=header,
        scale=tuple(step_style(s) for s in sorted(service.steps(), key=lambda s: (not s.counts, s.position))),
        items=tuple(report_item(i) for i in all_items),
        pupils=tuple(reports),
        need_groups=need_groups,
        need_groups_kept=kept,
        fluency_below_target=tuple(shortfalls),
        wording=wording,
        grades=tuple(service.grades()),
        reading=reading_rows(reports, progression, period.ends_on),
    )


def build_class_grid(service: CarnetService, up_to_period: int, *, pseudonymise: bool = False) -> ClassGrid:
    """Every period from the first to ``up_to_period``: a sheet per period and grade in the spreadsheet."""
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
                reading=report.reading,
            )
        )
    fluency = tuple(FluencyRow(p.label, p.grade, p.fluency) for p in last.pupils if p.fluency)
    return ClassGrid(header=last.header, scale=last.scale, periods=tuple(periods), fluency=fluency,
                     grades=tuple(service.grades()))


@contextmanager
def export_errors() -> Iterator[None]:
    """A renderer's refusal (exports cannot import the core) as the core's own error."""
    from exports.errors import ExportError

    try:
        yield
    except ExportError as error:
        raise ProgressionError(str(error)) from error


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
    lsu: dict[str, Any] | None = None,
    wording: str = "family",
) -> list[Path]:
    """Write one export; every file appears whole or not at all.

    ``lsu``: the options of ``progression.lsu.build_lsu_export`` for this LSU file (UAI, director,
    teacher, schema revision, principal elements, general appreciation); the carnet's settings
    and the defaults otherwise. ``wording``: how the pupils' syntheses (``pdf``) word the
    objectives, « family » (the default: they go to families) or « official ».
    """
    from progression.validation import check_output_path

    out = Path(out)
    check_output_path(out, service.carnet.path)
    chosen_wording = check_wording(wording)
    with export_errors():
        if fmt == "lsu":
            from progression.lsu import export_lsu

            return [export_lsu(service, period_index, out, **(lsu or {})).path]
        if fmt == "pdf":
            from exports.pdf import write_pupil_syntheses, write_pupil_syntheses_per_file

            report = build_period_report(service, period_index, pseudonymise=pseudonymise, pupil_ids=pupil_ids,
                                         wording=chosen_wording)
            if per_pupil:
                return write_pupil_syntheses_per_file(report, out, progress=progress)
            return [write_pupil_syntheses(report, out, progress=progress)]
        if fmt == "class-pdf":
            from exports.pdf import write_class_summary

            report = build_period_report(service, period_index, pseudonymise=pseudonymise, with_need_groups=True)
            return [write_class_summary(report, out, progress=progress)]
        if fmt in ("xlsx", "csv"):
            grid = build_class_grid(service, period_index, pseudonymise=pseudonymise)
            if fmt == "xlsx":
                from exports.xlsx import write_class_grid

                return [write_class_grid(grid, out, progress=progress)]
            from exports.csv import write_class_grid_csv

            return [write_class_grid_csv(grid, out, progress=progress)]
    raise InvalidInputError("export.format_unknown", format=fmt)


def cmd_export(args: argparse.Namespace) -> int:
    from progression.service import CarnetService

    # Reads only: works while the app is open, and reads no more of the file than the export needs.
    service = CarnetService.open(Path(args.carnet), lock=False, full_check=False, auto_backup=False)
    try:
        if args.format == "lsu":
            from progression.lsu import describe, export_lsu
            from progression.validation import check_output_path

            out = Path(args.out)
            check_output_path(out, service.carnet.path)
            elements = args.lsu_elements.split(",") if args.lsu_elements is not None else None
            with export_errors():
                written = export_lsu(service, args.period, out, uai=args.uai, director=args.directeur,
                                     teacher=args.enseignant, revision=args.lsu_schema, elements=elements,
                                     general_appreciation=args.appreciation_generale)
            print("\n".join(describe(written)))
            return 0
        paths = export(
            service,
            args.period,
            args.format,
            Path(args.out),
            pseudonymise=args.pseudonymise,
            pupil_ids=args.pupil,
            per_pupil=args.per_pupil,
            wording=args.wording,
        )
    finally:
        service.close()
    for path in paths:
        print(f"Écrit : {path}")
    return 0
