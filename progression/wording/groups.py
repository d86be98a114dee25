"""Need groups kept with a period (``progression.operations.groups``): what a change refuses."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "groups.period_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Cette période n'existe pas dans ce carnet : choisissez une autre période."),
    "groups.nothing_to_keep": QT_TRANSLATE_NOOP(
        "Errors", "Aucun groupe à garder pour cette période : aucun élève n'a d'objectif non atteint."),
    "groups.none_kept": QT_TRANSLATE_NOOP(
        "Errors", "Cette période n'a pas de groupes gardés : il n'y a rien à abandonner."),
    "groups.pupil_twice": QT_TRANSLATE_NOOP(
        "Errors", "{pupil} serait dans deux groupes pour « {competency} » : un élève n'est que dans un groupe "
        "par compétence. Retirez-le d'un des deux."),
    "groups.group_gone": QT_TRANSLATE_NOOP(
        "Errors", "Ce groupe n'existe plus (il a été abandonné ou remplacé) : rouvrez la page Groupes."),
    "groups.same_group": QT_TRANSLATE_NOOP(
        "Errors", "{pupil} est déjà dans ce groupe : choisissez un autre groupe."),
    "groups.other_competency": QT_TRANSLATE_NOOP(
        "Errors", "« {group} » travaille une autre compétence : {pupil} ne peut aller que dans un groupe de "
        "la même compétence."),
    "groups.not_in_group": QT_TRANSLATE_NOOP(
        "Errors", "{pupil} n'est plus dans « {group} » : rouvrez la page Groupes pour voir où il est."),
    "groups.already_there": QT_TRANSLATE_NOOP(
        "Errors", "{pupil} est déjà dans « {group} »."),
    "groups.already_grouped": QT_TRANSLATE_NOOP(
        "Errors", "{pupil} est déjà dans un groupe de cette compétence : déplacez-le depuis ce groupe."),
}
