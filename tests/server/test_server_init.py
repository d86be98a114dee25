"""``progression server init URL``: the carnet's models on PostgreSQL, by the carnet's own Alembic
revisions, plus what only a server holds; run twice, nothing changes."""

from __future__ import annotations

import sqlalchemy as sa

from progression.cli import main
from progression.merge_checks import SYNCED_TABLES
from progression.schema import SCHEMA_REVISION, Base


def _tables(url: str) -> dict[str, list[str]]:
    engine = sa.create_engine(url)
    inspector = sa.inspect(engine)
    found = {name: [c["name"] for c in inspector.get_columns(name)] for name in inspector.get_table_names()}
    engine.dispose()
    return found


def _scalar(url: str, sql: str) -> object:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        value = connection.execute(sa.text(sql)).scalar()
    engine.dispose()
    return value


def test_init_creates_the_carnet_tables_at_the_alembic_head_and_the_server_tables(server_url: str, capsys) -> None:
    assert main(["server", "init", server_url]) == 0
    assert "Serveur prêt" in capsys.readouterr().out
    tables = _tables(server_url)
    for name, table in Base.metadata.tables.items():
        assert set(table.columns.keys()) <= set(tables[name]), name
    for name in SYNCED_TABLES:
        assert {"carnet_id", "server_seq"} <= set(tables[name])
    assert {"class_grant", "school_grant", "erased_pupil", "device_sync"} <= set(tables)
    assert _scalar(server_url, "SELECT version_num FROM alembic_version") == SCHEMA_REVISION


def test_init_twice_changes_nothing_and_keeps_the_server_identity(server_url: str) -> None:
    assert main(["server", "init", server_url]) == 0
    identity = _scalar(server_url, "SELECT value FROM meta WHERE key = 'server_id'")
    before = _tables(server_url)
    assert main(["server", "init", server_url]) == 0
    assert _tables(server_url) == before
    assert _scalar(server_url, "SELECT value FROM meta WHERE key = 'server_id'") == identity
    assert _scalar(server_url, "SELECT count(*) FROM alembic_version") == 1


def test_the_indexes_an_academy_needs_are_there_and_used(server_url: str) -> None:
    assert main(["server", "init", server_url]) == 0
    engine = sa.create_engine(server_url)
    with engine.begin() as connection:
        indexes = set(connection.execute(sa.text("SELECT indexname FROM pg_indexes WHERE tablename = 'observation'"))
                      .scalars())
        assert {"ix_observation_carnet_seq", "ix_observation_carnet_pupil_item_date",
                "ix_observation_pupil_item_date", "observation_pkey"} <= indexes
        # With the planner told sequential scans are dear (the table is empty), a sync's read uses an index.
        connection.execute(sa.text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(connection.execute(sa.text(
            "EXPLAIN SELECT * FROM observation WHERE carnet_id = 'x' AND server_seq > 10")).scalars())
        assert "Index" in plan and "carnet_id" in plan and "Seq Scan" not in plan
    engine.dispose()


def test_a_server_url_over_the_network_without_tls_is_refused(postgres_cluster, capsys) -> None:
    url = postgres_cluster.tcp_url().replace("postgresql+psycopg", "postgresql") + "?sslmode=disable"
    assert main(["server", "init", url]) == 1
    err = capsys.readouterr().err
    assert "non chiffrée refusée" in err and "Traceback" not in err


def test_a_server_down_is_one_french_sentence(capsys) -> None:
    assert main(["server", "init", "postgresql://prof@/base?host=/nonexistent&port=1"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Le serveur") and "injoignable" in err and "\n" not in err
