"""Reading a file to import: pupil lists, observations (``progression.importers``)."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "import.observations.no_header": QT_TRANSLATE_NOOP(
        "Errors", "« {name} » : aucune ligne d'en-tête avec les colonnes « eleve » et « item » en haut du fichier. "
        "En-tête attendu : {expected}."),
    "import.observations.column_missing": QT_TRANSLATE_NOOP(
        "Errors", "« {name} », ligne {line} : la colonne « {missing} » manque. En-tête attendu : {expected}."),
    "import.pupils.first_name_missing": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » a une colonne « {written} » mais pas de colonne « Prénom » : ajoutez-la, ou "
        "nommez la colonne « Nom Prénom » si elle contient les deux."),
    "import.pupils.guardians_list": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » est une liste de responsables, pas d’élèves : dans ONDE, faites l’extraction "
        "de la catégorie « Élèves »."),
    "import.pupils.too_many_rows": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » compte plus de {most} lignes d’élèves, ce n’est pas une liste de classe ou "
        "d’école : extrayez seulement votre école ou votre classe."),
    "import.pupils.header_only": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » a une ligne d’en-têtes (ligne {line}) mais aucun élève en dessous : choisissez"
        " le bon fichier."),
    "import.file_too_big_list": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » pèse {megabytes} Mo, plus que les {most} Mo qu’accepte Progression : "
        "enregistrez seulement la liste voulue dans un fichier plus petit."),
    "import.file_empty": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » est vide : choisissez le bon fichier."),
    "import.file_too_big": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » pèse {megabytes} Mo, plus que les {most} Mo qu’accepte Progression."),
    "import.is_folder": QT_TRANSLATE_NOOP(
        "Errors", "« {name} » est un dossier, pas un fichier : choisissez la liste elle-même."),
    "import.file_missing": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » est introuvable : vérifiez son nom et le dossier où il est rangé."),
    "import.xls_or_protected": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » est un classeur Excel 97-2003 (.xls) ou un classeur protégé par un mot de "
        "passe, que Progression ne lit pas : ouvrez-le dans votre tableur et enregistrez-le sans mot de passe"
        " au format .xlsx, .ods ou CSV."),
    "import.xlsb": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » est un classeur Excel binaire (.xlsb), que Progression ne lit pas : "
        "enregistrez-le au format .xlsx ou CSV."),
    "import.unzips_too_big": QT_TRANSLATE_NOOP(
        "Errors", "Le classeur « {name} » se décompresse en plus de {most} Mo, bien trop pour une liste d’élèves : "
        "enregistrez seulement la feuille voulue dans un nouveau classeur."),
    "import.encoding_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » contient des caractères qu’aucun encodage courant n’explique (ni UTF-8, ni "
        "Windows-1252) : ouvrez-le dans votre tableur et enregistrez-le en « CSV UTF-8 »."),
    "import.encodings_mixed": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » mélange deux encodages : la ligne {utf8_line} est en UTF-8 et la ligne "
        "{latin_line} en Windows-1252, si bien que leurs accents ne peuvent pas être lus tous les deux ; "
        "ouvrez-le dans votre tableur, corrigez les accents de l’une, et enregistrez-le en « CSV UTF-8 »."),
    "import.read_interrupted": QT_TRANSLATE_NOOP(
        "Errors", "La lecture du fichier « {name} » s’est interrompue ({kind}) : copiez-le dans vos Documents puis "
        "réessayez."),
    "import.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » ne peut pas être lu ({reason}) : copiez-le dans vos Documents puis "
        "réessayez."),
    "import.workbook_damaged": QT_TRANSLATE_NOOP(
        "Errors", "Le classeur « {name} » est endommagé ou illisible : ouvrez-le dans votre tableur, enregistrez-le de "
        "nouveau, puis réessayez."),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » compte plus de {most} lignes remplies{repeated}, plus que Progression n’en lit"
        " dans un fichier : enregistrez seulement les lignes voulues dans un fichier plus petit."),
    "import.sheet_missing": QT_TRANSLATE_NOOP(
        "Errors", "Le classeur « {name} » n’a pas de feuille « {sheet} »."),
    "import.line_repeated": QT_TRANSLATE_NOOP("Errors", " (sa ligne {line} y est répétée {n} fois)"),
    "import.access_denied": QT_TRANSLATE_NOOP("Errors", "l’accès est refusé"),
    "import.system_refuses": QT_TRANSLATE_NOOP("Errors", "le système refuse de le lire"),
    "import.quote_never_closed": QT_TRANSLATE_NOOP(
        "Errors", " (un guillemet ouvert dans cette ligne n'est jamais refermé : la suite du fichier est lue comme "
        "une seule cellule)"),
    "import.observations.homonyms": QT_TRANSLATE_NOOP(
        "Errors", "{where} : plusieurs élèves s'appellent « {who} » ; indiquez leur INE à la place du nom."),
    "import.observations.pupil_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{where} : élève « {who} » inconnu dans ce carnet{hint}."),
    "import.observations.date_missing": QT_TRANSLATE_NOOP(
        "Errors", "{where} : la date manque ; écrivez-la jj/mm/aaaa (par exemple 14/10/2026)."),
    "import.observations.date_refused": QT_TRANSLATE_NOOP("Errors", "{where} : {detail}."),
    "import.observations.unknown_item": QT_TRANSLATE_NOOP("Errors", "{where} : item « {text} » inconnu{hint}."),
    "import.observations.unknown_step": QT_TRANSLATE_NOOP("Errors", "{where} : échelon « {text} » inconnu{hint}."),
    "import.observations.refused": QT_TRANSLATE_NOOP("Errors", "{where} : {problem}."),
    "import.observations.refused_sentence": QT_TRANSLATE_NOOP("Errors", "{where} : {problem:sentence}"),
    "import.observations.row_unreadable": QT_TRANSLATE_NOOP("Errors", "{where} : {detail}."),
    "import.pupils.no_filled_line": QT_TRANSLATE_NOOP(
        "Errors", "{where} ne contient aucune ligne remplie : choisissez le bon fichier."),
    "import.pupils.no_name_column": QT_TRANSLATE_NOOP(
        "Errors", "{where} n’a pas de colonne de noms : sa ligne {line} contient {found} ; la liste doit commencer "
        "par une ligne d’en-têtes avec au moins « Nom » et « Prénom » (ou une seule colonne « Nom Prénom »)."),
    "import.empty_cells": QT_TRANSLATE_NOOP("Errors", "des cellules vides"),
}
