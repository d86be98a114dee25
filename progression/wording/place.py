"""Where the carnet lies (``progression.location``), for the banner above it."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "place.network": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est sur un partage réseau : Progression l'enregistre prudemment et refuse "
        "une double ouverture, mais il est plus sûr de le copier dans vos Documents pour travailler."),
    "place.cloud": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est dans un dossier synchronisé par {service} : ne l'ouvrez jamais sur deux "
        "ordinateurs à la fois et laissez la synchronisation finir avant de l'ouvrir ailleurs."),
    "place.cloud_unnamed": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est dans un dossier synchronisé par un service en ligne : ne l'ouvrez jamais "
        "sur deux ordinateurs à la fois et laissez la synchronisation finir avant de l'ouvrir ailleurs."),
    "place.removable": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est sur une clé USB ou un disque amovible : fermez le carnet avant de retirer "
        "la clé (une copie de sauvegarde est faite sur cet ordinateur à chaque fermeture)."),
}
