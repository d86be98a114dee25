"""The works read, on the pupil's period synthesis: the period's works with how and when each was
read and what the pupil said, the year's count against the programme's figure, still one page per
pupil; read back from the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pdfread import contains, page_texts

from progression.operations import AddWork, EditReading, RecordReadings
from progression.reports import export
from progression.service import CarnetService
from progression.works import class_works, readings


def _pages(service: CarnetService, period: int, out: Path) -> dict[str, str]:
    export(service, period, "pdf", out)
    pupils = sorted(service.pupils_in_period(period), key=lambda p: (p.last_name, p.first_name))
    pages = page_texts(out)
    assert len(pages) == len(pupils)  # still one page per pupil
    return {p.id: page for p, page in zip(pupils, pages, strict=True)}


def test_each_pupil_page_lists_the_period_works_and_the_count_against_the_programme(
        demo: CarnetService, tmp_path: Path) -> None:
    pages = _pages(demo, 2, tmp_path / "p2.pdf")
    pupils = {p.id: p for p in demo.pupils()}
    works = {w.id: w for w in class_works(demo)}
    period = demo.period(2)
    for pupil_id, page in pages.items():
        assert "page 1 / 1" in page
        assert contains(page, "Œuvres lues cette période")
        grade = pupils[pupil_id].grade
        assert contains(page, f"repère du programme en {grade} : 5 à 10 œuvres dans l'année")
        block = page.split("Œuvres lues cette période", 1)[1]  # the fluency texts may share a title
        mine = readings(demo, [pupil_id])
        in_period = [r for r in mine if period.contains(r.read_on)]
        for reading in in_period:
            assert contains(block, works[reading.work_id].title)
            assert contains(block, reading.mode_label)
        earlier = {works[r.work_id].title for r in mine if r.read_on < period.starts_on}
        for title in earlier - {works[r.work_id].title for r in in_period}:
            assert not contains(block, title), title  # the period's list only…
        year = len({r.work_id for r in mine if r.read_on <= period.ends_on})
        assert contains(block, f"Depuis la rentrée : {year} œuvre")  # …but the year's count


def test_a_work_ticked_for_six_pupils_prints_on_their_six_pages_with_what_they_said(
        demo: CarnetService, tmp_path: Path) -> None:
    six = [p.id for p in demo.pupils()][:6]
    demo.run(AddWork("Le Bateau de Monsieur Zouglouglou", "Coline Promeyrat", "album"))
    work = class_works(demo)[-1]
    demo.run(RecordReadings(work.id, tuple(six), date(2026, 11, 26), "helped"))
    first = next(r for r in readings(demo, [six[0]]) if r.work_id == work.id)
    demo.run(EditReading(first.id, first.read_on, "helped", "A compté tous les animaux du bateau."))
    pages = _pages(demo, 2, tmp_path / "p2.pdf")
    with_it = {pupil_id for pupil_id, page in pages.items() if contains(page, "Le Bateau de Monsieur Zouglouglou")}
    assert with_it == set(six)
    assert contains(pages[six[0]], "lu avec aide, le 26 novembre 2026 : « A compté tous les animaux du bateau. »")
    assert all("page 1 / 1" in page for page in pages.values())


def test_a_class_without_reading_list_prints_no_works(empty: CarnetService, tmp_path: Path) -> None:
    out = tmp_path / "p1.pdf"
    export(empty, 1, "pdf", out)
    assert not any(contains(page, "Œuvres lues") for page in page_texts(out))
