"""The fills of the steps on paper: apart on a black-and-white copy, whatever the scale's colours.

A scale's colours are chosen for a screen; two of them may print the same grey (the built-in
scale's red « Non atteints » and dark blue « Dépassés » do). Printed documents therefore keep
each step's hue but set its lightness so that the counting steps go from light (lowest rank)
to dark (highest) in even grey steps; every mark also carries its symbol. Marks off the scale
(absent…) are left white: their symbol says what they are.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Sequence
from functools import cache

from exports.report import StepStyle, counting_steps

# Grey levels (0 black … 1 white) of the lowest and the highest counting step.
LIGHTEST, DARKEST = 0.93, 0.30
FALLBACK = "#EEEEEE"


def grey(rgb: tuple[float, float, float]) -> float:
    """The shade a colour prints at in black and white (the usual luma weights)."""
    red, green, blue = rgb
    return 0.299 * red + 0.587 * green + 0.114 * blue


def rgb(hex_color: str) -> tuple[float, float, float]:
    """``#RRGGBB`` as three 0–1 channels; light grey for anything else."""
    digits = hex_color.strip().lstrip("#")
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", digits):
        digits = FALLBACK.lstrip("#")
    red, green, blue = (int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return red, green, blue


def to_hex(channels: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in channels)


def with_grey(hex_color: str, target: float) -> str:
    """``hex_color``'s hue and saturation at the lightness that prints at the ``target`` grey."""
    hue, _, saturation = colorsys.rgb_to_hls(*rgb(hex_color))
    low, high = 0.0, 1.0
    for _ in range(24):  # grey rises with lightness at a fixed hue and saturation
        middle = (low + high) / 2
        if grey(colorsys.hls_to_rgb(hue, middle, saturation)) < target:
            low = middle
        else:
            high = middle
    return to_hex(colorsys.hls_to_rgb(hue, (low + high) / 2, saturation))


@cache
def _fills(scale: tuple[StepStyle, ...]) -> dict[StepStyle, str]:
    ranked = counting_steps(scale)
    span = max(1, len(ranked) - 1)
    return {step: with_grey(step.color, LIGHTEST - (LIGHTEST - DARKEST) * n / span) for n, step in enumerate(ranked)}


def print_fill(step: StepStyle, scale: Sequence[StepStyle]) -> str | None:
    """A step's fill on paper as ``#RRGGBB``; None (white) for a step off the scale's ranks."""
    return _fills(tuple(scale)).get(step)
