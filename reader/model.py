"""Domain objects: frozen dataclasses for issues, pages and articles, and their JSON form."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePath
from typing import Any

#: Articles whose confidence is below this are marked as doubtful in the window.
DOUBTFUL_BELOW = 0.7


class ArticleKind(StrEnum):
    """What sort of item an article is; the reader shows each kind differently."""

    STORY = "story"
    #: A story of one short paragraph (under about 150 characters).
    BRIEF = "brief"
    #: A photo caption, usually with a credit; it has no headline of its own.
    CAPTION = "caption"
    #: A headline pointing to a story inside the paper; it has no body.
    TEASER = "teaser"
    #: A notice or advertisement-like item with no news structure.
    NOTICE = "notice"


@dataclass(frozen=True, slots=True)
class ContinuationLink:
    """A jump line such as "下转第二版" or "Continued on Page 4"."""

    #: "to" when the story goes on elsewhere, "from" when it comes from elsewhere.
    direction: str
    #: The page number the marker points at, when it can be read.
    page: int | None
    #: The marker exactly as printed (normalised spacing).
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "text": self.text}


@dataclass(frozen=True, slots=True)
class Zone:
    """Where part of an article is printed: a rectangle on a page, in the page's image pixels.

    The pixel space is the one ``Page.image_size`` gives (the scan's, when the format says or the
    image beside the file tells); a picture of another size is scaled by the same ratio.
    """

    #: Page number (1-based) the rectangle is on.
    page: int
    x: int
    y: int
    width: int
    height: int

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "box": [self.x, self.y, self.width, self.height]}


@dataclass(frozen=True, slots=True)
class LowConfidence:
    """A run of words the OCR engine doubted, as a span of one of the article's texts."""

    #: Which text: "kicker", "headline", "subheadline", "byline", "dateline", "credit" or
    #: "paragraph" (then ``index`` is the paragraph's position in ``Article.paragraphs``).
    part: str
    index: int
    #: Character offsets into that text (start inclusive, end exclusive).
    start: int
    end: int
    #: The lowest word confidence in the span, 0 (a guess) to 100 (sure).
    confidence: int

    def to_json(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "index": self.index,
            "span": [self.start, self.end],
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """One item on a page: a story, brief, caption, teaser or notice."""

    #: Stable identifier: the same input always gives the same id ("p1-3f9a0c2e").
    id: str
    kind: ArticleKind
    #: Overline set above the headline (引题).
    kicker: str | None = None
    headline: str | None = None
    #: Second deck below the headline (副题).
    subheadline: str | None = None
    #: The byline as printed, e.g. "本报讯（记者张伟）" or "By JANE DOE".
    byline: str | None = None
    #: The people named in the byline, e.g. ("张伟",).
    byline_names: tuple[str, ...] = ()
    #: The dateline as printed, e.g. "新华社北京1月13日电" or "WASHINGTON, Jan. 13 (AP) —".
    dateline: str | None = None
    #: Photo credit, e.g. "新华社记者 张端/摄".
    credit: str | None = None
    paragraphs: tuple[str, ...] = ()
    continued_to: ContinuationLink | None = None
    continued_from: ContinuationLink | None = None
    #: First and last source line (1-based, inclusive) that fed this article.
    source_lines: tuple[int, int] = (0, 0)
    #: Page this article was printed on (1-based).
    page_number: int = 1
    #: How sure the parser is of this item's structure, 0–1 (see docs/parser-rules.md): 1.0
    #: when every part was found by firm evidence; lower for each guess (a headline attached by
    #: a weak echo, paragraph breaks guessed from line lengths, a title derived from the text,
    #: noisy OCR). Items under :data:`DOUBTFUL_BELOW` are worth a second look.
    confidence: float = 1.0
    #: Where it is printed (from ALTO, hOCR or METS coordinates); empty for plain text.
    zones: tuple[Zone, ...] = ()
    #: Words the OCR engine doubted (word confidence below LOW_CONFIDENCE), as text spans.
    low_confidence: tuple[LowConfidence, ...] = ()

    @property
    def doubtful(self) -> bool:
        """The parser's confidence is low enough that a reader should look twice."""
        return self.confidence < DOUBTFUL_BELOW

    def text_of(self, part: str, index: int = 0) -> str | None:
        """The text a LowConfidence span refers to ("paragraph", 2 → the third paragraph)."""
        if part == "paragraph":
            return self.paragraphs[index] if 0 <= index < len(self.paragraphs) else None
        value = getattr(self, part, None) if part in TEXT_PARTS else None
        return value if isinstance(value, str) else None

    @property
    def display_title(self) -> str:
        """The headline, or a title derived from the text when there is none."""
        if self.headline:
            return self.headline
        return derive_title(self)

    @property
    def has_derived_title(self) -> bool:
        return not self.headline

    @property
    def display_texts(self) -> tuple[str, ...]:
        """The texts the reading pane shows and highlights, in display order."""
        fields = (
            self.kicker,
            self.headline,
            self.subheadline,
            self.byline,
            self.dateline,
            *self.paragraphs,
            self.credit,
        )
        return tuple(f for f in fields if f)

    @property
    def printed_texts(self) -> tuple[str, ...]:
        """Every printed string the article holds: the display texts and its jump lines."""
        jumps = (link.text for link in (self.continued_from, self.continued_to) if link)
        return (*self.display_texts, *jumps)

    @property
    def body_text(self) -> str:
        return "\n".join(self.paragraphs)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "kicker": self.kicker,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "byline": self.byline,
            "byline_names": list(self.byline_names) or None,
            "dateline": self.dateline,
            "credit": self.credit,
            "paragraphs": list(self.paragraphs),
            "continued_to": self.continued_to.to_json() if self.continued_to else None,
            "continued_from": self.continued_from.to_json() if self.continued_from else None,
            "source_lines": list(self.source_lines),
            "confidence": self.confidence,
            **({"zones": [z.to_json() for z in self.zones]} if self.zones else {}),
            **(
                {"low_confidence": [c.to_json() for c in self.low_confidence]}
                if self.low_confidence
                else {}
            ),
        }


#: Word confidence (0–100) under which a word counts as doubtful.
LOW_CONFIDENCE = 60
#: The article texts other than paragraphs that a LowConfidence span may refer to.
TEXT_PARTS = ("kicker", "headline", "subheadline", "byline", "dateline", "credit")


def derive_title(article: Article, limit: int = 24) -> str:
    """A short title made from the first sentence of the text, for items without a headline."""
    text = next((p for p in article.paragraphs if p.strip()), "") or article.credit or ""
    for stop in "。！？!?；;":
        cut = text.find(stop)
        if 0 < cut < limit:
            return text[:cut]
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class StoryParts:
    """A story's printed parts in the one reading order that the reading pane and every export
    follow: kicker, title, subheadline, byline, dateline, "continued from", paragraphs,
    "continued on", credit, citation."""

    kicker: str | None
    title: str
    title_is_derived: bool
    subheadline: str | None
    byline: str | None
    dateline: str | None
    continued_from: str | None
    paragraphs: tuple[str, ...]
    continued_to: str | None
    credit: str | None
    citation: str
    kind: ArticleKind = ArticleKind.STORY


def story_parts(article: Article, citation: str = "") -> StoryParts:
    """The parts of ``article`` in reading order, with a derived title for untitled items."""
    return StoryParts(
        kicker=article.kicker or None,
        title=article.display_title or "(empty item)",
        title_is_derived=article.has_derived_title,
        subheadline=article.subheadline or None,
        byline=article.byline or None,
        dateline=article.dateline or None,
        continued_from=article.continued_from.text if article.continued_from else None,
        paragraphs=tuple(p for p in article.paragraphs if p.strip()),
        continued_to=article.continued_to.text if article.continued_to else None,
        credit=article.credit or None,
        citation=citation,
        kind=article.kind,
    )


@dataclass(frozen=True, slots=True)
class Page:
    """One printed page, rebuilt into articles."""

    number: int
    name: str | None = None
    articles: tuple[Article, ...] = ()
    #: Page furniture: paper name, date, page labels, editors, weather, issue numbers.
    furniture: tuple[str, ...] = ()
    #: Text the parser could not place in any article. Shown everywhere, never dropped.
    unplaced: tuple[str, ...] = ()
    #: The file this page was read from.
    source: str | None = None
    #: Number of end-of-line hyphens removed when rejoining broken words ("informa-" "tion").
    removed_hyphens: int = 0
    #: The page picture, when one was found (beside the file, or named by ALTO/hOCR/METS).
    image: str | None = None
    #: (width, height) of the pixel space the zones are in; the image's size when it is known.
    image_size: tuple[int, int] | None = None
    #: Number of soft hyphens (U+00AD) in the page text: never printed, all removed.
    removed_soft_hyphens: int = 0
    #: Spans of the file that were not text in its encoding, one line each ("line 12: 1 byte
    #: that is not UTF-8 (ff), shown as �"): the page is shown, with U+FFFD where they were.
    #: The command line prints them as warnings (not a JSON key: the text carries the U+FFFD).
    damaged: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """A heading for the page, e.g. "第1版 要闻" or "Page 1"."""
        if self.name:
            return self.name
        return f"Page {self.number}"

    @property
    def has_layout(self) -> bool:
        """The page has something to show beside its text: a picture, or positions of its
        stories (ALTO, hOCR, METS). A plain-text page has neither."""
        return bool(self.image or self.image_size) or any(a.zones for a in self.articles)

    @property
    def unplaced_id(self) -> str:
        """The id of the page's unplaced text, where lists and hit counts need one."""
        return f"p{self.number}-unplaced"

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "name": self.name,
            "articles": [a.to_json() for a in self.articles],
            "furniture": list(self.furniture),
            "unplaced": list(self.unplaced),
            **({"image": self.image} if self.image else {}),
            **({"image_size": list(self.image_size)} if self.image_size else {}),
        }


def readable_name(name: str) -> str:
    """A file name fit to show and to write into UTF-8 text. A name whose bytes are not UTF-8
    (Python keeps such bytes as lone surrogates, which no UTF-8 output can carry) is read as
    GB18030, as Chinese Windows writes names, else shown with U+FFFD for the bytes."""
    if not any("\udc80" <= char <= "\udcff" for char in name):
        return name
    raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def has_undecodable_name(path: str) -> bool:
    """True when ``path`` holds bytes that are not UTF-8 (kept by Python as lone surrogates)."""
    return readable_name(path) != path


def issue_title(newspaper: str | None, date: str | None, source: str | None = None) -> str:
    """How an issue is named to the reader: "Paper · 1916-02-01", or what of that is known;
    with neither, the name of its file or folder (``source``) without the extension, so two
    pages without a masthead are told apart; "Untitled issue" only when nothing is known."""
    parts = [p for p in (newspaper, date) if p]
    if parts:
        return " · ".join(parts)
    name = readable_name(PurePath(source).stem) if source else ""
    return name or "Untitled issue"


@dataclass(frozen=True, slots=True)
class Issue:
    """One issue of a paper: its pages in order."""

    newspaper: str | None = None
    #: ISO date "YYYY-MM-DD" when known.
    date: str | None = None
    pages: tuple[Page, ...] = ()
    #: The file or folder the issue was read from.
    source: str | None = None
    #: Free-form language hint from issue.toml ("zh", "en"), or None.
    language: str | None = None
    #: Pages the issue's METS names whose files are not there (their labels, e.g. "2 (0002.xml)").
    missing_pages: tuple[str, ...] = ()

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for p in self.pages for a in p.articles)

    def page(self, number: int) -> Page | None:
        return next((p for p in self.pages if p.number == number), None)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)

    @property
    def title(self) -> str:
        return issue_title(self.newspaper, self.date, self.source)

    @property
    def missing_note(self) -> str | None:
        """One line naming the pages the METS names but are not there (None when none are):
        what ``broadsheet parse`` prints on standard error and the window shows."""
        if not self.missing_pages:
            return None
        return f"{self.source}: pages named but not found: " + ", ".join(self.missing_pages)

    @property
    def warnings(self) -> list[str]:
        """What a reader should know about how the issue was read, one line each: the pages
        the METS names but are not there, and each page's damaged spans (bytes that are no
        text, an encoding guessed). ``broadsheet parse`` prints them on standard error; the
        window shows them when the issue opens."""
        out = [self.missing_note] if self.missing_note else []
        for page in self.pages:
            out.extend(f"{page.source or f'page {page.number}'}: {span}" for span in page.damaged)
        return out

    def jump_target(self, article: Article) -> tuple[int, str | None] | None:
        """Where a teaser (or a "continued on" line) points, when this issue holds it.

        A marked page ("见第2版", "Continued on Page 2") is looked up first; a story there with
        the same headline gives its id, else one that says it is continued from the article's
        page. A teaser without a readable page points to a story elsewhere in the issue that
        carries its headline. Returns ``(page number, article id or None)``.
        """

        def same_headline(candidate: Article) -> bool:
            title = (article.headline or "").strip()
            return bool(
                title
                and candidate.id != article.id
                and candidate.kind is not ArticleKind.TEASER
                and candidate.headline
                and (candidate.headline.strip() == title or title in candidate.headline)
            )

        link = article.continued_to
        if link is not None and link.page is not None:
            page = self.page(link.page)
            if page is None:
                return None
            for candidate in page.articles:
                if same_headline(candidate):
                    return page.number, candidate.id
            for candidate in page.articles:
                back = candidate.continued_from
                if back is not None and back.page == article.page_number:
                    return page.number, candidate.id
            return page.number, None
        if article.kind is ArticleKind.TEASER:
            for candidate in self.articles:
                if same_headline(candidate) and candidate.page_number != article.page_number:
                    return candidate.page_number, candidate.id
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "newspaper": self.newspaper,
            "date": self.date,
            "pages": [p.to_json() for p in self.pages],
            **({"missing_pages": list(self.missing_pages)} if self.missing_pages else {}),
        }


@dataclass(frozen=True, slots=True)
class IssueMeta:
    """What issue.toml says about a folder of pages."""

    newspaper: str | None = None
    date: str | None = None
    language: str | None = None
    #: Page number -> page name, e.g. {1: "第1版 要闻"}.
    page_names: dict[int, str] = field(default_factory=dict)
