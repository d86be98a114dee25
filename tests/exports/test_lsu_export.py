"""The LSU file: valid against the ministry's schema, saying what the carnet says, and refused
with a sentence saying what to fill in when an identifier LSU needs is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from progression.errors import InvalidInputError
from progression.lsu import build_lsu_export, parse_person

XSD = Path(__file__).resolve().parents[1] / "data" / "lsu" / "import-bilan-1d-1.0b.xsd"
NS = {"l": "urn:fr:edu:scolarite:lsun:bilans:import"}
WHO = ("--uai", "0751234a", "--directeur", "Mme MARTIN Claire", "--enseignant", "M. DURAND Paul")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "progression", *args], capture_output=True, text=True, env=os.environ.copy(), check=False
    )


def valid(path: Path) -> etree._ElementTree:
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    document = etree.parse(str(path))
    assert schema.validate(document), schema.error_log
    return document


def test_the_demo_period_goes_to_lsu_as_the_synthesis_page_shows_it(demo, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "lsu.xml"
    result = run("export", str(demo_path), "--period", "2", "--format", "lsu", "--out", str(out), *WHO)
    assert result.returncode == 0, result.stderr
    document = valid(out)
    assert document.findtext("l:entete/l:etablissement", namespaces=NS) == "0751234A"
    director = document.find("l:donnees/l:directeurs/l:directeur", NS)
    assert (director.get("civilite"), director.get("nom"), director.get("prenom")) == ("MME", "MARTIN", "Claire")
    period = document.find("l:donnees/l:periodes/l:periode", NS)
    assert (period.get("millesime"), period.get("indice"), period.get("nb-periodes")) == ("2026", "2", "5")
    assert document.find("l:donnees/l:classes/l:classe", NS).get("id-be") == demo.class_info().onde_class_id

    # Each pupil's positionnement is the reading domain's step on the synthesis page, the
    # teacher's decision included, and the appreciation is the period's.
    pupils = {p.ine: p for p in demo.pupils_in_period(2)}
    by_ref = {e.get("id"): e.get("ine") for e in document.iterfind("l:donnees/l:eleves/l:eleve", NS)}
    assert set(by_ref.values()) == set(pupils)
    appreciations = demo.appreciations(2)
    domain_rank = {r.pupil_id: r.rank for r in demo.synthesis(2) if r.kind == "domain"}
    elements = {e.get("id") for e in document.iterfind("l:donnees/l:elements-programme/l:element-programme", NS)}
    bilans = document.findall("l:donnees/l:bilans-periodiques/l:bilan-periodique", NS)
    assert len(bilans) == len(pupils)
    for bilan in bilans:
        pupil = pupils[by_ref[bilan.get("eleve-ref")]]
        sub_domain = bilan.find("l:liste-acquis/l:acquis[@code-domaine='FRA-RAC']/l:sous-domaines/l:sous-domaine", NS)
        assert sub_domain.get("code-domaine") == "FRA-LEC"
        assert sub_domain.get("positionnement") == str(domain_rank[pupil.id])
        assert set(sub_domain.get("element-programme-refs").split()) <= elements
        assert bilan.findtext("l:appreciation-generale", namespaces=NS) == appreciations[pupil.id]


def test_identifiers_kept_in_the_carnet_are_used(demo_path: Path, tmp_path: Path) -> None:
    for key, value in (("lsu_uai", "0751234A"), ("lsu_director", "M. DE LA TOUR Jean-Paul"),
                       ("lsu_teacher", "Mme MOREL Anne")):
        assert run("settings", str(demo_path), key, value).returncode == 0
    out = tmp_path / "lsu.xml"
    assert run("export", str(demo_path), "--period", "1", "--format", "lsu", "--out", str(out)).returncode == 0
    teacher = valid(out).find("l:donnees/l:enseignants/l:enseignant", NS)
    assert (teacher.get("nom"), teacher.get("prenom")) == ("MOREL", "Anne")
    director = etree.parse(str(out)).find("l:donnees/l:directeurs/l:directeur", NS)
    assert (director.get("civilite"), director.get("nom"), director.get("prenom")) == ("M", "DE LA TOUR", "Jean-Paul")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--uai", "75", "--directeur", "Mme MARTIN Claire", "--enseignant", "M. DURAND Paul"),
         "Numéro UAI de l'école « 75 » : il a 7 chiffres et une lettre"),
        (("--uai", "0751234A", "--directeur", "Claire Martin", "--enseignant", "M. DURAND Paul"),
         "Directrice ou directeur de l'école : écrivez la civilité, le NOM en capitales puis le prénom"),
        (("--uai", "0751234A", "--directeur", "Mme MARTIN Claire"),
         "Enseignante ou enseignant : écrivez la civilité"),
        (WHO,
         "Le LSU demande une appréciation pour chaque élève"),
    ],
)
def test_what_lsu_needs_is_asked_for_and_nothing_is_written(
    demo_path: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "lsu.xml"
    period = "3" if "appréciation" in message else "2"  # the demo writes appreciations for periods 1 and 2
    result = run("export", str(demo_path), "--period", period, "--format", "lsu", "--out", str(out), *args)
    assert result.returncode == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_pupils_without_ine_and_a_class_without_onde_id_are_named(empty) -> None:
    from progression.operations import SetAppreciation, SetClassOndeId

    for pupil in empty.pupils():
        empty.run(SetAppreciation(pupil.id, empty.period(1).id, "Bon début d'année."))
    who = {"uai": "0751234A", "director": "Mme MARTIN Claire", "teacher": "M. TEST Marc"}
    with pytest.raises(InvalidInputError, match="L'identifiant ONDE de la classe manque"):
        build_lsu_export(empty, 1, **who)
    empty.run(SetClassOndeId("4242"))
    with pytest.raises(InvalidInputError, match="il manque ou est faux pour Lefèvre Noé"):
        build_lsu_export(empty, 1, **who)


def test_a_pupil_who_left_during_the_period_is_left_to_the_next_school(empty) -> None:
    from progression.operations import PupilFields, SavePupil, SetAppreciation, SetClassOndeId

    lucas = next(p for p in empty.pupils() if p.first_name == "Lucas")
    noe = next(p for p in empty.pupils() if p.first_name == "Noé")
    empty.run(SavePupil(PupilFields("Lefèvre", "Noé", "CE2", ine="2345678901B", left_on=date(2026, 10, 2)), noe.id))
    empty.run(SetClassOndeId("4242"))
    empty.run(SetAppreciation(lucas.id, empty.period(1).id, "Bon début d'année."))
    data = build_lsu_export(empty, 1, uai="0751234A", director="Mme MARTIN Claire", teacher="M. TEST Marc")
    assert [p.ine for p in data.pupils] == [lucas.ine]


def test_a_pupil_without_reading_observations_is_not_assessed(empty) -> None:
    from progression.operations import PupilFields, SavePupil, SetAppreciation, SetClassOndeId

    noe = next(p for p in empty.pupils() if p.first_name == "Noé")
    empty.run(SavePupil(PupilFields("Lefèvre", "Noé", "CE2", ine="2345678901B"), noe.id))
    empty.run(SetClassOndeId("4242"))
    for pupil in empty.pupils():
        empty.run(SetAppreciation(pupil.id, empty.period(1).id, "Bon début d'année."))
    data = build_lsu_export(empty, 1, uai="0751234A", director="Mme MARTIN Claire", teacher="M. TEST Marc")
    assert [p.positionnement for p in data.pupils] == [None, None] and data.elements == ()
    assert data.pupils[0].in_school_since == date(2026, 9, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mme MARTIN Claire", ("MME", "MARTIN", "Claire")),
        ("M. DE LA TOUR Jean-Paul", ("M", "DE LA TOUR", "Jean-Paul")),
        ("madame N'DIAYE Awa Marie", ("MME", "N'DIAYE", "Awa Marie")),
    ],
)
def test_people_are_written_civility_name_first_name(text: str, expected: tuple[str, str, str]) -> None:
    person = parse_person(text, "Directrice")
    assert (person.civilite, person.nom, person.prenom) == expected


@pytest.mark.parametrize("text", ["", "Claire MARTIN", "Mme Claire Martin", "Mme MARTIN"])
def test_people_without_civility_name_or_first_name_are_refused(text: str) -> None:
    with pytest.raises(InvalidInputError, match="par exemple « Mme MARTIN Claire »"):
        parse_person(text, "Directrice")


def test_the_writer_never_writes_a_text_xml_cannot_hold(demo, tmp_path: Path) -> None:
    """The renderer's own last line, for data built by any caller: no file LSU would reject as
    not well-formed, even when the caller did not check."""
    from dataclasses import replace

    from exports.errors import ExportError
    from exports.lsu import write_lsu

    data = build_lsu_export(demo, 2, uai="0751234A", director="Mme MARTIN Claire", teacher="M. DURAND Paul")
    out = tmp_path / "lsu.xml"
    for bad in ("Bien\x0c.", "Bien\ufffe.", "Bien\ud800."):
        broken = replace(data, pupils=(replace(data.pupils[0], appreciation=bad), *data.pupils[1:]))
        with pytest.raises(ExportError, match=f"U\\+{ord(bad[4]):04X}"):
            write_lsu(broken, out)
        assert not out.exists()
    write_lsu(data, out)
    valid(out)
