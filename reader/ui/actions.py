"""The one keymap: every command of the window with its shortcuts, menu, group, handler and help.

Menus (their order, separators and submenus), the cheat sheet and the tests all read ``KEYMAP``;
nothing else defines a shortcut or a menu entry.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget


class Scope(StrEnum):
    """Where a shortcut works."""

    #: Anywhere in the window, even while typing in a field (Ctrl/F-keys, and keys a field ignores).
    WINDOW = "window"
    #: Only while the headline list, the filter field or the reading pane has focus, so that
    #: Space, Tab, Enter and the arrows keep their meaning in the highlight bar.
    READING = "reading"


def portable_key(shortcut: str) -> QKeySequence:
    """A keymap shortcut ("Ctrl+Shift+F") as a key sequence. Read as portable text: the
    constructor reads native text, which looks every key name up in the installed
    translators — with a translator installed, ~0.7 ms a shortcut, 30 ms per window."""
    return QKeySequence.fromString(shortcut, QKeySequence.SequenceFormat.PortableText)


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command: its name (for code and tests), menu text, menu, shortcuts and help, the
    method that handles it and the group it sits in within its menu."""

    name: str
    text: str
    menu: str
    shortcuts: tuple[str, ...] = ()
    help: str = ""
    scope: Scope = Scope.WINDOW
    checkable: bool = False
    #: The handling method, as an attribute path on the window: "close_bars",
    #: "navigator.step_story". Checkable actions pass it their new state.
    handler: str = ""
    #: Arguments the handler is called with (before the checked state, if any).
    args: tuple[object, ...] = ()
    #: Entries of one menu are grouped; a separator stands between two groups.
    group: str = ""

    def key_sequences(self) -> list[QKeySequence]:
        return [portable_key(s) for s in self.shortcuts]


#: Menus in menu-bar order.
#: Each with its own mnemonic: Highlight takes Alt+I, Help keeps Alt+H.
MENUS: tuple[str, ...] = ("&File", "&View", "&Go", "&Story", "H&ighlight", "&Library", "&Help")

R = Scope.READING

KEYMAP: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "open",
        "&Open Page or Issue…",
        "&File",
        ("Ctrl+O",),
        "Open a page file",
        handler="opener.choose_file",
        group="open",
    ),
    ActionSpec(
        "open_folder",
        "Open &Folder…",
        "&File",
        ("Ctrl+Shift+O",),
        "Open an issue folder",
        handler="opener.choose_folder",
        group="open",
    ),
    ActionSpec(
        "export",
        "&Export Selected…",
        "&File",
        ("Ctrl+E",),
        "Export the marked (x) or selected stories: PDF, Markdown, HTML, text",
        handler="exporter.export_selected",
        group="export",
    ),
    ActionSpec(
        "quit", "&Quit", "&File", ("Ctrl+Q",), "Quit Broadsheet", handler="close", group="quit"
    ),
    # View
    ActionSpec(
        "zoom_in",
        "Zoom &In",
        "&View",
        ("Ctrl+=", "Ctrl++"),
        "Larger text",
        handler="zoom_in",
        group="view",
    ),
    ActionSpec(
        "zoom_out",
        "Zoom &Out",
        "&View",
        ("Ctrl+-",),
        "Smaller text",
        handler="zoom_out",
        group="view",
    ),
    ActionSpec(
        "zoom_reset",
        "&Actual Size",
        "&View",
        ("Ctrl+0",),
        "Default text size",
        handler="zoom_reset",
        group="view",
    ),
    ActionSpec(
        "filter",
        "&Filter Headlines",
        "&View",
        ("Ctrl+L",),
        "Type to narrow the list",
        handler="focus_filter",
        group="view",
    ),
    ActionSpec(
        "close_bars",
        "&Close Bars",
        "&View",
        ("Esc",),
        "Back to the headline list from a panel; close the highlight bar; clear the filter",
        handler="close_bars",
        group="view",
    ),
    ActionSpec(
        "reading_settings",
        "&Reading Settings…",
        "&View",
        ("Ctrl+,",),
        "Fonts, text size, line spacing, column width, justified or ragged, theme",
        handler="look.open_settings",
        group="look",
    ),
    ActionSpec(
        "cycle_theme",
        "Next &Theme",
        "&View",
        ("Ctrl+Shift+T",),
        "Switch theme: follow the system, light, sepia, dark",
        handler="look.cycle_theme",
        group="look",
    ),
    ActionSpec(
        "full_screen",
        "Full Scr&een",
        "&View",
        ("F11",),
        "Only the story, on the whole screen (F11 or Esc to leave)",
        handler="look.toggle_full_screen",
        group="look",
    ),
    ActionSpec(
        "mark_read_on_show",
        "Mark Stories Read When &Shown",
        "&View",
        (),
        "Setting: a story becomes read when it is shown",
        checkable=True,
        handler="set_mark_read_on_show",
        group="settings",
    ),
    ActionSpec(
        "toggle_page",
        "&Page Picture",
        "&View",
        ("P",),
        "Show the printed page beside the story, its zones outlined (click a zone to read it)",
        R,
        checkable=True,
        handler="page_pane.set_visible",
        group="page",
    ),
    ActionSpec(
        "page_zoom_in",
        "Zoom Page I&n",
        "&View",
        ("=", "+"),
        "Enlarge the page picture (also Ctrl+wheel; drag or the arrows to pan)",
        R,
        handler="page_pane.zoom_in",
        group="page",
    ),
    ActionSpec(
        "page_zoom_out",
        "&Zoom Page Out",
        "&View",
        ("-",),
        "Shrink the page picture",
        R,
        handler="page_pane.zoom_out",
        group="page",
    ),
    ActionSpec(
        "page_fit_width",
        "Page Fit &Width",
        "&View",
        ("W",),
        "Fit the page picture to the pane's width",
        R,
        handler="page_pane.fit_width",
        group="page",
    ),
    ActionSpec(
        "show_doubtful",
        "&Doubtful Words",
        "&View",
        ("C",),
        "Underline and dim the words the OCR engine was unsure of",
        R,
        checkable=True,
        handler="set_show_doubtful",
        group="page",
    ),
    # Go
    ActionSpec(
        "next_story",
        "&Next Story",
        "&Go",
        ("J", "Down"),
        "Next story",
        R,
        handler="navigator.step_story",
        args=(1,),
        group="stories",
    ),
    ActionSpec(
        "previous_story",
        "&Previous Story",
        "&Go",
        ("K", "Up"),
        "Previous story",
        R,
        handler="navigator.step_story",
        args=(-1,),
        group="stories",
    ),
    ActionSpec(
        "first_story",
        "&First Story",
        "&Go",
        ("G", "Home"),
        "First story",
        R,
        handler="navigator.first_story",
        group="stories",
    ),
    ActionSpec(
        "last_story",
        "&Last Story",
        "&Go",
        ("Shift+G", "End"),
        "Last story",
        R,
        handler="navigator.last_story",
        group="stories",
    ),
    ActionSpec(
        "next_page",
        "Next Pa&ge",
        "&Go",
        ("]",),
        "First story of the next page",
        R,
        handler="navigator.step_page",
        args=(1,),
        group="stories",
    ),
    ActionSpec(
        "previous_page",
        "Previous P&age",
        "&Go",
        ("[",),
        "First story of the previous page",
        R,
        handler="navigator.step_page",
        args=(-1,),
        group="stories",
    ),
    ActionSpec(
        "scroll_down",
        "Scroll &Down",
        "&Go",
        ("Space",),
        "Scroll a screen down; at the bottom, go to the next story",
        R,
        handler="navigator.scroll_down",
        group="scroll",
    ),
    ActionSpec(
        "scroll_up",
        "Scroll &Up",
        "&Go",
        ("Shift+Space",),
        "Scroll a screen up; at the top, go to the end of the previous story",
        R,
        handler="navigator.scroll_up",
        group="scroll",
    ),
    ActionSpec(
        "toggle_focus",
        "&Switch Focus",
        "&Go",
        ("Tab", "Return", "Enter"),
        "Move focus between the list and the pane",
        R,
        handler="toggle_focus",
        group="focus",
    ),
    ActionSpec(
        "follow_jump",
        "F&ollow Teaser",
        "&Go",
        ("O",),
        "Go to the story a teaser or a continuation line points to",
        R,
        handler="follow_jump",
        group="focus",
    ),
    ActionSpec(
        "next_region",
        "Ne&xt Region",
        "&Go",
        ("F6",),
        "Move the keyboard to the next part of the window: list, story, page, panels",
        handler="regions.cycle",
        args=(1,),
        group="regions",
    ),
    ActionSpec(
        "previous_region",
        "Pre&vious Region",
        "&Go",
        ("Shift+F6",),
        "Move the keyboard to the previous part of the window",
        handler="regions.cycle",
        args=(-1,),
        group="regions",
    ),
    ActionSpec(
        "menu_bar",
        "&Menu Bar",
        "&Go",
        ("F10",),
        "Open the menu bar (then the arrows; Esc goes back)",
        handler="regions.open_menu_bar",
        group="regions",
    ),
    # Story
    ActionSpec(
        "toggle_read",
        "Toggle &Read",
        "&Story",
        ("M",),
        "Mark the story read or unread",
        R,
        handler="toggle_read",
        group="select",
    ),
    ActionSpec(
        "extend_next",
        "Extend Selection &Down",
        "&Story",
        ("Shift+J", "Shift+Down"),
        "Select the next story too",
        R,
        handler="navigator.extend_selection",
        args=(1,),
        group="select",
    ),
    ActionSpec(
        "extend_previous",
        "Extend Selection &Up",
        "&Story",
        ("Shift+K", "Shift+Up"),
        "Select the previous story too",
        R,
        handler="navigator.extend_selection",
        args=(-1,),
        group="select",
    ),
    ActionSpec(
        "select_all",
        "Select &All Stories",
        "&Story",
        ("Ctrl+A",),
        "Select every listed story",
        R,
        handler="navigator.select_all",
        group="select",
    ),
    ActionSpec(
        "toggle_mark",
        "&Mark for Export",
        "&Story",
        ("X",),
        "Mark or unmark the story for export (then File › Export Selected)",
        R,
        handler="exporter.toggle_mark",
        group="select",
    ),
    ActionSpec(
        "clear_marks",
        "&Clear Export Marks",
        "&Story",
        (),
        "Unmark every story",
        handler="model.clear_marks",
        group="select",
    ),
    ActionSpec(
        "toggle_bookmark",
        "&Bookmark",
        "&Story",
        ("B",),
        "Bookmark the story, or drop its bookmark (a star in the list)",
        R,
        handler="toggle_bookmark",
        group="bookmark",
    ),
    ActionSpec(
        "edit_note",
        "&Note…",
        "&Story",
        ("Shift+B",),
        "Write a note on the story (it is bookmarked with it)",
        R,
        handler="edit_note",
        group="bookmark",
    ),
    # Highlight
    ActionSpec(
        "find",
        "&Highlight Terms…",
        "H&ighlight",
        ("/", "Ctrl+F"),
        "Open the highlight bar",
        handler="highlighting.open_bar",
        group="find",
    ),
    ActionSpec(
        "next_hit",
        "&Next Hit",
        "H&ighlight",
        ("N", "F3"),
        "Next hit, in the next story if needed",
        handler="highlighting.next_hit",
        group="find",
    ),
    ActionSpec(
        "previous_hit",
        "&Previous Hit",
        "H&ighlight",
        ("Shift+N", "Shift+F3"),
        "Previous hit, in the previous story if needed",
        handler="highlighting.previous_hit",
        group="find",
    ),
    ActionSpec(
        "only_hits",
        "&Only Stories with Hits",
        "H&ighlight",
        (),
        "List only stories where a term occurs",
        checkable=True,
        handler="highlighting.set_only_hits",
        group="options",
    ),
    ActionSpec(
        "whole_words",
        "&Whole Words",
        "H&ighlight",
        (),
        "Match whole words (Chinese words as jieba cuts them)",
        checkable=True,
        handler="highlighting.set_whole_words",
        group="options",
    ),
    ActionSpec(
        "save_highlight_set",
        "&Save Terms as a Set…",
        "H&ighlight",
        (),
        "Keep the highlighted terms under a name, to use again (Highlight › Highlight Sets)",
        handler="highlighting.save_set",
        group="sets",
    ),
    # Library
    ActionSpec(
        "search",
        "&Search the Library…",
        "&Library",
        ("Ctrl+Shift+F",),
        "Search every story of every issue opened so far",
        handler="docks.show_panel",
        args=("searchPanel",),
        group="search",
    ),
    ActionSpec(
        "show_bookmarks",
        "&Bookmarks",
        "&Library",
        ("Ctrl+Shift+B",),
        "Show the bookmarks panel: jump, edit notes, delete, export",
        handler="docks.show_panel",
        args=("bookmarksPanel",),
        group="panels",
    ),
    ActionSpec(
        "show_library",
        "&Issues",
        "&Library",
        ("Ctrl+Shift+L",),
        "Show every issue opened so far: open, add a folder, remove",
        handler="docks.show_panel",
        args=("libraryView",),
        group="panels",
    ),
    # Help
    ActionSpec(
        "cheat_sheet",
        "&Keyboard Shortcuts",
        "&Help",
        ("?", "F1"),
        "This list",
        handler="show_cheat_sheet",
        group="help",
    ),
    ActionSpec(
        "about",
        "&About Broadsheet",
        "&Help",
        (),
        "Version and credits",
        handler="show_about",
        group="help",
    ),
)

del R


@dataclass(frozen=True, slots=True)
class SubmenuSpec:
    """A submenu filled when it opens (Open Recent, Highlight Sets): its place in the keymap."""

    name: str
    text: str
    menu: str
    #: The group it joins; it goes after the last entry of that group.
    group: str


SUBMENUS: tuple[SubmenuSpec, ...] = (
    SubmenuSpec("recent", "Open &Recent", "&File", group="open"),
    SubmenuSpec("highlight_sets", "Highlight S&ets", "H&ighlight", group="sets"),
    SubmenuSpec("language", "Lan&guage", "&View", group="settings"),
)


def keymap_text(text: str) -> str:
    """A keymap text (menu title, entry, help) in the interface language. lupdate finds these
    texts through ``reader.ui.i18n.tools.keymap_source``: the keymap stays plain data."""
    return QCoreApplication.translate("Keymap", text) if text else text


def without_mnemonic(text: str) -> str:
    """A menu text as plain words: "&File" → "File", "文件(&F)" → "文件"."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" in ``text`` (lower case), or None."""
    position = 0
    while (position := text.find("&", position)) != -1:
        following = text[position + 1 : position + 2]
        if following and following != "&":
            return following.lower()
        position += 2
    return None


def menu_mnemonics(menu: QMenu) -> set[str]:
    """The mnemonic letters the entries of ``menu`` use."""
    letters = (mnemonic(action.text()) for action in menu.actions())
    return {letter for letter in letters if letter}


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with a mnemonic no entry in ``taken`` uses: on its first free Latin letter or
    digit ("S&earch"), else as Chinese menus write it, a free letter after the text ("搜索(&A)").
    Unchanged when every letter is taken."""
    for position, char in enumerate(text):
        if char.isascii() and char.isalnum() and char.lower() not in taken:
            return f"{text[:position]}&{text[position:]}"
    free = next((c for c in "abcdefghijklmnopqrstuvwxyz" if c not in taken), None)
    return f"{text}(&{free.upper()})" if free else text


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
    return portable_key(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_text(item: ActionSpec) -> str:
    """Shortcuts as people read them: "j, Down", "G, End"; a name once (Qt's Chinese calls
    Return and Enter both 回车)."""
    return ", ".join(dict.fromkeys(key_text(s) for s in item.shortcuts))


def resolve_handler(target: object, item: ActionSpec) -> Callable[..., object]:
    """The bound method ``item.handler`` names on ``target``, with ``item.args`` applied."""
    handler: object = target
    for part in item.handler.split("."):
        try:
            handler = getattr(handler, part)
        except AttributeError:
            owner = type(target).__name__
            raise AttributeError(f"{item.name}: {owner} has no handler {item.handler}") from None
    if not callable(handler):
        raise TypeError(f"{item.name}: {item.handler} is not callable")
    return functools.partial(handler, *item.args) if item.args else handler


def build_actions(target: QWidget, reading_widget: QWidget) -> dict[str, QAction]:
    """Make a QAction for every KEYMAP entry and connect it to its handler on ``target``.

    WINDOW actions are added to ``target``; READING actions to ``reading_widget`` with a
    widget-with-children context. Every handler must exist (AttributeError otherwise), so the
    keymap and the window cannot drift apart. Checkable actions call their handler with the
    new state.
    """
    actions: dict[str, QAction] = {}
    for item in KEYMAP:
        handler = resolve_handler(target, item)
        # (Not ``QAction(text, parent)``: matching that overload makes PySide6 build QIcon and
        # its 157-member enum, ~2 ms of start-up.)
        action = QAction(target)
        action.setText(keymap_text(item.text))
        action.setObjectName(f"action_{item.name}")
        action.setShortcuts(item.key_sequences())
        help_text = keymap_text(item.help)
        action.setStatusTip(help_text)
        action.setToolTip(f"{help_text} ({shortcut_text(item)})" if item.shortcuts else help_text)
        action.setCheckable(item.checkable)
        if item.checkable:
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        if item.scope is Scope.READING:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            reading_widget.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            target.addAction(action)
        actions[item.name] = action
    return actions


def build_menus(
    bar: QMenuBar,
    actions: Mapping[str, QAction],
    fill: Mapping[str, Callable[[QMenu], object]],
) -> tuple[dict[str, QMenu], dict[str, QMenu]]:
    """The menu bar from the keymap: menus in ``MENUS`` order, entries in ``KEYMAP`` order, a
    separator between groups, and each of ``SUBMENUS`` after its group, refilled by
    ``fill[name](submenu)`` whenever it opens.

    Returns the menus by plain title ("File") and the submenus by name ("recent").
    """
    menus = {title.replace("&", ""): bar.addMenu(keymap_text(title)) for title in MENUS}
    submenus: dict[str, QMenu] = {}
    last_group: dict[str, str] = {}

    def start_group(menu: QMenu, title: str, group: str) -> None:
        if last_group.get(title, group) != group:
            menu.addSeparator()
        last_group[title] = group

    def add_submenus(title: str, group: str) -> None:
        for sub in SUBMENUS:
            if sub.menu == title and sub.group == group:
                menu = menus[title.replace("&", "")]
                submenu = menu.addMenu(keymap_text(sub.text))
                submenu.aboutToShow.connect(functools.partial(fill[sub.name], submenu))
                submenus[sub.name] = submenu

    for item in KEYMAP:
        if item.menu in last_group and last_group[item.menu] != item.group:
            add_submenus(item.menu, last_group[item.menu])
        menu = menus[item.menu.replace("&", "")]
        start_group(menu, item.menu, item.group)
        menu.addAction(actions[item.name])
    for title, group in last_group.items():
        add_submenus(title, group)
    return menus, submenus
