"""Regenerate the pictures of the README and the user guide from the demo class.

    python docs/make_images.py

Makes a fresh demo carnet, exports the period documents and renders their first pages
with ``pdftoppm`` (poppler-utils), and takes screenshots of the app's screens offscreen.
Run it after any change to the screens or the documents, so the pictures stay true.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"


def progression(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "progression", *args], check=True, cwd=ROOT)


def render_page(pdf: Path, page: int, name: str, resolution: int = 70) -> None:
    stem = IMAGES / name
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PROGRESSION_HOME"] = tempfile.mkdtemp(prefix="progression-docs-")
    work = Path(tempfile.mkdtemp(prefix="progression-images-"))
    IMAGES.mkdir(parents=True, exist_ok=True)
    carnet = work / "demo.carnet"
    # The whole demo year, whatever the day: the pictures must not depend on when they are made
    # (``progression demo`` stops at today).
    from progression.demo import make_demo

    make_demo(carnet).close()
    if shutil.which("pdftoppm"):
        progression("export", str(carnet), "--period", "2", "--format", "pdf", "--out", str(work / "bilans.pdf"))
        progression("export", str(carnet), "--period", "2", "--format", "class-pdf", "--out", str(work / "classe.pdf"))
        render_page(work / "bilans.pdf", 1, "bilan-eleve")
        render_page(work / "classe.pdf", 1, "synthese-classe")
    else:
        print("pdftoppm absent : images des documents non régénérées", file=sys.stderr)
    screenshots = ROOT / "ui" / "screenshots.py"
    if screenshots.exists():
        subprocess.run([sys.executable, "-m", "ui.screenshots", str(carnet), str(IMAGES)], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
