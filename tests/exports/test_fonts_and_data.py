"""Fonts (every glyph drawable, clear error when none), plain data helpers, lazy imports."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sample_reports import MULTI_SCRIPT, NOT_MET, SCALE

import exports.fonts as fonts
from exports import ExportError
from exports.french import change_text, long_date, number, period_span
from exports.report import Mark, ReportItem, counting_steps

ROOT = Path(__file__).resolve().parents[2]


def test_symbols_names_and_arrows_have_glyphs() -> None:
    family = fonts.pdf_fonts()
    for step in SCALE:
        assert family.can_draw(step.symbol), step.symbol
    for text in (*MULTI_SCRIPT, "↑ ↓ = ✎ – « » ’ œ Œ €"):
        assert family.can_draw(text), text
    assert all(ord(ch) in family.glyphs for ch in "○◔◑◕●★⊘✎↑↓")


def test_markup_escapes_user_text() -> None:
    family = fonts.pdf_fonts()
    assert family.markup("Léa <b>&</b>") == "Léa &lt;b&gt;&amp;&lt;/b&gt;"


def test_missing_glyphs_come_from_the_fallback_font() -> None:
    family = fonts.Fonts("Regular", "Bold", "Italic", Path("x.ttf"), frozenset(map(ord, "abc ")),
                         "Symbols", frozenset(map(ord, "●★")))
    assert family.markup("ab ● c") == 'ab <font name="Symbols">●</font> c'
    assert family.can_draw("a★") and not family.can_draw("z")


def test_no_font_found_is_a_french_error(tmp_path: Path) -> None:
    missing = fonts.FontFiles(tmp_path / "none.ttf", tmp_path / "none-bold.ttf")
    with pytest.raises(ExportError, match="Aucune police de caractères"):
        fonts._register([missing], [tmp_path / "none.ttf"])


def test_damaged_font_is_skipped(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    with pytest.raises(ExportError, match="DejaVu Sans"):
        fonts._register([fonts.FontFiles(broken, broken)], [])


def test_resources_fonts_are_tried_first() -> None:
    first = next(fonts.candidate_families())
    assert first.regular.parent.name == "fonts" and first.regular.parent.parent.name == "resources"


def test_mark_change() -> None:
    partly, met = SCALE[1], SCALE[2]
    assert Mark(met, previous=partly).change == "up"
    assert Mark(partly, previous=met).change == "down"
    assert Mark(met, previous=met).change == "same"
    assert Mark(met).change == "new"
    assert Mark(met, previous=SCALE[4]).change == "new"  # absent before: nothing to compare
    assert Mark(None, previous=met).change is None
    assert Mark(SCALE[4], previous=met).change is None
    assert change_text("up") == "↑ en progrès" and change_text("new") == "nouveau" and change_text(None) == ""


def test_items_and_scale_helpers() -> None:
    item = ReportItem("X", "x", "objective", 2, ("CE1",))
    assert item.applies_to("CE1") and not item.applies_to("CE2")
    assert ReportItem("Y", "y", "domain", 0).applies_to("CM2")
    assert counting_steps(tuple(reversed(SCALE)))[0] == NOT_MET
    assert len(counting_steps(SCALE)) == 4


def test_french_wording() -> None:
    assert long_date(date(2026, 11, 28)) == "28 novembre 2026"
    assert long_date(date(2026, 12, 1)) == "1er décembre 2026"
    assert period_span(date(2026, 11, 2), date(2026, 12, 18)) == "du 2 novembre au 18 décembre 2026"
    assert period_span(date(2026, 12, 14), date(2027, 1, 8)) == "du 14 décembre 2026 au 8 janvier 2027"
    assert number(64.0) == "64" and number(64.5) == "64,5"


def test_light_imports() -> None:
    """Importing the package and the report data does not load ReportLab or openpyxl."""
    code = (
        "import sys, exports, exports.report, exports.errors, exports.french, exports.safe; "
        "heavy = [m for m in ('reportlab', 'openpyxl', 'progression') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            check=True)
    assert result.stdout.strip() == ""


def test_exports_never_imports_the_core() -> None:
    for path in (ROOT / "exports").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import progression" not in text and "from progression" not in text, path.name
        assert "PySide6" not in text and "sqlalchemy" not in text.lower(), path.name


def test_fonts_are_parsed_once_per_process(
    tmp_path: Path, period_report, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """Reading a TrueType file is the costly part of a short PDF: the second class PDF reads none."""
    from reportlab.pdfbase import ttfonts

    from exports.pdf import write_class_summary

    write_class_summary(period_report, tmp_path / "premier.pdf")
    parsed: list[str] = []
    real = ttfonts.TTFontFile.__init__

    def counting(self, file, *args, **kwargs):  # type: ignore[no-untyped-def]
        parsed.append(str(file))
        real(self, file, *args, **kwargs)

    monkeypatch.setattr(ttfonts.TTFontFile, "__init__", counting)
    monkeypatch.setattr(fonts, "_fonts", None)  # a process where no PDF was made yet: the family is read
    fonts.pdf_fonts()
    assert parsed  # the counter sees a parse
    parsed.clear()
    write_class_summary(period_report, tmp_path / "second.pdf")
    write_class_summary(period_report, tmp_path / "troisieme.pdf")
    assert parsed == []
    assert (tmp_path / "troisieme.pdf").stat().st_size > 1000
