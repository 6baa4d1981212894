"""Helpers for export tests: a small two-page issue built from the model, and PDF readers."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.model import Article, ArticleKind, ContinuationLink, Issue, Page

BODY = (
    "丁薛祥指出，党的二十大明确提出 2035 年建成科技强国，习近平总书记在全国科技大会上发表"
    "重要讲话，对新时代新征程科技工作作出重要部署。"
)


def make_issue() -> Issue:
    """Two pages: a full story, an English story with markup in its text, a caption, a teaser."""
    story = Article(
        id="p1-aaaa0001",
        kind=ArticleKind.STORY,
        kicker="全国科技工作会议第二次全体会议在京举行",
        headline="全国科技工作会议在京召开",
        subheadline="丁薛祥出席会议并讲话",
        byline="本报记者 张伟",
        byline_names=("张伟",),
        dateline="新华社北京1月13日电",
        paragraphs=(BODY * 3, BODY * 2, "要准确把握我国科技工作的总体格局。"),
        continued_to=ContinuationLink("to", 2, "下转第二版"),
        page_number=1,
    )
    caption = Article(
        id="p1-aaaa0002",
        kind=ArticleKind.CAPTION,
        credit="新华社记者 张端/摄",
        paragraphs=("1月13日，全国科技工作会议在京召开。这是会议现场。",),
        page_number=1,
    )
    english = Article(
        id="p2-bbbb0001",
        kind=ArticleKind.STORY,
        headline="Markup <b>in</b> the *text* & more",
        byline="By JANE DOE",
        dateline="WASHINGTON, Jan. 13 (AP) —",
        paragraphs=(
            "A reader typed <img src=x onerror=alert(1)> into the page & it must stay text.",
            "# not a heading\n1. not a list",
            "Prices rose 3.5% in [brackets] with_underscores and `ticks`.",
        ),
        continued_from=ContinuationLink("from", 1, "Continued from Page 1"),
        page_number=2,
    )
    teaser = Article(
        id="p2-bbbb0002",
        kind=ArticleKind.TEASER,
        headline="今日导读：春运开始",
        continued_to=ContinuationLink("to", 4, "见第四版"),
        page_number=2,
    )
    return Issue(
        newspaper="人民日报",
        date="2024-01-14",
        pages=(
            Page(1, "第1版 要闻", (story, caption)),
            Page(2, "第2版 国际", (english, teaser)),
        ),
        source="/tmp/sample",
    )


def story_fields(article: Article) -> list[str]:
    """The printed parts of a story in reading-pane order (what every export must show)."""
    fields = [
        article.kicker,
        article.display_title,
        article.subheadline,
        article.byline,
        article.dateline,
        article.continued_from.text if article.continued_from else None,
        *article.paragraphs,
        article.continued_to.text if article.continued_to else None,
        article.credit,
    ]
    return [f for f in fields if f]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install poppler-utils (.ci/run does)")
    return path


def pdf_pages_text(path: Path) -> list[str]:
    """pdftotext's text of each page (UTF-8, reading order)."""
    out = subprocess.run(
        [need_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_body_text(path: Path) -> str:
    """The text of every page without its running header (2 lines) and footer (last line)."""
    bodies = []
    for page in pdf_pages_text(path):
        lines = [line for line in page.splitlines() if line.strip()]
        bodies.append("\n".join(lines[2:-1]))
    return "\n".join(bodies)


def pdf_fonts(path: Path) -> list[tuple[str, str, str]]:
    """(name, type, embedded) for each font of the PDF, from pdffonts."""
    out = subprocess.run(
        [need_tool("pdffonts"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    rows = []
    for line in out.splitlines()[2:]:
        # name type… encoding emb sub uni id gen: read from the right, the type may have spaces.
        cols = line.split()
        rows.append((cols[0], " ".join(cols[1:-6]), cols[-5]))
    return rows


@dataclass(frozen=True)
class PdfLine:
    """One text line as ``pdftotext -bbox-layout`` places it (points, origin top left)."""

    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


def pdf_lines(path: Path) -> list[PdfLine]:
    """Every line of the PDF with its box, page by page, in reading order."""
    import xml.etree.ElementTree as ET

    out = subprocess.run(
        [need_tool("pdftotext"), "-bbox-layout", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
    ).stdout
    root = ET.fromstring(out)
    ns = "{http://www.w3.org/1999/xhtml}"
    lines = []
    for number, page in enumerate(root.iter(f"{ns}page"), 1):
        for line in page.iter(f"{ns}line"):
            words = [w.text or "" for w in line.iter(f"{ns}word")]
            box = [float(line.get(k, "0")) for k in ("xMin", "yMin", "xMax", "yMax")]
            lines.append(PdfLine(number, *box, "".join(words)))
    return lines
