"""The built-in scales a new carnet offers.

Each step has a value 0–100 for computing, a short label, a colour **and** a symbol, so a
mark stays readable in black and white and for colour-blind readers. Marks that do not
count (absent, non évalué) have no rank and no value and never enter a synthesis.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StepSpec:
    rank: int | None
    short: str
    label: str
    value: int | None
    color: str
    symbol: str

    @property
    def counts(self) -> bool:
        return self.rank is not None


@dataclass(frozen=True)
class ScaleSpec:
    code: str
    label: str
    steps: tuple[StepSpec, ...]


# Colours: red, light yellow, green, dark blue — every step differs in lightness too, so the steps stay
# apart for colour-blind readers and on a grey photocopy (a test simulates both); always with a symbol.
_NOT_COUNTING = (
    StepSpec(None, "Absent", "Élève absent", None, "#BDBDBD", "⊘"),
    StepSpec(None, "Non évalué", "Non évalué", None, "#EEEEEE", "–"),
)

LSU = ScaleSpec(
    code="lsu4",
    label="Objectifs d'apprentissage (LSU, bilans périodiques)",
    steps=(
        StepSpec(1, "Non atteints", "Objectifs d'apprentissage non atteints", 0, "#D7301F", "○"),
        StepSpec(
            2,
            "Partiellement atteints",
            "Objectifs d'apprentissage partiellement atteints",
            33,
            "#FEE08B",
            "◑",
        ),
        StepSpec(3, "Atteints", "Objectifs d'apprentissage atteints", 67, "#66BD63", "●"),
        StepSpec(4, "Dépassés", "Objectifs d'apprentissage dépassés", 100, "#08519C", "★"),
        *_NOT_COUNTING,
    ),
)

MATERNELLE = ScaleSpec(
    code="maternelle3",
    label="Synthèse des acquis (école maternelle)",
    steps=(
        StepSpec(1, "Ne réussit pas encore", "Ne réussit pas encore", 0, "#FEE08B", "○"),
        StepSpec(2, "En voie de réussite", "Est en voie de réussite", 50, "#66BD63", "◑"),
        StepSpec(3, "Réussit souvent", "Réussit souvent", 100, "#08519C", "●"),
        *_NOT_COUNTING,
    ),
)

BUILTIN_SCALES: dict[str, ScaleSpec] = {spec.code: spec for spec in (LSU, MATERNELLE)}
DEFAULT_SCALE = LSU.code


def scale_from_dict(raw: dict[str, object]) -> ScaleSpec:
    """A teacher's scale from JSON: {"code", "label", "steps": [{"rank", "short", "label", "value",
    "color", "symbol"}]}; steps without rank are marks that do not count."""
    from progression.errors import InvalidInputError

    try:
        steps_raw = raw["steps"]
        assert isinstance(steps_raw, list)
        steps = tuple(
            StepSpec(
                rank=int(s["rank"]) if s.get("rank") is not None else None,
                short=str(s["short"]).strip(),
                label=str(s.get("label") or s["short"]).strip(),
                value=int(s["value"]) if s.get("rank") is not None else None,
                color=str(s.get("color") or "#CCCCCC"),
                symbol=str(s.get("symbol") or s["short"][:2]),
            )
            for s in steps_raw
        )
        return ScaleSpec(code=str(raw["code"]).strip(), label=str(raw["label"]).strip(), steps=steps)
    except (KeyError, TypeError, ValueError, AssertionError) as error:
        raise InvalidInputError("scale.file_incomplete") from error


# The words of other tools and of the LSU for the four usual steps (singular, without accents,
# as ``match_key`` writes them): a file from SACoche or a spreadsheet says « Acquis », not « Atteints ».
STEP_WORDS = (
    ("non atteint", "non acquis", "maitrise insuffisante", "insuffisant", "objectif non atteint"),
    ("partiellement atteint", "partiellement acquis", "en cours d'acquisition", "en cours", "maitrise fragile",
     "fragile", "objectif partiellement atteint"),
    ("atteint", "acquis", "maitrise satisfaisante", "satisfaisant", "objectif atteint"),
    ("depasse", "tres bonne maitrise", "objectif depasse", "expert"),
)
STEP_SYNONYMS = {word.rstrip("s"): rank for rank, words in enumerate(STEP_WORDS, start=1) for word in words}
ABSENT_WORDS = frozenset(word.rstrip("s") for word in ("abs", "absent", "absente"))
