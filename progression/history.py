"""Running operations: one transaction each, and the undo and redo stacks, kept in the domain.

The app's Édition menu, the grid, the synthesis page and a pupil's page all undo the same way,
because undoing is running the inverse an operation returned (``progression.operations``). What
``run`` puts on the stack is that inverse, named by the operation's kind and size so the UI can
word it; ``forget`` empties both stacks (after erasing a pupil, no undo may bring a name back).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from progression.changes import Changes
from progression.operations import Operation

UNDO_LIMIT = 200

# Runs one operation in one transaction: (what changed, the operation that undoes it).
Apply = Callable[[Operation], tuple[Changes, Operation]]


@dataclass(frozen=True)
class Done:
    """A user action on the undo or redo stack: what to run next, and how to name it."""

    operation: Operation
    kind: str
    size: int


class UndoHistory:
    def __init__(self, apply: Apply) -> None:
        self._apply = apply
        self._undo: list[Done] = []
        self._redo: list[Done] = []

    def run(self, operation: Operation) -> Changes:
        """Run one user action; it becomes undoable, and what was undone can no longer be redone."""
        changes, inverse = self._apply(operation)
        self._undo.append(Done(inverse, operation.kind, operation.size))
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        return changes

    def undo(self) -> Changes | None:
        return self._step(self._undo, self._redo)

    def redo(self) -> Changes | None:
        return self._step(self._redo, self._undo)

    def _step(self, source: list[Done], target: list[Done]) -> Changes | None:
        if not source:
            return None
        done = source[-1]
        changes, inverse = self._apply(done.operation)  # stays on its stack if this fails
        source.pop()
        target.append(Done(inverse, done.kind, done.size))
        return changes

    def undo_kind(self) -> tuple[str, int] | None:
        """The action that Undo would reverse, as (kind, size): the UI words the menu label."""
        return (self._undo[-1].kind, self._undo[-1].size) if self._undo else None

    def redo_kind(self) -> tuple[str, int] | None:
        return (self._redo[-1].kind, self._redo[-1].size) if self._redo else None

    def forget(self) -> None:
        self._undo.clear()
        self._redo.clear()
