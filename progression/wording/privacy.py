"""Erasing a pupil for good, the end-of-year archive (``progression.privacy``)."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "erasure.read_only": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est ouvert en lecture seule : l'effacement est impossible."),
    "erasure.pupil_gone": QT_TRANSLATE_NOOP(
        "Errors", "Cet élève n'est pas (ou plus) dans le carnet : rien n'a été effacé."),
    "erasure.file_failed": QT_TRANSLATE_NOOP(
        "Errors", "Impossible d'effacer l'élève du fichier « {path} » : {reason} ; supprimez ce fichier à la main si "
        "besoin."),
    "erasure.delete_failed": QT_TRANSLATE_NOOP(
        "Errors", "Impossible de supprimer « {file} » : {reason} ; supprimez-le à la main."),
    "erasure.backup_failed": QT_TRANSLATE_NOOP(
        "Errors", "Impossible d'effacer de nouveau, dans la sauvegarde, les élèves effacés depuis ({reason}) : la "
        "sauvegarde n'a pas été remise en place et le carnet n'a pas changé."),
    "archive.read_only": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est ouvert en lecture seule : l'archivage de fin d'année est impossible."),
    "archive.in_backup_folder": QT_TRANSLATE_NOOP(
        "Errors", "Le dossier « {folder} » est celui des sauvegardes automatiques, qui vont être effacées : choisissez "
        "un autre dossier pour l'archive (une clé USB, un dossier de l'école…)."),
    "archive.incomplete": QT_TRANSLATE_NOOP(
        "Errors", "L'archive « {name} » ne contient pas autant d'élèves ou d'observations que le carnet : rien n'a été "
        "effacé ; recommencez l'archivage."),
}
