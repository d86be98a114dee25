"""The command line as a script would use it: shapes of the JSON, exit codes, French errors."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.command_line import Ran, run_progression


def run(*args: str, cwd: Path | None = None) -> Ran:
    return run_progression(*args, cwd=cwd)


def run_real(*args: str) -> subprocess.CompletedProcess[str]:
    """A real ``python -m progression``: the contract end to end (exit status, stderr, no traceback)."""
    return subprocess.run([sys.executable, "-m", "progression", *args], capture_output=True, text=True,
                          env=os.environ.copy(), check=False)


def test_new_then_info(tmp_path: Path) -> None:
    path = tmp_path / "x.carnet"
    result = run_real("new", str(path), "--class", "CP-CE1", "--grades", "CP,CE1", "--periods", "3")
    assert result.returncode == 0, result.stderr
    info = json.loads(run_real("info", str(path), "--json").stdout)
    assert info["class"]["label"] == "CP-CE1"
    assert [p["label"] for p in info["periods"]] == ["Trimestre 1", "Trimestre 2", "Trimestre 3"]
    again = run_real("new", str(path), "--class", "CP")
    assert again.returncode == 1 and "existe déjà" in again.stderr and "Traceback" not in again.stderr


def test_demo_info_items_synthesis_json(demo_path: Path) -> None:
    info = json.loads(run("info", str(demo_path), "--json").stdout)
    assert info["schema"] == "0002"
    assert 20 <= info["counts"]["pupils"] <= 28
    assert info["counts"]["observations"] > 1000
    assert info["counts"]["fluency_measures"] >= info["counts"]["pupils"] * 5
    assert {"index", "label", "start", "end"} <= set(info["periods"][0])
    steps = info["scale"]["steps"]
    assert [s["short"] for s in steps if s["counts"]] == [
        "Non atteints",
        "Partiellement atteints",
        "Atteints",
        "Dépassés",
    ]
    assert all(s["value"] is None for s in steps if not s["counts"])
    pupil = info["pupils"][0]
    assert {"id", "last_name", "first_name", "birth_date", "grade", "ine"} <= set(pupil)

    items = json.loads(run("items", str(demo_path), "--json").stdout)
    assert {"code", "label", "kind", "parent", "grades", "lsu_code"} <= set(items[0])
    assert any(i["label"] == "Lire à voix haute" for i in items)

    synthesis = json.loads(run("synthesis", str(demo_path), "--period", "1", "--json").stdout)
    assert synthesis["period"] == 1 and synthesis["rule"] == "weighted_geometric"
    rows = synthesis["results"]
    assert rows and {"pupil_id", "item", "step", "score", "overridden"} <= set(rows[0])
    assert all(r["step"] in (1, 2, 3, 4) for r in rows if r["score"] is not None)
    assert any(r["overridden"] for r in rows)
    assert any(r.get("kind") == "competency" and r["rollup"] for r in rows)

    last = json.loads(run("synthesis", str(demo_path), "--period", "1", "--rule", "last", "--json").stdout)
    assert last["rule"] == "last"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["info", "{missing}"], "n'existe pas"),
        (["info", "{text}"], "pas un carnet"),
        (["synthesis", "{demo}", "--period", "9"], "La période 9 n'existe pas"),
        (["synthesis", "{demo}", "--period", "1", "--window", "0"], ""),
    ],
)
def test_bad_input_exits_1_with_one_french_sentence(
    tmp_path: Path, demo_path: Path, args: list[str], message: str
) -> None:
    text = tmp_path / "notes.carnet"
    text.write_text("ceci n'est pas un carnet", encoding="utf-8")
    values = {"missing": str(tmp_path / "absent.carnet"), "text": str(text), "demo": str(demo_path)}
    result = run(*[a.format(**values) for a in args])
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert message in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_wrong_usage_exits_2() -> None:
    assert run_real("synthesis").returncode == 2
    assert run("info").returncode == 2


def test_check_and_backup(demo_path: Path, tmp_path: Path) -> None:
    assert run("check", str(demo_path)).returncode == 0
    folder = tmp_path / "sauvegardes"
    folder.mkdir()
    result = run("backup", str(demo_path), "--to", str(folder))
    assert result.returncode == 0, result.stderr
    (backup,) = folder.glob("*.carnet")
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM observation").fetchone()[0] > 1000
    conn.close()
    damaged = tmp_path / "abime.carnet"
    damaged.write_bytes(demo_path.read_bytes()[:8192])
    result = run("check", str(damaged))
    assert result.returncode == 1 and "endommagé" in result.stderr


def _write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_import_observations(demo_path: Path, tmp_path: Path) -> None:
    info = json.loads(run("info", str(demo_path), "--json").stdout)
    p = info["pupils"][0]
    before = info["counts"]["observations"]
    name = f"{p['last_name'].upper()} {p['first_name']}"
    item = f"C2-24-L1-{p['grade']}.1"
    csv_file = _write_csv(
        tmp_path / "obs.csv",
        "eleve;item;echelon;date;commentaire\r\n"
        f"{p['ine']};{item};3;14/10/2026;Très bien\r\n"
        f"{name};{item};Partiellement atteints;2026-10-15;\r\n",
        "cp1252",
    )
    result = run("import-observations", str(demo_path), str(csv_file))
    assert result.returncode == 0, result.stderr
    after = json.loads(run("info", str(demo_path), "--json").stdout)["counts"]["observations"]
    assert after == before + 2


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Personne Inconnue;{item};3;14/10/2026;", "ligne 3 : élève « Personne Inconnue » inconnu"),
        ("{ine};ZZZ-99;3;14/10/2026;", "ligne 3 : item « ZZZ-99 » inconnu"),
        ("{ine};{item};7;14/10/2026;", "ligne 3 : l'échelon 7 n'existe pas"),
        ("{ine};{item};3;14/10/2031;", "hors de l'année scolaire"),
        ("{ine};{item};3;31/02/2027;", "ligne 3 : la date « 31/02/2027 » n’existe pas"),
        ("{ine};{item};3;10/14/2026;", "si elle est écrite mois/jour, écrivez-la 14/10/2026"),
        ("{ine};{item};3;;", "ligne 3 : la date manque"),
    ],
)
def test_import_observations_bad_lines_change_nothing(
    demo_path: Path, tmp_path: Path, line: str, message: str
) -> None:
    info = json.loads(run("info", str(demo_path), "--json").stdout)
    p = info["pupils"][0]
    item = f"C2-24-L1-{p['grade']}.1"
    good = f"{p['ine']};{item};3;14/10/2026;ok"
    bad = line.format(ine=p["ine"], item=item)
    csv_file = _write_csv(tmp_path / "obs.csv", f"eleve;item;echelon;date;commentaire\n{good}\n{bad}\n")
    before = demo_path.read_bytes()
    result = run("import-observations", str(demo_path), str(csv_file))
    assert result.returncode == 1
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    after = json.loads(run("info", str(demo_path), "--json").stdout)
    assert after["counts"]["observations"] == info["counts"]["observations"]
    assert len(before) > 0


def test_observations_from_a_spreadsheet_with_a_title_are_one_undoable_action(empty, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from progression.importers.observations import import_operation, read_observations

    pupil = empty.pupils()[0]
    item = next(i for i in empty.items([pupil.grade]) if i.kind == "objective")
    book = Workbook()
    sheet = book.active
    sheet.append(["Observations de la période 1"])  # a title above the header, as teachers write
    sheet.append(["Élève", "Item", "Échelon", "Date", "Commentaire"])
    sheet.append([pupil.ine or f"{pupil.last_name} {pupil.first_name}", item.code, "Atteints", date(2026, 10, 5), ""])
    sheet.append([f"{pupil.first_name} {pupil.last_name}", item.code, 2, "06/10/2026", "relu"])
    book.save(tmp_path / "obs.xlsx")
    observations = read_observations(empty, tmp_path / "obs.xlsx")
    assert len(observations) == 2
    empty.run(import_operation(empty, observations))
    seen = [(o.observed_on, empty.step(o.step_id).rank, o.comment) for o in empty.observations()]
    assert seen == [(date(2026, 10, 5), 3, ""), (date(2026, 10, 6), 2, "relu")]
    assert empty.undo_kind() == ("import_observations", 2)
    empty.undo()
    assert empty.observations() == []


def test_homonyms_must_be_named_by_ine(empty, tmp_path: Path) -> None:
    from progression.importers.observations import import_operation, read_observations
    from progression.operations import PupilFields, SavePupil

    empty.run(SavePupil(PupilFields("Martin", "Lucas", "CE2", ine="9876543210B")))
    item = next(i for i in empty.items(["CE1"]) if i.kind == "objective")
    csv_file = _write_csv(
        tmp_path / "o.csv", f"eleve,item,echelon,date\nMARTIN Lucas,{item.code},3,05/10/2026\n"
    )
    from progression.errors import InvalidInputError

    with pytest.raises(InvalidInputError, match="plusieurs élèves s'appellent « MARTIN Lucas »"):
        read_observations(empty, csv_file)
    csv_file = _write_csv(
        tmp_path / "o.csv", f"eleve,item,echelon,date\n1234567890A,{item.code},3,05/10/2026\n"
    )
    observations = read_observations(empty, csv_file)
    assert len(observations) == 1
    empty.run(import_operation(empty, observations))
    assert len(empty.observations()) == 1


def test_every_subcommand_reaches_the_command_line_not_the_app() -> None:
    """The ``progression`` launcher hands known subcommands to the CLI before importing Qt."""
    import argparse

    from progression.cli import COMMANDS, build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(COMMANDS)


def test_a_call_builds_only_its_own_subcommand_and_still_says_what_is_wrong(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``progression merge …`` builds the merge's parser alone (the others cost every call); its
    usage errors are still the French ones, and ``--help`` still lists every subcommand."""
    import argparse

    from progression.cli import COMMANDS, build_parser, main

    parser = build_parser("merge")
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == {"merge"}
    args = parser.parse_args(["merge", "classe.carnet", "copie.carnet", "--dry-run"])
    assert (args.carnet, args.copy, args.dry_run) == ("classe.carnet", "copie.carnet", True)
    with pytest.raises(SystemExit) as stopped:
        main(["merge", "classe.carnet"])
    assert stopped.value.code == 2
    assert "Erreur d'utilisation" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    assert all(command in listed for command in COMMANDS)
