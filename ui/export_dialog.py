"""« Exporter… »: the termly documents (pupil syntheses, class summary, class grid, the LSU file).

The dialog only gathers the teacher's choices and a path; ``progression.reports.export``
writes (the very function behind ``progression export``). The work runs through
``ui.tasks`` on a second, read-only connection to the carnet opened inside the worker: the
window's ``CarnetService`` keeps its caches in plain attributes and must stay on the GUI
thread. Progress comes back through a queued signal; widgets are only touched here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from progression.errors import ProgressionError
from progression.lsu import DEFAULT_GENERAL_APPRECIATION as LSU_DEFAULT_GENERAL
from progression.lsu import DEFAULT_REVISION as LSU_DEFAULT_REVISION
from progression.lsu import LONGEST_GENERAL_APPRECIATION as LSU_GENERAL_LIMIT
from progression.lsu import REVISIONS as LSU_REVISIONS
from progression.reports import export
from progression.service import CarnetService
from ui.export_files import (
    EXPORT_FOLDER_KEY,
    SUFFIXES,
    SavedMessage,
    default_name,
    remember_folder,
    remembered_folder,
    with_suffix,
)
from ui.export_kinds import CLASS_PDF, GRID_CSV, GRID_XLSX, KINDS, LSU_XML, PUPIL_PDF
from ui.runner import ActionRunner, ErrorDialog
from ui.tasks import BackgroundTask, run_in_background
from ui.widgets import name_from_buddies, named

# Which pupils go into the pupil syntheses.
ALL_IN_ONE, PER_PUPIL, SELECTED = 0, 1, 2

# ---------------------------------------------------------------- the work (worker thread)


@dataclass(frozen=True)
class ExportRequest:
    """Everything the worker needs, as plain values: no widget, no shared service."""

    carnet: Path
    period_index: int
    kind: str
    out: Path
    pseudonymise: bool = False
    pupil_ids: tuple[str, ...] | None = None
    per_pupil: bool = False
    lsu: tuple[str, str, str] | None = None  # the school's UAI, the director, the teacher
    lsu_revision: str = ""  # the LSU schema revision chosen ("" = the default)
    lsu_elements: tuple[str, ...] | None = None  # codes of the principal elements ticked
    lsu_general: str | None = None  # the general appreciation typed (None = the default sentence)
    wording: str = "family"  # the pupils' syntheses: « family » or « official » wording


def run_export(request: ExportRequest, progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Runs on the worker thread, on its own read-only connection (no lock: the window holds it)."""
    service = CarnetService.open(request.carnet, lock=False)
    try:
        return export(
            service,
            request.period_index,
            request.kind,
            request.out,
            pseudonymise=request.pseudonymise,
            pupil_ids=list(request.pupil_ids) if request.pupil_ids else None,
            per_pupil=request.per_pupil,
            progress=progress,
            lsu=lsu_options(request),
            wording=request.wording,
        )
    finally:
        service.close()


def lsu_options(request: ExportRequest) -> dict[str, Any] | None:
    """The options of ``progression.lsu.build_lsu_export`` the dialog chose, as the command line
    passes its --lsu-schema, --lsu-elements and --appreciation-generale."""
    if request.lsu is None:
        return None
    options: dict[str, Any] = dict(zip(("uai", "director", "teacher"), request.lsu, strict=True))
    if request.lsu_revision:
        options["revision"] = request.lsu_revision
    if request.lsu_elements is not None:
        options["elements"] = list(request.lsu_elements)
    if request.lsu_general is not None:
        options["general_appreciation"] = request.lsu_general
    return options


class ProgressRelay(QObject):
    """Called from the worker as ``progress(done, total)``; the signal crosses to the GUI thread."""

    progressed = Signal(int, int)

    def __call__(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


# ---------------------------------------------------------------- the dialog


class ExportDialog(QDialog):
    """Period, document, pupils, pseudonyms; then a path, and the export in the background."""

    exported = Signal(list)  # the paths written

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None, *, kind: str = PUPIL_PDF,
                 period_index: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Exporter des documents"))
        self.runner = runner
        self.service = service = runner.service
        self.task: BackgroundTask | None = None
        self._relay: ProgressRelay | None = None
        self._busy = False
        self._checked: set[str] = set()  # pupils ticked, kept when the period changes

        self.period_combo = named(QComboBox(), "exportPeriod")
        for period in service.periods():
            self.period_combo.addItem(period.label, period.index)
        wanted = period_index if period_index is not None else service.current_period().index
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(wanted)))

        self.kind_group = QButtonGroup(self)
        kind_box = QGroupBox(self.tr("Document"))
        kind_layout = QVBoxLayout(kind_box)
        texts = {
            PUPIL_PDF: self.tr("Bilans par élève (PDF)"),
            CLASS_PDF: self.tr("Synthèse de classe (PDF)"),
            GRID_XLSX: self.tr("Grille de classe (tableur Excel, .xlsx)"),
            GRID_CSV: self.tr("Grille de classe (CSV)"),
            LSU_XML: self.tr("Fichier pour le Livret scolaire unique (LSU, .xml)"),
        }
        self.kind_buttons: dict[str, QRadioButton] = {}
        for n, code in enumerate(KINDS):
            button = named(QRadioButton(texts[code]), f"kind_{code}")
            self.kind_group.addButton(button, n)
            self.kind_buttons[code] = button
            kind_layout.addWidget(button)
        self.kind_hint = named(QLabel(), "kindHint")
        self.kind_hint.setWordWrap(True)
        kind_layout.addSpacing(self.fontMetrics().height() // 3)
        kind_layout.addWidget(self.kind_hint)

        self.pupils_box = named(QGroupBox(self.tr("Élèves")), "pupilsBox")
        self.scope_group = QButtonGroup(self)
        self.all_radio = named(QRadioButton(self.tr("Tous les élèves, dans un seul fichier")), "scopeAll")
        self.per_pupil_radio = named(QRadioButton(self.tr("Un fichier par élève, dans un dossier")), "scopePerPupil")
        self.selected_radio = named(QRadioButton(self.tr("Seulement les élèves cochés :")), "scopeSelected")
        for n, button in enumerate((self.all_radio, self.per_pupil_radio, self.selected_radio)):
            self.scope_group.addButton(button, n)
        self.all_radio.setChecked(True)
        self.pupil_list = named(QListWidget(), "pupilChecklist")
        self.pupil_list.setAccessibleName(self.tr("Élèves à exporter"))
        self.pupil_list.setMinimumHeight(self.fontMetrics().height() * 6)  # several names at a glance
        self.check_all = named(QPushButton(self.tr("Tout cocher")), "checkAll")
        self.check_none = named(QPushButton(self.tr("Tout décocher")), "checkNone")
        for tick in (self.check_all, self.check_none):
            tick.setAutoDefault(False)  # Enter exports, whichever button was clicked last
        selected_row = QHBoxLayout()
        selected_row.addWidget(self.selected_radio)
        selected_row.addStretch(1)
        selected_row.addWidget(self.check_all)
        selected_row.addWidget(self.check_none)
        # Parents read the family wording; the school may want the programme's own words.
        self.wording_combo = named(QComboBox(), "wordingCombo")
        self.wording_combo.addItem(self.tr("pour les familles (phrases simples)"), "family")
        self.wording_combo.addItem(self.tr("officielle (texte du programme)"), "official")
        wording_label = QLabel(self.tr("&Formulation des objectifs :"))
        wording_label.setBuddy(self.wording_combo)
        wording_row = QHBoxLayout()
        wording_row.addWidget(wording_label)
        wording_row.addWidget(self.wording_combo)
        wording_row.addStretch(1)
        pupils_layout = QVBoxLayout(self.pupils_box)
        pupils_layout.addLayout(wording_row)
        pupils_layout.addWidget(self.all_radio)
        pupils_layout.addWidget(self.per_pupil_radio)
        pupils_layout.addLayout(selected_row)
        pupils_layout.addWidget(self.pupil_list, 1)

        self.pseudonymise_box = named(QCheckBox(self.tr("Pseudonymiser (Élève 01, Élève 02…)")), "pseudonymise")
        explanation = QLabel(self.tr(
            "Pour partager avec l'inspection ou l'équipe de circonscription : aucun nom d'élève dans le document."
        ))
        explanation.setWordWrap(True)
        explanation.setIndent(self.fontMetrics().horizontalAdvance("M") * 2)

        # What LSU identifies the school and the people by; kept in the carnet after an export.
        self.lsu_box = named(QGroupBox(self.tr("Pour le LSU")), "lsuBox")
        settings = service.settings
        self.uai_edit = named(QLineEdit(settings.lsu_uai), "lsuUai")
        self.uai_edit.setPlaceholderText("0751234A")
        self.director_edit = named(QLineEdit(settings.lsu_director), "lsuDirector")
        self.director_edit.setPlaceholderText(self.tr("Mme MARTIN Claire"))
        self.teacher_edit = named(QLineEdit(settings.lsu_teacher), "lsuTeacher")
        self.teacher_edit.setPlaceholderText(self.tr("M. DURAND Paul"))
        lsu_form = QFormLayout(self.lsu_box)
        for text, edit in ((self.tr("Numéro &UAI de l'école :"), self.uai_edit),
                           (self.tr("&Directrice ou directeur :"), self.director_edit),
                           (self.tr("E&nseignante ou enseignant :"), self.teacher_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            lsu_form.addRow(label, edit)
            edit.textChanged.connect(self._update)
        lsu_note = QLabel(self.tr("La civilité, le NOM en capitales puis le prénom. Les élèves sont reconnus à "
                                  "leur INE et la classe à son identifiant ONDE, pris dans la liste ONDE."))
        lsu_note.setWordWrap(True)
        lsu_form.addRow(lsu_note)
        # The schema revision, chosen knowingly: what each admits is said beside it.
        self.revision_combo = named(QComboBox(), "lsuRevision")
        for code, words in LSU_REVISIONS.items():
            self.revision_combo.addItem(self.tr("{code} — {words}").format(code=code, words=words), code)
        self.revision_combo.setCurrentIndex(max(0, self.revision_combo.findData(LSU_DEFAULT_REVISION)))
        self.revision_combo.setToolTip(self.tr(
            "Le fichier est vérifié avec ce schéma avant d'être écrit. La révision 1.0b (2017) admet « non "
            "évalué » ; choisissez 1.0 seulement si l'import du LSU de votre école la demande."))
        revision_label = QLabel(self.tr("&Schéma LSU :"))
        revision_label.setBuddy(self.revision_combo)
        lsu_form.addRow(revision_label, self.revision_combo)
        # The principal elements of the programme worked: ticked by default, the objectives observed most.
        self.elements_list = named(QListWidget(), "lsuElements")
        self.elements_list.setAccessibleName(self.tr("Principaux éléments du programme travaillés"))
        self.elements_list.setMinimumHeight(self.fontMetrics().height() * 6)
        self.elements_list.itemChanged.connect(self._update)
        self._elements_period: int | None = None
        elements_label = QLabel(self.tr("Principaux éléments du programme travaillés (cochés : les plus "
                                        "observés de la période) :"))
        elements_label.setWordWrap(True)
        lsu_form.addRow(elements_label)
        lsu_form.addRow(self.elements_list)
        self.general_edit = named(QPlainTextEdit(), "lsuGeneral")
        self.general_edit.setPlaceholderText(LSU_DEFAULT_GENERAL)
        self.general_edit.setTabChangesFocus(True)
        self.general_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.general_edit.setAccessibleName(self.tr("Appréciation générale"))
        self.general_count = named(QLabel(), "lsuGeneralCount")
        self.general_edit.textChanged.connect(self._update)
        general_label = QLabel(self.tr("Appréciation &générale (la même pour chaque bilan ; vide : une phrase "
                                       "qui invite à la rédiger dans le LSU) :"))
        general_label.setWordWrap(True)
        general_label.setBuddy(self.general_edit)
        lsu_form.addRow(general_label)
        lsu_form.addRow(self.general_edit)
        lsu_form.addRow(self.general_count)

        self.hint = named(QLabel(), "exportHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel#exportHint { color: #B00020; }")

        self.buttons = QDialogButtonBox()
        self.export_button = named(self.buttons.addButton(self.tr("Exporter…"), QDialogButtonBox.ButtonRole.AcceptRole),
                                   "exportButton")
        cancel = self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        self.export_button.setDefault(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        period_label = QLabel(self.tr("&Période :"))
        period_label.setBuddy(self.period_combo)
        form.addRow(period_label, self.period_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(kind_box)
        layout.addWidget(self.pupils_box, 1)
        layout.addWidget(self.lsu_box)
        layout.addWidget(self.pseudonymise_box)
        layout.addWidget(explanation)
        self.pseudonymise_explanation = explanation
        layout.addWidget(self.hint)
        layout.addStretch(0)  # without the pupil list, spare height goes below, not between lines
        layout.addWidget(self.buttons)

        self.kind_buttons.get(kind, self.kind_buttons[PUPIL_PDF]).setChecked(True)
        self._fill_pupils()
        self._fill_elements()
        self._update()
        self.kind_group.idToggled.connect(self._update)
        self.scope_group.idToggled.connect(self._update)
        self.period_combo.currentIndexChanged.connect(self._fill_pupils)
        self.period_combo.currentIndexChanged.connect(self._fill_elements)
        self.kind_group.idToggled.connect(self._fill_elements)
        self.pupil_list.itemChanged.connect(self._pupil_ticked)
        self.check_all.clicked.connect(lambda: self._tick_all(True))
        self.check_none.clicked.connect(lambda: self._tick_all(False))
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        # Wide enough for the explanations to wrap on two lines; the height follows the content.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 46)
        name_from_buddies(self)
        self._fit()

    # ------------------------------------------------------------ choices

    def kind(self) -> str:
        return KINDS[max(0, self.kind_group.checkedId())]

    def scope(self) -> int:
        return max(0, self.scope_group.checkedId())

    def period_index(self) -> int:
        return int(self.period_combo.currentData())

    def selected_ids(self) -> list[str]:
        """Ticked pupils, in the list's order (the order of the class)."""
        items = (self.pupil_list.item(row) for row in range(self.pupil_list.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item is not None and item.checkState() == Qt.CheckState.Checked]

    def set_selected(self, pupil_ids: list[str]) -> None:
        """Tick exactly these pupils (what clicking their boxes does)."""
        self._checked = set(pupil_ids)
        self._fill_pupils()

    def _fill_pupils(self) -> None:
        # Only pupils present during the period can have a synthesis for it.
        self.pupil_list.blockSignals(True)
        self.pupil_list.clear()
        for pupil in self.service.pupils_in_period(self.period_index()):
            item = QListWidgetItem(f"{pupil.display_name} ({pupil.grade})")
            item.setData(Qt.ItemDataRole.UserRole, pupil.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pupil.id in self._checked else Qt.CheckState.Unchecked)
            self.pupil_list.addItem(item)
        self.pupil_list.blockSignals(False)
        self._update()

    def _fill_elements(self, *_args: object) -> None:
        """The period's reading objectives by grade, the most observed ones ticked; computed when the
        LSU file is chosen (it needs the period's synthesis), once per period."""
        if self.kind() != LSU_XML or self._elements_period == self.period_index():
            return
        from progression.lsu import element_choices, principal_elements

        period = self._elements_period = self.period_index()
        ticked = {item.code for items in principal_elements(self.service, period).values() for item in items}
        self.elements_list.blockSignals(True)
        self.elements_list.clear()
        for grade, items in element_choices(self.service, period).items():
            for item in items:
                entry = QListWidgetItem(f"{grade} · {item.code.rsplit('-', 2)[-2]}-{item.code.rsplit('-', 1)[-1]} "
                                        f"{item.label}")
                entry.setData(Qt.ItemDataRole.UserRole, item.code)
                entry.setToolTip(f"{item.code} — {item.label}")
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if item.code in ticked else Qt.CheckState.Unchecked)
                self.elements_list.addItem(entry)
        self.elements_list.blockSignals(False)
        self._update()

    def chosen_elements(self) -> list[str]:
        items = (self.elements_list.item(row) for row in range(self.elements_list.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item is not None and item.checkState() == Qt.CheckState.Checked]

    def set_elements(self, codes: list[str]) -> None:
        """Tick exactly these elements (what clicking their boxes does)."""
        for row in range(self.elements_list.count()):
            item = self.elements_list.item(row)
            if item is not None:
                wanted = str(item.data(Qt.ItemDataRole.UserRole)) in codes
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _pupil_ticked(self, item: QListWidgetItem) -> None:
        pupil_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(pupil_id)
        else:
            self._checked.discard(pupil_id)
        self._update()

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.pupil_list.blockSignals(True)
        for row in range(self.pupil_list.count()):
            item = self.pupil_list.item(row)
            if item is not None:
                item.setCheckState(state)
        self.pupil_list.blockSignals(False)
        self._checked = set(self.selected_ids())
        self._update()

    def _update(self) -> None:
        kind = self.kind()
        hints = {
            PUPIL_PDF: self.tr("Une page par élève : les compétences de lecture de la période, l'évolution, "
                               "la fluence, l'appréciation et la place des signatures."),
            CLASS_PDF: self.tr("Une vue d'ensemble en A4 paysage : élèves × objectifs, effectifs par échelon, "
                               "élèves sous le repère de fluence, groupes de besoin."),
            GRID_XLSX: self.tr("Pour l'école et l'inspection : une feuille par période jusqu'à celle choisie, "
                               "la légende, des statistiques et la fluence."),
            GRID_CSV: self.tr("La même grille, une ligne par période, élève et objectif (séparateur « ; »)."),
            LSU_XML: self.tr("Pour la directrice ou le directeur : le positionnement en lecture de chaque élève, "
                             "les objectifs travaillés et l'appréciation de la période, à importer dans le LSU."),
        }
        self.kind_hint.setText(hints[kind])
        shown = {self.pupils_box: kind == PUPIL_PDF, self.lsu_box: kind == LSU_XML,
                 self.pseudonymise_box: kind != LSU_XML, self.pseudonymise_explanation: kind != LSU_XML}
        if any(widget.isHidden() == visible for widget, visible in shown.items()):
            for widget, visible in shown.items():
                widget.setVisible(visible)
            self._fit()  # no empty space where the pupil list was
        choosing = kind == PUPIL_PDF and self.scope() == SELECTED
        for widget in (self.pupil_list, self.check_all, self.check_none):
            widget.setEnabled(choosing)
        problem = ""
        if choosing and not self.selected_ids():
            problem = self.tr("Cochez au moins un élève.")
        elif kind == PUPIL_PDF and self.pupil_list.count() == 0:
            problem = self.tr("Aucun élève n'est inscrit pendant cette période.")
        elif kind == LSU_XML and not all(self._lsu_identifiers()):
            problem = self.tr("Indiquez le numéro UAI de l'école et les deux noms.")
        elif kind == LSU_XML and self.elements_list.count() and not self.chosen_elements():
            problem = self.tr("Cochez au moins un élément du programme travaillé.")
        elif kind == LSU_XML and len(self.general_edit.toPlainText().strip()) > LSU_GENERAL_LIMIT:
            problem = self.tr("L'appréciation générale dépasse {limit} caractères : raccourcissez-la.").format(
                limit=f"{LSU_GENERAL_LIMIT:,}".replace(",", "\u202f"))
        self.general_count.setText(self.tr("{n} / {limit} caractères").format(
            n=len(self.general_edit.toPlainText().strip()), limit=f"{LSU_GENERAL_LIMIT:,}".replace(",", "\u202f")))
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        self.export_button.setEnabled(not problem and not self._busy)

    def _fit(self) -> None:
        # Not adjustSize(): it caps a window at 2/3 of the screen and would squeeze the pupil list.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(max(self.minimumWidth(), self.sizeHint().width()), self.sizeHint().height())

    # ------------------------------------------------------------ running

    def _suggested_name(self) -> str:
        kind = self.kind()
        selected = self.selected_ids() if kind == PUPIL_PDF and self.scope() == SELECTED else []
        pupil_label = None
        if len(selected) == 1:
            pupil = self.service.pupil(selected[0])
            pupil_label = f"{pupil.first_name} {pupil.last_name}"
        return default_name(kind, self.period_combo.currentText(), self.service.class_info().label,
                            pseudonymise=self.pseudonymise_box.isChecked(), pupil_label=pupil_label,
                            selected=len(selected) if len(selected) > 1 else 0)

    def ask_output(self) -> ExportRequest | None:
        """The file (or folder) to write, asked now; None if the teacher cancels."""
        kind, scope = self.kind(), self.scope()
        start = remembered_folder(EXPORT_FOLDER_KEY)
        per_pupil = kind == PUPIL_PDF and scope == PER_PUPIL
        if per_pupil:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Dossier où enregistrer un bilan par élève"), str(start))
            if not chosen:
                return None
            out = Path(chosen)
        else:
            filters = {
                ".pdf": self.tr("Documents PDF (*.pdf)"),
                ".xlsx": self.tr("Classeurs Excel (*.xlsx)"),
                ".csv": self.tr("Fichiers CSV (*.csv)"),
                ".xml": self.tr("Fichiers XML (*.xml)"),
            }
            suffix = SUFFIXES[kind]
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer le document"), str(start / self._suggested_name()), filters[suffix])
            if not chosen:
                return None
            out = with_suffix(Path(chosen), suffix)
        pupil_ids = tuple(self.selected_ids()) if kind == PUPIL_PDF and scope == SELECTED else None
        return ExportRequest(self.service.carnet.path, self.period_index(), kind, out,
                             pseudonymise=self.pseudonymise_box.isChecked() and kind != LSU_XML,
                             pupil_ids=pupil_ids, per_pupil=per_pupil,
                             lsu=self._lsu_identifiers() if kind == LSU_XML else None,
                             lsu_revision=str(self.revision_combo.currentData() or ""),
                             lsu_elements=tuple(self.chosen_elements()) if self.elements_list.count() else None,
                             lsu_general=self.general_edit.toPlainText().strip() or None,
                             wording=str(self.wording_combo.currentData()))

    def _lsu_identifiers(self) -> tuple[str, str, str]:
        return (self.uai_edit.text().strip(), self.director_edit.text().strip(), self.teacher_edit.text().strip())

    def start_export(self) -> None:
        if self._busy:
            return
        request = self.ask_output()
        if request is None:
            return
        self._set_busy(True)
        relay = ProgressRelay()
        relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._relay = relay  # kept until the next export, so the worker never calls a deleted object
        self.task = run_in_background(
            lambda: run_export(request, relay),
            lambda paths: self._finished(request, paths),
            label=self.tr("Export en cours…"),
            parent=self,
            on_error=self._failed,
        )

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        # The helper's progress dialog appears only once the work lasts; until then nothing to move.
        bar = self.findChild(QProgressDialog)
        if bar is None or total <= 0:
            return
        bar.setLabelText(self.tr("Export en cours : {done} sur {total}…").format(done=done, total=total))
        bar.setMaximum(total)
        bar.setValue(done)

    def _finished(self, request: ExportRequest, paths: object) -> None:
        self._set_busy(False)
        written = [Path(p) for p in paths] if isinstance(paths, list) else []
        remember_folder(EXPORT_FOLDER_KEY, request.out if request.per_pupil else request.out.parent)
        if request.lsu is not None:
            uai, director, teacher = request.lsu
            # Asked once: the carnet keeps them (not an action for Ctrl+Z); a read-only carnet just forgets.
            with contextlib.suppress(ProgressionError):
                self.runner.run_unrecorded(lambda service: service.keep_settings(
                    lsu_uai=uai.upper(), lsu_director=director, lsu_teacher=teacher))
        self.exported.emit(written)
        owner = self.parentWidget()
        self.accept()
        message = SavedMessage(written, request.out if request.per_pupil else None, owner)
        message.open()

    def _failed(self, message: str) -> None:
        # The dialog stays open with the teacher's choices: she can pick another folder at once.
        self._set_busy(False)
        ErrorDialog.show(message, self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.period_combo, self.pupils_box, self.pseudonymise_box, self.lsu_box):
            widget.setEnabled(not busy)
        for button in self.kind_buttons.values():
            button.setEnabled(not busy)
        self._update()

    def reject(self) -> None:
        if not self._busy:  # the work cannot be interrupted safely: the dialog waits for it
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
