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
from dataclasses import dataclass, field, fields, replace
from typing import Any

from progression.calendar import parse_zone
from progression.errors import InvalidInputError
from progression.synthesis import Rule, RuleOptions, default_thresholds, thresholds_from_bounds
from progression.validation import clause, clean_line, shown


@dataclass(frozen=True)
class CarnetSettings:
    rule: Rule = Rule.WEIGHTED_GEOMETRIC
    window: int | None = None
    best_k: int = 1
    decay_share: float = 0.65
    include_earlier: bool = False
    # Lowest score of each counting rank, the lowest rank at 0, e.g. {"1": 0, "2": 35, "3": 65, "4": 90};
    # empty = halfway defaults.
    thresholds: dict[str, float] = field(default_factory=dict)
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
        except ValueError as error:
            raise InvalidInputError(str(error)) from error


def encode(settings: CarnetSettings) -> dict[str, str]:
    return {
        f.name: json.dumps(_plain(getattr(settings, f.name)), ensure_ascii=False) for f in fields(settings)
    }


NAMES = tuple(f.name for f in fields(CarnetSettings))
MAX_WINDOW = 1000
MAX_ACTIVITIES = 50
_UAI = re.compile(r"[0-9]{7}[A-Z]")
THRESHOLDS_EXAMPLE = '{"1": 0, "2": 35, "3": 65, "4": 90}'


class SettingValueError(InvalidInputError):
    """A value an option cannot take; ``detail`` is the clause without the option's name."""

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"Réglage « {shown(name)} » : {detail}.")
        self.detail = detail


def check_value(name: str, value: Any) -> Any:
    """``value`` (as JSON gives it back, or as typed) if it is one the option can take, in the
    option's own type; ``InvalidInputError`` naming the option otherwise. Every way a setting
    comes in (the app, the command line, a merged copy) goes through here."""
    if name not in NAMES:
        raise InvalidInputError(f"Réglage inconnu « {shown(name)} ». Réglages possibles : {', '.join(sorted(NAMES))}.")
    try:
        return _CHECKS[name](value)
    except InvalidInputError as error:
        raise SettingValueError(name, clause(error)) from None
    except (TypeError, ValueError):
        raise SettingValueError(name, f"la valeur « {shown(value)} » est impossible") from None


def check_stored(name: str, text: object) -> Any:
    """A setting as stored (JSON text), checked like a typed one."""
    if not isinstance(text, str):
        raise SettingValueError(name, "la valeur enregistrée n'est pas un texte")
    try:
        value = json.loads(text)
    except ValueError:
        raise SettingValueError(name, f"la valeur « {shown(text)} » est illisible") from None
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
    return replace(CarnetSettings(), **changes)


def decode_strict(stored: dict[str, str]) -> CarnetSettings:
    """The settings, every stored value checked (a copy being merged): InvalidInputError naming
    the first one that is not a possible value."""
    return replace(CarnetSettings(), **{name: check_stored(name, stored[name]) for name in NAMES if name in stored})


def parse_value(name: str, text: str) -> Any:
    """A value typed by a teacher or a script, checked against the option's type."""
    if name not in NAMES:
        check_value(name, None)  # the sentence listing the options
    try:
        value = _from_text(name, text)
    except InvalidInputError as error:
        raise SettingValueError(name, clause(error)) from None
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
                f"« {shown(text)} » n'est pas lisible ; écrivez le score le plus bas de chaque échelon, par "
                f"exemple {THRESHOLDS_EXAMPLE}"
            ) from None
    return text


def check_for_scale(settings: CarnetSettings, steps: Sequence[tuple[int | None, int | None, bool]]) -> None:
    """The options that depend on the carnet's scale: its counting steps (rank, value, counts) must
    give thresholds, the carnet's own or the default ones."""
    counting = [(rank, value) for rank, value, counts in steps if counts and rank is not None and value is not None]
    scale = settings.scale
    if not counting:
        raise InvalidInputError(f"L'échelle « {shown(scale)} » n'a aucun échelon qui compte dans les bilans.")
    try:
        default_thresholds(counting)
    except ValueError as error:
        raise InvalidInputError(f"Échelle « {shown(scale)} » : {clause(error)}.") from None
    if settings.thresholds:
        ranks = sorted(rank for rank, _ in counting)
        given = sorted(int(rank) for rank in settings.thresholds)
        if given != ranks:
            raise InvalidInputError(
                f"Réglage « thresholds » : les seuils donnent les échelons {', '.join(map(str, given))} mais "
                f"l'échelle « {shown(scale)} » a les échelons {', '.join(map(str, ranks))} ; donnez le score le "
                f"plus bas de chacun, par exemple {THRESHOLDS_EXAMPLE}."
            )


def _integer_text(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise InvalidInputError(f"« {shown(text)} » n'est pas un nombre entier") from None


def _number_text(text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise InvalidInputError(f"« {shown(text)} » n'est pas un nombre") from None


def _yes_no(text: str) -> bool:
    key = text.strip().lower()
    if key in ("1", "oui", "true", "yes", "vrai"):
        return True
    if key in ("0", "non", "false", "no", "faux"):
        return False
    raise InvalidInputError(f"« {shown(text)} » n'est ni oui ni non")


def _integer(value: Any, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInputError(f"{what} doit être un nombre entier de {low} à {high} (reçu : « {shown(value)} »)")
    return value


def _rule(value: Any) -> Rule:
    try:
        return Rule(value)
    except ValueError:
        known = ", ".join(rule.value for rule in Rule)
        raise InvalidInputError(f"règle « {shown(value)} » inconnue ; règles possibles : {known}") from None


def _window(value: Any) -> int | None:
    return None if value is None else _integer(value, 1, MAX_WINDOW, "la fenêtre")


def _best_k(value: Any) -> int:
    return _integer(value, 1, MAX_WINDOW, "le nombre de meilleures observations")


def _decay_share(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or not 0 < value <= 1:
        raise InvalidInputError(
            f"la part de la dernière observation est entre 0 (exclu) et 1 (reçu : « {shown(value)} »)"
        )
    return float(value)


def _include_earlier(value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(f"« {shown(value)} » n'est ni oui ni non")
    return value


def _thresholds(value: Any) -> dict[str, float]:
    advice = f"écrivez le score le plus bas de chaque échelon, par exemple {THRESHOLDS_EXAMPLE}"
    if not isinstance(value, dict):
        written = json.dumps(value, ensure_ascii=False)
        raise InvalidInputError(f"« {shown(written)} » n'est pas une liste de seuils ; {advice}")
    bounds: list[tuple[int, float]] = []
    for rank, lowest in value.items():
        if not (isinstance(rank, str) and rank.isascii() and rank.isdigit() and len(rank) <= 2):
            raise InvalidInputError(f"« {shown(rank)} » n'est pas un rang d'échelon ; {advice}")
        if isinstance(lowest, bool) or not isinstance(lowest, int | float) or not math.isfinite(lowest):
            raise InvalidInputError(f"le seuil de l'échelon {rank} « {shown(lowest)} » n'est pas un nombre ; {advice}")
        bounds.append((int(rank), lowest))
    if bounds:
        try:
            thresholds_from_bounds(sorted(bounds))
        except ValueError as error:
            raise InvalidInputError(f"{clause(error)} ; {advice}") from None
    return {str(rank): lowest for rank, lowest in sorted(bounds)}


def _line(max_chars: int, what: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise InvalidInputError(f"« {shown(value)} » n'est pas un texte")
        return clean_line(value, what, max_chars)

    return check


def _scale(value: Any) -> str:
    code = _line(32, "le code d'échelle")(value)
    if not code:
        raise InvalidInputError("le code d'échelle est vide")
    return code


def _uai(value: Any) -> str:
    uai = _line(16, "le numéro UAI")(value).upper()
    if uai and not _UAI.fullmatch(uai):
        raise InvalidInputError(f"le numéro UAI « {shown(uai)} » a 7 chiffres et une lettre (par exemple 0751234A)")
    return uai


def _zone(value: Any) -> str:
    text = _line(64, "la zone")(value)
    return parse_zone(text) if text else ""


def _activities(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise InvalidInputError(f"« {shown(value)} » n'est pas une liste d'activités")
    if len(value) > MAX_ACTIVITIES:
        raise InvalidInputError(f"{len(value)} activités, {MAX_ACTIVITIES} au plus")
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
