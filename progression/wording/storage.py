"""SQLite failures, in the teacher's words (``progression.storage_errors``)."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "storage.busy_elsewhere": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est utilisé en ce moment par un autre programme (sauvegarde, "
        "synchronisation, antivirus…) : il n'est pas endommagé et rien n'y a été modifié ; réessayez dans un "
        "instant, ou fermez cet autre programme."),
    "storage.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "Le disque est plein : la dernière action sur « {name} » n'a pas été enregistrée (rien n'a été "
        "écrit à moitié) ; libérez de la place puis recommencez."),
    "storage.read_only": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » ne peut pas être modifié (fichier, dossier ou clé protégés en écriture) : "
        "la dernière action n'a pas été enregistrée ; copiez le carnet dans vos Documents pour travailler."),
    "storage.io_error": QT_TRANSLATE_NOOP(
        "Errors", "Erreur d'écriture sur le disque pour « {name} » : la dernière action n'a pas été enregistrée "
        "(rien n'a été écrit à moitié) ; vérifiez la clé USB ou la place libre, puis recommencez."),
    "storage.busy": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est occupé par un autre programme : la dernière action n'a pas été "
        "enregistrée ; réessayez dans un instant."),
    "storage.damaged": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est endommagé (lecture impossible) : fermez-le et restaurez la dernière "
        "sauvegarde vérifiée."),
    "storage.gone": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » n'est plus accessible (clé USB retirée, partage déconnecté ?) : "
        "rebranchez-le puis rouvrez-le."),
    "storage.damaged_text": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est endommagé (texte illisible) : fermez-le et restaurez la "
        "dernière sauvegarde vérifiée."),
}
