"""The ``progression`` command: a known subcommand goes to the command line, anything else
starts the desktop app.

It lives above both floors, outside ``ui``, so that a subcommand loads neither Qt nor the
interface package: ``progression --help``, ``check`` and ``backup`` load the standard library
and a few core modules only, and each other subcommand what it uses (``progression.cli``
imports per subcommand). The desktop app gets the core first, then Qt (``ui.load_core_first``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # A windowed Windows executable has no console: printing would raise, so discard output there.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
    args = list(sys.argv[1:] if argv is None else argv)
    from progression.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help")):
        from progression.cli import main as cli_main

        return cli_main(args)
    import ui

    ui.load_core_first()
    from ui.startup import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
