"""Plain OCR text pages: the text is split into lines and blocks and goes through the pipeline."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from reader.model import Page
from reader.parse.assemble import assemble
from reader.parse.classify import box_entry, is_box_header, is_furniture, is_title_like
from reader.parse.decode import decode_page
from reader.parse.lines import Line, segment_blocks, split_lines
from reader.parse.reflow import Unit, reflow_block, split_at_credits
from reader.text.cjk import SOFT_HYPHEN, drop_soft_hyphens, page_vocabulary, repair_spacing


def parse_page_text(
    text: str,
    number: int = 1,
    name: str | None = None,
    source: str | None = None,
    newspaper: str | None = None,
) -> Page:
    """Rebuild the articles of one page of plain OCR text (already decoded and normalised)."""
    lines = _join_cut_pointers(split_lines(text))
    furniture, content = _split_furniture(lines, newspaper)
    units: list[Unit] = []
    for index, block in enumerate(split_at_credits(segment_blocks(content))):
        units.extend(reflow_block(block, index))
    assembly = assemble(units, number, page_vocabulary(text))
    return Page(
        number=number,
        name=name,
        articles=tuple(assembly.articles),
        furniture=tuple(repair_spacing(drop_soft_hyphens(line.text)) for line in furniture),
        unplaced=tuple(assembly.unplaced),
        source=source,
        removed_hyphens=assembly.removed_hyphens,
        removed_soft_hyphens=text.count(SOFT_HYPHEN),
    )


def read_text_page(
    data: bytes, path: Path, number: int, name: str | None, newspaper: str | None
) -> Page:
    """The registry's reader for plain text: decode the bytes, then rebuild the page (bytes that
    are not text are listed in the page's ``damaged``)."""
    damaged: list[str] = []
    text = decode_page(data, path, damaged)
    page = parse_page_text(text, number=number, name=name, source=str(path), newspaper=newspaper)
    return replace(page, damaged=tuple(damaged)) if damaged else page


_CUT_POINTER = re.compile(r"(?:\bSee|\bsee|\bSee\s+[Pp]age|见|見|详见|詳見)$")
_POINTER_TAIL = re.compile(
    r"^[\[(]?(?:[Pp]age|PAGE|P\.)\s*[A-Z]?\d{1,3}\.?[)\]]?$|^第\s*\d{1,2}\s*版[）)]?$"
)


_RULE = re.compile(
    r"^[\s—–\-_=*·•~.■□▪▫●○◆◇★☆|]+$"
    # An ornament between items as OCR reads it: a dash with an "o" or "0" ("o-", "--0--").
    r"|^\s*[-—–~=_*]*\s*[oO0]\s*[-—–~=_*]+\s*$|^\s*[-—–~=_*]+\s*[oO0]\s*$"
)


def _may_be_rule(text: str) -> bool:
    """False only when _RULE cannot match: the line opens with a letter or digit (other than
    the o, O or 0 of an ornament); every character a rule opens with is neither."""
    first = text[:1]
    return not first.isalnum() or first in "oO0"


def _join_cut_pointers(lines: list[Line]) -> list[Line]:
    """Put back together a teaser's page pointer cut at the line end ("… See" / "Page 3"): alone,
    its second half would pass for a folio."""
    result: list[Line] = []
    for line in lines:
        previous = result[-1] if result else None
        if previous and _POINTER_TAIL.match(line.text) and _CUT_POINTER.search(previous.text):
            result[-1] = Line(
                previous.number, f"{previous.text} {line.text}", previous.indented, previous.gap
            )
            continue
        result.append(line)
    return result


def _split_furniture(lines: list[Line], newspaper: str | None) -> tuple[list[Line], list[Line]]:
    furniture: list[Line] = []
    content: list[Line] = []
    listing = numbered = False
    pending_gap = 0
    for index, line in enumerate(lines):
        if _may_be_rule(line.text) and _RULE.match(line.text):
            # A printed rule ("———", "* * *") is furniture that separates blocks.
            furniture.append(line)
            pending_gap += line.gap + 1
            continue
        if pending_gap:
            line, pending_gap = replace(line, gap=line.gap + pending_gap), 0
        if is_furniture(line.text, newspaper, index):
            furniture.append(line)
            listing, numbered = is_box_header(line.text), False
            continue
        # The title lines under a contents box's heading are its entries, one teaser each;
        # when the first ends on a page number, every entry does.
        entry = box_entry(line.text) is not None
        numbered = numbered or (listing and entry)
        listing = listing and (entry if numbered else is_title_like(line.text))
        content.append(replace(line, listed=True) if listing else line)
    # Lines keep their original gaps: removing furniture must not glue blocks together.
    return furniture, content
