"""The one keymap: no shortcut used twice, every action in a menu, handlers required."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.ui.actions import KEYMAP, MENUS, SUBMENUS, build_actions, resolve_handler, spec
from tests.ui.conftest import WindowFactory

ISSUE_KEYS = {
    "next_story": {"J", "Down"},
    "previous_story": {"K", "Up"},
    "first_story": {"G", "Home"},
    "last_story": {"Shift+G", "End"},
    "scroll_down": {"Space"},
    "scroll_up": {"Shift+Space"},
    "previous_page": {"["},
    "next_page": {"]"},
    "toggle_focus": {"Tab", "Return", "Enter"},
    "find": {"/", "Ctrl+F"},
    "next_hit": {"N", "F3"},
    "previous_hit": {"Shift+N", "Shift+F3"},
    "toggle_read": {"M"},
    "close_bars": {"Esc"},
    "cheat_sheet": {"?", "F1"},
    "zoom_in": {"Ctrl+="},
    "zoom_out": {"Ctrl+-"},
    "zoom_reset": {"Ctrl+0"},
    "open": {"Ctrl+O"},
    # The store's and export's issues
    "search": {"Ctrl+Shift+F"},
    "toggle_bookmark": {"B"},
    "edit_note": {"Shift+B"},
    "export": {"Ctrl+E"},
    "toggle_mark": {"X"},
    "extend_next": {"Shift+J"},
    "extend_previous": {"Shift+K"},
    "select_all": {"Ctrl+A"},
}


def test_keymap_has_the_keys_the_issue_lists() -> None:
    for name, keys in ISSUE_KEYS.items():
        assert keys <= set(spec(name).shortcuts), name


def test_no_shortcut_is_bound_twice() -> None:
    seen: dict[str, str] = {}
    for item in KEYMAP:
        for key in item.shortcuts:
            portable = QKeySequence(key).toString()
            assert portable, f"{item.name}: {key!r} is not a key sequence"
            assert portable not in seen, f"{key} bound to {seen.get(portable)} and {item.name}"
            seen[portable] = item.name
    assert len({item.name for item in KEYMAP}) == len(KEYMAP)
    assert {item.menu for item in KEYMAP} <= set(MENUS)


def test_build_actions_requires_a_handler_for_each(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    with pytest.raises(AttributeError, match=r"open: QWidget has no handler opener\.choose_file"):
        build_actions(widget, widget)


def test_menus_are_grouped_as_the_keymap_says(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    for title in MENUS:
        plain = title.replace("&", "")
        expected: list[str] = []
        for item in KEYMAP:
            if item.menu != title:
                continue
            previous = [s for s in KEYMAP if s.menu == title and s.name in expected]
            if expected and previous[-1].group != item.group:
                subs = [
                    s.text for s in SUBMENUS if s.menu == title and s.group == previous[-1].group
                ]
                expected += [*subs, "-"]
            expected.append(item.name)
        last = [s for s in KEYMAP if s.menu == title][-1]
        expected += [s.text for s in SUBMENUS if s.menu == title and s.group == last.group]
        shown = [
            "-" if a.isSeparator() else (a.menu().title() if a.menu() else a.objectName()[7:])
            for a in window.menu(plain).actions()
        ]
        assert shown == expected, plain
    assert window.submenus["recent"].title() == "Open &Recent"
    file_menu = [a.text() or "-" for a in window.menu("File").actions()]
    assert file_menu == [
        "&Open Page or Issue…", "Open &Folder…", "Open &Recent", "-", "&Export Selected…", "-",
        "&Quit",
    ]  # fmt: skip


def test_every_keymap_entry_names_a_method_of_the_window(make_window: WindowFactory) -> None:
    window = make_window()
    for item in KEYMAP:
        handler = resolve_handler(window, item)
        assert callable(handler), item.name


def test_every_action_is_in_a_menu_with_its_shortcut(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    in_menus = {
        action.objectName(): action
        for menu in window.menus.values()
        for action in menu.actions()
        if action.objectName()
    }
    for item in KEYMAP:
        action = in_menus[f"action_{item.name}"]
        assert [s.toString() for s in action.shortcuts()] == [
            QKeySequence(k).toString() for k in item.shortcuts
        ]


def test_cheat_sheet_writes_letters_as_typed() -> None:
    from reader.ui.actions import shortcut_text

    assert shortcut_text(spec("next_story")) == "j, Down"
    assert shortcut_text(spec("last_story")) == "G, End"
    assert shortcut_text(spec("previous_hit")) == "N, Shift+F3"
    assert shortcut_text(spec("find")) == "/, Ctrl+F"
