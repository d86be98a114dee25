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

One module per subject; everything is importable from here.
"""

from progression.changes import Cell, Changes, Part
from progression.operations.base import AfterBackup, Batch, Operation, Outcome, now
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
from progression.operations.context import CarnetContext
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
from progression.operations.pupils import PupilFields, SavePupil
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

__all__ = [
    "AddFluencyMeasure",
    "AddObservations",
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
    "same_session",
    "settings_change",
]
