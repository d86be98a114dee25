"""The demo class shows the reading beyond the grid as a newcomer should see it: the default code
progression with a few weeks marked « enseigné », code marks and decoding readings for the CE1
pupils who need them (the weakest readers of the grade), prosody and comprehension grids for most
pupils in periods 1 and 2; nothing after the day it is made; the same class every time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from progression import code_progression as code
from progression.demo import make_demo
from progression.reports import export
from progression.service import CarnetService
from tests.exports.pdfread import contains, page_numbers, page_texts


def _slower_half_of_ce1(service: CarnetService) -> set[str]:
    """The CE1 pupils whose first reading of the year is among the slower half of the grade's."""
    first: dict[str, float] = {}
    for measure in service.fluency():
        first.setdefault(measure.pupil_id, measure.mclm)
    ce1 = sorted((p for p in service.pupils() if p.grade == "CE1"), key=lambda p: first[p.id])
    return {p.id for p in ce1[:len(ce1) // 2]}


def test_the_code_follows_the_ce1_pupils_who_need_it(demo: CarnetService) -> None:
    units = code.units(demo)
    assert [(u.grapheme, u.phoneme) for u in units] == [(s.grapheme, s.phoneme) for s in code.default_units()]
    taught = [u.taught_on for u in units if u.taught_on is not None]
    assert 6 <= len(taught) < len(units)  # a few weeks gone over again, not the whole progression
    assert len({day.isocalendar()[1] for day in taught}) >= 3
    marked = {m.pupil_id for m in code.marks(demo)}
    assert 4 <= len(marked) <= 6
    assert all(demo.pupil(p).grade == "CE1" for p in marked)
    assert marked <= _slower_half_of_ce1(demo)
    # Each of them decodes some correspondences and is still learning others.
    for pupil_id in marked:
        found = code.pupil_code(demo, pupil_id, date(2027, 7, 2))
        assert found is not None and found.decoded and found.learning
    # The same pupils read lists of syllables and of pseudo-words; nobody else does.
    for kind in ("syllables", "pseudo_words"):
        assert {m.pupil_id for m in demo.fluency(kind=kind)} == marked


def test_most_pupils_have_a_prosody_and_a_comprehension_grid_in_periods_1_and_2(demo: CarnetService) -> None:
    grids = demo.reading_grids()
    pupils = demo.pupils()
    for index in (1, 2):
        period = demo.period(index)
        for kind in ("prosody", "comprehension"):
            assessed = {g.pupil_id for g in grids if g.kind == kind and period.contains(g.assessed_on)}
            assert len(assessed) >= 0.7 * len(pupils), (index, kind)
    assert all(demo.period(1).starts_on <= g.assessed_on <= demo.period(2).ends_on for g in grids)
    assert all(1 <= level <= 4 for g in grids for level in g.levels.values())


def test_the_demo_made_on_a_day_has_no_reading_after_it_and_is_the_same_each_time(tmp_path: Path) -> None:
    day = date(2026, 10, 1)
    made = []
    for name in ("a", "b"):
        service = make_demo(tmp_path / f"{name}.carnet", until=day)
        try:
            marks = code.marks(service)
            assert marks and max(m.observed_on for m in marks) <= day
            assert all(u.taught_on is None or u.taught_on <= day for u in code.units(service))
            assert all(g.assessed_on <= day for g in service.reading_grids())
            assert all(m.measured_on <= day for m in service.fluency(kind=None))
            names = {p.id: f"{p.first_name} {p.last_name}" for p in service.pupils()}
            units = {u.id: u.name for u in code.units(service)}
            made.append((sorted((names[m.pupil_id], units[m.unit_id], m.observed_on, service.step(m.step_id).rank)
                                for m in marks),
                         sorted((names[g.pupil_id], g.assessed_on, g.kind, tuple(g.levels.values()))
                                for g in service.reading_grids())))
        finally:
            service.close()
    assert made[0] == made[1]


def test_a_weak_ce1_pupil_s_page_shows_it_all_on_one_page(demo: CarnetService, tmp_path: Path) -> None:
    """The families' synthesis of period 2, read back: still one page per pupil, and the page of a
    pupil followed on the code carries the code, the grids and the decoding readings."""
    out = tmp_path / "p2.pdf"
    export(demo, 2, "pdf", out)
    pupils = sorted(demo.pupils_in_period(2), key=lambda p: (p.last_name, p.first_name))
    pages = page_texts(out)
    assert len(pages) == len(pupils) and all(page_numbers(page) == (1, 1) for page in pages)
    followed = {m.pupil_id for m in code.marks(demo)}
    for pupil, page in zip(pupils, pages, strict=True):
        assert contains(page, "Code — correspondances lettres-sons") == (pupil.id in followed)
        if pupil.id in followed:
            assert contains(page, "Lecture à voix haute, compréhension et décodage")
            assert contains(page, "syllabes/min") and contains(page, "pseudo-mots/min")
            assert contains(page, "Signature des parents")
