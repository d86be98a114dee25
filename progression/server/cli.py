"""``progression server init|grant|revoke`` and ``progression sync``: the command line of the school server."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from progression.errors import InvalidInputError

if TYPE_CHECKING:  # the command line's start stays light: SQLAlchemy only when a server command runs
    from sqlalchemy import Engine


def _engine(url: str) -> Engine:
    from progression.server.connection import connect_engine

    return connect_engine(url)


def cmd_server(args: argparse.Namespace) -> int:
    from progression.server.access import carnet_identity, grant, revoke
    from progression.server.admin import init_server
    from progression.server.connection import server_errors, server_url

    engine = _engine(args.url)
    try:
        with server_errors(server_url(args.url)):
            if args.action == "init":
                init_server(engine)
                print("Serveur prêt : tables, index, rôles et règles d'accès sont en place.")
                return 0
            if args.login is None:
                raise InvalidInputError("Indiquez l'identifiant (le login) à qui donner ou retirer l'accès.")
            role = args.role
            if role == "teacher" and not args.carnet:
                raise InvalidInputError("Pour un enseignant, indiquez le carnet de sa classe (--carnet CARNET).")
            if role != "teacher" and not args.school:
                raise InvalidInputError("Pour une direction ou une inspection, indiquez l'école (--school ÉCOLE).")
            carnet_id = carnet_identity(Path(args.carnet)) if role == "teacher" else None
            if args.read_only and (role != "teacher" or args.action != "grant"):
                raise InvalidInputError("--read-only ne vaut que pour donner à un enseignant l'accès à un carnet "
                                        "(grant --carnet CARNET --read-only).")
            if args.action == "grant":
                grant(engine, args.login, role, carnet_id=carnet_id, school=args.school, read_only=args.read_only)
                print(f"Accès en lecture seule donné à « {args.login} »." if args.read_only
                      else f"Accès donné à « {args.login} ».")
            else:
                removed = revoke(engine, args.login, role, carnet_id=carnet_id, school=args.school)
                print(f"Accès retiré à « {args.login} »." if removed else f"« {args.login} » n'avait pas cet accès.")
            return 0
    finally:
        engine.dispose()


def cmd_sync(args: argparse.Namespace) -> int:
    from progression.server.sync import sync_carnet

    result = sync_carnet(Path(args.carnet), args.url)
    if args.json:
        sys.stdout.write(json.dumps({"sent": result.sent, "received": result.received}) + "\n")
    else:
        print(f"Synchronisé : {result.sent} ligne(s) envoyée(s), {result.received} reçue(s).")
        for line in result.lines:
            print(line)
    return 0


def cmd_school_report(args: argparse.Namespace) -> int:
    from progression.server.school_report import school_report

    count = school_report(args.url, args.period, Path(args.out), pseudonymise=args.pseudonymise)
    print(f"Rapport écrit : {args.out} ({count} ligne(s) d'effectifs).")
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help="serveur d'école PostgreSQL : préparer, donner ou retirer un accès")
    p.add_argument("action", choices=("init", "grant", "revoke"))
    p.add_argument("url", help="postgresql://administrateur@serveur/base (chiffré sauf sur le serveur lui-même)")
    p.add_argument("login", nargs="?", help="grant, revoke : l'identifiant PostgreSQL de la personne")
    p.add_argument("--carnet", help="grant, revoke : le carnet de la classe (enseignant)")
    p.add_argument("--school", help="grant, revoke : l'école, telle qu'écrite dans les carnets (direction, inspection)")
    p.add_argument("--role", choices=("teacher", "director", "inspector"), default="teacher")
    p.add_argument("--read-only", action="store_true",
                   help="grant : l'enseignant lit ce carnet sans plus y écrire (la classe de l'an passé)")
    p.set_defaults(handler=cmd_server)

    p = sub.add_parser("sync", help="envoyer au serveur d'école ce que le carnet a enregistré, recevoir le reste")
    p.add_argument("carnet")
    p.add_argument("url", help="postgresql://identifiant@serveur/base")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("school-report",
                       help="échelons par classe, niveau et objectif, et fluence (serveur d'école)")
    p.add_argument("url", help="postgresql://identifiant@serveur/base")
    p.add_argument("--period", type=int, required=True)
    p.add_argument("--out", required=True, help="fichier .xlsx ou .pdf")
    p.add_argument("--pseudonymise", action="store_true", help="classes en codes, effectifs de moins de 5 masqués")
    p.set_defaults(handler=cmd_school_report)
