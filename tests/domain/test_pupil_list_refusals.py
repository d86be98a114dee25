"""Class lists refused whole, in French: empty, binary, old Excel, no name column, missing, too
large, a zip bomb, a damaged workbook. No database involved."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

from pupil_list_helpers import DATA, TODAY, messages, names, refusal

from progression.importers.pupil_list import MAX_PUPIL_ROWS, read_pupil_list


def test_empty_and_blank_files() -> None:
    assert refusal(DATA / "empty.csv") == "Le fichier « empty.csv » est vide : choisissez le bon fichier."
    assert refusal(DATA / "blank.csv") == "Le fichier « blank.csv » est vide : choisissez le bon fichier."


def test_binary_file() -> None:
    assert "ce n’est pas un tableau" in refusal(DATA / "binary.csv")


def test_old_excel_file() -> None:
    assert "Excel 97-2003 (.xls)" in refusal(DATA / "excel97.xls")


def test_no_name_column_says_what_was_found_and_what_is_expected() -> None:
    assert refusal(DATA / "no_name_column.csv") == (
        "Le fichier « no_name_column.csv » n’a pas de colonne de noms : sa ligne 1 contient « Identifiant », "
        "« Date », « Groupe » ; la liste doit commencer par une ligne d’en-têtes avec au moins « Nom » et "
        "« Prénom » (ou une seule colonne « Nom Prénom »)."
    )


def test_no_first_name_column() -> None:
    assert "a une colonne « Nom » mais pas de colonne « Prénom »" in refusal(DATA / "no_first_name.csv")


def test_headers_without_pupils() -> None:
    assert "aucun élève en dessous" in refusal(DATA / "header_only.csv")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "est introuvable" in refusal(tmp_path / "absent.csv")
    assert "est un dossier" in refusal(tmp_path)


def test_pdf_and_web_page(tmp_path: Path) -> None:
    pdf = tmp_path / "liste.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    page = tmp_path / "liste.xls"
    page.write_text("<html><body><table><tr><td>Nom</td></tr></table></body></html>", encoding="utf-8")

    assert "est un PDF" in refusal(pdf)
    assert "page web" in refusal(page)


def test_a_ten_megabyte_cell_refuses_its_line_only(tmp_path: Path) -> None:
    path = tmp_path / "grosse_cellule.csv"
    with path.open("w", encoding="utf-8") as file:
        file.write("Nom;Prénom\nMARTIN;Lucas\n")
        file.write("A" * 10_000_000 + ";Tom\n")
        file.write('"' + "B" * 5_000 + '";Zoé\nPETIT;Jade\n')

    pupils = read_pupil_list(path, today=TODAY)

    assert names(pupils) == [("MARTIN", "Lucas"), ("PETIT", "Jade")]
    assert messages(pupils) == {
        3: "Ligne 3 : cette ligne ne peut pas être lue, car une cellule dépasse 131 072 caractères ; "
        "corrigez-la ou supprimez-la.",
        4: "Ligne 4, colonne « Nom » : la cellule compte 5 000 caractères ; un nom en compte au plus 100, corrigez-la.",
    }


def test_a_hundred_thousand_rows_are_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "cent_mille.csv"
    with path.open("w", encoding="utf-8") as file:
        file.write("Nom;Prénom;Date de naissance\n")
        file.writelines(f"NOM{i};Lucas;01/02/2018\n" for i in range(100_000))

    started = time.perf_counter()
    message = refusal(path)

    assert time.perf_counter() - started < 5
    assert message.startswith(f"Le fichier « cent_mille.csv » compte plus de {MAX_PUPIL_ROWS:,}".replace(",", " "))


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "enorme.csv"
    with path.open("wb") as file:
        file.truncate(21 * 1024 * 1024)  # sparse: nothing is written

    assert "pèse 21,0 Mo, plus que les 20 Mo" in refusal(path)


def test_a_zip_bomb_is_refused_before_expanding(tmp_path: Path) -> None:
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (65 * 1024 * 1024))

    assert "se décompresse en plus de 64 Mo" in refusal(path)


def test_a_damaged_workbook(tmp_path: Path) -> None:
    path = tmp_path / "abime.xlsx"
    path.write_bytes((DATA / "pupils.xlsx").read_bytes()[:3000])

    assert "endommagé ou illisible" in refusal(path)
