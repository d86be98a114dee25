"""« Référentiel »: the carnet's reading framework as a tree, with its flags.

Framework › domain › competency › objective, filtered by grade and by a typed text.
Wording not yet checked against the Bulletin officiel carries ⚠ (tooltip « intitulé à
vérifier dans le BO »); hidden items (not worked this year, or an older programme) are
greyed and shown only on request. The teacher adds their own items under a competency
(``SaveCustomItem``), hides or shows items (``SetItemsHidden``; both undoable), and
imports or exports a framework file (JSON or CSV) to share with colleagues.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from progression.errors import ProgressionError
from progression.framework import read_framework_file, write_framework_file
from progression.grades import GRADES
from progression.operations import Changes, ImportFramework, Part, SaveCustomItem, SetItemsHidden
from progression.service import CarnetService
from progression.views import ItemView
from ui.framework_model import KEY_ROLE, UNVERIFIED_MARK, FrameworkTreeModel
from ui.panel import Panel
from ui.runner import ActionRunner
from ui.widgets import choose, name_from_buddies
from ui.words import error_text

# ---------------------------------------------------------------- dialogs


@dataclass(frozen=True)
class CustomItemValues:
    code: str
    label: str
    grades: tuple[str, ...]


class CustomItemDialog(QDialog):
    """« Nouvel item »: code, wording and grades of a teacher's own item."""

    def __init__(self, service: CarnetService, parent_item: ItemView, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvel élément du référentiel"))
        existing = {i.code for i in service.items(include_hidden=True)}
        n = 1
        while f"{parent_item.code}-P{n}" in existing:
            n += 1
        self.code = QLineEdit(f"{parent_item.code}-P{n}")
        self.label = QPlainTextEdit()
        self.label.setTabChangesFocus(True)
        self.label.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)  # three lines, at any font size
        self.label.setPlaceholderText(self.tr("Ce que l'élève sait faire, par exemple « Lire un texte "
                                              "documentaire et en dégager l'idée principale »"))
        class_grades = set(service.grades())
        self.grade_boxes: list[QCheckBox] = []
        grades_row = QHBoxLayout()
        for grade in [g for g in GRADES if g in parent_item.grades]:
            box = QCheckBox(grade)
            box.setChecked(not class_grades or grade in class_grades)
            self.grade_boxes.append(box)
            grades_row.addWidget(box)
        grades_row.addStretch(1)
        where = QLabel(self.tr("Sous « {0} — {1} »").format(parent_item.code, parent_item.label))
        where.setWordWrap(True)
        kind_text = self.tr("compétence") if kind == "competency" else self.tr("objectif")
        form = QFormLayout()
        form.addRow(self.tr("Type"), QLabel(kind_text))
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Intitulé"), self.label)
        form.addRow(self.tr("Niveaux"), grades_row)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(buttons)
        name_from_buddies(self)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 56, self.sizeHint().height())

    def values(self) -> CustomItemValues:
        return CustomItemValues(self.code.text(), self.label.toPlainText(),
                                tuple(b.text() for b in self.grade_boxes if b.isChecked()))

    @classmethod
    def ask(cls, service: CarnetService, parent_item: ItemView, kind: str,
            parent: QWidget | None) -> CustomItemValues | None:
        # The one place a test replaces to answer the dialog.
        dialog = cls(service, parent_item, kind, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class FrameworkFiles:
    """File choosers, in one class so tests can answer them."""

    @staticmethod
    def open_path(parent: QWidget | None) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("FrameworkFiles", "Importer un référentiel"), "",
            QCoreApplication.translate("FrameworkFiles", "Référentiels (*.json *.csv);;Tous les fichiers (*)"))
        return Path(name) if name else None

    @staticmethod
    def save_path(parent: QWidget | None, suggested: str) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("FrameworkFiles", "Exporter le référentiel"), suggested,
            QCoreApplication.translate("FrameworkFiles", "Référentiel JSON (*.json);;Tableur CSV (*.csv)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".json", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".json")
        return path


# ---------------------------------------------------------------- the panel


class FrameworkPanel(Panel):
    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)

        self.grade = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Chercher un code ou des mots…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Chercher dans le référentiel"))
        self.show_hidden = QCheckBox(self.tr("Afficher les éléments masqués"))
        grade_label = QLabel(self.tr("Niveau"))
        grade_label.setBuddy(self.grade)  # names the combo for screen readers (name_from_buddies)
        filters = QHBoxLayout()
        filters.addWidget(grade_label)
        filters.addWidget(self.grade)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_hidden)

        self.model = FrameworkTreeModel(self.service, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Référentiel : domaines, compétences et objectifs"))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FrameworkTreeModel.LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (FrameworkTreeModel.CODE, FrameworkTreeModel.GRADES, FrameworkTreeModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        em = self.fontMetrics().horizontalAdvance("M")  # widths in em: codes stay whole with a larger font
        header.resizeSection(FrameworkTreeModel.CODE, em * 13)
        header.resizeSection(FrameworkTreeModel.GRADES, em * 10)
        header.resizeSection(FrameworkTreeModel.STATUS, em * 12)

        # The selected item, and what can be done with it.
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.add_button = QPushButton(self.tr("Ajouter un élément ici…"))
        self.hide_button = QPushButton(self.tr("Masquer"))
        self.show_button = QPushButton(self.tr("Afficher"))
        self.import_button = QPushButton(self.tr("Importer un référentiel…"))
        self.export_button = QPushButton(self.tr("Exporter…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        item_box = QGroupBox(self.tr("Item choisi"))
        item_layout = QVBoxLayout(item_box)
        item_layout.addWidget(self.details, 1)
        item_layout.addWidget(self.add_button)
        hide_row = QHBoxLayout()
        hide_row.addWidget(self.hide_button)
        hide_row.addWidget(self.show_button)
        item_layout.addLayout(hide_row)
        file_box = QGroupBox(self.tr("Échanger avec des collègues"))
        file_layout = QVBoxLayout(file_box)
        file_layout.addWidget(self.import_button)
        file_layout.addWidget(self.export_button)
        legend = QLabel(self.tr("{0} intitulé à vérifier dans le BO · <i style='color:#9A9A9A'>grisé</i> : "
                                "masqué (non travaillé cette année)").format(UNVERIFIED_MARK))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555;")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(item_box, 1)
        side_layout.addWidget(file_box)
        side_layout.addWidget(legend)
        side_layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([930, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._closed: set[str] = set()
        self._redrawing = False
        self.tree.expanded.connect(lambda index: self._opened(index, True))
        self.tree.collapsed.connect(lambda index: self._opened(index, False))
        self._fill_grades()
        self.grade.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self._filters_changed)
        self.show_hidden.toggled.connect(self._filters_changed)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(self.add_item)
        self.hide_button.clicked.connect(lambda: self.set_hidden(True))
        self.show_button.clicked.connect(lambda: self.set_hidden(False))
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        name_from_buddies(self)
        self._filters_changed()

    # ------------------------------------------------------------ contract

    def set_period(self, period_index: int) -> None:
        """The framework is the same all year: nothing to redraw."""

    def on_changes(self, changes: Changes) -> None:
        if Part.PUPILS in changes.parts or Part.CLASS in changes.parts:
            self._fill_grades()
        if Part.ITEMS in changes.parts:
            self._rebuild_keeping_view()

    # ------------------------------------------------------------ filters and tree

    def _fill_grades(self) -> None:
        current = self.grade.currentData()
        self.grade.blockSignals(True)
        self.grade.clear()
        class_grades = self.service.grades()
        if class_grades:
            self.grade.addItem(self.tr("Niveaux de la classe ({0})").format(", ".join(class_grades)),
                               ",".join(class_grades))
        self.grade.addItem(self.tr("Tous les niveaux"), "")
        for grade in GRADES:
            self.grade.addItem(grade, grade)
        row = self.grade.findData(current) if current is not None else 0
        self.grade.setCurrentIndex(max(row, 0))
        self.grade.blockSignals(False)

    def _filters_changed(self, *_args: object) -> None:
        wanted = self.grade.currentData()
        self.model.grades = set(wanted.split(",")) if wanted else None
        self.model.show_hidden = self.show_hidden.isChecked()
        self.model.search = self.search.text()
        self._rebuild_keeping_view()

    def _rebuild_keeping_view(self) -> None:
        selected = [self.model.data(i, KEY_ROLE) for i in self.tree.selectionModel().selectedRows()]
        self._redrawing = True
        self.model.rebuild()
        # Everything open, down to the objectives, except what the teacher closed.
        self.tree.expandAll()
        for key in self._closed:
            index = self.model.index_of(key)
            if index.isValid():
                self.tree.collapse(index)
        self._redrawing = False
        for key in selected:
            index = self.model.index_of(key)
            if index.isValid():
                self.tree.selectionModel().select(
                    index, self.tree.selectionModel().SelectionFlag.Select
                    | self.tree.selectionModel().SelectionFlag.Rows)
                self.tree.scrollTo(index)
        self._selection_changed()

    def _opened(self, index: QModelIndex, opened: bool) -> None:
        """Remember what the teacher closes, to keep it closed after a redraw."""
        if self._redrawing:
            return
        key = self.model.data(index, KEY_ROLE)
        if opened:
            self._closed.discard(key)
        else:
            self._closed.add(key)

    def selected_indexes(self) -> list[QModelIndex]:
        return self.tree.selectionModel().selectedRows()

    def select_key(self, key: str) -> None:
        index = self.model.index_of(key)
        if index.isValid():
            self.tree.scrollTo(index)
            choose(self.tree, index, whole_rows=True)

    def _selection_changed(self, *_args: object) -> None:
        indexes = self.selected_indexes()
        items = [i for i in (self.model.item(x) for x in indexes) if i is not None]
        self.add_button.setEnabled(len(indexes) == 1 and self._add_target(indexes[0]) is not None)
        keys = [k for x in indexes for k in self.model.keys_under(x)]
        hidden = {i.id: i.hidden for i in self.service.items(include_hidden=True)}
        self.hide_button.setEnabled(any(not hidden.get(k, True) for k in keys))
        self.show_button.setEnabled(any(hidden.get(k, False) for k in keys))
        if len(indexes) != 1:
            self.details.setText(self.tr("{0} éléments choisis.").format(len(indexes)) if indexes else
                                 self.tr("Choisissez un élément dans l'arbre."))
            return
        item = items[0] if items else None
        if item is None:
            code = self.model.framework_code(indexes[0]) or ""
            self.details.setText(f"<b>{code}</b><br>{self.model.data(indexes[0])}")
            return
        lines = [f"<b>{item.code}</b>", item.label, "",
                 self.tr("Niveaux : {0}").format(", ".join(item.grades) or "–")]
        if item.lsu_code:
            lines.append(self.tr("Code LSU : {0}").format(item.lsu_code))
        if item.coefficient != 1:
            lines.append(self.tr("Coefficient : {0}").format(f"{item.coefficient:g}"))
        if not item.verified:
            lines.append(f"<span style='color:#A4570B'>{UNVERIFIED_MARK} "
                         + self.tr("intitulé à vérifier dans le BO") + "</span>")
        if item.hidden:
            lines.append(self.tr("<i>Masqué : non travaillé cette année.</i>"))
        if item.custom:
            lines.append(self.tr("Item ajouté par l'enseignant."))
        self.details.setText("<br>".join(lines))

    # ------------------------------------------------------------ actions

    def _add_target(self, index: QModelIndex) -> tuple[ItemView, str] | None:
        """Where a new item goes: under a competency (an objective), or under a domain (a competency)."""
        item = self.model.item(index)
        if item is None:
            return None
        if item.kind == "objective" and item.parent_code:
            parent = self.service.item_by_code(item.parent_code, missing_ok=True)
            return (parent, "objective") if parent is not None else None
        if item.kind == "competency":
            return item, "objective"
        return item, "competency"

    def add_item(self) -> None:
        indexes = self.selected_indexes()
        target = self._add_target(indexes[0]) if len(indexes) == 1 else None
        if target is None:
            return
        parent_item, kind = target
        values = CustomItemDialog.ask(self.service, parent_item, kind, self)
        if values is None:
            return
        operation = SaveCustomItem(values.code, values.label, parent_item.code, values.grades, item_kind=kind)
        if self.runner.run(operation, self) is not None:
            created = self.service.item_by_code(values.code, missing_ok=True)
            if created is not None:
                self.select_key(created.id)
            self.status.setText(self.tr("Item « {0} » ajouté.").format(values.code.strip()))

    def set_hidden(self, hidden: bool) -> None:
        keys: list[str] = []
        for index in self.selected_indexes():
            keys.extend(self.model.keys_under(index))
            if not hidden:
                # Showing an item also shows the competency and domain above it, or it stays out of reach.
                item = self.model.item(index)
                while item is not None and item.parent_code:
                    item = self.service.item_by_code(item.parent_code, missing_ok=True)
                    if item is not None:
                        keys.append(item.id)
        if keys:
            self.runner.run(SetItemsHidden(tuple(dict.fromkeys(keys)), hidden), self)

    def import_file(self) -> None:
        path = FrameworkFiles.open_path(self)
        if path is None:
            return
        try:
            spec = read_framework_file(path)
        except ProgressionError as error:
            self.runner.show_error(error_text(error), self)
            return
        if self.runner.run(ImportFramework(spec), self) is None:
            return
        self.status.setText(self.tr("{0} éléments importés depuis « {1} ».").format(len(spec.items), path.name))

    def export_file(self) -> None:
        codes = sorted({c for c in (self.model.framework_code(i) for i in self.selected_indexes()) if c})
        suggested = (codes[0] if len(codes) == 1 else self.tr("referentiel")) + ".json"
        path = FrameworkFiles.save_path(self, suggested)
        if path is None:
            return
        try:
            spec = self.service.framework_spec(codes or None)
            write_framework_file(spec, path, self.service.carnet.path)
        except ProgressionError as error:
            self.runner.show_error(error_text(error), self)
            return
        self.status.setText(self.tr("{0} éléments exportés dans « {1} ».").format(len(spec.items), path.name))
