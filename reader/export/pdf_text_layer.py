"""Mend the text layer of a Qt-written PDF: radical code points where the page shows ideographs.

Qt builds each embedded font's /ToUnicode map by walking Unicode upwards and keeping the first
code point that reaches a glyph. Fonts such as Noto CJK and Source Han draw 人 (U+4EBA) and the
Kangxi radical ⼈ (U+2F08) with one glyph, so Qt's map says the glyph means ⼈: the PDF looks
right, but copying, searching and text extraction give radicals for some 200 everyday
characters (人 日 月 工 大 一 …). The map is plain text in the file and each entry is a
fixed-width hex code, so a wrong code can be swapped for the right one in place, byte for byte,
without moving anything the cross-reference table points at.

Which ideograph a radical entry stands for is decided from the characters the document holds:
the one character there, not itself a radical, that the font draws with the same glyph. When the
document holds the radical itself, or no single such character, the entry is left as Qt wrote it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

#: Glyphs that draw a character: (font family, glyph index) pairs.
GlyphKeys = Callable[[str], set[tuple[str, int]]]

_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.S)
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")


def is_radical(char: str) -> bool:
    """True for the CJK Radicals Supplement and Kangxi Radicals blocks (U+2E80–U+2FDF)."""
    return 0x2E80 <= ord(char) <= 0x2FDF


def radical_replacements(chars: Iterable[str], glyph_keys: GlyphKeys) -> dict[str, str]:
    """Radical -> the one character of ``chars`` drawn with the same glyph.

    Radicals the document itself holds are left out: for them the map is not wrong.
    """
    present = set(chars)
    by_glyph: dict[tuple[str, int], set[str]] = {}
    for char in present:
        if is_radical(char):
            continue
        for key in glyph_keys(char):
            by_glyph.setdefault(key, set()).add(char)
    replacements: dict[str, str] = {}
    for code in range(0x2E80, 0x2FE0):
        radical = chr(code)
        if radical in present:
            continue
        candidates: set[str] = set()
        for key in glyph_keys(radical):
            candidates |= by_glyph.get(key, set())
        folded = unicodedata.normalize("NFKC", radical)
        if folded != radical and folded in present:
            candidates.add(folded)
        if len(candidates) == 1:
            replacements[radical] = candidates.pop()
    return replacements


def _stream_span(data: bytes, number: int) -> tuple[int, int] | None:
    """Start and end of the uncompressed stream of object ``number``; None when compressed."""
    header = re.search(rb"(?:^|[\r\n])%d\s+0\s+obj\s*<<(.*?)>>\s*stream\r?\n" % number, data, re.S)
    if header is None or b"/Filter" in header.group(1):
        return None
    end = data.find(b"endstream", header.end())
    return (header.end(), end) if end >= 0 else None


def _mend_cmap(cmap: bytes, codes: dict[int, int]) -> tuple[bytes, int]:
    """``cmap`` with destination codes swapped per ``codes``, and how many were swapped.

    Sources (glyph ids) are never touched, and every swap keeps the length.
    """
    swapped = 0

    def swap_hex(match: re.Match[bytes]) -> bytes:
        nonlocal swapped
        value = int(match.group(1), 16)
        if value not in codes:
            return match.group(0)
        swapped += 1
        return b"<%04X>" % codes[value]

    def bfchar(match: re.Match[bytes]) -> bytes:
        return match.group(0)[: match.start(2) - match.start(0) - 1] + _HEX4.sub(
            swap_hex, b"<" + match.group(2) + b">"
        )

    def bfrange(match: re.Match[bytes]) -> bytes:
        low, high = int(match.group(1), 16), int(match.group(2), 16)
        target = match.group(3)
        # A range counting up from one target code is no single glyph's entry: leave it.
        if target.startswith(b"[") or low == high:
            target = _HEX4.sub(swap_hex, target)
        return match.group(0)[: match.start(3) - match.start(0)] + target

    def section(match: re.Match[bytes]) -> bytes:
        kind, body = match.group(1), match.group(2)
        entry, mend = (_BFCHAR, bfchar) if kind == b"bfchar" else (_BFRANGE, bfrange)
        return b"begin" + kind + entry.sub(mend, body) + b"end" + kind

    return _SECTION.sub(section, cmap), swapped


def mend_text_layer(path: Path, chars: Iterable[str], glyph_keys: GlyphKeys) -> int:
    """Swap radical code points for the document's ideographs in every /ToUnicode map of ``path``.

    Returns how many map entries changed. The file keeps its length and every object's offset.
    """
    replacements = radical_replacements(chars, glyph_keys)
    if not replacements:
        return 0
    codes = {ord(r): ord(c) for r, c in replacements.items() if ord(c) <= 0xFFFF}
    original = path.read_bytes()
    # Swaps keep every length, so the spans found in the original hold for the copy edited.
    data = bytearray(original)
    changed = 0
    for number in sorted({int(m.group(1)) for m in _TO_UNICODE.finditer(original)}):
        span = _stream_span(original, number)
        if span is None:
            continue
        start, end = span
        mended, swapped = _mend_cmap(bytes(data[start:end]), codes)
        data[start:end] = mended
        changed += swapped
    if changed:
        path.write_bytes(bytes(data))
    return changed
