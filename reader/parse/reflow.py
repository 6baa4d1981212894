"""Column lines to paragraphs: column width per block, paragraph ends, titles standing alone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.parse.classify import (
    _per_line,
    is_byline_line,
    is_credit,
    is_title_like,
    match_byline_lead,
    match_continuation,
    match_dateline,
    title_style,
)
from reader.parse.lines import Block, Line, LineSpan
from reader.text.cjk import cjk_ratio, display_width, ends_sentence

#: How much shorter than the column (in half-width units) a line must be to count as short:
#: one and a half CJK characters, so punctuation squeezing does not fake an indent.
SHORT_MARGIN_CJK = 3
#: For Latin text, whose right edge is ragged, short means under this share of the column.
SHORT_SHARE_LATIN = 0.8
#: Lines on each side of a line that inform its local column width.
COLUMN_WINDOW = 8


@dataclass(slots=True)
class Unit(LineSpan):
    """A piece of a block after reflow: a title line (or tight run), a paragraph or a credit."""

    kind: str  # "title", "paragraph" or "credit"
    lines: list[Line]
    block: int
    text: str = ""
    style: str = ""
    #: End-of-line hyphens removed while joining this unit's lines.
    removed_hyphens: int = 0


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


def local_columns(lines: Sequence[Line]) -> list[int]:
    """The column width around each line, from its neighbours within a window.

    The window never reaches across a story start (a dateline or byline opening a line): a new
    story is usually set in a column of its own width.
    """
    widths = [line.width for line in lines]
    segment = [0] * len(lines)
    for i in range(1, len(lines)):
        segment[i] = segment[i - 1] + (1 if starts_story(lines[i].text) else 0)
    columns = []
    for i in range(len(widths)):
        lo, hi = max(0, i - COLUMN_WINDOW), min(len(widths), i + COLUMN_WINDOW + 1)
        if segment[lo] == segment[hi - 1]:  # one story throughout (segments only grow)
            window = widths[lo:hi]
        else:
            window = [widths[j] for j in range(lo, hi) if segment[j] == segment[i]]
        columns.append(estimate_column_width(window))
    return columns


def is_short(line: Line, column: int) -> bool:
    if cjk_ratio(line.text) >= 0.5:
        return line.width <= column - SHORT_MARGIN_CJK
    return line.width <= column * SHORT_SHARE_LATIN


@_per_line
def starts_story(text: str) -> bool:
    return match_dateline(text) is not None or match_byline_lead(text) is not None


def find_titles(block: Block) -> list[bool]:
    """Which lines of a block stand alone as titles, judged from the lines around them.

    A title line is title-like (see classify.is_title_like) and set apart: the line before it
    ends a sentence, is itself a title or is the block start; the line after it starts a
    paragraph (indented), starts a story, is a byline, is the block end — or, for English
    decks, is another title. In a tight block (lines printed without blank lines between
    them, inside double-spaced text) a leading run of title-like lines followed by a byline, a
    story opening or nothing is a stack of titles.
    """
    lines = block.lines
    columns = local_columns(lines)
    like = [
        is_title_like(line.text)
        and not is_credit(line.text)
        and not is_byline_line(line.text)
        and match_continuation(line.text) is None
        and not starts_story(line.text)
        for line in lines
    ]
    flags: list[bool] = []
    for i, line in enumerate(lines):
        if not like[i]:
            flags.append(False)
            continue
        latin = title_style(line.text) != "cjk"
        before = like[i - 1] if latin else flags[i - 1] if i else True
        prev_ok = i == 0 or before or ends_sentence(lines[i - 1].text)
        if i + 1 == len(lines):
            next_ok = True
        else:
            nxt = lines[i + 1]
            next_ok = (
                is_short(nxt, columns[i + 1])
                or starts_story(nxt.text)
                or is_byline_line(nxt.text)
                or (latin and like[i + 1])
            )
        if latin and i + 1 < len(lines) and not like[i + 1]:
            # An English deck sits above prose that does not continue its sentence: a
            # title-case line followed by a lower-case word is the start of a sentence.
            following = lines[i + 1].text[:1]
            next_ok = (next_ok or following.isupper()) and not (
                following.islower() and title_style(line.text) == "mixed"
            )
        flags.append(prev_ok and next_ok)
    if block.double_spaced and all(like) and not ends_sentence(lines[-1].text):
        # Lines that each could be a title and never end a sentence are not prose.
        return _drop_long_title_runs([True] * len(lines))
    if not block.double_spaced:
        run = 0
        while run < len(lines) and like[run] and title_style(lines[run].text) == "cjk":
            run += 1
        rest = lines[run] if run < len(lines) else None
        if run and (rest is None or starts_story(rest.text) or is_byline_line(rest.text)):
            flags[:run] = [True] * run
    return _drop_long_title_runs(flags)


#: More consecutive title lines than this are not a headline but prose set in capitals.
MAX_TITLE_RUN = 4


def _drop_long_title_runs(flags: list[bool]) -> list[bool]:
    result = list(flags)
    start = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if i - start > MAX_TITLE_RUN:
                result[start:i] = [False] * (i - start)
            start = None
    return result


def paragraph_breaks(lines: Sequence[Line]) -> list[bool]:
    """For each line after the first: does a new paragraph start here?

    A paragraph ends where a line ends a sentence and the evidence says the line was cut short
    on purpose. For CJK text: the line is short of the column, or the next line is an indented
    first line (short, and followed by a fuller line). For Latin text, whose right edge is
    ragged: the next line's first word would have fitted on the line, or the next line is
    indented in single-spaced text. Datelines, story openings and byline lines always start one.
    """
    columns = local_columns(lines)
    widest = _local_max(lines)
    breaks: list[bool] = []
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        if (
            starts_story(line.text)
            or is_byline_line(line.text)
            or is_byline_line(prev.text)
            or _is_jump_line(line.text)
            or _is_jump_line(prev.text)
        ):
            breaks.append(True)
            continue
        if not ends_sentence(prev.text):
            breaks.append(False)
            continue
        if cjk_ratio(prev.text) < 0.5:
            first_word = line.text.split()[0] if line.text.split() else ""
            fits = prev.width + 1 + display_width(first_word) <= max(widest[i - 1], widest[i])
            breaks.append(fits or (line.indented and line.gap == 0))
            continue
        column = max(columns[i - 1], columns[i])
        if is_short(prev, column):
            breaks.append(True)
            continue
        following = lines[i + 1] if i + 1 < len(lines) else None
        first_line = (
            is_short(line, column)
            and following is not None
            and (not is_short(following, column) or not ends_sentence(line.text))
        )
        breaks.append(first_line or (line.indented and line.gap == 0))
    return breaks


def _is_jump_line(text: str) -> bool:
    jump = match_continuation(text)
    return jump is not None and not jump[1]


def _local_max(lines: Sequence[Line]) -> list[int]:
    widths = [line.width for line in lines]
    return [
        max(widths[max(0, i - COLUMN_WINDOW) : i + COLUMN_WINDOW + 1]) for i in range(len(widths))
    ]


def reflow_block(block: Block, index: int) -> list[Unit]:
    """Split a block into title, paragraph and credit units (texts are joined later)."""
    lines = list(block.lines)
    units: list[Unit] = []
    credit_lines = _trailing_credit(lines, block.double_spaced)
    body = lines[: len(lines) - len(credit_lines)]
    titles = (
        find_titles(Block(tuple(body), block.double_spaced, block.followed_tight)) if body else []
    )
    # A tight block of nothing but title lines, standing alone, is one title wrapped over
    # lines (a teaser); title lines printed straight above a body are separate decks.
    wrapped = bool(titles) and all(titles) and not credit_lines and not block.followed_tight
    run: list[Line] = []

    def flush_run() -> None:
        if not run:
            return
        breaks = paragraph_breaks(run)
        start = 0
        for offset, brk in enumerate(breaks, start=1):
            if brk:
                units.append(Unit("paragraph", run[start:offset], index))
                start = offset
        units.append(Unit("paragraph", run[start:], index))
        run.clear()

    for line, is_title in zip(body, titles, strict=True):
        if not is_title:
            run.append(line)
            continue
        flush_run()
        style = title_style(line.text)
        previous = units[-1] if units else None
        joins = (
            previous is not None
            and previous.kind == "title"
            and previous.style == style
            and not block.double_spaced
            and not line.text.startswith("—")
            and (style != "cjk" or wrapped)
        )
        if joins and previous is not None:
            previous.lines.append(line)
        else:
            units.append(Unit("title", [line], index, style=style))
    flush_run()
    if credit_lines:
        units.append(Unit("credit", credit_lines, index))
    return units


def _trailing_credit(lines: list[Line], double_spaced: bool) -> list[Line]:
    """The credit lines at the end of a block ("新华社记者" / "张端/摄"), if any."""
    if not lines or not is_credit(lines[-1].text):
        return []
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
