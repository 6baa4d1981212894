"""ALTO XML pages (v1 to v4, and the old CCS namespace): blocks, lines and words with geometry.

What is read: ``TextBlock``/``TextLine``/``String`` with ``HPOS VPOS WIDTH HEIGHT``; ``SP``;
``HYP`` (the hyphen at a line end, kept so the text path rejoins the word and counts it);
``HypPart1``/``HypPart2`` with ``SUBS_CONTENT`` (the whole word is written once, on the first
line); ``WC`` (0–1) or ``CC`` (0 sure – 9 unsure per character) as word confidence; ``Styles``
/``TextStyle`` font sizes and bold; ``MeasurementUnit`` (pixel, mm10, inch1200) converted to
image pixels; ``sourceImageInformation/fileName``. Block boxes are rebuilt from their lines,
because real files carry wrong ones (the 1920 Evening Star has WIDTH and HEIGHT swapped).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
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
    union_of,
)
from reader.parse.formats.xml import local_name, parse_xml

#: Dots per inch assumed for inch1200/mm10 coordinates when no picture tells the scale.
ASSUMED_DPI = 300
_UNITS_PER_INCH = {"inch1200": 1200.0, "mm10": 254.0}


@dataclass(frozen=True, slots=True)
class _Style:
    size: float
    bold: bool


def read_alto_page(
    data: bytes, path: Path, number: int, name: str | None, newspaper: str | None
) -> Page:
    """The registry's reader for ALTO: geometry into the one parsing path (layout.build_page)."""
    layout = alto_layout(parse_xml(data, path), path)
    return build_page(layout, number, name, str(path), newspaper)


def alto_layout(root: etree._Element, path: Path) -> LayoutPage:
    """The blocks, lines and words of an ALTO document, in image pixels."""
    if local_name(root).lower() != "alto":
        raise InputError(f"not an ALTO document (root element <{local_name(root)}>)", path)
    namespace = etree.QName(root).namespace
    tag = (lambda name: f"{{{namespace}}}{name}") if namespace else (lambda name: name)
    unit = (_text(root.find(f".//{tag('MeasurementUnit')}")) or "pixel").lower()
    named_image = _text(root.find(f".//{tag('sourceImageInformation')}/{tag('fileName')}"))
    page = root.find(f".//{tag('Page')}")
    page_width = _number(page, "WIDTH") if page is not None else 0.0
    page_height = _number(page, "HEIGHT") if page is not None else 0.0
    image = find_image(path, named_image)
    size = image_size(image) if image is not None else None
    if size and page_width > 0:
        scale = size[0] / page_width
    elif unit in _UNITS_PER_INCH:
        scale = ASSUMED_DPI / _UNITS_PER_INCH[unit]
    else:
        scale = 1.0
    if size is None and page_width > 0 and page_height > 0:
        size = (round(page_width * scale), round(page_height * scale))
    styles = _styles(root, tag)
    use_font_sizes = any(style.size > 0 for style in styles.values())
    blocks = [
        _block(element, tag, styles, scale, use_font_sizes)
        for element in root.iter(tag("TextBlock"))
    ]
    return LayoutPage(
        blocks=[b for b in blocks if b.lines],
        image=str(image) if image is not None else None,
        image_size=size,
    )


def _styles(root: etree._Element, tag: object) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    for element in root.iter(tag("TextStyle")):  # type: ignore[operator]
        ident = element.get("ID")
        if ident:
            weight = (element.get("FONTSTYLE") or "").lower()
            styles[ident] = _Style(_number(element, "FONTSIZE"), "bold" in weight)
    return styles


def _block(
    element: etree._Element,
    tag: object,
    styles: dict[str, _Style],
    scale: float,
    use_font_sizes: bool,
) -> LayoutBlock:
    block = LayoutBlock(element.get("ID") or "")
    block_refs = tuple((element.get("STYLEREFS") or "").split())
    string_tag, hyp_tag = tag("String"), tag("HYP")  # type: ignore[operator]
    style_cache: dict[tuple[str | None, str | None, tuple[str, ...]], _Style | None] = {}
    for line_element in element.iter(tag("TextLine")):  # type: ignore[operator]
        line_refs = tuple((line_element.get("STYLEREFS") or "").split()) + block_refs
        words: list[LayoutWord] = []
        sized: list[tuple[_Style | None, int]] = []
        whole_word = False
        # Only String and HYP children (lxml filters by tag without making the SP elements).
        for child in line_element.iterchildren(string_tag, hyp_tag):
            child_tag = child.tag
            if child_tag == string_tag:
                get = child.get
                subs = get("SUBS_TYPE")
                content = get("CONTENT") or ""
                whole_word = False
                if subs is not None and get("SUBS_CONTENT"):
                    if subs == "HypPart2":
                        # The whole word was written with its first part.
                        continue
                    if subs == "HypPart1":
                        content, whole_word = get("SUBS_CONTENT") or content, True
                words.append(LayoutWord(content, None, _confidence(get("WC"), get("CC"))))
                key = (get("STYLEREFS"), get("STYLE"), line_refs)
                if key in style_cache:
                    style = style_cache[key]
                else:
                    style = style_cache[key] = _style_of(key[0], key[1], line_refs, styles)
                sized.append((style, len(content)))
            elif child_tag == hyp_tag and words and not whole_word:
                words[-1].text += child.get("CONTENT") or "-"
        if not words:
            continue
        box = _box(line_element, scale)
        if box is None:
            box = union_of(_box(child, scale) for child in line_element.iter(string_tag))
        size, bold = _line_style(sized)
        if not use_font_sizes:
            size = box.height if box is not None else 0.0
        block.lines.append(LayoutLine(words, box, size, bold))
    return block


def _style_of(
    refs: str | None, style: str | None, inherited: tuple[str, ...], styles: dict[str, _Style]
) -> _Style | None:
    for ref in [*(refs or "").split(), *inherited]:
        found = styles.get(ref)
        if found is not None:
            bold = found.bold or "bold" in (style or "").lower()
            return _Style(found.size, bold) if bold != found.bold else found
    return _Style(0.0, True) if style and "bold" in style.lower() else None


def _line_style(sized: Iterable[tuple[_Style | None, int]]) -> tuple[float, bool]:
    """The size and weight most of a line's characters are set in."""
    sizes: dict[float, int] = {}
    bold = plain = 0
    for style, weight in sized:
        if style is None:
            plain += weight
            continue
        sizes[style.size] = sizes.get(style.size, 0) + weight
        if style.bold:
            bold += weight
        else:
            plain += weight
    size = max(sizes.items(), key=lambda item: item[1])[0] if sizes else 0.0
    return size, bold > plain


def _confidence(wc: str | None, cc: str | None) -> int | None:
    """Word confidence 0–100 from ALTO's WC (0–1) or, without it, CC (0 sure – 9 unsure)."""
    if wc:
        try:
            value = float(wc)
        except ValueError:
            return None
        return max(0, min(100, round(value * 100 if value <= 1.0 else value)))
    if cc and cc.replace(" ", "").isdigit():
        digits = [int(ch) for ch in cc if ch.isdigit()]
        return max(0, min(100, round(100 - sum(digits) / len(digits) * 100 / 9)))
    return None


def _box(element: etree._Element, scale: float) -> Box | None:
    try:
        x = float(element.get("HPOS", ""))
        y = float(element.get("VPOS", ""))
        width = float(element.get("WIDTH", ""))
        height = float(element.get("HEIGHT", ""))
    except ValueError:
        return None
    if width < 0 or height < 0:
        return None
    return Box(x * scale, y * scale, width * scale, height * scale)


def _number(element: etree._Element | None, name: str) -> float:
    if element is None:
        return 0.0
    try:
        return float(element.get(name, "0") or 0)
    except ValueError:
        return 0.0


def _text(element: etree._Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text.strip() or None
