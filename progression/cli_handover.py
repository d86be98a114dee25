"""``progression next-year``: next year's carnet from this year's (``progression.handover``).

Kept apart from ``progression.cli`` so that module stays small; imports only the standard library
at the top, so building the parser stays quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    p = sub.add_parser("next-year", help="préparer le carnet de l'année suivante avec les élèves et leur historique")
    p.add_argument("carnet", help="le nouveau carnet à créer")
    p.add_argument("--from", dest="sources", action="append", required=True, metavar="CARNET",
                   help="un carnet de cette année d'où viennent des élèves (répétable : deux classes en une)")
    p.add_argument("--class", dest="class_label", required=True, help="nom de la nouvelle classe")
    p.add_argument("--year", required=True, help="l'année scolaire suivante, par exemple 2027-2028")
    p.add_argument("--pupils", help="« NOM Prénom;NOM Prénom… » : ces élèves seulement (sinon tous ceux encore "
                                    "dans la classe)")
    p.add_argument("--grade", action="append", default=[], metavar="« NOM Prénom=NIVEAU »",
                   help="le niveau d'un élève l'an prochain, s'il n'est pas le suivant (répétable)")
    p.add_argument("--school", default="", help="nom de l'école (sinon celui du premier carnet)")
    p.add_argument("--teacher", default="", help="l'enseignant(e) de la nouvelle classe")
    p.add_argument("--json", action="store_true", help="écrire ce qui a été repris en JSON")
    p.set_defaults(handler=cmd_next_year)


def _grades(texts: list[str]) -> dict[str, str]:
    from progression.errors import InvalidInputError

    grades = {}
    for text in texts:
        who, sign, grade = text.rpartition("=")
        if not sign or not who.strip() or not grade.strip():
            raise InvalidInputError("handover.grade_unreadable", text=text)
        grades[who.strip()] = grade.strip()
    return grades


def cmd_next_year(args: argparse.Namespace) -> int:
    from progression.handover import NextYear, choose, make_next_year, pupils_of
    from progression.wording import words

    sources = [Path(s) for s in args.sources]
    names = None if args.pupils is None else [n for n in args.pupils.split(";") if n.strip()]
    chosen = choose(pupils_of(sources), names, _grades(args.grade), sources)
    report = make_next_year(Path(args.carnet), sources,
                            NextYear(label=args.class_label, year=args.year, school=args.school, teacher=args.teacher),
                            chosen)
    if args.json:
        from progression.cli_json import to_json

        print(to_json(report.as_json()))
        return 0
    print(words("handover.made", {"year": report.year, "path": str(report.path), "label": report.label,
                                  "count": len(report.pupils)}))
    for name, before, after in report.pupils:
        print(words("handover.pupil", {"name": name, "before": before, "after": after}))
    history = report.history
    print(words("handover.history", {
        "observations": history.get("observation", 0),
        "readings": history.get("fluency_measure", 0),
        "grids": history.get("reading_grid", 0),
        "decisions": history.get("synthesis_override", 0) + history.get("appreciation", 0),
        "code": history.get("code_mark", 0),
        "works": history.get("work_reading", 0),
    }))
    return 0
