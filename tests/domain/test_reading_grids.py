"""Reading aloud and comprehension grids in the core: the criteria as data, the refusals, the step
they give the objectives they evidence, undo, and the decoding readings kept apart from fluency."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from progression import reading_grids
from progression.cli import main
from progression.errors import InvalidInputError
from progression.operations import (
    AddFluencyMeasure,
    AddReadingGrid,
    SetObservationsDeleted,
)
from progression.service import CarnetService
from tests.demo_reading import deleting_demo_reading

DAY = date(2026, 11, 20)
CE1_PUNCTUATION = "C2-24-L2-CE1.2"  # « … en respectant tous les signes de ponctuation et les groupes de souffle »
CE1_EXPRESSIVE = "C2-24-L2-CE1.3"  # « Lire de manière expressive »
CE1_INFERENCES = "C2-24-L3-CE1.4"


def _levels(**levels: int) -> tuple[tuple[str, int], ...]:
    return tuple(levels.items())


PROSODY = _levels(phrasing=3, punctuation=4, expressivity=2, flow=3)
COMPREHENSION = _levels(literal=4, inferential=1, justify=2, retell=3)


def test_every_objective_a_grid_evidences_exists_in_the_frameworks_for_its_grade() -> None:
    frameworks = Path(__file__).parents[2] / "resources" / "frameworks"
    items = {}
    for path in frameworks.glob("*.json"):
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
            items[item["code"]] = item
    for proof in reading_grids.evidence():
        item = items.get(proof.item)
        assert item is not None and item["kind"] == "objective", proof.item
        assert proof.grade in item["grades"], proof
        spec = reading_grids.grid(proof.kind)
        assert proof.criteria and all(spec.criterion(c) for c in proof.criteria), proof
    for spec in reading_grids.grids():
        assert not spec.verified and spec.source  # the wording is the app's, and says so
        assert all(len(c.levels) == 4 for c in spec.criteria)


def test_the_rule_from_a_mean_level_to_a_step() -> None:
    assert [reading_grids.step_index(mean, 4) for mean in (1.0, 1.4, 1.5, 2.4, 2.5, 3.4, 3.5, 4.0)] == \
        [0, 0, 1, 1, 2, 2, 3, 3]
    assert [reading_grids.step_index(mean, 3) for mean in (1.0, 2.5, 4.0)] == [0, 1, 2]


def test_a_grid_with_a_criterion_missing_or_a_level_out_of_range_is_refused(demo: CarnetService) -> None:
    pupil = next(p for p in demo.pupils() if p.grade == "CE1")
    before = len(demo.reading_grids())
    with pytest.raises(InvalidInputError, match=r"Choisissez un niveau .* « Expressivité »"):
        demo.run(AddReadingGrid(pupil.id, DAY, "prosody", _levels(phrasing=3, punctuation=4, flow=2)))
    with pytest.raises(InvalidInputError, match="doit être 1, 2, 3 ou 4"):
        demo.run(AddReadingGrid(pupil.id, DAY, "comprehension", _levels(literal=5, inferential=1, justify=2,
                                                                        retell=3)))
    with pytest.raises(InvalidInputError, match="n'a pas de critère « volume »"):
        demo.run(AddReadingGrid(pupil.id, DAY, "prosody", (*PROSODY, ("volume", 2))))
    with pytest.raises(InvalidInputError, match="pas une grille connue"):
        demo.run(AddReadingGrid(pupil.id, DAY, "spelling", PROSODY))
    with pytest.raises(InvalidInputError):  # a day outside the school year
        demo.run(AddReadingGrid(pupil.id, date(2020, 1, 6), "prosody", PROSODY))
    assert len(demo.reading_grids()) == before


def _row(service: CarnetService, pupil_id: str, code: str) -> Any:
    item = service.item_by_code(code)
    return next((r for r in service.synthesis(2) if r.pupil_id == pupil_id and r.item_id == item.id), None)


def _unobserved(service: CarnetService, pupil_id: str, *codes: str) -> None:
    period = service.period(2)
    for code in codes:
        item = service.item_by_code(code)
        observed = tuple(o.id for o in service.history(pupil_id, item.id) if period.contains(o.observed_on))
        if observed:
            service.run(SetObservationsDeleted(observed, True))


def _without_grids(service: CarnetService, pupil_id: str) -> None:
    for operation in deleting_demo_reading(service, [pupil_id]):
        service.run(operation)


def test_the_grids_give_the_objectives_they_evidence_a_step_and_undo_takes_it_back(demo: CarnetService) -> None:
    pupil = next(p for p in demo.pupils() if p.grade == "CE1")
    _unobserved(demo, pupil.id, CE1_PUNCTUATION, CE1_EXPRESSIVE, CE1_INFERENCES)
    _without_grids(demo, pupil.id)
    before = _row(demo, pupil.id, CE1_PUNCTUATION)
    assert before is None or before.computed_rank is None

    demo.run(AddReadingGrid(pupil.id, DAY, "prosody", PROSODY, text_title="Rascal"))
    punctuation = _row(demo, pupil.id, CE1_PUNCTUATION)  # phrasing 3 and punctuation 4: mean 3.5
    assert punctuation.from_grid == "prosody" and punctuation.rank == 4  # « Dépassés »
    assert _row(demo, pupil.id, CE1_EXPRESSIVE).rank == 2  # expressivity 2: « Partiellement atteints »
    demo.run(AddReadingGrid(pupil.id, DAY, "comprehension", COMPREHENSION))
    assert _row(demo, pupil.id, CE1_INFERENCES).rank == 1
    # A later grid is the one that counts.
    demo.run(AddReadingGrid(pupil.id, DAY, "prosody", _levels(phrasing=2, punctuation=3, expressivity=3, flow=3)))
    assert _row(demo, pupil.id, CE1_PUNCTUATION).rank == 3  # mean 2.5: « Atteints »
    assert _row(demo, pupil.id, CE1_EXPRESSIVE).rank == 3

    demo.undo()
    assert _row(demo, pupil.id, CE1_PUNCTUATION).rank == 4
    # What the teacher observed on the objective wins over the grid.
    from progression.operations import RecordObservations

    item = demo.item_by_code(CE1_PUNCTUATION)
    demo.run(RecordObservations(((pupil.id, item.id),), demo.step_by_rank(1).id, DAY))
    row = _row(demo, pupil.id, CE1_PUNCTUATION)
    assert row.from_grid == "" and row.rank == 1
    saved = [g for g in demo.reading_grids([pupil.id]) if g.kind == "prosody"]
    assert saved[-1].levels == dict(PROSODY) and saved[-1].text_title == "Rascal"


def test_decoding_readings_are_kept_apart_from_the_fluency(demo: CarnetService) -> None:
    pupil = next(p for p in demo.pupils() if p.grade == "CE1")
    _without_grids(demo, pupil.id)
    texts = len(demo.fluency([pupil.id]))
    demo.run(AddFluencyMeasure(pupil.id, DAY, 45, 3, 60.0, text_title="Syllabes CVC", reading_kind="syllables"))
    demo.run(AddFluencyMeasure(pupil.id, DAY, 20, 2, 60.0, reading_kind="pseudo_words"))
    assert len(demo.fluency([pupil.id])) == texts  # never in the fluency curve nor its targets
    syllables = demo.fluency([pupil.id], kind="syllables")
    assert [(m.mclm, m.kind) for m in syllables] == [(42.0, "syllables")]
    assert [m.mclm for m in demo.fluency([pupil.id], kind="pseudo_words")] == [18.0]
    assert len(demo.fluency([pupil.id], kind=None)) == texts + 2
    with pytest.raises(InvalidInputError, match="Aucun élément lu"):
        demo.run(AddFluencyMeasure(pupil.id, DAY, 0, 0, 60.0, reading_kind="syllables"))
    with pytest.raises(InvalidInputError, match="pas une lecture chronométrée connue"):
        demo.run(AddFluencyMeasure(pupil.id, DAY, 10, 0, 60.0, reading_kind="letters"))


def test_a_fast_syllable_reading_does_not_give_the_speed_objective_a_step(demo: CarnetService) -> None:
    pupil = next(p for p in demo.pupils() if p.grade == "CE1")
    _unobserved(demo, pupil.id, "C2-24-L2-CE1.1")
    demo.run(AddFluencyMeasure(pupil.id, date(2026, 11, 2), 30, 0, 60.0))  # a slow text reading
    demo.run(AddFluencyMeasure(pupil.id, DAY, 120, 0, 60.0, reading_kind="syllables"))  # later, fast syllables
    row = _row(demo, pupil.id, "C2-24-L2-CE1.1")
    assert row.from_readings and row.rank == 1  # the text reading, 30 against 70


def test_the_command_line_records_syllables_and_pseudo_words(demo_path: Path, capsys: Any) -> None:
    service = CarnetService.open(demo_path, lock=False)
    pupil = next(p for p in service.pupils() if p.grade == "CE1" and p.ine)
    _without_grids(service, pupil.id)
    texts = len(service.fluency([pupil.id]))
    service.close()
    assert main(["fluency", str(demo_path), pupil.ine or "", "--words", "50", "--errors", "2", "--date",
                 "20/11/2026", "--kind", "syllabes", "--text", "Liste 3"]) == 0
    assert "48 syllabes/min" in capsys.readouterr().out
    assert main(["fluency", str(demo_path), pupil.ine or "", "--words", "30", "--date", "20/11/2026",
                 "--kind", "pseudo-mots"]) == 0
    assert "30 pseudo-mots/min" in capsys.readouterr().out
    with pytest.raises(SystemExit) as usage:  # a wrong --kind is a usage error, said with the choices
        main(["fluency", str(demo_path), pupil.ine or "", "--words", "30", "--kind", "lettres"])
    assert usage.value.code == 2 and "syllabes" in capsys.readouterr().err
    service = CarnetService.open(demo_path, lock=False)
    try:
        assert len(service.fluency([pupil.id])) == texts
        assert [(m.text_title, m.mclm) for m in service.fluency([pupil.id], kind="syllables")] == [("Liste 3", 48.0)]
        assert len(service.fluency([pupil.id], kind="pseudo_words")) == 1
    finally:
        service.close()


def test_the_command_line_records_a_grid_with_the_app_s_checks(demo_path: Path, capsys: Any) -> None:
    service = CarnetService.open(demo_path, lock=False)
    pupil = next(p for p in service.pupils() if p.grade == "CE1" and p.ine)
    _without_grids(service, pupil.id)
    before = len(service.reading_grids())
    service.close()
    name = f"{pupil.last_name} {pupil.first_name}"
    assert main(["reading-grid", str(demo_path), name, "--grid", "voix-haute", "--levels", "3,4,2",
                 "--date", "20/11/2026"]) == 1
    err = capsys.readouterr().err
    assert "donnez 4 niveaux de 1 à 4" in err and "Groupes de souffle / phrasé, Ponctuation" in err
    assert main(["reading-grid", str(demo_path), name, "--grid", "comprehension", "--levels", "4,1,2,5",
                 "--date", "20/11/2026"]) == 1
    assert main(["reading-grid", str(demo_path), name, "--grid", "voix-haute", "--levels", "3,4,2,3",
                 "--date", "20/11/2026", "--text", "Rascal"]) == 0
    out = capsys.readouterr().out
    assert "Grille de lecture à voix haute enregistrée pour" in out and "Ponctuation 4/4" in out
    assert main(["synthesis", str(demo_path), "--period", "2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["results"]
    service = CarnetService.open(demo_path, lock=False)
    try:
        assert len(service.reading_grids()) == before + 1
        assert [g.levels for g in service.reading_grids([pupil.id])] == [dict(PROSODY)]
        expressive = service.item_by_code(CE1_EXPRESSIVE)
        observed = any(service.period(2).contains(o.observed_on) for o in service.history(pupil.id, expressive.id))
    finally:
        service.close()
    row = next(r for r in rows if r["pupil_id"] == pupil.id and r["item"] == CE1_EXPRESSIVE)
    assert row["from_grid"] == ("" if observed else "prosody")
    if not observed:
        assert row["step"] == 2  # expressivity 2: « Partiellement atteints »
