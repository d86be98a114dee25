"""« Grille de lecture à voix haute » / « Grille de compréhension »: one pupil's grid, filled in
a few keys.

One row per criterion, four levels each (what each level looks like is written beside the row as
soon as one is chosen, and in the buttons' tooltips). The keys 1 to 4 give the current row its
level and move on to the next; Enter saves. The criteria come from the core
(``progression.reading_grids``), so the dialog shows whatever the data holds.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from progression.operations import AddReadingGrid
from progression.reading_grids import LEVELS, grid
from ui.runner import ActionRunner
from ui.widgets import from_qdate, to_qdate


class ReadingGridDialog(QDialog):
    """Enter one grid for one pupil; saved (undoable) by « Enregistrer » or Enter."""

    def __init__(self, runner: ActionRunner, kind: str, pupil_id: str, pupil_name: str, day: date,
                 text_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.kind = kind
        self.pupil_id = pupil_id
        self.spec = grid(kind)
        title = self.tr("Grille de lecture à voix haute") if kind == "prosody" else self.tr("Grille de compréhension")
        self.setWindowTitle(self.tr("{0} — {1}").format(title, pupil_name))

        self.day = QDateEdit(to_qdate(day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        klass = runner.service.class_info()
        self.day.setDateRange(to_qdate(klass.year_starts_on), to_qdate(klass.year_ends_on))
        self.text = QLineEdit(text_title)
        self.text.setPlaceholderText(self.tr("Titre du texte lu"))
        self.prepared = QCheckBox(self.tr("texte préparé"))
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Texte"), self.text)
        form.addRow("", self.prepared)

        box = QGroupBox(self.tr("Niveau pour chaque critère (touches 1 à 4)"))
        rows = QGridLayout(box)
        self.groups: list[QButtonGroup] = []
        self.descriptions: list[QLabel] = []
        for row, criterion in enumerate(self.spec.criteria):
            name = QLabel(f"<b>{criterion.label}</b>")
            rows.addWidget(name, row * 2, 0)
            buttons = QHBoxLayout()
            group = QButtonGroup(self)
            for level in LEVELS:
                button = QRadioButton(str(level))
                button.setToolTip(f"{level} : {criterion.levels[level - 1]}")
                button.setAccessibleName(self.tr("{0}, niveau {1}").format(criterion.label, level))
                group.addButton(button, level)
                buttons.addWidget(button)
            buttons.addStretch(1)
            rows.addLayout(buttons, row * 2, 1)
            description = QLabel()
            description.setWordWrap(True)
            description.setStyleSheet("color: #555;")
            rows.addWidget(description, row * 2 + 1, 0, 1, 2)
            group.idToggled.connect(lambda _id, _on, r=row: self._describe(r))
            self.groups.append(group)
            self.descriptions.append(description)
        rows.setColumnStretch(1, 1)
        self.hint = QLabel(self.tr("Règle des bilans : la moyenne des niveaux des critères d'un objectif, arrondie "
                                   "au niveau le plus proche, donne l'échelon — 1 Non atteints, 2 Partiellement "
                                   "atteints, 3 Atteints, 4 Dépassés — sauf si vous avez observé ou décidé cet "
                                   "objectif vous-même."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Commentaire (facultatif)"))
        self.comment.setMaximumHeight(self.fontMetrics().height() * 4)
        self.comment.setTabChangesFocus(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Enregistrer"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.hint)
        layout.addWidget(self.comment)
        layout.addWidget(self.buttons)
        self.saved = False
        self._focus_row(0)

    # ------------------------------------------------------------ levels

    def level(self, row: int) -> int | None:
        chosen = self.groups[row].checkedId()
        return chosen if chosen in LEVELS else None

    def set_level(self, row: int, level: int) -> None:
        button = self.groups[row].button(level)
        if button is not None:
            button.setChecked(True)

    def levels(self) -> dict[str, int]:
        return {c.code: level for row, c in enumerate(self.spec.criteria) if (level := self.level(row)) is not None}

    def _describe(self, row: int) -> None:
        level = self.level(row)
        criterion = self.spec.criteria[row]
        self.descriptions[row].setText(criterion.levels[level - 1] if level else "")

    def current_row(self) -> int:
        """The row the keys 1 to 4 fill: the one holding the focus, else the first without a level."""
        focused = self.focusWidget()
        for row, group in enumerate(self.groups):
            if focused in group.buttons():
                return row
        return next((row for row in range(len(self.groups)) if self.level(row) is None), len(self.groups) - 1)

    def _focus_row(self, row: int) -> None:
        group = self.groups[row]
        button: QAbstractButton | None = group.checkedButton() or group.button(LEVELS[0])
        if button is not None:
            button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typing = isinstance(self.focusWidget(), (QLineEdit, QPlainTextEdit, QDateEdit))
        if not typing and event.text() in {str(level) for level in LEVELS}:
            row = self.current_row()
            self.set_level(row, int(event.text()))
            if row + 1 < len(self.groups):
                self._focus_row(row + 1)
            else:
                self.buttons.button(QDialogButtonBox.StandardButton.Save).setFocus()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self.focusWidget(), QPlainTextEdit):
            self.save()  # Enter saves from the comment too; Maj+Entrée would be a new line there
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ saving

    def save(self) -> None:
        day = from_qdate(self.day.date())
        if day > date.today():
            self.runner.show_error(self.tr("La date du {0} est après aujourd'hui : une grille se note le jour de la "
                                           "lecture. Corrigez la date ; rien n'a été enregistré.")
                                   .format(day.strftime("%d/%m/%Y")), self)
            return
        operation = AddReadingGrid(
            pupil_id=self.pupil_id, assessed_on=day, grid=self.kind, levels=tuple(self.levels().items()),
            text_title=self.text.text().strip(), prepared=self.prepared.isChecked(),
            comment=self.comment.toPlainText(), author=self.runner.service.settings.author,
        )
        if self.runner.run(operation, self) is None:
            missing = next((row for row in range(len(self.groups)) if self.level(row) is None), None)
            if missing is not None:
                self._focus_row(missing)
            return
        self.saved = True
        self.accept()
