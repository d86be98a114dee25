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
        "Errors", "Item « {code} » inconnu dans ce carnet : écrivez le code affiché dans la grille ou la page "
        "Référentiel (par exemple L1-CE1.1)."),
    "pupil.gone": QT_TRANSLATE_NOOP(
        "Errors", "Cet élève n'est plus dans la classe."),
    "pupil.absent_on": QT_TRANSLATE_NOOP(
        "Errors", "{first_name} {last_name} n'était pas dans la classe le {day} (arrivée ou départ) : rien n'a été "
        "enregistré."),
    "item.code_and_label_needed": QT_TRANSLATE_NOOP(
        "Errors", "Un item a besoin d'un code et d'un intitulé."),
    "item.label_too_long": QT_TRANSLATE_NOOP(
        "Errors", "L'intitulé dépasse {most} caractères."),
    "item.code_taken": QT_TRANSLATE_NOOP(
        "Errors", "Le code « {code} » existe déjà : choisissez-en un autre."),
    "framework.code_taken": QT_TRANSLATE_NOOP(
        "Errors", "Le code « {code} » existe déjà dans le carnet : renommez les items du fichier importé."),
    "scale.step_count": QT_TRANSLATE_NOOP(
        "Errors", "Une échelle compte de 2 à 6 échelons qui comptent dans les bilans."),
    "scale.code_taken": QT_TRANSLATE_NOOP(
        "Errors", "L'échelle « {code} » existe déjà dans ce carnet."),
    "scale.invalid": QT_TRANSLATE_NOOP(
        "Errors", "Échelle « {label} » : {reason}"),
    "class.onde_id": QT_TRANSLATE_NOOP(
        "Errors", "L'identifiant ONDE de la classe « {onde_id} » est un nombre (par exemple 1001) : il figure dans la "
        "liste des élèves extraite d'ONDE."),
    "periods.dates_missing": QT_TRANSLATE_NOOP(
        "Errors", "Donnez les dates de toutes les périodes de l'année."),
    "periods.outside_year": QT_TRANSLATE_NOOP(
        "Errors", "Les périodes doivent rester dans l'année scolaire {year} (du {starts} au {ends})."),
    "pupil.grade_unknown": QT_TRANSLATE_NOOP("Errors", "Niveau « {grade} » inconnu : choisissez parmi {grades}."),
    "pupil.names_needed": QT_TRANSLATE_NOOP(
        "Errors", "Le nom et le prénom de l'élève sont obligatoires."),
    "pupil.sex_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Sexe « {sex} » inconnu : M, F ou rien."),
    "pupil.leaves_before_arriving": QT_TRANSLATE_NOOP(
        "Errors", "La date de départ ({left}) précède la date d'arrivée ({arrived})."),
    "pupil.gone_from_carnet": QT_TRANSLATE_NOOP(
        "Errors", "Cet élève n'est plus dans le carnet."),
    "observation.no_cell": QT_TRANSLATE_NOOP(
        "Errors", "Aucune case choisie : sélectionnez au moins un élève et un item."),
    "observation.none_to_add": QT_TRANSLATE_NOOP(
        "Errors", "Aucune observation à ajouter."),
    "observation.gone": QT_TRANSLATE_NOOP(
        "Errors", "Cette observation n'existe plus dans le carnet."),
    "scale.unknown_choose": QT_TRANSLATE_NOOP(
        "Errors", "Échelle « {scale} » inconnue dans ce carnet ; échelles : {known}."),
    "step.not_counted": QT_TRANSLATE_NOOP(
        "Errors", "« {short} » ne compte pas dans les bilans : choisissez un échelon de l'échelle."),
    "cli.pupil_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Aucun élève n'a l'identifiant « {pupil} » dans ce carnet."),
    "cli.setting_value_missing": QT_TRANSLATE_NOOP(
        "Errors", "Donnez la nouvelle valeur après le nom du réglage."),
    "cli.scale_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "Impossible de lire l'échelle « {value} » : {reason}."),
}
