"""The shape of the house, checked: no import cycle, small files, one door into the carnet.

Read from the source with ``ast`` (nothing is imported), so a failure names the modules and
lines to look at.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("progression", "exports", "ui")
LONGEST_FILE = 600
# Generated or declarative files: their length is their content.
LONG_ALLOWED = ("progression/schema.py", "progression/migrations/")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _imports(tree: ast.AST) -> Iterator[tuple[ast.Import | ast.ImportFrom, int]]:
    """Every import, at any depth: inside functions and ``if TYPE_CHECKING`` too (a cycle of
    types is still a cycle of knowledge between two modules)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, node.lineno


def import_graph() -> dict[str, dict[str, int]]:
    """module → {module it imports: line}."""
    modules = _modules()

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, dict[str, int]] = {name: {} for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node, line in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [known(alias.name) for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*parts, base] if base else parts)
                targets = [known(f"{base}.{alias.name}") if f"{base}.{alias.name}" in modules else known(base)
                           for alias in node.names]
            for target in targets:
                if target is not None and target != name:
                    graph[name].setdefault(target, line)
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in graph:
        if module not in index:
            visit(module)
    return groups


def test_no_import_cycle_between_the_projects_modules() -> None:
    graph = import_graph()
    found = cycles(graph)
    described = []
    for group in found:
        edges = [f"{a} → {b} (ligne {graph[a][b]})" for a in group for b in graph[a] if b in group]
        described.append(", ".join(edges))
    assert not found, "import cycles:\n" + "\n".join(described)


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b": 1}, "b": {}}) == []


def test_no_python_file_is_longer_than_600_lines() -> None:
    long = []
    for folder in (*PACKAGES, "tests", "tools"):
        for path in (ROOT / folder).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(LONG_ALLOWED):
                continue
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > LONGEST_FILE:
                long.append(f"{relative}: {lines}")
    assert not long, "longer than 600 lines:\n" + "\n".join(long)


def _ui_sources() -> Iterator[tuple[Path, str]]:
    for path in sorted((ROOT / "ui").rglob("*.py")):
        yield path, path.read_text(encoding="utf-8")


def test_widgets_change_a_carnet_only_through_the_runner() -> None:
    """``ActionRunner.run`` is the one door: no widget runs an operation on the service itself."""
    calls = [f"{path.relative_to(ROOT)}:{text[:match.start()].count(chr(10)) + 1}"
             for path, text in _ui_sources() if path.name != "runner.py"
             for match in re.finditer(r"\bservice\s*\.\s*run\s*\(", text)]
    assert not calls, "service.run called outside the runner: " + ", ".join(calls)


def test_only_the_runner_says_what_changed() -> None:
    emits = [f"{path.relative_to(ROOT)}:{text[:match.start()].count(chr(10)) + 1}"
             for path, text in _ui_sources() if path.name != "runner.py"
             for match in re.finditer(r"\.\s*(changed|undo_state_changed)\s*\.\s*emit\s*\(", text)]
    assert not emits, "change signals emitted outside the runner: " + ", ".join(emits)
