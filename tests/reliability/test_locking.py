"""One Progression per carnet: a second instance is told who holds it; stale locks are taken over."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from progression import lock as lock_module
from progression.carnet import open_carnet
from progression.errors import CarnetLockedError
from progression.lock import CarnetLock, lock_path, read_lock
from progression.service import CarnetService

SECOND_INSTANCE = """
import sys
from pathlib import Path
from progression.errors import ProgressionError
from progression.service import CarnetService
try:
    CarnetService.open(Path(sys.argv[1])).close()
except ProgressionError as error:
    print(type(error).__name__, error)
    sys.exit(1)
print("ouvert")
"""


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(carnet: Path, **fields: object) -> None:
    data = {"host": socket.gethostname(), "user": "mme.dupont", "pid": os.getpid(),
            "since": datetime.now().astimezone().isoformat(timespec="seconds"), "version": "0.1.0",
            "boot": ""}
    data.update(fields)
    lock_path(carnet).write_text(json.dumps(data), encoding="utf-8")


def test_second_instance_is_told_who_holds_the_carnet(small: Path) -> None:
    service = CarnetService.open(small)
    try:
        info = read_lock(small)
        assert info is not None and info.pid == os.getpid()
        other = subprocess.run([sys.executable, "-c", SECOND_INSTANCE, str(small)], capture_output=True,
                               text=True, env=os.environ.copy(), timeout=60, check=False)
        assert other.returncode == 1, other.stdout + other.stderr
        assert other.stdout.startswith("CarnetLockedError")
        assert info.user in other.stdout and "sur cet ordinateur" in other.stdout
        assert datetime.now().strftime("%d/%m/%Y") in other.stdout  # since when
        assert "fermez l'autre fenêtre" in other.stdout
        # In the same process too (a second window).
        with pytest.raises(CarnetLockedError, match="déjà ouvert"):
            CarnetService.open(small)
    finally:
        service.close()
    assert not lock_path(small).exists()  # released on close
    CarnetService.open(small).close()


def test_readers_do_not_need_the_lock(small: Path) -> None:
    service = CarnetService.open(small)
    try:
        reader = open_carnet(small, lock=False)
        with reader.session() as session:
            assert session.execute(__import__("sqlalchemy").text("SELECT count(*) FROM pupil")).scalar() == 3
        reader.close()
        assert read_lock(small) is not None  # the reader left the writer's lock alone
    finally:
        service.close()


def test_stale_lock_of_a_dead_process_is_taken_over(small: Path) -> None:
    _write_lock(small, pid=_dead_pid(), user="ancien")
    service = CarnetService.open(small)
    info = read_lock(small)
    assert info is not None and info.pid == os.getpid()
    service.close()


def test_lock_from_before_a_reboot_is_stale(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock_module, "_boot_marker", lambda: "boot-2")
    _write_lock(small, pid=os.getppid(), boot="boot-1")  # a live pid, but from another boot
    CarnetService.open(small).close()


@pytest.fixture
def live_progression() -> Iterator[subprocess.Popen[bytes]]:
    """Another Python process that stays alive: as far as the lock can tell, another Progression."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield child
    child.kill()
    child.wait()


def test_live_process_on_this_computer_keeps_its_lock(small: Path, live_progression: subprocess.Popen[bytes]) -> None:
    pid = live_progression.pid
    _write_lock(small, pid=pid, user="mme.dupont", started=lock_module.process_started(pid))
    with pytest.raises(CarnetLockedError, match=r"mme\.dupont"):
        CarnetService.open(small)
    with pytest.raises(CarnetLockedError):
        open_carnet(small, force=True)  # force is for other computers only
    assert read_lock(small) is not None and read_lock(small).user == "mme.dupont"  # type: ignore[union-attr]
    # A lock written before the start time was recorded is kept too while its holder runs.
    _write_lock(small, pid=pid, user="mme.dupont")
    with pytest.raises(CarnetLockedError, match=r"mme\.dupont"):
        CarnetService.open(small)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the start time of a process is read in /proc")
def test_lock_of_a_reused_process_id_is_taken_over(small: Path, live_progression: subprocess.Popen[bytes]) -> None:
    """The holder died and the system gave its id to another program: not a reason to lock her out."""
    other = subprocess.Popen(["sleep", "120"])
    try:
        # Written by a Progression that started at another time than the process now bearing its id.
        _write_lock(small, pid=other.pid, started="1")
        CarnetService.open(small).close()
        # Written by an earlier version (no start time): that id now belongs to `sleep`.
        _write_lock(small, pid=other.pid)
        CarnetService.open(small).close()
        # Earlier version again, the id now borne by a Python started after the lock was taken.
        an_hour_ago = (datetime.now() - timedelta(hours=1)).astimezone().isoformat(timespec="seconds")
        _write_lock(small, pid=live_progression.pid, since=an_hour_ago)
        service = CarnetService.open(small)
        assert read_lock(small).pid == os.getpid()  # type: ignore[union-attr]
        service.close()
    finally:
        other.kill()
        other.wait()


def test_check_names_only_a_live_holder(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from progression.cli import main

    _write_lock(small, pid=_dead_pid(), user="ancien")
    assert main(["check", str(small)]) == 0
    out = capsys.readouterr().out
    assert "programme qui s'est arrêté" in out and "Ouvert en ce moment" not in out
    service = CarnetService.open(small)
    try:
        assert main(["check", str(small)]) == 0
        out = capsys.readouterr().out
        assert "Ouvert en ce moment par" in out and "arrêté" not in out
    finally:
        service.close()


def test_other_computer_lock_needs_force_and_age(small: Path) -> None:
    _write_lock(small, host="PC-CLASSE-CM2", user="m.leroy", pid=4242)
    with pytest.raises(CarnetLockedError, match="PC-CLASSE-CM2") as error:
        open_carnet(small)
    assert "m.leroy" in str(error.value) and "fermez-le là-bas" in str(error.value)
    # Recently used over there: even force refuses.
    with pytest.raises(CarnetLockedError, match="moins de 12 heures"):
        open_carnet(small, force=True)
    # Thirteen hours without a sign of life.
    old = (datetime.now() - timedelta(hours=13)).timestamp()
    _write_lock(small, host="PC-CLASSE-CM2", user="m.leroy", pid=4242,
                since=(datetime.now() - timedelta(hours=13)).astimezone().isoformat(timespec="seconds"))
    os.utime(lock_path(small), (old, old))
    with pytest.raises(CarnetLockedError):
        open_carnet(small)  # still not without asking
    carnet = open_carnet(small, force=True)
    assert read_lock(small).host == socket.gethostname()  # type: ignore[union-attr]
    carnet.close()


def test_full_medium_when_the_lock_is_made(small: Path, tmp_path: Path) -> None:
    """No room for the lock's few bytes: one sentence, and no empty lock refusing the next opening."""
    from reliability_helpers import tmpfs

    from progression.cli import main
    from progression.errors import ProgressionError

    with tmpfs(tmp_path / "cle", f"{small.stat().st_size // 1024 + 512}k") as key:
        path = key / "classe.carnet"
        shutil.copy(small, path)
        ballast = key / "lest.bin"
        with ballast.open("wb", buffering=0) as out, contextlib.suppress(OSError):
            while True:
                out.write(b"\0" * 4096)
        with pytest.raises(ProgressionError, match="est plein") as error:
            CarnetService.open(path)
        assert "\n" not in str(error.value) and "rouvrez" in str(error.value)
        assert sorted(p.name for p in key.iterdir()) == ["classe.carnet", "lest.bin"]  # no lock, no private file
        assert main(["settings", str(path)]) == 1  # a writer through the command line: the same sentence
        ballast.unlink()
        CarnetService.open(path).close()  # at once, not after 30 s


def test_lock_write_failing_without_hard_links_leaves_nothing(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same on a medium without hard links (FAT key), where the lock is made with O_EXCL then written."""
    import errno

    from progression.errors import ProgressionError

    def no_links(*_args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".lock"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "link", no_links)
    if sys.platform.startswith("linux"):
        monkeypatch.setattr(os, "write", full)
    else:
        pytest.skip("the file a descriptor names is read in /proc")
    with pytest.raises(ProgressionError, match="est plein"):
        CarnetService.open(small)
    assert not lock_path(small).exists()
    monkeypatch.undo()
    CarnetService.open(small).close()


def test_unreadable_lock_is_waited_for_then_taken_over(small: Path) -> None:
    lock_path(small).write_bytes(b"")  # a crash between creating the lock and writing it
    with pytest.raises(CarnetLockedError, match="réessayez"):
        open_carnet(small)
    old = (datetime.now() - timedelta(minutes=5)).timestamp()
    os.utime(lock_path(small), (old, old))
    open_carnet(small).close()


def test_release_never_removes_someone_elses_lock(small: Path) -> None:
    held = CarnetLock.acquire(small)
    _write_lock(small, host="AUTRE-PC", pid=1)  # someone forced it meanwhile
    held.release()
    assert read_lock(small).host == "AUTRE-PC"  # type: ignore[union-attr]


def test_failed_creation_releases_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from progression import seeding
    from progression.service import NewClass

    path = tmp_path / "neuf.carnet"

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("panne pendant la création")

    monkeypatch.setattr(seeding, "add_framework_rows", broken)
    with pytest.raises(RuntimeError):
        CarnetService.create(path, NewClass(label="CP"))
    assert not path.exists() and not lock_path(path).exists()
    monkeypatch.undo()
    CarnetService.create(path, NewClass(label="CP")).close()


def test_holder_refreshes_its_lock_while_writing(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from progression.operations import RecordObservations

    monkeypatch.setattr(lock_module, "REFRESH_EVERY", 0.0)
    service = CarnetService.open(small)
    try:
        old = (datetime.now() - timedelta(hours=20)).timestamp()
        os.utime(lock_path(small), (old, old))
        pupil, item = service.pupils()[0], service.items(grades=["CE1"])[0]
        step = service.counting_steps()[0].id
        service.run(RecordObservations(((pupil.id, item.id),), step, date(2026, 10, 1)))
        assert datetime.now().timestamp() - lock_path(small).stat().st_mtime < 60
    finally:
        service.close()


def test_a_carnet_dropped_without_closing_frees_its_lock(small: Path) -> None:
    import gc

    service = CarnetService.open(small)
    assert read_lock(small) is not None
    del service
    gc.collect()
    assert read_lock(small) is None
    CarnetService.open(small).close()
