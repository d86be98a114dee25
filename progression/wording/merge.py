"""Bringing back a copy of the carnet (``progression.merge``): its refusals and its report
(worded by ``progression.merge.report_lines``)."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "merge.read_only": QT_TRANSLATE_NOOP(
        "Errors", "Ce carnet est ouvert en lecture seule : impossible d'y fusionner une copie."),
    "merge.same_file": QT_TRANSLATE_NOOP(
        "Errors", "Choisissez une copie du carnet, pas le carnet ouvert lui-même."),
    "merge.dangling_row": QT_TRANSLATE_NOOP(
        "Errors", "La copie n'a pas été fusionnée : une de ses lignes renvoie à une donnée absente des deux carnets "
        "({detail}) ; rien n'a été écrit dans ce carnet."),
    "merge.settings_refused": QT_TRANSLATE_NOOP(
        "Errors", "La copie n'a pas été fusionnée : avec ses réglages, {problem} ; rien n'a été écrit dans ce "
        "carnet."),
    "merge.other_scale": QT_TRANSLATE_NOOP(
        "Errors", "La copie n'a pas été fusionnée : dans {table_words} (table « {table} »), la ligne d'identifiant "
        "{row} est notée avec une autre échelle que « {scale} », celle que le carnet aurait ; rien n'a été écrit "
        "dans ce carnet."),
}

REPORTS = {
    "merge.added": QT_TRANSLATE_NOOP("Reports", "Ajouté : {counts}."),
    "merge.updated": QT_TRANSLATE_NOOP("Reports", "Mis à jour : {counts}."),
    "merge.settings": QT_TRANSLATE_NOOP("Reports", "Réglages repris de la copie : {n}."),
    "merge.nothing_new": QT_TRANSLATE_NOOP(
        "Reports", "Rien de nouveau dans la copie : ce carnet contient déjà tout ce qu'elle contient."),
    "merge.erased_in_copy": QT_TRANSLATE_NOOP(
        "Reports", "Effacés définitivement dans la copie mais encore ici : {names}. Effacez-les aussi dans ce carnet "
        "(Élèves › Effacer définitivement un élève)."),
    # How the tables are counted in the report: one form for 1, one for more.
    "merge.count.observation.one": QT_TRANSLATE_NOOP("Reports", "{n} observation"),
    "merge.count.observation.many": QT_TRANSLATE_NOOP("Reports", "{n} observations"),
    "merge.count.fluency_measure.one": QT_TRANSLATE_NOOP("Reports", "{n} mesure de fluence"),
    "merge.count.fluency_measure.many": QT_TRANSLATE_NOOP("Reports", "{n} mesures de fluence"),
    "merge.count.appreciation.one": QT_TRANSLATE_NOOP("Reports", "{n} appréciation"),
    "merge.count.appreciation.many": QT_TRANSLATE_NOOP("Reports", "{n} appréciations"),
    "merge.count.synthesis_override.one": QT_TRANSLATE_NOOP("Reports", "{n} décision"),
    "merge.count.synthesis_override.many": QT_TRANSLATE_NOOP("Reports", "{n} décisions"),
    "merge.count.pupil.one": QT_TRANSLATE_NOOP("Reports", "{n} élève"),
    "merge.count.pupil.many": QT_TRANSLATE_NOOP("Reports", "{n} élèves"),
    "merge.count.framework_item.one": QT_TRANSLATE_NOOP("Reports", "{n} item"),
    "merge.count.framework_item.many": QT_TRANSLATE_NOOP("Reports", "{n} items"),
    "merge.count.other.one": QT_TRANSLATE_NOOP("Reports", "{n} autre donnée"),
    "merge.count.other.many": QT_TRANSLATE_NOOP("Reports", "{n} autres données"),
}
