"""Helpers for store tests: issues built straight from the model, and issue folders on disk."""

from __future__ import annotations

from pathlib import Path

from reader.model import Article, ArticleKind, Issue, Page

ZH_BODY = (
    "新华社北京1月13日电 全国科技工作会议13日在京召开。量子信息和人工智能是今年的重点，"
    "会议要求扎实推进科技强国建设。"
)
EN_BODY = "The Bank of England raised rates on Tuesday. Banking shares fell in London."


def story(
    n: int,
    headline: str | None,
    *paragraphs: str,
    page: int = 1,
    kind: ArticleKind = ArticleKind.STORY,
) -> Article:
    return Article(
        id=f"p{page}-{n:08x}",
        kind=kind,
        headline=headline,
        paragraphs=tuple(paragraphs),
        page_number=page,
        source_lines=(n, n + 3),
    )


def make_issue(source: str = "issue", paper: str = "科技日报", date: str = "2025-01-14") -> Issue:
    page1 = Page(
        1,
        "第1版 要闻",
        (
            story(1, "全国科技工作会议在京召开", ZH_BODY),
            story(2, "Bank rates rise", EN_BODY),
        ),
        furniture=("科技日报",),
        source=f"{source}/01.txt",
    )
    page2 = Page(
        2,
        None,
        (
            story(
                3,
                None,
                "图为科研人员在巡看装置。新华社记者 张端/摄",
                page=2,
                kind=ArticleKind.CAPTION,
            ),
        ),
        unplaced=("???",),
        source=f"{source}/02.txt",
        removed_hyphens=1,
    )
    return Issue(paper, date, (page1, page2), source=source, language="zh")


def write_issue_folder(folder: Path, *pages: str, toml: str | None = None) -> Path:
    """An issue folder on disk: 01.txt, 02.txt … with the given texts."""
    folder.mkdir(parents=True)
    for n, text in enumerate(pages, 1):
        (folder / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    if toml is not None:
        (folder / "issue.toml").write_text(toml, encoding="utf-8")
    return folder
