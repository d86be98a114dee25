"""The ``progression`` command starts light: a subcommand loads neither the interface package nor
Qt, and ``--help``, ``check``, ``backup`` and ``merge`` (which need only sqlite3) not SQLAlchemy
either, nor ``dataclasses`` (7 ms to import and half a millisecond for each class it makes: the
records these commands use are ``NamedTuple``s) — checked in a fresh interpreter, as a teacher's
script runs it."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("ui", "PySide6", "sqlalchemy", "alembic", "reportlab", "openpyxl", "dataclasses")

RUN = """
import json, sys
from progression_start import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(HEAVY)))
print("LOADED " + json.dumps(loaded))
sys.exit(code)
"""


def _start(args: list[str]) -> tuple[int, list[str], str]:
    script = RUN.replace("HEAVY", repr(json.dumps(HEAVY)))
    result = subprocess.run([sys.executable, "-c", script, *args],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADED "))
    return result.returncode, json.loads(line.removeprefix("LOADED ")), result.stdout + result.stderr


@pytest.mark.parametrize("command", [["--help"], ["check", "{carnet}"], ["backup", "{carnet}", "--to", "{folder}"]])
def test_help_check_and_backup_load_only_the_standard_library_and_a_few_core_modules(
    demo_path: Path, tmp_path: Path, command: list[str]
) -> None:
    folder = tmp_path / "sauvegardes"
    folder.mkdir()
    args = [a.format(carnet=demo_path, folder=folder) for a in command]
    code, loaded, output = _start(args)
    assert code == 0, output
    assert loaded == [], output
    if command[0] == "backup":
        assert "Sauvegarde vérifiée" in output and len(list(folder.glob("*.carnet"))) == 1


def test_other_subcommands_load_what_they_use_but_never_the_interface(demo_path: Path) -> None:
    code, loaded, output = _start(["info", str(demo_path), "--json"])
    assert code == 0, output
    assert "sqlalchemy" in loaded and "ui" not in loaded and "PySide6" not in loaded
    assert json.loads(output.split("LOADED ")[0])["counts"]["pupils"] > 0


def test_merge_loads_only_the_standard_library_and_a_few_core_modules(demo_path: Path, tmp_path: Path) -> None:
    from progression.hlc import format_stamp

    carnet, copy = tmp_path / "classe.carnet", tmp_path / "copie.carnet"
    shutil.copy(demo_path, carnet)
    shutil.copy(demo_path, copy)
    with sqlite3.connect(copy) as conn:  # an observation commented later on the other computer
        conn.execute("UPDATE observation SET comment = 'relu', modified_at = ? WHERE rowid = 1",
                     (format_stamp(int(time.time() * 1000) + 60_000, 0),))
    code, loaded, output = _start(["merge", str(carnet), str(copy)])
    assert code == 0, output
    assert loaded == [], output
    assert "Mis à jour : 1 observation" in output
    with sqlite3.connect(carnet) as conn:
        assert conn.execute("SELECT comment FROM observation WHERE rowid = 1").fetchone() == ("relu",)
