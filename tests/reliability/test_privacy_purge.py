"""Erasing a pupil for good: no byte of the name left in the carnet, its -wal, or later backups;
and the year-end archive-and-purge."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from reliability_helpers import count, integrity

from progression.backup import backup_files, list_backups
from progression.operations import (
    AddFluencyMeasure,
    PupilFields,
    RecordObservations,
    SavePupil,
    SetAppreciation,
    SetOverride,
    SetPupilsDeleted,
)
from progression.privacy import archive_and_purge, purge_pupil, scrub_backups
from progression.service import CarnetService

FIRST, LAST = "Zébulon", "Quetzalcoatl"
NEEDLES = [
    text.encode(encoding)
    for text in (FIRST, LAST, "ébulon")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
]


def traces(path: Path) -> list[str]:
    """Which encodings of the name appear in the raw bytes of ``path`` (and of its -wal)."""
    found = []
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")):
        if candidate.exists():
            data = candidate.read_bytes()
            found += [f"{candidate.name}: {n!r}" for n in NEEDLES if n in data]
    return found


def _add_zebulon(service: CarnetService) -> str:
    service.run(SavePupil(PupilFields(LAST, FIRST, "CE1", birth_date=date(2019, 4, 2), ine="0123456789Z")))
    pupil = next(p for p in service.pupils() if p.last_name == LAST)
    items = service.items(grades=["CE1"])
    steps = service.counting_steps()
    period = service.periods()[0]
    for k in range(40):  # enough rows to spread over several pages
        service.run(RecordObservations(((pupil.id, items[k % len(items)].id),), steps[k % 4].id,
                                       date(2026, 10, 1 + k % 14), comment=f"{FIRST} lit la ligne {k}"))
    service.run(AddFluencyMeasure(pupil.id, date(2026, 10, 2), 42, 3, 60.0, comment=f"{FIRST} hésite"))
    service.run(SetOverride(pupil.id, period.id, items[0].id, steps[2].id, note=f"Vu avec {FIRST}"))
    service.run(SetAppreciation(pupil.id, period.id, f"{FIRST} {LAST} progresse bien."))
    return pupil.id


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_erased_pupil_leaves_no_byte_behind(
    small: Path, monkeypatch: pytest.MonkeyPatch, journal: str
) -> None:
    monkeypatch.setenv("PROGRESSION_JOURNAL", journal)
    service = CarnetService.open(small)
    pupil_id = _add_zebulon(service)
    service.run(SetPupilsDeleted((pupil_id,), True))  # removed from the class first (tombstone)
    service.close()
    assert traces(small)  # the test can see the name when it is there
    old_backups = {b.path for b in backup_files(small)}
    assert any(traces(b) for b in old_backups)

    service = CarnetService.open(small)
    others = count(small, "observation", f"pupil_id != '{pupil_id}'")
    report = purge_pupil(service, pupil_id)
    assert report.pupils == 1 and report.rows >= 40 + 1 + 1 + 1 + 1 + 1 and report.wal_cleared
    # While still open: the file and its -wal are clean already.
    assert traces(small) == []
    assert service.undo_kind() is None  # undo entries could carry the name
    assert len(service.pupils()) == 3
    service.close()
    assert traces(small) == []
    assert integrity(small) == "ok"
    assert count(small, "pupil", f"id = '{pupil_id}'") == 0
    assert count(small, "observation") == others  # nobody else's data went with it

    later = [b.path for b in backup_files(small) if b.path not in old_backups]
    assert later, "closing after a change makes a backup"
    assert all(traces(b) == [] for b in later)
    # Older backups keep the pupil until thinned (docs/privacy.md) — or until scrubbed.
    dirty = {b for b in old_backups if traces(b)}
    assert dirty
    rewritten = scrub_backups(small, [pupil_id])
    assert set(rewritten) == dirty
    assert all(traces(b.path) == [] for b in backup_files(small))
    assert all(b.pupils == 3 for b in list_backups(small))  # still verified, still the other pupils


def test_unknown_pupil_is_refused(small: Path) -> None:
    from progression.errors import InvalidInputError

    service = CarnetService.open(small)
    try:
        with pytest.raises(InvalidInputError):
            purge_pupil(service, "00000000-0000-0000-0000-000000000000")
    finally:
        service.close()


def test_year_end_archive_then_purge(small: Path, tmp_path: Path) -> None:
    service = CarnetService.open(small)
    _add_zebulon(service)
    counts = service.counts()
    archives = tmp_path / "archives de l'école"
    archives.mkdir()
    report = archive_and_purge(service, archives)
    assert report.pupils == counts["pupils"] and report.observations == counts["observations"]
    assert report.archive.parent == archives and traces(report.archive)
    assert report.backups_deleted >= 1
    assert service.pupils() == [] and service.class_info().label == "CE1"  # the class stays as a model
    service.close()
    assert traces(small) == []
    assert count(small, "pupil") == count(small, "observation") == count(small, "appreciation") == 0
    assert all(traces(b.path) == [] for b in backup_files(small))
    # The archive is a verified carnet that opens.
    archived = CarnetService.open(report.archive)
    assert archived.counts() == counts
    archived.close()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "progression", *args], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=60, check=False)


def test_command_line_purge_pupil(small: Path) -> None:
    service = CarnetService.open(small)
    pupil_id = _add_zebulon(service)
    service.close()
    refused = _cli("purge-pupil", str(small), pupil_id)
    assert refused.returncode == 2 and "--yes" in refused.stderr and FIRST in refused.stderr
    assert count(small, "pupil", f"id = '{pupil_id}'") == 1
    done = _cli("purge-pupil", str(small), pupil_id, "--yes", "--backups")
    assert done.returncode == 0, done.stderr
    assert traces(small) == []
    assert all(traces(b.path) == [] for b in backup_files(small))


def test_year_end_archive_refuses_the_backup_folder(tmp_path) -> None:
    """The automatic backups are deleted at year end: an archive there would go with them."""
    import pytest

    from progression import paths
    from progression.errors import ProgressionError
    from progression.privacy import archive_and_purge
    from progression.service import CarnetService, NewClass

    service = CarnetService.create(tmp_path / "fin.carnet", NewClass(label="CM2"))
    try:
        with pytest.raises(ProgressionError, match="sauvegardes automatiques"):
            archive_and_purge(service, paths.backups_dir(service.carnet.path))
    finally:
        service.close()
