"""The portable archive of a built bundle: ``dist/Progression`` packed as one file to unpack anywhere.

    python packaging/portable.py [DIST]      (default: dist)

Windows: ``Progression-<version>-windows-<arch>.zip`` (Explorer opens zips; the teacher extracts
it, then starts Progression.exe: nothing to install, nothing written outside the folder but the data
folder). Linux: ``Progression-<version>-linux-<arch>.tar.gz`` (a tar keeps the executable bits and the
links of the Qt libraries). macOS: the .dmg comes from packaging/macos/make_dmg.sh instead.
Prints the archive's path.
"""

from __future__ import annotations

import platform
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import progression  # noqa: E402 - the version of the code being packed

SYSTEMS = {"win32": "windows", "darwin": "macos"}


def archive_name(system: str, machine: str) -> str:
    arch = {"amd64": "x64", "x86_64": "x64" if system == "windows" else "x86_64"}.get(machine.lower(), machine.lower())
    return f"{progression.APP_NAME}-{progression.__version__}-{system}-{arch}"


def pack(dist: Path, system: str | None = None, machine: str | None = None) -> Path:
    system = system or SYSTEMS.get(sys.platform, "linux")
    folder = dist / progression.APP_NAME
    if not folder.is_dir():
        raise SystemExit(f"{folder} does not exist: build it first with `pyinstaller build.spec`")
    base = dist / archive_name(system, machine or platform.machine())
    kind = "zip" if system == "windows" else "gztar"
    # The archive holds one "Progression" folder, so extracting it never scatters files.
    return Path(shutil.make_archive(str(base), kind, root_dir=dist, base_dir=progression.APP_NAME))


if __name__ == "__main__":
    print(pack(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"))
