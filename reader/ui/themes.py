"""The reading themes (light, sepia, dark, or following the system): their colours, and the
palette each gives the window's widgets (the headline list, the panels, the page view)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: The choices offered, in menu order; "system" follows the desktop's light or dark scheme.
THEME_CHOICES: tuple[str, ...] = ("system", "light", "sepia", "dark")


@dataclass(frozen=True, slots=True)
class Theme:
    """One look: the pane's colours and those of the widgets around it (CSS hex strings)."""

    name: str
    dark: bool
    #: The reading pane's paper, its text, secondary text, links and labels, and rules.
    paper: str
    text: str
    muted: str
    accent: str
    rule: str
    #: Behind the panels and the menus' bar; the list's background; selected rows.
    window: str
    base: str
    alternate: str
    selection: str
    selected_text: str
    #: Around the page picture; the paper of a page sketched from its layout.
    backdrop: str
    sketch_paper: str


LIGHT = Theme(
    name="light",
    dark=False,
    paper="#fbf8f1",
    text="#24211c",
    muted="#6f6a60",
    accent="#9c2f21",
    rule="#e2dccd",
    window="#efefed",
    base="#ffffff",
    alternate="#f6f5f2",
    selection="#2f6db5",
    selected_text="#ffffff",
    backdrop="#606060",
    sketch_paper="#f6f2e8",
)
SEPIA = Theme(
    name="sepia",
    dark=False,
    paper="#f3e9d2",
    text="#3a2e1f",
    muted="#7a6850",
    accent="#8c3b17",
    rule="#dbcaa6",
    window="#e7dcc2",
    base="#f6eedb",
    alternate="#efe4cb",
    selection="#8c5a2b",
    selected_text="#fffaf0",
    backdrop="#6e6250",
    sketch_paper="#efe3c8",
)
DARK = Theme(
    name="dark",
    dark=True,
    paper="#1f1e1b",
    text="#e6e1d6",
    muted="#a39d90",
    accent="#e0a458",
    rule="#3a3832",
    window="#2a2926",
    base="#232220",
    alternate="#2b2a27",
    selection="#4d6f9c",
    selected_text="#ffffff",
    backdrop="#141413",
    sketch_paper="#cfc9bb",
)
THEMES: dict[str, Theme] = {theme.name: theme for theme in (LIGHT, SEPIA, DARK)}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def system_prefers_dark(desktop: QPalette) -> bool:
    """The desktop's scheme (Qt 6.5+ ``QStyleHints.colorScheme``); when the platform does not
    say, the desktop palette's own lightness decides."""
    from PySide6.QtCore import Qt

    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return is_dark(desktop)


def resolve_theme(choice: str, system_dark: bool) -> Theme:
    """The theme for a setting ("system" or a theme's name; anything else counts as system)."""
    if choice in THEMES:
        return THEMES[choice]
    return DARK if system_dark else LIGHT


def theme_palette(theme: Theme, desktop: QPalette) -> QPalette:
    """The palette for the window's widgets under ``theme``.

    Light on a light desktop and dark on a dark one keep the desktop's own palette (its accent
    and contrast settings); otherwise the theme's colours replace it.
    """
    if theme.name != SEPIA.name and theme.dark == is_dark(desktop):
        return QPalette(desktop)
    palette = QPalette(desktop)
    text, muted = QColor(theme.text), QColor(theme.muted)
    window, base = QColor(theme.window), QColor(theme.base)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(theme.alternate),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.PlaceholderText: muted,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Highlight: QColor(theme.selection),
        QPalette.ColorRole.HighlightedText: QColor(theme.selected_text),
        QPalette.ColorRole.Link: QColor(theme.accent),
        QPalette.ColorRole.BrightText: QColor(theme.paper),
        QPalette.ColorRole.Light: window.lighter(130),
        QPalette.ColorRole.Midlight: window.lighter(115),
        QPalette.ColorRole.Mid: window.darker(130),
        QPalette.ColorRole.Dark: window.darker(160),
        QPalette.ColorRole.Shadow: window.darker(250),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return palette
