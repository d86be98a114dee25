"""Documents: reports, exports (``progression.reports``, the renderers' refusals)."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "report.wording_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Formulation « {value} » inconnue : « family » (les mots écrits pour les familles) ou « official » "
        "(le texte des programmes)."),
    "report.pupil_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Élève « {pupil} » inconnu dans cette classe pour cette période."),
    "export.format_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Format « {format} » inconnu : pdf, class-pdf, xlsx, csv ou lsu."),
    "output.refused": QT_TRANSLATE_NOOP(
        "Errors", "Impossible d’écrire dans « {name} » : {reason} ; choisissez un autre nom, par exemple avec "
        "l’extension du document (.pdf, .xlsx, .csv, .xml, .json)."),
    "output.is_open_carnet": QT_TRANSLATE_NOOP("Errors", "c’est le carnet ouvert lui-même"),
    "output.carnet_name": QT_TRANSLATE_NOOP("Errors", "ce nom est celui d’un carnet"),
    "output.carnet_companion": QT_TRANSLATE_NOOP("Errors", "SQLite garde ce fichier à côté d’un carnet"),
    "output.database": QT_TRANSLATE_NOOP("Errors", "ce fichier est une base de données, peut-être un carnet"),
    "lsu.revision_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Révision « {revision} » du schéma LSU inconnue. Révisions possibles : {known}."),
    "lsu.element_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Élément de programme « {code} » : aucun item de ce code dans le carnet ; « progression items CARNET "
        "» en donne la liste."),
    "lsu.element_not_objective": QT_TRANSLATE_NOOP(
        "Errors", "Élément de programme « {code} » : ce n'est pas un objectif de lecture ({sub_domain}) ; choisissez "
        "des objectifs, pas des compétences ni des domaines."),
    "lsu.onde_id_missing": QT_TRANSLATE_NOOP(
        "Errors", "L'identifiant ONDE de la classe manque : importez la liste des élèves extraite d'ONDE (Fichier › "
        "Importer une liste d'élèves), qui le contient, ou tapez-le dans Fichier › Classe et périodes…, puis "
        "exportez à nouveau."),
    "lsu.no_pupil": QT_TRANSLATE_NOOP(
        "Errors", "Aucun élève dans la classe en {label} : rien à envoyer au LSU."),
    "lsu.ine_missing": QT_TRANSLATE_NOOP(
        "Errors", "Le LSU reconnaît les élèves à leur INE (11 caractères) ; il manque ou est faux pour {names}. "
        "Complétez-le dans la fiche de l'élève (page Élèves) ou réimportez la liste ONDE."),
    "lsu.general_empty": QT_TRANSLATE_NOOP(
        "Errors", "L'appréciation générale est vide : le LSU en demande une pour chaque bilan. Écrivez-la, ou laissez "
        "Progression écrire « {default} »."),
    "lsu.general_too_long": QT_TRANSLATE_NOOP(
        "Errors", "L'appréciation générale fait {length} caractères ; le LSU en accepte {most} au plus. "
        "Raccourcissez-la, puis exportez à nouveau."),
    "lsu.uai_wrong": QT_TRANSLATE_NOOP(
        "Errors", "Numéro UAI de l'école « {uai} » : il a 7 chiffres et une lettre (par exemple 0751234A) ; il "
        "figure sur les documents de l'école et dans ONDE."),
    "lsu.uai_missing": QT_TRANSLATE_NOOP(
        "Errors", "Numéro UAI de l'école absent : il a 7 chiffres et une lettre (par exemple 0751234A) ; il figure "
        "sur les documents de l'école et dans ONDE."),
}
