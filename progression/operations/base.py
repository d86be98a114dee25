"""What every operation is: a named change returning what changed and the operation that undoes it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from progression.changes import Changes
from progression.operations.context import CarnetContext
from progression.storage import now as now
from progression.storage import stored_moment as stored_moment

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


def stamp(context: CarnetContext) -> tuple[str, str]:
    """``modified_at`` and ``device_id`` of a row written with plain SQL, where no ORM flush hook
    stamps it (``Carnet.signature``)."""
    signature = context.signature()
    return signature["modified_at"], signature["device_id"]


@dataclass(frozen=True)
class Outcome:
    changes: Changes
    inverse: Operation


class Operation(Protocol):
    @property
    def kind(self) -> str: ...

    def apply(self, session: Session, context: CarnetContext) -> Outcome: ...

    @property
    def size(self) -> int: ...


@dataclass(frozen=True)
class Batch:
    """Several operations as one user action (an import): one transaction, one undo entry."""

    operations: tuple[Operation, ...]
    kind: str = "batch"

    @property
    def size(self) -> int:
        return sum(op.size for op in self.operations)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        return self._combined(operation.apply(session, context) for operation in self.operations)

    def write(self, connection: Connection, context: CarnetContext) -> Outcome:
        """The batch as plain statements on one connection, when each of its operations has
        ``write`` (``plain_writer``): no ORM session to set up for the class list of a new class."""
        writers = [plain_writer(operation) for operation in self.operations]
        if not all(writers):
            raise TypeError("an operation of this batch has no write: the batch runs through apply")
        return self._combined(write(connection, context) for write in writers if write is not None)

    def _combined(self, outcomes: Iterable[Outcome]) -> Outcome:
        changes = Changes()
        inverses: list[Operation] = []
        for outcome in outcomes:  # one after the other: each sees what the one before wrote
            changes = changes | outcome.changes
            inverses.append(outcome.inverse)
        return Outcome(changes, Batch(tuple(reversed(inverses)), kind=self.kind))


def plain_writer(operation: Operation) -> Callable[[Connection, CarnetContext], Outcome] | None:
    """The operation's ``write`` — its change made with plain statements on a connection, without
    an ORM session — or None when it (or one operation of a batch) only has ``apply``."""
    if isinstance(operation, Batch):
        return operation.write if all(plain_writer(op) for op in operation.operations) else None
    return getattr(operation, "write", None)


@dataclass(frozen=True)
class AfterBackup:
    """An operation that a verified backup of the carnet precedes (an import): the service makes the
    backup (reason ``reason``) before the operation's transaction, then runs it as it is. Undo and
    redo run its inverse alone: they bring back what the carnet held, no backup needed."""

    operation: Operation
    reason: str = "import"

    @property
    def kind(self) -> str:
        return self.operation.kind

    @property
    def size(self) -> int:
        return self.operation.size

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        return self.operation.apply(session, context)  # inside a Batch: the batch's own backup, if any
