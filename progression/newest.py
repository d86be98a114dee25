"""The one rule every merge follows — a copy on a USB key into a carnet, a carnet into the school
server, the server's rows back into a carnet: rows are known by their key (a UUID), a row one side
lacks is added, a row both sides have keeps the newer clock stamp. Written once, in SQLAlchemy Core,
so the same statements run on SQLite and on PostgreSQL.

Stamps on both sides must be in the sortable fixed-width form (``hlc.sortable``): text order is then
clock order, and a plain ``>`` compares them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import CreateTable


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


@dataclass(frozen=True)
class Rows:
    """Rows held in memory (what a sync sends or receives): one tuple of values per row, in the
    order of ``columns``. A first sync moves a whole year; tuples go to COPY as they are."""

    columns: tuple[str, ...]
    values: Sequence[Sequence[Any]]

    def __len__(self) -> int:
        return len(self.values)

    def keep(self, accepted: Callable[[Sequence[Any]], bool]) -> Rows:
        return Rows(self.columns, [row for row in self.values if accepted(row)])


def upsert_newest(connection: Connection, target: Table, rows: Rows, keys: Sequence[str], *,
                  same_for_all: dict[str, str] | None = None, into_empty: bool = False) -> int:
    """``take_newest`` for rows held in memory: first loaded into a temporary table — by COPY on
    PostgreSQL, the bulk path (COPY straight into a table under row-level security is refused) —
    then taken in. ``same_for_all``: columns whose value every row shares (the server's
    ``carnet_id``), the staging table's defaults rather than a copy in each row. ``into_empty``:
    the caller knows the target holds none of these keys (a carnet's first sync, under its lock),
    so one plain INSERT … SELECT takes them. Returns how many rows were written."""
    if not rows.values:
        return 0
    fixed = same_for_all or {}
    postgresql = connection.dialect.name == "postgresql"
    stage = _staging(target, rows.columns, fixed, connection.dialect)
    connection.exec_driver_sql(stage.create)
    if postgresql:
        _copy_in(connection, stage.table.name, rows)
    else:
        connection.execute(stage.table.insert(), [dict(zip(rows.columns, row, strict=True)) for row in rows.values])
    if into_empty:
        written = connection.exec_driver_sql(stage.take_all, execution_options={"preserve_rowcount": True}).rowcount
    else:
        written = sum(take_newest(connection, target, stage.table, keys))
    # Dropped only after success: a row refused on the server (row-level security) aborts the
    # transaction, which takes the staging table with it; a DROP then would hide the refusal's words.
    if not postgresql:
        stage.table.drop(connection)
    return written


@dataclass(frozen=True)
class _Staging:
    table: Table
    create: str
    take_all: str  # every staged row into the target, for a target known to hold none of their keys


_STAGING: dict[tuple[Any, ...], _Staging] = {}


def _staging(target: Table, columns: tuple[str, ...], fixed: dict[str, str], dialect: Dialect) -> _Staging:
    """The staging table for these columns and its statements, compiled once per process (a sync's
    engine is new each time, so SQLAlchemy's own cache, kept per engine, would compile them again)."""
    key = (target.name, columns, tuple(fixed.items()), dialect.name)
    if key not in _STAGING:
        # On PostgreSQL the staging table goes with the transaction: no second round trip to drop it.
        stage = Table(f"incoming_{target.name}", MetaData(),
                      *[Column(n, target.c[n].type) for n in columns],
                      *[Column(n, target.c[n].type, server_default=value) for n, value in fixed.items()],
                      prefixes=["TEMPORARY"], postgresql_on_commit="DROP")
        names = [*columns, *fixed]
        take_all = target.insert().from_select(names, select(*[stage.c[n] for n in names]))
        _STAGING[key] = _Staging(stage, str(CreateTable(stage).compile(dialect=dialect)),
                                 str(take_all.compile(dialect=dialect)))
    return _STAGING[key]


def _copy_in(connection: Connection, table: str, rows: Rows) -> None:
    quoted_names = ", ".join(f'"{n}"' for n in rows.columns)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f'COPY "{table}" ({quoted_names}) FROM STDIN') as copy:
        for row in rows.values:
            copy.write_row(row)
