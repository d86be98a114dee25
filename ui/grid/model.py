"""The grid's table model: rows are pupils, columns are objectives, cells are steps.

It holds only ids (pupils, items) and a dict of the latest observation per cell for the
period shown; a cell's colour, symbol and tooltip are computed when Qt asks for them. After
a recording only the cells named in ``Changes.cells`` are fetched again and announced with
``dataChanged``: the grid never reloads as a whole because one mark changed.

Which observation a cell shows: the latest one **of the period chosen in the toolbar**.
The period is how a teacher works and reports (a bilan per period), so an empty cell means
"not yet seen this period", which is what she needs to plan the next sessions; earlier
marks remain in the cell's tooltip (the whole year's history).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from progression.grades import GRADES
from progression.operations import Cell, Changes, Part
from progression.service import CarnetService
from progression.views import ItemView, ObservationView, PeriodView, PupilView, StepView
from ui.step_style import text_on
from ui.widgets import Index

STEP_ROLE = Qt.ItemDataRole.UserRole + 1  # StepView | None
OBSERVATION_ROLE = Qt.ItemDataRole.UserRole + 2  # ObservationView | None
APPLICABLE_ROLE = Qt.ItemDataRole.UserRole + 3  # bool: the item is of this pupil's grade
LEFT_ROLE = Qt.ItemDataRole.UserRole + 4  # bool: the pupil has left the class
ITEM_ROLE = Qt.ItemDataRole.UserRole + 5  # header: ItemView
LABEL_ROLE = Qt.ItemDataRole.UserRole + 6  # header: the item's label, for the wrapped header
# What the cell painter needs, in one call (it runs for every visible cell on every paint):
# (applicable, step or None, pupil has left, the teacher decided on this objective this period).
LOOK_ROLE = Qt.ItemDataRole.UserRole + 7
DECISION_ROLE = Qt.ItemDataRole.UserRole + 8  # StepView | None: the teacher's decision for the period
MARKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

HISTORY_SHOWN = 15
GROUP_KINDS = ("domain", "competency")  # items that group objectives are never columns
NEED_GROUP = "besoin:"  # a group filter naming a need group kept with the period: "besoin:<group id>"



def short_codes(codes: list[str]) -> dict[str, str]:
    """Codes without the prefix shared by all columns ("C2-24-L1-CE1.1" → "L1-CE1.1").

    The prefix is cut only at a "-" so the rest stays a meaningful piece of the code.
    """
    if len(codes) < 2:
        # Alone, a column keeps its last two pieces: enough to tell it apart, short enough to fit.
        return {c: "-".join(c.split("-")[-2:]) for c in codes}
    first, last = min(codes), max(codes)
    common = 0
    while common < min(len(first), len(last)) and first[common] == last[common]:
        common += 1
    cut = first.rfind("-", 0, common) + 1
    return {c: c[cut:] or c for c in codes}


def _ancestors(item: ItemView, by_code: dict[str, ItemView]) -> set[str]:
    found: set[str] = set()
    code = item.parent_code
    while code and code not in found:  # a cycle in a hand-made framework must not hang the grid
        found.add(code)
        parent = by_code.get(code)
        code = parent.parent_code if parent else None
    return found


class ObservationTableModel(QAbstractTableModel):
    def __init__(self, service: CarnetService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._period: PeriodView = service.current_period()
        self._grade: str | None = None
        self._group: str | None = None
        self._competency: str | None = None
        self._pupils: list[PupilView] = []
        self._items: list[ItemView] = []
        self._row_of: dict[str, int] = {}
        self._column_of: dict[str, int] = {}
        self._codes: dict[str, str] = {}
        self._latest: dict[Cell, ObservationView] = {}
        self._decided: dict[Cell, str] = {}  # the teacher's decisions on objectives this period: step ids
        self._steps: dict[str, StepView] = {}
        self._several_grades = False
        self._load_structure()
        self._load_latest()

    # ------------------------------------------------------------ what is shown

    @property
    def service(self) -> CarnetService:
        return self._service

    @property
    def period(self) -> PeriodView:
        return self._period

    def set_period(self, index: int) -> None:
        period = self._service.period(index)
        if period == self._period:
            return
        self._period = period
        if self._group and self._group.startswith(NEED_GROUP):  # each period keeps its own groups
            self._reload_structure()
            return
        self._load_latest()
        self._announce_all()

    def set_filters(self, grade: str | None = None, group: str | None = None, competency: str | None = None) -> None:
        """Which pupils (grade, group) and which objectives (competency code) the grid shows."""
        if (grade, group, competency) == (self._grade, self._group, self._competency):
            return
        self.beginResetModel()
        self._grade, self._group, self._competency = grade, group, competency
        self._load_structure()
        self._load_latest()
        self.endResetModel()

    def filters(self) -> tuple[str | None, str | None, str | None]:
        return self._grade, self._group, self._competency

    def competencies(self) -> list[ItemView]:
        """Competencies that have objectives for the grades of the class, in framework order."""
        grades = self._service.grades()
        objectives = [i for i in self._service.items(grades) if i.kind not in GROUP_KINDS]
        parents = {i.parent_code for i in objectives}
        return [i for i in self._service.items(grades) if i.kind == "competency" and i.code in parents]

    def groups(self) -> list[str]:
        return sorted({p.group for p in self._service.pupils() if p.group})

    def need_groups(self) -> list[tuple[str, str, str]]:
        """The need groups kept with the period shown: (filter value, label, competency code)."""
        from progression.need_groups import kept_groups

        codes = {i.id: i.code for i in self._service.items(include_hidden=True)}
        return [(NEED_GROUP + g.id, g.label, codes.get(g.item_id, "")) for g in kept_groups(self._service,
                                                                                           self._period.index)]

    def _need_group_pupils(self, value: str) -> set[str]:
        from progression.need_groups import kept_groups

        wanted = value.removeprefix(NEED_GROUP)
        return {m.pupil_id for g in kept_groups(self._service, self._period.index) if g.id == wanted
                for m in g.members}

    def _load_structure(self) -> None:
        self._steps = {s.id: s for s in self._service.steps()}
        pupils = self._service.pupils(self._grade)
        if self._group and self._group.startswith(NEED_GROUP):
            members = self._need_group_pupils(self._group)
            pupils = [p for p in pupils if p.id in members]
        elif self._group:
            pupils = [p for p in pupils if p.group == self._group]
        # In a multi-grade class, pupils of one grade together: each grade's objectives then
        # form one block of the grid instead of alternating with hatched rows.
        order = {g: n for n, g in enumerate(GRADES)}
        self._pupils = sorted(pupils, key=lambda p: order.get(p.grade, len(order)))
        grades = [self._grade] if self._grade else sorted({p.grade for p in pupils})
        items = [i for i in self._service.items(grades) if i.kind not in GROUP_KINDS]
        if self._competency:
            by_code = {i.code: i for i in self._service.items(include_hidden=True)}
            items = [i for i in items if self._competency in _ancestors(i, by_code)]
        self._items = items
        self._row_of = {p.id: n for n, p in enumerate(self._pupils)}
        self._column_of = {i.id: n for n, i in enumerate(self._items)}
        self._codes = short_codes([i.code for i in self._items])
        self._several_grades = len({p.grade for p in self._pupils}) > 1

    def _load_latest(self) -> None:
        self._latest = self._service.latest_steps(
            [p.id for p in self._pupils], since=self._period.starts_on, until=self._period.ends_on
        )
        self._load_decisions()

    def _load_decisions(self) -> None:
        self._decided = {cell: step for cell, step in self._service.overrides(self._period.index).items()
                         if cell[1] in self._column_of}

    def _announce_all(self) -> None:
        if self._pupils and self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._pupils) - 1, len(self._items) - 1))

    # ------------------------------------------------------------ changes from the domain

    def apply_changes(self, changes: Changes) -> None:
        """Redraw what an operation changed: only the named cells after a recording."""
        structure = Part.PUPILS | Part.ITEMS | Part.SETTINGS | Part.CLASS
        if self._group and self._group.startswith(NEED_GROUP):
            structure |= Part.GROUPS  # a pupil moved in or out of the group shown
        if changes.parts & structure:
            self._reload_structure()
            return
        if Part.OVERRIDES in changes.parts:
            self._load_decisions()
            for cell in changes.cells:
                index = self.index_of(*cell)
                if index.isValid():
                    self.dataChanged.emit(index, index)
        if Part.OBSERVATIONS not in changes.parts:
            return
        cells = [c for c in changes.cells if c[0] in self._row_of and c[1] in self._column_of]
        if not cells:
            return
        if self._show_recorded(changes, cells):
            return
        fresh: dict[Cell, ObservationView] = {}
        for obs in self._service.observations(
            pupil_ids=sorted({p for p, _ in cells}), item_ids=sorted({i for _, i in cells}),
            since=self._period.starts_on, until=self._period.ends_on,
        ):
            fresh[(obs.pupil_id, obs.item_id)] = obs  # oldest first: the last one wins
        for cell in cells:
            if cell in fresh:
                self._latest[cell] = fresh[cell]
            else:
                self._latest.pop(cell, None)
            index = self.index(self._row_of[cell[0]], self._column_of[cell[1]])
            self.dataChanged.emit(index, index)

    def _show_recorded(self, changes: Changes, cells: list[Cell]) -> bool:
        """A recording carries its new rows: show them without reading the carnet back, which
        halves the time from key press to the cell turning green. False when the rows are not
        all there (undo, deletion): the caller reads the cells again."""
        recorded = {(o.pupil_id, o.item_id): o for o in changes.recorded}
        if not recorded or any(cell not in recorded for cell in cells):
            return False
        for cell in cells:
            new = recorded[cell]
            if not (self._period.starts_on <= new.observed_on <= self._period.ends_on):
                continue  # recorded for another period: this grid does not show it
            old = self._latest.get(cell)
            if old is None or (new.observed_on, new.created_at) >= (old.observed_on, old.created_at):
                self._latest[cell] = new
            index = self.index(self._row_of[cell[0]], self._column_of[cell[1]])
            self.dataChanged.emit(index, index)
        return True

    def _reload_structure(self) -> None:
        """Pupils, items or the scale changed: keep the rows if they are the same people."""
        before = ([p.id for p in self._pupils], [i.id for i in self._items])
        pupils, items = self._pupils, self._items
        self._load_structure()
        after = ([p.id for p in self._pupils], [i.id for i in self._items])
        if before == after:
            self._load_latest()
            if self._pupils:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._pupils) - 1)
            self._announce_all()
            return
        # Rows or columns really differ: a reset is the honest signal for that.
        self._pupils, self._items = pupils, items
        self.beginResetModel()
        self._load_structure()
        self._load_latest()
        self.endResetModel()

    # ------------------------------------------------------------ lookups for the view

    def pupil_at(self, row: int) -> PupilView:
        return self._pupils[row]

    def item_at(self, column: int) -> ItemView:
        return self._items[column]

    def cell(self, index: Index) -> Cell:
        return self._pupils[index.row()].id, self._items[index.column()].id

    def index_of(self, pupil_id: str, item_id: str) -> QModelIndex:
        if pupil_id not in self._row_of or item_id not in self._column_of:
            return QModelIndex()
        return self.index(self._row_of[pupil_id], self._column_of[item_id])

    def is_applicable(self, index: Index) -> bool:
        return self._pupils[index.row()].grade in self._items[index.column()].grades

    def observation_at(self, index: Index) -> ObservationView | None:
        return self._latest.get(self.cell(index))

    def decision_at(self, index: Index) -> StepView | None:
        """The teacher's decision on this objective for the period shown, if she made one."""
        step_id = self._decided.get(self.cell(index))
        return self._steps.get(step_id) if step_id else None

    def step_at(self, index: Index) -> StepView | None:
        obs = self.observation_at(index)
        return self._steps.get(obs.step_id) if obs else None

    def short_code(self, column: int) -> str:
        return self._codes.get(self._items[column].code, self._items[column].code)

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._pupils)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.is_applicable(index):
            # Not selectable nor enabled: keyboard moves and selections skip these cells.
            return Qt.ItemFlag.NoItemFlags
        return MARKABLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._pupils) or index.column() >= len(self._items):
            return None
        applicable = self.is_applicable(index)
        step = self.step_at(index)
        if role == LOOK_ROLE:
            return (applicable, step, self._pupils[index.row()].left_on is not None,
                    bool(self._decided) and self.cell(index) in self._decided)
        if role == DECISION_ROLE:
            return self.decision_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return step.symbol if step and applicable else ""
        if role == STEP_ROLE:
            return step
        if role == OBSERVATION_ROLE:
            return self.observation_at(index)
        if role == APPLICABLE_ROLE:
            return applicable
        if role == LEFT_ROLE:
            return self._pupils[index.row()].left_on is not None
        if role == Qt.ItemDataRole.BackgroundRole:
            if not applicable:
                return QBrush(QColor("#D9D9D9"), Qt.BrushStyle.BDiagPattern)
            return QColor(step.color) if step else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return text_on(QColor(step.color)) if step else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, applicable)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(index, step, applicable)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._items):
                return None
            item = self._items[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.short_code(section)
            if role == LABEL_ROLE:
                return item.label
            if role == ITEM_ROLE:
                return item
            if role == Qt.ItemDataRole.ToolTipRole:
                return (f"<b>{html.escape(item.code)}</b> ({', '.join(item.grades)})"
                        f"<br>{html.escape(item.label)}")
            return None
        if not 0 <= section < len(self._pupils):
            return None
        pupil = self._pupils[section]
        if role == Qt.ItemDataRole.DisplayRole:
            name = pupil.list_name
            if self._several_grades:
                name = f"{name} · {pupil.grade}"
            if pupil.left_on is not None:
                name += " " + self.tr("(parti le {date})").format(date=pupil.left_on.strftime("%d/%m/%Y"))
            return name
        if role == Qt.ItemDataRole.ForegroundRole and pupil.left_on is not None:
            return QColor("#767676")
        if role == Qt.ItemDataRole.FontRole and pupil.left_on is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{pupil.first_name} {pupil.last_name}", pupil.grade]
            if pupil.group:
                parts.append(self.tr("groupe {group}").format(group=pupil.group))
            return " · ".join(parts)
        return None

    # ------------------------------------------------------------ words for a cell

    def _spoken(self, index: Index, step: StepView | None, applicable: bool) -> str:
        pupil = self._pupils[index.row()]
        if not applicable:
            state = self.tr("ne concerne pas ce niveau")
        else:
            state = step.label if step else self.tr("pas encore observé dans la période")
            decision = self.decision_at(index)
            if decision is not None:
                state += ", " + self.tr("décision de l'enseignant : {step}").format(step=decision.label)
        return f"{pupil.first_name} {pupil.last_name}, {self.short_code(index.column())} : {state}"

    def _tooltip(self, index: Index, applicable: bool) -> str:
        pupil, item = self._pupils[index.row()], self._items[index.column()]
        title = (f"<b>{html.escape(pupil.first_name)} {html.escape(pupil.last_name)}</b> — "
                 f"{html.escape(self.short_code(index.column()))}")
        if not applicable:
            return title + "<br>" + html.escape(
                self.tr("Objectif de {grades} : ne concerne pas un élève de {grade}.").format(
                    grades=", ".join(item.grades), grade=pupil.grade))
        decision = self.decision_at(index)
        if decision is not None:
            title += "<br><b>" + html.escape(self.tr("✎ décision de l'enseignant pour {period} : {step}").format(
                period=self._period.label, step=decision.short)) + "</b>"
        history = self._service.history(pupil.id, item.id)
        if not history:
            return title + "<br>" + html.escape(self.tr("Aucune observation cette année."))
        count = ""
        if len(history) > 1:
            # Several marks in one cell all count in the synthesis: the teacher sees how many, and when.
            in_period = sum(1 for obs in history if self._period.contains(obs.observed_on))
            count = "<br>" + html.escape(
                self.tr("{n} observations cette année, dont {p} dans la période affichée").format(
                    n=len(history), p=in_period))
        rows = []
        for obs in history[-HISTORY_SHOWN:][::-1]:  # newest first: what the teacher looks for
            step = self._steps.get(obs.step_id)
            in_period = self._period.contains(obs.observed_on)
            style = "" if in_period else " style='color:#767676'"
            details = " · ".join(html.escape(x) for x in (obs.activity, obs.comment) if x)
            rows.append(
                f"<tr{style}><td>{obs.observed_on.strftime('%d/%m/%Y')}</td>"
                f"<td>&nbsp;{html.escape(step.symbol if step else '?')}&nbsp;</td>"
                f"<td>{html.escape(step.short if step else '')}</td><td>&nbsp;{details}</td></tr>"
            )
        more = len(history) - HISTORY_SHOWN
        tail = "<br>" + html.escape(self.tr("… et {n} plus anciennes").format(n=more)) if more > 0 else ""
        note = html.escape(self.tr("En gris : hors de la période affichée."))
        return f"{title}{count}<table>{''.join(rows)}</table>{tail}<br><small>{note}</small>"
