"""Erasing a pupil for good: no byte of the name left in the carnet, its -wal, or later backups;
and the year-end archive-and-purge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reliability_helpers import count, integrity

from progression.backup import backup_files, list_backups
from progression.backup_folders import backups_folder
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
from tests.command_line import Ran, run_progression

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


def _cli(*args: str) -> Ran:
    return run_progression(*args)


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

    from progression.errors import ProgressionError
    from progression.privacy import archive_and_purge
    from progression.service import CarnetService, NewClass

    service = CarnetService.create(tmp_path / "fin.carnet", NewClass(label="CM2"))
    try:
        with pytest.raises(ProgressionError, match="sauvegardes automatiques"):
            archive_and_purge(service, backups_folder(service.carnet.path))
    finally:
        service.close()


# ---------------------------------------------------------------- erasures completed later, everywhere, for good


def _main(*args: str) -> tuple[int, str, str]:
    """The command line in this process (the restore tests look at this computer's data folder)."""
    import contextlib
    import io

    from progression.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def _with_zebulon(small: Path) -> str:
    service = CarnetService.open(small)  # the day's backup is made before Zébulon arrives
    pupil_id = _add_zebulon(service)
    service.close()  # the closing backup holds him
    assert any(traces(b.path) for b in backup_files(small))
    return pupil_id


def test_erasure_without_backups_can_be_completed_later(small: Path) -> None:
    pupil_id = _with_zebulon(small)
    code, out, _ = _main("purge-pupil", str(small), pupil_id, "--yes")
    assert code == 0 and "--backups" in out
    assert traces(small) == [] and any(traces(b.path) for b in backup_files(small))

    # Days later: the pupil is no longer in the carnet, the command still finishes the job.
    code, out, err = _main("purge-pupil", str(small), pupil_id, "--backups")
    assert code == 0, err
    assert "déjà été effacé" in out and "sauvegardes automatiques nettoyées" in out
    assert all(traces(b.path) == [] for b in backup_files(small))
    assert all(b.pupils == 3 for b in list_backups(small))  # still verified backups of the class


def test_completing_every_erasure_without_naming_the_pupil(small: Path) -> None:
    pupil_id = _with_zebulon(small)
    assert _main("purge-pupil", str(small), pupil_id, "--yes")[0] == 0
    code, out, err = _main("purge-pupil", str(small), "--backups")
    assert code == 0, err
    assert "1 élève(s) effacé(s)" in out
    assert all(traces(b.path) == [] for b in backup_files(small))
    assert _main("purge-pupil", str(small))[0] == 2  # neither a pupil nor --backups: a usage error


def test_erasure_reaches_the_files_set_aside_beside_the_carnet(small: Path, tmp_path: Path) -> None:
    from progression.backup import make_backup
    from progression.recovery import restore_backup
    from progression.set_aside import set_aside_files

    pupil_id = _with_zebulon(small)
    before = make_backup(small, tmp_path, reason="manuelle")  # a copy she keeps elsewhere: never touched
    # A restore sets the current carnet (with Zébulon) aside as .replaced-…
    replaced = restore_backup(list_backups(small)[-1].path, small)
    assert replaced is not None and traces(replaced)
    restore_backup(replaced, small)  # and back: the first restore's result is set aside in turn
    # A damaged file and a stray journal set aside earlier, both holding his name.
    damaged = small.with_name(small.name + ".damaged-20270101-080000")
    damaged.write_bytes(replaced.read_bytes()[:6000] + FIRST.encode() * 10)
    orphan = small.with_name(small.name + "-wal.orphan-20270101-080000")
    orphan.write_bytes(b"\x37\x7f\x06\x82" + FIRST.encode() * 10)

    code, out, err = _main("purge-pupil", str(small), pupil_id, "--yes", "--backups")
    assert code == 0, err
    assert traces(small) == [] and all(traces(b.path) == [] for b in backup_files(small))
    readable = [f for f in set_aside_files(small) if f not in (damaged, orphan)]
    assert readable and all(traces(f) == [] for f in readable)
    assert "mis de côté" in out and str(damaged) in out and str(orphan) in out and "--delete-damaged" in out
    assert damaged.exists() and orphan.exists()  # named, not deleted without her say

    code, out, err = _main("purge-pupil", str(small), "--backups", "--delete-damaged")
    assert code == 0, err
    assert not damaged.exists() and not orphan.exists()
    assert traces(before)  # her own copy in her own folder is hers


def test_restoring_a_backup_from_before_the_erasure_erases_again(small: Path) -> None:
    from progression import known_carnets, paths

    pupil_id = _with_zebulon(small)
    old = next(b for b in list_backups(small) if traces(b.path))
    assert _main("purge-pupil", str(small), pupil_id, "--yes")[0] == 0
    code, out, err = _main("restore", str(small), "--backup", str(old.path))
    assert code == 0, err
    assert "1 élève(s) effacé(s) depuis cette sauvegarde l'ont été de nouveau" in out
    assert count(small, "pupil", f"id = '{pupil_id}'") == 0 and traces(small) == []
    assert count(small, "pupil") == 3  # the others came back as they were in the backup
    assert integrity(small) == "ok"
    # Kept outside the carnet: ids only, never a name.
    remembered = paths.registry_file().read_bytes()
    assert pupil_id.encode() in remembered and not any(n in remembered for n in NEEDLES)
    assert pupil_id in known_carnets.erased_from(list_backups(small)[0].carnet)

    # A merge of a copy from before the erasure does not bring him back either (the list is in the carnet).
    service = CarnetService.open(small)
    try:
        from progression.merge import merge_copy

        merge_copy(service, old.path)
        assert pupil_id not in {p.id for p in service.pupils()}
    finally:
        service.close()


def test_recovering_a_damaged_carnet_erases_again(small: Path) -> None:
    """The carnet's own list of erased pupils is lost with it: this computer's copy of the ids serves."""
    from progression.recovery import recover_damaged

    pupil_id = _with_zebulon(small)
    before = next(b for b in list_backups(small) if traces(b.path))
    service = CarnetService.open(small)
    purge_pupil(service, pupil_id)
    service.close()
    small.write_bytes(small.read_bytes()[:2048])  # damaged beyond reading its meta rows
    recovery = recover_damaged(small, before)  # a backup from before the erasure is put back
    assert recovery.restored == before and traces(before.path)
    assert count(small, "pupil", f"id = '{pupil_id}'") == 0 and traces(small) == []
    assert count(small, "pupil") == 3
