"""The pupil's period synthesis shows the latest reading aloud and comprehension grids and the
latest decoding readings, read back from the PDF; still one page; the grids' steps in the table."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from progression.operations import (
    AddFluencyMeasure,
    AddReadingGrid,
    SetObservationsDeleted,
)
from progression.service import CarnetService
from tests.command_line import run_progression
from tests.demo_reading import deleting_demo_reading
from tests.exports.pdfread import contains, page_numbers, page_texts, squeeze


def _levels(**levels: int) -> tuple[tuple[str, int], ...]:
    return tuple(levels.items())


def _without_grids(service: CarnetService, pupil_ids: list[str] | None = None) -> None:
    for operation in deleting_demo_reading(service, pupil_ids):
        service.run(operation)


@pytest.fixture
def graded(demo_path: Path) -> tuple[Path, str, str]:
    """The demo class, one CE1 pupil with two prosody grids (the later one counts), a comprehension
    grid and decoding readings in period 2, and none of the demo's."""
    service = CarnetService.open(demo_path)
    try:
        pupil = next(p for p in service.pupils() if p.grade == "CE1")
        item = service.item_by_code("C2-24-L2-CE1.3")  # « Lire de manière expressive »
        period = service.period(2)
        observed = tuple(o.id for o in service.history(pupil.id, item.id) if period.contains(o.observed_on))
        if observed:
            service.run(SetObservationsDeleted(observed, True))
        _without_grids(service, [pupil.id])
        service.run(AddReadingGrid(pupil.id, date(2026, 11, 6), "prosody",
                                   _levels(phrasing=1, punctuation=1, expressivity=1, flow=1), text_title="Ancien"))
        service.run(AddReadingGrid(pupil.id, date(2026, 11, 20), "prosody",
                                   _levels(phrasing=3, punctuation=4, expressivity=4, flow=2),
                                   text_title="Rascal", prepared=True))
        service.run(AddReadingGrid(pupil.id, date(2026, 11, 21), "comprehension",
                                   _levels(literal=4, inferential=2, justify=3, retell=3), text_title="Le loup"))
        service.run(AddFluencyMeasure(pupil.id, date(2026, 11, 20), 52, 4, 60.0, reading_kind="syllables"))
        service.run(AddFluencyMeasure(pupil.id, date(2026, 11, 20), 25, 1, 60.0, reading_kind="pseudo_words"))
        return demo_path, pupil.id, f"{pupil.first_name} {pupil.last_name}"
    finally:
        service.close()


def test_the_pupil_synthesis_prints_the_latest_grids_and_decoding(graded: tuple[Path, str, str],
                                                                   tmp_path: Path) -> None:
    path, pupil_id, name = graded
    out = tmp_path / "bilan.pdf"
    ran = run_progression("export", str(path), "--period", "2", "--format", "pdf", "--out", str(out),
                          "--pupil", pupil_id)
    assert ran.returncode == 0, ran.stderr
    pages = page_texts(out)
    assert len(pages) == 1 and page_numbers(pages[0]) == (1, 1)  # still one page for the family
    page = pages[0]
    assert name in page
    assert contains(page, "Lecture à voix haute, compréhension et décodage")
    assert contains(page, "Lecture à voix haute 20 novembre 2026 — Rascal, texte préparé")
    assert contains(page, "Groupes de souffle / phrasé : 3/4 · Ponctuation : 4/4 · Expressivité : 4/4 · "
                          "Fluidité / débit : 2/4")
    assert "Ancien" not in page  # only the latest grid of each kind
    assert contains(page, "Compréhension 21 novembre 2026 — Le loup")
    assert contains(page, "Réponses littérales (prélever) : 4/4 · Réponses inférentielles : 2/4")
    assert contains(page, "Syllabes : 48 syllabes/min (20 novembre 2026) · Pseudo-mots : 24 pseudo-mots/min")
    # The objective the prosody grid evidences (here in the families' words) has its step from the
    # latest grid: expressivity 4 → « Dépassés ».
    table = squeeze(page)
    assert squeeze("Lire à voix haute en mettant le ton ★ Dépassés") in table

    if shutil.which("pdftoppm"):  # the page drawn, for a look: nothing overlaps the signatures
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(tmp_path / "page")], check=True)
        assert list(tmp_path.glob("page*.png"))


def test_a_pupil_without_grids_gets_no_empty_block(demo_path: Path, tmp_path: Path) -> None:
    service = CarnetService.open(demo_path)
    try:
        _without_grids(service)
    finally:
        service.close()
    out = tmp_path / "bilans.pdf"
    ran = run_progression("export", str(demo_path), "--period", "2", "--format", "pdf", "--out", str(out))
    assert ran.returncode == 0, ran.stderr
    assert not any(contains(page, "compréhension et décodage") for page in page_texts(out))
