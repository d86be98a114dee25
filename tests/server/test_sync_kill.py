"""kill -9 at any moment of a sync loses nothing: 30 syncs killed at spread-out moments, each after
a new observation, then one sync that finishes the work; every observation is on the server and
in the other teacher's carnet, once, and the carnet passes its integrity check."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from progression.cli import main
from progression.operations import RecordObservations
from progression.service import CarnetService
from progression.storage import read_meta
from tests.server.helpers import carnet_rows, login_url, ready_server, server_ids

KILLS = 30


def test_thirty_syncs_killed_at_random_moments_lose_and_double_nothing(empty, tmp_path: Path,
                                                                         postgres_cluster, capsys) -> None:
    empty.close()
    school = empty.carnet.path
    laptop = tmp_path / "portable" / "classe.carnet"
    laptop.parent.mkdir()
    shutil.copy(school, laptop)
    admin, database = ready_server(postgres_cluster)
    assert main(["server", "grant", admin, "anna", "--carnet", str(school)]) == 0
    url = login_url(postgres_cluster, database, "anna")
    assert main(["sync", str(school), url]) == 0
    rng = random.Random(17)
    recorded = []
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    killed_during = 0
    for n in range(KILLS):
        service = CarnetService.open(laptop)
        try:
            pupil = service.pupils("CE1")[0]
            items = [i for i in service.items(["CE1"]) if i.kind == "objective"]
            done = service.run(RecordObservations(((pupil.id, items[n % len(items)].id),),
                                                  service.step_by_rank(1 + n % 4).id, date(2026, 10, 1 + n % 28)))
            recorded.append(done.recorded[0].id)
        finally:
            service.close()
        process = subprocess.Popen([sys.executable, "-m", "progression", "sync", str(laptop), url],
                                   env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Spread over start-up, the server's transaction, the merge and the mark.
        time.sleep(rng.uniform(0.05, 0.8))
        if process.poll() is None:
            killed_during += 1
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert killed_during >= KILLS // 3, killed_during  # most kills landed while a sync was running
    capsys.readouterr()
    assert main(["sync", str(laptop), url]) == 0
    capsys.readouterr()
    assert main(["sync", str(laptop), url, "--json"]) == 0
    assert capsys.readouterr().out.strip() == '{"sent": 0, "received": 0}'  # the work was finished
    assert main(["sync", str(school), url]) == 0
    carnet_id = read_meta(laptop)["carnet_id"]
    on_server = server_ids(admin, "observation", carnet_id)
    assert sorted(on_server) == sorted(set(on_server)) and set(recorded) <= set(on_server)
    assert carnet_rows(school) == carnet_rows(laptop)
    assert main(["check", str(laptop)]) == 0
