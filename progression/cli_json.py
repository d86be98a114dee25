"""What the command line prints as JSON: a stable scripting interface (ARCHITECTURE.md, section 6).

The shapes here are a contract with scripts and tests: keys may be added, never renamed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from progression.schema import SCHEMA_REVISION
from progression.service import CarnetService
from progression.synthesis import RuleOptions
from progression.views import ItemView, SynthesisRow


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def carnet_info(service: CarnetService) -> dict[str, Any]:
    """``progression info --json``."""
    klass = service.class_info()
    settings = service.settings
    return {
        "schema": SCHEMA_REVISION,
        "file": str(service.carnet.path),
        "class": {
            "label": klass.label,
            "school": klass.school,
            "teacher": klass.teacher,
            "year": klass.year_label,
            "grades": service.grades(),
            "onde_id": klass.onde_class_id,
        },
        "periods": [
            {
                "index": p.index,
                "label": p.label,
                "start": p.starts_on.isoformat(),
                "end": p.ends_on.isoformat(),
            }
            for p in service.periods()
        ],
        "scale": {
            "code": settings.scale,
            "steps": [
                {
                    "rank": s.rank,
                    "short": s.short,
                    "label": s.label,
                    "value": s.value,
                    "counts": s.counts,
                    "symbol": s.symbol,
                    "color": s.color,
                }
                for s in service.steps()
            ],
        },
        "rule": {
            "rule": str(settings.rule),
            "window": settings.window,
            "best_k": settings.best_k,
            "include_earlier": settings.include_earlier,
        },
        "counts": service.counts(),
        "pupils": [
            {
                "id": p.id,
                "last_name": p.last_name,
                "first_name": p.first_name,
                "birth_date": p.birth_date.isoformat() if p.birth_date else None,
                "grade": p.grade,
                "ine": p.ine,
                "left_on": p.left_on.isoformat() if p.left_on else None,
            }
            for p in service.pupils()
        ],
    }


def items_json(items: Iterable[ItemView]) -> list[dict[str, Any]]:
    """``progression items --json``."""
    return [
        {"code": i.code, "label": i.label, "kind": i.kind, "parent": i.parent_code, "grades": list(i.grades),
         "lsu_code": i.lsu_code, "framework": i.framework_code, "verified": i.verified, "custom": i.custom,
         "hidden": i.hidden}
        for i in items
    ]


def synthesis_json(period: int, options: RuleOptions, rows: Sequence[SynthesisRow]) -> dict[str, Any]:
    """``progression synthesis --json``."""
    return {
        "period": period,
        "rule": str(options.rule),
        "window": options.window,
        "results": [
            {"pupil_id": r.pupil_id, "item": r.item_code, "kind": r.kind, "rollup": r.rollup,
             "step": r.rank, "score": r.score, "overridden": r.overridden, "observations": r.observations,
             "from_readings": r.from_readings, "from_code": r.from_code, "from_grid": r.from_grid}
            for r in rows
        ],
    }
