"""Finding and embedding a TrueType font so that every pupil's name prints as typed.

ReportLab's built-in fonts only know WinAnsi: « Łukasz Şahin » would silently become
« ■ukasz ■ahin ». We embed a TrueType family instead, looked for in this order: the
fonts shipped in ``resources/fonts`` (a bundle can carry DejaVu Sans), DejaVu Sans on the
system (Linux, LibreOffice's copy on Windows and macOS), then Arial / Segoe UI / Arial
Unicode. Glyphs the chosen family lacks (Arial has no ◔) are taken from a second font when
one has them, character by character.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from exports.errors import ExportError
from exports.safe import clean_text

FAMILY = "ProgressionSans"
FALLBACK = "ProgressionSymbols"


@dataclass(frozen=True)
class FontFiles:
    """One family's files; italic faces are optional (the regular face stands in)."""

    regular: Path
    bold: Path
    italic: Path | None = None
    bold_italic: Path | None = None


@dataclass(frozen=True)
class Fonts:
    """The registered family, usable by name in ReportLab styles and canvases."""

    regular: str  # ReportLab name of the regular face
    bold: str  # ReportLab name of the bold face
    italic: str  # ReportLab name of the italic face (the regular one if none)
    source: Path  # file of the regular face, for diagnostics
    glyphs: frozenset[int]  # code points the family can draw
    fallback: str | None  # ReportLab name of the font used for other glyphs
    fallback_glyphs: frozenset[int]  # code points the fallback font can draw

    def can_draw(self, text: str) -> bool:
        """Whether every character of ``text`` has a glyph in the family or the fallback."""
        return all(ord(ch) in self.glyphs or ord(ch) in self.fallback_glyphs or ch.isspace() for ch in text)

    def markup(self, text: str) -> str:
        """``text`` as Paragraph markup: escaped, with runs the family lacks set in the fallback."""
        text = clean_text(text)
        if self.fallback is None or all(ord(ch) in self.glyphs or ch.isspace() for ch in text):
            return escape(text)
        parts: list[str] = []
        run: list[str] = []
        run_in_fallback = False
        for ch in text:
            in_fallback = ord(ch) not in self.glyphs and ord(ch) in self.fallback_glyphs
            if in_fallback != run_in_fallback and run:
                parts.append(self._wrap("".join(run), run_in_fallback))
                run = []
            run_in_fallback = in_fallback
            run.append(ch)
        if run:
            parts.append(self._wrap("".join(run), run_in_fallback))
        return "".join(parts)

    def _wrap(self, text: str, in_fallback: bool) -> str:
        return f'<font name="{self.fallback}">{escape(text)}</font>' if in_fallback else escape(text)


def _resources_fonts() -> Iterator[Path]:
    try:
        import resources
    except ImportError:  # exports used on its own, without the application's data
        return
    yield Path(resources.__file__).resolve().parent / "fonts"


def _dejavu_folders() -> Iterator[Path]:
    yield from _resources_fonts()
    yield from (
        Path("/usr/share/fonts/truetype/dejavu"),  # Debian, Ubuntu
        Path("/usr/share/fonts/dejavu-sans-fonts"),  # Fedora
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),  # Arch
        Path.home() / ".local/share/fonts",
    )
    for program_files in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
        if program_files:
            yield Path(program_files) / "LibreOffice" / "share" / "fonts" / "truetype"
    yield Path("/Applications/LibreOffice.app/Contents/Resources/fonts/truetype")


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def candidate_families() -> Iterator[FontFiles]:
    """Families to try, best first."""
    for folder in _dejavu_folders():
        yield FontFiles(
            folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf",
            folder / "DejaVuSans-Oblique.ttf", folder / "DejaVuSans-BoldOblique.ttf",
        )
    if sys.platform == "win32":
        fonts = _windows_fonts()
        yield FontFiles(fonts / "arial.ttf", fonts / "arialbd.ttf", fonts / "ariali.ttf",
                        fonts / "arialbi.ttf")
        yield FontFiles(fonts / "segoeui.ttf", fonts / "segoeuib.ttf", fonts / "segoeuii.ttf",
                        fonts / "segoeuiz.ttf")
    if sys.platform == "darwin":
        for folder in (Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts")):
            yield FontFiles(folder / "Arial.ttf", folder / "Arial Bold.ttf", folder / "Arial Italic.ttf",
                            folder / "Arial Bold Italic.ttf")
            # One face only: bold is drawn with the regular face rather than failing.
            yield FontFiles(folder / "Arial Unicode.ttf", folder / "Arial Unicode.ttf")


def candidate_fallbacks() -> Iterator[Path]:
    """Fonts rich in symbols (● ◔ ★ ↑), used for characters the family lacks."""
    for folder in _dejavu_folders():
        yield folder / "DejaVuSans.ttf"
    if sys.platform == "win32":
        yield _windows_fonts() / "seguisym.ttf"
    if sys.platform == "darwin":
        yield Path("/System/Library/Fonts/Apple Symbols.ttf")
        yield Path("/Library/Fonts/Arial Unicode.ttf")


_lock = threading.Lock()
_fonts: Fonts | None = None


def _load(name: str, path: Path) -> object | None:
    from reportlab.pdfbase.pdfmetrics import registerFont
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        font = TTFont(name, str(path))
    except Exception:  # a damaged or unsupported file: try the next candidate
        return None
    registerFont(font)
    return font


def _glyphs(font: object) -> frozenset[int]:
    return frozenset(getattr(getattr(font, "face", None), "charToGlyph", {}) or ())


def _register(families: Iterable[FontFiles], fallbacks: Iterable[Path]) -> Fonts:
    from reportlab.lib.fonts import addMapping

    for files in families:
        if not (files.regular.is_file() and files.bold.is_file()):
            continue
        regular = _load(FAMILY, files.regular)
        if regular is None:
            continue
        bold_name = f"{FAMILY}-Bold"
        if _load(bold_name, files.bold) is None:
            bold_name = FAMILY
        italic_name = FAMILY
        if files.italic is not None and files.italic.is_file() and _load(f"{FAMILY}-Italic", files.italic):
            italic_name = f"{FAMILY}-Italic"
        bold_italic_name = bold_name
        if (files.bold_italic is not None and files.bold_italic.is_file()
                and _load(f"{FAMILY}-BoldItalic", files.bold_italic)):
            bold_italic_name = f"{FAMILY}-BoldItalic"
        # Lets <b> and <i> in Paragraph markup pick the right face of our family.
        addMapping(FAMILY, 0, 0, FAMILY)
        addMapping(FAMILY, 1, 0, bold_name)
        addMapping(FAMILY, 0, 1, italic_name)
        addMapping(FAMILY, 1, 1, bold_italic_name)
        glyphs = _glyphs(regular)
        fallback_name: str | None = None
        fallback_glyphs: frozenset[int] = frozenset()
        for path in fallbacks:
            if path.resolve() == files.regular.resolve() or not path.is_file():
                continue
            fallback = _load(FALLBACK, path)
            if fallback is not None:
                fallback_name, fallback_glyphs = FALLBACK, _glyphs(fallback) - glyphs
                break
        return Fonts(FAMILY, bold_name, italic_name, files.regular, glyphs, fallback_name, fallback_glyphs)
    raise ExportError(
        "Aucune police de caractères utilisable n'a été trouvée pour écrire le PDF "
        "(DejaVu Sans, Arial ou Segoe UI) : installez la police DejaVu Sans ou réinstallez Progression."
    )


def pdf_fonts() -> Fonts:
    """The embedded family, registered with ReportLab on first use (thread-safe)."""
    global _fonts
    with _lock:
        if _fonts is None:
            _fonts = _register(candidate_families(), candidate_fallbacks())
        return _fonts
