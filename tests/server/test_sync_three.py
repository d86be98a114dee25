"""Two teachers of one class and a co-teacher, each offline with concurrent edits of the same rows,
converge through the server: the same content on the three carnets and on the server, row by row."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from progression.cli import main
from progression.operations import EditObservation, RecordObservations, SetAppreciation, SetObservationsDeleted
from progression.schema import Base
from progression.server.schema import KEYED
from progression.server.sync import _server_table
from progression.service import CarnetService
from progression.storage import read_meta
from tests.server.helpers import login_url, ready_server

DAY = date(2026, 10, 5)


def _rows(engine: sa.Engine, carnet_id: str | None = None) -> dict[str, set[tuple]]:
    """Every synced row as Python values (the same types from SQLite and PostgreSQL)."""
    found = {}
    with engine.connect() as connection:
        for name in KEYED:
            base = Base.metadata.tables[name]
            if carnet_id is None:
                query = sa.select(base)
            else:
                table = _server_table(name)
                query = sa.select(*[table.c[c.name] for c in base.columns]).where(table.c.carnet_id == carnet_id)
            found[name] = {tuple(row) for row in connection.execute(query)}
    engine.dispose()
    return found


def test_three_carnets_with_concurrent_offline_edits_converge_row_by_row(empty, tmp_path: Path, postgres_cluster,
                                                                          capsys) -> None:
    service = empty
    lucas = next(p for p in service.pupils() if p.first_name == "Lucas")
    items = [i for i in service.items(["CE1"]) if i.kind == "objective"]
    shared = service.run(RecordObservations(((lucas.id, items[0].id),), service.step_by_rank(1).id, DAY)).recorded[0]
    period = service.period(1).id
    empty.close()
    paths = [empty.carnet.path]
    for name in ("collegue", "cointervenant"):
        path = tmp_path / name / "classe.carnet"
        path.parent.mkdir()
        shutil.copy(paths[0], path)
        paths.append(path)
    admin, database = ready_server(postgres_cluster)
    for login in ("anna", "bruno", "chloe"):
        assert main(["server", "grant", admin, login, "--carnet", str(paths[0])]) == 0
    urls = [login_url(postgres_cluster, database, login) for login in ("anna", "bruno", "chloe")]

    # Offline, each edits: the same observation three ways, the same appreciation twice, new marks.
    for n, path in enumerate(paths):
        carnet = CarnetService.open(path)
        try:
            carnet.run(RecordObservations(((lucas.id, items[n + 1].id),), carnet.step_by_rank(n + 1).id, DAY))
            if n < 2:
                carnet.run(EditObservation(shared.id, carnet.step_by_rank(n + 2).id, DAY, "", f"vu par {n}"))
                carnet.run(SetAppreciation(lucas.id, period, f"Appréciation {n}."))
            else:
                carnet.run(SetObservationsDeleted((shared.id,), True))  # the last word on it: written last
        finally:
            carnet.close()

    # Rounds until every sync sends and receives nothing: a merge that keeps the newer of two
    # appreciations retires the other, and that retirement travels in the next round.
    rounds = 0
    while True:
        rounds += 1
        assert rounds <= 4, "the carnets did not settle"
        moved = 0
        for path, url in zip(paths, urls, strict=True):
            capsys.readouterr()
            assert main(["sync", str(path), url, "--json"]) == 0
            result = json.loads(capsys.readouterr().out)
            moved += result["sent"] + result["received"]
        if moved == 0:
            break

    carnets = [_rows(sa.create_engine(f"sqlite:///{path}")) for path in paths]
    server = _rows(sa.create_engine(admin), read_meta(paths[0])["carnet_id"])
    assert carnets[0] == carnets[1] == carnets[2] == server
    final = CarnetService.open(paths[1])
    try:
        assert shared.id not in {o.id for o in final.observations()}  # the deletion, newest, won
        assert final.appreciation(lucas.id, 1) == "Appréciation 1."  # one appreciation, the newer
        assert len(final.observations()) == 3  # each one's new mark
    finally:
        final.close()
