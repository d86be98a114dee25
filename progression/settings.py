"""The carnet's options, typed.

Stored one per row in the ``setting`` table as JSON text; this module is the one place that
knows each key, its type, the values it may take and its default, so nothing else reads raw
setting strings, and a value typed, given on the command line or brought by a merged copy is
checked the same way (``check_value``).
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from progression.errors import InvalidInputError
from progression.rules import Rule
from progression.validation import clean_line, shown
from progression.wording import Phrase, Worded
from progression.wording.base import clause

# The synthesis (its exact arithmetic) is loaded by the functions that check an option against it,
# not for every read of the options.
if TYPE_CHECKING:
    from progression.synthesis import RuleOptions


class CarnetSettings(NamedTuple):
    """The carnet's options, each with its default (the ``setting`` table keeps those changed).
    Never changed in place: a change makes new settings (``_replace``)."""

    rule: Rule = Rule.WEIGHTED_GEOMETRIC
    window: int | None = None
    best_k: int = 1
    decay_share: float = 0.65
    include_earlier: bool = False
    # Lowest score of each counting rank, the lowest rank at 0, e.g. {"1": 0, "2": 35, "3": 65, "4": 90};
    # empty = halfway defaults.
    thresholds: dict[str, float] = {}  # noqa: RUF012 - never changed in place
    scale: str = "lsu4"
    author: str = ""
    # Asked by the LSU export and kept here (progression.lsu): the school's UAI, and the director
    # and the teacher as « Mme MARTIN Claire ».
    lsu_uai: str = ""
    lsu_director: str = ""
    lsu_teacher: str = ""
    # The holiday zone whose official calendar cut the periods (progression.calendar): "A", "B", "C",
    # "Corse", "Guadeloupe"…; empty in carnets made before the zone was asked.
    zone: str = ""
    activities: tuple[str, ...] = (
        "Lecture à voix haute",
        "Lecture silencieuse",
        "Album en réseau",
        "Décodage",
        "Compréhension orale",
        "Atelier de lecture",
    )

    def rule_options(self, **overrides: Any) -> RuleOptions:
        from progression.synthesis import RuleOptions

        values: dict[str, Any] = {
            "rule": self.rule,
            "window": self.window,
            "best_k": self.best_k,
            "decay_share": self.decay_share,
            "include_earlier": self.include_earlier,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return RuleOptions(**values)
        except InvalidInputError:
            raise
        except ValueError as error:
            raise InvalidInputError(str(error)) from error


def encode(settings: CarnetSettings) -> dict[str, str]:
    return {
        name: json.dumps(_plain(value), ensure_ascii=False) for name, value in settings._asdict().items()
    }


NAMES = CarnetSettings._fields
MAX_WINDOW = 1000
MAX_ACTIVITIES = 50
_UAI = re.compile(r"[0-9]{7}[A-Z]")
THRESHOLDS_EXAMPLE = '{"1": 0, "2": 35, "3": 65, "4": 90}'


class SettingValueError(InvalidInputError):
    """A value an option cannot take; ``detail`` is the clause without the option's name (in French;
    the error's fields keep it worded for the app)."""

    def __init__(self, name: str, detail: str | Worded) -> None:
        super().__init__("settings.value_refused", name=shown(name), detail=detail)
        self.detail = clause(str(detail))


def check_value(name: str, value: Any) -> Any:
    """``value`` (as JSON gives it back, or as typed) if it is one the option can take, in the
    option's own type; ``InvalidInputError`` naming the option otherwise. Every way a setting
    comes in (the app, the command line, a merged copy) goes through here."""
    if name not in NAMES:
        raise InvalidInputError(
            "settings.unknown",
            name=shown(name),
            names=', '.join(sorted(NAMES)),
        )
    try:
        return _CHECKS[name](value)
    except InvalidInputError as error:
        raise SettingValueError(name, error) from None
    except (TypeError, ValueError):
        raise SettingValueError(name, Phrase("settings.value_impossible", value=shown(value))) from None


def check_stored(name: str, text: object) -> Any:
    """A setting as stored (JSON text), checked like a typed one."""
    if not isinstance(text, str):
        raise SettingValueError(name, Phrase("settings.stored_not_text"))
    try:
        value = json.loads(text)
    except ValueError:
        raise SettingValueError(name, Phrase("settings.value_unreadable", value=shown(text))) from None
    return check_value(name, value)


def decode(stored: dict[str, str]) -> CarnetSettings:
    """The carnet's settings. A stored value that is not a possible one (a carnet damaged before
    values were checked on the way in) gives the option's default rather than a failure in every
    screen; the next change of that option writes a good value."""
    changes: dict[str, Any] = {}
    for name in NAMES:
        if name in stored:
            with contextlib.suppress(InvalidInputError):
                changes[name] = check_stored(name, stored[name])
    return CarnetSettings()._replace(**changes)


def decode_strict(stored: dict[str, str]) -> CarnetSettings:
    """The settings, every stored value checked (a copy being merged): InvalidInputError naming
    the first one that is not a possible value."""
    return CarnetSettings()._replace(**{name: check_stored(name, stored[name]) for name in NAMES if name in stored})


def parse_value(name: str, text: str) -> Any:
    """A value typed by a teacher or a script, checked against the option's type."""
    if name not in NAMES:
        check_value(name, None)  # the sentence listing the options
    try:
        value = _from_text(name, text)
    except InvalidInputError as error:
        raise SettingValueError(name, error) from None
    return check_value(name, value)


def _from_text(name: str, text: str) -> Any:
    if name == "window":
        return None if text.strip().lower() in ("", "none", "aucune") else _integer_text(text)
    if name == "best_k":
        return _integer_text(text)
    if name == "decay_share":
        return _number_text(text)
    if name == "include_earlier":
        return _yes_no(text)
    if name == "activities":
        return [a for a in text.split(";") if a.strip()]
    if name == "thresholds":
        try:
            return json.loads(text) if text.strip() else {}
        except ValueError:
            raise InvalidInputError(
                "settings.thresholds_unreadable",
                text=shown(text),
                example=THRESHOLDS_EXAMPLE,
            ) from None
    return text


def check_for_scale(settings: CarnetSettings, steps: Sequence[tuple[int | None, int | None, bool]]) -> None:
    """The options that depend on the carnet's scale: its counting steps (rank, value, counts) must
    give thresholds, the carnet's own or the default ones."""
    from progression.synthesis import default_thresholds

    counting = [(rank, value) for rank, value, counts in steps if counts and rank is not None and value is not None]
    scale = settings.scale
    if not counting:
        raise InvalidInputError("settings.scale_no_counting_step", scale=shown(scale))
    try:
        default_thresholds(counting)
    except ValueError as error:
        raise InvalidInputError("settings.scale_refused", scale=shown(scale), problem=error) from None
    if settings.thresholds:
        ranks = sorted(rank for rank, _ in counting)
        given = sorted(int(rank) for rank in settings.thresholds)
        if given != ranks:
            raise InvalidInputError(
                "settings.thresholds_ranks",
                given=', '.join(map(str, given)),
                scale=shown(scale),
                ranks=', '.join(map(str, ranks)),
                example=THRESHOLDS_EXAMPLE,
            )


def _integer_text(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise InvalidInputError("settings.not_integer", text=shown(text)) from None


def _number_text(text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise InvalidInputError("settings.not_number", text=shown(text)) from None


def _yes_no(text: str) -> bool:
    key = text.strip().lower()
    if key in ("1", "oui", "true", "yes", "vrai"):
        return True
    if key in ("0", "non", "false", "no", "faux"):
        return False
    raise InvalidInputError("settings.not_yes_no", text=shown(text))


def _integer(value: Any, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInputError(
            "settings.integer_range",
            what=what,
            low=low,
            high=high,
            value=shown(value),
        )
    return value


def _rule(value: Any) -> Rule:
    try:
        return Rule(value)
    except ValueError:
        known = ", ".join(rule.value for rule in Rule)
        raise InvalidInputError("settings.rule_unknown", value=shown(value), known=known) from None


def _window(value: Any) -> int | None:
    return None if value is None else _integer(value, 1, MAX_WINDOW, Phrase("settings.what.window"))


def _best_k(value: Any) -> int:
    return _integer(value, 1, MAX_WINDOW, Phrase("settings.what.best_k"))


def _decay_share(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or not 0 < value <= 1:
        raise InvalidInputError("settings.decay_share", value=shown(value))
    return float(value)


def _include_earlier(value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError("settings.not_yes_no", text=shown(value))
    return value


def _thresholds(value: Any) -> dict[str, float]:
    advice = Phrase("settings.thresholds_advice", example=THRESHOLDS_EXAMPLE)
    if not isinstance(value, dict):
        written = json.dumps(value, ensure_ascii=False)
        raise InvalidInputError(
            "settings.thresholds_not_list",
            written=shown(written),
            advice=advice,
        )
    bounds: list[tuple[int, float]] = []
    for rank, lowest in value.items():
        if not (isinstance(rank, str) and rank.isascii() and rank.isdigit() and len(rank) <= 2):
            raise InvalidInputError("settings.thresholds_rank", rank=shown(rank), advice=advice)
        if isinstance(lowest, bool) or not isinstance(lowest, int | float) or not math.isfinite(lowest):
            raise InvalidInputError(
                "settings.thresholds_value",
                rank=rank,
                lowest=shown(lowest),
                advice=advice,
            )
        bounds.append((int(rank), lowest))
    if bounds:
        from progression.synthesis import thresholds_from_bounds

        try:
            thresholds_from_bounds(sorted(bounds))
        except ValueError as error:
            raise InvalidInputError("settings.thresholds_refused", problem=error, advice=advice) from None
    return {str(rank): lowest for rank, lowest in sorted(bounds)}


def _line(max_chars: int, what: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise InvalidInputError("settings.not_text", value=shown(value))
        return clean_line(value, what, max_chars)

    return check


def _scale(value: Any) -> str:
    code = _line(32, "le code d'échelle")(value)
    if not code:
        raise InvalidInputError("settings.scale_code_empty")
    return code


def _uai(value: Any) -> str:
    uai = _line(16, "le numéro UAI")(value).upper()
    if uai and not _UAI.fullmatch(uai):
        raise InvalidInputError("settings.uai", uai=shown(uai))
    return uai


def _zone(value: Any) -> str:
    from progression.calendar import parse_zone  # the calendar's tables: only for a zone to read

    text = _line(64, "la zone")(value)
    return parse_zone(text) if text else ""


def _activities(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise InvalidInputError("settings.activities_not_list", value=shown(value))
    if len(value) > MAX_ACTIVITIES:
        raise InvalidInputError("settings.activities_too_many", count=len(value), most=MAX_ACTIVITIES)
    check = _line(200, "l'activité")
    activities = tuple(check(a) for a in value)
    return tuple(a for a in activities if a)


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "rule": _rule,
    "window": _window,
    "best_k": _best_k,
    "decay_share": _decay_share,
    "include_earlier": _include_earlier,
    "thresholds": _thresholds,
    "scale": _scale,
    "author": _line(200, "l'auteur"),
    "lsu_uai": _uai,
    "lsu_director": _line(200, "la directrice ou le directeur"),
    "lsu_teacher": _line(200, "l'enseignante ou l'enseignant"),
    "zone": _zone,
    "activities": _activities,
}


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    return value
