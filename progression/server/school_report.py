"""``progression school-report URL --period N --out F.xlsx|F.pdf``: per class and grade, how many
pupils stand at each step of each objective in period N, and their last readings against the
programme's end-of-year objective, read from the school server.

What the login may read decides the document, on the server: a director's or a teacher's login
reads ``class_steps``/``class_fluency`` (its classes, named); an inspector's login, or ``--pseudonymise``,
reads ``inspector_steps``/``inspector_fluency`` (classes as codes, no cell under 5 pupils).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from progression.errors import InvalidInputError
from progression.server.access import ROLES, SMALLEST_GROUP
from progression.server.connection import connect_engine, server_errors, server_url
from progression.server.schema import check_revision


def _source(roles: set[str], asked: bool) -> tuple[str, str, bool]:
    """The FROM … WHERE of the steps and of the readings for this login, and whether pseudonymised."""
    if ROLES["inspector"] in roles and not {ROLES["director"], ROLES["teacher"]} & roles:
        return "inspector_steps WHERE period = :p", "inspector_fluency WHERE period = :p", True
    if asked:  # the same suppression the inspector's views apply, on what this login may read
        small = f"BETWEEN 1 AND {SMALLEST_GROUP - 1}"
        return (f"class_steps WHERE period = :p AND pupils >= {SMALLEST_GROUP}",
                "(SELECT school, class_label, class_code, period, grade, prepared, target, pupils, "
                f"CASE WHEN at_target {small} OR pupils - at_target {small} THEN NULL ELSE at_target END "
                f"AS at_target, median FROM class_fluency) AS f WHERE period = :p AND pupils >= {SMALLEST_GROUP}",
                True)
    return "class_steps WHERE period = :p", "class_fluency WHERE period = :p", False


def school_report(url: str, period: int, out: Path, *, pseudonymise: bool = False) -> int:
    """Write the report (xlsx or PDF, by ``out``'s extension); returns how many rows of counts it holds."""
    from exports.school_report import FluencyRow, SchoolReport, SchoolRow, write_school_report

    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise InvalidInputError(f"« {out.name} » : le rapport s'écrit en .xlsx ou en .pdf ; changez l'extension.")
    engine = connect_engine(url)
    try:
        with server_errors(server_url(url)):
            check_revision(engine)
            with engine.connect() as connection:
                roles = set(connection.execute(text(
                    "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid "
                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user")).scalars())
                source, fluency, hidden = _source(roles, pseudonymise)
                label = "''" if hidden else "class_label"
                found = connection.execute(text(
                    f"SELECT school, {label}, class_code, grade, objective, step, pupils, objective_label "
                    f"FROM {source} ORDER BY 1, 2, 3, 4, 5, 6"), {"p": period}).all()
                readings = connection.execute(text(
                    f"SELECT school, {label}, class_code, grade, prepared, target, pupils, at_target, median "
                    f"FROM {fluency}"), {"p": period}).all()
    finally:
        engine.dispose()
    if not found and not readings:
        raise InvalidInputError(
            f"Aucune donnée à montrer pour la période {period} avec cet identifiant"
            + (" (les effectifs de moins de 5 élèves ne sont jamais montrés)" if hidden else "")
            + " : aucun fichier n'a été écrit."
        )
    steps = [SchoolRow(str(school), str(label), str(code), str(grade), str(objective), int(step), int(pupils),
                       str(wording or ""))
             for school, label, code, grade, objective, step, pupils, wording in found]
    fluency_rows = [FluencyRow(str(school), str(label), str(code), str(grade), bool(prepared),
                               None if target is None else float(target), int(pupils),
                               None if at_target is None else int(at_target), float(median))
                    for school, label, code, grade, prepared, target, pupils, at_target, median in readings]
    write_school_report(SchoolReport(period, hidden, steps, fluency_rows), out)
    return len(steps) + len(fluency_rows)
