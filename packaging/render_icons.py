"""Render the icon SVG to the hicolor PNG sizes: ``python packaging/render_icons.py``.

Run from anywhere (it finds the checkout from its own path) after editing
``resources/icons/hicolor/scalable/apps/io.github.broadsheet.Broadsheet.svg``, then commit the
PNGs; ``tests/test_icons.py`` checks that they match the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.ui.resources import ICON_SIZES, icon_png_path, icon_svg_path  # noqa: E402


def render(size: int):  # -> QImage (Qt is imported here: the module imports without it)
    """The SVG drawn at ``size`` x ``size`` pixels on a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(icon_svg_path()))
    if not renderer.isValid():
        raise SystemExit(f"{icon_svg_path()}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in ICON_SIZES:
        path = icon_png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path), "PNG"):
            raise SystemExit(f"{path}: cannot write")
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
