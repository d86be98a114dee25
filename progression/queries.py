"""Reading a carnet: reference data kept until an operation says it changed, and the records.

``CarnetQueries`` is the read half of ``CarnetService``: the scale, items, periods, class,
pupils and settings are read once and cached (a class is read at every key press of the grid
otherwise), then dropped by ``invalidate`` when an operation's ``Changes`` name their part; the
records (observations, decisions, appreciations, fluency) are read when asked, with Core
statements returning plain views (``progression.views``). The checks every typed value goes
through are here too: operations call them (``operations.CarnetContext``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cached_property

from sqlalchemy import ColumnElement, func, select

from progression import settings as settings_codec
from progression.carnet import Carnet
from progression.carnet_connections import driver
from progression.changes import Changes, Part
from progression.errors import InvalidInputError, ProgressionError
from progression.fluency import mclm
from progression.framework import FrameworkSpec, ItemSpec
from progression.grades import GRADES, grade_list
from progression.names import match_key
from progression.scales import ABSENT_WORDS, STEP_SYNONYMS, STEP_WORDS
from progression.schema import (
    Appreciation,
    ClassGroup,
    CodeMark,
    FluencyMeasure,
    Framework,
    FrameworkItem,
    Observation,
    Period,
    ReadingGrid,
    Scale,
    ScaleStep,
    Setting,
    SynthesisOverride,
)
from progression.settings import CarnetSettings
from progression.synthesis import Thresholds, default_thresholds, thresholds_from_bounds
from progression.views import (
    ClassInfo,
    FluencyView,
    ItemView,
    ObservationView,
    PeriodView,
    PupilView,
    ReadingGridView,
    StepView,
)

# The cached reference data each part of a change makes stale.
_CACHED = {
    Part.PUPILS: ("_pupils", "_pupil_index"),
    Part.ITEMS: ("_items", "_item_index", "parent_of"),
    Part.SETTINGS: ("settings", "_steps", "thresholds"),
    Part.CLASS: ("_class_info", "_periods"),
    Part.CODE: ("held",),
    Part.READING_GRIDS: ("held",),
}




class CarnetQueries:
    def __init__(self, carnet: Carnet) -> None:
        self.carnet = carnet

    def invalidate(self, changes: Changes) -> None:
        """Drop what ``changes`` made stale; it is read again when next asked for."""
        for part, names in _CACHED.items():
            if part in changes.parts:
                for name in names:
                    self.__dict__.pop(name, None)

    def forget_cached(self) -> None:
        """Drop every cached read (after a merge, a sync, an erasure: anything may have changed)."""
        for names in _CACHED.values():
            for name in names:
                self.__dict__.pop(name, None)

    @cached_property
    def held(self) -> frozenset[str]:
        """Which of « code_mark », « reading_grid » the carnet holds at all: a class that keeps none
        pays nothing for them in each synthesis."""
        mark, grid = CodeMark.__table__.c, ReadingGrid.__table__.c
        with self.carnet.reading() as connection:
            row = connection.execute(select(
                select(mark.id).where(mark.deleted_at.is_(None)).exists(),
                select(grid.id).where(grid.deleted_at.is_(None)).exists(),
            )).one()
        return frozenset(name for name, held in zip(("code_mark", "reading_grid"), row, strict=True) if held)

    # ------------------------------------------------------------ reference data (cached)

    @cached_property
    def settings(self) -> CarnetSettings:
        table = Setting.__table__.c
        with self.carnet.reading() as connection:
            stored = {key: value for key, value in connection.execute(select(table.key, table.value))}
        return settings_codec.decode(stored)

    @cached_property
    def _class_info(self) -> ClassInfo:
        with self.carnet.reading() as connection:
            row = driver(connection).execute(_CLASS_INFO).fetchone()
        if row is None:
            raise ProgressionError("carnet.no_class")
        class_id, label, school, teacher, year_label, starts_on, ends_on, onde_class_id = row
        return ClassInfo(class_id, label, school, teacher, year_label, date.fromisoformat(starts_on),
                         date.fromisoformat(ends_on), onde_class_id)

    def class_info(self) -> ClassInfo:
        return self._class_info

    @cached_property
    def _periods(self) -> tuple[PeriodView, ...]:
        period, klass = Period.__table__.c, ClassGroup.__table__.c
        class_id = self.class_info().id  # only this year's periods, not those of a past year handed over
        with self.carnet.reading() as connection:
            rows = connection.execute(
                select(period.id, period.index, period.label, period.starts_on, period.ends_on)
                .join_from(Period.__table__, ClassGroup.__table__, klass.year_id == period.year_id)
                .where(period.deleted_at.is_(None), klass.id == class_id)
                .order_by(period.index)
            )
            return tuple(PeriodView(*row) for row in rows)

    def periods(self) -> tuple[PeriodView, ...]:
        return self._periods

    def period(self, index: int) -> PeriodView:
        for p in self._periods:
            if p.index == index:
                return p
        raise InvalidInputError("period.unknown", index=index, count=len(self._periods))

    def period_of(self, day: date) -> PeriodView | None:
        return next((p for p in self._periods if p.contains(day)), None)

    def current_period(self, today: date | None = None) -> PeriodView:
        today = today or date.today()
        found = self.period_of(today)
        if found:
            return found
        return self._periods[0] if today < self._periods[0].starts_on else self._periods[-1]

    @cached_property
    def _steps(self) -> tuple[StepView, ...]:
        code = self.settings.scale
        scale, step = Scale.__table__.c, ScaleStep.__table__.c
        with self.carnet.reading() as connection:
            scale_id = connection.execute(
                select(scale.id).where(scale.code == code, scale.deleted_at.is_(None))
            ).scalar()
            if scale_id is None:
                raise ProgressionError("scale.missing", code=code)
            rows = connection.execute(
                select(step.id, step.position, step.rank, step.short, step.label, step.value, step.color, step.symbol,
                       step.counts)
                .where(step.scale_id == scale_id, step.deleted_at.is_(None))
                .order_by(step.position)
            )
            return tuple(StepView(*row) for row in rows)

    def steps(self) -> tuple[StepView, ...]:
        return self._steps

    def counting_steps(self) -> tuple[StepView, ...]:
        return tuple(s for s in self._steps if s.counts)

    def step(self, step_id: str) -> StepView:
        for s in self._steps:
            if s.id == step_id:
                return s
        raise InvalidInputError("step.other_scale")

    def step_by_rank(self, rank: int) -> StepView:
        for s in self._steps:
            if s.rank == rank:
                return s
        ranks = ", ".join(str(s.rank) for s in self.counting_steps())
        raise InvalidInputError("step.unknown_rank", rank=rank, ranks=ranks)

    def step_by_label(self, text: str) -> StepView:
        """A step named by its rank ("3"), its short label or symbol, loosely."""
        text = text.strip()
        if text.isdigit():
            return self.step_by_rank(int(text))
        key = match_key(text)
        for s in self._steps:
            if key in (match_key(s.short), match_key(s.label), match_key(s.symbol)):
                return s
        singular = {match_key(s.short).rstrip("s"): s for s in self._steps}  # « Atteint » for « Atteints »
        if key.rstrip("s") in singular:
            return singular[key.rstrip("s")]
        counting = [s for s in self._steps if s.counts and s.rank is not None]
        rank = STEP_SYNONYMS.get(key.rstrip("s"))
        if rank is not None and len(counting) == len(STEP_WORDS):  # a four-step scale: the usual words apply
            return self.step_by_rank(rank)
        if key.rstrip("s") in ABSENT_WORDS:
            for s in self._steps:
                if not s.counts:
                    return s
        names = ", ".join(s.short for s in self._steps)
        raise InvalidInputError("step.unknown_label", text=text, names=names)

    @cached_property
    def thresholds(self) -> Thresholds:
        pairs = [(s.rank, s.value) for s in self.counting_steps() if s.rank is not None and s.value is not None]
        custom = self.settings.thresholds
        if custom:
            try:
                return thresholds_from_bounds(sorted((int(k), float(v)) for k, v in custom.items()))
            except InvalidInputError:
                raise
            except ValueError as error:
                raise InvalidInputError(str(error)) from error
        return default_thresholds(pairs)

    @cached_property
    def _items(self) -> tuple[ItemView, ...]:
        framework, item = Framework.__table__.c, FrameworkItem.__table__.c
        with self.carnet.reading() as connection:
            frameworks = dict(connection.execute(select(framework.id, framework.code)).all())
            rows = connection.execute(
                select(FrameworkItem.__table__).where(item.deleted_at.is_(None)).order_by(item.position)
            ).all()
        codes = {r.id: r.code for r in rows}
        return tuple(
            ItemView(
                r.id,
                r.code,
                r.label,
                r.kind,
                codes.get(r.parent_id) if r.parent_id else None,
                tuple(grade_list(r.grades)),
                r.lsu_code,
                r.coefficient,
                r.timing,
                r.verified,
                r.custom,
                r.hidden,
                frameworks.get(r.framework_id, ""),
                r.position,
            )
            for r in rows
        )

    def items(self, grades: Iterable[str] | None = None, *, include_hidden: bool = False) -> list[ItemView]:
        wanted = set(grades) if grades is not None else None
        return [
            i
            for i in self._items
            if (include_hidden or not i.hidden) and (wanted is None or wanted.intersection(i.grades))
        ]

    @cached_property
    def _item_index(self) -> tuple[dict[str, ItemView], dict[str, ItemView]]:
        """Items by id and by case-folded code: imports look up thousands of them."""
        return {i.id: i for i in self._items}, {i.code.casefold(): i for i in self._items}

    @property
    def items_by_id(self) -> dict[str, ItemView]:
        return self._item_index[0]

    @cached_property
    def parent_of(self) -> dict[str, ItemView]:
        """Each item's parent (objective → competency → domain), by item id."""
        by_code = {i.code: i for i in self._items}
        return {i.id: by_code[i.parent_code] for i in self._items if i.parent_code in by_code}

    def item(self, item_id: str) -> ItemView:
        found = self._item_index[0].get(item_id)
        if found is None:
            raise InvalidInputError("item.gone")
        return found

    def item_by_code(self, code: str, *, missing_ok: bool = False) -> ItemView:
        found = self._item_index[1].get(code.strip().casefold())
        if found is not None:
            return found
        if missing_ok:
            return None  # type: ignore[return-value]
        raise InvalidInputError("item.unknown", code=code)

    def children(self, item_code: str) -> list[ItemView]:
        return [i for i in self._items if i.parent_code == item_code]

    @cached_property
    def _pupils(self) -> tuple[PupilView, ...]:
        class_id = self.class_info().id  # before the connection: read inside, it would hold a second one
        with self.carnet.reading() as connection:
            rows = driver(connection).execute(_PUPILS, (class_id,))
            views = [PupilView(row_id, last, first, birth_last, _day(born), sex, ine, grade, group, _day(arrived),
                               _day(left))
                     for row_id, last, first, birth_last, born, sex, ine, grade, group, arrived, left in rows]
        views.sort(key=lambda v: (match_key(v.last_name), match_key(v.first_name), v.id))
        return tuple(views)

    def pupils(self, grade: str | None = None, *, include_left: bool = True) -> list[PupilView]:
        return [p for p in self._pupils if (grade is None or p.grade == grade) and (include_left or p.left_on is None)]

    @cached_property
    def _pupil_index(self) -> dict[str, PupilView]:
        return {p.id: p for p in self._pupils}

    def pupil(self, pupil_id: str) -> PupilView:
        found = self._pupil_index.get(pupil_id)
        if found is None:
            raise InvalidInputError("pupil.gone")
        return found

    def pupils_in_period(self, period_index: int) -> list[PupilView]:
        """Pupils in the class at some point of the period: the screens and the reports agree on it."""
        period = self.period(period_index)
        return [p for p in self._pupils if p.in_period(period)]

    def frameworks(self) -> list[tuple[str, str, str, str]]:
        """(code, label, version, status) of each framework in the carnet, built-in or imported."""
        framework = Framework.__table__.c
        with self.carnet.reading() as connection:
            rows = connection.execute(
                select(framework.code, framework.label, framework.version, framework.status)
                .where(framework.deleted_at.is_(None))
            )
            return [(code, label, version, status) for code, label, version, status in rows]

    def grades(self) -> list[str]:
        present = {p.grade for p in self._pupils}
        return [g for g in GRADES if g in present]

    # ------------------------------------------------------------ checks (operations call them)

    def signature(self) -> dict[str, str]:
        return self.carnet.signature()

    def check_pupil_present(self, pupil_id: str, day: date) -> PupilView:
        pupil = self.pupil(pupil_id)
        if not pupil.present_on(day):
            raise InvalidInputError("pupil.absent_on", first_name=pupil.first_name, last_name=pupil.last_name,
                                    day=day)
        return pupil

    def check_date_in_year(self, day: date) -> None:
        klass = self.class_info()
        if not klass.year_starts_on <= day <= klass.year_ends_on:
            raise InvalidInputError("year.date_outside", day=day, year=klass.year_label,
                                    starts=klass.year_starts_on, ends=klass.year_ends_on)

    # ------------------------------------------------------------ observations

    def observations(
        self,
        *,
        pupil_ids: Sequence[str] | None = None,
        item_ids: Sequence[str] | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[ObservationView]:
        """Live observations, oldest first (date, then time of recording)."""
        # Plain columns, not ORM objects: the grid and the syntheses read thousands of these.
        obs = Observation.__table__.c
        query = select(
            obs.id, obs.pupil_id, obs.item_id, obs.step_id, obs.observed_on, obs.activity, obs.comment, obs.author,
            obs.created_at,
        ).where(obs.deleted_at.is_(None))
        if pupil_ids is not None:
            query = query.where(obs.pupil_id.in_(list(pupil_ids)))
        if item_ids is not None:
            query = query.where(obs.item_id.in_(list(item_ids)))
        if since is not None:
            query = query.where(obs.observed_on >= since)
        if until is not None:
            query = query.where(obs.observed_on <= until)
        query = query.order_by(obs.observed_on, obs.created_at, obs.id)
        with self.carnet.reading() as connection:
            return [ObservationView(*row) for row in connection.execute(query)]

    def observations_on(self, pupil_ids: Sequence[str], item_ids: Sequence[str], day: date) -> list[ObservationView]:
        """Live observations of these cells on one day: what a key typed on them may correct. Read on
        every key press of the grid, by the index, straight from SQLite: SQLAlchemy's handling cost
        seven times the read itself (0.16 ms of a key press's 1.1 ms). One placeholder an id: a grid
        holds a class's pupils and items, and json_each cost 45 µs more for the one cell of a key."""
        statement = _SAME_DAY.format(pupils=", ".join("?" * len(pupil_ids)), items=", ".join("?" * len(item_ids)))
        with self.carnet.reading() as connection:
            rows = driver(connection).execute(statement, (*pupil_ids, *item_ids, day.isoformat()))
            return [ObservationView(row_id, pupil, item, step, date.fromisoformat(on), activity, comment, author,
                                    datetime.fromisoformat(created))
                    for row_id, pupil, item, step, on, activity, comment, author, created in rows]

    def history(self, pupil_id: str, item_id: str | None = None) -> list[ObservationView]:
        return self.observations(pupil_ids=[pupil_id], item_ids=[item_id] if item_id else None)

    def latest_steps(
        self, pupil_ids: Sequence[str] | None = None, *, since: date | None = None, until: date | None = None
    ) -> dict[tuple[str, str], ObservationView]:
        """The latest observation per pupil × item (marks that do not count included)."""
        ids = pupil_ids if pupil_ids is not None else [p.id for p in self._pupils]
        latest: dict[tuple[str, str], ObservationView] = {}
        for obs in self.observations(pupil_ids=ids, since=since, until=until):
            latest[(obs.pupil_id, obs.item_id)] = obs
        return latest

    def observed_in_period(self, period_index: int) -> list[ObservationView]:
        period = self.period(period_index)
        return self.observations(since=period.starts_on, until=period.ends_on, pupil_ids=[p.id for p in self._pupils])

    def overrides(self, period_index: int) -> dict[tuple[str, str], str]:
        period = self.period(period_index)
        override = SynthesisOverride.__table__.c
        with self.carnet.reading() as connection:
            return {
                (pupil_id, item_id): step_id
                for pupil_id, item_id, step_id in connection.execute(
                    select(override.pupil_id, override.item_id, override.step_id).where(
                        override.period_id == period.id, override.deleted_at.is_(None)
                    )
                )
            }

    def appreciation(self, pupil_id: str, period_index: int) -> str:
        period = self.period(period_index)
        appreciation = Appreciation.__table__.c
        with self.carnet.reading() as connection:
            text = connection.execute(
                select(appreciation.text).where(
                    appreciation.pupil_id == pupil_id,
                    appreciation.period_id == period.id,
                    appreciation.deleted_at.is_(None),
                )
            ).scalar()
            return text or ""

    def appreciations(self, period_index: int) -> dict[str, str]:
        period = self.period(period_index)
        appreciation = Appreciation.__table__.c
        with self.carnet.reading() as connection:
            return {
                pupil_id: text
                for pupil_id, text in connection.execute(
                    select(appreciation.pupil_id, appreciation.text).where(
                        appreciation.period_id == period.id, appreciation.deleted_at.is_(None)
                    )
                )
            }

    # ------------------------------------------------------------ fluency

    def fluency(self, pupil_ids: Sequence[str] | None = None, kind: str | None = "text") -> list[FluencyView]:
        """Timed readings, oldest first: of texts by default (the fluency proper, the only ones the
        targets and the curve use); ``kind`` "syllables" or "pseudo_words" for decoding, None for all."""
        ids = list(pupil_ids) if pupil_ids is not None else [p.id for p in self._pupils]
        measure = FluencyMeasure.__table__.c
        wanted: list[ColumnElement[bool]] = [measure.deleted_at.is_(None), measure.pupil_id.in_(ids)]
        if kind is not None:
            wanted.append(measure.kind == kind)
        with self.carnet.reading() as connection:
            rows = connection.execute(
                select(FluencyMeasure.__table__)
                .where(*wanted)
                # Two readings of one day in the order they were saved: the later one is the latest.
                .order_by(measure.measured_on, measure.modified_at, measure.id)
            )
            return [
                FluencyView(
                    f.id,
                    f.pupil_id,
                    f.measured_on,
                    f.text_title,
                    f.words_read,
                    f.errors,
                    f.seconds,
                    f.prepared,
                    mclm(f.words_read, f.errors, f.seconds),
                    f.comment,
                    f.kind,
                )
                for f in rows
            ]

    def reading_grids(self, pupil_ids: Sequence[str] | None = None) -> list[ReadingGridView]:
        """Reading aloud and comprehension grids, oldest first (two of one day in the order saved)."""
        ids = list(pupil_ids) if pupil_ids is not None else [p.id for p in self._pupils]
        grid = ReadingGrid.__table__.c
        with self.carnet.reading() as connection:
            rows = connection.execute(
                select(ReadingGrid.__table__)
                .where(grid.deleted_at.is_(None), grid.pupil_id.in_(ids))
                .order_by(grid.assessed_on, grid.modified_at, grid.id)
            )
            return [
                ReadingGridView(g.id, g.pupil_id, g.assessed_on, g.kind, g.text_title, g.prepared,
                                _grid_levels(g.levels), g.comment, g.author)
                for g in rows
            ]

    # ------------------------------------------------------------ summary

    def counts(self) -> dict[str, int]:
        ids = [p.id for p in self._pupils]
        with self.carnet.session() as session:
            observations = session.scalar(
                select(func.count())
                .select_from(Observation)
                .where(Observation.deleted_at.is_(None), Observation.pupil_id.in_(ids))
            )
            measures = session.scalar(
                select(func.count())
                .select_from(FluencyMeasure)
                .where(FluencyMeasure.deleted_at.is_(None), FluencyMeasure.pupil_id.in_(ids))
            )
        return {
            "pupils": len(ids),
            "observations": int(observations or 0),
            "fluency_measures": int(measures or 0),
        }

    def framework_spec(self, codes: Iterable[str] | None = None) -> FrameworkSpec:
        """The carnet's items (all, or some frameworks) as an exchangeable framework."""
        wanted = set(codes) if codes else None
        items = tuple(
            ItemSpec(
                i.code,
                i.label,
                i.kind,
                i.parent_code,
                i.grades,
                i.lsu_code,
                i.coefficient,
                i.timing,
                i.verified,
            )
            for i in self._items
            if wanted is None or i.framework_code in wanted
        )
        grades = tuple(g for g in GRADES if any(g in i.grades for i in items))
        return FrameworkSpec(
            "carnet",
            f"Référentiel de {self.class_info().label}",
            "",
            None,
            grades,
            None,
            None,
            "current",
            items,
        )

    def scales(self) -> list[tuple[str, str]]:
        """(code, label) of every scale in the carnet: built-in and the teacher's own."""
        with self.carnet.session() as session:
            return [(s.code, s.label) for s in session.scalars(select(Scale).where(Scale.deleted_at.is_(None)))]


def _grid_levels(raw: str | None) -> dict[str, int]:
    """A grid's levels as stored; a value a merged copy damaged is left out, never a crash."""
    try:
        levels = json.loads(raw or "{}")
    except ValueError:
        return {}
    if not isinstance(levels, dict):
        return {}
    return {str(k): v for k, v in levels.items() if isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 4}


# Read on opening and before every import, on an engine that may never have compiled them: plain SQL.
_CLASS_INFO = (
    "SELECT k.id, k.label, k.school, k.teacher, y.label, y.starts_on, y.ends_on, k.onde_class_id "
    "FROM class_group AS k JOIN school_year AS y ON y.id = k.year_id WHERE k.deleted_at IS NULL "
    # A carnet handed over to the next year (``progression.handover``) also holds the past years'
    # classes: the app opens on the newest year's.
    "ORDER BY y.starts_on DESC LIMIT 1"
)
_PUPILS = (
    "SELECT p.id, p.last_name, p.first_name, p.birth_last_name, p.birth_date, p.sex, p.ine, e.grade, e.group_label, "
    "e.arrived_on, e.left_on FROM pupil AS p JOIN enrolment AS e ON e.pupil_id = p.id "
    "WHERE e.class_id = ? AND p.deleted_at IS NULL AND e.deleted_at IS NULL"
)


def _day(stored: str | None) -> date | None:
    return date.fromisoformat(stored) if stored is not None else None


_SAME_DAY = (
    "SELECT id, pupil_id, item_id, step_id, observed_on, activity, comment, author, created_at FROM observation "
    "WHERE deleted_at IS NULL AND pupil_id IN ({pupils}) AND item_id IN ({items}) AND observed_on = ? "
    "ORDER BY created_at, id"
)
