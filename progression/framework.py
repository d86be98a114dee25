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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from progression import paths
from progression.errors import InvalidInputError
from progression.schema import GRADES, stable_id

KINDS = ("domain", "competency", "objective")
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


def _item_from_dict(raw: dict[str, Any], where: str) -> ItemSpec:
    try:
        code = str(raw["code"]).strip()
        label = " ".join(str(raw["label"]).split())
        kind = str(raw.get("kind") or "objective").strip()
        parent = raw.get("parent") or None
        grades_raw = raw.get("grades") or []
    except KeyError as error:
        raise InvalidInputError(f"{where} : la colonne « {error.args[0]} » manque.") from error
    if isinstance(grades_raw, str):
        grades_raw = [g for g in grades_raw.replace(";", ",").replace(" ", ",").split(",") if g]
    grades = tuple(str(g).strip().upper() for g in grades_raw)
    if not code:
        raise InvalidInputError(f"{where} : l'item n'a pas de code.")
    if not label:
        raise InvalidInputError(f"{where} : l'item « {code} » n'a pas d'intitulé.")
    if len(label) > MAX_LABEL:
        raise InvalidInputError(f"{where} : l'intitulé de « {code} » dépasse {MAX_LABEL} caractères.")
    if kind not in KINDS:
        raise InvalidInputError(
            f"{where} : type « {kind} » inconnu pour « {code} » (domain, competency ou objective)."
        )
    unknown = [g for g in grades if g not in GRADES]
    if unknown:
        raise InvalidInputError(f"{where} : niveau « {unknown[0]} » inconnu pour « {code} ».")
    coefficient = raw.get("coefficient")
    try:
        coef = float(str(coefficient).replace(",", ".")) if coefficient not in (None, "") else 1.0
    except ValueError as error:
        raise InvalidInputError(
            f"{where} : coefficient « {coefficient} » invalide pour « {code} »."
        ) from error
    return ItemSpec(
        code=code,
        label=label,
        kind=kind,
        parent=str(parent).strip() if parent else None,
        grades=grades,
        lsu_code=(raw.get("lsu_code") or None),
        coefficient=coef,
        timing=raw.get("timing") or None,
        verified=bool(raw.get("verified", True)),
        family=" ".join(str(raw.get("family") or "").split()) or None,
    )


def framework_from_dict(raw: dict[str, Any], where: str = "référentiel") -> FrameworkSpec:
    try:
        items = tuple(
            _item_from_dict(item, f"{where}, item {n}") for n, item in enumerate(raw["items"], start=1)
        )
        in_force = raw.get("in_force") or {}
        spec = FrameworkSpec(
            code=str(raw["code"]),
            label=str(raw["label"]),
            version=str(raw.get("version") or ""),
            cycle=raw.get("cycle"),
            grades=tuple(raw.get("grades") or ()),
            in_force_from=_parse_date(in_force.get("from")),
            in_force_to=_parse_date(in_force.get("to")),
            status=str(raw.get("status") or "current"),
            items=items,
        )
    except (KeyError, TypeError) as error:
        raise InvalidInputError(
            f"{where} : le fichier n'a pas la forme d'un référentiel Progression."
        ) from error
    check_tree(spec.items, where)
    return spec


def check_tree(items: Sequence[ItemSpec], where: str, known_codes: Iterable[str] = ()) -> None:
    """Codes unique, parents known, and the tree shape domain › competency › objective."""
    known = set(known_codes)
    seen: dict[str, str] = {}
    for item in items:
        if item.code in seen or item.code in known:
            raise InvalidInputError(f"{where} : le code « {item.code} » apparaît deux fois.")
        seen[item.code] = item.kind
    for item in items:
        if item.parent is None:
            continue
        if item.parent not in seen and item.parent not in known:
            raise InvalidInputError(
                f"{where} : l'item « {item.code} » a pour parent « {item.parent} », qui n'existe pas."
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
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")
    except OSError as error:
        raise InvalidInputError(f"Impossible de lire « {path.name} » : {error.strerror}.") from error
    if path.suffix.lower() == ".json":
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as error:
            raise InvalidInputError(
                f"« {path.name} », ligne {error.lineno} : ce n'est pas un fichier JSON valide."
            ) from error
        return framework_from_dict(raw, path.name)
    dialect = ";" if text.count(";") >= text.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=dialect)
    missing = [c for c in ("code", "label") if c not in (reader.fieldnames or [])]
    if missing:
        raise InvalidInputError(
            f"« {path.name} » : colonne « {missing[0]} » absente. Colonnes attendues : {', '.join(CSV_COLUMNS)}."
        )
    items = tuple(
        _item_from_dict(row, f"« {path.name} », ligne {n}") for n, row in enumerate(reader, start=2)
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
