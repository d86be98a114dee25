"""A framework file and its items (``progression.framework``): ``where`` names the file, line or item."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "framework.not_text": QT_TRANSLATE_NOOP(
        "Errors", "{where} : {what} « {value} » n'est pas un texte."),
    "framework.refused": QT_TRANSLATE_NOOP(
        "Errors", "{where} : {problem}."),
    "framework.coefficient": QT_TRANSLATE_NOOP(
        "Errors", "{where} : coefficient « {value} » impossible pour « {code} » ; un coefficient est un nombre de 0 "
        "(l'item ne compte pas) à {most}."),
    "framework.item_shape": QT_TRANSLATE_NOOP(
        "Errors", "{where} : l'item n'a pas la forme d'un item de référentiel."),
    "framework.column_missing": QT_TRANSLATE_NOOP(
        "Errors", "{where} : la colonne « {key} » manque."),
    "framework.grades_not_list": QT_TRANSLATE_NOOP(
        "Errors", "{where} : les niveaux de « {code} » ne sont pas une liste."),
    "framework.item_no_code": QT_TRANSLATE_NOOP(
        "Errors", "{where} : l'item n'a pas de code."),
    "framework.item_no_label": QT_TRANSLATE_NOOP(
        "Errors", "{where} : l'item « {code} » n'a pas d'intitulé."),
    "framework.label_too_long": QT_TRANSLATE_NOOP(
        "Errors", "{where} : l'intitulé de « {code} » dépasse {most} caractères."),
    "framework.kind_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{where} : type « {kind} » inconnu pour « {code} » (domain, competency ou objective)."),
    "framework.grade_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{where} : niveau « {grade} » inconnu pour « {code} »."),
    "framework.cycle_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{where} : le cycle « {cycle} » n'existe pas (1, 2, 3 ou 4)."),
    "framework.status_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{where} : statut « {status} » inconnu ({statuses})."),
    "framework.file_shape": QT_TRANSLATE_NOOP(
        "Errors", "{where} : le fichier n'a pas la forme d'un référentiel Progression."),
    "framework.date_refused": QT_TRANSLATE_NOOP(
        "Errors", "{where} : {detail}."),
    "framework.code_twice": QT_TRANSLATE_NOOP(
        "Errors", "{where} : le code « {code} » apparaît deux fois."),
    "framework.parent_missing": QT_TRANSLATE_NOOP(
        "Errors", "{where} : l'item « {code} » a pour parent « {parent} », qui n'existe pas."),
    "framework.json_invalid": QT_TRANSLATE_NOOP(
        "Errors", "« {name} », ligne {line} : ce n'est pas un fichier JSON valide."),
    "framework.csv_column_missing": QT_TRANSLATE_NOOP(
        "Errors", "« {name} » : colonne « {missing} » absente. Colonnes attendues : {columns}."),
    "framework.where.default": QT_TRANSLATE_NOOP("Errors", "référentiel"),
    "framework.where.item": QT_TRANSLATE_NOOP("Errors", "{where}, item {n}"),
    "framework.what.code": QT_TRANSLATE_NOOP("Errors", "le code"),
    "framework.what.label": QT_TRANSLATE_NOOP("Errors", "l'intitulé"),
    "framework.what.kind": QT_TRANSLATE_NOOP("Errors", "le type"),
    "framework.what.parent": QT_TRANSLATE_NOOP("Errors", "le parent"),
    "framework.what.lsu_code": QT_TRANSLATE_NOOP("Errors", "le code LSU"),
    "framework.what.timing": QT_TRANSLATE_NOOP("Errors", "la période conseillée"),
    "framework.what.status": QT_TRANSLATE_NOOP("Errors", "le statut"),
    "framework.what.version": QT_TRANSLATE_NOOP("Errors", "la version"),
}
