"""hOCR pages as Tesseract writes them: ``ocr_page``, ``ocr_carea``, ``ocr_par``, ``ocr_line``
(and ``ocr_header``, ``ocr_caption``, ``ocr_textfloat``), ``ocrx_word`` with ``bbox``,
``x_wconf``, ``x_size`` and the page's ``image``. Boxes are image pixels already.

The XHTML doctype Tesseract writes is accepted and never fetched (see formats.xml).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from reader.errors import InputError
from reader.model import Page
from reader.parse.formats.images import find_image, image_size
from reader.parse.formats.layout import (
    Box,
    LayoutBlock,
    LayoutLine,
    LayoutPage,
    LayoutWord,
    build_page,
)
from reader.parse.formats.xml import parse_xml

_LINE_CLASSES = frozenset({"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
_BBOX = re.compile(r"\bbbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)")
_WCONF = re.compile(r"\bx_wconf\s+(-?\d+(?:\.\d+)?)")
_XSIZE = re.compile(r"\bx_size\s+(\d+(?:\.\d+)?)")
_IMAGE = re.compile(r"\bimage\s+(?:\"([^\"]*)\"|'([^']*)'|(\S+?))\s*(?:;|$)")


def read_hocr_page(
    data: bytes, path: Path, number: int, name: str | None, newspaper: str | None
) -> Page:
    """The registry's reader for hOCR: geometry into the one parsing path (layout.build_page)."""
    layout = hocr_layout(parse_xml(data, path), path)
    return build_page(layout, number, name, str(path), newspaper)


def _classes(element: etree._Element) -> set[str]:
    return set((element.get("class") or "").split())


def hocr_layout(root: etree._Element, path: Path) -> LayoutPage:
    """The blocks (ocr_carea), lines and words of the first ocr_page of an hOCR document."""
    page = next((e for e in root.iter() if "ocr_page" in _classes(e)), None)
    if page is None:
        raise InputError("hOCR document has no ocr_page", path)
    title = page.get("title") or ""
    image_match = _IMAGE.search(title)
    named = next((g for g in image_match.groups() if g), None) if image_match else None
    image = find_image(path, named)
    size = image_size(image) if image is not None else None
    page_box = _bbox(title)
    if size is None and page_box is not None:
        size = (round(page_box.width), round(page_box.height))
    blocks: list[LayoutBlock] = []
    current: LayoutBlock | None = None
    for element in page.iter():
        classes = _classes(element)
        if "ocr_carea" in classes:
            current = LayoutBlock(element.get("id") or "")
            blocks.append(current)
        elif classes & _LINE_CLASSES:
            if current is None:
                current = LayoutBlock("")
                blocks.append(current)
            line = _line(element)
            if line.words:
                parent = element.getparent()
                first_in_par = (
                    parent is not None
                    and "ocr_par" in _classes(parent)
                    and (next((c for c in parent if _classes(c) & _LINE_CLASSES), None) is element)
                )
                line.starts_paragraph = first_in_par and bool(current.lines)
                current.lines.append(line)
    return LayoutPage(
        blocks=[b for b in blocks if b.lines],
        image=str(image) if image is not None else None,
        image_size=size,
    )


def _line(element: etree._Element) -> LayoutLine:
    title = element.get("title") or ""
    words = []
    for word in element.iter():
        if "ocrx_word" not in _classes(word):
            continue
        text = "".join(str(t) for t in word.itertext()).strip()
        if not text:
            continue
        word_title = word.get("title") or ""
        confidence = _WCONF.search(word_title)
        words.append(
            LayoutWord(
                text,
                _bbox(word_title),
                round(float(confidence.group(1))) if confidence else None,
            )
        )
    box = _bbox(title)
    x_size = _XSIZE.search(title)
    size = float(x_size.group(1)) if x_size else (box.height if box else 0.0)
    return LayoutLine(words, box, size)


def _bbox(title: str) -> Box | None:
    match = _BBOX.search(title)
    if match is None:
        return None
    x0, y0, x1, y1 = (int(v) for v in match.groups())
    if x1 < x0 or y1 < y0:
        return None
    return Box(x0, y0, x1 - x0, y1 - y0)
