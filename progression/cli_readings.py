"""The command line's timed reading (``progression fluency``): a text, syllables or pseudo-words.

Kept apart from ``progression.cli`` so that module stays small; imports only the standard library
at the top, so building the parser stays quick.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

KINDS = {"texte": "text", "syllabes": "syllables", "pseudo-mots": "pseudo_words"}


def add_parser(sub: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    p = sub.add_parser("fluency", help="enregistrer une lecture chronométrée (fluence, syllabes, pseudo-mots)")
    p.add_argument("carnet")
    p.add_argument("pupil", help="INE ou « NOM Prénom » de l'élève")
    p.add_argument("--words", type=int, required=True, help="mots (syllabes, pseudo-mots) lus")
    p.add_argument("--errors", type=int, default=0, help="erreurs (0 par défaut)")
    p.add_argument("--seconds", type=float, default=60.0, help="durée de lecture en secondes (60 par défaut)")
    p.add_argument("--date", help="jj/mm/aaaa (aujourd'hui par défaut)")
    p.add_argument("--text", default="", help="titre du texte (ou de la liste) lu")
    p.add_argument("--prepared", action="store_true", help="le texte avait été préparé")
    p.add_argument("--kind", choices=tuple(KINDS), default="texte",
                   help="ce qui est lu : un texte (par défaut, la fluence comparée aux objectifs), une liste "
                        "de syllabes ou de pseudo-mots (le décodage, jamais mêlé à la fluence)")
    p.set_defaults(handler=handler)


def day_typed(typed: str | None, why: str) -> date:
    """The ``--date`` of a command that records a reading (today when left out); a day after today is
    refused with ``why``, the sentence saying when such a reading is noted."""
    from progression.errors import InvalidInputError
    from progression.importers.dates import parse_date

    try:
        day = parse_date(typed) if typed else date.today()
    except ValueError as error:
        raise InvalidInputError(f"--date : {error}.") from None
    if day > date.today():
        raise InvalidInputError(f"La date du {day.strftime('%d/%m/%Y')} est après aujourd'hui : {why} ; rien n'a "
                                "été enregistré.")
    return day


def record_reading(args: argparse.Namespace, open_carnet: Callable[..., Any]) -> int:
    """One timed reading typed at the command line: the same checks as the app (nothing read,
    more errors than read, a date after today are refused)."""
    from progression.fluency import KIND_UNITS, check_reading
    from progression.importers.observations import find_pupil
    from progression.operations import AddFluencyMeasure

    kind = KINDS[args.kind]
    day = day_typed(args.date, "une lecture se note le jour où elle a lieu")
    value = check_reading(args.words, args.errors, args.seconds, kind)
    service = open_carnet(args.carnet, lock=True)
    try:
        pupil_id = find_pupil(service, args.pupil, "Lecture")
        service.run(AddFluencyMeasure(pupil_id, day, args.words, args.errors, args.seconds, text_title=args.text,
                                      prepared=args.prepared, author=service.settings.author, reading_kind=kind))
        name = service.pupil(pupil_id).display_name
    finally:
        service.close()
    when = day.strftime("%d/%m/%Y")
    if kind != "text":
        print(f"Lecture de {args.kind} enregistrée pour {name} le {when} : {value:g} {KIND_UNITS[kind]} "
              "(décodage, à part de la fluence).")
        return 0
    prepared = "texte préparé" if args.prepared else "texte lu sans préparation"
    print(f"Lecture enregistrée pour {name} le {when} : {value:g} MCLM ({prepared}).")
    return 0


GRIDS = {"voix-haute": "prosody", "comprehension": "comprehension"}


def add_grid_parser(sub: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    p = sub.add_parser("reading-grid", help="enregistrer une grille de lecture à voix haute ou de compréhension")
    p.add_argument("carnet")
    p.add_argument("pupil", help="INE ou « NOM Prénom » de l'élève")
    p.add_argument("--grid", choices=tuple(GRIDS), required=True,
                   help="voix-haute : phrasé, ponctuation, expressivité, fluidité ; comprehension : réponses "
                        "littérales, inférentielles, justifier avec le texte, reformuler")
    p.add_argument("--levels", required=True,
                   help="un niveau de 1 à 4 par critère, dans cet ordre, séparés par des virgules (ex. 3,4,2,3)")
    p.add_argument("--date", help="jj/mm/aaaa (aujourd'hui par défaut)")
    p.add_argument("--text", default="", help="titre du texte lu")
    p.add_argument("--prepared", action="store_true", help="le texte avait été préparé")
    p.set_defaults(handler=handler)


def record_grid(args: argparse.Namespace, open_carnet: Callable[..., Any]) -> int:
    """One grid typed at the command line, with the app's checks (a level 1–4 for every criterion)."""
    from progression.errors import InvalidInputError
    from progression.importers.observations import find_pupil
    from progression.operations import AddReadingGrid
    from progression.reading_grids import check_levels, grid, level_words

    spec = grid(GRIDS[args.grid])
    typed = [part.strip() for part in args.levels.split(",") if part.strip()]
    if len(typed) != len(spec.criteria) or not all(part in {"1", "2", "3", "4"} for part in typed):
        order = ", ".join(c.label for c in spec.criteria)
        raise InvalidInputError(f"--levels : donnez {len(spec.criteria)} niveaux de 1 à 4 séparés par des virgules, "
                                f"dans cet ordre : {order}. Rien n'a été enregistré.")
    levels = check_levels(spec.kind, {c.code: int(part) for c, part in zip(spec.criteria, typed, strict=True)})
    day = day_typed(args.date, "une grille se note le jour de la lecture")
    service = open_carnet(args.carnet, lock=True)
    try:
        pupil_id = find_pupil(service, args.pupil, "Grille")
        service.run(AddReadingGrid(pupil_id, day, spec.kind, tuple(levels.items()), text_title=args.text,
                                   prepared=args.prepared, author=service.settings.author))
        name = service.pupil(pupil_id).display_name
    finally:
        service.close()
    print(f"{spec.title} enregistrée pour {name} le {day.strftime('%d/%m/%Y')} : {level_words(spec.kind, levels)}.")
    return 0
