"""Bringing a class list into the carnet without losing or mixing anyone.

The file is read and checked by ``pupil_list``; here each valid line is matched against
the pupils already in the class: same INE, or same name (ignoring case and accents) and
same birth date, means the same child — updated, never duplicated. Homonyms with another
birth date stay distinct pupils, and a name already present without a matching birth date
is reported as a likely duplicate for the teacher to check. Nothing is written unless
every line is valid, or the teacher chose to skip the invalid ones; the import is one
operation (``pupil_import``), run by the caller as one transaction and one undoable action,
after a backup.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from progression.errors import InvalidInputError
from progression.grades import GRADES
from progression.importers.pupil_list import PupilList, PupilRow, RowProblem, name_key, read_pupil_list
from progression.operations import (
    AddPupils,
    AfterBackup,
    Batch,
    Operation,
    PupilFields,
    SavePupil,
    SetClassOndeId,
)
from progression.service import CarnetService
from progression.views import PupilView


@dataclass(frozen=True)
class PupilChange:
    row: PupilRow
    action: str  # "add", "update" or "unchanged"
    pupil_id: str | None = None
    fields: tuple[str, ...] = ()  # what an update changes


@dataclass
class PupilImportPlan:
    source: PupilList
    changes: list[PupilChange] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)
    likely_duplicates: list[tuple[PupilRow, PupilView]] = field(default_factory=list)
    missing_grade: list[PupilRow] = field(default_factory=list)  # rejected only for want of a grade

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def result(self) -> PupilImportResult:
        """What importing the plan does (or did), line by line."""
        return PupilImportResult(self.count("add"), self.count("update"), self.count("unchanged"), len(self.rejected))


@dataclass(frozen=True)
class PupilImportResult:
    added: int
    updated: int
    unchanged: int
    rejected: int


def _same_but_case(new: str, old: str | None) -> bool:
    return old is not None and new.casefold() == old.casefold()


def _fields_of(row: PupilRow, grade: str, existing: PupilView | None) -> PupilFields:
    # ONDE writes surnames in capitals; a name the teacher typed "Martin" stays as typed.
    last = existing.last_name if existing and _same_but_case(row.last_name, existing.last_name) else row.last_name
    first = existing.first_name if existing and _same_but_case(row.first_name, existing.first_name) else row.first_name
    return PupilFields(
        last_name=last,
        first_name=first,
        grade=grade,
        birth_date=row.birth_date or (existing.birth_date if existing else None),
        sex=row.sex or (existing.sex if existing else None),
        ine=row.ine or (existing.ine if existing else None),
        birth_last_name=row.birth_last_name or (existing.birth_last_name if existing else None),
        group=existing.group if existing else "",
        arrived_on=existing.arrived_on if existing else None,
        left_on=existing.left_on if existing else None,
    )


def _differences(fields: PupilFields, pupil: PupilView) -> tuple[str, ...]:
    pairs = {
        "nom": (fields.last_name, pupil.last_name),
        "prénom": (fields.first_name, pupil.first_name),
        "niveau": (fields.grade, pupil.grade),
        "date de naissance": (fields.birth_date, pupil.birth_date),
        "sexe": (fields.sex, pupil.sex),
        "INE": (fields.ine, pupil.ine),
        "nom de naissance": (fields.birth_last_name, pupil.birth_last_name),
    }
    return tuple(name for name, (new, old) in pairs.items() if new != old)


def plan_pupil_import(service: CarnetService, path: Path, class_key: str | None = None,
                      grades: Mapping[int, str] | None = None) -> PupilImportPlan:
    """Read and match a class list; writes nothing (the preview and ``--dry-run`` show this).

    ``grades`` are the grades the teacher gave, line by line, to pupils the list names without one
    (a list with no « Niveau » column for a multi-grade class): such a line is otherwise rejected,
    and listed in ``missing_grade`` so the preview can ask."""
    assigned = dict(grades or {})
    for line, given in assigned.items():
        if given not in GRADES:
            raise InvalidInputError(
                f"Ligne {line} : niveau « {given} » inconnu ; choisissez parmi {', '.join(GRADES)}."
            )
    source = read_pupil_list(Path(path))
    if class_key:
        source = source.for_class(class_key)
    elif len(source.classes) > 1:
        listing = " ; ".join(
            f"{c.label or 'sans nom'}"
            + (f" (identifiant {c.onde_class_id})" if c.onde_class_id else "")
            + f" : {c.pupils} élèves"
            for c in source.classes
        )
        raise InvalidInputError(
            f"« {Path(path).name} » contient plusieurs classes : {listing}. "
            "Choisissez-en une (option --class avec le nom ou l'identifiant de la classe)."
        )
    plan = PupilImportPlan(source=source, rejected=sorted(source.problems, key=lambda p: p.line))
    pupils = service.pupils()
    by_ine = {p.ine.upper(): p for p in pupils if p.ine}
    by_name: dict[str, list[PupilView]] = {}
    for p in pupils:
        by_name.setdefault(name_key(p.last_name, p.first_name), []).append(p)
    single_grade = service.grades()[0] if len(service.grades()) == 1 else None
    claimed: set[str] = set()
    for row in source.rows:
        if row.grade is None and row.line in assigned:
            row = replace(row, grade=assigned[row.line])
        grade = row.grade or single_grade
        if grade is None:
            plan.missing_grade.append(row)
            plan.rejected.append(
                RowProblem(
                    row.line,
                    None,
                    f"Ligne {row.line} : le niveau de {row.first_name} {row.last_name} manque (CP, CE1…).",
                )
            )
            continue
        same_name = by_name.get(name_key(row.last_name, row.first_name), [])
        match = by_ine.get(row.ine.upper()) if row.ine else None
        if match is None:
            match = next(
                (
                    p
                    for p in same_name
                    if row.birth_date
                    and p.birth_date == row.birth_date
                    and p.id not in claimed
                    and not (row.ine and p.ine and p.ine.upper() != row.ine.upper())
                ),
                None,
            )
        if match is None:
            plan.changes.append(PupilChange(row, "add"))
            # Same name, no matching birth date: maybe the same child typed differently, maybe a homonym.
            for other in same_name:
                if not (row.birth_date and other.birth_date and row.birth_date != other.birth_date):
                    plan.likely_duplicates.append((row, other))
            continue
        claimed.add(match.id)
        differences = _differences(_fields_of(row, grade, match), match)
        plan.changes.append(PupilChange(row, "update" if differences else "unchanged", match.id, differences))
    plan.rejected.sort(key=lambda p: p.line)
    return plan


def _onde_class_id(plan: PupilImportPlan) -> str | None:
    """The ONDE class id of the imported lines, if they all carry the same one."""
    ids = {c.row.onde_class_id for c in plan.changes}
    onde_id = ids.pop() if len(ids) == 1 else None
    return onde_id if onde_id and onde_id.isdigit() else None


def pupil_import(service: CarnetService, plan: PupilImportPlan, *, skip_invalid: bool = False) -> Operation | None:
    """The one undoable action that brings the plan in, after a backup (the caller runs it); None when
    no pupil is added or changed. Refused whole, with the first bad line named, when lines were
    rejected and the teacher did not choose to import only the valid ones."""
    if plan.rejected and not skip_invalid:
        first = plan.rejected[0].message.rstrip(". ")
        more = f" (et {len(plan.rejected) - 1} autre(s) ligne(s))" if len(plan.rejected) > 1 else ""
        raise InvalidInputError(
            f"Rien n'a été importé : {first}{more}. Corrigez le fichier, ou importez seulement les lignes "
            "valides (option --skip-invalid)."
        )
    single_grade = service.grades()[0] if len(service.grades()) == 1 else None
    operations: list[Operation] = []
    new: list[PupilFields] = []
    for change in plan.changes:
        if change.action == "unchanged":
            continue
        grade = change.row.grade or single_grade
        assert grade is not None
        if change.pupil_id is None:
            new.append(_fields_of(change.row, grade, None))
        else:
            existing = service.pupil(change.pupil_id)
            operations.append(SavePupil(_fields_of(change.row, grade, existing), change.pupil_id))
    if new:
        operations.insert(0, AddPupils(tuple(new)))
    if not operations:
        return None
    onde_id = _onde_class_id(plan)
    if onde_id is not None and onde_id != service.class_info().onde_class_id:
        operations.append(SetClassOndeId(onde_id))  # what the LSU export names the class by
    return AfterBackup(Batch(tuple(operations), kind="import_pupils"), "import")
