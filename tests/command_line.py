"""The command line run inside the test process: ``progression.cli.main`` with its output caught.

Starting a Python for every command cost about half a second each (the suite ran some hundred of
them); the command's contract — exit status, one French sentence on stderr, output on stdout —
is the same in-process. A few tests still start a real ``python -m progression`` to hold the
contract end to end (tests/domain/test_cli.py).
"""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from progression.cli import main


@dataclass(frozen=True)
class Ran:
    """What a command did, shaped like ``subprocess.CompletedProcess`` so tests read it the same way."""

    returncode: int
    stdout: str
    stderr: str


def run_progression(*args: object, cwd: Path | None = None) -> Ran:
    out, err = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main([str(arg) for arg in args])
            except SystemExit as stop:  # argparse: --help, or wrong usage (2)
                code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    finally:
        os.chdir(previous)
    return Ran(code, out.getvalue(), err.getvalue())
