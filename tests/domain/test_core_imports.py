"""The core never imports Qt: every module of ``progression`` and ``exports`` imports with
PySide6 blocked."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import importlib, pkgutil, sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in this test")
        return None

sys.meta_path.insert(0, Block())
import progression, exports
names = []
for package in (progression, exports):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations.versions" in info.name or info.name.endswith(("migrations.env", "__main__")):
            continue
        importlib.import_module(info.name)
        names.append(info.name)
assert "PySide6" not in sys.modules
print(len(names))
"""


def test_progression_and_exports_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15


def test_exports_never_imports_progression() -> None:
    for file in (ROOT / "exports").rglob("*.py"):
        text = file.read_text(encoding="utf-8")
        assert "import progression" not in text and "from progression" not in text, file
        assert "PySide6" not in text, file
