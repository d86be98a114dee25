"""Period syntheses: the rule, its thresholds and scores (``progression.synthesis``)."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "synthesis.not_a_number": QT_TRANSLATE_NOOP(
        "Errors", "{what} doit être un nombre."),
    "synthesis.not_finite": QT_TRANSLATE_NOOP(
        "Errors", "{what} doit être un nombre fini."),
    "synthesis.rule_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Règle de synthèse inconnue : « {rule} ». Règles possibles : {known}."),
    "synthesis.window": QT_TRANSLATE_NOOP(
        "Errors", "La fenêtre doit être un nombre entier d'observations, au moins 1 (reçu : {window})."),
    "synthesis.best_k": QT_TRANSLATE_NOOP(
        "Errors", "Le nombre de meilleures observations retenues doit être un entier, au moins 1 (reçu : {best_k})."),
    "synthesis.decay_share": QT_TRANSLATE_NOOP(
        "Errors", "La part de la dernière observation doit être comprise entre 0 (exclu) et 1 (reçu : {decay_share})."),
    "synthesis.round_not_finite": QT_TRANSLATE_NOOP(
        "Errors", "Impossible d'arrondir {x} : ce n'est pas un nombre fini."),
    "synthesis.thresholds_shape": QT_TRANSLATE_NOOP(
        "Errors", "Les seuils doivent être une liste de paires (rang, score le plus bas)."),
    "synthesis.thresholds_empty": QT_TRANSLATE_NOOP(
        "Errors", "Les seuils sont vides : il faut au moins un échelon."),
    "synthesis.rank_not_integer": QT_TRANSLATE_NOOP(
        "Errors", "Le rang d'échelon « {rank} » n'est pas un nombre entier."),
    "synthesis.first_threshold": QT_TRANSLATE_NOOP(
        "Errors", "Le premier seuil doit être 0, pour que tout score ait un échelon (reçu : {lowest})."),
    "synthesis.threshold_order": QT_TRANSLATE_NOOP(
        "Errors", "Le seuil de l'échelon {rank} ({lowest}) doit être plus haut que le précédent et au plus {most}."),
    "synthesis.rank_order": QT_TRANSLATE_NOOP(
        "Errors", "Les rangs d'échelon doivent croître avec les seuils (rang {rank} après {previous_rank})."),
    "synthesis.no_counting_step": QT_TRANSLATE_NOOP(
        "Errors", "L'échelle n'a aucun échelon qui compte : impossible de fixer des seuils."),
    "synthesis.step_value": QT_TRANSLATE_NOOP(
        "Errors", "La valeur de l'échelon {rank} doit être un entier de {least} à {most} (reçu : {value})."),
    "synthesis.same_value": QT_TRANSLATE_NOOP(
        "Errors", "Les échelons {rank_a} et {rank_b} ont la même valeur ({value_a}) : impossible de savoir lequel "
        "donner."),
    "synthesis.values_order": QT_TRANSLATE_NOOP(
        "Errors", "Les valeurs des échelons doivent croître avec leur rang (échelon {rank_a} : {value_a}, échelon "
        "{rank_b} : {value_b})."),
    "synthesis.score_range": QT_TRANSLATE_NOOP(
        "Errors", "Un score doit aller de {least} à {most} (reçu : {score})."),
    "synthesis.coefficient_negative": QT_TRANSLATE_NOOP(
        "Errors", "Un coefficient ne peut pas être négatif (reçu : {coefficient})."),
    "synthesis.what.share": QT_TRANSLATE_NOOP("Errors", "La part de la dernière observation"),
    "synthesis.what.threshold": QT_TRANSLATE_NOOP("Errors", "Le seuil de l'échelon {rank}"),
    "synthesis.what.score": QT_TRANSLATE_NOOP("Errors", "Un score"),
    "synthesis.what.coefficient": QT_TRANSLATE_NOOP("Errors", "Un coefficient"),
}
