"""Doubtful words: the spans the OCR engine was unsure of, underlined and dimmed on request (c),
escaped like all page text, and exact to the character even inside a highlighted term."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QTextCharFormat
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Article, ArticleKind, Issue, LowConfidence, Page
from reader.text.highlight import Span
from reader.ui.article_html import PaneStyle, ReadingFonts, render_article_html
from tests.ui.conftest import WindowFactory, open_and_wait

ARTICLE = Article(
    id="p1-doubt",
    kind=ArticleKind.STORY,
    headline="Senate <b>votes</b>",
    paragraphs=("", "The 3eague of Nations was debated.", "Ptates & more."),
    low_confidence=(
        LowConfidence("headline", 0, 7, 19, 31),
        LowConfidence("paragraph", 1, 4, 10, 22),
        LowConfidence("paragraph", 2, 0, 6, 40),
    ),
)
STYLE = PaneStyle(ReadingFonts(None, None, None))
LOOK = f"color:{STYLE.muted};text-decoration:underline"


def test_doubtful_spans_are_marked_only_when_asked_and_escaped() -> None:
    plain = render_article_html(ARTICLE, None, STYLE)
    assert "underline" not in plain
    html = render_article_html(ARTICLE, None, STYLE, doubtful=True)
    assert f'<span style="{LOOK}">&lt;b&gt;votes&lt;/b&gt;</span>' in html
    # Paragraph indices count the article's paragraphs, the blank first one included.
    assert f'The <span style="{LOOK}">3eague</span> of Nations' in html
    assert f'<span style="{LOOK}">Ptates</span> &amp; more.' in html
    assert "<b>" not in html


def test_a_doubtful_word_inside_a_hit_keeps_both_marks() -> None:
    def highlight(text: str) -> list[Span]:
        start = text.find("3eague of")
        return [Span(start, start + 9, 0)] if start >= 0 else []

    html = render_article_html(ARTICLE, None, STYLE, highlight, doubtful=True)
    assert f'color:#1b1b1b"><span style="{LOOK}">3eague</span> of</span></a>' in html


def test_c_toggles_doubtful_words_in_the_pane_and_it_is_remembered(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    issue = Issue(newspaper="Test", pages=(Page(number=1, articles=(ARTICLE,)),), source="d")
    window = make_window({"d": issue})
    open_and_wait(qtbot, window, "d")

    def underlined(word: str) -> bool:
        cursor = window.pane.document().find(word)
        assert not cursor.isNull()
        char: QTextCharFormat = cursor.charFormat()
        return char.fontUnderline()

    assert not underlined("3eague")
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    QTest.keySequence(window.tree, QKeySequence("C"))
    assert window.settings.show_doubtful
    assert underlined("3eague") and not underlined("Nations")
    QTest.keySequence(window.tree, QKeySequence("C"))
    assert not underlined("3eague") and not window.settings.show_doubtful
