"""The school year, its zone and its periods (``progression.calendar``)."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "calendar.year_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "L'année scolaire « {label} » n'est pas reconnue : écrivez-la comme 2026-2027."),
    "calendar.period_count": QT_TRANSLATE_NOOP(
        "Errors", "Nombre de périodes « {count} » impossible : choisissez 5 périodes, 3 trimestres ou 2 semestres."),
    "calendar.period_gap": QT_TRANSLATE_NOOP(
        "Errors", "« {later} » doit commencer le lendemain de la fin de « {earlier} »."),
    "calendar.period_reversed": QT_TRANSLATE_NOOP(
        "Errors", "« {label} » se termine avant de commencer."),
    "calendar.unknown_zone": QT_TRANSLATE_NOOP(
        "Errors", "Zone « {zone} » inconnue : choisissez parmi {codes} (ou le nom de votre académie)."),
    "year.date_outside": QT_TRANSLATE_NOOP(
        "Errors", "La date du {day} est hors de l'année scolaire {year} (du {starts} au {ends})."),
}
