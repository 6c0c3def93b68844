"""Render the app icon (resources/icons/app/mysterycaller.svg) to PNGs for the installers.

    .venv/bin/python packaging/make_icons.py build/icons

writes mysterycaller-<size>.png for 16 to 1024 pixels, mysterycaller.png (256) for the Linux
desktop entry and, with Pillow, mysterycaller.ico for the Windows installer; PyInstaller turns
the 1024 one into the icon of the .exe and the macOS .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app" / "mysterycaller.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    out = Path(argv[0] if argv else ROOT / "build" / "icons")
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} is not a valid SVG file", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"mysterycaller-{size}.png"))
        if size == 256:
            image.save(str(out / "mysterycaller.png"))
    try:  # the Windows installer's icon; Pillow comes with the "freeze" tools
        from PIL import Image
    except ImportError:
        return 0
    with Image.open(out / "mysterycaller-256.png") as image:
        image.save(out / "mysterycaller.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
