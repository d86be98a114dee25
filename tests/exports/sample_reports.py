"""Sample report data for the renderers: a 24-pupil CE1/CE2 class, built without a carnet.

Plain functions so that tests can build variants; ``conftest.py`` wraps them in fixtures.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from typing import Any

from exports.report import (
    ClassGrid,
    FluencyPoint,
    FluencyRow,
    FluencyShortfall,
    FluencyTarget,
    GridRow,
    Mark,
    NeedGroup,
    NeedGroupMember,
    PeriodGrid,
    PeriodReport,
    PupilReport,
    ReportHeader,
    ReportItem,
    StepStyle,
)

NOT_MET = StepStyle(1, "Non atteints", "Objectifs d'apprentissage non atteints", "#F2A7A0", "○", True, 0)
PARTLY = StepStyle(2, "Partiellement atteints", "Objectifs d'apprentissage partiellement atteints", "#F8D68D",
                   "◑", True, 33)
MET = StepStyle(3, "Atteints", "Objectifs d'apprentissage atteints", "#A9D6A1", "●", True, 67)
EXCEEDED = StepStyle(4, "Dépassés", "Objectifs d'apprentissage dépassés", "#8CC2EA", "★", True, 100)
ABSENT = StepStyle(None, "Absent", "Absent lors de l'évaluation", "#D9D9D9", "⊘", False, None)
NOT_EVALUATED_STEP = StepStyle(None, "Non évalué", "Non évalué cette période", "#EFEFEF", "–", False, None)
SCALE = (NOT_MET, PARTLY, MET, EXCEEDED, ABSENT, NOT_EVALUATED_STEP)
COUNTING = (NOT_MET, PARTLY, MET, EXCEEDED)

MULTI_SCRIPT = ("Łukasz Şahin", "Nguyễn Thị Ánh", "Ольга Петрова")
FRENCH_NAMES = (
    "Léa Moreau", "Noé Lefèvre", "Zoé Garçon", "Maël Le Bihan", "Chloé Dupré-Lemaître", "Anaïs Benoît",
    "Jérôme Cœur", "Inès Haddad", "Gaëlle N'Diaye", "Théo Lambert", "Élodie Fontaine", "Raphaël Müller",
    "Ambre Giraud", "Louis-Ange Mbappé", "Océane Perrin", "Timothée Marchal", "Héloïse Fabre",
    "Yanis Belkacem", "Aurélien Roussel", "Manon Leclerc", "Sofiane Aït-Ahmed",
)
CLASS_NAMES = FRENCH_NAMES[:10] + MULTI_SCRIPT + FRENCH_NAMES[10:]
assert len(CLASS_NAMES) == 24
# Names that a spreadsheet would run as formulas, and markup a PDF must print literally.
HOSTILE_NAMES = ('=HYPERLINK("http://example.invalid","x")', "+33 6 12 34 56 78", "-Zoé", "@SUM(A1:A9)",
                 "\tTabulée", "\rRetour", "Léa <b>&amp;</b> Dupont")

LONG_LABEL = (
    "Objectif personnalisé : lire à haute voix devant un groupe un texte documentaire préparé à la "
    "maison, en respectant la ponctuation, les liaisons obligatoires et les groupes de souffle, puis "
    "reformuler oralement l'essentiel de ce qui a été lu avec ses propres mots, répondre à des questions "
    "de compréhension portant aussi bien sur l'explicite que sur l'implicite, justifier chaque réponse "
    "par un retour précis au texte et enfin proposer à ses camarades une question nouvelle qui montre "
    "qu'il a compris la structure du texte et son intention. FIN-DU-LIBELLÉ"
)
assert len(LONG_LABEL) >= 500, len(LONG_LABEL)

DOMAIN = ReportItem("LEC", "Lecture et compréhension de l'écrit", "domain", 0)
COMPETENCIES = {
    "LEC.1": "Identifier les mots de manière de plus en plus aisée",
    "LEC.2": "Lire à voix haute",
    "LEC.3": "Comprendre un texte",
    "LEC.4": "Devenir lecteur",
}
OBJECTIVES: dict[str, dict[str, list[tuple[str, str]]]] = {
    "CE1": {
        "LEC.1": [("CE1.LEC.1.1", "Automatiser le décodage des correspondances graphophonémiques apprises "
                                  "au CP"),
                  ("CE1.LEC.1.2", "Décoder toutes les CGP, y compris les plus complexes, et identifier "
                                  "directement les mots courants")],
        "LEC.2": [("CE1.LEC.2.1", "Lire un texte adapté à son niveau à 70 mots par minute"),
                  ("CE1.LEC.2.2", "Respecter la ponctuation et les groupes de souffle ; lire de manière "
                                  "expressive")],
        "LEC.3": [("CE1.LEC.3.1", "Dégager le sens global d'un texte lu en autonomie"),
                  ("CE1.LEC.3.2", "Se repérer dans la chaîne anaphorique et comprendre l'implicite dans "
                                  "des cas simples"),
                  ("CE1.LEC.3.3", "Lire et comprendre seul un texte d'une quinzaine de lignes")],
        "LEC.4": [("CE1.LEC.4.1", "Lire 5 à 10 œuvres complètes et variées dans l'année")],
    },
    "CE2": {
        "LEC.1": [("CE2.LEC.1.1", "Avoir automatisé toutes les CGP et lire un texte nouveau en s'appuyant "
                                  "sur un décodage rapide"),
                  ("CE2.LEC.1.2", "Repérer les lettres muettes et décoder les mots inconnus sans perdre la "
                                  "vitesse visée")],
        "LEC.2": [("CE2.LEC.2.1", "Lire un texte adapté à son niveau à 90 mots par minute"),
                  ("CE2.LEC.2.2", "Respecter ponctuation et liaisons ; manifester sa compréhension par une "
                                  "lecture expressive")],
        "LEC.3": [("CE2.LEC.3.1", "Différencier textes narratifs, informatifs et prescriptifs"),
                  ("CE2.LEC.3.2", "Comprendre l'implicite à partir d'indices et de ses connaissances"),
                  ("CE2.LEC.3.3", "Lire et comprendre seul un texte d'une vingtaine de lignes"),
                  ("PERSO.CE2.1", LONG_LABEL)],
        "LEC.4": [("CE2.LEC.4.1", "Lire de manière autonome 5 à 10 œuvres complètes et variées ; relier ses "
                                  "lectures entre elles")],
    },
}
# Plain wordings for families of a few objectives (the others have none: their label is printed).
FAMILY = {
    "CE1.LEC.1.2": "Lire tous les sons, même les plus difficiles, et reconnaître d'un coup d'œil les mots courants",
    "CE1.LEC.3.2": "Savoir à qui renvoient « il », « elle »… et comprendre ce qui n'est pas dit",
    "CE2.LEC.1.1": "Lire un texte nouveau en déchiffrant vite et sans effort",
    "CE2.LEC.3.2": "Comprendre ce que le texte ne dit pas directement",
}
GRADES = ("CE1", "CE2")
TARGETS = {"CE1": 70.0, "CE2": 90.0}
STARTS = {"CE1": 30.0, "CE2": 70.0}  # the estimated line's September value (previous grade's target)
YEAR_START, YEAR_END = date(2026, 9, 1), date(2027, 7, 3)
TARGET_DAY = date(2027, 6, 30)


def estimate(grade: str, day: date) -> float:
    """The sample's repère estimé: a straight line from September to the end of June."""
    share = (day - YEAR_START).days / (TARGET_DAY - YEAR_START).days
    return round(STARTS[grade] + (TARGETS[grade] - STARTS[grade]) * share, 1)


def class_items() -> tuple[ReportItem, ...]:
    """Every item of the class in display order: domain, then each competency and its objectives."""
    items = [DOMAIN]
    for code, label in COMPETENCIES.items():
        items.append(ReportItem(code, label, "competency", 1))
        for grade in GRADES:
            items += [ReportItem(c, lab, "objective", 2, (grade,), FAMILY.get(c)) for c, lab in OBJECTIVES[grade][code]]
    return tuple(items)


def grade_items(grade: str) -> tuple[ReportItem, ...]:
    return tuple(item for item in class_items() if item.applies_to(grade))


def objectives() -> tuple[ReportItem, ...]:
    return tuple(item for item in class_items() if item.kind == "objective")


def header(period: int = 2) -> ReportHeader:
    starts = {1: date(2026, 9, 1), 2: date(2026, 11, 2), 3: date(2027, 1, 4)}
    ends = {1: date(2026, 10, 30), 2: date(2026, 12, 18), 3: date(2027, 2, 19)}
    return ReportHeader(
        school="École élémentaire Jules-Ferry", class_label="CE1-CE2 B", teacher="Mme Dubois",
        year_label="2026-2027", period_label=f"Période {period}", period_index=period,
        period_start=starts[period], period_end=ends[period], generated_on=date(2026, 11, 28),
        rule_label="moyenne pondérée géométrique (poids 1, 2, 4, 8…)",
        previous_period_label=f"Période {period - 1}" if period > 1 else None,
        year_start=YEAR_START, year_end=YEAR_END,
    )


def _marks(rng: random.Random, items: Sequence[ReportItem], *, with_previous: bool) -> dict[str, Mark]:
    marks: dict[str, Mark] = {}
    for item in items:
        if item.kind == "domain":
            continue
        roll = rng.random()
        if roll < 0.07:
            continue  # non évalué
        step = ABSENT if roll < 0.1 else rng.choices(COUNTING, weights=(2, 4, 6, 2))[0]
        previous = rng.choice((*COUNTING, None)) if with_previous else None
        score = step.value if step.counts else None
        marks[item.code] = Mark(step, overridden=rng.random() < 0.1, previous=previous, score=score)
    return marks


def _fluency(rng: random.Random, grade: str, upto: date) -> tuple[FluencyPoint, ...]:
    base = rng.uniform(25, 60) if grade == "CE1" else rng.uniform(45, 85)
    points = []
    for step, day in enumerate((date(2026, 9, 15), date(2026, 10, 13), date(2026, 11, 17))):
        if day <= upto:
            points.append(FluencyPoint(day, round(base + step * rng.uniform(2, 7), 1), "Le loup et l'agneau",
                                       period="Période 1" if day.month < 11 else "Période 2",
                                       estimate=estimate(grade, day), target=TARGETS[grade]))
    return tuple(points)


def make_period_report(names: Sequence[str] = CLASS_NAMES, *, period: int = 2, empty: bool = False,
                       seed: int = 7) -> PeriodReport:
    """The class for one period; ``empty`` gives a period with no observation at all."""
    rng = random.Random(seed)
    hdr = header(period)
    pupils: list[PupilReport] = []
    shortfalls: list[FluencyShortfall] = []
    for index, name in enumerate(names):
        grade = GRADES[index % 2]
        items = grade_items(grade)
        silent = empty or index == 5  # pupil 5 has never been observed
        marks = {} if silent else _marks(rng, items, with_previous=period > 1)
        fluency = () if (empty or index == 3) else _fluency(rng, grade, hdr.period_end)
        target = (FluencyTarget(YEAR_START, STARTS[grade], "Repère estimé en septembre (non officiel)",
                                official=False),
                  FluencyTarget(TARGET_DAY, TARGETS[grade], f"Objectif officiel de fin de {grade}"))
        appreciation = "" if index % 6 == 4 else (
            f"{name.split()[0]} progresse régulièrement ; la lecture à voix haute gagne en aisance. "
            "Continuer à lire chaque soir un court texte à la maison.")
        pupils.append(PupilReport(key=f"uuid-{index:02d}", label=name, grade=grade, items=items, marks=marks,
                                  fluency=fluency, fluency_target=target, appreciation=appreciation))
        if fluency and fluency[-1].mclm < estimate(grade, fluency[-1].when) * 0.85:
            latest = fluency[-1]
            shortfalls.append(FluencyShortfall(name, grade, latest.mclm, estimate(grade, latest.when), latest.when,
                                               official_mclm=TARGETS[grade]))
    by_code = {item.code: item for item in class_items()}
    def some(objective: str, *indexes: int) -> tuple[NeedGroupMember, ...]:
        wording = f"non atteints : {by_code[objective].label}"
        return tuple(NeedGroupMember(names[i % len(names)], wording, placed_by_teacher=i == 10) for i in indexes)

    groups = () if empty else (
        NeedGroup(1, f"Groupe 1 · {by_code['LEC.2'].label}", by_code["LEC.2"], some("CE1.LEC.2.1", 0, 2, 10)),
        NeedGroup(2, f"Groupe 2 · {by_code['LEC.3'].label}", by_code["LEC.3"], some("CE2.LEC.3.3", 1, 11, 13)),
    )
    return PeriodReport(header=hdr, scale=SCALE, items=class_items(), pupils=tuple(pupils),
                        need_groups=groups, fluency_below_target=tuple(shortfalls))


def make_class_grid(names: Sequence[str] = CLASS_NAMES, *, periods: int = 2) -> ClassGrid:
    """The class over ``periods`` periods, objectives of both grades as columns."""
    grids = []
    for period in range(1, periods + 1):
        report = make_period_report(names, period=period, seed=period)
        rows = tuple(GridRow(pupil.label, pupil.grade, pupil.marks) for pupil in report.pupils)
        grids.append(PeriodGrid(f"Période {period}", objectives(), rows))
    last = make_period_report(names, period=periods, seed=periods)
    fluency = tuple(FluencyRow(p.label, p.grade, p.fluency) for p in last.pupils)
    return ClassGrid(header=header(periods), scale=SCALE, periods=tuple(grids), fluency=fluency, grades=GRADES)


def many_objectives(count: int) -> tuple[ReportItem, ...]:
    """A framework far wider than a page: ``count`` objectives over five competencies."""
    items: list[Any] = [DOMAIN]
    for c in range(5):
        items.append(ReportItem(f"C{c + 1}", f"Compétence {c + 1}", "competency", 1))
        items += [ReportItem(f"C{c + 1}.{o + 1:02d}", f"Objectif {c + 1}.{o + 1}", "objective", 2)
                  for o in range(count // 5)]
    return tuple(items)

