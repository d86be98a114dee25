"""« Élèves »: one pupil's page — details, the year's observations item by item, fluency.

The list on the left filters as the teacher types (ignoring case and accents). On the
right: the pupil's details (saved with ``SavePupil``, undoable), a timeline with one row
per observed item and one coloured chip per observation in date order (select a chip to
change it or delete it), the fluency curve against the grade's guide line, and the
period appreciations. Every change goes through the ``ActionRunner``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from progression.fluency import expected_on, year_end_target
from progression.grades import GRADES
from progression.names import match_key
from progression.operations import Changes, EditObservation, Part, PupilFields, SavePupil, SetObservationsDeleted
from progression.views import ObservationView, PupilView
from ui import step_style
from ui.charts import CurvePoint, FluencyCurveView, PeriodBand
from ui.panel import Panel
from ui.pupil_forms import ObservationDialog, OptionalDateEdit
from ui.pupil_models import PupilListModel, PupilTimelineTableModel
from ui.runner import ActionRunner
from ui.widgets import choose, name_from_buddies


def _touches(changes: Changes, pupil_id: str | None) -> bool:
    """Whether a change may concern this pupil (an empty pupil set means "anyone")."""
    return pupil_id is not None and (not changes.pupils or pupil_id in changes.pupils)


def fluency_guide(grade: str, year_start: date, year_end: date) -> list[tuple[date, float]]:
    """The grade's repère sampled weekly: the shape itself comes from progression.fluency."""
    points = []
    day = year_start
    while day <= year_end:
        value = expected_on(grade, day)
        if value is None:
            return []
        points.append((day, value))
        day += timedelta(days=7)
    return points


class PupilPanel(Panel):
    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._pupil_id: str | None = None
        self._period_index = self.service.current_period().index
        self._loading = False
        self._dirty = False

        # Left: the list.
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Chercher un élève…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Chercher un élève"))
        self.list_model = PupilListModel(self.service, self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Élèves de la classe"))
        self.list.setModel(self.list_model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.new_button = QPushButton(self.tr("Nouvel élève…"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        # Right, top: the details.
        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.last_name = QLineEdit()
        self.first_name = QLineEdit()
        self.grade = QComboBox()
        self.grade.addItems(list(GRADES))
        self.ine = QLineEdit()
        self.ine.setMaxLength(11)
        self.ine.setPlaceholderText(self.tr("11 caractères"))
        self.birth_date = OptionalDateEdit(self.tr("connue :"), self.tr("Date de naissance connue"),
                                           self.tr("Date de naissance"))
        self.left_on = OptionalDateEdit(self.tr("oui, le"), self.tr("A quitté la classe"), self.tr("Date de départ"))
        self.arrived_on = OptionalDateEdit(self.tr("oui, le"), self.tr("Arrivé(e) en cours d'année"),
                                           self.tr("Date d'arrivée"))
        # Free text, but the class's groups are offered, so one group is not typed two ways.
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        group_line = self.group.lineEdit()
        assert group_line is not None
        group_line.setPlaceholderText(self.tr("aucun (ex. : lecteurs fragiles)"))
        self.group.setToolTip(self.tr("Un groupe de besoin : la grille de saisie peut n'afficher que ses élèves."))
        em = self.fontMetrics().horizontalAdvance("M")
        # Room for a name and a whole INE however large the font (the row shares its width).
        for line, ems in ((self.last_name, 7), (self.first_name, 7), (self.ine, 8)):
            line.setMinimumWidth(em * ems)
        self.group.setMinimumContentsLength(12)
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.save_button = QPushButton(self.tr("Enregistrer la fiche"))
        self.revert_button = QPushButton(self.tr("Annuler les modifications"))
        details = QGroupBox(self.tr("Fiche"))
        grid = QGridLayout(details)
        # (label, its buddy, what sits beside it, row, column, columns the field spans). Arrival
        # above departure; the group, free text, gets the width of two fields.
        fields: tuple[tuple[str, QWidget, QWidget, int, int, int], ...] = (
            (self.tr("Nom"), self.last_name, self.last_name, 0, 0, 1),
            (self.tr("Prénom"), self.first_name, self.first_name, 0, 2, 1),
            (self.tr("Niveau"), self.grade, self.grade, 0, 4, 1),
            (self.tr("Date de naissance"), self.birth_date.check, self.birth_date, 1, 0, 1),
            (self.tr("INE"), self.ine, self.ine, 1, 2, 1),
            (self.tr("Arrivé(e) en cours d'année"), self.arrived_on.check, self.arrived_on, 1, 4, 1),
            (self.tr("Groupe"), self.group, self.group, 2, 0, 3),
            (self.tr("A quitté la classe"), self.left_on.check, self.left_on, 2, 4, 1),
        )
        for text, buddy, field, at_row, column, span in fields:
            label = QLabel(text)
            label.setBuddy(buddy)  # the label names its field for screen readers (name_from_buddies)
            grid.addWidget(label, at_row, column)
            grid.addWidget(field, at_row, column + 1, 1, span)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 3, 0, 1, 6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 2)

        # Right, middle: the timeline.
        self.timeline_model = PupilTimelineTableModel(self.service, self)
        self.timeline = QTableView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName(self.tr("Parcours de l'année : les observations de chaque objectif"))
        self.timeline.setTabKeyNavigation(False)  # arrows move between chips; Tab goes on to the buttons
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.verticalHeader().hide()
        self.timeline.setWordWrap(False)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timeline.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.timeline.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # A chip holds « ★ 24/11 » in bold (the period's marks): measured, so it grows with the font.
        bold = QFont(self.font())
        bold.setBold(True)
        self.timeline.horizontalHeader().setDefaultSectionSize(QFontMetrics(bold).horizontalAdvance("★ 00/00") + em * 2)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.timeline.setShowGrid(False)
        self.timeline.setItemDelegate(step_style.StepChipDelegate(self.timeline))
        self.timeline.horizontalHeader().hide()
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        # The title stays short (a group box title never wraps and would set the page's minimum
        # width); the rest is said in the hint, which wraps.
        self.timeline_hint = QLabel(self.tr("Observations de la plus ancienne à la plus récente. Sélectionnez-en "
                                            "une pour la modifier (Entrée) ou la supprimer (Suppr) ; en gras : la "
                                            "période choisie."))
        self.timeline_hint.setWordWrap(True)
        self.timeline_hint.setStyleSheet("color: #666;")
        timeline_box = QGroupBox(self.tr("Parcours de l'année, objectif par objectif"))
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.addWidget(self.timeline, 1)
        row = QHBoxLayout()
        row.addWidget(self.timeline_hint, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        timeline_layout.addLayout(row)

        # Right, bottom: fluency and notes side by side.
        self.curve = FluencyCurveView()
        fluency_box = QGroupBox(self.tr("Fluence (mots correctement lus par minute)"))
        fluency_layout = QVBoxLayout(fluency_box)
        fluency_layout.addWidget(self.curve)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setTabChangesFocus(True)  # read-only, yet Tab must leave it
        self.notes.setAccessibleName(self.tr("Appréciations"))
        notes_box = QGroupBox(self.tr("Appréciations"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        notes_hint = QLabel(self.tr("Elles se rédigent dans « Bilans de période »."))
        notes_hint.setWordWrap(True)
        notes_hint.setStyleSheet("color: #666;")
        notes_layout.addWidget(notes_hint)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(fluency_box)
        bottom.addWidget(notes_box)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(details)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(timeline_box)
        vertical.addWidget(bottom)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 2)
        right_layout.addWidget(vertical, 1)
        self.right = right

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1040])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter.textChanged.connect(self._filter_changed)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self._new_pupil)
        self.save_button.clicked.connect(self.save_details)
        self.revert_button.clicked.connect(self._load_details)
        for line in (self.last_name, self.first_name, self.ine):
            line.textEdited.connect(self._details_edited)
        self.grade.activated.connect(self._details_edited)
        group_line.textEdited.connect(self._details_edited)
        self.group.activated.connect(self._details_edited)
        self.birth_date.changed.connect(self._details_edited)
        self.arrived_on.changed.connect(self._details_edited)
        self.left_on.changed.connect(self._details_edited)
        self.timeline.selectionModel().selectionChanged.connect(self._update_buttons)
        self.timeline.doubleClicked.connect(lambda _index: self.edit_observation())
        self.edit_button.clicked.connect(self.edit_observation)
        self.delete_button.clicked.connect(self.delete_observations)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.timeline)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_observations)
        for key in ("Return", "Enter"):  # what a double-click does, from the keyboard
            edit_key = QShortcut(QKeySequence(key), self.timeline)
            edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            edit_key.activated.connect(self.edit_observation)
        name_from_buddies(self)

        if self.list_model.rowCount():
            self.show_pupil(self.list_model.pupil_id(0))
        else:
            self._show(None)

    # ------------------------------------------------------------ contract

    def show_pupil(self, pupil_id: str) -> None:
        row = self.list_model.row_of(pupil_id)
        if row is None and self.filter.text():
            self.filter.clear()  # the pupil asked for is hidden by the filter: show everyone
            row = self.list_model.row_of(pupil_id)
        if row is None:
            return
        choose(self.list, self.list_model.index(row))
        if self._pupil_id != pupil_id:  # the row was already current: no currentChanged
            self._show(pupil_id)

    def set_period(self, period_index: int) -> None:
        self._period_index = period_index
        period = self.service.period(period_index)
        self.timeline_model.set_period((period.starts_on, period.ends_on))
        self.curve.set_highlight(period_index)

    def on_changes(self, changes: Changes) -> None:
        parts = changes.parts
        if Part.CLASS in parts or Part.SETTINGS in parts or Part.ITEMS in parts:
            self._reload_list()
            self._show(self._pupil_id)
            return
        if Part.PUPILS in parts:
            self._reload_list()
            if _touches(changes, self._pupil_id):
                self._load_details()
        if parts & (Part.OBSERVATIONS | Part.OVERRIDES) and _touches(changes, self._pupil_id):
            self._load_timeline()  # a decision on an objective shows ✎ on its row
        if Part.FLUENCY in parts and _touches(changes, self._pupil_id):
            self._load_curve()
        if Part.APPRECIATIONS in parts and _touches(changes, self._pupil_id):
            self._load_notes()

    # ------------------------------------------------------------ showing

    @property
    def pupil_id(self) -> str | None:
        return self._pupil_id

    def _reload_list(self) -> None:
        self.list_model.reload()
        if self._pupil_id is not None and self._pupil_id not in {p.id for p in self.service.pupils()}:
            self._pupil_id = None  # removed from the class (or its creation undone)
        if self._pupil_id is not None:
            row = self.list_model.row_of(self._pupil_id)
            if row is not None:
                choose(self.list, self.list_model.index(row))

    def _filter_changed(self, text: str) -> None:
        self._reload_list_keep(text)

    def _reload_list_keep(self, text: str) -> None:
        current = self._pupil_id
        self.list_model.set_filter(text)
        if current is not None and self.list_model.row_of(current) is not None:
            row = self.list_model.row_of(current)
            assert row is not None
            choose(self.list, self.list_model.index(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            pupil_id = self.list_model.pupil_id(current.row())
            if pupil_id != self._pupil_id:
                if self._dirty and self._pupil() is not None:
                    self.save_details()  # nothing typed is left only in memory
                self._show(pupil_id)

    def _show(self, pupil_id: str | None) -> None:
        self._pupil_id = pupil_id
        self.right.setEnabled(True)
        self._load_details()
        self._load_timeline()
        self._load_curve()
        self._load_notes()

    def _pupil(self) -> PupilView | None:
        if self._pupil_id is None:
            return None
        return next((p for p in self.service.pupils() if p.id == self._pupil_id), None)

    def _load_details(self) -> None:
        pupil = self._pupil()
        self._loading = True
        klass = self.service.class_info()
        self.group.clear()
        self.group.addItems(sorted({p.group for p in self.service.pupils() if p.group}, key=match_key))
        today = min(max(date.today(), klass.year_starts_on), klass.year_ends_on)
        if pupil is None:
            self.heading.setText(self.tr("Nouvel élève") if self._pupil_id is None else "")
            for line in (self.last_name, self.first_name, self.ine):
                line.clear()
            grades = self.service.grades()
            self.grade.setCurrentText(grades[0] if grades else "CE1")
            self.birth_date.set_value(None, date(klass.year_starts_on.year - 7, 1, 1))
            self.group.setEditText("")
            self.arrived_on.set_value(None, today)
            self.left_on.set_value(None, today)
        else:
            left = self.tr(" — a quitté la classe") if pupil.left_on else ""
            self.heading.setText(f"{pupil.display_name} · {pupil.grade}{left}")
            self.last_name.setText(pupil.last_name)
            self.first_name.setText(pupil.first_name)
            self.grade.setCurrentText(pupil.grade)
            self.ine.setText(pupil.ine or "")
            self.birth_date.set_value(pupil.birth_date, date(klass.year_starts_on.year - 7, 1, 1))
            self.group.setEditText(pupil.group)
            self.arrived_on.set_value(pupil.arrived_on, today)
            self.left_on.set_value(pupil.left_on, today)
        self._loading = False
        self._set_dirty(False)

    def _load_timeline(self) -> None:
        selected = [o.id for o in self.selected_observations()]
        self.timeline_model.set_pupil(self._pupil_id if self._pupil() else None)
        period = self.service.period(self._period_index)
        self.timeline_model.set_period((period.starts_on, period.ends_on))
        header = self.timeline.horizontalHeader()
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("M") * 43)  # the item's code and words
        for obs_id in selected:
            index = self.timeline_model.index_of(obs_id) if obs_id else QModelIndex()
            if index.isValid():
                self.timeline.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)
        self._update_buttons()

    def _load_curve(self) -> None:
        pupil = self._pupil()
        klass = self.service.class_info()
        bands = [PeriodBand(p.label, p.starts_on, p.ends_on) for p in self.service.periods()]
        year = (klass.year_starts_on, klass.year_ends_on)
        if pupil is None:
            self.curve.set_data(year=year, points=[], guide=[], target=None, bands=bands,
                                highlight=self._period_index)
            return
        points = [
            CurvePoint(m.measured_on, m.mclm, m.prepared, self._measure_tooltip(m.measured_on, m.mclm,
                                                                                 m.text_title, m.prepared))
            for m in self.service.fluency([pupil.id])
            if year[0] <= m.measured_on <= year[1]  # last year's, handed over, are in the list of readings
        ]
        self.curve.set_data(
            year=year, points=points,
            guide=fluency_guide(pupil.grade, klass.year_starts_on, klass.year_ends_on),
            target=year_end_target(pupil.grade), bands=bands, highlight=self._period_index,
        )

    def _measure_tooltip(self, day: date, value: float, title: str, prepared: bool) -> str:
        text = self.tr("{0} : {1} MCLM").format(day.strftime("%d/%m/%Y"), f"{value:g}")
        if title:
            text += "\n" + title
        text += "\n" + (self.tr("texte préparé") if prepared else self.tr("texte lu sans préparation"))
        return text

    def _load_notes(self) -> None:
        if self._pupil() is None:
            self.notes.setPlainText("")
            return
        assert self._pupil_id is not None
        blocks = []
        for period in self.service.periods():
            text = self.service.appreciation(self._pupil_id, period.index)
            if text:
                blocks.append(f"{period.label}\n{text}")
        empty = self.tr("Aucune appréciation pour l'instant.")
        self.notes.setPlainText("\n\n".join(blocks) if blocks else empty)

    # ------------------------------------------------------------ details

    def _details_edited(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty or self._pupil_id is None)
        self.revert_button.setEnabled(dirty)

    def _new_pupil(self) -> None:
        # Clear the current row too, so clicking that pupil again brings them back.
        self.list.selectionModel().clear()
        self._show(None)
        self.last_name.setFocus()

    def fields(self) -> PupilFields:
        """The form as typed, keeping what the form does not show (sex, birth name)."""
        pupil = self._pupil()
        return PupilFields(
            last_name=self.last_name.text(), first_name=self.first_name.text(),
            grade=self.grade.currentText(),
            birth_date=self.birth_date.value(), sex=pupil.sex if pupil else None,
            ine=self.ine.text().strip() or None,
            birth_last_name=pupil.birth_last_name if pupil else None, group=" ".join(self.group.currentText().split()),
            arrived_on=self.arrived_on.value(), left_on=self.left_on.value(),
        )

    def save_details(self) -> None:
        fields = self.fields()
        if fields.leaves_before_arriving():
            assert fields.left_on is not None and fields.arrived_on is not None
            self.runner.show_error(self.tr("La date de départ ({left}) précède la date d'arrivée ({arrived}).").format(
                left=fields.left_on.strftime("%d/%m/%Y"), arrived=fields.arrived_on.strftime("%d/%m/%Y")), self)
            return
        operation = SavePupil(fields, self._pupil_id if self._pupil() else None)
        if self.runner.run(operation, self) is None:
            return
        if operation.pupil_id is None:
            self.show_pupil(operation.new_pupil_id)
        else:
            self._set_dirty(False)

    # ------------------------------------------------------------ observations

    def selected_observations(self) -> list[ObservationView]:
        found = [self.timeline_model.observation(i) for i in self.timeline.selectionModel().selectedIndexes()]
        return [o for o in found if o is not None]

    def select_observation(self, observation_id: str) -> None:
        choose(self.timeline, self.timeline_model.index_of(observation_id))

    def _update_buttons(self, *_args: object) -> None:
        selected = self.selected_observations()
        self.edit_button.setEnabled(len(selected) == 1)
        self.delete_button.setEnabled(bool(selected))

    def edit_observation(self) -> None:
        selected = self.selected_observations()
        if len(selected) != 1:
            return
        obs = selected[0]
        answer = ObservationDialog.ask(self.service, obs, self)
        if answer is None:
            return
        self.runner.run(EditObservation(obs.id, answer.step_id, answer.observed_on, answer.activity,
                                        answer.comment), self)

    def delete_observations(self) -> None:
        ids = tuple(o.id for o in self.selected_observations())
        if ids:
            self.runner.run(SetObservationsDeleted(ids, True), self)
