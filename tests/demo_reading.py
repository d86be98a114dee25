"""The demo class holds reading grids and syllable or pseudo-word readings; tests that need a pupil
(or a class) without them take them away as the teacher would, through these deletions."""

from __future__ import annotations

from collections.abc import Sequence

from progression.operations import Operation, SetFluencyDeleted, SetReadingGridsDeleted
from progression.service import CarnetService


def deleting_demo_reading(service: CarnetService, pupil_ids: Sequence[str] | None = None) -> list[Operation]:
    """The deletions of the grids and decoding readings of these pupils (all when ``None``), to run
    through the service or, in the app's tests, through its action runner."""
    ids = list(pupil_ids) if pupil_ids is not None else None
    operations: list[Operation] = []
    grids = tuple(g.id for g in service.reading_grids(ids))
    if grids:
        operations.append(SetReadingGridsDeleted(grids, True))
    decoding = tuple(m.id for m in service.fluency(ids, kind=None) if m.kind != "text")
    if decoding:
        operations.append(SetFluencyDeleted(decoding, True))
    return operations
