"""What an operation may ask of the open carnet: the narrow interface operations see.

Operations check what they write against the carnet's reference data (its scale, items, pupils,
class and periods, settings) and stamp the rows they write with Core statements. They see that
much and no more: never the undo history, never another operation run on their behalf. The
service (``progression.service.CarnetService``) is what answers, through ``progression.queries``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from progression.settings import CarnetSettings
from progression.views import ClassInfo, ItemView, PeriodView, PupilView, StepView


class CarnetContext(Protocol):
    @property
    def settings(self) -> CarnetSettings: ...

    def signature(self) -> dict[str, str]:
        """The stamp a row written with Core statements carries (``Carnet.signature``)."""
        ...

    def class_info(self) -> ClassInfo: ...

    def periods(self) -> tuple[PeriodView, ...]: ...

    def step(self, step_id: str) -> StepView: ...

    def item(self, item_id: str) -> ItemView: ...

    def item_by_code(self, code: str, *, missing_ok: bool = False) -> ItemView: ...

    def items(self, grades: Iterable[str] | None = None, *, include_hidden: bool = False) -> list[ItemView]: ...

    def pupil(self, pupil_id: str) -> PupilView: ...

    def scales(self) -> list[tuple[str, str]]: ...

    def check_pupil_present(self, pupil_id: str, day: date) -> PupilView: ...

    def check_date_in_year(self, day: date) -> None: ...
