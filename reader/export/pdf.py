"""PDF export with Qt: font coverage checked first, stories laid out page by page, bookmarks added.

This is the only module of reader.export that imports Qt. It needs a QGuiApplication (the
offscreen platform is enough). The stories are one QTextDocument made from the same markup as
the HTML export; it is laid out on the QPdfWriter's resolution and painted one page at a time
under a running header and footer. Because QPdfWriter has no outline API, the bookmarks are
appended afterwards by :mod:`reader.export.pdf_outline`.
"""

from __future__ import annotations

import logging
import os
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QRawFont,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLine,
)

from reader.errors import ExportError, InputError
from reader.export.atomic import atomic_target, check_target, disk_full
from reader.export.common import (
    CancelCheck,
    ExportItem,
    ExportOptions,
    Labels,
    ProgressCallback,
    StoryParts,
    check_cancel,
    document_labels,
    document_title,
    report,
    story_parts,
)
from reader.export.html import story_anchor, story_html
from reader.export.pdf_outline import OutlineEntry, add_outline
from reader.export.pdf_text_layer import GlyphKeys, mend_text_layer
from reader.qimage import to_qimage
from reader.qt_compat import pin_singletons
from reader.text.escape import escape_controls, escape_html
from reader.text.script import TRADITIONAL_FAMILIES

log = logging.getLogger(__name__)

#: Device resolution for layout. Text is vector either way; this sets layout precision.
RESOLUTION = 600
MARGIN_MM = 18.0
#: Body text's line pitch in ems (type sizes): roomier for Chinese, whose characters fill their
#: square, than for Latin text with its ascenders and descenders.
LEADING = {"zh": 1.7, "en": 1.35}
#: Body paragraphs are justified by an attribute: Qt's rich text ignores ``text-align: justify``
#: in CSS (it reads it as left) but honours ``align="justify"``.
BODY_PARAGRAPH = '<p class="body"'
JUSTIFIED_BODY_PARAGRAPH = '<p class="body" align="justify"'
#: First-line indent of body paragraphs, in characters (ems): two in Chinese, by custom.
INDENT_EMS = {"zh": 2.0, "en": 0.0}
INSTALL_HINT = (
    "install a font that covers them, for example Noto Sans CJK "
    "(apt install fonts-noto-cjk) or WenQuanYi Micro Hei (apt install fonts-wqy-microhei)"
)

#: Families tried first, best first: full CJK faces with Latin, then smaller CJK faces.
PREFERRED_FAMILIES: tuple[str, ...] = (
    "Noto Serif CJK SC",
    "Noto Sans CJK SC",
    "Source Han Serif SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
)

_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


class FontCoverage(Protocol):
    """Answers which installed fonts exist and which characters a font lacks."""

    def candidates(self) -> list[str]:
        """Installed font families, most suitable first."""
        ...

    def missing(self, family: str, chars: Iterable[str]) -> set[str]:
        """The characters of ``chars`` that ``family`` has no glyph for."""
        ...


def raw_font(family: str) -> QRawFont:
    """The face of ``family`` itself (invalid when it is not installed)."""
    font = QFont(family)
    # Without this, QRawFont.fromFont may resolve to a fallback face, not the family asked.
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return QRawFont.fromFont(font)


class QtFontCoverage:
    """Font coverage from Qt's font database (needs a QGuiApplication)."""

    def __init__(self) -> None:
        self._raw: dict[str, QRawFont] = {}

    def candidates(self) -> list[str]:
        installed = QFontDatabase.families()
        present = set(installed)
        cjk: list[str] = []
        for system in (
            QFontDatabase.WritingSystem.SimplifiedChinese,
            QFontDatabase.WritingSystem.TraditionalChinese,
            QFontDatabase.WritingSystem.Japanese,
        ):
            cjk.extend(QFontDatabase.families(system))
        ordered = [f for f in PREFERRED_FAMILIES if f in present] + cjk + installed
        return list(dict.fromkeys(ordered))

    def missing(self, family: str, chars: Iterable[str]) -> set[str]:
        raw = self._raw.get(family)
        if raw is None:
            raw = self._raw[family] = raw_font(family)
        if not raw.isValid():
            return set(chars)
        return {c for c in chars if not raw.supportsCharacter(ord(c))}


def glyph_keys(families: Sequence[str]) -> GlyphKeys:
    """For a character, the (family, glyph index) pairs that draw it in ``families``."""
    raws = [(family, raw) for family in families if (raw := raw_font(family)).isValid()]

    def keys(char: str) -> set[tuple[str, int]]:
        found: set[tuple[str, int]] = set()
        for family, raw in raws:
            if raw.supportsCharacter(ord(char)):
                found.update((family, g) for g in raw.glyphIndexesForString(char) if g)
        return found

    return keys


def visible_chars(texts: Iterable[str]) -> set[str]:
    """The characters that need a glyph: everything but spaces, line breaks and format marks."""
    chars: set[str] = set()
    for text in texts:
        chars.update(text)
    return {c for c in chars if unicodedata.category(c) not in ("Zs", "Zl", "Zp", "Cc", "Cf")}


def choose_fonts(
    chars: set[str], coverage: FontCoverage, preferred: Sequence[str] = ()
) -> list[str]:
    """Font families that together cover ``chars``: one when possible, else a short list; the
    installed families of ``preferred`` are tried first, in its order.

    Raises ExportError naming the characters no installed font has, and how to fix it.
    """
    installed = coverage.candidates()
    present = set(installed)
    candidates = list(dict.fromkeys([f for f in preferred if f in present] + installed))
    best: tuple[str, set[str]] | None = None
    for family in candidates:
        lacking = coverage.missing(family, chars)
        if not lacking:
            return [family]
        if best is None or len(lacking) < len(best[1]):
            best = (family, lacking)
    if best is None:
        raise ExportError(f"no fonts are installed; {INSTALL_HINT}")
    families, remaining = [best[0]], best[1]
    for family in candidates:
        if not remaining:
            break
        if family in families:
            continue
        lacking = coverage.missing(family, remaining)
        if len(lacking) < len(remaining):
            families.append(family)
            remaining = lacking
    if remaining:
        shown = sorted(remaining)
        listed = ", ".join(f"{c} (U+{ord(c):04X})" for c in shown[:12])
        more = f" and {len(shown) - 12} more" if len(shown) > 12 else ""
        raise ExportError(
            f"no installed font has {len(shown)} character(s) of the selection: "
            f"{listed}{more}; {INSTALL_HINT}"
        )
    return families


def pdf_stylesheet(
    base: float, pixels_per_point: float, language: str = "en", natural_leading: float = 1.45
) -> str:
    """Qt rich-text CSS for the stories, sized from the base font size in points, set for the
    document's language (``Labels.language``): body paragraphs get that language's leading and
    first-line indent (they are justified by ``JUSTIFIED_BODY_PARAGRAPH``; Qt does not
    hyphenate, it breaks words at soft hyphens only).

    Qt reads font sizes in points but margins in CSS pixels at the screen's logical resolution
    (which it then scales to the PDF's), so margins are converted here; the first-line indent
    it takes in the PDF's own device pixels (``RESOLUTION``) unscaled. Qt's line height is a
    share of the font's own line spacing (``natural_leading`` ems: 1.45 for Noto CJK), so the
    share is chosen to give ``LEADING`` ems.
    """
    line_height = LEADING[language] / natural_leading * 100
    indent = base * INDENT_EMS[language] * RESOLUTION / 72

    def gap(points: float) -> str:
        return f"{points * pixels_per_point:.0f}px"

    return f"""
    p {{ margin-top: 0; margin-bottom: {gap(base * 0.5)}; }}
    p.body {{ line-height: {line_height:.0f}%;
              text-indent: {indent:.0f}px; }}
    p.kicker {{ color: #555555; font-size: {base * 1.05:.1f}pt; margin-bottom: {gap(2)}; }}
    h2 {{ font-size: {base * 1.7:.1f}pt; font-weight: bold; margin-top: 0;
          margin-bottom: {gap(base * 0.4)}; }}
    h2.derived {{ font-weight: normal; }}
    span.note {{ font-size: {base * 0.75:.1f}pt; color: #777777; font-style: normal; }}
    p.subheadline {{ font-size: {base * 1.2:.1f}pt; color: #333333; }}
    p.byline {{ color: #444444; margin-bottom: {gap(base * 0.2)}; }}
    p.dateline {{ color: #444444; }}
    p.jump {{ color: #666666; font-style: italic; }}
    p.credit {{ color: #555555; font-size: {base * 0.9:.1f}pt; }}
    p.citation {{ color: #666666; font-size: {base * 0.8:.1f}pt;
                  margin-bottom: {gap(base * 2.6)}; }}
    span.hl {{ background-color: #fff0a0; }}
    h1 {{ font-size: {base * 2:.1f}pt; margin-bottom: {gap(base)}; }}
    td.page {{ text-align: right; }}
    """


@dataclass(frozen=True, slots=True)
class _Geometry:
    """Where things go on a page, in device pixels of the QPdfWriter."""

    width: float
    height: float
    header: float
    footer: float
    points_per_pixel: float

    @property
    def body_top(self) -> float:
        return self.header

    @property
    def body_height(self) -> float:
        return self.height - self.header - self.footer


#: OpenType features that swap characters for glyphs the font's character map does not lead
#: to. Qt builds the PDF's text layer (/ToUnicode) from that map alone, so such glyphs copy and
#: search as nothing or as another character: Noto CJK's 'locl' swaps Latin digits for glyphs of
#: its own, its 'ccmp' draws "——" as the one glyph of "⸺" (U+2E3A), and 'liga'/'clig' join
#: "fi" into one glyph. Without them every glyph stands for the character it was drawn for.
_GLYPH_SUBSTITUTIONS_OFF = ("locl", "ccmp", "liga", "clig")


def _require_gui_application() -> None:
    # A bare QCoreApplication is not enough: fonts and painting need the GUI one.
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise ExportError("PDF export needs a running QGuiApplication (offscreen is enough)")


def _css_pixels_per_point() -> float:
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return dpi / 72


def _make_document(
    html: str,
    font: QFont,
    options: ExportOptions,
    writer: QPdfWriter,
    size: QSizeF,
    images: dict[str, QImage] | None = None,
    *,
    language: str = "en",
) -> QTextDocument:
    doc = QTextDocument()
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    per_point = _css_pixels_per_point()
    natural = QFontMetricsF(font).lineSpacing() / (font.pointSizeF() * per_point)
    doc.setDefaultStyleSheet(pdf_stylesheet(options.font_size, per_point, language, natural))
    doc.setUndoRedoEnabled(False)
    doc.setHtml(html)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(size)
    return doc


def _page_crop(item: ExportItem) -> QImage | None:
    """The part of the story's page scan that holds its zones, or None (no zones, no scan,
    or a scan that cannot be read: the story is exported without it)."""
    from reader.page_image import crop_zones

    page = item.issue.page(item.article.page_number) if item.issue is not None else None
    if page is None or not page.image or not page.image_size:
        return None
    zones = tuple(z for z in item.article.zones if z.page == page.number)
    if not zones:
        return None
    try:
        return to_qimage(crop_zones(page.image, zones, page.image_size))
    except InputError as error:
        log.info("no page crop for %s: %s", item.article.id, error)
        return None


#: The lowest resolution a page crop is drawn at (scan pixels an inch): a crop narrower than the
#: text is widened to the text's width only until each of its pixels would be drawn larger.
CROP_MIN_DPI = 100
#: The most of a page's text height one slice of a page crop takes (a crop taller than that is
#: cut across into slices, a page each; the rest leaves room for the paragraph's margins).
CROP_SLICE_OF_PAGE = 0.9


def _crop_parts(
    name: str, image: QImage, body_width: float, body_height: float, per_inch: float
) -> tuple[str, dict[str, QImage]]:
    """The crop after its story: as wide as the text (``body_width``), or as wide as it is at
    ``CROP_MIN_DPI`` when that is narrower, its aspect kept; taller than ``CROP_SLICE_OF_PAGE``
    of a page's text (``body_height``), cut across into slices of equal height that each take
    a page. (html, {resource name: picture}).

    Sizes are in CSS pixels (``per_inch`` of them an inch), the unit Qt's rich text reads an
    image's ``width`` in (at the screen's logical resolution, scaled to the PDF's like margins),
    not in the PDF's own device pixels: in those a crop came out 6× too large, ran off the page
    and left blank pages after it. walk27: the crop was sized by its aspect to about half a
    page's height, so a story down one narrow column came out 0.7 in wide, its print unreadable.
    """
    width_px, height_px = max(1, image.width()), max(1, image.height())
    width = min(body_width, width_px / CROP_MIN_DPI * per_inch)
    scale = width / width_px
    tallest = max(1.0, body_height * CROP_SLICE_OF_PAGE)
    slices = max(1, -(-int(height_px * scale) // int(tallest)))
    if height_px * scale > tallest * slices:
        slices += 1
    step = -(-height_px // slices)
    html: list[str] = []
    parts: dict[str, QImage] = {}
    for index, top in enumerate(range(0, height_px, step)):
        rows = min(step, height_px - top)
        key = name if slices == 1 else f"{name}-{index + 1}"
        parts[key] = image if slices == 1 else image.copy(0, top, width_px, rows)
        html.append(
            f'<p align="center"><img src="{key}" width="{int(width)}" '
            f'height="{int(rows * scale)}" /></p>'
        )
    return "".join(html), parts


def _body_anchor(index: int) -> str:
    return f"{story_anchor(index)}-body"


def _line_top(doc: QTextDocument, position: int) -> float:
    """Document y of the first line of the block at ``position`` (after pagination)."""
    block = doc.findBlock(position)
    line = block.layout().lineAt(0)
    top = doc.documentLayout().blockBoundingRect(block).top()
    return top + (line.y() if line.isValid() else 0.0)


def _keep_headings_with_text(
    doc: QTextDocument, count: int, page_height: float, cancel: CancelCheck | None
) -> None:
    """Move a story to the next page when its headings would end one page and its text begin
    the next (Qt's rich text has no keep-with-next). Stories are settled in order, so each move
    only relays out what follows it."""
    anchors = _anchor_positions(doc)
    for index in range(count):
        start = anchors.get(story_anchor(index))
        body = anchors.get(_body_anchor(index))
        if start is None or body is None:
            continue
        top = _line_top(doc, start)
        start_page = int(top // page_height)
        at_page_top = top - start_page * page_height < 1.0
        if at_page_top or int(_line_top(doc, body) // page_height) == start_page:
            continue
        check_cancel(cancel)
        cursor = QTextCursor(doc.findBlock(start))
        block_format = cursor.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(block_format)
        # Qt's incremental relayout keeps stale positions after a page-break change; redo the
        # rest of the document (lazily: only as far as the next question asks).
        rest = doc.findBlock(start).position()
        doc.markContentsDirty(rest, doc.characterCount() - rest)


def _anchor_positions(doc: QTextDocument) -> dict[str, int]:
    """Anchor name -> document position of the block holding it."""
    found: dict[str, int] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                found.setdefault(name, block.position())
            it += 1
        block = block.next()
    return found


def _contents_html(
    title: str, parts: Sequence[StoryParts], pages: Sequence[int], labels: Labels
) -> str:
    rows = "".join(
        f'<tr><td>{escape_html(p.title)}</td><td class="page" width="12%">{n}</td></tr>'
        for p, n in zip(parts, pages, strict=True)
    )
    return (
        f"<h1>{escape_html(title)}</h1><h2>{escape_html(labels.contents)}</h2>"
        f'<table width="100%" cellspacing="0" cellpadding="3">{rows}</table>'
    )


class _PagedLines:
    """The laid-out lines of a paginated QTextDocument, sorted onto the pages they belong to.

    Pages are painted line by line rather than with ``QTextDocument.drawContents`` and a clip
    rectangle per page: Qt's ``QTextLayout::draw`` always also draws the last line above the
    clip, so the line ending one page is painted again (clipped out of sight, but still text in
    the PDF) on top of the next, and copy, search and pdftotext find it twice. Each line drawn
    by itself at its layout position gives the same picture without the duplicates.
    """

    def __init__(self, doc: QTextDocument, page_height: float) -> None:
        self.page_height = page_height
        self.page_count = max(1, doc.pageCount())
        self.pages: list[list[tuple[QTextLine, QPointF]]] = [[] for _ in range(self.page_count)]
        layout = doc.documentLayout()
        block = doc.begin()
        while block.isValid():
            text_layout = block.layout()
            if text_layout is not None and text_layout.lineCount():
                # Where QTextLayout::draw puts the layout's origin: its position plus the offsets
                # of the frames (table cells) around it, which is blockBoundingRect's top left.
                origin = layout.blockBoundingRect(block).topLeft()
                for index in range(text_layout.lineCount()):
                    line = text_layout.lineAt(index)
                    self.pages[self.page_of(origin.y() + line.y())].append((line, origin))
            block = block.next()

    def page_of(self, y: float) -> int:
        return min(max(0, int(y // self.page_height)), self.page_count - 1)

    def draw(self, painter: QPainter, index: int, geo: _Geometry) -> None:
        painter.save()
        painter.translate(0, geo.body_top - index * self.page_height)
        for line, origin in self.pages[index]:
            line.draw(painter, origin)
        painter.restore()


def _draw_furniture(
    painter: QPainter, font: QFont, geo: _Geometry, left: str, right: str, number: int, total: int
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    line_h = geo.header * 0.45
    top = QRectF(0, 0, geo.width, line_h)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
    pen = QPen(QColor("#999999"))
    pen.setWidthF(RESOLUTION / 144)  # half a point
    painter.setPen(pen)
    painter.drawLine(0, int(line_h * 1.15), int(geo.width), int(line_h * 1.15))
    painter.setPen(QColor("#555555"))
    bottom = QRectF(0, geo.height - line_h, geo.width, line_h)
    painter.drawText(bottom, int(Qt.AlignmentFlag.AlignCenter), f"{number} / {total}")
    painter.restore()


def _furniture_texts(items: Sequence[ExportItem], title: str, labels: Labels) -> list[str]:
    return [title, labels.contents, labels.derived_title, "0123456789 /"] + [
        i.paper_named(labels) for i in items
    ]


def export_pdf(
    items: Sequence[ExportItem],
    target: Path,
    options: ExportOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    coverage: FontCoverage | None = None,
) -> None:
    """Write ``items`` to ``target`` as a PDF with bookmarks, running header and page numbers.

    Every character is checked against the installed fonts before anything is written.
    """
    pin_singletons()
    _export_pdf(items, target, options, progress=progress, cancel=cancel, coverage=coverage)


def _export_pdf(
    items: Sequence[ExportItem],
    target: Path,
    options: ExportOptions,
    *,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    coverage: FontCoverage | None,
) -> None:
    _require_gui_application()
    if not items:
        raise ExportError("nothing to export: no stories selected", target)
    check_target(target)
    labels = document_labels(items)
    title = escape_controls(document_title(items, options, labels))  # drawn and in the metadata
    parts = [story_parts(item) for item in items]
    texts = _furniture_texts(items, title, labels)
    for p in parts:
        texts += [
            t
            for t in (
                p.kicker,
                p.title,
                p.subheadline,
                p.byline,
                p.dateline,
                p.continued_from,
                p.continued_to,
                p.credit,
                p.citation,
            )
            if t
        ]
        texts += p.paragraphs
    chars = visible_chars(texts)
    preferred = TRADITIONAL_FAMILIES if labels.tag == "zh-Hant" else ()
    families = choose_fonts(chars, coverage or QtFontCoverage(), preferred)
    check_cancel(cancel)

    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(options.font_size)
    for tag in _GLYPH_SUBSTITUTIONS_OFF:
        font.setFeature(QFont.Tag(tag), 0)
    furniture_font = QFont(font)
    furniture_font.setPointSizeF(max(6.0, options.font_size * 0.8))

    total_steps = len(parts) * 2
    chunks = []
    images: dict[str, QImage] = {}
    page_mm = QPageSize(_PAGE_SIZES[options.page_size]).size(QPageSize.Unit.Millimeter)
    per_inch = 72 * _css_pixels_per_point()  # (CSS pixels, as the document reads sizes)
    body_width = (page_mm.width() - 2 * MARGIN_MM) / 25.4 * per_inch
    band_inches = options.font_size * 0.8 / 72 * 2.6  # (the header's and the footer's, below)
    body_height = ((page_mm.height() - 2 * MARGIN_MM) / 25.4 - 2 * band_inches) * per_inch
    for index, story in enumerate(parts):
        check_cancel(cancel)
        chunks.append(
            story_html(
                story,
                story_anchor(index),
                options.highlight_terms,
                page_break=options.one_per_page and index > 0,
                wrapper="div",
                body_anchor=_body_anchor(index),
                labels=labels,
            ).replace(BODY_PARAGRAPH, JUSTIFIED_BODY_PARAGRAPH)
        )
        crop = _page_crop(items[index]) if options.page_crops else None
        if crop is not None:
            html, pictures = _crop_parts(
                f"broadsheet-crop-{index}", crop, body_width, body_height, per_inch
            )
            images.update(pictures)
            chunks.append(html)
        report(progress, index + 1, total_steps)
    if not options.contents:
        chunks.insert(0, f"<h1>{escape_html(title)}</h1>")

    with atomic_target(target) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(title)
        writer.setCreator(options.creator)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(_PAGE_SIZES[options.page_size]),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        band = band_inches * RESOLUTION
        geo = _Geometry(
            width=float(writer.width()),
            height=float(writer.height()),
            header=band,
            footer=band,
            points_per_pixel=72 / RESOLUTION,
        )
        body_size = QSizeF(geo.width, geo.body_height)
        doc = _make_document(
            "".join(chunks), font, options, writer, body_size, images, language=labels.language
        )
        if not options.one_per_page:
            _keep_headings_with_text(doc, len(parts), geo.body_height, cancel)
        story_lines = _PagedLines(doc, geo.body_height)
        story_pages = story_lines.page_count
        anchors = _anchor_positions(doc)
        layout = doc.documentLayout()
        starts: list[tuple[int, float]] = []
        for index in range(len(parts)):
            position = anchors.get(story_anchor(index))
            if position is None:
                raise ExportError(f"layout lost story {index + 1}", target)
            block = doc.findBlock(position)
            # The first line, not the block: pagination may push the line below the block's top.
            first_line = block.layout().lineAt(0)
            y = layout.blockBoundingRect(block).top() + (
                first_line.y() if first_line.isValid() else 0.0
            )
            page = story_lines.page_of(y)
            starts.append((page, y - page * geo.body_height))

        contents: _PagedLines | None = None
        contents_pages = 0
        if options.contents:
            # Page numbers in the contents depend on how many pages the contents take; settle it.
            for _ in range(4):
                numbers = [contents_pages + page + 1 for page, _y in starts]
                contents_doc = _make_document(
                    _contents_html(title, parts, numbers, labels),
                    font,
                    options,
                    writer,
                    body_size,
                    language=labels.language,
                )
                contents = _PagedLines(contents_doc, geo.body_height)
                if contents.page_count == contents_pages:
                    break
                contents_pages = contents.page_count

        total_pages = contents_pages + story_pages
        page_steps = total_steps - len(parts)
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError("cannot start writing the PDF", target)
        try:
            story_at = 0
            for number in range(total_pages):
                check_cancel(cancel)
                if number:
                    writer.newPage()
                if number < contents_pages and contents is not None:
                    contents.draw(painter, number, geo)
                    left = title
                else:
                    page = number - contents_pages
                    story_lines.draw(painter, page, geo)
                    # The header names the paper of the story at the top of the page: one that
                    # starts right there, else the one running on from the page before.
                    while story_at + 1 < len(starts) and (
                        starts[story_at + 1][0] < page
                        or (starts[story_at + 1][0] == page and starts[story_at + 1][1] < 1.0)
                    ):
                        story_at += 1
                    left = escape_controls(items[story_at].paper_named(labels))
                _draw_furniture(
                    painter, furniture_font, geo, left, options.creator, number + 1, total_pages
                )
                report(progress, len(parts) + (number + 1) * page_steps // total_pages, total_steps)
        finally:
            painter.end()
        check_cancel(cancel)
        _check_written(temp, target)
        mend_text_layer(temp, chars, glyph_keys(families))
        top_margin = MARGIN_MM * 72 / 25.4
        add_outline(
            temp,
            [
                OutlineEntry(
                    escape_controls(p.title),
                    contents_pages + page,
                    top_margin + (geo.body_top + y) * geo.points_per_pixel,
                )
                for p, (page, y) in zip(parts, starts, strict=True)
            ],
        )


def _check_written(temp: Path, target: Path) -> None:
    """QPdfWriter reports no write errors: a file that does not end as a PDF ends was cut short
    (a full disk, above all), which is said in those words, naming the target."""
    with open(temp, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 64))
        tail = handle.read()
    if b"%%EOF" in tail:
        return
    if disk_full(target.parent):
        raise ExportError("cannot write: the disk is full", target)
    raise ExportError("cannot write: the PDF was not written completely", target)
