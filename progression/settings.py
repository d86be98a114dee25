"""The carnet's options, typed.

Stored one per row in the ``setting`` table as text; this module is the one place that
knows each key, its type and its default, so nothing else reads raw setting strings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from typing import Any

from progression.errors import InvalidInputError
from progression.synthesis import Rule, RuleOptions


@dataclass(frozen=True)
class CarnetSettings:
    rule: Rule = Rule.WEIGHTED_GEOMETRIC
    window: int | None = None
    best_k: int = 1
    decay_share: float = 0.65
    include_earlier: bool = False
    # Lower bound of each counting rank, e.g. {"2": 17, "3": 50, "4": 84}; empty = halfway defaults.
    thresholds: dict[str, float] = field(default_factory=dict)
    scale: str = "lsu4"
    author: str = ""
    # Asked by the LSU export and kept here (progression.lsu): the school's UAI, and the director
    # and the teacher as « Mme MARTIN Claire ».
    lsu_uai: str = ""
    lsu_director: str = ""
    lsu_teacher: str = ""
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


def decode(stored: dict[str, str]) -> CarnetSettings:
    settings = CarnetSettings()
    changes: dict[str, Any] = {}
    for f in fields(settings):
        if f.name not in stored:
            continue
        raw = json.loads(stored[f.name])
        if f.name == "rule":
            raw = Rule(raw)
        elif f.name == "activities":
            raw = tuple(raw)
        changes[f.name] = raw
    return replace(settings, **changes)


def parse_value(name: str, text: str) -> Any:
    """A value typed by a teacher or a script, checked against the option's type."""
    known = {f.name for f in fields(CarnetSettings)}
    if name not in known:
        raise InvalidInputError(
            f"Réglage inconnu « {name} ». Réglages possibles : {', '.join(sorted(known))}."
        )
    try:
        if name == "rule":
            return Rule(text)
        if name == "window":
            return None if text in ("", "none", "aucune") else int(text)
        if name == "best_k":
            return int(text)
        if name == "decay_share":
            return float(text.replace(",", "."))
        if name == "include_earlier":
            return text.lower() in ("1", "oui", "true", "yes")
        if name == "activities":
            return tuple(a.strip() for a in text.split(";") if a.strip())
        if name == "thresholds":
            return json.loads(text)
    except ValueError as error:
        raise InvalidInputError(f"Valeur « {text} » impossible pour le réglage « {name} ».") from error
    return text


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    return value
