"""What a restore would take away counts the reading beyond the grid too: code marks and the
class's progression, the reading list and the works read, reading grids, need groups and their
pupils; rows deleted since the backup are not counted (the backup brings them back)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from progression import code_progression as code
from progression.backup import make_backup
from progression.operations import (
    AddReadingGrid,
    AddWork,
    GroupRows,
    KeepNeedGroups,
    MarkCode,
    RecordReadings,
    SeedCodeProgression,
    SetReadingGridsDeleted,
)
from progression.recovery import what_would_be_lost
from progression.service import CarnetService
from progression.works import class_works

DAY = date(2026, 11, 16)


def test_code_works_grids_and_groups_typed_after_a_backup_are_counted(small: Path) -> None:
    backup = make_backup(small, reason="manuelle")
    assert not what_would_be_lost(small, backup)
    service = CarnetService.open(small)
    try:
        lucas, noe, awa = (p.id for p in service.pupils())
        service.run(SeedCodeProgression(code.default_units()[:4]))
        units = code.units(service)
        service.run(MarkCode(((lucas, units[0].id), (lucas, units[1].id), (noe, units[0].id)),
                             service.step_by_rank(3).id, DAY))
        service.run(AddWork("Rascal", "", "album"))
        service.run(RecordReadings(class_works(service)[0].id, (lucas, noe), DAY, "alone"))
        levels = (("phrasing", 3), ("punctuation", 2), ("expressivity", 2), ("flow", 3))
        service.run(AddReadingGrid(awa, DAY, "prosody", levels))
        service.run(AddReadingGrid(noe, date(2026, 11, 20), "prosody", levels))
        gone = next(g.id for g in service.reading_grids([noe]))
        service.run(SetReadingGridsDeleted((gone,), True))  # deleted since: not counted
        competency = next(i for i in service.items(["CE1"]) if i.kind == "competency")
        service.run(KeepNeedGroups(service.period(2).id, (
            GroupRows(competency.id, 1, "Groupe 1", ((lucas, "CE1.1"), (awa, "CE1.2"))),)))
    finally:
        service.close()
    loss = what_would_be_lost(small, backup)
    assert loss is not None
    assert loss.counts == {"code_unit": 4, "code_mark": 3, "work": 1, "work_reading": 2, "reading_grid": 1,
                           "need_group": 1, "need_group_member": 2}
    assert loss.last["code_mark"] == DAY and loss.last["reading_grid"] == DAY and loss.last["work_reading"] == DAY
