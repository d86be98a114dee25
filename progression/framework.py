"""The reading competency framework: built-in versions, custom items, JSON/CSV exchange.

Built-in frameworks are versioned data files in ``resources/frameworks``. A new carnet
copies all of them in, so records made under an older programme stay readable even when
the app later ships newer data; only the frameworks in force for the carnet's school year
are shown by default. Items keep the same UUID in every carnet (derived from their code).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from progression import paths
from progression.errors import InvalidInputError
from progression.grades import GRADES
from progression.schema import stable_id
from progression.validation import MAX_COEFFICIENT, clean_line, shown
from progression.wording import Phrase

KINDS = ("domain", "competency", "objective")
STATUSES = ("current", "superseded")
CSV_COLUMNS = ("code", "label", "kind", "parent", "grades", "lsu_code", "coefficient", "timing")
MAX_LABEL = 2000


@dataclass(frozen=True)
class ItemSpec:
    code: str
    label: str
    kind: str
    parent: str | None
    grades: tuple[str, ...]
    lsu_code: str | None = None
    coefficient: float = 1.0
    timing: str | None = None
    verified: bool = True
    # Plain wording for parents, written by us beside the official label (not official).
    family: str | None = None


@dataclass(frozen=True)
class FrameworkSpec:
    code: str
    label: str
    version: str
    cycle: int | None
    grades: tuple[str, ...]
    in_force_from: date | None
    in_force_to: date | None
    status: str
    items: tuple[ItemSpec, ...] = field(default_factory=tuple)

    def in_force_on(self, day: date) -> bool:
        starts = self.in_force_from or date.min
        ends = self.in_force_to or date.max
        return starts <= day <= ends


def item_uuid(code: str) -> str:
    return stable_id("item", code)


def framework_uuid(code: str) -> str:
    return stable_id("framework", code)


def _parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _line(raw: dict[str, Any], key: str, what: str, where: str, max_chars: int) -> str:
    """A text field of the file, checked as typed text is (``progression.validation``)."""
    value = raw.get(key)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        raise InvalidInputError("framework.not_text", where=where, what=what, value=shown(value))
    try:
        return clean_line(str(value), what, max_chars)
    except InvalidInputError as error:
        raise InvalidInputError("framework.refused", where=where, problem=error) from None


def _coefficient(value: object, code: str, where: str) -> float:
    """A finite number from 0 (the item does not count in the roll-up) to MAX_COEFFICIENT."""
    if value in (None, ""):
        return 1.0
    try:
        coef = float(str(value).replace(",", ".")) if not isinstance(value, bool) else math.nan
    except ValueError:
        coef = math.nan
    if not (math.isfinite(coef) and 0 <= coef <= MAX_COEFFICIENT):
        raise InvalidInputError(
            "framework.coefficient",
            where=where,
            value=shown(value),
            code=shown(code),
            most=f"{MAX_COEFFICIENT:g}",
        )
    return coef


def _item_from_dict(raw: dict[str, Any], where: str) -> ItemSpec:
    if not isinstance(raw, dict):
        raise InvalidInputError("framework.item_shape", where=where)
    for key in ("code", "label"):
        if key not in raw:
            raise InvalidInputError("framework.column_missing", where=where, key=key)
    code = _line(raw, "code", Phrase("framework.what.code"), where, 64)
    label = _line(raw, "label", Phrase("framework.what.label"), where, 4 * MAX_LABEL)
    kind = _line(raw, "kind", Phrase("framework.what.kind"), where, 16) or "objective"
    parent = _line(raw, "parent", Phrase("framework.what.parent"), where, 64) or None
    grades_raw = raw.get("grades") or []
    if isinstance(grades_raw, str):
        grades_raw = [g for g in grades_raw.replace(";", ",").replace(" ", ",").split(",") if g]
    if not isinstance(grades_raw, list):
        raise InvalidInputError("framework.grades_not_list", where=where, code=shown(code))
    grades = tuple(str(g).strip().upper() for g in grades_raw)
    if not code:
        raise InvalidInputError("framework.item_no_code", where=where)
    if not label:
        raise InvalidInputError("framework.item_no_label", where=where, code=shown(code))
    if len(label) > MAX_LABEL:
        raise InvalidInputError(
            "framework.label_too_long",
            where=where,
            code=shown(code),
            most=MAX_LABEL,
        )
    if kind not in KINDS:
        raise InvalidInputError(
            "framework.kind_unknown",
            where=where,
            kind=shown(kind),
            code=shown(code),
        )
    unknown = [g for g in grades if g not in GRADES]
    if unknown:
        raise InvalidInputError(
            "framework.grade_unknown",
            where=where,
            grade=shown(unknown[0]),
            code=shown(code),
        )
    return ItemSpec(
        code=code,
        label=label,
        kind=kind,
        parent=parent,
        grades=grades,
        lsu_code=_line(raw, "lsu_code", Phrase("framework.what.lsu_code"), where, 16) or None,
        coefficient=_coefficient(raw.get("coefficient"), code, where),
        timing=_line(raw, "timing", Phrase("framework.what.timing"), where, 100) or None,
        verified=bool(raw.get("verified", True)),
        family=" ".join(str(raw.get("family") or "").split()) or None,
    )


def framework_from_dict(raw: dict[str, Any], where: str | None = None) -> FrameworkSpec:
    where = where or Phrase("framework.where.default")
    try:
        items = tuple(
            _item_from_dict(item, Phrase("framework.where.item", where=where, n=n))
            for n, item in enumerate(raw["items"], start=1)
        )
        in_force = raw.get("in_force") or {}
        cycle = raw.get("cycle")
        if cycle is not None and (isinstance(cycle, bool) or cycle not in (1, 2, 3, 4)):
            raise InvalidInputError("framework.cycle_unknown", where=where, cycle=shown(cycle))
        status = _line(raw, "status", Phrase("framework.what.status"), where, 16) or "current"
        if status not in STATUSES:
            raise InvalidInputError(
                "framework.status_unknown",
                where=where,
                status=shown(status),
                statuses=', '.join(STATUSES),
            )
        spec = FrameworkSpec(
            code=_line(raw, "code", Phrase("framework.what.code"), where, 32),
            label=_line(raw, "label", Phrase("framework.what.label"), where, 300),
            version=_line(raw, "version", Phrase("framework.what.version"), where, 16),
            cycle=cycle,
            grades=tuple(raw.get("grades") or ()),
            in_force_from=_parse_date(in_force.get("from")),
            in_force_to=_parse_date(in_force.get("to")),
            status=status,
            items=items,
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise InvalidInputError("framework.file_shape", where=where) from error
    except ValueError as error:  # a date in force that is not one
        raise InvalidInputError("framework.date_refused", where=where, detail=str(error)) from error
    check_tree(spec.items, where)
    return spec


def check_tree(items: Sequence[ItemSpec], where: str, known_codes: Iterable[str] = ()) -> None:
    """Codes unique, parents known, and the tree shape domain › competency › objective."""
    known = set(known_codes)
    seen: dict[str, str] = {}
    for item in items:
        if item.code in seen or item.code in known:
            raise InvalidInputError("framework.code_twice", where=where, code=item.code)
        seen[item.code] = item.kind
    for item in items:
        if item.parent is None:
            continue
        if item.parent not in seen and item.parent not in known:
            raise InvalidInputError(
                "framework.parent_missing",
                where=where,
                code=item.code,
                parent=item.parent,
            )


def builtin_frameworks() -> list[FrameworkSpec]:
    folder = paths.resources_dir() / "frameworks"
    specs = []
    for file in sorted(folder.glob("*.json")):
        raw = json.loads(file.read_text(encoding="utf-8"))
        specs.append(framework_from_dict(raw, file.name))
    return specs


def read_framework_file(path: Path) -> FrameworkSpec:
    """A framework exchanged by teachers, as JSON (our format) or CSV (one item per line)."""
    from progression.importers.tabular import read_text

    text = read_text(path)
    if path.suffix.lower() == ".json":
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as error:
            raise InvalidInputError("framework.json_invalid", name=path.name, line=error.lineno) from error
        return framework_from_dict(raw, path.name)
    dialect = ";" if text.count(";") >= text.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=dialect)
    missing = [c for c in ("code", "label") if c not in (reader.fieldnames or [])]
    if missing:
        raise InvalidInputError(
            "framework.csv_column_missing",
            name=path.name,
            missing=missing[0],
            columns=', '.join(CSV_COLUMNS),
        )
    items = tuple(
        _item_from_dict(row, Phrase("where.file_line", name=path.name, line=n))
        for n, row in enumerate(reader, start=2)
    )
    check_tree(items, path.name)
    grades = tuple(g for g in GRADES if any(g in item.grades for item in items))
    return FrameworkSpec(
        code=path.stem[:32],
        label=path.stem,
        version="",
        cycle=None,
        grades=grades,
        in_force_from=None,
        in_force_to=None,
        status="current",
        items=items,
    )


def framework_to_json(spec: FrameworkSpec) -> str:
    return json.dumps(
        {
            "format": 1,
            "code": spec.code,
            "label": spec.label,
            "version": spec.version,
            "cycle": spec.cycle,
            "grades": list(spec.grades),
            "in_force": {
                "from": spec.in_force_from.isoformat() if spec.in_force_from else None,
                "to": spec.in_force_to.isoformat() if spec.in_force_to else None,
            },
            "status": spec.status,
            "items": [
                {
                    "code": i.code,
                    "label": i.label,
                    "kind": i.kind,
                    "parent": i.parent,
                    "grades": list(i.grades),
                    "lsu_code": i.lsu_code,
                    "coefficient": i.coefficient,
                    "timing": i.timing,
                    "verified": i.verified,
                }
                for i in spec.items
            ],
        },
        ensure_ascii=False,
        indent=1,
    )


def write_framework_file(spec: FrameworkSpec, out: Path, carnet: Path | None = None) -> Path:
    """Write ``spec`` as JSON (a ``.json`` name) or CSV, never over a carnet or its companions."""
    from progression.atomic import write_text_atomic
    from progression.validation import check_output_path

    check_output_path(out, carnet)
    text = framework_to_json(spec) if out.suffix.lower() == ".json" else framework_to_csv(spec)
    return write_text_atomic(out, text, encoding="utf-8")


def framework_to_csv(spec: FrameworkSpec) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for i in spec.items:
        writer.writerow(
            [
                i.code,
                i.label,
                i.kind,
                i.parent or "",
                ",".join(i.grades),
                i.lsu_code or "",
                f"{i.coefficient:g}",
                i.timing or "",
            ]
        )
    return "\ufeff" + out.getvalue()
