"""What the LSU export says, and what it needs first (``progression export --format lsu``).

LSU imports a school's bilans only with its identifiers: the school's UAI, the class's ONDE id,
every pupil's INE, and the names of the director and the teacher. The UAI and the two names are
kept in the carnet's settings (``lsu_uai``, ``lsu_director``, ``lsu_teacher``) so they are asked
once; the ONDE id and the INEs come with the ONDE class list. Anything missing is refused with
one French sentence saying what to fill in, before a file is written.

Per pupil, where SACoche puts it: the period's positionnement of the reading sub-domain
(``FRA-LEC``: the domain of the framework whose items carry that LSU code, for the pupil's grade,
with the teacher's decision if she made one) with the *principal* elements of the programme
worked that period, and the period's reading appreciation as the French domain's appreciation
(600 characters at most: a longer one is refused, never cut). The bilan's general appreciation
is the school's, not ours: the schema requires one, so the teacher gives it for the export
(by default a sentence saying it is to be written in LSU).

The schema revision is the teacher's choice (``1.0`` or ``1.0b``, see ``exports.lsu.REVISIONS``);
the file is validated against it before it is written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from exports.lsu import (
    DEFAULT_REVISION,
    LONGEST_DOMAIN_APPRECIATION,
    LONGEST_ELEMENT,
    LONGEST_GENERAL_APPRECIATION,
    REVISIONS,
    SUB_DOMAIN,
    LsuExport,
    LsuPerson,
    LsuPupil,
    write_lsu,
    xml_illegal,
)
from progression import __version__
from progression.errors import InvalidInputError
from progression.grades import GRADES
from progression.service import CarnetService
from progression.validation import shown
from progression.views import ItemView, PupilView, SynthesisRow

_CIVILITY = {"m": "M", "m.": "M", "mr": "M", "mr.": "M", "monsieur": "M",
             "mme": "MME", "mme.": "MME", "madame": "MME", "mlle": "MME", "mademoiselle": "MME"}
_UAI = re.compile(r"\d{7}[A-Z]")
_EXAMPLE = "« Mme MARTIN Claire »"
LONGEST_NAME = 100
# What the UI shows while the teacher types an appreciation: LSU's limit for a domain's appreciation.
APPRECIATION_LIMIT = LONGEST_DOMAIN_APPRECIATION
# The principal elements listed by default: per grade, the objectives observed most often that period.
PRINCIPAL_ELEMENTS = 5
DEFAULT_GENERAL_APPRECIATION = "Appréciation générale à rédiger dans le LSU."


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
        if text.strip():
            raise InvalidInputError("lsu.uai_wrong", uai=text.strip())
        raise InvalidInputError("lsu.uai_missing")
    return uai


def check_revision(revision: str) -> str:
    if revision not in REVISIONS:
        known = " ; ".join(f"« {code} » ({words})" for code, words in REVISIONS.items())
        raise InvalidInputError("lsu.revision_unknown", revision=revision, known=known)
    return revision


def appreciation_room(text: str) -> int:
    """Characters left for the reading appreciation in LSU (negative: too many), as the
    appreciation field counts them while the teacher types."""
    return APPRECIATION_LIMIT - len(_appreciation_text(text))


def _appreciation_text(text: str) -> str:
    # What the file holds: the text as typed, ends trimmed (an XML reader turns CR LF into LF).
    return text.replace("\r\n", "\n").strip()


def _short(text: str, longest: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= longest else text[: longest - 1].rstrip() + "…"


def _names(pupils: Sequence[PupilView]) -> str:
    shown = ", ".join(p.display_name for p in pupils[:5])
    return shown + (f" et {len(pupils) - 5} autre(s)" if len(pupils) > 5 else "")


def _reading_domain(rows: list[SynthesisRow], items: dict[str, ItemView]) -> SynthesisRow | None:
    """The pupil's row for the reading domain; with two reading frameworks observed, the one with
    more observations."""
    domains = [r for r in rows if r.kind == "domain" and items[r.item_id].lsu_code == SUB_DOMAIN]
    return max(domains, key=lambda r: r.observations, default=None)


def _reading_objective(item: ItemView) -> bool:
    return item.kind == "objective" and item.lsu_code == SUB_DOMAIN


def principal_elements(service: CarnetService, period_index: int, *, most: int = PRINCIPAL_ELEMENTS,
                       rows: Iterable[SynthesisRow] | None = None) -> dict[str, tuple[ItemView, ...]]:
    """Grade → the reading objectives worked most that period: at most ``most``, ranked by how
    many observations that grade's pupils had on each, listed in the programme's order. What the
    export lists by default, and what a chooser offers first."""
    items = {i.id: i for i in service.items(include_hidden=True)}
    grade_of = {p.id: p.grade for p in service.pupils_in_period(period_index)}
    if rows is None:
        rows = service.synthesis(period_index, pupil_ids=list(grade_of))
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        item = items.get(row.item_id)
        if item is not None and _reading_objective(item) and row.observations and row.pupil_id in grade_of:
            counts.setdefault(grade_of[row.pupil_id], Counter())[row.item_id] += row.observations
    chosen: dict[str, tuple[ItemView, ...]] = {}
    for grade, counted in counts.items():
        top = sorted(counted, key=lambda item_id: (-counted[item_id], items[item_id].position))[:most]
        chosen[grade] = tuple(sorted((items[i] for i in top), key=lambda item: item.position))
    return chosen


def element_choices(service: CarnetService, period_index: int) -> dict[str, tuple[ItemView, ...]]:
    """Grade → every reading objective the period's pupils of that grade may list as principal
    elements, in the programme's order: what the export dialog offers to tick."""
    grades = {p.grade for p in service.pupils_in_period(period_index)}
    return {grade: tuple(i for i in service.items([grade]) if _reading_objective(i))
            for grade in GRADES if grade in grades}


def chosen_elements(service: CarnetService, codes: Iterable[str]) -> dict[str, tuple[ItemView, ...]]:
    """Grade → the reading objectives the teacher chose by code, refused with a sentence when a
    code is unknown or not a reading objective."""
    picked: list[ItemView] = []
    for code in dict.fromkeys(c.strip() for c in codes if c.strip()):
        item = service.item_by_code(code, missing_ok=True)
        if item is None:
            raise InvalidInputError("lsu.element_unknown", code=shown(code))
        if not _reading_objective(item):
            raise InvalidInputError(
                "lsu.element_not_objective",
                code=shown(code),
                sub_domain=SUB_DOMAIN,
            )
        picked.append(item)
    grades = {grade for item in picked for grade in item.grades}
    return {grade: tuple(sorted((i for i in picked if grade in i.grades), key=lambda i: i.position))
            for grade in sorted(grades)}


@dataclass(frozen=True)
class LsuFile:
    """What was written, for the command line's and the dialog's report."""

    path: Path
    data: LsuExport
    elements: Mapping[str, tuple[str, ...]]  # grade → codes of the principal elements listed
    without_appreciation: tuple[str, ...]  # pupils whose bilan has no reading appreciation


def build_lsu_export(
    service: CarnetService,
    period_index: int,
    *,
    uai: str | None = None,
    director: str | None = None,
    teacher: str | None = None,
    revision: str = DEFAULT_REVISION,
    elements: Sequence[str] | None = None,
    general_appreciation: str | None = None,
    now: datetime | None = None,
) -> LsuExport:
    """The data of the LSU file; the values given override those kept in the carnet's settings.

    ``elements``: item codes of the principal elements to list (each pupil lists those of its
    grade); None lists, per grade, the objectives worked most that period
    (:func:`principal_elements`). ``general_appreciation``: the text of every bilan's general
    appreciation, :data:`DEFAULT_GENERAL_APPRECIATION` if None.
    """
    return _build(service, period_index, uai=uai, director=director, teacher=teacher, revision=revision,
                  elements=elements, general_appreciation=general_appreciation, now=now)[0]


def _build(service: CarnetService, period_index: int, *, uai: str | None, director: str | None,
           teacher: str | None, revision: str, elements: Sequence[str] | None, general_appreciation: str | None,
           now: datetime | None) -> tuple[LsuExport, dict[str, tuple[ItemView, ...]], list[PupilView]]:
    settings = service.settings
    revision = check_revision(revision)
    uai_code = check_uai(uai if uai is not None else settings.lsu_uai)
    director_person = parse_person(director if director is not None else settings.lsu_director,
                                   "Directrice ou directeur de l'école")
    teacher_person = parse_person(teacher if teacher is not None else settings.lsu_teacher,
                                  "Enseignante ou enseignant")
    general = _general_appreciation(general_appreciation)
    klass = service.class_info()
    if not (klass.onde_class_id or "").isdigit() or int(klass.onde_class_id or "0") <= 0:
        raise InvalidInputError("lsu.onde_id_missing")
    period = service.period(period_index)
    # A pupil who left before the period ended gets this period's bilan from the next school.
    pupils = [p for p in service.pupils_in_period(period_index) if p.left_on is None or p.left_on >= period.ends_on]
    if not pupils:
        raise InvalidInputError("lsu.no_pupil", label=period.label)
    without_ine = [p for p in pupils if not p.ine or len(p.ine.strip()) != 11]
    if without_ine:
        raise InvalidInputError("lsu.ine_missing", names=_names(without_ine))
    appreciations = {pupil: _appreciation_text(text) for pupil, text in service.appreciations(period_index).items()}
    _check_lengths(pupils, appreciations, period.label)
    items = {i.id: i for i in service.items(include_hidden=True)}
    synthesis = service.synthesis(period_index, pupil_ids=[p.id for p in pupils])
    rows: dict[str, list[SynthesisRow]] = {}
    for row in synthesis:
        rows.setdefault(row.pupil_id, []).append(row)
    principal = (chosen_elements(service, elements) if elements is not None
                 else principal_elements(service, period_index, rows=synthesis))
    labels: list[str] = []
    element_of: dict[str, int] = {}
    lsu_pupils = []
    for pupil in pupils:
        refs: list[int] = []
        for item in principal.get(pupil.grade, ()):
            # Keyed by wording: LSU wants each label once (the programme repeats some objectives word
            # for word from one grade to the next, e.g. CE1 and CE2), and a pupil lists it once.
            label = _short(item.label, LONGEST_ELEMENT)
            if label not in element_of:
                element_of[label] = len(labels)
                labels.append(label)
            if element_of[label] not in refs:
                refs.append(element_of[label])
        domain = _reading_domain(rows.get(pupil.id, []), items)
        lsu_pupils.append(LsuPupil(
            ine=pupil.ine.strip().upper() if pupil.ine else "",
            nom=_short(pupil.last_name, LONGEST_NAME),
            prenom=_short(pupil.first_name, LONGEST_NAME),
            positionnement=domain.rank if domain is not None and domain.rank in (1, 2, 3, 4) else None,
            elements=tuple(refs),
            appreciation=appreciations.get(pupil.id, ""),
            general_appreciation=general,
            in_school_since=max(pupil.arrived_on or klass.year_starts_on, klass.year_starts_on),
        ))
    _check_characters(klass.label, [director_person, teacher_person], labels, lsu_pupils)
    moment = now or datetime.now()
    data = LsuExport(
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
        elements=tuple(labels),
        pupils=tuple(lsu_pupils),
        created_on=moment.date(),
        locked_at=moment,
        revision=revision,
    )
    return data, principal, [p for p in pupils if not appreciations.get(p.id)]


def _general_appreciation(text: str | None) -> str:
    if text is None:
        return DEFAULT_GENERAL_APPRECIATION
    general = text.replace("\r\n", "\n").strip()
    if not general:
        raise InvalidInputError("lsu.general_empty", default=DEFAULT_GENERAL_APPRECIATION)
    if len(general) > LONGEST_GENERAL_APPRECIATION:
        raise InvalidInputError(
            "lsu.general_too_long",
            length=len(general),
            most=LONGEST_GENERAL_APPRECIATION,
        )
    return general


def _check_lengths(pupils: Sequence[PupilView], appreciations: Mapping[str, str], period_label: str) -> None:
    """A reading appreciation longer than LSU takes is refused, naming the pupils: cutting it would
    send a sentence the teacher never wrote."""
    too_long = [p for p in pupils if len(appreciations.get(p.id, "")) > APPRECIATION_LIMIT]
    if too_long:
        first = len(appreciations[too_long[0].id])
        raise InvalidInputError(
            f"Le LSU accepte {APPRECIATION_LIMIT} caractères au plus pour l'appréciation du domaine Français ; "
            f"celle de {_names(too_long)} en {period_label} est plus longue ({first} caractères"
            f"{' pour la première' if len(too_long) > 1 else ''}). Raccourcissez-la dans Bilans de période, "
            "puis exportez à nouveau."
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
    if pupils:
        refuse("L'appréciation générale", pupils[0].general_appreciation, "retapez-la dans la fenêtre d'export")
    refuse("Le nom de la classe", class_label, "corrigez-le dans Fichier › Classe et périodes…")
    for person in people:
        refuse(f"Le nom « {shown(person.nom)} {shown(person.prenom)} »", person.nom + person.prenom,
               "retapez-le dans la fenêtre d'export")
    for label in elements:
        refuse(f"L'intitulé d'item « {shown(label)} »", label, "corrigez-le dans la page Référentiel")


def export_lsu(service: CarnetService, period_index: int, out: Path, *, uai: str | None = None,
               director: str | None = None, teacher: str | None = None, revision: str = DEFAULT_REVISION,
               elements: Sequence[str] | None = None, general_appreciation: str | None = None,
               now: datetime | None = None) -> LsuFile:
    """Build, validate against the chosen revision's XSD, and write the LSU file."""
    data, principal, without = _build(service, period_index, uai=uai, director=director, teacher=teacher,
                                      revision=revision, elements=elements,
                                      general_appreciation=general_appreciation, now=now)
    path = write_lsu(data, out)
    order = {grade: n for n, grade in enumerate(service.grades())}
    by_grade = sorted(principal.items(), key=lambda entry: (order.get(entry[0], len(order)), entry[0]))
    return LsuFile(path=path, data=data,
                   elements={grade: tuple(item.code for item in chosen) for grade, chosen in by_grade},
                   without_appreciation=tuple(p.display_name for p in without))


def describe(written: LsuFile) -> list[str]:
    """The command line's report of an LSU file: where, which revision, what it lists."""
    data = written.data
    lines = [f"Écrit : {written.path} — schéma LSU import-bilan-1d, révision {data.revision} "
             f"({REVISIONS[data.revision]}), fichier validé contre ce schéma."]
    for grade, codes in written.elements.items():
        lines.append(f"Principaux éléments du programme, {grade} : {', '.join(codes)}.")
    if not any(written.elements.values()):
        lines.append("Aucun élément du programme listé (aucune observation de lecture dans la période).")
    if written.without_appreciation:
        names = ", ".join(written.without_appreciation[:5])
        more = len(written.without_appreciation) - 5
        lines.append(f"Sans appréciation de lecture : {names}{f' et {more} autre(s)' if more > 0 else ''}.")
    general = data.pupils[0].general_appreciation if data.pupils else ""
    lines.append(f"Appréciation générale de chaque bilan : « {general} ».")
    return lines

