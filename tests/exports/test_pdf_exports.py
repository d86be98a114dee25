"""PDF exports read back: every pupil, every label, names in every script, page breaks."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import subprocess
from pathlib import Path

import pytest
from pdfread import contains, page_numbers, page_texts
from sample_reports import (
    CLASS_NAMES,
    FAMILY,
    HOSTILE_NAMES,
    LONG_LABEL,
    MULTI_SCRIPT,
    make_period_report,
    many_objectives,
)

from exports import ExportError
from exports.class_pages import grid_columns, split_columns
from exports.pdf import write_class_summary, write_pupil_syntheses, write_pupil_syntheses_per_file
from exports.report import Mark, PeriodReport, PupilReport
from exports.shades import print_fill


def _pupil_pages(texts: list[str]) -> list[list[str]]:
    """Pages grouped per pupil using the per-pupil footer numbering."""
    groups: list[list[str]] = []
    for text in texts:
        page, _ = page_numbers(text)
        if page == 1:
            groups.append([])
        groups[-1].append(text)
    return groups


def test_pupil_syntheses_one_page_per_pupil(period_report: PeriodReport, tmp_path: Path) -> None:
    path = write_pupil_syntheses(period_report, tmp_path / "syntheses.pdf")
    texts = page_texts(path)
    assert len(texts) == len(period_report.pupils) == 24
    for pupil, page in zip(period_report.pupils, texts, strict=True):
        assert page_numbers(page) == (1, 1)
        assert contains(page, f"{pupil.label} — {pupil.grade}")
        # The objectives observed this period are listed; those not observed yet are counted.
        waiting = 0
        for item in pupil.items:
            if item.kind == "objective" and pupil.mark(item.code).step is None:
                waiting += 1
                assert not contains(page, item.label), (pupil.label, item.code)
            else:
                assert contains(page, item.label), (pupil.label, item.code)
        objectives = sum(1 for item in pupil.items if item.kind == "objective")
        if waiting:
            assert contains(page, f"{waiting} objectif{'s' if waiting > 1 else ''} sur {objectives}")
        assert page.count("non évalué") <= 1 + sum(1 for item in pupil.items if item.kind != "objective")
        assert contains(page, "Signature des parents")
        assert contains(page, "Édité le 28 novembre 2026")


def test_family_wording_and_plain_words_for_parents(period_report: PeriodReport, tmp_path: Path) -> None:
    """The parents' wording of an objective replaces the official one when asked for, the rule
    is said in plain words, and no professional jargon is printed."""
    family = dataclasses.replace(period_report, wording="family",
                                 header=dataclasses.replace(period_report.header,
                                                            rule_plain="ce qui compte le plus, ce sont les "
                                                                       "observations les plus récentes"))
    pupil = next(p for p in family.pupils if p.mark("CE2.LEC.1.1").step is not None)
    text = "\n".join(page_texts(write_pupil_syntheses(family, tmp_path / "famille.pdf", pupils=[pupil.key])))
    assert contains(text, FAMILY["CE2.LEC.1.1"]) and not contains(text, "Avoir automatisé toutes les CGP")
    assert contains(text, "ce qui compte le plus, ce sont les observations les plus récentes")
    assert contains(text, "mots simples")
    for jargon in ("CGP", "anaphorique", "pondérée", "1, 2, 4, 8", period_report.header.rule_label):
        assert jargon not in text, jargon
    official = "\n".join(page_texts(write_pupil_syntheses(period_report, tmp_path / "ecole.pdf", pupils=[pupil.key])))
    assert contains(official, "Avoir automatisé toutes les CGP") and not contains(official, FAMILY["CE2.LEC.1.1"])


def test_multi_script_names_print_exactly(period_report: PeriodReport, tmp_path: Path) -> None:
    path = write_pupil_syntheses(period_report, tmp_path / "syntheses.pdf")
    text = "\n".join(page_texts(path))
    for name in MULTI_SCRIPT:
        assert name in text
    assert "■" not in text
    if shutil.which("pdftotext"):
        extracted = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                                   check=True, text=True).stdout
        for name in MULTI_SCRIPT:
            assert name in extracted
        assert "■" not in extracted


def test_marks_are_readable_in_black_and_white(period_report: PeriodReport, tmp_path: Path) -> None:
    pupil = period_report.pupils[0]
    path = write_pupil_syntheses(period_report, tmp_path / "one.pdf", pupils=[pupil.key])
    text = "\n".join(page_texts(path))
    for code, mark in pupil.marks.items():
        assert mark.step is not None, code
        assert f"{mark.step.symbol} {mark.step.short}" in text
    if any(mark.overridden for mark in pupil.marks.values()):
        assert "décision de l'enseignant" in text
    assert any(arrow in text for arrow in ("↑ en progrès", "↓ en recul", "= stable", "nouveau"))
    assert "Évolution" in text and "depuis Période 1" in text


def test_long_label_is_wrapped_not_clipped(period_report: PeriodReport, tmp_path: Path) -> None:
    ce2 = next(pupil for pupil in period_report.pupils if pupil.grade == "CE2")
    path = write_pupil_syntheses(period_report, tmp_path / "ce2.pdf", pupils=[ce2.key])
    text = "\n".join(page_texts(path))
    assert contains(text, LONG_LABEL)
    assert "FIN-DU-LIBELL" in text.replace("\n", "")


def test_selected_pupils_only_and_unknown_pupil(period_report: PeriodReport, tmp_path: Path) -> None:
    keys = [period_report.pupils[3].key, period_report.pupils[10].key]
    path = write_pupil_syntheses(period_report, tmp_path / "two.pdf", pupils=keys)
    groups = _pupil_pages(page_texts(path))
    assert len(groups) == 2
    assert contains(groups[1][0], period_report.pupils[10].label)
    with pytest.raises(ExportError, match="ne figurent pas"):
        write_pupil_syntheses(period_report, tmp_path / "none.pdf", pupils=["uuid-inconnu"])
    assert not (tmp_path / "none.pdf").exists()


def test_pupil_without_measures_or_observations(period_report: PeriodReport, tmp_path: Path) -> None:
    silent = period_report.pupils[5]
    no_fluency = period_report.pupils[3]
    assert not silent.marks and not no_fluency.fluency
    path = write_pupil_syntheses(period_report, tmp_path / "x.pdf", pupils=[silent.key, no_fluency.key])
    groups = _pupil_pages(page_texts(path))
    silent_text = "\n".join(groups[1]) if contains(groups[1][0], silent.label) else "\n".join(groups[0])
    objectives = [item for item in silent.items if item.kind == "objective"]
    assert contains(silent_text, f"Pas observés cette période : {len(objectives)} objectifs sur "
                                 f"{len(objectives)}")
    assert not any(contains(silent_text, item.label) for item in objectives)
    assert "Aucune mesure de fluence" in "\n".join(groups[0] + groups[1])


def test_empty_period(build_report, tmp_path: Path) -> None:
    report = build_report(empty=True)
    syntheses = write_pupil_syntheses(report, tmp_path / "vide.pdf")
    assert len(_pupil_pages(page_texts(syntheses))) == len(report.pupils)
    summary = write_class_summary(report, tmp_path / "classe.pdf")
    text = "\n".join(page_texts(summary))
    assert "Aucun groupe de besoin" in text
    assert "Aucun élève nettement sous le repère estimé" in text


def test_no_pupil_is_a_clear_error(period_report: PeriodReport, tmp_path: Path) -> None:
    empty = dataclasses.replace(period_report, pupils=())
    with pytest.raises(ExportError, match="Aucun élève"):
        write_pupil_syntheses(empty, tmp_path / "rien.pdf")
    assert list(tmp_path.iterdir()) == []
    write_class_summary(empty, tmp_path / "classe.pdf")  # an empty class still gets its page


def test_first_period_has_no_change_column(build_report, tmp_path: Path) -> None:
    report = build_report(period=1)
    path = write_pupil_syntheses(report, tmp_path / "p1.pdf", pupils=[report.pupils[0].key])
    text = "\n".join(page_texts(path))
    assert "Évolution" not in text


def test_markup_in_names_is_printed_literally(tmp_path: Path) -> None:
    report = make_period_report(HOSTILE_NAMES + CLASS_NAMES[:3])
    path = write_pupil_syntheses(report, tmp_path / "hostile.pdf")
    text = "\n".join(page_texts(path))
    assert "Léa <b>&amp;</b> Dupont" in text
    assert '=HYPERLINK("http://example.invalid","x")' in text


def test_long_appreciation_flows_over_pages(period_report: PeriodReport, tmp_path: Path) -> None:
    pupil = period_report.pupils[0]
    essay = " ".join(["Une appréciation très détaillée, écrite sans compter."] * 300) + " FIN."
    long_pupil = dataclasses.replace(pupil, appreciation=essay)
    report = dataclasses.replace(period_report, pupils=(long_pupil,))
    path = write_pupil_syntheses(report, tmp_path / "long.pdf")
    texts = page_texts(path)
    assert len(texts) >= 3
    assert contains("\n".join(texts), "sans compter. FIN.")


def test_per_file_one_pdf_per_pupil(period_report: PeriodReport, tmp_path: Path) -> None:
    homonym = dataclasses.replace(period_report.pupils[1], key="uuid-homonyme",
                                  label=period_report.pupils[0].label)
    report = dataclasses.replace(period_report, pupils=(*period_report.pupils[:4], homonym))
    calls: list[tuple[int, int]] = []
    paths = write_pupil_syntheses_per_file(report, tmp_path,
                                           progress=lambda done, total: calls.append((done, total)))
    assert len(paths) == len(set(paths)) == 5
    assert all(path.exists() and path.parent == tmp_path for path in paths)
    assert paths[0].name == "Synthèse lecture Période 2 - Léa Moreau.pdf"
    assert paths[4].name == "Synthèse lecture Période 2 - Léa Moreau (2).pdf"
    assert calls[-1] == (5, 5)
    for pupil, path in zip(report.pupils, paths, strict=True):
        texts = page_texts(path)
        assert contains(texts[0], pupil.label)
        assert page_numbers(texts[-1]) == (len(texts), len(texts))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)


def test_per_file_failure_leaves_nothing(period_report: PeriodReport, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import exports.pdf as pdf

    real = pdf._render_pupils
    count = {"n": 0}

    def failing(*args: object, **kwargs: object) -> None:
        count["n"] += 1
        if count["n"] == 3:
            raise OSError(28, "No space left on device")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "_render_pupils", failing)
    with pytest.raises(ExportError, match="plein"):
        write_pupil_syntheses_per_file(period_report, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_class_summary_content(period_report: PeriodReport, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    path = write_class_summary(period_report, tmp_path / "classe.pdf",
                               progress=lambda done, total: calls.append((done, total)))
    texts = page_texts(path)
    text = "\n".join(texts)
    for pupil in period_report.pupils:
        assert contains(text, pupil.label)
    for item in period_report.items:
        if item.kind != "domain":
            assert contains(text, item.code)
            assert contains(text, item.label)
    for name in MULTI_SCRIPT:
        assert name in text
    assert "■" not in text
    assert "CE1 — 12 élèves" in text and "CE2 — 12 élèves" in text
    assert "Groupes de besoin (proposition)" in text
    for group in period_report.need_groups:
        for label in group.pupils:
            assert contains(text, label)
    for entry in period_report.fluency_below_target:
        assert contains(text, entry.pupil)
    assert page_numbers(texts[0]) == (1, len(texts))
    assert calls[0] == (0, 1) and calls[-1] == (1, 1)
    # Counts per step: one line per step of the scale under each grid.
    for step in period_report.scale:
        assert contains(text, f"{step.symbol} {step.short}")


def test_many_objectives_split_into_several_tables(period_report: PeriodReport, tmp_path: Path) -> None:
    items = many_objectives(60)
    columns = grid_columns(items, "CE1")
    assert len(columns) == 60
    chunks = split_columns(columns, 220 * 72 / 25.4)
    assert len(chunks) > 1 and sum(len(chunk) for chunk in chunks) == 60
    # A competency that fits in one table is never cut between two.
    assert all(chunk[0].item.code.endswith(".01") for chunk in chunks)
    marks = {item.code: Mark(period_report.scale[i % 4]) for i, item in enumerate(items)
             if item.kind == "objective"}
    pupils = tuple(dataclasses.replace(pupil, items=items, marks=marks) for pupil in period_report.pupils[:6])
    report = dataclasses.replace(period_report, items=items, pupils=pupils, need_groups=())
    path = write_class_summary(report, tmp_path / "large.pdf")
    text = "\n".join(page_texts(path))
    for item in items[1:]:
        assert contains(text, item.code)


def test_pupil_reports_are_plain_data() -> None:
    pupil = PupilReport(key="k", label="Élève 01", grade="CE1", items=())
    assert pupil.mark("inconnu").step is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        pupil.label = "x"  # type: ignore[misc]


def test_duplex_starts_every_pupil_on_a_recto(period_report: PeriodReport, tmp_path: Path) -> None:
    essay = " ".join(["Une appréciation très détaillée, écrite sans compter."] * 40)
    long_one = dataclasses.replace(period_report.pupils[2], appreciation=essay)  # a two-page pupil
    period_report = dataclasses.replace(period_report, pupils=(*period_report.pupils[:2], long_one,
                                                               *period_report.pupils[3:]))
    keys = [pupil.key for pupil in period_report.pupils[:6]]
    path = write_pupil_syntheses(period_report, tmp_path / "recto-verso.pdf", pupils=keys, duplex=True)
    texts = page_texts(path)
    starts = [index for index, text in enumerate(texts) if text.strip() and page_numbers(text)[0] == 1]
    assert len(starts) == 6
    assert all(index % 2 == 0 for index in starts)  # page 1, 3, 5… of the printed stack
    blanks = [text for text in texts if not text.strip()]
    assert blanks  # the sample mixes one- and two-page pupils
    simple = page_texts(write_pupil_syntheses(period_report, tmp_path / "simple.pdf", pupils=keys))
    assert len(texts) == len(simple) + len(blanks)
    assert _pupil_pages([text for text in texts if text.strip()]) == _pupil_pages(simple)


def test_column_codes_drop_the_competency_prefix() -> None:
    from exports.class_pages import Column, column_code
    from exports.report import ReportItem

    competency = ReportItem("C2-24-L1", "Identifier les mots", "competency", 1)
    assert column_code(Column(ReportItem("C2-24-L1-CE2.1", "x", "objective", 2), competency)) == "CE2.1"
    assert column_code(Column(ReportItem("CE1.LEC.1.1", "x", "objective", 2), competency)) == "CE1.LEC.1.1"
    assert column_code(Column(ReportItem("C2-24-L1", "x", "objective", 2), competency)) == "C2-24-L1"
    assert column_code(Column(ReportItem("PERSO", "x", "objective", 2), None)) == "PERSO"


def test_target_caption_does_not_repeat_the_value() -> None:
    from datetime import date

    from exports.fluency_chart import target_caption
    from exports.report import FluencyTarget

    assert target_caption(FluencyTarget(date(2027, 6, 30), 70, "Objectif officiel de fin de CE1")) == \
        "Objectif officiel de fin de CE1 : 70 mots/min"
    assert target_caption(FluencyTarget(date(2027, 6, 30), 90, "Fin de CE2 : 90 mots par minute")) == \
        "Fin de CE2 : 90 mots par minute"
    assert target_caption(FluencyTarget(date(2027, 6, 30), 90)) == "Objectif : 90 mots/min"


def test_step_fills_print_as_distinct_greys(period_report: PeriodReport, tmp_path: Path) -> None:
    """Read from the page's drawing operators: each counting step's fill (legend and cells) is
    a colour of its own that prints at a grey at least 15 % apart from the others', lightest for
    « Non atteints », darkest for « Dépassés »; each is named by its symbol too."""
    import re

    from pypdf import PdfReader

    from exports.shades import grey

    pupil = period_report.pupils[0]
    path = write_pupil_syntheses(period_report, tmp_path / "nb.pdf", pupils=[pupil.key])
    page = PdfReader(str(path)).pages[0]
    content = page.get_contents().get_data().decode("latin-1")
    fills = {tuple(round(float(c), 3) for c in match)
             for match in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) rg\s+n [-\d. ]+ re f\*", content)}
    steps = [step for step in period_report.scale if step.counts]
    shades = []
    for step in steps:
        printed = print_fill(step, period_report.scale)
        assert printed is not None
        channels = tuple(round(int(printed[i:i + 2], 16) / 255, 3) for i in (1, 3, 5))
        assert any(all(abs(a - b) < 0.002 for a, b in zip(channels, fill, strict=True)) for fill in fills), step.short
        shades.append(grey(channels))  # type: ignore[arg-type]
    assert shades == sorted(shades, reverse=True)
    assert all(lighter - darker >= 0.15 for lighter, darker in itertools.pairwise(shades))
    text = page.extract_text()
    for step in steps:
        assert f"{step.symbol} {step.short}" in text


def test_the_document_parses_a_markup_once_for_all_its_pupils(period_report: PeriodReport, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The objectives' wordings, the headings: the same markup on every pupil's page is parsed for
    the first one only, and the pages printed with the shared result read the same."""
    from reportlab.platypus.paraparser import ParaParser

    parses = 0
    real_parse = ParaParser.parse

    def parse(self: ParaParser, text: str, style: object) -> object:
        nonlocal parses
        parses += 1
        return real_parse(self, text, style)

    monkeypatch.setattr(ParaParser, "parse", parse)
    pupil = period_report.pupils[0]
    counts = []
    for copies in (1, 3):
        parses = 0
        report = dataclasses.replace(period_report, pupils=(pupil,) * copies)
        path = write_pupil_syntheses(report, tmp_path / f"{copies}.pdf")
        counts.append(parses)
    assert counts[0] > 10 and counts[1] == counts[0]
    pages = _pupil_pages(page_texts(path))
    assert len(pages) == 3 and pages[0] == pages[1] == pages[2]
