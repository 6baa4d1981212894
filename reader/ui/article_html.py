"""An article as the reading pane's HTML: the fonts and style it is set in, page text escaped
(``escape_html``) and highlighted terms marked, teaser links in the pane's own scheme."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
)

from reader.model import Article, ArticleKind, Issue, Page, story_parts
from reader.text.escape import escape_html
from reader.text.highlight import Span, mostly_cjk
from reader.text.script import TRADITIONAL_FAMILIES, is_traditional
from reader.ui.headline_model import kind_label
from reader.ui.i18n import page_label
from reader.ui.reading_settings import DEFAULT_READING, ReadingSettings
from reader.ui.themes import LIGHT, Theme

#: How a highlighted hit's anchor starts in the HTML ("hit-1", "hit-2" … name the hits).
HIT_ANCHOR = 'a name="hit-'

#: One colour per highlighted term: (background, text). Text colour is set too, so each pair is
#: readable whatever the theme; the backgrounds differ in hue for people telling terms apart.
HIGHLIGHT_PALETTE: tuple[tuple[str, str], ...] = (
    ("#ffd84d", "#1b1b1b"),  # amber
    ("#8fdca0", "#1b1b1b"),  # green
    ("#9cc8ff", "#1b1b1b"),  # blue
    ("#ffa8c8", "#1b1b1b"),  # pink
    ("#ffbb77", "#1b1b1b"),  # orange
    ("#c9b3ff", "#1b1b1b"),  # violet
    ("#7fe0dc", "#1b1b1b"),  # teal
    ("#e2d49a", "#1b1b1b"),  # sand
)

#: The link scheme of the pane's own links (teaser jumps); page text can never make one.
JUMP_SCHEME = "broadsheet"

#: Candidate families, best first; the first installed one wins.
CJK_FAMILIES = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Songti SC",
    "STSong",
    "SimSun",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "Hiragino Sans GB",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)
LATIN_SERIF_FAMILIES = (
    "Source Serif 4",
    "Source Serif Pro",
    "Noto Serif",
    "Charter",
    "Georgia",
    "Literata",
    "Iowan Old Style",
    "Cambria",
    "Liberation Serif",
    "DejaVu Serif",
    "Times New Roman",
)
LATIN_SANS_FAMILIES = ("Inter", "Noto Sans", "Segoe UI", "Helvetica Neue", "DejaVu Sans")

#: Each zoom step scales the text size (``ReadingSettings.size``) by this.
ZOOM_FACTOR = 1.1


def page_text_font(font: QFont) -> QFont:
    """``font`` for showing page text (the reading pane, the headline list): unhinted.

    Glyphs keep their designed shapes and the metrics a printer uses, as Qt does by itself on
    high-DPI screens, so the pane and its PDF export break lines alike; and a page brings
    hundreds of distinct CJK glyphs, which rasterize in a third of the time light autohinting
    takes (~9 ms of the first paint). Menus and buttons keep the desktop's hinting.

    Without 'locl': Qt shapes page text in the interface's language, so under a Simplified
    interface a Traditional face drew ， low at the left and 警 in its mainland form; each face
    now draws its own glyphs (so a Traditional story in the TC face looks as Taiwan prints it),
    as the PDF export does.
    """
    unhinted = QFont(font)
    unhinted.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    unhinted.setFeature(QFont.Tag("locl"), 0)
    return unhinted


def highlight_colours(term_index: int) -> tuple[str, str]:
    return HIGHLIGHT_PALETTE[term_index % len(HIGHLIGHT_PALETTE)]


@dataclass(frozen=True, slots=True)
class ReadingFonts:
    """Font families for reading, chosen from those installed."""

    cjk: str | None
    serif: str | None
    sans: str | None
    #: The face for Traditional Chinese (punctuation centred, as Taiwan and Hong Kong print
    #: it); None: ``cjk`` sets it too.
    traditional: str | None = None

    @classmethod
    def from_installed(cls) -> ReadingFonts:
        families = set(QFontDatabase.families())

        def first(candidates: Sequence[str]) -> str | None:
            return next((f for f in candidates if f in families), None)

        cjk = first(CJK_FAMILIES)
        if cjk is None:  # any family that says it writes Simplified Chinese
            cjk = next(
                (
                    f
                    for f in sorted(families)
                    if QFontDatabase.WritingSystem.SimplifiedChinese
                    in QFontDatabase.writingSystems(f)
                ),
                None,
            )
        return cls(
            cjk=cjk,
            serif=first(LATIN_SERIF_FAMILIES),
            sans=first(LATIN_SANS_FAMILIES),
            traditional=first(TRADITIONAL_FAMILIES),
        )

    def chosen(self, cjk_family: str, latin_family: str) -> ReadingFonts:
        """These fonts with the reader's choices (empty: keep the one found) in their place;
        a family no longer installed is ignored. A chosen Chinese face sets both scripts."""
        wanted = [f for f in (cjk_family, latin_family) if f]
        installed = set(QFontDatabase.families()) if wanted else set()
        chose_cjk = cjk_family in installed
        return ReadingFonts(
            cjk=cjk_family if chose_cjk else self.cjk,
            serif=latin_family if latin_family in installed else self.serif,
            sans=self.sans,
            traditional=cjk_family if chose_cjk else self.traditional,
        )

    def stack(self, cjk_first: bool, serif: bool = True, traditional: bool = False) -> str:
        """A CSS font-family list for Chinese (``cjk_first``; in ``traditional`` characters) or
        Latin text."""
        latin = self.serif if serif else self.sans
        cjk = (self.traditional or self.cjk) if traditional else self.cjk
        # Chinese text takes the CJK face first so that its punctuation (“”，。) is full width.
        names = [cjk, latin] if cjk_first else [latin, cjk]
        quoted = [f"'{n}'" for n in names if n]
        quoted.append("serif" if serif else "sans-serif")
        return ", ".join(quoted)


@dataclass(frozen=True, slots=True)
class PaneStyle:
    """Everything the HTML needs to know about how to look."""

    fonts: ReadingFonts
    zoom: int = 0
    theme: Theme = LIGHT
    reading: ReadingSettings = DEFAULT_READING

    @property
    def dark(self) -> bool:
        return self.theme.dark

    @property
    def pixels(self) -> float:
        return self.reading.size * (ZOOM_FACTOR**self.zoom)

    @property
    def text(self) -> str:
        return self.theme.text

    @property
    def muted(self) -> str:
        return self.theme.muted

    @property
    def accent(self) -> str:
        return self.theme.accent

    @property
    def paper(self) -> str:
        return self.theme.paper

    @property
    def rule(self) -> str:
        return self.theme.rule


Highlighter = Callable[[str], list[Span]]

#: What joins the byline and the dateline in their one paragraph, as HTML and as the laid-out
#: document's text (``&nbsp;`` is U+00A0 there).
META_JOIN_HTML = " &nbsp;·&nbsp; "
META_JOIN_TEXT = " \xa0·\xa0 "


@dataclass(frozen=True, slots=True)
class MarkedBlock:
    """One paragraph of page text with hits, to be marked in the laid-out document.

    ``text`` is the page text the paragraph was made from (its parts joined as the HTML joins
    them), ``spans`` the hits in it and ``doubts`` the doubtful words' spans, both in
    ``text``'s characters; the reading pane maps them onto the paragraph's laid-out text.
    """

    text: str
    spans: tuple[Span, ...]
    doubts: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class PaneText:
    """A rendering for the reading pane: HTML without hit markup, and the paragraphs with hits.

    Paragraph ``n`` of ``blocks`` is the ``<p>`` that carries ``-qt-user-state:n``: the pane
    finds it by its block's user state and colours its hits with one cursor edit each, which is
    cheaper than Qt's HTML import of an anchor and a styled span per hit, and gives the hits'
    positions without walking the document's fragments.
    """

    html: str
    blocks: tuple[MarkedBlock, ...]


class _Marks:
    """Collects the hits of the parts of one paragraph while its HTML is written (``marks``
    mode of the renderers): ``add`` per part, then ``state`` for the paragraph's style."""

    def __init__(self, blocks: list[MarkedBlock]) -> None:
        self.blocks = blocks
        self._parts: list[tuple[str, list[Span], Sequence[tuple[int, int]]]] = []

    def add(self, text: str, spans: list[Span], doubts: Sequence[tuple[int, int]]) -> None:
        self._parts.append((text, spans, doubts))

    def state(self, join: str = "") -> str:
        """``-qt-user-state:n;`` for the paragraph of the parts added since the last call when
        any holds a hit (its ``MarkedBlock`` is number ``n``), else nothing."""
        parts, self._parts = self._parts, []
        if not any(spans for _text, spans, _doubts in parts):
            return ""
        texts: list[str] = []
        spans: list[Span] = []
        doubts: list[tuple[int, int]] = []
        offset = 0
        for text, part_spans, part_doubts in parts:
            if texts:
                texts.append(join)
                offset += len(join)
            texts.append(text)
            spans.extend(Span(s.start + offset, s.end + offset, s.term) for s in part_spans)
            doubts.extend((low + offset, high + offset) for low, high in part_doubts)
            offset += len(text)
        self.blocks.append(MarkedBlock("".join(texts), tuple(spans), tuple(doubts)))
        return f"-qt-user-state:{len(self.blocks) - 1};"


def _doubted(text: str, start: int, end: int, doubts: Sequence[tuple[int, int]], look: str) -> str:
    """``text[start:end]`` escaped, the parts inside a doubtful span wrapped in ``look``."""
    out: list[str] = []
    position = start
    for low, high in doubts:
        low, high = max(low, position), min(high, end)
        if low >= high:
            continue
        out.append(escape_html(text[position:low]))
        out.append(f'<span style="{look}">{escape_html(text[low:high])}</span>')
        position = high
    out.append(escape_html(text[position:end]))
    return "".join(out)


def _marked(
    text: str,
    spans: list[Span],
    counter: list[int],
    doubts: Sequence[tuple[int, int]] = (),
    doubt_look: str = "",
) -> str:
    """``text`` escaped, with each span wrapped in a named anchor coloured for its term and
    the ``doubts`` (sorted character spans the OCR engine was unsure of) in ``doubt_look``."""
    if not spans and not doubts:
        return escape_html(text)
    out: list[str] = []
    last = 0
    for span in spans:
        background, foreground = highlight_colours(span.term)
        out.append(_doubted(text, last, span.start, doubts, doubt_look))
        out.append(
            f'<{HIT_ANCHOR}{counter[0]}"><span style="background-color:{background};'
            f'color:{foreground}">{_doubted(text, span.start, span.end, doubts, doubt_look)}'
            "</span></a>"
        )
        counter[0] += 1
        last = span.end
    out.append(_doubted(text, last, len(text), doubts, doubt_look))
    return "".join(out)


def doubtful_spans(article: Article) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """The article's low-confidence spans by text: ("paragraph", 2) → [(start, end), …]."""
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for item in article.low_confidence:
        key = (item.part, item.index if item.part == "paragraph" else 0)
        spans.setdefault(key, []).append((item.start, item.end))
    for values in spans.values():
        values.sort()
    return spans


def jump_url(page: int, article_id: str | None) -> str:
    from PySide6.QtCore import QUrl, QUrlQuery  # (built when first needed, not at start-up)

    url = QUrl()
    url.setScheme(JUMP_SCHEME)
    url.setPath("jump")
    query = QUrlQuery()
    query.addQueryItem("page", str(page))
    if article_id:
        query.addQueryItem("article", article_id)
    url.setQuery(query)
    return url.toString()


def _source_line(issue: Issue | None, page: Page | None, page_number: int) -> str:
    parts = []
    if issue is not None and issue.newspaper:
        parts.append(issue.newspaper)
    if issue is not None and issue.date:
        parts.append(issue.date)
    parts.append(page_label(page, page_number))
    return " · ".join(parts)


def render_article_html(
    article: Article,
    issue: Issue | None,
    style: PaneStyle,
    highlight: Highlighter | None = None,
    doubtful: bool = False,
    marks: list[MarkedBlock] | None = None,
) -> str:
    """The HTML for one article, its parts in the one reading order (``story_parts``, as the
    exports). Every piece of page text goes through ``escape_html``. With ``doubtful``, the
    words the OCR engine was unsure of are underlined and dimmed. With ``marks``, hits are not
    marked in the HTML: each paragraph holding hits is appended to ``marks`` and named by its
    user state (``PaneText``)."""
    counter = [0]
    story = story_parts(article)
    doubts = doubtful_spans(article) if doubtful else {}
    doubt_look = f"color:{style.muted};text-decoration:underline"
    collect = _Marks(marks) if marks is not None else None

    def mark(text: str, part: str = "", index: int = 0) -> str:
        spans = doubts.get((part, index), ())
        hits = highlight(text) if highlight else []
        if collect is not None:
            collect.add(text, hits, spans)
            hits = []
        return _marked(text, hits, counter, spans, doubt_look)

    def state(join: str = "") -> str:
        return collect.state(join) if collect is not None else ""

    sample = " ".join(filter(None, (article.headline, *article.paragraphs[:2], article.credit)))
    cjk = mostly_cjk(sample) or (issue is not None and issue.language == "zh" and not sample)
    px = style.pixels
    traditional = cjk and is_traditional(sample)
    body_font = style.fonts.stack(cjk_first=cjk, serif=True, traditional=traditional)
    head_font = style.fonts.stack(cjk_first=cjk, serif=not cjk, traditional=traditional)
    line_height = style.reading.line_height(cjk)
    parts: list[str] = []
    page = issue.page(article.page_number) if issue is not None else None

    labelled = article.kind is not ArticleKind.STORY
    label_style = (
        f"font-family:{style.fonts.stack(False, serif=False)};font-size:{px * 0.68:.1f}px;"
        f"color:{style.accent};letter-spacing:1px;margin-bottom:{px * 0.5:.1f}px"
    )
    if labelled:  # (in the interface language: labels are the reader's, not the page's)
        label = escape_html(kind_label(article.kind.value).upper())
        parts.append(f'<p style="{label_style}">{label}</p>')
    if story.kicker:
        kicker = mark(story.kicker, "kicker")
        parts.append(
            f'<p style="{state()}font-family:{head_font};font-size:{px * 0.95:.1f}px;'
            f'color:{style.muted};margin-bottom:{px * 0.3:.1f}px">{kicker}</p>'
        )
    # Titles are <p>, not <h1>/<h2>: Qt's HTML import gives a heading its own relative size
    # (h1 = 18 pt) and ignores a pixel font-size on it or inside it, so a headline would not
    # follow zoom and would end smaller than the body. Every size here is in pixels of ``px``.
    if article.headline:
        headline = mark(article.headline, "headline")
        parts.append(
            f'<p style="{state()}font-family:{head_font};'
            f"font-size:{px * (1.75 if cjk else 1.9):.1f}px;"
            f"font-weight:{700 if cjk else 600};color:{style.text};line-height:130%;"
            f'margin-top:0;margin-bottom:{px * 0.45:.1f}px">{headline}</p>'
        )
    elif article.kind is not ArticleKind.CAPTION:
        parts.append(
            f'<p style="font-family:{head_font};font-size:{px * 1.4:.1f}px;font-style:italic;'
            f'font-weight:400;color:{style.muted};margin-top:0">'
            f"{escape_html(article.display_title)}</p>"
        )
    if story.subheadline:
        subheadline = mark(story.subheadline, "subheadline")
        parts.append(
            f'<p style="{state()}font-family:{head_font};font-size:{px * 1.15:.1f}px;'
            f"font-weight:400;color:{style.text};margin-top:0;"
            f'margin-bottom:{px * 0.5:.1f}px">{subheadline}</p>'
        )
    meta = [
        mark(x, part) for x, part in ((story.byline, "byline"), (story.dateline, "dateline")) if x
    ]
    if meta:
        parts.append(
            f'<p style="{state(META_JOIN_TEXT)}font-family:{body_font};'
            f"font-size:{px * 0.82:.1f}px;color:{style.muted};"
            f'margin-top:{px * 0.2:.1f}px;margin-bottom:{px * 0.9:.1f}px">'
            + META_JOIN_HTML.join(meta)
            + "</p>"
        )
    if story.continued_from is not None:
        parts.append(
            f'<p style="font-size:{px * 0.8:.1f}px;color:{style.muted};font-style:italic">'
            f"{escape_html(story.continued_from)}</p>"
        )
    indent = f"text-indent:{px * 2:.1f}px;" if cjk else ""
    paragraph_gap = px * (0.55 if cjk else 0.75)
    align = ' align="justify"' if style.reading.justify else ""
    # story.paragraphs drops blank ones; a doubtful span counts paragraphs as the article does.
    for index, paragraph in enumerate(article.paragraphs):
        if not paragraph.strip():
            continue
        body = mark(paragraph, "paragraph", index)
        parts.append(
            f'<p style="{state()}font-family:{body_font};font-size:{px:.1f}px;'
            f"color:{style.text};line-height:{line_height}%;{indent}margin-top:0;"
            f'margin-bottom:{paragraph_gap:.1f}px"{align}>{body}</p>'
        )
    target = issue.jump_target(article) if issue is not None else None
    if story.continued_to is not None or target is not None:
        link_text = escape_html(story.continued_to or "")
        if target is not None:
            target_page = issue.page(target[0]) if issue is not None else None
            where = page_label(target_page, target[0])
            label = escape_html(
                QCoreApplication.translate("ArticleHtml", "Read it on {page} →").format(page=where)
                if target[1]
                else QCoreApplication.translate("ArticleHtml", "Go to {page} →").format(page=where)
            )
            link = (
                f'<a href="{escape_html(jump_url(*target))}" style="color:{style.accent};'
                f'text-decoration:none;font-weight:600">{label}</a>'
            )
            parts.append(
                f'<p style="font-family:{body_font};font-size:{px * 0.9:.1f}px;'
                f'margin-top:{px * 0.8:.1f}px">{link_text} &nbsp; {link} '
                f'<span style="color:{style.muted};font-size:{px * 0.7:.1f}px">&nbsp;(O)</span></p>'
            )
        elif link_text:
            parts.append(
                f'<p style="font-size:{px * 0.85:.1f}px;color:{style.muted};font-style:italic">'
                + escape_html(
                    QCoreApplication.translate("ArticleHtml", "{text} (not in this issue)").format(
                        text=story.continued_to
                    )
                )
                + "</p>"
            )
    if story.credit:
        credit = mark(story.credit, "credit")
        parts.append(
            f'<p style="{state()}font-family:{body_font};font-size:{px * 0.8:.1f}px;'
            f'color:{style.muted};margin-top:{px * 0.4:.1f}px" align="right">{credit}</p>'
        )
    parts.append(
        f'<hr style="color:{style.rule};background-color:{style.rule}" />'
        f'<p style="font-family:{style.fonts.stack(cjk, serif=False)};'
        f'font-size:{px * 0.7:.1f}px;color:{style.muted}">'
        f"{escape_html(_source_line(issue, page, article.page_number))}</p>"
    )
    return "".join(parts)


def render_unplaced_html(
    page: Page,
    issue: Issue | None,
    style: PaneStyle,
    highlight: Highlighter | None = None,
    marks: list[MarkedBlock] | None = None,
) -> str:
    """A page's unplaced text (and its furniture), shown rather than hidden; ``marks`` as in
    ``render_article_html``."""
    counter = [0]
    collect = _Marks(marks) if marks is not None else None
    px = style.pixels
    cjk = mostly_cjk(" ".join(page.unplaced))
    font = style.fonts.stack(cjk_first=cjk)
    parts = [
        f'<p style="font-family:{style.fonts.stack(False, serif=False)};'
        f'font-size:{px * 0.68:.1f}px;color:{style.accent};letter-spacing:1px">'
        f"{escape_html(kind_label('unplaced').upper())}</p>",
        f'<p style="font-family:{font};font-size:{px * 1.4:.1f}px;font-weight:400;margin-top:0;'
        f'color:{style.text}">'
        + escape_html(
            QCoreApplication.translate(
                "ArticleHtml", "{page}: text not placed in any story"
            ).format(page=page_label(page, page.number))
        )
        + "</p>",
    ]
    for line in page.unplaced:
        spans = highlight(line) if highlight else []
        state = ""
        if collect is not None:
            collect.add(line, spans, ())
            state, spans = collect.state(), []
        parts.append(
            f'<p style="{state}font-family:{font};font-size:{px:.1f}px;color:{style.text};'
            f'line-height:{style.reading.line_height(cjk)}%;margin-bottom:{px * 0.4:.1f}px">'
            f"{_marked(line, spans, counter)}</p>"
        )
    if page.furniture:
        parts.append(
            f'<p style="font-size:{px * 0.75:.1f}px;color:{style.muted};margin-top:{px:.1f}px">'
            + escape_html(
                QCoreApplication.translate("ArticleHtml", "Page furniture: {lines}").format(
                    lines=" · ".join(page.furniture)
                )
            )
            + "</p>"
        )
    parts.append(
        f'<hr style="color:{style.rule}" /><p style="font-size:{px * 0.7:.1f}px;'
        f'color:{style.muted}">{escape_html(_source_line(issue, page, page.number))}</p>'
    )
    return "".join(parts)
