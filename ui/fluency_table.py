"""The « Fluence » page's table: the period's readings, each saying whether the text was prepared
and the *repère estimé (non officiel)* for its date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from progression.fluency import expected_on
from progression.service import CarnetService
from progression.views import FluencyView
from ui.widgets import ROOT, Index


class FluencyTableModel(QAbstractTableModel):
    """The period's measures, newest first."""

    PUPIL, DATE, TEXT, PREPARED, WORDS, ERRORS, SECONDS, MCLM, GUIDE = range(9)

    def __init__(self, service: CarnetService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._rows: list[FluencyView] = []
        self._headers = [self.tr("Élève"), self.tr("Date"), self.tr("Texte"), self.tr("Préparé"), self.tr("Mots lus"),
                         self.tr("Erreurs"), self.tr("Durée (s)"), self.tr("MCLM"),
                         self.tr("Repère estimé (non officiel)")]

    def set_rows(self, rows: list[FluencyView]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda m: (m.measured_on, m.id), reverse=True)
        self.endResetModel()

    def measure(self, row: int) -> FluencyView:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        column = index.column()
        pupil = next((p for p in self.service.pupils() if p.id == m.pupil_id), None)
        if role == Qt.ItemDataRole.DisplayRole:
            guide = expected_on(pupil.grade, m.measured_on, prepared=m.prepared) if pupil else None
            values = {
                self.PUPIL: f"{pupil.display_name} ({pupil.grade})" if pupil else "?",
                self.DATE: m.measured_on.strftime("%d/%m/%Y"),
                self.TEXT: m.text_title,
                self.PREPARED: self.tr("oui") if m.prepared else self.tr("non"),
                self.WORDS: str(m.words_read),
                self.ERRORS: str(m.errors),
                self.SECONDS: f"{m.seconds:g}",
                self.MCLM: f"{m.mclm:g}",
                self.GUIDE: f"{guide:g}" if guide is not None else "–",
            }
            return values.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.WORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.MCLM:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return m.text_title
        if role == Qt.ItemDataRole.ToolTipRole and column == self.GUIDE:
            return self.tr("Repère estimé (non officiel) pour la date, tracé entre deux objectifs officiels : "
                           "seuls les objectifs de fin d'année sont officiels.")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PREPARED:
            return self.tr("Texte préparé avant la lecture") if m.prepared else self.tr("Texte lu sans préparation")
        return None
