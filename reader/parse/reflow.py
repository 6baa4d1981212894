"""Column lines to paragraphs: column width per block, paragraph ends, titles standing alone."""

from __future__ import annotations

import re
from collections.abc import Iterator, MutableSequence, Sequence, Set
from itertools import compress
from typing import Final

from reader.model import ContinuationLink
from reader.parse.classify import (
    CJK_PROSE_STOPS,
    CJK_ROW_UNITS,
    DATELINE_OPENINGS,
    DISPLAY_SIZE,
    GARBLED_AGENCY,
    GARBLED_CREDIT_MAX,
    GARBLED_UNITED,
    LINE_MEMOS,
    NAME_TITLES,
    READABLE_WORD,
    ROW_ENDS,
    RULE_MARKS,
    RUN_ON_WORDS,
    WIRE_OPENINGS,
    LeadMatch,
    ad_evidence_kinds,
    box_entry,
    caps_head_wraps,
    caps_runs_on,
    closes_obituary_notice,
    closes_on_contact_line,
    dateline_reaches_past,
    ends_digest_item,
    ends_inside_address,
    ends_installment,
    ends_on_cjk_agency,
    ends_on_notice_formula,
    ends_on_want_formula,
    ends_sentence_inside,
    ends_with_abbreviation,
    ends_with_full_date,
    firm_over_address,
    is_agency_tag,
    is_byline_alone,
    is_byline_line,
    is_capitals_byline,
    is_capitals_city,
    is_capitals_dateline_alone,
    is_clean_capitals_head,
    is_commentary_label,
    is_credit,
    is_dateline_alone,
    is_desk_byline,
    is_desk_from_place,
    is_display_type,
    is_email_line,
    is_firm_line,
    is_from_town_byline,
    is_furniture,
    is_notice_closing_line,
    is_office_signature,
    is_personal_byline,
    is_place_alone,
    is_price_line,
    is_section_kicker,
    is_see_story_pointer,
    is_signature,
    is_small_by_byline,
    is_title_case_name,
    is_title_case_office,
    is_title_cased,
    is_title_like,
    leaves_sentence_open,
    lettered_page_number,
    match_byline_lead,
    match_colon_dateline,
    match_continuation,
    match_dateline,
    match_modern_dateline,
    match_section_pointer,
    match_stop_dateline,
    match_teaser_pointer,
    match_title_stop_dateline,
    may_be_byline_alone,
    may_name_month,
    may_open,
    may_open_colon_dateline,
    may_open_modern_dateline,
    may_open_modern_story,
    may_open_stop_dateline,
    may_open_title_stop_dateline,
    may_open_wire,
    name_over_dateline,
    name_over_office,
    name_over_place,
    names_firm,
    names_notice_head,
    names_price_or_pages,
    names_service_garbled,
    names_story_opening,
    office_under_by_line,
    opens_as_notice,
    opens_local_item,
    opens_notice,
    opens_on_month_day,
    opens_qa_item,
    page_first_entry,
    page_of_entry,
    reads_as_ad_signature,
    reads_as_deck,
    remember,
    see_page_alone,
    short_page_pointer,
    small_ad_phone_line,
    split_closing_credit,
    split_run_in_dash_credit,
    starts_numbered_item,
    table_row,
    tells_local_news,
    title_style,
)
from reader.parse.classify import (
    without_edge_marks as without_rule_bar,
)
from reader.parse.echo import EchoIndex, title_score
from reader.parse.lines import Block, Line, LineSpan
from reader.text.cjk import cjk_ratio, display_width, ends_sentence, is_wide, letter_counts

#: How much shorter than the column (in half-width units) a line must be to count as short:
#: one and a half CJK characters, so punctuation squeezing does not fake an indent.
SHORT_MARGIN_CJK: Final = 3
#: For Latin text, whose right edge is ragged, short means under this share of the column.
SHORT_SHARE_LATIN: Final = 0.8
#: Lines on each side of a line that inform its local column width.
COLUMN_WINDOW: Final = 8


class Unit(LineSpan):
    """A piece of a block after reflow: a title line (or tight run), a paragraph or a credit.

    A plain class with its own ``__init__`` (not a dataclass): compiled, a dataclass is built
    by the ``__init__`` that ``dataclasses`` writes in Python, about five times slower than a
    compiled one, and a page makes some 130 units. Units are compared by identity.
    """

    __slots__ = (
        "block",
        "guessed",
        "kind",
        "lines",
        "listed",
        "removed_hyphens",
        "style",
        "tabular",
        "text",
    )

    kind: str  # "title", "paragraph" or "credit"
    lines: MutableSequence[Line]  # a list, grown as titles join (LineSpan: why so typed)
    block: int
    text: str
    style: str
    #: End-of-line hyphens removed while joining this unit's lines.
    removed_hyphens: int
    #: The paragraph break before this unit was guessed from line lengths alone (no indent,
    #: no story opening, no numbering): evidence the article's confidence weighs.
    guessed: bool
    #: A contents-box entry: a teaser of its own that heads no story on this page.
    listed: bool
    #: A table's row or label (reflow.table_lines): a paragraph that is never a title or deck.
    tabular: bool

    def __init__(
        self,
        kind: str,
        lines: MutableSequence[Line],
        block: int,
        text: str = "",
        style: str = "",
        removed_hyphens: int = 0,
        guessed: bool = False,
        listed: bool = False,
        tabular: bool = False,
    ) -> None:
        self.kind = kind
        self.lines = lines
        self.block = block
        self.text = text
        self.style = style
        self.removed_hyphens = removed_hyphens
        self.guessed = guessed
        self.listed = listed
        self.tabular = tabular

    def with_lines(self, lines: MutableSequence[Line]) -> Unit:
        """The same unit made of other lines."""
        return Unit(
            self.kind,
            lines,
            self.block,
            self.text,
            self.style,
            self.removed_hyphens,
            self.guessed,
            self.listed,
            self.tabular,
        )

    def __repr__(self) -> str:
        return (
            f"Unit(kind={self.kind!r}, lines={self.lines!r}, block={self.block!r}, "
            f"text={self.text!r}, style={self.style!r}, removed_hyphens={self.removed_hyphens!r}, "
            f"guessed={self.guessed!r}, listed={self.listed!r}, tabular={self.tabular!r})"
        )


def estimate_column_width(widths: Sequence[int]) -> int:
    """The full width of a column, from its lines' display widths.

    Most lines of a column are full; first lines are indented and last lines short, so a high
    quantile (not the maximum, which an over-long headline or squeezed punctuation would
    inflate) is the column.
    """
    if not widths:
        return 0
    ordered = sorted(widths)
    if len(ordered) <= 3:
        return ordered[-1]
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.8))]


class _Columns:
    """The column width around the lines of a run, worked out only for the lines that ask.

    A window of lines never reaches across a story start (a dateline or byline opening a
    line): a new story is usually set in a column of its own width. Story starts only ever
    begin a new stretch, so the lines of a window that share a line's story are one slice.
    """

    __slots__ = ("_end", "_lines", "_start", "_widths")

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._widths = [line.width for line in lines]
        #: For each line, the first and one past the last line of its story stretch (found
        #: when first asked for).
        self._start: list[int] = []
        self._end: list[int] = []

    def _stretches(self) -> None:
        count = len(self._lines)
        self._start, self._end = [0] * count, [count] * count
        start = 0
        for i in range(1, count):
            if starts_story(self._lines[i].text):
                self._end[start:i] = [i] * (i - start)
                start = i
            self._start[i] = start

    def local(self, i: int) -> int:
        """The column width around line ``i``, from its neighbours within a window."""
        if not self._start:
            self._stretches()
        lo = max(i - COLUMN_WINDOW, self._start[i])
        return estimate_column_width(self._widths[lo : min(i + COLUMN_WINDOW + 1, self._end[i])])

    def widest(self, i: int) -> int:
        """The widest line within a window around line ``i`` (across story starts too)."""
        return _widest(self._widths, max(0, i - COLUMN_WINDOW), i + COLUMN_WINDOW + 1)

    def widest_at_break(self, i: int) -> int:
        """``max(widest(i - 1), widest(i))``, the widest line around the break before line
        ``i``, read from one window: the two windows are one run of lines."""
        return _widest(self._widths, max(0, i - 1 - COLUMN_WINDOW), i + COLUMN_WINDOW + 1)

    def forward(self, i: int) -> int:
        """The column width at line ``i`` judged from it and the lines after it (within a
        window): what follows a title is set in the column of the text below it, which may
        differ from the text above (a caption beside a story, a narrower column after a wider
        one). With too few lines below to tell a column, judged from the lines around."""
        if not self._end:
            self._stretches()
        window = self._widths[i : min(i + 2 * COLUMN_WINDOW + 1, self._end[i])]
        return estimate_column_width(window) if len(window) >= 3 else self.local(i)


def _widest(widths: list[int], start: int, stop: int) -> int:
    """``max(widths[start:stop])`` (``start`` a place in the list), read in place: compiled,
    the slice and the builtin max over it were a copy and a generic call at each break."""
    if stop > len(widths):
        stop = len(widths)
    if start >= stop:
        raise ValueError("max() arg is an empty sequence")
    widest = widths[start]
    for index in range(start + 1, stop):
        width = widths[index]
        if width > widest:
            widest = width
    return widest


def is_short(line: Line, column: int) -> bool:
    if cjk_ratio(line.text) >= 0.5:
        return line.width <= column - SHORT_MARGIN_CJK
    return line.width <= column * SHORT_SHARE_LATIN


#: The ASCII characters a dateline or a byline lead can open with.
_STORY_OPENINGS: Final = DATELINE_OPENINGS | WIRE_OPENINGS


_STARTS_STORY: Final = LINE_MEMOS.new()


def starts_story(text: str) -> bool:
    known: bool | None = _STARTS_STORY.get(text)
    if known is not None:
        return known
    if (
        not may_open(text, _STORY_OPENINGS)
        and not (
            len(text) <= GARBLED_CREDIT_MAX and (GARBLED_AGENCY in text or GARBLED_UNITED in text)
        )
        # (a column rule's mark before a dateline: "j New York, Feb. 9.—", RULE_MARKS)
        and not (text[1:2] == " " and text[:1] in RULE_MARKS)
    ):
        return remember(_STARTS_STORY, text, False)  # most lines: no dateline, no byline
    if not (may_name_month(text) or may_open_wire(text) or may_open_modern_dateline(text)):
        # and most others ("The …", "In …"): the byline patterns' guard and the month-named
        # datelines'. (A dateline whose month OCR damaged past its letters, which match_dateline
        # also finds, is ruled out here when the line is all ASCII: "Fargo, Feh. 28--The …".)
        return remember(_STARTS_STORY, text, False)
    # (a wire credit OCR garbled past the lead patterns opens a story as a clean one does)
    opens = (
        match_dateline(text) is not None
        or match_byline_lead(text) is not None
        or (may_open_wire(text) and names_service_garbled(text.strip()))
    )
    return remember(_STARTS_STORY, text, opens)


def find_titles(block: Block) -> list[bool]:
    """Which lines of a block stand alone as titles, judged from the lines around them.

    A title line is title-like (see classify.is_title_like) and set apart: the line before it
    ends a sentence, is itself a title or is the block start; the line after it starts a
    paragraph (indented), starts a story, is a byline, is the block end — or, for English
    decks, is another title. In a tight block (lines printed without blank lines between
    them, inside double-spaced text) a leading run of title-like lines followed by a byline, a
    story opening or nothing is a stack of titles.
    """
    lines = list(block.lines)
    return _find_titles(lines, block.double_spaced, table_lines(lines))


#: The conjunctions a sentence (never a head) opens on, with their space: _opens_on_conjunction.
_CONJUNCTION_OPENINGS: Final = frozenset({"But ", "And ", "Yet "})


def _opens_on_conjunction(text: str) -> bool:
    """A mixed-case line opening on a conjunction and a word in small letters ("But the Zambia
    National" / "Farmers Union said …"): a sentence's first line, as Tesseract sets a
    paragraph in a block of its own, its capitalised names making it read as title case; no
    modern head opens so (branch en49). Asked on a modern page only: a 1916 deck in title case
    opens so ("And the Great Southwest", "But the Democratic Party Is Still the Same.")."""
    words = text.split()
    return len(words) >= 2 and words[1].isalpha() and words[1].islower()


def _find_titles(
    lines: list[Line],
    double_spaced: bool,
    tabular: list[bool],
    modern: bool | None = None,
    named: frozenset[int] = frozenset(),
    first_lines: set[int] | None = None,
    sentence_heads: set[int] | None = None,
) -> list[bool]:
    """find_titles of a block's lines (a list: compiled, its items are read without the
    generic sequence protocol); ``tabular`` marks the lines of its tables (table_lines), which
    are never titles. ``modern`` is the page's modern_page, or None when it was not asked (the
    layout path): a page it found False holds no sentence-case head, which is not asked for.
    ``named`` holds the lines of bylines with no "By" over two lines (_named_byline_lines, a
    modern page's: reflow_block finds them once for this and for its units)."""
    columns = _Columns(lines)
    # (modern_page is True exactly when some line of some block of the page is a
    # _sentence_case_head; a block's body is a head of its lines, so on a page it found False
    # no line is one, and the test of every line's shape is spared: 1916 pages are all so.)
    heads = modern is not False
    middles = _dateline_middles(lines)
    # (box_entry's own first test, a page number at the end, spares most lines the call.)
    entries = [
        (
            line.listed
            or (
                ((last := line.text.rstrip()[-1:]).isdigit() or last == "版")
                and box_entry(line.text) is not None
            )
            # (or a Chinese entry naming its page first: "3版 | 冬油菜…"; branch zh48)
            or page_first_entry(line.text) is not None
        )
        # (a wire credit OCR opened with figures, "117 Aaaociated Preaa.)", is no entry)
        and not starts_story(line.text)
        and not tabular[i]
        for i, line in enumerate(lines)
    ]
    like = [
        (
            is_title_like(line.text)
            or (line.size > 0 and is_display_type(line.text, line.size, line.bold))
            or _title_under_dirt(line.text)
            # (the line above must close: "… of North" / "Dakota." is a sentence's end)
            or (_is_lone_head(line.text) and _closed_above(lines, i))
            or (heads and _sentence_case_head(lines, i))
            or (bool(modern) and _deck_between_head_and_byline(lines, i))
            # (its first test in the call: the line ends on a hyphen)
            or (bool(modern) and _deck_broken_at_hyphen(lines, i) and _tabloid_stack(lines, i))
            or _chinese_deck_over_byline(lines, i)
            # (its first test before the call: the line opens on ▲)
            or (line.text.lstrip()[:1] == "▲" and _triangle_head(lines, i))
            # (its first test before the call: a pointer ends on its page's figure, or on the
            # back page's "Page")
            or (
                (line.text.rstrip()[-1:].isdigit() or line.text.rstrip()[-1:] in "eE")
                and _pointed_sentence_case_teaser(lines, i)
            )
        )
        and not is_credit(line.text)
        and not is_byline_line(line.text)
        and not is_signature(line.text)
        # (a notice's signing officer under its last sentence: "… Salaama Road." / "Director,
        # Engineering and Technical" / "Services"; branch en48)
        and not (i and is_office_signature(line.text) and ends_sentence(lines[i - 1].text))
        and not _caption_over_closing_credit(lines, i, columns)
        and not closes_obituary_notice(line.text)
        # (or the mourners' line a narrow column wrapped before its 泣告: "孝男 黃志強 黃志明 率"
        # / "家屬泣告"; branch bb48)
        and not (
            i + 1 < len(lines)
            and len(lines[i + 1].text) <= MOURNERS_TAIL_CHARS
            and closes_obituary_notice(line.text.strip() + lines[i + 1].text.strip())
        )
        # (a notice's signature closed by its formula, "菲華建材有限公司董事會　謹啟", the
        # lead's round 47: a head never ends on one)
        and not ends_on_notice_formula(line.text)
        # (a Chinese character alone on its line, no head's wrapped tail: OCR's debris, a
        # column's first characters read apart, "策" / "是"; the lead's round 48)
        and not (
            lone_cjk_character(line.text) and (i == 0 or lone_cjk_character(lines[i - 1].text))
        )
        and not (
            i
            and colon_dateline_under_modern_head(
                lines[i - 1].text, line.text, lines[i - 2].text if i >= 2 else None
            )
        )
        and not ends_with_full_date(line.text)
        # (a line broken inside an e-mail address runs on: "…電郵至hr@w" / "cweekly.ca"; zh49)
        and not ends_inside_address(line.text)
        # (its first test before the call: the line opens on "But ", "And " or "Yet "; on a
        # modern page only, a 1916 deck in title case opens so: "And the Great Southwest")
        and not (
            line.text[:4] in _CONJUNCTION_OPENINGS
            and bool(modern)
            and _opens_on_conjunction(line.text)
        )
        and (not ends_with_abbreviation(line.text) or _ends_on_initials(line.text))
        and match_continuation(line.text) is None
        and not starts_story(line.text)
        and not _dateline_across(lines, i)
        and i not in middles
        and not _opens_resolution(line.text)
        and not tabular[i]
        and i not in named
        and not (
            i + 1 < len(lines)
            and not line.text.startswith("—")
            and _ONE_CHARACTER_CLAUSE.match(lines[i + 1].text)
        )
        # (its first test in the call: the line ends on a figure)
        and not (line.text.rstrip()[-1:].isdigit() and _figure_runs_on(lines, i))
        # (the line under a box's marked head is its item's text, no deck: "◆张掖开展宪法宣传周
        # 活动" / "张掖市司法局联合多部门开"; branch zh47)
        and not (
            i
            and lines[i - 1].text.lstrip()[:1] in CJK_ITEM_MARKS
            and is_title_like(lines[i - 1].text)
            and _bulleted_cjk_head(lines, i - 1)
        )
        for i, line in enumerate(lines)
    ]
    if heads:
        _sentence_case_heads_over_prose(lines, like, columns, bool(modern))
    if modern:
        _capitalised_lines_run_on(lines, like, columns)
        _stacks_over_title_case_names(lines, like, named)
    _names_run_on(lines, like)
    _name_broken_at_initial(lines, like)
    _firm_signatures(lines, like)
    for close, end in _letter_signatures(lines, columns):
        like[close + 1 : end] = [False] * (end - close - 1)
    _caps_phrases_in_prose(lines, like)
    _bridge_short_title_lines(lines, like)
    _wrapped_head_tails(lines, like)
    _tails_over_openings(lines, like)
    _lead_words(lines, like)
    _extend_dash_titles(lines, like)
    _drop_running_sentences(lines, like)
    _drop_run_on_lines(lines, like, named)
    _drop_bracket_tails(lines, like)
    _drop_local_item_openings(lines, like)
    _places_over_items(lines, like)
    _drop_full_narrow_lines(lines, like)
    if modern:
        _name_words_fill_column(lines, like, columns)
    _prose_runs_on_in_narrow_column(lines, like)
    _sentence_end_closes_block(lines, like)
    # (last: the title lines over a tail must have stood every rule that drops a sentence's
    # line from the titles: "Mrs. J. Moritz and Mrs. Charley" / "Bennett")
    _short_head_tails(lines, like)
    #: The flush lines over an indented paragraph's first on a Chinese page of indents, and
    #: those paragraphs' indented first lines.
    flush_heads, indent_openings = _flush_heads_over_indents(lines, columns)
    for i in named:
        # (a byline's line stays out of the titles whatever rule bridged a title over it: a
        # name over a dateline alone, "Deepkamal Kaur" / "Jalandhar, December 6", the lead's
        # round 45)
        if i < len(like):
            like[i] = False
    flags: list[bool] = []
    #: The Chinese heads read so because their story's lead retells them (_cjk_head_echoed).
    echoed_heads: set[int] = set()
    for i, line in enumerate(lines):
        if entries[i]:
            # A contents-box line ("Winter storm closes passes   3") is a teaser wherever it is.
            flags.append(True)
            continue
        if i in flush_heads and i not in named:
            flags.append(True)
            continue
        if i in indent_openings:
            # (an indented line opens a paragraph there, however short its indent leaves it)
            flags.append(False)
            continue
        if not like[i]:
            flags.append(False)
            continue
        latin = title_style(line.text) != "cjk"
        before = like[i - 1] if latin else flags[i - 1] if i else True
        prev_ok = (
            i == 0
            or before
            or closes(lines[i - 1].text)
            # (on a modern page, a contents box's entry closed by its page ends what is above,
            # as a stop does: an advertisement's head may stand under the box's last entry;
            # branch fresh42. On a 1916 page a garbled line ending on a figure passes for an
            # entry, and the line under it is no head: asked there, 2 of 5 changes were wrong)
            or (modern is True and entries[i - 1])
            or (not latin and dun_stop(lines, i - 1))
            or (not latin and _credit_closes_above(lines, i))
            or (not latin and _head_over_own_dispatch(lines, i))
            # (a table's last row closes it: a head under the table starts a story)
            or tabular[i - 1]
            or (
                latin and i >= 2 and not like[i - 2] and _title_cased_after_short(lines, columns, i)
            )
            or (latin and _caps_head_in_prose(lines, i))
            or (latin and modern is not True and _stopped_head_over_dispatch(lines, i))
            or (latin and _kicker_over_tabloid_stack(lines, i))
            or (latin and _stack_under_pointer(lines, i))
            or (latin and _after_list(lines, i, bool(modern)))
        )
        if (
            echoed_heads
            and i - 1 in echoed_heads
            and title_score(lines[i - 1].text.strip(), line.text) >= CJK_RETELLING_LINE
        ):
            # (the lead's first line, retelling the head over it, is the text, never a deck;
            # a head's second line goes on from the first: "西部陆海新通道海铁联运" /
            # "班列今年超1.1万列"; zh49)
            prev_ok = False
        if prev_ok and not latin and not before and _inside_even_notch(lines, i):
            # (a line inside a narrow run of text wrapped round a notch: what closed the line
            # above, a 、 or two characters, fell at a full line's end; branch hz46)
            prev_ok = False
        opens_next = False
        if i + 1 == len(lines):
            next_ok = True
        else:
            nxt = lines[i + 1]
            opens_next = starts_story(nxt.text) or is_byline_line(nxt.text) or i + 1 in named
            # (a Chinese head as wide as its column, retold by its story's first lines: a
            # brief's head in a narrow box; branch zh49)
            if not latin and prev_ok and not opens_next and _cjk_head_echoed(lines, i):
                opens_next = True
                echoed_heads.add(i)
            # (the width test last: it is the only one that needs the column widths)
            next_ok = (
                opens_next
                or (latin and like[i + 1])
                or _cut_short(lines, i + 1, columns.forward(i + 1))
                or (
                    not latin
                    # (or under the head's first line: a head set over two lines, its second
                    # line set short over the text and no wider than the first, "西部陆海新通道
                    # 海铁联运" / "班列今年超1.1万列"; branch zh46. A wider line under a head's
                    # second line is a deck or the text, as over modern text "浙東形勢" /
                    # "又趨緊張" / "沿海各地日艦騷擾" was read before)
                    and (
                        _closed_above(lines, i)
                        or (
                            i > 0
                            and flags[i - 1]
                            and like[i - 1]
                            and line.width <= lines[i - 1].width
                        )
                    )
                    and _set_short(lines, columns, i)
                )
                # (a table's head straight over its first row: "审结涉企案件情况" / "审结涉企案件
                # 8.6万件"; branch zh47)
                or (not latin and tabular[i + 1] and not tabular[i])
                # (or the first line of such a head set over two lines under its box's label:
                # "价格行情" / "汉中农产品批发市场" / "12月4日部分品种价格" / "大白菜 0.80元/斤";
                # branch zh48)
                or (not latin and _table_head_first_line(lines, flags, tabular, i))
                # (a box's head opened by its list mark, however wide: "◆武威开展冬季消防安全
                # 检查" over its item's text in a column narrower than the head; branch zh47)
                or (not latin and _bulleted_cjk_head(lines, i))
                # (a notice's head under a closed paragraph: "仁心中醫診所遷址啟事"; or under a
                # report closed by 、 as a full stop, "…克復云、" / "大昌五金號遷址啓事"; hz47)
                or (
                    not latin
                    and (_closed_above(lines, i) or dun_stop(lines, i - 1))
                    and names_notice_head(line.text)
                )
                # (or under a display line read as a title, an ad's last: "票價樓上四角" /
                # "尋人啓事"; branch hz46)
                or (not latin and i > 0 and flags[i - 1] and names_notice_head(line.text))
                # (a head straight under its commentary column's label: "社论" / "调薪须与…")
                or (not latin and i > 0 and flags[i - 1] and is_commentary_label(lines[i - 1].text))
            ) and (
                latin
                or opens_next
                or (
                    not _dun_stopped_tail(lines, columns, i + 1)
                    and not _full_line_between_paragraphs(lines, i)
                )
            )
        if latin and i + 1 < len(lines) and not like[i + 1] and not opens_next:
            # (A story opening or a byline under it is no prose, whatever letter OCR put
            # first: "fBr Associated Praaa 1".)
            # An English deck sits above prose that does not continue its sentence: a
            # title-case line followed by a lower-case word is the start of a sentence.
            following = _first_letter(lines[i + 1].text)
            # A line in capitals above prose is a headline unless the prose runs on from it.
            # (straight under a table's last row it is the next story's head whatever follows:
            # the column under the table may go on with another story's text)
            caps = title_style(line.text) == "caps" and (
                not lines[i + 1].text[:1].islower() or (i > 0 and tabular[i - 1])
            )
            next_ok = (next_ok or caps or following.isupper()) and not (
                following.islower() and title_style(line.text) == "mixed"
            )
        flags.append(prev_ok and next_ok)
    if double_spaced and all(like) and not ends_sentence(lines[-1].text):
        # Lines that each could be a title and never end a sentence are not prose.
        return _drop_long_title_runs([True] * len(lines), lines)
    if modern is True:
        _title_runs_in_wrapped_prose(lines, flags, columns)
    _head_first_lines(lines, like, flags, first_lines if modern is False else None)
    _caps_head_tails_over_small_letters(lines, like, flags)
    _stack_over_openings(lines, like, flags, entries)
    # (the branch hz47 rules below ask for a 、 in the block: English text holds none, and its
    # blocks are spared their walks)
    dun = _holds_dun(lines)
    if dun and modern is False:
        _display_runs(lines, flags)
    _stacks_over_dun_stopped_text(lines, like, flags)
    _run_in_heads(lines, flags)
    _stacks_between_reports(lines, like, flags)
    if dun:
        _stacks_between_notches(lines, like, flags)
        _notch_under_stack(lines, flags)
    _notches_under_crossheads(lines, flags)
    _labels_over_items(lines, flags)
    _chapter_heads(lines, flags)
    _qa_heads(lines, flags)
    _firm_over_ad(lines, flags)
    if not double_spaced:
        run = 0
        while run < len(lines) and like[run] and title_style(lines[run].text) == "cjk":
            run += 1
        rest = lines[run] if run < len(lines) else None
        opens = rest is not None and (
            starts_story(rest.text) or is_byline_line(rest.text) or _dateline_across(lines, run)
        )
        if run and (rest is None or opens):
            flags[:run] = [True] * run
    _stacks_under_entries(lines, like, flags, entries)
    _settle_latin_stacks(lines, like, flags, named)
    if sentence_heads is not None and modern is False:
        _sentence_through_head_line(lines, flags, sentence_heads)
    kept = _drop_long_title_runs(flags, lines)
    if modern is not True:
        _caps_head_over_dispatch(lines, kept, tabular)
        _caps_head_over_dated_deck(lines, kept, tabular)
    _decks_over_datelines(lines, kept, columns, tabular)
    _deck_tails_on_small_words(lines, kept)
    return [flag or entry for flag, entry in zip(kept, entries, strict=True)]


def _qa_heads(lines: Sequence[Line], flags: list[bool]) -> None:
    """A Chinese Q&A's head straight over its first question ("耕地地力保护补贴怎么领？" /
    "问：今年的耕地地力保护补贴什"; branch zh48): a title, though it asks a question as a
    sentence does, when it stands alone on its line (a title, a closed sentence or nothing
    above it) and is title-like (no comma or stop inside). Cheap guard: the line under it
    opens on 问 or 答 and a colon (classify.opens_qa_item)."""
    for i in range(len(lines) - 1):
        if flags[i] or not opens_qa_item(lines[i + 1].text):
            continue
        text = lines[i].text
        if cjk_ratio(text) < 0.5 or not is_title_like(text) or opens_qa_item(text):
            continue
        if i == 0 or flags[i - 1] or ends_sentence(lines[i - 1].text):
            flags[i] = True


#: The words a Chinese firm's name ends on (_firm_over_ad).
CJK_FIRM_ENDINGS: Final = ("有限公司", "公司", "集团", "集團", "银行", "銀行", "酒店", "商行")
#: What a firm's name never holds and a sentence's line about a firm does: a day's word
#: opening it, or a particle of a sentence (_firm_over_ad).
_FIRM_NAME_PROSE: Final = re.compile(
    r"^(?:昨日|今日|近日|日前|昨天|今天|本月|上周|上週|目前)|[了的被把在向对對与與和由该該]"
)
#: The lines under a firm's name an ad's contact line is looked for in (_firm_over_ad).
FIRM_AD_LINES: Final = 5


def _firm_over_ad(lines: Sequence[Line], flags: list[bool]) -> None:
    """A Chinese ad's head, the advertiser's name alone on the first line of its block
    ("港景物業管理有限公司" over "誠聘 保安員（日／夜更）" … "有意者請致電 2345 6789"; branch
    zh48): a title when a contact line (classify.closes_on_contact_line: a call's word and a
    number) stands among the next lines of the block, as an ad closes. Cheap guard: the line
    ends on a firm's word (CJK_FIRM_ENDINGS) and opens the block."""
    if not lines or flags[0] or not lines[0].text.rstrip().endswith(CJK_FIRM_ENDINGS):
        return
    text = lines[0].text.strip()
    if cjk_ratio(text) < 0.5 or not is_title_like(text) or len(lines) < 2:
        return
    if _FIRM_NAME_PROSE.search(text) is not None:
        return  # (a sentence's line: "昨日多名住戶投訴管理公司", "记者采访了该物流公司")
    contact = next(
        (
            k
            for k in range(1, min(len(lines), FIRM_AD_LINES + 1))
            if closes_on_contact_line(lines[k].text)
        ),
        0,
    )
    if not contact:
        return
    flags[0] = True
    for k in range(1, contact):
        # (the ad's display lines between its name and its contact line, "誠聘 保安員（日／夜更）"
        # / "月薪$18,500起 另設勤工獎": each a line of its own, as an ad sets them)
        if is_title_like(lines[k].text) and not ends_sentence(lines[k].text):
            flags[k] = True


#: How much of a dispatch's opening a Chinese head over it is compared with.
DISPATCH_LEAD_CHARS: Final = 80
#: The share of a Chinese head's character pairs its dispatch's opening must hold.
HEAD_OVER_DISPATCH_ECHO: Final = 0.3


def _head_over_own_dispatch(lines: Sequence[Line], i: int) -> bool:
    """Whether Chinese line ``i`` (title-like: no clause mark) heads the dispatch opening on the
    line under it whatever closes the line above: the next line opens a story on its dateline
    or byline lead (starts_story: ``新华社北京12月3日电（记者 …）国务``), and the head's words
    are that dispatch's (at least HEAD_OVER_DISPATCH_ECHO of its character pairs recur in its
    first DISPATCH_LEAD_CHARS characters: ``国务院常务会议部署扩大有效投资`` over ``… 召开国务院
    常务会议，研究部署进一步扩大有效投资 …``). The paragraph above may have lost its closing
    stop to OCR (``… 运行的"压舱石"``); a paragraph's last line is never a summary of the next
    dispatch's opening. Modern text only: a Republican-era stack over 、-stopped text is read
    by its own rules (_stacks_over_dun_stopped_text)."""
    if i + 1 >= len(lines) or not starts_story(lines[i + 1].text):
        return False
    opening = "".join(line.text.strip() for line in lines[i + 1 : i + 4])[:DISPATCH_LEAD_CHARS]
    if dun_stopped(opening):
        return False  # (a Republican-era stack over 、-stopped text: its own rules read it)
    return title_score(lines[i].text.strip(), opening) >= HEAD_OVER_DISPATCH_ECHO


def pointed_head(texts: Sequence[str]) -> tuple[str, int] | None:
    """A strip's further teaser read from its printed lines ``texts`` (from the first): a
    sentence-case head of one line over its page pointer alone, or of two wrapped
    (_puff_head_wrapped), as (the head, how many lines the head holds); None otherwise. Asked
    only under a teaser closed by its pointer (puff_strip, assemble's _strip_teaser)."""
    if len(texts) >= 2 and _POINTER_ALONE.match(texts[1].strip()) is not None:
        head = texts[0].strip()
        return (head, 1) if _sentence_case_line(head) else None
    wrapped = _puff_head_wrapped(texts, 0)
    return None if wrapped is None else (wrapped, 2)


def puff_strip(texts: Sequence[str], i: int) -> list[tuple[int, int]]:
    """The teasers of a skybox strip a label in capitals opens at line ``i`` (skybox_puff, its
    head on one line or wrapped over two: _puff_head_wrapped), as (first head line, pointer)
    pairs of indexes, when the puff is closed by its page pointer alone; under it, further
    heads each over its own pointer alone are further teasers of the strip, with no label of
    their own (``Court fixes March 3 for`` / ``ex-governor's trial`` / ``Page 9`` / ``Naira
    firms at N1,412 to dollar`` / ``Page 27``): a head of one sentence-case line
    (_sentence_case_line) or of two wrapped. The chain stops at the first lines that are no
    such teaser. A puff with no label (_unlabelled_puff: ``Black Stars coach names 26`` / ``for
    AFCON qualifiers`` / ``PAGE 32``, branch en45; or a head of one line over a page's word and
    number alone, ``Pan Trinbago sets Panorama dates`` / ``» PAGE 7``, branch en47) opens a
    strip too, asked only when the line one or two under ends on a figure. Empty for most
    lines."""
    if not texts[i].strip().isupper():
        # (or a puff with no label, its head's two lines over its pointer: _unlabelled_puff;
        # the pointer's last figure asked first, most lines fail it)
        # (or its head's one line over its pointer, then further heads each over its own:
        # an INSIDE box whose label was taken as furniture; branch en47)
        if (i + 2 < len(texts) and texts[i + 2].rstrip()[-1:].isdigit()) or (
            i + 1 < len(texts) and texts[i + 1].rstrip()[-1:].isdigit()
        ):
            unlabelled = _unlabelled_puff(texts[i : i + 3])
            if unlabelled is not None:
                return _strip_from(texts, [(i, i + unlabelled[2] - 1)])
        return []  # (most lines)
    puff = skybox_puff(texts[i : i + 4])
    if puff is None or puff[3] is None:
        return []
    return _strip_from(texts, [(i + 1, i + puff[2] - 1)])


def _strip_from(texts: Sequence[str], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The strip whose first teaser ``found`` holds, with the further heads under it each over
    its own pointer alone (pointed_head), as puff_strip gives it."""
    j = found[-1][1] + 1
    while j + 1 < len(texts):
        further = pointed_head(texts[j : j + 3])
        if further is None:
            break
        size = further[1]
        found.append((j, j + size))
        j += size + 1
    return found


#: The most bulleted decks under a modern head (_bullet_decks_over_byline), and the most lines
#: of each.
BULLET_DECKS: Final = 4
BULLET_DECK_LINES: Final = 2
#: The most lines of the head stack over them (a kicker and a head, each wrapped).
BULLET_STACK_LINES: Final = 6


def _bullet_decks_over_byline(lines: list[Line], flags: list[bool], named: Set[int]) -> set[int]:
    """On a modern page, bulleted decks straight over a reporter's byline (``• Unions order
    workers to stay home`` / ``from Dec 14`` / ``• We can't pay, says Governors'`` / ``Forum``
    / ``By Musa Abdullahi, Abuja``) are decks, not a fact box's list, and the unstopped lines
    over the first bullet, up to a line that closes or a page pointer, are the head stack they
    hang from: title lines all. A lead's head on a modern front is often a kicker and a head,
    each wrapped, with two or three bullets under it; read as prose, the whole stack runs into
    one paragraph. Gate: at most BULLET_DECKS bullets (opens_bullet_item) of at most
    BULLET_DECK_LINES lines each, the last straight over a byline (is_byline_line), and a
    stack of 1 to BULLET_STACK_LINES lines none of which closes (closes) or ends on a stop.
    Gives the positions of the lines that carry on a bullet's first line: each joins it."""
    tails: set[int] = set()
    for i, line in enumerate(lines):
        if not opens_bullet_item(line.text) or (i and opens_bullet_item(lines[i - 1].text)):
            continue  # (most lines; a bullet's run is asked from its first item)
        if i and not lines[i - 1].text.strip()[-1:].isalnum():
            continue
        j, bullets = i, 0
        while j < len(lines) and opens_bullet_item(lines[j].text) and bullets < BULLET_DECKS:
            bullets += 1
            j += 1
            taken = 1
            while (
                j < len(lines)
                and taken < BULLET_DECK_LINES
                and not opens_bullet_item(lines[j].text)
                and not is_byline_line(lines[j].text)
                and not ends_sentence(lines[j].text)
            ):
                j += 1
                taken += 1
        if j >= len(lines) or not is_byline_line(lines[j].text):
            continue
        run_tails = {k for k in range(i, j) if not opens_bullet_item(lines[k].text)}
        top = i
        while (
            top > 0
            and i - top < BULLET_STACK_LINES
            and top - 1 not in named
            and not flags[top - 1]
            and not closes(lines[top - 1].text)
            and not _page_pointer_line(lines[top - 1].text)
            and lines[top - 1].text.strip()[-1:] not in ".!?"
        ):
            top -= 1
        if top == i or (
            top > 0
            and not (
                flags[top - 1]
                or top - 1 in named
                or closes(lines[top - 1].text)
                or _page_pointer_line(lines[top - 1].text)
            )
        ):
            continue
        flags[top:j] = [True] * (j - top)
        tails |= run_tails
    return tails


def _wrapped_puff_heads(lines: list[Line], flags: list[bool]) -> set[int]:
    """The lines of a skybox strip closed by page pointers alone (puff_strip: ``SPORT`` /
    ``Super Eagles coach names 26 for`` / ``Benin friendly`` / ``Page 48``): its label and
    heads are title lines, so the strip is not read as the prose of a paragraph (an e-paper
    sets a blank line after every line, and a head's first line may end on a small word).
    Gives the pointers' positions: each a unit of its own, as a byline's line is, so the head
    under it does not run into it."""
    pointers: set[int] = set()
    texts = [line.text for line in lines]
    i = 0
    while i < len(lines):
        strip = puff_strip(texts, i)
        if not strip:
            i += 1
            continue
        flags[i] = True
        for head, pointer in strip:
            flags[head:pointer] = [True] * (pointer - head)
            flags[pointer] = False
            pointers.add(pointer)
        i = strip[-1][1] + 1
    return pointers


#: The most words of a mixed-case head's first line taken back by _head_first_lines.
HEAD_FIRST_LINE_WORDS: Final = 5
#: Marks no line of such a head holds: a list's or a sentence's stops, a figure.
_HEAD_LINE_MARKS: Final = re.compile(r"[,.;:\d]")


def _head_first_lines(
    lines: list[Line], like: list[bool], flags: list[bool], first_lines: set[int] | None = None
) -> None:
    """A two-line mixed-case head under prose that does not close (a column cut mid-sentence,
    a stop OCR lost: "cepted, however," / "Austrain Artist" / "Sees Great Future" / "C. J.
    Dencdlct, an Austrian …") keeps its first line: the lower line is a title only because
    the upper one is title-like, so the upper one, refused because the line above it does not
    close, is the head's first line, not the prose's last (issue 9, branch ``headend15``).
    The upper line is title case, of two to HEAD_FIRST_LINE_WORDS words, opens on no small
    letter and ends on a letter; the lower one is a title-case title of two words or more that
    ends on a letter and on no run-on word; neither holds a comma, a stop, a semicolon, a colon
    or a figure (_HEAD_LINE_MARKS; a leading comma aside: ", Pending Analysis of Waters");
    the line under the head is no title, opens on a capital and is wider than the head's last
    line. Lines flagged already are only read (one pass, no scan of the page).

    A capitals head's first line read so (_caps_head_first_line, branch ``garble31``) is asked
    only when ``first_lines`` is given, on a plain-text page modern_page found not modern (the
    gate: a modern head stands apart from the text above it); its line number goes into
    ``first_lines``, and reflow_block's title grouping joins the line to the title under it."""
    for i in range(2, len(lines) - 1):
        if not flags[i] or flags[i - 1] or like[i - 2]:
            continue
        if first_lines is not None and _caps_head_first_line(lines, like, flags, i):
            flags[i - 1] = True
            first_lines.add(lines[i - 1].number)
            continue
        if not like[i - 1] or flags[i + 1]:
            continue
        upper, lower = lines[i - 1].text.strip(), lines[i].text.strip()
        below = lines[i + 1].text.strip()
        if (
            upper[-1:].isalpha()
            and lower[-1:].isalpha()
            # (a line opening on a small word goes on with the prose: "and Henry Ashurst and
            # Congressman"; a head's last line does not stop on one: "… Court House in")
            and not upper[:1].islower()
            and lower.rsplit(None, 1)[-1].lower() not in RUN_ON_WORDS
            and 2 <= len(upper.split()) <= HEAD_FIRST_LINE_WORDS
            and len(lower.split()) >= 2
            # (a head's lines hold no list's marks: "Charles E. Van Loan, H" / "Harry …")
            and _HEAD_LINE_MARKS.search(upper) is None
            and _HEAD_LINE_MARKS.search(lower.lstrip(",")) is None
            # (the story opens under it in a capital, on a line wider than the head's)
            and below[:1].isupper()
            and len(below) > len(lower)
            and title_style(upper) == "mixed"
            and title_style(lower) == "mixed"
            and is_title_cased(upper)
            and is_title_cased(lower)
        ):
            flags[i - 1] = True


#: The least share of a capitals head's first line's letters that are capitals (OCR garbles
#: display type into a few small letters: "H9THIMO THAT VVOUtU iMPtfUC").
CAPS_FIRST_LINE_SHARE: Final = 0.7
#: No title stands within this many lines over such a line: the lines above are a story's
#: text, not a deck read as a paragraph under its own head.
PROSE_OVER_HEAD_LINES: Final = 4
#: Such a line is at most this long: a head's line in one column.
CAPS_FIRST_LINE_CHARS: Final = 30
#: The title under such a line is at least this share of its width, and at most this one.
CAPS_FIRST_LINE_NARROWEST: Final = 0.6
CAPS_FIRST_LINE_WIDEST: Final = 1.6
#: This many capitals lines from the title down are a text set in capitals (an address, an ad),
#: not a head stack.
CAPS_TEXT_LINES: Final = 6
#: A page's first lines hold its masthead, whose garbled pieces read as capitals lines.
HEAD_FIRST_LINE_FROM: Final = 20
#: The lines under the title searched for an ad's evidence (an ad's display lines over its
#: text: "FRUIT TREES" / "WINCHESTER NURSERY CO." / "Buy Tennessee Grown Nursery Stock").
AD_TEXT_LINES: Final = 4
#: The least share of the two lines' letters in readable words: fewer, and the lines are
#: OCR garble, not display type ("III ov N HUM s I OOI s 1 01").
CAPS_READABLE_SHARE: Final = 0.5
#: A word in small letters (not the tail of a capitalised one): in a capitals line, a sentence
#: of text running on ("In thla AND THERE", "DELEGATION and tho"); a head's garbled word mixes
#: its cases ("iMPtfUC").
_SMALL_WORD: Final = re.compile(r"(?<![A-Za-z'’])[a-z]{2,}\b")
#: An ear's, a date line's or a jump line's words, however OCR garbled the jump ("22 PAGES CITY
#: EDITION", "TEN CENTS", "THE WEATHER", "SEATTLE, WASH. THURSDAY. FEBRUARY J.",
#: "OONTINCED ON PAGB TWO."): no head's.
_EAR_OR_JUMP: Final = re.compile(
    r"\b(?:CENTS?|PAGES|EDITION|WEATHER|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|"
    r"ON\s+PA[A-Z]{2}|(?:JAN|FEB|MAR|APR|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?\s*\d)",
    re.IGNORECASE,
)
#: A line closing on a word's own stop, quotes aside ("W. J. BRYAN.", "MISS HELEN TAG.",
#: "$1.50 PER YEAR."); a stop OCR set apart ("WILSON'S CAR NEARLY .") is dirt.
_CLOSED_ON_WORD: Final = re.compile(r"[A-Za-z]\.[\"'”’]*$")
#: A signature in capitals: initials or a short name's abbreviation, then a surname and its
#: stop ("ED. MAURER.", "E M. MIOHENER."; not "T. R. HEWETT MURDERED.").
_CAPITALS_SIGNATURE: Final = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,3}\.\s*|[A-Z]\s+){1,3}[A-Z][A-Z'’\-]{2,}\.$"
)


def _caps_head_first_line(lines: list[Line], like: list[bool], flags: list[bool], i: int) -> bool:
    """Whether line ``i - 1``, not flagged, under prose and straight over the capitals title
    ``i``, is that head's first line: set in capitals (at least CAPS_FIRST_LINE_SHARE of its
    letters, however OCR garbled them: "H9THIMO THAT VVOUtU iMPtfUC") with two readable words
    (READABLE_WORD), and read as the prose's last line because the prose above does not close
    or because it ends on a comma ("BOAT LIKE K-5," / "BOUND SOUTH, IS") (issue 9, branch
    ``garble31``). The line above it is no capitals line (an ad's or a notice's capitals text
    runs on so); not among the page's first HEAD_FIRST_LINE_FROM lines (a masthead's garbled
    pieces), not a signature or an ad's (``W. J. BRYAN.``, ``ED. MAURER.``, ``JOHN SMITH,
    Clerk.``), a price, a jump line or furniture."""
    upper, lower, above = lines[i - 1].text.strip(), lines[i].text.strip(), lines[i - 2].text
    if not upper or upper[:1].islower() or title_style(lower) != "caps":
        return False
    if _CLOSED_ON_WORD.search(upper) or len(upper) > CAPS_FIRST_LINE_CHARS:
        # (a line closed on its word's stop is whole: a name, an item, an ear; a wider one is
        # two heads of neighbouring columns OCR read as one line, or an ad's)
        return False
    if _COMPLIMENTARY_CLOSE.search(above.strip()[-CLOSE_MAX_CHARS:]):
        return False  # a letter's signature under its close ("Very sincerely yours,")
    if title_style(above) == "caps" or lines[i - 1].number <= HEAD_FIRST_LINE_FROM:
        return False
    # (a deck read as a paragraph under its own head is no prose: "Gaining - )'U:" / "BERLIN
    # SAYS ADVANCES ."; capitals text running on under the title is an ad's)
    if any(flags[max(0, i - 1 - PROSE_OVER_HEAD_LINES) : i - 1]):
        return False
    if i + 1 < len(lines) and not flags[i + 1] and title_style(lines[i + 1].text) == "caps":
        return False
    below = lines[i : i + CAPS_TEXT_LINES]
    if len(below) == CAPS_TEXT_LINES and all(title_style(line.text) == "caps" for line in below):
        return False
    if not like[i - 1] and not (upper[-1] in ",;" and is_title_like(upper[:-1])):
        return False
    letters, capitals = letter_counts(upper)
    if capitals < CAPS_FIRST_LINE_SHARE * letters:
        return False
    readable = {word.upper() for word in READABLE_WORD.findall(upper) if len(set(word)) > 1}
    return (
        len(readable) >= 2
        # (set to the same measure: a title far wider is another head, whose echo takes the
        # line to another column's story; a far narrower one a text's broken line)
        and CAPS_FIRST_LINE_NARROWEST * len(upper)
        <= len(lower)
        <= CAPS_FIRST_LINE_WIDEST * len(upper)
        and any(len(set(word)) > 1 for word in READABLE_WORD.findall(lower))
        and _EAR_OR_JUMP.search(upper) is None
        and _EAR_OR_JUMP.search(lower) is None
        and _CAPITALS_SIGNATURE.match(upper) is None
        and not reads_as_ad_signature(upper)
        and not is_price_line(upper)
        and match_continuation(upper) is None
        and not is_furniture(upper)
        and not is_furniture(lower)
        and not _caps_head_first_line_refused(lines, flags, i)
    )


def _caps_head_first_line_refused(lines: list[Line], flags: list[bool], i: int) -> bool:
    """Whether the capitals line ``i - 1`` over the title ``i``, which passes
    _caps_head_first_line's other gates, is no head's first line after all (issue 9, branch
    ``garble32``, narrowed by its wrong changes on the unseen pages): a line under a line of
    text (_mostly_readable) wider than two head lines (2 × CAPS_FIRST_LINE_CHARS: two columns
    OCR read as one line, so the page's columns are scrambled there and the line may be either
    column's; a wide line of OCR dirt over a banner is no text); an ad's display lines,
    when the two lines and the AD_TEXT_LINES lines under them show an ad's evidence
    (classify.ad_evidence_kinds: a shop's words, a word to the reader, an address, a phone:
    "CALL IN AND I WILL SHOW YOU" / "THE CORN AND THE TEST"); a notice's head under its
    place ("NOTICE FOR PUBLICATION."); a sentence of text running on in capitals, when
    either line holds a word in small letters alone (_SMALL_WORD: "In thla AND THERE IS NOT
    ONE", "REPUBLICAN DELEGATION and tho"); a title closed on its word's stop with a
    capitals title under it, a head whole in itself whose stack runs on, which the line above
    belongs to no more than to the column above ("FUNERAL OF MRS. ELLA OSBORNE" over
    "CROSSED GREAT WALL." / "ONLY ONE SET SPEECH"); and OCR garble, when the two lines are
    not _mostly_readable. The gate that keeps it off modern pages is _caps_head_first_line's
    (asked on 1916 text pages only)."""
    upper, lower = lines[i - 1].text.strip(), lines[i].text.strip()
    above = lines[i - 2].text.strip()
    if len(above) > 2 * CAPS_FIRST_LINE_CHARS and _mostly_readable(above):
        return True  # two columns of text OCR read as one line: the line may be either column's
    if opens_notice(lower) or _SMALL_WORD.search(upper) or _SMALL_WORD.search(lower):
        return True
    if (
        i + 1 < len(lines)
        and flags[i + 1]
        and _CLOSED_ON_WORD.search(lower)
        and title_style(lines[i + 1].text) == "caps"
    ):
        return True
    if not _mostly_readable(f"{upper} {lower}"):
        return True
    text = " ".join(line.text.strip() for line in lines[i - 1 : i + 1 + AD_TEXT_LINES])
    return ad_evidence_kinds(text) > 0


def _mostly_readable(text: str) -> bool:
    """Whether at least CAPS_READABLE_SHARE of a text's letters stand in readable words
    (classify.READABLE_WORD): text or display type however OCR garbled it, not OCR's dirt."""
    letters = sum(1 for ch in text if ch.isalpha())
    return sum(map(len, READABLE_WORD.findall(text))) >= CAPS_READABLE_SHARE * letters


def _caps_head_tails_over_small_letters(
    lines: list[Line], like: list[bool], flags: list[bool]
) -> None:
    """A headline in capitals wrapped over two lines keeps its second line when the line under
    it opens in a small letter ("CASTOR OIL SHORTAGE" / "HOLDS UP WAR PLANT" / "i * : m
    Guncotton", "WELL TO FRONT" / "FOR INDUSTRIES" / "lliriving L])-Counly Borough"): a
    capitals line over prose opening small is refused as a head because prose may run on from
    it, but under a capitals head line that does not close it is that head's wrap, and the
    small letter is a deck's or a story's first letter OCR lost or dirt (issue 9, branch
    ``headsplit23``). Both lines read as clean capitals heads wrapped in a column
    (classify.is_clean_capitals_head of the upper, caps_head_wraps of the two: the upper ends
    on no stop, the lower no wider than a wrap); the lower is title-like, not flagged, and
    ends on a letter or a full stop. Only the two lines under a flagged title are read."""
    for i in range(len(lines) - 2):
        if not flags[i] or flags[i + 1] or not like[i + 1] or flags[i + 2]:
            continue
        upper, lower = lines[i].text.strip(), lines[i + 1].text.strip()
        if (
            lines[i + 2].text.lstrip()[:1].islower()
            and upper[-1:].isalpha()
            and (lower[-1:].isalpha() or lower[-1:] == ".")
            and title_style(upper) == "caps"
            and title_style(lower) == "caps"
            and is_clean_capitals_head(upper)
            and caps_head_wraps(upper, lower)
        ):
            flags[i + 1] = True


#: A table is a run of at least this many rows …
TABLE_ROWS: Final = 3
#: … this many of them sure rows (``classify.table_row``: dot leaders, two figures, a price) …
TABLE_SURE_ROWS: Final = 2
#: … with at most this many label lines between two rows ("SIXTH GRADE" / "NAME Classes
#: Classes" / "Prepared Missed", "Spring Wheat.") …
TABLE_GAP_LINES: Final = 3
#: … each at most this long and of at most this many words.
TABLE_LABEL_CHARS: Final = 32
TABLE_LABEL_WORDS: Final = 5
#: Lines straight above a table's first row that label its columns, under a line announcing
#: the table ("… a copy of the record for the twenty-first week:" / "NAME Classes Classes" /
#: "Prepared Unprepared").
TABLE_HEADER_LINES: Final = 2


def _table_head_first_line(
    lines: Sequence[Line], flags: Sequence[bool], tabular: Sequence[bool], i: int
) -> bool:
    """Whether a Chinese line is the first of a table's head set over two lines, straight
    under the box's label (a title) and over the head's second line, which stands straight
    over the first row: "价格行情" / "汉中农产品批发市场" / "12月4日部分品种价格" / "大白菜
    0.80元/斤" (branch zh48). Neither head line is a row nor holds a comma or a stop."""
    if i == 0 or i + 2 >= len(lines) or not flags[i - 1]:
        return False
    if not tabular[i + 2] or tabular[i + 1] or tabular[i]:
        return False
    return not any(CJK_PROSE_STOPS.intersection(lines[k].text) for k in (i, i + 1)) and all(
        cjk_ratio(lines[k].text) >= 0.5 for k in (i, i + 1)
    )


def table_lines(lines: Sequence[Line]) -> list[bool]:
    """Which lines of a block are a table's or a list's: a run of rows by their own shape
    (``classify.table_row``: a market's ``No. 1, ....... 1.05``, an honour roll's ``Andrew
    Davis 24 9``, a price list's ``Men's Suits to Order $10.00 to $37.00``), the label lines
    set between its rows (``Spring Wheat.``, ``SIXTH GRADE``) and the column heads straight
    under a line announcing it with a colon. Such lines are never titles and each is a
    paragraph of its own in the item above (``reflow_block``); a head after the run still
    starts a story. A run needs ``TABLE_ROWS`` rows, ``TABLE_SURE_ROWS`` of them sure ones,
    so a headline naming a figure (``GERMANS LOSE 30,000``) or a contents box's entries
    (``Sports ..... 5``) make none."""
    count = len(lines)
    members = [False] * count
    _lists(lines, members)
    # (the last character first: most lines end on a letter, and no row does)
    shapes = [
        table_row(line.text)
        if (line.text[-1:] in ROW_ENDS or line.text[-1:] in CJK_ROW_UNITS) and not line.listed
        else 0
        for line in lines
    ]
    if sum(1 for shape in shapes if shape == 2) < TABLE_SURE_ROWS:
        return members  # (most blocks)
    # (a dateline whose dash OCR lost names a month and a day: "SAN FRANCISCO, Cal., Feb. 4.")
    rows = [
        (shape == 2 or (shape == 1 and not opens_on_month_day(line.text)))
        and not starts_story(line.text)
        for shape, line in zip(shapes, lines, strict=True)
    ]
    i = 0
    while i < count:
        if not rows[i]:
            i += 1
            continue
        start = end = i
        j = i + 1
        while j < count:
            if rows[j]:
                end, j = j, j + 1
                continue
            gap = j
            while (
                gap < count
                and not rows[gap]
                and gap - j < TABLE_GAP_LINES
                and _table_label(lines[gap].text)
            ):
                gap += 1
            if gap == j or gap >= count or not rows[gap]:
                break
            j = gap
        found = sum(1 for k in range(start, end + 1) if rows[k])
        sure = sum(1 for k in range(start, end + 1) if rows[k] and shapes[k] == 2)
        if found >= TABLE_ROWS and sure >= TABLE_SURE_ROWS:
            members[start : end + 1] = [True] * (end + 1 - start)
            head = start
            while (
                start - head < TABLE_HEADER_LINES
                and head > 0
                and _table_label(lines[head - 1].text)
            ):
                head -= 1
            if head < start and head > 0 and lines[head - 1].text.rstrip().endswith(":"):
                members[head:start] = [True] * (start - head)
            else:
                _label_under_head(lines, start, members)
        i = end + 1
    return members


#: A label straight under a table's head, over its first row, is a word or two.
TABLE_LEAD_LABEL_WORDS: Final = 2


def _label_under_head(lines: Sequence[Line], start: int, members: list[bool]) -> None:
    """Mark the label of a table's first rows set straight under its head (``MALTA GRAIN
    MARKETS.`` / ``Spring Wheat.`` / ``No. 1, ....... 1.0O``): one line in mixed case of at most
    ``TABLE_LEAD_LABEL_WORDS`` words over the first row, under a title-like line. A deck tells
    something in more words (``Wheat Is Higher Today.``), and a line in capitals there is the
    head's own second line (``NEW YORK STOCK`` / ``MARKET TODAY``): both stay titles."""
    if start < 2:
        return
    label = lines[start - 1].text
    if (
        len(label.split()) <= TABLE_LEAD_LABEL_WORDS
        and title_style(label) == "mixed"
        and _table_label(label)
        and is_title_like(lines[start - 2].text)
    ):
        members[start - 1] = True


#: The head of a list whose items carry no figures: a menu, a programme. (Any short line
#: closing on a colon was tried: on unseen pages it took headline stacks under OCR noise and a
#: contents box for lists; a play's cast, "CAST OF CHARACTERS.", see docs/parser-rules.md.)
_LIST_HEAD: Final = re.compile(r"^\W{0,2}(?:MENU|Menu|PROGRAMM?E?|Programm?e?)[.:]?\W{0,2}$")
#: A list needs at least this many items …
LIST_ITEMS: Final = 3
#: … each at most this long and of at most this many words.
LIST_ITEM_CHARS: Final = 36
LIST_ITEM_WORDS: Final = 6
#: Small words a list's item may hold in lower case ("Baked Chicken, with dressing").
_LIST_SMALL: Final = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)


def _lists(lines: Sequence[Line], members: list[bool]) -> None:
    """Mark the lists of a block in ``members``: a list's head (``MENU``, ``Program.``) over
    ``LIST_ITEMS`` short items or more, each a few words in mixed case with at most one in
    small letters (``Boiled Ham``, ``Baked Chicken, with dressing``, ``Overture Cloverport
    Orchestra``). An item with a word in small letters over a line of prose is the prose's
    first line, so the list ends before it (``The ladies of the Main Street`` /
    ``Presbyterian church will serve``)."""
    count = len(lines)
    for i in range(count - LIST_ITEMS):
        head = lines[i].text
        if len(head) > TABLE_LABEL_CHARS or not (
            "enu" in head or "ENU" in head or "ogra" in head or "OGRA" in head
        ):
            continue  # (every line but a few: no list's head at a glance)
        if _LIST_HEAD.search(head) is None:
            continue
        end = i + 1
        while (
            end < count
            and _list_item(lines[end].text)
            and not (
                _SMALL_WORD.search(lines[end].text) is not None
                and end + 1 < count
                and _prose_line(lines[end + 1].text)
            )
        ):
            end += 1
        if end - i - 1 >= LIST_ITEMS:
            members[i:end] = [True] * (end - i)


def _list_item(text: str) -> bool:
    """A list's item by its own shape (see _lists): in mixed case (a line in capitals under a
    list's head is the next story's headline)."""
    if len(text) > LIST_ITEM_CHARS or not text[:1].isalpha() or text.endswith((",", "-", ":")):
        return False
    if title_style(text) == "caps":
        return False
    words = text.split()
    if len(words) > LIST_ITEM_WORDS:
        return False
    small = sum(1 for word in words if word[:1].islower() and word not in _LIST_SMALL)
    return small <= 1 and not starts_story(text) and not is_byline_line(text)


def _prose_line(text: str) -> bool:
    """A line of running prose: it opens in small letters or holds two words in small letters
    or more (the small words of a list's item aside)."""
    words = text.split()
    if words and words[0][:1].islower():
        return True
    return sum(1 for word in words if word[:1].islower() and word not in _LIST_SMALL) >= 2


def _table_label(text: str) -> bool:
    """A short line that may label a table's rows or columns: a few words, no story's opening
    (a dateline, also one whose dash OCR lost: a month and a day; a byline)."""
    return (
        len(text) <= TABLE_LABEL_CHARS
        and len(text.split()) <= TABLE_LABEL_WORDS
        and not starts_story(text)
        and not opens_on_month_day(text)
        and not is_byline_line(text)
    )


def _caps_head_in_prose(lines: list[Line], i: int) -> bool:
    """A line in capitals between two lines of mixed-case prose, the one under it opening a
    sentence, is a headline however the line above ends: OCR often loses the stop there ("…
    in a store," / "SHOUT PAY." / "An item of …"). A line of prose has words in lower case; a
    phrase in capitals inside a sentence follows a word ("… watch her" / "DELIVER ON THE SPOT.")
    or runs on in lower case on the line under it."""
    if i == 0 or i + 1 >= len(lines):
        return False
    text, above, below = lines[i].text, lines[i - 1].text, lines[i + 1].text.lstrip()
    words = _WORD.findall(text)
    return (
        len(words) >= 2
        and title_style(text) == "caps"
        and below[:1].isupper()
        and (
            not above.rstrip()[-1:].isalnum()
            or _unstopped_head_under_cut_prose(text, above)
            or _stopped_head_under_cut_prose(text, above)
        )
        and title_style(above) == "mixed"
        and title_style(below) == "mixed"
        and _mostly_lower(above)
        and _mostly_lower(below)
    )


def _unstopped_head_under_cut_prose(text: str, above: str) -> bool:
    """A capitals line of three words or more closing on a word no sentence ends on without its
    stop, under prose that breaks off on a lower-case word (a column cut by the OCR: "… who
    flock around" / "DIFFERENCES NOT PERSONAL" / "For the benefit …"): a phrase in capitals
    inside a sentence would close on its stop before a capital, or run on in lower case."""
    words = _WORD.findall(text)
    last = text.rstrip()
    return (
        len(words) >= 3
        and last[-1:].isalpha()
        and words[-1].lower() not in RUN_ON_WORDS
        and above.rstrip()[-1:].islower()
    )


def _stopped_head_under_cut_prose(text: str, above: str) -> bool:
    """A capitals line of two words or more closing on its stop, under prose that breaks off
    on a word in small letters a sentence may end on (a column the OCR cut, its sentence going
    on elsewhere: "… has taken part in many ski tournaments" / "SCHOOL OPENS MONDAY." / "The
    Malta public school …"). A phrase in capitals ending a sentence follows a word that waits
    for it ("… watch her" / "DELIVER ON THE SPOT.", RUN_ON_WORDS), or opens in small letters
    or title case ("… a sign, which" / "reads PERMANENT GOOD ROADS.", "… a grand total" / "Of
    $40,000,000."): every word of the line is in capitals, and its last is a word (three
    letters or more, no abbreviation's stop)."""
    stripped = text.rstrip()
    if not stripped.endswith(".") or stripped.endswith(".."):
        return False
    words = _WORD.findall(stripped)
    last_above = above.rstrip().rsplit(None, 1)[-1] if above.strip() else ""
    return (
        len(words) >= 2
        and all(word.isupper() for word in words if len(word) >= 2)
        and len(words[-1]) >= 3
        and stripped[-2:-1].isalpha()
        and last_above.isalpha()
        and last_above.islower()
        and len(last_above) >= 3
        and last_above not in RUN_ON_WORDS
    )


#: A dispatch's head over its dateline is one short line (assemble.CROSSHEAD_MAX_CHARS) ...
DISPATCH_HEAD_MAX_CHARS: Final = 40
#: ... of at least this many words.
DISPATCH_HEAD_WORDS: Final = 2


def _stopped_head_over_dispatch(lines: list[Line], i: int) -> bool:
    """A short head closing on its stop straight over a dated dispatch ("Armed Vessels Attack
    Germans." / "Washington, Feb. 28. Germany has …") heads that dispatch, however the line
    above it ends: a 1916 page runs wire dispatches one under another, each under such a
    head, and the column above may break off in the middle of a word or a sentence the OCR
    carried elsewhere ("… he must now seek an educa-"). A dateline under a line is no part of
    the sentence above it (reflow's ``starts_story`` asked of the line under: a dateline, not
    a byline). The line above is prose (most of its words in small letters) and does not go on
    into the line: it ends on no comma or dash, no word that waits (RUN_ON_WORDS: "… and physicians
    and nurses came from" / "New Haven and Bridgeport.") and no capitalised word (a name or a
    deck's line going on: "Crumbling Along 25-mile Front" / "Near Verdun.", "Operators Begin
    Campaign to Oppose Demands of United" / "Mine Workers."). Gate (the caller's): off modern
    pages, whose heads close on no stop."""
    if i == 0 or i + 1 >= len(lines):
        return False
    text = lines[i].text.strip()
    if (
        not text.endswith(".")
        or text.endswith("..")
        or len(text) > DISPATCH_HEAD_MAX_CHARS
        or not text[:1].isupper()
    ):
        return False
    above, below = lines[i - 1].text.rstrip(), lines[i + 1].text
    last = above.rsplit(None, 1)[-1] if above else ""
    # (a sentence going on: a comma, a dash, a word that waits, a name's capitalised word or a
    # deck's, "… Retreat to" / "Spanish Province and Interned.", "… of Northeastern Arizona" /
    # "Are Alarmed Over Situation.", "… Gas Plant at Lowestoft—" / "British Aircraft Gives
    # Pursuit.")
    if (
        last[-1:] in ",—"
        or last.endswith("--")
        or (last[-1:].isalpha() and (last[:1].isupper() or last.lower() in RUN_ON_WORDS))
    ):
        return False
    return (
        len(_WORD.findall(text)) >= DISPATCH_HEAD_WORDS
        and _mostly_lower(above)
        and starts_story(below)
        and match_dateline(below) is not None
    )


def _signature_over_head(lines: list[Line], flags: list[bool], i: int) -> bool:
    """A short mixed-case line closing on a stop, under prose and over a mixed-case title that
    ends on a word, is the prose's last line, a signature or a source ("Claud Sams." /
    "Preacher Called", "Estill Tribune." / "Wrong Initials"): an English headline and its
    deck close alike, and a deck never drops the stop its headline printed."""
    if i == 0 or flags[i - 1] or i + 1 >= len(lines) or not flags[i + 1]:
        return False
    text, below = lines[i].text.strip(), lines[i + 1].text.strip()
    return (
        text.endswith(".")
        and below[-1:].isalpha()
        and title_style(text) == "mixed"
        and title_style(below) == "mixed"
        and len(_WORD.findall(text)) <= 3
        and not is_byline_line(below)
        and not starts_story(below)
    )


def _settle_latin_stacks(
    lines: list[Line], like: list[bool], flags: list[bool], bylines: frozenset[int] = frozenset()
) -> None:
    """Three checks on English titles once every line is judged. A capitals line running on into
    a capitals title under it is that headline's first line, whatever ends the line above it
    (an ad's comma, OCR noise: "THE STORY OF A MERCHANT" / "PRINCE."), and so is a clean
    capitals line over a title-case deck line that is a title ("down in 1889," / "GRAHAME-WHITE
    HURT" / "Famous British Aviator Recently"): OCR lost the stop above it, and a phrase in
    capitals inside prose runs on into prose, not into a deck. A title line ending on a word no
    headline ends on ("The Executive Committee of the") with no title under it is the first line
    of a paragraph, unless a byline with no "By" stands under it (``bylines``, a modern page's:
    _named_byline_lines)."""
    for i in range(len(lines) - 1, 0, -1):
        if not flags[i] or flags[i - 1] or not like[i - 1]:
            continue
        above, text = lines[i - 1].text, lines[i].text
        if (
            title_style(text) == "caps"
            and title_style(above) == "caps"
            and (caps_runs_on(above, text) or caps_head_wraps(above, text))
        ):
            flags[i - 1] = True
    for i in range(len(lines) - 1, 0, -1):
        if flags[i] and not flags[i - 1] and _caps_head_over_deck(lines, like, i):
            # (a head of two capitals clauses: "FRENCH CRUISER SUNK;" / "BUT ONE OF CREW
            # SAVED", "COUPLE HAD SEPARATED;" / "BOTH NOW NEAR DEATH")
            clause = i >= 2 and not flags[i - 2] and _caps_clause_over(lines, i - 1)
            top = i - 2 if clause else i - 1
            if _ends_on_figure(lines, top):
                continue
            flags[top:i] = [True] * (i - top)
    for i in range(1, len(lines) - 1):
        if (
            flags[i]
            and title_style(lines[i].text) == "mixed"
            and _signature_over_head(lines, flags, i)
        ):
            flags[i] = False
    for i in range(len(lines) - 1, -1, -1):
        if not flags[i] or (i + 1 < len(lines) and flags[i + 1]):
            continue
        words = lines[i].text.split()
        if (
            i + 1 < len(lines)
            and title_style(lines[i].text) != "cjk"
            and sum(1 for word in words if len(word) >= 2) >= 2
            and words[-1].lower() in RUN_ON_WORDS
            and not starts_story(lines[i + 1].text)
            and i + 1 not in bylines
        ):
            flags[i] = False


#: The most lines a sentence read as a head is followed through before it reaches its prose.
SENTENCE_HEAD_LINES: Final = 6
#: The most lines of such a head.
SENTENCE_HEAD_ROWS: Final = 2


def _runs_on_across(text: str, below: str) -> bool:
    """Whether a sentence visibly runs on from line ``text`` into line ``below``: the line below
    opens on a word in small letters ("ited Mr. and Mrs.", "and Miss Merle", "of the County"),
    or the line ends on a comma, or on a word no sentence ends on with a comma before it (a
    list of names: "Mr. and Mrs. Fred Funke, the", "John Ries, Misses Emma and"). A head
    wrapped in title case ends on neither ("Conference With President on" holds no comma)."""
    if _LOWER_WORD.match(below.lstrip()) is not None:
        return True
    stripped = without_rule_bar(text)
    if stripped.endswith(","):
        return True
    head, _, last = stripped.rpartition(" ")
    return last in RUN_ON_WORDS and last.islower() and "," in head


def _sentence_through_head_line(
    lines: list[Line], flags: list[bool], sentence_heads: set[int]
) -> None:
    """A mixed-case head of a line or two whose sentence runs on, line after line, into a
    line of prose (_goes_on at every line's end: no line closing, each break run on by
    _runs_on_across), is that sentence's first lines, not a head: "Willie C. Dillard of
    Kansas City" / "and Miss Merle Hensley of Am" / "oret were united in marriage …", "Mr.
    and Mrs. Ira McGee vis" / "ited Mr. and Mrs. John Mabry" / "who is very sick.", "Mr. and
    Mrs. Fred Funke, the" / "Misses Bertha and Maggie Ries," / … / "and Ben Doll were among
    the". Their names pass the title test line by line, and a head of one line needs only a
    title-like line under it. The sentence is followed through SENTENCE_HEAD_LINES lines at
    most, past the head, to a line of prose in small letters (most of its words, and a
    content word: a deck wrapped on a small word, "in Which to Leave the Steamer.", is title
    case). The head's lines go into ``sentence_heads``: the assembly keeps the item the head
    started and opens its body with them (assemble._sentence_head_to_body). Left alone: a
    head of three lines or more, a line in capitals (stops the walk), a head opening on a
    mark (a word's end: its start was cut off). Gate: asked only on a plain-text page
    modern_page found not modern (reflow_block's ``modern is False``): a modern head in
    sentence case wraps on a small word over a line in small letters."""
    last = len(lines) - 1
    # (the title lines alone, picked in C: most lines are none, and are not visited)
    for i in compress(range(last), flags):
        if i and flags[i - 1]:
            continue  # (a head's later line)
        head = i  # (the head's last line)
        while head < last and flags[head + 1]:
            head += 1
        if head - i >= SENTENCE_HEAD_ROWS or not lines[i].text.lstrip()[:1].isalpha():
            continue  # (a line opening on a mark: a word's end, the head's start cut off)
        end = i  # (the last line the sentence has run through)
        while end < last and end - i < SENTENCE_HEAD_LINES and _goes_on(lines, end):
            end += 1
            below = lines[end].text
            if (
                end > head
                and _mostly_lower(below)
                and not is_title_cased(below)
                and _reads_as_prose(below)
            ):
                sentence_heads.update(line.number for line in lines[i : head + 1])
                break


def _goes_on(lines: list[Line], i: int) -> bool:
    """Whether mixed-case line ``i`` closes nothing and its sentence runs on into the next
    line (_runs_on_across)."""
    text = lines[i].text
    return (
        title_style(text) == "mixed"
        and not closes(text)
        and _runs_on_across(text, lines[i + 1].text)
    )


def _caps_head_over_deck(lines: list[Line], like: list[bool], i: int) -> bool:
    """Whether the capitals line above title line ``i``, left out of the titles because the line
    above it closes nothing, is the headline over a deck: ``i`` is a title-case deck line
    (every content word capitalised) and the capitals line holds two words or more and ends on
    no word that runs on."""
    head, deck = lines[i - 1].text.strip(), lines[i].text.strip()
    words = _WORD.findall(head)
    return (
        like[i - 1]
        and is_clean_capitals_head(head)
        and not _under_pyramid_deck(lines, i - 1)
        and title_style(deck) == "mixed"
        and is_title_cased(deck)
        and words[-1].lower() not in RUN_ON_WORDS
        and not names_firm(head)
        and not names_story_opening(deck)
    )


def _ends_on_figure(lines: list[Line], i: int) -> bool:
    """Whether the line above line ``i`` is prose ending on a figure with no stop before it
    ("… in the old warehouse on lot 4"): the sentence's own word, so the capitals under it run
    on (a contents entry's page number, "Letters to the Editor   4", is no prose)."""
    if i < 1:
        return False
    above = lines[i - 1].text.rstrip()
    return above[-1:].isdigit() and _mostly_lower(above)


def _under_pyramid_deck(lines: list[Line], i: int) -> bool:
    """Whether capitals line ``i`` closes a deck of a stack above it: one to PYRAMID_DECK_LINES
    mixed-case lines between it and a capitals line that read together as a deck (title case,
    no sentence ending inside: "GERARD IN HOSPITAL" / "Second Line Penetrated In Several
    Places, Paris War" / "Office Admits," / "GERMAN LOSSES ARE HEAVY"): a pyramid's capitals
    deck, not a new head."""
    for j in range(i - 2, max(-1, i - 2 - PYRAMID_DECK_LINES), -1):
        if title_style(lines[j].text) == "caps":
            deck = [line.text.strip() for line in lines[j + 1 : i]]
            return all(title_style(text) == "mixed" for text in deck) and reads_as_deck(
                " ".join(deck)
            )
    return False


#: Mixed-case deck lines a pyramid sets between two capitals decks, at most.
PYRAMID_DECK_LINES: Final = 4


def _caps_clause_over(lines: list[Line], i: int) -> bool:
    """Whether the line above capitals head line ``i`` is the head's first clause, closing on
    a comma or a semicolon ("WAR ONLY HALF OVER," / "PREMIER BORDEN SAYS")."""
    text = lines[i - 1].text.strip()
    return text.endswith((",", ";")) and is_clean_capitals_head(text)


def _cut_short(lines: list[Line], i: int, column: int) -> bool:
    """Line ``i`` is short of the column, and for Chinese text the next line's first piece
    would have fitted on it: a line left short only because a long figure or Latin word
    ("91330200MA2H3K5L7X") was carried over is no paragraph's end or first line."""
    line = lines[i]
    if not is_short(line, column):
        return False
    if i + 1 >= len(lines) or cjk_ratio(line.text) < 0.5:
        return True
    piece = _FIRST_PIECE.match(lines[i + 1].text)
    return piece is None or line.width + display_width(piece.group(0)) <= column


def _set_short(lines: list[Line], columns: _Columns, i: int) -> bool:
    """A Chinese line set short of the column below it by more than a paragraph's indent (OCR
    drops the indent's spaces; a line of a real page may fall a character short) and the next
    line's first piece (a character with the closing marks that may not start a line, or a
    Latin word): the line was cut short on purpose, as a title is and a paragraph's first line
    is not ("更正啟事" over "本報昨日A4版〈渡輪新航線下月"). A title opening with a column label
    ("讀者來函：巴士站應加設上蓋") needs no indent's margin. A numbered item's first line is a
    paragraph; a lone character is noise."""
    text = lines[i].text
    if starts_numbered_item(text) or display_width(text) < MIN_SET_SHORT_TITLE:
        return False
    piece = _FIRST_PIECE.match(lines[i + 1].text)
    need = display_width(piece.group(0)) if piece else 2
    if _COLUMN_LABEL.match(text) is None:
        need += CJK_INDENT
    return lines[i].width + need <= max(columns.forward(i + 1), _running_width(lines, i + 1))


#: The least width (half-width units, 12 Chinese characters) of a column whose full line
#: _full_line_between_paragraphs reads as prose: in a narrower column a head of a few
#: characters fills the line as often as the text does ("西班牙內戰中德義" in an 8-character
#: column of a Republican-era page is no surer prose than a head is).
FULL_LINE_MIN_WIDTH: Final = 24


def _full_line_between_paragraphs(lines: Sequence[Line], i: int) -> bool:
    """Whether Chinese line ``i`` is exactly as wide as the line under it and the line two
    above it, neither of which ends a sentence: a paragraph's first line filling its column
    between two paragraphs of the same column ("但岸电使用率偏低、改造成本" / "偏高等问题依然
    存在。" / "各地要把绿色发展要求落实到" / "规划、建设、运营各个环节，"), however
    the column's width is estimated from the wider columns around it. A head is set in bigger
    type than the text it stands over, so it seldom fills exactly as many characters as the
    column's running lines on both sides of a column of FULL_LINE_MIN_WIDTH at least (branch
    zh46)."""
    if i < 2 or i + 1 >= len(lines):
        return False
    width = lines[i].width
    return (
        width >= FULL_LINE_MIN_WIDTH
        and lines[i + 1].width == width
        and lines[i - 2].width == width
        and not ends_sentence(lines[i + 1].text.rstrip())
        and not ends_sentence(lines[i - 2].text.rstrip())
        # (modern text: the paragraph above closes on a modern stop; a Republican-era page
        # read column by column sets every line as wide, its heads too, and stops with 、)
        and not _MODERN_STOPS.isdisjoint(lines[i - 1].text)
    )


def _running_width(lines: Sequence[Line], i: int) -> int:
    """The width of Chinese line ``i`` when its sentence runs on into the next line (it ends on
    no stop or clause mark, and a line follows): a full line of its column, so its width is
    the column's, whatever the lines further down are set in (a short item's two lines over
    an advertisement's narrower display lines: the window's estimate reads the ad's). Else 0."""
    if i + 1 >= len(lines):
        return 0
    text = lines[i].text.rstrip()
    if not text or ends_sentence(text) or text[-1] in _CLAUSE_ENDS:
        return 0
    return lines[i].width


#: The marks a Chinese line may end on inside a sentence: a line ending on one breaks there.
_CLAUSE_ENDS: Final = frozenset("，、；：,;:")
#: A title set short is two characters wide at least (a lone mark or character is noise).
MIN_SET_SHORT_TITLE: Final = 4
#: A paragraph's first-line indent in Chinese text, two characters, and the one character a
#: real page's line may fall short of its column by (half-width units).
CJK_INDENT: Final = 6
#: A line's first piece that could not be set apart: a Latin word or number, or one character
#: with the closing marks that follow it. (A Latin word's characters are ASCII: a figure
#: opening a Chinese line, "12月3日10时12分，我国在…", is a piece of its own, not one with the
#: Chinese after it; branch zh45.)
_FIRST_PIECE: Final = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9_.,'’\-]*|.[」』”’\"'）)》】，、；。！？,;.!?:：]*"
)
#: A column's label before a title ("讀者來函：", "社评：", "快讯："): two to six characters and
#: a colon, a title after it.
_COLUMN_LABEL: Final = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\S")


#: A Chinese line opening with a clause of one character ("日，吸引大批遊客…"): the end of a
#: word broken at the line above, which therefore runs on and is no title. Or opening with the
#: clause mark itself, which no typesetter puts first on a line but a narrow column's OCR or
#: transcription does ("民主婦" / "、將罐"): the line above runs on into it.
#: The units a Chinese figure is written with, close after it (日, 月, 万, 亿, 元 …).
_FIGURE_UNITS: Final = frozenset("日月年时時分秒万萬亿億元件人个個倍岁歲号號届屆次")


def _figure_runs_on(lines: Sequence[Line], i: int) -> bool:
    """Whether Chinese line ``i`` ends on a figure whose unit opens the line under it ("天水市中级
    人民法院12月2" / "日集中发放…"; branch zh47): a sentence the column broke inside a date or a
    sum, never a head, however short the figures' half widths leave the line."""
    if i + 1 >= len(lines) or lines[i + 1].text.lstrip()[:1] not in _FIGURE_UNITS:
        return False
    return cjk_ratio(lines[i].text) >= 0.5


_ONE_CHARACTER_CLAUSE: Final = re.compile(r"[\u4e00-\u9fff][，、；。：,;:]|[，、；。]")


#: Chinese title lines stacked over a story opening: a kicker, a headline, a subheadline.
MAX_CJK_STACK: Final = 3


def _stack_over_openings(
    lines: list[Line], like: list[bool], flags: list[bool], entries: Sequence[bool] = ()
) -> None:
    """A run of up to three Chinese title lines set straight above a story opening (a byline
    or dateline line, "【本報訊】土木工程…") and below a closed line (or the block start) is a
    stack of titles, whatever the spacing and however wide its lines are. A contents box's
    entry closed by its page (``entries``: "多家券商下调融资利率 A7", a teaser) closes what is
    above the stack as surely: a 导读 box set over the lead, PaddleOCR giving no blank line
    between them, leaves the lead's 引题, head and 副题 under the box's last entry."""
    for i, line in enumerate(lines):
        # Only a line under a Chinese title line can close a stack (checked first: cheap).
        if not (i and like[i - 1] and title_style(lines[i - 1].text) == "cjk"):
            continue
        if not (starts_story(line.text) or is_byline_line(line.text)):
            continue
        start = _cjk_titles_above(lines, like, i, MAX_CJK_STACK)
        if start < i and (_closed_above(lines, start) or (entries and entries[start - 1])):
            flags[start:i] = [True] * (i - start)


def _cjk_titles_above(
    lines: Sequence[Line], like: Sequence[bool], end: int, most: int, unspaced: bool = False
) -> int:
    """The first line of the run of Chinese title lines (each ``like`` a title, title_style
    "cjk") straight over line ``end``, at most ``most`` lines; ``unspaced``: each line with no
    space inside it. ``end`` itself when there is none."""
    start = end
    while (
        start > 0
        and end - start < most
        and like[start - 1]
        and title_style(lines[start - 1].text) == "cjk"
        and (
            not unspaced or _characters(lines[start - 1].text) == len(lines[start - 1].text.strip())
        )
    ):
        start -= 1
    return start


#: Characters of a story's text read to tell whether 、 is its only stop (dun_stopped_text).
DUN_TEXT_CHARACTERS: Final = 100
#: Adverbs no headline opens with, since they need a subject before them ("又趨緊張", "已收百萬
#: 元", "須備防疫文件", "皆負有"): the line above is their subject.
SUBJECTLESS_OPENINGS: Final = ("又", "已", "亦", "仍", "均", "尚", "皆", "須", "更", "昨已", "今已")
#: Lines a stack of heads over 、-stopped text holds at most (banner, head and decks).
MAX_DUN_STACK: Final = 4
#: The characters a line of a small crosshead set in a notch of the text holds at most.
NOTCH_HEAD_CHARACTERS: Final = 2


def dun_stopped(text: str) -> bool:
    """Whether a story's text is punctuated as the Chinese press of the 1920s-40s set wire
    copy: its first DUN_TEXT_CHARACTERS characters hold DUN_STOP_MARKS of 、 at least and none
    of ，。；！？ (modern Chinese always has a comma or a full stop that soon; English text
    holds no 、)."""
    opening = text[:DUN_TEXT_CHARACTERS]
    return opening.count("、") >= DUN_STOP_MARKS and _MODERN_STOPS.isdisjoint(opening)


def dun_stopped_text(lines: Sequence[Line], j: int) -> bool:
    """Whether the text from line ``j`` on is 、-stopped (dun_stopped, read over its lines)."""
    opening = ""
    for line in lines[j:]:
        opening += line.text
        if len(opening) >= DUN_TEXT_CHARACTERS:
            break
    return dun_stopped(opening)


def _stacks_over_dun_stopped_text(lines: list[Line], like: list[bool], flags: list[bool]) -> None:
    """A run of Chinese title-like lines stacked straight over 、-stopped text
    (dun_stopped_text) is the story's stack of heads, not the paragraph's first lines
    ("前鋒迫近南昌" / "華軍克大城" / "奉新日軍有潰退勢" / "（重慶廿五日海" …).

    Over a dateline (whole or broken, _dateline_across) the stack may be of any width and
    stands under a closed line (the block start, a title, a line ending a sentence or closed
    by 、 as a full stop) or a line of a wider column (the column above ended there). Over
    text opening with no dateline the evidence must be stronger: the run's last line is off
    the text's measure (its full line length: a line as long runs on into the text), the
    text's first line fills the measure (a short one wraps round a run-in head), and the line
    above the stack is a title or a line closed and set short in its own column.

    Gate: the text under the stack is 、-stopped, which modern Chinese never is (a comma or a
    full stop comes within its first 100 characters); English text holds no 、."""
    for j in range(1, len(lines)):
        if like[j] or not like[j - 1] or flags[j - 1]:
            continue
        if title_style(lines[j - 1].text) != "cjk" or not dun_stopped_text(lines, j):
            continue
        opens = starts_story(lines[j].text) or _dateline_across(lines, j)
        measure = estimate_column_width([line.width for line in lines[j : j + 2 * COLUMN_WINDOW]])
        if not opens and is_short(lines[j], measure):
            continue
        start = j
        while (
            start > 0
            and j - start < MAX_DUN_STACK
            and like[start - 1]
            and title_style(lines[start - 1].text) == "cjk"
            and (
                opens
                or start < j
                or _off_measure(lines[start - 1], measure)
                or _deck_on_measure(lines, like, start - 1, measure)
            )
        ):
            start -= 1
        if start > 0 and like[start - 1] and not flags[start - 1] and not _apart(lines, start):
            continue  # the run goes on up: lines of prose with no mark, not a stack
        if not opens and any(
            _characters(line.text) <= NOTCH_HEAD_CHARACTERS for line in lines[start:j]
        ):
            # A small crosshead set two characters a line ("擴充" / "航業"): the text wraps
            # round it in a notch of short lines ("日本竭力" / "擴充在華"), no heads.
            continue
        if _closed_over_stack(lines, flags, start, measure, opens):
            flags[start:j] = [True] * (j - start)


#: The head lines a stack between two reports holds at most (_stacks_between_reports).
REPORT_STACK_LINES: Final = 2


def _stacks_between_reports(lines: list[Line], like: list[bool], flags: list[bool]) -> None:
    """One or two short Chinese lines with no mark between a report's end and a report's
    opening are the next story's stack, however narrow its column ("…加以" / "檢查云、" /
    "一元還債" / "已收百萬元" / "據銀行界" / "消息、本市"): the line above ends on the closing
    particle 云 (with or without 、 after it: the Republican press ends its reports so), and the
    line under them opens on 據 naming the report's source, over 、-stopped text
    (dun_stopped_text). Neither mark falls so inside a story; the stack's lines may be as wide
    as the column, which _stacks_over_dun_stopped_text asks them not to be (branch hz46)."""
    for j in range(2, len(lines)):
        if lines[j].text.lstrip()[:1] != "據":
            continue
        start = _cjk_titles_above(lines, like, j, REPORT_STACK_LINES, unspaced=True)
        if start == j or start == 0:
            continue
        above = lines[start - 1].text.rstrip()
        if not (above.endswith(("云", "云、")) and dun_stop(lines, start - 1)):
            continue
        if not dun_stopped_text(lines, j):
            continue
        flags[start:j] = [True] * (j - start)
        flags[j] = False


def _holds_dun(lines: Sequence[Line]) -> bool:
    """Whether some line of a block holds 、 (Chinese text's enumeration comma, the
    Republican-era press's stop): no English block does."""
    for line in lines:  # noqa: SIM110 - a loop costs less than any() over a generator
        if "、" in line.text:
            return True
    return False


#: The fewest lines of a run of an advertisement's display lines (_display_runs).
DISPLAY_RUN_LINES: Final = 3
#: The fewest and the most characters of a display line (_display_runs).
DISPLAY_LINE_CHARACTERS: Final = (4, 24)
#: Every mark a Chinese line of text may hold (a display line holds none).
_CJK_TEXT_MARKS: Final = frozenset("、，。；：！？「」（）")


def _display_line(text: str) -> bool:
    """A Chinese line of DISPLAY_LINE_CHARACTERS with no mark of text: maybe an ad's display
    line (_display_runs)."""
    stripped = text.strip()
    low, high = DISPLAY_LINE_CHARACTERS
    return (
        low <= len(stripped) <= high
        and _CJK_TEXT_MARKS.isdisjoint(stripped)
        and title_style(stripped) == "cjk"
    )


def _display_runs(lines: list[Line], flags: list[bool]) -> None:
    """A run of DISPLAY_RUN_LINES or more Chinese lines with no mark of text, no two lines of
    it side by side of one width, under a line that closes (or at the block's top), in a block
    of 、-stopped text (some line ends on a dun_stop), is a run of display lines (ads set one
    under another: "節約建國　儲蓄救國" / "中國農工銀行" / "舉辦節約建國儲蓄券" / "分甲乙兩種　隨時
    可以兌現" / …), each a title line for assemble's _display_runs_as_ads, not one paragraph of
    unstopped text. Text set to its column's measure repeats its width (a notice's lines, "本號原
    設…已於本" / "月十日遷至…照常營"), and a notch's keeps one width; a display line is set to its
    own. Gate: a page modern_page found not modern (the caller), and the block's 、 as a full
    stop (branch hz47)."""
    if not any(
        lines[i].text.rstrip()[-1:] == "、" and dun_stop(lines, i) for i in range(len(lines))
    ):
        return
    count = len(lines)
    i = 0
    while i < count:
        j = i
        while (
            j < count
            and _display_line(lines[j].text)
            and (j == i or lines[j].width != lines[j - 1].width)
        ):
            j += 1
        if j < count and lines[j].width == lines[j - 1].width:
            j -= 1  # (the first line of text set to its measure, under a notice's head)
        if j - i >= DISPLAY_RUN_LINES and (
            i == 0 or flags[i - 1] or closes(lines[i - 1].text) or dun_stop(lines, i - 1)
        ):
            flags[i:j] = [True] * (j - i)
        i = max(j, i + 1)


def _stacks_between_notches(lines: list[Line], like: list[bool], flags: list[bool]) -> None:
    """Two Chinese lines of one width with no mark, narrower than the two lines of one width
    over them and than the line under them, over 、-stopped text whose opening echoes them, are
    the next story's stack, whatever the line above left open ("總數已超出" / "百萬元以上" /
    "褚民誼等" / "宴法當局" / "廿五日法文日報" / "載、廿二日晚間、褚民誼…宴請本埠法方當局"): text
    wrapped round a picture or a head keeps one width down a notch, and comes out of it wider,
    never narrower then wider again; the echo (HEAD_OVER_DISPATCH_ECHO of the pair's character
    pairs in the text's first DISPATCH_LEAD_CHARS) tells a head from a stray pair of text lines
    (branch hz47)."""
    for j in range(2, len(lines) - 2):
        if flags[j] or flags[j + 1] or not (like[j] and like[j + 1]):
            continue
        if not any("、" in line.text for line in lines[j + 2 : j + 4]):
            continue  # (the text under a stack holds a 、 within two lines; English never)
        width = lines[j].width
        if (
            lines[j + 1].width != width
            or lines[j - 1].width != lines[j - 2].width
            or lines[j - 1].width <= width
            or lines[j + 2].width <= lines[j - 1].width
            or flags[j - 1]
        ):
            continue
        pair = lines[j].text.strip() + lines[j + 1].text.strip()
        if (
            title_style(pair) != "cjk"
            or _characters(pair) != len(pair)
            or not dun_stopped_text(lines, j + 2)
        ):
            continue
        opening = "".join(line.text.strip() for line in lines[j + 2 : j + 8])
        if title_score(pair, opening[:DISPATCH_LEAD_CHARS]) < HEAD_OVER_DISPATCH_ECHO:
            continue
        flags[j] = flags[j + 1] = True


#: The characters a line of text set in a narrow notch under a head holds at most
#: (_notch_under_stack).
NOTCH_TEXT_CHARACTERS: Final = 3
#: The lines of such a notch read under the stack's last line.
NOTCH_TEXT_LINES: Final = 3


def _notch_under_stack(lines: list[Line], flags: list[bool]) -> None:
    """The first lines of a story's text set in a narrow notch beside its head are text, not
    the stack's last lines: read as titles at the foot of a stack (a wider title above them),
    each of at most NOTCH_TEXT_CHARACTERS characters with no mark, over NOTCH_TEXT_LINES lines
    of the notch as narrow, one of them holding 、 ("猶太難民" / "八千多名在滬" / "猶太" /
    "難民二" / "百二十" / "名、於" / "昨日下"). A head's wrapped tail stands over wider text,
    and a crosshead in its notch ("鄂南" / "捷報") under text, not under a head (branch hz47)."""
    for i in range(1, len(lines) - NOTCH_TEXT_LINES):
        if not flags[i] or flags[i + 1]:
            continue
        below = lines[i + 1 : i + 1 + NOTCH_TEXT_LINES]
        if not any("、" in line.text for line in below):
            continue  # (most stacks: no 、 under them; English text holds none)
        top = i
        while (
            top > 0
            and flags[top]
            and _characters(lines[top].text) == len(lines[top].text.strip())
            and _characters(lines[top].text) <= NOTCH_TEXT_CHARACTERS
        ):
            top -= 1
        if top == i or not flags[top] or lines[top].width <= lines[i].width:
            continue
        if all(_characters(line.text) <= NOTCH_TEXT_CHARACTERS for line in below):
            flags[top + 1 : i + 1] = [False] * (i - top)


#: A Republican-era column's label set between ornaments over its items ("◇小消息◇",
#: "◆本市簡訊◆"): two to eight Chinese characters.
_ORNAMENT_LABEL: Final = re.compile(r"^([◇◆])\s*[\u4e00-\u9fff]{2,8}\s*\1$")


def ornament_label(text: str) -> bool:
    """Whether a line is a Republican-era column's label between a pair of ornaments
    ("◇小消息◇", "◆陪都零訊◆"): both ornaments are the label's, neither a list mark's."""
    return text[:1] in "◇◆" and _ORNAMENT_LABEL.match(text) is not None


def labels_items(label: str, item: str) -> bool:
    """Whether ``label`` is a Republican-era column's label between ornaments ("◇小消息◇")
    and ``item``, the text under it, opens the column's first item on △ (opens_follow_up):
    the label heads the column of short news, whatever the text above it left open and
    whatever other story its words echo (branch hz45)."""
    text = label.strip()
    return (
        text[:1] in "◇◆"
        and item.lstrip()[:1] == _ITEM_MARK
        and _ORNAMENT_LABEL.match(text) is not None
        and opens_follow_up(item)
    )


def _labels_over_items(lines: list[Line], flags: list[bool]) -> None:
    """A label between ornaments straight over a line opening an item on △ is a title
    (labels_items)."""
    for i in range(len(lines) - 1):
        if labels_items(lines[i].text, lines[i + 1].text):
            flags[i] = True


#: A serial's chapter head inside its text: a numeral, a space and the chapter's name ("一　睡態",
#: "二　陶小姐"), or the chapter's number as a 章回 novel counts it ("第十一回　風雨渡江",
#: "第三章　歸途"; branch hz46).
_CHAPTER_HEAD: Final = re.compile(
    r"^(?:[一二三四五六七八九十]{1,2}|第[一二三四五六七八九十百]{1,4}[回章節节])"
    r"[ \u3000]+[\u4e00-\u9fff]{1,4}$"
    # (a 章回 novel's chapter named by a couplet, two phrases of four to eight parted by a
    # space: "第九回　霧夜訪友　江樓談心"; branch hz47)
    r"|^第[一二三四五六七八九十百]{1,4}回"
    r"[ \u3000]+[\u4e00-\u9fff]{4,8}[ \u3000]+[\u4e00-\u9fff]{4,8}$"
)


#: A literary work's title and its writer's pen name on one line, set apart by a space
#: ("妹妹我愛你　卓呆", "冬夜　望雲"): a title of at most twelve characters, a name of two or three.
WORK_AND_WRITER: Final = r"^([\u4e00-\u9fff]{1,12})[ \u3000]+([\u4e00-\u9fff]{2,3})$"
_WORK_AND_WRITER_LINE: Final = re.compile(WORK_AND_WRITER)
#: A literary work's writer on a line of his own under its title: a pen name of two or three
#: and the word for his part, wrote (著, 作, 撰) or translated (譯): "白鷺著", "張恨水作"
#: (branch hz47).
WRITER_LINE: Final = re.compile(r"^[\u4e00-\u9fff]{2,3}[著作撰譯译]$")


def chapter_head(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a serial's chapter head set inside its text ("一　睡態" /
    "但是她今夜之夢，决不是"): a numeral, a space and a name of at most four characters, under a
    line that ends a sentence or names the work and its writer, over a line of prose holding a
    comma or a full stop.
    It is a paragraph of the story (a crosshead), no title of a story of its own (branch
    hz45)."""
    text = lines[i].text.strip()
    if not ("一" <= text[:1] <= "\u9fff") or _CHAPTER_HEAD.match(text) is None:
        return False
    if i + 1 >= len(lines) or not any(mark in lines[i + 1].text for mark in "，。"):
        return False
    above = lines[i - 1].text.strip() if i else ""
    # (the first chapter stands under the work's title and its writer, set apart by a space:
    # "妹妹我愛你　卓呆")
    return (
        not above
        or ends_sentence(above)
        or (is_title_like(above) and _WORK_AND_WRITER_LINE.match(above) is not None)
        # (or under the writer's line set on its own under the title: "白鷺著"; hz47)
        or WRITER_LINE.match(above) is not None
    )


def _chapter_heads(lines: list[Line], flags: list[bool]) -> None:
    """A serial's chapter head is no title (chapter_head)."""
    for i, line in enumerate(lines):
        if flags[i] and line.text.lstrip()[:1] in _CHAPTER_NUMERALS and chapter_head(lines, i):
            flags[i] = False


#: The numerals a chapter head opens with (and 第 of a 章回 novel's count).
_CHAPTER_NUMERALS: Final = frozenset("一二三四五六七八九十第")


def _deck_on_measure(lines: list[Line], like: list[bool], i: int, measure: int) -> bool:
    """Whether line ``i``, a Chinese title-like line as wide as the text's measure over
    、-stopped text with no dateline, is a stack's deck: a Chinese title-like line set two
    characters or more short of the measure stands over it, and no other title-like line over
    that ("津市金融平穩" / "銀根漸鬆拆息回落" / "本市金融、近日以"). A
    paragraph's first line fills the column unless it is its last, so the short line over it
    is no text (the caller asks, as of every such stack, that the line above the short one
    closes what came before; branch hz45)."""
    return (
        i > 0
        and lines[i].width >= measure
        and like[i - 1]
        and title_style(lines[i - 1].text) == "cjk"
        and lines[i - 1].width <= measure - 2 * DECK_SHORT_CHARACTERS
        # (a stack of two: over the head, the line closing what came before, no more heads)
        and (i == 1 or not like[i - 2])
    )


#: How many characters short of the measure a head over a deck as wide as the text is set, at
#: least (_deck_on_measure).
DECK_SHORT_CHARACTERS: Final = 2


def _apart(lines: list[Line], i: int) -> bool:
    """Whether furniture was taken out straight above line ``i`` (a folio, a masthead: the
    page or its column changed there), so the line above it is no text running on."""
    return i > 0 and lines[i].number - lines[i - 1].number > 1 + lines[i].gap


def _run_in_heads(lines: list[Line], flags: list[bool]) -> None:
    """A short line read as a title over 、-stopped text (dun_stopped_text) that the text goes
    on from is the paragraph's first words set large (a run-in head), no title: the line
    under it opens on an adverb wanting a subject before it ("温州昨日" / "又爲日機三架"), or
    the line opens on 據 naming the report's source ("據航業界" / "頃得浙東電吿"). A line
    under it that is a title too makes it a stack's ("國旗案" / "昨已解决"). Gate: the text
    under it is 、-stopped, which modern Chinese never is."""
    columns: _Columns | None = None
    for i in range(len(lines) - 1):
        if not flags[i] or flags[i + 1] or title_style(lines[i].text) != "cjk":
            continue
        below = lines[i + 1].text.strip()
        if not (below.startswith(SUBJECTLESS_OPENINGS) or lines[i].text.strip().startswith("據")):
            if i == 0 or flags[i - 1] or not _notch_beside(lines, i):
                continue
            # A run-in head the text wraps round in a notch of short lines, then goes on at
            # its measure ("决定辦法" / "如下、（一）本年冬" / "賑、自十二月一日起" /
            # "、至明年二月底止、" / "（二）在河東河北南開西沽、設"; branch hz45).
            columns = columns or _Columns(lines)
            if not _run_in_head(lines, i, columns):
                continue
        if not starts_story(below) and dun_stopped_text(lines, i + 1):
            flags[i] = False


#: The most lines of a notch beside a run-in head (_notch_beside).
NOTCH_LINES: Final = 4


def _notch_beside(lines: list[Line], i: int) -> bool:
    """Whether the lines under line ``i`` wrap round it in a notch: two lines of one width at
    least, then, within NOTCH_LINES lines, a line wider by two characters or more (the text
    back at its own measure). A new story's text under its head opens at its measure, and a
    narrower column than the one above stays as narrow."""
    if i + 3 >= len(lines):
        return False
    width = lines[i + 1].width
    if lines[i + 2].width != width:
        return False
    for k in range(i + 3, min(len(lines), i + 2 + NOTCH_LINES)):
        if lines[k].width >= width + 4:
            return True
        if lines[k].width > width:
            return False
    return False


def _notches_under_crossheads(lines: list[Line], flags: list[bool]) -> None:
    """A small crosshead set two characters a line (NOTCH_HEAD_CHARACTERS: "擴充" / "航業")
    over 、-stopped text (dun_stopped_text) stands in a notch of the column: the short lines
    read as titles under it ("日本竭力" / "擴充在華") are the text's first lines wrapping round
    it, not more heads. Not over a dateline (a stack's decks stand there). Gate: the text
    under them is 、-stopped, which modern Chinese never is."""
    count = len(lines)
    for i in range(count - 2):
        if not (flags[i] and flags[i + 1] and not (i and flags[i - 1])):
            continue
        if not all(0 < _characters(lines[k].text) <= NOTCH_HEAD_CHARACTERS for k in (i, i + 1)):
            continue
        end = i + 2
        while end < count and flags[end] and _characters(lines[end].text) > NOTCH_HEAD_CHARACTERS:
            end += 1
        if end == i + 2 or end >= count or flags[end]:
            continue
        text = lines[end].text
        if (
            not starts_story(text)
            and not _dateline_across(lines, end)
            and dun_stopped_text(lines, end)
        ):
            flags[i + 2 : end] = [False] * (end - i - 2)


def _run_in_head(lines: list[Line], i: int, columns: _Columns) -> bool:
    """Whether line ``i`` of 、-stopped text (dun_stopped_text) is a run-in head, the first
    words of a paragraph set in large type: a line of no mark at most half the measure,
    under a line longer than that, over a line longer than it but short of the measure (the
    large type takes room from it: "也、同時各省" / "地方銀行" / "更應調查當地之" /
    "經濟資源報吿政府"). The paragraph breaks before it, even
    where the sentence ran on. Gate: the text is 、-stopped, which modern Chinese never is."""
    line = lines[i]
    if i + 1 >= len(lines) or line.width < 4 or _characters(line.text) * 2 != line.width:
        return False  # (a line of marks or Latin letters is no such head)
    measure = columns.local(i)
    below_width = lines[i + 1].width
    if line.width * 2 > measure or not line.width < below_width < measure:
        return False
    if i and lines[i - 1].width * 2 <= measure:
        return False  # (under a line as short: a notch of short lines, or the head's own)
    below = lines[i + 1].text
    return not ends_sentence(below) and dun_stopped_text(lines, i)


def _off_measure(line: Line, measure: int) -> bool:
    """Whether a line is set off a text's measure: short of it, or wider than it."""
    return is_short(line, measure) or line.width > measure + SHORT_MARGIN_CJK


def _closed_over_stack(
    lines: list[Line], flags: list[bool], start: int, measure: int, opens: bool
) -> bool:
    """Whether the line above a stack of heads starting at ``start`` closes what came before
    (see _stacks_over_dun_stopped_text)."""
    if start == 0 or flags[start - 1] or _apart(lines, start):
        return True
    above = lines[start - 1]
    closed = closes(above.text) or dun_stop(lines, start - 1)
    if opens:
        return closed or above.width > measure * 3 // 2
    own = estimate_column_width([line.width for line in lines[max(0, start - 9) : start]])
    return closed and is_short(above, own)


#: Lines a stack's decks may fill between its capitals head and the dateline under it.
STACK_DECK_LINES: Final = 4
#: A lone line between a head and its dateline is left to the opening rules (a credit).
STACK_MIN_GAP: Final = 2
#: A deck line OCR garbled is still mostly letters ("BEJjflfWB)"); a rule of dashes, a price
#: or a cartoon's scrawl is not.
STACK_LETTER_SHARE: Final = 0.7
#: A wire's or a paper's credit on a line of its own ("Special to the Telegraph", "United
#: Press Service", OCR's "l'resi"): the story's byline, which the opening rules read, not a deck.
STACK_CREDIT: Final = re.compile(
    r"(?i:special|press|service|wire|telegraph|cable|correspondent|associated|l'res)"
)
#: A price or a figure run ("$18,00.", "25c"): an advertisement's line, never a deck's.
_STACK_PRICE: Final = re.compile(r"\$|\d\s*c\b|\d[\d,.]{2,}")


def _decks_over_datelines(
    lines: list[Line], flags: list[bool], columns: _Columns, tabular: list[bool]
) -> None:
    """Inside an open stack, a short line is the stack's even when OCR damaged it (branch
    ``stack13``): between a capitals head read as a title and a dateline opening the story
    under it, two to ``STACK_DECK_LINES`` lines, each short of the story's column, mostly
    letters, no price and no wire credit, are the stack's deck (one deck: no sentence ends
    before the last line), whatever the title tests made of each ("CONVICTION 10" /
    "BEJjflfWB)" / "DeLar was Convicted for" / "Having Impersonated" / "U. S. Officer." /
    "Washington, Feb. 28.—The supreme …"). Before, the garbled line and the deck's first line
    were read as a paragraph, so the head and half the deck made a brief and the deck's end
    headed the dispatch. A stack whose lines are all titles already is left as it is; a line
    that opens a story, a byline, a table row or a dash-led clause (the deck rules join it to
    the line above) ends the walk."""
    for i, line in enumerate(lines):
        # (cheap tests first: most lines open no dateline)
        if flags[i] or not i or not starts_story(line.text) or match_dateline(line.text) is None:
            continue
        column = 0
        head = -1
        j = i - 1
        while j >= 0 and i - j <= STACK_DECK_LINES + 1:
            text = lines[j].text
            if flags[j] and title_style(text) == "caps" and i - j > 1:
                head = j
                break
            if column == 0:
                column = columns.forward(i)
            # (a sentence ended inside the gap parts two decks: the title rules group them)
            if (
                not _stack_deck_line(lines[j], column)
                or tabular[j]
                or (j < i - 1 and ends_sentence(text))
                or text.startswith("—")
            ):
                break
            j -= 1
        # (one line between is most often the wire's credit, OCR garbled past its patterns)
        if head < 0 or i - head <= STACK_MIN_GAP or all(flags[head + 1 : i]):
            continue
        flags[head + 1 : i] = [True] * (i - head - 1)


#: The most lines of a capitals head cut onto the foot of the story above it
#: (_caps_head_over_dispatch), and the most characters of each.
CUT_HEAD_LINES: Final = 4
CUT_HEAD_CHARS: Final = 40
#: The least letters of each such line.
CUT_HEAD_LETTERS: Final = 4
#: A date opening on a weekday ("Saturday Night, Feb. 26th—"): an advertisement's or a
#: notice's, not a dispatch's place (_caps_head_over_dispatch).
_WEEKDAY_LEAD: Final = re.compile(
    r"\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE
)


def _caps_head_over_dispatch(lines: list[Line], flags: list[bool], tabular: list[bool]) -> None:
    """A capitals head that OCR's reading order set straight under the last line of the story
    above, with no blank line, and straight over its own dispatch's dateline ("… now looked
    for in the valley." / "GRAIN ELEVATOR BURNS;" / "TWO WATCHMEN MISSING" / "Duluth, Minn.,
    Feb. 5.—Two …") heads that dispatch: the title rules refuse a head line that ends on a
    semicolon or a comma (a head of two clauses, "MAYOR ILL;" / "COUNCIL ADJOURNS") and the
    line under it for the line above it, so the head was read as the last paragraph's end
    (issue 9, branch ``stacks30``). The run is one to CUT_HEAD_LINES lines in capitals, each
    at most CUT_HEAD_CHARS characters with at least CUT_HEAD_LETTERS letters, no byline,
    credit, story opening or table row (_cut_head_line); the line above it is no capitals
    line and closes a sentence (closes); the line under it opens with a month-named dispatch
    dateline (match_dateline: "WASHINGTON, Feb. 23.—", "Chicago, Ill., Feb. 24."), not on a
    weekday (an advertisement's date: "Saturday Night, Feb. 26th—", _WEEKDAY_LEAD). Its lines
    become titles (the title rules join them as one head). The gate that keeps it off modern
    pages: it is not asked on a page modern_page finds modern, and a modern head stands apart
    from the story above, over a dateline of another shape."""
    for i, line in enumerate(lines):
        # (cheap tests first: most lines open no dateline)
        if i < 2 or flags[i] or not starts_story(line.text) or match_dateline(line.text) is None:
            continue
        start = i
        while (
            start > 0
            and i - start < CUT_HEAD_LINES
            and not tabular[start - 1]
            and _cut_head_line(lines[start - 1].text)
        ):
            start -= 1
        if start == i or start == 0 or all(flags[start:i]) or _WEEKDAY_LEAD.match(line.text):
            continue
        above = lines[start - 1].text
        if title_style(above) == "caps" or flags[start - 1] or not closes(above):
            continue
        flags[start:i] = [True] * (i - start)


#: The most lines of a mixed-case deck between a capitals head cut onto the story above it and
#: its dispatch's dateline (_caps_head_over_dated_deck).
DATED_DECK_LINES: Final = 3


def _caps_head_over_dated_deck(lines: list[Line], flags: list[bool], tabular: list[bool]) -> None:
    """A capitals head that OCR set straight under the last line of the story above, over its
    own mixed-case deck and that deck over its dispatch's dateline ("… carrying seven loaded
    revolversi" / "CANADA'UNDULY ALARMED." / "No Evidence to Support Rumors ef Plot" / "to
    Invsde Dominion." / "Washington, Feb. 14.—Department …") heads that dispatch with its deck,
    however the line above ends: a 1916 page of wire news runs dispatches one under another,
    each under such a stack, and the title rules asked the head whether the line above closed
    a sentence (OCR lost the stop, or the column broke off) and, its letters garbled
    ("BRITI8H", "CAiLLED", "ARM8"), whether it read as a clean capitals head over a title-case
    deck (_caps_head_over_deck); so the head was read as the last words of the story above
    and the deck headed the dispatch (branch histh50, issue 9).

    The stack is read off the dateline upward: one to DATED_DECK_LINES lines in mixed case
    that read together as a deck (reads_as_deck: title case, no sentence ending before its
    end), each mostly letters, no story opening, byline, wire credit or table row; over them
    one capitals line (_cut_head_line) holding two words or more of three letters with a vowel
    and another letter (_spoken_word; not "CCO.OOO ,", the figures of a sentence run over),
    ending on no word that runs on and on no semicolon (a head's first clause, whose second
    is elsewhere: "SAYS PARIS;"), naming no price or page count; over it a line of prose (most
    words in small letters); and no stack over that (_stack_over: a pyramid's deck wrapped onto
    a short last line, "One of the Proprietors" / "of the Place" / "WERE BURIED TOGETHER." /
    "Aged Bellows Falls People …", whose capitals line is the stack's next deck). A weekday-led
    date (an advertisement's) is no dispatch's. Asked off modern pages only (the caller's
    gate)."""
    for i, line in enumerate(lines):
        # (cheap tests first: most lines open no dateline)
        if i < 3 or flags[i] or not starts_story(line.text) or match_dateline(line.text) is None:
            continue
        head = i - 1
        while (
            head > 0
            and i - head <= DATED_DECK_LINES
            and not tabular[head]
            and title_style(lines[head].text) == "mixed"
            and _dated_deck_line(lines[head].text)
        ):
            head -= 1
        if head == i - 1 or head < 1 or flags[head] or flags[head - 1] or tabular[head]:
            continue
        text, above = lines[head].text.strip(), lines[head - 1].text
        words = _WORD.findall(text)
        if (
            title_style(text) != "caps"
            or text.endswith(";")
            or not _cut_head_line(text)
            or sum(1 for word in words if _spoken_word(word)) < 2
            or words[-1].lower() in RUN_ON_WORDS
            or names_price_or_pages(text)
            or title_style(above) != "mixed"
            or not _mostly_lower(above)
            or _WEEKDAY_LEAD.match(line.text)
            or not reads_as_deck(" ".join(lines[k].text.strip() for k in range(head + 1, i)))
            or _stack_over(lines, head)
        ):
            continue
        flags[head:i] = [True] * (i - head)


def _stack_over(lines: list[Line], head: int) -> bool:
    """Whether a stack stands just over capitals line ``head`` (_caps_head_over_dated_deck): the
    two lines over it read as a deck together, or a capitals line stands within
    DATED_DECK_LINES lines over it."""
    if head >= 2 and reads_as_deck(
        f"{lines[head - 2].text.strip()} {lines[head - 1].text.strip()}"
    ):
        return True
    return any(
        title_style(lines[k].text) == "caps" for k in range(max(0, head - DATED_DECK_LINES), head)
    )


def _spoken_word(word: str) -> bool:
    """A word of three letters or more holding a vowel and another letter ("LAW", "ALARMED",
    not "OOO"): a word of a head, not a run of OCR's letters."""
    vowels = sum(1 for ch in word.lower() if ch in "aeiouy")
    return len(word) >= 3 and 0 < vowels < len(word)


def _deck_letters(text: str) -> bool:
    """Whether a line holds at least four letters that make STACK_LETTER_SHARE of its marks: a
    deck's words, not OCR's dirt (_dated_deck_line, _stack_deck_line)."""
    marks = sum(1 for ch in text if not ch.isspace())
    letters = sum(1 for ch in text if ch.isalpha())
    return letters >= 4 and letters >= STACK_LETTER_SHARE * marks


def _dated_deck_line(text: str) -> bool:
    """Whether a mixed-case line may be a deck's line between a capitals head and its dateline
    (_caps_head_over_dated_deck): mostly letters, no story opening, byline or wire credit."""
    return (
        _deck_letters(text)
        and STACK_CREDIT.search(text) is None
        and not starts_story(text)
        and not is_byline_line(text)
    )


def _cut_head_line(text: str) -> bool:
    """Whether a line may be a line of a capitals head cut onto the story above it (see
    _caps_head_over_dispatch): in capitals, short, of letters mostly, no byline, credit,
    signature or story opening, and not opening on a bracket (a wire's credit OCR garbled
    past the credit patterns: "(RV ASSOCIATBD PRBSS'")."""
    stripped = text.strip()
    return (
        len(stripped) <= CUT_HEAD_CHARS
        and stripped[:1] not in "(["
        and title_style(stripped) == "caps"
        and letter_counts(stripped)[0] >= CUT_HEAD_LETTERS
        and not is_byline_line(stripped)
        and not is_credit(stripped)
        and not is_signature(stripped)
        and not starts_story(stripped)
    )


def _stack_deck_line(line: Line, column: int) -> bool:
    """Whether a line may be a deck's inside a stack: short of the column, at least four
    letters that make most of its marks, no price, no story opening, byline or jump."""
    text = line.text
    if not is_short(line, column):
        return False
    return (
        _deck_letters(text)
        and _STACK_PRICE.search(text) is None
        and STACK_CREDIT.search(text) is None
        and not starts_story(text)
        and not is_byline_line(text)
        and match_continuation(text) is None
    )


#: Lines a dash-led Chinese subheadline may run on over.
DASH_TAIL_LINES: Final = 3


def _extend_dash_titles(lines: list[Line], like: list[bool]) -> None:
    """A dash-led Chinese subheadline ("——多地探索小规模、渐进式城市更新") may list with commas
    and, in a narrow column, run over lines that alone would not pass for titles: when such a
    line ends its block (or is followed by a byline or story opening), its lines are titles."""
    for i, line in enumerate(lines):
        if not (like[i] and line.text.startswith("—") and cjk_ratio(line.text) >= 0.5):
            continue
        end = i + 1
        while (
            end < len(lines)
            and end - i <= DASH_TAIL_LINES
            and not ends_sentence(lines[end - 1].text)
            and not starts_story(lines[end].text)
            and not is_byline_line(lines[end].text)
        ):
            end += 1
        closes = (
            end == len(lines) or starts_story(lines[end].text) or is_byline_line(lines[end].text)
        )
        if closes and end > i + 1:
            for j in range(i + 1, end):
                like[j] = True


#: More consecutive English title lines than this are not a headline but prose set in
#: capitals. (Chinese prose always has commas or stops within a few lines, so a long run of
#: Chinese title lines is a list of titles.)
MAX_TITLE_RUN: Final = 4


def _drop_long_title_runs(flags: list[bool], lines: list[Line]) -> list[bool]:
    result = list(flags)
    start = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            run = lines[start:i]
            styles = [title_style(line.text) for line in run]
            # A stack of decks alternates capitals and mixed case; prose keeps one style. Where
            # the type size is known, a long stretch of one style in body type is prose too
            # (a quotation set in capitals, signed in mixed case, is no stack of decks).
            body_type = [
                style if 0 < line.size < DISPLAY_SIZE else None
                for style, line in zip(styles, run, strict=True)
            ]
            if (
                i - start > MAX_TITLE_RUN
                and "cjk" not in styles
                and (
                    _longest_stretch(body_type) > MAX_TITLE_RUN
                    # Where sizes are unknown, a run of one style is prose when a sentence
                    # ends inside it or it is longer than any stack of decks; a headline and
                    # a capitals deck of six short lines with no stop are no quotation.
                    or (
                        len(set(styles)) == 1
                        and (i - start > MAX_STYLE_STRETCH or _sentence_inside(run))
                    )
                )
                and _set_full(run)
            ):
                result[start:i] = [False] * (i - start)
            elif "cjk" not in styles:
                # Even where type sizes are unknown, a stretch of one style this long is a
                # quotation or an appeal set in capitals, not decks: decks alternate styles.
                for first, last in _stretches(styles):
                    if last - first > MAX_STYLE_STRETCH and _set_full(run[first:last]):
                        result[start + first : start + last] = [False] * (last - first)
            start = None
    return result


#: A stack of English decks holds at most this many consecutive lines of one style.
MAX_STYLE_STRETCH: Final = 8


#: A sentence ending inside a line of capitals or title case ("QUALITIES. WE MUST").
_STOP_INSIDE: Final = re.compile(r"[A-Za-z]{2}[.!?][\"'”’]?\s+\S")


def _sentence_inside(run: list[Line]) -> bool:
    """Whether a sentence ends anywhere in a run of lines but at its very end."""
    texts = [line.text.strip() for line in run]
    return any(_STOP_INSIDE.search(text) for text in texts) or any(
        ends_sentence(text) for text in texts[:-1]
    )


def _set_full(run: list[Line]) -> bool:
    """Whether most lines of a run fill its width, as prose does; a stack of masthead scraps,
    mottoes and a headline ("OUR", "MOTTO", "MARSHAL EASLEY SHOT") does not."""
    widths = [display_width(line.text.strip()) for line in run]
    column = estimate_column_width(widths)
    full = sum(1 for width in widths if width >= 0.6 * column)
    return full * 2 >= len(widths)


def _stretches(styles: Sequence[str]) -> list[tuple[int, int]]:
    """(first, end) of each stretch of consecutive lines of one style."""
    result = []
    first = 0
    for i in range(1, len(styles) + 1):
        if i == len(styles) or styles[i] != styles[first]:
            result.append((first, i))
            first = i
    return result


def _longest_stretch(styles: Sequence[str | None]) -> int:
    """The most consecutive lines of one style (None is no style)."""
    longest = run = 0
    for i, style in enumerate(styles):
        run = 0 if style is None else run + 1 if i and style == styles[i - 1] else 1
        longest = max(longest, run)
    return longest


def paragraph_breaks(lines: Sequence[Line]) -> list[bool]:
    """For each line after the first: does a new paragraph start here? (See
    :func:`weighed_breaks`.)"""
    return [brk for brk, _ in weighed_breaks(lines)]


def weighed_breaks(lines: Sequence[Line]) -> list[tuple[bool, bool]]:
    """For each line after the first: (does a new paragraph start here, was that a guess).

    A paragraph ends where a line ends a sentence and the evidence says the line was cut short
    on purpose. For CJK text: the line is short of the column, or the next line is an indented
    first line (short, and followed by a fuller line). For Latin text, whose right edge is
    ragged: the next line's first word would have fitted on the line, or the next line is
    indented in single-spaced text. Datelines, story openings, byline lines and numbered items
    ("（一）", "二、", "3.") always start one. A break made from line lengths alone, with no
    indent or opening to confirm it, is a guess.
    """
    return _weighed_breaks(list(lines))


def _weighed_breaks(
    lines: list[Line], historical: bool = False, modern: bool = False
) -> list[tuple[bool, bool]]:
    """weighed_breaks of a list of lines; ``historical`` on a page found not modern (the text
    path's modern_page said False), where a paragraph's lost stop is looked for
    (_lost_stop_end); ``modern`` on a page found modern, where a correspondent's byline with
    his town is a paragraph of its own (is_from_town_byline)."""
    columns = _Columns(lines)
    breaks: list[tuple[bool, bool]] = []
    # Where words are broken at line ends, a long word's first syllable would have been set on
    # a line with room for it: a sentence ending short of that is a paragraph's end.
    hyphenates = any(_broken_word(line.text) for line in lines)
    # A run-in head needs 、-stopped text under it (dun_stopped_text: DUN_STOP_MARKS of 、 at
    # least): lines holding fewer in all have none, and are not asked line by line.
    dun_marks = sum(line.text.count("、") for line in lines) >= DUN_STOP_MARKS
    # A byline, a jump line or a signature is a paragraph of its own: a break before and after.
    alone = [
        is_byline_line(line.text)
        # (a correspondent's "From Kofi Adu-Boateng, Kumasi" on a modern page: a 1916
        # dispatch's "From New York, Rhode" runs on; branch en45)
        or (modern and is_from_town_byline(line.text))
        or _is_jump_line(line.text)
        or is_signature(line.text)
        or is_firm_line(line.text)
        # (a Chinese agency's credit on its own line under the story: "（法新社）")
        or (line.text.rstrip()[-1:] in "）)" and is_agency_tag(line.text))
        # (a notice's closing formula alone on its line: "特此启事。"; branch zh49)
        or is_notice_closing_line(line.text)
        for line in lines
    ]
    # A letter's salutation ("Dear Sir:", "Gentlemen:") is a paragraph of its own, unless the
    # line above runs on into it ("Ladies and" / "Gentlemen:").
    for i, line in enumerate(lines):
        if is_salutation(line.text) and not (i and _runs_on_into(lines[i - 1].text)):
            alone[i] = True
            continue
        head = line.text.lstrip()[:1]
        if head in _CHAPTER_NUMERALS and chapter_head(lines, i):
            alone[i] = True  # a serial's chapter head: a paragraph of its own
        elif head == "▲" and is_marked_crosshead(line.text):
            alone[i] = True  # a ▲ crosshead of a market column: a paragraph of its own
    # A news digest's item ends at its page pointer.
    digest = [ends_digest_item(line.text) for line in lines]
    # A letter's complimentary close is a paragraph of its own, and its signature ends the
    # letter: what follows is a new paragraph.
    # (the lines of a signature that a narrow column wrapped run on: "A. M. Carothers, W. B." /
    # "Hoffa Secretary" / "President" is one line as written, no signature and byline of its own)
    wrapped: set[int] = set()
    for close, end in _letter_signatures(lines, columns):
        alone[close] = True
        digest[end - 1] = True
        for j in range(close + 2, end):
            if _filled(lines[j - 1].text, lines[j].text, columns.widest(j)):
                wrapped.add(j)
    middles = _dateline_middles(lines)
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        indent = line.indented and line.gap == 0
        if i in wrapped or i in middles or i - 1 in middles:
            breaks.append((False, False))
            continue
        # (its first test before the call: most lines' line above closes on no CJK stop)
        if prev.text.rstrip()[-1:] in "。！？”" and _caption_opens(lines, i, columns):
            # A Chinese caption under a story's closed last line opens a paragraph of its own
            # ("… 不会大幅调高。" / "义工昨天在芽笼士乃巴刹为年长居民" / "派发年货。 （黄家豪摄）").
            breaks.append((True, False))
            continue
        # (one memo look-up a line: starts_story is asked by both tests below)
        opens = starts_story(line.text)
        if not alone[i - 1] and opens and _dateline_across(lines, i - 1):
            # The bracket closing a dateline broken at its day ("INDIANAPOLIS, Ind., November
            # 15" / "(Special to The Star.)—Report …") opens no story: the dateline runs on.
            breaks.append((False, False))
            continue
        if (
            alone[i]
            or alone[i - 1]
            or digest[i - 1]
            or opens
            or (
                starts_numbered_item(line.text)
                and not prev.text.endswith(("，", "、", ","))
                and not _figure_runs_on_from(prev.text, line.text)
            )
            or (opens_bullet_item(line.text) and _bullet_above(lines, i))
            or opens_follow_up(line.text)
            or (opens_cjk_item(line.text) and ends_sentence(prev.text.rstrip()))
            or _dateline_across(lines, i)
            or (_opens_resolution(line.text) and not _broken_word(prev.text))
            # (a Chinese wire story's last line, closed by its agency in brackets: "…登记。
            # （马新社）" ends the story)
            or (
                prev.text.rstrip()[-1:] in "）)"
                and (ends_on_cjk_agency(prev.text) or _credit_closes_above(lines, i))
            )
            # (a notice's closing formula, "…諸希公鑒", ends it; so does a serial's
            # installment mark, "…事了。」（未完）"; branch hz47)
            or ends_on_notice_formula(prev.text)
            or (prev.text[-1:] in "）)" and ends_installment(prev.text))
        ):
            breaks.append((True, False))
            continue
        if prev.text[-1:] == "." and is_dateline_alone(prev.text):
            # A wire dateline alone on its line, closed by its day's stop, runs on into its
            # story's first line ("Memphis, Tenn., Feb. 19." / "The plant of the new …"): the
            # room left after it is no paragraph's end (branch histp50).
            breaks.append((False, False))
            continue
        # A line of figures in Chinese text ("进口766.2亿元，增长3.2%。") is read as Chinese
        # when the next line is.
        latin = cjk_ratio(prev.text) < 0.5 and cjk_ratio(line.text) < 0.5
        prev_text, prev_width = prev.text, prev.width
        line_text = line.text
        if latin and (
            not prev_text[:1].isalnum()
            or not line_text[:1].isalnum()
            or (not prev_text[-1:].isalnum() and " " in prev_text[-3:])
        ):
            # Marks OCR read from a column rule at a line's edges ("… -militia. ' :'" over
            # "- Lieut Whitener …", "… the report" over ", the regime …") are no text:
            # the break is judged from the words inside them. (Most lines open on a letter
            # and end on one or on a stop against it: they are not tried.)
            prev_text, line_text = without_edge_marks(prev_text, line_text)
            if prev_text != prev.text:
                prev_width = display_width(prev_text)
        if latin and opens_like_paragraph(line_text):
            # Before a line opening as a paragraph does: a speck OCR read after the stop
            # ("… on her trial trip. M") closes nothing, and a line announcing what follows
            # ("Dear Sir:", "… Mr. Holland says:") ends like a sentence.
            clean = without_any_speck(prev_text)
            if clean != prev_text:
                prev_text, prev_width = clean, display_width(clean)
            if prev_text.endswith(":") and not prev_text.endswith("::"):
                prev_text = prev_text[:-1].rstrip() + "."
        if (
            not latin
            and prev_text[-1:] == "."
            and prev_text[-2:-1].isdigit()
            and line_text[:1].isdigit()
        ):
            # A decimal the column broke at its point ("…控制在0." / "2%以下。"; branch zh47):
            # the point is no stop.
            breaks.append((False, False))
            continue
        if not latin and prev_text[-1:] == "0" and _zero_for_stop(prev_text):
            # A Chinese full stop OCR read as a zero ("… 调整排班0"): judged as the stop.
            prev_text = prev_text[:-1] + "。"
        if not latin and dun_marks and _run_in_head(lines, i, columns):
            # A run-in head set large in 、-stopped text opens its paragraph ("地方銀行").
            breaks.append((True, True))
            continue
        if not latin and _lost_stop_short_cjk(lines, i, columns, prev_text):
            # A modern Chinese paragraph's last line whose 。 OCR dropped, set well short of
            # the column over a full line ("…用于高端数控机" / "床产业化项目和补充流动资金" /
            # "公告显示，高端数控机床产业化项目总投资约").
            breaks.append((True, True))
            continue
        # (a Chinese line closed by 、 as a full stop, dun_stop, ends its paragraph only where
        # it is set short: at a full line's end 、 is most often a comma)
        if (
            not ends_sentence(prev_text)
            and (
                latin
                or not dun_stop(lines, i - 1)
                or not is_short(prev, max(columns.local(i - 1), columns.local(i)))
                # (nor inside a notch's narrow run of one width: "、盡量" / "儲藏、" / "以備緊")
                or _inside_even_notch(lines, i)
            )
        ) or ends_with_abbreviation(prev_text):
            if (
                historical
                and latin
                and (prev_text[-1:].isalpha() or prev_text[-1:] == ",")
                and _lost_stop_end(lines, i, columns, prev_text, prev_width, line_text)
            ):
                breaks.append((True, True))
                continue
            breaks.append((False, False))
            continue
        if latin:
            words = line_text.split()
            first_word = words[0] if words else ""
            if (first_word[:1].islower() or first_word[:1] == "&") and not (
                indent or _speck_before(words)
            ):
                # A sentence never opens on a small letter: the stop above is a misread
                # hyphen ("… building a pri." / "vate levee") or an abbreviation; nor on an
                # ampersand, which runs a firm's name on ("… Carnahan Bros." / "& Dodge's").
                breaks.append((False, False))
                continue
            widest = columns.widest_at_break(i)
            need = display_width(first_word)
            if (
                hyphenates
                and need >= 2 * SYLLABLE
                and first_word[:1].isupper()
                and _WORD_STOP.search(prev_text)
            ):
                need = SYLLABLE + 1
            fits = prev_width + 1 + need <= widest
            if not fits and historical and opens_quotation(line_text):
                # A quotation opening under a full line that ends a sentence opens a paragraph
                # on a page found not modern: a 1916 report sets each quoted speech, an
                # interview's question and its answer, as a paragraph of its own ("… as I view
                # it." / '"Are you hearing much on the'; branch histp49). Its indent is lost.
                fits = True
            breaks.append((fits or indent, not indent))
            continue
        column = max(columns.local(i - 1), columns.local(i))
        if is_short(prev, column):
            breaks.append((True, not indent))
            continue
        following = lines[i + 1] if i + 1 < len(lines) else None
        first_line = (
            is_short(line, column)
            and following is not None
            and (not is_short(following, column) or not ends_sentence(line.text))
        ) or _lost_indent_line(line, following, column)
        breaks.append((first_line or indent, not indent))
    return breaks


#: The marks a Chinese line may not open with: a line set one character short before one of
#: them was pushed down by the line-start rule, not indented (_lost_indent_line).
_NO_LINE_START: Final = frozenset("，。、；：？！”’）》」』…%")


#: The words a figure goes on from across a line's end, besides RUN_ON_WORDS ("… held until
#: about" / "2. o'clock", "… school district No." / "5. Ernest"): a Latin line ending on one
#: opens no numbered item under it.
_BEFORE_FIGURE_WORDS: Final = frozenset("about until till since no nos number page".split())
#: A month's name or abbreviation, alone ("… will be called July" / "5. Hearings").
_MONTH_NAME: Final = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}")


def _figure_runs_on_from(above: str, text: str) -> bool:
    """Whether a Latin line opening on a figure and a stop ("5. Hearings …", "8. Moore, of …")
    goes on from the line above rather than opening a numbered item: the line above ends on a
    word a figure follows (a joining word, "about", "No.", a month) or on an initial ("… the
    minutes of the W." / "0. W. and one each", "… greeted H. E. Behrens and" / "8. Moore"),
    where OCR read an initial's letter as a figure (branch histp50). Only ASCII lines opening
    on a digit are asked."""
    if not (text[:1].isdigit() and above.isascii()):
        return False
    words = above.split()
    if not words:
        return False
    last = words[-1]
    if len(last) == 2 and last[0].isupper() and last[1] == ".":
        return True  # an initial
    word = last.rstrip(".,")
    return (
        word.lower() in RUN_ON_WORDS
        or word.lower() in _BEFORE_FIGURE_WORDS
        or _MONTH_NAME.fullmatch(word) is not None
    )


def _lost_indent_line(line: Line, following: Line | None, column: int) -> bool:
    """Whether a Chinese line under a sentence's end (the caller's gate) is a paragraph's first
    line whose indent OCR dropped: set one character short of its column (closer than
    is_short's margin), every character a wide one (no figure or letter to make it narrower),
    ending on a clause mark, and not short because the line-start rule pushed a character
    down (the line under it opens on no character before a closing mark): "…走上了技术岗位。" /
    "省总工会有关负责人表示，" / "明年将把职工技能提升纳入工" (Tesseract's lines of a drawn
    page; branch zh49). A line of text goes on to the column's end; only an indent, or the
    end of the paragraph, leaves room on it."""
    text = line.text.strip()
    if following is None or text[-1:] not in "，、：" or line.width != 2 * len(text):
        return False
    if not column - SHORT_MARGIN_CJK < line.width <= column - 2:
        return False
    return following.text.strip()[1:2] not in _NO_LINE_START


#: The most share of its column a modern Chinese line ending on no stop may fill and still be
#: read as its paragraph's last line (_lost_stop_short_cjk): a quarter of the column left.
LOST_STOP_CJK_SHARE: Final = 0.75
#: The modern Chinese clause marks a paragraph's lines hold (_lost_stop_short_cjk's gate).
_MODERN_CJK_MARKS: Final = frozenset("，。；：！？")


def _lost_stop_short_cjk(lines: list[Line], i: int, columns: _Columns, prev_text: str) -> bool:
    """Line ``i - 1`` is a modern Chinese paragraph's last line whose closing 。 OCR dropped
    (branch fresh42): it ends on a Chinese character (no stop, no mark, no figure), it fills at
    most LOST_STOP_CJK_SHARE of its column, the line above it in the paragraph fills the
    column (so the short line is where the paragraph ran out, not a title or a line of its
    own) and ends on no stop, and the line under it fills the column too and holds a modern
    clause mark (，。；…: the next paragraph's text). A sentence's line broken by the column
    fills it: only a paragraph's last line is set short. Republican-era text, 、-stopped,
    holds none of the modern marks, so a column's end there is never asked."""
    if i < 2 or not "\u4e00" <= prev_text[-1:] <= "\u9fff":
        return False  # (most lines: the line above ends on a mark, a figure or a letter)
    prev, above, line = lines[i - 1], lines[i - 2], lines[i]
    column = max(columns.local(i - 1), columns.local(i))
    return (
        prev.width <= column * LOST_STOP_CJK_SHARE
        and cjk_ratio(prev.text) >= 0.5
        and cjk_ratio(above.text) >= 0.5
        and cjk_ratio(line.text) >= 0.5
        and not is_short(above, column)
        and not is_short(line, column)
        and not ends_sentence(above.text)
        and not _MODERN_CJK_MARKS.isdisjoint(above.text + prev.text)
        and not _MODERN_CJK_MARKS.isdisjoint(line.text)
    )


#: A speck OCR read after a line's closing stop: one capital (not "A", a word) or a mark and a
#: capital ("… trial trip. M", "… at last accounts she jH", "… made 'H").
_SPECK_AFTER_STOP: Final = re.compile(r"(?<=[.!?:\"'”’])\s+[^\sA-Za-z0-9]?[B-Z]$")
#: A column rule's small letter set apart after a line's stop (_SMALL_SPECKS).
_RULE_SPECK_AFTER_STOP: Final = re.compile(r"(?<=[.!?:\"'”’])\s+[fijlrt]$")
#: The small letters OCR reads from a column rule after a line's stop ("… comparatively in-j" /
#: "active. j", "… the country. i"): never a sentence's last word (branch histp50).
_SMALL_SPECKS: Final = frozenset("fijlrt")
#: A line a paragraph can open with: a capital or a figure, after an opening quote or bracket.
_PARAGRAPH_OPENING: Final = re.compile(r"^[\"'“‘(]?[A-Z0-9]")


#: Marks OCR left after a line's last word, each group after a space ("… -militia. ' :'",
#: "… conclusion. ,"): one or two marks that are no letter, figure, bracket or quote closing a
#: word.
_MARKS_AFTER: Final = re.compile(r"(?:\s+[^\w\s]{1,2})+$")
#: Marks OCR left before a line's first word, each group before a space (", the regime",
#: "- Lieut", "' 4 lowe"): not a dash opening a dispatch ("—The British …", set without a
#: space), an ampersand ("& Dodge's store", a firm's name running on), a dollar sign or an
#: opening bracket.
_MARKS_BEFORE: Final = re.compile(r"^(?:[^\w\s&$(\[]{1,2}\s+)+(?=\S)")


#: Last characters that are never a mark OCR left (a line ending on one is not tried).
_EDGE_MARK_FREE: Final = ")]\u00ad"


#: A paragraph's last line whose stop OCR lost is set at most this share of the column.
LOST_STOP_SHARE: Final = 0.7
#: The lines around it (the paragraph's full line above, the next one's first line) fill at
#: least this share of the column.
LOST_STOP_FULL_SHARE: Final = 0.85
#: A word a paragraph's last line can close on: letters only, capitalised or not, three or more.
_CLOSING_WORD: Final = re.compile(r"[A-Za-z]{3,}")
#: A title or an office a name follows ("… supporters that President" / "Jefferson held …"):
#: a line closing on one runs on.
_TITLES_BEFORE_NAME: Final = frozenset(
    {title.lower() for title in NAME_TITLES}
    | set(
        "miss president vice senator governor general colonel captain lieutenant major "
        "sergeant judge justice secretary mayor sheriff professor representative congressman "
        "commissioner ambassador admiral bishop father brother sister uncle aunt doctor "
        "premier chancellor emperor king queen prince count".split()
    )
)
#: A next paragraph's first word: a capitalised word (not all capitals), after an opening quote.
_OPENING_WORD: Final = re.compile(r"^[\"'“‘]?[A-Z][a-z]+\b")
#: Words a verse's line opens on, capitalised as verse sets every line, that open a paragraph
#: of prose seldom ("… the wide fields of home" / "And the long day ends …"): verse printed
#: run-in has short lines between full ones too, so a break is not added before them.
_VERSE_OPENINGS: Final = frozenset({"and", "or", "nor", "upon"})


def _title_cased_line(words: list[str]) -> bool:
    """Whether a line of two words or more sets every word of four letters or more
    capitalised ("Our Roll of Honor", "Election Valid"): a head's line."""
    long_words = [word for word in words if len(word) >= 4 and word[:1].isalpha()]
    return len(words) >= 2 and bool(long_words) and all(w[:1].isupper() for w in long_words)


#: Capitalised words that open a sentence and never go on one after its comma: a short line
#: ending on a comma before one of them lost its stop to OCR (_lost_stop_end).
COMMA_STOP_OPENINGS: Final = frozenset("The Tho A An It He She They This These There We".split())


def _lost_stop_end(
    lines: list[Line], i: int, columns: _Columns, prev_text: str, prev_width: int, line_text: str
) -> bool:
    """Whether line ``i - 1``, ending on no stop, is a paragraph's last line whose stop OCR
    lost (… "ship became unmanageable" / "The plight of the vessel …"): a justified
    column sets every line of a paragraph full but its last, so a line set well short
    (LOST_STOP_SHARE of the widest line around) between two full ones (the line above it, and
    the next line, opening on a capitalised word) ends its paragraph. Not after a word a phrase
    never ends on ("of", "the", "and") or a title a name follows ("President"), nor in verse, a
    list or a table (their lines around are short too), nor before a line opening on a word
    a verse's line opens on ("And", "Upon": _VERSE_OPENINGS, verse printed run-in). Asked
    only on pages found not modern (the caller's gate): modern text keeps its stops, and a
    short line without one there is a head, a caption or a list."""
    if i < 2:
        return False
    # (the last word alone first: the whole line is split only for the title-case test below,
    # after the cheaper tests; rsplit's last piece is split()'s last word)
    tail = prev_text.rsplit(None, 1)
    last = tail[-1] if tail else ""
    # (OCR reads a faint stop as a comma: "… ship became unmanageable," / "The plight …"; a
    # comma before a capitalised word that only opens sentences, COMMA_STOP_OPENINGS, is one)
    comma = last.endswith(",")
    if comma:
        last = last[:-1]
        first = line_text.lstrip("\"'“‘").split(None, 1)
        if not first or first[0] not in COMMA_STOP_OPENINGS:
            return False
        # (verse printed run in opens each of its lines on a capital and ends many on a comma:
        # "You're going to put a raw-hide brake" / "On all profanity," / "An angel child, …")
        if all(lines[k].text.lstrip("\"'“‘")[:1].isupper() for k in (i - 2, i - 1)):
            return False
    # (a word in capitals closes a head's line run into the text: "… with 100 MISS MITCHELL")
    if (
        # (_CLOSING_WORD's whole match, tested as str methods: ASCII letters only, three or
        # more; a pattern's call cost more than the test)
        not (len(last) >= 3 and last.isascii() and last.isalpha())
        or last.isupper()
        or last.lower() in RUN_ON_WORDS
        or last.lower() in _TITLES_BEFORE_NAME
    ):
        return False
    widest = columns.widest_at_break(i)
    if widest <= NARROW_LATIN_COLUMN or prev_width > widest * LOST_STOP_SHARE:
        return False
    full = widest * LOST_STOP_FULL_SHARE
    if lines[i - 2].width < full or lines[i].width < full:
        return False
    if _SENTENCE_INSIDE.search(prev_text) or _title_cased_line(prev_text.split()):
        # (a sentence opened on the short line is cut short by a picture or a column's edge:
        # "… fo. But it is the Senate"; a line in title case is a crosshead run into the
        # paragraph: "Our Roll of Honor")
        return False
    opening = _OPENING_WORD.match(line_text)
    # (a capitalised word and its comma is a list of names running on: "… Dempsey, Frank" /
    # "Koors, W Bailey, Harry Koors …"; a verse's line opening on "And" or "Upon" is verse
    # printed run-in, _VERSE_OPENINGS)
    return (
        opening is not None
        and line_text[opening.end() : opening.end() + 1] != ","
        and opening.group().lstrip("\"'“‘").lower() not in _VERSE_OPENINGS
    )


def without_edge_marks(before: str, after: str) -> tuple[str, str]:
    """Two lines without the marks OCR left at their edges: after the first line's stop
    (_MARKS_AFTER, only when what is left ends a sentence) and before either line's first word
    (_MARKS_BEFORE: the first line's are no part of its width either). Lines with none are
    returned as they are (the patterns are tried only on lines ending or opening on a mark)."""
    last = before[-1:]
    # (Most lines end on a letter or on a stop against its word: only a mark with a space
    # among the last three characters can be one left by OCR.)
    if last and not last.isalnum() and last not in _EDGE_MARK_FREE and " " in before[-3:]:
        clean = _MARKS_AFTER.sub("", before)
        if clean != before and ends_sentence(clean):
            before = clean
    if before[:1] and not before[:1].isalnum():
        before = _MARKS_BEFORE.sub("", before)
    if after[:1] and not after[:1].isalnum():
        after = _MARKS_BEFORE.sub("", after)
    return before, after


def without_speck(text: str) -> str:
    """``text`` without a capital OCR read after its closing stop (_SPECK_AFTER_STOP); ``text``
    itself when it has none (only a line ending on a capital is tried)."""
    return _SPECK_AFTER_STOP.sub("", text) if text[-1:].isupper() else text


def without_any_speck(text: str) -> str:
    """``text`` without a speck OCR read after its closing stop (_SPECK_AFTER_STOP): a capital
    ("… on her trial trip. M") or a small letter of a column rule set apart ("… active. j");
    ``text`` itself when it has none (only a line ending on a capital or on a space and one of
    _SMALL_SPECKS is tried)."""
    last = text[-1:]
    if last.isupper():
        return _SPECK_AFTER_STOP.sub("", text)
    if last in _SMALL_SPECKS and text[-2:-1] == " ":
        return _RULE_SPECK_AFTER_STOP.sub("", text)
    return text


#: The clauses of a resolution ("Whereas, It has pleased …", "Resolved, That …", "Resolved By
#: Houlka Camp …", "Be it further resolved"): each opens a paragraph of its own.
_RESOLUTION: Final = re.compile(
    r"^(?:WHEREAS|Whereas|RESOLVED|Resolved"
    r"|(?:Be|BE) (?:it|IT) (?:(?:further|FURTHER) )?(?:resolved|RESOLVED))"
    r"(?:[,.:;]|\s+[A-Z])"
)


#: A letter's salutation on a line of its own ("Dear Sir:", "My Dear Sir:", "Gentlemen:",
#: "Editor El Paso Herald:", "To the Editor of The Times:"): a paragraph of its own.
_SALUTATION: Final = re.compile(
    r"^[\"'“]?(?:(?:My )?[Dd]ear (?:Sirs?|Madam|Friends?|Editor|(?:Mr|Mrs|Miss|Dr)\.?)"
    r"(?:\s[^.!?:;]{1,30})?"
    r"|Gentlemen)[:,;]$"
    # (An editor addressed closes on a colon: "Editor St. Johns Herald," is an address.)
    r"|^(?:To the )?Editor(?: of)?(?: [A-Z][\w'’.]*){1,4}:$"
)
#: The longest line _SALUTATION matches.
SALUTATION_MAX: Final = 48


def is_salutation(text: str) -> bool:
    """Whether a trimmed line (as ``Line.text`` is) is a letter's salutation (_SALUTATION),
    tried only on short lines closing on a colon or comma and opening with the salutation's
    first letter."""
    if text[-1:] not in ":,;" or len(text) > SALUTATION_MAX:
        return False  # (most lines: a salutation closes on a colon or comma, and is short)
    return text.lstrip("\"'“")[:1] in "DMGTE" and _SALUTATION.match(text) is not None


def _runs_on_into(text: str) -> bool:
    """Whether a line runs on into the next: it ends on a word no phrase ends on ("… Ladies
    and", "… of the")."""
    words = text.split()
    return bool(words) and words[-1].lower() in RUN_ON_WORDS


def _speck_before(words: list[str]) -> bool:
    """Whether a line's first word is a speck OCR read before a capitalised word ("j Resolved,
    That …"): one letter, not the word "a"."""
    first = words[0] if words else ""
    return (
        len(words) > 1
        and first.isalpha()
        and len(first) == 1
        and first != "a"
        and (words[1][:1].isupper())
    )


#: _PARAGRAPH_OPENING's characters: its opening marks, and the capitals and figures.
_OPENING_MARKS: Final = frozenset("\"'“‘(")
_CAPITALS_AND_FIGURES: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def opens_like_paragraph(text: str) -> bool:
    """Whether a line opens as a Latin paragraph can (_PARAGRAPH_OPENING): its first character,
    or the one after an opening mark, a capital or a figure. (Tested on the two characters, as
    the pattern reads them: asked of most lines, where a pattern's call cost more than the test.)"""
    first = text[:1]
    if first in _CAPITALS_AND_FIGURES:
        return True
    return first in _OPENING_MARKS and text[1:2] in _CAPITALS_AND_FIGURES


#: The double opening quotes a quotation opens on (opens_quotation).
_DOUBLE_OPENING_QUOTES: Final = frozenset('"“')


def opens_quotation(text: str) -> bool:
    """Whether a Latin line opens on a double opening quote set against a capital ('"Are you',
    "“The"): a quotation's first words. A single quote is left out: OCR reads a column rule
    at a line's start as one ("' Seligsen, after")."""
    return text[:1] in _DOUBLE_OPENING_QUOTES and text[1:2].isupper()


def _opens_resolution(text: str) -> bool:
    """Whether a line opens a clause of a resolution (_RESOLUTION), tried only on lines opening
    with the clause's first letter."""
    return text[:1] in "WRB" and _RESOLUTION.match(text) is not None


def _broken_word(text: str) -> bool:
    """Whether a line ends in a word broken by a hyphen (hard or soft) after a letter."""
    return text.endswith(("-", "\u00ad")) and text[-2:-1].isascii() and text[-2:-1].isalpha()


#: A line ending a sentence on a whole word ("… three meetings."), not on a stray letter or a
#: misread hyphen ("an n.", "de.").
_WORD_STOP: Final = re.compile(r"[a-z]{3,}[.!?][\"'”’)]?$")
#: The shortest piece of a word a line-end hyphen leaves (and the least it carries over).
SYLLABLE: Final = 3


def _dateline_across(lines: list[Line], i: int) -> bool:
    """A dateline broken over two lines ("CEDAR FALLS, Iowa, Feb." / "9.—Harold …"), or a
    Chinese one in brackets over three (_bracketed_dateline_in_three)."""
    first = lines[i].text
    if i + 1 >= len(lines) or not may_open(first, DATELINE_OPENINGS):
        return False  # (most lines: a dateline, whole or broken, opens as its first line does)
    if match_dateline(first):
        return False
    return dateline_reaches_past(first, lines[i + 1].text) or _bracketed_dateline_in_three(lines, i)


#: The widest piece (half-width units) of a bracketed Chinese dateline a narrow column sets
#: on a line of its own: the bracket and a place, or a day ("（重慶", "廿五日").
DATELINE_PIECE_WIDTH: Final = 12


def _bracketed_dateline_in_three(lines: list[Line], i: int) -> bool:
    """A bracketed Chinese dateline a narrow column broke over three lines: the bracket and
    the place, the day, then the agency and 電 closing it before the story's text ("（重慶" /
    "廿五日" / "海通電）據此間華", "（樟樹" / "廿五日" / "電）華軍向大城攻"). The first two
    lines are short pieces of it, not titles, and no paragraph breaks between the three."""
    first = lines[i].text.strip()
    if first[:1] not in "（(" or not is_wide(first[1:2]) or i + 2 >= len(lines):
        return False  # (most lines: asked first)
    second = lines[i + 1].text.strip()
    if display_width(first) > DATELINE_PIECE_WIDTH or display_width(second) > DATELINE_PIECE_WIDTH:
        return False
    return dateline_reaches_past(first + second, lines[i + 2].text)


def _dateline_middles(lines: list[Line]) -> frozenset[int]:
    """The lines that are the middle piece of a bracketed dateline broken over three lines
    (_bracketed_dateline_in_three), found in one pass: only a line opening on a bracket is
    asked (a line opening on a letter, most of them, is not even stripped)."""
    return frozenset(
        j + 1
        for j, line in enumerate(lines)
        if not line.text[:1].isalnum()
        and line.text.lstrip()[:1] in "（("
        and _bracketed_dateline_in_three(lines, j)
    )


#: A sentence ending inside a line: a word of two or more letters, its stop, the next
#: sentence's capital ("… the city. Ten …").
_SENTENCE_INSIDE: Final = re.compile(r"([A-Za-z]{2,}[.!?])\s+[\"'“‘(]?[A-Z]")


#: A line starting with a word in lower case (not a stray OCR letter).
_LOWER_WORD: Final = re.compile(r"[a-z]{2,}\b")
#: An English word (letters and apostrophes), as the title tests count them.
_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _mostly_lower(text: str) -> bool:
    """Whether at least half the words of ``text`` are in lower case."""
    words = text.split()
    return sum(word[:1].islower() for word in words) * 2 >= len(words) > 0


def _drop_running_sentences(lines: list[Line], like: list[bool]) -> None:
    """Two English lines that each pass for a title are prose when the second runs on from
    the first in lower case (it opens with a word in lower case, or most of its words are) and
    a sentence ends inside them ("Paper the the Tuesday" / "the rest. End. End.", "Tuesday the
    the the. End."): a headline wrapped over lines ends no sentence midway."""
    for i in range(len(lines) - 1):
        if not (like[i] and like[i + 1]):
            continue  # (most lines: asked first, before any text is read)
        first, second = lines[i].text, lines[i + 1].text
        if {title_style(first), title_style(second)} != {"mixed"}:
            continue
        joined = f"{first} {second}".strip()
        inside = _SENTENCE_INSIDE.search(joined)
        if (
            (_LOWER_WORD.match(second.lstrip()) or _mostly_lower(second))
            and inside is not None
            and not ends_with_abbreviation(inside.group(1))
        ):
            like[i] = like[i + 1] = False


def _drop_local_item_openings(lines: list[Line], like: list[bool]) -> None:
    """A mixed-case line that opens a weekly's local item — a person who came, went, stayed or
    visited, the verb in small letters ("Mr and Mrs. A. W. Hoskins spent" / "Saturday in the
    city disposing of …") — under a line that closes (or first in its block), with prose under
    it, is the item's first line, not a head: a headline sets its verbs in capitals or title
    case. (On a page whose OCR lost its stops no line closes, and the rule keeps off.)"""
    for i in range(len(lines) - 1):
        if not like[i] or like[i + 1]:
            continue  # (most lines: asked first, before any text is read)
        text = lines[i].text.strip()
        # (the anchored opening first: most title-like lines fail it at once)
        if tells_local_news(text) and _closed_above(lines, i) and title_style(text) == "mixed":
            like[i] = False


#: A correspondent's place alone on its line ("Dryden", "Watson"): one word of four letters
#: or more in title case, with no mark after it (a word closing on a stop, "Meridian.", is a
#: lone head already, and so is a word in capitals; "Rev.", "Amey." and "Senate:" are none).
_PLACE_LINE: Final = re.compile(r"^[A-Z][a-z]{3,}$")
#: The longest line (in characters, spaces around it included) read for such a word.
PLACE_LINE_CHARS: Final = 24


def is_place_word(text: str) -> bool:
    """Whether a line (or a title) is one word that may be a correspondent's place standing
    alone: title case, four letters or more, no mark (see _places_over_items)."""
    first = text[:1]
    if not ("A" <= first <= "Z" or first.isspace()):
        return False  # (most lines: the stripped line would open on this character)
    return _PLACE_LINE.match(text.strip()) is not None


#: The lines under such a word read for its column's items (see _places_over_items), and the
#: items among them that must open on a person.
PLACE_COLUMN_LINES: Final = 12
PLACE_COLUMN_ITEMS: Final = 2


#: Marks OCR reads before a line's first word (". Jim Kendrick has been …", "• Mr. and Mrs.
#: …"): passed over when the line is read for an item's opening (see _places_over_items).
_LEADING_SPECKS: Final = re.compile(r"^[.,;:'\"\u2022|*-]{1,3}\s*(?=[A-Z])")


def _places_over_items(lines: list[Line], like: list[bool]) -> None:
    """A capitalised word alone on its line ("Dryden", "Watson"), under a line that closes (a
    sentence, or the signature closing the column before it: "Jan. 28. Dot.", "Free
    Silver."; or first in its block) and over a line of prose opening a sentence, heads a
    country correspondent's column when items open under it: within PLACE_COLUMN_LINES
    lines, at least PLACE_COLUMN_ITEMS lines that start a sentence (the first under the word,
    or one under a line that closes) open on a person ("Frank Peters and family are moving
    …", "T. J. Sherman made a short business …"; OCR's specks before it passed over: ". Jim
    Kendrick has been confined …"). No sentence starts on a line of one word,
    so the word is no prose; before, it was run into the column's first item ("Dryden Frank
    Peters …") and the column into the story above it. A word under a headline in capitals
    ("DAY IN CONGRESS." / "Senate") is a section's, and one over a scrap ("Gladys" / "Rev.
    Mr.") is OCR's; neither is taken. The column's own tests (the place's head and its
    items) are the assembly's."""
    last = len(lines) - 1
    for i in range(last):
        if len(lines[i].text) > PLACE_LINE_CHARS or like[i] or like[i + 1]:
            continue  # (most lines: asked first, before any text is read)
        if not is_place_word(lines[i].text) or (
            i > 0 and like[i - 1] and title_style(lines[i - 1].text) == "caps"
        ):
            continue  # (under a headline in capitals: a section's word, "Senate")
        below = lines[i + 1].text.strip()
        if not (below[:1].isupper() and _reads_as_prose(below) and _closed_above(lines, i)):
            continue
        items = 0
        for j in range(i + 1, min(i + 1 + PLACE_COLUMN_LINES, last + 1)):
            opens = j == i + 1 or closes(lines[j - 1].text)
            if opens and opens_local_item(_LEADING_SPECKS.sub("", lines[j].text.strip())):
                items += 1
        if items >= PLACE_COLUMN_ITEMS:
            like[i] = True


#: A headline in capitals closing on a place's initials ("2 NEW THEATERS IN N. Y.").
_CAPS_ON_INITIALS: Final = re.compile(r"^[^,]*\S\s+(?:[A-Z]\.\s?){2,3}$")


def _ends_on_initials(text: str) -> bool:
    """A line in capitals of three words or more ending on initials ("… IN N. Y.", "… U. S."):
    their stop ends the headline, not an abbreviation inside a sentence. A comma before them
    makes a dateline's place ("WASHINGTON, D. C.")."""
    stripped = text.strip()
    return (
        title_style(stripped) == "caps"
        and len(stripped.split()) >= 4
        and _CAPS_ON_INITIALS.match(stripped) is not None
    )


def _lead_words(lines: list[Line], like: list[bool]) -> None:
    """A capitalised word alone on its line, after a closed sentence and over a mixed-case
    title line, is that title's first word ("Celebrate" / "Thrift Day"): a word that alone
    is no title, and no sentence starts on a line of one word."""
    for i in range(len(lines) - 1):
        if like[i] or not like[i + 1]:
            continue  # (most lines: asked first, before any text is read)
        text = lines[i].text.strip()
        if (
            _LONE_WORD.match(text) is not None
            and text[:1].isupper()
            and text[-1:].isalpha()
            and title_style(text) == "mixed"
            and title_style(lines[i + 1].text) == "mixed"
            and _closed_above(lines, i)
            # (not an agency's name closing the story above, "Reuters" / "Cold snap to bring
            # …": its byline, the lead's round 45)
            and not is_desk_byline(text)
        ):
            like[i] = True


#: A word that closes a bracket at its end, a stop or a comma perhaps after it ("Rajiun).",
#: "Ilaihi),"): OCR's garble of a head ("UH)V") closes none so.
_BRACKET_TAIL_WORD: Final = re.compile(r"^[A-Za-z][A-Za-z'’\-]*\)[.,;:]?$")


def _drop_bracket_tails(lines: list[Line], like: list[bool]) -> None:
    """A line whose first word closes a bracket the line above opened and left open runs on
    from it ("… on Wednesday (Inna Lillahi Wa Inna Ilaihi" / "Rajiun). He was 82.", branch
    en46): the bracket's words go on, so it is no title. A head in small letters opens no
    bracket it does not close on its own line."""
    for i in range(1, len(lines)):
        if not like[i]:
            continue
        first = lines[i].text.split(maxsplit=1)[0] if lines[i].text.strip() else ""
        if ")" not in first or _BRACKET_TAIL_WORD.match(first) is None:
            continue  # (most lines; a word closing the bracket at its end: "Rajiun).")
        above = lines[i - 1].text
        # (a head in capitals may hold its bracket over two lines, as OCR garbles one:
        # "CAMPAIGN PROMISES (GALORE" / "SPECIAL) OVER …")
        if above.count("(") > above.count(")") and title_style(lines[i].text) != "caps":
            like[i] = False


def _drop_run_on_lines(
    lines: list[Line], like: list[bool], bylines: frozenset[int] = frozenset()
) -> None:
    """An English line ending in a word no headline ends on ("Miss Atmee Ehrlich and") runs on
    into the line below: above a line that is no title, it is the start of a paragraph —
    unless that line is the title's last word or two (see _title_tail), or a byline with no
    "By" over two lines (``bylines``, a modern page's: _named_byline_lines), into which no
    sentence runs ("Commuter bashed as guards watch on" / "ELLIE DUNN")."""
    for i in range(len(lines) - 1):
        if not like[i] or like[i + 1] or title_style(lines[i].text) == "cjk":
            continue
        words = lines[i].text.split()
        # Letter-spaced display type ("T H E U N I V E R S A") is no prose.
        spaced = sum(1 for word in words if len(word) >= 2) < 2
        if spaced or words[-1].lower() not in RUN_ON_WORDS:
            continue
        # "… Conference With President on" / "Situation.": when the run-on line stands where a
        # title may start, a word or two after it finish the title.
        starts = i == 0 or like[i - 1] or closes(lines[i - 1].text)
        if starts and (starts_story(lines[i + 1].text) or i + 1 in bylines):
            # A story's opening under it is no part of the title and no sentence runs on into
            # it: the line heads that story ("BETTER RESULTS IN" / "117 Aaaociated Preaa.)", a
            # wire credit OCR garbled; the rest of the head was lost).
            continue
        if starts and (
            _title_tail(lines, like, i + 1)
            # or the line below goes on in title case ("About Local People and Events and" /
            # "Other Matters of Interest'"): a deck wrapped, whatever mark ends it.
            or reads_as_deck(f"{lines[i].text} {lines[i + 1].text}")
        ):
            like[i + 1] = True
        else:
            like[i] = False


#: A line of at least this many words, and this many words of three letters or more, is
#: prose enough to leave a sentence open (not a speck, "a", nor a table's row, "1 n. m a").
PROSE_WORDS: Final = 3
PROSE_LONG_WORDS: Final = 2
_WORD_MARKS: Final = ".,;:!?'\"’”‘“()|"


def _reads_as_prose(text: str) -> bool:
    words = text.split()
    long_words = sum(
        1 for word in words if len(clean := word.strip(_WORD_MARKS)) >= 3 and clean.isalpha()
    )
    return len(words) >= PROSE_WORDS and long_words >= PROSE_LONG_WORDS


def _sentence_end_closes_block(lines: list[Line], like: list[bool]) -> None:
    """A block's last line under English prose left open on a title or an initial before a
    name, or on a word no sentence ends on (``… arg againat, M.`` / ``‘Venizelos. E``), is the
    sentence's end, not a title: a head set under a paragraph in its own block would stand
    after a blank line, and no head follows prose cut off inside a sentence. Only the block's
    last line: inside a block (and in single-spaced text, a whole page) a title under cut prose
    is most often the next column's head read into the reading order."""
    last = len(lines) - 1
    if last < 1 or not like[last]:
        return  # (most blocks: asked first, before any text is read)
    if like[last - 1]:
        # (the line above read as a title too, but runs on from the prose over it and leaves
        # its sentence open: "will pay for extra staff at" / "Namanga, and Uganda and" /
        # "Tanzania at Mutukula."; branch en50)
        if _open_line_in_prose(lines, like, last - 1):
            like[last - 1] = like[last] = False
        return
    above = lines[last - 1].text
    if (
        title_style(lines[last].text) == "mixed"  # (a capitals head is no sentence's end)
        and title_style(above) == "mixed"
        and _reads_as_prose(above)
        and leaves_sentence_open(above)
    ):
        like[last] = False


def _open_line_in_prose(lines: list[Line], like: list[bool], i: int) -> bool:
    """Line ``i``, read as a title, is a sentence's middle: under a line of prose that is no
    title and closes on no stop, it holds a comma and ends on a word no sentence ends on
    ("will pay for extra staff at" / "Namanga, and Uganda and"). A deck wrapped on "and" holds
    no comma before it ("About Local People and Events and")."""
    if i < 1 or like[i - 1]:
        return False
    text, above = lines[i].text, lines[i - 1].text
    return (
        "," in text
        and leaves_sentence_open(text)
        and title_style(text) == "mixed"
        and _reads_as_prose(above)
        and not closes(above)
    )


def _drop_full_narrow_lines(lines: list[Line], like: list[bool]) -> None:
    """In a narrow Latin column, a mixed-case line under a title that ends on a bare word and
    filled the column (the next line's first word would not have fitted after it) runs on into
    the prose under it (mostly lower-case words): it is the paragraph's first line, no deck
    ("Bridge Repairs Delayed" / "Repairs to the Mill" / "Street bridge have been …")."""
    column = -1
    for i in range(1, len(lines) - 1):
        if not like[i] or like[i + 1] or not like[i - 1]:
            continue
        text, below = lines[i].text.strip(), lines[i + 1].text.strip()
        if title_style(text) != "mixed" or not text[-1:].isalpha() or not below:
            continue
        if column < 0:
            column = _narrow_prose_column(lines, like)
        if not column or len(text) > column or starts_story(below) or not _mostly_lower(below):
            continue  # (an address or a deck in title case under it: no prose to run into)
        if is_small_by_byline(below):
            continue  # (a byline with a small "by" under the head: "by Courier reporter")
        if next_word_wraps(len(text), below, column):
            like[i] = False


def _flush_heads_over_indents(
    lines: list[Line], columns: _Columns
) -> tuple[frozenset[int], frozenset[int]]:
    """On a Chinese block whose paragraphs each open on an indent (two ideographic spaces, as
    a phone app's text view or a PDF's export sets them), the lines set flush straight over an
    indented line, after the last line that closes a sentence, a credit or a jump above them,
    are the story's kicker, head and deck, however wide a narrow column wraps them ("央行決策" /
    "泰國央行意外降息一碼" / "基準利率降至1.25% 兩年" / "來最低" / "　　【本報訊】…"): a paragraph's
    lines under its first run on flush, but no paragraph opens flush on such a page. A byline
    or a credit among them stays what it is. An indented line counts only when it fills the
    column but for its indent (INDENT_WIDTH), and the block must hold INDENT_PARAGRAPHS of
    them: an OCR's stray space before a short line (" 丁薛祥出席会议并讲话", a deck) is no
    paragraph's indent. Returned with those indented lines, each a paragraph's first, never a
    title however short the indent leaves it ("　　謹定於12月6日上午十時在曼谷" under "…享壽八十有
    六。"; branch bb48)."""
    if sum(line.indented for line in lines) < INDENT_PARAGRAPHS:
        return frozenset(), frozenset()  # (most blocks: no indented paragraphs)
    openings = frozenset(
        i
        for i, line in enumerate(lines)
        if _fills_but_for_indent(line, columns.widest(i)) and cjk_ratio(line.text) >= 0.5
    )
    if len(openings) < INDENT_PARAGRAPHS:
        return frozenset(), frozenset()
    found: set[int] = set()
    start = 0
    for i, line in enumerate(lines):
        text = line.text
        if i in openings:
            found.update(
                k
                for k in range(start, i)
                if cjk_ratio(lines[k].text) >= 0.5
                and not is_byline_line(lines[k].text)
                and not is_credit(lines[k].text)
            )
            start = len(lines)  # (the paragraph's lines under it: none until a close)
        if (
            ends_sentence(text)
            or text.rstrip()[-1:] in "）)"
            or match_continuation(text) is not None
        ):
            start = i + 1
    return frozenset(found), openings


def _fills_but_for_indent(line: Line, column: int) -> bool:
    """Whether a line is indented and fills ``column`` but for its indent (INDENT_WIDTH, within
    SHORT_MARGIN_CJK): a Chinese paragraph's first line (_flush_heads_over_indents,
    _cjk_head_echoed)."""
    return line.indented and line.width + INDENT_WIDTH >= column - SHORT_MARGIN_CJK


#: The most characters of a mourners' line's tail wrapped under it (_find_titles).
MOURNERS_TAIL_CHARS: Final = 8
#: The display width of a Chinese paragraph's indent, two ideographic spaces.
INDENT_WIDTH: Final = 4
#: The fewest indented lines of a Chinese block whose paragraphs open on an indent
#: (_flush_heads_over_indents).
INDENT_PARAGRAPHS: Final = 3


def _name_words_fill_column(lines: list[Line], like: list[bool], columns: _Columns) -> None:
    """On a modern page (the caller's gate), a line that opens a paragraph (the block's first,
    or under a line that closes a sentence) with nothing but capitalised words and no stop,
    which filled the column of the prose under it (the next line's first word would not have
    fitted after it, and it is at least NAME_FILL_SHARE of the column wide), is the
    paragraph's first line, a name's words running on into the sentence ("Infrastructure
    Minister Clayton" / "Mifsud told a news conference at", "Guernsey's Economic" /
    "Development committee"), no head: a modern head is set in a larger type than the text,
    and a head in title case holds a small word ("Man Held in Scam" has none set small, but it
    fills no body column of characters). The prose under it must go on in small letters
    within two lines, and the block must set no other head in title case ("Council Approves
    Budget for Water Plant" over a narrow column's "Bridge Repairs Delayed" / "Repairs to the
    Mill": that page's heads are all so, and one may fill the column; branch bb48)."""
    title_cased: bool | None = None  # (asked once, at the first line the rule reads)
    for i in range(len(lines) - 2):
        if not like[i] or like[i + 1] or (i and not closes(lines[i - 1].text)):
            continue  # (most lines: no title, or a title under a title or unclosed prose)
        text = lines[i].text.strip()
        words = text.split()
        if not 2 <= len(words) <= NAME_FILL_WORDS or not text[-1:].isalpha():
            continue
        if not all(word[:1].isupper() and not word.isupper() for word in words):
            continue  # (a word in small letters or in capitals: a head's, a kicker's)
        below = lines[i + 1].text.strip()
        if not below[:1].isupper() or not (
            _mostly_lower(below) or _mostly_lower(lines[i + 2].text)
        ):
            continue
        if starts_story(below) or _opens_sentence_alone(below):
            continue  # (a sentence or a story opens under it: "The council voted …")
        column = columns.widest(i + 1)
        if len(text) < NAME_FILL_SHARE * column or not next_word_wraps(len(text), below, column):
            continue
        if title_cased is None:
            title_cased = any(
                like[j]
                and len(lines[j].text.split()) >= TITLE_CASED_HEAD_WORDS
                and lines[j].text.lstrip()[:1].isupper()
                # (a head's words, all of them: no comma, no small word left at its end)
                and "," not in lines[j].text
                and lines[j].text.split()[-1][:1].isupper()
                and not lines[j].text.isupper()
                and is_title_cased(lines[j].text)
                for j in range(len(lines))
                if j != i
            )
        if not title_cased:
            like[i] = False


#: The most words of a name's line opening a paragraph (_name_words_fill_column), and the
#: least share of the prose column's width it fills.
NAME_FILL_WORDS: Final = 4
NAME_FILL_SHARE: Final = 0.75
#: The fewest words of a head in title case that shows a block sets its heads so.
TITLE_CASED_HEAD_WORDS: Final = 4


def _prose_runs_on_in_narrow_column(lines: list[Line], like: list[bool]) -> None:
    """In a narrow Latin column, a line of mixed-case prose that closes nothing and filled the
    column (the next line's first word would not have fitted after it) carries its sentence
    on: a mixed-case line under it that passes for a title (names in title case: "Jeff Davis
    Highway", "President Houston") is the sentence going on, and so is each such line under
    that one while it too closes nothing and fills the column ("League to attend the" / "Jeff
    Davis Highway" / "Convention at Grenada" / "March 2nd:"). A line in capitals goes on with
    the sentence only after a word no sentence ends on ("Get the glad habit of" / "BOOSTING GET
    ON THE" / "JOB!"): under prose cut by the OCR it may be a headline (see
    _unstopped_head_under_cut_prose). A title under prose stands where the prose closes, or
    where its line left room."""
    column = -1
    carrying = False
    for i in range(1, len(lines)):
        if not carrying and (like[i - 1] or not like[i]):
            continue  # (most lines: asked first, before any text is read)
        if column < 0:
            column = _narrow_prose_column(lines, like)
        if not column:
            return  # (a wide column: the rule reads narrow ones only)
        above, text = lines[i - 1].text.strip(), lines[i].text.strip()
        if not carrying and (title_style(above) != "mixed" or not _in_prose(lines, like, i - 1)):
            # (prose carries a sentence: a deck wrapped in title case under its head, "tempted
            # Assault on Officer," / "Opens Way for Official …", does not)
            continue
        if not text or closes(above) or len(above) > column:
            carrying = False
            continue
        carrying = next_word_wraps(len(above), text, column)
        if not carrying:
            continue
        style = title_style(text)
        if like[i] and (style == "mixed" or (style == "caps" and _runs_on_into(above))):
            like[i] = False
        else:
            carrying = False


#: How far up a run of lines that are no titles is read for a line of prose.
PROSE_REACH: Final = 6


def _in_prose(lines: list[Line], like: list[bool], i: int) -> bool:
    """Whether line ``i`` (no title) is part of prose: it, or a line of the run of lines that
    are no titles above it (up to PROSE_REACH), has more than half its words in small letters
    ("League to attend the" over "… Convention at Grenada" / "March 2nd:" / "A. J. Dorman,").
    A deck wrapped in title case under its head has none ("Capture of Stowaway on Sher" /
    "-man Saturday, After At" / "tempted Assault on Officer,")."""
    for j in range(i, max(-1, i - PROSE_REACH), -1):
        if like[j]:
            return False
        words = lines[j].text.split()
        if sum(word[:1].islower() for word in words) * 2 > len(words):
            return True
    return False


def _title_tail(lines: list[Line], like: list[bool], i: int) -> bool:
    """A word or two in capitals closing a title wrapped over lines ("Situation."), with a
    title, a story opening or the block's end after it."""
    words = lines[i].text.split()
    after = i + 1
    return (
        len(words) <= 2
        and all(word[:1].isupper() for word in words)
        and title_style(lines[i].text) != "cjk"
        and (after == len(lines) or like[after] or starts_story(lines[after].text))
    )


def _caps_phrases_in_prose(lines: list[Line], like: list[bool]) -> None:
    """A phrase set in capitals for emphasis that starts inside a line of prose ("He has
    recently declared that WE ARE NOT" / "THREATENED FROM ANY QUARTER, that" / "we ARE AT
    PEACE …") runs on over the lines under it: each capitals line under a line that began or
    carried the phrase and closed nothing is part of the sentence, not a headline. A headline
    starts where the line above it closes, or where that line's words are prose, not capitals."""
    carrying = False
    for i in range(1, len(lines)):
        if not like[i]:
            # (most lines: whatever the line above carries, it is let go here, and nothing is
            # asked of it that changes anything)
            carrying = False
            continue
        above = lines[i - 1].text
        if not carrying:
            # (its last word, split off from the right: the line's other words are not needed)
            words = above.rsplit(None, 1)
            last = words[-1] if words else ""
            carrying = (
                not like[i - 1]
                and len(last) >= 2
                and last.isalpha()
                and last.isupper()
                and title_style(above) == "mixed"
                and not closes(above)
            )
        elif closes(above):
            carrying = False
        if carrying and like[i] and title_style(lines[i].text) == "caps":
            like[i] = False
        else:
            carrying = False


def _bridge_short_title_lines(lines: list[Line], like: list[bool]) -> None:
    """A word or two alone between two title lines of the same style is part of the deck
    (a centred deck broken as "Officers Believe Young Man Met" / "With" / "Accident …")."""
    for i in range(1, len(lines) - 1):
        if like[i] or not (like[i - 1] and like[i + 1]):
            continue  # (most lines: asked first, before any text is read)
        text = lines[i].text
        if (
            (len(text.split()) <= 2 or _title_cased_clause(text))
            and not is_byline_line(text)
            and title_style(text) != "cjk"
            and title_style(text) == title_style(lines[i - 1].text)
            and title_style(text) == title_style(lines[i + 1].text)
            and not ends_sentence(text)
        ):
            like[i] = True


#: Words the wrapped tail of a mixed-case headline holds at most ("In The Mountains.").
HEAD_TAIL_WORDS: Final = 5


def _wrapped_head_tails(lines: list[Line], like: list[bool]) -> None:
    """The last line of a mixed-case headline wrapped over two lines may hold a single content
    word, too few to pass for a title alone ("Marion Man Winner" / "In The Mountains."): under
    a mixed-case title line stopping on a bare word, a few words, each capitalised, opening on
    a small word (a preposition, an article) and closing on a full stop are that headline's
    tail."""
    for i in range(1, len(lines)):
        text = lines[i].text.strip()
        if like[i] or not like[i - 1] or not text.endswith("."):
            continue
        above = lines[i - 1].text.rstrip()
        words = _WORD.findall(text)
        if (
            above[-1:].isalpha()
            and title_style(above) == "mixed"
            and 0 < len(words) <= HEAD_TAIL_WORDS
            and (
                (len(words) >= 2 and words[0].lower() in RUN_ON_WORDS)
                # a deck's third line ("Natural Child of Adopted Child In" / "herits From
                # Adopted" / "Parents.")
                or (i >= 2 and like[i - 2] and title_style(lines[i - 2].text) == "mixed")
            )
            and all(word[0].isupper() for word in words)
            and title_style(text) == "mixed"
            and not ends_with_abbreviation(text)
            and not is_byline_line(text)
            and not is_signature(text)
            and ". " not in text
        ):
            like[i] = True
    _unstopped_head_tails(lines, like)


#: The small words an unstopped head's tail opens on: prepositions and conjunctions (an
#: article or a pronoun opens a story's first line as often: "The", "His"; "By" a byline).
_TAIL_OPENING_WORDS: Final = frozenset(
    "at for from in into of on with after before over under and or".split()
)
#: The share of the line under it that an unstopped head's tail fills at most.
HEAD_TAIL_SHARE: Final = 0.7


def _lines_between_titles(like: list[bool]) -> Iterator[int]:
    """The lines a wrapped head's tail may be: each line not title-like, under a title-like line
    and over a line that is not. Asked lazily, line by line, so a tail a rule marks as it goes
    counts as a title for the line under it, as in a plain loop (most lines fail here, before
    any text is read)."""
    for i in range(1, len(like) - 1):
        if like[i - 1] and not like[i] and not like[i + 1]:
            yield i


def _unstopped_head_tails(lines: list[Line], like: list[bool]) -> None:
    """The last line of a title-case head wrapped over two lines with no stop after it
    ("Rumor of Murder" / "At Wildeiville", "Fire Destroys Barn" / "On Smith Farm"): a few
    capitalised words (two to HEAD_TAIL_WORDS), opening on a preposition or a conjunction
    (_TAIL_OPENING_WORDS), holding only words (no mark, stop or figure) and no byline or want
    ad's formula ("For Sale", "For Rent": an advertisement's label), under a title-case
    title line ending on a word that is no run-on word and holding no initial (a name in a
    list or a table: "J D McKee J E Jesse" / "For Assessor"), over a line that is not title-like,
    opens on a capital and is wider (the tail fills at most HEAD_TAIL_SHARE of it: the story's
    first line fills its column). Too few content words to pass for a title alone, it was read
    as the story's first words ("At Wildeiville A rumor is prevalent …").

    Gate: a modern head wrapped so is set in sentence case ("Fire destroys barn" / "on Smith
    farm"), whose tail opens in small letters and is no title-case line."""
    for i in _lines_between_titles(like):
        text = lines[i].text.strip()
        words = text.split()
        if not (
            2 <= len(words) <= HEAD_TAIL_WORDS
            and words[0].lower() in _TAIL_OPENING_WORDS
            and all(_WORD.fullmatch(word) and word[0].isupper() for word in words)
            and not is_byline_line(text)
            # (an advertisement's label: "For Sale", "For Rent")
            and not ends_on_want_formula(text)
        ):
            continue
        above = lines[i - 1].text.strip()
        below = lines[i + 1].text.strip()
        last = (above.split() or [""])[-1]
        if (
            title_style(above) == "mixed"
            and is_title_cased(above)
            # (a name's initial: a list of names or a table's row, "J D McKee J E Jesse")
            and not any(len(word) == 1 and word != "A" for word in above.split())
            and last.isalpha()
            and last.lower() not in RUN_ON_WORDS
            and below[:1].isupper()
            and len(text) <= HEAD_TAIL_SHARE * len(below)
            and not starts_story(below)
        ):
            like[i] = True


#: The words a title-case head's short tail holds at most ("Grove", "Now Has 1,080 Names").
SHORT_TAIL_WORDS: Final = 4
#: The share of the line under it that a title-case head's short tail fills at most.
SHORT_TAIL_SHARE: Final = 0.5
#: The words the title-case head line over a short tail holds at least.
SHORT_TAIL_HEAD_WORDS: Final = 3
#: How much wider than the story's first line the head line over a short tail may be (a head
#: is set in its column; a wider line is an advertisement's or a table's).
SHORT_TAIL_HEAD_WIDTH: Final = 1.5
#: A tail's word: a capitalised word (an apostrophe inside; no figure: an advertisement's
#: "7 Acts 7" under its title-case lines).
_TAIL_WORD: Final = re.compile(r"[A-Z][A-Za-z]*(?:'[a-z]+)?")
#: A short tail is asked for only below the page's first lines (as assemble's PAGE_TOP_LINES:
#: the nameplate, its ears and the first head's stack stand there, and a short line there
#: may be anything).
SHORT_TAIL_PAGE_TOP: Final = 20
#: Words a sentence of a story opens on as often as a head's tail does (an article, a pronoun,
#: a preposition, a conjunction, an adverb: "In 268 Archimedes …", "Since …", "Without …"),
#: and the days of the week a local item opens on ("Tuesday Mrs. Smith …").
_SENTENCE_OPENERS: Final = frozenset(
    (
        "a an the this that these those it it's its he she they we you i his her their our my "
        "your there then when where while since without if as but so yet not no at for from in "
        "into of on with after before over under and or by to during about upon "
        "monday tuesday wednesday thursday friday saturday sunday"
    ).split()
)


def _short_head_tails(lines: list[Line], like: list[bool]) -> None:
    """The last line of a title-case head wrapped over two lines may hold a word or a few that
    open on no preposition ("Plant Leguminous Crop for Citrus" / "Grove", "Questions to Ask
    Would Be Law" / "Makers"). Read as the story's first words, it left the headline cut
    ("Grove There may be plenty of …"). It is the head's last line when it holds up to
    SHORT_TAIL_WORDS words, each capitalised (no figure), one of three letters or more (not a
    drop capital, "I"), with no stop or mark, opening on no word a story's sentence opens on
    as often (_SENTENCE_OPENERS), below the page's first SHORT_TAIL_PAGE_TOP lines; the line
    over it is a title-case title line of at least SHORT_TAIL_HEAD_WORDS words with no stop,
    comma or colon (a name's initial, a signature, an advertisement's list), holding no
    initial, ending on a bare word that runs on into nothing and standing apart (a title or a
    closed sentence over it, or nothing); and the line under it is prose (two words in small
    letters) opening on a capital, opening no dispatch, at least twice as wide as the tail
    (SHORT_TAIL_SHARE: the story's first line fills its column, a wrapped head's last line is
    short) and not much narrower than the head line (SHORT_TAIL_HEAD_WIDTH).

    Gate: no byline, signature or want ad's formula; a modern head is set in sentence case."""
    for i in _lines_between_titles(like):
        text = lines[i].text.strip()
        words = text.split()
        if not (
            1 <= len(words) <= SHORT_TAIL_WORDS
            and all(_TAIL_WORD.fullmatch(word) for word in words)
            and any(len(word) >= 3 and word.isalpha() for word in words)
            and words[0].lower() not in _SENTENCE_OPENERS
            and lines[i].number > SHORT_TAIL_PAGE_TOP
        ):
            continue
        above = lines[i - 1].text.strip()
        below = lines[i + 1].text.strip()
        above_words = above.split()
        if (
            len(above_words) >= SHORT_TAIL_HEAD_WORDS
            # (the head line stands apart: a title or a closed sentence over it, not a
            # sentence's line running into a name, "… spent Saturday with Howard" / "Snyder")
            and (i < 2 or like[i - 2] or _closed_above(lines, i - 1))
            and not any(mark in above for mark in ".,:;")
            and title_style(above) == "mixed"
            and is_title_cased(above)
            # (a name's initial: a list of names or a table's row)
            and not any(len(word) == 1 and word != "A" for word in above_words)
            and above_words[-1].isalpha()
            and above_words[-1].lower() not in RUN_ON_WORDS
            and below[:1].isupper()
            and len(text) <= SHORT_TAIL_SHARE * len(below)
            and len(above) <= SHORT_TAIL_HEAD_WIDTH * len(below)
            and sum(word.isalpha() and word.islower() for word in below.split()) >= 2
            and not starts_story(below)
            and not is_byline_line(text)
            and not is_signature(text)
            and not ends_on_want_formula(text)
        ):
            like[i] = True


#: A deck's tail holds at most this many lines.
DECK_TAIL_LINES: Final = 3
#: The small words, in lower case, a deck's wrapped tail may open on: articles, prepositions
#: and conjunctions (no verb: "were in Camden Saturday." runs on a sentence).
_DECK_SMALL_WORDS: Final = frozenset(
    "a an and as at by for from in into of on or the to with after before over under".split()
)


def _deck_tails_on_small_words(lines: list[Line], titles: list[bool]) -> None:
    """A mixed-case deck wrapped over lines goes on in title case after a small word: under a
    mixed-case title line stopping on a bare word (or a word broken at a hyphen) in a stack
    of titles (a title over it too; ``titles`` are the lines found titles, once every other
    rule has judged them), up to
    DECK_TAIL_LINES lines whose first opens on a small word in lower case (``in``, ``of``,
    ``a`` …) or on the broken word's rest, every word of four letters or more capitalised,
    the last closing on a full stop, are the deck's last lines ("Gen. J. Smutz Replaces Gen.
    Smith-Dorrien" / "in East Africa.", "Bold Burglar Halts Pursuit" / "Long Enough to Get" /
    "a Good Lead."). A sentence under a title goes on in lower case ("in which to leave")."""
    for i in range(2, len(lines)):
        if titles[i] or not titles[i - 1] or not titles[i - 2]:
            continue  # (most lines: asked first, before any text is read)
        above = lines[i - 1].text.rstrip()
        first = lines[i].text.lstrip()[:1]
        if not first.islower() or title_style(above) != "mixed":
            continue
        broken = above.endswith("-") and above[-2:-1].isalpha()
        if not (above[-1:].isalpha() or broken):
            continue
        end = _deck_tail_end(lines, i, broken)
        if end:
            titles[i:end] = [True] * (end - i)


def _deck_tail_end(lines: list[Line], start: int, broken: bool) -> int:
    """The end (exclusive) of a deck's tail starting at ``start`` (see
    _deck_tails_on_small_words), or 0 when no tail starts there."""
    for i in range(start, min(start + DECK_TAIL_LINES, len(lines))):
        text = lines[i].text.strip()
        words = _WORD.findall(text)
        if not words or title_style(text) != "mixed" or ". " in text:
            return 0
        if i == start:
            # The first word is a small word in lower case, or the broken word's rest.
            opening, rest = words[0], words[1:]
            if not (broken or opening in _DECK_SMALL_WORDS):
                return 0
        else:
            rest = words
        if not all(word[0].isupper() for word in rest if len(word) >= 4):
            return 0
        if text.endswith("."):
            return 0 if ends_with_abbreviation(text) else i + 1
    return 0


#: A letter's complimentary close ("Cordially yours", "Yours truly", "Very respectfully",
#: "Sincerely"), in any case.
_CLOSE_WORDS: Final = (
    r"(?i:(?:Very\s+)?(?:Cordially|Truly|Respectfully|Sincerely|Faithfully|Fraternally|"
    r"Gratefully)(?:\s+yours)?|Yours\s+(?:very\s+)?(?:truly|respectfully|sincerely|"
    r"faithfully|fraternally|cordially))"
)
#: A letter's complimentary close, alone on its line ("Cordially yours", "Yours truly,").
_COMPLIMENTARY_CLOSE: Final = re.compile(_CLOSE_WORDS + r"[,.]?")
#: A paragraph closing on a letter's close and its writer's name after a sentence ("… who saw
#: fit to oppose me. Sincerely, John E. Davis."): up to four capitalised words.
_SIGNED_OFF: Final = re.compile(
    r"(?:^|[.!?]\s+)" + _CLOSE_WORDS + r",\s+(?:[A-Z][\w'’]*\.?\s+){0,3}[A-Z][\w'’]+\.?$"
)


def signs_off(text: str) -> bool:
    """Whether a paragraph closes on a letter's close and its writer's name ("… Sincerely, John
    E. Davis."): a card or a letter ends there, and what follows is another item."""
    tail = text[-80:]
    # (every close ends on "…y" or "…s" before its comma: most paragraphs are passed over
    # without the pattern)
    if "y," not in tail and "s," not in tail and "Y," not in tail and "S," not in tail:
        return False
    return _SIGNED_OFF.search(text.rstrip(), max(0, len(text) - 80)) is not None


#: A complimentary close is at most this long; the signature under it holds at most
#: SIGNATURE_LINES lines as written, over at most SIGNATURE_SPAN printed lines (a narrow
#: column wraps them).
CLOSE_MAX_CHARS: Final = 30
SIGNATURE_LINES: Final = 3
SIGNATURE_SPAN: Final = 6


def _letter_signatures(lines: list[Line], columns: _Columns) -> list[tuple[int, int]]:
    """Each letter's complimentary close and the signature under it, as ``(close, end)``: the
    close's index and the end (exclusive) of the signature lines under it ("Cordially yours" /
    "GRENADA BUSINESS LEAGUE." / "A. M. Carothers, W. B. Hoffa" / "Secretary President": the
    body and the writers, part of the letter, never titles). A signature holds up to
    SIGNATURE_LINES lines as they were written: a line that filled the column (the next line's
    first word would not have fitted after it) runs on into the next, so a narrow column's
    "GRENADA BUSINESS" / "LEAGUE." is one of them. It ends before a line in capitals under one
    that is not ("Yours truly," / "John Smith." / "NEW BRIDGE OPENED"), before prose (most
    words in lower case) and before a notice's opening ("To The Voters of" / "Chickasaw
    County:")."""
    spans: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        raw = line.text
        # (every close ends on "yours", "truly", "Sincerely" …: on an "s" or a "y", before a
        # stop or a comma; most lines are passed over without a regex or a copy)
        last = raw.rstrip().rstrip(",.")[-1:]
        if len(raw) > 2 * CLOSE_MAX_CHARS or not last or last not in "sySY":
            continue
        text = raw.strip()
        if len(text) > CLOSE_MAX_CHARS or not _COMPLIMENTARY_CLOSE.fullmatch(text):
            continue
        end = i + 1
        written = 0
        while end < min(i + 1 + SIGNATURE_SPAN, len(lines)):
            below = lines[end].text
            if end > i + 1:
                above = lines[end - 1].text
                if title_style(below) == "caps" and title_style(above) != "caps":
                    break
                if _mostly_lower(below) or _opens_notice_across(lines, end):
                    break
                if not _filled(above, below, columns.widest(end)):
                    written += 1
            else:
                written = 1
            if written > SIGNATURE_LINES:
                break
            end += 1
        spans.append((i, end))
    return spans


def _filled(above: str, below: str, column: int) -> bool:
    """Whether a Latin line filled its column: the next line's first word would not have
    fitted after it."""
    words = below.split()
    return bool(words) and display_width(above.rstrip()) + 1 + display_width(words[0]) > column


def _opens_notice_across(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens a notice, read with the line under it (a narrow column breaks
    a card's address: "To The Voters of" / "Chickasaw County:")."""
    text = lines[i].text.strip()
    if not text[:1].isupper():
        return False
    if opens_notice(text):
        return True
    return i + 1 < len(lines) and opens_notice(f"{text} {lines[i + 1].text.strip()}")


#: The fewest words of a paragraph's first line of capitalised words (_capitalised_lines_run_on).
CAPITALISED_RUN_WORDS: Final = 3
#: The small words an office's or a body's name holds between its capitalised words
#: ("Secretary for Housing", "Minister of Finance", "Bank of the Philippine Islands").
_NAME_LINKS: Final = frozenset(("of", "for", "and", "the"))


def _capitalised_lines_run_on(lines: list[Line], like: list[bool], columns: _Columns) -> None:
    """On a modern page (the caller's gate), a paragraph's first line that happens to hold only
    capitalised words, an office and a name ("Treasury Principal Secretary Ruth" / "Kiptoo said
    the delay was caused by"; branch en44), perhaps a small word linking the office's name
    (_NAME_LINKS: "Secretary for Housing Winnie Ho"), is no head: it fills its column (the next
    line's first word would not fit on it), the line under it goes on as prose (a capital, then
    words in small letters), and no word of it recurs in the lines under it. A head is retold by its
    story's lead (echo.title_score); a name and office run on into the sentence they open."""
    for i in range(1, len(lines) - 1):
        if not like[i] or like[i + 1]:
            continue  # (most lines: asked first, before any text is read)
        text = lines[i].text.strip()
        words = text.split()
        following = lines[i + 1].text.strip()
        if (
            len(words) >= CAPITALISED_RUN_WORDS
            # (a small word linking an office's name may stand between: "Secretary for Housing
            # Winnie Ho" / "Wan-yee told the …", the lead's round 45)
            and all(
                (word[:1].isupper() and word.isalpha()) or word in _NAME_LINKS for word in words
            )
            and words[0][:1].isupper()
            and words[-1][:1].isupper()
            and _closed_above(lines, i)
            and following[:1].isupper()
            and _small_words_line(following)
            and next_word_wraps(len(text), following, columns.forward(i + 1))
            and title_score(text, _lead_under(lines, i)) == 0.0
        ):
            like[i] = False


def _names_run_on(lines: list[Line], like: list[bool]) -> None:
    """A line of prose closing on a title before a name ("Mr. Carl Hendricks, and Drs.") runs
    on into the name under it ("Knox and Johnson."): that line is no title. A comma inside
    the line above tells prose from a headline wrapped after "Mr." ("Visit of Mr." / "Bryan")."""
    for i in range(1, len(lines)):
        if not like[i]:
            continue  # (most lines: asked first, before any text is read)
        above = lines[i - 1].text.rstrip()
        if ", " in above and _before_a_name(above) and title_style(above) == "mixed":
            like[i] = False


#: A line opening on a name's initial and a surname and running on in lower case
#: ("S. Whiting came in Monday from").
_INITIAL_RUNS_ON: Final = re.compile(r"[A-Z]\.\s?[A-Z][a-z]+,?\s+[a-z]")
_ENDS_ON_NAME: Final = re.compile(r"\s[A-Z][a-z]+$")


def _firm_signatures(lines: list[Line], like: list[bool]) -> None:
    """A line naming a business over its street address ("ARIZONA SEED COMPANY." / "137 North
    Central Avenue,"), or a firm's partners in capitals alone on a line ("MAYES & CAVENDER"),
    signs an advertisement: the ad's last paragraph, not a headline."""
    for i in range(len(lines)):
        if like[i] and (
            is_firm_line(lines[i].text)
            or (i + 1 < len(lines) and firm_over_address(lines[i].text, lines[i + 1].text))
        ):
            like[i] = False


def _name_broken_at_initial(lines: list[Line], like: list[bool]) -> None:
    """A mixed-case line closing on a first name over a line that opens on the name's initial
    and surname and runs on in lower case ("Dr. Frank W. Brown and Lynn" / "S. Whiting came in
    Monday from") is prose broken inside a name, not a title."""
    for i in range(len(lines) - 1):
        if (
            like[i]
            and _INITIAL_RUNS_ON.match(lines[i + 1].text.lstrip()) is not None
            and _ENDS_ON_NAME.search(lines[i].text.rstrip()) is not None
            and title_style(lines[i].text) == "mixed"
        ):
            like[i] = False


def _tails_over_openings(lines: list[Line], like: list[bool]) -> None:
    """A word or two in title case between a mixed-case title line that stops on a bare word
    and a story's opening (a byline, a wire credit, a dateline) end that deck ("Terrible
    Sacrifice Made to Aid" / "President in His Watchful" / "Waiting" / "(By Associated
    Press.)", "… Inherits From Adopted" / "Parents."): no paragraph of one or two words stands
    between a deck and its story."""
    for i in range(1, len(lines) - 1):
        if like[i] or not like[i - 1]:
            continue  # (most lines: asked first, before any text is read)
        above = lines[i - 1].text.rstrip()
        if (
            above[-1:].isalpha()
            and title_style(above) == "mixed"
            and _title_tail(lines, like, i)
            and starts_story(lines[i + 1].text)
            # (a desk's credit is the story's byline, no deck's tail: "PTI")
            and not is_byline_line(lines[i].text)
        ):
            like[i] = True


def _title_cased_clause(text: str) -> bool:
    """A few title-case words ending in a comma ("Stand on Rates,") or a hyphen ("Spite of
    All-" over "Due Tonight", a word or a compound broken at the line's end): the middle of a
    headline or deck wrapped over lines, which its comma or hyphen alone keeps from passing for
    a title."""
    stripped = text.strip()
    words = _WORD.findall(stripped)
    return (
        stripped.endswith((",", "-"))
        and 2 <= len(words) <= 5
        and all(word[0].isupper() for word in words if word.lower() not in RUN_ON_WORDS)
    )


def _title_cased_after_short(lines: list[Line], columns: _Columns, i: int) -> bool:
    """A mixed-case line with every long word capitalised ("Sure Signs of a Torpid Liver")
    under a short line that OCR left without its stop ("Tuesday February 22nd") heads what
    follows: the short line ended its paragraph (the caller checks that the line above it is
    no title, so the short line is no deck's first line)."""
    text, previous = lines[i].text.strip(), lines[i - 1]
    words = _WORD.findall(text)
    return (
        title_style(text) == "mixed"
        and len(words) >= 3
        and all(word[0].isupper() for word in words if len(word) >= 4)
        and is_short(previous, columns.forward(i - 1))
        and previous.text.rstrip()[-1:].isalnum()
    )


#: A line opening on a name's initials in brackets and a comma or a small word: "(ANLCA), Mr.
#: Emeka …", "(NLC) and the Trade Union" (_title_runs_in_wrapped_prose).
_BRACKETED_INITIALS: Final = re.compile(r"^\([A-Z]{2,8}\)(?:,|\s+[a-z])")
#: The most lines of a title-case run read back into the sentence it stands in.
WRAPPED_PROSE_RUN_LINES: Final = 3


def _title_runs_in_wrapped_prose(lines: list[Line], flags: list[bool], columns: _Columns) -> None:
    """On a modern page, a run of mixed-case title lines straight under a line of prose that
    does not close and was wrapped (the run's first word would not fit after it:
    next_word_wraps) is the middle of that sentence, an organisation's or an office's name in
    title case, when the line under the run goes on with it (no story's opening, no title, no
    capitals): "meeting of the National Executive" / "Councils of the Nigeria Labour" /
    "Congress (NLC) and the Trade Union" / "Congress (TUC) in Abuja, hours after". A modern
    head stands where something closed above it, or under another head (branch tab41). The
    prose line above holds words in small letters (_small_words_line); the run is at most
    WRAPPED_PROSE_RUN_LINES lines, none closing. Gate: modern_page (a 1916 column cut
    mid-sentence may stand over the next story's head).

    So is one such line straight under a byline, set full (not short) and wrapped itself (the
    next line's first word would not fit after it): the story's first line, opening on a
    name in title case ("By Halima Yusuf, Abuja" / "The Independent National Electoral" /
    "Commission (INEC) has fixed January"); a deck stands over the byline, not under it.

    And a run, wherever it stands, whose next line opens on the initials of the name it spells
    in brackets and a comma ("The President of the Association of" / "Nigerian Licensed
    Customs Agents" / "(ANLCA), Mr. Emeka Nwankwo, blamed …"): a name introduced so is the
    sentence's subject, and no head is followed by its own initials (_BRACKETED_INITIALS)."""
    count = len(lines)
    i = 1
    while i < count:
        if not flags[i] or flags[i - 1]:
            i += 1
            continue
        end = i
        while end + 1 < count and flags[end + 1]:
            end += 1
        above = lines[i - 1]
        run = lines[i : end + 1]
        column = columns.forward(end)
        in_prose = (
            not closes(above.text)
            and _small_words_line(above.text)
            and next_word_wraps(above.width, lines[i].text, columns.forward(i - 1))
        )
        under_byline = (
            end == i
            and is_byline_line(above.text)
            and next_word_wraps(lines[i].width, lines[i + 1].text, column)
            if end + 1 < count
            else False
        )
        spelt = end + 1 < count and _BRACKETED_INITIALS.match(lines[end + 1].text) is not None
        if (
            end - i < WRAPPED_PROSE_RUN_LINES
            and end + 1 < count
            and (spelt or ((in_prose or under_byline) and not is_short(lines[end], column)))
            and all(title_style(line.text) == "mixed" and not closes(line.text) for line in run)
            and not starts_story(lines[end + 1].text)
            and not is_byline_line(lines[end + 1].text)
            and title_style(lines[end + 1].text) == "mixed"
        ):
            flags[i : end + 1] = [False] * (end + 1 - i)
        i = end + 1


def block_opens_modern_story(block: Block) -> bool:
    """Whether a block's first line opens a modern story: a reporter's or desk's byline, a
    modern dateline (_opens_tabloid_story), or a writer's name over the city or the news
    organisation (classify.name_over_place: "Mia Tremblay" / "The Canadian Press") over a line
    of prose. Asked of the block under a block of head lines (reflow_block's ``heads_next``)."""
    lines = list(block.lines)
    return bool(lines) and (
        _opens_tabloid_story(lines, 0)
        or _name_over_place_opening(lines)
        or _name_over_prose_opening(lines)
        or _name_over_dateline_opening(lines)
    )


def _name_over_dateline_opening(lines: Sequence[Line]) -> bool:
    """A block opening on a reporter's name alone over a dateline alone (classify.
    name_over_dateline: "RAJESH SHRESTHA" / "KATHMANDU, DEC 10") over the story's first line,
    as Tesseract sets it in the text's block under the head's own block (branch en47)."""
    return len(lines) >= 3 and name_over_dateline(lines[0].text, lines[1].text)


def block_opens_sentence(block: Block) -> bool:
    """Whether a block of two lines or more opens on a sentence's first word that no sentence
    runs on into (_opens_sentence_alone: "A 58-year-old man died …", "The council …"): under a
    block of nothing but a sentence-case head stack, on a modern page, that head is its
    story's, as it is over such a line inside one block (_sentence_case_heads_over_prose).
    Tesseract sets a brief's head apart from its text by a blank line as often as a story's
    from its byline (branch bbb42)."""
    if len(block.lines) < 2:
        return False
    text = block.lines[0].text
    words = text.split()
    # (an article before a figure's compound opens a sentence too: "A 58-year-old man …")
    if len(words) >= 2 and words[0] in _SENTENCE_ARTICLES and words[1][:1].isdigit():
        return "-" in words[1] and words[1].split("-", 1)[1][:1].isalpha()
    return _opens_sentence_alone(text)


def narrow_head_over_prose(block: Block, below: Block) -> bool:
    """Whether a block of two or three lines is a head stack (head_stack_block) that a narrow
    column wrapped in its larger type, set apart by Tesseract from its story's text in the
    block ``below``: each line but the last left room for the next one's first word at the
    measure of the prose under it (next_word_wraps against its widest line), which no
    paragraph's wrapped line does, and the block below opens on a capital and holds two lines
    or more ("Police warn of" / "fake land title" / "agents" // "Police in Dar es Salaam" /
    "have warned buyers of plots"; "Exam results out next" / "week" // "Results of last
    year's Form"; branch en50). Asked on a modern page only (formats.text._heads_next)."""
    lines, under = block.lines, below.lines
    if not 2 <= len(lines) <= NARROW_STACK_LINES or len(under) < 2 or block.double_spaced:
        return False  # (most blocks; an e-paper's double-spaced lines are no Tesseract block)
    if not under[0].text.lstrip()[:1].isupper() or not head_stack_block(block):
        return False
    measure = max(line.width for line in under)
    return all(
        not next_word_wraps(lines[k].width, lines[k + 1].text, measure)
        for k in range(len(lines) - 1)
    )


#: The most lines of a head stack narrow_head_over_prose reads.
NARROW_STACK_LINES: Final = 3


def caption_block(block: Block) -> bool:
    """Whether a block is a photo's caption closed by its credit (is_credit: "Photo: …",
    "… / Staff"; or a photographer's name and paper in capitals, _capitals_credit_closing):
    OCR may read it between a head and its story's opening block (formats.text passes the head
    over it)."""
    lines = list(block.lines)
    return len(lines) >= 2 and (is_credit(lines[-1].text) or _capitals_credit_closing(lines))


def _name_over_place_opening(lines: Sequence[Line]) -> bool:
    """A block opening on a writer's name over the city or news organisation
    (classify.name_over_place) over a line of prose (_small_words_line)."""
    return (
        len(lines) >= 3
        and name_over_place(lines[0].text, lines[1].text)
        and _small_words_line(lines[2].text)
    )


def _name_over_prose_opening(lines: Sequence[Line]) -> bool:
    """A block opening on a writer's name alone (classify.is_title_case_name: "Layla Haddad") over
    the story's prose, a line opening on a capital with small words (_small_words_line), and
    more under it: a columnist's byline as Tesseract sets it, in the text's block under the
    head's own block. Asked only of the block under a head's block (block_opens_modern_story's
    callers: modern_page and formats.text._heads_next ask it under a head stack only)."""
    return (
        len(lines) >= 3
        and is_title_case_name(lines[0].text)
        and lines[1].text.lstrip()[:1].isupper()
        and _small_words_line(lines[1].text)
        # (a paragraph's first line that fills the column is no name set apart: the next
        # line's first word would not fit after it, "Infrastructure Minister Clayton" /
        # "Mifsud told a news conference at"; branch bb48)
        and not next_word_wraps(lines[0].width, lines[1].text, max(line.width for line in lines))
    )


def _head_stack_block(body: list[Line]) -> bool:
    """A block that is nothing but a modern head stack, as Tesseract sets a head apart by a
    blank line from its story's byline or dateline (branch tab41: "Waterloo approves 2.9%" /
    "property tax increase" over a block opening "By Liam O'Connor"): at most
    TABLOID_STACK_LINES lines, the first a sentence-case line (_sentence_case_line) or, over
    more, one wrapped on a small word (_wrapped_head_line: branch bbb42), each other
    a line such a stack may hold (_stack_middle_line), none closing, the last not running on
    (a small word or a semicolon at its end)."""
    first = body[0].text.strip()
    if len(body) >= 2 and _label_line(first):
        # (a kicker in capitals over the head, in the same block: "BUSINESS" / "Port upgrade
        # to double Lae's" / "capacity", the lead's round 45)
        return _head_stack_block(body[1:])
    if len(body) >= 2 and dash_deck_line(body[-1].text):
        # (a deck opened by a dash under the head, as a Guyanese daily sets it: "Linden
        # highway to be" / "widened to four lanes" / "– works to start in May, …"; branch en50)
        return _head_stack_block(body[:-1])
    if len(body) > TABLOID_STACK_LINES or not (
        _sentence_case_line(first)
        # (a head wrapped on a small word: "Region's LRT extension to" / "Cambridge clears …")
        or (len(body) > 1 and _wrapped_head_line(first))
    ):
        return False
    last = body[-1].text.strip()
    if len(body) > 1 and (
        _wrapped_head_line(last)
        or (_head_tail_line(last) and last.split()[-1].lower() in _SMALL_END_WORDS)
    ):
        return False
    # (a stray figure closes a line, but an amount alone may end a head wrapped on a small word:
    # "Grade 12 pass rate climbs to" / "61%", _figure_tail)
    return all(
        not closes(line.text) or (k == len(body) - 1 and _figure_tail(body, k))
        for k, line in enumerate(body)
    ) and all(_stack_middle_line(body, k) for k in range(1, len(body)))


def dash_deck_line(text: str) -> bool:
    """A deck opened by a dash and a word in small letters, as a Caribbean daily sets it under
    its head ("– works to start in May, Public Works Minister says", "— says agency"; branch
    en50): at most SENTENCE_CASE_WORDS words after the dash, closing no sentence."""
    stripped = text.strip()
    if stripped[:2] not in ("– ", "— "):
        return False  # (most lines)
    words = stripped[2:].split()
    return (
        bool(words)
        and words[0][:1].islower()
        and len(words) <= SENTENCE_CASE_WORDS
        and not closes(stripped)
    )


def head_stack_block(block: Block) -> bool:
    """Whether a block is nothing but a modern head stack (_head_stack_block), at most
    TABLOID_STACK_LINES lines (modern_page, and formats.text._heads_next)."""
    lines = block.lines
    return 0 < len(lines) <= TABLOID_STACK_LINES and _head_stack_block(list(lines))


#: The most words of a head's tail Tesseract set as a block of its own (head_tail_block).
HEAD_TAIL_BLOCK_WORDS: Final = 3


def head_tail_block(head: Block, tail: Block, below: Block) -> bool:
    """Whether block ``tail`` is the last line of the head in block ``head``, set apart by a
    blank line as Tesseract splits a head in display type ("Ferry service cut" / "back for the"
    // "winter" // "By Jonathan Trott"; "Cruise calls to rise by a fifth" // "next year" //
    deck; the lead's round 48): one line of at most HEAD_TAIL_BLOCK_WORDS words closing no
    sentence, opening on a small letter or under a line wrapped on a small word
    (_wrapped_head_line), the two blocks together a head stack (_head_stack_block) over a block
    that opens a story, a deck or a sentence. Asked of a modern page's blocks
    (formats.text._join_head_tails)."""
    if not 0 < len(tail.lines) <= 2 or not 0 < len(head.lines) < TABLOID_STACK_LINES:
        return False
    text = tail.lines[0].text.strip()
    if not 0 < len(text.split()) <= HEAD_TAIL_BLOCK_WORDS or closes(text):
        return False  # (most blocks: longer, or more lines)
    if len(tail.lines) == 2:
        # (the tail read into one block with the byline under it, the story's first paragraph
        # in the block below: "Council bans" / "street vending" // "in city centre" / "By
        # NATASHA MWEEMBA" // "LUSAKA City Council has …"; branch en49)
        return (
            text[:1].islower()
            and is_byline_line(tail.lines[1].text)
            and _head_stack_block([*head.lines, tail.lines[0]])
            # (the paragraph's first word may be in capitals, as southern African dailies open
            # a story: "LUSAKA City Council has"; the byline is the story's evidence)
            and len(below.lines) >= 2
            and below.lines[0].text.lstrip()[:1].isupper()
        )
    return (
        (text[:1].islower() or _wrapped_head_line(head.lines[-1].text.strip()))
        and _head_stack_block([*head.lines, *tail.lines])
        and (block_opens_modern_story(below) or deck_block(below) or block_opens_sentence(below))
    )


def stack_block(block: Block) -> bool:
    """Whether a block is a piece of a modern head stack Tesseract set apart: a kicker alone in
    capitals (kicker_block), a head stack (head_stack_block) or a deck (deck_block)."""
    return kicker_block(block) or head_stack_block(block) or deck_block(block)


def kicker_block(block: Block) -> bool:
    """Whether a block is a stack's kicker or label alone, in capitals (_label_line)."""
    lines = block.lines
    return len(lines) == 1 and _label_line(lines[0].text.strip())


#: The most blocks and words of a photo's caption read between a head stack and its story's
#: byline (uncredited_caption_blocks).
CAPTION_RUN_BLOCKS: Final = 2
CAPTION_RUN_WORDS: Final = 60


def uncredited_caption_blocks(run: Sequence[Block]) -> bool:
    """Whether the blocks ``run``, read between a modern head stack's last block and the block
    opening its story on a byline, are a photo's caption with no credit
    under it ("Nurses recruited from the Philippines and Canada are shown around the surgical
    ward at King Edward VII" // "Memorial Hospital yesterday.", the lead's round 48): at most
    CAPTION_RUN_BLOCKS blocks of CAPTION_RUN_WORDS words in all, the first opening on a capital,
    the last closing a sentence, none a piece of a head stack. A story's text never stands
    between its head and its byline; a photo set there does, its caption under it."""
    return caption_shaped_run(run) and not any(stack_block(block) for block in run)


def caption_shaped_run(run: Sequence[Block]) -> bool:
    """Whether the blocks ``run`` have a photo caption's shape: at most CAPTION_RUN_BLOCKS
    blocks of CAPTION_RUN_WORDS words in all, the first opening on a capital, the last closing
    a sentence, no byline among them. uncredited_caption_blocks asks it, and no piece of a head
    stack; formats.text._credits_to_captions asks it of a run set wider than its column, whose
    first line alone may read as a head ("Drivers pass through the new automatic lanes at the
    frontier on Thursday" // "morning.")."""
    if not 0 < len(run) <= CAPTION_RUN_BLOCKS:
        return False
    lines = [line for block in run for line in block.lines]
    words = sum(len(line.text.split()) for line in lines)
    return (
        words <= CAPTION_RUN_WORDS
        and lines[0].text.lstrip()[:1].isupper()
        and ends_sentence(lines[-1].text.strip())
        and not any(is_byline_line(line.text) for line in lines)
    )


def page_leads(blocks: Sequence[Block]) -> EchoIndex:
    """Each block's lead as echoed_on_page reads it, indexed (echo.EchoIndex, with short words'
    inflected forms: bases): the first sentence (_first_sentence) of a block of
    PROSE_BLOCK_LINES lines or more; nothing of a shorter block. Read once a page, for all the
    head blocks asked: each asks only the leads that hold its rarer words, so a page of a
    thousand head blocks costs no more than a thousand heads (scoring each block against every
    lead took 100 s on 280 KB)."""
    return EchoIndex(
        [
            _first_sentence(block.lines) if len(block.lines) >= PROSE_BLOCK_LINES else ""
            for block in blocks
        ],
        bases=True,
    )


def echoed_on_page(blocks: Sequence[Block], index: int, leads: EchoIndex) -> bool:
    """Whether a story's lead somewhere on the page (``leads``: page_leads) retells the words of
    block ``index`` (a head stack's block, the caller's gate): a lead scores ECHO_LEAD_SCORE or
    more against the block's text (echo.title_score, with bases). Asked on a modern page only,
    of the head-stack blocks no story's opening stands under (formats.text._heads_next)."""
    text = " ".join(line.text.strip() for line in blocks[index].lines)
    return any(other != index for other, _ in leads.matches(text, ECHO_LEAD_SCORE))


#: The fewest lines of a block whose lead may retell a head read elsewhere (echoed_on_page),
#: and the most lines of that lead read.
PROSE_BLOCK_LINES: Final = 3
LEAD_SENTENCE_LINES: Final = 6


#: The fewest characters of a block's lead read (a narrow column's first sentence runs over
#: more lines than LEAD_SENTENCE_LINES), and the most lines then.
LEAD_SENTENCE_CHARS: Final = 200
LEAD_SENTENCE_MAX_LINES: Final = 10


def _first_sentence(lines: Sequence[Line]) -> str:
    """A block's lines joined up to the first that ends a sentence, at most LEAD_SENTENCE_LINES,
    or more while fewer than LEAD_SENTENCE_CHARS characters are read (a narrow column's: a PDF
    text layer's five columns set a sentence over ten lines; the lead's round 50), at most
    LEAD_SENTENCE_MAX_LINES."""
    taken: list[str] = []
    read = 0
    for count, line in enumerate(lines[:LEAD_SENTENCE_MAX_LINES]):
        if count >= LEAD_SENTENCE_LINES and read >= LEAD_SENTENCE_CHARS:
            break
        taken.append(line.text.strip())
        read += len(taken[-1]) + 1
        if ends_sentence(taken[-1]):
            break
    return " ".join(taken)


def _label_line(text: str) -> bool:
    """A section's label or kicker alone on its line in capitals, one to LABEL_WORDS words of
    letters ("BUSINESS", "LEAD STORY")."""
    words = text.split()
    return (
        1 <= len(words) <= LABEL_WORDS and text.isupper() and all(word.isalpha() for word in words)
    )


def _ad_address_line(text: str) -> bool:
    """A shop's address as a small ad sets it under its telephone: a short line holding a comma
    and no stop ("Deira City Centre, Dubai", "Oginga Odinga Street, Kisumu")."""
    stripped = text.strip()
    return len(stripped) <= AD_DISPLAY_CHARS and ", " in stripped and not closes(stripped)


#: The longest display line of a small ad that reflow sets apart (small_ad_phone_line,
#: _ad_address_line).
AD_DISPLAY_CHARS: Final = 40


def deck_block(block: Block) -> bool:
    """Whether a block is nothing but a deck, as Tesseract sets a deck apart by a blank line
    from the head above it and the story's opening below (the font changes at each): one to
    three lines, the first a sentence-case line (_sentence_case_line), each other opening on a
    small letter (the deck wrapped anywhere: "Third line will link Jebel Ali" / "with the new
    airport in the south") or itself a sentence-case line, no line closing a sentence, at most
    SENTENCE_CASE_WORDS words a line. Alone, two such lines are as like a paragraph's; the
    caller asks it only of a block between a head stack's block and a block opening a modern
    story (formats.text._heads_next), where nothing but a deck stands. The first line may be
    wrapped on a small word ("Cooking gas unchanged as" / "corporation clears its debt to" /
    "supplier", the lead's round 46: opens_sentence_case_head)."""
    lines = [line.text.strip() for line in block.lines]
    return (
        0 < len(lines) <= DECK_BLOCK_LINES
        and opens_sentence_case_head(lines[0])
        and all(not closes(text) for text in lines)
        and all(
            (text[:1].islower() or _sentence_case_line(text))
            and len(text.split()) <= SENTENCE_CASE_WORDS
            and text[-1:] not in _SENTENCE_CASE_LAST
            for text in lines[1:]
        )
    )


#: The most lines of a deck Tesseract sets as a block of its own (deck_block).
DECK_BLOCK_LINES: Final = 3


def byline_block_over_prose(block: Block, below: Block) -> bool:
    """Whether a block is nothing but a reporter's byline, as Tesseract sets it apart by a blank
    line from the head or deck above and from the story's first paragraph below when it
    detects each paragraph (a blank line after every one): "KURT FARRUGIA", "STAFF REPORTER",
    "By Kurt Farrugia", or a name over the office ("EDWINA BRINCAT" / "Court reporter",
    classify.name_over_office) or over the city (name_over_place); and the block under it
    opens on a line of prose (_prose_opening). A name alone in capitals is also a label's or an
    ad's line ("SUNDAY PHARMACIES", "SUMMER SALE"): the caller asks it only on a modern page,
    of a block straight under a block of nothing but head or deck lines (formats.text's
    opens), and assemble reads the lines as the byline only there (branch bb48)."""
    lines = block.lines
    if not 0 < len(lines) <= 2 or not below.lines or not _prose_opening(below.lines[0].text):
        return False  # (most blocks: a paragraph's)
    first = lines[0].text.strip()
    if len(lines) == 2:
        second = lines[1].text.strip()
        return (
            name_over_office(first, second)
            or name_over_place(first, second)
            or office_under_by_line(first, second)
        )
    if is_byline_alone(first):
        # (an ad's display line or a notice's head reads as a name in capitals)
        return not opens_as_notice(None, first) and not names_firm(first)
    return (first.startswith(("By ", "BY ")) and is_personal_byline(first)) or (
        first.startswith("BY ") and is_capitals_byline(first)
    )


def next_word_wraps(width: int, below: str, column: int) -> bool:
    """Whether a Latin line ``width`` wide ended only because the first word of ``below``, the
    line under it, would not fit after it (a space and the word) in a column ``column`` wide:
    the line was wrapped there, not cut short by its paragraph's end. False when ``below``
    holds no word. Each caller measures the line as it measures its column (``Line.width``,
    or the stripped text's length); the rules that ask whether the line left room for the
    word ask ``not next_word_wraps(…)``."""
    words = below.split(maxsplit=1)
    return bool(words) and width + 1 + len(words[0]) > column


#: A mark or two OCR left after a line's last word ("this office. '", "… in hospital. |").
_TRAILING_DIRT: Final = re.compile(r"\s+[^\w\s]{1,2}$")
#: A lone figure OCR left after a sentence's stop ("… of th\" village. 4"): a speck read as a
#: digit, never a sentence's word (a number closing a sentence precedes its stop).
_TRAILING_FIGURE: Final = re.compile(r"(?<=[.!?\"'”’])\s+\d$")


def may_end_on_speck(text: str) -> bool:
    """False only when neither _TRAILING_FIGURE nor _TRAILING_DIRT can match ``text``: it ends
    on no digit (str.isdigit holds every character the digit class matches) and its last three
    characters hold no white space, which each pattern needs before its end (a line ending on
    a word, or on a stop or comma against one: most lines). Two substitutions spared."""
    tail = text[-3:]
    return text[-1:].isdigit() or tail.split() != [tail]


#: A one-word head of a local column closing on its stop ("Married.", "Personals.").
_LONE_HEAD: Final = re.compile(r"^[A-Z][a-z]{4,14}\.$")
#: The longest text _LONE_HEAD matches.
_LONE_HEAD_MAX: Final = 16


def _is_lone_head(text: str) -> bool:
    """Whether the stripped line is a one-word head (_LONE_HEAD), the pattern tried only on
    what can match it: a text of at most 16 characters ending on its stop."""
    stripped = text.strip()
    return (
        stripped[-1:] == "."
        and len(stripped) <= _LONE_HEAD_MAX
        and _LONE_HEAD.match(stripped) is not None
    )


#: The most words of a sentence-case head or deck line.
SENTENCE_CASE_WORDS: Final = 12
#: ... and at most this many characters.
SENTENCE_CASE_CHARS: Final = 72


#: The marks a fact box's item opens with ("• £150 winter discount axed from April").
_BULLETS: Final = frozenset("•●▪◦‣")


def opens_bullet_item(text: str) -> bool:
    """A line opening a list's item on a bullet, a space and a capital, a figure or a price, as
    a fact box sets its facts: each item is a paragraph of its own (when another stands above
    it: _bullet_above)."""
    stripped = text.lstrip()
    return (
        stripped[:1] in _BULLETS
        and stripped[1:2] == " "
        # an item opens as a phrase does: a capital, a figure or a price ("• £150 …"); a
        # column rule OCR read as a bullet stands before a line's small letters or marks
        and (stripped[2:3].isupper() or stripped[2:3].isdigit() or stripped[2:3] in "$£€")
    )


#: A Republican-era paper's mark of a further report of the same news, in round brackets at
#: a paragraph's head: （又訊） (another report), （又電）, （又一電） (another telegram).
_FOLLOW_UP_REPORT: Final = re.compile(r"^[（(]又一?[讯訊电電][）)]")
#: The mark each item of a Republican-era column of short news opens with (under its label
#: ◇小消息◇): △.
_ITEM_MARK: Final = "△"


#: A market column's crosshead: ▲ and the trade's name alone on its line ("▲米市", "▲棉紗").
_MARKET_CROSSHEAD: Final = re.compile(r"^▲[\u4e00-\u9fff]{2,6}$")


def is_marked_crosshead(text: str) -> bool:
    """Whether a line is a crosshead of a column of trades or news set with ▲ before a short
    name and nothing after it ("▲米市" / "本埠米市、近日…"): a paragraph of its own in the
    story, no title of a story of its own; the line under it opens the next paragraph (branch
    hz46). A ▲ before a sentence ("▲旅美華僑、鑒於…") is no crosshead."""
    stripped = text.strip()
    return stripped[:1] == "▲" and _MARKET_CROSSHEAD.match(stripped) is not None


def opens_follow_up(text: str) -> bool:
    """Whether a Chinese line opens a further report or item of the Republican-era press, a
    paragraph of its own wherever the line above ended: （又訊） / （又電） heads another report
    of the same news inside a story, △ heads each item of a column of short news
    ("△旅美華僑、鑒"). Neither mark opens a line of running text (branch hz45)."""
    stripped = text.lstrip()
    head = stripped[:1]
    if head == _ITEM_MARK:
        return "\u4e00" <= stripped[1:2] <= "\u9fff"
    return head in "（(" and stripped[1:2] == "又" and _FOLLOW_UP_REPORT.match(stripped) is not None


#: The marks a modern Chinese paper opens each item of a box of short news with, close before
#: its first character ("▲12月8日，长江航务管理局…"; branch zh46).
CJK_ITEM_MARKS: Final = frozenset("▲■●◆")


#: The widest head (half-width units, 24 Chinese characters) _bulleted_cjk_head reads.
BULLETED_HEAD_MAX_WIDTH: Final = 48


def _bulleted_cjk_head(lines: Sequence[Line], i: int) -> bool:
    """Whether Chinese title line ``i`` is a box's head opened by its list mark close before its
    first character ("◆武威开展冬季消防安全检查", "▲台股ETF受益人數破千萬"; branch zh47), over
    a line of its item's text that bears no mark: a head however wide, as a briefs box sets its
    heads in bold over a column narrower than they are. The line above closes (a sentence's end,
    the box's label, another item's end: _find_titles' own test); a run of marked lines (a list)
    is none, and an item opening on its mark goes on as a sentence (opens_cjk_item)."""
    text = lines[i].text.strip()
    # (the head may open on a figure: "▲11月外銷訂單估年增一成")
    if text[:1] not in CJK_ITEM_MARKS or not (
        "\u4e00" <= text[1:2] <= "\u9fff" or (text[1:2].isdigit() and cjk_ratio(text) >= 0.5)
    ):
        return False
    if i + 1 >= len(lines) or display_width(text) > BULLETED_HEAD_MAX_WIDTH:
        return False
    below = lines[i + 1].text.strip()
    return bool(below) and below[:1] not in CJK_ITEM_MARKS and not opens_cjk_item(text)


def _triangle_head(lines: Sequence[Line], i: int) -> bool:
    """Whether a Chinese line opened by ▲ is a modern box's head ("▲台股ETF受益人數破千萬" over
    "證交所統計，國內ETF受益人數…"; branch zh47): the rest of it could be a title, it is a
    _bulleted_cjk_head, and the item's text under it is punctuated with modern stops (a comma or
    a full stop within its first two lines). The Republican-era press sets ▲ before its
    crossheads and items in 、-stopped text (is_marked_crosshead, opens_follow_up), which
    is_title_like keeps from the titles."""
    text = lines[i].text.strip()
    if not is_title_like(text[1:]) or not _bulleted_cjk_head(lines, i):
        return False
    below = "".join(line.text for line in lines[i + 1 : i + 3])
    if _MODERN_STOPS.isdisjoint(below):
        return False
    # (a picture's caption opened by ▲ and closed, within its next lines, by the photographer's
    # credit in brackets, "▲市民昨日在沙田…中" / "心查詢…詳情。（黃志" / "明攝）", as a Hong Kong
    # sheet marks its captions: the caption's first line, no head; branch zh48)
    for end in range(i + 1, min(len(lines), i + CAPTION_MARK_LINES + 1)):
        joined = text + "".join(line.text.strip() for line in lines[i + 1 : end + 1])
        if split_closing_credit(joined) is not None:
            return False
    return True


#: How many lines under a ▲ line a caption's closing credit is looked for in (_triangle_head).
CAPTION_MARK_LINES: Final = 4


def opens_cjk_item(text: str) -> bool:
    """Whether a Chinese line opens an item on a box's list mark set close before its first
    character and the item goes on as a sentence (a comma or a stop within its first 20
    characters): "▲12月8日，长江航务管理局召开…", "●日前，…". A head opened so ("●江州南站新增
    6对动车组") holds no such mark; a byline opened so ("■ 本报记者 刘 畅") has a space after
    the mark (branch zh46)."""
    stripped = text.lstrip()
    if stripped[:1] not in CJK_ITEM_MARKS:
        return False
    second = stripped[1:2]
    return (
        bool(second)
        and (second.isdigit() or "\u4e00" <= second <= "\u9fff")
        and not _MODERN_STOPS.isdisjoint(stripped[2:20])
    )


def _bullet_above(lines: Sequence[Line], i: int) -> bool:
    """Another item of a bulleted list opens within the two lines above line ``i`` (a fact
    box's list; the list's first item stands under the box's head, a break of its own). A
    bullet OCR read from a speck in a 1916 column stands alone."""
    return any(opens_bullet_item(lines[j].text) for j in range(max(0, i - 2), i))


def _sentence_case_head(lines: list[Line], i: int) -> bool:
    """A modern daily's head or deck in sentence case ("County budget gap widens to $4.2
    million", "Commissioners weigh hiring freeze, fee increases"): a mixed-case line opening on a
    capital, with no stop, comma or dash at its end and at most one comma inside, under a line
    that closes (or the block's start, or a contents box's last entry), in a stack of at most
    two such lines (a head and its deck) straight over a reporter's byline ("By DANA WHITFIELD /
    Staff Writer") or a modern dateline ("NEW YORK (Reuters) - …"). An older page's
    month-named dateline or wire credit under such a line more often follows a paragraph's
    unstopped end. Title case and capitals are is_title_like's.

    A tabloid sets its head in a narrow column, wrapped over up to three lines, and a line
    opening on a small letter (or a figure's sign) is such a head's tail ("Storm Fionn to
    batter" / "west coast"); its stack may stand straight under a head in capitals ("BIG
    FREEZE" / "TO BITE" / "Snow warning as temperatures plunge to -10C"), and over a wire's
    name set alone over a modern dateline ("Associated Press" / "WASHINGTON — …"): see
    _tabloid_stack."""
    if i + 1 >= len(lines):
        return False
    text = lines[i].text.strip()
    if not _sentence_case_line(text):
        return (
            _head_tail_line(text)
            or _stack_first_line(lines, i)
            or _wrapped_head_line(text)
            or _deck_tail_line(lines, i)
            or _figure_led_deck(text)
            # (a head's tail wrapped on a small word, a proper name or an amount alone:
            # "Savai'i wharf upgrade to start in" / "March" over "By Pita Ioane", the lead's
            # round 47; as its own block's, _stack_middle_line)
            or _proper_name_tail(lines, i)
            or _figure_tail(lines, i)
        ) and _tabloid_stack(lines, i)
    if _opens_modern_story(lines[i + 1].text):
        top = i  # a head (or a deck) straight over the opening
        if i > 0 and not _closed_above(lines, i) and not lines[i - 1].listed:
            top = i - 1  # the deck of a head above, which must stand where a story may start
            if not _sentence_case_line(lines[top].text.strip()):
                return _tabloid_stack(lines, i)
    elif (
        i + 2 < len(lines)
        and _opens_modern_story(lines[i + 2].text)
        and _sentence_case_line(lines[i + 1].text.strip())
    ):
        top = i  # a head over its deck
    else:
        return _tabloid_stack(lines, i)
    return (
        top == 0 or _closed_above(lines, top) or lines[top - 1].listed or _tabloid_stack(lines, i)
    )


#: The most words of a tabloid's kicker in capitals ("TV SHOCK", "COURTS").
TABLOID_KICKER_WORDS: Final = 4


def _kicker_over_tabloid_stack(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a tabloid's kicker in capitals ("TV SHOCK", "COURTS") straight over a
    sentence-case head stack (_tabloid_stack): it stands apart whatever the line above it ends
    on (a fact box's last bullet, "• 6.3m homes already in fuel" / "debt")."""
    text = lines[i].text.strip()
    return (
        i + 1 < len(lines)
        and len(text.split()) <= TABLOID_KICKER_WORDS
        and title_style(text) == "caps"
        and _sentence_case_line(lines[i + 1].text.strip())
        and _tabloid_stack(lines, i + 1)
    )


def _label_over_stack(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a label in capitals ("HOUSING", TABLOID_KICKER_WORDS words at most) over a
    sentence-case head stack whose first line may end on a small word (_tabloid_stack: "More
    flexible HDB loans for" / "first-time buyers from January" / … / "Tay Hong Yi" / "Housing
    Correspondent"), asked only under a skybox puff's last line (branch en45)."""
    text = lines[i].text.strip()
    return (
        len(text.split()) <= TABLOID_KICKER_WORDS
        and _PUFF_LABEL.match(text) is not None
        and is_title_like(text)
        and _tabloid_stack(lines, i + 1)
    )


#: The most lines of a tabloid's head stack over its byline or dateline: a head wrapped over
#: three lines and a deck wrapped over three (_tabloid_stack; an East African daily's lead,
#: the lead's round 43: a deck is as long as a short paragraph).
TABLOID_STACK_LINES: Final = 6
#: The most words of a sentence-case head's wrapped tail ("west coast", "child in back seat").
SENTENCE_HEAD_TAIL_WORDS: Final = 6


def _small_content_word(text: str) -> bool:
    """A line holds a word in small letters of four letters or more that is no joining word
    (_SMALL_END_WORDS): a sentence-case line's, not a title-case head's ("Labasa market to open
    on", not "Story of Escape From")."""
    return any(
        len(word) > 3 and word.isalpha() and word.islower() and word not in _SMALL_END_WORDS
        for word in text.split()
    )


def _head_tail_line(text: str) -> bool:
    """A line a sentence-case head's wrapped tail may be: a few words opening on a small letter
    or a currency's sign ("after bust-up", "got $2M no-bid"), no mark of a sentence's or a
    clause's end at its end."""
    return (
        (text[:1].islower() or text[:1] in "$£€" or _figure_then_word(text))
        and len(text) <= 40
        and text[-1:] not in _SENTENCE_CASE_LAST
        and 1 <= len(text.split()) <= SENTENCE_HEAD_TAIL_WORDS
        and text[1:].isascii()
    )


#: The most characters of a tabloid head's first line over its wrapped tail ("Council OKs",
#: "Hospital"): _stack_first_line.
STACK_FIRST_LINE_CHARS: Final = 20


def _stack_first_line(lines: list[Line], i: int) -> bool:
    """A tabloid head's first line, wrapped short in its narrow column over the head's tail
    (_head_tail_line): one to three words opening on a capital, no small letters needed ("Council
    OKs" / "$48M water" / "plant upgrade", "Hospital" / "wait times"), at most
    STACK_FIRST_LINE_CHARS characters, no mark of an end, not in capitals (a capitals head's
    line is is_title_like's). Only a head stack over a modern story's opening takes it
    (_tabloid_stack): the gate to modern pages."""
    text = lines[i].text.strip()
    return (
        i + 1 < len(lines)
        # (or a price opening it, its figure straight after the mark: "$48M water", "$1.2b
        # plan to" / "shield coast"; branch en47)
        and (text[:1].isupper() or (text[:1] in "$£€" and text[1:2].isdigit()))
        and len(text) <= STACK_FIRST_LINE_CHARS
        and text[-1:] not in _SENTENCE_CASE_LAST
        and text.isascii()
        and 1 <= len(text.split()) <= 3
        and title_style(text) != "caps"
        and _head_tail_line(lines[i + 1].text.strip())
    )


#: A figure opening a head's wrapped tail, its thousands set off by commas ("1,200"), perhaps
#: with a unit or a share run into it ("10p", "5m", "20%": the lead's round 46).
_TAIL_FIGURE: Final = re.compile(r"\d(?:[\d,]*\d)?(?:p|m|bn|km|%)?")


def _figure_then_word(text: str) -> bool:
    """A head's wrapped tail opening on a figure and a word in small letters ("11 years",
    "40 jobs", "1,200 jobs", "10p in the new year"), as a tabloid breaks a head in its narrow
    column."""
    words = text.split()
    return (
        len(words) >= 2
        and words[0][:1].isdigit()
        and words[1].isalpha()
        and words[1].islower()
        and _TAIL_FIGURE.fullmatch(words[0]) is not None
    )


#: The marks a modern head or deck line may hold beside ASCII: a price's currency (the pound,
#: the euro; the cedi's ¢ or ₵ in "GH¢2.1bn", the naira, rupee and peso signs, as West African
#: and Asian dailies set a sum in a head; branch en45).
_CURRENCY_MARKS: Final = str.maketrans("", "", "£€¢₵₦₹₱")


def _wrapped_head_line(text: str) -> bool:
    """A line of a modern head or deck (branch tabloid34) that runs on to the stack's next
    line: a sentence-case line wrapped on a small word ("Red Line fares to" / "rise 25 cents",
    "Backbenchers warn of a backlash as £4bn of" / "upgrades is shelved …") or a deck's clause
    closed by a semicolon ("Stopgap funds government into February;" / "House vote set for
    Friday"); a price's £ or € is no mark against it. Never a stack's last line; only a head
    stack straight over a modern story's opening takes it (_tabloid_stack): the gate to modern
    pages.

    Two more ways a head wraps (branch tab41): at a compound's hyphen after a name, the rest
    of the compound opening the next line ("Gunmen abduct 11" / "travellers on Kaduna-" /
    "Abuja highway"), and after a topic's label closed by a colon, the head proper on the
    next line ("Apapa port congestion:" / "Importers count losses as" / …), as West African,
    Indian and British dailies set a running story's head."""
    if text.endswith(":"):
        return _sentence_case_line(text[:-1])
    if text.endswith("-") and text[-2:-1].isalpha():
        body = text[:-1]
        last = body.split()[-1] if body.split() else ""
        return last[:1].isupper() and (_sentence_case_line(body) or _head_tail_line(body))
    if text.endswith(";"):
        body = text[:-1]
    else:
        words = text.split()
        # (the small words it was wrapped after, one or more: "Ferry fares to rise by a" /
        # "fifth from February", the lead's round 47)
        kept = len(words)
        while kept and words[kept - 1].lower() in _SMALL_END_WORDS:
            kept -= 1
        if len(words) < 3 or kept == len(words) or kept < 2:
            return False
        body = " ".join(words[:kept])
    return _sentence_case_line(body)


def _deck_tail_line(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` goes on a head's or deck's line wrapped above it (_wrapped_head_line):
    opening on a small letter, no mark of an end, at most a sentence-case line's length and
    words ("upgrades is shelved until after the election")."""
    text = lines[k].text.strip()
    return (
        k > 0
        and text[:1].islower()
        and len(text) <= SENTENCE_CASE_CHARS
        and text[-1:] not in _SENTENCE_CASE_LAST
        and len(text.split()) <= SENTENCE_CASE_WORDS
        and text.translate(_CURRENCY_MARKS).isascii()
        and (
            _wrapped_head_line(above := lines[k - 1].text.strip())
            # (or a deck's sentence-case first line the column wrapped anywhere, when the deck
            # goes on under this line too: "Council says Treasury owes counties Sh92" /
            # "billion and warns nurses and doctors could" / "go unpaid before Christmas")
            or (
                _sentence_case_line(above)
                and k + 1 < len(lines)
                and lines[k + 1].text.lstrip()[:1].islower()
            )
        )
    )


def _stack_middle_line(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` may stand inside a tabloid's head stack (_tabloid_stack): a sentence-case
    line, a head's wrapped tail, a line wrapped on a small word or a semicolon, or the rest of
    such a line."""
    text = lines[k].text.strip()
    return (
        _sentence_case_line(text)
        or _head_tail_line(text)
        or _wrapped_head_line(text)
        or _deck_tail_line(lines, k)
        or _deck_broken_at_hyphen(lines, k)
        or _figure_led_deck(text)
        or _proper_name_tail(lines, k)
        or _figure_tail(lines, k)
        or _name_inside_stack(lines, k)
    )


def _name_inside_stack(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` is a proper name alone inside a head wrapped in a narrow column, the head's
    tail opening on a small letter under it ("Man charged over" / "Devonshire" / "break-ins",
    the lead's round 48): one to PROPER_TAIL_WORDS capitalised words of letters between two
    lines of the stack. Asked only inside a modern head stack (_stack_middle_line)."""
    return (
        1 <= k < len(lines) - 1
        and _proper_name_line(lines[k].text)
        and lines[k + 1].text.lstrip()[:1].islower()
    )


#: The most words of a proper name closing a head wrapped on a small word (_proper_name_tail).
PROPER_TAIL_WORDS: Final = 3


def _proper_name_tail(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` is the rest of a head wrapped on a small word, a proper name in title case
    (``Teachers to get pay rise in`` / ``January``, ``Floods cut road to`` / ``Port Moresby``,
    the lead's round 45): one to PROPER_TAIL_WORDS capitalised words of letters, no stop.
    Asked only inside a modern head stack (_stack_middle_line), under a line wrapped on a small
    word (_wrapped_head_line)."""
    return (
        k >= 1
        and _proper_name_line(lines[k].text)
        and _wrapped_head_line(lines[k - 1].text.strip())
    )


def _proper_name_line(text: str) -> bool:
    """A line of one to PROPER_TAIL_WORDS capitalised words of letters, none in capitals
    ("January", "Port Moresby"): a proper name alone, as a head wraps it."""
    words = text.split()
    return 1 <= len(words) <= PROPER_TAIL_WORDS and all(
        word[:1].isupper() and word.isalpha() and not word.isupper() for word in words
    )


#: A head's last word alone, an amount: a figure, a share or a price ("61%", "2027", "N$38m",
#: "£4bn").
_FIGURE_TAIL: Final = re.compile(r"^(?:[A-Z]{0,2}[$£€])?\d[\d.,]*(?:%|bn|m|k)?$")


def _figure_tail(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` is the rest of a head wrapped on a small word, an amount alone
    (``Grade 12 pass rate climbs to`` / ``61%``, the lead's round 47): one word (_FIGURE_TAIL)
    under a line wrapped on a small word (_wrapped_head_line). Asked only inside a modern head
    stack (_stack_middle_line)."""
    text = lines[k].text.strip()
    return (
        k >= 1
        and _FIGURE_TAIL.match(text) is not None
        and _wrapped_head_line(lines[k - 1].text.strip())
    )


def _figure_led_deck(text: str) -> bool:
    """A head or deck opening on a figure or a price, the rest a sentence-case line's words
    ("12 new high-speed lines to be built over next three years", "$2.4b for rain-damaged",
    the lead's round 44): asked only inside a stack (_stack_middle_line, _sentence_case_head's
    lines that are no sentence-case line, each also in a _tabloid_stack)."""
    return amount_then_word(text.split()) and _sentence_case_line("N " + text.split(" ", 1)[1])


def amount_then_word(words: Sequence[str]) -> bool:
    """A line's words opening on a figure or a price ("12", "$2.4b", "£4bn"), then a word in
    small letters: how a modern head's tail or deck opens on an amount (_figure_led_deck,
    assemble._figure_led_tail). A 1916 deck goes on in title case ("$40,000 Loss")."""
    return (
        len(words) >= 2
        and (words[0][:1].isdigit() or words[0][:1] in "$£€")
        and any(ch.isdigit() for ch in words[0])
        and words[1].isalpha()
        and words[1].islower()
    )


def _deck_broken_at_hyphen(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` is a deck's line that the column broke inside a word, at a hyphen (``Eskom
    blames 'unplanned break-`` / ``downs' at three coal stations and`` / ``warns the weekend
    could be worse``, branch fresh42): a sentence-case line but for its last mark, the line
    under it opening on the word's rest in small letters and itself a head's wrapped tail
    (_head_tail_line) or a line wrapped on a small word (_wrapped_head_line). An e-paper
    hyphenates a long deck as it does prose; read as prose, the deck ran into the story's head
    above and its text below. Asked only inside a stack over a modern story's opening
    (_tabloid_stack), so a hyphenated line of prose elsewhere is never asked."""
    text = lines[k].text.strip()
    if len(text) < 3 or text[-1] != "-" or not text[-2].isalpha() or k + 1 >= len(lines):
        return False  # (most lines)
    rest = lines[k + 1].text.strip()
    return (
        rest[:1].islower()
        and rest.split()[0].rstrip("'’,").isalpha()
        and (_head_tail_line(rest) or _wrapped_head_line(rest))
        and _sentence_case_line(text[:-1] + "s")
    )


def _opens_tabloid_story(lines: list[Line], j: int) -> bool:
    """Line ``j`` opens a modern story (_opens_modern_story), or is a wire's name set alone over
    a line opening on a modern dateline ("Associated Press" / "WASHINGTON — Federal …")."""
    return (
        _opens_modern_story(lines[j].text)
        or (
            j + 1 < len(lines)
            and is_byline_line(lines[j].text)
            and match_modern_dateline(lines[j + 1].text) is not None
        )
        or _name_over_office_at(lines, j)
        or _name_over_place_at(lines, j)
        or _name_over_colon_dateline_at(lines, j)
        or _name_alone_over_prose_at(lines, j)
        or _city_alone_over_prose_at(lines, j)
        or _small_by_byline_at(lines, j)
    )


def _small_by_byline_at(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is a reporter's byline with a small "by" (classify.is_small_by_byline: "by
    Fiona MacLeod"), straight under a modern head (under_sentence_case_head) over the story's
    first line, a line of prose opening on a capital, or over the reporter's office in title
    case ("Chief Reporter"), as a British weekly sets it (the lead's round 45). A 1916 column's
    line opening on "by" runs on from the line above, which is no head's."""
    if j < 1 or j + 1 >= len(lines) or not lines[j].text.startswith("by "):
        return False  # (most lines)
    below = lines[j + 1].text
    return (
        is_small_by_byline(lines[j].text)
        and under_sentence_case_head(lines, j)
        and (is_title_case_office(below) or _prose_opening(below))
    )


def _city_alone_over_prose_at(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is a dateline that is a city's name alone in capitals, one word of letters
    (is_capitals_city: "BEIJING", "SHENZHEN"), straight over the story's first line, a line of
    prose opening on a capital, as a Hong Kong or Singapore daily sets a dateline (the lead's
    round 45). Gate: straight under a head line in sentence case or its wrapped tail
    (under_sentence_case_head): a 1916 page sets a one-word capitals line as a head or a
    column's label ("LOCALS", "WASHINGTON"), under a paragraph or over a head's deck."""
    return (
        1 <= j < len(lines) - 1
        and is_capitals_city(lines[j].text)
        and _prose_opening(lines[j + 1].text)
        and under_sentence_case_head(lines, j)
    )


#: The most lines of a sentence-case head's wrapped tail under its first line: a narrow
#: column's head wraps over up to four lines ("Deputies back £12m plan" / "for St Peter Port" /
#: "harbour", the lead's round 46).
SENTENCE_HEAD_TAIL_LINES: Final = 3


def under_sentence_case_head(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` stands straight under a head line in sentence case with small words, or under
    its wrapped tail ("Haze returns to Chiang Mai as farmers" / "burn fields"), which a narrow
    column wraps over up to SENTENCE_HEAD_TAIL_LINES lines, each a tail's (_head_tail_line)."""
    if lines[j - 1].listed:
        return False  # (a contents box's entry: "Letters: Fix the trains first Page 14")
    above = lines[j - 1].text.strip()
    if _small_words_line(above) and _sentence_case_line(above):
        return True
    top = j - 1
    while (
        top >= 1
        and j - top <= SENTENCE_HEAD_TAIL_LINES
        # (or a proper name closing a head wrapped on a small word: "Labasa market to open on"
        # / "Sundays", the head's line holding a word in small letters that joins nothing, as
        # a 1916 deck in title case holds none: "Story of Escape From" / "Her Clutches";
        # branch en48)
        and (
            _head_tail_line(above)
            or (_proper_name_tail(lines, top) and _small_content_word(lines[top - 1].text))
        )
    ):
        # (the head's first line whole, or wrapped on a small word: "Road closed for three
        # weeks as" / "bridge is repaired")
        above = lines[top - 1].text.strip()
        if opens_sentence_case_head(above):
            return True
        top -= 1
    return False


def _name_alone_over_prose_at(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is a reporter's name alone with no "By" and no office under it, in capitals
    (classify.is_capitals_name: "WICHIT CHAIPRASERT", "ONLINE REPORTERS") or two names in title
    case joined by "and" (classify.is_name_pair: "Oscar Lai and Wendy Fung"), straight over the
    story's first line, a line of prose opening on a capital (_small_words_line), as Thai, Hong
    Kong and other Asian English dailies set a byline (the lead's round 45). Gate: straight
    under a head line in sentence case or its wrapped tail ("Cabinet backs 200bn baht" / "plan
    for new rail link"): a 1916 crosshead in capitals stands under a paragraph's last line,
    which closes, not under a head's; and the caller asks it only on a modern page."""
    if j < 1 or j + 1 >= len(lines) or not lines[j].text[:1].isupper():
        return False  # (most lines)
    return (
        # (or a desk's report or a wire and its city: "Ledger Report", "AFP, Yangon", as a
        # Bangladeshi daily sets them; branch en46)
        is_byline_alone(lines[j].text)
        # (an ad's display line reads as a name in capitals: "SUMMER SALE", "GOLDCREST BANK")
        and not opens_as_notice(None, lines[j].text)
        and not names_firm(lines[j].text)
        and _prose_opening(lines[j + 1].text)
        and under_sentence_case_head(lines, j)
    )


def byline_alone_at(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` (under a head line, the caller's gate: under_sentence_case_head) is a byline
    alone with no "By" (classify.is_byline_alone: "WICHIT CHAIPRASERT", "Ledger Report", "AFP,
    Yangon"), or a reporter's name alone in title case ("Tanvir Hasan Rony", as a Bangladeshi
    daily sets it; branch en46) under a head that is surely a modern one: its lines hold a word
    in small letters that is no joining word ("Metro Line-5 to open" / "in March"; a 1916 head
    in title case holds none, "Rumors of Another" / "Big Sugar Factoiy"), its first line in
    sentence case (_mostly_small_letters), and a head wrapped
    over two lines stands where a story may start (prose wrapped on a small word reads as
    one: "Council (WAEC) has released the" / "results of the 2026 West African" / "Senior
    School Certificate")."""
    text = lines[j].text
    if is_byline_alone(text):
        return True
    if (
        not is_title_case_name(text)
        or any(word.lower() in _NOT_NAME_WORDS for word in text.split())
        or j + 1 >= len(lines)
        or len(lines[j + 1].text.split()) < PROSE_RUN_WORDS
    ):
        # (a name's words are none of a question's or a sentence's small words, "Where Do
        # You" / "Stand on Rates,", and the story's first line under it is a full line)
        return False
    above = lines[j - 1].text.strip()
    if _small_words_line(above) and _sentence_case_line(above):
        return _content_word_in_small_letters(above) and _mostly_small_letters(above)
    return (
        j >= 2
        and _head_tail_line(above)
        and _content_word_in_small_letters(f"{lines[j - 2].text} {above}")
        and _mostly_small_letters(lines[j - 2].text)
        and (
            _closed_above(list(lines), j - 2) or (j >= 3 and _page_pointer_line(lines[j - 3].text))
        )
    )


#: The least share of a sentence-case head line's words after its first in small letters
#: (_mostly_small_letters).
SMALL_LETTER_HEAD_SHARE: Final = 2 / 3


def _mostly_small_letters(text: str) -> bool:
    """Whether a head line is set in sentence case: of its words after the first that open on
    a letter, SMALL_LETTER_HEAD_SHARE or more open on a small one ("Line-5 to open"; a 1916
    head in title case or a local item's names hold fewer: "A Kindly Word to tho", "Tholma
    Culp called on Ethel anl")."""
    words = [word for word in text.split()[1:] if word[:1].isalpha()]
    small = sum(word[:1].islower() for word in words)
    return bool(words) and small >= SMALL_LETTER_HEAD_SHARE * len(words)


#: Words a title-case line of a head or a sentence holds and no person's name does
#: (byline_alone_at): pronouns, auxiliaries, question words, determiners.
_NOT_NAME_WORDS: Final = frozenset(
    "where what who whom whose when why how do does did done you we they he she it i me us "
    "them is are was were be been will would can could may might must shall should has have "
    "had our your his her its their this that these those new more most all no not any some "
    "every each other another one two three here there now then".split()
)


def _content_word_in_small_letters(text: str) -> bool:
    """Whether a head's text holds a word of three small letters or more that is no joining
    word ("open", "worries"; not "of", "the", "and"): a sentence-case head's mark."""
    return any(
        word.isalpha() and word.islower() and len(word) >= 3 and word not in _SMALL_END_WORDS
        for word in text.split()
    )


def _name_over_colon_dateline_at(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is a reporter's name alone in title case with no "By" (classify.
    is_title_case_name: "Khalid Mahmood") straight over a line opening on a colon dateline
    ("ISLAMABAD: The federal cabinet …"), as a Pakistani daily sets its own reporter's byline
    (branch en44). Gate: straight under a sentence-case head or deck line or its wrapped tail
    (a title-case name alone reads as a head's line), and the dateline's pattern."""
    if j < 1 or j + 1 >= len(lines):
        return False
    below = lines[j + 1].text
    colon = may_open_colon_dateline(below)
    if not colon and not may_name_month(below) and not is_capitals_dateline_alone(below):
        return False  # (most lines: the line under them opens on no colon dateline)
    above = lines[j - 1].text.strip()
    return (_sentence_case_line(above) or _head_tail_line(above)) and (
        (colon and is_title_case_name(lines[j].text) and match_colon_dateline(below) is not None)
        # (or a dateline alone on its line, the city and the day, as an Indian daily sets it
        # under the reporter's name: "Deepkamal Kaur" / "Jalandhar, December 6", the lead's
        # round 45; or a Nepali daily, the name and the month in capitals: "RAJESH SHRESTHA" /
        # "KATHMANDU, DEC 10", branch en47)
        or name_over_dateline(lines[j].text, below)
    )


def _name_over_place_at(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is a correspondent's name over the city it was filed from, a foreign story's
    byline with no "By" ("Anna Weiss" / "Berlin": classify.name_over_place), over the story's
    first line, a line of prose (_small_words_line). Gate: straight under a head line in
    sentence case or its wrapped tail, most of its words in small letters ("Berlin coalition
    teeters" / "over migration vote"): a name and a place alone are as like a title-case head
    wrapped over lines ("Germany's Position on Armed" / "Merchantmen Prevents" /
    "Settlement"), or a list of names in an ad."""
    return (
        j >= 1
        and j + 2 < len(lines)
        and name_over_place(lines[j].text, lines[j + 1].text)
        and _prose_opening(lines[j + 2].text)
        and _small_words_line(lines[j - 1].text)
        and (
            _sentence_case_line(lines[j - 1].text.strip())
            or _head_tail_line(lines[j - 1].text.strip())
        )
    )


def _prose_opening(text: str) -> bool:
    """A story's first line under its byline or dateline: it opens on a capital and reads as
    prose (_small_words_line), as the openings set apart under a modern head need
    (_name_over_place_at, _name_alone_over_prose_at, _city_alone_over_prose_at,
    _small_by_byline_at). A modern dateline opening it is passed over ("LABASA – Vendors at the
    Labasa"; branch en48)."""
    stripped = text.lstrip()
    if may_open_modern_dateline(stripped):
        lead = match_modern_dateline(stripped)
        if lead is not None and lead.rest:
            stripped = lead.rest
    return stripped[:1].isupper() and _small_words_line(stripped)


def _small_words_line(text: str) -> bool:
    """A line of three words or more, at least half of them after the first in small letters:
    prose or a sentence-case head, not a title-case head or a list of names."""
    words = text.split()
    small = sum(word[:1].islower() for word in words[1:])
    return len(words) >= 3 and 2 * small >= len(words) - 1


def _name_over_office_at(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is a reporter's name in capitals over the journalist's office in capitals, a
    tabloid's byline with no "By" ("ELLIE DUNN" / "CRIME REPORTER": classify.name_over_office).
    It opens a modern story as a byline does: evidence of a modern page only under a
    sentence-case head or deck (_sentence_case_head), and read as a byline only there."""
    return j + 1 < len(lines) and name_over_office(lines[j].text, lines[j + 1].text)


def _named_byline_lines(lines: Sequence[Line]) -> frozenset[int]:
    """The lines of a page's bylines with no "By" set over two lines (_name_over_office_at),
    the name's and the office's: on a modern page (the gate) neither is a title, and each is a
    unit of its own (reflow_block), which assemble reads as the byline and its office."""
    found: set[int] = set()
    if _name_over_dateline_opening(lines):
        found.add(0)  # (a block opening on the name over the dateline alone; branch en47)
    for j in range(len(lines) - 1):
        if _name_over_office_at(lines, j) or _name_over_place_at(lines, j):
            found.update((j, j + 1))
        elif _small_by_byline_at(lines, j):
            found.add(j)
            if is_title_case_office(lines[j + 1].text):
                found.add(j + 1)  # (the reporter's office under it: "Chief Reporter")
        elif (
            _name_over_colon_dateline_at(lines, j)
            or _name_alone_over_prose_at(lines, j)
            or _city_alone_over_prose_at(lines, j)
            or title_case_name_over_prose_at(lines, j)
        ):
            found.add(j)  # (the dateline's line opens the story's first paragraph)
    return frozenset(found)


def title_case_name_over_prose_at(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is a reporter's name alone in title case with no "By" ("Tanvir Hasan Rony",
    as a Bangladeshi daily sets it; branch en46) straight under a modern head over the story's
    first line (byline_alone_at's stricter head). Asked only on a page found modern by other
    evidence (_named_byline_lines, the gate): such a name is no evidence of a modern page, a
    1916 head's or prose's line in title case reads the same ("Lamoille Grange", "County
    Court", "Garrison Lscapcs")."""
    if j < 1 or j + 1 >= len(lines) or not lines[j].text[:1].isupper():
        return False  # (most lines)
    return (
        is_title_case_name(lines[j].text)
        and _prose_opening(lines[j + 1].text)
        and under_sentence_case_head(lines, j)
        and byline_alone_at(lines, j)
    )


def _stacks_over_title_case_names(
    lines: list[Line], like: list[bool], named: frozenset[int]
) -> None:
    """On a modern page (the caller's gate), the head stack straight over a reporter's name
    alone in title case (title_case_name_over_prose_at: "Metro Line-5 to open" / "in March" /
    "Northern route to cut …" / "Tanvir Hasan Rony") is titles, as a stack over a byline is:
    its sentence-case lines and wrapped tails, up to TABLOID_STACK_LINES lines, up to where a
    story may start (branch en46)."""
    for j in named:
        if not title_case_name_over_prose_at(lines, j):
            continue
        k = j - 1
        while k >= 0 and j - k <= TABLOID_STACK_LINES:
            text = lines[k].text.strip()
            if not (_sentence_case_line(text) or _head_tail_line(text)):
                break
            like[k] = True
            if _closed_above(lines, k) or (k >= 1 and _page_pointer_line(lines[k - 1].text)):
                break
            k -= 1


def _names_reporter(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is a byline naming a reporter by a full name, two words or more ("By Sam
    Pryce", "By KAREN DOYLE Chief Reporter", "NICOLE BRENNAN, Senior Writer", "ELLIE DUNN" over
    "CRIME REPORTER", "BY AKINYI OTIENO"), not one word ("By General" / "Federation.", a 1916
    deck's tail)."""
    text = lines[j].text
    return (
        ((is_personal_byline(text) or is_capitals_byline(text)) and len(text.split()) >= 3)
        or _small_by_byline_at(lines, j)
        or _name_over_office_at(lines, j)
        or _name_over_colon_dateline_at(lines, j)
        # (or a desk's report or a wire and its city alone under the head, "Ledger Business
        # Report", "AFP, Yangon": _name_alone_over_prose_at; a name in capitals alone is no
        # reporter's here, a 1916 ad's "ONE LOT" reads so; branch en46)
        or (
            (lines[j].text.rstrip().endswith("Report") or ", " in lines[j].text)
            and _name_alone_over_prose_at(lines, j)
        )
    )


def _tabloid_stack(lines: list[Line], i: int) -> bool:
    """Line ``i`` (a sentence-case line or a head's wrapped tail, _head_tail_line) belongs to a
    tabloid's head stack: at most TABLOID_STACK_LINES lines straight over a modern story's
    opening (_opens_tabloid_story), each a sentence-case line or a tail under another line of
    the stack, a tail ending on a word that runs on ("drink driver with") only over another
    line of the stack; the stack opens on a sentence-case line standing where a story may start
    (under a line that closes, the block's start or a contents box's last entry), or straight
    under a head in capitals (is_title_like), which stands there by its own test, when the
    opening is a reporter's byline with a full name (_names_reporter)."""
    end = i
    while True:  # down to the opening, through the stack's lines
        end += 1
        if end >= len(lines) or end - i > TABLOID_STACK_LINES:
            return False
        if _opens_tabloid_story(lines, end):
            break
        if not _stack_middle_line(lines, end):
            return False
    last = lines[end - 1].text.strip()
    if (_head_tail_line(last) and last.split()[-1].lower() in _SMALL_END_WORDS) or (
        _wrapped_head_line(last)
    ):
        return False  # the stack's last line runs on: prose, not a head
    top = i
    while True:  # up to the stack's first line
        text = lines[top].text.strip()
        # (a line opening on a price may be the stack's first, under a kicker: "LEAD STORY" /
        # "$2.4b for rain-damaged" / "roads", the lead's round 44)
        # (and so may a head's first line wrapped short on a price: "$1.2b plan to" / "shield
        # coast", under a skybox's pointer; branch en47)
        tail = (
            (_head_tail_line(text) or _deck_tail_line(lines, top))
            and not _figure_led_deck(text)
            and not (text[:1] in "$£€" and _stack_first_line(lines, top))
        )
        if not tail and (
            top == 0
            or _closed_above(lines, top)
            or lines[top - 1].listed
            or _page_pointer_line(lines[top - 1].text)
        ):
            return True
        above = lines[top - 1].text if top else ""
        if (
            not tail
            and title_style(above) == "caps"
            and is_title_like(above)
            and (
                _names_reporter(lines, end)
                # (or a reporter's name alone in capitals, under a section's kicker: "BUSINESS"
                # / "Cocoa farmers get" / "better price" / "CHERISSE ALLEYNE", as a Caribbean
                # daily sets it; a 1916 ad's display line over "ONE LOT" is under no section's
                # name; branch en47)
                or (is_section_kicker(above) and _name_alone_over_prose_at(lines, end))
            )
        ):
            return True
        top -= 1
        if top < 0 or end - top > TABLOID_STACK_LINES:
            return False
        if not (_stack_middle_line(lines, top) or _stack_first_line(lines, top)):
            return False


#: A page pointer set alone on its line, a section's name perhaps before it ("Magazine, page
#: 12", "Page C1", "World, page 19"): _page_pointer_line.
_POINTER_ALONE: Final = re.compile(
    # (the word in capitals too, as an East African skybox sets it: "PAGE 21"; branch en44)
    # (or a bar between the section and the page, as a Bangladeshi daily's skybox sets it:
    # "SPORTS | PAGE 15"; branch en46)
    r"^(?:(?:[A-Z][A-Za-z]+(?:,|\s+\|)?\s+)?(?:[Pp]age|PAGE)\s+[A-Z]?\d{1,3}"
    # (or "P" and the page run together, as a tabloid's skybox sets it: "P12", or a stop
    # between, as a Ugandan daily's: "P.38"; branch en48)
    r"|P\.?\d{1,3}"
    # An arrow before the section and its page, as South African and British fronts set a
    # puff's pointer ("► SPORT, 22", "► Business Day, 17", "▶ PAGE 4"; branch fresh42): the
    # section one to three words in capitals or title case, the page after a comma or a space.
    r"|[►▶»›→]\s*(?:(?:[Pp]age|PAGE)\s+|[A-Z][A-Za-z'’&]*(?:\s+[A-Z][A-Za-z'’&]*){0,2},?\s+)"
    r"[A-Z]?\d{1,3})$"
)


#: The fewest words of a puff's head over a section's letter and page alone.
LETTERED_PUFF_WORDS: Final = 3


def _clean_head_words(head: str) -> bool:
    """A head of LETTERED_PUFF_WORDS words or more, each of two letters or more (an apostrophe
    or hyphen inside) or of two figures or more: asked of a puff's head over a section's letter
    and page alone ("Reggae Boyz name squad for Gold Cup" / "B1"), where OCR's scraps of a 1916
    column's rule read as sentence case ("K j i" / "I1")."""
    words = head.split()
    return len(words) >= LETTERED_PUFF_WORDS and all(
        len(word) >= 2
        and (
            word.replace("'", "").replace("’", "").replace("-", "").isalpha()
            # (or a number: "Sevens tickets sell out in 40 minutes", the lead's round 45)
            or word.isdigit()
        )
        for word in words
    )


#: A section's letter and page alone on a line ("B1", "C12"): a puff's pointer (skybox_puff).
_LETTERED_PAGE_ALONE: Final = re.compile(r"^[A-Z]\d{1,2}$")


def _page_pointer_line(text: str) -> bool:
    """A line that closes a teaser or a story by its page pointer alone ("Magazine, page 12",
    "Page C1", "Please see BUDGET, A6": match_continuation's jump lines): a tabloid's head stack
    may open under it as under a stopped line (_tabloid_stack, branch tabloid34). Only a stack
    over a modern story's opening asks it: the gate to modern pages."""
    stripped = text.strip()
    return (
        _POINTER_ALONE.match(stripped) is not None
        or match_continuation(stripped) is not None
        # (or a puff's head closed by its pointer after a dash: "… in last over – Page 40",
        # _puff_pointer_after_dash; branch en49)
        or (stripped[-1:].isdigit() and _DASHED_PAGE_END.search(stripped) is not None)
    )


def _stack_under_pointer(lines: list[Line], i: int) -> bool:
    """Line ``i`` opens a tabloid's head stack (_tabloid_stack) straight under a line a page
    pointer closes ("Magazine, page 12" / "Chancellor faces revolt" / … / "By Helen Marsh
    Political Editor"): it stands where a story may start, as under a stopped line. Gate: the
    stack over a modern story's opening."""
    return i > 0 and _page_pointer_line(lines[i - 1].text) and _tabloid_stack(lines, i)


#: A puff's label in capitals, its kicker: one to four words of capitals, figures, apostrophes
#: and hyphens ("SPORTS", "FOOD", "WORLD CUP"), no stop.
_PUFF_LABEL: Final = re.compile(r"^[A-Z][A-Z0-9'’\-]*(?: [A-Z0-9][A-Z0-9'’\-]*){0,3}$")
#: A puff's label run in before its head with a colon ("INSIDE: Ten winter walks in the Dales").
_RUN_IN_PUFF: Final = re.compile(r"^([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,3}:) +(\S.*)$")
#: A page pointer's page: its figures, after a section's letter perhaps ("Page C1", "page 12").
_POINTER_PAGE: Final = re.compile(r"(\d{1,3})$")
#: The words of a label that promotes what the paper holds elsewhere or another day, a puff's
#: with no page under it ("FREE IN TOMORROW'S PAPER", "INSIDE TODAY", "WIN A CAR").
_PROMOTING_WORDS: Final = frozenset(
    "FREE INSIDE TOMORROW TOMORROW'S TOMORROW’S TODAY'S TODAY’S WIN PLUS NEXT".split()
)


def skybox_puff(texts: Sequence[str]) -> tuple[str | None, str, int, int | None] | None:
    """A refer strip's puff as a modern page's skybox prints it, read from the printed lines
    ``texts`` (from the first): a label in capitals over a one-line sentence-case head over its
    page pointer alone (``SPORTS`` / ``Hawks' coach on the hot seat`` / ``Page C1``), the label
    run in before the head with its colon (``INSIDE: Ten winter walks in the Dales`` /
    ``Magazine, page 12``), or a label promoting the paper's own pages (_PROMOTING_WORDS) over
    the head alone (``FREE IN TOMORROW'S PAPER`` / ``Your summer cricket wallchart``), or no
    label over a head wrapped over two lines over a page's word and number (_unlabelled_puff,
    branch en45: the kicker None). Gives the kicker, the headline, how many lines the puff
    holds (its pointer the last) and the pointer's page (None with no pointer); None for any
    other lines.

    Gate: a sentence-case head (_sentence_case_line: a word in small letters, no stop) under a
    label in capitals and straight over a page pointer alone on its line (_POINTER_ALONE,
    ``Page C1``, ``World, page 19``), or under a promoting label: a 1916 page sets its heads in
    capitals or title case, and prints no page pointer under a head. (assemble asks a puff with
    no pointer to stand over no prose.)"""
    if len(texts) < 2 or not texts[0][:1].isupper():
        return None  # (most lines)
    first = texts[0].strip()
    run_in = _RUN_IN_PUFF.match(first)
    if run_in is not None:
        kicker, head, size = run_in.group(1), run_in.group(2).strip(), 2
    elif _PUFF_LABEL.match(first) is not None:
        kicker, head, size = first, texts[1].strip(), 3
    else:
        return _unlabelled_puff(texts)
    wrapped = None
    if size == 3 and (len(texts) < 3 or _POINTER_ALONE.match(texts[2].strip()) is None):
        pointed = _puff_pointer_run_in(texts[1:3]) or _puff_pointer_after_dash(texts[1])
        if pointed is not None:
            return kicker, pointed[0], pointed[1] + 1, pointed[2]
        wrapped = _puff_head_wrapped(texts, 1)
    if wrapped is not None:
        head, size = wrapped, 4
    elif not _sentence_case_line(head):
        return None
    pointer = texts[size - 1].strip() if size <= len(texts) else ""
    if _POINTER_ALONE.match(pointer) is not None:
        return kicker, head, size, pointer_page(pointer)
    if _LETTERED_PAGE_ALONE.match(pointer) is not None and _clean_head_words(head):
        # (a section's letter and page alone, "B1", only under a puff's label and a head of
        # whole words: OCR leaves such scraps of a column's rule on a 1916 page, "K j i" / "I1")
        return kicker, head, size, int(pointer[1:])
    if size == 3 and _PROMOTING_WORDS.intersection(kicker.split()):
        return kicker, head, 2, None
    return None


def _puff_pointer_run_in(texts: Sequence[str]) -> tuple[str, int, int | None] | None:
    """A puff's head of one line or wrapped over two whose page pointer stands on its last line
    after a wide space, as a PDF's text export keeps a pointer set flush right (``Drua name 28
    for Super Rugby`` / ``opener  PAGE 44``; branch en48): the head, how many lines it takes
    and the pointer's page, or None. Gate: two spaces or more before a page pointer alone
    (_POINTER_ALONE) closing the line, and the head a sentence-case line (_sentence_case_line);
    asked only under a puff's label (skybox_puff)."""
    for size, text in enumerate(texts[:2], start=1):
        if "  " not in text.strip():
            continue
        head, _, pointer = text.strip().rpartition("  ")
        if _POINTER_ALONE.match(pointer.strip()) is None:
            continue
        joined = " ".join([*(line.strip() for line in texts[: size - 1]), head.strip()])
        if _sentence_case_line(joined):
            return joined, size, pointer_page(pointer)
        return None
    return None


#: A puff's page pointer run into its head's line after a spaced dash, as a Caribbean daily's
#: skybox sets it: "Pride stun Tridents in last over – Page 40" (_puff_pointer_after_dash).
#: Or "P." and the figure after a space alone, as Tesseract reads a pointer set flush right on
#: the head's line ("Young Africans sign Ghana striker P.31"; branch en50). The word page
#: after one space is no pointer there (en48's near miss: "… squad named PAGE 38").
_DASHED_PAGE_END: Final = re.compile(r"\s(?:[–—-]\s(?:[Pp]age|PAGE)\s+|P\.\s?)(\d{1,3})$")


def _puff_pointer_after_dash(text: str) -> tuple[str, int, int | None] | None:
    """A puff's one-line head closed by its page pointer after a spaced dash (``Pride stun
    Tridents in last over – Page 40``, branch en49): the head, one line, and the page; or None.
    Gate: asked only under a puff's label in capitals (skybox_puff); the pointer a dash, the
    word page and a figure closing the line, the head before it a sentence-case line (a 1916
    page prints no page pointer after a head)."""
    stripped = text.strip()
    if not stripped[-1:].isdigit():
        return None
    match = _DASHED_PAGE_END.search(stripped)
    if match is None:
        return None
    head = stripped[: match.start()].strip()
    if not _sentence_case_line(head):
        return None
    return head, 1, int(match.group(1))


def run_in_puff_line(text: str) -> tuple[str, str, ContinuationLink] | None:
    """A puff on one line: its label in capitals run in before the head with a colon, the
    head, and its page pointer closing the line ("SPORTS: Hunters name squad for Cup clash –
    Back Page", the lead's round 45): (the label, the head, the pointer), or None. Gate: the
    head is a sentence-case line and the pointer a teaser's (match_teaser_pointer); a 1916
    page prints no pointer after a head."""
    run_in = _RUN_IN_PUFF.match(text.strip())
    if run_in is None:
        return None
    found = match_teaser_pointer(run_in.group(2))
    if found is None or not _sentence_case_line(found[1]):
        return None
    return run_in.group(1), found[1], found[0]


def _unlabelled_puff(texts: Sequence[str]) -> tuple[str | None, str, int, int | None] | None:
    """A skybox puff with no label, its sentence-case head wrapped over two lines over its page
    pointer alone (``Black Stars coach names 26`` / ``for AFCON qualifiers`` / ``PAGE 32``), as
    a West African daily's skybox sets it (branch en45): no kicker, the head, three lines, the
    page. Gate: _puff_head_wrapped's (the joined head a sentence-case line, no stop), and the
    pointer a page's word and number (_POINTER_ALONE: "PAGE 32", "Page 4"), never a section's
    letter and page alone, which OCR's scraps of a 1916 column's rule may read as."""
    if len(texts) >= 2 and texts[1].rstrip()[-1:].isdigit():
        # (or its head on one line over the pointer, as a Caribbean daily's INSIDE box sets
        # each entry under a label taken as furniture: "Pan Trinbago sets Panorama dates" /
        # "» PAGE 7"; the head a sentence-case line, pointed_head's, and the pointer a page's
        # word and number alone: one naming its section, "► Business B1", is an entry of its
        # own, and the line over it no head; branch en47)
        one_line = pointed_head(texts[:2])
        if one_line is not None and texts[1].lstrip("►▶»›→ ").startswith(("Page ", "PAGE ")):
            return None, one_line[0], 2, pointer_page(texts[1].strip())
    if len(texts) < 3:
        return None
    pointer = texts[2].strip()
    if not pointer[-1:].isdigit() or _POINTER_ALONE.match(pointer) is None:
        return None
    head = _puff_head_wrapped(texts, 0)
    if head is None:
        return None
    return None, head, 3, pointer_page(pointer)


#: A skybox puff's pointer run onto its head's last line after a comma, a section's letter and
#: its page ("Kitchener blanks Erie for sixth" / "straight win, B1"): the head's words, the
#: pointer with its comma, the letter, the page.
_LETTER_POINTER_END: Final = re.compile(r"^(\S.*?)(,\s+([A-Z])(\d{1,2}))$")
#: The same pointer after a space alone, as a Singapore daily's skybox runs it on ("Lions draw
#: with Thailand in Suzuki" / "Cup opener C1"): only under a puff's label in capitals, the head
#: of whole words, its last in small letters (lettered_puff; branch en45).
_LETTER_POINTER_SPACED_END: Final = re.compile(r"^(\S.*?)(\s([A-Z])(\d{1,2}))$")
#: The most lines of a lettered puff's head (lettered_puff).
LETTERED_PUFF_HEAD_LINES: Final = 2


def lettered_puff(texts: Sequence[str]) -> tuple[str | None, str, int, int, str] | None:
    """A skybox puff whose head closes on its page pointer after a comma, the section's letter
    and page ("RANGERS ROLL ON" / "Kitchener blanks Erie for sixth" / "straight win, B1";
    "GIFT GUIDE" / "50 local finds under $30, D1"), read from the printed lines ``texts``
    (from the label): the kicker, the head without its pointer, how many lines the puff holds,
    the page and the pointer with its comma (", B1"); None for any other lines. A North
    American daily's skybox prints its pointer so, run on after the head, not alone on a line
    under it (skybox_puff's), and its head may wrap over LETTERED_PUFF_HEAD_LINES lines of the
    narrow box. Gate: a label in capitals (_PUFF_LABEL) over the head, no line of which but the last
    ends on the pointer or on a mark no head ends on, and the head a sentence-case line
    (_sentence_case_line; a figure may open it, "50 local finds under $30") with no sentence's
    stop inside: a 1916 page prints no section's letter before a page, and its heads are in
    capitals or title case."""
    if not texts or not texts[0][:1].isupper():
        return None  # (most lines)
    label = texts[0].strip()
    if label[-1:].isdigit():
        # (a puff of one line with no label: "Lady Hawks roll past Belmont, B1")
        return _one_line_puff(label)
    if len(texts) < 2 or _PUFF_LABEL.match(label) is None:
        return None
    for size in range(2, 2 + LETTERED_PUFF_HEAD_LINES):
        if size > len(texts):
            return None
        last = texts[size - 1].strip()
        match = _LETTER_POINTER_END.match(last)
        spaced = match is None and last[-1:].isdigit()
        if spaced:
            match = _LETTER_POINTER_SPACED_END.match(last)
        if match is None:
            if not last or last[-1:] in _SENTENCE_CASE_LAST or last[-1:].isdigit():
                return None
            continue
        head = " ".join([*(text.strip() for text in texts[1 : size - 1]), match.group(1)])
        if ". " in head or not _puff_head_case(head):
            return None
        if spaced and not (_clean_head_words(head) and head.rsplit(" ", 1)[-1].islower()):
            return None  # (a road's or a class's name before it is no pointer: "Route A1")
        return label, head, size, int(match.group(4)), match.group(2).strip()
    return None


#: The fewest words of a puff's head set alone on its line with its pointer (_one_line_puff).
ONE_LINE_PUFF_WORDS: Final = 3


def _one_line_puff(text: str) -> tuple[str | None, str, int, int, str] | None:
    """A skybox puff of one line with no label, its head closed by its pointer after a comma,
    the section's letter and page ("Lady Hawks roll past Belmont, B1", "Holiday gift guide,
    C1"), as lettered_puff gives it (no kicker). Gate: a sentence-case head (_puff_head_case) of
    at least ONE_LINE_PUFF_WORDS words with no stop and no comma inside, and no jump line: a
    1916 page prints no section's letter before a page, and its heads are in capitals or title
    case."""
    match = _LETTER_POINTER_END.match(text)
    if match is None:
        return None
    head = match.group(1)
    if len(head.split()) < ONE_LINE_PUFF_WORDS or ". " in head or "," in head:
        return None  # (a section's name before the page is skybox_puff's: "…, Sports, B1")
    if head[-1:] in _SENTENCE_CASE_LAST or not _puff_head_case(head):
        return None
    if match_continuation(text) is not None:
        return None  # (a jump line: "Please see WATER, A6")
    return None, head, 1, int(match.group(4)), match.group(2)


def lettered_puff_lines(texts: Sequence[str], before: int) -> list[int]:
    """The lines of the skybox puffs (lettered_puff: "RANGERS ROLL ON" / "Kitchener blanks Erie
    for sixth" / "straight win, B1") that open above line ``before`` of the printed lines
    ``texts``: reflow makes them title lines, formats.text keeps them out of the masthead over
    which a North American daily prints them. Only a line in capitals is asked, and a puff's
    lines are not asked again (the pass stays linear)."""
    found: list[int] = []
    i = 0
    while i < before:
        text = texts[i].strip()
        puff = (
            lettered_puff(texts[i : i + 1 + LETTERED_PUFF_HEAD_LINES])
            if text.isupper()
            else _one_line_puff(text)
            if text[-1:].isdigit()
            else None
        )
        if puff is None:
            i += 1
            continue
        found.extend(range(i, i + puff[2]))
        i += puff[2]
    return found


def _puff_head_case(head: str) -> bool:
    """A puff's head in sentence case (_sentence_case_line), or one opening on a figure whose
    words after it are so ("50 local finds under $30")."""
    if head[:1].isdigit():
        first, _, rest = head.partition(" ")
        return first.replace(",", "").isdigit() and _sentence_case_line(f"N {rest}")
    return _sentence_case_line(head)


def pointer_page(pointer: str) -> int | None:
    """The page a page pointer names, its last figures ("Page 9", "World, page 19"); None
    when it ends on none."""
    page = _POINTER_PAGE.search(pointer)
    return int(page.group(1)) if page else None


def _puff_head_wrapped(texts: Sequence[str], first: int) -> str | None:
    """A puff's head wrapped over two lines of a narrow skybox, straight over its page pointer
    alone on its line (``SPORT`` / ``Super Eagles coach names 26 for`` / ``Benin friendly`` /
    ``Page 48``): the head the two lines give joined, or None. An e-paper's skybox is as
    narrow as a column, so a head of six or more words wraps; the pointer under it is what
    marks the lines a teaser (no 1916 page prints a page pointer alone under a head). Gate: the
    pointer alone (_POINTER_ALONE, or a section's letter and page: "B1") under the second
    line, which holds no stop and opens no story, and the joined head a sentence-case line
    (_sentence_case_line)."""
    if first + 2 >= len(texts):
        return None
    pointer = texts[first + 2].strip()
    lettered = _POINTER_ALONE.match(pointer) is None
    if lettered and _LETTERED_PAGE_ALONE.match(pointer) is None:
        return None
    top, second = texts[first].strip(), texts[first + 1].strip()
    if not top or not second or top[-1:] in _SENTENCE_CASE_LAST:
        return None
    if lettered and not _clean_head_words(f"{top} {second}"):
        return None  # (under a letter's page alone, a head of whole words: _clean_head_words)
    head = f"{top} {second}"
    return head if _sentence_case_line(head) else None


def _deck_between_head_and_byline(lines: list[Line], i: int) -> bool:
    """On a modern page (the gate: asked only there), a one-line deck in sentence case set
    straight under a head in capitals and straight over a reporter's byline ("CAMERA" /
    "Commuter bashed as guards watch on" / "ELLIE DUNN" + "CRIME REPORTER"), whatever word
    it ends on: a phrasal verb's particle ("watch on", "moves in") ends no sentence-case line
    elsewhere (_SMALL_END_WORDS), where it is most often prose running on."""
    if i == 0 or i + 1 >= len(lines):
        return False
    text = lines[i].text.strip()
    above = lines[i - 1].text.strip()
    return (
        text[:1].isupper()
        and text[-1:].isalpha()
        and 3 <= len(text.split()) <= SENTENCE_CASE_WORDS
        and len(text) <= SENTENCE_CASE_CHARS
        and text.isascii()
        and title_style(text) == "mixed"
        and any(word.isalpha() and word.islower() for word in text.split()[1:])
        and title_style(above) == "caps"
        and is_title_like(above)
        and _names_reporter(lines, i + 1)
    )


#: A Chinese deck set between a head and the reporter's line is at most this wide (display
#: columns: 32 characters).
CHINESE_DECK_WIDTH: Final = 64
#: The clause marks a Chinese deck may hold inside it (no stop: 。！？ end sentences).
_DECK_CLAUSE_MARKS: Final = frozenset("，、；：")


def _chinese_deck_over_byline(lines: list[Line], i: int) -> bool:
    """A Chinese deck (副题) set straight under a head and straight over the reporter's line
    (``冬储白菜上市`` / ``批发价每斤0.8元、零售价1.2元，供应充足`` / ``本报记者 郑晓东``;
    ``颱風外圍環流影響`` / ``宜蘭、基隆山區 慎防豪雨`` / ``記者林大同／宜蘭報導``): a Chinese
    paper's deck often parts its clauses with a comma or 、, which makes it look like running
    prose, but a line closed by no stop, no wider than a deck (CHINESE_DECK_WIDTH), between a
    title and a byline line is the head's deck: prose never stands between a head and its
    byline. The same over a story's opening line (starts_story: ``本报讯（记者 …）…``,
    ``新华社北京12月3日电 …``, ``〔記者…／…報導〕…``), the lead run into the first line. The line
    above must be a title line itself (is_title_like), and the deck must hold a clause mark (a
    line without one is is_title_like's already)."""
    if i == 0 or i + 1 >= len(lines):
        return False
    text = lines[i].text.strip()
    if (
        not text
        or text.isascii()
        or _DECK_CLAUSE_MARKS.isdisjoint(text)
        or text[-1] in "，、；：。！？"
        or not _PROSE_STOPS_ZH.isdisjoint(text)
        or display_width(text) > CHINESE_DECK_WIDTH
        or cjk_ratio(text) < 0.5
    ):
        return False
    above = lines[i - 1].text.strip()
    return (
        not above.isascii()
        and is_title_like(above)
        and (is_byline_line(lines[i + 1].text) or starts_story(lines[i + 1].text))
        and not is_byline_line(text)
        and not starts_story(text)
    )


#: Sentence stops of Chinese prose.
_PROSE_STOPS_ZH: Final = frozenset("。！？")


def _pointed_sentence_case_teaser(lines: list[Line], i: int) -> bool:
    """A teaser in sentence case closed by its page pointer, under a line that closes (or the
    block's start, or another teaser closed by its pointer): "Kohli's century puts India on top
    in Pune » Page 13", a tabloid's puff "Win a dream Lapland break for four P28". Title case
    and capitals are is_title_like's."""
    text = lines[i].text.strip()
    if not (text[-1:].isdigit() or text.endswith(("Back Page", "BACK PAGE"))) or (
        "age" not in text
        and "AGE" not in text
        and not short_page_pointer(text)
        and match_section_pointer(text) is None
    ):
        return False  # (most lines: a pointer ends on its page's figure, "Page" or "P17")
    found = match_teaser_pointer(text)
    return (
        found is not None
        and _sentence_case_line(found[1])
        and (
            i == 0
            or _closed_above(lines, i)
            # (a puff under another: "Panto dame's fairytale wedding P17" / "Win a … P28")
            or match_teaser_pointer(lines[i - 1].text.strip()) is not None
        )
    )


def _opens_modern_story(text: str) -> bool:
    """A reporter's byline line, a desk's credit ("PTI", "Special Correspondent") or a line
    opening on a modern dateline (_sentence_case_head)."""
    return (
        is_personal_byline(text)
        or is_capitals_byline(text)
        or is_desk_byline(text)
        # (our own correspondent and the town: "Our Correspondent, Rajshahi"; branch en46)
        or (text.startswith("Our ") and ", " in text and is_desk_from_place(text))
        or match_modern_dateline(text) is not None
        or match_colon_dateline(text) is not None
    )


def opens_modern_story(text: str) -> bool:
    """_opens_modern_story behind its guard (classify.may_open_modern_story), for the callers
    outside reflow (formats.text._kicker_over_lead)."""
    return may_open_modern_story(text) and _opens_modern_story(text)


def names_reporter_at(lines: Sequence[Line], j: int) -> bool:
    """_names_reporter for the callers outside reflow (formats.text._kicker_over_lead): line
    ``j`` is a reporter's byline, or a name over a journalist's office ("Tay Hong Yi" /
    "Housing Correspondent")."""
    return _names_reporter(lines, j)


def opens_sentence_case_head(text: str) -> bool:
    """A sentence-case head's first line, whole (_sentence_case_line) or wrapped on a small word
    (_wrapped_head_line: "Dubai to build 30km of"), for the callers outside reflow
    (formats.text._kicker_over_lead)."""
    return _sentence_case_line(text) or _wrapped_head_line(text)


def colon_dateline_under_modern_head(
    above: str, text: str, over: str | None = None
) -> LeadMatch | None:
    """The colon dateline ``text`` opens on ("NEW DELHI: Metro commuters …") where a modern
    story opens: under a reporter's or a desk's byline ("By Our Correspondent", "PTI") or a
    sentence-case head ("Cold wave grips the hills"); else None. The colon's cheap guard is
    asked first (most lines fail it), the line above next, the colon's pattern last.

    A sentence-case head wrapped over two lines ends on its tail in small letters ("President
    urges tolerance" / "at Seerat conference" / "ISLAMABAD: President …", a Pakistani daily's
    setting, branch en44): ``above`` may be such a tail (_head_tail_line) when ``over``, the
    line above it, is a sentence-case head line. An East African daily's stop dateline
    ("KAMPALA. Government will …", classify.match_stop_dateline; branch en48) opens it so
    too."""
    if not may_open_colon_dateline(text) and not may_open_stop_dateline(text):
        # (a place in title case and a stop, straight under a byline opening on "By": "By
        # Godfrey Massawe" / "Dar es Salaam. The Tanzania …"; branch en50)
        if may_open_title_stop_dateline(text) and _by_byline(above.strip()):
            return match_title_stop_dateline(text)
        return None
    stripped = above.strip()
    if not (
        is_byline_line(above)
        or _sentence_case_line(stripped)
        or (
            over is not None
            and _head_tail_line(stripped)
            # (the head's first line whole, or wrapped on a small word: "CARICOM leaders to" /
            # "discuss air travel" / "BRIDGETOWN, Barbados (CMC): …", the lead's round 44)
            and (_sentence_case_line(over.strip()) or _wrapped_head_line(over.strip()))
        )
    ):
        return None
    found = match_colon_dateline(text)
    if found is not None or not _modern_opening_above(stripped, over):
        return found
    return match_stop_dateline(text)


def _by_byline(text: str) -> bool:
    """A reporter's or desk's byline line opening on "By" ("By Godfrey Massawe", "By Staff
    Writer"), no wire's ("By Associated Press", over a 1916 dispatch's "Pinsk. Russia, …"):
    what a title-case stop dateline stands under (colon_dateline_under_modern_head)."""
    return text.startswith("By ") and is_personal_byline(text)


def _modern_opening_above(above: str, over: str | None) -> bool:
    """What a stop dateline ("KAMPALA. Government …") stands under where a modern story opens
    (branch en48): a reporter's byline in capitals ("BY FLAVIA NASSAKA", "BY HERALD REPORTER"),
    a desk's ("AGENCIES"), or a head in sentence case whose words are mostly in small letters
    ("Mbale nurses return", or its wrapped tail under its first line). A 1916 head in title
    case ("Montenegrins Still Fight in Mountain Fastnesses") or a wire's credit ("By United
    Press") stands over a run-in head or a dateline with its day, which the stop's pattern
    would cut short."""
    if above.startswith("BY ") or above.endswith(_DESK_WORDS):
        return is_byline_line(above)
    head = above if over is None or not _head_tail_line(above) else f"{over.strip()} {above}"
    return (
        head[:1].isupper()
        and head[-1:] not in _SENTENCE_CASE_LAST
        and _mostly_small_words(head)
        and _small_content_word(head)
    )


#: The last words of a desk's byline a stop dateline may stand under (_modern_opening_above).
_DESK_WORDS: Final = ("AGENCIES", "Agencies", "REPORTER", "Reporter", "CORRESPONDENT")


def _mostly_small_words(text: str) -> bool:
    """At least half of a line's words after the first are in small letters: a sentence-case
    head's, not a title-case one's."""
    words = text.split()[1:]
    return bool(words) and 2 * sum(word[:1].islower() for word in words) >= len(words)


#: Sentence-case heads over a byline or dateline a block holds at least before a sentence-case
#: line over plain prose may be a head too (_sentence_case_heads_over_prose).
SENTENCE_CASE_SURE_HEADS: Final = 1


def modern_page(blocks: Sequence[Block]) -> bool:
    """Whether a page is set as a modern daily sets it: some block holds a sentence-case head
    over a reporter's or desk's byline or a modern dateline (_sentence_case_head). Then every
    block of the page may hold sentence-case heads over plain prose
    (_sentence_case_heads_over_prose), not only the block holding that head: a community
    weekly's label heads ("Police blotter", "Community calendar") open blocks of their own.

    Tesseract sets a modern head in a block of its own, apart by a blank line from its story's
    byline or dateline: a block that is nothing but a sentence-case head stack
    (_head_stack_block) over a block that opens a modern story (block_opens_modern_story)
    marks the page so too (branch bbb42), and so does such a block over a deck's own block
    (deck_block) over that opening (the lead's round 44).

    A reporter's name alone over the reporter's e-mail address alone ("KERISHA RAMBARRAN" /
    "kerisha.rambarran@islandherald.co.tt", as a Caribbean or Hong Kong daily sets a byline:
    email_byline_at) marks the page so by itself, whatever the head over it looks like: no
    1916 page prints an address (branch en47)."""
    for index, block in enumerate(blocks):
        lines = list(block.lines)
        if email_byline_in(lines):
            return True
        if (
            index + 1 < len(blocks)
            and head_stack_block(block)
            and (
                block_opens_modern_story(blocks[index + 1])
                # (or over its deck's own block over the opening: formats.text._heads_next)
                or (
                    index + 2 < len(blocks)
                    and deck_block(blocks[index + 1])
                    and block_opens_modern_story(blocks[index + 2])
                )
            )
        ):
            return True
        # Such a head stands one to four lines over the byline or dateline it needs (a
        # tabloid's stack: _opens_tabloid_story): only the lines over one are asked (the test of
        # every line's own shape cost 3 % of a 1916 page), and a line is asked that only when
        # the guards of the four openings let it, or let the line under it (a wire's name over
        # a modern dateline): about one line in eighty on a 1916 page.
        # (each line's guard asked once: a line is asked for itself and for the line above;
        # a city or news organisation alone may be the place under a correspondent's name,
        # _name_over_place_at, which opens a story too: "Anna Weiss" / "Berlin")
        # (or a byline alone with no "By", a name in capitals or title case, a desk's report or
        # a wire and its city, which opens a story under a modern head: byline_alone_at, en46)
        opening = [
            may_open_modern_story(line.text)
            or is_place_alone(line.text)
            or may_be_byline_alone(line.text)
            for line in lines
        ]
        opening.append(False)
        for j in range(len(lines)):
            if (
                (opening[j] or opening[j + 1])
                and _opens_tabloid_story(lines, j)
                and any(
                    i >= 0 and _sentence_case_head(lines, i)
                    for i in range(j - 1, j - 1 - TABLOID_STACK_LINES, -1)
                )
            ):
                return True
    return False


def email_byline_in(lines: Sequence[Line]) -> bool:
    """Some line of ``lines`` is a reporter's e-mail address alone under the reporter's name
    alone (email_byline_at). The "@" is the guard: a 1916 line holds one only before a price
    ("10 bushels @ 95c"), and no address follows it."""
    return any("@" in line.text and email_byline_at(lines, j) for j, line in enumerate(lines) if j)


def email_byline_at(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is an e-mail address alone (classify.is_email_line) under a reporter's name
    alone in capitals or title case (classify.name_over_office): a modern byline set over two
    lines ("KERISHA RAMBARRAN" / "kerisha.rambarran@islandherald.co.tt", "Kelly Ng" /
    "kelly.ng@harbourpost.com.hk"). An address under any other line (a firm's, a notice's) is
    no byline's (branch en47)."""
    return (
        0 < j < len(lines)
        and is_email_line(lines[j].text)
        and name_over_office(lines[j - 1].text, lines[j].text)
    )


def _sentence_case_heads_over_prose(
    lines: list[Line], like: list[bool], columns: _Columns, modern: bool = False
) -> None:
    """In a block set as a modern daily sets it (SENTENCE_CASE_SURE_HEADS sentence-case heads at
    least over a byline or a dateline), a one-line sentence-case head over its story's first
    line is a head too (_head_over_prose): "Library closes early Friday" / "The Warder Public
    Library will close at 2 p.m. Friday for". Alone, such a line is as like a paragraph's first
    line left short by a lost indent ("The day was calm throughout" / "Greece, no grave …"), so
    an older page's block, whose heads are in capitals or title case, is left alone. On a
    ``modern`` page (modern_page) every block is so set, and a block's first line over its
    story's opening is a head however the column wraps under it."""
    sure = 0
    for i, flag in enumerate(like):
        if modern or (flag and _sentence_case_head(lines, i)):
            sure += 1
            if modern or sure >= SENTENCE_CASE_SURE_HEADS:
                break
    else:
        return
    for i in range(len(lines) - 1):
        if (
            not like[i]
            and (
                not like[i + 1]
                # (on a modern page the story's first line may read as title case, its
                # sentence opening on an article before names: "Fair board meets Tuesday" /
                # "The Clay County Fair Board will")
                or (
                    modern
                    and lines[i + 1].text.split(maxsplit=1)[0] in _SENTENCE_ARTICLES
                    and _opens_sentence_alone(lines[i + 1].text)
                    and _head_over_prose(lines, i, columns)
                )
                or (modern and _title_case_prose_line(lines, i + 1, columns))
                # (or the story's first line reads as title case but ends on a small word, as
                # no head's line does: "Water cuts in Lami" / "Residents of Lami and" /
                # "Wailekutu will be without"; branch en48)
                or (
                    modern
                    and i + 2 < len(lines)
                    and lines[i + 1].text.split()[-1:] != []
                    and lines[i + 1].text.split()[-1].lower() in _SMALL_END_WORDS
                    and lines[i + 1].text.lstrip()[:1].isupper()
                )
            )
            and _sentence_case_line(lines[i].text.strip())
            and (
                _closed_above(lines, i)
                or lines[i - 1].listed
                or _after_list(lines, i, modern)
                or (modern and _under_label(lines, like, i))
            )
            and not is_credit(lines[i].text)
            and not is_signature(lines[i].text)
            and not _office_over_holder(lines, i)
            and (
                _head_over_prose(lines, i, columns)
                # (under a fact box's list, over a line opening on a capital however full the
                # head's line is: "• Report outages on 1800 372 999" / "Luas line closed for
                # repairs" / "Green Line trams will not run")
                or (_after_list(lines, i, modern) and lines[i + 1].text.lstrip()[:1].isupper())
                # (on a modern page, a block's first line over two lines or more of its story
                # opening on a capital, however the column wraps: "Community calendar" /
                # "Dec. 5: Holiday craft fair," / "Millbrook Community Center, 9 a.m.")
                # (unless the line breaks a name the next line goes on with, a paragraph's
                # first line as Tesseract gives each paragraph its own block: "The surgical
                # ward at King" / "Edward VII Memorial Hospital"; the lead's round 48)
                or (
                    modern
                    and i == 0
                    and len(lines) >= 3
                    and lines[1].text[:1].isupper()
                    and not (
                        _name_goes_on(lines[0].text, lines[1].text)
                        and (
                            next_word_wraps(
                                len(lines[0].text.strip()), lines[1].text, columns.forward(1)
                            )
                            # (a title set before a name with no stop, as British and island
                            # papers set it, ends no head: "A sponsored walk from St" /
                            # "George's to Dockyard last")
                            or lines[0].text.split()[-1] in _NAME_TITLES_WITHOUT_STOP
                        )
                    )
                    # (not a paragraph's first line filling the column of the lines under it,
                    # as Tesseract sets each paragraph in a block of its own: "A fourth ferry
                    # will be added to the Gozo" / "Channel crossing from …"; branch bb48)
                    and not _fills_prose_under(lines)
                )
                or (modern and _opens_sentence_alone(lines[i + 1].text))
                or (modern and echoed_by_lead(lines, i))
            )
        ):
            like[i] = True
            if like[i + 1]:
                like[i + 1] = False  # (_title_case_prose_line: the story's first line)
        elif modern and _wrapped_head_over_prose(lines, like, i, columns):
            like[i] = like[i + 1] = True
        elif modern and (end := _narrow_head_run(lines, like, i, columns)):
            like[i:end] = [True] * (end - i)


#: Offices a news sentence sets before their holder's name with no comma ("Permanent
#: secretary Joseph Tembo said", "Police commissioner Martha Chileshe told"): _office_over_holder.
_HOLDER_OFFICES: Final = frozenset(
    "secretary minister director commissioner president chairman chairperson chairwoman "
    "spokesman spokeswoman spokesperson manager officer clerk mayor governor superintendent "
    "inspector registrar principal treasurer councillor ambassador magistrate commander".split()
)
#: A name of two capitalised words, then a verb of saying: a sentence's subject and its verb
#: (_office_over_holder).
_HOLDER_SAYS: Final = re.compile(
    r"^[A-Z][a-z'’\-]+\s+[A-Z][a-z'’\-]+\s+"
    r"(?:said|says|told|added|announced|explained|noted|stated|urged|warned)\b"
)


def _office_over_holder(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` ends on an office (_HOLDER_OFFICES) and the line under it opens on a name and
    a verb of saying ("Permanent secretary" / "Joseph Tembo said the rise"): a sentence wrapped
    between an office and its holder, as Tesseract sets an indented paragraph's first line
    short in a block of its own (branch en49); no head, however short its line. A head ending
    on an office stands over a story opening otherwise ("Council names new clerk" / "The
    council has …")."""
    words = lines[i].text.split()
    return (
        bool(words)
        and (words[-1].lower() in _HOLDER_OFFICES or _office_general(words))
        and i + 1 < len(lines)
        and _HOLDER_SAYS.match(lines[i + 1].text.strip()) is not None
    )


#: Offices a post-positive "general" closes ("director general", "attorney general"): the
#: _HOLDER_OFFICES and these (_office_general).
_GENERAL_OFFICES: Final = _HOLDER_OFFICES | frozenset(
    "attorney auditor solicitor postmaster surgeon accountant".split()
)


def _office_general(words: Sequence[str]) -> bool:
    """Words ending on an office a post-positive "general" closes ("TRC director general" /
    "Masanja Kadogosa told reporters"; branch en50): _office_over_holder's office as East
    African and Commonwealth papers name an authority's head or a law officer."""
    return (
        len(words) >= 2 and words[-1].lower() == "general" and words[-2].lower() in _GENERAL_OFFICES
    )


def _fills_prose_under(lines: Sequence[Line]) -> bool:
    """Whether a block's first line fills the column of the prose under it: at most FILL_SLACK
    characters wider than the widest line under it (a justified column's lines differ by a
    character or two), and the next line's first word would not have fitted after it
    (next_word_wraps). A head is set in a larger type and fills no body column of characters."""
    column = max(line.width for line in lines[1:])
    width = lines[0].width
    return width <= column + FILL_SLACK and next_word_wraps(
        width, lines[1].text, max(column, width)
    )


#: How much wider than the prose under it a paragraph's first line may be and still fill its
#: column (_fills_prose_under).
FILL_SLACK: Final = 2


def _title_case_prose_line(lines: Sequence[Line], k: int, columns: _Columns) -> bool:
    """On a modern page (the caller's gate), line ``k`` reads as a title-case head but is a
    sentence's first line full of names ("Hong Kong International Airport" / "handled 480,000
    tonnes of cargo last", the lead's round 45): the line under it runs on in small letters, a
    line of prose of PROSE_RUN_WORDS words or more, as no head's wrapped tail is; and it fills
    the column, or is set wider than that line."""
    if k + 1 >= len(lines) or not lines[k + 1].text.lstrip()[:1].islower():
        return False  # (most lines)
    below = lines[k + 1].text
    return (
        len(below.split()) >= PROSE_RUN_WORDS
        and _small_words_line(below)
        and title_style(lines[k].text) == "mixed"
        and (
            not is_short(lines[k], columns.forward(k))
            or len(lines[k].text.strip()) >= len(below.strip()) * 3 // 4
        )
    )


#: The fewest words of a line of prose under a title-case line read as prose
#: (_title_case_prose_line): a head's wrapped tail holds fewer.
PROSE_RUN_WORDS: Final = 5
#: The most words of a label in capitals set over a head (a kicker: "LETTERS", "RICE PRICES").
LABEL_WORDS: Final = 3


def _under_label(lines: list[Line], like: Sequence[bool], i: int) -> bool:
    """On a modern page (the caller's gate), line ``i`` stands under a label in capitals that
    opens the block or stands where something new may start ("LETTERS" / "Give jeepney drivers
    a fair deal" / "The plan to …", branch en43): a title line of at most LABEL_WORDS words in
    capitals, no stop. A kicker is set so over its head; a head may start under it as surely as
    under a closed sentence."""
    if i == 0 or not like[i - 1]:
        return False
    label = lines[i - 1].text.strip()
    return (
        len(label.split()) <= LABEL_WORDS
        and title_style(label) == "caps"
        and not closes(label)
        and (i == 1 or _closed_above(lines, i - 1))
    )


def _wrapped_head_over_prose(
    lines: list[Line], like: Sequence[bool], i: int, columns: _Columns
) -> bool:
    """On a modern page (the caller's gate), line ``i`` is a sentence-case head the column
    wrapped over two lines straight over its story's first line, with no byline or dateline
    between (``Rand slips as strong US data`` / ``lifts the dollar`` / ``The rand weakened on
    Thursday``, branch fresh42): a sentence-case line (_sentence_case_line) standing where a
    story may start (_closed_above), over a head's wrapped tail (_head_tail_line: a few words
    opening on a small letter, no stop at its end) that is itself cut short over a line opening
    on a capital and filling the column (_head_over_prose). Read as prose, the tail would be a
    paragraph's last line closing on no stop, which modern copy never prints; an agency's or a
    desk's story on a modern front is headed so."""
    if i + 2 >= len(lines) or like[i] or like[i + 1]:
        return False
    tail = lines[i + 1].text.strip()
    return (
        _head_tail_line(tail)
        and _sentence_case_line(lines[i].text.strip())
        # (or under a kicker's label in capitals: "LETTERS" / "Let us keep our" / "beaches
        # clean" / "Every weekend the beaches at …", the lead's round 44)
        and (_closed_above(lines, i) or _under_label(lines, like, i))
        and not is_credit(lines[i].text)
        and _head_over_prose(lines, i + 1, columns)
    )


#: The most lines a narrow column wraps a head over (_narrow_head_run).
NARROW_HEAD_LINES: Final = 4
#: The most words of a line of such a head: its larger type holds few in a narrow column.
NARROW_HEAD_WORDS: Final = 4
#: The marks no line of a head a narrow column wrapped ends on: a sentence's or a clause's.
_HEAD_RUN_STOPS: Final = frozenset(".!?;:,")


def _narrow_head_run(lines: list[Line], like: Sequence[bool], i: int, columns: _Columns) -> int:
    """On a modern page (the caller's gate), line ``i`` opens a sentence-case head that a narrow
    column wrapped over two to NARROW_HEAD_LINES lines in its larger type, whatever each line opens
    or ends on ("Airport car park to" / "close", "Police seek" / "witnesses to" / "West Bay crash",
    "Bodden Town" / "road widening" / "to start in" / "March"), straight over its story's first line
    (a line opening on a capital that fills the column) or its reporter's byline: one past the
    head's last line, or 0. Each line of the head is short (is_short), of at most NARROW_HEAD_WORDS
    words and no comma, and cut short, the next one's first word would have fitted on it in the
    column of the prose under it, which no line of a paragraph's is; none ends on a stop or a
    clause's mark; the lines joined are a sentence-case head (_sentence_case_line); and the head
    stands where a story may start (_closed_above, or under a label). A paragraph's first lines fill
    their column (the lead's round 49, a PDF text layer's five-column front)."""
    first = lines[i].text.strip()
    if not first[:1].isupper() or first[-1:] in _HEAD_RUN_STOPS or i + 2 >= len(lines):
        return 0  # (most lines)
    if not (_closed_above(lines, i) or _under_label(lines, like, i)):
        return 0
    for end in range(i + 2, min(i + NARROW_HEAD_LINES, len(lines) - 1) + 1):
        last = lines[end - 1].text.strip()
        if like[end - 1] or not last or last[-1:] in _HEAD_RUN_STOPS:
            return 0
        if is_byline_line(last) or starts_story(last):
            return 0  # (a head's byline or dateline under it: the head is one line)
        below = lines[end].text.strip()
        if not below[:1].isupper():
            continue
        column = columns.forward(end)
        if not (
            is_byline_line(below) or (not is_short(lines[end], column) and _prose_opening(below))
        ):
            continue
        if all(
            is_short(lines[j], column)
            and len(lines[j].text.split()) <= NARROW_HEAD_WORDS
            and "," not in lines[j].text
            and not next_word_wraps(len(lines[j].text.strip()), lines[j + 1].text, column)
            for j in range(i, end)
        ):
            head = " ".join(line.text.strip() for line in lines[i:end])
            # (a list's title-case items, "Magistrate and Constables" / "Public Offices", hold
            # no word in small letters but joining words)
            if _sentence_case_line(head) and _small_word_past_first(head):
                return end
        return 0
    return 0


def _after_list(lines: Sequence[Line], i: int, modern: bool) -> bool:
    """On a ``modern`` page (the gate: a 1916 column's speck read as a bullet stands alone),
    line ``i`` stands under a fact box's last bulleted item, one line that closes on no stop
    ("• Report outages on 1800 372 999" / "Luas line closed for repairs"), under another item
    (_bullet_above). A list's end closes what came before as a stop does."""
    return (
        modern and i >= 1 and opens_bullet_item(lines[i - 1].text) and _bullet_above(lines, i - 1)
    )


#: A sentence's first word no sentence runs on into: an article with its capital.
_SENTENCE_ARTICLES: Final = frozenset(("The", "A", "An"))


#: Titles set before a name with no stop (British style): a line ending on one runs on into
#: the name (_sentence_case_heads_over_prose).
_NAME_TITLES_WITHOUT_STOP: Final = frozenset(
    "St Mr Mrs Ms Dr Sir Mt Ft Fr Rev Gen Sen Rep Gov Capt Lt Col Sgt Prof".split()
)


def lone_cjk_character(text: str) -> bool:
    """A line of one Chinese character and nothing else (no stop)."""
    stripped = text.strip()
    return len(stripped) == 1 and "\u4e00" <= stripped <= "\u9fff"


def _name_goes_on(text: str, below: str) -> bool:
    """A line ends on a capitalised word after a small one and the line under it opens on a
    capitalised word that is no small one: a name broken at the wrap ("… ward at King" /
    "Edward VII Memorial Hospital"); a head's last name is over a sentence's opening ("… open
    on Sundays" / "To the editor: …"), and one cut short is asked by its width."""
    words = text.split()
    following = below.split(maxsplit=1)
    return (
        len(words) >= 3
        and words[-1][:1].isupper()
        and words[-2].lower() in _SMALL_END_WORDS
        and bool(following)
        and following[0][:1].isupper()
        and following[0].lower() not in _SMALL_END_WORDS
    )


def _opens_sentence_alone(text: str) -> bool:
    """A line whose first word opens a sentence, so that the unstopped sentence-case line above
    it runs on into nothing and is a head (_sentence_case_heads_over_prose, on a modern page
    only: the gate): an article with its capital ("Bridge to close for repairs" / "The Mill
    Street bridge will"), or a tabloid's lead-in word in capitals before a word in small
    letters ("Shark nets stay" / "THE state's shark net", "Bin strike ends" / "RUBBISH
    collection will"). A sentence's unstopped line ending on a small word ("… reported to" /
    "The Times") is no sentence-case line, and never asked."""
    words = text.split()
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    if first in _SENTENCE_ARTICLES:
        return second[:1].isalpha()
    return (
        len(first) >= 2
        and first.isupper()
        and first.replace("'", "").replace("’", "").isalpha()
        and second[:1].islower()
    )


#: The lines under a head line read as its story's lead (echoed_by_lead).
ECHO_LEAD_LINES: Final = 3
#: How well a head's words must recur in those lines (echo.title_score).
ECHO_LEAD_SCORE: Final = 0.6


def echoed_by_lead(lines: Sequence[Line], i: int) -> bool:
    """On a modern page (the caller's gate), a sentence-case line over a line opening on a
    capital whose words recur in the lines under it ("Police probe market fire" / "Police are
    investigating a fire that" / "destroyed 50 stalls at the main market"; branch en44): a
    brief's head, however full its line (a head as wide as the column leaves no room to tell it
    by its length). A story's lead retells its head; a paragraph's first line is not retold by
    the lines that go on from it."""
    if not lines[i + 1].text.lstrip()[:1].isupper():
        return False
    return title_score(lines[i].text.strip(), _lead_under(lines, i), bases=True) >= ECHO_LEAD_SCORE


def wrapped_head_echoed_by_lead(lines: Sequence[Line], i: int) -> bool:
    """A sentence-case head wrapped on a small word over two lines (_wrapped_head_line:
    "Airport car park to" / "close") whose words recur in the lines under it, a line opening
    on a capital first ("The short-stay car park at Owen Roberts International Airport will
    close …"): echoed_by_lead's test of a head a narrow column wrapped (the lead's round 49).
    The caller gates it."""
    if i + 2 >= len(lines) or not lines[i + 2].text.lstrip()[:1].isupper():
        return False
    first, tail = lines[i].text.strip(), lines[i + 1].text.strip()
    if not tail or tail[-1:] in _HEAD_RUN_STOPS or not _wrapped_head_line(first):
        return False
    return title_score(f"{first} {tail}", _lead_under(lines, i + 1), bases=True) >= ECHO_LEAD_SCORE


#: How much of a head echoed by its lead its story's first line alone must retell to be
#: that lead's first line, never the head's deck (find_titles; branch zh49).
CJK_RETELLING_LINE: Final = 0.4
#: The fewest and most characters of a Chinese head _cjk_head_echoed reads.
CJK_ECHO_HEAD_CHARS: Final = (6, 24)


def _cjk_head_echoed(lines: Sequence[Line], i: int) -> bool:
    """A Chinese line with no stop or comma whose character pairs recur in the lines under it
    (echo.title_score of ECHO_LEAD_SCORE over ECHO_LEAD_LINES lines, as echoed_by_lead asks an
    English line): a brief's head as wide as its narrow column, or wider, over the brief that
    retells it ("本拿比冬季游泳班開始報名" / "本拿比市府冬季游泳班即日" / "起接受網上報名，課程於1";
    branch zh49), the lead a modern one (a comma in it). Its width tells it from the text no
    more (_set_short, _full_line_between_paragraphs); a paragraph's first line is not retold by
    the lines that go on from it. The caller asks it only of a title-like line under a closed
    one."""
    text = lines[i].text.strip()
    low, high = CJK_ECHO_HEAD_CHARS
    if not low <= len(text) <= high or not CJK_PROSE_STOPS.isdisjoint(text):
        return False
    if starts_numbered_item(text):
        return False  # ("（一）任命張文彬" over its clause's text: an item, no head)
    if i + 1 < len(lines) and _fills_but_for_indent(lines[i], lines[i + 1].width):
        # (an indented line filling the column but for its indent opens a paragraph, whatever
        # pairs the lines under it share with it: "  的的的的的的的的" / "的的的的的的的的的的", a
        # generated page's; found by test_properties after round 49)
        return False
    lead = _lead_under(lines, i)
    # (a modern lead, its clauses parted by the modern comma: an old ad's slogan over its
    # house's lines, "節約建國　儲蓄救國" / "中國農工銀行" / "舉辦節約建國儲蓄券", holds none)
    return ("，" in lead or "," in lead) and title_score(text, lead) >= ECHO_LEAD_SCORE


def _lead_under(lines: Sequence[Line], i: int) -> str:
    """The ECHO_LEAD_LINES lines under line ``i`` joined: what a head's story retells of it
    (echoed_by_lead), and what a paragraph's first line of names is not retold by
    (_capitalised_lines_run_on)."""
    return " ".join(line.text.strip() for line in lines[i + 1 : i + 1 + ECHO_LEAD_LINES])


def _head_over_prose(lines: list[Line], i: int, columns: _Columns) -> bool:
    """A one-line sentence-case head straight over its story's first line ("Library closes
    early Friday" / "The Warder Public Library will close at 2 p.m. Friday for"): a line with
    a word in small letters (not title case), cut short (the next line's first word would
    have fitted on it) though it ends no sentence, over a line opening on a capital that fills
    the column."""
    text = lines[i].text.strip()
    following = lines[i + 1].text.strip()
    if not following[:1].isupper() or not _small_word_past_first(text):
        return False
    column = columns.forward(i + 1)
    return not next_word_wraps(len(text), following, column) and not is_short(lines[i + 1], column)


def _small_word_past_first(text: str) -> bool:
    """Whether a word after the first is in small letters and no joining word (_SMALL_END_WORDS),
    of any length: a sentence-case head holds one ("Library closes early Friday"), a title-case
    line none (_small_content_word asks a longer word anywhere on the line)."""
    return any(
        word.isalpha() and word.islower() and word not in _SMALL_END_WORDS
        for word in text.split()[1:]
    )


def _sentence_case_line(text: str) -> bool:
    """A line a sentence-case head or deck may be (see _sentence_case_head)."""
    if (
        not text[:1].isupper()
        or len(text) > SENTENCE_CASE_CHARS
        or text[-1:] in _SENTENCE_CASE_LAST
    ):
        return False  # (most lines)
    words = text.split()
    return (
        # (a price's £ or € is no mark against it: "Museum wins £2m grant")
        text.translate(_CURRENCY_MARKS).isascii()
        and 2 <= len(words) <= SENTENCE_CASE_WORDS
        and words[-1].lower() not in _SMALL_END_WORDS
        and text.count(",") <= 1
        # a word in small letters: sentence case, not capitals (is_title_like's)
        and any(word.isalpha() and word.islower() for word in words[1:])
        # (the two costly tests last: a line most often fails one of the above)
        and not is_byline_line(text)
        and not starts_story(text)
        # a jump line ("Please see FARES, A5") closes its story: no head (branch tabloid34)
        and match_continuation(text) is None
    )


#: The marks no sentence-case head ends on: a sentence's or a clause's, a hyphen, a quote.
_SENTENCE_CASE_LAST: Final = frozenset(".,;:-—!?\"'”’)")
#: Words no head ends on: a line ending so runs on.
_SMALL_END_WORDS: Final = frozenset(
    "a an the of to in on at by for and or but with from as that is was are were".split()
)


def _caption_over_closing_credit(lines: list[Line], i: int, columns: _Columns) -> bool:
    """A Chinese line filling the column over a line that a photo credit closes ("义工昨天在芽笼士
    乃巴刹为年长居民" / "派发年货。 （黄家豪摄）"): the caption's first line, which holds no stop
    to tell it from a title."""
    if i + 1 >= len(lines) or lines[i + 1].text.rstrip()[-1:] not in ")）":
        return False  # (most lines: the line under them closes on no bracket)
    return (
        split_closing_credit(lines[i + 1].text.strip()) is not None
        and title_style(lines[i].text) == "cjk"
        and not is_short(lines[i], columns.forward(i))
    )


def _caption_opens(lines: list[Line], i: int, columns: _Columns) -> bool:
    """Line ``i`` is a Chinese caption's first line (_caption_over_closing_credit) under a line
    that ends a sentence: the caption starts there, not the story's paragraph above."""
    return lines[i - 1].text.rstrip()[-1:] in "。！？”" and _caption_over_closing_credit(
        lines, i, columns
    )


def _zero_for_stop(text: str) -> bool:
    """Whether a Chinese line's last character, a zero, is its full stop as OCR read it (a 。's
    ring read as 0: PaddleOCR's commonest slip on a stop): a lone 0 straight after an ideograph
    (``…协助雇主调整排班0``), never after a figure (``增长10``), a letter or a mark, nor after a
    word a figure follows (第, 约, 为, 至, 到: ``人数为0``). A zero printed alone after any other
    ideograph would be a figure broken by the line end, which Chinese setting does not do."""
    stripped = text.rstrip()
    return (
        len(stripped) >= 2
        and stripped[-1] == "0"
        and "\u4e00" <= stripped[-2] <= "\u9fff"
        and stripped[-2] not in "第约約为為至到"
    )


#: The most lines of a Chinese stack under a contents box (_stacks_under_entries).
ENTRY_STACK_LINES: Final = 6


def _stacks_under_entries(
    lines: list[Line], like: list[bool], flags: list[bool], entries: list[bool]
) -> None:
    """A Chinese stack straight under a contents box's last entry ("羽球混双闯进世巡赛总决赛 体育
    C2" / "大马新闻" / "首相宣布明年2月起" / "最低薪金调至1900令吉" / deck / "报道：黄美玲";
    branch zh45): its lines, each able to be a title and none closing a sentence, up to the
    story's opening or byline, are all titles, as such a run opening a block is (find_titles:
    the entry closes what is above as a block's start does). At most ENTRY_STACK_LINES lines;
    the run must end on a line that opens a story."""
    for start in range(1, len(lines)):
        if not entries[start - 1] or entries[start] or not like[start]:
            continue
        end = start
        while (
            end < len(lines)
            and end - start < ENTRY_STACK_LINES
            and like[end]
            and not entries[end]
            and title_style(lines[end].text) == "cjk"
        ):
            end += 1
        if end == start or end >= len(lines) or end - start >= ENTRY_STACK_LINES:
            continue
        rest = lines[end]
        if starts_story(rest.text) or is_byline_line(rest.text) or _dateline_across(lines, end):
            flags[start:end] = [True] * (end - start)


def _closed_above(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands where something new may start: the block's first line, or
    under a line that closes what came before (see closes), or under a caption's photo credit
    in brackets that the column broke over two lines (_credit_closes_above)."""
    return (
        i == 0
        or closes(lines[i - 1].text)
        or _credit_closes_above(lines, i)
        # (or under "See Page 2" alone, a story's jump or a teaser's pointer; branch en47)
        or see_page_alone(lines[i - 1].text) is not None
    )


def _credit_closes_above(lines: list[Line], i: int) -> bool:
    """Whether the two lines over line ``i`` end on a caption's bracketed photo credit that the
    column broke over them ("… 冰雕作品。（图片来源：" / "视觉中国）"): the caption ends there as
    surely as at a credit on one line, so a head may stand under it (the bracket alone, which
    ends no sentence, left the head run into the caption). So too a credit run in after a
    spaced dash whose label the line's end parted from the name (classify.
    split_run_in_dash_credit: "… yesterday. — Picture:" / "Kudakwashe Hunda", branch en47)."""
    if i < 2:
        return False
    if lines[i - 2].text.endswith(":") and lines[i - 1].text[:1].isupper():
        return (
            split_run_in_dash_credit(f"{lines[i - 2].text.strip()} {lines[i - 1].text.strip()}")
            is not None
        )
    if lines[i - 1].text.rstrip()[-1:] not in ")）":
        return False  # (most lines: the line above closes on no bracket)
    above = lines[i - 1].text.strip()
    if "（" in above or "(" in above:
        return False  # the bracket opens on the line above itself: closes() asked that one
    joined = lines[i - 2].text.strip() + above
    # (or a brief's correspondent in brackets the column broke so: "…1100余处。（通" / "讯员 赵
    # 军）"; branch zh47)
    return split_closing_credit(joined) is not None or ends_on_cjk_agency(joined)


def _dun_stopped_tail(lines: list[Line], columns: _Columns, i: int) -> bool:
    """Line ``i`` is a paragraph's last line, set short and closed by 、 as a full stop
    (dun_stop). A title may stand under it ("…重視云、" / "擴充"), and the line above runs
    into it ("自應靜待整個之辦" / "法云、"): no title. (A 、 ending a line that fills the
    column is mostly a comma the line's end fell on.)"""
    return dun_stop(lines, i) and is_short(lines[i], columns.local(i))


#: Lines above a line ending on 、 read to tell the text's punctuation (dun_stop).
DUN_STOP_WINDOW: Final = 6
#: 、 at least in those lines (the line's own one too) for 、 to be the text's stop.
DUN_STOP_MARKS: Final = 3
#: The stops of modern punctuation: one of them in the window, and 、 is a list's comma.
_MODERN_STOPS: Final = frozenset("，。；！？")


#: What before 云 makes it "says" with the words to follow (據云, 或云, 亦云 …): no report's end.
_QUOTING_BEFORE_YUN: Final = frozenset("據据或亦人有所云")
#: The widest line (in characters) of a notch's run of lines (_inside_even_notch).
NOTCH_RUN_CHARACTERS: Final = 4


def _inside_even_notch(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` stands inside a run of lines of one narrow width (NOTCH_RUN_CHARACTERS
    at most): the two lines above it and the line under it as wide as it ("頭食物" / "、盡量" /
    "儲藏、" / "以備緊" / "急之用"). Text wrapped round a picture or a head sets such a run, and
    a 、 ending one of its lines fell at the line's end as a comma: no head stands under it
    (branch hz46). A crosshead set short under wider text is not inside one."""
    if i < 2 or i + 1 >= len(lines):
        return False
    width = lines[i].width
    return (
        _characters(lines[i].text) <= NOTCH_RUN_CHARACTERS
        and lines[i - 1].width == width
        and lines[i - 2].width == width
        and lines[i + 1].width == width
    )


def dun_stop(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` ends on 、 used as a full stop, as the Chinese press of the 1920s-40s
    punctuates (wire copy set with 、 as its only mark, "…尚無重大接觸云、"): its last mark is
    、, and the lines above it (DUN_STOP_WINDOW, within the block) hold DUN_STOP_MARKS of 、
    with it and none of ，。；！？. In modern text 、 only lists words, and a comma or a full
    stop is never that far away. A report's closing 云 with no mark after it ("…截至現在" /
    "止共八千四百名云") ends it as surely, in such text (branch hz46); not 據云, 或云, 亦云,
    人云, 有云, 所云, 云云, where the quoted words follow."""
    text = lines[i].text.rstrip()
    if text[-1:] != "、" and not (text[-1:] == "云" and text[-2:-1] not in _QUOTING_BEFORE_YUN):
        return False
    marks = 0
    for line in lines[max(0, i - DUN_STOP_WINDOW) : i + 1]:
        if not _MODERN_STOPS.isdisjoint(line.text):
            return False
        marks += line.text.count("、")
    return marks >= DUN_STOP_MARKS


def _title_under_dirt(text: str) -> bool:
    """A mixed-case head closing on a stop with a mark OCR left after it ("1 Brown's in Towa. -",
    "Married. |")."""
    if text[-1:].isalnum() or text.rstrip()[-1:] not in "-|'\"!":
        return False
    clean = _TRAILING_DIRT.sub("", text)
    return clean != text and clean.endswith(".") and is_title_like(clean)


#: A title before a name, closing a line ("… and Mrs." / "Eva Noyes and Miss Bernice"): the
#: name follows on the next line, so its stop closes nothing.
_TITLE_BEFORE_NAME: Final = re.compile(
    r"\b(?:Mr|Mrs|Messrs|Dr|Drs|St|Gen|Col|Capt|Lieut|Maj|Sergt|Gov|Sen|Rev|Prof|Hon)\.$"
)


#: A first name and a middle initial closing a line ("Sincerely, John E." / "Davis.", "… home
#: of Anthony J." / "Drexel."): the surname follows on the next line. Not a month ("… made
#: January H.", a day misread).
_NAME_BEFORE_SURNAME: Final = re.compile(
    r"(?<![\w'’-])(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z][a-z]+\s+[A-Z]\.$"
)


def _before_a_name(text: str) -> bool:
    """Whether the line closes on a title before a name ("… and Mrs.") or, in prose or a list
    of names, on a first name and an initial ("… John E."): the name goes on on the next line,
    and the stop closes nothing (the stop is tested first, the patterns after)."""
    return text[-1:] == "." and (
        _TITLE_BEFORE_NAME.search(text) is not None
        or (
            # (most lines ending on a stop end on a word: the pattern is tried only on " X.")
            text[-3:-2] == " "
            and text[-2:-1].isupper()
            and _NAME_BEFORE_SURNAME.search(text, max(0, len(text) - 40)) is not None
            # (in prose or a list of names: "Resistance Declares C." / "Merritt." closes a
            # deck, "Republican A." / "Leased Wire" a wire credit)
            and (", " in text or _SMALL_WORD.search(text) is not None)
        )
    )


def closes(text: str) -> bool:
    """Whether a line closes what came before it: a sentence end (a stray mark OCR left after it
    aside, and not a title before a name: "… and Mrs."), a jump line ("Continued on page 4"),
    a byline or a signature."""
    clean = (
        _TRAILING_DIRT.sub("", _TRAILING_FIGURE.sub("", text)) if may_end_on_speck(text) else text
    )
    clean = without_speck(clean)  # (clean is text here when text ends on a capital)
    if _before_a_name(text):
        return False
    return (
        ends_sentence(text)
        or ends_sentence(clean)
        or _is_jump_line(text)
        or (clean != text and _is_jump_line(clean))
        or is_byline_line(text)
        or is_signature(text)
        or is_firm_line(text)
        or letter_counts(text)[0] < 3  # a stray number or mark (letters counted in C)
        or ends_on_cjk_agency(text)
        or ends_on_notice_formula(text)
        # (完 or 續 asked here first: no English line holds either)
        or (("完" in text or "續" in text or "续" in text) and ends_installment(text))
        # a foot credit run in after the last stop ("… morning. — White Star"; branch en44)
        or split_run_in_dash_credit(text) is not None
    )


def _is_jump_line(text: str) -> bool:
    jump = match_continuation(text)
    return jump is not None and not jump[1]


#: The most lines of a teaser's head over its "SEE STORY ON A4" pointer.
SEE_STORY_HEAD_LINES: Final = 3


def _teaser_heads_over_see_story(body: Sequence[Line], titles: Sequence[bool]) -> list[int]:
    """The lines of a teaser's head set straight over its pointer to the story ("MRT-3 to run
    until midnight" / "for the holidays" / "SEE STORY ON A4"), on a modern page: a pointer of
    that form names the story it promotes, never the jump of the text above it (a story's jump
    says "Continued on A2"), so the lines over it since the last sentence's end, at most
    SEE_STORY_HEAD_LINES and none closing a sentence, are a head, not that text's last
    paragraph (branch en43)."""
    found: list[int] = []
    for k, line in enumerate(body):
        if k == 0 or not is_see_story_pointer(line.text):
            continue
        start = k
        while (
            start > 0
            and k - start < SEE_STORY_HEAD_LINES
            and not titles[start - 1]
            and not closes(body[start - 1].text)
        ):
            start -= 1
        # (the run must start the block or stand under a closed sentence, and hold a line)
        if start < k and (start == 0 or closes(body[start - 1].text) or titles[start - 1]):
            found.extend(range(start, k))
    return found


def reflow_block(
    block: Block,
    index: int,
    modern: bool | None = None,
    sentence_heads: set[int] | None = None,
    heads_next: bool = False,
    under_head: bool = False,
    list_item: bool = False,
    under_byline: bool = False,
    under_label: bool = False,
) -> list[Unit]:
    """Split a block into title, paragraph and credit units (texts are joined later); on a
    ``modern`` page (modern_page) sentence-case heads over prose are looked for in every
    block, on a page it found not modern (False) no sentence-case head is, and where it was
    not asked (None: the layout path) each line is asked. ``heads_next``: the next block opens
    a modern story (block_opens_modern_story), so a block that is nothing but a sentence-case
    head stack (_head_stack_block) is that story's head; ``under_head``: the block above was
    asked so, and a writer's name over the city or news organisation opening this block is its
    story's byline (_name_over_place_opening). ``list_item``: the block is an item of a list a
    colon announced above it (formats.text._items_under_colon), no title. ``under_byline``:
    the block above is a byline alone under a head's block (formats.text asks it), so this
    block is its story's text and its first line over prose no head, however the column
    wrapped it ("By Maria Linares" // "The swimming pool at Bayside" / "School reopened on
    Wednesday" / …: Tesseract's line is set in a narrower box than its letters' count tells,
    and a name broken at the line's end read as a head; branch ocr49). ``under_label``: the
    block stands straight under a box of briefs' label (formats.text asks it), so its first
    line, a sentence-case head's (opens_sentence_case_head) over a line opening on a capital,
    is the first brief's head, even one ending on a verb's small word ("IN BRIEF" //
    "Christmas lights switched on" / "The Christmas lights in Main"; branch ocr49)."""
    lines = list(block.lines)
    units: list[Unit] = []
    credit_lines = _trailing_credit(lines, block.double_spaced)
    if modern and not credit_lines and _capitals_credit_closing(lines):
        credit_lines = lines[-1:]
    body = lines[: len(lines) - len(credit_lines)]
    tabular = table_lines(body)
    #: The lines of bylines with no "By" over two lines, on a modern page: no title, a unit each.
    named = _named_byline_lines(body) if modern else frozenset()
    if modern and under_head and _name_over_place_opening(body):
        named = named | {0, 1}
    elif modern and under_head and _name_over_prose_opening(body):
        named = named | {0}
    #: A block of nothing but a byline under a head's or deck's block (formats.text asked
    #: byline_block_over_prose of it with the block under it): its lines are no title.
    byline_alone = (
        modern
        and under_head
        and 0 < len(body) <= 2
        and not credit_lines
        and len(body) == len(lines)
        and (
            is_byline_alone(body[0].text)
            or is_personal_byline(body[0].text)
            or is_capitals_byline(body[0].text)
            or (len(body) == 2 and _named_byline_lines(body) == {0, 1})
        )
    )
    if byline_alone:
        named = frozenset(range(len(body)))
    #: The capitals heads' first lines taken back from the prose above (_caps_head_first_line):
    #: each runs on into the title under it.
    first_lines: set[int] = set()
    titles = (
        _find_titles(body, block.double_spaced, tabular, modern, named, first_lines, sentence_heads)
        if body
        else []
    )
    if under_byline and len(titles) >= 3 and titles[0] and not titles[1] and not credit_lines:
        titles[0] = False
    elif (
        under_label
        and len(titles) >= 2
        and not titles[0]
        and not titles[1]
        and body[1].text.lstrip()[:1].isupper()
        and opens_sentence_case_head(body[0].text.strip())
    ):
        titles[0] = True
    if list_item:
        # (a list's item a colon announced: a paragraph of its own, never a title, however its
        # lines break; "Valletta: Royal Pharmacy, Republic" / "Street")
        return [Unit("paragraph", body, index, tabular=True)]
    if byline_alone:
        titles = [False] * len(body)
    elif (
        heads_next
        and modern
        and body
        and not credit_lines
        # (a deck's own block under its head's block: formats.text._heads_next asked it)
        and (_head_stack_block(body) or (under_head and deck_block(block)))
    ):
        titles = [True] * len(body)
    if (
        modern
        and credit_lines
        and 1 < len(body) <= CAPTION_BLOCK_LINES
        and closes(body[-1].text)
        and not closes(body[0].text)
    ):
        # A photo's caption in a block of its own closed by its credit ("A Dubai Metro train
        # leaves Jumeirah" / "Lakes Towers station. The network …" / "Image Credit: …") is
        # the caption's text throughout: a head is set in a block of its own on such a page,
        # never over a caption its credit closes.
        titles = [False] * len(body)
    if (
        credit_lines
        and len(body) >= 3
        and titles[-2]
        and not titles[-1]
        and ends_sentence(body[-1].text)
        and cjk_ratio(body[-2].text) >= 0.5
        and not ends_sentence(body[-2].text)
        and closes(body[-3].text)
    ):
        # A Chinese caption's first line over its closing line, the credit closing the block
        # under them, after a closed line ("…（轉A3版）" / "泰國央行助理總裁昨日在記" / "者會上說明
        # 降息理由。" / "（本報記者攝）"): the caption's, no head over a one-line story.
        titles[-2] = False
    if modern and body:
        for k in _teaser_heads_over_see_story(body, titles):
            titles[k] = True
    named = named | _wrapped_puff_heads(body, titles)
    # (a skybox's puffs closed by a section's letter and page are title lines: the strip is no
    # paragraph)
    puff_lines = lettered_puff_lines([line.text for line in body], len(body))
    for k in puff_lines:
        titles[k] = True
    for k in puff_lines:
        # (a puff's last line closes it as a stopped line would: a kicker in capitals under
        # it over a sentence-case head stack is the next story's, "Cup opener C1" / "HOUSING"
        # / "More flexible HDB loans for" / …; branch en45)
        if k + 2 < len(body) and not titles[k + 1] and _label_over_stack(body, k + 1):
            titles[k + 1] = True
    #: The lines that carry on a bulleted deck's first line (_bullet_decks_over_byline).
    bullet_tails = _bullet_decks_over_byline(body, titles, named) if modern else set()
    #: The lines of the block's tables (table_lines): each a paragraph of its own; and on a
    #: modern page a small ad's telephone line (small_ad_phone_line), which is one too.
    table_numbers = {line.number for line, member in zip(body, tabular, strict=True) if member}
    if modern:
        for k, line in enumerate(body):
            if small_ad_phone_line(line.text):
                table_numbers.add(line.number)
                if k + 1 < len(body) and titles[k + 1] and _ad_address_line(body[k + 1].text):
                    # (the shop's address under its number is the ad's line, not a head)
                    titles[k + 1] = False
    # A tight block of nothing but title lines, standing alone, is one title wrapped over
    # lines (a teaser); title lines printed straight above a body are separate decks.
    wrapped = bool(titles) and all(titles) and not credit_lines and not block.followed_tight
    column = estimate_column_width([line.width for line in body]) if wrapped else 0
    all_caps = wrapped and all(title_style(line.text) == "caps" for line in body)
    #: The width of the block's prose column, worked out when a capitals title line asks
    #: (-1 until then); and the block's column for a Chinese title's tail (_narrow_cjk_tail).
    prose_column = -1
    cjk_column = -1
    run: list[Line] = []

    def flush_run() -> None:
        if not run:
            return
        start, guessed = 0, False
        for offset, (brk, guess) in enumerate(
            _weighed_breaks(run, historical=modern is False, modern=modern is True), start=1
        ):
            if table_numbers and (
                run[offset - 1].number in table_numbers or run[offset].number in table_numbers
            ):
                # A table's row or label is a paragraph of its own (the table's shape says so).
                brk, guess = True, False
            if brk:
                units.append(_table_or_text(run[start:offset], index, guessed, table_numbers))
                start, guessed = offset, guess
        units.append(_table_or_text(run[start:], index, guessed, table_numbers))
        run.clear()

    for position, (line, is_title) in enumerate(zip(body, titles, strict=True)):
        if not is_title and position in named:
            flush_run()
            units.append(Unit("paragraph", [line], index))
            continue
        if not is_title:
            run.append(line)
            continue
        flush_run()
        style = title_style(line.text)
        previous = units[-1] if units else None
        if (
            prose_column < 0
            and style == "caps"
            and previous is not None
            and previous.kind == "title"
            and previous.style == "caps"
        ):
            prose_column = _narrow_prose_column(body, titles)
        # A list of Chinese titles standing alone, each wrapped over lines: a line filling
        # the column runs on into a short one (in double-spaced text too).
        listed = wrapped and style == "cjk" and len(body) > 2
        joins = (
            previous is not None
            and previous.kind == "title"
            and previous.style == style
            # Nothing but blank lines and rules between (no masthead taken out).
            and line.number - previous.lines[-1].number - 1 <= line.gap
            and (not block.double_spaced or listed)
            and not _is_entry(line)
            and not _ends_entry(previous.lines[-1])
            and (
                _continues_dash(previous, line)
                or (
                    not line.text.startswith("—")
                    and (
                        (style != "cjk" and caps_runs_on(previous.lines[-1].text, line.text))
                        # A sentence-case head wrapped on a preposition or a particle
                        # ("Italy rescues 300 off" / "Lampedusa in one day").
                        or (
                            style == "mixed"
                            and bool(modern)
                            and _wrapped_on_particle(previous.lines[-1].text, line.text)
                        )
                        # A capitals head's first line taken back from the prose above.
                        or (style == "caps" and previous.lines[-1].number in first_lines)
                        # Capitals wrapped in a narrow column ("TEN LOST LIVES" / "COPPER").
                        or (style == "caps" and caps_head_wraps(previous.lines[-1].text, line.text))
                        # Capitals broken where a narrow column ends, not where a deck does.
                        or (
                            style == "caps"
                            and _fills_narrow_column(
                                previous.lines[-1].text, line.text, prose_column
                            )
                        )
                        # Capitals filling a block of their own are one headline wrapped
                        # ("SAY DEMOCRATIC DEFEAT" / "HASTENED ADRIATIC PACT").
                        or (style == "caps" and all_caps)
                        # A headline set a word a line ("MARTIN" / "COMING") is one headline.
                        or (
                            style == "caps"
                            and _lone_word(previous.lines[-1].text)
                            and _lone_word(line.text)
                        )
                        # A name alone inside a modern head wrapped in a block of its own
                        # ("Man charged over" / "Devonshire" / "break-ins", the lead's round 48).
                        or (
                            style == "mixed"
                            and modern is True
                            and wrapped
                            and _name_inside_stack(body, position)
                        )
                        # A mixed-case deck under a headline is one deck however it wraps
                        # (a contents box's entry above is no headline).
                        or (
                            style == "mixed"
                            and len(units) >= 2
                            and units[-2].kind == "title"
                            and not _is_entry(units[-2].lines[-1])
                            and not (modern and _deck_under_sentence_head(previous, line))
                        )
                        or (
                            style == "cjk"
                            and wrapped
                            and (not listed or _wraps_on(previous.lines[-1], line, column))
                            # A wrapped title's first line is the full one: a line of more
                            # characters under it is the next deck (a subheadline), unless
                            # it ends on a colon or dash ("原子级制造：") or the line under it
                            # closes the title with its page pointer ("“一网统管”（见第2版）").
                            and (
                                _characters(line.text) <= _characters(previous.lines[-1].text)
                                or previous.lines[-1].text.endswith(RUNS_ON_MARKS)
                                or match_teaser_pointer(line.text) is not None
                            )
                        )
                    )
                )
            )
        )
        if (
            not joins
            and style == "cjk"
            and not wrapped
            and previous is not None
            and previous.kind == "title"
            and previous.style == "cjk"
            and not previous.listed
            and not line.listed
            and line.number == previous.lines[-1].number + 1
            # (the tail stands straight over the text, as a deck's or head's last line does)
            and position + 1 < len(body)
            and not titles[position + 1]
        ):
            if cjk_column < 0:
                # (a modern block's: its text stops on 。, as a Republican-era page's, on 、
                # alone, does not)
                modern_stops = any("。" in line.text for line in body)
                cjk_column = (
                    estimate_column_width([line.width for line in body]) if modern_stops else 0
                )
            # (a title line filling a narrow Chinese column over a tail at most half as wide is
            # one line wrapped: "基準利率降至1.25% 兩" / "年來最低"; branch bb48)
            joins = _narrow_cjk_tail(previous.lines[-1], line, cjk_column)
        if (
            not joins
            and style == "cjk"
            and line.listed
            and previous is not None
            and previous.kind == "title"
            and previous.listed
            and len(previous.lines) == 1
            and _wrapped_entry_tail(previous.lines[0], line)
        ):
            joins = True  # (a contents box's entry wrapped: "泰國隊晉級東南亞盃四" / "強")
        if position in bullet_tails and previous is not None and previous.kind == "title":
            joins = True  # (a bulleted deck wrapped: _bullet_decks_over_byline)
        elif previous is not None and previous.kind == "title" and entry_rest(previous, line):
            joins = True  # (a box's entry whose page closes its first line: entry_rest)
        elif (
            line.listed
            and previous is not None
            and previous.kind == "title"
            and previous.listed
            and position >= len(previous.lines)
            and position <= entry_over_page_alone(body, position - len(previous.lines))
        ):
            joins = True  # (a box's entry over its page alone: entry_over_page_alone)
        elif opens_bullet_item(line.text) and bullet_tails:
            joins = False
        if joins and previous is not None:
            previous.lines.append(line)
        else:
            units.append(Unit("title", [line], index, style=style, listed=_is_entry(line)))
    flush_run()
    if credit_lines:
        # Only under something else of the block: a caption alone in its block stays whole.
        if len(units) >= 2 and units[-1].kind == "paragraph":
            units[-1:] = _caption_above_credit(units[-1])
        units.append(Unit("credit", credit_lines, index))
    return units


def _wrapped_on_particle(first: str, second: str) -> bool:
    """Whether a sentence-case head line ending on a preposition or a particle that
    classify.caps_runs_on does not know ("Italy rescues 300 off" / "Lampedusa in one day",
    "Ferry fares to rise after" / "Budget vote") runs on into the line under it: that line is
    no wider than it (a deck under a head is set wider, in smaller type: "Match called off" /
    "Heavy rain floods the pitch at Ta' Qali") and closes nothing. Asked on a modern page only
    (the caller's gate: a 1916 deck in capitals ends on "OFF", "CALLED OFF"; branch bb48)."""
    first, second = first.strip(), second.strip()
    words = first.split()
    return (
        len(words) >= 2
        and words[-1] in _HEAD_END_PARTICLES
        and bool(second)
        # (or a character or two wider, as proportional type wraps a head in a narrow column:
        # "Two held over" / "Chingola cable" / "theft"; a deck is DECK_WIDER wider at least;
        # branch en49)
        and len(second) < DECK_WIDER * len(first)
        and not closes(second)
    )


#: Prepositions and particles a sentence-case head line may be wrapped on, beyond
#: classify.RUN_ON_WORDS (_wrapped_on_particle).
_HEAD_END_PARTICLES: Final = frozenset(
    "off over after about against across amid near despite via than without toward towards "
    "through under behind before onto beyond around between among".split()
)


#: How much wider than each line of a sentence-case head a line under it is, at least, to be
#: its deck set in smaller type (_deck_under_sentence_head).
DECK_WIDER: Final = 1.2


def _deck_under_sentence_head(head: Unit, line: Line) -> bool:
    """On a modern page (the caller's gate), whether ``line`` under a sentence-case head (a
    kicker's, wrapped over lines: "Gov't to import 500,000 tons" / "as prices hit record
    high") is its deck, not the head's next line ("Farm groups fear drop in palay prices";
    branch en43): it opens on a capital where the head's last line runs on by no word or mark
    (classify.caps_runs_on), and holds DECK_WIDER times the characters of each of the head's
    lines, as a deck set in smaller type in the same column does. A head wrapped in its column
    keeps its lines' width."""
    text = line.text.strip()
    last = head.lines[-1].text.strip()
    words = " ".join(part.text.strip() for part in head.lines).split()
    return (
        text[:1].isupper()
        and len(text) >= DECK_WIDER * max(len(part.text.strip()) for part in head.lines)
        and not caps_runs_on(last, text)
        and any(word.isalpha() and word.islower() for word in words[1:])
        and not is_title_cased(" ".join(words))
    )


#: A Latin column at most this many characters wide is narrow: a headline set in it breaks
#: where the column ends (the development set's narrow family: 25 characters or fewer).
NARROW_LATIN_COLUMN = 25
#: The prose lines a block needs before its column width is trusted.
NARROW_COLUMN_LINES = 4


def _narrow_prose_column(body: Sequence[Line], titles: Sequence[bool]) -> int:
    """The width of the block's prose column when it is a narrow Latin one, else 0: its widest
    prose line (ragged lines leave the usual estimate a character or two short of it)."""
    widths = [line.width for line, is_title in zip(body, titles, strict=True) if not is_title]
    if len(widths) < NARROW_COLUMN_LINES:
        return 0
    return max(widths) if estimate_column_width(widths) <= NARROW_LATIN_COLUMN else 0


def _fills_narrow_column(first: str, second: str, column: int) -> bool:
    """Whether a capitals title line was broken only because a narrow column ended: both lines
    fit the column, the next line's first word would not have fitted after the first
    (``flARSIIAL ANDREW`` / ``EASLEY SHOT AND KILLED`` in a column of 22), and the first ends no
    deck (no stop, colon or closing mark)."""
    first, second = first.strip(), second.strip()
    if not column or not first or not second or first[-1] in ".!?:;,\"'”" or second[0] in "\"'“(":
        return False
    if max(len(first), len(second)) > column:
        return False  # set wider than the column (over two columns): not broken by it
    return next_word_wraps(len(first), second, column)


def _caption_above_credit(unit: Unit) -> list[Unit]:
    """The Chinese paragraph straight above a photo credit: a caption set under a story's last
    paragraph with no blank line between starts after the last line that ends a sentence
    short of the column even by one character (the credit says a caption is there, so the
    weaker evidence will do). Otherwise the paragraph as it is."""
    lines = unit.lines
    if len(lines) < 3 or cjk_ratio(lines[-1].text) < 0.5:
        return [unit]
    column = estimate_column_width([line.width for line in lines])
    for k in range(len(lines) - 1, 0, -1):
        above = lines[k - 1]
        if ends_sentence(above.text) and above.width <= column - 2:
            return [
                Unit("paragraph", lines[:k], unit.block, guessed=unit.guessed),
                Unit("paragraph", lines[k:], unit.block, guessed=True),
            ]
    return [unit]


#: A news digest's item is at most this many lines.
DIGEST_MAX_LINES: Final = 4


def _table_or_text(lines: list[Line], index: int, guessed: bool, table_numbers: set[int]) -> Unit:
    """A table's row or label (one line, marked ``tabular``), else _paragraph_or_digest."""
    if table_numbers and lines[0].number in table_numbers:
        return Unit("paragraph", lines, index, guessed=guessed, tabular=True)
    return _paragraph_or_digest(lines, index, guessed)


def _paragraph_or_digest(lines: list[Line], index: int, guessed: bool) -> Unit:
    """A paragraph unit, or, when its lines are a news digest's item ("Gen. E. M. Weaver dies.
    Page 3": a sentence or two closed by the page that tells it), a teaser of its own."""
    if len(lines) <= DIGEST_MAX_LINES and ends_digest_item(lines[-1].text):
        return Unit("title", lines, index, style="mixed", listed=True)
    return Unit("paragraph", lines, index, guessed=guessed)


def join_broken_digest_items(units: list[Unit]) -> list[Unit]:
    """A news digest's items as Tesseract breaks them (and see :func:`_item_without_page`).

    An item broken by a blank line (``Freighter wrecked on Pancake shoals`` /
    ``during worst storm in Lake Superior’s`` / blank / ``history. Page 4``), as Tesseract
    sets a paragraph's lines apart: the item closed by its page opens in small letters, so it
    is the end of the sentence above it, which stops on no sentence's end in the block before.
    Both together, at most DIGEST_MAX_LINES lines, are one item (a teaser); the paragraph
    alone would pass for a story and the item's tail for another."""
    result: list[Unit] = []
    for unit in units:
        previous = result[-1] if result else None
        if (
            previous is not None
            and unit.listed
            and unit.kind == "title"
            and previous.kind == "paragraph"
            and previous.block == unit.block - 1
            and len(previous.lines) + len(unit.lines) <= DIGEST_MAX_LINES
            and _opens_in_small_letters(unit.lines[0].text)
            and ends_digest_item(unit.lines[-1].text)
            and not ends_sentence(previous.lines[-1].text)
        ):
            result[-1] = Unit(
                "title", [*previous.lines, *unit.lines], previous.block, style="mixed", listed=True
            )
            continue
        if unit.kind == "title" and ends_digest_item(unit.lines[-1].text):
            _item_without_page(result)
        result.append(unit)
    return result


def _item_without_page(done: list[Unit]) -> None:
    """The digest item straight above another, printed with no page (the front page's own
    story: ``|Ex-Senator Root sure republicans will`` / ``| develop workable plan for
    association`` / ``of nations.``, each line in a block of its own): paragraphs of at most
    DIGEST_MAX_LINES lines in all, running on into each other and closing on one sentence's
    end, opening a block (under the box's heading or the item before) and straight over the
    next item. As prose they would pass for a headless brief."""
    if not done or done[-1].kind != "paragraph" or not ends_sentence(done[-1].lines[-1].text):
        return
    start = len(done) - 1
    # Back over the paragraphs the sentence runs on from (none ends a sentence).
    while (
        start
        and done[start - 1].kind == "paragraph"
        and not ends_sentence(done[start - 1].lines[-1].text)
    ):
        start -= 1
    run = done[start:]
    if start and done[start - 1].block == run[0].block:
        return  # (the run opens a block: the unit above, a title or not, ends another)
    lines = [line for unit in run for line in unit.lines]
    if len(lines) > DIGEST_MAX_LINES or ends_sentence_inside(" ".join(u.text for u in lines)):
        return  # one sentence run on over a few lines: no story's paragraph
    done[start:] = [Unit("title", lines, run[0].block, style="mixed", listed=True)]


def _opens_in_small_letters(text: str) -> bool:
    return _first_letter(text).islower()


def _first_letter(text: str) -> str:
    """A text's first letter, or "" when it holds none."""
    return next((ch for ch in text if ch.isalpha()), "")


#: A wrapped title's second line is at most this share of the title column.
WRAP_TAIL_SHARE: Final = 0.6
#: A wrapped title's first line falls short of the column by at most this (half-width units).
WRAP_FULL_MARGIN: Final = 2


def _continues_dash(previous: Unit, line: Line) -> bool:
    """A dash-led Chinese subheadline ("——沿线八个站点同步启" / "用，早高峰…") runs on."""
    return (
        previous.style == "cjk"
        and previous.lines[0].text.startswith("—")
        and not ends_sentence(previous.lines[-1].text)
        and cjk_ratio(line.text) >= 0.5
    )


#: A line of one word of three letters or more, and at most a mark after it.
_LONE_WORD: Final = re.compile(r"^[\"'“‘]?[A-Za-z]{3,}[.,!?:\"'”’]?$")


def _lone_word(text: str) -> bool:
    return _LONE_WORD.match(text.strip()) is not None


def entry_rest(entry: Unit, line: Line) -> bool:
    """Whether ``line`` is the rest of the contents box's entry ``entry`` (a title unit), the
    entry's page number closing its first line ("Opposition sets out its 4" / "budget plan",
    formats.text._entry_rest marked both listed): straight under it, listed, with no page of
    its own. assemble reads the entry's page from its first line (entry_over_rest)."""
    return (
        line.listed
        and not line.gap
        and page_of_entry(line.text) is None
        and page_of_entry(entry.lines[0].text) is not None
    )


def entry_over_rest(unit: Unit) -> tuple[str, ContinuationLink] | None:
    """(the whole title, the page) of a contents box's entry whose page closes its first line
    and whose rest is under it (entry_rest), or None."""
    if len(unit.lines) < 2 or not unit.listed:
        return None
    first = page_of_entry(unit.lines[0].text)
    if first is None or page_of_entry(unit.lines[-1].text) is not None:
        return None
    rest = " ".join(line.text.strip() for line in unit.lines[1:])
    return f"{first[0]} {rest}", first[1]


def entry_over_page_line(unit: Unit) -> tuple[str, ContinuationLink] | None:
    """(the whole head, the page) of a contents box's entry whose page stands alone on its
    last line (entry_over_page_alone: "Opinion: Who pays" / "for the pier?" / "16"), or
    None."""
    if len(unit.lines) < 2 or not unit.listed:
        return None
    page = unit.lines[-1].text.strip()
    if _PAGE_ALONE.match(page) is None:
        return None
    head = " ".join(line.text.strip() for line in unit.lines[:-1])
    return head, ContinuationLink("to", lettered_page_number(page), page)


def _narrow_cjk_tail(above: Line, line: Line, column: int) -> bool:
    """Whether a Chinese title line is the wrapped tail of the title line above it in a narrow
    column (at most NARROW_CJK_COLUMN wide): the line above fills the column (to within
    SHORT_MARGIN_CJK) and the line is at most half as wide ("基準利率降至1.25% 兩" / "年來最低",
    a phone's narrow text view wrapping a deck; branch bb48). A head over a deck of its own is
    set so only when the deck is that short; a narrow view wraps far more often."""
    return (
        0 < column <= NARROW_CJK_COLUMN
        and column - SHORT_MARGIN_CJK <= above.width <= column + SHORT_MARGIN_CJK
        and 2 * line.width <= above.width
        and not ends_sentence(above.text)
        and cjk_ratio(line.text) >= 0.5
    )


#: The widest Chinese column (display width) that wraps a title's tail (_narrow_cjk_tail): 12
#: characters.
NARROW_CJK_COLUMN: Final = 24


def _wrapped_entry_tail(head: Line, line: Line) -> bool:
    """Whether a contents box's listed Chinese line is the wrapped tail of the entry above it
    (reflow_block's joins): the line above names no page (box_entry, match_teaser_pointer) and
    the line is at most half as wide, straight under it ("泰國隊晉級東南亞盃四" / "強", as a phone's
    narrow text view wraps an entry over its pointer line; branch bb48)."""
    return (
        line.number == head.number + 1
        and 2 * line.width <= head.width
        and box_entry(head.text) is None
        and match_teaser_pointer(head.text) is None
    )


#: A contents box's page number alone on its line: figures, after a section's letter perhaps
#: ("3", "14", "B2").
_PAGE_ALONE: Final = re.compile(r"^[A-Z]?\d{1,3}$")
#: The most lines of an entry's head over its page alone, and the most words of each.
PAGED_ENTRY_LINES: Final = 3
PAGED_ENTRY_WORDS: Final = 6


def entry_over_page_alone(lines: Sequence[Line], index: int) -> int:
    """Under a contents box's heading (formats.text's gate), line ``index`` opens an entry whose
    head a narrow box wrapped over one to PAGED_ENTRY_LINES lines and whose page number stands
    alone on the line under it, as a PDF's text layer or OCR reads the figure set at the box's
    right apart from the head ("Budget debate" / "opens in the LA" / "" / "3"; the lead's round
    49): the index of the page's line, or 0. The head's lines stand line under line, each of
    at most PAGED_ENTRY_WORDS words and none closing on a stop (a question's mark may close
    the last: "Opinion: Who pays" / "for the pier?"); the first opens on a capital or a
    figure."""
    first = lines[index].text.strip()
    if not (first[:1].isupper() or first[:1].isdigit()) or not _paged_head_line(first):
        return 0  # (most lines)
    for end in range(index + 1, min(index + PAGED_ENTRY_LINES, len(lines) - 1) + 1):
        text = lines[end].text.strip()
        if _PAGE_ALONE.match(text):
            return end
        if lines[end].gap or not _paged_head_line(text):
            return 0
    return 0


def _paged_head_line(text: str) -> bool:
    """A line of an entry's head over its page alone (entry_over_page_alone)."""
    stripped = text.strip()
    return (
        0 < len(stripped.split()) <= PAGED_ENTRY_WORDS
        and stripped[-1:] not in ".!;,"
        and _PAGE_ALONE.match(stripped) is None
    )


def _is_entry(line: Line) -> bool:
    return line.listed or box_entry(line.text) is not None


def _ends_entry(line: Line) -> bool:
    """Nothing runs on after a contents-box line or a title closed by its page pointer (a
    skybox puff's too: "Holiday gift guide, C1", _one_line_puff)."""
    return (
        _is_entry(line)
        or match_teaser_pointer(line.text) is not None
        or (line.text[-1:].isdigit() and _one_line_puff(line.text.strip()) is not None)
    )


def _characters(text: str) -> int:
    """The letters, digits and Chinese characters of a line (no marks, no spaces)."""
    return sum(1 for ch in text if ch.isalnum())


#: A Chinese title line ending on one of these runs on into the next.
RUNS_ON_MARKS = ("：", ":", "—", "-", "、")


def _wraps_on(previous: Line, line: Line, column: int) -> bool:
    """In a run of Chinese title lines, does ``line`` finish the title ``previous`` began?

    It does when ``previous`` ends on a colon or dash, or fills the column while ``line`` is
    short (and is no title of its own that ends on a colon).
    """
    if previous.text.endswith(RUNS_ON_MARKS):
        return True
    if line.text.endswith(("：", ":")):
        return False
    return previous.width >= column - WRAP_FULL_MARGIN and line.width <= column * WRAP_TAIL_SHARE


def split_at_credits(blocks: Sequence[Block]) -> list[Block]:
    """Close a block after a photo credit line ("张端/摄", "Photo by …"): in single-spaced text
    the caption's credit is the only sign that what follows is another item."""
    result: list[Block] = []
    for block in blocks:
        lines = list(block.lines)
        credits = [is_credit(line.text) for line in lines]
        for i in range(len(lines) - 1):
            if credits[i] and not credits[i + 1] and _credit_name_wrapped(lines, i):
                credits[i], credits[i + 1] = False, True
        start = 0
        for i in range(len(lines) - 1):
            if credits[i] and not credits[i + 1]:
                result.append(Block(tuple(lines[start : i + 1]), block.double_spaced, True))
                start = i + 1
        rest = tuple(lines[start:])
        result.append(
            block if start == 0 else Block(rest, block.double_spaced, block.followed_tight)
        )
    return result


#: A photographer's surname, or two words of a name, alone on a line (_credit_name_wrapped).
_NAME_TAIL: Final = re.compile(r"^[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+)?$")


def _credit_name_wrapped(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` closes a caption on its credit and the column broke the photographer's name,
    whose rest is line ``i + 1`` alone ("… on Sunday. Herald photo: Inderjit" / "Verma", the
    lead's round 45): one or two capitalised words that the credit still reads with, over a
    line opening on a capital (the next item) or the block's end. The credit closes the caption
    after them."""
    tail = lines[i + 1].text.strip()
    if _NAME_TAIL.match(tail) is None or not lines[i].text.rstrip()[-1:].isalpha():
        return False
    after = lines[i + 2].text.lstrip()[:1] if i + 2 < len(lines) else "A"
    return after.isupper() and is_credit(f"{lines[i].text.rstrip()} {tail}")


#: The most lines of a caption block a photographer's credit in capitals closes, the credit's
#: line with them (_capitals_credit_closing), and the most words of that line.
CAPTION_BLOCK_LINES: Final = 6
CAPITALS_CREDIT_WORDS: Final = 6
#: The fewest words of that line: a name of two and a paper's of one at least ("JANE DOE AP");
#: a two-word line in capitals may be a head.
CAPITALS_CREDIT_MIN_WORDS: Final = 3
#: A photographer's credit in capitals with no slash: a name and the paper or agency
#: ("MATHIAS BRENNER THE RECORD", "RICK MADONIK TORONTO STAR").
_CAPITALS_CREDIT: Final = re.compile(r"^[A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*)+$")


def _capitals_credit_closing(lines: Sequence[Line]) -> bool:
    """On a modern page (the gate: asked only there), a short block of a caption closed by its
    photographer's credit in capitals with no slash, the name run into the paper's
    ("Crews work on the King Street bridge in" / … / "readies for the LRT extension." /
    "MATHIAS BRENNER THE RECORD"), as a Canadian or American daily prints it and Tesseract
    reads the caption into a block of its own: the last line is a run of
    CAPITALS_CREDIT_MIN_WORDS to CAPITALS_CREDIT_WORDS words in capitals (_CAPITALS_CREDIT)
    with no stop at its end, under a line that ends a sentence, in a block of at most
    CAPTION_BLOCK_LINES lines, the first of which opens on a capital. A head in capitals
    stands over its story, not under a closed sentence at a block's end."""
    if not 2 <= len(lines) <= CAPTION_BLOCK_LINES:
        return False
    last = lines[-1].text.strip()
    return (
        _CAPITALS_CREDIT.match(last) is not None
        and CAPITALS_CREDIT_MIN_WORDS <= len(last.split()) <= CAPITALS_CREDIT_WORDS
        and not last.endswith(".")
        and ends_sentence(lines[-2].text.strip())
        and lines[0].text.lstrip()[:1].isupper()
        and not is_byline_line(last)
    )


def _trailing_credit(lines: list[Line], double_spaced: bool) -> list[Line]:
    """The credit lines at the end of a block ("新华社记者" / "张端/摄"), if any."""
    if not lines or not is_credit(lines[-1].text) or split_closing_credit(lines[-1].text):
        return []  # (a credit closing a caption's last line is taken off its paragraph)
    if not double_spaced and len(lines) <= 3 and all(_credit_part(line.text) for line in lines):
        return lines
    taken = [lines[-1]]
    if len(lines) >= 2 and _credit_role(lines[-2].text):
        taken.insert(0, lines[-2])
    return taken


def _credit_part(text: str) -> bool:
    return is_credit(text) or _credit_role(text) or len(text) <= 12


def _credit_role(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= 12 and stripped.endswith(("记者", "通讯员", "摄影", "供图"))
