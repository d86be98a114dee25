"""The « Élèves » page's models: the class list, filtered as the teacher types, and one pupil's
year as a timeline (a row per observed item, a chip per observation, oldest first).

Both hold ids and read the words from the service, so a name changed elsewhere shows at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from progression.names import match_key
from progression.service import CarnetService
from progression.views import ObservationView, StepView
from ui import step_style
from ui.widgets import ROOT, Index

ID_ROLE = Qt.ItemDataRole.UserRole


# ---------------------------------------------------------------- the pupil list


class PupilListModel(QAbstractListModel):
    """The class's pupils, filtered by a typed text; holds ids, reads names from the service."""

    def __init__(self, service: CarnetService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._filter = ""
        self._ids: list[str] = []
        self.reload()

    def reload(self) -> None:
        key = match_key(self._filter)
        self.beginResetModel()
        self._ids = [
            p.id for p in self.service.pupils()
            if not key or key in match_key(f"{p.last_name} {p.first_name} {p.last_name} {p.grade}")
        ]
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self._filter = text
        self.reload()

    def pupil_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, pupil_id: str) -> int | None:
        return self._ids.index(pupil_id) if pupil_id in self._ids else None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        pupil = self.service.pupil(self._ids[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{pupil.display_name}  ·  {pupil.grade}"
        if role == Qt.ItemDataRole.ToolTipRole and pupil.left_on:
            return self.tr("A quitté la classe le {0}").format(pupil.left_on.strftime("%d/%m/%Y"))
        if role == Qt.ItemDataRole.ForegroundRole and pupil.left_on:
            return QBrush(QColor("#8A8A8A"))
        if role == ID_ROLE:
            return pupil.id
        return None


# ---------------------------------------------------------------- the timeline


@dataclass(frozen=True)
class _TimelineRow:
    item_id: str
    observations: tuple[ObservationView, ...]


class PupilTimelineTableModel(QAbstractTableModel):
    """One row per observed item; column 0 the item, then one chip per observation, oldest first."""

    def __init__(self, service: CarnetService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._rows: list[_TimelineRow] = []
        self._width = 0
        self._period: tuple[date, date] | None = None
        self._pupil_id: str | None = None
        self._decided: dict[str, tuple[str, str]] = {}  # item id → (period label, decided step id)

    def set_pupil(self, pupil_id: str | None) -> None:
        # A pupil's year is a few dozen rows: rebuilding it whole is cheap and keeps chips in order.
        self.beginResetModel()
        self._rows = []
        if pupil_id is not None:
            by_item: dict[str, list[ObservationView]] = {}
            for obs in self.service.history(pupil_id):
                by_item.setdefault(obs.item_id, []).append(obs)
            position = {i.id: i.position for i in self.service.items(include_hidden=True)}
            self._rows = [
                _TimelineRow(item_id, tuple(obs))
                for item_id, obs in sorted(by_item.items(), key=lambda kv: position.get(kv[0], 0))
            ]
        self._width = max((len(r.observations) for r in self._rows), default=0)
        self._pupil_id = pupil_id
        self._load_decisions()
        self.endResetModel()

    def _load_decisions(self) -> None:
        """The teacher's decisions for this pupil in the period shown: ✎ beside their items."""
        self._decided = {}
        period = self.service.period_of(self._period[0]) if self._period is not None else None
        if self._pupil_id is None or period is None:
            return
        self._decided = {item_id: (period.label, step_id)
                         for (pupil_id, item_id), step_id in self.service.overrides(period.index).items()
                         if pupil_id == self._pupil_id}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_period(self, bounds: tuple[date, date] | None) -> None:
        self._period = bounds
        self._load_decisions()
        if self._rows and self._width:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, self._width),
                                  [Qt.ItemDataRole.FontRole])

    def observation(self, index: Index) -> ObservationView | None:
        if not index.isValid() or index.column() == 0 or not 0 <= index.row() < len(self._rows):
            return None
        observations = self._rows[index.row()].observations
        n = index.column() - 1
        return observations[n] if n < len(observations) else None

    def index_of(self, observation_id: str) -> QModelIndex:
        for r, row in enumerate(self._rows):
            for c, obs in enumerate(row.observations, start=1):
                if obs.id == observation_id:
                    return self.index(r, c)
        return QModelIndex()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 1 + self._width

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Item")
        return self.tr("Observations, de la plus ancienne à la plus récente") if section == 1 else ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.observation(index) is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if index.column() == 0:
            item = self.service.item(self._rows[index.row()].item_id)
            decided = self._decided.get(item.id)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"✎ {item.code} — {item.label}" if decided else f"{item.code} — {item.label}"
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = f"{item.code}\n{item.label}"
                if decided:
                    tip += "\n" + self.tr("✎ décision de l'enseignant pour {0} : {1}").format(
                        decided[0], step_style.describe(self.service.step(decided[1])))
                return tip
            return None
        obs = self.observation(index)
        if obs is None:
            return None
        step = self.service.step(obs.step_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{step.symbol} {obs.observed_on:%d/%m}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return step_style.fill_brush(step)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(step_style.text_color(step))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(self._period is not None and self._period[0] <= obs.observed_on <= self._period[1])
            # A past year's mark, handed over with the pupil (``progression.handover``): in italics.
            font.setItalic(obs.observed_on < self.service.class_info().year_starts_on)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(obs, step)
        if role == ID_ROLE:
            return obs.id
        return None

    def _tooltip(self, obs: ObservationView, step: StepView) -> str:
        period = self.service.period_of(obs.observed_on)
        lines = [step_style.describe(step), obs.observed_on.strftime("%d/%m/%Y")
                 + (f" ({period.label})" if period else "")]
        if obs.observed_on < self.service.class_info().year_starts_on:
            lines.append(self.tr("Observation d'une année passée : elle ne compte pas dans les bilans de cette année."))
        if obs.activity:
            lines.append(self.tr("Activité : {0}").format(obs.activity))
        if obs.comment:
            lines.append(self.tr("Commentaire : {0}").format(obs.comment))
        if obs.author:
            lines.append(self.tr("Par {0}").format(obs.author))
        return "\n".join(lines)
