"""The PyInstaller bundle works: built from build.spec, then run frozen and without a screen.

SLOW (about a minute on 2 cores: the build dominates). It runs in the default
``python -m pytest`` because a bundle that fails only on the teacher's machine is the worst
kind of failure; ``-m "not slow"`` skips it while iterating. Skipped only when PyInstaller
is not installed (it is in the ``test`` extra).
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller n'est pas installé (extra « test » ou « build »)")

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
NAME = "Progression"
MAX_BUNDLE_BYTES = 400 * 1024 * 1024  # ~175 MiB on Linux; alarms well before a forgotten WebEngine
# Files whose presence means an exclusion in build.spec stopped working (names are matched
# case-insensitively anywhere in the bundle, so .so, .dll and .dylib alike).
UNWANTED_FILES = (
    "qtwebengine", "qt6webengine", "qt6quick", "qtquick", "qt6qml", "qtqml", "qt63d", "qt3d", "qt6multimedia",
    "qtmultimedia", "qt6charts", "qtcharts", "qt6datavisualization", "qt6bluetooth", "qt6network", "qtnetwork",
    "qt6sql", "qtsql", "qt6test", "qttest", "qt6pdf", "qtpdf", "qt6designer", "qt6opengl", "qtopengl", "qt6svg",
    "qtsvg", "_tkinter", "libtk", "libtcl", "opengl32sw",
)
UNWANTED_MODULES = ("tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "pypdf", "pygments")


def _exe(folder: Path, name: str) -> Path:
    return folder / (name + ".exe" if sys.platform == "win32" else name)


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Build once for the module; returns (bundle folder, PyInstaller work folder)."""
    base = tmp_path_factory.mktemp("bundle")
    dist, work = base / "dist", base / "work"
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work)],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    folder = dist / NAME
    assert _exe(folder, NAME).is_file() and _exe(folder, "progression-cli").is_file()
    return folder, work


@pytest.fixture(scope="module")
def frozen_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PROGRESSION_HOME"] = str(tmp_path_factory.mktemp("frozen-home"))  # never the developer's own folder
    for leak in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP"):  # the bundle must not lean on the dev environment
        env.pop(leak, None)
    return env


def _run(program: Path, args: Sequence[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(program), *args], env=env, cwd=cwd, capture_output=True, text=True,
                            encoding="utf-8", timeout=180, check=False)
    assert result.returncode == 0, f"{program.name} {' '.join(args)} → {result.returncode}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def frozen_carnet(build: tuple[Path, Path], frozen_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
                  ) -> Path:
    """A demo carnet made by the frozen program: proves the bundled migrations and frameworks."""
    folder = tmp_path_factory.mktemp("frozen-run")
    carnet = folder / "classe.carnet"
    _run(_exe(build[0], "progression-cli"), ["demo", str(carnet)], frozen_env, folder)
    assert carnet.is_file()
    return carnet


def test_frozen_command_line(build: tuple[Path, Path], frozen_env: dict[str, str], frozen_carnet: Path) -> None:
    cli = _exe(build[0], "progression-cli")
    folder = frozen_carnet.parent
    _run(cli, ["check", str(frozen_carnet)], frozen_env, folder)

    info = json.loads(_run(cli, ["info", str(frozen_carnet), "--json"], frozen_env, folder).stdout)
    assert info["counts"]["pupils"] == 24

    # ReportLab, its lazily imported pieces and the font lookup, all frozen.
    pdf = folder / "periode1.pdf"
    _run(cli, ["export", str(frozen_carnet), "--period", "1", "--format", "pdf", "--out", str(pdf)], frozen_env,
         folder)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 10_000
    assert b"/FontFile2" in data, "no TrueType font embedded: accented and foreign names would print as ■"

    # The LSU file: the standard library's XML writer and lxml's validator, frozen too.
    lsu = folder / "lsu.xml"
    result = _run(cli, ["export", str(frozen_carnet), "--period", "1", "--format", "lsu", "--out", str(lsu), "--uai",
                        "0751234A", "--directeur", "Mme MARTIN Claire", "--enseignant", "M. DURAND Paul"], frozen_env,
                  folder)
    assert b"urn:fr:edu:scolarite:lsun:bilans:import" in lsu.read_bytes()
    assert "validé contre ce schéma" in result.stdout


def test_frozen_window_screenshot(build: tuple[Path, Path], frozen_env: dict[str, str], frozen_carnet: Path) -> None:
    if not (ROOT / "ui" / "main_window.py").exists():
        pytest.skip("ui/main_window.py n'existe pas encore : pas de fenêtre à photographier")
    png = frozen_carnet.parent / "fenetre.png"
    # The windowed executable: on Linux and macOS it reports errors to the terminal like the CLI one.
    _run(_exe(build[0], NAME), [str(frozen_carnet), "--screenshot", str(png)], frozen_env, frozen_carnet.parent)
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk always comes first
    assert width >= 800 and height >= 500 and len(data) > 20_000, "the window did not paint"


def test_the_workflow_smoke_script_passes(build: tuple[Path, Path], tmp_path: Path) -> None:
    """packaging/smoke_test.py, what the forge's workflow runs on each system: PDF, xlsx, LSU, screenshot."""
    env = {key: value for key, value in os.environ.items() if key != "PROGRESSION_HOME"}
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(build[0]),
                             str(tmp_path / "smoke")], env=env, capture_output=True, text=True, timeout=600,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "smoke" / "grille.xlsx").read_bytes().startswith(b"PK")
    assert sorted(p.name for p in (tmp_path / "smoke").iterdir()) == [
        "classe-demo.carnet", "fenetre.png", "grille.xlsx", "lsu.xml", "periode1.pdf"]


def test_bundle_is_small_and_lean(build: tuple[Path, Path]) -> None:
    folder, work = build
    files = [p for p in folder.rglob("*") if not p.is_symlink() and p.is_file()]
    size = sum(p.stat().st_size for p in files)
    assert size < MAX_BUNDLE_BYTES, f"bundle is {size / 2**20:.0f} MiB"

    unwanted = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                      if any(word in p.name.lower() for word in UNWANTED_FILES))
    assert not unwanted, f"excluded Qt/Tk files are in the bundle: {unwanted}"

    broken = [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    assert not broken, f"links to files build.spec dropped: {broken}"

    from PyInstaller.archive.readers import ZlibArchiveReader

    archives = list((work / "build").glob("PYZ-*.pyz"))  # "build" is the spec's name
    assert archives, "PyInstaller's module archive not found where expected"
    modules = {name.split(".")[0] for archive in archives for name in ZlibArchiveReader(str(archive)).toc}
    assert not modules & set(UNWANTED_MODULES), f"test or dev tools bundled: {sorted(modules & set(UNWANTED_MODULES))}"
    assert {"progression", "exports", "ui", "alembic", "sqlalchemy", "reportlab", "openpyxl"} <= modules


def test_bundle_carries_its_data(build: tuple[Path, Path]) -> None:
    """Data lands where ``resources.ROOT`` and the migration runner look for it."""
    internal = build[0] / "_internal" if (build[0] / "_internal").is_dir() else build[0]
    assert sorted(p.name for p in (internal / "resources" / "frameworks").glob("*.json")) == sorted(
        p.name for p in (ROOT / "resources" / "frameworks").glob("*.json"))
    assert (internal / "resources" / "norms" / "fluency.json").is_file()
    assert (internal / "resources" / "calendars" / "school_holidays.json").is_file()
    # The LSU export validates against these before writing (with lxml, bundled too).
    assert sorted(p.name for p in (internal / "resources" / "lsu").glob("*.xsd")) == [
        "import-bilan-1d-1.0.xsd", "import-bilan-1d-1.0b.xsd"]
    assert (internal / "resources" / "icons" / "progression.png").is_file()
    # Aide › Guide (F1) reads the guide there, pictures included (progression.paths.guide_file).
    assert (internal / "resources" / "guide" / "guide.md").read_bytes() == (ROOT / "docs" / "guide.md").read_bytes()
    assert (internal / "resources" / "guide" / "images" / "saisie.png").is_file()
    migrations = internal / "progression" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert sorted(p.name for p in (migrations / "versions").glob("*.py")) == sorted(
        p.name for p in (ROOT / "progression" / "migrations" / "versions").glob("*.py"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd: Linux only")
def test_linux_libraries_come_from_the_bundle(build: tuple[Path, Path]) -> None:
    """Every kept plugin and library finds what it links in the bundle, except the libraries
    PyInstaller always leaves to the system (libc, libGL/libEGL, libxcb, libwayland-*...).

    The offscreen runs above never load the xcb and Wayland plugins; this catches a library
    build.spec dropped that those still need on a real desktop (here it would quietly load
    from the build machine's /usr/lib, and be missing on the teacher's).
    """
    from PyInstaller.depend.dylib import include_library

    internal = (build[0] / "_internal").resolve()
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}  # what the bootloader sets at start
    wrong = set()
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        listing = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True, check=False).stdout
        for line in listing.splitlines():
            name, arrow, where = line.strip().partition(" => ")
            if not arrow:  # linux-vdso, the dynamic loader
                continue
            found = where.split(" (")[0]
            inside = found != "not found" and Path(found).resolve().is_relative_to(internal)
            if not inside and include_library(name):
                wrong.add(f"{path.relative_to(internal)} needs {name}: {found}")
    assert not wrong, "\n".join(sorted(wrong))
