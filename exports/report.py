"""Plain report data handed to the renderers: what to print, already decided by the core.

Everything here is frozen data with no behaviour beyond small read-only helpers, so the
core can build it in a worker thread and the renderers can be tested without a carnet.
Rules (syntheses, need groups, who is below the fluency target) are the caller's job;
the renderers only print what they are given. Sequences are tuples so that a report
cannot change while it is being drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ItemKind = Literal["domain", "competency", "objective"]
Change = Literal["up", "down", "same", "new"]
# Which wording of the objectives a document prints: the programme's own (for the school, the
# inspector, LSU) or the plain one written for families beside it in the framework data.
Wording = Literal["official", "family"]


@dataclass(frozen=True)
class StepStyle:
    """One step of the positioning scale, as it must look on paper and on screen."""

    rank: int | None  # 1, 2, 3… from lowest to highest; None for marks off the scale (absent…)
    short: str  # short label printed in cells, e.g. "Atteints"
    label: str  # full label for legends, e.g. "Objectifs d'apprentissage atteints"
    color: str  # fill colour "#RRGGBB"; the text colour on it is chosen by contrast
    symbol: str  # one or two characters readable in black and white, e.g. "●"
    counts: bool = True  # False for marks that never enter a synthesis (absent, non évalué)
    value: int | None = None  # 0–100 used by the rules; None when the step does not count


@dataclass(frozen=True)
class Mark:
    """A pupil's position on one item for the period."""

    step: StepStyle | None  # the period's step; None = non évalué (nothing observed)
    overridden: bool = False  # True when the step is the teacher's decision, not the rule's
    previous: StepStyle | None = None  # step of the previous period, None if none was given
    score: int | None = None  # 0–100 computed by the rule, None if not computed

    @property
    def change(self) -> Change | None:
        """Movement since the previous period; None when there is nothing to compare."""
        if self.step is None or self.step.rank is None or not self.step.counts:
            return None
        before = self.previous
        if before is None or before.rank is None or not before.counts:
            return "new"
        if self.step.rank > before.rank:
            return "up"
        if self.step.rank < before.rank:
            return "down"
        return "same"


NOT_EVALUATED = Mark(step=None)


@dataclass(frozen=True)
class ReportItem:
    """One node of the framework tree, in display order (a domain, then its competencies…)."""

    code: str  # stable item code, e.g. "CE1.LEC.2.1"; short enough for a column header
    label: str  # full label, any length; wrapped when printed, never cut
    kind: ItemKind  # "domain", "competency" or "objective"
    depth: int  # 0 for a domain, 1 for a competency, 2 for an objective (indentation)
    grades: tuple[str, ...] = ()  # grades the item applies to ("CE1", …); empty = every grade
    family: str | None = None  # plain wording for parents (not official); None: the label is used

    def applies_to(self, grade: str) -> bool:
        """Whether a pupil of ``grade`` is positioned on this item."""
        return not self.grades or grade in self.grades

    def wording(self, which: Wording) -> str:
        """The label to print: the family wording when asked for and written, else the official one."""
        return (self.family or self.label) if which == "family" else self.label


@dataclass(frozen=True)
class FluencyPoint:
    """One fluency measure."""

    when: date  # day of the measure
    mclm: float  # words read correctly per minute
    text: str = ""  # title of the text read, may be empty
    prepared: bool = False  # the pupil had prepared the text (compared with prepared targets only)
    period: str = ""  # label of the period the measure falls in, e.g. "Période 2"
    estimate: float | None = None  # repère estimé (non officiel) for that day and kind of reading
    target: float | None = None  # the programme's end-of-year figure for that kind of reading


@dataclass(frozen=True)
class FluencyTarget:
    """A point of the grade's expected fluency line.

    Only the programme's end-of-year figures are ``official``; every other point (the line's
    start in September) is an estimate, and every document says « repère estimé (non officiel) »
    for the line between them.
    """

    when: date  # when the figure applies, e.g. end of the school year
    mclm: float  # expected words read correctly per minute
    label: str = ""  # wording for the legend, e.g. "Objectif officiel de fin de CE1"
    official: bool = True  # False for an estimated point of the repère line
    prepared: bool = False  # for a prepared text (CP: 50 after preparation)


@dataclass(frozen=True)
class GridReport:
    """A pupil's latest reading aloud or comprehension grid, as printed on the synthesis."""

    title: str  # « Lecture à voix haute », « Compréhension »
    when: date  # day of the grid
    levels: tuple[tuple[str, int], ...]  # (criterion, level 1 to 4), in the grid's order
    text: str = ""  # title of the text read, may be empty
    prepared: bool = False  # the pupil had prepared the text


@dataclass(frozen=True)
class DecodingReport:
    """A pupil's latest timed reading of syllables or pseudo-words (decoding, never fluency)."""

    what: str  # « Syllabes », « Pseudo-mots »
    when: date
    per_minute: float  # read correctly per minute
    unit: str  # « syllabes/min », « pseudo-mots/min »


@dataclass(frozen=True)
class PupilReport:
    """Everything printed on one pupil's synthesis."""

    key: str  # stable identifier (pupil UUID) used to select pupils; never printed
    label: str  # full name, or "Élève 01" when the report is pseudonymised
    grade: str  # "CE1", "CE2"…
    items: tuple[ReportItem, ...]  # items of the pupil's grade, in display order
    marks: Mapping[str, Mark] = field(default_factory=dict)  # item code → mark; missing = non évalué
    fluency: tuple[FluencyPoint, ...] = ()  # measures of the school year so far, any order
    fluency_target: tuple[FluencyTarget, ...] = ()  # the grade's expected fluency, may be empty
    appreciation: str = ""  # teacher's free text for the period; empty leaves room to write
    code_decoded: tuple[str, ...] = ()  # correspondences the pupil decodes (« ch [ʃ] »), in the class's order
    code_learning: tuple[str, ...] = ()  # correspondences marked but not decoded yet
    grids: tuple[GridReport, ...] = ()  # the latest grid of each kind up to the period's end
    decoding: tuple[DecodingReport, ...] = ()  # the latest syllables and pseudo-words readings
    works: WorksRead | None = None  # works read in the period and the year's count; None prints nothing

    def mark(self, code: str) -> Mark:
        """The pupil's mark on ``code``; non évalué when the caller gave none."""
        return self.marks.get(code, NOT_EVALUATED)


@dataclass(frozen=True)
class ReportHeader:
    """Who, where and when: printed at the top of every document."""

    school: str  # school name, e.g. "École Jules-Ferry, Lyon"
    class_label: str  # class name, e.g. "CE1-CE2 B"
    teacher: str  # teacher(s) as they sign, e.g. "Mme Martin"
    year_label: str  # school year, e.g. "2026-2027"
    period_label: str  # e.g. "Période 2"
    period_index: int  # 1-based index of the period within the year
    period_start: date  # first day of the period
    period_end: date  # last day of the period
    generated_on: date  # date printed as "Édité le …"
    rule_label: str = ""  # how steps were computed, in French, e.g. "moyenne pondérée"
    rule_plain: str = ""  # the same in words for families, e.g. « ce qui compte le plus… »
    previous_period_label: str | None = None  # e.g. "Période 1"; None hides the change column
    year_start: date | None = None  # first day of the school year (fluency chart's x axis)
    year_end: date | None = None  # last day of the school year (fluency chart's x axis)


@dataclass(frozen=True)
class NeedGroupMember:
    """A pupil of a need group and why he is there."""

    pupil: str  # pupil label, as printed elsewhere in the report
    reason: str  # the objectives not met on the group's competency, in words
    placed_by_teacher: bool = False  # moved there by the teacher, not by the proposal


@dataclass(frozen=True)
class NeedGroup:
    """Pupils who need help on one competency: each pupil is in one group per competency."""

    rank: int  # 1 = the greatest need of the period
    label: str  # e.g. « Groupe 1 · Comprendre un texte »
    competency: ReportItem  # the competency the group works on
    members: tuple[NeedGroupMember, ...]  # in the class list's order
    note: str = ""  # e.g. why the group is smaller than 3

    @property
    def pupils(self) -> tuple[str, ...]:
        return tuple(member.pupil for member in self.members)


@dataclass(frozen=True)
class FluencyShortfall:
    """A pupil whose latest fluency measure is well below the repère estimé for its date."""

    pupil: str  # pupil label
    grade: str  # pupil's grade
    latest_mclm: float  # latest measure
    estimate_mclm: float  # repère estimé (non officiel) on the day of the measure
    measured_on: date | None = None  # day of the latest measure
    official_mclm: float | None = None  # the programme's end-of-year figure for that kind of reading
    prepared: bool = False  # the latest measure was on a prepared text


@dataclass(frozen=True)
class PeriodReport:
    """One class for one period: input of the pupil syntheses and the class summary."""

    header: ReportHeader  # printed at the top of every page
    scale: tuple[StepStyle, ...]  # every step, counting ones first from lowest rank (legend order)
    items: tuple[ReportItem, ...]  # every item of the class (all grades), in display order
    pupils: tuple[PupilReport, ...]  # in print order
    need_groups: tuple[NeedGroup, ...] = ()  # need groups, printed on the class summary
    need_groups_kept: bool = False  # the teacher kept them with the period; False: the core's proposal
    fluency_below_target: tuple[FluencyShortfall, ...] = ()  # printed on the class summary
    wording: Wording = "official"  # how the pupils' syntheses word the objectives
    grades: tuple[str, ...] = ()  # the class's grades in the school's order (CP before CE1…)
    reading: tuple[ReadingRow, ...] = ()  # works, grids and code per pupil, for the class summary


@dataclass(frozen=True)
class GridRow:
    """One pupil's line of a period grid."""

    pupil: str  # pupil label
    grade: str  # pupil's grade; items that do not apply to it stay blank
    marks: Mapping[str, Mark] = field(default_factory=dict)  # item code → mark; missing = non évalué

    def mark(self, code: str) -> Mark:
        """The pupil's mark on ``code``; non évalué when the caller gave none."""
        return self.marks.get(code, NOT_EVALUATED)


@dataclass(frozen=True)
class PeriodGrid:
    """Pupils × items for one period."""

    label: str  # period label, e.g. "Période 1"; also the sheet name
    items: tuple[ReportItem, ...]  # columns, in display order (usually the objectives)
    rows: tuple[GridRow, ...]  # one row per pupil, in display order
    reading: tuple[ReadingRow, ...] = ()  # works, grids and code per pupil up to the period's end


@dataclass(frozen=True)
class FluencyRow:
    """A pupil's fluency measures over the year."""

    pupil: str  # pupil label
    grade: str  # pupil's grade
    measures: tuple[FluencyPoint, ...] = ()  # any order; written oldest first


@dataclass(frozen=True)
class ClassGrid:
    """The class over several periods: input of the xlsx and CSV exports."""

    header: ReportHeader  # header of the latest period included
    scale: tuple[StepStyle, ...]  # every step, as in PeriodReport.scale
    periods: tuple[PeriodGrid, ...]  # oldest first
    fluency: tuple[FluencyRow, ...] = ()  # one row per pupil having measures
    grades: tuple[str, ...] = ()  # the class's grades in the school's order (CP before CE1…)


def in_school_order(grades: Iterable[str], school_order: Sequence[str]) -> list[str]:
    """Each of ``grades`` once, in the school's order (CP before CE1) where it gives one, then
    the others as they come."""
    present = list(dict.fromkeys(grades))
    ordered = [grade for grade in school_order if grade in present]
    return ordered + [grade for grade in present if grade not in ordered]


def not_evaluated_step(scale: Sequence[StepStyle]) -> StepStyle | None:
    """The scale's own « non évalué » step, if it has one; marks with no step are counted as it."""
    for step in scale:
        if not step.counts and step.short.strip().casefold() == "non évalué":
            return step
    return None


def counting_steps(scale: tuple[StepStyle, ...]) -> tuple[StepStyle, ...]:
    """Steps on the scale proper, lowest rank first."""
    ranked = [step for step in scale if step.counts and step.rank is not None]
    return tuple(sorted(ranked, key=lambda step: step.rank or 0))


@dataclass(frozen=True)
class WorkRead:
    """A work a pupil read, as printed in the period's synthesis."""

    title: str
    author: str  # may be empty
    kind: str  # in words: « album », « bande dessinée »…
    mode: str  # in words: « lu seul », « lu avec aide », « lu à voix haute par l'enseignant(e) »
    when: date
    response: str = ""  # what the pupil said of it, a short note; may be empty


@dataclass(frozen=True)
class WorksRead:
    """A pupil's works read: those of the period, and the year's count against the programme."""

    in_period: tuple[WorkRead, ...] = ()  # oldest first
    year_count: int = 0  # different works read since the start of the year, up to the period's end
    programme: str = ""  # « repère du programme en CE1 : 5 à 10 œuvres dans l'année »; empty: none known
    kinds: tuple[str, ...] = ()  # kinds covered this year, in words


@dataclass(frozen=True)
class ReadingRow:
    """One pupil's reading beyond the grid up to the period's end, for the class documents."""

    pupil: str  # pupil label
    grade: str
    works_read: int | None = None  # different works read since the start of the year; None: no reading list
    works_figure: str = ""  # the programme's figure for the grade, « 5 à 10 », « au moins 7 »; empty: none
    prosody: float | None = None  # mean level (1 to 4) of the latest reading aloud grid; None: no grid
    prosody_on: date | None = None
    comprehension: float | None = None  # mean level (1 to 4) of the latest comprehension grid
    comprehension_on: date | None = None
    code_known: int | None = None  # correspondences the pupil decodes; None: no code marks
    code_taught: int = 0  # correspondences taught to the class by the period's end
    code_total: int = 0  # correspondences of the class's progression

    @property
    def empty(self) -> bool:
        return self.works_read is None and self.prosody is None and self.comprehension is None \
            and self.code_known is None
