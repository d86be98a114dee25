"""Run a frozen bundle the way a teacher would, without a screen: the command line makes the demo
class, checks it and writes a PDF, an xlsx and an LSU file; the window renders a screenshot.

    python packaging/smoke_test.py dist/Progression OUTDIR

Used by the continuous-integration workflow on Windows, macOS and Linux (.github/workflows/bundles.yml)
and by tests/build on this machine. Exit 0 when everything worked; otherwise one line per failure.
Only the standard library: it runs with any Python, beside the bundle it checks.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

NAME = "Progression"
LSU_IDENTITY = ["--uai", "0751234A", "--directeur", "Mme MARTIN Claire", "--enseignant", "M. DURAND Paul"]


def executable(folder: Path, name: str) -> Path:
    """``name`` in the bundle folder, or inside the macOS .app beside it."""
    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (folder / f"{name}{suffix}", folder.parent / f"{NAME}.app" / "Contents" / "MacOS" / name):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"{name}{suffix} is not in {folder}")


def environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PROGRESSION_HOME"] = str(home)  # never the runner's own data folder
    return env


def run(program: Path, args: list[str], env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run([str(program), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{program.name} {' '.join(args)} -> {done.returncode}: {done.stderr.strip()[-2000:]}")
    return done.stdout


def png_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return (0, 0)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def smoke(folder: Path, out: Path) -> list[str]:
    """What failed (empty when everything worked); the files made stay in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    cli, app = executable(folder, "progression-cli"), executable(folder, NAME)
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="progression-smoke-") as home:
        env = environment(Path(home))
        carnet = out / "classe-demo.carnet"
        carnet.unlink(missing_ok=True)
        steps: list[tuple[str, list[str], Path | None, bytes]] = [
            ("demo", ["demo", str(carnet)], carnet, b"SQLite format 3\x00"),
            ("check", ["check", str(carnet)], None, b""),
            ("pdf", ["export", str(carnet), "--period", "1", "--format", "pdf", "--out", str(out / "periode1.pdf")],
             out / "periode1.pdf", b"%PDF-"),
            ("xlsx", ["export", str(carnet), "--period", "1", "--format", "xlsx", "--out", str(out / "grille.xlsx")],
             out / "grille.xlsx", b"PK\x03\x04"),
            ("lsu", ["export", str(carnet), "--period", "1", "--format", "lsu", "--out", str(out / "lsu.xml"),
                     *LSU_IDENTITY], out / "lsu.xml", b"<?xml"),
        ]
        for label, args, made, magic in steps:
            try:
                run(cli, args, env, out)
            except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
                failures.append(f"{label}: {error}")
                if label == "demo":
                    return failures  # nothing else can run without the carnet
                continue
            if made is not None and (not made.is_file() or not made.read_bytes().startswith(magic)):
                failures.append(f"{label}: {made} was not written as expected")
        if (out / "periode1.pdf").is_file() and b"/FontFile2" not in (out / "periode1.pdf").read_bytes():
            failures.append("pdf: no TrueType font embedded (names would print as ■)")
        lsu = out / "lsu.xml"
        if lsu.is_file() and b"urn:fr:edu:scolarite:lsun:bilans:import" not in lsu.read_bytes():
            failures.append("lsu: not an LSU import file")
        png = out / "fenetre.png"
        try:
            run(app, [str(carnet), "--screenshot", str(png)], env, out)
            width, height = png_size(png.read_bytes())
            if width < 800 or height < 500:
                failures.append(f"screenshot: {width}x{height}, the window did not paint")
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
            failures.append(f"screenshot: {error}")
    return failures


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    failures = smoke(Path(args[0]).resolve(), Path(args[1]).resolve())
    for failure in failures:
        print(failure, file=sys.stderr)
    if not failures:
        print("bundle OK: demo, check, PDF, xlsx, LSU, screenshot")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
