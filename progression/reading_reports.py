"""What a pupil's period synthesis prints of the grids and decoding readings: the latest grid of
each kind and the latest reading of syllables and of pseudo-words, up to the period's end."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from exports.report import DecodingReport, GridReport
from progression.fluency import KIND_UNITS
from progression.queries import CarnetQueries
from progression.reading_grids import grid

DECODING = (("syllables", "Syllabes"), ("pseudo_words", "Pseudo-mots"))


def latest_grids(queries: CarnetQueries, pupil_ids: Sequence[str], until: date) -> dict[str, tuple[GridReport, ...]]:
    latest: dict[tuple[str, str], GridReport] = {}
    since = queries.class_info().year_starts_on  # a past year handed over (progression.handover) is not this one
    for row in queries.reading_grids(pupil_ids):  # oldest first: the last one wins
        if not since <= row.assessed_on <= until:
            continue
        spec = grid(row.kind)
        levels = tuple((c.label, row.levels[c.code]) for c in spec.criteria if c.code in row.levels)
        latest[(row.pupil_id, row.kind)] = GridReport(spec.label, row.assessed_on, levels, row.text_title,
                                                      row.prepared)
    found: dict[str, list[GridReport]] = {}
    for kind in ("prosody", "comprehension"):
        for (pupil_id, of_kind), report in latest.items():
            if of_kind == kind:
                found.setdefault(pupil_id, []).append(report)
    return {pupil_id: tuple(reports) for pupil_id, reports in found.items()}


def latest_decoding(queries: CarnetQueries, pupil_ids: Sequence[str],
                    until: date) -> dict[str, tuple[DecodingReport, ...]]:
    found: dict[str, list[DecodingReport]] = {}
    since = queries.class_info().year_starts_on
    for kind, what in DECODING:
        latest = {}
        for m in queries.fluency(pupil_ids, kind=kind):
            if since <= m.measured_on <= until:
                latest[m.pupil_id] = DecodingReport(what, m.measured_on, m.mclm, KIND_UNITS[kind])
        for pupil_id, report in latest.items():
            found.setdefault(pupil_id, []).append(report)
    return {pupil_id: tuple(reports) for pupil_id, reports in found.items()}
