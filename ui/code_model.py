"""The table of the page « Code »: one row per pupil, one column per correspondence in the class's
order, each cell the step of the pupil's latest mark (colour and symbol, as in the grid)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from progression import code_progression as code
from progression.service import CarnetService
from progression.views import PupilView, StepView
from ui import step_style

Index = QModelIndex | QPersistentModelIndex
TAUGHT_FILL = "#DCEBFA"  # the header of a correspondence the class was taught


class CodeModel(QAbstractTableModel):
    def __init__(self, service: CarnetService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.grade: str | None = None
        self.pupils: list[PupilView] = []
        self.units: list[code.CodeUnitView] = []
        self.latest: dict[tuple[str, str], code.CodeMarkView] = {}
        self._steps: dict[str, StepView] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.pupils = [p for p in self.service.pupils(self.grade) if p.left_on is None]
        self.units = code.units(self.service)
        self.latest = code.latest_marks(self.service, [p.id for p in self.pupils])
        self._steps = {s.id: s for s in self.service.steps()}
        self.endResetModel()

    # ------------------------------------------------------------ shape

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pupils)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def cell(self, index: Index) -> tuple[str, str]:
        return self.pupils[index.row()].id, self.units[index.column()].id

    def step_at(self, index: Index) -> StepView | None:
        mark = self.latest.get(self.cell(index))
        return self._steps.get(mark.step_id) if mark is not None else None

    def mark_at(self, index: Index) -> code.CodeMarkView | None:
        return self.latest.get(self.cell(index))

    # ------------------------------------------------------------ what is shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step = self.step_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return step_style.symbol(step)
        if role == Qt.ItemDataRole.BackgroundRole:
            return step_style.fill_brush(step) if step is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(step_style.text_color(step)) if step is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            pupil, unit = self.pupils[index.row()], self.units[index.column()]
            mark = self.mark_at(index)
            if step is None or mark is None:
                return self.tr("{pupil} — {unit} : pas encore de relevé").format(pupil=pupil.display_name,
                                                                                unit=unit.name)
            return self.tr("{pupil} — {unit} : {step}, le {day}").format(
                pupil=pupil.display_name, unit=unit.name, step=step.short, day=mark.observed_on.strftime("%d/%m/%Y"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.pupils):
                pupil = self.pupils[section]
                return self.tr("{name} ({grade}) — sues : {n}").format(name=pupil.list_name, grade=pupil.grade,
                                                                     n=self.decoded_count(pupil.id))
            return None
        if not 0 <= section < len(self.units):
            return None
        unit = self.units[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{unit.grapheme}\n{unit.phoneme}" if unit.phoneme else unit.grapheme
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [unit.name + (f" ({unit.example})" if unit.example else "")]
            lines.append(self.tr("Enseigné le {day}").format(day=unit.taught_on.strftime("%d/%m/%Y"))
                         if unit.taught_on else self.tr("Pas encore enseigné"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and unit.taught_on is not None:
            return QBrush(QColor(TAUGHT_FILL))
        if role == Qt.ItemDataRole.FontRole and unit.taught_on is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def decoded_count(self, pupil_id: str) -> int:
        threshold = code.decoded_rank(list(self._steps.values()))
        return sum(1 for unit in self.units
                   if (mark := self.latest.get((pupil_id, unit.id))) is not None and threshold is not None
                   and (self._steps[mark.step_id].rank or 0) >= threshold)
