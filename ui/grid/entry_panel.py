"""The « Saisie » page: filters, the observation grid and its legend.

Turns the grid's requests (a key, a choice in the picker) into one domain operation run
through the ``ActionRunner``: one ``MarkCells`` for all the selected cells, so one keystroke is
one undo entry however many pupils it marks; a cell's mark of the same session (same day and
activity) is corrected rather than added to (the rule is the core's, ``CarnetService.marking``).
The date and the activity come from the main window's toolbar, set once for a whole session of
marking.

A class of several grades opens on its first grade: that grade's pupils with that grade's
objectives, so no cell in view is one a pupil does not have (« Tous les niveaux » stays in the
list for whoever wants the whole class, hatched cells and all). F6 goes to the next grade.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from progression.operations import Changes, Part, SetObservationsDeleted
from progression.views import StepView
from ui.grid.model import ObservationTableModel
from ui.grid.picker import ERASE, StepPicker, key_of
from ui.grid.view import ObservationGridView
from ui.labels import erased_message, pupils_phrase, recorded_message
from ui.panel import Panel
from ui.runner import ActionRunner
from ui.step_style import text_on
from ui.widgets import named


class EntryPanel(Panel):
    status = Signal(str)  # a sentence for the status bar after each recording

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("entryPanel")
        self.observed_on: date = date.today()
        self.activity = ""
        self.picker: StepPicker | None = None
        self._need_competency: dict[str, str] = {}  # need group filter → its competency's code
        service = runner.service

        self.grade_combo = named(QComboBox(), "gradeFilter")
        self.group_combo = named(QComboBox(), "groupFilter")
        self.competency_combo = named(QComboBox(), "competencyFilter")
        self.competency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.competency_combo.setMinimumContentsLength(40)
        grade_label = QLabel(self.tr("&Élèves :"))
        grade_label.setBuddy(self.grade_combo)
        self.group_label = QLabel(self.tr("&Groupe :"))
        self.group_label.setBuddy(self.group_combo)
        competency_label = QLabel(self.tr("&Objectifs :"))
        competency_label.setBuddy(self.competency_combo)
        # The short labels say little out of context: screen readers get what each filter chooses.
        self.grade_combo.setAccessibleName(self.tr("Niveau des élèves affichés"))
        self.group_combo.setAccessibleName(self.tr("Groupe d'élèves affiché"))
        self.competency_combo.setAccessibleName(self.tr("Compétence dont les objectifs sont affichés"))

        filters = QHBoxLayout()
        filters.addWidget(grade_label)
        filters.addWidget(self.grade_combo)
        filters.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        filters.addWidget(self.group_label)
        filters.addWidget(self.group_combo)
        filters.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        filters.addWidget(competency_label)
        filters.addWidget(self.competency_combo, 1)

        self.model = ObservationTableModel(service, self)
        grades = service.grades()
        if len(grades) > 1:
            self.model.set_filters(grade=grades[0])  # one grade in view: no hatched cell by default
        self.grid = ObservationGridView(self)
        self.grid.set_grid_model(self.model)
        self.empty_label = QLabel(self.tr("Aucun élève dans cette liste. Ajoutez vos élèves dans la page « Élèves »."))
        self.empty_label.setWordWrap(True)
        self.legend = named(QLabel(), "stepLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)

        self._fill_filters()
        self._update_legend()
        self._update_empty()
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self.grade_combo.currentIndexChanged.connect(self._filters_changed)
        self.group_combo.currentIndexChanged.connect(self._filters_changed)
        self.competency_combo.currentIndexChanged.connect(self._filters_changed)
        self.grid.step_requested.connect(self.record_on_selection)
        self.grid.erase_requested.connect(self.erase_selection)
        self.grid.picker_requested.connect(self.open_picker)
        self.model.modelReset.connect(self._update_empty)
        next_grade = QShortcut(QKeySequence(Qt.Key.Key_F6), self)
        next_grade.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        next_grade.activated.connect(self.next_grade)
        self.setFocusProxy(self.grid)

    # ------------------------------------------------------------ the panel contract

    def on_changes(self, changes: Changes) -> None:
        self.model.apply_changes(changes)
        if changes.parts & (Part.PUPILS | Part.ITEMS | Part.SETTINGS | Part.GROUPS):
            self._fill_filters()
            self.grid.delegate().set_steps(self.runner.service.steps())
            self._update_legend()
            self._update_empty()

    def set_period(self, period_index: int) -> None:
        self.model.set_period(period_index)
        self._fill_filters()  # each period keeps its own need groups

    def set_observed_on(self, day: date) -> None:
        self.observed_on = day

    def set_activity(self, activity: str) -> None:
        self.activity = activity

    # ------------------------------------------------------------ filters

    def _fill_filters(self) -> None:
        service = self.runner.service
        grade, group, competency = self.model.filters()
        for combo in (self.grade_combo, self.group_combo, self.competency_combo):
            combo.blockSignals(True)
            combo.clear()
        self.grade_combo.addItem(self.tr("Tous les niveaux"), None)
        for g in service.grades():
            self.grade_combo.addItem(g, g)
        self.group_combo.addItem(self.tr("Tous les groupes"), None)
        for g in self.model.groups():
            self.group_combo.addItem(g, g)
        self._need_competency.clear()
        for value, label, competency in self.model.need_groups():  # kept in the page « Groupes »
            self.group_combo.addItem(self.tr("Besoin : {group}").format(group=label), value)
            self._need_competency[value] = competency
        self.competency_combo.addItem(self.tr("Toutes les compétences"), None)
        for item in self.model.competencies():
            self.competency_combo.addItem(f"{item.code.rsplit('-', 1)[-1]} — {item.label}", item.code)
            self.competency_combo.setItemData(self.competency_combo.count() - 1, item.label,
                                              Qt.ItemDataRole.ToolTipRole)
        for combo, chosen in ((self.grade_combo, grade), (self.group_combo, group),
                             (self.competency_combo, competency)):
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        several_grades = len(service.grades()) > 1
        self.grade_combo.setEnabled(several_grades)
        self.grade_combo.setToolTip(self.tr("F6 : niveau suivant") if several_grades else "")
        has_groups = self.group_combo.count() > 1
        self.group_combo.setVisible(has_groups)
        self.group_label.setVisible(has_groups)
        self._filters_changed()

    def show_need_group(self, value: str) -> bool:
        """Only the pupils of a need group kept with the period, on its competency's objectives."""
        index = self.group_combo.findData(value)
        if index >= 0:
            self.group_combo.setCurrentIndex(index)
        return index >= 0

    def _group_chosen(self) -> None:
        """A need group: all its pupils whatever their grade, and its competency's objectives."""
        competency = self._need_competency.get(self.group_combo.currentData())
        if competency is None:
            return
        for combo, value in ((self.grade_combo, None), (self.competency_combo, competency)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _filters_changed(self) -> None:
        self.model.set_filters(self.grade_combo.currentData(), self.group_combo.currentData(),
                               self.competency_combo.currentData())
        self._update_empty()

    def next_grade(self) -> None:
        """F6: the next grade of the class, its pupils and its objectives (from « Tous les niveaux »: the first)."""
        grades = self.runner.service.grades()
        if len(grades) < 2:
            return
        current = self.grade_combo.currentData()
        following = grades[(grades.index(current) + 1) % len(grades)] if current in grades else grades[0]
        self.grade_combo.setCurrentIndex(self.grade_combo.findData(following))
        self.status.emit(self.tr("Élèves de {grade} et leurs objectifs").format(grade=following))

    def _update_empty(self) -> None:
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def _update_legend(self) -> None:
        steps = self.runner.service.steps()
        chips = []
        for step in steps:
            colour = step.color
            ink = text_on(QColor(colour)).name()
            key = key_of(step, steps)
            key_text = f"<b>{key}</b>&nbsp;" if key else ""
            chips.append(
                f"{key_text}<span style='background:{colour};color:{ink}'>&nbsp;{html.escape(step.symbol)}&nbsp;</span>"
                f"&nbsp;{html.escape(step.short)}"
            )
        help_text = html.escape(self.tr("Suppr : effacer · Entrée ou clic : choisir · Ctrl+Z : annuler"))
        if len(self.runner.service.grades()) > 1:
            help_text += " · " + html.escape(self.tr("F6 : niveau suivant"))
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(chips) + f"<br><span>{help_text}</span>")

    # ------------------------------------------------------------ recording

    def _selected(self) -> list[QModelIndex]:
        """Selected cells that can take a mark (hatched cells are never selectable)."""
        indexes = [i for i in self.grid.selectionModel().selectedIndexes() if self.model.is_applicable(i)]
        if not indexes:
            current = self.grid.currentIndex()
            if current.isValid() and self.model.is_applicable(current):
                indexes = [current]
        return sorted(indexes, key=lambda i: (i.row(), i.column()))

    def record_on_selection(self, step: StepView) -> None:
        indexes = self._selected()
        self.record(step, indexes, move_down=len(indexes) == 1)

    def record(self, step: StepView, indexes: list[QModelIndex], *, move_down: bool) -> bool:
        if not indexes:
            return False
        cells = tuple(self.model.cell(i) for i in indexes)
        service = self.runner.service
        # The core decides whether this is a new mark or the correction of one of this session.
        operation = service.marking(cells, step.id, self.observed_on, self.activity, author=service.settings.author)
        if self.runner.run(operation, self) is None:
            return False
        self.status.emit(recorded_message(step.short, pupils_phrase(service, [p for p, _ in cells]),
                                          corrected=bool(operation.replaces)))
        if move_down:
            self._move_down(indexes[0])
        return True

    def _move_down(self, index: QModelIndex) -> None:
        """After a mark, the next pupil in the same column: a column is marked in one go."""
        row = index.row() + 1
        while row < self.model.rowCount() and not self.model.is_applicable(self.model.index(row, index.column())):
            row += 1
        if row < self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(row, index.column()))

    def erase_selection(self) -> None:
        self.erase(self._selected())

    def erase(self, indexes: list[QModelIndex]) -> bool:
        """Tombstone the mark each cell shows (the latest of the period); undoable."""
        shown = [(i, self.model.observation_at(i)) for i in indexes]
        found = [(i, obs) for i, obs in shown if obs is not None]
        if not found:
            self.status.emit(self.tr("Rien à effacer dans cette case pour la période affichée."))
            return False
        operation = SetObservationsDeleted(tuple(obs.id for _, obs in found), True)
        if self.runner.run(operation, self) is None:
            return False
        who = pupils_phrase(self.runner.service, [obs.pupil_id for _, obs in found])
        self.status.emit(erased_message(len(found), who))
        return True

    # ------------------------------------------------------------ the picker

    def open_picker(self, index: QModelIndex, this_cell_only: bool) -> None:
        indexes = [index] if this_cell_only else self._selected()
        if not indexes:
            return
        targets = [(self.model.cell(i)) for i in indexes]
        can_erase = any(self.model.observation_at(i) is not None for i in indexes)
        # The focus on the step the cell shows: Entrée keeps it, arrows reach the others.
        current = self.model.step_at(index) if self.model.is_applicable(index) else None
        picker = StepPicker(self.runner.service.steps(), can_erase, self, current=current)
        # Opened from the keyboard on one cell, the picker then moves on like a key would.
        move_down = not this_cell_only and len(indexes) == 1
        picker.chosen.connect(lambda choice: self._picked(choice, targets, move_down))
        picker.dismissed.connect(lambda: self._picker_closed(picker))
        self.picker = picker
        picker.popup_at(self.grid.cell_anchor(index))

    def _picker_closed(self, picker: StepPicker) -> None:
        if self.picker is picker:  # the popup deletes itself: never keep a dangling reference
            self.picker = None
            self.grid.setFocus()

    def _picked(self, choice: object, targets: list[tuple[str, str]], move_down: bool) -> None:
        self.picker = None
        # Cells are looked up again by id: the grid may have been redrawn while the popup was open.
        indexes = [i for i in (self.model.index_of(p, it) for p, it in targets) if i.isValid()]
        if choice == ERASE:
            self.erase(indexes)
        elif isinstance(choice, StepView):
            self.record(choice, indexes, move_down=move_down)
        self.grid.setFocus()
