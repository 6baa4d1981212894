"""An empty panel says what goes there: the Bookmarks table before the first bookmark, the
Search list before a query (``reader.ui.empty_hint``), drawn in the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from reader.store import Library
from reader.ui.bookmarks_panel import BookmarksPanel
from reader.ui.empty_hint import HintedListView, HintedTableView
from reader.ui.search_panel import SearchPanel

pytest_plugins = ["tests.ui.library_fixtures"]  # the library and archive fixtures


def inked(view: QAbstractItemView) -> int:
    """How many pixels of the view's visible area differ from its base colour."""
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    base = view.palette().color(QPalette.ColorRole.Base).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) != base
    )


def shown(qtbot: QtBot, panel: BookmarksPanel | SearchPanel) -> None:
    panel.resize(420, 420)
    panel.show()
    qtbot.waitExposed(panel)


def test_the_bookmarks_table_says_how_to_bookmark_until_there_is_one(
    qtbot: QtBot, library: Library, archive: Path
) -> None:
    panel = BookmarksPanel(library)
    qtbot.addWidget(panel)
    shown(qtbot, panel)
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.refresh()
    table = panel.table
    assert isinstance(table, HintedTableView)
    assert panel.model.rowCount() == 0
    assert "No bookmarks yet. Press b on a story" in table.empty_text
    assert inked(table) > 200  # the hint is drawn (an empty table is all base colour)

    opened = library.open_issue(archive / "2025-01-14")
    library.toggle_bookmark(opened, opened.issue.articles[0])
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.refresh()
    assert panel.model.rowCount() == 1
    with_rows = table.viewport().grab().toImage()
    table.set_empty_text("")  # the same picture without any hint text: none was drawn
    assert table.viewport().grab().toImage() == with_rows
    panel.shutdown()


def test_the_search_list_explains_the_query_until_one_is_typed(
    qtbot: QtBot, library: Library, archive: Path
) -> None:
    library.add([archive])
    panel = SearchPanel(library, debounce_ms=30)
    qtbot.addWidget(panel)
    shown(qtbot, panel)
    results = panel.results
    assert isinstance(results, HintedListView)
    assert results.empty_text.startswith("Type words above to search every story")
    assert inked(results) > 200

    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.search("zzqqxx")
    assert panel.status.text() == "No stories found"
    assert results.empty_text == "" and inked(results) == 0  # the status line says it

    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.search("人工智能")
    assert panel.model.rowCount() == 2 and results.empty_text == ""

    panel.search("")  # the query cleared: the hint is back
    assert panel.model.rowCount() == 0
    assert inked(results) > 200
    panel.shutdown()
