"""What the LSU export says, and what it needs first (``progression export --format lsu``).

LSU imports a school's bilans only with its identifiers: the school's UAI, the class's ONDE id,
every pupil's INE, and the names of the director and the teacher. The UAI and the two names are
kept in the carnet's settings (``lsu_uai``, ``lsu_director``, ``lsu_teacher``) so they are asked
once; the ONDE id and the INEs come with the ONDE class list. Anything missing is refused with
one French sentence saying what to fill in, before a file is written.

Per pupil: the period's positionnement of the reading domain (``FRA-LEC``: the domain of the
framework whose items carry that LSU code, for the pupil's grade, with the teacher's decision if
she made one), the objectives observed that period as « éléments de programme », and the
period's appreciation, which LSU requires.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from exports.lsu import SUB_DOMAIN, LsuExport, LsuPerson, LsuPupil, write_lsu, xml_illegal
from progression import __version__
from progression.errors import InvalidInputError
from progression.service import CarnetService
from progression.validation import shown
from progression.views import ItemView, PupilView, SynthesisRow

_CIVILITY = {"m": "M", "m.": "M", "mr": "M", "mr.": "M", "monsieur": "M",
             "mme": "MME", "mme.": "MME", "madame": "MME", "mlle": "MME", "mademoiselle": "MME"}
_UAI = re.compile(r"\d{7}[A-Z]")
_EXAMPLE = "« Mme MARTIN Claire »"
LONGEST_ELEMENT, LONGEST_APPRECIATION, LONGEST_NAME = 300, 1500, 100


def parse_person(text: str, role: str) -> LsuPerson:
    """« Mme MARTIN Claire », « M. DE LA TOUR Jean-Paul »: the civility, the NAME in capitals,
    then the first name."""
    words = text.split()
    civility = _CIVILITY.get(words[0].casefold()) if words else None
    advice = f"écrivez la civilité, le NOM en capitales puis le prénom, par exemple {_EXAMPLE}"
    if civility is None:
        raise InvalidInputError(f"{role} : {advice}.")
    rest = words[1:]
    name = []
    while rest and rest[0] == rest[0].upper() and any(c.isalpha() for c in rest[0]):
        name.append(rest.pop(0))
    if not name or not rest:
        raise InvalidInputError(f"{role} « {text.strip()} » : {advice}.")
    return LsuPerson(civility, " ".join(name)[:LONGEST_NAME], " ".join(rest)[:LONGEST_NAME])


def check_uai(text: str) -> str:
    uai = text.strip().upper()
    if not _UAI.fullmatch(uai):
        shown = f"« {text.strip()} »" if text.strip() else "absent"
        raise InvalidInputError(
            f"Numéro UAI de l'école {shown} : il a 7 chiffres et une lettre (par exemple 0751234A) ; il figure "
            "sur les documents de l'école et dans ONDE."
        )
    return uai


def _short(text: str, longest: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= longest else text[: longest - 1].rstrip() + "…"


def _names(pupils: list[PupilView]) -> str:
    shown = ", ".join(p.display_name for p in pupils[:5])
    return shown + (f" et {len(pupils) - 5} autre(s)" if len(pupils) > 5 else "")


def _reading_domain(rows: list[SynthesisRow], items: dict[str, ItemView]) -> SynthesisRow | None:
    """The pupil's row for the reading domain; with two reading frameworks observed, the one with
    more observations."""
    domains = [r for r in rows if r.kind == "domain" and items[r.item_id].lsu_code == SUB_DOMAIN]
    return max(domains, key=lambda r: r.observations, default=None)


def build_lsu_export(
    service: CarnetService,
    period_index: int,
    *,
    uai: str | None = None,
    director: str | None = None,
    teacher: str | None = None,
    now: datetime | None = None,
) -> LsuExport:
    """The data of the LSU file; the values given override those kept in the carnet's settings."""
    settings = service.settings
    uai_code = check_uai(uai if uai is not None else settings.lsu_uai)
    director_person = parse_person(director if director is not None else settings.lsu_director,
                                   "Directrice ou directeur de l'école")
    teacher_person = parse_person(teacher if teacher is not None else settings.lsu_teacher,
                                  "Enseignante ou enseignant")
    klass = service.class_info()
    if not (klass.onde_class_id or "").isdigit() or int(klass.onde_class_id or "0") <= 0:
        raise InvalidInputError(
            "L'identifiant ONDE de la classe manque : importez la liste des élèves extraite d'ONDE "
            "(Fichier › Importer une liste d'élèves), qui le contient, ou tapez-le dans Fichier › Classe et "
            "périodes…, puis exportez à nouveau."
        )
    period = service.period(period_index)
    # A pupil who left before the period ended gets this period's bilan from the next school.
    pupils = [p for p in service.pupils_in_period(period_index) if p.left_on is None or p.left_on >= period.ends_on]
    if not pupils:
        raise InvalidInputError(f"Aucun élève dans la classe en {period.label} : rien à envoyer au LSU.")
    without_ine = [p for p in pupils if not p.ine or len(p.ine.strip()) != 11]
    if without_ine:
        raise InvalidInputError(
            f"Le LSU reconnaît les élèves à leur INE (11 caractères) ; il manque ou est faux pour "
            f"{_names(without_ine)}. Complétez-le dans la fiche de l'élève (page Élèves) ou réimportez la "
            "liste ONDE."
        )
    appreciations = service.appreciations(period_index)
    without_text = [p for p in pupils if not appreciations.get(p.id, "").strip()]
    if without_text:
        raise InvalidInputError(
            f"Le LSU demande une appréciation pour chaque élève ; elle manque pour {_names(without_text)} "
            f"en {period.label}. Écrivez-la dans Bilans de période."
        )
    items = {i.id: i for i in service.items(include_hidden=True)}
    rows: dict[str, list[SynthesisRow]] = {}
    for row in service.synthesis(period_index, pupil_ids=[p.id for p in pupils]):
        rows.setdefault(row.pupil_id, []).append(row)
    elements: list[str] = []
    element_of: dict[str, int] = {}
    lsu_pupils = []
    for pupil in pupils:
        own = rows.get(pupil.id, [])
        worked = sorted(
            (r for r in own
             if r.kind == "objective" and r.observations and items[r.item_id].lsu_code == SUB_DOMAIN),
            key=lambda r: items[r.item_id].position,
        )
        refs: list[int] = []
        for row in worked:
            # Keyed by wording: LSU wants each label once (the programme repeats some objectives word
            # for word from one grade to the next, e.g. CE1 and CE2), and a pupil lists it once.
            label = _short(items[row.item_id].label, LONGEST_ELEMENT)
            if label not in element_of:
                element_of[label] = len(elements)
                elements.append(label)
            if element_of[label] not in refs:
                refs.append(element_of[label])
        domain = _reading_domain(own, items)
        lsu_pupils.append(LsuPupil(
            ine=pupil.ine.strip().upper() if pupil.ine else "",
            nom=_short(pupil.last_name, LONGEST_NAME),
            prenom=_short(pupil.first_name, LONGEST_NAME),
            positionnement=domain.rank if domain is not None and domain.rank in (1, 2, 3, 4) else None,
            elements=tuple(refs),
            appreciation=_short(appreciations[pupil.id], LONGEST_APPRECIATION),
            in_school_since=max(pupil.arrived_on or klass.year_starts_on, klass.year_starts_on),
        ))
    _check_characters(klass.label, [director_person, teacher_person], elements, lsu_pupils)
    moment = now or datetime.now()
    return LsuExport(
        editor="Progression",
        application=f"Progression {__version__}",
        uai=uai_code,
        director=director_person,
        teacher=teacher_person,
        class_onde_id=int(klass.onde_class_id or "0"),
        class_label=_short(klass.label, 50),
        year=str(klass.year_starts_on.year),
        period_index=period.index,
        period_count=len(service.periods()),
        period_start=period.starts_on,
        period_end=period.ends_on,
        elements=tuple(elements),
        pupils=tuple(lsu_pupils),
        created_on=moment.date(),
        locked_at=moment,
    )


def _check_characters(class_label: str, people: list[LsuPerson], elements: list[str],
                      pupils: list[LsuPupil]) -> None:
    """Whatever the carnet holds (values are checked where they come in, but a carnet may predate
    that), never write an LSU file that is not XML: name the pupil and the field to correct."""
    def refuse(what: str, value: str, advice: str) -> None:
        char = xml_illegal(value)
        if char is not None:
            raise InvalidInputError(
                f"{what} contient un caractère invisible que le LSU refuse (U+{ord(char):04X}) : {advice}, puis "
                "exportez à nouveau."
            )

    for pupil in pupils:
        who = f"{shown(pupil.prenom)} {shown(pupil.nom)}"
        fix = f"corrigez-le dans la fiche de {who} (page Élèves)"
        refuse(f"Le nom de {who}", pupil.nom, fix)
        refuse(f"Le prénom de {who}", pupil.prenom, fix)
        refuse(f"L'INE de {who}", pupil.ine, fix)
        refuse(f"L'appréciation de {who}", pupil.appreciation, "corrigez-la dans Bilans de période")
    refuse("Le nom de la classe", class_label, "corrigez-le dans Fichier › Classe et périodes…")
    for person in people:
        refuse(f"Le nom « {shown(person.nom)} {shown(person.prenom)} »", person.nom + person.prenom,
               "retapez-le dans la fenêtre d'export")
    for label in elements:
        refuse(f"L'intitulé d'item « {shown(label)} »", label, "corrigez-le dans la page Référentiel")


def export_lsu(service: CarnetService, period_index: int, out: Path, *, uai: str | None = None,
               director: str | None = None, teacher: str | None = None) -> Path:
    return write_lsu(build_lsu_export(service, period_index, uai=uai, director=director, teacher=teacher), out)
