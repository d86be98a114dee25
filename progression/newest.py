"""The one rule every merge follows — a copy on a USB key into a carnet, a carnet into the school
server, the server's rows back into a carnet: rows are known by their key (a UUID), a row one side
lacks is added, a row both sides have keeps the newer clock stamp. Written once, as two SQL
statements that SQLite and PostgreSQL both run as they are, so the merge of a copy needs no
SQLAlchemy to build them.

Stamps on both sides must be in the sortable fixed-width form (``hlc.sortable``): text order is then
clock order, and a plain ``>`` compares them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from progression.storage import quoted

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table
    from sqlalchemy.engine import Dialect


def newest_statements(target: str, source: str, names: Sequence[str], keys: Sequence[str],
                      keep: str = "TRUE") -> tuple[str, str]:
    """The two statements that bring into the table ``target`` the rows of ``source`` (both SQL
    names, quoted) that ``keep`` accepts (a condition on ``s``, the source's row): the INSERT of
    those whose key the target lacks, then the UPDATE of those it has older. ``names``: the
    columns both share; the target's row is ``t``."""
    columns = ", ".join(quoted(n) for n in names)
    same = " AND ".join(f"t.{quoted(k)} = s.{quoted(k)}" for k in keys)
    insert = (
        f"INSERT INTO {target} ({columns}) SELECT {', '.join(f's.{quoted(n)}' for n in names)} "
        f"FROM {source} AS s WHERE ({keep}) AND NOT EXISTS (SELECT 1 FROM {target} AS t WHERE {same}) "
        # In key order: the rows go into the key's index one after the other, not at random places.
        f"ORDER BY {', '.join(f's.{quoted(k)}' for k in keys)}"
    )
    update = (
        f"UPDATE {target} AS t SET {', '.join(f'{quoted(n)} = s.{quoted(n)}' for n in names if n not in keys)} "
        f"FROM {source} AS s WHERE {same} AND ({keep}) AND s.modified_at > t.modified_at"
    )
    return insert, update


def take_newest(connection: Connection, target: Table, source: Table, keys: Sequence[str]) -> tuple[int, int]:
    """``newest_statements`` run on a SQLAlchemy connection, between two tables of its database.
    Returns (added, replaced). The columns are the target's that the source has (a server's table
    adds its own)."""
    names = [c.name for c in target.columns if c.name in source.c]
    added, replaced = (
        # rowcount is kept by SQLAlchemy for UPDATE and DELETE only, unless asked.
        connection.exec_driver_sql(sql, execution_options={"preserve_rowcount": True}).rowcount
        for sql in newest_statements(_name(target), _name(source), names, keys)
    )
    return added, replaced


def _name(table: Table) -> str:
    return f"{quoted(table.schema)}.{quoted(table.name)}" if table.schema else quoted(table.name)


class Rows:
    """Rows held in memory (what a sync sends or receives): one tuple of values per row, in the
    order of ``columns``. A first sync moves a whole year; tuples go to COPY as they are."""

    __slots__ = ("columns", "values")

    def __init__(self, columns: tuple[str, ...], values: Sequence[Sequence[Any]]) -> None:
        self.columns = columns
        self.values = values

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


class _Staging(NamedTuple):
    """The temporary table rows are loaded into before ``upsert_newest`` takes them in, with the
    statements that make it and that take all of it at once."""

    table: Table
    create: str
    take_all: str  # every staged row into the target, for a target known to hold none of their keys


_STAGING: dict[tuple[Any, ...], _Staging] = {}


def _staging(target: Table, columns: tuple[str, ...], fixed: dict[str, str], dialect: Dialect) -> _Staging:
    """The staging table for these columns and its statements, compiled once per process (a sync's
    engine is new each time, so SQLAlchemy's own cache, kept per engine, would compile them again)."""
    from sqlalchemy import Column, MetaData, Table, select
    from sqlalchemy.schema import CreateTable

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
