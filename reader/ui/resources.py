"""Where bundled resources (the sample issue, icons, screenshots) live, installed or in a
checkout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

#: The sample issue a first launch opens.
SAMPLE_ISSUE = "zh-daily"


def resources_dir() -> Path:
    """The ``resources`` folder: in the installed package when shipped there, else the repo's."""
    packaged = Path(__file__).resolve().parents[1] / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def sample_issue_path(name: str = SAMPLE_ISSUE) -> Path:
    """The folder of a bundled sample issue (``zh-daily`` or ``en-gazette``)."""
    return resources_dir() / "sample" / name


#: The application's id (AppStream component, desktop entry, icon name).
APP_ID = "io.github.broadsheet.Broadsheet"

#: The sizes the icon is rendered at (``python packaging/render_icons.py``).
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def icon_theme_dir() -> Path:
    """The icons laid out as the hicolor theme wants them (``NxN/apps``, ``scalable/apps``)."""
    return resources_dir() / "icons" / "hicolor"


def icon_svg_path() -> Path:
    """The icon's SVG source."""
    return icon_theme_dir() / "scalable" / "apps" / f"{APP_ID}.svg"


def icon_png_path(size: int) -> Path:
    """The icon rendered at ``size`` x ``size`` pixels."""
    return icon_theme_dir() / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def app_icon() -> QIcon:
    """The window icon: every rendered size (Qt picks the one nearest what it draws)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:  # (sizes given: no file is read until a size is drawn)
        icon.addFile(str(icon_png_path(size)), QSize(size, size))
    return icon
