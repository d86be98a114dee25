"""« Bilans de période »: each pupil's step per competency (and the domain) for a period.

The table is the class heat map: each cell is the step computed by the carnet's rule
(``CarnetService.synthesis``), in the scale's colour with its symbol. One click on a cell
opens a menu of steps: the teacher's decision (``SetOverride``, undoable) then wins and is
shown with a thick border and ✎; « Revenir au calcul » removes it. A competency's menu also
holds a submenu per objective of the pupil's grade: a decision on an objective wins over its
computed step in every document, and counts in the competency above it. Selecting a pupil shows
their appreciation for the period, saved after a short pause and when the field loses
focus, so nothing typed stays only in memory. The rule box previews how many positions a
new setting would change before the teacher applies it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from progression.errors import ProgressionError
from progression.operations import Changes, Part, SetAppreciation, SetOverride
from progression.period_synthesis import PreviewCounts, compare_syntheses
from progression.synthesis import RULE_LABELS, Rule, RuleOptions
from progression.validation import LONGEST_APPRECIATION
from ui import step_style
from ui.panel import Panel
from ui.runner import ActionRunner
from ui.synthesis_model import SynthesisTableModel
from ui.widgets import Index, name_from_buddies
from ui.words import error_text

SAVE_PAUSE_MS = 1200
CHIP_MARGIN = 2

# The core names its rules in French (``RULE_LABELS``, also used in reports); the same words are
# marked here so that lupdate extracts them: the combo shows ``self.tr(RULE_LABELS[rule])``.
# tests/ui/test_translations.py checks that this list and the core's stay the same.
RULE_NAMES = (
    QT_TRANSLATE_NOOP("SynthesisPanel", "Dernière observation"),
    QT_TRANSLATE_NOOP("SynthesisPanel", "Moyenne"),
    QT_TRANSLATE_NOOP("SynthesisPanel", "Moyenne pondérée (1, 2, 3…)"),
    QT_TRANSLATE_NOOP("SynthesisPanel", "Moyenne pondérée (1, 2, 4, 8…)"),
    QT_TRANSLATE_NOOP("SynthesisPanel", "Meilleures observations"),
    QT_TRANSLATE_NOOP("SynthesisPanel", "Le plus fréquent (bas)"),
    QT_TRANSLATE_NOOP("SynthesisPanel", "Le plus fréquent (haut)"),
    QT_TRANSLATE_NOOP("SynthesisPanel", "Moyenne avec déclin (65 % sur la dernière)"),
)




# ---------------------------------------------------------------- the panel


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")  # « 1 500 », as French writes it


class SynthesisPanel(Panel):
    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._appreciation_pupil: str | None = None
        self.preview_counts: PreviewCounts | None = None
        self._stale = False  # observations changed while the page was hidden
        self._pending: frozenset[str] | None = frozenset()  # whose rows to refresh; None = all

        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        legend = QLabel("   ".join(step_style.chip_text(s) for s in self.service.counting_steps())
                        + "   " + self.tr("✎ décision de l'enseignant"))
        legend.setStyleSheet("color: #444;")
        self.legend = legend
        hint = QLabel(self.tr("Cliquez sur une case pour retenir un autre positionnement."))
        hint.setStyleSheet("color: #666;")

        self.model = SynthesisTableModel(self.service, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Positionnements de la période : élèves en lignes, compétences en "
                                             "colonnes"))
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the appreciation
        self.table.setItemDelegate(step_style.StepChipDelegate(self.table, radius=3.0, margin=CHIP_MARGIN))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        # The step columns share the width left by the names, but never get narrower than the
        # longest step (« ◑ Partiellement atteints », measured in this font): a horizontal scroll
        # bar then appears rather than cut words. Their headers wrap to that width.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # lines are cut to fit by wrap_words
        em = self.fontMetrics().horizontalAdvance("M")
        self.step_width = self.step_column_width()
        header.setMinimumSectionSize(self.step_width)
        self.model.set_header_layout(header.font(), self.step_width - em)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        # The appreciation of the selected pupil.
        self.appreciation_box = QGroupBox(self.tr("Appréciation"))
        self.appreciation = QPlainTextEdit()
        self.appreciation.setPlaceholderText(self.tr("Choisissez un élève dans le tableau."))
        self.appreciation.setTabChangesFocus(True)
        self.appreciation.setEnabled(False)
        self.appreciation.installEventFilter(self)
        self.appreciation_status = QLabel()
        self.appreciation_status.setStyleSheet("color: #666;")
        self.appreciation_status.setWordWrap(True)  # both limits said without widening the side
        box = QVBoxLayout(self.appreciation_box)
        box.addWidget(self.appreciation, 1)
        box.addWidget(self.appreciation_status)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_PAUSE_MS)
        self._save_timer.timeout.connect(self.save_appreciation)

        # The rule, with a preview of its effect.
        self.settings_box = QGroupBox(self.tr("Règle de calcul"))
        self.rule = QComboBox()
        # Always wide enough for the chosen rule's whole name (see _fit_rule_combo), and the list
        # for every name; but no wider, so the side column leaves the table its room.
        self.rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule.setMinimumContentsLength(1)
        for rule in Rule:
            self.rule.addItem(self.tr(RULE_LABELS[rule]), rule.value)
        self.window_spin = QSpinBox()
        self.window_spin.setRange(0, 50)
        self.window_spin.setSpecialValueText(self.tr("toutes"))
        self.window_spin.setSuffix(self.tr(" dernières"))
        self.window_spin.setToolTip(self.tr("Ne compter que les N dernières observations de chaque objectif "
                                            "(0 = toutes)."))
        self.best_k = QSpinBox()
        self.best_k.setRange(1, 20)
        self.best_k.setToolTip(self.tr("Pour « Meilleures observations » : combien en garder."))
        # The form's short labels, said in full to screen readers.
        self.window_spin.setAccessibleName(self.tr("Observations comptées par objectif"))
        self.best_k.setAccessibleName(self.tr("Meilleures observations gardées"))
        self.include_earlier = QCheckBox(self.tr("Compter aussi les périodes précédentes"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(self.fontMetrics().height() * 3)
        self.apply_button = QPushButton(self.tr("Appliquer"))
        self.revert_button = QPushButton(self.tr("Réglage actuel"))
        form = QFormLayout(self.settings_box)
        # The rule's name on a whole row: the box's title says what it is, and the longest names
        # (« Moyenne avec déclin (65 % sur la dernière) ») are read whole.
        self.rule.setAccessibleName(self.tr("Règle de calcul"))
        form.addRow(self.rule)
        form.addRow(self.tr("Observations"), self.window_spin)
        form.addRow(self.tr("Meilleures"), self.best_k)
        form.addRow(self.include_earlier)  # a whole row: keeps the side column narrow
        form.addRow(self.preview)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        form.addRow(buttons)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.appreciation_box, 1)
        side_layout.addWidget(self.settings_box, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1000, 1])  # the side column at its minimum: the table is what the page is for

        top = QHBoxLayout()
        top.addWidget(self.rule_label, 1)
        top.addWidget(legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

        self.table.clicked.connect(self._cell_clicked)
        for key in ("Return", "Enter"):  # the same menu from the keyboard
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._cell_clicked(self.table.currentIndex()))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.appreciation.textChanged.connect(self._appreciation_edited)
        self.rule.currentIndexChanged.connect(self._settings_edited)
        self.rule.currentIndexChanged.connect(self._fit_rule_combo)
        self.window_spin.valueChanged.connect(self._settings_edited)
        self.best_k.valueChanged.connect(self._settings_edited)
        self.include_earlier.toggled.connect(self._settings_edited)
        self.apply_button.clicked.connect(self.apply_settings)
        self.revert_button.clicked.connect(self._load_settings)

        name_from_buddies(self)
        self.set_period(self.service.current_period().index)

    def step_column_width(self) -> int:
        """Room for the widest chip, symbol and words. A teacher's decision (bold, ✎) may elide
        in a column this narrow: its thick border still says it, and the tooltip says all."""
        metrics = QFontMetrics(self.table.font())
        widest = max((metrics.horizontalAdvance(step_style.chip_text(s)) for s in self.service.counting_steps()),
                     default=metrics.horizontalAdvance("M") * 10)
        chip = 2 * CHIP_MARGIN + 6  # StepChipDelegate's margins and the room it keeps around the text
        return widest + chip + 2

    def _fit_rule_combo(self, *_args: object) -> None:
        """The combo as wide as the chosen rule's name, its list as wide as the longest one."""
        option = QStyleOptionComboBox()
        self.rule.initStyleOption(option)
        metrics = self.rule.fontMetrics()

        def width_for(text: str) -> int:
            contents = QSize(metrics.horizontalAdvance(text), metrics.height())
            return self.rule.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents,
                                                      self.rule).width()

        self.rule.setMinimumWidth(width_for(self.rule.currentText()))
        self.rule.view().setMinimumWidth(max(width_for(self.rule.itemText(i)) for i in range(self.rule.count())))

    # ------------------------------------------------------------ contract

    def set_period(self, period_index: int) -> None:
        self.save_appreciation()
        self.model.reload(self.service.period(period_index))
        self._size_name_column()
        self._appreciation_pupil = None
        self._show_appreciation()
        self._load_settings()

    def on_changes(self, changes: Changes) -> None:
        parts = changes.parts
        if parts & (Part.SETTINGS | Part.ITEMS | Part.PUPILS | Part.CLASS):
            current = self._appreciation_pupil
            self.model.reload()
            self._size_name_column()
            if current is not None and self.model.row_of(current) is not None:
                self.select_pupil(current)
            else:
                self._appreciation_pupil = None
                self._show_appreciation()
            if parts & (Part.SETTINGS | Part.CLASS):
                self._load_settings()
            else:
                self._update_preview()
        elif parts & (Part.OBSERVATIONS | Part.OVERRIDES | Part.FLUENCY | Part.READING_GRIDS):
            if not self.isVisible():
                # Recording in the grid must stay instant: a hidden page catches up when shown.
                if changes.pupils and self._pending is not None:
                    self._pending = self._pending | changes.pupils
                else:
                    self._pending = None  # no pupil named: reload everything when shown
                self._stale = True
                return
            if changes.pupils:
                self.model.refresh_pupils(changes.pupils)
            else:
                self.model.reload()
            self._update_preview()
        if Part.APPRECIATIONS in parts and self._appreciation_pupil is not None \
                and (not changes.pupils or self._appreciation_pupil in changes.pupils) \
                and not self._save_timer.isActive():
            # An undo, or another screen: show what is stored (our own saves match already).
            stored = self.service.appreciation(self._appreciation_pupil, self.model.period.index)
            if stored != self.appreciation.toPlainText():
                self._set_appreciation_text(stored)

    def _size_name_column(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        em = self.fontMetrics().horizontalAdvance("M")
        header.resizeSection(0, min(self.table.sizeHintForColumn(0) + em // 2, em * 20))  # the names, measured

    # ------------------------------------------------------------ overrides

    def _cell_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or index.column() == 0:
            return
        menu = self.override_menu(index)
        rect = self.table.visualRect(index)
        self.show_menu(menu, self.table.viewport().mapToGlobal(rect.bottomLeft()))

    def show_menu(self, menu: QMenu, at: QPoint) -> None:
        # The one place a test replaces, to pick an entry as the teacher would.
        menu.exec(at)

    def override_menu(self, index: Index) -> QMenu:
        """The one-click menu of a cell: each counting step, then « Revenir au calcul »; on a
        competency, then a submenu per objective of the pupil's grade, for a decision on it."""
        pupil = self.model.pupil(index.row())
        item = self.model.item(index.column())
        menu = QMenu(self.table)
        title = menu.addAction(f"{pupil.display_name} — {item.code}")
        title.setEnabled(False)
        menu.addSeparator()
        self._decision_entries(menu, pupil.id, item.id)
        objectives = self.model.objectives_of(item, pupil.grade)
        if objectives:
            menu.addSeparator()
            heading = menu.addAction(self.tr("Décider pour un objectif :"))
            heading.setEnabled(False)
            for objective in objectives:
                row = self.model.row_for(pupil.id, objective.id)
                shown = ""
                if row is not None and row.rank is not None:
                    shown = " — " + step_style.chip_text(self.service.step_by_rank(row.rank))
                    if row.overridden:
                        shown += " ✎"
                submenu = menu.addMenu(f"{objective.code.rsplit('-', 1)[-1]}{shown}")
                submenu.setToolTip(objective.label)
                submenu.menuAction().setData(objective.id)
                self._decision_entries(submenu, pupil.id, objective.id)
        return menu

    def _decision_entries(self, menu: QMenu, pupil_id: str, item_id: str) -> None:
        """Each counting step (the decided one checked), then « Revenir au calcul »."""
        row = self.model.row_for(pupil_id, item_id)
        for step in self.service.counting_steps():
            action = menu.addAction(step_style.chip_text(step))
            action.setCheckable(True)
            action.setChecked(bool(row and row.overridden and row.rank == step.rank))
            action.setData(step.id)
            action.triggered.connect(lambda _checked=False, s=step.id: self._override(pupil_id, item_id, s))
        menu.addSeparator()
        computed = ""
        if row is not None and row.computed_rank is not None:
            computed = f" ({step_style.chip_text(self.service.step_by_rank(row.computed_rank))})"
        back = menu.addAction(self.tr("Revenir au calcul") + computed)
        back.setData(None)
        back.setEnabled(bool(row and row.overridden))
        back.triggered.connect(lambda _checked=False: self._override(pupil_id, item_id, None))

    def _override(self, pupil_id: str, item_id: str, step_id: str | None) -> None:
        self.runner.run(SetOverride(pupil_id, self.model.period.id, item_id, step_id,
                                    author=self.service.settings.author), self)

    # ------------------------------------------------------------ appreciation

    def select_pupil(self, pupil_id: str) -> None:
        row = self.model.row_of(pupil_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pupil_id = self.model.pupil(current.row()).id if current.isValid() else None
        if pupil_id != self._appreciation_pupil:
            self.save_appreciation()
            self._appreciation_pupil = pupil_id
            self._show_appreciation()

    def _show_appreciation(self) -> None:
        pupil_id = self._appreciation_pupil
        period = self.model.period
        if pupil_id is None:
            self.appreciation_box.setTitle(self.tr("Appréciation"))
            self.appreciation.setAccessibleName(self.appreciation_box.title())
            self.appreciation.setEnabled(False)
            self._set_appreciation_text("")
            self.appreciation_status.setText("")
            return
        pupil = self.service.pupil(pupil_id)
        self.appreciation_box.setTitle(self.tr("Appréciation de {0} — {1}").format(pupil.display_name,
                                                                                  period.label))
        self.appreciation.setAccessibleName(self.appreciation_box.title())  # whose text is being typed
        self.appreciation.setEnabled(True)
        self._set_appreciation_text(self.service.appreciation(pupil_id, period.index))
        self.appreciation_status.setText(self._count_text())

    def _set_appreciation_text(self, text: str) -> None:
        self.appreciation.blockSignals(True)
        self.appreciation.setPlainText(text)
        self.appreciation.blockSignals(False)

    def _count_text(self) -> str:
        """« 412 / 1 500 caractères · LSU : encore 188 sur 600 »: both limits in view while typing,
        since the text is refused beyond them (never cut)."""
        from progression.lsu import APPRECIATION_LIMIT, appreciation_room

        text = self.appreciation.toPlainText()
        count = len(text.strip())
        words = self.tr("{0} / {1} caractères").format(count, _thousands(LONGEST_APPRECIATION))
        room = appreciation_room(text)
        if room >= 0:
            words += " · " + self.tr("LSU : encore {0} sur {1}").format(room, APPRECIATION_LIMIT)
        else:
            words += " · " + self.tr("LSU : {0} de trop ({1} au plus pour le LSU)").format(-room, APPRECIATION_LIMIT)
        too_long = count > LONGEST_APPRECIATION or room < 0
        self.appreciation_status.setStyleSheet("color: #B00020;" if too_long else "color: #666;")
        return words

    def _appreciation_edited(self) -> None:
        if len(self.appreciation.toPlainText().strip()) > LONGEST_APPRECIATION:
            self._save_timer.stop()  # refused anyway: no save (and no error) at every pause
            self.appreciation_status.setText(self._count_text() + self.tr(" — trop longue, pas enregistrée"))
            return
        self._save_timer.start()  # restarted by each keystroke: saves after a pause
        self.appreciation_status.setText(self._count_text() + self.tr(" — en cours…"))

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_appreciation()  # another page, or the window closing: keep what was typed
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            if self._pending is None:
                self.model.reload()
            else:
                self.model.refresh_pupils(self._pending)
            self._update_preview()
            self._stale, self._pending = False, frozenset()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.appreciation and event.type() == QEvent.Type.FocusOut:
            self.save_appreciation()
        return super().eventFilter(watched, event)

    def save_pending(self) -> None:
        self.save_appreciation()

    def save_appreciation(self) -> None:
        """Store the typed text if it differs from the carnet's (one undoable action)."""
        self._save_timer.stop()
        pupil_id = self._appreciation_pupil
        if pupil_id is None:
            return
        period = self.model.period
        text = self.appreciation.toPlainText().strip()
        try:
            stored = self.service.appreciation(pupil_id, period.index)
        except ProgressionError:
            return
        if text == stored.strip():
            self.appreciation_status.setText(self._count_text())
            return
        if self.runner.run(SetAppreciation(pupil_id, period.id, text, author=self.service.settings.author),
                           self) is not None:
            self.appreciation_status.setText(self._count_text() + self.tr(" — enregistrée"))

    # ------------------------------------------------------------ settings

    def _load_settings(self) -> None:
        current = self.service.settings
        for widget in (self.rule, self.window_spin, self.best_k, self.include_earlier):
            widget.blockSignals(True)
        self.rule.setCurrentIndex(max(0, self.rule.findData(str(current.rule))))
        self.window_spin.setValue(current.window or 0)
        self.best_k.setValue(current.best_k)
        self.include_earlier.setChecked(current.include_earlier)
        for widget in (self.rule, self.window_spin, self.best_k, self.include_earlier):
            widget.blockSignals(False)
        self._fit_rule_combo()  # its signals were held: the chosen rule may have changed (an undo)
        self.rule_label.setText(self.tr("<b>{0}</b> — règle de calcul : {1}").format(
            self.model.period.label, self.describe_rule(self.service.rule_options())))
        self._settings_edited()

    def describe_rule(self, options: RuleOptions) -> str:
        """The core's ``describe_options`` in the interface's language (same French words)."""
        rule = options.rule
        if rule is Rule.BEST:
            text = (self.tr("Meilleure observation") if options.best_k == 1
                    else self.tr("Moyenne des {0} meilleures observations").format(options.best_k))
        elif rule is Rule.DECAYING:
            share = QLocale().toString(round(options.decay_share * 100, 4), "g", 6)
            text = self.tr("Moyenne avec déclin ({0} % sur la dernière)").format(share)
        else:
            text = self.tr(RULE_LABELS[rule])
        if options.window is not None:
            text += (self.tr(", sur la dernière observation") if options.window == 1
                     else self.tr(", sur les {0} dernières observations").format(options.window))
        if options.include_earlier:
            text += self.tr(", périodes précédentes comprises")
        return text

    def chosen_values(self) -> dict[str, Any]:
        """The settings as shown in the box, in ``CarnetService.settings_change`` terms."""
        return {
            "rule": Rule(self.rule.currentData()),
            "window": self.window_spin.value() or None,
            "best_k": self.best_k.value(),
            "include_earlier": self.include_earlier.isChecked(),
        }

    def candidate_options(self) -> RuleOptions:
        values = self.chosen_values()
        options = self.service.rule_options(**values)
        # rule_options ignores None overrides, so « toutes » (no window) is set explicitly.
        return replace(options, window=values["window"])

    def _settings_edited(self, *_args: object) -> None:
        self.best_k.setEnabled(self.rule.currentData() == Rule.BEST.value)
        self._update_preview()

    def _update_preview(self) -> None:
        try:
            candidate = self.candidate_options()
        except ProgressionError as error:
            self.preview.setText(error_text(error))
            self.apply_button.setEnabled(False)
            self.preview_counts = None
            return
        current = self.service.rule_options()
        if candidate == current:
            self.preview_counts = None
            self.preview.setText(self.tr("C'est le réglage actuel du carnet."))
            self.apply_button.setEnabled(False)
            self.revert_button.setEnabled(False)
            return
        period = self.model.period.index
        counts = compare_syntheses(self.service.synthesis(period, current),
                                   self.service.synthesis(period, candidate))
        self.preview_counts = counts
        if counts.changed == 0:
            text = self.tr("Avec ce réglage : aucun positionnement ne change.")
        else:
            text = self.tr("Avec ce réglage : {0} positionnements changent ({1} montent, {2} descendent)")
            text = text.format(counts.changed, counts.up, counts.down)
        if counts.added:
            text += self.tr(", {0} nouveaux").format(counts.added)
        self.preview.setText(text + ".")
        self.preview.setToolTip(self.tr("{0}, toute la classe : objectifs, compétences et domaine. "
                                        "Les décisions de l'enseignant ne changent pas.")
                                .format(self.model.period.label))
        self.apply_button.setEnabled(True)
        self.revert_button.setEnabled(True)

    def apply_settings(self) -> None:
        try:
            operation = self.service.settings_change(**self.chosen_values())
        except ProgressionError as error:
            self.runner.show_error(error_text(error), self)
            return
        if operation is not None:
            self.runner.run(operation, self)
