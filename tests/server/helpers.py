"""What the server tests share: a server made ready by the command line, logins as PostgreSQL roles,
carnets read row by row."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from progression.cli import main
from progression.server.schema import KEYED


def ready_server(cluster: Any) -> tuple[str, str]:
    """(admin URL, database name) of a fresh database made ready by ``progression server init``."""
    database = cluster.create_database()
    url = cluster.url(database)
    assert main(["server", "init", url]) == 0
    return url, database


def login_url(cluster: Any, database: str, login: str) -> str:
    """The URL ``login`` connects with over the local socket (trusted locally, as a school's own machine)."""
    return cluster.url(database, user=login)


def carnet_rows(path: Path) -> dict[str, set[tuple[Any, ...]]]:
    """Every synced row of a carnet, as plain values, to compare carnets row by row."""
    connection = sqlite3.connect(path)
    try:
        return {table: set(connection.execute(f'SELECT * FROM "{table}"').fetchall()) for table in KEYED}
    finally:
        connection.close()


def server_ids(url: str, table: str, carnet_id: str) -> list[str]:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        ids = list(connection.execute(sa.text(f'SELECT id FROM "{table}" WHERE carnet_id = :c'), {"c": carnet_id})
                   .scalars())
    engine.dispose()
    return ids


def as_login(url: str, sql: str, params: dict | None = None) -> list[tuple]:
    """Raw SQL as the login in ``url``, in its own transaction: the rows, or the row count of a write."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            result = connection.execute(sa.text(sql), params or {})
            return [tuple(row) for row in result] if result.returns_rows else [(result.rowcount,)]
    finally:
        engine.dispose()
