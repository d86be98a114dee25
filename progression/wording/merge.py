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
    "merge.copy_refused": QT_TRANSLATE_NOOP(
        "Errors", "La copie « {name} » n'a pas été fusionnée : {what} ; rien n'a été écrit dans ce carnet."),
    "merge.copy_missing": QT_TRANSLATE_NOOP(
        "Errors", "La copie « {name} » est introuvable : vérifiez son nom et son dossier."),
    "merge.copy_is_folder": QT_TRANSLATE_NOOP(
        "Errors", "« {name} » est un dossier : choisissez le fichier de la copie du carnet."),
    "merge.copy_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "Impossible de lire la copie « {name} » : {reason}."),
    "merge.copy_not_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "« {name} » n'est pas un carnet Progression (ce n'est pas une base SQLite)."),
    "merge.copy_other_database": QT_TRANSLATE_NOOP(
        "Errors", "« {name} » est une base SQLite, mais pas un carnet Progression."),
    "merge.copy_older": QT_TRANSLATE_NOOP(
        "Errors", "« {name} » a été écrit par une version plus ancienne de Progression : ouvrez-le une fois avec "
        "celle-ci (il sera mis à jour), fermez-le, puis fusionnez."),
    "merge.copy_newer": QT_TRANSLATE_NOOP(
        "Errors", "« {name} » a été écrit par une version plus récente de Progression (schéma {revision}) : installez "
        "la dernière version, puis fusionnez."),
    "merge.copy_busy": QT_TRANSLATE_NOOP(
        "Errors", "La copie « {name} » est occupée par un autre programme en ce moment (elle n'est pas endommagée) : "
        "fermez ce programme ou attendez qu'il ait fini, puis fusionnez ; rien n'a été écrit."),
    "merge.copy_unclosed": QT_TRANSLATE_NOOP(
        "Errors", "La copie « {name} » n'a pas été fermée proprement (un journal l'accompagne) et ne peut pas être lue "
        "ici : ouvrez-la une fois avec Progression là où elle est, fermez-la, puis fusionnez ; rien n'a été "
        "écrit."),
    "merge.no_temporary_room": QT_TRANSLATE_NOOP(
        "Errors", "Pas assez de place dans le dossier temporaire pour lire la copie « {name} » : libérez de la place "
        "puis recommencez ; rien n'a été écrit."),
    "merge.copy_damaged": QT_TRANSLATE_NOOP(
        "Errors", "La copie « {name} » ne se lit pas ({detail}) : elle est endommagée ; rien n'a été écrit."),
    "merge.other_carnet": QT_TRANSLATE_NOOP(
        "Errors", "« {name} » n'est pas une copie de ce carnet : seules les copies d'un même carnet se fusionnent (deux"
        " carnets créés séparément ne savent pas que leurs élèves sont les mêmes)."),
    "merge.copy_integrity": QT_TRANSLATE_NOOP(
        "Errors", "La copie « {name} » est endommagée (contrôle d'intégrité en échec) : elle ne peut pas être fusionnée"
        " ; rien n'a été écrit dans ce carnet."),
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
