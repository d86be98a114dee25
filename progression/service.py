"""The one API the desktop app and the command line call.

``CarnetService`` wraps an open carnet: reads return plain views (``progression.views``),
changes go through named operations (``progression.operations``) run one transaction at a
time, with the undo and redo stacks kept here, in the domain, not in the widgets.

Reference data (scale, items, periods, class, pupils) is cached and refreshed only when an
operation says it changed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from progression import calendar as school_calendar
from progression import settings as settings_codec
from progression.carnet import Carnet, create_carnet, open_carnet
from progression.changes import REFERENCE_DATA, Changes, Part
from progression.errors import InvalidInputError, ProgressionError
from progression.framework import FrameworkSpec, builtin_frameworks, framework_uuid, item_uuid
from progression.operations import ChangeSettings, Operation
from progression.scales import BUILTIN_SCALES, DEFAULT_SCALE, ScaleSpec
from progression.schema import (
    GRADES,
    SCHEMA_REVISION,
    Appreciation,
    ClassGroup,
    Enrolment,
    FluencyMeasure,
    Framework,
    FrameworkItem,
    Observation,
    Period,
    Pupil,
    Scale,
    ScaleStep,
    SchoolYear,
    Setting,
    SynthesisOverride,
    grade_list,
    stable_id,
)
from progression.settings import CarnetSettings
from progression.synthesis import (
    RuleOptions,
    Thresholds,
    default_thresholds,
    item_score,
    roll_up,
    thresholds_from_bounds,
)
from progression.views import (
    ClassInfo,
    FluencyView,
    ItemView,
    ObservationView,
    PeriodView,
    PupilView,
    StepView,
    SynthesisRow,
)

UNDO_LIMIT = 200
# The cached reference data each part of a change makes stale.
_CACHED = {
    Part.PUPILS: ("_pupils", "_pupil_index"),
    Part.ITEMS: ("_items", "_item_index", "_parent_of"),
    Part.SETTINGS: ("settings", "_steps", "thresholds"),
    Part.CLASS: ("_class_info", "_periods"),
}


@dataclass(frozen=True)
class NewClass:
    """What the teacher says when creating a carnet (the wizard, or ``progression new``)."""

    label: str
    year: str = "2026-2027"
    grades: tuple[str, ...] = ("CE1", "CE2")
    periods: int = 5
    school: str = ""
    teacher: str = ""
    scale: str = DEFAULT_SCALE
    period_dates: tuple[tuple[date, date], ...] | None = None


@dataclass(frozen=True)
class Done:
    """A user action on the undo or redo stack: what to run next, and how to name it."""

    operation: Operation
    kind: str
    size: int


class CarnetService:
    def __init__(self, carnet: Carnet) -> None:
        self.carnet = carnet
        self._undo: list[Done] = []
        self._redo: list[Done] = []

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: Path, *, lock: bool = True, force: bool = False) -> CarnetService:
        """Open a carnet. Writers (the app, imports) take the lock; read-only commands pass
        ``lock=False`` so they still work while the app has the carnet open. ``force`` takes
        over a lock left long ago on another computer, after asking the teacher."""
        from progression.backup import backup_before

        return cls(
            open_carnet(
                Path(path), before_migration=lambda p: backup_before(p, "migration"), lock=lock, force=force
            )
        )

    @classmethod
    def create(cls, path: Path, new: NewClass) -> CarnetService:
        from progression.validation import clean_line

        label = clean_line(new.label, "le nom de la classe")
        school, teacher = clean_line(new.school, "le nom de l'école"), clean_line(new.teacher, "l'enseignant")
        if not label:
            raise InvalidInputError("Donnez un nom à la classe (par exemple « CE1-CE2 »).")
        for grade in new.grades:
            if grade not in GRADES:
                raise InvalidInputError(f"Niveau « {grade} » inconnu : choisissez parmi {', '.join(GRADES)}.")
        if new.scale not in BUILTIN_SCALES:
            raise InvalidInputError(f"Échelle « {new.scale} » inconnue.")
        start, end = school_calendar.year_bounds(new.year)
        periods = school_calendar.default_periods(new.year, new.periods)
        if new.period_dates:
            periods = [
                school_calendar.PeriodSpec(p.index, p.label, s, e)
                for p, (s, e) in zip(periods, new.period_dates, strict=True)
            ]
            school_calendar.check_periods(periods)
        frameworks = builtin_frameworks()
        carnet = create_carnet(Path(path))
        try:
            with carnet.session() as session:
                year = SchoolYear(label=new.year.replace(" ", ""), starts_on=start, ends_on=end)
                session.add(year)
                session.flush()
                for p in periods:
                    session.add(
                        Period(
                            year_id=year.id,
                            index=p.index,
                            label=p.label,
                            starts_on=p.starts_on,
                            ends_on=p.ends_on,
                        )
                    )
                session.add(
                    ClassGroup(
                        year_id=year.id,
                        label=label,
                        school=school,
                        teacher=teacher,
                    )
                )
                for spec in BUILTIN_SCALES.values():
                    _add_scale(session, spec)
                for order, spec_fw in enumerate(frameworks):
                    _add_framework(session, spec_fw, hidden=not _shown_at_start(spec_fw, start, new.grades),
                                   offset=order * 1000)
                stored = settings_codec.encode(CarnetSettings(scale=new.scale, author=teacher))
                for key, value in stored.items():
                    session.add(Setting(key=key, value=value, modified_at=carnet.stamp(), device_id=carnet.device_id))
        except Exception:
            carnet.engine.dispose()
            Path(path).unlink(missing_ok=True)
            raise
        return cls(carnet)

    def close(self) -> None:
        self.carnet.close()

    def forget_history(self) -> None:
        """Drop undo/redo and cached data: after erasing a pupil, no undo may bring a name back."""
        self._undo.clear()
        self._redo.clear()
        self._invalidate(Changes(REFERENCE_DATA))

    # ------------------------------------------------------------ running operations

    def run(self, operation: Operation) -> Changes:
        """Run one user action in one transaction; it becomes undoable."""
        changes, inverse = self._apply(operation)
        self._undo.append(Done(inverse, operation.kind, operation.size))
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        return changes

    def undo(self) -> Changes | None:
        if not self._undo:
            return None
        done = self._undo[-1]
        changes, inverse = self._apply(done.operation)  # stays on the stack if this fails
        self._undo.pop()
        self._redo.append(Done(inverse, done.kind, done.size))
        return changes

    def redo(self) -> Changes | None:
        if not self._redo:
            return None
        done = self._redo[-1]
        changes, inverse = self._apply(done.operation)
        self._redo.pop()
        self._undo.append(Done(inverse, done.kind, done.size))
        return changes

    def undo_kind(self) -> tuple[str, int] | None:
        """The action that Undo would reverse, as (kind, size): the UI words the menu label."""
        return (self._undo[-1].kind, self._undo[-1].size) if self._undo else None

    def redo_kind(self) -> tuple[str, int] | None:
        return (self._redo[-1].kind, self._redo[-1].size) if self._redo else None

    def _apply(self, operation: Operation) -> tuple[Changes, Operation]:
        if self.carnet.read_only:
            raise ProgressionError("Ce carnet est ouvert en lecture seule : aucune modification n'est possible.")
        write = getattr(operation, "write", None)
        if write is not None:  # Core statements only (see progression.operations)
            with self.carnet.writing() as connection:
                outcome = write(connection, self)
        else:
            with self.carnet.session() as session:
                outcome = operation.apply(session, self)
        self._invalidate(outcome.changes)
        return outcome.changes, outcome.inverse

    def _invalidate(self, changes: Changes) -> None:
        for part, names in _CACHED.items():
            if part in changes.parts:
                for name in names:
                    self.__dict__.pop(name, None)

    # ------------------------------------------------------------ reference data (cached)

    @cached_property
    def settings(self) -> CarnetSettings:
        table = Setting.__table__.c
        with self.carnet.reading() as connection:
            stored = {key: value for key, value in connection.execute(select(table.key, table.value))}
        return settings_codec.decode(stored)

    def change_settings(self, **values: Any) -> Changes:
        operation = self._settings_change(values)
        return self.run(operation) if operation is not None else Changes()

    def keep_settings(self, **values: Any) -> Changes:
        """Store settings that record facts rather than choices (the school's identifiers the LSU
        export asks for): written like any change, but not an action for Ctrl+Z to take back."""
        operation = self._settings_change(values)
        return self._apply(operation)[0] if operation is not None else Changes()

    def _settings_change(self, values: dict[str, Any]) -> ChangeSettings | None:
        current = self.settings
        updated = {k: v for k, v in values.items() if getattr(current, k) != v}
        if not updated:
            return None
        from dataclasses import replace

        candidate = replace(current, **updated)
        candidate.rule_options()  # refuse impossible combinations before storing them
        encoded = settings_codec.encode(candidate)
        return ChangeSettings(tuple((k, encoded[k]) for k in updated))

    @cached_property
    def _class_info(self) -> ClassInfo:
        klass, year = ClassGroup.__table__.c, SchoolYear.__table__.c
        with self.carnet.reading() as connection:
            row = connection.execute(
                select(klass.id, klass.label, klass.school, klass.teacher, year.label, year.starts_on, year.ends_on,
                       klass.onde_class_id)
                .join_from(ClassGroup.__table__, SchoolYear.__table__, klass.year_id == year.id)
                .where(klass.deleted_at.is_(None))
            ).first()
        if row is None:
            raise ProgressionError("Ce carnet ne contient aucune classe.")
        return ClassInfo(*row)

    def class_info(self) -> ClassInfo:
        return self._class_info

    @cached_property
    def _periods(self) -> tuple[PeriodView, ...]:
        period = Period.__table__.c
        with self.carnet.reading() as connection:
            rows = connection.execute(
                select(period.id, period.index, period.label, period.starts_on, period.ends_on)
                .where(period.deleted_at.is_(None))
                .order_by(period.index)
            )
            return tuple(PeriodView(*row) for row in rows)

    def periods(self) -> tuple[PeriodView, ...]:
        return self._periods

    def period(self, index: int) -> PeriodView:
        for p in self._periods:
            if p.index == index:
                return p
        raise InvalidInputError(f"La période {index} n'existe pas : ce carnet a les périodes 1 à {len(self._periods)}.")

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
                raise ProgressionError(f"L'échelle « {code} » manque dans ce carnet.")
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
        raise InvalidInputError("Cet échelon n'appartient pas à l'échelle du carnet.")

    def step_by_rank(self, rank: int) -> StepView:
        for s in self._steps:
            if s.rank == rank:
                return s
        ranks = ", ".join(str(s.rank) for s in self.counting_steps())
        raise InvalidInputError(f"L'échelon {rank} n'existe pas : l'échelle a les échelons {ranks}.")

    def step_by_label(self, text: str) -> StepView:
        """A step named by its rank ("3"), its short label or symbol, loosely."""
        from progression.names import match_key

        text = text.strip()
        if text.isdigit():
            return self.step_by_rank(int(text))
        key = match_key(text)
        for s in self._steps:
            if key in (match_key(s.short), match_key(s.label), match_key(s.symbol)):
                return s
        names = ", ".join(s.short for s in self._steps)
        raise InvalidInputError(f"Échelon « {text} » inconnu : utilisez un numéro ou l'un de : {names}.")

    @cached_property
    def thresholds(self) -> Thresholds:
        pairs = [(s.rank, s.value) for s in self.counting_steps() if s.rank is not None and s.value is not None]
        custom = self.settings.thresholds
        if custom:
            try:
                return thresholds_from_bounds(sorted((int(k), float(v)) for k, v in custom.items()))
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

    @cached_property
    def _parent_of(self) -> dict[str, ItemView]:
        """Each item's parent (objective → competency → domain), by item id."""
        by_code = {i.code: i for i in self._items}
        return {i.id: by_code[i.parent_code] for i in self._items if i.parent_code in by_code}

    def item(self, item_id: str) -> ItemView:
        found = self._item_index[0].get(item_id)
        if found is None:
            raise InvalidInputError("Cet item n'existe plus dans le référentiel du carnet.")
        return found

    def item_by_code(self, code: str, *, missing_ok: bool = False) -> ItemView:
        found = self._item_index[1].get(code.strip().casefold())
        if found is not None:
            return found
        if missing_ok:
            return None  # type: ignore[return-value]
        raise InvalidInputError(f"Item « {code} » inconnu : la commande « progression items » liste les codes.")

    def children(self, item_code: str) -> list[ItemView]:
        return [i for i in self._items if i.parent_code == item_code]

    @cached_property
    def _pupils(self) -> tuple[PupilView, ...]:
        klass = self.class_info()
        pupil, enrolment = Pupil.__table__.c, Enrolment.__table__.c
        with self.carnet.reading() as connection:
            rows = connection.execute(
                select(pupil.id, pupil.last_name, pupil.first_name, pupil.birth_last_name, pupil.birth_date, pupil.sex,
                       pupil.ine, enrolment.grade, enrolment.group_label, enrolment.arrived_on, enrolment.left_on)
                .join_from(Pupil.__table__, Enrolment.__table__, enrolment.pupil_id == pupil.id)
                .where(enrolment.class_id == klass.id, pupil.deleted_at.is_(None), enrolment.deleted_at.is_(None))
            )
            views = [PupilView(*row) for row in rows]
        from progression.names import match_key

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
            raise InvalidInputError("Cet élève n'est plus dans la classe.")
        return found

    def pupils_in_period(self, period_index: int) -> list[PupilView]:
        """Pupils in the class at some point of the period: the screens and the reports agree on it."""
        period = self.period(period_index)
        return [
            p
            for p in self._pupils
            if (p.arrived_on is None or p.arrived_on <= period.ends_on)
            and (p.left_on is None or p.left_on >= period.starts_on)
        ]

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

    def enrolment_row(self, session: Session, pupil_id: str) -> Enrolment | None:
        return session.scalars(
            select(Enrolment).where(Enrolment.pupil_id == pupil_id, Enrolment.deleted_at.is_(None))
        ).first()

    # ------------------------------------------------------------ checks used by operations

    def check_grade(self, grade: str) -> None:
        if grade not in GRADES:
            raise InvalidInputError(f"Niveau « {grade} » inconnu : choisissez parmi {', '.join(GRADES)}.")

    def check_pupil_present(self, pupil_id: str, day: date) -> PupilView:
        pupil = self.pupil(pupil_id)
        if not pupil.present_on(day):
            when = day.strftime("%d/%m/%Y")
            raise InvalidInputError(
                f"{pupil.first_name} {pupil.last_name} n'était pas dans la classe le {when} "
                "(arrivée ou départ) : rien n'a été enregistré."
            )
        return pupil

    def check_date_in_year(self, day: date) -> None:
        klass = self.class_info()
        if not klass.year_starts_on <= day <= klass.year_ends_on:
            raise InvalidInputError(
                f"La date du {day.strftime('%d/%m/%Y')} est hors de l'année scolaire {klass.year_label} "
                f"(du {klass.year_starts_on.strftime('%d/%m/%Y')} au {klass.year_ends_on.strftime('%d/%m/%Y')})."
            )

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

    # ------------------------------------------------------------ synthesis

    def rule_options(self, **overrides: Any) -> RuleOptions:
        return self.settings.rule_options(**overrides)

    def synthesis(
        self, period_index: int, options: RuleOptions | None = None, pupil_ids: Sequence[str] | None = None
    ) -> list[SynthesisRow]:
        """Each pupil's computed step per observed item of the period, and the roll-ups."""
        options = options or self.rule_options()
        period = self.period(period_index)
        since = self.class_info().year_starts_on if options.include_earlier else period.starts_on
        ids = list(pupil_ids) if pupil_ids is not None else [p.id for p in self._pupils]
        value_of = {s.id: s.value for s in self._steps if s.counts}
        with self.carnet.reading() as connection:
            rows = connection.execute(
                _SYNTHESIS_OBSERVATIONS, {"pupil_ids": ids, "since": since, "until": period.ends_on}
            ).all()
            overrides = {
                (pupil_id, item_id): step_id
                for pupil_id, item_id, step_id in connection.execute(
                    _SYNTHESIS_OVERRIDES, {"pupil_ids": ids, "period_id": period.id}
                )
            }
        # Every observed cell gets a series, even if only marks that do not count were recorded.
        series: dict[tuple[str, str], list[int]] = {}
        for pupil_id, item_id, step_id in rows:
            values = series.get((pupil_id, item_id))
            if values is None:
                values = series[(pupil_id, item_id)] = []
            value = value_of.get(step_id)
            if value is not None:
                values.append(value)
        for key in overrides:
            series.setdefault(key, [])
        items_by_id = self._item_index[0]
        results: dict[tuple[str, str], SynthesisRow] = {}
        for key, values in series.items():
            item = items_by_id.get(key[1])
            if item is not None:
                results[key] = self._row(key, item, item_score(values, options), len(values), overrides, False)
        self._roll_up(results, overrides, items_by_id)
        order = {p.id: n for n, p in enumerate(self._pupils)}
        return sorted(results.values(), key=lambda r: (order.get(r.pupil_id, 0), items_by_id[r.item_id].position))

    def _row(
        self,
        key: tuple[str, str],
        item: ItemView,
        score: int | None,
        count: int,
        overrides: dict[tuple[str, str], str],
        rollup: bool,
    ) -> SynthesisRow:
        computed_rank = self.thresholds.step_for(score) if score is not None else None
        rank, final_score = computed_rank, score
        overridden = key in overrides
        if overridden:
            step = self.step(overrides[key])
            rank, final_score = step.rank, step.value
        return SynthesisRow(
            key[0],
            item.id,
            item.code,
            item.kind,
            rollup,
            rank,
            final_score,
            overridden,
            computed_rank,
            score,
            count,
        )

    def _roll_up(
        self,
        results: dict[tuple[str, str], SynthesisRow],
        overrides: dict[tuple[str, str], str],
        items_by_id: dict[str, ItemView],
    ) -> None:
        """Objectives → competency → domain, by coefficient-weighted mean of scores."""
        parent_of = self._parent_of
        for level in ("competency", "domain"):
            # Only parents that have something to roll up: a class reads a few dozen, not every item.
            groups: dict[tuple[str, str], list[SynthesisRow]] = defaultdict(list)
            for (pupil_id, item_id), row in results.items():
                parent = parent_of.get(item_id)
                if parent is not None and parent.kind == level:
                    groups[(pupil_id, parent.id)].append(row)
            for key, children in groups.items():
                parent = items_by_id[key[1]]
                scored = [(r.score, items_by_id[r.item_id].coefficient) for r in children if r.score is not None]
                own = results.get(key)
                if own is not None and not own.rollup and own.score is not None:
                    scored.append((own.score, parent.coefficient))
                count = sum(r.observations for r in children) + (own.observations if own else 0)
                results[key] = self._row(key, parent, roll_up(scored), count, overrides, True)

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

    def fluency(self, pupil_ids: Sequence[str] | None = None) -> list[FluencyView]:
        from progression.fluency import mclm

        ids = list(pupil_ids) if pupil_ids is not None else [p.id for p in self._pupils]
        measure = FluencyMeasure.__table__.c
        with self.carnet.reading() as connection:
            rows = connection.execute(
                select(FluencyMeasure.__table__)
                .where(measure.deleted_at.is_(None), measure.pupil_id.in_(ids))
                .order_by(measure.measured_on, measure.id)
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
                )
                for f in rows
            ]

    # ------------------------------------------------------------ summary

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func

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

    def info(self) -> dict[str, Any]:
        klass = self.class_info()
        settings = self.settings
        return {
            "schema": SCHEMA_REVISION,
            "file": str(self.carnet.path),
            "class": {
                "label": klass.label,
                "school": klass.school,
                "teacher": klass.teacher,
                "year": klass.year_label,
                "grades": self.grades(),
                "onde_id": klass.onde_class_id,
            },
            "periods": [
                {
                    "index": p.index,
                    "label": p.label,
                    "start": p.starts_on.isoformat(),
                    "end": p.ends_on.isoformat(),
                }
                for p in self._periods
            ],
            "scale": {
                "code": settings.scale,
                "steps": [
                    {
                        "rank": s.rank,
                        "short": s.short,
                        "label": s.label,
                        "value": s.value,
                        "counts": s.counts,
                        "symbol": s.symbol,
                        "color": s.color,
                    }
                    for s in self._steps
                ],
            },
            "rule": {
                "rule": str(settings.rule),
                "window": settings.window,
                "best_k": settings.best_k,
                "include_earlier": settings.include_earlier,
            },
            "counts": self.counts(),
            "pupils": [
                {
                    "id": p.id,
                    "last_name": p.last_name,
                    "first_name": p.first_name,
                    "birth_date": p.birth_date.isoformat() if p.birth_date else None,
                    "grade": p.grade,
                    "ine": p.ine,
                    "left_on": p.left_on.isoformat() if p.left_on else None,
                }
                for p in self._pupils
            ],
        }

    def framework_spec(self, codes: Iterable[str] | None = None) -> FrameworkSpec:
        """The carnet's items (all, or some frameworks) as an exchangeable framework."""
        from progression.framework import ItemSpec

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

    def import_framework(self, spec: FrameworkSpec) -> int:
        """Add a teacher's framework file to the carnet (new codes only); returns the item count."""
        from progression.framework import check_tree

        existing = {i.code for i in self._items}
        clash = [i.code for i in spec.items if i.code in existing]
        if clash:
            raise InvalidInputError(
                f"Le code « {clash[0]} » existe déjà dans le carnet : renommez les items du fichier importé."
            )
        check_tree(spec.items, spec.label, known_codes=existing)
        with self.carnet.session() as session:
            _add_framework(session, spec, hidden=False, custom=True)
        self._invalidate(Changes(Part.ITEMS))
        return len(spec.items)

    def scales(self) -> list[tuple[str, str]]:
        """(code, label) of every scale in the carnet: built-in and the teacher's own."""
        with self.carnet.session() as session:
            return [(s.code, s.label) for s in session.scalars(select(Scale).where(Scale.deleted_at.is_(None)))]

    def add_scale(self, spec: ScaleSpec) -> None:
        """Add a custom scale (2 to 6 counting steps, values 0–100 rising with rank)."""
        counting = [s for s in spec.steps if s.counts]
        if not 2 <= len(counting) <= 6:
            raise InvalidInputError("Une échelle compte de 2 à 6 échelons qui comptent dans les bilans.")
        if any(code == spec.code for code, _ in self.scales()):
            raise InvalidInputError(f"L'échelle « {spec.code} » existe déjà dans ce carnet.")
        try:
            default_thresholds([(s.rank, s.value) for s in counting])  # type: ignore[misc]
        except ValueError as error:
            raise InvalidInputError(f"Échelle « {spec.label} » : {error}") from error
        with self.carnet.session() as session:
            _add_scale(session, spec)

    def use_scale(self, code: str) -> Changes:
        """Switch the carnet's scale; only before the first observation, whose steps it would orphan."""
        if code not in {c for c, _ in self.scales()}:
            raise InvalidInputError(f"Échelle « {code} » inconnue dans ce carnet.")
        if code != self.settings.scale and self.counts()["observations"]:
            raise InvalidInputError(
                "Ce carnet contient déjà des observations : l'échelle ne peut plus changer cette année."
            )
        return self.change_settings(scale=code, thresholds={})

    def to_json(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, indent=2, default=str)


# The period synthesis's two queries, built once: a class synthesis is recomputed at every change
# shown on the synthesis page. One query for the whole class, oldest first: the rules depend on order.
_observation, _override = Observation.__table__.c, SynthesisOverride.__table__.c
_SYNTHESIS_OBSERVATIONS = (
    select(_observation.pupil_id, _observation.item_id, _observation.step_id)
    .where(
        _observation.deleted_at.is_(None),
        _observation.pupil_id.in_(bindparam("pupil_ids", expanding=True)),
        _observation.observed_on >= bindparam("since"),
        _observation.observed_on <= bindparam("until"),
    )
    .order_by(_observation.observed_on, _observation.created_at, _observation.id)
)
_SYNTHESIS_OVERRIDES = select(_override.pupil_id, _override.item_id, _override.step_id).where(
    _override.period_id == bindparam("period_id"),
    _override.deleted_at.is_(None),
    _override.pupil_id.in_(bindparam("pupil_ids", expanding=True)),
)


def _shown_at_start(spec: FrameworkSpec, year_start: date, grades: Sequence[str]) -> bool:
    """Frameworks in force for the year are shown; so is the cycle 1 reading block for a maternelle
    class, which has no newer block in the app yet (its 2024 wording could not be checked)."""
    if spec.in_force_on(year_start):
        return True
    return spec.cycle == 1 and any(g in ("PS", "MS", "GS") for g in grades)


def _add_scale(session: Session, spec: ScaleSpec) -> None:
    scale = Scale(id=stable_id("scale", spec.code), code=spec.code, label=spec.label)
    session.add(scale)
    for position, step in enumerate(spec.steps):
        session.add(
            ScaleStep(
                id=stable_id("step", f"{spec.code}:{step.short}"),
                scale_id=scale.id,
                position=position,
                rank=step.rank,
                short=step.short,
                label=step.label,
                value=step.value,
                color=step.color,
                symbol=step.symbol,
                counts=step.counts,
            )
        )


def _add_framework(
    session: Session, spec: FrameworkSpec, *, hidden: bool, custom: bool = False, offset: int = 0
) -> None:
    fw_id = framework_uuid(spec.code if not custom else f"custom:{spec.code}:{spec.label}")
    if session.get(Framework, fw_id) is None:
        session.add(
            Framework(
                id=fw_id,
                code=spec.code,
                label=spec.label,
                version=spec.version,
                cycle=spec.cycle,
                builtin=not custom,
                status=spec.status,
            )
        )
    existing_ids = {code: item_uuid(code) for code in (i.code for i in spec.items)}
    base = offset if not custom else 100_000
    for position, item in enumerate(spec.items):
        parent_id = existing_ids.get(item.parent) if item.parent else None
        if item.parent and parent_id is None:
            parent_id = item_uuid(item.parent)
        session.add(
            FrameworkItem(
                id=existing_ids[item.code],
                framework_id=fw_id,
                code=item.code,
                label=item.label,
                kind=item.kind,
                parent_id=parent_id,
                grades=",".join(item.grades),
                lsu_code=item.lsu_code,
                coefficient=item.coefficient,
                position=base + position,
                timing=item.timing,
                verified=item.verified,
                custom=custom,
                hidden=hidden,
            )
        )
        session.flush()
