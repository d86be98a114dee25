"""The period bilans as the Livret Scolaire Unique imports them from other software (1er degré).

The ministry's schema ``import-bilan-1d`` (namespace ``urn:fr:edu:scolarite:lsun:bilans:import``,
``schemaVersion="1.0"``), in the revision the teacher chose: ``1.0`` (first published) or
``1.0b`` (2017, which adds ``non-evalue``). A header naming the school by its UAI, then the
director, the class (by its ONDE id), the pupils (by INE), the period, the teacher, the
« éléments de programme » worked on, and one ``bilan-periodique`` per pupil.

Only reading is ours to give, placed where SACoche places it: each bilan's ``acquis`` for
*Français* (``FRA-RAC``) carries the reading appreciation (at most 600 characters) and positions
the sub-domain *Lecture et compréhension de l'écrit* (``FRA-LEC``) with its principal elements;
the bilan's general appreciation is the school's (the schema requires one: the caller gives it).

This module only writes what it is given (plain data, checked by ``progression.lsu``), and still
never writes a file LSU would reject: a text holding a character XML 1.0 forbids is refused, and
the document is validated against the bundled XSD of its revision (``resources/lsu``) before a
byte is written, the reason for a refusal said in French.
"""

from __future__ import annotations

import io
import re
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from exports.errors import ExportError
from exports.safe import atomic_file

NAMESPACE = "urn:fr:edu:scolarite:lsun:bilans:import"
DOMAIN, SUB_DOMAIN = "FRA-RAC", "FRA-LEC"
# The schema's revisions, as the teacher chooses them; the file of each in resources/lsu.
REVISIONS = {
    "1.0": "première version publiée",
    "1.0b": "révision de 2017, qui admet « non évalué »",
}
DEFAULT_REVISION = "1.0b"
LONGEST_DOMAIN_APPRECIATION = 600  # Chaine600: the appreciation of a domain's acquis
LONGEST_GENERAL_APPRECIATION = 1500  # Chaine1500: the bilan's appreciation-generale
LONGEST_ELEMENT = 300  # Chaine300: an element-programme's libelle
# Everything outside XML 1.0's Char production.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_illegal(text: str) -> str | None:
    """The first character of ``text`` that XML 1.0 cannot hold, or None."""
    found = _NOT_XML.search(text)
    return found.group() if found else None


def schema_file(revision: str) -> str:
    """The file name of a revision's XSD, as bundled in resources/lsu."""
    return f"import-bilan-1d-{revision}.xsd"


@dataclass(frozen=True)
class LsuPerson:
    civilite: str  # "M" or "MME"
    nom: str
    prenom: str


@dataclass(frozen=True)
class LsuPupil:
    ine: str
    nom: str
    prenom: str
    positionnement: int | None  # 1-4, or None: not assessed this period
    elements: tuple[int, ...]  # indexes into LsuExport.elements: the principal elements worked
    appreciation: str  # the reading appreciation, in the French domain's acquis; "" writes none
    general_appreciation: str  # the bilan's appreciation-generale (required by the schema)
    in_school_since: date


@dataclass(frozen=True)
class LsuExport:
    editor: str
    application: str
    uai: str
    director: LsuPerson
    teacher: LsuPerson
    class_onde_id: int
    class_label: str
    year: str  # millésime: the year the school year starts, "2026"
    period_index: int
    period_count: int
    period_start: date
    period_end: date
    elements: tuple[str, ...]  # libellés of the éléments de programme, each once
    pupils: tuple[LsuPupil, ...]
    created_on: date
    locked_at: datetime
    revision: str = DEFAULT_REVISION  # "1.0" or "1.0b"


def _element(parent: ET.Element, tag: str, **attributes: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}", {k.replace("_", "-"): v for k, v in attributes.items()})


def _person(parent: ET.Element, tag: str, ident: str, person: LsuPerson) -> None:
    _element(parent, tag, id=ident, civilite=person.civilite, nom=person.nom, prenom=person.prenom)


def _given(**attributes: str) -> dict[str, str]:
    """Optional attributes that have a value: the schema refuses an empty or blank one."""
    return {name: value for name, value in attributes.items() if value.strip()}


def lsu_document(data: LsuExport) -> ET.ElementTree:
    if data.revision not in REVISIONS:
        raise ExportError(f"Révision « {data.revision} » du schéma LSU inconnue : {' ou '.join(REVISIONS)}.")
    ET.register_namespace("", NAMESPACE)
    ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
    root = ET.Element(f"{{{NAMESPACE}}}lsun-bilans", {
        "schemaVersion": "1.0",  # both revisions say 1.0: the revision shows in what the file may hold
        "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation": f"{NAMESPACE} {schema_file(data.revision)}",
    })
    header = _element(root, "entete")
    _element(header, "editeur").text = data.editor
    _element(header, "application").text = data.application
    _element(header, "etablissement").text = data.uai
    content = _element(root, "donnees")
    _person(_element(content, "directeurs"), "directeur", "DIR1", data.director)
    _element(_element(content, "classes"), "classe", id="CLA1", id_be=str(data.class_onde_id),
             **_given(libelle=data.class_label))
    pupils = _element(content, "eleves")
    for n, pupil in enumerate(data.pupils, start=1):
        _element(pupils, "eleve", id=f"ELV{n}", ine=pupil.ine, classe_ref="CLA1",
                 **_given(nom=pupil.nom, prenom=pupil.prenom))
    _element(_element(content, "periodes"), "periode", id="PER1", millesime=data.year, indice=str(data.period_index),
             nb_periodes=str(data.period_count), date_debut=data.period_start.isoformat(),
             date_fin=data.period_end.isoformat())
    _person(_element(content, "enseignants"), "enseignant", "ENS1", data.teacher)
    if data.elements:
        elements = _element(content, "elements-programme")
        for n, label in enumerate(data.elements, start=1):
            _element(elements, "element-programme", id=f"EP{n}", libelle=label)
    bilans = _element(content, "bilans-periodiques")
    locked = data.locked_at.replace(microsecond=0).isoformat()
    for n, pupil in enumerate(data.pupils, start=1):
        bilan = _element(bilans, "bilan-periodique", eleve_ref=f"ELV{n}", periode_ref="PER1", enseignant_refs="ENS1",
                         date_creation=data.created_on.isoformat(),
                         date_scolarite=pupil.in_school_since.isoformat(), date_verrou=locked, directeur_ref="DIR1")
        acquis = _element(_element(bilan, "liste-acquis"), "acquis", code_domaine=DOMAIN)
        if pupil.appreciation.strip():
            _element(acquis, "appreciation").text = pupil.appreciation
        sub_domain = _element(_element(acquis, "sous-domaines"), "sous-domaine", code_domaine=SUB_DOMAIN)
        if pupil.elements:
            sub_domain.set("element-programme-refs", " ".join(f"EP{i + 1}" for i in pupil.elements))
        if pupil.positionnement is not None:
            sub_domain.set("positionnement", str(pupil.positionnement))
        elif data.revision == "1.0b":
            sub_domain.set("non-evalue", "true")
        # Revision 1.0 has no way to say « non évalué »: the sub-domain then simply has no positionnement.
        _element(bilan, "appreciation-generale").text = pupil.general_appreciation
    ET.indent(root)
    return ET.ElementTree(root)


def _check_xml(document: ET.ElementTree) -> None:
    """Refuse a document holding a character XML forbids: ElementTree would write it as it is,
    and LSU would reject the whole file as not well-formed."""
    for element in document.iter():
        tag = element.tag.rpartition("}")[2]
        pieces = [(f"l'attribut « {name} »", value) for name, value in element.attrib.items()]
        pieces.append(("le texte", element.text or ""))
        for what, value in pieces:
            char = xml_illegal(value)
            if char is not None:
                raise ExportError(
                    f"Le fichier LSU n'a pas été écrit : {what} de l'élément « {tag} » contient un caractère "
                    f"interdit en XML (U+{ord(char):04X}) ; corrigez ce texte dans le carnet puis exportez à nouveau."
                )


_schema_lock = threading.Lock()  # one validation at a time: a schema object is not shared across threads


@cache
def _schema(revision: str) -> Any:
    from lxml import etree

    import resources

    path = Path(resources.__file__).resolve().parent / "lsu" / schema_file(revision)
    try:
        return etree.XMLSchema(etree.parse(str(path)))
    except (OSError, etree.Error) as error:
        raise ExportError(
            f"Le schéma LSU {revision} livré avec Progression est illisible ({path.name}) : réinstallez "
            "Progression, puis exportez à nouveau."
        ) from error


def validate(xml: bytes, data: LsuExport) -> None:
    """Refuse, with the reason in French, a file the ministry's XSD of ``data.revision`` rejects."""
    from lxml import etree

    document = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    with _schema_lock:
        schema = _schema(data.revision)
        if schema.validate(document):
            return
        error = schema.error_log[0]
    raise ExportError(
        f"Le fichier LSU n'a pas été écrit : il ne respecte pas le schéma import-bilan-1d {data.revision} du "
        f"ministère ({_where(document, error.line, error.message, data)}"
        f"{_reason(error.type_name, error.message, data.revision)}). Corrigez ce point dans le carnet ou "
        "choisissez l'autre révision du schéma, puis exportez à nouveau."
    )


def _where(document: Any, line: int, message: str, data: LsuExport) -> str:
    """« élément « appreciation » de Léa MARTIN : », from the validator's element and line."""
    named = re.search(r"Element '(?:\{[^}]*\})?([\w-]+)'", message)
    if named is None:
        return ""
    tag = named.group(1)
    where = f"élément « {tag} »"
    found = next((e for e in document.iter(f"{{{NAMESPACE}}}{tag}") if e.sourceline == line), None)
    while found is not None:
        ref = found.get("eleve-ref") or (found.get("id") if found.tag == f"{{{NAMESPACE}}}eleve" else None)
        number = re.fullmatch(r"ELV(\d+)", ref or "")
        if number and 0 < int(number.group(1)) <= len(data.pupils):
            pupil = data.pupils[int(number.group(1)) - 1]
            where += f" de {pupil.prenom} {pupil.nom}".rstrip()
            break
        found = found.getparent()
    return where + " : "


def _reason(kind: str, message: str, revision: str) -> str:
    """The validator's finding (English, with a type name) as a French clause."""
    attribute = re.search(r"attribute '([\w-]+)'", message)
    named = f"l'attribut « {attribute.group(1)} »" if attribute else "la valeur"
    has = re.search(r"has a length of '(\d+)'", message)
    allowed = re.search(r"allowed (?:maximum |minimum )?length of '(\d+)'", message)
    if kind == "SCHEMAV_CVC_COMPLEX_TYPE_3_2_1":
        return f"{named} n'existe pas dans la révision {revision}"
    if kind == "SCHEMAV_CVC_COMPLEX_TYPE_4":
        return f"{named} est obligatoire et manque"
    if kind == "SCHEMAV_CVC_IDC":
        value = re.search(r"\['(.*)'\]", message)
        shown = f" (« {value.group(1)} »)" if value else ""
        return f"deux éléments portent la même valeur{shown} alors qu'elle doit être unique"
    if kind == "SCHEMAV_CVC_MAXLENGTH_VALID" and has and allowed:
        return f"le texte fait {has.group(1)} caractères, {allowed.group(1)} au plus sont admis"
    if kind in ("SCHEMAV_CVC_MINLENGTH_VALID", "SCHEMAV_CVC_PATTERN_VALID"):
        return f"{named} est vide ou ne contient que des espaces"
    if kind == "SCHEMAV_CVC_LENGTH_VALID" and has and allowed:
        return f"{named} a {has.group(1)} caractères au lieu de {allowed.group(1)}"
    if kind == "SCHEMAV_ELEMENT_CONTENT":
        return "un élément manque ou n'est pas à sa place"
    return f"{named} n'a pas la forme attendue"


def write_lsu(data: LsuExport, path: Path) -> Path:
    """Write the XML file (UTF-8) atomically, once it is valid, and return its path."""
    path = Path(path)
    document = lsu_document(data)
    _check_xml(document)
    buffer = io.BytesIO()
    document.write(buffer, encoding="UTF-8", xml_declaration=True)
    xml = buffer.getvalue()
    validate(xml, data)
    with atomic_file(path) as handle:
        handle.write(xml)
    return path
