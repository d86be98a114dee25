"""Fichier › Synchroniser avec le serveur de l'école… on a real PostgreSQL: the address asked once
and remembered, the password asked only when the server wants one, the status line after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from progression.cli import main
from progression.operations import RecordObservations
from tests.server.conftest import PASSWORD_LOGIN, PostgresCluster, running_cluster
from tests.server.helpers import login_url, ready_server
from tests.ui.conftest import SCHOOL_DAY


@pytest.fixture(scope="module")
def postgres_cluster() -> Iterator[PostgresCluster]:
    with running_cluster() as cluster:
        yield cluster


def _record_one(window) -> None:  # type: ignore[no-untyped-def]
    service = window.session.service
    pupil = service.pupils("CE1")[0]
    item = next(i for i in service.items(["CE1"]) if i.kind == "objective")
    window.session.runner.run(RecordObservations(((pupil.id, item.id),), service.step_by_rank(2).id, SCHOOL_DAY))


def _synced(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Fichier › Synchroniser, then wait for its server side, which runs on the worker thread."""
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: not window.server_sync.running, timeout=30_000)


def test_sync_from_the_file_menu_then_the_status_line_counts_what_waits(demo_window, postgres_cluster, qtbot,
                                                                       monkeypatch, error_messages) -> None:
    from ui.server_sync import SyncDialog

    admin, database = ready_server(postgres_cluster)
    path = demo_window.session.service.carnet.path
    assert main(["server", "grant", admin, "anna", "--carnet", str(path)]) == 0
    url = login_url(postgres_cluster, database, "anna")
    asked: list[tuple[str, bool]] = []

    def ask(parent, address: str, with_password: bool):  # type: ignore[no-untyped-def]
        asked.append((address, with_password))
        return url, None

    monkeypatch.setattr(SyncDialog, "ask", classmethod(lambda cls, *args: ask(*args)))
    assert demo_window.sync_action.isEnabled()
    assert demo_window.server_sync.status.text() == ""  # never synced: nothing to say
    _synced(qtbot, demo_window)
    assert error_messages == []
    assert "Synchronisé le" in demo_window.server_sync.status.text()
    assert "rien à envoyer" in demo_window.server_sync.status.text()
    _record_one(demo_window)
    # Counted once the typing pauses, not on the key press.
    assert "rien à envoyer" in demo_window.server_sync.status.text()
    qtbot.waitUntil(lambda: "1 modification(s) à envoyer" in demo_window.server_sync.status.text(), timeout=5000)
    _synced(qtbot, demo_window)
    assert asked == [("", False), (url, False)]  # the address remembered by the carnet
    assert "rien à envoyer" in demo_window.server_sync.status.text()


def test_the_password_is_asked_when_the_server_wants_one(demo_window, postgres_cluster, monkeypatch, qtbot,
                                                          error_messages) -> None:
    from ui.server_sync import SyncDialog

    admin, database = ready_server(postgres_cluster)
    path = demo_window.session.service.carnet.path
    assert main(["server", "grant", admin, PASSWORD_LOGIN, "--carnet", str(path)]) == 0
    engine = sa.create_engine(admin)
    with engine.begin() as connection:
        connection.execute(sa.text(f"ALTER ROLE {PASSWORD_LOGIN} PASSWORD 'craie'"))
    engine.dispose()
    url = login_url(postgres_cluster, database, PASSWORD_LOGIN)
    asked: list[bool] = []

    def ask(parent, address: str, with_password: bool):  # type: ignore[no-untyped-def]
        asked.append(with_password)
        return url, ("craie" if with_password else None)

    monkeypatch.setattr(SyncDialog, "ask", classmethod(lambda cls, *args: ask(*args)))
    demo_window.sync_action.trigger()
    qtbot.waitUntil(lambda: len(asked) == 2 and not demo_window.server_sync.running, timeout=30_000)
    assert asked == [False, True] and error_messages == []
    assert "Synchronisé le" in demo_window.server_sync.status.text()


def test_a_server_down_is_one_sentence_and_recording_goes_on(demo_window, monkeypatch, qtbot, error_messages) -> None:
    from ui.server_sync import SyncDialog

    monkeypatch.setattr(SyncDialog, "ask", classmethod(
        lambda cls, *args: ("postgresql://prof@/ecole?host=/nonexistent&port=1", None)))
    before = len(demo_window.session.service.observations())
    _synced(qtbot, demo_window)
    assert len(error_messages) == 1 and "injoignable" in error_messages[0]
    _record_one(demo_window)
    assert len(demo_window.session.service.observations()) == before + 1


def test_the_teacher_records_while_the_server_works(demo_window, postgres_cluster, qtbot, monkeypatch,
                                                    error_messages) -> None:
    """A slow server never holds the grid: marks typed during the sync are kept and wait for the next."""
    import threading

    from progression.server import sync
    from ui.server_sync import SyncDialog

    admin, database = ready_server(postgres_cluster)
    path = demo_window.session.service.carnet.path
    assert main(["server", "grant", admin, "anna", "--carnet", str(path)]) == 0
    url = login_url(postgres_cluster, database, "anna")
    monkeypatch.setattr(SyncDialog, "ask", classmethod(lambda cls, *args: (url, None)))
    on_the_server, go_on = threading.Event(), threading.Event()
    server_side = sync._exchange

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        on_the_server.set()
        assert go_on.wait(30)
        return server_side(*args, **kwargs)

    monkeypatch.setattr(sync, "_exchange", slow)
    before = len(demo_window.session.service.observations())
    demo_window.sync_action.trigger()
    qtbot.waitUntil(on_the_server.is_set, timeout=30_000)
    assert "Synchronisation en cours" in demo_window.server_sync.status.text()
    _record_one(demo_window)  # the grid answers while the server works
    assert len(demo_window.session.service.observations()) == before + 1
    go_on.set()
    qtbot.waitUntil(lambda: not demo_window.server_sync.running, timeout=30_000)
    assert error_messages == []
    assert "1 modification(s) à envoyer" in demo_window.server_sync.status.text()  # the mark typed meanwhile
    _synced(qtbot, demo_window)
    assert "rien à envoyer" in demo_window.server_sync.status.text()
