"""What every page of an open carnet is to the window: the protocol between them.

A page is built with the carnet's runner, reads through ``runner.service`` and changes the
carnet only through ``runner.run``. The window then speaks to it through these methods alone,
and to nothing else in it:

- ``set_period(index)``: the period chosen in the toolbar; a page built late gets it at once;
- ``on_changes(changes)``: what an action changed (any page's, an undo, a merge); the page
  redraws that part only, never more than ``Changes`` says;
- ``save_pending()``: store now what the teacher typed and the page keeps for a moment (an
  appreciation saved after a pause), before the carnet is closed, copied or changed elsewhere;
- ``pupil_id``: the pupil the page shows, if one (« Effacer définitivement un élève » offers him).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from progression.operations import Changes
from ui.runner import ActionRunner


class Panel(QWidget):
    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.service = runner.service

    def set_period(self, period_index: int) -> None:
        raise NotImplementedError

    def on_changes(self, changes: Changes) -> None:
        raise NotImplementedError

    def save_pending(self) -> None:
        """Nothing kept back by default: most pages store each change as it is made."""

    @property
    def pupil_id(self) -> str | None:
        return None
