"""Keyboard and focus: unique mnemonics, F10, F6 round the regions, Esc and a panel's own key
bring the keyboard back to the list, Shift+Space lands at a story's end, hits add their terms."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QTableView, QWidget
from pytestqt.qtbot import QtBot

from reader.model import Article, ArticleKind, Issue, Page
from reader.store import Library
from reader.ui.actions import mnemonic, with_mnemonic
from reader.ui.bookmarks_panel import BookmarksPanel
from reader.ui.library_view import LibraryView
from reader.ui.main_window import MainWindow
from reader.ui.search_panel import SearchPanel
from tests.ui.conftest import WindowFactory, open_and_wait
from tests.ui.sample_issues import en_issue, long_paragraphs, zh_issue

pytest_plugins = ["tests.ui.library_fixtures"]  # the library fixture


@pytest.fixture
def window(qtbot: QtBot, make_window: WindowFactory, library: Library) -> Iterator[MainWindow]:
    """A window on the Chinese issue with the real search and bookmarks panels docked."""
    window = make_window()
    search = SearchPanel(library, window.runner)
    bookmarks = BookmarksPanel(library, window.runner)
    window.docks.add_panel(search, "Search", visible=False, focus=search.focus_query)
    window.docks.add_panel(bookmarks, "Bookmarks", visible=False, focus=bookmarks.table.setFocus)
    open_and_wait(qtbot, window, "zh")
    yield window


def keys(qtbot: QtBot, sequence: str) -> None:
    """Type ``sequence`` where the keyboard is now."""
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keySequence(widget, QKeySequence(sequence))


def focused_in(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def start_in_list(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)


def _entries(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_mnemonics_are_unique_in_the_menu_bar_and_in_every_menu(window: MainWindow) -> None:
    titles = _entries(window.menuBar())  # type: ignore[arg-type]
    letters = [mnemonic(t) for t in titles]
    assert None not in letters, titles
    assert len(set(letters)) == len(letters), titles
    assert mnemonic(window.menu("Highlight").title()) != mnemonic(window.menu("Help").title())
    for menu in [*window.menus.values(), *window.submenus.values()]:
        texts = [t for t in _entries(menu) if t]
        letters = [mnemonic(t) for t in texts]
        if menu in window.submenus.values():  # filled as they open: numbers, names
            continue
        assert None not in letters, (menu.title(), texts)
        assert len(set(letters)) == len(letters), (menu.title(), texts)


def test_with_mnemonic_takes_the_first_free_letter() -> None:
    assert with_mnemonic("Search", {"s"}) == "S&earch"
    assert with_mnemonic("Library", set()) == "&Library"
    assert with_mnemonic("搜索", {"a", "b"}) == "搜索(&C)"
    assert with_mnemonic("ab", set("abcdefghijklmnopqrstuvwxyz")) == "ab"
    assert mnemonic("Save && &Quit") == "q"
    assert mnemonic("文件(&F)") == "f"


# The offscreen platform cannot grab the keyboard for the open menu; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_f10_opens_the_menu_bar(qtbot: QtBot, window: MainWindow) -> None:
    start_in_list(qtbot, window)
    keys(qtbot, "F10")
    file_menu = window.menu("File")
    qtbot.waitUntil(file_menu.isVisible)
    assert window.menuBar().activeAction() is file_menu.menuAction()
    QTest.keyClick(file_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not file_menu.isVisible())


def test_f6_cycles_list_pane_panels_and_shift_f6_goes_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.docks.show_panel("searchPanel")
    search = window.docks.panel("searchPanel")
    assert search is not None
    qtbot.waitUntil(lambda: focused_in(search))
    start_in_list(qtbot, window)
    keys(qtbot, "F6")
    assert QApplication.focusWidget() is window.pane
    keys(qtbot, "F6")
    qtbot.waitUntil(lambda: focused_in(search))
    keys(qtbot, "F6")
    assert QApplication.focusWidget() is window.tree  # round the end
    keys(qtbot, "Shift+F6")
    qtbot.waitUntil(lambda: focused_in(search))
    keys(qtbot, "Shift+F6")
    assert QApplication.focusWidget() is window.pane


def test_the_focused_region_is_marked(qtbot: QtBot, window: MainWindow) -> None:
    start_in_list(qtbot, window)
    keys(qtbot, "F6")
    mark = window.regions.mark
    qtbot.waitUntil(mark.isVisible)
    top_left = window.pane.mapTo(window, window.pane.rect().topLeft())
    assert mark.geometry().topLeft() == top_left
    assert mark.width() == window.pane.width()
    keys(qtbot, "F6")
    assert mark.geometry().topLeft() == window.tree.mapTo(window, window.tree.rect().topLeft())


@pytest.mark.parametrize(
    ("panel", "shortcut"), [("searchPanel", "Ctrl+Shift+F"), ("bookmarksPanel", "Ctrl+Shift+B")]
)
def test_esc_or_the_panel_key_again_brings_the_keyboard_back_to_the_list(
    qtbot: QtBot, window: MainWindow, panel: str, shortcut: str
) -> None:
    start_in_list(qtbot, window)
    keys(qtbot, shortcut)
    dock = window.docks.panel(panel)
    assert isinstance(dock, QDockWidget)
    qtbot.waitUntil(lambda: focused_in(dock))
    keys(qtbot, "Esc")
    qtbot.waitUntil(window.tree.hasFocus)
    assert dock.isVisible()  # Esc leaves the panel open
    keys(qtbot, shortcut)
    qtbot.waitUntil(lambda: focused_in(dock))
    keys(qtbot, shortcut)  # the same key in the panel closes it
    qtbot.waitUntil(window.tree.hasFocus)
    assert not dock.isVisible()


def test_shift_space_lands_at_the_end_of_a_long_previous_story(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    page = Page(
        number=1,
        name="第1版",
        articles=(
            Article(
                id="long",
                kind=ArticleKind.STORY,
                headline="长篇报道",
                paragraphs=(*long_paragraphs(12_000), "全文完。"),
            ),
            Article(id="short", kind=ArticleKind.STORY, headline="短讯", paragraphs=("科技。",)),
        ),
    )
    issue = Issue(newspaper="科技日报", date="2025-01-14", pages=(page,), source="long")
    window = make_window(issues={"long": issue})
    open_and_wait(qtbot, window, "long")
    window.show_article("short")
    window.activateWindow()
    window.pane.setFocus()
    qtbot.waitUntil(window.pane.hasFocus)
    QTest.keyClick(window.pane, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_id == "long"
    bar = window.pane.verticalScrollBar()
    # The whole story is laid out and the pane shows its last line.
    document_height = window.pane.document().documentLayout().documentSize().height()
    assert bar.maximum() >= document_height - window.pane.viewport().height() - 2
    assert bar.value() == bar.maximum()
    last = window.pane.document().find("全文完")
    assert not last.isNull()
    assert window.pane.viewport().rect().contains(window.pane.cursorRect(last).center())


def test_a_search_hit_adds_its_terms_to_the_readers_own(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(issues={"zh": zh_issue(), "en": en_issue()})
    open_and_wait(qtbot, window, "zh")
    window.highlighting.set_terms("会议")
    window.open_article("zh", "p1-a", terms="科技 会议")
    assert window.highlighting.terms == ("会议", "科技")
    assert window.highlighting.bar.field.text() == "会议 科技"
    window.open_article("zh", "p1-a", terms="")
    assert window.highlighting.terms == ("会议", "科技")


def test_dialogs_have_mnemonics_and_labels_name_their_fields(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QPushButton

    from reader.ui.export_dialog import ExportDialog

    settings = QSettings(str(tmp_path / "export.ini"), QSettings.Format.IniFormat)
    export = ExportDialog(settings, 2, parent=window)
    qtbot.addWidget(export)
    dialogs = [export, window.show_about(), window.show_cheat_sheet()]
    for dialog in dialogs:
        # Qt's own OK and Cancel (and their translations) are Qt's to letter.
        standard = {
            button
            for box in dialog.findChildren(QDialogButtonBox)
            for button in box.buttons()
            if box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
            and "&" not in button.text()
        }
        buttons = [
            b
            for b in dialog.findChildren(QAbstractButton)
            if b.text() and b not in standard and not (isinstance(b, QPushButton) and b.isFlat())
        ]  # (flat ones are the About dialog's folder paths, named by their row's label)
        if dialog is export:
            assert len(buttons) >= 5
        for button in buttons:
            assert mnemonic(button.text()), (type(dialog).__name__, button.text())
        for label in dialog.findChildren(QLabel):
            if mnemonic(label.text()) and "<" not in label.text():
                assert label.buddy() is not None, label.text()
    labels = [lab for lab in export.findChildren(QLabel) if lab.buddy() is export.path_edit]
    assert labels and mnemonic(labels[0].text()) == "f"
    for dialog in dialogs:
        dialog.close()


def _tab_out_of(qtbot: QtBot, panel: QWidget, table: QTableView) -> QWidget | None:
    """Put the keyboard on the first cell of ``panel``'s ``table`` and press Tab: where it goes."""
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=10_000)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_the_library_table_instead_of_walking_its_cells(
    qtbot: QtBot, library: Library, archive: Path
) -> None:
    # (walk24) Tab moved from cell to cell of the library's table for ever: a keyboard user
    # never reached Add Folder, the paper list or the date fields with Tab.
    library.add([archive])
    view = LibraryView(library)
    qtbot.addWidget(view)
    view.refresh()
    focus = _tab_out_of(qtbot, view, view.table)
    assert focus is not None and focus is not view.table
    assert view.isAncestorOf(focus)


def test_tab_leaves_the_bookmarks_table_instead_of_walking_its_cells(
    qtbot: QtBot, library: Library, archive: Path
) -> None:
    opened = library.open_issue(archive / "2025-01-14")
    library.toggle_bookmark(opened, opened.issue.articles[0], note="a note")
    panel = BookmarksPanel(library)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.refresh()
    focus = _tab_out_of(qtbot, panel, panel.table)
    assert focus is not None and focus is not panel.table
    assert panel.isAncestorOf(focus)
    panel.shutdown()


def test_the_keyboard_never_goes_into_a_collapsed_list(qtbot: QtBot, window: MainWindow) -> None:
    # (walk24) At 800x600 with the page picture and a panel open the list gives way (its width
    # 0); F6, Tab and Esc from a panel still sent the keyboard there, where nothing showed it.
    window.docks.show_panel("searchPanel")
    search = window.docks.panel("searchPanel")
    assert search is not None
    qtbot.waitUntil(lambda: focused_in(search))
    sizes = window.splitter.sizes()
    window.splitter.setSizes([0, sizes[0] + sizes[1], *sizes[2:]])
    qtbot.waitUntil(lambda: window.layout_guard.list_collapsed)
    keys(qtbot, "Esc")  # from a panel "back to the list": to the story, the list being gone
    assert QApplication.focusWidget() is window.pane
    seen = []
    for _ in range(4):
        keys(qtbot, "F6")
        seen.append(QApplication.focusWidget())
    assert window.tree not in seen
    assert window.pane in seen
    assert any(w is not None and search.isAncestorOf(w) for w in seen)
    window.pane.setFocus()
    qtbot.waitUntil(window.pane.hasFocus)
    keys(qtbot, "Tab")
    assert QApplication.focusWidget() is window.pane
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        keys(qtbot, "j")  # the reading keys work from the story
