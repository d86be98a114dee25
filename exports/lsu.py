"""The period bilans as the Livret Scolaire Unique imports them from other software (1er degré).

The ministry's schema ``import-bilan-1d`` (namespace ``urn:fr:edu:scolarite:lsun:bilans:import``,
``schemaVersion="1.0"``, 2017 revision with ``non-evalue``): a header naming the school by its
UAI, then the director, the class (by its ONDE id), the pupils (by INE), the period, the
teacher, the « éléments de programme » worked on, and one ``bilan-periodique`` per pupil. Only
reading is ours to give: each bilan positions the sub-domain *Lecture et compréhension de
l'écrit* (``FRA-LEC``) inside *Français* (``FRA-RAC``); LSU keeps what the school enters for the
other domains.

This module only writes what it is given (plain data, checked by ``progression.lsu``), and still
never writes a file that is not XML: a text holding a character XML 1.0 forbids (most control
characters, lone surrogates, U+FFFE, U+FFFF) is refused before anything is written.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from exports.errors import ExportError
from exports.safe import atomic_file

NAMESPACE = "urn:fr:edu:scolarite:lsun:bilans:import"
SCHEMA_FILE = "import-bilan-1d.xsd"
DOMAIN, SUB_DOMAIN = "FRA-RAC", "FRA-LEC"
# Everything outside XML 1.0's Char production.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_illegal(text: str) -> str | None:
    """The first character of ``text`` that XML 1.0 cannot hold, or None."""
    found = _NOT_XML.search(text)
    return found.group() if found else None


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
    positionnement: int | None  # 1-4, or None: not assessed this period (non-evalue)
    elements: tuple[int, ...]  # indexes into LsuExport.elements
    appreciation: str
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
    elements: tuple[str, ...]  # libellés of the éléments de programme worked on
    pupils: tuple[LsuPupil, ...]
    created_on: date
    locked_at: datetime


def _element(parent: ET.Element, tag: str, **attributes: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}", {k.replace("_", "-"): v for k, v in attributes.items()})


def _person(parent: ET.Element, tag: str, ident: str, person: LsuPerson) -> None:
    _element(parent, tag, id=ident, civilite=person.civilite, nom=person.nom, prenom=person.prenom)


def lsu_document(data: LsuExport) -> ET.ElementTree:
    ET.register_namespace("", NAMESPACE)
    ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
    root = ET.Element(f"{{{NAMESPACE}}}lsun-bilans", {
        "schemaVersion": "1.0",
        "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation": f"{NAMESPACE} {SCHEMA_FILE}",
    })
    header = _element(root, "entete")
    _element(header, "editeur").text = data.editor
    _element(header, "application").text = data.application
    _element(header, "etablissement").text = data.uai
    content = _element(root, "donnees")
    _person(_element(content, "directeurs"), "directeur", "DIR1", data.director)
    _element(_element(content, "classes"), "classe", id="CLA1", id_be=str(data.class_onde_id),
             libelle=data.class_label)
    pupils = _element(content, "eleves")
    for n, pupil in enumerate(data.pupils, start=1):
        _element(pupils, "eleve", id=f"ELV{n}", ine=pupil.ine, classe_ref="CLA1", nom=pupil.nom, prenom=pupil.prenom)
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
        sub_domain = _element(_element(acquis, "sous-domaines"), "sous-domaine", code_domaine=SUB_DOMAIN)
        if pupil.elements:
            sub_domain.set("element-programme-refs", " ".join(f"EP{i + 1}" for i in pupil.elements))
        if pupil.positionnement is None:
            sub_domain.set("non-evalue", "true")
        else:
            sub_domain.set("positionnement", str(pupil.positionnement))
        _element(bilan, "appreciation-generale").text = pupil.appreciation
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


def write_lsu(data: LsuExport, path: Path) -> Path:
    """Write the XML file (UTF-8) atomically and return its path."""
    path = Path(path)
    document = lsu_document(data)
    _check_xml(document)
    with atomic_file(path) as handle:
        document.write(handle, encoding="UTF-8", xml_declaration=True)
    return path
