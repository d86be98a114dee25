"""The interface's language: French (the source strings), English, or a pseudo-language.

Every string a teacher sees is written in French in the code and goes through Qt's
translation (``self.tr`` / ``QCoreApplication.translate``); ``tools/update_translations.py``
gathers them into ``resources/translations/progression_en.ts`` and builds the ``.qm`` loaded
here. The language comes from, in order: the caller (``--lang``), ``PROGRESSION_LANG``, the
``language`` preference, else French: the app is made for French schools, so an English
system alone does not switch it.

``pseudo`` (as in Vorta's fake translation) lengthens and accents every string while keeping
placeholders, mnemonics and tags, so clipped labels show up without knowing another language.
"""

from __future__ import annotations

import math
import os
import re
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from progression import paths

LANGUAGES = ("fr", "en", "pseudo")
DEFAULT = "fr"
ENV_VARIABLE = "PROGRESSION_LANG"
CATALOGUE = "progression"  # resources/translations/progression_<lang>.qm

# Installed translators: Qt keeps only a pointer, so they must outlive the call that installs them.
_installed: list[QTranslator] = []
_current = DEFAULT  # the language on screen (what install_translators last returned)


def translations_dir() -> str:
    return str(paths.resources_dir() / "translations")


def normalise(language: str | None) -> str | None:
    """« en_GB », « EN », « fr-FR » → « en », « fr »; anything unknown → None."""
    if not language:
        return None
    code = re.split(r"[_\-.@]", language.strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else None


def chosen_language(language: str | None = None) -> str:
    """The argument, then the environment, then the saved preference, then French."""
    for candidate in (language, os.environ.get(ENV_VARIABLE)):
        code = normalise(candidate)
        if code is not None:
            return code
    from ui.settings_store import SettingsStore

    return normalise(SettingsStore().language()) or DEFAULT


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators of the chosen language and return it (« fr », « en », « pseudo »).

    Calling it again replaces the previous ones. If the English catalogue cannot be loaded
    (a broken install), the app stays French rather than showing a mix.
    """
    global _current
    remove_translators(app)
    code = chosen_language(language)
    if code == "en":
        ours = QTranslator(app)
        if ours.load(f"{CATALOGUE}_en", translations_dir()):
            # Qt's own words (buttons, calendar) are English already: no qtbase catalogue.
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
            _install(app, ours)
            _current = code
            return code
        print(f"Progression: {CATALOGUE}_en.qm is missing from {translations_dir()}; the interface stays French.",
              file=sys.stderr)
        code = DEFAULT
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    qt_base = QTranslator(app)
    if qt_base.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _install(app, qt_base)  # French for Qt's own words too (wizard buttons, calendar, file dialogs)
    if code == "pseudo":
        _install(app, PseudoTranslator(app))  # installed last, so asked first, Qt's words included
    _current = code
    return code


def remove_translators(app: QCoreApplication) -> None:
    """Back to the untranslated (French) strings; tests use it to leave the app as they found it."""
    global _current
    while _installed:
        app.removeTranslator(_installed.pop())
    _current = DEFAULT


def current_language() -> str:
    """The language on screen: « fr » (also before any translator is installed), « en » or « pseudo »."""
    return _current


def installed() -> list[QTranslator]:
    return list(_installed)


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


# ---------------------------------------------------------------- pseudo-translation

# What must survive untouched: tags and entities of rich text, Qt's %1 / %L1 / %n, Python's
# {name} / {0}, a mnemonic (& and its letter, or a literal &&), file-dialog patterns (*.carnet).
_PROTECTED = re.compile(
    r"<[^<>]*>"                 # <b>, </span>, <br/>
    r"|&(?:[a-zA-Z]+|#\d+);"    # &nbsp; &amp; &#160;
    r"|%L?\d+|%n"               # %1 %L1 %n
    r"|\{[^{}]*\}"              # {name} {0}
    r"|&&|&."                   # literal & and mnemonics
    r"|\*\.?[\w*]*|;;"          # *.carnet, (*), filter separators
)
_ACCENTS = str.maketrans(
    "AaBbCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåƁƀĈçĎďÊêĜĝĤĥÎîĴĵĶķĻļÑñÔôŔŕŜśŢţÛûŴŵÝýŽž",
)
# Qt reads key names back from text (« Ctrl+O »): those must stay as Qt wrote them.
_UNTOUCHED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})
GROWTH = 0.4


def pseudo_translate(text: str) -> str:
    """« &Fichier » → « [&Fîçĥîêŕ ~~] »: about 40 % longer, accented, still readable."""
    if not text or not text.strip():
        return text
    parts: list[str] = []
    visible = 0
    position = 0
    for match in _PROTECTED.finditer(text):
        plain = text[position:match.start()]
        parts.append(plain.translate(_ACCENTS))
        visible += len(plain)
        parts.append(match.group())
        if match.group().startswith("&") and not match.group().endswith(";"):
            visible += len(match.group()) - 1
        position = match.end()
    plain = text[position:]
    parts.append(plain.translate(_ACCENTS))
    visible += len(plain)
    padding = "~" * max(1, math.ceil(visible * GROWTH) - 3)
    return f"[{''.join(parts)} {padding}]"


class PseudoTranslator(QTranslator):
    """Translates every string, ours and Qt's, into the pseudo-language."""

    def translate(self, context: str, sourceText: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if context in _UNTOUCHED_CONTEXTS:
            return None  # Qt then asks the next translator, else keeps the source
        return pseudo_translate(sourceText)

    def isEmpty(self) -> bool:
        return False
