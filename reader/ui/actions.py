"""The one keymap: every command of the window with its shortcuts, menu and help text.

Menus, the cheat sheet and the tests all read ``KEYMAP``; nothing else defines a shortcut.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class Scope(StrEnum):
    """Where a shortcut works."""

    #: Anywhere in the window, even while typing in a field (Ctrl/F-keys, and keys a field ignores).
    WINDOW = "window"
    #: Only while the headline list, the filter field or the reading pane has focus, so that
    #: Space, Tab, Enter and the arrows keep their meaning in the highlight bar.
    READING = "reading"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command: its name (for code and tests), menu text, menu, shortcuts and help."""

    name: str
    text: str
    menu: str
    shortcuts: tuple[str, ...] = ()
    help: str = ""
    scope: Scope = Scope.WINDOW
    checkable: bool = False

    def key_sequences(self) -> list[QKeySequence]:
        return [QKeySequence(s) for s in self.shortcuts]


#: Menus in menu-bar order.
MENUS: tuple[str, ...] = ("&File", "&View", "&Go", "&Story", "&Highlight", "&Library", "&Help")

R = Scope.READING

KEYMAP: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open", "&Open Page or Issue…", "&File", ("Ctrl+O",), "Open a page file"),
    ActionSpec("open_folder", "Open &Folder…", "&File", ("Ctrl+Shift+O",), "Open an issue folder"),
    ActionSpec(
        "export",
        "&Export Selected…",
        "&File",
        ("Ctrl+E",),
        "Export the marked (x) or selected stories: PDF, Markdown, HTML, text",
    ),
    ActionSpec("quit", "&Quit", "&File", ("Ctrl+Q",), "Quit Broadsheet"),
    # View
    ActionSpec("zoom_in", "Zoom &In", "&View", ("Ctrl+=", "Ctrl++"), "Larger text"),
    ActionSpec("zoom_out", "Zoom &Out", "&View", ("Ctrl+-",), "Smaller text"),
    ActionSpec("zoom_reset", "&Actual Size", "&View", ("Ctrl+0",), "Default text size"),
    ActionSpec("filter", "&Filter Headlines", "&View", ("Ctrl+L",), "Type to narrow the list"),
    ActionSpec(
        "close_bars", "&Close Bars", "&View", ("Esc",), "Close the highlight bar, clear the filter"
    ),
    ActionSpec(
        "mark_read_on_show",
        "Mark Stories Read When &Shown",
        "&View",
        (),
        "Setting: a story becomes read when it is shown",
        checkable=True,
    ),
    # Go
    ActionSpec("next_story", "&Next Story", "&Go", ("J", "Down"), "Next story", R),
    ActionSpec("previous_story", "&Previous Story", "&Go", ("K", "Up"), "Previous story", R),
    ActionSpec("first_story", "&First Story", "&Go", ("G", "Home"), "First story", R),
    ActionSpec("last_story", "&Last Story", "&Go", ("Shift+G", "End"), "Last story", R),
    ActionSpec("next_page", "Next Pa&ge", "&Go", ("]",), "First story of the next page", R),
    ActionSpec(
        "previous_page", "Previous P&age", "&Go", ("[",), "First story of the previous page", R
    ),
    ActionSpec(
        "scroll_down",
        "Scroll &Down",
        "&Go",
        ("Space",),
        "Scroll a screen down; at the bottom, go to the next story",
        R,
    ),
    ActionSpec(
        "scroll_up",
        "Scroll &Up",
        "&Go",
        ("Shift+Space",),
        "Scroll a screen up; at the top, go to the previous story",
        R,
    ),
    ActionSpec(
        "toggle_focus",
        "Switch &Focus",
        "&Go",
        ("Tab", "Return", "Enter"),
        "Move focus between the list and the pane",
        R,
    ),
    ActionSpec(
        "follow_jump",
        "F&ollow Teaser",
        "&Go",
        ("O",),
        "Go to the story a teaser or a continuation line points to",
        R,
    ),
    # Story
    ActionSpec("toggle_read", "Toggle &Read", "&Story", ("M",), "Mark the story read or unread", R),
    ActionSpec(
        "extend_next",
        "Extend Selection Down",
        "&Story",
        ("Shift+J", "Shift+Down"),
        "Select the next story too",
        R,
    ),
    ActionSpec(
        "extend_previous",
        "Extend Selection Up",
        "&Story",
        ("Shift+K", "Shift+Up"),
        "Select the previous story too",
        R,
    ),
    ActionSpec(
        "select_all", "Select &All Stories", "&Story", ("Ctrl+A",), "Select every listed story", R
    ),
    ActionSpec(
        "toggle_mark",
        "&Mark for Export",
        "&Story",
        ("X",),
        "Mark or unmark the story for export (then File › Export Selected)",
        R,
    ),
    ActionSpec("clear_marks", "&Clear Export Marks", "&Story", (), "Unmark every story"),
    ActionSpec(
        "toggle_bookmark",
        "&Bookmark",
        "&Story",
        ("B",),
        "Bookmark the story, or drop its bookmark (a star in the list)",
        R,
    ),
    # Highlight
    ActionSpec(
        "find", "&Highlight Terms…", "&Highlight", ("/", "Ctrl+F"), "Open the highlight bar"
    ),
    ActionSpec(
        "next_hit", "&Next Hit", "&Highlight", ("N", "F3"), "Next hit, in the next story if needed"
    ),
    ActionSpec(
        "previous_hit",
        "&Previous Hit",
        "&Highlight",
        ("Shift+N", "Shift+F3"),
        "Previous hit, in the previous story if needed",
    ),
    ActionSpec(
        "only_hits",
        "&Only Stories with Hits",
        "&Highlight",
        (),
        "List only stories where a term occurs",
        checkable=True,
    ),
    ActionSpec(
        "whole_words",
        "&Whole Words",
        "&Highlight",
        (),
        "Match whole words (Chinese words as jieba cuts them)",
        checkable=True,
    ),
    ActionSpec(
        "save_highlight_set",
        "&Save Terms as a Set…",
        "&Highlight",
        (),
        "Keep the highlighted terms under a name, to use again (Highlight › Highlight Sets)",
    ),
    # Library
    ActionSpec(
        "search",
        "&Search the Library…",
        "&Library",
        ("Ctrl+Shift+F",),
        "Search every story of every issue opened so far",
    ),
    ActionSpec(
        "show_bookmarks",
        "&Bookmarks",
        "&Library",
        ("Ctrl+Shift+B",),
        "Show the bookmarks panel: jump, edit notes, delete, export",
    ),
    ActionSpec(
        "show_library",
        "&Issues",
        "&Library",
        ("Ctrl+Shift+L",),
        "Show every issue opened so far: open, add a folder, remove",
    ),
    # Help
    ActionSpec("cheat_sheet", "&Keyboard Shortcuts", "&Help", ("?", "F1"), "This list"),
    ActionSpec("about", "&About Broadsheet", "&Help", (), "Version and credits"),
)

del R


def spec(name: str) -> ActionSpec:
    """The spec of the action called ``name``."""
    for item in KEYMAP:
        if item.name == name:
            return item
    raise KeyError(name)


def key_text(shortcut: str) -> str:
    """One shortcut as people read it: letters as typed ("j", "G"), the rest as Qt shows it."""
    if len(shortcut) == 1 and shortcut.isalpha():
        return shortcut.lower()
    if shortcut.startswith("Shift+") and len(shortcut) == 7 and shortcut[-1].isalpha():
        return shortcut[-1].upper()
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_text(item: ActionSpec) -> str:
    """Shortcuts as people read them: "j, Down", "G, End"."""
    return ", ".join(key_text(s) for s in item.shortcuts)


def build_actions(
    parent: QWidget,
    handlers: Mapping[str, Callable[..., object]],
    reading_widget: QWidget,
) -> dict[str, QAction]:
    """Make a QAction for every KEYMAP entry and connect it to ``handlers[name]``.

    WINDOW actions are added to ``parent``; READING actions to ``reading_widget`` with a
    widget-with-children context. Every name must have a handler, so the keymap and the window
    cannot drift apart. Checkable actions call their handler with the new state.
    """
    missing = [item.name for item in KEYMAP if item.name not in handlers]
    if missing:
        raise KeyError(f"no handler for actions: {', '.join(missing)}")
    actions: dict[str, QAction] = {}
    for item in KEYMAP:
        # (Not ``QAction(text, parent)``: matching that overload makes PySide6 build QIcon and
        # its 157-member enum, ~2 ms of start-up.)
        action = QAction(parent)
        action.setText(item.text)
        action.setObjectName(f"action_{item.name}")
        action.setShortcuts(item.key_sequences())
        action.setStatusTip(item.help)
        action.setToolTip(f"{item.help} ({shortcut_text(item)})" if item.shortcuts else item.help)
        action.setCheckable(item.checkable)
        handler = handlers[item.name]
        if item.checkable:
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        if item.scope is Scope.READING:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            reading_widget.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            parent.addAction(action)
        actions[item.name] = action
    return actions
