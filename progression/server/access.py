"""Who sees what on the school server, enforced by PostgreSQL itself (roles and row-level security).

Three group roles: ``progression_teacher`` (reads and writes the carnets granted to the login,
``class_grant``; only reads those granted ``read_only``, as last year's class once it has gone up),
``progression_director`` (reads the carnets whose class is in one of the login's schools,
``school_grant``), ``progression_inspector`` (no table at all: only the view ``inspector_steps``,
counts of pupils per step without a name, an INE, a birth date or a word of free text, and no cell
under 5 pupils; ``inspector_fluency`` likewise for the readings). Every synced table has a policy for
reading and one for writing, on ``carnet_id``; what a login may see is computed by two functions that
read the grants with the owner's rights, so the grants themselves are
never readable by a teacher.

A login is a PostgreSQL role; its password is set by the administrator with PostgreSQL's own tools
(``\\password`` in psql) and never passes through Progression.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from progression.errors import InvalidInputError
from progression.server.schema import KEYED
from progression.storage import identity_from_meta, read_meta
from progression.validation import shown

ROLES = {"teacher": "progression_teacher", "director": "progression_director", "inspector": "progression_inspector"}
# Fewer pupils than this in a cell of an inspector's view and the cell is not shown (could name a child).
SMALLEST_GROUP = 5
_LOGIN = re.compile(r"[a-z_][a-z0-9_.\-]{0,62}")

_FUNCTIONS = (
    """CREATE OR REPLACE FUNCTION progression_writable_carnets(who name) RETURNS varchar[]
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
       SELECT coalesce(array_agg(carnet_id), '{}') FROM class_grant WHERE login = who AND NOT read_only $$""",
    """CREATE OR REPLACE FUNCTION progression_readable_carnets(who name) RETURNS varchar[]
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
       SELECT coalesce(array_agg(DISTINCT c), '{}') FROM (
           SELECT carnet_id AS c FROM class_grant WHERE login = who
           UNION SELECT g.carnet_id FROM class_group AS g JOIN school_grant AS s ON s.school = g.school
           WHERE s.login = who AND s.role = 'director' AND g.school <> '' AND g.deleted_at IS NULL) AS visible $$""",
)

# The last step of each pupil on each objective in each period: what the documents count.
_LAST_STEPS = """WITH last AS (
    SELECT DISTINCT ON (o.carnet_id, o.pupil_id, o.item_id, p.id)
           o.carnet_id, o.pupil_id, o.item_id, p."index" AS period, o.step_id
    FROM observation AS o
    JOIN period AS p ON p.carnet_id = o.carnet_id AND o.observed_on BETWEEN p.starts_on AND p.ends_on
                     AND p.deleted_at IS NULL
    WHERE o.deleted_at IS NULL
    ORDER BY o.carnet_id, o.pupil_id, o.item_id, p.id, o.observed_on DESC, o.modified_at DESC
)"""
_COUNTED = """FROM last AS l
JOIN enrolment AS e ON e.carnet_id = l.carnet_id AND e.pupil_id = l.pupil_id AND e.deleted_at IS NULL
JOIN class_group AS c ON c.carnet_id = e.carnet_id AND c.id = e.class_id AND c.deleted_at IS NULL
JOIN school_year AS y ON y.carnet_id = c.carnet_id AND y.id = c.year_id
JOIN framework_item AS i ON i.carnet_id = l.carnet_id AND i.id = l.item_id
JOIN scale_step AS s ON s.carnet_id = l.carnet_id AND s.id = l.step_id AND s.counts"""
_CLASS_CODE = "'classe-' || left(md5(c.carnet_id || ':' || c.id), 8)"

# The inspector's: run with the owner's rights, so it must filter itself (the grants of the login).
_INSPECTOR_VIEW = f"""CREATE OR REPLACE VIEW inspector_steps WITH (security_barrier) AS
{_LAST_STEPS}
SELECT c.school, {_CLASS_CODE} AS class_code, y.label AS school_year,
       l.period, e.grade, i.code AS objective, s.rank AS step, count(DISTINCT l.pupil_id) AS pupils,
       i.label AS objective_label
{_COUNTED}
WHERE c.school IN (SELECT school FROM school_grant WHERE login = current_user AND role = 'inspector')
GROUP BY c.school, class_code, y.label, l.period, e.grade, i.code, s.rank, i.label
HAVING count(DISTINCT l.pupil_id) >= {SMALLEST_GROUP}"""

# The director's and the teacher's: run with the reader's rights (security_invoker), so row-level
# security keeps each to the classes it may read.
_CLASS_VIEW = f"""CREATE OR REPLACE VIEW class_steps WITH (security_invoker = true) AS
{_LAST_STEPS}
SELECT c.school, c.label AS class_label, {_CLASS_CODE} AS class_code, y.label AS school_year,
       l.period, e.grade, i.code AS objective, s.rank AS step, count(DISTINCT l.pupil_id) AS pupils,
       i.label AS objective_label
{_COUNTED}
GROUP BY c.school, c.label, class_code, y.label, l.period, e.grade, i.code, s.rank, i.label"""

# Each pupil's last reading of a text in each period, cold and prepared apart, beside the programme's
# end-of-year objective for that kind of reading (``_targets``): what the school report compares.
_LAST_READINGS = """WITH target (grade, prepared, words) AS (VALUES {targets}),
last AS (
    SELECT DISTINCT ON (f.carnet_id, f.pupil_id, p.id, f.prepared)
           f.carnet_id, f.pupil_id, p."index" AS period, f.prepared,
           (f.words_read - f.errors) * 60.0 / f.seconds AS words
    FROM fluency_measure AS f
    JOIN period AS p ON p.carnet_id = f.carnet_id AND f.measured_on BETWEEN p.starts_on AND p.ends_on
                     AND p.deleted_at IS NULL
    WHERE f.deleted_at IS NULL AND f.kind = 'text'
    ORDER BY f.carnet_id, f.pupil_id, p.id, f.prepared, f.measured_on DESC, f.modified_at DESC
)"""
_READ_BY = """FROM last AS l
JOIN enrolment AS e ON e.carnet_id = l.carnet_id AND e.pupil_id = l.pupil_id AND e.deleted_at IS NULL
JOIN class_group AS c ON c.carnet_id = e.carnet_id AND c.id = e.class_id AND c.deleted_at IS NULL
JOIN school_year AS y ON y.carnet_id = c.carnet_id AND y.id = c.year_id
LEFT JOIN target AS t ON t.grade = e.grade AND t.prepared = l.prepared"""
_FLUENCY_COLUMNS = """l.period, e.grade, l.prepared, t.words AS target, count(*) AS pupils,
       count(*) FILTER (WHERE l.words >= t.words) AS at_target,
       round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY l.words) AS numeric), 0) AS median"""


def _targets() -> str:
    """The programme's end-of-year figures as SQL values; a grade without one compares with nothing."""
    from progression.fluency import official_target
    from progression.grades import GRADES

    rows = [f"('{grade}', {str(prepared).lower()}, {target})" for grade in GRADES for prepared in (False, True)
            if (target := official_target(grade, prepared=prepared)) is not None]
    return ", ".join(rows) or "(NULL, NULL, NULL)"


def _fluency_views() -> tuple[str, str]:
    readings = _LAST_READINGS.format(targets=_targets())
    # The inspector's: no cell under 5 pupils; the split at the target only when neither side is
    # smaller (the other would be known by difference).
    inspector = f"""CREATE OR REPLACE VIEW inspector_fluency WITH (security_barrier) AS
{readings}
SELECT school, class_code, school_year, period, grade, prepared, target, pupils,
       CASE WHEN at_target BETWEEN 1 AND {SMALLEST_GROUP - 1}
                 OR pupils - at_target BETWEEN 1 AND {SMALLEST_GROUP - 1} THEN NULL ELSE at_target END AS at_target,
       median
FROM (SELECT c.school, {_CLASS_CODE} AS class_code, y.label AS school_year, {_FLUENCY_COLUMNS}
      {_READ_BY}
      WHERE c.school IN (SELECT school FROM school_grant WHERE login = current_user AND role = 'inspector')
      GROUP BY c.school, class_code, y.label, l.period, e.grade, l.prepared, t.words) AS counted
WHERE pupils >= {SMALLEST_GROUP}"""
    named = f"""CREATE OR REPLACE VIEW class_fluency WITH (security_invoker = true) AS
{readings}
SELECT c.school, c.label AS class_label, {_CLASS_CODE} AS class_code, y.label AS school_year, {_FLUENCY_COLUMNS}
{_READ_BY}
GROUP BY c.school, c.label, class_code, y.label, l.period, e.grade, l.prepared, t.words"""
    return inspector, named


def apply_access(connection: Connection) -> None:
    """Roles, grants, policies and views, in the caller's transaction; running it again changes nothing."""
    for role in ROLES.values():
        connection.execute(text(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"))
    for statement in _FUNCTIONS:
        connection.execute(text(statement))
    teacher, director, inspector = ROLES["teacher"], ROLES["director"], ROLES["inspector"]
    for function in ("progression_writable_carnets(name)", "progression_readable_carnets(name)"):
        connection.execute(text(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC"))
        connection.execute(text(f"GRANT EXECUTE ON FUNCTION {function} TO {teacher}, {director}"))
    readable = "carnet_id = ANY (progression_readable_carnets(current_user))"
    writable = "carnet_id = ANY (progression_writable_carnets(current_user))"
    for table in (*KEYED, "erased_pupil", "device_sync"):
        connection.execute(text(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY'))
        connection.execute(text(f'REVOKE ALL ON "{table}" FROM PUBLIC'))
        connection.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table}" TO {teacher}'))
        connection.execute(text(f'GRANT SELECT ON "{table}" TO {director}'))
        for name, rule in (
            ("reading", f"FOR SELECT USING ({readable})"),
            ("adding", f"FOR INSERT WITH CHECK ({writable})"),
            ("changing", f"FOR UPDATE USING ({writable}) WITH CHECK ({writable})"),
            ("removing", f"FOR DELETE USING ({writable})"),
        ):
            connection.execute(text(f'DROP POLICY IF EXISTS {name} ON "{table}"'))
            connection.execute(text(f'CREATE POLICY {name} ON "{table}" {rule}'))
    for table in ("class_grant", "school_grant", "alembic_version"):
        connection.execute(text(f'REVOKE ALL ON "{table}" FROM PUBLIC'))
    connection.execute(text("REVOKE ALL ON meta FROM PUBLIC"))
    connection.execute(text(f"GRANT SELECT ON meta, alembic_version TO {teacher}, {director}, {inspector}"))
    connection.execute(text(f"GRANT USAGE ON SEQUENCE server_seq TO {teacher}"))
    for view in (_INSPECTOR_VIEW, _CLASS_VIEW, *_fluency_views()):
        connection.execute(text(view))
    connection.execute(text("REVOKE ALL ON inspector_steps, class_steps, inspector_fluency, class_fluency FROM PUBLIC"))
    connection.execute(text(f"GRANT SELECT ON inspector_steps, inspector_fluency TO {inspector}, {director}"))
    connection.execute(text(f"GRANT SELECT ON class_steps, class_fluency TO {teacher}, {director}"))


def checked_login(login: str) -> str:
    if not _LOGIN.fullmatch(login):
        raise InvalidInputError(
            f"« {shown(login)} » ne peut pas être un identifiant : des minuscules, chiffres, « _ », « . » ou « - », "
            "63 caractères au plus, en commençant par une lettre."
        )
    return login


def carnet_identity(path: Path) -> str:
    """The carnet_id a grant names, read from the carnet file without opening it for writing."""
    from progression.errors import ProgressionError

    try:
        identity = identity_from_meta(read_meta(Path(path)))
    except (OSError, ProgressionError, ValueError) as error:
        raise InvalidInputError(f"Impossible de lire le carnet « {shown(str(path))} » : {error}") from None
    if not identity:
        raise InvalidInputError(f"« {shown(str(path))} » n'est pas un carnet Progression.")
    return identity


def grant(engine: Engine, login: str, role: str, *, carnet_id: str | None = None, school: str | None = None,
          read_only: bool = False) -> None:
    """Give ``login`` (created if needed, without a password) a role on one carnet or one school. A teacher's
    grant again on the same carnet replaces the first: ``read_only`` turns it into reading only (last year's
    class, once handed over to the next teacher), a grant without it gives writing back."""
    login = checked_login(login)
    group = ROLES[role]
    with engine.begin() as connection:
        found = connection.execute(text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = :l"),
                                   {"l": login}).scalar()
        if found:
            raise InvalidInputError(
                f"« {login} » est un administrateur du serveur (il passe outre les règles d'accès) : "
                "créez un identifiant ordinaire pour l'enseignant."
            )
        if found is None:
            connection.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        connection.execute(text(f'GRANT {group} TO "{login}"'))
        if role == "teacher":
            connection.execute(text("INSERT INTO class_grant (login, carnet_id, read_only) VALUES (:l, :c, :r) "
                                    "ON CONFLICT (login, carnet_id) DO UPDATE SET read_only = excluded.read_only"),
                               {"l": login, "c": carnet_id, "r": read_only})
        else:
            connection.execute(text("INSERT INTO school_grant (login, school, role) VALUES (:l, :s, :r) "
                                    "ON CONFLICT DO NOTHING"), {"l": login, "s": school, "r": role})


def revoke(engine: Engine, login: str, role: str, *, carnet_id: str | None = None, school: str | None = None) -> int:
    """Take back a grant; the group role goes too when none of that kind is left. Returns grants removed."""
    login = checked_login(login)
    with engine.begin() as connection:
        if role == "teacher":
            removed = connection.execute(text("DELETE FROM class_grant WHERE login = :l AND carnet_id = :c"),
                                         {"l": login, "c": carnet_id}).rowcount
            left = connection.execute(text("SELECT count(*) FROM class_grant WHERE login = :l"), {"l": login}).scalar()
        else:
            removed = connection.execute(text("DELETE FROM school_grant WHERE login = :l AND school = :s "
                                              "AND role = :r"), {"l": login, "s": school, "r": role}).rowcount
            left = connection.execute(text("SELECT count(*) FROM school_grant WHERE login = :l AND role = :r"),
                                      {"l": login, "r": role}).scalar()
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :l"), {"l": login}).scalar()
        if not left and exists:
            connection.execute(text(f'REVOKE {ROLES[role]} FROM "{login}"'))
    return removed
