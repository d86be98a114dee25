"""The English translation and the pseudo-language.

The catalogue matches the code and is wholly translated (``tools/update_translations.py
--check``), its ``.qm`` is the build of the ``.ts``, the window really speaks English with it,
and with every string made ~40 % longer (pseudo mode) no label, button or box title is cut.
Translators are removed after each test, so the rest of the suite stays French.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QCommandLinkButton,
    QGroupBox,
    QLabel,
    QMenu,
    QRadioButton,
    QStyle,
    QWidget,
)

from tests.ui.conftest import SCHOOL_DAY
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1400, 850)


def _tools() -> ModuleType:
    for name in ("pyside6-lupdate", "pyside6-lrelease"):
        if not (shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)):
            pytest.skip(f"{name} is not installed (it comes with PySide6)")
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Install a language for one test; afterwards the app is back to its French strings."""
    locale = QLocale()

    def install(code: str) -> str:
        return i18n.install_translators(qapp, code)

    yield install
    i18n.remove_translators(qapp)
    QLocale.setDefault(locale)


@pytest.fixture
def open_window(qtbot, store, demo_path: Path) -> Iterator[Callable[[], QWidget]]:  # type: ignore[no-untyped-def]
    """Build the main window *after* the test installed its language, open on the demo."""
    from ui.main_window import MainWindow

    made: list[MainWindow] = []

    def build() -> MainWindow:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        assert window.open_carnet(demo_path) is None
        window.date_edit.setDate(QDate(SCHOOL_DAY.year, SCHOOL_DAY.month, SCHOOL_DAY.day))
        made.append(window)
        return window

    yield build
    for window in made:
        window.close_carnet(show_welcome=False)


# ---------------------------------------------------------------- the catalogue


def test_catalogue_matches_the_code_and_is_wholly_translated() -> None:
    _tools()
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                            cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, (
        "Run `python tools/update_translations.py`, translate what it lists in "
        "resources/translations/progression_en.ts, run it again.\n" + result.stdout + result.stderr)


def test_qm_is_the_build_of_the_ts(tmp_path: Path) -> None:
    tools = _tools()
    built = tmp_path / "progression_en.qm"
    tools.lrelease(tools.TS, built)
    assert tools.QM.exists(), "run tools/update_translations.py"
    assert built.read_bytes() == tools.QM.read_bytes(), "progression_en.qm is stale: run tools/update_translations.py"


def test_rule_names_marked_in_the_panel_are_the_cores() -> None:
    from progression.synthesis import RULE_LABELS
    from ui.synthesis_panel import RULE_NAMES

    assert set(RULE_NAMES) == set(RULE_LABELS.values())


def test_rule_phrase_of_the_panel_is_the_cores_in_french(language, demo_window) -> None:  # type: ignore[no-untyped-def]
    from progression.synthesis import Rule, RuleOptions, describe_options
    from ui.synthesis_panel import SynthesisPanel

    assert language("fr") == "fr"  # French numbers too: « 72,5 % »
    panel = demo_window.panel(3)
    assert isinstance(panel, SynthesisPanel)
    for options in (RuleOptions(), RuleOptions(rule=Rule.BEST, best_k=1), RuleOptions(rule=Rule.BEST, best_k=3),
                    RuleOptions(rule=Rule.DECAYING), RuleOptions(rule=Rule.DECAYING, decay_share=0.725),
                    RuleOptions(rule=Rule.LAST, window=1), RuleOptions(rule=Rule.MEAN, window=4, include_earlier=True)):
        assert panel.describe_rule(options) == describe_options(options)


# ---------------------------------------------------------------- choosing the language


def test_language_comes_from_argument_then_environment_then_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.settings_store import SettingsStore

    monkeypatch.delenv(i18n.ENV_VARIABLE, raising=False)
    store = SettingsStore()
    try:
        assert i18n.chosen_language() == "fr"  # a French school's app: French unless asked
        store.save_language("en")
        assert i18n.chosen_language() == "en"
        monkeypatch.setenv(i18n.ENV_VARIABLE, "fr_FR")
        assert i18n.chosen_language() == "fr"
        assert i18n.chosen_language("EN") == "en"
        monkeypatch.setenv(i18n.ENV_VARIABLE, "de")  # unknown: ignored
        assert i18n.chosen_language() == "en"
        assert i18n.chosen_language("pseudo") == "pseudo"
    finally:
        store.save_language(None)


def test_a_missing_english_catalogue_leaves_the_app_french(language, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: str(tmp_path))
    assert language("en") == "fr"
    assert QLocale().language() == QLocale.Language.French


def test_pseudo_text_is_longer_and_keeps_what_code_and_qt_read() -> None:
    for text in ("&Fichier", "Le carnet « {name} » n'a pas pu être ouvert : {error}", "%n élèves", "%1 sur %L2",
                 "<b>{0}</b> — règle de calcul : {1}", "Carnets Progression (*.carnet);;Tous les fichiers (*)",
                 "A&ctivité :", "Tom && Jerry&nbsp;!"):
        pseudo = i18n.pseudo_translate(text)
        assert pseudo.startswith("[") and pseudo.endswith("]")
        visible = re.sub(r"<[^>]+>|\{[^{}]*\}|%L?\d+|%n|&nbsp;", "", text)
        assert len(pseudo) >= len(text) + 0.3 * len(visible)
        for kept in re.findall(r"\{[^{}]*\}|%L?\d+|%n|<[^>]+>|&\w;?|&&|\*\.carnet|\(\*\)|;;|&nbsp;", text):
            assert kept in pseudo, (text, pseudo)
        assert pseudo != text
    assert i18n.pseudo_translate("") == ""


# ---------------------------------------------------------------- English on screen


def test_the_window_speaks_english(language, open_window) -> None:  # type: ignore[no-untyped-def]
    assert language("en") == "en"
    window = open_window()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&File", "&Edit", "&View"]
    assert menus[-1] == "&Help"
    assert window.page_titles[0] == "Recording"
    assert window.sidebar.item(0).text() == "Recording"
    assert window.page_titles[1:] == ["Pupils", "Reading fluency", "Period reports", "Need groups", "Framework",
                                     "Phonics", "Books read"]
    assert window.undo_action.text() == "Undo"
    assert window.entry.grade_combo.itemText(0) == "All year groups"
    model = window.panel(2).table_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "WCPM" in headers and "Pupil" in headers


def test_plurals_come_from_the_catalogue(language, demo) -> None:  # type: ignore[no-untyped-def]
    from ui import labels

    assert language("en") == "en"
    pupils = [p.id for p in demo.pupils()][:3]
    assert labels.pupils_phrase(demo, pupils) == "3 pupils"
    assert labels.kind_name("record_observations", 1) == "Observation"
    assert labels.kind_name("record_observations", 4) == "4 observations"
    assert labels.erased_message(2, "Lucas Martin") == "2 marks erased for Lucas Martin"
    assert labels.undo_label("Report comment") == "Undo: Report comment"


def _mnemonic(text: str) -> str | None:
    found = re.search(r"(?<!&)&(?!&)(\w)", text)
    return found.group(1).lower() if found else None


def _clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for text in texts:
        key = _mnemonic(text)
        if key is None:
            continue
        if key in seen:
            clashes.append(f"{seen[key]!r} and {text!r} share Alt+{key.upper()}")
        seen.setdefault(key, text)
    return clashes


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letter used twice: among menu titles and visible labels, or inside one menu."""
    bar = window.menuBar()  # type: ignore[attr-defined]
    top = [action.text() for action in bar.actions()]
    top += [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.buddy() is not None]
    clashes = _clashes(top)
    menus = [action.menu() for action in bar.actions() if isinstance(action.menu(), QMenu)]
    while menus:
        menu = menus.pop()
        clashes += _clashes([action.text() for action in menu.actions() if not action.isSeparator()])
        menus += [action.menu() for action in menu.actions() if isinstance(action.menu(), QMenu)]
    return clashes


def test_english_mnemonics_do_not_clash(language, open_window) -> None:  # type: ignore[no-untyped-def]
    language("en")
    window = open_window()
    clashes = mnemonic_clashes(window)
    assert not clashes, "\n".join(clashes)


# ---------------------------------------------------------------- nothing cut in a longer language


def _shown(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)  # a mnemonic's & is not drawn


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and box titles narrower (or, wrapped, shorter) than their text."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        metrics = widget.fontMetrics()
        name = f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text.strip() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    out.append(f"{name} {text[:70]!r}: {widget.height()} px high, needs {needed}")
                continue
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
            if rich:
                document = QTextDocument()
                document.setDefaultFont(widget.font())
                document.setDocumentMargin(0)
                document.setHtml(text)
                width = document.idealWidth()
            else:
                width = max(metrics.horizontalAdvance(_shown(line)) for line in text.split("\n"))
            room = widget.contentsRect().width() - 2 * widget.margin() - max(0, widget.indent())
            if width > room + 1:
                out.append(f"{name} {text[:70]!r}: {room} px wide, needs {width:.0f}")
        elif isinstance(widget, QCommandLinkButton):
            if widget.heightForWidth(widget.width()) > widget.height() + 1 or \
                    widget.width() < widget.minimumSizeHint().width():
                out.append(f"{name} {widget.text()[:70]!r}: {widget.width()}×{widget.height()} px is too small")
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if not text.strip():
                continue
            width = metrics.horizontalAdvance(_shown(text))
            if not widget.icon().isNull():
                width += widget.iconSize().width() + 4
            if isinstance(widget, (QCheckBox, QRadioButton)):
                style = widget.style()
                width += (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
                          + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing))
            if width > widget.width():
                out.append(f"{name} {text[:70]!r}: {widget.width()} px wide, needs {width}")
        elif isinstance(widget, QGroupBox) and widget.title():
            width = metrics.horizontalAdvance(_shown(widget.title()))
            if width > widget.width():
                out.append(f"{name} title {widget.title()[:70]!r}: {widget.width()} px wide, needs {width}")
    return out


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_nothing_is_cut_with_longer_strings(language, open_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    assert language("pseudo") == "pseudo"
    window = open_window()
    problems: list[str] = []
    for index, title in enumerate(window.page_titles):
        window.show_page(index)
        _settle()
        problems += [f"page {index + 1} ({title}): {p}" for p in clipped(window)]
    needed = window.minimumSizeHint().width()
    if needed > SIZE[0]:
        problems.append(f"the window needs {needed} px, wider than {SIZE[0]}")
    window.close_carnet(show_welcome=True)
    _settle()
    problems += [f"welcome page: {p}" for p in clipped(window)]

    window.new_carnet()
    wizard = window.wizard
    assert isinstance(wizard, QWizard)
    wizard.setField("label", "CE1-CE2 Mme Roux")
    wizard.class_page.grade_boxes["CE1"].setChecked(True)  # type: ignore[attr-defined]
    for step in range(len(wizard.pageIds())):
        _settle()
        problems += [f"wizard page {step + 1}: {p}" for p in clipped(wizard)]
        wizard.next()
    wizard.reject()
    assert not problems, "Text cut with ~40 % longer strings:\n" + "\n".join(problems)
