"""The one API the desktop app and the command line call.

``CarnetService`` wraps an open carnet. It is a facade over modules that each do one thing:

* reading (``progression.queries``, which it extends): reference data cached until an
  operation says it changed, records read as plain views (``progression.views``);
* changing: named operations (``progression.operations``), each run in one transaction here,
  undone and redone by ``progression.history`` — the undo stack lives in the domain, not in
  the widgets;
* creating a carnet (``progression.seeding``) and computing a period's synthesis
  (``progression.period_synthesis``).

Operations never see this class: they get the narrow ``operations.CarnetContext``, which it
satisfies. Workflows that change the carnet (imports, settings) return an operation for the
caller to run — the app through its runner, the command line through ``run`` — so every change
is one undoable action run the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from progression.carnet import Carnet, open_carnet
from progression.carnet_connections import driver
from progression.changes import Changes
from progression.errors import InvalidInputError, ProgressionError
from progression.history import UndoHistory
from progression.operations import (
    AfterBackup,
    Cell,
    ChangeSettings,
    MarkCells,
    Operation,
    PupilFields,
    SavePupil,
    plain_writer,
    same_session,
    settings_change,
)
from progression.period_synthesis import period_synthesis
from progression.queries import CarnetQueries
from progression.seeding import NewClass, seed_carnet
from progression.synthesis import RuleOptions
from progression.views import SynthesisRow

__all__ = ["CarnetService", "NewClass"]


class CarnetService(CarnetQueries):
    def __init__(self, carnet: Carnet) -> None:
        super().__init__(carnet)
        self._history = UndoHistory(self._apply)

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: Path, *, lock: bool = True, force: bool = False, full_check: bool = True,
             auto_backup: bool = True) -> CarnetService:
        """Open a carnet. Writers (the app, imports) take the lock; read-only commands pass
        ``lock=False`` so they still work while the app has the carnet open. ``force`` takes
        over a lock left long ago on another computer, after asking the teacher. ``full_check``
        and ``auto_backup``: see ``open_carnet`` (the app and read-only commands leave both out)."""
        return cls(open_carnet(Path(path), lock=lock, force=force, full_check=full_check, auto_backup=auto_backup))

    @classmethod
    def create(cls, path: Path, new: NewClass, pupils: Sequence[PupilFields] = ()) -> CarnetService:
        """A new carnet for the class ``new`` describes, with these pupils (the wizard's list).

        The pupils are added as ordinary operations, so they are checked like any other, but not as
        actions to undo: a new carnet's history starts empty."""
        service = cls(seed_carnet(path, new))
        try:
            for fields in pupils:
                service._apply(SavePupil(fields))
        except ProgressionError:
            service.close()
            raise
        return service

    def close(self, *, backup: bool = True) -> None:
        self.carnet.close(backup=backup)

    def forget_history(self) -> None:
        """Drop undo/redo and cached data: after erasing a pupil, no undo may bring a name back."""
        self._history.forget()
        self.forget_cached()

    # ------------------------------------------------------------ running operations

    def run(self, operation: Operation) -> Changes:
        """Run one user action in one transaction; it becomes undoable."""
        return self._history.run(operation)

    def undo(self) -> Changes | None:
        return self._history.undo()

    def redo(self) -> Changes | None:
        return self._history.redo()

    def undo_kind(self) -> tuple[str, int] | None:
        """The action that Undo would reverse, as (kind, size): the UI words the menu label."""
        return self._history.undo_kind()

    def redo_kind(self) -> tuple[str, int] | None:
        return self._history.redo_kind()

    def _apply(self, operation: Operation) -> tuple[Changes, Operation]:
        if self.carnet.read_only:
            raise ProgressionError("carnet.read_only")
        self.carnet.refuse_if_damaged()
        if isinstance(operation, AfterBackup):
            # A carnet that never held a pupil (a class just created, its list being imported) has
            # nothing an import could harm that Undo does not bring back: its copy would only lengthen
            # the restore list. Any other carnet is copied first.
            if self._ever_held_pupils():
                from progression.backup import backup_before

                backup_before(self.carnet.path, operation.reason)
            operation = operation.operation
        write = plain_writer(operation)
        if write is not None:  # plain statements only (see progression.operations)
            with self.carnet.writing() as connection:
                outcome = write(connection, self)
        else:
            with self.carnet.session() as session:
                outcome = operation.apply(session, self)
        self.invalidate(outcome.changes)
        return outcome.changes, outcome.inverse

    def _ever_held_pupils(self) -> bool:
        with self.carnet.reading() as connection:
            return driver(connection).execute("SELECT EXISTS (SELECT 1 FROM pupil)").fetchone() == (1,)

    # ------------------------------------------------------------ marking

    def marking(self, cells: Sequence[Cell], step_id: str, observed_on: date, activity: str = "",
                comment: str = "", author: str = "") -> MarkCells:
        """The operation for a step typed on these cells: it corrects each cell's marks of the
        same session (``same_session``) and adds a mark where there is none."""
        cells = tuple(cells)
        found = self.observations_on(sorted({p for p, _ in cells}), sorted({i for _, i in cells}), observed_on)
        wanted = set(cells)
        replaces = tuple(o.id for o in found
                         if (o.pupil_id, o.item_id) in wanted and same_session(o, observed_on, activity))
        return MarkCells(cells, step_id, observed_on, activity, comment, author, replaces)

    # ------------------------------------------------------------ settings

    def settings_change(self, **values: Any) -> ChangeSettings | None:
        """The operation that gives these settings their new values; None if none changes."""
        return settings_change(self.settings, values)

    def keep_settings(self, **values: Any) -> Changes:
        """Store settings that record facts rather than choices (the school's identifiers the LSU
        export asks for): written like any change, but not an action for Ctrl+Z to take back."""
        operation = self.settings_change(**values)
        return self._apply(operation)[0] if operation is not None else Changes()

    def scale_change(self, code: str) -> ChangeSettings | None:
        """The operation that switches the carnet's scale; only before the first observation, whose
        steps it would orphan."""
        if code not in {c for c, _ in self.scales()}:
            raise InvalidInputError("scale.unknown_here", code=code)
        if code != self.settings.scale and self.counts()["observations"]:
            raise InvalidInputError("scale.frozen")
        return self.settings_change(scale=code, thresholds={})

    # ------------------------------------------------------------ synthesis

    def rule_options(self, **overrides: Any) -> RuleOptions:
        return self.settings.rule_options(**overrides)

    def synthesis(
        self, period_index: int, options: RuleOptions | None = None, pupil_ids: Sequence[str] | None = None
    ) -> list[SynthesisRow]:
        """Each pupil's computed step per observed item of the period, and the roll-ups."""
        return period_synthesis(self, period_index, options or self.rule_options(), pupil_ids)
