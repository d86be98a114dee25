"""What the window tells the teacher about erasures and backups: a pupil erased again after a
restore, erasures finished later in the backups, files that cannot be cleaned, and a backup
folder that cannot be written (the carnet opens all the same)."""

from __future__ import annotations

from pathlib import Path

import pytest

from progression.backup import list_backups
from tests.ui.conftest import wait_for_checkup
from ui.carnet_dialogs import ConfirmDialog, InfoDialog, PurgeDialog, PurgeRequest, RestoreDialog


def answer(monkeypatch: pytest.MonkeyPatch, owner: type, name: str, reply: object,
           seen: list | None = None) -> None:
    """The teacher's answer to one of the window's questions (its classmethod hook)."""
    def hook(*args: object) -> object:
        if seen is not None:
            seen.append(args)
        return reply

    monkeypatch.setattr(owner, name, staticmethod(hook))


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups and remembered erasures of this test only (demo copies share one identity)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("PROGRESSION_HOME", str(home))
    return home


@pytest.fixture
def infos(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(InfoDialog, "show", staticmethod(lambda message, parent=None: shown.append(message)))
    return shown


def _erase_without_backups(qtbot, window, monkeypatch, infos):  # type: ignore[no-untyped-def]
    pupils = window.service.pupils()
    names = [p.last_name for p in pupils]
    pupil = next(p for p in pupils if names.count(p.last_name) == 1 and len(p.last_name) >= 5)
    answer(monkeypatch, PurgeDialog, "ask", PurgeRequest(pupil.id, pupil.display_name, False))
    answer(monkeypatch, PurgeDialog, "confirm", True)
    window.purge_action.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=10_000)
    assert "Terminer les effacements dans les sauvegardes" in infos[-1]
    return pupil


def test_restoring_a_backup_from_before_an_erasure_erases_again_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, monkeypatch, infos
) -> None:
    assert window.open_carnet(demo_path) is None
    wait_for_checkup(qtbot, window)  # the day's backup holds every pupil
    before = list_backups(demo_path)[0]
    pupil = _erase_without_backups(qtbot, window, monkeypatch, infos)
    needle = pupil.last_name.encode("utf-8")
    assert needle in before.path.read_bytes()

    answer(monkeypatch, RestoreDialog, "ask", before)
    window.restore_action.trigger()
    assert pupil.id not in {p.id for p in window.service.pupils()}
    banner = window.banner.text()
    assert "remise en place" in banner and "1 élève(s) effacé(s) depuis cette sauvegarde l'ont été de nouveau" in banner
    window.close_carnet()
    assert needle not in demo_path.read_bytes()


def test_erasures_are_finished_later_in_backups_and_set_aside_files(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, monkeypatch, infos
) -> None:
    assert window.open_carnet(demo_path) is None
    wait_for_checkup(qtbot, window)  # the day's backup holds the pupil
    pupil = _erase_without_backups(qtbot, window, monkeypatch, infos)
    needle = pupil.last_name.encode("utf-8")
    assert any(needle in b.path.read_bytes() for b in list_backups(demo_path))
    damaged = demo_path.with_name(demo_path.name + ".damaged-20270101-080000")
    damaged.write_bytes(b"SQLite format 3\x00" + needle * 50)

    asked: list = []
    answer(monkeypatch, ConfirmDialog, "ask", True, asked)
    window.complete_erasure_action.trigger()
    qtbot.waitUntil(lambda: len(infos) == 2, timeout=10_000)
    assert "Sauvegardes automatiques nettoyées : " in infos[-1]
    assert all(needle not in b.path.read_bytes() for b in list_backups(demo_path))
    (_parent, heading, text, _action), = asked
    assert "illisibles" in heading and str(damaged) in text
    assert not damaged.exists()


def test_the_carnet_opens_when_no_backup_can_be_made(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, own_home
) -> None:
    (own_home / "sauvegardes").write_text("un fichier à la place du dossier", encoding="utf-8")
    assert window.open_carnet(demo_path) is None
    assert window.service is not None and not window.service.carnet.read_only
    wait_for_checkup(qtbot, window)  # the day's backup is tried once the grid is painted
    assert "est un fichier, pas un dossier" in window.banner.text()


def test_the_carnet_opens_with_a_read_only_backup_folder(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, own_home, tmp_path, monkeypatch
) -> None:
    from tests.reliability.reliability_helpers import read_only_view

    (own_home / "sauvegardes").mkdir()
    with read_only_view(own_home, tmp_path / "donnees-protegees") as home:
        monkeypatch.setenv("PROGRESSION_HOME", str(home))
        assert window.open_carnet(demo_path) is None
        assert not window.service.carnet.read_only and len(window.service.pupils()) > 0
        wait_for_checkup(qtbot, window)
        assert "Sauvegardes automatiques impossibles" in window.banner.text()
        window.close_carnet()
