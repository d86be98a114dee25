"""Storage faults: injected I/O errors, a full disk, a file-size limit, read-only media.

Each ends with one French sentence, the carnet intact (integrity_check), every
acknowledged action present, and the app still usable once the cause is gone.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import count, integrity, read_only_view, table_dump, tmpfs

from progression.errors import ProgressionError
from progression.operations import PupilFields, RecordObservations, SavePupil
from progression.service import CarnetService
from progression.storage_errors import DiskFullError, ReadOnlyCarnetError, StorageError, storage_errors

# ---------------------------------------------------------------- the one place errors are mapped


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("database or disk is full", DiskFullError),
        ("disk I/O error", StorageError),
        ("attempt to write a readonly database", ReadOnlyCarnetError),
        ("database is locked", ProgressionError),
        ("database disk image is malformed", ProgressionError),
    ],
)
def test_sqlite_failures_become_one_french_sentence(message: str, kind: type[Exception]) -> None:
    with pytest.raises(kind) as error, storage_errors(Path("CE1.carnet")):
        raise sqlite3.OperationalError(message)
    text = str(error.value)
    assert "CE1.carnet" in text and text.endswith(".") and "sqlite" not in text.lower()


def test_other_sqlite_errors_are_not_disguised() -> None:
    with pytest.raises(sqlite3.IntegrityError), storage_errors(Path("CE1.carnet")):
        raise sqlite3.IntegrityError("UNIQUE constraint failed: pupil.id")


# ---------------------------------------------------------------- injected I/O errors


class FaultyDisk:
    """Makes the N-th statement or commit on an engine fail with 'disk I/O error'."""

    def __init__(self, dialect: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self.fail_at: int | None = None
        self.forever = False
        self.fired = 0
        for name in ("do_execute", "do_execute_no_params", "do_executemany", "do_commit"):
            monkeypatch.setattr(dialect, name, self._wrap(getattr(dialect, name)))

    def _wrap(self, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            due = self.fail_at is not None and (
                self.calls == self.fail_at or (self.forever and self.calls > self.fail_at)
            )
            if due:
                self.fired += 1
                raise sqlite3.OperationalError("disk I/O error")
            return real(*args, **kwargs)

        return call

    def arm(self, n: int, *, forever: bool = False) -> None:
        self.calls, self.fail_at, self.forever, self.fired = 0, n, forever, 0

    def disarm(self) -> None:
        self.fail_at = None


def _user_action(service: CarnetService, k: int) -> None:
    """Add a pupil, then record three observations for them: two transactions, several statements."""
    service.run(SavePupil(PupilFields(f"Nouveau{k}", "Élève", "CE1")))
    pupil = next(p for p in service.pupils() if p.last_name == f"Nouveau{k}")
    items = service.items(grades=["CE1"])[:3]
    step = service.counting_steps()[1]
    service.run(RecordObservations(tuple((pupil.id, i.id) for i in items), step.id, date(2026, 10, 12)))


@pytest.mark.parametrize("forever", [False, True], ids=["once", "forever"])
def test_io_error_at_every_statement(
    small: Path, monkeypatch: pytest.MonkeyPatch, figures: Counter[str], forever: bool
) -> None:
    service = CarnetService.open(small)
    disk = FaultyDisk(service.carnet.engine.dialect, monkeypatch)
    try:
        n = 0
        while True:
            n += 1
            assert n < 200, "the action never succeeded"
            pupils_before = count(small, "pupil")
            observations_before = count(small, "observation")
            disk.arm(n, forever=forever)
            try:
                _user_action(service, n)
            except StorageError as error:
                assert disk.fired >= 1
                figures["faults_injected"] += disk.fired
                assert "n'a pas été enregistrée" in str(error)
                disk.disarm()
                # Nothing half-written: the first transaction is whole or absent, the second absent.
                pupils_after = count(small, "pupil")
                assert pupils_after in (pupils_before, pupils_before + 1)
                assert count(small, "observation") == observations_before
                if pupils_after == pupils_before + 1:
                    assert count(small, "enrolment") == pupils_after
                assert integrity(small) == "ok"
                # The app goes on: a later action works without reopening.
                service.run(SavePupil(PupilFields(f"Après{n}", "Panne", "CE1")))
                continue
            assert disk.fired == 0  # N beyond the action's statements: it went through
            break
        assert count(small, "observation", "comment=''") >= 3
    finally:
        disk.disarm()
        service.close()
    assert integrity(small) == "ok"


# ---------------------------------------------------------------- disk full: a real 1 MiB disk


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_full_disk_on_a_small_tmpfs(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journal: str, figures: Counter[str]
) -> None:
    monkeypatch.setenv("PROGRESSION_JOURNAL", journal)
    with tmpfs(tmp_path / "cle", "1m") as disk:
        path = disk / "classe.carnet"
        shutil.copy(small, path)
        ballast = disk / "lest.bin"
        free = shutil.disk_usage(disk).free
        ballast.write_bytes(b"\0" * max(0, free - 160 * 1024))
        service = CarnetService.open(path)
        pupil, item = service.pupils()[0], service.items(grades=["CE1"])[0]
        step = service.counting_steps()[0].id
        acknowledged = []
        error: ProgressionError | None = None
        for k in range(400):
            try:
                service.run(RecordObservations(((pupil.id, item.id),), step, date(2026, 10, 1),
                                               comment=f"obs-{k} " + "é" * 3000))
            except ProgressionError as caught:
                error = caught
                break
            acknowledged.append(f"obs-{k} ")
        assert isinstance(error, DiskFullError | StorageError), error
        figures["disk_full"] += 1
        assert "plein" in str(error) or "écriture" in str(error)
        assert service.counts()["observations"] == 1 + len(acknowledged)  # reading still works
        # Room again: the same open carnet takes the next action.
        ballast.unlink()
        service.run(RecordObservations(((pupil.id, item.id),), step, date(2026, 10, 1), comment="après-coup"))
        # Closing on a full disk (the WAL cannot be folded back) must neither fail nor lose anything.
        ballast.write_bytes(b"\0" * shutil.disk_usage(disk).free)
        service.close()
        ballast.unlink()
        assert integrity(path) == "ok"
        conn = sqlite3.connect(path)
        comments = [r[0] for r in conn.execute("SELECT comment FROM observation")]
        conn.close()
        lost = [a for a in acknowledged if not any(c.startswith(a) for c in comments)]
        figures["observations_lost"] += len(lost)
        assert lost == [] and "après-coup" in comments


# ---------------------------------------------------------------- a file-size limit (no root needed)

FSIZE_CHILD = r"""
import json, resource, signal, sys
from datetime import date
from pathlib import Path
from progression.errors import ProgressionError
from progression.operations import RecordObservations
from progression.service import CarnetService

path = Path(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills us at the limit
service = CarnetService.open(path)
pupil, item = service.pupils()[0], service.items(grades=["CE1"])[0]
step = service.counting_steps()[0].id
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size + 96 * 1024, hard))
error = None
for k in range(2000):
    try:
        service.run(RecordObservations(((pupil.id, item.id),), step, date(2026, 10, 1),
                                       comment=f"obs-{k} " + "x" * 3000))
    except ProgressionError as caught:
        error = caught
        break
    print(json.dumps({"ack": f"obs-{k} "}), flush=True)
print(json.dumps({"error": type(error).__name__, "message": str(error)}), flush=True)
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
service.run(RecordObservations(((pupil.id, item.id),), step, date(2026, 10, 1), comment="après-coup"))
print(json.dumps({"ack": "après-coup"}), flush=True)
service.close()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE and SIGXFSZ are POSIX")
@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_file_size_limit(small: Path, journal: str, figures: Counter[str]) -> None:
    env = {**os.environ, "PROGRESSION_JOURNAL": journal}
    result = subprocess.run([sys.executable, "-c", FSIZE_CHILD, str(small)], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    failure = next(line for line in lines if "error" in line)
    assert failure["error"] in ("StorageError", "DiskFullError"), failure
    assert "n'a pas été enregistrée" in failure["message"]
    figures["disk_full"] += 1
    acknowledged = [line["ack"] for line in lines if "ack" in line]
    assert len(acknowledged) > 3
    assert integrity(small) == "ok"
    conn = sqlite3.connect(small)
    comments = [r[0] for r in conn.execute("SELECT comment FROM observation")]
    conn.close()
    lost = [a for a in acknowledged if not any(c.startswith(a) for c in comments)]
    figures["observations_lost"] += len(lost)
    assert lost == []


# ---------------------------------------------------------------- read-only media


def _reads_work_writes_refused(path: Path) -> None:
    service = CarnetService.open(path)
    try:
        assert service.carnet.read_only and service.carnet.lock is None
        assert len(service.pupils()) == 3 and service.synthesis(1) is not None
        with pytest.raises(ProgressionError, match="lecture seule"):
            service.run(SavePupil(PupilFields("Refusé", "Élève", "CE1")))
    finally:
        service.close()


RELEASED = Path(__file__).resolve().parents[1] / "data" / "carnets" / "0001-demo.carnet"


def test_write_protected_key(small: Path, tmp_path: Path, figures: Counter[str]) -> None:
    expected = table_dump(small)
    # A carnet left in WAL mode by the first release, without its -shm: SQLite alone cannot read it there.
    shutil.copy(RELEASED, small.parent / "ancien.carnet")
    released = RELEASED.read_bytes()
    with read_only_view(small.parent, tmp_path / "cle-protegee") as key:
        figures["read_only"] += 1
        _reads_work_writes_refused(key / small.name)
        assert not (key / (small.name + ".lock")).exists()
        # A carnet of an older schema must be brought up to date first, which a read-only key forbids:
        # the sentence says what to do and the file stays as it was.
        with pytest.raises(ProgressionError, match="copiez-le dans vos Documents puis rouvrez-le"):
            CarnetService.open(key / "ancien.carnet")
    assert table_dump(small) == expected
    assert (small.parent / "ancien.carnet").read_bytes() == released


def test_unclosed_carnet_on_a_write_protected_key(small: Path, tmp_path: Path) -> None:
    """Committed actions wait in its -wal, which cannot be replayed there: say what to do."""
    conn = sqlite3.connect(small, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE pupil SET note='dans le wal'")
    wal = small.with_name(small.name + "-wal").read_bytes()
    conn.close()
    small.with_name(small.name + "-wal").write_bytes(wal)  # as a crash leaves it
    with (
        read_only_view(small.parent, tmp_path / "cle-protegee") as key,
        pytest.raises(ProgressionError, match="copiez-le dans vos Documents avec le fichier"),
    ):
        CarnetService.open(key / small.name)


def test_immutable_file(small: Path, figures: Counter[str]) -> None:
    if subprocess.run(["chattr", "+i", str(small)], capture_output=True, check=False).returncode != 0:
        pytest.skip("chattr +i indisponible (droits ou système de fichiers)")
    try:
        figures["read_only"] += 1
        _reads_work_writes_refused(small)
    finally:
        subprocess.run(["chattr", "-i", str(small)], capture_output=True, check=False)


@pytest.fixture
def simulated_read_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Where neither mounting nor chattr is allowed: the OS says "not writable"."""
    real = os.access

    def access(path: Any, mode: int, **kwargs: Any) -> bool:
        if mode & os.W_OK and str(path).endswith(("classe.carnet", "classe")):
            return False
        return real(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    yield


def test_read_only_file_simulated(small: Path, simulated_read_only: None, figures: Counter[str]) -> None:
    figures["read_only"] += 1
    expected = table_dump(small)
    _reads_work_writes_refused(small)
    # Even a write that slipped past the app's guard is refused by SQLite (mode=ro), in French.
    from sqlalchemy import text

    from progression.carnet import open_carnet

    carnet = open_carnet(small)
    try:
        with (
            pytest.raises(ReadOnlyCarnetError, match="ne peut pas être modifié"),
            carnet.session() as session,
        ):
            session.execute(text("UPDATE pupil SET first_name='Modifié'"))
    finally:
        carnet.close()
    assert table_dump(small) == expected


# ---------------------------------------------------------------- backups that cannot be made (issue case 8)


def _one_sentence(text: str) -> None:
    assert text.strip() and "Traceback" not in text and "Error" not in text
    assert len(text.strip().splitlines()) == 1


@pytest.mark.parametrize("folder_made", [True, False], ids=["dossier-existant", "dossier-a-creer"])
def test_read_only_backup_folder_leaves_every_command_working(
    small: Path, tmp_path: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], figures: Counter[str], folder_made: bool,
) -> None:
    from datetime import datetime, timedelta

    from progression import backup as backup_module
    from progression.cli import main

    if folder_made:
        CarnetService.open(small).close()  # yesterday's backup: the carnet's folder exists
    else:
        (private_home / "sauvegardes").mkdir()
    before = sorted(p.relative_to(private_home) for p in private_home.rglob("*"))
    monkeypatch.setattr(backup_module, "current_time", lambda: datetime.now() + timedelta(days=2))
    with read_only_view(private_home, tmp_path / "donnees-protegees") as home:
        figures["read_only"] += 1
        monkeypatch.setenv("PROGRESSION_HOME", str(home))
        assert main(["info", str(small)]) == 0
        out = tmp_path / "bilan.csv"
        assert main(["export", str(small), "--period", "1", "--format", "csv", "--out", str(out)]) == 0
        assert out.exists()
        capsys.readouterr()
        service = CarnetService.open(small)  # as the app opens it: the daily backup is due and cannot be made
        warning = service.carnet.backup_warning
        assert warning is not None and "Sauvegarde" in warning
        _one_sentence(warning)
        service.run(SavePupil(PupilFields("Après", "Panne", "CE1")))
        service.close()  # the closing backup fails too: a warning, not an error
        assert service.carnet.backup_warning
        assert count(small, "pupil", "last_name = 'Après'") == 1
        assert main(["backup", str(small)]) == 1
        _one_sentence(capsys.readouterr().err)
    assert sorted(p.relative_to(private_home) for p in private_home.rglob("*")) == before


def test_a_file_where_the_backup_folder_should_be(
    small: Path, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from progression.cli import main

    (private_home / "sauvegardes").write_text("un fichier posé là par erreur", encoding="utf-8")
    service = CarnetService.open(small)
    warning = service.carnet.backup_warning
    assert warning is not None and "est un fichier, pas un dossier" in warning
    _one_sentence(warning)
    service.run(SavePupil(PupilFields("Malgré", "Tout", "CE1")))
    service.close()
    assert count(small, "pupil", "last_name = 'Malgré'") == 1
    assert main(["info", str(small)]) == 0
    capsys.readouterr()
    assert main(["backup", str(small)]) == 1
    err = capsys.readouterr().err
    _one_sentence(err)
    assert "est un fichier" in err
    assert main(["restore", str(small)]) == 0  # nothing to list, and no traceback
