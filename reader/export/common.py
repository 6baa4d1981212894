"""What every export format shares: options, the selection, citations, story fields, term spans."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.errors import ExportError
from reader.model import Article, Issue, StoryParts, readable_name
from reader.model import story_parts as article_parts
from reader.text.cjk import cjk_ratio
from reader.text.highlight import find_spans
from reader.text.script import is_traditional

#: Called as ``progress(done, total)`` while an export runs; ``done`` never exceeds ``total``.
ProgressCallback = Callable[[int, int], None]
#: Polled between steps; returning True stops the export and leaves no file at the target.
CancelCheck = Callable[[], bool]

#: File extension -> format name.
FORMATS: dict[str, str] = {".pdf": "pdf", ".md": "markdown", ".html": "html", ".txt": "text"}
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")
DEFAULT_FONT_SIZE = 10.5

#: Shown after a title that was made from the text because the item has no headline.
DERIVED_TITLE_NOTE = "untitled, title taken from the text"
UNKNOWN_PAPER = "Unknown paper"
#: A document whose text is at least this share CJK is labelled in Chinese.
CHINESE_SHARE = 0.3
#: How much of the stories' text decides the document's language (characters).
LANGUAGE_SAMPLE = 20_000


@dataclass(frozen=True, slots=True)
class Labels:
    """The words an export adds to the page text, in the document's language (the language of
    the text, not of the interface: a Chinese document carries no English labels)."""

    language: str
    #: The document's language tag (HTML ``lang``): "en", "zh-Hans" or "zh-Hant".
    tag: str
    derived_title: str
    contents: str
    unknown_paper: str
    undated: str
    several_papers: str
    page: str  # "{n}"
    one_story: str  # "{n}"
    stories: str  # "{n}"

    def page_label(self, number: int) -> str:
        return self.page.format(n=number)

    def story_count(self, count: int) -> str:
        return (self.one_story if count == 1 else self.stories).format(n=count)


ENGLISH = Labels(
    "en",
    "en",
    DERIVED_TITLE_NOTE,
    "Contents",
    UNKNOWN_PAPER,
    "undated",
    "Broadsheet export",
    "Page {n}",
    "{n} story",
    "{n} stories",
)
CHINESE = Labels(
    "zh",
    "zh-Hans",
    "无标题，标题取自正文",
    "目录",
    "报名不详",
    "日期不详",
    "Broadsheet 导出",
    "第{n}版",
    "{n} 篇",
    "{n} 篇",
)
#: A document in Traditional characters is labelled in them.
TRADITIONAL_CHINESE = Labels(
    "zh",
    "zh-Hant",
    "無標題，標題取自正文",
    "目錄",
    "報名不詳",
    "日期不詳",
    "Broadsheet 匯出",
    "第{n}版",
    "{n} 篇",
    "{n} 篇",
)


class ExportCancelled(ExportError):
    """The person cancelled the export; nothing was written at the target."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """How an export looks. The PDF uses all of these; the text formats use title and terms."""

    #: "A4" or "Letter".
    page_size: str = "A4"
    #: Body text size in points; headlines scale from it.
    font_size: float = DEFAULT_FONT_SIZE
    #: Start every story on a new page instead of running them on.
    one_per_page: bool = False
    #: Put a contents list (with page numbers in a PDF) before the stories.
    contents: bool = False
    #: Terms to mark in the text (case-insensitive), e.g. the current search's words.
    highlight_terms: tuple[str, ...] = ()
    #: Document title; None makes one from the issues exported.
    title: str | None = None
    #: Producer name written into PDF metadata.
    creator: str = "Broadsheet"
    #: PDF only: after each story, the part of its page scan that holds its zones (stories
    #: without zones or without a readable scan get none).
    page_crops: bool = False

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ExportError(f"unknown page size {self.page_size!r} (use A4 or Letter)")
        if not 5 <= self.font_size <= 36:
            raise ExportError(f"font size {self.font_size:g} pt is outside 5–36 pt")


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One story to export, with the issue it came from (for its citation and running header)."""

    article: Article
    issue: Issue | None = None

    @property
    def page_label(self) -> str:
        """The printed page's heading, e.g. "第1版 要闻", or "Page 3"."""
        page = self.issue.page(self.article.page_number) if self.issue else None
        return page.label if page else f"Page {self.article.page_number}"

    @property
    def paper(self) -> str:
        """Paper and date for a running header, e.g. "人民日报 · 2024-01-14"."""
        return self.paper_named(ENGLISH)

    def paper_named(self, labels: Labels) -> str:
        """Paper and date; an issue without either is named by its source file, which is all
        that is known of it, else "unknown paper" in the document's language."""
        issue = self.issue
        if issue is None:
            return labels.unknown_paper
        if issue.newspaper or issue.date:
            return issue.title
        return source_name(issue) or labels.unknown_paper


def source_name(issue: Issue) -> str | None:
    """The file or folder name an issue was read from, if known."""
    return readable_name(Path(issue.source).name) if issue.source else None


def normalize_selection(
    selection: Issue | Iterable[Article | ExportItem], issue: Issue | None = None
) -> list[ExportItem]:
    """Turn an issue, a list of articles (from ``issue``) or ready items into export items."""
    if isinstance(selection, Issue):
        return [ExportItem(a, selection) for a in selection.articles]
    items: list[ExportItem] = []
    for entry in selection:
        if isinstance(entry, ExportItem):
            items.append(entry)
        elif isinstance(entry, Article):
            items.append(ExportItem(entry, issue))
        else:
            raise TypeError(f"cannot export {type(entry).__name__}")
    return items


def format_for_path(target: Path) -> str:
    """The export format named by the target's extension, or ExportError."""
    name = FORMATS.get(target.suffix.lower())
    if target.is_dir():  # (walk27: "-o out/" was told "unknown export format '(none)'")
        example = target / f"issue{'.pdf' if name is None else target.suffix}"
        raise ExportError(f"is a folder; name the file to write, such as {example}", target)
    if name is None:
        known = ", ".join(FORMATS)
        suffix = target.suffix or "(none)"
        raise ExportError(f"unknown export format {suffix!r}; use {known}", target)
    return name


def document_labels(items: Sequence[ExportItem]) -> Labels:
    """The labels in the language of the stories' text: Chinese when CJK is at least
    ``CHINESE_SHARE`` of (the first ``LANGUAGE_SAMPLE`` characters of) their visible text, in
    Traditional characters when the text is written in them."""
    sample: list[str] = []
    size = 0
    for item in items:
        for text in (item.article.display_title, *item.article.paragraphs):
            sample.append(text)
            size += len(text)
            if size >= LANGUAGE_SAMPLE:
                break
        if size >= LANGUAGE_SAMPLE:
            break
    text = "".join(sample)[:LANGUAGE_SAMPLE]
    if cjk_ratio(text) < CHINESE_SHARE:
        return ENGLISH
    return TRADITIONAL_CHINESE if is_traditional(text) else CHINESE


def citation(item: ExportItem) -> str:
    """The line that says where a story was printed: paper, date, page, headline — labelled in
    the story's own language (an English story in a Chinese document is cited "Page 1")."""
    labels = document_labels([item])
    issue = item.issue
    page = issue.page(item.article.page_number) if issue else None
    parts = [
        (issue.newspaper or source_name(issue) if issue else None) or labels.unknown_paper,
        (issue.date if issue else None) or labels.undated,
        page.name if page and page.name else labels.page_label(item.article.page_number),
        item.article.display_title,
    ]
    return ", ".join(p for p in parts if p)


def story_parts(item: ExportItem) -> StoryParts:
    """The story's parts in the one reading order (``reader.model.story_parts``), with its
    citation."""
    return article_parts(item.article, citation(item))


def document_title(
    items: Sequence[ExportItem], options: ExportOptions, labels: Labels = ENGLISH
) -> str:
    """The title for the whole export: the option, else the issue title(s) and story count."""
    if options.title:
        return options.title
    titles = list(dict.fromkeys(i.paper_named(labels) for i in items))
    head = titles[0] if len(titles) == 1 else labels.several_papers
    return f"{head} — {labels.story_count(len(items))}"


def split_marked(text: str, terms: Sequence[str]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_marked) runs at the hits of ``terms``; plain text is one run.

    Hits come from :func:`reader.text.highlight.find_spans`, the same rule the reading pane uses.
    """
    runs: list[tuple[str, bool]] = []
    last = 0
    for span in find_spans(text, terms):
        start, end = span.start, span.end
        if start > last:
            runs.append((text[last:start], False))
        runs.append((text[start:end], True))
        last = end
    if last < len(text) or not runs:
        runs.append((text[last:], False))
    return runs


def report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(min(done, total), total)


def check_cancel(cancel: CancelCheck | None) -> None:
    if cancel is not None and cancel():
        raise ExportCancelled("export cancelled; nothing was written")
