"""``progression school-report URL --period N --out F.xlsx``: per class and grade, how many pupils
stand at each step of each objective in period N, read from the school server.

What the login may read decides the document, on the server: a director's or a teacher's login
reads ``class_steps`` (its classes, named); an inspector's login, or ``--pseudonymise``, reads
``inspector_steps`` (classes as codes, no cell under 5 pupils).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from progression.errors import InvalidInputError
from progression.server.access import ROLES, SMALLEST_GROUP
from progression.server.connection import connect_engine, server_errors, server_url
from progression.server.schema import check_revision


def _source(roles: set[str], asked: bool) -> tuple[str, bool]:
    """The query's FROM … WHERE for this login, and whether the version is pseudonymised."""
    if ROLES["inspector"] in roles and not {ROLES["director"], ROLES["teacher"]} & roles:
        return "inspector_steps WHERE period = :p", True
    if asked:  # the same suppression the inspector's view applies, on what this login may read
        return f"class_steps WHERE period = :p AND pupils >= {SMALLEST_GROUP}", True
    return "class_steps WHERE period = :p", False


def school_report(url: str, period: int, out: Path, *, pseudonymise: bool = False) -> int:
    """Write the report; returns how many rows of counts it holds."""
    from exports.school_report import SchoolRow, write_school_report

    engine = connect_engine(url)
    try:
        with server_errors(server_url(url)):
            check_revision(engine)
            with engine.connect() as connection:
                roles = set(connection.execute(text(
                    "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid "
                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user")).scalars())
                source, hidden = _source(roles, pseudonymise)
                label = "''" if hidden else "class_label"
                found = connection.execute(text(
                    f"SELECT school, {label}, class_code, grade, objective, step, pupils FROM {source} "
                    "ORDER BY 1, 2, 3, 4, 5, 6"), {"p": period}).all()
    finally:
        engine.dispose()
    if not found:
        raise InvalidInputError(
            f"Aucune donnée à montrer pour la période {period} avec cet identifiant"
            + (" (les effectifs de moins de 5 élèves ne sont jamais montrés)" if hidden else "")
            + " : aucun fichier n'a été écrit."
        )
    rows = [SchoolRow(str(school), str(label), str(code), str(grade), str(objective), int(step), int(pupils))
            for school, label, code, grade, objective, step, pupils in found]
    write_school_report(rows, out, period=period, pseudonymised=hidden)
    return len(rows)
