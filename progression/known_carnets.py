"""What this computer remembers about carnets, outside the carnets themselves.

Two things, in one small JSON file of the per-user data folder (``paths.registry_file``):

* which path holds which carnet (its identity: meta ``carnet_id``, or ``created_at`` for the
  oldest carnets), noted at each automatic backup: when a carnet is so damaged that its own
  identity cannot be read, this is how its backups are still found — and only its own;
* the ids of the pupils erased from each carnet (random UUIDs, never a name), so that putting
  a backup from before an erasure back in place cannot bring a pupil back: the erasure is
  applied again to the restored file (``privacy.reapply_erasures``).

Both are also inside the carnet (its meta rows) and its backups; this file is the copy that
survives a restore or a damaged file. It is a help, never a condition: a data folder that
cannot be written leaves the teacher working, and an unreadable file is set aside and
rebuilt from what the carnets hold. Writes replace the file atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from exports.safe import replace_file
from progression import paths
from progression.errors import ProgressionError


def path_key(carnet: Path) -> str:
    """The same carnet named two ways (relative, through a symlink, other case on Windows) is one key."""
    try:
        resolved = Path(carnet).resolve()
    except OSError:
        resolved = Path(carnet).absolute()
    return os.path.normcase(str(resolved))


def _empty() -> dict[str, Any]:
    return {"paths": {}, "erased": {}}


def _load() -> dict[str, Any] | None:
    """The remembered data; None if the file exists but cannot be read now (then nothing is written)."""
    file = paths.registry_file()
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _empty()
    except OSError:
        return None
    except ValueError:
        # Kept for whoever wants to look; the carnets and their backups still hold everything it said.
        with contextlib.suppress(OSError):
            replace_file(file, file.with_name(file.name + ".illisible"))
        return _empty()
    if not isinstance(data, dict):
        return _empty()
    known = data.get("paths")
    erased = data.get("erased")
    return {
        "paths": {str(k): str(v) for k, v in known.items() if isinstance(v, str)} if isinstance(known, dict) else {},
        "erased": {str(k): sorted({str(i) for i in v if isinstance(i, str)}) for k, v in erased.items()
                   if isinstance(v, list)} if isinstance(erased, dict) else {},
    }


def _save(data: dict[str, Any]) -> bool:
    from progression.atomic import write_text_atomic

    try:
        write_text_atomic(paths.registry_file(), json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
    except (ProgressionError, OSError):
        return False  # a read-only data folder: the carnet and its backups still hold it all
    return True


def identity_at(carnet: Path) -> str | None:
    """The identity last seen at this path, or None if this computer never backed it up."""
    data = _load()
    return None if data is None else data["paths"].get(path_key(carnet))


def remember(carnet: Path, identity: str, erased: Iterable[str] = ()) -> None:
    """Note which carnet is at ``carnet`` and which pupils were erased from it; writes only news."""
    data = _load()
    if data is None:
        return
    key = path_key(carnet)
    known_erased = set(data["erased"].get(identity, []))
    news = set(erased) - known_erased
    if data["paths"].get(key) == identity and not news:
        return
    data["paths"][key] = identity
    if news:
        data["erased"][identity] = sorted(known_erased | news)
    _save(data)


def remember_erased(identity: str, pupil_ids: Iterable[str]) -> bool:
    """Add erased pupils' ids for this carnet; False if the data folder could not be written."""
    data = _load()
    if data is None:
        return False
    known = set(data["erased"].get(identity, []))
    wanted = known | set(pupil_ids)
    if wanted == known:
        return True
    data["erased"][identity] = sorted(wanted)
    return _save(data)


def erased_from(identity: str | None) -> set[str]:
    """The ids of the pupils erased from this carnet, as this computer remembers them."""
    data = _load() if identity is not None else None
    return set() if data is None else set(data["erased"].get(identity, []))
