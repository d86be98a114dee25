"""Values from outside that used to break a carnet later: every one is refused where it enters (the
command line, the operations the app runs, an imported file, a merged copy) with one French
sentence, the carnet is left exactly as it was, and every later command still works."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest
from reliability_helpers import cli, content, one_sentence, still_works, table_dump

from progression.errors import InvalidInputError
from progression.operations import (
    PupilFields,
    SaveClassDetails,
    SavePupil,
    SetAppreciation,
)
from progression.service import CarnetService
from tests.command_line import run_progression

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
    info = json.loads(run_progression("info", demo_path, "--json").stdout)
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
