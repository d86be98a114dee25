"""A copy of the carnet, checked before anything of it is merged (``progression.merge``).

A copy is a file from outside, so nothing in it is trusted. It is first copied whole to a private
snapshot (``progression.snapshot``: a consistent state, whatever happens to the copy meanwhile), then
checked before anything is written: exactly this version's tables (no view, trigger, extra or
missing column or index), every value of every row the carnet does not already hold value for
value held to the rules typed values follow (``validation.column_rules``: types, dates that exist,
ids, names, stamps, the teacher's world's ranges) and its references to other rows, the settings
(``settings.check_stored``), the list of erased pupils, and SQLite's own check of the file. The
first thing wrong refuses the whole copy with one sentence naming the table and the row. The
checks are SQL statements run by SQLite over the snapshot, so memory stays flat however many
observations the copy holds; only our own table and column names are written into them, quoted.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from progression.beside import Beside, beside
from progression.errors import DamagedCarnetError, InvalidInputError, NewerCarnetError
from progression.hlc import SORTABLE_GLOB, sortable
from progression.inspection import KNOWN_REVISIONS
from progression.storage import (
    APPLICATION_ID,
    ERASED_KEY,
    SCHEMA_REVISION,
    SQLITE_MAGIC,
    lenient_text,
    meta_rows,
    quoted,
    reading_params,
    sqlite_uri,
)
from progression.validation import ColumnRule, column_rules, is_uuid, shown
from resources import ROOT as RESOURCES

# Parents before children, so each row finds what it points to.
SYNCED_TABLES = (
    "school_year", "period", "class_group", "pupil", "enrolment", "framework", "framework_item",
    "scale", "scale_step", "observation", "fluency_measure", "synthesis_override", "appreciation",
    "code_unit", "code_mark", "work", "work_reading", "need_group", "need_group_member", "reading_grid",
)
# Every table, as the refusal names it.
TABLE_WORDS = {
    "school_year": "l'année scolaire", "period": "les périodes", "class_group": "la classe",
    "pupil": "les élèves", "enrolment": "les inscriptions", "framework": "les référentiels",
    "framework_item": "les items du référentiel", "scale": "les échelles", "scale_step": "les échelons",
    "observation": "les observations", "fluency_measure": "les mesures de fluence",
    "synthesis_override": "les décisions", "appreciation": "les appréciations",
    "code_unit": "la progression du code", "code_mark": "les relevés du code", "work": "les œuvres",
    "work_reading": "les lectures d'œuvres", "need_group": "les groupes de besoin",
    "need_group_member": "les élèves des groupes", "reading_grid": "les grilles de lecture", "setting": "les réglages",
    "meta": "la description du carnet",
}
# Rules that tie the columns of one row together, as typed input keeps them.
ROW_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "school_year": (("starts_on > ends_on", "l'année se termine avant de commencer"),),
    "period": (("starts_on > ends_on", "la période se termine avant de commencer"),),
    "enrolment": (("arrived_on > left_on", "l'élève part avant d'arriver"),),
    "fluency_measure": (("errors > words_read", "plus d'erreurs que de mots lus"),
                        ("words_read < 1", "une lecture sans aucun mot lu"),
                        ("kind NOT IN ('text', 'syllables', 'pseudo_words')", "une lecture d'une sorte inconnue")),
    "reading_grid": (("kind NOT IN ('prosody', 'comprehension')", "une grille de lecture d'une sorte inconnue"),),
    "scale_step": (("counts = 1 AND (rank IS NULL OR value IS NULL)", "un échelon qui compte sans rang ni valeur"),),
}
# Dated rows stay inside the school year, as the app's own checks keep them.
IN_YEAR = {"observation": "observed_on", "fluency_measure": "measured_on", "code_mark": "observed_on",
           "work_reading": "read_on", "reading_grid": "assessed_on"}
# A stamp this app wrote compares as text; any other is put in that form first (hlc.sortable).
STAMPED = (*SYNCED_TABLES, "setting")


def refused(name: str, what: str) -> InvalidInputError:
    """The one sentence for a copy that cannot be merged as it is."""
    return InvalidInputError("merge.copy_refused", name=shown(name), what=what)


def _from_elsewhere(name: str, what: str) -> InvalidInputError:
    return refused(name, f"{what}, ce que Progression n'écrit jamais (le fichier a été modifié par un autre "
                          "programme ou abîmé)")


def check_copy_file(path: Path) -> None:
    """The copy is a file SQLite can read, in words about a copy (never « restore a backup »: the
    backups are this carnet's)."""
    name = shown(path.name)
    if not path.exists():
        raise InvalidInputError("merge.copy_missing", name=name)
    if path.is_dir():
        raise InvalidInputError("merge.copy_is_folder", name=name)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise InvalidInputError("merge.copy_unreadable", name=name, reason=str(error.strerror)) from error
    if header != SQLITE_MAGIC:
        raise InvalidInputError("merge.copy_not_sqlite", name=name)


def _check_revision(conn: sqlite3.Connection, name: str) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID and "meta" not in tables:
        raise InvalidInputError("merge.copy_other_database", name=shown(name))
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
    revision = str(row[0]) if row else None
    if revision == SCHEMA_REVISION:
        return
    if revision in KNOWN_REVISIONS:
        raise InvalidInputError("merge.copy_older", name=shown(name))
    if revision is not None and revision.isascii() and revision.isdigit() and revision > max(KNOWN_REVISIONS):
        raise NewerCarnetError("merge.copy_newer", name=shown(name), revision=shown(revision))
    raise _from_elsewhere(name, f"son numéro de schéma « {shown(revision)} » n'est celui d'aucune version")


class CheckedCopy(NamedTuple):
    """What the merge needs from a copy found fit to merge."""

    erased: set[str]  # pupils erased in the copy
    newest: str  # the newest stamp the copy holds, in sortable form


def check_copy(snapshot: Path, name: str, carnet_id: str | None, carnet: Path) -> CheckedCopy:
    """Everything the merge will read, checked; raises the one sentence for the first problem.
    The carnet at ``carnet`` is read too: its own rows, value for value, need no second check."""
    conn = sqlite3.connect(snapshot, isolation_level=None)  # the stamps' new form is written at once
    conn.execute("PRAGMA synchronous=OFF")  # the private snapshot (``snapshot``)
    conn.execute("PRAGMA temp_store=MEMORY")
    damaged: Beside[bool] | None = None
    try:
        conn.text_factory = lenient_text  # names from a hostile file, for messages only
        rules = register(conn)
        _check_revision(conn, name)
        _check_schema(conn, name)
        conn.text_factory = _strict_text(name)
        meta = meta_rows(conn)
        if carnet_id is None or meta.get("carnet_id") != carnet_id:
            raise InvalidInputError("merge.other_carnet", name=shown(name))
        damaged = beside(lambda: _is_damaged(snapshot), "contrôle de la copie")
        conn.execute(f"ATTACH DATABASE ? AS {HERE}", (sqlite_uri(carnet, **reading_params(carnet)),))
        conn.execute("CREATE TEMP TABLE not_held (row INTEGER PRIMARY KEY)")
        for table in ("meta", "setting", *SYNCED_TABLES):
            _check_rows(conn, name, table, rules)
        _check_settings(conn, name)
        conn.execute(f"DETACH DATABASE {HERE}")
        if damaged.result():
            raise DamagedCarnetError("merge.copy_integrity", name=shown(name))
        erased = _check_erased(meta.get(ERASED_KEY), name)
        normalise_stamps(conn, "main")
        newest = max((conn.execute(f"SELECT max(modified_at) FROM {quoted(table)}").fetchone()[0] or ""
                      for table in STAMPED), default="")
    except sqlite3.Error as error:
        raise DamagedCarnetError("merge.copy_damaged", name=shown(name), detail=str(error)) from error
    finally:
        if damaged is not None:
            damaged.wait()  # the snapshot is deleted once checked: never under a reader
        conn.close()
    return CheckedCopy(erased, newest)


def _is_damaged(snapshot: Path) -> bool:
    """SQLite's own check of the snapshot's file, on a connection of its own, beside the check of the
    rows (``beside``); nothing writes to the snapshot until both are done."""
    conn = sqlite3.connect(sqlite_uri(snapshot, mode="ro"), uri=True)
    try:
        conn.text_factory = lenient_text  # quick_check quotes damaged text
        return conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]
    finally:
        conn.close()


def _strict_text(name: str) -> Any:
    def decode(data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise _from_elsewhere(name, "elle contient du texte qui n'est pas de l'UTF-8") from None

    return decode


def register(conn: sqlite3.Connection) -> dict[tuple[str, str], ColumnRule]:
    """The SQL functions the checks and the merge call: a rule's verdict on one value, and a
    stamp in sortable form (unreadable stamps, which only an old damaged carnet may hold here,
    sort oldest)."""
    rules = _column_rules()

    def refusal(value: Any, table: str, column: str) -> str | None:
        return rules[(table, column)].problem(value)

    conn.create_function("progression_refusal", 3, refusal, deterministic=True)
    register_stamp(conn)
    return rules


@functools.cache
def _column_rules() -> dict[tuple[str, str], ColumnRule]:
    """The rule of every column a copy brings, by (table, column): built once per process from the
    reference schema, for the check of the copy and the merge alike."""
    tables = _reference_schema()["tables"]
    return {(rule.table, rule.column): rule
            for table in ("meta", "setting", *SYNCED_TABLES) for rule in column_rules(table, tables[table])}


def register_stamp(conn: sqlite3.Connection) -> None:
    """``progression_stamp(stamp)``: the stamp in sortable form, an unreadable one as the oldest."""
    conn.create_function("progression_stamp", 1, _sortable_or_oldest, deterministic=True)


def sortable_sql(column: str) -> str:
    """SQL for ``column``'s stamp in sortable form (``register_stamp``): only a stamp not already
    in that form, which no version of this app writes, goes through Python."""
    return f"CASE WHEN {column} GLOB '{SORTABLE_GLOB}' THEN {column} ELSE progression_stamp({column}) END"


def _sortable_or_oldest(stamp: object) -> str:
    try:
        return sortable(stamp) if isinstance(stamp, str) else ""
    except ValueError:
        return ""


def normalise_stamps(conn: sqlite3.Connection, schema: str) -> None:
    """Write every stamp in the fixed-width form this app writes (``hlc.sortable``), so that
    comparing stamps as text compares them as clocks. A copy's stamps all parse (checked); here,
    only a carnet damaged before stamps were checked can hold one that does not, read as the
    oldest. The clock each stamp stands for is unchanged."""
    for table in STAMPED:
        conn.execute(
            f"UPDATE {quoted(schema)}.{quoted(table)} SET modified_at = progression_stamp(modified_at) "
            "WHERE modified_at != '' AND modified_at NOT GLOB ?",
            (SORTABLE_GLOB,),
        )


# ---- the schema


# This version's schema as its migrations make it, described once when the migrations change
# (``python tools/update_reference_schema.py``; a test checks it against the migrations): building it
# here would cost every merge and sync the import of Alembic and a run of every migration.
REFERENCE_SCHEMA = RESOURCES / "schema" / "reference.json"


@functools.cache
def _reference_schema() -> dict[str, Any]:
    return json.loads(REFERENCE_SCHEMA.read_text(encoding="utf-8"))


def migrated_schema() -> dict[str, Any]:
    """This version's tables exactly as its migrations make them in an empty database, described
    as the reference file keeps them."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from progression.carnet_connections import apply_migrations

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        apply_migrations(engine)
        raw = engine.raw_connection()
        try:
            return _describe(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()
    finally:
        engine.dispose()


def _describe(conn: sqlite3.Connection) -> dict[str, Any]:
    """What makes a database's schema: every object, and for each table its shape, columns,
    references and indexes as SQLite itself reports them (not the text of its CREATE). Each
    pragma is read for all the tables in one statement."""
    objects = {
        str(name): (str(kind), str(table))
        for kind, name, table in conn.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    }
    names = [name for name, (kind, _) in objects.items() if kind == "table"]

    def each_table(pragma: str, columns: str = "p.*", more: str = "") -> dict[str, list[tuple[Any, ...]]]:
        found: dict[str, list[tuple[Any, ...]]] = {name: [] for name in names}
        for name, *row in conn.execute(
            f"SELECT m.name, {columns} FROM sqlite_master AS m, {pragma} WHERE m.type = 'table'{more}"
        ):
            if name in found:
                found[name].append(tuple(row))
        return found

    shapes = each_table("pragma_table_list AS p", "p.type, p.ncol, p.wr, p.strict", " AND p.name = m.name")
    columns = each_table("pragma_table_xinfo(m.name) AS p")
    references = each_table("pragma_foreign_key_list(m.name) AS p")
    index_keys = each_table("pragma_index_list(m.name) AS i, pragma_index_xinfo(i.name) AS x",
                            'i.name, i."unique", i.origin, i.partial, x.cid, x.name, x.desc, x.coll, x.key',
                            " ORDER BY m.name, i.seq, x.seqno")
    described = {}
    for name in names:
        keyed: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
        for row in index_keys[name]:
            keyed.setdefault(row[:4], []).append(row[4:])
        indexes = {str(index) if origin == "c" else f"{origin}:{tuple(keys)}": (unique, origin, partial, tuple(keys))
                   for (index, unique, origin, partial), keys in keyed.items()}
        described[name] = (shapes[name], {str(row[1]): row[2:] for row in columns[name]},
                           sorted(row[2:] for row in references[name]), indexes)
    # As JSON keeps it (tuples become lists), so the description compares with the reference file.
    return json.loads(json.dumps({"objects": objects, "tables": described}))


_KINDS = {"view": "une vue", "trigger": "un déclencheur", "index": "un index", "table": "une table"}


def _check_schema(conn: sqlite3.Connection, name: str) -> None:
    reference = _reference_schema()
    found = _describe(conn)
    expected, present = reference["objects"], found["objects"]
    for object_name, (kind, _) in sorted(expected.items()):
        got = present.get(object_name)
        if got is not None and got[0] != kind:
            article = _KINDS.get(got[0], f"un objet {shown(got[0])}")
            raise _from_elsewhere(name, f"« {object_name} » y est {article} au lieu d'{_KINDS[kind]}")
    for object_name, (kind, _) in sorted(expected.items()):
        if object_name not in present:
            raise _from_elsewhere(name, f"{'la table' if kind == 'table' else 'l’index'} « {object_name} » y manque")
    for object_name, (kind, table) in sorted(present.items(), key=lambda item: (item[1][0] != "trigger", item[0])):
        if object_name not in expected:
            article = _KINDS.get(kind, f"un objet {shown(kind)}")
            where = "" if table == object_name else f" sur la table « {shown(table)} »"
            raise _from_elsewhere(name, f"elle contient {article} « {shown(object_name)} »{where} en plus des tables "
                                        "de Progression")
    for table, (shape, columns, references, indexes) in reference["tables"].items():
        got_shape, got_columns, got_references, got_indexes = found["tables"][table]
        where = f"la table « {table} » ({TABLE_WORDS.get(table, table)})"
        for column in sorted(set(got_columns) - set(columns)):
            raise _from_elsewhere(name, f"{where} a une colonne « {shown(column)} » en trop")
        for column in sorted(set(columns) - set(got_columns)):
            raise _from_elsewhere(name, f"il manque à {where} la colonne « {column} »")
        for column, description in columns.items():
            if got_columns[column] != description:
                raise _from_elsewhere(name, f"dans {where}, la colonne « {column} » n'a pas le type, la contrainte "
                                            "ou la valeur par défaut de Progression")
        if got_references != references:
            raise _from_elsewhere(name, f"les références de {where} vers d'autres tables ne sont pas celles "
                                        "de Progression")
        if got_indexes != indexes or got_shape != shape:
            raise _from_elsewhere(name, f"{where} n'a pas la forme ou les index de celle de Progression")


# ---- the rows


def _where(table: str, rowid: object, row_id: object) -> str:
    ident = f" (identifiant {shown(row_id)})" if row_id not in (None, "") else ""
    return f"dans {TABLE_WORDS.get(table, table)} (table « {table} »), la ligne {shown(rowid)}{ident}"


# The carnet, attached read-only to the check's connection: a row it already holds value for value
# is this carnet's own, checked when it was written; only the copy's other rows are held to the rules.
HERE = "carnet"

# SQL true for a row of the table being checked that ``_find_not_held`` found.
NOT_HELD = "rowid IN (SELECT row FROM temp.not_held)"


def _find_not_held(conn: sqlite3.Connection, table: str, columns: list[str]) -> int:
    """How many rows of the copy's ``table`` the carnet does not hold, every value the same
    (compared as stored: a number is never the same as its text, nor « Léa » as « LÉA »); they are
    found once, into the temporary table ``check_copy`` made (empty), and every check of the table
    reads them from there."""
    t = quoted(table)
    same = " AND ".join(f"m.{quoted(c)} IS {t}.{quoted(c)} COLLATE BINARY" for c in columns)
    # A copy of this carnet mostly holds its rows where the carnet does (same rowid): looked up there
    # first, the row by its id only when it is not there (a third faster for a class's observations).
    return conn.execute(
        f"INSERT INTO temp.not_held SELECT rowid FROM {t} "
        f"WHERE NOT EXISTS (SELECT 1 FROM {HERE}.{t} AS m WHERE m.rowid = {t}.rowid AND {same}) "
        f"AND NOT EXISTS (SELECT 1 FROM {HERE}.{t} AS m WHERE m.id = {t}.id AND {same})"
    ).rowcount


Row = dict[str, Any]


def _first_row(conn: sqlite3.Connection, table: str, condition: str, parameters: Sequence[Any] = ()) -> Row | None:
    """The first row (by rowid) of ``table`` where ``condition`` holds, by column name. ``condition``
    is SQL written by our own column rules (``ColumnRule.sql_bad``), never by the copy."""
    cursor = conn.execute(
        f"SELECT rowid AS progression_rowid, * FROM {quoted(table)} WHERE {condition} LIMIT 1", parameters
    )
    row = cursor.fetchone()
    return None if row is None else dict(zip((d[0] for d in cursor.description), row, strict=True))


def _check_rows(conn: sqlite3.Connection, name: str, table: str, rules: dict[tuple[str, str], ColumnRule]) -> None:
    """Every value of every row the carnet does not already hold, held to its column's rule, by
    SQLite; the first bad row is read into Python only to be explained."""
    own = [rule for (rule_table, _), rule in rules.items() if rule_table == table]
    columns = [rule.column for rule in own]
    key = "id" if "id" in columns else "key"
    if key == "id" and _find_not_held(conn, table, columns) == 0:
        return
    new = NOT_HELD if key == "id" else "TRUE"
    values = _first_row(conn, table, f"{new} AND ({' OR '.join(rule.sql_bad() for rule in own)})")
    for rule in (rule for rule in own if rule.by_value and values is None):
        found = conn.execute(rule.sql_values(new)).fetchone()
        if found is not None:
            values = _first_row(conn, table, f"{quoted(rule.column)} = ? AND {new}", found)
    if values is not None:
        for rule in own:
            problem = rule.problem(values[rule.column])
            if problem is not None:
                break
        else:  # SQLite's test and Python's disagree: name the row all the same
            rule, problem = own[0], "une valeur n'est pas de celles que Progression écrit"
        where = _where(table, values["progression_rowid"], values.get(key))
        raise refused(name, f"{where}, colonne « {rule.column} » : {problem}")
    for test, problem in ROW_RULES.get(table, ()):
        found = conn.execute(
            f"SELECT rowid, {quoted(key)} FROM {quoted(table)} WHERE ({test}) AND {new} LIMIT 1"
        ).fetchone()
        if found is not None:
            raise refused(name, f"{_where(table, *found)} : {problem}")
    column = IN_YEAR.get(table)
    if column is not None:
        dated = quoted(column)
        found = conn.execute(
            f"SELECT rowid, id, {dated} FROM {quoted(table)} WHERE deleted_at IS NULL AND ({dated} < "
            f"(SELECT min(starts_on) FROM school_year) OR {dated} > (SELECT max(ends_on) FROM school_year)) "
            f"AND {new} LIMIT 1"
        ).fetchone()
        if found is not None:
            raise refused(name, f"{_where(table, found[0], found[1])} : la date {found[2]} est hors de l'année "
                                 "scolaire du carnet")
    if key == "id":
        _check_references(conn, name, table)
        conn.execute("DELETE FROM temp.not_held")  # empty again for the next table


def _check_references(conn: sqlite3.Connection, name: str, table: str) -> None:
    """Every reference of the rows the carnet does not hold points to a row of the copy. The rows it
    holds point to rows it holds too (its own references are kept by SQLite), so they are not read."""
    for parent, column, parent_column, *_ in _reference_schema()["tables"][table][2]:
        child, target = f"c.{quoted(column)}", f"p.{quoted(parent_column)}"
        found = conn.execute(
            f"SELECT rowid, id FROM {quoted(table)} AS c WHERE {NOT_HELD} AND {child} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM {quoted(parent)} AS p WHERE {target} = {child}) LIMIT 1"
        ).fetchone()
        if found is not None:
            raise refused(name, f"{_where(table, *found)} : elle renvoie à une ligne qui n'existe pas "
                                f"dans {TABLE_WORDS.get(parent, parent)} (table « {parent} »)")


def _check_settings(conn: sqlite3.Connection, name: str) -> None:
    """Every setting the carnet does not already hold, with the same value, is one the app could
    have written."""
    brought = conn.execute(f"SELECT key, value FROM setting AS c WHERE NOT EXISTS (SELECT 1 FROM "
                           f"{HERE}.setting AS m WHERE m.key = c.key AND m.value IS c.value COLLATE BINARY)").fetchall()
    if not brought:
        return
    from progression import settings as codec

    for key, value in brought:
        try:
            codec.check_stored(key, value)
        except codec.SettingValueError as error:
            raise refused(name, f"dans les réglages (table « setting »), le réglage « {shown(key)} » : "
                                 f"{error.detail}") from None


def _check_erased(text: str | None, name: str) -> set[str]:
    if text is None:
        return set()
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, list) or not all(is_uuid(pupil) for pupil in value):
        raise refused(
            name, f"dans la description du carnet (table « meta »), la ligne « {ERASED_KEY} » : « {shown(text)} » "
                  "n'est pas une liste d'identifiants d'élèves"
        )
    return set(value)
