"""Tooltips show page text as it is printed: markup in OCR text (real 1916 pages carry
``<p></p>`` and ``< I CERTAIN THEY HAVE SWINDLER >``) is never read as rich text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reader.model import Issue
from reader.store import Hit, Library, Snippet
from reader.ui.bookmarks_panel import BookmarkModel, BookmarksPanel
from reader.ui.search_panel import HitModel
from reader.ui.tooltips import plain_tooltip
from tests.ui.conftest import WindowFactory, open_and_wait
from tests.ui.sample_issues import en_issue

pytest_plugins = ["tests.ui.library_fixtures"]  # the library and archive fixtures

#: Headlines as the parser reads them from two real Chronicling America pages (Harrisburg
#: telegraph and Bismarck daily tribune, February 1916), and markup a page could print.
MARKED_UP = (
    "< I CERTAIN THEY HAVE SWINDLER >",
    "THIRTY-SIXTH YEAR, NO.<p></p>GARRISON TREAT ARMED",
    '<img src="file:///etc/hostname"> <b>BOLD</b> &amp; CO.',
)


def shown(tooltip: str) -> str:
    """The text a tooltip shows, read the way Qt's tooltip label reads it (rich text when the
    text looks like markup, else plain)."""
    document = QTextDocument()
    if GuiQt.mightBeRichText(tooltip):
        document.setHtml(tooltip)
    else:
        document.setPlainText(tooltip)
    return document.toPlainText()


def with_headline(issue: Issue, headline: str) -> Issue:
    page = issue.pages[0]
    first = replace(page.articles[0], headline=headline)
    return replace(issue, pages=(replace(page, articles=(first, *page.articles[1:])),))


def test_plain_tooltip_keeps_text_as_typed_and_leaves_plain_text_alone() -> None:
    for text in MARKED_UP:
        assert shown(plain_tooltip(text)) == text
        assert shown(plain_tooltip(text + "\nStory · unread")) == text + "\nStory · unread"
    assert plain_tooltip("Art Museum Opens Its Doors\nStory") == "Art Museum Opens Its Doors\nStory"
    assert plain_tooltip(None) is None


def test_the_headline_list_tooltip_shows_a_marked_up_headline_whole(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    for n, headline in enumerate(MARKED_UP):
        window = make_window({"en": with_headline(en_issue(), headline)})
        open_and_wait(qtbot, window, "en")
        index = window.tree.currentIndex().siblingAtColumn(0)
        tooltip = str(index.data(Qt.ItemDataRole.ToolTipRole))
        assert shown(tooltip).splitlines()[0] == headline, n
        # And Qt's own tooltip label shows it so.
        rect = window.tree.visualRect(index)
        QToolTip.showText(window.tree.viewport().mapToGlobal(rect.center()), tooltip, window.tree)
        labels = [w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label"]
        assert labels and shown(labels[0].text()).splitlines()[0] == headline
        QToolTip.hideText()
        window.close()


def test_search_hits_and_bookmarks_show_marked_up_text_whole(
    qtbot: QtBot, library: Library, archive: Path
) -> None:
    hits = HitModel()
    hits.set_hits(
        [
            Hit("p1-1", h, "Paper", "1916-02-25", 1, Snippet(h, ()), "/x", "h", -1.0)
            for h in MARKED_UP
        ]
    )
    for row, headline in enumerate(MARKED_UP):
        tip = shown(str(hits.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)))
        assert tip.splitlines()[0] == headline and tip.splitlines()[-1] == headline
    opened = library.open_issue(archive / "2025-01-15")
    library.toggle_bookmark(opened, opened.issue.articles[0], note=MARKED_UP[0])
    panel = BookmarksPanel(library)
    qtbot.addWidget(panel)
    try:
        with qtbot.waitSignal(panel.refreshed, timeout=10_000):
            panel.refresh()
        note = panel.model.index(0, BookmarkModel.NOTE_COLUMN)
        assert shown(str(note.data(Qt.ItemDataRole.ToolTipRole))) == MARKED_UP[0]
    finally:
        panel.shutdown()
