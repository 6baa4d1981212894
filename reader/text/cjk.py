"""CJK-aware character classes, display widths, spacing repair and line joining."""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache
from typing import Final

#: Punctuation that ends a sentence (and so, at a line end, may end a paragraph).
TERMINAL_PUNCTUATION: Final = frozenset("。！？!?….")
#: Closing quotes and brackets that may follow the sentence end ("…计划。”").
CLOSING_MARKS = frozenset("」』”’\"'）)》】")
#: Punctuation that never ends a title line: commas, enumeration commas, semicolons.
CLAUSE_PUNCTUATION = frozenset("，、；,;")
#: The soft hyphen (U+00AD): an invisible mark where a word may break; never printed.
SOFT_HYPHEN: Final = "\u00ad"

_CLOSING_CHARS: Final = "".join(CLOSING_MARKS)


# The wide (W) and full-width (F) blocks of Unicode's East Asian Width table (all of CJK, kana,
# hangul and full-width forms; a few rare symbols and emoji differ), as one class so that
# widths are counted in C rather than character by character.
_WIDE: Final = re.compile(
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
    stripped = text.rstrip().rstrip(_CLOSING_CHARS)
    return bool(stripped) and stripped[-1] in TERMINAL_PUNCTUATION


def letter_counts(text: str) -> tuple[int, int]:
    """(letters, capitals) in a text, as str.isalpha and str.isupper count them. Read by code
    point: compiled, ``ord(text[i])`` reads each character in place and an ASCII one is
    judged by its range; only a character beyond ASCII asks str.isalpha (and, a letter,
    str.isupper). (The ASCII text's translation and two counts were five method calls, and
    other text's filter and map a generic call for every character; branch speed46.)"""
    letters = capitals = 0
    for index in range(len(text)):
        code = ord(text[index])
        if code < 128:
            if 97 <= code <= 122:
                letters += 1
            elif 65 <= code <= 90:
                letters += 1
                capitals += 1
        else:
            char = text[index]
            if char.isalpha():
                letters += 1
                if char.isupper():
                    capitals += 1
    return letters, capitals


def is_wide(char: str) -> bool:
    """True for characters that take two columns (CJK ideographs, kana, full-width forms)."""
    return not char.isascii() and _WIDE.match(char) is not None


# The wide class and white space as runs (see count_in_runs).
_WIDE_RUN: Final = re.compile(_WIDE.pattern + "+")
_WHITE_RUN: Final = re.compile(r"\s+")


def display_width(text: str) -> int:
    """Width in half-width columns: a CJK character counts 2, a digit or Latin letter 1."""
    return len(text) if text.isascii() else _wide_width(text)


def cjk_ratio(text: str) -> float:
    """Share of non-space characters that are wide (CJK)."""
    return 0.0 if text.isascii() else _wide_ratio(text)


def count_in_runs(runs: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the runs of a one-character class (``runs`` is the
    class followed by ``+``) cover, counted by removing the runs (C-level, one match per run: a
    line of Chinese is one run; a match per character made a Chinese line cost 9x more, and
    findall would make a string object of each)."""
    return len(text) - len(runs.sub("", text))


# Widths and ratios of text that is not ASCII are memoised (bounded): the stages of a parse ask
# them of each line again. (ASCII text is measured faster than a memo is looked up.)
@lru_cache(maxsize=1 << 14)
def _wide_width(text: str) -> int:
    return len(text) + count_in_runs(_WIDE_RUN, text)


@lru_cache(maxsize=1 << 14)
def _wide_ratio(text: str) -> float:
    visible = len(text) - count_in_runs(_WHITE_RUN, text)
    if not visible:
        return 0.0
    return count_in_runs(_WIDE_RUN, text) / visible


_SPACE_RUN: Final = re.compile(r"[ \t\u00a0\u3000]+")
_SPACE_BY_WIDE: Final = re.compile(f" (?={_WIDE.pattern})|(?<={_WIDE.pattern}) ")


def repair_spacing(text: str) -> str:
    """Remove spaces that OCR put between CJK characters and their neighbours.

    "13 日" becomes "13日", "2024 年 6 月" becomes "2024年6月", while spaces between Latin
    words ("PCT filings", "New York") stay. Runs of spaces collapse to one; runs at the ends go.
    """
    if text.isascii() and "  " not in text and "\t" not in text:
        return text.strip(" ")  # no run of spaces to collapse, no wide character
    collapsed = repair_spacing_runs(text)
    if collapsed.isascii():
        return collapsed
    return _SPACE_BY_WIDE.sub("", collapsed)


#: A Chinese headline's two phrases are set apart by a space ("颱風逼近東部沿海 花蓮縣宣布停班").
#: OCR's stray spaces fall between any two characters. A space is the headline's own when a
#: title has one or two, each between wide characters, with four characters or more either side.
PHRASE_MIN: Final = 4


def repair_title_spacing(text: str) -> str:
    """repair_spacing for a headline, keeping the space printed between its phrases.

    "颱風逼近 花蓮停班停課" stays as printed; "全 国 科 技" and "13 日" lose their spaces as in
    repair_spacing (a part shorter than PHRASE_MIN, or a Latin side, is no phrase).
    """
    if text.isascii():
        return repair_spacing(text)
    collapsed = repair_spacing_runs(text)
    if not 1 <= collapsed.count(" ") <= 2:
        return repair_spacing(collapsed)
    parts = collapsed.split(" ")
    for left, right in itertools.pairwise(parts):
        if (
            len(left) < PHRASE_MIN
            or len(right) < PHRASE_MIN
            or not is_wide(left[-1])
            or not is_wide(right[0])
        ):
            return repair_spacing(collapsed)
    return " ".join(repair_spacing(part) for part in parts)


def repair_spacing_runs(text: str) -> str:
    """Runs of spaces collapsed to one, none at the ends (the first step of repair_spacing)."""
    return _SPACE_RUN.sub(" ", text).strip(" ")


#: The first wide character (see _WIDE): a character below it is never wide.
FIRST_WIDE = "\u1100"


def joins_without_space(left: str, right: str) -> bool:
    """Whether two line fragments join with no space: either side of the seam is CJK."""
    if not left or not right:
        return True
    last, first = left[-1], right[0]
    if last < FIRST_WIDE and first < FIRST_WIDE:
        # a Latin seam: one comparison each, no call; figures broken across the seam inside
        # Chinese text join as one number ("完成35" / "00万标箱"; branch zh46)
        # (or at its decimal point, "控制在0." / "2%以下"; branch zh47)
        return (
            (last in _DIGITS or (last == "." and left[-2:-1] in _DIGITS))
            and first in _DIGITS
            and _figures_inside_cjk(left, right)
        )
    return is_wide(last) or is_wide(first)


_DIGITS: Final = frozenset("0123456789")
#: What a number broken at a line's end holds: its figures, a decimal point, a thousands' comma.
_FIGURE_CHARS: Final = frozenset("0123456789.,")
#: The most characters of a number read on either side of a seam (_figures_inside_cjk).
LONGEST_FIGURE: Final = 16


def _figures_inside_cjk(left: str, right: str) -> bool:
    """Whether the figures ending ``left`` and opening ``right`` stand between two wide (CJK)
    characters: one number broken at the line's end in Chinese text, which joins with no
    space. An English line's figures stand after a space or a Latin letter (at most
    LONGEST_FIGURE characters are read either side)."""
    i = len(left) - 1
    stop = max(-1, i - LONGEST_FIGURE)
    while i > stop and left[i] in _FIGURE_CHARS:
        i -= 1
    j, end = 0, min(len(right), LONGEST_FIGURE)
    while j < end and right[j] in _FIGURE_CHARS:
        j += 1
    if j < len(right) - 1 and right[j] in "%％":
        j += 1  # (a percentage's sign after the figures: "2%以下")
    return i >= 0 and j < len(right) and is_wide(left[i]) and is_wide(right[j])


_LETTERS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_LETTER_SET: Final = frozenset(_LETTERS)
#: Letter runs longer than this are no words (OCR noise, one huge line): joining looks back at
#: most this far into the text already joined, so its cost stays linear in the text.
LONGEST_WORD: Final = 64
_TAIL: Final = LONGEST_WORD + 2


def _trailing_letters(text: str) -> str:
    """The run of ASCII letters (_LETTERS) that ends the text ("" when none).

    (``text[len(text.rstrip(_LETTERS)):]``, read by code point: compiled, ``ord(text[i])`` reads
    the character in place, where rstrip made a copy of the rest of the line to be measured.)"""
    start = len(text)
    while start:
        code = ord(text[start - 1])
        if not (97 <= code <= 122 or 65 <= code <= 90):
            break
        start -= 1
    return text[start:]


def _leading_letters(text: str) -> str:
    """The run of ASCII letters (_LETTERS) that opens the text ("" when none; as
    ``text[: len(text) - len(text.lstrip(_LETTERS))]``, read as _trailing_letters reads)."""
    end = 0
    while end < len(text):
        code = ord(text[end])
        if not (97 <= code <= 122 or 65 <= code <= 90):
            break
        end += 1
    return text[:end]


class LineJoiner:
    """Joins column lines one at a time into one paragraph string (see :func:`join_lines`).

    Each seam is decided from the new line and a bounded tail of the text joined so far, so
    joining n characters costs O(n) however many lines they come in.
    """

    __slots__ = ("_pieces", "_tail", "known_words", "removed_hyphens")

    def __init__(self, known_words: frozenset[str] = frozenset()) -> None:
        self.known_words = known_words
        #: End-of-line hyphens removed so far.
        self.removed_hyphens = 0
        self._pieces: list[str] = []
        self._tail = ""

    def add(self, raw: str) -> None:
        """Append a line (its ends trimmed; blank lines are skipped)."""
        line = raw.strip()
        if not line:
            return
        tail = self._tail
        if not self._pieces:
            seam = ""
        elif tail[-1:] == SOFT_HYPHEN:
            # A word broken at a soft hyphen: the hyphen is never printed, the parts join.
            self._drop_last_char()
            seam = ""
        elif (
            tail[-1:] == "-"
            and (left := _trailing_letters(tail[:-1]))
            and (right := _leading_letters(line))
        ):
            compound = f"{left}-{right}".lower()
            if right[0].islower() and (
                len(left) > LONGEST_WORD or compound not in self.known_words
            ):
                self._drop_last_char()
                self.removed_hyphens += 1
            seam = ""
        elif joins_without_space(tail, line) or (
            # _split_word needs a letter before the seam and the line opening in lower case:
            # asked here, they spare the call.
            tail[-1] in _LETTER_SET
            and line[0].islower()
            and _split_word(tail, line, self.known_words)
        ):
            seam = ""
        else:
            seam = " "
        if seam:
            self._pieces.append(seam)
        self._pieces.append(line)
        self._tail = (self._tail + seam + line[-_TAIL:])[-_TAIL:]

    def _drop_last_char(self) -> None:
        self._pieces[-1] = self._pieces[-1][:-1]
        self._tail = self._tail[:-1]

    @property
    def tail(self) -> str:
        """The last characters joined so far (a bounded tail, as the seams see it)."""
        return self._tail

    @property
    def ends_sentence(self) -> bool:
        """Whether the text so far (spacing repaired) ends a sentence: :func:`ends_sentence`."""
        return ends_sentence(repair_spacing(self._tail))

    @property
    def empty(self) -> bool:
        return not self._pieces

    def text(self) -> str:
        """The joined text; a soft hyphen left at its very end is dropped too."""
        text = "".join(self._pieces)
        return text[:-1] if text.endswith(SOFT_HYPHEN) else text


def join_lines(lines: list[str], known_words: frozenset[str] = frozenset()) -> tuple[str, int]:
    """Join column lines into one paragraph string; returns (text, hyphens removed).

    CJK seams join without a space, Latin seams with one. An end-of-line hyphen between two
    lower-case word parts is removed ("informa-" + "tion") unless the evidence in
    ``known_words`` (hyphenated forms seen elsewhere on the page, lower-cased) says the word is a
    real compound ("well-known"); a hyphen before a capital ("New-" + "York") is kept. Where OCR
    dropped the hyphen ("Har" + "bor"), the parts join with no space when the whole word occurs
    elsewhere on the page and one part is no word of its own there. A soft hyphen (U+00AD) at a
    line end always joins the parts and is dropped (it is never printed; the page counts soft
    hyphens itself, so they are not in the count returned here).
    """
    joiner = LineJoiner(known_words)
    for raw in lines:
        joiner.add(raw)
    return joiner.text(), joiner.removed_hyphens


def _split_word(left: str, right: str, known_words: frozenset[str]) -> bool:
    if not right[:1].islower():
        return False
    first = _trailing_letters(left).lower()
    second = _leading_letters(right).lower()
    if not first or not second or len(first) > LONGEST_WORD:
        return False
    # (two words of the page each is the usual seam: ruled out before the whole is made)
    return (first not in known_words or second not in known_words) and (
        f"{first}{second}" in known_words
    )


def drop_soft_hyphens(text: str) -> str:
    """The text without soft hyphens (U+00AD), which are never printed."""
    return text.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in text else text


#: A page's words as page_vocabulary reads them: ASCII letters (capitals lowered), hyphens and
#: line ends kept, every other byte a space (a character that is not ASCII is one "?" first).
_WORD_BYTES: Final = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if 97 <= byte <= 122 or byte in b"-\n" else 32
    for byte in range(256)
)


def _whole_word(token: str) -> bool:
    """Whether a run of letters and hyphens is a word or a compound ("well-known"), not one
    with a hyphen at an end or two together ("-the", "was--")."""
    return token[0] != "-" and token[-1] != "-" and "--" not in token


def page_vocabulary(text: str) -> frozenset[str]:
    """Lower-cased words printed whole on a page: hyphenated compounds seen inside lines
    ("well-known") and plain words. The evidence for rejoining words broken at line ends.

    A word is a run of ASCII letters, or of letter runs joined by single hyphens, with neither
    a letter nor a hyphen either side. They are read from the page's bytes with every other
    character made a space (one C call for the page, no regex search: a third of the cost)."""
    plain = text.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")
    words: set[str] = set()
    for line in plain.split("\n"):
        tokens = line.split()
        if "-" in line:
            tokens = [token for token in tokens if _whole_word(token)]
        # A line's first and last words may be fragments of words broken at the line ends.
        words.update(tokens[1:-1])
    return frozenset(words)


_FULLWIDTH_ALNUM: Final = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0x3000: 0x20,
    0x00A0: 0x20,
    0x0009: 0x20,
}
#: Latin typographic ligatures, one glyph for two or three letters, as a PDF's text layer gives
#: them (pdftotext writes "ﬁfth"): their letters (the lead's round 47).
_LIGATURES: Final = {
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
}
#: The CJK radicals (U+2E80–U+2EF3) that stand for a whole character, simplified or not, with
#: that character: a PDF's text layer gives them where its font shares one glyph between the
#: radical and the character ("⻔诊" for 门诊, "⺠政" for 民政). Unicode gives them no
#: compatibility mapping, so they are listed here (CJKRadicals.txt's characters).
_RADICALS_SUPPLEMENT: Final = {
    0x2E9F: "母", 0x2EA0: "民", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角", 0x2EC8: "讠",
    0x2EC9: "贝", 0x2ECB: "车", 0x2ED0: "钅", 0x2ED3: "长", 0x2ED4: "门", 0x2ED8: "青",
    0x2EDA: "页", 0x2EDB: "风", 0x2EDC: "飞", 0x2EDD: "食", 0x2EDF: "飠", 0x2EE0: "饣",
    0x2EE2: "马", 0x2EE3: "骨", 0x2EE4: "鬼", 0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE7: "卤",
    0x2EE8: "麦", 0x2EE9: "黄", 0x2EEA: "黾", 0x2EEC: "齐", 0x2EEE: "齿", 0x2EF0: "龙",
    0x2EF3: "龟",
}  # fmt: skip
#: The Kangxi radicals (U+2F00–U+2FD5), each the unified ideograph NFKC gives it ("⽼" → 老,
#: "⼈" → 人), and the radicals above: poppler's pdftotext reads a PDF set in a Noto or Source
#: Han font so ("⽼年⼈" for 老年人), and a reader searches, highlights and reads the
#: characters (the lead's round 49).
_RADICALS: Final[dict[int, str]] = {
    **{cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)},
    **_RADICALS_SUPPLEMENT,
}
_WIDTH_AND_LIGATURES: Final[dict[int, int | str]] = {
    **_FULLWIDTH_ALNUM,
    **_LIGATURES,
    **_RADICALS,
}


#: An ASCII stop or comma an OCR engine set between two Chinese characters ("公布,今年",
#: "衛生廳:新增"; Tesseract's chi_tra model gives them so): the page printed the full-width mark.
#: So is a division slash (U+2215) a PDF's text layer gives for the full-width solidus of a
#: Chinese byline ("記者陳冠宇∕台中報導": pdftotext reads a Noto CJK page so, as it gives
#: Kangxi radicals; branch zh50).
_ASCII_MARK_IN_HAN: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])[,;:!?\u2215](?=[ \n]?[\u4e00-\u9fff])"
)
_FULL_WIDTH_MARK: Final = {
    ",": "，",
    ";": "；",
    ":": "：",
    "!": "！",
    "?": "？",
    "\u2215": "／",
}


def full_width_marks_in_han(text: str) -> str:
    """An ASCII comma, semicolon, colon, exclamation or question mark between two Chinese
    characters (one space or a line's end after it allowed) becomes the full-width mark the
    page printed ("公布,今年" → "公布，今年"): the stops every Chinese rule reads; a division
    slash there the full-width solidus (_ASCII_MARK_IN_HAN). Figures
    keep theirs ("1,000", "2.00澳元"). Linear, one pass; a text with no such mark is returned
    as it is."""
    if (
        "," not in text
        and ":" not in text
        and ";" not in text
        and "!" not in text
        and "?" not in text
        and "\u2215" not in text
    ):
        return text
    return _ASCII_MARK_IN_HAN.sub(lambda match: _FULL_WIDTH_MARK[match.group(0)], text)


def normalise_width(text: str) -> str:
    """Full-width ASCII letters and digits become half-width (ＡＩ → AI), Latin ligatures their
    letters (ﬁ → fi) and CJK radicals the characters they stand for (⽼ → 老); CJK punctuation
    stays."""
    return text.translate(_WIDTH_AND_LIGATURES)
