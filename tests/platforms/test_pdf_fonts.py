"""PDFs use the fonts shipped with Progression on every system, never what a computer happens to
have (simulated: sys.platform set to Windows and macOS, their font folders empty)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import resources
from exports import fonts


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_the_bundled_family_comes_first(platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    bundled = Path(resources.__file__).resolve().parent / "fonts"
    first = next(fonts.candidate_families())
    assert first.regular == bundled / "DejaVuSans.ttf" and first.regular.is_file() and first.bold.is_file()
    assert next(fonts.candidate_fallbacks()) == bundled / "DejaVuSans.ttf"
    registered = fonts._register(fonts.candidate_families(), fonts.candidate_fallbacks())
    assert registered.source == bundled / "DejaVuSans.ttf"
    assert registered.can_draw("Łukasz Şahin ○ ◑ ● ★ ⊘ – « Noé »")


def test_the_fonts_licence_ships_with_them() -> None:
    folder = Path(resources.__file__).resolve().parent / "fonts"
    assert (folder / "DejaVu-LICENSE.txt").is_file()
