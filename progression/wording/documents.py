"""Documents: reports, exports (``progression.reports``, the renderers' refusals)."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "report.wording_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Formulation « {value} » inconnue : « family » (les mots écrits pour les familles) ou « official » "
        "(le texte des programmes)."),
    "report.pupil_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Élève « {pupil} » inconnu dans cette classe pour cette période."),
    "export.format_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Format « {format} » inconnu : pdf, class-pdf, xlsx, csv ou lsu."),
    "output.refused": QT_TRANSLATE_NOOP(
        "Errors", "Impossible d’écrire dans « {name} » : {reason} ; choisissez un autre nom, par exemple avec "
        "l’extension du document (.pdf, .xlsx, .csv, .xml, .json)."),
    "output.is_open_carnet": QT_TRANSLATE_NOOP("Errors", "c’est le carnet ouvert lui-même"),
    "output.carnet_name": QT_TRANSLATE_NOOP("Errors", "ce nom est celui d’un carnet"),
    "output.carnet_companion": QT_TRANSLATE_NOOP("Errors", "SQLite garde ce fichier à côté d’un carnet"),
    "output.database": QT_TRANSLATE_NOOP("Errors", "ce fichier est une base de données, peut-être un carnet"),
}
