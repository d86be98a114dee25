"""Values from outside that used to break a carnet later: every one is refused where it enters (the
command line, the operations the app runs, an imported file, a merged copy) with one French
sentence, the carnet is left exactly as it was, and every later command still works."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from reliability_helpers import table_dump

from progression.cli import main
from progression.errors import InvalidInputError
from progression.hlc import format_stamp
from progression.operations import (
    PupilFields,
    RecordObservations,
    SaveClassDetails,
    SavePupil,
    SetAppreciation,
)
from progression.service import CarnetService

DAY = date(2026, 10, 5)


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """The command line as a teacher's script runs it: exit code, stdout, stderr."""
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_sentence(err: str) -> str:
    """stderr holds one French sentence, no traceback."""
    assert "Traceback" not in err
    assert err.strip().count("\n") == 0, err
    assert len(err) < 600, err
    return err.strip()


def content(path: Path) -> bytes:
    """The file's bytes but SQLite's change counters (header bytes 24-27 and 92-95), which any
    opening by the app moves (switching to WAL and back): the same content byte for byte."""
    data = path.read_bytes()
    return data[:24] + data[28:92] + data[96:]


def still_works(capsys: pytest.CaptureFixture[str], carnet: Path, tmp_path: Path) -> None:
    """Every later command reads the carnet as before."""
    for args in (("info", carnet, "--json"), ("synthesis", carnet, "--period", "1", "--json"),
                 ("items", carnet, "--json"), ("settings", carnet),
                 ("export", carnet, "--period", "1", "--format", "csv", "--out", tmp_path / "grille.csv")):
        code, _, err = cli(capsys, *args)
        assert code == 0, (args, err)


# --- 4. merge: a hostile copy is refused whole ----------------------------------------------------


def _stamp_now() -> str:
    return format_stamp(time.time_ns() // 1_000_000, 0)


def _copy_with(small: Path, tmp_path: Path, *statements: str, foreign_keys: bool = True) -> Path:
    """A copy of the carnet, given one genuine new mark (so a merge would change something), then
    altered behind the app's back."""
    copy_folder = tmp_path / "portable"
    copy_folder.mkdir(exist_ok=True)
    copy = copy_folder / "classe.carnet"
    shutil.copy(small, copy)
    service = CarnetService.open(copy)
    pupil = service.pupils()[1]
    item = service.items(grades=["CE1"])[4]
    service.run(RecordObservations(((pupil.id, item.id),), service.step_by_rank(3).id, DAY))
    service.close()
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        for statement in statements:
            conn.execute(statement.replace("{now}", _stamp_now()))  # newer than anything in the carnet
    finally:
        conn.close()
    return copy


HOSTILE_COPIES = {
    # a view standing in for a table, endless if it were ever read
    "view": (
        ("ALTER TABLE observation RENAME TO kept",
         "CREATE VIEW observation AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
         "SELECT kept.* FROM kept, n"),
        "« observation » y est une vue au lieu d'une table",
    ),
    "trigger": (
        ("CREATE TRIGGER spy AFTER INSERT ON pupil BEGIN DELETE FROM observation; END",),
        "un déclencheur « spy » sur la table « pupil »",
    ),
    "extra column": (("ALTER TABLE pupil ADD COLUMN remarque TEXT",), "la table « pupil » (les élèves) a une colonne"),
    "missing column": (("ALTER TABLE observation DROP COLUMN comment",), "il manque à la table « observation »"),
    "garbage stamp": (("UPDATE observation SET modified_at = 'zzz' WHERE rowid = 1",),
                      "table « observation »), la ligne 1 (identifiant"),
    "stamp far ahead": (("UPDATE observation SET modified_at = '099999999999999.00000' WHERE rowid = 1",),
                        "dans le futur de cet ordinateur"),
    "bad setting": (
        ("UPDATE setting SET value = '[1,2]', modified_at = '{now}' WHERE key = 'thresholds'",),
        "le réglage « thresholds »",
    ),
    "setting scale nope": (
        ("UPDATE setting SET value = '\"nope\"', modified_at = '{now}' WHERE key = 'scale'",),
        "« nope »",
    ),
    "impossible date": (("UPDATE observation SET observed_on = '2026-13-45' WHERE rowid = 1",),
                        "colonne « observed_on » : la date « 2026-13-45 » n’existe pas"),
    "text where a number goes": (("UPDATE period SET \"index\" = 'premier' WHERE rowid = 1",),
                                 "colonne « index » : « premier » n’est pas un nombre entier"),
    "infinite coefficient": (("UPDATE framework_item SET coefficient = 1e999 WHERE rowid = 1",),
                             "colonne « coefficient » : inf n’est pas entre 0 et 100"),
    "unknown grade": (("UPDATE enrolment SET grade = 'CE9' WHERE rowid = 1",), "colonne « grade »"),
    "control character in a name": (("UPDATE pupil SET first_name = 'Lu' || char(7) || 'cas' WHERE rowid = 1",),
                                    "colonne « first_name »"),
    "zero-width joiner in a name": (("UPDATE pupil SET last_name = 'Mar' || char(8205) || 'tin' WHERE rowid = 1",),
                                    "U+200D"),
    "U+FFFE in an appreciation": (
        ("INSERT INTO appreciation SELECT p.id, pe.id, 'Bien' || char(65534), '', "
         "'11111111-1111-4111-8111-111111111111', '', '', NULL FROM pupil p, period pe LIMIT 1",),
        "U+FFFE",
    ),
    "mixed ids in the erased list": (("INSERT OR REPLACE INTO meta VALUES ('erased_pupils', '[1, \"abc\"]')",),
                                     "la ligne « erased_pupils »"),
    "schema 0000": (("UPDATE alembic_version SET version_num = '0000'",), "« 0000 » n'est celui d'aucune version"),
}


def _null_in_not_null(copy: Path) -> None:
    """A NULL where the schema says NOT NULL, as only a program writing behind SQLite's back makes."""
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'observation'").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'observation'",
                     (sql.replace("comment TEXT NOT NULL", "comment TEXT"),))
    finally:
        conn.close()
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.execute("UPDATE observation SET comment = NULL WHERE rowid = 1")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'observation'", (sql,))
    finally:
        conn.close()


@pytest.mark.parametrize("case", sorted(HOSTILE_COPIES))
def test_a_hostile_copy_is_refused_whole_and_the_carnet_stays_as_it_was(
    case: str, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statements, expected = HOSTILE_COPIES[case]
    copy = _copy_with(small, tmp_path, *statements)
    before, raw_before = table_dump(small), content(small)
    for dry_run in (("--dry-run",), ()):
        code, _, err = cli(capsys, "merge", small, copy, *dry_run)
        sentence = one_sentence(err)
        assert code == 1 and expected in sentence, sentence
        assert "n'a pas été fusionnée" in sentence or "pas une copie" in sentence, sentence
    assert table_dump(small) == before and content(small) == raw_before
    still_works(capsys, small, tmp_path)


def test_a_null_in_a_not_null_column_and_a_dangling_reference_name_their_row(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = table_dump(small)
    copy = _copy_with(small, tmp_path)
    _null_in_not_null(copy)
    code, _, err = cli(capsys, "merge", small, copy)
    assert code == 1 and "table « observation »), la ligne 1" in one_sentence(err)
    assert "colonne « comment » : elle est vide" in err
    shutil.rmtree(copy.parent)
    copy = _copy_with(small, tmp_path, "UPDATE observation SET item_id = '00000000-0000-4000-8000-000000000000'",
                      foreign_keys=False)
    code, _, err = cli(capsys, "merge", small, copy)
    assert code == 1 and "renvoie à une ligne qui n'existe pas dans les items du référentiel" in one_sentence(err)
    assert table_dump(small) == before
    still_works(capsys, small, tmp_path)


def test_a_view_standing_in_for_a_table_never_makes_the_merge_hang(small: Path, tmp_path: Path) -> None:
    """Through the real command, in its own process: an endless view would never return."""
    statements, _ = HOSTILE_COPIES["view"]
    copy = _copy_with(small, tmp_path, *statements)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "progression", "merge", str(small), str(copy), "--dry-run"],
                            capture_output=True, text=True, env=os.environ.copy(), timeout=120, check=False)
    assert result.returncode == 1 and "vue" in result.stderr
    assert time.perf_counter() - started < 60


def test_a_copy_stamped_9_never_beats_a_later_edit(small: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Stamps are compared as clocks: « 9 » is the oldest possible, not newer than every stamp
    starting with 0 (as text comparison had it, forever)."""
    copy = _copy_with(small, tmp_path)
    service = CarnetService.open(small)
    lucas = service.pupils()[0]
    service.run(SavePupil(PupilFields("Martin", "Lucas-Édouard", "CE1"), lucas.id))
    service.close()
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("UPDATE pupil SET first_name = 'Ancien', modified_at = '9' WHERE id = ?", (lucas.id,))
    conn.close()
    code, out, err = cli(capsys, "merge", small, copy)
    assert code == 0, err
    assert "Ajouté : 1 observation." in out
    service = CarnetService.open(small)
    try:
        assert service.pupil(lucas.id).first_name == "Lucas-Édouard"
        service.run(SavePupil(PupilFields("Martin", "Lucas", "CE1"), lucas.id))  # edited again later: still wins
    finally:
        service.close()
    assert cli(capsys, "merge", small, copy)[0] == 0
    conn = sqlite3.connect(small)
    try:
        stamps = [row[0] for row in conn.execute("SELECT modified_at FROM observation")]
        name = conn.execute("SELECT first_name FROM pupil WHERE id = ?", (lucas.id,)).fetchone()[0]
    finally:
        conn.close()
    assert name == "Lucas"
    assert all(len(stamp) == 21 for stamp in stamps)  # stored in the fixed-width form whatever came in


def test_a_copy_locked_by_another_program_is_busy_not_damaged(small: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    copy = _copy_with(small, tmp_path)
    holder = sqlite3.connect(copy, isolation_level=None, timeout=0)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.perf_counter()
        code, _, err = cli(capsys, "merge", small, copy)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    sentence = one_sentence(err)
    assert code == 1 and "occupée par un autre programme" in sentence and "endommag" not in sentence.replace(
        "n'est pas endommagée", "")
    assert time.perf_counter() - started < 30
    assert cli(capsys, "merge", small, copy)[0] == 0  # once released, the same copy merges


def test_a_newer_schema_is_newer_and_an_older_known_one_asks_to_open_it(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy_with(small, tmp_path, "UPDATE alembic_version SET version_num = '0099'")
    code, _, err = cli(capsys, "merge", small, copy)
    assert code == 1 and "version plus récente" in one_sentence(err)


def test_a_carnet_whose_schema_no_version_wrote_is_damaged_not_newer(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opening (``info``, the app) tells a newer version's carnet from a schema mark nobody wrote."""
    for mark, expected in (("0000", "aucune version de Progression"), ("zz", "aucune version de Progression"),
                           ("0099", "version plus récente")):
        (tmp_path / mark).mkdir()
        carnet = _copy_with(small, tmp_path / mark, f"UPDATE alembic_version SET version_num = '{mark}'")
        code, _, err = cli(capsys, "info", carnet)
        assert code == 1 and expected in one_sentence(err), (mark, err)


def test_a_copy_that_switched_scales_is_refused(small: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Its marks would be steps of no scale here."""
    copy = _copy_with(small, tmp_path, "UPDATE setting SET value = '\"maternelle3\"', modified_at = '{now}' "
                                       "WHERE key = 'scale'")
    before = table_dump(small)
    code, _, err = cli(capsys, "merge", small, copy)
    assert code == 1 and "une autre échelle" in one_sentence(err)
    assert table_dump(small) == before


def test_merging_keeps_python_memory_flat(small: Path, tmp_path: Path) -> None:
    """No Python list of the copy's rows: 20 000 observations cost the merge no more Python memory
    than a handful (SQLite's own page cache is bounded and not counted here)."""
    import tracemalloc
    import uuid

    from progression.merge import merge_copy

    copy = _copy_with(small, tmp_path)
    conn = sqlite3.connect(copy)
    with conn:
        pupil, item, step, device = conn.execute(
            "SELECT pupil_id, item_id, step_id, device_id FROM observation LIMIT 1").fetchone()
        stamp = _stamp_now()
        conn.executemany(
            "INSERT INTO observation (id, pupil_id, item_id, step_id, observed_on, activity, comment, author, "
            "created_at, modified_at, device_id) VALUES (?, ?, ?, ?, '2026-10-06', 'Lecture à voix haute', "
            "'commentaire assez long pour peser dans la mémoire de Python', 'Mme Test', "
            "'2026-10-06 10:00:00.000000', ?, ?)",
            ((str(uuid.uuid4()), pupil, item, step, stamp, device) for _ in range(20_000)),
        )
    conn.close()
    service = CarnetService.open(small)
    try:
        merge_copy(service, copy, dry_run=True)  # imports and the reference schema, outside the measure
        tracemalloc.start()
        report = merge_copy(service, copy)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        service.close()
    assert report.added["observation"] == 20_001
    assert peak < 3 * 1024 * 1024, peak  # the rows themselves would be well over 10 MB


# --- 7. observation import: limits enforced while reading ---------------------------------------


def _ods(path: Path, rows_xml: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
        f'<table:table table:name="Feuille1">{rows_xml}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    return path


def _ods_row(*cells: str, repeated: int = 1) -> str:
    inner = "".join(f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>'
                    for c in cells)
    return f'<table:table-row table:number-rows-repeated="{repeated}">{inner}</table:table-row>'


def test_a_tiny_ods_claiming_a_million_rows_is_refused_before_expanding(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    info = json.loads(subprocess.run([sys.executable, "-m", "progression", "info", str(demo_path), "--json"],
                                     capture_output=True, text=True, check=True).stdout)
    pupil = info["pupils"][0]
    line = _ods_row(pupil["ine"], f"C2-24-L1-{pupil['grade']}.1", "3", "14/10/2026", repeated=1_048_576)
    bomb = _ods(tmp_path / "bombe.ods", _ods_row("eleve", "item", "echelon", "date") + line)
    assert bomb.stat().st_size < 2048
    before = table_dump(demo_path)
    started = time.perf_counter()
    code, _, err = cli(capsys, "import-observations", demo_path, bomb)
    assert time.perf_counter() - started < 10
    sentence = one_sentence(err)
    assert code == 1 and "compte plus de 20 000 lignes remplies" in sentence
    assert "répétée 1 048 576 fois" in sentence
    assert table_dump(demo_path) == before
    # The same file as a class list: the same limit, the same refusal.
    code, _, err = cli(capsys, "import-pupils", demo_path, bomb)
    assert code == 1 and "compte plus de 20 000 lignes remplies" in one_sentence(err)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_more_rows_than_a_class_list_allows_are_refused_while_reading(
    kind: str, empty: CarnetService, tmp_path: Path
) -> None:
    from progression.importers.observations import read_observations

    pupil = next(p for p in empty.pupils() if p.ine)
    item = next(i for i in empty.items([pupil.grade]) if i.kind == "objective")
    rows = [("eleve", "item", "echelon", "date")] + [(pupil.ine, item.code, "3", "05/10/2026")] * 20_100
    if kind == "csv":
        path = tmp_path / "obs.csv"
        path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        for row in rows:
            sheet.append(list(row))
        path = tmp_path / "obs.xlsx"
        book.save(path)
    with pytest.raises(InvalidInputError, match="compte plus de 20 000 lignes remplies"):
        read_observations(empty, path)
    assert empty.observations() == []


# --- 10. values that broke everything later -----------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("thresholds", "[1,2]", "n'est pas une liste de seuils"),
        ("thresholds", '{"1": 0, "2": 50}', "l'échelle « lsu4 » a les échelons 1, 2, 3, 4"),
        ("thresholds", '{"1": 0, "2": 50, "3": 40, "4": 90}', "plus haut que le précédent"),
        ("thresholds", '{"1": 0', "n'est pas lisible"),
        ("scale", "nope", "Échelle « nope » inconnue"),
        ("window", "0", "de 1 à 1000"),
        ("decay_share", "inf", "entre 0 (exclu) et 1"),
        ("include_earlier", "peut-être", "ni oui ni non"),
        ("author", "Mme\x07Morel", "U+0007"),
        ("lsu_uai", "123", "7 chiffres et une lettre"),
    ],
)
def test_a_setting_that_would_break_syntheses_is_refused(
    key: str, value: str, expected: str, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = table_dump(small)
    code, _, err = cli(capsys, "settings", small, key, value)
    assert code == 1 and expected in one_sentence(err), err
    assert table_dump(small) == before
    still_works(capsys, small, tmp_path)


def test_thresholds_for_every_step_are_taken_and_used(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "settings", small, "thresholds", '{"1": 0, "2": 35, "3": 65, "4": 90}')
    assert code == 0, err
    assert json.loads(out)["thresholds"] == {"1": 0, "2": 35, "3": 65, "4": 90}
    code, out, _ = cli(capsys, "synthesis", small, "--period", "1", "--json")
    assert code == 0 and json.loads(out)["results"]


def test_the_scale_cannot_change_under_existing_marks_from_settings_either(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "settings", small, "scale", "maternelle3")
    assert code == 1 and "l'échelle ne peut plus changer" in one_sentence(err)


def _framework(tmp_path: Path, coefficient: object, suffix: str) -> Path:
    if suffix == ".json":
        path = tmp_path / "perso.json"
        path.write_text(json.dumps({"code": "PERSO", "label": "Perso", "items": [
            {"code": "P-1", "label": "Lire", "kind": "domain", "grades": ["CE1"]},
            {"code": "P-1.1", "label": "Lire à voix haute", "kind": "objective", "parent": "P-1",
             "grades": ["CE1"], "coefficient": coefficient},
        ]}), encoding="utf-8")
        return path
    path = tmp_path / "perso.csv"
    path.write_text("code;label;kind;parent;grades;coefficient\nP-1;Lire;domain;;CE1;1\n"
                    f"P-1.1;Lire à voix haute;objective;P-1;CE1;{coefficient}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".json", ".csv"])
@pytest.mark.parametrize("coefficient", ["inf", "-1", "nan", "1e308", "beaucoup"])
def test_a_framework_coefficient_that_is_not_a_weight_is_refused(
    suffix: str, coefficient: str, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    value: object = coefficient
    if suffix == ".json" and coefficient != "beaucoup":
        value = float(coefficient)  # JSON numbers: Python writes inf and nan as Infinity and NaN
    before = table_dump(small)
    code, _, err = cli(capsys, "framework", "import", small, _framework(tmp_path, value, suffix))
    assert code == 1 and "coefficient" in one_sentence(err) and "« P-1.1 »" in err, err
    assert table_dump(small) == before
    still_works(capsys, small, tmp_path)


@pytest.mark.parametrize("pupils", ["0", "-3", "101"])
def test_a_demo_class_of_an_impossible_size_is_refused_before_any_file(
    pupils: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "demo", tmp_path / "demo.carnet", "--pupils", pupils)
    assert code == 1 and "de 4 à 100 élèves" in one_sentence(err)
    assert not (tmp_path / "demo.carnet").exists()


@pytest.mark.parametrize("target", ["{carnet}", "{folder}/autre.carnet", "{carnet}-wal", "{carnet}-journal",
                                    "{carnet}.lock", "{folder}/base.db"])
def test_an_export_is_never_written_over_a_carnet_or_its_companions(
    target: str, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(small, small.parent / "base.db")  # a carnet under another name is still one
    out = Path(target.format(carnet=small, folder=small.parent))
    before, raw = table_dump(small), content(small)
    for args in (("export", small, "--period", "1", "--format", "csv", "--out", out),
                 ("framework", "export", small, out)):
        code, _, err = cli(capsys, *args)
        assert code == 1 and "Impossible d’écrire dans" in one_sentence(err), err
    assert content(small) == raw and table_dump(small) == before
    still_works(capsys, small, tmp_path)


def test_an_unclosed_quote_gives_a_short_sentence(demo_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["eleve;item;echelon;date;commentaire", 'MARTIN Lucas;C2-24-L1-CE1.1;3;14/10/2026;"ouvert']
    lines += [f"MARTIN Lucas;C2-24-L1-CE1.1;3;14/10/2026;ligne {n} qui sera avalée par le guillemet"
              for n in range(800)]
    path = tmp_path / "guillemet.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 40_000
    code, _, err = cli(capsys, "import-observations", demo_path, path)
    sentence = one_sentence(err)
    assert code == 1 and len(sentence) < 400


def test_an_unclosed_quote_in_the_pupil_column_says_so(demo_path: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["eleve;item;echelon;date", '"MARTIN Lucas;C2-24-L1-CE1.1;3;14/10/2026']
    lines += ["MARTIN Lucas;C2-24-L1-CE1.1;3;14/10/2026"] * 50
    path = tmp_path / "guillemet.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = cli(capsys, "import-observations", demo_path, path)
    sentence = one_sentence(err)
    assert code == 1 and "guillemet ouvert dans cette ligne n'est jamais refermé" in sentence and len(sentence) < 400


@pytest.mark.parametrize("command", ["import-observations", "import-pupils"])
def test_a_csv_mixing_utf8_and_windows_1252_is_refused_naming_the_lines(
    command: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "melange.csv"
    path.write_bytes(
        "Nom;Prénom;eleve;item;echelon;date\n".encode()
        + "GARNIER;Zoé;x;y;3;14/10/2026\n".encode()
        + "LEFÈVRE;Noé;x;y;3;14/10/2026\n".encode("cp1252")
    )
    before = table_dump(demo_path)
    code, _, err = cli(capsys, command, demo_path, path)
    sentence = one_sentence(err)
    assert code == 1 and "mélange deux encodages" in sentence
    assert "la ligne 1 est en UTF-8 et la ligne 3 en Windows-1252" in sentence
    assert table_dump(demo_path) == before


# Characters XML 1.0 cannot hold, and invisible ones that make two names look the same.
XML_ILLEGAL = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1b", "\x1f", "\ufffe", "\uffff", "\ud800"]
INVISIBLE = ["\u200d", "\u200c", "\u202e", "\u2066", "\u0007"]


@pytest.mark.parametrize("char", XML_ILLEGAL + INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_typed_names_refuse_invisible_and_xml_illegal_characters(char: str, empty: CarnetService) -> None:
    lucas = next(p for p in empty.pupils() if p.first_name == "Lucas")
    before = (lucas.last_name, lucas.first_name)
    for fields in (PupilFields(f"Mar{char}tin", "Lucas", "CE1"), PupilFields("Martin", f"Lu{char}cas", "CE1"),
                   PupilFields("Martin", "Lucas", "CE1", birth_last_name=f"Du{char}pont")):
        with pytest.raises(InvalidInputError, match=rf"U\+{ord(char):04X}"):
            empty.run(SavePupil(fields, lucas.id))
    assert (empty.pupil(lucas.id).last_name, empty.pupil(lucas.id).first_name) == before


@pytest.mark.parametrize("char", XML_ILLEGAL, ids=lambda c: f"U+{ord(c):04X}")
def test_typed_ine_appreciation_and_school_refuse_what_xml_cannot_hold(char: str, empty: CarnetService) -> None:
    lucas = next(p for p in empty.pupils() if p.first_name == "Lucas")
    period = empty.period(1).id
    with pytest.raises(InvalidInputError):
        empty.run(SavePupil(PupilFields("Martin", "Lucas", "CE1", ine=f"12345{char}7890A"), lucas.id))
    with pytest.raises(InvalidInputError, match=rf"U\+{ord(char):04X}"):
        empty.run(SetAppreciation(lucas.id, period, f"Bon trimestre{char}."))
    with pytest.raises(InvalidInputError, match=rf"U\+{ord(char):04X}"):
        empty.run(SaveClassDetails("CE1-CE2", f"École{char} Jean-Jaurès", "M. Test"))
    assert empty.pupil(lucas.id).ine == "1234567890A" and empty.appreciation(lucas.id, 1) == ""
    assert empty.class_info().school == ""


def test_invisible_leftovers_of_pasting_are_dropped_and_joiners_kept_where_a_script_needs_them(
    empty: CarnetService,
) -> None:
    lucas = next(p for p in empty.pupils() if p.first_name == "Lucas")
    empty.run(SavePupil(PupilFields("\ufeffMar\u200btin\u00ad", "Lu\ufeffcas", "CE1"), lucas.id))
    assert (empty.pupil(lucas.id).last_name, empty.pupil(lucas.id).first_name) == ("Martin", "Lucas")
    empty.run(SavePupil(PupilFields("Martin", "नमस्\u200dते", "CE1"), lucas.id))  # Devanagari: joiner kept
    assert empty.pupil(lucas.id).first_name == "नमस्\u200dते"
    # Tabs and line breaks stay in an appreciation; the LSU takes them.
    empty.run(SetAppreciation(lucas.id, empty.period(1).id, "Très bien.\nContinue ainsi.\t"))
    assert empty.appreciation(lucas.id, 1) == "Très bien.\nContinue ainsi."


def test_a_class_list_with_a_joiner_inside_a_latin_name_refuses_that_line(demo_path: Path, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Nom;Prénom;Niveau\nMAR\u200dTIN;Lucas;CE1\n", encoding="utf-8")
    code, _, err = cli(capsys, "import-pupils", demo_path, path)
    assert code == 1 and "U+200D" in err


def _demo_ready_for_lsu(demo: CarnetService) -> None:
    demo.keep_settings(lsu_uai="0751234A", lsu_director="Mme MARTIN Claire", lsu_teacher="Mme MOREL Anne")


def test_the_lsu_file_is_never_written_ill_formed_whatever_the_carnet_holds(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A carnet written before values were checked may hold any character: the LSU export names
    the pupil and the field instead of writing a file LSU would reject."""
    service = CarnetService.open(demo_path)
    _demo_ready_for_lsu(service)
    pupil = service.pupils_in_period(1)[0]
    for p in service.pupils_in_period(1):
        if not service.appreciation(p.id, 1):
            service.run(SetAppreciation(p.id, service.period(1).id, "Bonne période."))
    service.close()
    out = tmp_path / "lsu.xml"
    for column, value, expected in (("first_name", "Lu\x1bcas", "Le prénom de"), ("ine", "123456789\x01A", "L'INE de"),
                                    ("last_name", "Mar\ufffetin", "Le nom de")):
        conn = sqlite3.connect(demo_path)
        with conn:
            original = conn.execute(f"SELECT {column} FROM pupil WHERE id = ?", (pupil.id,)).fetchone()[0]
            conn.execute(f"UPDATE pupil SET {column} = ? WHERE id = ?", (value, pupil.id))
        code, out_text, err = cli(capsys, "export", demo_path, "--period", "1", "--format", "lsu", "--out", out)
        sentence = one_sentence(err)
        assert code == 1 and expected in sentence and "Écrit" not in out_text and not out.exists(), sentence
        with conn:
            conn.execute(f"UPDATE pupil SET {column} = ? WHERE id = ?", (original, pupil.id))
        conn.close()
    code, out_text, err = cli(capsys, "export", demo_path, "--period", "1", "--format", "lsu", "--out", out)
    assert code == 0, err
    from xml.etree import ElementTree

    ElementTree.parse(out)  # well-formed


def test_a_carnet_damaged_before_values_were_checked_still_works(small: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A bad setting or clock stamp written by an older version: every command works (the setting
    reads as its default until the teacher sets it again), never a traceback."""
    conn = sqlite3.connect(small)
    with conn:
        conn.execute("UPDATE setting SET value = '[1,2]' WHERE key = 'thresholds'")
        conn.execute("UPDATE setting SET value = '\"nope\"' WHERE key = 'rule'")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_stamp', 'zzz')")
    conn.close()
    still_works(capsys, small, tmp_path)
    code, out, _ = cli(capsys, "settings", small)
    assert code == 0 and json.loads(out)["thresholds"] == {} and json.loads(out)["rule"] == "weighted_geometric"
    code, out, err = cli(capsys, "settings", small, "thresholds", '{"1": 0, "2": 35, "3": 65, "4": 90}')
    assert code == 0, err
