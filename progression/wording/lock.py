"""The lock beside an open carnet (``progression.lock``): who holds it, since when."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "lock.since": QT_TRANSLATE_NOOP("Errors", "le {day} à {hour}"),
    "lock.since_unknown": QT_TRANSLATE_NOOP("Errors", "une date inconnue"),
    "lock.open_here": QT_TRANSLATE_NOOP(
        "Errors", "Ce carnet est déjà ouvert par {user} sur cet ordinateur depuis {since} : fermez l'autre fenêtre "
        "de Progression avant de l'ouvrir ici."),
    "lock.open_elsewhere": QT_TRANSLATE_NOOP(
        "Errors", "Ce carnet est déjà ouvert par {user} sur l'ordinateur « {host} » depuis {since} : fermez-le "
        "là-bas avant de l'ouvrir ici."),
    "lock.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "Le disque où se trouve « {folder} » est plein : impossible d'y créer le verrou du carnet, qui "
        "n'a pas été ouvert ; libérez de la place puis rouvrez-le."),
    "lock.cannot_create": QT_TRANSLATE_NOOP(
        "Errors", "Impossible de créer le verrou de « {name} » dans « {folder} » : {reason}. Vérifiez que le "
        "dossier est accessible en écriture."),
    "lock.being_opened": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est en train d'être ouvert par un autre programme : réessayez dans un "
        "instant."),
    "lock.recently_used": QT_TRANSLATE_NOOP(
        "Errors", "Ce carnet est ouvert sur l'ordinateur « {host} » par {user} depuis {since} et a servi il y a "
        "moins de {hours} heures : fermez-le là-bas."),
}
