"""Plain OCR text pages: the text is split into lines and blocks and goes through the pipeline."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.model import Page
from reader.parse.assemble import assemble
from reader.parse.classify import is_furniture
from reader.parse.decode import decode_page
from reader.parse.lines import Line, segment_blocks, split_lines
from reader.parse.reflow import Unit, reflow_block
from reader.text.cjk import SOFT_HYPHEN, drop_soft_hyphens, page_vocabulary, repair_spacing


def parse_page_text(
    text: str,
    number: int = 1,
    name: str | None = None,
    source: str | None = None,
    newspaper: str | None = None,
) -> Page:
    """Rebuild the articles of one page of plain OCR text (already decoded and normalised)."""
    lines = split_lines(text)
    furniture, content = _split_furniture(lines, newspaper)
    units: list[Unit] = []
    for index, block in enumerate(segment_blocks(content)):
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
    return dataclasses.replace(page, damaged=tuple(damaged)) if damaged else page


def _split_furniture(lines: list[Line], newspaper: str | None) -> tuple[list[Line], list[Line]]:
    furniture: list[Line] = []
    content: list[Line] = []
    for line in lines:
        (furniture if is_furniture(line.text, newspaper) else content).append(line)
    # Lines keep their original gaps: removing furniture must not glue blocks together.
    return furniture, content
