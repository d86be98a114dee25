"""The command line's code marks (``progression code``): how pupils decoded correspondences of the
class's progression on a day, on the carnet's scale, like a key typed on the page « Code ».

Kept apart from ``progression.cli`` so that module stays small; imports only the standard library
at the top, so building the parser stays quick.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any


def add_parser(sub: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    p = sub.add_parser("code", help="enregistrer un relevé du code (correspondances lettres-sons) pour des élèves")
    p.add_argument("carnet")
    p.add_argument("--pupil", action="append", required=True,
                   help="INE ou « NOM Prénom » de l'élève (répétable)")
    p.add_argument("--unit", action="append", required=True,
                   help="la correspondance, par son graphème (ch) ou avec son phonème (« s [z] ») (répétable)")
    p.add_argument("--step", required=True,
                   help="l'échelon : son rang (1 à 4 sur l'échelle habituelle) ou son nom (Atteints, Absent…)")
    p.add_argument("--date", help="jj/mm/aaaa (aujourd'hui par défaut)")
    p.set_defaults(handler=handler)


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def find_unit(units: Sequence[Any], typed: str) -> Any:
    """The correspondence of the progression ``typed`` names: « ch », « ch [ʃ] » or « s [z] »; a
    grapheme that stands for two sounds must come with its phoneme."""
    from progression.errors import InvalidInputError

    wanted = _words(typed)
    exact = [u for u in units if _words(u.name) == wanted]
    if exact:
        return exact[0]
    same = [u for u in units if _words(u.grapheme) == wanted]
    if len(same) == 1:
        return same[0]
    if same:
        names = ", ".join(u.name for u in same)
        raise InvalidInputError(f"--unit : « {typed} » désigne plusieurs correspondances de la progression ({names}) ; "
                                f"écrivez-la avec son phonème, par exemple --unit \"{same[-1].name}\". Rien n'a été "
                                "enregistré.")
    raise InvalidInputError(f"--unit : « {typed} » n'est pas dans la progression du code de la classe ; écrivez le "
                            "graphème (ou, ch, an…) tel que la page « Code » l'affiche, ou ajoutez-le à la "
                            "progression. Rien n'a été enregistré.")


def find_step(steps: Sequence[Any], typed: str) -> Any:
    """The step ``typed`` names: its rank on the scale (« 3 ») or its name (« Atteints », « Absent »)."""
    from progression.errors import InvalidInputError

    wanted = _words(typed)
    for step in steps:
        if (step.rank is not None and wanted == str(step.rank)) or wanted in (_words(step.short), _words(step.label)):
            return step
    choices = ", ".join(f"{s.rank} ({s.short})" if s.rank is not None else s.short for s in steps)
    raise InvalidInputError(f"--step : « {typed} » n'est pas un échelon de l'échelle du carnet ; choisissez parmi : "
                            f"{choices}. Rien n'a été enregistré.")


def record_code(args: argparse.Namespace, open_carnet: Callable[..., Any]) -> int:
    """The marks typed at the command line, with the app's checks (a pupil absent or not yet in the
    class that day, a date outside the school year or after today are refused, nothing recorded)."""
    from progression import code_progression
    from progression.cli_readings import day_typed
    from progression.errors import InvalidInputError
    from progression.importers.observations import find_pupil
    from progression.operations import MarkCode

    day = day_typed(args.date, "un relevé se note le jour où l'élève a lu")
    service = open_carnet(args.carnet, lock=True)
    try:
        units = code_progression.units(service)
        if not units:
            raise InvalidInputError("La classe n'a pas encore de progression du code : ouvrez la page « Code » et "
                                    "prenez la progression par défaut (ou celle de l'école), puis notez les relevés. "
                                    "Rien n'a été enregistré.")
        chosen = list(dict.fromkeys(find_unit(units, typed).id for typed in args.unit))
        step = find_step(service.steps(), args.step)
        pupils = list(dict.fromkeys(find_pupil(service, who, "Code") for who in args.pupil))
        service.run(MarkCode(tuple((p, u) for p in pupils for u in chosen), step.id, day,
                             author=service.settings.author))
        names = ", ".join(service.pupil(p).display_name for p in pupils)
        said = ", ".join(u.name for u in units if u.id in chosen)
    finally:
        service.close()
    print(f"Relevé du code enregistré le {day.strftime('%d/%m/%Y')} pour {names} : {said} → {step.short}.")
    return 0
