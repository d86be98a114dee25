"""The carnet's settings, as typed, stored or merged (``progression.settings``)."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "settings.unknown": QT_TRANSLATE_NOOP(
        "Errors", "Réglage inconnu « {name} ». Réglages possibles : {names}."),
    "settings.thresholds_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "« {text} » n'est pas lisible ; écrivez le score le plus bas de chaque échelon, par exemple "
        "{example}"),
    "settings.scale_no_counting_step": QT_TRANSLATE_NOOP(
        "Errors", "L'échelle « {scale} » n'a aucun échelon qui compte dans les bilans."),
    "settings.scale_refused": QT_TRANSLATE_NOOP(
        "Errors", "Échelle « {scale} » : {problem}."),
    "settings.thresholds_ranks": QT_TRANSLATE_NOOP(
        "Errors", "Réglage « thresholds » : les seuils donnent les échelons {given} mais l'échelle « {scale} » a les "
        "échelons {ranks} ; donnez le score le plus bas de chacun, par exemple {example}."),
    "settings.not_integer": QT_TRANSLATE_NOOP(
        "Errors", "« {text} » n'est pas un nombre entier"),
    "settings.not_number": QT_TRANSLATE_NOOP(
        "Errors", "« {text} » n'est pas un nombre"),
    "settings.not_yes_no": QT_TRANSLATE_NOOP(
        "Errors", "« {text} » n'est ni oui ni non"),
    "settings.integer_range": QT_TRANSLATE_NOOP(
        "Errors", "{what} doit être un nombre entier de {low} à {high} (reçu : « {value} »)"),
    "settings.rule_unknown": QT_TRANSLATE_NOOP(
        "Errors", "règle « {value} » inconnue ; règles possibles : {known}"),
    "settings.decay_share": QT_TRANSLATE_NOOP(
        "Errors", "la part de la dernière observation est entre 0 (exclu) et 1 (reçu : « {value} »)"),
    "settings.thresholds_not_list": QT_TRANSLATE_NOOP(
        "Errors", "« {written} » n'est pas une liste de seuils ; {advice}"),
    "settings.thresholds_rank": QT_TRANSLATE_NOOP(
        "Errors", "« {rank} » n'est pas un rang d'échelon ; {advice}"),
    "settings.thresholds_value": QT_TRANSLATE_NOOP(
        "Errors", "le seuil de l'échelon {rank} « {lowest} » n'est pas un nombre ; {advice}"),
    "settings.thresholds_refused": QT_TRANSLATE_NOOP(
        "Errors", "{problem} ; {advice}"),
    "settings.not_text": QT_TRANSLATE_NOOP(
        "Errors", "« {value} » n'est pas un texte"),
    "settings.scale_code_empty": QT_TRANSLATE_NOOP(
        "Errors", "le code d'échelle est vide"),
    "settings.uai": QT_TRANSLATE_NOOP(
        "Errors", "le numéro UAI « {uai} » a 7 chiffres et une lettre (par exemple 0751234A)"),
    "settings.activities_not_list": QT_TRANSLATE_NOOP(
        "Errors", "« {value} » n'est pas une liste d'activités"),
    "settings.activities_too_many": QT_TRANSLATE_NOOP(
        "Errors", "{count} activités, {most} au plus"),
    "settings.value_refused": QT_TRANSLATE_NOOP("Errors", "Réglage « {name} » : {detail}."),
    "settings.value_impossible": QT_TRANSLATE_NOOP("Errors", "la valeur « {value} » est impossible"),
    "settings.stored_not_text": QT_TRANSLATE_NOOP("Errors", "la valeur enregistrée n'est pas un texte"),
    "settings.value_unreadable": QT_TRANSLATE_NOOP("Errors", "la valeur « {value} » est illisible"),
    "settings.thresholds_advice": QT_TRANSLATE_NOOP(
        "Errors", "écrivez le score le plus bas de chaque échelon, par exemple {example}"),
    "settings.what.window": QT_TRANSLATE_NOOP("Errors", "la fenêtre"),
    "settings.what.best_k": QT_TRANSLATE_NOOP("Errors", "le nombre de meilleures observations"),
}
