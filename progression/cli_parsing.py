"""How the command line reads its arguments: French usage errors, and one subcommand's parser
built at a time (``progression.cli.build_parser``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any


class FrenchParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"Erreur d'utilisation : {message}\n")


class OnlyCommand:
    """The subcommands as ``build_parser`` declares them, where only ``command`` (all if None) gets a
    parser: a call names one, and the twenty-three others' parsers would be 6 ms of every call."""

    def __init__(self, sub: Any, command: str | None) -> None:
        self._sub, self._command = sub, command

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        return self._sub.add_parser(name, **kwargs) if self._command in (None, name) else _NOT_BUILT


class _NotBuilt:
    """A subcommand's parser that is not built: what it is told is dropped."""

    def __getattr__(self, name: str) -> Callable[..., _NotBuilt]:
        return lambda *args, **kwargs: self


_NOT_BUILT = _NotBuilt()
