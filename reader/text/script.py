"""Which characters are CJK letters, which of the two Chinese scripts (Simplified or
Traditional) a text is written in, and both scripts folded to one for matching: light to import
(no regular expressions; the fold's table loads at its first use), for the window."""

from __future__ import annotations

import functools
from typing import Final

#: Code point ranges of CJK script letters: ideographs, kana, bopomofo, hangul (no punctuation).
CJK_SCRIPT_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # bopomofo
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7AF),  # hangul syllables
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x3FFFF),  # extensions B and later
)


def is_cjk_letter(char: str) -> bool:
    """True for a Chinese, Japanese or Korean letter (not CJK punctuation)."""
    code = ord(char)
    return any(low <= code <= high for low, high in CJK_SCRIPT_RANGES)


#: Common characters written differently in the two scripts: the Simplified forms, then their
#: Traditional forms in the same order (each character in one string only). Every pair is a pair
#: of the fold's table (a test holds them to it); they are its commonest pairs, not all of it,
#: because the table also folds characters a Simplified text prints as they are (乾 in 乾隆,
#: 於 as a surname), which would vote Traditional, and because this test runs without the table.
SIMPLIFIED_FORMS: Final = (
    "这个们为来说时对会发过动当后经头现与长开东车电报记实术业进点体关问题应学国华门书馆湾风区县"
    "员议机让认识护质费资产农级务统网线图边还从将无"
)
TRADITIONAL_FORMS: Final = (
    "這個們為來說時對會發過動當後經頭現與長開東車電報記實術業進點體關問題應學國華門書館灣風區縣"
    "員議機讓認識護質費資產農級務統網線圖邊還從將無"
)
_SIMPLIFIED: Final = frozenset(SIMPLIFIED_FORMS)
_TRADITIONAL: Final = frozenset(TRADITIONAL_FORMS)


#: The fold as ``str.translate`` tables, made at first use: every character of the Basic
#: Multilingual Plane as a string indexed by code point (128 KB; a lookup there took 37 ns a
#: character against a dict's 49, best of five on the loaded 2-core VM), and the few hundred
#: Traditional characters beyond it in a dict, used only on a text that has such characters.
@functools.cache
def _fold_tables() -> tuple[str, dict[int, int]]:
    from reader.text.fold_table import SIMPLIFIED, TRADITIONAL

    plane = [chr(code) for code in range(0x10000)]
    astral: dict[int, int] = {}
    for traditional, simplified in zip(TRADITIONAL, SIMPLIFIED, strict=True):
        if ord(traditional) < 0x10000:
            plane[ord(traditional)] = simplified
        else:
            astral[ord(traditional)] = ord(simplified)
    return "".join(plane), astral


def fold_script(text: str) -> str:
    """``text`` with every Traditional Chinese character in its Simplified form (圖書館 →
    图书馆, 颱風 → 台风, 髮 and 發 → 发), for matching only: search and highlighting fold the
    page and the query alike, so either script finds both. One character for one, so the folded
    text is as long as ``text`` and a hit's offsets in it are offsets in the page's own text."""
    if text.isascii():
        return text
    plane, astral = _fold_tables()
    folded = text.translate(plane)  # (a character past the plane is left as it is)
    if len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text):
        folded = folded.translate(astral)
    return folded


@functools.cache
def _variants() -> dict[str, str]:
    """Each character of a two-form group of the fold, to its whole group (sorted)."""
    from reader.text.fold_table import SIMPLIFIED, TRADITIONAL

    groups: dict[str, set[str]] = {}
    for traditional, simplified in zip(TRADITIONAL, SIMPLIFIED, strict=True):
        groups.setdefault(simplified, {simplified}).add(traditional)
    variants: dict[str, str] = {}
    for group in groups.values():
        variants.update(dict.fromkeys(group, "".join(sorted(group))))
    return variants


def script_variants(char: str) -> str:
    """Every character that folds as ``char`` does, ``char`` among them (台 → 台檯臺颱, 風 →
    风風; a character written alike in both scripts, or not Chinese, is alone): what a page may
    print where a query has ``char``, so a match can be made in the page's own text."""
    return _variants().get(char, char)


def is_traditional(text: str) -> bool:
    """True when more of ``text``'s common two-form characters take their Traditional form than
    their Simplified one (a text with neither, or English, is not Traditional)."""
    traditional = simplified = 0
    for char in text:
        if char in _TRADITIONAL:
            traditional += 1
        elif char in _SIMPLIFIED:
            simplified += 1
    return traditional > simplified


#: Families tried first for text in Traditional characters (the window's story, a PDF export):
#: their full-width punctuation sits in the middle of its square, as Taiwan and Hong Kong print
#: it (the SC faces set it low at the left, as the mainland does).
TRADITIONAL_FAMILIES: tuple[str, ...] = (
    "Noto Serif CJK TC",
    "Noto Sans CJK TC",
    "Source Han Serif TC",
    "Source Han Sans TC",
    "Noto Serif CJK HK",
    "Noto Sans CJK HK",
    "AR PL UMing TW",
)
