"""The reliability figures of a run (kills, faults injected, files damaged, observations lost).

Tests add to them through the ``figures`` fixture; they are printed in pytest's summary, the
evidence of the run rather than a file in the repository. With several test processes (pytest's
``-n``), each process hands its figures to the one that prints the summary.
"""

from __future__ import annotations

from collections import Counter

import pytest

FIGURES = pytest.StashKey[Counter[str]]()
WORKER_KEY = "reliability_figures"

LABELS = {
    "kills_wal": "processus tués (kill -9), WAL",
    "kills_delete": "processus tués (kill -9), journal DELETE",
    "kills_opening": "… dont tués pendant l'ouverture",
    "kills_delete_open_carnet": "kill -9 rouverts par open_carnet (DELETE)",
    "hot_journals": "journaux chauds annulés à l'ouverture",
    "foreign_journals": "-wal / -journal étrangers mis de côté",
    "acknowledged": "observations acquittées avant un kill",
    "faults_injected": "erreurs d'E/S injectées",
    "disk_full": "disques pleins provoqués",
    "read_only": "supports en lecture seule",
    "files_damaged": "fichiers abîmés présentés à l'ouverture",
    "observations_lost": "observations acquittées perdues",
}


def counts(config: pytest.Config) -> Counter[str]:
    if FIGURES not in config.stash:
        config.stash[FIGURES] = Counter()
    return config.stash[FIGURES]
