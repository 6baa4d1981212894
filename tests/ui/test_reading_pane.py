"""The reading pane: escaping of page text, no resource or link loading, teasers, captions."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from reader.model import Article, ArticleKind, ContinuationLink, Issue, Page
from reader.text.highlight import Span, find_spans
from reader.ui.article_html import (
    JUMP_SCHEME,
    MarkedBlock,
    PaneStyle,
    PaneText,
    ReadingFonts,
    jump_url,
    page_text_font,
    render_article_html,
    render_unplaced_html,
)
from reader.ui.reading_pane import ReadingPane
from tests.ui.sample_issues import HOSTILE, hostile_issue, zh_issue


def make_pane(qtbot: QtBot) -> ReadingPane:
    pane = ReadingPane(ReadingFonts.from_installed())
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    return pane


def test_markup_in_page_text_shows_literally(qtbot: QtBot) -> None:
    issue = hostile_issue()
    article = issue.articles[0]
    pane = make_pane(qtbot)
    pane.show_html(lambda style: render_article_html(article, issue, style))
    text = pane.plain_text()
    for snippet in HOSTILE:
        assert snippet in text
    assert '<b>Bold?</b> & "quotes"' in text
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    html = pane.document().toHtml()
    assert "<img" not in html
    assert 'href="http://example.com' not in html
    assert "file:///etc/passwd" not in html.replace("&quot;", '"').split("&lt;img")[0]


def test_no_anchor_in_page_text_becomes_a_link(qtbot: QtBot) -> None:
    issue = hostile_issue()
    pane = make_pane(qtbot)
    pane.show_html(lambda style: render_article_html(issue.articles[0], issue, style))
    block = pane.document().begin()
    hrefs = []
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                hrefs.append(fmt.anchorHref())
            iterator += 1
        block = block.next()
    assert hrefs == []


def test_unplaced_text_is_escaped_and_shown(qtbot: QtBot) -> None:
    issue = hostile_issue()
    pane = make_pane(qtbot)
    pane.show_html(lambda style: render_unplaced_html(issue.pages[0], issue, style))
    assert '<a href="file:///etc/shadow">unplaced</a>' in pane.plain_text()
    assert "etc/shadow" not in "".join(
        pane.document().begin().charFormat().anchorHref() for _ in range(1)
    )


def test_load_resource_never_returns_data(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    for kind in (
        QTextDocument.ResourceType.ImageResource,
        QTextDocument.ResourceType.StyleSheetResource,
        QTextDocument.ResourceType.HtmlResource,
    ):
        for url in ("file:///etc/passwd", "http://example.com/x.png", "x.png"):
            assert bytes(pane.loadResource(int(kind.value), QUrl(url))) == b""
    # Even HTML that names an image (never produced from page text) loads nothing.
    pane.setHtml('<p>x<img src="file:///etc/passwd"></p>')
    image = QTextDocument.ResourceType.ImageResource
    for url in ("file:///etc/passwd", "/etc/passwd", "../../etc/passwd"):
        assert bytes(pane.document().resource(image, QUrl(url))) == b""
    assert not pane.openLinks() and not pane.openExternalLinks()


def test_clicking_a_foreign_link_does_nothing(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    with qtbot.assertNotEmitted(pane.jumpRequested):
        pane.anchorClicked.emit(QUrl("http://example.com/"))
        pane.anchorClicked.emit(QUrl("file:///etc/passwd"))
    with qtbot.waitSignal(pane.jumpRequested) as blocker:
        pane.anchorClicked.emit(QUrl(jump_url(2, "p2-a")))
    assert blocker.args == [2, "p2-a"]
    assert QUrl(jump_url(2, None)).scheme() == JUMP_SCHEME


def test_story_shows_every_part_with_source(qtbot: QtBot) -> None:
    issue = zh_issue()
    article = issue.article("p1-a")
    assert article is not None
    pane = make_pane(qtbot)
    pane.show_html(lambda style: render_article_html(article, issue, style))
    text = pane.plain_text()
    for part in (
        "新年伊始",
        "全国科技工作会议在京召开",
        "部署2025年重点任务",
        "本报记者 张伟",
        "新华社北京1月13日电",
        "面向世界科技前沿",
        "科技日报 · 2025-01-14 · 第1版 要闻",
    ):
        assert part in text
    # Chinese paragraphs are indented by two characters.
    style = pane.style_info
    indents = []
    block = pane.document().begin()
    while block.isValid():
        if "全国科技工作会议13日" in block.text():
            indents.append(block.blockFormat().textIndent())
        block = block.next()
    assert indents and abs(indents[0] - 2 * style.pixels) < 1


def test_caption_shows_text_and_credit(qtbot: QtBot) -> None:
    issue = zh_issue()
    caption = issue.article("p1-c")
    assert caption is not None
    pane = make_pane(qtbot)
    pane.show_html(lambda style: render_article_html(caption, issue, style))
    text = pane.plain_text()
    assert "PHOTO CAPTION" in text
    assert "1月13日，科研人员在实验室工作。" in text
    assert "新华社记者 李明/摄" in text


def test_teaser_links_to_its_story_when_the_issue_has_it(qtbot: QtBot) -> None:
    issue = zh_issue()
    teaser = issue.article("p1-d")
    assert teaser is not None
    assert issue.jump_target(teaser) == (2, "p2-a")
    html = render_article_html(teaser, issue, PaneStyle(ReadingFonts(None, None, None)))
    assert "broadsheet:jump?page=2&amp;article=p2-a" in html
    lone = Article(
        id="t",
        kind=ArticleKind.TEASER,
        headline="X",
        continued_to=ContinuationLink("to", 9, "见第9版"),
    )
    small = Issue(pages=(Page(number=1, articles=(lone,)),))
    assert small.jump_target(lone) is None
    assert "not in this issue" in render_article_html(
        lone, small, PaneStyle(ReadingFonts(None, None, None))
    )


def test_zoom_changes_text_size(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    issue = zh_issue()
    pane.show_html(lambda style: render_article_html(issue.articles[0], issue, style))
    before = pane.document().size().height()
    pane.set_zoom(4)
    assert pane.document().size().height() > before * 1.2


def test_cjk_font_is_a_real_installed_family() -> None:
    fonts = ReadingFonts.from_installed()
    assert fonts.cjk is not None  # fonts-wqy-microhei or better is installed in CI
    assert fonts.stack(cjk_first=True).startswith(f"'{fonts.cjk}'")


def test_page_text_is_drawn_unhinted_with_the_rest_of_the_font_kept(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    unhinted = QFont.HintingPreference.PreferNoHinting
    assert pane.font().hintingPreference() == unhinted
    issue = zh_issue()
    pane.show_html(lambda style: render_article_html(issue.articles[0], issue, style))
    assert pane.document().defaultFont().hintingPreference() == unhinted
    base = QFont("DejaVu Serif", 17)
    made = page_text_font(base)
    assert (made.family(), made.pointSize(), made.hintingPreference()) == (
        "DejaVu Serif",
        17,
        unhinted,
    )
    assert base.hintingPreference() == QFont.HintingPreference.PreferDefaultHinting


def test_the_pane_and_the_exports_put_a_storys_parts_in_one_order(qtbot: QtBot) -> None:
    from reader.export.common import ExportItem, story_parts
    from reader.export.text import story_text

    article = Article(
        id="p1-x",
        kind=ArticleKind.STORY,
        kicker="KICKER",
        headline="HEADLINE",
        subheadline="SUBHEADLINE",
        byline="BYLINE",
        dateline="DATELINE",
        continued_from=ContinuationLink("from", 1, "FROM PAGE ONE"),
        paragraphs=("PARAGRAPH ONE", "PARAGRAPH TWO"),
        continued_to=ContinuationLink("to", 2, "ON PAGE TWO"),
        credit="CREDIT",
    )
    issue = Issue(pages=(Page(number=1, articles=(article,)),))
    pane = make_pane(qtbot)
    pane.show_html(lambda style: render_article_html(article, issue, style))
    exported = story_text(story_parts(ExportItem(article, issue)))
    pieces = [
        "KICKER", "HEADLINE", "SUBHEADLINE", "BYLINE", "DATELINE", "FROM PAGE ONE",
        "PARAGRAPH ONE", "PARAGRAPH TWO", "ON PAGE TWO", "CREDIT",
    ]  # fmt: skip
    for text in (pane.plain_text(), exported):
        positions = [text.index(piece) for piece in pieces]
        assert positions == sorted(positions), text


def _marked_both_ways(qtbot: QtBot, article: Article, issue: Issue, terms: tuple[str, ...]):
    """Two panes showing ``article`` with ``terms`` highlighted: one from HTML with the hits
    marked in it, one from a ``PaneText`` whose hits are coloured after the layout."""

    def highlight(text: str) -> list[Span]:
        return find_spans(text, terms)

    in_html, after = make_pane(qtbot), make_pane(qtbot)
    in_html.show_html(lambda style: render_article_html(article, issue, style, highlight, True))

    def render(style: PaneStyle) -> PaneText:
        marks: list[MarkedBlock] = []
        html = render_article_html(article, issue, style, highlight, True, marks)
        return PaneText(html, tuple(marks))

    after.show_html(render)
    return in_html, after


def _looks(pane: ReadingPane) -> list[tuple[str, str, str, bool]]:
    """Each character's text, background, foreground and underline."""
    looks = []
    cursor = QTextCursor(pane.document())
    text = pane.plain_text()
    for position in range(1, len(text) + 1):
        cursor.setPosition(position)  # the format of the character before the cursor
        fmt = cursor.charFormat()
        background = fmt.background().color().name() if fmt.background().style() else ""
        looks.append(
            (text[position - 1], background, fmt.foreground().color().name(), fmt.fontUnderline())
        )
    return looks


def test_hits_coloured_after_the_layout_look_as_hits_marked_in_the_html(qtbot: QtBot) -> None:
    from reader.model import LowConfidence

    third = "  Leading space, then notice; 3eague notice"
    doubt = third.index("3eague")
    article = Article(
        id="n1",
        kind=ArticleKind.NOTICE,  # its label (NOTICE) is no page text: never a hit
        kicker="Notice  to   readers",
        headline="NOTICE of the 科技  meeting",
        byline="By A. Notice",
        dateline="NOTICE CITY, May 1",
        paragraphs=(
            "",
            "The  notice\tsays: <b>科技</b> &\nnotice again, 科技科技.",
            third,
        ),
        credit="(Notice Agency)",
        low_confidence=(LowConfidence("paragraph", 2, doubt, doubt + 6, 40),),
    )
    issue = Issue(newspaper="Notice Times", pages=(Page(number=1, articles=(article,)),))
    in_html, after = _marked_both_ways(qtbot, article, issue, ("notice", "科技", "3eague notice"))
    assert after.hit_count == in_html.hit_count == 13
    assert [after.hit_text(n) for n in range(after.hit_count)] == [
        in_html.hit_text(n) for n in range(in_html.hit_count)
    ]
    assert [after.hit_range(n) for n in range(after.hit_count)] == [
        in_html.hit_range(n) for n in range(in_html.hit_count)
    ]
    assert after.plain_text() == in_html.plain_text()
    assert _looks(after) == _looks(in_html)
    assert after.hit_text(0) == "Notice" and "NOTICE" in after.plain_text()[:10]


def test_a_hit_marked_after_the_layout_on_a_long_story(qtbot: QtBot) -> None:
    from tests.ui.sample_issues import big_story_issue

    issue = big_story_issue(5000)
    article = issue.articles[1]
    in_html, after = _marked_both_ways(qtbot, article, issue, ("科技",))
    expected = sum(len(find_spans(p, ("科技",))) for p in article.paragraphs)
    expected += len(find_spans(article.headline, ("科技",)))
    assert after.hit_count == in_html.hit_count == expected > 100
    assert all(after.hit_text(n) == "科技" for n in range(after.hit_count))
    assert _looks(after) == _looks(in_html)
    after.select_hit(-1)
    assert after.current_hit == expected - 1
