"""Describe this version's schema, as its migrations make it, into resources/schema/reference.json.

    python tools/update_reference_schema.py          # after adding or changing a migration
    python tools/update_reference_schema.py --check  # exit 1 if the file is behind the migrations

A copy merged or synced is checked against this description (``progression.merge_checks``).
"""

from __future__ import annotations

import argparse
import json
import sys


def main() -> int:
    from progression.merge_checks import REFERENCE_SCHEMA, migrated_schema

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    described = json.dumps(migrated_schema(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.check:
        current = REFERENCE_SCHEMA.read_text(encoding="utf-8") if REFERENCE_SCHEMA.exists() else ""
        if current != described:
            print(f"{REFERENCE_SCHEMA} ne décrit plus les migrations : lancez python tools/update_reference_schema.py",
                  file=sys.stderr)
            return 1
        return 0
    REFERENCE_SCHEMA.write_text(described, encoding="utf-8")
    print(f"{REFERENCE_SCHEMA} écrit.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
