"""The class, its scale, pupils, observations and fluency measures: what an action refuses."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "scale.unknown_here": QT_TRANSLATE_NOOP(
        "Errors", "Échelle « {code} » inconnue dans ce carnet."),
    "scale.frozen": QT_TRANSLATE_NOOP(
        "Errors", "Ce carnet contient déjà des observations : l'échelle ne peut plus changer cette année."),
    "demo.pupils_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "La classe de démonstration compte de {least} à {most} élèves (demandé : {pupils}) : choisissez un "
        "nombre dans cet intervalle."),
    "class.name_missing": QT_TRANSLATE_NOOP(
        "Errors", "Donnez un nom à la classe (par exemple « CE1-CE2 »)."),
    "scale.unknown": QT_TRANSLATE_NOOP(
        "Errors", "Échelle « {scale} » inconnue."),
    "scale.file_incomplete": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier d'échelle doit contenir code, label et steps (rank, short, value, color, symbol)."),
    "fluency.duration_impossible": QT_TRANSLATE_NOOP(
        "Errors", "Durée de lecture « {seconds} s » impossible : entre 1 et {most} secondes."),
    "fluency.negative": QT_TRANSLATE_NOOP(
        "Errors", "Le nombre de mots lus et le nombre d'erreurs ne peuvent pas être négatifs."),
    "fluency.more_errors_than_words": QT_TRANSLATE_NOOP(
        "Errors", "{errors} erreurs pour {words_read} mots lus : il ne peut pas y avoir plus d'erreurs que de mots."),
    "carnet.no_class": QT_TRANSLATE_NOOP(
        "Errors", "Ce carnet ne contient aucune classe."),
    "period.unknown": QT_TRANSLATE_NOOP(
        "Errors", "La période {index} n'existe pas : ce carnet a les périodes 1 à {count}."),
    "scale.missing": QT_TRANSLATE_NOOP(
        "Errors", "L'échelle « {code} » manque dans ce carnet."),
    "step.other_scale": QT_TRANSLATE_NOOP(
        "Errors", "Cet échelon n'appartient pas à l'échelle du carnet."),
    "step.unknown_rank": QT_TRANSLATE_NOOP(
        "Errors", "L'échelon {rank} n'existe pas : l'échelle a les échelons {ranks}."),
    "step.unknown_label": QT_TRANSLATE_NOOP(
        "Errors", "Échelon « {text} » inconnu : utilisez un numéro ou l'un de : {names}."),
    "item.gone": QT_TRANSLATE_NOOP(
        "Errors", "Cet item n'existe plus dans le référentiel du carnet."),
    "item.unknown": QT_TRANSLATE_NOOP(
        "Errors", "Item « {code} » inconnu : la commande « progression items » liste les codes."),
    "pupil.gone": QT_TRANSLATE_NOOP(
        "Errors", "Cet élève n'est plus dans la classe."),
    "pupil.absent_on": QT_TRANSLATE_NOOP(
        "Errors", "{first_name} {last_name} n'était pas dans la classe le {day} (arrivée ou départ) : rien n'a été "
        "enregistré."),
}
