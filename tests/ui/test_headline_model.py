"""The headline model: structure, named roles, read state, hit counts, filtering; model tester."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from reader.ui.headline_model import (
    HITS_COLUMN,
    HeadlineFilter,
    HeadlineModel,
    Roles,
    RowType,
    leading_pages,
)
from tests.ui.sample_issues import en_issue, zh_issue


def test_model_tester_passes_on_model_and_filter(qtmodeltester: ModelTester) -> None:
    model = HeadlineModel()
    qtmodeltester.check(model)
    model.set_issue(zh_issue())
    qtmodeltester.check(model)
    proxy = HeadlineFilter()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("科技")
    qtmodeltester.check(proxy)


def test_pages_group_their_articles_and_unplaced_text() -> None:
    model = HeadlineModel()
    model.set_issue(zh_issue())
    assert model.rowCount() == 2
    page = model.index(0, 0)
    assert page.data() == "第1版 要闻"
    assert page.data(Roles.ROW_TYPE) == RowType.PAGE
    titles = [model.index(r, 0, page).data() for r in range(model.rowCount(page))]
    assert titles == [
        "全国科技工作会议在京召开",
        "人工智能助力科研",
        "1月13日，科研人员在实验室工作",
        "量子信息研究取得新进展",
        "Unplaced text (2 lines)",
    ]
    caption = model.index(2, 0, page)
    assert caption.data(Roles.KIND) == "caption"
    assert caption.data(Roles.DERIVED_TITLE) is True
    assert caption.data(Qt.ItemDataRole.FontRole).italic()
    assert not model.index(0, 0, page).data(Qt.ItemDataRole.FontRole).italic()
    unplaced = model.index(4, 0, page)
    assert unplaced.data(Roles.ROW_TYPE) == RowType.UNPLACED
    assert unplaced.data(Roles.ARTICLE_ID) == "p1-unplaced"
    english = HeadlineModel()
    english.set_issue(en_issue())
    assert english.index(0, 0).data() == "Page 1"


def test_role_names_are_exposed() -> None:
    names = {bytes(v).decode() for v in HeadlineModel().roleNames().values()}
    assert {"articleId", "kind", "isRead", "hitCount", "derivedTitle", "pageNumber"} <= names


def test_unread_is_bold_until_marked_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = HeadlineModel()
    model.set_issue(zh_issue(), read_ids={"p1-b"})
    first = model.index_for_id("p1-a")
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert not model.index_for_id("p1-b").data(Qt.ItemDataRole.FontRole).bold()
    with qtbot.waitSignals([model.dataChanged, model.readChanged]):
        model.set_read("p1-a", True)
    assert first.data(Roles.IS_READ) is True
    assert not first.data(Qt.ItemDataRole.FontRole).bold()
    with qtbot.assertNotEmitted(model.readChanged):
        model.set_read("p1-a", True)


def test_hit_counts_show_and_filter() -> None:
    model = HeadlineModel()
    model.set_issue(zh_issue())
    hits_index = model.index_for_id("p1-a", HITS_COLUMN)
    assert hits_index.data() is None
    model.set_hit_counts({"p1-a": 3, "p2-a": 1})
    assert hits_index.data() == "3"
    assert model.index_for_id("p1-b", HITS_COLUMN).data() == ""
    assert model.index(0, HITS_COLUMN).data() == "3"
    proxy = HeadlineFilter()
    proxy.setSourceModel(model)
    proxy.set_only_hits(True)
    ids = [
        proxy.index(r, 0, proxy.index(p, 0)).data(Roles.ARTICLE_ID)
        for p in range(proxy.rowCount())
        for r in range(proxy.rowCount(proxy.index(p, 0)))
    ]
    assert ids == ["p1-a", "p2-a"]
    proxy.set_only_hits(False)
    proxy.setFilterFixedString("量子")
    ids = [
        proxy.index(r, 0, proxy.index(p, 0)).data(Roles.ARTICLE_ID)
        for p in range(proxy.rowCount())
        for r in range(proxy.rowCount(proxy.index(p, 0)))
    ]
    assert ids == ["p1-d", "p2-a"]
    assert model.index(99, 0) == QModelIndex()


def test_every_filter_setter_narrows_the_list_and_an_empty_one_shows_all() -> None:
    # (the filter notes in Python whether one is set; each of Qt's setters must keep it right)
    from PySide6.QtCore import QRegularExpression

    model = HeadlineModel()
    model.set_issue(zh_issue())
    proxy = HeadlineFilter()
    proxy.setSourceModel(model)

    def shown() -> int:
        return sum(proxy.rowCount(proxy.index(p, 0)) for p in range(proxy.rowCount()))

    everything = shown()
    assert everything > 1
    for narrow in (
        lambda: proxy.setFilterFixedString("科技"),
        lambda: proxy.setFilterWildcard("*科技*"),
        lambda: proxy.setFilterRegularExpression("科技"),
        lambda: proxy.setFilterRegularExpression(QRegularExpression("科技")),
    ):
        narrow()
        assert 0 < shown() < everything
        proxy.setFilterFixedString("")
        assert shown() == everything
    proxy.setFilterRegularExpression("科技")
    proxy.setFilterRegularExpression(QRegularExpression())
    assert shown() == everything


def test_doubtful_articles_carry_a_mark_and_say_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView

    from reader.model import Issue
    from reader.ui.headline_model import DOUBT_COLOUR, HeadlineDelegate, RowLook

    issue = zh_issue()
    first = issue.pages[0]
    articles = (replace(first.articles[0], confidence=0.4), *first.articles[1:])
    pages = (replace(first, articles=articles), *issue.pages[1:])
    issue = Issue(issue.newspaper, issue.date, pages)
    model = HeadlineModel()
    model.set_issue(issue)
    doubtful, sure = model.index_for_id("p1-a"), model.index_for_id("p1-b")
    assert doubtful.data(Roles.CONFIDENCE) == 0.4
    assert sure.data(Roles.CONFIDENCE) == 1.0
    assert isinstance(doubtful.data(Roles.LOOK), RowLook) and doubtful.data(Roles.LOOK).doubtful
    assert not sure.data(Roles.LOOK).doubtful
    assert "low confidence (40%)" in doubtful.data(Qt.ItemDataRole.ToolTipRole)
    assert "confidence" not in sure.data(Qt.ItemDataRole.ToolTipRole)

    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = HeadlineDelegate(view)

    def ring_pixels(index: QModelIndex) -> int:
        image = QImage(300, 40, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        option = QStyleOptionViewItem()
        option.rect = image.rect()
        painter = QPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        target = QColor(DOUBT_COLOUR)
        return sum(
            1
            for x in range(0, 16)
            for y in range(20, 40)
            if abs(image.pixelColor(x, y).red() - target.red()) < 40
            and abs(image.pixelColor(x, y).blue() - target.blue()) < 40
            and image.pixelColor(x, y) != QColor("#ffffff")
        )

    assert ring_pixels(doubtful) > 3
    assert ring_pixels(sure) == 0


def test_leading_pages_counts_the_pages_that_fit_in_so_many_rows() -> None:
    issue = zh_issue()
    first = 1 + len(issue.pages[0].articles) + (1 if issue.pages[0].unplaced else 0)
    whole = sum(1 + len(p.articles) + (1 if p.unplaced else 0) for p in issue.pages)
    assert leading_pages(issue, whole) == len(issue.pages)
    assert leading_pages(issue, whole - 1) == len(issue.pages) - 1
    assert leading_pages(issue, first) == 1
    assert leading_pages(issue, 1) == 1  # never fewer than one page


def test_a_traditional_title_is_drawn_in_a_traditional_face(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A Taiwan or Hong Kong head is set in a TC face, as in the story pane (walkzh24 saw the
    list keep the mainland face); a Simplified or English head keeps the list's own font."""
    from dataclasses import replace

    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QTreeView

    from reader.model import Issue
    from reader.ui.headline_model import LIST_TRADITIONAL_FAMILIES, HeadlineDelegate

    issue = zh_issue()
    first = issue.pages[0]
    traditional = replace(first.articles[0], headline="颱風逼近 花蓮縣宣布停班停課")
    pages = (replace(first, articles=(traditional, *first.articles[1:])), *issue.pages[1:])
    model = HeadlineModel()
    model.set_issue(Issue(issue.newspaper, issue.date, pages))
    assert model.index_for_id("p1-a").data(Roles.LOOK).traditional
    assert not model.index_for_id("p1-b").data(Roles.LOOK).traditional
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = HeadlineDelegate(view)
    base = QFont()
    installed = set(QFontDatabase.families())
    wanted = next((f for f in LIST_TRADITIONAL_FAMILIES if f in installed), None)
    assert wanted is None or "Sans" in wanted or not any("Sans" in f for f in installed)
    assert delegate.traditional_family == wanted
    font, _ = delegate._font(base, base.key(), True, False, traditional=True)
    plain, _ = delegate._font(base, base.key(), True, False)
    assert plain.families() == base.families()
    if wanted is None:  # (CI installs fonts-noto-cjk, whose TC faces are first in the list)
        assert font.families() == base.families()
    else:
        assert font.families()[0] == wanted and font.families()[1:] == base.families()
