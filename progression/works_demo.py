"""The demo class's reading list and who read what: a work or two each period, of varied kinds.

Written straight into the demo's session like the rest of the demo (``progression.demo``), with its
own seeded randomness so the other demo data stay as they were.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from progression.schema import Work, WorkReading, new_id

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# (title, author, kind, day read, how: "aloud" for the whole class, else each pupil alone or helped)
READING_LIST: tuple[tuple[str, str, str, date, str], ...] = (
    ("Le loup qui voulait changer de couleur", "Orianne Lallemand", "album", date(2026, 9, 18), "aloud"),
    ("Les Trois Brigands", "Tomi Ungerer", "album", date(2026, 10, 9), "own"),
    ("Le Corbeau et le Renard", "Jean de La Fontaine", "fable", date(2026, 11, 13), "own"),
    ("Le Petit Chaperon rouge", "Charles Perrault", "conte", date(2026, 12, 4), "aloud"),
    ("La Lanterne magique", "Maurice Carême", "poesie", date(2027, 1, 22), "own"),
    ("Le Petit Nicolas", "Sempé et Goscinny", "roman", date(2027, 2, 12), "aloud"),
    ("Mes p'tits docs : Le loup", "Stéphanie Ledu", "documentaire", date(2027, 3, 26), "own"),
    ("Ariol", "Emmanuel Guibert et Marc Boutavant", "bd", date(2027, 4, 9), "own"),
    ("Le Petit Chaperon Uf", "Jean-Claude Grumberg", "theatre", date(2027, 5, 28), "aloud"),
)

RESPONSES = (
    "A aimé le passage où le loup devient tout rouge.",
    "A trouvé les brigands effrayants au début, puis drôles.",
    "A rejoué la scène avec un camarade.",
    "Veut lire la suite à la maison.",
    "A su redire l'histoire dans l'ordre.",
    "A préféré les illustrations au texte.",
)


def add_demo_works(session: Session, class_id: str, pupils: Sequence[tuple[str, str, float]],
                   until: date | None, author: str) -> None:
    """The reading list, and a reading for each pupil (``pupils``: id, grade, ability) of every work
    read by ``until``; a few pupils miss a work read on their own, some say something of it."""
    rng = random.Random(19)
    for position, (title, writer, kind, day, how) in enumerate(READING_LIST, start=1):
        if until is not None and day > until:
            break
        work = Work(id=new_id(), class_id=class_id, title=title, author=writer, kind=kind, position=position)
        session.add(work)
        for pupil_id, grade, ability in pupils:
            if how == "own" and rng.random() < 0.12:
                continue  # not read yet by this pupil
            own = "alone" if grade == "CE2" or ability > 0.3 else "helped"
            mode = "aloud" if how == "aloud" else own
            response = rng.choice(RESPONSES) if rng.random() < 0.25 else ""
            session.add(WorkReading(id=new_id(), work_id=work.id, pupil_id=pupil_id, read_on=day, mode=mode,
                                    response=response, author=author))
