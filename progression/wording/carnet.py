"""Is this file a carnet this version can open (``progression.inspection``, ``interrupted``,
``progression check``)."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "carnet.missing": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {path} » n'existe pas. Vérifiez le chemin ou créez un carnet."),
    "carnet.is_folder": QT_TRANSLATE_NOOP("Errors", "« {path} » est un dossier, pas un carnet."),
    "carnet.unreadable_file": QT_TRANSLATE_NOOP("Errors", "Impossible de lire « {name} » : {reason}."),
    "carnet.empty_file": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » est vide : ce n'est pas un carnet Progression."),
    "carnet.not_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » n'est pas un carnet Progression (ce n'est pas une base SQLite)."),
    "carnet.other_database": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » est une base SQLite, mais pas un carnet Progression."),
    "carnet.unclosed_read_only_medium": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » n'a pas été fermé proprement et il est sur un support en lecture seule : "
        "copiez-le dans vos Documents avec le fichier « {name}-wal » posé à côté, puis ouvrez la copie."),
    "carnet.unfinished_read_only_medium": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » n'a pas été fermé proprement (une action était en cours d'écriture) et il "
        "est sur un support en lecture seule, où Progression ne peut pas annuler cette action inachevée. Il n'est "
        "pas endommagé : rendez la clé ou le dossier accessible en écriture, ou copiez dans vos Documents le "
        "carnet avec le fichier « {name}-journal » posé à côté, puis ouvrez la copie."),
    "carnet.unfinished_elsewhere": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » n'a pas été fermé proprement (une action était en cours d'écriture) : il "
        "sera remis en ordre à sa prochaine ouverture dans Progression, dès qu'il n'est plus ouvert ailleurs. Il "
        "n'est pas endommagé ; ouvrez-le (ou lancez « progression check »), puis recommencez."),
    "carnet.cannot_open": QT_TRANSLATE_NOOP(
        "Errors", "Impossible d'ouvrir « {name} » : le fichier ou son dossier n'est pas accessible ; vérifiez les "
        "droits ou rebranchez la clé."),
    "carnet.newer": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » a été écrit par une version plus récente de Progression (schéma "
        "{revision}). Installez la dernière version pour l'ouvrir."),
    # Damage found by the checks, then the advice; « progression check » gives its own advice instead.
    "carnet.restore": QT_TRANSLATE_NOOP("Errors", "{problem} : restaurez la dernière sauvegarde vérifiée."),
    "carnet.damaged.indexes": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est endommagé (ses index ne correspondent plus à ses données)"),
    "carnet.damaged.integrity": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est endommagé (contrôle d'intégrité en échec)"),
    "carnet.damaged.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est endommagé ou illisible ({detail})"),
    "carnet.damaged.unknown_schema": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » porte une version de schéma qu'aucune version de Progression n'a écrite "
        "(« {revision} »)"),
    "carnet.damaged.with_journal": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » est endommagé (ni le fichier seul, ni avec le fichier « {journal} » posé "
        "à côté, ne passe le contrôle d'intégrité)"),
    "check.damaged.no_backup": QT_TRANSLATE_NOOP(
        "Errors", "{problem} ; aucune sauvegarde vérifiée de ce carnet n'a été trouvée."),
    "check.damaged.backup": QT_TRANSLATE_NOOP(
        "Errors", "{problem} ; la sauvegarde vérifiée la plus récente date du {backup_made} : « progression "
        "restore {path} --backup {backup} » la remet en place."),
    # What opening did beside the carnet, for the banner.
    "carnet.journal_set_aside": QT_TRANSLATE_NOOP(
        "Errors", "Un fichier « {journal} » trouvé à côté du carnet n'était pas le sien : il n'a pas été appliqué et "
        "il est gardé sous « {kept} » ; votre carnet n'a pas été modifié."),
    # Another program put a different file in the open carnet's place.
    "carnet.replaced": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu'il était "
        "ouvert (synchronisation, copie…) : Progression n'y écrit plus, la dernière action n'a pas été enregistrée. "
        "Fermez ce carnet puis rouvrez-le."),
    "carnet.replaced.kept": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu'il était "
        "ouvert (synchronisation, copie…) : Progression n'y écrit plus, la dernière action n'a pas été enregistrée. "
        "Le carnet tel que vous l'aviez ouvert, avec ce que vous y avez saisi, est conservé à côté sous « {kept} » : "
        "ouvrez-le, ou fusionnez-le dans le carnet (Fichier › Fusionner une copie du carnet…). Fermez ce carnet "
        "puis rouvrez-le."),
    "carnet.replaced.closing": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu'il était "
        "ouvert (synchronisation, copie…) : Progression ne l'a pas modifié."),
    "carnet.replaced.closing_kept": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu'il était "
        "ouvert (synchronisation, copie…) : Progression ne l'a pas modifié. Le carnet tel que vous l'aviez ouvert, "
        "avec ce que vous y avez saisi, est conservé à côté sous « {kept} » : ouvrez-le, ou fusionnez-le dans le "
        "carnet (Fichier › Fusionner une copie du carnet…)."),
    "carnet.replaced_now": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu'il était ouvert "
        ": Progression n'y écrit plus ; fermez ce carnet puis rouvrez-le."),
    "carnet.update_read_only": QT_TRANSLATE_NOOP(
        "Errors", "Le carnet « {name} » doit être mis à jour mais il est en lecture seule : copiez-le dans vos "
        "Documents puis rouvrez-le."),
    "carnet.create_exists": QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {path} » existe déjà : choisissez un autre nom."),
    "carnet.create_no_folder": QT_TRANSLATE_NOOP(
        "Errors", "Le dossier « {parent} » n'existe pas."),
    "carnet.read_only": QT_TRANSLATE_NOOP(
        "Errors", "Ce carnet est ouvert en lecture seule : aucune modification n'est possible."),
    "carnet.set_aside_failed": QT_TRANSLATE_NOOP(
        "Errors", "Impossible de mettre « {name} » de côté dans « {parent} » : {reason} ; vérifiez que le dossier est "
        "accessible en écriture."),
    "carnet.keep_copy_failed": QT_TRANSLATE_NOOP(
        "Errors", "Impossible de garder une copie de « {name} » dans « {parent} » : {reason}."),
}
