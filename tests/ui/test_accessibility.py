"""What a screen reader announces: the regions by name, every control named (no bare glyphs),
labels tied to their fields, tab order as the eye reads, and rows with headline and kind."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.store import Library
from reader.ui.actions import mnemonic
from reader.ui.bookmarks_panel import BookmarksPanel
from reader.ui.library_view import LibraryView
from reader.ui.main_window import MainWindow
from reader.ui.search_panel import SearchPanel
from tests.ui.conftest import WindowFactory, open_and_wait
from tests.ui.sample_issues import zh_issue

pytest_plugins = ["tests.ui.library_fixtures"]  # the library fixture


def name_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name)


@pytest.fixture
def window(qtbot: QtBot, make_window: WindowFactory, library: Library) -> Iterator[MainWindow]:
    """The window with every part shown: panels, the page pane, the highlight bar."""
    window = make_window()
    window.resize(1400, 800)
    panels = (
        (SearchPanel(library, window.runner), "Search"),
        (BookmarksPanel(library, window.runner), "Bookmarks"),
        (LibraryView(library, window.runner), "Library"),
    )
    for panel, title in panels:
        window.docks.add_panel(panel, title)
    open_and_wait(qtbot, window, "zh")
    window.highlighting.open_bar()
    window.highlighting.set_terms("科技")
    yield window


def test_the_main_regions_carry_their_names(window: MainWindow) -> None:
    assert name_of(window.tree) == "Headlines"
    assert name_of(window.pane) == "Story"
    assert name_of(window.page_pane.container) == "Page"
    for panel, title in (
        ("searchPanel", "Search"),
        ("bookmarksPanel", "Bookmarks"),
        ("libraryView", "Library"),
    ):
        dock = window.docks.panel(panel)
        assert dock is not None
        assert name_of(dock) == title
        assert dock.widget() is not None and name_of(dock.widget()) == title


def _controls(root: QWidget) -> list[QWidget]:
    """Widgets the keyboard or the mouse can act on, shown now (a scroll area's viewport is
    part of the scroll area, which carries the name)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.objectName().startswith("qt_")
        and not (
            isinstance(w.parentWidget(), QAbstractScrollArea) and w.parentWidget().viewport() is w  # type: ignore[union-attr]
        )
    ]


def test_every_control_has_a_name_in_words(qtbot: QtBot, window: MainWindow) -> None:
    window.page_pane.set_visible(True)
    controls: list[QWidget] = []
    for dock_name in ("searchPanel", "bookmarksPanel", "libraryView"):
        window.docks.show_panel(dock_name)  # tabbed together: one at a time
        dock = window.docks.panel(dock_name)
        assert dock is not None
        qtbot.waitUntil(dock.isVisible)
        controls += _controls(window)
    controls = list(dict.fromkeys(controls))
    assert len(controls) >= 12
    unnamed = []
    for widget in controls:
        name = name_of(widget)
        if not any(c.isalpha() for c in name):  # empty, or a glyph such as ▲ or ✕
            unnamed.append(f"{type(widget).__name__}({widget.objectName()!r}): {name!r}")
    assert not unnamed
    bar = window.highlighting.bar
    assert name_of(bar.field) == "Highlight terms"
    assert name_of(bar.previous_button) == "Previous hit"
    assert name_of(bar.next_button) == "Next hit"
    assert name_of(bar.close_button) == "Close the highlight bar"


def test_labels_with_a_mnemonic_are_buddies_of_their_fields(window: MainWindow) -> None:
    labels = [
        label
        for label in window.findChildren(QLabel)
        if "<" not in label.text() and mnemonic(label.text())
    ]
    assert labels  # the highlight bar's
    for label in labels:
        assert label.buddy() is not None, label.text()
    bar_label = next(label for label in labels if label.buddy() is window.highlighting.bar.field)
    assert name_of(bar_label)


def test_tab_order_follows_the_highlight_bar_left_to_right_then_down(window: MainWindow) -> None:
    bar = window.highlighting.bar
    chain = [bar.field]
    for _ in range(5):
        chain.append(chain[-1].nextInFocusChain())
        while chain[-1].focusPolicy() == Qt.FocusPolicy.NoFocus or not chain[-1].isVisible():
            chain[-1] = chain[-1].nextInFocusChain()
    expected = [
        bar.field,
        bar.previous_button,
        bar.next_button,
        bar.close_button,
        bar.whole_words,
        bar.only_hits,
    ]
    assert [w.objectName() or type(w).__name__ for w in chain] == [
        w.objectName() or type(w).__name__ for w in expected
    ]
    assert chain == expected


def test_panel_tab_order_goes_from_the_buttons_down_to_the_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    bookmarks = window.docks.panel("bookmarksPanel")
    assert bookmarks is not None
    window.docks.show_panel("bookmarksPanel")
    panel = bookmarks.widget()
    assert isinstance(panel, BookmarksPanel)
    panel.undo_button.setEnabled(True)
    window.activateWindow()
    panel.delete_button.setFocus()
    qtbot.waitUntil(panel.delete_button.hasFocus)
    seen = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [panel.undo_button, panel.export_button, panel.table]


def _row_names(window: MainWindow) -> list[str]:
    """The names of the list's cells as AT-SPI hands them to Orca."""
    tree = QAccessible.queryAccessibleInterface(window.tree)
    assert tree is not None
    children = (tree.child(n) for n in range(tree.childCount()))
    return [c.text(QAccessible.Text.Name) for c in children if c is not None]


def test_list_rows_expose_headline_and_kind(window: MainWindow) -> None:
    texts = _row_names(window)
    issue = window.issue
    assert issue is not None
    first = issue.articles[0]
    page = issue.pages[0].label
    assert any(t.startswith(f"{first.display_title}, Story, {page}") for t in texts), texts[:8]


def test_a_row_says_its_page_and_what_its_gutter_shows(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """A row reads "headline, kind, page", then what the eye sees on it: no headline (italics),
    the doubt ring, read (dimmed), the export mark, the star, the hit count. walk25: Orca read
    "Story: 人工智能助力科研" alone, whatever the row showed, and the hits cell a bare "1"."""
    issue = zh_issue()
    page = issue.pages[0]
    doubted = dataclasses.replace(page.articles[1], confidence=0.42)
    articles = (page.articles[0], doubted, *page.articles[2:])
    issue = dataclasses.replace(issue, pages=(dataclasses.replace(page, articles=articles),))
    window = make_window({"zh": issue})
    open_and_wait(qtbot, window, "zh")
    first, caption = articles[0], articles[2]
    label = page.label
    names = _row_names(window)
    assert f"{first.display_title}, Story, {label}, read" in names  # (shown: read)
    assert f"{doubted.display_title}, Story, {label}, low confidence 42%" in names
    assert f"{caption.display_title}, Photo caption, {label}, no headline" in names
    window.model.set_marked(first.id, True)
    window.model.set_bookmarked([first.id])
    window.highlighting.open_bar()
    with qtbot.waitSignal(window.hitCountsReady, timeout=10_000):
        window.highlighting.set_terms("科技")
    hits = window.model.hit_count(first.id)
    assert hits > 0
    names = _row_names(window)
    spoken = f"{first.display_title}, Story, {label}, read, marked for export, bookmarked"
    assert f"{spoken}, {hits} hit{'s' if hits > 1 else ''}" in names, names[:12]
    assert f"{hits} hit{'s' if hits > 1 else ''}" in names  # the hits cell, in words
    assert str(hits) not in names
    page_hits = window.model.page_hit_count(0)
    assert names[names.index(label) + 1] == f"{page_hits} hits"  # the page row's, too


def test_the_accessible_names_do_not_leak_into_tooltips(window: MainWindow) -> None:
    # The row tooltip is for the eye: the full headline, then kind and state.
    index = window.tree.currentIndex().siblingAtColumn(0)
    tooltip = str(index.data(Qt.ItemDataRole.ToolTipRole))
    row = window.current_row
    assert row is not None
    assert tooltip.startswith(row.title + "\n")
    assert QApplication.instance() is not None


def test_clear_buttons_are_named(window: MainWindow) -> None:
    """Every field with a clear button, the panels' too (walk25: the Library panel's From date
    and To date buttons were read as "push button" with no name)."""
    from PySide6.QtWidgets import QLineEdit, QToolButton

    fields = [f for f in window.findChildren(QLineEdit) if f.isClearButtonEnabled()]
    names = {f.objectName() or name_of(f) for f in fields}
    assert {"From date", "To date", "Filter headlines", "Search the library"} <= {
        name_of(f) for f in fields
    }, names
    for field in fields:
        buttons = field.findChildren(QToolButton)
        assert buttons
        assert all(name_of(button) == "Clear" for button in buttons), name_of(field)


def test_every_combo_box_is_labelled_in_words(window: MainWindow) -> None:
    """On Linux a screen reader names a combo box by its current item and takes what it is
    for from its label's relation (Qt's QAccessibleComboBox gives the item as the name there,
    not the accessible name). walk27: the Library panel's paper filter had no label: its
    name was "All papers", with no word of what it filters."""
    from PySide6.QtWidgets import QComboBox

    boxes = window.findChildren(QComboBox)
    assert any(b.objectName() == "libraryPaperFilter" for b in boxes)
    for box in boxes:
        interface = QAccessible.queryAccessibleInterface(box)
        assert interface is not None
        labels = [
            other.text(QAccessible.Text.Name)
            for other, _flag in interface.relations(QAccessible.RelationFlag.Label)
        ]
        assert any(any(c.isalpha() for c in label) for label in labels), box.objectName()
    paper = next(b for b in boxes if b.objectName() == "libraryPaperFilter")
    [label] = [label for label in window.findChildren(QLabel) if label.buddy() is paper]
    assert label.text() == "&Paper:" and name_of(label) == "Paper:"


def test_the_import_progress_bar_is_named(window: MainWindow) -> None:
    """walk25: Orca read the Library panel's bar as "progress bar" alone."""
    from PySide6.QtWidgets import QProgressBar

    bars = [b for b in window.findChildren(QProgressBar) if b.objectName() == "importProgressBar"]
    assert bars and all(name_of(b) == "Adding issues" for b in bars)


def test_the_list_columns_have_names_for_a_screen_reader(window: MainWindow) -> None:
    """The list's header is hidden, but AT-SPI exposes its sections: Orca read them as "1" and
    "2" (Qt's numbers for a model without header names)."""
    tree = QAccessible.queryAccessibleInterface(window.tree)
    assert tree is not None
    headers = [
        child.text(QAccessible.Text.Name)
        for child in (tree.child(n) for n in range(tree.childCount()))
        if child is not None and child.role() == QAccessible.Role.ColumnHeader
    ]
    assert headers == ["Headline", "Hits"]
