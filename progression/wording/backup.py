"""Backups: making them, their folders, restoring one, and how a backup is described."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "backup.no_folder": QT_TRANSLATE_NOOP("Errors", "Le dossier de sauvegarde « {folder} » n'existe pas."),
    "backup.failed_check": QT_TRANSLATE_NOOP(
        "Errors", "La sauvegarde de « {name} » n'a pas passé le contrôle d'intégrité : le carnet est peut-être "
        "endommagé, lancez « progression check »."),
    "backup.disk_refused": QT_TRANSLATE_NOOP(
        "Errors", "Sauvegarde impossible dans « {folder} » : le disque est plein ou refuse l'écriture ; libérez de "
        "la place ou vérifiez les droits de ce dossier, puis recommencez."),
    "backup.carnet_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "Sauvegarde impossible de « {name} » : le carnet n'a pas pu être lu ({detail})."),
    "backup.cannot_write": QT_TRANSLATE_NOOP(
        "Errors", "Sauvegarde impossible dans « {folder} » : {reason} ; vérifiez la place libre et les droits "
        "d'écriture."),
    "backup.folder_is_file": QT_TRANSLATE_NOOP(
        "Errors", "Sauvegardes automatiques impossibles : « {where} » est un fichier, pas un dossier ; le carnet "
        "reste utilisable, mais renommez ou déplacez ce fichier pour que les sauvegardes reprennent."),
    "backup.folder_refused": QT_TRANSLATE_NOOP(
        "Errors", "Sauvegardes automatiques impossibles dans « {where} » ({reason}) : le carnet reste utilisable, "
        "mais libérez de la place ou vérifiez les droits de ce dossier pour que les sauvegardes reprennent."),
    "backup.disk_full": QT_TRANSLATE_NOOP("Errors", "le disque est plein"),
    "backup.folder_read_only": QT_TRANSLATE_NOOP("Errors", "le dossier est en lecture seule"),
    "backup.unknown_carnet": QT_TRANSLATE_NOOP(
        "Errors", "Impossible de savoir quel carnet est « {name} » (fichier illisible) : aucune sauvegarde "
        "automatique ne peut lui être associée."),
    "backup.cannot_copy": QT_TRANSLATE_NOOP(
        "Errors", "Impossible de copier la sauvegarde dans « {folder} » : {reason} ; vérifiez la place libre et les "
        "droits d'écriture."),
    "backup.copy_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "La copie de la sauvegarde « {name} » est illisible : choisissez une autre sauvegarde."),
    "backup.missing": QT_TRANSLATE_NOOP("Errors", "La sauvegarde « {path} » n'existe pas."),
}

REPORTS = {
    # A backup, as listed and as proposed for a restore.
    "backup.described": QT_TRANSLATE_NOOP(
        "Reports", "{day} à {hour} ({occasion}, {pupils} élèves, {observations} observations)"),
    "backup.described_unreadable": QT_TRANSLATE_NOOP("Reports", "{day} à {hour} ({occasion}, illisible)"),
    "backup.in_the_future": QT_TRANSLATE_NOOP(
        "Reports", "{occasion}, date dans le futur : l'horloge de l'ordinateur était en avance"),
    # Why a backup was made (the reason in its file name).
    "backup.reason.manuelle": QT_TRANSLATE_NOOP("Reports", "sauvegarde manuelle"),
    "backup.reason.quotidienne": QT_TRANSLATE_NOOP("Reports", "sauvegarde du jour"),
    "backup.reason.fermeture": QT_TRANSLATE_NOOP("Reports", "à la fermeture"),
    "backup.reason.migration": QT_TRANSLATE_NOOP("Reports", "avant mise à jour"),
    "backup.reason.import": QT_TRANSLATE_NOOP("Reports", "avant import"),
    "backup.reason.fusion": QT_TRANSLATE_NOOP("Reports", "avant fusion"),
    "backup.reason.archive_fin_d_annee": QT_TRANSLATE_NOOP("Reports", "archive de fin d'année"),
}
