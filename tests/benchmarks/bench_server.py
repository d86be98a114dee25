"""School server figures, on a real PostgreSQL with fsync on (a throwaway cluster):

- the first sync of a class's year (about 5,500 observations, and the rest of the carnet) against
  a bulk COPY of the same rows into tables with the same indexes, one transaction, same durability
  (five samples, each on a fresh server; medians). Two figures: what the app waits for (Fichier ›
  Synchroniser, on the carnet already open) and the whole command (``progression sync``: opening
  the carnet, the sync, closing it with its backup);
- an incremental sync (10 new observations) with 300k and then 3M observations of other carnets
  on the server: its cost should follow what changed, not the server's size.

    python tests/benchmarks/bench_server.py [--json OUT] [--sizes 300000,3000000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PROGRESSION_HOME", tempfile.mkdtemp(prefix="progression-bench-home-"))

import psycopg  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from progression.cli import main  # noqa: E402
from progression.demo import make_demo  # noqa: E402
from progression.operations import RecordObservations  # noqa: E402
from progression.server.schema import KEYED  # noqa: E402
from progression.server.sync import sync_carnet, sync_service  # noqa: E402
from progression.service import CarnetService  # noqa: E402
from tests.server.conftest import running_cluster  # noqa: E402


def _timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _record_ten(path: Path) -> None:
    service = CarnetService.open(path)
    try:
        pupils = service.pupils()[:10]
        grade = "CE1"
        item = [i for i in service.items([grade]) if i.kind == "objective"][-1]
        service.run(RecordObservations(tuple((p.id, item.id) for p in pupils), service.step_by_rank(3).id,
                                       date(2027, 5, 3)))
    finally:
        service.close()


def _fill(admin: str, total: int) -> None:
    """Observations of other carnets until the server holds ``total`` (ids and stamps unique)."""
    engine = sa.create_engine(admin)
    with engine.begin() as connection:
        have = connection.execute(sa.text("SELECT count(*) FROM observation")).scalar_one()
        if total > have:
            connection.execute(sa.text(
                "INSERT INTO observation (carnet_id, id, pupil_id, item_id, step_id, observed_on, activity, comment, "
                "author, created_at, modified_at, device_id) "
                "SELECT 'autre-' || (g / 5000), md5(g::text), md5((g % 25)::text), 'item', 'step', "
                "date '2026-10-01' + CAST(g % 200 AS int), '', '', '', now(), "
                "lpad(g::text, 15, '0') || '.00000', 'bench' "
                "FROM generate_series(CAST(:a AS bigint), CAST(:b AS bigint)) AS g"), {"a": have, "b": total - 1})
        connection.execute(sa.text("ANALYZE observation"))
    engine.dispose()


SAMPLES = 5


def _first_sync_and_bulk(cluster, original: Path, folder: Path, k: int) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """One sample: a fresh server, the class's first sync (the sync of the open carnet, and the whole
    command); then the same rows (every table the sync sent) bulk-loaded by COPY into tables with the
    same indexes, one transaction."""
    database = cluster.create_database()
    admin = cluster.url(database)
    assert main(["server", "init", admin]) == 0
    carnet = folder / f"classe-{k}.carnet"
    shutil.copy(original, carnet)
    start = time.perf_counter()
    service = CarnetService.open(carnet, lock=True)  # what sync_carnet does, timed in its parts
    try:
        sync_seconds = _timed(lambda: sync_service(service, admin))
    finally:
        service.close()
    command_seconds = time.perf_counter() - start
    with psycopg.connect(host=str(cluster.socket_dir), port=cluster.port, user="postgres", dbname=database) as conn:
        data = {}
        for table in KEYED:
            conn.execute(f'CREATE TABLE "{table}_copy" (LIKE "{table}" INCLUDING ALL)')
            with conn.cursor().copy(f'COPY "{table}" TO STDIN') as copy:
                data[table] = b"".join(bytes(block) for block in copy)
        conn.commit()

        def bulk() -> None:
            for table, rows in data.items():
                with conn.cursor().copy(f'COPY "{table}_copy" FROM STDIN') as copy:
                    copy.write(rows)
            conn.commit()

        return sync_seconds, command_seconds, _timed(bulk)


def run(sizes: list[int]) -> dict[str, float]:
    figures: dict[str, float] = {}
    with running_cluster(durable=True) as cluster, tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        original = folder / "original.carnet"
        make_demo(original, pupils=64, seed=3).close()
        service = CarnetService.open(original)
        figures["class_observations"] = service.counts()["observations"]
        service.close()
        samples = [_first_sync_and_bulk(cluster, original, folder, k) for k in range(SAMPLES)]
        figures["first_sync_s"] = statistics.median(s for s, _, _ in samples)
        figures["first_sync_command_s"] = statistics.median(c for _, c, _ in samples)
        figures["bulk_copy_same_rows_s"] = statistics.median(b for _, _, b in samples)
        figures["first_sync_over_bulk"] = statistics.median(s / b for s, _, b in samples)
        figures["first_sync_command_over_bulk"] = statistics.median(c / b for _, c, b in samples)
        database = cluster.create_database()
        admin = cluster.url(database)
        assert main(["server", "init", admin]) == 0
        carnet = folder / "classe.carnet"
        shutil.copy(original, carnet)
        sync_carnet(carnet, admin)
        for size in sizes:
            _fill(admin, size)
            changes, nothing = [], []
            for _ in range(SAMPLES):
                _record_ten(carnet)
                changes.append(_timed(lambda: sync_carnet(carnet, admin)))
                nothing.append(_timed(lambda: sync_carnet(carnet, admin)))
            figures[f"sync_10_changes_at_{size}_s"] = statistics.median(changes)
            figures[f"sync_nothing_at_{size}_s"] = statistics.median(nothing)
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--json")
    parser.add_argument("--sizes", default="300000,3000000")
    args = parser.parse_args()
    result = run([int(s) for s in args.sizes.split(",")])
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
