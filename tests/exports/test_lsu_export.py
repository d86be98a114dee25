"""The LSU file: valid against the ministry's schema in the revision chosen, each field where
SACoche puts it, saying what the carnet says, and refused with a sentence saying what to fill in
when an identifier LSU needs is missing or a text does not fit."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from lxml import etree
from multigrade import MULTIGRADE_INE, UNOBSERVED

from progression.errors import InvalidInputError
from progression.lsu import (
    DEFAULT_GENERAL_APPRECIATION,
    PRINCIPAL_ELEMENTS,
    appreciation_room,
    build_lsu_export,
    parse_person,
)
from tests.command_line import Ran, run_progression

# The ministry's schemas as SACoche keeps them, copied here apart from the ones the app bundles.
XSD_FOLDER = Path(__file__).resolve().parents[1] / "data" / "lsu"
XSD = XSD_FOLDER / "import-bilan-1d-1.0b.xsd"
NS = {"l": "urn:fr:edu:scolarite:lsun:bilans:import"}
WHO = ("--uai", "0751234a", "--directeur", "Mme MARTIN Claire", "--enseignant", "M. DURAND Paul")
REVISIONS = ("1.0", "1.0b")


def run(*args: str) -> Ran:
    return run_progression(*args)


def schema(revision: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD_FOLDER / f"import-bilan-1d-{revision}.xsd")))


def valid(path: Path, revision: str = "1.0b") -> etree._ElementTree:
    checker = schema(revision)
    document = etree.parse(str(path))
    assert checker.validate(document), checker.error_log
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
    # teacher's decision included; the period's appreciation is the French domain's, and the
    # general appreciation is left to the school.
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
        acquis = bilan.find("l:liste-acquis/l:acquis[@code-domaine='FRA-RAC']", NS)
        sub_domain = acquis.find("l:sous-domaines/l:sous-domaine", NS)
        assert sub_domain.get("code-domaine") == "FRA-LEC"
        assert sub_domain.get("positionnement") == str(domain_rank[pupil.id])
        assert set(sub_domain.get("element-programme-refs").split()) <= elements
        assert acquis.findtext("l:appreciation", namespaces=NS) == appreciations[pupil.id]
        assert bilan.findtext("l:appreciation-generale", namespaces=NS) == DEFAULT_GENERAL_APPRECIATION
    assert "révision 1.0b" in result.stdout and "validé" in result.stdout


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
        ((*WHO, "--appreciation-generale", "   "),
         "L'appréciation générale est vide : le LSU en demande une pour chaque bilan"),
        ((*WHO, "--appreciation-generale", "x" * 1501),
         "L'appréciation générale fait 1501 caractères ; le LSU en accepte 1500 au plus"),
        ((*WHO, "--lsu-elements", "C2-24-L1-CE1.1,INCONNU-9"),
         "Élément de programme « INCONNU-9 » : aucun item de ce code"),
        ((*WHO, "--lsu-elements", "C2-24-L1"),
         "Élément de programme « C2-24-L1 » : ce n'est pas un objectif de lecture"),
    ],
)
def test_what_lsu_needs_is_asked_for_and_nothing_is_written(
    demo_path: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "lsu.xml"
    result = run("export", str(demo_path), "--period", "2", "--format", "lsu", "--out", str(out), *args)
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
        broken = replace(data, pupils=(replace(data.pupils[0], general_appreciation=bad), *data.pupils[1:]))
        with pytest.raises(ExportError, match=f"U\\+{ord(bad[4]):04X}"):
            write_lsu(broken, out)
        assert not out.exists()
        broken = replace(data, pupils=(replace(data.pupils[0], appreciation=bad), *data.pupils[1:]))
        with pytest.raises(ExportError, match=f"U\\+{ord(bad[4]):04X}"):
            write_lsu(broken, out)
        assert not out.exists()
    write_lsu(data, out)
    valid(out)


def _export(carnet: Path, out: Path, *args: str, period: str = "2") -> subprocess.CompletedProcess[str]:
    return run("export", str(carnet), "--period", period, "--format", "lsu", "--out", str(out), *WHO, *args)


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_cp_ce1_ce2_class_is_valid_in_the_revision_chosen(multigrade_path: Path, tmp_path: Path,
                                                            revision: str) -> None:
    """Each field where SACoche puts it: the reading appreciation in the French domain's acquis,
    the positionnement and the principal elements on the reading sub-domain, the general
    appreciation left to the school; « non évalué » only where the revision has it."""
    from progression.service import CarnetService

    out = tmp_path / f"lsu-{revision}.xml"
    result = _export(multigrade_path, out, "--lsu-schema", revision)
    assert result.returncode == 0, result.stderr
    assert f"révision {revision} (" in result.stdout and "validé contre ce schéma" in result.stdout
    document = valid(out, revision)
    root = document.getroot()
    assert root.get("schemaVersion") == "1.0"
    assert root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation").endswith(
        f"import-bilan-1d-{revision}.xsd")

    service = CarnetService.open(multigrade_path, lock=False)
    try:
        pupils = {p.ine: p for p in service.pupils_in_period(2)}
        appreciations = service.appreciations(2)
        rank = {r.pupil_id: r.rank for r in service.synthesis(2) if r.kind == "domain"}
        items = {i.label: i for i in service.items(include_hidden=True)}
    finally:
        service.close()
    assert set(pupils) == set(MULTIGRADE_INE.values()) and {p.grade for p in pupils.values()} == {"CP", "CE1", "CE2"}
    labels = {e.get("id"): e.get("libelle")
              for e in document.iterfind("l:donnees/l:elements-programme/l:element-programme", NS)}
    assert len(set(labels.values())) == len(labels)  # the schema's uniqueness rule
    by_ref = {e.get("id"): e.get("ine") for e in document.iterfind("l:donnees/l:eleves/l:eleve", NS)}
    for bilan in document.iterfind("l:donnees/l:bilans-periodiques/l:bilan-periodique", NS):
        pupil = pupils[by_ref[bilan.get("eleve-ref")]]
        acquis = bilan.findall("l:liste-acquis/l:acquis", NS)
        assert [a.get("code-domaine") for a in acquis] == ["FRA-RAC"]
        sub_domain = acquis[0].find("l:sous-domaines/l:sous-domaine", NS)
        assert sub_domain.get("code-domaine") == "FRA-LEC"
        worked = [labels[ref] for ref in sub_domain.get("element-programme-refs").split()]
        assert 0 < len(worked) <= PRINCIPAL_ELEMENTS
        assert all(pupil.grade in items[label].grades for label in worked), (pupil.grade, worked)
        assert bilan.findtext("l:appreciation-generale", namespaces=NS) == DEFAULT_GENERAL_APPRECIATION
        if pupil.ine == UNOBSERVED:
            assert acquis[0].find("l:appreciation", NS) is None  # none written: none sent
            assert sub_domain.get("positionnement") is None
            assert sub_domain.get("non-evalue") == ("true" if revision == "1.0b" else None)
        else:
            assert acquis[0].findtext("l:appreciation", namespaces=NS) == appreciations[pupil.id]
            assert sub_domain.get("positionnement") == str(rank[pupil.id])
    assert "Sans appréciation de lecture" in result.stdout


def test_the_first_revision_refuses_what_only_the_2017_one_allows(multigrade_path: Path, tmp_path: Path) -> None:
    """Why the revision is a choice: « non évalué » makes a 1.0b file invalid in 1.0."""
    out = tmp_path / "lsu.xml"
    assert _export(multigrade_path, out, "--lsu-schema", "1.0b").returncode == 0
    checker = schema("1.0")
    assert not checker.validate(etree.parse(str(out)))
    assert "non-evalue" in str(checker.error_log)


def test_principal_elements_are_the_most_worked_or_the_teachers_choice(multigrade_path: Path,
                                                                       tmp_path: Path) -> None:
    from progression.lsu import principal_elements
    from progression.service import CarnetService

    service = CarnetService.open(multigrade_path, lock=False)
    try:
        default = principal_elements(service, 2)
        observed: dict[str, dict[str, int]] = {}
        grade_of = {p.id: p.grade for p in service.pupils_in_period(2)}
        items = {i.id: i for i in service.items(include_hidden=True)}
        for row in service.synthesis(2):
            if row.kind == "objective" and row.observations:
                counts = observed.setdefault(grade_of[row.pupil_id], {})
                counts[items[row.item_id].code] = counts.get(items[row.item_id].code, 0) + row.observations
    finally:
        service.close()
    for grade, chosen in default.items():
        codes = [item.code for item in chosen]
        assert len(codes) == PRINCIPAL_ELEMENTS
        least_chosen = min(observed[grade][code] for code in codes)
        assert all(count <= least_chosen for code, count in observed[grade].items() if code not in codes)
        assert codes == sorted(codes, key=lambda code: next(i.position for i in chosen if i.code == code))

    # The teacher's choice: three objectives worded alike in CP, CE1 and CE2 are one element.
    out = tmp_path / "lsu.xml"
    shared = ("C2-24-L4-CP.4", "C2-24-L4-CE1.4", "C2-24-L4-CE2.2")
    result = _export(multigrade_path, out, "--lsu-elements", ",".join((*shared, "C2-24-L1-CP.2")))
    assert result.returncode == 0, result.stderr
    assert "CP : C2-24-L1-CP.2, C2-24-L4-CP.4." in result.stdout
    document = valid(out)
    labels = [e.get("libelle") for e in document.iterfind("l:donnees/l:elements-programme/l:element-programme", NS)]
    assert len(labels) == 2
    refs = [len(s.get("element-programme-refs").split())
            for s in document.iterfind(".//l:sous-domaine", NS)]
    assert sorted(refs) == [1, 1, 1, 1, 2, 2]  # CE1 and CE2 pupils: the shared one; CP pupils: both


def test_a_reading_appreciation_longer_than_lsu_takes_is_refused_never_cut(multigrade_path: Path,
                                                                          tmp_path: Path) -> None:
    from progression.operations import SetAppreciation
    from progression.service import CarnetService

    service = CarnetService.open(multigrade_path)
    pupil = service.pupils_in_period(2)[0]
    exactly = ("Lit avec aisance. " * 40)[:599] + "."
    assert len(exactly) == 600
    # What the appreciation field counts while the teacher types (line ends as LSU reads them).
    assert appreciation_room(exactly) == 0 and appreciation_room(exactly + "!") == -1
    assert appreciation_room("Bien.\r\nContinue.") == 600 - len("Bien.\nContinue.")
    service.run(SetAppreciation(pupil.id, service.period(2).id, exactly + "!"))
    service.close()
    out = tmp_path / "lsu.xml"
    result = _export(multigrade_path, out)
    assert result.returncode == 1 and not out.exists() and "Traceback" not in result.stderr
    assert "600 caractères au plus pour l'appréciation du domaine Français" in result.stderr
    assert pupil.display_name in result.stderr and "(601 caractères)" in result.stderr

    service = CarnetService.open(multigrade_path)
    service.run(SetAppreciation(pupil.id, service.period(2).id, exactly))
    service.close()
    assert _export(multigrade_path, out).returncode == 0
    texts = [a.text for a in valid(out).iterfind(".//l:acquis/l:appreciation", NS)]
    assert exactly in texts  # whole, not cut


def test_the_general_appreciation_is_the_teachers_text(multigrade_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "lsu.xml"
    result = _export(multigrade_path, out, "--appreciation-generale", "Bon trimestre, élève sérieux.")
    assert result.returncode == 0, result.stderr
    general = {b.text for b in valid(out).iterfind(".//l:appreciation-generale", NS)}
    assert general == {"Bon trimestre, élève sérieux."}


def test_a_file_the_schema_refuses_is_not_written_and_the_reason_is_said(demo, tmp_path: Path) -> None:
    """The validation before writing, for data no check upstream caught: the reason in French,
    naming the element, the pupil and the rule."""
    from dataclasses import replace

    from exports.errors import ExportError
    from exports.lsu import write_lsu

    data = build_lsu_export(demo, 2, uai="0751234A", director="Mme MARTIN Claire", teacher="M. DURAND Paul")
    out = tmp_path / "lsu.xml"
    first = data.pupils[0]
    too_long = replace(data, pupils=(replace(first, appreciation="a" * 601), *data.pupils[1:]))
    with pytest.raises(ExportError) as refused:
        write_lsu(too_long, out)
    message = str(refused.value)
    assert "ne respecte pas le schéma import-bilan-1d 1.0b" in message
    assert f"élément « appreciation » de {first.prenom} {first.nom}" in message
    assert "le texte fait 601 caractères, 600 au plus sont admis" in message and not out.exists()

    twice = replace(data, elements=(data.elements[0], *data.elements))
    with pytest.raises(ExportError, match="deux éléments portent la même valeur"):
        write_lsu(twice, out)
    with pytest.raises(ExportError, match=r"l'attribut « non-evalue » n'existe pas dans la révision 1\.0"):
        # A writer that forgot the revision's rules would be caught: 1.0b data checked as 1.0.
        from exports import lsu as renderer

        document = renderer.lsu_document(replace(data, pupils=(replace(first, positionnement=None),)))
        import io

        buffer = io.BytesIO()
        document.write(buffer, encoding="UTF-8", xml_declaration=True)
        renderer.validate(buffer.getvalue(), replace(data, revision="1.0"))
    assert not out.exists()


def test_the_app_validates_with_the_ministrys_schemas_unchanged() -> None:
    bundled = Path(__file__).resolve().parents[2] / "resources" / "lsu"
    for revision in REVISIONS:
        name = f"import-bilan-1d-{revision}.xsd"
        assert (bundled / name).read_bytes() == (XSD_FOLDER / name).read_bytes()
