"""The icon: a PNG at every size, each what the SVG renders to (packaging/render_icons.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.ui.resources import ICON_SIZES, app_icon, icon_png_path, icon_svg_path

ROOT = Path(__file__).resolve().parents[1]


def load_renderer():  # packaging/ is scripts, not a package (it would shadow PyPI's packaging)
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_svg_is_there_and_names_the_app() -> None:
    text = icon_svg_path().read_text(encoding="utf-8")
    assert "<svg" in text and "<title>Broadsheet</title>" in text


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_png_size_is_rendered_from_the_svg(qapp: object, size: int) -> None:
    path = icon_png_path(size)
    assert path.is_file(), f"missing {path}: run python packaging/render_icons.py"
    committed = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    assert (committed.width(), committed.height()) == (size, size)
    fresh = load_renderer().render(size)
    # The same drawing, allowing for anti-aliased edges that differ between Qt versions.
    a, b = bytes(committed.constBits()), bytes(fresh.constBits())
    assert len(a) == len(b)
    differing = sum(abs(x - y) > 16 for x, y in zip(a, b, strict=True))
    assert differing <= len(a) // 200, f"{path} is stale: run python packaging/render_icons.py"


def test_the_window_icon_has_every_size(qapp: object) -> None:
    icon = app_icon()
    sizes = sorted(s.width() for s in icon.availableSizes())
    assert sizes == sorted(ICON_SIZES)
    assert icon.pixmap(16, 16).toImage().pixelColor(2, 8).alpha() == 255  # drawn, not blank
