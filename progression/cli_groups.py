"""The command line's need groups (``progression groups``): a period's groups — the ones kept, or
else the proposal — and ``--keep`` to keep the proposal.

Kept apart from ``progression.cli`` so that module stays small; imports only the standard library
at the top, so building the parser stays quick.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any


def add_parser(sub: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    p = sub.add_parser("groups", help="groupes de besoin d'une période : ceux gardés, sinon la proposition")
    p.add_argument("carnet")
    p.add_argument("--period", type=int, required=True, help="numéro de la période (1 à 5)")
    p.add_argument("--keep", action="store_true",
                   help="garder la proposition avec la période (si aucun groupe n'y est encore gardé)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=handler)


def show_groups(args: argparse.Namespace, open_carnet: Callable[..., Any]) -> int:
    """Print the period's groups; with ``--keep``, keep its proposal first (refused, nothing written,
    when groups are already kept: the teacher's moves would be lost)."""
    from progression import need_groups
    from progression.errors import InvalidInputError

    service = open_carnet(args.carnet, lock=args.keep)
    try:
        period = service.period(args.period)
        kept = need_groups.kept_groups(service, period.index)
        if args.keep:
            if kept:
                raise InvalidInputError(
                    f"Des groupes sont déjà gardés pour la période {period.index} : rien n'a été écrit. Pour "
                    "repartir de la proposition, abandonnez-les dans la page « Groupes »."
                )
            service.run(need_groups.keeping(service, period.index, need_groups.propose(service, period.index)))
            kept = need_groups.kept_groups(service, period.index)
        names = {p.id: p.display_name for p in service.pupils()}
        items = {i.id: (i.code, i.label) for i in service.items(include_hidden=True)}
        # Kept groups and proposed ones in one shape: (rank, label, competency code, note, members).
        Row = tuple[int | None, str, str, str, list[tuple[str, str, bool]]]
        if kept:
            rows: list[Row] = [(g.rank, g.label, items.get(g.item_id, ("", ""))[0], "",
                                [(m.pupil_id, m.reason, m.placed_by_teacher) for m in g.members]) for g in kept]
            # As on the page « Groupes »: pupils in need left out of a competency's kept groups.
            rows += [(None, f"Hors des groupes · {items[item_id][1]}", items[item_id][0], "",
                      [(m.pupil_id, m.reason, False) for m in out])
                     for item_id, out in need_groups.left_out(service, period.index, kept).items()]
        else:
            rows = [(g.rank, g.label, g.competency.code, g.note, [(m.pupil_id, m.reason, False) for m in g.members])
                    for g in need_groups.propose(service, period.index)]
        groups: list[dict[str, Any]] = [{"rank": rank, "label": label, "competency": code, "note": note,
                                          "pupils": [{"id": pupil_id, "name": names.get(pupil_id, ""),
                                                      "reason": reason, "placed_by_teacher": placed}
                                                     for pupil_id, reason, placed in members]}
                                         for rank, label, code, note, members in rows]
    finally:
        service.close()
    if args.json:
        print(json.dumps({"period": period.index, "kept": bool(kept), "groups": groups}, ensure_ascii=False,
                         indent=1))
        return 0
    if args.keep:
        print(f"Groupes de la période {period.index} gardés.")
    state = ("groupes gardés" if kept else
             "proposition, pas encore gardée (--keep la garde)" if groups else "aucun élève en besoin")
    print(f"{period.label} — {state}")
    for group in groups:
        count = len(group["pupils"])
        print(f"{group['label']} ({count} élève{'s' if count > 1 else ''})" + (f" — {group['note']}"
                                                                             if group["note"] else ""))
        for pupil in group["pupils"]:
            placed = " (placé par vous)" if pupil["placed_by_teacher"] else ""
            print(f"  {pupil['name']}{placed} : {pupil['reason'] or 'placé par vous'}")
    return 0
