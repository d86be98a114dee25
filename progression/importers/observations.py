"""Importing observations from a CSV file (``progression import-observations``).

Header ``eleve;item;echelon;date;commentaire`` (``;`` or ``,``; UTF-8 or cp1252), rows in
any order. ``eleve`` is an INE or "NOM Prénom" matched ignoring case and accents; an
ambiguous name is an error asking for the INE. The whole file is checked first and
written in one transaction: one bad line and nothing is imported.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert

from progression.errors import InvalidInputError
from progression.names import match_key
from progression.schema import Observation, new_id
from progression.service import CarnetService

COLUMNS = ("eleve", "item", "echelon", "date", "commentaire")
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ObservationImport:
    count: int


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInputError(f"« {name} » n'est pas un fichier texte CSV.")
    for encoding in ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInputError(f"« {name} » : encodage illisible ; enregistrez le fichier en « CSV UTF-8 ».")


def _parse_date(text: str) -> date:
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def import_observations(service: CarnetService, path: Path, *, dry_run: bool = False) -> ObservationImport:
    name = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidInputError(f"« {name} » dépasse 50 Mo : découpez-le en plusieurs fichiers.")
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInputError(f"Impossible de lire « {name} » : {error.strerror}.") from error
    text = _decode(data, name)
    if not text.strip():
        raise InvalidInputError(f"« {name} » est vide.")
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [match_key(h) for h in next(reader)]
    missing = [c for c in COLUMNS[:4] if c not in header]
    if missing:
        raise InvalidInputError(
            f"« {name} », ligne 1 : la colonne « {missing[0]} » manque. "
            f"En-tête attendu : {';'.join(COLUMNS)}."
        )
    col = {c: header.index(c) for c in COLUMNS if c in header}

    by_ine = {p.ine.upper(): p for p in service.pupils() if p.ine}
    by_name: dict[str, list[str]] = {}
    for p in service.pupils():
        for key in (match_key(f"{p.last_name} {p.first_name}"), match_key(f"{p.first_name} {p.last_name}")):
            by_name.setdefault(key, [])
            if p.id not in by_name[key]:
                by_name[key].append(p.id)

    rows: list[tuple[str, str, str, date, str]] = []
    for line_no, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        where = f"« {name} », ligne {line_no}"

        def cell(column: str, cells: list[str] = cells) -> str:
            index = col.get(column)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        who = cell("eleve")
        pupil_id: str | None = None
        if who.upper() in by_ine:
            pupil_id = by_ine[who.upper()].id
        else:
            found = by_name.get(match_key(who), [])
            if len(found) > 1:
                raise InvalidInputError(
                    f"{where} : plusieurs élèves s'appellent « {who} » ; indiquez leur INE à la place du nom."
                )
            if found:
                pupil_id = found[0]
        if pupil_id is None:
            raise InvalidInputError(f"{where} : élève « {who} » inconnu dans ce carnet.")
        try:
            item = service.item_by_code(cell("item"))
            step = service.step_by_label(cell("echelon"))
        except InvalidInputError as error:
            raise InvalidInputError(f"{where} : {error.message[0].lower()}{error.message[1:]}") from error
        try:
            observed_on = _parse_date(cell("date"))
        except ValueError:
            raise InvalidInputError(
                f"{where} : date « {cell('date')} » illisible ; écrivez-la jj/mm/aaaa (par exemple 14/10/2026)."
            ) from None
        try:
            service.check_date_in_year(observed_on)
            service.check_pupil_present(pupil_id, observed_on)
        except InvalidInputError as error:
            raise InvalidInputError(f"{where} : {error.message}") from error
        rows.append((pupil_id, item.id, step.id, observed_on, cell("commentaire")))

    if not dry_run and rows:
        from progression.backup import backup_before
        from progression.operations import now

        backup_before(service.carnet.path, "import")
        created = now()
        author = service.settings.author
        carnet = service.carnet
        # Core insert, not ORM objects: ten thousand rows in one statement, stamped here.
        with carnet.session() as session:
            session.execute(
                insert(Observation),
                [
                    {"id": new_id(), "pupil_id": p, "item_id": i, "step_id": s, "observed_on": d, "comment": c,
                     "activity": "Import", "author": author, "created_at": created, "modified_at": carnet.stamp(),
                     "device_id": carnet.device_id}
                    for p, i, s, d, c in rows
                ],
            )
    return ObservationImport(len(rows))
