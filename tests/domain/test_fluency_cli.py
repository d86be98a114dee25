"""A timed reading typed at the command line: the app's checks, the prepared flag, and the step the
grade's speed objective takes from the readings."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from progression.cli import main
from progression.fluency import reading_level
from progression.service import CarnetService


def _pupil(path: Path) -> tuple[str, str, str]:
    service = CarnetService.open(path, lock=False)
    try:
        pupil = next(p for p in service.pupils() if p.grade == "CE1" and p.ine)
        return pupil.id, pupil.ine or "", f"{pupil.last_name} {pupil.first_name}"
    finally:
        service.close()


def test_a_reading_without_words_is_refused_and_nothing_is_written(demo_path: Path, capsys: Any) -> None:
    _, ine, _ = _pupil(demo_path)
    before = CarnetService.open(demo_path, lock=False)
    count = len(before.fluency())
    before.close()
    assert main(["fluency", str(demo_path), ine, "--words", "0", "--date", "20/11/2026"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Aucun mot lu") and "Traceback" not in err
    assert main(["fluency", str(demo_path), ine, "--words", "3", "--errors", "5", "--date", "20/11/2026"]) == 1
    assert "plus d'erreurs que de mots" in capsys.readouterr().err
    assert main(["fluency", str(demo_path), ine, "--words", "50", "--date", "01/01/2099"]) == 1
    assert "après aujourd'hui" in capsys.readouterr().err
    after = CarnetService.open(demo_path, lock=False)
    assert len(after.fluency()) == count
    after.close()


def test_prepared_and_cold_readings_and_the_speed_objective(demo_path: Path, capsys: Any) -> None:
    pupil_id, ine, name = _pupil(demo_path)
    assert main(["fluency", str(demo_path), name, "--words", "51", "--errors", "1", "--date", "19/11/2026",
                 "--text", "Rascal (préparé)", "--prepared"]) == 0
    assert "50 MCLM (texte préparé)" in capsys.readouterr().out
    assert main(["fluency", str(demo_path), ine, "--words", "74", "--errors", "2", "--date", "20/11/2026",
                 "--text", "Monsieur Petit (à froid)"]) == 0
    assert "72 MCLM (texte lu sans préparation)" in capsys.readouterr().out
    service = CarnetService.open(demo_path, lock=False)
    try:
        readings = service.fluency([pupil_id])
        saved = {m.text_title: m for m in readings}
        assert saved["Rascal (préparé)"].prepared and saved["Rascal (préparé)"].measured_on == date(2026, 11, 19)
        assert not saved["Monsieur Petit (à froid)"].prepared
        period = service.period(2)
        latest = [m for m in readings if period.contains(m.measured_on) and not m.prepared][-1]
        item = service.item_by_code("C2-24-L2-CE1.1")
        observed = any(service.period(2).contains(o.observed_on) for o in service.history(pupil_id, item.id))
    finally:
        service.close()
    assert main(["synthesis", str(demo_path), "--period", "2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["results"]
    row = next(r for r in rows if r["pupil_id"] == pupil_id and r["item"] == "C2-24-L2-CE1.1")
    # Observed directly this period: what the teacher recorded counts; otherwise the latest reading (72 ≥ 70).
    assert row["from_readings"] is (not observed)
    if not observed:  # the latest cold reading of the period against CE1's 70
        assert row["step"] == 1 + reading_level(latest.mclm, 70, 4)
