"""Preparing next year's carnet from this year's (``progression.handover``): what it refuses."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "handover.no_source": QT_TRANSLATE_NOOP(
        "Errors", "Donnez au moins un carnet de cette année (--from CARNET) : c'est de lui que viennent les élèves."),
    "handover.source_is_target": QT_TRANSLATE_NOOP(
        "Errors", "Le nouveau carnet « {name} » ne peut pas remplacer un carnet de cette année : choisissez un "
        "autre nom de fichier."),
    "handover.target_exists": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » existe déjà : choisissez un autre nom pour le carnet de l'année suivante "
        "(rien n'a été écrit)."),
    "handover.year_not_after": QT_TRANSLATE_NOOP(
        "Errors", "L'année {year} ne vient pas après celle du carnet « {name} » ({source_year}) : choisissez "
        "l'année scolaire suivante (par exemple {suggested})."),
    "handover.pupil_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Aucun élève « {name} » dans {sources} : écrivez le nom comme dans le carnet, « NOM Prénom », "
        "les élèves séparés par « ; »."),
    "handover.pupil_twice": QT_TRANSLATE_NOOP(
        "Errors", "Deux élèves s'appellent « {name} » dans {sources} : donnez son identifiant (voir « progression "
        "info --json ») au lieu de son nom."),
    "handover.no_pupil": QT_TRANSLATE_NOOP(
        "Errors", "Aucun élève à faire passer dans la nouvelle classe : cochez au moins un élève."),
    "handover.no_next_grade": QT_TRANSLATE_NOOP(
        "Errors", "{name} est en CM2 : l'année suivante, il ou elle part au collège. Retirez cet élève de la "
        "liste, ou donnez le niveau où il ou elle reste (--grade \"{name}=CM2\")."),
    "handover.grade_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "« {text} » ne se lit pas : écrivez « NOM Prénom=CE2 » (l'élève, un signe égal, son niveau)."),
    "handover.dangling": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet de l'année suivante n'a pas été créé : une donnée de l'élève renvoie à une ligne absente "
        "du carnet de cette année (table « {table} ») ; vérifiez ce carnet (progression check), puis "
        "recommencez. Rien n'a été écrit."),
}

REPORTS = {
    "handover.made": QT_TRANSLATE_NOOP(
        "Reports", "Carnet de l'année {year} créé : {path} (classe « {label} », {count} élèves)."),
    "handover.pupil": QT_TRANSLATE_NOOP(
        "Reports", "  {name} : {before} → {after}"),
    "handover.history": QT_TRANSLATE_NOOP(
        "Reports", "Historique repris de l'année passée : {observations} observations, {readings} lectures "
        "chronométrées, {grids} grilles de lecture, {decisions} décisions et appréciations, {code} relevés du code, "
        "{works} œuvres lues."),
}
