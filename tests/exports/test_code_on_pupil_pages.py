"""The code on the pupil's period synthesis: the correspondences decoded and those being learnt, in
the class's order, read back from the PDF `progression export` writes; the objective's step from the
grid on the same page, which still fits on one page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from progression import code_progression as code
from progression.cli import main
from progression.operations import MarkCode, PupilFields, SeedCodeProgression
from progression.service import CarnetService, NewClass


def test_the_pupils_page_says_what_is_decoded_and_what_is_being_learnt(tmp_path: Path) -> None:
    path = tmp_path / "cp.carnet"
    service = CarnetService.create(path, NewClass(label="CP A", teacher="Mme Test", grades=("CP",)),
                                   [PupilFields("Martin", "Léo", "CP"), PupilFields("Durand", "Inès", "CP")])
    service.run(SeedCodeProgression(code.default_units()))
    units = code.units(service)
    leo = next(p.id for p in service.pupils() if p.first_name == "Léo")
    service.run(MarkCode(tuple((leo, u.id) for u in units[:14]), service.step_by_rank(3).id, date(2026, 10, 5)))
    service.run(MarkCode(tuple((leo, u.id) for u in units[14:16]), service.step_by_rank(2).id, date(2026, 10, 6)))
    service.run(MarkCode(((leo, units[16].id),), service.step_by_rank(1).id, date(2026, 10, 6)))
    service.close()
    out = tmp_path / "bilans.pdf"
    assert main(["export", str(path), "--period", "1", "--format", "pdf", "--out", str(out)]) == 0
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages]
    assert len(pages) == 2  # one page each
    ines, leo_page = pages
    assert "Léo Martin" in leo_page and "Code — correspondances lettres-sons" in leo_page
    assert "Sues (14) : a [a], i [i], o [o]" in leo_page and "n [n]" in leo_page
    assert "En cours (3) : ch [ʃ], j [ʒ], p [p]" in leo_page
    assert "« Atteints » ou mieux" in leo_page
    # « 12 à 15 sons » reached from the grid: 14 decoded of 12.
    twelve = leo_page.index("Connaître 12 à 15 sons simples")
    assert "● Atteints" in leo_page[twelve:twelve + 200]
    assert "Inès Durand" in ines and "Code —" not in ines  # no marks, no block
