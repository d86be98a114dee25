"""What may be called an « objectif » of fluency in a document, for the tests that read them back.

The programmes' end-of-year figures, in words correctly read per minute: CP at least 30 on a
text read without preparation and 50 on a prepared one (BO n°41 of 31 October 2024), CE1 70,
CE2 90 (same BO), CM1 110 and CM2 120 (BO n°16 of 17 April 2025). Kept here apart from
resources/norms, so that a wrong figure in the data cannot pass for an official one. Every other
figure (the line from September to June) is an estimate and must be called one.
"""

from __future__ import annotations

import re

OFFICIAL_FLUENCY = {30, 50, 70, 90, 110, 120}
ESTIMATE = "repère estimé (non officiel)"

# « objectif » (any case, singular or plural), then within the same phrase a figure followed by
# « mots » (mots/min, mots par minute): the figure an « objectif » is said to be. A phrase ends at
# a full stop or at a capital that starts another one (text read back from a PDF loses its line
# ends); grade names (CP, CE1, CM2) do not end it.
_OBJECTIVE_FIGURE = re.compile(r"\b[Oo]bjectifs?\b(?:\bC[EMP]\d?\b|[^.\d\nA-ZÀ-Ý]){0,80}?(\d+(?:,\d+)?)\s*mots")


def objective_figures(text: str) -> list[str]:
    """Every figure a text presents as an « objectif » of fluency."""
    return _OBJECTIVE_FIGURE.findall(" ".join(text.split()))


def unofficial_objectives(text: str) -> list[str]:
    """The figures a text calls « objectif » that are not the programme's."""
    return [figure for figure in objective_figures(text) if float(figure.replace(",", ".")) not in OFFICIAL_FLUENCY]
