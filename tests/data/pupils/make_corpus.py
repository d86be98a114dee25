"""Writes the class-list corpus read by tests/domain/test_pupil_list.py.

Run once (``python tests/data/pupils/make_corpus.py``) and keep the files: the tests read
them as bytes exactly as ONDE, Excel or LibreOffice would leave them, so an encoding or
line-ending change shows up in review. Every pupil here is invented.
"""

from __future__ import annotations

import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

ONDE_HEADER = (
    "Nom élève;Nom d'usage élève;Prénom élève;Date naissance;Sexe;INE;Adresse1;Cp1;Commune1;Pays1;"
    "Adresse2;Cp2;Commune2;Pays2;Cycle;Niveau;Libellé classe;Identifiant classe;Attestation fournie;"
    "Autorisation associations;Autorisation photo;Décision de passage"
)
CLASS_A = ("CE1-CE2 Mme Roux", "1001")
CLASS_B = ("CM1 M. Petit", "1002")


def onde_line(
    last: str,
    usage: str,
    first: str,
    born: str,
    sex: str,
    ine: str,
    grade: str,
    klass: tuple[str, str],
    address: str = "3 place de la Mairie",
) -> str:
    cycle = "CYCLE II" if grade in ("CP", "CE1", "CE2") else "CYCLE III"
    if "\n" in address:
        address = '"' + address + '"'
    cells = [
        last, usage, first, born, sex, ine, address, "71000", "MÂCON", "FRANCE",
        "", "", "", "", cycle, grade, klass[0], klass[1], "Oui", "Non", "Oui", "",
    ]  # fmt: skip
    return ";".join(cells)


def onde_lines(with_oe: bool) -> list[str]:
    lines = [
        ONDE_HEADER,
        # A quoted address over two lines: the next pupil starts on line 4.
        onde_line("MARTIN", "", "Lucas", "04/03/2018", "M", "123456789AB", "CE1", CLASS_A,
                  address="12 rue des Lilas\nAppartement 3"),
        onde_line("DUPONT", "MARTIN-DUPONT", "Éloïse", "15/11/2017", "F", "1234567890C", "CE2", CLASS_A),
        onde_line("LEFÈVRE", "", "Noé", "01/06/2018", "M", "", "CE1", CLASS_A),
        ";" * 21,  # an empty record, as ONDE leaves between groups
        onde_line("BERNARD", "", "Maëlys", "30/09/2016", "F", "234567891BC", "CM1", CLASS_B),
        onde_line("GIRARD", "", "Chloé", "12/12/2016", "F", "345678912CD", "CM1", CLASS_B),
        onde_line("ROUX", "", "Inès", "31/02/2017", "F", "", "CM1", CLASS_B),
    ]  # fmt: skip
    if with_oe:
        lines.append(onde_line("CŒUR", "", "Œdipe", "08/08/2016", "M", "", "CM1", CLASS_B))
    return lines


def write_text(name: str, lines: list[str], encoding: str, newline: str = "\r\n") -> None:
    (HERE / name).write_bytes((newline.join(lines) + newline).encode(encoding))


def write_onde() -> None:
    write_text("onde_utf8_bom.csv", onde_lines(with_oe=True), "utf-8-sig")
    write_text("onde_cp1252.csv", onde_lines(with_oe=True), "cp1252")
    write_text("onde_latin1.csv", onde_lines(with_oe=False), "iso-8859-1")
    responsables = (
        "Civilité Responsable;Nom usage responsable;Nom responsable;Prénom responsable;Nom élève;Prénom élève"
    )
    write_text("onde_responsables.csv", [responsables, "Mme;;ROUX;Claire;ROUX;Inès"], "utf-8-sig")


def write_headed() -> None:
    # Excel "Texte Unicode": UTF-16 little-endian with a byte-order mark, tabs, CRLF.
    write_text(
        "excel_unicode_text.txt",
        [
            "Nom\tPrénom\tDate de naissance\tSexe\tClasse",
            "CŒURDEROY\tZoé\t04/03/2018\tF\tCE1",
            "KOWALSKI\tŁukasz\t22/10/2017\tM\tCE1",
            "NUÑEZ\tNoé\t01/01/2018\tM\tCE1",
        ],
        "utf-16",
    )
    # Columns in another order, titles as teachers write them.
    write_text(
        "semicolon.csv",
        [
            "Prénom;NOM DE FAMILLE;Né(e) le;Genre;N° INE;Niveau",
            "Jade;ROBERT;05/05/2017;Fille;456789123DE;ce 2",
            "Hugo;PETIT;17/07/2017;Garçon;;Cours élémentaire 2e année",
            "Lina;MOREAU;09/02/2017;X;12345;CE2",
            "Adam;FAURE;03/03/2017;G;;ULIS",
        ],
        "utf-8",
        newline="\n",
    )
    write_text(
        "comma.csv",
        [
            "Date naiss.,Prénom,Nom,Classe",
            '01/02/2018,"Jean',  # a first name with a line break inside its quotes
            'Pierre",LAMBERT,CE1',
            '14/04/2018,Anaïs,"DURAND, dite Nana",CE1',
            "",
            "20/08/2018,Malo,LEROY,CE1",
        ],
        "utf-8",
        newline="\n",
    )
    write_text(
        "tab.tsv",
        [
            "INE\tNom\tPrénom\tDate de naissance\tSexe\tNiveau",
            "567891234EF\tGARNIER\tRose\t2017-06-30\tF\tCE2",
            "\tCHEVALIER\tLouis\t2017-12-01\tM\tCE2",
        ],
        "utf-8",
    )
    write_text(
        "single_column.csv",
        ["Nom Prénom", "MARTIN Lucas", "DE LA FONTAINE Jean-Pierre", "", "Léa DUBOIS", "N'DIAYE Awa", "Martin Lucas"],
        "utf-8",
    )


def write_dates() -> None:
    write_text(
        "dates.csv",
        [
            "Nom;Prénom;Date de naissance",
            "UN;Slash;04/03/2018",
            "DEUX;Court;4/3/18",
            "TROIS;Iso;2018-03-04",
            "QUATRE;Serie;43163",
            "CINQ;Point;04.03.2018",
            "SIX;Lettres;4 mars 2018",
            "SEPT;Impossible;31/02/2019",
            "HUIT;Americaine;12/25/2018",
            "NEUF;Futur;2031-01-01",
            "DIX;Vieux;01/01/1990",
            "ONZE;Illisible;hier",
            "DOUZE;Jourfort;25/12/2017",
            "TREIZE;Bebe;01/06/2026",
        ],
        "utf-8",
    )
    write_text(
        "month_first.csv",
        [
            "Nom;Prénom;Date de naissance",
            "UN;Noel;12/25/2018",
            "DEUX;Ambigu;03/04/2018",
            "TROIS;Mai;05/05/2018",
            "QUATRE;Fin;11/30/2017",
        ],
        "utf-8",
    )


def write_people() -> None:
    write_text(
        "homonyms.csv",
        [
            "Nom;Prénom;Date de naissance;INE",
            "MARTIN;Lucas;04/03/2018;123456789AB",
            "MARTIN;Lucas;11/09/2017;",
            "MARTIN;Lucas;04/03/2018;987654321CD",
            "MARTIN;Lucas;04/03/2018;123456789AB",
            "martin;lucas;04/03/2018;",
            "DURAND;Léa;01/02/2018;123456789AB",
            "BERNARD;Tom;05/06/2018;",
        ],
        "utf-8",
    )
    write_text(
        "hostile_names.csv",
        [
            "Nom;Prénom",
            '"=HYPERLINK(""http://exemple.invalid"",""clic"")";Lucas',
            "+33612345678;Léa",
            "@SUM(A1);Tom",
            "-1+1;Jade",
            "MAR\x07TIN;Hugo",
            "\u202eNITRAM;Lina",
            "#N/A;Adam",
            "123;Rose",
            "ZO\u200bÉ;Zo\u200bé",
            "  DE   LA  FONTAINE  ;Zoe\u0301",
        ],
        "utf-8",
    )


def write_bad_files() -> None:
    (HERE / "empty.csv").write_bytes(b"")
    (HERE / "blank.csv").write_bytes(b"\xef\xbb\xbf\r\n  \r\n;;;\r\n")
    (HERE / "binary.csv").write_bytes(random.Random(1).randbytes(4096))
    (HERE / "excel97.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    write_text("no_name_column.csv", ["Identifiant;Date;Groupe", "1;04/03/2018;A"], "utf-8")
    write_text("no_first_name.csv", ["Nom;Date de naissance", "MARTIN;04/03/2018"], "utf-8")
    write_text("header_only.csv", ["Nom;Prénom;Date de naissance"], "utf-8")


def write_xlsx() -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = "Consignes"
    notes["A1"] = "Remplir la feuille « Élèves » puis enregistrer."
    sheet = workbook.create_sheet("Élèves")
    sheet["A1"] = "Liste de la classe de CE1"  # a title above the table, then a blank row
    sheet.append([])
    sheet.append(["Nom", "Prénom", "Date de naissance", "Sexe", "Niveau"])
    sheet.append(["MARTIN", "Lucas", datetime(2018, 3, 4), "M", "CE1"])
    sheet.append(["PETIT", "Jade", 43163, "F", "CE1"])  # a serial number in a cell formatted General
    sheet.append(["ROBERT", "Hugo", "04/03/2018", "M", "CE1"])
    sheet.append(["GARNIER", '=CONCATENATE("Ro","se")', datetime(2017, 6, 30), "F", "CE1"])  # no cached value
    sheet.append([])
    sheet.append([])
    sheet.append(["LEROY", "Malo", datetime(2018, 8, 20), "M", "CE1"])
    sheet.append(["placeholder", "Tom", datetime(2018, 1, 1), "M", "CE1"])
    sheet["A11"].value = '=HYPERLINK("http://exemple.invalid")'
    sheet["A11"].data_type = "s"  # kept as text, as a hostile file would hold it
    sheet["C5"].number_format = "General"
    workbook.active = 0  # the sheet showing when saved is the instructions
    workbook.properties.created = workbook.properties.modified = datetime(2026, 1, 1)
    workbook.save(HERE / "pupils.xlsx")
    # The same kind of workbook renamed to .csv, as happens when a file is "saved as" by hand.
    small = Workbook()
    only = small.active
    assert only is not None
    only.append(["Nom", "Prénom"])
    only.append(["MARTIN", "Lucas"])
    small.properties.created = small.properties.modified = datetime(2026, 1, 1)
    small.save(HERE / "xlsx_named.csv")


def write_ods() -> None:
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P, S

    def text_cell(value: str, repeat: int = 1) -> TableCell:
        cell = (
            TableCell(valuetype="string", numbercolumnsrepeated=repeat) if repeat > 1 else TableCell(valuetype="string")
        )
        cell.addElement(P(text=value))
        return cell

    def row(*cells: TableCell, repeat: int = 1) -> TableRow:
        element = TableRow(numberrowsrepeated=repeat) if repeat > 1 else TableRow()
        for cell in cells:
            element.addElement(cell)
        return element

    document = OpenDocumentSpreadsheet()
    table = Table(name="Élèves")
    header = [text_cell(t) for t in ("Nom", "Prénom", "Date de naissance", "Sexe", "Niveau")]
    table.addElement(row(*header, TableCell(numbercolumnsrepeated=1019)))
    date_cell = TableCell(valuetype="date", datevalue="2018-03-04")
    date_cell.addElement(P(text="04/03/18"))
    table.addElement(row(text_cell("MARTIN"), text_cell("Lucas"), date_cell, text_cell("M"), text_cell("CE1")))
    serial = TableCell(valuetype="float", value="43163")
    serial.addElement(P(text="43163"))
    table.addElement(row(text_cell("PETIT"), text_cell("Jade"), serial, text_cell("F"), text_cell("CE1")))
    spaced = TableCell(valuetype="string")
    paragraph = P(text="Jean")
    paragraph.addElement(S(c=3))
    paragraph.addText("Pierre")
    spaced.addElement(paragraph)
    note = Annotation()
    note.addElement(P(text="commentaire à ne pas lire"))
    spaced.addElement(note)
    table.addElement(row(text_cell("LAMBERT"), spaced, text_cell("01/02/2018"), text_cell("M"), text_cell("CE1")))
    table.addElement(row(TableCell(numbercolumnsrepeated=1024), repeat=3))  # three empty rows: 5, 6, 7
    table.addElement(row(text_cell("LEROY"), text_cell("Malo"), text_cell("2018-08-20"), TableCell(), text_cell("CE1")))
    table.addElement(row(TableCell(numbercolumnsrepeated=1024), repeat=1048567))
    document.spreadsheet.addElement(table)
    other = Table(name="Brouillon")
    other.addElement(row(text_cell("Nom"), text_cell("Prénom")))
    other.addElement(row(text_cell("AUTRE"), text_cell("Feuille")))
    document.spreadsheet.addElement(other)
    document.save(str(HERE / "pupils.ods"))


def freeze_zip(path: Path) -> None:
    """Give every member of a written workbook one fixed date, so that running this script again
    leaves the files byte-identical (and out of the diff)."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as frozen:
        for info, data in members:
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time there
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = info.compress_type  # the ods "mimetype" member must stay stored
            fixed.external_attr = info.external_attr
            frozen.writestr(fixed, data)


def main() -> None:
    write_onde()
    write_headed()
    write_dates()
    write_people()
    write_bad_files()
    write_xlsx()
    write_ods()
    for name in ("pupils.xlsx", "xlsx_named.csv", "pupils.ods"):
        freeze_zip(HERE / name)


if __name__ == "__main__":
    main()
