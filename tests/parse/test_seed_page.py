"""Acceptance test: the real front page in ../shared/corpus/seed comes out as the issue demands."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import ArticleKind, Page
from reader.parse import load_issue
from reader.parse.audit import lost_and_added
from reader.parse.decode import decode_page


@pytest.fixture
def page(seed_page: Path) -> Page:
    issue = load_issue(seed_page)
    assert len(issue.pages) == 1
    return issue.pages[0]


def by_headline(page: Page, headline: str):  # type: ignore[no-untyped-def]
    matches = [a for a in page.articles if a.headline == headline]
    assert len(matches) == 1, [a.headline for a in page.articles]
    return matches[0]


def test_first_story(page: Page) -> None:
    story = by_headline(page, "全国科技工作会议在京召开")
    assert story.kind is ArticleKind.STORY
    assert story.subheadline == "丁薛祥出席会议并讲话"
    assert story.dateline == "新华社北京1月13日电"
    assert len(story.paragraphs) == 5
    assert story.paragraphs[0].startswith("全国科技工作会议13日在京召开。")
    assert story.paragraphs[0].endswith("丁薛祥出席会议并讲话。")
    assert story.paragraphs[1].startswith("丁薛祥指出，党的二十大明确提出2035年建成科技强国")
    assert story.paragraphs[2].startswith("丁薛祥表示")
    assert story.paragraphs[3].startswith("丁薛祥强调")
    assert story.paragraphs[4] == (
        "各省区市和新疆生产建设兵团、中央和国家机关有关部门单位分管科技工作的负责同志，"
        "有关科技界代表参加会议。"
    )


def test_second_story(page: Page) -> None:
    story = by_headline(page, "全国科技工作会议第二次全体会议在京举行")
    assert story.kind is ArticleKind.STORY
    assert story.byline == "本报讯（记者张伟）"
    assert story.byline_names == ("张伟",)
    assert story.paragraphs[0].startswith("1月14日，全国科技工作会议第二次全体会议在京举行。")
    assert story.paragraphs[-1].endswith("“深时数字地球”“海洋负排放”国际大科学计划。")
    assert [p[:4] for p in story.paragraphs] == ["1月14", "会议指出", "会议指出"]
    body = "".join(story.paragraphs)
    assert "2024年6月24日" in body
    assert "PCT国际专利申请量" in body


def test_caption_with_credit(page: Page) -> None:
    captions = [a for a in page.articles if a.kind is ArticleKind.CAPTION]
    assert len(captions) == 1
    caption = captions[0]
    assert caption.headline is None
    assert caption.credit == "新华社记者 张端/摄"
    text = "".join(caption.paragraphs)
    assert text.startswith("每平方米每秒钟可极速喷射出亿亿亿个粒子！")
    assert text.endswith("的运行状态。")
    assert "1月14日经专家组鉴定" in text


def test_seven_teasers(page: Page) -> None:
    teasers = [a.headline for a in page.articles if a.kind is ArticleKind.TEASER]
    assert teasers == [
        "加快形成一批可复制可推广政策成果",
        "万物智联是高级数字经济中枢神经",
        "AI眼镜能否成为“杀手级”产品",
        "原子级制造：超精密制造重要发展方向",
        "我国再制造产业发展迅速大有可为",
        "国际化仍是汽车产业发展主旋律",
        "低空经济如何安全“起飞”",
    ]
    assert all(not a.paragraphs for a in page.articles if a.kind is ArticleKind.TEASER)


def test_nothing_else_becomes_an_article(page: Page) -> None:
    kinds = [a.kind for a in page.articles]
    assert kinds.count(ArticleKind.STORY) == 2
    assert len(kinds) == 10
    assert page.unplaced == ()


def test_spacing_repaired_in_body(page: Page) -> None:
    story = by_headline(page, "全国科技工作会议在京召开")
    assert "13日" in story.paragraphs[0]
    assert " " not in "".join(story.paragraphs)


def test_no_character_lost_or_duplicated(page: Page, seed_page: Path) -> None:
    lost, added = lost_and_added(decode_page(seed_page.read_bytes()), page)
    assert not lost and not added, (lost, added)


def test_ids_are_stable_and_unique(page: Page, seed_page: Path) -> None:
    again = load_issue(seed_page).pages[0]
    assert [a.id for a in page.articles] == [a.id for a in again.articles]
    assert len({a.id for a in page.articles}) == len(page.articles)
