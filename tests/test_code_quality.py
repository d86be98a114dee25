"""ruff and mypy stay clean: part of the test suite so CI and every developer run them."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} n'est pas installé (extra « test »)")
    return found


def test_ruff_is_clean() -> None:
    result = subprocess.run([_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_plain_pytest_collects_every_test_module() -> None:
    """``pytest`` as well as ``python -m pytest``: neither tests/exports shadowing the exports package
    nor an import of tests.ui.conftest may stop a module from being collected."""
    result = subprocess.run([_tool("pytest"), "--collect-only", "-q", "-n", "0", "-p", "no:cacheprovider"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    # Quiet twice (the project's -q and ours): one "path: count" line a module.
    collected = {line.split(":")[0] for line in result.stdout.splitlines() if line.startswith("tests/")}
    on_disk = {path.relative_to(ROOT).as_posix() for path in (ROOT / "tests").rglob("test_*.py")
               if "benchmarks" not in path.parts}
    assert on_disk <= collected, sorted(on_disk - collected)
