"""A CP–CE1–CE2 carnet for the tests, built by the same operations the app runs.

Plain functions so that tests can import the names; ``conftest.py`` wraps the carnet in fixtures.
"""

from __future__ import annotations

from pathlib import Path

# A CP–CE1–CE2 class as a teacher builds it: pupils with their INE, the ONDE class id, a period
# of observations on every reading objective of each grade (some labels are the same from one
# grade to the next), appreciations, and fluency measures, one of them on a prepared text.
MULTIGRADE_INE = {("CP", 0): "1000000001A", ("CP", 1): "1000000002B", ("CE1", 0): "1000000003C",
                  ("CE1", 1): "1000000004D", ("CE2", 0): "1000000005E", ("CE2", 1): "1000000006F"}
UNOBSERVED = "1000000004D"  # a CE1 pupil with no reading observation (nor timed reading) in period 2


def build_multigrade(path: Path) -> None:
    from datetime import timedelta

    from progression.operations import (
        AddFluencyMeasure,
        PupilFields,
        RecordObservations,
        SavePupil,
        SetAppreciation,
        SetClassOndeId,
    )
    from progression.service import CarnetService, NewClass

    service = CarnetService.create(path, NewClass(label="CP-CE1-CE2 Les Érables", grades=("CP", "CE1", "CE2"),
                                                  school="École des Érables, Brest", teacher="Mme Test"))
    try:
        service.run(SetClassOndeId("424242"))
        for (grade, n), ine in MULTIGRADE_INE.items():
            service.run(SavePupil(PupilFields(f"Élève{n}-{grade}", "Camille" if n == 0 else "Sacha", grade, ine=ine)))
        period1, period2 = service.period(1), service.period(2)
        steps = [s for s in service.counting_steps() if s.rank is not None]
        for index, pupil in enumerate(service.pupils()):
            objectives = [i for i in service.items([pupil.grade]) if i.kind == "objective"]
            periods = (period1,) if pupil.ine == UNOBSERVED else (period1, period2)
            for period in periods:
                for n, item in enumerate(objectives):
                    # Earlier objectives observed more often: they are the period's principal ones.
                    for repeat in range(1 + (n < 3) + (n < 1)):
                        day = period.starts_on + timedelta(days=7 + repeat)
                        step = steps[(index + n + repeat) % len(steps)]
                        service.run(RecordObservations(((pupil.id, item.id),), step.id, day))
            if pupil.ine != UNOBSERVED:
                text = f"{pupil.first_name} lit avec plus d'aisance.\nContinuer la lecture du soir & les « albums »."
                service.run(SetAppreciation(pupil.id, period2.id, text))
            # Readings give the grade's speed objective a step: the unobserved pupil read in period 1 only.
            day = (period1 if pupil.ine == UNOBSERVED else period2).starts_on + timedelta(days=10)
            service.run(AddFluencyMeasure(pupil.id, day, 48 + 10 * index, 3, 60, "Le petit chaperon rouge"))
            if pupil.grade == "CP":
                service.run(AddFluencyMeasure(pupil.id, day, 40, 2, 60, "Comptine préparée", prepared=True))
    finally:
        service.close()
