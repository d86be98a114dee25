"""A hostile copy of the carnet, brought by a merge: refused whole, with one French sentence naming
the table and the row, and the carnet left exactly as it was (values from outside, issue case 4)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from reliability_helpers import cli, content, one_sentence, still_works, table_dump

from progression.backup_folders import backup_files
from progression.hlc import format_stamp
from progression.operations import (
    PupilFields,
    RecordObservations,
    SavePupil,
)
from progression.service import CarnetService

DAY = date(2026, 10, 5)


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
    _alter(copy, *statements, foreign_keys=foreign_keys)
    return copy


def _alter(path: Path, *statements: str, foreign_keys: bool = True) -> None:
    """Change a carnet file behind the app's back; ``{now}`` is a stamp newer than anything in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        for statement in statements:
            conn.execute(statement.replace("{now}", _stamp_now()))
    finally:
        conn.close()


def _setting(key: str, value: str) -> str:
    """The statement that writes a setting (stored JSON text) with a fresh stamp, new or not."""
    return (f"INSERT OR REPLACE INTO setting (key, value, modified_at, device_id) "
            f"SELECT '{key}', '{value}', '{{now}}', device_id FROM setting WHERE key = 'scale'")


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
    "date before 1900": (("UPDATE observation SET observed_on = '1899-12-31' WHERE rowid = 1",),
                         "colonne « observed_on »"),
    "date as a number": (("UPDATE observation SET observed_on = 2200 WHERE rowid = 1",), "colonne « observed_on »"),
    "moment without its hour": (("UPDATE observation SET created_at = '2026-09-01' WHERE rowid = 1",),
                                "colonne « created_at »"),
    "moment in 2300": (("UPDATE observation SET created_at = '2300-01-01 08:00:00' WHERE rowid = 1",),
                       "colonne « created_at »"),
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
    backups = [b.path for b in backup_files(small)]
    for dry_run in (("--dry-run",), ()):
        code, _, err = cli(capsys, "merge", small, copy, *dry_run)
        sentence = one_sentence(err)
        assert code == 1 and expected in sentence, sentence
        assert "n'a pas été fusionnée" in sentence or "pas une copie" in sentence, sentence
    assert table_dump(small) == before and content(small) == raw_before
    # The backup made while the copy was checked goes with the refusal; no older one was thinned for it.
    assert [b.path for b in backup_files(small)] == backups
    still_works(capsys, small, tmp_path)


def test_a_row_the_carnet_already_holds_is_not_held_against_the_copy(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The copy's rows that are the carnet's own, value for value, were checked when they were
    written here: a carnet that holds a row no version writes today (an old date, say) still takes
    a copy's new marks; the same row changed in the copy alone is refused (``HOSTILE_COPIES``)."""
    _alter(small, "UPDATE observation SET observed_on = '1899-12-31' WHERE rowid = 1")
    # The copy holds that row elsewhere in its file (a row's place may change when a file is rebuilt):
    # it is the carnet's own all the same. A pupil renamed in the copy, at that place in its own table,
    # is checked, and that does not make the row of the same place among the observations checked.
    copy = _copy_with(small, tmp_path, "UPDATE observation SET rowid = 1000000 WHERE rowid = 1",
                      "UPDATE pupil SET rowid = 1000000, first_name = 'Léonie', modified_at = '{now}' WHERE rowid = 1")
    code, out, err = cli(capsys, "merge", small, copy)
    assert code == 0, err
    assert "Ajouté : 1 observation." in out
    _alter(copy, "UPDATE observation SET observed_on = '1899-12-30' WHERE rowid = 1000000")
    code, _, err = cli(capsys, "merge", small, copy)
    assert code == 1 and "table « observation »), la ligne 1000000" in one_sentence(err)


def test_a_setting_the_carnet_already_holds_is_not_held_against_the_copy(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same for the settings: a carnet whose holiday zone no version writes today still takes a
    copy's new marks; the copy bringing a zone of its own that is none is refused, naming it."""
    _alter(small, _setting("zone", '"Atlantide"'))
    copy = _copy_with(small, tmp_path)
    code, out, err = cli(capsys, "merge", small, copy)
    assert code == 0, err
    assert "Ajouté : 1 observation." in out
    _alter(copy, _setting("zone", '"Utopie"'))
    before = table_dump(small)
    code, _, err = cli(capsys, "merge", small, copy)
    assert code == 1 and "le réglage « zone »" in one_sentence(err), err
    assert table_dump(small) == before


def test_settings_that_do_not_fit_the_scale_are_refused_only_when_the_copy_brings_them(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Thresholds for two ranks are a possible value, but not with the carnet's four-step scale: a
    copy bringing them is refused, naming why; a carnet that already holds them (written by hand)
    still takes a copy's marks, since the merge changes nothing of its settings or its scale."""
    two_ranks = _setting("thresholds", '{"1": 0, "2": 50}')
    copy = _copy_with(small, tmp_path, two_ranks)
    before = table_dump(small)
    code, _, err = cli(capsys, "merge", small, copy)
    assert code == 1 and "avec ses réglages" in one_sentence(err), err
    assert table_dump(small) == before
    _alter(small, two_ranks)
    copy = _copy_with(small, tmp_path)
    code, out, err = cli(capsys, "merge", small, copy)
    assert code == 0, err
    assert "Ajouté : 1 observation." in out


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
