"""Backups: when they are made, the thinning rule (date-mocked), listing and restoring."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reliability_helpers import count, table_dump

from progression import backup as backup_module
from progression import paths
from progression.backup import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    backup_files,
    backup_if_due,
    keep_set,
    list_backups,
    make_backup,
    thin_backups,
)
from progression.backup_folders import backups_folder, parse_backup_name
from progression.errors import ProgressionError
from progression.recovery import restore_backup
from tests.command_line import Ran, run_progression

NOW = datetime(2027, 3, 15, 18, 0, 0)


# ---------------------------------------------------------------- the thinning rule


def test_thinning_keeps_last_day_then_daily_weekly_monthly() -> None:
    # One backup every 6 hours for 500 days.
    dates = [NOW - timedelta(hours=6 * k) for k in range(4 * 500)]
    kept = keep_set(dates, NOW)
    within_day = [d for d in dates if NOW - d < timedelta(hours=24)]
    assert set(within_day) <= kept
    older = sorted((d for d in kept if NOW - d >= timedelta(hours=24)), reverse=True)
    # 7 days, then weeks and months not already covered by a kept daily.
    days = {d.date() for d in older}
    assert len(days) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    assert len(kept) <= len(within_day) + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    # The newest backup of each of the 7 most recent earlier days is there.
    for back in range(1, 8):
        day = (NOW - timedelta(days=back)).date()
        newest = max(d for d in dates if d.date() == day and NOW - d >= timedelta(hours=24))
        assert newest in kept
    # Something about 11 months old is still there; nothing older than 13 months.
    assert any(timedelta(days=300) < NOW - d < timedelta(days=400) for d in kept)
    assert all(NOW - d < timedelta(days=400) for d in kept)


def test_thinning_reaches_across_the_summer_for_rare_use() -> None:
    # Opened every school day until July, then nothing until September.
    june = [datetime(2027, 6, day, 17, 0) for day in range(1, 31)]
    september = datetime(2027, 9, 2, 8, 0)
    kept = keep_set([*june, september], september)
    assert september in kept
    assert datetime(2027, 6, 30, 17, 0) in kept  # newest daily
    assert len([d for d in kept if d.month == 6]) >= KEEP_DAILY


def test_newest_backup_is_always_kept() -> None:
    old = NOW - timedelta(days=900)
    assert keep_set([old], NOW) == {old}


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=60 * 24 * 800), min_size=0, max_size=120))
def test_thinning_is_idempotent_and_bounded(minutes: list[int]) -> None:
    dates = [NOW - timedelta(minutes=m) for m in minutes]
    kept = keep_set(dates, NOW)
    assert kept <= set(dates)
    assert keep_set(kept, NOW) == kept  # thinning twice deletes nothing more
    recent = {d for d in dates if NOW - d < timedelta(hours=24)}
    assert recent <= kept
    assert len(kept - recent) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY + 1
    if dates:
        assert max(dates) in kept
    # Whatever a later thinning of the full history would keep was not deleted now.
    for later in (NOW + timedelta(hours=5), NOW + timedelta(days=3), NOW + timedelta(days=40)):
        assert keep_set(dates, later) <= kept


def _fake_backups(carnet: Path, dates: list[datetime]) -> list[Path]:
    folder = backups_folder(carnet)
    made = []
    for d in dates:
        path = folder / f"{carnet.stem}_{d.strftime('%Y-%m-%d_%H%M%S_%f')}_quotidienne.carnet"
        path.write_bytes(b"")
        made.append(path)
    return made


def test_thin_backups_deletes_only_our_own_files(small: Path) -> None:
    carnet = small
    dates = [NOW - timedelta(days=k) for k in range(60)]
    _fake_backups(carnet, dates)
    folder = backups_folder(carnet)
    (folder / "notes du directeur.txt").write_text("à garder")
    elsewhere = paths.backups_root() / "autre"  # not a backup folder of ours: never looked into
    elsewhere.mkdir()
    (elsewhere / "autre_2027-01-01_080000_000000_manuelle.carnet").write_bytes(b"")
    deleted = thin_backups(carnet, now=NOW)
    remaining = {b.made_at for b in backup_files(carnet)}
    assert remaining == keep_set(dates, NOW)
    assert len(deleted) == 60 - len(remaining)
    assert (folder / "notes du directeur.txt").exists()
    assert (elsewhere / "autre_2027-01-01_080000_000000_manuelle.carnet").exists()


def test_stale_part_files_are_cleaned(small: Path) -> None:
    carnet = small
    folder = backups_folder(carnet)
    make_backup(carnet, now=NOW - timedelta(days=1))
    part = folder / "classe_2027-03-01_080000_000000_quotidienne.carnet.part"
    part.write_bytes(b"half a backup")
    old = (NOW - timedelta(hours=3)).timestamp()
    os.utime(part, (old, old))
    thin_backups(carnet, now=NOW)
    assert not part.exists()


# ---------------------------------------------------------------- when backups are made


def test_daily_backup_only_when_the_newest_is_a_day_old(small: Path) -> None:
    first = backup_if_due(small, now=NOW)
    assert first is not None and parse_backup_name(first.name)[2] == "quotidienne"  # type: ignore[index]
    assert backup_if_due(small, now=NOW + timedelta(hours=23)) is None
    second = backup_if_due(small, now=NOW + timedelta(hours=25))
    assert second is not None
    assert len(backup_files(small)) == 2


def test_open_makes_the_daily_backup_and_close_backs_up_changes(small: Path) -> None:
    from datetime import date

    from progression.operations import RecordObservations
    from progression.service import CarnetService

    service = CarnetService.open(small)
    assert [b.reason for b in backup_files(small)] == ["quotidienne"]
    service.close()  # nothing changed: no backup at close
    assert [b.reason for b in backup_files(small)] == ["quotidienne"]

    service = CarnetService.open(small)
    pupil, item = service.pupils()[0], service.items(grades=["CE1"])[2]
    service.run(RecordObservations(((pupil.id, item.id),), service.counting_steps()[0].id, date(2026, 11, 3)))
    service.close()
    reasons = [b.reason for b in backup_files(small)]
    assert reasons == ["fermeture", "quotidienne"]
    newest = backup_files(small)[0].path
    assert count(newest, "observation") == count(small, "observation")


def test_backup_leaves_no_partial_file_when_it_fails(small: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    small.write_bytes(small.read_bytes()[:4096])  # only the first page: the copy cannot pass
    with pytest.raises(ProgressionError):
        make_backup(small, folder)
    assert list(folder.iterdir()) == []


# ---------------------------------------------------------------- listing and restoring


def test_list_backups_gives_dates_and_counts(small: Path, tmp_path: Path) -> None:
    make_backup(small, reason="manuelle", now=NOW)
    make_backup(small, reason="import", now=NOW + timedelta(hours=1))
    listed = list_backups(small)
    assert [b.reason for b in listed] == ["import", "manuelle"]
    assert listed[0].pupils == 3 and listed[0].observations == 1
    assert "élèves" in listed[0].describe() and "15/03/2027" in listed[0].describe()


def test_namesake_of_another_carnet_is_not_offered(small: Path, small_template: Path, tmp_path: Path) -> None:
    from progression.service import CarnetService, NewClass

    other = tmp_path / "ailleurs" / "classe.carnet"
    other.parent.mkdir()
    CarnetService.create(other, NewClass(label="CM2", grades=("CM2",))).close()
    ours = make_backup(small, reason="manuelle", now=NOW)
    listed = list_backups(small)
    assert [b.path for b in listed] == [ours]


def test_backup_restore_round_trip_is_identical(small: Path) -> None:
    from datetime import date

    from progression.operations import PupilFields, RecordObservations, SavePupil
    from progression.service import CarnetService

    before = table_dump(small)
    backup = make_backup(small, reason="manuelle")
    service = CarnetService.open(small)
    service.run(SavePupil(PupilFields("Nouveau", "Élève", "CE1")))
    pupil, item = service.pupils()[0], service.items(grades=["CE1"])[1]
    service.run(RecordObservations(((pupil.id, item.id),), service.counting_steps()[2].id, date(2026, 12, 1)))
    service.close()
    changed = table_dump(small)
    assert changed != before

    aside = restore_backup(backup, small)
    assert table_dump(small) == before
    assert aside is not None and table_dump(aside) == changed  # set aside, never deleted
    # The restored carnet opens and works.
    service = CarnetService.open(small)
    assert len(service.pupils()) == 3
    service.close()


def test_restore_refuses_while_the_carnet_is_open(small: Path) -> None:
    from progression.errors import CarnetLockedError
    from progression.service import CarnetService

    backup = make_backup(small)
    service = CarnetService.open(small)
    try:
        with pytest.raises(CarnetLockedError):
            restore_backup(backup, small)
    finally:
        service.close()


def test_restore_refuses_a_damaged_backup(small: Path, tmp_path: Path) -> None:
    from progression.errors import DamagedCarnetError

    bad = tmp_path / "classe_2027-03-15_180000_000000_manuelle.carnet"
    bad.write_bytes(small.read_bytes()[:8192])
    before = small.read_bytes()
    with pytest.raises(DamagedCarnetError):
        restore_backup(bad, small)
    assert small.read_bytes() == before


def _cli(*args: str) -> Ran:
    return run_progression(*args)


def test_command_line_backup_list_and_restore(small: Path, tmp_path: Path) -> None:
    made = _cli("backup", str(small))
    assert made.returncode == 0, made.stderr
    assert "3 élèves" in made.stdout
    listing = _cli("restore", str(small))
    assert listing.returncode == 0 and "sauvegarde manuelle" in listing.stdout
    backup = listing.stdout.strip().splitlines()[0].split("\t")[1]
    conn = sqlite3.connect(small)
    conn.execute("DELETE FROM observation")
    conn.commit()
    conn.close()
    restored = _cli("restore", str(small), "--backup", backup)
    assert restored.returncode == 0, restored.stderr
    assert count(small, "observation") == 1
    assert "conservé" in restored.stdout


# ---------------------------------------------------------------- two carnets with the same name (issue case 2)


def _use_on(monkeypatch: pytest.MonkeyPatch, when: datetime) -> None:
    """Backups are named and judged by this time: the tests replay days of use."""
    monkeypatch.setattr(backup_module, "current_time", lambda: when)


def _new_class(path: Path, label: str) -> Path:
    from progression.operations import PupilFields, SavePupil
    from progression.service import CarnetService, NewClass

    path.parent.mkdir(parents=True, exist_ok=True)
    service = CarnetService.create(path, NewClass(label=label, grades=("CE1",)))
    service.run(SavePupil(PupilFields("Élève", label, "CE1")))
    service.close()
    return path


def _a_day_of_work(path: Path) -> None:
    """Open (the day's backup), record one observation, close (the closing backup): as the app does."""
    from datetime import date

    from progression.operations import RecordObservations
    from progression.service import CarnetService

    service = CarnetService.open(path)
    try:
        pupil, item = service.pupils()[0], service.items(grades=["CE1"])[0]
        service.run(RecordObservations(((pupil.id, item.id),), service.counting_steps()[0].id, date(2026, 10, 5)))
    finally:
        service.close()


def _class_of(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return str(conn.execute("SELECT label FROM class_group").fetchone()[0])
    finally:
        conn.close()


def test_two_carnets_with_the_same_name_keep_their_own_backups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = _new_class(tmp_path / "école A" / "classe.carnet", "CE1 de Mme A")
    b = _new_class(tmp_path / "école B" / "classe.carnet", "CE1 de M. B")
    start = datetime(2027, 3, 1, 8, 0)
    for day in range(10):  # ten school days in a row, one carnet after the other
        _use_on(monkeypatch, start + timedelta(days=day))
        _a_day_of_work(a)
        _use_on(monkeypatch, start + timedelta(days=day, hours=1))
        _a_day_of_work(b)

    for carnet, label in ((a, "CE1 de Mme A"), (b, "CE1 de M. B")):
        files = backup_files(carnet)
        assert {_class_of(f.path) for f in files} == {label}  # never the other carnet's
        days = {f.made_at.date() for f in files}
        assert len(days) >= 8  # the last day in full, and the newest of each of the 7 days before
        listed = list_backups(carnet)
        assert [b.path for b in listed] == [f.path for f in files]
        assert {info.carnet for info in listed} == {backup_module.carnet_identity(carnet)}
    assert backups_folder(a) != backups_folder(b)

    # A gets damaged: its recovery offers A's own class, found through what this computer noted.
    a.write_bytes(a.read_bytes()[:1024])
    assert backup_module.carnet_identity(a) is not None
    from progression.recovery import newest_verified_backup, recover_damaged

    offered = newest_verified_backup(a)
    assert offered is not None and _class_of(offered.path) == "CE1 de Mme A"
    checked = _cli("check", str(a))
    assert checked.returncode == 1 and str(backups_folder(b)) not in checked.stderr
    assert str(offered.path) in checked.stderr
    recover_damaged(a)
    assert _class_of(a) == "CE1 de Mme A"


def test_a_carnet_nothing_identifies_is_offered_no_backup(tmp_path: Path, small: Path) -> None:
    """Its meta page is gone and this computer never backed it up at this place: rather nothing
    than another carnet's class."""
    from progression.recovery import newest_verified_backup

    make_backup(small, reason="manuelle")  # a namesake's backups exist
    stranger = tmp_path / "ailleurs" / "classe.carnet"
    stranger.parent.mkdir()
    stranger.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    assert backup_module.carnet_identity(stranger) is None
    assert list_backups(stranger) == [] and newest_verified_backup(stranger) is None
    listing = _cli("restore", str(stranger))
    assert listing.returncode == 0 and "aucune sauvegarde n'est proposée" in listing.stdout
    assert str(paths.backups_root()) in listing.stdout
    checked = _cli("check", str(stranger))
    assert checked.returncode == 1 and "aucune sauvegarde vérifiée" in checked.stderr


def test_backups_of_the_earlier_layout_go_to_their_own_carnets(tmp_path: Path) -> None:
    """Earlier versions kept ``sauvegardes/<name>/`` for every carnet of that name: each file now
    goes to the folder of the carnet it is a copy of."""
    a = _new_class(tmp_path / "A" / "classe.carnet", "CE1 de Mme A")
    b = _new_class(tmp_path / "B" / "classe.carnet", "CE1 de M. B")
    earlier = paths.backups_root() / "classe"
    earlier.mkdir(parents=True)
    made = {}
    for k, (carnet, when) in enumerate(((a, NOW - timedelta(days=3)), (b, NOW - timedelta(days=2)),
                                        (a, NOW - timedelta(days=1)))):
        copy = make_backup(carnet, earlier, reason="quotidienne", now=when)
        old_name = copy.with_name(backup_module.backup_name(carnet, when, "quotidienne"))  # no sequence then
        copy.rename(old_name)
        made[k] = old_name.name
    (earlier / "classe_2027-01-01_080000_000000_manuelle.carnet").write_bytes(b"illisible")

    listed = list_backups(a)
    assert [info.path.name for info in listed][-2:] == [made[2], made[0]]
    assert listed[0].reason == "fermeture"  # made at creation, numbered: after every unnumbered one
    assert all(info.path.parent == backups_folder(a) for info in listed)
    assert [info.path.name for info in list_backups(b)][-1:] == [made[1]]
    assert made[1] not in {info.path.name for info in listed}
    # The unreadable one stays where it was, offered to nobody.
    assert [p.name for p in earlier.iterdir()] == ["classe_2027-01-01_080000_000000_manuelle.carnet"]
    # A new backup comes after the old ones, whatever their dates.
    newer = make_backup(a, reason="manuelle", now=NOW - timedelta(days=30))
    assert list_backups(a)[0].path == newer


def test_backups_left_in_the_earlier_layout_are_still_found(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = paths.backups_root() / "classe"
    earlier.mkdir(parents=True)
    old = make_backup(small, earlier, reason="quotidienne", now=NOW)
    old = old.rename(old.with_name(backup_module.backup_name(small, NOW, "quotidienne")))

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)  # a folder that cannot be changed
    assert [b.path for b in list_backups(small)] == [old]
    assert old.exists()


# ---------------------------------------------------------------- a backup dated in the future (issue case 3)


def test_a_backup_dated_a_year_ahead_does_not_stop_the_daily_backup(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from progression.service import CarnetService

    ahead = make_backup(small, reason="manuelle", now=NOW + timedelta(days=365))  # the clock was a year ahead
    for day in range(5):
        _use_on(monkeypatch, NOW + timedelta(days=day))
        CarnetService.open(small).close()
        newest = list_backups(small)[0]
        assert newest.reason == "quotidienne" and newest.made_at == NOW + timedelta(days=day)
        assert "date dans le futur" not in newest.describe()
    daily = [b for b in backup_files(small) if b.reason == "quotidienne"]
    assert len(daily) == 5  # one each day, not none until next year
    assert ahead.exists()  # nothing is deleted on the word of a clock that was wrong
    shown = next(b for b in list_backups(small) if b.path == ahead)
    assert "date dans le futur" in shown.describe()
    listing = _cli("restore", str(small))
    assert listing.stdout.splitlines()[0].startswith((NOW + timedelta(days=4)).strftime("%d/%m/%Y"))


def test_clock_put_right_after_running_ahead(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three weeks of use with the clock a year ahead, then the clock is put right."""
    from progression.service import CarnetService

    wrong = NOW + timedelta(days=365)
    for day in range(21):
        _use_on(monkeypatch, wrong + timedelta(days=day))
        CarnetService.open(small).close()
    made_ahead = {b.path for b in backup_files(small)}
    assert made_ahead
    for day in range(3):
        _use_on(monkeypatch, NOW + timedelta(days=day))
        CarnetService.open(small).close()
        assert backup_files(small)[0].made_at == NOW + timedelta(days=day)  # the last made comes first
    assert made_ahead <= {b.path for b in backup_files(small)}
    assert len([b for b in backup_files(small) if b.made_at < wrong]) == 3


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=-60 * 24 * 800, max_value=60 * 24 * 800), min_size=1, max_size=60))
def test_thinning_keeps_every_future_date_and_the_usual_history(minutes: list[int]) -> None:
    dates = [NOW - timedelta(minutes=m) for m in minutes]
    kept = keep_set(dates, NOW)
    assert {d for d in dates if d > NOW} <= kept
    past = [d for d in dates if d <= NOW]
    assert keep_set(past, NOW) - {max(past, default=NOW)} <= kept | {max(past, default=NOW)}


def test_carnets_older_than_carnet_id_are_told_apart_by_their_creation(tmp_path: Path) -> None:
    a = _new_class(tmp_path / "A" / "classe.carnet", "CE1 de Mme A")
    b = _new_class(tmp_path / "B" / "classe.carnet", "CE1 de M. B")
    for carnet, created in ((a, "2025-09-01T08:00:00+00:00"), (b, "2025-09-02T08:00:00+00:00")):
        conn = sqlite3.connect(carnet)
        conn.execute("DELETE FROM meta WHERE key = 'carnet_id'")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'created_at'", (created,))
        conn.commit()
        conn.close()
    made_a, made_b = make_backup(a), make_backup(b)
    assert [info.path for info in list_backups(a)] == [made_a]
    assert [info.path for info in list_backups(b)] == [made_b]
    assert backup_module.carnet_identity(a) == "2025-09-01T08:00:00+00:00"


def test_an_unreadable_memory_of_carnets_is_set_aside_and_rebuilt(small: Path) -> None:
    make_backup(small)
    paths.registry_file().write_text("{pas du json", encoding="utf-8")
    assert backup_module.carnet_identity(small) is not None  # the file itself says it
    make_backup(small)
    assert paths.registry_file().with_name("carnets.json.illisible").exists()
    small.write_bytes(small.read_bytes()[:1024])
    assert len(list_backups(small)) == 2  # noted again at the last backup
