"""Issues built from the dataclasses, for window tests that must not depend on the parser."""

from __future__ import annotations

from reader.model import Article, ArticleKind, ContinuationLink, Issue, Page

ZH_PARAGRAPH = (
    "全国科技工作会议13日在京召开。会议强调，要坚持创新驱动发展，推进高科技产业发展，"
    "加快建设科技强国，一步一个脚印把宏伟蓝图变为现实。"
)


def long_paragraphs(total: int = 5000) -> tuple[str, ...]:
    """Chinese paragraphs adding up to ``total`` characters."""
    paragraphs = []
    size = 0
    while size < total:
        text = ZH_PARAGRAPH * 3
        text = text[: total - size]
        paragraphs.append(text)
        size += len(text)
    return tuple(paragraphs)


def zh_issue() -> Issue:
    page1 = Page(
        number=1,
        name="第1版 要闻",
        source="01.txt",
        articles=(
            Article(
                id="p1-a",
                kind=ArticleKind.STORY,
                kicker="新年伊始",
                headline="全国科技工作会议在京召开",
                subheadline="部署2025年重点任务",
                byline="本报记者 张伟",
                byline_names=("张伟",),
                dateline="新华社北京1月13日电",
                paragraphs=(ZH_PARAGRAPH, "会议指出，科技工作要面向世界科技前沿。"),
                page_number=1,
            ),
            Article(
                id="p1-b",
                kind=ArticleKind.STORY,
                headline="人工智能助力科研",
                paragraphs=long_paragraphs(1600),
                page_number=1,
            ),
            Article(
                id="p1-c",
                kind=ArticleKind.CAPTION,
                paragraphs=("1月13日，科研人员在实验室工作。",),
                credit="新华社记者 李明/摄",
                page_number=1,
            ),
            Article(
                id="p1-d",
                kind=ArticleKind.TEASER,
                headline="量子信息研究取得新进展",
                continued_to=ContinuationLink("to", 2, "详见第2版"),
                page_number=1,
            ),
        ),
        unplaced=("本版责编：王芳", "第1版"),
        furniture=("科技日报", "2025年1月14日"),
    )
    page2 = Page(
        number=2,
        name="第2版 综合",
        source="02.txt",
        articles=(
            Article(
                id="p2-a",
                kind=ArticleKind.STORY,
                headline="量子信息研究取得新进展",
                paragraphs=("我国科学家在量子信息领域取得重要进展。", "这项高科技成果受到关注。"),
                page_number=2,
            ),
            Article(
                id="p2-b",
                kind=ArticleKind.BRIEF,
                headline="简讯",
                paragraphs=("科技馆春节照常开放。",),
                page_number=2,
            ),
        ),
    )
    return Issue(
        newspaper="科技日报", date="2025-01-14", pages=(page1, page2), source="zh", language="zh"
    )


def en_issue() -> Issue:
    page1 = Page(
        number=1,
        name=None,
        articles=(
            Article(
                id="e1-a",
                kind=ArticleKind.STORY,
                headline="Art Museum Opens Its Doors",
                byline="By JANE DOE",
                dateline="NEW YORK, May 1 —",
                paragraphs=(
                    "The art museum opened on Monday. Smart visitors came early; ART lovers "
                    "stayed late.",
                    "Artists said the party was a start.",
                ),
                page_number=1,
            ),
            Article(
                id="e1-b",
                kind=ArticleKind.STORY,
                headline="City Council Meets",
                paragraphs=("The council met to discuss the budget.",),
                page_number=1,
            ),
        ),
    )
    page2 = Page(
        number=2,
        articles=(
            Article(
                id="e2-a",
                kind=ArticleKind.STORY,
                headline="Harbour News",
                paragraphs=("Ships came in; no art was seen.",),
                page_number=2,
            ),
        ),
    )
    return Issue(newspaper="The Gazette", date="1903-05-01", pages=(page1, page2), source="en")


HOSTILE = (
    '<img src="file:///etc/passwd">',
    '<a href="http://example.com/x">click</a>',
    "<style>body { display: none }</style>",
)


def hostile_issue() -> Issue:
    page = Page(
        number=1,
        articles=(
            Article(
                id="h1",
                kind=ArticleKind.STORY,
                headline='<b>Bold?</b> & "quotes"',
                byline="<script>alert(1)</script>",
                paragraphs=HOSTILE,
                credit="<img src=x onerror=alert(1)>",
                page_number=1,
            ),
        ),
        unplaced=('<a href="file:///etc/shadow">unplaced</a>',),
    )
    return Issue(newspaper="<i>Evil</i> Times", date="2025-01-01", pages=(page,), source="hostile")


def big_story_issue(characters: int = 5000) -> Issue:
    """One short story and one of ``characters`` characters, for the switch benchmark."""
    page = Page(
        number=1,
        name="第1版",
        articles=(
            Article(id="s1", kind=ArticleKind.STORY, headline="短讯", paragraphs=("科技。",)),
            Article(
                id="s2",
                kind=ArticleKind.STORY,
                headline="长篇报道",
                paragraphs=long_paragraphs(characters),
            ),
        ),
    )
    return Issue(newspaper="科技日报", date="2025-01-14", pages=(page,), source="big")
