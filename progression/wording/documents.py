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
}
