"""The app's opening path after what really happens to a carnet: a crash in rollback-journal mode
(USB keys, shares), another program holding SQLite's lock, a read-only key, a ``-wal`` from
another carnet, the file replaced under the open app, an index that no longer matches its rows.

Every case goes through ``CarnetService.open`` / ``open_carnet`` (what the app runs) or the
``check`` command, never through a plain ``sqlite3`` connection that would hide what the app
sees. The kill series at the end reopens through ``open_carnet`` after every kill.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from reliability_helpers import count, crash_mid_transaction, integrity, read_only_view, table_dump

from progression import storage
from progression.backup import make_backup
from progression.carnet import CarnetBusyError, CarnetReplacedError, open_carnet
from progression.cli import main
from progression.errors import DamagedCarnetError, ProgressionError
from progression.operations import (
    AddFluencyMeasure,
    PupilFields,
    RecordObservations,
    SavePupil,
    SetObservationsDeleted,
)
from progression.recovery import (
    newest_verified_backup,
    restore_backup,
    verify_backup,
    what_would_be_lost,
)
from progression.service import CarnetService, NewClass
from progression.storage import sqlite_uri

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")


def _record(service: CarnetService, tags: list[str], day: date = date(2026, 11, 9)) -> None:
    """One user action per tag, as the grid records them."""
    pupils = service.pupils()
    items = service.items(grades=[pupils[0].grade])
    step = service.counting_steps()[1].id
    for n, tag in enumerate(tags):
        cell = (pupils[n % len(pupils)].id, items[n % len(items)].id)
        service.run(RecordObservations((cell,), step, day, comment=tag))


def _comments(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT comment FROM observation WHERE deleted_at IS NULL")}
    finally:
        conn.close()


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["check", str(path)])
    out = capsys.readouterr()
    return code, out.out, out.err


# ---------------------------------------------------------------- a crash in rollback-journal mode


def test_a_hot_journal_is_rolled_back_at_opening_not_called_damaged(
    small: Path, capsys: pytest.CaptureFixture[str], figures: Counter[str]
) -> None:
    expected = table_dump(small)
    crash_mid_transaction(small)
    # What the opening check used to do: a read-only look cannot roll the journal back.
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        look = sqlite3.connect(sqlite_uri(small, mode="ro"), uri=True)
        try:
            look.execute("PRAGMA quick_check").fetchall()
        finally:
            look.close()
    figures["hot_journals"] += 1

    service = CarnetService.open(small)
    try:
        assert service.counts()["observations"] == 1
        assert service.carnet.opening_notes == []  # the unfinished action is simply not there
    finally:
        service.close()
    assert not small.with_name(small.name + "-journal").exists()
    assert table_dump(small) == expected
    code, out, _ = _check(small, capsys)
    assert code == 0 and "bon état" in out


def test_check_rolls_a_hot_journal_back_too(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = table_dump(small)
    crash_mid_transaction(small)
    code, out, err = _check(small, capsys)
    assert code == 0 and "bon état" in out, err
    assert table_dump(small) == expected


def test_a_hot_journal_on_a_read_only_key_gets_an_honest_sentence(small: Path, tmp_path: Path) -> None:
    crash_mid_transaction(small)
    with read_only_view(small.parent, tmp_path / "cle") as key, pytest.raises(ProgressionError) as refused:
        CarnetService.open(key / small.name)
    assert not isinstance(refused.value, DamagedCarnetError)
    message = str(refused.value)
    assert "pas été fermé proprement" in message and "lecture seule" in message
    assert "n'est pas endommagé" in message and "classe.carnet-journal" in message
    # Back on a writable medium, the same files open with nothing lost.
    service = CarnetService.open(small)
    try:
        assert service.counts()["observations"] == 1
    finally:
        service.close()


def test_a_journal_from_another_carnet_is_set_aside_not_rolled_back(small: Path, tmp_path: Path) -> None:
    """A hot journal carries pages of the database it came from: rolled back into this carnet it
    would write another carnet's pages over it. Tried on a private copy first, it is set aside."""
    other = tmp_path / "autre" / "classe.carnet"
    other.parent.mkdir()
    service = CarnetService.create(other, NewClass(label="CM1", grades=("CM1",), teacher="M. Autre"))
    service.run(SavePupil(PupilFields("Autre", "Élève", "CM1")))
    service.close()
    crash_mid_transaction(other, rows=1500)
    journal = other.with_name(other.name + "-journal").read_bytes()
    expected = table_dump(small)
    small.with_name(small.name + "-journal").write_bytes(journal)

    service = CarnetService.open(small)
    try:
        assert [p.last_name for p in service.pupils()] == ["Diallo", "Lefèvre", "Martin"]
        assert len(service.carnet.opening_notes) == 1 and "classe.carnet-journal" in service.carnet.opening_notes[0]
    finally:
        service.close()
    assert table_dump(small) == expected
    kept = list(small.parent.glob("classe.carnet-journal.orphan-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == journal


# ---------------------------------------------------------------- another program holds SQLite's lock


def test_busy_is_never_called_damaged(
    small: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(storage, "BUSY_TIMEOUT", 0.2)
    before = small.read_bytes()
    holder = sqlite3.connect(small, isolation_level=None)  # another program, mid-transaction
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CarnetBusyError) as busy:
            CarnetService.open(small)
        assert not isinstance(busy.value, DamagedCarnetError)
        assert "utilisé en ce moment par un autre programme" in str(busy.value)
        assert "n'est pas endommagé" in str(busy.value)
        assert not small.with_name(small.name + ".lock").exists()  # our lock is not kept
        code, _, err = _check(small, capsys)
        assert code == 1 and "autre programme" in err and "endommagé :" not in err
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert small.read_bytes() == before
    CarnetService.open(small).close()  # once it has finished, the carnet opens


def test_a_reader_in_another_program_that_blocks_the_journal_switch_is_busy_too(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file reads, but switching it to WAL needs a moment alone with it: still busy, not damaged,
    and no « last action not saved » (there was none)."""
    monkeypatch.setattr(storage, "BUSY_TIMEOUT", 0.2)
    reader = sqlite3.connect(small, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM observation").fetchone()
    try:
        with pytest.raises(CarnetBusyError) as busy:
            CarnetService.open(small)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert "utilisé en ce moment par un autre programme" in str(busy.value)
    assert "action" not in str(busy.value)
    assert not small.with_name(small.name + ".lock").exists()
    CarnetService.open(small).close()


# ---------------------------------------------------------------- a -wal that is not the carnet's own


def _make_carnet(path: Path, label: str, pupil: tuple[str, str], tags: list[str]) -> CarnetService:
    path.parent.mkdir(parents=True, exist_ok=True)
    service = CarnetService.create(path, NewClass(label=label, grades=("CE1",), teacher="Mme Test"))
    service.run(SavePupil(PupilFields(pupil[0], pupil[1], "CE1")))
    _record(service, tags)
    return service


def _crash_in_wal_mode(path: Path, tags: list[str], *, checkpoint: bool) -> None:
    """Open ``path`` as the app does (WAL), record ``tags``, then die by SIGKILL: the carnet stays in WAL
    mode, its lock stale; with ``checkpoint`` its -wal was emptied first (everything in the file)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            service = CarnetService.open(path)
            _record(service, tags)
            if checkpoint:
                with service.carnet.reading() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            os.kill(os.getpid(), signal.SIGKILL)
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status)


@pytest.mark.parametrize("how_a_was_left", ["fermé normalement", "planté en mode WAL"])
def test_a_live_wal_of_another_carnet_is_set_aside(
    tmp_path: Path, how_a_was_left: str, capsys: pytest.CaptureFixture[str], figures: Counter[str]
) -> None:
    a_path = tmp_path / "A" / "classe.carnet"
    mine = [f"A-{n}" for n in range(30)]
    _make_carnet(a_path, "CE1 A", ("Martin", "Lucas"), mine[:20]).close()
    if how_a_was_left == "planté en mode WAL":
        _crash_in_wal_mode(a_path, mine[20:], checkpoint=True)
    else:
        service = CarnetService.open(a_path)
        _record(service, mine[20:])
        service.close()
    expected = table_dump(a_path)
    # Carnet B, another class, open right now in WAL mode with actions not yet folded into its file.
    b = _make_carnet(tmp_path / "B" / "classe.carnet", "CE1 B", ("Intrus", "Étranger"), ["B-1", "B-2"])
    try:
        foreign = b.carnet.path.with_name("classe.carnet-wal").read_bytes()
        assert len(foreign) > 0
        a_path.with_name("classe.carnet-wal").write_bytes(foreign)  # a sync client, a careless copy
    finally:
        b.close()
    figures["foreign_journals"] += 1

    service = CarnetService.open(a_path)
    try:
        assert {o.comment for o in service.observations()} == set(mine)
        assert [p.last_name for p in service.pupils()] == ["Martin"]
        (note,) = service.carnet.opening_notes
        assert "classe.carnet-wal" in note and "n'a pas été appliqué" in note and ".orphan-" in note
    finally:
        service.close()
    assert table_dump(a_path) == expected and integrity(a_path) == "ok"
    kept = list(a_path.parent.glob("classe.carnet-wal.orphan-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == foreign  # set aside, never deleted
    code, out, _ = _check(a_path, capsys)
    assert code == 0 and "bon état" in out


def test_its_own_wal_after_a_crash_is_replayed(small: Path) -> None:
    tags = [f"wal-{n}" for n in range(12)]
    _crash_in_wal_mode(small, tags, checkpoint=False)
    assert small.with_name(small.name + "-wal").stat().st_size > 0
    service = CarnetService.open(small)
    try:
        assert set(tags) <= {o.comment for o in service.observations()}
        assert service.carnet.opening_notes == []
    finally:
        service.close()
    assert sorted(p.name for p in small.parent.iterdir()) == ["classe.carnet"]


# ---------------------------------------------------------------- the file replaced under the open app


@pytest.mark.parametrize("when", ["pendant la saisie", "carnet ouvert sans saisie"])
def test_a_file_replaced_under_the_open_app_is_never_written_into(
    demo_path: Path, tmp_path: Path, when: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A sync client puts another version of the file in place while the app has it open (WAL).
    Writing on would go into the old file, or mix the new file with our -wal (a damaged index,
    or worse): the app refuses, keeps what it had open beside it, and the new file stays whole."""
    replacement = tmp_path / "version-du-nuage.carnet"
    shutil.copy(demo_path, replacement)  # an older version of the same carnet
    typed = [f"avant-{n}" for n in range(150)]
    if when == "carnet ouvert sans saisie":
        earlier = CarnetService.open(demo_path)  # typed in an earlier session, then only read today
        _record(earlier, typed)
        earlier.close()
    service = CarnetService.open(demo_path)
    if when == "pendant la saisie":
        _record(service, typed)
        assert demo_path.with_name("demo.carnet-wal").stat().st_size > 0  # the actions wait in our -wal
    assert service.counts()["observations"] > 0  # pages read through pooled connections
    os.replace(replacement, demo_path)
    arrived = demo_path.read_bytes()

    with pytest.raises(CarnetReplacedError) as refused:
        _record(service, ["après"])
    message = str(refused.value)
    assert "remplacé" in message and "demo.carnet.replaced-" in message and "rouvrez" in message
    with pytest.raises(CarnetReplacedError):
        service.counts()  # no read mixes the new file with our -wal either
    service.close()
    assert service.carnet.backup_warning is not None and "demo.carnet.replaced-" in service.carnet.backup_warning

    assert demo_path.read_bytes() == arrived  # not one byte written into the new file
    assert not demo_path.with_name("demo.carnet-wal").exists()  # our -wal is not left beside it
    (kept,) = demo_path.parent.glob("demo.carnet.replaced-*")
    assert integrity(kept) == "ok" and set(typed) <= _comments(kept)
    code, out, _ = _check(demo_path, capsys)
    assert code == 0 and "bon état" in out
    # What was typed comes back by merging the copy kept.
    assert main(["merge", str(demo_path), str(kept)]) == 0
    capsys.readouterr()
    assert set(typed) <= _comments(demo_path)


# ---------------------------------------------------------------- indexes that no longer match their rows


def _stale_index_page(path: Path) -> None:
    """The observation index's page from before five observations were recorded, put back into the
    file: what a file mixed from two versions looks like. Every page is well formed (quick_check
    passes) but the index lacks the new rows."""
    before = path.read_bytes()
    service = CarnetService.open(path)
    _record(service, [f"indexée-{n}" for n in range(5)])
    service.close()
    conn = sqlite3.connect(path)
    try:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_observation_pupil_item_date'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    data[start:start + size] = before[start:start + size]
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    finally:
        conn.close()


def test_check_finds_an_index_that_no_longer_matches_its_rows(
    small: Path, capsys: pytest.CaptureFixture[str], figures: Counter[str]
) -> None:
    _stale_index_page(small)
    figures["files_damaged"] += 1
    code, out, err = _check(small, capsys)
    assert code == 1 and "bon état" not in out
    good = newest_verified_backup(small)  # made at closing, before the page went stale
    assert good is not None and verify_backup(good.path)
    assert "index ne correspondent plus" in err and str(good.path) in err and err.count("\n") == 1


def test_backups_are_verified_with_their_indexes(small: Path, tmp_path: Path) -> None:
    _stale_index_page(small)
    with pytest.raises(ProgressionError, match="contrôle d'intégrité"):
        make_backup(small, tmp_path)  # a copy of a damaged carnet is not called a verified backup
    assert list(tmp_path.glob("*.part")) == []
    # A backup damaged the same way is never offered, nor put back.
    folder = tmp_path / "sauvegardes"
    folder.mkdir()
    bad = folder / "classe_2026-11-09_120000_000000_manuelle.carnet"
    shutil.copy(small, bad)
    assert not verify_backup(bad)
    assert newest_verified_backup(small, folder) is None
    with pytest.raises(DamagedCarnetError):
        restore_backup(bad, small)


# ---------------------------------------------------------------- what a restore would take away


def test_what_a_restore_would_lose_is_counted_and_the_replaced_file_kept(small: Path) -> None:
    backup = make_backup(small, reason="manuelle", now=datetime.now() - timedelta(hours=2))
    assert not what_would_be_lost(small, backup)  # nothing since the backup
    service = CarnetService.open(small)
    try:
        _record(service, ["a", "b"], day=date(2026, 11, 9))
        _record(service, ["c"], day=date(2026, 11, 16))
        service.run(SavePupil(PupilFields("Nouvelle", "Élève", "CE1")))
        pupil = service.pupils()[0].id
        service.run(AddFluencyMeasure(pupil, date(2026, 11, 16), words_read=62, errors=1, seconds=60.0))
        first = next(o for o in service.observations() if o.comment == "départ")
        service.run(SetObservationsDeleted((first.id,), True))  # deleted since: the backup brings it back
    finally:
        service.close()
    loss = what_would_be_lost(small, backup)
    assert loss is not None
    assert loss.observations == 3 and loss.last_observed == date(2026, 11, 16)
    assert loss.counts == {"observation": 3, "pupil": 1, "fluency_measure": 1}

    aside = restore_backup(backup, small)
    assert aside is not None and aside.name.startswith("classe.carnet.replaced-")
    assert {"a", "b", "c"} <= _comments(aside)  # what the restore took away is kept, whole
    assert count(aside, "pupil") == 4 and count(small, "pupil") == 3
    assert what_would_be_lost(aside, backup) == loss


def test_what_would_be_lost_from_an_unreadable_file_is_unknown(small: Path, tmp_path: Path) -> None:
    backup = make_backup(small, tmp_path)
    small.write_bytes(small.read_bytes()[:4096])
    assert what_would_be_lost(small, backup) is None


# ---------------------------------------------------------------- kill -9 through the app's opening path

KILLS = 60


def _writer(path: Path, out: int, run_tag: int) -> None:
    """Child: open as the app does, in rollback-journal mode, and record until killed."""
    try:
        os.environ["PROGRESSION_JOURNAL"] = "delete"
        service = CarnetService.open(path)
        pupils = service.pupils()
        items = service.items(grades=["CE1"])
        step = service.counting_steps()[2].id
        os.write(out, b"+\n")
        k = 0
        while True:
            tag = f"r{run_tag}-{k}"
            # Two cells per action: a bigger transaction, longer in the journal's hands.
            cells = tuple((pupils[(k + n) % len(pupils)].id, items[(k + n) % len(items)].id) for n in range(2))
            service.run(RecordObservations(cells, step, date(2026, 11, 9), comment=tag))
            os.write(out, f"{tag}\n".encode())
            k += 1
    except BaseException as error:
        os.write(out, f"!{type(error).__name__}: {error}\n".encode())
    finally:
        os._exit(3)


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_kill_9_in_rollback_mode_then_open_carnet_never_says_damaged(
    small: Path, monkeypatch: pytest.MonkeyPatch, figures: Counter[str]
) -> None:
    monkeypatch.setenv("PROGRESSION_JOURNAL", "delete")
    seed = int(os.environ.get("PROGRESSION_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    hot = 0
    started = time.monotonic()
    for run_tag in range(KILLS):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            os.close(read_end)
            _writer(small, write_end, run_tag)
        os.close(write_end)
        early = b""
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.06))  # in the opening: lock, judging leftovers, rollback
        else:
            if select.select([read_end], [], [], 10)[0]:
                early = os.read(read_end, 65536)
            time.sleep(rng.uniform(0.0, 0.08))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        output = (early + _read_all(read_end)).decode()
        os.close(read_end)
        refusals = [line for line in output.splitlines() if line.startswith("!")]
        assert not refusals, f"kill {run_tag} (PROGRESSION_KILL_SEED={seed}): {refusals}"
        assert os.WIFSIGNALED(status)
        acknowledged.update(line for line in output.split() if line != "+")
        figures["kills_delete_open_carnet"] += 1
        journal = small.with_name(small.name + "-journal")
        if journal.exists() and journal.stat().st_size > 0:
            hot += 1

        # The next start of the app: open_carnet, which must never call the carnet damaged.
        carnet = open_carnet(small)
        try:
            with carnet.reading() as connection:
                present = {row[0] for row in connection.exec_driver_sql("SELECT comment FROM observation")}
        finally:
            carnet.close()
        lost = acknowledged - present
        figures["observations_lost"] += len(lost)
        assert not lost, f"kill {run_tag} (PROGRESSION_KILL_SEED={seed}): {sorted(lost)[:5]}"
    figures["hot_journals"] += hot
    figures["acknowledged"] += len(acknowledged)
    assert integrity(small) == "ok"
    assert hot >= 5, f"only {hot} kills left a hot journal (PROGRESSION_KILL_SEED={seed})"
    assert len(acknowledged) > KILLS
    assert not list(small.parent.glob("*.orphan-*")) and not list(small.parent.glob("*.damaged-*"))
    assert time.monotonic() - started < 60


def test_check_subprocess_reports_busy_in_one_line(small: Path) -> None:
    """The contract seen from outside: one French line on stderr, exit 1, no traceback."""
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('held', flush=True)\n"
        "time.sleep(30)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(small)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = subprocess.run([sys.executable, "-m", "progression", "check", str(small)], capture_output=True,
                                text=True, env=os.environ.copy(), timeout=60, check=False)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert "autre programme" in result.stderr and result.stderr.count("\n") == 1
