"""The class's reading list and the works each pupil read: what an action refuses."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "work.title_missing": QT_TRANSLATE_NOOP(
        "Errors", "Donnez le titre de l'œuvre (par exemple « Les trois brigands ») : rien n'a été ajouté."),
    "work.kind_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Genre « {kind} » inconnu : choisissez album, roman, conte, fable, poésie, théâtre, documentaire "
        "ou bande dessinée."),
    "work.already_listed": QT_TRANSLATE_NOOP(
        "Errors", "« {title} » est déjà dans la liste de lecture de la classe : cochez les élèves qui l'ont lu, "
        "sans l'ajouter une seconde fois."),
    "work.gone": QT_TRANSLATE_NOOP(
        "Errors", "Cette œuvre n'est plus dans la liste de lecture de la classe."),
    "work.mode_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Manière de lire « {mode} » inconnue : lu seul, lu avec aide ou lu à voix haute par "
        "l'enseignant(e)."),
    "work.no_pupil": QT_TRANSLATE_NOOP(
        "Errors", "Choisissez au moins un élève qui a lu « {title} »."),
    "work.read_by_all_already": QT_TRANSLATE_NOOP(
        "Errors", "« {title} » est déjà noté comme lu pour {who} : rien de nouveau à enregistrer."),
    "work.reading_gone": QT_TRANSLATE_NOOP(
        "Errors", "Cette lecture n'est plus dans le carnet."),
}
