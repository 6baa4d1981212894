"""CJK-aware character classes, display widths, spacing repair and line joining."""

from __future__ import annotations

import re

#: Punctuation that ends a sentence (and so, at a line end, may end a paragraph).
TERMINAL_PUNCTUATION = frozenset("。！？!?….")
#: Closing quotes and brackets that may follow the sentence end ("…计划。”").
CLOSING_MARKS = frozenset("」』”’\"'）)》】")
#: Punctuation that never ends a title line: commas, enumeration commas, semicolons.
CLAUSE_PUNCTUATION = frozenset("，、；,;")


# The wide (W) and full-width (F) blocks of Unicode's East Asian Width table (all of CJK, kana,
# hangul and full-width forms; a few rare symbols and emoji differ), as one class so that
# widths are counted in C rather than character by character.
_WIDE = re.compile(
    "[\u1100-\u115f\u231a\u231b\u2329\u232a\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe"
    "\u2614\u2615\u2648-\u2653\u267f\u2693\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5"
    "\u26ce\u26d4\u26ea\u26f2-\u26f5\u26fa\u26fd\u2705\u270a\u270b\u2728\u274c\u274e"
    "\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55"
    "\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\ua4cf\ua960-\ua97f\uac00-\ud7a3"
    "\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6"
    "\U00016fe0-\U0001b2ff\U0001f004\U0001f0cf\U0001f18e\U0001f191-\U0001f19a"
    "\U0001f200-\U0001f64f\U0001f680-\U0001f6ff\U0001f7e0-\U0001f7eb"
    "\U0001f90c-\U0001f9ff\U0001fa70-\U0001faff\U00020000-\U0003fffd]"
)


def ends_sentence(text: str) -> bool:
    """True when the text ends with sentence-final punctuation, allowing closing quotes after it."""
    stripped = text.rstrip()
    while stripped and stripped[-1] in CLOSING_MARKS:
        stripped = stripped[:-1]
    return bool(stripped) and stripped[-1] in TERMINAL_PUNCTUATION


def is_wide(char: str) -> bool:
    """True for characters that take two columns (CJK ideographs, kana, full-width forms)."""
    return _WIDE.match(char) is not None


_SPACE = re.compile(r"\s")


def display_width(text: str) -> int:
    """Width in half-width columns: a CJK character counts 2, a digit or Latin letter 1."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


def cjk_ratio(text: str) -> float:
    """Share of non-space characters that are wide (CJK)."""
    if text.isascii():
        return 0.0
    visible = len(text) - len(_SPACE.findall(text))
    if not visible:
        return 0.0
    return len(_WIDE.findall(text)) / visible


_SPACE_RUN = re.compile(r"[ \t\u00a0\u3000]+")


def repair_spacing(text: str) -> str:
    """Remove spaces that OCR put between CJK characters and their neighbours.

    "13 日" becomes "13日", "2024 年 6 月" becomes "2024年6月", while spaces between Latin
    words ("PCT filings", "New York") stay. Runs of spaces collapse to one.
    """

    def keep(match: re.Match[str]) -> str:
        start, end = match.span()
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if not before or not after:
            return ""
        if is_wide(before) or is_wide(after):
            return ""
        return " "

    return _SPACE_RUN.sub(keep, text)


def joins_without_space(left: str, right: str) -> bool:
    """Whether two line fragments join with no space: either side of the seam is CJK."""
    if not left or not right:
        return True
    return is_wide(left[-1]) or is_wide(right[0])


_HYPHENATED_TAIL = re.compile(r"([A-Za-z]+)-$")
_WORD_HEAD = re.compile(r"^([A-Za-z]+)")


def join_lines(lines: list[str], known_words: frozenset[str] = frozenset()) -> tuple[str, int]:
    """Join column lines into one paragraph string; returns (text, hyphens removed).

    CJK seams join without a space, Latin seams with one. An end-of-line hyphen between two
    lower-case word parts is removed ("informa-" + "tion") unless the evidence in
    ``known_words`` (hyphenated forms seen elsewhere on the page, lower-cased) says the word is a
    real compound ("well-known"); a hyphen before a capital ("New-" + "York") is kept. Where OCR
    dropped the hyphen ("Har" + "bor"), the parts join with no space when the whole word occurs
    elsewhere on the page and one part is no word of its own there.
    """
    text = ""
    removed = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not text:
            text = line
            continue
        tail = _HYPHENATED_TAIL.search(text)
        head = _WORD_HEAD.match(line)
        if tail and head and len(text) > 1 and not text.endswith("--"):
            left, right = tail.group(1), head.group(1)
            compound = f"{left}-{right}".lower()
            if right[0].islower() and compound not in known_words:
                text = text[:-1] + line
                removed += 1
            else:
                text = text + line
            continue
        if joins_without_space(text, line) or _split_word(text, line, known_words):
            text = text + line
        else:
            text = text + " " + line
    return text, removed


_WORD_TAIL = re.compile(r"([A-Za-z]+)$")


def _split_word(left: str, right: str, known_words: frozenset[str]) -> bool:
    tail = _WORD_TAIL.search(left)
    head = _WORD_HEAD.match(right)
    if not tail or not head or not right[:1].islower():
        return False
    first, second = tail.group(1).lower(), head.group(1).lower()
    return f"{first}{second}" in known_words and (
        first not in known_words or second not in known_words
    )


_INNER_WORD = re.compile(r"(?<![A-Za-z-])[A-Za-z]+(?:-[A-Za-z]+)*(?![A-Za-z-])")


def page_vocabulary(text: str) -> frozenset[str]:
    """Lower-cased words printed whole on a page: hyphenated compounds seen inside lines
    ("well-known") and plain words. The evidence for rejoining words broken at line ends."""
    words: set[str] = set()
    for line in text.split("\n"):
        # A line's first and last words may be fragments of words broken at the line ends.
        inner = [m.group(0).lower() for m in _INNER_WORD.finditer(line.strip())][1:-1]
        words.update(inner)
    return frozenset(words)


_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0x3000: 0x20,
    0x00A0: 0x20,
    0x0009: 0x20,
}


def normalise_width(text: str) -> str:
    """Full-width ASCII letters and digits become half-width (ＡＩ → AI); CJK punctuation stays."""
    return text.translate(_FULLWIDTH_ALNUM)
