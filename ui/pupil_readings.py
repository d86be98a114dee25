"""On the « Fluence » page, beside the reading: the chosen pupil's grids and decoding readings.

Two buttons open the grids (« Grille de lecture à voix haute », « Grille de compréhension ») for
the pupil chosen above; the list shows that pupil's grids and timed readings of syllables and
pseudo-words, newest first, each in its own unit — never mixed with the fluency of texts, which
has its chart and table below. « Supprimer » takes the selected line away (undoable).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from progression.fluency import KIND_UNITS
from progression.operations import SetFluencyDeleted, SetReadingGridsDeleted
from progression.reading_grids import level_words
from ui.reading_grid_dialog import ReadingGridDialog
from ui.runner import ActionRunner

ENTRY_ROLE = Qt.ItemDataRole.UserRole


class PupilReadings(QGroupBox):
    """The grids and decoding readings of one pupil; ``context`` gives (pupil id, name, day, text)."""

    def __init__(self, runner: ActionRunner, context: Callable[[], tuple[str | None, str, date, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.context = context
        self.dialog: ReadingGridDialog | None = None
        self.prosody_button = QPushButton(self.tr("Grille de lecture à voix haute…"))
        self.comprehension_button = QPushButton(self.tr("Grille de compréhension…"))
        self.list = QTableWidget(0, 3)
        self.list.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Lecture"), self.tr("Résultat")])
        self.list.setAccessibleName(self.tr("Grilles et lectures de décodage de l'élève"))
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)
        self.list.verticalHeader().hide()
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.delete_button = QPushButton(self.tr("Supprimer"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.prosody_button)
        buttons.addWidget(self.comprehension_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.prosody_button.clicked.connect(lambda: self.open_grid("prosody"))
        self.comprehension_button.clicked.connect(lambda: self.open_grid("comprehension"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.itemSelectionChanged.connect(self._update_delete)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self.refresh()

    def open_grid(self, kind: str) -> ReadingGridDialog | None:
        pupil_id, name, day, text = self.context()
        if pupil_id is None:
            self.runner.show_error(self.tr("Choisissez d'abord l'élève qui a lu."), self)
            return None
        self.dialog = ReadingGridDialog(self.runner, kind, pupil_id, name, day, text, self)
        self.dialog.open()
        return self.dialog

    def refresh(self) -> None:
        pupil_id, name, _day, _text = self.context()
        self.setTitle(self.tr("Grilles et décodage : {0}").format(name) if pupil_id else self.tr("Grilles et décodage"))
        service = self.runner.service
        entries: list[tuple[date, str, str, str, tuple[str, str]]] = []
        if pupil_id is not None:
            for g in service.reading_grids([pupil_id]):
                what = self.tr("Lecture à voix haute") if g.kind == "prosody" else self.tr("Compréhension")
                entries.append((g.assessed_on, g.id, self._titled(what, g.text_title),
                                level_words(g.kind, g.levels), ("grid", g.id)))
            for kind, what in (("syllables", self.tr("Syllabes")), ("pseudo_words", self.tr("Pseudo-mots"))):
                for m in service.fluency([pupil_id], kind=kind):
                    result = self.tr("{0} {1} ({2} lus, {3} erreurs, {4} s)").format(
                        f"{m.mclm:g}", KIND_UNITS[kind], m.words_read, m.errors, f"{m.seconds:g}")
                    entries.append((m.measured_on, m.id, self._titled(what, m.text_title), result, ("timed", m.id)))
        entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
        self.list.setRowCount(len(entries))
        for row, (day, _id, what, result, entry) in enumerate(entries):
            for column, value in enumerate((day.strftime("%d/%m/%Y"), what, result)):
                cell = QTableWidgetItem(value)
                cell.setData(ENTRY_ROLE, entry)
                cell.setToolTip(value)
                self.list.setItem(row, column, cell)
        self._update_delete()

    @staticmethod
    def _titled(what: str, title: str) -> str:
        return f"{what} — {title}" if title.strip() else what

    def entries(self) -> list[tuple[str, str, str]]:
        """What the list shows, row by row: (date, lecture, résultat)."""
        return [(self._text(row, 0), self._text(row, 1), self._text(row, 2)) for row in range(self.list.rowCount())]

    def _text(self, row: int, column: int) -> str:
        cell = self.list.item(row, column)
        return cell.text() if cell is not None else ""

    def _update_delete(self) -> None:
        self.delete_button.setEnabled(bool(self.list.selectionModel().selectedRows()))

    def delete_selected(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        cells = [self.list.item(index.row(), 0) for index in rows]
        chosen = [cell.data(ENTRY_ROLE) for cell in cells if cell is not None]
        grids = tuple(i for kind, i in chosen if kind == "grid")
        timed = tuple(i for kind, i in chosen if kind == "timed")
        if grids:
            self.runner.run(SetReadingGridsDeleted(grids, True), self)
        if timed:
            self.runner.run(SetFluencyDeleted(timed, True), self)
