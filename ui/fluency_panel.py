"""« Fluence »: a one-minute reading session, then the class's figures for the period.

The teacher picks a pupil and a text, starts the timer (Space), counts errors with one
key (E or -, Backspace takes the last one back), stops or lets the minute run out (the
display turns red, « Temps écoulé ! », and the computer beeps), types the words read and
saves. The MCLM shown while counting is computed by ``progression.fluency.mclm``, the same
function the carnet uses, so what the teacher sees is what is stored.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from progression.errors import ProgressionError
from progression.fluency import KIND_UNITS, expected_on, mclm, position
from progression.operations import AddFluencyMeasure, Changes, Part, SetFluencyDeleted
from progression.views import FluencyView
from ui.charts import Bar, ClassFluencyChart
from ui.fluency_table import FluencyTableModel
from ui.panel import Panel
from ui.pupil_readings import PupilReadings
from ui.runner import ActionRunner
from ui.widgets import from_qdate, name_from_buddies, to_qdate
from ui.words import error_text

SESSION_SECONDS = 60
TICK_MS = 100


class SessionClock:
    """A stopwatch for one reading; ``now`` is injectable so tests need not wait a minute."""

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self.now = now
        self._started: float | None = None
        self._stopped_at: float | None = None

    @property
    def running(self) -> bool:
        return self._started is not None and self._stopped_at is None

    @property
    def used(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        self._started, self._stopped_at = self.now(), None

    def stop(self) -> None:
        if self.running:
            self._stopped_at = self.now()

    def reset(self) -> None:
        self._started = self._stopped_at = None

    def elapsed(self) -> float:
        if self._started is None:
            return 0.0
        return (self._stopped_at if self._stopped_at is not None else self.now()) - self._started


class FluencyPanel(Panel):
    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.session_seconds = SESSION_SECONDS
        self.clock = SessionClock()
        self._finished = False
        self._period = self.service.current_period()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

        # Who reads what.
        self.pupil = QComboBox()
        self.pupil.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text = QComboBox()
        self.text.setEditable(True)
        self.text.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.text.setMinimumContentsLength(24)
        title_edit = self.text.lineEdit()
        assert title_edit is not None  # the combo is editable
        title_edit.setPlaceholderText(self.tr("Titre du texte lu"))
        self.prepared = QCheckBox(self.tr("texte préparé"))
        self.prepared.setToolTip(self.tr("Les objectifs officiels portent sur un texte lu sans préparation "
                                         "(au CP : 30 mots par minute sans préparation, 50 après préparation)."))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setAccessibleName(self.tr("Date de la lecture"))
        # What is read in the time: a text (the fluency), or syllables or pseudo-words (decoding, kept apart).
        self.reading_kind = QComboBox()
        for label, kind in ((self.tr("un texte (fluence)"), "text"), (self.tr("des syllabes"), "syllables"),
                            (self.tr("des pseudo-mots"), "pseudo_words")):
            self.reading_kind.addItem(label, kind)
        self.reading_kind.setToolTip(self.tr("Les syllabes et les pseudo-mots mesurent le décodage : ils sont "
                                             "montrés à part, jamais comparés aux objectifs de fluence."))
        who = QGroupBox(self.tr("Lecture"))
        who_form = QFormLayout(who)
        who_form.addRow(self.tr("Élève"), self.pupil)
        who_form.addRow(self.tr("Ce qui est lu"), self.reading_kind)
        who_form.addRow(self.tr("Texte"), self.text)
        who_form.addRow("", self.prepared)
        who_form.addRow(self.tr("Date"), self.day)

        # The timer.
        em = self.fontMetrics().horizontalAdvance("M")
        self.display = QLabel()
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumWidth(em * 18)  # the countdown's font shrinks to the room it gets
        self.display.setAccessibleName(self.tr("Secondes restantes"))
        self.display.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.start_button = QPushButton()
        self.reset_button = QPushButton(self.tr("Nouvelle lecture"))
        self.timer_hint = QLabel()
        self.timer_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_hint.setWordWrap(True)
        timer_box = QGroupBox(self.tr("Chronomètre"))
        timer_layout = QVBoxLayout(timer_box)
        timer_layout.addWidget(self.display, 1)
        timer_layout.addWidget(self.timer_hint)
        timer_buttons = QHBoxLayout()
        timer_buttons.addWidget(self.start_button, 2)
        timer_buttons.addWidget(self.reset_button, 1)
        timer_layout.addLayout(timer_buttons)

        # Counting.
        self.error_button = QPushButton(self.tr("Erreur (E)"))
        button_font = self.error_button.font()
        button_font.setPointSizeF(button_font.pointSizeF() * 1.5)
        button_font.setBold(True)
        self.error_button.setFont(button_font)
        self.error_button.setMinimumHeight(round(QFontMetrics(button_font).height() * 2.6))  # a big target
        self.undo_error_button = QPushButton(self.tr("Retirer la dernière erreur (⌫)"))
        self.errors_label = QLabel()
        counter_font = self.errors_label.font()
        counter_font.setPointSizeF(counter_font.pointSizeF() * 1.6)
        self.errors_label.setFont(counter_font)
        self.words = QSpinBox()
        self.words.setRange(0, 999)
        self.words.setMinimumWidth(em * 9)
        self.words.installEventFilter(self)  # Enter in « Mots lus », the last field typed, saves
        self.seconds = QSpinBox()
        self.seconds.setRange(1, 600)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setToolTip(self.tr("Durée de lecture : le chronomètre la remplit ; modifiable si vous "
                                        "avez chronométré autrement."))
        self.mclm_label = QLabel()
        self.mclm_label.setFont(counter_font)
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setDefault(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        count_box = QGroupBox(self.tr("Comptage"))
        count_layout = QVBoxLayout(count_box)
        count_layout.addWidget(self.error_button)
        errors_row = QHBoxLayout()
        errors_row.addWidget(self.errors_label, 1)
        errors_row.addWidget(self.undo_error_button)
        count_layout.addLayout(errors_row)
        count_form = QFormLayout()
        count_form.addRow(self.tr("Mots lus"), self.words)
        count_form.addRow(self.tr("Durée"), self.seconds)
        count_form.addRow(self.tr("MCLM"), self.mclm_label)
        count_layout.addLayout(count_form)
        count_layout.addWidget(self.save_button)
        count_layout.addWidget(self.status)

        self.readings = PupilReadings(runner, self._reading_context)
        who_side = QVBoxLayout()
        who_side.addWidget(who)
        who_side.addWidget(self.readings, 1)
        top = QHBoxLayout()
        top.addLayout(who_side, 3)
        top.addWidget(timer_box, 3)
        top.addWidget(count_box, 3)

        # The period: chart and table.
        self.chart = ClassFluencyChart()
        self.table_model = FluencyTableModel(self.service, self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("Mesures de la période"))
        self.table.setTabKeyNavigation(False)  # arrows move in the table; Tab goes on to « Supprimer »
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table_header = self.table.horizontalHeader()
        table_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table_header.setSectionResizeMode(FluencyTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.delete_button = QPushButton(self.tr("Supprimer la mesure"))
        self.period_box = QGroupBox()
        period_layout = QHBoxLayout(self.period_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart)
        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_button)
        table_layout.addLayout(delete_row)
        splitter.addWidget(table_side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 620])
        period_layout.addWidget(splitter)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 0)
        layout.addWidget(self.period_box, 1)

        self.start_button.clicked.connect(self.toggle_timer)
        self.reset_button.clicked.connect(self.new_reading)
        self.error_button.clicked.connect(self.add_error)
        self.undo_error_button.clicked.connect(self.remove_error)
        self.words.valueChanged.connect(self._update_mclm)
        self.seconds.valueChanged.connect(self._update_mclm)
        self.save_button.clicked.connect(self.save)
        self.reading_kind.currentIndexChanged.connect(self._kind_chosen)
        self.pupil.currentIndexChanged.connect(lambda _row: self.readings.refresh())
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_delete)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # Suppr in the table: as in the pupil's timeline
        delete_key.activated.connect(self.delete_selected)
        # Keys work anywhere in the panel, except while typing in a text field (Qt gives
        # line edits and spin boxes first claim on printable keys and Backspace).
        for sequence, slot in (("Space", self.toggle_timer), ("E", self.add_error), ("-", self.add_error),
                               ("Backspace", self.remove_error)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # Space still presses the button or ticks the box that has the focus (the keyboard's way
        # to use them); only « Démarrer » and « Erreur », where the focus sits while counting,
        # leave Space to the timer.
        for control in self.findChildren(QAbstractButton):
            if control not in (self.start_button, self.error_button):
                control.installEventFilter(self)
        name_from_buddies(self)

        self.errors = 0
        self._load_pupils()
        self._load_titles()
        self.set_period(self._period.index)
        self.new_reading()

    # ------------------------------------------------------------ contract

    def set_period(self, period_index: int) -> None:
        self._period = self.service.period(period_index)
        self.period_box.setTitle(self.tr("{0} : dernière mesure de chaque élève et mesures de la période")
                                 .format(self._period.label))
        klass = self.service.class_info()
        self.day.setDateRange(to_qdate(klass.year_starts_on), to_qdate(klass.year_ends_on))
        current = from_qdate(self.day.date())
        if not self._period.contains(current):
            self.day.setDate(to_qdate(min(max(date.today(), self._period.starts_on), self._period.ends_on)))
        self._load_period()

    def on_changes(self, changes: Changes) -> None:
        if Part.PUPILS in changes.parts or Part.CLASS in changes.parts:
            self._load_pupils()
        if changes.parts & (Part.FLUENCY | Part.PUPILS | Part.CLASS):
            self._load_titles()
            self._load_period()
        if changes.parts & (Part.FLUENCY | Part.READING_GRIDS | Part.PUPILS | Part.CLASS):
            self.readings.refresh()

    def _reading_context(self) -> tuple[str | None, str, date, str]:
        """The pupil chosen, the day and the text: what a grid opened from this page starts with."""
        return (self.pupil.currentData(), self.pupil.currentText(), from_qdate(self.day.date()),
                self.text.currentText().strip())

    def _kind_chosen(self) -> None:
        text = self.reading_kind.currentData() == "text"
        self.prepared.setEnabled(text)  # « préparé » says something of a text only
        if not text:
            self.prepared.setChecked(False)

    # ------------------------------------------------------------ the session

    def toggle_timer(self) -> None:
        if self.clock.running:
            self.stop_timer()
        else:
            self.start_timer()

    def start_timer(self) -> None:
        if self._finished or self.clock.used:
            self.new_reading()  # « Recommencer »: a new reading starts from zero errors
        self.clock.start()
        self._timer.start()
        self.error_button.setFocus()  # so E, Space and Backspace reach the panel's shortcuts
        self._show_timer()

    def stop_timer(self) -> None:
        """Stopped early: the time actually read is what counts."""
        self.clock.stop()
        self._timer.stop()
        self.seconds.setValue(max(1, round(self.clock.elapsed())))
        self._show_timer()
        self.words.setFocus()
        self.words.selectAll()

    def tick(self) -> None:
        if not self.clock.running:
            return
        if self.clock.elapsed() >= self.session_seconds:
            self._finish()
            return
        # Ten ticks a second, but the figure changes once a second: redraw only then.
        text = str(self.remaining())
        if text != self.display.text():
            self.display.setText(text)
            self._update_mclm()

    def _finish(self) -> None:
        self.clock.stop()
        self._timer.stop()
        self._finished = True
        self.seconds.setValue(self.session_seconds)
        self._show_timer()
        QApplication.beep()
        self.words.setFocus()
        self.words.selectAll()

    def _reset_timer(self) -> None:
        self._timer.stop()
        self.clock.reset()
        self._finished = False
        self.seconds.setValue(self.session_seconds)
        self._show_timer()

    def new_reading(self) -> None:
        self._reset_timer()
        self.errors = 0
        self.words.setValue(0)
        self._show_errors()

    @property
    def finished(self) -> bool:
        return self._finished

    def remaining(self) -> int:
        return max(0, math.ceil(self.session_seconds - self.clock.elapsed() - 1e-9))

    def _show_timer(self) -> None:
        if self._finished:
            self.display.setText(self.tr("Temps écoulé !"))
            self.display.setStyleSheet("color: white; background: #C62828; border-radius: 8px;")
            self.timer_hint.setText(self.tr("Saisissez le nombre de mots lus, puis Enregistrer."))
        else:
            self.display.setText(str(self.remaining()))
            running = self.clock.running
            colour = "#1F5F99" if running else "#2B2B2B"
            self.display.setStyleSheet(f"color: {colour}; background: #F3F6FA; border-radius: 8px;")
            if running:
                self.timer_hint.setText(self.tr("Lecture en cours… Espace pour arrêter avant la fin."))
            elif self.clock.used:
                self.timer_hint.setText(self.tr("Arrêté après {0} s : c'est cette durée qui compte.")
                                        .format(round(self.clock.elapsed())))
            else:
                self.timer_hint.setText(self.tr("Espace pour démarrer ; E ou - pour compter une erreur."))
        if self.clock.running:
            self.start_button.setText(self.tr("Arrêter (Espace)"))
        elif self.clock.used:
            self.start_button.setText(self.tr("Recommencer (Espace)"))
        else:
            self.start_button.setText(self.tr("Démarrer (Espace)"))
        self._fit_display()
        self._update_mclm()

    def _fit_display(self) -> None:
        """The countdown as large as the box allows; « Temps écoulé ! » shrunk to fit."""
        font = QFont(self.font())
        font.setBold(True)
        size = font.pointSizeF() * 4.5
        room = max(120, self.display.width() - 24)
        font.setPointSizeF(size)
        while size > 12 and QFontMetrics(font).horizontalAdvance(self.display.text()) > room:
            size *= 0.9
            font.setPointSizeF(size)
        self.display.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.words and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.words.interpretText()
            self.save()
            return True
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            event.accept()  # the focused control takes Space as a key press, not as the timer's shortcut
            return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_display()

    def add_error(self) -> None:
        self.errors += 1
        self._show_errors()

    def remove_error(self) -> None:
        self.errors = max(0, self.errors - 1)
        self._show_errors()

    def _show_errors(self) -> None:
        self.errors_label.setText(self.tr("Erreurs : {0}").format(self.errors))
        self.undo_error_button.setEnabled(self.errors > 0)
        self._update_mclm()

    def reading_seconds(self) -> float:
        """Elapsed time while the timer runs, else the duration field (filled by the timer)."""
        if self.clock.running:
            return max(1.0, self.clock.elapsed())
        return float(self.seconds.value())

    def live_mclm(self) -> float | None:
        try:
            return mclm(self.words.value(), self.errors, self.reading_seconds())
        except ProgressionError:
            return None

    def _update_mclm(self) -> None:
        try:
            value = mclm(self.words.value(), self.errors, self.reading_seconds())
        except ProgressionError as error:
            self.mclm_label.setText("–")
            self.mclm_label.setToolTip(error_text(error))
            return
        self.mclm_label.setText(f"<b>{value:g}</b>")
        self.mclm_label.setToolTip(self.tr("(mots lus − erreurs) × 60 / secondes"))

    def save(self) -> None:
        pupil_id = self.pupil.currentData()
        if pupil_id is None:
            self.runner.show_error(self.tr("Choisissez l'élève qui a lu."), self)
            return
        if self.clock.running:
            self.stop_timer()
        day = from_qdate(self.day.date())
        if day > date.today():
            self.runner.show_error(self.tr("La date du {0} est après aujourd'hui : une lecture se note le jour où elle "
                                           "a lieu. Corrigez la date ; rien n'a été enregistré.")
                                   .format(day.strftime("%d/%m/%Y")), self)
            return
        operation = AddFluencyMeasure(
            pupil_id=pupil_id, measured_on=day, words_read=self.words.value(), errors=self.errors,
            seconds=float(self.seconds.value()), text_title=self.text.currentText().strip(),
            prepared=self.prepared.isChecked(), author=self.service.settings.author,
            reading_kind=self.reading_kind.currentData(),
        )
        value = self.live_mclm()
        if self.runner.run(operation, self) is None:
            return
        name = self.pupil.currentText()
        kind = self.reading_kind.currentData()
        if kind == "text":
            self.status.setText(self.tr("Enregistré : {0} MCLM pour {1}.").format(f"{value:g}", name))
        else:
            self.status.setText(self.tr("Enregistré : {0} {1} pour {2} (décodage, à part de la fluence).")
                                .format(f"{value:g}", KIND_UNITS[kind], name))
        self.new_reading()
        self._next_pupil()

    def _next_pupil(self) -> None:
        """Move on to the next pupil, preferring one with no measure yet this period of what is being
        read (a text, syllables, pseudo-words): a session goes round the class."""
        measured = {m.pupil_id for m in self.service.fluency(kind=self.reading_kind.currentData())
                    if self._period.contains(m.measured_on)}
        count = self.pupil.count()
        following = [(self.pupil.currentIndex() + step) % count for step in range(1, count)]
        waiting = [row for row in following if self.pupil.itemData(row) not in measured]
        if waiting or following:
            self.pupil.setCurrentIndex((waiting or following)[0])

    # ------------------------------------------------------------ period figures

    def _load_pupils(self) -> None:
        current = self.pupil.currentData()
        self.pupil.clear()
        for p in self.service.pupils(include_left=False):
            self.pupil.addItem(f"{p.display_name} ({p.grade})", p.id)
        row = self.pupil.findData(current) if current else -1
        self.pupil.setCurrentIndex(max(row, 0) if self.pupil.count() else -1)

    def select_pupil(self, pupil_id: str) -> None:
        row = self.pupil.findData(pupil_id)
        if row >= 0:
            self.pupil.setCurrentIndex(row)

    def _load_titles(self) -> None:
        typed = self.text.currentText()
        titles: list[str] = []
        for m in sorted(self.service.fluency(), key=lambda m: m.measured_on, reverse=True):
            if m.text_title and m.text_title not in titles:
                titles.append(m.text_title)
        self.text.clear()
        self.text.addItems(titles)
        self.text.setCurrentText(typed)

    def _period_measures(self) -> list[FluencyView]:
        return [m for m in self.service.fluency() if self._period.contains(m.measured_on)]

    def _load_period(self) -> None:
        measures = self._period_measures()
        self.table_model.set_rows(measures)
        self.chart.set_bars(self.class_bars(measures))
        self._update_delete()

    def _update_delete(self, *_args: object) -> None:
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        ids = tuple(self.table_model.measure(i.row()).id for i in rows)
        if ids:
            self.runner.run(SetFluencyDeleted(ids, True), self)

    def class_bars(self, measures: list[FluencyView]) -> list[Bar]:
        """One bar per pupil: the latest measure of the period against the repère on that day."""
        latest: dict[str, FluencyView] = {}
        for measure in sorted(measures, key=lambda m: (m.measured_on, m.id)):
            latest[measure.pupil_id] = measure
        bars = []
        for p in self.service.pupils():
            m = latest.get(p.id)
            if m is None and not (p.left_on is None or p.left_on >= self._period.starts_on):
                continue  # left before this period: nothing to show
            label = f"{p.first_name} {p.last_name[:1]}."
            if m is None:
                day = min(max(date.today(), self._period.starts_on), self._period.ends_on)
                bars.append(Bar(label, None, expected_on(p.grade, day), None,
                                self.tr("{0} : pas de mesure cette période").format(p.display_name)))
                continue
            guide = expected_on(p.grade, m.measured_on, prepared=m.prepared)
            when = m.measured_on.strftime("%d/%m/%Y")
            tip = self.tr("{0} ({1}), le {2} : {3} MCLM").format(p.display_name, p.grade, when, f"{m.mclm:g}")
            if guide is not None:
                note = self.tr("repère estimé (non officiel) à cette date : {0} "
                               "(seuls les objectifs de fin d'année sont officiels)")
                tip += "\n" + note.format(f"{guide:g}")
            if m.prepared:
                tip += "\n" + self.tr("texte préparé")
            bars.append(Bar(label, m.mclm, guide, position(p.grade, m.measured_on, m.mclm, prepared=m.prepared), tip))
        return bars
