"""The one rule every merge follows — a copy on a USB key into a carnet, a carnet into the school
server, the server's rows back into a carnet: rows are known by their key (a UUID), a row one side
lacks is added, a row both sides have keeps the newer clock stamp. Written once, in SQLAlchemy Core,
so the same statements run on SQLite and on PostgreSQL.

Stamps on both sides must be in the sortable fixed-width form (``hlc.sortable``): text order is then
clock order, and a plain ``>`` compares them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    FromClause,
    MetaData,
    Table,
    and_,
    exists,
    select,
    true,
    update,
)


def take_newest(connection: Connection, target: Table, source: FromClause, keys: Sequence[str],
                keep: ColumnElement[bool] | None = None) -> tuple[int, int]:
    """Bring into ``target`` the rows of ``source`` (those ``keep`` accepts): added when the target
    lacks their key, replacing the target's when newer. Returns (added, replaced). The columns are
    the target's that the source has (a server's table adds its own)."""
    names = [c.name for c in target.columns if c.name in source.c]
    same = and_(*(target.c[key] == source.c[key] for key in keys))
    accepted = keep if keep is not None else true()
    added = connection.execute(target.insert().from_select(
        names,
        # In key order: the rows go into the key's index one after the other, not at random places.
        select(*[source.c[n] for n in names]).where(accepted, ~exists().where(same))
        .order_by(*[source.c[k] for k in keys]),
    ).execution_options(preserve_rowcount=True)).rowcount  # kept for UPDATE and DELETE only, otherwise
    replaced = connection.execute(
        update(target).values({n: source.c[n] for n in names if n not in keys})
        .where(same, accepted, source.c.modified_at > target.c.modified_at)
    ).rowcount
    return added, replaced


def upsert_newest(connection: Connection, target: Table, rows: Sequence[dict[str, Any]], keys: Sequence[str], *,
                  into_empty: bool = False) -> int:
    """``take_newest`` for rows held in memory (what a sync sends or receives): first loaded into a
    temporary table — by COPY on PostgreSQL, the bulk path (COPY straight into a table under
    row-level security is refused) — then taken in. ``into_empty``: the caller knows the target
    holds none of these keys (a carnet's first sync, under its lock), so one plain INSERT … SELECT
    takes them. Returns how many rows were written."""
    if not rows:
        return 0
    names = list(rows[0])
    postgresql = connection.dialect.name == "postgresql"
    # On PostgreSQL the staging table goes with the transaction: no second round trip to drop it.
    stage = Table(f"incoming_{target.name}", MetaData(), *[Column(n, target.c[n].type) for n in names],
                  prefixes=["TEMPORARY"], postgresql_on_commit="DROP")
    stage.create(connection)
    if postgresql:
        _copy_in(connection, stage.name, names, rows)
    else:
        connection.execute(stage.insert(), list(rows))
    if into_empty:
        written = connection.execute(target.insert().from_select(names, select(*[stage.c[n] for n in names]))
                                     .execution_options(preserve_rowcount=True)).rowcount
    else:
        written = sum(take_newest(connection, target, stage, keys))
    # Dropped only after success: a row refused on the server (row-level security) aborts the
    # transaction, which takes the staging table with it; a DROP then would hide the refusal's words.
    if not postgresql:
        stage.drop(connection)
    return written


def _copy_in(connection: Connection, table: str, names: Sequence[str], rows: Sequence[dict[str, Any]]) -> None:
    quoted_names = ", ".join(f'"{n}"' for n in names)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f'COPY "{table}" ({quoted_names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row[n] for n in names])
