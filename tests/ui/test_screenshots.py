"""``python -m ui.screenshots``: the guide's pictures are made without a screen, from a demo copy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from ui.screenshots import NAMES

ROOT = Path(__file__).resolve().parents[2]
MAX_BYTES = 250_000


def colours(image: QImage, step: int = 7) -> set[int]:
    """The colours met on a grid of sample points (enough to tell a picture from a blank)."""
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


def test_every_screen_gets_a_picture(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "images"
    before = demo_path.read_bytes()
    # As docs/make_images.py runs it: a fresh process, so Qt starts offscreen on the script's own screen.
    result = subprocess.run([sys.executable, "-m", "ui.screenshots", str(demo_path), str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    for name in NAMES:
        path = out / name
        assert path.is_file(), name
        image = QImage(str(path))
        assert not image.isNull(), name
        assert image.width() >= 800, name
        assert len(colours(image)) > 1, f"{name} is a single colour"
        assert path.stat().st_size <= MAX_BYTES, f"{name}: {path.stat().st_size} bytes"
    assert sorted(p.name for p in out.iterdir()) == sorted(NAMES)
    assert demo_path.read_bytes() == before  # the carnet given is only read


def test_a_missing_carnet_is_said_in_french(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "ui.screenshots", str(tmp_path / "absent.carnet"),
                             str(tmp_path / "images")], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 1
    assert "introuvable" in result.stderr
    assert not (tmp_path / "images").exists()
