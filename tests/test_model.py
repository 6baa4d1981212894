"""Domain rules on the model: where a teaser points, a story's parts in reading order."""

from __future__ import annotations

from dataclasses import fields, replace

from reader.model import (
    Article,
    ArticleKind,
    ContinuationLink,
    Issue,
    Page,
    StoryParts,
    Zone,
    issue_title,
    story_parts,
)


def _issue() -> Issue:
    teaser = Article(id="p1-t", kind=ArticleKind.TEASER, headline="量子计算取得突破")
    jump = Article(
        id="p1-j",
        kind=ArticleKind.STORY,
        headline="春灌用水",
        paragraphs=("……",),
        continued_to=ContinuationLink("to", 2, "（下转第2版）"),
    )
    story = Article(
        id="p2-s",
        page_number=2,
        kind=ArticleKind.STORY,
        headline="量子计算取得突破：新芯片问世",
        paragraphs=("正文",),
    )
    rest = Article(
        id="p2-r",
        page_number=2,
        kind=ArticleKind.STORY,
        paragraphs=("续",),
        continued_from=ContinuationLink("from", 1, "（上接第1版）"),
    )
    return Issue(
        pages=(
            Page(number=1, articles=(teaser, jump)),
            Page(number=2, articles=(story, rest)),
        )
    )


def test_a_teaser_points_to_the_story_with_its_headline() -> None:
    issue = _issue()
    teaser = issue.article("p1-t")
    assert teaser is not None
    assert issue.jump_target(teaser) == (2, "p2-s")


def test_a_jump_line_points_to_the_story_continued_from_its_page() -> None:
    issue = _issue()
    jump = issue.article("p1-j")
    assert jump is not None
    assert issue.jump_target(jump) == (2, "p2-r")


def test_a_link_to_a_page_the_issue_lacks_points_nowhere() -> None:
    lone = Article(
        id="t",
        kind=ArticleKind.TEASER,
        headline="X",
        continued_to=ContinuationLink("to", 9, "见第9版"),
    )
    issue = Issue(pages=(Page(number=1, articles=(lone,)),))
    assert issue.jump_target(lone) is None
    assert issue.pages[0].unplaced_id == "p1-unplaced"


def test_story_parts_follow_the_reading_order() -> None:
    assert [f.name for f in fields(StoryParts)] == [
        "kicker", "title", "title_is_derived", "subheadline", "byline", "dateline",
        "continued_from", "paragraphs", "continued_to", "credit", "citation", "kind",
    ]  # fmt: skip
    caption = Article(
        id="c",
        kind=ArticleKind.CAPTION,
        paragraphs=("科研人员在实验室工作。", " "),
        credit="新华社记者 李明/摄",
    )
    parts = story_parts(caption, citation="科技日报")
    assert parts.title_is_derived and parts.title == "科研人员在实验室工作"
    assert parts.paragraphs == ("科研人员在实验室工作。",)
    assert (parts.credit, parts.citation, parts.kind) == (
        "新华社记者 李明/摄",
        "科技日报",
        ArticleKind.CAPTION,
    )


def test_an_issue_without_masthead_is_named_after_its_file() -> None:
    # The seed page has no paper's name and no year in its text: the reader sees its file's
    # name, not "Untitled issue", so two such pages in the library are told apart.
    assert issue_title(None, None, "/papers/000_5bf22158df2817fe.txt") == "000_5bf22158df2817fe"
    assert issue_title(None, None, "/papers/1916-issue") == "1916-issue"
    assert issue_title("The Sun", None, "/papers/x.txt") == "The Sun"
    assert issue_title(None, "1916-02-01", "/papers/x.txt") == "1916-02-01"
    assert issue_title(None, None, None) == "Untitled issue"
    assert Issue(pages=(), source="/papers/page.xml").title == "page"


def test_a_page_has_a_layout_with_a_picture_a_pixel_space_or_positions() -> None:
    story = Article(id="p1-a", kind=ArticleKind.STORY, headline="H", paragraphs=("Text.",))
    assert not Page(number=1, articles=(story,)).has_layout  # plain OCR text
    assert Page(number=1, image="scan.jpg").has_layout
    assert Page(number=1, image_size=(1200, 1600)).has_layout
    placed = replace(story, zones=(Zone(1, 0, 0, 10, 10),))
    assert Page(number=1, articles=(story, placed)).has_layout


def test_readable_name_shows_a_name_whose_bytes_are_not_utf8():
    import os

    from reader.model import has_undecodable_name, readable_name

    gbk = os.fsdecode("中文报.txt".encode("gbk"))
    assert readable_name(gbk) == "中文报.txt" and has_undecodable_name(gbk)
    assert readable_name(os.fsdecode(b"bad\xff\xe5\x90\x8d")) == "bad\ufffd名"
    assert readable_name("臺灣晨報.txt") == "臺灣晨報.txt"
    assert not has_undecodable_name("臺灣晨報.txt")
    assert issue_title(None, None, f"/x/{gbk}") == "中文报"
