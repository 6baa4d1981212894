"""Markdown, HTML and plain-text exports checked against the articles they came from."""

from __future__ import annotations

import html.parser
import os
from pathlib import Path

import pytest
from export_helpers import story_fields

from reader.errors import ExportError
from reader.export import ExportCancelled, ExportItem, ExportOptions, export_articles
from reader.export.common import (
    CHINESE,
    DERIVED_TITLE_NOTE,
    ENGLISH,
    citation,
    split_marked,
)
from reader.model import Article, ArticleKind, Issue
from reader.text.escape import escape_markdown


class _TextAndTags(html.parser.HTMLParser):
    """Collects the text of each <article> and every tag name seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.articles: list[str] = []
        self.marked: list[str] = []
        self._depth = 0
        self._in_mark = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag == "article":
            self.articles.append("")
            self._depth += 1
        if tag == "span" and ("class", "hl") in attrs:
            self._in_mark += 1
            self.marked.append("")
        if tag == "br" and self._depth:
            self.articles[-1] += "\n"

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._depth -= 1
        if tag == "span" and self._in_mark:
            self._in_mark -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.articles[-1] += data
        if self._in_mark:
            self.marked[-1] += data


def _parse_html(path: Path) -> _TextAndTags:
    parser = _TextAndTags()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def _in_order(haystack: str, needles: list[str]) -> bool:
    pos = 0
    for needle in needles:
        found = haystack.find(needle, pos)
        if found < 0:
            return False
        pos = found + len(needle)
    return True


def test_html_shows_every_field_of_every_story_in_order(sample_issue: Issue, tmp_path: Path):
    target = export_articles(sample_issue, tmp_path / "out.html")
    parsed = _parse_html(target)
    assert len(parsed.articles) == len(sample_issue.articles)
    for text, article in zip(parsed.articles, sample_issue.articles, strict=True):
        fields = story_fields(article)
        assert _in_order(text, fields), (article.id, fields, text)
        assert citation(ExportItem(article, sample_issue)) in text


def test_html_escapes_page_text(sample_issue: Issue, tmp_path: Path):
    target = export_articles(sample_issue, tmp_path / "out.html")
    parsed = _parse_html(target)
    tag_names = {tag for tag, _attrs in parsed.tags}
    # The page said <img …> and <b>; neither may become an element.
    assert "img" not in tag_names
    assert "b" not in tag_names
    assert not any(name.startswith("on") for _t, attrs in parsed.tags for name, _v in attrs)
    raw = target.read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in raw
    assert "<img src=x onerror=alert(1)> into the page & it must stay text." in parsed.articles[2]
    assert "Content-Security-Policy" in raw


def test_html_contents_links_to_every_story(sample_issue: Issue, tmp_path: Path):
    target = export_articles(sample_issue, tmp_path / "out.html", ExportOptions(contents=True))
    parsed = _parse_html(target)
    links = [dict(attrs) for tag, attrs in parsed.tags if tag == "a"]
    hrefs = [link["href"] for link in links if "href" in link]
    ids = [dict(attrs)["id"] for tag, attrs in parsed.tags if tag == "article"]
    assert hrefs == [f"#{i}" for i in ids]
    assert len(ids) == 4


def test_html_marks_highlight_terms(sample_issue: Issue, tmp_path: Path):
    options = ExportOptions(highlight_terms=("科技", "TEXT"))
    target = export_articles(sample_issue, tmp_path / "out.html", options)
    parsed = _parse_html(target)
    assert set(parsed.marked) == {"科技", "text"}
    expected = sum(
        field.count("科技") + field.lower().count("text")
        for article in sample_issue.articles
        for field in story_fields(article)
    )
    assert len(parsed.marked) == expected


def test_derived_title_is_marked_in_every_format(sample_issue: Issue, tmp_path: Path):
    caption = sample_issue.articles[1]
    assert caption.kind is ArticleKind.CAPTION and caption.has_derived_title
    for ext in ("md", "html", "txt"):
        text = export_articles([caption], tmp_path / f"c.{ext}", issue=sample_issue).read_text(
            encoding="utf-8"
        )
        assert caption.display_title in text
        assert CHINESE.derived_title in text  # a Chinese document: no English labels
        assert DERIVED_TITLE_NOTE not in text and "stories" not in text


def test_labels_follow_the_documents_language(tmp_path: Path):
    from dataclasses import replace

    from reader.model import Page

    def caption_issue(newspaper: str, text: str) -> Issue:
        caption = Article(id="p1-a", kind=ArticleKind.CAPTION, paragraphs=(text,))
        return Issue(
            newspaper=newspaper, date="1999-12-31", pages=(Page(number=1, articles=(caption,)),)
        )

    english = caption_issue("The Daily", "The mayor opened the new bridge on Friday morning.")
    chinese = caption_issue("晨报", "市长周五上午为新桥剪彩，市民们排队等候通行。")
    for issue, labels, other in ((english, ENGLISH, CHINESE), (chinese, CHINESE, ENGLISH)):
        for ext in ("md", "html", "txt"):
            target = tmp_path / f"{labels.language}.{ext}"
            export_articles(issue, target, ExportOptions(contents=True))
            text = target.read_text(encoding="utf-8")
            assert labels.derived_title in text and labels.story_count(1) in text
            assert other.derived_title not in text and other.contents not in text
            assert labels.contents in text
        # A story is cited in its own language, whatever the document's.
        assert citation(ExportItem(issue.articles[0], replace(issue, pages=()))).count(
            labels.page_label(1)
        )


def _markdown_sections(text: str) -> list[str]:
    return text.split("\n---\n")[1:]


def test_markdown_has_every_field_in_order(sample_issue: Issue, tmp_path: Path):
    options = ExportOptions(contents=True)
    text = export_articles(sample_issue, tmp_path / "out.md", options).read_text(encoding="utf-8")
    sections = _markdown_sections(text)
    assert len(sections) == 4
    for section, article in zip(sections, sample_issue.articles, strict=True):
        expected = [escape_markdown(f) for f in story_fields(article)]
        assert _in_order(section, expected), (article.id, section)
        assert f"> {escape_markdown(citation(ExportItem(article, sample_issue)))}" in section
    assert "## 目录" in text


def test_markdown_escapes_markup_from_the_page(sample_issue: Issue, tmp_path: Path):
    text = export_articles(sample_issue, tmp_path / "out.md").read_text(encoding="utf-8")
    assert r"\<img src=x onerror=alert(1)\>" in text
    assert r"\# not a heading" in text
    assert r"1\. not a list" in text
    assert r"\[brackets\] with\_underscores and \`ticks\`" in text
    assert "## Markup \\<b\\>in\\</b\\> the \\*text\\* & more" in text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("# heading", r"\# heading"),
        ("#hashtag", "#hashtag"),
        ("> quote", r"\> quote"),
        ("- item", r"\- item"),
        ("-5 degrees", "-5 degrees"),
        ("+ item", r"\+ item"),
        ("* item", r"\* item"),
        ("2024. year", r"2024\. year"),
        ("2024年1月", "2024年1月"),
        ("3) three", r"3\) three"),
        ("===", r"\==="),
        ("---", r"\---"),
        ("    indented code", "indented code"),
        ("a *b* _c_", r"a \*b\* \_c\_"),
        ("AT&T &amp; &#60;", r"AT&T \&amp; \&#60;"),
        ("<script>", r"\<script\>"),
        ("~~gone~~ | pipe", r"\~\~gone\~\~ \| pipe"),
        ("back\\slash", "back\\\\slash"),
        ("全国科技工作会议", "全国科技工作会议"),
        ("line one\n# line two", "line one  \n\\# line two"),
    ],
)
def test_escape_markdown(raw: str, escaped: str):
    assert escape_markdown(raw) == escaped


def test_text_export_has_every_field(sample_issue: Issue, tmp_path: Path):
    text = export_articles(sample_issue, tmp_path / "out.txt").read_text(encoding="utf-8")
    chunks = text.split("-" * 40)[1:]
    assert len(chunks) == 4
    for chunk, article in zip(chunks, sample_issue.articles, strict=True):
        assert _in_order(chunk, story_fields(article))
        assert f"[{citation(ExportItem(article, sample_issue))}]" in chunk


def test_stories_from_several_issues_cite_their_own_paper(sample_issue: Issue, tmp_path: Path):
    other = Issue(newspaper="The Daily", date="1999-12-31")
    article = Article(id="x", kind=ArticleKind.BRIEF, headline="Short", paragraphs=("One.",))
    items = [ExportItem(sample_issue.articles[0], sample_issue), ExportItem(article, other)]
    text = export_articles(items, tmp_path / "out.txt").read_text(encoding="utf-8")
    assert "[人民日报, 2024-01-14, 第1版 要闻, 全国科技工作会议在京召开]" in text
    assert "[The Daily, 1999-12-31, Page 1, Short]" in text
    assert text.startswith("Broadsheet 导出 — 2 篇")  # mostly Chinese text: Chinese labels


def test_unknown_extension_and_empty_selection(sample_issue: Issue, tmp_path: Path):
    with pytest.raises(ExportError, match=r"unknown export format '\.docx'"):
        export_articles(sample_issue, tmp_path / "out.docx")
    with pytest.raises(ExportError, match="nothing to export"):
        export_articles([], tmp_path / "out.md")
    (tmp_path / "folder.md").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export_articles(sample_issue, tmp_path / "folder.md")
    with pytest.raises(ExportError, match="does not exist"):
        export_articles(sample_issue, tmp_path / "missing" / "out.md")
    assert [p.name for p in tmp_path.iterdir()] == ["folder.md"]


def test_options_are_validated():
    with pytest.raises(ExportError, match="page size"):
        ExportOptions(page_size="A3")
    with pytest.raises(ExportError, match="font size"):
        ExportOptions(font_size=200)


@pytest.mark.parametrize("ext", ["md", "html", "txt"])
def test_cancel_leaves_no_file_and_keeps_the_old_one(sample_issue: Issue, tmp_path: Path, ext: str):
    target = tmp_path / f"out.{ext}"
    seen: list[tuple[int, int]] = []

    def cancel() -> bool:
        return len(seen) >= 2

    with pytest.raises(ExportCancelled):
        export_articles(sample_issue, target, progress=lambda *p: seen.append(p), cancel=cancel)
    assert list(tmp_path.iterdir()) == []
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportCancelled):
        export_articles(sample_issue, target, cancel=lambda: True)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_progress_reaches_the_total_and_file_is_readable_by_others(
    sample_issue: Issue, tmp_path: Path
):
    seen: list[tuple[int, int]] = []
    target = export_articles(sample_issue, tmp_path / "out.md", progress=lambda *p: seen.append(p))
    assert seen[-1] == (4, 4)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert os.stat(target).st_mode & 0o777 == 0o644


def test_split_marked_uses_the_shared_highlight_rule():
    assert split_marked("全国科技工作 Science", ["科技", "science"]) == [
        ("全国", False),
        ("科技", True),
        ("工作 ", False),
        ("Science", True),
    ]
    assert split_marked("nothing here", ["科技"]) == [("nothing here", False)]
    assert split_marked("", []) == [("", False)]


def _traditional_issue() -> Issue:
    from reader.model import Page

    caption = Article(
        id="p1-a",
        kind=ArticleKind.CAPTION,
        paragraphs=("颱風逼近東部沿海，花蓮縣政府宣布明日停止上班上課，這是今年第一個颱風。",),
    )
    return Issue(newspaper=None, date=None, pages=(Page(number=1, articles=(caption,)),))


def test_a_traditional_document_is_labelled_in_traditional_characters(tmp_path: Path):
    from reader.export.common import TRADITIONAL_CHINESE

    issue = _traditional_issue()
    for ext in ("md", "html", "txt"):
        target = export_articles(issue, tmp_path / f"tw.{ext}", ExportOptions(contents=True))
        text = target.read_text(encoding="utf-8")
        # 無標題，標題取自正文 / 目錄 / 報名不詳 / 日期不詳, never their Simplified forms.
        for label in ("derived_title", "contents", "unknown_paper", "undated"):
            if ext != "txt" or label != "contents":
                assert getattr(TRADITIONAL_CHINESE, label) in text, (ext, label)
            assert getattr(CHINESE, label) not in text, (ext, label)
    page = (tmp_path / "tw.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hant">' in page
    assert 'html:lang(zh-Hant) body { font-family: "Noto Serif CJK TC"' in page
