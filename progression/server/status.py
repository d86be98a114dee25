"""What the app's status line says of a carnet's syncs, read without loading the sync itself (the
PostgreSQL dialect, the merge): the app asks it at every opening."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from progression.carnet_connections import driver
from progression.schema import Base
from progression.server.schema import KEYED
from progression.storage import meta_rows

if TYPE_CHECKING:
    from progression.service import CarnetService

MARK_PREFIX = "sync:"  # meta key of the last sync with one server: "sync:<server_id>"
ADDRESS_KEY = "sync_address"  # the last server synced with, without any password


@dataclass(frozen=True)
class SyncStatus:
    """What the app's status line says: the address, when the last sync ended, what waits to go."""

    address: str | None
    last: datetime | None
    pending: int


def sync_status(service: CarnetService) -> SyncStatus:
    """The carnet's last sync with any server and how many rows were recorded since. Counting reads
    every synced table's stamps (its cost grows with the carnet): done only for a carnet that has
    synced, and the app does it after a pause in the typing, never on a key press."""
    with service.carnet.reading() as connection:
        meta = meta_rows(driver(connection))
        marks = [json.loads(value) for key, value in meta.items() if key.startswith(MARK_PREFIX)]
        latest: dict[str, Any] = max(marks, key=lambda mark: str(mark.get("at", "")), default={})
        if not latest.get("at"):
            return SyncStatus(meta.get(ADDRESS_KEY), None, 0)
        sent = str(latest.get("sent", ""))
        pending = sum(connection.execute(select(func.count()).select_from(table).where(table.c.modified_at > sent))
                      .scalar_one() for table in (Base.metadata.tables[name] for name in KEYED))
    return SyncStatus(meta.get(ADDRESS_KEY), datetime.fromisoformat(latest["at"]), pending)
