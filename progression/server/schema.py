"""The server's tables: the carnet's own, made by the same Alembic revisions, then what only a
server holding many carnets needs.

On a carnet, a row is known by its UUID. A server holds every carnet of a school or an academy,
and the built-in rows (the official framework, the scales) have the same UUID in every carnet
(``schema.stable_id``) while each carnet may hide an item or rename a step for itself: so on the
server a row is known by (``carnet_id``, ``id``), every synced table gains a ``carnet_id`` and a
``server_seq`` (the order in which the server received its versions, taken from one sequence by a
trigger, so a client cannot forge it), and the references between rows, checked by every client
before it takes anything in (``merge_checks``), are not declared on the server. Only server-only
tables are added besides: the grants (``class_grant``, read and write or ``read_only``;
``school_grant``), the erased pupils (``erased_pupil``) and each device's last sync (``device_sync``).

Indexes for an academy (≥ 10 M observations): every synced table on (carnet_id, server_seq), which
is what a sync reads (what changed in its carnet since its mark) and what row-level security filters
on; observations also on (carnet_id, pupil_id, item_id, observed_on) for the documents, beside the
carnet's own index.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from progression.errors import NewerCarnetError
from progression.merge_checks import SYNCED_TABLES
from progression.schema import SCHEMA_REVISION
from progression.server.connection import ServerError

# The server-only part's version, kept in the server's ``meta`` table beside its identity.
SERVER_SCHEMA = "2"  # 2: a class grant may be read-only (last year's class, after the hand-over)
KEYED = (*SYNCED_TABLES, "setting")

SERVER_TABLES = (
    "CREATE TABLE IF NOT EXISTS class_grant (login name NOT NULL, carnet_id varchar(36) NOT NULL, "
    "granted_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (login, carnet_id))",
    # A teacher who keeps reading last year's class once it has gone up (``progression.handover``).
    "ALTER TABLE class_grant ADD COLUMN IF NOT EXISTS read_only boolean NOT NULL DEFAULT false",
    "CREATE TABLE IF NOT EXISTS school_grant (login name NOT NULL, school varchar(200) NOT NULL, "
    "role varchar(16) NOT NULL CHECK (role IN ('director', 'inspector')), "
    "granted_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (login, school, role))",
    "CREATE TABLE IF NOT EXISTS erased_pupil (carnet_id varchar(36) NOT NULL, pupil_id varchar(36) NOT NULL, "
    "erased_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (carnet_id, pupil_id))",
    "CREATE TABLE IF NOT EXISTS device_sync (carnet_id varchar(36) NOT NULL, device_id varchar(36) NOT NULL, "
    "login name NOT NULL DEFAULT current_user, last_seq bigint NOT NULL, synced_at timestamptz NOT NULL DEFAULT now(), "
    "PRIMARY KEY (carnet_id, device_id))",
    "CREATE SEQUENCE IF NOT EXISTS server_seq",
    """CREATE OR REPLACE FUNCTION progression_stamp_seq() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN NEW.server_seq := nextval('server_seq'); RETURN NEW; END $$""",
)


def _key_columns(connection: Connection, table: str) -> list[str]:
    return list(connection.execute(text(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
        "WHERE i.indrelid = CAST(:t AS regclass) AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)"
    ), {"t": table}).scalars())


def rekey(connection: Connection, table: str) -> None:
    """carnet_id and server_seq on one synced table, keyed by (carnet_id, id), its trigger and index."""
    key = "key" if table == "setting" else "id"
    connection.execute(text(f'ALTER TABLE "{table}" ADD COLUMN IF NOT EXISTS carnet_id varchar(36) NOT NULL'))
    connection.execute(text(f'ALTER TABLE "{table}" ADD COLUMN IF NOT EXISTS server_seq bigint NOT NULL DEFAULT 0'))
    if _key_columns(connection, table) != ["carnet_id", key]:
        for name in list(connection.execute(text(
            "SELECT conname FROM pg_constraint WHERE conrelid = CAST(:t AS regclass) AND contype IN ('f', 'p')"
        ), {"t": table}).scalars()):
            connection.execute(text(f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS "{name}" CASCADE'))
        connection.execute(text(f'ALTER TABLE "{table}" ADD PRIMARY KEY (carnet_id, "{key}")'))
    connection.execute(text(f'CREATE INDEX IF NOT EXISTS "ix_{table}_carnet_seq" ON "{table}" (carnet_id, server_seq)'))
    connection.execute(text(f'DROP TRIGGER IF EXISTS stamp_seq ON "{table}"'))
    connection.execute(text(f'CREATE TRIGGER stamp_seq BEFORE INSERT OR UPDATE ON "{table}" '
                            "FOR EACH ROW EXECUTE FUNCTION progression_stamp_seq()"))


def server_state(connection: Connection) -> dict[str, str | None]:
    """The Alembic revision and the server-only schema version found, None where absent."""
    tables = set(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
        if "alembic_version" in tables else None
    meta = {key: value for key, value in connection.execute(
        text("SELECT key, value FROM meta WHERE key IN ('server_id', 'server_schema')"))} if "meta" in tables else {}
    return {"revision": revision, "server_schema": meta.get("server_schema"), "server_id": meta.get("server_id")}


def check_revision(engine: Engine, *, allow_empty: bool = False) -> str | None:
    """The server's id if its schema is this version's; a French refusal otherwise."""
    with engine.connect() as connection:
        state = server_state(connection)
    revision, schema = state["revision"], state["server_schema"]
    if revision is None and allow_empty:
        return None
    if (revision is not None and revision > SCHEMA_REVISION) or int(schema or 0) > int(SERVER_SCHEMA):
        raise NewerCarnetError(
            "Ce serveur a été mis à jour par une version plus récente de Progression : installez la dernière "
            "version pour synchroniser (le carnet n'a pas été modifié)."
        )
    if allow_empty:
        return state["server_id"]
    if revision != SCHEMA_REVISION or schema != SERVER_SCHEMA:
        raise ServerError(
            "Ce serveur n'est pas prêt pour cette version de Progression : l'administrateur doit lancer "
            "« progression server init » avec elle (le carnet n'a pas été modifié)."
        )
    return state["server_id"]
