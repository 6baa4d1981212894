"""Typed units to articles: bodies from paragraphs, headlines matched to bodies by evidence."""

from __future__ import annotations

import hashlib
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, islice, pairwise
from typing import Final, TypeGuard

from reader.model import Article, ArticleKind, ContinuationLink
from reader.parse.classify import (
    CAPS_TAIL_CHARS,
    CAPS_WRAP_CHARS,
    CJK_PROSE_STOPS,
    ENTRY_BULLETS,
    LINE_MEMOS,
    LOCAL_ITEM_OPENING,
    LOCAL_ITEM_OPENING_CHARS,
    NAME_TITLES,
    NAMED_PERSON_OPENING,
    PRICE_SOURCE,
    READABLE_WORD,
    RUN_ON_HEADS,
    RUN_ON_WORDS,
    SECTION_NAMES,
    SEE_PAGE_OPENINGS,
    SOCIETY_WORDS,
    LeadMatch,
    ad_evidence_kinds,
    box_entry,
    byline_names,
    capitalised_words,
    caps_head_wraps,
    caps_runs_on,
    cjk_data_row_paragraph,
    closes_advert,
    closes_on_call_to_buy,
    closes_on_contact_line,
    closes_on_firm_name,
    closes_on_insertion_code,
    dateline_only_routed,
    dense_with_ad_words,
    dispatch_day,
    ends_sentence_inside,
    ends_title_cased,
    ends_with_abbreviation,
    is_agency_tag,
    is_byline_line,
    is_capitals_city,
    is_capitals_name,
    is_capitals_office,
    is_card_address,
    is_clean_capitals_head,
    is_commentary_label,
    is_copyright_line,
    is_credit,
    is_dateline_alone,
    is_email_line,
    is_from_town_byline,
    is_literary_label,
    is_name_pair,
    is_personal_byline,
    is_place_signature,
    is_price_line,
    is_role_line,
    is_see_detail_pointer,
    is_see_story_pointer,
    is_signature,
    is_signed_column_label,
    is_small_by_byline,
    is_source_credit,
    is_tabloid_jump,
    is_title_case_name,
    is_title_case_office,
    is_title_cased,
    is_title_cased_across_breaks,
    is_title_like,
    is_wire_credit,
    lacks_shop_voice,
    leaves_sentence_open,
    listed_entry,
    looks_like_notice,
    match_byline_lead,
    match_colon_dateline,
    match_continuation,
    match_dateline,
    match_teaser_pointer,
    may_add_ad_words,
    may_be_ad_piece,
    may_hold_story_opening,
    name_over_dateline,
    name_over_office,
    name_over_place,
    names_firm,
    names_itself_notice,
    names_notice_head,
    names_page,
    names_price_or_pages,
    names_story_opening,
    names_wire,
    newspaper_credit_words,
    noise_share,
    opens_as_notice,
    opens_local_item,
    opens_notice,
    opens_on_month,
    opens_on_month_day,
    opens_story_alone,
    opens_story_strictly,
    opens_title_cased,
    points_at_picture,
    reads_as_ad_piece,
    reads_as_ad_signature,
    reads_as_deck,
    reads_as_reading_notice,
    reads_as_want_ad,
    remember,
    see_page_alone,
    shows_ad_evidence,
    shows_modern_contact_line,
    split_closing_credit,
    split_run_in_dash_credit,
    split_story_opening,
    table_row,
    tells_local_news,
    tells_of_coming_or_going,
    tells_society_news,
    title_style,
    trailing_signature,
    without_edge_marks,
)
from reader.parse.confidence import Evidence, article_confidence
from reader.parse.echo import (
    EchoIndex,
    echo,
    lead_features,
    letters_only,
    title_features,
    title_score,
    title_stems,
)
from reader.parse.lines import Line
from reader.parse.masthead import is_masthead_line
from reader.parse.reflow import (
    CJK_ITEM_MARKS,
    MAX_DUN_STACK,
    PYRAMID_DECK_LINES,
    SENTENCE_HEAD_TAIL_WORDS,
    STACK_CREDIT,
    SUBJECTLESS_OPENINGS,
    WORK_AND_WRITER,
    WRITER_LINE,
    Unit,
    amount_then_word,
    byline_alone_at,
    closes,
    colon_dateline_under_modern_head,
    dun_stopped,
    entry_over_page_line,
    entry_over_rest,
    is_place_word,
    labels_items,
    lettered_puff,
    lone_cjk_character,
    opens_bullet_item,
    opens_cjk_item,
    opens_like_paragraph,
    ornament_label,
    pointed_head,
    pointer_page,
    run_in_puff_line,
    signs_off,
    skybox_puff,
    starts_story,
    under_sentence_case_head,
    without_speck,
)
from reader.text.cjk import (
    LineJoiner,
    cjk_ratio,
    display_width,
    drop_soft_hyphens,
    ends_sentence,
    join_lines,
    repair_spacing,
    repair_spacing_runs,
    repair_title_spacing,
)
from reader.text.script import is_cjk_letter

#: A story of one paragraph shorter than this is a brief.
BRIEF_MAX_CHARS: Final = 150
#: A body closed by a photo credit is a caption when it is at most this long.
CAPTION_MAX_CHARS: Final = 600
CAPTION_MAX_PARAGRAPHS: Final = 3
#: Textual evidence needed to attach a title that does not stand directly above its body.
DETACHED_TITLE_SCORE: Final = 0.6
#: A title in the stack above a body goes elsewhere only when another body matches it at least
#: this well and this much better.
STACK_STEAL_SCORE: Final = 0.5
STACK_STEAL_MARGIN: Final = 0.3
#: A title stands straight over what is under it when at most this many lines apart.
TOUCHING_LINES: Final = 2
#: A page's first lines, where a masthead and its ears stand: a wire credit or dateline read
#: as a story's lone title there is not read as its opening (see _openings_read_as_decks).
PAGE_TOP_LINES: Final = 20


class Title:
    """A title read on the page, and the body it heads once matched.

    Title and Body are plain classes with their own ``__init__`` (not dataclasses): compiled,
    a dataclass is built by the ``__init__`` that ``dataclasses`` writes in Python, about five
    times slower than a compiled one. Both are compared by identity.
    """

    __slots__ = (
        "apart",
        "author",
        "body",
        "detached",
        "echo",
        "entry",
        "first",
        "kicker",
        "last",
        "lines",
        "pointer",
        "rows",
        "style",
        "text",
    )

    text: str
    style: str
    first: int
    last: int
    pointer: ContinuationLink | None
    body: Body | None
    #: How well the title's words recur in its body's lead (set when attached).
    echo: float
    #: Attached by its echo alone, not by standing in the stack above its body.
    detached: bool
    #: A contents-box entry (or a title with a page pointer): a teaser, never a story's deck.
    entry: bool
    #: Numbers of the source lines it was made of.
    lines: list[int]
    #: Set apart by a blank line above it (as Tesseract sets each piece of a column).
    apart: bool
    #: The printed lines of a capitals title, as printed (else empty): a tabloid's kicker may be
    #: its first (_capitals_kicker_over_capitals).
    rows: tuple[str, ...]
    #: A teaser's label in capitals over or before it (a skybox puff's "SPORTS"; _skybox_puff).
    kicker: str | None
    #: The writer's name printed after a literary column's title on its line ("妹妹我愛你　卓呆"
    #: under the label 小說; _penned_title), else None.
    author: str | None

    def __init__(
        self,
        text: str,
        style: str,
        first: int,
        last: int,
        pointer: ContinuationLink | None = None,
        body: Body | None = None,
        echo: float = 0.0,
        detached: bool = False,
        entry: bool = False,
        lines: list[int] | None = None,
    ) -> None:
        self.text = text
        self.style = style
        self.first = first
        self.last = last
        self.pointer = pointer
        self.body = body
        self.echo = echo
        self.detached = detached
        self.entry = entry
        self.lines = [] if lines is None else lines
        self.apart = False
        self.rows = ()
        self.kicker = None
        self.author = None

    def is_plain(self) -> bool:
        """Whether the title carries no teaser's page pointer and is no contents box's entry:
        a head, deck or crosshead as printed, which a story's stack may take."""
        return self.pointer is None and not self.entry


class Body:
    """The paragraphs of one item as they are read, with what was found around them."""

    __slots__ = (
        "ad_piece",
        "block_openings",
        "byline",
        "byline_held",
        "byline_lines",
        "byline_title",
        "continued_from",
        "continued_to",
        "credit",
        "dateline",
        "first",
        "guessed_at",
        "guessed_breaks",
        "head",
        "headed",
        "label",
        "last",
        "lines",
        "local",
        "modern",
        "open",
        "paragraphs",
        "run_on",
        "run_on_at",
        "run_ons",
        "signed",
        "stack_titles",
        "story_head",
        "story_head_text",
        "tail_block",
        "tail_first",
        "titles",
        "took_item_lines",
    )

    paragraphs: list[str]
    dateline: str | None
    byline: str | None
    credit: str | None
    continued_to: ContinuationLink | None
    continued_from: ContinuationLink | None
    first: int
    last: int
    titles: list[Title]
    #: Open to more paragraphs (no title, credit or new story has closed it).
    open: bool
    #: Paragraph breaks inside this body guessed from line lengths alone.
    guessed_breaks: int
    #: Paragraphs joined across a block break because the first did not end a sentence.
    run_ons: int
    #: The paragraphs (their indexes) that begin after a guessed break, and those that ran on
    #: across a block break: what a split (see _split_at_foreign_heads) shares out.
    guessed_at: list[int]
    run_on_at: list[int]
    #: (index, first source line) of each paragraph after the first that opened a new block.
    block_openings: list[tuple[int, int]]
    #: First source line and block of the last paragraph.
    tail_first: int
    tail_block: int
    #: Started right under a title, or by a dateline or byline: a story, not a caption.
    headed: bool
    #: Numbers of the source lines it was made of.
    lines: list[int]
    #: Joins the last paragraph with the blocks that run on into it, until it is closed.
    run_on: LineJoiner | None
    #: The title a byline line was printed under, when the byline was held for this body
    #: (scrambled pages print a title and its byline apart from the story).
    byline_title: Title | None
    #: Numbers of the source lines of that byline.
    byline_lines: list[int]
    #: A byline taken from this caption until its title is matched (see _caption_bylines).
    byline_held: str | None
    #: The byline is a signature at the item's foot ("T. J. BOULDIN."), not a reporter's line.
    signed: bool
    #: A weekly's local item, split from the story above it (see _starts_local_item).
    local: bool
    #: An advertisement cut off the foot of a story (see _cut_trailing_ads): a notice.
    ad_piece: bool
    #: Started right under a column's label ("LOCAL DRIFT", "Personal Mention"): its
    #: paragraphs are the column's items, never split from it (see names_a_column).
    label: bool
    #: The title it started under when that names a place, until the column's opening is read
    #: (a place's name over a country correspondent's column is a label too: see
    #: _heads_a_place_column).
    head: str | None
    #: A labelled column that took an item's first line read as a title (see
    #: _column_over_item_line): it goes on through its items, and a head with a story under it
    #: ends it (it holds no crosshead).
    took_item_lines: bool
    #: Started right under a story's headline: no place's name, column's label or item's line
    #: read as a title (see _heads_a_story).
    story_head: bool
    #: That headline's text (its titles joined), or None (see _after_story_end).
    story_head_text: str | None
    #: The texts of the titles it started under, whatever they are (see _item_after_dispatch).
    stack_titles: tuple[str, ...]

    def __init__(self, paragraphs: list[str] | None = None, first: int = 0, last: int = 0) -> None:
        self.paragraphs = [] if paragraphs is None else paragraphs
        self.dateline = None
        self.byline = None
        self.credit = None
        self.continued_to = None
        self.continued_from = None
        self.first = first
        self.last = last
        self.titles = []
        self.open = True
        self.guessed_breaks = 0
        self.run_ons = 0
        self.guessed_at = []
        self.run_on_at = []
        self.block_openings = []
        self.tail_first = 0
        self.tail_block = -1
        self.headed = False
        self.lines = []
        self.run_on = None
        self.byline_title = None
        self.byline_lines = []
        self.byline_held = None
        self.signed = False
        self.ad_piece = False
        self.local = False
        #: Read on a page modern_page found modern (assemble's ``historical`` false).
        self.modern = False
        self.label = False
        self.head = None
        self.took_item_lines = False
        self.story_head = False
        self.story_head_text = None
        self.stack_titles = ()

    def take_byline(self, text: str, lines: Sequence[int]) -> None:
        """A line of the page over this item (a wire's credit OCR garbled under its head)
        becomes its byline: the text, its line numbers, and those lines among the item's."""
        self.byline = text.strip()
        self.byline_lines = sorted(lines)
        self.lines.extend(lines)

    def has_own_parts(self) -> bool:
        """Whether the item carries a dateline, a byline, a credit or a jump line of its own:
        parts read as such, which no scrap of noise has."""
        return bool(
            self.dateline or self.byline or self.credit or self.continued_to or self.continued_from
        )

    def last_ends_sentence(self) -> bool:
        if self.run_on is not None:
            return self.run_on.ends_sentence
        return ends_sentence(self.paragraphs[-1])

    def last_closes_before(self, text: str) -> bool:
        """Whether the last paragraph, not ending a sentence, closes all the same before
        ``text``, the next block's first paragraph opening in capitals: on a colon announcing
        it ("… the chairman says:" / "A communication …"), or on a stop with a speck OCR read
        after it ("… her trial trip. M")."""
        if not opens_like_paragraph(text):
            return False
        tail = self.run_on.tail if self.run_on is not None else self.paragraphs[-1][-_CLOSE_REACH:]
        tail = tail.rstrip()
        return tail[-1:] == ":" or (tail[-1:].isupper() and ends_sentence(without_speck(tail)))

    def continue_paragraph(self, text: str, known_words: frozenset[str]) -> None:
        """The last paragraph runs on with ``text`` from the next block (a column break).

        The pieces are joined once, when the paragraph closes: joining as they come would copy
        the growing paragraph for every block.
        """
        if self.run_on is None:
            self.run_on = LineJoiner(known_words)
            self.run_on.add(self.paragraphs[-1])
        self.run_on.add(text)

    def run_on_with(self, text: str, known_words: frozenset[str]) -> None:
        """The last paragraph runs on with ``text``, counted as a run-on (evidence the
        article's confidence weighs)."""
        self.continue_paragraph(text, known_words)
        self.run_ons += 1
        self.run_on_at.append(len(self.paragraphs) - 1)

    def close_paragraph(self) -> int:
        """Join a paragraph that ran on across blocks; returns the end-of-line hyphens removed."""
        if self.run_on is None:
            return 0
        self.paragraphs[-1] = repair_spacing(self.run_on.text())
        removed = self.run_on.removed_hyphens
        self.run_on = None
        return removed

    def touch(self, unit: Unit) -> None:
        self.first = unit.first if not self.first else min(self.first, unit.first)
        self.last = max(self.last, unit.last)
        self.lines.extend(line.number for line in unit.lines)

    @property
    def is_caption(self) -> bool:
        return (
            self.credit is not None
            # (a data box's source credits the box: no picture's; branch zh47)
            and not is_source_credit(self.credit)
            and self.dateline is None
            and self.byline is None
            and 0 < len(self.paragraphs) <= CAPTION_MAX_PARAGRAPHS
            and sum(len(p) for p in self.paragraphs) <= CAPTION_MAX_CHARS
        )

    @property
    def lead(self) -> str:
        return lead_of(self.paragraphs)


#: A lead shorter than this, from the first two paragraphs, reads on when they are a table's
#: rows (``Wheat $1.29`` / ``Rye 97c`` …: paragraphs of a line each).
SHORT_LEAD_CHARS: Final = 100


def lead_of(paragraphs: Sequence[str]) -> str:
    """A story's lead as titles are matched to it: the opening of its first two paragraphs, or,
    when the story opens on a table's row (``classify.table_row``) and those two are shorter
    than ``SHORT_LEAD_CHARS``, of as many as make that."""
    lead = "".join(p[:400] for p in paragraphs[:2])
    if len(lead) < SHORT_LEAD_CHARS and len(paragraphs) > 2 and table_row(paragraphs[0]):
        for paragraph in paragraphs[2:]:
            lead += paragraph[:400]
            if len(lead) >= SHORT_LEAD_CHARS:
                break
    return lead[:400]


@dataclass(slots=True)
class Assembly:
    articles: list[Article]
    unplaced: list[str]
    removed_hyphens: int
    #: For each article, the numbers of the source lines it was made of (formats with
    #: geometry turn them into zones).
    members: list[tuple[int, ...]] = field(default_factory=list)


def unit_text(unit: Unit, known_words: frozenset[str]) -> tuple[str, int]:
    """Join a unit's lines into text; credits keep a space between their lines."""
    raw = [line.text for line in unit.lines]
    if unit.kind == "credit":
        return drop_soft_hyphens(" ".join(raw)), 0
    return join_lines(raw, known_words)


def assemble(
    units: Sequence[Unit],
    page_number: int,
    known_words: frozenset[str],
    mastheads: frozenset[int] = frozenset(),
    sentence_heads: frozenset[int] = frozenset(),
    historical: bool = False,
) -> Assembly:
    """Build the page's articles from its units in printed order. ``mastheads`` are the
    numbers of the masthead lines taken out as furniture: no title above one heads a story
    below it. ``sentence_heads`` are the numbers of title lines found to be a sentence's
    first lines (reflow._sentence_through_head_line): a body headed by them alone opens
    with them (:func:`_sentence_head_to_body`). ``historical`` is true on a plain-text page
    modern_page found not modern: the rules no modern page may meet ask it
    (:func:`_prose_lines_into_headless`)."""
    units = split_column_items(units)
    sequence: list[Title | Body] = []
    unplaced: list[str] = []
    removed = 0
    current: Body | None = None
    pending_byline: str | None = None
    #: The title the pending byline was printed under, and the byline's line numbers.
    pending_title: Title | None = None
    pending_lines: list[int] = []
    #: The length of the sequence when the pending byline was read.
    pending_at = 0
    pending_from: ContinuationLink | None = None

    def new_body(unit: Unit) -> Body:
        nonlocal pending_byline, pending_from
        body = Body()
        body.touch(unit)
        body.modern = not historical
        above = sequence[-1] if sequence else None
        body.headed = isinstance(above, Title)
        # The titles standing right above: a label may head a deck ("LOCAL NEWS ITEMS" /
        # "Interesting Happenings In And About The Town"), and a place's name stands first
        # ("JOHNSTON LETTER." / "Death of Mr. Mark Cox. …") or last ("Butler Commercial Club."
        # / "Pleasant Gap.").
        stack: list[Title] = []
        for item in reversed(sequence):
            if not isinstance(item, Title):
                break
            stack.insert(0, item)
        body.label = any(names_a_column(title.text) for title in stack)
        ends = stack[:1] + stack[-1:] if len(stack) > 1 else stack
        places = [
            title.text
            for title in ends
            if names_a_place(title.text) or shaped_as_column_label(title.text)
        ]
        body.head = places[0] if places and not opens_as_notice(places[0], "") else None
        body.story_head = _heads_a_story(stack)
        body.stack_titles = tuple(title.text for title in stack)
        if body.story_head:
            body.story_head_text = " ".join(title.text for title in stack)
        if len(stack) == 1 and len(sequence) > 1 and _goes_on_with_column(sequence[-2], stack[0]):
            body.label = True
        if pending_byline:
            body.byline, pending_byline = pending_byline, None
            body.byline_title, body.byline_lines = pending_title, pending_lines
        if pending_from:
            body.continued_from, pending_from = pending_from, None
        sequence.append(body)
        return body

    # A block that ends in a photo credit is a caption: it starts an item of its own.
    # (not a data box's source, "来源：…", which credits the box above it; branch zh47)
    credit_blocks = {
        unit.block
        for unit in units
        if unit.kind == "credit" and not is_source_credit(unit.lines[0].text)
    }
    #: The words the page prints in small letters, read when a "BY" line asks (see
    #: _head_runs_on_by).
    printed_small = _PrintedSmall(units)
    last_block = -1
    #: The story a signature just closed (an office line under it joins its byline).
    signed: Body | None = None
    #: Units a skybox puff read ahead of the loop (_skybox_puff) still to pass over.
    skip = 0
    for position, unit in enumerate(units):
        if skip:
            skip -= 1
            continue
        if current is not None and unit.lines[0].text.startswith(SEE_PAGE_OPENINGS):
            see_page = _see_page_jump(current, unit)
            if see_page is not None:
                # ("… last marketing season." / "See Page 2": the story goes on there; branch
                # en47)
                current.continued_to = see_page
                current.touch(unit)
                current.open = False
                continue
        puff = _skybox_puff(units, position)
        if puff is None and sequence and isinstance(sequence[-1], Title):
            puff = _strip_teaser(units, position, sequence[-1])
        if puff is not None:
            # A refer strip's puff ("SPORTS" / "Hawks' coach on the hot seat" / "Page C1"): a
            # teaser, its label its kicker.
            title, skip = puff
            sequence.append(title)
            current = None
            continue
        role = unit.lines[0].text.strip()
        # (an office line joins only a byline that can take it: the one pending right above, or
        # a signature's; with neither it stays in the text)
        to_byline = bool(pending_byline) and len(sequence) == pending_at
        if (
            unit.kind != "credit"
            and (to_byline or (signed is not None and bool(signed.byline)))
            and (
                is_role_line(role)
                or (to_byline and is_capitals_office(role))
                or (to_byline and is_title_case_office(role))
                or (pending_byline and is_copyright_line(role))
                or (to_byline and is_email_line(role))
                or (to_byline and _SECOND_NAME.match(role) is not None)
                or (to_byline and _place_under_name(pending_byline, unit))
            )
        ):
            # The office of whoever signed or is bylined just above ("By R. H. Benton, Jr." /
            # "AGENT FOR GRANT PARISH", "T. J. BOULDIN." / "Secretary, Board Health,"), or the
            # copyright notice under a wire credit ("By Cable to The Star …" / "Copyright,
            # 1920."), or the reporter's e-mail address ("BY AKINYI OTIENO" /
            # "aotieno@lakesidenation.co.ke"): its first line joins the byline, the rest of the
            # unit goes on as it would have.
            if to_byline:
                pending_byline = f"{pending_byline}\n{role}"
                pending_lines.append(unit.lines[0].number)
            elif signed is not None and signed.byline:
                signed.byline = f"{signed.byline}\n{role}"
                signed.last = max(signed.last, unit.lines[0].number)
            signed = None
            if len(unit.lines) == 1:
                continue
            unit = unit.with_lines(unit.lines[1:])
        signed = None
        if unit.kind == "title":
            marks, title_lines = _rule_marks(unit.lines)
            if marks:
                # A printed rule OCR read at a head line's edge ("| WEATHER."): not the head's.
                unplaced.extend(marks)
                if not title_lines:
                    continue
                unit = unit.with_lines(title_lines)
        text, hyphens = unit_text(unit, known_words)
        removed += hyphens
        if current is not None and _closing_reprint_credit(current, unit, text, printed_small):
            # The paper an item was reprinted from, on a line of its own at the item's foot
            # ("… to finish their days." / "—Stites Enterprise."): its byline; the item ends.
            removed += current.close_paragraph()
            current.byline = text.strip()
            current.touch(unit)
            current.open = False
            current = None
            continue
        if (
            not historical
            and current is not None
            and _closing_place_signature(current, unit, text, units[position + 1 : position + 2])
        ):
            # A letter's signature, name and town ("Janet Morrow, Millbrook"): its byline.
            current.byline = text.strip()
            current.signed = True
            current.touch(unit)
            current.open = False
            current = None
            continue
        if (
            unit.kind == "title"
            and current is not None
            and _cjk_fragment_in_cut(current, unit, text, units[position + 1 : position + 2])
        ):
            # A head's characters Tesseract read apart into the column beside, between a
            # sentence the column cut and its rest ("…粮食收购市场" / "议召" / "监管，严厉打击…"):
            # no title; the sentence goes on past it.
            unplaced.append(text.strip())
            continue
        if unit.kind == "title" and current is not None and _finishes_sentence(current, unit, text):
            # The end of a sentence cut on a word no sentence ends on, set apart as a short
            # line of its own ("… point to a defeat for" / "Premier Venizelos."): the
            # paragraph runs on with it.
            current.touch(unit)
            current.run_on_with(text, known_words)
            continue
        if unit.kind == "title" and current is None and _finishes_open_deck(sequence, unit, text):
            # The last words of a deck left open on a bare word, set apart in a block of their
            # own ("Commit Many Crimes—Early" / "Frost Helps Victors. |").
            _extend_deck(sequence, unit, text)
            continue
        if unit.kind == "title":
            dirt, text = _title_dirt(text)
            if dirt:
                unplaced.append(dirt)
            pointer = (
                box_entry(text)
                or (unit.listed and listed_entry(text))
                # (a box's entry whose page closes its first line: "Opposition sets out its 4"
                # / "budget plan", the lead's round 48)
                or entry_over_rest(unit)
                # (or its page alone on its last line: "Opinion: Who pays" / "for the pier?" /
                # "16", the lead's round 49)
                or entry_over_page_line(unit)
                or match_teaser_pointer(repair_spacing(text))
            )
            if isinstance(pointer, tuple) and text.lstrip()[:1] in ENTRY_BULLETS:
                # A contents box's list mark before its entry ("► Business B1"): kept aside.
                unplaced.append(text.lstrip()[:1])
            title = Title(
                repair_title_spacing(text), unit.style, unit.first, unit.last, entry=unit.listed
            )
            title.lines = [line.number for line in unit.lines]
            title.apart = unit.lines[0].gap > 0
            if unit.style == "cjk" and sequence and isinstance(sequence[-1], Title):
                if _writer_under_work(sequence, title, text):
                    continue
                _penned_title(sequence[-1], title, text)
            if unit.style == "caps":
                title.rows = tuple(line.text.strip() for line in unit.lines)
            if isinstance(pointer, tuple) and isinstance(pointer[0], str):
                title.text, title.pointer = repair_title_spacing(pointer[0]), pointer[1]
            elif pointer:
                title.pointer, title.text = pointer
            if _section_jump(current, title):
                # A story closed by its section's page alone ("… is likely." / "World, page
                # 19"): the story's jump, no teaser.
                assert current is not None and title.pointer is not None
                current.continued_to = ContinuationLink("to", title.pointer.page, text.strip())
                current.touch(unit)
                current.open = False
                current = None
                continue
            sequence.append(title)
            # A teaser set into a story cut mid-sentence leaves the story open: the sentence
            # goes on after it.
            interrupted = current is not None and current.paragraphs and current.open
            if not ((title.pointer or title.entry) and interrupted and not _ends(current)):
                current = None
            continue
        if (
            unit.kind == "credit"
            and pending_byline
            and len(sequence) == pending_at
            and _photographer_under_byline(pending_byline, text)
        ):
            # The photographer named under the reporter, before the story's text ("报道：黄美玲"
            # / "摄影：陈志明"): one byline of the two, no caption's credit.
            pending_byline = f"{pending_byline}\n{text}"
            pending_lines.extend(line.number for line in unit.lines)
            continue
        if unit.kind == "credit":
            target = current or _last_body(sequence)
            if target is not None and target.credit is None and _caption_at_end(target, unit):
                removed += target.close_paragraph()
                # Single-spaced text: the caption is the story's last paragraph, above its
                # credit; it is an item of its own.
                caption = Body(paragraphs=[target.paragraphs.pop()], first=target.tail_first)
                caption.last = unit.last
                target.last = max(target.first, target.tail_first - 1)
                sequence.append(caption)
                target = caption
            if target is not None and target.credit is None:
                target.credit = text
                target.touch(unit)
                target.open = False
            else:
                unplaced.append(text)
            current = None
            continue
        # A paragraph.
        if historical and current is None and _speck_inside_stack(sequence, unit, units, position):
            # A speck of OCR read as a line of its own under a capitals head, over the rest of
            # its stack ("CHINESE GUNMEN" / "I" / "Fired On Latter As He Came"): the stack goes
            # on past it; the speck is set aside.
            unplaced.append(text.strip())
            continue
        # (a table's row or label is never a deck: reflow.table_lines)
        if (
            current is None
            and not unit.tabular
            and _finishes_deck(sequence, unit, text, units[position + 1 : position + 2])
        ):
            # The rest of a deck whose first line alone was read as a title ("Confident
            # Senate Will Reach" / "Workable Plan for As-" / "s6ciation of Nations.").
            _extend_deck(sequence, unit, text)
            continue
        if (
            current is None
            and not unit.tabular
            and _is_deck(sequence, unit, text, units[position + 1 : position + 2])
        ):
            dirt, text = _title_dirt(text)
            if dirt:
                unplaced.append(dirt)
            # A deck in capitals (see _capitals_deck_in_stack) keeps its style: a mixed-case
            # deck may follow it as a pyramid's.
            style = "caps" if title_style(text) == "caps" else "mixed"
            deck = Title(repair_spacing(text), style, unit.first, unit.last)
            deck.lines = [line.number for line in unit.lines]
            sequence.append(deck)
            continue
        if (
            current is not None
            and current.paragraphs
            and (is_signature(text) or _closing_agency_tag(current, text, units, position + 1))
        ):
            # A signature closes its story, and names who wrote it (or the agency whose copy
            # it is: "… ended flat against the dollar." / "IANS").
            removed += current.close_paragraph()
            if current.byline is None:
                dash = _dangling_dash(current.paragraphs[-1])
                if dash:
                    # (the dash the tag's credit opens on, left at the line's end above it:
                    # "… the port operator said. —" / "AFP"; branch en47)
                    current.paragraphs[-1] = current.paragraphs[-1][: -len(dash)].rstrip()
                    text = f"{dash} {text}"
                current.byline = text
                current.signed = True
                signed = current
            else:
                current.paragraphs.append(text)
            current.touch(unit)
            current.open = False
            current = None
            continue
        if current is None and _head_runs_on_by(sequence, unit, text, printed_small):
            # A capitals head's line that opens on "BY" and names no one ("RIVER TOWN CUT OFF" /
            # "BY ICE GORGE"): the head goes on, no byline.
            _take_by_line(sequence, unit, text)
            continue
        if (
            (is_byline_line(text) and not (current is not None and _bracketed_paper(text)))
            or _name_over_office_unit(unit, units, position, not historical)
            or _from_town_unit(unit, sequence)
        ):
            if current is not None and not current.paragraphs and current.byline is None:
                current.byline = text
                current.touch(unit)
            elif pending_byline and len(sequence) == pending_at and is_wire_credit(text):
                # A wire credit under a byline is part of it ("BY PAUL SCOTT MOWRER." /
                # "By Cable to The Star …").
                pending_byline = f"{pending_byline}\n{text}"
                pending_lines.extend(line.number for line in unit.lines)
            else:
                if pending_byline:
                    # Two bylines with no story between: the first has no place; keep it.
                    unplaced.append(pending_byline)
                pending_byline, pending_at = text, len(sequence)
                pending_title = (
                    sequence[-1] if sequence and isinstance(sequence[-1], Title) else None
                )
                pending_lines = [line.number for line in unit.lines]
                current = None
            continue
        jump = match_continuation(text)
        if jump is not None and not jump[1]:
            link = jump[0]
            if link.direction == "to" and current is not None:
                # The story goes on elsewhere: what follows here is something else.
                current.continued_to = link
                current.touch(unit)
                current.open = False
            elif link.direction == "from":
                pending_from = link
                current = None
            elif (
                current is None
                and (
                    is_tabloid_jump(text)
                    or is_see_story_pointer(text)
                    # (a contents box's entry over its page: "清邁花卉節下週揭幕" / "詳見A5版")
                    or is_see_detail_pointer(text)
                )
                and sequence
                and isinstance(sequence[-1], Title)
                and sequence[-1].pointer is None
                and not pending_byline
            ):
                # A teaser's pointer on the line under it ("KNICKS SNAP SKID IN OT THRILLER" /
                # "SPORTS, PAGE 48"; "MRT-3 to run until midnight" / "SEE STORY ON A4"): the
                # teaser's page.
                sequence[-1].pointer = link
            else:
                unplaced.append(text)
            continue
        if unit.block != last_block and (
            (_is_scrap(text) and not _HAS_WORD.search(text))
            # (a block of Chinese characters each alone on its line: OCR's debris of a column's
            # first characters read apart, "策" / "是"; the lead's round 48)
            or all(lone_cjk_character(line.text) for line in unit.lines)
        ):
            # A stray letter or mark opening a block is no paragraph of anything; a short
            # word ("No.", "I do.") is a paragraph (alone, it is dropped as noise later).
            unplaced.append(text)
            continue
        dateline, byline, rest, mark = _leads(text)
        if dateline is None and byline is None and current is None:
            colon = _colon_dateline(sequence, pending_byline, text)
            if colon is not None:
                dateline, rest = colon.text, colon.rest
            elif _city_alone_under_head(units, position):
                dateline, rest = text.strip(), ""
            elif _dateline_line_under_name(pending_byline, unit, text):
                dateline = unit.lines[0].text.strip()
                rest = text[len(dateline) :].lstrip()
        if dateline and not byline and _further_dispatch(current, dateline):
            dateline, rest, mark = None, text, ""
        if (
            dateline
            and not byline
            and current is not None
            and current.open
            and current.paragraphs
            and _dispatch_read_late(unit, text, dateline)
        ):
            # A dateline only histp50's rules read (its route after the day, or alone on its
            # line over the story's first) inside a story going on: a further dispatch of a
            # round-up, a paragraph of the story as before, not a story of its own ("Berlin,
            # Feb. 24, (via London, 3:12 p. m.) Further gains …" under a Verdun round-up).
            # Under a head and no more than a deck read as a paragraph ("GROSS OFFENSE …" /
            # "Writer Hopes No Breach …" / "Frankfort, Feb. 3, via London, 1:45 a. m. The …"),
            # the dispatch is the story's own: its dateline is the story's, the text goes on.
            if current.dateline is None and _opening_unread(current):
                current.dateline, current.headed = dateline, True
                if mark:
                    unplaced.append(mark)
                text = rest
            dateline, rest, mark = None, text, ""
        caption_start = (unit.block in credit_blocks and unit.block != last_block) or (
            _caption_closes_story(current, text)
        )
        new_block, last_block = unit.block != last_block, unit.block
        notice = opens_notice(text)
        # A paid reading notice closes on its "—Advt.": an item of its own, which ends there.
        advert = closes_advert(text)
        if advert and current is not None and current.paragraphs:
            notice = True
        exhorts = _exhorts(text)
        if _shifts_case(current, text) or (exhorts and _ends(current)):
            current = None
        if current is not None and current.head is not None and current.paragraphs:
            if _heads_a_place_column(current, text):
                current.label = True  # a correspondent's column under its place's name
                current.head = None
            elif len(current.paragraphs) >= PLACE_OPENING_PARAGRAPHS:
                current.head = None  # its opening read: no correspondent's column
        local = not (dateline or byline or notice) and (
            _starts_local_item(current, text) or _after_reprint_credit(current, sequence)
        )
        # a local item split off the end of a story by the broader openings alone (see
        # _after_story_end) reads the items after it as the story did
        after_story = (
            local
            and _after_story_end(current)
            and _ITEM_FORMULA.match(text) is None
            and ((current is not None and _lead_echoes_head(current)) or not tells_local_news(text))
        )
        if local or _next_cjk_item(current, text) or _item_under_label(unit, text, mastheads):
            current = None
        column = (
            _column_over_item_line(sequence)
            if current is None and not (dateline or byline or notice or caption_start)
            else None
        )
        if column is not None:
            # An item's first line read as a title under a labelled column ("Mrs. Roscoe Smith
            # spent Tuesday" / "with Mrs. Frank Kiser."): no head, the item's first line; the
            # column goes on with the item.
            current, item_line = column
            current.took_item_lines = True
            sequence.pop()
            current.lines.extend(item_line.lines)
            if _CLOSES_ITEM_TITLE.search(item_line.text) is not None:
                # a whole item read as the title ("Mrs. Roscoe Smith spent Tuesday" / "with
                # Mrs. Frank Kiser."): a paragraph of its own, the next item under it
                removed += current.close_paragraph()
                current.paragraphs.append(item_line.text)
            else:
                text, hyphens = join_lines([item_line.text, text], known_words)
                removed += hyphens
            current.touch(unit)
        elif dateline or byline or notice or caption_start or current is None or not current.open:
            current = new_body(unit)
        else:
            current.touch(unit)
            if (
                (new_block or _under_box_entries(units, position))
                and current.paragraphs
                and not current.last_ends_sentence()
                and not current.last_closes_before(text)
                and not unit.lines[0].column_start
                # (a list's item in a block of its own opens a paragraph: reflow._items_under_colon
                # made it a row; branch bb48)
                and not unit.tabular
            ):
                # The paragraph runs on from the previous block (a column or block break), or
                # from above a contents box OCR read inside the story's column,
                # but not into the right column cut out of a glued run (Line.column_start).
                current.run_on_with(text, known_words)
                continue
        if local:
            current.local = True
            current.story_head = after_story
        if dateline or byline:
            current.headed = True
        if dateline:
            current.dateline, text = dateline, rest
            if mark:
                unplaced.append(mark)  # a column rule's mark before it (RULE_MARKS)
        if byline:
            if current.byline:
                # A byline line stood before a paragraph with a byline of its own: keep it.
                unplaced.append(current.byline)
                current.byline_title = None
            current.byline, text = byline, rest
        if unit.guessed and current.paragraphs:
            current.guessed_breaks += 1
            current.guessed_at.append(len(current.paragraphs))
        jump = match_continuation(text)
        if jump is not None:
            link, text = jump
            if link.direction == "to":
                current.continued_to = link
                current.open = False
            else:
                current.continued_from = link
        closing = split_closing_credit(text) if current.credit is None else None
        if closing is None and current.credit is None and not current.headed:
            closing = _caption_dash_credit(current, text)
        if closing is not None:
            # A caption whose credit closes its last line: the credit, and the caption ends.
            text, current.credit = closing
            current.open = False
        signature = trailing_signature(text) if current.byline is None else None
        reprinted = False
        if signature is not None and newspaper_credit_words(signature) is not None:
            # a paper's credit run in ("… white heat. Miami Herald, Feb. 12."), when it names one
            reprinted = True
            if not _proves_newspaper(signature, printed_small):
                signature = None
        if signature:
            # A signature run into the last line ("… a free ticket. THOS. R. GREER."): the
            # story's byline, and the story ends there.
            text = text[: len(text.rstrip()) - len(signature)].rstrip()
        if text.strip():
            removed += current.close_paragraph()
            if new_block and current.paragraphs:
                current.block_openings.append((len(current.paragraphs), unit.first))
            current.paragraphs.append(repair_spacing(text))
            current.tail_first, current.tail_block = unit.first, unit.block
        if signature:
            # (a paper's credit signs nothing: no office line joins it, no notice is told by it)
            current.byline, current.signed = signature, not reprinted
            signed = None if reprinted else current
        if closing is not None or advert or exhorts or signature or signs_off(text):
            current.open = False
            current = None
    if pending_byline:
        unplaced.append(pending_byline)
    if pending_from:
        unplaced.append(pending_from.text)

    for item in sequence:
        if isinstance(item, Body):
            removed += item.close_paragraph()
    masthead_lines = sorted(mastheads)
    if historical:
        sequence = _stack_decks_read_as_bodies(sequence)
    sequence, hyphens = _join_wrapped_titles(sequence, masthead_lines)
    removed += hyphens
    sequence = _split_at_foreign_heads(sequence, masthead_lines)
    bodies = [item for item in sequence if isinstance(item, Body)]
    titles = [item for item in sequence if isinstance(item, Title)]
    _rebind_byline_titles(bodies, titles)
    held = _caption_bylines(bodies)
    _attach_titles(sequence, bodies, titles, masthead_lines)
    _bylines_follow_titles(bodies)
    for body in bodies:
        if len(body.titles) >= 2:
            removed += _join_titles_from_afar(body)
    unplaced.extend(_follow_titles(held, bodies))
    _cards_headed_by_address(bodies)
    sequence = _fold_crossheads(sequence, masthead_lines)
    sequence = _fold_second_dispatches(sequence)
    unplaced.extend(_give_back_sentence_ends(sequence))
    _openings_read_as_decks(sequence, lone=True)
    sequence = _dispatch_heads_from_story_ends(sequence, units)
    sequence, scraps = _stacks_over_headless(sequence)
    unplaced.extend(scraps)
    sequence, scraps = _free_heads_over_garbled_lines(sequence)
    unplaced.extend(scraps)
    _openings_read_as_decks(sequence)
    sequence, scraps = _stacks_over_credit(sequence)
    unplaced.extend(scraps)
    sequence, scraps = _stacks_over_decks(sequence)
    unplaced.extend(scraps)
    _stacks_split_at_second_head(sequence)
    _lost_heads_over_decks(sequence)
    sequence = _stacks_over_deck_led_stories(sequence)
    unplaced.extend(_scraps_inside_capitals_heads(sequence))
    removed += _openings_read_as_deck_lines(sequence, known_words)
    _deck_tails_read_as_openings(sequence, known_words)
    sequence, scraps = _decks_inside_stacks(sequence)
    unplaced.extend(scraps)
    _heads_over_first_decks(sequence, masthead_lines)
    if historical:
        _banners_over_their_stories(sequence, masthead_lines)
    sequence = _cut_trailing_ads(sequence)
    kept = []
    ordered = _wrapped_heads_over_headless(_article_order(sequence))
    if historical:
        ordered, hyphens = _prose_lines_into_headless(ordered, known_words)
        removed += hyphens
        ordered, hyphens = _prose_lines_into_story_above(ordered, known_words)
        removed += hyphens
        ordered, hyphens, scraps = _lone_datelines_as_openings(ordered, known_words)
        removed += hyphens
        unplaced.extend(scraps)
    _signatures_back_to_ads(ordered)
    _picture_credits_back_to_captions(ordered)
    ordered = _cut_stories_resumed(ordered)
    ordered = _byline_led_text_back_to_lead(ordered)
    # (a Chinese ad's display lines on a 1916-style page, a notice's on a modern one; then a
    # Chinese notice's head over its display lines, on any page: branch zh45)
    ordered = (_display_runs_as_ads if historical else _display_lines_into_notice)(ordered)
    ordered = _notice_display_runs(ordered)
    for item in ordered:
        if isinstance(item, Body) and len(item.titles) >= 2:
            _display_titles_under_notice_head(item)
        elif isinstance(item, Body) and not item.titles and _opens_cjk_item_body(item):
            # (the box's list mark before a head-less item: its decoration, kept aside)
            unplaced.append(item.paragraphs[0][:1])
            item.paragraphs[0] = item.paragraphs[0][1:]
    for index, item in enumerate(ordered):
        if _is_noise(item) or _is_lone_teaser(ordered, index) or _is_garbled_item(item):
            unplaced.extend(_item_texts(item))
        else:
            kept.append(item)
    ids = _ArticleIds(page_number)
    if sentence_heads:
        for item in kept:
            if isinstance(item, Body):
                removed += _sentence_head_to_body(item, sentence_heads, known_words)
    if historical:
        for index, item in enumerate(kept):
            above = kept[index - 1] if index else None
            if isinstance(item, Body) and (lines := _prose_head_lines(item, above, known_words)):
                removed += _sentence_head_to_body(item, lines, known_words)
    articles = [_build_article(item, page_number, ids) for item in kept]
    members = [tuple(_member_lines(item)) for item in kept]
    return Assembly(articles, unplaced, removed, members)


#: A word in small letters, as the page prints its common words.
_SMALL_LETTER_WORD: Final = re.compile(r"\b[a-z]{3,}\b")


#: The clause marks a Chinese paragraph cut by its column's end may stop on: its sentence goes
#: on wherever OCR read the column's next lines.
_CJK_CLAUSE_CUT: Final = ("，", "、", "；", ",")


def _stack_decks_read_as_bodies(sequence: list[Title | Body]) -> list[Title | Body]:
    """A mixed-case deck under a capitals line of a 1916 stack, read as a paragraph and a title
    (its last line, closing on a stop), is one deck again (branch histh47): "ROOSEVELT AND
    GOETHALS LEAD FOR WAR OFFICE" / … / "FORMER MORE LIKELY" / "President Desires Man with" /
    "Experience in Running a" / "Government Department." / "WITHOUT HEAD FOR 22 HOURS" / …
    Read apart, the paragraph went under the capitals line as a story's text and the title
    headed the story below, so every head of the stack went one story off (see
    :func:`_deck_read_as_body`). A paragraph closing its sentence is a deck of its own over the
    title, which stays another deck."""
    result: list[Title | Body] = []
    index = 0
    last = len(sequence) - 2
    while index < len(sequence):
        item = sequence[index]
        above = result[-1] if result else None
        if (
            index < last
            and isinstance(item, Body)
            and isinstance(above, Title)
            and above.style == "caps"
        ):
            tail = sequence[index + 1]
            if isinstance(tail, Title) and _deck_read_as_body(item, tail):
                opening = item.paragraphs[0]
                if closes(opening):
                    # (a deck of its own over the next: "Novelty Manager Takes Theaters in El
                    # Paso." / "Well Known Theatrical Man to Topeka in 1913.")
                    result.append(Title(opening, "mixed", item.first, item.last, lines=item.lines))
                    index += 1
                    continue
                text, _ = join_lines([opening, tail.text])
                deck = Title(
                    repair_spacing(text),
                    "mixed",
                    item.first,
                    tail.last,
                    lines=[*item.lines, *tail.lines],
                )
                result.append(deck)
                index += 2
                continue
            if (
                # (the capitals title tops its stack: under another title it is as often the
                # next stack's head read into it, and the deck under it that stack's)
                (len(result) < 2 or not isinstance(result[-2], Title))
                and _deck_over_crossline(item, tail, sequence[index + 2])
                and _heads_the_pyramid(above, item, sequence[index + 2 : index + 5])
            ):
                opening = item.paragraphs[0]
                result.append(Title(opening, "mixed", item.first, item.last, lines=item.lines))
                index += 1
                continue
        result.append(item)
        index += 1
    return result


def _deck_over_crossline(body: Body, crossline: Title | Body, below: Title | Body) -> bool:
    """Whether a body under a capitals title is a whole deck read as a paragraph, over the
    next capitals line of the same pyramid and that line's deck ("CHARGE ARMY FAILURE" / "More
    Evidence of … Given to Public by Senator Robinson. Demands Investigation." / "WANTS
    CIVILIAN INSPECTION MADE" / "Copies of Letters …"): a paragraph closing its sentence that
    reads as a deck (:func:`_deck_read_as_body`, asked of it alone), under which a capitals title
    of at most two lines stands over a mixed-case one (branch histh47)."""
    return (
        isinstance(crossline, Title)
        and crossline.style == "caps"
        and len(crossline.lines) <= 2
        and isinstance(below, Title)
        and below.style == "mixed"
        and bool(body.paragraphs)
        and closes(body.paragraphs[0])
        and _deck_read_as_body(body, None)
    )


def _heads_the_pyramid(head: Title, deck: Body, below: Sequence[Title | Body]) -> bool:
    """Whether the capitals title over a whole deck read as a paragraph heads the pyramid under
    it, not a stack of its own over another story's (:func:`_deck_over_crossline`): it names a
    head (:func:`_names_a_head`: ``KOF`` is a scrap) and no ear's price (``COPY FIVE CENTS.``),
    and when the next capitals line's deck (first of ``below``) echoes the story's lead under it
    (``WRAPPED_HEAD_ECHO``), the head or the deck does too: a stack whose head and deck echo
    nothing of a lead its next line's deck tells of is another story's (``MADE UNCONSCIOUS`` /
    ``Student Was Gagged …`` over ``DR. M'CALLISTER DIES`` / ``Centralia Physician …``)."""
    if not _names_a_head(head.text) or names_price_or_pages(head.text):
        return False
    lead = next((item.lead for item in below if isinstance(item, Body)), "")
    crossline_deck = below[0]
    if (
        not lead
        or not isinstance(crossline_deck, Title)
        or title_score(crossline_deck.text, lead) < WRAPPED_HEAD_ECHO
    ):
        return True
    return title_score(head.text, lead) > 0 or title_score(deck.paragraphs[0], lead) > 0


#: A price in dollars and cents as an ad prints it ("$18.00"); a deck names sums in round
#: dollars ("$200,000,000 Advance to France …").
_CENTS_PRICE: Final = re.compile(r"\$\s?\d+[.,]\d\d\b")
#: At least this share of its content words are capitalised (OCR's specks and a word broken at
#: the line's end, "Tempor" / "arily,", leave a few in small letters).
PYRAMID_DECK_SHARE: Final = 0.75
#: The paragraph read from such a deck holds at least this many words (two of them content
#: words: "The Groundhog Goes" / "Into His Hole.").
PYRAMID_DECK_OPENING_WORDS: Final = 3


def _deck_read_as_body(body: Body, tail: Title | None) -> bool:
    """Whether a body of one paragraph under a capitals title, and the mixed-case title under
    it, are one deck: the paragraph holds at most PYRAMID_DECK_LINES lines and nothing a story
    opens on (no dateline, byline or credit), the title is at most two lines closing on a full
    stop, a question or an exclamation mark, and both read together are a headline's words
    (at most STACK_DECK_CHARS long, PYRAMID_DECK_SHARE of the content words capitalised, three
    at least, no dateline inside, little noise), the paragraph alone in mixed case, of
    PYRAMID_DECK_OPENING_WORDS words at least, two of them content words, as capitalised. A
    story's first paragraph is prose in small letters; a crosshead's text under it is the next
    paragraph, not a title; a speck under a capitals line ("-r"), a list of names in capitals,
    an ad's price line and OCR's noise are no deck. With no title (``None``), the paragraph
    alone is asked."""
    if tail is not None and (
        tail.style != "mixed"
        or len(tail.lines) > 2
        or not tail.text.rstrip().endswith((".", "?", "!"))
    ):
        return False
    if (
        len(body.paragraphs) != 1
        or len(body.lines) > PYRAMID_DECK_LINES
        or body.titles
        or body.dateline
        or body.byline
        or body.credit
        or body.continued_from
        or body.continued_to
    ):
        return False
    text = body.paragraphs[0] if tail is None else f"{body.paragraphs[0]} {tail.text}"
    if len(text) > STACK_DECK_CHARS or names_story_opening(text):
        return False
    opening = body.paragraphs[0]
    if "$" in opening and _CENTS_PRICE.search(opening) is not None:
        return False  # an ad's price line ("$18.00 and $23.00 Suits"), no deck's words
    words, capitalised = capitalised_words(opening)
    if (
        words < 2
        or len(opening.split()) < PYRAMID_DECK_OPENING_WORDS
        or capitalised < PYRAMID_DECK_SHARE * words
        or title_style(opening) != "mixed"
        or noise_share(text) > DECK_NOISE_SHARE
    ):
        return False
    words, capitalised = capitalised_words(text)
    return words >= 3 and capitalised >= PYRAMID_DECK_SHARE * words


#: A Chinese caption opens on the day the picture was taken: "5月17日，…" (_dated_caption).
_DATED_CAPTION: Final = re.compile(r"^\d{1,2}月\d{1,2}日[，,]")
#: The most items between a caption and its credit read after the story below it.
CREDIT_BACK_ITEMS: Final = 2


def _picture_credits_back_to_captions(ordered: list[Title | Body]) -> None:
    """A Chinese picture's credit ("本报记者 王斌摄") that Tesseract read after the story set
    under the picture, its block read last, went to that story as its credit; its caption,
    one dated sentence with no head ("5月17日，红崖镇村民在…移栽娃娃菜苗。", _DATED_CAPTION),
    stands at most CREDIT_BACK_ITEMS items above, with no credit of its own: the credit is
    the caption's (branch zh50). A story with a head and a byline names its reporter there;
    a picture's credit after its text is no part of it."""
    for index, item in enumerate(ordered):
        if not (
            isinstance(item, Body)
            and item.credit is not None
            and item.credit.rstrip().endswith(("摄", "攝"))
            and item.titles
            and item.byline is not None
        ):
            continue
        for back in range(index - 1, max(-1, index - 1 - CREDIT_BACK_ITEMS), -1):
            caption = ordered[back]
            if (
                isinstance(caption, Body)
                and not caption.titles
                and caption.credit is None
                and caption.byline is None
                and caption.dateline is None
                and len(caption.paragraphs) == 1
                and _DATED_CAPTION.match(caption.paragraphs[0]) is not None
            ):
                caption.credit, item.credit = item.credit, None
                break


def _cut_stories_resumed(ordered: list[Title | Body]) -> list[Title | Body]:
    """A Chinese story whose last paragraph stops on a clause mark ("…任命新总理，"), cut where
    its column ended, then one whole item with its own head (a brief OCR read from the next
    column: "新山关卡周末延长开放" / "（新山4日讯）…登记。（马新社）"), then text with no head,
    dateline or byline lead of its own: that text is the cut story's going on ("政府在此之前继续
    处理日常事务。"), read after the item set beside it, and runs on into the sentence the
    column cut, as one paragraph. No sentence ends on a comma, so the head-less text has no
    other story to belong to; the story takes its byline too when it has none (a wire credit
    closing the text: "（法新社）"). One pass; only the item straight after the inset."""
    result: list[Title | Body] = []
    index = 0
    while index < len(ordered):
        item = ordered[index]
        result.append(item)
        index += 1
        if not (
            isinstance(item, Body)
            and item.titles
            and item.paragraphs
            and item.paragraphs[-1].endswith(_CJK_CLAUSE_CUT)
            and cjk_ratio(item.paragraphs[-1]) >= 0.5
            and index + 1 < len(ordered)
        ):
            continue
        inset, rest = ordered[index], ordered[index + 1]
        if not (
            isinstance(inset, Body)
            and inset.titles
            and inset.paragraphs
            and not inset.open
            and isinstance(rest, Body)
            and not rest.titles
            and rest.paragraphs
            and rest.dateline is None
            and rest.credit is None
            and rest.continued_from is None
            and cjk_ratio(rest.paragraphs[0]) >= 0.5
            and (rest.byline is None or item.byline is None)
        ):
            continue
        item.paragraphs[-1] += rest.paragraphs[0]
        item.paragraphs.extend(rest.paragraphs[1:])
        item.run_ons += 1
        _take_rest(item, rest)
        result.append(inset)
        index += 2
    return result


#: The roles a Chinese reporter's byline opens on (_byline_led_text_back_to_lead).
_ZH_REPORTER_OPENINGS: Final = ("本报记者", "本報記者", "记者", "記者", "通讯员", "通訊員")


def _byline_led_text_back_to_lead(ordered: list[Title | Body]) -> list[Title | Body]:
    """A Chinese lead's byline, centred under its stack over several columns, read by OCR
    between the lead's paragraphs ("…评选出省级技术能手320名。" / "本报记者 刘建华 通讯员孙和曹" /
    "各级工会还推动企业建立…"; branch zh49, as Tesseract's blocks give a drawn page): a
    head-less text opened by a reporter's byline straight after a headed Chinese story that has
    no byline or dateline of its own is that story's going on, and the byline is the story's.
    A head-less item's text opened by a byline is no story of its own on a modern Chinese
    page: the byline stands under a head. One pass, each pair once."""
    result: list[Title | Body] = []
    index = 0
    while index < len(ordered):
        item = ordered[index]
        result.append(item)
        index += 1
        if not (
            isinstance(item, Body)
            and item.titles
            and item.paragraphs
            and item.byline is None
            and item.dateline is None
            and not item.is_caption
            and index < len(ordered)
        ):
            continue
        rest = ordered[index]
        if not (
            isinstance(rest, Body)
            and not rest.titles
            and rest.paragraphs
            and rest.byline is not None
            and rest.byline.lstrip().startswith(_ZH_REPORTER_OPENINGS)
            and rest.byline_lines
            and rest.byline_lines[0] <= rest.first
            and rest.dateline is None
            and rest.continued_from is None
            and not rest.is_caption
            and cjk_ratio(rest.paragraphs[0]) >= 0.5
            and cjk_ratio(item.paragraphs[-1]) >= 0.5
        ):
            continue
        item.paragraphs.extend(rest.paragraphs)
        item.credit = item.credit or rest.credit
        _take_rest(item, rest)
        index += 1
    return result


def _take_rest(item: Body, rest: Body) -> None:
    """Bookkeeping of a story taking the rest of its text read apart (``rest``, whose paragraphs
    the caller has placed): the rest's lines and last line, its jump when the story has none,
    and its byline when it has one (_cut_stories_resumed, _byline_led_text_back_to_lead)."""
    if rest.byline is not None:
        item.byline = rest.byline
        item.byline_lines = list(rest.byline_lines)
    item.continued_to = item.continued_to or rest.continued_to
    item.lines.extend(rest.lines)
    item.last = max(item.last, rest.last)


def _section_jump(current: Body | None, title: Title) -> bool:
    """Whether a title read with its page pointer is only a section's name and its page
    (``World, page 19``, ``Sport, page 60``: classify.SECTION_NAMES) straight under a story's
    paragraphs, with no jump of its own yet: the story's jump line, not a teaser. Gate: a modern
    paper's section named before ``page`` and a figure; a 1916 page's jump says ``Continued on
    Page 4`` (classify.match_continuation)."""
    return (
        title.pointer is not None
        and title.text in SECTION_NAMES
        and title.pointer.text.lstrip(", ").lower().startswith("page")
        and current is not None
        and bool(current.paragraphs)
        and current.continued_to is None
        and current.last >= title.first - TOUCHING_LINES
    )


def _skybox_puff(units: Sequence[Unit], position: int) -> tuple[Title, int] | None:
    """A skybox puff (reflow.skybox_puff: a label in capitals over a sentence-case head over its
    page pointer alone, the label run in before the head, or a promoting label over the head
    alone) made of whole units from ``position``, its lines at most TOUCHING_LINES apart: the
    teaser, its label its kicker, and how many units after the first it takes. A puff with no
    pointer stands over a title or the page's end, never over prose (the head would be a
    story's opening line). Gate: skybox_puff's (a sentence-case head over a page pointer alone on
    its line, or under a label promoting the paper's pages: no 1916 page prints one)."""
    unit = units[position]
    if len(unit.lines) > 2 or not unit.lines[0].text.lstrip()[:1].isupper():
        return None  # (most units)
    following = units[position : position + 4]
    # (the lines' texts alone first: most single capitalised lines open no puff)
    texts = [line.text for item in following for line in item.lines]
    puff: tuple[str | None, str, int, int | None] | None = skybox_puff(texts)
    if len(unit.lines) == 2 and (puff is None or puff[0] is not None):
        return None  # (a unit of two lines only as a puff's head with no label)
    #: A pointer run onto the head's last line (reflow.lettered_puff: "straight win, B1").
    marker: str | None = None
    if puff is None:
        lettered = lettered_puff(texts)
        if lettered is None:
            one_line = run_in_puff_line(texts[0])
            if one_line is None:
                return None
            # (a puff on one line, its pointer closing it: "SPORTS: Hunters name squad for
            # Cup clash – Back Page", the lead's round 45)
            title = Title(repair_title_spacing(one_line[1]), "mixed", unit.first, unit.last)
            title.pointer, title.kicker = one_line[2], one_line[0]
            title.lines = [unit.lines[0].number]
            return title, 0
        puff, marker = lettered[:4], lettered[4]
    lines = [line for item in following for line in item.lines]
    ends = list(accumulate(len(item.lines) for item in following))
    kicker, head, size, page = puff
    numbers = [line.number for line in lines[:size]]
    if size not in ends or any(b - a > TOUCHING_LINES for a, b in pairwise(numbers)):
        return None
    taken = ends.index(size)
    title = Title(repair_title_spacing(head), "mixed", numbers[0], numbers[-1])
    if page is not None:
        title.pointer = ContinuationLink("to", page, marker or lines[size - 1].text.strip())
    else:
        below = units[position + taken + 1 : position + taken + 2]
        if below and below[0].kind != "title":
            return None
        # (a puff with no pointer: a contents entry's teaser, never a story's deck)
        title.entry = True
    title.lines = numbers
    title.kicker = kicker
    return title, taken


def _strip_teaser(units: Sequence[Unit], position: int, above: Title) -> tuple[Title, int] | None:
    """A skybox strip's further teaser (reflow.pointed_head: a head of one or two title lines
    over its page pointer alone) straight under a teaser its pointer closed (``ALSO INSIDE`` /
    ``Senate confirms …`` / ``Page 7`` / ``Court fixes March 3 for`` / ``ex-governor's
    trial`` / ``Page 9``): a teaser too, with no label, and how many units after the first it
    takes. Gate: the teaser above closed by its pointer, the head's units titles of one line,
    the pointer a unit of its own, their lines at most TOUCHING_LINES apart."""
    if above.pointer is None or (above.kicker is None and not above.lines):
        return None
    unit = units[position]
    if unit.kind != "title" or len(unit.lines) > 1:
        return None
    following = units[position : position + 3]
    found = pointed_head([item.lines[0].text for item in following])
    if found is None:
        return None
    head, size = found
    if len(following) <= size or any(len(item.lines) > 1 for item in following[: size + 1]):
        return None
    if any(item.kind != "title" for item in following[:size]):
        return None
    numbers = [item.lines[0].number for item in following[: size + 1]]
    if any(b - a > TOUCHING_LINES for a, b in pairwise(numbers)):
        return None
    pointer = following[size].lines[0].text.strip()
    page = pointer_page(pointer)
    title = Title(repair_title_spacing(head), "mixed", numbers[0], numbers[-1])
    title.pointer = ContinuationLink("to", 0 if page is None else page, pointer)
    title.lines = numbers
    return title, size


def _proves_newspaper(text: str, printed_small: _PrintedSmall) -> bool:
    """Whether a line shaped as a newspaper's name (classify.newspaper_credit_words) names a
    place or a person: one of its name words is never printed in small letters on the page
    ("Stites", "Gainesville"), and none is after the first (a town's name may be a common
    word, "Plant City Courier.", a paper's further words are names: "Lake Charles
    American-Press."). A head's or a column's label's words are common words the page prints
    small too ("Breaks World Record.", "Wilson Here Three Times.", "East End News.",
    "Western Newspaper Union.")."""
    words = newspaper_credit_words(text)
    if not words:
        return False
    return not any(word in printed_small for word in words[1:]) and any(
        word not in printed_small for word in words
    )


def _after_reprint_credit(current: Body | None, sequence: Sequence[Title | Body]) -> bool:
    """Whether a paragraph opens an item straight under a reprinted item its paper's credit
    closed (``_closing_reprint_credit``, ``trailing_signature``), no head between: an item of
    its own, as a weekly's local items are (``Body.local``), which takes no head from afar (the
    title rules would give it one its words echo, cutting it from its own story)."""
    if current is not None or not sequence:
        return False
    above = sequence[-1]
    return (
        isinstance(above, Body)
        and above.byline is not None
        and not above.signed
        and newspaper_credit_words(above.byline) is not None
    )


def _bracketed_paper(text: str) -> bool:
    """A newspaper's name in brackets ("(Graham Daily News.)"): a byline straight under a
    head only (``is_byline_line`` reads it anywhere); under prose, a deck read as a paragraph
    among them ("Most Favorable Report Made by" / "Settlers' Committee." / "(Middleton
    Herald.)"), it stays where it was printed, lest the head be cut from its story."""
    return text.lstrip()[:1] in "([" and newspaper_credit_words(text) is not None


def _closing_reprint_credit(
    current: Body, unit: Unit, text: str, printed_small: _PrintedSmall
) -> bool:
    """Whether a unit of one line is the credit of the paper the current item was reprinted
    from, at the item's foot: a newspaper's name (``_proves_newspaper``: "—Stites
    Enterprise.", "Gainesville Sun.", "Miami Herald, Feb. 12.") straight under the item's
    prose, whose last paragraph ends a sentence, the item having no byline. A title or a
    paragraph: the title pass reads such a line as the next item's head. Not a credit in
    brackets: that is set under the next item's head ("(Middleton Herald.)" under a head and
    its deck: classify.is_byline_line). The gate that keeps it off modern pages: a modern
    item ends on its text or its writer, never on a paper's name (issue 9, branch
    ``exchange31``)."""
    return (
        unit.kind != "credit"
        and len(unit.lines) == 1
        and text.lstrip()[:1] not in "(["
        and current.byline is None
        and bool(current.paragraphs)
        and current.last_ends_sentence()
        and _proves_newspaper(text, printed_small)
    )


def _closing_place_signature(
    current: Body, unit: Unit, text: str, following: Sequence[Unit]
) -> bool:
    """Whether a title of one line is the signature of the letter above it, the writer's name
    and home town ("… look for savings elsewhere." / "Janet Morrow, Millbrook": a modern paper
    signs a letter so, with no stop; classify.is_place_signature): under the item's prose, whose
    last paragraph ends a sentence, the item having no byline, and heading no text of its own
    (no paragraph of its block follows it). Read as a title it was a teaser with no page
    (branch en43). Gate (the caller's): a page modern_page found modern; on a 1916 page such a
    line is a deck's or a list's ("Engineer William Chayer, Fireman")."""
    return (
        unit.kind == "title"
        and len(unit.lines) == 1
        and current.byline is None
        and bool(current.paragraphs)
        and current.last_ends_sentence()
        and is_place_signature(text)
        and not (
            following and following[0].kind == "paragraph" and following[0].block == unit.block
        )
    )


class _PrintedSmall:
    """The words a page prints in small letters (three letters or more), read from its units
    the first time they are asked for: a common word, not a name (see _head_runs_on_by)."""

    __slots__ = ("_units", "_words")

    def __init__(self, units: Sequence[Unit]) -> None:
        self._units = units
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = frozenset(
                found
                for unit in self._units
                for line in unit.lines
                for found in _SMALL_LETTER_WORD.findall(line.text)
            )
        return word in self._words


#: Past participles that do not end in "-ed", on which a head's line waits for its agent
#: ("DEPOT HIT" / "BY RUNAWAY CARS", "CASHIER SHOT" / "BY DESPERADO GANG").
_AGENT_PARTICIPLES: Final = frozenset(
    "hit shot taken swept sent heard made held won seen given driven bought caught struck sold "
    "beaten torn hurt cut found lost kept led slain shaken broken thrown told spent stolen "
    "chosen written done begun upheld overrun overthrown withdrawn".split()
)
#: Small words and numbers no name holds ("BY ORDER OF THE COURT", "BY TWO BOMBS").
_BY_SMALL_WORDS: Final = frozenset(
    "a an and as at by for from in into of on or the to with that this during after near "
    "his her their its our one two three four five six seven eight nine ten".split()
)
#: Adverbs a phrasal verb's participle takes before its agent ("IS TAKEN OVER" / "BY ACME").
_PARTICIPLE_PARTICLES: Final = frozenset("over up out off down away back".split())
#: Word endings of adjectives of place and kind, printed with a capital in prose ("BRITISH",
#: "AUSTRIAN", "DEMOCRATIC", "FEDERAL"): no name's, in a "BY" line of common words.
_ADJECTIVE_ENDINGS: Final = ("ish", "an", "ic", "al", "ese", "ed")
#: An initial ("H.", "0." as OCR reads an O) or a name's title before a name ("DR.", "MRS"):
#: a person's byline.
_NAME_MARK: Final = re.compile(
    r"^(?:[A-Z0]\.|(?:" + "|".join(title.upper() for title in NAME_TITLES) + r")\.?|MISS)$"
)


def _head_runs_on_by(
    sequence: Sequence[Title | Body], unit: Unit, text: str, printed_small: _PrintedSmall
) -> bool:
    """Whether a byline-shaped line in capitals opening on "BY" is its head's line going on
    ("RIVER TOWN CUT OFF" / "BY ICE GORGE", "KILLED" / "BY TRAIN AT CROSSING"), not a byline:
    it is one line, straight under a capitals title that heads nothing yet (no blank line
    between), and names no one. A person's byline holds an initial or a name's title ("BY H.
    L. MENCKEN", "BY DR. JANE ROE") or is two to five words none of which the page prints
    in small letters ("BY JOHN SMITH"); an agency's credit ("BY ASSOCIATED PRESS") is kept as
    the byline it is. The line goes on with the head when its rest is one word ("BY
    ICEBERGS"), holds a small word ("BY ORDER OF THE COURT", "BY A BIG FIRE"), a possessive
    or a firm ("BY ACME CO."), when the head's line above ends on a past participle that
    wants its agent ("CASHIER SHOT" / "BY DESPERADO GANG", "IS TAKEN OVER" / "BY …"), or
    when every word of it is a common word the page prints in small letters, or an adjective
    of place or kind ("BY BRITISH ENVOY", "BY MILL HANDS"). The gate that keeps it off
    modern pages: a modern byline is set in mixed case ("By John Smith") or names its writer;
    only a line in capitals opening on "BY", under a capitals title, is asked (issue 9,
    branch ``stacks30``)."""
    if len(unit.lines) != 1 or not sequence or unit.lines[0].gap:
        return False
    head = sequence[-1]
    if (
        not isinstance(head, Title)
        or head.style != "caps"
        or not head.is_plain()
        or head.body is not None
        or unit.first != head.last + 1
    ):
        return False
    line = text.strip()
    if not line.startswith("BY ") or title_style(line) != "caps" or not is_byline_line(line):
        return False
    if is_wire_credit(line) or is_credit(line):
        return False
    words = line[3:].strip(" .,;:").split()
    if not words or any(_NAME_MARK.match(word) for word in words):
        return False
    plain = [word.strip(".,;:'\"").lower() for word in words]
    above = [word.strip(".,;:'\"!").lower() for word in head.text.split()]
    last = above[-1] if above else ""
    if last in _PARTICIPLE_PARTICLES and len(above) >= 2:
        last = above[-2]
    wants_agent = (len(last) >= 5 and last.endswith("ed") and not last.endswith("eed")) or (
        last in _AGENT_PARTICIPLES
    )
    return (
        len(words) == 1
        or wants_agent
        or any(word in _BY_SMALL_WORDS for word in plain)
        or any(word.endswith(("'s", "’s")) for word in plain)
        or names_firm(line)
        or all(
            word in printed_small or word.endswith(_ADJECTIVE_ENDINGS)
            for word in plain
            if word.isalpha()
        )
    )


def _take_by_line(sequence: list[Title | Body], unit: Unit, text: str) -> None:
    """The capitals title last in the sequence takes the "BY" line under it as its next line
    (see _head_runs_on_by)."""
    head = sequence[-1]
    assert isinstance(head, Title)
    head.text = repair_title_spacing(f"{head.text} {text.strip()}")
    head.last = unit.last
    head.lines.extend(line.number for line in unit.lines)
    head.rows += (text.strip(),)


#: A deck read as a paragraph spans at most this many lines.
DECK_MAX_LINES: Final = 4


#: Lines a deck under a capitals headline and over a mixed-case deck holds at most; words that
#: headline holds at least.
HEADED_DECK_LINES: Final = 3
HEADED_DECK_HEAD_WORDS: Final = 3
#: A price or a cry: an advertisement's, not a deck's ("$18.00", "25c", "… Canton!").
_PRICE_OR_CRY: Final = re.compile(PRICE_SOURCE + r"|!\W*$")
#: A month abbreviated and a day, as OCR reads a dateline's ("Feh. 9", "Feb. 13"): no deck's.
_ABBREVIATED_DAY: Final = re.compile(r"\b[A-Z][a-z]{2}\.\s?\d")
#: A deck that goes with its headline holds at most this share of OCR noise.
DECK_NOISE_SHARE: Final = 0.2
#: A word of three letters or more in capitals.
_CAPITALS_WORD: Final = re.compile(r"\b[A-Z]{3,}\b")
#: Lines a deck closing on a stop under a headline closing on one holds at most.
STOPPED_DECK_LINES: Final = 2
_SMALL_WORD_INSIDE: Final = re.compile(r"\s[a-z]{2,4}\s")
#: How many last characters of a paragraph tell whether it closes on a colon or a specked stop.
_CLOSE_REACH: Final = 8


def _is_deck(sequence: list[Title | Body], unit: Unit, text: str, after: Sequence[Unit]) -> bool:
    """Whether a paragraph right under a headline is a deck wrapped over lines that alone were
    no titles (each ending in a comma or a hyphen): its words read as one (see
    classify.reads_as_deck), and the story's text follows it, standing apart (in another block,
    or opening with a dateline or byline), so it is no story's first paragraph."""
    previous = sequence[-1] if sequence else None
    if not isinstance(previous, Title) or not previous.is_plain():
        return False
    if previous.style == "cjk" or len(unit.lines) > DECK_MAX_LINES or not after:
        return False
    if starts_story(unit.lines[0].text) or is_byline_line(unit.lines[0].text):
        return False  # a story's opening (a garbled wire credit too) or a byline is no deck
    following = after[0]
    apart = following.kind != "title" and (
        following.block != unit.block or starts_story(following.lines[0].text)
    )
    # Where every deck closes on a full stop ("RIOTOUS STUDENTS." / "Serious Outbreak at the
    # University" / "of Havana."), a two-line deck closing on one is no story's first paragraph
    # whatever follows it.
    stacked = (
        len(unit.lines) <= STOPPED_DECK_LINES
        and previous.style == "caps"
        and previous.text.rstrip().endswith(".")
        and text.rstrip().rstrip("\"'”’").endswith(".")
        # a clause, not a list of names ("A. M. Carothers, W. B. Hoffa, Secretary.")
        and _SMALL_WORD_INSIDE.search(text) is not None
    )
    # A second deck under it, in mixed case and closing on a stop like it ("HE FELL TO FLOOR" /
    # "A. A. Robinson Was Uncon" / "scious Thirty Minutes." / "Well Known Railway Man Ill in" /
    # "Downtown Store."): decks stack; a story's first paragraph is no title's.
    decked = (
        following.kind == "title"
        and previous.style == "caps"
        and len(unit.lines) <= STOPPED_DECK_LINES
        and text.rstrip().endswith(".")
        and following.style == "mixed"
        and following.lines[-1].text.rstrip().endswith(".")
    )
    # A pyramid of decks: a mixed-case deck between two capitals decks ("LEAGUE MEETING OPENS
    # AT GENEVA" / "Election of President and" / "Other Officers First Work" / "of
    # Convention." / "141 NATIONS REPRESENTED"), or one whose last line, a few words closing
    # on a stop, was read as a title of its own ("Premier, However, Declares" / "He Is Victor
    # in Election" / "Held Yesterday."), in the same block or after a word broken at the line
    # end ("… to Fill Va-" / "Gancy in U. S. Senate.").
    # Tesseract sets each deck in a block of its own, and a deck's last words may stand in
    # one of their own too ("Bolshevik Forces Control Crimea," / "Commit Many Crimes—Early" /
    # "Frost Helps Victors. |"): a deck whose clause is left open on a bare word is finished
    # by the one-line title set apart by a blank line under it (see _finishes_open_deck).
    pyramid = (
        following.kind == "title"
        and previous.style == "caps"
        and (
            following.style == "caps"
            or (
                following.style == "mixed"
                and len(following.lines) == 1
                and without_edge_marks(following.lines[0].text).endswith(".")
                and (
                    following.block == unit.block
                    or text.rstrip().endswith("-")
                    or (following.lines[0].gap > 0 and text.rstrip()[-1:].isalpha())
                )
            )
        )
    )
    # A deck whose next deck, in mixed case, was read as a title of its own ("MAXWELL IS GONE" /
    # "Novelty Manager Takes Thea-" / "ters in El Paso." / "Well Known Theatrical Man to
    # Topeka in 1913."), stops or no stops: set straight under the capitals headline, a
    # title-case paragraph of a few lines is no story's first paragraph when a title follows it.
    # No advertisement's lines: a headline of a word
    # or two ("LOOK HERE!", "O. NUCKOLLS"), prices, a cry, a name in capitals ("… G. H. St.
    # PIERRE"); nor a list of names ("Bert Grant, Chicago E. Blackwell, …": a clause holds a
    # small word).
    headed = (
        following.kind == "title"
        and previous.style == "caps"
        and following.style == "mixed"
        and not following.lines[-1].text.rstrip().endswith("!")
        and _CAPITALS_WORD.search(text) is None
        and len(unit.lines) <= HEADED_DECK_LINES
        and unit.first == previous.last + 1
        and not unit.lines[0].gap
        and len(previous.text.split()) >= HEADED_DECK_HEAD_WORDS
        and _SMALL_WORD_INSIDE.search(text) is not None
        and _PRICE_OR_CRY.search(text) is None
    )
    # A deck over the story's text in the same block: set straight under a capitals headline
    # of two words or more, a title-case clause of up to three lines closing on a stop, the
    # story's first paragraph under it ("HOUNDS MANGLED DOE" / "Deer Killed Within the Village
    # Limits Sunday Afternoon." / "A large doe caught in a wire fence …"); no local item
    # ("Mrs. Leon Lafoe of Barton is visiting …"), no photograph's caption ("Agha Khan (top)
    # and …"), no advertisement's lines (as above).
    over_text = (
        following.kind != "title"
        and previous.style == "caps"
        and len(previous.text.split()) >= 2
        and len(unit.lines) <= HEADED_DECK_LINES
        and unit.first == previous.last + 1
        and not unit.lines[0].gap
        and text.rstrip().rstrip("\"'”’").endswith(".")
        and _SMALL_WORD_INSIDE.search(text) is not None
        and _PRICE_OR_CRY.search(text) is None
        and _CAPITALS_WORD.search(text) is None
        and not tells_local_news(text)
        and "(" not in text
    )
    if (apart or stacked or decked or pyramid or headed or over_text) and reads_as_deck(text):
        return True
    return apart and _capitals_deck_in_stack(sequence, unit, text)


def _capitals_deck_in_stack(sequence: list[Title | Body], unit: Unit, text: str) -> bool:
    """Whether a paragraph in capitals, set apart by a blank line under a mixed-case deck of a
    capitals headline, is the stack's next deck ("HEROIC FIGHT FAILS …" / "Unexampled Courage Shown
    …" / "TROTSKY LEADING REDS," / "WHO NUMBER 150,000"): a line ending on a comma was read
    as no title, but prose is not set in capitals under a deck. At most two lines, no price or
    cry (an advertisement's), the headline a capitals title right above the deck."""
    if len(sequence) < 2:
        return False
    deck, head = sequence[-1], sequence[-2]
    return (
        isinstance(deck, Title)
        and isinstance(head, Title)
        and deck.style == "mixed"
        and head.style == "caps"
        and head.body is None
        and deck.body is None
        and unit.lines[0].gap > 0
        and len(unit.lines) <= STOPPED_DECK_LINES
        and title_style(text) == "caps"
        and _PRICE_OR_CRY.search(text) is None
        and noise_share(text) <= DECK_NOISE_SHARE
    )


#: The most characters of a head's piece OCR read apart into a column (_cjk_fragment_in_cut).
CJK_FRAGMENT_CHARS: Final = 2


def _cjk_fragment_in_cut(current: Body, unit: Unit, text: str, below: Sequence[Unit]) -> bool:
    """Whether a Chinese title of at most CJK_FRAGMENT_CHARS characters, one line, stands
    between the open story's last paragraph, cut on a character inside its sentence (no stop
    or mark), and a paragraph that goes on with it (Chinese prose opening no story: no byline
    or dateline, no head): a piece of a head set beside, as Tesseract reads a wrapped head's
    second line's characters into the next column ("议召"; branch zh50). No Chinese head or
    crosshead is one or two characters under cut prose."""
    piece = text.strip()
    if unit.style != "cjk" or len(unit.lines) != 1 or not 0 < len(piece) <= CJK_FRAGMENT_CHARS:
        return False
    if not all(is_cjk_letter(char) for char in piece) or not below:
        return False
    if not current.open or not current.paragraphs or current.run_on is not None:
        return False
    last = current.paragraphs[-1].rstrip()
    if not last or not is_cjk_letter(last[-1]) or cjk_ratio(last) < 0.5:
        return False
    rest = below[0]
    opening = rest.lines[0].text.strip()
    return (
        rest.kind == "paragraph"
        and cjk_ratio(opening) >= 0.5
        and not starts_story(opening)
        and not is_byline_line(opening)
        and any(mark in opening for mark in "，。；")
    )


def _finishes_sentence(current: Body, unit: Unit, text: str) -> bool:
    """Whether a title line is the end of the sentence of the paragraph above it: the story is
    open, its last paragraph stops inside a sentence (on a word no sentence ends on, "… a
    defeat for", or on a title before a name, "… against, M."), and the title is one short
    mixed-case line (no capitals head, no pointer or box entry) set apart by a blank line."""
    if not current.open or not current.paragraphs:
        return False
    if unit.style != "mixed" or len(unit.lines) != 1 or unit.listed or not unit.lines[0].gap:
        # Set apart by a blank line only (OCR that puts each piece of a column in a block of
        # its own, as Tesseract does): a title straight under cut prose in running text is
        # most often the next column's head, read into the reading order there.
        return False
    if len(text.strip()) > CROSSHEAD_MAX_CHARS or match_teaser_pointer(text) is not None:
        return False
    tail = current.run_on.tail if current.run_on is not None else current.paragraphs[-1]
    return leaves_sentence_open(tail)


def _extend_deck(sequence: list[Title | Body], unit: Unit, text: str) -> None:
    """The deck last in the sequence takes ``unit`` (its text ``text``) as its rest."""
    deck = sequence[-1]
    assert isinstance(deck, Title)
    deck.text = repair_spacing(f"{deck.text} {text}")
    deck.last = unit.last
    deck.lines.extend(line.number for line in unit.lines)


def _open_deck(sequence: list[Title | Body]) -> Title | None:
    """The mixed-case title last in the sequence when it is a deck left open: under a
    capitals title, heading nothing yet, no pointer or box entry, closing on a bare word (no
    stop, comma or colon: the deck's clause goes on)."""
    if len(sequence) < 2:
        return None
    deck, above = sequence[-1], sequence[-2]
    if not isinstance(deck, Title) or not isinstance(above, Title) or above.style != "caps":
        return None
    if deck.style != "mixed" or not deck.is_plain() or deck.body is not None:
        return None
    return deck if deck.text.rstrip()[-1:].isalpha() else None


def _finishes_open_deck(sequence: list[Title | Body], unit: Unit, text: str) -> bool:
    """Whether a title line is the end of the deck above it: a mixed-case deck (under a
    capitals headline or deck, heading nothing yet) stops on a bare word, its clause open,
    and the title is one line set apart by a blank line, closing on a stop (a column rule's
    bar after it aside), that reads as one deck with it."""
    deck = _open_deck(sequence)
    if deck is None or len(unit.lines) != 1 or not unit.lines[0].gap or unit.style != "mixed":
        return False
    end = without_edge_marks(text)
    return end.endswith(".") and reads_as_deck(f"{deck.text} {end}")


def _finishes_deck(
    sequence: list[Title | Body], unit: Unit, text: str, after: Sequence[Unit]
) -> bool:
    """Whether a paragraph is the rest of a mixed-case deck whose first line alone was read as
    a title: under a capitals headline, the title closes on a bare word (no stop, comma or
    colon: the deck's clause goes on), the paragraph follows it on the next line with no blank
    between, closes on a stop within DECK_MAX_LINES lines, reads as a deck with it, and the
    story's text does not follow straight on (a title comes next, or another block, or a
    story's opening)."""
    deck = _open_deck(sequence)
    if deck is None or not after or len(unit.lines) > DECK_MAX_LINES:
        return False
    if unit.first != deck.last + 1 or unit.lines[0].gap:
        return False  # set apart from the title: no piece of it
    if not text.rstrip().endswith("."):
        return False
    following = after[0]
    apart = following.kind == "title" or (
        following.block != unit.block or starts_story(following.lines[0].text)
    )
    return apart and reads_as_deck(f"{deck.text} {text}")


def _member_lines(item: Title | Body) -> list[int]:
    if isinstance(item, Title):
        return item.lines
    return sorted({*item.lines, *(n for title in item.titles for n in title.lines)})


#: A paragraph set in capitals at least this long is a piece of its own (see _shifts_case).
CAPS_PROSE_CHARS: Final = 200


def _shifts_case(body: Body | None, text: str) -> bool:
    """Whether a long paragraph set in capitals follows one in mixed case (or the reverse): a
    quotation or an appeal set in capitals is a piece of its own, not the story above."""
    if body is None or not body.paragraphs or len(text) < CAPS_PROSE_CHARS:
        return False
    last = body.paragraphs[-1]
    if len(last) < CAPS_PROSE_CHARS // 2 or cjk_ratio(text) >= 0.5:
        return False
    return (title_style(text) == "caps") != (title_style(last[:CAPS_PROSE_CHARS]) == "caps")


#: An exhortation closes on at least this many words in capitals before its "!".
EXHORTATION_CAPS_WORDS: Final = 3


def _exhorts(text: str) -> bool:
    """Whether a short paragraph is an exhortation set apart, a filler or a booster's slogan:
    under BRIEF_MAX_CHARS, it turns to capitals for its last words (EXHORTATION_CAPS_WORDS or
    more) and closes on an exclamation mark after words in mixed case ("Get the glad habit of
    BOOSTING GET ON THE JOB!"). It is an item of its own, not the next paragraph of the story
    above it, and nothing runs on into it."""
    if len(text) >= BRIEF_MAX_CHARS + 8 or "!" not in text[-4:]:
        return False  # (most paragraphs: longer, or closing on no "!")
    stripped = text.rstrip()
    if len(stripped) >= BRIEF_MAX_CHARS or not stripped.endswith("!"):
        return False
    words = stripped.split()
    caps = 0
    for word in reversed(words):
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) < 2 or not all(ch.isupper() for ch in letters):
            break
        caps += 1
    return EXHORTATION_CAPS_WORDS <= caps < len(words) and any(
        ch.islower() for ch in " ".join(words[: len(words) - caps])
    )


#: A local item is a paragraph of at most this many characters; the story above it is read
#: for shared names only while it holds at most LOCAL_HOST_PARAGRAPHS paragraphs.
LOCAL_ITEM_MAX_CHARS: Final = 700
LOCAL_HOST_PARAGRAPHS: Final = 8
_CAPITALISED: Final = re.compile(r"\b[A-Z][A-Za-z']{2,}\b")
_ANY_WORD: Final = re.compile(r"[A-Za-z]{3,}")
#: Capitalised words that name no one: titles, days, months, places in every item.
_NO_NAMES: Final = frozenset(
    "Mrs Miss Messrs Rev Prof Judge Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Aug Sept Oct Nov Dec Church County City Street".split()
)


#: A column's label: a head of at most LABEL_MAX_WORDS words naming a column of items, not a
#: story: closing on a column's word ("Personal Mention", "Salem Graded And High School
#: Items.", "PALMER MOUNTAIN NOTES.", "Society", "Briefs"; "News" only in a head of at most
#: LABEL_SHORT_WORDS words, "SCHOOL NEWS"), or a short head opening on one ("LOCAL DRIFT",
#: "LOCAL AND PERSONAL", "Local News").
_LABEL_CLOSING: Final = frozenset(
    "items notes mention mentions brevities briefs society happenings jottings personals "
    "personal locals gleanings paragraphs".split()
)
_LABEL_OPENING: Final = frozenset("local locals personal personals society".split())
#: Figures OCR reads for letters in a word of capitals ("NOTE8", "1TEMS", "S0CIETY").
_OCR_DIGITS: Final = str.maketrans("0158", "oiss")
LABEL_MAX_WORDS: Final = 6
LABEL_SHORT_WORDS: Final = 3
#: A formula a weekly's item opens with when it opens on no one ("Born, to Mr. and Mrs. …",
#: "Married, at the …", "Died Sunday …"): a mark or a word of where or when after it, so that
#: "Married women will not be admitted …" is none.
_ITEM_FORMULA: Final = re.compile(
    r"(?:Born|BORN|Married|MARRIED|Died|DIED)(?:\s?[,.:;\u2014-]|\s+(?:to|at|on|in|near|last|"
    r"recently|yesterday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)"
)


_COLUMN_LABEL_MEMO: Final = LINE_MEMOS.new()


def names_a_column(head: str) -> bool:
    """Whether a head is a column's label rather than a story's headline: a few words naming
    local or personal items, notes, society or briefs ("LOCAL DRIFT", "Personal Mention",
    "Salem Graded And High School Items.", OCR's "SCIENCE SCHOOL NOTE8"). The items under it
    are its paragraphs. (Kept in a line memo: the assembly asks it of the same heads again,
    about 2.5 times a head.)"""
    known: bool | None = _COLUMN_LABEL_MEMO.get(head)
    if known is not None:
        return known
    return remember(_COLUMN_LABEL_MEMO, head, _names_a_column(head))


def _names_a_column(head: str) -> bool:
    """:func:`names_a_column`, worked out."""
    words = [word.strip(".,:;!-'\"(").lower() for word in head.split()]
    words = [word.translate(_OCR_DIGITS) for word in words if word]
    if not words or len(words) > LABEL_MAX_WORDS:
        return False
    if words[-1] in _LABEL_CLOSING:
        return True
    short = len(words) <= LABEL_SHORT_WORDS
    return short and (words[-1] == "news" or words[0] in _LABEL_OPENING)


#: A line closing one of a labelled column's items: a word in small letters (or a figure) and
#: its stop, perhaps a closing mark ("… spent a few days in the city this week."); not an
#: abbreviation of a title or a firm ("Mrs.", "Co.", "St.") nor an initial, which a name goes on
#: after.
_CLOSES_ITEM_LINE: Final = re.compile(r"(?:\b[a-z]{2,}|[0-9])[.!?][\"'\u201d\u2019)]*$")
#: A whole item read as a title closes so: a word in small letters, or a capitalised word of
#: five letters or more ("… with Mrs. Frank Kiser.", "… in West Burke Sunday."), or a figure,
#: and its stop; not a first name's abbreviation ("Born to Mr. and Mrs. Geo." / "Farwell
#: Tuesday morning, a boy."), which the item goes on after.
_CLOSES_ITEM_TITLE: Final = re.compile(
    r"(?:\b[a-z]{2,}|\b[A-Z][a-z]{4,}|[0-9])[.!?][\"'\u201d\u2019)]*\s*$"
)
#: A column's label has at most this many lines (see split_column_items).
LABEL_MAX_LINES: Final = 2
#: How many lines above a candidate item opening are read for the person it names (see
#: split_column_items): a local item is a few lines, and a bound keeps a long paragraph's cost
#: linear.
NAMED_ABOVE_LINES: Final = 40


def split_column_items(units: Sequence[Unit]) -> list[Unit]:
    """The units with each paragraph under a column's label (see names_a_column: "LOCAL AND
    PERSONAL", "Local Items", "PILLSBURY NOTES.") broken where one of its items ends on a full
    line and the next opens on its line: a line closing on a word's stop over a line opening
    on a person (a courtesy or office title and a name, initials and a surname, a first name
    and a surname: see opens_local_item) or a birth's, a marriage's or a death's formula, who
    is not named in the item above, read over its last NAMED_ABOVE_LINES lines (a further
    sentence on the same people, "Mr. Green's family will not …", goes on). The items stay
    the column's paragraphs (the development set's convention): only the paragraph breaks the
    reflow could not see after a full line are added. The column runs from its label to the
    next title."""
    out: list[Unit] = []
    in_column = after_title = False
    for unit in units:
        if unit.kind == "title":
            # a deck right under the label keeps the column ("LOCAL NEWS ITEMS" / "Interesting
            # Happenings In And About The Town")
            in_column = (in_column and after_title) or (
                len(unit.lines) <= LABEL_MAX_LINES
                and names_a_column(" ".join(line.text for line in unit.lines))
            )
            after_title = True
            out.append(unit)
            continue
        after_title = False
        if not in_column or unit.kind != "paragraph" or unit.tabular or len(unit.lines) < 2:
            out.append(unit)
            continue
        lines = unit.lines
        start = 0
        for k in range(1, len(lines)):
            if _CLOSES_ITEM_LINE.search(lines[k - 1].text.rstrip()) is None:
                continue
            opening = lines[k].text.lstrip()
            person = LOCAL_ITEM_OPENING.match(opening)  # (opens_local_item, its match kept)
            if (person is None and _ITEM_FORMULA.match(opening) is None) or _named_above(
                person, lines[max(start, k - NAMED_ABOVE_LINES) : k]
            ):
                continue
            out.append(_piece(unit, start, k))
            start = k
        out.append(_piece(unit, start, len(lines)) if start else unit)
    return out


def _piece(unit: Unit, start: int, end: int) -> Unit:
    """A paragraph unit's lines ``start`` to ``end``, a paragraph of their own (after the
    first, its break guessed: see Unit.guessed)."""
    guessed = unit.guessed if start == 0 else True
    return Unit("paragraph", unit.lines[start:end], unit.block, guessed=guessed)


def _named_above(person: re.Match[str] | None, above: Sequence[Line]) -> bool:
    """Whether the person a line opens on (``person``, its match of LOCAL_ITEM_OPENING; None
    for a birth's, a marriage's or a death's formula) is named in the lines above it (a further
    sentence on the same people, not an item of its own; see split_column_items)."""
    if person is None:
        return False
    names = {word for word in _CAPITALISED.findall(person.group()) if word not in _NO_NAMES}
    if not names:
        return False
    told = " ".join(line.text for line in above)
    return any(name in told for name in names)


#: A place's name heading a country correspondent's column ("ROSE LODGE", "KIRK", "Oak Grove.",
#: "MOBERLY, MISSOURI.", "JOHNSTON LETTER.", "Hustonville"): at most PLACE_MAX_WORDS
#: capitalised words, all in capitals or all in title case (one word in title case may be a
#: word, "Notice.": see _heads_a_place_column), perhaps closing on "Letter" or
#: "Correspondence", then at most a state after a comma; no figure, no initial ("E. H.
#: NEWHOUSE" signs an advertisement), no "n't" and none of these words (an article, a
#: preposition, a verb of being, a pronoun, a courtesy title, an adverb of where: words of a
#: headline or of a person's name, "Up Again.").
PLACE_MAX_WORDS: Final = 4
_PLACE_WORD: Final = re.compile(r"[A-Z][A-Za-z'\u2019.-]*")
_NOT_IN_PLACES: Final = frozenset(
    "the a an and or but nor to for in on at by with from of off into over as is are was "
    "were will be been being has have had not no his her its their our my your who what how "
    "why when this that these those it he she they we you him them us mr mrs miss messrs dr "
    "rev prof up down out back again away here there now".split()
)
_CORRESPONDENCE: Final = frozenset(("letter", "correspondence"))
_INITIAL: Final = re.compile(r"[A-Z]\.")
#: The states (and territories) of 1916 as a place's head names them after its comma, written
#: out or cut short, lower case without stops or spaces ("MISSOURI", "Mo.", "N. D.", "W. Va.").
_STATES: Final = frozenset(
    "alabama ala alaska arizona ariz arkansas ark california cal calif colorado colo "
    "connecticut conn delaware del florida fla georgia ga hawaii ht idaho illinois ill indiana "
    "ind iowa kansas kan kans kentucky ky louisiana la maine me maryland md massachusetts mass "
    "michigan mich minnesota minn mississippi miss missouri mo montana mont nebraska neb nebr "
    "nevada nev newhampshire nh newjersey nj newmexico nm newyork ny northcarolina nc "
    "northdakota nd ohio oklahoma okla oregon ore pennsylvania pa penn rhodeisland ri "
    "southcarolina sc southdakota sd tennessee tenn texas tex utah vermont vt virginia va "
    "washington wash westvirginia wva wisconsin wis wyoming wyo".split()
)
#: A country correspondent's column opens with its items (see _heads_a_place_column): read
#: over its first PLACE_OPENING_PARAGRAPHS paragraphs; a remark opening it ("It seems almost
#: like spring the last few days.") has at most PLACE_REMARK_CHARS characters.
PLACE_OPENING_PARAGRAPHS: Final = 4
#: Paragraphs of those opening on a person that show a column under a place's name the
#: page's other stories also name (see _names_its_column).
PLACE_COLUMN_OPENINGS: Final = 2
PLACE_REMARK_CHARS: Final = 300
#: After a longer first paragraph (a story's lead, or a long remark), an item that tells is
#: one of at most PLACE_ITEM_CHARS characters ("Mrs. C. Bruner and children have gone to
#: Portland for a week's visit."), not a life's story ("Mr. Attebery was born in December,
#: 1855, in Grayson county Kentucky. He came to Missouri in 1857 …").
PLACE_ITEM_CHARS: Final = 150
_ILLNESS: Final = re.compile(
    r"\b(?:ill|sick|suffering|confined\s+to|grip|grippe|improving|recovering)\b"
)
#: A word of three small letters or more, whole (``\b[a-z]{3,}\b``), written led by its first
#: letter (the word's opening checked behind it, its end ahead), so re skips in C to the small
#: letters: led by ``\b`` it tried the pattern at every character of a paragraph. (Backing off
#: inside a run of letters never finds a boundary, so ``(?!\w)`` ends it as ``\b`` did.)
_LOWER_WORD: Final = re.compile(r"[a-z](?<!\w[a-z])[a-z]{2,}(?!\w)")
#: A head's word at least this long echoes a longer word it opens ("MEET" / "meeting").
ECHO_STEM_CHARS: Final = 4


def names_a_place(head: str) -> bool:
    """Whether a head reads as a place's name ("ROSE LODGE", "Oak Grove.", "MOBERLY,
    MISSOURI.") by its form: a few capitalised words, no figure, no word of a sentence, and
    after a comma only a state. A story's short headline ("GRIM REAPER.") has that form too:
    the column under it tells which it is (see _heads_a_place_column)."""
    name, comma, state = head.strip().rstrip(".:").partition(",")
    words = name.split()
    if words and words[-1].strip(".").lower() in _CORRESPONDENCE:
        words = words[:-1]
    if not words or len(words) > PLACE_MAX_WORDS:
        return False
    if comma and re.sub(r"[\s.]", "", state).lower() not in _STATES:
        return False
    capitals = [word.isupper() for word in words if len(word.strip(".")) > 2]
    if any(capitals) and not all(capitals):
        return False  # a place is set in capitals or in title case, not both ("BEST Companies.")
    return all(
        _PLACE_WORD.fullmatch(word) is not None
        and _INITIAL.fullmatch(word) is None
        and word.strip(".-'\u2019").lower() not in _NOT_IN_PLACES
        and "n't" not in word.lower()
        for word in words
    )


#: Marks OCR reads before a paragraph's first word (". C. S. Peck …", "• Mr. and Mrs. …").
_SPECKS: Final = re.compile(r"^[\s.,;:'\"\u2022|*-]{1,3}(?=[A-Z])")


def _tells_of_a_neighbour(text: str) -> bool:
    """Whether a paragraph is a country correspondent's item: a person who came, went or
    visited (tells_local_news), one who is ill ("Sadie Blake has been suffering with
    neuralgia"), or a birth ("Born, to Mr. and Mrs. …"). A death notice is none: a story's
    head over a death ("GRIM REAPER.") heads a story. Specks of OCR before it are passed over
    (". C. S. Peck spent Sunday …")."""
    text = _SPECKS.sub("", text)
    if tells_local_news(text):
        return True
    if opens_local_item(text) and _ILLNESS.search(text, 0, LOCAL_ITEM_OPENING_CHARS):
        return True
    return text[:4].lower() == "born" and _ITEM_FORMULA.match(text) is not None


def _echoes(head: str, text: str) -> bool:
    """Whether a paragraph takes up a word of a head in small letters, as a story's lead does
    ("CIVIL SERVICE EXAMINATIONS." / "Civil service examinations will be held …", "PIKE
    RAPIDS FARMERS MEET" / "A splendid meeting …"); a correspondent names the place only with
    its capitals ("ROSE LODGE" / "… snow in Rose Lodge.")."""
    told = told_words(text)
    for word in _ANY_WORD.findall(head):
        word = word.lower()
        if len(word) > ECHO_STEM_CHARS and word.endswith("s"):
            word = word[:-1]
        if (" " + word + ("" if len(word) >= ECHO_STEM_CHARS else " ")) in told:
            return True
    return False


_TOLD_WORDS: Final = LINE_MEMOS.new()


def told_words(text: str) -> str:
    """A paragraph's words in small letters (_LOWER_WORD), joined, a space before each and
    after the last, as _echoes reads them: a head's word is letters only, so " stem" is in the
    joined text exactly where a word opens with the stem, and " word " where the word stands
    whole (one C search where a loop over every word called startswith). Kept in a line memo:
    the assembly asks it of the same first paragraphs again, about 2.4 times a paragraph."""
    known: str | None = _TOLD_WORDS.get(text)
    if known is not None:
        return known
    return remember(_TOLD_WORDS, text, " " + " ".join(_LOWER_WORD.findall(text)) + " ")


def _heads_a_place_column(body: Body, text: str) -> bool:
    """Whether the body stands under a place's name heading a correspondent's column of items,
    a label like "LOCAL DRIFT" (Papers Past and Trove keep such a column one story): the head
    names a place (see names_a_place), its first paragraph does not echo the head (see
    _echoes), and the column opens with its items (see _tells_of_a_neighbour), as far as it is
    read in its first PLACE_OPENING_PARAGRAPHS paragraphs (``text`` is the next): the first
    paragraph is one, or the second or the third is (a short one after a long first, see
    PLACE_ITEM_CHARS); or the first is a remark of at most
    PLACE_REMARK_CHARS characters ("It seems almost like spring the last few days.") and
    ``text``, the second, is one, or the fourth is, or two after it open on a person ("E. E.
    Darby has just finished drilling …", "Sam Reason of Petersburg, Texas, is prospecting
    …"). Under a story's head over a death ("GRIM REAPER." / a death notice / "Since the
    holidays he had not been feeling well …") an item after the second paragraph is an item
    of its own; so is one after a long lead and two paragraphs more."""
    if body.head is None:
        return False
    first, *after = body.paragraphs[:PLACE_OPENING_PARAGRAPHS]
    head = body.head if names_a_place(body.head) else _label_core(body.head)
    if _echoes(head, first):
        return False
    if _tells_of_a_neighbour(first):
        return True
    remark = len(first) <= PLACE_REMARK_CHARS
    if any(_tells_of_a_neighbour(p) and (remark or len(p) <= PLACE_ITEM_CHARS) for p in after[:2]):
        return True
    if not remark or (len(words := body.head.split()) == 1 and not words[0].isupper()):
        # a story's lead, perhaps, and no short item right after it; or a word that may be a
        # place or a notice's ("Hustonville", "Notice."): only items read under it tell
        return False
    if not after:
        return _tells_of_a_neighbour(text)
    return any(_tells_of_a_neighbour(p) for p in after[2:]) or (
        sum(opens_local_item(_SPECKS.sub("", p)) for p in after) >= 2
    )


#: Words that tell a column of items in its label rather than a story's headline: the
#: locals' ("SHORT LOCALS", "THINGS PERSONAL AND OF A GENERAL NATURE", "SOCIAL GOSSIP",
#: "Tersely Told Town Tales"), a correspondent's ("OUR SHERBROOKE LETTER.", "NEWS BY
#: MIDDLEBURY.", "CUSTER AND VICINITY", "NEWS ITEMS FROM PUMPKIN HILL").
_COLUMN_LABEL_WORDS: Final = frozenset(
    "local locals personal personals social society gossip news newsy letter correspondence "
    "notes items happenings doings tales vicinity neighborhood neighbourhood brevities briefs "
    "jottings mention gleanings".split()
)
#: Words of a label's frame, not of what it names (see _label_core).
_LABEL_FRAME_WORDS: Final = _COLUMN_LABEL_WORDS | frozenset(
    "our the a an and of from by in at about around for short things general nature town "
    "county city".split()
)
#: A label has at most this many words (see shaped_as_column_label).
SHAPED_LABEL_MAX_WORDS: Final = 8
_HEAD_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _head_words(head: str) -> list[str]:
    """A head's words in small letters, OCR's specks and stray letters at its end left off
    ("SHORT LOCALS ^", "FOLLY SOCIAL CLUB. ua" keeps "ua": only marks and single letters
    go)."""
    words = [word.lower() for word in _HEAD_WORD.findall(head)]
    while words and len(words[-1]) == 1:
        words.pop()
    return words


def shaped_as_column_label(head: str) -> bool:
    """Whether a head may be a column's label by its shape: at most SHAPED_LABEL_MAX_WORDS
    words, one of them a word that tells a column of items (_COLUMN_LABEL_WORDS: "SHORT
    LOCALS", "SOCIAL GOSSIP", "OUR SHERBROOKE LETTER.", "CUSTER AND VICINITY"), and no figure
    (a date line, a price). A story's headline may hold such a word too ("LOCAL MEN APPROVE
    GOVERNMENT PLAN"): the column under it decides, as under a place's name (see
    _heads_a_place_column: no echo of the head, items from the start)."""
    if any(ch.isdigit() for ch in head):
        return False
    words = _head_words(head)
    return 0 < len(words) <= SHAPED_LABEL_MAX_WORDS and any(
        word in _COLUMN_LABEL_WORDS for word in words
    )


def _label_core(head: str) -> str:
    """What a label names, its frame's words left out ("OUR SHERBROOKE LETTER." →
    "sherbrooke", "SOCIAL GOSSIP" → ""): the words a story's lead would echo (see
    _echoes)."""
    return " ".join(word for word in _head_words(head) if word not in _LABEL_FRAME_WORDS)


#: Words a headline in title case sets in small letters ("Huge Flour Mill for Seattle").
_HEADLINE_SMALL_WORDS: Final = frozenset(
    "a an and as at but by for from in into of on or over the to up with".split()
)


def _goes_on_with_column(before: Title | Body, title: Title) -> bool:
    """Whether a title is no head but an item's first line read as one ("Edgar Laclair was in
    North Troy" / "Wednesday of last week.", "Born to Mr. and Mrs. Wm." / "Horner, a daughter
    …") in a column under a label or a place's name just above (see _heads_a_place_column):
    the column goes on under it, its items still the column's paragraphs."""
    if not (isinstance(before, Body) and before.label):
        return False
    if _ITEM_FORMULA.match(title.text) is not None:
        return True
    return _reads_as_prose_line(title.text) and opens_local_item(title.text)


def _reads_as_prose_line(text: str) -> bool:
    """Whether a title reads as a line of prose, not a headline: a word in small letters a
    headline does not set so ("was", "and daughter", "met with"), or a comma between names,
    or a line cut mid-name ("… and Miss"); not a headline in title case ("Huge Flour Mill for
    Seattle")."""
    return (
        "," in text
        or any(word not in _HEADLINE_SMALL_WORDS for word in _SMALL_WORD.findall(text))
        or _CUT_MID_NAME.search(text) is not None
    )


def _heads_a_story(stack: Sequence[Title]) -> bool:
    """Whether the titles standing right above a body are a story's headline: there are some,
    and none names a place or a column (see names_a_place, names_a_column), opens on a person
    (an item's first line read as a title: "Mr. Will Brown and Miss Mary") or reads as a line
    of prose (see _reads_as_prose_line). Under such a head, after the story has ended, the
    broader openings of a local item are read (see _starts_local_item); under a place's
    name, a label OCR garbled ("SOCIAL GOSSIP", "Tersely Told Town Tales") or an item's line,
    the paragraphs are most often a correspondent's column, which stays whole."""
    return bool(stack) and not any(
        names_a_place(title.text)
        or names_a_column(title.text)
        or opens_local_item(title.text)
        or _reads_as_prose_line(title.text)
        for title in stack
    )


#: A line cut in the middle of its names, on "and" or a courtesy title ("Miss Mattie Shaw and
#: Miss" / "Adilee McKie have been …"): prose running on, which no headline ends on.
_CUT_MID_NAME: Final = re.compile(r"\b(?:and|Mr|Mrs|Miss|Misses|Dr|Rev)\.?$")


def _column_over_item_line(sequence: Sequence[Title | Body]) -> tuple[Body, Title] | None:
    """The labelled column the last title of ``sequence`` stands right under when that title is
    an item's first line read as one (see _goes_on_with_column) and the column is still open:
    the paragraph under the title goes on that column, the title its first line."""
    if len(sequence) < 2:
        return None
    title, before = sequence[-1], sequence[-2]
    if (
        not isinstance(title, Title)
        or not isinstance(before, Body)
        or not before.open
        or not title.is_plain()
        or _NAME_AND_STOPPED_WORD.search(title.text) is not None
        or not _goes_on_with_column(before, title)
    ):
        return None
    return before, title


#: A name, a comma and a word closing on a stop that is no courtesy title: a signature and
#: its office ("Mrs. Jessye E. McClain, Chairman.") or a dateline's place and state ("New
#: Bedford, Mass. The Textile"), no item's first line ("Miss Myrtle Wallace, Mrs. Ella", "Miss
#: Delila Conley visited at Lew Harndens, Wednesday.").
_NAME_AND_STOPPED_WORD: Final = re.compile(
    r",\s*(?!(?:Mr|Mrs|Miss|Misses|Dr|Rev|Prof|Messrs|Mesdames)\.|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b)"
    r"[A-Z][A-Za-z]*\."
)


#: A word in small letters (see _goes_on_with_column).
_SMALL_WORD: Final = re.compile(r"\b[a-z]{2,}\b")


#: A paragraph of at most this many characters opening on a formula is its column's head
#: ("Born.", "DIED:"), not an item.
FORMULA_HEAD_CHARS: Final = 10


def _reads_as_item(paragraph: str) -> bool:
    """Whether a story's paragraph reads as a local item already: it opens on a person, or its
    first words tell that someone came, went, stayed or visited (a column of items read under
    a head: "… has moved on to the place on route 3 …")."""
    return opens_local_item(paragraph) or tells_of_coming_or_going(paragraph)


def _after_story_end(body: Body | None) -> bool:
    """Whether the broader openings of a local item are read after this body (see
    _starts_local_item): it stands under a story's headline (see _heads_a_story), its lead
    runs to STORY_LEAD_CHARS or more, and none of its paragraphs reads as an item or speaks as
    an ad does (classify.ad_evidence_kinds: a shop's voice, a word to the reader, its address:
    "… we sell the best …", "… you can always depend on Sloan's Liniment"; an ad's card ends no
    story, and the column it stands in goes on under it); or it is a
    local item split off such a story by them alone (no coming or going, no formula), or one
    of a run of such items after it (``story_head`` kept)."""
    if body is not None and body.local:
        return body.story_head
    if (
        body is None
        or not body.story_head
        or not body.paragraphs
        or len(body.paragraphs[0]) < STORY_LEAD_CHARS
        or any(ad_evidence_kinds(paragraph) for paragraph in body.paragraphs)
    ):
        return False
    if not any(_reads_as_item(paragraph) for paragraph in body.paragraphs):
        return True
    # A story told under its own head may have paragraphs opening on people ("C. B. Webster
    # has sold his interest …"); none after its lead may tell a neighbour's news, as a
    # column's items run into it do ("… has moved on to the place on route 3").
    return _lead_echoes_head(body) and not any(
        tells_of_coming_or_going(paragraph) or tells_local_news(paragraph, broad=True)
        for paragraph in body.paragraphs[1:]
    )


def _lead_echoes_head(body: Body) -> bool:
    """Whether a story's lead takes up a word of its headline in small letters ("MODERN HOTEL
    FOR SELMER." / "Tentative steps are being taken to build a modern two-story hotel …"): a
    story told under its own head, which a column's label or a correspondent's place never
    is (a correspondent writes no word of "SOCIAL GOSSIP" or "BEECH GROVE" small). Its
    paragraphs may open on people, as a story's do ("Dean Squires spoke …"), and still a
    local item after it is one of its own (see _after_story_end)."""
    if body.story_head_text is None:
        return False
    words = [
        word
        for word in _ANY_WORD.findall(body.story_head_text)
        if word.lower() not in _NOT_IN_PLACES and word.lower() not in _HEADLINE_SMALL_WORDS
    ]
    return _echoes(" ".join(words), body.paragraphs[0])


#: A story's lead runs to at least this many characters: under a shorter first paragraph (a
#: correspondent's one-line opening, a crosshead read as a paragraph: "Entertains for Doctor
#: Thilly.") the broader openings of a local item are not read (see _starts_local_item).
STORY_LEAD_CHARS: Final = 100


def _starts_local_item(body: Body | None, text: str) -> bool:
    """Whether a paragraph is a weekly's local item of its own rather than the next paragraph
    of the story above: a short paragraph opening on a person's name and telling, in its first
    words, that they came, went, stayed or visited ("John S. Allen was in town …", "Mr. and
    Mrs. Solomon Waite left …"), or opening on a birth's, a marriage's or a death's formula
    ("Born, to Mr. and Mrs. …"), that names no one the story names, after a paragraph that
    closes a sentence, in a story under a head with no dateline or byline, or in such an item
    split off before (a run of items after a headed story; under one, a formula opens an item
    whatever it names). A run under no head at all (at the top of a page, or after an item
    that closed) is left whole: on a weekly it is most often a column whose label the parse
    lost or does not know. A column's label ("LOCAL DRIFT", see names_a_column), or a head
    whose first paragraph is itself such an item ("LOCAL DRIFT" / "Lee Roy Gibbons spent …"),
    heads a column of items: they stay its paragraphs. After a story's end (see
    _after_story_end), a paragraph of a brief's length (BRIEF_MAX_CHARS) is also an item when
    it tells that someone was a town's visitor or shopper, went on business, gave a party or
    is ill (tells_local_news, broad). The gate keeps these broader openings off a
    correspondent's column, which a place's name, a label or an item's line heads, and off
    modern pages: a modern head set in sentence case reads as a line of prose and heads no
    story there (_heads_a_story), and a modern story with a dateline or byline is refused
    above. After a dated dispatch on a historical page, _item_after_dispatch decides."""
    if (
        body is None
        or not body.open
        or not body.paragraphs
        or not (body.headed or body.local)
        or body.label
        or body.byline is not None
        or len(body.paragraphs) > LOCAL_HOST_PARAGRAPHS
        or len(text) > LOCAL_ITEM_MAX_CHARS
        or not body.last_ends_sentence()
    ):
        return False
    if body.dateline is not None:
        return _item_after_dispatch(body, text)
    formula = _ITEM_FORMULA.match(text) is not None
    if body.local:
        if len(body.paragraphs) == 1 and len(body.paragraphs[0]) <= FORMULA_HEAD_CHARS:
            return False  # a births' or deaths' head ("Born.") over its first notice
        if formula:
            return True
    elif opens_local_item(body.paragraphs[0]):
        return False  # a column of local items under its head
    after_end = _after_story_end(body)
    broad = len(text) <= BRIEF_MAX_CHARS and after_end
    # after a story's end, an item may open on a society or a firm instead of a person ("The
    # Ladies' Aid will meet …", "The Swift Packing Company has bought …"), when the story has
    # taken no item yet (see _took_items: a column of items run in under a head goes on, its
    # societies' notes among them); its article and the words that close such a name are in
    # every story and name no one (SOCIETY_WORDS)
    society = (
        len(text) <= SOCIETY_ITEM_MAX_CHARS
        and after_end
        and tells_society_news(text)
        and not _took_items(body)
    )
    if not (formula or society or tells_local_news(text, broad=broad)):
        return False
    # In a run of items, a place the item tells its people went to or came from ("… went to
    # Lawton Saturday") is every item's: it keeps no item in the one above. Under a headed
    # story (a correspondent's column under its place, a story's further paragraph) it still
    # does, unless the story was told under its own head (its lead echoes it) and has ended
    # (see _after_story_end): there the town both name is the paper's own ("… is a business
    # visitor in Heppner today" after a Heppner story).
    echoed = after_end and not body.local and _lead_echoes_head(body)
    named = _item_people(text) if (body.local and not formula) or echoed else text
    names = {word for word in _CAPITALISED.findall(named) if word not in _NO_NAMES}
    if society:
        names -= _SOCIETY_NO_NAMES
    if not names:
        return False
    told: set[str] = set()
    for paragraph in body.paragraphs:
        told.update(_ANY_WORD.findall(paragraph))
    told.update(word for title in body.titles for word in _ANY_WORD.findall(title.text))
    if society:
        # a firm the story tells of in small letters ("… the new bridge …" / "The Bridge
        # Company has received …") is the story's
        return not {name.lower() for name in names} & {word.lower() for word in told}
    return not names & told


#: A local item after a dated dispatch opens on a courtesy title or on initials and a surname
#: ("Mr. and Mrs. Morris Kaplan departed …", "E. G. Rider, of Sutton, is here …"): a
#: dispatch's own people go by their office ("President Wilson left …", "Speaker Clark left
#: his chair …", "General Carranza and his party have left …"), which opens no item here.
_DISPATCH_ITEM_OPENING: Final = re.compile(
    r"(?:(?:Mr|Mrs|Messrs|Mesdames)\.?|Miss|Misses)\s+|(?:[A-Z]\.\s*){1,3}[A-Z][a-z]{2,}"
)


def _item_after_dispatch(body: Body, text: str) -> bool:
    """Whether a paragraph after a dated story on a historical page is a local item of the
    paper's own rather than the dispatch's next paragraph (items10's test refuses every story
    with a dateline): a 1916 daily sets its town's personal items in the column under the wire
    news, and OCR reads them on into the dispatch above ("ASSISTANT ATTORNEY" / "GENERAL
    RESIGNS" / "St. Paul, Minn., Feb. 28. W. J. Stevenson … has resigned …" / "Mr. and Mrs.
    Morris Kaplan departed Saturday night for Minneapolis …"). The dispatch has ended (see
    _dispatch_ended); the paragraph runs to at most BRIEF_MAX_CHARS, opens on a courtesy title
    or initials (_DISPATCH_ITEM_OPENING, not an office), tells a neighbour's news
    (tells_local_news, broad: came, went, a town's visitor, business, an illness), names no
    one the dispatch names (the places its people went to or came from left out: "… for
    Minneapolis" after "… with a Minneapolis broker") and not the dateline's place ("Mrs.
    Faust … came to Sherman today" under "SHERMAN, Tex., Feb. 7." is the dispatch's). Never
    on a modern page, whose dated stories run long with new people."""
    if (
        body.modern
        or body.local
        or len(text) > BRIEF_MAX_CHARS
        or _DISPATCH_ITEM_OPENING.match(text) is None
        or not tells_local_news(text, broad=True)
        or not _dispatch_ended(body)
    ):
        return False
    place = set(_ANY_WORD.findall(body.dateline or ""))
    if place & set(_CAPITALISED.findall(text)):
        return False
    people = _item_people(_PLACE_GONE_FOR.sub(" ", text))
    names = {word for word in _CAPITALISED.findall(people) if word not in _NO_NAMES}
    told = {word for title in body.stack_titles for word in _ANY_WORD.findall(title)}
    for paragraph in body.paragraphs:
        told.update(_ANY_WORD.findall(paragraph))
    return bool(names) and not names & told


def _dispatch_ended(body: Body) -> bool:
    """Whether a dated story is a dispatch under its own head that a local item may follow
    (see _item_after_dispatch): it stands under titles, the first of which names no column,
    opens on no person and reads as no line of prose (a story's head, as _heads_a_story asks,
    but a short capitals head may have a place's form, "GENERAL RESIGNS", and a deck under it
    may read as prose: "Soaring Above Big Grain Elevators at Superior, Wis., Causes Great
    Alarm"). When the dateline names no state, none of them names its place, however OCR
    misread one of them (a country correspondent's place over his letter: "DOVRE." / "Dovre,
    Feb. 8 —", "PIONEER IS LAID TO REST AT SMITHFIELD" / "Smlthfleld, Fob. 17.", whose items
    are the letter's; a dispatch from afar names its state: "… ALARM AT SUPERIOR" /
    "SUPERIOR, Wis., Feb. 26."). Its lead runs to STORY_LEAD_CHARS and tells of no one who
    came or went; no later paragraph reads as an item, and none speaks as an ad does."""
    if not body.stack_titles or not body.paragraphs:
        return False
    lead = body.paragraphs[0]
    if len(lead) < STORY_LEAD_CHARS or tells_of_coming_or_going(lead):
        return False
    place, *rest = _LETTERS.findall(body.dateline or "") or [""]
    if not any(word.lower() in _STATES for word in rest) and any(
        _same_word_misread(word.lower(), place.lower())
        for title in body.stack_titles
        for word in _ANY_WORD.findall(title)
    ):
        return False
    head = body.stack_titles[0]
    if names_a_column(head) or opens_local_item(head) or _reads_as_prose_line(head):
        return False
    return not any(_reads_as_item(paragraph) for paragraph in body.paragraphs[1:]) and not any(
        ad_evidence_kinds(paragraph) for paragraph in body.paragraphs
    )


#: A run of letters (a dateline's words, a state's abbreviation of two among them).
_LETTERS: Final = re.compile(r"[A-Za-z]+")
#: A word OCR misread is the same word when it has as many letters and at most one in
#: MISREAD_SHARE of them differs ("smlthfleld" is "smithfield").
MISREAD_SHARE: Final = 4


def _same_word_misread(word: str, other: str) -> bool:
    """Whether two words in small letters are one word, one of them misread by OCR (see
    MISREAD_SHARE); a word of fewer than four letters only when equal."""
    if word == other:
        return True
    if len(word) != len(other) or len(word) < 4:
        return False
    return sum(a != b for a, b in zip(word, other, strict=True)) * MISREAD_SHARE <= len(word)


#: The words of a society's item that name no one: its article and the words that close a
#: society's or a firm's name (classify.SOCIETY_WORDS), which any story may set capitalised.
_SOCIETY_NO_NAMES: Final = SOCIETY_WORDS | {"The", "Tho"}


def _took_items(body: Body) -> bool:
    """Whether a story already took a column's items as its paragraphs: a paragraph after its
    lead tells that someone came or went, or opens on a person (see opens_local_item) its
    headline and lead do not name ("DRAG THE ROADS." / "The News wishes …" / "Miss Audrey
    Smith will leave …"); the story's own people ("G. W. Ager Out For …" / "Mr. Ager
    received …") are no items."""
    own = set(_CAPITALISED.findall(body.paragraphs[0]))
    own.update(_CAPITALISED.findall(body.story_head_text or ""))
    for paragraph in body.paragraphs[1:]:
        person = LOCAL_ITEM_OPENING.match(paragraph)
        if tells_of_coming_or_going(paragraph) or (
            person is not None and not set(_CAPITALISED.findall(person.group())) & own
        ):
            return True
    return False


#: A society's or a firm's item after a story's end (see _starts_local_item) runs to at most
#: this many characters: a meeting's or a show's notice is longer than a personal item ("The
#: Cottonwood Hardware Co. received a carload of … autos … for their spring trade and will be
#: kept busy …").
SOCIETY_ITEM_MAX_CHARS: Final = 250


#: A place a local item tells of: the run of capitalised words after "in", "at", "to", "from"
#: or "near", up to a stop or a comma ("… arrived in Bemidji in …", "… went to Grand Forks
#: Monday"), not a person there ("… a visit to Mrs. J. H. Courtney").
_PLACE_NAMED: Final = (
    r"\s+(?!(?:Mr|Mrs|Miss|Dr|Rev|Prof|Judge|Messrs|Capt|Col|Hon)\b)[A-Z][A-Za-z'’-]*"
    r"(?: +[A-Z][A-Za-z'’-]*)*"
)
_ITEM_PLACE: Final = re.compile(r"\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Nn]ear)" + _PLACE_NAMED)
#: A place an item's people left for ("… departed Saturday night for Minneapolis …"): read
#: with _ITEM_PLACE after a dispatch only (see _item_after_dispatch).
_PLACE_GONE_FOR: Final = re.compile(r"\b[Ff]or" + _PLACE_NAMED)


def _item_people(text: str) -> str:
    """A local item's text without the places it tells of (see _ITEM_PLACE), the paper's own
    town among them: what is left names its people."""
    return _ITEM_PLACE.sub(" ", text)


def _further_dispatch(body: Body | None, dateline: str) -> bool:
    """Whether a bracketed Chinese dateline ("（翁源廿五日電）") opens a further dispatch of the
    story above rather than a story of its own: a round-up prints several under one headline,
    each as a paragraph, and the story's own dateline came first."""
    return (
        body is not None
        and body.open
        and body.dateline is not None
        and bool(body.paragraphs)
        and dateline[:1] in "（("
        and body.dateline[:1] in "（("
    )


def _ends(body: Body | None) -> bool:
    return body is None or not body.paragraphs or body.last_ends_sentence()


def _name_over_office_unit(
    unit: Unit, units: Sequence[Unit], position: int, modern: bool = False
) -> bool:
    """A unit of one line, a reporter's name in capitals, over a unit opening on the
    journalist's office in capitals ("ELLIE DUNN" / "CRIME REPORTER"): a byline with no "By",
    which reflow sets apart as two units only on a modern page (reflow._named_byline_lines);
    the office joins it as a byline's role line does."""
    return (
        unit.kind == "paragraph"
        and len(unit.lines) == 1
        and position + 1 < len(units)
        and (
            name_over_office(unit.lines[0].text, units[position + 1].lines[0].text)
            or (
                # (a correspondent's name over the city, under the head that reflow set it
                # apart under: "Anna Weiss" / "Berlin"; or a reporter's name over the story's
                # colon dateline, "Khalid Mahmood" / "ISLAMABAD: The federal …", branch en44)
                position > 0
                and units[position - 1].kind == "title"
                and (
                    name_over_place(unit.lines[0].text, units[position + 1].lines[0].text)
                    or (
                        is_title_case_name(unit.lines[0].text)
                        and match_colon_dateline(units[position + 1].lines[0].text) is not None
                    )
                    # (or a dateline alone on its line: "Deepkamal Kaur" / "Jalandhar,
                    # December 6", the lead's round 45; "RAJESH SHRESTHA" / "KATHMANDU, DEC
                    # 10", branch en47)
                    or name_over_dateline(unit.lines[0].text, units[position + 1].lines[0].text)
                )
            )
            or (
                # (a columnist's name alone over the text of the block it opens, under a head
                # in a block of its own: reflow set it apart there, _name_over_prose_opening;
                # or, on a modern page, under another story's closed paragraph, as Tesseract
                # reads a page's blocks out of order, the head elsewhere: the lead's round 47)
                position > 0
                and (
                    units[position - 1].kind == "title"
                    or (
                        modern
                        and units[position - 1].kind == "paragraph"
                        and ends_sentence(units[position - 1].lines[-1].text.strip())
                    )
                )
                and units[position - 1].block < unit.block
                and units[position + 1].kind == "paragraph"
                and units[position + 1].block == unit.block
                and is_title_case_name(unit.lines[0].text)
            )
            or (
                # (a reporter's name alone in capitals over the story's first line, under its
                # head: reflow set it apart there, _name_alone_over_prose_at, the lead's
                # round 45)
                position > 0
                and units[position - 1].kind == "title"
                and not units[position - 1].listed
                and (
                    units[position + 1].kind == "paragraph"
                    or is_small_by_byline(unit.lines[0].text)
                )
                and (
                    is_capitals_name(unit.lines[0].text)
                    or is_name_pair(unit.lines[0].text)
                    # (or, on a page not found historical, a name in title case, a desk's
                    # report or a wire and its city: "Tanvir Hasan Rony", "Ledger Report",
                    # "AFP, Yangon", as reflow set them apart; branch en46)
                    or (
                        modern
                        and byline_alone_at(*_lines_under_titles(units, position, below=True))
                    )
                    # (a small "by": "by Fiona MacLeod", reflow._small_by_byline_at)
                    or is_small_by_byline(unit.lines[0].text)
                )
                and not opens_as_notice(None, unit.lines[0].text)
                and not names_firm(unit.lines[0].text)
                # (straight under the head's sentence-case line, as reflow asked; a head
                # wrapped over two title units: "Road closed for three weeks as" / "bridge is
                # repaired")
                and (
                    under_sentence_case_head(*_lines_under_titles(units, position))
                    # (or in a block of its own between the head's or deck's block and the
                    # story's first paragraph's, as reflow set it apart on a modern page:
                    # reflow.byline_block_over_prose; branch bb48)
                    or (
                        modern
                        and units[position - 1].block < unit.block < units[position + 1].block
                        and len(unit.lines) == 1
                    )
                )
            )
        )
    )


def _dateline_line_under_name(pending_byline: str | None, unit: Unit, text: str) -> bool:
    """A unit opening on a dateline alone on its line, the city and the day ("Jalandhar,
    December 6", classify.opens_story_alone), under a byline that is a reporter's name alone in
    title case ("Deepkamal Kaur"), as an Indian daily sets them (reflow set the name apart:
    _name_over_colon_dateline_at; the lead's round 45): the story's dateline. So in capitals
    ("RAJESH SHRESTHA" / "KATHMANDU, DEC 10": classify.name_over_dateline; branch en47)."""
    return (
        pending_byline is not None
        and name_over_dateline(pending_byline.splitlines()[-1], unit.lines[0].text)
        and text.startswith(unit.lines[0].text.strip())
    )


def _lines_under_titles(
    units: Sequence[Unit], position: int, below: bool = False
) -> tuple[list[Line], int]:
    """The lines of the one or two title units straight over unit ``position`` and its first
    line, and that line's index among them (for reflow.under_sentence_case_head); with
    ``below``, the next unit's first line after it too (for reflow.byline_alone_at, which
    reads the story's first line under a name)."""
    above = list(units[position - 1].lines)
    if position >= 2 and units[position - 2].kind == "title":
        above = [*units[position - 2].lines, *above]
    under = [units[position + 1].lines[0]] if below and position + 1 < len(units) else []
    return [*above, units[position].lines[0], *under], len(above)


def _city_alone_under_head(units: Sequence[Unit], position: int) -> bool:
    """A unit of one line, a city's name alone in capitals ("BEIJING"), straight under a head:
    the story's dateline, which reflow set apart there on a modern page
    (reflow._city_alone_over_prose_at, the gate; the lead's round 45). The head is asked as
    reflow asked it (reflow.under_sentence_case_head: a 1916 head closes on its stop, "Good
    Dinner to be Served." / "MENU")."""
    unit = units[position]
    return (
        len(unit.lines) == 1
        and position > 0
        and units[position - 1].kind == "title"
        and is_capitals_city(unit.lines[0].text)
        and under_sentence_case_head(*_lines_under_titles(units, position))
    )


def _place_under_name(byline: str | None, unit: Unit) -> bool:
    """A unit of one line, the city a correspondent filed from, under the byline pending that
    is the name alone ("Anna Weiss" / "Berlin"): it joins the byline as an office line does.
    Gate: reflow set the two lines apart only under a sentence-case head on a modern page
    (reflow._name_over_place_at)."""
    return (
        byline is not None
        and len(unit.lines) == 1
        and "\n" not in byline
        # (a name alone, as _name_over_office_unit reads it: no wire's credit, "Associated
        # Press" / "Wire Report")
        and not is_byline_line(byline)
        and name_over_place(byline, unit.lines[0].text)
    )


def _caption_at_end(body: Body, credit: Unit) -> bool:
    """Whether a credit closing a headed story's block belongs to the story's last paragraph
    alone (a caption set right under the story, as single-spaced text prints it)."""
    return (
        body.headed
        and len(body.paragraphs) >= 2
        and body.tail_block == credit.block
        # (a data box's source credits the box, not its last row: "来源：…"; branch zh47)
        and not is_source_credit(credit.lines[0].text)
        and body.tail_first > body.first
        and len(body.paragraphs[-1]) <= CAPTION_MAX_CHARS // 2
    )


#: A held byline's title must echo another story at least this well to leave a caption.
HELD_TITLE_ECHO: Final = 0.2


def _caption_bylines(bodies: Sequence[Body]) -> list[Body]:
    """Take back the bylines that captions were handed from a title printed above them.

    A byline line printed under a title is held for the next body; on a scrambled page that
    body may be a photo caption (closed by its credit, short, no dateline) while the title and
    its byline head a story printed elsewhere. The caption is kept out of title matching, and
    :func:`_follow_titles` decides where the byline goes. Returns the captions concerned.
    """
    held = []
    for body in bodies:
        if body.byline_title is None or body.byline is None or body.credit is None:
            continue
        # (two statements: compiled, the swap in one read body.byline after setting it)
        body.byline_held = body.byline
        body.byline = None
        if body.is_caption:
            held.append(body)
        else:
            body.byline, body.byline_held = body.byline_held, None
    return held


def _follow_titles(held: Sequence[Body], bodies: Sequence[Body]) -> list[str]:
    """Settle each byline taken from a caption; returns those left without a place.

    The byline goes with its title: to the story the title was matched to (when that story has
    no byline of its own). A title left unmatched that echoes another story better than the
    caption (a picture has a credit, not a writer) heads, with its byline, the story that
    echoes it best when that story has neither head nor byline (the echo may be weak: a lead
    rewords its headline); else it leaves its byline unplaced; otherwise the
    title and its byline head the item under them after all (a short story with a photo
    credit).
    """
    if not held:
        return []
    others = [b for b in bodies if not b.is_caption]
    leads = EchoIndex([b.lead for b in others])
    left = []
    for caption in held:
        title, byline = caption.byline_title, caption.byline_held
        caption.byline_held = None
        assert title is not None and byline is not None
        story = title.body
        if story is not None:
            caption.lines = [n for n in caption.lines if n not in caption.byline_lines]
            if story.byline is None:
                story.byline = byline
                story.lines.extend(caption.byline_lines)
            else:
                left.append(byline)
            continue
        here = title_score(title.text, caption.lead)
        found = leads.matches(title.text, HELD_TITLE_ECHO)
        elsewhere = max((score for _, score in found), default=0.0)
        if elsewhere > here:
            caption.lines = [n for n in caption.lines if n not in caption.byline_lines]
            best = [others[at] for at, score in found if score == elsewhere]
            story = best[0]
            if len(best) == 1 and not story.titles and story.byline is None and not story.local:
                # A story with neither head nor byline takes the pair: a title printed with
                # its byline heads a story, and this is the one its words go to.
                story.byline, story.byline_lines = byline, caption.byline_lines
                story.lines.extend(caption.byline_lines)
                title.body, title.echo, title.detached = story, elsewhere, True
                story.titles.append(title)
            else:
                left.append(byline)
            continue
        caption.byline = byline
        title.body, title.echo = caption, here
        caption.titles.append(title)
    return left


def _caption_closes_story(current: Body | None, text: str) -> bool:
    """A paragraph a photo credit closes, under a headed story's closed paragraphs ("义工昨天在
    芽笼士乃巴刹为年长居民派发年货。 （黄家豪摄）"), is a caption of its own, not the story's."""
    return (
        current is not None
        and current.headed
        and bool(current.paragraphs)
        and current.credit is None
        and not text.isascii()
        and split_closing_credit(text) is not None
    )


#: The most line numbers from a head's line to the next line of the same head: the line under
#: it, or the one under an e-paper's blank line (_colon_dateline).
HEAD_LINE_GAP: Final = 2


def _colon_dateline(
    sequence: Sequence[Title | Body], pending_byline: str | None, text: str
) -> LeadMatch | None:
    """A colon dateline ("NEW DELHI: Metro commuters …", classify.match_colon_dateline)
    opening a story under a modern head: a reporter's or desk's byline ("By Our
    Correspondent", "PTI", "Special Correspondent") or a sentence-case head straight above.
    Never on a caption closed by its picture credit (``HOT WORK: Firefighters damp down …
    Picture: AYANDA NDLOVU``, branch fresh42): a caption's catchline in capitals and a colon
    opens it as a dateline would, but no dateline opens a caption, whose photographer's credit
    closes it (split_closing_credit)."""
    over: str | None = None
    if pending_byline is not None:
        above = pending_byline.splitlines()[-1]
        if "@" in above:
            # (the reporter's address under the name: "BY ISAAC MUGABI" /
            # "imugabi@kampalaherald.co.ug"; branch en48)
            above = pending_byline.splitlines()[0]
        if (is_title_case_name(above) or is_capitals_name(above)) and split_closing_credit(
            text
        ) is None:
            # a reporter's name alone, which a head's stack and this dateline set apart as a
            # byline (reflow._name_over_colon_dateline_at; branch en44), in capitals too
            # ("SOMCHAI KAEWPRASERT" / "CHIANG MAI: Levels …", the lead's round 45)
            return match_colon_dateline(text)
    elif sequence and isinstance(sequence[-1], Title):
        above = sequence[-1].text
        # (a head wrapped over two lines: its first line over its tail, "President urges
        # tolerance" / "at Seerat conference", straight above it or over an e-paper's blank
        # line; branch en44)
        if (
            len(sequence) >= 2
            and isinstance(sequence[-2], Title)
            and sequence[-1].first - sequence[-2].last <= HEAD_LINE_GAP
        ):
            over = sequence[-2].text
    else:
        return None
    found = colon_dateline_under_modern_head(above, text, over)
    if found is not None and split_closing_credit(text) is not None:
        return None
    return found


#: A photographer's line as a Chinese daily sets it under the reporter's: the role, a colon
#: (OCR may read it half-width) and one to three names.
_PHOTOGRAPHER_LINE: Final = re.compile(
    r"^(?:摄影|攝影|图|圖)\s*[：:]\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,2}$"
)


def _photographer_under_byline(byline: str, text: str) -> bool:
    """A Chinese photographer's line (``摄影：陈志明``) straight under a Chinese byline with no
    story text between them: a Malaysian or Singapore daily names the reporter and the
    photographer on two lines under the head, so the credit is the byline's second line, not
    a caption's (a caption's credit closes the caption's text, which stands above it)."""
    return cjk_ratio(byline) >= 0.5 and _PHOTOGRAPHER_LINE.match(text.strip()) is not None


def _from_town_unit(unit: Unit, sequence: Sequence[Title | Body]) -> bool:
    """A correspondent's byline with his town ("From Kofi Adu-Boateng, Kumasi":
    classify.is_from_town_byline) as a unit of one line of its own straight under a title: a
    modern head stack's opening set it apart (reflow's _opens_modern_story); a 1916 dispatch's
    "From New York, Rhode" runs on into its paragraph's lines (branch en45)."""
    return (
        len(unit.lines) == 1
        and bool(sequence)
        and isinstance(sequence[-1], Title)
        and is_from_town_byline(unit.lines[0].text)
    )


def _caption_dash_credit(current: Body, text: str) -> tuple[str, str] | None:
    """A caption's text and its photo credit run into its last line after a spaced dash
    (classify.split_run_in_dash_credit: "… on Thursday morning. — White Star"), as South Asian
    dailies credit a picture: only on an item with no head, byline or paragraph yet (a caption
    is one paragraph under its picture), and not an agency's initials or name ("— APP",
    "— Reuters" run into a brief's line is the brief's byline)."""
    if current.paragraphs or current.byline is not None:
        return None
    found = split_run_in_dash_credit(text)
    if found is None or is_agency_tag(found[1]):
        return None
    return found


def _closing_agency_tag(current: Body, text: str, units: Sequence[Unit], following: int) -> bool:
    """An agency's tag alone ("IANS", "PTI", classify.is_agency_tag) under a story's closed
    last paragraph, with no byline yet, closes it as its byline: a modern daily credits
    agency copy at its foot as often as over it. Over a story's opening (a dateline: "PTI" /
    "CHANDIGARH: Farmers' unions …") it is that story's byline. ``units[following]`` is the
    unit after the tag's (an index, not a slice: a slice of the rest at every unit made a page
    of 500,000 short lines cost 6.6 times a quarter of it, not 4)."""
    return (
        current.byline is None
        and is_agency_tag(text)
        and (ends_sentence(current.paragraphs[-1]) or bool(_dangling_dash(current.paragraphs[-1])))
        and not (following < len(units) and starts_story(units[following].lines[0].text))
    )


def _see_page_jump(current: Body, unit: Unit) -> ContinuationLink | None:
    """ "See Page 2" alone on a unit of one line straight under a story's last paragraph, closed
    by its stop ("… grain delivered in the last marketing season." / "See Page 2"), as a
    Zimbabwean or other Southern African daily sends its lead on: the story's jump line.
    Elsewhere the same line is a teaser's pointer (classify.match_continuation leaves it
    alone: "Farm prices rise" / "See Page 4"), and under an open sentence it runs on from it
    (branch en47)."""
    if len(unit.lines) != 1 or not current.paragraphs:
        return None
    text = unit.lines[0].text.strip()
    page = see_page_alone(text)
    if page is None:
        return None
    last = current.run_on.text() if current.run_on is not None else current.paragraphs[-1]
    if not ends_sentence(last):
        return None
    return ContinuationLink("to", page, text)


def _dangling_dash(paragraph: str) -> str:
    """The spaced dash a paragraph ends on after its closing stop ("… the port operator said.
    —"), which opens a foot credit the column broke onto the next line ("AFP", as a
    Zimbabwean daily closes agency copy: "— AFP"); "" when it ends otherwise (branch en47)."""
    if not paragraph.endswith((" —", " –")):
        return ""  # (most paragraphs)
    return paragraph[-1:] if ends_sentence(paragraph[:-2].rstrip()) else ""


def _rebind_byline_titles(bodies: Sequence[Body], titles: Sequence[Title]) -> None:
    """A byline's title joined to the title line above it (a headline wrapped over two lines,
    "Council Approves Budget for" / "Water Plant") is the joined title now."""
    kept = {id(title) for title in titles}
    for body in bodies:
        old = body.byline_title
        if old is None or id(old) in kept:
            continue
        body.byline_title = next(
            (t for t in titles if t.first <= old.first and old.last <= t.last), None
        )


def _bylines_follow_titles(bodies: Sequence[Body]) -> None:
    """A byline printed under a title goes with that title: when the title went to another
    story (a scrambled page printed its stack over this one's text) that has no byline, the
    byline goes there too."""
    for body in bodies:
        title = body.byline_title
        if title is None or body.byline is None:
            continue
        story = title.body
        if story is None or story is body or story.byline is not None:
            continue
        story.byline, body.byline = body.byline, None
        story.byline_title, body.byline_title = title, None
        moved = set(body.byline_lines)
        body.lines = [n for n in body.lines if n not in moved]
        story.lines.extend(body.byline_lines)
        story.byline_lines, body.byline_lines = body.byline_lines, []


def _cards_headed_by_address(bodies: Sequence[Body]) -> None:
    """A card's address to the public, a paragraph of its own at the head of an item with no
    title ("To The Voters of Chickasaw County:" / "I take this method …"), is the card's head,
    as a head is printed over an item."""
    for body in bodies:
        if body.titles or len(body.paragraphs) < 2 or body.dateline or body.byline:
            continue
        if not is_card_address(body.paragraphs[0]):
            continue
        address = body.paragraphs.pop(0)
        title = Title(address, title_style(address), body.first, body.first, body=body)
        body.titles.append(title)
        body.headed = True


def _last_body(sequence: list[Title | Body]) -> Body | None:
    if sequence and isinstance(sequence[-1], Body):
        return sequence[-1]
    return None


# --- matching titles to bodies ---------------------------------------------------------------


def _attach_titles(
    sequence: list[Title | Body], bodies: list[Body], titles: list[Title], mastheads: list[int]
) -> None:
    # A title that points to another page ("…（见第3版）", "Storm closes passes   3") is a
    # teaser: its story is printed elsewhere, so it heads no body here.
    titles = [t for t in titles if t.is_plain()]
    # (a weekly's local item split from the story above has no head: it takes no title)
    takers = [b for b in bodies if not b.is_caption and not b.local]
    position = {id(b): i for i, b in enumerate(takers)}
    leads = EchoIndex([b.lead for b in takers])
    # (a page of the Republican-era press: a story on it is 、-stopped, as no modern Chinese
    # or English text is; its ads' display lines are kept from its stories' stacks)
    republican_page = any(dun_stopped(b.lead) for b in takers)
    # Only echoes strong enough to move a title can change where it goes.
    strong = {
        id(t): leads.matches(t.text, min(STACK_STEAL_SCORE, DETACHED_TITLE_SCORE)) for t in titles
    }

    def best_elsewhere(title: Title, body: Body) -> float:
        here = position[id(body)]
        return max((score for i, score in strong[id(title)] if i != here), default=0.0)

    def _opening_kept(top: list[Title], place: int, item: Body) -> bool:
        """Whether ``top[place]``, a title of the stack over ``item``, stays there whatever its
        echo: a story's opening set as a title (a dateline or a wire credit alone on its line)
        tells where the story was filed and who wired it, not what it tells, and its words echo
        every lead on the page that prints the same credit or place. Below the page's first
        lines (a masthead's wire ear), such a title stays under a head that stays (its echo
        takes it no further), or, read strictly, over the story it stands over alone
        (:func:`_openings_read_as_decks` reads it there)."""
        title = top[place]
        if title.first < PAGE_TOP_LINES or opens_story_alone(title.text) is None:
            return False
        if place == 0:
            return opens_story_strictly(title.text) is not None
        above = top[place - 1]
        if opens_story_alone(above.text) is not None:
            return True
        here = leads.score(above.text, position[id(item)])
        other = best_elsewhere(above, item)
        return not (other >= STACK_STEAL_SCORE and other - here >= STACK_STEAL_MARGIN)

    def _echoes_elsewhere(title: Title, body: Body) -> bool:
        """Whether a title of the stack over ``body`` echoes another story's lead well enough,
        and better enough, to be taken there (step 1's test)."""
        other = best_elsewhere(title, body)
        here = leads.score(title.text, position[id(body)])
        return other >= STACK_STEAL_SCORE and other - here >= STACK_STEAL_MARGIN

    def _echo_goes_to_headed(title: Title, body: Body) -> bool:
        """Whether every story that echoes the title better than ``body`` is headed by English
        titles standing above it: none of them takes a title from afar."""
        here = position[id(body)]
        echoed = leads.score(title.text, here)
        others = [takers[i] for i, score in strong[id(title)] if i != here and score > echoed]
        return bool(others) and all(
            any(not t.detached and t.style != "cjk" for t in other.titles) for other in others
        )

    # 1. The stack of titles standing directly above a body belongs to it, unless a title
    #    clearly matches another story better.
    stolen: list[tuple[Title, Body, float]] = []
    for index, item in enumerate(sequence):
        if not isinstance(item, Body) or item.is_caption or item.local:
            continue
        stack = _stack_above(sequence, index, mastheads)
        limit = 6 if stack and stack[-1].style != "cjk" else _cjk_stack_limit(stack, item)
        under = item.first
        top = stack[-limit:]
        # (a Republican-era stack over its 、-stopped story is the story's whole: its decks
        # name the places and armies its later dispatches tell of, and echo those better)
        republican = _republican_stack_kept(top, item)
        for place in range(len(top) - 1, -1, -1):
            title = top[place]
            if republican_page and title.style == "cjk" and _CJK_AD_MARK.search(title.text):
                # A Republican-era page's Chinese ad display line (a price, an address, a
                # telephone, a maker) ends the stack over a story: it and what stands above it
                # are the ad's (_display_runs_as_ads; branch hz45).
                break
            # (the first line of what stands under this title: the next title, or the body)
            touching, under = under - title.last <= TOUCHING_LINES, title.first
            if title.body is not None:
                continue
            here = leads.score(title.text, position[id(item)])
            other = (
                0.0
                if republican
                or _opening_kept(top, place, item)
                or (bool(item.paragraphs) and labels_items(title.text, item.paragraphs[0]))
                else best_elsewhere(title, item)
            )
            if (
                other >= STACK_STEAL_SCORE
                and other - here >= STACK_STEAL_MARGIN
                and not (
                    _cjk_title_inside_own_stack(top, place, item)
                    # (the title over it stays too: two lines of another story's head set
                    # over this one's stack go together)
                    and not _echoes_elsewhere(top[place - 1], item)
                )
            ):
                if touching:
                    stolen.append((title, item, here))
                continue
            title.body, title.echo = item, here
            item.titles.append(title)
            if (
                republican_page
                and title.style == "cjk"
                and (names_notice_head(title.text) or is_signed_column_label(title.text))
            ):
                # A Republican-era notice's head ("褚民誼啓事") tops its stack: the lines over
                # it are another item's (an ad's, the margin's motto; branch hz46). So does a
                # column's label ("社論", "小說": the kicker over its title; branch hz47).
                break
        # A mixed-case deck set straight under a capitals headline that heads this story goes
        # with it, whatever other lead its words echo (a deck tells of the story under it).
        # (so does a deck's first line read as a title of its own, its clause going on in
        # the title under it that went to the story: "British and Germans" / "Still at Deadly
        # Grips"; branch histh48)
        decks = stack[-limit:]
        for place, (above, title) in enumerate(pairwise(decks)):
            if (
                title.body is None
                and above.body is item
                and above.style == "caps"
                and title.style == "mixed"
                and title.first - above.last <= TOUCHING_LINES
                # (a deck's words: no wire credit, dateline or byline read as a title, no
                # OCR noise)
                and (
                    reads_as_deck(title.text)
                    or _deck_goes_on_under(title, decks[place + 2 : place + 3], item)
                )
                and not is_byline_line(title.text)
                and _ABBREVIATED_DAY.search(title.text) is None
                and noise_share(title.text) <= DECK_NOISE_SHARE
            ):
                title.body, title.echo = item, leads.score(title.text, position[id(item)])
                item.titles.append(title)
        if len(top) >= PYRAMID_RUN_TITLES:
            for title in _pyramid_run_inside(top, item):
                title.body, title.echo = item, leads.score(title.text, position[id(item)])
                item.titles.append(title)
    # 2. Titles standing apart go to the story whose lead they echo, best evidence first.
    held = {id(title) for title, _, _ in stolen}
    below: set[int] = set()
    candidates = [
        (score, t.first, order, i, t, takers[i])
        for order, t in enumerate(titles)
        if t.body is None
        for i, score in strong[id(t)]
    ]
    candidates.sort(key=lambda item: (-item[0], item[1], item[2], item[3]))
    for score, _, _, _, title, body in candidates:
        if score < DETACHED_TITLE_SCORE or title.body is not None or len(body.titles) >= 3:
            continue
        if any(not t.detached and t.style != "cjk" for t in body.titles):
            # An English story headed by the titles standing above it takes none from afar
            # (old pages scatter ads' and mottoes' lines that echo a story's words).
            continue
        if republican_page and title.style == "cjk" and _CJK_AD_MARK.search(title.text):
            # Nor does a story of a Republican-era page take a Chinese ad's display line from
            # afar (a price, an address, a telephone, a maker: _display_runs_as_ads reads its
            # ad; branch hz45).
            continue
        if id(title) in held and (id(title) in below or _below_a_headed_story(title, body)):
            # (nor to a story its words echo less: step 3 decides whether it heads the story
            # it stands over)
            below.add(id(title))
            continue
        title.body, title.echo, title.detached = body, score, True
        body.titles.append(title)
    _decks_beside(sequence, leads, position)
    _headless_takes_leftover(titles, takers, leads)
    # 3. A title held back from its stack for a story that is headed by the titles standing
    #    above it (and so took none from afar) heads the story it stands straight over after
    #    all (not across furniture or other lines taken out between them). So does one that no
    #    story took at all (its echo elsewhere too weak to move it there), when it would be the
    #    story's headline: the top of what stands over the story, naming no dateline or wire
    #    credit.
    for title, body, here in stolen:
        if title.body is None and (
            (
                title.style == "caps"
                and (_echo_goes_to_headed(title, body) or _heads_story_under(title, body, stolen))
                # (not over a headline in capitals the story has: a stack of another story's
                # titles stands over this one's headline on scrambled pages)
                and not any(t.style == "caps" and t.first > title.last for t in body.titles)
            )
            or _names_its_column(title, body)
            or _wrapped_line_of_head(title, body, sequence)
        ):
            title.body, title.echo = body, here
            body.titles.append(title)


def _deck_goes_on_under(title: Title, after: Sequence[Title], body: Body) -> bool:
    """Whether a mixed-case title is a deck's first line whose clause goes on in the title
    under it (first of ``after``): it closes on a bare word, the title under it is a mixed-case
    one that went to ``body``, touching it, and both read as one deck ("British and Germans" /
    "Still at Deadly Grips")."""
    if not after or not title.text.rstrip()[-1:].isalpha():
        return False
    rest = after[0]
    return (
        rest.body is body
        and rest.style == "mixed"
        and rest.first - title.last <= TOUCHING_LINES
        and reads_as_deck(f"{title.text} {rest.text}")
    )


#: A stack holds at least this many titles when a pyramid's run stands inside it: the head, a
#: deck, the run's capitals line and a title under it.
PYRAMID_RUN_TITLES: Final = 4


def _pyramid_run_inside(top: Sequence[Title], body: Body) -> list[Title]:
    """The titles of a 1916 pyramid's middle that the stack over ``body`` lost to the echo of
    another lead, to be given back (branch histh47): a run of capitals lines each over a
    mixed-case deck closing on a stop, standing between such a deck and a capitals line under
    it that both went to ``body`` ("Race for Garrison's Post Lies Between …" / "FORMER MORE
    LIKELY" / "President Desires Man with Experience …" / "WITHOUT HEAD FOR 22 HOURS"). A
    pyramid alternates its capitals lines and decks down to the story: no other story's head
    stands inside it, however its words ("Former") recur in a list further down. Two stacks
    read one after the other (a head and its deck over another head and its deck) have no title
    of the first story under the second head: nothing is given back there; nor is a capitals
    line alone between two of the stack's (another column's head read into it as often as a
    pyramid's deck). The run may also end on a capitals line over a closing deck that went to
    ``body`` itself ("FLEEING TURKS …" / "Vengeful Population … Erzerum Army." / "50,000 JOIN
    RUSSIANS" / "Situation in Constantinople … Everywhere."; branch histh48): its capitals
    lines then close on no stop, as a crossline does ("ACCUSED OF EMBEZZLING." over its deck
    heads a brief of its own)."""
    given: list[Title] = []
    start = -1
    for place, title in enumerate(top):
        if title.body is body:
            run = top[start + 1 : place]
            # (under the run, the next capitals line, or the deck of the run's last capitals
            # line: the pyramid's pairs go on to it; its capitals lines then close on no stop,
            # as a crossline does: "ACCUSED OF EMBEZZLING." over its deck is a brief's head)
            pairs = list(run) if title.style == "caps" else [*run, title]
            if (
                start >= 0
                and run
                and len(pairs) % 2 == 0
                and (
                    title.style == "caps"
                    or (
                        _closed_deck(title)
                        and not any(t.text.rstrip().endswith(".") for t in run[::2])
                    )
                )
                and _closed_deck(top[start])
                and all(t.body is None and t.is_plain() for t in run)
                and all(
                    t.style == "caps" and _closed_deck(d)
                    for t, d in zip(pairs[::2], pairs[1::2], strict=True)
                )
            ):
                given.extend(run)
            start = place
    return given


def _closed_deck(title: Title) -> bool:
    """A pyramid's mixed-case deck, closing on a stop, a question or an exclamation mark."""
    return title.style == "mixed" and title.text.rstrip().endswith((".", "?", "!"))


#: Titles a modern Chinese stack holds at most (kicker, headline, subheadline).
CJK_STACK_TITLES: Final = 3
#: A Chinese reporter's or correspondent's role in a byline (本报记者, 晚报记者, 記者, 通讯员).
_ZH_REPORTER: Final = re.compile(r"(?:记者|記者|通讯员|通訊員)")


#: Words of five letters or more in small letters a story's text holds among its first
#: HEAD_OVER_DECK_REACH words when it runs in prose under its stack (a deck read as its first
#: paragraph, a contents box's titles, a list of officers have few or none).
HEAD_OVER_DECK_PROSE: Final = 4
HEAD_OVER_DECK_REACH: Final = 150
_SMALL_CONTENT_WORD: Final = re.compile(r"\b[a-z]{5,}\b")


def _heads_over_first_decks(sequence: Sequence[Title | Body], mastheads: Sequence[int]) -> None:
    """A capitals head left free over the first deck of a story's stack tops that stack
    (:func:`_heads_over_first_deck`, branch ``orphan38``): not under a run of free titles (a
    contents box) nor under a head stack read as a brief (:func:`_stack_read_as_brief`), nor
    across a masthead line taken out between it and the deck, nor when another story of the
    page echoes the head far better (:func:`_echoed_better_elsewhere`, branch ``orphan39``).
    Gate (off modern pages): :func:`_heads_over_first_deck`'s."""
    for above, title, deck in zip(sequence, sequence[1:], sequence[2:], strict=False):
        if (
            isinstance(title, Title)
            and _closed_over(above, title)
            and not _stack_read_as_brief(above, title)
            and isinstance(deck, Title)
            and deck.body is not None
            and not _masthead_between(list(mastheads), title.last, deck.first)
            and _heads_over_first_deck(title, deck, deck.body)
            and not _echoed_better_elsewhere(title, deck.body, sequence)
        ):
            title.body, title.echo = deck.body, title_score(title.text, deck.body.lead)
            deck.body.titles.append(title)


#: A head left free in a 1916 page's first PAGE_TOP_LINES lines heads the story whose stack and
#: first BANNER_REACH words hold at least BANNER_ECHO of its words (``echo.title_stems``),
#: BANNER_OWN_WORDS of them (of BANNER_OWN_LETTERS letters or more) found in no other story's.
BANNER_ECHO: Final = 0.5
BANNER_OWN_WORDS: Final = 2
BANNER_OWN_LETTERS: Final = 4
BANNER_REACH: Final = 60
#: A banner names at least this many words of three letters or more.
BANNER_WORDS: Final = 3


def _banners_over_their_stories(sequence: Sequence[Title | Body], mastheads: list[int]) -> None:
    """A head or deck set at a 1916 page's top and left free (a teaser of nothing) tops the
    stack of the story below that its words tell of (branch ``histh46``, issue 9).

    A daily sells its lead across the page's top (``SLAVERS AUCTION NUDE GIRL`` over the
    nameplate, the story under ``Pastor's Daughter Is Stolen …`` four columns on), and OCR
    reads the upper lines of a wide stack before the columns under it (``ROBBERS HOLD UP BANK
    AT SMOAK`` … ``LOCKED CASHIER IN VAULT`` over the text); no stack stands over the story
    from the free line, so it was left as a teaser. It joins the stack of the story whose
    titles and first BANNER_REACH words hold at least BANNER_ECHO of its words, at least
    BANNER_OWN_WORDS of them (of BANNER_OWN_LETTERS letters or more: ``new``, ``city`` are
    any story's) found in no other story's stack or opening: an ear's or a motto's words
    (``OFFICIAL JOURNAL CITY OF NEW IBERIA``, ``ALL SORTS OF ADS FOR ALL SORTS OF PEOPLE``)
    and a cartoon's title that a wire item deep in a column echoes are left alone. Only a
    story whose titles all stand below the free line and none taken from afar; not a wire
    ear (``FULL LEASED WIRE DISPATCHES``). The story's titles are ordered by line, so the
    free line tops the stack. Cost: the titles of the page's first lines, each against the
    stories' sets of stems."""
    banners = [
        item
        for item in sequence
        if isinstance(item, Title)
        and item.first < PAGE_TOP_LINES
        and item.body is None
        and item.is_plain()
        and len(_BANNER_WORD.findall(item.text)) >= BANNER_WORDS
        # (a masthead's wire ear, in capitals or not: "FULL LEASED WIRE DISPATCHES")
        and not names_wire(item.text.title())
        # (a motto over the masthead's date and volume lines: "BOOST AND HELP THE HOUSTON
        # BOOSTERS.")
        and not _masthead_between(mastheads, item.last, PAGE_TOP_LINES)
        and not _names_in_prose(item.text)
    ]
    if not banners:
        return
    stories = [
        item
        for item in sequence
        if isinstance(item, Body) and not item.is_caption and item.titles and item.paragraphs
    ]
    found = [
        lead_features(" ".join([*(t.text for t in story.titles), *_first_words(story)]), False)
        for story in stories
    ]
    for banner in banners:
        stems = title_stems(banner.text)
        total = sum(stems.values())
        if not total:
            continue
        shared = [{stem for stem in stems if stem in features} for features in found]
        best = max(
            (
                index
                for index, story in enumerate(stories)
                if all(t.first > banner.last and not t.detached for t in story.titles)
            ),
            key=lambda index: sum(stems[stem] for stem in shared[index]),
            default=None,
        )
        if best is None:
            continue
        score = sum(stems[stem] for stem in shared[best]) / total
        others = set().union(*(words for index, words in enumerate(shared) if index != best))
        own = {stem for stem in shared[best] - others if len(stem) >= BANNER_OWN_LETTERS}
        if score < BANNER_ECHO or len(own) < BANNER_OWN_WORDS:
            continue
        story = stories[best]
        banner.body, banner.echo, banner.detached = story, score, True
        story.titles.append(banner)


def _names_in_prose(text: str) -> bool:
    """Whether a free line is a sentence's first line, not a head's: it names a person by a
    title or an initial (``_PERSON_MARK``) and sets a content word in small letters, as a head
    or a deck does not ("Dr. Amos Pelham, member for Stone" over "Creek, suffered burns …",
    "Mr. R. T. Mallory and family" over "visited at …")."""
    if _PERSON_MARK.search(text) is None:
        return False
    words, capitalised = capitalised_words(text)
    return capitalised < words


def _first_words(story: Body) -> list[str]:
    """A story's first BANNER_REACH words, where its lead tells what a banner sells."""
    words: list[str] = []
    for paragraph in story.paragraphs:
        words.extend(paragraph.split()[: BANNER_REACH - len(words)])
        if len(words) >= BANNER_REACH:
            break
    return words


_BANNER_WORD: Final = re.compile(r"[A-Za-z]{3,}")


#: Another story echoes a free head better than the stack it stands over when its opening holds
#: at least this share of the head's words, and this much more than the stack's story does.
ECHOED_ELSEWHERE_SCORE: Final = 0.75
ECHOED_ELSEWHERE_MARGIN: Final = 0.5


def _opening_words(body: Body) -> str:
    """A story's first HEAD_OVER_DECK_REACH words, as a free head's echo is read in them."""
    return " ".join(" ".join(body.paragraphs).split()[:HEAD_OVER_DECK_REACH])


def _echoed_better_elsewhere(title: Title, body: Body, sequence: Sequence[Title | Body]) -> bool:
    """Whether another story of the page echoes a free head's words far better than ``body``,
    the story whose stack it would top, and its decks do: the head is that other story's own,
    printed apart from it (``SHUMWAY NOW HEAD OF … FARMERS UNION`` over a good-roads story's
    deck, while ``A. R. Shumway … is now president of the Farmers Union`` stands further down).
    The echo is read in each story's first HEAD_OVER_DECK_REACH words; it counts when it is at
    least ECHOED_ELSEWHERE_SCORE and ECHOED_ELSEWHERE_MARGIN more than here. The body printed
    straight after ``body`` is left out: a story's own later part, cut from it at a dateline or
    a crosshead (``ST. LOUIS, Feb. 3. President Wilson today told …`` under ``UNITED STATES
    NAVY SHOULD BE UNCONQUERABLE``), echoes its head best. Gate: as the caller's (1916 stacks)."""
    stack = " ".join(t.text for t in body.titles)
    here = max(title_score(title.text, _opening_words(body)), title_score(title.text, stack))
    bodies = [b for b in sequence if isinstance(b, Body) and not b.is_caption]
    at = next(i for i, b in enumerate(bodies) if b is body)
    following = bodies[at + 1] if at + 1 < len(bodies) else None
    for other in bodies:
        if other is body or other is following:
            continue
        score = title_score(title.text, _opening_words(other))
        if score >= ECHOED_ELSEWHERE_SCORE and score - here > ECHOED_ELSEWHERE_MARGIN:
            return True
    return False


#: Words a stack's tail read as a brief's body holds at most (``Million Dollars, Mass of
#: Ruins.`` under ``CANADIAN HOUSE OF PARLIAMENT IS DESTROYED BY FIRE`` / ``Magnificent …``).
STACK_BRIEF_WORDS: Final = 8


def _stack_read_as_brief(above: Title | Body, title: Title) -> bool:
    """Whether what stands straight above a free title is a head stack read as a brief: a body
    of at most STACK_BRIEF_WORDS words under titles of its own (or a title such a body took),
    touching the title. The title is then that stack's second capitals deck (``FIVE PERSONS
    LOSE THEIR LIVES``, ``BATTLE ON IN CHAMPAGNE`` under ``BULGARS MAKE OVERTURES …`` / ``…
    for End of the Hostilities.``), no head of its own; lostdeck35's and shift36's rules join
    such a split stack."""
    brief = above if isinstance(above, Body) else above.body
    return (
        brief is not None
        and bool(brief.titles)
        and len(" ".join(brief.paragraphs).split()) <= STACK_BRIEF_WORDS
        and title.first - above.last <= TOUCHING_LINES
    )


def _closed_over(above: Title | Body, title: Title) -> bool:
    """Whether what stands above a free title in printed order leaves it the top of a stack:
    a body, or a title some story took that is no capitals line straight over it (a banner's
    first line, a head's first line given elsewhere: ``SECRETARY OF WAR GARRISON RESIGNS`` /
    ``BECAUSE OF BREAK WITH PRESIDENT``). A free title above makes a run: a contents box."""
    if isinstance(above, Body):
        return True
    return above.body is not None and not (
        above.style == "caps" and 0 < title.first - above.last <= TOUCHING_LINES
    )


#: A head over its first deck spans fewer printed lines than this: four capitals lines are two
#: heads joined (``POPULATION OF IOWA`` / ``SHOWS 131,480 GAIN`` / ``COMMITTEE TILT`` / ``OVER
#: BRANDEIS``).
HEAD_OVER_DECK_LINES: Final = 3
#: A head's line opening on one of these goes on from a line above it (its first lines lost or
#: read elsewhere: ``THAN EVER``, ``FOR LIBRARY``, an ad's ``IS FAST RETURNING``): no head's
#: top.
_HEAD_TAIL_OPENINGS: Final = RUN_ON_HEADS | frozenset(("is", "are", "was", "were", "than"))
#: A cry or a question closing one sentence of a title with more after it: a slogan
#: (``REGISTER NOW! BE A VOTER!``), no head.
_CRY_INSIDE: Final = re.compile(r"[!?]\s+\w")
#: Words in title case (a capital, then small letters) a deck's opening holds at least: a line
#: in capitals with a scrap of OCR after it (``ALL THE TIME. Iflffl``) is no deck.
DECK_TITLE_CASE_WORDS: Final = 2
_TITLE_CASE_WORD: Final = re.compile(r"\b[A-Z][a-z]+")


#: A person's name alone under a name's title (``MRS. M. L. PEEPLES.``): a list's entry.
_NAME_ALONE: Final = re.compile(
    r"(?:MRS?|MISS|DR|PROF|REV|HON)\.?\s+(?:[A-Z]\.\s*)*[A-Z][A-Za-z'\-]+\.?"
)


#: The share of a deck's words (its first sentence) the story's opening words repeat at least
#: when the deck is the story's own: another story's head and deck set over this one's stack
#: (``INJUNCTION FILED BY MAYOR DISSOLVED`` / ``City … Must Pay … for … Bridge`` over ``FUNDS
#: GETTING SHORT`` and the treasurer's story) share none or a word.
DECK_OWN_ECHO: Final = 0.2
#: A label's words at most: a list's or a column's name, closed by a stop.
LABEL_ALONE_WORDS: Final = 2


def _label_alone(text: str) -> bool:
    """Whether a capitals title is a list's or a column's label: at most LABEL_ALONE_WORDS
    words closed by a stop (``MARRIAGE LICENSES.``, ``BUSINESS NOTICES.``); a head that tells
    news runs longer or closes on no stop (``OLD OFFICERS``, ``APPAM IS PUZZLER``)."""
    words = text.split()
    return len(words) <= LABEL_ALONE_WORDS and text.rstrip(" '\"").endswith(".")


#: The words of a deck's first sentence read as a deck by :func:`_deck_opening`.
DECK_OPENING_WORDS: Final = 12
_SENTENCE_BREAK: Final = re.compile(r"(?<=[a-z][.!?;])\s+")


def _deck_opening(text: str) -> str:
    """A deck's first sentence, at most DECK_OPENING_WORDS words: a stack's deck title may hold
    two decks read as one (``Growth in State Receipts … for January. Nearly a Million …``) or run
    past a deck's words (``classify.reads_as_deck`` reads one deck)."""
    first = _SENTENCE_BREAK.split(text.strip(), maxsplit=1)[0]
    return " ".join(first.split()[:DECK_OPENING_WORDS])


def _letters_alone(text: str) -> int:
    """How many words of a title are a letter alone with no stop (an initial has one), other
    than ``A``: OCR's leavings of a rule or a cut (``NIGHT GOWNS AT O V L``, ``Ml I S I I
    I``)."""
    return sum(_LETTER_ALONE.fullmatch(word) is not None for word in text.split())


#: A letter alone, no article, with no stop after it: quotes, brackets and other marks aside.
_LETTER_ALONE: Final = re.compile(r"[\"'(\[|]*(?![Aa]\b)[A-Za-z][\"'),;:!?|\]]*")


def _heads_over_first_deck(title: Title, deck: Title, body: Body) -> bool:
    """Whether a capitals title no story took (branch ``orphan38``) is the head of the stack
    whose first deck, a mixed-case title, stands straight under it and already heads ``body``
    (the item above the title in printed order is a body or a title some story took, checked
    by the caller: no run of free titles, no contents box).

    A 1916 daily sets a capitals head over a title-case deck (and often a second capitals deck
    and its own deck) over the story: ``FIVE LIVES LOST`` / ``Two Women and Three Men Are Known
    to Have Perished …`` / ``POLICEMAN REPORTS HEARING EXPLOSION`` / ``Two women and three men
    …``. The head's words echo another story's lead as well as its own (the day's fire, the
    day's ship), so the title pass held it back from the stack (``_attach_titles``, step 1);
    the story, headed by its own decks, took nothing from afar, and step 3 gives a capitals
    title back only over a stack with no capitals head of its own (a scrambled page's foreign
    stack). Left free, the head became a teaser of nothing and the deck (or the second capitals
    deck) the story's headline. Asked after the stack passes have folded the story's pieces.

    The title is plain (no page pointer), in capitals, over fewer than
    ``HEAD_OVER_DECK_LINES`` printed lines, names a head (:func:`_names_a_head`), holds little
    noise, at most one letter alone (:func:`_letters_alone`) and one word in small letters, is
    no name alone (``MRS. J. DOE.``) and no slogan (``_CRY_INSIDE``), opens on no word that goes
    on from a line above (``_HEAD_TAIL_OPENINGS``: ``THAN EVER``, a head's tail whose first
    lines OCR lost) and ends on none that runs on (an ad's ``NOW IS THE TIME FOR``), names no
    page, masthead line, story opening or column; the deck is the top of the story's stack,
    within ``TOUCHING_LINES``, no byline or story opening, little noise, and its first sentence
    reads as a deck in title case (:func:`_deck_opening`, ``DECK_TITLE_CASE_WORDS``); the story
    runs in prose (``HEAD_OVER_DECK_PROSE`` words of five letters in small letters among its
    first ``HEAD_OVER_DECK_REACH``: no list of officers, no contents box), its opening repeats
    at least ``DECK_OWN_ECHO`` of the deck's words (branch ``orphan39``: the deck is the
    story's own, not another story's stack set over it) and, a dispatch aside, it reads as no
    notice with the head and deck over it. Branch ``orphan39`` also refuses a head holding a
    price (``_PRICE_OR_CRY``: an ad's ``… MODEL, FOR $850.00``) and a label alone
    (:func:`_label_alone`: ``MARRIAGE LICENSES.``).

    Gate (off modern pages): a capitals head over a title-case deck is a 1916 stack; a modern
    head is set in sentence case over its standfirst, and a modern capitals kicker stands over
    a sentence-case head, which is no deck (``classify.reads_as_deck`` wants its content words
    capitalised). A capitals head straight over another capitals head is not asked: measured
    on unseen pages, half were two stories' heads."""
    text = title.text
    if (
        title.body is not None
        or not title.is_plain()
        or title.style != "caps"
        or deck.style != "mixed"
        or not 0 < deck.first - title.last <= TOUCHING_LINES
        or title.last - title.first >= HEAD_OVER_DECK_LINES
        or any(t.first < deck.first for t in body.titles)
    ):
        return False
    if not (
        _names_a_head(text)
        and noise_share(text) <= DECK_NOISE_SHARE
        and _letters_alone(text) <= 1
        and _NAME_ALONE.fullmatch(text.strip(" \"'")) is None
        and sum(any(ch.islower() for ch in w) for w in text.split()) <= 1
        and text.split()[-1].lower() not in RUN_ON_WORDS
        and text.split()[0].lower().strip("'\"") not in _HEAD_TAIL_OPENINGS
        and _CRY_INSIDE.search(text) is None
        and _PRICE_OR_CRY.search(text) is None
        and not _label_alone(text)
        and not is_masthead_line(text)
        and not names_page(text)
        and not names_story_opening(text)
        and not names_a_column(text)
    ):
        return False
    if (
        noise_share(deck.text) > DECK_NOISE_SHARE
        or _letters_alone(deck.text) > 1
        or is_byline_line(deck.text)
        or names_story_opening(deck.text)
        or names_page(deck.text)
        or not reads_as_deck(_deck_opening(deck.text))
        or len(_TITLE_CASE_WORD.findall(_deck_opening(deck.text))) < DECK_TITLE_CASE_WORDS
    ):
        return False
    words = _opening_words(body)
    if len(_SMALL_CONTENT_WORD.findall(words)) < HEAD_OVER_DECK_PROSE:
        return False
    if title_score(_deck_opening(deck.text), words) < DECK_OWN_ECHO:
        return False
    return body.dateline is not None or not _reads_as_notice(
        body, text, deck.text, "\n".join(body.paragraphs)
    )


def _cjk_stack_limit(stack: Sequence[Title], body: Body) -> int:
    """How many Chinese titles standing straight above ``body`` head it: a modern stack is a
    kicker, a headline and a subheadline (CJK_STACK_TITLES); a Republican-era stack over
    、-stopped text (reflow.dun_stopped) is a headline and as many as MAX_DUN_STACK lines of
    decks under it ("粵漢路新街站收復" / "華軍兩路夾攻廣州" / "日軍數度進攻新會城均遭痛擊" /
    "華機昨飛九江轟炸日死傷奇重"). Gate: the story's lead is 、-stopped, which modern Chinese
    never is."""
    if len(stack) > CJK_STACK_TITLES and republican_stack(stack, body):
        return MAX_DUN_STACK
    limit = CJK_STACK_TITLES
    if any(
        lead is not None and _ZH_REPORTER.search(lead) is not None
        for lead in (body.byline, body.dateline)
    ):
        # Over a reporter's byline (晚报记者 李晓梅, 本报记者 陈静), or a dateline naming its
        # reporters (本报北京12月10日讯（记者 王海涛 通讯员 林 晓）, as a national paper datelines
        # its own copy; branch zh46), the stack is a modern story's whole head: a kicker, a
        # headline and a subheadline set over two lines.
        limit += 1
    if len(stack) > limit and _cjk_head_over_two_lines(stack[-limit:]):
        # A headline set over two lines (_cjk_head_over_two_lines) under its kicker is one
        # title of the stack read as two: the stack holds one more (branch zh45), as _decks
        # reads it (a stack of four or more titles: the kicker on top, then the head).
        limit += 1
    return limit


def _republican_stack_kept(stack: Sequence[Title], body: Body) -> bool:
    """Whether a stack of two or more Chinese titles touching one another and the body under
    them is a Republican-era stack (republican_stack) that stays whole over its story: no
    title of it goes to another story whose lead its words echo better ("奉新日軍有潰退勢", a
    deck of the Nanchang story, echoes the Fengxin dispatch printed under it). Gate: the
    story's lead is 、-stopped, which modern Chinese never is."""
    if len(stack) < 2 or body.first - stack[-1].last > TOUCHING_LINES:
        return False
    if any(b.first - a.last > TOUCHING_LINES for a, b in pairwise(stack)):
        return False
    return republican_stack(stack, body)


def republican_stack(titles: Sequence[Title], body: Body) -> bool:
    """Whether ``titles`` are a Republican-era Chinese stack over ``body``: all Chinese, none
    dash-led, over a story whose lead is 、-stopped (reflow.dun_stopped)."""
    return (
        bool(titles)
        and all(t.style == "cjk" and not t.text.startswith("—") for t in titles)
        and dun_stopped(body.lead)
    )


def _names_its_column(title: Title, body: Body) -> bool:
    """Whether a title held back from the stack over ``body`` is the place's name heading a
    correspondent's column: one word in title case with no mark (reflow.is_place_word, the
    word reflow._places_over_items stands alone) and no title of the body above it, over a
    body opening with its items, PLACE_COLUMN_OPENINGS of its first PLACE_OPENING_PARAGRAPHS
    paragraphs opening on a person ("Rev. J. L. Dotson, district evangelist, will begin …",
    "Rev. E. W. Coakley …"). Other stories on the page name the town too ("Lancaster",
    "Waynesburg" in a Lancaster weekly) and their leads echo the name better than the
    column's items do, but the name heads the column it stands over (branch placecol21)."""
    if not is_place_word(title.text) or any(t.first < title.first for t in body.titles):
        return False
    opening = body.paragraphs[:PLACE_OPENING_PARAGRAPHS]
    return sum(opens_local_item(_SPECKS.sub("", p)) for p in opening) >= PLACE_COLUMN_OPENINGS


def _cjk_title_inside_own_stack(top: Sequence[Title], place: int, body: Body) -> bool:
    """Whether ``top[place]``, a Chinese title of the stack over ``body`` whose words echo another
    story's lead better (a commentary on the same page retells the lead's head, "省高院出台二十条
    措施" / "省高院出台的二十条措施，…"), stands between two Chinese titles of that stack,
    touching both, the one under it already the body's (the kicker over it, the head's second
    line under it; branch zh47): a stack is printed whole over its story, never with another
    story's head set inside it, so the line stays there."""
    if place == 0 or place + 1 >= len(top):
        return False
    above, title, below = top[place - 1], top[place], top[place + 1]
    return (
        title.style == "cjk"
        and above.style == "cjk"
        and below.body is body
        and 0 < title.first - above.last <= TOUCHING_LINES
        and 0 < below.first - title.last <= TOUCHING_LINES
    )


def _wrapped_line_of_head(title: Title, body: Body, sequence: Sequence[Title | Body]) -> bool:
    """Whether a mixed-case title held back from the stack over ``body`` (its words echo
    another story's lead better) is a line of the title-case headline that heads ``body``,
    wrapped over two lines in its column ("Construction Work" / "Takes Earnings",
    "District Irrigation" / "Drings Settlers"): it stands straight over or under a title of
    the body's own stack (not one taken from afar), the body has no capitals head, and the
    two read as one headline by the test the stack's titles meet when the article is built
    (:func:`_wrapped_head_titles`: both title case, as short as a column's lines, the upper
    closing no sentence, the lower naming no story's opening and holding little noise). A
    1916 head shares a word with another story's lead as often as not; held back, the line
    was left a teaser (then unplaced text) and the headline kept half its words.

    Gate: a modern head is set in sentence case (``is_title_cased`` fails) or over a deck of
    another size; only lines that are title case, short and touching their head's line
    come back."""
    if (
        title.style != "mixed"
        or len(title.lines) != 1
        or not _plain_head_line(title.text)
        or any(t.style == "caps" for t in body.titles)
        or not _opens_in_prose(body)
    ):
        return False
    for other in body.titles:
        if other.detached or len(other.lines) != 1 or not _plain_head_line(other.text):
            continue
        if other.first == title.last + 1:
            pair = [title, other]
        elif title.first == other.last + 1:
            pair = [other, title]
        else:
            continue
        return _wrapped_head_titles(pair) == 2 and _closed_above(sequence, pair[0])
    return False


def _closed_above(sequence: Sequence[Title | Body], title: Title) -> bool:
    """Whether what stands above ``title`` in printed order is closed: nothing, a title, or a
    body whose last paragraph ends a sentence. A title-case line under prose broken off
    ("Henry Leonard had business in" / "Youngstown Friday", "Stops will be made at" /
    "Springs Solomonville Safford") is the sentence going on, not a head's first line."""
    at = next((i for i, item in enumerate(sequence) if item is title), 0)
    above = sequence[at - 1] if at else None
    if not isinstance(above, Body) or not above.paragraphs:
        return True
    last = above.paragraphs[-1][-CLOSED_ABOVE_REACH:]
    return above.last_ends_sentence() or closes(last) or _DIRT_AFTER_STOP.search(last) is not None


#: A sentence's stop with only OCR's leavings after it, no word of three letters
#: ("… bring results. ,; ;-' tf").
_DIRT_AFTER_STOP: Final = re.compile(
    r"[.!?][\"'”’)]*(?:\s+[^\sA-Za-z]*(?:[A-Za-z]{1,2}[^\sA-Za-z]*)?)+$"
)
#: How much of a paragraph's end _closed_above reads.
CLOSED_ABOVE_REACH: Final = 40


#: A line of a title-case head wrapped in its column: words of letters (an apostrophe
#: inside), the first capitalised, none a letter alone but "A"; no figure, stop, comma,
#: bracket or dash.
_PLAIN_HEAD_LINE: Final = re.compile(r"[A-Z][A-Za-z'’]*(?: [A-Za-z][A-Za-z'’]*)*")
#: Words in small letters among the first words of a story's lead that make it prose.
PROSE_LEAD_WORDS: Final = 2
_PROSE_WORD: Final = re.compile(r"\b[a-z]{2,}\b")


def _plain_head_line(text: str) -> bool:
    """Whether a title line holds only words, as a wrapped head's line does: a list's entry
    ("Stains, Mrs. Ella", "22 San Juan"), an advertisement's price or address ("Union Suits
    $1.00", "5 Winter St."), a programme's speaker ("A. E. Nelson"), a dateline or a wire
    credit ("Special Correspondence") holds a mark, a figure, a letter alone ("I Knaldson I",
    a table's row) or a wire's words."""
    text = text.strip()
    return (
        _PLAIN_HEAD_LINE.fullmatch(text) is not None
        and not any(len(word) == 1 and word != "A" for word in text.split())
        and not names_wire(text)
    )


def _opens_in_prose(body: Body) -> bool:
    """Whether a story's lead opens in running prose (PROSE_LEAD_WORDS words in small
    letters among its first twelve), not a table's rows or a list of names."""
    words = " ".join(body.lead.split()[:12])
    return len(_PROSE_WORD.findall(words)) >= PROSE_LEAD_WORDS


def _below_a_headed_story(title: Title, body: Body) -> bool:
    """Whether a capitals title stands below the whole of ``body``, which already has a
    capitals head standing above it: a head is printed over its story, so one set under a
    story that has its head is the next story's (``TEUTONS ARE THROWN BACK.`` over Briand's
    account, echoing the counter-attacks story above it that ``DESPERATE COUNTER ATTACKS.``
    heads)."""
    return (
        title.style == "caps"
        and title.first > body.last
        and any(t.style == "caps" and t.last < body.first for t in body.titles)
    )


def _heads_story_under(title: Title, body: Body, held: Sequence[tuple[Title, Body, float]]) -> bool:
    """Whether a capitals title held back from the stack over ``body`` and taken by no other
    story would be that story's headline: no title of the story, and no other title held back
    from its stack and still free, stands above it; it names no story's opening (a dateline,
    a wire credit); and the story is more than a scrap of OCR noise. 1916 heads share a word or
    two with other stories' leads ("ARE UNDER GUARD" and a jury's "guard"); an echo too weak
    to take the title away should not leave it a teaser over its own story, with the deck
    under it made the headline."""
    return (
        not any(t.first < title.first for t in body.titles)
        and not any(
            other is body and t.body is None and t.first < title.first for t, other, _ in held
        )
        and not names_story_opening(title.text)
        and not names_page(title.text)
        and (bool(body.titles) or not _is_noise(body))
    )


def _stack_above(sequence: list[Title | Body], index: int, mastheads: list[int]) -> list[Title]:
    """The titles standing directly above the body at ``index`` (at most six, top first): not
    across a masthead, not over a page's banner; a teaser printed between a story's decks and
    its body is stepped over."""
    stack: list[Title] = []
    back = index - 1
    below = sequence[index].first
    while back >= 0 and len(stack) < 6:
        title = sequence[back]
        if (
            not isinstance(title, Title)
            or _masthead_between(mastheads, title.last, below)
            or (stack and _banner_over_narrow_head(title, stack[0]))
        ):
            break
        below = title.first
        if title.is_plain():
            stack.insert(0, title)
        back -= 1
    return stack


def _deck_of_bylined_stack(stack: Sequence[Title], title: Title, body: Body) -> bool:
    """Whether a Chinese title is the deck (副题) closing a stack of three titles or more (引题,
    主题, 副题) straight over its story's byline: a modern Chinese lead's stack, whose deck
    sums up a fact of a later paragraph ("节水灌溉面积比去年增加三成" over a story whose third
    paragraph gives it) and heads no story of its own (branch zh50)."""
    return (
        len(stack) >= 3
        and title is stack[-1]
        and body.byline is not None
        and bool(body.byline_lines)
        and body.byline_lines[0] <= body.first
    )


#: A title from the stack over a body splits it only when it has at least this many features
#: (content words, or Chinese bigrams): a word or two recur in any story's later paragraphs.
FOREIGN_HEAD_FEATURES: Final = 3


def _split_at_foreign_heads(
    sequence: list[Title | Body], mastheads: list[int]
) -> list[Title | Body]:
    """Split a body that holds two stories run together where a scrambled page printed them.

    OCR of a multi-column page delivers blocks out of order: a story's title stack may stand
    over another story's text, and its own text follow that in a new block with nothing
    between, so the two read as one body. The evidence that a block inside a body opens the
    story a title above the body heads: the title (FOREIGN_HEAD_FEATURES or more features)
    echoes the body's own lead hardly at all (under HELD_TITLE_ECHO) and that block's lead
    strongly (DETACHED_TITLE_SCORE), and another title of the page (printed elsewhere, or in
    the same stack) echoes the body's lead better: each part has a head that speaks of it. The
    body is split at that block; the titles are then matched as on any page.
    """
    free = [item for item in sequence if isinstance(item, Title) and item.is_plain()]
    if len(free) < 2:
        return sequence
    result: list[Title | Body] = []
    for index, item in enumerate(sequence):
        if (
            not isinstance(item, Body)
            or not item.block_openings
            or item.credit is not None
            or item.local
        ):
            result.append(item)
            continue
        lead = item.lead
        lead_sets: dict[bool, set[str]] = {}
        cuts: set[int] = set()
        stack = _stack_above(sequence, index, mastheads)
        for title in stack:
            chinese, features = title_features(title.text)
            if sum(features.values()) < FOREIGN_HEAD_FEATURES:
                continue
            if chinese and _deck_of_bylined_stack(stack, title, item):
                continue
            if chinese not in lead_sets:
                lead_sets[chinese] = lead_features(lead, chinese)
            here = echo(features, lead_sets[chinese])
            if here >= HELD_TITLE_ECHO:
                continue
            best, cut = 0.0, -1
            for at, _ in item.block_openings:
                if at >= len(item.paragraphs):
                    continue  # (a caption taken off the end)
                score = title_score(title.text, lead_of(item.paragraphs[at:]))
                if score >= DETACHED_TITLE_SCORE and score > best:
                    best, cut = score, at
            # (asked last: most stacks find no block that echoes them)
            if cut > 0 and any(
                other is not title
                and title_score(other.text, lead) >= max(HELD_TITLE_ECHO, here + 0.01)
                for other in free
            ):
                cuts.add(cut)
        pieces = [item]
        for at in sorted(cuts, reverse=True):
            pieces.insert(1, _split_off(item, at))
        result.extend(pieces)
    return result


#: An ad run in under a story is at most this many of its last paragraphs.
TRAILING_AD_PARAGRAPHS: Final = 3
#: The story above such an ad tells at least this much: a shorter text over an ad's text is
#: the ad's own opening (its display lines), not news.
AD_STORY_MIN_CHARS: Final = 150


def _cut_trailing_ads(sequence: list[Title | Body]) -> list[Title | Body]:
    """Cut an advertisement run in under a news story off as a notice of its own.

    OCR often runs the ad set under a story (a classified ad under a local column, a shop's
    card under a wire story) into the story's last paragraphs, so the ad is read as news and
    the story's text ends in the shop's offer. The evidence of the boundary: the last one to
    TRAILING_AD_PARAGRAPHS paragraphs, from a paragraph's start that a block opens (or the
    last paragraph), read as an ad by themselves (:func:`classify.reads_as_ad_piece`: the ad's
    words, or a price, an address, a firm, a shop's word and the reader addressed, with
    nothing told as done or said), while the item is no notice as a whole and what stands
    above reads as news: at least AD_STORY_MIN_CHARS characters, with no shop's voice and no
    word to the reader (:func:`classify.lacks_shop_voice`). The paragraph right over the ad is
    no line of a price list (the same ad going on) and does not announce the next with a colon
    ("The summons follows:"). Only the foot of an item is cut; the piece is a notice. A last
    paragraph too weak in evidence for an ad's piece is cut under the same guards when it is a
    reading notice (:func:`classify.reads_as_reading_notice`: "Ashland Tidings want ads bring
    results.", "Get scale receipts … at the Tidings office").
    """
    result: list[Title | Body] = []
    for item in sequence:
        result.append(item)
        if not isinstance(item, Body) or len(item.paragraphs) < 2 or item.credit is not None:
            continue
        paragraphs = item.paragraphs
        count = len(paragraphs)
        openings = dict(item.block_openings)
        openings[count - 1] = item.tail_first
        cut = 0
        # From the last paragraph up: a tail too long or telling news is so with any more
        # paragraphs, and most items end on such a paragraph.
        for at in range(count - 1, max(1, count - TRAILING_AD_PARAGRAPHS) - 1, -1):
            tail = "\n".join(paragraphs[at:])
            if not may_be_ad_piece(tail):
                break
            if at in openings and reads_as_ad_piece(tail):
                cut = at  # (the longest such tail)
        reading = False
        if not cut and reads_as_reading_notice(paragraphs[-1]):
            cut = count - 1  # a reading notice set as the item's last paragraph
            reading = True
        if not cut:
            continue
        head = item.titles[0].text if item.titles else None
        before = "\n".join(paragraphs[:cut])
        above = paragraphs[cut - 1]
        if (
            # (a local item split off a story is news of a brief's length: a reading notice
            # under it is cut as under the story it was split from)
            (len(before) < AD_STORY_MIN_CHARS and not (reading and item.local))
            or is_price_line(above)
            or above.rstrip().endswith(":")
            or not lacks_shop_voice(before)
            or looks_like_notice(head, before)
            or (item.byline is None and looks_like_notice(head, "\n".join(paragraphs)))
        ):
            continue
        piece = _split_off(item, cut, openings[cut])
        piece.ad_piece = True
        result.append(piece)
    return result


def _split_off(body: Body, at: int, line: int | None = None) -> Body:
    """Cut the paragraphs from index ``at`` on (a block's opening, or one whose first source
    line is ``line``) off ``body`` into a body of their own, with the lines, guessed breaks,
    run-ons and jump line that go with them."""
    if line is None:
        line = next(first for index, first in body.block_openings if index == at)
    rest = Body(paragraphs=body.paragraphs[at:], first=line)
    body.paragraphs = body.paragraphs[:at]
    rest.lines = [n for n in body.lines if n >= line]
    body.lines = [n for n in body.lines if n < line]
    rest.last = body.last
    body.last = max([body.first, *body.lines])
    rest.guessed_at = [i - at for i in body.guessed_at if i > at]
    body.guessed_at = [i for i in body.guessed_at if i < at]
    rest.run_on_at = [i - at for i in body.run_on_at if i >= at]
    body.run_on_at = [i for i in body.run_on_at if i < at]
    rest.guessed_breaks, body.guessed_breaks = len(rest.guessed_at), len(body.guessed_at)
    rest.run_ons, body.run_ons = len(rest.run_on_at), len(body.run_on_at)
    rest.block_openings = [(i - at, n) for i, n in body.block_openings if i > at]
    body.block_openings = [(i, n) for i, n in body.block_openings if i < at]
    rest.continued_to, body.continued_to = body.continued_to, None
    rest.open, body.open = body.open, False
    rest.headed = True
    rest.tail_first, rest.tail_block = body.tail_first, body.tail_block
    return rest


def _banner_over_narrow_head(banner: Title, head: Title) -> bool:
    """Whether a capitals line printed across columns stands over a capitals headline wrapped in
    one narrow column ("STUMPING THE COUNTRY FOR PREPAREDNESS" over "MARTIN" / "COMING"): a
    page's banner or a picture's title, not the headline's first deck. A headline opens its
    stack; the decks under it are set as wide or wider, never narrower than a line above."""
    if banner.style != "caps" or head.style != "caps" or banner.first != banner.last:
        return False
    rows = head.last - head.first + 1
    if rows < 2:
        return False
    width = len(banner.text.strip())
    per_row = len(head.text.strip()) / rows
    return width > CAPS_WRAP_CHARS and per_row <= CAPS_TAIL_CHARS and width >= 2 * per_row


#: A crosshead is one short line of at most this many characters.
CROSSHEAD_MAX_CHARS = 40
#: A story holds crossheads only when it has run at least this long above one.
CROSSHEAD_STORY_CHARS = 400
#: ... or this long under a full stack, the crosshead set apart or its section going on with
#: the story's names (see _short_under_stack).
STACKED_STORY_CHARS = 250
#: The share of a crosshead's content words the story above must hold.
CROSSHEAD_ECHO = 0.3
#: How much of the text under a head is read to tell a crosshead's section from a new item.
SECTION_LEAD_CHARS = 300
#: The longest wire or service credit read on one line of its own between a stack and its
#: dispatch (``(Herald Special Service.)``, :func:`_credit_line`) or as a stack's paragraph
#: (``Iiy United I'res.s.``, :func:`_cut_stack_piece`).
CREDIT_LINE_CHARS: Final = 40
#: The share of that text's content words the story above must hold for the head to be a
#: crosshead whatever its own words are (a section goes on with the story's names and
#: matters; a weekly's next item starts on its own).
SECTION_ECHO = 0.25
#: ... and at least this many of them, so a short section sharing a word or two is no echo.
SECTION_SHARED_WORDS = 3
#: The share asked of a section under a full stack's story (see _stacked_section_goes_on).
STACKED_SECTION_ECHO = 0.1


def _fold_crossheads(
    sequence: list[Title | Body], mastheads: list[int] | None = None
) -> list[Title | Body]:
    """Fold each crosshead, and the text under it, back into the story it was set in.

    A long story is broken by short mixed-case heads closing on a stop ("Harding's Stand on
    League.", "City Hall Leaks."), each heading a few paragraphs of the same story; read
    alone they head a story of their own. A weekly prints its next item under a head set
    the same way ("Cold Wave Report."), so the head must also speak of the story above: at
    least CROSSHEAD_ECHO of its content words recur in the story's titles or text, or the
    text under it must go on with the story (:func:`_section_goes_on`), or open by going on
    with it (:func:`_section_opens_going_on`). Folding runs in printed order, so the story a
    crosshead joined takes the next one too; a headless further dispatch
    (:func:`_second_dispatch_of`) is folded here as it comes, so the crossheads under it are
    asked of the story with its dispatches (:func:`_fold_second_dispatches` takes the rest).
    """
    result: list[Title | Body] = []
    #: The story last checked: its length and the stems of its words, kept up as it grows
    #: (a long story with many crossheads is read once, not once for each).
    told: tuple[Body, int, set[str]] | None = None
    words = StoryWords()  # (the same, for the names and stems of all but the last paragraph)
    #: The story that last took a dated dispatch under a crosshead, how many it has taken
    #: and the day of the last (a round-up's run, see _goes_on_in_run).
    run: tuple[Body | None, int, str | None] = (None, 0, None)
    #: The story that last took a headless further dispatch (a round-up under way).
    dispatched: Body | None = None
    index = 0
    while index < len(sequence):
        item = sequence[index]
        story = result[-1] if result else None
        below = sequence[index + 1] if index + 1 < len(sequence) else None
        if isinstance(story, Body) and _republican_crosshead(story, item, below):
            assert isinstance(item, Title) and isinstance(below, Body)
            _fold_into(story, item, below, tight=True)
            told = None
            index += 2
            continue
        if (
            isinstance(item, Body)
            and isinstance(story, Body)
            and _second_dispatch_of(story, item, words)
        ):
            # A further dispatch, folded before the crossheads under it are judged: the
            # round-up they go on with is the story and its dispatches together.
            _take_dispatch(story, item)
            dispatched = story
            told = None
            index += 1
            continue
        host = _story_over_entries(result)
        if (
            host is not None
            and _chinese_crosshead(host, item, below)
            # (a box of briefs' label between, "丹霞简讯", opens the box: the title under it is
            # its first brief's head, whatever words it shares with the story above; branch zh50)
            and not _masthead_between(mastheads or [], host.last, item.first)
        ):
            assert isinstance(item, Title) and isinstance(below, Body)
            _fold_into(host, item, below)
            told = None
            index += 2
            continue
        if (
            isinstance(item, Title)
            and isinstance(below, Body)
            and isinstance(story, Body)
            and _records_section_of(story, item)
        ):
            # A section of a court's records column ("DISTRICT COURT." / … / "Marriage
            # Licenses." / "Albert Imler, age 24, …"): the column's next paragraphs.
            if len(story.titles) >= 2 and _record_section(story.titles[-1].text):
                # (its first section's head, read as the column's deck, is its first paragraph
                # as well: "DISTRICT COURT." / "Civil Actions Commenced." / "Chas. …")
                story.paragraphs.insert(0, story.titles.pop().text)
            _fold_into(story, item, below)
            told = None
            index += 2
            continue
        shape = _crosshead_shape(item, below)
        if (
            shape
            and isinstance(story, Body)
            and isinstance(item, Title)
            and (
                _may_hold_crosshead(story)
                or (
                    _unstopped_over_crosshead(story, item)
                    if shape in ("mixed", "caps")
                    else _stopped_under_specks(story)
                )
            )
        ):
            assert isinstance(item, Title) and isinstance(below, Body)
            if told is None or told[0] is not story:
                texts = [*(t.text for t in story.titles), *story.paragraphs]
                told = (story, sum(map(len, story.paragraphs)), _stems(texts))
            _, length, stems = told
            if shape in ("caps-open", "mixed-open"):
                folds = _open_crosshead_of(
                    story, item, below, (length, stems), words, shape == "mixed-open"
                )
            elif shape == "caps":
                folds = _capitals_crosshead_of(
                    story, item, below, (length, stems), words, dispatched is story
                )
            else:
                folds = _is_crosshead_of(story, item, below, (length, stems), result, words)
            if not folds and length >= CROSSHEAD_STORY_CHARS:
                folds = _section_opens_going_on(below)
            dated = _dispatch_day(below)
            if not folds and shape in ("mixed", "caps") and run[0] is story:
                folds = _goes_on_in_run(run, item, below, dated, words)
            if folds:
                _fold_into(story, item, below)
                stems |= _stems([item.text, *below.paragraphs])
                told = (story, length + len(item.text) + sum(map(len, below.paragraphs)), stems)
                if dated is not None:
                    count = run[1] if run[0] is story else 0
                    run = (story, count + 1, dated)
                index += 2
                continue
        result.append(item)
        index += 1
    return result


#: The sections of a court's or the county's records column, each under a one-line head of
#: its own, as a 1916 weekly prints them (a closed list of the convention's names, read in
#: lower case, letters and spaces only).
_RECORD_SECTIONS: Final = frozenset(
    (
        "civil actions commenced",
        "civil actions filed",
        "suits filed",
        "new suits",
        "probate",
        "probate court",
        "marriage licenses",
        "marriage license",
        "naturalization",
        "real estate transfers",
        "deeds recorded",
        "mortgages filed",
        "building permits",
        "divorces granted",
        "criminal cases",
        "police court",
        "justice court",
    )
)
#: The longest head read as a record section's (the longest name above, with room for OCR).
RECORD_SECTION_CHARS: Final = 28
#: A records column's head: a court or the county's records ("DISTRICT COURT.", "COURT HOUSE
#: NEWS", "COUNTY RECORDS"), in at most RECORDS_HEAD_WORDS words.
_RECORDS_HEAD: Final = re.compile(r"\b(?:COURT|RECORDS?)\b", re.IGNORECASE)
RECORDS_HEAD_WORDS: Final = 3


def _record_section(text: str) -> bool:
    """A head naming a section of a records column (_RECORD_SECTIONS: "Marriage Licenses.",
    "PROBATE", "Naturalization.")."""
    if len(text) > RECORD_SECTION_CHARS:
        return False
    key = " ".join("".join(ch for ch in text.lower() if ch.isalpha() or ch == " ").split())
    return key in _RECORD_SECTIONS


def _records_section_of(story: Body, title: Title) -> bool:
    """Whether ``title`` heads the next section of a court's or the county's records column
    that ``story`` is: the title names a record section (:func:`_record_section`), the story's
    first head names a court or records in a few words ("1)ISTRICT COURT."), and the story is
    set in sections already: another of its heads, or one of its paragraphs, is a record
    section (its first section read as its deck, "DISTRICT COURT." / "Civil Actions
    Commenced.", or sections folded before). A court's story told in prose ("MUNICIPAL COURT" /
    "The hearing of Arthur Anderson …") and a record section under any other story
    ("Marriage Licenses." under a wedding's, or after another section) are the paper's next
    items: a weekly prints its licenses so; measured, the wider test was wrong on two of three
    unseen changes."""
    if not _record_section(title.text):
        return False
    heads = story.titles
    if not heads:
        return False
    first = heads[0].text
    if len(first.split()) > RECORDS_HEAD_WORDS or _RECORDS_HEAD.search(first) is None:
        return False
    return any(_record_section(head.text) for head in heads[1:]) or any(
        _record_section(paragraph) for paragraph in story.paragraphs
    )


#: A round-up that has taken this many dated dispatches under crossheads prints a run of them.
ROUND_UP_RUN: Final = 2


def _dispatch_day(section: Body) -> str | None:
    """The month and the day a section's dispatch is dated (classify.dispatch_day), read from
    its dateline or its text's opening, or ``None``."""
    return dispatch_day(section.dateline or (section.paragraphs[0] if section.paragraphs else ""))


def _goes_on_in_run(
    run: tuple[Body | None, int, str | None],
    title: Title,
    section: Body,
    dated: str | None,
    words: StoryWords,
) -> bool:
    """Whether a crosshead closing on a stop over a dated dispatch goes on with a round-up
    that has already taken ROUND_UP_RUN dispatches so, each under its crosshead (the Verdun
    round-up's ``Predict Fall of Verdun.`` / ``Berlin, Feb. 28 …``, ``Bodies Washed Up.`` /
    ``London, Feb. 28.…``): its next crosshead over a dispatch of the same day is one more of
    the run when it names, in its dateline or its first SECTION_LEAD_CHARS characters, anyone
    or any place the round-up names (``151 Killed Ship is Sunk.`` / ``London, Feb. 28.…``:
    London), though it tells of another matter, as the paper printed the day's war news under
    one head. Not a dispatch naming none of them (``No Brandeis Hearing Today.`` /
    ``Washington, Feb. 18.`` under a mutiny's round-up), one dated another day, one with a
    byline or a deck of its own, or one longer than ROUND_UP_SECTION_CHARS (a story of its
    own under a one-line head may run a column)."""
    if not (
        run[1] >= ROUND_UP_RUN
        and dated is not None
        and dated == run[2]
        and section.titles == [title]
        and section.byline is None
        and sum(map(len, section.paragraphs)) <= ROUND_UP_SECTION_CHARS
    ):
        return False
    story = run[0]
    assert story is not None
    named = _names([section.dateline or "", *section.paragraphs], SECTION_LEAD_CHARS)
    return bool(words.names_met(story, named, titles=True))


#: A modern Chinese crosshead (小標題) is one short phrase of at most this many characters.
CJK_CROSSHEAD_CHARS: Final = 12
#: At most this many teasers or contents-box entries read between a story and its crosshead.
CJK_CROSSHEAD_ENTRIES: Final = 4
#: The share of a Chinese crosshead's character pairs the story above must hold ...
CJK_CROSSHEAD_ECHO: Final = 0.1
#: ... and the share of the pairs of its section's first CJK_SECTION_LEAD characters.
CJK_SECTION_ECHO: Final = 0.08
CJK_SECTION_LEAD: Final = 150
#: Marks a crosshead never holds (a news head's colon, a clause's comma, a stop).
_CJK_HEAD_MARKS = re.compile(r"[\s：:，,。！？!?、；;]")


def _story_over_entries(result: Sequence[Title | Body]) -> Body | None:
    """The story last read, passing over at most CJK_CROSSHEAD_ENTRIES teasers or contents-box
    entries read after it (Tesseract reads a box set inside a story's columns between them),
    or ``None``."""
    for back in range(1, CJK_CROSSHEAD_ENTRIES + 2):
        if back > len(result):
            return None
        item = result[-back]
        if isinstance(item, Body):
            return item
        if item.is_plain():
            return None
    return None


def _chinese_crosshead(story: Body, item: Title | Body, section: Title | Body | None) -> bool:
    """Whether a Chinese title heads a further section of the story above (a crosshead, 小標題)
    rather than an item of its own. A modern Chinese daily breaks a long lead under its full
    stack or its reporters' line with short crossheads (``险资偏好高股息资产``, ``招標設最低門檻``);
    set alone, each looks like a brief's head. The crosshead is one short phrase (at most
    CJK_CROSSHEAD_CHARS, no space or mark: a news head's two clauses stand apart, a colon
    names a speaker), the section under it opens on no byline or dateline of its own (a new
    item has its 本報訊 or agency line), the story stands under a stack of two titles or under
    its byline, and the crosshead names the section's matter in the story's words: at least
    CJK_CROSSHEAD_ECHO of its character pairs are the story's, and the section goes on with the
    story (CJK_SECTION_ECHO of its lead's pairs). A brief after a story shares neither. A
    crosshead is set under the story's text: a title whose line comes before the story's last
    (a column a PDF's text layer set beside it, read after it by glued.layout_columns: a box's
    head beside a sports story, ``東岸體育報誠徵運動記者``; branch zh50) heads none of it."""
    if not (
        isinstance(item, Title)
        and isinstance(section, Body)
        and item.style == "cjk"
        and item.is_plain()
        and section.titles == [item]
        and section.paragraphs
        and section.byline is None
        and section.dateline is None
        and story.paragraphs
        and story.titles
        and not story.is_caption
        and (story.byline is not None or len(story.titles) >= 2)
        and item.first > story.last
    ):
        return False
    head = item.text.strip()
    if len(head) > CJK_CROSSHEAD_CHARS or _CJK_HEAD_MARKS.search(head):
        return False
    told = "".join([*(title.text for title in story.titles), *story.paragraphs])
    if title_score(head, told) < CJK_CROSSHEAD_ECHO:
        return False
    lead = lead_features(section.paragraphs[0][:CJK_SECTION_LEAD], True)
    shared = len(lead & lead_features(told, True))
    return bool(lead) and shared >= CJK_SECTION_ECHO * len(lead)


#: The characters a line of a Republican-era small crosshead holds at most ("鄂南" / "捷報").
CROSSHEAD_LINE_CHARACTERS: Final = 2


def _republican_crosshead(story: Body, item: Title | Body, below: Title | Body | None) -> bool:
    """Whether a Chinese title between two runs of 、-stopped text (reflow.dun_stopped: the
    story above and the section under it) is a small crosshead of the story, set two
    characters a line over two lines or more ("鄂南" / "捷報", "擴充" / "航業"): it and its
    section are paragraphs of the story, as the annotators of the era's pages read them
    (a further dispatch keeps its dateline at its paragraph's head). A headline is set wider
    than that. Gate: both texts are 、-stopped, which modern Chinese never is."""
    if not isinstance(item, Title) or not isinstance(below, Body) or item.style != "cjk":
        return False
    rows = item.last - item.first + 1
    characters = len(letters_only(item.text))
    if rows < 2 or characters > CROSSHEAD_LINE_CHARACTERS * rows or story.is_caption:
        return False
    if not story.paragraphs or not below.paragraphs or story.first > item.first:
        return False
    if any(title is not item for title in below.titles):
        return False
    return dun_stopped(story.lead) and dun_stopped(below.lead)


def _crosshead_shape(item: Title | Body, below: Title | Body | None) -> str | None:
    """``"mixed"`` for a title shaped like a crosshead (:func:`_heads_like_crosshead`),
    ``"caps"`` for one shaped like a round-up's capitals crosshead
    (:func:`_heads_like_capitals_crosshead`), else ``None``. (The title's style picks the one
    test that can hold: each needs its own.)"""
    if not isinstance(item, Title) or not isinstance(below, Body):
        return None
    if item.style == "mixed":
        if _heads_like_crosshead(item, below):
            return "mixed"
        return "mixed-open" if _title_cased_open_crosshead(item, below) else None
    if item.style == "caps":
        if _heads_like_crosshead(item, below, "caps"):
            return "caps"
        return "caps-open" if _heads_like_crosshead(item, below, "caps", stop=False) else None
    return None


def _capitals_crosshead_of(
    story: Body,
    title: Title,
    section: Body,
    told: tuple[int, set[str]],
    words: StoryWords,
    dispatched: bool = False,
) -> bool:
    """Whether a capitals crosshead-shaped head and its section go on with the story above:
    a round-up's further dispatch (:func:`_round_up_section_goes_on`, a section of at most
    ROUND_UP_SECTION_CHARS), or a big daily's crosshead over a section of any length
    (:func:`_daily_section_goes_on`). ``dispatched``: the story has taken a further dispatch
    of its own."""
    length = told[0]
    if _heads_like_capitals_crosshead(title, section) and _round_up_section_goes_on(
        story, title, section, length, words, dispatched
    ):
        return True
    return _daily_section_goes_on(story, title, section, told, words)


#: A story of at least this many characters is a long story's, not a weekly's short item,
#: whatever its head (see _daily_section_goes_on).
LONG_STORY_CHARS: Final = 1500


#: A big daily's capitals crosshead tells of the section in a phrase of at least this many
#: words (``PARIS FAILS TO CONFIRM NEWS.``); a shorter capitals head closing on a stop is a
#: place's, a name's or a signature's (``VERGENNES.``, ``KEMP BROS.``, ``MARK FOOTE.``).
DAILY_CROSSHEAD_WORDS: Final = 3


def _daily_section_goes_on(
    story: Body,
    title: Title,
    section: Body,
    told: tuple[int, set[str]],
    words: StoryWords,
    least_words: int = DAILY_CROSSHEAD_WORDS,
    long_ok: bool = False,
) -> bool:
    """Whether a capitals head closing on a stop is a crosshead of a big daily's news story
    (``… the Germans' mighty smash.`` / ``PARIS FAILS TO CONFIRM NEWS.`` / ``The Berlin report
    thus far lacks confirmation from Paris …``): the story above is a daily's
    (:func:`_daily_story`: a dispatch, or under a stack) and runs CROSSHEAD_STORY_CHARS; the
    section under the head has no dateline of its own, goes on with the story's words
    (:func:`_section_goes_on`, SECTION_ECHO) and names DISPATCH_NAMES of the people and places
    the story names in its first SECTION_LEAD_CHARS characters. A weekly's next item under
    such a head (``MRS. BAUGHMAN ENTERTAINS.``, ``LANDS RESTORED.``) shares common words but
    names its own people; a head of fewer than ``least_words`` words (DAILY_CROSSHEAD_WORDS:
    a correspondent's town, ``VERGENNES.``, or a signature), a notice's, a place's or a name
    with an initial, and a section opening on its own deck or a short line, are a story's of
    their own (as for a round-up's head)."""
    length, stems = told
    head = title.text.strip()
    if (
        not section.paragraphs
        or length < CROSSHEAD_STORY_CHARS
        or len(head.split()) < least_words
        or not (_daily_story(story) or (long_ok and length >= LONG_STORY_CHARS))
        or opens_notice(head)
        or ("," in head and names_a_place(head))
        or any(_INITIAL.fullmatch(word) for word in head.split())
        or len(section.paragraphs[0]) < ROUND_UP_LEAD_CHARS
        or opens_title_cased(section.paragraphs[0])
    ):
        return False
    if not _section_goes_on(story, section, stems):
        return False
    shared = words.names_met(story, _names(section.paragraphs, SECTION_LEAD_CHARS))
    return len(shared) >= DISPATCH_NAMES


#: The share of the content words of the section under a capitals crosshead set without a
#: stop that the story above must hold (see _open_crosshead_of): above SECTION_ECHO.
OPEN_CROSSHEAD_ECHO: Final = 0.3


def _open_crosshead_of(
    story: Body,
    title: Title,
    section: Body,
    told: tuple[int, set[str]],
    words: StoryWords,
    title_cased: bool = False,
) -> bool:
    """Whether a one-line head set without a stop is a crosshead of the daily's news story
    above it (``… the severest blow that could be struck.`` / ``MAY TEND TO SHAKE
    CONFIDENCE`` / ``It is feared, therefore, that the retirement of Secretary Garrison …``):
    many dailies set their crossheads with no stop, in capitals as their story heads are set
    or in title case (``title_cased``: ``Erect Catafalque Platform``,
    :func:`_title_cased_open_crosshead`), so the head's shape says little and the section
    must go on with the story. The tests of a big daily's capitals crosshead hold
    (:func:`_daily_section_goes_on`: a daily's story of CROSSHEAD_STORY_CHARS, the section
    naming DISPATCH_NAMES of its people and places; a capitals head of DAILY_CROSSHEAD_WORDS,
    a title-cased one of OPEN_TITLE_CASED_WORDS, ``Calms Down``), and
    more: the story has a head of its own (a headless story above may be a piece of another
    column, ``WAR DOINGS OF A DAY`` under a dispatch), the section shares OPEN_CROSSHEAD_ECHO
    of its content words with it (a weekly's next local item, ``MORE ADVERTISING FOR CITY``
    under a court story, names the paper's town as the story does and shares a quarter of
    common words), and it opens on no month abbreviated with its stop (a later bulletin whose
    dateline OCR garbled, ``Washington, Feb. . Unofficial announcement …``)."""
    if (
        not story.titles
        or not section.paragraphs
        or opens_on_month(section.paragraphs[0])
        or not _lead_shares(section.paragraphs, told[1], OPEN_CROSSHEAD_ECHO)
    ):
        return False
    least = OPEN_TITLE_CASED_WORDS if title_cased else DAILY_CROSSHEAD_WORDS
    return _daily_section_goes_on(story, title, section, told, words, least, long_ok=True)


#: A title-cased crosshead set without a stop tells of its section in this many words or more
#: (``Bowman Arrested``); a capitals one in DAILY_CROSSHEAD_WORDS (``VERGENNES`` is a town's).
OPEN_TITLE_CASED_WORDS: Final = 2


#: A round-up's section under a capitals crosshead is one dispatch: at most this long (a
#: story of its own under a one-line head may run a column).
ROUND_UP_SECTION_CHARS = 800


def _heads_like_capitals_crosshead(title: Title, body: Body) -> bool:
    """A title shaped like a wire round-up's crosshead: the crosshead's shape
    (:func:`_heads_like_crosshead`) in capitals (``GERMANS FAIL TO TAKE HILL.``, ``CLAIM
    CAPTURE OF FARM.``), over a section of at most ROUND_UP_SECTION_CHARS."""
    return (
        _heads_like_crosshead(title, body, "caps")
        and sum(map(len, body.paragraphs)) <= ROUND_UP_SECTION_CHARS
    )


def _round_up_section_goes_on(
    story: Body,
    title: Title,
    section: Body,
    length: int,
    words: StoryWords,
    dispatched: bool = False,
) -> bool:
    """Whether the section under a capitals crosshead is a further dispatch of the long story
    above (a war round-up: ``… Verdun …`` / ``CLAIMS SUCCESS IN CHAMPAGNE.`` / ``Paris, Feb.
    28.—German troops …``): the story has a head and runs CROSSHEAD_STORY_CHARS, and the
    section, with or without a dateline of its own, names DISPATCH_NAMES of the people and
    places the story names and shares DISPATCH_ECHO of its words with it
    (:func:`_goes_on_as_dispatch`). A weekly's next item under such a head (``GRIM
    REAPER.``, ``HOUSE SALE.``) names its own people.

    Not a head that is a notice's (``NOTICE OF SALE.``), a place's (a correspondent's column,
    ``OSKALOOSA, IOWA.``) or a signature with an initial (``HARRY W. FEE. P. M.``); not a
    section opening on a short paragraph (under ROUND_UP_LEAD_CHARS: its own deck or a wire
    credit read as text, ``International News Service:``); and a section with a dateline of
    its own is a round-up's further dispatch only under a story that is a dispatch too (a
    local story's next item may carry a dateline: ``New Haven, Feb. 26 The machinists …``),
    or one that has taken a headless further dispatch (``dispatched``: a round-up opening
    under its stack with no dateline goes on ``Berlin, Feb. 28.—…`` / ``CLAIMS SUCCESS IN
    CHAMPAGNE.`` / ``Paris, Feb. 28.—…``)."""
    head = title.text.strip()
    if (
        opens_notice(head)
        or ("," in head and names_a_place(head))
        or any(_INITIAL.fullmatch(word) for word in head.split())
        or len(section.paragraphs[0]) < ROUND_UP_LEAD_CHARS
        or opens_title_cased(section.paragraphs[0])
        or not _daily_story(story)
    ):
        return False
    if _opens_dispatch(section) and not (dispatched or _opens_dispatch(story)):
        return False
    return length >= STACKED_STORY_CHARS and _goes_on_as_dispatch(story, section, words)


def _daily_story(story: Body) -> bool:
    """Whether a story reads as a daily's news story, not a weekly's local item: it opens on a
    dateline (or a month and a day), or stands under a stack (a head of two lines or more, or
    a head and a deck). A weekly's items and an editorial's paragraphs stand under one-line
    heads (``INTO HEAVENLY REST.``, ``BOXVILLE FARMERS' CLUB``)."""
    return _opens_dispatch(story) or sum(len(title.lines) for title in story.titles) >= 2


def _opens_dispatch(body: Body) -> bool:
    """Whether a body opens as a dispatch: on a dateline, or on a month and a day."""
    return body.dateline is not None or (
        bool(body.paragraphs) and opens_on_month_day(body.paragraphs[0])
    )


#: A section's first paragraph shorter than this is its own deck or a wire credit.
ROUND_UP_LEAD_CHARS = 60


def _is_crosshead_of(
    story: Body,
    title: Title,
    section: Body,
    told: tuple[int, set[str]],
    before: Sequence[Title | Body],
    words: StoryWords,
) -> bool:
    """Whether a crosshead-shaped title and the section under it go on with the story above
    (``told``: the story's length and the stems of its words; ``before``: the sequence up to
    the story). A story of CROSSHEAD_STORY_CHARS (or a shorter one under a full stack, the
    crosshead set apart or its section going on as a dispatch: :func:`_short_under_stack`)
    holds it when the title's own words echo the story (CROSSHEAD_ECHO) or the section goes on
    with it; a daily's dispatch under a full stack when the section shares its names
    (:func:`_stacked_section_goes_on`), or, however short it is, when the title or the
    section echoes the story with its stack (:func:`_dispatch_stack`)."""
    length, stems = told
    if (
        length >= CROSSHEAD_STORY_CHARS or _short_under_stack(story, title, section, length, words)
    ) and _echoes_story(title, section, story, stems):
        return True
    if _stacked_section_goes_on(story, section, stems, length, words):
        return True
    stack = _dispatch_stack(story, before) if length < CROSSHEAD_STORY_CHARS else []
    return bool(stack) and _echoes_story(
        title, section, story, stems | _stems([head.text for head in stack])
    )


def _echoes_story(title: Title, section: Body, story: Body, stems: set[str]) -> bool:
    """Whether a crosshead's own words echo the story (CROSSHEAD_ECHO of them), or the section
    under it goes on with the story (:func:`_section_goes_on`)."""
    return echo(title_stems(title.text), stems) >= CROSSHEAD_ECHO or _section_goes_on(
        story, section, stems
    )


def _short_under_stack(
    story: Body, title: Title, section: Body, length: int, words: StoryWords
) -> bool:
    """Whether a story shorter than CROSSHEAD_STORY_CHARS may still hold the crosshead under
    it: the story stands under a full stack (a capitals headline and a deck), so it is a
    daily's news story, not a weekly's short item, and the crosshead is set apart by a blank
    line, as Tesseract sets each piece of a column (``VENELOS DEFEAT`` / ``Premier, However,
    Declares …`` / 364 characters / ``Venizelos Sees Victory.``), or the section under it goes
    on with the story's people and places (:func:`_goes_on_as_dispatch`: a local story's
    crosshead on a single-spaced page, ``MAYOR-ELECT IS GUEST …`` / three decks / 273
    characters / ``Asks Co-operation.`` over ``Mayor-elect Vandersluis … Bemidji …``). It
    runs at least STACKED_STORY_CHARS; the crosshead's echo and section tests still decide."""
    return (
        length >= STACKED_STORY_CHARS
        and _under_full_stack(story)
        and (title.apart or _goes_on_as_dispatch(story, section, words))
    )


def _dispatch_stack(story: Body, before: Sequence[Title | Body]) -> list[Title]:
    """The full stack a daily's dispatch of any length stands under, or ``[]``: a capitals
    headline and a deck straight over the story, taken by it or still held back from it (or
    over a one-line credit set above it), the story opening on a dateline (or a month and a
    day). Its crossheads head further
    paragraphs of the dispatch however short its first section is (``KPKTWORSI`` / ``TOP
    THE`` / ``A. TODAY`` / three decks / ``(Herald Special Service.)`` / ``Fargo, N. D„ Feb.
    28.—`` and 180 characters / ``Worst Addresses Students.``); a weekly's short item stands
    under a one-line head, not such a stack. ``before`` is the sequence up to the story."""
    if not story.paragraphs or not _opens_dispatch(story):
        return []
    if _under_full_stack(story):
        return story.titles
    index = len(before) - 2
    above = before[index] if index >= 0 else None
    if isinstance(above, Body) and _credit_line(above):
        if _under_full_stack(above):
            return above.titles
        index -= 1
    stack: list[Title] = []
    while index >= 0:
        title = before[index]
        if not isinstance(title, Title):
            break
        stack.append(title)
        index -= 1
    return stack if len(stack) >= 2 and stack[-1].style == "caps" else []


def _credit_line(body: Body) -> bool:
    """A one-line paragraph of a wire credit or a special service's line read as a body of
    its own between a stack and its dispatch (``(Herald Special Service.)``)."""
    return (
        len(body.paragraphs) == 1
        and len(body.paragraphs[0]) <= CREDIT_LINE_CHARS
        and body.paragraphs[0].startswith("(")
    )


def _under_full_stack(story: Body) -> bool:
    """Whether a story stands under a full stack, a capitals headline and a deck: a daily's
    news story, not a weekly's short item."""
    return len(story.titles) >= 2 and story.titles[0].style == "caps"


def _stacked_section_goes_on(
    story: Body, section: Body, stems: set[str], length: int, words: StoryWords
) -> bool:
    """Whether a crosshead-shaped head is a crosshead of a daily's news story under a full
    stack (a capitals headline and a deck): there the section under it need share only
    STACKED_SECTION_ECHO of its content words with the story (``AMERICA … TO KEEP OUT OF
    WAR`` / ``Country Cannot Sacrifice …`` / ``Spoke With Gravity.``). A weekly's items stand
    under one-line heads, not under such a stack, and a section sharing fewer than
    SECTION_SHARED_WORDS words still starts an item of its own. The story runs at least
    STACKED_STORY_CHARS."""
    return (
        length >= (STACKED_STORY_CHARS if _under_full_stack(story) else CROSSHEAD_STORY_CHARS)
        and bool(story.paragraphs)
        and _opens_dispatch(story)
        and not (section.paragraphs and opens_on_month(section.paragraphs[0]))
        and _section_goes_on(story, section, stems, STACKED_SECTION_ECHO)
        and bool(words.names_met(story, _names(section.paragraphs, SECTION_LEAD_CHARS)))
    )


class StoryWords:
    """The names (:func:`_names`) and stems (:func:`_stems`) of a story's paragraphs but its
    last, kept up as a fold loop appends paragraphs to the story, so that a story asked again
    for each of its crossheads or dispatches is read once, not once for each (a long round-up
    with hundreds of further dispatches took time growing with the square of its length).
    Both sets are unions over the paragraphs (a word never spans two), so the last paragraph
    and the titles, which may change between two asks, are read at each ask. Begun again when
    another story is asked, or when the story's paragraphs no longer begin as they did (its
    first paragraph dropped as a deck's tail)."""

    __slots__ = ("_count", "_first", "_names", "_stems", "_story")

    def __init__(self) -> None:
        self._story: Body | None = None
        self._first: str | None = None
        self._count = 0
        self._names: set[str] = set()
        self._stems: set[str] = set()

    def _catch_up(self, story: Body) -> None:
        paragraphs = story.paragraphs
        upto = len(paragraphs) - 1
        if (
            self._story is not story
            or upto < self._count
            or (upto >= 0 and paragraphs[0] is not self._first)
        ):
            self._story = story
            self._first = paragraphs[0] if paragraphs else None
            self._count = 0
            self._names = set()
            self._stems = set()
        for index in range(self._count, upto):
            self._names |= _names([paragraphs[index]])
            self._stems |= lead_features(paragraphs[index], False)
        self._count = max(self._count, upto)

    def names_met(
        self, story: Body, probe: set[str], *, last: bool = True, titles: bool = False
    ) -> set[str]:
        """``probe`` & ``_names(texts)``, texts the story's paragraphs (with its last when
        ``last``), after its titles' texts when ``titles``."""
        self._catch_up(story)
        met = probe & self._names
        if last and story.paragraphs:
            met |= probe & _names(story.paragraphs[-1:])
        if titles:
            met |= probe & _names([t.text for t in story.titles])
        return met

    def stems_met(
        self, story: Body, probe: set[str], *, last: bool = True, titles: bool = False
    ) -> set[str]:
        """``probe`` & ``_stems(texts)``, texts as for :meth:`names_met`."""
        self._catch_up(story)
        met = probe & self._stems
        if last and story.paragraphs:
            met |= probe & lead_features(story.paragraphs[-1], False)
        if titles:
            met |= probe & _stems([t.text for t in story.titles])
        return met


def _names(paragraphs: Sequence[str], chars: int | None = None) -> set[str]:
    """The stems of the capitalised words of a text (its first ``chars`` characters), the
    words that name no one (_NO_NAMES) and stop words aside: the people and places it names."""
    text = " ".join(paragraphs)[:chars]
    found = (word for word in _CAPITALISED.findall(text) if word not in _NO_NAMES)
    return lead_features(" ".join(found), False)


def _stems(texts: Sequence[str]) -> set[str]:
    features: set[str] = set()
    for text in texts:
        features |= lead_features(text, False)
    return features


def _section_goes_on(
    story: Body, section: Body, stems: set[str], share: float = SECTION_ECHO
) -> bool:
    """Whether the text under a crosshead-shaped head goes on with the story above it.

    A daily's crossheads often name what the section tells in words the story has not used
    ("Did But Slight Damage." over "The bomb placed at his door …"), but the section itself
    goes on with the story's names and matters: at least SECTION_ECHO of the content words
    of its first SECTION_LEAD_CHARS characters, and SECTION_SHARED_WORDS of them, are the
    story's. A weekly's next item ("Cold Wave Report.") starts on matters of its own. A
    section opening on a dateline (or a month and a day) is a dispatch of its own, left to
    the head's own words.
    """
    if section.dateline is not None or not section.paragraphs:
        return False
    if opens_on_month_day(section.paragraphs[0]) or ends_title_cased(story.paragraphs[-1]):
        # A dispatch of its own whose dateline OCR garbled ("Ct.ickaslta, Okla.. Feb. 11."),
        # or a story whose last paragraph closes on another story's head and decks read into
        # it ("… Good Band Now Assured.") - the words shared are that head's.
        return False
    return _lead_shares(section.paragraphs, stems, share)


#: The first characters of a section read for the words that go on with the story above.
GOING_ON_LEAD_CHARS: Final = 200
#: A section opening on a word that links it to what was told before (``Turning to the
#: present status of the Lusitania case, …``, ``"Consequently T. F. Trusler went on the rolls
#: …``), or a quotation on ``But`` (``"But there are rumors …``, a speaker going on): a story
#: of its own opens on none of them. (Not a bare ``But`` or ``And``: an ad plays on the head
#: above it, ``LITTLE BOY OUT OF DANGER.`` / ``But you are in danger of …``, and a sermon's
#: text or a verse opens on ``And``.)
_GOES_ON_OPENING: Final = re.compile(
    r"^(?:[\"'“‘]*\s*(?:Consequently|Meanwhile|Moreover|Furthermore|Nevertheless|However"
    r"|Besides|Therefore|Accordingly|Hence|Turning\s+to|In\s+addition)|[\"“]+\s*But)\b"
)
#: A quotation going on: its speaker named after it with a verb that says the speech goes on
#: (``"Spying at the front is …," Mr. Trusler continued.``, ``…," con tinued Mr. Schell``:
#: OCR splits the word at a line's end).
_QUOTE_GOES_ON: Final = re.compile(
    r"[,!?.][\"'”’]+\s+(?:[\w.]+\s+){0,3}?"
    r"(?:con\s?tinue[ds]|went\s+on|goes\s+on|add(?:s|ed)|concluded|resumed)\b"
)


#: The marks a quotation opens on, as OCR reads them.
_OPENING_QUOTES: Final = frozenset("\"'“‘")


def _section_opens_going_on(section: Body) -> bool:
    """Whether the section under a crosshead-shaped head opens by going on with the story
    above, whatever words it shares with it: on a word that links it to what was told
    (_GOES_ON_OPENING), or on a quotation whose speaker goes on speaking (_QUOTE_GOES_ON) —
    a crosshead set inside an interview or a speech. A story of its own opens on its own
    matter; a dispatch (a section with a dateline) is left to the other tests."""
    if section.dateline is not None or not section.paragraphs:
        return False
    lead = section.paragraphs[0][:GOING_ON_LEAD_CHARS]
    if _GOES_ON_OPENING.match(lead):
        return True
    return lead[:1] in _OPENING_QUOTES and _QUOTE_GOES_ON.search(lead) is not None


def _lead_shares(paragraphs: Sequence[str], stems: set[str], share: float) -> bool:
    """Whether the content words of a text's first SECTION_LEAD_CHARS characters are the
    story's (``stems``): at least ``share`` of them, and SECTION_SHARED_WORDS."""
    lead = _lead(paragraphs)
    return _enough_shared(len(lead & stems), lead, share)


def _lead(paragraphs: Sequence[str]) -> set[str]:
    """The stems of the content words of a text's first SECTION_LEAD_CHARS characters."""
    return lead_features(" ".join(paragraphs)[:SECTION_LEAD_CHARS], False)


def _enough_shared(shared: int, lead: set[str], share: float) -> bool:
    """Whether ``shared`` of a lead's stems are ``share`` of them and SECTION_SHARED_WORDS."""
    return shared >= SECTION_SHARED_WORDS and shared >= share * len(lead)


def _heads_like_crosshead(
    title: Title, body: Body, style: str = "mixed", *, stop: bool = True
) -> bool:
    """A title shaped like a crosshead, heading the body under it and nothing else: one short
    line in ``style`` (mixed case; capitals for a round-up's) closing on a full stop (on no
    stop when ``stop`` is false: a daily's capitals crosshead set without one, ``SANK
    FREIGHTER``); the body has no byline or credit of its own."""
    text = title.text.strip()
    return (
        title.body is body
        and body.titles == [title]
        and not title.detached
        and title.style == style
        and len(title.lines) == 1
        and len(text) <= CROSSHEAD_MAX_CHARS
        and (text.endswith(".") if stop else text[-1:].isalpha())
        and body.byline is None
        and body.credit is None
    )


def _title_cased_open_crosshead(title: Title, body: Body) -> bool:
    """A mixed-case title shaped like a crosshead set without a stop (``Shoots at Horn
    First``, ``Carranza's Power Waning``): the crosshead's shape but the stop
    (:func:`_heads_like_crosshead`), every content word capitalised
    (:func:`classify.is_title_cased`), no comma and no word a sentence runs on from
    (:func:`classify.leaves_sentence_open`), opening on a capital: a sentence's line read as
    a title (``Deputy Medical Examiner Cook, who``, ``at Cape Race from the Takata``) is
    none."""
    text = title.text.strip()
    return (
        _heads_like_crosshead(title, body, stop=False)
        and text[:1].isupper()
        and "," not in text
        and is_title_cased(text)
        and not leaves_sentence_open(text)
    )


def _may_hold_crosshead(story: Body) -> bool:
    """A story that goes on under a crosshead: not a caption, not closed by a jump line or
    a credit, its last paragraph ending a sentence (or on a colon, or on a stop with a speck
    OCR read after it: "… M. Venizelos. E")."""
    return (
        not story.is_caption
        and not story.took_item_lines
        and story.continued_to is None
        and story.credit is None
        and bool(story.paragraphs)
        and (story.last_ends_sentence() or _ends_on_colon(story) or _ends_on_speck(story))
    )


#: A story's last paragraph ending on a word of at least this many letters may have lost its
#: stop to OCR (``… in a mad rush`` / ``Predict Fall of Verdun.``): a shorter word is more often
#: a word cut at the column's foot (``… the Ger``).
UNSTOPPED_WORD_LETTERS: Final = 3


def _unstopped_over_crosshead(story: Body, title: Title) -> bool:
    """Whether a headed story whose last paragraph ends on no stop may still hold the
    crosshead-shaped title under it: OCR lost the stop at the paragraph's end (``… the Ger``
    / ``mans left their trenches in a mad`` / ``rush`` / ``Predict Fall of Verdun.`` /
    ``Berlin, Feb. 28 Military …``), so the story's further sections were each read as a
    story of their own, and the round-up broke at its first unstopped paragraph. The
    paragraph ends (a speck of OCR after it aside, :func:`_is_speck`: ``… munitions of war "
    1``, ``… international law. a``) on a stop, or on a word in small letters of
    UNSTOPPED_WORD_LETTERS or more, no word a sentence runs on from
    (:func:`classify.leaves_sentence_open`: ``… issued to Mr. Jacob Friesen and`` / ``Miss
    Catherina Reimer on January 28.`` is the sentence's next line, not a head); the story
    has a head of its own, is no caption, ad piece or item run, and no jump line or credit
    closes it. The fold tests (the crosshead's echo, the section going on) still decide.
    Gate: a modern page's paragraphs end on their stops, and its crossheads close on none, so
    a crosshead closing on a stop under an unstopped paragraph is an old page's."""
    if (
        not story.titles
        or story.is_caption
        or story.took_item_lines
        or story.ad_piece
        or story.continued_to is not None
        or story.credit is not None
        or not story.paragraphs
        or story.run_on is not None
        or title.first <= story.first
    ):
        return False
    last = without_edge_marks(story.paragraphs[-1]).rstrip()
    last, stopped = _without_end_specks(last)
    if stopped:
        return True
    word = last.rsplit(None, 1)[-1] if last else ""
    return (
        len(word) >= UNSTOPPED_WORD_LETTERS
        and word.isalpha()
        and word.islower()
        and not leaves_sentence_open(last)
    )


#: The specks of OCR read off a paragraph's end at most (``… war " 1``).
SPECKS_AT_END: Final = 2


def _without_end_specks(last: str) -> tuple[str, bool]:
    """A paragraph's text without the specks of OCR after its last word or stop (``… munitions
    of war " 1``, ``… under international law. a``, at most SPECKS_AT_END), and whether it
    ends a sentence once a speck is read off."""
    for _ in range(SPECKS_AT_END):
        words = last.rsplit(None, 1)
        if len(words) < 2 or not _is_speck(words[1]):
            break
        last = words[0].rstrip()
        if ends_sentence(last):
            return last, True
    return last, False


def _stopped_under_specks(story: Body) -> bool:
    """Whether a headed story's last (closed) paragraph ends a sentence once the specks of OCR
    after its stop are read off (``… to run at large. (``): it may hold a crosshead set
    without a stop, as one ending on the stop may (:func:`_may_hold_crosshead`)."""
    if (
        not story.titles
        or story.is_caption
        or story.took_item_lines
        or story.continued_to is not None
        or story.credit is not None
        or not story.paragraphs
        or story.run_on is not None
    ):
        return False
    return _without_end_specks(without_edge_marks(story.paragraphs[-1]).rstrip())[1]


#: A speck's most characters (marks and spaces included) and letters or digits.
STACK_SPECK_CHARS: Final = 3
STACK_SPECK_ALNUM: Final = 1


def _speck_inside_stack(
    sequence: Sequence[Title | Body], unit: Unit, units: Sequence[Unit], position: int
) -> bool:
    """Whether a paragraph ``unit`` is a speck of OCR set between a head stack's capitals line
    and the stack's next title: one line of at most STACK_SPECK_CHARS characters holding at
    most STACK_SPECK_ALNUM letter or digit ("I", "i", "M:", "\\V", "-'?"; not "In", "By",
    "30"), straight under a capitals title that names a head (:func:`_names_a_head`: no
    scrap, no row of OCR's garble) and over a mixed-case title (the stack's deck) of the same
    block that closes on no cry ("Window Glass Manufacturers!": an ad's line or a head of its
    own). (Over a capitals title, it was as often another stack's head the speck stood
    between.) :func:`_stacks_over_decks` folds such a head's brief into its story after the
    loop only when the story's titles are all mixed case; read here, the stack stays whole
    over a pyramid's capitals crossline too (branch histh48)."""
    if len(unit.lines) != 1 or not sequence or not _speck_line(unit.lines[0].text):
        return False
    above = sequence[-1]
    if not isinstance(above, Title) or above.style != "caps" or not _names_a_head(above.text):
        return False
    below = units[position + 1] if position + 1 < len(units) else None
    return (
        below is not None
        and below.kind == "title"
        and below.style == "mixed"
        and below.block == unit.block
        # (a cry closes an ad's line or a head of its own, no deck: "Window Glass
        # Manufacturers!", _PRICE_OR_CRY)
        and not below.lines[-1].text.rstrip().endswith("!")
    )


def _speck_line(text: str) -> bool:
    """A line that is a speck of OCR's: at most STACK_SPECK_CHARS characters holding at most
    STACK_SPECK_ALNUM letter or digit ("I", "M:", "I -"; not "In", "By", "30")."""
    stripped = text.strip()
    return (
        bool(stripped)
        and len(stripped) <= STACK_SPECK_CHARS
        and sum(char.isalnum() for char in stripped) <= STACK_SPECK_ALNUM
    )


def _is_speck(token: str) -> bool:
    """Whether a paragraph's last token is a speck of OCR, no word: one character but ``A``
    (a sentence's first word, the story cut off after it), or two that are not both letters
    ("1", "a", "S", "-V", ",i")."""
    return (len(token) == 1 and token != "A") or (len(token) == 2 and not token.isalpha())


def _ends_on_speck(story: Body) -> bool:
    """Whether the story's last (closed) paragraph ends a sentence but for a speck after its
    stop ("… the last few years. A")."""
    last = story.paragraphs[-1].rstrip() if story.run_on is None else ""
    return last[-1:].isupper() and ends_sentence(without_speck(last))


def _ends_on_colon(story: Body) -> bool:
    """Whether the story's last (closed) paragraph ends on a colon: OCR reads a small stop as
    one ("… is at its heaviest:" over the crosshead "Great Flow of Mail."), and a clause
    closed on a colon is no sentence cut off by a column either."""
    last = story.paragraphs[-1].rstrip() if story.run_on is None else ""
    return last.endswith(":")


def _fold_second_dispatches(sequence: list[Title | Body]) -> list[Title | Body]:
    """Fold each headless second dispatch back into the story printed right above it.

    A 1916 wire story often carries a further dispatch as one of its paragraphs, opening on a
    dateline of its own (``WAUKEGAN, Ill., Feb. 28.—`` under the Orpet trial story, ``Berlin,
    Feb. 28.—`` under a round-up's opening), and a dateline starts a new body. A dispatch of
    a story of its own stands under its own head; a second dispatch has none, and it goes on
    with the story above in its names and words (:func:`_goes_on_as_dispatch`). Folding runs
    in printed order, so a story takes each of its dispatches in turn.
    """
    result: list[Title | Body] = []
    words = StoryWords()  # (the story's names and stems, read once as it grows)
    for item in sequence:
        story = result[-1] if result else None
        if (
            isinstance(item, Body)
            and isinstance(story, Body)
            and _second_dispatch_of(story, item, words)
        ):
            _take_dispatch(story, item)
            continue
        result.append(item)
    return result


def _second_dispatch_of(story: Body, item: Body, words: StoryWords) -> bool:
    """Whether ``item`` is a headless further dispatch of the story right above it."""
    return (
        _headless_dispatch(item)
        and _may_hold_crosshead(story)
        and _goes_on_as_dispatch(story, item, words)
    )


def _take_dispatch(story: Body, dispatch: Body) -> None:
    """Fold a further dispatch into its story (:func:`_fold_second_dispatches`)."""
    if story.dateline is None and _opening_unread(story):
        # The head (and a deck read as a paragraph) of this very dispatch: its
        # dateline is the story's own.
        story.dateline, dispatch.dateline = dispatch.dateline, None
        if len(story.paragraphs) > 1 and _take_back_deck_tail(story):
            _drop_first_paragraph(story)
    _fold_into(story, None, dispatch)


def _dispatch_heads_from_story_ends(
    sequence: list[Title | Body], units: Sequence[Unit] = ()
) -> list[Title | Body]:
    """Give each dispatch its own head read as the last paragraph of the story above it.

    A 1916 page runs wire dispatches one under another, each under a one-line head in mixed
    case closing on a stop (``… She should arrive in Key West today.`` / ``One Man Drowned.``
    / ``[United Press Leased Wire Service]`` / ``ORANGE, Texas, Feb. 1.—William Cross …``).
    Not set apart, the head is read as a paragraph of the story above, and the dispatch,
    which its dateline started as a body of its own (:func:`_fold_second_dispatches` leaves
    it apart: a story ending on a title-cased line goes on with no dispatch), stands
    headless. Where :func:`_dispatch_head_at_story_end` finds the shape, the paragraph leaves
    the story and heads the dispatch. A crosshead folded with its dispatch into a round-up
    (the two went on together) is no longer at a story's end, and is left as it is.
    Gate: the head closes on a stop and the dateline names a month and a day; a modern
    page sets neither. A stack in capitals with its decks read as the story's last paragraphs
    heads the dispatch too (:func:`_stack_at_story_end`; ``units`` give its lines' text).
    """
    result: list[Title | Body] = []
    texts: dict[int, str] | None = None  # each source line's text, read at the first stack
    for item in sequence:
        if not isinstance(item, Body):
            result.append(item)
            continue
        above = len(result) - 1
        while above >= 0 and _credit_read_over(result[above], item):
            above -= 1
        story = result[above] if above >= 0 else None
        credits = result[above + 1 :]
        if (
            isinstance(story, Body)
            and len(credits) <= 1
            and _dispatch_head_at_story_end(story, item, credits)
        ):
            _take_free_credits(credits, item)
            line = story.tail_first
            text = _drop_last_paragraph(story)
            title = Title(text.strip(), "mixed", line, line, body=item, lines=[line])
            item.titles.insert(0, title)
            item.headed = True
            item.first = min(item.first, line)
            result.insert(above + 1, title)
        elif (
            isinstance(story, Body)
            and len(credits) <= 1
            and _story_over_headless(story, item)
            and _touches_dispatch(story, item, credits)
        ):
            if texts is None:
                texts = {line.number: line.text for unit in units for line in unit.lines}
            stack = _stack_at_story_end(story, texts, dated=item.dateline is not None)
            if stack is not None:
                _take_free_credits(credits, item)
                for at, title in enumerate(_take_stack(story, item, *stack)):
                    result.insert(above + 1 + at, title)
        result.append(item)
    return result


def _credit_read_over(item: Title | Body, dispatch: Body) -> bool:
    """Whether ``item`` is a wire credit set over the dispatch (``[United Press Leased Wire
    Service]``): a title of one line, in brackets or a wire's words, read as the dispatch's
    byline or left free (OCR garbled its close, ``Servicd"J``) while the dispatch has none."""
    if not isinstance(item, Title) or len(item.lines) > 1 or item.pointer is not None:
        return False
    text = item.text.strip()
    if not (text.startswith(("(", "[")) or is_wire_credit(text)):
        return False
    read = item.body is dispatch and dispatch.byline is not None
    return read or (item.body is None and dispatch.byline is None)


def _take_free_credits(credits: list[Title | Body], dispatch: Body) -> None:
    """A free wire credit over the dispatch (:func:`_credit_read_over`) is its byline."""
    for credit in credits:
        if isinstance(credit, Title) and credit.body is None and dispatch.byline is None:
            credit.body = dispatch
            dispatch.byline = credit.text.strip()
            dispatch.byline_lines = list(credit.lines)
            dispatch.first = min(dispatch.first, credit.first)


def _dispatch_head_at_story_end(story: Body, dispatch: Body, credits: list[Title | Body]) -> bool:
    """Whether the story's last paragraph is the dispatch's own head: one source line that
    reads as a head (:func:`_reads_as_dispatch_head`), standing at most
    TOUCHING_LINES over the dispatch's first line (its credit's), under a paragraph that ends a
    sentence; the story has a head or a dateline of its own (a headed story or a dispatch)
    and two paragraphs or more; the dispatch has no title
    (a wire credit over it, ``credits``, is or becomes its byline: :func:`_credit_read_over`),
    no jump line from elsewhere, and opens on a dateline naming a month and a day."""
    if not _story_over_dispatch(story, dispatch):
        return False
    line = story.tail_first
    if max(story.lines) != line or not _touches_dispatch(story, dispatch, credits):
        return False
    return _reads_as_dispatch_head(story.paragraphs[-1].strip()) and ends_sentence(
        story.paragraphs[-2]
    )


#: A head stack read as a story's last paragraphs spans at most this many source lines (a
#: head of one to three lines in capitals and two or three decks under it) ...
END_STACK_LINES: Final = 8
#: ... and at most this many characters ...
END_STACK_CHARS: Final = 300
#: ... in at most this many paragraphs (a head and its decks).
END_STACK_PARAGRAPHS: Final = 4
#: A year in a stack's line: a date line (``LOUISA, … FEBRUARY 18, 1916.``), no head.
_STACK_YEAR: Final = re.compile(r"(?<!\d)1[89]\d\d(?!\d)")
#: A signer's initials and name closing a line (``25-tf J. W. WENTWORTH,``): no head's line.
_SIGNED_NAME: Final = re.compile(r"\b[A-Z]\.\s?[A-Z]\.\s?[A-Z][A-Za-z'’-]+,?$")
#: A line of a stack in capitals this many times as wide as the one over it opens a deck (a
#: head set over narrow lines, its deck in wider type under it: ``IN MINOT`` / ``MONTANA
#: LAWYER OPENS OF-``).
STACK_DECK_WIDENS: Final = 1.5


def _touches_dispatch(story: Body, dispatch: Body, credits: list[Title | Body]) -> bool:
    """Whether the story's last line stands at most TOUCHING_LINES over the dispatch's first
    (or its credit's)."""
    top = min([dispatch.first, *(credit.first for credit in credits)])
    return 0 < top - max(story.lines) <= TOUCHING_LINES


def _stack_at_story_end(
    story: Body, texts: dict[int, str], dated: bool = True
) -> tuple[int, list[tuple[str, list[int]]]] | None:
    """(how many of its last paragraphs, the stack's titles as (text, lines)) when the story's
    last paragraphs are the head stack of the headless dispatch under it (branch histc50,
    issue 9): a 1916 column sets wire stories one under another, each under a head in capitals
    and decks (``… to the Dutch naval officials today.`` / ``GERMANS BATTER BELFORT.`` /
    ``rest Guns Turned Against Key of`` / ``French Defenses.`` / ``Paris, Feb. 10.—German guns
    …``). Unset, the stack is read as the last paragraphs of the story above, and the dispatch,
    its dateline starting a body, stands headless. The caller asks :func:`_story_over_headless`
    and :func:`_touches_dispatch` first; ``texts`` holds each source line's text. Over a
    headless story with no dateline (``dated`` false: a local story the parser split at its
    opening, ``ATTY. QITIMIPE`` / ``LOCATES`` / ``IN MINOT`` / ``MONTANA LAWYER OPENS OF-`` / …
    over ``Atty. L. M. Ellithorpe has opened …``) the stack spans two lines or more, closes on
    a stop and names no year: a firm's name alone (``FIRST NATIONAL BANK``) or a date line
    over an advertisement's text is no head.

    The stack is the story's last lines from its first, at most END_STACK_LINES from the end
    (the highest that holds, :func:`_stack_from`): a line in capitals with two words of two
    letters or more under a line that ends a sentence (:func:`_opens_end_stack`); the lines,
    at most END_STACK_CHARS characters, are the story's last paragraphs (at most
    END_STACK_PARAGRAPHS, one more left above them), letter for letter. Its titles
    (:func:`_stack_titles`): the head, in capitals, at most twice CROSSHEAD_MAX_CHARS, and
    decks that each read as one (:func:`_reads_as_end_deck`: no credit, byline or dateline)."""
    numbers = sorted(story.lines)
    window = numbers[-END_STACK_LINES - 1 :]
    rows = [texts.get(number, "") for number in window]
    for at in range(1, len(rows)):
        # (a speck of OCR's between the story's end and the head goes with the head: "I -")
        speck = at + 1 < len(rows) and _speck_line(rows[at])
        opening = at + 1 if speck else at
        if _opens_end_stack(rows[opening], rows[at - 1]):
            found = _stack_from(story, window[at:], rows[at:], dated)
            if found is not None:
                return found
    return None


def _stack_from(
    story: Body, stack: list[int], lines: list[str], dated: bool = True
) -> tuple[int, list[tuple[str, list[int]]]] | None:
    """The stack of :func:`_stack_at_story_end` from its first line on, or None."""
    if sum(map(len, lines)) > END_STACK_CHARS or any(
        b - a > TOUCHING_LINES for a, b in pairwise(stack)
    ):
        return None
    if not dated and (
        len(lines) < 2
        or not ends_sentence(lines[-1])
        or any(_STACK_YEAR.search(line) for line in lines)
    ):
        return None
    taken = _paragraphs_of_lines(story.paragraphs, lines)
    if taken is None:
        return None
    titles = _stack_titles(stack, lines)
    head = titles[0][0]
    if len(head) > 2 * CROSSHEAD_MAX_CHARS or title_style(head) != "caps":
        return None
    if not all(_reads_as_end_deck(text) for text, _ in titles[1:]):
        return None
    return taken, titles


def _opens_end_stack(line: str, above: str) -> bool:
    """Whether ``line`` may open a head stack at a story's end (:func:`_stack_at_story_end`):
    in capitals, with two words of two letters or more (OCR's specks, ``'V- ..``, are no head),
    naming no month and day and closing on no signer's initials and name (``J. W. WENTWORTH,``,
    an advertisement's signature), under a line that ends a sentence and is not in capitals
    (the foot of a stack above, whose head the stack would lose)."""
    if title_style(line) != "caps" or not ends_sentence(above) or title_style(above) == "caps":
        return False
    return (
        _readable_word_count(line) >= 2
        and not opens_on_month_day(line)
        and not is_byline_line(line)
        and _SIGNED_NAME.search(line) is None
    )


def _readable_word_count(text: str) -> int:
    """How many words of two letters or more ``text`` holds."""
    return sum(1 for word in text.split() if sum(map(str.isalpha, word)) >= 2)


def _paragraphs_of_lines(paragraphs: Sequence[str], lines: Sequence[str]) -> int | None:
    """How many of the last paragraphs hold exactly ``lines``, letter for letter (a joined
    line loses its hyphen and its seam's space), leaving one paragraph or more above them; or
    None."""
    wanted = "".join(ch for ch in "".join(lines) if ch.isalnum())
    held = ""
    for count in range(1, min(END_STACK_PARAGRAPHS, len(paragraphs) - 1) + 1):
        held = "".join(ch for ch in paragraphs[-count] if ch.isalnum()) + held
        if held == wanted:
            return count
        if len(held) >= len(wanted):
            return None
    return None


def _stack_titles(numbers: Sequence[int], lines: Sequence[str]) -> list[tuple[str, list[int]]]:
    """A stack's lines grouped into its titles: a title goes on over lines of its style
    (capitals or mixed case) until one closes on a stop (``.``, ``?``, ``!``), and a line in
    capitals STACK_DECK_WIDENS times as wide as the one over it opens the next title; the
    lines of a title joined as a paragraph's are."""
    groups: list[tuple[list[str], list[int]]] = []
    for number, line in zip(numbers, lines, strict=True):
        if groups:
            above = groups[-1][0][-1]
            style = title_style(line)
            if (
                style == title_style(above)
                and (not ends_sentence(above) or _question_mark_hyphen(above, line))
                and not (
                    style == "caps"
                    and len(line.strip()) >= STACK_DECK_WIDENS * len(above.strip())
                    and not above.rstrip().endswith(("-", "\u00ad"))
                )
            ):
                groups[-1][0].append(line)
                groups[-1][1].append(number)
                continue
        groups.append(([line], [number]))
    return [(join_lines(texts)[0].strip(), numbers) for texts, numbers in groups]


def _question_mark_hyphen(line: str, below: str) -> bool:
    """A line closing on ``?`` straight after a letter over a line opening in small letters:
    OCR read the hyphen of a word broken at the line's end so (``… to In?`` / ``ks …``)."""
    stripped = line.rstrip()
    return stripped[-2:-1].isalpha() and stripped.endswith("?") and below.lstrip()[:1].islower()


def _story_over_headless(story: Body, body: Body) -> bool:
    """Whether a story's end may hold the head stack of the body under it
    (:func:`_stack_at_story_end`): a dispatch as :func:`_story_over_dispatch` asks, or a
    headless story with no dateline: no title, byline, jump line or credit, no caption, its
    first paragraph opening on a capital, under a story as that function asks."""
    if body.dateline is not None:
        return _story_over_dispatch(story, body)
    return (
        not body.titles
        and body.byline is None
        and body.credit is None
        and body.continued_from is None
        and not body.is_caption
        and bool(body.paragraphs)
        and body.paragraphs[0][:1].isupper()
        and _closed_headed_story(story)
    )


def _closed_headed_story(story: Body) -> bool:
    """A story with a head or a dateline of its own and two paragraphs or more, closed (no
    run-on, jump or credit), no caption."""
    return not (
        (not story.titles and story.dateline is None)
        or len(story.paragraphs) < 2
        or story.run_on is not None
        or story.is_caption
        or story.continued_to is not None
        or story.credit is not None
    )


def _story_over_dispatch(story: Body, dispatch: Body) -> bool:
    """Whether a story's end may hold the head of the dispatch under it: the story has a head
    or a dateline of its own and two paragraphs or more, is closed (no run-on, jump, credit)
    and no caption; the dispatch has no title, no jump line from elsewhere, and opens on a
    dateline naming a month and a day."""
    return _closed_headed_story(story) and not (
        dispatch.titles
        or dispatch.dateline is None
        or dispatch.continued_from is not None
        or dispatch.is_caption
        or not dispatch.paragraphs
        or not opens_on_month_day(dispatch.dateline)
    )


def _reads_as_end_deck(deck: str) -> bool:
    """Whether a title under the head of a stack at a story's end reads as its deck: it opens
    on a capital (OCR may drop the first letter: ``rest Guns Turned …``, then on a word of a
    capitalised majority) and is no credit, byline, notice or dateline."""
    if not deck[:1].isupper():
        content, capitalised = capitalised_words(deck)
        if content < 2 or capitalised < DISPATCH_HEAD_CAPITALS * content:
            return False
    return (
        not deck.startswith(("(", "["))
        and _GARBLED_CREDIT_SHAPE.search(deck) is None
        and STACK_CREDIT.search(deck) is None
        and not is_wire_credit(deck)
        and not opens_notice(deck)
        and not is_byline_line(deck)
        and opens_story_alone(deck) is None
        and not opens_on_month_day(deck)
    )


def _take_stack(
    story: Body, dispatch: Body, taken: int, titles: list[tuple[str, list[int]]]
) -> list[Title]:
    """Move a head stack off the story's end onto the dispatch under it
    (:func:`_stack_at_story_end`): the story loses its last ``taken`` paragraphs and their
    lines, the dispatch is headed by the titles. Returns the titles, in order."""
    first = titles[0][1][0]
    del story.paragraphs[-taken:]
    story.lines = [number for number in story.lines if number < first]
    story.last = max(story.lines)
    _forget_dropped_paragraphs(story)
    made = [
        Title(text, title_style(text), lines[0], lines[-1], body=dispatch, lines=list(lines))
        for text, lines in titles
    ]
    dispatch.titles[:0] = made
    dispatch.headed = True
    dispatch.first = min(dispatch.first, first)
    return made


#: Of a dispatch's head's content words at least this share is capitalised, OCR's slips
#: (``Eighty inches of Snow.``, ``Texas lias 15,755 Miles Railroad.``) counted against it.
DISPATCH_HEAD_CAPITALS: Final = 2 / 3


def _reads_as_dispatch_head(text: str) -> bool:
    """Whether a story's last paragraph reads as a dispatch's one-line head: at most
    CROSSHEAD_MAX_CHARS, two words or more, opening on a capital and closing on a stop, in
    mixed case, title-like (``classify.is_title_like``) or with two content words or more of
    which DISPATCH_HEAD_CAPITALS are capitalised (a head OCR slipped on, which the line
    classifier refused and so read as a paragraph: ``Indian Boys 8ee Him.``, ``Foreclose
    $2,500,000 Mortgage.``, ``Ruben Dario, Spanish Poet, Dead.``); no credit (``Special to
    The … Herald.``, ``_GARBLED_CREDIT_SHAPE``, a wire's word), notice, byline, dateline or
    list's entry (its first word closed by a comma: ``Sailed, steamer America, Naples.``)."""
    words = text.split()
    if (
        len(text) > CROSSHEAD_MAX_CHARS
        or len(words) < 2
        or not text.endswith(".")
        or not text[:1].isupper()
        or words[0].endswith(",")
        or title_style(text) != "mixed"
    ):
        return False
    if not is_title_like(text):
        content, capitalised = capitalised_words(text)
        if content < 2 or capitalised < DISPATCH_HEAD_CAPITALS * content:
            return False
    return (
        _GARBLED_CREDIT_SHAPE.search(text) is None
        and STACK_CREDIT.search(text) is None
        and not opens_notice(text)
        and not is_byline_line(text)
        and opens_story_alone(text) is None
        and not opens_on_month_day(text)
    )


#: The share of a dispatch's opening content words the story above must hold ...
DISPATCH_ECHO = 0.1
#: ... and how many of the people and places it names the story must name (one alone is
#: often a nation's: "Germany" on a page of war news).
DISPATCH_NAMES = 2
#: A story's last paragraph shorter than this may be a head or deck read into it.
DISPATCH_HEAD_CHARS = 100


def _headless_dispatch(body: Body) -> bool:
    """A body opening on a dateline with nothing set over or under it: no head (its own or
    any other's between it and the story above), byline (a wire credit is one), credit or
    jump line."""
    return (
        body.dateline is not None
        and not body.titles
        and body.byline is None
        and body.credit is None
        and body.continued_from is None
        and bool(body.paragraphs)
        and not body.is_caption
    )


def _goes_on_as_dispatch(story: Body, dispatch: Body, words: StoryWords | None = None) -> bool:
    """Whether a headless dispatch goes on with the headed story above it: the story has a
    head (a round-up's or a wire story's), and the dispatch's first SECTION_LEAD_CHARS
    characters name DISPATCH_NAMES people or places the story names (``_names``: ``Orpet``,
    ``Verdun``) and share DISPATCH_ECHO, and SECTION_SHARED_WORDS, of their content words
    with it. A story of its own whose head the column set elsewhere names other people."""
    if not story.titles:
        return False
    last = story.paragraphs[-1]
    read = not _opening_unread(story)
    if read and (is_clean_capitals_head(last) or ends_title_cased(last)):
        # The next item's head read as the story's last paragraph ("THINK BODY M'NEELY'S.",
        # "… Will Not Consolidate With Sheet and Tube Firm, Is Announced."): its dispatch.
        return False
    # A short last paragraph may be the dispatch's own head or deck read into the story
    # ("John C. Delany Was Well Known Resident of Burlington."): its names are the
    # dispatch's, no evidence of the story's.
    with_last = not (read and len(last) < DISPATCH_HEAD_CHARS)
    if words is None:
        words = StoryWords()
    probe = _names(dispatch.paragraphs, SECTION_LEAD_CHARS)
    if len(words.names_met(story, probe, last=with_last, titles=True)) < DISPATCH_NAMES:
        return False
    lead = _lead(dispatch.paragraphs)
    met = words.stems_met(story, lead, last=with_last, titles=True)
    return _enough_shared(len(met), lead, DISPATCH_ECHO)


def _opening_unread(story: Body) -> bool:
    """Whether a headed story holds less than STACKED_STORY_CHARS of text: its head, with at
    most a deck read as a paragraph ("HISTORIC HOUSE BURNED" / "Dundora Built by Thomas
    Jefferson, Destroyed."), whose story is the dispatch under it. (Counted only until it
    is reached: asked of a long story for each of its dispatches, a sum of every paragraph
    grew with the square of the story.)"""
    total = 0
    for paragraph in story.paragraphs:
        total += len(paragraph)
        if total >= STACKED_STORY_CHARS:
            return False
    return True


def _fold_into(story: Body, title: Title | None, body: Body, *, tight: bool = False) -> None:
    """The crosshead becomes a paragraph of the story, and the body under it the paragraphs
    after it (a second dispatch keeps its dateline at the head of its first paragraph, with
    no space between where ``tight``: Chinese text); with no crosshead, the body's
    paragraphs alone."""
    if title is not None:
        story.paragraphs.append(title.text)
        story.lines.extend(title.lines)
    paragraphs = list(body.paragraphs)
    if body.dateline:
        seam = "" if tight or body.dateline.rstrip().endswith(("—", "–", "-")) else " "
        head = body.dateline.rstrip() if seam == "" else body.dateline
        paragraphs[:1] = [f"{head}{seam}{paragraphs[0]}" if paragraphs else head]
    story.paragraphs.extend(paragraphs)
    story.lines.extend(body.lines)
    story.last = max(story.last, body.last)
    story.guessed_breaks += body.guessed_breaks
    story.run_ons += body.run_ons
    story.continued_to = body.continued_to
    story.continued_from = story.continued_from or body.continued_from
    story.open = body.open


#: A Chinese story with no title at all takes a title left over whose words its lead echoes
#: at least this well (a scrambled page prints headline and story apart, and a lead may
#: reword its headline).
LEFTOVER_TITLE_SCORE = 0.3


def _free_cjk_title(item: Title | Body) -> bool:
    """A Chinese title no story has taken, and no teaser or contents-box entry."""
    return (
        isinstance(item, Title)
        and item.body is None
        and item.style == "cjk"
        and item.pointer is None
        and not item.entry
    )


def _echoes_elsewhere_better(
    title: Title, body: Body, leads: EchoIndex, position: dict[int, int]
) -> bool:
    """Whether another story's lead echoes the title better than ``body``'s does."""
    here_at = position[id(body)]
    here = leads.score(title.text, here_at)
    return any(
        score > here for at, score in leads.matches(title.text, HELD_TITLE_ECHO) if at != here_at
    )


def _decks_beside(sequence: list[Title | Body], leads: EchoIndex, position: dict[int, int]) -> None:
    """Chinese decks printed beside a headline taken from afar go with it.

    A scrambled page prints a story's title stack away from its body: the headline is matched by
    its echo, and the decks set straight against it follow — a shorter line straight above (a
    kicker, set smaller than the headline) that echoes no other story better, and the
    dash-led subheadlines (``——…``) straight below.
    """
    for index, item in enumerate(sequence):
        if not isinstance(item, Title) or not item.detached or item.style != "cjk":
            continue
        body = item.body
        if body is None or len(body.titles) >= 3:
            continue
        above = sequence[index - 1] if index else None
        if (
            isinstance(above, Title)
            and _free_cjk_title(above)
            and item.first - above.last <= TOUCHING_LINES
            and display_width(above.text) < display_width(item.text)
            and not above.text.startswith("—")
            and not _echoes_elsewhere_better(above, body, leads, position)
        ):
            # (not detached: it came with its headline, whose echo is the evidence)
            above.body = body
            above.echo = leads.score(above.text, position[id(body)])
            body.titles.append(above)
        last = item.last
        for below in sequence[index + 1 : index + 3]:
            if not (
                isinstance(below, Title)
                and _free_cjk_title(below)
                and below.text.startswith("—")
                and below.first - last <= TOUCHING_LINES
                and len(body.titles) < 3
            ):
                break
            below.body = body
            below.echo = leads.score(below.text, position[id(body)])
            body.titles.append(below)
            last = below.last


def _headless_takes_leftover(titles: list[Title], takers: list[Body], leads: EchoIndex) -> None:
    """A Chinese story left with no title takes the left-over title its lead echoes best.

    Titles from afar need a strong echo (``DETACHED_TITLE_SCORE``) because a story may already
    have its own; a story with none, on a page with a Chinese title nobody took, takes the
    title whose words its lead shares most, when at least ``LEFTOVER_TITLE_SCORE`` of them and
    no other story's lead echoes that title better. Best evidence first.
    """
    free = [t for t in titles if _free_cjk_title(t) and not t.text.startswith("—")]
    if not free or all(b.titles for b in takers):
        return
    candidates = []
    for order, title in enumerate(free):
        found = leads.matches(title.text, LEFTOVER_TITLE_SCORE)
        if not found:
            continue
        best = max(score for _, score in found)
        for at, score in found:
            if score == best and not takers[at].titles:
                candidates.append((-score, title.first, order, at, title))
    candidates.sort(key=lambda item: item[:4])
    for negative, _, _, at, title in candidates:
        body = takers[at]
        if title.body is not None or body.titles:
            continue
        title.body, title.echo, title.detached = body, -negative, True
        body.titles.append(title)


def _masthead_between(mastheads: list[int], above: int, below: int) -> bool:
    """Whether a masthead line stands between two source lines."""
    at = bisect_right(mastheads, above)
    return at < len(mastheads) and mastheads[at] < below


#: An item with fewer letters or digits than this is a scrap, not an article.
MIN_ITEM_CHARS: Final = 4
#: A short item whose tokens are mostly no words is OCR noise (a cut-off ad, a rule, a smudge).
NOISE_ITEM_SHARE: Final = 0.5
NOISE_ITEM_CHARS: Final = 80


#: A word of two or more letters in running (lower) case.
_HAS_WORD: Final = re.compile(r"[A-Za-z][a-z]")


def _holds_solid(text: str, count: int) -> bool:
    """Whether the text holds at least ``count`` letters or digits (str.isalnum): read only as
    far as the count is reached, not to the end of a long body."""
    for ch in text:
        if ch.isalnum():
            count -= 1
            if count <= 0:
                return True
    return count <= 0


def _solid_enough(text: str) -> bool:
    """Whether a text holds letters or digits enough to be more than a scrap: two Chinese
    characters can be a word; four Latin letters are rarely more than a scrap."""
    return _holds_solid(text, 2 if cjk_ratio(text) >= 0.5 else MIN_ITEM_CHARS)


def _is_scrap(text: str) -> bool:
    return not _solid_enough(text) and len(text.split()) <= 2


def _is_noise(item: Title | Body) -> bool:
    """A stray scrap that should not be listed as an article: a one-letter "brief", a teaser
    of OCR garbage. Its text goes to the page's unplaced text instead."""
    if isinstance(item, Body):
        if item.titles or item.has_own_parts():
            return False
        text = " ".join(item.paragraphs)
    else:
        if item.pointer is not None:
            return False
        text = item.text
    if not _solid_enough(text):
        return True
    return len(text) < NOISE_ITEM_CHARS and noise_share(text) >= NOISE_ITEM_SHARE


def _item_texts(item: Title | Body) -> list[str]:
    """An item's texts as the page's unplaced text takes them when it is dropped: a body's
    titles, top first, and its paragraphs; a title's text."""
    if isinstance(item, Title):
        return [item.text]
    return [*(t.text for t in sorted(item.titles, key=lambda t: t.first)), *item.paragraphs]


#: A garbled item (:func:`_is_garbled_item`) is shorter than this, all its texts together, and
#: holds fewer readable words than GARBLED_ITEM_WORDS.
GARBLED_ITEM_CHARS: Final = NOISE_ITEM_CHARS
GARBLED_ITEM_WORDS: Final = 2


def _is_garbled_item(item: Title | Body) -> bool:
    """A head or an item of OCR garble or a scrap cut from its story that should not be listed
    as an article (branch ``noise22``): a Latin text, shorter than GARBLED_ITEM_CHARS with its
    titles, holding fewer than GARBLED_ITEM_WORDS readable words (classify.READABLE_WORD) —
    ``1 V'r;. . if i i 1 1`` over ``1 V'r;. . if i i 1 1 ! 11 ! ;``, ``ROOSEVELT`` over ``01``,
    ``VEN IN G``, ``11 o'clock``. Not a teaser with its page or a box's entry, nor an item with
    a dateline, a byline, a credit or a jump line, whose parts are read as such; not a text in
    another script (Chinese, Cyrillic: its words are no Latin letters)."""
    if isinstance(item, Title):
        if not item.is_plain():
            return False
        texts = [item.text]
    else:
        if item.has_own_parts() or not all(t.is_plain() for t in item.titles):
            return False
        texts = _item_texts(item)
    if sum(map(len, texts)) >= GARBLED_ITEM_CHARS:
        return False
    text = " ".join(texts)
    if any(ch.isalpha() and ord(ch) > _LATIN_LAST for ch in text):
        return False
    found = READABLE_WORD.finditer(text)
    return sum(1 for _ in islice(found, GARBLED_ITEM_WORDS)) < GARBLED_ITEM_WORDS


#: The last code point of the Latin letters (Latin Extended-B): a letter past it is another
#: script's.
_LATIN_LAST: Final = 0x24F


#: A lone teaser (:func:`_is_lone_teaser`) has at most this many words: a crosshead or an
#: ad's display line, not a head that stands for a story of its own.
LONE_TEASER_WORDS: Final = 5


def _is_bare_title(item: Title | Body | None) -> TypeGuard[Title]:
    """Whether an item is a title with no page pointer (no teaser's "See Page 5")."""
    return isinstance(item, Title) and item.pointer is None


def _is_lone_teaser(ordered: Sequence[Title | Body], index: int) -> bool:
    """A title no story took, with no page pointer, standing alone between articles on an
    English page: a line cut from a head stack, a story's crosshead or an ad's display line,
    not a teaser (a real one carries its page, or stands in a box of others). Its text goes
    to the page's unplaced text (branch ``scraps15``)."""
    item = ordered[index]
    if (
        not _is_bare_title(item)
        or item.style != "mixed"
        or len(item.text.split()) > LONE_TEASER_WORDS
        or cjk_ratio(item.text) > 0
    ):
        return False
    if index == 0 or index + 1 == len(ordered):
        # The page's first or last: a head whose story is printed elsewhere stays a teaser.
        return False
    return not _is_bare_title(ordered[index - 1]) and not _is_bare_title(ordered[index + 1])


#: A head wrapped over two lines heads the head-less item under it when its words recur in the
#: item's lead at least this well (``echo.title_score``: the share of its content words).
WRAPPED_HEAD_ECHO: Final = 0.3
#: The second line of a head wrapped over two and read as a brief has at most this many words.
WRAPPED_TAIL_WORDS: Final = 2


def _headless_under(above: Title | Body, item: Title | Body) -> bool:
    """Whether ``item`` is a head-less item printed right under ``above`` (its byline, when
    that was printed over it, counting as its top)."""
    return (
        isinstance(item, Body)
        and not item.titles
        and bool(item.paragraphs)
        and 0 < min([item.first, *item.byline_lines]) - above.last <= TOUCHING_LINES
    )


def _wrapped_tail(item: Title | Body) -> str | None:
    """The text of a head-less brief that may be the second line of a head wrapped over two:
    one line of at most WRAPPED_TAIL_WORDS capitalised words, closing on no mark, with no
    dateline, byline or credit."""
    if not isinstance(item, Body) or item.titles or len(item.paragraphs) != 1:
        return None
    if len(item.lines) != 1 or item.dateline or item.byline or item.credit:
        return None
    text = item.paragraphs[0].strip()
    words = text.split()
    if not 0 < len(words) <= WRAPPED_TAIL_WORDS or not all(w[:1].isupper() for w in words):
        return None
    return None if text[-1:] in ".,;:!?" else text


#: The marks a line of prose may open on before its first word: a dash, a quote, spaces.
_OPENING_MARKS: Final = r"[-—–'\"\s]*"
#: A line of prose read as a title opens on a sentence's middle (a word in small letters) or
#: on a list's row number ("10. Mesdames Peter Nelson and Wm."), once a dash or quote is off.
_PROSE_LINE_OPENING: Final = re.compile(
    rf"{_OPENING_MARKS}(?:{_SMALL_WORD.pattern}|\d{{1,2}}\.\s+[A-Z])"
)
#: ... or it ends on a word broken at the line's end ("… of the first ves-") or on two
#: initials waiting for the surname ("Born to Mr. and Mrs. D. M").
_PROSE_LINE_END: Final = re.compile(r"(?:[a-z]-|\b[A-Z]\. ?[A-Z]\.?)$")
#: A name's initial or title: a comma in a line of title case is a list of names' only there.
_PERSON_MARK: Final = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Dr|Rev)\.|\bMiss\b")
#: A speck OCR left at a line's end ("… and W. W. Lowe. n", "… Abandoned, i"): a letter in
#: small letters or a mark alone after a space.
_TRAILING_SPECK: Final = re.compile(r"\s+[^\sA-Z0-9]$")
#: The words of the item's opening read for its case (:func:`_line_runs_on_as_prose`).
PROSE_OPENING_WORDS: Final = 6


def _line_runs_on_as_prose(
    text: str, below: str, known_words: frozenset[str], shaped: bool = False
) -> bool:
    """Whether a lone title reads as a line of running prose whose sentence goes on into the
    paragraph ``below`` it. The line (a speck OCR left at its end aside: "… Lowe. n") closes
    nothing (:func:`reflow.closes`), is not mostly OCR's noise, and has a shape of prose: it
    opens on a word in small letters or a list's row number; or ends on a broken word, two
    initials, a name's title or ``and`` (_CUT_MID_NAME), or a small word in small letters no
    sentence ends on ("… of the"); or holds a comma or a word in small letters a headline
    does not set so (_reads_as_prose_line: "was", "left", "member"). Unless it waits so for
    its next word (a small word, a name's title or ``and`` at its end), it is no title case,
    or names a person by an initial or a title ("Mr. and Mrs. W. R. Green, Grand"): a head's
    or a deck's line in title case ("to Splendid Sermon", "Chief Optimist is Sen. Stone",
    "… Will Have Part in Peace Parleys,") has the other shapes too. The paragraph below does not
    open in title case (its first PROSE_OPENING_WORDS words with no figure, a word broken at
    a line's end read whole by ``known_words``: is_title_cased_across_breaks): a deck's line
    does. ``shaped``: the caller found the line's shape of prose by a mark of its own
    (:func:`_prose_head_lines`: a dash and a name's title opening it)."""
    stripped = _TRAILING_SPECK.sub("", text.strip())
    words = stripped.split()
    if len(words) < 2 or noise_share(stripped) > DECK_NOISE_SHARE or closes(stripped):
        return False
    last = words[-1]
    # (a line waiting for its next word: "… is on the", "… Although Miss")
    waits = (last.islower() and last in RUN_ON_WORDS) or (
        _CUT_MID_NAME.search(stripped) is not None
    )
    shaped = (
        shaped
        or _PROSE_LINE_OPENING.match(stripped) is not None
        or _PROSE_LINE_END.search(stripped) is not None
        or _reads_as_prose_line(stripped)
    )
    if not waits and not shaped:
        return False
    if not waits and _head_in_title_case(stripped):
        return False
    opening = [
        word for word in below.split()[:PROSE_OPENING_WORDS] if not any(c.isdigit() for c in word)
    ]
    return not is_title_cased_across_breaks(" ".join(opening), known_words)


def _lone_prose_title(item: Title | Body) -> TypeGuard[Title]:
    """Whether an item is a title that could be a lone line of prose (the two rules of
    :func:`_prose_lines_into_headless` and :func:`_prose_lines_into_story_above` ask): one
    line, no page pointer, mixed case, no Chinese."""
    return (
        _is_bare_title(item)
        and item.style == "mixed"
        and len(item.lines) == 1
        and cjk_ratio(item.text) == 0
    )


#: A maker's or seller's line ("中國福新煙公司出品", "上海中西大藥房發行") closes a Chinese
#: advertisement: the ad's last display line, as its sender's name closes a letter.
_CJK_AD_MAKER: Final = r"(?:出品|[發发]行|[製制]造|[經经]售|均售)$"
_CJK_AD_CLOSE: Final = re.compile(_CJK_AD_MAKER)
#: What marks a Chinese advertisement's display lines: a price in money ("大瓶二元",
#: "每册兩角", "3元"), the shop's telephone and address, or its maker's or seller's line; or a
#: picture house's showings ("每日三場", "日夜兩場") and its word for presenting a film
#: ("今日起隆重獻映"; branch hz47).
_CJK_AD_MARK: Final = re.compile(
    r"[〇一二三四五六七八九十兩两廿百千\d]\s?[元圓角](?![年月旦])|[電电][話话]|地址|"
    r"(?:每日|日夜)[一二三四五兩两]場|[獻献]映|" + _CJK_AD_MAKER
)


def _display_title(item: Title | Body) -> TypeGuard[Title]:
    """Whether an item is a Chinese title left alone as a teaser with no page pointer and no
    contents box: one of an advertisement's display lines, if its neighbours say so."""
    return (
        isinstance(item, Title)
        and item.body is None
        and item.pointer is None
        and not item.entry
        and item.style == "cjk"
        and not CJK_PROSE_STOPS.intersection(item.text)
    )


def _display_runs_as_ads(ordered: list[Title | Body]) -> list[Title | Body]:
    """A run of Chinese display lines left as body-less teasers (no page pointer, no contents
    box, no sentence stop) is an advertisement's lines, not a list of stories: a Chinese ad
    sets its brand, its slogans, its prices, its address and telephone and its maker's name
    each as a line of display type, which the parser reads as titles no story takes. The run
    is cut after each maker's or seller's line (``…出品``, ``…發行``: it closes the ad), and
    each piece of at least two lines that carries an ad's mark (a price in money, a
    telephone, an address, a maker: :data:`_CJK_AD_MARK`) becomes one notice whose
    paragraphs are its lines. A piece with no such mark stays as it was read (a contents
    box's entries printed without page numbers carry none). Gate: only on a plain-text page
    modern_page found not modern (``assemble``'s ``historical``)."""
    kept: list[Title | Body] = []
    index = 0
    while index < len(ordered):
        item = ordered[index]
        if not _display_title(item):
            kept.append(item)
            index += 1
            continue
        run: list[Title] = []
        while index < len(ordered):
            title = ordered[index]
            if not _display_title(title):
                break
            run.append(title)
            index += 1
        piece: list[Title] = []
        for at, title in enumerate(run):
            if (
                piece
                and at + 1 < len(run)
                and (
                    (_short_slogan(title.text) and _slogan_over_name(title, run[at + 1]))
                    or (_house_opens_ad(title, run[at + 1]) and _ad_evidence(piece))
                )
            ):
                # (the next ad's slogan over its house or brand opens a piece of its own: two
                # ads set one under the other, "…憑票退欵" / "暑天必備" / "萬應保安丸"; hz47)
                kept.extend(_ad_of_display_lines(piece))
                piece = []
            piece.append(title)
            closing = _CJK_AD_CLOSE.search(title.text) is not None and not (
                # (a maker's line over a seller's closes the ad at the seller's: "天津永安藥廠
                # 製造" / "各大藥房均售"; branch hz47)
                at + 1 < len(run) and _CJK_AD_CLOSE.search(run[at + 1].text) is not None
            )
            if closing or at == len(run) - 1:
                kept.extend(_ad_of_display_lines(piece))
                piece = []
    return kept


def _house_opens_ad(title: Title, below: Title) -> bool:
    """Whether a display line inside a run is the next ad's house, printed first on a line of
    its own ("國泰大戲院" over "今日起隆重獻映"): one run of at most AD_NAME_CHARS characters ending
    on a house's word or a remedy's form (_CJK_HOUSE_NAME), over a line that is no maker's or
    seller's (a house over "發行" closes the ad above: "中西大藥房" / "發行"; branch hz47)."""
    text = title.text.strip()
    return (
        title.last == title.first
        and len(text) <= AD_NAME_CHARS
        and " " not in text
        and "\u3000" not in text
        and _CJK_HOUSE_NAME.search(text) is not None
        and _CJK_AD_MARK.search(text) is None
        and _CJK_AD_CLOSE.search(below.text) is None
    )


def _ad_evidence(piece: Sequence[Title]) -> bool:
    """Whether display lines are an ad by themselves (_ad_of_display_lines' test): an ad's mark,
    or a slogan over its house with two lines more."""
    return any(_CJK_AD_MARK.search(title.text) for title in piece) or (
        len(piece) >= 4 and _slogan_over_name(piece[0], piece[1])
    )


#: The longest slogan of one phrase that opens an ad inside a run of display lines.
AD_SLOGAN_SPLIT_CHARS: Final = 8


def _short_slogan(text: str) -> bool:
    """Whether a display line inside a run may open the next ad as its slogan: a pair of
    four-character phrases ("貨眞價實　童叟無欺") or one phrase of at most AD_SLOGAN_SPLIT_CHARS
    ("暑天必備"). A longer line of parts is the ad above's last line, its office or its branches
    ("總行重慶陝西街　各地均有分行" over "國泰大戲院"; branch hz47)."""
    stripped = text.strip()
    if _CJK_SLOGAN_PAIR.match(stripped) is not None:
        return True
    return (
        " " not in stripped and "\u3000" not in stripped and len(stripped) <= AD_SLOGAN_SPLIT_CHARS
    )


def _slogan_over_name(first: Title, second: Title) -> bool:
    """Whether two display lines, each printed alone, straight one over the other, are an ad's
    slogan over the house or brand it names (ad_slogan_over_name)."""
    return (
        first.last == first.first
        and len(first.lines) <= 1
        and second.last == second.first
        and len(second.lines) <= 1
        and second.first - first.last == 1
        and ad_slogan_over_name(first.text, second.text)
    )


def _notice_display_runs(ordered: list[Title | Body]) -> list[Title | Body]:
    """A notice's head ("仁心中醫診所遷址啟事", classify.names_notice_head) left as a body-less
    teaser over a run of Chinese display lines left so too (its address, its telephone, its
    word to the reader: :func:`_display_title`) is one notice: the head its headline, each
    line under it a paragraph (branch zh45). A modern page's run of teasers under no such
    head (a contents box's entries printed without pages) stays as it was read; a head alone
    stays a teaser."""
    if not any(isinstance(item, Title) and item.style == "cjk" for item in ordered):
        return ordered  # (most pages: no Chinese title at all)
    kept: list[Title | Body] = []
    index = 0
    while index < len(ordered):
        item = ordered[index]
        index += 1
        if not (_display_title(item) and names_notice_head(item.text)):
            kept.append(item)
            continue
        run: list[Title] = []
        while index < len(ordered) and _display_title(ordered[index]):
            run.append(ordered[index])  # type: ignore[arg-type]
            index += 1
        if not run:
            kept.append(item)
            continue
        notice = Body([title.text for title in run], run[0].first, run[-1].last)
        notice.lines = sorted(number for title in run for number in title.lines)
        notice.ad_piece = True
        notice.open = False
        item.body, item.echo = notice, 1.0
        notice.titles.append(item)
        kept.append(notice)
    return kept


def _next_cjk_item(current: Body | None, text: str) -> bool:
    """Whether a paragraph opening on a Chinese box's list mark (reflow.opens_cjk_item:
    "▲日前，珠江水系首艘…") is the next item of a run of head-less items the current body is
    one of (its own first paragraph opened so): each item of a box of short news is an item
    of its own, as each brief under a head is (branch zh46). A story's points listed so
    under its head and text are paragraphs of that story: its first paragraph opens on no
    mark."""
    return (
        current is not None
        and bool(current.paragraphs)
        and opens_cjk_item(text)
        and opens_cjk_item(current.paragraphs[0])
    )


def _item_under_label(unit: Unit, text: str, mastheads: frozenset[int]) -> bool:
    """Whether a paragraph opening on a Chinese box's list mark (reflow.opens_cjk_item:
    "■近日，汉中市农技推广站…") stands straight under a line taken out as furniture, the box's
    label (乡村简讯; formats.text passes it among the masthead's lines): the box's first item,
    never the story above run on (branch zh48)."""
    return (
        bool(mastheads)
        and unit.first - 1 in mastheads
        and text[:1] in CJK_ITEM_MARKS
        and opens_cjk_item(text)
    )


def _opens_cjk_item_body(body: Body) -> bool:
    """Whether a head-less body is an item of a box of short news, its first paragraph opened
    by the box's list mark (reflow.opens_cjk_item)."""
    return bool(body.paragraphs) and opens_cjk_item(body.paragraphs[0])


#: The fewest characters of each line of a notice's text read as display lines
#: (_decks_run_as_prose).
NOTICE_PROSE_LINE_CHARS: Final = 10


def _decks_run_as_prose(decks: Sequence[Title]) -> bool:
    """Whether the display lines read under a notice's head are its text's first lines, wrapped
    by the column (branch zh49): two or more, each one line of at least NOTICE_PROSE_LINE_CHARS
    characters, all of one length (a character either way), none spaced into phrases. A
    classified's display lines differ in length and are set in phrases ("吉安鄉透天別墅" /
    "四房兩廳 雙車位 近慈濟醫院")."""
    if len(decks) < 2:
        return False
    lengths = [len(t.text.strip()) for t in decks]
    return (
        min(lengths) >= NOTICE_PROSE_LINE_CHARS
        and max(lengths) - min(lengths) <= 1
        and all(" " not in t.text.strip() and "\u3000" not in t.text for t in decks)
        and all(len(t.lines) == 1 for t in decks)
    )


def _display_titles_under_notice_head(body: Body) -> None:
    """A Chinese classified's display lines read as the decks of its label ("吉屋出售" over
    "吉安鄉透天別墅" / "四房兩廳 雙車位 近慈濟醫院" over its telephone line) go back into it as its
    first paragraphs, in print order: the label is the notice's head (classify.names_notice_head,
    classify.opens_as_notice: "…啟事", "…聲明", "吉屋出售"), and a notice has no deck. Gate:
    every title Chinese, touching the one above (TOUCHING_LINES), no stop or comma in any
    (_display_title's test), no pointer; on any page, as _notice_display_runs; branch zh46."""
    titles = sorted(body.titles, key=lambda t: t.first)
    head, decks = titles[0], titles[1:]
    if not (
        head.style == "cjk"
        and (names_notice_head(head.text) or opens_as_notice(head.text, ""))
        and all(
            t.style == "cjk"
            and t.pointer is None
            and not t.entry
            and not CJK_PROSE_STOPS.intersection(t.text)
            for t in decks
        )
        and all(b.first - a.last <= TOUCHING_LINES for a, b in pairwise(titles))
    ):
        return
    if _decks_run_as_prose(decks) and body.paragraphs:
        # (the notice's text set as wide as its column, its first lines read as display lines
        # for want of a stop: "楚江市建安劳务有限公司工" / "会不慎遗失工会法人资格证" / "书，编号…"
        # run on into its first paragraph; branch zh49)
        body.paragraphs[0] = "".join(t.text for t in decks) + body.paragraphs[0]
    else:
        body.paragraphs[:0] = [t.text for t in decks]
    body.first = min(body.first, decks[0].first)
    body.lines = sorted({*body.lines, *(n for t in decks for n in t.lines)})
    for t in decks:
        t.body = None
    body.titles = [head]


#: The longest display line of a notice read as a bare title (_display_lines_into_notice).
NOTICE_DISPLAY_CHARS: Final = 48


def _notice_display_title(item: Title | Body) -> TypeGuard[Title]:
    """Whether an item is an English title left alone as a teaser with no page pointer and no
    contents box, short and holding no sentence's stop inside: a notice's display line, if the
    item above is a notice under its own head (_display_lines_into_notice)."""
    return (
        isinstance(item, Title)
        and item.body is None
        and item.pointer is None
        and not item.entry
        and item.style != "cjk"
        and len(item.text) <= NOTICE_DISPLAY_CHARS
        and ". " not in item.text
    )


def _notice_head_over_display_rows(item: Body) -> None:
    """A notice's head read together with the display lines in capitals under it, and the
    lines under those as its decks ("INVITATION FOR BIDS" / "LANKA WATER BOARD" / "Supply of
    5,000 Domestic Water Meters" / "Sealed bids are invited …", a tender notice as a Sri Lankan
    daily sets it; branch en46): the head is its first printed line, which alone is a notice's
    (classify.opens_as_notice, whose heads close their line: "INVITATION FOR BIDS", "SAD
    DEMISE"), and the rows and decks under it are the notice's first paragraphs, as
    _display_lines_into_notice reads a notice's display lines. Asked on a page not found
    historical only (that function's gate)."""
    head = item.titles[0]
    if (
        len(head.rows) < 2
        or not opens_as_notice(head.rows[0], "")
        or opens_as_notice(head.text, "")
        or len(head.lines) != len(head.rows)
    ):
        return
    display = [*head.rows[1:], *(title.text for title in item.titles[1:])]
    moved = [*head.lines[1:], *(number for title in item.titles[1:] for number in title.lines)]
    head.text = head.rows[0]
    head.rows = head.rows[:1]
    head.lines = head.lines[:1]
    head.last = head.first
    item.titles = [head]
    item.paragraphs[:0] = display
    item.lines = sorted([*item.lines, *moved])


def _display_lines_into_notice(ordered: list[Title | Body]) -> list[Title | Body]:
    """A funeral or society notice's display lines read as bare titles under it ("CALL TO GLORY"
    / "Madam Comfort Akosua Darko" / … / "Funeral: Saturday, December 12" / "Family House,
    Nkawkaw") go back into it as paragraphs: a notice sets each fact on a line of its own in
    display type, which the parser reads as titles no story takes. Gate: the item above is a
    notice by its head (classify.opens_as_notice: "CALL TO GLORY", "IN MEMORIAM", "CARD OF
    THANKS", "… FOR SALE"), each title touches the item above (TOUCHING_LINES), and the page
    is not found historical (``assemble``'s gate; branch en45)."""
    kept: list[Title | Body] = []
    for item in ordered:
        if isinstance(item, Body) and item.titles:
            _notice_head_over_display_rows(item)
        above = kept[-1] if kept else None
        if (
            isinstance(above, Body)
            and _notice_display_title(item)
            and above.titles
            and opens_as_notice(above.titles[0].text, "")
            and item.first - above.last <= TOUCHING_LINES
        ):
            above.paragraphs.append(item.text)
            above.lines = sorted([*above.lines, *item.lines])
            above.last = max(above.last, item.last)
            continue
        kept.append(item)
    return kept


#: A house's or a remedy's name as an ad prints it on a line of its own: the house's word
#: (綢緞莊, 照相館, 洋行, 商號, 書局, 公司, 藥房, 戲院, 舞臺, 酒樓 …) or a remedy's form (止痛散,
#: 保腎丸, 萬金油膏, 救急丹).
_CJK_HOUSE_NAME: Final = re.compile(
    r"(?:[莊庄館馆號号店舖铺廠厂局]|[洋銀银商]行|公司|[藥药]房|[戲戏影]院|舞[臺台]|[酒茶][樓楼]"
    r"|[散丸膏丹])$"
)
#: A remedy's form closing its name (止痛散, 保安丸, 萬金油膏, 救急丹).
_CJK_REMEDY_NAME: Final = re.compile(r"[散丸膏丹]$")
#: The shortest slogan set over a remedy's name ("暑天必備").
AD_SLOGAN_CHARS: Final = 4
#: A slogan of two four-character phrases parted by a space ("貨眞價實　童叟無欺").
_CJK_SLOGAN_PAIR: Final = re.compile(r"^[\u4e00-\u9fff]{4}[ \u3000]+[\u4e00-\u9fff]{4}$")
#: The longest line read as a house's or a brand's name under an ad's slogan.
AD_NAME_CHARS: Final = 10


def ad_slogan_over_name(slogan: str, name: str) -> bool:
    """Whether an advertisement's first two display lines are its slogan over the house or the
    brand it names ("貨眞價實　童叟無欺" / "老協興綢緞莊", "海上第一流攝影專家" / "國泰藝術照相館"):
    then the slogan is the notice's kicker and the name its headline (branch hz46). Neither
    line carries an ad's mark (a price, a telephone, an address, a maker); the name is one
    run of at most ``AD_NAME_CHARS`` characters, and either it ends on a house's word or a
    remedy's form (:data:`_CJK_HOUSE_NAME`) the slogan does not end on, the slogan the longer,
    or the slogan is two four-character phrases parted by a space. A brand printed first over
    its slogan ("雙鶴牌牙粉" / "潔齒香口") or over its maker's house ("金字塔香煙" / "福新煙草公司")
    is not one."""
    name = name.strip()
    slogan = slogan.strip()
    if (
        not name
        or len(name) > AD_NAME_CHARS
        or " " in name
        or "\u3000" in name
        or _CJK_AD_MARK.search(name) is not None
        or _CJK_AD_MARK.search(slogan) is not None
    ):
        return False
    if _CJK_HOUSE_NAME.search(name) is not None:
        if _CJK_HOUSE_NAME.search(slogan) is not None:
            return False
        # (a brand printed over its maker's house, "金字塔香煙" / "福新煙草公司", is set as
        # short as the house's name or shorter: a slogan runs longer; over a remedy's own
        # name, which no maker's house is, a slogan may be set short, "暑天必備" / "萬應保安丸";
        # branch hz47)
        return len(slogan) > len(name) or (
            _CJK_REMEDY_NAME.search(name) is not None and len(slogan) >= AD_SLOGAN_CHARS
        )
    return _CJK_SLOGAN_PAIR.match(slogan) is not None


def _ad_of_display_lines(piece: list[Title]) -> list[Title | Body]:
    """One notice of an advertisement's display lines (see :func:`_display_runs_as_ads`),
    or the lines as they were when they are fewer than two or carry no ad's mark. The ad's
    first line is its head when it carries no ad's mark itself: the brand or the house an ad
    names first ("雙鶴牌牙粉", "平安電影院"), printed on a line of its own; its other lines are its
    text (branch hz45). An ad opening on its price, address or maker has no head."""
    if len(piece) < 2 or not _ad_evidence(piece):
        # (a slogan over the house it names, the house over two lines more, is an ad by
        # itself: a bank's "節約建國　儲蓄救國" / "中國農工銀行" names no price; branch hz47)
        return list(piece)
    # (one printed line: display lines read on into it, "金字塔香煙" / "煙中" / "鉄軍", are
    # its slogan, and the brand's own line is no longer told apart)
    first = piece[0]
    alone = first.last == first.first and len(first.lines) <= 1
    head = first if alone and _CJK_AD_MARK.search(first.text) is None else None
    heads = [head] if head is not None else []
    if (
        head is not None
        and len(piece) >= 3
        and piece[1].last == piece[1].first
        and len(piece[1].lines) <= 1
        and ad_slogan_over_name(first.text, piece[1].text)
    ):
        heads.append(piece[1])  # the slogan over the house's name: kicker and headline
    text = piece[len(heads) :]
    ad = Body([title.text for title in text], piece[0].first, piece[-1].last)
    ad.lines = sorted(number for title in text for number in title.lines)
    ad.ad_piece = True
    ad.open = False
    for title in heads:
        title.body = ad
        ad.titles.append(title)
    return [ad]


def _prose_lines_into_headless(
    ordered: list[Title | Body], known_words: frozenset[str]
) -> tuple[list[Title | Body], int]:
    """A line of a head-less item's first sentence read as a title and left alone as a
    body-less teaser goes back to open that item.

    A weekly's local item, a legal notice or a story's paragraph broken by a column or block
    break may have its first line read as a title by its capitals ("Mr. and Mrs. W. R. Green,
    Grand" over "River, married in 1866.", "Laying of the keel of the first ves-" over "sel,
    for the …"); no story takes it (its words echo another lead of the page better, or the
    item under it reads as a sentence going on), so it stood as a teaser with no text (or,
    short and alone, went to the page's unplaced text: _is_lone_teaser, asked after this),
    and the item as a head-less one with its sentence cut. When such a title (one line, no
    page pointer, mixed case, no Chinese) stands right over a head-less item
    (:func:`_headless_under`) with no dateline, byline or caption, and reads as prose
    running on into it (:func:`_line_runs_on_as_prose`), the title's text opens the item's
    first paragraph, joined as a paragraph's lines are (not when the item reads as a notice
    by its opening cue and would not so opened, nor when the item above leaves its last
    sentence waiting for its next word: :func:`_left_waiting`, the sister's case). Gate:
    only on a plain-text page modern_page found not modern (``assemble``'s
    ``historical``): a modern head in sentence case holds words in small letters a 1916
    head capitalises.
    Returns the items and the end-of-line hyphens removed in joining."""
    kept: list[Title | Body] = []
    removed = 0
    for index, item in enumerate(ordered):
        below = ordered[index + 1] if index + 1 < len(ordered) else None
        if (
            not _lone_prose_title(item)
            or below is None
            or not _headless_under(item, below)
            or not isinstance(below, Body)
            or below.dateline is not None
            or below.byline is not None
            or below.is_caption
            or _left_waiting(kept[-1] if kept else None, item)
            or not _line_runs_on_as_prose(item.text, below.paragraphs[0], known_words)
        ):
            kept.append(item)
            continue
        opening, hyphens = join_lines([item.text, below.paragraphs[0]], known_words)
        text = "\n".join(below.paragraphs)
        if _reads_as_notice(below, None, None, text) and not _reads_as_notice(
            below, None, None, "\n".join([opening, *below.paragraphs[1:]])
        ):
            kept.append(item)  # (a notice known by its opening cue keeps its kind and cue)
            continue
        below.paragraphs[0] = opening
        removed += hyphens
        below.first = min(below.first, item.first)
        below.lines = sorted({*below.lines, *item.lines})
    return kept, removed


#: Words that name a time of day or a day, not a place: "Evening, February 11" dates an event.
_NOT_A_PLACE: Final = re.compile(
    r"^\W*(?:morning|afternoon|evening|night|noon|week|day|on|at|until|from|since|dated?)\b",
    re.IGNORECASE,
)
#: A title's word before a name ("Meyer. Mrs Alex. Jan. 17." is a list's entry, not a place).
_PERSON_TITLE: Final = re.compile(r"\b(?:Mrs?|Miss|Dr|Rev|Capt|Col|Gen)\b\.?")
#: A story's first paragraph reads as prose when this many of its first ``DATELINE_PROSE_WORDS``
#: words are words in small letters (a market's table or a list of names holds few).
DATELINE_PROSE_SMALL: Final = 6
DATELINE_PROSE_WORDS: Final = 20


def _lone_dateline_opening(text: str) -> tuple[str, str] | None:
    """A story's only title that is its dateline alone, or its dateline and the first words
    of its first line ("SALT LAKE CITY. Feb. 20.", "Washington, Feb. 11. Secretary"): (the
    dateline, the words after it); None for anything else. The dateline names its day in
    figures; no title's word (a list's "Meyer. Mrs Alex. Jan. 17."), no time of day
    ("Evening, February 11") stands in it; the words after it, if any, open on a capital and
    hold no figure or colon (a table's "Feb. 1 May 1J1", a shipping list's "Sailed:")."""
    role = opens_story_alone(text)
    if role == "dateline":
        dateline, words = text.strip(), ""
    elif role is None:
        opening = split_story_opening(text)
        if opening is None or opening[0]:
            return None
        _deck, dateline, words = opening
    else:
        return None
    if (
        not any(c.isdigit() for c in dateline)
        or _PERSON_TITLE.search(dateline)
        or _NOT_A_PLACE.match(dateline)
    ):
        return None
    if words and (not words[0].isupper() or any(c.isdigit() for c in words) or ":" in words):
        return None
    return dateline, words


def _lone_datelines_as_openings(
    ordered: list[Title | Body], known_words: frozenset[str]
) -> tuple[list[Title | Body], int, list[str]]:
    """A story whose only title is its dateline (with, maybe, the first words of its first
    line) has no head: the title is its dateline, the words open its first paragraph; and the
    head it lost, when it stands right over the dateline, is its head again
    (:func:`_head_back_over_dateline`).

    A 1916 daily sets a dispatch's place and day on a line of its own over the text, with no
    dash ("LITTLE ROCK. Ark. Feb. 5." / "Eleven lives have been lost …"), or OCR cuts the
    dateline's line after the story's first word ("Washington, Feb. 11. Secretary" / "Daniels
    today approved …"). When the printed head went elsewhere (into the story above, or left
    as a brief of its own over a wire credit) the line stands as the story's only title and was
    read as its headline; no paper prints a place and a day as a head. Only the story's only
    title (no deck under it), straight over its first line (at most ``TOUCHING_LINES`` apart)
    and below the page's first ``PAGE_TOP_LINES`` lines (a masthead's place and date stand
    there), when the story has no dateline yet and its first paragraph reads as prose (at least
    ``DATELINE_PROSE_SMALL`` words in small letters among its first
    ``DATELINE_PROSE_WORDS``: not a market's table or a list of dated entries); see
    :func:`_lone_dateline_opening` for the title. Gate: only on a plain-text page modern_page
    found not modern (``assemble``'s ``historical``). Returns the items, the end-of-line
    hyphens removed in joining the words to the paragraph, and the scraps left over."""
    removed = 0
    kept: list[Title | Body] = []
    scraps: list[str] = []
    for item in ordered:
        if (
            not isinstance(item, Body)
            or len(item.titles) != 1
            or item.dateline is not None
            or not item.paragraphs
        ):
            kept.append(item)
            continue
        title = item.titles[0]
        if (
            title.style == "cjk"
            or not title.is_plain()
            or title.first < PAGE_TOP_LINES
            or not title.last < item.first <= title.last + TOUCHING_LINES
        ):
            kept.append(item)
            continue
        opening = _lone_dateline_opening(title.text)
        if opening is None:
            kept.append(item)
            continue
        words = item.paragraphs[0].split()[:DATELINE_PROSE_WORDS]
        if sum(1 for w in words if _SMALL_LETTER_WORD.fullmatch(w.strip(".,;:!?\"'"))) < (
            DATELINE_PROSE_SMALL
        ):
            kept.append(item)
            continue
        item.dateline, rest = opening
        if rest:
            item.paragraphs[0], hyphens = join_lines([rest, item.paragraphs[0]], known_words)
            removed += hyphens
        item.titles.remove(title)
        _opens_with(item, title)
        above = kept[-1] if kept else None
        if isinstance(above, Body):
            taken = _head_back_over_dateline(above, item, title, scraps)
            if taken:
                kept.pop()
        kept.append(item)
    return kept, removed, scraps


#: A head left as the last paragraph of the story above holds at most this many characters
#: and lines (a one- or two-line head: "Floods Cause Damage.", "CHARGES TOWN IMMORAL," / "NOW
#: HE MUST PROVE IT").
LEFT_HEAD_CHARS: Final = 60
LEFT_HEAD_LINES: Final = 2
#: A brief above a dateline whose head is the dispatch's holds one paragraph of at most this
#: many characters: a deck, a wire credit or a scrap of OCR.
LEFT_BRIEF_CHARS: Final = 120


def _head_back_over_dateline(above: Body, story: Body, dateline: Title, scraps: list[str]) -> bool:
    """The head a dispatch lost, standing right over its dateline's line, heads it again; True
    when the whole item ``above`` went to the story (the caller drops it).

    The dateline's line is a dispatch's first, under its head; when the head was not taken
    with it, the head was read into the item above. Two shapes, each ending at most
    ``TOUCHING_LINES`` over the dateline's line:

    - a head-only brief: a headed item with no dateline and one short paragraph (at most
      ``LEFT_BRIEF_CHARS``) that is its deck, the wire's credit or a scrap of OCR ("SITUATION
      IMPROVES" / "Flood Refugees Are Being Rescued by Steamers."; "MAJOR MYTON NOT" / "GUILTY
      OF MURDER" / "1"): its titles are the story's, the paragraph its last deck (its byline,
      if a wire credit; a scrap with no word of three letters goes to the page's unplaced text);
    - the last paragraph of a story of several, at most ``LEFT_HEAD_LINES`` lines and
      ``LEFT_HEAD_CHARS`` characters, in title case or capitals (every content word but one
      capitalised, at least two), with no figure (a table's row) and not ending on a comma
      ("Floods Cause Damage." / "LITTLE ROCK, Ark., Feb. 5."): it is the story's head.
    """
    if not 0 < dateline.first - above.last <= TOUCHING_LINES:
        return False
    if above.titles and len(above.paragraphs) == 1 and not above.is_caption:
        text = above.paragraphs[0].strip()
        # Its own dateline, byline, credit or jump line would have nowhere to go.
        if len(text) > LEFT_BRIEF_CHARS or above.has_own_parts():
            return False
        story.titles = [*above.titles, *story.titles]
        for moved in above.titles:
            moved.body = story
        if story.byline is None and (opens_story_alone(text) == "byline" or is_wire_credit(text)):
            story.take_byline(text, above.lines)
        elif re.search(r"[A-Za-z]{3}", text) is None:
            scraps.append(text)
        else:
            lines = sorted(above.lines) or [above.first]
            deck = Title(text, "mixed", lines[0], lines[-1], lines=lines)
            deck.body = story
            story.titles.append(deck)
        story.first = min(story.first, above.first, *(t.first for t in above.titles))
        return True
    if len(above.paragraphs) < 2:
        return False
    text = above.paragraphs[-1].strip()
    content, capitalised = capitalised_words(text)
    if (
        len(text) > LEFT_HEAD_CHARS
        or above.last - above.tail_first >= LEFT_HEAD_LINES
        or text.endswith((",", ";", "-"))
        or any(c.isdigit() for c in text)
        or content < 2
        or capitalised < content - 1
    ):
        return False
    above.paragraphs.pop()
    _forget_dropped_paragraphs(above)
    lines = [n for n in above.lines if n >= above.tail_first] or [above.tail_first]
    above.lines = [n for n in above.lines if n < above.tail_first]
    above.last = max([above.first, *above.lines])
    head = Title(text, "mixed", lines[0], lines[-1], lines=lines)
    head.body = story
    story.titles = [head, *story.titles]
    story.first = min(story.first, head.first)
    return False


def _closes_open_sentence(text: str, above: str) -> bool:
    """Whether a lone title's line ``text`` reads as the end of the open sentence that the
    paragraph ``above`` it leaves: the paragraph closes nothing (:func:`reflow.closes`), and
    the line opens on a word in small letters ("ston and Mrs. W. A. Clarke of Laurens.",
    "ously injured.") or the paragraph waits for its next word (:func:`_waits_for_next_word`:
    "… Mrs. Pendleton S. Morris, regent of", "… said that W."); the line
    is not mostly OCR's noise and no head's line in title case unless it names a person by
    an initial or a title (as :func:`_line_runs_on_as_prose` reads it)."""
    line = _TRAILING_SPECK.sub("", text.strip())
    tail = above.rstrip()
    if len(line.split()) < 2 or noise_share(line) > DECK_NOISE_SHARE or not tail:
        return False
    if _closes_paragraph(tail):
        return False
    if not _waits_for_next_word(tail) and _PROSE_LINE_OPENING.match(line) is None:
        return False
    return not _head_in_title_case(line)


def _head_in_title_case(line: str) -> bool:
    """Whether a line is in title case and names no person by an initial or a title
    (``_PERSON_MARK``): a head's or a deck's line, where "Mr. and Mrs. W. R. Green, Grand" is
    a list of names' line of prose."""
    return is_title_cased(line) and _PERSON_MARK.search(line) is None


#: A name's initial ending a paragraph ("… Clerks, E.", "… said that W."): the name goes on.
_ENDS_ON_INITIAL: Final = re.compile(r"(?<![\w.])[A-Z]\.$")


#: Small words no sentence ends on (a verb's helper may: "… the faith they had").
_OPEN_ENDING_WORDS: Final = RUN_ON_WORDS & _HEADLINE_SMALL_WORDS


def _waits_for_next_word(tail: str) -> bool:
    """Whether a paragraph's last words wait for the next: a comma, a small word in small
    letters no sentence ends on (_OPEN_ENDING_WORDS: "… regent of"), a name's title or
    ``and`` (_CUT_MID_NAME), or a name's initial ("… said that W.")."""
    last = tail.split()[-1]
    return (
        tail.endswith(",")
        or (last.islower() and last in _OPEN_ENDING_WORDS)
        or _CUT_MID_NAME.search(tail) is not None
        or _ENDS_ON_INITIAL.search(tail) is not None
    )


def _left_waiting(above: Title | Body | None, item: Title) -> bool:
    """Whether the item right above a lone title (within TOUCHING_LINES, no jump line) leaves
    its last paragraph open and waiting for its next word (:func:`_waits_for_next_word`):
    the title's line goes on that paragraph first, not the item under it."""
    if not isinstance(above, Body) or not above.paragraphs or above.continued_to is not None:
        return False
    tail = above.paragraphs[-1].rstrip()
    return (
        bool(tail)
        and 0 < item.first - above.last <= TOUCHING_LINES
        and not _closes_paragraph(tail)
        and _waits_for_next_word(tail)
    )


def _closes_paragraph(tail: str) -> bool:
    """Whether a paragraph's last words close it (:func:`reflow.closes`, a speck OCR left at
    its end aside), a name's initial at its end not counted as a stop ("… said that W.")."""
    if _ENDS_ON_INITIAL.search(tail) is not None:
        return False
    return closes(tail) or closes(_TRAILING_SPECK.sub("", tail))


def _prose_lines_into_story_above(
    ordered: list[Title | Body], known_words: frozenset[str]
) -> tuple[list[Title | Body], int]:
    """A line of prose read as a title and left alone as a body-less teaser goes back to close
    the open sentence of the item right above it.

    The sister of :func:`_prose_lines_into_headless`, for a line no head-less item under it
    goes on from: a paragraph cut at a column or block break leaves its sentence open ("…
    Mrs. Mary B. Goodwin of William"), and its next line, capitalised names ("ston and Mrs.
    W. A. Clarke of Laurens."), was read as a title that no story took. When such a title
    (one line, no page pointer, mixed case, no Chinese) stands within TOUCHING_LINES under
    an item whose last paragraph it goes on (:func:`_closes_open_sentence`), with no jump
    line closing that item, its text ends that paragraph, joined as a paragraph's lines are.
    Gate: as the sister's (``assemble``'s ``historical``). Returns the items and the
    end-of-line hyphens removed in joining."""
    kept: list[Title | Body] = []
    removed = 0
    for item in ordered:
        above = kept[-1] if kept else None
        if (
            not _lone_prose_title(item)
            or not isinstance(above, Body)
            or not above.paragraphs
            or above.continued_to is not None
            or above.is_caption
            or not 0 < item.first - above.last <= TOUCHING_LINES
            or not _closes_open_sentence(item.text, above.paragraphs[-1])
        ):
            kept.append(item)
            continue
        above.paragraphs[-1], hyphens = join_lines([above.paragraphs[-1], item.text], known_words)
        removed += hyphens
        above.last = max(above.last, item.last)
        above.lines = sorted({*above.lines, *item.lines})
    return kept, removed


#: A line of prose read as a head has at least this many words ("was tha", "are sick" are a
#: sentence's tail, not an item's opening).
PROSE_HEAD_WORDS: Final = 3
#: A line opening on a word in small letters, a dash or quote aside: a sentence's middle.
_SMALL_OPENING: Final = re.compile(_OPENING_MARKS + _SMALL_WORD.pattern)
#: A comma or a semicolon inside a line: a list's or a sentence's, not a head's in title case.
_INNER_COMMA: Final = re.compile(r"[,;]\s")
#: The strong marks of a line of prose a 1916 head does not carry (:func:`_prose_head_lines`):
#: it opens on a dash and a name's title ("—Mr. and Mrs.") ...
_PROSE_HEAD_OPENING: Final = re.compile(r"[-—–]\s*(?:(?:Mr|Mrs|Messrs|Dr|Rev)\.|Miss\b)")
#: ... or it ends on a word broken at the line's end, a comma, ``and``, a name's title or an
#: initial ("… G. H.", "… and Mrs.", "… Johnson,").
_PROSE_HEAD_END: Final = re.compile(
    r"(?:[a-z]-|,|\band|\b(?:Mr|Mrs|Messrs|Dr|Rev)\.?|\bMiss|(?<![\w.])[A-Z]\.)$"
)


def _prose_head_lines(
    body: Body, above: Title | Body | None, known_words: frozenset[str]
) -> frozenset[int]:
    """The lines of a brief's or a story's one-line head that is a line of its own prose.

    A weekly's local item ("—Mr. and Mrs. G. H. Keyes left" over "Tuesday afternoon for
    Pensacola …") or a paragraph broken at a column's top has its first line read as a title
    by its capitals, and the title pass gives it as head to the item it opens. When a body's
    only title (one line, mixed case, no page pointer, no Chinese; the body with no dateline,
    byline or caption) reads as prose running on into its first paragraph
    (:func:`_line_runs_on_as_prose`) and carries a strong mark of prose no 1916 head carries
    (_PROSE_HEAD_OPENING, _PROSE_HEAD_END: a head sets ``is``, ``was`` or ``to`` in small
    letters and may end without a stop, so those weaker shapes are not enough), its lines are
    returned: :func:`_sentence_head_to_body` makes the line the paragraph's opening words and
    leaves the item head-less. Gate: only on a plain-text page modern_page found not modern
    (``assemble``'s ``historical``): a modern head in sentence case opens and ends so."""
    if (
        len(body.titles) != 1
        or not body.paragraphs
        or body.dateline is not None
        or body.byline is not None
        or body.is_caption
    ):
        return frozenset()
    title = body.titles[0]
    text = _TRAILING_SPECK.sub("", title.text.strip())
    if (
        title.style != "mixed"
        or title.pointer is not None
        or len(title.lines) != 1
        or title.kicker is not None
        or cjk_ratio(text) > 0
        or len(text.split()) < PROSE_HEAD_WORDS
        or not _line_runs_on_as_prose(
            title.text,
            body.paragraphs[0],
            known_words,
            shaped=_PROSE_HEAD_OPENING.match(text) is not None,
        )
        or _left_waiting(above, title)
    ):
        return frozenset()
    if _SMALL_OPENING.match(text) is not None:
        # (a sentence's middle: only after an item closed right above it, not the open text
        # or the head it goes on from; and no head whose first capital OCR lost: "former
        # Federal Soldier Found Dead", its other words in title case with no comma)
        headlike = is_title_cased(text.split(maxsplit=1)[1]) and not (
            _INNER_COMMA.search(text) or _PROSE_HEAD_END.search(text)
        )
        return (
            frozenset(title.lines)
            if _closed_text_above(above, title) and not headlike
            else frozenset()
        )
    if _PROSE_HEAD_OPENING.match(text) is None and _PROSE_HEAD_END.search(text) is None:
        return frozenset()
    return frozenset(title.lines)


def _closed_text_above(above: Title | Body | None, title: Title) -> bool:
    """Whether a title stands within TOUCHING_LINES under an item whose last paragraph
    closes (:func:`_closes_paragraph`)."""
    return (
        isinstance(above, Body)
        and bool(above.paragraphs)
        and 0 < title.first - above.last <= TOUCHING_LINES
        and _closes_paragraph(above.paragraphs[-1].rstrip())
    )


def _signatures_back_to_ads(ordered: Sequence[Title | Body]) -> None:
    """An advertisement's or a notice's signature read as the head of the next item goes back
    to close the ad above.

    A card signs off on a line of its own under its text: a name and its office ("W. W. FRY,
    President"), a firm's name alone ("FIRST NATIONAL BANK"), a telephone line ("PHONE 14")
    (:func:`classify.reads_as_ad_signature`); the title pass gives that short capitalised line
    to the item printed under it as its head. When the line is that item's only title and
    stands between the two, the item above reads as a notice (:func:`_reads_as_notice`, as its
    kind is given) with the line and without it, and the item under it is no notice itself (an
    ad's own display head is often its firm's name), the line is the notice's last paragraph
    and the item under it has no head. The notice test runs only for the few heads of a
    signature's shape.
    """
    for index in range(1, len(ordered)):
        body, above = ordered[index], ordered[index - 1]
        if not isinstance(body, Body) or not isinstance(above, Body) or len(body.titles) != 1:
            continue
        title = body.titles[0]
        if not reads_as_ad_signature(title.text):
            continue
        if not (above.last < title.first and title.last < body.first) or above.dateline:
            continue
        if not above.paragraphs or not body.paragraphs or body.dateline or body.byline:
            continue
        _, head, sub = _decks(above)
        text = "\n".join(above.paragraphs)
        if not _reads_as_notice(above, head, sub, text):
            continue
        if not _reads_as_notice(above, head, sub, f"{text}\n{title.text}"):
            continue  # (signed, the text would read as news: the line is left where it was)
        if _reads_as_notice(body, None, None, "\n".join(body.paragraphs)):
            continue
        above.paragraphs.append(title.text)
        above.lines.extend(title.lines)
        above.last = max(above.last, title.last)
        body.titles = []
        title.body = None


def _wrapped_heads_over_headless(ordered: list[Title | Body]) -> list[Title | Body]:
    """A head wrapped over two lines whose first line stands alone (:func:`_is_lone_teaser`)
    and whose second was read as a one-line brief (``Council Approves Budget for Water`` /
    ``Plant``) heads the head-less item right under that brief when the joined head recurs
    in the item's lead; before, the first line went to the page's unplaced text and the
    second stood as a brief (branch ``lonehead16``)."""
    dropped: set[int] = set()
    for index in range(1, len(ordered) - 2):
        title, tail_item, body = ordered[index : index + 3]
        if not isinstance(title, Title) or not isinstance(body, Body):
            continue
        tail = _wrapped_tail(tail_item)
        if (
            tail is None
            or not _is_lone_teaser(ordered, index)
            or not _headless_under(title, tail_item)
            or not _headless_under(tail_item, body)
        ):
            continue
        joined = f"{title.text} {tail}"
        score = title_score(joined, body.lead)
        if score < WRAPPED_HEAD_ECHO:
            continue
        title.text, title.last = joined, tail_item.last
        title.lines = [*title.lines, *tail_item.lines]
        title.body, title.echo = body, score
        body.titles.append(title)
        body.headed = True
        dropped.update((id(title), id(tail_item)))
    if not dropped:
        return ordered
    return [item for item in ordered if id(item) not in dropped]


def _join_wrapped_titles(
    sequence: list[Title | Body], mastheads: Sequence[int] = ()
) -> tuple[list[Title | Body], int]:
    """Join a title broken over two lines that were read as two titles; returns the sequence
    and the end-of-line hyphens removed.

    Two titles printed one under the other are one when the first cannot end a headline (an
    English line ending in "for", "of", "the" …; a pointer cut before its page, "… See"), the
    second starts in lower case, or the words across the seam are printed together in the
    lead of the story below ("全国科技工作会议第二次" + "全体会议在京举行", "… MOUNTAIN" +
    "PASSES"). Never across a masthead line taken out between them (``mastheads``, sorted):
    a scrap of the nameplate over the date line ("TFSk-") is no first line of the head
    under it (:func:`_masthead_apart`).
    """
    result: list[Title | Body] = []
    removed = 0
    #: The last printed piece of a title made of several (a wrapped line is judged by it).
    tail = ""
    for index, item in enumerate(sequence):
        previous = result[-1] if result else None
        if (
            isinstance(item, Title)
            and isinstance(previous, Title)
            and previous.pointer is None
            and not (previous.entry or item.entry)
            and previous.style == item.style
            and item.first - previous.last <= 2
            and not item.text.startswith("—")
            # (a literary work's title under its column's label: _penned_title)
            and item.author is None
            and not _masthead_apart(mastheads, previous, item, sequence[index + 1 : index + 2])
            and not _deck_of_phrases_under(previous, item)
            and _title_runs_on(previous.text, item.text, _next_lead(sequence, index), tail)
        ):
            joined, hyphens = join_lines([previous.text, item.text])
            tail = item.text
            previous.text, previous.last = repair_spacing(joined), item.last
            previous.pointer = item.pointer
            previous.rows += item.rows
            removed += hyphens
            continue
        result.append(item)
        tail = item.text if isinstance(item, Title) else ""
    return result, removed


def _deck_of_phrases_under(above: Title, below: Title) -> bool:
    """Whether a Chinese title lists its points as phrases parted by spaces (DECK_PHRASES of
    them at least: "全長十二公里 總經費四十八億元 二〇三〇年完工") under one that does not: a deck
    in its own style, never the head's second line, however its words echo the lead across
    the seam (branch zh46)."""
    return (
        below.style == "cjk"
        and " " in below.text
        and _spaced_phrases(below.text) >= DECK_PHRASES > _spaced_phrases(above.text)
    )


def _masthead_apart(
    mastheads: Sequence[int], above: Title, below: Title, after: Sequence[Title | Body]
) -> bool:
    """Whether a masthead line taken out as furniture stands between two titles, the lower
    standing straight over a story (``after``, the item after it, is a body): the nameplate's
    scraps and the ear over the date line ("THE BEMIDJI DAILY PIONEE" / "TFSk-" /
    "BEMIDJI, MINNESOTA, MONDAY EVENING, FEBRUARY 28, 1916.") are no head's first line, so the
    head under the date line ("COUNTY COMMISSIONERS TO HOLD MEET TOMORROW") starts there. A
    lower title with more titles under it is left as it was: alone, a scrap of a stack
    ("WORD" over '"LEGAL" PROVES STUMBLING BLOCK') is taken from afar by another story; so is
    one naming a month and a day (a date line the masthead rules missed, "CHICAGO, FEBRUARY
    12,1916": no head, whatever stands over it). Gate:
    only lines the masthead rules took out count, and a modern page's masthead stands over
    its first head as an old one's does; Chinese titles are not asked (an issue number,
    "第五期", set inside a magazine's advertisement is read as furniture between the ad's
    lines)."""
    return (
        bool(mastheads)
        and above.style != "cjk"
        and below.style != "cjk"
        and bool(after)
        and isinstance(after[0], Body)
        and not names_story_opening(below.text)
        and _masthead_between(list(mastheads), above.last, below.first)
    )


def _join_titles_from_afar(body: Body) -> int:
    """Join two titles from afar that are one title broken over two lines, judged by the lead
    of the story they went to; returns the end-of-line hyphens removed.

    Titles are first joined by the lead printed under them (:func:`_join_wrapped_titles`); on a
    scrambled page that is another story's. Two lines standing together that both went to this
    story by their echo run on when its own lead says so ("全国科技工作会议第二次" +
    "全体会议在京举行": the lead prints "第二次全体会议").
    """
    titles = sorted(body.titles, key=lambda t: t.first)
    kept = [titles[0]]
    removed = 0
    for title in titles[1:]:
        previous = kept[-1]
        if (
            previous.detached
            and title.detached
            and previous.style == title.style
            and title.first - previous.last <= TOUCHING_LINES
            and not title.text.startswith("—")
            and _title_runs_on(previous.text, title.text, body.lead)
        ):
            joined, hyphens = join_lines([previous.text, title.text])
            previous.text, previous.last = repair_spacing(joined), title.last
            previous.lines.extend(title.lines)
            previous.rows += title.rows
            previous.echo = max(previous.echo, title.echo)
            removed += hyphens
            continue
        kept.append(title)
    body.titles = kept
    return removed


def _next_lead(sequence: list[Title | Body], index: int) -> str:
    for item in sequence[index + 1 : index + 6]:
        if isinstance(item, Body):
            return item.lead
    return ""


def _under_box_entries(units: Sequence[Unit], position: int) -> bool:
    """Whether the unit at ``position`` comes straight under a contents box's entries (a listed
    title whose last line is an entry closed by its page, box_entry: ``焦點`` / ``…A4`` lines;
    a listed line with no page is no entry to go by) that OCR read between two lines of one
    column: a box set beside a story is read into it wherever its lines fall, and the story's
    text under the box goes on from its text above, the paragraph cut there running on when it
    ended on no stop
    (asked only where the story is still open)."""
    if not position:
        return False
    above = units[position - 1]
    return (
        above.kind == "title"
        and above.lines[-1].listed
        and box_entry(above.lines[-1].text) is not None
    )


def _title_runs_on(first: str, second: str, lead: str, tail: str = "") -> bool:
    if cjk_ratio(first) >= 0.5:
        if len(letters_only(second)) <= 2:
            # One or two characters under a title are its wrapped tail, no deck; not a
            # column's label ("社論", "短評", "小說"), which heads what stands under it (branch
            # hz47).
            return not is_signed_column_label(second)
        seam = letters_only(first)[-2:] + letters_only(second)[:2]
        if len(seam) >= 3 and seam in letters_only(lead):
            # (not where the lead prints the seam's two halves as two clauses, a comma or a
            # stop between: "…86万亩，整治…" under "…高标准农田86万亩" / "整治小型水利设施…" is
            # a head over its deck; branch zh48)
            return not _seam_across_clauses(first, second, lead)
        return republican_head_reads_on(first, second, lead)
    last_word = (first.split() or [""])[-1].lower()
    if last_word == "see" or caps_runs_on(first, second) or _mixed_head_wraps(first, second):
        return True
    if title_style(first) == "caps" == title_style(second) and caps_head_wraps(
        tail or first, second
    ):
        return True
    if title_style(first) == "mixed" == title_style(second) and first.strip().isalpha():
        return True  # a word alone over a mixed-case title is its first ("Celebrate")
    if _figure_led_tail(first, second):
        return True
    head = (second.split() or [""])[0]
    seam = f"{last_word.strip('.,:;')} {head.lower().strip('.,:;')}"
    return len(seam) > 4 and seam in " ".join(lead.lower().split())


#: The marks that part a Chinese sentence's clauses (_seam_across_clauses).
_CLAUSE_MARKS: Final = "，。；：、！？,;"


def _seam_across_clauses(first: str, second: str, lead: str) -> bool:
    """Whether the lead prints the seam of two Chinese title lines (the first's last two
    characters, the second's first two) only with a clause mark inside it ("86万亩，整治"):
    the two lines are two phrases the lead tells as two clauses, a head and its deck, not one
    head broken by its line. Asked only when the seam's letters are in the lead (a match of
    the letters alone found them)."""
    tail, head = letters_only(first)[-2:], letters_only(second)[:2]
    marks = re.escape(_CLAUSE_MARKS)
    pattern = re.escape(tail) + r"[^\w" + marks + r"]*" + re.escape(head)
    if re.search(pattern, lead):
        return False
    crossed = re.escape(tail) + r"[^\w]*[" + marks + r"][^\w]*" + re.escape(head)
    return re.search(crossed, lead) is not None


#: A head line ending on one of these words leaves its sentence open: a clause of time ("…時",
#: "…後") or a list of names ("褚民誼等") wants the line under it, and so does a verb that
#: takes a clause as its object ("冀察政會决定" / "設立經濟委員會": decide, resolve, plan, ask,
#: urge, approve, demand; branch hz45). Not 令: "國府命令" names the order it heads.
_OPEN_HEAD_ENDINGS: Final = (
    "時",
    "後",
    "等",
    "决定",
    "決定",
    "議决",
    "議決",
    "擬",
    "請",
    "促",
    "准",
    "要求",
)
#: A head line opening on a count of people or things ("八千多名在滬", "三百餘人被捕"): the
#: predicate of the line above, which names them ("猶太難民"; branch hz45). 兩 is left out:
#: "兩國海軍當局…" names its own subject.
_COUNT_OPENING: Final = re.compile(r"^[一二三四五六七八九十百千萬廿卅\d]+[多餘]?[名人艘架輛萬千百]")
#: The characters a line of such a two-line headline holds at most.
REPUBLICAN_HEAD_CHARS: Final = 10


def republican_head_reads_on(first: str, second: str, lead: str) -> bool:
    """Whether two Chinese title lines stacked over 、-stopped text (reflow.dun_stopped: the
    Republican-era press) are one headline read on over two lines, not a headline and a
    deck: the first leaves its sentence open (_OPEN_HEAD_ENDINGS: "英商輪於必要時" /
    "請軍艦保護", "冀察政會决定" / "設立經濟委員會") or the second opens on an adverb wanting the
    first as its subject (reflow.SUBJECTLESS_OPENINGS: "浙東形勢" / "又趨緊張", "國旗案" /
    "昨已解决") or on a count of what the first names (_COUNT_OPENING: "猶太難民" /
    "八千多名在滬"). Both lines are
    short (REPUBLICAN_HEAD_CHARS). Gate: the lead under the titles is 、-stopped, which modern
    Chinese never is."""
    a, b = letters_only(first), letters_only(second)
    if not a or not b or len(a) > REPUBLICAN_HEAD_CHARS or len(b) > REPUBLICAN_HEAD_CHARS:
        return False
    if not (
        a.endswith(_OPEN_HEAD_ENDINGS)
        or b.startswith(SUBJECTLESS_OPENINGS)
        or _COUNT_OPENING.match(b) is not None
        or _WHEN_WILL_OPENING.match(b) is not None
        or _PIVOT_TAIL.search(a) is not None
    ):
        return False
    return dun_stopped(lead)


#: A head line ending on a verb that bids someone do a thing and the one bidden ("港當局勸民衆"
#: / "準備應付危機", "省府飭各縣" / "嚴防匪患"): what they are bidden to do is the line under it
#: (branch hz46). 令 after 司, 命, 法, 指, 政, 口, 律, 訓, 號 or 禁 is a noun ("司令部",
#: "國府命令").
_PIVOT_TAIL: Final = re.compile(
    r"(?:[勸劝飭饬囑嘱諭谕]|(?<![司命法指政口律訓训號号禁])令)[\u4e00-\u9fff]{1,3}$"
)
#: A head line opening on when a thing is to happen and a modal that wants its subject before
#: it ("下月可望通車", "日內卽可發表", "明年始能完成"): the line above names the thing, and the two
#: read as one headline ("粵漢路株韶段" / "下月可望通車"; branch hz46). A line opening on 自
#: ("自本月二十日起實行") names its own start and is a deck.
_WHEN_WILL_OPENING: Final = re.compile(
    r"^(?:下[月週周旬]|本[月週周]底?|明[日年春]|日內|不日|月內|年內|短期內?)"
    r"(?:可望|卽可|即可|可|將|卽|即|始|當|擬)"
)


def _figure_led_tail(first: str, second: str) -> bool:
    """A sentence-case head's tail wrapped onto a line opening on a figure or a price, then a
    word in small letters ("Council OKs" / "$48M water", "to retire after" / "11 years"), under
    a mixed-case line ending on a word. A 1916 deck wrapped so goes on in title case ("Big Fire
    Causes" / "$40,000 Loss"): the small word is the gate to sentence-case (modern) heads."""
    words = second.split()
    return (
        # (a tail is a few words: a line of more is a deck opening on a figure, "12 new
        # high-speed lines to be built over next three years", the lead's round 44)
        2 <= len(words) <= SENTENCE_HEAD_TAIL_WORDS
        and title_style(first) == "mixed"
        and first.rstrip()[-1:].isalpha()
        and amount_then_word(words)
    )


def _mixed_head_wraps(first: str, second: str) -> bool:
    """Two mixed-case title lines that are one headline wrapped: the first stops on a word
    with no mark (and holds no sentence), the second closes with the full stop old headlines
    end in, or a question or exclamation mark ("Corn and Pig Club" / "Meets At Oak Hall.",
    "Where Do You" / "Stand on Rates, Mr. Governor?")."""
    return (
        title_style(first) == "mixed"
        and title_style(second) == "mixed"
        and first.rstrip()[-1:].isalpha()
        and ". " not in first
        and second.rstrip().endswith((".", "?", "!"))
        and not ends_with_abbreviation(second)
    )


#: A dateline's day of two figures OCR set apart ("London, Feb. 1 4."; classify._OCR_DAY).
_SPLIT_DAY: Final = re.compile(r"\s[12] \d(?!\w)")


def _dispatch_read_late(unit: Unit, text: str, dateline: str) -> bool:
    """Whether a paragraph's dateline is one only the later dateline rules read: its route
    after the day (``classify.dateline_only_routed``), its day's figures set apart
    (_SPLIT_DAY), or its first line a dateline alone (``classify.is_dateline_alone``, which
    reflow runs on into the story's first line)."""
    first = unit.lines[0].text.strip()
    return (
        _SPLIT_DAY.search(dateline) is not None
        or is_dateline_alone(first)
        or dateline_only_routed(text)
    )


def _leads(text: str) -> tuple[str | None, str | None, str, str]:
    """(dateline, byline, rest, mark) from the start of a paragraph, in either order:
    "(By Associated Press.) WASHINGTON, Feb. 1.—The …", "本报讯（记者张伟） 1月14日 …"; the
    mark is a column rule's OCR set before the dateline ("i New Orleans, …"), or ""."""
    dateline: str | None = None
    byline: str | None = None
    mark = ""
    for _ in range(3):
        found = match_dateline(text) if dateline is None else None
        if found:
            dateline, text, mark = found.text, found.rest, found.mark
            continue
        found = match_byline_lead(text) if byline is None else None
        if found:
            byline, text = found.text, found.rest
            continue
        break
    return dateline, byline, text, mark


#: OCR dirt before a title's first word: underscores, a rule's end or a speck read as "_"
#: ("_A FEARFUL ADVENTURE.", "__ Council Meets"), or a hyphen set apart before a word in
#: capitals (a column rule's end: "- RESOLUTIONS OF RESPECT"). No title opens with one.
_TITLE_DIRT = re.compile(r"^(?:_+\s*(?=[^\W_])|-\s+(?=[A-Z][A-Z]))")


#: The list marks a Chinese box of briefs sets close before each head ("■", "●"; _title_dirt),
#: and the double circle a Taiwanese local paper sets so ("◎"; branch zh46). Not "□" or "○"
#: (an old page's text marks an illegible character so) nor "◇" (the Republican-era press
#: sets a label between two, "◇本市簡訊◇", and both are the label's).
HEAD_BULLETS: Final = frozenset("■●▲◆★▶►◎")


def _title_dirt(text: str) -> tuple[str, str]:
    """(the dirt before a title's first word, the title without it); ("", text) when none.
    The dirt is kept in the page's unplaced text, so nothing is lost. A Chinese head opened by
    a box's list mark set close before its first character ("■中華會館舉辦冬令救濟",
    "●江州南站新增6对动车组"; branch zh45) has the mark as its dirt: the box's decoration."""
    if (
        text[:1] in HEAD_BULLETS
        and text[1:2]
        and (
            is_cjk_letter(text[1])
            # (or on a figure of a Chinese head: "▲11月外銷訂單估年增一成"; branch zh47)
            or (text[1].isdigit() and cjk_ratio(text) >= 0.5)
        )
        # (a label between two ornaments keeps both: "◆陪都零訊◆"; branch hz47)
        and not ornament_label(text)
    ):
        return text[:1], text[1:]
    if not text.startswith(("_", "-")):
        return "", text
    match = _TITLE_DIRT.match(text)
    if match is None:
        return "", text
    return match.group(0).strip(), text[match.end() :]


#: A printed rule's marks OCR reads at a head line's edge: a run of bars, tildes or
#: underscores set apart by a space ("| WEATHER.", "Frost Helps Victors. |"), or bars glued
#: to a word in title case ("|Gen. E. M. Weaver dies."; "|t" and "|N" are OCR's "It", "IN").
_LEADING_RULE: Final = re.compile(r"^(?:[|¦~_]+\s+|[|¦]+(?=[A-Z][a-z]))")
_TRAILING_RULE: Final = re.compile(r"\s+[|¦~_]+$")
_RULE_CHARS: Final = "|¦~_"


def _rule_marks(lines: Sequence[Line]) -> tuple[list[str], list[Line]]:
    """(the rule marks at the edges of a title's lines, the lines without them); a line of
    nothing but marks is dropped. The marks go to the page's unplaced text, so nothing is lost.
    ([], the lines) when no line has one: two character tests a line."""
    if not any(
        line.text and (line.text[0] in _RULE_CHARS or line.text[-1] in _RULE_CHARS)
        for line in lines
    ):
        return [], list(lines)
    marks: list[str] = []
    kept: list[Line] = []
    for line in lines:
        text = line.text
        if text.strip(_RULE_CHARS + " ") == "":
            if text.strip():
                marks.append(text.strip())
            continue
        lead = _LEADING_RULE.match(text)
        if lead is not None:
            marks.append(lead.group(0).strip())
            text = text[lead.end() :]
        tail = _TRAILING_RULE.search(text)
        if tail is not None:
            marks.append(tail.group(0).strip())
            text = text[: tail.start()]
        kept.append(line if text == line.text else replace(line, text=text, width=-1))
    return marks, kept


#: A line of a title-case headline wrapped in a column holds at most this many characters.
WRAPPED_HEAD_LINE_CHARS: Final = 40
#: The share of OCR noise a wrapped headline's line may hold: a column rule's "|" or a word
#: OCR cased oddly ("CofTee") in a few, but not a garbled dateline ("ItOTTI-HtDA.M, I-'ebrunry").
WRAPPED_HEAD_NOISE: Final = 0.3


#: The most words of a head's topic before its colon ("Apapa port congestion:").
TOPIC_WORDS: Final = 5


def _topic_colon_runs_on(titles: Sequence[Title]) -> bool:
    """A modern head opening on its topic and a colon, wrapped after the colon (``Apapa port
    congestion:`` / ``Importers count losses as ships wait 30 days``): the topic is the head's
    first line, not a head of its own over a deck (a colon introduces what follows; no head
    ends on one). Gate: the stack's first title a sentence-case topic of at most TOPIC_WORDS
    words (a word after the first in small letters) ending on the colon, the title straight
    under it in mixed case too and no bulleted deck."""
    if len(titles) < 2:
        return False
    topic, rest = titles[0], titles[1]
    words = topic.text.split()
    return (
        topic.text.endswith(":")
        and topic.style == rest.style == "mixed"
        and 2 <= len(words) <= TOPIC_WORDS
        and any(word.isalpha() and word.islower() for word in words[1:])
        and not topic.detached
        and not rest.detached
        and rest.first - topic.last <= 2
        and not opens_bullet_item(rest.text)
    )


def _wrapped_head_titles(titles: list[Title]) -> int:
    """How many of a stack's titles (no capitals head among them) are one headline.

    A 1916 headline set in title case is wrapped over short lines in its column, and the
    parser may read it as two titles, a head and a deck ("Austrian Aviators" / "Drop Bombs on
    Milan", "Great Moonshining Plant" / "Is Sold by Government"). With no capitals head above
    them there is no deck: title-case lines set one under the other, none of them closing a
    sentence before the last and none wider than a column's line, are one headline. Lines
    in sentence case (a modern head over its deck) keep them apart, and so does a line that
    may hold a story's opening read into the deck ("BERLIN (Via London), Feb. . Tho",
    "Republican A. P. Leased Wire"), a line with a sentence's end inside or OCR noise:
    joined, they would spoil the headline. So does a deck set smaller under a head wrapped
    over lines, closing on a full stop (_deck_set_smaller).
    """
    rows = 1
    while rows < len(titles):
        above, title = titles[rows - 1], titles[rows]
        if not (
            above.style == title.style == "mixed"
            and title.first == above.last + 1
            and not ends_sentence(above.text)
            and not above.detached
            and not title.detached
            and all(_wrapped_line(t) for t in (above, title))
            and not may_hold_story_opening(title.text)
            and not ends_sentence_inside(title.text)
            and noise_share(title.text) <= WRAPPED_HEAD_NOISE
            and not _deck_set_smaller(titles[:rows], title)
        ):
            break
        rows += 1
    return rows


#: How much more a deck's line holds, on average, than the lines of the title-case head over
#: it: the deck is set in smaller type in the same column.
DECK_LINE_SHARE: Final = 1.1


def _deck_set_smaller(head: list[Title], deck: Title) -> bool:
    """Whether a title-case title under a title-case head is its deck, set in smaller type
    (a 1916 daily's "S. T. Wallis Picked" / "For West Point Test" over "Commissioners
    Announce Him" / "First in Recent Competitive" / "Examination."): both wrapped over two
    lines or more, the head ending no sentence and the deck closing on a full stop, the
    deck's lines holding more characters on average (DECK_LINE_SHARE) than the head's, as
    smaller type does in the same column. A head wrapped over lines keeps their width and
    closes on no stop."""
    head_lines = sum(len(title.lines) for title in head)
    if len(deck.lines) < 2 or head_lines < 2 or not deck.text.rstrip().endswith("."):
        return False
    head_chars = sum(len(title.text) for title in head)
    return (
        not ends_sentence(head[-1].text)
        and not ends_with_abbreviation(deck.text)
        and len(deck.text) * head_lines >= DECK_LINE_SHARE * head_chars * len(deck.lines)
    )


def _wrapped_line(title: Title) -> bool:
    """A title-case title whose lines are each as short as a column's (on average)."""
    rows = max(1, len(title.lines))
    return len(title.text) <= WRAPPED_HEAD_LINE_CHARS * rows and is_title_cased(title.text)


def _give_back_sentence_ends(sequence: list[Title | Body]) -> list[str]:
    """A line over a capitals head that ends the sentence the story above leaves open goes back
    to that story's last paragraph; a line of OCR noise over a capitals head is no deck.
    Returns the noise's text, for the page's unplaced text.

    OCR of a 1916 page sets the rest of a cut sentence ("… The next meeting will be at Mrs.
    W." / "T. Quinn's, with Miss Edith Miles as leader.") or of a deck ("Mother and Son
    Murdered, the" / "Daughter Dying and Third Boy Injured.") on the line over the next head,
    where it would be read as that story's kicker or first deck. Only the first line of a stack
    is given back, one with no kicker's marks (:func:`_reads_as_kicker`), straight under the
    story (at most one blank line between). Then the lines of OCR noise over the head go
    (:func:`_shed_noise_over_head`): a column's stray scrap over a head is nobody's deck.
    """
    story: Body | None = None
    noise: list[str] = []
    for item in sequence:
        if not isinstance(item, Body):
            continue
        if story is not None:
            _give_back_to(story, item)
        noise.extend(_shed_noise_over_head(item))
        story = item
    return noise


#: A line over a capitals head at least this share of OCR noise is a scrap, not a deck: half its
#: tokens are no words ("I Ot'l 'A',1", "-JS Kit", "TPV QlPtf"). A deck OCR only garbled keeps
#: more of its words ("SS'akcr Loads Eight.", "Mnck ItclcaMS Five.", a third).
OVER_HEAD_NOISE: Final = 0.5


def _garbled_over_head(titles: Sequence[Title]) -> Title | None:
    """The top title of an English stack when it is OCR's garble of capitals letters and marks
    set straight over a capitals head (branch ``histh45``): ``U.JJ'J.'UL'.i!`` over
    ``PENNSYLVANIA EXCEEDS`` / ``SPEED REQUIREMENTS``. Read as the stack's capitals head, it
    took the headline and left the head as the deck. The top title holds no word of three
    letters (``_DECK_WORD``) and is at least ``OVER_HEAD_NOISE`` noise; the title under it,
    at most ``TOUCHING_LINES`` lower, is in capitals and names a head (:func:`_names_a_head`).
    None otherwise."""
    if len(titles) < 2:
        return None
    top, head = sorted(titles, key=lambda t: t.first)[:2]
    if (
        top.style != "caps"
        or head.style != "caps"
        or _DECK_WORD.search(top.text) is not None
        or not 0 < head.first - top.last <= TOUCHING_LINES
        or noise_share(top.text) < OVER_HEAD_NOISE
        or not _names_a_head(head.text)
    ):
        return None
    return top


#: The most characters of a row of OCR garble over a head (:func:`_unread_row_over_head`): a
#: head's width in a column; a wider row is a masthead's or an ad's.
UNREAD_ROW_CHARS: Final = 30
#: The least readable words (classify.READABLE_WORD) of the head under such a row.
UNREAD_ROW_HEAD_WORDS: Final = 2
#: A run of four letters or more.
_FOUR_LETTERS: Final = re.compile(r"[A-Za-z]{4,}")


def _readable_words(text: str) -> list[str]:
    """The readable words of a line (classify.READABLE_WORD, not one letter repeated)."""
    return [word for word in READABLE_WORD.findall(text) if len(set(word.lower())) > 1]


#: An ear's line set over a 1916 page's first head, however OCR garbled its words: the
#: pages' count and edition (``14 PAGES CITY EDITION``, ``FOURTEEN PAGES TODAY.``, ``HOME
#: EDITION``, ``DAILY EVENING EDITION``), the price (``PRICE TWO CENTS``, ``FRICE FIVE
#: CENTS.``, ``P R I C E FIVE CENTS``, ``PJiICJE, ONE CENT.``, ``SINGLE COPY FIVE CENTS.``,
#: ``ITVK CENTS``) or the carrier's rate (``DELIVERED ANYWHERE 60 CENTS A MONTH.``); a few
#: marks of OCR's after it. A head that tells of cents (``EGGS AT THIRTY CENTS``, ``10-CENT
#: FARE``) is none.
_EAR_LINE: Final = re.compile(
    r"^\W{0,3}(?:"
    r"(?:\d{1,2}|[A-Z]{2,9})\s+PAGES(?:\s+(?:CITY\s+EDITION|TODAY))?"
    r"|(?:[A-Z]{3,8}\s+){0,2}EDITION"
    r"|(?:P\s?R\s?I\s?C\s?E|[PF][A-Za-z]{3,6})[.,]?\s+\S{1,6}\s+CENTS?"
    r"|(?:SINGLE\s+)?CO[A-Za-z]Y\s+\S+\s+CENTS?"
    r"|DELIVERED\s+ANYWHERE\s+\S+\s+CENTS\s+A\s+(?:MONTH|WEEK)"
    r"|[A-Z]{3,5}\s+CENTS"
    r")\W{0,3}(?:\s+\S{1,5})?$"
)


#: An ear's or a masthead's words: a title under an ear's line holding one is the ear's too.
_EAR_WORDS: Final = re.compile(r"\b(?:CENTS?|PAGES|EDITION|VOL)\b", re.IGNORECASE)


def _unread_row_over_head(titles: Sequence[Title]) -> Title | None:
    """The top title of a 1916 stack when it is one row of OCR garble holding no readable word
    (classify.READABLE_WORD: ``TT TTV T IV T SM r"-``, ``I ED``, ``XXX``) or an ear's line
    (``_EAR_LINE``: ``14 PAGES CITY EDITION``, ``PRICE TWO CENTS``), set straight over a head
    that reads (branch ``histh49``): read as the stack's head, it took the headline and left
    the head as the deck (``TT TTV T IV T SM r"-`` over ``Workmen's Condensation Act`` /
    ``Affects Employers and Workmen``). :func:`_garbled_over_head` asks noise, which a row of
    capitals letters is not. The row is one line of at most ``UNREAD_ROW_CHARS`` characters,
    mostly capitals (``title_style`` caps); a garbled row holds two letters or more, no
    readable word and no run of four letters but one letter repeated. The title under it, at
    most ``TOUCHING_LINES`` lower, is a head (:func:`_reads_as_head_under_row`). The caller
    asks it on a page not found modern only (a modern kicker of initials, ``NHS``, ``US``,
    reads no word)."""
    if len(titles) < 2:
        return None
    top, head = sorted(titles, key=lambda t: t.first)[:2]
    text = top.text.strip()
    if (
        len(top.lines) != 1
        or len(text) > UNREAD_ROW_CHARS
        or top.style != "caps"
        or not 0 < head.first - top.last <= TOUCHING_LINES
    ):
        return None
    garbled = (
        sum(ch.isalpha() for ch in text) >= 2
        and not _readable_words(text)
        # (a run of four letters is a garbled head's word: "LA III I) DKCMVKS j" over its deck)
        and not any(len(set(run.upper())) > 1 for run in _FOUR_LETTERS.findall(text))
    )
    if not garbled and _EAR_LINE.match(text) is None:
        return None
    return top if _reads_as_head_under_row(head) else None


def _reads_as_head_under_row(head: Title) -> bool:
    """Whether the title under a row of garble or an ear's line is a head: it opens on a letter
    (a cartoon's ``— Chapin in …`` credit), holds ``UNREAD_ROW_HEAD_WORDS`` readable words,
    names no story's opening (``classify.names_story_opening``: ``Republican A. P. Leased
    Wire``, ``SAN DIEGO. Calif., . Feb. 6.?``) nor an ear's words (``_EAR_WORDS``), and is a
    capitals head (:func:`_names_a_head`) or a title-case one that is no deck of several lines
    closed by its stop (``Who Has Relatives in This`` / ``County is Dead at Home`` / ``at
    Pennsboro.``)."""
    under = head.text.strip()
    if (
        not under[:1].isalpha()
        or len(_readable_words(under)) < UNREAD_ROW_HEAD_WORDS
        or names_story_opening(under)
        # (the ear's next line: "SINGLE COPY FIVE CENTS.", "VOL. LVIII-NO. 34")
        or _EAR_WORDS.search(under) is not None
    ):
        return False
    if head.style == "caps":
        return _names_a_head(under)
    if len(head.lines) > 1 and under[-1:] in ".!?":
        return False
    return is_title_cased(under)


def _shed_noise_over_head(body: Body) -> list[str]:
    """Take the lines of OCR noise out of the titles over ``body``'s capitals head; returns
    their text. Not when that would leave one line there that reads as a kicker: a line read as
    a deck beside another is no lone label over the head (see :func:`_decks`). On a page not
    found modern a row of garble over any head that reads goes too
    (:func:`_unread_row_over_head`)."""
    over = _over_capitals_head(body.titles)
    if not over and (garbled := _garbled_over_head(body.titles)) is not None:
        body.titles.remove(garbled)
        return [garbled.text]
    if not body.modern and (row := _unread_row_over_head(body.titles)) is not None:
        body.titles.remove(row)
        return [row.text]
    noisy = [t for t in over if noise_share(t.text) >= OVER_HEAD_NOISE]
    rest = [t for t in over if t not in noisy]
    if not noisy or (len(rest) == 1 and _reads_as_kicker(rest[0])):
        return []
    for title in noisy:
        body.titles.remove(title)
    return [t.text for t in noisy]


def _openings_read_as_decks(sequence: Sequence[Title | Body], lone: bool = False) -> None:
    """A story's dateline or wire credit set on a line of its own over its first line, and read
    as the last deck of its stack, opens the story (:func:`classify.opens_story_alone`); so does
    a dateline run in after the deck's stop or followed by the story's first words
    (:func:`classify.split_story_opening`).

    A 1916 daily sets the place and day of a dispatch on the line over its first words with no
    dash ("SANTA BARBARA, Cal., Feb. 3." / "The testimony …"), and the wire's credit on one of
    its own ("(BY ASSOCIATED PRESS)", "Republican A. P. Leased Wire"); both stand like a deck
    between the headline's stack and the text. Only the stack's last title, under its headline
    and straight over the story's first paragraph (at most ``TOUCHING_LINES`` apart), when the
    story has no dateline (or no byline) yet.
    A dateline alone on its line straight under the story's byline or wire credit is the
    story's too, whether it was read as the story's last title, its only one, or a title of its
    own left between the credit and the text (:func:`_under_byline`).

    With ``lone`` (before the stacks are settled), only a story's only title, when it is an
    opening read strictly (:func:`classify.opens_story_strictly`) below the page's first
    ``PAGE_TOP_LINES`` lines (a masthead's wire ear, "FULL LEASED WIRE DISPATCHES", stands
    there): the story has no head, and a head-less story may take the stack over it.
    """
    for index, body in enumerate(sequence):
        if not isinstance(body, Body):
            continue
        left = sequence[index - 1] if index else None
        if not lone and isinstance(left, Title) and _dateline_left_under_credit(left, body):
            body.dateline = left.text.strip()
            left.body = body
            _opens_with(body, left)
            continue
        # (a credit over a dateline: both are read, the lower first)
        while _read_opening(body, lone) in ("dateline", "byline"):
            pass


def _read_opening(body: Body, lone: bool) -> str | None:
    """Read the last title of ``body``'s stack as its opening (see
    :func:`_openings_read_as_decks`): the role it was read in, or None."""
    titles = sorted(body.titles, key=lambda t: t.first)
    if not titles or not body.paragraphs or titles[0].style == "cjk":
        return None
    title = titles[-1]
    if title.style == "cjk" or not title.last < body.first <= title.last + TOUCHING_LINES:
        return None
    if lone:
        if len(titles) > 1 or title.first < PAGE_TOP_LINES:
            return None
        role = opens_story_strictly(title.text)
        if role is None:
            return None
    else:
        role = opens_story_alone(title.text)
        # a deck: under the stack's headline (the first capitals title, or the first title),
        # or any title set right under the story's byline or credit; a dateline or credit in
        # capitals under a mixed-case head is no headline
        over = len(_over_capitals_head(titles))
        if not _under_byline(body, title) and (
            len(titles) < 2
            or titles.index(title) < over
            or (titles.index(title) == over and role is None)
        ):
            return None
    if role == "dateline" and body.dateline is None:
        body.dateline = title.text.strip()
    elif role == "byline" and body.byline is None:
        body.byline = title.text.strip()
        body.byline_lines = list(title.lines)
    elif role is None and body.dateline is None and body.byline is None:
        # The dateline run in after a deck's stop, or the story's first words after it.
        opening = split_story_opening(title.text)
        if opening is None:
            return None
        deck, body.dateline, words = opening
        if words:
            body.paragraphs[0] = f"{words} {body.paragraphs[0]}"
        body.headed = True
        if deck:
            title.text = deck
            return None
        role = "split"
    else:
        return None
    body.titles.remove(title)
    _opens_with(body, title)
    return role


def _opens_with(body: Body, title: Title) -> None:
    """A title read as ``body``'s opening (its dateline or byline) is its first line now."""
    body.lines.extend(title.lines)
    body.first = min(body.first, title.first)
    body.headed = True


def _dateline_left_under_credit(title: Title, body: Body) -> bool:
    """Whether a title no story took, standing between a story's byline or credit and its first
    line, is the story's dateline alone on its line (:func:`classify.opens_story_alone`): the
    stack over the credit went to the story, the line under it was left a teaser."""
    return (
        title.body is None
        and title.pointer is None
        and title.style != "cjk"
        and body.dateline is None
        and bool(body.paragraphs)
        and title.last < body.first <= title.last + TOUCHING_LINES
        and _under_byline(body, title)
        and opens_story_alone(title.text) == "dateline"
    )


def _under_byline(body: Body, title: Title) -> bool:
    """Whether a title stands directly under its story's byline or wire credit (at most
    ``TOUCHING_LINES`` apart): "By Associated Press." / "WASHINGTON, Feb. 3." / "The senate
    today …". Such a title is no headline, whatever stands over the credit."""
    return (
        body.byline is not None
        and bool(body.byline_lines)
        and 0 < title.first - max(body.byline_lines) <= TOUCHING_LINES
    )


#: A deck's tail read as the story's first words reaches at most this many characters, to
#: its closing stop.
DECK_TAIL_CHARS: Final = 90
#: The first clause of a paragraph: up to the first full stop after a word in small letters.
_FIRST_CLAUSE: Final = re.compile(rf"^(.{{1,{DECK_TAIL_CHARS}}}?[a-z]\.)(?:\s+|$)")


#: A dateline whose place lost its capital to OCR, closing on a stop and a dash within its
#: first words ("uskaloosa, lowa J^b. '28.—In a …"): a sentence starts there.
_GARBLED_DATELINE_DASH: Final = re.compile(r"^[a-z]+,[^—]{0,24}\.\s?—")


#: The first run of letters of a text's first word, after any marks ("[Special" → "Special").
_FIRST_LETTERS: Final = re.compile(r"[^\sA-Za-z]*([A-Za-z]*)")


def _opens_on_no_word(text: str, known_words: frozenset[str]) -> bool:
    """Whether a text opens on nothing a sentence runs on with, only OCR's leavings: a first
    word of no letters ("." , "- v"), of one letter other than "a" (a column rule's mark, "j
    | CONFERENCE …", "i Los Angeles"), whose first letter is a capital behind a mark ("[Special
    to …"), or in small letters and printed nowhere whole on the page (``known_words``): a
    wire credit or a dateline OCR garbled ("liy United Press.", "behlin (via wireless …").
    "former Senator …", "of Berlin" and "to" are words a sentence goes on with."""
    found = _FIRST_LETTERS.match(text)
    letters = found[1] if found else ""
    return (
        (len(letters) < 2 and letters != "a")
        or letters[:1].isupper()
        or letters.lower() not in known_words
    )


def _deck_tails_read_as_openings(
    sequence: Sequence[Title | Body], known_words: frozenset[str]
) -> None:
    """A mixed-case deck cut short on a bare word whose last words were read as the story's
    first ("Former Senator Files Announcement" / "With Secretary of State of Ohio. Theodore
    E. Burton …"): the story's first clause, when it is title case and closes on a stop that
    ends a sentence, is the deck's tail (:func:`_deck_tail`; ``known_words`` the page's, for
    words OCR broke at a line's end)."""
    for body in sequence:
        if not isinstance(body, Body) or not body.paragraphs or body.dateline or body.byline:
            continue
        deck = _last_mixed_deck(body)
        if deck is None:
            _last_bank_read_as_opening(body, known_words)
            continue
        tail = _deck_tail(deck.text, body.paragraphs[0], known_words)
        if tail is None:
            continue
        _, _, sub = _decks(body)
        if sub is None or not sub.endswith(deck.text):
            continue  # the headline's own line, not a deck under it
        clause, rest = tail
        if not rest and len(body.paragraphs) < 2:
            continue  # the stack's own brief: its tail stays its text
        deck.text = f"{deck.text.rstrip()} {clause}"
        if rest:
            body.paragraphs[0] = rest
            continue
        _drop_first_paragraph(body)


#: A pyramid's last bank read as a story's first paragraph holds at most this many characters.
LAST_BANK_CHARS: Final = 200
#: ... and at least this many words of letters ("The Weather." is a label, not a bank).
LAST_BANK_WORDS: Final = 4
#: A capitals bank is at most this much OCR noise (garbled banks pass: "TXSPltAXCK RATES 00 CP").
LAST_BANK_NOISE_SHARE: Final = 0.3
#: A deck under a lone capitals head holds at least this many words of three letters or more.
LONE_DECK_WORDS: Final = 5
#: A pyramid's decks read as the story's first paragraphs are taken back up to this many: a
#: deck under the one taken back ("Regiment In Egypt Rebels; Slay British Officers." / "Other
#: Native Troops Refuse to Fire on Mutineers." / "Berlin, Feb. 18. …").
LAST_BANK_DECKS: Final = 2
#: A sentence's stop after a word in small letters (a closing quote kept with it), where a
#: bank may end and the story's dateline start.
_BANK_STOP: Final = re.compile(r"[a-z][.?!][\"'”’]?\s+")
#: A column rule's mark OCR set before a line: one sign, or one letter other than "a" or "I".
_LEADING_MARK: Final = re.compile(r"^(?:[^\sA-Za-z0-9\"'“‘(\[]|[b-z])\s+")


def _last_bank_read_as_opening(body: Body, known_words: frozenset[str]) -> None:
    """A pyramid's last bank read as the story's first paragraph goes back to the stack
    (:func:`_last_bank`): a 1916 stack sets its head and banks in capitals over decks in mixed
    case, and it ends on a deck, not on a capitals bank ("DOCKS DEVERT'S THEME." / "NONE LEFT
    FOR SIXTH." / "Says Candidate Will Make Tammany 'Tickle Its Whiskers.'" / "William S.
    Devery paid …"). Under a lone capitals head the first paragraph is its deck on the same
    terms when it holds ``LONE_DECK_WORDS`` words and the story's next paragraph is longer, or
    the dateline follows it ("THOUSANDS MOURN FORMER PRECEPTOR" / "Last Days Clouded By Report
    That Man Was To Have Her Place." / "After a life of service …"); not under a label's head
    or a notice's, or over a local item. A second deck under the first goes back on the same
    terms (up to ``LAST_BANK_DECKS``). Its gate keeps it off modern pages: the
    stack's last title is in capitals (a modern head is set in sentence case) and what goes
    back is a title-case sentence closed by a stop (a modern story's first sentence is not)."""
    banks = sorted(body.titles, key=lambda t: t.first)
    if not banks or banks[-1].style != "caps":
        return
    bank = banks[-1]
    if not bank.last < body.first <= bank.last + TOUCHING_LINES:
        return
    if noise_share(bank.text) > LAST_BANK_NOISE_SHARE:
        return  # a dateline or a scrap OCR garbled in capitals, no bank ("LhN'DoX, IV!.")
    _, head, sub = _decks(body)
    lone = sub is None
    if sub is None:
        if head is None or any(t.style != "caps" for t in banks) or body.label or body.local:
            return
        if names_a_column(head) or opens_notice(head):
            return  # a label's column, a notice: its first item is its text
    elif not sub.endswith(bank.text):
        return  # the headline's own line, not a bank under it
    for _ in range(LAST_BANK_DECKS):
        found = _last_bank(body.paragraphs, known_words) if body.dateline is None else None
        if found is None:
            return
        deck, dateline, rest = found
        if (
            lone
            and dateline is None
            and not (
                len(_DECK_WORD.findall(deck)) >= LONE_DECK_WORDS
                and len(body.paragraphs[1]) > len(deck)
            )
        ):
            return
        # (a second deck on the same line as the first: titles are sorted stably, in order)
        body.titles.append(
            Title(deck, "mixed", body.first, body.first, body=body, lines=[body.first])
        )
        if dateline is not None:
            body.dateline = dateline
            body.headed = True
        if rest:
            body.paragraphs[0] = rest
        else:
            _drop_first_paragraph(body)


def _last_bank(
    paragraphs: Sequence[str], known_words: frozenset[str]
) -> tuple[str, str | None, str] | None:
    """(the deck, the story's dateline or None, the first paragraph's rest) when a story's
    first paragraph opens on a pyramid's last deck: the whole paragraph, over more of the
    story, or its sentences before the story's dateline run in ("Adirondack Cottages Also in
    Danger — Great Damage Likely. Plattsburg, N. Y., April 30.— Forest fires …"); at most
    ``LAST_BANK_CHARS`` characters and ``LAST_BANK_WORDS`` words, closed by a stop, title case
    (a word OCR broke at a line's end read whole, a column rule's mark before it left out),
    and no dateline, credit, byline, label (a colon), notice, price or OCR noise."""
    text = paragraphs[0].strip()
    if match_dateline(text) is not None or opens_on_month_day(text):
        return None
    candidates: list[tuple[str, str | None, str]] = []
    if len(text) <= LAST_BANK_CHARS and len(paragraphs) >= 2 and text[-1:] in ".?!\"'”’":
        candidates.append((text, None, ""))
    for stop in _BANK_STOP.finditer(text, 0, LAST_BANK_CHARS + 1):
        lead = match_dateline(text[stop.end() :])
        if lead is not None and lead.rest.strip():
            deck = text[: stop.end()].rstrip()
            mark = f" {lead.mark}" if lead.mark else ""
            candidates.append((deck + mark, lead.text, lead.rest.strip()))
            break
    for deck, dateline, rest in candidates:
        if _reads_as_last_bank(deck, known_words):
            return deck, dateline, rest
    return None


def _reads_as_last_bank(deck: str, known_words: frozenset[str]) -> bool:
    """Whether a text read as a paragraph reads as a pyramid's last deck (see
    :func:`_last_bank`)."""
    bare = _LEADING_MARK.sub("", deck)
    return (
        len(_DECK_WORD.findall(bare)) >= LAST_BANK_WORDS
        and title_style(bare) != "caps"
        and is_title_cased_across_breaks(bare, known_words)
        and not bare.startswith(("(", "["))
        and ":" not in bare
        and opens_story_alone(bare) is None
        and not is_byline_line(bare)
        and not is_copyright_line(bare)
        and not ends_with_abbreviation(bare)
        and not opens_notice(bare)
        and _PRICE_OR_CRY.search(bare) is None
        and noise_share(bare) <= DECK_NOISE_SHARE
    )


#: A story's opening read as its last deck spans at most this many lines.
OPENING_DECK_LINES: Final = 2


def _openings_read_as_deck_lines(
    sequence: Sequence[Title | Body], known_words: frozenset[str]
) -> int:
    """A story's first line read as the last deck of its stack opens its first paragraph again
    (:func:`_reads_as_first_line`): "LOCAL AND PERSONAL" / "Mrs. J. W. Hartley returned" /
    "Saturday from a visit …", "NEW BUILDING TO BE ERECTED" / "O. G. Ayers, proprietor of the
    West" / "Market street billiard room …". A short opening line set under a head is read as a
    title; a deck never runs on as a sentence does. Returns the hyphens removed in joining the
    line to the paragraph (a word broken at its end, ``known_words`` the page's)."""
    removed = 0
    for body in sequence:
        if not isinstance(body, Body) or not body.paragraphs or body.dateline:
            continue
        deck = _last_mixed_deck(body)
        if deck is None or not deck.last < body.first <= deck.last + TOUCHING_LINES:
            continue
        if len(deck.lines) > OPENING_DECK_LINES or not _reads_as_first_line(deck.text):
            continue
        _, _, sub = _decks(body)
        if sub is None or not sub.endswith(deck.text):
            continue  # the headline's own line, not a deck under it
        body.paragraphs[0], hyphens = join_lines([deck.text, body.paragraphs[0]], known_words)
        removed += hyphens
        body.titles.remove(deck)
        _opens_with(body, deck)
    return removed


def _reads_as_first_line(text: str) -> bool:
    """Whether a deck reads as a story's first line: it opens on a person
    (:data:`classify.NAMED_PERSON_OPENING`: "Mrs. J. J. Flemmer entertained", "I. C. Caldwell,
    proprietor of Ihe", "Nellie Ray Howell, wife of John"), sets a content word in small
    letters (no title case: "Mrs. Smith Buys the Old Mill" is a deck), closes on no stop, as a
    line a sentence runs on from, and is no OCR noise."""
    text = text.strip()
    return (
        text[-1:].isalpha()
        and NAMED_PERSON_OPENING.match(text) is not None
        and not is_title_cased(text)
        and noise_share(text) <= DECK_NOISE_SHARE
    )


def _last_mixed_deck(body: Body) -> Title | None:
    """The last title of a body's stack of two or more when it is in mixed case: the deck whose
    tail may have been read as the body's first paragraph (:func:`_deck_tail`), else None."""
    titles = sorted(body.titles, key=lambda t: t.first)
    return titles[-1] if len(titles) >= 2 and titles[-1].style == "mixed" else None


def _drop_first_paragraph(body: Body) -> None:
    """Remove a body's first paragraph, its paragraph indexes moved up with it."""
    del body.paragraphs[0]
    body.guessed_at = [i - 1 for i in body.guessed_at if i > 0]
    body.run_on_at = [i - 1 for i in body.run_on_at if i > 0]
    body.block_openings = [(i - 1, line) for i, line in body.block_openings if i > 0]


def _drop_last_paragraph(body: Body) -> str:
    """Remove and return a body's last paragraph, one source line long (its ``tail_first``,
    the body's last line), with that line and the paragraph indexes that named it."""
    text = body.paragraphs.pop()
    body.lines = [number for number in body.lines if number != body.tail_first]
    body.last = max(body.lines)
    _forget_dropped_paragraphs(body)
    return text


def _forget_dropped_paragraphs(body: Body) -> None:
    """Drop the paragraph indexes (block openings, guessed breaks, run-ons) that name a
    paragraph past the body's last, once paragraphs were taken off its end."""
    count = len(body.paragraphs)
    body.block_openings = [pair for pair in body.block_openings if pair[0] < count]
    body.guessed_at = [index for index in body.guessed_at if index < count]
    body.run_on_at = [index for index in body.run_on_at if index < count]


def _deck_tail(
    deck: str, paragraph: str, known_words: frozenset[str] | None = None
) -> tuple[str, str] | None:
    """(the deck's tail, the paragraph's rest) when a paragraph opens on the tail of ``deck``:
    the deck stops on a bare word (no stop, comma, hyphen or dash: "… More Than Three"), and
    the paragraph's first clause, at most ``DECK_TAIL_CHARS`` characters, is title case
    (:func:`classify.is_title_cased`; given the page's ``known_words``, a word OCR broke at a
    line's end and lost its hyphen is read whole, :func:`classify.is_title_cased_across_breaks`:
    "Forced to Sur render Before Slav Attacks.") and closes on a stop after a word in small
    letters that is no abbreviation ("Score on Milford Trains in Hospitals."), followed by a
    new sentence or nothing — or, given ``known_words``, by what OCR left of a wire credit, a
    dateline or a column rule (:func:`_opens_on_no_word`: "Beyond Erzerum. liy United Press");
    a clause of one word only when nothing follows it ("Summer.").
    Not a dateline or a month and a day near the paragraph's start (the story's opening), no
    list (a colon, or commas with no small word between names), and no notice or noise."""
    last = deck.rstrip()[-1:]
    if not last.isalpha():
        return None
    text = paragraph.strip()
    found = _FIRST_CLAUSE.match(text)
    if found is None:
        return None
    clause, rest = found[1], text[found.end() :]
    if rest and not (
        rest[0].isupper()
        or rest[0] in "\"'“‘"
        or _GARBLED_DATELINE_DASH.match(rest)
        or (known_words is not None and _opens_on_no_word(rest, known_words))
    ):
        return None  # the stop ends no sentence ("Charles A. Towne. former Senator …")
    if len(clause.split()) < 2 and rest:
        return None  # a place set before its dateline ("Pinsk. Russia, by Courier …")
    if ":" in clause or ("," in clause and _SMALL_WORD_INSIDE.search(f" {clause} ") is None):
        return None  # a programme's or a list's names ("Curtner, Mario Crest, Molvina Fowler.")
    title_cased = (
        is_title_cased(clause)
        if known_words is None
        else is_title_cased_across_breaks(clause, known_words)
    )
    if (
        not title_cased
        or ends_with_abbreviation(clause)
        or opens_on_month_day(text)
        or match_dateline(text) is not None
        or opens_notice(clause)
        or _PRICE_OR_CRY.search(clause)
        or noise_share(clause) > DECK_NOISE_SHARE
    ):
        return None
    return clause, rest


#: A word of three letters or more: a deck standing alone holds two of them ("it f" is dirt).
_DECK_WORD: Final = re.compile(r"[A-Za-z]{3,}")
#: A head stack's last deck read as the paragraph of a brief holds at most this many characters.
STACK_DECK_CHARS: Final = 150


def _stacks_over_headless(
    sequence: list[Title | Body],
) -> tuple[list[Title | Body], list[str]]:
    """A head stack read as a brief of its own heads the dispatch printed straight under it.

    A 1916 daily sets a capitals head, a deck wrapped over short lines and then the story,
    opening on its dateline, with no line between them ("EXPERTS TO" / "REEMPLOYED" /
    "Negotiations will be Exam-" / "ined by Handwriting" / "Professionals." / "Chicago, Feb.
    28.—Comparison of …"). When the deck is read as a paragraph, the head and its deck make a
    brief and the story below has no headline. The brief's one paragraph is the stack's last
    deck, and its titles the story's, when the brief has a capitals head, nothing that opens a
    story of its own (a dateline, a byline, a credit, a jump), and one short paragraph of at
    most ``DECK_MAX_LINES`` lines that reads as no notice, price or cry; and the story starts
    within ``TOUCHING_LINES`` under it on a dateline, with no title of its own or only the
    mixed-case tail of that deck (lines after the brief, over the dateline). A paragraph
    OCR garbled past the deck and credit tests, one line straight over the dateline, is the
    story's byline or the page's unplaced text (:func:`_garbled_stack_piece`); those scraps
    are returned with the sequence.
    """
    return _fold_briefs(sequence, _stack_over_headless)


def _stack_over_headless(brief: Body, story: Body) -> list[str] | None:
    """Fold ``brief`` into ``story`` when it is the head stack over the head-less dispatch
    printed straight under it (see :func:`_stacks_over_headless`); returns the scraps for the
    page's unplaced text, or None when the brief stays."""
    if _deck_inside_stack(brief, story):
        story.titles.append(_brief_as_deck(brief, story, "mixed"))
        return []
    piece = "deck" if _stack_reads_as_brief(brief) else _cut_stack_piece(brief)
    if piece is None and story.first - brief.last == 1:
        piece = _garbled_stack_piece(brief, story)
    pieces = (
        _stack_paragraph_pieces(brief) if piece is None and story.dateline is not None else None
    )
    if pieces is not None:
        piece = "decks"
    if (
        piece is None
        or story.dateline is None
        or not story.paragraphs
        or not 0 < story.first - brief.last <= TOUCHING_LINES + 1
        or any(t.style != "mixed" or t.first <= brief.last for t in story.titles)
        or (piece == "byline" and (story.byline or story.credit))
    ):
        return None
    for title in brief.titles:
        title.body = story
    scraps: list[str] = []
    if piece == "byline":
        story.take_byline(brief.paragraphs[0], brief.lines)
        story.titles = [*brief.titles, *story.titles]
    elif piece == "scrap":
        scraps.append(brief.paragraphs[0])
        story.titles = [*brief.titles, *story.titles]
    elif pieces is not None:
        scraps.extend(_fold_stack_paragraphs(brief, story, pieces))
    elif _take_back_deck_tail(brief):
        story.titles = [*brief.titles, *story.titles]
    else:
        style = "caps" if title_style(brief.paragraphs[0]) == "caps" else "mixed"
        deck = _brief_as_deck(brief, story, style)
        story.titles = [*brief.titles, deck, *story.titles]
    story.headed = True
    return scraps


#: A stack's deck read as two paragraphs: a deck holds at least this many content words, at
#: least PARAGRAPH_DECK_SHARE of them capitalised (a deck's title case, not a sentence's).
PARAGRAPH_DECK_WORDS: Final = 2
PARAGRAPH_DECK_SHARE: Final = 2 / 3
#: A capitals run of two words of three letters or more inside such a paragraph is another
#: stack's head read into it ("… of the Place WERE BURIED TOGETHER.").
_CAPITALS_RUN: Final = re.compile(r"\b[A-Z]{3,}\W+[A-Z]{3,}\b")


def _stack_paragraph_pieces(brief: Body) -> list[str] | None:
    """What each of a head stack's two paragraphs is when they are its deck (or two decks) read
    as paragraphs (branch ``lostheads33``); None when they are not.

    A 1916 daily sets a capitals head, a title-case deck and the dispatch on its dateline. When
    a deck's line ends on a stop or a colon the deck is read as two paragraphs ("RIDICULES TRIP"
    / "Senator Works Attacks Wilson's Late Jaunt." / "\"Doctrine of Fright,\" Says Republican
    of Preparedness." over "Washington. Feb. 4. …"), or as a deck and a scrap of OCR's marks
    or a wire's credit OCR garbled ("Liner Stockholm Held at Liverpool Allowed to Go." /
    "Ir t''rntbir:l N-w Srvi\"e:"): the stack is a story of two paragraphs, and ``stacks11``'s
    one-paragraph test never sees it. Each paragraph is
    - ``"deck"``: at most ``STACK_DECK_CHARS`` characters, no notice, price, cry, dateline or
      story's opening, no capitals run (another head), at least ``PARAGRAPH_DECK_WORDS``
      content words of which ``PARAGRAPH_DECK_SHARE`` are capitalised, at most twice
      ``DECK_NOISE_SHARE`` OCR noise;
    - ``"scrap"``: no word of three letters (``_DECK_WORD``: "? ? - ??", "In");
    - ``"credit"`` (the second only, one line): at most ``CREDIT_LINE_CHARS`` characters
      shaped as a credit (``_GARBLED_CREDIT_SHAPE``: a colon closing it, a bracket opening it
      …, or a wire's word of ``STACK_CREDIT``).
    The body has a capitals head over its text (:func:`_is_head_stack`), exactly two paragraphs
    and nothing that opens or carries a story, at most ``2 * DECK_MAX_LINES`` lines, a deck
    with at most ``DECK_NOISE_SHARE`` noise, and the first paragraph's last line known
    (``tail_first``). The caller asks for the dated head-less story straight under it, as for
    one deck; modern pages never reach it (their stories are not dated dispatches under a
    capitals stack of two title-case paragraphs)."""
    lines = sorted(brief.lines)
    if (
        len(brief.paragraphs) != 2
        or not _is_head_stack(brief)
        or brief.dateline
        or brief.byline
        or brief.credit
        or brief.continued_to
        or brief.continued_from
        or len(lines) > 2 * DECK_MAX_LINES
        or not lines[0] < brief.tail_first <= lines[-1]
    ):
        return None
    pieces = [
        _stack_paragraph_piece(text.strip(), second=index == 1)
        for index, text in enumerate(brief.paragraphs)
    ]
    if None in pieces or not any(
        piece == "deck" and noise_share(text) <= DECK_NOISE_SHARE
        for piece, text in zip(pieces, brief.paragraphs, strict=True)
    ):
        return None
    if pieces[1] == "credit" and len([n for n in lines if n >= brief.tail_first]) != 1:
        return None
    return [piece for piece in pieces if piece is not None]


def _stack_paragraph_piece(text: str, *, second: bool) -> str | None:
    """What one paragraph of a head stack is (see :func:`_stack_paragraph_pieces`)."""
    if not text:
        return None
    if _DECK_WORD.search(text) is None:
        return "scrap"
    if _no_stack_deck(text) or match_dateline(text) is not None:
        return None
    if (
        second
        and len(text) <= CREDIT_LINE_CHARS
        and (_GARBLED_CREDIT_SHAPE.search(text) or STACK_CREDIT.search(text))
    ):
        return "credit"
    words, capitalised = capitalised_words(text)
    if (
        len(text) <= STACK_DECK_CHARS
        and opens_story_alone(text) is None
        and _CAPITALS_RUN.search(text) is None
        and words >= PARAGRAPH_DECK_WORDS
        and capitalised >= PARAGRAPH_DECK_SHARE * words
        and noise_share(text) <= 2 * DECK_NOISE_SHARE
    ):
        return "deck"
    return None


def _fold_stack_paragraphs(brief: Body, story: Body, pieces: list[str]) -> list[str]:
    """Fold a head stack's two paragraphs into ``story``'s stack (see
    :func:`_stack_paragraph_pieces`): each deck becomes a deck of the stack, made of its lines
    (two decks when the first closes a sentence, else one deck of both, its lines broken at a
    colon or a stray stop); a credit becomes the story's byline when it has none; a scrap, or a
    credit the story does not take, is returned for the page's unplaced text."""
    lines = sorted(brief.lines)
    upper = [n for n in lines if n < brief.tail_first]
    lower = [n for n in lines if n >= brief.tail_first]
    first, second = (p.strip() for p in brief.paragraphs)
    titles = list(brief.titles)
    scraps: list[str] = []
    if pieces == ["deck", "deck"] and not ends_sentence(first):
        titles.append(
            Title(f"{first} {second}", "mixed", lines[0], lines[-1], body=story, lines=lines)
        )
    else:
        for piece, text, part in zip(pieces, (first, second), (upper, lower), strict=True):
            if piece == "deck":
                titles.append(Title(text, "mixed", part[0], part[-1], body=story, lines=part))
            elif piece == "credit" and not (story.byline or story.credit):
                story.take_byline(text, part)
            else:
                scraps.append(text)
    story.titles = [*titles, *story.titles]
    return scraps


#: A deck cut out of its stack holds at most this many characters and this many lines.
INSIDE_DECK_CHARS: Final = 200
INSIDE_DECK_LINES: Final = 4


def _decks_inside_stacks(
    sequence: list[Title | Body],
) -> tuple[list[Title | Body], list[str]]:
    """A deck printed between a story's head and its body goes back into the stack.

    A 1916 daily sets a capitals head, a mixed-case deck wrapped over short lines, and the
    story ("VICE PRESIDENT OF" / "WESTERN UNION DIES" / "Belvidere E. Brooks Entered Service" /
    "of Company as Mes" / "senger Boy." / "International News Service:" / "NEW YORK, Feb. 10.
    …"). When the head is attached to the story over the deck, the deck's first line is read
    as a title of its own and the rest as its paragraph: an item of its own, listed before the
    story (whose body starts under it) though printed inside its stack. The item becomes one
    deck of the story's stack (its title and paragraph joined, in printed order) when it is a
    mixed-case title over at most one paragraph (and a wire's credit line under it, which becomes
    the story's byline when it has none), no dateline, byline, jump or notice, at most
    ``INSIDE_DECK_CHARS`` characters over at most ``INSIDE_DECK_LINES`` lines, set at most
    ``TOUCHING_LINES`` under one of the story's titles (none taken from afar) and at most
    ``TOUCHING_LINES`` over the story's first line (branch ``heads27``)."""
    items = [item for item in sequence if isinstance(item, Body) or item.body is None]
    removed: set[int] = set()
    scraps: list[str] = []
    for inside, story in pairwise(items):
        if isinstance(inside, Body) and isinstance(story, Body) and _deck_inside(inside, story):
            title = inside.titles[0]
            deck, credit = _deck_parts(inside)
            text = " ".join([title.text, *deck])
            lines = sorted({*title.lines, *inside.lines})
            story.titles.append(Title(text, "mixed", lines[0], lines[-1], body=story, lines=lines))
            if credit and story.byline is None:
                story.byline = credit[0]  # (as _stacks_over_credit reads a credit there)
            else:
                scraps.extend(credit)
            removed.add(id(inside))
    if not removed:
        return sequence, scraps
    return [item for item in sequence if id(item) not in removed], scraps


def _deck_parts(inside: Body) -> tuple[list[str], list[str]]:
    """A cut-out deck's paragraphs: the deck's tail, and a last short paragraph that is a wire's
    or a correspondent's credit (closing on a colon, "International News Service:", or in
    brackets, "(Special to The Herald.)", or an agency's credit as :func:`is_wire_credit`
    reads it) apart."""
    paragraphs = list(inside.paragraphs)
    if paragraphs and len(paragraphs[-1]) <= CREDIT_LINE_CHARS and _reads_as_credit(paragraphs[-1]):
        return paragraphs[:-1], paragraphs[-1:]
    return paragraphs, []


def _reads_as_credit(text: str) -> bool:
    """Whether a short paragraph under a deck is a credit line (see :func:`_deck_parts`)."""
    stripped = text.strip()
    return (
        stripped.endswith(":")
        or (stripped.startswith(("(", "[")) and stripped.rstrip(".").endswith((")", "]")))
        or is_wire_credit(stripped)
    )


def _deck_inside(inside: Body, story: Body) -> bool:
    """Whether ``inside`` is a deck cut out of ``story``'s stack (see
    :func:`_decks_inside_stacks`)."""
    if (
        len(inside.titles) != 1
        or inside.titles[0].style != "mixed"
        or len(_deck_parts(inside)[0]) > 1
        or inside.dateline is not None
        or inside.byline is not None
        or inside.credit is not None
        or inside.continued_to is not None
        or inside.continued_from is not None
        or inside.label
        or inside.local
        or inside.ad_piece
        or not story.titles
        or not story.lines
        or any(t.style == "cjk" for t in story.titles)
    ):
        return False
    title = inside.titles[0]
    lines = sorted({*title.lines, *inside.lines})
    text = " ".join([title.text, *_deck_parts(inside)[0]])
    if (
        not lines
        or len(lines) > INSIDE_DECK_LINES
        or len(text) > INSIDE_DECK_CHARS
        or _no_stack_deck(text)
        or len(_DECK_WORD.findall(text)) < 2
    ):
        return False
    above = [t.last for t in story.titles if t.last < lines[0]]
    return (
        bool(above)
        and lines[0] - max(above) <= TOUCHING_LINES
        and 0 < min(story.lines) - lines[-1] <= TOUCHING_LINES
    )


def _stacks_over_credit(
    sequence: list[Title | Body],
) -> tuple[list[Title | Body], list[str]]:
    """A head stack read as a brief heads the head-less dispatch opening on a credit under it.

    A 1916 daily sets a dispatch's capitals head and deck, the wire's credit on its own line,
    then the dateline ("MOTOR BUS IS HELD UP" / "lYur Handits Take SH and Jewelry" / "lYoin
    Party." / "International News Service:" / "LOS ANdFLFS, Falif.. Feb. IS."). The deck read
    as a paragraph makes the stack a brief, and the dispatch, given its byline and dateline,
    has no head. The brief's one paragraph is the stack's last deck, and its titles the
    dispatch's, when the brief is a stack with a capitals head (:func:`_is_head_stack`) over
    one short paragraph of at most ``DECK_MAX_LINES`` lines with nothing that opens a story
    and no notice, price or cry (OCR noise allowed: the credit and dateline under it are the
    evidence), and the next story has no title, a byline and a dateline, its byline's first
    line at most ``TOUCHING_LINES`` under the brief (branch ``stackcredit18``). A paragraph
    with no word of three letters (``_DECK_WORD``: "1H", "?", OCR's marks under the stack) is
    no deck: it is returned, for the page's unplaced text.
    """
    return _fold_briefs(sequence, _stack_over_credit)


def _stack_over_credit(brief: Body, story: Body) -> list[str] | None:
    """Fold ``brief`` into ``story`` when it is the stack over the story's credit (see
    :func:`_stacks_over_credit`); returns the scraps for the page's unplaced text, or None when
    the brief stays."""
    if (
        not _is_head_stack(brief)
        or not _stack_deck_text(brief, noisy=True)
        or match_dateline(brief.paragraphs[0]) is not None
        or story.titles
        or story.dateline is None
        or story.byline is None
        or not story.byline_lines
        or not story.paragraphs
        or not 0 < min(story.byline_lines) - brief.last <= TOUCHING_LINES
    ):
        return None
    for title in brief.titles:
        title.body = story
    text = brief.paragraphs[0].strip()
    story.titles = list(brief.titles)
    story.headed = True
    if _DECK_WORD.search(text):
        style = "caps" if title_style(text) == "caps" else "mixed"
        story.titles.append(_brief_as_deck(brief, story, style))
        return []
    return [brief.paragraphs[0]]


def _fold_briefs(
    sequence: list[Title | Body], fold: Callable[[Body, Body], list[str] | None]
) -> tuple[list[Title | Body], list[str]]:
    """Offer each brief and the body after it to ``fold``, which folds the brief into that body
    and returns its scraps (for the page's unplaced text), or returns None; the sequence
    without the folded briefs, and the scraps."""
    removed: set[int] = set()
    scraps: list[str] = []
    items = [item for item in sequence if isinstance(item, Body)]
    for brief, story in pairwise(items):
        if id(brief) in removed:
            continue
        taken = fold(brief, story)
        if taken is not None:
            scraps.extend(taken)
            removed.add(id(brief))
    return [item for item in sequence if id(item) not in removed], scraps


#: A scrap cut into a head stack: at most this many lines (a column rule's mark, a stray letter
#: or two between the capitals head and its deck).
STACK_SCRAP_LINES: Final = 2
#: A figure of two digits is a price, a date or a score: text, not a scrap of marks.
_TWO_DIGITS: Final = re.compile(r"\d\d")
#: A run of letters: a scrap that holds a small word a head runs on with ("TO", "ON", "OF") is
#: the head's last word, not a mark.
_LETTER_RUN: Final = re.compile(r"[A-Za-z]+")


def _stacks_over_decks(
    sequence: list[Title | Body],
) -> tuple[list[Title | Body], list[str]]:
    """A capitals head cut from its deck by a scrap of OCR heads the story under that deck.

    A 1916 daily sets a capitals head, a mixed-case deck and the story; OCR often leaves a mark
    between the head and the deck (a column rule read as "T", "I", "II", "J."). The mark is read
    as a paragraph, so the head and the mark make a brief, and the story under the deck is
    headed by its deck ("DISREGARD OF SIGNAL CAUSES" / "T" / "Eight Lives Lost and Fully Fifty
    Persons Injured …"): the deck becomes the headline and the head a brief of nothing
    (branch ``heads21``). The brief's titles head the story, and the mark goes to the page's
    unplaced text, when the brief is a head stack with a capitals head (:func:`_is_head_stack`)
    whose one paragraph is a scrap (:func:`_scrap_under_head`: at most ``STACK_SCRAP_LINES``
    lines, no word of three letters (``_DECK_WORD``), no figure of two digits, no small word a
    head runs on with) and the story's titles, at least one, are all mixed case, set under the
    brief (the first within ``TOUCHING_LINES`` of it), none taken from afar, and its first
    paragraph holds a word. Stories that open on a dateline under the scrap with no title are
    ``stackgarble20``'s (:func:`_stacks_over_headless`); one with no dateline and no title, a
    head over a scrap straight over it, is read here too (:func:`_stack_over_headless_prose`)."""
    return _fold_briefs(sequence, _stack_over_deck_or_prose)


def _stack_over_deck_or_prose(brief: Body, story: Body) -> list[str] | None:
    """Fold ``brief`` into ``story`` by :func:`_stack_over_deck` or, when the story has no
    title, by :func:`_stack_over_headless_prose`."""
    if not story.titles:
        return _stack_over_headless_prose(brief, story)
    return _stack_over_deck(brief, story)


def _stack_over_headless_prose(brief: Body, story: Body) -> list[str] | None:
    """Fold ``brief`` into ``story`` when it is a capitals head over a scrap straight over the
    story, which has no title and no dateline (branch ``histh45``): ``MINE OPEN AGAIN.`` / ``4
    +`` / ``4 JOHNSTOWN, Pa., Feb. 11. …``, ``GROTON MAN BROUGHT TO BARRE HOSPITAL`` / ``V`` /
    ``Said to Be Critical …``. A story with a dateline is ``stackgarble20``'s. The brief is a
    head over a scrap (:func:`_scrap_under_head`) whose head, its only title, is clean
    (:func:`_clean_head_stack`), names a head (:func:`_names_a_head`) and stands free as one
    (:func:`_free_capitals_head`'s tests: no small words, no story's opening, page's name,
    person or firm) and holds at most ``DECK_NOISE_SHARE`` OCR noise; the story starts within
    ``TOUCHING_LINES`` under the brief, its first paragraph is prose (``STORY_SMALL_WORDS``
    words in small letters), and its lead holds a word of the head (:func:`echo.title_score`:
    a head from another column over a story it does not tell of shares none). The head heads
    the story; the scrap goes to the page's unplaced text."""
    if (
        story.titles
        or story.dateline is not None
        or not story.paragraphs
        or story.is_caption
        or len(brief.titles) != 1
        or not 0 < story.first - brief.last <= TOUCHING_LINES
        or not _scrap_under_head(brief)
    ):
        return None
    head = brief.titles[0]
    if (
        head.style != "caps"
        or _LOWER_WORD.search(head.text) is not None
        or names_story_opening(head.text)
        or names_page(head.text)
        or not _names_a_head(head.text)
        or not _clean_head_stack(brief)
        or len(_SMALL_LETTER_WORD.findall(story.paragraphs[0])) < STORY_SMALL_WORDS
        or noise_share(head.text) > DECK_NOISE_SHARE
        or title_score(head.text, story.lead) == 0.0
    ):
        return None
    head.body = story
    story.titles = [head]
    story.headed = True
    return [brief.paragraphs[0]]


def _stack_over_deck(brief: Body, story: Body) -> list[str] | None:
    """Fold ``brief`` into ``story`` when it is a capitals head over a scrap, over the story's
    mixed-case deck (see :func:`_stacks_over_decks`); returns the scrap, or None."""
    if (
        not story.titles
        or not story.paragraphs
        or _DECK_WORD.search(story.paragraphs[0]) is None
        or not _scrap_under_head(brief)
        or min(t.first for t in story.titles) - brief.last > TOUCHING_LINES
    ):
        return None
    if any(t.style != "mixed" or t.detached or t.first <= brief.last for t in story.titles) and (
        # (branch shift36) or the story is headed by the second capitals deck of a full stack
        # whose head and first deck are the brief's titles
        not (
            _clean_head_stack(brief)
            and _first_deck_under_head(brief)
            and _headed_by_second_head(brief, story)
        )
        # (branch histh45) or by the stack's capitals deck, a sentence closed by its stop
        and not _headed_by_capitals_deck(brief, story)
    ):
        return None
    if all(t.style == "caps" for t in story.titles):
        story.titles = _one_capitals_deck(story.titles)
    for title in brief.titles:
        title.body = story
    story.titles = [*brief.titles, *story.titles]
    story.headed = True
    return [brief.paragraphs[0]]


#: A capitals deck under a scrap: at least this many capitals words of three letters ...
CAPITALS_DECK_WORDS: Final = 5
#: ... over at least this many lines, the last closed by a stop.
CAPITALS_DECK_LINES: Final = 2


def _headed_by_capitals_deck(brief: Body, story: Body) -> bool:
    """Whether ``story`` is headed by the capitals deck of the head that ``brief`` holds over a
    scrap (branch ``histh45``): a 1916 daily sets a short capitals head over a deck also in
    capitals, a sentence of several lines closed by a stop (``BOY IS KILLED`` / ``1`` /
    ``MILO NICKOLICH, THIRTEEN`` / ``YEAR OLD YOUNGSTER, FAILS`` / … / ``IS INSTANTLY
    KILLED.``). The brief's titles are one capitals head naming a head (:func:`_names_a_head`),
    clean (:func:`_clean_head_stack`); the story's titles, none taken from afar, all under the
    brief (the first within ``TOUCHING_LINES``), are all capitals, set over at least
    ``CAPITALS_DECK_LINES`` lines with their last closed by a stop, hold at least
    ``CAPITALS_DECK_WORDS`` capitals words of three letters and little OCR noise and no month
    and a day; and the story's first paragraph is prose (``STORY_SMALL_WORDS`` words in small
    letters). A head is set in bigger type than its deck: its widest line holds no more
    letters than the deck's first title's (a masthead's volume line, a cartoon's line over a
    story's own head and deck, are wider); a head closing on a question or a cry is a
    cartoon's or an ad's. A capitals title of one line (another story's head) is not read."""
    if len(brief.titles) != 1 or brief.titles[0].style != "caps":
        return False
    stack = sorted(story.titles, key=lambda t: t.first)
    if any(t.style != "caps" or t.detached or t.first <= brief.last for t in stack):
        return False
    deck = " ".join(t.text.strip() for t in stack)
    head = brief.titles[0]
    return (
        stack[-1].last - stack[0].first + 1 >= CAPITALS_DECK_LINES
        and _widest_row(head) <= _widest_row(stack[0])
        and not head.text.rstrip(" '\"").endswith(("?", "!"))
        and 0 < stack[0].first - brief.last <= TOUCHING_LINES
        and deck.endswith(".")
        and len(_CAPITALS_WORD.findall(deck)) >= CAPITALS_DECK_WORDS
        and noise_share(deck) <= DECK_NOISE_SHARE
        and _ABBREVIATED_DAY.search(deck) is None
        and _names_a_head(brief.titles[0].text)
        and _clean_head_stack(brief)
        and len(_SMALL_LETTER_WORD.findall(story.paragraphs[0])) >= STORY_SMALL_WORDS
    )


#: A row of a capitals title this short, no word, is a scrap of OCR's marks read into it.
SCRAP_ROW_CHARS: Final = 2
#: One-letter words a head's row may be.
_LETTER_WORDS: Final = frozenset("AIO")


def _scraps_inside_capitals_heads(sequence: list[Title | Body]) -> list[str]:
    """A scrap of marks read into a capitals head between its lines and its capitals deck's
    (branch ``histh45``): ``BILL PASSED`` / ``E`` / ``KEATING MEASURES BAR GOODS`` / … /
    ``MERCE.``, read as one title. The story's head (its first title, in capitals, its
    printed rows kept) is cut at a row of at most ``SCRAP_ROW_CHARS`` characters with no
    letter run a word (none of ``A``, ``I``, ``O``, no small word a head runs on with) that has
    rows above it and a capitals deck under it, as :func:`_headed_by_capitals_deck` reads one
    (``CAPITALS_DECK_LINES`` rows or more, the last closed by a stop, ``CAPITALS_DECK_WORDS``
    capitals words, little noise, no month and a day), no row above it ending on a hyphen and
    the head not closing on a small word it runs on with (an ad's ``SALE OF`` / ``M`` / ``FOR
    ONE DAY ONLY …``): the rows above are the head, the title's text after the scrap its
    deck, and the scrap goes to the page's unplaced text (returned). One look at each story's
    head."""
    scraps: list[str] = []
    for body in sequence:
        if not isinstance(body, Body) or not body.titles or not body.paragraphs:
            continue
        head = min(body.titles, key=lambda t: t.first)
        rows = head.rows
        if head.style != "caps" or len(rows) < 4 or len(rows) != head.last - head.first + 1:
            continue
        cut = next((k for k in range(1, len(rows) - 2) if _scrap_row(rows[k])), None)
        if cut is None:
            continue
        above = repair_title_spacing(" ".join(rows[:cut]))
        seam = f"{above} {rows[cut].strip()} "
        if (
            any(row.endswith("-") for row in rows[:cut])
            or not head.text.startswith(seam)
            # (a head closing on a small word runs on: "SALE OF" / "M" / an ad's lines)
            or above.split()[-1].lower() in RUN_ON_WORDS
        ):
            continue
        deck_text = head.text[len(seam) :]
        if not (
            deck_text.endswith(".")
            and len(_CAPITALS_WORD.findall(deck_text)) >= CAPITALS_DECK_WORDS
            and noise_share(deck_text) <= DECK_NOISE_SHARE
            and _ABBREVIATED_DAY.search(deck_text) is None
        ):
            continue
        deck = Title(deck_text, "caps", head.first + cut + 1, head.last, body=body)
        deck.lines = [n for n in head.lines if n > head.first + cut] or [deck.first]
        deck.rows = rows[cut + 1 :]
        head.text, head.last, head.rows = above, head.first + cut - 1, rows[:cut]
        head.lines = [n for n in head.lines if n < head.first + cut] or [head.first]
        body.titles.insert(body.titles.index(head) + 1, deck)
        scraps.append(rows[cut].strip())
    return scraps


def _scrap_row(row: str) -> bool:
    """Whether a capitals title's printed row is a scrap of marks (see
    :func:`_scraps_inside_capitals_heads`)."""
    text = row.strip()
    return (
        0 < len(text) <= SCRAP_ROW_CHARS
        and text not in _LETTER_WORDS
        and text.lower() not in RUN_ON_WORDS
        and _DECK_WORD.search(text) is None
    )


def _widest_row(title: Title) -> int:
    """The characters of a capitals title's widest printed line (its text's, when its lines
    were not kept)."""
    return max(map(len, title.rows)) if title.rows else len(title.text.strip())


def _one_capitals_deck(titles: list[Title]) -> list[Title]:
    """A capitals deck read as titles of its lines, as one deck (branch ``histh45``): the
    titles in order, joined into the first when none but the last closes on a stop and none
    ends on a hyphen (a broken word is left as read); else as they are."""
    stack = sorted(titles, key=lambda t: t.first)
    if any(t.text.rstrip().endswith((".", "-")) for t in stack[:-1]) or stack[
        -1
    ].text.rstrip().endswith("-"):
        return stack
    first = stack[0]
    first.text = " ".join(t.text.strip() for t in stack)
    first.last = stack[-1].last
    first.lines = sorted({n for t in stack for n in t.lines})
    first.rows = tuple(row for t in stack for row in t.rows)
    return [first]


#: A person's name alone in capitals ("WILL J. SPRINGER", "J. H. HILL"): a candidate's card or a
#: list of officers, not a head over its deck.
_PERSON_ALONE: Final = re.compile(r"(?:[A-Z][A-Za-z']+\s+)?(?:[A-Z]\.\s*){1,3}[A-Z][A-Za-z'\-]+\.?")


def _stacks_split_at_second_head(sequence: list[Title | Body]) -> None:
    """A head stack cut at its second capitals deck: the top head and deck head the story too.

    A 1916 daily sets a full stack over a dispatch: a capitals head, a mixed-case deck, a second
    capitals deck and a mixed-case deck (``MAKES PEACE`` / ``WITH AUSTRIA`` / ``Prince Mirko, of
    Montenegro, Reported Negotiating Final Terms.`` / ``KING NICHOLAS WASHES`` / ``HANDS OF
    WHOLE AFFAIR`` / ``A Refugee in France. …``). When the top head and its deck are not taken
    by the story (their words echo another lead better, or the story under them is cut short),
    they stand as two teasers and the second capitals deck is promoted to the story's headline
    (branch ``heads22``). The two titles head the story after all, on top of its stack, when they
    stand free (no body, no pointer, no entry), straight over each other and over the story's
    stack (each within ``TOUCHING_LINES``), the upper in capitals and English, the lower mixed
    case reading as a deck (:func:`classify.reads_as_deck`, no byline, no month and a day, little
    noise), and the story's own titles are a capitals head with a mixed-case deck under it, none
    taken from afar, set over a first paragraph that holds a word. One pass over the sequence."""
    for index in range(2, len(sequence)):
        head, deck, top = sequence[index - 2], sequence[index - 1], sequence[index]
        if not (isinstance(head, Title) and isinstance(deck, Title) and isinstance(top, Title)):
            continue
        body = top.body
        if (
            body is None
            or head.body is not None
            or deck.body is not None
            or head.style != "caps"
            or deck.style != "mixed"
            or not head.is_plain()
            or not deck.is_plain()
            or body.is_caption
            or not body.paragraphs
            or _DECK_WORD.search(body.paragraphs[0]) is None
        ):
            continue
        stack = sorted(body.titles, key=lambda t: t.first)
        if (
            stack[0] is not top
            or len(stack) < 2
            or top.style != "caps"
            or stack[1].style != "mixed"
            or any(t.detached for t in stack)
            or not 0 < deck.first - head.last <= TOUCHING_LINES
            or not 0 < top.first - deck.last <= TOUCHING_LINES
            or not _head_over_deck(head, deck)
        ):
            continue
        head.body = deck.body = body
        body.titles = [head, deck, *stack]
        body.headed = True


def _capitals_deck_at_end(text: str) -> tuple[str, str] | None:
    """A stack's second capitals deck run into the end of its first deck, read as a brief's
    paragraph ("Decided Lull in Fighting; Heavy Artillery Play Continues RELIEF ARMY STOPPED"):
    the mixed-case deck and the words in capitals after it, or None. One walk back over the
    words."""
    words = text.split()
    cut = len(words)
    while cut > 0 and words[cut - 1][:1] in _CAPITAL_OR_FIGURE and not _has_small(words[cut - 1]):
        cut -= 1
    if cut == 0 or cut == len(words):
        return None
    return " ".join(words[:cut]), " ".join(words[cut:])


_CAPITAL_OR_FIGURE: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _has_small(word: str) -> bool:
    """Whether a word holds a small letter."""
    return any("a" <= char <= "z" for char in word)


#: Capitals words of three letters a second capitals deck holds at least.
SECOND_DECK_WORDS: Final = 2


def _stacks_over_deck_led_stories(sequence: list[Title | Body]) -> list[Title | Body]:
    """A stack's top read as a brief heads the story under it, headed by the stack's second
    deck (:func:`_stack_over_deck_led_story`); the sequence without the folded briefs."""
    folded, _ = _fold_briefs(sequence, _stack_over_deck_led_story)
    return folded


def _stack_over_deck_led_story(brief: Body, story: Body) -> list[str] | None:
    """Fold ``brief`` into ``story`` when it is the top of the story's stack: a capitals head
    over its mixed-case deck and its second capitals deck, run together as the brief's one
    paragraph, straight over the story headed by its second mixed-case deck (branch
    ``lostheads23``): ``OPPOSING ARMIES ARE DEADLOCKED ON ALL FRONTS`` / ``Decided Lull in
    Fighting; Heavy Artillery Play Continues`` / ``RELIEF ARMY STOPPED`` over ``British
    Mesopotamia Unable to Make Headway; Bulgars Fall`` and its story. The paragraph is cut into
    the deck and the capitals deck (:func:`_capitals_deck_at_end`); the deck reads as one
    (:func:`classify.reads_as_deck`, little noise, nothing that opens a story) and the capitals
    deck holds ``SECOND_DECK_WORDS`` capitals words; the story's titles are all mixed case,
    the first straight under the brief, over a first paragraph that holds a word. When the
    paragraph is no such pair (branch ``lostdeck35``) it may be the head's last lines, in
    capitals (:func:`_head_lines_over_deck`), or the stack's first deck or a deck's first
    lines, closing on a word in small letters (:func:`_deck_paragraph_over_deck`). Returns no
    scraps (the paragraph becomes decks or the head's lines), or None when the brief stays."""
    if (
        not story.titles
        or not story.paragraphs
        or story.is_caption
        or _DECK_WORD.search(story.paragraphs[0]) is None
        or not _is_head_stack(brief)
        or not _one_bare_paragraph(brief)
        or len(brief.lines) > DECK_MAX_LINES + 1
    ):
        return None
    stack = sorted(story.titles, key=lambda t: t.first)
    if stack[0].style == "caps" and _clean_head_stack(brief):
        # (branch shift36) the story is headed by the stack's second capitals deck
        return _first_deck_over_second_head(brief, story, stack)
    if any(t.style != "mixed" for t in stack) or not _straight_under_lines(brief.last, stack[0]):
        return None
    if min(brief.lines) - max(t.last for t in brief.titles) != 1:
        return None  # a line between the head and its deck (a title left alone there)
    cut = _capitals_deck_at_end(brief.paragraphs[0])
    if cut is None or len(brief.lines) < 2 or not _deck_over_capitals_deck(*cut):
        # (branch lostdeck35) the paragraph is the head's last lines, or the stack's first deck,
        # of a head stack (no masthead's, folio's or signature's line over it)
        if not _clean_head_stack(brief):
            return None
        if title_style(brief.paragraphs[0]) == "caps":
            return _head_lines_over_deck(brief, story, stack)
        if cut is None:
            return _deck_paragraph_over_deck(brief, story, stack)
        return None  # a capitals word or a figure closing it: an ad's place, a list's row
    deck, caps = cut
    lines = sorted(brief.lines)
    first_deck = Title(deck, "mixed", lines[0], lines[-2], body=story, lines=lines[:-1])
    second = Title(caps, "caps", lines[-1], lines[-1], body=story, lines=lines[-1:])
    for title in brief.titles:
        title.body = story
    story.titles = [*brief.titles, first_deck, second, *stack]
    story.headed = True
    return []


def _headed_by_second_head(brief: Body, story: Body) -> bool:
    """Whether ``story`` is headed by the second half of a 1916 daily's full stack whose top was
    read as ``brief`` (branch ``shift36``): the story's titles, none taken from afar, all set
    under the brief (the first within ``TOUCHING_LINES`` of it), are a second capitals deck
    with little noise over mixed-case decks (one or more, the first reading as a deck), and its
    first paragraph is prose (``STORY_SMALL_WORDS`` words in small letters); the brief's first
    capitals title, its only one and its top title, and the second capitals deck each name a
    head (:func:`_names_a_head`). A capitals head with no mixed-case deck under it may be
    another story's head: it is not read."""
    stack = sorted(story.titles, key=lambda t: t.first)
    second = stack[0]
    top = sorted(brief.titles, key=lambda t: t.first)
    return (
        len(stack) >= 2
        and bool(top)
        # (one capitals head, on top: two are another stack's, or an ear's line over the head)
        and top[0].style == "caps"
        and all(t.style == "mixed" for t in top[1:])
        and _names_a_head(top[0].text)
        and _names_a_head(second.text)
        and second.style == "caps"
        and all(t.style == "mixed" for t in stack[1:])
        and not any(t.detached or t.first <= brief.last for t in stack)
        and 0 < second.first - brief.last <= TOUCHING_LINES
        and noise_share(second.text) <= DECK_NOISE_SHARE
        and _reads_as_clean_deck(stack[1].text)
        and _ABBREVIATED_DAY.search(stack[1].text) is None
        and bool(story.paragraphs)
        and len(_SMALL_WORD.findall(story.paragraphs[0])) >= STORY_SMALL_WORDS
    )


def _names_a_head(text: str) -> bool:
    """Whether a capitals title may be a head of a full stack (branch ``shift36``): it holds
    ``SECOND_DECK_WORDS`` capitals words of three letters (a masthead's ``NUMBER 31``, a scrap
    ``NEWFL`` is none) and is no person's name alone (``_PERSON_ALONE``) nor a firm."""
    return (
        len(_CAPITALS_WORD.findall(text)) >= SECOND_DECK_WORDS
        and _PERSON_ALONE.fullmatch(text.strip()) is None
        and not names_firm(text)
    )


def _first_deck_under_head(brief: Body) -> bool:
    """Whether a brief's titles hold a mixed-case deck (:func:`_reads_as_clean_deck`, no month
    and a day) under its first capitals title: the top of a full stack, not a head alone (a
    masthead's number, a firm's name over its ad)."""
    titles = sorted(brief.titles, key=lambda t: t.first)
    heads = [n for n, t in enumerate(titles) if t.style == "caps"]
    return bool(heads) and any(
        t.style == "mixed"
        and _reads_as_clean_deck(t.text)
        and _ABBREVIATED_DAY.search(t.text) is None
        for t in titles[heads[0] + 1 :]
    )


def _opens_deck(text: str, brief: Body) -> bool:
    """Whether a brief's paragraph may open its stack's deck: when the brief's titles hold no
    mixed-case deck (the paragraph is the first deck), its first word of three letters opens on
    a capital; a paragraph opening small ("the Western Front Is Reported …") goes on from a
    line the stack lost, or is another column's."""
    if any(t.style == "mixed" for t in brief.titles):
        return True
    first = _DECK_WORD.search(text)
    return first is not None and first.group()[0].isupper()


def _first_deck_over_second_head(brief: Body, story: Body, stack: list[Title]) -> list[str] | None:
    """Fold ``brief`` into ``story`` when it is the top of a 1916 daily's full stack (a capitals
    head over its mixed-case deck, the deck read as the brief's one paragraph) and the story
    under it is headed by the stack's second capitals deck and its deck (branch ``shift36``,
    extending ``lostheads23``/``lostdeck35``): ``GERMANS EXTEND THEIR ADVANCE`` / ``Capture
    Heights Near the Town,`` over ``MORE THAN 1,200 MEN TAKEN`` / ``French Still Fighting …``
    and the dispatch. Read apart, the head and its deck stood as a brief and the second
    capitals deck headed the story: every headline of a column of such stacks was the one
    printed under its own. The paragraph, at most ``DECK_MAX_LINES`` lines, reads as a deck set
    as a paragraph (:func:`_stack_paragraph_piece`, as ``lostheads33`` reads one:
    ``PARAGRAPH_DECK_SHARE`` of its content words capitalised, at most twice
    ``DECK_NOISE_SHARE`` noise, no capitals run, no dateline, notice, price or story's
    opening), in mixed case, opening on a capital when it is the stack's first deck
    (:func:`_opens_deck`), no list's row nor a month's abbreviation and day; the head is no
    column's label; the story is headed as :func:`_headed_by_second_head` asks. The caller
    asks that the brief is a clean capitals head stack straight over its one paragraph. Gate
    (off modern pages): a capitals head over a title-case deck over a capitals head over a
    title-case deck, a pyramid no modern page sets. The paragraph becomes the first deck;
    returns no scraps, or None when the brief stays."""
    text = brief.paragraphs[0].strip()
    # (the paragraph's own tests first: most briefs' paragraphs are prose, which they refuse
    # before the story's titles are read)
    if (
        len(brief.lines) > DECK_MAX_LINES
        # (a deck read as a paragraph, as lostheads33 reads one: title case, little noise)
        or _stack_paragraph_piece(text, second=False) != "deck"
        or title_style(text) != "mixed"
        or not _headed_by_second_head(brief, story)
        or any(names_a_column(t.text) for t in brief.titles)
        or not _opens_deck(text, brief)
        or _list_row_or_dated(text)
        or starts_story(text)
        or opens_story_alone(text) is not None
    ):
        return None
    deck = _brief_as_deck(brief, story, "mixed")
    deck.text = text
    for title in brief.titles:
        title.body = story
    story.titles = [*brief.titles, deck, *stack]
    story.headed = True
    return []


def _deck_over_capitals_deck(deck: str, caps: str) -> bool:
    """Whether a brief's paragraph cut at its capitals words (:func:`_capitals_deck_at_end`) is
    a deck over a second capitals deck: the capitals part holds ``SECOND_DECK_WORDS`` capitals
    words and little noise, the part before reads as a deck and opens no story or notice."""
    return not (
        len(_CAPITALS_WORD.findall(caps)) < SECOND_DECK_WORDS
        or title_style(caps) != "caps"
        or noise_share(caps) > DECK_NOISE_SHARE
        or not _reads_as_clean_deck(deck)
        or _no_stack_deck(deck)
        or starts_story(deck)
    )


def _clean_head_stack(brief: Body) -> bool:
    """Whether a brief's titles are a head stack with nothing else over its head (branch
    ``lostdeck35``): no title OCR garbled past ``LAST_BANK_NOISE_SHARE`` (a masthead's date
    line, a folio's scrap), and every mixed-case title over the first capitals title a deck
    of ``LAST_BANK_WORDS`` words of three letters (a signature or a name over the head is the
    item above's, "W. G. Baker" / "AGAIN")."""
    titles = sorted(brief.titles, key=lambda t: t.first)
    if any(noise_share(t.text) > LAST_BANK_NOISE_SHARE for t in titles):
        return False
    for title in titles:
        if title.style == "caps":
            return True
        if len(_DECK_WORD.findall(title.text)) < LAST_BANK_WORDS:
            return False
    return False


#: A story under a deck opens on prose: its first paragraph holds at least this many words in
#: small letters (a cast's or a ticket's list of names under a head holds none).
STORY_SMALL_WORDS: Final = 3


def _deck_paragraph_over_deck(brief: Body, story: Body, stack: list[Title]) -> list[str] | None:
    """Fold ``brief`` into ``story`` when its one paragraph is the stack's first deck (or the
    first lines of the deck the story is headed by) and the story under it is headed by the
    stack's next deck (branch ``lostdeck35``, extending ``lostheads23``): a 1916 daily's
    capitals head over two mixed-case decks, or over one deck wrapped over several lines, read
    as a brief of the head and its first deck (or the deck's first lines) over a story headed
    by the rest (``PROBE OF CODDING`` / ``Warden Must Tell Why He Discharged Employees.`` over
    ``State Civil Service Commission Would Know.`` and its story; ``OHIO CLUB HAS A BIG
    MEMBERSHIP`` / ``Enthusiastic Gathering of "Native Sons" at the`` over ``Brady Hotel.``).
    The paragraph (after the head's last line run into its start, in capitals, which joins
    the head: :func:`_capitals_at_start`), at most ``DECK_MAX_LINES`` lines, reads as a deck
    (:func:`_reads_as_listless_deck`: title case, no sentence ended inside, no byline, little
    noise, no list's row nor dateline) and is nothing that opens a
    story, a notice or a price; when it closes a sentence it is a deck of its own over the
    story's titles (the first of which must then read as a deck too), else it and the story's
    first title are one deck wrapped over their lines (the joined text must read as a deck).
    The caller asks that the brief is a capitals head stack straight over the story, whose
    titles are all mixed case; the story's first paragraph is prose (``STORY_SMALL_WORDS``
    words in small letters: a cast's list of names is no story). Gate (off modern
    pages): a capitals head over a title-case deck read as a paragraph over a title-case
    headline; a modern page sets heads in sentence case, its standfirsts in sentence case too.
    Returns no scraps, or None when the brief stays."""
    lead, text = _capitals_at_start(brief.paragraphs[0].strip())
    if (
        len(brief.lines) > DECK_MAX_LINES
        or len(_SMALL_WORD.findall(story.paragraphs[0])) < STORY_SMALL_WORDS
        or any(names_a_column(t.text) for t in brief.titles)
        or not _reads_as_listless_deck(text)
        or _no_stack_deck(text)
        or starts_story(text)
        or opens_story_alone(text) is not None
    ):
        return None
    lines = sorted(brief.lines)
    rest = list(stack)
    if ends_sentence(text):
        if not _reads_as_listless_deck(rest[0].text):
            return None
        decks = [Title(text, "mixed", lines[0], lines[-1], body=story, lines=lines)]
    else:
        # One deck wrapped over the paragraph and the story's titles up to its closing stop.
        last = lines[-1]
        while rest and not ends_sentence(text):
            title = rest.pop(0)
            text = f"{text} {title.text.strip()}"
            lines, last = [*lines, *title.lines], title.last
        if not _reads_as_listless_deck(text):
            return None
        decks = [Title(text, "mixed", lines[0], last, body=story, lines=lines)]
    if lead:
        head = max(brief.titles, key=lambda t: t.last)
        head.text = f"{head.text.rstrip()} {lead}"
        head.rows = (*head.rows, lead) if head.rows else ()
    for title in brief.titles:
        title.body = story
    story.titles = [*brief.titles, *decks, *rest]
    story.headed = True
    return []


#: A head's lines read as a brief's paragraph span at most this many lines.
HEAD_PARAGRAPH_LINES: Final = 2


def _head_lines_over_deck(brief: Body, story: Body, stack: list[Title]) -> list[str] | None:
    """Fold ``brief`` into ``story`` when its one paragraph is in capitals: the head's last
    lines (or a capitals bank) read as a paragraph, so the head stands as a brief and the
    story under it is headed by its deck (branch ``lostdeck35``, extending ``lostheads23``):
    ``TEUTONS BACK`` / ``10 FRENCH VILLAGES …`` / ``CAPTURED … IN CHAMPAGNE`` over ``Premier
    Briand Says …`` and its story. The paragraph, at most ``HEAD_PARAGRAPH_LINES`` lines with
    at most ``LAST_BANK_NOISE_SHARE`` OCR noise, holds ``SECOND_DECK_WORDS`` capitals words,
    no list (commas with no word in small letters: names), no dateline, month and day, notice
    or price; the story's first title reads as a deck (:func:`_reads_as_listless_deck`) and
    its first paragraph is prose (``STORY_SMALL_WORDS``). The paragraph's lines join the
    brief's last title (the head read on). Gate (off modern pages): a capitals head over
    capitals lines over a title-case headline; a modern page sets neither."""
    text = brief.paragraphs[0].strip()
    if (
        len(brief.lines) > HEAD_PARAGRAPH_LINES
        or len(_SMALL_WORD.findall(story.paragraphs[0])) < STORY_SMALL_WORDS
        or len(_CAPITALS_WORD.findall(text)) < SECOND_DECK_WORDS
        or noise_share(text) > LAST_BANK_NOISE_SHARE
        or text.count(",") >= 2
        or any(names_a_column(t.text) for t in brief.titles)
        or _no_stack_deck(text)
        or match_dateline(text) is not None
        or starts_story(text)
        or not _reads_as_listless_deck(stack[0].text)
    ):
        return None
    head = max(brief.titles, key=lambda t: t.last)
    head.text = f"{head.text.rstrip()} {text}"
    head.lines = [*head.lines, *sorted(brief.lines)]
    head.last = max(brief.lines)
    if head.rows:
        head.rows = (*head.rows, text)
    for title in brief.titles:
        title.body = story
    story.titles = [*brief.titles, *stack]
    story.headed = True
    return []


#: A head's last line run into the start of its deck read as a paragraph holds at least this
#: many words in capitals ("STARTS FIRE Flames Spread to Other Buildings …").
HEAD_TAIL_WORDS: Final = 2


def _capitals_at_start(text: str) -> tuple[str, str]:
    """(the head's last line, the rest) of a paragraph opening on at least ``HEAD_TAIL_WORDS``
    words in capitals (of two letters or more, no small letter) before a word in small
    letters: "IN BUSINESS MARCH 1ST, Has Hundred of Friends …" → ("IN BUSINESS MARCH 1ST,",
    "Has Hundred of Friends …"); ("", text) otherwise. One walk over the words."""
    words = text.split()
    cut = 0
    while cut < len(words) and not _has_small(words[cut]):
        cut += 1
    capitals = [word for word in words[:cut] if len("".join(_LETTER_RUN.findall(word))) >= 2]
    if cut == len(words) or len(capitals) < HEAD_TAIL_WORDS:
        return "", text
    return " ".join(words[:cut]), " ".join(words[cut:])


#: A month's abbreviation and a day, a stop perhaps set apart ("Feb . 10"): a dateline's.
_MONTH_ABBREVIATION_DAY: Final = re.compile(r"\b[A-Z][a-z]{2}\s?\.\s?\d")


#: A list's marks: a court's docket ("Harry Kling vs. Peninsular Life Ins."), a numbered
#: row ("No. 3, Organisation of Boys' Pig Clubs.").
_LIST_MARK: Final = re.compile(r"\bvs?\.|\bNo[.,]\s*\d")


def _list_row_or_dated(text: str) -> bool:
    """Whether a text holds a list's row mark (``_LIST_MARK``) or a month's abbreviation and
    day (``_MONTH_ABBREVIATION_DAY``): no deck, whichever stack rule asks."""
    return _LIST_MARK.search(text) is not None or _MONTH_ABBREVIATION_DAY.search(text) is not None


def _reads_as_listless_deck(text: str) -> bool:
    """Whether a text reads as a deck (:func:`_reads_as_clean_deck`) and no list's row nor a
    dateline: no docket's or numbered row's mark (``_LIST_MARK``), no month's abbreviation and
    day (``_MONTH_ABBREVIATION_DAY``: "Washington, Feb . 10 Secretary"), no abbreviation
    closing it, and not
    names run on by commas with no word in small letters ("Bert Grant, Chicago E. Blackwell,
    Minneapolis …")."""
    return (
        _reads_as_clean_deck(text)
        and not _list_row_or_dated(text)
        and not ends_with_abbreviation(text)
        and not (text.count(",") >= 2 and _SMALL_WORD.search(text) is None)
    )


def _straight_under_lines(last: int, lower: Title) -> bool:
    """Whether ``lower`` starts on the line under ``last``, or under one blank line (nothing
    printed between them)."""
    gap = lower.first - last
    return gap == 1 or (gap == 2 and lower.apart)


def _stack_straight_over(item: Title | Body, head: Title) -> bool:
    """Whether ``item`` is a mixed-case title (a deck), or a head stack read as a brief
    (:func:`_stack_reads_as_brief`), ending straight over ``head``: ``head`` is then a second
    capitals deck of that stack, not its head."""
    if isinstance(item, Title):
        return item.style == "mixed" and _straight_under_lines(item.last, head)
    return (
        _stack_reads_as_brief(item)
        and head.first - max(item.lines) == 1
        # (branch histh45) a firm's name over its town is an ad's signature, no stack
        and not any(t.style == "caps" and names_firm(t.text) for t in item.titles)
    )


def _lost_heads_over_decks(sequence: list[Title | Body]) -> None:
    """A capitals head standing alone straight over a story headed by its deck heads that story.

    A 1916 daily sets a capitals head, a mixed-case deck and the story (``GERMANS PUSH`` /
    ``BACK BRITISH`` / ``Berlin Claims One-fifth of Mile of Trenches Taken North of Ypres.`` /
    …). When the head is not taken by the story under it (its words echo another lead better,
    or the story's stack was cut below it), it stands as a teaser of nothing and the deck is
    promoted to the story's headline (branch ``lostheads23``). The head heads the story after
    all, on top of its stack, when it stands free (no body, no pointer, no entry), in capitals
    and English, straight over the story's first title (on the line above it or the one above a
    blank line, :func:`_straight_under_lines`; nothing between them in the sequence), which
    reads as a deck (:func:`classify.reads_as_deck`, no
    byline, no month and a day, little noise), and the story's titles are all mixed case, none
    taken from afar, set over a first paragraph that holds a word. A person's name alone, a
    firm, a story's opening set as a title (a dateline, a wire credit) or a page's name is no
    head. One pass over the sequence."""
    for index in range(1, len(sequence)):
        head, top = sequence[index - 1], sequence[index]
        scrap = index >= 2 and _lone_scrap(head, top)
        if scrap:
            # (branch histh45) a scrap of OCR's marks read between the head and its deck
            index -= 1
            head = sequence[index - 1]
        if not (isinstance(head, Title) and isinstance(top, Title)):
            continue
        if index >= 2 and _stack_straight_over(sequence[index - 2], head):
            continue  # a second capitals deck under its stack: the stack's head is above
        body = top.body
        if (
            body is None
            or not _free_capitals_head(head)  # ("T BOOK and JOB PRINTING": an ad's)
            or top.style != "mixed"
            or body.is_caption
            or not body.paragraphs
            or _DECK_WORD.search(body.paragraphs[0]) is None
            or not (top.first - head.last == 2 if scrap else _straight_under_lines(head.last, top))
        ):
            continue
        stack = sorted(body.titles, key=lambda t: t.first)
        if (
            stack[0] is not top
            or any(t.style != "mixed" for t in stack)
            or len(_DECK_WORD.findall(top.text)) < 2
            or not _head_over_deck(head, top)
        ):
            continue
        head.body = body
        body.titles = [head, *stack]
        body.headed = True


def _lone_scrap(item: Title | Body, top: Title | Body) -> bool:
    """Whether ``item`` is a body of one line of OCR's marks with no title (no word of three
    letters, no figure of two digits, no small word a head runs on with: as
    :func:`_scrap_under_head` reads a scrap) on the line straight over the title ``top``: a
    mark OCR read between a head and its deck (branch ``histh45``)."""
    if not isinstance(item, Body) or not isinstance(top, Title) or item.titles:
        return False
    if not _one_bare_paragraph(item) or len(item.lines) != 1 or top.first - item.lines[0] != 1:
        return False
    text = item.paragraphs[0]
    return (
        _DECK_WORD.search(text) is None
        and _TWO_DIGITS.search(text) is None
        and not any(word.lower() in RUN_ON_WORDS for word in _LETTER_RUN.findall(text))
    )


def _head_over_deck(head: Title, deck: Title) -> bool:
    """Whether a free capitals title may head the mixed-case title under it as its deck: the
    lower reads as a deck (:func:`classify.reads_as_deck`, no byline, no month and a day, at
    most ``DECK_NOISE_SHARE`` OCR noise), and the upper is no person's name alone
    (``_PERSON_ALONE``) and no firm."""
    return (
        _reads_as_clean_deck(deck.text)
        and _PERSON_ALONE.fullmatch(head.text.strip()) is None
        and not names_firm(head.text)
        and _ABBREVIATED_DAY.search(deck.text) is None
    )


def _reads_as_clean_deck(text: str) -> bool:
    """Whether a text reads as a deck (:func:`classify.reads_as_deck`) that is no byline and
    holds at most ``DECK_NOISE_SHARE`` OCR noise: what a deck under a head found apart from it
    must be (:func:`_head_over_deck`, :func:`_stack_over_deck_led_story`)."""
    return (
        reads_as_deck(text) and not is_byline_line(text) and noise_share(text) <= DECK_NOISE_SHARE
    )


def _scrap_under_head(brief: Body) -> bool:
    """Whether a body is a head stack with a capitals head over one paragraph that is a scrap
    of OCR's marks (see :func:`_stacks_over_decks`)."""
    if not _is_head_stack(brief) or not _one_bare_paragraph(brief):
        return False
    text = brief.paragraphs[0]
    return (
        len(brief.lines) <= STACK_SCRAP_LINES
        and _DECK_WORD.search(text) is None
        and _TWO_DIGITS.search(text) is None
        and not any(word.lower() in RUN_ON_WORDS for word in _LETTER_RUN.findall(text))
    )


def _take_back_deck_tail(brief: Body) -> bool:
    """Whether a body's first paragraph is all the tail of its last deck, cut short on a bare
    word (:func:`_deck_tail`: "… More Than Three" / "Score on Milford Trains in Hospitals.", set
    apart when the dateline under it starts the story); if so the deck takes it back (the
    caller drops the paragraph)."""
    deck = _last_mixed_deck(brief)
    if deck is None:
        return False
    tail = _deck_tail(deck.text, brief.paragraphs[0])
    if tail is None or tail[1]:
        return False
    deck.text = f"{deck.text.rstrip()} {tail[0]}"
    if len(brief.paragraphs) == 1:  # (its lines are the paragraph's)
        deck.lines = sorted({*deck.lines, *brief.lines})
        deck.last = max(deck.last, brief.last)
    return True


def _brief_as_deck(brief: Body, story: Body, style: str) -> Title:
    """A brief's one paragraph as a deck of ``story``'s stack, made of the brief's lines."""
    lines = sorted(brief.lines)
    return Title(brief.paragraphs[0], style, lines[0], lines[-1], body=story, lines=lines)


def _deck_inside_stack(brief: Body, story: Body) -> bool:
    """Whether a head-less brief is the deck of the stack over a dated story: it stands
    between the story's capitals head (at most ``TOUCHING_LINES`` above it) and the story's
    dateline (straight under it), and reads as a deck (:func:`_stack_deck_text`) of two words,
    and no wire credit set there that the story's opening rules cannot read as its byline
    ("(Special Oabls(rsa so Wisps Jilt.)"): a credit they can read is taken, and becomes the
    byline there."""
    if brief.titles or not _stack_deck_text(brief) or story.dateline is None:
        return False
    text = brief.paragraphs[0].lstrip()
    if len(_DECK_WORD.findall(text)) < 2:
        return False
    if (text.startswith(("(", "[")) or is_wire_credit(text)) and opens_story_alone(text) is None:
        return False
    heads = sorted(story.titles, key=lambda t: t.first)
    return (
        bool(heads)
        and all(t.style == "caps" for t in heads)
        and 0 < min(brief.lines) - heads[-1].last <= TOUCHING_LINES
        and 0 < min(n for n in story.lines) - brief.last <= 1
    )


def _stack_deck_text(body: Body, *, noisy: bool = False) -> bool:
    """Whether a body's one paragraph may be a deck: short, of few lines, no notice, price,
    cry or OCR noise (any noise when ``noisy``), and nothing that opens a story (a dateline,
    byline, credit or jump, or a month and a day near its start: "Berlin, via London, Feb. 8.
    Tension in …", a dispatch's first words read under another stack)."""
    if not _one_bare_paragraph(body):
        return False
    text = body.paragraphs[0].strip()
    return (
        0 < len(text) <= STACK_DECK_CHARS
        and len(body.lines) <= DECK_MAX_LINES
        and not _no_stack_deck(text)
        and (noisy or noise_share(text) <= DECK_NOISE_SHARE)
    )


def _no_stack_deck(text: str) -> bool:
    """Whether a stack's paragraph is no deck by its words: it opens a notice, or on a month and
    a day (a dispatch's first words), or holds a price or a cry."""
    return bool(opens_notice(text) or opens_on_month_day(text) or _PRICE_OR_CRY.search(text))


def _one_bare_paragraph(body: Body) -> bool:
    """Whether a body is one paragraph of its own lines with nothing that opens or carries a
    story (no dateline, byline, credit or jump)."""
    return (
        len(body.paragraphs) == 1
        and bool(body.lines)
        and not body.dateline
        and not body.byline
        and not body.credit
        and not body.continued_to
        and not body.continued_from
    )


def _stack_reads_as_brief(body: Body) -> bool:
    """Whether a body is a head stack whose last deck was read as its one paragraph."""
    return _is_head_stack(body) and _stack_deck_text(body)


def _is_head_stack(body: Body) -> bool:
    """Whether a body's titles are an English stack with a capitals head, all set over its
    text."""
    return (
        bool(body.titles)
        and bool(body.lines)
        and any(t.style == "caps" for t in body.titles)
        and not any(t.style == "cjk" for t in body.titles)
        and min(body.lines) > max(t.last for t in body.titles)
    )


#: A long deck read as a stack's paragraph: at most this many characters over at most
#: CUT_DECK_LINES lines, at least CUT_DECK_WORDS content words, CUT_DECK_SHARE of them capitalised.
CUT_DECK_CHARS: Final = 300
CUT_DECK_LINES: Final = 10
CUT_DECK_WORDS: Final = 5
CUT_DECK_SHARE: Final = 0.75


def _cut_stack_piece(body: Body) -> str | None:
    """What the one paragraph of a head stack read as a brief is when the stack's own test
    (:func:`_stack_deck_text`) refuses it (branch ``cutstack13``): ``"byline"`` for a wire
    credit OCR garbled past the credit patterns, one short line naming a wire (``STACK_CREDIT``:
    "Iiy United I'res.s.", "(Associated Prsss by F1rl WirsUss.)") or closing on a colon
    ("Intemntior.nl News SvrTiee:"); ``"deck"`` for a deck too long or too noisy for that test,
    set in title case ("Before final Agreement Will Be MadeReport of Colonel House Said To Have
    Greatly Influenced …"); None for anything else (a story's sentence, a notice, a price)."""
    if not _is_head_stack(body) or not _one_bare_paragraph(body):
        return None
    text = body.paragraphs[0].strip()
    if not text or _no_stack_deck(text) or match_dateline(text) is not None:
        return None
    if (
        len(body.lines) == 1
        and len(text) <= CREDIT_LINE_CHARS
        and (
            STACK_CREDIT.search(text)
            or opens_story_alone(text) == "byline"
            or text.rstrip(" '\"").endswith(":")
        )
    ):
        return "byline"
    words, capitalised = capitalised_words(text)
    if (
        len(text) <= CUT_DECK_CHARS
        and len(body.lines) <= CUT_DECK_LINES
        and words >= CUT_DECK_WORDS
        and capitalised >= CUT_DECK_SHARE * words
    ):
        return "deck"
    return None


#: A line OCR garbled under a head stack holds at most this many characters (a credit's line,
#: "Special to The Washington Herald.", with OCR's stray marks).
GARBLED_LINE_CHARS: Final = 60
#: A garbled line shaped as a credit: a bracket opening it, a colon closing it, a "By" OCR
#: garbled ("P.v", "I!v", "Iiy") before a capitalised word, or "to The" / "of The" before a
#: paper's name ("Special to The World.", "Staff Correspondent of The Tribune").
_GARBLED_CREDIT_SHAPE: Final = re.compile(
    r"^\W{0,2}[(\[]|:\W{0,2}$|^[A-Z][^\sA-Za-z]?[a-z]?[vy]\.?\s+[A-Z]|\b[a-z]{2}\s+Th?[a-z]?\b"
)


def _garbled_stack_piece(brief: Body, story: Body) -> str | None:
    """What the one paragraph of a head stack read as a brief is when OCR garbled it past the
    deck and credit tests (branch ``stackgarble20``): one line straight over the dated story
    (the caller checks the gap) that :func:`_garbled_line_piece` reads as a credit or a scrap;
    None for anything else: a clean line is a deck or a story's words, for the stack rules
    above."""
    if not _is_head_stack(brief) or not _one_bare_paragraph(brief) or len(brief.lines) != 1:
        return None
    return _garbled_line_piece(brief.paragraphs[0], story)


def _garbled_line_piece(text: str, story: Body) -> str | None:
    """What a short line OCR garbled between a head and the dated story under it is: at most
    ``GARBLED_LINE_CHARS`` characters, no notice, price, cry or dateline, and OCR noise
    (:func:`classify.noise_share`) over ``DECK_NOISE_SHARE`` ("h|<x-i*l Cmbaa tn The Wathington
    deraW", "(AssooUU rtw i rterl VlrtiUas j", "nt i.i k.ti.") or no word of three letters
    (a column rule's mark: "El", "V", "4»", "i- i I,"; branch ``lostheads33``). ``"byline"``
    when it is shaped as a credit (``_GARBLED_CREDIT_SHAPE``, or naming a wire:
    ``STACK_CREDIT``) and the story has no byline or credit; ``"scrap"`` (the page's unplaced
    text) when it is not; None for anything else."""
    text = text.strip()
    if (
        not text
        or len(text) > GARBLED_LINE_CHARS
        or (noise_share(text) <= DECK_NOISE_SHARE and _DECK_WORD.search(text) is not None)
    ):
        return None
    if _no_stack_deck(text) or match_dateline(text) is not None:
        return None
    if _GARBLED_CREDIT_SHAPE.search(text) or STACK_CREDIT.search(text):
        return None if story.byline or story.credit else "byline"
    return "scrap"


def _free_heads_over_garbled_lines(
    sequence: list[Title | Body],
) -> tuple[list[Title | Body], list[str]]:
    """A capitals head left free over a garbled line heads the dated dispatch under that line.

    A 1916 daily sets a dispatch's capitals head, a line OCR garbled (a column rule's mark,
    "El", "V", "4»", or the wire's credit past its patterns, "l.r noHtima joohn.u kcial no",
    "Intem.Hlonal .s Servic-:") and the dispatch on its dateline ("BEGIN TO REPAIR" / "El" /
    "San Diego, Cal., Feb. 2. Several …"). The head is not attached to the line (no paragraph
    of words under it), the line is an item of its own, and the dispatch has no title, so the
    head stood as a teaser of nothing and the line went to the unplaced text: ``stackgarble20``'s
    shape (:func:`_garbled_stack_piece`) with the head apart from its line (branch
    ``lostheads33``). The head heads the dispatch, and the line becomes its byline or goes to
    the page's unplaced text (:func:`_garbled_line_piece`), when the head is a free capitals
    title (no body, pointer or entry; no word in small letters, no story's opening, page's
    name, person's name alone or firm), the next item in the sequence is a title-less body of
    one bare paragraph of one line, on the line under the head (two lines may hold a head of
    their own OCR garbled: "NfW lit % >!»< %*" / "GTY HALL"), and the item after it is a story
    with no title that opens on a dateline (or on its byline over it) on the line under that
    line. Modern pages never reach it: their stories do not open on a dateline under a garbled
    line under a capitals head. One pass over the sequence."""
    removed: set[int] = set()
    scraps: list[str] = []
    for head, line, story in zip(sequence, sequence[1:], sequence[2:], strict=False):
        if not (
            isinstance(head, Title)
            and isinstance(line, Body)
            and isinstance(story, Body)
            and _free_capitals_head(head)
            and not line.titles
            and _one_bare_paragraph(line)
            and len(line.lines) == 1
            and line.lines[0] - head.last == 1
            and story.dateline is not None
            and not story.titles
            and story.paragraphs
            and story.lines
            and min([*story.lines, *story.byline_lines]) - line.lines[0] == 1
        ):
            continue
        piece = _garbled_line_piece(line.paragraphs[0], story)
        if piece is None:
            continue
        if piece == "byline":
            story.take_byline(line.paragraphs[0], line.lines)
        else:
            scraps.append(line.paragraphs[0])
        head.body = story
        story.titles = [head]
        story.headed = True
        removed.add(id(line))
    return [item for item in sequence if id(item) not in removed], scraps


def _free_capitals_head(head: Title) -> bool:
    """Whether a title stands free as a capitals head a story under it may take (branches
    ``lostheads23``, ``lostheads33``): no body, pointer or entry, in capitals with no word in
    small letters (``_LOWER_WORD``: an ad's line), and no story's opening set as a title or
    page's name (as ``heads10``'s held-back heads), person's name alone or firm."""
    return (
        head.body is None
        and head.style == "caps"
        and head.is_plain()
        and _LOWER_WORD.search(head.text) is None
        and not names_story_opening(head.text)
        and not names_page(head.text)
        and _PERSON_ALONE.fullmatch(head.text.strip()) is None
        and not names_firm(head.text)
    )


def _over_capitals_head(titles: Sequence[Title]) -> list[Title]:
    """The titles of an English stack printed over its capitals head (a kicker or decks read
    out of order), in printed order; none when the stack opens on a question or an
    exclamation, a headline of its own (see :func:`_decks`)."""
    ordered = sorted(titles, key=lambda t: t.first)
    if not ordered or all(t.style == "cjk" for t in ordered):
        return []
    head_index = next((i for i, t in enumerate(ordered) if t.style == "caps"), 0)
    if head_index and ordered[0].text.rstrip().endswith(("?", "!")):
        return []
    return ordered[:head_index]


def _give_back_to(story: Body, body: Body) -> None:
    """Give the first title over ``body``'s capitals head back to ``story`` when it finishes
    the sentence the story's last paragraph leaves open (see :func:`_give_back_sentence_ends`)."""
    above = _over_capitals_head(body.titles)
    if not above or above[0].style != "mixed" or any(t.style == "cjk" for t in body.titles):
        return
    title = above[0]
    if (
        not story.paragraphs
        or story.run_on is not None
        or not story.last < title.first <= story.last + 2
        or _reads_as_kicker(title)
        or not leaves_sentence_open(story.paragraphs[-1])
    ):
        return
    story.paragraphs[-1] = f"{story.paragraphs[-1]} {title.text}"
    story.lines.extend(title.lines)
    story.last = max(story.last, title.last)
    body.titles.remove(title)


#: A kicker is a label: a few words (a section, a topic, a series' name), no sentence.
KICKER_MAX_WORDS: Final = 4
KICKER_MAX_CHARS: Final = 30


def _reads_as_kicker(title: Title) -> bool:
    """Whether a mixed-case title over a capitals head shows a kicker's marks: one short line of
    at most four words, starting with a capital and ending on a letter or a digit, with no stop,
    comma or semicolon anywhere (no sentence, no initials, no signature, no name and office,
    "A. D. Rodgers, President"), not ending on a word that runs on ("of", "the"), with little
    OCR noise ("Election 2024", "Local News", "Hard Times").

    On 1916 pages the lines OCR sets above a capitals head are rarely kickers: a deck read out
    of order ("Is Favored by Congressional Leaders."), the end of the item above ("T. Quinn's,
    with Miss Edith Miles as leader.", "CLARENCE MATHEWS, Chairman."), an advertisement's
    line or an ear; they lack these marks and stay decks of the stack.
    """
    text = title.text.strip()
    words = text.split()
    return (
        len(title.lines) <= 1
        and 0 < len(words) <= KICKER_MAX_WORDS
        and len(text) <= KICKER_MAX_CHARS
        and text[0].isupper()
        and text[-1].isalnum()
        and not any(mark in text for mark in ".,;")
        and words[-1].lower() not in RUN_ON_WORDS
        and noise_share(text) <= WRAPPED_HEAD_NOISE
    )


#: A byline's second reporter on the line under the first ("By Maria Alvarez" / "and Kevin
#: O'Shea"): "and", then a name of two to three capitalised words.
_SECOND_NAME: Final = re.compile(r"^and\s+[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){1,2}$")


#: The least share of a sentence-case head's words after its first that are in small letters
#: ("Garda stopped drink driver with child in back seat"; a 1916 deck in title case has few).
SENTENCE_CASE_SMALL_SHARE: Final = 2 / 3
#: The most OCR noise in a head under a capitals kicker: a clean line (garble in small letters,
#: "p MTTiMP r rr a ips nmnRfl", reads as sentence case too).
KICKED_HEAD_NOISE: Final = 0.1


def _one_word_label(titles: Sequence[Title]) -> bool:
    """Whether a stack is a label of one word in capitals over one sentence-case head line and
    nothing else ("LETTERS" / "Give jeepney drivers a fair deal", "COURTS" / "Judge frees …";
    branch en43): a section's or a topic's word set over the head is its kicker, as a modern
    paper labels a letter or a column, though the head under it takes one line. A capitals head
    over its deck is a phrase ("BIG FREEZE TO BITE"), a word alone only as a 1916 head over a
    closed or title-case deck, which _capitals_kicker_over_sentence_case refuses anyway."""
    return (
        len(titles) == 2 and len(titles[0].text.split()) == 1 and titles[1].last == titles[1].first
    )


#: The most source lines between a modern one-word kicker and its one-line head when OCR read
#: a column's block between them (_capitals_kicker_over_sentence_case).
KICKER_APART_LINES: Final = 12


def _capitals_kicker_over_sentence_case(titles: Sequence[Title], modern: bool = False) -> bool:
    """Whether a stack (titles in printed order) opens on a kicker in capitals over a
    sentence-case head, as a tabloid labels a story ("COURTS" / "Garda stopped drink driver
    with child in back seat", "TV SHOCK" / "Strictly judge quits after bust-up"): a label's
    one printed line (_reads_as_kicker) straight over a mixed-case title that is neither title
    case nor a closed sentence, set large enough to wrap over two lines or more, and no other
    capitals in the stack (or, on a ``modern`` page, a one-word label over a one-line head:
    _one_word_label). A deck
    under a capitals head runs on one line ("BIG FREEZE" / "TO
    BITE" / "Snow warning as temperatures plunge to -10C"), and a 1916 capitals head is set over
    decks in title case or closed by a stop ("WAR NEWS" / "Germans Advance on Verdun."): no
    kicker."""
    if len(titles) < 2 or titles[0].style != "caps" or titles[1].style != "mixed":
        return False
    head = titles[1].text.strip()
    words = [word for word in head.split()[1:] if word[:1].isalpha()]
    small = sum(word[:1].islower() for word in words)
    # (on a modern page, a name of capitalised words counts once: "Deputies back £12m plan
    # for St Peter Port harbour", the lead's round 46; a title-case deck's capitals stay
    # apart, "Germans Advance on Verdun", and a 1916 page's garble is left alone)
    names = (
        sum(
            1
            for left, right in itertools.pairwise(words)
            if left[:1].isupper() and right[:1].isupper()
        )
        if modern
        else 0
    )
    return (
        all(t.style == "mixed" for t in titles[1:])
        # sentence case: most words after the first in small letters, no stop inside
        and SENTENCE_CASE_SMALL_SHARE * (len(words) - names) <= small
        # (a figure's point is no stop: "$2.4b for rain-damaged roads")
        and ". " not in head
        and noise_share(head) <= KICKED_HEAD_NOISE
        and titles[0].first == titles[0].last
        and (titles[1].last > titles[1].first or (modern and _one_word_label(titles)))
        and (
            titles[1].first - titles[0].last <= TOUCHING_LINES
            # (on a modern page a one-word label over a one-line head may stand a column's
            # block apart in the source: formats.text._kickers_over_heads put the block Tesseract
            # read between them back with its story; branch ocr49)
            or (
                modern
                and _one_word_label(titles)
                and 0 < titles[1].first - titles[0].last <= KICKER_APART_LINES
            )
        )
        and _reads_as_kicker(titles[0])
        and not is_title_cased(head)
        and not ends_sentence(head)
        and any(word.isalpha() and word.islower() for word in head.split()[1:])
    )


#: The fewest printed lines of a capitals title that may open on a kicker: the kicker and a
#: head wrapped over two lines or more.
KICKED_STACK_LINES: Final = 3
#: A kicker's words: letters, figures, apostrophes and hyphens, no stop or other mark.
_KICKER_WORDS: Final = re.compile(r"^[A-Z0-9][A-Z0-9'’\-]*(?: [A-Z0-9][A-Z0-9'’\-]*)*$")


def _capitals_kicker_over_capitals(body: Body, titles: Sequence[Title]) -> str | None:
    """The kicker a tabloid sets in capitals over its capitals head, read as the head's first
    line ("SUBWAY TERROR" / "STRAPHANGER" / "SHOVED ONTO" / "TRACKS IN" / "BRONX HORROR"):
    a label of at most KICKER_MAX_WORDS words with no mark, set in smaller type and so longer
    than every line of the head wrapped under it in big type (two lines or more), over a story
    a reporter signs by name ("By Maria Alvarez", "From DAVID BRENNAN in Oslo"), as a modern
    daily does. A head wrapped as a column fills it has its longest line anywhere, and a 1916
    capitals head seldom runs over a reporter's byline; None when the first line shows none
    of these marks."""
    head = titles[0]
    rows = head.rows
    if len(rows) < KICKED_STACK_LINES or head.style != "caps" or body.byline is None:
        return None
    kicker = rows[0]
    byline = body.byline.split("\n")
    if (
        len(kicker.split()) > KICKER_MAX_WORDS
        or _KICKER_WORDS.match(kicker) is None
        or not head.text.startswith(kicker + " ")
        or not (all(len(row) < len(kicker) for row in rows[1:]) or _exclusive_label(kicker))
        or not (
            is_personal_byline(byline[0])
            or (len(byline) > 1 and name_over_office(byline[0], byline[1]))
        )
    ):
        return None
    return kicker


#: The label a tabloid sets over a splash to claim it ("EXCLUSIVE", "BLAZE EXCLUSIVE",
#: "REVEALED"), whatever its length against the head's lines (_exclusive_label).
_EXCLUSIVE_LABELS: Final = frozenset(("EXCLUSIVE", "REVEALED", "INVESTIGATION"))


def _exclusive_label(kicker: str) -> bool:
    """A tabloid's claim over its splash, its last word EXCLUSIVE, REVEALED or INVESTIGATION
    ("EXCLUSIVE", "WORLD EXCLUSIVE"): a kicker even when it is set no longer than the head's
    lines under it (_capitals_kicker_over_capitals asks it only over a story a reporter
    signs, as a modern daily does)."""
    return kicker.split()[-1] in _EXCLUSIVE_LABELS


def _decks(body: Body) -> tuple[str | None, str | None, str | None]:
    """(kicker, headline, subheadline) from the titles attached to a body."""
    titles = sorted(body.titles, key=lambda t: t.first)
    if not titles:
        return None, None, None
    kicker = _capitals_kicker_over_capitals(body, titles)
    if kicker is not None:
        sub = "\n".join(t.text for t in titles[1:]) or None
        return kicker, titles[0].text[len(kicker) + 1 :], sub
    if _capitals_kicker_over_sentence_case(titles, body.modern):
        rows = _wrapped_head_titles(titles[1:])
        headline = " ".join(t.text for t in titles[1 : 1 + rows])
        sub = "\n".join(t.text for t in titles[1 + rows :]) or None
        return titles[0].text, headline, sub
    strapped = _strap_over_bulleted_head(titles)
    if strapped is not None:
        return strapped
    if titles[0].style != "cjk" or any(t.style != "cjk" for t in titles):
        # A question or an exclamation over the capitals is a headline of its own, no kicker
        # over another: then nothing stands over the head.
        above = _over_capitals_head(titles)
        head_index = len(above)
        kicker = above[0].text if len(above) == 1 and _reads_as_kicker(above[0]) else None
        rows = 1 if head_index else _wrapped_head_titles(titles)
        if not head_index and rows == 1 and _topic_colon_runs_on(titles):
            rows = 2
        headline = " ".join(t.text for t in titles[head_index : head_index + rows])
        # Lines above the head that show no kicker are decks of the stack, read first.
        decks = ([] if kicker else above) + titles[head_index + rows :]
        sub = "\n".join(t.text for t in decks) or None
        return kicker, headline, sub
    if (
        body.ad_piece
        and len(titles) == 2
        and titles[1].first - titles[0].last == 1
        and ad_slogan_over_name(titles[0].text, titles[1].text)
    ):
        # An advertisement's slogan over the house or the brand: the kicker over the headline.
        return titles[0].text, titles[1].text, None
    if len(titles) >= 2 and titles[1].author is not None and is_signed_column_label(titles[0].text):
        # A literary column's label over its work's title and writer: the label is the kicker.
        return titles[0].text, titles[1].text, "\n".join(t.text for t in titles[2:]) or None
    if len(titles) >= 2 and republican_stack(titles, body):
        # A Republican-era stack: the headline on top, each line under it a deck; no kicker.
        return None, titles[0].text, "\n".join(t.text for t in titles[1:])
    label_at = next(
        (
            k
            for k, t in enumerate(titles[1:-1], start=1)
            if t.style == "cjk" and is_commentary_label(t.text)
        ),
        None,
    )
    if label_at is not None and len(titles) <= CJK_STACK_TITLES and titles[-1].style == "cjk":
        # A commentary's label tops its own stack ("本报评论员文章" / "让技能人才更有奔头"):
        # a line OCR read over it (another stack's deck, read out of order) is no kicker of
        # the commentary's; it stays in the stack as a deck, its text kept (branch zh49).
        label_decks = [t.text for t in titles[:label_at]] + [t.text for t in titles[label_at + 2 :]]
        return titles[label_at].text, titles[label_at + 1].text, "\n".join(label_decks)
    if len(titles) == 2 and _cjk_head_tail(titles[0], titles[1]):
        # A head a narrow column broke short before its last characters ("冬季送温暖活动提" /
        # "前启动"): one headline, no deck (branch zh49).
        return None, titles[0].text + titles[1].text, None
    dashed = [t for t in titles if t.text.startswith("—")]
    plain = [t for t in titles if not t.text.startswith("—")] or titles[:1]
    kicker = None
    if len(plain) >= 3 and not (len(plain) == 3 and _cjk_head_over_two_lines(plain)):
        kicker, plain = plain[0].text, plain[1:]
        if len(plain) >= 3 and plain[0].style == "cjk" and _closes_unopened_quote(plain[0].text):
            # (the kicker's rest, cut from its first characters by OCR: a closing quote with
            # no opening one before it, "洛头" / "双减”政策办好家门口的学校"; branch ocr49)
            kicker, plain = kicker + plain[0].text, plain[1:]
        if len(plain) == 2 and not dashed and _table_head_over_two_lines(plain, body):
            # A data box's title set over two lines under its label, over the box's rows
            # ("价格行情" / "汉中农产品批发市场" / "12月4日部分品种价格" / "大白菜 0.80元/斤"):
            # one headline (a table has no deck; branch zh48).
            return kicker, plain[0].text + plain[1].text, None
    elif len(plain) == 2:
        first, second = plain
        adjacent = second.first - first.last <= 2
        # Of two decks printed together, the headline is the one the story's lead echoes;
        # a deck above it is a kicker, one below a subheadline.
        # A kicker is set smaller than the headline, and so is rarely the longer line.
        shorter = display_width(first.text) < display_width(second.text)
        echoes = title_score(second.text, body.lead) > title_score(first.text, body.lead)
        if adjacent and (
            (shorter and echoes)
            # (a commentary column's label over its title, "社論" / "論節約物資": the column's
            # kicker, whatever the lead echoes; branch hz47)
            or (first.style == "cjk" and is_commentary_label(first.text))
        ):
            kicker, plain = first.text, [second]
        elif adjacent and body.byline is not None and _cjk_head_lines_alone(first, second):
            # A head set over two lines with no deck, the second no wider than the first, over
            # the story's byline ("全省社区矫正中心" / "实现县区全覆盖" / "通讯员 …"; branch zh47):
            # one headline (a deck is set smaller, so it holds more characters than the head's
            # line). With no byline under them two such lines stay head and deck ("浙東形勢" /
            # "又趨緊張" over a Republican-era report).
            return None, first.text + second.text, None
    # A head set over two lines in its big type, the deck under it in smaller type: one
    # headline, its lines joined. (Under a kicker already taken, the head's two lines may
    # differ in width as they like when the deck under them is far denser: "利率連六凍" /
    # "信用管制延長半年" over "下修明年GDP成長率至3.1% 總裁：匯率由市場決定"; branch zh47.)
    rows = (
        2
        if len(plain) >= 3
        and (_cjk_head_over_two_lines(plain) or (kicker is not None and _dense_deck_under(plain)))
        else 1
    )
    headline = "".join(t.text for t in plain[:rows])
    subs = [t.text for t in plain[rows:]] + [t.text for t in dashed if t not in plain]
    return kicker, headline, "\n".join(subs) or None


def _closes_unopened_quote(text: str) -> bool:
    """Whether a Chinese title closes a quotation it never opened (a ” before any “): its
    opening, with the quote's first mark, was printed on the line above it."""
    close = text.find("”")
    return close >= 0 and "“" not in text[:close]


def _table_head_over_two_lines(plain: Sequence[Title], body: Body) -> bool:
    """Whether two Chinese titles under a kicker are one title of a data box set over two
    lines: single lines next to each other, no comma or stop, over a body whose first
    paragraph is a row of the box (classify.table_row: a label, a space, a figure and its
    unit, "大白菜 0.80元/斤", "审结涉企案件 8.6万件"; branch zh48)."""
    first, second = plain
    if first.style != "cjk" or second.style != "cjk" or second.first - first.last > 1:
        return False
    if len(first.lines) > 1 or len(second.lines) > 1 or not body.paragraphs:
        return False
    if CJK_PROSE_STOPS.intersection(first.text) or CJK_PROSE_STOPS.intersection(second.text):
        return False
    return cjk_data_row_paragraph(body.paragraphs[0])


#: A Chinese head's two lines are within this many times each other's width, and the
#: deck under the two at least this many times the wider of them (_cjk_head_over_two_lines).
CJK_HEAD_ROWS_SHARE: Final = 1.3


#: The most characters of a Chinese head's last characters a narrow column broke onto a line of
#: their own (_cjk_head_tail): no deck is so short.
CJK_HEAD_TAIL_CHARS: Final = 4
#: The fewest characters of the head's line over them.
CJK_HEAD_TAIL_ABOVE: Final = 6


def _cjk_head_tail(head: Title, tail: Title) -> bool:
    """Whether a Chinese head's second title is only its last characters, broken onto a line
    of their own by a column narrower than the head ("冬季送温暖活动提" / "前启动", as Tesseract
    reads a head in a single column; branch zh49): a line of at most CJK_HEAD_TAIL_CHARS
    characters under a line of at least CJK_HEAD_TAIL_ABOVE, the two touching, neither holding
    a comma or a stop, and the short one neither a pointer, a commentary label nor a notice's
    word. A deck says something of its own in more words; a kicker stands above."""
    if head.style != "cjk" or tail.style != "cjk":
        return False
    short, above = tail.text.strip(), head.text.strip()
    return (
        len(short) <= CJK_HEAD_TAIL_CHARS
        and len(above) >= CJK_HEAD_TAIL_ABOVE
        and tail.first - head.last <= TOUCHING_LINES
        and tail.pointer is None
        and head.pointer is None
        and cjk_ratio(short) == 1.0
        and CJK_PROSE_STOPS.isdisjoint(above)
        and not is_commentary_label(short)
        and not names_notice_head(short)
    )


def _cjk_head_over_two_lines(plain: Sequence[Title]) -> bool:
    """Whether a Chinese stack's first two titles are one head broken over two lines, as a
    front sets its lead's head in big type ("灣區捷運明年三月起" / "調整票價 長者半價延長"
    over the deck "通勤月票維持不變 學生優惠擴至大專生"; "我省出台二十条措施" /
    "支持民营经济发展"; branch zh45): two single lines next to each other, the second neither
    much wider nor much narrower than the first (CJK_HEAD_ROWS_SHARE: a short 引题 over a
    head is a kicker), and a deck of one line under them set in smaller type, so holding many
    more characters than either (CJK_HEAD_ROWS_SHARE times the wider). A head over two decks
    of like width ("明起气温骤降十度" / "市气象台发布寒潮蓝色预警" /
    "环卫工人暖心驿站全部开放") is one head and its decks. None of the three holds a comma or a
    stop (CJK_PROSE_STOPS)."""
    if len(plain) < 3 or any(t.style != "cjk" for t in plain[:3]):
        return False
    first, second, deck = plain[0], plain[1], plain[2]
    if len(first.lines) != 1 or len(second.lines) != 1 or len(deck.lines) != 1:
        return False
    if second.first - first.last > 2 or deck.first - second.last > 2:
        return False
    if any(CJK_PROSE_STOPS.intersection(t.text) for t in (first, second, deck)):
        return False  # (a head or deck holds no comma or stop: OCR's garble of prose does)
    a, b, c = display_width(first.text), display_width(second.text), display_width(deck.text)
    # (the head's second line may be its short remainder, "台九線拓寬二期過環評" / "明年三月動工"
    # over a deck of three phrases, when the deck is set apart from the head by the spaces
    # between its phrases: a deck's own style, branch zh46)
    return (
        (a <= CJK_HEAD_ROWS_SHARE * b or _spaced_phrases(deck.text) >= DECK_PHRASES)
        and b <= CJK_HEAD_ROWS_SHARE * a
        and c >= CJK_HEAD_ROWS_SHARE * max(a, b)
    )


#: How many times the wider of a head's two lines a deck under a kicker's head holds, at
#: least, for the two to be read as one head whatever their widths (_dense_deck_under).
DENSE_DECK_SHARE: Final = 2.0


def _dense_deck_under(plain: Sequence[Title]) -> bool:
    """Whether the first two of a Chinese stack's titles under its kicker are one head over a
    deck of one line at least DENSE_DECK_SHARE times as wide as the wider of them (a deck set in
    small type under a head in big type; branch zh47): single lines next to each other, no
    comma or stop in any."""
    if len(plain) < 3 or any(t.style != "cjk" or len(t.lines) != 1 for t in plain[:3]):
        return False
    first, second, deck = plain[0], plain[1], plain[2]
    if second.first - first.last > 2 or deck.first - second.last > 2:
        return False
    if any(CJK_PROSE_STOPS.intersection(t.text) for t in (first, second, deck)):
        return False
    wider = max(display_width(first.text), display_width(second.text))
    return display_width(deck.text) >= DENSE_DECK_SHARE * wider


#: The least share of a head's first line's width its second line fills (_cjk_head_lines_alone).
CJK_HEAD_LINE_SHARE: Final = 0.85


def _cjk_head_lines_alone(first: Title, second: Title) -> bool:
    """Whether two Chinese titles, all of a stack, are one head set over two lines: single
    lines, no comma or stop, no phrases parted by a space (a deck's style), the second no wider
    than the first and nearly as wide (CJK_HEAD_LINE_SHARE: a head's lines are set in one
    type across one column; a deck much shorter than its head, "全省春播粮食面积稳中有增" /
    "农机作业率超过九成", stays a deck; branch zh47)."""
    if first.style != "cjk" or second.style != "cjk":
        return False
    if len(first.lines) != 1 or len(second.lines) != 1:
        return False
    texts = (first.text, second.text)
    if any(CJK_PROSE_STOPS.intersection(t) or " " in t.strip() for t in texts):
        return False
    a, b = display_width(first.text), display_width(second.text)
    return CJK_HEAD_LINE_SHARE * a <= b <= a


#: A Chinese deck lists its points as this many phrases parted by spaces, at least
#: ("全長十二公里 總經費四十八億元 二〇三〇年完工"); a head parts at most two so.
DECK_PHRASES: Final = 3


def _spaced_phrases(text: str) -> int:
    """How many phrases of Chinese characters a line parts by white space."""
    return len(text.split())


#: How many times more characters a printed line of a strap holds than one of the head under
#: it, at least (_strap_over_bulleted_head): the strap is set in smaller type.
STRAP_DENSITY: Final = 1.5


def _strap_over_bulleted_head(
    titles: Sequence[Title],
) -> tuple[str | None, str | None, str | None] | None:
    """A modern lead's strap over its head over bulleted decks (``Minimum wage: Talks collapse
    as`` / ``FG, governors reject N250,000`` over ``NLC, TUC give`` / ``seven-day strike`` /
    ``ultimatum`` over ``• Unions order …``): the strap is set in smaller type than the head,
    so its printed lines hold many more characters (STRAP_DENSITY times at least, by the
    lines each title spans); it is the kicker, the head under it the headline, the bullets the
    subheadline. Gate: exactly two mixed-case titles with no bullet over one or more bulleted
    decks (reflow.opens_bullet_item), the strap wrapped over lines; else None."""
    if len(titles) < 3 or any(t.style != "mixed" for t in titles):
        return None
    strap, head, *decks = titles
    if not all(opens_bullet_item(t.text) for t in decks) or any(
        opens_bullet_item(t.text) for t in (strap, head)
    ):
        return None
    if strap.last <= strap.first:
        return None

    def density(title: Title) -> float:
        return len(title.text) / (title.last - title.first + 1)

    if density(strap) < STRAP_DENSITY * density(head):
        return None
    return strap.text, head.text, "\n".join(t.text for t in decks)


def _article_order(sequence: list[Title | Body]) -> list[Title | Body]:
    """Articles in reading order: stories where their bodies are printed, teasers where they are.

    Headlines are often printed far from their stories, so a story's place is its body's.
    """
    return [item for item in sequence if isinstance(item, Body) or item.body is None]


def _sentence_head_to_body(
    body: Body, sentence_heads: frozenset[int], known_words: frozenset[str]
) -> int:
    """A body whose every title is made of lines that are a sentence's first lines
    (reflow._sentence_through_head_line: "Willie C. Dillard of Kansas City" over "and Miss
    Merle Hensley of Am" / "oret were united …") opens with them: their text goes before its
    first paragraph, joined as the lines of a paragraph are, and the body keeps no head. The
    item stays where the false head started it (a head-less item after a closed sentence
    is one of its own). A body with a title of other lines, a dateline or a byline is left
    alone. Gate: the lines are found only on a plain-text page modern_page found not
    modern. Returns the end-of-line hyphens removed in the joining."""
    titles = body.titles
    if (
        not titles
        or not body.paragraphs
        or body.dateline is not None
        or body.byline is not None
        or any(not title.lines or not sentence_heads.issuperset(title.lines) for title in titles)
    ):
        return 0
    ordered = [title.text for title in sorted(titles, key=lambda t: t.first)]
    body.paragraphs[0], removed = join_lines([*ordered, body.paragraphs[0]], known_words)
    body.first = min(body.first, *(title.first for title in titles))
    body.lines = sorted({*body.lines, *(n for title in titles for n in title.lines)})
    for title in titles:
        title.body = None
    body.titles = []
    return removed


def _build_article(item: Title | Body, page_number: int, ids: _ArticleIds) -> Article:
    """The article of a teaser or a body, with its id (given in the order articles are built,
    as :func:`_unique_ids` gives them: the id is set once, not by copying the article)."""
    if isinstance(item, Title):
        evidence = Evidence(
            "teaser", has_pointer=item.pointer is not None, noise=noise_share(item.text)
        )
        return Article(
            id=ids.next(ArticleKind.TEASER, item.text, "", None),
            kind=ArticleKind.TEASER,
            kicker=item.kicker,
            headline=item.text,
            continued_to=item.pointer,
            source_lines=(item.first, item.last),
            page_number=page_number,
            confidence=article_confidence(evidence),
        )
    body = item
    kicker, headline, sub = _decks(body)
    byline = body.byline
    if byline is None and kicker is not None and is_signed_column_label(kicker):
        byline = next((t.author for t in body.titles if t.author is not None), None)
    first = min([body.first, *(t.first for t in body.titles)])
    last = max([body.last, *(t.last for t in body.titles)])
    paragraphs = body.paragraphs
    text = "\n".join(paragraphs)
    if body.is_caption:
        kind = ArticleKind.CAPTION
    elif body.dateline is None and (
        _reads_as_notice(body, headline, sub, text) or names_itself_notice(headline, text)
    ):
        kind = ArticleKind.NOTICE
        three = kicker is not None and sub is not None
        if sub is not None:
            # An advertisement's display lines under its head are its text, not a story's
            # decks: each is a paragraph, before the rest.
            paragraphs = [*sub.split("\n"), *paragraphs]
            sub = None
        if three and headline is not None and _cjk_stack(body):
            # A Chinese advertisement's top display line is its head, the lines under it its
            # text: an ad has no kicker over a headline (a stack of three read as one).
            paragraphs = [headline, *paragraphs]
            headline = kicker
            kicker = None
    elif (
        body.dateline is None
        and body.byline is None
        and paragraphs
        and points_at_picture(paragraphs[0], text)
    ):
        # A photograph's cut line with no credit to close it ("This picture was taken …").
        kind = ArticleKind.CAPTION
    elif (
        len(paragraphs) == 1
        and len(paragraphs[0]) < BRIEF_MAX_CHARS
        # (a leader under its commentary label, "本報社評", is the paper's opinion, a story
        # however short its text: no brief is a leader; branch zh49)
        and not (kicker is not None and is_commentary_label(kicker))
    ):
        kind = ArticleKind.BRIEF
    else:
        kind = ArticleKind.STORY
    evidence = Evidence(
        # (a cut line known by its words is built as a story is: its confidence is a story's)
        "caption" if body.is_caption else "story",
        has_headline=headline is not None,
        detached_echoes=tuple(t.echo for t in body.titles if t.detached),
        guessed_breaks=body.guessed_breaks,
        run_ons=body.run_ons,
        noise=noise_share(" ".join(t for t in (headline, text) if t)),
    )
    return Article(
        id=ids.next(kind, headline, paragraphs[0] if paragraphs else "", body.credit),
        kind=kind,
        kicker=kicker,
        headline=headline,
        subheadline=sub,
        byline=byline,
        byline_names=byline_names(byline) if byline else (),
        dateline=body.dateline,
        credit=body.credit,
        paragraphs=tuple(paragraphs),
        continued_to=body.continued_to,
        continued_from=body.continued_from,
        source_lines=(first, last),
        page_number=page_number,
        confidence=article_confidence(evidence),
    )


def _reads_as_notice(body: Body, headline: str | None, sub: str | None, text: str) -> bool:
    """Whether an item with no dateline is a notice or an advertisement, when no byline names a
    writer: by its head and text, by a short text's closing call to buy, its kinds of an ad's
    evidence or the firm's name it closes on, or a want ad's head over its advertiser's voice
    (:func:`closes_on_call_to_buy`, :func:`shows_ad_evidence`, :func:`closes_on_firm_name`,
    :func:`reads_as_want_ad`), or by its ad words
    counted with its decks' (an ad's offer is often set as one: ``Special Prices This Week``);
    or, signed at its foot, when it opens as a notice (``TO THE PUBLIC.`` … ``T. J. BOULDIN.``
    / ``Secretary, …``)."""
    if body.ad_piece:
        return True
    if body.credit is not None and is_source_credit(body.credit):
        # A data box credits its figures' source ("数据来源：汉中市农业农村局"): its rows of
        # prices are news, no ad's offer (branch zh48).
        return False
    if body.byline is None and (
        looks_like_notice(headline, text)
        or closes_on_call_to_buy(text)
        or closes_on_contact_line(text)
        or shows_modern_contact_line(text)
        or shows_ad_evidence(text)
        or closes_on_firm_name(text)
        or closes_on_insertion_code(text)
        or reads_as_want_ad(headline, text)
        or (
            sub is not None
            and may_add_ad_words(sub)
            and dense_with_ad_words(headline, f"{sub}\n{text}")
        )
    ):
        return True
    return body.signed and opens_as_notice(headline, text)


_WORK_AND_WRITER: Final = re.compile(WORK_AND_WRITER)


def _penned_title(label: Title, title: Title, text: str) -> None:
    """A Chinese title straight under a literary column's label (classify.is_literary_label:
    小說, 小品, 隨筆 …) that prints the work's title and its writer's pen name set apart by a
    space ("小說" / "妹妹我愛你　卓呆") is the work's title; the name is its byline (kept in
    ``author`` for _build_article). The space is the only mark of the seam, and
    repair_title_spacing drops a space beside so short a part, so the printed ``text`` is
    read. Gate: the label, a closed list of the literary supplement's column names, straight
    above (branch hz45)."""
    if (
        title.first - label.last > 1
        or label.style != "cjk"
        or not is_signed_column_label(label.text)
    ):
        return
    match = _WORK_AND_WRITER.match(repair_spacing_runs(text))
    if match is not None and (
        # (under a commentary's label, "短評" / "防汛與民生　冷眼", the title is the longer:
        # a modern head of two phrases, "穩經濟　保就業", names no writer)
        is_literary_label(label.text) or len(match.group(1)) > len(match.group(2))
    ):
        title.text, title.author = match.group(1), match.group(2)


def _writer_under_work(sequence: list[Title | Body], title: Title, text: str) -> bool:
    """Whether a Chinese title is the writer's line set on its own under a literary work's
    title, straight under its column's label ("長篇小說" / "霧城春秋" / "白鷺著": WRITER_LINE, a
    pen name and 著, 作, 撰 or 譯): then it is the work's byline, kept in the title's ``author``
    (the line joins the title's lines), and no title of its own (branch hz47). Gate: the label
    of a literary column (classify.is_literary_label), a closed list, two lines up."""
    if len(sequence) < 2 or WRITER_LINE.match(text.strip()) is None:
        return False
    work, label = sequence[-1], sequence[-2]
    if not (
        isinstance(work, Title)
        and isinstance(label, Title)
        and work.author is None
        and work.style == label.style == "cjk"
        and title.first - work.last == 1
        and work.first - label.last == 1
        and is_literary_label(label.text)
    ):
        return False
    work.author = text.strip()
    work.last = title.last
    work.lines = [*work.lines, *title.lines]
    return True


def _cjk_stack(body: Body) -> bool:
    """Whether an item's titles are Chinese (a Chinese notice's title stack is left as read)."""
    return any(t.style == "cjk" for t in body.titles)


class _ArticleIds:
    """Stable ids for the articles of a page, from its number and each article's content: a
    short digest of kind, headline, first paragraph and credit, and a count after it when the
    page has that digest already."""

    __slots__ = ("_page", "_seen")

    def __init__(self, page_number: int) -> None:
        self._page = page_number
        self._seen: dict[str, int] = {}

    def next(self, kind: str, headline: str | None, first: str, credit: str | None) -> str:
        """The id of the next article (``kind``: its ArticleKind, a StrEnum, whose text is its
        value: read as it is, not through the enum's ``value`` property; ``first``: its first
        paragraph, or "")."""
        basis = "\x1f".join([kind, headline or "", first, credit or ""])
        digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:8]
        ident = f"p{self._page}-{digest}"
        count = self._seen.get(ident, 0)
        self._seen[ident] = count + 1
        if count:
            ident = f"{ident}-{count + 1}"
        return ident


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Give each article a stable id from its page and content (see _ArticleIds; the page
    number is each article's own)."""
    pages: dict[int, _ArticleIds] = {}
    result = []
    for article in articles:
        ids = pages.get(article.page_number)
        if ids is None:
            ids = pages[article.page_number] = _ArticleIds(article.page_number)
        first = article.paragraphs[0] if article.paragraphs else ""
        ident = ids.next(article.kind, article.headline, first, article.credit)
        result.append(replace(article, id=ident))
    return result


#: Stable ids for articles built outside assembly (the articles a METS file defines).
assign_ids = _unique_ids
