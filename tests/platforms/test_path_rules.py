"""Windows' rules for file names, checked on every system (a carnet or a document travels on a USB
key to a Windows computer): reserved device names, trailing dots and spaces, forbidden characters,
names that differ only by case; the 260-character path where Windows' rules apply (simulated here)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import exports.safe as safe
from exports.safe import WINDOWS_MAX_PATH, file_name_problem, safe_filename
from progression.backup import make_backup
from progression.errors import ProgressionError
from tests.command_line import run_progression


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("CON.pdf", "« CON » est un nom réservé par Windows"),
        ("con .carnet", "« CON » est un nom réservé par Windows"),
        ("aux", "« AUX » est un nom réservé"),
        ("Nul.tar.gz", "« NUL » est un nom réservé"),
        ("COM1.xlsx", "« COM1 » est un nom réservé"),
        ("lpt9.xml", "« LPT9 » est un nom réservé"),
        ("prn.carnet", "« PRN » est un nom réservé"),
        ("Bilan T1.", "se termine par un point ou une espace"),
        ("Bilan T1.pdf ", "se termine par un point ou une espace"),
        ("CE1: période 1.pdf", "contient « : », que Windows refuse"),
        ('bilan "final"?.pdf', "contient « \" », « ? », que Windows refuse"),
        ("bilan\tT1.pdf", "contient un caractère invisible"),
        ("a|b<c>.pdf", "« < », « > », « | »"),
        ("x" * 252 + ".pdf", "fait 256 caractères : raccourcissez-le à 255 au plus"),
        (" . ", "Donnez un nom au fichier."),
    ],
)
def test_names_windows_refuses_are_explained(tmp_path: Path, name: str, says: str) -> None:
    problem = file_name_problem(tmp_path / name, windows=False)
    assert problem is not None and says in problem
    assert problem.endswith((".", "».")) and "\n" not in problem


@pytest.mark.parametrize("name", ["CONTE.pdf", "Console.xlsx", "COM10.pdf", "bilan CE1 — période 1.pdf",
                                  "Élèves de Noé.carnet", "ma-classe.carnet", "AUXERRE.csv", ".cache.pdf"])
def test_ordinary_names_pass(tmp_path: Path, name: str) -> None:
    assert file_name_problem(tmp_path / name, windows=True) is None


def test_the_whole_path_is_held_to_windows_260_characters(tmp_path: Path) -> None:
    folder = tmp_path / ("dossier-" + "x" * 40)
    room = WINDOWS_MAX_PATH - len(os.path.abspath(folder / "a")) + 1  # characters left for a name
    fits = folder / ("b" * (room - 4) + ".pdf")
    too_long = folder / ("b" * (room - 3) + ".pdf")
    assert len(os.path.abspath(fits)) == WINDOWS_MAX_PATH
    assert file_name_problem(fits, windows=True) is None
    problem = file_name_problem(too_long, windows=True)
    assert problem is not None and f"trop long pour Windows ({WINDOWS_MAX_PATH + 1} caractères, 259 au plus)" in problem
    assert file_name_problem(too_long, windows=False) is None  # Linux and macOS take it
    # A carnet needs room for the "-journal" SQLite writes beside it.
    assert "trop long" in (file_name_problem(fits, windows=True, reserve=len("-journal")) or "")


def test_a_name_differing_only_by_case_from_a_file_there(tmp_path: Path) -> None:
    (tmp_path / "CE1 bilan.pdf").write_bytes(b"%PDF")
    problem = file_name_problem(tmp_path / "ce1 BILAN.pdf", windows=False)
    assert problem is not None and "« CE1 bilan.pdf », qui ne diffère de « ce1 BILAN.pdf » que par les majuscules" \
        in problem
    assert file_name_problem(tmp_path / "CE1 bilan.pdf", windows=False) is None  # the same name: replacing it


def test_on_a_case_insensitive_disk_both_spellings_are_one_file(tmp_path: Path) -> None:
    # Simulated with a hard link: both names reach one file, as "CE1.pdf" and "ce1.pdf" do on NTFS or APFS.
    (tmp_path / "CE1.pdf").write_bytes(b"%PDF")
    os.link(tmp_path / "CE1.pdf", tmp_path / "ce1.pdf")
    assert file_name_problem(tmp_path / "ce1.pdf", windows=True) is None


def test_names_made_from_pupils_are_never_refused(tmp_path: Path) -> None:
    for raw in ("CON", "con .", "Nul", "a:b?", "Noé.  ", "x" * 300, "COM3 . "):
        made = safe_filename(raw)
        assert file_name_problem(tmp_path / (made + ".pdf"), windows=True) is None, (raw, made)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The teacher's folder, apart from the test's data folder."""
    made = tmp_path / "documents"
    made.mkdir()
    return made


def test_cli_new_refuses_a_reserved_name_and_creates_nothing(folder: Path) -> None:
    ran = run_progression("new", folder / "CON.carnet", "--class", "CE1", "--year", "2026-2027")
    assert ran.returncode == 1
    assert ran.stderr.startswith("« CON » est un nom réservé par Windows") and ran.stderr.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_cli_export_refuses_a_name_with_a_colon(folder: Path) -> None:
    carnet = folder / "classe.carnet"
    assert run_progression("demo", carnet, "--pupils", "4").returncode == 0
    before = sorted(p.name for p in folder.iterdir())
    ran = run_progression("export", carnet, "--period", "1", "--format", "csv", "--out", folder / "CE1: T1.csv")
    assert ran.returncode == 1 and "contient « : », que Windows refuse" in ran.stderr
    assert sorted(p.name for p in folder.iterdir()) == before


def test_cli_export_path_too_long_on_windows(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe, "ON_WINDOWS", True)
    carnet = folder / "classe.carnet"
    assert run_progression("demo", carnet, "--pupils", "4").returncode == 0
    deep = folder / ("d" * 200)
    deep.mkdir()
    ran = run_progression("export", carnet, "--period", "1", "--format", "xlsx", "--out", deep / ("g" * 60 + ".xlsx"))
    assert ran.returncode == 1 and "est trop long pour Windows" in ran.stderr
    assert list(deep.iterdir()) == []


def test_a_copy_of_the_carnet_under_a_reserved_name_is_refused(folder: Path) -> None:
    carnet = folder / "classe.carnet"
    assert run_progression("demo", carnet, "--pupils", "4").returncode == 0
    with pytest.raises(ProgressionError, match="« NUL » est un nom réservé"):
        make_backup(carnet, reason="copie", target=folder / "nul.carnet")
    assert not (folder / "nul.carnet").exists()
