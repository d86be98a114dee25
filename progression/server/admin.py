"""Setting the server up: ``progression server init``, ``grant`` and ``revoke``, run by its administrator."""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, text

from progression.carnet_connections import apply_migrations
from progression.server.access import apply_access
from progression.server.schema import KEYED, SERVER_SCHEMA, SERVER_TABLES, check_revision, rekey


def init_server(engine: Engine) -> None:
    """Create or bring up to date the server's schema; running it again changes nothing."""
    check_revision(engine, allow_empty=True)
    apply_migrations(engine)  # the carnet's own revisions, on this dialect
    with engine.begin() as connection:
        # Two administrators running init at once: one waits for the other.
        connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('progression server init'))"))
        for statement in SERVER_TABLES:
            connection.execute(text(statement))
        for table in KEYED:
            rekey(connection, table)
        connection.execute(text("CREATE INDEX IF NOT EXISTS ix_observation_carnet_pupil_item_date "
                                "ON observation (carnet_id, pupil_id, item_id, observed_on)"))
        connection.execute(text("INSERT INTO meta (key, value) VALUES ('server_id', :id) ON CONFLICT (key) DO NOTHING"),
                           {"id": str(uuid.uuid4())})
        connection.execute(text("INSERT INTO meta (key, value) VALUES ('server_schema', :v) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {"v": SERVER_SCHEMA})
        apply_access(connection)
