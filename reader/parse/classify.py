"""Recognises the kinds of printed text: datelines, bylines, credits, jump lines, furniture, titles.

Every rule here serves every input format; the patterns are written for Chinese and English
newspapers in general, not for one page.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, TypeVar

from reader.model import ContinuationLink
from reader.parse.masthead import (
    CN_WORDS_DATE_SOURCE,
    MONTH_ABBREVIATIONS,
    NAME_LINES,
    WEEKDAY_NAMES,
    chinese_number,
    edit_distance,
    is_garbled_issue_line,
    is_masthead_line,
)
from reader.text.cjk import (
    CLAUSE_PUNCTUATION,
    FIRST_WIDE,
    cjk_ratio,
    count_in_runs,
    display_width,
    ends_sentence,
    joins_without_space,
    letter_counts,
)

_CN_NUM: Final = "〇零一二三四五六七八九十百两"

#: The first three letters of every English month's name: each month pattern below is built
#: from them, and so is the test that rules a line without one out (may_name_month).
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Any of them, wherever it stands.
_MONTH_STEM: Final = re.compile("|".join(_MONTH_STEMS))
#: A month's name or abbreviation, without its stop ("Feb", "Sept", "February").
_MONTH_WORD = r"(?:" + "|".join(_MONTH_STEMS) + r")[a-z]*"
_MONTHS = _MONTH_WORD + r"\.?"
#: The months' abbreviations as a group, without their stops ("Feb", "Sep", "Sept"): May is
#: never cut short (masthead.MONTH_ABBREVIATIONS, which the masthead's dates read too).
_MONTH_ABBREVIATIONS: Final = r"(?:" + MONTH_ABBREVIATIONS + ")"
#: A dateline's day, as printed or as OCR misreads its digits ("Feb. I.—", "Feb. Jii. The",
#: "Feb. If,. Fire"): one or two digits, or up to three digit-like marks with a 1-like one.
_DIGIT_LIKE = r"[\dIOoiJjHfkpl!|GCSBtZ]"
_OCR_DAY = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?|(?="
    + _DIGIT_LIKE
    + r"{0,2}[\dIil!|J])"
    + _DIGIT_LIKE
    + r"{1,3}(?![A-Za-z])"
    # (or a day of two figures OCR set apart, "Feb. 1 4. A Reuter …", "Feb. 2 4.—": tried
    # last, when the first figure alone closed no dateline; branch histp50)
    + r"|[12] \d(?![\w:]))"
)


#: A dateline's place: a city of up to four words, then up to two state or country parts
#: ("Colo.", "N. Y.", "D. C", "Eng.", "Texas").
def _en_place(city_words: int, small_part: bool = False) -> str:
    """The pattern of an English dateline's place of at most ``city_words`` words; with
    ``small_part``, a state part OCR opened with a small letter may stand among its parts, as
    the group ``small`` ("Lake Forest, in., Feb. 28."; see may_be_damaged_state)."""
    # A word's later letters may be read as a 1-like mark: a "1" among capitals or either mark
    # closing the word ("VVASH1XGTON", "ST. LOL1S", "Corpus Christ!"; not "Wheat1st").
    word = r"[A-Z][A-Za-z.'’\-]*(?:(?<=[A-Z])1[A-Z.'’\-]*|[!1](?!\w))?"
    city = word + r"(?:\s+" + word + r"){0," + str(city_words - 1) + "}"
    # Each part ends where its letters end, so a run of capitals splits one way only. OCR reads
    # "Ill." as figures ("Lake Forest, 111., Feb. 28.—") and a part's stop as a hyphen
    # ("Chicago, III-, Feb. 28.—").
    # "D. C" with its D read as a figure and a bracket ("Washington, 1). C, Feb. 18.",
    # "Washington, I). C., Feb. 17.—").
    part = (
        r"(?:[A-Z][A-Za-z]*(?![A-Za-z])|1[1lI]{2}(?![\w])|(?<![\w.])[1I]\)\.?\s*C(?![A-Za-z]))"
        r"[.\-]?(?:-[A-Z][A-Za-z]*(?![A-Za-z])\.?)?\s*"
    )
    # The wire's route after the city: "Berlin, via London, Feb. 28.—" (the route's capital
    # misread: "via liondon").
    route = r"(?:,?\s*via\s+[A-Za-z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    if small_part:
        part = r"(?:" + part + r"|(?P<small>[a-z]{2,3})\.\s*)"
    return city + route + r"(?:,\s*(?:" + part + r"){1,3}){0,2}"


_EN_PLACE = _en_place(4)
#: A person's title, which opens a list's entry or a name, never a dateline's place ("Mr.
#: Smith, Feb. 28.", "Miss Brown, Feb. 2S.").
_NO_TITLE = r"(?!(?:Mr|Mrs|Messrs|Dr|Rev|Prof|Gen|Capt|Col)\.|(?:Miss|Mme)\s)"
#: What parts a dateline's place from its month: a comma or a stop (one of them perhaps read as
#: a low quote, "Fargo, N. D„ Feb. 28.—"), or nothing after a two-initial part whose last stop
#: OCR read as a hyphen, the comma lost ("WASHINGTON, D. C- Feb. 28."; not "Jan. W-Feb. 25.", a
#: notice's dates of publication).
_AFTER_HYPHENED_PART = r"(?<=[A-Z]\.\s[A-Z]-)\s*"
_BEFORE_MONTH = r"(?:[,.;„]{1,2}\s+|" + _AFTER_HYPHENED_PART + ")"


#: Simplified characters of the patterns below with their Traditional forms: each pattern is
#: written once, in Simplified, and matches both scripts.
_TRADITIONAL: Final = dict(
    zip(
        "报讯电记摄见详转总编辑责华闻网图专讯实习员时间联络广告启声遗讣寻征导读刊划题类据"
        "讲师评论计栏综续资节",
        "報訊電記攝見詳轉總編輯責華聞網圖專訊實習員時間聯絡廣告啟聲遺訃尋徵導讀刊劃題類據"
        "講師評論計欄綜續資節",
        strict=True,
    )
)


def _both_scripts(pattern: str) -> str:
    """A regex pattern whose Simplified characters also match their Traditional forms."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        trad = _TRADITIONAL.get(ch)
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif trad and trad != ch:
            out.append(ch + trad if in_class else f"[{ch}{trad}]")
        else:
            if ch == "[":
                in_class = True
            elif ch == "]":
                in_class = False
            out.append(ch)
    return "".join(out)


def _zh(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile for a Chinese pattern, matching Simplified and Traditional text alike."""
    return re.compile(_both_scripts(pattern), flags)


_FLAG_LETTERS = (
    ("i", re.IGNORECASE),
    ("m", re.MULTILINE),
    ("s", re.DOTALL),
    ("x", re.VERBOSE),
    ("a", re.ASCII),
)


def _scoped(pattern: re.Pattern[str]) -> str:
    """A pattern's source as a group that carries its own flags, to be joined with others."""
    flags = "".join(letter for letter, flag in _FLAG_LETTERS if pattern.flags & flag)
    return f"(?{flags}:{pattern.pattern})" if flags else f"(?:{pattern.pattern})"


def either(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern trying ``patterns`` in turn at each place: its ``match`` finds what the first
    of them to match finds (alternatives are tried in order), its ``search`` finds something
    whenever one of them would. One scan instead of one a pattern. (No backreferences.)"""
    return re.compile("|".join(map(_scoped, patterns)))


# --- datelines ------------------------------------------------------------------------------
#: The wires a modern dateline names in brackets ("COLUMBUS, Ohio (AP) —", "CHENNAI, Dec 3
#: (PTI) –", "KINGSTON, Jamaica (CMC) —"): world, Asian and Caribbean agencies, none of which a
#: 1916 page names (it credits "(By Associated Press.)").
_MODERN_WIRES: Final = (
    "PTI|IANS|ANI|UNI|Xinhua|Bernama|Kyodo|Yonhap|CMC|Reuters|AFP|AP|UPI|Bloomberg"
)
_DATELINE_PATTERNS = [
    # 新华社北京1月13日电 / 本报北京3月17日电 / 中新社上海电（记者 李明）
    _zh(
        r"^(?:新华社|中新社|本报|人民网|央视网|新华网|光明网|中国日报网|路透社|美联社|法新社)"
        r"[\u4e00-\u9fff]{0,8}?\s*(?:\d{1,2}\s*月\s*)?(?:\d{1,2}\s*日\s*)?"
        r"(?:专)?电(?:\s*[（(][^）)\n]{1,20}[）)])?"
    ),
    # （重慶廿五日海通電） / （中央社重庆廿五日电） / （香港廿五日路透社電） /
    # （新华社北京1月5日电）: place, day (in figures or in Chinese numerals, 廿 and 卅 too),
    # agency, 电, in brackets.
    _zh(
        r"^[（(](?:[\u4e00-\u9fff]{1,4}社)?(?:记者[\u4e00-\u9fff·]{2,4}?)?[\u4e00-\u9fff]{1,6}?\s*"
        r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*)?"
        r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*日\s*[\u4e00-\u9fff]{0,4}?(?:专)?电\s*[）)]"
    ),
    # 【中通社北京三日電】 / 【中央社台北5日電】: a Hong Kong or Taiwan daily's agency dispatch in
    # lenticular brackets names its place and day like （中央社…東京3日專電）, so it is the
    # dateline too (【本報訊】, 【明報專訊】 name no day: bylines, _BYLINE_LEADS).
    _zh(
        r"^【[\u4e00-\u9fff]{1,4}社(?:记者[\u4e00-\u9fff·]{2,4}?)?[\u4e00-\u9fff]{1,6}?\s*"
        r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*)?"
        r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*日\s*(?:专)?电】"
    ),
    # 据新华社报道 / 据《科技日报》报道 / 據中央社報導 / 据新华社电 / 据新华社华盛顿5月3日电:
    # a source that reports (报道), or an agency, paper, site or station (社, 报, 网, 台) or a
    # day (日) before the 电 ("据统计全国发电量" is a sentence, not a dispatch).
    _zh(r"^据(?:[^，,。\n]{1,20}?报[道导]|[^，,。\n]{0,14}?[社报网台日][^，,。\n]{0,10}?电)[，,]?"),
    # （新加坡讯） / （吉隆坡讯）: a Southeast Asian daily's place and 讯 in brackets; a Malaysian
    # daily names the day too, in figures or numerals (（吉隆坡4日讯）, （布城廿四日讯）). The
    # paper's own （本报讯） names no place: a byline (_BYLINE_LEADS); nor does an agency's
    # own report, （中央社訊） (branch hz47).
    _zh(
        r"^[（(](?![本早晚晨]报)(?![\u4e00-\u9fff]{1,4}社[特专]?讯)[\u4e00-\u9fff]{2,7}?"
        r"(?:(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*日)?讯[）)]"
    ),
    # Any agency, site or station with a dated dispatch: 中新网6月3日电, 央广网北京6月3日电,
    # 本报北京6月3日讯 (讯 only with the date: 本报讯 alone is a byline).
    _zh(
        r"^[\u4e00-\u9fff]{1,8}?(?:社|网|台|报)[\u4e00-\u9fff]{0,6}?\s*\d{1,2}\s*月\s*"
        r"\d{1,2}\s*日\s*(?:专)?[电讯](?:\s*[（(][^）)\n]{1,20}[）)])?"
    ),
    # WASHINGTON, Jan. 13 (AP) — / Madrid, Dec. 29.— / LEADVILLE, Colo., Sept. 16.— /
    # Washington, D. C., Feb. 9.— / ORANGE, Texas. Feb. 1.— (OCR often loses the dash: then a
    # full stop and a capital must follow).
    re.compile(
        # one stray mark may stand before the place (".ROME, Italy,. Feb. 28.", a quote); a
        # title's word opens a list's entry, not a place ("Mr. Smith, Feb. 28. Mrs. Jones")
        r"^[.'\"“‘]?"
        + _NO_TITLE
        + _EN_PLACE
        # the comma before the month may be read as a low quote ("Fargo, N. D„ Feb. 28.—"), or
        # be lost after a part's stop read as a hyphen ("WASHINGTON, D. C- Feb. 28.")
        + _BEFORE_MONTH
        + _MONTHS
        + r"\s*"
        + _OCR_DAY
        # the wire in brackets, or its route ("Feb. 2. (Via wireless to Sayville.)—"): a route
        # is set after the day's stop, and a dash must close it (below, the only way on)
        # (an Asian wire too, as a South Asian daily dates the copy it reprints: "CHENNAI, Dec 3
        # (PTI) –"; branch en46; and the United Press before it merged, "(UP)", the lead's
        # round 47)
        # (or the Caribbean's wire, as a Trinidad daily dates a neighbour's story: "GEORGETOWN,
        # Guyana, Dec 3 (CMC) —"; branch en47)
        + r"(?:\s*\((?:AP|UPI?|INS|Reuters?|AFP|PTI|IANS|ANI|UNI|Xinhua|Bernama|Kyodo|Yonhap|CMC"
        r"|[Ss]pecial\b[^)]{0,40}|[Bb]y [^)]{2,40})\)"
        # (or the Ghana News Agency's own form, its name after a comma and no brackets: "Ho,
        # Dec. 3, GNA –"; branch en45; and the Caribbean's wire so, as a Barbados daily dates a
        # neighbour's story: "KINGSTON, Jamaica, Dec 9, CMC –"; branch en49)
        r"|,\s*(?:GNA|CMC)(?=\s*[—–\-])"
        r"|[.,]?\s*\([Vv]ia [^)]{2,40}\)(?=[.,:'’\s]*(?:—|--|–|-)))?"
        # (the dash may be read as a question mark, as OCR text encoded in ASCII sets every
        # dash: "London, Jan. 31.?A Reuter dispatch", "Tokio, Jan. 31?The foreign office",
        # "San Francisco, Cal., Feb. 1.?" at its line's end; branch histp49)
        r"(?:[.,:'’\s]*(?:—|--|–|-|\?)+(?![!.,;:|])|[,:'’\"]*\.(?=\s+[A-Z\"“‘']|[A-Z][a-z.]"
        # (or the word "A", or two capitals OCR set where a capital and a small letter stand:
        # "Feb. 28.A course of", "Feb. 28.ACcording to")
        r"|A\s[a-z]|[A-Z]{2}[a-z])"
        # (with no space when OCR lost the dash between them: "Feb. 28.Experi-"); the dash
        # read as a question mark, the first word set against it ("15.?Former"); or a colon
        # before the story's first word, as an Indian daily runs a dateline into its brief
        # ("Ambala, December 6: Dense fog …", the lead's round 45)
        r"|\.\?(?=[A-Z\"“‘'][a-z])|:(?=\s+[A-Z][a-z]))\s*"
    ),
    # HARBOR POINT — / SEATTLE (AP) — / PORTLAND, Ore. — / NEW YORK (Reuters) - : a modern
    # dateline names no date, only the place in capitals (and a wire in brackets), then a
    # spaced dash before the story's first sentence: a word in lower case among its first four
    # (a title-cased headline after a dash, "GERMANS ADVANCE — Berlin Says Troops Take Town",
    # has none). A word before it may be a compound whose later parts are in small letters, a
    # figure's ("CAMBRIDGE — A 34-year-old Cambridge man …", branch tab41); a compound of
    # capitalised parts is a name ("GRIFFITHS — Norwegian-Danish club", a list of meetings).
    re.compile(
        r"^[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]*){0,3}(?:,\s*[A-Z][A-Za-z.]{1,12}){0,2}"
        # (a wire's own copy sets a hyphen for the dash: "NEW YORK (Reuters) -"; with the wire
        # named, the words after it may all be capitalised: "… - Federal Reserve Governor Ellen
        # Cole said")
        # (any wire a modern page names, as a Caribbean daily credits its regional wire with
        # no date: "KINGSTON, Jamaica (CMC) — …"; the lead's round 49)
        # (a comma may close the country before the wire: "PARAMARIBO, Suriname, (CMC) –";
        # branch en50)
        r"(?:,?\s*\((?:" + _MODERN_WIRES + r")\)\s+[—–\-]\s+"
        # (or the day before an Asian wire, as a South Asian daily dates the copy it reprints:
        # "CHENNAI, Dec 3 (PTI) – Twelve …"; no 1916 page names those wires; branch en46; or
        # the dateline alone on its line, the dash closing it, the story under it: "GEORGETOWN,
        # Guyana, Dec 3 (CMC) —"; branch en47)
        r"|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s\d{1,2}\s*"
        # (and a world wire so dated, as Reuters dates its copy: "ROME, Dec 3 (Reuters) -";
        # branch bb48)
        r"\((?:" + _MODERN_WIRES + r")\)"
        r"\s+[—–\-](?:\s+|$)"
        # (or two slants, as a Gulf daily sets it: "DUBAI // The Roads and Transport …")
        r"|\s+(?:[—–]|//)\s+(?=[\"“‘']?(?:[A-Z0-9$][\w'’.,$]*(?:-[a-z][\w'’.,$]*)*\s+){0,3}[a-z]{2,}\b))"
    ),
]
_DATELINE: Final = either(_DATELINE_PATTERNS)
#: The modern dateline alone (the last of the patterns): it names no month, so the month guard
#: (may_name_month) must not rule a line out before it is tried.
_MODERN_DATELINE: Final = _DATELINE_PATTERNS[-1]
#: NEW DELHI: / CHANDIGARH: / SHIMLA: : an Indian daily sets a colon after the place, then
#: the story's first sentence (a capital, and a word in lower case among its first five,
#: or the line's end).
#: The place is one to three words in capitals of three letters or more, none a small
#: word of a label ("NOTICE TO VOTERS:", "ABOVE ALL:") and none with a stop ("MR. EDITOR:").
#: On an older page a label opens so ("PLANTERS: Send for our 1916 Seed Annual"), so the
#: pattern is asked only where a modern story opens (match_colon_dateline's callers).
#: The country and a regional wire a colon dateline may name before its colon, as Caribbean
#: dailies set it ("BRIDGETOWN, Barbados (CMC):", the lead's round 44).
_COUNTRY_AND_WIRE: Final = r",\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s\((?:[A-Z]{2,5}|Reuters|AFP)\)"
#: The day after the place, its month cut short in capitals, as a Nepali or Indian daily sets
#: it before the colon: "POKHARA, DEC 10:" (the lead's round 46).
_CAPITALS_DAY: Final = r",\s(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\.?\s\d{1,2}"
_COLON_DATELINE: Final = re.compile(
    r"^[A-Z][A-Z'’\-]{2,}(?:\s(?!(?:TO|OF|THE|AND|FOR|ALL|IN|AT|ON|BY|NOT|NO|OR)\b)"
    r"[A-Z][A-Z'’\-]{2,}){0,2}"
    r"(?:(?:" + _COUNTRY_AND_WIRE + "|" + _CAPITALS_DAY + r")?:\s+"
    r"(?=[\"“‘']?[A-Z0-9$][\w'’.,$]*"
    # (or the line ends first: "BENGALURU: The Karnataka High")
    r"(?:\s+[A-Za-z0-9$][\w'’.,$]*){0,3}(?:\s+[a-z]{2,}\b|\s*$))"
    # (or the whole line, when it names the country and the wire: an e-paper's line)
    r"|" + _COUNTRY_AND_WIRE + r":$)"
)
#: How far into a line a modern dateline's colon can stand: a place of three long words
#: ("THIRUVANANTHAPURAM:", "NEW DELHI:").
MODERN_COLON_REACH: Final = 40
#: How far into a line a modern dateline's dash can stand: a place of four words, a state's
#: abbreviation and a wire in brackets ("PORT WASHINGTON, N.Y. (Reuters) -").
MODERN_DATELINE_REACH: Final = 60

# --- bylines --------------------------------------------------------------------------------
#: A news agency or wire service credit: "(Associated Press.)", "[United Press Leased Wire
#: Service]", "By Associated Press.", "Special to The Tribune.", "By Leased Wire to The Times."
_WIRE_WORDS = (
    r"(?:Associated|United|International|Universal|Central|Canadian|Western)\s+"
    r"(?:Press|News)|Leased\s+Wire|Special\s+(?:Dispatch|Cable|Telegram|Correspondence|Wire|Service)|"
    r"Special\s+to\s+[Tt]he\s+[A-Z]|Special\s+Correspondent|By\s+Cable|By\s+Wireless|"
    r"Press\s+Associations?|新华社|中新社"
)
#: The short words of prose or a title a line can open with, in three cases: not the scrap
#: OCR makes of a garbled credit's "By" (the garbled-credit pattern of _WIRE_CREDITS).
_NOT_BY_SCRAPS: Final = (
    "(?:"
    + "|".join(
        f"{word.upper()}|{word.title()}|{word}"
        for word in (
            "the an to is of on no in at as so or if he we be do up my mr dr st has was are "
            "ten tax and for but not all new two one our his her its may can who had big old "
            "six nor yet out get see say mrs gen col rev sen gov"
        ).split()
    )
    + ")"
)
_WIRE_CREDITS: Final = [
    re.compile(r"^[(\[{][^)\]}\n]{0,30}(?:" + _WIRE_WORDS + r")[^)\]}\n]{0,40}[)\]}]\.?"),
    re.compile(
        r"^(?:By\s+(?:the\s+)?(?:Associated|United|International)\s+Press"
        r"(?:\s+(?:Leased\s+)?Wire)?|By\s+Leased\s+Wire\s+to\s+[Tt]he\s+[A-Z][A-Za-z.\- ]{2,30}?"
        r"|By\s+(?:Cable|Wireless|Telegraph|Radio)\s+to\s+[Tt]he\s+[A-Z][A-Za-z.\- ]{2,50}?"
        r"|Special\s+(?:Dispatch\s+|Telegram\s+|Correspondence\s+|Cable\s+)?to\s+[Tt]he\s+"
        r"[A-Z][A-Za-z.\- ]{2,30}?)(?:\.|(?=\s*$)|(?=\s+[A-Z]{2,}))"
    ),
    # "(By Associated Press.)" as OCR garbles it: up to two opening marks or what OCR made of
    # them, "By", a word in A and one in P (the first with the c, t or l of "Associated"), a
    # closing mark or what OCR made of it ("(Br Aiaeditid Prwa.1", "I By Aaaoclatad Praia. 1",
    # "(Dy Aufl-lat-4 PrenH", "fBr Associated Praaa 1", "- Br Associated Pre-",
    # "'By Associated Pa .1", ", (Br Associated Press)", "(Bf Associated Pre)"); with no mark
    # only when "By" itself is garbled ("Br Associated Pressl"): "By Allen Parker" is a name.
    re.compile(
        r"^(?:(?:[(\[{|I'\-,f]\s*){1,2}[BD][yrjf]{1,2}|B[rfj]|Dy)"
        r"\s+A(?=[A-Za-z\-]*[ctl])[A-Za-z\-]{4,12}\d?"
        r"\s+P[A-Za-z]{1,6}\.?\s*[)\]}|1Il.Jij\-]{0,3}$"
    ),
    # "(By Associated Press.)" with "By" and its bracket garbled past the pattern above, in one
    # or two short scraps of any marks ("IHy", "117", "I ly", "llT", "My"), then "Associated"
    # as OCR reads it most often, "Aa…" or "An…" with a t or an l ("Aaaorlatrd", "AaanHated",
    # "Anaoi'lnlrd"), and "Press" as "Pr" or "1'r" and a vowel or r ("Preaa", "Prraa",
    # "1'rrnM"). Spaces only, so the guard's " A" test holds (GARBLED_AGENCY).
    re.compile(
        r"^(?:\S{1,5} {1,3}){1,2}A(?:a[a-z]|n[ahmnM])(?=[A-Za-z'.\-]*[tl])[A-Za-z'.\-]{2,10}"
        r" {1,3}(?:P|1'|I')r[aerc][A-Za-z]{0,3}\.?\s*[)\]}|1Il.Jijt\-]{0,3}$"
    ),
    # "(By Associated Press.)" garbled in all three of its words (branch histp50): an opening
    # bracket or a mark or two, "By" as a scrap of one to three characters ("Bv", "Rr", "Ih",
    # "( V", "IDT", "T.f", a lone "B"), "Associated" as an A and 7 to 10 letters or marks with
    # a t, l or d among them ("AMorlatrd", "AesnrtatM", "AtlOClATCD", "An.orUlr.l"), then
    # "Press" as a P and up to five more ("PrMa", "PftKSS", "Pnii", "press"), and closing marks
    # ("(Rr AMorlatrd press)", "(B AesnrtatM PrMa )", "Ih Aunrlatvd PrvM 1"). Under a bracket
    # "Press" may be lost ("(Bv Asaoctsled !"). With no bracket the scrap is no short word of
    # prose or a title ("AN AMERICAN PRIZE", "MR. ANDERSON PLEADS"), no initial ("J.
    # ARMSTRONG PAYS") and no clean "By" that a closing bracket does not follow ("By Alexander
    # Powell"); and something is garbled or closes it: a closing mark at the end, a capital or
    # a mark inside the agency's word, or a third word that is no clean P-word ("ter Albanian
    # Port." is prose). Spaces only before the agency's word, as GARBLED_AGENCY's guard needs.
    re.compile(
        r"^(?:([(\[{<]|[^\sA-Za-z0-9(\[{<] ?[(\[{<]) ?|[^\sA-Za-z0-9] ?)?"
        r"(?(1)|(?!" + _NOT_BY_SCRAPS + r"\.? |[A-Z]\. |(?:By|BY) (?!.*[)\]}]\W*$))"
        r"(?=.*[)\]}1Il!|]\W*$|\S* A[a-z'.\-]*[A-Z'.\-]|\S* A\S+ +(?!P[a-z]+\.?\s*$)))"
        r"[A-Za-z1!|][A-Za-z1!|.]{0,2}"
        r" {1,2}A(?=[A-Za-z'.\-]*[tldTLD])[A-Za-z'.\-]{6,9}[A-Za-z]'?"
        r"(?: {1,3}(?:[PpJ]|1'|I')[A-Za-z'\".\-]{0,5}|(?(1)(?=\s*[!|\]]?\s*$)|(?!)))"
        r"(?:[\s)\]}>|!?1Il.,'\"+\-]| [a-z](?=\s*$)){0,6}$"
    ),
    # An agency's name alone on its line, in any case, OCR slips in "Service" allowed:
    # "United Press Service", "International News Service:", "ASSOCIATED PRESS",
    # "Associated Press by Federal Wireless".
    re.compile(
        r"^(?:By\s+)?(?:the\s+)?(?:Associated|United|International|Universal|Central)\s+"
        r"(?:Press|News)(?:\s+Leased\s+Wire)?(?:\s+Se[nr][a-z]{2,4})?"
        r"(?:\s+(?:Staff\s+)?Correspondent)?(?:\s+by\s+Federal\s+Wireless)?"
        r"\s*[.:;,'!|]?\s*$",
        re.IGNORECASE,
    ),
    # "United Press Service" with its first word garbled ("t'liltcil Press Service").
    re.compile(r"^[UIit][A-Za-z'’!.]{3,9}\s+Pr[ec]ss\s+Se[nr]v[a-z]{2,3}\W{0,2}$"),
]
#: Each pattern of _WIRE_CREDITS with the ASCII characters a line it matches opens with (a
#: line opening with any other ASCII character is not tried; one opening with a character
#: beyond ASCII always is: the case-blind one may match a letter that folds to its own): a
#: bracket; "By" or "Special"; a mark, "By" or "Dy" as OCR garbles them; the agency's name, in
#: any case, perhaps after "By" or "the"; "United" garbled. The garbled "Aaaoclatad" pattern
#: (None) opens with any scrap, and is tried only on a line holding " Aa" or " An", which its
#: agency's word after a space needs. (_names_agency_only tried about six patterns on each
#: line it was asked of; a test checks each pattern's first characters.)
_WIRE_CREDIT_OPENINGS: Final = tuple(
    zip(
        _WIRE_CREDITS,
        ("([{", "BS", "([{|I'-,fBD", None, None, "BbTtAaUuIiCc", "UIit"),
        strict=True,
    )
)
_BYLINE_LEADS = [
    # 本报讯（记者张伟） / 本报讯（记者 张伟 通讯员 李明）, and a morning or evening paper's
    # own 早报讯, 晚报讯 as a Singapore daily sets them.
    # (or the reporter after a space with no brackets, as a union or county paper sets it on
    # its own line under the head: "本报讯 记者陈静", "本报讯 记者 王 芳 通讯员 李 明"; the name
    # closed by a space, the line's end or the text's first figure; branch zh49)
    _zh(
        r"^(?:本|早|晚|晨)报讯\s*(?:[（(][^）)\n]{1,30}[）)]"
        r"|(?<=\s)(?:记者|通讯员)\s*(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]\s[\u4e00-\u9fff])"
        r"(?:\s+(?:记者|通讯员)\s*(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]\s[\u4e00-\u9fff]))?"
        r"(?=\s|$|\d))?"
    ),
    # The paper's own report from a town of the province, no day, as a county or farmers'
    # paper sets it: 本报安康讯（记者 吴 敏 通讯员 孙立新） (the reporters in brackets after it;
    # branch zh48).
    _zh(r"^(?:本|早|晚|晨)报[\u4e00-\u9fff]{2,4}讯\s*[（(][^）)\n]{1,30}[）)]"),
    # The same in round brackets, as the Republican-era press prints it over local news
    # (（本報訊）, （本報特訊）, （本報專訊）: branch hz45).
    _zh(r"^[（(](?:本|早|晚|晨)报[特专]?讯[）)]"),
    # So is an agency's own report under no place or day, as the Republican-era press prints
    # a Central News Agency item (（中央社訊）; branch hz47): the agency, not a dateline.
    _zh(r"^[（(][\u4e00-\u9fff]{1,4}社[特专]?讯[）)]"),
    # Hong Kong and Taiwan leads in lenticular brackets: 【本報訊】, 【明報專訊】, 【大公報訊】,
    # 【星島日報報道】, 【中央社台北5日電】, and the reporter and his place after a slash as a
    # Taiwanese local paper sets them (【記者林佳慧／花蓮報導】; branch zh46).
    _zh(r"^【[\u4e00-\u9fff\w]{1,12}?(?:[／/][\u4e00-\u9fff]{1,6})?(?:讯|专讯|报道|报导|电)】"),
    # Taiwan leads in tortoise-shell brackets: 〔記者林怡君／台北報導〕, 〔本報訊〕,
    # 〔中央社〕.
    _zh(r"^〔[\u4e00-\u9fff\w·、／/\s]{1,24}?(?:讯|报道|报导|电|社)〕"),
    *_WIRE_CREDITS,
]
_BYLINE_LEAD: Final = either(_BYLINE_LEADS)
#: A reporter's name in a Chinese byline: two to four characters, or two set apart by a space.
_ZH_NAME: Final = r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]\s[\u4e00-\u9fff](?![\u4e00-\u9fff·]))"
#: A name in title case, two to four words, initials among them ("Chinedu Okafor", "Mary
#: J. Adeyemi"): a byline's in _BYLINE_LINES.
_TITLE_NAME: Final = r"[A-Z][a-z][A-Za-z'’\-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][A-Za-z'’\-]*)){1,3}"
#: The offices a notice's signer names after his name ("By G. F. Stults, Secretary."):
#: no byline's city.
_SIGNERS_OFFICES: Final = (
    "Secretary|Deputy|Clerk|President|Treasurer|Chairman|Manager|Agent|Attorney|Auditor|"
    "Sheriff|Judge|Mayor|Commissioner|Cashier|Trustee|Administrator|Administratrix|Executor|"
    "Executrix|Guardian|Receiver|Recorder|Register|Assessor|Collector|Superintendent|Director|"
    "Proprietor|Owner|Pastor|Rector|Principal|Captain|Adjutant|Committee"
)
#: A notice's signing officer named by his office and, after a comma, his department in
#: title case, on the line under the notice's last sentence: "Director, Engineering and
#: Technical" (its rest on the line under), "Secretary, Board of Health" (branch en48).
_OFFICE_SIGNATURE: Final = re.compile(
    r"^(?:Acting\s+|Deputy\s+|Chief\s+)?(?:" + _SIGNERS_OFFICES + r"|Officer|Engineer)"
    r"(?:\s+General)?,\s+[A-Z][a-z]+(?:\s+(?:and|of|for|the|&|[A-Z][a-z]+)){0,5}$"
)


def is_office_signature(text: str) -> bool:
    """A notice's signing officer's office and department (_OFFICE_SIGNATURE: "Director,
    Engineering and Technical"): part of the notice, never a head. Asked only under a line
    closing a sentence (the caller's gate)."""
    stripped = text.strip()
    return ", " in stripped[:24] and _OFFICE_SIGNATURE.match(stripped) is not None


_BYLINE_LINES = [
    # 本报记者 陈静 / ■本报记者 陈静 / 文/图 本报记者 陈静 / 記者王小明／台中報導: a bullet,
    # a "text/pictures by" label before the role, the place a Taiwan byline reports from. A
    # two-character name may be set with a space inside, as mainland papers print it to line
    # up with three-character names (本报记者 李 明 王晓燕).
    _zh(
        r"^[■□●◆▲★▼]?\s*(?:(?:文|图|文图|图文|文/图|图/文|文／图|图／文)\s*[／/：:]?\s*)?"
        r"(?:本报记者|本报特约记者|本报通讯员|新华社记者|记者|通讯员|特约记者"
        # (a city paper names itself in its reporters' role: 晚报记者, 晨报记者, 都市报记者)
        # (a space after it: "日报记者会上表示" is a sentence)
        r"|[\u4e00-\u9fff]{1,3}报(?:特约)?记者(?=\s))"
        # (names parted by a space, or by 、 with no space as a Taiwanese paper sets two
        # reporters: 記者 陳怡君、林家豪／台北報導; branch zh47)
        r"\s*" + _ZH_NAME + r"(?:(?:\s*[、，,]\s*|\s+)" + _ZH_NAME + r"){0,3}"
        # (and its correspondents or interns after the reporters: … 通讯员 王刚; or the
        # paper's reporters after its correspondents, as a legal or county paper credits a
        # story its stringer filed: 通讯员 刘 洋 本报记者 何 平; branch zh47)
        r"(?:\s+(?:通讯员|实习生|见习记者|本报记者|记者)\s*"
        + _ZH_NAME
        + r"(?:\s*[、，,]?\s+"
        + _ZH_NAME
        + r"){0,3})?"
        # (and what they made after the names, as a farmers' or county paper credits a feature:
        # 本报记者 何 芳 文/图, … 文并摄; branch zh48)
        r"(?:\s+(?:文\s*[／/]\s*图|图\s*[／/]\s*文|文并摄|摄))?"
        r"(?:\s*[／/]\s*[\u4e00-\u9fff]{1,6}报[道导])?$"
    ),
    # 报道：黄美玲 / 采访：林志伟 / 撰文：陈 伟 / 文：… / 报道／摄影：…: a Malaysian or
    # Singapore Chinese daily names its reporter on a line of his own after a role and a colon
    # (OCR may read the colon half-width), names parted by spaces or 、, and may set the
    # photographer's role and name after it on the same line (报道：黄美玲 摄影：陈志明). Not
    # 记者：, which an interview sets before each question (记者：请问).
    _zh(
        r"^(?:报道|报导|采访|撰文|采写|整理|文字?)(?:\s*[／/]\s*(?:摄影|图))?\s*[：:]\s*"
        + _ZH_NAME
        + r"(?:(?:\s*[、，,]\s*|\s+)"
        + _ZH_NAME
        + r"){0,3}(?:\s+(?:摄影|图)\s*[：:]\s*"
        + _ZH_NAME
        + r"(?:(?:\s*[、，,]\s*|\s+)"
        + _ZH_NAME
        + r"){0,3})?$"
    ),
    # A Hong Kong sheet's reporter after 记者 and a colon, on a line of his own under the head
    # (記者：陳嘉欣; branch zh48): one to three names and nothing else. An interview's question
    # opens so too ("记者：请问…", "记者：您认为…"), never on a name alone: a question's first
    # words are refused.
    _zh(
        r"^记者\s*[：:]\s*(?![请您你那为怎是这])"
        + _ZH_NAME
        + r"(?:(?:\s*[、，,]\s*|\s+)"
        + _ZH_NAME
        + r"){0,2}$"
    ),
    # A reporter's name in brackets after 记者, on a line of its own under the head, as a Macau
    # daily sets it ((記者　何嘉敏), the lead's round 45): one to three names.
    _zh(
        # (a space after the role: "（記者會上表示）" is a sentence's aside)
        r"^[（(]\s*记者\s+" + _ZH_NAME + r"(?:(?:\s*[、，,]\s*|\s+)" + _ZH_NAME + r"){0,2}\s*[）)]$"
    ),
    # A commentary's writer after 文 and a slash, on a line of his own under the head, as a
    # Taiwan or overseas Chinese paper signs a column (文／周志遠; branch zh45); a name, no
    # role (文/图 本报记者 … is the first pattern's).
    # (his post in brackets after the name, as a financial daily's guest column names it:
    # 文／吳明哲（政治大學經濟系教授）; branch zh47)
    _zh(r"^文\s*[／/]\s*" + _ZH_NAME + r"(?:\s*[（(][\u4e00-\u9fff]{2,16}[）)])?$"),
    # A columnist's name alone after a square bullet, as a Chinese paper signs a commentary
    # under its head (□ 陈言, ■ 李晓梅): two or three characters, a name, no label.
    _zh(r"^[■□]\s*[\u4e00-\u9fff]{2,3}$"),
    # A commentary's signature as a party paper sets it under the head: 本报评论员,
    # 新华社评论员, 人民日报特约评论员; a business daily's commentator signs with his name
    # after it (本报评论员 何 岚, branch fresh42).
    # (after a square or a bullet, as a trade paper sets it: □ 本报评论员; branch zh46)
    _zh(
        r"^(?:[■□●◆]\s*)?(?:本报|新华社|[\u4e00-\u9fff]{2,4}日报)(?:特约)?评论员(?:\s+"
        + _ZH_NAME
        + r")?$"
    ),
    # By JANE DOE / By Jane Doe, Jr. / By Anna Keller and Tom Reyes, and a modern daily's role
    # or wire after a slash or comma: By DANA WHITFIELD / Staff Writer, By MARK ELLISON /
    # Associated Press, By John Smith, Staff Writer.
    re.compile(
        r"^By\s+[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,4}(?:,\s+[JS]r\.?)?"
        r"(?:\s+and\s+[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})?"
        r"(?:\s+/\s+[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,3}"
        # (a Sri Lankan daily shortens the correspondent: "By Rohana Premachandra, Matara Group
        # Corr."; branch en46)
        r"|,\s+(?:[A-Z][a-z]+\s+){0,2}(?:Writer|Editor|Reporter|Correspondent|Columnist|Corr))?\.?$"
    ),
    # The same byline broken after its comma, the office or town on the line under it, as a Sri
    # Lankan daily sets a regional report: "By Rohana Premachandra," / "Matara Group Corr."
    # (assemble joins the line under it when it is an office, is_title_case_office; branch en46).
    re.compile(r"^By\s+" + _TITLE_NAME + r"(?:\s+and\s+" + _TITLE_NAME + r")?,$"),
    # The city the reporter filed from after a comma, as West African and Asian dailies set
    # every byline (branch tab41: By Chinedu Okafor, Lagos; By Ngozi Eze and Sani Musa, Kano):
    # a name in title case (initials between), the city one to three words in title case, no
    # stop after it. A notice's signer names his office there, closed by a stop or not ("By
    # G. F. Stults, Secretary.", "By John Hale, Deputy"): no office is a city.
    re.compile(
        r"^By\s+" + _TITLE_NAME + r"(?:\s+and\s+" + _TITLE_NAME + r")?,\s+"
        r"(?!(?:" + _SIGNERS_OFFICES + r")\b)[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){0,2}$"
    ),
    re.compile(r"^BY\s+[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,4}\.?$"),
    # A reporter away, the city after "in", as English-language dailies in Asia set a byline:
    # "By ZHANG YI in Beijing", "By JON HALE and LI MING in Shanghai" (a name of two to four
    # words in capitals, the city one to three words in title case; a 1916 deck in title case
    # reads so, "By Both Sides in Awful", and is none).
    re.compile(
        r"^By\s+[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){1,3}"
        r"(?:\s+and\s+[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){1,3})?"
        r"\s+in\s+[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){0,2}$"
    ),
    # A byline in capitals as OCR reads it: an initial's O read as a zero ("BY N. 0.
    # MESSENGER."), one stray mark inside the name ("BY S. O. MKSSK>GER."). Initials first, so a
    # headline opening "BY" ("BY ORDER OF THE COURT") is no byline.
    re.compile(r"^BY\s+(?:[A-Z0]\.\s*){1,3}[A-Z][A-Z'\-]+(?:[<>^*°][A-Z][A-Z'\-]*)?\.?$"),
]
_BYLINE_LINE: Final = either(_BYLINE_LINES)
_BYLINE_ROLES = _zh(
    r"(?:本|早|晚|晨)报讯|本报特约记者|本报记者|新华社记者|特约记者|通讯员|实习生|记者|\bBy\b|\bBY\b|\band\b|"
    r"[（()）、,，【】〔〕■□●◆▲★▼]|[／/][\u4e00-\u9fff]{1,6}报[道导]|^(?:文|图)(?:\s*[／/]\s*[文图])?\s*[／/：:]?"
)

# --- credits --------------------------------------------------------------------------------
#: A credit in brackets closing a caption's last line: "… on Saturday. (Photo: JENNY
#: PARK/Ledger)", "(AP Photo/Jane Doe)", "(Staff photo by Tom Wells)".
_CLOSING_CREDIT = re.compile(
    r"\((?:[A-Z][A-Za-z.]*\s+){0,2}[Pp]hoto(?:graph)?s?(?:\s*:|\s+by\b|\s*/)\s*[^()]{2,50}\)$"
    # (or "Pic" or "Pix" short for it, as a Sri Lankan daily credits a picture: "… yesterday.
    # (Pic by Sulochana Gamage)", "(Pix: Upali de Silva)"; branch en46)
    # (or "Picture" written out, a stop before the bracket, as a Barbados daily closes a
    # caption: "… with buckets and drums. (Picture by Jamar Ifill.)"; branch en49)
    + r"|\((?:Pic|Pix|Pics|Pictures?)(?:\s*:|\s+by\b)\s*[A-Z][^()]{2,50}\)$"
    # or in square brackets, as English-language dailies in China set it: "… [PHOTO/XINHUA]",
    # "[PHOTO BY LI MING/FOR EASTERN DAILY]"
    + r"|\[(?:PHOTO|Photo|IMAGE|Image)S?(?:\s*/|\s+BY\b|\s+by\b|:)\s*[^\[\]]{2,50}\]$"
    # or a tabloid's label and name after the caption's stop, no brackets: "… speak to.
    # Picture: NSW Police" (a name of up to five words, no stop)
    # (or "Pic:", as a British weekly shortens it: "… on Wednesday. Pic: Graeme Hart")
    + r"|(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?:Picture|Photo|Pic)s?:\s+[A-Z][\w'’\-]*"
    + r"(?:\s+[A-Z&][\w'’\-/]*){0,4}$"
    # or the paper's own name before "photo", as an Indian daily sets it: "… on Sunday. Herald
    # photo: Inderjit Verma" (the lead's round 45)
    + r"|(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+[A-Z][a-z]+\s+photo:\s+[A-Z][\w'’\-]*"
    + r"(?:\s+[A-Z][\w'’\-]*){0,3}$"
    # or "PHOTO" and a slash before the photographer's name in capitals, as an East African
    # daily closes a caption: "… in Kampala yesterday. PHOTO/RONALD KABUYE", "PHOTOS/ NMG"
    # (branch en48)
    + r"|(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+PHOTOS?\s?/\s?[A-Z][A-Z'’\-.]*"
    + r"(?:\s+[A-Z][A-Z'’\-.]*){0,3}$"
    # or a Chinese caption's, after its sentence's stop: "… 派发年货。 （黄家豪摄）"
    + "|"
    + _both_scripts(r"(?<=[。！？”])\s*[（(][^（()）]{1,12}摄(?:影)?[）)]$")
    # or its picture's source there: "… 冰雕作品。（图片来源：视觉中国）", "…（图／中央社）"
    + "|"
    + _both_scripts(r"(?<=[。！？”])\s*[（(](?:图片来源|图源|图片|图)[：:／/][^（()）]{1,16}[）)]$")
    # or its photographer with no brackets, after a space, as a mainland county or farmers'
    # paper runs the credit into a caption's last line: "… 春播做准备。 本报记者 吴 敏 摄"
    # (a role, then one or two names, then 摄; branch zh48)
    + "|"
    + _both_scripts(
        r"(?<=[。！？”])\s+(?:本报|新华社|特约)?(?:摄影记者|记者|通讯员)\s*"
        + _ZH_NAME
        + r"(?:\s+"
        + _ZH_NAME
        + r")?\s*[／/]?\s*摄(?:影)?$"
    )
)
#: A data box's or chart's source on its own line under its rows: "来源：省高级人民法院",
#: "數據來源：主計總處" (the box's credit, as a picture's is; branch zh47).
_SOURCE_CREDIT: Final = re.compile(
    r"^(?:[数數][据據]|[资資]料|[图圖]表)?[来來]源\s*[：:]\s*[^，。；,;]{2,24}$"
)


def is_source_credit(text: str) -> bool:
    """A data box's source line ("来源：省高级人民法院"): the credit of the box above it whole,
    never a picture's caption's (branch zh47)."""
    stripped = text.strip()
    return "源" in stripped[:5] and _SOURCE_CREDIT.match(stripped) is not None


_CREDIT_PATTERNS = [
    # 张端/摄, 本报记者 王芳摄 (only whether a line ends so is asked: what may stand before 摄,
    # "/" or spaces, is left out, so that the search skips to the 摄 at C speed).
    _zh(r"摄(?:影)?$"),
    _zh(r"^(?:图|图片|制图|图片来源|图源)[：:／/]"),  # 图：本报记者 …, 图片来源：…
    # A data box's or chart's source on its own line under its rows (_SOURCE_CREDIT).
    _SOURCE_CREDIT,
    # 摄影 set before the photographer, on its own line under a caption: "摄影 本报记者 周 涛",
    # "攝影／陳志明" (a role, then names of one to four characters parted by spaces).
    _zh(
        r"^(?:摄影|摄)(?:\s*[：:／/]\s*|\s+)(?:本报|新华社|特约)?(?:记者|通讯员)?\s*"
        r"[\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,4}){0,3}$"
    ),
    # 新华社发（张三 摄）: an agency's release and its photographer in brackets.
    _zh(r"^[\u4e00-\u9fff]{0,8}发\s*[（(][^（）()]{1,16}摄(?:影)?[）)]$"),
    # （記者王志遠攝）, （圖／中央社）, （翻攝畫面）: a credit in brackets on its own line.
    # (or the role first, after its colon, as a Chinese weekly abroad sets it: "（攝影：黃偉明）";
    # branch zh49)
    _zh(
        r"^[（(](?:[^（()）]{0,16}摄(?:影)?|(?:图|摄影)[／/：:][^（()）]{1,16}|[^（()）]{1,16}提供)[）)]$"
    ),
    # (or a slash after the word, spaced as a New Zealand daily sets it: "Photo / Mark Tait";
    # or a bar, as East African dailies set it: "PHOTO | BRIAN OCHIENG", "PHOTO | FILE")
    # (a US daily names whose photo it is first: "Staff photo by …", "STAFF PHOTO BY …",
    # "Contributed photo / …", "File photo: …")
    re.compile(
        r"^(?:(?:Staff|File|Contributed|Submitted|Special|Handout|Pool)\s+)?"
        r"(?:Photo|Photograph|Photos|Picture)s?\s*(?:by|:|/|\|)\s*\S",
        re.IGNORECASE,
    ),
    # (in brackets, the picture-sale number after the name, as a Channel Islands daily sets it:
    # "(Picture by Adrian Miller, 32104477)", the lead's round 46; or "Pic by", "Pix by" on its
    # own line, as a Sri Lankan daily shortens it, branch en46)
    re.compile(r"^\(?(?:Photo|Photograph|Picture|Pic|Pix|Pics) by .+\)?$", re.IGNORECASE),
    # (or the paper's own name or initials before the label, all in capitals, as a Singapore
    # daily sets it on its own line under a caption: "ST PHOTO: KELVIN CHNG", "MORNING POST
    # PHOTO: KELVIN LIM", "TODAY FILE PHOTO: …"; branch en45)
    re.compile(r"^(?:[A-Z][A-Z&'’]*\s+){1,3}(?:PHOTOS?|PICTURES?|IMAGES?)\s*:\s*[A-Z][A-Z.'’\-]"),
    # (or the picture's credit named so, as Gulf and other dailies set it: "Image Credit:
    # Antonie Robertson", "Photo Credit: …", "Image: Supplied")
    re.compile(
        r"^(?:(?:Image|Photo|Picture)\s+[Cc]redit|Images?|IMAGES?)\s*(?::|/|\|)\s*\S",
    ),
    # Who lent the picture, on its own line under a caption: "Courtesy of Alyssa Kim".
    re.compile(r"^(?:Photo\s+)?[Cc]ourtesy\s+of\s+[A-Z][^.!?]{1,40}$"),
    # A photographer and the paper or agency, a slash between, as a US tabloid sets it on its
    # own line under a caption: "Dennis Kwan/Metro Express", "Jane Doe/AP".
    re.compile(
        r"^[A-Z][a-z'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’\-]+){1,2}"
        r"/(?:[A-Z][A-Za-z&.'’\-]*)(?:\s+[A-Z][A-Za-z&.'’\-]*){0,3}$"
    ),
    # The same in capitals, as a regional daily sets it: "MARCUS LEE/RIVERTON GAZETTE"; or the
    # name in capitals over the paper's in title case after a dash, as a Malaysian daily sets
    # it under a caption: "— AZHAR MAHFOF/The Star".
    re.compile(
        r"^[A-Z][A-Z'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Z'’\-]+){1,2}"
        r"/[A-Z][A-Z&.'’\-]*(?:\s+[A-Z][A-Z&.'’\-]*){0,3}$"
        r"|^[—–]\s?[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){1,2}"
        r"/(?:The\s+)?[A-Z][A-Za-z&.'’\-]*(?:\s+[A-Z][A-Za-z&.'’\-]*){0,3}$"
    ),
    re.compile(r"[—\-]\s*(?:Photo|Photograph) by .+$", re.IGNORECASE),
    # A dash before the picture's credit on its own line, as a Pacific daily sets it under a
    # caption: "– Picture: JOHN PAIWA" (the lead's round 45).
    re.compile(r"^[—–\-]\s?(?:Picture|Photo|PICTURE|PHOTO)\s?:\s*[A-Z][A-Za-z.'’\- ]{2,40}$"),
    _CLOSING_CREDIT,
]

# --- continuation markers -------------------------------------------------------------------
#: A tabloid's short page pointer at a line's end, a page or a spread: "P17", "P4-5" (or with
#: a stop after the P, as a Ugandan daily points a puff to its page: "P.38"; branch en48).
_SHORT_POINTER_END: Final = re.compile(r"(?:^|\s)P\.?(\d{1,3})(?:\s*[-–]\s*\d{1,3})?$")
#: A tabloid's jump line (see _CONTINUATION_PATTERNS): up to four words in capitals, perhaps a
#: comma or colon, then PAGE, PAGES or P and the page (a spread's last page after a dash).
_TABLOID_JUMP: Final = re.compile(
    # (an arrow may stand before it, as Malaysian and British fronts set it: "> SEE PAGE 2")
    r"^(?:[>►▶»›→]\s*)?((?:[A-Z][A-Z'’]*\s+){0,3}[A-Z][A-Z'’]*)[,:]?\s+(?:PAGES?\s+|P)(\d{1,3})"
    # (or the page's column after it, as a Bangladeshi daily sends its lead on: "SEE PAGE 2
    # COL 4"; branch en46)
    r"(?:\s*[-–]\s*\d{1,3}|\s+COL(?:UMN)?\.?\s*\d{1,2})?$"
)
#: A modern jump line naming the story's slug and its page by section letter, no "Page"
#: ("Please see WATER, A6", "See MAYOR, B2"): names_a_page finds it by _SLUG_JUMP_GUARD.
_SECTION_SLUG_JUMP: Final = re.compile(
    r"^\(?\s*((?:Please\s+)?[Ss]ee)\s+[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,2}"
    r"\s*,\s*[A-Z](\d{1,2})\.?\s*\)?$"
)
#: A bracketed pointer to a story's related news on another page, a line of its own:
#: "（相關新聞見A3）", "（相关报道见A05版）", "（详见第3版）"; the page's section letter, if any,
#: before the number. (A bare "（见第2版）" closes a contents box's teaser: not this.)
_RELATED_POINTER: Final = _zh(
    r"^[（(]\s*((?:相[关關](?:新闻|报道|报导|评论|評論)|更多[报导道]*|全文)\s*详?见|详见)\s*第?\s*"
    r"(?:[A-Z]|[Ａ-Ｚ])?0?([0-9" + _CN_NUM + r"]{1,3})\s*[版页頁]?\s*[）)]$"
)
#: A modern jump line to the section letter's page with no "Page", a whole line of its own
#: ("Continued on A3", "Cont. on B2"): names_a_page finds it by its "ontinued on"/"ont. on" and
#: the pattern; a 1916 page prints "Continued on Page 3" (the pattern above).
_SECTION_CONTINUED: Final = re.compile(
    r"^\(?\s*(Continued|Cont\.?|CONTINUED|CONT\.?)\s+(?:on|ON)\s+[A-Z](\d{1,2})\.?\s*\)?$"
)
#: A pointer line to the story a teaser or a photo promotes, a whole line: "SEE STORY ON A4",
#: "See story on Page 4", "SEE FULL STORY ON PAGE A6" (a Philippine or Singapore daily's
#: front sets it under a teaser's head or a picture's caption; branch en43).
_SEE_STORY: Final = re.compile(
    r"^\(?\s*((?:SEE|See)\s+(?:(?:FULL|RELATED)\s+STORY|(?:[Ff]ull|[Rr]elated)\s+story|STORY|[Ss]tory)"
    r"\s+(?:ON|on|On)\s+(?:PAGE\s+|[Pp]age\s+)?[A-Z]?)(\d{1,3})\.?\s*\)?$"
)
#: A jump line under a section's name in capitals and its page by section letter, a whole
#: line: "SEE TOP OF THE NEWS A4", "SEE WORLD A12" (a Singapore daily's front sends a story so
#: to the section that carries the rest; branch en45). names_a_page finds it by its "SEE" and
#: the final digit.
_SEE_SECTION: Final = re.compile(
    r"^((?:SEE|See)\s+(?:[A-Z][A-Z'’&]*\s+){0,4}[A-Z][A-Z'’&]*)\s+[A-Z](\d{1,2})$"
)
#: A jump line in sentence case, a whole line: "Turn to page 3", "Turn to Page 3", "Please
#: turn to page 6" (a Ghanaian or British daily's front closes its lead so; branch en45), "Full
#: story on page 3", "More on page 5"; a line opening on "turn" in small letters runs on from a
#: sentence above.
_TURN_TO_PAGE: Final = re.compile(
    r"^\(?\s*((?:Please\s+turn|Turn)\s+to"
    # (or "Full story on page 3", "More on page 5", as South Asian dailies close a front's
    # story; the lead's round 46)
    r"|Full\s+story\s+on|More\s+on)\s+[Pp]age\s+[A-Z]?(\d{1,3})\.?\s*\)?$"
)
#: A Chinese jump line to a section letter's page, no 版: "續見A3", "（转见B2）" (branch zh47);
#: or a teaser's pointer alone on its line under its head, 版 or not: "詳見A5版", "详见B1"
#: (a phone app's text view of a Bangkok daily; branch bb48).
_SECTION_SEE_ZH: Final = _zh(
    r"^[（(]?\s*([续續][见見]|转见|轉見|详见)\s*[A-ZＡ-Ｚ]([0-9]{1,2})\s*版?\s*[）)]?$"
)
#: Or a page with 第 and 版 after a bare 见, alone on its line with no brackets, as a union or
#: county paper's 今日导读 sets it under each entry: "见第3版" (branch zh49; in brackets,
#: "（见第2版）", it closes a teaser's line, _TEASER_POINTER, and is no line of its own).
_SEE_PAGE_ZH: Final = _zh(r"^([见見])\s*第\s*([0-9]{1,2})\s*版$")
_CONTINUATION_PATTERNS: Final = [
    # (a section's letter before the page, as a city paper numbers its pages: "（下转A02版）";
    # a Hong Kong, Macau or overseas paper writes "（續見A3版）", "（转见第5版）"; branch zh45)
    (
        # (its bracket as OCR may misread it, an angle: "〈转第2版)"; branch zh49)
        _zh(
            r"[（(〈]?\s*(下转|转见|转|[续續][见見])\s*第?\s*(?:[A-ZＡ-Ｚ])?([0-9"
            + _CN_NUM
            + r"]+)\s*版\s*[）)]?$"
        ),
        "to",
    ),
    (
        _zh(r"^[（(]?\s*(上接|接)\s*第?\s*(?:[A-ZＡ-Ｚ])?([0-9" + _CN_NUM + r"]+)\s*版\s*[）)]?"),
        "from",
    ),
    # A jump to a section letter's page with no 版, a whole line, as a Taiwanese or Hong Kong
    # front sets it under the lead: "續見A3", "（转见B2）" (names_a_page finds its 见; branch zh47).
    (_SECTION_SEE_ZH, "to"),
    (_SEE_PAGE_ZH, "to"),
    # A pointer to the story's related news on another page, in brackets under its last line:
    # "（相關新聞見A3）", "（相关报道见A05版）", "（详见第3版）" (_RELATED_POINTER).
    (_RELATED_POINTER, "to"),
    # (or "Story continues on page 2", as a Pacific daily sets it: the lead's round 45; or
    # "Contd. on page 2", "Cont'd on page 2", as a Sri Lankan daily shortens it: branch en46)
    (
        re.compile(
            r"\(?\s*((?:Story\s+)?(?:Continued|Continues|Cont(?:inued)?\.?|Contd\.?|Cont'd))\s+on\s+"
            r"Page\s+(\w+)"
            r"\.?\s*\)?\.?$",
            re.I,
        ),
        "to",
    ),
    (
        re.compile(r"^\(?\s*(Continued|Cont(?:inued)?\.?)\s+from\s+Page\s+(\w+)\.?\s*\)?\.?", re.I),
        "from",
    ),
    # A modern jump line names the story's slug, in capitals: "See COUNCIL, Page A4",
    # "Please see PARKING on Page 6", "See RAIL on page 3" (a whole line: a teaser's "… See
    # Page 4" names none).
    (
        re.compile(
            r"^\(?\s*((?:Please\s+)?[Ss]ee)\s+[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,2}"
            r"\s*(?:,|\bon)\s*[Pp]age\s+([A-Z]?\d{1,3})\.?\s*\)?$"
        ),
        "to",
    ),
    # The same with the page's section letter and no "Page": "Please see WATER, A6".
    (_SECTION_SLUG_JUMP, "to"),
    # A whole jump line to a section letter's page, no "Page": "Continued on A3".
    (_SECTION_CONTINUED, "to"),
    # A tabloid's jump line, a whole line in capitals: a few words, then the page, written out
    # or short, and perhaps a spread's last page ("TURN TO PAGE 5", "FULL STORY P4-5", "MATCH
    # REPORT PAGES 60-63").
    (_TABLOID_JUMP, "to"),
    # A teaser's or a picture's pointer to its story: "SEE STORY ON A4" (_SEE_STORY).
    (_SEE_STORY, "to"),
    # A jump to a named section's page by its letter: "SEE TOP OF THE NEWS A4" (_SEE_SECTION).
    (_SEE_SECTION, "to"),
    # A jump line in sentence case: "Turn to page 3" (_TURN_TO_PAGE).
    (_TURN_TO_PAGE, "to"),
]


#: A slug jump's section page with no "Page" ("Please see WATER, A6"): a comma and a section
#: letter's page closing the line (names_a_page's test for that pattern).
_SLUG_JUMP_GUARD: Final = re.compile(r"^\(?\s*(?:Please\s+)?[Ss]ee\s.*,\s*[A-Z]\d{1,2}\.?\s*\)?$")


#: "See Page 2" alone on its line (see_page_alone), and its first words (the guard).
_SEE_PAGE_ALONE: Final = re.compile(r"^(?:Please\s+see|See)\s+[Pp]age\s+(\d{1,3})\.?$")
SEE_PAGE_OPENINGS: Final = ("See ", "Please see ")


def see_page_alone(text: str) -> int | None:
    """The page "See Page 2" alone on its line names, else None. Not a jump line by itself
    (match_continuation leaves it to a teaser: "Farm prices rise" / "See Page 4"); under a
    story's closed paragraph it is the story's jump (assemble._see_page_jump), and like any
    pointer it closes what came before it (reflow._closed_above; branch en47)."""
    if not text.startswith(SEE_PAGE_OPENINGS):
        return None  # (most lines)
    match = _SEE_PAGE_ALONE.match(text.strip())
    return None if match is None else int(match.group(1))


def names_a_page(text: str) -> bool:
    """Every jump line names a page (版, Page, or a tabloid's "P4-5"): text without one skips
    the patterns above. (Found as substrings: a case-blind search for "page" tries every
    character in Python's re; no character but P, p, A, a, G, g, E, e lower-cases to those
    letters.)"""
    return (
        "版" in text
        or ("见" in text or "見" in text)
        or "page" in text.lower()
        or short_page_pointer(text)
        # (the slug's "see" and its comma, which the pattern needs, tested first: most lines
        # hold no "ee" and are spared the pattern's call)
        or ("ee" in text and "," in text and _SLUG_JUMP_GUARD.match(text) is not None)
        or (
            (" on " in text or " ON " in text)
            and text.lstrip("( ").startswith(("Cont", "CONT"))
            and _section_continued(text)
        )
        or (("STORY" in text or "tory" in text) and _SEE_STORY.match(text.strip()) is not None)
        or is_see_section_jump(text)
    )


def is_see_section_jump(text: str) -> bool:
    """A whole jump line to a named section's page by its letter: "SEE TOP OF THE NEWS A4"
    (_SEE_SECTION; branch en45)."""
    stripped = text.strip()
    return (
        stripped[-1:].isdigit()
        and stripped.startswith(("SEE ", "See "))
        and _SEE_SECTION.match(stripped) is not None
    )


def _section_continued(text: str) -> bool:
    """A whole jump line to a section letter's page: "Continued on A3", "CONTINUED ON A3"
    (_SECTION_CONTINUED)."""
    return _SECTION_CONTINUED.match(text.strip()) is not None


def is_see_story_pointer(text: str) -> bool:
    """A whole pointer line to the story a teaser or a picture promotes: "SEE STORY ON A4",
    "See story on Page 4" (_SEE_STORY; branch en43)."""
    stripped = text.strip()
    return stripped[-1:].isdigit() and _SEE_STORY.match(stripped) is not None


def is_see_detail_pointer(text: str) -> bool:
    """A Chinese pointer line alone, "詳見A5版", "（详见B1）", as a contents box's entry sets it on
    the line under its head (_SECTION_SEE_ZH; branch bb48), or "见第3版" (_SEE_PAGE_ZH; branch
    zh49): the entry's page, no jump of a story."""
    stripped = text.strip().lstrip("（(")
    return (
        stripped[:2] in ("詳見", "详见") and _SECTION_SEE_ZH.match(text.strip()) is not None
    ) or (stripped[:2] in ("见第", "見第") and _SEE_PAGE_ZH.match(text.strip()) is not None)


def is_tabloid_jump(text: str) -> bool:
    """A tabloid's pointer line in capitals: "TURN TO PAGE 5", "SPORTS, PAGE 48"."""
    stripped = text.strip()
    return stripped[-1:].isdigit() and _TABLOID_JUMP.match(stripped) is not None


def short_page_pointer(text: str) -> bool:
    """Whether ``text`` ends on a tabloid's short page pointer: "P17", "P4-5", "P60-64"."""
    stripped = text.rstrip()
    return stripped[-1:].isdigit() and _SHORT_POINTER_END.search(stripped) is not None


#: A section letter before a page number ("A5版", "第B2版").
_SECTION = r"(?:[A-Z]|[Ａ-Ｚ])?"
_TEASER_POINTER = _zh(
    r"\s*[（(]\s*(?:见|详见)\s*第?\s*" + _SECTION + "([0-9" + _CN_NUM + r"]+)\s*版\s*[）)]$"
)
#: "… See Page 4", "(On Page 2)", and an index line "Closing New York Stocks, Page 27.", or
#: an arrow before the page, as an e-paper's teaser sets it: "… in Pune » Page 13"; or the back
#: page after a dash, as a Pacific daily's puff points to its sport ("… Cup clash – Back Page",
#: the lead's round 45: no page's figure, the link's page None); or a dash before the page, as
#: a Sri Lankan daily's contents box sets an entry ("Editorial – Page 6"; branch en46).
_EN_TEASER_POINTER = re.compile(
    r"\s*(?:[(\[]?\s*(?:See|On)\s+|,\s*|\s[»›▶►→]\s*|\s[–—-]\s*)Page\s+(\w+)\.?\s*[)\]]?$"
    r"|\s[–—]\s*(Back\s+Page)$",
    re.I,
)
#: A modern paper's section names, as its pointers and index runs name them ("Sports, B1",
#: "— Sport 46", "Business B4 | Comics C6").
SECTION_NAMES: Final = frozenset(
    "Sport Sports Business Money Opinion Living Life Lifestyle World Nation Local Metro Region "
    "Entertainment Arts TV Puzzles Weather Travel Showbiz Features Comics Classified "
    "Classifieds Obituaries Obits Editorials Food Health Technology Science Motoring Property "
    "Racing".split()
)
#: A skybox teaser's pointer to a section and its page after a comma or a dash: "Tigers rally
#: past Liberty to reach state final, Sports, B1", "Swans land Tigers young gun — Sport 46".
#: The page is a section's letter and its number, or a number alone after the dash.
_SECTION_POINTER: Final = re.compile(
    r"(?:,\s+(?P<name>[A-Z][A-Za-z]+),?\s+[A-Z](?P<page>\d{1,2})"
    r"|\s[—–]\s*(?P<dname>[A-Z][A-Za-z]+),?\s+[A-Z]?(?P<dpage>\d{1,3}))$"
)


def match_section_pointer(title: str) -> tuple[ContinuationLink, str] | None:
    """A skybox teaser's pointer to a named section's page (_SECTION_POINTER: "…, Sports, B1",
    "… — Sport 46"), the section's name one of SECTION_NAMES (the gate: a 1916 line ending "…,
    Lot 4" or "— Game 3" names none): the link and the teaser's text before it, or None."""
    if not title[-1:].isdigit():
        return None
    match = _SECTION_POINTER.search(title)
    if match is None or match.start() == 0:
        return None
    name = match.group("name") or match.group("dname")
    if name not in SECTION_NAMES:
        return None
    page = int(match.group("page") or match.group("dpage"))
    marker = match.group(0).strip()
    return ContinuationLink("to", page, marker), title[: match.start()].rstrip()


#: An arrow before a Chinese page, as an e-paper's guide sets it: "组屋转售价连涨十个季度 →第6页".
_ARROW_POINTER_ZH = _zh(
    r"\s*[»›▶►→]\s*(?:见|详见)?\s*第?\s*" + _SECTION + "([0-9" + _CN_NUM + r"]+)\s*[版页]$"
)

# --- furniture ------------------------------------------------------------------------------
#: A Chinese page's folio: its number, a section letter, perhaps its section's name ("第A3版",
#: "第1版 要聞", "第三版").
_FOLIO_ZH: Final = _zh(
    r"^第\s*" + _SECTION + "[0-9" + _CN_NUM + r"]+\s*版(?:\s*[\u4e00-\u9fff]{0,6})?$"
)


def folio_name(furniture: Sequence[str]) -> str | None:
    """The page's name as its Chinese folio prints it ("第A3版", "第1版 要聞"), if the furniture
    holds one: the name a citation gives the page when the issue names none."""
    for text in furniture:
        stripped = text.strip()
        if stripped.startswith("第") and _FOLIO_ZH.match(stripped):
            return stripped
    return None


#: A Chinese weather ear's label alone on its line: "今日天气", "天氣預報", and a week's, after
#: the city's name, as a weekly prints it: "溫哥華本週天氣" (branch zh49).
CJK_WEATHER_LABEL: Final = _zh(
    r"^(?:[\u4e00-\u9fff]{2,4}(?=本[周週]|今日|今天|一[周週]))?"
    r"(?:今日|明日|今天|明天|本市|全市|本[周週]|一[周週])?天[气氣](?:[预預]报)?$"
)
#: The sky's words of a Chinese weather reading: 晴, 阴, 多云, 小雨, 雪, 雾, 霾, 风.
CJK_SKY_CHARACTERS: Final = frozenset("晴阴陰云雲雨雪雾霧霾风風")


_FURNITURE_PATTERNS = [
    _zh(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]"),
    # A copyright line at the page's foot, the paper's name perhaps before it: "湄南華報 版權所有",
    # "版权所有 翻印必究" (branch bb48).
    _zh(r"^(?:©\s*)?(?:\d{4}\s*)?[\u4e00-\u9fff]{0,8}\s*版[权權]所有(?:\s*[，,、]?\s*翻印必究)?$"),
    _zh(r"^(?:星期|周)[一二三四五六日天]\s*\d{4}\s*年"),
    # A Taiwan masthead's date in the Minguo calendar: 中華民國114年10月7日 星期二.
    _zh(
        r"^(?:中华民国|中華民國|民国|民國)\s*\d{1,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
        r"\s*(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?$"
    ),
    _FOLIO_ZH,
    _zh(r"^今日\s*[0-9" + _CN_NUM + r"]+\s*版"),
    # The page's editors, alone or after the folio's page and section, as a city paper's foot
    # prints them: "责任编辑：吴 敏", "A01 要闻 责任编辑：吴 敏 美术编辑：黄 蕾".
    _zh(
        r"^(?:[A-Z]?\d{1,2}\s*(?:版\s*)?[\u4e00-\u9fff]{0,6}\s+)?"
        # (the name after a colon, or after a slash as a Taiwanese paper sets it:
        # "責任編輯／黃詩涵")
        r"(?:责任编辑|本版编辑|本版责编|责编|编辑|美编|美术编辑|校对|版式设计|版面设计)\s*[：:／/]"
    ),
    # (or with only spaces between the roles and their names, as a PDF's text layer or OCR gives
    # a mainland paper's foot: "责任编辑 赵 敏 美编 孙 悦 校对 周 平": the chief editor's role
    # and a name of two to four characters, then a second role; branch zh47)
    _zh(
        # (or touching the name, as OCR drops the space: "责任编辑杨帆 美编李 娜"; branch zh50)
        r"^(?:责任编辑|本版编辑|本版责编|责编)\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s+"
        # (the second role's name may touch it, as OCR drops a space: "责任编辑 黄 丽
        # 美编周涛校对何平"; branch zh49)
        r"(?:美编|美[术術]编辑|校[对對]|版式[设設][计計]|版面[设設][计計]|编辑|[组組]版|照排)\s*[\u4e00-\u9fff]"
    ),
    # A QR code's line beside a story or a picture, telling the reader what scanning gives:
    # "扫码看视频", "掃描QR Code 看記者會影音", "扫描二维码阅读全文" (a pointer to the paper's site,
    # printed beside the code, no sentence of news; branch zh47).
    _zh(
        r"^(?:[扫掃][码碼]|[扫掃]一[扫掃]|[扫掃]描(?:二[维維][码碼]|QR\s?[Cc]ode|QR[码碼])?)\s*"
        # (or in Cantonese, as a Hong Kong sheet prints it: "掃碼睇片", "掃碼睇直播"; branch zh48)
        r"(?:看|[观觀]看|收看|阅读|了解|[获獲]取|[参參]与|下[载載]|[关關]注|[听聽]|睇|加入)"
        r"[^，。；！？,]{0,16}$"
    ),
    _zh(r"^(?:国内统一连续出版物号|国内统一刊号|邮发代号|CN\s?\d{2}\s?-\s?\d{4})"),
    # A Chinese weekly abroad prints its postal agreement and its free copy in the masthead:
    # "加拿大郵政出版物協議號40071234" (Canada Post's publications mail agreement, a country's
    # post first), "大溫地區免費贈閱 每週四出版" (where it is given free and its day of issue);
    # branch zh49. The words are the masthead's, never a sentence's: the line holds no stop.
    _zh(
        r"^[\u4e00-\u9fff]{0,6}[邮郵]政出版物(?:[协協][议議]|登记|[许許]可)?[号號]\s*[：:]?\s*"
        r"[A-Z]{0,3}\s?\d{5,10}$"
    ),
    _zh(
        r"^(?=\S)(?:[\u4e00-\u9fff]{0,6}免[费費](?:[赠贈][阅閱]|派[发發]|取[阅閱])(?:\s+|$))?"
        r"(?:每[周週逢][一二三四五六日天](?:[、及和][一二三四五六日天])?出版)?$"
    ),
    _zh(
        # (after the edition's name, as a daily abroad prints it: "悉尼版 第8841期", the lead's
        # round 48)
        r"^(?:\d{4}\s*年\s*|[\u4e00-\u9fff]{1,4}版\s*)?(?:总)?第\s*[\d"
        + _CN_NUM
        + r"]+(?:\s*[-－—~～]\s*[\d"
        + _CN_NUM
        + r"]+)?\s*期"
    ),
    _zh(r"^(?:总)?第?\s*[\d" + _CN_NUM + r"\s\-－—~～]+期?\s*合刊$"),
    _zh(r"^(?:农历|農曆|星期)[\u4e00-\u9fff]{1,12}$"),
    # A masthead's date in Chinese numerals, alone on its line or before its weekday: the year's
    # four figures ("二〇二六年十二月十一日"), or the Minguo year after the era's name
    # ("中華民國一一五年十二月十一日"); branch zh46. A line of news names no date so alone. The
    # date is the masthead's own pattern (masthead.CN_WORDS_DATE_SOURCE; branch mast47).
    # (in numerals only, the year of four figures or after the era's name: a date in figures,
    # or with the era's name left out, "二十五年十二月十一日", is no masthead's by this pattern)
    _zh(
        # (the era's name or the year's first figure first: most lines fail on their first
        # character, before the look for a figure runs along the line)
        r"^(?:中华|中華)?(?=民|[〇○零一二三四五六七八九]{4}\s*年)(?!.*\d)"
        + CN_WORDS_DATE_SOURCE
        + r"\s*(?:[（(]?(?:星期|周|週)[一二三四五六日天][）)]?)?$"
    ),
    # The masthead's lines of a paper's owners (a trade or party paper's 主管 and 主办: "交通运输部
    # 主管", "中国港航报社主办", "主办单位：…"; one body both, "东海市教育局主管主办", the lead's
    # round 48), a Taiwanese paper's postal registration ("中華郵政…執照登記為新聞紙類") and
    # its office's address (社址：…); branch zh46. The owner is a body
    # (…部, …局, …委 over the paper, 主管; …社, …集团, …大学 publishing it, 主办) and the line holds
    # no particle of a sentence (了, 的, 该, 被, 和, 与): a head naming a post ("公司新任主管"), a
    # sponsor (由…主办) or a wrapped line of text ("记者采访了该物流公司主管") is none.
    _zh(
        r"^(?![^\n]*[由了的该被和与])(?:[\u4e00-\u9fff]{1,12}"
        # (or the paper's own house that publishes it, 出版: "秦巴农民报社出版"; branch zh48)
        # (or a union or a society over it, "楚江省总工会主管主办"; branch zh49)
        r"(?:(?:部|局|委|厅|院|署|政府|(?:工|[协協]|学|[联聯]合|委[员員])[会會])\s*主管(?:\s*主办)?"
        r"|(?:部|局|委|厅|署|政府|社|集团|大学|学院|协会|工[会會])\s*主办"
        r"|报社\s*出版)"
        r"\s*){1,2}$"
    ),
    _zh(r"^(?:主管|主办)(?:单位)?\s*[：:]"),
    # A county paper's owners and its internal-publication permit on one line, as a paper with
    # no serial number prints them under its nameplate: "中共丹霞县委主办 甘肃省连续性内部资料
    # 出版物准印证 甘内准字（2025）第0413号" (branch zh50). The permit's words are no news.
    _zh(
        r"^.{0,30}内部资料(?:性)?出版物准印证|^.{0,40}[\u4e00-\u9fff]内(?:资)?准字\s*[（(]\s*\d{4}"
    ),
    _zh(r"^中[华華]郵政.{0,30}新[闻聞][纸紙]類$|^社址\s*[：:]"),
    _zh(r"^(?:今日|明日)?(?:天[气氣]|[气氣][温溫])[：:\s].{0,24}(?:℃|度)"),
    # A weather ear's lines, each whole: its label ("今日天气", "天氣預報"), the sky and the day's
    # temperatures ("多云转小雨 8℃～14℃"), the wind's force and the air ("东北风3级 空气质量
    # 良"). No line of news is only these.
    CJK_WEATHER_LABEL,
    # Hong Kong's ear: the Observatory's forecast ("天文台預測") and the day's temperature and
    # humidity in 度 ("氣溫17至22度 濕度70至90%").
    _zh(r"^(?:香港)?天文台(?:[预預][测測报報])?$"),
    # (its forecast after a colon, "天文台預測：大致天晴 清晨稍涼", and the day's temperatures in
    # °C with the humidity, "16°C – 22°C 相對濕度 50 – 75%", as a free sheet sets its ear;
    # branch zh48)
    # (the forecast word is the ear's: a head quoting the Observatory, "天文台：…", is news;
    # and the forecast names the sky or the air: the lead, at round 48's merge, after this
    # pattern without them cost a held-out page 17 points)
    _zh(
        r"^(?:香港)?天文台[预預][测測报報]\s*[：:]"
        r"(?=[^，。；！？,]*(?:[晴雲云雨雷霧雾涼凉寒冷熱热濕湿霜雪]|[阳陽]光))"
        r"\s*[^，。；！？,]{1,20}$"
    ),
    _zh(
        r"^-?\d{1,2}\s*°\s*C?\s*[–—～~至\-－]\s*-?\d{1,2}\s*°\s*C?"
        r"(?:\s*(?:相[对對])?[湿濕]度\s*\d{1,3}\s*[%％]?\s*[–—～~至\-－]\s*\d{1,3}\s*[%％])?$"
    ),
    _zh(
        r"^(?:今日|明日|今天|明天)?[气氣][温溫]\s*-?\d{1,2}\s*(?:度|℃)?\s*[～~至\-－]\s*-?\d{1,2}\s*"
        r"(?:度|℃)(?:\s*(?:相[对對])?[湿濕]度\s*\d{1,3}\s*[%％]?\s*[～~至\-－]\s*\d{1,3}\s*[%％])?$"
    ),
    # (the place and the sky may stand apart, "花蓮　晴時多雲　18～24℃"; branch zh46)
    _zh(
        # (or in °C, as a weekly abroad prints it: "陣雨 3°C～8°C"; branch zh49)
        r"^(?:[\u4e00-\u9fff]{1,8}\s+){0,2}[\u4e00-\u9fff]{0,8}\s*-?\d{1,2}\s*(?:℃|°\s?C)?\s*[～~至\-－—/]"
        r"\s*-?\d{1,2}\s*(?:℃|°\s?C)"
        # (the wind's force after them on the same line, "兰州 晴 -8℃～4℃ 西北风3级"; branch zh47)
        r"(?:\s*[东南西北東偏]{1,3}[风風]\s*\d(?:\s*[～~\-－至到]\s*\d)?\s*[级級])?$"
    ),
    # (the sky turning and the wind's force, whatever OCR made of the temperatures between:
    # "青转多云 9"C~23*(C 西北风3级"; branch zh50)
    _zh(
        r"^[\u4e00-\u9fff]{1,3}[转轉][\u4e00-\u9fff]{1,3}\s.{0,20}[东南西北東偏]{1,3}[风風]\s*\d"
        r"(?:\s*[～~\-－至到]\s*\d)?\s*[级級]$"
    ),
    _zh(
        r"^[东南西北東偏]{1,3}[风風]\s*\d(?:\s*[～~\-－至到]\s*\d)?\s*[级級]"
        r"(?:\s*空[气氣]质量\s*[\u4e00-\u9fff]{1,4}|\s*空[气氣]質量\s*[\u4e00-\u9fff]{1,4})?$"
    ),
    # An edition line: the issue's sheets or pages and its price ("今日出刊5大張 每份新台幣15元",
    # "本期24版 零售价2元").
    _zh(r"^(?:今日|本日|今天|本期)?出刊\s*[0-9" + _CN_NUM + r"]+\s*(?:大[张張]|[张張]|版)"),
    _zh(
        r"(?:^|\s)(?:(?:零售\s*)?每份\s*(?:零?售[价價])?|零售[价價]|售[价價]|定[价價])\s*"
        r"(?:新[台臺][币幣]|人民[币幣]|港[币幣]|美金|美元|加[币幣]|澳[币幣]|菲[币幣]|[马馬][币幣]|"
        r"泰[铢銖]|印尼盾)?"
        # (the sum in figures, or in Chinese numerals as a Taiwanese paper prints it:
        # "零售每份新台幣十元"; branch zh46; in the currency of the country a Chinese daily
        # abroad is printed in, "零售每份二十五披索", the lead's round 47)
        r"\s*(?:\d+(?:\.\d+)?|[一二三四五六七八九十百两兩]{1,4})\s*"
        # (the currency's own yuan, "每份2.00澳元", and a tax note after it, "（含消費稅）": the
        # lead's round 48)
        r"(?:[澳加港美纽紐新]?元|[披比]索|令吉|[铢銖]|盾|[卢盧]比|[镑鎊])"
        r"(?:\s*[（(][\u4e00-\u9fff]{1,6}[）)])?$"
    ),
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
    re.compile(r"^[-\s]*(?:PRICE\s+)?(?:ONE|TWO|THREE|FIVE)\s+CENTS?[-.\s]*$", re.IGNORECASE),
    re.compile(
        # (a daily's time of day after its word, "DAILY EVENING EDITION", and a financial
        # edition, "FINANCIAL EDITION"; branch hists49)
        r"^(?:DAILY\s+)?(?:LAST|LATE|FINAL|HOME|CITY|NIGHT|SPORTING|EXTRA|MORNING|EVENING|DAILY|"
        r"WEEKLY|SEMI-WEEKLY|TRI-WEEKLY|SUNDAY|NOON|SPECIAL|FINANCIAL)\s+EDITION\.?$|"
        r"^EXTRA!?$"
    ),
    re.compile(r"^(?:THE\s+)?WEATHER\b.{0,60}$"),
    # A British ear's price, after the issue's number as OCR reads it: "Price 6d.",
    # "No. 1.—Price 8d.", "N o• (—Price Bd.]" (8 read as B), "PRICE ONE PENNY", "Price Sixpence".
    re.compile(
        r"^\W{0,3}(?:N\s?[o0][.•,]?\s*[\dIlO,.]*\s*\W{0,3}\s*)?[(\[{]?\W{0,2}PRICE\W{1,3}"
        r"(?:[\dBSOIl½]{1,3}\s?d|ONE\s+PENNY|(?:TWO|THREE|FOUR|SIX|SEVEN|EIGHT|NINE|TEN)PENCE|"
        r"[\dIlO]{1,2}\s?CENTS?)\W{0,4}$",
        re.IGNORECASE,
    ),
    # The postal notice of the masthead: "Entered as second-class matter, post office,
    # Washington, D. C.", "Entered at the Postoffice at Riverton as second-class matter".
    re.compile(
        r"^Entered\s+(?:as\s+second[\s\-]class\b|at\s+the\s+post[\s\-]?office\b).{0,70}$",
        re.IGNORECASE,
    ),
    re.compile(r"^Page\s+\d+$", re.IGNORECASE),
    # The ear naming the paper its county's or city's official one, in capitals as the ear sets
    # it: "OFFICIAL NEWSPAPER", "COUNTY OFFICIAL PAPER", "OFFICIAL PAPER OF NAVAJO COUNTY", a
    # speck of OCR after it ("OFFICIAL NEWSPAPER'"). A head saying so runs on ("EDITOR OF
    # OFFICIAL PAPER WILL"): it opens on other words (branch hists49).
    re.compile(
        r"^(?:THE\s+)?(?:COUNTY\s+|CITY\s+)?OFFICIAL\s+(?:NEWS)?PAPER"
        r"(?:\s+OF\s+(?:THE\s+)?[A-Z][A-Z'.]*(?:\s+(?:AND\s+)?[A-Z][A-Z'.]*){0,3})?\W{0,2}$"
    ),
]

_DATE_WORDS: Final = _zh(
    r"\d{4}\s*年|\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|"
    r"NOVEMBER|DECEMBER)\b.*\b1[6-9]\d\d\b|\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|"
    r"SATURDAY|SUNDAY)\b",
    re.IGNORECASE,
)

_SMALL_WORDS: Final = frozenset(
    "a an and as at but by for from in into of on or the to with vs is are was be it its".split()
)


_Result = TypeVar("_Result")


#: At most this many lines' answers are kept by each per-line memo below.
MEMO_LINES: Final = 1 << 14


class LineMemos:
    """Memos of pure tests of one line's text, which the stages of a parse ask about each line
    several times (titles, paragraph breaks, assembly): ``starts_story``, ``title_style``,
    ``match_dateline``, ``is_byline_line``, ``match_continuation``, ``names_service_garbled``,
    ``capitalised_words`` (of a paragraph the stack rules ask), ``may_name_month``,
    ``ad_evidence`` (of paragraphs and whole items), ``opens_story_alone``, and assemble's
    ``names_a_column`` (of title lines and heads), ``told_words`` (of first paragraphs) and
    noise_share's ``is_clean_token`` (of the tokens of items and lines) keep their answers
    in plain dicts (a look-up costs a fraction of a call of an ``lru_cache``, a miss no list
    upkeep), each emptied whole when full (bounded, so memory stays flat). Tests asked about
    most lines once (``is_title_like``, ``is_credit``, ``match_byline_lead``) keep none: a
    memo's miss cost more than its few hits saved. ``cache_clear`` empties them all, as it does an
    ``lru_cache`` (the benchmark and the linear-cost test call it)."""

    def __init__(self) -> None:
        self.memos: list[dict[str, Any]] = []

    def new(self) -> dict[str, Any]:
        memo: dict[str, Any] = {}
        self.memos.append(memo)
        return memo

    def cache_clear(self) -> None:
        for memo in self.memos:
            memo.clear()


LINE_MEMOS: Final = LineMemos()


def remember(memo: dict[str, Any], text: str, answer: _Result) -> _Result:
    """``answer`` kept in ``memo`` for ``text`` (a full memo is emptied first)."""
    if len(memo) >= MEMO_LINES:
        memo.clear()
    memo[text] = answer
    return answer


def may_open(text: str, openings: frozenset[str]) -> bool:
    """False when ``text`` is empty or opens with an ASCII character not in ``openings``: the
    exact test, made before a pattern anchored at the start is tried, that rules out most lines
    (the pattern's possible first characters are listed by hand; a test checks them)."""
    first = text[:1]
    return first in openings or not first.isascii()


#: The ASCII characters a dateline can open with (the place's capital, or the bracket of a
#: Chinese dateline as OCR gives it half-width, "(重慶廿五日海通電)"; the others open with a
#: Chinese character).
DATELINE_OPENINGS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(.'\"")
#: The ASCII characters a wire credit can open with: a bracket, the "I" or "|" OCR reads for
#: one, "By", "Special", "the" or an agency's initial in either case (the last pattern is
#: case-blind). A byline line or lead opens with one of them too ("By", "BY"; the others with a
#: Chinese character).
WIRE_OPENINGS: Final = frozenset("([{|IBSbtTaAuUiIcCDf'-,")


#: What every garbled "(By Associated Press.)" that opens with any mark holds: a space before
#: the agency's "A" (the pattern allows spaces only there).
GARBLED_AGENCY: Final = " A"
#: What a garbled "By United Press." that opens with a mark or a misread "By" holds ("Ry United
#: Press.", "1S United Press"): a space before the agency's "U", which lets the edit-distance
#: test (names_service_garbled) read it (branch histp50).
GARBLED_UNITED: Final = " U"
#: The longest line the garbled "(By Associated Press.)" pattern can match (two scraps of 5,
#: the agency's 12 letters, "Press" as 5 and a stop, the closing marks, the spaces between).
GARBLED_CREDIT_MAX = 48


#: The openings of WIRE_OPENINGS that only the agency patterns can match ("the Associated
#: Press", "UNITED PRESS", OCR's "t'liltcil Prcss Service"): no bracket, no "I" or "|", no
#: "By", no "Special", no OCR mark.
_AGENCY_OPENINGS: Final = frozenset("TAUCtaubic")


def may_open_wire(text: str) -> bool:
    """False when no byline or wire-credit pattern can match at the start of ``text``: it opens
    with an ASCII character not in WIRE_OPENINGS, or it is ASCII, opens as only the agency
    patterns can (_AGENCY_OPENINGS) and names no "press" or "news" in any case, which the
    case-blind one needs (for ASCII text a case-blind match is plain lower-casing), and no
    "Pr", which the garbled "Prcss Service" one needs, and no GARBLED_AGENCY, which the
    garbled "(By Associated Press.)" one needs whatever it opens with (nor, when it opens with
    a character not in WIRE_OPENINGS, GARBLED_UNITED, which lets the edit-distance test read a
    garbled "By United Press." there). Prose lines opening with "The", "A", "in", "to", "but" …
    are ruled out so."""
    first = text[:1]
    head = text[:LEAD_REACH]
    if first not in WIRE_OPENINGS:
        # White space first (a line is trimmed, but a caller's text need not be): the Chinese
        # credit patterns ("  记者 张伟") allow it.
        return (
            not first.isascii()
            or first.isspace()
            or GARBLED_AGENCY in head
            or GARBLED_UNITED in head
        )
    if first not in _AGENCY_OPENINGS or not text.isascii():
        return True
    lower = head.lower()
    return "press" in lower or "news" in lower or "Pr" in head or GARBLED_AGENCY in head


@dataclass(frozen=True, slots=True)
class LeadMatch:
    """A dateline or byline found at the start of a paragraph."""

    #: The matched text as printed (spacing inside kept, ends trimmed).
    text: str
    #: The rest of the paragraph after it.
    rest: str
    #: A column rule's mark OCR set before a dateline ("i New Orleans, La., Feb. 2S. Rain"),
    #: kept out of the dateline for the page's unplaced text ("" when none; see RULE_MARKS).
    mark: str = ""


#: How far into a paragraph a lead (dateline, byline, wire credit) can reach: every lead
#: pattern is bounded (the longest, a wire credit, stays under 150 characters), so it is
#: matched on the paragraph's first characters only, and a longer text is never a byline or a
#: wire credit on its own. A paragraph's length then costs nothing here.
LEAD_REACH: Final = 400


def _match_lead(pattern: re.Pattern[str], text: str) -> LeadMatch | None:
    match = pattern.match(text[:LEAD_REACH])
    if match:
        return LeadMatch(match.group(0).strip(), text[match.end() :].lstrip())
    return None


_MAY_NAME_MONTH: Final = LINE_MEMOS.new()


def may_name_month(text: str) -> bool:
    """False only when no dateline pattern can match at the start of ``text``: its first
    LEAD_REACH characters are ASCII (the Chinese patterns need a Chinese character) and name no
    month (the English one needs it). Most lines opening with a capital are ruled out so.
    (Kept in a line memo: starts_story, match_dateline and dateline_reaches_past ask it of the
    same lines, about two times a line; a look-up costs a tenth of the search.)"""
    known: bool | None = _MAY_NAME_MONTH.get(text)
    if known is not None:
        return known
    head = text[:LEAD_REACH]
    # (one search: led by a capital, which few characters of a line are, it skips in C to the
    # places where a stem may stand; half the cost of twelve substring tests)
    return remember(
        _MAY_NAME_MONTH, text, not head.isascii() or _MONTH_STEM.search(head) is not None
    )


def may_hold_figure(text: str) -> bool:
    """False only when re's ``\\d`` can match nowhere in ``text``: every character is ASCII and
    none is a digit (beyond ASCII, other scripts' digits are ``\\d`` too). Read by code point:
    compiled, ``ord(text[i])`` reads each character in place, a fraction of a pattern call."""
    for index in range(len(text)):
        code = ord(text[index])
        if 48 <= code <= 57 or code > 127:
            return True
    return False


#: A 1916 dateline whose month OCR damaged past its letters ("Washington, Fe•!. 28.—",
#: "Washington, \"eb. 28-—", "Dover. F\"eb. 28.—", "Washington, Feh. 28. The"): the place
#: closed by its comma or a stop (or both: "Philadelphia, Pa.. F'eb. 19.-"), a short token of
#: two to four marks (``month``, judged by may_be_damaged_month; a comma OCR read after it
#: aside: "Washington, Fob, 28."), the day (its figures, the second one perhaps misread: "2S"),
#: and the dash, or the day's stop before a capital (OCR lost the dash). A day with neither is
#: too like a street number or a price ("Smith, No. 28").
_DAMAGED_MONTH_DATELINE: Final = re.compile(
    r"^[.'\"“‘]?"
    + _NO_TITLE
    + _EN_PLACE
    + r"[,.]{1,2}\s+(?P<month>[^\s\d,]{2,4}?)\.?,?\s*['‘’]?(?:\d{1,2}|\d[SlIOB])"
    + r"(?:(?:\.\s*(?:—|--|–|-)+|,?\s*-?[—–]|--)(?![!.,;:|])|\.(?=\s+[\"“‘']?[A-Z]))\s*"
)
#: The cheap test that lets a line without a month's letters try the pattern above: a comma or
#: a stop followed within a few characters by a figure and the dash, or by a figure, a stop
#: and a capital, among the line's first characters (DAMAGED_MONTH_REACH).
_DAMAGED_MONTH_SHAPE: Final = re.compile(
    r"[,.]\s*\S{2,5}\s*['‘’]?\d{1,2}(?:\S{0,2}[—–-]|\S?\.\s+[\"“‘']?[A-Z])"
)
DAMAGED_MONTH_REACH: Final = 60
#: Short words that stand before a number and look like a damaged month's abbreviation
#: ("Co. 28", "No. 28", "Sec. 28" of a land notice): never a month.
_NOT_MONTHS: Final = frozenset(
    {"No", "Nos", "Co", "Sec", "Mr", "Mrs", "Ma", "St", "Dr", "Ft", "Mt", "Jr", "Sr", "Ave"}
)


def _differences(word: str, other: str) -> int:
    """How many letters of two words of one length differ."""
    return sum(a != b for a, b in zip(word, other, strict=True))


def may_be_damaged_month(token: str) -> bool:
    """Whether a short token of two to four marks can be a month's abbreviation OCR damaged:
    it opens with the abbreviation's first two letters ("Fe•!"), closes with its last two
    ("\"eb"), or is three letters one letter away from it ("Feh", "Fob")."""
    token = token.rstrip(".")
    if token in _NOT_MONTHS or not 2 <= len(token) <= 4:
        return False
    for stem in _MONTH_STEMS:
        if token.startswith(stem[:2]) or token.endswith(stem[1:]):
            return True
        if len(token) == 3 and token.isalpha() and _differences(token, stem) == 1:
            return True
    return False


def _match_damaged_month(text: str) -> LeadMatch | None:
    """A dateline whose month OCR damaged, at the start of ``text`` (or None)."""
    head = text[:DAMAGED_MONTH_REACH]
    # (the shape needs a comma or a stop and a figure after it: most lines' heads, with no
    # figure, are ruled out by two substring tests and a read of their characters)
    if not ("," in head or "." in head) or not may_hold_figure(head):
        return None
    if _DAMAGED_MONTH_SHAPE.search(head) is None:
        return None
    match = _DAMAGED_MONTH_DATELINE.match(text[:LEAD_REACH])
    if match is None or not may_be_damaged_month(match.group("month")):
        return None
    return LeadMatch(match.group(0).strip(), text[match.end() :].lstrip())


#: A month's abbreviation with its stop (or the comma OCR read for it), the month a dateline
#: with a damaged day must name ("Feb.", "Feby.", "Sept.", "Feb,"): a month's whole name
#: ("May", "June", "April") is also a woman's, and "May S. Brown" is a name.
_ABBREVIATED_MONTH = _MONTH_ABBREVIATIONS + r"[a-z]?[.,],?"
_ABBREVIATED_MONTH_SHAPE: Final = re.compile(_ABBREVIATED_MONTH)
#: The month an unstopped day's dateline names (_UNSTOPPED_DAY_DATELINE): its abbreviation,
#: its stop perhaps lost with the day's ("Feb 4"), or its whole name but May's.
_UNSTOPPED_MONTH: Final = (
    _MONTH_ABBREVIATIONS
    + r"[a-z]?[.,]?,?|January|February|March|April|June|July|August|September|October"
    + r"|November|December"
)
_UNSTOPPED_MONTH_SHAPE: Final = re.compile(_UNSTOPPED_MONTH)
#: A dateline's day OCR damaged past _OCR_DAY's digit-like marks: a figure and a capital
#: ("Feb. 2K. The", "Feb. 2X—"), two capitals or a capital and a 1-like mark, perhaps with a
#: quote between ("Feb. US. Karl", "Feb. L'S. Cancellation", "Feb. Pi. Com"), or one letter
#: ("Feb. T.-Reports", "Feb. Z. There", "Feb. n.-White"); never a word of small letters.
_DAMAGED_DAY = r"(?:\d['’]?[A-Z]|[A-Z]['’]?[A-Z\dil]|[A-Za-z])(?![\w'’])"
#: A 1916 dateline that the dateline pattern misses for a damaged day or a state part opened
#: with a small letter: the place (no title's word first: "Mr. Smith, Feb. 2S." is a list's
#: entry), the month's abbreviation, the day (``day`` when damaged), then the dash, or the
#: day's stop before a capitalised word ("Waco. Tex., Feb. US. Karl Walker,", "Lake Forrest,
#: in., Feb. 28. Will").
_DAMAGED_DAY_DATELINE: Final = re.compile(
    r"^[.'\"“‘]?"
    + _NO_TITLE
    + _en_place(4, small_part=True)
    + _BEFORE_MONTH
    + _ABBREVIATED_MONTH
    + r"\s*(?:(?P<day>"
    + _DAMAGED_DAY
    + r")|"
    + _OCR_DAY
    + r")(?:[.,:'’\s]*(?:—|--|–|-)+(?![!.,;:|])|\.(?=\s+[\"“‘']?[A-Z][a-z])"
    r"|\.\?(?=[A-Z\"“‘'][a-z]))\s*"
)
#: The state and country abbreviations a dateline's part names, which one OCR opened with a
#: small letter must be one edit away from ("in." for "Ind.", "la." for "Ia.").
_STATE_ABBREVIATIONS: Final = frozenset(
    {
        "Ala", "Ariz", "Ark", "Cal", "Colo", "Conn", "Del", "Fla", "Ga", "Ia", "Ida", "Ill",
        "Ind", "Kan", "Kas", "Ky", "La", "Md", "Me", "Mass", "Mich", "Minn", "Miss", "Mo",
        "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis",
        "Wyo", "Eng", "Can",
    }
)  # fmt: skip


def may_be_damaged_state(token: str) -> bool:
    """Whether a state part OCR opened with a small letter is one edit from a state's or a
    country's abbreviation ("in" for "Ind", "la" for "Ia"; not "of", "to")."""
    word = token[:1].upper() + token[1:]
    return any(edit_distance(word, state, 1) <= 1 for state in _STATE_ABBREVIATIONS)


def _match_damaged_day(text: str) -> LeadMatch | None:
    """A dateline with a damaged day or a state opened with a small letter at the start of
    ``text`` (or None), when its first characters name a month's abbreviation."""
    if _ABBREVIATED_MONTH_SHAPE.search(text, 0, DAMAGED_MONTH_REACH) is None:
        return None
    match = _DAMAGED_DAY_DATELINE.match(text[:LEAD_REACH])
    if match is None:
        return None
    small = match.group("small")
    if small is not None and not may_be_damaged_state(small):
        return None
    if small is None and match.group("day") is None:
        return None  # (a clean place and day: the dateline pattern's to read or refuse)
    return LeadMatch(match.group(0).strip(), text[match.end() :].lstrip())


#: A 1916 wire dateline left with no stop or dash after its day, the story's first words run on
#: ("TORREON, Feb. 19 Employees of the …", "WASHINGTON. Feb. 19 More evi…"): the place in
#: capitals (one to three words of two capitals or more, never a day of the week: "FRIDAY,
#: Feb. 25 Only" is a sale's), perhaps a state part with its stop ("Ariz.", "N. J."), a comma
#: or a stop, the month's abbreviation with its stop, the day in figures, then a sentence's
#: opening: a capitalised word, and a word in small letters among the four after it (not a
#: year, a price, a name or a route: "AMSTERDAM, Feb. 8 I Via Lon", "NEW YORK. Feb. 2 Tl" with
#: the line's end first are left alone; a paragraph joined from its lines reaches the word). A
#: place OCR damaged too ("WASHINGTON. D. C- Feb. 28 In", a part's stop read as a hyphen) is
#: left alone: two slips in one dateline are one too many.
#: The place may be set in title case too, as most 1916 dailies set a wire item's ("Halifax,
#: Feb. 2 The Japanese", "Kansas City, Mo., Feb. 2 Presi…", "Glasgow. Scotland, Feb 4 The"),
#: the month's stop may be lost with the day's ("Feb 4"), or the month printed whole
#: ("Laingsburg, February 23 The"); a state or country part may be written out ("Texas",
#: "Greece"). Never a person's title first ("Mr. Smith, Feb. 2 The"), nor a day of the week in
#: either case ("Saturday, Feb. 4 Only"), nor May, which is also a woman's name (branch histp49).
#: The words a newspaper's name ends on, which an item reprinted from it is credited to
#: ("Miami Herald, Feb. 12."), never a place's (_UNSTOPPED_DAY_DATELINE's title-case place).
_PAPER_WORDS: Final = (
    r"(?:Press|Times|Herald|Journal|Tribune|Post|Gazette|Courier|Democrat|Republican"
    r"|Register|Telegraph|Globe|Bulletin|Review|Record|Advertiser|Examiner|Sentinel"
    r"|Chronicle|Dispatch|Leader|Standard|Ledger|Star|Sun|World|Enterprise|Eagle|Appeal)"
)
_UNSTOPPED_DAY_DATELINE: Final = re.compile(
    r"^(?![^,.;]*\b(?i:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)\b)"
    r"(?:[A-Z][A-Z'’]+\.?(?:\s[A-Z][A-Z'’]+\.?){0,2}"
    # (a paper's name is no place: "Fort Myers Press, Feb. 18 A. B. Tucker …" credits an item
    # reprinted from it; "News" is left out, a place's word too: "Newport News")
    r"|(?![^,.;]*\b"
    + _PAPER_WORDS
    + r"\b)"
    + _NO_TITLE
    + r"[A-Z][a-z'’]+\.?(?:\s[A-Z][a-z'’]+\.?){0,2})"
    r"(?:[,.]\s*(?:[A-Z][a-z]{1,8}\.?|[A-Z]\.\s?[A-Z]\.))?"
    r"[,.;]{1,2}\s+(?:" + _UNSTOPPED_MONTH + r")\s*\d{1,2}"
    # (not "By" or "Via": a wire's route or credit whose bracket OCR lost, "BERLIN, Feb. 12 By
    # Wireless to Sayville.) The …", where the dateline's end cannot be told)
    r"(?=\s+[\"“‘']?(?!(?:By|Via)\b)[A-Z][\w'’.,]*(?:\s+\S+){0,3}?\s+[a-z]{2,}\b)"
)


def match_unstopped_day_dateline(text: str) -> LeadMatch | None:
    """A 1916 wire dateline with no stop or dash after its day at the start of ``text``
    (_UNSTOPPED_DAY_DATELINE), or None.

    Gate: the place is printed in capitals or in title case (no person's title first, no day
    of the week) and the day in clean figures, and a sentence in small letters follows at
    once. match_dateline asks it only when the dateline pattern and
    the damaged-day one found nothing, so a dated dateline with its stop, dash or wire bracket
    never reaches it, nor does a modern page's, which names no day ("WASHINGTON (AP) —") or
    sets its dash or wire after it ("WASHINGTON, Jan. 13 (AP) —")."""
    if _UNSTOPPED_MONTH_SHAPE.search(text, 0, DAMAGED_MONTH_REACH) is None:
        return None
    return _match_lead(_UNSTOPPED_DAY_DATELINE, text)


#: The opening of a 1916 timed or routed dateline (_TIMED_DATELINE, _ROUTED_DATELINE): never a
#: day of the week first, whole or cut short ("Monday, Feb. 14, 8 p. m. The lodge", "Sun. Feb. 20
#: (8 p.m.)" are a meeting's notice, a lecture course's list), then an opening quote or stop.
_NO_WEEKDAY_FIRST: Final = (
    r"^(?![^,;]*\b(?i:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|(?:MON|TUES?|WED|THURS?|FRI|SAT"
    r"|SUN)\.))"
    r"[.'\"“‘]?"
)
#: A 1916 wire dateline that names the hour the dispatch was filed after its day ("London,
#: Feb. 3, 6:45 p. m. A fishing trawler", "Paris, Feb. 14 (2:01 p. m.) Reports", "Dover, Feb.
#: 27, 11.42 p. m.—The"): the place and the month as the dateline pattern reads them, the day
#: in figures, the hour (its minutes after a colon or a stop, perhaps in brackets) and "a. m."
#: or "p. m.", then the dash, or a capitalised word after it (the story's first). Never a day
#: of the week first. The hour is part of the dateline (branch histp49).
_TIMED_DATELINE: Final = re.compile(
    _NO_WEEKDAY_FIRST
    + _NO_TITLE
    + _EN_PLACE
    + _BEFORE_MONTH
    + _MONTHS
    + r"\s*\d{1,2}[.,]?\s*\(?\d{1,2}(?:[:.]\d\d)?\s?[ap]\.\s?m\.?\)?[.,]?"
    + r"(?:\s*(?:—|--|–|-|\?)+(?![!.,;:|])|(?=\s+[\"“‘']?(?:[A-Z][a-z]|A\s)))\s*"
)
#: The hour's "a. m." or "p. m." (_TIMED_DATELINE's cheap test).
_HOUR_SHAPE: Final = re.compile(r"\d\s?[ap]\.\s?m")


def match_timed_dateline(text: str) -> LeadMatch | None:
    """A 1916 wire dateline naming its hour at the start of ``text`` (_TIMED_DATELINE), or
    None. Asked by match_dateline only when the other patterns found nothing, and only of a
    line whose first characters name the hour."""
    if _HOUR_SHAPE.search(text, 0, DAMAGED_MONTH_REACH) is None:
        return None
    return _match_lead(_TIMED_DATELINE, text)


#: A 1916 wire dateline whose route or wire follows its day (branch histp50): "PARIS, Feb. 21.
#: (Via London.) The war office …", "VIENNA, Feb. 24. (Via Berlin by wireless) Russian …",
#: "Berlin, Feb. 23. (by wireless to Sayville, N. Y.) Advices …", "Berlin, Feb. 9, via London,
#: 4:50 p. m. A new …", "Athens, Feb. 14, via Paris, Feb. 15. The …": the place, month and day
#: as the dateline pattern reads them, then the route or the wire in brackets (opening on "via"
#: or "by"), or "via" and a city after a comma or stop with the hour or the day it was sent on
#: from there; then the dash, or a capitalised word (the story's first). The route is part of
#: the dateline, as a credit inside it is (tests/data/dev/README.md). Never a day of the week
#: first, nor a person's title.
_ROUTED_DATELINE: Final = re.compile(
    _NO_WEEKDAY_FIRST
    + _NO_TITLE
    + _EN_PLACE
    + _BEFORE_MONTH
    + _MONTHS
    + r"\s*"
    + _OCR_DAY
    + r"(?:[.,]?\s*\(\s*(?:[Vv]ia|[Bb]y)\s[^()]{2,50}\)"
    + r"|[.,]\s*[Vv]ia\s+[A-Z][a-z]+"
    + r"(?:[.,]\s*"
    + _MONTHS
    + r"\s*\d{1,2})?(?:[.,]?\s*\d{1,2}(?:[:.]\s?\d\d)?\s?[ap]\.\s?m\.?)?"
    # (not before a word and a figure: the day it was sent on, run on to the next line or
    # damaged, "Vienna, Feb. 10, via London," / "Feb 11, 2 p. m The text …")
    + r"(?![.,]?\s+\S+\s+\d))"
    + r"[.,]?(?:\s*(?:—|--|–|-|\?)+(?![!.,;:|])|(?=\s+[\"“‘']?(?:[A-Z][a-z]|A\s)))\s*"
)


def match_routed_dateline(text: str) -> LeadMatch | None:
    """A 1916 wire dateline with its route or wire after its day at the start of ``text``
    (_ROUTED_DATELINE), or None. Asked by match_dateline only when the other patterns found
    nothing, and only of a line whose first characters hold "via" or a bracket opening on "by"
    (in either case)."""
    head = text[: DAMAGED_MONTH_REACH + 20]
    if "ia " not in head and "(b" not in head and "(B" not in head and "( " not in head:
        return None
    return _match_lead(_ROUTED_DATELINE, text)


_DATELINES: Final = LINE_MEMOS.new()
#: The marks OCR reads a column rule as when it sets one before a paragraph's first word with a
#: space between ("j New York, Feb. 9.—", "| London, Feb. 8.", "1 Shanghai, Feb. 10.—"): a
#: thin upright stroke — a bar, "!", a figure one, or a small letter drawn as one. Not a round
#: or wide letter: "w York, Feb. 2.", "v Haven, Conn." are a place's first word cut by OCR
#: ("New"), and "a", "I" are words.
RULE_MARKS: Final = frozenset("|!1fijlrt")


def _after_rule_mark(text: str) -> LeadMatch | None:
    """A dateline after a column rule's mark and one space at the start of ``text``, the mark
    kept apart (LeadMatch.mark), or None. Two marks ("iH Chicago") or a word ("to Columbia",
    "on Monday, February 21.") open no dateline."""
    if text[1:2] != " " or text[:1] not in RULE_MARKS or text[2:3] not in DATELINE_OPENINGS:
        return None
    found = match_dateline(text[2:])
    if found is None:
        return None
    return LeadMatch(found.text, found.rest, text[:1])


#: The days of the week, as a dated entry of a list opens on them ("Sunday, February 20:"), in
#: title case and in capitals (masthead.WEEKDAY_NAMES).
_WEEKDAYS: Final = (*(day.title() for day in WEEKDAY_NAMES), *WEEKDAY_NAMES)


#: A day of the week anywhere before a comma or semicolon: a meeting's or a sale's date, never a
#: wire dateline's ("Saturday, February 5.", "Thursday Morning, Feb. 17.").
_WEEKDAY_BEFORE: Final = re.compile(r"^[^,;]*\b(?i:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)")


#: An ordinal day's last letters.
_ORDINAL_ENDINGS: Final = frozenset(("st", "nd", "rd", "th"))


def is_dateline_alone(text: str) -> bool:
    """Whether a trimmed line is a 1916 wire dateline and nothing else, closed by its day's stop
    ("Memphis, Tenn., Feb. 19.", "NEWPORT NEWS, W. Va., Feb. 3."; its story opens on the next
    line): the dateline pattern reads the whole line once a story's first word is set after
    it, and no day of the week stands in it (branch histp50). Only a line ending on a stop and
    naming a month is read."""
    if text[-1:] != "." or len(text) > DAMAGED_MONTH_REACH or not may_name_month(text):
        return False
    if _WEEKDAY_BEFORE.match(text) is not None or text[-3:-1] in _ORDINAL_ENDINGS:
        return False  # (a day of the week, or an ordinal day: a notice's "February 23rd.")
    found = _match_lead(_DATELINE, text + " The")
    return found is not None and found.rest == "The"


def dateline_only_routed(text: str) -> bool:
    """Whether the dateline at the start of ``text`` is read by match_routed_dateline alone:
    no earlier pattern of match_dateline finds one (asked only where a dateline was found)."""
    return (
        match_routed_dateline(text) is not None
        and _match_lead(_DATELINE, text) is None
        and _match_damaged_day(text) is None
        and match_unstopped_day_dateline(text) is None
        and match_timed_dateline(text) is None
    )


def match_dateline(text: str) -> LeadMatch | None:
    """A dateline at the start of ``text`` ("新华社北京1月13日电", "WASHINGTON, Jan. 13 (AP) —")."""
    if text in _DATELINES:
        known: LeadMatch | None = _DATELINES[text]
        return known
    if not may_open(text, DATELINE_OPENINGS):
        return remember(_DATELINES, text, _after_rule_mark(text))
    names_month = may_name_month(text)
    found = _match_lead(_DATELINE, text) if names_month else None
    if found is not None and found.text.endswith(":") and found.text.startswith(_WEEKDAYS):
        # (a colon after the day opens a dispatch only after its place: a church's notes
        # list their services under "Sunday, February 20:", the lead's round 45)
        found = None
    if found is None and names_month:
        found = _match_damaged_day(text)
    if found is None and names_month:
        found = match_unstopped_day_dateline(text)
    if found is None and names_month:
        found = match_timed_dateline(text)
    if found is None and names_month:
        found = match_routed_dateline(text)
    if found is None and not names_month and may_open_modern_dateline(text):
        # (a modern dateline names no month: "LONDON (Reuters) - Oil prices fell on Tuesday …")
        found = _match_lead(_MODERN_DATELINE, text)
    if found is None:
        found = _match_damaged_month(text)
    return remember(_DATELINES, text, found)


def _modern_dash(head: str) -> bool:
    """False when :data:`_MODERN_DATELINE` cannot match a line opening with ``head``: it holds
    no dash, no wire's bracket before a hyphen and no two slants ("DUBAI // …")."""
    return "—" in head or "–" in head or ") -" in head or " // " in head


def match_colon_dateline(text: str) -> LeadMatch | None:
    """An Indian daily's dateline, its place in capitals and a colon, at the start of ``text``
    ("NEW DELHI: Metro commuters …"). Asked only where a modern story opens: under a reporter's
    or desk's byline or a sentence-case head (an older page's label opens so: "PLANTERS:")."""
    if not may_open_colon_dateline(text):
        return None  # (most lines)
    return _match_lead(_COLON_DATELINE, text)


def may_open_colon_dateline(text: str) -> bool:
    """False when no colon dateline can open ``text`` (match_colon_dateline's guard): it opens
    on two capitals and has a colon and a space near its start."""
    return text[:2].isupper() and (
        ": " in text[:MODERN_COLON_REACH]
        or (text.endswith("):") and len(text) <= MODERN_COLON_REACH)
    )


#: An East African daily's dateline: the place in capitals and a full stop, run into the
#: story's first sentence ("KAMPALA. Government will recruit …", "FORT PORTAL. Traders …"):
#: the colon dateline's place and its first words after the stop (a word in small letters
#: among its first five, or the line's end). A 1916 run-in head reads the same ("LOCAL NEWS.
#: Mr. Hale …"), so it is asked only where a modern story opens, under a reporter's byline or
#: a sentence-case head (colon_dateline_under_modern_head; branch en48).
_STOP_DATELINE: Final = re.compile(
    r"^[A-Z][A-Z'’\-]{2,}(?:\s(?!(?:TO|OF|THE|AND|FOR|ALL|IN|AT|ON|BY|NOT|NO|OR)\b)"
    r"[A-Z][A-Z'’\-]{2,}){0,2}\.\s+"
    # (no month after the stop: "WASHINGTON. Feb. 1" is a 1916 dateline's place and day)
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    # (a word in small letters among the first five after it, never the line's end: a 1916
    # head's capitals run on so, "LIEUT. BERG IDENTIFIED.", "DEPT. OF JUSTICE CANNOT")
    r"(?=[\"“‘']?[A-Z0-9$][\w'’,$]*(?:\s+[A-Za-z0-9$][\w'’.,$]*){0,3}\s+[a-z]{2,}\b)"
)


def may_open_stop_dateline(text: str) -> bool:
    """False when no stop dateline (_STOP_DATELINE) can open ``text``: it opens on two capitals
    and has a stop and a space near its start."""
    return text[:2].isupper() and ". " in text[:MODERN_COLON_REACH]


def match_stop_dateline(text: str) -> LeadMatch | None:
    """An East African daily's dateline, its place in capitals and a full stop, at the start of
    ``text`` ("KAMPALA. Government will …", _STOP_DATELINE). Asked only where a modern story
    opens, as match_colon_dateline is."""
    if not may_open_stop_dateline(text):
        return None  # (most lines)
    return _match_lead(_STOP_DATELINE, text)


#: A dateline as a Tanzanian daily sets it (branch en50): the place in title case, closed by
#: a full stop and run into the story's first sentence ("Dar es Salaam. The Tanzania Railways
#: …", "Dodoma. Street vendors have …"): one to three words (a particle of a place's name in
#: small letters between them, "Dar es Salaam"), the last of three letters or more and none a
#: title's or a month's abbreviation ("Mr. Smith", "Dr. Frederick", "Feb. 3"), then a sentence
#: whose first seven words hold one in small letters (or the line ends among them: "Dar es
#: Salaam. The Tanza-"). Any short sentence opens so, so it is
#: asked only straight under a reporter's or desk's byline (reflow's
#: colon_dateline_under_modern_head), where a story's first words are its dateline's.
_TITLE_STOP_DATELINE: Final = re.compile(
    r"^(?!(?:Mr|Mrs|Ms|Dr|St|Ste|Prof|Rev|Gen|Capt|Col|Sgt|Hon|Lt|Gov|Sen|Rep|Mt|Ft|No|Vol|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)"
    r"[A-Z][a-z'’\-]+(?:\s(?:es|el|al|de|da|du|la|le|(?!By\b)[A-Z][a-z'’\-]+)){0,2}(?<=[a-z]{3})"
    r"\.\s+"
    # (no month and day in the next words: "Torreon. Coahuila, Mexico, Feb. 17." is a 1916
    # dispatch's place and day, whole)
    r"(?![^\n]{0,40}?\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
    r"(?=[\"“‘']?[A-Z][\w'’,$\-]*(?:\s+[(A-Za-z0-9$][\w'’.,$\-()]*){0,5}\s+[a-z]{2,}\b"
    # (or the line ends among them, two words or more after the stop: "Dar es Salaam. The
    # Tanza-", "Arusha. Kenya, Tanzania")
    r"|[\"“‘']?[A-Z][\w'’,$\-]*(?:\s+[\w'’,$\-]+){1,3}$)"
)


def may_open_title_stop_dateline(text: str) -> bool:
    """False when no title-case stop dateline (_TITLE_STOP_DATELINE) can open ``text``: it
    opens on a capital and a small letter and has a stop and a space near its start."""
    return text[:1].isupper() and text[1:2].islower() and ". " in text[:MODERN_COLON_REACH]


def match_title_stop_dateline(text: str) -> LeadMatch | None:
    """A Tanzanian daily's dateline, its place in title case and a full stop, at the start of
    ``text`` ("Dar es Salaam. The Tanzania …", _TITLE_STOP_DATELINE). Asked only under a
    reporter's or desk's byline."""
    if not may_open_title_stop_dateline(text):
        return None  # (most lines)
    return _match_lead(_TITLE_STOP_DATELINE, text)


def match_modern_dateline(text: str) -> LeadMatch | None:
    """A modern dateline, which names no month, at the start of ``text``: "SPRINGFIELD —",
    "COLUMBUS, Ohio (AP) —", "LONDON (Reuters) -" (not "WASHINGTON, Feb. 1.—")."""
    return _match_lead(_MODERN_DATELINE, text) if may_open_modern_dateline(text) else None


#: A reporter's byline as a modern daily sets it over a story: "By" and a name, not an agency
#: ("By Associated Press."), in a case other than capitals ("BY ORDER OF …").
_PERSONAL_BYLINE: Final = re.compile(
    r"^By\s+(?!(?i:(?:the\s+)?(?:Associated|United|International|Universal|Central|Leased|"
    r"Cable|Wireless|Telegraph|Radio)\b))[A-Z]"
)


def is_personal_byline(text: str) -> bool:
    """A byline line naming a reporter ("By DANA WHITFIELD / Staff Writer", "By Priya Nair",
    "Ana Dizon @anadizonMMC"), not a wire credit ("By Associated Press.")."""
    if text.startswith("From "):
        # (only a reporter's name stands there: _FROM_BYLINE, or his town after it:
        # _FROM_TOWN_BYLINE)
        return is_byline_line(text) or is_from_town_byline(text)
    if "@" in text and is_handle_byline(text):
        return True  # a name and the writer's handle ("Ana Dizon @anadizonMMC"; branch en43)
    if text.startswith(_LABEL_BYLINE_OPENINGS) and is_label_byline(text):
        return True  # a label's byline ("Story: Emmanuel Nii Lartey"; branch en45)
    if not text.startswith("By "):
        return is_named_byline(text)
    return _PERSONAL_BYLINE.match(text) is not None and is_byline_line(text)


#: A reporter's byline all in capitals: "BY", perhaps a title, then a name of two or three
#: words (an initial may stand between): "BY AKINYI OTIENO", "BY PROF. JANE WAMBUI". No stop
#: after it (a 1916 signature's "BY JOHN SMITH." is another rule's).
_CAPITALS_BYLINE: Final = re.compile(
    r"^BY\s+(?:(?:PROF|DR|REV|HON|GEN|CAPT)\.?\s+)?[A-Z][A-Z'’\-]+(?:\s+[A-Z]\.)?"
    r"(?:\s+[A-Z][A-Z'’\-]+){1,2}$"
)
#: Words a 1916 deck opening on "BY" holds ("BY FOUR UNKNOWN MEN", "BY ORDER OF THE COURT")
#: or a wire's credit holds ("BY ASSOCIATED PRESS"), and no reporter's name does.
_NOT_NAME_WORDS: Final = frozenset(
    "THE OF AND WHO TO IN FOR ON AT WITH FROM MEN MAN WOMEN TWO THREE FOUR FIVE ONE ALL HIS HER "
    "THEIR OUR STAFF SPECIAL CABLE WIRE FORMER UNITED STATES LOCAL ORDER COURT ASSOCIATED PRESS "
    "NEWS SERVICE INTERNATIONAL CORRESPONDENT".split()
)


#: A reporter's byline with a small "by", as a British or Irish weekly sets it alone under the
#: head: "by" and a name of two or three words in title case ("by Fiona MacLeod", "by Callum
#: Reid", "by Seán O'Neill").
_SMALL_BY_BYLINE: Final = re.compile(
    r"^by [A-Z][a-záéíóú'’\-]+(?: (?:Mac|Mc|O'|O’)?[A-Z][A-Za-záéíóú'’\-]+){1,2}$"
    # (or the paper's staff unnamed, "by Courier reporter", "by our Political correspondent",
    # as a Channel Islands daily signs a story; the lead's round 46)
    r"|^by (?:(?:a|our) )?[A-Z][a-z]+(?: [A-Za-z][a-z]+)? (?:reporter|correspondent|staff)$"
)


def is_small_by_byline(text: str) -> bool:
    """A byline with a small "by" alone on its line (_SMALL_BY_BYLINE). Alone it is no evidence:
    a narrow column's line may open on "by" and a name mid-sentence ("… was bought" / "by John
    Smith" / "and his brother"). reflow asks it only straight under a modern head over the
    story's first line or the reporter's office (_small_by_byline_at, on a modern page)."""
    return text.startswith("by ") and _SMALL_BY_BYLINE.match(text.strip()) is not None


def is_capitals_byline(text: str) -> bool:
    """A reporter's byline set all in capitals, "BY" too ("BY AKINYI OTIENO", "BY PROF. JANE
    WAMBUI"), as East African, Indian and many other modern dailies set it: a name of two or
    three words (:data:`_CAPITALS_BYLINE`), none of them a word a 1916 deck opening on "BY"
    holds ("BY FOUR UNKNOWN MEN WHO", "BY FORMER UNITED STATES SENATOR"). The callers ask it
    only of a modern head's stack (reflow._opens_modern_story, _names_reporter). A Fijian daily
    sets the "by" small before the name in capitals ("by ASHNA KUMAR"; branch en48)."""
    stripped = text.strip()
    return (
        # (the line itself opens on "BY ", as may_open_modern_story's guard asks: a line's ends
        # are trimmed, and a text with white space before "BY" opens no byline)
        text.startswith(("BY ", "by "))
        and _CAPITALS_BYLINE.match("BY" + stripped[2:]) is not None
        and _NOT_NAME_WORDS.isdisjoint(stripped.split())
    )


def may_open_modern_dateline(text: str) -> bool:
    """False when no modern dateline ("SEATTLE (AP) —", "LONDON (Reuters) -") can open
    ``text``: match_dateline's guard for a line that names no month."""
    return _modern_dash(text[:MODERN_DATELINE_REACH])


#: A dispatch's place and day as a 1916 daily sets them over the story's first words, with no
#: dash: a city of at most three words (a fourth is a deck's word before it: "AVIATORS BRING
#: NEWS PARIS, Feb. 7." is a deck and a dateline run together), its state or country, a mark
#: or the wire's route before the month ("Hall February 22." is a deck's end), the day.
_PLACE_AND_DAY: Final = (
    # no day of the week in it: "Begins Friday, Feby 4" is a sale's
    r"(?![^,.;]*\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    + _NO_TITLE
    + _en_place(3)
    + r"(?:[,.;*]{1,2}\s*|"
    + _AFTER_HYPHENED_PART
    + r"|\s*\((?:[Vv]ia|[Bb]y)\b[^)]{0,40}\)[,.]?\s*)[\"'‘]?"
    + _MONTHS
    + r"\s*"
    + _OCR_DAY
)
#: A line that is nothing but a dateline: "SANTA BARBARA, Cal., Feb. 3.", "NEWPORT NEWS.
#: February 4.?", "WASHINGTON, D C, Feb. 7", "BERNE. Switzerland. Feb. 5. (Via" (its wire's
#: route runs on into the story's first line).
_DATELINE_ALONE: Final = re.compile(
    r"^[^\w(]{0,4}" + _PLACE_AND_DAY + r"[^\w(]{0,5}(?:\(\s*[Vv]ia\b[^)]{0,30})?$"
)
#: A dateline in a title set over a story's first line: after a deck's closing stop on a word in
#: small letters ("Boiler on River Tow Boat Blows Up. Huntington, W. Va., Feb. 2.?"; not an
#: initial's, "PROVIDENCE, R. I., Feb. 5.", nor a garbled place's, "ViotSTERDAM. Netherlands,
#: Feb. 23."), or with the story's first words after it ("Milford, Feb. 9 Mrs. Sophia").
_DATELINE_IN_TITLE: Final = re.compile(
    r"^(?P<deck>(?:.*?[a-z][.!?][\"'”’]?\s+)??)(?P<dateline>[^\w(]{0,4}"
    + _PLACE_AND_DAY
    + r"[^\w\s(]{0,5})(?:\s+(?P<rest>\S.*))?$"
)
#: A wire or cable credit set on a line of its own: an agency's or a paper's word and a wire's
#: ("(BY ASSOCIATED PRESS)", "Republican A. P. Leased Wire", "[By Carl W. Ackerman, United
#: Press", "Herald Special Service."), in any case and however OCR garbled the rest.
_CREDIT_AGENCY: Final = re.compile(
    r"\b(?:associated|united|international|leased|federal|special)\b|\bA\.\s?P\.", re.IGNORECASE
)
_CREDIT_WIRE: Final = re.compile(
    r"\b(?:press|wire|wireless|service|cable|correspondent)\b", re.IGNORECASE
)
#: "by Federal Wireless" as OCR reads a Honolulu paper's credit ("ty Fdtrl Wlreleu", "by
#: Fadaral Wiralaai", "by Tsdersl WirtlMs"): any agency's words before it are garbled too.
_GARBLED_WIRELESS: Final = re.compile(r"\b\w{1,3}\s+[FT][a-z]{2,6}[lr]\s+W[A-Za-z]{4,8}\b")
#: "(BY ASSOCIATED PRESS)" in capitals as OCR reads it: a bracket, a few short words, the
#: agency's name with its "ociat" or "ssoc" kept ("(IV AMOCIATKO V.IK", "<BV At IOCIATCO PAIS )").
_GARBLED_BRACKETED_AGENCY: Final = re.compile(
    r"^[(\[<{]\s*(?:\S+\s+){0,4}?\S*(?:OCIAT|SSOC)", re.IGNORECASE
)
#: Words a credit line holds at most, before its agency's word, and in brackets.
CREDIT_LINE_WORDS: Final = 10
CREDIT_LEAD_WORDS: Final = 4
BRACKETED_CREDIT_WORDS: Final = 5


_STORY_ALONE_MEMO: Final = LINE_MEMOS.new()


def opens_story_alone(line: str) -> str | None:
    """What a line set over a story's first line is when it is the story's opening, not a deck:
    ``"dateline"`` for a dateline alone on its line, ``"byline"`` for a wire credit alone on its
    line (see _DATELINE_ALONE, _CREDIT_AGENCY); None for anything else. (Kept in a line memo,
    None as "": the assembly asks it of the same title lines again, about 2.3 times a line.)"""
    known: str | None = _STORY_ALONE_MEMO.get(line)
    if known is not None:
        return known or None
    role = _opens_story_alone(line)
    remember(_STORY_ALONE_MEMO, line, role or "")
    return role


def _opens_story_alone(line: str) -> str | None:
    """:func:`opens_story_alone`, worked out."""
    stripped = line.strip()
    if may_name_month(stripped) and _DATELINE_ALONE.match(stripped):
        return "dateline"
    if is_capitals_dateline_alone(stripped):
        return "dateline"
    words = len(stripped.split())
    if words <= BRACKETED_CREDIT_WORDS and _GARBLED_BRACKETED_AGENCY.match(stripped):
        return "byline"
    agency = _CREDIT_AGENCY.search(stripped)
    wire = _CREDIT_WIRE.search(stripped) if agency is not None else None
    if agency is None or wire is None:
        agency = wire = _GARBLED_WIRELESS.search(stripped)
    if (
        agency is not None
        and words <= CREDIT_LINE_WORDS
        # the agency's word opens the credit, after a paper's name or a writer's ("Republican
        # A. P. Leased Wire", "By Carl W. Ackerman, United Press"), not after a deck's clause
        # ("Under Constant Bandit Fire | By Associated Press")
        and len(stripped[: agency.start()].split()) <= CREDIT_LEAD_WORDS
    ):
        return "byline"
    return None


#: A modern dateline alone on its line all in capitals, the city, a comma, the month (its
#: name or its three letters) and the day, a colon perhaps after it and no stop: "KATHMANDU, DEC
#: 10", "POKHARA, DEC 10:", as a Nepali or other South Asian daily sets it under the reporter's
#: name (is_capitals_dateline_alone; branch en47). A 1916 dateline in capitals closes its day
#: with a stop or a dash ("WASHINGTON, FEB. 10.—"): _DATELINE_ALONE's.
_CAPITALS_DATELINE_ALONE: Final = re.compile(
    r"^[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,2},\s+"
    r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\s+\d{1,2}:?$"
)
#: The longest such dateline.
CAPITALS_DATELINE_CHARS: Final = 36


def is_capitals_dateline_alone(text: str) -> bool:
    """A modern dateline alone on its line in capitals (_CAPITALS_DATELINE_ALONE: "KATHMANDU,
    DEC 10"). Its own guard first (a figure or a colon closing a short line opening on two
    capitals, a comma in it), since may_name_month reads the months' title-case stems only."""
    return (
        len(text) <= CAPITALS_DATELINE_CHARS
        and (text[-1:].isdigit() or text[-1:] == ":")
        and text[:2].isupper()
        and ", " in text
        and _CAPITALS_DATELINE_ALONE.match(text) is not None
    )


def name_over_dateline(name: str, dateline: str) -> bool:
    """A reporter's byline with no "By", the name alone in title case or capitals, over a
    dateline alone on its line (opens_story_alone: "Deepkamal Kaur" / "Jalandhar, December 6",
    "RAJESH SHRESTHA" / "KATHMANDU, DEC 10"), as Indian and Nepali dailies set it: the one
    test of the shape, asked by reflow (a unit's opening, a block's opening under a head's
    block) and by assemble (the name's unit). Alone it is no evidence of a modern page: a 1916
    head in title case over a dateline reads the same; the callers ask it under a head."""
    return opens_story_alone(dateline) == "dateline" and (
        is_title_case_name(name) or is_capitals_name(name)
    )


#: A story's opening as it is printed alone with no doubt: a wire credit in brackets or opening
#: with "By" (OCR: "Uy", "BY"), or a dateline whose place ends at a comma or semicolon and
#: whose day ends with its stop ("OKLAHOMA CITY, Feb. 19.", "Old Point Comfort, Va.; Feb. 2.");
#: not a list's entry, a table's row or a deck's tail with a date ("Great Northern. Feb. 4.",
#: "Evening, February 11").
_STRICT_CREDIT: Final = re.compile(r"^[^\w(\[<{]{0,2}(?:[(\[<{]|[BU][yYv]\b)")
_STRICT_DATELINE_END: Final = re.compile(
    r"[,;]\s*[\"'‘]?" + _MONTHS + r"\s*" + _OCR_DAY + r"\s*[.:\-—]+[^\w(]{0,4}$"
)


def opens_story_strictly(line: str) -> str | None:
    """:func:`opens_story_alone`, only for the credits and datelines no other line is read as:
    a bracketed or ``By`` credit, a dateline whose place ends at a comma and whose day ends
    with its stop (see _STRICT_CREDIT, _STRICT_DATELINE_END)."""
    role = opens_story_alone(line)
    stripped = line.strip()
    if role == "byline" and _STRICT_CREDIT.match(stripped):
        return role
    if role == "dateline" and _STRICT_DATELINE_END.search(stripped):
        return role
    return None


def split_story_opening(title: str) -> tuple[str, str, str] | None:
    """A title set over a story's first line that holds the story's dateline: (the deck before
    it, the dateline, the story's first words after it), any of the outer two empty; None when
    it holds none (see _DATELINE_IN_TITLE)."""
    stripped = title.strip()
    if not may_name_month(stripped):
        return None
    found = _DATELINE_IN_TITLE.match(stripped)
    if found is None:
        return None
    return found["deck"].strip(), found["dateline"].strip(), (found["rest"] or "").strip()


def dateline_reaches_past(first: str, second: str) -> bool:
    """Whether the two lines, joined, open with a dateline that reaches past the first (a
    dateline broken over lines: "CEDAR FALLS, Iowa, Feb." / "9.—Harold …"). A second line
    that opens a dateline of its own is no such tail: the first is what stands above it (the
    last line of a headline, "SAILS" / "NORFOLK, Feb. I.—In"). Not memoised: each pair of
    lines is asked once."""
    if not may_open(first, DATELINE_OPENINGS):
        return False  # the joined text opens as the first line does (or with its space)
    if not (may_name_month(first) or may_name_month(second.lstrip())):
        # ASCII lines join with a space, which no month's name holds; a modern dateline names
        # none, and a narrow column breaks it before its wire in brackets ("KINGSTON,
        # Jamaica" / "(CMC) — Jamaica will …"; the lead's round 49)
        return second.lstrip()[:1] == "(" and _modern_dateline_across(first, second)
    if match_dateline(second) is not None:
        return False
    head, tail = first.rstrip(), second.lstrip()
    # Chinese lines join with no space ("（重慶廿五日海" / "通電）"); wide characters start at
    # FIRST_WIDE, so one comparison tells Latin seams apart before any call.
    wide = head[-1:] >= FIRST_WIDE or tail[:1] >= FIRST_WIDE
    seam = "" if wide and joins_without_space(head, tail) else " "
    found = _match_lead(_DATELINE, f"{head}{seam}{tail}")
    return found is not None and len(found.text) > len(first)


def _modern_dateline_across(first: str, second: str) -> bool:
    """A modern dateline broken before its wire in brackets: the place alone over the wire,
    its dash and the story's first words ("KINGSTON, Jamaica" / "(CMC) — Jamaica will …")."""
    found = match_modern_dateline(f"{first.rstrip()} {second.lstrip()}")
    return found is not None and len(found.text) > len(first.rstrip())


def match_byline_lead(text: str) -> LeadMatch | None:
    """A byline opening a paragraph, such as "本报讯（记者张伟）"."""
    return _match_lead(_BYLINE_LEAD, text) if may_open_wire(text) else None


_BYLINE_LINE_MEMO: Final = LINE_MEMOS.new()


#: A modern daily's desk credit set alone where a byline stands: an Indian agency's letters
#: ("PTI", "IANS") or a wire's name (agency_tag), or a correspondent named by role only
#: ("Special Correspondent", "Our Correspondent", "Staff Reporter").
_AGENCIES: Final = (
    "PTI",
    "IANS",
    "ANI",
    "UNI",
    "AFP",
    "Reuters",
    "Agencies",
    "AGENCIES",
    "XINHUA",
    "Xinhua",
)
#: The wires' names a foot credit sets in capitals with no dash ("REUTERS, AFP"; _AGENCY_TAG).
_CAPITALS_WIRES: Final = ("REUTERS", "BLOOMBERG", "BERNAMA", "KYODO", "YONHAP", "ANTARA")
_AGENCY_TAG: Final = re.compile(
    # (a dash before the name, as a foot credit is set: "— Reuters", "—AFP"; branch fresh42)
    r"^(?:[—–\-]\s?)?(?:" + "|".join(_AGENCIES) + r")$"
    # (after a dash, any agency's initials or one of the wires of Asia and Europe, as a foot
    # credit names a national agency: "— WAM", "— APP", "— NAN", "—BSS", "— Xinhua", "— Bernama";
    # branch en44 and the lead's round 44)
    r"|^[—–]\s?(?:[A-Z]{2,5}|Xinhua|Bernama|Kyodo|Yonhap|Anadolu|Bloomberg|dpa)$"
    # (or the wires in capitals with no dash, alone or two to four parted by commas, as a
    # Singapore daily closes wire copy on its own line: "REUTERS, AFP", "BLOOMBERG"; a wire of
    # two or three letters only in such a list; branch en45)
    r"|^(?:" + "|".join(_CAPITALS_WIRES) + r")$"
    r"|^(?:AP|AFP|"
    + "|".join(_CAPITALS_WIRES)
    + r")(?:,\s(?:AP|AFP|DPA|"
    + "|".join(_CAPITALS_WIRES)
    + r")){1,3}$"
)
#: A writer's name alone in brackets, two or three characters or two set apart by a space
#: ("（王 蕾）", "（李晨）"): not a serial's part or end ("（上）", "（待续）", "（二）").
_BRACKETED_WRITER: Final = (
    # (no source, note or part word opens it: "（据统计）", "（资料图）", "（本报）", "（完）")
    r"(?!待续|未完|续完|全文完)(?![" + _CN_NUM + r"]+[）)])"
    r"(?![据详见图注附资转节有全原摄本记综续略])"
    r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2}"
)
#: An agency's name in brackets run into a story's last line after its closing stop, as an
#: e-paper credits a brief's wire copy ("… the health ministry said. (AFP)"): its byline
#: (trailing_signature).
_TRAILING_AGENCY: Final = re.compile(
    r"[.!?][\"'”’]?\s+(?P<signature>\((?:" + "|".join(_AGENCIES) + r")\))$"
)
#: A Chinese agency's name in brackets after a story's last stop, as a Hong Kong or Taiwan
#: daily credits wire copy ("… 會否加息。（路透社）", "…（法新社）", "…（中通社）"): its byline;
#: also with the mainland's 据 ("according to") and 电 ("wire") around it, as a paper credits
#: copy it took from the agency ("…（据新华社电）", "…（新华社电）"; branch zh46).
_TRAILING_CJK_AGENCY: Final = _zh(
    r"[。！？][」”』]?\s*(?P<signature>[（(](?:据?[\u4e00-\u9fff]{1,4}社电?"
    # (or the correspondent or reporter who sent a brief, as a mainland or Taiwanese paper
    # closes each item of its box of briefs: "…1100余处。（通讯员 赵 军）", "…創歷史新高。
    # （記者李佩珊）"; branch zh47)
    r"|(?:本报)?(?:通讯员|记者|实习生)\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2}"
    # (or the writer's name alone, as a farmers' or county paper closes each brief: "…建成投
    # 用。（王 蕾）"; or the desk's round-up, as a Hong Kong sheet closes a story compiled from
    # several sources: "…（綜合報道）"; branch zh48)
    r"|" + _BRACKETED_WRITER + r"|综合(?:报道|外电)?)[）)])$"
)
#: How far from a line's end _TRAILING_CJK_AGENCY's stop may stand ("。（通讯员 赵 军）").
TRAILING_CJK_AGENCY_REACH: Final = 16
#: A Chinese agency's name in brackets alone on its line, as a Malaysian or Hong Kong daily
#: credits wire copy on the line under its last paragraph ("（法新社）", "（马新社）",
#: "（路透社）"): an agency's tag (is_agency_tag), never a head.
_CJK_AGENCY_ALONE: Final = _zh(r"^[（(]据?[\u4e00-\u9fff]{1,4}社电?[）)]$")
#: The most characters of an agency's tag (is_agency_tag): "Agencies" with a dash and a space.
AGENCY_TAG_CHARS: Final = 10
#: The most characters of a list of wires in capitals ("AFP, REUTERS, BLOOMBERG, KYODO").
AGENCY_LIST_CHARS: Final = 34
_DESK_BYLINE: Final = re.compile(
    r"^(?:Our\s+)?(?:(?:Special|Staff|Legal|Political|Diplomatic|Chief|Senior|Principal)\s+)?"
    r"(?:Correspondent|Reporter)$"
    # (or a paper's own news service, or its initials before "Correspondent", as Indian
    # dailies credit their desks: "Herald News Service", "Express News Service", "HT
    # Correspondent"; the lead's round 45)
    r"|^[A-Z][a-z]+\s+News\s+Service$|^[A-Z]{2,4}\s+Correspondent$"
)
#: The last letters of every line _AGENCY_TAG or _DESK_BYLINE matches (their guard), but a
#: dash and an agency's initials ("— APP"), which open on the dash (_DASH_OPENINGS).
_DESK_ENDINGS: Final = (*_AGENCIES, *_CAPITALS_WIRES, "AP", "DPA", "ent", "ter", "ice")
#: The first marks of a foot credit of a dash and an agency's initials ("— APP", "—NAN").
_DASH_OPENINGS: Final = ("—", "–")


#: A foot credit run into a paragraph's last line after its closing stop, a dash spaced on both
#: sides and one or two words opening on capitals, or a photographer's credit ("Photo by" and a
#: name), as Pakistani and other South Asian dailies close a caption or a story ("… on Thursday
#: morning. — White Star", "… flash flood. — Photo by Rahim Baloch", "… the minister said. —
#: APP"; branch en44). A 1916 reprint's credit is set against its dash and wraps onto the next
#: line ("… answered Schoon. —New" / "York World.", "Americanism. — New York Evening" /
#: "Telegram."): neither closes its line.
_RUN_IN_DASH_CREDIT: Final = re.compile(
    r"(?<=[.!?])[\"'”’]?\s+(?P<credit>[—–]\s(?:[A-Z][\w'’&\-]*(?:\s[A-Z][\w'’&\-]*)?"
    r"|Photo\s+by\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}"
    # (or the picture's label and a colon before the photographer's name, as a Zimbabwean
    # daily credits a picture: "… yesterday. — Picture: Kudakwashe Hunda"; branch en47)
    r"|(?:Picture|Photo|Pic)s?:\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}))$"
)
#: How far from a line's end such a credit's stop may stand.
RUN_IN_DASH_CREDIT_REACH: Final = 48


def split_run_in_dash_credit(text: str) -> tuple[str, str] | None:
    """A paragraph's text and the foot credit a spaced dash sets after its closing stop ("…
    Thursday morning. — White Star": ("… Thursday morning.", "— White Star")), or None. Such
    a credit closes its item as surely as a stop: a line ending so closes (reflow.closes), and
    the next line may open a head."""
    if "—" not in text[-RUN_IN_DASH_CREDIT_REACH:] and "–" not in text[-RUN_IN_DASH_CREDIT_REACH:]:
        return None  # (most lines)
    match = _RUN_IN_DASH_CREDIT.search(text, max(0, len(text) - RUN_IN_DASH_CREDIT_REACH))
    if match is None:
        return None
    return text[: match.start()].rstrip(), match.group("credit")


def is_agency_tag(text: str) -> bool:
    """A line that is nothing but an agency's name as a modern daily credits its copy over or
    under a story: "PTI", "IANS", "Reuters", "Agencies", a dash perhaps before it as a foot
    credit is set ("— Reuters", "—AFP": branch fresh42; a dash and a name alone is no line of
    prose or head)."""
    stripped = text.strip()
    # (a list of wires in capitals is longer: "AFP, REUTERS, BLOOMBERG"; branch en45)
    reach = AGENCY_LIST_CHARS if ", " in stripped else AGENCY_TAG_CHARS
    return len(stripped) <= reach and (
        _AGENCY_TAG.match(stripped) is not None or _CJK_AGENCY_ALONE.match(stripped) is not None
    )


#: A commentary column's label alone on its line over the column's head, as a Chinese daily
#: sets its leader and its opinion columns: 社论, 社评, 短评, 快评, 时评, 评论, 言论, 观点, and a
#: paper's own name or a word before them ("江城快评", "本报社评", "星洲社论").
_COMMENTARY_LABEL: Final = _zh(
    r"^[\u4e00-\u9fff]{0,4}(?:社[论論]|社[评評]|短[评評]|快[评評]|时[评評]|[评評][论論]|言[论論]|"
    r"[观觀][点點]"
    # (or a commentator's article, as a party, legal or provincial paper labels it over its
    # head: 本报评论员文章, 新华社评论员文章; branch zh47)
    r"|(?:特约)?[评評][论論]员文章)$"
)


#: An e-mail address at a line's end, its domain perhaps cut (ends_inside_address).
_ADDRESS_AT_END: Final = re.compile(r"[A-Za-z0-9._%+\-]+@(?P<domain>[A-Za-z0-9.\-]*)$")
#: A whole domain: its name, a dot, and two letters or more.
_WHOLE_DOMAIN: Final = re.compile(r"^[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


def ends_inside_address(text: str) -> bool:
    """Whether a line ends inside an e-mail address, its domain cut short by the line's end
    ("有意者請將履歷電郵至hr@w" / "cweekly.ca", as PaddleOCR gives a line a narrow column broke;
    branch zh49): the line runs on into the next, so it is no head, and the piece under it is
    no foot folio's web address. An address closed by a stop or followed by text ended there.
    Cheap guard: an @ among the line's last characters."""
    tail = text.rstrip()[-48:]
    if "@" not in tail:
        return False
    match = _ADDRESS_AT_END.search(tail)
    return match is not None and _WHOLE_DOMAIN.match(match.group("domain")) is None


def is_commentary_label(text: str) -> bool:
    """A commentary column's label alone on a line (``社论``, ``江城快评``): the column's
    kicker. The head is set under it in display type, its width unrelated to the column's, so a
    title-like line straight under the label is the head however wide (reflow's find_titles)."""
    stripped = text.strip()
    return len(stripped) <= 8 and _COMMENTARY_LABEL.match(stripped) is not None


#: The formula a Chinese notice closes with, printed with no stop after it in the Republican
#: era: 諸希公鑒 / 敬希公鑒 (… 公鑒), 此啓, 謹啓, 謹白, 特此聲明, 特此佈告, 特此奉吿, 特此奉聞.
_NOTICE_CLOSE: Final = re.compile(
    r"(?:公[鑒鉴]|[此謹谨][啓启啟白]|特此(?:[聲声]明|[佈布]告|奉[告吿聞闻]))\s*$"
)
#: The last characters those formulas end on (a cheap test before the pattern).
_NOTICE_CLOSE_ENDS: Final = frozenset("鑒鉴啓启啟白明告吿聞闻")


#: A modern Chinese notice's closing formula alone on its line: "特此启事。", "特此声明",
#: "特此公告。" (is_notice_closing_line; branch zh49).
_NOTICE_CLOSING_LINE: Final = _zh(r"^特此(?:启事|[声聲]明|公告|通知|[说說]明|更正|致歉)[。！]?$")


def is_notice_closing_line(text: str) -> bool:
    """Whether a line is a modern Chinese notice's closing formula alone ("特此启事。" under a lost
    property's notice, "特此声明"): a paragraph of its own, as the notice prints it. Cheap
    guard: the line opens on 特此."""
    stripped = text.strip()
    return stripped.startswith("特此") and _NOTICE_CLOSING_LINE.match(stripped) is not None


def ends_on_notice_formula(text: str) -> bool:
    """Whether a line ends on the formula a Chinese notice closes with ("…特此奉吿諸希公鑒",
    "…用特鄭重啓事敬希公鑒", "…此啓"): the notice ends there, as a sentence ends at its stop,
    though the Republican-era press printed none after it (branch hz45)."""
    stripped = text.rstrip()
    return stripped[-1:] in _NOTICE_CLOSE_ENDS and _NOTICE_CLOSE.search(stripped) is not None


#: The mark a serial's installment closes on, in brackets after its last sentence: to be
#: continued (（未完）, （待續）, （未完待續）) or ended (（續完）, （全文完）, （完）).
_INSTALLMENT_CLOSE: Final = _zh(r"[（(](?:未完(?:待[续續])?|待[续續]|[续續]完|全文完|完)[）)]\s*$")


def ends_installment(text: str) -> bool:
    """Whether a line ends on the mark a serial's installment closes with ("…一定有要緊的事
    了。」（未完）", "（待續）", "（全文完）"): the day's installment ends there, and what stands
    under it (an ad's display lines, another item) is none of its text (branch hz47)."""
    last = text[-1:]
    if last not in "）) ":
        return False  # (most lines: asked of every line closes() is asked of)
    tail = text.rstrip()[-8:]
    if tail[-1:] not in "）)":
        return False
    # (each mark holds 完 or 續: an English line closing on a bracket is spared the pattern)
    return ("完" in tail or "續" in tail or "续" in tail) and (
        _INSTALLMENT_CLOSE.search(tail) is not None
    )


#: A literary column's label alone on its line over the work and its writer, as a Chinese
#: paper's supplement sets them: 小說 (and 長篇, 短篇, 連載 before it), 小品, 隨筆, 雜感, 雜文,
#: 散文, 詩 (新詩), 筆記, 遊記, 漫談, 特寫, 童話, 譯叢.
_LITERARY_LABEL: Final = re.compile(
    r"^(?:(?:[长長]篇|短篇|[连連][载載])?小[说說]|小品|[随隨][笔筆]|[杂雜][感文]|散文|新?[诗詩]|"
    r"[笔筆][记記]|[游遊][记記]|漫[谈談]|特[写寫]|童[话話]|[译譯][丛叢])$"
)


def is_literary_label(text: str) -> bool:
    """A literary column's label alone on a line (``小說``, ``小品``, ``隨筆``): the work's kicker
    when the work's title and its writer's name are set on the line under it
    (assemble._penned_title, branch hz45)."""
    stripped = text.strip()
    return len(stripped) <= 4 and _LITERARY_LABEL.match(stripped) is not None


def is_signed_column_label(text: str) -> bool:
    """A column's label a work and its writer's pen name may be set under: a literary
    column's (is_literary_label: "小說" / "妹妹我愛你　卓呆") or a commentary column's
    (is_commentary_label: "短評" / "防汛與民生　冷眼"; branch hz46). assemble._penned_title
    asks the commentary's title to be longer than the name (a modern head of two phrases,
    "穩經濟　保就業", names no writer)."""
    return is_literary_label(text) or is_commentary_label(text)


def ends_on_cjk_agency(text: str) -> bool:
    """A Chinese line whose last sentence is closed by its agency's name in brackets ("…上网登记。
    （马新社）"), or that name alone on the line under it ("（法新社）"): the wire copy ends
    there as surely as at a signature, so the paragraph, and the story, close on that line
    even when the column set the credit short of its end."""
    stripped = text.strip()
    return stripped.endswith(("）", ")")) and (
        _TRAILING_CJK_AGENCY.search(stripped, max(0, len(stripped) - TRAILING_CJK_AGENCY_REACH))
        is not None
        or _CJK_AGENCY_ALONE.match(stripped) is not None
    )


def is_desk_byline(text: str) -> bool:
    """A modern daily's byline that names no one: an agency's tag (is_agency_tag) or a
    correspondent by role ("Special Correspondent", "Staff Reporter")."""
    stripped = text.strip()
    if stripped.startswith(_DASH_OPENINGS):
        return is_agency_tag(stripped)  # a dash and an agency's initials ("— APP"; branch en44)
    return (
        len(stripped) <= 34
        and stripped.endswith(_DESK_ENDINGS)
        and (_AGENCY_TAG.match(stripped) is not None or _DESK_BYLINE.match(stripped) is not None)
    )


#: A correspondent named by role, from where the copy was filed, as a West African or Asian
#: daily sets a byline for its own stringers: "From Our Correspondent, Kaduna", "By Our
#: Reporter, Kano", "Our Correspondent, Nairobi", "From Our Own Correspondent". The role
#: (_DESK_BYLINE's) is the gate; the city is one to three words in title case.
_DESK_FROM_PLACE: Final = re.compile(
    r"^(?:(?:From|By)\s+)?Our\s+(?:Own\s+)?(?:(?:Special|Staff|Political|Diplomatic|Chief)\s+)?"
    r"(?:Correspondent|Reporter)s?(?:,\s+[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){0,2})?\.?$"
)


def is_desk_from_place(text: str) -> bool:
    """A byline naming our own correspondent by role and, after a comma, the city the copy
    came from ("From Our Correspondent, Kaduna", "Our Reporter, Kano"): a paper's own stringer
    is credited so over the story; no head or prose line is the role and a city alone."""
    stripped = text.strip()
    return (
        len(stripped) <= NAMED_BYLINE_MAX
        and "Our " in stripped
        and _DESK_FROM_PLACE.match(stripped) is not None
    )


#: A reporter's byline where the story was sent from, the name in capitals: "From DAVID
#: BRENNAN in Oslo" (a tabloid's away report).
_FROM_BYLINE: Final = re.compile(
    r"^From\s+[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){1,3}\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$"
)


#: The first line of a _FROM_BYLINE wrapped before its place: "From CHANDA MWALE" (the name in
#: capitals, the line ending on it).
_FROM_NAME_ALONE: Final = re.compile(r"^From\s+[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){1,3}$")


def from_byline_broken(first: str, second: str) -> bool:
    """A reporter's byline with the place he filed from (_FROM_BYLINE: "From CHANDA MWALE in
    Kasama") wrapped over two lines in a narrow column, the name in capitals on the first and
    the place on the second ("From CHANDA MWALE" / "in Kasama", as Zambian and other southern
    African dailies credit a provincial correspondent; branch en49). Gate: the first line
    opens on "From " and the second on "in " (formats.text's caller asks both first)."""
    head, tail = first.strip(), second.strip()
    return (
        _FROM_NAME_ALONE.match(head) is not None
        and _FROM_BYLINE.match(f"{head} {tail}") is not None
    )


#: A correspondent's byline where the story was sent from, the name in title case and the town
#: after a comma, as a Ghanaian or Nigerian daily sets a regional report: "From Kofi
#: Adu-Boateng, Kumasi", "From Musa Bello, Kano" (a name of two to four words, the town one
#: to three words in title case, no stop; a signer's office is no town; branch en45).
_FROM_TOWN_BYLINE: Final = re.compile(
    r"^From\s+" + _TITLE_NAME + r",\s+"
    r"(?!(?:" + _SIGNERS_OFFICES + r")\b)[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){0,2}$"
)
#: A byline under a label and a colon, as Ghanaian and other West African dailies name the
#: writer: "Story: Emmanuel Nii Lartey", "Report: Ama Owusu and Kojo Mensah" (one or two names
#: in title case, no stop; branch en45).
_LABEL_BYLINE: Final = re.compile(
    r"^(?:Story|Report|Words)\s*:\s*" + _TITLE_NAME + r"(?:\s+and\s+" + _TITLE_NAME + r")?$"
)
#: The labels _LABEL_BYLINE opens on (its cheap guard), and how far into the line its colon
#: stands ("Report :").
_LABEL_BYLINE_OPENINGS: Final = ("Story", "Report", "Words")
LABEL_BYLINE_COLON: Final = 8


def is_label_byline(text: str) -> bool:
    """A label's byline, as a Ghanaian daily names the writer: "Story: Emmanuel Nii Lartey"
    (_LABEL_BYLINE; branch en45)."""
    stripped = text.strip()
    return (
        stripped.startswith(_LABEL_BYLINE_OPENINGS)
        and ":" in stripped
        and _LABEL_BYLINE.match(stripped) is not None
    )


def is_from_town_byline(text: str) -> bool:
    """A correspondent's byline with the town he filed from, as a Ghanaian daily sets a
    regional report: "From Kofi Adu-Boateng, Kumasi" (_FROM_TOWN_BYLINE; branch en45). A 1916
    dispatch reads so ("From New York, Rhode" / "Island …"), so only a modern head stack's
    opening asks it (is_personal_byline, under _opens_modern_story's guard)."""
    stripped = text.strip()
    return (
        stripped.startswith("From ")
        and ", " in stripped
        and _FROM_TOWN_BYLINE.match(stripped) is not None
    )


#: A journalist's office, the last word of a byline that names no "By" (is_named_byline).
_JOURNALIST_OFFICES: Final = ("Writer", "Reporter", "Editor", "Correspondent", "Columnist")
_JOURNALIST_ENDINGS: Final = (
    *_JOURNALIST_OFFICES,
    *(office.upper() for office in _JOURNALIST_OFFICES),
)
#: The words a newsroom office may hold before its noun ("Senior Writer", "Crime Reporter",
#: "Chief Political Correspondent"): a deck's "Says Editor" names none.
_NEWSROOM_WORDS: Final = (
    "Senior|Staff|Chief|Political|Health|Crime|Courts|Court|Education|Business|Sports|Sport|"
    "City|Science|Special|Contributing|Associate|Managing|Metro|Assistant|Deputy|"
    "Investigative|Local|State|Foreign|Legal|Environment|Environmental|Transport|Consumer|"
    "Property|Money|Entertainment|Showbiz|Arts|Music|Film|Travel|Motoring|Technology|Tech|"
    "Medical|Social|Affairs|Industrial|Economics|Finance|Diplomatic|Defence|Defense|Security|"
    "Regional|Rural|Agriculture|Religion|Features|Opinion|News|Digital|Data|Weather|National|"
    "Washington|Statehouse|Capitol|Investigations|Bureau|Editorial|Copy|Picture|Photo|Night"
)
#: A reporter named with no "By", a journalist's office after a comma, as a US regional daily
#: sets it: "NICOLE BRENNAN, Senior Writer", "Ava Lindqvist, Staff Writer". The name is two or
#: three capitalised words (an initial between), the office at most two newsroom words before
#: its noun (_NEWSROOM_WORDS), all in title case or all in capitals.
#: A journalist's office in title case ("Senior Writer") and in capitals ("CRIME REPORTER"):
#: at most two newsroom words before its noun.
_OFFICE: Final = (
    r"(?:(?:" + _NEWSROOM_WORDS + r")\s+){0,2}(?:" + "|".join(_JOURNALIST_OFFICES) + r")"
)
_CAPITALS_OFFICE_WORDS: Final = (
    r"(?:(?:"
    + _NEWSROOM_WORDS.upper()
    + r")\s+){0,2}(?:"
    + "|".join(o.upper() for o in _JOURNALIST_OFFICES)
    + r")"
)
_NAMED_BYLINE: Final = re.compile(
    r"^[A-Z][A-Za-z'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’\-]+){1,2},\s+"
    r"(?:"
    + _OFFICE
    + "|"
    + _CAPITALS_OFFICE_WORDS
    # (or the town the reporter covers before the office, as a Zimbabwean daily sets it:
    # "Leonard Moyo, Victoria Falls Reporter": a reporter's or a correspondent's, never an
    # editor's, and no verb of saying for the town, as a 1916 deck's "Double Harness, Says
    # Editor"; branch en47)
    + r"|(?!(?:Says|Say|Tells|Told|Asks|Warns|Claims|Declares|Writes)\b)(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:Reporter|Correspondent))$"
)
#: The longest line a byline that names no "By" may be (_NAMED_BYLINE).
NAMED_BYLINE_MAX: Final = 48


def is_named_byline(text: str) -> bool:
    """A reporter's byline with no "By": a name, a comma and a journalist's office ("NICOLE
    BRENNAN, Senior Writer", "Ava Lindqvist, Staff Writer"). The office is the gate: a 1916
    card's signer names his own ("W. W. FRY, President"), never a newsroom's."""
    stripped = text.strip()
    return (
        len(stripped) <= NAMED_BYLINE_MAX
        and stripped.endswith(_JOURNALIST_ENDINGS)
        and ", " in stripped
        and _NAMED_BYLINE.match(stripped) is not None
    )


#: A reporter's name alone on its line in capitals over a line naming a journalist's office in
#: capitals, as an Australian or British tabloid sets a byline with no "By" ("ELLIE DUNN" /
#: "CRIME REPORTER", "JOANNA PIERCE" / "STAFF WRITER"): two or three words of letters, no
#: small word of a head among them (see name_over_office).
_CAPITALS_NAME: Final = re.compile(r"^[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){1,2}$")
_CAPITALS_OFFICE: Final = re.compile(r"^" + _CAPITALS_OFFICE_WORDS + r"$")
#: Words a head in capitals holds that no name does ("MAN NAMED CITY EDITOR" is a head).
_HEAD_WORDS: Final = frozenset(
    "THE A AN OF TO IN ON AT BY FOR AND OR AS IS WAS ARE NEW NAMED MADE CHOSEN ELECTED "
    "APPOINTED QUITS RESIGNS DIES MAN WOMAN".split()
)


def is_capitals_name(text: str) -> bool:
    """A reporter's name alone in capitals ("ELLIE DUNN", "TOM BRADSHAW"): two or three words
    of capital letters, none a head's small word or verb (_HEAD_WORDS)."""
    stripped = text.strip()
    return (
        len(stripped) <= NAMED_BYLINE_MAX
        and _CAPITALS_NAME.match(stripped) is not None
        and not any(word in _HEAD_WORDS for word in stripped.split())
    )


#: The fewest and most letters of a city's name alone in capitals (is_capitals_city).
CAPITALS_CITY_LETTERS: Final = (4, 16)
#: A page's section labels and kickers, one word in capitals, which no dateline's city is
#: ("SPORT" over a skybox puff, "HOUSING" over a head): the sections' names (SECTION_NAMES) and
#: the kickers' words.
_SECTION_WORDS: Final = frozenset(name.upper() for name in SECTION_NAMES) | frozenset(
    "NATIONAL OPINION WEATHER EDUCATION TECH COMMENT EDITORIAL LETTERS FEATURE CULTURE FINANCE "
    "REGIONAL INSIDE NEWS POLITICS HOUSING CRIME COURTS COURT ENVIRONMENT FASHION STYLE "
    "ANALYSIS EXCLUSIVE BREAKING UPDATE ECONOMY MARKETS TRANSPORT WEEKEND SUNDAY SATURDAY "
    "MAGAZINE PEOPLE COMMUNITY DIGITAL OUTLOOK INTERVIEW INVESTIGATION SPECIAL REPORT ELECTION "
    "ELECTIONS POLICE SAFETY ENERGY TOURISM".split()
)


def is_section_kicker(text: str) -> bool:
    """A section's label or kicker alone on its line in capitals, one word of _SECTION_WORDS
    ("BUSINESS", "SPORT", "COURTS"): over a modern head stack, it is the stack's kicker
    (reflow._tabloid_stack, branch en47)."""
    return text.strip() in _SECTION_WORDS


def is_capitals_city(text: str) -> bool:
    """A dateline that is a city's name alone in capitals, one word of letters ("BEIJING",
    "SHENZHEN", "TAIPEI"), as a Hong Kong or Singapore daily sets it on a line of its own under
    the head. Alone it is no evidence (a label or a 1916 head reads the same): reflow asks it
    only straight under a modern head over the story's first line (_city_alone_over_prose_at),
    assemble only of the line reflow found there."""
    stripped = text.strip()
    least, most = CAPITALS_CITY_LETTERS
    return (
        least <= len(stripped) <= most
        and stripped.isalpha()
        and stripped.isupper()
        and stripped not in _HEAD_WORDS
        and stripped not in _SECTION_WORDS
    )


def is_capitals_office(text: str) -> bool:
    """A journalist's office alone in capitals, under a reporter's name: "CRIME REPORTER",
    "STAFF WRITER", "CHIEF POLITICAL CORRESPONDENT"."""
    stripped = text.strip()
    return (
        stripped.endswith(_JOURNALIST_ENDINGS)
        and len(stripped) <= NAMED_BYLINE_MAX
        and _CAPITALS_OFFICE.match(stripped) is not None
    )


#: A journalist's office in title case under the name alone: one or two capitalised words (a
#: rank, the paper's name) before the office's noun ("Senior Gleaner Writer", "Staff
#: Reporter", "Observer Correspondent").
_TITLE_CASE_OFFICE: Final = re.compile(
    # (or "Corr." short for the correspondent, the town and its office before it, as a Sri
    # Lankan daily sets it under the name: "Matara Group Corr."; branch en46)
    r"^(?:[A-Z][a-z]+\s+){0,2}(?:" + "|".join(_JOURNALIST_OFFICES) + r"|Corr\.)$"
    # (or in sentence case, as a British or Channel Islands paper sets it: "Political
    # reporter", "Chief health correspondent"; the lead's round 46)
    r"|^[A-Z][a-z]+(?:\s+[a-z]+){0,1}\s+(?:"
    + "|".join(o.lower() for o in _JOURNALIST_OFFICES)
    + r")$"
    # (or the town's bureau the reporter files from, as a Zimbabwean daily sets it under the
    # name: "Nokuthula Sibanda" / "Bulawayo Bureau"; a 1916 page's "Weather Bureau" is none;
    # branch en47)
    r"|^(?!Weather\b)(?:[A-Z][a-z]+\s+){1,2}Bureau$"
)


def name_over_office(name: str, office: str) -> bool:
    """A byline with no "By" set over two lines, a reporter's name in capitals over the
    journalist's office in capitals ("ELLIE DUNN" / "CRIME REPORTER"). Asked by reflow only on
    a page modern_page found modern (the gate), and by assemble only of a unit that is the
    name alone."""
    return (
        (is_capitals_office(office) and is_capitals_name(name))
        # (or both in title case, the paper's name perhaps inside the office, as a Caribbean
        # daily sets it: "Kimone Grant" / "Senior Gleaner Writer", the lead's round 44)
        or (is_title_case_office(office) and is_title_case_name(name))
        # (or the name in capitals over the office in title case, as a Trinidad daily sets
        # it: "ANSEL JOHN" / "Senior Reporter"; branch en47)
        or (is_title_case_office(office) and is_capitals_name(name))
        # (or the reporter's e-mail address alone under the name, as a Hong Kong daily sets
        # it: "Kelly Ng" / "kelly.ng@harbourpost.com.hk", the lead's round 45; no head's line
        # is an address)
        or (is_email_line(office) and (is_title_case_name(name) or is_capitals_name(name)))
    )


def is_title_case_office(text: str) -> bool:
    """A journalist's office alone in title case (_TITLE_CASE_OFFICE: "Senior Gleaner Writer",
    "Staff Reporter"): under a name alone, the byline's second line."""
    stripped = text.strip()
    return len(stripped) <= NAMED_BYLINE_MAX and _TITLE_CASE_OFFICE.match(stripped) is not None


#: A journalist's office alone on its line in title case: "Senior Reporter", "Staff Writer",
#: "Chief Political Correspondent" (at most two newsroom words before its noun).
_TITLE_OFFICE: Final = re.compile(r"^" + _OFFICE + r"$")


def office_under_by_line(byline: str, office: str) -> bool:
    """A byline set over two lines, "By" and the reporter's name over the journalist's office
    in title case or in capitals ("By MARIA SANTOS" / "Senior Reporter", "By Tom Hale" /
    "STAFF WRITER"), as a Philippine or Asian daily sets it: the office is part of the byline,
    never a paper's name ("… Reporter") in the masthead, however near the page's top. The
    "By" line above is the gate: a paper's name stands under no byline."""
    stripped = office.strip()
    return (
        stripped.endswith(_JOURNALIST_ENDINGS)
        and len(stripped) <= NAMED_BYLINE_MAX
        and (_TITLE_OFFICE.match(stripped) is not None or is_capitals_office(stripped))
        and (
            (byline.lstrip().startswith(("By ", "BY ")) and is_byline_line(byline))
            # (or a small "by": "by Fiona MacLeod" / "Chief Reporter", the lead's round 45)
            or is_small_by_byline(byline)
        )
    )


#: A name in title case, two or three words ("Anna Weiss", "Tom O'Hara", "Jean-Luc Morel").
_TITLE_CASE_NAME_WORDS: Final = (
    r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?: [A-Z][a-z]*(?:[-'’][A-Z]?[a-z]+)?){1,2}"
)
_TITLE_CASE_NAME: Final = re.compile(r"^" + _TITLE_CASE_NAME_WORDS + r"$")
#: Two reporters' names in title case joined by "and" ("Oscar Lai and Wendy Fung").
_TITLE_CASE_NAME_PAIR: Final = re.compile(
    r"^" + _TITLE_CASE_NAME_WORDS + r" and " + _TITLE_CASE_NAME_WORDS + r"$"
)


def is_name_pair(text: str) -> bool:
    """Two reporters' names alone on a line in title case, joined by "and" ("Oscar Lai and
    Wendy Fung"), no word of either a head's (_HEAD_WORDS). Alone it is no evidence (a
    title-case head reads "Smith and Jones Win"): reflow asks it only straight under a modern
    head over the story's first line on a modern page (_name_alone_over_prose_at)."""
    stripped = text.strip()
    return (
        " and " in stripped
        and _TITLE_CASE_NAME_PAIR.match(stripped) is not None
        and not any(word.upper() in _HEAD_WORDS for word in stripped.split() if word != "and")
    )


#: A city alone on its line, one or two words in title case ("Berlin", "New Delhi"); or the
#: news organisation the writer works for, as a Canadian or American daily sets it under the
#: name (branch tab41): a paper's or wire's name after "The" ("The Canadian Press", "The
#: Record") or a wire's ending in "Press" ("Associated Press").
_CITY_ALONE: Final = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$|^The(?: [A-Z][a-z]+){1,2}$|^[A-Z][a-z]+ Press$"
)


def is_place_alone(text: str) -> bool:
    """A city or news organisation alone on its line (_CITY_ALONE: "Berlin", "New Delhi", "The
    Canadian Press"): the place under a correspondent's name (name_over_place). reflow's
    modern_page asks it of every line as a guard (a line under a name may open a modern story),
    so its first tests are the cheap ones."""
    return (
        len(text) <= PLACE_ALONE_CHARS
        and text[:1].isupper()
        and _CITY_ALONE.match(text) is not None
    )


#: The longest line _CITY_ALONE can match, roughly: "The " and two long words.
PLACE_ALONE_CHARS: Final = 40


def is_title_case_name(text: str) -> bool:
    """A person's name alone on its line in title case, two or three words ("Khalid
    Mahmood"), no word a head holds. Alone it is no evidence (a title-case head reads the
    same): callers ask it only where a byline stands, between a modern head and a dateline
    (reflow._name_over_colon_dateline_at)."""
    stripped = text.strip()
    return _TITLE_CASE_NAME.match(stripped) is not None and not any(
        word.upper() in _HEAD_WORDS for word in stripped.split()
    )


#: A desk's byline naming the paper's own report, as a Bangladeshi daily credits a story its
#: staff wrote together: "Star Report", "Tribune Report", "Ledger Business Report" (the
#: paper's short name, perhaps a section's word, then "Report"; branch en46). A report's kind
#: before it is a kicker or a head's, no desk ("Special Report", "Annual Report").
_DESK_REPORT: Final = re.compile(
    r"^(?!(?:The|A|An|Our|This|Special|Annual|Weather|Final|Full|Progress|Market|Police|Budget|"
    r"Status)\b)"
    r"[A-Z][a-z]+(?:\s+(?:Business|Sports?|Online|City|Metro|Diplomatic|Desk|Staff))?\s+Report$"
)
#: A wire's credit with the city it filed from, as a South Asian daily sets it over a story in
#: place of a dateline: "AFP, Yangon", "Reuters, London", "BSS, Dhaka", "UNB, Chattogram"
#: (an agency's letters or a wire's name, a comma, a city of one or two words; branch en46).
_WIRE_FROM_CITY: Final = re.compile(
    r"^(?:[A-Z]{2,5}|Reuters|Xinhua|Bernama|Kyodo|Yonhap|Agencies)(?:\s*/\s*[A-Z]{2,5})?"
    r",\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$"
)


def is_byline_alone(text: str) -> bool:
    """A byline with no "By" and no office, alone on its line: a reporter's name in capitals
    (is_capitals_name), two names joined by "and" (is_name_pair), a desk's report ("Ledger
    Report", _DESK_REPORT) or a wire and its city ("AFP, Yangon", _WIRE_FROM_CITY; branch
    en46). Alone it is no evidence (a head's wrapped line reads the same): reflow asks it only
    straight under a modern head over the story's first line on a modern page
    (_name_alone_over_prose_at), assemble only of the unit reflow set apart there. A name alone
    in title case is asked there too, under a stricter head (reflow.byline_alone_at)."""
    stripped = text.strip()
    if len(stripped) > NAMED_BYLINE_MAX:
        return False
    if stripped.endswith("Report"):
        return _DESK_REPORT.match(stripped) is not None
    if ", " in stripped and _WIRE_FROM_CITY.match(stripped) is not None:
        return True
    return is_capitals_name(stripped) or is_name_pair(stripped)


def may_be_byline_alone(text: str) -> bool:
    """A line that may be a byline alone with no "By", as a Bangladeshi daily sets it (a desk's
    report, a wire and its city: is_byline_alone's; branch en46): reflow's modern_page asks it
    of every line as a guard, since such a byline under a modern head opens a modern story
    (reflow._name_alone_over_prose_at), so its first tests are the cheap ones."""
    if len(text) > NAMED_BYLINE_MAX or not text[:1].isupper() or " " not in text:
        return False  # (most lines)
    if text.endswith("Report"):
        return _DESK_REPORT.match(text.strip()) is not None
    # (a name alone, in capitals or title case, is asked only where a modern page was found
    # by other evidence: as a guard here it finds 1916 pages modern, a crosshead or a line of
    # prose under a title-case line; the unseen check)
    return ", " in text and _WIRE_FROM_CITY.match(text.strip()) is not None


def name_over_place(name: str, place: str) -> bool:
    """A foreign correspondent's byline with no "By" set over two lines, the name in title case
    over the city it was filed from ("Anna Weiss" / "Berlin", "Tom Hale" / "New Delhi"). Alone
    it is no evidence (a title-case head wrapped over two lines reads the same, "Bridge Closed"
    / "Tonight"): reflow asks it only straight under a sentence-case head over the story's first
    line on a modern page (reflow._name_over_place_at, the gate), assemble only of the units
    reflow set apart there."""
    return (
        _TITLE_CASE_NAME.match(name.strip()) is not None
        and _CITY_ALONE.match(place.strip()) is not None
        and not any(word.upper() in _HEAD_WORDS for word in name.split())
    )


def may_open_modern_story(text: str) -> bool:
    """False when no modern story opens on ``text`` (reflow's _opens_modern_story): neither a
    reporter's byline (it opens on "By ", or "BY " all in capitals), nor a desk's
    (is_desk_byline's guard), nor a modern dateline (may_open_modern_dateline) or a colon one
    (may_open_colon_dateline). The four
    guards are written out in one body: modern_page asks it of every line of a page, and a
    call a guard cost more than the guards (tests/parse/test_speed27_guards.py checks it
    answers as the four do)."""
    if text.startswith(("By ", "BY ", "by ")):
        return True  # (a small "by" too: a British weekly's "by Callum Reid", is_small_by_byline)
    if text.startswith(_LABEL_BYLINE_OPENINGS) and ":" in text[:LABEL_BYLINE_COLON]:
        return True  # (a label's byline, "Story: Emmanuel Nii Lartey": _LABEL_BYLINE's guard)
    if text.startswith("From ") and ", " in text:
        return True  # (a correspondent's town: "From Kofi Adu-Boateng, Kumasi"; branch en45)
    if text.startswith("Our ") and ", " in text:
        return True  # (our own correspondent's town: "Our Correspondent, Rajshahi"; en46)
    head = text[:MODERN_DATELINE_REACH]
    if _modern_dash(head):
        return True
    if text[:2].isupper() and (
        ": " in text[:MODERN_COLON_REACH]
        or (text.endswith("):") and len(text) <= MODERN_COLON_REACH)
    ):
        return True
    stripped = text.strip()
    if len(stripped) <= NAMED_BYLINE_MAX and stripped.endswith(_JOURNALIST_ENDINGS):
        return True  # (is_named_byline's guard)
    return len(stripped) <= 34 and stripped.endswith(_DESK_ENDINGS)


#: A reporter's name and social-media handle, as Philippine and Singapore dailies set a byline
#: with no "By" ("Ana Dizon @anadizonMMC", "TAN HUI MIN @huimintan"): two to four words of the
#: name in title case or capitals (a name's particle in small letters between: "Juan dela
#: Cruz"), then "@" and the handle's letters, figures or underscores closing the line.
_HANDLE_BYLINE: Final = re.compile(
    r"^(?:By\s+)?[A-Z][A-Za-z'’\-]+(?:\s+(?:[A-Z][A-Za-z'’\-.]*|de|del|dela|de la|da|di|van|von|"
    r"bin|binte|binti)){1,3}\s+@[A-Za-z][A-Za-z0-9_]{2,19}$"
)
#: The longest line a handle byline may be.
HANDLE_BYLINE_MAX: Final = 60


def is_handle_byline(text: str) -> bool:
    """A byline of a name and the writer's social-media handle ("Ana Dizon @anadizonMMC"): the
    handle closing the line is the gate (a 1916 page prints no "@" before a word; a price's "@"
    stands before figures, "10 bushels @ 95c")."""
    stripped = text.strip()
    return (
        "@" in stripped
        and len(stripped) <= HANDLE_BYLINE_MAX
        and _HANDLE_BYLINE.match(stripped) is not None
    )


def is_byline_line(text: str) -> bool:
    """A line that is nothing but a byline: "本报记者 陈静", "By JANE DOE", a wire credit, a
    desk's credit (is_desk_byline: "PTI", "Special Correspondent"), a reporter away ("From
    DAVID BRENNAN in Oslo")."""
    known: bool | None = _BYLINE_LINE_MEMO.get(text)
    if known is not None:
        return known
    stripped = text.strip()
    # (the desk pattern's last letters first: a method, not a call, for most lines)
    if (
        (stripped.endswith(_DESK_ENDINGS) and is_desk_byline(stripped))
        or (stripped.startswith(_DASH_OPENINGS) and is_agency_tag(stripped))
        or (stripped.startswith("From ") and _FROM_BYLINE.match(stripped) is not None)
        or is_label_byline(stripped)
        or is_desk_from_place(stripped)
        or is_named_byline(stripped)
        or is_handle_byline(stripped)
        # (a small "by" before a name in capitals, as a Fijian daily sets it: "by ASHNA KUMAR";
        # the agency guard below keeps a small "b" out; branch en48)
        or (stripped.startswith("by ") and is_capitals_byline(stripped))
    ):
        return remember(_BYLINE_LINE_MEMO, text, True)
    if len(stripped) > LEAD_REACH or not may_open_wire(stripped):
        return remember(_BYLINE_LINE_MEMO, text, False)
    byline = _BYLINE_LINE.match(stripped) is not None or _names_agency_only(stripped)
    return remember(_BYLINE_LINE_MEMO, text, byline)


#: A signature closing a story or letter: "D. H. Postlethweight.", "H. S. Correspondent.",
#: "—JOHN SMITH.", "W. J. BRYAN." (initials, then one name).
_SIGNATURE: Final = re.compile(
    r"^[—-]*\s*(?:[A-Z]\.\s*){1,3}\s*[A-Z][A-Za-z'’\-]+(?:,\s*[A-Z][A-Za-z.\s]{2,30})?\.$"
)


#: The posts a Chinese columnist names after his name when he signs at the end (_CJK_SIGNATURE).
_CJK_POSTS: Final = "教授|副教授|讲师|研究员|副研究员|博士|律师|会计师|评论员|专栏作家|主任|院长"
#: A reader's or writer's signature under a letter or a column: who they are, then a name or a
#: surname with a courtesy title ("讀者 陳先生", "市民 李小姐", "——网友 王磊").
_CJK_SIGNATURE: Final = _zh(
    r"^[—-]*\s*(?:读者|市民|居民|家长|网友|学生|作者)\s*"
    r"(?:[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐|太太)|[\u4e00-\u9fff·]{2,4})$"
    # (or the paper's commentator, as a provincial or legal paper signs its 评论员文章 on a line
    # of its own after the last paragraph: 本报评论员; branch zh47)
    r"|^(?:[■□●◆]\s*)?(?:本报|新华社|[\u4e00-\u9fff]{2,4}日报)(?:特约)?评论员(?:\s+"
    + _ZH_NAME
    + r")?$"
    # (or the commentator's name and his post, as a farmers' paper or a Hong Kong sheet signs
    # a column at its end: 周 平（作者系安康市委党校教授）, 梁家朗 嶺南大學公共政策系講師; or
    # who compiled a Q&A, in brackets: （本报记者 何 芳 整理）; branch zh48)
    + r"|^"
    + _ZH_NAME
    + r"\s*[（(]作者(?:系|为|是)[^（()）]{2,24}[）)]$"
    + r"|^"
    + _ZH_NAME
    + r"\s+[\u4e00-\u9fff]{2,16}(?:"
    + _CJK_POSTS
    + r")$"
    # (or the writer's name alone in brackets on the line under a brief's last, as a farmers'
    # paper closes an item its column broke there: "（李 晨）"; branch zh48)
    + r"|^[（(]"
    + _BRACKETED_WRITER
    + r"[）)]$"
    # (or the writer's name alone after a double circle, as a Taiwanese daily signs a short
    # commentary, 短評, at its foot: "◎王立德"; branch zh50)
    + r"|^◎\s*[\u4e00-\u9fff]{2,3}$"
    + r"|^[（(]\s*(?:(?:本报|新华社)?(?:记者|通讯员)\s*)?"
    + _ZH_NAME
    + r"(?:\s+"
    + _ZH_NAME
    + r")?\s*整理\s*[）)]$"
)


#: The mourners' line closing an obituary notice (讣告): "孝男 陈国强 孝女 陈美玲 泣告".
_MOURNERS_CLOSE: Final = ("泣告", "泣启", "泣啟", "哀告")


def closes_obituary_notice(text: str) -> bool:
    """A line of mourners' names closing a Chinese obituary notice on 泣告 (哀告, 泣启): part of
    the notice, never a head."""
    stripped = text.strip()
    return stripped.endswith(_MOURNERS_CLOSE) and display_width(stripped) <= 60


def is_signature(text: str) -> bool:
    """A line that is a signature at the foot of a story: initials and a name, ending in a stop;
    or, in Chinese, the writer's role and name ("讀者 陳先生")."""
    stripped = text.strip()
    if stripped.endswith("."):
        return _SIGNATURE.match(stripped) is not None
    # (The Chinese pattern needs a Chinese word: no ASCII line is asked.)
    return not stripped.isascii() and _CJK_SIGNATURE.match(stripped) is not None


#: A letter writer's signature on its own line, name and home town after a comma, no stop, as
#: a modern paper signs a letter to the editor ("Janet Morrow, Millbrook", "Ramon dela Cruz,
#: Quezon City"): two or three words of the name in title case (an initial or a name's particle
#: in small letters between), then one to three words of the place in title case.
_PLACE_SIGNATURE: Final = re.compile(
    r"^[A-Z][a-z'’\-]+(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.|"
    r"de|del|dela|de la|da|di|van|von|bin|binti)){1,2}"
    r",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$"
)
#: The longest such signature line.
PLACE_SIGNATURE_MAX: Final = 48


def is_place_signature(text: str) -> bool:
    """A letter's signature of a name and a place ("Janet Morrow, Millbrook"), no stop: read so
    only at the foot of a story whose text ends a sentence and with no text of its own under
    it (assemble._closing_place_signature; branch en43); alone it reads as a title-case head."""
    stripped = text.strip()
    return (
        len(stripped) <= PLACE_SIGNATURE_MAX
        and ", " in stripped
        and _PLACE_SIGNATURE.match(stripped) is not None
    )


#: A signature in capitals run into a paragraph's last line after its closing sentence ("… for a
#: free ticket. THOS. R. GREER."): one to three initials or a short name's abbreviation, then a
#: surname in capitals.
_TRAILING_SIGNATURE: Final = re.compile(
    r"[a-z]{2}[.!?][\"'”’]?\s+(?P<signature>(?:[A-Z][A-Za-z]{0,5}\.\s*){1,3}[A-Z][A-Z'’\-]{2,}\.)$"
)


def trailing_signature(text: str) -> str | None:
    """The signature closing a paragraph's text after its last sentence, as a weekly prints a
    note's writer on the last line (``… fora free ticket. THOS. R. GREER.``), or the paper an
    item was reprinted from, run into its last line or set on a line of its own that joined it
    (``… getting to white heat. Miami Herald, Feb. 12.``, ``… essential.—Denison`` /
    ``Bulletin.``: :func:`newspaper_credit_words` reads it), or None."""
    stripped = text.rstrip()
    if stripped.endswith(("）", ")")):
        # A Chinese agency's name in brackets after the last stop ("… 會否加息。（路透社）").
        cjk_agency = _TRAILING_CJK_AGENCY.search(
            stripped, max(0, len(stripped) - TRAILING_CJK_AGENCY_REACH)
        )
        if cjk_agency is not None:
            return cjk_agency.group("signature")
    if not stripped.endswith((".", ")")):
        return None
    if stripped[-2:-1].isupper():
        match = _TRAILING_SIGNATURE.search(stripped, max(0, len(stripped) - 60))
        if match:
            return match.group("signature")
    if stripped.endswith(")"):
        # An agency's name in brackets after the last stop ("… ministry said. (AFP)").
        agency = _TRAILING_AGENCY.search(stripped, max(0, len(stripped) - 16))
        if agency is not None:
            return agency.group("signature")
    return _trailing_newspaper_credit(stripped)


# --- reprint credits ------------------------------------------------------------------------
#: The words a newspaper's name ends on ("Stites Enterprise.", "Florida Times-Union.", "The
#: Florida Metropolis.", "Ralls County Record."): the last part of a name's last word is one.
NEWSPAPER_WORDS: Final = frozenset(
    "Herald Sun Times Tribune Press Journal Enterprise News Record Courier Democrat Gazette "
    "Post Star Metropolis Union Republican Register Leader Argus Telegram Telegraph Banner "
    "Chronicle Review Citizen Bulletin Dispatch Independent Ledger Standard Eagle Observer "
    "Examiner Sentinel Mail Express Globe Plaindealer Advocate Appeal Constitution Messenger "
    "Patriot Signal World Recorder Headlight Reporter Clarion Transcript Inquirer Monitor "
    "Picayune Commercial Pioneer Statesman Tidings Visitor Vindicator Intelligencer "
    "Republic Tribune-Democrat Journal-Gazette".split()
)
#: A long newspaper word OCR misread by one letter is still read ("Democrnt", "Tribunc"): at
#: least this many letters, and not a word's past or plural ("Reported", "Recorded",
#: "Visitors": a head's words one letter from a newspaper word).
NEWSPAPER_WORD_FUZZY: Final = 7
_NOT_FUZZY_ENDINGS: Final = ("ed", "s")
_FUZZY_NEWSPAPER_WORDS: Final = tuple(
    word for word in NEWSPAPER_WORDS if len(word) >= NEWSPAPER_WORD_FUZZY and "-" not in word
)
#: Words of a newspaper's name that name no place or person, so prove nothing alone ("Daily
#: News.", "Evening Sun.": a head's words may be these too).
_NEWSPAPER_NAME_WORDS: Final = frozenset(
    "the daily weekly semi-weekly tri-weekly evening morning sunday county city state free "
    "valley new north south east west old".split()
)
#: Small words a head sets in capitals ("Largest Navy In World.", "Gift For Herald."), and a
#: wire service's words ("By United Press.", "ISy United Press.": a wire credit): never in a
#: newspaper's name after its "The".
_HEAD_SMALL_WORDS: Final = frozenset(
    "a an and as at by for from in into is of on or our the to was were will with has have had "
    "his her its their my your no not all good big here there "
    "associated united international universal leased".split()
)
#: A newspaper's name as a reprint credit prints it: a dash or a bracket before it, "The", one
#: to four words of a place or a name (capitalised, or an abbreviation: "Mt.", "Ft."), the
#: newspaper word, perhaps a date after a comma, a stop, a closing bracket.
_NEWSPAPER_CREDIT: Final = re.compile(
    r"^[—–\-]{0,2}\s*(?P<open>[(\[])?\s*(?:The\s+)?"
    r"(?P<name>(?:(?:[A-Z][a-z]?\.|[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*)\s+){1,4}?)"
    r"(?P<paper>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?:,\s*" + _MONTHS + r"\s*\d{1,2})?\s*(?P<stop>\.)?\s*(?P<close>[)\]])?\.?$"
)
#: A reprint credit is short.
NEWSPAPER_CREDIT_CHARS: Final = 48


def _newspaper_word(word: str) -> bool:
    """Whether a word ends a newspaper's name: its last part after a hyphen is a newspaper
    word, or a long one with one letter misread ("Tribunc-Democrnt")."""
    if word in NEWSPAPER_WORDS:
        return True
    last = word.rsplit("-", 1)[-1]
    if last in NEWSPAPER_WORDS:
        return True
    if len(last) < NEWSPAPER_WORD_FUZZY or last.endswith(_NOT_FUZZY_ENDINGS):
        return False
    return any(
        abs(len(last) - len(paper)) <= 1 and edit_distance(last, paper, 1) <= 1
        for paper in _FUZZY_NEWSPAPER_WORDS
    )


def newspaper_credit_words(text: str) -> tuple[str, ...] | None:
    """The words naming a place or a person (in small letters) of a line that is nothing but a
    newspaper's name as a country weekly credits an item it reprints, at the item's foot or
    under its head ("—Stites Enterprise.", "(Mt. Olivet Tribunc-Democrnt.)", "Miami Herald,
    Feb. 12.", "The Florida Metropolis."), or None when the line is no such credit. A stop
    closes it (or a bracket around it); no name word is a small word a head sets in capitals
    ("Largest Navy In World.") or a possessive. The caller proves the name by a word the page
    never prints in small letters (a head's words are common words: "Breaks World Record.");
    the words returned are the ones that may prove it (not "Daily", "Evening", "County", nor
    an abbreviation). The gate that keeps it off modern pages: a modern paper credits a
    reprint with its agency or in a byline, never with a paper's name alone closing an item."""
    stripped = text.strip()
    if len(stripped) > NEWSPAPER_CREDIT_CHARS or not stripped.endswith((".", ")", "]")):
        return None
    match = _NEWSPAPER_CREDIT.match(stripped)
    if match is None or not _newspaper_word(match.group("paper")):
        return None
    if bool(match.group("open")) != bool(match.group("close")) or not (
        match.group("stop") or match.group("open")
    ):
        return None
    words = match.group("name").split()
    proofs: list[str] = []
    for word in words:
        lower = word.lower()
        if lower in _HEAD_SMALL_WORDS or lower.endswith(("'s", "’s")):
            return None
        if not word.endswith(".") and lower not in _NEWSPAPER_NAME_WORDS:
            proofs.append(lower)
    return tuple(proofs)


#: A sentence's end in a paragraph's last line, where a run-in reprint credit may follow it:
#: after a space, or a dash (``velt.- Chicago Daily News.``), or OCR's lost space before a name
#: (``to Mrs. Hayes.White Pine News.``).
_SENTENCE_BEFORE_CREDIT: Final = re.compile(
    r"[a-z]{2}[.!?][\"'”’)]?(?:\s+|(?=[—–\-])|(?=[A-Z][a-z]))"
)
#: A run-in reprint credit is looked for among a paragraph's last characters.
TRAILING_CREDIT_REACH: Final = 60


def _trailing_newspaper_credit(stripped: str) -> str | None:
    """A newspaper's credit (``newspaper_credit_words``) closing a paragraph after its last
    sentence (``… white heat. Miami Herald, Feb. 12.``), or None."""
    start = max(0, len(stripped) - TRAILING_CREDIT_REACH)
    for match in _SENTENCE_BEFORE_CREDIT.finditer(stripped, start):
        rest = stripped[match.end() :]
        if (rest[:1].isupper() or rest[:1] in "—–-([") and newspaper_credit_words(rest) is not None:
            return rest
    return None


#: A writer's office printed under a byline or a signature ("AGENT FOR GRANT PARISH",
#: "Secretary, Board Health,", "Staff Correspondent"): an office word among the first three.
_OFFICES = (
    r"(?:Agent|Correspondent|Secretary|Sec'y|Secy|Editor|President|"
    r"Manager|Superintendent|Chairman|Clerk|Director|Commissioner|Treasurer|Pastor|"
    r"Demonstrator|Staff\s+Writer|Reporter)\b"
)
_ROLE_LINE = re.compile(
    r"^(?:[A-Za-z.'’]+,?\s+){0,2}" + _OFFICES + r"[^.!?]{0,40}[.,]?$", re.IGNORECASE
)
#: A name and its office signing a card or a notice ("W. W. FRY, President", "H. N. LAWSON,
#: Agent"): up to four capitalised words or initials, a comma, the office and a short rest.
_NAMED_OFFICE: Final = re.compile(
    r"(?:[A-Z][A-Za-z.'’]*\s*){1,4},\s*" + _OFFICES + r"[^!?]{0,30}", re.IGNORECASE
)
#: Words an office line under a byline holds at most.
ROLE_MAX_WORDS = 8


def is_role_line(text: str) -> bool:
    """A line naming the office of the person signed above it: part of the byline."""
    stripped = text.strip()
    return (
        0 < len(stripped.split()) <= ROLE_MAX_WORDS
        and stripped[:1].isalpha()
        and stripped[:1].isupper()
        and _ROLE_LINE.match(stripped) is not None
    )


#: A reporter's e-mail address set alone under the byline ("aotieno@lakesidenation.co.ke",
#: "Email: j.doe@paper.com"), as East African and many modern dailies print it.
_EMAIL_LINE: Final = re.compile(
    r"^(?:E-?mail:?\s*)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$", re.IGNORECASE
)


def is_email_line(text: str) -> bool:
    """A line that is an e-mail address alone: under a byline, part of the byline."""
    stripped = text.strip()
    return "@" in stripped and _EMAIL_LINE.match(stripped) is not None


#: A copyright notice as a wire story prints it under its credit ("Copyright, 1920.",
#: "(Copyright, 1916, by the New York Evening Post.)"), after at most three stray marks and
#: one stray letter that OCR put before it; its year may be misread, but holds a figure.
_COPYRIGHT_LINE = re.compile(
    r"^[^A-Za-z0-9]{0,3}(?:[A-Za-z]\s)?[(\[]?\s*Copyright(?![A-Za-z])[,.:;\-]?\s*"
    r"[A-Za-z0-9]{0,4}[0-9][A-Za-z0-9]{0,4}\b",
    re.IGNORECASE,
)
#: A copyright line is short: a year and whom the rights belong to.
COPYRIGHT_MAX_CHARS = 80


def is_copyright_line(text: str) -> bool:
    """A line that is a copyright notice: under a wire credit, part of the byline."""
    stripped = text.strip()
    return len(stripped) <= COPYRIGHT_MAX_CHARS and _COPYRIGHT_LINE.match(stripped) is not None


_WIRE_WORD: Final = re.compile(_WIRE_WORDS)


def names_wire(text: str) -> bool:
    """Whether a line names a wire or an agency anywhere in it ("Special Correspondence",
    "United Press"), as the credit patterns read one."""
    return _WIRE_WORD.search(text) is not None


def is_wire_credit(text: str) -> bool:
    """A line that is nothing but an agency credit: "(Associated Press.)", "By United Press."."""
    stripped = text.strip()
    if len(stripped) > LEAD_REACH or not may_open_wire(stripped):
        return False
    return _names_agency_only(stripped)


def _names_agency_only(stripped: str) -> bool:
    """The patterns of ``is_wire_credit``, on a stripped line that passed its guards, then the
    edit-distance test of a credit OCR garbled past them (``names_service_garbled``)."""
    first = stripped[:1]
    ascii_first = first.isascii()
    for pattern, openings in _WIRE_CREDIT_OPENINGS:
        if openings is None:
            if GARBLED_AGENCY not in stripped:
                continue  # (the garbled "Aaaoclatad" ones: their agency after a space)
        elif ascii_first and first not in openings:
            continue  # (most lines, for most patterns: a first character none opens with)
        match = pattern.match(stripped)
        if match and not stripped[match.end() :].strip(" .,;:"):
            return True
    if stripped[:1] in "([" and newspaper_credit_words(stripped) is not None:
        # a paper's credit in brackets under a reprinted item's head ("(Mt. Olivet
        # Tribune-Democrat.)"): a credit that names no one (branch exchange31)
        return True
    return names_service_garbled(stripped) or names_special_garbled(stripped)


#: A paper's own correspondent's credit as OCR garbles its first two words ("Spedal Chble to
#: The Wwahingtce Henld.", "Spatial I>i?patcb to The Star."): a word opening on S, a second
#: word, "to The" (or "Tbe") and the paper's name of up to five words (branch histp50).
_SPECIAL_GARBLED: Final = re.compile(
    r"^(S\S{2,7})\s+(\S{3,10})\s+to\s+T[hb]e\s+\S+(?:\s+\S+){0,4}$"
)
#: The words a special credit's second word stands for ("Special Cable to The …").
_SPECIAL_KINDS: Final = ("dispatch", "cable", "telegram", "correspondence", "wire")
#: The line's guard: where the credit's "to The" may stand.
SPECIAL_GARBLED_MAX: Final = 48


def names_special_garbled(stripped: str) -> bool:
    """Whether a stripped line is "Special Cable to The Washington Herald." (or Dispatch,
    Telegram, Correspondence, Wire) with its first two words garbled: the first within three
    edits of "special" (and of more than half its letters), the second within two in five of
    one of _SPECIAL_KINDS (one more under a first word within one edit), then "to The" and a
    name (_SPECIAL_GARBLED). "Still Loyal to The
    Home of His" is a head. Only a short line opening on S and holding " to T" is read."""
    if stripped[:1] != "S" or len(stripped) > SPECIAL_GARBLED_MAX or " to T" not in stripped:
        return False
    match = _SPECIAL_GARBLED.match(stripped)
    if match is None:
        return False
    first, second = (service_letters(group) for group in match.groups())
    edits = edit_distance(first, "special", 4)
    if len(first) < 4 or edits > min(3, len(first) // 2):
        return False
    # (a second word garbled further under a first read nearly clean: "Special Labi? to The …")
    spare = 1 if edits <= 1 else 0
    for kind in _SPECIAL_KINDS:
        allowed = max(1, len(kind) * 2 // 5) + spare
        if edit_distance(second, kind, allowed) <= allowed:
            return True
    return False


#: Wire services' credits as their letters run, "By" and all, for the edit-distance test of a
#: credit OCR garbled past the patterns (branch ``credits16``).
_SERVICE_LETTERS: Final = (
    "associatedpress",
    "byassociatedpress",
    "unitedpress",
    "byunitedpress",
    "unitedpressservice",
    "internationalnewsservice",
    "byinternationalnewsservice",
    "unitedpressleasedwire",
    "associatedpressleasedwire",
)
#: A garbled credit is within one edit in SERVICE_EDIT_SHARE letters of its name ("Amoclated
#: Press": 3 in 15, "Internat ion:l N Servicer": 5 in 24, the bound 4 of credits16 widened to
#: 6 by branch exchange31); "UNITED PRESSING" (3 in 11) and "UNITED STATES PRESSED" (8) stay
#: heads.
SERVICE_EDIT_SHARE: Final = 4
#: Each name, its letter pairs in order (a garbled credit keeps most of them: each edit breaks
#: at most two) and its bound.
_SERVICES: Final = tuple(
    (name, tuple(name[i : i + 2] for i in range(len(name) - 1)), len(name) // SERVICE_EDIT_SHARE)
    for name in _SERVICE_LETTERS
)
#: The fewest and most letters a line within its bound of some name holds.
_SERVICE_LETTERS_MIN: Final = min(len(name) - bound for name, _, bound in _SERVICES)
_SERVICE_LETTERS_MAX: Final = max(len(name) + bound for name, _, bound in _SERVICES)
#: The longest line and the most words the test reads: a credit is short.
SERVICE_LINE_CHARS: Final = 40
SERVICE_LINE_WORDS: Final = 5
#: The bytes that are no ASCII letter (the test compares letters only), and capitals to small
#: letters: ``service_letters`` reads a text's letters in small from its UTF-8 bytes in one C
#: call (a byte of a wider character, or of a lone surrogate, is never an ASCII letter).
_NOT_LETTER_BYTES: Final = bytes(b for b in range(256) if b not in string.ascii_letters.encode())
_SMALL_LETTER_BYTES: Final = bytes.maketrans(
    string.ascii_uppercase.encode(), string.ascii_lowercase.encode()
)


def service_letters(text: str) -> str:
    """A text's ASCII letters alone, in small letters (what ``re.sub(r"[^A-Za-z]+", "", text)
    .lower()`` gives), read from its bytes: one translation, no regex."""
    raw = text.encode("utf-8", "surrogatepass")
    return raw.translate(_SMALL_LETTER_BYTES, _NOT_LETTER_BYTES).decode("ascii")


_SERVICE_MEMO: Final = LINE_MEMOS.new()


def names_service_garbled(text: str) -> bool:
    """Whether a short line is a wire service's credit OCR garbled past the credit patterns
    ("Amoclated Press", "(By Unlled Press)", "United Pre\" Service"): its ASCII letters alone,
    in small letters, are within one edit in ``SERVICE_EDIT_SHARE`` of a name in
    ``_SERVICE_LETTERS``. Cheap: a line far longer or shorter than a name, or keeping too few
    of its letter pairs for its bound, is never compared with it letter by letter."""
    if len(text) > SERVICE_LINE_CHARS:
        return False
    known: bool | None = _SERVICE_MEMO.get(text)
    if known is not None:
        return known
    letters = service_letters(text)
    size = len(letters)
    if (
        size < _SERVICE_LETTERS_MIN
        or size > _SERVICE_LETTERS_MAX
        or len(text.split()) > SERVICE_LINE_WORDS
    ):
        return remember(_SERVICE_MEMO, text, False)
    for name, pairs, bound in _SERVICES:
        if abs(size - len(name)) > bound:
            continue
        # (the name's letter pairs the line misses, counted in a plain loop: compiled, each
        # test is a direct substring search, where ``map`` over a bound ``__contains__`` made a
        # generic call of each pair; the count stops once past what the bound allows, where
        # the answer no longer depends on it)
        missed = 0
        most = 2 * bound
        for pair in pairs:
            if pair not in letters:
                missed += 1
                if missed > most:
                    break
        if missed <= most and edit_distance(letters, name, bound) <= bound:
            return remember(_SERVICE_MEMO, text, True)
    return remember(_SERVICE_MEMO, text, False)


def byline_names(byline: str) -> tuple[str, ...]:
    """The people named in a byline: "本报讯（记者张伟）" → ("张伟",)."""
    if is_wire_credit(byline):
        return ()
    names: list[str] = []
    for part in _BYLINE_ROLES.split(byline):
        part = part.strip(" .")
        if not part:
            continue
        # Chinese names are separated by spaces ("记者 张三 李四"); English ones contain them.
        names.extend(part.split() if cjk_ratio(part) >= 0.5 else [" ".join(part.split())])
    return tuple(names)


def split_closing_credit(text: str) -> tuple[str, str] | None:
    """A caption's text and the photo credit in brackets that closes it, when the credit
    follows the caption's words on their last line ("… Saturday. (Photo: JENNY PARK/Ledger)");
    None when the text does not end so, or is nothing but the credit."""
    if (
        not text.endswith((")", "）", "]", "摄", "攝", "影"))
        and ":" not in text[-48:]
        and "PHOTO" not in text[-48:]
    ):
        # (a bracket closes every credit but a tabloid's "… Picture: NAME", a Chinese caption's
        # "… 本报记者 吴 敏 摄" (branch zh48) and an East African daily's "… PHOTO/NAME" (en48))
        return None
    match = _CLOSING_CREDIT.search(text)
    if match is None or not text[: match.start()].strip():
        return None
    return text[: match.start()].rstrip(), match.group(0).strip()


def is_credit(text: str) -> bool:
    """A photo credit: "新华社记者 张端/摄", "Photo: Jane Doe"."""
    stripped = text.strip()
    if stripped.isascii():
        if not stripped or len(stripped) > 60:
            return False  # (as wide as long)
        # Every English credit pattern names a photo or picture (the others a Chinese word).
        lower = stripped.lower()
        if (
            "photo" not in lower
            and "pic" not in lower
            and "pix" not in lower
            and "image" not in lower
            and "/" not in stripped
            and "ourtesy" not in stripped
        ):
            return False
    elif display_width(stripped) > 60:
        return False
    return _credit_search(stripped)


_CONTINUATIONS: Final = LINE_MEMOS.new()


def match_continuation(text: str) -> tuple[ContinuationLink, str] | None:
    """A jump line at the end ("下转第二版") or start ("上接第一版") of a paragraph.

    Returns the link and the paragraph text without it.
    """
    if text in _CONTINUATIONS:
        known: tuple[ContinuationLink, str] | None = _CONTINUATIONS[text]
        return known
    stripped = text.strip()
    if not names_a_page(stripped):
        return remember(_CONTINUATIONS, text, None)
    for pattern, direction in _CONTINUATION_PATTERNS:
        match = pattern.search(stripped)
        if not match:
            continue
        marker = match.group(0).strip()
        rest = (stripped[: match.start()] + stripped[match.end() :]).strip()
        link = ContinuationLink(direction, parse_page_number(match.group(2)), marker)
        return remember(_CONTINUATIONS, text, (link, rest))
    return remember(_CONTINUATIONS, text, None)


#: A news digest's item: a sentence, then the page that tells it ("Gen. E. M. Weaver dies.
#: Page 3", "… in hospital. | Page 13"), as "Today's News in Paragraphs" boxes print them.
_DIGEST_POINTER: Final = re.compile(r"(?<=[.!?])\s*\|?\s*Page\s+(\d{1,3})\.?$")
#: "Page N" alone after a column rule OCR read as "|".
_DIGEST_ALONE: Final = re.compile(r"^\|\s*Page\s+\d{1,3}\.?$")


def ends_digest_item(text: str) -> bool:
    """A line ending a news digest's item: a sentence's stop, then "Page N" (or "Page N" alone,
    after a column rule OCR read as "|")."""
    stripped = text.strip()
    return "Page" in stripped and (
        _DIGEST_POINTER.search(stripped) is not None or _DIGEST_ALONE.match(stripped) is not None
    )


def match_teaser_pointer(title: str) -> tuple[ContinuationLink, str] | None:
    """A teaser's page pointer: "…（见第3版）", "… See Page 4" or a digest's "… dies. Page 3"."""
    if not names_a_page(title) and title[-1:] not in "页頁":
        # each pattern names 版, 页, "page" (in any case) or "P4" (names_a_page), or a
        # section's name before its page
        return match_section_pointer(title.rstrip())
    stripped = title.rstrip()
    if stripped[-1:].isdigit():  # (short_page_pointer's test, its match kept)
        match = _SHORT_POINTER_END.search(stripped)
        if match is not None and match.start() > 0:
            link = ContinuationLink("to", parse_page_number(match.group(1)), match.group(0).strip())
            return link, title[: match.start()].rstrip()
    section = match_section_pointer(stripped)
    if section is not None:
        return section
    for pattern in (_TEASER_POINTER, _ARROW_POINTER_ZH, _EN_TEASER_POINTER, _DIGEST_POINTER):
        match = pattern.search(title)
        if match and match.start() > 0:
            page = match.group(1)
            number = parse_page_number(page) if page is not None else None
            link = ContinuationLink("to", number, match.group(0).strip())
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
        return chinese_number(token)  # (the masthead's dates read Chinese numerals so too)
    return None


def lettered_page_number(token: str) -> int | None:
    """A page named by its figures after a section's letter, if any: "B2" → 2, "14" → 14."""
    return parse_page_number(token.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Whether a pattern can match only at the start: every alternative outside a group starts
    with ^."""
    text = pattern.pattern
    if pattern.flags & re.MULTILINE:
        return False
    depth, index, in_class = 0, 0, False
    if not text.startswith("^"):
        return False
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
        elif char == "|" and depth == 0 and not text.startswith("^", index + 1):
            return False
        index += 1
    return True


def _never(text: str) -> None:
    return None


def search_any(patterns: list[re.Pattern[str]]) -> Callable[[str], bool]:
    """A test equal to ``any(p.search(text) for p in patterns)``, in fewer scans: the patterns
    anchored at the start are tried together, once, at the start only. (The others are searched
    one by one: a pattern that starts with a fixed character skips to it at C speed, which it
    no longer does joined with others.)"""
    starts = [p for p in patterns if _anchored(p)]
    at_start = either(starts).match if starts else _never
    anywhere = tuple(p.search for p in patterns if not _anchored(p))

    def test(text: str) -> bool:
        if at_start(text) is not None:
            return True
        for search in anywhere:  # noqa: SIM110 - a loop costs less than any() over a generator
            if search(text) is not None:
                return True
        return False

    return test


_PROSE_STOPS: Final = frozenset("，。；！？")
_furniture_search: Final = search_any(_FURNITURE_PATTERNS)
_credit_search: Final = search_any(_CREDIT_PATTERNS)


def is_furniture(
    text: str, newspaper: str | None = None, line_index: int = NAME_LINES, garbled: bool = True
) -> bool:
    """Page furniture: paper name, date line, page label, editor, issue number, weather, the
    masthead and running heads (see reader.parse.masthead) and a contents box's heading.

    ``line_index`` is the line's place among the page's lines: a paper's name alone counts as
    furniture only near the top. ``garbled=False`` leaves out a volume label or price line OCR
    garbled past the clean patterns (``masthead.is_garbled_issue_line``): weaker evidence,
    which never marks where the masthead ends.
    """
    stripped = text.strip()
    if is_masthead_line(stripped, line_index) or is_box_header(stripped):
        return True
    ascii = stripped.isascii()  # then as wide as long, and no Chinese full stop in it
    if not stripped or (len(stripped) if ascii else display_width(stripped)) > 90:
        return False
    if newspaper:
        compact, name = stripped.replace(" ", "").lower(), newspaper.replace(" ", "").lower()
        if compact == name or (compact.startswith(name) and _DATE_WORDS.search(stripped)):
            return True
    if not ascii and not _PROSE_STOPS.isdisjoint(stripped):
        return False
    if line_index < NAME_LINES and _SECTION_FOLIO.match(stripped):
        return True
    if stripped[:1] in "wW" and stripped[:4].lower() == "www." and _SITE_ALONE.match(stripped):
        return True  # (the paper's site alone on its line, its folio: _SITE_ALONE)
    if may_be_furniture(stripped) and _furniture_search(stripped):
        return True
    return garbled and is_garbled_issue_line(stripped)


#: A web address alone on its line, "www." before it, as a modern daily prints its site at
#: the page's foot or beside its nameplate ("www.dailycourier.co.zm", "WWW.NATION.CO.KE"):
#: page furniture wherever Tesseract reads it (branch en49). No 1916 page prints one.
_SITE_ALONE: Final = re.compile(r"^www\.[a-z0-9\-]+(?:\.[a-z0-9\-]+)+/?$", re.IGNORECASE)


#: A section page's folio near the top of a page: its letter and number, then the section's
#: name ("A4 生活", "B2 財經"). (Lower down such a line may be a kicker: "G20 峰会".)
_SECTION_FOLIO: Final = re.compile(r"^[A-Z]\d{1,2}\s+[\u4e00-\u9fff]{2,4}$")


_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CAPS_SECOND: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ .'-")


def may_be_furniture(text: str) -> bool:
    """False only when no pattern of _FURNITURE_PATTERNS can match ``text`` (a test checks it):
    an ASCII line (the Chinese patterns need a Chinese character, "CN" aside; a case-blind match
    is plain lower-casing) not opening with two capitals (or a capital and a space, stop,
    apostrophe or hyphen), not opening with "page" or "entered", and holding none of "cent",
    "vol" and "price" in any case. Most prose lines are ruled out so, before the patterns are
    tried."""
    if not text.isascii() or (text[:1] in _CAPITALS and text[1:2] in _CAPS_SECOND):
        return True
    lower = text.lower()
    return (
        lower.startswith(("page", "entered"))
        or "cent" in lower
        or "vol" in lower
        or "price" in lower
    )


_TITLE_STOPS: Final = frozenset("，。；、")
_DASHED_TITLE_STOPS: Final = frozenset("。；")


#: A line closing on a comma and a courtesy title with no stop, its name on the next line, as
#: British, Ghanaian and other Commonwealth prose writes an office before its holder ("The
#: Metropolitan Chief Executive, Mr" / "Yaw Boakye, said …"): prose wrapped inside a clause,
#: never a head however many capitals it holds (branch en45).
_APPOSITIVE_TITLE_ENDINGS: Final = (", Mr", ", Mrs", ", Ms", ", Dr")


def opens_qa_item(text: str) -> bool:
    """A line opening a Q&A's question or answer, as a paper sets a policy Q&A ("问：今年的
    补贴什么时候发放？", "答：…"; branch zh48): the item's text, never a title; the head over
    the first question is one."""
    stripped = text.lstrip()
    return stripped[:1] in "问答問" and stripped[1:2] in "：:"


def is_title_like(text: str) -> bool:
    """Whether a line could be a headline on its own: short, no running-prose punctuation.

    Chinese titles have no commas or full stops; English ones are in capitals or title case.
    """
    stripped = text.strip()
    if stripped.isascii():
        # ASCII (most lines): as wide as long, no Chinese, so no calls to measure either.
        if not stripped or len(stripped) > 64 or stripped[-1] in ",;":
            return False
        if stripped[-1] == "-" and title_style(stripped) != "caps":
            return False
        if stripped.endswith(_APPOSITIVE_TITLE_ENDINGS):
            return False
        if stripped.startswith("From ") and is_from_town_byline(stripped):
            return False  # (a correspondent's byline: "From Kofi Adu-Boateng, Kumasi")
        return _english_title_like(stripped)
    if display_width(stripped) > 64:
        return False
    if stripped[-1] in CLAUSE_PUNCTUATION:
        return False
    if stripped[-1] in "-—\u00ad" and title_style(stripped) != "caps":
        return False
    if stripped[-1].isdigit() and _CONTACT_LINE.match(stripped) is not None:
        return False
    if stripped[-1] in "）)" and _CJK_AGENCY_ALONE.match(stripped) is not None:
        return False  # an agency's credit under a story ("（法新社）"): is_agency_tag
    if opens_qa_item(stripped):
        return False  # a Q&A's question or answer ("问：…", "答：…"; branch zh48): its text
    if stripped[0] in "△▲" and "\u4e00" <= stripped[1:2] <= "\u9fff":
        # an item of a column of short news ("△旅美華僑、鑒"): reflow.opens_follow_up; a
        # crosshead of a market column ("▲米市"): reflow.is_marked_crosshead
        return False
    if cjk_ratio(stripped) >= 0.5:
        inner = stripped[:-1]
        # A dash-led subheadline ("——多地探索小规模、渐进式城市更新") may list with commas.
        forbidden = _DASHED_TITLE_STOPS if stripped.startswith("—") else _TITLE_STOPS
        if not forbidden.isdisjoint(inner):
            return False
        return not ends_sentence(stripped) or stripped.endswith(("！", "？", "?", "!"))
    return _english_title_like(stripped)


#: A Chinese advertisement's or notice's contact line: a hotline's or telephone's label, a
#: colon and the number alone ("客服热线：95186", "查詢熱線：2345 6789", "订购电话：0371-6688
#: 1234"). It is the ad's text, never a head, however short. A Malaysian or Singapore ad
#: invites the call with no colon ("欢迎来电 03-1234 5678", "请致电 6123 4567"): a call's
#: word (来电, 致电, 查询, 联络) before a number in a telephone's shape (two to four figures, a
#: dash or a space, then groups of three or four) is as sure.
_CONTACT_LINE: Final = _zh(
    r"^[\u4e00-\u9fff]{0,4}(?:(?:热线|电话|专线|来电|致电|查询|联络)\s*[：:]\s*\+?[\d][\d\s\-－]{3,18}\d"
    r"|(?:热线|电话|专线|来电|致电|查询|联络)\s*\+?\d{2,4}[\-－\s]\d{3,4}(?:[\-－\s]?\d{3,4})?)$"
)


#: A contact line's label and number closing a text, after a character of no stop (display
#: lines and the contact line joined into one paragraph).
_CONTACT_TAIL: Final = _zh(
    r"[\u4e00-\u9fff\s](?:(?:热线|电话|专线|来电|致电|查询|联络)\s*[：:]\s*\+?[\d][\d\s\-－]{3,18}\d"
    r"|(?:热线|电话|专线|来电|致电|查询|联络)\s*\+?\d{2,4}[\-－\s]\d{3,4}(?:[\-－\s]?\d{3,4})?)$"
)


_ENGLISH_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
#: A word a reader reads: three Latin letters or more, one of them a vowel ("VEN", "Blaze";
#: not "if", "II", "Ml", "TPBEDG" is one). Read by assemble's garbled items and reflow's
#: capitals heads under prose.
READABLE_WORD: Final = re.compile(r"(?<![A-Za-z])(?=[A-Za-z]*[AEIOUYaeiouy])[A-Za-z]{3,}")


def _english_title_like(text: str) -> bool:
    # A line with no capital (str.islower: cased characters, none but small letters) is
    # refused by the counts below whatever its length: one C call, not two counts.
    if text.islower():
        return False
    # The counts first: most prose lines are rejected by them before their words are found.
    letters, capitals = letter_counts(text)
    if letters < 3:
        return False
    caps = capitals / letters >= 0.7
    # Four in five of at least two content words capitalised take two capitals at least.
    if not caps and (capitals < 2 or text.endswith((",", ";")) or text.count(",") > 1):
        return False
    words = _ENGLISH_WORD.findall(text)
    if not words or len(words) > 12:
        return False
    if caps:
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 2:
        return False
    # (each word opens on an ASCII letter, _ENGLISH_WORD: a capital is one from A to Z, read
    # by code point, where str.isupper was a method call a word; branch speed46)
    capitalised = sum(1 for w in content if ord(w[0]) <= 90)
    return capitalised / len(content) >= 0.8 and text.rstrip(".?!")[-1:].isalnum()


#: Words a deck wrapped over lines holds at most.
DECK_MAX_WORDS: Final = 20
#: A month and a day, as datelines name them.
_MONTH_DAY: Final = re.compile(r"\b" + _MONTHS + r"\s+\d", re.IGNORECASE)
#: A dateline cut at its day: a place in capitals, a comma, more of the place, a month last.
_DATELINE_CUT_AT_DAY: Final = re.compile(r"^[A-Z][A-Z.'’ ]+,\s.*,\s*(?i:" + _MONTHS + r")$")
#: Words of a wire or cable credit.
_DECK_WIRE_WORDS: Final = re.compile(r"\b(?:Wire|Cable|Press|Service)\b", re.IGNORECASE)
#: A sentence ending inside a text: a lower-case word, its stop, more text.
_SENTENCE_END_INSIDE: Final = re.compile(r"[a-z]{3,}[.!?][\"'”’]?\s+\S")


#: A line closing on a month, a day and a year: a letter's date line ("Dry Prong, La., Feb.
#: 13, 1916.", "Ruston, La., Feb..14, 1916.").
_CLOSING_DATE: Final = re.compile(
    r"\b" + _MONTH_WORD + r"\.*\s*\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+1[6-9]\d\d\.?$",
    re.IGNORECASE,
)


def ends_with_full_date(text: str) -> bool:
    """A line that closes on a full date ("… Feb. 13, 1916."): the date line heading a letter
    or a certificate, never a headline or a deck (a masthead's date is taken out before)."""
    stripped = text.rstrip()
    return stripped.rstrip(".")[-4:].isdigit() and _CLOSING_DATE.search(stripped) is not None


#: How far into a text a dispatch's month and day are looked for, and how much of a
#: paragraph's end is read for a title stack taken into it.
OPENING_CHARS: Final = 40
CLOSING_CHARS: Final = 60


def opens_on_month_day(text: str) -> bool:
    """Whether a text names a month and a day near its start: a dateline, perhaps one OCR
    garbled past the dateline patterns ("Ct.ickaslta, Okla.. Feb. 11. The funeral …")."""
    return _MONTH_DAY.search(text[:OPENING_CHARS]) is not None


#: A month and a day as a dispatch dates itself ("London, Feb. 28.—", "Berlin, Feb. 28 The").
_DISPATCH_DAY: Final = re.compile(r"\b(" + "|".join(_MONTH_STEMS) + r")[a-z]*\.?\s+(\d{1,2})\b")


def dispatch_day(text: str) -> str | None:
    """The month's stem and the day a text names near its start (``"Feb 28"`` for ``London,
    Feb. 28.—The …``), or ``None``: two dispatches of one day's round-up carry the same."""
    found = _DISPATCH_DAY.search(text[:OPENING_CHARS])
    return None if found is None else f"{found[1]} {found[2]}"


def opens_on_month(text: str) -> bool:
    """Whether a text names a month abbreviated with its stop near its start: a dateline
    whose day OCR garbled ("ITavre. Feb. u.?A Belgian official report …")."""
    return _MONTH_ABBREVIATION.search(text[:OPENING_CHARS]) is not None


def ends_title_cased(text: str) -> bool:
    """Whether a paragraph closes on words set as a title ("… Two For Wailuku, One For Puu
    nenc. Good Band Now Assured."): a headline and its decks read into the paragraph above
    them, which a story's last sentence is not."""
    tail = text.rstrip()[-CLOSING_CHARS:]
    if len(text.rstrip()) > CLOSING_CHARS:
        tail = tail.partition(" ")[2]  # from a whole word on
    return _english_title_like(tail.strip())


def is_title_cased(text: str) -> bool:
    """Whether every content word of an English text is capitalised ("Drop Bombs on Milan",
    "Is Sold by Government"), as 1916 papers set a headline's lines; a modern sentence-case
    head ("Council delays vote on parking") is not."""
    words, capitalised = capitalised_words(text)
    return words > 0 and capitalised == words


def is_title_cased_across_breaks(text: str, known_words: frozenset[str]) -> bool:
    """:func:`is_title_cased`, a word OCR broke at a line's end with its hyphen lost read
    whole: a piece in small letters straight after a capitalised word, the piece no word the
    page prints whole (``known_words``, lower case), is that word's end ("Forced to Sur render
    Before Slav Attacks.", "Ordi nances"); "Wilson left" stays a sentence's, "left" being a
    word of the page."""
    words = list(_ENGLISH_WORD.finditer(text))
    content = 0  # (every content word counted is capitalised or read whole: else False)
    for index, word in enumerate(words):
        found = word.group()
        if found.lower() in _SMALL_WORDS:
            continue
        content += 1
        if found[0].isupper():
            continue
        before = words[index - 1] if index else None
        if (
            before is None
            or text[before.end() : word.start()] != " "
            or not before.group()[0].isupper()
            or not before.group().isalpha()
            or before.group().lower() in _SMALL_WORDS
            or not found.isalpha()
            or found.lower() in known_words
        ):
            return False
    return content > 0


#: The longest first sentence read as a deck or a credit by :func:`opens_title_cased`.
OPENING_DECK_CHARS: Final = 100
#: The share of its content words a deck (or a credit) sets capitalised, OCR's slips allowed.
OPENING_DECK_SHARE: Final = 0.6
_FIRST_SENTENCE_END: Final = re.compile(r"[.:;!?](?:\s|$)")


def opens_title_cased(text: str) -> bool:
    """Whether a paragraph opens on a deck or a credit set as a title and read into it
    ("Ernest Caldwell, East Side Farmer, Quits Farm For Stock Trade.", "Internatlonal News
    Service: WASHINGTON, Feb. 8. …"): its first sentence, at most OPENING_DECK_CHARS long,
    has three content words or more and OPENING_DECK_SHARE of them capitalised. A story's
    sentence ("German troops, by a surprise attack, have …") does not."""
    first = text
    for end in _FIRST_SENTENCE_END.finditer(text):
        word = text[: end.start()].rsplit(None, 1)[-1] if text[: end.start()].strip() else ""
        if end.group()[0] == "." and len(word) <= 3 and word[:1].isupper():
            continue  # an abbreviation or an initial ("No. 255", "Gen. Villa"), no sentence end
        first = text[: end.start()]
        break
    if len(first) > OPENING_DECK_CHARS:
        return False
    words, capitalised = capitalised_words(first)
    return words >= 3 and capitalised >= OPENING_DECK_SHARE * words


#: capitalised_words' answers: the stack rules (assemble's ``_cut_stack_piece`` and
#: ``_stack_paragraph_piece``) both ask it of each head stack's one paragraph.
_CAPITALISED_WORDS: Final = LINE_MEMOS.new()


def capitalised_words(text: str) -> tuple[int, int]:
    """An English text's content words (small words left out) and how many of them are set
    with a capital: all of a headline's ("Rapid Drive Separates Three Corps …"), few of a
    story's sentence ("A messenger who reached the border says …")."""
    known: tuple[int, int] | None = _CAPITALISED_WORDS.get(text)
    if known is not None:
        return known
    content = [w for w in _ENGLISH_WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    # (a content word opens on an ASCII letter: a capital sorts before every small letter)
    counts = len(content), len([word for word in content if word < "a"])
    return remember(_CAPITALISED_WORDS, text, counts)


#: A month abbreviated with its stop ("Feb.", "Sept."), as a dateline names it and a
#: headline does not.
_MONTH_ABBREVIATION: Final = re.compile(r"\b" + _MONTH_ABBREVIATIONS + r"\.")
#: A word of three capitals or more: a dateline's place ("BERLIN", "OSKALOOSA.").
_CAPITALS_WORD: Final = re.compile(r"\b[A-Z]{3,}\b")


def may_hold_story_opening(text: str) -> bool:
    """Whether a title-case text may hold a story's opening read into a deck: a dateline
    ("Comment on British Skipper's Act" over "BERLIN (Via London), Feb. . Tho": a place in
    capitals, a month and a day, a month abbreviated with its stop), a wire credit or a
    copyright line ("Republican A. P. Leased Wire", "(Copyright 1916 by the New York"), or a
    line closing on a colon ("International News Service:")."""
    return _CAPITALS_WORD.search(text) is not None or names_story_opening(text)


#: A contents box's label naming a page ("PAGE ONE.", "Pages 2 and 3").
_PAGE_LABEL: Final = re.compile(
    r"^\W*pages?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    re.IGNORECASE,
)


def names_page(text: str) -> bool:
    """Whether a title is a contents box's label naming a page ("PAGE ONE." over "Telegraphic
    News: …"): it heads a list of the page's stories, not a story."""
    return _PAGE_LABEL.match(text) is not None


def names_story_opening(text: str) -> bool:
    """Whether a title of any case names what opens a story rather than what it tells: a month
    and a day or a month abbreviated with its stop (a dateline: "WASHINGTON, D. C. Feb. 14."),
    a wire credit's word or a bracket ("(BY ASSOCIATED PRESS)", garbled or not), or a closing
    colon ("International News Service:")."""
    return (
        _MONTH_DAY.search(text) is not None
        or _MONTH_ABBREVIATION.search(text) is not None
        or _DECK_WIRE_WORDS.search(text) is not None
        or "(" in text
        or text.rstrip().endswith(":")
    )


def ends_sentence_inside(text: str) -> bool:
    """Whether a sentence ends inside a text (a word in small letters, its stop, more text):
    "Cases in Common Pleas Court. Largest Growth …" is a list of items, not one title."""
    return _SENTENCE_END_INSIDE.search(text) is not None


def reads_as_deck(text: str) -> bool:
    """Whether an English paragraph of a few lines reads as a deck wrapped over them rather
    than prose ("Structures Costing $2,250,000 to Have One Roof Garden.", "School Officials
    Fix Thanksgiving, Christmas and Easter Vacations."): its content words are title case,
    and no sentence ends before its last word. Each line alone may end in a comma or a
    hyphen, which would make it no title."""
    stripped = text.strip()
    if not stripped or cjk_ratio(stripped) >= 0.5 or title_style(stripped) != "mixed":
        return False
    if not stripped[:1].isupper() or _SENTENCE_END_INSIDE.search(stripped):
        return False
    if (
        _MONTH_DAY.search(stripped)
        or _DECK_WIRE_WORDS.search(stripped)
        or _DATELINE_CUT_AT_DAY.match(stripped)
    ):
        # A dateline that lost its dash ("INDIANAPOLIS, Ind., November 15") or was cut at its
        # day ("ST. JOHN’S, Newfoundland, November" / a blank line / "15.—Two …"), a wire
        # credit OCR garbled ("Republican A. P. Leased Wire ,").
        return False
    words = _ENGLISH_WORD.findall(stripped)
    content = [word for word in words if word.lower() not in _SMALL_WORDS]
    if len(words) > DECK_MAX_WORDS or len(content) < 3:
        return False
    return sum(1 for word in content if word[0].isupper()) >= 0.8 * len(content)


#: Words that never end an English headline line, nor start a new deck: a line ending in one,
#: or a line starting with one, runs on.
RUN_ON_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with her his its their our".split()
    # A verb's helper waits for its verb ("ARMAMENT IS" / "LIMITED", "CONDITIONS ARE" / "SLOW").
    + "is are was were will would shall should may must can could has have had be been".split()
)
#: Words a sentence never ends on: a paragraph whose last word is one goes on, whatever
#: comes next ("… point to a defeat for" / "Premier Venizelos.").
_SENTENCE_RUN_ON_WORDS: Final = frozenset("a an and of or the to for from with into".split())
#: A title or an initial before a name, whose stop ends no sentence ("… against, M." /
#: "Venizelos.", "… said Gov." / "Whitman.").
NAME_TITLES: Final = (
    "Mr Mrs Messrs Dr Gen Col Capt Lieut Maj Sergt Gov Sen Rep Rev Prof Hon".split()
)
_NAME_TITLE: Final = re.compile(
    r"(?:\b(?:" + "|".join(NAME_TITLES) + r")|(?<!\. )"
    r"(?<= )[A-Z])\.$"
)
#: A name's title ending a capitals line waits for the name ("FUNERAL OF MRS." / "BRANNON IS
#: HELD").
_HEAD_NAME_TITLES: Final = frozenset(title.lower() for title in NAME_TITLES)
#: Verbs a headline's line cannot end on, as they want an object ("COMMITTEE FAVORS" /
#: "REPEAL OF SUGAR TARIFF", "WILSON URGES" / "PREPAREDNESS").
HEAD_OBJECT_VERBS: Final = frozenset(
    "favors urges urge asks ask wants seeks seek opposes oppose demands says approves approve "
    "endorses indorses proposes propose".split()
)
#: More verbs wanting an object that a capitals head's line cannot end on: a head's verbs of
#: denying, admitting, accusing, sending, buying, getting, giving, taking, losing and winning
#: ("SHERIFF DENIES" / "REPORT THAT THREE", "GERMANY ADMITS" / "CONTENTION OF U. S."). Asked
#: of capitals lines only: a title-case head wraps its own way ("Farmers' Club Gets" / "News
#: by Wireless" / "Ahead of City" is one head however its lines are joined).
CAPS_HEAD_OBJECT_VERBS: Final = frozenset(
    "denies deny admits admit accuses accuse sends buys gets gives takes loses wins".split()
)
#: Marks OCR reads at a line's edge from a column rule ("… a defeat for|").
_EDGE_MARKS: Final = " |"


def leaves_sentence_open(text: str) -> bool:
    """Whether an English text stops inside a sentence: on a word no sentence ends on (an
    article, a preposition or a conjunction in small letters), or on a title or an initial
    before a name; with no mark after it but a column rule's bar."""
    stripped = text.rstrip(_EDGE_MARKS)
    if stripped[-1:] == ".":
        return _NAME_TITLE.search(stripped[-8:]) is not None
    if not stripped[-1:].isalpha():
        return False
    # In small letters: a capital after a stop ("… the last few years. A") is a speck or a
    # sentence's first word, and a sentence may end before it.
    return stripped.rsplit(None, 1)[-1] in _SENTENCE_RUN_ON_WORDS


def without_edge_marks(text: str) -> str:
    """The text without the bars and spaces a column rule leaves at its end ("Frost Helps
    Victors. |")."""
    return text.rstrip(_EDGE_MARKS)


#: Words that never start a new deck: a line starting with one continues the line above.
#: (Articles do start decks: "THE YOUNG MAN'S OPPORTUNITY".)
RUN_ON_HEADS = frozenset("and as at by for from in into of on or to with".split())


def caps_runs_on(first: str, second: str) -> bool:
    """Whether two lines in capitals are one headline wrapped ("DR. CHARLES EVANS" / "TO HEAD
    KENDALL") rather than two decks ("BANK CASHIER MISSING" / "FUNDS FOUND INTACT")."""
    last = (first.split() or [""])[-1].lower().strip(".,'\"")
    head = (second.split() or [""])[0].lower().strip(".,'\"")
    return (
        last in RUN_ON_WORDS
        or (last in _HEAD_NAME_TITLES and first.rstrip().endswith("."))
        or (
            (last in HEAD_OBJECT_VERBS or (last in CAPS_HEAD_OBJECT_VERBS and first.isupper()))
            and first.rstrip()[-1:].isalpha()
            and _verb_after_subject(first)
        )
        or head in RUN_ON_HEADS
        or first.rstrip().endswith((",", "-", "—", "&"))
        or second[:1].islower()
    )


def _verb_after_subject(line: str) -> bool:
    """Whether a line's last word follows a word that may end its subject or an infinitive's
    "to" ("ASQUITH TO ASK"): no article, preposition or possessive before it, which would make
    it a noun ("GROW IN FAVOR", "YOUR WANT")."""
    words = line.split()
    before = words[-2].lower().strip(".,'\"") if len(words) >= 2 else ""
    return bool(before) and (before == "to" or before not in RUN_ON_WORDS)


#: A capitals line this short under another is a headline's wrapped tail however wide the
#: line above is ("TWO" / "BREAKS").
CAPS_TAIL_CHARS: Final = 16
#: Lines of a headline wrapped in a narrow column are at most this long; wider capitals lines
#: are banners or decks of their own ("LABOR BODY POUNDS AT PHONE DEAL" /
#: "NEW YORK GIRL SOLD BY SLAVERS").
CAPS_WRAP_CHARS: Final = 26
#: A capitals line wider than the one above by more than this share is a deck of a pyramid
#: stack, not the headline's wrapped tail.
CAPS_WIDER_DECK: Final = 1.2


_PRICE_OR_PAGES: Final = re.compile(r"\b(?:CENTS?|PAGES|PACES|EDITION)\b")


def names_price_or_pages(text: str) -> bool:
    """Whether a capitals line names an ear's price or page count or an edition ("PRICE 10
    CENTS", "14 PACES", "COPY FIVE CENTS."): no head's words."""
    return _PRICE_OR_PAGES.search(text) is not None


#: A word of a headline set in capitals as OCR reads it cleanly: capitals (with an apostrophe,
#: a hyphen, an ampersand or an initial's stop inside: "O'BRIEN", "E-WH", "N.") or a figure
#: ("$200,000", "1889"), with quotes or a bracket before it and marks after it.
_CLEAN_CAPS_WORD: Final = re.compile(r"[\"'“‘(]*(?:[A-Z][A-Z'’&.-]*|\$?\d[\d,.]*)[\"'”’).,;:!?-]*")


def is_clean_capitals_head(text: str) -> bool:
    """Whether a line reads as a headline set in capitals and read cleanly: every word in
    capitals or a figure, two words or more of three letters, no price, page count or edition
    of an ear ("CLERGY PENSION PLAN", "NEEDS $200,000 FOR BRIDGES."; not "UsSiS SfOVER I",
    "VOLUME EX", "16 PAGES HONOLULU, …")."""
    words = text.split()
    return (
        all(_CLEAN_CAPS_WORD.fullmatch(word) for word in words)
        and sum(1 for word in words if sum(ch.isalpha() for ch in word) >= 3) >= 2
        and _PRICE_OR_PAGES.search(text) is None
    )


def caps_head_wraps(first: str, second: str) -> bool:
    """Two capitals lines printed together that are one headline wrapped in a narrow column
    ("WOULD BLOW UP" / "THE KENTUCKY", "TEN LOST LIVES" / "COPPER"), as most headlines of
    old pages are: both lines fit a narrow column, the first ends no sentence (a stop ends a
    deck: "RUSSIA IN TO STAY." / "THE FEELING IN LONDON.") and the second is no wider than a
    wrapped line would be (a pyramid's next deck is set wider: "BANK CASHIER MISSING" /
    "FUNDS OF FARMERS' SAVINGS INSTITUTION")."""
    first, second = first.strip(), second.strip()
    if not first or not second or first[-1] in ".!?:" or second[0] in "\"'“(":
        return False
    if max(len(first), len(second)) > CAPS_WRAP_CHARS:
        return False
    if _PRICE_OR_PAGES.search(first) or _PRICE_OR_PAGES.search(second):
        return False  # an ear's price or page count ("PRICE 10 CENTS", "14 PACES")
    return len(second) <= CAPS_TAIL_CHARS or len(second) <= CAPS_WIDER_DECK * len(first)


_ABBREVIATION: Final = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Messrs|Dr|St|Gen|Col|Capt|Lieut|Maj|Sergt|Gov|"
    r"Sen|Rep|Rev|Prof|Hon|Jr|Sr|Co|No|Vol|Ave|Mt|Ft)|(?<![A-Za-z])[A-Z])\.$"
)


#: The longest match of _ABBREVIATION ("Messrs."; a test checks it against the pattern).
ABBREVIATION_REACH: Final = 7


def ends_with_abbreviation(text: str) -> bool:
    """A line ending in an abbreviation ("Feb.", "Mr.", an initial "J."): its stop ends no
    sentence, so no paragraph ends there."""
    stripped = text.rstrip()
    # Searched from ABBREVIATION_REACH characters before the end only: a match ends at the end
    # and is no longer (the lookbehind and \b still see the character before).
    start = len(stripped) - ABBREVIATION_REACH
    return stripped.endswith(".") and _ABBREVIATION.search(stripped, max(start, 0)) is not None


#: Type set at least this much larger than the page's body text is display type (headlines).
DISPLAY_SIZE = 1.3
#: Display type wider than this (half-width units) is not a headline but a large-set paragraph.
DISPLAY_MAX_WIDTH = 90


def is_display_type(text: str, size: float, bold: bool = False) -> bool:
    """Whether a line is set in headline type, where the format tells the type size.

    ``size`` is relative to the page's body text (0 when unknown: then only the words decide,
    see is_title_like). A bold line at body size counts when its words could be a title too.
    """
    if size <= 0:
        return False
    stripped = text.strip()
    if not stripped or display_width(stripped) > DISPLAY_MAX_WIDTH:
        return False
    if size >= DISPLAY_SIZE:
        return stripped[-1] not in "，,;；、"
    return bold and size >= 0.95 and is_title_like(stripped)


_TITLE_STYLES: Final = LINE_MEMOS.new()


def title_style(text: str) -> str:
    """'caps' for all-capital English decks, 'mixed' for others, 'cjk' for Chinese titles."""
    known: str | None = _TITLE_STYLES.get(text)
    if known is not None:
        return known
    if cjk_ratio(text) >= 0.5:
        return remember(_TITLE_STYLES, text, "cjk")
    letters, capitals = letter_counts(text)
    if letters and capitals / letters >= 0.7:
        return remember(_TITLE_STYLES, text, "caps")
    return remember(_TITLE_STYLES, text, "mixed")


# --- numbered items, contents boxes, notices, noise -----------------------------------------

_NUMBERED_ITEM: Final = re.compile(
    r"^(?:[（(]\s*[" + _CN_NUM + r"]{1,3}\s*[）)]|[" + _CN_NUM + r"]{1,3}\s*、|"
    r"[（(]\s*\d{1,2}\s*[）)]|\d{1,2}\s*[、．]|\d{1,2}\.(?=\s*[A-Za-z\u4e00-\u9fff\"“（(]))"
)


def starts_numbered_item(text: str) -> bool:
    """A line opening a numbered item: "（一）", "(3)", "二、", "1、", "2." (not "2.5")."""
    stripped = text.strip()
    return may_open(stripped, _NUMBER_OPENINGS) and _NUMBERED_ITEM.match(stripped) is not None


#: The ASCII characters a numbered item can open with.
_NUMBER_OPENINGS: Final = frozenset("(0123456789")


#: A contents-box entry: a title, a wide gap (or dot leaders) and a page number at the right
#: edge ("Winter storm closes mountain passes   3", "两会特别报道 …… 5版", "Sports  B2").
#: The sections a Chinese daily's guide may name before an entry's page ("财经 B3", "体育 C2").
_GUIDE_SECTIONS: Final = (
    "要闻|国内|国际|财经|经济|商业|体育|娱乐|副刊|言论|评论|地方|社会|教育|科技|文化|生活|"
    "健康|房产|汽车|旅游|大马|全国|本地|港闻|两岸|中国|国际新闻|地方新闻|大马新闻"
)
_BOX_ENTRY: Final = re.compile(
    r"^(?:(?P<title>\S.*?\S)(?:\s{2,}|\s*[.·…]{2,}\s*|\s+[—-]{1,2}\s*|\s*[…⋯]\s*(?=[A-Z]\d|第))"
    r"(?P<page>(?:[A-Z]-?)?\d{1,2}|第?\s*[0-9" + _CN_NUM + r"]{1,3}\s*版)"
    # An index of sections as OCR gives it, one space before a sectioned page: "Comics B5",
    # "Local News A3" (one to three capitalised words, so no headline ends so).
    r"|(?P<section>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s(?P<sectioned>[A-Z]\d{1,2})"
    # A Chinese entry, one space before a sectioned page: "颱風逼近 花蓮停班停課 A3" (no
    # Chinese line of news ends on a letter and a page's figures), or before a page and 版 as
    # a party paper's 今日导读 prints it: "全市冬季供暖设施全面启动运行 2版" (not after 第, 见,
    # 在 …: "刊登在第 2版" is a sentence's pointer, whatever space OCR put in it).
    # A Malaysian or Hong Kong daily's guide names the section before the page ("马股连涨三天
    # 财经 B3", "港股回升 經濟 B1"): the section's name is the pointer's, not the head's.
    # A head may close on a quotation mark or a title's bracket after its last character
    # ("江州老字号集体“上新” A08").
    # (or on a figure and its unit or a percentage after its last character, "第三季本地生產
    # 總值增2.1% A10", "出口增長12% B2"; branch zh48)
    r"|(?P<cjk>\S.*?[\u3400-\u9fff](?<![第见見详詳在于於至])"
    r"(?:\d+(?:\.\d+)?[%％]|[”」』》])?)\s"
    r"(?P<cjkpage>(?:" + _both_scripts(_GUIDE_SECTIONS) + r")\s[A-ZＡ-Ｚ]\d{1,2}"
    # (or after 见 / 详见, as a legal or county paper's guide prints it: "… 受理 见2版"; branch
    # zh47: the pointer's word, not the head's)
    r"|(?:(?:[详詳]?[见見])\s?)?(?:[A-ZＡ-Ｚ]\d{1,2}|\d{1,2}版)))$"
)
_BOX_HEADER: Final = _zh(
    r"^(?:(?:ON\s+THE\s+)?INSIDE(?:\s+TODAY|\s+THIS\s+WEEK)?|(?:On\s+the\s+i|I)nside(?:\s+[Tt]oday|\s+[Tt]his\s+[Ii]ssue)?|"
    r"IN\s+THIS\s+ISSUE|"
    r"In\s+[Tt]his\s+[Ii]ssue|INDEX|Index|TODAY'?S\s+INDEX|(?:TABLE\s+OF\s+)?CONTENTS|Contents|本版导读|今日导读|本期导读|本[周週]导读|导读|導讀|"
    r"要目|今日要目|本期要目|焦点|焦點|今日焦点|今日焦點|(?:要[闻聞]|新[闻聞])?提要)\s*[:：]?$"
)


#: A contents-box line is a title and a page number: far shorter than this.
BOX_ENTRY_MAX: Final = 160
#: An index entry closed by "Page" and its number after one space, as an e-paper's INSIDE box
#: gives it ("Wine exports hit a 10-year high Page 11"): a head of two to ten words opening on
#: a capital or a figure, ending on neither a stop nor a mark.
_PAGE_ENTRY: Final = re.compile(
    r"^(?P<title>[A-Z0-9][^.!?]*?[A-Za-z0-9'’])\s+(?P<page>Page\s+[A-Z]?\d{1,3})$"
)
#: The most words of such an entry's head.
PAGE_ENTRY_WORDS: Final = 10


def _page_entry(text: str) -> tuple[str, ContinuationLink] | None:
    """An index entry closed by its page after one space ("Matric markers ready for record load
    Page 6", "Letters: Fix the trains first Page 14"; branch fresh42) as (its head, the link),
    or None. The head holds no sentence's stop and ends on no small word a sentence runs on
    with ("… as told on Page 6" is a sentence's pointer) nor on "See" (a teaser's own pointer,
    "… Overtime See Page 4", read by _BOX_ENTRY's other forms and the jump lines), and is a
    sentence-case head (a word in small letters after its first, not a run of capitals or
    title case): a line of 1916 prose or a capitals head ending so is none. ``Page`` is set
    with its capital, as an index prints it."""
    match = _PAGE_ENTRY.match(text)
    if match is None:
        return None
    title = match.group("title")
    words = title.split()
    last = words[-1].lower()
    if not 2 <= len(words) <= PAGE_ENTRY_WORDS or last in _SMALL_WORDS or last == "see":
        return None  # ("… on Page 6", "… See Page 5": a pointer's words, read elsewhere)
    if not any(word.isalpha() and word.islower() for word in words[1:]):
        return None
    page = match.group("page")
    return title, ContinuationLink("to", lettered_page_number(page.split()[-1]), page)


def is_box_header(text: str) -> bool:
    """The heading of a contents box: "INSIDE", "In this issue", "CONTENTS", "本版导读"."""
    stripped = text.strip()
    # Every English heading starts with I, C, T or O: other ASCII lines are no heading.
    if stripped.isascii() and stripped[:1] not in "ICTO":
        return False
    return _BOX_HEADER.match(stripped) is not None


#: A modern sidebar's label over its briefs, in sentence case: "In brief", "News in brief",
#: "World in brief" (is_briefs_label).
_BRIEFS_LABEL: Final = re.compile(r"^(?:In|[A-Z][a-z]+ in) brief$")


#: The same label in capitals: "IN BRIEF", "NEWS IN BRIEF", "WORLD IN BRIEF", "BRIEFLY"
#: (is_capitals_briefs_label).
_CAPITALS_BRIEFS_LABEL: Final = re.compile(r"^(?:(?:[A-Z]+ )?IN BRIEF|BRIEFLY|NEWS BRIEFS)$")


#: A column's label naming where its news is from, in capitals over its items' heads, as a
#: weekly or a South Asian daily labels a column of briefs ("COMMUNITY NEWS", "REGIONAL NEWS",
#: "COUNTRY NEWS"; branch en46): one of these words, then NEWS. "GOOD NEWS" over a head is a
#: kicker, no column's label.
_CAPITALS_NEWS_LABEL: Final = re.compile(
    r"^(?:REGIONAL|COUNTRY|COMMUNITY|LOCAL|PROVINCIAL|PROVINCE|CITY|DISTRICT|NATIONAL|HOME|"
    r"METRO|STATE|RURAL|TOWN|AREA|COUNTY|VILLAGE|PARISH|CAMPUS|ISLAND|ISLANDS|DISTRICTS|"
    r"REGION|REGIONS|PROVINCES|COUNTIES)\s+NEWS$"
)


def is_capitals_briefs_label(text: str) -> bool:
    """A sidebar's label over its briefs in capitals ("NEWS IN BRIEF", "IN BRIEF"), or a
    column's label naming where its news is from ("COMMUNITY NEWS", "REGIONAL NEWS":
    _CAPITALS_NEWS_LABEL; branch en46). Alone it is no evidence: a 1916 page sets ``NEWS IN
    BRIEF`` or ``LOCAL NEWS`` as its column's head, and that head stays the column's.
    formats.text asks it only over a sentence-case head line over a line of prose that retells
    it, as a modern page sets its first brief (_capitals_briefs_label_at)."""
    if "BRIEF" in text:
        return _CAPITALS_BRIEFS_LABEL.match(text.strip()) is not None
    return text.rstrip().endswith("NEWS") and _CAPITALS_NEWS_LABEL.match(text.strip()) is not None


def is_briefs_label(text: str) -> bool:
    """A sidebar's label over the briefs under it, set alone on its line in sentence case ("In
    brief", "News in brief"): furniture, as a contents box's label is, so that the first brief's
    head is not read under it as its deck or run into its text. Gate: the small "in brief" (a
    1916 page sets such a column's head in capitals or title case, ``NEWS IN BRIEF``, ``State
    News in Brief``, and that head stays the column's). A Chinese daily's box of briefs is
    labelled so too: 简讯 / 簡訊 alone, or after a word of at most four characters naming whose
    ("城事简讯", "僑社簡訊"; branch zh45)."""
    stripped = text.strip()
    if stripped.endswith(CJK_BRIEFS):
        return _CJK_BRIEFS_LABEL.match(stripped) is not None
    return stripped.endswith("brief") and _BRIEFS_LABEL.match(stripped) is not None


#: The word a Chinese box of briefs is labelled with (is_briefs_label).
#: (or 快讯, as a financial or evening paper labels its box: "財經快訊"; branch zh47)
CJK_BRIEFS: Final = ("简讯", "簡訊", "快讯", "快訊")
_CJK_BRIEFS_LABEL: Final = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:简讯|簡訊|快讯|快訊)$")


#: The marks a contents box may set before each entry, a space after it ("► Business B1",
#: "• Opinion A6", "■ Sports C1"; branch en43): the box's list mark, not the entry's title.
ENTRY_BULLETS: Final = frozenset("►▶▸•●■▪")


#: A Chinese guide's entry that names its page first, a bar between page and head, as a county
#: or farmers' paper sets its 导读 ("3版 | 冬油菜田间管理正当时", "A5｜返鄉青年的直播間"; branch
#: zh48): the page and the bar are the pointer's, the rest the head's.
_PAGE_FIRST_ENTRY: Final = re.compile(
    r"^(?P<page>(?:[A-ZＡ-Ｚ]\d{1,2}|\d{1,2}\s?版)(?:\s?[|｜丨]))\s*"
    r"(?P<title>[^\s|｜丨].*[\u3400-\u9fff].*?)$"
)


def page_first_entry(text: str) -> tuple[str, ContinuationLink] | None:
    """A Chinese guide's entry naming its page before a bar ("3版 | 冬油菜田间管理正当时"):
    (its head, the link), or None. Cheap guard: a figure or a letter first and a bar in the
    first six characters. The head holds Chinese and closes no sentence."""
    stripped = text.strip()
    if not (stripped[:1].isdigit() or "A" <= stripped[:1] <= "Z" or "Ａ" <= stripped[:1] <= "Ｚ"):
        return None
    head = stripped[:6]
    if "|" not in head and "｜" not in head and "丨" not in head:
        return None
    match = _PAGE_FIRST_ENTRY.match(stripped)
    if match is None:
        return None
    title = match.group("title").strip()
    if ends_sentence(title) or cjk_ratio(title) < 0.5:
        return None
    page = match.group("page").strip()  # (the bar kept with it: nothing printed is dropped)
    number = re.sub(r"\D", "", page)
    return title, ContinuationLink("to", parse_page_number(number), page)


def box_entry(text: str) -> tuple[str, ContinuationLink] | None:
    """A contents-box line: (its title, the page it points to), or None."""
    if len(text) > BOX_ENTRY_MAX:
        return None
    stripped = text.strip()
    first = page_first_entry(stripped)
    if first is not None:
        return first
    # The page number ends the line (a digit, 版 or 页): most lines are no entry at a glance.
    last = stripped[-1:]
    if not (last.isdigit() or last in "版页頁"):
        return None
    if stripped[:1] in ENTRY_BULLETS and (
        stripped[1:2] == " " or "\u4e00" <= stripped[1:2] <= "\u9fff"
    ):
        # An entry set after the box's list mark ("► Business B1", or with no space before a
        # Chinese title, "▸晶圓代工擴大投資……A3"; branch zh47): the mark is no title's.
        stripped = stripped[1:].lstrip()
    match = _BOX_ENTRY.match(stripped)
    if not match:
        paged = _page_entry(stripped)
        if paged is not None:
            return paged
        # An e-paper guide's entry with an arrow before its page: "组屋转售价连涨十个季度 →第6页".
        arrow = _ARROW_POINTER_ZH.search(stripped)
        if arrow is None or not arrow.start():
            return None
        link = ContinuationLink("to", parse_page_number(arrow.group(1)), arrow.group(0).strip())
        return stripped[: arrow.start()].rstrip(), link
    if match.group("section"):
        page = match.group("sectioned")
        return match.group("section"), ContinuationLink("to", parse_page_number(page[1:]), page)
    if match.group("cjk"):
        page = match.group("cjkpage")
        last = page.split()[-1].lstrip("详詳见見")
        number = last[:-1] if last.endswith("版") else last[1:]
        return match.group("cjk"), ContinuationLink("to", parse_page_number(number), page)
    title = match.group("title").strip()
    if cjk_ratio(title) < 0.5 and not _english_title_like(title) and len(title.split()) > 8:
        return None
    if not any(ch.isalpha() for ch in title) or (ends_sentence(title) and cjk_ratio(title) >= 0.5):
        return None
    number = re.sub(r"[^0-9" + _CN_NUM + r"]", "", match.group("page"))
    # The marker keeps the leader dots or dash before the number: nothing printed is dropped.
    marker = match.string[match.end("title") :].strip()
    return title, ContinuationLink("to", parse_page_number(number), marker)


#: A contents box's entry with one space before its page, as a PDF's text layer or an e-paper
#: collapses the leader between them ("Nandi farmers count losses after hailstorm 6",
#: "Classifieds 30"): a head of at most ``LISTED_ENTRY_WORDS`` words opening on a capital, no
#: stop before the page, the page a figure or two after a section's letter perhaps, and a comma
#: perhaps before it ("Business: Baht hits six-month high, B1", the lead's round 45); the head
#: may close on a figure of its own before the page ("… to begin on Dec 14 5").
_LISTED_ENTRY: Final = re.compile(
    r"^(?P<title>[A-Z][^.!?;]*?(?:[A-Za-z'’)]|\s\d{1,4})),?\s(?P<page>[A-Z]?\d{1,2})$"
)
LISTED_ENTRY_WORDS: Final = 10


#: A contents box's entry whose page is named after a dash, as a Sri Lankan daily sets its
#: INSIDE box ("Editorial – Page 6", "Business - Page 10"; branch en46): the dash and "Page"
#: are the pointer's, not the head's.
_DASH_PAGE_ENTRY: Final = re.compile(
    r"^(?P<title>[A-Z][^.!?;]*?[A-Za-z'’)])\s+(?P<page>[–—-]\s*Page\s+(?P<number>\d{1,3}))$"
)


def listed_entry(text: str) -> tuple[str, ContinuationLink] | None:
    """A line under a contents box's heading that ends on its page after one space: (its
    title, the page), or None. Asked only of the lines under such a heading (a head or a
    sentence ends on a figure as often elsewhere: "Jets beat Bills 24")."""
    stripped = text.strip()
    if "Page" in stripped:
        dashed = _DASH_PAGE_ENTRY.match(stripped)
        if dashed is not None and len(dashed.group("title").split()) <= LISTED_ENTRY_WORDS:
            page = dashed.group("page")
            link = ContinuationLink("to", parse_page_number(dashed.group("number")), page)
            return dashed.group("title"), link
    match = _LISTED_ENTRY.match(stripped)
    if match is None or len(match.group("title").split()) > LISTED_ENTRY_WORDS:
        return None
    page = match.group("page")
    number = page[1:] if page[0].isalpha() else page
    return match.group("title"), ContinuationLink("to", parse_page_number(number), page)


def page_of_entry(text: str) -> tuple[str, ContinuationLink] | None:
    """A listed line's (title, page): a contents box's entry (box_entry) or one ending on its
    page after one space (listed_entry); None when it names no page."""
    return box_entry(text) or listed_entry(text)


#: The legal formula, in any case of its verb ("Notice Is hereby given", as 1916 printers set
#: it as often as "Notice is"): a notice opens on it (_NOTICE_OPENINGS, _NOTICE_HEAD) or gives
#: it after its office and date (_FORMULA_AFTER_DATE).
_LEGAL_FORMULA: Final = r"Notice\s+(?i:is)\s+hereby\s+given"
_NOTICE_OPENINGS: Final = _zh(
    r"^(?:(?:LEGAL\s+|PUBLIC\s+|SHERIFF'?S?\s+|ADMINISTRATOR'?S?\s+|EXECUTOR'?S?\s+)?NOTICE\b|"
    + _LEGAL_FORMULA
    + r"|NOTICE\s+IS\s+HEREBY|(?:[A-Z][A-Za-z]*\s+){0,3}"
    r"(?:FOR\s+SALE|FOR\s+RENT|For\s+Sale|For\s+Rent)\b|"
    # A want ad's or a lost-and-found notice's word, set off by a mark or opening its offer
    # ("WANTED—Girl for …", "LOST: A gold watch", "WANTED To buy …", "FOUND, between …",
    # "LOST Feb. 14, on Monument Ave"): as a head's first word it opens news as often ("LOST
    # MILLION …", "FOUND GUILTY").
    r"(?:WANTED|LOST|FOUND)(?:\s*(?:[-—–:.,;!?]|$)|\s+(?i:a|an|one|between)\b|\s+(?:"
    + "|".join(_MONTH_STEMS)
    + r")(?:\.|[a-z]*\s*\d))|"
    r"WANTED\s+(?i:to|at\s+once)\b|SUMMONS\b|ORDINANCE\b|"
    # A tender's or an office's announcement under its head alone ("ANNOUNCEMENT", "TENDER
    # NOTICE", "INVITATION TO BID"; the lead's round 45)
    r"(?:ANNOUNCEMENTS?|TENDER\s+NOTICE|INVITATION\s+(?:TO|FOR)\s+(?:BIDS?|TENDERS?)|"
    # (a classified column's head: "MATRIMONIAL", "MATRIMONIALS"; a family notices' column,
    # "FAMILY NOTICES" — not "DEATHS" or "BIRTHS" alone, which head a 1916 paper's own news
    # of its town's deaths and births, the unseen check)
    r"MATRIMONIALS?|FAMILY\s+NOTICES|"
    # (a South Asian daily's death notice under its head alone: "SAD DEMISE", branch en46)
    r"SAD\s+DEMISE)[.:]?$|"
    # Society and legal notices and sales by their heads ("RESOLUTIONS OF RESPECT", "CARD OF
    # THANKS", "SHERIFF'S SALE", "TO THE PUBLIC.", "To the Voters of … County:").
    r"(?i:RESOLUTIONS?\s+OF\s+(?:RESPECT|CONDOLENCE|SYMPATHY)|CARDS?\s+OF\s+THANKS|"
    r"IN\s+MEMORIAM\b|TO\s+THE\s+(?:PUBLIC|VOTERS|TAXPAYERS|CITIZENS)\b|"
    # (and a Ghanaian daily's funeral announcements: "CALL TO GLORY", "CELEBRATION OF LIFE",
    # "FUNERAL ANNOUNCEMENT"; branch en45)
    r"CALL\s+TO\s+GLORY\b|CELEBRATION\s+OF\s+LIFE\b|FUNERAL\s+ANNOUNCEMENT\b|"
    r"(?:[A-Z][A-Za-z'’.]*\s+){0,3}SALE[.!:]?$)|"
    # (a Macau notice's head alone or in both languages: "通告　AVISO", the lead's round 45)
    r"通告(?:\s*$|\s*[A-Z][A-ZÁÉÍÓÚÃÕÇ]{2,}$)|(?:招聘|招标|公告|启事|啟事|声明|聲明|遗失|遺失|"
    r"广告|廣告|讣告|訃告|寻人|尋人|征婚|徵婚|"
    # (a classified's label for a house or a shop to sell or let, alone on its line: "吉屋出售",
    # "店面出租"; branch zh46. A head naming a firm's sale says whose: "…股權出售" is none.)
    r"(?:吉屋|店面|房屋|套房|雅房|土地|农地|厂房)(?:出售|出租|招租|求售)$)|"
    # (a firm's or the paper's own job advertisement, in its voice: "東岸體育報誠徵運動記者",
    # "本公司诚聘销售经理"; branch zh50. News of hiring says 招聘 or 招募, never 诚.)
    r"[\u4e00-\u9fff]{0,12}[诚誠](?:聘|征|徵|招)"
    r")"
)


def led_by_first_character(alternatives: list[tuple[str, str, bool]]) -> re.Pattern[str]:
    r"""The alternation of ``alternatives``, each ``(first, rest, word)``: a character of the
    class ``[first]``, then ``rest``, with ``\b`` before it when ``word`` (``first`` then holds
    word characters only). It finds what ``|``-joining ``\b?[first]rest`` finds, alternatives
    tried in order at each place, but opens with one class of every first character, which
    re uses to skip in C to the places where a match can start: an alternation led by ``\b``,
    a class or a group gives re no first characters, and it tries the whole pattern at every
    character of the text (these patterns are run over whole bodies). Each branch checks its
    first character, consumed, with a lookbehind, and ``\b`` before it as ``(?<!\w.)`` (the
    character before it is no word character, or there is none). A branch whose ``rest`` opens
    with letters (_literal_lead) matches them first and checks the first character and the
    ``\b`` behind them (``er(?<=[p]er)(?<!\w.{3})``): re passes over a branch opening with a
    letter that is not the next character at the cost of one comparison, where a lookbehind
    first costs its own match at every branch (the notice words: 2.7× less time)."""
    classes = "".join(first for first, _, _ in alternatives)
    branches = []
    for first, rest, word in alternatives:
        lead = _literal_lead(rest)
        if lead:
            # (the lookbehinds span the first character and the letters: no line break)
            behind = rf"(?<!\w.{{{len(lead) + 1}}})" if word else ""
            branches.append(f"{lead}(?<=[{first}]{lead}){behind}{rest[len(lead) :]}")
        else:
            branches.append(f"(?<=[{first}])" + (r"(?<!\w.)" if word else "") + rest)
    return re.compile(f"[{classes}](?:{'|'.join(branches)})")


def _literal_lead(rest: str) -> str:
    """The letters ``rest`` (a pattern's piece) opens with, each matched as itself: up to a
    character that is no letter, and short of a letter a quantifier follows (``RICES?`` leads
    with ``RICE``). A letter is no pattern syntax, so the lead matches exactly those letters."""
    count = 0
    while (
        count < len(rest)
        and rest[count].isalpha()
        and rest[count + 1 : count + 2] not in ("?", "*", "+", "{")
    ):
        count += 1
    return rest[:count]


#: Prices, phone numbers and shop words of an advertisement ("$5", "per cent", "10c", "Sold
#: by", "电话", "8折"): what ``r"\$\s?\d|\b(?:per\s+(?:cent|dozen|pound|yard|lb)\b|Phone\b|Tel\.|…)|
#: [电電]话|…"`` finds (tests/parse/test_classify.py keeps that form and compares the two),
#: led by its first characters (led_by_first_character).
_NOTICE_WORDS: Final = led_by_first_character(
    [
        ("$", r"\s?\d", False),
        ("p", r"er\s+(?:cent|dozen|pound|yard|lb)\b", True),
        ("P", r"hone\b", True),
        ("T", r"el\.", True),
        ("P", r"RICES?\b", True),
        ("S", r"ALE\b", True),
        # Advertisements: prices in cents, the shop's proprietor or agent, where it is sold.
        (r"\d", r"\d*\s?c\b", True),
        (r"\d", r"\d*\s+cents\b", True),
        ("P", r"rops?\.", True),
        ("A", r"gents?\b", True),
        ("A", r"GENTS?\b", True),
        ("P", r"HONES?\b", True),
        ("Ss", r"old\s+by\b", True),
        ("Dd", r"ruggists?\b", True),
        ("Bb", r"argains?\b", True),
        ("G", r"uaranteed\b", True),
        ("C", r"all\s+(?:on|at)\b", True),
        ("电電", "话", False),
        ("電", "話", False),
        ("热", "线", False),
        ("熱", "線", False),
        ("地", "址[：:]", False),
        ("联聯", "系人", False),
        ("聯", "絡人", False),
        ("元", "/", False),
        ("优", "惠", False),
        ("優", "惠", False),
        # A Chinese sale's words: a discount in tenths ("95折", "5折起"), money off a spend
        # ("满200减30"), a rush to buy ("限时抢购"), an anniversary sale ("周年庆"), a special
        # price ("特价").
        (r"\d", r"\d*\s?折", False),
        ("满滿", r"\s?\d+\s?[减減]\s?\d+", False),
        ("限", "[时時][抢搶][购購]", False),
        ("周週", "年[庆慶]", False),
        ("特", "[价價]", False),
        # A Hong Kong shop's sale: a discount in tenths in Chinese numerals ("低至五折",
        # "八五折", never a folding phone's "三折疊"), a price cut ("歲晚大減價").
        ("一二三四五六七八九", "折(?![叠疊])", False),
        ("减減", "[价價]", False),
    ]
)
#: The shop speaking to its customers: its offers, its stock, their orders and patronage.
#: (Matched against the text in lower case: one pass, no case folding at every character.)
#: Its words are grouped by their first letter: at each word's start re tries one branch a
#: letter, not every word (the pattern finds what the flat alternation, in the same order, finds:
#: tests/parse/test_classify.py keeps that form and compares the two; half the cost).
#: The shop's words, grouped by their first letter (each group's letter, then the rest of
#: its words), and a price in dollars "and up", which opens on its sign, no word's start
#: ("trunks....$3.75 up").
_SHOP_WORD_GROUPS: Final = (
    # A sale's prices ("Reg. price $3.75", "Sale price 59c", "$2.00 per day and up", "Our
    # prices are right", "while they last"), the shop's stock and store, its call to come and
    # buy ("Order today", "Call and look our Remnants over and save money"), a car's price at
    # the factory ("f. o. b. Detroit").
    # (Spaces are single where the words' marks below need them.)
    r"p(?:roprietors?\b|atronage\b|er\s+annum\b|opular\s+prices\b|"
    r"rices?\s+(?:are\s+|is\s+)?right\b)|"
    r"s(?:end\s+(?:for|us|today|in)\b|pecial\s+(?:sale|prices?|offer)\b|hipment\b|"
    r"ale\s+prices?\b|ave\s+money\b)|"
    r"w(?:rite\s+(?:for|us|today|in)\b|e\s+(?:sell|carry|pay|invite|solicit|offer|furnish|"
    r"have\s+just|are\s+(?:still\s+|now\s+|also\s+)?(?:holding|ready|showing|offering|selling))|"
    r"hile\s+they last\b)|"
    r"o(?:rders?\s+(?:taken|filled)\b|ur\s+(?:store|stock|prices|goods|customers|patrons)\b|"
    r"rders?\s+(?:today|now|promptly)\b)|"
    r"c(?:ome\s+early\b|ut\s+prices?\b|all and (?:see|look|get|examine|inspect)\b|"
    r"ome\s+in and (?:see|look|get|examine|inspect)\b)|"
    r"your\s+(?:patronage|order|account|trade)\b|brands?\b|try\s+our\b|"
    r"ask\s+your\s+(?:druggist|grocer|dealer|doctor)\b|get\s+a\s+(?:bottle|box)\b|"
    r"r(?:eg(?:ular|\.)?\s*prices?\b|educed\s+prices\b)|lowest\s+prices\b|"
    r"\d+\s?c\.? (?:and )?up\b|"
    r"t(?:his\s+(?:store|stock|prices|goods|customers|patrons)\b|ickets\s+on\s+sale\b)|"
    r"m(?:ail\s+orders?\s+(?:today|now|promptly)\b|ail\s+orders\b)|"
    r"f\. ?o\. ?b\b"
)
_DOLLARS_AND_UP: Final = r"\s?[\d.,]*\d\.? (?:and )?up\b"
_SHOP_WORDS: Final = re.compile(r"\b(?:" + _SHOP_WORD_GROUPS + r")|\$" + _DOLLARS_AND_UP)
#: _SHOP_WORDS as the counts and searches of the parse run it, over a text in lower case with a
#: space put before it (shop_word_count, has_shop_word): each match opens on the character
#: before the word, no word character (a word's start is always after one; the text's start
#: after the space), or on the dollar sign. Led by ``\W``, a class, re skips in C to the places
#: where a word can start; _SHOP_WORDS, led by ``\b``, is tried at every character (38 % less
#: time on the parse's texts). Each match of one is a match of the other (a test compares
#: their counts).
_SHOP_WORDS_AFTER: Final = re.compile(
    r"\W(?:(?<=\$)" + _DOLLARS_AND_UP + "|" + _SHOP_WORD_GROUPS + ")"
)


def shop_word_count(lower: str) -> int:
    """How many times _SHOP_WORDS matches a text in lower case (through _SHOP_WORDS_AFTER)."""
    return len(_SHOP_WORDS_AFTER.findall(" " + lower))


def has_shop_word(lower: str) -> bool:
    """Whether _SHOP_WORDS matches a text in lower case (through _SHOP_WORDS_AFTER)."""
    return _SHOP_WORDS_AFTER.search(" " + lower) is not None


#: Words addressing the reader, which an advertisement does and news rarely does: what
#: ``r"\b(?:[Yy]ou|[Yy]our|YOU|YOUR)\b"`` finds, led by its first characters.
_READER_WORDS: Final = led_by_first_character(
    [("Yy", r"ou\b", True), ("Yy", r"our\b", True), ("Y", r"OU\b", True), ("Y", r"OUR\b", True)]
)
#: A paid reading notice signs off as one ("… next Sunday.—Advt."), also as OCR reads the
#: sign-off after its dash ("-AdvL", "-lAdvt.", "— Advt. ,").
_ADVT_WORD = r"\s?[lI1|']?Adv[tlLI1]\b"
_ADVT_SIGN_OFF = _ADVT_WORD + r"\W*$"
#: In an item's text the sign-off may be followed by a character of OCR dirt among marks, a
#: column rule or a speck read as a digit or letter ("…1.183 Broadway.-AdvL ; 1").
_ADVT: Final = re.compile(r"\bAdvt\b|[-—–]" + _ADVT_WORD + r"(?:\W+\w)?\W*$")
#: ... closing a paragraph, after its dash or its stop.
_ADVT_CLOSE = re.compile(r"[-—–.]" + _ADVT_SIGN_OFF)
#: An advertiser's closing paragraph is at most this long, with at most this many words in
#: lower case (besides _FIRM_SMALL_WORDS).
FIRM_MAX_CHARS: Final = 80
FIRM_MAX_LOWER_WORDS: Final = 2
_FIRM_SMALL_WORDS: Final = frozenset({"of", "and", "the", "for", "at", "in", "on", "to"})
#: A business named at the end of an advertisement. "Co." stands outside the closing word
#: boundary: after its stop comes a comma, a space or the line's end ("Smith & Co.,"), where
#: no boundary is.
_FIRM_WORDS: Final = (
    "Bank|BANK|Company|COMPANY|CO|Store|STORE|Shop|SHOP|Studio|STUDIO|"
    "Jewel(?:l)?ers|JEWEL(?:L)?ERS|Druggists?|DRUGGISTS?|Pharmacy|PHARMACY|Hotel|HOTEL|"
    "Hardware|HARDWARE|Grocery|GROCERY|Grocers?|GROCERS?|Bakery|BAKERY|Agent|AGENT|"
    "Agency|AGENCY|Mercantile|MERCANTILE|Furniture|FURNITURE|Garage|GARAGE"
)
_FIRM_WORD: Final = re.compile(r"\b(?:(?:" + _FIRM_WORDS + r")\b|Co\.)")
#: Whether a text names a firm's word: _FIRM_WORD's matches led by their first characters
#: (led_by_first_character), for a search over a whole text (_FIRM_WORD, led by ``\b``, is
#: tried at every character; its source is part of _CLOSING_FIRM's).
_FIRM_WORD_LED: Final = led_by_first_character(
    [(word[0], word[1:] + r"\b", True) for word in _FIRM_WORDS.split("|")] + [("C", r"o\.", True)]
)
#: A street address: a house number, then up to three capitalised words and a street noun; or
#: a house number, a compass point, a capitalised street name of one or two words and a street word
#: ("212 W. Main St", "40 Masonic Temple Bldg.", "618 Pine Block"). A number before two
#: capitalised words is no address without its street word ("100 Additional Cars", "sec 30
#: Spruce Valley").
_STREET_ADDRESS: Final = re.compile(
    # A street's name is capitalised ("1115 Pacific Avenue", "212 W. Main St."): "300 men in
    # St. Louis" is a count and a saint's city.
    r"\b\d{1,5}\s+(?:[A-Z][A-Za-z.]*\s+){1,3}(?:Avenue|Ave\.?|Street|St\.|Boulevard|Road)"
    r"|\b(?:Avenue|Street)\b"
    r"|\b\d{1,5}\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:[A-Z][a-z]+\.?\s+){1,2}"
    r"(?:St\b|Ave\b|Av\.|Blvd\b|Rd\.|Place|Pl\.|Block|Blk\.|Building|Bldg\b|Court|Ct\.|"
    r"Square|Sq\.|Drive|Lane|Alley)"
)
#: "… now.-- -Tiset Studio.": a sentence's stop, a dash, and a firm of one to three
#: capitalised words closing the text.
_FIRM_DASHED: Final = re.compile(
    r"[.!]\s?[-—–]+\s?[-—–]*\s?(?:[A-Z][\w'&]*\.?\s){0,2}(?:Studio|Company|Co\.|Store|Shop|"
    r"Jewelers|Druggists?|Pharmacy|Bakery|Grocery|Hotel|Agency)\.?$"
)
_WORDS: Final = re.compile(r"[A-Za-z]+")
#: Ailments and cures of a patent-medicine reader (matched in lower case).
_AILMENT_WORDS: Final = re.compile(
    r"\b(?:ailments?|allments?|constipation|biliousness|indigestion|dyspepsia|rheumatism|"
    r"neuralgia|lumbago|catarrh|kidneys?|liver|bowels|stomach|coughs?|colds|headaches?|"
    r"relief|remedy|remedies|cures?|cured|tonic|laxative|pills|tablets|salve|ointment|"
    r"liniment|bottle)\b"
)
#: A patent-medicine reader is at most this long, with at least this many ailment and cure
#: words, one for every this many characters.
MEDICINE_MAX_CHARS: Final = 1500
MEDICINE_MIN_HITS: Final = 3
MEDICINE_CHARS_PER_HIT: Final = 200
#: A Chinese headline naming its item a notice ("遷址通告", "招聘启事", "更正声明"), 啓 the form
#: of 啟 that Hong Kong and the Republican-era press print ("褚民誼啓事", "遷移啓事").
_NOTICE_TITLE: Final = _zh(r"(?:通告|公告|启事|声明|告示|讣告|通启|啓事|通啓)\s*$")
#: A Chinese notice's head is at most this many characters (names_notice_head).
NOTICE_HEAD_CHARS: Final = 16
#: The last character of each word _NOTICE_TITLE ends on, in either script.
_NOTICE_TITLE_ENDS: Final = tuple("告事明示启啟啓")


def names_notice_head(text: str) -> bool:
    """Whether a Chinese line is a notice's head by its last word ("仁心中醫診所遷址啟事",
    "寻物启事", "更正声明"; _NOTICE_TITLE): short (NOTICE_HEAD_CHARS), no stop or comma in it.
    Such a line under a closed paragraph heads a notice of its own, however wide it is set
    (branch zh45)."""
    stripped = text.strip()
    return (
        stripped.endswith(_NOTICE_TITLE_ENDS)
        and 2 < len(stripped) <= NOTICE_HEAD_CHARS
        and _NOTICE_TITLE.search(stripped) is not None
        and _TITLE_STOPS.isdisjoint(stripped)
    )


#: An item is an advertisement with at least this many prices and ad words, one for every this
#: many characters; or with this many words of a shop to its customers, when those, prices,
#: ad words and words to the reader come one for every SHOP_CHARS_PER_HIT characters.
NOTICE_MIN_HITS: Final = 3
NOTICE_CHARS_PER_HIT: Final = 60
SHOP_MIN_HITS: Final = 2
SHOP_CHARS_PER_HIT: Final = 100
#: With fewer shop words, an advertisement names one shop or ad word and addresses the reader
#: at least this often; or names this many shop words and prices and addresses the reader at
#: least PRICED_READER_HITS times.
READER_MIN_HITS: Final = 3
PRICED_MIN_HITS: Final = 3
PRICED_READER_HITS: Final = 2
#: A shop speaking to its customers in its own voice — a shop word and one more shop word,
#: price or ad word (``our store``, ``brands``, ``$1.50``), and the reader addressed twice
#: (``you will find same now on sale``) — with no word of reported speech, needs these words
#: only one for every this many characters.
VOICE_CHARS_PER_HIT: Final = 150
#: Reported speech, which news holds and a shop's own talk to its customers does not.
_REPORTED_SPEECH_WORDS: Final = r"said|says|stated|told|declared|announced|according\s+to"
_REPORTED_SPEECH: Final = re.compile(rf"\b(?:{_REPORTED_SPEECH_WORDS})\b", re.IGNORECASE)


#: A card's address to the public ("To The Voters of Chickasaw County:", "To the Public:").
_CARD_ADDRESS: Final = r"(?i:TO\s+THE\s+(?:PUBLIC|VOTERS|TAXPAYERS|CITIZENS)\b[^.:;!?]{0,40}:)"
_NOTICE_HEAD: Final = _zh(
    r"^(?:遗失声明|声明|公告|通告|启事|寻人启事|招聘|招标公告|讣告|更正)\s*[：:]|"
    r"^(?:(?:LEGAL|PUBLIC|SHERIFF'?S?)\s+)?NOTICE\b|^" + _LEGAL_FORMULA + r"|"
    # A card addressed to the public ("To The Voters of Chickasaw County: I take this …").
    r"^" + _CARD_ADDRESS
)
_CARD_ADDRESS_LINE: Final = re.compile(_CARD_ADDRESS)


def is_card_address(text: str) -> bool:
    """Whether a paragraph is a card's address to the public and nothing else ("To The Voters
    of Chickasaw County:"): the card's head, as a head is printed over it."""
    return _CARD_ADDRESS_LINE.fullmatch(text.strip()) is not None


def opens_notice(text: str) -> bool:
    """A paragraph that opens a notice of its own ("遗失声明：…", "NOTICE TO CREDITORS")."""
    return _NOTICE_HEAD.match(text.strip()) is not None


#: How far into an item's text the legal formula may come after the office, the date or the
#: estate a notice opens with (a land office's line and its date run about 100 characters).
FORMULA_REACH: Final = 200
#: The legal formula after a sentence's stop in the item's first paragraph (no line break
#: before it or inside it: a story quoting a notice further down is news), in any case; its
#: cheap test in :func:`opens_as_notice` asks for "hereby" in small letters.
_FORMULA_AFTER_DATE: Final = re.compile(
    r"^[^\n]*?[.:;,][^\S\n]+" + _LEGAL_FORMULA.replace(r"\s", r"[^\S\n]"), re.I
)


def opens_as_notice(headline: str | None, text: str) -> bool:
    """Whether an item's head or, under a head, its text opens as a notice or an advertisement
    ("NOTICE …", "TO THE PUBLIC.", "CARD OF THANKS", "… FOR SALE", "公告"), or its first
    paragraph gives the legal formula after the office and date or the estate it is dated by
    ("… Land Office at Roswell, N. M., Jan. 6, 1916. Notice is hereby given that …")."""
    opening = _LEADING_MARKS.sub("", (headline or text).strip())
    return (
        _NOTICE_OPENINGS.match(opening) is not None
        or (
            headline is not None
            and _NOTICE_OPENINGS.match(_LEADING_MARKS.sub("", text)) is not None
        )
        or ("hereby" in text and _FORMULA_AFTER_DATE.search(text, 0, FORMULA_REACH) is not None)
    )


#: Marks OCR reads before a line's first word from a column rule or dirt (``- RESOLUTIONS OF
#: RESPECT``, ``' NOTICE``): one to three, before a space or the word.
_LEADING_MARKS: Final = re.compile(r"^\s*[-—–'‘’\".,:;|_■•*]{1,3}\s*(?=\w)")


def closes_advert(text: str) -> bool:
    """A paragraph closing on a paid notice's sign-off ("… read it next Sunday.—Advt.",
    "-AdvL" as OCR reads it)."""
    return "Adv" in text and _ADVT_CLOSE.search(text) is not None


#: What follows a firm's name in its signature: nothing, its address's number, a place set
#: off by a comma or a word in capitals ("… CO., PHOENIX", "… Bank 1115 Pacific Avenue"),
#: not a word that runs on ("Northwest Motor Co. Secures 100 Additional Cars.", "Pioneer Land
#: & Loan Co., sw 1/4 sec 30 Spruce Valley.").
_FIRM_NAME_ENDS: Final = re.compile(r"[.,]*\s*(?:$|\d|[A-Z][A-Za-z.]*,|[A-Z]{2,}\b)")


def _signed_by_a_firm(text: str) -> bool:
    """An advertisement signs off with its firm: the last paragraph, short, names a business
    and no sentence runs in it ("ARIZONA SEED COMPANY. 137 North Central Avenue, Phoenix",
    "Puget Sound State Bank 1115 Pacific Avenue", "FRANCIS BIENVENU, LOCAL AGENT"), or the
    text closes on a dash and the firm ("… during the slack season.-- -Tiset Studio.")."""
    rest, _, last = text.rpartition("\n")
    last = last.strip()
    if _FIRM_DASHED.search(last) is not None:
        return True
    before = rest.rpartition("\n")[2].strip()
    if "\n" in rest and len(before) + len(last) < FIRM_MAX_CHARS:
        # The firm and its address set as two short paragraphs.
        last = f"{before} {last}"
    if len(last) > FIRM_MAX_CHARS or len(text) <= len(last):
        return False  # a long closing paragraph, or the item is its signature alone
    if not any(_FIRM_NAME_ENDS.match(last, m.end()) for m in _FIRM_WORD.finditer(last)):
        return False  # no firm's name closes here: it runs on ("Loan Co., sw 1/4 sec 30")
    # No running sentence: at most two words in lower case longer than "of" / "the" / "and".
    lower = [w for w in _WORDS.findall(last) if w.islower() and w not in _FIRM_SMALL_WORDS]
    return len(lower) <= FIRM_MAX_LOWER_WORDS and (
        _STREET_ADDRESS.search(last) is not None or last.upper() == last
    )


#: A line opening on a street address ("137 North Central Avenue,", "212 W. Main St.").
_ADDRESS_LINE = re.compile(
    r"\d{1,5}\s+(?:[A-Z][A-Za-z]*\.?\s+){1,3}(?:Avenue|Ave\.?|Street|St\.?|Boulevard|Road)\b"
)


#: A firm's name in capitals alone on its line, partners joined by "&" ("MAYES & CAVENDER",
#: "MORRIS & SON", "HALL & CO.").
_FIRM_LINE: Final = re.compile(
    r"[A-Z][A-Z.'’]*(?:\s+[A-Z][A-Z.'’]*){0,2}\s*&\s*[A-Z][A-Z.'’]*(?:\s+[A-Z]+)?[.,]?"
)


# --- table and list rows --------------------------------------------------------------------

#: A table row is a short line: a label and its figures.
ROW_MAX_CHARS: Final = 60
#: A row's label without dot leaders is a name or a commodity: this many characters at most …
ROW_LABEL_CHARS: Final = 32
#: … and this many words ("C M & St P (St Paul)").
ROW_LABEL_WORDS: Final = 6
#: A figure as a table prints it and OCR reads it: a digit among digits, OCR's look-alikes of
#: them and marks ("1.0O", "113'2", "98',", "113V", "48H" — a half read as V or H —, "$10.00",
#: ".33", "25c", "-101", "96@97c", "...L.O1." — a 1 read as L after its leader).
#: (a market's change has its sign: "Dow 41,235.10 +212.44")
_ROW_FIGURE: Final = re.compile(
    r"[$(\"'.,*?+-]*(?:[LlIO]\.?){0,2}\d[\dOoIlSGBHV,.'/½¼¾%@:-]*(?:c|cts?\.?)?[)'\".,;:!]*"
)
#: A figure OCR read as letters or marks beside figures ("27 G", "SO' 3", "450 bid", "98 j"),
#: and the words of a range ("$10.00 to $37.00", "3 @ 5").
_ROW_SLIP: Final = re.compile(r"[OoIlSGBCj'.,|;:!-]{1,3}|SO'?|bid|asked|nom\.?|to|@")
#: Dot leaders, run together or spaced ("Rfg.....", ". . . .").
_ROW_LEADER: Final = re.compile(r"\.{3,}|(?:\.\s){2,}\.")
#: A price: a dollar sign, cents or a decimal fraction (".33", "4.83").
_ROW_PRICE: Final = re.compile(r"\$|\d\s?c\b|cts?\b|\d?\.\d")
#: Small words a row's label may hold in lower case ("Baltimore & Ohio", "Veal, per lb").
_ROW_SMALL: Final = frozenset({"of", "and", "the", "to", "per", "lb", "bu", "doz", "de", "von"})
#: The characters a row may end on: a figure, a mark after it, or a figure OCR misread.
#: A sentence's stops and commas: a Chinese display line holds none (a Republican-era
#: sentence stops with "、").
CJK_PROSE_STOPS: Final = frozenset("、，。；！？,;")
#: The units a Chinese data box's row may close on (table_row; "8.6万件", "46天").
#: (and the weights a price is quoted by, "0.80元/斤", "7.20元/公斤"; branch zh48)
CJK_ROW_UNITS: Final = frozenset("件人元天个次户家项台辆吨岁所座名倍亿万斤克只头")
#: Such a row: a label of two to ten Chinese characters, a space, a figure and its unit of at
#: most three characters (a figure alone after a label is _CJK_FIGURES_ROW's, a percentage
#: is read here too: "同比增长 12.3%").
#: (or a price by the unit it is sold by, as a farmers' paper's market box sets it: "大白菜
#: 0.80元/斤", "生猪 7.20元/公斤"; branch zh48)
_CJK_ROW_FIGURE: Final = (
    r"\d[\d,]*(?:\.\d+)?\s?(?:[%％]|[\u4e00-\u9fff]{1,3}|元\s?[/／]\s?[\u4e00-\u9fff]{1,2})$"
)
_CJK_DATA_ROW: Final = re.compile(r"^[\u4e00-\u9fff]{2,10}\s+" + _CJK_ROW_FIGURE)
#: The same row as a paragraph holds it, the space between label and figure taken out.
_CJK_DATA_ROW_JOINED: Final = re.compile(r"^[\u4e00-\u9fff]{2,10}\s*" + _CJK_ROW_FIGURE)


def cjk_data_row_paragraph(text: str) -> bool:
    """Whether a paragraph is one row of a Chinese data box, the space after its label kept
    or taken out ("大白菜0.80元/斤", "审结涉企案件 8.6万件"; branch zh48)."""
    return _CJK_DATA_ROW_JOINED.match(text.strip()) is not None


ROW_ENDS: Final = frozenset(".,'\"GOoSlIBCHV%;:)!c0123456789")
#: A digit: a row has one among its last ``ROW_TAIL_CHARS`` characters.
_ROW_DIGIT: Final = re.compile(r"\d")
ROW_TAIL_CHARS: Final = 16
#: One or two figures: a page number as a contents box prints it.
_PAGE_SIZED: Final = re.compile(r"\d{1,2}")


#: A row of a Chinese paper's figures box (汇率, 金价, 行情): a short label in Chinese (a
#: currency, a metal's fineness, an index: "美元", "人民币", "999金", "上证指数"), a space, then
#: a decimal figure, its currency's letters perhaps before it ("RM402.50", "S$1.25"), and at
#: most two more figures (a change, a percentage: "3418.62 +0.85%"). A decimal figure alone
#: after a label is a price or a rate, never a line of prose (which has no space before its
#: figures) or a head.
_CJK_FIGURES_ROW: Final = re.compile(
    r"^(?=[^\s]*[\u4e00-\u9fff])[\u4e00-\u9fff0-9A-Za-z（）()]{1,8}\s+"
    r"(?:[A-Z]{1,3}\$?|[$¥￥])?\d[\d,]*\.\d+"
    # (the change after an arrow, as a Taiwanese or Hong Kong market ear prints it,
    # "加權指數 23,518.62 ▲186.40", or after a currency's 升 / 貶 with its unit, "新台幣 31.275
    # 升4.5分"; branch zh47)
    r"(?:\s+(?:[+\-−▲▼△▽]\s?|[升贬貶涨漲跌])?\d[\d,]*(?:\.\d+)?(?:%|分|点|點)?){0,2}$"
)
#: A Chinese figures box is at least this many rows (figures_box_lines) …
FIGURES_BOX_ROWS: Final = 2
#: … under a label of at most this many characters ("今日汇率", "金价", "股市行情").
FIGURES_BOX_LABEL_CHARS: Final = 8


def figures_box_lines(texts: Sequence[str]) -> set[int]:
    """The lines (indexes into ``texts``) of a Chinese daily's figures box: a label of at most
    FIGURES_BOX_LABEL_CHARS characters with no stop ("今日汇率"), then FIGURES_BOX_ROWS rows
    or more of a label and its figures (_CJK_FIGURES_ROW: "美元 4.4650", "999金 RM402.50"),
    a sub-label of the same shape allowed between two rows ("金价（每克）"). Such a box (rates,
    gold, an index) tells no story: it is the page's furniture, as a weather or market ear
    is. One pass over the lines."""
    found: set[int] = set()
    count = len(texts)
    i = 1
    while i < count:
        if not _figures_row(texts[i]) or _figures_row(texts[i - 1]):
            i += 1
            continue
        label = texts[i - 1].strip()
        run = [i - 1]
        rows = 0
        j = i
        while j < count:
            if _figures_row(texts[j]):
                rows += 1
            elif not (j + 1 < count and _figures_row(texts[j + 1]) and _box_label(texts[j])):
                break
            run.append(j)
            j += 1
        if rows >= FIGURES_BOX_ROWS and _box_label(label):
            found.update(run)
        i = j
    return found


def _figures_row(text: str) -> bool:
    stripped = text.strip()
    return not stripped.isascii() and _CJK_FIGURES_ROW.match(stripped) is not None


def _box_label(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= FIGURES_BOX_LABEL_CHARS
        and cjk_ratio(stripped) >= 0.5
        and not _CJK_BOX_LABEL_STOPS.intersection(stripped)
    )


_CJK_BOX_LABEL_STOPS: Final = frozenset("，。；！？,;、")


#: A row's label opening on a term's figure: "10-yr Treasury", "30-year mortgage".
_TERM_LABEL: Final = re.compile(r"\d{1,2}-(?:yr|year|day|month|week)\b")
#: A row's label of initials joined by an ampersand: "S&P", "S&P 500".
_AMPERSAND_LABEL: Final = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}\b")


def table_row(text: str) -> int:
    """How surely a line is a row of a table or a price list, by its own shape: 2 for a label
    closed by figures after dot leaders (``U. S. Steel ............ 82 84``, ``No. 1,
    ....... 1.0O``, ``Veal, fancy, dressed, per lb.... .14``) or by two figures or a price
    (``Andrew Davis 24 9``, ``Canadian Pacific 169 171``, ``Men's Suits to Order $10.00 to
    $37.00``); 1 for a short capitalised label with one figure (``No. 2,``, ``Atchison 103``)
    or a leader's lone page-sized number (``Sports ..... 5``: a contents box's entry as much as
    a row); 0 for anything else. Only a run of rows makes a table (``reflow.table_lines``)."""
    stripped = text.strip()
    if stripped[-1:] in CJK_ROW_UNITS or (stripped[-1:] in "%％" and not stripped.isascii()):
        # A Chinese data box's row: a label, a space, a figure and its unit ("审结涉企案件 8.6万件",
        # "平均审理天数 46天", "同比增长 12.3%"; branch zh47).
        if _CJK_DATA_ROW.match(stripped) is not None:
            return 2
        if stripped[-1:] in CJK_ROW_UNITS:
            return 0
    if len(stripped) > ROW_MAX_CHARS or stripped[-1:] not in ROW_ENDS:
        return 0  # (most lines: too long, or closing on a letter)
    if _ROW_DIGIT.search(stripped, len(stripped) - ROW_TAIL_CHARS) is None:
        return 0  # (most others: no figure near the end, where a row's figures are)
    if not stripped.isascii() and _CJK_FIGURES_ROW.match(stripped) is not None:
        return 2  # a Chinese figures box's row: "美元 4.4650", "999金 RM402.50"
    tokens = stripped.split()
    k = len(tokens)
    figures: list[str] = []
    last_figure = 0
    leader = False
    while k > 1:
        token = tokens[k - 1]
        if _ROW_FIGURE.fullmatch(token):
            if token.startswith("..."):
                leader, token = True, token.lstrip(".")  # a leader run into its figure
            figures.append(token)
            last_figure = max(last_figure, k)
        elif len(token) > 2 and not token.strip(".:;,'"):
            leader = leader or token.count(".") >= 3  # a leader set apart ("......")
        elif not _ROW_SLIP.fullmatch(token):
            break
        k -= 1
    if not figures or last_figure < len(tokens) - 1:
        return 0  # no figure, or none among the last two tokens
    label = " ".join(tokens[:k])
    # (a market's label may open on a term's figure, "10-yr Treasury", or join initials with
    # an ampersand, "S&P 500")
    if not label.lstrip("\"'“‘(")[:1].isalpha() and _TERM_LABEL.match(label) is None:
        return 0
    words = _ENGLISH_WORD.findall(label)
    if not any(len(word) >= 2 for word in words) and _AMPERSAND_LABEL.match(label) is None:
        return 0
    priced = any(_ROW_PRICE.search(figure) for figure in figures)
    if leader or _ROW_LEADER.search(label) is not None:
        lone = (
            len(figures) == 1
            and not priced
            and _PAGE_SIZED.fullmatch(figures[0].strip(".,;: ")) is not None
        )
        return 1 if lone else 2
    if len(label) > ROW_LABEL_CHARS or len(words) > ROW_LABEL_WORDS:
        return 0
    if any(_ROW_FIGURE.fullmatch(token) for token in tokens[:k]):
        return 0  # a figure inside the label: a sentence or a headline naming numbers
    small = sum(1 for word in words if word[0].islower() and word not in _ROW_SMALL)
    if small > 1:
        return 0  # prose
    return 2 if len(figures) >= 2 or priced else 1


def is_firm_line(text: str) -> bool:
    """A firm's name in capitals alone on its line, partners joined by "&": the signature that
    closes an advertisement ("MAYES & CAVENDER"), never a headline."""
    return "&" in text and _FIRM_LINE.fullmatch(text.strip()) is not None


def names_firm(text: str) -> bool:
    """Whether a line names a business ("FRANCIS BIENVENU, LOCAL AGENT", "ROYAL BAKING POWDER
    CO."): in capitals over an advertisement's display lines, its signature or its name."""
    return _FIRM_WORD_LED.search(text) is not None


def firm_over_address(text: str, below: str) -> bool:
    """Whether a line naming a business ("ARIZONA SEED COMPANY.") stands over a street
    address ("137 North Central Avenue,"): an advertisement's signature, no headline."""
    return (
        _ADDRESS_LINE.match(below.lstrip()) is not None and _FIRM_WORD_LED.search(text) is not None
    )


def _medicine_reader(text: str) -> bool:
    """A patent-medicine reader: a short item full of ailments and cures ("constipation",
    "liver", "relief", "Lung ailments") that sells its remedy (a price, "Get a bottle today",
    "druggists") and speaks to the reader ("you", "your")."""
    if len(text) > MEDICINE_MAX_CHARS or not text.isascii():
        return False
    lower = text.lower()
    if "you" not in lower:
        return False  # no word to the reader (each holds "you" in lower case): no need to count
    ailments = len(_AILMENT_WORDS.findall(lower))
    if ailments < MEDICINE_MIN_HITS or ailments * MEDICINE_CHARS_PER_HIT < len(text):
        return False
    selling = shop_word_count(lower) + len(_NOTICE_WORDS.findall(text))
    return selling >= 1 and _READER_WORDS.search(text) is not None


def looks_like_notice(headline: str | None, text: str) -> bool:
    """Whether an item reads as a notice or an advertisement rather than news: it opens as one
    ("NOTICE …", "FOR SALE", "公告", "招聘"), its Chinese headline names it one ("遷址通告"), it
    signs off as a paid notice ("—Advt."), or it is dense with prices, phone numbers, the
    shop's offers and words to the reader ("We pay you 5 per cent", "your patronage"); or it
    names its goods once and speaks to the reader throughout."""
    if opens_as_notice(headline, text):
        return True
    if (headline and _NOTICE_TITLE.search(headline)) or ("Adv" in text and _ADVT.search(text)):
        return True
    if _signed_by_a_firm(text) or _medicine_reader(text):
        return True
    return (
        dense_with_ad_words(headline, text)
        or speaks_as_shop_to_reader(text)
        or bank_card_to_reader(text)
    )


def may_add_ad_words(text: str) -> bool:
    """Whether a text (an item's decks) may hold a price, an ad or shop word or a word to the
    reader: without one it adds nothing to an item's evidence but length, and an item that
    is no advertisement by its own text is none with it either (see dense_with_ad_words)."""
    if not text.isascii():
        return True
    lower = text.lower()
    return (
        "$" in text or "you" in lower or _most_notice_words(text) > 0 or _most_shop_words(lower) > 0
    )


def dense_with_ad_words(headline: str | None, text: str) -> bool:
    """Whether a text is dense with an advertisement's words: prices, phone numbers and ad
    words ("$5", "25c", "Sold by"), or the shop's offers ("your patronage", "we pay") with those
    and words to the reader, for its length (see :func:`looks_like_notice`); or, less dense
    (one for every VOICE_CHARS_PER_HIT characters), a shop's own voice with nothing reported
    as said."""
    # In ASCII text with too few possible hits the pattern need not be run for the first test.
    ascii = text.isascii()
    most_hits = _most_notice_words(text) if ascii else 0
    possible = not ascii or most_hits * NOTICE_CHARS_PER_HIT >= max(
        NOTICE_MIN_HITS * NOTICE_CHARS_PER_HIT, len(text)
    )
    hits = len(_NOTICE_WORDS.findall(text)) if possible else -1
    if not ascii and headline and cjk_ratio(headline) >= 0.5:
        # A Chinese advertisement's head names its sale as often as its text does ("全聯福利中心
        # 週年慶" over "全館商品5折起 … 限時搶購"): its ad words count with the text's.
        hits += len(_NOTICE_WORDS.findall(headline))
    if hits >= NOTICE_MIN_HITS and hits * NOTICE_CHARS_PER_HIT >= len(text):
        return True
    shop = shop_word_count((headline or "").lower())
    if headline and names_firm(headline):
        shop += 1  # a head naming a business ("THE INN HOTEL", "CITY BAKERY") speaks as the shop
    lower = text.lower()
    reader_words = -1  # (counted below)
    if ascii:
        # At most so many shop words, and reader words (each holds "you" in lower case).
        most_shop, most_reader = shop + _most_shop_words(lower), lower.count("you")
        if (
            most_shop < SHOP_MIN_HITS
            and most_reader < READER_MIN_HITS
            and (most_reader < PRICED_READER_HITS or most_shop + most_hits < PRICED_MIN_HITS)
        ):
            return False  # too few possible shop and reader words: the patterns need not be run
        if hits >= 0:
            most_hits = hits
        if (most_shop + most_hits + most_reader) * VOICE_CHARS_PER_HIT < len(text):
            return False  # too few possible hits of all three, even at the shop voice's bound
        # The ad words and the reader's, counted (the tests below count them all the same;
        # their patterns, led by their first characters, cost a fraction of the shop words'),
        # with the shop words still at their bound: the tests below, asked so, say no.
        if hits < 0:
            hits = len(_NOTICE_WORDS.findall(text))
        reader_words = len(_READER_WORDS.findall(text))
        if _too_few_ad_words(most_shop, hits, reader_words, len(text)):
            return False
    shop += shop_word_count(lower)
    if hits < 0:
        hits = len(_NOTICE_WORDS.findall(text))
    if reader_words < 0:
        reader_words = len(_READER_WORDS.findall(text))
    # A shop's words; or one shop or ad word, with the reader addressed again and again ("Do
    # you know of a man …", "You want to know what your prospective car will do").
    if (
        shop < SHOP_MIN_HITS
        and (shop + hits < 1 or reader_words < READER_MIN_HITS)
        # (or goods priced with a shop word, spoken to the reader twice: "You want to know
        # what your prospective car will do … Touring Car $410; Runabout $390; f. o. b.")
        and (shop + hits < PRICED_MIN_HITS or reader_words < PRICED_READER_HITS)
    ):
        return False
    found = shop + hits + reader_words
    if found * SHOP_CHARS_PER_HIT >= len(text):
        return True
    # A shop's own voice: its words (one of them may be a price or an ad word) and the reader
    # addressed, with nothing reported as said ("We can not promise the low prices … you will
    # come back here to buy", "Send us $1.50 for 1,000 Frost Proof Cabbage Plants … I will send
    # you …").
    return (
        shop >= 1
        and shop + hits >= SHOP_MIN_HITS
        and reader_words >= PRICED_READER_HITS
        and found * VOICE_CHARS_PER_HIT >= len(text)
        and _REPORTED_SPEECH.search(text) is None
    )


def _too_few_ad_words(most_shop: int, hits: int, reader_words: int, length: int) -> bool:
    """Whether dense_with_ad_words says no for a text of ``length`` characters with these ad
    words and reader words and at most ``most_shop`` shop words: every test it makes after its
    counts asks for more words of one kind or another, so what says no for the most shop words
    says no for fewer. Its first test says no; or too few words of all three are found for the
    shop's voice, the loosest density (one for every VOICE_CHARS_PER_HIT characters, looser
    than SHOP_CHARS_PER_HIT)."""
    if (
        most_shop < SHOP_MIN_HITS
        and (most_shop + hits < 1 or reader_words < READER_MIN_HITS)
        and (most_shop + hits < PRICED_MIN_HITS or reader_words < PRICED_READER_HITS)
    ):
        return True
    return (most_shop + hits + reader_words) * VOICE_CHARS_PER_HIT < length


#: A shop speaking as "we" to "you" (see speaks_as_shop_to_reader): its text is at most this
#: long, with at least this many words of the first person plural, of the reader and of trade.
SHOP_WE_MAX_CHARS: Final = 1500
SHOP_WE_MIN_WORDS: Final = 2
SHOP_WE_READER_WORDS: Final = 2
SHOP_WE_TRADE_WORDS: Final = 2
#: The first person plural, as a shop speaks of itself ("We pay", "our stock", "let us").
_WE_WORDS: Final = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
#: Words of trade, which a shop's talk to its customers is full of ("goods", "prices",
#: "quality", "save money", "your order").
_TRADE_WORDS: Final = re.compile(
    r"\b(?:buy|sell|sells|selling|prices?|stock|goods|store|customers?|service|quality|orders?|"
    r"bargains?|values?|money|guaranteed?|purchases?|furnish|lines?|makes|brands?|trade|"
    r"delivery|samples?|cheaper|cost|patterns|styles?|save|satisfaction|merchandise)\b",
    re.IGNORECASE,
)
#: The shop serving the reader ("we can save you money", "Let us show you", "to serve your
#: needs", "Give us a trial order").
_SERVES_READER: Final = re.compile(
    r"\b(?:save|show|serve|sell|give|offer|furnish|supply|please|satisfy|suit|fit|fill|help)\s+"
    r"(?:you|your)\b|\blet\s+us\b|\bus\s+(?:a|your)\s+(?:trial|call|order)\b",
    re.IGNORECASE,
)
#: A letter's salutation ("Dear Sir:", "Dear Brethren"): a letter speaks as "we" to "you" too.
_SALUTATION: Final = re.compile(r"\bDear\b|\bDEAR\b")


def speaks_as_shop_to_reader(text: str) -> bool:
    """Whether a text is a shop speaking to its customers in the first person plural, which
    the counts of shop words miss ("We are here and want to stay … we can and will save you
    money, quality considered … Just try us once and see."): at most SHOP_WE_MAX_CHARS long,
    with SHOP_WE_MIN_WORDS words of ``we`` / ``our`` / ``us``, SHOP_WE_READER_WORDS words to the
    reader and SHOP_WE_TRADE_WORDS words of trade (``goods``, ``prices``, ``money``, or the
    shop serving the reader: ``save you``, ``let us``, ``give us a trial``), and the shop
    serving the reader or one shop word, ad word, price or firm (``our store``, ``$2.00``,
    ``Phone``, ``Co.``); those words come one for every VOICE_CHARS_PER_HIT characters, as
    the shop voice's words do in :func:`dense_with_ad_words` (an editorial that says "we" and
    "you" now and then is longer for its words).

    Gate: nothing told as done or said (``was``, ``had``, ``said``: editorials, appeals and
    reports of a meeting narrate) and no letter's salutation (``Dear Sir``); a modern story
    narrates, a modern page's ads are their own blocks."""
    if len(text) > SHOP_WE_MAX_CHARS:
        return False
    lower = text.lower()
    # (cheap guards: every word to the reader holds "you", every "we" word one of these)
    if lower.count("you") < SHOP_WE_READER_WORDS or not ("we" in lower or "us" in lower):
        return False
    we, reader = len(_WE_WORDS.findall(text)), len(_READER_WORDS.findall(text))
    if we < SHOP_WE_MIN_WORDS or reader < SHOP_WE_READER_WORDS:
        return False
    serves = len(_SERVES_READER.findall(text))
    trade = len(_TRADE_WORDS.findall(text)) + serves
    if trade < SHOP_WE_TRADE_WORDS or (we + reader + trade) * VOICE_CHARS_PER_HIT < len(text):
        return False
    if (
        not serves
        and not has_shop_word(lower)
        and _NOTICE_WORDS.search(text) is None
        and _AD_PRICE.search(text) is None
        and _FIRM_WORD_LED.search(text) is None
    ):
        return False
    return _SALUTATION.search(text) is None and tells_nothing_done(text)


#: A bank's card to the reader (see bank_card_to_reader): at most this long, with at least this
#: many words of banking and of the reader, one for every BANK_CHARS_PER_HIT characters.
BANK_CARD_MAX_CHARS: Final = 1200
BANK_MIN_WORDS: Final = 3
BANK_READER_WORDS: Final = 2
BANK_CHARS_PER_HIT: Final = 100
#: Words of banking, which a bank's card to its depositors is full of.
_BANK_WORDS: Final = re.compile(
    r"\b(?:bank|deposits?|depositors?|savings|accounts?|interest|checking|checks?|surplus|"
    r"capital)\b",
    re.IGNORECASE,
)


def bank_card_to_reader(text: str) -> bool:
    """Whether a text is a bank's card to the reader, as the patent-medicine reader is a
    remedy's (:func:`_medicine_reader`): at most BANK_CARD_MAX_CHARS long, BANK_MIN_WORDS
    words of banking (``bank``, ``deposit``, ``savings``, ``account``, ``interest``) and
    BANK_READER_WORDS words to the reader, these and the bank's ``we`` / ``our`` / ``us`` one
    for every BANK_CHARS_PER_HIT characters ("No matter what you earn, save part and bank it
    … Start an account at this bank.", "… the advantages of a savings or checking account with
    us.").

    Gate: nothing told as done or said (a bank's robbery, failure or meeting is narrated) and
    no letter's salutation; a bank's statement of condition speaks to nobody and is left to
    the notice rules by its figures."""
    if len(text) > BANK_CARD_MAX_CHARS:
        return False
    lower = text.lower()
    if lower.count("you") < BANK_READER_WORDS or ("bank" not in lower and "account" not in lower):
        return False  # (every word to the reader holds "you"; a card names a bank or account)
    banking = len(_BANK_WORDS.findall(text))
    reader = len(_READER_WORDS.findall(text))
    if banking < BANK_MIN_WORDS or reader < BANK_READER_WORDS:
        return False
    if (banking + reader + len(_WE_WORDS.findall(text))) * BANK_CHARS_PER_HIT < len(text):
        return False
    return _SALUTATION.search(text) is None and tells_nothing_done(text)


#: A piece of an advertisement run in under a story is at most this long, and shows at least
#: this many kinds of an ad's evidence (see reads_as_ad_piece).
AD_PIECE_MAX_CHARS: Final = 600
AD_PIECE_KINDS: Final = 3
#: A price in dollars or cents ("$18,00", "$1.50", "25c"): the source of the patterns for an
#: ad's price below and for a price or a cry in assemble (no deck's).
PRICE_SOURCE: Final = r"\$\s?\d|\b\d+\s?c\b"
#: A price as an ad prints it ("$18,00", "$1.50", "25c", "50 cents").
#: (What ``re.compile(PRICE_SOURCE + r"|\b\d+\s+cents\b")`` finds, led by its first
#: characters, led_by_first_character: that form is tried at every character of a text, this
#: one only at a dollar sign or a figure.)
_AD_PRICE: Final = led_by_first_character(
    [("$", r"\s?\d", False), (r"\d", r"\d*\s?c\b", True), (r"\d", r"\d*\s+cents\b", True)]
)
#: A street as an ad's address gives it: a house number and a street ("212 W. Main St."), or
#: a numbered street ("No. 3rd St.", "5th Avenue").
#: (What ``re.compile(_STREET_ADDRESS.pattern + r"|\b\d{1,3}(?:st|nd|rd|th)\s+(?:St\b|Street|"
#: r"Ave\b|Avenue)")`` finds, led by its first characters, led_by_first_character: tried only
#: at a figure, an "A" or an "S", not at every character.)
_AD_STREET: Final = led_by_first_character(
    [
        (
            r"\d",
            r"\d{0,4}\s+(?:[A-Z][A-Za-z.]*\s+){1,3}(?:Avenue|Ave\.?|Street|St\.|Boulevard|Road)",
            True,
        ),
        ("A", r"venue\b", True),
        ("S", r"treet\b", True),
        (
            r"\d",
            r"\d{0,4}\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:[A-Z][a-z]+\.?\s+){1,2}"
            r"(?:St\b|Ave\b|Av\.|Blvd\b|Rd\.|Place|Pl\.|Block|Blk\.|Building|Bldg\b|Court|Ct\.|"
            r"Square|Sq\.|Drive|Lane|Alley)",
            True,
        ),
        (r"\d", r"\d{0,2}(?:st|nd|rd|th)\s+(?:St\b|Street|Ave\b|Avenue)", True),
    ]
)
#: A figure, which every price and house number above holds.
_A_FIGURE: Final = re.compile(r"\d")
#: A telephone number as an ad gives it, not a telephone company's own name, which is its
#: firm ("Salisbury Home Tel. Co.,"): the phrase counts once, as the firm.
_AD_PHONE: Final = re.compile(r"\b(?:Phone|PHONE|Tel\.)(?!\s?(?:Co\.|CO\b|Company|COMPANY))")
#: Past-tense narrative and reported speech: news tells what was done and said; an ad's piece
#: offers what is.
_NARRATIVE_SOURCE: Final = rf"was|were|had|{_REPORTED_SPEECH_WORDS}"
_NARRATIVE: Final = re.compile(rf"\b(?:{_NARRATIVE_SOURCE})\b", re.IGNORECASE)
#: The words _NARRATIVE finds, in small letters, each cut at its first white space (every match
#: of "according\s+to" holds "according").
_NARRATIVE_WORDS: Final = tuple(word.split("\\")[0] for word in _NARRATIVE_SOURCE.split("|"))


def may_narrate(text: str) -> bool:
    """False only when _NARRATIVE cannot match ``text``: an ASCII text (where a case-blind match
    is plain lower-casing) whose letters in small hold none of _NARRATIVE_WORDS. Ten substring
    searches in C cost less than the case-blind pattern, which is tried wherever a word starts
    and reads an ad's whole text before it fails."""
    if not text.isascii():
        return True
    lower = text.lower()
    for word in _NARRATIVE_WORDS:  # noqa: SIM110 - a loop costs less than any() over a generator
        if word in lower:
            return True
    return False


def tells_nothing_done(text: str) -> bool:
    """Whether a text tells nothing as done or said (no _NARRATIVE word: ``was``, ``had``,
    ``said`` …), as an ad's piece, a shop's card or a bank's card offers what is."""
    return not may_narrate(text) or _NARRATIVE.search(text) is None


def may_be_ad_piece(text: str) -> bool:
    """Whether a text is short enough for an ad's piece and tells nothing as done or said: what
    fails here fails for any longer text holding it."""
    return len(text) <= AD_PIECE_MAX_CHARS and tells_nothing_done(text)


def reads_as_ad_piece(text: str) -> bool:
    """Whether a short text — the last paragraphs of an item — reads as an advertisement of
    its own: an ad by its words (:func:`looks_like_notice`), or a short piece showing
    AD_PIECE_KINDS kinds of an ad's evidence among a price, a street address, a telephone, a
    firm's word, a shop's word and a word to the reader ("The. CLOTHES that have met the
    requirements of ALL the people are made at The Fashion $18,00. … No. 3rd St., Oppo.
    Frederick Hotel"), with no past-tense narrative and no reported speech (``was``,
    ``had``, ``said``), which news holds."""
    if not may_be_ad_piece(text):
        return False
    kinds = ad_evidence_kinds(text)
    if not kinds and not opens_as_notice(None, text) and _ADVT.search(text) is None:
        return False
    return looks_like_notice(None, text) or kinds >= AD_PIECE_KINDS


_AD_EVIDENCE: Final = LINE_MEMOS.new()


def ad_evidence(text: str) -> tuple[bool, bool, bool, bool, bool, bool] | None:
    """Which kinds of an ad's evidence a text shows, as (a street address, a telephone, a word
    to the reader, a shop's word, a price, a firm's word), or None when it shows none of the
    ad's own voice: it names where the shop is or speaks as the shop or to the reader; prices
    and firms alone are news's too (a purse, the bids for a city's pumps). (Kept in a memo:
    assembly asks it of the same paragraphs and items again, three times in ten, and each
    answer is seven searches over the whole text.)"""
    if text in _AD_EVIDENCE:
        known: tuple[bool, bool, bool, bool, bool, bool] | None = _AD_EVIDENCE[text]
        return known
    return remember(_AD_EVIDENCE, text, _ad_evidence(text))


def _ad_evidence(text: str) -> tuple[bool, bool, bool, bool, bool, bool] | None:
    """:func:`ad_evidence`, found (no memo)."""
    # (exact guards, cheaper than the searches they spare: a price and a house number need a
    # figure, a street named without one "Avenue" or "Street", a telephone its word)
    figures = _A_FIGURE.search(text) is not None
    street = figures or "Avenue" in text or "Street" in text
    phone = "Phone" in text or "PHONE" in text or "Tel." in text
    street_hit = street and _AD_STREET.search(text) is not None
    phone_hit = phone and _AD_PHONE.search(text) is not None
    reader = _READER_WORDS.search(text) is not None
    shop = has_shop_word(text.lower())
    if not (street_hit or phone_hit or reader or shop):
        return None
    price = figures and _AD_PRICE.search(text) is not None
    return street_hit, phone_hit, reader, shop, price, _FIRM_WORD_LED.search(text) is not None


def ad_evidence_kinds(text: str) -> int:
    """How many kinds of an ad's evidence a text shows (:func:`ad_evidence`), or 0 when it
    shows none of the ad's own voice."""
    evidence = ad_evidence(text)
    return 0 if evidence is None else sum(evidence)


#: A whole item this short, in the ad's own voice, needs only SHORT_AD_KINDS kinds of an ad's
#: evidence (branch notices33): a small display ad's few words show two at most.
SHORT_AD_MAX_CHARS: Final = 320
SHORT_AD_KINDS: Final = 2


def shows_ad_evidence(text: str) -> bool:
    """Whether a whole item's short text tells nothing as done or said and shows
    AD_PIECE_KINDS kinds of an ad's evidence (:func:`ad_evidence_kinds`): a shop's card read as
    a story or a brief, as :func:`reads_as_ad_piece` reads one at a story's foot ("When in
    need of Hardware, Paints, Oils or Glass, remember that August Hoglund … will make you
    attractive prices. Now located on Third Street. Telephone 108."); or, in at most
    SHORT_AD_MAX_CHARS characters, SHORT_AD_KINDS kinds (branch notices33): a small display
    ad's few words ("JEWELRY See our stock while having your repairing done.", "Rates 50 cents
    and up. … Wm. Snow, Prop.", "Phone us your wants. Remember we are the exclusive
    Agents."), one of them a price, a telephone, a shop's word or the reader addressed: a
    short news item names a firm on its street ("… ran Kessler Hardware on Main Street")."""
    if not may_be_ad_piece(text):
        return False
    evidence = ad_evidence(text)
    if evidence is None:
        return False
    kinds = sum(evidence)
    if kinds >= AD_PIECE_KINDS:
        return True
    # (a street and a firm alone are an obituary's too: "… ran Kessler Hardware on Main Street")
    _street, phone, reader, shop, price, _firm = evidence
    return (
        len(text) <= SHORT_AD_MAX_CHARS
        and kinds >= SHORT_AD_KINDS
        and (reader or shop or phone or price)
    )


#: An advertisement's call to come and buy, as its last sentence: the reader bidden to the
#: shop ("Come here and buy.", "Come in and see …", "See us.", "See or write us today."), to
#: call, order or buy ("Call and see us at Lovington.", "Order a pound today.", "BUY NOW!"),
#: to telephone ("Phone 447."), to let the shop serve ("Let us show you.", "Give us a
#: trial"); it opens a sentence (or the paragraph) and closes the text. Invitations to a
#: meeting or a supper ("Come out and help a good cause.", "Don't miss the …") are not in it.
_CALL_TO_BUY: Final = re.compile(
    r"(?:^|[.!?]\s*|\n)(?:"
    r"come\s+(?:here|in|early|(?:\w+\s+)?and\s+(?:see|look|buy|get)|to\s+(?:us|our))\b"
    r"|see\s+(?:or\s+write\s+)?(?:us|our|them|me)\b"
    r"|call\s+(?:and\s+see|on\s+us|at\s+our|again|any\s*time|for\s+prices|early)\b"
    r"|order\s+(?:it|one|yours|now|today|early|a\s+\w+\s+today)\b"
    r"|buy\s+(?:now|today|here|early|your|them|it)\b"
    r"|phone\s+(?:us|your|no\.|\d)"
    r"|let\s+us\s+(?:show|have|figure|serve|fill|send|quote|supply|sell)\b"
    r"|give\s+us\s+(?:a|your)\s+(?:trial|call|order|business)\b"
    r"|try\s+(?:it|them|one|our)\b"
    r")[^.!?\n]{0,70}[.!?]*\W*$",
    re.IGNORECASE,
)
#: The call to buy is looked for in the text's last so many characters (its last sentence).
CALL_TO_BUY_CHARS: Final = 120


def closes_on_contact_line(text: str) -> bool:
    """Whether a Chinese item's text ends on a line of its own that is only a hotline's or
    telephone's label and its number (_CONTACT_LINE: "客服热线：95186"): an advertisement's or
    notice's sign-off. A news item gives a number inside a sentence, closed by its stop."""
    stripped = text.rstrip()
    if not stripped or not stripped[-1].isdigit():
        return False
    last = stripped.rsplit("\n", 1)[-1].strip()
    # (or run into the display lines joined above it, with no stop before: "… 投资须谨慎客服
    # 热线：95577")
    return (
        _CONTACT_LINE.match(last) is not None
        or _CONTACT_TAIL.search(stripped, max(0, len(stripped) - 30)) is not None
    )


#: A modern advertisement's contact line: a word bidding the reader call ("Call", "Tel",
#: "Phone", "Contact", "WhatsApp") opening on a capital, then a telephone number of seven
#: figures or more in groups ("Call 0722 555 010", "Tel: 051-2345678", "Call +92 300 1234567").
_MODERN_CONTACT: Final = re.compile(
    r"(?:^|\s)(?:Call|Tel|Phone|Contact|WhatsApp|Ph)\b[.:]?\s*(?:us\s+(?:on|at)\s+)?"
    r"(?P<number>\+?\(?\d[\d\s\-()]{5,18}\d)(?![\d\-])"
)
#: The fewest figures of such a number (a 1916 shop's "Phone 447" has three).
MODERN_PHONE_DIGITS: Final = 7
#: The longest text read as an advertisement's display lines by its contact line alone.
CONTACT_AD_MAX_CHARS: Final = 300


def small_ad_phone_line(text: str) -> bool:
    """A small ad's contact line as a display line of its own: the whole line a word bidding
    the reader call and a modern telephone number (_MODERN_CONTACT, MODERN_PHONE_DIGITS figures
    or more: "Call 800 6678", "Tel: 03-1234 5678"), at most SMALL_AD_PHONE_CHARS long. Inside a
    sentence such a number is no line of its own (reflow_block asks it on a modern page)."""
    stripped = text.strip()
    if not stripped[-1:].isdigit() or len(stripped) > SMALL_AD_PHONE_CHARS:
        return False  # (most lines)
    match = _MODERN_CONTACT.match(stripped)
    return (
        match is not None
        and match.end() == len(stripped)
        and sum(ch.isdigit() for ch in match.group("number")) >= MODERN_PHONE_DIGITS
    )


#: The longest contact line of a small ad set apart as a display line.
SMALL_AD_PHONE_CHARS: Final = 30


def shows_modern_contact_line(text: str) -> bool:
    """Whether a short text with no sentence in it (an advertisement's display lines, a
    name, an offer, a date, run together: no stop before a capital) gives a modern telephone
    number after a word bidding the reader call ("Call 0722 555 010", "Call 051-2345678";
    branch en44): a printer's, a school's or a shop's small ad on a modern front. A news
    brief gives a number inside its sentences, closed by their stops; a 1916 ad's
    "Phone 447" has too few figures (closes_on_call_to_buy reads those)."""
    if len(text) > CONTACT_AD_MAX_CHARS or ends_sentence_inside(text):
        return False
    for match in _MODERN_CONTACT.finditer(text):
        if sum(ch.isdigit() for ch in match.group("number")) >= MODERN_PHONE_DIGITS:
            return True
    return False


def closes_on_call_to_buy(text: str) -> bool:
    """Whether a short text telling nothing as done or said (:func:`may_be_ad_piece`) closes
    on an advertisement's call to come and buy ("… This is good advice. Come here and buy.",
    "… Board Stable. Phone 447.")."""
    return (
        len(text) <= AD_PIECE_MAX_CHARS
        and _CALL_TO_BUY.search(text, max(0, len(text) - CALL_TO_BUY_CHARS)) is not None
        and may_be_ad_piece(text)
    )


#: A firm's name closing a card, its text's last words after a sentence's stop or a
#: paragraph's start: capitalised words (initials, "&", "and", "of", "the" among them) ending
#: on a firm's word or "Bros." ("… tell us about it now. Valley Auto Co.", "… Let us show
#: you." / "Kresse Drug Co.", "… or consult G. H. Staves & Co."). A firm named inside a
#: sentence ("… at the Smith Hardware Store.") has a word in lower case before its name.
_CLOSING_FIRM: Final = re.compile(
    r"(?:^|(?<=[.!?:;])\s+|\n)[A-Z][\w'’.-]*,?(?:\s+(?:[A-Z][\w'’.-]*,?|&|and|of|the))*?\s+(?:"
    + _FIRM_WORD.pattern
    + r"|Bros\.|BROS\.)[.,]*\s*$"
)
#: The firm's name closing a card is looked for in the text's last so many characters.
CLOSING_FIRM_CHARS: Final = 80


def closes_on_firm_name(text: str) -> bool:
    """Whether a short text telling nothing as done or said (:func:`may_be_ad_piece`), in the
    ad's own voice (:func:`ad_evidence_kinds`: a street, a telephone, the reader addressed or
    a shop's word), closes on the name of the firm it speaks for, its sentence after the
    text's last stop or its paragraph ("Electricity in the home is almost a necessity … Have
    your house wired …" / "Stevens County Power & Light Co."). The name alone is no card:
    the text before it must speak as the ad does."""
    if len(text) > AD_PIECE_MAX_CHARS:
        return False
    found = _CLOSING_FIRM.search(text, max(0, len(text) - CLOSING_FIRM_CHARS))
    return (
        found is not None
        and text[: found.start()].strip() != ""
        and may_be_ad_piece(text)
        and ad_evidence_kinds(text) >= 1
    )


#: A telephone line alone, as an ad's signature prints it ("Phone 181.", "Telephone No. 108").
_PHONE_LINE: Final = re.compile(
    r"(?:Phone|PHONE|Telephone|TELEPHONE|Tel\.|TEL\.)\s*(?:No\.?\s*)?\d{1,5}\.?"
)
#: Marks OCR leaves before a signature's first letter ("$ W. W. FRY, President").
_SIGNATURE_SPECKS: Final = " \t$*'\".,;:|-"


def reads_as_ad_signature(text: str) -> bool:
    """Whether a line, read alone, is how an advertisement or a notice signs off: a name and its
    office after a comma ("W. W. FRY, President", "H. N. LAWSON, Agent"), a firm's name
    and nothing else ("FIRST NATIONAL BANK", "The E. L. Chandler Co."; the name
    :func:`closes_on_firm_name` reads) or a telephone line alone ("Phone 181.")."""
    stripped = text.strip().lstrip(_SIGNATURE_SPECKS)
    if not stripped or "\n" in stripped:
        return False
    # (a name and office has its comma, a telephone line opens on P or T: most titles are
    # spared both patterns)
    if "," in stripped and _NAMED_OFFICE.fullmatch(stripped) is not None:
        return True
    if stripped[0] in "PT" and _PHONE_LINE.fullmatch(stripped) is not None:
        return True
    found = _CLOSING_FIRM.match(stripped)
    return found is not None and found.end() == len(stripped)


#: A want ad's or a lost-and-found notice's head, its formula closing it: what is offered,
#: sought or lost, then ``for Sale`` / ``for Rent`` / ``Wanted`` / ``Lost`` … ("Houses for
#: Rent", "Pigs and Chufas For Sale", "BOLTS WANTED.", "Watch Lost."); the formula opening a
#: head is ``_NOTICE_OPENINGS``'s.
_WANT_AD_HEAD: Final = re.compile(
    r"(?i:\bfor\s+(?:sale|rent|trade|exchange)|\bwanted|\blost|\bfound|\bstrayed|\bstolen)\W*$"
)
#: A want ad's head has at most this many words (news heads closing on "LOST" or "FOUND" are
#: longer: "400 HEAD OF SHEEP ARE LOST", "Body of Prospector Found").
WANT_AD_HEAD_WORDS: Final = 5
#: The advertiser speaks in the first person or bids the reader to the owner: "I have two new
#: modern houses for rent", "We want to buy …", "Return to me …", "See me if you need …",
#: "liberal reward", "Owner can have same …", "apply to …", "inquire of …".
_WANT_AD_VOICE: Final = re.compile(
    r"\bI\s+(?:have|will|lost|found|want|am|offer|wish)\b|\b[Ww]e\s+(?:have|will|want|offer|"
    r"wish|are)\b|\b(?:my|our|me|us)\b|(?i:\b(?:reward|owner|apply|inquire)\b)"
)


def ends_on_want_formula(text: str) -> bool:
    """Whether a line closes on a want ad's formula ("For Sale", "Houses for Rent", "Watch
    Lost.")."""
    return _WANT_AD_HEAD.search(text) is not None


def reads_as_want_ad(headline: str | None, text: str) -> bool:
    """Whether a short item (telling nothing as done or said: :func:`may_be_ad_piece`) is a
    want ad or a lost-and-found notice by its head, of at most WANT_AD_HEAD_WORDS words closing
    on the formula ("Horse and Buggy for Sale", "Watch Lost."), and its advertiser's voice (``I
    have``, ``We want``, ``me``, ``reward``: "I lost last Saturday … one open case gold watch
    … Return to me or to this office and be rewarded.")."""
    return (
        headline is not None
        and len(headline.split()) <= WANT_AD_HEAD_WORDS
        and _WANT_AD_HEAD.search(headline) is not None
        and may_be_ad_piece(text)
        and _WANT_AD_VOICE.search(text) is not None
    )


#: A photograph's cut line, as a 1916 page prints one under a picture with no credit: the
#: text names its picture ("This picture was taken during the fire …", "The above photograph
#: shows …", "Above are shown leading figures …", "Below is a character picture of …"), where
#: its people stand ("Agha Khan (top) and …", "From left to right, they are …", "Upper—…"), or
#: who took it ("Photo by …"). "Below is given the temperature record" names no picture,
#: "this picture only" (a film's) opens no sentence.
_PICTURE_NOUN = r"(?:picture|photo|photograph|snapshot|cut|illustration)\b"
_PICTURE_CUE: Final = led_by_first_character(
    [
        (
            "T",
            r"(?:his|he\s+(?:above|accompanying|upper|lower|top|bottom))\s+" + _PICTURE_NOUN,
            True,
        ),
        ("A", r"bove\s+(?:is|are)\s+", True),
        ("B", r"elow\s+(?:is|are)\s+", True),
        ("i", r"s\s+(?:here\s+)?(?:shown|pictured)\s+", True),
        ("a", r"re\s+(?:here\s+)?(?:shown|pictured)\s+", True),
        (
            "(",
            r"(?:(?:top|bottom|left|right|center|centre|above|below|inset|upper|lower|"
            r"standing|seated)\)|Photo\b)",
            False,
        ),
        ("Ll", r"eft\s+to\s+right\b", True),
        ("P", r"hoto(?:graph)?\s+by\b", True),
    ]
)
#: What must follow "Above is" / "Below are" (a picture shown, or named within the sentence:
#: "Below is a character picture of …"), and "is shown" / "are pictured" (where).
_PICTURE_SHOWN: Final = re.compile(
    r"(?:shown|pictured|seen|[^.\n]{0,40}?\b(?:picture|photo|photograph|likeness|portrait))\b"
)
_PICTURE_WHERE: Final = re.compile(
    r"(?:above|below|here|herewith|in\s+th(?:is|e\s+(?:above|accompanying))\s+"
    + _PICTURE_NOUN
    + ")"
)
#: A cut line's paragraph opening on where its picture stands ("Upper—…", "ABOVE: …").
_PICTURE_PLACE_OPENING: Final = re.compile(
    r"\W{0,3}(?:Upper|Lower|Above|Below|Top|Bottom|UPPER|LOWER|ABOVE|BELOW)\s*[-—–:]"
)
#: A cut line is at most this long (an item's whole text), and names its picture in its first
#: paragraph's first so many characters.
CAPTION_MAX_CHARS: Final = 600
PICTURE_CUE_CHARS: Final = 200


def points_at_picture(first: str, text: str) -> bool:
    """Whether a short item's text (``text``, its first paragraph ``first``) is a photograph's
    cut line: at most CAPTION_MAX_CHARS long, and its first paragraph names the picture, where
    its people stand or who took it within its first PICTURE_CUE_CHARS characters
    (:data:`_PICTURE_CUE`: "This picture of President Wilson was taken in New York …", "Agha
    Khan (top) and Rajah of Pudukota.")."""
    if len(text) > CAPTION_MAX_CHARS:
        return False
    head = first[:PICTURE_CUE_CHARS]
    if not may_point_at_picture(head):
        return False
    if _PICTURE_PLACE_OPENING.match(head) is not None:
        return True
    for cue in _PICTURE_CUE.finditer(head):
        opening = cue.group()
        if opening[0] in "(TLlP":
            return True  # the picture named, a place in brackets, "left to right", "Photo by"
        rest = _PICTURE_SHOWN if opening[0] in "AB" else _PICTURE_WHERE
        if rest.match(head, cue.end()) is not None:
            return True
    return False


def may_point_at_picture(head: str) -> bool:
    """An exact guard, cheaper than the searches it spares: whether ``head`` holds a word every
    match of :data:`_PICTURE_CUE` and :data:`_PICTURE_PLACE_OPENING` holds (whatever white
    space stands between a cue's words)."""
    return any(word in head for word in _PICTURE_CUE_WORDS)


#: Every cue of :data:`_PICTURE_CUE` and :data:`_PICTURE_PLACE_OPENING` holds one of these.
_PICTURE_CUE_WORDS: Final = (
    "icture",
    "hoto",
    "napshot",
    "cut",
    "llustration",
    "shown",
    "(",
    "right",
    "Above",
    "Below",
    "Upper",
    "Lower",
    "Top",
    "Bottom",
    "ABOVE",
    "BELOW",
    "UPPER",
    "LOWER",
)


#: A reading notice is at most this long: one or two sentences set as text between local
#: items and under stories (see reads_as_reading_notice).
READING_NOTICE_CHARS: Final = 250
#: The paper's own notice of its want ads ("Ashland Tidings want ads bring results.", "place
#: a want ad in the Herald", "Read the advertising columns of The News").
_WANT_ADS: Final = re.compile(
    r"\b(?:[Ww]ants?\s*[Aa]ds?|WANT\s*ADS?|[Aa]dvertising\s+[Cc]olumns?)\b"
)
#: A reading notice's bidding of the reader, opening it ("Get scale receipts … at the Tidings
#: office", "Don't fail to get … at Wheeler's Drug Store").
_BIDS_READER: Final = re.compile(
    r"\W{0,3}(?:get|buy|try|call|see|come|order|phone|remember|bring|leave|ask|use|visit|send"
    r"|subscribe|read|have\s+your|don'?t\s+(?:forget|fail|miss))\b",
    re.IGNORECASE,
)
#: Where the notice sends the reader: a shop by its owner's name or the paper's office ("at
#: CRANE & SHAFER'S", "at J. B. White's", "at the Tidings office").
_AT_THE_SHOP: Final = re.compile(
    r"\bat\s+(?:the\s+|tho\s+)?[A-Z][\w&.,' ]{0,30}?"
    r"(?:'[sS]|\s(?:[Oo](?:ff|fl|f)ice|[Ss]tore|[Ss]hop))\b"
)
#: A paid notice's sign-off set without its dash, after the firm ("Elgin Merc. Co. adv."), or
#: after a dash as ``Adv.`` (branch notices33: "… Obtainable everywhere.—Adv."), which _ADVT
#: reads only with its last letter (``Advt``, ``AdvL``).
_ADV_SIGN_OFF: Final = re.compile(r"(?:\s|[-—–])[Aa]d[vV][tT]?\.?\W*$")


def reads_as_reading_notice(text: str) -> bool:
    """Whether a paragraph is a reading notice: at most READING_NOTICE_CHARS characters telling
    nothing as done or said (:func:`may_be_ad_piece`), in the paper's or an advertiser's voice
    by one of three marks: the paper's want ads or advertising columns ("Ashland Tidings want
    ads bring results.", "Read the advertising columns of The News; it will pay you."); an
    opening bidding the reader (``Get``, ``Buy``, ``Don't forget`` …) to a shop or the paper's
    office (``at <FIRM>'s``, ``at the Tidings office``: "Get scale receipts, legal blanks,
    etc., at the Tidings office."); or a paid notice's sign-off without its dash ("You owe it
    to yourself to buy the best merchandise possible for the price. Elgin Merc. Co. adv.").
    A shop named alone is news's too ("… spent Sunday at Nels Henderson's"), and so are words
    to the reader with a price or a call to buy: under a shop's own text they are the same
    ad's last lines (a bank's statement over its deposit boxes, a baking powder's talk)."""
    if len(text) > READING_NOTICE_CHARS or not may_be_ad_piece(text):
        return False
    return (
        _WANT_ADS.search(text) is not None
        or (_BIDS_READER.match(text) is not None and _AT_THE_SHOP.search(text) is not None)
        or _ADV_SIGN_OFF.search(text) is not None
    )


# --- notices by their own cue (branch notices25) -----------------------------------------------

#: The legal formula as OCR reads it, its noun garbled or another noun in its place ("Notioe i
#: hereby given", "Warning is hereby given", "The public is hereby notified"): its verb is
#: enough when it opens a sentence of its own (a story quoting a notice gives it after a colon
#: or inside a clause: "… which says: notice is hereby …").
#:
#: Branch notices25 asked for ``given`` or ``notified`` after at most three words; branch
#: notices33 added the formula's other verbs, which give notice, warn or call a body to meet:
#: "All property owners are hereby notified to clean …", "The inhabitants of the Town …,
#: qualified by law to vote in town meeting, are hereby notified and warned to meet …", "The
#: County Democratic Executive Committee is hereby called to convene …", "I hereby call a
#: meeting of said committee", "I hereby announce myself a candidate for …"; and "Notice is
#: hereby" with its verb lost to OCR ("Notice Is hereby (ftVerl that …", "PUBLIC NOTICE Is
#: hereby ive that …", after the office's date: "… Jan. 8, 1916 Notice is hereby irlven"). It
#: opens a sentence (up to sixteen words before it, commas among them); a statute's or a
#: resolution's ``is hereby appropriated / authorized / instructed / levied`` quoted in news
#: is none of these, nor is "the attention of the assessor is hereby called to …" (a body is
#: called to meet or for a purpose).
_HEREBY: Final = re.compile(
    r"(?:^|[.;]\W{0,3}\s|\n|\d\s)\W{0,3}(?:(?:[^\s.;:!?]+\s+){0,3}?notice\s+is\s+hereby\b|"
    r"(?:[^\s.;:!?]+\s+){1,16}?hereby\s+"
    r"(?:(?:given|notified|warned|summoned|requested|cautioned|forbidden)\b|"
    r"called\s+(?:to\s+(?:meet|convene|assemble|attend|appear)|for|upon)\b|"
    r"(?:give\s+notice|call|announce|notify|warn|summon)\b))",
    re.IGNORECASE,
)
#: A summons or a court's notice to its parties opens on the court's caption, the parties and
#: the case, and only then, at a paragraph's start, addresses them: "You are hereby summoned
#: to answer the complaint …", "You and each of you are hereby notified …", "All creditors are
#: hereby summoned to attend said meeting …" — within the first SUMMONS_REACH characters.
_SUMMONS: Final = re.compile(
    r"(?:^|\n)\W{0,3}(?:you|all\s+(?:creditors|persons))\b[^.\n]{0,40}?\bhereby\s+"
    r"(?:summoned|notified|required)\b",
    re.IGNORECASE,
)
SUMMONS_REACH: Final = 700
#: A story tells what was done before it quotes a summons ("… the damage, which was charged to
#: the company's culvert. The notice to the company follows:"); a summons's caption does not.
#: (Not _NARRATIVE: a caption says "said" as a legal adjective, "filed in said county".)
_DONE_BEFORE: Final = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)


def _summons_to_parties(text: str) -> bool:
    """Whether a paragraph within an item's first SUMMONS_REACH characters addresses the
    parties as a summons does (_SUMMONS) after a caption that tells nothing as done."""
    match = _SUMMONS.search(text, 0, SUMMONS_REACH)
    return match is not None and _DONE_BEFORE.search(text, 0, match.start()) is None


#: A card of thanks's head as OCR reads it ("Card of Thank", "CARD or THANKS.", run into the
#: head above: "TO CONSIDER NEXT RACE MEET CARD OF THANKS.").
_THANKS_HEAD: Final = re.compile(r"\bcards?\s+\w{1,3}\s+thank", re.IGNORECASE)
#: A card of thanks's opening sentence ("We wish to thank all our friends …", "Mr. and Mrs.
#: Geo. W. Wilbur take this means of thanking …", "I take this method of thanking the voters"),
#: its formula within the first 60 characters (names and their stops may come before it), after
#: no colon: a letter thanks after its salutation ("Dear Editor: Through your valuable paper I
#: wish to thank …", "Editor Reporter:—I wish to thank you for your editorial").
_THANKS_OPENING: Final = re.compile(
    r"^[^!?:]{0,60}?\b(?:(?:We|I)\s+(?:wish|desire|want)\s+to\s+(?:thank|express\s+our)"
    r"|takes?\s+this\s+(?:means|method|opportunity)\s+(?:of|to)\s+(?:thank|express))"
)
#: A society's resolutions by their head ("RESOLUTIONS.", "Resolutions ef Sympathy") …
_RESOLUTIONS_HEAD: Final = re.compile(
    r"\W{0,3}resolutions?(?:\s+\w{1,3}\s+(?:respect|condolence|sympathy))?\W*$", re.IGNORECASE
)
#: … or their preamble opening the text ("Whereas, the mother of our old time member …",
#: "Resolutions ef Sympathy As the Farmers' Union Local No. 941, has lost …") …
_RESOLUTIONS_OPENING: Final = re.compile(
    r"\W{0,3}(?:whereas\b|resolutions?\s+\w{1,3}\s+(?:respect|condolence|sympathy)\b)",
    re.IGNORECASE,
)
#: … on a death ("called by Providence to a higher life", "In the death of Brother J. H.
#: Deatrich"): a club's or a board's resolutions on policy or on a president's leaving are
#: printed as news as often.
_MOURNING: Final = re.compile(
    r"\b(?:death|died|deceased|departed|bereave\w*|sympathy|condolence|Providence|Almighty)\b",
    re.IGNORECASE,
)
#: How far into the text the resolutions' death is looked for.
MOURNING_CHARS: Final = 400
#: A church's order of services is at most this long, and names at least this many services
#: and this many hours.
SERVICES_MAX_CHARS: Final = 800
SERVICES_MIN_KINDS: Final = 2
SERVICES_MIN_HOURS: Final = 2
#: The services a church lists ("Sunday school at 9:30 a. m.", "Preaching 11:00", "Young
#: People's meeting", "First Mass, 8 a. m."), each by the words that name it; a funeral's or a
#: meeting's bare "services" is none of them.
_SERVICE_KINDS: Final = re.compile(
    r"\b(?:(?:sunday|sabbath|bible)\s+school|preaching|worship|sermon|mass|vespers|"
    r"prayer\s+(?:meeting|service)|epworth\s+league|christian\s+endeavor|communion|"
    r"young\s+people'?s\s+(?:meeting|society)|(?:morning|evening)\s+services?)\b"
)
#: Every match of _SERVICE_KINDS holds one of these.
_SERVICE_MARKS: Final = (
    "school",
    "preach",
    "worship",
    "sermon",
    "mass",
    "vespers",
    "prayer",
    "epworth",
    "endeavor",
    "communion",
    "people",
    "service",
)
#: An hour as a church's order of services prints it ("9:30 a. m.", "10. 00 a. m.", "11
#: o'clock", "7:30 P. M.").
_HOUR: Final = re.compile(r"\b\d{1,2}(?:[:.]\s?\d\d)?\s*(?:a\.\s?m\b|p\.\s?m\b|o'?clock)")
#: A death's words: a funeral's order of services is news of the death.
_FUNERAL: Final = re.compile(r"\b(?:died|death|funeral|burial|interment)\b")


def lists_services(text: str) -> bool:
    """Whether a short item is a church's order of services: at most SERVICES_MAX_CHARS
    characters naming SERVICES_MIN_KINDS kinds of service and SERVICES_MIN_HOURS hours, no
    death, and nothing told as done or said (:func:`may_be_ad_piece`: a report of a
    convention or a teachers' supper gives its hours too) — "Sunday school at 9:30 a. m. /
    Sermon by the pastor at 10:45 a. m., … 6:45 p. m., Young People's meeting."."""
    if len(text) > SERVICES_MAX_CHARS:
        return False
    lower = text.lower()
    if "m." not in lower and "clock" not in lower:
        return False  # no hour (each holds "m." or "clock")
    if not any(word in lower for word in _SERVICE_MARKS):
        return False  # no service's word: the pattern need not be run
    kinds = {" ".join(m.group().split()) for m in _SERVICE_KINDS.finditer(lower)}
    return (
        len(kinds) >= SERVICES_MIN_KINDS
        and len(_HOUR.findall(lower)) >= SERVICES_MIN_HOURS
        and _FUNERAL.search(lower) is None
        and may_be_ad_piece(text)
    )


#: A remedy's nouns, the last word of every _BRAND_REMEDY match (asked first, as substrings).
_REMEDY_NOUNS: Final = tuple(
    "Pills Remedy Tablets Compound Bitters Syrup Discovery Liniment Salve Balm Ointment Tonic "
    "Cure".split()
)
#: A proprietary remedy by its maker's or its brand's name ("Chamberlain's Cough Remedy",
#: "Foley Kidney Pills", "Foley Cathartic Tablets", "Hall's Catarrh Cure", "Dr. King's New
#: Discovery"): a capitalised name, up to two more, and the remedy's noun.
_BRAND_REMEDY: Final = re.compile(
    r"\b[A-Z][a-z]+(?:'s)?\s+(?:[A-Z][a-z]+\s+){0,2}(?:" + "|".join(_REMEDY_NOUNS) + r")\b"
)
#: The words of _AILMENT_WORDS that name the cure, not the complaint: a remedy's reader
#: names a complaint too ("constipation", "cough"); a story may show a bottle of liniment.
_CURE_WORDS: Final = frozenset(
    "relief remedy remedies cure cures cured tonic laxative pills tablets salve ointment "
    "liniment bottle".split()
)
#: A professional man's card: his calling as the card prints it ("Attorney-at-Law",
#: "ATTORNEYS-AT.LAW.", "Office hours", "Physician and Surgeon", "DENTIST", "UNDERTAKER"); not
#: a calling's possession ("an undertaker's wagon": news).
_PROFESSION: Final = re.compile(
    r"\b(?:attorneys?[-. ]{1,3}at[-. ]{1,3}law|office\s+hours|physicians?\s+and\s+surgeons?|"
    r"dentist|optometrist|undertaker|funeral\s+director|notary\s+public)\b(?!['’]s)"
)
#: Every match of _PROFESSION (in small letters) holds one of these words.
_PROFESSION_MARKS: Final = tuple(
    "law office surgeon dentist optometrist undertaker funeral notary".split()
)
#: A professional card is at most this long.
PROFESSION_MAX_CHARS: Final = 300


def names_remedy(text: str) -> bool:
    """Whether an item is a patent-medicine reader by its remedy's brand: at most
    MEDICINE_MAX_CHARS characters naming a proprietary remedy ("Foley Kidney Pills") among
    MEDICINE_MIN_HITS - 1 ailment and cure words, one every MEDICINE_CHARS_PER_HIT characters,
    a complaint among them: the testimonial that speaks of the writer, not to the reader, which
    :func:`_medicine_reader` leaves ("A. H. Francis, Zenith, Kas., writes: "I had a severe pain
    in my back …""). The remedy's nouns are looked for first, as substrings: nearly every item
    has none."""
    if len(text) > MEDICINE_MAX_CHARS or not any(noun in text for noun in _REMEDY_NOUNS):
        return False
    if _BRAND_REMEDY.search(text) is None:
        return False
    words = _AILMENT_WORDS.findall(text.lower())
    return (
        len(words) >= MEDICINE_MIN_HITS - 1
        and len(words) * MEDICINE_CHARS_PER_HIT >= len(text)
        and any(word not in _CURE_WORDS for word in words)
    )


def professional_card(headline: str | None, text: str) -> bool:
    """Whether a short item telling nothing as done or said is a professional man's card by
    its calling ("G. H. CLINTON" / "Attorney-at-Law ST. JOSEPH, LA. Will practice in …",
    "T.J. SULLIVAN DENTIST" / "Office hours 8 to 12 a. m. and 1 to 5 p. m. Bell Phone.")."""
    if len(text) > PROFESSION_MAX_CHARS:
        return False
    words = f"{headline or ''}\n{text}".lower()
    if not any(word in words for word in _PROFESSION_MARKS):
        return False
    return _PROFESSION.search(words) is not None and may_be_ad_piece(text)


#: How far into an item's text a card's or a preamble's opening is looked for.
NOTICE_OPENING_CHARS: Final = 160


def names_itself_notice(headline: str | None, text: str) -> bool:
    """Whether an item says what notice it is where a reader looks first, past what OCR made of
    the words: the legal formula in its first FORMULA_REACH characters ("Department of the
    Interior, U. S. Land Office … Notioe i hereby given that …", "The public is hereby notified
    that the bridge … is condemned"), a card of thanks's head or opening sentence ("CARD or
    THANKS.", "We wish to thank our friends who so kindly assisted us …"), or a society's
    resolutions on a death by their head or their preamble ("RESOLUTIONS." / "Whereas, the
    mother of our old time member, W. G. Woerner, has been called by Providence …"), or a
    church's order of services (:func:`lists_services`), a patent-medicine reader by its
    remedy's brand (:func:`names_remedy`) or a professional man's card
    (:func:`professional_card`). A story that quotes a notice or a vote of thanks further down
    is news (the cue must open the item)."""
    # (each pattern only where its word is: a few substring tests on the item's first
    # characters and its head spare the searches for nearly every item)
    lower = text[:FORMULA_REACH].lower()
    if "hereby" in lower and _calls_hereby(lower):
        return True
    if "hereby" in text[:SUMMONS_REACH] and _summons_to_parties(text):
        return True
    head = (headline or "").lower()
    if "notice" in head and head_names_notice(head):
        return True
    if "announc" in lower and announces_candidacy(text):
        return True
    if "thank" in head and _THANKS_HEAD.search(head) is not None:
        return True
    lower = lower[:NOTICE_OPENING_CHARS]
    if ("thank" in lower or "express" in lower) and _THANKS_OPENING.match(
        text, 0, NOTICE_OPENING_CHARS
    ) is not None:
        return True
    if lists_services(text) or names_remedy(text) or professional_card(headline, text):
        return True
    if signs_off_paid(text) or lists_want_ads(text) or lists_timetable(text):
        return True
    return (
        ("resolution" in head and _RESOLUTIONS_HEAD.match(head) is not None)
        or (
            ("whereas" in lower or "resolution" in lower)
            and _RESOLUTIONS_OPENING.match(lower) is not None
        )
    ) and _MOURNING.search(text, 0, MOURNING_CHARS) is not None


#: A head naming its item a notice (branch notices33): "Notice.", "Special Notice.", "1916
#: DOG TAX NOTICE", "LODGE NOTICES", "TAKE NOTICE." — "notice" or "notices" its last word,
#: at most NOTICE_HEAD_WORDS words in all — or "Notice to Parents.", "Notice of Hearing for
#: Granting", "Notice for Publication." — "notice" its first word, before "to", "of", "for"
#: or a comma, at most NOTICE_HEAD_MAX_WORDS words.
_NOTICE_HEAD_LAST: Final = re.compile(r"(?:^|\s)notices?\W*$")
_NOTICE_HEAD_FIRST: Final = re.compile(r"^notices?(?:\s+(?:to|of|ot|for|regarding)\b|\s*,)")
NOTICE_HEAD_WORDS: Final = 4
NOTICE_HEAD_MAX_WORDS: Final = 8
#: A news head's verb or owner before its "notice" ("GIVES NOTICE.", "SERVES NOTICE",
#: "AUSTRIA SENDS HER NOTICE"): the notice is the news's subject, not the item's kind.
_NOTICE_HEAD_NEWS: Final = frozenset(
    "gives give serves serve sends send gets get receives received given served her his its "
    "their further short no".split()
)


def _calls_hereby(lower: str) -> bool:
    """Whether a text's opening (in small letters) gives notice, warns or calls by the legal
    formula or its other verbs (_HEREBY) in a sentence that tells nothing as done or said before
    it ("the men were told, as the writ said, you are hereby summoned …" narrates)."""
    match = _HEREBY.search(lower)
    return match is not None and _NARRATIVE.search(match.group()) is None


def head_names_notice(head: str) -> bool:
    """Whether a head (in small letters) names its item a notice: ``notice`` or ``notices``
    closing a head of at most NOTICE_HEAD_WORDS words, not after a verb or an owner ("Special
    Notice.", "WATER SHUT-OFF NOTICE", "Baptist Church Notices.", not "GIVES NOTICE." or
    "… Until Further Notice."), or opening one of at most NOTICE_HEAD_MAX_WORDS words before
    ``to``, ``of``, ``for`` or a comma ("Notice to Rebekah Members.", "Notice of Meeting of
    Pension Board."; not "Notice of Seizure … Posted on Mast After American Gives Warning")."""
    words = _LEADING_MARKS.sub("", head).split()
    if not words:
        return False
    if len(words) <= NOTICE_HEAD_WORDS and _NOTICE_HEAD_LAST.search(" " + " ".join(words)):
        return len(words) == 1 or words[-2].strip(".,:;'\"") not in _NOTICE_HEAD_NEWS
    return (
        len(words) <= NOTICE_HEAD_MAX_WORDS
        and _NOTICE_HEAD_FIRST.match(" ".join(words)) is not None
    )


#: A candidate's card (branch notices33): his announcement in the first person or the paper's
#: ("I hereby announce myself a candidate for …", "I desire to announce to the voters of
#: Delaware county that I am a candidate for supervisor …", "We are authorized to announce the
#: Hon. N. M. Houx as a candidate for judge …"), opening the item, within its first
#: CANDIDACY_CHARS characters …
_ANNOUNCES: Final = re.compile(
    r"^\W{0,3}(?:(?:I|We)\s+(?:hereby\s+|wish\s+to\s+|desire\s+to\s+|beg\s+(?:leave\s+)?to\s+)?"
    r"announce|(?:We|I)\s+(?:are|am)\s+(?:hereby\s+)?authorized\s+to\s+announce)\b",
    re.IGNORECASE,
)
#: … naming the candidacy ("a candidate", "a candi date" as a line broke it) …
_CANDIDATE: Final = re.compile(r"\bcandi\s?(?:-\s?)?dates?\b|\bcandidacy\b", re.IGNORECASE)
CANDIDACY_CHARS: Final = 300
#: … in an item of at most this many characters: a paper's story on a candidate runs longer.
CANDIDACY_MAX_CHARS: Final = 800


def announces_candidacy(text: str) -> bool:
    """Whether an item is a candidate's card: at most CANDIDACY_MAX_CHARS characters opening on
    the announcement in the first person or the paper's (``I hereby announce``, ``I desire to
    announce``, ``We are authorized to announce``) and naming the candidacy within its first
    CANDIDACY_CHARS characters. A report that a man "may become a candidate" or "has announced
    his candidacy" tells it in the third person and stays news."""
    return (
        len(text) <= CANDIDACY_MAX_CHARS
        and _ANNOUNCES.match(text) is not None
        and _CANDIDATE.search(text, 0, CANDIDACY_CHARS) is not None
    )


#: A paid reading notice's sign-off (_ADV_SIGN_OFF) closing a short item (branch notices33) is
#: looked for in its last SIGN_OFF_CHARS characters.
SIGN_OFF_CHARS: Final = 12
#: A want ad's formula in capitals (``WANTED``, ``FOR SALE``, ``TO RENT`` …) and an ad's
#: insertion code (``25-tf`` — till forbid —, ``18tf``, ``(34-3t)`` — three times —), which
#: a column of want ads read as one item holds one after another (branch notices33).
#: (The formulas are what ``r"\b(?:WANTED|FOR SALE|FOR RENT|TO RENT|FOR EXCHANGE|FOR TRADE|LOST|"
#: r"FOUND|STRAYED|ESTRAYED)\b"`` finds, led by their first characters, led_by_first_character:
#: tried at the capitals they open with, not at every character of a whole item.)
_WANT_FORMULA: Final = led_by_first_character(
    [
        ("W", r"ANTED\b", True),
        ("F", r"OR SALE\b", True),
        ("F", r"OR RENT\b", True),
        ("T", r"O RENT\b", True),
        ("F", r"OR EXCHANGE\b", True),
        ("F", r"OR TRADE\b", True),
        ("L", r"OST\b", True),
        ("F", r"OUND\b", True),
        ("S", r"TRAYED\b", True),
        ("E", r"STRAYED\b", True),
    ]
)
_INSERTION_CODE: Final = re.compile(r"\b\d{1,3}-(?:tf|\d{1,2}t)\b|\b\d{1,3}tf\b")
#: An ad's insertion code closing it is looked for in its text's last so many characters
#: (the advertiser's name or town may follow: "… Ask for W. A. Nelson & Son, 13-tf Fall
#: River, Kans.").
INSERTION_CODE_CHARS: Final = 40


def closes_on_insertion_code(text: str) -> bool:
    """Whether a short text telling nothing as done or said (:func:`may_be_ad_piece`) closes
    on an advertisement's insertion code (``13-tf`` — till forbid —, ``7tf``, ``(33-2t)`` —
    twice —): the printer's mark of a paid ad, set at its foot; a want ad, a card or an
    official's resolution, read alone, is a notice whatever its words (branch hists50).
    Cheap guard: a "t" among the last characters."""
    tail = max(0, len(text) - INSERTION_CODE_CHARS)
    return (
        len(text) <= AD_PIECE_MAX_CHARS
        and "t" in text[tail:]
        and _INSERTION_CODE.search(text, tail) is not None
        and tells_nothing_done(text)
    )


#: A column of want ads has at least WANT_COLUMN_MIN_HITS formulas and codes (one a formula at
#: least), one for every WANT_COLUMN_CHARS_PER_HIT characters.
WANT_COLUMN_MIN_HITS: Final = 2
WANT_COLUMN_CHARS_PER_HIT: Final = 300


#: A railway's or a steamer's time table (branch notices33): at least TIMETABLE_MIN_HOURS hours
#: ("7.10 a. m.", "4:20 p. m."), one for every TIMETABLE_CHARS_PER_HOUR characters, and at least
#: TIMETABLE_MIN_WORDS of its words ("All trains daily unless specified. Leave Frederick Arrive
#: Thurmont."); a report of a change in the trains tells what "will" come, and a weather report
#: narrates.
TIMETABLE_MIN_HOURS: Final = 4
TIMETABLE_CHARS_PER_HOUR: Final = 150
TIMETABLE_MIN_WORDS: Final = 2
_TIMETABLE_WORDS: Final = ("train", "leave", "arrive", "daily", "schedule", "depart", "except sun")


def lists_timetable(text: str) -> bool:
    """Whether an item is a time table: TIMETABLE_MIN_HOURS hours or more, one for every
    TIMETABLE_CHARS_PER_HOUR characters, TIMETABLE_MIN_WORDS of a time table's words (``trains``,
    ``leave``, ``arrive``, ``daily``, ``schedule`` …), nothing told as done or said and nothing
    to come (``will``: "No. 13, formerly due at 10:33 a. m., will come at 10:38" is news of a
    change)."""
    lower = text.lower()
    if "m." not in lower or sum(word in lower for word in _TIMETABLE_WORDS) < TIMETABLE_MIN_WORDS:
        return False
    hours = len(_HOUR.findall(lower))
    return (
        hours >= TIMETABLE_MIN_HOURS
        and hours * TIMETABLE_CHARS_PER_HOUR >= len(text)
        and re.search(r"\bwill\b", lower) is None
        and tells_nothing_done(text)
    )


def signs_off_paid(text: str) -> bool:
    """Whether an item of at most AD_PIECE_MAX_CHARS characters closes on a paid notice's
    sign-off (_ADV_SIGN_OFF: ``—Adv.``, ``. Adv.``): a reading notice, though its words tell
    nothing of a shop ("Expert facial and scalp treatments … phone 184.—Adv."); a longer story
    with a reader run into its foot is left to segmentation."""
    return (
        len(text) <= AD_PIECE_MAX_CHARS
        and "dv" in text[-SIGN_OFF_CHARS:].lower()
        and (_ADV_SIGN_OFF.search(text, max(0, len(text) - SIGN_OFF_CHARS)) is not None)
    )


def lists_want_ads(text: str) -> bool:
    """Whether an item is a column of want ads read as one: want formulas in capitals and
    insertion codes ("WANTED Live poultry. Elrick, Barton. 18tf WANTED Man to work in our tin
    shop. … 4tf WANTED At once …"), at least WANT_COLUMN_MIN_HITS of them with a formula among
    them, one for every WANT_COLUMN_CHARS_PER_HIT characters. A story names a want or a loss
    in capitals once, or far apart ("… Don't Want Griffiths for Mayor …")."""
    formulas = len(_WANT_FORMULA.findall(text))
    if not formulas:
        return False
    hits = formulas + len(_INSERTION_CODE.findall(text))
    return hits >= WANT_COLUMN_MIN_HITS and hits * WANT_COLUMN_CHARS_PER_HIT >= len(text)


#: A shop speaks of its own goods and store ("our Spring Merchandise", "our foresight").
_SHOP_OUR: Final = re.compile(r"\b(?:our|Our|OUR)\b")


#: A paragraph at most this long naming a price is a line of a price list ("Eggs 15 for
#: $1.50.", "" 30 for $2.50.").
PRICE_LINE_CHARS: Final = 100


def is_price_line(text: str) -> bool:
    """Whether a short paragraph names a price: a line of an advertisement's price list."""
    return len(text) <= PRICE_LINE_CHARS and _AD_PRICE.search(text) is not None


def lacks_shop_voice(text: str) -> bool:
    """Whether a text speaks neither to the reader (``you``) nor as a shop (a shop's words,
    ``our store``, ``we sell``, or ``our``), as the opening of an advertisement cut in two
    does: the test that the text over an ad run in under a story is not the ad's own."""
    return (
        _READER_WORDS.search(text) is None
        and not has_shop_word(text.lower())
        and _SHOP_OUR.search(text) is None
    )


#: In ASCII text, every match of _NOTICE_WORDS holds one of these (a digit for the prices,
#: in dollars or cents), none of them can overlap itself, so no two matches hold one occurrence.
_NOTICE_MARKS = (
    *"0123456789",
    *"per Phone Tel. PRICE SALE Prop Agent old ruggist argain Guaranteed Call AGENT HONE".split(),
)
#: The digits of _NOTICE_MARKS, counted together: the bytes deleted from the text's bytes.
_ASCII_DIGITS: Final = b"0123456789"
_NOTICE_WORD_MARKS: Final = _NOTICE_MARKS[10:]


#: In ASCII text every match of _SHOP_WORDS holds one of these, lower-cased (the pattern is
#: case-blind, which for ASCII is lower-casing); none of them can overlap itself.
_SHOP_MARKS: Final = (
    *(
        "proprietor patronage annum send write order special early price your brand try "
        "shipment get sell carry pay invite solicit offer furnish just holding ready showing "
        "store stock goods customer patron save tickets"
    ).split(),
    # (marks with a space in them)
    "they last",
    " up",
    "and see",
    "and look",
    "and get",
    "and examine",
    "and inspect",
    "f. o. b",
    "f.o.b",
    "f. o.b",
    "f.o. b",
)


def _most_shop_words(lower: str) -> int:
    """At most how many times _SHOP_WORDS can match an ASCII text in lower case (see
    _most_notice_words)."""
    return sum(map(lower.count, _SHOP_MARKS))


def _most_notice_words(text: str) -> int:
    """At most how many times _NOTICE_WORDS can match an ASCII text: its occurrences of the
    marks above, counted at C speed (a regex search without a fixed first character tries every
    position in Python's re, the cost this spares)."""
    data = text.encode()  # (UTF-8: a byte of a wider character is never an ASCII digit)
    digits = len(data) - len(data.translate(None, _ASCII_DIGITS))
    return digits + sum(map(text.count, _NOTICE_WORD_MARKS))


_CJK_MARKS = "，。、；：？！“”‘’（）《》—…·"
#: Runs of what noise_share counts as odd in CJK text: characters neither white space, a letter
#: or figure (str.isalnum; re's \w is that and "_") nor one of _CJK_MARKS.
_ODD_CJK: Final = re.compile(rf"(?:[^\w\s{_CJK_MARKS}]|_)+")


def may_be_mostly_wide(text: str, tokens: int) -> bool:
    """False only when ``cjk_ratio(text) >= 0.5`` cannot hold for a text of ``tokens`` tokens
    (as str.split cuts them): it is ASCII, or its UTF-8 bytes beyond its characters are fewer
    than its tokens. Every wide character is at U+1100 or above (FIRST_WIDE), three or four
    bytes in UTF-8, two or more beyond its character; a share of half its visible characters
    (at least one a token) wide needs that many extra bytes. An English column with a few
    curly quotes is ruled out by one encoding, where cjk_ratio runs two substitutions over it."""
    if text.isascii():
        return False
    return len(text.encode("utf-8", "surrogatepass")) - len(text) >= tokens


def noise_share(text: str) -> float:
    """How much of a text is OCR noise: 0 for clean prose, towards 1 for "t . V ,-i- I'aUl".

    Counts the share of tokens that are neither words (two or more letters, mostly lower case
    or all capitals), numbers nor CJK text.
    """
    tokens = text.split()
    if not tokens:
        return 1.0
    if may_be_mostly_wide(text, len(tokens)) and cjk_ratio(text) >= 0.5:
        # Characters counted in C: the visible ones are the tokens' (str.split cuts at what
        # str.isspace calls space), the odd ones in runs (count_in_runs).
        visible = sum(map(len, tokens))
        odd = count_in_runs(_ODD_CJK, text)
        return odd / visible
    # (each token str.split cut is judged once a line memo's lifetime: prose repeats its
    # words, two tokens in three of a page's items were judged before; see is_clean_token)
    memo = _CLEAN_TOKENS
    noisy = 0
    for token in tokens:
        clean: bool | None = memo.get(token)
        if clean is None:
            clean = remember(memo, token, is_clean_token(token))
        if not clean:
            noisy += 1
    return noisy / len(tokens)


_CLEAN_TOKENS: Final = LINE_MEMOS.new()


def is_clean_token(token: str) -> bool:
    """Whether a token (a run between white space, as str.split cuts it) is one noise_share
    counts as clean: ``_CLEAN_TOKEN`` matches it whole. (noise_share once ran
    ``\\s(?!CLEAN(?!\\S))\\S`` over the whole text, which finds the same tokens: re's ``\\s``
    and str.split's white space are one class, and a clean token, holding no white space, ends
    where its token does. Judged by token, each distinct token of the parse is tried once.)

    A plain word or figure (:func:`_plain_clean_token`, most of prose's tokens) is clean
    without the pattern's call."""
    return _plain_clean_token(token) or _CLEAN_WHOLE.fullmatch(token) is not None


def _plain_clean_token(token: str) -> bool:
    """True only when ``_CLEAN_TOKEN`` matches ``token`` whole (a sufficient test, not a
    necessary one): a word of ASCII letters, small after the first (``[A-Za-z][a-z]*``: the
    pattern's ``[A-Za-z][a-z'’]+``, ``[A-Z][a-z]*\\.?`` or ``[a-z]{1,3}``), or a figure
    (``[0-9][0-9,.]*``: its ``\\$?\\d[\\d,.]*``), then perhaps the marks that may close a token
    (_token_closer). Read by code point: compiled, ``ord(token[i])`` reads each character in
    place, a fraction of the pattern's call, which pays for its state, a data stack and a
    match object (branch speed46)."""
    end = len(token)
    while end and _token_closer(ord(token[end - 1])):
        end -= 1
    if not end:
        return False
    code = ord(token[0])
    if 97 <= code <= 122 or 65 <= code <= 90:
        for index in range(1, end):
            code = ord(token[index])
            if not 97 <= code <= 122:
                return False
        return True
    if 48 <= code <= 57:
        for index in range(1, end):
            code = ord(token[index])
            if not (48 <= code <= 57 or code == 44 or code == 46):
                return False
        return True
    return False


def _token_closer(code: int) -> bool:
    """Whether a code point is one of the marks ``_CLEAN_TOKEN`` lets close a token
    (``["'”’)\\].,;:!?—-]``)."""
    if code < 128:
        # " ' ) , - . : ; ! ? ]
        return (
            code == 34
            or code == 39
            or code == 41
            or code == 44
            or code == 45
            or code == 46
            or code == 58
            or code == 59
            or code == 33
            or code == 63
            or code == 93
        )
    return code == 0x201D or code == 0x2019 or code == 0x2014


_CLEAN_TOKEN = (
    r"[\"'“‘(\[]*(?:[A-Za-z][a-z'’]+|[A-Z][A-Z'’]+|[A-Z][a-z]*\.?|[a-z]{1,3}|"
    r"\$?\d[\d,.]*(?:st|nd|rd|th|c)?|[A-Za-z]+(?:-[A-Za-z]+)+|&|—"
    # a sum of money as a modern head sets it: a currency's sign or letters, the figure and
    # perhaps its scale ("Rs300bn", "Sh92bn", "£2m", "$2.4b", "₹500cr"; branch en44; the
    # cedi's "GH¢2.1bn", "GH₵40m" and the naira's "₦5bn", branch en45)
    r"|(?:Rs|KSh|Sh|Tk|GH[¢₵]|[₹₱£€¥$₦₵]|(?:US|S|A|NZ|HK)\$)\.?\d[\d,.]*(?:bn|mn|m|b|k|cr|tr)?"
    # (or a dollar's country letters alone before a spaced figure, as a South Asian daily sets
    # a sum in a head: "US$ 1.6 bn"; branch en46)
    r"|(?:US|S|A|NZ|HK)\$"
    r")[\"'”’)\].,;:!?—-]*"
)
#: The whole tokens (runs between white space, as str.split cuts them) that are clean, found in
#: one scan: each after the white space before it (the token holds none, so each match is one
#: whole token), and the text's first token at its start. (Counted so, they are the tokens
#: ``(?<!\S)TOKEN(?!\S)`` finds; led by the white space, the search skips in C to the places
#: where a token starts, where the lookbehind tried the pattern at every character.)
_CLEAN_AFTER_SPACE: Final = re.compile(rf"\s(?:{_CLEAN_TOKEN})(?!\S)")
_CLEAN_FIRST: Final = re.compile(rf"(?:{_CLEAN_TOKEN})(?!\S)")
#: One whole token that is clean (is_clean_token).
_CLEAN_WHOLE: Final = re.compile(_CLEAN_TOKEN)
#: The tokens after white space that are not clean, one match each: the white space and the
#: token's first character where no clean token (to the next white space) starts. noise_share
#: counts these: in most texts they are few, where a count of the clean tokens (subn or
#: findall of _CLEAN_AFTER_SPACE) pays for a match object and a piece of text at every word;
#: the token pattern is tried at each token all the same (42 % less time on the parse's texts).
_NOISY_AFTER_SPACE: Final = re.compile(rf"\s(?!(?:{_CLEAN_TOKEN})(?!\S))\S")


#: The ways a sentence names a person at its start (read by LOCAL_ITEM_OPENING and
#: NAMED_PERSON_OPENING): a title and a name, names, initials and a surname.
_PERSON_TITLED: Final = (
    r"(?:Mr|Mrs|Dr|Rev|Prof|Col|Capt|Hon|Judge|Miss|Messrs)\.?\s+(?:and\s+Mrs\.\s+)?"
    r"(?:[A-Z]\.\s*)*[A-Z][a-z]+"
)
_PERSON_NAMED: Final = (
    r"(?!(?:The|This|That|These|Those|There|Then|When|While|Since|After|Before|Last|Next|"
    r"And|But|For|With|From|How|What|Why|Who|Now|Yet|Not|Nor|Your|"
    r"Our|Its|His|Her|Their|Some|Many|All|Every|One|Two|Three|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,}(?:\s+(?:[A-Z]\.?|[A-Z][a-z]+)){0,2}"
    r"\s+[A-Z][a-z]{2,}"
)
_PERSON_INITIALLED: Final = r"(?:[A-Z]\.\s*){1,3}[A-Z][a-z]{2,}"
#: What follows a person's name in a sentence: a comma, "and" or a word in lower case.
_PERSON_RUNS_ON: Final = r"(?:,|\s+(?:and\b|[a-z]{2,}\b))"
#: A weekly's local item opens on a person: a courtesy or office title and a capitalised name
#: ("Mr. and Mrs. Solomon Waite left …", "Dr. Frank W. Brown and …"), or a first name, up to
#: two initials or names and a surname, or initials and a surname, then a comma, "and" or a
#: word in lower case ("John S. Allen was in town …", "Laurance Davis, son of …", "J. L.
#: Danley came …").
LOCAL_ITEM_OPENING: Final = re.compile(
    rf"(?:{_PERSON_TITLED}|{_PERSON_NAMED}{_PERSON_RUNS_ON}|{_PERSON_INITIALLED}{_PERSON_RUNS_ON})"
)
#: A person a sentence opens on, read strictly: a courtesy or office title and a name ("Mrs. J.
#: J. Flemmer entertained"), initials and a surname run on ("O. G. Ayers, proprietor of …"), or
#: names closed by a comma ("Nellie Ray Howell, wife of …"); and a word in small letters after
#: at most four capitalised words, the name's (a title-case deck goes on in capitals: "Judge
#: Christcnson Finishes Up Work of …", "Local Attorney, Is Appointed …"). Names run on by a
#: word in lower case are left out: a title-case deck OCR garbled reads so ("Berlin Pointe out
#: to …").
NAMED_PERSON_OPENING: Final = re.compile(
    r"(?=(?:[A-Z][A-Za-z'’]*\.*,?\s+){1,4}[a-z])"
    rf"(?:{_PERSON_TITLED}|{_PERSON_INITIALLED}{_PERSON_RUNS_ON}|{_PERSON_NAMED},)"
)
#: What a local item tells of its people in its first words: they came, went, stayed or
#: visited ("… left Monday for White river", "… was in town Saturday", "… came in Monday"),
#: or moved house (not a motion: "… moved that the matter be referred"); a word broken over
#: two lines whose hyphen OCR lost is read too ("… Kaplan de" / "parted Saturday …").
_LOCAL_ITEM_NEWS: Final = re.compile(
    r"\b(?:left|spent|re\s?turned|came|arrived|visited|visiting|went|de\s?parted|motored|"
    # moving house, not moving a motion ("Mr. Wishard moved that …", "… moved to recommit")
    r"moved(?!\s+(?:that|to\s+(?:recommit|adjourn|amend|table|strike|reconsider|refer|"
    r"accept|adopt|postpone|lay|suspend)))|"
    r"(?:was|were|is|are)\s+(?:in\s+(?:town|the\s+city)|here|visitors?|guests?)|"
    r"has\s+gone|have\s+gone)\b"
)
#: More of what a local item tells of its people, read only right under a story's headline
#: (see tells_local_news): a visitor, a caller or a shopper of the town's ("… was a Maysville
#: shopper Saturday", "… was a business visitor in Dallas"); a stay in a place ("… is in Bemidji
#: today"); business or a trip out of town ("… made a business trip to Ness City", "…
#: transacting business in …"); a call to a place ("… was called to Princeton by …", not "…
#: to the stand"); a party given; a baby come ("… are receiving congratulations upon …"); an
#: illness told right after the name ("… is seriously ill", "… has been quite sick", "… is
#: slowly recovering", "… is confined to her bed", "… is on the sick list"), not a story's word
#: of it far on ("… unable to attend as he is reported to be seriously ill").
_MORE_LOCAL_NEWS: Final = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:in\s+[A-Z][a-z]{2,}|"
    r"(?:an?\s+)?(?:[A-Za-z-]+\s+){0,2}(?:visitors?|guests?|callers?|shoppers?))|"
    r"business\s+(?:trip|visit|visitor|caller)|on\s+business|transacting\s+business|"
    r"(?:a|short)\s+trip\s+to|(?:was|were)\s+called\s+(?:to\s+[A-Z]|home\b|away\b)|"
    r"entertained|receiving\s+congratulations|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:[a-z]+\s+)?"
    r"(?:ill|sick|improving|recovering)|"
    r"confined\s+to\s+(?:h[a-z]+\s+)?(?:bed|home|room|house)|on\s+the\s+sick\s+list)\b"
)
#: The first words of a local item, where _LOCAL_ITEM_NEWS is looked for.
LOCAL_ITEM_OPENING_CHARS: Final = 100


def opens_local_item(text: str) -> bool:
    """Whether a paragraph opens the way a weekly's local item does: on a person's name."""
    return LOCAL_ITEM_OPENING.match(text) is not None


def tells_local_news(text: str, broad: bool = False) -> bool:
    """Whether a paragraph reads as a weekly's local item: it opens on a person and tells in
    its first words that they came, went, stayed or visited; ``broad``, also that they were a
    town's visitor or shopper, went on business, gave a party or were ill (_MORE_LOCAL_NEWS:
    asked only right under a story's headline, where a correspondent's column is not read)."""
    if not opens_local_item(text):
        return False
    if tells_of_coming_or_going(text):
        return True
    return broad and _MORE_LOCAL_NEWS.search(text, 0, LOCAL_ITEM_OPENING_CHARS) is not None


#: The words that close a society's or a firm's name ("The Ladies' Aid", "The Swift Packing
#: Company", "The Knights of Pythias club" reads its "Knights"): a club, a lodge, a church's
#: circle, a firm (see tells_society_news).
SOCIETY_WORDS: Final = frozenset(
    "Co Company Club Society Lodge Aid Guild Circle League Auxiliary Association Union Band "
    "Orchestra Minstrels Chapter Grange Corporation Bros Brothers Camp Post Order Church".split()
)
#: A paragraph opening on a society's or a firm's name: "The" (or OCR's "Tho", "Th3") if any,
#: then its meeting, members, officers, conference or convention "of" a capitalised name,
#: whatever OCR made of the rest ("The regular meeting of the Wo man's Christian Temperance U
#: mon …", "The members of the Junior Ep worth League …"); or one to five capitalised words (a
#: name, initials, a possessive: "Ladies'", "A. M. E.", "Swift Packing"; "and", "of" or "&"
#: between them: "A. and B. Schuster", "Knights of Pythias"), then a word of SOCIETY_WORDS, in
#: capitals or not ("… Pythias club", "… Aid society"). At least one name comes before that
#: word: "Church services will be held …", "The company will …", "This society …" open on
#: none.
_SOCIETY_OPENING: Final = re.compile(
    r"(?:Th[eo3]\s+)?(?:"
    # its meeting, members or officers, then a name whatever OCR did to it
    r"(?:(?:regular|annual|monthly|weekly|special|quarterly|last|next)\s+)?"
    r"(?:meeting|members|officers|conference|convention)\s+of\s+(?:the\s+)?[A-Z]|"
    # its name
    # (nor a preposition or a clause's word: "In order to avoid …" names no Order; the
    # held-title check at the round-45 merge)
    r"(?!(?:The|Tho|This|That|These|Those|Our|Their|His|Her|Its|An?|Each|Every|"
    r"Any|Some|No|In|On|At|For|To|With|From|By|After|Before|When|While|If|As|Since|Until|"
    r"Though|Although|Under|Over|Through|During)\s)[A-Z][A-Za-z'’&.-]*\s+(?:(?:[A-Z][A-Za-z'’&.-]*|and|of|&)\s+){0,4}?"
    r"(?i:Co\.|Company|Club|Society|Lodge|Aid|Guild|Circle|League|Auxiliary|Association|"
    r"Union|Band|Orchestra|Minstrels|Chapter|Grange|Corporation|Bros\.|Brothers|Camp|Post|"
    r"Order|Church)(?![A-Za-z]))"
)
#: The first characters of a society's item where its news is looked for: a society's name
#: and its hostesses run longer than a person's ("The members of the Junior Epworth League of
#: the Methodist church, chaperoned by Mrs. J. H. Hancock and Miss Dorothy Rasmussen, had a
#: joyous time …").
SOCIETY_NEWS_CHARS: Final = 150
#: What a society's or a firm's item tells in its first words: a meeting or an entertainment
#: to come or held ("… will meet with Mrs. …", "… will give a box supper …", "… met at the
#: home of …", "… held its regular meeting …", "… was held in the Baptist church", "… had a
#: joyous time …"), or a firm's dealing ("… has bought 230,000
#: acres …", "… received a carload of …", "… are preparing to build …").
_SOCIETY_NEWS: Final = re.compile(
    r"\b(?:will\s+(?:meet|give|hold|have|entertain|convene|appear|serve|open|close)|"
    r"met\s+(?:at|with|in|on|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"held\s+(?:its|their|a)|(?:was|were|will\s+be)\s+held|gave\s+(?:a|an|its|their)|had\s+an?|"
    r"(?:has|have)\s+(?:bought|purchased|sold|leased|received|opened|closed|elected)|"
    r"received\s+(?:a|an|its|their)|(?:is|are)\s+preparing)\b"
)


def tells_society_news(text: str) -> bool:
    """Whether a paragraph reads as a weekly's item about a society or a firm rather than a
    person: it opens on the society's name (_SOCIETY_OPENING: "The Ladies' Aid society of the
    Methodist church …", "The Swift Packing Company …") and tells in its first words
    (SOCIETY_NEWS_CHARS) of a meeting, an entertainment or a dealing (_SOCIETY_NEWS).
    Asked only where a story has ended (see assemble._starts_local_item): a story's own
    paragraph may open on a firm it tells of, and names it above."""
    if not text[:1].isupper():  # a cheap guard before the pattern
        return False
    return (
        _SOCIETY_OPENING.match(text) is not None
        and _SOCIETY_NEWS.search(text, 0, SOCIETY_NEWS_CHARS) is not None
    )


def tells_of_coming_or_going(text: str) -> bool:
    """Whether a paragraph's first words tell that someone came, went, stayed or visited, as a
    local item's do (_LOCAL_ITEM_NEWS), whoever it opens on (OCR may have garbled the name:
    "11. V. Ilerndon has moved on to the place …")."""
    return _LOCAL_ITEM_NEWS.search(text, 0, LOCAL_ITEM_OPENING_CHARS) is not None
