"""« Lectures »: the class's reading list, who read each work, and each pupil's year against the programme.

On the left the teacher enters a work once for the class (title, author, kind, then Entrée). In the
middle, with a work chosen, they select the pupils who read it (Ctrl or Maj + clic, or « Toute la
classe »), say how (alone, with help, read aloud by the teacher) and when, and press « Marquer comme
lu » (Ctrl+Entrée): one action, one Ctrl+Z. Each pupil's line gives the works read since the start of
the year against the programme's figure, a « repère du programme ». On the right, the pupil the list
points at: their readings, the kinds covered, and what they said of each work (Entrée saves it).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from progression.operations import (
    AddWork,
    Changes,
    EditReading,
    EditWork,
    Part,
    RecordReadings,
    SetWorkDeleted,
    SetWorkReadingsDeleted,
)
from progression.views import PeriodView
from progression.works import KINDS, PupilWorks, ReadingView, WorkView, class_works, readings, year_summaries
from ui.panel import Panel
from ui.runner import ActionRunner
from ui.widgets import from_qdate, name_from_buddies, to_qdate

ID = Qt.ItemDataRole.UserRole


def _table(columns: list[str], name: str, stretched: tuple[int, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # arrows move in the table; Tab goes on
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretched:  # the long texts share the room left
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def _key(table: QTableWidget, row: int) -> str | None:
    """The id kept in the first cell of a row."""
    item = table.item(row, 0)
    return item.data(ID) if item is not None else None


def _cell(text: str, key: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)  # a long title cut short in its column reads whole under the pointer
    if key is not None:
        item.setData(ID, key)
    return item


class WorksPanel(Panel):
    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._period = self.service.current_period()
        self._works: list[WorkView] = []
        self._readings: list[ReadingView] = []
        self._summaries: dict[str, PupilWorks] = {}
        self.kind_words = {
            "album": self.tr("album"), "roman": self.tr("roman"), "conte": self.tr("conte"),
            "fable": self.tr("fable"), "poesie": self.tr("poésie"), "theatre": self.tr("théâtre"),
            "documentaire": self.tr("documentaire"), "bd": self.tr("bande dessinée"),
        }
        self.mode_words = {"alone": self.tr("lu seul"), "helped": self.tr("lu avec aide"),
                           "aloud": self.tr("lu à voix haute par l'enseignant(e)")}
        self.mode_short = {"alone": self.tr("seul"), "helped": self.tr("avec aide"),
                           "aloud": self.tr("par l'enseignant(e)")}

        # The class's reading list.
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Titre de l'œuvre"))
        self.author_edit = QLineEdit()
        self.author_edit.setPlaceholderText(self.tr("Auteur (facultatif)"))
        self.kind_combo = QComboBox()
        for code in KINDS:
            self.kind_combo.addItem(self.kind_words[code], code)
        self.add_button = QPushButton(self.tr("Ajouter à la liste (Entrée)"))
        self.correct_button = QPushButton(self.tr("Corriger l'œuvre choisie"))
        self.works_table = _table([self.tr("Titre"), self.tr("Auteur"), self.tr("Genre"), self.tr("Lu par")],
                                  self.tr("Liste de lecture de la classe"), (0, 1))
        self.remove_work_button = QPushButton(self.tr("Retirer de la liste"))
        list_box = QGroupBox(self.tr("Liste de lecture de la classe"))
        form = QFormLayout()
        form.addRow(self.tr("Titre"), self.title_edit)
        form.addRow(self.tr("Auteur"), self.author_edit)
        form.addRow(self.tr("Genre"), self.kind_combo)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.add_button)
        form_buttons.addWidget(self.correct_button)
        list_layout = QVBoxLayout(list_box)
        list_layout.addLayout(form)
        list_layout.addLayout(form_buttons)
        list_layout.addWidget(self.works_table, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_work_button)
        list_layout.addLayout(remove_row)

        # Who read the chosen work.
        self.work_label = QLabel()
        self.work_label.setWordWrap(True)
        self.pupil_list = QListWidget()
        self.pupil_list.setAccessibleName(self.tr("Élèves de la classe"))
        self.pupil_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.select_all_button = QPushButton(self.tr("Toute la classe"))
        self.mode_combo = QComboBox()
        for code in ("alone", "helped", "aloud"):
            self.mode_combo.addItem(self.mode_words[code], code)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.record_button = QPushButton(self.tr("Marquer comme lu (Ctrl+Entrée)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        who_box = QGroupBox(self.tr("Qui l'a lu"))
        who_layout = QVBoxLayout(who_box)
        who_layout.addWidget(self.work_label)
        who_layout.addWidget(self.pupil_list, 1)
        who_layout.addWidget(self.select_all_button)
        how = QFormLayout()
        how.addRow(self.tr("Manière de lire"), self.mode_combo)
        how.addRow(self.tr("Date"), self.day)
        who_layout.addLayout(how)
        who_layout.addWidget(self.record_button)
        who_layout.addWidget(self.status)

        # The pupil the list points at.
        self.pupil_box = QGroupBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readings_table = _table([self.tr("Œuvre"), self.tr("Genre"), self.tr("Lu"), self.tr("Date"),
                                      self.tr("Réponse")], self.tr("Lectures de l'élève"), (0, 4))
        self.response_edit = QLineEdit()
        self.response_edit.setPlaceholderText(self.tr("Une phrase de l'élève sur l'œuvre, puis Entrée"))
        self.remove_reading_button = QPushButton(self.tr("Retirer cette lecture"))
        pupil_layout = QVBoxLayout(self.pupil_box)
        pupil_layout.addWidget(self.summary)
        pupil_layout.addWidget(self.readings_table, 1)
        response_form = QFormLayout()
        response_form.addRow(self.tr("Ce qu'en dit l'élève"), self.response_edit)
        pupil_layout.addLayout(response_form)
        remove_reading_row = QHBoxLayout()
        remove_reading_row.addStretch(1)
        remove_reading_row.addWidget(self.remove_reading_button)
        pupil_layout.addLayout(remove_reading_row)

        layout = QHBoxLayout(self)
        layout.addWidget(list_box, 3)
        layout.addWidget(who_box, 3)
        layout.addWidget(self.pupil_box, 4)

        self.title_edit.returnPressed.connect(self.add_work)
        self.author_edit.returnPressed.connect(self.add_work)
        self.add_button.clicked.connect(self.add_work)
        self.correct_button.clicked.connect(self.correct_work)
        self.remove_work_button.clicked.connect(self.remove_work)
        self.works_table.itemSelectionChanged.connect(self._work_chosen)
        self.select_all_button.clicked.connect(self.pupil_list.selectAll)
        self.record_button.clicked.connect(self.record)
        self.pupil_list.currentItemChanged.connect(lambda *_: self._show_pupil())
        self.pupil_list.itemSelectionChanged.connect(self._update_buttons)
        self.readings_table.itemSelectionChanged.connect(self._reading_chosen)
        self.response_edit.returnPressed.connect(self.save_response)
        self.remove_reading_button.clicked.connect(self.remove_reading)
        record_key = QShortcut(QKeySequence("Ctrl+Return"), self)
        record_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        record_key.activated.connect(self.record)
        for table, slot in ((self.works_table, self.remove_work), (self.readings_table, self.remove_reading)):
            delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
            delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete_key.activated.connect(slot)
        name_from_buddies(self)
        self.day.setAccessibleName(self.tr("Date de la lecture"))

        self._load()
        self.set_period(self._period.index)

    # ------------------------------------------------------------ contract

    @property
    def period(self) -> PeriodView:
        """The period shown: the counts go up to its end."""
        return self._period

    def set_period(self, period_index: int) -> None:
        changed = period_index != self._period.index
        self._period = self.service.period(period_index)
        klass = self.service.class_info()
        self.day.setDateRange(to_qdate(klass.year_starts_on), to_qdate(klass.year_ends_on))
        if not self._period.contains(from_qdate(self.day.date())):
            self.day.setDate(to_qdate(min(max(date.today(), self._period.starts_on), self._period.ends_on)))
        if changed:
            self._load()

    def on_changes(self, changes: Changes) -> None:
        if changes.parts & (Part.WORKS | Part.PUPILS | Part.CLASS):
            self._load()

    # ------------------------------------------------------------ reading the carnet

    def _load(self) -> None:
        chosen, current = self.current_work_id(), self.current_pupil_id()
        selected = set(self.selected_pupil_ids())
        self._works = class_works(self.service)
        self._readings = readings(self.service)
        pupils = self.service.pupils(include_left=False)
        # Counted up to the end of the period shown, as in its synthesis.
        self._summaries = year_summaries(self.service, pupils, until=self._period.ends_on)
        readers: dict[str, int] = {}
        for r in self._readings:
            readers[r.work_id] = readers.get(r.work_id, 0) + 1
        self.works_table.blockSignals(True)
        self.works_table.setRowCount(len(self._works))
        for row, work in enumerate(self._works):
            self.works_table.setItem(row, 0, _cell(work.title, work.id))
            self.works_table.setItem(row, 1, _cell(work.author))
            self.works_table.setItem(row, 2, _cell(self.kind_words.get(work.kind, work.kind)))
            self.works_table.setItem(row, 3, _cell(self.pupils_words(readers.get(work.id, 0))))
            if work.id == chosen:
                self.works_table.selectRow(row)
        self.works_table.blockSignals(False)
        self.pupil_list.blockSignals(True)
        self.pupil_list.clear()
        for pupil in pupils:
            item = QListWidgetItem()
            item.setData(ID, pupil.id)
            self.pupil_list.addItem(item)
            item.setSelected(pupil.id in selected)
            if pupil.id == current:
                self.pupil_list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.pupil_list.blockSignals(False)
        self._label_pupils()
        self._show_pupil()
        self._update_buttons()

    def pupils_words(self, count: int) -> str:
        return (self.tr("{0} élève") if count <= 1 else self.tr("{0} élèves")).format(count)

    def works_words(self, count: int) -> str:
        return (self.tr("{0} œuvre") if count <= 1 else self.tr("{0} œuvres")).format(count)

    def _label_pupils(self) -> None:
        """Each pupil's line: ✓ when they read the chosen work, and the year's count against the figure."""
        work_id = self.current_work_id()
        read = {r.pupil_id for r in self._readings if r.work_id == work_id}
        for row in range(self.pupil_list.count()):
            item = self.pupil_list.item(row)
            pupil = self.service.pupil(item.data(ID))
            summary = self._summaries.get(pupil.id)
            count = summary.count if summary else 0
            line = self.tr("{0} ({1}) — {2}").format(pupil.display_name, pupil.grade, self.works_words(count))
            figure = summary.figure if summary else None
            if figure is not None:
                bounds = (f"{figure.minimum}–{figure.maximum}" if figure.maximum is not None
                          else self.tr("au moins {0}").format(figure.minimum))
                line += self.tr(" · repère : {0}").format(bounds)
            item.setText(("✓ " if pupil.id in read else "") + line)

    # ------------------------------------------------------------ the reading list

    def current_work_id(self) -> str | None:
        rows = self.works_table.selectionModel().selectedRows() if self.works_table.selectionModel() else []
        if not rows:
            return None
        return _key(self.works_table, rows[0].row())

    def select_work(self, work_id: str) -> None:
        for row in range(self.works_table.rowCount()):
            if _key(self.works_table, row) == work_id:
                self.works_table.selectRow(row)

    def _work(self) -> WorkView | None:
        work_id = self.current_work_id()
        return next((w for w in self._works if w.id == work_id), None)

    def add_work(self) -> None:
        title = self.title_edit.text()
        changes = self.runner.run(AddWork(title, self.author_edit.text(), self.kind_combo.currentData()), self)
        if changes is None:
            return
        self.title_edit.clear()
        self.author_edit.clear()
        if self._works:
            self.select_work(self._works[-1].id)  # the work just added, ready to tick who read it
        self.status.setText(self.tr("« {0} » ajouté à la liste : choisissez les élèves qui l'ont lu.")
                            .format(title.strip()))
        self.title_edit.setFocus()

    def correct_work(self) -> None:
        work = self._work()
        if work is None:
            return
        title = self.title_edit.text() or work.title
        author = self.author_edit.text() or work.author
        if self.runner.run(EditWork(work.id, title, author, self.kind_combo.currentData()), self) is not None:
            self.title_edit.clear()
            self.author_edit.clear()

    def remove_work(self) -> None:
        work = self._work()
        if work is not None:
            self.runner.run(SetWorkDeleted(work.id, True), self)

    def _work_chosen(self) -> None:
        work = self._work()
        if work is None:
            self.work_label.setText(self.tr("Choisissez une œuvre dans la liste de lecture."))
        else:
            self.work_label.setText(self.tr("<b>{0}</b> : sélectionnez les élèves qui l'ont lu (Ctrl ou Maj + clic)")
                                    .format(work.title.replace("<", "&lt;")))
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(work.kind)))
        self._label_pupils()
        self._update_buttons()

    # ------------------------------------------------------------ who read it

    def selected_pupil_ids(self) -> list[str]:
        return [item.data(ID) for item in self.pupil_list.selectedItems()]

    def current_pupil_id(self) -> str | None:
        item = self.pupil_list.currentItem()
        return item.data(ID) if item is not None else None

    def record(self) -> None:
        work = self._work()
        if work is None:
            self.runner.show_error(self.tr("Choisissez d'abord l'œuvre lue dans la liste de lecture."), self)
            return
        pupils = self.selected_pupil_ids()
        day = from_qdate(self.day.date())
        if day > date.today():
            self.runner.show_error(self.tr("La date du {0} est après aujourd'hui : notez une lecture le jour où elle "
                                           "a eu lieu. Corrigez la date ; rien n'a été enregistré.")
                                   .format(day.strftime("%d/%m/%Y")), self)
            return
        operation = RecordReadings(work.id, tuple(pupils), day, self.mode_combo.currentData(),
                                   author=self.service.settings.author)
        changes = self.runner.run(operation, self)
        if changes is None:
            return
        count = len(changes.pupils)
        self.status.setText(self.tr("« {0} » noté comme lu pour {1}.").format(work.title, self.pupils_words(count)))

    def _update_buttons(self) -> None:
        chosen = self.current_work_id() is not None
        self.record_button.setEnabled(chosen and bool(self.pupil_list.selectedItems()))
        self.correct_button.setEnabled(chosen)
        self.remove_work_button.setEnabled(chosen)

    # ------------------------------------------------------------ one pupil's readings

    def _show_pupil(self) -> None:
        pupil_id = self.current_pupil_id()
        # Up to the end of the period shown, as its count.
        mine = [r for r in self._readings if r.pupil_id == pupil_id and r.read_on <= self._period.ends_on]
        works = {w.id: w for w in self._works}
        self.readings_table.blockSignals(True)
        self.readings_table.setRowCount(len(mine))
        for row, reading in enumerate(mine):
            work = works.get(reading.work_id)
            self.readings_table.setItem(row, 0, _cell(work.title if work else "", reading.id))
            self.readings_table.setItem(row, 1, _cell(self.kind_words.get(work.kind, "") if work else ""))
            how = _cell(self.mode_short.get(reading.mode, reading.mode))
            how.setToolTip(self.mode_words.get(reading.mode, reading.mode))
            self.readings_table.setItem(row, 2, how)
            self.readings_table.setItem(row, 3, _cell(reading.read_on.strftime("%d/%m/%Y")))
            self.readings_table.setItem(row, 4, _cell(reading.response))
        self.readings_table.blockSignals(False)
        summary = self._summaries.get(pupil_id or "")
        if pupil_id is None or summary is None:
            self.pupil_box.setTitle(self.tr("Lectures de l'élève"))
            self.summary.setText(self.tr("Choisissez un élève dans la liste pour voir ses lectures."))
        else:
            pupil = self.service.pupil(pupil_id)
            self.pupil_box.setTitle(self.tr("Lectures de {0}").format(pupil.display_name))
            self.summary.setText(self.summary_text(summary))
        self._reading_chosen()

    def summary_text(self, summary: PupilWorks) -> str:
        """« 4 œuvres lues depuis la rentrée · repère du programme en CE1 : 5 à 10 œuvres dans l'année »,
        then the kinds read and those not read yet."""
        line = (self.tr("{0} œuvre lue depuis la rentrée") if summary.count <= 1
                else self.tr("{0} œuvres lues depuis la rentrée")).format(summary.count)
        figure = summary.figure
        if figure is not None:
            bounds = (self.tr("{0} à {1} œuvres dans l'année").format(figure.minimum, figure.maximum)
                      if figure.maximum is not None
                      else self.tr("au moins {0} œuvres dans l'année").format(figure.minimum))
            line += self.tr(" · repère du programme en {0} : {1}").format(summary.grade, bounds)
            if not figure.verified:
                line += self.tr(" (chiffre à vérifier dans le texte officiel)")
        kinds = ", ".join(self.kind_words[k] for k in summary.kinds) or self.tr("aucun")
        missing = ", ".join(self.kind_words[k] for k in summary.kinds_missing) or self.tr("aucun")
        return line + "\n" + self.tr("Genres lus : {0}. Pas encore : {1}.").format(kinds, missing)

    def current_reading(self) -> ReadingView | None:
        rows = self.readings_table.selectionModel().selectedRows()
        if not rows:
            return None
        reading_id = _key(self.readings_table, rows[0].row())
        return next((r for r in self._readings if r.id == reading_id), None)

    def _reading_chosen(self) -> None:
        reading = self.current_reading()
        self.response_edit.setEnabled(reading is not None)
        self.remove_reading_button.setEnabled(reading is not None)
        self.response_edit.setText(reading.response if reading else "")

    def save_response(self) -> None:
        reading = self.current_reading()
        if reading is None or self.response_edit.text().strip() == reading.response:
            return
        chosen = reading.id
        if self.runner.run(EditReading(reading.id, reading.read_on, reading.mode, self.response_edit.text()),
                           self) is None:
            return
        for row in range(self.readings_table.rowCount()):
            if _key(self.readings_table, row) == chosen:
                self.readings_table.selectRow(row)

    def remove_reading(self) -> None:
        reading = self.current_reading()
        if reading is not None:
            self.runner.run(SetWorkReadingsDeleted((reading.id,), True), self)
