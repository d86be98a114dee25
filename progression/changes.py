"""What an operation changed: the contract between the core and the screens.

Screens redraw from a ``Changes``, never from a global reset, so its parts are a typed flag set:
a misspelt part is an ``AttributeError`` at once, not a refresh silently skipped.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from progression.views import ObservationView

Cell = tuple[str, str]  # (pupil_id, item_id)


class Part(enum.Flag):
    """The parts of a carnet an operation may touch (several at once: ``Part.PUPILS | Part.CLASS``)."""

    NONE = 0
    PUPILS = enum.auto()
    CLASS = enum.auto()  # the class, its year and periods
    ITEMS = enum.auto()  # the framework: items added, hidden, deleted
    SETTINGS = enum.auto()  # the rule, the scale, thresholds…
    OBSERVATIONS = enum.auto()
    FLUENCY = enum.auto()
    APPRECIATIONS = enum.auto()
    OVERRIDES = enum.auto()  # the teacher's own steps in a period synthesis
    CODE = enum.auto()  # the class's code progression and the pupils' marks on it
    WORKS = enum.auto()  # the reading list and the works each pupil read
    GROUPS = enum.auto()  # need groups kept with a period
    READING_GRIDS = enum.auto()  # prosody and comprehension grids


# What forgetting the history touches: everything a cache is kept for.
@dataclass(frozen=True)
class Changes:
    """What an operation touched; screens redraw from this, never from a global reset."""

    parts: Part = Part.NONE
    cells: frozenset[Cell] = frozenset()
    pupils: frozenset[str] = frozenset()
    # The observations just recorded, so the grid can show them without reading them back.
    recorded: tuple[ObservationView, ...] = ()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.parts | other.parts,
            self.cells | other.cells,
            self.pupils | other.pupils,
            self.recorded + other.recorded,
        )
