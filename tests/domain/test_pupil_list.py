"""Reading class lists: the corpus in tests/data/pupils (made by make_corpus.py) plus hostile
files generated here. No database involved."""

from __future__ import annotations

import tempfile
import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pupil_list_helpers import DATA, TODAY, messages, names, read, refusal

from progression.errors import InvalidInputError
from progression.importers.dates import parse_date
from progression.importers.pupil_cells import normalise_grade
from progression.importers.pupil_list import ClassFound, PupilRow, name_key, read_pupil_list
from progression.importers.tabular import open_table

# --- ONDE --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "has_oe"),
    [
        ("onde_utf8_bom.csv", "utf-8-sig", True),
        ("onde_cp1252.csv", "cp1252", True),
        ("onde_latin1.csv", "cp1252", False),
    ],
)
def test_onde_extraction_in_each_encoding_keeps_accents(name: str, encoding: str, has_oe: bool) -> None:
    pupils = read(name)

    assert pupils.source_format == "onde"
    assert pupils.encoding == encoding
    expected = [
        ("MARTIN", "Lucas"),
        ("MARTIN-DUPONT", "Éloïse"),
        ("LEFÈVRE", "Noé"),
        ("BERNARD", "Maëlys"),
        ("GIRARD", "Chloé"),
    ]
    assert names(pupils) == expected + ([("CŒUR", "Œdipe")] if has_oe else [])
    for row in pupils.rows:
        assert unicodedata.is_normalized("NFC", row.last_name + row.first_name)
        assert "Ã" not in row.last_name + row.first_name  # no mojibake


def test_onde_row_fields_and_line_numbers_after_a_quoted_line_break() -> None:
    pupils = read("onde_utf8_bom.csv")

    assert pupils.rows[0] == PupilRow(
        line=2,
        last_name="MARTIN",
        first_name="Lucas",
        birth_last_name="MARTIN",
        birth_date=date(2018, 3, 4),
        sex="M",
        ine="123456789AB",
        grade="CE1",
        class_label="CE1-CE2 Mme Roux",
        onde_class_id="1001",
    )
    eloise = pupils.rows[1]
    # Nom d'usage is the name in daily use; Nom élève is kept as the birth name.
    assert (eloise.line, eloise.last_name, eloise.birth_last_name) == (4, "MARTIN-DUPONT", "DUPONT")
    assert [row.line for row in pupils.rows] == [2, 4, 5, 7, 8, 10]
    assert messages(pupils) == {
        9: "Ligne 9, colonne « Date naissance » : la date « 31/02/2017 » n’existe pas ; corrigez-la."
    }
    assert pupils.problems[0].column == "Date naissance"


def test_two_classes_are_reported_and_one_can_be_chosen() -> None:
    pupils = read("onde_cp1252.csv")

    assert pupils.classes == [
        ClassFound("CE1-CE2 Mme Roux", "1001", 3),
        ClassFound("CM1 M. Petit", "1002", 3),
    ]
    by_id = pupils.for_class("1002")
    assert names(by_id) == [("BERNARD", "Maëlys"), ("GIRARD", "Chloé"), ("CŒUR", "Œdipe")]
    assert by_id.classes == [ClassFound("CM1 M. Petit", "1002", 3)]
    assert [p.line for p in by_id.problems] == [9]  # ROUX Inès is in this class
    assert names(pupils.for_class("cm1 m petit")) == names(by_id)  # case, spaces, punctuation ignored
    assert names(pupils.for_class("Roux")) == [("MARTIN", "Lucas"), ("MARTIN-DUPONT", "Éloïse"), ("LEFÈVRE", "Noé")]
    assert pupils.for_class("ce1-ce2 MME ROUX").problems == []

    with pytest.raises(InvalidInputError) as caught:
        pupils.for_class("CP")
    assert str(caught.value) == (
        "Aucune classe de ce fichier ne correspond à « CP » ; classes trouvées : « CE1-CE2 Mme Roux » "
        "(identifiant 1001, 3 élèves), « CM1 M. Petit » (identifiant 1002, 3 élèves) ; indiquez l’une "
        "d’elles par son libellé ou son identifiant."
    )


def test_a_key_matching_part_of_several_labels_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ecole.csv"
    path.write_text("Nom;Prénom;Classe\nMARTIN;Lucas;CE1 A\nPETIT;Jade;CE1 B\n", encoding="utf-8")

    with pytest.raises(InvalidInputError, match="Plusieurs classes de ce fichier correspondent à « CE1 »"):
        read_pupil_list(path, today=TODAY).for_class("CE1")
    assert names(read_pupil_list(path, today=TODAY).for_class("ce1b")) == [("PETIT", "Jade")]


def test_a_bad_class_label_refuses_its_line_and_stays_with_its_class(tmp_path: Path) -> None:
    path = tmp_path / "classes.csv"
    path.write_text("Nom;Prénom;Classe\nMARTIN;Lucas;CE1\nPETIT;Jade;CE\x071\nROUX;Inès;CE2\n", encoding="utf-8")

    pupils = read_pupil_list(path, today=TODAY)

    assert "contient un caractère de contrôle invisible (U+0007)" in messages(pupils)[3]
    assert [p.line for p in pupils.for_class("CE1").problems] == [3]
    assert pupils.for_class("CE2").problems == []


def test_onde_parents_extraction_is_refused() -> None:
    assert "liste de responsables" in refusal(DATA / "onde_responsables.csv")


# --- other text files --------------------------------------------------------------------------


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    pupils = read("excel_unicode_text.txt")

    assert (pupils.source_format, pupils.encoding) == ("csv", "utf-16")
    assert names(pupils) == [("CŒURDEROY", "Zoé"), ("KOWALSKI", "Łukasz"), ("NUÑEZ", "Noé")]
    assert [row.grade for row in pupils.rows] == ["CE1"] * 3  # from « Classe » when there is no « Niveau »


def test_semicolon_file_with_other_titles_in_another_order() -> None:
    pupils = read("semicolon.csv")

    jade, hugo, adam = pupils.rows
    assert (jade.last_name, jade.first_name, jade.birth_date, jade.sex, jade.ine, jade.grade) == (
        "ROBERT",
        "Jade",
        date(2017, 5, 5),
        "F",
        "456789123DE",
        "CE2",
    )
    assert (hugo.sex, hugo.grade) == ("M", "CE2")
    assert messages(pupils) == {
        4: "Ligne 4, colonne « N° INE » : l’INE « 12345 » n’a pas la forme attendue (11 caractères : chiffres "
        "puis une ou deux lettres, par exemple 123456789AB) ; corrigez-le ou videz la cellule."
    }
    # An unknown « Niveau » keeps the pupil, without a grade, and says so.
    assert (adam.line, adam.grade) == (5, None)
    assert [(w.line, w.column) for w in pupils.warnings] == [(5, "Niveau")]


def test_comma_file_with_a_quoted_line_break_and_a_blank_line() -> None:
    pupils = read("comma.csv")

    assert names(pupils) == [("LAMBERT", "Jean Pierre"), ("DURAND, dite Nana", "Anaïs"), ("LEROY", "Malo")]
    assert [row.line for row in pupils.rows] == [2, 4, 6]
    assert pupils.rows[0].birth_date == date(2018, 2, 1)


def test_tab_file_with_iso_dates() -> None:
    pupils = read("tab.tsv")

    assert names(pupils) == [("GARNIER", "Rose"), ("CHEVALIER", "Louis")]
    assert [row.ine for row in pupils.rows] == ["567891234EF", None]


def test_separator_is_not_fooled_by_commas_in_addresses(tmp_path: Path) -> None:
    path = tmp_path / "adresses.csv"
    lines = ["Nom;Prénom;Adresse"] + [f"NOM{i};Léa;{i}, rue des Lilas" for i in range(5)]
    path.write_text("\n".join(lines), encoding="utf-8")

    with open_table(path) as table:
        assert table.delimiter == ";"
        assert next(table.rows).cells == ("Nom", "Prénom", "Adresse")


def test_single_column_of_full_names() -> None:
    pupils = read("single_column.csv")

    assert names(pupils) == [
        ("MARTIN", "Lucas"),
        ("DE LA FONTAINE", "Jean-Pierre"),
        ("DUBOIS", "Léa"),
        ("N'DIAYE", "Awa"),
    ]
    assert [row.line for row in pupils.rows] == [2, 3, 5, 6]
    assert "impossible de séparer le nom du prénom dans « Martin Lucas »" in messages(pupils)[7]


# --- dates -------------------------------------------------------------------------------------


def test_each_date_form_in_a_file() -> None:
    pupils = read("dates.csv")

    assert {row.first_name: row.birth_date for row in pupils.rows} == {
        "Slash": date(2018, 3, 4),
        "Court": date(2018, 3, 4),
        "Iso": date(2018, 3, 4),
        "Serie": date(2018, 3, 4),
        "Point": date(2018, 3, 4),
        "Lettres": date(2018, 3, 4),
        "Jourfort": date(2017, 12, 25),
    }
    found = messages(pupils)
    assert found[8] == "Ligne 8, colonne « Date de naissance » : la date « 31/02/2019 » n’existe pas ; corrigez-la."
    assert found[9] == (
        "Ligne 9, colonne « Date de naissance » : la date « 12/25/2018 » n’existe pas en jour/mois/année ; "
        "si elle est écrite mois/jour, écrivez-la 25/12/2018."
    )
    assert "est dans le futur" in found[10]
    assert "donnerait un élève de 36 ans" in found[11]
    assert "« hier » n’est pas une date lisible" in found[12]
    assert "moins d’un an" in found[14]


def test_a_month_first_file_has_its_ambiguous_dates_refused_too() -> None:
    pupils = read("month_first.csv")

    # 05/05 reads the same either way; 03/04 does not, in a file that writes 12/25.
    assert names(pupils) == [("TROIS", "Mai")]
    found = messages(pupils)
    assert sorted(found) == [2, 3, 5]
    assert found[3] == (
        "Ligne 3, colonne « Date de naissance » : la date « 03/04/2018 » est ambiguë, car ce fichier écrit "
        "des dates mois/jour (ligne 2 : « 12/25/2018 ») ; écrivez toutes les dates jour/mois/année."
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("04/03/2018", date(2018, 3, 4)),
        ("4/3/18", date(2018, 3, 4)),
        ("4/3/29", date(2029, 3, 4)),
        ("4/3/30", date(1930, 3, 4)),
        ("2018-03-04", date(2018, 3, 4)),
        ("2018-03-04 00:00:00", date(2018, 3, 4)),
        ("04-03-2018", date(2018, 3, 4)),
        ("04.03.2018", date(2018, 3, 4)),
        ("  04/03/2018 ", date(2018, 3, 4)),
        ("1er mars 2018", date(2018, 3, 1)),
        ("4 févr. 2018", date(2018, 2, 4)),
        ("20180304", date(2018, 3, 4)),
        ("43163", date(2018, 3, 4)),
        ("43163.0", date(2018, 3, 4)),
        (43163, date(2018, 3, 4)),
        (43163.75, date(2018, 3, 4)),
        (datetime(2018, 3, 4, 10, 30), date(2018, 3, 4)),
        (date(2018, 3, 4), date(2018, 3, 4)),
    ],
)
def test_parse_date_accepts(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31/02/2019", "la date « 31/02/2019 » n’existe pas ; corrigez-la"),
        ("12/25/2018", "écrivez-la 25/12/2018"),
        ("2018-02-30", "n’existe pas"),
        ("2018", "n’est pas une date lisible"),
        ("04/03", "n’est pas une date lisible"),
        ("hier", "n’est pas une date lisible"),
        (-5, "n’est pas une date de tableur"),
        (True, "n’est pas une date"),
        (None, "n’est pas une date"),
    ],
)
def test_parse_date_refuses_with_a_french_clause(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_date(value)


# --- spreadsheets ------------------------------------------------------------------------------


def test_xlsx_list_on_another_sheet_with_dates_serials_and_gaps() -> None:
    pupils = read("pupils.xlsx")

    assert (pupils.source_format, pupils.encoding, pupils.sheet) == ("xlsx", None, "Élèves")
    assert [(row.line, row.last_name, row.birth_date) for row in pupils.rows] == [
        (4, "MARTIN", date(2018, 3, 4)),  # a real date cell
        (5, "PETIT", date(2018, 3, 4)),  # a serial number
        (6, "ROBERT", date(2018, 3, 4)),  # text
        (10, "LEROY", date(2018, 8, 20)),  # after two empty rows: the sheet's row number
    ]
    found = messages(pupils)
    # A formula saved without its computed value reads as empty: only cached values are used.
    assert found[7] == "Ligne 7, colonne « Prénom » : le prénom est vide ; complétez-le ou supprimez la ligne."
    assert "ressemble à une formule de tableur" in found[11]


def test_workbook_renamed_csv_is_still_read_as_a_workbook() -> None:
    pupils = read("xlsx_named.csv")

    assert (pupils.source_format, names(pupils)) == ("xlsx", [("MARTIN", "Lucas")])


def test_ods_with_date_cells_serials_spaces_and_repeated_rows() -> None:
    pupils = read("pupils.ods")

    assert (pupils.source_format, pupils.sheet) == ("ods", "Élèves")
    assert [(row.line, row.last_name, row.first_name, row.birth_date) for row in pupils.rows] == [
        (2, "MARTIN", "Lucas", date(2018, 3, 4)),
        (3, "PETIT", "Jade", date(2018, 3, 4)),
        (4, "LAMBERT", "Jean Pierre", date(2018, 2, 1)),  # the cell's comment is not part of its text
        (8, "LEROY", "Malo", date(2018, 8, 20)),
    ]
    assert pupils.problems == []


def test_ods_reads_the_sheet_showing_when_saved(tmp_path: Path) -> None:
    path = tmp_path / "active.ods"
    settings_xml = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-settings '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><office:settings>'
        '<config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item config:name="ActiveTable" config:type="string">Brouillon</config:config-item>'
        "</config:config-item-set></office:settings></office:document-settings>"
    )
    with zipfile.ZipFile(DATA / "pupils.ods") as source, zipfile.ZipFile(path, "w") as copy:
        for info in source.infolist():
            copy.writestr(info, source.read(info))
        copy.writestr("settings.xml", settings_xml)

    pupils = read_pupil_list(path, today=TODAY)

    assert (pupils.sheet, names(pupils)) == ("Brouillon", [("AUTRE", "Feuille")])


# --- people ------------------------------------------------------------------------------------


def test_homonyms_stay_and_duplicates_are_reported() -> None:
    pupils = read("homonyms.csv")

    assert [(row.line, row.birth_date, row.ine) for row in pupils.rows] == [
        (2, date(2018, 3, 4), "123456789AB"),
        (3, date(2017, 9, 11), None),  # same name, another birth date
        (4, date(2018, 3, 4), "987654321CD"),  # same name and date, another INE
        (8, date(2018, 6, 5), None),
    ]
    assert messages(pupils) == {
        5: "Ligne 5 : élève en double (déjà ligne 2).",
        6: "Ligne 6 : élève en double (déjà ligne 2).",
        7: "Ligne 7, colonne « INE » : l’INE « 123456789AB » est déjà celui de la ligne 2 (MARTIN Lucas) ; "
        "vérifiez-le.",
    }


def test_sex_is_read_loosely_and_an_unknown_one_is_left_empty(tmp_path: Path) -> None:
    path = tmp_path / "sexe.csv"
    values = ["M", "F", "Masculin", "Féminin", "G", "fille", "garçon", "?", "X"]
    path.write_text("Nom;Prénom;Sexe\n" + "".join(f"NOM;P{i};{v}\n" for i, v in enumerate(values)), encoding="utf-8")

    pupils = read_pupil_list(path, today=TODAY)

    assert [row.sex for row in pupils.rows] == ["M", "F", "M", "F", "M", "F", "M", None, None]
    assert [w.line for w in pupils.warnings] == [10]  # « ? » is a placeholder for nothing, « X » is unknown


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (2, "ressemble à une formule de tableur"),
        (3, "le nom « +33612345678 » ressemble à une formule de tableur"),
        (4, "le nom « @SUM(A1) » ressemble à une formule de tableur"),
        (5, "le nom « -1+1 » ressemble à une formule de tableur"),
        (6, "contient un caractère de contrôle invisible (U+0007)"),
        (7, "contient un caractère de contrôle invisible (U+202E)"),
        (8, "erreur de tableur « #N/A »"),
        (9, "ne contient aucune lettre"),
    ],
)
def test_hostile_names_refuse_their_line(line: int, text: str) -> None:
    pupils = read("hostile_names.csv")

    assert text in messages(pupils)[line]
    assert messages(pupils)[line].startswith(f"Ligne {line}, colonne « Nom » : ")


def test_names_are_trimmed_nfc_and_lose_invisible_characters() -> None:
    pupils = read("hostile_names.csv")

    assert names(pupils) == [("ZOÉ", "Zoé"), ("DE LA FONTAINE", "Zoé")]
    assert all(unicodedata.is_normalized("NFC", row.first_name) for row in pupils.rows)


def test_name_key_ignores_case_accents_apostrophes_and_spaces() -> None:
    assert name_key("N’DIAYE ", " Éloïse") == name_key("n'diaye", "eloise")
    assert name_key("CŒUR", "Zoé") == name_key("coeur", "ZOE")
    assert name_key("MARTIN", "Léa") != name_key("MARTIN", "Léo")


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("CE 1", "CE1"),
        ("ce1", "CE1"),
        ("C.E.1", "CE1"),
        ("Cours élémentaire 1re année", "CE1"),
        ("cours élémentaire deuxième année", "CE2"),
        ("Cours préparatoire", "CP"),
        ("CM 2", "CM2"),
        ("cours moyen deuxième année", "CM2"),
        ("Cours moyen 1ère année", "CM1"),
        ("Grande section", "GS"),
        ("petite section", "PS"),
        ("MOYENNE SECTION", "MS"),
        ("gs", "GS"),
        ("CE1-CE2", None),
        ("CE1 A", None),
        ("TPS", None),
        ("ULIS", None),
        ("", None),
    ],
)
def test_normalise_grade(text: str, grade: str | None) -> None:
    assert normalise_grade(text) == grade


# French letters that exist in Windows-1252, so in every encoding teachers' files use.
FRENCH = st.text(alphabet="abcdeéèêëàâîïôöùûüçœæÿ ABCDEÉÈÊËÀÂÎÏÔÖÙÛÜÇŒÆŸ-'", min_size=1, max_size=20).filter(
    lambda s: any(c.isalpha() for c in s) and s.strip()[:1] not in ("-", "")
)


@settings(max_examples=40, deadline=None)
@given(last=FRENCH, first=FRENCH)
def test_any_french_name_reads_the_same_from_utf8_and_cp1252(last: str, first: str) -> None:
    expected = (" ".join(last.split()), " ".join(first.split()))
    with tempfile.TemporaryDirectory() as folder:
        for encoding in ("utf-8", "utf-8-sig", "cp1252"):
            path = Path(folder) / f"{encoding}.csv"
            path.write_bytes(f"Nom;Prénom\r\n{last};{first}\r\n".encode(encoding))
            pupils = read_pupil_list(path, today=TODAY)
            assert names(pupils) == [expected], encoding


CELLS = st.one_of(
    st.text(max_size=10),
    st.sampled_from(["Nom", "Prénom", "Date de naissance", "Niveau", "INE", "Classe", "Nom Prénom", "12/25/2018"]),
    st.sampled_from(['"', "=1+1", "\x00", "\r", "31/02/2019", "43163", "CE1", "-"]),
)


@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(st.lists(CELLS, max_size=5), max_size=6),
    separator=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_any_text_gives_a_list_or_a_french_refusal(lines: list[list[str]], separator: str, encoding: str) -> None:
    data = "\r\n".join(separator.join(cells) for cells in lines).encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "liste.csv"
        path.write_bytes(data)
        try:
            pupils = read_pupil_list(path, today=TODAY)
        except InvalidInputError as error:
            assert str(error).endswith(".")
            return
    for problem in pupils.problems:
        assert problem.message.startswith(f"Ligne {problem.line}")
