"""``progression import-pupils``: preview (``--dry-run``) or import a class list."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from progression.importers.pupils import PupilImportPlan, plan_pupil_import, pupil_import
from progression.service import CarnetService

ACTION_WORDS = {"add": "ajouté", "update": "mis à jour", "unchanged": "inchangé"}


def cmd_import_pupils(args: argparse.Namespace) -> int:
    service = CarnetService.open(Path(args.carnet))
    try:
        plan = plan_pupil_import(service, Path(args.list), args.class_key)
        if args.dry_run:
            _show(plan, as_json=args.json)
            return 1 if plan.rejected else 0
        operation = pupil_import(service, plan, skip_invalid=args.skip_invalid)
        if operation is not None:
            service.run(operation)
        result = plan.result()
    finally:
        service.close()
    print(f"{result.added} élève(s) ajouté(s), {result.updated} mis à jour, {result.unchanged} inchangé(s).")
    for warning in plan.source.warnings:
        print(f"Attention : {warning.message}")
    for row, other in plan.likely_duplicates:
        print(
            f"Doublon possible : ligne {row.line} « {row.first_name} {row.last_name} » ressemble à "
            f"{other.first_name} {other.last_name} déjà dans la classe ; vérifiez."
        )
    if plan.rejected:
        sys.stderr.write(f"{len(plan.rejected)} ligne(s) rejetée(s) :\n")
        for problem in plan.rejected:
            sys.stderr.write(f"  {problem.message}\n")
        return 1
    return 0


def _show(plan: PupilImportPlan, *, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(
            json.dumps(
                {
                    "changes": [
                        {
                            "action": c.action,
                            "line": c.row.line,
                            "last_name": c.row.last_name,
                            "first_name": c.row.first_name,
                            "birth_date": c.row.birth_date.isoformat() if c.row.birth_date else None,
                            "grade": c.row.grade,
                            "ine": c.row.ine,
                            "fields": list(c.fields),
                        }
                        for c in plan.changes
                    ],
                    "rejected": [{"line": p.line, "column": p.column, "message": p.message} for p in plan.rejected],
                    "likely_duplicates": [{"line": r.line, "pupil_id": o.id} for r, o in plan.likely_duplicates],
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
        return
    print(f"{'Action':12} {'Ligne':>5}  {'Nom':24} {'Prénom':18} {'Naissance':10} {'Niveau':6} INE")
    for c in plan.changes:
        born = c.row.birth_date.strftime("%d/%m/%Y") if c.row.birth_date else ""
        print(
            f"{ACTION_WORDS[c.action]:12} {c.row.line:>5}  {c.row.last_name[:24]:24} {c.row.first_name[:18]:18} "
            f"{born:10} {c.row.grade or '':6} {c.row.ine or ''}"
        )
    for p in plan.rejected:
        print(f"{'rejeté':12} {p.line:>5}  {p.message}")
    for w in plan.source.warnings:
        print(f"{'attention':12} {w.line:>5}  {w.message}")
    print(
        f"Total : {plan.count('add')} à ajouter, {plan.count('update')} à mettre à jour, "
        f"{plan.count('unchanged')} inchangé(s), {len(plan.rejected)} rejeté(s)."
    )
