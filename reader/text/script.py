"""Which characters are CJK letters: light to import (no regular expressions), for the window."""

from __future__ import annotations

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
