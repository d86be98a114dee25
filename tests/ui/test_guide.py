"""Aide › Guide (F1): the French guide opens offline, from a source checkout and from the bundle's layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from progression import paths

ROOT = Path(__file__).resolve().parents[2]


def test_f1_opens_the_guide(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_window
    assert guide is not None and guide.isVisible()
    assert guide.text().startswith("Progression — guide de l'enseignant")
    assert "Les séances de fluence" in guide.text()
    assert window.guide_action in window.menuBar().actions()[-1].menu().actions()  # in Aide
    html = guide.browser.toHtml()
    assert "images/saisie.png" in html  # the pictures are found beside the guide


def test_the_guide_is_found_where_the_bundle_puts_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      qtbot: Any) -> None:
    from ui.guide import GuideWindow

    bundle = tmp_path / "_internal" / "resources"
    (bundle / "guide").mkdir(parents=True)
    (bundle / "guide" / "guide.md").write_text("# Guide du bundle\n\nTexte.\n", encoding="utf-8")
    monkeypatch.setattr(paths, "resources_dir", lambda: bundle)
    assert paths.guide_file() == bundle / "guide" / "guide.md"
    window = GuideWindow()
    qtbot.addWidget(window)
    assert window.text().startswith("Guide du bundle")


def test_the_source_checkout_guide_is_docs_guide() -> None:
    assert paths.guide_file() == ROOT / "docs" / "guide.md"


def test_the_build_spec_ships_the_guide() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"docs" / "guide.md"), "resources/guide")' in spec
