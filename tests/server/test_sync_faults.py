"""A sync that cannot happen says why in one French sentence and leaves the carnet as it was:
a wrong password, a server not made ready, a server newer than this version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from progression.cli import main
from tests.server.conftest import PASSWORD_LOGIN
from tests.server.helpers import carnet_rows, login_url, ready_server


def _meta(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        return dict(connection.execute("SELECT key, value FROM meta").fetchall())


@pytest.fixture
def carnet(empty) -> Path:  # type: ignore[no-untyped-def]
    empty.close()
    return empty.carnet.path


def _refused(carnet: Path, url: str, capsys) -> str:  # type: ignore[no-untyped-def]
    rows, meta = carnet_rows(carnet), _meta(carnet)
    capsys.readouterr()
    assert main(["sync", str(carnet), url]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err
    assert carnet_rows(carnet) == rows and _meta(carnet) == meta
    return err


def test_a_wrong_password_is_one_sentence(postgres_cluster, carnet: Path, capsys) -> None:
    admin, database = ready_server(postgres_cluster)
    assert main(["server", "grant", admin, PASSWORD_LOGIN, "--carnet", str(carnet)]) == 0
    engine = sa.create_engine(admin)
    with engine.begin() as connection:
        connection.execute(sa.text(f"ALTER ROLE {PASSWORD_LOGIN} PASSWORD 'le-bon'"))
    engine.dispose()
    url = login_url(postgres_cluster, database, PASSWORD_LOGIN).replace("@", ":le-mauvais@", 1)
    err = _refused(carnet, url, capsys)
    assert "a refusé l'identifiant ou le mot de passe" in err
    right = url.replace(":le-mauvais@", ":le-bon@")
    assert main(["sync", str(carnet), right]) == 0


def test_a_server_not_made_ready_is_named(postgres_cluster, carnet: Path, capsys) -> None:
    url = postgres_cluster.url(postgres_cluster.create_database())
    assert "progression server init" in _refused(carnet, url, capsys)


def test_a_server_newer_than_this_version_is_named(postgres_cluster, carnet: Path, capsys) -> None:
    admin, _ = ready_server(postgres_cluster)
    engine = sa.create_engine(admin)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE meta SET value = '9' WHERE key = 'server_schema'"))
    engine.dispose()
    assert "plus récente" in _refused(carnet, admin, capsys)
    assert main(["server", "init", admin]) == 1  # nor does an older version's init touch it


def test_the_app_is_told_to_ask_for_the_password_and_it_is_never_kept(postgres_cluster, carnet: Path) -> None:
    from progression.server.connection import PasswordNeeded
    from progression.server.sync import sync_service
    from progression.service import CarnetService

    admin, database = ready_server(postgres_cluster)
    assert main(["server", "grant", admin, PASSWORD_LOGIN, "--carnet", str(carnet)]) == 0
    engine = sa.create_engine(admin)
    with engine.begin() as connection:
        connection.execute(sa.text(f"ALTER ROLE {PASSWORD_LOGIN} PASSWORD 'secret-du-jour'"))
    engine.dispose()
    url = login_url(postgres_cluster, database, PASSWORD_LOGIN)
    service = CarnetService.open(carnet)
    try:
        with pytest.raises(PasswordNeeded):
            sync_service(service, url)  # no terminal here: the caller asks
        assert sync_service(service, url, "secret-du-jour").sent > 0
    finally:
        service.close()
    assert b"secret-du-jour" not in carnet.read_bytes()
    assert "secret" not in _meta(carnet)["sync_address"]


def test_a_tls_failure_is_named(postgres_cluster, carnet: Path, capsys) -> None:
    # The test cluster has no certificate: a connection that requires TLS fails there.
    url = postgres_cluster.tcp_url(user="anna").replace("postgresql+psycopg", "postgresql")
    err = _refused(carnet, url + "?sslmode=require", capsys)
    assert "connexion chiffrée" in err and "TLS" in err
