"""The rules a period synthesis may follow (``progression.synthesis`` computes them), by the names
carnets store: a module of its own, so that reading a carnet's options does not load the
synthesis's exact arithmetic."""

from __future__ import annotations

import enum


class Rule(enum.StrEnum):
    """How a pupil's observations of one item are summed up; the values are stored in carnets."""

    LAST = "last"
    MEAN = "mean"
    WEIGHTED_ARITHMETIC = "weighted_arithmetic"
    WEIGHTED_GEOMETRIC = "weighted_geometric"
    BEST = "best"
    MODE_LOW = "mode_low"
    MODE_HIGH = "mode_high"
    DECAYING = "decaying"
