"""Named changes to a carnet, each returning what changed and its inverse.

A user action is one operation run in one transaction. Its ``apply`` returns an
``Outcome``: which parts of the carnet changed (so screens refresh only those) and the
operation that undoes it. Undo and redo in the app only ever run these operations, so
undoing works the same from the grid, the synthesis page or a pupil's page.

Deletions are tombstones, so undoing a deletion brings back the very same rows.

An operation sees the carnet through ``CarnetContext`` (lookups, checks, stamps), never the
service that runs it. One that needs only Core statements may also define
``write(connection, context)``: the service then runs it on a plain connection, without an ORM
session. Recording from the grid goes this way, because the session's bookkeeping costs more
than the write itself.

One module per subject; everything is importable from here. A subject's module is loaded the
first time one of its operations is asked for: opening a carnet needs only the grid's, and each
module costs the app's start a few milliseconds.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from progression.changes import Cell, Changes, Part
from progression.operations.base import AfterBackup, Batch, Operation, Outcome, now, plain_writer
from progression.operations.context import CarnetContext

if TYPE_CHECKING:
    from progression.operations.class_details import SaveClassDetails, SavePeriodDates, SetClassOndeId
    from progression.operations.code import (
        ImportCodeOrder,
        MarkCode,
        SaveCodeUnit,
        SeedCodeProgression,
        SetCodeMarksDeleted,
        SetCodePositions,
        SetCodeTaught,
        SetCodeUnitsDeleted,
    )
    from progression.operations.decisions import SetAppreciation, SetOverride
    from progression.operations.fluency import AddFluencyMeasure
    from progression.operations.framework import AddScale, ImportFramework, SaveCustomItem, SetItemsHidden
    from progression.operations.groups import DropNeedGroups, GroupRows, KeepNeedGroups, MovePupil, ShowGroupRows
    from progression.operations.observations import (
        AddObservations,
        EditObservation,
        MarkCells,
        NewObservation,
        RecordObservations,
        same_session,
    )
    from progression.operations.pupils import AddPupils, PupilFields, SavePupil
    from progression.operations.reading_grids import AddReadingGrid, SetReadingGridsDeleted
    from progression.operations.settings import ChangeSettings, settings_change
    from progression.operations.tombstones import (
        SetDeleted,
        SetFluencyDeleted,
        SetItemsDeleted,
        SetObservationsDeleted,
        SetPupilsDeleted,
        Tombstones,
    )
    from progression.operations.works import (
        AddWork,
        EditReading,
        EditWork,
        RecordReadings,
        SetWorkDeleted,
        SetWorkReadingsDeleted,
    )

_LAZY = {
    "AddFluencyMeasure": "progression.operations.fluency",
    "AddObservations": "progression.operations.observations",
    "AddReadingGrid": "progression.operations.reading_grids",
    "AddScale": "progression.operations.framework",
    "AddWork": "progression.operations.works",
    "ChangeSettings": "progression.operations.settings",
    "DropNeedGroups": "progression.operations.groups",
    "EditObservation": "progression.operations.observations",
    "EditReading": "progression.operations.works",
    "EditWork": "progression.operations.works",
    "GroupRows": "progression.operations.groups",
    "ImportCodeOrder": "progression.operations.code",
    "ImportFramework": "progression.operations.framework",
    "KeepNeedGroups": "progression.operations.groups",
    "MarkCells": "progression.operations.observations",
    "MarkCode": "progression.operations.code",
    "MovePupil": "progression.operations.groups",
    "NewObservation": "progression.operations.observations",
    "PupilFields": "progression.operations.pupils",
    "RecordObservations": "progression.operations.observations",
    "RecordReadings": "progression.operations.works",
    "SaveClassDetails": "progression.operations.class_details",
    "SaveCodeUnit": "progression.operations.code",
    "SaveCustomItem": "progression.operations.framework",
    "SavePeriodDates": "progression.operations.class_details",
    "SavePupil": "progression.operations.pupils",
    "AddPupils": "progression.operations.pupils",
    "SeedCodeProgression": "progression.operations.code",
    "SetAppreciation": "progression.operations.decisions",
    "SetClassOndeId": "progression.operations.class_details",
    "SetCodeMarksDeleted": "progression.operations.code",
    "SetCodePositions": "progression.operations.code",
    "SetCodeTaught": "progression.operations.code",
    "SetCodeUnitsDeleted": "progression.operations.code",
    "SetDeleted": "progression.operations.tombstones",
    "SetFluencyDeleted": "progression.operations.tombstones",
    "SetItemsDeleted": "progression.operations.tombstones",
    "SetItemsHidden": "progression.operations.framework",
    "SetObservationsDeleted": "progression.operations.tombstones",
    "SetOverride": "progression.operations.decisions",
    "SetPupilsDeleted": "progression.operations.tombstones",
    "SetReadingGridsDeleted": "progression.operations.reading_grids",
    "SetWorkDeleted": "progression.operations.works",
    "SetWorkReadingsDeleted": "progression.operations.works",
    "ShowGroupRows": "progression.operations.groups",
    "Tombstones": "progression.operations.tombstones",
    "same_session": "progression.operations.observations",
    "settings_change": "progression.operations.settings",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "AddFluencyMeasure",
    "AddObservations",
    "AddPupils",
    "AddReadingGrid",
    "AddScale",
    "AddWork",
    "AfterBackup",
    "Batch",
    "CarnetContext",
    "Cell",
    "ChangeSettings",
    "Changes",
    "DropNeedGroups",
    "EditObservation",
    "EditReading",
    "EditWork",
    "GroupRows",
    "ImportCodeOrder",
    "ImportFramework",
    "KeepNeedGroups",
    "MarkCells",
    "MarkCode",
    "MovePupil",
    "NewObservation",
    "Operation",
    "Outcome",
    "Part",
    "PupilFields",
    "RecordObservations",
    "RecordReadings",
    "SaveClassDetails",
    "SaveCodeUnit",
    "SaveCustomItem",
    "SavePeriodDates",
    "SavePupil",
    "SeedCodeProgression",
    "SetAppreciation",
    "SetClassOndeId",
    "SetCodeMarksDeleted",
    "SetCodePositions",
    "SetCodeTaught",
    "SetCodeUnitsDeleted",
    "SetDeleted",
    "SetFluencyDeleted",
    "SetItemsDeleted",
    "SetItemsHidden",
    "SetObservationsDeleted",
    "SetOverride",
    "SetPupilsDeleted",
    "SetReadingGridsDeleted",
    "SetWorkDeleted",
    "SetWorkReadingsDeleted",
    "ShowGroupRows",
    "Tombstones",
    "now",
    "plain_writer",
    "same_session",
    "settings_change",
]
