"""Mastheads, folios and running heads: page furniture that also names the paper and the date.

A masthead is recognised by what it says (a paper's name, a full date with a weekday, a price,
a volume and number, an issue number), not by where one paper prints it; only the paper's
name, which could otherwise pass for a headline, must also stand near the top of the page.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Final

from reader.text.cjk import cjk_ratio

_MONTH_NAMES = (
    "JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER"
).split()
WEEKDAY_NAMES: Final = "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY".split()
_WEEKDAYS = r"(?:" + "|".join(WEEKDAY_NAMES) + r")"
#: The months' abbreviations, as alternatives without their stops ("Jan", "Sept?"): May is
#: never cut short. The masthead's loose date and classify's datelines both read them.
MONTH_ABBREVIATIONS: Final = "|".join(
    month[:3].title() for month in _MONTH_NAMES if month != "MAY"
).replace("Sep", "Sept?")
_EN_DATE: Final = re.compile(
    r"\b(" + "|".join(_MONTH_NAMES) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(1[6-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
#: A masthead's date as OCR reads it: the month may be abbreviated ("Feb."), the day left out
#: (a monthly: "February, 1916"), the year misread ("IOIG", "191 G") or run into the next
#: word ("1916No. 23"). Used to recognise a masthead, never to read the date.
_EN_DATE_LOOSE: Final = re.compile(
    r"\b(?:" + "|".join(_MONTH_NAMES) + "|" + MONTH_ABBREVIATIONS + r")\.?,?"
    r"(?:\s+[\dIlO]{1,2}(?:st|nd|rd|th)?)?[,;]?\s+[1Il][89O](?:[\dOIlSGB]\s?){1,2}(?![\dA-Za-z])"
    r"|\b(?:" + "|".join(_MONTH_NAMES) + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?[,;]?\s+1[6-9]\d\d(?!\d)"
    # (or the day before the month, as a Commonwealth daily's folio dates the issue: "Friday,
    # 4 December 2026 | No. 32 118 | US$1 or ZiG27"; branch en47)
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(_MONTH_NAMES) + r"),?\s+(?:1[6-9]|20)\d\d(?!\d)",
    re.IGNORECASE,
)
#: An ordinal in words, as a paper counts its years ("EIGHTH", "SIXTY-FIFTH").
_ORDINAL: Final = (
    r"(?:(?:TWENTY|THIRTY|FORTY|FIFTY|SIXTY|SEVENTY|EIGHTY|NINETY)[\s\-]?)?"
    r"(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|"
    r"(?:THIR|FOUR|FIF|SIX|SEVEN|EIGH|NINE)TEENTH|(?:TWEN|THIR|FOR|FIF|SIX|SEVEN|EIGH|NINE)TIETH)"
)
#: A volume or issue label on its own line ("Vol. XXXVIII", "Volume 2", "No. 31.",
#: "Whole Number 682", "Volume 26, Number 40", "Issue No. 8,412"), the year of publication, the
#: price a year.
_ISSUE_LABEL: Final = re.compile(
    r"^(?:Whole\s+|ISSUE\s+(?=N))?(?:VOL(?:UME)?|NO|NUMBER|ISSUE)\.?[\s\-]*(?:\d[\d,]*|[IVXLC]+)\.?"
    # and the two together ("Volume 26, Number 40", "VOL. 11, NO. 44.")
    r"(?:[\s,;.]+(?:NO|NUMBER)\.?\s*\d[\d,]*\.?)?$"
    # The subscription price ("$1.50 Per Year in Advance", "$1.C0 A YEAR.", OCR digits).
    r"|^\$\s?[\dIlOCS][\dIlOCS.,]*\s+(?:PER|A)\s+(?:YEAR|ANNUM)\b[\w\s.,]{0,20}$"
    # The paper's year of publication, as an ear prints it ("EIGHTH YEAR", "41st Year").
    r"|^(?:" + _ORDINAL + r"|\d{1,3}(?:ST|ND|RD|TH))\s+YEAR\.?$"
    # ... and as OCR garbles the tens and the unit ("THltlTY-FIRST YEAR.", "TIIIRTY-FIIIST
    # YEAR."): a word in capitals (l and t for I and T), a hyphen, a word ending as an ordinal.
    r"|^[A-Z][A-Za-z]{3,7}-[A-Z][A-Za-z]{1,5}(?:ST|ND|RD|TH)\s+YEAR\.?$",
    re.IGNORECASE,
)
_COUNT = (
    r"(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|"
    r"FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY|THIRTY|FORTY|FIFTY|SIXTY|SEVENTY|"
    r"EIGHTY|NINETY)"
)
#: The paper's volume alone on its line, with its number or not ("VOLUME FORTY-TWO", "VOL. 27.",
#: "VOLUME XLVI. NUMBER 13.", "Vol. XXXIII—N o. 42"), or its year with the number
#: ("SIXTY-FIFTH YEAR. NO. 103."): masthead furniture anywhere on the page, where OCR set the
#: ear (a story's head names no volume alone; "No. 31." alone may be a list's item, so it is
#: furniture only near the top, by _ISSUE_LABEL).
_VOLUME_ALONE: Final = re.compile(
    r"^\W{0,2}(?i:VOL(?:UME)?)[.,]?\s*(?:\d{1,3}|[IVXLC]{1,7}|"
    + _COUNT
    + r"(?:[\s\-]"
    + _COUNT
    + r")?)[.,]?(?:\s*[\s,;.\-—]\s*(?i:N\s?O|NUMBER)[.,]?\s*\d[\d,]*\.?)?$"
    r"|^\W{0,2}" + _ORDINAL + r"\s+YEAR[.,]?\s*[\-—,]?\s*(?:NO\.?|No\.|NUMBER)\s*\d[\d,]*\.?$"
)
#: The number word of a volume label as OCR garbles it: a clean ``NO``/``NUMBER``, or ``NO``
#: with its first letter misread (``HO``, ``XO``, ``KO``, ``So``) or its ``O`` read as a nought
#: (``N0``), or ``NUMBER`` with its last letters misread (``Numbw``).
_NUMBER_WORD_GARBLED = r"(?:N\s?[Oo0]|[HXKS][Oo0]|N[Uu][Mm][A-Za-z]{1,3}|NUMBER)"
#: The figures of an issue's number as OCR reads them (``209``, ``1O7``, ``S3``): at least one
#: figure among them.
_NUMBER_FIGURES = r"(?=[\dIlOSB,]*\d)[\dIlOSB][\dIlOSB,]{0,6}"
#: A volume label alone on its line that OCR garbled past _VOLUME_ALONE, in the places its
#: fixed grammar (word, number, ``NO.``, number) breaks: the word's letters (``TOL``, ``VOU``,
#: ``YOL``, ``V0L``, ``VOLl'Mlî``), the Roman number's (``XTiV``), the number word
#: (``HO. 53``, ``XO. 209``, ``Numbw 25``), run into the Roman number (``XIXNO. 2S6``); a
#: year in words with a garbled number word (``SIXTY-FIFTH YEAR. XO. 107.``). Furniture
#: wherever a clean label would be (anywhere on the page): the line is at most
#: VOLUME_LINE_CHARS long and holds nothing else.
_VOLUME_GARBLED: Final = re.compile(
    r"^\W{0,2}(?:"
    # the word: clean, three letters with one OCR slip, or VOLUME with its end garbled
    r"(?i:VOL(?:UME)?)|V[Oo0][LlI1U]|[YT][O0][LlI1]|V[o0][l1I]|V[Oo0][LlI1][^\s.,\d]{2,5}"
    r")[.,]?\s*\.?"
    # the volume's number: Roman (OCR's T, i, l, 1 among its letters) or figures
    r"(?:[IVXLC][IVXLCTil1]{0,7}|\d{1,3})[.,]?"
    # (the issue's number after a stop, a dash or a space, or run into a Roman number: "XIXNO")
    r"(?:(?:\s*[\s,;.\-\u2014=]\s*|(?<=[IVXLC]))"
    + _NUMBER_WORD_GARBLED
    + r"[.,]?\s*"
    + _NUMBER_FIGURES
    + r")?"
    r"\.?$"
    # the paper's year in words and its number, the number word garbled
    r"|^\W{0,2}"
    + _ORDINAL
    + r"\s+YEAR[.,]?\s*[\-\u2014,]?\s*"
    + _NUMBER_WORD_GARBLED
    + r"[.,]?\s*"
    + _NUMBER_FIGURES
    + r"\.?$"
)
#: The longest line read as a volume label alone (_VOLUME_ALONE).
VOLUME_LINE_CHARS: Final = 40
#: A count of cents in words, as OCR garbles its letters (``OXK``, ``OXE`` for ``ONE``, ``TVO``
#: for ``TWO``, ``FTVE`` for ``FIVE``).
_CENTS_COUNT = r"(?:[O0][NXK][EK]|T[WV][O0]|THREE|F[IT][VY]E)"
#: The price line in capitals as OCR garbles it (``PRICE FIVE CEKTj``, ``PKICE ONE CENT``,
#: ``PRICK, OXK CEXT.``, ``PBICE ONE CENT.``), or as a paper words it (``SINGLE COPY TWO
#: CENTS``, ``THIS EDITION 2 CENTS``): PRICE with a letter misread, the count in words
#: (_CENTS_COUNT) or, after its opening, in one figure (no paper cost 35 cents: ``PRICK 3S
#: CENTS`` is an ad's price), CENT with its inner letters or its S misread; the shape
#: ``classify`` takes clean (``PRICE FIVE CENTS``) anywhere.
_PRICE_GARBLED: Final = re.compile(
    r"^\W{0,2}(?:(?:P[RKB][IlL1][CGO][EKF]|SINGLE\s+COP(?:Y|IES)|THIS\s+EDITION)\W{0,2}\s*"
    r"(?:[\dIlOS]\s?|" + _CENTS_COUNT + r"\s+)|" + _CENTS_COUNT + r"\s+)"
    r"C[EFKC][NKHRX][TI][Sj5s]?[-.,\s]{0,3}$"
)


#: The subscription terms alone on their line ("$1.00 PER YEAR", "$1.50 A YEAR IN ADVANCE.",
#: "SUBSCRIPTION $1.50 A YEAR", OCR's figure for the dollar sign: "81.50 PER YEAR"): masthead
#: furniture wherever OCR set the ear. Dollars in one figure: a head's "$50.00 Per Year." (the
#: end of "… From $300.00 to") names a salary, not the paper's price.
_TERMS_ALONE: Final = re.compile(
    r"^[^\w$]{0,2}(?:SUBSCRIPTION\W{1,3})?(?:\$\s?|[8951S])?[\dIlO][.,][\dIlOC]{2}\s+(?:PER|A)\s+"
    r"(?:YEAR|ANNUM)[.,;]?(?:\s*(?:,\s*)?IN\s+ADVANCE)?\W{0,2}$",
    re.IGNORECASE,
)
#: A page count or a circulation ear, wherever it stands ("1920—THIRTY-SIX PAGES.", "56 PAGES",
#: "Saturday's Net Circulation, 86,145").
_EAR: Final = re.compile(
    r"^\W*(?:1[6-9]\d\d\W+)?(?:\d{1,3}|" + _COUNT + r"(?:-" + _COUNT + r")?)\s+PAGES\b\W*$"
    r"|^(?:[A-Z][a-z]+'s\s+)?(?:Net\s+|Daily\s+|Paid\s+)?Circulation\W+\d[\d,.]*\W*$",
)
#: A weekday, a month and a day ("MONDAY, NOVEMBER 15"): a masthead's date when the year is
#: misread beyond the loose pattern ("3920"), counted only beside one of _ISSUE_WORDS, never by
#: itself.
_WEEKDAY_DATE: Final = re.compile(
    _WEEKDAYS + r",?\s+(?:" + "|".join(_MONTH_NAMES) + r")\.?\s+\d{1,2}\b", re.IGNORECASE
)
#: A figure, which _EN_DATE and _CN_DATE each need (the same class as their ``\d``).
_FIGURE: Final = re.compile(r"\d")
_CN_DATE: Final = re.compile(r"((?:1[89]|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
#: What an issue prints of itself: a page count, a price, an edition, a volume or a number.
_ISSUE_WORDS_SOURCE = (
    r"\bVOL(?:UME)?\b\.?|(?:\b|(?<=\d))NO\.\s*\d|\bCENTS?\b|\bPRICE\b|\bPAGES\b|\bEDITION\b"
)
_ISSUE_WORDS: Final = re.compile(_ISSUE_WORDS_SOURCE, re.IGNORECASE)
#: Words that, beside a date, make a line a masthead or folio rather than a story's sentence:
#: the issue's words, and a page, a number, a founding year, the weather, a weekday.
_MASTHEAD_WORDS: Final = re.compile(
    _ISSUE_WORDS_SOURCE
    + r"|\bPAGE\b|\bNUMBER\s+\d|\bESTABLISHED\b|\bWEATHER\b|"
    + _WEEKDAYS
    + r"|星期|周[一二三四五六日]|第\s*[0-9一二三四五六七八九十百]+\s*期|农历|農曆|合刊",
    re.IGNORECASE,
)
#: Nouns that end an English newspaper's name ("THE RIVERTON GAZETTE", "Evening Star").
_PAPER_NOUNS = (
    "NEWS|TIMES|HERALD|TRIBUNE|GAZETTE|JOURNAL|POST|STAR|SUN|RECORD|REGISTER|CHRONICLE|"
    "DEMOCRAT|REPUBLICAN|BULLETIN|COURIER|ENTERPRISE|INDEPENDENT|LEADER|OBSERVER|PRESS|"
    "REVIEW|STANDARD|TELEGRAPH|TELEGRAM|SENTINEL|ADVOCATE|ARGUS|CITIZEN|EAGLE|EXAMINER|"
    "EXPRESS|GLOBE|MAIL|MESSENGER|MIRROR|MONITOR|PATRIOT|PIONEER|DEALER|REPORTER|REPUBLIC|"
    "UNION|WHIG|BANNER|BEACON|DISPATCH|INTELLIGENCER|LEDGER|BEE|CALL|APPEAL|CLARION|"
    "FREEMAN|GUARDIAN|OUTLOOK|PROGRESS|SPECTATOR|VINDICATOR|WORLD|BLADE|STATESMAN|TRANSCRIPT|"
    "AMERICAN|JOURNAL-GAZETTE|TIMES-DISPATCH|NEWS-HERALD|PLAINDEALER|DAILY"
)
_EN_PAPER: Final = re.compile(
    r"^(?:THE\s+)?(?:[A-Z][A-Za-z.'&\-]*\s+){0,4}(?:" + _PAPER_NOUNS + r")"
    r"(?:\s+(?:AND|&)\s+[A-Z][A-Za-z\-]+)?\.?$",
    re.IGNORECASE,
)
_CN_PAPER: Final = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:报|報|周刊|週刊|新闻|新聞|画报|畫報)$")
#: A wire credit ("By Associated Press", "United Press") names an agency, not the paper.
_NOT_A_NAME: Final = re.compile(
    r"^By\b|\b(?:Associated|United|International)\s+Press\b", re.IGNORECASE
)
#: The paper's name stands among the first lines of a page.
NAME_LINES: Final = 12
#: A running head: three or more parts set apart by wide gaps.
_WIDE_GAP: Final = re.compile(r"\s{3,}")
_FOLIO: Final = re.compile(
    r"^(?:PAGE|Page)\s+[A-Z]?\d{1,3}$|^[A-Z]?\d{1,3}$|^第\s*[0-9一二三四五六七八九十]+\s*版"
)


def is_garbled_issue_line(text: str) -> bool:
    """A volume label or a price line alone on its line as OCR garbled it past the clean
    patterns (``VOLUME XIV, HO. 53.``, ``TOL. XXVI, NO. 264``, ``PRICE FIVE CEKTj``, ``PRICK,
    OXK CEXT.``) or as a paper words its price (``SINGLE COPY TWO CENTS.``): page furniture
    wherever the clean line is, but weaker evidence than a clean masthead line, so it never
    marks where the masthead ends (``formats.text``): a garble taken there would carry the
    lines above it (a banner over the nameplate) into the furniture. A Roman number and an
    issue number with the volume's word lost (``LXXXV— No. 32``) is left alone: measured, it
    took a head's first line into the banner over the nameplate as often as it freed a head."""
    stripped = text.strip()
    if len(stripped) > VOLUME_LINE_CHARS or not may_be_garbled_issue_line(stripped):
        return False
    return bool(_VOLUME_GARBLED.match(stripped) or _PRICE_GARBLED.match(stripped))


#: The letters a garbled volume label or price line can open on, after at most two marks: the
#: volume's word (``VOL``, ``vol``, ``YOL``, ``TOL``), a year's ordinal (``FIRST`` …
#: ``NINETIETH``, ``SIXTY-FIFTH``), the price's (``PRICE``, ``SINGLE COPY``, ``THIS
#: EDITION``) or a count of cents (``ONE``, ``0NE``, ``TWO``, ``THREE``, ``FIVE``).
_GARBLED_ISSUE_OPENINGS: Final = frozenset("VvYTPSO0FEN")


def may_be_garbled_issue_line(stripped: str) -> bool:
    """False only when neither _VOLUME_GARBLED nor _PRICE_GARBLED can match: both open on at
    most two marks (``\\W``) and then a letter of _GARBLED_ISSUE_OPENINGS. Most lines open on
    another letter, and are spared both regex matches (the check is asked of every line)."""
    for char in stripped[:3]:
        if char.isalnum() or char == "_":  # (what ``\\w`` matches)
            return char in _GARBLED_ISSUE_OPENINGS
    return False


def paper_name(text: str) -> str | None:
    """The newspaper's name if the line is nothing else ("THE RIVERTON GAZETTE", "科技日报")."""
    stripped = " ".join(text.split()).strip(" .,")
    if not stripped or len(stripped) > 48:
        return None
    if cjk_ratio(stripped) >= 0.5:
        compact = stripped.replace(" ", "")
        return compact if _CN_PAPER.match(compact) else None
    words = stripped.split()
    if len(words) > 6 or not _holds_letter(stripped):
        return None
    capitalised = all(w[:1].isupper() or w.lower() in ("and", "of", "the") for w in words)
    if not capitalised or _NOT_A_NAME.search(stripped):
        return None
    return stripped if _EN_PAPER.match(stripped) else None


def _holds_letter(text: str) -> bool:
    """Whether some character of ``text`` is a letter (str.isalpha), asked up to the first one:
    compiled, each str.isalpha is a method call, and a list of all a line's letters was made
    to be tested for emptiness (branch speed46)."""
    for char in text:  # noqa: SIM110 - a loop costs less than any() over a generator
        if char.isalpha():
            return True
    return False


#: The first three letters of every month's name, which each date pattern here holds.
_MONTH_STEMS: Final = tuple(sorted({month[:3].lower() for month in _MONTH_NAMES}))


def may_hold_date(text: str) -> bool:
    """False only when no date pattern of this module can match ``text``: an ASCII line (where
    a case-blind match is plain lower-casing) that holds no month's first three letters. A cheap
    exact test that spares most lines the date searches; any other text answers True."""
    return _may_hold_date(text.isascii(), text.lower())


def _may_hold_date(ascii: bool, lower: str) -> bool:
    """:func:`may_hold_date` of a text, given whether it is ASCII and its lower-cased form (for
    a caller that has both already)."""
    return not ascii or _names_month_stem(lower)


def _names_month_stem(lower: str) -> bool:
    """Whether a lower-cased text holds a month's first three letters (_MONTH_STEMS).

    (One pass by code point, as ``any(stem in lower for stem in _MONTH_STEMS)`` answers:
    compiled, ``ord(lower[i])`` reads each character in place, and a character that opens no
    stem costs a few comparisons; the twelve substring tests this replaces each
    scanned the line, a method call apiece. Branch speed46.)"""
    for index in range(len(lower) - 2):
        code = ord(lower[index])
        if code < 97 or code > 115:
            continue  # (no month opens so: capitals, figures, marks, "t" to "z")
        # (the next two characters read only after a month's first letter)
        if code == 106:  # jan jun jul
            second, third = ord(lower[index + 1]), ord(lower[index + 2])
            if (second == 97 and third == 110) or (
                second == 117 and (third == 110 or third == 108)
            ):
                return True
        elif code == 109:  # mar may
            if ord(lower[index + 1]) == 97 and ord(lower[index + 2]) in (114, 121):
                return True
        elif code == 97:  # apr aug
            second, third = ord(lower[index + 1]), ord(lower[index + 2])
            if (second == 112 and third == 114) or (second == 117 and third == 103):
                return True
        elif code == 102:  # feb
            if ord(lower[index + 1]) == 101 and ord(lower[index + 2]) == 98:
                return True
        elif code == 115:  # sep
            if ord(lower[index + 1]) == 101 and ord(lower[index + 2]) == 112:
                return True
        elif code == 111:  # oct
            if ord(lower[index + 1]) == 99 and ord(lower[index + 2]) == 116:
                return True
        elif code == 110:  # nov
            if ord(lower[index + 1]) == 111 and ord(lower[index + 2]) == 118:
                return True
        elif code == 100 and ord(lower[index + 1]) == 101 and ord(lower[index + 2]) == 99:
            return True  # dec
    return False


#: What each of _EN_DATE_LOOSE's two forms needs: a white space character, then the year's
#: first two marks, as the loose form reads them in any case (``[1Il][89O]``) or as the full
#: date's year opens (``1[6-9]``, or ``20`` for a modern date with the day before the month:
#: "4 December 2026"; branch en47).
_LOOSE_YEAR: Final = re.compile(r"\s(?:[1Il][89O]|1[6-9]|20)", re.IGNORECASE)


def may_hold_loose_year(text: str) -> bool:
    """False only when _EN_DATE_LOOSE cannot match ``text``: it holds no year's opening after
    white space (_LOOSE_YEAR, the part of the pattern every match holds, searched with the
    same flags). One search with no alternation of months, most of whose lines it rules out."""
    return _LOOSE_YEAR.search(text) is not None


def may_name_weekday(text: str) -> bool:
    """False only when no weekday pattern (_WEEKDAY_DATE, _WEEKDAY_YEAR_END,
    _WEEKDAY_YEAR_AT_END) can match ``text``: an ASCII text (where a case-blind match is plain
    lower-casing) whose letters in small holds no "day", which every weekday's name ends with."""
    return _may_name_weekday(text.isascii(), text.lower())


def _may_name_weekday(ascii: bool, lower: str) -> bool:
    """:func:`may_name_weekday` of a text, given whether it is ASCII and its lower-cased form
    (for a caller that has both already)."""
    return not ascii or "day" in lower


def single_spaced(text: str) -> bool:
    """True only when ``text`` holds no run of white space longer than two: printable ASCII,
    whose only white space is the space, without three spaces in a row."""
    return _single_spaced(text.isascii(), text)


def _single_spaced(ascii: bool, text: str) -> bool:
    """:func:`single_spaced` of a text, given whether it is ASCII (for a caller that knows,
    is_masthead_line: one method call a line fewer)."""
    return ascii and text.isprintable() and "   " not in text


#: The marks a folio strip parts its pieces with: a bar or a bullet between spaces
#: ("nymetroexpress.com • METRO EXPRESS • Wednesday, December 2, 2026 • 5", "B3 | The Lakeport
#: Herald-Times | Wednesday, December 2, 2026"; the lead's round 46).
_STRIP_PARTS: Final = re.compile(r"\s+[|•·]\s+")


def _running_head_parts(text: str) -> list[str]:
    return [part for part in _WIDE_GAP.split(text.strip()) if part]


def _strip_parts(text: str) -> list[str]:
    """A running head's or a folio strip's pieces: parted by wide gaps, bars or bullets."""
    return [
        piece
        for part in _running_head_parts(text)
        for piece in (
            _STRIP_PARTS.split(part) if "|" in part or "•" in part or "·" in part else [part]
        )
        if piece
    ]


def is_masthead_line(text: str, line_index: int = 0) -> bool:
    """Whether a line is masthead or folio furniture.

    A full date with a weekday, price, volume, issue number or page count beside it; a running
    head (name, date, page set apart by wide gaps); anywhere, a page count or circulation ear,
    the paper's volume (or year and number) alone (_VOLUME_ALONE) and its subscription terms
    alone (_TERMS_ALONE); or, near the top of the page (``line_index`` < NAME_LINES), the
    paper's name alone.
    """
    stripped = text.strip()
    if not stripped or len(stripped) > 200:
        return False
    if line_index < NAME_LINES and paper_name(stripped):
        return True
    if ("PAGES" in stripped or "Circulation" in stripped) and _EAR.match(stripped):
        return True  # (the ear's two patterns name pages or circulation, in that case)
    ascii = stripped.isascii()
    lower = stripped.lower()
    # (each of the two patterns needs "vol", "year" or "annum" in some case: most short lines
    # are spared both; no other character lower-cases to those letters or matches them)
    if (
        len(stripped) <= VOLUME_LINE_CHARS
        and ("vol" in lower or "year" in lower or "annum" in lower)
        and (_VOLUME_ALONE.match(stripped) or _TERMS_ALONE.match(stripped))
    ):
        return True
    # Most lines name no month: then no date pattern can match, and its searches are skipped.
    maybe_date = _may_hold_date(ascii, lower)
    weekday = _may_name_weekday(ascii, lower)
    if weekday and _weekday_date_line(stripped, maybe_date):
        return True
    if not ascii and "民國" in stripped and republican_folio(stripped):
        return True
    if not maybe_date and line_index >= NAME_LINES and _single_spaced(ascii, stripped):
        return False  # (most lines) every test below needs a month, the top or a wide gap
    # (both date patterns need a figure: a line holding none, most lines naming a month's
    # stem, "Market", "doctor", is spared their searches)
    dated = (
        maybe_date
        and _FIGURE.search(stripped) is not None
        and (_EN_DATE.search(stripped) or _CN_DATE.search(stripped))
    )
    # (the loose pattern needs a year after white space, and the two weekday patterns a
    # weekday's name, whose letters end in "day": most lines naming a month's stem, "market",
    # "remarks", hold neither, and are spared those searches; see may_hold_loose_year and
    # may_name_weekday)
    loose = dated or (
        maybe_date and may_hold_loose_year(stripped) and _EN_DATE_LOOSE.search(stripped)
    )
    beside_date = (loose and _MASTHEAD_WORDS.search(stripped)) or (
        # a year misread past the loose pattern: "MONDAY, NOVEMBER 15, 3920-THIRTY-SIX PAGES."
        maybe_date and weekday and _WEEKDAY_DATE.search(stripped) and _ISSUE_WORDS.search(stripped)
    )
    if beside_date and not _runs_as_prose(stripped):
        return True
    if line_index < NAME_LINES and (
        is_issue_label(stripped)
        or (("|" in stripped or "•" in stripped) and _price_and_issue(stripped))
        or (("rice " in stripped or "RICE " in stripped) and _number_then_price(stripped))
        or (maybe_date and _dated_place(stripped))
        or (_VOLUME_OPENING.match(stripped) and not _runs_as_prose(stripped))
    ):
        # (a line opening on its volume and number is the masthead's whatever OCR made of the
        # rest: "VOL. VI., No, 137. ' OIUNTS PASS, … FEBItl'Anr 28, 1019. WHOLE ITUMBER 1881.")
        return True
    if _single_spaced(ascii, stripped):
        return False  # no wide gap: no running head
    parts = _running_head_parts(stripped)
    if len(parts) >= 2 and (dated or any(_FOLIO.match(p) for p in parts)):
        return any(paper_name(p) or _EN_DATE.search(p) or _CN_DATE.search(p) for p in parts)
    return False


#: The numerals a Republican-era date is written in: plain, formal (壹貳參 …) and Arabic.
_REPUBLIC_NUMERALS = "0-9０-９〇零一二三四五六七八九十廿卅百壹貳贰參叁肆伍陸柒捌玖拾"
#: A date in the Republic's years ("中華民國貳拾捌年四月廿六日", "民國二十八年四月廿六日").
_REPUBLIC_DATE: Final = re.compile(
    rf"民國\s*[{_REPUBLIC_NUMERALS}]{{1,4}}\s*年\s*[{_REPUBLIC_NUMERALS}]{{1,3}}\s*月"
    rf"\s*[{_REPUBLIC_NUMERALS}]{{1,3}}\s*[日號]"
)
#: What a Republican-era folio or masthead date line prints beside the date: the weekday, the
#: page or sheet (第四版, 第二張) or the issue's number (第三千八百號, 第五期).
_REPUBLIC_FOLIO_WORDS: Final = re.compile(
    rf"星期|禮拜|第\s*[{_REPUBLIC_NUMERALS}]{{1,6}}\s*[版張张期號号]"
)
#: The longest line read as a Republican-era folio (a masthead's date line with its price).
REPUBLIC_FOLIO_CHARS: Final = 60


def republican_folio(text: str) -> bool:
    """Whether a line is a Chinese paper's folio or masthead date line in the Republic's form
    (1912-49): a date in its years (民國/中華民國 …年…月…日) with the weekday (星期), the page
    or sheet (第X版/張) or the issue's number beside it ("中華民國二十八年四月廿六日　晶報
    星期三　第四版"), in a line of at most REPUBLIC_FOLIO_CHARS with no clause mark (a story's
    sentence naming such a date runs on with 、，。). Gate: the era's own calendar, which no
    modern page prints as its date."""
    if len(text) > REPUBLIC_FOLIO_CHARS or not _CLAUSE_MARKS.isdisjoint(text):
        return False
    date = _REPUBLIC_DATE.search(text)
    if date is None:
        return False
    rest = text[: date.start()] + " " + text[date.end() :]
    return _REPUBLIC_FOLIO_WORDS.search(rest) is not None


#: Clause marks a sentence holds and a folio line does not.
_CLAUSE_MARKS: Final = frozenset("、，。；：！？")


#: A volume and an issue number opening a line ("VOL. VI., No, 137.", "Vol. XXXIII, No. 52").
_VOLUME_OPENING: Final = re.compile(
    r"^VOL(?:UME)?[.,]?\s*(?:\d+|[IVXLC]+)[.,]*\s+NO[.,;]?\s*\d", re.IGNORECASE
)


#: One part of a masthead's strip of price and number: a price in a currency ("RM2.00",
#: "$1.50", "Dh3", "KSh 60", "£1.20", "R15", "50p") or the issue's number or volume ("No.
#: 18,211", "Vol. 137").
_PRICE_SOURCE: Final = (
    r"(?:(?:RM|Rs\.?|Dh|KSh|Sh|R|\$|£|€|S\$|HK\$|NT\$|₹|₦)\s?\d{1,4}(?:\.\d{2})?|\d{1,3}p)"
)
_STRIP_PART: Final = re.compile(
    r"^(?:" + _PRICE_SOURCE + r"|(?:No|NO|Vol|VOL)\.?\s*(?:\d[\d,]*|[IVXLC]+))$"
)
#: The issue's number and its price on one line with no bar between, the price named ("No.
#: 18,402 Price 90p": Tesseract sets the strip's wide gap as one space; branch ocr49).
_NUMBER_THEN_PRICE: Final = re.compile(
    r"^(?:No|NO)\.?\s*\d[\d,]*\s+(?:Price|PRICE)\s+" + _PRICE_SOURCE + r"$"
)


def _price_and_issue(text: str) -> bool:
    """A masthead's strip of its price and issue number parted by bars or bullets ("RM2.00 |
    No. 18,211", "Vol. 12 • $1.50"): every part a price or a number (_STRIP_PART). Asked near
    the top of the page only (is_masthead_line)."""
    parts = [part.strip() for part in re.split(r"[|•]", text)]
    return len(parts) >= 2 and all(_STRIP_PART.match(part) for part in parts)


def _number_then_price(text: str) -> bool:
    """The issue's number and its named price with no bar between (_NUMBER_THEN_PRICE). Asked
    near the top of the page only, of a line holding "rice" (is_masthead_line)."""
    return _NUMBER_THEN_PRICE.match(text) is not None


def is_issue_label(text: str) -> bool:
    """A volume or issue label, a year of publication or a price a year alone on its line
    ("No. 27,960.", "VOL. 11, NO. 44."), or followed by one word in lower case that OCR read
    into it from the column beside ("No. 27,960. wines"). Furniture beside other furniture
    wherever it stands; near the top of the page :func:`is_masthead_line` takes it alone."""
    stripped = text.strip()
    if _ISSUE_LABEL.match(stripped):
        return True
    if " • " in stripped or " | " in stripped:
        # a strip of the masthead's parts, one of them the issue's number ("Serving Perthshire
        # since 1857 • Issue 8,812", the lead's round 45)
        parts = stripped.replace(" | ", " • ").split(" • ")
        return any(_ISSUE_LABEL.match(part.strip()) for part in parts)
    head, _, tail = stripped.rpartition(" ")
    return bool(head) and tail.isalpha() and tail.islower() and bool(_ISSUE_LABEL.match(head))


#: The longest line read as an issue's number alone ("NUMBER 18,211.").
ISSUE_NUMBER_CHARS: Final = 16


def is_issue_number_alone(text: str) -> bool:
    """An issue's number alone on its line ("NUMBER 41.", "No. 27", "Number 8"): the ear of a
    masthead wherever OCR read it, as the volume with its number (_VOLUME_ALONE) is. Near the
    top of the page :func:`is_masthead_line` takes it (through :func:`is_issue_label`); lower
    down a list's item ("No. 31.") looks the same, so there the caller asks where it stands
    (``formats.text._issue_number_over_head``). Its number is in figures: a word of Roman
    letters after ``NO`` is a sentence ("NO CIVIL")."""
    stripped = text.strip()
    return (
        stripped[:1] in ("N", "n")
        and len(stripped) <= ISSUE_NUMBER_CHARS
        and any(ch.isdigit() for ch in stripped)  # (not Roman letters: "NO CIVIL")
        and _ISSUE_LABEL.match(stripped) is not None
    )


#: Small words a masthead may hold in lower case ("Published every week at …" may not).
_MASTHEAD_SMALL_WORDS: Final = frozenset("of and the at per a by in".split())


#: A web address: a host name of words joined by stops, ending on a top-level domain (a closed
#: class: the generic ones and the countries' a newspaper's site is likely to use).
_WEB_ADDRESS: Final = re.compile(
    r"\b(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?:com|net|org|info|news|co\.uk|uk|ie|ca|au|nz|sg|za)\b",
    re.IGNORECASE,
)


def _runs_as_prose(text: str) -> bool:
    """An English line with lower-case words in it is a sentence that names a date ("Thursday,
    March 2nd, 1916. The object of …"), not a masthead, whose words are capitalised."""
    if cjk_ratio(text) >= 0.5:
        return False
    if "." in text:
        # A web address is no prose: an e-paper's folio strip names its site beside the date
        # ("nymetroexpress.com • METRO EXPRESS • Wednesday, December 2, 2026 • 5").
        text = _WEB_ADDRESS.sub(" ", text)
    words = re.findall(r"[A-Za-z][A-Za-z'’]+", text)
    lower = [w for w in words if w[0].islower() and w not in _MASTHEAD_SMALL_WORDS]
    return len(lower) >= 2


#: A weekday, a month, a day and a year (as OCR may misread it) closing the line.
_WEEKDAY_YEAR_END: Final = re.compile(
    _WEEKDAYS
    + r",?\s+(?:(?:"
    + "|".join(_MONTH_NAMES)
    + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    # (or the day before the month, as British and Commonwealth dailies print it: "Saturday 5
    # December 2026")
    + r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + "|".join(_MONTH_NAMES)
    + r"),?)\s+[\dIlO]{4}\.?$",
    re.IGNORECASE,
)


#: A weekday in capitals (and the time of day an evening paper adds) and, within a few words,
#: a year of four figures (OCR's I, l, O among them) closing the line: the masthead's date line
#: whatever OCR made of its month and stops (see is_masthead_line). The year follows a space,
#: or the day's comma or stop with no space ("FEBRUARY 21,1916.", "FEB. 2,1916").
_WEEKDAY_YEAR_AT_END: Final = re.compile(
    _WEEKDAYS
    + r"(?:\s+(?:MORNING|EVENING|AFTERNOON))?[,.:;]?\s+\S.{0,24}?(?:\s|(?<=\d)[,.])[\dIlO]{4}\.?$"
)
#: The longest line read as a masthead's date line by _WEEKDAY_YEAR_AT_END.
DATE_LINE_CHARS: Final = 90


def _weekday_date_line(text: str, maybe_date: bool) -> bool:
    """Whether a line is the masthead's date line, anywhere the OCR set it: a place, a weekday
    and a full date ("CHICKASHA, OKLAHOMA, MONDAY, FEBRUARY 28, 1316.", _WEEKDAY_YEAR_END, tried
    when the line ``maybe_date`` names a month), or a weekday in capitals and a year closing a
    line of at most DATE_LINE_CHARS however OCR garbled the month or stops between ("NORWICH,
    CCMrJ., THURSDAY, FECnUARY 3, 1916", "BENNINGTON, VT., WEDNESDAY. FEBRUARY 9. 1916.",
    _WEEKDAY_YEAR_AT_END); every word capitalised. A story's dateline gives no year, a
    sentence has words in lower case."""
    dated = (maybe_date and _WEEKDAY_YEAR_END.search(text) is not None) or (
        len(text) <= DATE_LINE_CHARS and _WEEKDAY_YEAR_AT_END.search(text) is not None
    )
    return (dated and _capitalised_only(text)) or _garbled_date_line(text)


#: A masthead's date line whose day or year OCR garbled past _WEEKDAY_YEAR_AT_END: a place of
#: capitalised words closed by a comma or stop, a weekday in capitals (and the time of day),
#: a month in capitals (whole or cut short), and a tail (group ``tail``) that holds the day's
#: and the year's scraps or nothing ("HYDE PARK, VERMONT, WEDNESDAY, FEBRUARY 9, 11)16.",
#: "SEATTLE. WASH.. TUESDAY, FEBRUARY t, 1916.", "KEOKUK, IOWA, TUESDAY, FEB. 15, .1916").
_GARBLED_DATE_LINE: Final = re.compile(
    r"^\W{0,2}(?P<place>[A-Z][^\s]*(?:\s+[A-Z][^\s]*){0,7})[,.;]['\s]*\s+"
    + _WEEKDAYS
    + r"(?:\s+(?:MORNING|EVENING|AFTERNOON))?[-,.:;]?'?\s+"
    r"(?:" + "|".join(_MONTH_NAMES) + r"|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?)"
    r"(?P<tail>.{0,14})$"
)
#: The tail of a garbled date line: empty or stops (OCR cut the line at the month), or a day
#: and a year as two scraps (the year of two to six marks, or three or four spaced out: "1 9 1
#: 6"), at least one mark a figure, the year's scrap a figure or two of OCR's I, l, O, ) for
#: one ("lOici"; a head's word, "FIRE", is none), with no dash (a dateline: "FEBRUARY 7.—").
_GARBLED_DATE_TAIL: Final = re.compile(
    r"^[\s,.;']*$"
    r"|^[,.;']?\s*(?=[^-\u2014]*\d)[^\s\-\u2014]{1,4}[,.;]?\s+"
    r"(?=\S*\d|\S*[IlO)]\S*[IlO)])(?:[^\s\-\u2014]{2,6}|[^\s\-\u2014](?:\s[^\s\-\u2014]){2,3})$"
)


def _garbled_date_line(text: str) -> bool:
    """Whether a line is the masthead's date line with its day or year garbled by OCR: a place
    in capitalised words, a weekday and a month in capitals, and only the day's and the year's
    scraps after (_GARBLED_DATE_LINE, _GARBLED_DATE_TAIL), in at most ten words. Furniture
    anywhere, as a clean date line is (a lower line of OCR's reading order often holds it, and a
    story then took it as its head). Gate: the place before the weekday (an event's date heading
    a notice, "SATURDAY, FEBRUARY 19", has none), the weekday and month in capitals, the year's
    scrap after the day (a story's dateline, "NEW YORK, SATURDAY, FEB. 5.—", gives none and
    ends on a dash); modern pages print their date line clean, which the patterns above take."""
    if len(text) > DATE_LINE_CHARS:
        return False
    match = _GARBLED_DATE_LINE.match(text)
    if match is None or not _GARBLED_DATE_TAIL.match(match.group("tail")):
        return False
    return _capitalised_only(text[: match.start("tail")])


def _capitalised_only(text: str) -> bool:
    """At most ten words, each capitalised (a place and a date, no sentence)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", text)
    return len(words) <= 10 and all(word[0].isupper() for word in words)


def _dated_place(text: str) -> bool:
    """A place and a full date with its year and nothing else, as a masthead's date line
    reads ("ST. JOHNS, APACHE CO., ARIZONA, FEBRUARY 3, 1916", "Houston, Miss., Feb. 25,
    IOIG."): every word capitalised, so no sentence. A story's dateline gives no year."""
    match = _EN_DATE_LOOSE.search(text)
    if match is None:
        return False
    rest = text[: match.start()] + " " + text[match.end() :]
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", rest)
    return len(words) <= 10 and all(word[0].isupper() for word in words)


def masthead_facts(
    lines: Iterable[str],
    heads: Sequence[str] = (),
    years: Callable[[], Mapping[int, int]] | None = None,
) -> tuple[str | None, str | None]:
    """(newspaper, ISO date) read from a page's furniture lines, each None when not found.

    ``years``, asked only when a date's year may need mending, counts the years the page's
    articles print (:func:`page_years`, :func:`_issue_date`).

    ``heads`` are the headlines of the page's first articles, where a nameplate the parser did
    not take for furniture lands; they are read only for a name ending in one of the nouns
    too common in heads to make a line furniture (:func:`_wider_name`), and only when the
    furniture names no paper."""
    furniture = list(lines)
    name = (
        _masthead_name(furniture) or _wider_masthead_name(furniture, heads) or _nameplate(furniture)
    )
    return name, _masthead_date(furniture, years)


#: The most furniture lines between a nameplate and the date line under it (a motto, a
#: founding year: "THE DAILY CRESCENT" / "Founded 1951" / "ISLAMABAD, FRIDAY, DECEMBER 4, 2026").
NAMEPLATE_DATE_REACH: Final = 3
#: A nameplate in capitals opening on THE: two to five words of letters ("THE ISLAND
#: GLEANER", "THE LAKESIDE NATION").
_NAMEPLATE: Final = re.compile(r"^THE(?: [A-Z][A-Z'’\-]+){1,4}$")


def _nameplate(furniture: Sequence[str]) -> str | None:
    """The paper's name when its noun is none the other readers know ("THE ISLAND GLEANER",
    "THE CAPE MERCURY"): the furniture's first line, in capitals opening on THE
    (_NAMEPLATE), with a full date in one of the NAMEPLATE_DATE_REACH lines under it, as a
    nameplate stands over its date line (the lead's round 46). A label ("THE WEATHER") is no
    name: the masthead's other words are refused."""
    if not furniture:
        return None
    first = " ".join(furniture[0].split())
    if _NAMEPLATE.match(first) is None or set(first.split()[1:]) & _NOT_NAME_PIECES:
        return None
    under = furniture[1 : 1 + NAMEPLATE_DATE_REACH]
    return first if any(_iso_date(text) for text in under) else None


def _masthead_name(lines: Sequence[str]) -> str | None:
    """The first name the furniture gives, made whole (:func:`_whole_name`)."""
    for index, text in enumerate(lines):
        # The name may stand alone, between a running head's wide gaps, or before the date
        # (gaps collapsed: "THE RIVERTON GAZETTE TUESDAY, JANUARY 14, 2025 PAGE 1").
        before_date = _DATE_START.split(text, maxsplit=1)[0]
        for part in [text, *_strip_parts(text), before_date]:
            name = paper_name(part)
            if name:
                whole = _whole_name(name, lines, index) if part == text else name
                if whole and _names_a_paper(whole):
                    return whole
                break
    for index, text in enumerate(lines):
        name = _garbled_name(text)
        if name:
            whole = _whole_name(name, lines, index)
            if whole and _names_a_paper(whole):
                return whole
    return next((name for text in lines if (name := _short_chinese_name(text))), None)


#: A Chinese paper's name of one character and 報 ("申報", "晶報"), which _CN_PAPER (two
#: characters at least, as a line near the top must hold to be furniture) does not take; the
#: first character no word that makes 報 a common noun ("本報", "日報", "晚報", "畫報").
_SHORT_CN_NAME: Final = re.compile(r"^[\u4e00-\u9fff](?:報|报)$")
_NOT_SHORT_NAME: Final = frozenset("本日晚周週月年画畫旬季公电電情简簡快汇匯海")


def _short_chinese_name(text: str) -> str | None:
    """A furniture line that is a Chinese paper's name of two characters alone (see
    _SHORT_CN_NAME; branch mast47): read from a line already taken for furniture only."""
    compact = "".join(text.split())
    if len(compact) != 2 or not _SHORT_CN_NAME.match(compact) or compact[0] in _NOT_SHORT_NAME:
        return None
    return compact


#: Words of an edition, not of a name ("Daily and Sunday" over the nameplate).
_EDITION_WORDS: Final = frozenset(
    "THE AND & DAILY WEEKLY SUNDAY EVENING MORNING SEMI-WEEKLY EDITION".split()
)
#: Words no paper's name holds: prepositions and pronouns of a slogan or a head ("SUBSCRIBE
#: FOR THE NEWS", "MAKING RECORD AT HIS POST", "In the World").
_PHRASE_WORDS: Final = frozenset(
    "FOR TO AT WITH FROM BY IN ON INTO HIS HER ITS THEIR YOUR MY IS ARE WAS WERE WILL ALL".split()
)
#: A column's heading over local items, no paper's name ("COUNTY NEWS", "COURT HOUSE NEWS").
_COLUMN_WORDS: Final = frozenset(
    "THE COUNTY LOCAL CITY SOCIAL PERSONAL CHURCH SCHOOL COURT HOUSE SOCIETY FARM SPORTING "
    "SPORT NEIGHBORHOOD COMMUNITY".split()
)
#: A wire's name as OCR garbles it ("ASSOCIATLD PRESS").
_WIRE_GARBLED: Final = re.compile(r"\bASSOC[A-Z]*\s+PRESS\b", re.IGNORECASE)


def _names_a_paper(name: str) -> bool:
    """Whether a name read from the masthead can be a paper's (branch mast47): not the words of
    an edition alone ("Daily and Sunday"), no slogan's or head's phrase (a preposition or a
    pronoun among its words), no column's heading (NEWS after a column's words only), no wire
    (garbled), and no scrap of a longer name (two words, the first of one or two letters: "NA
    DEMOCRAT"). Chinese names are left alone."""
    words = name.split()
    if not words or cjk_ratio(name) >= 0.5:
        return True
    upper = [word.strip(".,'’").upper() for word in words]
    if all(word in _EDITION_WORDS for word in upper) or set(upper) & _PHRASE_WORDS:
        return False
    if upper[-1] == "NEWS" and len(upper) > 1 and all(w in _COLUMN_WORDS for w in upper[:-1]):
        return False
    if _WIRE_GARBLED.search(name):
        return False
    return not (len(upper) == 2 and len(upper[0]) <= 2 and not words[0].endswith("."))


#: Nouns papers are named by that a head uses as often ("ECHO", "FARMER", "MESSAGE"), so a line
#: ending in one is no furniture (:func:`paper_name` does not know them), but a line the parser
#: already took for furniture, a masthead's date line opening on it, or a page's first head
#: may name the paper by one (:func:`_wider_name`). Written from what American papers are
#: commonly called, never read from a title list.
_MORE_PAPER_NOUNS: Final = frozenset(
    "FARMER CHIEF CHAMPION WORKER ADVERTISER EXPOSITOR ECHO SIGNAL WATCHMAN GRAPHIC CURRENT "
    "MESSAGE VIDETTE VEDETTE COMMONER EPITAPH PILOT ITEM COMPANION HUSTLER BUGLE TORCH "
    "SCIMITAR PICAYUNE CONSTITUTION INQUIRER ENQUIRER TRAVELER TRAVELLER VISITOR MOUNTAINEER "
    "PLAINSMAN COMMERCIAL CLIPPER CRITIC TOCSIN ARGONAUT COURANT HAWKEYE".split()
)
#: Words that may be a compound name's parts ("NEWS-TIMES", "TIMES-REPUBLICAN").
_ALL_PAPER_NOUNS: Final = frozenset(_PAPER_NOUNS.split("|")) | _MORE_PAPER_NOUNS
#: The most words a name read by :func:`_wider_name` may have ("THE DAILY EAST OREGONIAN").
_WIDER_NAME_WORDS: Final = 5
#: A masthead's date line opening on the paper's name ("DAILY EAST OREGONIAN, PENDLETON,
#: OREGON, FRIDAY, FEBRUARY 4, 1916."): the name is what stands before the first comma.
_NAME_BEFORE_PLACE: Final = re.compile(r"^([^,]{4,40}),\s")


def _wider_name(text: str, demonym: bool) -> str | None:
    """A paper's name ending in a noun :func:`paper_name` does not know: one of
    :data:`_MORE_PAPER_NOUNS`, two paper nouns joined by a hyphen ("NEWS-TIMES"), or, when
    ``demonym``, a place's people ("OREGONIAN", "MISSOURIAN": a word of eight letters or more
    ending in IAN, not an occupation's "-CIAN"). Two to five capitalised words of letters
    (the first no slogan's opener, none a masthead's other word), with no word in lower case."""
    name = " ".join(text.split()).strip(" .,")
    words = name.split()
    if not 2 <= len(words) <= _WIDER_NAME_WORDS or _runs_as_prose(name):
        return None
    if not all(
        re.fullmatch(r"[A-Z][A-Za-z.'’&\-]*", w) or w in ("of", "and", "the") for w in words
    ):
        return None
    upper = [w.strip(".,'’").upper() for w in words]
    if (
        not words[0][:1].isupper()
        or upper[0] in _SLOGAN_OPENERS
        or upper[0] in ("AND", "&")
        or set(upper) & _NOT_NAME_PIECES
        or "A" in upper
        or len(upper[0]) < 2
    ):
        return (
            None  # a slogan, a name's second line ("and Advertiser"), a phrase ("ADAMS A VISITOR")
        )
    last = upper[-1]
    parts = last.split("-")
    known = last in _MORE_PAPER_NOUNS or (
        len(parts) == 2 and all(part in _ALL_PAPER_NOUNS for part in parts)
    )
    people = demonym and len(last) >= 8 and last.endswith("IAN") and not last.endswith("CIAN")
    return name if known or people else None


def _wider_masthead_name(furniture: Sequence[str], heads: Sequence[str]) -> str | None:
    """A name ending in a noun of :func:`_wider_name`: a furniture line that is the name alone
    or a date line opening on it, then the page's first heads set in capitals (no demonym
    there: a head's "ITALIAN" or "CANADIAN" names people)."""
    for text in furniture:
        name = _wider_name(text, demonym=True)
        parts = _strip_parts(text) if name is None else []
        if len(parts) > 1:  # (a folio strip's pieces: "B3 | The Lakeport Herald-Times | …")
            found = (_wider_name(part, demonym=True) for part in parts)
            name = next((piece for piece in found if piece), None)
        if name is None:
            opening = _NAME_BEFORE_PLACE.match(text)
            rest = text[opening.end() :] if opening else ""
            if opening and (_iso_date(rest) or _garbled_date(rest)):
                name = _wider_name(opening.group(1), demonym=True)
        if name and _names_a_paper(name):
            return name
    for index, text in enumerate(heads):
        # (a nameplate is display type in capitals: a head in title case quoting another
        # paper, "Richmond Times-Dispatch", is no name of this one)
        name = _head_name(text, index) if text.isupper() else None
        if name and _names_a_paper(name):
            return name
    return None


def _head_name(text: str, index: int) -> str | None:
    """A name a head in capitals (the page's ``index``-th) gives: one ending in a noun
    :func:`_wider_name` reads; in the page's first head only, a place's people ("UNIVERSITY
    MISSOURIAN": a later head's "ITALIAN" names people) or a noun :func:`paper_name` knows,
    clean or garbled ("ALBUQUERQUE MORNING JOURNAI", "MACON BEACOE": the nameplate's display
    type fell to the first head, out of the furniture), but for the nouns a head uses as words
    (_HEAD_WORD_NOUNS: "ANSWERS CALL"), a noun's plural ("WIRE DISPATCHES") and a noun
    alone ("THE HEEALD": which Herald?); branch mast47."""
    name = _wider_name(text, demonym=index == 0)
    if name or index or "\n" in text:
        return name
    name = paper_name(text) or _garbled_name(text)
    if name is None:
        return None
    last = name.split()[-1].strip(".,").upper()
    said = text.split()[-1].strip(".,'’").upper()
    plural = said in (last + "S", last + "ES")
    alone = len([word for word in name.split() if word.upper() != "THE"]) < 2
    return None if last in _HEAD_WORD_NOUNS or plural or alone else name


#: Paper's nouns a head uses as plain words ("ANSWERS CALL", "BELIEVED POST", "LEXINGTON
#: DAILY", "BOY SCOUTS OF AMERICAN"): no name when read from a head.
_HEAD_WORD_NOUNS: Final = frozenset(
    "CALL POST DAILY UNION PROGRESS WORLD AMERICAN MAIL EXPRESS LEADER PRESS STAR SUN GLOBE "
    "EAGLE APPEAL REVIEW RECORD STANDARD BANNER MONITOR PATRIOT PIONEER CITIZEN".split()
)


#: The newspaper nouns, to read a garbled one ("Leadcr", "TIME").
_PAPER_NOUN_WORDS: Final = tuple(_PAPER_NOUNS.split("|"))
#: A line that may be a paper's name with its noun garbled: two to five capitalised words, the
#: last of at least four letters, then perhaps a scrap of one or two letters after a stop
#: ("THE ROCK ISLAND ARGUS. OH").
_GARBLED_NAME: Final = re.compile(
    r"^((?:[A-Z][A-Za-z.'’\-]*\s+){1,4})([A-Za-z]{4,12})\.?(?:\s+[A-Za-z]{1,2}\.?)?$"
)


def cut_paper_name(text: str) -> str | None:
    """The paper's name a line holds alone, clean (:func:`paper_name`), with its noun's last
    letters lost (``THE BEMIDJI DAILY PIONEE``) or its noun in lower case (``Cbe Colville
    examiner``), as :func:`_garbled_name` reads it; not a noun with a letter misread, which a
    head or an ad's line may be (``FRATERNAL HALL`` is no ``CALL``, ``SUBSCRIBE FOR THE MEWS``
    no ``NEWS``)."""
    name = paper_name(text)
    if name:
        return name
    garbled = _garbled_name(text)
    if garbled is None:
        return None
    said = text.split()[-1].strip(".,'’").upper()
    return garbled if said and garbled.split()[-1].upper().startswith(said) else None


def _garbled_name(text: str) -> str | None:
    """A name whose noun OCR garbled within one edit per four letters ("The Guthrie Daily
    Leadcr", "THE BARRE-- DAILY TIME"), or followed by a scrap ("THE ROCK ISLAND ARGUS. OH"),
    with the noun spelt right in the line's case; None for anything else."""
    match = _GARBLED_NAME.match(" ".join(text.split()))
    if match is None or _runs_as_prose(text):
        return None
    head, word = " ".join(match.group(1).replace("-", " ").split()), match.group(2)
    upper = word.upper()
    bound = len(upper) // 4
    nouns = [n for n in _PAPER_NOUN_WORDS if abs(len(n) - len(upper)) <= bound and "-" not in n]
    near = sorted((edit_distance(upper, noun), noun) for noun in nouns)
    if not near or near[0][0] > bound or (len(near) > 1 and near[1][0] == near[0][0]):
        return None
    noun = near[0][1] if head.isupper() or word.isupper() else near[0][1].capitalize()
    return paper_name(f"{head} {noun}")


#: Words that open a paper's motto or a slogan, never its name ("AN INDEPENDENT PROGRESSIVE
#: JOURNAL", "WITH ALL THE LOCAL NEWS", "Prints All Official County News", "A Weekly Review").
_SLOGAN_OPENERS: Final = frozenset("A AN WITH ALL PRINTS OVER FOR ONLY TO IN ON AT FROM".split())
#: Masthead words that are no piece of the paper's name ("THE WEATHER.", "HOME EDITION").
_NOT_NAME_PIECES: Final = frozenset(
    "WEATHER EDITION EXTRA FINAL HOME VOL VOLUME NUMBER NO PRICE PAGES PAGE CENTS".split()
)
#: A piece of a name printed over two lines: one to three capitalised words, letters only
#: ("THE OMAHA DAILY", "AMARILLO DaILY", "Kentucky", "AND APACHE NEWS").
_NAME_PIECE: Final = re.compile(r"^(?:[A-Z][A-Za-z.'’\-]*\s+){0,2}[A-Z][A-Za-z.'’\-]*$")
_NAME_PIECE_CHARS: Final = 30


def _name_piece(text: str) -> str | None:
    """``text`` as a piece of a paper's name (:data:`_NAME_PIECE`), or None."""
    piece = " ".join(text.split()).strip(" .,")
    if len(piece) > _NAME_PIECE_CHARS or not _NAME_PIECE.match(piece):
        return None
    words = {word.strip(".,'’").upper() for word in piece.split()}
    return None if words & _NOT_NAME_PIECES or _runs_as_prose(piece) else piece


def _whole_name(name: str, lines: Sequence[str], index: int) -> str | None:
    """The paper's name found alone on line ``index``, made whole or refused.

    A name printed over two lines is joined: a line opening on "AND" or "&" straight under it
    ("ST. JOHNS HERALD" / "AND APACHE NEWS"); a noun alone, or a name opening on "AND", with
    the name's piece straight above it ("OMAHA DAILY" / "BEE", "AMARILLO DaILY" / "NEWS").
    What stays a noun alone ("HERALD"), a motto or slogan (first word in _SLOGAN_OPENERS) or
    a fragment (a first word of one letter, "S HERALD") is no name.
    """
    if cjk_ratio(name) >= 0.5:
        return name  # (a Chinese name is one word: "海港日報")
    below = _name_piece(lines[index + 1]) if index + 1 < len(lines) else None
    if below and below.split()[0].upper() in ("AND", "&") and len(name.split()) > 1:
        name = f"{name} {below}"
    elif below and " " not in below and name.split()[-1].upper() == "DAILY" and paper_name(below):
        # (a name closing on DAILY, itself a paper's noun, over the noun that ends it:
        # "AMARILLO DaILY" / "NEWS", "THE OMAHA DAILY" / "BEE")
        name = f"{name} {below}"
    words = name.split()
    first = words[0].strip(".,").upper()
    if first in _SLOGAN_OPENERS:
        return None
    if len(words) == 1 or first in ("AND", "&"):
        above = _name_piece(lines[index - 1]) if index > 0 else None
        opener = above.split()[0] if above else ""
        joinable = (
            above
            and (len(opener) > 1 or opener.endswith("."))
            and opener.upper() != "AND"
            and not paper_name(above)
        )
        return f"{above} {name}" if joinable else None
    if len(first) == 1 and not words[0].endswith("."):
        return None
    return name


def _masthead_date(
    lines: Sequence[str], years: Callable[[], Mapping[int, int]] | None = None
) -> str | None:
    """The issue's date among the furniture's dates (:func:`_issue_date`, which checks each
    against the weekday it names and the page's years): the first of a date line in capitals
    (the month in capitals, no word in lower case: "HARTFORD, KY., WEDNESDAY, FEBRUARY 2,
    1916."), failing that the first with no word in lower case ("Wednesday, December 2, 2026";
    an event's "Schedule In Effect September 19, 1916." under a masthead's date line in
    capitals is passed over), failing that the first in a sentence the parser took for
    furniture ("on Thursday, January 27, 1916."). A founding, the post office's entry and the
    act it cites name no issue's date (_FOUNDED). Branch mast47."""
    best: tuple[int, bool, str] | None = None
    counted: list[Mapping[int, int]] = []

    def once() -> Mapping[int, int]:
        if not counted:
            counted.append(years() if years is not None else {})
        return counted[0]

    for text in lines:
        if not _may_hold_issue_date(text):
            continue
        found = _issue_date(text, once)
        if found is None:
            continue
        rank = (_date_line_rank(text, found[1]), found[2])
        if rank == (0, False):
            return found[0]
        if best is None or rank < best[:2]:
            best = (*rank, found[0])
    return best[2] if best else None


def _may_hold_issue_date(text: str) -> bool:
    """False only when no date reader of :func:`_issue_date` can match ``text``: it holds no
    figure (a date's day or year in figures; a garbled year keeps one figure at least in the
    shapes read) and no 年 (a Chinese date in numerals)."""
    return "年" in text or _FIGURE.search(text) is not None


def _date_line_rank(text: str, month: str) -> int:
    """How much a line looks like the masthead's date line (0 best): the month in capitals and
    no sentence; no sentence; a sentence (two words in lower case, :func:`_runs_as_prose`; see
    :func:`_masthead_date`)."""
    if _runs_as_prose(text):
        return 2
    return 0 if month.isupper() else 1


#: OCR's usual misreadings of one figure for another in a masthead's date, both ways (3 and
#: 8 or 5, 6 and 0, 5, 8 or 9, 0 and 8 or 9, 1 and 7): what a day is tried as when the weekday
#: named disagrees with it, and a year read as no year ("1016", "IOIG").
_FIGURE_MISREAD_PAIRS: Final = ("06", "08", "09", "38", "35", "56", "68", "69", "17")
_FIGURE_MISREADS: Final = {
    figure: "".join(
        sorted(pair.replace(figure, "") for pair in _FIGURE_MISREAD_PAIRS if figure in pair)
    )
    for figure in "0123456789"
}
#: A year of four figures (the page's years, :func:`page_years`).
_YEAR: Final = re.compile(r"(?<!\d)(?:1[7-9]|20)\d\d(?!\d)")


def page_years(texts: Iterable[str]) -> Counter[int]:
    """How often each year (1700-2099, four figures) is printed in ``texts`` (a page's
    articles): the page's own year is the one it prints most (:func:`_issue_date`)."""
    found: Counter[int] = Counter()
    for text in texts:
        if _FIGURE.search(text) is not None:
            found.update(int(year) for year in _YEAR.findall(text))
    return found


def _issue_date(
    text: str, years: Callable[[], Mapping[int, int]] | None
) -> tuple[str, str, bool] | None:
    """(ISO date, the month as printed) of a furniture line, checked and mended; None when
    the line names no issue's date.

    The date is read clean (_EN_DATE, day first) or as OCR garbled it (_DATE_SHAPE, as
    :func:`_garbled_date` reads it). Its year is mended, by one or two of OCR's figure
    misreads, to a year that agrees with the weekday named and that the page's articles print
    (:func:`page_years`) when OCR misread it past any year ("1016", "IOIG", "1019"). A real
    year is kept as read ("WEDNESDAY, FEBRUARY 2, 1910." on a page of 1916: the two years'
    Februaries share their weekdays, and mending toward the page's most printed year was
    measured to spoil more right dates than it fixed). A weekday named before the date must be
    the date's own: when it is not, the one reading of the day's figures as OCR misreads them
    (_FIGURE_MISREADS) that agrees is taken ("THURSDAY, FEBRUARY 8, 1916" is the 3rd), and
    none, or more than one, leaves the line no date (a wrong date is worse than none).
    Chinese dates are read as they are."""
    reading = _date_reading(text)
    if reading is None:
        cn = None if text.isascii() else _iso_date(text)
        return (cn, "", False) if cn else None
    month, day, year_text, start, month_text, garbled = reading
    founded = _FOUNDED.search(text, 0, start)
    if founded and _FIGURE.search(text, founded.end(), start) is None:
        return None  # (named straight before the date: "Established July 1, 1859.")
    weekday = _WEEKDAY_WORD.search(text, 0, start)
    named = WEEKDAY_NAMES.index(weekday.group(0).upper()) if weekday else None
    year = _year_choice(year_text, month, day, named, years)
    if year is None:
        return None
    date = _agreeing_date(year, month, day, named)
    return (date, month_text, garbled) if date else None


def _date_reading(text: str) -> tuple[int, str, str, int, str, bool] | None:
    """(month, the day's figures, the year's, where the date starts, the month as printed,
    whether read from OCR's garble) of the first date in an English line: clean, day first, or
    as OCR garbled it."""
    match = _EN_DATE.search(text) if _may_hold_date(text.isascii(), text.lower()) else None
    if match:
        month = _MONTH_NAMES.index(match.group(1).upper()) + 1
        return month, match.group(2), match.group(3), match.start(), match.group(1), False
    match = _EN_DAY_FIRST_DATE.search(text)
    if match:
        month = _MONTH_NAMES.index(match.group(2).upper()) + 1
        return month, match.group(1), match.group(3), match.start(), match.group(2), False
    if _lower_case_word(text):
        return None  # (a sentence's garbled date is no masthead's: see _garbled_date)
    weekday = _WEEKDAY_WORD.search(text)
    for shape in _DATE_SHAPE.finditer(text):
        number = _month_number(shape.group(1), weekday is not None)
        if number is not None:
            figures = shape.group(2).translate(_FIGURE_LETTERS)
            year = shape.group(3).replace(" ", "").translate(_FIGURE_LETTERS)
            return number, figures, year, shape.start(), shape.group(1), True
    return None


def _year_choice(
    year_text: str,
    month: int,
    day: str,
    named: int | None,
    years: Callable[[], Mapping[int, int]] | None,
) -> int | None:
    """The year of a masthead's date, mended when OCR misread it past any year (see
    :func:`_issue_date`)."""
    year = int(year_text) if year_text.isdigit() else None
    if year is not None and 1700 <= year <= 2099:
        return year  # (a real year is kept: nothing on the page tells 1910 from 1916)
    if year is None or len(year_text) != 4:
        return None
    fewest: set[int] = set()
    for mended in _misread_years(year_text):
        date = _real_date(mended, month, day) if 1700 <= mended <= 2099 else None
        if date and (named is None or datetime.date.fromisoformat(date).weekday() == named):
            fewest.add(mended)
    if not fewest:
        for once in _misread_years(year_text):
            for mended in _misread_years(str(once)):
                date = _real_date(mended, month, day) if 1700 <= mended <= 2099 else None
                if date and (named is None or datetime.date.fromisoformat(date).weekday() == named):
                    fewest.add(mended)
    printed = years() if years is not None else {}
    fewest = {mended for mended in fewest if printed.get(mended, 0)}
    return fewest.pop() if len(fewest) == 1 else None


def _misread_years(year_text: str) -> list[int]:
    """The years ``year_text`` reads as with one figure taken for another (_FIGURE_MISREADS)."""
    return [
        int(year_text[:index] + other + year_text[index + 1 :])
        for index, figure in enumerate(year_text)
        for other in _FIGURE_MISREADS.get(figure, "")
    ]


def _agreeing_date(year: int, month: int, day: str, named: int | None) -> str | None:
    """The ISO date of a year, a month and the day's figures, as the weekday named (if any)
    lets it be read (see :func:`_issue_date`)."""
    if named is None:
        return _real_date(year, month, day)
    exact = _real_date(year, month, day)
    if exact is not None and datetime.date.fromisoformat(exact).weekday() == named:
        return exact
    found = set()
    for index, figure in enumerate(day):
        for other in _FIGURE_MISREADS.get(figure, ""):
            date = _real_date(year, month, day[:index] + other + day[index + 1 :])
            if date is not None and datetime.date.fromisoformat(date).weekday() == named:
                found.add(date)
    return found.pop() if len(found) == 1 else None


def _real_date(year: int, month: int, day: str) -> str | None:
    """The ISO date, or None when the figures name no real day."""
    try:
        return datetime.date(year, month, int(day)).isoformat()
    except ValueError:
        return None


#: A date's shape whatever OCR made of its letters: a word (the month), a day, a year of
#: four figures or letters read for figures ("FEB. 2, 1916", "FEBR?AKY 2, 191G", "191 C").
_DATE_SHAPE: Final = re.compile(
    r"(?<![A-Za-z])([A-Za-z][A-Za-z'’?!]{2,10})\.?,?\s{0,2}([\dIlO]{1,2})(?:st|nd|rd|th)?[.,;]?"
    r"\s{1,2}([1Il][\dIlOGCSBb!](?:\s?[\dIlOGCSBb!]){2})(?![\dA-Za-z])"
)
#: Months as mastheads shorten them.
_MONTH_SHORT: Final = {
    short: number
    for number, month in enumerate(_MONTH_NAMES, 1)
    for short in {month[:3], month[:4], month}
}
#: Letters OCR reads for a figure in a masthead's date ("191G", "IOIG", "l").
_FIGURE_LETTERS: Final = str.maketrans("IlO!GCSBbo", "1101665860")
_WEEKDAY_WORD: Final = re.compile(_WEEKDAYS, re.IGNORECASE)


def _garbled_date(text: str) -> str | None:
    """A masthead's date as OCR garbled it: the month shortened (``FEB.``) or, beside a weekday,
    misspelt within three edits (one per three letters: ``FEBR?AKY``, ``FEBUARY``), the day's or
    the year's figures read as letters (``l``, ``191G``, ``191 C``). The year must be from
    1700 to 2099 and the date real; a weekday named before it must be the date's own. Only on
    a line with no word in lower case (but the masthead's small words) that names no founding
    ("ESTABLISHED SEP'T 17, 1870.")."""
    if _lower_case_word(text) or _FOUNDED.search(text):
        return None  # a sentence's date ("Sunday morning, Jan 23, 1916,"), a founding date
    weekday = _WEEKDAY_WORD.search(text)
    for match in _DATE_SHAPE.finditer(text):
        month = _month_number(match.group(1), weekday is not None)
        day = int(match.group(2).translate(_FIGURE_LETTERS))
        year = int(match.group(3).replace(" ", "").translate(_FIGURE_LETTERS))
        if month is None or not 1700 <= year <= 2099:
            continue
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            continue
        named = weekday.group(0).upper() if weekday and weekday.start() < match.start() else None
        if named and WEEKDAY_NAMES.index(named) != date.weekday():
            continue
        return date.isoformat()
    return None


#: The founding date a masthead may print beside the issue's.
_FOUNDED: Final = re.compile(
    r"\b(?:ESTABLISHED|ESTAB|FOUNDED)\b"
    # and the post office's entry as second-class matter with the act it cites ("Entered as
    # second-class matter May 12, 1910, at the post office ... under the Act of March 3,
    # 1879."), a timetable's "In Effect" date (branch mast47)
    r"|\bENTERED\b|\bSECOND[\s\-]CLASS\b|\bPOST[\s\-]?OFFICE\b|\bACT\s+OF\b|\bIN\s+EFFECT\b",
    re.IGNORECASE,
)


def _lower_case_word(text: str) -> bool:
    """Whether an English line holds a word in lower case other than a masthead's small words."""
    words = re.findall(r"[A-Za-z][A-Za-z'’]+", text)
    return any(w[0].islower() and w not in _MASTHEAD_SMALL_WORDS for w in words)


def _month_number(word: str, beside_weekday: bool) -> int | None:
    """The month a masthead's word names, shortened or misspelt (see :func:`_garbled_date`)."""
    letters = re.sub(r"['’?!]", "", word).upper()
    if letters in _MONTH_SHORT:
        return _MONTH_SHORT[letters]
    if len(letters) < 6 or not beside_weekday:
        return None
    bound = 3
    scored = sorted((edit_distance(letters, month), n) for n, month in enumerate(_MONTH_NAMES, 1))
    (best, number), (second, _) = scored[0], scored[1]
    return number if best <= min(bound, len(letters) // 3) and second > best else None


def edit_distance(a: str, b: str, bound: int | None = None) -> int:
    """Levenshtein distance (short words: a month's name, a paper's name, a wire service's).
    With ``bound``, the rows stop once every cell is over it and ``bound + 1`` is returned:
    exact up to ``bound``, only "more" beyond it."""
    # (the smallest of three written as comparisons, and each row's least kept as it is made:
    # compiled, a call of the builtin min is a look-up and a generic call, most of the cost)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        least = i
        for j, cb in enumerate(b, 1):
            cell = previous[j] + 1
            inserted = current[j - 1] + 1
            if inserted < cell:
                cell = inserted
            replaced = previous[j - 1] + (ca != cb)
            if replaced < cell:
                cell = replaced
            current.append(cell)
            if cell < least:
                least = cell
        if bound is not None and least > bound:
            return bound + 1
        previous = current
    return previous[-1]


_DATE_START = re.compile(
    r"\s(?=" + _WEEKDAYS + r"|(?:" + "|".join(_MONTH_NAMES) + r")\s+\d)|\s(?=\d{4}\s*年)",
    re.IGNORECASE,
)


#: A date with the day first, as British, Commonwealth and Asian English papers print it
#: ("Friday 11 December 2026", "Saturday, 5th December, 2026"): read from a line already taken
#: for furniture only (:func:`_iso_date`), never to take one (the lead's round 46).
_EN_DAY_FIRST_DATE: Final = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(_MONTH_NAMES) + r"),?\s+(1[6-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
#: The figures a Chinese date is written in: the plain ones, 〇 and 零, the forms of the
#: banker's hand (壹貳參…), and 廿 and 卅 for twenty and thirty.
_CN_FIGURES: Final[dict[str, int]] = {
    **dict.fromkeys("〇零○", 0),
    **dict(zip("一二三四五六七八九", range(1, 10), strict=True)),
    **dict(zip("壹貳參肆伍陸柒捌玖", range(1, 10), strict=True)),
    **{"贰": 2, "叁": 3, "叄": 3, "参": 3, "两": 2, "兩": 2},
}
#: The marks of tens: 十 and 拾 multiply the figure before them, 廿 and 卅 are 20 and 30.
_CN_TENS: Final = {"十": 0, "拾": 0, "廿": 20, "卅": 30}
#: The mark of hundreds (a Minguo year: "一百零五"; zh46's furniture pattern read it).
_CN_HUNDRED: Final = "百"
_CN_NUMBER_CHARS: Final = "".join(_CN_FIGURES) + "".join(_CN_TENS) + _CN_HUNDRED
#: A date in Chinese numerals, the Common Era's ("二〇二六年十二月十一日") or the Republic's
#: ("中華民國二十五年十一月七日", "民國115年12月4日", "中華民國貳拾捌年四月廿六日"): the year, the
#: month and the day (the lead's round 46). ``classify`` takes a line that is such a date
#: alone (and its weekday) for furniture from the same source (branch mast47: one pattern).
CN_WORDS_DATE_SOURCE: Final = (
    r"(民國|民国)?\s*([\d"
    + _CN_NUMBER_CHARS
    + r"]{1,4})\s*年\s*([\d"
    + _CN_NUMBER_CHARS
    + r"]{1,3})\s*月\s*([\d"
    + _CN_NUMBER_CHARS
    + r"]{1,3})\s*日"
)
_CN_WORDS_DATE: Final = re.compile(CN_WORDS_DATE_SOURCE)
#: The Republic of China's first year, 1912: its year N is 1911 + N.
_MINGUO_EPOCH: Final = 1911


def chinese_number(text: str) -> int | None:
    """A number written in figures or in Chinese numerals ("二十五", "貳拾捌", "廿六", "十一",
    "二〇二六" read figure by figure, "115", "一百零五"); None when it is neither."""
    if text.isascii() and text.isdigit():
        return int(text)
    if _CN_HUNDRED in text:
        head, _, rest = text.partition(_CN_HUNDRED)
        hundreds = _CN_FIGURES.get(head) if head else 1
        rest = rest[1:] if rest[:1] in ("零", "〇") else rest
        low = chinese_number(rest) if rest else 0
        if not hundreds or low is None or low > 99 or (rest and rest.isascii()):
            return None
        return hundreds * 100 + low
    tens = sum(char in _CN_TENS for char in text)
    if tens > 1:
        return None  # (one mark of tens in a number under a hundred)
    if not tens:
        figures = [_CN_FIGURES.get(char) for char in text]
        if not figures or None in figures:
            return None
        return int("".join(str(figure) for figure in figures))
    total = 0
    pending: int | None = None
    for char in text:
        if char in _CN_TENS:
            total += _CN_TENS[char] or 10 * (1 if pending is None else pending)
            pending = None
        elif char in _CN_FIGURES and pending is None:
            pending = _CN_FIGURES[char]
        else:
            return None
    return total + (pending or 0)


def _iso_date(text: str) -> str | None:
    match = _EN_DATE.search(text)
    if match:
        month = _MONTH_NAMES.index(match.group(1).upper()) + 1
        day, year = int(match.group(2)), int(match.group(3))
    elif (match := _EN_DAY_FIRST_DATE.search(text)) is not None:
        day, year = int(match.group(1)), int(match.group(3))
        month = _MONTH_NAMES.index(match.group(2).upper()) + 1
    elif (match := _CN_DATE.search(text)) is not None:
        year, month, day = (int(g) for g in match.groups())
    else:
        return _chinese_words_date(text)
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _chinese_words_date(text: str) -> str | None:
    """A Chinese date in numerals or in the Republic's years (_CN_WORDS_DATE), as an ISO date;
    None when there is none or it is no real date."""
    if "年" not in text or "日" not in text:
        return None  # (most lines)
    match = _CN_WORDS_DATE.search(text)
    if match is None:
        return None
    year, month, day = (chinese_number(match.group(g)) for g in (2, 3, 4))
    if year is None or month is None or day is None:
        return None
    if match.group(1):
        year += _MINGUO_EPOCH
    if not 1700 <= year <= 2099:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


#: The first year of a modern page's printed date (prints_modern_date): an archive's 1916 or
#: 1939 page prints an earlier one.
MODERN_YEAR: Final = 1960


def prints_modern_date(furniture: Sequence[str]) -> bool:
    """Whether a page's furniture prints a full date (_iso_date: "Thursday 10 December 2026")
    of MODERN_YEAR or later: the page is a modern daily's, whatever order OCR read its blocks
    in (formats.text.parse_page_text asks it when no head over a byline has told so)."""
    for text in furniture:
        date = _iso_date(text)
        if date:
            return int(date[:4]) >= MODERN_YEAR
    return False
