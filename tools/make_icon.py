"""Draw Progression's icon once; the PNG, ICO and ICNS it writes are committed.

Run again only when the drawing changes: ``python tools/make_icon.py``. Drawn with Qt's
QPainter (already a dependency) so nobody needs a vector editor; written to .ico/.icns with
Pillow, which ReportLab already brings. The build only reads the files, so neither tool is
needed to make a bundle.

The picture: three rising steps of a reading path on a blue tile, the last one in the
"Atteints" green of the scale. Each size is painted separately (not scaled down from the
big one) so the 16 and 32 px versions in the Windows taskbar stay sharp.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: works on a machine without a screen

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024  # Pillow derives the smaller Retina sizes from it


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)  # draw on a 256-unit grid whatever the size
    painter.setPen(Qt.PenStyle.NoPen)

    tile = QLinearGradient(0, 0, 0, 256)
    tile.setColorAt(0, QColor("#3b6fd8"))
    tile.setColorAt(1, QColor("#1f4aa8"))
    painter.setBrush(tile)
    # Small sizes get a bigger tile and thicker steps: margins that look right at 256 px
    # leave 2-pixel slivers at 16 px.
    margin = 8 if size >= 48 else 0
    painter.drawRoundedRect(QRectF(margin, margin, 256 - 2 * margin, 256 - 2 * margin), 48, 48)

    side, gap = (52, 14) if size >= 48 else (36, 20)
    width = (256 - 2 * side - 2 * gap) / 3
    base = 204
    for index, (height, colour) in enumerate(((60, "#ffffff"), (104, "#ffffff"), (148, "#74c476"))):
        left = side + index * (width + gap)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(left, base - height, width, height), 10, 10)
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    straight = image.convertToFormat(QImage.Format.Format_RGBA8888)  # Pillow wants non-premultiplied RGBA
    return Image.frombytes("RGBA", (straight.width(), straight.height()), bytes(straight.constBits()))


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])  # Qt sets up its platform and image plugins with it
    ICONS.mkdir(parents=True, exist_ok=True)
    to_pillow(draw(256)).save(ICONS / "progression.png", format="PNG")  # window icon and Linux desktop file
    frames = [to_pillow(draw(size)) for size in ICO_SIZES]
    frames[-1].save(ICONS / "progression.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=frames[:-1])
    to_pillow(draw(ICNS_SIZE)).save(ICONS / "progression.icns", format="ICNS")
    for name in ("progression.png", "progression.ico", "progression.icns"):
        print(f"{ICONS / name} ({(ICONS / name).stat().st_size} octets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
