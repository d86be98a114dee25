"""The command line: a stable scripting interface over the same service as the app.

Exit status 0 on success, 1 for bad data or a damaged file (one French sentence on stderr,
no traceback), 2 for wrong usage. Output files are written only when complete.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from progression.cli_parsing import FrenchParser, OnlyCommand
from progression.errors import ProgressionError

COMMANDS = (
    "new", "demo", "import-pupils", "import-observations", "fluency", "items", "synthesis", "export", "info",
    "check", "backup", "framework", "settings", "scale", "restore", "purge-pupil", "merge", "server", "sync",
    "school-report", "reading-grid", "next-year", "code", "groups",
)


def _print_json(value: Any) -> None:
    from progression.cli_json import to_json

    sys.stdout.write(to_json(value) + "\n")


def _open(path: str, *, lock: bool = False) -> Any:
    """Read-only commands leave the lock to the app, so they work while it is open. Nor do they
    read the whole file at opening (quick check, daily backup): their cost follows what they read;
    ``check`` and ``backup`` do that on purpose. Writers keep both before changing anything."""
    from progression.service import CarnetService

    return CarnetService.open(Path(path), lock=lock, full_check=lock, auto_backup=lock)


def cmd_new(args: argparse.Namespace) -> int:
    from progression import calendar as school_calendar
    from progression.service import CarnetService, NewClass

    grades = tuple(g.strip().upper() for g in args.grades.split(",") if g.strip())
    zone = school_calendar.parse_zone(args.zone)
    service = CarnetService.create(
        Path(args.carnet),
        NewClass(label=args.class_label, year=args.year, grades=grades, periods=args.periods,
                 school=args.school, teacher=args.teacher, scale=args.scale, zone=zone),
    )
    service.close()
    print(f"Carnet créé : {args.carnet}")
    # Said every time: a teacher who let the zone default must see which calendar cut her periods.
    print(f"Périodes : {school_calendar.dates_status(args.year, zone).sentence}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from progression.demo import make_demo

    service = make_demo(Path(args.carnet), pupils=args.pupils, seed=args.seed, until=date.today())
    counts = service.counts()
    service.close()
    print(f"Classe de démonstration créée : {args.carnet} ({counts['pupils']} élèves, "
          f"{counts['observations']} observations, {counts['fluency_measures']} mesures de fluence).")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from progression.cli_json import carnet_info

    service = _open(args.carnet)
    info = carnet_info(service)
    service.close()
    if args.json:
        _print_json(info)
        return 0
    klass = info["class"]
    print(f"{klass['label']} — {klass['school']} — {klass['year']} — {', '.join(klass['grades'])}")
    counts = info["counts"]
    print(f"{counts['pupils']} élèves, {counts['observations']} observations, "
          f"{counts['fluency_measures']} mesures de fluence (schéma {info['schema']}).")
    for p in info["periods"]:
        print(f"  {p['index']}. {p['label']} : du {p['start']} au {p['end']}")
    return 0


def cmd_items(args: argparse.Namespace) -> int:
    from progression.cli_json import items_json

    service = _open(args.carnet)
    items = service.items(include_hidden=args.all)
    service.close()
    if args.json:
        _print_json(items_json(items))
        return 0
    for i in items:
        indent = {"domain": "", "competency": "  ", "objective": "    "}.get(i.kind, "")
        print(f"{indent}{i.code}  {i.label}  [{', '.join(i.grades)}]")
    return 0


def cmd_synthesis(args: argparse.Namespace) -> int:
    service = _open(args.carnet)
    options = service.rule_options(
        rule=args.rule, window=args.window, best_k=args.best,
        include_earlier=True if args.include_earlier else None,
    )
    rows = service.synthesis(args.period, options)
    pupils = {p.id: p for p in service.pupils()}
    service.close()
    if args.json:
        from progression.cli_json import synthesis_json

        _print_json(synthesis_json(args.period, options, rows))
        return 0
    for r in rows:
        pupil = pupils[r.pupil_id]
        mark = "—" if r.rank is None else str(r.rank)
        flag = (" (décision de l'enseignant)" if r.overridden
                else " (d'après les lectures de fluence)" if r.from_readings
                else " (d'après la grille du code)" if r.from_code
                else " (d'après la dernière grille de lecture)" if r.from_grid else "")
        print(f"{pupil.display_name:30} {r.item_code:18} échelon {mark} score {r.score}{flag}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from progression.errors import DamagedCarnetError
    from progression.inspection import inspect_file
    from progression.interrupted import finish_interrupted
    from progression.storage import SCHEMA_REVISION

    path = Path(args.carnet)
    try:
        # What a crash left beside it is dealt with as the app's opening does (an unfinished action
        # rolled back, a -wal that is not its own set aside), then the whole file is checked,
        # indexes against their rows included.
        notes = finish_interrupted(path) if path.is_file() else []
        revision = inspect_file(path, thorough=True)
    except DamagedCarnetError as error:
        from progression.recovery import newest_verified_backup

        good = newest_verified_backup(path)
        # The error's own advice (« restaurez… ») is replaced by the precise one: which backup, which command.
        problem = error.fields["problem"] if error.code == "carnet.restore" else error
        if good is None:
            raise DamagedCarnetError("check.damaged.no_backup", problem=problem) from error
        raise DamagedCarnetError("check.damaged.backup", problem=problem, backup_made=good.describe(),
                                 path=str(path), backup=str(good.path)) from error
    if revision != SCHEMA_REVISION:
        print(f"Carnet lisible ; schéma {revision}, sera mis à jour vers {SCHEMA_REVISION} à l'ouverture.")
    else:
        print("Carnet en bon état (contrôle d'intégrité complet réussi, schéma à jour).")
    for note in notes:
        print(f"Attention : {note}")
    from progression.location import risky_place
    from progression.lock import holder_alive, read_lock

    risk = risky_place(path)
    if risk is not None:
        print(f"Attention : {risk.message}")
    holder = read_lock(path)
    if holder is not None:
        alive = holder_alive(holder)
        if alive is False:
            print(f"Verrou laissé par un programme qui s'est arrêté ({holder.user}, {holder.describe_since()}) : "
                  "il sera retiré à la prochaine ouverture.")
        else:
            print(f"Ouvert en ce moment par {holder.user} sur « {holder.host} » depuis {holder.describe_since()}"
                  f"{'' if alive else ' (cet autre ordinateur ne peut pas être interrogé d’ici)'}.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from progression.backup import automatic_backup, count_pupils, make_backup
    from progression.inspection import inspect_file

    path = Path(args.carnet)
    # What the file is (a carnet this version reads) without reading it whole: the copy's own
    # integrity check reads every page once, and a damaged carnet fails it with its own sentence.
    inspect_file(path, scan=False)
    # A folder the teacher names is theirs: it is never thinned. The automatic folder is.
    target = make_backup(path, Path(args.to)) if args.to else automatic_backup(path, "manuelle")
    size = f"{target.stat().st_size / 1_000_000:.1f}".replace(".", ",")
    print(f"Sauvegarde vérifiée : {target} ({count_pupils(target)} élèves, {size} Mo)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from progression import paths
    from progression.backup import list_backups
    from progression.backup_folders import carnet_identity
    from progression.privacy import erasures_reapplied
    from progression.recovery import restore_backup

    carnet = Path(args.carnet)
    if args.backup is None:
        if carnet_identity(carnet) is None:
            # Rather no backup than another carnet's: the teacher can still name one with --backup.
            print(f"Impossible de savoir quel carnet est « {carnet.name} » (fichier illisible, jamais sauvegardé sur "
                  "cet ordinateur) : aucune sauvegarde n'est proposée. Les sauvegardes automatiques sont dans "
                  f"« {paths.backups_root()} » ; choisissez-en une avec --backup si vous la reconnaissez.")
            return 0
        backups = list_backups(carnet)
        if not backups:
            print(f"Aucune sauvegarde automatique de « {carnet.name} » sur cet ordinateur.")
            return 0
        for backup in backups:
            print(f"{backup.describe()}\t{backup.path}")
        return 0
    aside = restore_backup(Path(args.backup), carnet)
    print(f"Sauvegarde remise en place : {carnet}")
    if aside is not None:
        print(f"L'ancien fichier est conservé sous « {aside} ».")
    erased = erasures_reapplied(Path(args.backup), carnet)
    if erased:
        print(f"{erased} élève(s) effacé(s) depuis cette sauvegarde l'ont été de nouveau dans le carnet restauré.")
    return 0


def cmd_purge_pupil(args: argparse.Namespace) -> int:
    from progression.carnet import open_carnet
    from progression.privacy import erased_ids, pupil_name, purge_pupil

    path = Path(args.carnet)
    if args.pupil is None and not args.backups:
        sys.stderr.write("Erreur d'utilisation : donnez l'identifiant de l'élève à effacer, ou --backups pour "
                         "terminer dans les sauvegardes les effacements déjà faits.\n")
        return 2
    # No daily backup here: it would be one more copy holding the pupil's name.
    carnet = open_carnet(path, auto_backup=False)
    try:
        name = pupil_name(carnet, args.pupil) if args.pupil else None
        if args.pupil and name is None and args.pupil not in erased_ids(path):
            raise ProgressionError("cli.pupil_unknown", pupil=args.pupil)
        if name is not None:
            if not args.yes:
                sys.stderr.write(
                    f"Erreur d'utilisation : ajoutez --yes pour effacer définitivement {name} "
                    "et toutes ses données.\n"
                )
                return 2
            report = purge_pupil(carnet, args.pupil)
    finally:
        carnet.close()
    if name is not None:
        print(f"{name} a été effacé(e) définitivement du carnet ({report.rows} lignes).")
    elif args.pupil:
        print("Cet élève a déjà été effacé(e) du carnet.")
    if args.backups:
        return _complete_erasure(path, delete_damaged=args.delete_damaged)
    print("Les sauvegardes antérieures et les fichiers mis de côté le contiennent encore jusqu'à leur suppression : "
          f"« progression purge-pupil {path} --backups » termine l'effacement, maintenant ou plus tard.")
    return 0


def _complete_erasure(path: Path, *, delete_damaged: bool) -> int:
    """Every erased pupil of the carnet, out of its backups and of the files set aside beside it."""
    from progression.privacy import complete_erasure, delete_leftovers

    cleanup = complete_erasure(path)
    if not cleanup.pupils:
        print("Aucun élève n'a été effacé de ce carnet : aucune sauvegarde à nettoyer.")
        return 0
    print(f"{len(cleanup.backups)} sauvegardes automatiques nettoyées ({cleanup.pupils} élève(s) effacé(s) "
          "recherché(s)).")
    if cleanup.set_aside:
        print(f"{len(cleanup.set_aside)} fichier(s) mis de côté près du carnet nettoyé(s).")
    if not cleanup.leftovers:
        return 0
    if delete_damaged:
        deleted = delete_leftovers(cleanup.leftovers)
        print(f"{len(deleted)} fichier(s) illisible(s) supprimé(s).")
        return 0
    print(f"{len(cleanup.leftovers)} fichier(s) illisible(s) (endommagés, journaux mis de côté) peuvent encore "
          "contenir des données des élèves effacés et ne peuvent pas être nettoyés ; ajoutez --delete-damaged pour "
          "les supprimer :")
    for leftover in cleanup.leftovers:
        print(f"  {leftover}")
    return 0


def cmd_import_observations(args: argparse.Namespace) -> int:
    from progression.importers.observations import import_operation, read_observations

    service = _open(args.carnet, lock=True)
    try:
        observations = read_observations(service, Path(args.csv))
        if observations and not args.dry_run:
            service.run(import_operation(service, observations))
    finally:
        service.close()
    verb = "seraient importées" if args.dry_run else "importées"
    print(f"{len(observations)} observations {verb}.")
    return 0


def cmd_fluency(args: argparse.Namespace) -> int:
    from progression.cli_readings import record_reading

    return record_reading(args, _open)


def cmd_reading_grid(args: argparse.Namespace) -> int:
    from progression.cli_readings import record_grid

    return record_grid(args, _open)


def cmd_code(args: argparse.Namespace) -> int:
    from progression.cli_code import record_code

    return record_code(args, _open)


def cmd_groups(args: argparse.Namespace) -> int:
    from progression.cli_groups import show_groups

    return show_groups(args, _open)


def cmd_merge(args: argparse.Namespace) -> int:
    from progression.carnet import open_carnet
    from progression.merge import merge_into, report_lines

    # One backup for the whole run: the one merge_into makes just before writing (« fusion »),
    # neither the day's at opening nor one at closing. The carnet, not the service: the merge is
    # plain SQLite, and the service would load SQLAlchemy for nothing.
    carnet = open_carnet(Path(args.carnet), auto_backup=False)
    try:
        report = merge_into(carnet, Path(args.copy), dry_run=args.dry_run)
    finally:
        carnet.close(backup=False)
    if args.dry_run:
        print("Essai : rien n'a été écrit.")
    for line in report_lines(report):
        print(line)
    return 0


def cmd_framework(args: argparse.Namespace) -> int:
    from progression.framework import read_framework_file, write_framework_file
    from progression.operations import ImportFramework

    service = _open(args.carnet, lock=True)
    try:
        if args.action == "import":
            operation = ImportFramework(read_framework_file(Path(args.file)))
            service.run(operation)
            print(f"{operation.size} items ajoutés au référentiel du carnet.")
        else:
            spec = service.framework_spec()
            out = write_framework_file(spec, Path(args.file), service.carnet.path)
            print(f"Référentiel exporté : {out} ({len(spec.items)} items).")
    finally:
        service.close()
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from progression.settings import parse_value

    service = _open(args.carnet, lock=True)
    try:
        if args.key is not None:
            if args.value is None:
                raise ProgressionError("cli.setting_value_missing")
            value = parse_value(args.key, args.value)
            # The scale follows the same rules as « progression scale use ».
            key = args.key
            change = service.scale_change(value) if key == "scale" else service.settings_change(**{key: value})
            if change is not None:
                service.run(change)
        _print_json({k: (str(v) if k == "rule" else v) for k, v in service.settings._asdict().items()})
    finally:
        service.close()
    return 0


def cmd_scale(args: argparse.Namespace) -> int:
    from progression.operations import AddScale
    from progression.scales import scale_from_dict

    service = _open(args.carnet, lock=True)
    try:
        if args.action == "add":
            try:
                raw = json.loads(Path(args.value).read_text(encoding="utf-8-sig"))
            except (OSError, json.JSONDecodeError) as error:
                raise ProgressionError("cli.scale_unreadable", value=args.value, reason=str(error)) from error
            spec = scale_from_dict(raw)
            service.run(AddScale(spec))
            print(f"Échelle « {spec.label} » ajoutée (code {spec.code}).")
        elif args.action == "use":
            change = service.scale_change(args.value)
            if change is not None:
                service.run(change)
            print(f"Le carnet utilise maintenant l'échelle « {args.value} ».")
        else:
            for code, label in service.scales():
                marker = "*" if code == service.settings.scale else " "
                print(f"{marker} {code:14} {label}")
    finally:
        service.close()
    return 0


def _lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        import importlib

        handler: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module), name)
        return handler(args)

    return run


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or, given ``command``, the parser of that subcommand only."""
    parser = FrenchParser(prog="progression", description="Suivi des progrès en lecture, en ligne de commande.")
    sub: Any = OnlyCommand(parser.add_subparsers(dest="command", required=True, parser_class=FrenchParser), command)

    p = sub.add_parser("new", help="créer un carnet vide pour une classe")
    p.add_argument("carnet")
    p.add_argument("--class", dest="class_label", required=True)
    p.add_argument("--year", default="2026-2027")
    p.add_argument("--grades", default="CE1,CE2")
    p.add_argument("--periods", type=int, default=5, choices=(5, 3, 2))
    p.add_argument("--school", default="")
    p.add_argument("--teacher", default="")
    p.add_argument("--scale", default="lsu4", choices=("lsu4", "maternelle3"))
    p.add_argument("--zone", default="B",
                   help="zone de vacances dont le calendrier officiel découpe les périodes : A, B, C, Corse, "
                        "Guadeloupe, Martinique, Guyane, Réunion, Mayotte, ou le nom de l'académie (défaut : B)")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("demo", help="créer une classe de démonstration avec une année d'observations")
    p.add_argument("carnet")
    p.add_argument("--pupils", type=int, default=24)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("info", help="résumé du carnet")
    p.add_argument("carnet")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("items", help="items du référentiel et leurs codes")
    p.add_argument("carnet")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="inclure les items masqués et les anciens programmes")
    p.set_defaults(handler=cmd_items)

    p = sub.add_parser("synthesis", help="positionnement calculé d'une période")
    p.add_argument("carnet")
    p.add_argument("--period", type=int, required=True)
    p.add_argument("--rule", choices=("last", "mean", "weighted_arithmetic", "weighted_geometric", "best",
                                      "mode_low", "mode_high", "decaying"))
    p.add_argument("--window", type=int)
    p.add_argument("--best", type=int)
    p.add_argument("--include-earlier", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_synthesis)

    p = sub.add_parser("check", help="contrôle d'intégrité ; code 1 si le carnet est endommagé")
    p.add_argument("carnet")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="sauvegarde vérifiée du carnet")
    p.add_argument("carnet")
    p.add_argument("--to")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="lister les sauvegardes d'un carnet ou en remettre une en place")
    p.add_argument("carnet")
    p.add_argument("--backup", help="sauvegarde à remettre en place (sans cette option : la liste)")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("purge-pupil", help="effacer définitivement un élève et toutes ses données (RGPD)")
    p.add_argument("carnet")
    p.add_argument("pupil", nargs="?",
                   help="identifiant de l'élève (voir « progression info --json ») ; sans lui, avec --backups : "
                        "terminer les effacements déjà faits")
    p.add_argument("--yes", action="store_true", help="confirmer l'effacement définitif")
    p.add_argument("--backups", action="store_true",
                   help="effacer aussi les élèves effacés des sauvegardes automatiques et des fichiers mis de côté")
    p.add_argument("--delete-damaged", action="store_true",
                   help="avec --backups : supprimer les fichiers illisibles qui pourraient encore les contenir")
    p.set_defaults(handler=cmd_purge_pupil)

    p = sub.add_parser("import-observations", help="importer des observations depuis un CSV")
    p.add_argument("carnet")
    p.add_argument("csv")
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(handler=cmd_import_observations)

    from progression.cli_code import add_parser as add_code_parser
    from progression.cli_groups import add_parser as add_groups_parser
    from progression.cli_readings import add_grid_parser
    from progression.cli_readings import add_parser as add_fluency_parser

    add_fluency_parser(sub, cmd_fluency)
    add_grid_parser(sub, cmd_reading_grid)
    add_code_parser(sub, cmd_code)
    add_groups_parser(sub, cmd_groups)

    p = sub.add_parser("framework", help="importer ou exporter un référentiel (JSON ou CSV)")
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("carnet")
    p.add_argument("file")
    p.set_defaults(handler=cmd_framework)

    p = sub.add_parser("merge", help="reprendre ce qu'une copie du carnet a de nouveau (autre ordinateur, remplaçant)")
    p.add_argument("carnet")
    p.add_argument("copy")
    p.add_argument("--dry-run", action="store_true", help="dire ce qui serait repris, sans rien écrire")
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("settings", help="voir ou changer un réglage (règle de calcul, fenêtre…)")
    p.add_argument("carnet")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(handler=cmd_settings)

    p = sub.add_parser("scale", help="échelles : lister, ajouter (JSON), choisir")
    p.add_argument("action", choices=("list", "add", "use"))
    p.add_argument("carnet")
    p.add_argument("value", nargs="?")
    p.set_defaults(handler=cmd_scale)

    p = sub.add_parser("import-pupils", help="importer la liste des élèves (ONDE, CSV, xlsx, ods)")
    p.add_argument("carnet")
    p.add_argument("list")
    p.add_argument("--class", dest="class_key")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--skip-invalid", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_lazy("progression.importers.pupils_cli", "cmd_import_pupils"))

    p = sub.add_parser("export", help="bilans PDF, grille xlsx ou CSV d'une période, ou fichier pour le LSU")
    p.add_argument("carnet")
    p.add_argument("--period", type=int, required=True)
    p.add_argument("--format", required=True, choices=("pdf", "class-pdf", "xlsx", "csv", "lsu"))
    p.add_argument("--out", required=True)
    p.add_argument("--pseudonymise", action="store_true")
    p.add_argument("--pupil", action="append", help="identifiant d'un élève (répétable)")
    p.add_argument("--per-pupil", action="store_true", help="un fichier PDF par élève dans le dossier --out")
    p.add_argument("--uai", help="lsu : numéro UAI de l'école (sinon le réglage lsu_uai du carnet)")
    p.add_argument("--directeur", help="lsu : « Mme MARTIN Claire » (sinon le réglage lsu_director)")
    p.add_argument("--enseignant", help="lsu : « M. DURAND Paul » (sinon le réglage lsu_teacher)")
    p.add_argument("--lsu-schema", choices=("1.0", "1.0b"), default="1.0b",
                   help="lsu : révision du schéma, 1.0 (première version) ou 1.0b (2017, avec « non évalué »)")
    p.add_argument("--lsu-elements", metavar="CODE,CODE…",
                   help="lsu : codes des principaux éléments du programme travaillés (sinon, par niveau, les "
                        "5 objectifs les plus observés de la période)")
    p.add_argument("--appreciation-generale", metavar="TEXTE",
                   help="lsu : appréciation générale de chaque bilan (sinon « Appréciation générale à rédiger "
                        "dans le LSU. »)")
    p.add_argument("--wording", choices=("family", "official"), default="family",
                   help="pdf : objectifs formulés pour les familles (par défaut) ou texte officiel des programmes")
    p.set_defaults(handler=_lazy("progression.reports", "cmd_export"))

    from progression.server.cli import add_parsers

    add_parsers(sub)

    from progression.cli_handover import add_parser as add_handover_parser

    add_handover_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(argv[0] if argv and argv[0] in COMMANDS else None).parse_args(argv)
    try:
        return int(args.handler(args))
    except ProgressionError as error:
        sys.stderr.write(f"{error}\n")
        return 1
    except BrokenPipeError:
        return 0  # the reader (``| head``) stopped listening; nothing to report
    except KeyboardInterrupt:
        sys.stderr.write("Interrompu : rien n'a été enregistré à moitié.\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
