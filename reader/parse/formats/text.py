"""Plain OCR text pages: the text is split into lines and blocks and goes through the pipeline."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace
from pathlib import Path
from typing import Final

from reader.model import Page
from reader.parse.assemble import assemble
from reader.parse.classify import (
    CJK_BRIEFS,
    CJK_PROSE_STOPS,
    CJK_SKY_CHARACTERS,
    CJK_WEATHER_LABEL,
    RUN_ON_WORDS,
    SECTION_NAMES,
    ends_digest_item,
    ends_inside_address,
    ends_with_abbreviation,
    figures_box_lines,
    folio_name,
    from_byline_broken,
    is_box_header,
    is_briefs_label,
    is_byline_line,
    is_capitals_briefs_label,
    is_credit,
    is_furniture,
    is_signature,
    is_title_like,
    match_continuation,
    name_over_office,
    noise_share,
    office_under_by_line,
    page_of_entry,
    title_style,
)
from reader.parse.decode import decode_page
from reader.parse.echo import EchoIndex
from reader.parse.glued import layout_columns, split_glued_heads, unglue_columns
from reader.parse.lines import Block, Line, segment_blocks, split_lines, split_numbered_lines
from reader.parse.masthead import (
    NAME_LINES,
    cut_paper_name,
    is_issue_label,
    is_issue_number_alone,
    is_masthead_line,
    may_hold_date,
    paper_name,
    prints_modern_date,
    republican_folio,
)
from reader.parse.reflow import (
    Unit,
    block_opens_modern_story,
    block_opens_sentence,
    byline_block_over_prose,
    caption_block,
    caption_shaped_run,
    closes,
    deck_block,
    echoed_by_lead,
    echoed_on_page,
    entry_over_page_alone,
    head_stack_block,
    head_tail_block,
    join_broken_digest_items,
    kicker_block,
    lettered_puff_lines,
    modern_page,
    names_reporter_at,
    narrow_head_over_prose,
    opens_modern_story,
    opens_sentence_case_head,
    page_leads,
    puff_strip,
    reflow_block,
    skybox_puff,
    split_at_credits,
    stack_block,
    starts_story,
    uncredited_caption_blocks,
    wrapped_head_echoed_by_lead,
)
from reader.text.cjk import (
    SOFT_HYPHEN,
    cjk_ratio,
    drop_soft_hyphens,
    ends_sentence,
    is_wide,
    page_vocabulary,
    repair_spacing,
)


def parse_page_text(
    text: str,
    number: int = 1,
    name: str | None = None,
    source: str | None = None,
    newspaper: str | None = None,
) -> Page:
    """Rebuild the articles of one page of plain OCR text (already decoded and normalised)."""
    furniture, blocks = page_blocks(text, newspaper)
    units: list[Unit] = []
    # (a page found not modern is asked for no sentence-case head line by line: reflow_block)
    # (or its furniture prints a modern date: Tesseract may read a modern page's blocks in an
    # order that sets no head straight over its byline, the lead's round 47)
    chinese = cjk_ratio(text) >= CJK_PAGE_RATIO
    modern = modern_page(blocks) or (
        not chinese and prints_modern_date([line.text for line in furniture])
    )
    if modern:
        blocks = _join_head_tails(blocks)
        blocks = _resume_cut_columns(_kickers_over_heads(_credits_to_captions(blocks)))
    elif chinese and len(blocks) > 2:
        blocks = _resume_cut_cjk_columns(_cjk_bylines_over_rests(blocks))
    #: The lines of heads that are a sentence's first lines (reflow._sentence_through_head_line).
    sentence_heads: set[int] = set()
    #: On a modern page, whether each block opens a modern story and whether it is a photo's
    #: caption closed by its credit: asked once a block, by the heads and the captions alike.
    opens = [block_opens_modern_story(block) for block in blocks] if modern else []
    for index in range(1, len(opens) - 1):
        # (a byline Tesseract set apart from the head's or deck's block above, which closes no
        # sentence, and from the story's first paragraph opens the story: "KURT FARRUGIA" //
        # "Cabinet has approved …"; a notice's head in capitals stands under a paragraph's
        # end, "… in Ljubljana." // "SUNDAY PHARMACIES"; branch bb48)
        if (
            not opens[index]
            and byline_block_over_prose(blocks[index], blocks[index + 1])
            and not closes(blocks[index - 1].lines[-1].text)
        ):
            opens[index] = True
    if modern:
        blocks, opens = _captions_over_stacks(blocks, opens)
    captions = [caption_block(block) for block in blocks] if modern else []
    heads = _heads_next(blocks, opens, captions) if modern else [False] * len(blocks)
    #: The blocks of a list's items under a paragraph that announces it with a colon.
    items = _items_under_colon(blocks) if modern else frozenset()
    #: A caption's units held back until its story's opening block is placed, and whether the
    #: last block placed was nothing but titles.
    deferred: list[Unit] = []
    headed = False
    #: The lines of the page's briefs labels in capitals ("IN BRIEF"), furniture.
    labels = frozenset(
        line.number for line in furniture if modern and is_capitals_briefs_label(line.text)
    )
    for index, block in enumerate(blocks):
        # (a block of head lines over a block that opens a modern story heads it)
        under_head = index > 0 and (
            heads[index - 1] or (index > 1 and heads[index - 2] and captions[index - 1])
        )
        # (a block under a byline alone under a head's block is its story's text: branch ocr49)
        under_byline = (
            under_head
            and index > 1
            and heads[index - 2]
            and len(blocks[index - 1].lines) == 1
            and is_byline_line(blocks[index - 1].lines[0].text)
        )
        made = reflow_block(
            block,
            index,
            modern,
            sentence_heads,
            heads[index],
            under_head,
            index in items,
            under_byline,
            # (a block straight under a box of briefs' label opens on its first brief's head)
            modern and any(block.first - k in labels for k in range(1, LABEL_REACH + 1)),
        )
        if (
            modern
            and 0 < index < len(blocks) - 1
            and captions[index]
            and (
                (under_head and heads[index - 1] and headed and opens[index + 1])
                or _cut_by_column(blocks[index - 1], blocks[index + 1])
            )
        ):
            # (a caption read between a head and its story's opening, or inside a paragraph a
            # column's end cut, goes after the block under it: the head stands over its story,
            # the paragraph runs on, and the caption is an item of its own)
            deferred, headed = made, False
            continue
        units.extend(made)
        if not (deferred and index + 1 < len(blocks) and _cut_by_column(block, blocks[index + 1])):
            # (a caption held back waits, too, for the rest of a paragraph a column's foot cut:
            # _resume_cut_columns put the rest under it)
            units.extend(deferred)
            deferred = []
        headed = bool(made) and all(unit.kind == "title" for unit in made)
    units = join_broken_digest_items(units)
    # A masthead between titles and a story keeps the titles above it out of its stack.
    # (and a box of briefs' label, 乡村简讯, which opens the box as a masthead line closes what
    # stands above it: _item_under_label; branch zh48)
    mastheads = frozenset(
        line.number
        for line in furniture
        if is_furniture(line.text, newspaper, NAME_LINES)
        or (line.text.rstrip().endswith(CJK_BRIEFS) and is_briefs_label(line.text))
    )
    assembly = assemble(
        units,
        number,
        page_vocabulary(text),
        mastheads,
        frozenset(sentence_heads),
        historical=not modern,
    )
    return Page(
        number=number,
        # (the issue's name for the page, else the one its folio prints: "第A3版")
        name=name or folio_name([" ".join(line.text.split()) for line in furniture]),
        articles=tuple(assembly.articles),
        furniture=tuple(repair_spacing(drop_soft_hyphens(line.text)) for line in furniture),
        unplaced=tuple(assembly.unplaced),
        source=source,
        removed_hyphens=assembly.removed_hyphens,
        removed_soft_hyphens=text.count(SOFT_HYPHEN),
    )


#: The most source lines from a briefs label down to its first brief's block (parse_page_text:
#: the label, a blank line, the block).
LABEL_REACH: Final = 2


#: The share of wide characters from which a page is a Chinese one (a modern date in its
#: furniture makes only a Latin page modern: the sentence-case heads modern_page allows are
#: Latin ones).
CJK_PAGE_RATIO: Final = 0.5


def _cut_by_column(above: Block, below: Block) -> bool:
    """Whether a paragraph runs on from the block ``above`` into the block ``below`` across a
    block OCR read between them: the last line above closes on no sentence's stop, a comma's
    or a word's (a hyphen breaking a word: "near the" / …), and the first line below opens on
    a small letter ("eastern abutment, where …"). Tesseract reads a photo's caption set
    across a story's column as a block between the column's end and the next column's top
    (branch bbb42); a sentence opening on a small letter only carries one on. The block below
    holds two lines, or one that closes its sentence on two words or more: a column's top cut
    one line into a paragraph's last ("the staffed booths.", branch ocr49); a lone word with
    no stop ("ten") is a scrap."""
    last = above.lines[-1].text.strip() if above.lines else ""
    first = below.lines[0].text.strip() if below.lines else ""
    return (
        bool(last)
        and first[:1].islower()
        # (a word's last letter: no stop, so no sentence's end)
        and last[-1:].isalpha()
        and (len(below.lines) >= 2 or (" " in first and ends_sentence(first)))
    )


#: The most blocks OCR may read between a column's foot, cut inside a sentence, and the block
#: that goes on with it (_resume_cut_columns): a boxed story's head, byline and first column
#: read between (branch ocr49; 4 before).
CUT_COLUMN_BLOCKS: Final = 7


def _captions_over_stacks(blocks: list[Block], opens: list[bool]) -> tuple[list[Block], list[bool]]:
    """On a modern page, a photo's caption with no credit read between a head stack and the
    block opening its story on a byline (reflow.uncredited_caption_blocks) is put before the
    stack's first block (a kicker, head or deck block: reflow.stack_block): Tesseract reads a
    lead's photo and caption where the page sets them, between the deck and the byline, and
    the stack would else head the caption (the lead's round 48). The stack must hold a head and
    a deck (a sentence under a head alone is as often its standfirst) and open the page's
    content, as a lead's does (put under another story, the caption would run on into its
    text). ``opens``, each block's reflow.block_opens_modern_story, is reordered with the
    blocks."""
    pairs = list(zip(blocks, opens, strict=True))
    for end in range(2, len(pairs)):
        if not pairs[end][1]:
            continue  # (most blocks: no byline opens them)
        for top in (end - 1, end - 2):
            if top < 1 or not stack_block(pairs[top - 1][0]):
                continue
            if any(opened for _, opened in pairs[top:end]) or not uncredited_caption_blocks(
                [block for block, _ in pairs[top:end]]
            ):
                continue  # (a block opening a story on its byline is no caption)
            first = top - 1
            while (
                first > 0
                and end - first <= TABLOID_STACK_BLOCKS
                and stack_block(pairs[first - 1][0])
            ):
                first -= 1
            if first or sum(not kicker_block(block) for block, _ in pairs[first:top]) < 2:
                # (a head and a deck above it: a sentence straight under a head alone is as
                # often its standfirst, a deck closed by a stop; and the page's first stack,
                # the lead's: under another story the caption would run on into its text)
                continue
            pairs[first:end] = pairs[top:end] + pairs[first:top]
            break
    return [block for block, _ in pairs], [opened for _, opened in pairs]


#: The most blocks of a modern head stack above a caption read inside it (_captions_over_stacks).
TABLOID_STACK_BLOCKS: Final = 5


def _join_head_tails(blocks: list[Block]) -> list[Block]:
    """On a modern page, a head's last line Tesseract set as a block of its own goes back
    into its head's block (reflow.head_tail_block: "Ferry service cut" / "back for the" //
    "winter"), before any block is moved: a head's tail opening on a small letter is no
    sentence's rest for _resume_cut_columns."""
    result: list[Block] = []
    for index, block in enumerate(blocks):
        if (
            result
            and index + 1 < len(blocks)
            and head_tail_block(result[-1], block, blocks[index + 1])
        ):
            above = result[-1]
            result[-1] = Block(
                (*above.lines, *block.lines), above.double_spaced, block.followed_tight
            )
        else:
            result.append(block)
    return result


def _resume_cut_columns(blocks: list[Block]) -> list[Block]:
    """On a modern page, put a block that opens on a small letter (a sentence's rest) after the
    block it goes on from, when OCR read other blocks between them: Tesseract reads a column
    cut inside a sentence ("… the national water utility, which took"), then the next column's
    head and story, then the rest ("effect in October. …"; the lead's round 47). The block
    above it must not run on into it itself (_cut_by_column: a caption read inside a paragraph
    is deferred by parse_page_text), and the block it goes on from is the nearest of the
    CUT_COLUMN_BLOCKS above that stops on a word with no stop (_cut_by_column)."""
    result = list(blocks)
    # (a block moves up only: the one at ``index`` after a move was asked already)
    for index in range(2, len(result)):
        block = result[index]
        first = block.lines[0].text.lstrip()[:1] if block.lines else ""
        if not first.islower() or _cut_by_column(result[index - 1], block):
            continue  # (most blocks: no small letter)
        for above in range(index - 2, max(-1, index - 1 - CUT_COLUMN_BLOCKS), -1):
            if (
                _column_foot(result[above])
                and _cut_by_column(result[above], block)
                # (a foot whose rest OCR read straight under it goes on there already: "… and
                # lessons for" // "primary pupils will start again in", branch ocr49)
                and not _cut_by_column(result[above], result[above + 1])
            ):
                result.insert(above + 1, result.pop(index))
                break
    return result


def _credits_to_captions(blocks: list[Block]) -> list[Block]:
    """On a modern page, a photo's credit Tesseract read inside a paragraph a column's foot cut
    (a credit's line alone, is_credit, between the foot and the sentence's rest: "… and lorries
    will continue to use" // "Photo: Sarah Bossino" // "the staffed booths.") closes the
    caption it read among the CREDIT_CAPTION_BLOCKS blocks above: one or two blocks of a
    caption's shape (reflow.caption_shaped_run) whose first line is set wider than the
    column, CAPTION_SPAN_WIDTH of the foot's widest line or more (a caption under a photo
    across two columns, read between the column's paragraphs). The caption and its credit are
    put after the rest, as one block (reflow.caption_block), and the paragraph runs on across
    the foot. No wide block above, or no rest under it: nothing moves (branch ocr49)."""
    result = list(blocks)
    index = 1
    while index < len(result) - 2:
        index += 1
        credit = result[index]
        if len(credit.lines) != 1 or not is_credit(credit.lines[0].text):
            continue  # (most blocks: no credit alone)
        foot = result[index - 1]
        if not _cut_by_column(foot, result[index + 1]):
            continue
        column = max(line.width for line in foot.lines)
        for end in range(index - 2, max(-1, index - 2 - CREDIT_CAPTION_BLOCKS), -1):
            start = next(
                (
                    begin
                    for begin in (end, end - 1)
                    if begin >= 0
                    and result[begin].lines[0].width >= CAPTION_SPAN_WIDTH * column
                    and caption_shaped_run(result[begin : end + 1])
                ),
                None,
            )
            if start is None:
                continue
            lines = [line for block in result[start : end + 1] for line in block.lines]
            caption = Block((*lines, *credit.lines), False, False)
            rest = result[index + 1]
            result[start : index + 2] = [*result[end + 1 : index - 1], foot, rest, caption]
            break
    return result


#: The most blocks a caption set across columns may be read above its credit (_credits_to_captions).
CREDIT_CAPTION_BLOCKS: Final = 6
#: How much wider than the column a caption's first line is set (_credits_to_captions).
CAPTION_SPAN_WIDTH: Final = 1.5


def _kickers_over_heads(blocks: list[Block]) -> list[Block]:
    """On a modern page, a kicker alone in capitals (reflow.kicker_block) over a block of
    another column's prose that its foot cut inside a sentence (_column_foot, the last line
    ending on a word with no stop), over a head stack's block (reflow.head_stack_block) over a
    byline's or a story's opening block, heads that stack: Tesseract read the column beside a
    box between the box's kicker and its head ("EDUCATION" // "The car park was built in" / … /
    "Ramp, and has 450 spaces. It is" // "School pool reopens after repairs" // "By Maria
    Linares"). The prose block goes before the kicker, to the story it was cut from; its rest
    is then found by _resume_cut_columns. A kicker over its own story's text, or over prose
    that closes its sentence, stays (branch ocr49)."""
    result = list(blocks)
    for index in range(len(result) - 3):
        if not kicker_block(result[index]):
            continue  # (most blocks: no kicker alone)
        prose, head, opening = result[index + 1 : index + 4]
        last = prose.lines[-1].text.rstrip()
        if (
            _column_foot(prose)
            and last[-1:].isalpha()
            and prose.lines[0].text.lstrip()[:1].isupper()
            and not stack_block(prose)
            and head_stack_block(head)
            and (is_byline_line(opening.lines[0].text) or block_opens_modern_story(opening))
        ):
            result[index], result[index + 1] = prose, result[index]
    return result


def _resume_cut_cjk_columns(blocks: list[Block]) -> list[Block]:
    """On a Chinese page of blocks, put the rest of a paragraph a column's foot cut inside its
    sentence after the block it was cut from, when OCR read other blocks between them
    (Tesseract reads "…工程于2022年开工，沿线" at a column's foot, then the next column's head and
    story, then "设有换乘站1座，…"; the lead's round 47). A Chinese line gives no small letter to
    tell a sentence's rest by; the cut is the evidence: a column's foot (_column_foot) whose last
    line ends on a character with no stop (_cjk_cut_foot) goes on in the first of the next
    CUT_COLUMN_BLOCKS blocks that reads as prose going on (_cjk_prose_rest): the blocks read
    between are heads or stories opening on their bylines. When the block straight under the
    foot is that prose, nothing moves."""
    result = list(blocks)
    index = 0
    while index < len(result) - 2:
        if not _cjk_cut_foot(result[index]) or _signed_under(result[index + 1]):
            # (a signature set apart under the foot closes its piece: the stop OCR lost is no
            # cut, "…落到农民的钱袋子里" / "本报评论员"; branch zh50)
            index += 1
            continue
        for below in range(index + 1, min(len(result), index + 1 + CUT_COLUMN_BLOCKS)):
            if _cjk_prose_rest(result[below]):
                if below > index + 1:
                    result.insert(index + 1, result.pop(below))
                break
        index += 1
    return result


def _cjk_bylines_over_rests(blocks: list[Block]) -> list[Block]:
    """On a Chinese page of blocks, a reporter's byline alone on a block's first line
    (is_byline_line, no photo credit) over prose going on (_cjk_prose_rest: "本报记者 王晓燕
    通讯员陈立" / "共有2.3万名教师参与课后服务，…") is Tesseract's reading of a story's byline
    set at the top of the column beside, its column's text run under it: when one of the
    CUT_COLUMN_BLOCKS blocks above is a paragraph's first line cut inside a clause
    (_cjk_clause_cut: "市教育局有关负责人介绍，全市") under a block holding a full stop, the rest
    goes after that block and the byline before the
    run of prose blocks the cut closes (at most BYLINE_RUN_BLOCKS blocks holding a 。), unless a
    byline stands there already (branch ocr49)."""
    result = list(blocks)
    for index in range(1, len(result)):
        block = result[index]
        if len(block.lines) < 2:
            continue
        first = block.lines[0].text
        if not (is_byline_line(first) and cjk_ratio(first) >= 0.5 and not is_credit(first)):
            continue  # (most blocks: no byline over more lines)
        rest = Block(tuple(block.lines[1:]), block.double_spaced, block.followed_tight)
        if not _cjk_prose_rest(rest):
            continue
        cut = next(
            (
                above
                for above in range(index - 1, max(0, index - 1 - CUT_COLUMN_BLOCKS), -1)
                # (the cut closes a run of prose: the block above it holds a full stop; a
                # caption's first line cut off its photo, "12月10日，东海市实验小学", does not)
                if _cjk_clause_cut(result[above])
                and any("。" in line.text for line in result[above - 1].lines)
            ),
            None,
        )
        if cut is None:
            continue
        start = cut
        while (
            start > 0
            and cut - start < BYLINE_RUN_BLOCKS
            and any("。" in line.text for line in result[start - 1].lines)
        ):
            start -= 1
        if start == 0 or is_byline_line(result[start - 1].lines[-1].text):
            continue
        byline = Block(tuple(block.lines[:1]), block.double_spaced, False)
        result[start : index + 1] = [
            byline,
            *result[start : cut + 1],
            rest,
            *result[cut + 1 : index],
        ]
    return result


def _cjk_clause_cut(block: Block) -> bool:
    """Whether a Chinese block is a paragraph's first line or two that a column's foot cut
    inside a clause: one or two lines, the last holding a clause's comma and ending on a
    character that is no stop ("市教育局有关负责人介绍，全市"). A longer column foot cut so
    (_cjk_cut_foot) finds its rest below (_resume_cut_cjk_columns) and is not asked."""
    last = block.lines[-1].text.rstrip()
    return (
        len(block.lines) <= 2
        and "，" in last
        and bool(last)
        and is_wide(last[-1])
        and last[-1].isalpha()
        and cjk_ratio(last) >= 0.5
    )


#: The most prose blocks a Chinese story's byline, read away from it, is put back over
#: (_cjk_bylines_over_rests).
BYLINE_RUN_BLOCKS: Final = 6


def _cjk_cut_foot(block: Block) -> bool:
    """Whether a block of a Chinese page ends at a column's foot inside a sentence: a column's
    foot (_column_foot), single-spaced, its last line Chinese and ending on a character that is
    no stop or mark (a sentence's or a clause's: "…2022年开工，沿线"), under a line that closes
    a sentence somewhere above it in the block."""
    if block.double_spaced or not _column_foot(block):
        return False
    last = block.lines[-1].text.rstrip()
    return (
        bool(last)
        and is_wide(last[-1])
        and last[-1].isalpha()
        and cjk_ratio(last) >= 0.5
        # (prose: a sentence closed above the cut; a head stack's block holds no full stop)
        and any("。" in line.text for line in block.lines[:-1])
        and not _head_under_signature(block)
    )


def _signed_under(block: Block) -> bool:
    """Whether a block is one line of a story's signature ("本报评论员", "◎王立德")."""
    return len(block.lines) == 1 and is_signature(block.lines[0].text)


#: The most characters of a story's signature on its own line (_head_under_signature).
SIGNATURE_LINE_CHARS: Final = 8


def _head_under_signature(block: Block) -> bool:
    """Whether a block's last line is the next story's head under the signature that closes a
    story ("…收入与贡献相匹配。" / "本报评论员" / "冬季送温暖活动提", as Tesseract reads a
    commentary and the head under it into one block; branch zh49): the line over it short, with
    no mark at all, under a line that closes a sentence. A paragraph a column's foot cut goes on
    from prose, not from a signature."""
    if len(block.lines) < 3:
        return False
    signature = block.lines[-2].text.strip()
    return (
        0 < len(signature) <= SIGNATURE_LINE_CHARS
        and signature.isalpha()
        and block.lines[-3].text.rstrip().endswith(("。", "！", "？", "”"))
    )


def _cjk_prose_rest(block: Block) -> bool:
    """Whether a block of a Chinese page reads as a paragraph going on: its first line Chinese
    prose that opens no story (no byline, no dateline: reflow.starts_story, is_byline_line)
    and is no head (a stop inside the block's first two lines)."""
    first = block.lines[0].text.strip()
    if not first or cjk_ratio(first) < 0.5 or is_byline_line(first) or starts_story(first):
        return False
    return any(mark in line.text for line in block.lines[:2] for mark in "。，；")


#: The fewest lines of a column's block cut at its foot (_column_foot).
COLUMN_FOOT_LINES: Final = 3
#: How full a column's last line is where its foot cut it, as a share of its widest line.
COLUMN_FOOT_FILL: Final = 0.8


def _column_foot(block: Block) -> bool:
    """Whether a block reads as a column of prose its foot cut: COLUMN_FOOT_LINES lines or more,
    the last as full as COLUMN_FOOT_FILL of the widest (a head's block, "Ottawa to cap study
    permits" / "for a third straight year", ends on a short line)."""
    lines = block.lines
    if len(lines) < COLUMN_FOOT_LINES:
        return False
    return lines[-1].width >= COLUMN_FOOT_FILL * max(line.width for line in lines)


def _items_under_colon(blocks: Sequence[Block]) -> frozenset[int]:
    """On a modern page, the blocks of a list's items under a paragraph that announces it with a
    colon, as Tesseract sets each item of a notice's list in a block of its own ("Pharmacies
    open on Sunday, December 6, from 9am to noon:" // "Valletta: Royal Pharmacy, Republic" /
    "Street" // "Sliema: St Anne Pharmacy, Tower" / "Road"): each at most LIST_ITEM_LINES
    lines, none closing a sentence, its first line a label of one to three capitalised words and
    a colon before the item ("Valletta: …"). They are paragraphs of the notice, no heads: a head
    names no label before a colon and a comma after it (branch bb48)."""
    found: set[int] = set()
    index = 1
    while index < len(blocks):
        above = blocks[index - 1].lines[-1].text.rstrip()
        if not above.endswith(":") or not _list_item_block(blocks[index]):
            index += 1
            continue  # (most blocks: no colon above)
        while index < len(blocks) and _list_item_block(blocks[index]):
            found.add(index)
            index += 1
    return frozenset(found)


def _list_item_block(block: Block) -> bool:
    """A block that is a list's item (_items_under_colon): at most LIST_ITEM_LINES lines, none
    closing a sentence, the first a label and a colon before the item, a comma in it."""
    lines = block.lines
    if not 0 < len(lines) <= LIST_ITEM_LINES:
        return False
    first = lines[0].text.strip()
    label, colon, item = first.partition(": ")
    return (
        bool(colon)
        and "," in item
        and 1 <= len(label.split()) <= 3
        and all(word[:1].isupper() for word in label.split())
        and not any(ends_sentence(line.text.rstrip()) for line in lines)
    )


#: The most lines of a list's item in a block of its own (_list_item_block).
LIST_ITEM_LINES: Final = 2


def _heads_next(
    blocks: Sequence[Block], opens: Sequence[bool], captions: Sequence[bool]
) -> list[bool]:
    """For each block of a modern page, whether the block under it opens a modern story
    (reflow.block_opens_modern_story), so that a block of nothing but head lines heads that
    story; or whether a photo's caption closed by its credit (reflow.caption_block) stands
    under it and such a block under the caption: Tesseract reads a lead's photo and caption,
    set between the head and the story's text, as a block between them (branch bbb42:
    "Region's LRT extension to" / … / "Crews work on …" / "MATHIAS BRENNER THE RECORD" /
    "Anya Sharma" / "The Record" / "KITCHENER — …"); or the block under it opens on a
    sentence's first word no sentence runs on into (reflow.block_opens_sentence). ``opens``
    and ``captions`` are those two tests of each block, asked once by the caller."""
    heads = [False] * len(blocks)
    for index in range(len(blocks) - 1):
        heads[index] = (
            opens[index + 1]
            or (index + 2 < len(blocks) and opens[index + 2] and captions[index + 1])
            # (a brief's head over its text's block: "Man dies in crash" / "A 58-year-old …")
            or block_opens_sentence(blocks[index + 1])
            # (a head a narrow column wrapped, over its text's block: "Police warn of" /
            # "fake land title" / "agents" // "Police in Dar es Salaam"; branch en50)
            or narrow_head_over_prose(blocks[index], blocks[index + 1])
        )
    # (a head's block read far from its story's, as Tesseract reads a row of heads one after
    # another or a head before the story above it ends: a block of nothing but a head stack whose
    # words a story's lead on the page retells, echoed_on_page; the lead's round 47)
    leads: EchoIndex | None = None  # (page_leads, read at the first such block)
    for index in range(len(blocks)):
        if not heads[index] and head_stack_block(blocks[index]):
            if leads is None:
                leads = page_leads(blocks)
            heads[index] = echoed_on_page(blocks, index, leads)
    # (a head's block over its deck's block over the story's opening: "Dubai to build 30km of"
    # / "new metro lines by 2030" // "Third line will link Jebel Ali" / "with the new airport in
    # the south" // "Ramesh Nair, Senior Reporter" / "DUBAI // The Roads …": both head it)
    for index in range(len(blocks) - 2):
        if opens[index + 2] and not heads[index] and deck_block(blocks[index + 1]):
            heads[index] = heads[index + 1] = True
    return heads


def page_blocks(text: str, newspaper: str | None = None) -> tuple[list[Line], list[Block]]:
    """A page's furniture lines and the blocks of its content, as parse_page_text reflows
    them (and modern_page reads them)."""
    # (a page's columns set side by side by a PDF's text export, left column first:
    # glued.layout_columns)
    layout = layout_columns(text)
    split = split_lines(text) if layout is None else split_numbered_lines(layout)
    lines = _join_broken_from_bylines(_join_broken_picture_credits(_join_cut_pointers(split)))
    furniture, content = _split_furniture(lines, newspaper)
    return furniture, split_at_credits(segment_blocks(split_glued_heads(unglue_columns(content))))


def read_text_page(
    data: bytes, path: Path, number: int, name: str | None, newspaper: str | None
) -> Page:
    """The registry's reader for plain text: decode the bytes, then rebuild the page (bytes that
    are not text are listed in the page's ``damaged``)."""
    damaged: list[str] = []
    text = decode_page(data, path, damaged)
    page = parse_page_text(text, number=number, name=name, source=str(path), newspaper=newspaper)
    return replace(page, damaged=tuple(damaged)) if damaged else page


_CUT_POINTER: Final = re.compile(r"(?:\bSee|\bsee|\bSee\s+[Pp]age|见|見|详见|詳見)$")
_POINTER_TAIL: Final = re.compile(
    r"^[\[(]?(?:[Pp]age|PAGE|P\.)\s*[A-Z]?\d{1,3}\.?[)\]]?$|^第\s*\d{1,2}\s*版[）)]?$"
)
#: The characters _POINTER_TAIL's lines open with: a line opening otherwise is never tried.
POINTER_TAIL_OPENINGS: Final = frozenset("[(Pp第")


_RULE: Final = re.compile(
    r"^[\s—–\-_=*·•~.■□▪▫●○◆◇★☆|]+$"
    # An ornament between items as OCR reads it: a dash with an "o" or "0" ("o-", "--0--").
    r"|^\s*[-—–~=_*]*\s*[oO0]\s*[-—–~=_*]+\s*$|^\s*[-—–~=_*]+\s*[oO0]\s*$"
)


def _may_be_rule(text: str) -> bool:
    """False only when _RULE cannot match: the line opens with a letter or digit (other than
    the o, O or 0 of an ornament); every character a rule opens with is neither."""
    first = text[:1]
    return not first.isalnum() or first in "oO0"


def _join_cut_pointers(lines: list[Line]) -> list[Line]:
    """Put back together a teaser's page pointer cut at the line end ("… See" / "Page 3"): alone,
    its second half would pass for a folio."""
    result: list[Line] = []
    for index, line in enumerate(lines):
        previous = result[-1] if result else None
        if previous and (
            (
                line.text[:1] in POINTER_TAIL_OPENINGS
                and _POINTER_TAIL.match(line.text)
                and _CUT_POINTER.search(previous.text)
            )
            or _digest_pointer_alone(result, lines, index)
        ):
            result[-1] = Line(
                previous.number, f"{previous.text} {line.text}", previous.indented, previous.gap
            )
            continue
        result.append(line)
    return result


#: A picture credit cut at a line's end, a tabloid's caption credit: the label alone
#: ("… canal. Picture:") or with one or two words of the name ("Picture: Annabelle", "… speak
#: to. Picture: NSW"), the label standing alone on its line or after the caption's stop.
_CUT_PICTURE_CREDIT: Final = re.compile(
    r"(?:^|(?<=[.!?])\s|(?<=[.!?][\"”’])\s)(?:Picture|Photo)s?:(?:\s+[A-Z][\w'’\-]*){0,2}$"
)
#: The rest of the name on the next line: one or two capitalised words, no stop ("Kovacs",
#: "Police", "SWNS").
_CREDIT_NAME_TAIL: Final = re.compile(r"^[A-Z][A-Za-z'’\-]*(?:\s+[A-Z][A-Za-z'’\-]*)?$")
#: The most characters of such a name's rest.
CREDIT_NAME_TAIL_CHARS: Final = 20
#: The most words of a broken credit's name, both parts together ("Annabelle" / "Kovacs",
#: "NSW" / "Police Media"): a name already whole on the label's line ("Photo: Helena Amupolo")
#: is done, and two words more under it are the next item's (a byline: "Jason Beukes").
CREDIT_NAME_WORDS: Final = 3
#: A picture credit in brackets cut at a line's end, the bracket still open ("(Picture by
#: Adrian"), and its rest closing the bracket, a picture-sale number perhaps after the name
#: ("Miller, 32104477)"), as a Channel Islands daily sets it (the lead's round 46). The
#: brackets are the gate: the open one starts a line and names a picture, the rest closes it.
_CUT_BRACKET_CREDIT: Final = re.compile(r"^\((?:Picture|Photo|Pic)s? by(?: [A-Z][\w'’\-]*){0,3}$")
_BRACKET_CREDIT_TAIL: Final = re.compile(
    r"^[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2}(?:, ?\d{4,9})?\)$"
)


def _credit_name_cut(text: str, rest: str) -> bool:
    """Whether ``text`` ends on a picture credit cut at the line's end (_CUT_PICTURE_CREDIT)
    whose name ``rest`` may finish: the two parts hold at most CREDIT_NAME_WORDS words."""
    cut = _CUT_PICTURE_CREDIT.search(text)
    if cut is None:
        return False
    begun = len(cut.group().partition(":")[2].split())
    return begun + len(rest.split()) <= CREDIT_NAME_WORDS


def _join_broken_picture_credits(lines: list[Line]) -> list[Line]:
    """Put back together a tabloid's picture credit broken over two lines ("Picture: Annabelle"
    / "Kovacs", "… to speak to. Picture: NSW" / "Police", "… canal. Picture:" / "SWNS"): the
    name's rest alone on the next line would pass for a head or a caption's first words. The
    label with its colon is the gate (a modern caption's credit; a 1916 cut says "Photo by").
    A rest in capitals joins only the label left alone: under a name begun it is the next
    item's kicker ("Photo: Sportsfile" / "COURTS")."""
    result: list[Line] = []
    joined = False  # (a credit put together takes no third line)
    for line in lines:
        previous = result[-1] if result and not joined else None
        joined = False
        if (
            previous is not None
            and len(line.text) <= CREDIT_NAME_TAIL_CHARS
            and line.text[:1].isupper()
            and ":" in previous.text[-40:]
            and _CREDIT_NAME_TAIL.match(line.text) is not None
            and _credit_name_cut(previous.text, line.text)
            # (a line in capitals under a name begun is a kicker: "Photo: Sportsfile" /
            # "COURTS"; under the label alone it is the name, "Picture:" / "SWNS")
            and (previous.text.endswith(":") or not line.text.isupper())
        ) or (
            previous is not None
            and previous.text.startswith("(")
            and line.text.endswith(")")
            and _CUT_BRACKET_CREDIT.match(previous.text) is not None
            and _BRACKET_CREDIT_TAIL.match(line.text) is not None
        ):
            result[-1] = Line(
                previous.number, f"{previous.text} {line.text}", previous.indented, previous.gap
            )
            joined = True
            continue
        result.append(line)
    return result


def _join_broken_from_bylines(lines: list[Line]) -> list[Line]:
    """Put back together a correspondent's byline wrapped before its place ("From CHANDA
    MWALE" / "in Kasama": classify.from_byline_broken; branch en49): alone, the name in
    capitals would pass for a head's line and the place for a head's tail. Gate: a line
    opening on "in " under one opening on "From "."""
    result: list[Line] = []
    for line in lines:
        previous = result[-1] if result else None
        if (
            previous is not None
            and line.text.startswith("in ")
            and previous.text.startswith("From ")
            and from_byline_broken(previous.text, line.text)
        ):
            result[-1] = Line(
                previous.number, f"{previous.text} {line.text}", previous.indented, previous.gap
            )
            continue
        result.append(line)
    return result


#: "Page N" alone on its line.
_PAGE_ALONE: Final = re.compile(r"^Page\s+\d{1,3}\.?$")
#: A digest's pointer on a line of its own has another item closed by its page this near.
DIGEST_NEIGHBOURS: Final = 4


def _digest_pointer_alone(done: list[Line], lines: list[Line], index: int) -> bool:
    """Whether line ``index`` is a news digest item's "Page N" set on a line of its own
    (``D’Annunzio seizes disputed zone.`` / ``Page 2``): straight under a line that closes a
    sentence, no blank line between, with another item closed by its page among the
    DIGEST_NEIGHBOURS lines before or after it. Alone it would pass for a folio, and the item
    for prose."""
    line = lines[index]
    if not line.text.startswith("Page") or line.gap or not done:
        return False  # (most lines: asked first, before any pattern is tried)
    if _PAGE_ALONE.match(line.text) is None:
        return False
    if not ends_sentence(done[-1].text):
        return False
    near = [*done[-DIGEST_NEIGHBOURS - 1 : -1], *lines[index + 1 : index + 1 + DIGEST_NEIGHBOURS]]
    return any(ends_digest_item(other.text) for other in near)


def _unflag_puff_pointers(lines: list[Line], flags: list[bool]) -> tuple[set[int], set[int]]:
    """A skybox puff's page pointer alone on its line (``SPORT`` / ``Super Eagles coach names 26
    for`` / ``Benin friendly`` / ``Page 48``: reflow.skybox_puff), and those of the further
    teasers of its strip (reflow.puff_strip), are the teasers' pointers, not the page's folio:
    their flags as furniture are taken off. Only a line a label in capitals
    opens is asked (reflow.skybox_puff's first test), or one two lines over a line ending on a
    figure (a puff with no label: reflow.puff_strip), so a 1916 page's lines are hardly
    asked; no 1916 page prints a sentence-case head over a page pointer alone. Gives the
    pointers' indexes (no masthead ends on one: _masthead_end) and the strips' lines, label,
    heads and pointers (a strip printed over the nameplate is no piece of the masthead: a
    Ugandan daily's ``SPORT`` / ``Cranes name squad for Afcon qualifier`` / ``P.38``; branch
    en48)."""
    pointers: set[int] = set()
    strips: set[int] = set()
    texts = [line.text for line in lines]
    after = 0  # (a strip's lines are not asked again: the pass stays linear)
    for index in range(len(lines)):
        if index < after:
            continue
        # (a line taken as furniture opens no strip, but a section's name in capitals, which
        # near the top may read as a nameplate's word, "WORLD" / "Tokyo and Seoul agree to
        # restart" / "fishing talks" / "A12": the strip under it makes it the puff's label;
        # branch en45)
        labelled = flags[index] and lines[index].text.strip().capitalize() in SECTION_NAMES
        if flags[index] and not labelled:
            continue
        for first, pointer in puff_strip(texts, index):
            flags[index] = False
            flags[pointer] = False
            pointers.add(pointer)
            strips.update(range(min(index, first), pointer + 1))
            after = pointer + 1
    return pointers, strips


#: A weather box's or ear's label ("WEATHER", "THE WEATHER", "TODAY'S WEATHER", "Forecast"):
#: _flag_weather_rows asks it of a line taken as furniture by its own pattern,
#: _weather_ear_lines of any short line.
_WEATHER_LABEL: Final = re.compile(
    r"^(?:TODAY'?S\s+|THE\s+|LOCAL\s+)?(?:WEATHER|FORECAST)\b"
    r"|^(?:Today'?s\s+)?(?:[Ww]eather|[Ff]orecast):?$"
)
#: A weather box's row: a place of one to three words, then two to four temperatures (the
#: day's highest and lowest at least; a minus sign perhaps before, a degree's sign after):
#: "Islamabad 19 4", "Quetta 14 -2", "Nairobi 26°C 13°C". (A head's piece OCR set under the
#: label, "GARRISON 11" for "GARRISON IS", holds one figure.)
_WEATHER_ROW: Final = re.compile(
    r"^[A-Z][A-Za-z'’.\-]+(?:\s[A-Z][A-Za-z'’.\-]+){0,2}(?:\s+[\-−]?\d{1,2}(?:°[CF]?)?){2,4}$"
)
#: The fewest rows of a weather box (_flag_weather_rows).
WEATHER_ROWS: Final = 2
#: A weather box's column heads over its rows: one to four words, no figure ("City Max Min").
_WEATHER_HEADS: Final = re.compile(r"^[A-Z][A-Za-z.]*(?:\s[A-Za-z][A-Za-z.]*){0,3}$")


def _flag_weather_rows(lines: Sequence[Line], flags: list[bool]) -> None:
    """A weather box's rows under its label, taken as furniture (branch en44): the column heads
    straight under the label when a row follows ("City Max Min"), then each line that is a
    place and its temperatures ("Islamabad 19 4", "Quetta 14 -2"), until a line that is
    neither, when WEATHER_ROWS rows at least stand there. A modern front sets the day's
    temperatures of its cities as a small table in its ear, and each row alone reads as a
    brief's text; a 1916 ear's label has a head's piece under it at times ("THE WEATHER" /
    "GARRISON 11"), one line of one figure. Only lines under a label already flagged as
    furniture are asked; each line once (the pass is linear)."""
    index = 0
    while index < len(lines):
        if not (flags[index] and _WEATHER_LABEL.match(lines[index].text.strip())):
            index += 1
            continue
        start = index = index + 1
        if (
            index + 1 < len(lines)
            and _WEATHER_HEADS.match(lines[index].text.strip())
            and _WEATHER_ROW.match(lines[index + 1].text.strip())
        ):
            index += 1  # (the column heads)
        rows = index
        while index < len(lines) and _WEATHER_ROW.match(lines[index].text.strip()):
            index += 1
        if index - rows >= WEATHER_ROWS:
            flags[start:index] = [True] * (index - start)


def _also_inside_at(lines: Sequence[Line], index: int) -> bool:
    """Line ``index`` is "ALSO INSIDE" over a contents entry closed by its page, one line each
    (classify.listed_entry: "Sport: Punjab beat Haryana in Ranji opener 18", the lead's round
    45): the box's label, as "INSIDE" is. Over a skybox strip's heads wrapped over lines with
    their pointer under them (``ALSO INSIDE`` / ``Senate confirms seven ministerial`` /
    ``nominees`` / ``Page 7``), the label stays the strip's (reflow.puff_strip)."""
    if lines[index].text.strip() not in ("ALSO INSIDE", "Also inside", "Also Inside"):
        return False
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    return page_of_entry(below) is not None


def _capitals_briefs_label_at(lines: Sequence[Line], index: int) -> bool:
    """Line ``index`` is a briefs label in capitals (classify.is_capitals_briefs_label: "NEWS
    IN BRIEF") over its first brief's head in sentence case (reflow.opens_sentence_case_head:
    "Man arrested over Sham Shui Po fire") that the brief's text under it retells
    (reflow.echoed_by_lead: "Police arrested a 45-year-old man on …"): furniture, as the label
    in sentence case is (the lead's round 45). A 1916 column under its ``NEWS IN BRIEF`` opens
    on prose or a capitals head: a paragraph's first line is not retold by the lines under it.

    Or the label stands in a block of its own over the block of its first brief, head and text
    together, as Tesseract sets a sidebar ("NATION IN BRIEF" // "Load-shedding ruled out" /
    "The Nepal Electricity Authority …", the lead's round 46): a blank line under the label and
    none under the head. A 1916 page's text has no blank line, and an e-paper's has one under
    every line."""
    return (
        index + 2 < len(lines)
        and is_capitals_briefs_label(lines[index].text)
        and opens_sentence_case_head(lines[index + 1].text.strip())
        and (
            (lines[index + 1].gap > 0 and lines[index + 2].gap == 0)
            or echoed_by_lead(lines, index + 1)
            # (or the head wrapped on a small word by a narrow column: "NEWS BRIEFS" /
            # "Airport car park to" / "close" / "The short-stay car park at …"; the lead's
            # round 49)
            or wrapped_head_echoed_by_lead(lines, index + 1)
        )
    )


#: The fewest letters a capitals line under an issue's number holds to be a head's line
#: ("IDT" / "ELECTROCUTED" holds three): fewer is a speck between the two.
ISSUE_HEAD_LETTERS: Final = 3
#: Specks passed over between an issue's number and the head under it ("NUMBER 48" / "TV" /
#: "AGAIN SHOP EMPLOYES ARE").
ISSUE_HEAD_SPECKS: Final = 2
#: A line at least this long running on without a stop (a lower-case letter, a comma, a
#: semicolon or a hyphen at its end) carries its sentence into a number under it.
ISSUE_RUN_ON_CHARS: Final = 12


def _issue_number_over_head(lines: Sequence[Line], index: int) -> bool:
    """Line ``index`` is an issue's number alone (masthead.is_issue_number_alone: "NUMBER 18",
    "No. 6", "NUMBER 41.") over a head in capitals ("POPULAR COUPLE" / "WED IN SPOKANE"), a
    speck or two between them or none: the masthead's ear, which OCR read down the page on top
    of a story's head stack. Furniture, so it never tops the stack however the stack is made
    whole. Not the end of a sentence over a head ("… Walter A. Barnes, district" / "No. 73." /
    "ICE DELAYS LOCAL TRAINS."): a line above running on without a stop keeps it; nor a number
    with a blank line under it, which closes the block above (the head is set in a block of
    its own)."""
    if not is_issue_number_alone(lines[index].text):
        return False
    above = lines[index - 1].text.rstrip() if index else ""
    if above[-1:].islower() or (len(above) >= ISSUE_RUN_ON_CHARS and above[-1:] in ",;-"):
        return False
    for below in lines[index + 1 : index + 2 + ISSUE_HEAD_SPECKS]:
        if below.gap:
            return False  # (a blank line between: the number closes the block above)
        letters = sum(ch.isalpha() for ch in below.text)
        if letters >= ISSUE_HEAD_LETTERS:
            return title_style(below.text.strip()) == "caps"
    return False


def _split_furniture(lines: list[Line], newspaper: str | None) -> tuple[list[Line], list[Line]]:
    furniture: list[Line] = []
    content: list[Line] = []
    listing = numbered = False
    pending_gap = entry_gap = box_gap = 0
    paged: set[int] = set()  # (the lines of entries over their page alone, past their first)
    flags = [
        (is_furniture(line.text, newspaper, index) and not _office_under_name(lines, index))
        or is_index_run(line.text)
        or is_briefs_label(line.text)
        or _capitals_briefs_label_at(lines, index)
        or (line.text[-1:] in "CF°" and _WEATHER_PLACE_LINE.match(line.text.strip()) is not None)
        or _also_inside_at(lines, index)
        or (line.text[:1] in ("N", "n") and _issue_number_over_head(lines, index))
        for index, line in enumerate(lines)
    ]
    foot = len(lines) - 1
    while foot > 0 and len(lines) - foot <= FOOT_LINES and flags[foot]:
        foot -= 1  # (the editors' line under the folio: "责任编辑：刘 洋 美编：张 敏")
    if (
        lines
        and not flags[foot]
        and is_foot_folio(lines[foot].text)
        # (no web address's piece under a line broken inside an e-mail address: "…hr@w" /
        # "cweekly.ca"; branch zh49)
        and not (foot and ends_inside_address(lines[foot - 1].text))
    ):
        flags[foot] = True
    # (a Chinese figures box of rates or prices, wherever OCR read it: classify.figures_box_lines)
    for index in figures_box_lines([line.text for line in lines]):
        flags[index] = True
    for index in _weather_ear_lines(lines):
        flags[index] = True
    _flag_weather_rows(lines, flags)
    for index in range(1, min(len(lines), SECTION_FLAG_REACH + 1)):
        if not flags[index] and _section_flag_under_folio(lines, flags, index):
            flags[index] = True
    _unflag_section_kickers(lines, flags)
    pointers, strips = _unflag_puff_pointers(lines, flags)
    top_wrapped = _wrapped_masthead(lines)
    wrapped = (
        top_wrapped
        | _broken_masthead(lines, flags)
        | _nameplates_lower(lines, flags)
        | _chinese_nameplate_over_owners(lines, flags)
    )
    masthead_end = max(_masthead_end(lines, pointers), max(top_wrapped, default=0))
    trailing = masthead_end > 0
    nameplate = _nameplate_above(lines, masthead_end)
    if _republican_masthead(lines, masthead_end):
        nameplate = -1
        tail = _republican_masthead_tail(lines, masthead_end)
        wrapped |= tail
        masthead_end = max(tail, default=masthead_end)
    # (a skybox's puffs printed over the masthead, each a label in capitals over a head closed
    # by its section's letter and page, are teasers, not the masthead's scraps: a 1916 page
    # prints no section's letter before a page)
    over = [line.text for line in lines[: masthead_end + 3]]
    puffs = set(lettered_puff_lines(over, masthead_end))
    puffs.update(index for index in strips if index < nameplate)
    for index, line in enumerate(lines):
        if index in puffs:
            content.append(line)
            continue
        if index in wrapped:
            furniture.append(line)
            continue
        if nameplate < index < masthead_end:
            # Between the nameplate and the masthead's date line: the paper's motto or
            # publisher's note, prose or not ("A Democratic journal, devoted to Local and
            # General News …", "Absorbed the GRANT PARISH DEMOCRAT May 1, 1889").
            furniture.append(line)
            continue
        # Around the masthead at the top of the page: the nameplate's pieces, a motto, an ear
        # ("AND APACHE NE", "OUR", "MOTTO") above its last line and straight under it.
        if index > masthead_end:
            # Under it only what is no headline's piece either: a word alone, OCR noise —
            # not the first line of a headline wrapped in a narrow column, nor a contents
            # box's heading (its entries under it are teasers, however short), nor a skybox
            # puff's label ("SPORTS" / "Hawks' coach on the hot seat" / "Page C1").
            trailing = (
                trailing
                and not is_box_header(line.text)
                and skybox_puff([below.text for below in lines[index : index + 4]]) is None
                and _masthead_crumb(line.text)
                and _masthead_scrap(line.text)
                and not _opens_wrapped_head(line.text, lines[index + 1 : index + 2])
                and not _kicker_over_lead(lines, index)
            )
        around = index < masthead_end or (trailing and index > masthead_end)
        if around and (
            _masthead_scrap(line.text)
            or _between_masthead_lines(lines, index)
            or _inside_masthead(lines, index, flags, furniture)
        ):
            furniture.append(line)
            continue
        if _may_be_rule(line.text) and _RULE.match(line.text):
            # A printed rule ("———", "* * *") is furniture that separates blocks.
            furniture.append(line)
            pending_gap += line.gap + 1
            continue
        if pending_gap:
            line, pending_gap = replace(line, gap=line.gap + pending_gap), 0
        if flags[index] or (
            index
            and furniture
            and furniture[-1].number == lines[index - 1].number
            and (is_issue_label(line.text) or _clock_times(line.text))
        ):
            # An issue's number under another piece of furniture (a circulation ear) is the
            # masthead's too, wherever the OCR set it; and so are an ear's times under its label
            # ("PRAYER TIMES" / "Fajr 5.31 Dhuhr 12.14 Asr 3.11").
            furniture.append(line)
            listing, numbered = is_box_header(line.text) or _also_inside_at(lines, index), False
            if listing:
                # (a box's heading set apart from the story above keeps its entries apart from
                # that story's last paragraph: "… went ahead." / "" / "INSIDE" / "Budget
                # debate"; the lead's round 49; not counted in the gap between its entries)
                pending_gap += line.gap
                box_gap = line.gap
            if line.gap and (is_briefs_label(line.text) or is_capitals_briefs_label(line.text)):
                # (a briefs label set apart over its first brief, as a column's top under
                # another's foot reads: "Road." / "" / "IN BRIEF" / "Water cuts in Lami"; the
                # brief's head keeps the blank line; branch en48)
                pending_gap += line.gap
            continue
        if listing and index in paged:
            # (the rest of an entry over its page alone: reflow.entry_over_page_alone; the
            # page keeps to its head's block, whatever blank line the reading set between)
            numbered = True
            content.append(replace(line, listed=True, gap=0))
            continue
        if listing and page_of_entry(line.text) is None:
            end = entry_over_page_alone(lines, index)
            if end:
                paged.update(range(index + 1, end + 1))
                numbered = True
                content.append(replace(line, listed=True))
                continue
        # The title lines under a contents box's heading are its entries, one teaser each;
        # when the first ends on a page number, every entry does.
        if (
            listing
            and numbered
            and line.gap > entry_gap
            # (unless the line is the rest of the entry above in small letters, as Tesseract
            # sets a blank line inside an entry: "Zanzibar cloves 9" / "" / "fetch record
            # price"; branch en50)
            and not (line.gap == 1 and line.text[:1].islower() and _entry_rest(line, content))
            # (nor an entry of its own, its page no price: "Business: Shilling 17" after a
            # blank line Tesseract set; "Fuel prices cut by Rs 5" closes the box)
            and not (
                line.gap == 1
                and content
                and content[-1].listed
                and page_of_entry(line.text) is not None
                and _PRICE_AT_END.search(line.text) is None
            )
        ):
            # (a wider gap than between the box's entries closes the box, as Tesseract sets a
            # box in a block of its own: a head ending on a price under it, "Fuel prices cut by
            # Rs 5", is no entry; the lead's round 46)
            listing = False
        if listing and not numbered and line.gap and _stack_over_prose(lines, index):
            # (a box whose entries OCR read without their pages ends where a block of title
            # lines stands over prose: the commentary's label and title over its text,
            # "本报评论员文章" / "种好春天的希望田" / "一年之计在于春。…"; branch zh50)
            listing = False
        if listing:  # (only under a box's heading: most lines are asked nothing here)
            entry = page_of_entry(line.text) is not None
            if not entry and content and content[-1].listed and _pointer_alone(line.text):
                # (an entry's pointer alone on the line under its head, as a narrow text view
                # wraps it: "清邁花卉節下週揭幕" / "詳見A5版", the entry's pointer, itself no
                # entry; branch bb48)
                numbered = True
                content.append(line)
                continue
            elif (
                not entry
                and numbered
                and is_title_like(line.text)
                and (
                    (index + 1 < len(lines) and _pointer_alone(lines[index + 1].text))
                    # (or its head wrapped over two lines by a narrow column: "泰國隊晉級東南亞
                    # 盃四" / "強" / "詳見B1版")
                    or (
                        index + 2 < len(lines)
                        and _pointer_alone(lines[index + 2].text)
                        and is_title_like(lines[index + 1].text)
                    )
                )
            ):
                entry = True  # (the next entry's head over its own pointer)
            if entry and not numbered:
                entry_gap = line.gap - box_gap
            rest = (
                numbered
                and not entry
                and _entry_rest(line, content)
                # (the entry's block ends under it: in a list set line under line, a line
                # with no page under an entry is as often the next entry's first line; or the
                # next entry follows under a rest in small letters, no entry's opening:
                # "Bunge passes new 3" / "mining bill" / "Zanzibar cloves 9", branch en50, not
                # "Budget vote delayed 4" / "Opposition sets out its" / "spending plan 6"; or
                # the rest's second line)
                and (
                    index + 1 == len(lines)
                    or lines[index + 1].gap > 0
                    or (
                        line.text[:1].islower() and page_of_entry(lines[index + 1].text) is not None
                    )
                    or (
                        index + 2 < len(lines)
                        and lines[index + 2].gap > 0
                        and _entry_rest(
                            lines[index + 1], [*content, replace(line, listed=True, gap=0)]
                        )
                    )
                )
            )
            numbered = numbered or entry
            listing = entry or rest if numbered else is_title_like(line.text)
            if rest and line.gap:
                # (the entry's rest keeps to its entry's block, whatever blank line Tesseract
                # set between: "Zanzibar cloves 9" / "" / "fetch record price"; branch en50)
                line = replace(line, gap=0)
        content.append(replace(line, listed=True) if listing else line)
    # Lines keep their original gaps: removing furniture must not glue blocks together.
    return furniture, content


#: How many lines of a block _stack_over_prose reads.
STACK_OVER_PROSE_LINES: Final = 4


def _stack_over_prose(lines: Sequence[Line], index: int) -> bool:
    """Whether the block opening at ``index`` (lines with no blank line between) is title lines
    over prose within STACK_OVER_PROSE_LINES lines: a story's stack over its text, never a
    contents box's entry, which stands over no text of its own. The prose holds a sentence's
    stop (an entry's rest under a page, "budget plan", is none), and the block's first line
    names no page."""
    if page_of_entry(lines[index].text) is not None:
        return False
    for below in range(index + 1, min(len(lines), index + 1 + STACK_OVER_PROSE_LINES)):
        if lines[below].gap:
            return False
        text = lines[below].text
        if not is_title_like(text):
            return any(stop in text for stop in _SENTENCE_STOPS)
    return False


#: The stops that close a sentence, Chinese and Latin (_stack_over_prose).
_SENTENCE_STOPS: Final = ("。", "！", "？", ". ", "! ", "? ")


#: A price closing a line ("… by Rs 5", "… at Sh 20", "… to $3"): no contents entry's page.
_PRICE_AT_END: Final = re.compile(r"(?:\b(?:Rs|Sh|TSh|KSh|USh|N|P|K|R)\.?|[$£€₹¥])\s?\d[\d,.]*\s*$")

#: The most words of an entry's rest under its first line (_entry_rest).
ENTRY_REST_WORDS: Final = 6


def _entry_rest(line: Line, content: Sequence[Line]) -> bool:
    """Whether ``line`` is the rest of a contents box's entry whose page number closes its first
    line, as a box sets the number level with the entry's first line ("Opposition sets out its
    4" / "budget plan", the lead's round 48): straight under that line (no blank line between),
    at most ENTRY_REST_WORDS Latin words, no entry itself (a score, "Cayman 2-0", is no page)
    and closing no sentence; the caller asks that a blank line follows it."""
    if line.gap > 1 or not content or not content[-1].listed:
        return False
    text = line.text.strip()
    head = content[-1]
    if (
        page_of_entry(head.text) is None
        and len(content) >= 2
        and content[-2].listed
        and not line.gap
        and not head.gap
    ):
        # (the rest's second line, straight under its first: "Business: Shilling 17" /
        # "steady against" / "dollar"; branch en50; a figure closing it is the next entry's
        # page: "Opposition sets out its" / "spending plan 6")
        if text[-1:].isdigit():
            return False
        head = content[-2]
    return (
        0 < len(text.split()) <= ENTRY_REST_WORDS
        and (not line.gap or text[:1].islower())
        and cjk_ratio(text) == 0
        and not closes(text)
        and page_of_entry(text) is None
        and page_of_entry(head.text) is not None
    )


def _pointer_alone(text: str) -> bool:
    """A page pointer alone on its line, a contents box's entry's under its head ("詳見A5版",
    "（見第3版）"): a jump to a page with nothing before it (classify.match_continuation)."""
    if len(text) > POINTER_ALONE_CHARS:
        return False  # (most lines)
    found = match_continuation(text.strip())
    return found is not None and found[0].direction == "to" and not found[1]


#: The longest line _pointer_alone reads.
POINTER_ALONE_CHARS: Final = 12


#: A weather ear's reading: a day's high or low, or degrees ("Partly sunny, high 34, low 19",
#: "Kisumu 19°C - 30°C", "Sunny, 28°").
_WEATHER_READING: Final = re.compile(r"\b(?:[Hh]igh|[Ll]ow|HIGH|LOW)\s+-?\d{1,3}\b|\d{1,3}\s?°")
#: The most lines of a weather ear under its label.
WEATHER_EAR_LINES: Final = 3


#: The most lines of a Chinese weather ear under its label, and the most characters of each.
CJK_WEATHER_EAR_LINES: Final = 2
CJK_WEATHER_READING_CHARS: Final = 14


def _cjk_weather_ear(lines: Sequence[Line], index: int) -> list[int]:
    """A Chinese weather ear under its label (classify.CJK_WEATHER_LABEL: "今日天气"): the label
    and the short lines under it naming the sky or the temperatures, as OCR reads the box
    ("今日天气" / "多云转睛" / "2℃～11℃", the sky's 晴 misread): none longer than
    CJK_WEATHER_READING_CHARS, none holding a comma or a stop, each holding a sky's word
    (CJK_SKY_CHARACTERS) or a degree's mark. A story under such a head opens on a sentence
    (branch zh49)."""
    found = [index]
    for below in lines[index + 1 : index + 1 + CJK_WEATHER_EAR_LINES]:
        reading = below.text.strip()
        if (
            not reading
            or len(reading) > CJK_WEATHER_READING_CHARS
            or not CJK_PROSE_STOPS.isdisjoint(reading)
            or not (not CJK_SKY_CHARACTERS.isdisjoint(reading) or "℃" in reading or "°" in reading)
        ):
            break
        found.append(index + len(found))
    return found


def _weather_ear_lines(lines: Sequence[Line]) -> list[int]:
    """The lines of a weather ear wherever it stands (at the top or the foot of the page): its
    label (_WEATHER_LABEL) alone on a line, then one to WEATHER_EAR_LINES short lines, the first
    a reading of the day's highs and lows or degrees (_WEATHER_READING), each other a reading or
    a pointer to the forecast's page ("Full forecast, A8"), none closing a sentence. A weather
    story under such a head opens on a sentence, not on a reading; an ear is furniture however
    it is printed."""
    found: list[int] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        if text[:1] in "WFT" and _RUN_IN_WEATHER.match(text) is not None:
            found.extend(_run_in_weather_ear(lines, index))
            continue
        if len(text) > WEATHER_LABEL_CHARS or not (text[-1:].isalpha() or text[-1:] == ":"):
            continue  # (most lines: no label is longer, or ends on a mark)
        if text in _DAY_LABELS:
            found.extend(_day_weather_ear(lines, index))
            continue
        if text[-1:] in "气氣报報" and CJK_WEATHER_LABEL.match(text) is not None:
            found.extend(_cjk_weather_ear(lines, index))
            continue
        if _WEATHER_LABEL.match(text) is None:
            continue
        taken = 0
        for below in lines[index + 1 : index + 1 + WEATHER_EAR_LINES]:
            reading = below.text.strip()
            if len(reading) > WEATHER_READING_CHARS or reading[-1:] in ".!?":
                break
            if _WEATHER_READING.search(reading) is None and not (
                taken
                and (
                    _FORECAST_POINTER.match(reading) is not None
                    # (or the sky under the reading: "Cape Town 17°C / 27°C" / "Sunny, strong
                    # south-easter", the lead's round 45)
                    or _SKY.match(reading) is not None
                )
            ):
                break
            taken += 1
        if taken:
            found.extend(range(index, index + 1 + taken))
    return found


#: A weather ear's label that names the day, not the weather ("TODAY" / "Morning showers, 21" /
#: "Full forecast A12", as a New Zealand regional daily sets its ear; branch bb48).
_DAY_LABELS: Final = frozenset(("TODAY", "Today", "TOMORROW", "Tomorrow", "TONIGHT", "Tonight"))
#: A sky closed by a bare temperature after a comma ("Morning showers, 21", "Fine, 24°").
_BARE_TEMPERATURE: Final = re.compile(r",\s*-?\d{1,2}(?:\s?°[CF]?|[CF])?$")


def _day_weather_ear(lines: Sequence[Line], index: int) -> range:
    """The lines of a weather ear under a label that names the day (_DAY_LABELS): one or two
    short lines of the day's sky or temperature (_WEATHER_READING, _BARE_TEMPERATURE), then a
    pointer to the forecast's page (_FORECAST_POINTER: "Full forecast A12"), which is the
    evidence: without it no ear ("TODAY" over a story's head or a diary's items)."""
    for end in range(index + 2, min(len(lines), index + 1 + WEATHER_EAR_LINES)):
        if _FORECAST_POINTER.match(lines[end].text.strip()) is None:
            continue
        readings = [line.text.strip() for line in lines[index + 1 : end]]
        if all(
            len(reading) <= WEATHER_READING_CHARS
            and (
                _WEATHER_READING.search(reading) is not None
                or _BARE_TEMPERATURE.search(reading) is not None
            )
            for reading in readings
        ):
            return range(index, end + 1)
        break
    return range(0)


#: A weather ear's label run into its sky ("Weather: bright spells,"), as a British or Channel
#: Islands paper sets a one-line ear that a narrow column may wrap (the lead's round 46).
_RUN_IN_WEATHER: Final = re.compile(
    r"^(?:Today'?s\s+|TODAY'?S\s+)?(?:Weather|Forecast|WEATHER|FORECAST):\s+\S"
)
#: A temperature closing an ear's line: "9C", "14°C", "57F", "-2°".
_TEMPERATURE_END: Final = re.compile(r"(?<![\w.])-?\d{1,2}\s?(?:°[CF]?|[CF])$")


def _run_in_weather_ear(lines: Sequence[Line], index: int) -> range:
    """The lines of a weather ear whose label runs into its sky (_RUN_IN_WEATHER): the label's
    line and at most WEATHER_EAR_LINES - 1 lines under it, down to the first that ends on a
    temperature (_TEMPERATURE_END: "Weather: bright spells," / "light winds, 9C"), each short
    (WEATHER_READING_CHARS) and none closing a sentence. No temperature: no ear (a story's
    "Weather: the key to …" runs on as prose)."""
    for end in range(index, min(len(lines), index + WEATHER_EAR_LINES)):
        text = lines[end].text.strip()
        if len(text) > WEATHER_READING_CHARS or text[-1:] in ".!?":
            break
        if _TEMPERATURE_END.search(text) is not None:
            return range(index, end + 1)
    return range(0)


#: The longest line of a weather ear's label.
WEATHER_LABEL_CHARS: Final = 24
#: The longest line of a weather ear's reading.
WEATHER_READING_CHARS: Final = 48
#: A pointer to the forecast's page ("Full forecast, A8", "Forecast, A10", "Weather, Page 2").
_FORECAST_POINTER: Final = re.compile(
    r"^(?:(?:Full|More)\s+)?(?:[Ff]orecast|[Ww]eather)s?,?\s+(?:[Pp]age\s+)?[A-Z]?\d{1,2}$"
)


#: A weather ear of one line, with no label: a place, a colon, the day's highest and lowest
#: ("Jalandhar: Max 21°C, Min 7°C", "Delhi: High 24°, Low 9°"; the lead's round 45).
_WEATHER_PLACE_LINE: Final = re.compile(
    r"^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?:\s*(?:Max|Min|High|Low)\.?\s*-?\d{1,2}\s?°\s?[CF]?"
    r"\s*[,;]?\s*(?:Max|Min|High|Low)\.?\s*-?\d{1,2}\s?°\s?[CF]?$"
)
#: The sky as a weather ear gives it under its reading: its first word a weather word
#: ("Sunny, strong south-easter", "Partly cloudy", "Showers clearing").
_SKY: Final = re.compile(
    r"^(?:Partly\s+|Mostly\s+)?(?:Sunny|Cloudy|Rainy|Rain|Showers|Fine|Fair|Overcast|Windy|"
    r"Clear|Misty|Mist|Foggy|Fog|Hot|Cold|Humid|Thunderstorms?|Drizzle|Snow|Hazy|Haze|Dry|"
    r"Warm|Cool|Wet)\b",
    re.IGNORECASE,
)


#: An ear's times: two or more names each followed by a clock time ("Fajr 5.31 Dhuhr 12.14",
#: "Sunrise 6:12 Sunset 17:45", "High 4.12 Low 10.31"), nothing else on the line.
_CLOCK_TIMES: Final = re.compile(
    r"^[A-Z][A-Za-z]+\s+\d{1,2}[.:]\d{2}(?:\s+[A-Z][A-Za-z]+\s+\d{1,2}[.:]\d{2}){1,5}$"
)


def _clock_times(text: str) -> bool:
    """Whether a line is nothing but names and their clock times (_CLOCK_TIMES): the times of an
    ear (prayers, sunrise and sunset, tides) that a modern masthead prints under its label. The
    caller asks it only of a line straight under a piece of furniture; no sentence and no head
    is made of times alone."""
    return _CLOCK_TIMES.match(text.strip()) is not None


#: A folio as a modern page prints it at its foot, the page's last line: the section's name
#: and its page ("新加坡新闻 A3"), or the page's number and the paper's name parted by a bar
#: ("PAGE 3 | MILLBROOK WEEKLY REGISTER"), or its page and section, perhaps the paper's name,
#: and the day's date, as a Hong Kong daily sets it ("A1 要聞 香江日報 2026年12月4日"), or the
#: section's letter and page alone ("A1", the lead's round 45), or the paper's site alone
#: ("www.siamherald.com", the lead's round 45; or with no "www.", "islandcourier.gg", the
#: lead's round 46).
_FOOT_FOLIO: Final = re.compile(
    r"^(?:[A-Z]\d{1,2}|(?:www\.)?[a-z][a-z0-9\-]{3,}(?:\.[a-z]{2,3}){1,3}|[\u4e00-\u9fff]{2,6}\s+[A-Z]\d{1,2}|[A-Z]\d{1,2}\s+[\u4e00-\u9fff]{2,6}"
    r"|[A-Z]\d{1,2}\s+[\u4e00-\u9fff]{2,6}(?:\s+[\u4e00-\u9fff]{2,8})?"
    r"\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?"
    r"|PAGE\s+[A-Z]?\d{1,3}\s+\|\s+[A-Z][A-Z.'&\- ]{3,40}"
    r"|[A-Z][A-Z.'&\- ]{3,40}\s+\|\s+PAGE\s+[A-Z]?\d{1,3})$"
)


#: An index run's entry: a section's name of one or two words and its page, perhaps after a
#: section's letter, or its pages' range ("Business B4", "TV Guide 38", "Comment 14-17").
_INDEX_ENTRY: Final = re.compile(
    r"^([A-Z][A-Za-z]+)(?:\s+[A-Z][A-Za-z]+)?\s+[A-Z]?\d{1,3}(?:-\d{1,3})?$"
)
#: The marks an index run parts its entries with: a bar, or a middle dot or bullet.
_INDEX_PARTS: Final = re.compile(r"\s*\|\s*|\s[·•]\s")
#: The same marks as characters, which a line must hold one of (asked in C, str by str).
_INDEX_MARKS: Final = frozenset("|·•")
#: The labels an index run may open on, a colon after them ("INSIDE: Opinion 8 | …").
_INDEX_LABELS: Final = ("INSIDE:", "Inside:", "INDEX:", "Index:")
#: The fewest entries of an index run, and of them the fewest naming a known section.
INDEX_RUN_ENTRIES: Final = 3
INDEX_RUN_SECTIONS: Final = 2


def is_index_run(text: str) -> bool:
    """A modern front page's index strung on one line, sections and their pages parted by bars
    or middle dots ("Business B4 | Comics C6 | Weather A10", "Sport 46 | TV Guide 38 | Puzzles
    40", "Comment 14-17 · Obituaries 42 · Puzzles 46 · TV 48"): the page's furniture, as a
    folio strip is. At least INDEX_RUN_ENTRIES entries, each a name and a page or a range of
    pages, INDEX_RUN_SECTIONS of them naming a modern section (classify.SECTION_NAMES: the
    gate; a 1916 market table read with column rules, "Wheat 95 | Corn 60 | Oats 40", names
    none)."""
    if not text.rstrip()[-1:].isdigit() or _INDEX_MARKS.isdisjoint(text):
        return False
    stripped = text.strip()
    if stripped.startswith(_INDEX_LABELS):
        # (the run's label before it, "INSIDE: Opinion 8 | World 22 | …"; branch en48)
        stripped = stripped.partition(":")[2]
    entries = [entry.strip() for entry in _INDEX_PARTS.split(f" {stripped} ")]
    if len(entries) < INDEX_RUN_ENTRIES:
        return False
    names: list[str] = []
    for entry in entries:
        found = _INDEX_ENTRY.match(entry)
        if found is None:
            return False
        names.append(found.group(1))
    return sum(name in SECTION_NAMES for name in names) >= INDEX_RUN_SECTIONS


#: How far down the page a section's flag under the folio may stand (its line index).
SECTION_FLAG_REACH: Final = 3


def _section_flag_under_folio(lines: list[Line], flags: list[bool], index: int) -> bool:
    """Line ``index`` is an inside page's section flag, the section's name alone in capitals
    in a block of its own (a blank line before and after it) under the page's folio at the
    top, every line above it furniture ("B3 | The Lakeport Herald-Times | …" / "BUSINESS";
    branch en43): the page's furniture, as its folio is, not a head or a kicker over the first
    story. The name is a modern section's (classify.SECTION_NAMES); a 1916 page's OCR sets no
    blank lines round it. Not on an e-page (a blank line after every line) nor over a skybox
    puff: a puff's label stands alone there."""
    text = lines[index].text.strip()
    return (
        text.isupper()
        and text.capitalize() in SECTION_NAMES
        and lines[index].gap > 0
        and index + 2 < len(lines)
        and lines[index + 1].gap > 0
        # (the block under it holds two lines or more: blank lines part blocks, not every
        # line as an e-paper's do, where a skybox puff's label stands so: "ARTS" / "Why the
        # opera house is sold out" / "Page E1")
        and lines[index + 2].gap == 0
        and all(flags[:index])
        and skybox_puff([below.text for below in lines[index : index + 4]]) is None
    )


def _office_under_name(lines: list[Line], index: int) -> bool:
    """Line ``index`` is a journalist's office in capitals under a reporter's name in capitals,
    a byline with no "By" near the page's top ("MARA QUINLAN" / "TRANSPORT REPORTER"), not a
    paper's name ("… REPORTER") in the masthead: the office names a newsroom's beat before its
    noun (classify.name_over_office), and no masthead's line stands over it as a name. So is an
    office in title case or capitals under a "By" line ("By MARIA SANTOS" / "Senior Reporter":
    classify.office_under_by_line; branch en43)."""
    return (
        index > 0
        and len(lines[index].text.split()) >= 2
        and (
            name_over_office(lines[index - 1].text, lines[index].text)
            or office_under_by_line(lines[index - 1].text, lines[index].text)
        )
    )


#: A foot folio may stand over this many furniture lines at the page's end (the editors' line).
FOOT_LINES: Final = 2


#: The word a Chinese section's label ends on, as a paper's name may ("大马新闻", "灣區新聞").
_NEWS_WORDS: Final = ("新闻", "新聞")


def _unflag_section_kickers(lines: Sequence[Line], flags: list[bool]) -> None:
    """A section's label over the lead's head near the top of a Chinese page ("大马新闻",
    "灣區新聞"; branch zh45) reads as a paper's name (masthead.paper_name: two to ten characters
    and 新闻), but the page has printed its name already, above it, and a head follows it, not
    the masthead: the label is the story's kicker, not furniture. Only a label ending on 新闻
    (a paper named 日报 or 報 is never a section) and only under another name."""
    named: str | None = None
    for index in range(min(len(lines) - 1, NAME_LINES)):
        text = lines[index].text.strip()
        name = paper_name(text) if flags[index] else None
        if name is None:
            continue
        if (
            named is not None
            and name != named
            and text.endswith(_NEWS_WORDS)
            and not flags[index + 1]
        ):
            flags[index] = False
        elif named is None:
            named = name


def is_foot_folio(text: str) -> bool:
    """Whether the page's last line is its folio (_FOOT_FOLIO)."""
    stripped = text.strip()
    return len(stripped) <= 60 and _FOOT_FOLIO.match(stripped) is not None


#: A line whose tokens are this much no words is OCR noise.
NOISE_LINE_SHARE = 0.5
#: A line with this many words starting in lower case is prose, not a piece of a masthead.
MASTHEAD_PROSE_WORDS = 3


def _masthead_end(lines: list[Line], pointers: Set[int] = frozenset()) -> int:
    """The index of the last masthead line among the page's first lines (0 when none); a skybox
    puff's page pointer (``pointers``: _unflag_puff_pointers) is none."""
    end = 0
    for index, line in enumerate(lines[:NAME_LINES]):
        if index in pointers:
            continue
        text = line.text.strip()
        # A name alone is weak evidence ("House Federal Examiner" may be a deck's line).
        # (nor a label OCR garbled: see masthead.is_garbled_issue_line)
        if is_furniture(text, None, index, garbled=False) and not (
            is_box_header(text) or paper_name(text)
        ):
            end = index
    return end


#: A masthead line broken over two lines has halves of at most this many characters each.
WRAPPED_MASTHEAD_CHARS = 30


def _wrapped_masthead(lines: list[Line]) -> set[int]:
    """The indexes of masthead lines a narrow column broke in two, among the page's first lines.

    Neither half is a masthead line alone (``Houston, Miss., Feb.`` / ``25, IOIG.``); joined,
    they are. Both halves are short (a column's lines) and neither is prose.
    """
    found: set[int] = set()
    top = lines[:NAME_LINES]
    for index in range(len(top) - 1):
        first, second = top[index].text.strip(), top[index + 1].text.strip()
        if index in found or not first or not second:
            continue
        if len(first) > WRAPPED_MASTHEAD_CHARS or len(second) > WRAPPED_MASTHEAD_CHARS:
            continue
        if is_furniture(first, None, index) or is_furniture(second, None, index + 1):
            continue
        if _runs_as_prose(first) or _runs_as_prose(second):
            continue
        if first[-1] in ".!?)" and not ends_with_abbreviation(first):
            continue  # the first half closes a sentence: two lines, not one broken
        joined = f"{first} {second}"
        # A date broken by the column (a label such as "CITY" / "EDITION" is no date line).
        if may_hold_date(joined) and is_masthead_line(joined, index):
            found.update((index, index + 1))
    return found


#: A month's name (or its abbreviation) and a day: what a masthead's date line names first.
_MONTH_DAY = re.compile(
    r"\b(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)


def _between_masthead_lines(lines: list[Line], index: int) -> bool:
    """Whether a line standing straight between two masthead lines at the top of the page
    names a month and a day and is no prose: the masthead's date line with its year misread
    past every date pattern (``THltlTY-FIRST YEAR.`` / ``NORTH PLATTE, NEB., FEBRUARY 22.
    101 c.`` / ``No. 11``)."""
    if not 0 < index < NAME_LINES - 1 or index + 1 >= len(lines):
        return False
    text = lines[index].text.strip()
    if not may_hold_date(text) or _MONTH_DAY.search(text) is None or _runs_as_prose(text):
        return False
    above, below = lines[index - 1].text.strip(), lines[index + 1].text.strip()
    return is_masthead_line(above, index - 1) and is_masthead_line(below, index + 1)


def _inside_masthead(
    lines: list[Line], index: int, flags: list[bool], furniture: list[Line]
) -> bool:
    """Whether a line above the masthead's last line stands straight between two of its
    furniture lines and is no prose: a piece of the nameplate or an ear OCR read between them
    (``HILP TFFICIAL PAPER OF`` / ``VTHE ENTERPRISE. PIL P O`` / ``PHIIP8 MALTA. MONTANAY
    THURSDAY FEBRUARY 1 1916 NO. 43``). A banner stands over the masthead, not inside it."""
    return (
        0 < index < len(lines) - 1
        and flags[index + 1]
        and bool(furniture)
        and furniture[-1].number == lines[index - 1].number
        and not _runs_as_prose(lines[index].text)
    )


#: At most this many lines of a masthead broken by a narrow column stand between two of its
#: lines that are furniture alone.
BROKEN_MASTHEAD_LINES = 6
_WEEKDAY = re.compile(r"\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b", re.IGNORECASE)


def _broken_masthead(lines: list[Line], flags: list[bool]) -> set[int]:
    """The indexes of a masthead's pieces broken over a narrow column's lines, anywhere on the
    page: up to BROKEN_MASTHEAD_LINES short lines (WRAPPED_MASTHEAD_CHARS at most, none of them
    prose) standing straight between two furniture lines (``flags``), whose text names a
    weekday (``Entered as second-class matter`` / ``WASHINGTON,`` / ``D. C, MONDAY, NO`` /
    ``VEMBER 15,`` / ``1920—THIRTY-SIX PAGES.``). A story's dateline names no weekday, and a
    story stands between furniture lines with longer lines than these."""
    found: set[int] = set()
    last = -1
    for index, flag in enumerate(flags):
        if not flag:
            continue
        run = lines[last + 1 : index]
        if (
            last >= 0
            and 0 < len(run) <= BROKEN_MASTHEAD_LINES
            and all(
                len(line.text.strip()) <= WRAPPED_MASTHEAD_CHARS and not _runs_as_prose(line.text)
                for line in run
            )
            and _WEEKDAY.search(" ".join(line.text for line in run))
        ):
            found.update(range(last + 1, index))
        last = index
    return found


def _runs_as_prose(text: str) -> bool:
    """Three or more words in lower case: a sentence, no piece of a masthead."""
    return sum(1 for word in text.split() if word[:1].islower()) >= MASTHEAD_PROSE_WORDS


def _opens_wrapped_head(text: str, below: list[Line]) -> bool:
    """Whether a line of two or more words in capitals, with no stop at its end, runs on into a
    capitals line of more words under it: a headline wrapped in a narrow column
    (``flARSIIAL ANDREW`` / ``EASLEY SHOT AND KILLED``), however garbled its first word."""
    if len(text.split()) < 2 or not below or text.rstrip().endswith((".", ":", "!", "?")):
        return False
    if title_style(text) != "caps" or _LONG_WORD.search(text) is None or not is_title_like(text):
        return False  # a price or a number ("398 c") is no headline's first line
    if not text[:1].isalpha() or ":" in text:
        return False  # a label ("PRICE: …") or a scrap opening on a mark
    under = below[0].text.strip()
    head = (under.split() or [""])[0]
    return (
        # full: the next line's first word would not have fitted in a line as wide as it
        len(text) + 1 + len(head) > len(under)
        and len(under.split()) > len(text.split())
        and title_style(under) == "caps"
        and is_title_like(under)
        and noise_share(under) < NOISE_LINE_SHARE
    )


#: At most this many lines stand between a nameplate and its date line (a motto, a note).
NAMEPLATE_GAP = 3


#: Marks of a sentence: a line holding one is no piece of a Republican-era masthead.
_SENTENCE_MARKS = frozenset("、，。；！？")


def _republican_masthead(lines: list[Line], masthead_end: int) -> bool:
    """Whether the page's first lines are a Chinese paper's masthead in the Republic's form
    (1912-49): its last line is the date line in the Republic's years (masthead.republican_folio:
    "中華民國貳拾捌年四月廿六日　星期三　今日兩全張售國幣貳分四厘 …"), and no line above it
    holds a sentence's mark. Then every line above it is the masthead's: the name (晶報, whose
    one character before 報 no paper-name pattern takes), an English title, the publisher,
    the address and telephone, the postal registration, the issue's number. Gate: the era's
    calendar on the masthead's own date line, which no modern page prints."""
    if not masthead_end or not republican_folio(lines[masthead_end].text.strip()):
        return False
    return all(_SENTENCE_MARKS.isdisjoint(line.text) for line in lines[:masthead_end])


#: What a Republican-era masthead prints under its date line, each on a line of its own: the
#: office's address (社址…, 館址… as the Jing bao prints it), a telephone's number
#: (電話四一二三), the postal registration (中華郵政…新聞紙), the price of a copy in money
#: (每份國幣一角二分, 零售每份大洋三分) and the day's sheets (今日出版一大張).
_REPUBLICAN_MASTHEAD_PART: Final = re.compile(
    r"^[社館馆]址|[電电][話话]\s*[0-9〇零一二三四五六七八九]{3,}|郵政.{0,24}新聞紙"
    r"|(?:每份|零售|定價)\s*(?:國幣|法幣|大洋|洋)?\s*[一二三四五六七八九十兩]{1,3}\s*[元角分]"
    r"|出版\s*[一二兩三四五六]\s*大?張"
)
#: The most lines of a Republican-era masthead read under its date line.
REPUBLICAN_MASTHEAD_TAIL_LINES: Final = 4


def _republican_masthead_tail(lines: list[Line], masthead_end: int) -> set[int]:
    """The indexes of the lines straight under a Republican-era masthead's date line that are
    still the masthead's (branch hz47): up to REPUBLICAN_MASTHEAD_TAIL_LINES lines in a row,
    each holding no sentence's mark and naming one of its parts (_REPUBLICAN_MASTHEAD_PART:
    the address, a telephone's number, the postal registration, the price, the day's sheets),
    as a paper that sets its date line under the name prints them ("山城日報" / "中華民國二十九年
    六月十二日　星期三" / "社址重慶民生路…　電話四一二三" / "每份國幣一角二分　今日出版一大張").
    Asked only when _republican_masthead holds (the era's calendar on the date line): a head
    naming a telephone ("市內電話昨起加價") names no number, and stops the run."""
    tail: set[int] = set()
    end = min(len(lines), masthead_end + 1 + REPUBLICAN_MASTHEAD_TAIL_LINES)
    for index in range(masthead_end + 1, end):
        text = lines[index].text.strip()
        if (
            not text
            or not _SENTENCE_MARKS.isdisjoint(text)
            or not _REPUBLICAN_MASTHEAD_PART.search(text)
        ):
            break
        tail.add(index)
    return tail


def _nameplate_above(lines: list[Line], masthead_end: int) -> int:
    """The index of the paper's name alone on its line, at most NAMEPLATE_GAP lines above the
    masthead's last line (``masthead_end`` itself when there is none, or it is further up:
    then no line stands between the two)."""
    for index in range(max(0, masthead_end - NAMEPLATE_GAP - 1), masthead_end):
        if paper_name(lines[index].text.strip()):
            return index
    return masthead_end


def _nameplates_lower(lines: list[Line], flags: list[bool]) -> set[int]:
    """The indexes of a nameplate set lower on the page than its first lines, with what stands
    between it and its date line: the paper's name alone on its line at most NAMEPLATE_GAP lines
    straight above a masthead line with a date, anywhere on the page (``The Tacoma Times`` /
    ``THE ONLY INDEPENDENT NEWSPAPER IN TACOMA.`` / ``25c a Home`` / ``Month VOL- XIIL N0- 37-
    TACOMA, WASH., TUESDAY, FEBRUARY 1, 191 G. Edition``). The first lines have their own rule
    (``_nameplate_above``); a name alone elsewhere may be a headline, but not over a date line.
    Lines of prose between the two, or a date line opening in lower case, are a notice's."""
    found: set[int] = set()
    for index in range(len(lines)):
        if not flags[index] or not may_hold_date(lines[index].text):
            continue
        date_line = lines[index].text.strip()
        if not date_line[:1].isupper() or not is_masthead_line(date_line, index):
            continue  # "on Wednesday, February 23, 1916," ends a sentence of a notice
        for above in range(index - 1, max(NAME_LINES, index - NAMEPLATE_GAP - 1) - 1, -1):
            # (its noun garbled as well: "THE BEMIDJI DAILY PIONEE" over its date line; branch
            # hists49)
            if cut_paper_name(lines[above].text.strip()):
                between = lines[above + 1 : index]
                if not any(_runs_as_prose(line.text) for line in between):
                    found.update(range(above, index))
                break
        # The paper's slogan straight over or under its date line names the paper ("THE ONLY
        # INDEPENDENT NEWSPAPER IN TACOMA.", "(THE HOME PAPER)"); lower on the page only in
        # capitals: a headline's piece in title case ("Other Paper, and Its") is no slogan.
        for beside in (index - 1, index + 1):
            slogan = lines[beside].text if 0 <= beside < len(lines) else ""
            if _SLOGAN.search(slogan) and (index < NAME_LINES or title_style(slogan) == "caps"):
                found.add(beside)
    return found


#: Words of a Chinese masthead's owners' or permit line (classify's furniture patterns): the
#: paper's 主办 and 主管, its internal-publication permit (准印证) or its serial number (刊号).
_OWNERS_WORDS: Final = ("主办", "主辦", "主管", "准印", "刊号", "刊號")


def _chinese_nameplate_over_owners(lines: list[Line], flags: list[bool]) -> set[int]:
    """The index of a Chinese paper's name alone on its line (masthead.paper_name: "丹暇县报")
    straight over its owners' or permit line, a furniture line ("中共丹霞县委主办 …准印证 …"),
    wherever OCR read the two: Tesseract reads a nameplate set between the date block and the
    weather ear after the columns beside it (branch zh50). A head over a story names no paper
    and stands over no such line."""
    found: set[int] = set()
    for index in range(1, len(lines)):
        text = lines[index].text
        if not flags[index] or not any(word in text for word in _OWNERS_WORDS):
            continue
        above = lines[index - 1].text.strip()
        if not flags[index - 1] and len(above) <= 12 and paper_name(above):
            found.add(index - 1)
    return found


#: A slogan names the paper itself.
_SLOGAN = re.compile(r"\b(?:NEWS)?PAPER\b", re.IGNORECASE)


def _masthead_scrap(text: str) -> bool:
    """A piece of the masthead's surroundings: no prose (few words in lower case) and no
    headline either (a banner over the nameplate is one): a single word, a phrase cut at a
    word no headline starts or ends on ("AND APACHE NE", "HILP TFFICIAL PAPER OF"), OCR
    noise, or a line no title could be ("An Adless Newspaper, Daily Except Sunday")."""
    words = text.split()
    if not words or sum(1 for word in words if word[:1].islower()) >= MASTHEAD_PROSE_WORDS:
        return False
    if cjk_ratio(text) >= 0.5:
        return False  # Chinese mastheads are read by their own patterns
    edges = {words[0].lower(), words[-1].lower().strip(".,")}
    return (
        len(words) == 1
        or not edges.isdisjoint(RUN_ON_WORDS)
        or noise_share(text) >= NOISE_LINE_SHARE
        or not is_title_like(text)
    )


_LONG_WORD = re.compile(r"[A-Za-z]{3,}")


#: A kicker's label: one to three words in capitals ("UAE", "CITY HALL", "POWER CRISIS").
_KICKER_LABEL: Final = re.compile(r"^[A-Z][A-Z&'’\-]*(?:\s[A-Z&][A-Z&'’\-]*){0,2}$")
#: How far under a kicker the story's opening may stand: a head and deck of this many lines.
KICKER_REACH: Final = 5


def _kicker_over_lead(lines: Sequence[Line], index: int) -> bool:
    """Whether line ``index``, under the masthead, is the kicker over the lead's head, not a
    crumb of the masthead: a label in capitals (_KICKER_LABEL, no weather ear's label) over a
    sentence-case head's first line (reflow.opens_sentence_case_head), with a modern story's
    opening (a byline, a desk's credit, a modern dateline: reflow.opens_modern_story) within
    KICKER_REACH lines under the head's first line. A 1916 masthead's crumb stands over no
    such opening."""
    text = lines[index].text.strip()
    if (
        len(text) > KICKER_LABEL_CHARS
        or _KICKER_LABEL.match(text) is None
        or _WEATHER_LABEL.match(text) is not None
        or index + 2 >= len(lines)
        or not opens_sentence_case_head(lines[index + 1].text.strip())
    ):
        return False
    end = min(len(lines), index + 2 + KICKER_REACH)
    return any(opens_modern_story(below.text) for below in lines[index + 2 : end]) or any(
        # (or a reporter's name over the beat, as a Singapore daily bylines its lead: "Tay
        # Hong Yi" / "Housing Correspondent"; branch en45)
        names_reporter_at(lines, j)
        for j in range(index + 2, end - 1)
    )


#: The longest kicker label under a masthead.
KICKER_LABEL_CHARS: Final = 24


def _masthead_crumb(text: str) -> bool:
    """A word alone, OCR noise or no word at all ("MOTTO", "-II", "398 c"): under the masthead,
    nothing else."""
    return (
        len(text.split()) == 1
        or noise_share(text) >= NOISE_LINE_SHARE
        or _LONG_WORD.search(text) is None
    )
