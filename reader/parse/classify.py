"""Recognises the kinds of printed text: datelines, bylines, credits, jump lines, furniture, titles.

Every rule here serves every input format; the patterns are written for Chinese and English
newspapers in general, not for one page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from reader.model import ContinuationLink
from reader.text.cjk import CLAUSE_PUNCTUATION, cjk_ratio, display_width, ends_sentence

_CN_NUM = "〇零一二三四五六七八九十百两"
_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"

# --- datelines ------------------------------------------------------------------------------
_DATELINE_PATTERNS = [
    # 新华社北京1月13日电 / 本报北京3月17日电 / 中新社上海电（记者 李明）
    re.compile(
        r"^(?:新华社|中新社|本报|人民网|央视网|新华网|光明网|中国日报网|路透社|美联社|法新社)"
        r"[\u4e00-\u9fff]{0,8}?\s*(?:\d{1,2}\s*月\s*)?(?:\d{1,2}\s*日\s*)?"
        r"(?:专)?电(?:\s*[（(][^）)\n]{1,20}[）)])?"
    ),
    # 据新华社报道 / 据《科技日报》报道
    re.compile(r"^据[^，,。\n]{1,20}?报道[，,]?"),
    # WASHINGTON, Jan. 13 (AP) — / NEW YORK, Sept. 17.— / PARIS, May 2 —
    re.compile(
        r"^[A-Z][A-Z.'\- ]{2,30},(?:\s+[A-Z][A-Za-z.]+)?\s+" + _MONTHS + r"\s*\d{1,2}\.?"
        r"(?:\s*\((?:AP|UPI|Reuters|AFP|Special|INS)\))?\s*[.]?\s*(?:—|--|-)\s*"
    ),
    # SYRACUSE, N. Y., Sept. 16.—
    re.compile(
        r"^[A-Z][A-Za-z.'\- ]{2,30},\s+(?:[A-Z][a-z]*\.\s*){1,3},?\s*" + _MONTHS + r"\s*\d{1,2}\.?"
        r"\s*(?:—|--|-)\s*"
    ),
]

# --- bylines --------------------------------------------------------------------------------
_BYLINE_LEADS = [
    # 本报讯（记者张伟） / 本报讯（记者 张伟 通讯员 李明）
    re.compile(r"^本报讯\s*(?:[（(][^）)\n]{1,30}[）)])?"),
]
_BYLINE_LINES = [
    re.compile(
        r"^(?:本报记者|本报特约记者|本报通讯员|新华社记者|记者|通讯员|特约记者)(?:\s*[\u4e00-\u9fff·]{2,4}){1,4}$"
    ),
    re.compile(r"^By\s+[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,4}\.?$"),
    re.compile(r"^BY\s+[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,4}\.?$"),
]
_BYLINE_ROLES = re.compile(
    r"本报讯|本报特约记者|本报记者|新华社记者|特约记者|通讯员|实习生|记者|\bBy\b|\bBY\b|\band\b|"
    r"[（()）、,，]"
)

# --- credits --------------------------------------------------------------------------------
_CREDIT_PATTERNS = [
    re.compile(r"[/／]?\s*摄(?:影)?$"),  # 张端/摄, 本报记者 王芳摄
    re.compile(r"^(?:图|图片|制图)[：:／/]"),  # 图：本报记者 …
    re.compile(r"^(?:Photo|Photograph|Photos|Picture)s?\s*(?:by|:)\s*\S", re.IGNORECASE),
    re.compile(r"^\(?(?:Photo|Photograph) by .+\)?$", re.IGNORECASE),
    re.compile(r"[—\-]\s*(?:Photo|Photograph) by .+$", re.IGNORECASE),
]

# --- continuation markers -------------------------------------------------------------------
_CONTINUATION_PATTERNS = [
    (re.compile(r"[（(]?\s*(下转|转)\s*第?\s*([0-9" + _CN_NUM + r"]+)\s*版\s*[）)]?$"), "to"),
    (re.compile(r"^[（(]?\s*(上接|接)\s*第?\s*([0-9" + _CN_NUM + r"]+)\s*版\s*[）)]?"), "from"),
    (
        re.compile(r"\(?\s*(Continued|Cont(?:inued)?\.?)\s+on\s+Page\s+(\w+)\.?\s*\)?\.?$", re.I),
        "to",
    ),
    (
        re.compile(r"^\(?\s*(Continued|Cont(?:inued)?\.?)\s+from\s+Page\s+(\w+)\.?\s*\)?\.?", re.I),
        "from",
    ),
]
#: Every jump line names a page (版, Page): text without either skips the patterns above.
_CONTINUATION_HINT = re.compile(r"版|page", re.IGNORECASE)
_TEASER_POINTER = re.compile(
    r"\s*[（(]\s*(?:见|详见)\s*第?\s*([0-9" + _CN_NUM + r"]+)\s*版\s*[）)]$"
)
_EN_TEASER_POINTER = re.compile(r"\s*[(\[]?\s*(?:See|On)\s+Page\s+(\w+)\.?\s*[)\]]?$", re.I)

# --- furniture ------------------------------------------------------------------------------
_FURNITURE_PATTERNS = [
    re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]"),
    re.compile(r"^(?:星期|周)[一二三四五六日天]\s*\d{4}\s*年"),
    re.compile(r"^第\s*[0-9" + _CN_NUM + r"]+\s*版(?:\s*[\u4e00-\u9fff]{0,6})?$"),
    re.compile(r"^今日\s*[0-9" + _CN_NUM + r"]+\s*版"),
    re.compile(
        r"^(?:责任编辑|本版编辑|本版责编|责编|编辑|美编|美术编辑|校对|版式设计|版面设计)\s*[：:]"
    ),
    re.compile(r"^(?:国内统一连续出版物号|国内统一刊号|邮发代号|CN\s?\d{2}\s?-\s?\d{4})"),
    re.compile(r"^(?:总)?第\s*\d+\s*期"),
    re.compile(r"^(?:农历|星期)[\u4e00-\u9fff]{1,12}$"),
    re.compile(r"^(?:今日|明日)?(?:天气|气温)[：:\s].{0,24}(?:℃|度)"),
    re.compile(
        r"^(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),?\s+"
        r"(?:MORNING|EVENING)?,?\s*(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|"
        r"SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2},?\s+\d{4}\.?$"
    ),
    # NEW YORK, MONDAY, SEPTEMBER 18, 1911.
    re.compile(
        r"^[A-Z][A-Z .'-]{2,30},\s+(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
        r",?\s+[A-Z]+\s+\d{1,2},?\s+\d{4}\.?$"
    ),
    re.compile(r"\bVOL(?:UME)?\.?\s+[IVXLC\d]+\b.*\bNO\.?\s*[\d,]+", re.IGNORECASE),
    re.compile(r"^(?:PRICE\s+)?(?:ONE|TWO|THREE|FIVE)\s+CENTS?\.?$", re.IGNORECASE),
    re.compile(r"^(?:THE\s+)?WEATHER\b.{0,60}$"),
    re.compile(r"^Page\s+\d+$", re.IGNORECASE),
]

_DATE_WORDS = re.compile(
    r"\d{4}\s*年|\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|"
    r"NOVEMBER|DECEMBER)\b.*\b1[6-9]\d\d\b|\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|"
    r"SATURDAY|SUNDAY)\b",
    re.IGNORECASE,
)

_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs is are was be it its".split()
)


_Result = TypeVar("_Result")


def _per_line(test: Callable[[str], _Result]) -> Callable[[str], _Result]:
    """Memoise a pure test of one line's text: the stages of a parse ask it about each line
    several times (titles, paragraph breaks, assembly). Bounded, so memory stays flat."""
    return lru_cache(maxsize=1 << 14)(test)


@dataclass(frozen=True, slots=True)
class LeadMatch:
    """A dateline or byline found at the start of a paragraph."""

    #: The matched text as printed (spacing inside kept, ends trimmed).
    text: str
    #: The rest of the paragraph after it.
    rest: str


def _match_lead(patterns: list[re.Pattern[str]], text: str) -> LeadMatch | None:
    for pattern in patterns:
        match = pattern.match(text)
        if match:
            return LeadMatch(match.group(0).strip(), text[match.end() :].lstrip())
    return None


@_per_line
def match_dateline(text: str) -> LeadMatch | None:
    """A dateline at the start of ``text`` ("新华社北京1月13日电", "WASHINGTON, Jan. 13 (AP) —")."""
    return _match_lead(_DATELINE_PATTERNS, text)


@_per_line
def match_byline_lead(text: str) -> LeadMatch | None:
    """A byline opening a paragraph, such as "本报讯（记者张伟）"."""
    return _match_lead(_BYLINE_LEADS, text)


@_per_line
def is_byline_line(text: str) -> bool:
    """A line that is nothing but a byline: "本报记者 陈静", "By JANE DOE"."""
    stripped = text.strip()
    return any(p.match(stripped) for p in _BYLINE_LINES)


def byline_names(byline: str) -> tuple[str, ...]:
    """The people named in a byline: "本报讯（记者张伟）" → ("张伟",)."""
    names: list[str] = []
    for part in _BYLINE_ROLES.split(byline):
        part = part.strip(" .")
        if not part:
            continue
        # Chinese names are separated by spaces ("记者 张三 李四"); English ones contain them.
        names.extend(part.split() if cjk_ratio(part) >= 0.5 else [" ".join(part.split())])
    return tuple(names)


@_per_line
def is_credit(text: str) -> bool:
    """A photo credit: "新华社记者 张端/摄", "Photo: Jane Doe"."""
    stripped = text.strip()
    if not stripped or display_width(stripped) > 60:
        return False
    return _credit_search(stripped)


@_per_line
def match_continuation(text: str) -> tuple[ContinuationLink, str] | None:
    """A jump line at the end ("下转第二版") or start ("上接第一版") of a paragraph.

    Returns the link and the paragraph text without it.
    """
    stripped = text.strip()
    if not _CONTINUATION_HINT.search(stripped):
        return None
    for pattern, direction in _CONTINUATION_PATTERNS:
        match = pattern.search(stripped)
        if not match:
            continue
        marker = match.group(0).strip()
        rest = (stripped[: match.start()] + stripped[match.end() :]).strip()
        return ContinuationLink(direction, parse_page_number(match.group(2)), marker), rest
    return None


def match_teaser_pointer(title: str) -> tuple[ContinuationLink, str] | None:
    """A teaser's page pointer: "…（见第3版）" or "… See Page 4"."""
    for pattern in (_TEASER_POINTER, _EN_TEASER_POINTER):
        match = pattern.search(title)
        if match and match.start() > 0:
            link = ContinuationLink("to", parse_page_number(match.group(1)), match.group(0).strip())
            return link, title[: match.start()].rstrip()
    return None


def parse_page_number(token: str) -> int | None:
    """'3' → 3, '三' → 3, '十二' → 12, 'Four' → 4; None when it cannot be read."""
    token = token.strip()
    if token.isdigit():
        return int(token)
    words = {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    }  # fmt: skip
    if token.lower() in words:
        return words[token.lower()]
    if token and all(ch in _CN_NUM for ch in token):
        if token == "十":
            return 10
        if "十" in token:
            tens, _, units = token.partition("十")
            return _DIGITS.get(tens, 1) * 10 + (_DIGITS.get(units, 0) if units else 0)
        value = 0
        for ch in token:
            if ch not in _DIGITS:
                return None
            value = value * 10 + _DIGITS[ch]
        return value
    return None


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Whether a pattern can match only at the start: ^ first, no | outside a group."""
    text = pattern.pattern
    if not text.startswith("^") or pattern.flags & (re.MULTILINE | re.ASCII):
        return False
    depth, index, in_class = 0, 0, False
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A "]" first in a class ("[]a]", "[^]a]") is a literal, not the class's end.
            index += text.startswith("^", index + 1)
            index += text.startswith("]", index + 1)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return False
        index += 1
    return True


def search_any(patterns: list[re.Pattern[str]]) -> Callable[[str], bool]:
    """A test equal to ``any(p.search(text) for p in patterns)``, in fewer scans: the patterns
    anchored at the start are tried together, once, at the start only."""
    flag_letters = (("i", re.IGNORECASE), ("s", re.DOTALL), ("x", re.VERBOSE))
    starts = []
    anywhere = []
    for pattern in patterns:
        if not _anchored(pattern):
            anywhere.append(pattern)
            continue
        flags = "".join(letter for letter, flag in flag_letters if pattern.flags & flag)
        starts.append(f"(?{flags}:{pattern.pattern})" if flags else f"(?:{pattern.pattern})")
    at_start = re.compile("|".join(starts)) if starts else None

    def test(text: str) -> bool:
        if at_start is not None and at_start.match(text):
            return True
        return any(pattern.search(text) for pattern in anywhere)

    return test


_PROSE_STOPS = frozenset("，。；！？")
_furniture_search = search_any(_FURNITURE_PATTERNS)
_credit_search = search_any(_CREDIT_PATTERNS)


def is_furniture(text: str, newspaper: str | None = None) -> bool:
    """Page furniture: paper name, date line, page label, editor, issue number, weather."""
    stripped = text.strip()
    if not stripped or display_width(stripped) > 90:
        return False
    if newspaper:
        compact, name = stripped.replace(" ", "").lower(), newspaper.replace(" ", "").lower()
        if compact == name or (compact.startswith(name) and _DATE_WORDS.search(stripped)):
            return True
    if not _PROSE_STOPS.isdisjoint(stripped):
        return False
    return _furniture_search(stripped)


_TITLE_STOPS = frozenset("，。；、")
_DASHED_TITLE_STOPS = frozenset("。；")


@_per_line
def is_title_like(text: str) -> bool:
    """Whether a line could be a headline on its own: short, no running-prose punctuation.

    Chinese titles have no commas or full stops; English ones are in capitals or title case.
    """
    stripped = text.strip()
    if not stripped or display_width(stripped) > 64:
        return False
    if stripped[-1] in CLAUSE_PUNCTUATION:
        return False
    if stripped[-1] in "-—\u00ad" and title_style(stripped) != "caps":
        return False
    if cjk_ratio(stripped) >= 0.5:
        inner = stripped[:-1]
        # A dash-led subheadline ("——多地探索小规模、渐进式城市更新") may list with commas.
        forbidden = _DASHED_TITLE_STOPS if stripped.startswith("—") else _TITLE_STOPS
        if not forbidden.isdisjoint(inner):
            return False
        return not ends_sentence(stripped) or stripped.endswith(("！", "？", "?", "!"))
    return _english_title_like(stripped)


_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def _english_title_like(text: str) -> bool:
    words = _ENGLISH_WORD.findall(text)
    if not words or len(words) > 12:
        return False
    letters = "".join(filter(str.isalpha, text))
    if len(letters) < 3:
        return False
    upper_share = sum(map(str.isupper, letters)) / len(letters)
    if upper_share >= 0.7:
        return True
    if text.endswith((",", ";")) or text.count(",") > 1:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 2:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.8 and text.rstrip(".")[-1:].isalnum() is not False


@_per_line
def title_style(text: str) -> str:
    """'caps' for all-capital English decks, 'mixed' for others, 'cjk' for Chinese titles."""
    if cjk_ratio(text) >= 0.5:
        return "cjk"
    letters = "".join(filter(str.isalpha, text))
    if letters and sum(map(str.isupper, letters)) / len(letters) >= 0.7:
        return "caps"
    return "mixed"
