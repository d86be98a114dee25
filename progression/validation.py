"""Values from outside, checked before they are stored.

A value enters a carnet four ways: typed in the app (``progression.operations``), given on the
command line, read from an imported file (``progression.importers``), or brought by a copy of the
carnet being merged (``progression.merge``). Every way calls the checks here, so a value refused
one way is refused every way, with the same French sentence, and whatever is stored can be shown,
printed and written into the LSU file (XML 1.0 forbids control characters, lone surrogates and
U+FFFE/U+FFFF; a file holding one is not XML at all).

Three kinds of text:

- a **name** (a pupil's): Unicode NFC, spaces collapsed, and the invisible characters that
  pasting leaves behind (zero-width space, byte-order mark, soft hyphen, direction marks) dropped.
  Any other control or format character is refused, since it would make two names look the same,
  except the joiners (U+200C, U+200D) some scripts need between their own letters;
- a **line** (a class label, a school, an activity, an author): one line; the same characters
  refused, the joiners allowed (emoji sequences use them);
- a **text** (an appreciation, a comment): line breaks and tabs kept; control characters, lone
  surrogates and non-characters refused.

A copy being merged is held to the same rules column by column (``column_rules``), without the
cleaning: what this app stores is already clean, so anything else did not come from it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

from progression.errors import InvalidInputError
from progression.grades import GRADES, grade_list
from progression.wording import Phrase

MAX_NAME_CHARS = 100  # the longest real French names are around 60 characters
MAX_LINE_CHARS = 200
MAX_TEXT_CHARS = 10_000  # an appreciation LSU takes is 1 500; a comment is a few lines
SHOWN_CHARS = 40  # a value quoted in a message, at most
# A period appreciation: what the bilans print and the LSU's longest appreciation (Chaine1500)
# holds; refused beyond, never cut. Its part in the LSU's Français domain holds 600
# (``progression.lsu.appreciation_room``).
LONGEST_APPRECIATION = 1500


def check_appreciation(text: str) -> str:
    """A period appreciation as stored: free text, at most ``LONGEST_APPRECIATION`` characters."""
    text = check_text(text, "l'appréciation")
    if len(text) > LONGEST_APPRECIATION:
        raise InvalidInputError(
            f"L'appréciation compte {len(text)} caractères : {LONGEST_APPRECIATION} au plus. Raccourcissez-la ; "
            "rien n'a été enregistré."
        )
    return text

# Left by copying from a web page or a word processor; invisible and meaningless in a name.
_NOISE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f]+")
_JOINERS = frozenset("\u200c\u200d")
# Scripts that never need a joiner between letters: there, one only hides a difference.
_PLAIN_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
_INE = re.compile(r"[0-9A-Z]{10}[A-Z]")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """A value as quoted in a message: one line, short, invisible and impossible characters made
    visible (a lone surrogate could not even be printed on the terminal)."""
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    if text.isascii() and text.isprintable():
        return text
    return "".join("�" if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Cn", "Co") else char for char in text)


def number(count: int) -> str:
    """20000 → « 20 000 », as French writes it."""
    return f"{count:,}".replace(",", " ")


def sentence(clause: str) -> str:
    """« le nom … ; retapez-le » → « Le nom … ; retapez-le. »"""
    return clause[:1].upper() + clause[1:] + ("" if clause.endswith((".", "?", "!")) else ".")


def clause(error: BaseException) -> str:
    """An error's sentence as a clause to go after « ligne 3 : »."""
    text = str(error).rstrip(".")
    return text[:1].lower() + text[1:]


# --- text --------------------------------------------------------------------------------------


def _noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def _joins_letters(text: str, index: int) -> bool:
    """A joiner between two letters (or marks) of a script that uses them."""
    if index == 0 or index == len(text) - 1:
        return False
    for neighbour in (text[index - 1], text[index + 1]):
        if unicodedata.category(neighbour)[0] not in "LM":
            return False
        if unicodedata.name(neighbour, "").startswith(_PLAIN_SCRIPTS):
            return False
    return True


def refused_character(text: str, kind: str) -> str | None:
    """The first character a ``kind`` of text ("name", "line", "text") may not hold, or None."""
    if text.isprintable():
        # The usual case, checked at C speed: every character refused below is of Unicode's « Other »
        # categories (control, format, surrogate, private use, unassigned), which are never printable.
        return None
    for index, char in enumerate(text):
        category = unicodedata.category(char)
        if category == "Cc":
            if kind == "text" and char in "\t\n\r":
                continue
            return char
        if category == "Cs" or _noncharacter(ord(char)):
            return char
        if category == "Co" and kind == "name":
            return char
        if category == "Cf" and kind != "text":
            if char in _JOINERS and (kind == "line" or _joins_letters(text, index)):
                continue
            return char
    return None


def character_clause(char: str) -> str:
    category = unicodedata.category(char)
    if category in ("Cc", "Cf"):
        what = "un caractère de contrôle invisible"
    elif category == "Co":
        what = "un caractère à usage privé, que les autres ordinateurs n’affichent pas"
    else:
        what = "un caractère invalide"
    return f"{what} (U+{ord(char):04X})"


def text_refusal(text: str, what: str, kind: str, max_chars: int | None = None) -> str | None:
    """Why ``text`` cannot be stored as ``what`` (« le nom », « l'appréciation »), as a clause, or None."""
    if max_chars is not None and len(text) > max_chars:
        return f"{what} compte {number(len(text))} caractères ; {number(max_chars)} au plus"
    char = refused_character(text, kind)
    if char is not None:
        return f"{what} « {shown(text)} » contient {character_clause(char)} ; effacez-le"
    if kind == "name" and text and not any(unicodedata.category(c).startswith("L") for c in text):
        return f"{what} « {shown(text)} » ne contient aucune lettre"
    return None


def _refuse(refusal: str | None) -> None:
    if refusal is not None:
        raise InvalidInputError(sentence(refusal))


# Spaces, tabs and line breaks, but not the control characters Python also counts as spaces
# (vertical tab, form feed, file/group/record/unit separators, NEL): those are refused, not
# quietly turned into a space inside a name.
_SPACES = re.compile(r"[^\S\x0b\x0c\x1c-\x1f\x85]+")


def one_line(raw: str) -> str:
    """Text as a name or a label is stored: the invisible leftovers of pasting dropped, NFC,
    trimmed, every run of spaces or line breaks one space."""
    if not raw.isascii():  # ASCII holds no such leftover and is NFC already
        raw = unicodedata.normalize("NFC", _NOISE.sub("", raw))
    return _SPACES.sub(" ", raw).strip(" ")


def clean_name(raw: str | None, what: str) -> str:
    """A name as typed or imported, made NFC with its spaces collapsed; "" when empty.
    InvalidInputError when it cannot be a name."""
    if not raw:
        return ""
    if len(raw) > 4 * MAX_NAME_CHARS:  # before any work on a pasted page
        _refuse(text_refusal(raw, what, "name", MAX_NAME_CHARS))
    name = one_line(raw)
    _refuse(text_refusal(name, what, "name", MAX_NAME_CHARS))
    return name


def clean_line(raw: str | None, what: str, max_chars: int = MAX_LINE_CHARS) -> str:
    """One line of text (a label, a school, an activity), trimmed, spaces collapsed, NFC."""
    if not raw:
        return ""
    if len(raw) > 4 * max_chars:
        _refuse(text_refusal(raw, what, "line", max_chars))
    line = one_line(raw)
    _refuse(text_refusal(line, what, "line", max_chars))
    return line


def check_text(raw: str | None, what: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Free text (an appreciation, a comment) kept as typed, trimmed; refused if it holds what
    no document can show."""
    text = (raw or "").strip()
    _refuse(text_refusal(text, what, "text", max_chars))
    return unicodedata.normalize("NFC", text)


def ine_refusal(ine: str) -> str | None:
    if _INE.fullmatch(ine):
        return None
    return (
        f"l’INE « {shown(ine)} » n’a pas la forme attendue (11 caractères : chiffres puis une ou deux "
        "lettres, par exemple 123456789AB)"
    )


def clean_ine(raw: str | None) -> str | None:
    """A pupil's INE without spaces, in capitals; None when empty."""
    if not raw or not raw.strip():
        return None
    ine = "".join(raw.split()).upper()
    _refuse(ine_refusal(ine))
    return ine


def check_grade(grade: str) -> None:
    """A grade of French primary school (PS…CM2), as the app names them."""
    if grade not in GRADES:
        raise InvalidInputError("pupil.grade_unknown", grade=shown(grade), grades=", ".join(GRADES))


def is_uuid(value: object) -> bool:
    """Our ids: ``str(uuid.uuid4())``, lower case with hyphens."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


# --- where files are written -------------------------------------------------------------------

CARNET_SUFFIX = ".carnet"
# What SQLite and the lock keep beside a carnet: writing over one loses or damages the carnet.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_output_path(out: Path, carnet: Path | None = None) -> None:
    """Refuse to write an export over the open carnet, over any carnet, or over a file SQLite or
    the lock keeps beside one: an export chosen with the wrong name must never cost the class."""
    out = Path(out)
    name = out.name.lower()
    reason = None
    if carnet is not None and _same_file(out, Path(carnet)):
        reason = Phrase("output.is_open_carnet")
    elif name.endswith(CARNET_SUFFIX):
        reason = Phrase("output.carnet_name")
    elif any(name.endswith(CARNET_SUFFIX + suffix) for suffix in COMPANION_SUFFIXES):
        reason = Phrase("output.carnet_companion")
    elif out.is_file() and _starts_with(out, _SQLITE_MAGIC):
        reason = Phrase("output.database")
    if reason is not None:
        raise InvalidInputError("output.refused", name=shown(out.name), reason=reason)
    check_file_name(out)


def check_file_name(path: Path, *, reserve: int = 0) -> None:
    """Refuse a file name some computer of the teacher's would not take (``exports.safe.file_name_problem``)."""
    from exports.safe import file_name_problem

    problem = file_name_problem(Path(path), reserve=reserve)
    if problem is not None:
        raise InvalidInputError(problem)


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(magic)) == magic
    except OSError:
        return False


# --- a copy's rows, column by column -----------------------------------------------------------


class ColumnRule(NamedTuple):
    """What one column of one table may hold, derived from the schema (``column_rules``).

    ``kind``: uuid, device, stamp, name, line, text, ine, digits, date, datetime, int, float,
    bool, choice, grades, color. ``problem`` says in French what is wrong with a value, and
    ``sql_bad`` is the same test as an SQL condition, so a copy of a million rows is checked by
    SQLite and only the offending row is read into Python to be explained.
    """

    table: str
    column: str
    kind: str
    nullable: bool
    max_chars: int | None = None
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    # A reference to another row: a row it points to exists and passed its own rule (the merge
    # checks references), so the value needs no test of its own.
    reference: bool = False

    def problem(self, value: Any) -> str | None:
        if value is None:
            return None if self.nullable else "elle est vide"
        kind = self.kind
        if kind in ("int", "bool"):
            if type(value) is not int:
                return f"« {shown(value)} » n’est pas un nombre entier"
            if kind == "bool" and value not in (0, 1):
                return f"« {value} » n’est ni oui ni non"
            return self._range(value)
        if kind == "float":
            if type(value) not in (int, float) or math.isnan(value):
                return f"« {shown(value)} » n’est pas un nombre"
            return self._range(value)
        if not isinstance(value, str):
            return f"« {shown(value)} » n’est pas un texte"
        return _text_problem(self, value)

    def _range(self, value: float) -> str | None:
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            return f"{shown(value)} n’est pas entre {self.low:g} et {self.high:g}"
        return None

    @property
    def by_value(self) -> bool:
        """Checked once per distinct value (``sql_values``) rather than row by row: text goes
        through Python, and a column repeats the same few activities, authors, devices."""
        return self.kind in ("name", "line", "text", "grades", "device")

    def sql_values(self, rows: str = "TRUE") -> str:
        """A query giving one distinct value of the column that breaks the rule, if any, among the
        rows where the SQL condition ``rows`` holds: Python sees each distinct value once."""
        c = f'"{self.column}"'
        # Free text is mostly plain ASCII and mostly distinct: leave that out before sorting.
        plain = f" AND {c} GLOB '*[^ -~]*'" if self.kind == "text" else ""
        # MATERIALIZED: else SQLite pushes the test into the subquery and calls Python for every row.
        return (
            f"WITH distinct_values AS MATERIALIZED "
            f"(SELECT DISTINCT {c} AS value FROM {self.table} WHERE {rows}{plain}) "
            f"SELECT value FROM distinct_values WHERE value IS NOT NULL "
            f"AND progression_refusal(value, '{self.table}', '{self.column}') IS NOT NULL LIMIT 1"
        )

    def sql_bad(self) -> str:
        """An SQL condition true when the column's value breaks this rule (for ``by_value`` rules,
        its type and length; ``sql_values`` checks the rest)."""
        c = f'"{self.column}"'
        kind = self.kind
        if kind == "bool":
            test = f"typeof({c}) != 'integer' OR {c} NOT IN (0, 1)"
        elif kind == "int":
            test = f"typeof({c}) != 'integer'"
        elif kind == "float":
            test = f"typeof({c}) NOT IN ('integer', 'real')"
        else:
            test = f"typeof({c}) != 'text'"
        if self.low is not None:
            test += f" OR {c} < {self.low!r}"
        if self.high is not None:
            test += f" OR {c} > {self.high!r}"
        if self.max_chars is not None and kind not in ("int", "bool", "float"):
            test += f" OR length({c}) > {self.max_chars}"
        extra = _SQL_TEXT.get(kind)
        python = f"progression_refusal({c}, '{self.table}', '{self.column}') IS NOT NULL"
        if self.reference:
            pass
        elif extra is not None:
            test += " OR " + extra.format(c=c)
        elif kind == "choice":
            test += f" OR {c} NOT IN ({', '.join(_sql_text(v) for v in self.choices)})"
        elif kind == "stamp":
            from progression.hlc import SORTABLE_GLOB, format_stamp

            limit = format_stamp(_now_ms() + MAX_CLOCK_AHEAD_MS, 0)
            test += f" OR CASE WHEN {c} GLOB '{SORTABLE_GLOB}' THEN {c} > '{limit}' ELSE {python} END"
        null = f"{c} IS NULL"
        return f"({c} IS NOT NULL AND ({test}))" if self.nullable else f"({null} OR {test})"


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_HEX = "[0-9a-f]"
_UUID_GLOB = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))
_DIGIT = "[0-9]"
# A date SQLite reads back unchanged is a real one (date('2026-02-30') is '2026-03-02'); once it is,
# the text itself is compared with the range. ``+`` drops the column's affinity, so that a DATE
# column never turns the bound into a number; calling date() once per value halves the check's cost.
_SQL_TEXT = {
    "uuid": f"{{c}} NOT GLOB '{_UUID_GLOB}'",
    "ine": "{c} NOT GLOB '" + "[0-9A-Z]" * 10 + "[A-Z]'",
    "digits": "{c} GLOB '*[^0-9]*' OR {c} = ''",
    "color": "NOT ({c} GLOB '#" + "[0-9A-Fa-f]" * 6 + "' OR {c} GLOB '#" + "[0-9A-Fa-f]" * 8 + "')",
    "date": "date({c}) IS NOT {c} OR +{c} < '1900-01-01' OR +{c} >= '2200-01-01'",
    "datetime": (
        "substr({c}, 1, 19) IS NOT datetime({c}) OR +{c} < '1900-01-01' OR +{c} >= '2200-01-01' "
        "OR NOT (length({c}) = 19 OR (length({c}) = 26 AND substr({c}, 20) GLOB '." + _DIGIT * 6 + "'))"
    ),
}
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{6})?", re.ASCII)


def _text_problem(rule: ColumnRule, value: str) -> str | None:
    kind = rule.kind
    if rule.max_chars is not None and len(value) > rule.max_chars:
        return f"elle compte {number(len(value))} caractères, {number(rule.max_chars)} au plus"
    if kind in ("name", "line", "text"):
        if kind == "name" and not value:
            return "elle est vide"
        refusal = text_refusal(value, "elle", kind)
        # Advice on retyping is for typed text: a copy's row is only described.
        return None if refusal is None else refusal.replace("elle « ", "« ", 1).split(" ; ")[0]
    if kind == "uuid":
        return None if is_uuid(value) else f"« {shown(value)} » n’est pas un identifiant"
    if kind == "device":
        if value.isascii() and value.isprintable():
            return None
        return f"« {shown(value)} » n’est pas un identifiant"
    if kind == "stamp":
        return stamp_refusal(value)
    if kind == "ine":
        return ine_refusal(value)
    if kind == "digits":
        return None if value.isascii() and value.isdigit() else f"« {shown(value)} » n’est pas un nombre"
    if kind == "choice":
        if value in rule.choices:
            return None
        return f"« {shown(value)} » n’est pas l’une des valeurs possibles ({', '.join(rule.choices)})"
    if kind == "grades":
        if all(g in GRADES for g in grade_list(value)):
            return None
        return f"« {shown(value)} » n’est pas une liste de niveaux (CP,CE1…)"
    if kind == "color":
        if re.fullmatch(r"#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})", value):
            return None
        return f"« {shown(value)} » n’est pas une couleur"
    if kind == "date":
        return _date_problem(value)
    if kind == "datetime":
        match = _DATETIME.fullmatch(value)
        problem = _date_problem(match[1]) if match else "x"
        if problem is None and match and int(match[2]) < 24 and int(match[3]) < 60 and int(match[4]) < 60:
            return None
        return f"« {shown(value)} » n’est pas une date et une heure"
    return None


def _date_problem(value: str) -> str | None:
    from datetime import date

    try:
        day = date.fromisoformat(value)
    except ValueError:
        day = None
    if day is None or len(value) != 10 or not 1900 <= day.year < 2200:
        return f"la date « {shown(value)} » n’existe pas"
    return None


# A stamp further ahead of this computer's clock than this came from a computer whose clock is
# wrong: kept, it would win over every later edit here, and the clock would run on from it.
MAX_CLOCK_AHEAD_MS = 24 * 3600 * 1000


def _now_ms() -> int:
    import time

    return time.time_ns() // 1_000_000


def stamp_refusal(value: str, now_ms: int | None = None) -> str | None:
    from progression.hlc import parse_stamp

    try:
        wall, _ = parse_stamp(value)
    except ValueError:
        return f"« {shown(value)} » n’est pas un horodatage de Progression"
    if now_ms is None:
        now_ms = _now_ms()
    if wall > now_ms + MAX_CLOCK_AHEAD_MS:
        from datetime import UTC, datetime

        when = datetime.fromtimestamp(min(wall, 253_402_300_799_000) / 1000, UTC).strftime("%d/%m/%Y")
        return (
            f"elle a été modifiée le {when} d’après son horodatage, dans le futur de cet ordinateur "
            "(l’horloge de l’ordinateur de la copie était sans doute fausse)"
        )
    return None


# The schema says the type, the length and whether a value may be missing; these say what the
# teacher's world adds (which grades exist, what a name may hold, the ranges that make sense).
MAX_COEFFICIENT = 100.0
_NAME = {"kind": "name", "max_chars": MAX_NAME_CHARS}
_SPECIAL: dict[tuple[str, str], dict[str, Any]] = {
    ("meta", "value"): {"max_chars": 1_000_000},  # the erased pupils' ids grow with the years
    ("pupil", "last_name"): _NAME,
    ("pupil", "first_name"): _NAME,
    ("pupil", "birth_last_name"): _NAME,
    ("pupil", "sex"): {"kind": "choice", "choices": ("M", "F")},
    ("pupil", "ine"): {"kind": "ine", "max_chars": None},
    ("enrolment", "grade"): {"kind": "choice", "choices": GRADES},
    ("class_group", "onde_class_id"): {"kind": "digits"},
    ("period", "index"): {"low": 1, "high": 12},
    ("framework", "cycle"): {"low": 1, "high": 4},
    ("framework", "status"): {"kind": "choice", "choices": ("current", "superseded")},
    ("framework_item", "kind"): {"kind": "choice", "choices": ("domain", "competency", "objective")},
    ("framework_item", "grades"): {"kind": "grades"},
    ("framework_item", "label"): {"kind": "line", "max_chars": 2000},
    ("framework_item", "coefficient"): {"low": 0.0, "high": MAX_COEFFICIENT},
    ("scale_step", "position"): {"low": 0, "high": 1000},
    ("scale_step", "rank"): {"low": 1, "high": 20},
    ("scale_step", "value"): {"low": 0, "high": 100},
    ("scale_step", "color"): {"kind": "color", "max_chars": None},
    ("fluency_measure", "words_read"): {"low": 0, "high": 10_000},
    ("fluency_measure", "errors"): {"low": 0, "high": 10_000},
    ("fluency_measure", "seconds"): {"low": 1.0, "high": 600.0},
}


_VARCHAR = re.compile(r"VARCHAR\((\d+)\)")
# The column types the schema's models declare, as SQLite reports them.
_KIND_OF_TYPE = {"BOOLEAN": "bool", "INTEGER": "int", "FLOAT": "float", "DATETIME": "datetime", "DATE": "date",
                 "TEXT": "text"}
_TYPE_LIMITS: dict[str, dict[str, Any]] = {
    "int": {"low": -(2**31), "high": 2**31 - 1},
    "float": {"low": -1e9, "high": 1e9},
    "text": {"max_chars": MAX_TEXT_CHARS},
}


def _base_rule(table: str, name: str, declared: str, nullable: bool, primary: bool, reference: bool) -> ColumnRule:
    varchar = _VARCHAR.fullmatch(declared)
    length = int(varchar[1]) if varchar else None
    if primary and name == "id":
        return ColumnRule(table, name, "uuid", nullable)
    if reference:
        return ColumnRule(table, name, "uuid", nullable, reference=True)
    if name == "modified_at":
        return ColumnRule(table, name, "stamp", nullable, length)
    if name == "device_id":
        return ColumnRule(table, name, "device", nullable, length)
    if varchar:
        return ColumnRule(table, name, "line", nullable, length)
    kind = _KIND_OF_TYPE.get(declared)
    if kind is None:
        raise TypeError(f"no rule for {table}.{name} ({declared})")
    return ColumnRule(table, name, kind, nullable, **_TYPE_LIMITS.get(kind, {}))


def column_rules(table: str, description: Any) -> tuple[ColumnRule, ...]:
    """The rule of every column of ``table``, from the table as SQLite describes it (the reference
    schema, ``merge_checks.REFERENCE_SCHEMA``): each column's declared type, NOT NULL and primary
    key, and the columns that refer to another table's rows."""
    _shape, columns, references, _indexes = description
    referring = {reference[1] for reference in references}
    rules = []
    for name, (declared, not_null, _default, primary, _hidden) in columns.items():
        rule = _base_rule(table, name, declared, not not_null, bool(primary), name in referring)
        special = _SPECIAL.get((table, name))
        rules.append(rule._replace(**special) if special else rule)
    return tuple(rules)
