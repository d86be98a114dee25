"""``progression sync CARNET URL``: what this carnet recorded goes to the school server, what others
recorded for its class comes back, by the file merge's rules.

The rules are the merge's (``progression.merge``): rows known by UUID, a row both sides have keeps
its newer stamp (``progression.newest``, the same Core statements for SQLite and PostgreSQL),
tombstones are ordinary columns and travel, pupils erased for good on either side stay erased and
are named to the teacher. What comes back is not trusted more than a copy on a USB key: the
server's rows are written into a private snapshot of the carnet, and that snapshot is merged by
``merge_copy`` — checked whole (values, references, settings, scale) before anything reaches the
carnet, one transaction, after a backup.

Order of a sync, so that a cut at any point leaves both sides consistent and the next sync finishes:
1. read the local rows stamped after the last sync's mark (the carnet's ``meta``, one mark per server);
2. on the server, in one transaction holding the carnet's advisory lock (syncs of one carnet take
   turns, so the server's sequence orders them): read what others sent since our mark, write ours
   (newest wins), record erasures, commit;
3. merge what came back into the carnet (its own transaction);
4. only then move the local mark. A cut before 4 resends rows the server already has (they change
   nothing, ``sent`` counts rows the server took) and re-merges rows the carnet already has.
"""

from __future__ import annotations

import functools
import json
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table, TextClause, create_engine, text
from sqlalchemy.engine import make_url

from progression.carnet_connections import driver
from progression.errors import ProgressionError
from progression.merge import merge_copy, report_lines
from progression.merge_checks import register_stamp, sortable_sql
from progression.newest import Rows, upsert_newest
from progression.schema import Base
from progression.server.connection import connect_engine, server_errors, server_url
from progression.server.schema import KEYED, check_revision
from progression.server.status import ADDRESS_KEY, MARK_PREFIX
from progression.service import CarnetService
from progression.snapshot import snapshot
from progression.storage import ERASED_KEY, erased_pupils, meta_rows, write_meta

_SERVER = MetaData()


def _server_table(name: str) -> Table:
    """The carnet's table as the server has it: the same columns, and carnet_id in the key."""
    if name in _SERVER.tables:
        return _SERVER.tables[name]
    base = Base.metadata.tables[name]
    key = "key" if name == "setting" else "id"
    columns = [Column(c.name, c.type, primary_key=c.name == key) for c in base.columns]
    return Table(name, _SERVER, Column("carnet_id", String(36), primary_key=True), *columns,
                 Column("server_seq", Integer))


def _keys(table: str) -> list[str]:
    return ["key"] if table == "setting" else ["id"]


def _about(table: str) -> str | None:
    """The column naming the pupil a row is about, if any."""
    if table == "pupil":
        return "id"
    return "pupil_id" if "pupil_id" in _columns(table) else None


def _leave_out(table: str, rows: Rows, erased: set[str]) -> Rows:
    column = _about(table)
    if column is None or not erased:
        return rows
    about = rows.columns.index(column)
    return rows.keep(lambda row: row[about] not in erased)


@dataclass
class SyncResult:
    sent: int = 0
    received: int = 0
    lines: list[str] = field(default_factory=list)


def _after_server_commit() -> None:
    """Where a cut between the server's commit and the local mark is simulated by the tests."""


def sync_carnet(path: Path, url: str) -> SyncResult:
    service = CarnetService.open(Path(path), lock=True)
    try:
        return sync_service(service, url)
    finally:
        service.close()


def sync_service(service: CarnetService, url: str, password: str | None = None) -> SyncResult:
    """One sync of the open carnet with the server at ``url`` (see the module's docstring)."""
    return take_in(service, exchange(service, url, password))


@dataclass
class Exchange:
    """A sync whose server side is done (steps 1–2, the server committed), waiting to be taken in."""

    url: str
    server_id: str
    mark: dict[str, Any]  # the local mark to write once what came back is in the carnet
    incoming: dict[str, Rows]
    erased: set[str]  # pupils erased on either side
    local_erased: set[str]
    result: SyncResult

    @property
    def brings_rows(self) -> bool:
        """Whether taking it in merges into the carnet (long work), or only moves the mark."""
        return bool(self.result.received) or not self.erased <= self.local_erased


def exchange(service: CarnetService, url: str, password: str | None = None) -> Exchange:
    """Steps 1 and 2: only reads the carnet, so the app runs it off the GUI thread while the teacher
    goes on recording (what is recorded meanwhile is stamped later than the mark: the next sync
    sends it)."""
    carnet = service.carnet
    if carnet.read_only:
        raise ProgressionError("Ce carnet est ouvert en lecture seule : impossible de le synchroniser.")
    address = server_url(url)
    engine = connect_engine(url, password)
    try:
        with server_errors(address):
            server_id = check_revision(engine)
        assert server_id is not None  # a server never initialised is refused by check_revision
        with carnet.reading() as connection:
            meta = meta_rows(driver(connection))
            carnet_id = meta["carnet_id"]
            mark = json.loads(meta.get(f"{MARK_PREFIX}{server_id}", "{}"))
            sent_mark, seq_mark = str(mark.get("sent", "")), int(mark.get("received", 0))
            local_erased = erased_pupils(meta)
            outgoing = _local_changes(connection, sent_mark)
        newest_sent = max([sent_mark, *(_newest_stamp(rows) for rows in outgoing.values() if rows.values)])
        result = SyncResult()
        with server_errors(address), engine.begin() as server:
            incoming, server_erased, new_seq = _exchange(server, carnet_id, carnet.device_id, seq_mark, outgoing,
                                                         local_erased, result)
        _after_server_commit()
    finally:
        engine.dispose()
    result.received = sum(len(rows) for rows in incoming.values())
    # The address is remembered for Fichier › Synchroniser, never its password.
    remembered = url if address.password is None else make_url(url).set(password=None).render_as_string(
        hide_password=False)
    return Exchange(remembered, server_id, {"sent": newest_sent, "received": new_seq},
                    incoming, server_erased | local_erased, local_erased, result)


def take_in(service: CarnetService, done: Exchange) -> SyncResult:
    """Steps 3 and 4: what came back merged into the carnet, then the mark moved."""
    result = done.result
    if done.brings_rows:
        result.lines = _take_in(service, done.incoming, done.erased)
    with service.carnet.writing() as connection:
        raw = driver(connection)
        write_meta(raw, f"{MARK_PREFIX}{done.server_id}",
                   json.dumps({**done.mark, "at": datetime.now(UTC).isoformat()}))
        write_meta(raw, ADDRESS_KEY, done.url)
    return result


def _local_changes(connection: Connection, sent_mark: str) -> dict[str, Rows]:
    """The carnet's rows stamped after the mark, stamps in the sortable form the server compares.
    Read as SQLite stores them (dates as ISO text, booleans as 0 and 1, both of which PostgreSQL
    reads as such), as tuples: no conversion on the way, a first sync sends a whole year."""
    raw = driver(connection)
    register_stamp(raw)
    changes = {}
    for name in KEYED:
        columns = _columns(name)
        listed = ", ".join(sortable_sql(f'"{c}"') if c == "modified_at" else f'"{c}"' for c in columns)
        changes[name] = Rows(columns, raw.execute(f'SELECT {listed} FROM "{name}" WHERE modified_at > ?',
                                                  (sent_mark,)).fetchall())
    return changes


def _newest_stamp(rows: Rows) -> str:
    stamp = rows.columns.index("modified_at")
    return max(row[stamp] for row in rows.values)


def _exchange(server: Connection, carnet_id: str, device_id: str, seq_mark: int, outgoing: dict[str, Rows],
              local_erased: set[str], result: SyncResult) -> tuple[dict[str, Rows], set[str], int]:
    """The server's side, in its one transaction: take what others sent, give ours, keep erasures."""
    server.execute(text("SELECT pg_advisory_xact_lock(hashtext(:c))"), {"c": carnet_id})
    reading_only = _reading_only(server, carnet_id)
    server_erased = set(server.execute(text("SELECT pupil_id FROM erased_pupil WHERE carnet_id = :c"),
                                       {"c": carnet_id}).scalars())
    incoming = {}
    for name in KEYED:
        found = server.execute(_changed_since(name), {"c": carnet_id, "seq": seq_mark})
        incoming[name] = Rows(tuple(found.keys()), found.all())
    if reading_only:
        waiting = sum(len(rows) for rows in outgoing.values()) + len(local_erased - server_erased)
        if waiting:
            raise ProgressionError(
                "Sur le serveur, ce carnet n'est plus ouvert qu'en lecture pour vous (la classe de l'an passé) : "
                f"{waiting} ligne(s) notée(s) ici depuis la dernière synchronisation n'ont pas été envoyées, et rien "
                "n'a été changé, ni sur le serveur ni dans le carnet. Demandez à l'administrateur du serveur "
                "l'accès en écriture si vous devez encore y noter quelque chose.")
        return incoming, server_erased, _newest_seq(server, carnet_id, seq_mark)
    for pupil in sorted(local_erased - server_erased):
        server.execute(text("INSERT INTO erased_pupil (carnet_id, pupil_id) VALUES (:c, :p) ON CONFLICT DO NOTHING"),
                       {"c": carnet_id, "p": pupil})
    erased = local_erased | server_erased
    if local_erased - server_erased:
        for name in reversed(KEYED):  # the pupil's rows go from the server too: erased is erased
            column = _about(name)
            if column is not None:
                server.execute(text(f'DELETE FROM "{name}" WHERE carnet_id = :c AND "{column}" = ANY(:p)'),
                               {"c": carnet_id, "p": sorted(local_erased - server_erased)})
    for name in KEYED:
        # Nothing of this carnet in the table yet (its first sync, under its lock): the bulk path.
        first = seq_mark == 0 and not incoming[name]
        result.sent += upsert_newest(server, _server_table(name), _leave_out(name, outgoing[name], erased),
                                     ["carnet_id", *_keys(name)], same_for_all={"carnet_id": carnet_id},
                                     into_empty=first)
    new_seq = _newest_seq(server, carnet_id, seq_mark)
    server.execute(text(
        "INSERT INTO device_sync (carnet_id, device_id, last_seq) VALUES (:c, :d, :s) "
        "ON CONFLICT (carnet_id, device_id) "
        "DO UPDATE SET last_seq = excluded.last_seq, synced_at = now(), login = current_user"),
        {"c": carnet_id, "d": device_id, "s": new_seq})
    return incoming, server_erased, new_seq


@functools.cache
def _columns(name: str) -> tuple[str, ...]:
    """The carnet's columns of a synced table: what travels each way, in this order."""
    return tuple(c.name for c in Base.metadata.tables[name].columns)


@functools.cache
def _changed_since(name: str) -> TextClause:
    """The table's rows of a carnet the server received after a mark, in the carnet's columns."""
    columns = ", ".join(f'"{c}"' for c in _columns(name))
    return text(f'SELECT {columns} FROM "{name}" WHERE carnet_id = :c AND server_seq > :seq')


def _newest_seq(server: Connection, carnet_id: str, seq_mark: int) -> int:
    """The server's sequence after this sync, for the carnet: the next sync asks for what comes after."""
    newest = " UNION ALL ".join(f'SELECT max(server_seq) FROM "{name}" WHERE carnet_id = :c' for name in KEYED)
    return max([seq_mark, *(seq for seq in server.execute(text(newest), {"c": carnet_id}).scalars() if seq)])


def _reading_only(server: Connection, carnet_id: str) -> bool:
    """The login may read this carnet on the server but no longer write it (a read-only class grant)."""
    if not server.execute(text(
            "SELECT has_function_privilege(current_user, 'progression_writable_carnets(name)', 'EXECUTE')")).scalar():
        return False  # no teacher's grant at all: the server's own refusal says so
    return bool(server.execute(text(
        "SELECT NOT (:c = ANY (progression_writable_carnets(current_user))) "
        "AND :c = ANY (progression_readable_carnets(current_user))"), {"c": carnet_id}).scalar())


def _take_in(service: CarnetService, incoming: dict[str, Rows], erased: set[str]) -> list[str]:
    """What came back, merged as a copy is: written into a snapshot of the carnet, then ``merge_copy``."""
    with snapshot(service.carnet.path, open_here=True) as copy:
        named = copy.with_name("serveur.carnet")
        shutil.move(copy, named)
        engine = create_engine(f"sqlite:///{named}")
        try:
            with engine.begin() as connection:
                for name in KEYED:
                    upsert_newest(connection, Base.metadata.tables[name], incoming[name], _keys(name))
                write_meta(driver(connection), ERASED_KEY, json.dumps(sorted(erased)))
        finally:
            engine.dispose()
        report = merge_copy(service, named)
    return [line for line in report_lines(report) if line.startswith("Effacés")]
