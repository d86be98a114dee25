"""What one cell of a class list may hold: a name, a class label, a sex, a grade.

A cell is trimmed and its placeholders for "nothing" (« - », « / ») read as empty; a name keeps its
case and accents but refuses what cannot be one (a spreadsheet error, a formula, no letter); a
grade is read from the ways schools write it (« ce 1 », « Cours élémentaire 1re année »).
"""

from __future__ import annotations

import re
import unicodedata

from progression.grades import GRADES
from progression.importers.tabular import header_key
from progression.names import match_key
from progression.validation import character_clause, number, one_line, refused_character, shown

# The longest real French names are around 60 characters.
MAX_NAME_CHARS = 100

# Characters that copy-paste leaves in names and that nobody means: removed silently.
_SPREADSHEET_ERRORS = frozenset(
    [
        "#N/A",
        "#REF!",
        "#VALUE!",
        "#VALEUR!",
        "#DIV/0!",
        "#NAME?",
        "#NOM?",
        "#NULL!",
        "#NUL!",
        "#NUM!",
        "#NOMBRE!",
        "#SPILL!",
        "#CALC!",
    ]
)
_PLACEHOLDER = re.compile(r"[-–—/.?_\s]+")


def cell_value(raw: str) -> str:
    """A cell trimmed, with the placeholders people type for "nothing" (« - », « / », « ? ») read
    as empty."""
    value = raw.strip()
    return "" if _PLACEHOLDER.fullmatch(value) else value


def clean_text(raw: str, what: str, kind: str = "line") -> str:
    """The cell as it will be stored (``validation.one_line``: line breaks inside a quoted cell
    become a space), or ValueError for a character no name or label may hold."""
    if raw.strip() in _SPREADSHEET_ERRORS:
        raise ValueError(f"{what} est une erreur de tableur « {raw.strip()} » ; corrigez la formule ou tapez le texte")
    text = one_line(raw)
    char = refused_character(text, kind)
    if char is not None:
        raise ValueError(f"{what} « {shown(text)} » contient {character_clause(char)} ; effacez-le")
    return text


def clean_label(raw: str) -> str:
    value = cell_value(raw)
    return clean_text(value, "le libellé") if value else ""


def clean_name(raw: str, what: str) -> str:
    """Trim and NFC a name, keeping its case and accents; refuse what cannot be a name."""
    if len(raw) > MAX_NAME_CHARS:
        raise ValueError(
            f"la cellule compte {number(len(raw))} caractères ; un nom en compte au plus {MAX_NAME_CHARS}, corrigez-la"
        )
    value = cell_value(raw)
    if not value:
        return ""
    name = clean_text(value, what, "name")
    if name[:1] in ("=", "+", "-", "@"):
        # OWASP's CSV-injection characters: such a name would run as a formula when exported.
        raise ValueError(
            f"{what} « {shown(name)} » ressemble à une formule de tableur ; corrigez la cellule dans le fichier"
        )
    if not any(unicodedata.category(char).startswith("L") for char in name):
        raise ValueError(f"{what} « {shown(name)} » ne contient aucune lettre ; corrigez-le")
    return name


def split_full_name(text: str) -> tuple[str, str]:
    """« MARTIN Lucas », « Lucas MARTIN », « DE LA FONTAINE Jean-Pierre », « Martin, Lucas »: the
    surname is the run of words in capitals (or what precedes a comma)."""
    if "," in text:
        last, _, first = text.partition(",")
        if last.strip() and first.strip():
            return " ".join(last.split()), " ".join(first.split())
    words = text.split()
    capitals = [word.isupper() for word in words]
    leading = next((i for i, upper in enumerate(capitals) if not upper), len(words))
    if 0 < leading < len(words) and not any(capitals[leading:]):
        return " ".join(words[:leading]), " ".join(words[leading:])
    trailing = next((i for i, upper in enumerate(reversed(capitals)) if not upper), len(words))
    if 0 < trailing < len(words) and not any(capitals[: len(words) - trailing]):
        return " ".join(words[len(words) - trailing :]), " ".join(words[: len(words) - trailing])
    raise ValueError(
        f"impossible de séparer le nom du prénom dans « {shown(text)} » ; écrivez le nom en capitales "
        "(MARTIN Lucas) ou utilisez deux colonnes « Nom » et « Prénom »"
    )


SEXES = {
    **dict.fromkeys(("m", "masculin", "masc", "garcon", "g", "h", "homme", "male"), "M"),
    **dict.fromkeys(("f", "feminin", "fem", "fille", "femme", "female"), "F"),
}


def name_key(last: str, first: str) -> str:
    """The key two spellings of one pupil share (« MARTIN Léa » / « martin lea »): for matching,
    never stored. The app's one definition (``names.match_key``), so a pupil matched here is the
    pupil « NOM Prénom » finds in an observation file."""
    return match_key(f"{last} {first}")


# --- grades ------------------------------------------------------------------------------------

_FIRST = r"(?:1|1re|1ere|1er|i|premiere)"
_SECOND = r"(?:2|2e|2eme|2nde|2nd|ii|deuxieme|seconde|second)"
_YEAR = r"(?: annee)?"
_LONG_GRADES = (
    (re.compile(r"(?:petite section|section des petits)(?: de)?(?: maternelle)?"), "PS"),
    (re.compile(r"(?:moyenne section|section des moyens)(?: de)?(?: maternelle)?"), "MS"),
    (re.compile(r"(?:grande section|section des grands)(?: de)?(?: maternelle)?"), "GS"),
    (re.compile(r"cours preparatoire"), "CP"),
    (re.compile(rf"cours elementaire {_FIRST}{_YEAR}"), "CE1"),
    (re.compile(rf"cours elementaire {_SECOND}{_YEAR}"), "CE2"),
    (re.compile(rf"cours moyen {_FIRST}{_YEAR}"), "CM1"),
    (re.compile(rf"cours moyen {_SECOND}{_YEAR}"), "CM2"),
)
_GRADE_PREFIX = re.compile(r"^(?:classe de |classe |niveau )")
_GRADE_SUFFIX = re.compile(r" maternelle$")


def normalise_grade(text: str) -> str | None:
    """« ce 1 », « C.E.1 », « Cours élémentaire 1re année », « Grande section » → the grade code;
    None for anything else, including a class label with two grades (« CE1-CE2 ») and « TPS »."""
    key = _GRADE_SUFFIX.sub("", _GRADE_PREFIX.sub("", header_key(text)))
    compact = key.replace(" ", "").upper()
    if compact in GRADES:
        return compact
    for pattern, grade in _LONG_GRADES:
        if pattern.fullmatch(key):
            return grade
    return None
