"""The step picker: a small popup of coloured buttons opened by a click on a cell.

Why a picker rather than click-to-cycle: every change is saved at once and is an undo
entry, so cycling Non atteints → Partiellement → Atteints would record the wrong steps on
the way, and reaching « Dépassés » would take four clicks. The picker shows every step with
its colour, symbol, label and key: one click to open, one to choose, Échap to leave with
nothing recorded. It also teaches the keys (1–4, 0) that make the keyboard faster.

It opens with the focus on the cell's current step (on no step for an empty cell, not on « Non
atteints »), so Entrée there changes nothing by surprise; arrows move, Entrée chooses the focused step. Espace never
chooses: it is the key that opened the picker, and a second press must not record a mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from progression.views import StepView
from ui.step_style import text_on

ERASE = "erase"



def key_of(step: StepView, steps: Sequence[StepView]) -> str | None:
    """The key that records ``step``: its rank for counting steps, 0 for the first mark that
    does not count (« Absent »); others (« Non évalué ») are reached through the picker."""
    if step.rank is not None:
        return str(step.rank) if 0 < step.rank < 10 else None
    others = [s for s in steps if s.rank is None]
    return "0" if others and others[0].id == step.id else None


# On a French AZERTY keyboard the top row gives & é " ' ( … à without Shift: a teacher
# pressing the key printed "3" must get step 3 whether or not she holds Shift.
AZERTY_DIGITS = {"&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "è": "7", "_": "8", "ç": "9",
                 "à": "0"}


def step_for_key(text: str, steps: Sequence[StepView]) -> StepView | None:
    text = AZERTY_DIGITS.get(text, text)
    if len(text) != 1 or not text.isdigit():
        return None
    return next((s for s in steps if key_of(s, steps) == text), None)


def is_erase_key(key: int) -> bool:
    return key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class StepPicker(QFrame):
    """Emits ``chosen`` with a StepView, or ``ERASE``; closes itself afterwards."""

    chosen = Signal(object)
    dismissed = Signal()  # closed, with or without a choice

    def __init__(self, steps: Sequence[StepView], can_erase: bool, parent: QWidget | None = None,
                 current: StepView | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("stepPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._steps = tuple(steps)
        self._buttons: dict[str, QPushButton] = {}
        layout = QGridLayout(self)
        counting = [s for s in self._steps if s.counts]
        others = [s for s in self._steps if not s.counts]
        for column, step in enumerate(counting):
            layout.addWidget(self._button(step), 0, column)
        for column, step in enumerate(others):
            layout.addWidget(self._button(step), 1, column)
        if can_erase:
            erase = QPushButton(self.tr("Effacer (Suppr)"))
            erase.setToolTip(self.tr("Efface la marque affichée dans la case (Ctrl+Z pour revenir)"))
            erase.clicked.connect(lambda: self._choose(ERASE))
            self._buttons[ERASE] = erase
            layout.addWidget(erase, 1, max(len(others), len(counting) - 1))
        hint = QLabel(self.tr("Touches 1 à {n} et 0 · Entrée : l'échelon encadré · Échap pour fermer").format(
            n=len(counting)))
        hint.setForegroundRole(QPalette.ColorRole.WindowText)
        layout.addWidget(hint, 2, 0, 1, max(1, len(counting)))
        focused = self._buttons.get(current.id) if current is not None else None
        if focused is not None:
            focused.setFocus()
        else:
            # An empty cell: no step framed, so Entrée records nothing; an arrow reaches the first one.
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setFocus()
        for button in self._buttons.values():
            button.installEventFilter(self)

    def _button(self, step: StepView) -> QPushButton:
        key = key_of(step, self._steps)
        text = f"{step.symbol}  {step.short}"
        if key is not None:
            text = f"{key}   {text}"
        button = QPushButton(text)
        button.setObjectName(f"step_{step.rank if step.rank is not None else step.short}")
        button.setToolTip(step.label)
        button.setAccessibleName(step.label)
        colour = QColor(step.color)
        ink = text_on(colour).name()
        # Padding in em so the buttons grow with the font (150 % scaling). The border keeps one
        # width and only changes colour on focus, so the focused button's text is never clipped;
        # near black on focus (not the theme's highlight, which vanishes on the blue step).
        button.setStyleSheet(
            f"QPushButton {{ background: {colour.name()}; color: {ink}; border: 3px solid {colour.darker(125).name()};"
            " border-radius: 0.3em; padding: 0.45em 0.9em; }"
            " QPushButton:focus { border-color: #1A1A1A; }"
        )
        button.clicked.connect(lambda: self._choose(step))
        self._buttons[step.id] = button
        return button

    def button_for(self, step: StepView | str) -> QPushButton:
        """The button of a step (or of ``ERASE``): tests click it as a teacher would."""
        return self._buttons[step if isinstance(step, str) else step.id]

    def _choose(self, value: object) -> None:
        self.chosen.emit(value)
        self.close()

    def focused_choice(self) -> StepView | str | None:
        """What Entrée would choose now: the step (or ``ERASE``) whose button has the focus."""
        for key, button in self._buttons.items():
            if button.hasFocus():
                return ERASE if key == ERASE else next(s for s in self._steps if s.id == key)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A button takes Espace as a click and ignores Entrée outside a dialog: both are decided here.
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Space:
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.type() == QEvent.Type.KeyPress and isinstance(watched, QPushButton):
                    watched.click()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = step_for_key(event.text(), self._steps)
        if step is not None:
            self._choose(step)
        elif is_erase_key(event.key()) and ERASE in self._buttons:
            self._choose(ERASE)
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focusPreviousChild()
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.focusNextChild()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.dismissed.emit()
        super().closeEvent(event)

    def popup_at(self, point: QPoint) -> None:
        """Show just below a cell, kept on the screen."""
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = point.x(), point.y()
        if screen is not None:
            x = min(max(screen.left(), x), screen.right() - self.width())
            y = min(max(screen.top(), y), screen.bottom() - self.height())
        self.move(x, y)
        self.show()
        self.activateWindow()
