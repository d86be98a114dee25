"""The ``progression`` command as the interface package knew it: see ``progression_start``, which
the installed command runs (outside ``ui``, so that a subcommand never loads this package)."""

from __future__ import annotations

import sys

from progression_start import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
