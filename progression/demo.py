"""A believable demo class: what a newcomer and every screenshot see first.

About 24 CE1-CE2 pupils with accented French names, a school year of observations on the
reading objectives of their grade with plausible progress (most pupils progress, a few
struggle, one or two are ahead), fluency measures every period, a few absences, some
appreciations and one teacher decision. Seeded, so every run gives the same class.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from progression.errors import InvalidInputError
from progression.operations import SetClassOndeId, now
from progression.reading_demo import add_demo_reading
from progression.schema import (
    Appreciation,
    Enrolment,
    FluencyMeasure,
    Observation,
    Pupil,
    SynthesisOverride,
    new_id,
)
from progression.service import CarnetService, NewClass
from progression.works_demo import add_demo_works

DEMO_ONDE_CLASS_ID = "120345"
# The demo shows struggling pupils and one teacher decision from the fourth pupil on; past a
# hundred it is no longer a class.
MIN_PUPILS, MAX_PUPILS = 4, 100

FIRST_NAMES = [
    ("Élise", "F"),
    ("Noé", "M"),
    ("Maëlys", "F"),
    ("Raphaël", "M"),
    ("Chloé", "F"),
    ("Loïc", "M"),
    ("Anaïs", "F"),
    ("Timothée", "M"),
    ("Héloïse", "F"),
    ("Clément", "M"),
    ("Zoé", "F"),
    ("Mathéo", "M"),
    ("Inès", "F"),
    ("Nathanaël", "M"),
    ("Adèle", "F"),
    ("Léon", "M"),
    ("Joséphine", "F"),
    ("Moussa", "M"),
    ("Yasmine", "F"),
    ("Théo", "M"),
    ("Gaëlle", "F"),
    ("Sofiane", "M"),
    ("Ambre", "F"),
    ("Hugo", "M"),
    ("Léna", "F"),
    ("Ibrahim", "M"),
    ("Capucine", "F"),
    ("Jérémie", "M"),
]
LAST_NAMES = [
    "Martin",
    "Lefèvre",
    "Durand",
    "Garnier",
    "Benoît",
    "Rousseau",
    "Faure",
    "Girard",
    "Bonnet",
    "Lemaître",
    "Chevalier",
    "Mercier",
    "Boyer",
    "Fontaine",
    "Diallo",
    "Nguyen",
    "Haddad",
    "Perrin",
    "Roux",
    "Gauthier",
    "Lacroix",
    "Brémond",
    "Sénéchal",
    "Dubœuf",
    "Le Goff",
    "N'Diaye",
    "Ferreira",
    "Kowalski",
]
ACTIVITIES = [
    "Lecture à voix haute",
    "Album en réseau",
    "Lecture silencieuse",
    "Décodage",
    "Atelier de lecture",
]
TEXTS = [
    "Le loup qui voulait changer de couleur",
    "La sorcière Camomille",
    "Monsieur Petit",
    "Le géant de Zéralda",
    "Rascal",
    "Les trois brigands",
]

# School days of each period of 2026-2027 (holidays excluded), zone B.
TEACHING_WINDOWS = [
    (date(2026, 9, 1), date(2026, 10, 16)),
    (date(2026, 11, 2), date(2026, 12, 18)),
    (date(2027, 1, 4), date(2027, 2, 19)),
    (date(2027, 3, 8), date(2027, 4, 16)),
    (date(2027, 5, 3), date(2027, 7, 2)),
]

APPRECIATIONS = {
    "high": "Excellent lecteur : lit avec aisance et expressivité, comprend finement les textes. Continue ainsi !",
    "mid": "Des progrès réguliers en lecture. Le décodage s'automatise ; la compréhension reste à consolider.",
    "low": "Lecture encore hésitante : le décodage demande beaucoup d'efforts. Relire chaque soir un court texte "
    "à voix haute l'aidera beaucoup.",
}


def _school_day(rng: random.Random, window: tuple[date, date]) -> date:
    start, end = window
    while True:
        day = start + timedelta(days=rng.randrange((end - start).days + 1))
        if day.weekday() in (0, 1, 3, 4):  # no school on Wednesday afternoons or weekends
            return day


def make_demo(path: Path, *, pupils: int = 24, seed: int = 7, until: date | None = None) -> CarnetService:
    """A CE1-CE2 class with a year of observations, readings and appreciations.

    ``until``: the last day anything may be dated (the app and the command line give today, so the
    demo never shows a mark or a reading in the future); None keeps the whole year (the tests'
    fixed demo)."""
    if isinstance(pupils, bool) or not isinstance(pupils, int) or not MIN_PUPILS <= pupils <= MAX_PUPILS:
        raise InvalidInputError(
            "demo.pupils_out_of_range",
            least=MIN_PUPILS,
            most=MAX_PUPILS,
            pupils=pupils
        )
    rng = random.Random(seed)
    service = CarnetService.create(
        Path(path),
        NewClass(
            label="CE1-CE2 Les Tilleuls",
            year="2026-2027",
            grades=("CE1", "CE2"),
            periods=5,
            school="École élémentaire Jean-Jaurès, Rennes",
            teacher="Mme Morel",
        ),
    )
    service.run(SetClassOndeId(DEMO_ONDE_CLASS_ID))  # as if its list came from ONDE: the LSU export needs it
    service.forget_history()
    klass = service.class_info()
    steps = {s.rank: s for s in service.counting_steps()}
    absent = next(s for s in service.steps() if not s.counts)
    periods = service.periods()
    names = rng.sample(LAST_NAMES, k=min(pupils, len(LAST_NAMES)))
    firsts = rng.sample(FIRST_NAMES, k=min(pupils, len(FIRST_NAMES)))
    with service.carnet.session() as session:
        roster: list[tuple[str, str, float]] = []
        for n in range(pupils):
            grade = "CE1" if n % 2 == 0 else "CE2"
            first, sex = firsts[n % len(firsts)]
            year_of_birth = 2019 if grade == "CE1" else 2018
            ability = rng.gauss(0, 1)
            if n in (3, 10, 17):
                ability = -1.6 - rng.random() * 0.5  # the pupils who struggle
            pupil = Pupil(
                id=new_id(),
                last_name=names[n % len(names)],
                first_name=first,
                sex=sex,
                birth_date=date(year_of_birth, 1 + rng.randrange(12), 1 + rng.randrange(28)),
                ine=f"{rng.randrange(10**9, 10**10)}{chr(65 + rng.randrange(26))}",
            )
            session.add(pupil)
            session.add(Enrolment(id=new_id(), pupil_id=pupil.id, class_id=klass.id, grade=grade))
            roster.append((pupil.id, grade, ability))
        session.flush()
        created = now()
        for index, window in enumerate(TEACHING_WINDOWS):
            period = periods[index]
            for pupil_id, grade, ability in roster:
                objectives = [i for i in service.items([grade]) if i.kind == "objective"]
                for item_n, item in enumerate(objectives):
                    if rng.random() < 0.35:
                        continue
                    difficulty = (item_n % 5) * 0.25 - 0.5
                    for _ in range(1 + rng.randrange(2)):
                        day = _school_day(rng, window)
                        if until is not None and day > until:
                            continue
                        if rng.random() < 0.03:
                            step = absent
                        else:
                            mastery = 1 / (
                                1 + math.exp(-(ability * 1.2 + 0.5 * (index - 1) + 0.6 - difficulty))
                            )
                            rank = min(4, max(1, round(0.6 + 3.2 * mastery + rng.gauss(0, 0.45))))
                            step = steps[rank]
                        session.add(
                            Observation(
                                id=new_id(),
                                pupil_id=pupil_id,
                                item_id=item.id,
                                step_id=step.id,
                                observed_on=day,
                                activity=rng.choice(ACTIVITIES),
                                author="Mme Morel",
                                created_at=created + timedelta(seconds=len(session.new)),
                            )
                        )
                target = 70 if grade == "CE1" else 90
                expected = target * (0.62 + 0.09 * index) * (1 + 0.22 * ability)
                words = max(8, round(expected + rng.gauss(0, 4)))
                errors = max(0, round(rng.gauss(2.5 - ability, 1.2)))
                measured_on = _school_day(rng, window)
                if until is not None and measured_on > until:
                    continue  # nothing of this period has happened yet: no reading, no appreciation
                session.add(
                    FluencyMeasure(
                        id=new_id(),
                        pupil_id=pupil_id,
                        measured_on=measured_on,
                        text_title=rng.choice(TEXTS),
                        words_read=words + errors,
                        errors=errors,
                        seconds=60.0,
                        author="Mme Morel",
                    )
                )
                if index < 2:
                    kind = "high" if ability > 0.8 else "low" if ability < -1 else "mid"
                    session.add(
                        Appreciation(
                            id=new_id(),
                            pupil_id=pupil_id,
                            period_id=period.id,
                            text=APPRECIATIONS[kind],
                            author="Mme Morel",
                        )
                    )
        add_demo_works(session, klass.id, roster, until, "Mme Morel")
        add_demo_reading(session, klass.id, roster, steps, TEACHING_WINDOWS, until, "Mme Morel", seed)
        # One teacher decision, so every screen and report shows what an override looks like.
        first_pupil, grade, _ = roster[3]
        competency = next(i for i in service.items([grade]) if i.kind == "competency")
        decided_at = datetime(2026, 10, 16, 17, 0)
        if until is not None and decided_at.date() > until:
            service.forget_cached()  # the demo wrote straight into the session: every cached read is stale
            return service
        session.add(
            SynthesisOverride(
                id=new_id(),
                pupil_id=first_pupil,
                period_id=periods[0].id,
                item_id=competency.id,
                step_id=steps[2].id,
                author="Mme Morel",
                decided_at=decided_at,
                note="Progrès nets en fin de période, vus en atelier.",
            )
        )
    service.forget_cached()  # the demo wrote straight into the session: every cached read is stale
    _keep_first_groups(service, until)
    return service


def _keep_first_groups(service: CarnetService, until: date | None) -> None:
    """The need groups of the first period, kept as proposed once it is over, with one pupil moved
    by the teacher: the class summary prints them and the grid can show one of them."""
    from progression.need_groups import keeping, kept_groups, propose
    from progression.operations import MovePupil

    first = service.periods()[0]
    if until is not None and until <= first.ends_on:
        return
    proposal = propose(service, first.index)
    if not proposal:
        return
    service.run(keeping(service, first.index, proposal))
    kept = kept_groups(service, first.index)
    mover = next(((g, o) for g in kept for o in kept if o.item_id == g.item_id and o.id != g.id
                  and len(g.members) > 3), None)
    if mover is not None:
        source, target = mover
        service.run(MovePupil(source.members[-1].pupil_id, source.id, target.id, ""))
    service.forget_history()
