"""`progression code`: a code mark typed at the command line, as on the page « Code » — for one or
several pupils and correspondences, a step by its rank or its name; a grapheme that stands for two
sounds, an unknown correspondence or step, a date after today and a class without a progression
are refused with a French sentence, nothing recorded."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from progression import code_progression as code
from progression.cli import main
from progression.service import CarnetService

DAY = "20/11/2026"


def _marks(path: Path) -> dict[tuple[str, str], tuple[date, str]]:
    service = CarnetService.open(path, lock=False)
    try:
        units = {u.id: u.name for u in code.units(service)}
        return {(service.pupil(p).first_name, units[u]): (m.observed_on, service.step(m.step_id).short)
                for (p, u), m in code.latest_marks(service).items()}
    finally:
        service.close()


def _pupils(path: Path) -> list[Any]:
    service = CarnetService.open(path, lock=False)
    try:
        return [p for p in service.pupils() if p.grade == "CE1"][:2]
    finally:
        service.close()


def test_marks_for_two_pupils_and_two_correspondences(demo_path: Path, capsys: Any) -> None:
    first, second = _pupils(demo_path)
    before = _marks(demo_path)
    assert main(["code", str(demo_path), "--pupil", f"{first.last_name} {first.first_name}",
                 "--pupil", first.ine or "", "--pupil", second.ine or "",
                 "--unit", "ill", "--unit", "s [z]", "--step", "3", "--date", DAY]) == 0
    out = capsys.readouterr().out
    assert "Relevé du code enregistré le 20/11/2026" in out and "s [z], ill [j] → Atteints" in out
    after = _marks(demo_path)
    marked = {(pupil.first_name, unit) for pupil in (first, second) for unit in ("ill [j]", "s [z]")}
    assert all(after[key] == (date(2026, 11, 20), "Atteints") for key in marked)  # a pupil named twice: once
    assert {k: v for k, v in after.items() if k not in marked} == {k: v for k, v in before.items() if k not in marked}
    # The step by its name, and a new mark of the same day replaces the earlier one.
    assert main(["code", str(demo_path), "--pupil", first.ine or "", "--unit", "ILL", "--step", "partiellement "
                 "atteints", "--date", DAY]) == 0
    assert _marks(demo_path)[(first.first_name, "ill [j]")] == (date(2026, 11, 20), "Partiellement atteints")


def test_what_the_command_cannot_use_is_refused_and_nothing_recorded(demo_path: Path, capsys: Any) -> None:
    first, _ = _pupils(demo_path)
    before = _marks(demo_path)
    who = ["--pupil", first.ine or ""]
    assert main(["code", str(demo_path), *who, "--unit", "s", "--step", "3", "--date", DAY]) == 1
    assert "« s » désigne plusieurs correspondances de la progression (s [s], s [z])" in capsys.readouterr().err
    assert main(["code", str(demo_path), *who, "--unit", "ill", "--unit", "zz", "--step", "3", "--date", DAY]) == 1
    assert "« zz » n'est pas dans la progression du code de la classe" in capsys.readouterr().err
    assert main(["code", str(demo_path), *who, "--unit", "ill", "--step", "7", "--date", DAY]) == 1
    err = capsys.readouterr().err
    assert "« 7 » n'est pas un échelon" in err and "3 (Atteints)" in err
    later = (date.today() + timedelta(days=2)).strftime("%d/%m/%Y")
    assert main(["code", str(demo_path), *who, "--unit", "ill", "--step", "3", "--date", later]) == 1
    assert "est après aujourd'hui" in capsys.readouterr().err
    assert main(["code", str(demo_path), "--pupil", "PERSONNE Inconnu", "--unit", "ill", "--step", "3",
                 "--date", DAY]) == 1
    assert capsys.readouterr().err
    assert _marks(demo_path) == before


def test_a_class_without_a_progression_is_told_where_to_take_one(empty: CarnetService, capsys: Any) -> None:
    path = empty.carnet.path
    empty.close()
    assert main(["code", str(path), "--pupil", "1234567890A", "--unit", "ch", "--step", "3", "--date", DAY]) == 1
    assert "n'a pas encore de progression du code : ouvrez la page « Code »" in capsys.readouterr().err
