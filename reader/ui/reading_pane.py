"""The reading pane: an article as escaped HTML in a read-only browser that loads nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QAbstractSlider, QApplication, QTextBrowser, QTextEdit, QWidget

from reader.model import Article, ArticleKind, Issue, Page, story_parts
from reader.text.escape import escape_html
from reader.text.highlight import Span, mostly_cjk

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

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

#: Base text size in pixels at zoom 0; each zoom step scales by ``ZOOM_FACTOR``.
BASE_PIXELS = 18.0
ZOOM_FACTOR = 1.1


def page_text_font(font: QFont) -> QFont:
    """``font`` for showing page text (the reading pane, the headline list): unhinted.

    Glyphs keep their designed shapes and the metrics a printer uses, as Qt does by itself on
    high-DPI screens, so the pane and its PDF export break lines alike; and a page brings
    hundreds of distinct CJK glyphs, which rasterize in a third of the time light autohinting
    takes (~9 ms of the first paint). Menus and buttons keep the desktop's hinting.
    """
    unhinted = QFont(font)
    unhinted.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return unhinted


def highlight_colours(term_index: int) -> tuple[str, str]:
    return HIGHLIGHT_PALETTE[term_index % len(HIGHLIGHT_PALETTE)]


@dataclass(frozen=True, slots=True)
class ReadingFonts:
    """Font families for reading, chosen from those installed."""

    cjk: str | None
    serif: str | None
    sans: str | None

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
        return cls(cjk=cjk, serif=first(LATIN_SERIF_FAMILIES), sans=first(LATIN_SANS_FAMILIES))

    def stack(self, cjk_first: bool, serif: bool = True) -> str:
        """A CSS font-family list for Chinese (``cjk_first``) or Latin text."""
        latin = self.serif if serif else self.sans
        # Chinese text takes the CJK face first so that its punctuation (“”，。) is full width.
        names = [self.cjk, latin] if cjk_first else [latin, self.cjk]
        quoted = [f"'{n}'" for n in names if n]
        quoted.append("serif" if serif else "sans-serif")
        return ", ".join(quoted)


@dataclass(frozen=True, slots=True)
class PaneStyle:
    """Everything the HTML needs to know about how to look."""

    fonts: ReadingFonts
    zoom: int = 0
    dark: bool = False

    @property
    def pixels(self) -> float:
        return BASE_PIXELS * (ZOOM_FACTOR**self.zoom)

    @property
    def text(self) -> str:
        return "#e6e1d6" if self.dark else "#24211c"

    @property
    def muted(self) -> str:
        return "#a39d90" if self.dark else "#6f6a60"

    @property
    def accent(self) -> str:
        return "#e0a458" if self.dark else "#9c2f21"

    @property
    def paper(self) -> str:
        return "#1f1e1b" if self.dark else "#fbf8f1"

    @property
    def rule(self) -> str:
        return "#3a3832" if self.dark else "#e2dccd"


Highlighter = Callable[[str], list[Span]]


def _marked(text: str, spans: list[Span], counter: list[int]) -> str:
    """``text`` escaped, with each span wrapped in a named anchor coloured for its term."""
    if not spans:
        return escape_html(text)
    out: list[str] = []
    last = 0
    for span in spans:
        background, foreground = highlight_colours(span.term)
        out.append(escape_html(text[last : span.start]))
        out.append(
            f'<a name="hit-{counter[0]}"><span style="background-color:{background};'
            f'color:{foreground}">{escape_html(text[span.start : span.end])}</span></a>'
        )
        counter[0] += 1
        last = span.end
    out.append(escape_html(text[last:]))
    return "".join(out)


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
    parts.append(page.label if page is not None else f"Page {page_number}")
    return " · ".join(parts)


def render_article_html(
    article: Article,
    issue: Issue | None,
    style: PaneStyle,
    highlight: Highlighter | None = None,
) -> str:
    """The HTML for one article, its parts in the one reading order (``story_parts``, as the
    exports). Every piece of page text goes through ``escape_html``."""
    counter = [0]
    story = story_parts(article)

    def mark(text: str) -> str:
        return _marked(text, highlight(text) if highlight else [], counter)

    sample = " ".join(filter(None, (article.headline, *article.paragraphs[:2], article.credit)))
    cjk = mostly_cjk(sample) or (issue is not None and issue.language == "zh" and not sample)
    px = style.pixels
    body_font = style.fonts.stack(cjk_first=cjk, serif=True)
    head_font = style.fonts.stack(cjk_first=cjk, serif=not cjk)
    line_height = 175 if cjk else 155
    parts: list[str] = []
    page = issue.page(article.page_number) if issue is not None else None

    kind_label = {
        ArticleKind.CAPTION: "Photo caption",
        ArticleKind.TEASER: "Teaser",
        ArticleKind.NOTICE: "Notice",
        ArticleKind.BRIEF: "Brief",
    }.get(article.kind)
    label_style = (
        f"font-family:{style.fonts.stack(False, serif=False)};font-size:{px * 0.68:.1f}px;"
        f"color:{style.accent};letter-spacing:1px;margin-bottom:{px * 0.5:.1f}px"
    )
    if kind_label:
        parts.append(f'<p style="{label_style}">{kind_label.upper()}</p>')
    if story.kicker:
        parts.append(
            f'<p style="font-family:{head_font};font-size:{px * 0.95:.1f}px;color:{style.muted};'
            f'margin-bottom:{px * 0.3:.1f}px">{mark(story.kicker)}</p>'
        )
    if article.headline:
        parts.append(
            f'<h1 style="font-family:{head_font};font-size:{px * (1.75 if cjk else 1.9):.1f}px;'
            f"font-weight:{700 if cjk else 600};color:{style.text};line-height:130%;"
            f'margin-top:0;margin-bottom:{px * 0.45:.1f}px">{mark(article.headline)}</h1>'
        )
    elif article.kind is not ArticleKind.CAPTION:
        parts.append(
            f'<h1 style="font-family:{head_font};font-size:{px * 1.4:.1f}px;font-style:italic;'
            f'font-weight:400;color:{style.muted};margin-top:0">'
            f"{escape_html(article.display_title)}</h1>"
        )
    if story.subheadline:
        parts.append(
            f'<h2 style="font-family:{head_font};font-size:{px * 1.15:.1f}px;font-weight:400;'
            f'color:{style.text};margin-top:0;margin-bottom:{px * 0.5:.1f}px">'
            f"{mark(story.subheadline)}</h2>"
        )
    meta = [mark(x) for x in (story.byline, story.dateline) if x]
    if meta:
        parts.append(
            f'<p style="font-family:{body_font};font-size:{px * 0.82:.1f}px;color:{style.muted};'
            f'margin-top:{px * 0.2:.1f}px;margin-bottom:{px * 0.9:.1f}px">'
            + " &nbsp;·&nbsp; ".join(meta)
            + "</p>"
        )
    if story.continued_from is not None:
        parts.append(
            f'<p style="font-size:{px * 0.8:.1f}px;color:{style.muted};font-style:italic">'
            f"{escape_html(story.continued_from)}</p>"
        )
    indent = f"text-indent:{px * 2:.1f}px;" if cjk else ""
    paragraph_gap = px * (0.55 if cjk else 0.75)
    for paragraph in story.paragraphs:
        parts.append(
            f'<p style="font-family:{body_font};font-size:{px:.1f}px;color:{style.text};'
            f"line-height:{line_height}%;{indent}margin-top:0;"
            f'margin-bottom:{paragraph_gap:.1f}px">{mark(paragraph)}</p>'
        )
    target = issue.jump_target(article) if issue is not None else None
    if story.continued_to is not None or target is not None:
        link_text = escape_html(story.continued_to or "")
        if target is not None:
            target_page = issue.page(target[0]) if issue is not None else None
            where = escape_html(target_page.label if target_page else f"page {target[0]}")
            label = f"Read it on {where} →" if target[1] else f"Go to {where} →"
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
                f"{link_text} (not in this issue)</p>"
            )
    if story.credit:
        parts.append(
            f'<p style="font-family:{body_font};font-size:{px * 0.8:.1f}px;color:{style.muted};'
            f'margin-top:{px * 0.4:.1f}px" align="right">{mark(story.credit)}</p>'
        )
    parts.append(
        f'<hr style="color:{style.rule};background-color:{style.rule}" />'
        f'<p style="font-family:{style.fonts.stack(cjk, serif=False)};'
        f'font-size:{px * 0.7:.1f}px;color:{style.muted}">'
        f"{escape_html(_source_line(issue, page, article.page_number))}</p>"
    )
    return "".join(parts)


def render_unplaced_html(
    page: Page, issue: Issue | None, style: PaneStyle, highlight: Highlighter | None = None
) -> str:
    """A page's unplaced text (and its furniture), shown rather than hidden."""
    counter = [0]
    px = style.pixels
    cjk = mostly_cjk(" ".join(page.unplaced))
    font = style.fonts.stack(cjk_first=cjk)
    parts = [
        f'<p style="font-family:{style.fonts.stack(False, serif=False)};'
        f'font-size:{px * 0.68:.1f}px;color:{style.accent};letter-spacing:1px">UNPLACED TEXT</p>',
        f'<h1 style="font-family:{font};font-size:{px * 1.4:.1f}px;font-weight:400;margin-top:0;'
        f'color:{style.text}">{escape_html(page.label)}: text not placed in any story</h1>',
    ]
    for line in page.unplaced:
        spans = highlight(line) if highlight else []
        parts.append(
            f'<p style="font-family:{font};font-size:{px:.1f}px;color:{style.text};'
            f'line-height:170%;margin-bottom:{px * 0.4:.1f}px">{_marked(line, spans, counter)}</p>'
        )
    if page.furniture:
        parts.append(
            f'<p style="font-size:{px * 0.75:.1f}px;color:{style.muted};margin-top:{px:.1f}px">'
            "Page furniture: " + " · ".join(escape_html(f) for f in page.furniture) + "</p>"
        )
    parts.append(
        f'<hr style="color:{style.rule}" /><p style="font-size:{px * 0.7:.1f}px;'
        f'color:{style.muted}">{escape_html(_source_line(issue, page, page.number))}</p>'
    )
    return "".join(parts)


class InertDocument(QTextDocument):
    """A text document that never loads a resource.

    ``QTextDocument.loadResource`` falls back to reading local files itself when the widget's
    hook returns nothing, so overriding the browser alone is not enough: this override is the
    one place every image or style-sheet lookup ends, and it returns empty data.
    """

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return QByteArray()


class ReadingPane(QTextBrowser):
    """Shows one article. Read-only; follows no link and loads no resource, by construction."""

    #: The reader clicked a teaser's jump: (page number, article id or "").
    jumpRequested = Signal(int, str)
    #: The shown article changed; the number of hits marked in it.
    hitsMarked = Signal(int)

    #: Widest text column, in multiples of the text size (about 36 Chinese characters).
    COLUMN_EMS = 36
    #: Margin kept on each side of the column even in a narrow window, in pixels.
    MIN_MARGIN = 28

    def __init__(self, fonts: ReadingFonts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_viewport()
        self.setObjectName("readingPane")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setDocument(InertDocument(self))
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setFont(page_text_font(self.font()))
        self.anchorClicked.connect(self._on_anchor)
        self._fonts = fonts
        self._setting_palette = False
        self._zoom = 0
        self._hits: list[tuple[int, int]] = []
        self._current_hit = -1
        self._render: Callable[[PaneStyle], str] | None = None
        self._apply_colours()

    def _own_viewport(self) -> None:
        """Give the pane a viewport made here, set up as QTextBrowser sets up its own.

        The first call of ``viewport()`` on a viewport Qt made costs ~10 ms of start-up:
        PySide6 then has to work out its Python type and loads every QWidget subclass of
        QtWidgets (with their enums) to do so. A viewport created from Python is known already.
        """
        viewport = QWidget(self)
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        viewport.setMouseTracking(True)
        self.setViewport(viewport)

    # Safety -------------------------------------------------------------------------------
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Never load anything: no image, style sheet or file named by any text reaches us.

        An empty (but valid) value: returning ``None`` here made PySide6 drop a reference to
        None on every call, and Qt treats a null value as "go and read the file yourself".
        """
        return QByteArray()

    def setSource(self, *args: Any, **kwargs: Any) -> None:
        """Navigation is disabled: the pane only shows what ``show_html`` gives it."""

    def _on_anchor(self, url: QUrl) -> None:
        from PySide6.QtCore import QUrlQuery

        if url.scheme() != JUMP_SCHEME or url.path() != "jump":
            return
        query = QUrlQuery(url)
        try:
            page = int(query.queryItemValue("page"))
        except ValueError:
            return
        self.jumpRequested.emit(page, query.queryItemValue("article"))

    # Look ---------------------------------------------------------------------------------
    @property
    def style_info(self) -> PaneStyle:
        # The theme is the application's: our own paper colour must not decide it.
        dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return PaneStyle(fonts=self._fonts, zoom=self._zoom, dark=dark)

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, zoom: int) -> None:
        if zoom == self._zoom:
            return
        self._zoom = zoom
        self.rerender()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._setting_palette:
            self._apply_colours()
            self.rerender()

    def _apply_colours(self) -> None:
        """Paper colour through the palette (a style sheet would cost every paint)."""
        style = self.style_info
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(style.paper))
        palette.setColor(QPalette.ColorRole.Text, QColor(style.text))
        self._setting_palette = True
        self.setPalette(palette)
        self._setting_palette = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_column()

    def _apply_column(self) -> None:
        """Centre a column of comfortable width by setting the root frame's side margins."""
        width = self.viewport().width()
        column = self.style_info.pixels * self.COLUMN_EMS
        side = max(self.MIN_MARGIN, (width - column) / 2)
        frame = self.document().rootFrame()
        fmt: QTextFrameFormat = frame.frameFormat()
        if abs(fmt.leftMargin() - side) < 0.5:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(max(24.0, self.style_info.pixels * 1.8))
        fmt.setBottomMargin(max(48.0, self.style_info.pixels * 4))
        frame.setFrameFormat(fmt)

    # Content ------------------------------------------------------------------------------
    def show_html(self, render: Callable[[PaneStyle], str]) -> None:
        """Show what ``render(style)`` returns; kept so zoom or theme changes can redraw it."""
        self._render = render
        self.rerender(keep_position=False)

    def clear_content(self) -> None:
        self._render = None
        self.clear()
        self._hits = []
        self._current_hit = -1
        self.setExtraSelections([])

    def rerender(self, keep_position: bool = True) -> None:
        if self._render is None:
            return
        bar = self.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if keep_position and bar.maximum() else 0.0
        document = self.document()
        document.setDefaultFont(self.font())
        html = self._render(self.style_info)
        self.setHtml(html)
        self._apply_column_force()
        self._collect_hits()
        bar.setValue(round(ratio * bar.maximum()))
        self.hitsMarked.emit(len(self._hits))

    def _apply_column_force(self) -> None:
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        fmt.setLeftMargin(-1)
        frame.setFrameFormat(fmt)
        self._apply_column()

    def _collect_hits(self) -> None:
        """Find the marked hits in the laid-out document.

        Qt puts a hit's anchor name on its first character only, so a hit runs from a fragment
        named "hit-N" over the following coloured fragments until the colour stops or the next
        hit starts.
        """
        hits: list[tuple[int, int]] = []
        current: list[int] | None = None
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                iterator += 1
                if not fragment.isValid():
                    continue
                fmt = fragment.charFormat()
                start, end = fragment.position(), fragment.position() + fragment.length()
                if any(name.startswith("hit-") for name in fmt.anchorNames()):
                    if current is not None:
                        hits.append((current[0], current[1]))
                    current = [start, end]
                elif (
                    current is not None
                    and current[1] == start
                    and fmt.background().style() != Qt.BrushStyle.NoBrush
                ):
                    current[1] = end
                elif current is not None:
                    hits.append((current[0], current[1]))
                    current = None
            if current is not None:
                hits.append((current[0], current[1]))
                current = None
            block = block.next()
        self._hits = hits
        self._current_hit = -1
        self.setExtraSelections([])

    # Hits ---------------------------------------------------------------------------------
    @property
    def hit_count(self) -> int:
        return len(self._hits)

    @property
    def current_hit(self) -> int:
        return self._current_hit

    def hit_text(self, number: int) -> str:
        start, end = self._hits[number]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def select_hit(self, number: int) -> bool:
        """Scroll to hit ``number`` (negative counts from the end) and outline it."""
        if not self._hits:
            return False
        if number < 0:
            number += len(self._hits)
        if not 0 <= number < len(self._hits):
            return False
        self._current_hit = number
        start, end = self._hits[number]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.style_info.accent))
        fmt.setForeground(QColor("#ffffff"))
        selection.format = fmt
        self.setExtraSelections([selection])
        caret = QTextCursor(self.document())
        caret.setPosition(start)
        self.setTextCursor(caret)
        self.ensureCursorVisible()
        return True

    def step_hit(self, forward: bool) -> bool:
        """Go to the next (or previous) hit; False when there is none left in this article."""
        if forward:
            return self.select_hit(self._current_hit + 1)
        if self._current_hit == -1:
            return self.select_hit(len(self._hits) - 1)
        return self._current_hit > 0 and self.select_hit(self._current_hit - 1)

    # Scrolling ----------------------------------------------------------------------------
    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def at_top(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() <= bar.minimum()

    def page_down(self) -> None:
        self.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)

    def page_up(self) -> None:
        self.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def scroll_to_bottom(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def plain_text(self) -> str:
        return self.document().toPlainText()
