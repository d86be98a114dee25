"""The « Bilans de période » table: a row per pupil of the period, a column for the domain and
each competency, each cell the step computed by the carnet's rule (or the teacher's decision).

``refresh_pupils`` recomputes a few rows after a recording, so the page follows the grid without
reading the whole class again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics

from progression.service import CarnetService
from progression.views import ItemView, PeriodView, PupilView, SynthesisRow
from ui import step_style
from ui.widgets import ROOT, Index

ROW_ROLE = Qt.ItemDataRole.UserRole  # the SynthesisRow of a cell, or None
OVERRIDDEN_ROLE = step_style.OVERRIDDEN_ROLE
HEADER_LINES = 3  # a competency's words in the header: up to three lines, the tooltip says all


def wrap_words(text: str, metrics: QFontMetrics, width: int, lines: int = HEADER_LINES) -> str:
    """``text`` broken between words into at most ``lines`` lines of ``width`` pixels; the last
    line is elided if words remain (a single word too long for a line is elided too)."""
    result: list[str] = []
    words = text.split()
    while words and len(result) < lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        result.append(line)
    if words:
        result[-1] = metrics.elidedText(f"{result[-1]} {' '.join(words)}", Qt.TextElideMode.ElideRight, width)
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in result)



class SynthesisTableModel(QAbstractTableModel):
    """Rows: pupils of the period; column 0 the pupil, then the domain and its competencies."""

    def __init__(self, service: CarnetService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._period = service.current_period()
        self._pupils: list[PupilView] = []
        self._items: list[ItemView] = []
        self._cells: dict[tuple[str, str], SynthesisRow] = {}
        self._header_font = QFont()
        self._header_width = 0  # pixels a header line may take; 0 until the view says

    def set_header_layout(self, font: QFont, width: int) -> None:
        """The header's font and the width of a step column: its words are wrapped to fit."""
        self._header_font, self._header_width = QFont(font), width
        if self._items:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(self._items))

    def header_words(self, item: ItemView) -> str:
        if self._header_width <= 0:
            return item.label
        font = QFont(self._header_font)
        font.setBold(item.kind == "domain")
        return wrap_words(item.label, QFontMetrics(font), self._header_width)

    @property
    def period(self) -> PeriodView:
        return self._period

    def reload(self, period: PeriodView | None = None) -> None:
        self.beginResetModel()
        if period is not None:
            self._period = period
        self._pupils = self.service.pupils_in_period(self._period.index)
        rows = self.service.synthesis(self._period.index, pupil_ids=[p.id for p in self._pupils])
        self._cells = {(r.pupil_id, r.item_id): r for r in rows}
        shown = {r.item_id for r in rows if r.kind in ("domain", "competency")}
        grades = self.service.grades()
        # The class's visible competencies, and any other that has a position this period.
        self._items = [
            i for i in self.service.items(include_hidden=True)
            if i.kind in ("domain", "competency")
            and (i.id in shown or (not i.hidden and (not grades or set(grades) & set(i.grades))))
        ]
        self.endResetModel()

    def refresh_pupils(self, pupil_ids: frozenset[str]) -> None:
        """Recompute the rows of these pupils only, and repaint them."""
        ids = [p.id for p in self._pupils if p.id in pupil_ids]
        if not ids:
            return
        for key in [k for k in self._cells if k[0] in ids]:
            del self._cells[key]
        for r in self.service.synthesis(self._period.index, pupil_ids=ids):
            self._cells[(r.pupil_id, r.item_id)] = r
        for pupil_id in ids:
            row = self.row_of(pupil_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 1), self.index(row, len(self._items)))

    def row_for(self, pupil_id: str, item_id: str) -> SynthesisRow | None:
        """The synthesis of one pupil on one item of the period shown (an objective too)."""
        return self._cells.get((pupil_id, item_id))

    def objectives_of(self, item: ItemView, grade: str) -> list[ItemView]:
        """The objectives a competency holds for a pupil of ``grade`` (none for a domain)."""
        if item.kind != "competency":
            return []
        return [i for i in self.service.items([grade]) if i.kind == "objective" and i.parent_code == item.code]

    def decided_objectives(self, pupil_id: str, item: ItemView) -> list[tuple[ItemView, SynthesisRow]]:
        """The competency's objectives on which the teacher decided for this pupil this period."""
        found = []
        for objective in self.service.items(include_hidden=True):
            if objective.kind == "objective" and objective.parent_code == item.code:
                row = self._cells.get((pupil_id, objective.id))
                if row is not None and row.overridden:
                    found.append((objective, row))
        return found

    def row_of(self, pupil_id: str) -> int | None:
        return next((n for n, p in enumerate(self._pupils) if p.id == pupil_id), None)

    def pupil(self, row: int) -> PupilView:
        return self._pupils[row]

    def item(self, column: int) -> ItemView:
        return self._items[column - 1]

    def cell(self, index: Index) -> SynthesisRow | None:
        if not index.isValid() or index.column() == 0:
            return None
        return self._cells.get((self._pupils[index.row()].id, self._items[index.column() - 1].id))

    def column_of(self, item_id: str) -> int | None:
        return next((n for n, i in enumerate(self._items, start=1) if i.id == item_id), None)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._pupils)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 1 + len(self._items)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self._items):
            return None
        if section == 0:
            return self.tr("Élève") if role == Qt.ItemDataRole.DisplayRole else None
        item = self._items[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = self.tr("Domaine") if item.kind == "domain" else item.code.rsplit("-", 1)[-1]
            return f"{kind}\n{self.header_words(item)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.code}\n{item.label}"
        if role == Qt.ItemDataRole.FontRole and item.kind == "domain":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pupils):
            return None
        pupil = self._pupils[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{pupil.display_name} · {pupil.grade}"
            return None
        if not 0 < index.column() <= len(self._items):
            return None
        row = self.cell(index)
        step = self.service.step_by_rank(row.rank) if row is not None and row.rank is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            text = step_style.chip_text(step) if step is not None else ""
            return f"{text} ✎" if row is not None and row.overridden else text
        if role == Qt.ItemDataRole.BackgroundRole:
            return step_style.fill_brush(step)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(step_style.text_color(step))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and row is not None and row.overridden:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(pupil, self._items[index.column() - 1], row)
        if role == ROW_ROLE:
            return row
        if role == OVERRIDDEN_ROLE:
            return bool(row and row.overridden)
        return None

    def _tooltip(self, pupil: PupilView, item: ItemView, row: SynthesisRow | None) -> str:
        lines = [f"{pupil.display_name} — {item.code}", item.label]
        if row is None or (row.computed_rank is None and not row.overridden):
            lines.append(self.tr("Pas d'observation qui compte sur cette période."))
        else:
            if row.computed_rank is not None and row.from_readings:
                lines.append(self.tr("D'après la dernière lecture de fluence ({0} lecture(s)) face à l'objectif "
                                     "officiel de fin d'année : {1}").format(
                    row.observations, step_style.describe(self.service.step_by_rank(row.computed_rank))))
            elif row.computed_rank is not None and row.from_code:
                lines.append(self.tr("D'après la grille du code ({0} relevé(s)) : {1}").format(
                    row.observations, step_style.describe(self.service.step_by_rank(row.computed_rank))))
            elif row.computed_rank is not None:
                computed = self.service.step_by_rank(row.computed_rank)
                lines.append(self.tr("Calculé : {0} (score {1} sur 100, {2} observation(s))").format(
                    step_style.describe(computed), row.computed_score, row.observations))
            if row.overridden and row.rank is not None:
                lines.append(self.tr("✎ décision de l'enseignant : {0}").format(
                    step_style.describe(self.service.step_by_rank(row.rank))))
        for objective, decided in self.decided_objectives(pupil.id, item):
            if decided.rank is not None:
                lines.append(self.tr("✎ décision de l'enseignant sur l'objectif {0} : {1}").format(
                    objective.code, step_style.describe(self.service.step_by_rank(decided.rank))))
        for objective in self.objectives_of(item, pupil.grade):
            from_code = self._cells.get((pupil.id, objective.id))
            if from_code is not None and from_code.from_code and from_code.rank is not None:
                lines.append(self.tr("Objectif {0} d'après la grille du code : {1}").format(
                    objective.code, step_style.describe(self.service.step_by_rank(from_code.rank))))
        lines += self._from_grids(pupil, item)
        lines.append(self.tr("Cliquez pour retenir un autre positionnement."))
        return "\n".join(lines)

    def _from_grids(self, pupil: PupilView, item: ItemView) -> list[str]:
        """The competency's objectives whose step comes from the pupil's latest reading grid."""
        lines = []
        for objective in self.objectives_of(item, pupil.grade):
            row = self._cells.get((pupil.id, objective.id))
            if row is None or not row.from_grid or row.rank is None or row.overridden:
                continue
            title = self.tr("de lecture à voix haute") if row.from_grid == "prosody" else self.tr("de compréhension")
            lines.append(self.tr("{0} : {1}, d'après la dernière grille {2} (moyenne des critères de l'objectif "
                                 "arrondie au niveau le plus proche)").format(
                objective.code, step_style.describe(self.service.step_by_rank(row.rank)), title))
        return lines
