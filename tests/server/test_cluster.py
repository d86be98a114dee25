"""The throwaway PostgreSQL the server tests run on is a real server."""

from __future__ import annotations

import sqlalchemy as sa

from tests.server.conftest import PostgresCluster


def test_the_cluster_answers_sql_on_a_fresh_database(server_url: str) -> None:
    engine = sa.create_engine(server_url)
    with engine.begin() as connection:
        assert connection.execute(sa.text("SHOW server_version_num")).scalar_one() >= "150000"
        connection.execute(sa.text("CREATE TABLE t (x int)"))
        connection.execute(sa.text("INSERT INTO t VALUES (1), (2)"))
        assert connection.execute(sa.text("SELECT sum(x) FROM t")).scalar_one() == 3
    engine.dispose()


def test_each_test_gets_its_own_database(postgres_cluster: PostgresCluster, server_url: str) -> None:
    other = postgres_cluster.url(postgres_cluster.create_database())
    assert other != server_url
    engine = sa.create_engine(other)
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM pg_tables WHERE tablename = 't'")).scalar_one() == 0
    engine.dispose()
