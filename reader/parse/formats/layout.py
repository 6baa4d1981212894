"""Pages with geometry (ALTO, hOCR) into the one parsing path that plain text takes.

A format reader fills a LayoutPage (blocks of lines of words, with boxes in image pixels, type
sizes and word confidences). ``build_page`` puts the blocks in reading order from their
positions (columns left to right, top to bottom in each; a block stays together), turns each
line into a ``lines.Line`` carrying its relative type size and weight, and sends the blocks
through the same furniture test, reflow, classification and assembly as a page of text.
The articles then get their zones (rectangles of the lines they were made of) and their
low-confidence word spans. METS articles use ``article_from_blocks`` instead of assembly.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from reader.model import (
    LOW_CONFIDENCE,
    TEXT_PARTS,
    Article,
    ArticleKind,
    LowConfidence,
    Page,
    Zone,
)
from reader.parse.assemble import BRIEF_MAX_CHARS, assemble, unit_text
from reader.parse.classify import is_furniture, names_a_page, title_style
from reader.parse.lines import Block, Line
from reader.parse.masthead import is_issue_label, may_hold_date
from reader.parse.reflow import Unit, reflow_block
from reader.text.cjk import (
    ends_sentence,
    join_lines,
    letter_counts,
    normalise_width,
    page_vocabulary,
    repair_spacing,
)


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in image pixels."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def union(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


def union_of(boxes: Iterable[Box | None]) -> Box | None:
    result: Box | None = None
    for box in boxes:
        if box is not None:
            result = box if result is None else result.union(box)
    return result


@dataclass(slots=True)
class LayoutWord:
    """One word as the engine read it, its letters normalised as a text page's are.

    Full-width letters and digits become half-width and Latin ligatures their letters
    (``ﬁnished`` → ``finished``), as ``decode_page`` does for text, so a word reads, searches
    and highlights the same whichever format carried it.
    """

    text: str
    box: Box | None = None
    #: 0 (a guess) to 100 (sure); None when the engine did not say.
    confidence: int | None = None

    def __post_init__(self) -> None:
        self.text = normalise_width(self.text)


@dataclass(slots=True)
class LayoutLine:
    words: list[LayoutWord]
    box: Box | None = None
    #: The type size in the format's own measure (points, or pixels of line height); 0 unknown.
    size: float = 0.0
    bold: bool = False
    #: The engine marked a paragraph start here (hOCR ocr_par, ALTO indentation).
    starts_paragraph: bool = False

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words if w.text)


@dataclass(slots=True)
class LayoutBlock:
    #: The block's id in the file (ALTO TextBlock ID, hOCR id), which METS refers to.
    id: str
    lines: list[LayoutLine] = field(default_factory=list)

    @property
    def box(self) -> Box | None:
        """The block's box, rebuilt from its lines (block boxes in the wild can be wrong)."""
        return union_of(line.box for line in self.lines)


@dataclass(slots=True)
class LayoutPage:
    blocks: list[LayoutBlock]
    #: The page picture's path as the file names it (resolved by the reader), if any.
    image: str | None = None
    #: (width, height) of the pixel space of all boxes.
    image_size: tuple[int, int] | None = None


# --- reading order --------------------------------------------------------------------------


def reading_order(blocks: Sequence[LayoutBlock]) -> list[LayoutBlock]:
    """Blocks in reading order from their positions: columns left to right, each top down.

    A column is the run of blocks whose left edges lie within half a typical block width of
    each other; a block wider than a column (a spanning headline) reads in the column of its
    left edge at its height. Where most lines are vertical (traditional Chinese), columns read
    right to left. Blocks without geometry keep their place at the end.
    """
    placed = [(b, b.box) for b in blocks]
    with_box = [(b, box) for b, box in placed if box is not None]
    without = [b for b, box in placed if box is None]
    if len(with_box) < 2:
        return [b for b, _ in with_box] + without
    # The column width: the width most lines are set in (headlines and short blocks are
    # narrower or wider, and must not make columns of their own).
    weighted = sorted((box.width, len(b.lines)) for b, box in with_box)
    half, seen, column = sum(n for _, n in weighted) / 2, 0, 1.0
    for width, lines in weighted:
        seen += lines
        if seen >= half:
            column = max(1.0, width)
            break
    ordered = sorted(with_box, key=lambda item: item[1].x)
    columns: list[list[tuple[LayoutBlock, Box]]] = []
    start = -1e18
    for block, box in ordered:
        if box.x > start + column * 0.5 or not columns:
            columns.append([])
            start = box.x
        columns[-1].append((block, box))
    if is_vertical(blocks):
        columns.reverse()  # vertical CJK reads its columns right to left
    result: list[LayoutBlock] = []
    for members in columns:
        result.extend(b for b, _ in sorted(members, key=lambda item: (item[1].y, item[1].x)))
    return result + without


def is_vertical(blocks: Sequence[LayoutBlock]) -> bool:
    """Whether most of the page's text is set in vertical lines (traditional CJK layout)."""
    tall = wide = 0
    for block in blocks:
        for line in block.lines:
            if line.box is not None:
                weight = len(line.text)
                if line.box.height > 1.5 * line.box.width:
                    tall += weight
                else:
                    wide += weight
    return tall > wide


# --- the one path ---------------------------------------------------------------------------


@dataclass(slots=True)
class _PageLines:
    """The page's lines as the text path sees them, with where each came from."""

    blocks: list[Block] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    #: Line number -> (block index in reading order, box, low-confidence words).
    where: dict[int, tuple[int, Box | None, list[tuple[str, int]]]] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)


def body_size(lines: Iterable[LayoutLine]) -> float:
    """The type size of the page's body text: the median size over its characters."""
    sized = sorted((line.size, len(line.text)) for line in lines if line.size > 0)
    total = sum(weight for _, weight in sized)
    if not total:
        return 0.0
    seen = 0
    for size, weight in sized:
        seen += weight
        if seen * 2 >= total:
            return size
    return sized[-1][0]


def _typical_height(lines: Sequence[LayoutLine]) -> float:
    heights = [line.box.height for line in lines if line.box is not None and line.box.height > 0]
    return statistics.median(heights) if heights else 0.0


def _indented(line: LayoutLine, block_left: float | None, height: float) -> bool:
    if line.starts_paragraph:
        return True
    if line.box is None or block_left is None or height <= 0:
        return False
    return line.box.x - block_left >= 0.9 * height


def _to_lines(
    blocks: Sequence[LayoutBlock],
    newspaper: str | None,
    first_number: int = 1,
    keep_furniture: bool = False,
) -> _PageLines:
    out = _PageLines()
    all_lines = [line for block in blocks for line in block.lines]
    body = body_size(all_lines)
    number = first_number
    furniture_above = False
    current: list[Line] = []
    previous_box: Box | None = None
    previous_listing = False
    for index, block in enumerate(blocks):
        height = _typical_height(block.lines)
        box = block.box
        listing = _names_pages(block)
        if current and not (
            _runs_on(current[-1].text)
            and not _in_capitals(_first_text(block))
            and not (listing or previous_listing)
            and _continues_track(previous_box, box, height)
        ):
            out.blocks.append(Block(tuple(current), False))
            current = []
        previous_box, previous_listing = box, listing
        previous_bottom: float | None = None
        for layout_line in block.lines:
            text = layout_line.text.strip()
            if not text:
                continue
            out.text.append(text)
            # The line's place in reading order: the paper's name and the masthead's labels
            # alone are furniture among the page's first lines, as in plain text; an issue's
            # number straight under another piece of furniture is furniture anywhere.
            position = len(out.text) - 1
            if not keep_furniture and (
                is_furniture(text, newspaper, position)
                or (furniture_above and is_issue_label(text))
            ):
                out.furniture.append(repair_spacing(text))
                furniture_above = True
                continue
            furniture_above = False
            # A wide vertical gap inside a block (a column set as one block) parts stories.
            gap = int(
                previous_bottom is not None
                and layout_line.box is not None
                and height > 0
                and layout_line.box.y - previous_bottom > 1.5 * height
            )
            if gap and current:
                out.blocks.append(Block(tuple(current), False))
                current = []
            relative = layout_line.size / body if body > 0 and layout_line.size > 0 else 0.0
            line = Line(
                number,
                text,
                _indented(layout_line, box.x if box else None, height),
                gap,
                size=relative,
                bold=layout_line.bold,
            )
            current.append(line)
            low = [
                (w.text, w.confidence)
                for w in layout_line.words
                if w.confidence is not None and w.confidence < LOW_CONFIDENCE and w.text
            ]
            out.where[number] = (index, layout_line.box, low)
            number += 1
            if layout_line.box is not None:
                previous_bottom = layout_line.box.bottom
    if current:
        out.blocks.append(Block(tuple(current), False))
    return out


_RUN_ON_ENDS = frozenset(",;-\u00ad")


def _runs_on(text: str) -> bool:
    """Whether a line of prose stops mid-sentence: it ends on a small letter, a comma, a
    semicolon or a hyphen (a column rule's mark after it left aside)."""
    stripped = text.rstrip().rstrip("|¦").rstrip()
    return bool(stripped) and (stripped[-1].islower() or stripped[-1] in _RUN_ON_ENDS)


def _first_text(block: LayoutBlock) -> str:
    return next((text for line in block.lines if (text := line.text.strip())), "")


def _in_capitals(text: str) -> bool:
    """A line set in capitals (a title's print), OCR's odd small letter allowed."""
    letters, capitals = letter_counts(text)
    return letters >= 4 and capitals >= 0.8 * letters


def _names_pages(block: LayoutBlock) -> bool:
    """Whether a block names a page ("… Lake Superior's history. Page 4"): a digest of the
    issue's news, whose items end on their pages and whose blocks keep them apart."""
    return any(names_a_page(line.text) for line in block.lines)


def _continues_track(above: Box | None, below: Box | None, height: float) -> bool:
    """Whether a block goes on the column track of the block before it in reading order:
    straight under it (no wider gap than inside a block) and over the same width of column."""
    if above is None or below is None or height <= 0:
        return False
    if not -height <= below.y - above.bottom <= 1.5 * height:
        return False
    overlap = min(above.right, below.right) - max(above.x, below.x)
    return overlap >= 0.8 * max(above.width, below.width)


def build_page(
    layout: LayoutPage,
    number: int,
    name: str | None,
    source: str | None,
    newspaper: str | None,
) -> Page:
    """Rebuild the articles of a page with geometry, through the text path's own steps."""
    blocks = reading_order(layout.blocks)
    page_lines = _to_lines(blocks, newspaper)
    units: list[Unit] = []
    for index, block in enumerate(page_lines.blocks):
        units.extend(reflow_block(block, index))
    assembly = assemble(units, number, page_vocabulary("\n".join(page_lines.text)))
    articles = tuple(
        with_geometry(article, members, page_lines.where, number)
        for article, members in zip(assembly.articles, assembly.members, strict=True)
    )
    return Page(
        number=number,
        name=name,
        articles=articles,
        furniture=tuple(page_lines.furniture),
        unplaced=tuple(assembly.unplaced),
        source=source,
        removed_hyphens=assembly.removed_hyphens,
        image=layout.image,
        image_size=layout.image_size,
    )


# --- zones and doubtful words ---------------------------------------------------------------


def zones_of(
    members: Iterable[int],
    where: dict[int, tuple[int, Box | None, list[tuple[str, int]]]],
    page: int,
) -> tuple[Zone, ...]:
    """One rectangle per run of consecutive lines of one block that an article was made of."""
    zones: list[Zone] = []
    run: Box | None = None
    last: tuple[int, int] | None = None  # (block, line number)
    for line_number in sorted(members):
        found = where.get(line_number)
        if found is None:
            continue
        block, box, _ = found
        if box is None:
            continue
        if run is not None and last is not None and last == (block, line_number - 1):
            run = run.union(box)
        else:
            if run is not None:
                zones.append(_zone(run, page))
            run = box
        last = (block, line_number)
    if run is not None:
        zones.append(_zone(run, page))
    return tuple(zones)


def _zone(box: Box, page: int) -> Zone:
    x, y = round(box.x), round(box.y)
    return Zone(page, x, y, max(1, round(box.right) - x), max(1, round(box.bottom) - y))


def low_confidence_spans(
    article: Article, words: Iterable[tuple[str, int]]
) -> tuple[LowConfidence, ...]:
    """Where the doubted words (in printed order) sit in the article's texts.

    Each word is looked for from where the last one was found, in the article's texts in
    reading order; a word split by an end-of-line hyphen is found by its first part. Runs of
    doubted words separated only by spaces become one span with the lowest confidence.
    """
    texts: list[tuple[str, int, str]] = [
        (part, 0, value) for part in TEXT_PARTS if (value := getattr(article, part))
    ]
    texts.extend(("paragraph", i, p) for i, p in enumerate(article.paragraphs))
    if not texts:
        return ()
    cursors = [0] * len(texts)
    found: list[tuple[int, int, int, int]] = []  # (text index, start, end, confidence)
    current = 0
    for word, confidence in words:
        needle = word.rstrip("-\u00ad") or word
        for offset in range(len(texts)):
            index = (current + offset) % len(texts)
            start = texts[index][2].find(needle, cursors[index])
            if start >= 0:
                end = start + len(needle)
                cursors[index], current = end, index
                found.append((index, start, end, confidence))
                break
    merged: list[list[int]] = []
    for index, start, end, confidence in sorted(found):
        if merged and merged[-1][0] == index:
            between = texts[index][2][merged[-1][2] : start]
            if start >= merged[-1][2] and not between.strip():
                merged[-1][2] = end
                merged[-1][3] = min(merged[-1][3], confidence)
                continue
        merged.append([index, start, end, confidence])
    return tuple(
        LowConfidence(texts[i][0], texts[i][1], start, end, confidence)
        for i, start, end, confidence in merged
    )


def with_geometry(
    article: Article,
    members: Sequence[int],
    where: dict[int, tuple[int, Box | None, list[tuple[str, int]]]],
    page: int,
) -> Article:
    """The article with its zones and low-confidence spans, from the lines it was made of."""
    words = [word for n in sorted(members) if n in where for word in where[n][2]]
    return replace(
        article,
        zones=zones_of(members, where, page),
        low_confidence=low_confidence_spans(article, words),
    )


# --- articles a METS file defines -----------------------------------------------------------


@dataclass(slots=True)
class ArticlePart:
    """One block of an article as METS lists it: on which page, and whether it is a heading."""

    page: int
    block: LayoutBlock
    heading: bool = False


def article_from_blocks(
    parts: Sequence[ArticlePart],
    headline: str | None,
    known_words: frozenset[str],
) -> tuple[Article, int]:
    """An article made of exactly the blocks METS lists, in its order, with its title.

    Each block is reflowed into paragraphs the way text is (a paragraph cut by a block break
    runs on when it does not end a sentence); heading blocks are the headline's print and
    give the headline when METS names none. Returns the article (without its id) and the end
    of line hyphens removed.
    """
    paragraphs: list[str] = []
    heading: list[str] = []
    zones: list[Zone] = []
    removed = 0
    words: list[tuple[str, int]] = []
    #: How many of the first paragraphs are made of capitals title units alone, counted until
    #: the first paragraph of prose.
    leading_titles = 0
    in_lead = True
    for part in parts:
        page_lines = _to_lines([part.block], None, keep_furniture=True)
        target = heading if part.heading else paragraphs
        new_block = True
        for block in page_lines.blocks:
            for unit in reflow_block(block, 0):
                text, hyphens = unit_text(unit, known_words)
                removed += hyphens
                text = repair_spacing(text)
                if not text.strip():
                    continue
                joins = new_block and target and not ends_sentence(target[-1]) and not part.heading
                if joins:
                    joined, hyphens = join_lines([target[-1], text], known_words)
                    removed += hyphens
                    target[-1] = repair_spacing(joined)
                else:
                    target.append(text)
                if target is paragraphs and in_lead:
                    if unit.kind == "title" and title_style(text) == "caps":
                        leading_titles = len(paragraphs)
                    else:
                        # Prose has come; joined onto a title, that paragraph is no title.
                        leading_titles = min(leading_titles, len(paragraphs) - 1)
                        in_lead = False
                new_block = False
        words.extend(w for _, _, low_words in page_lines.where.values() for w in low_words)
        if part.block.box is not None:
            zones.append(_zone(part.block.box, part.page))
    title = headline or (" ".join(heading) if heading else None)
    if title and paragraphs and _same_text(paragraphs[0], title):
        paragraphs.pop(0)
    if title is None and leading_titles and 0 < leading_titles < len(paragraphs):
        title = _printed_title(paragraphs)
    printed = " ".join(heading)
    kind = ArticleKind.STORY
    if len(paragraphs) == 1 and len(paragraphs[0]) < BRIEF_MAX_CHARS:
        kind = ArticleKind.BRIEF
    article = Article(
        id="",
        kind=kind,
        headline=title,
        # A printed heading that differs from METS's title is kept, as the subheadline.
        subheadline=printed if printed and title and not _same_text(printed, title) else None,
        paragraphs=tuple(paragraphs),
        page_number=parts[0].page if parts else 1,
        zones=tuple(zones),
    )
    return replace(article, low_confidence=low_confidence_spans(article, words)), removed


def _printed_title(paragraphs: list[str]) -> str | None:
    """A METS article with no title of its own, opening on capitals title lines printed over
    its prose (the British Library's untitled articles: ``CAN GREAT BRITAIN EVER BE AT PEACE
    WITH BUONAPARTE ?``): the first such paragraph (its lines run together) is the headline and
    leaves the paragraphs. A one-word line or a date (``[JANUARY``) is no headline."""
    first = paragraphs[0]
    if sum(1 for word in first.split() if sum(ch.isalpha() for ch in word) >= 2) < 2:
        return None
    if may_hold_date(first):
        return None
    del paragraphs[:1]
    return first


def _same_text(a: str, b: str) -> bool:
    def squash(text: str) -> str:
        return "".join(ch for ch in text.lower() if ch.isalnum())

    return squash(a) == squash(b)
