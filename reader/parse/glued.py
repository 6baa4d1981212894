"""Two columns OCR read as one, line by line, cut apart again (plain text, before assembly).

Chronicling America's plain OCR often reads two neighbouring columns as one: each page line
holds one column's line and then the next column's line, often with the column rule between
them read as a mark (``at Cape Race from the Takata. I Severy when examined here refused to``).
A run of such lines is told over the whole run, never line by line:

- three or more lines printed tight together, each :data:`RUN_LOW`–:data:`RUN_HIGH` times the
  page's median line (two columns side by side);
- at least half of them (and two) hold a **marked seam**: a word boundary whose left part is a
  column wide (:data:`SEAM_LOW`–:data:`SEAM_HIGH` times the median line) with a column-rule
  mark alone before it (``!``, ``|``, ``I``, ``j``, ``'`` …), a word closed by ``!`` or ``|``, or a
  word broken by a hyphen closing the left part — wide-set text (a two-column story, a caption,
  an ad) has none of these in the middle of its lines;
- its text is mostly words, with English's share of vowels (a run of OCR dirt is not two
  columns).

Each line is cut at the boundary nearest the run's steady column width (the median width of the
marked seams), a mark, a hyphen-broken word with a rule mark stuck after it (``men-j``) or a
sentence end before a capital drawing the cut to it. The left parts
are emitted as one block and the right parts as the next, each column's text whole and in order;
every character stays (docs/parser-rules.md, "Glued columns").
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Collection, Sequence
from typing import Final

from reader.parse.classify import (
    caps_runs_on,
    is_clean_capitals_head,
    is_signature,
    is_title_cased,
    noise_share,
    title_style,
    trailing_signature,
)
from reader.parse.lines import Line
from reader.parse.reflow import skybox_puff, starts_story
from reader.text.cjk import cjk_ratio, display_width, ends_sentence

#: A run's lines are this many times the page's median line, at least and at most.
RUN_LOW: Final = 1.6
RUN_HIGH: Final = 2.5
#: Least lines of a run.
RUN_LINES: Final = 3
#: A seam's left part is this many times the median line, at least and at most.
SEAM_LOW: Final = 0.6
SEAM_HIGH: Final = 1.4
#: Characters OCR reads a column rule as, alone between the two columns' words.
RULE_MARKS: Final = frozenset("!|I1ljJi,'.:;")
#: Share of a run's lines that must hold a marked seam.
MARKED_SHARE: Final = 0.5
#: Highest mean noise share of a run's lines.
MAX_NOISE: Final = 0.2
#: Least share of a, e, o and u among a run's letters (English prose has about 0.3): OCR dirt
#: read off a picture (``lii'lli'li'H H llllllll ll.``) passes for words but has almost none.
MIN_VOWELS: Final = 0.15
#: Evidence of a seam: a rule mark, a hyphen-broken word, a sentence end before a capital.
MARK: Final = 2
BROKEN_WORD: Final = 1
#: A hyphen-broken word with a rule mark stuck after it (``men-j``): it only places the cut
#: (unglue20); a run is told by the marks above, as before.
STUCK_MARK: Final = 3
SENTENCE_END: Final = -1
#: How many characters of distance from the steady width one unit of evidence is worth.
EVIDENCE_PULL: Final = 4


def _is_mark(word: str) -> bool:
    return 0 < len(word) <= 2 and all(char in RULE_MARKS for char in word)


def _broken_then_mark(word: str) -> bool:
    """A word broken by a hyphen with the column rule's mark stuck after it (``men-j``,
    ``com-j``, ``Mis-;``): the left column's line ends there."""
    return len(word) > 3 and word[-1] in RULE_MARKS and word[-2] == "-" and word[-3].isalpha()


def _vowel_share(run: Sequence[Line]) -> float:
    letters = vowels = 0
    for line in run:
        for char in line.text:
            if char.isalpha():
                letters += 1
                vowels += char in "aeouAEOU"
    return vowels / letters if letters else 0.0


def tells_run(evidence: int) -> bool:
    """Whether a seam's evidence counts toward telling a run glued (:data:`MARK`,
    :data:`BROKEN_WORD`); :data:`STUCK_MARK` and :data:`SENTENCE_END` only place a cut."""
    return 0 < evidence < STUCK_MARK


def split_at(text: str, cut: int) -> tuple[str, str]:
    """A glued line's left and right parts, cut before its word ``cut``."""
    words = text.split(" ")
    return " ".join(words[:cut]), " ".join(words[cut:])


def seam_candidates(text: str, median: float) -> list[tuple[int, int, int]]:
    """(index of the right part's first word, left part's width, evidence) for each word
    boundary of a line whose left part is a column wide; evidence :data:`MARK`,
    :data:`BROKEN_WORD`, :data:`STUCK_MARK` or :data:`SENTENCE_END` (the last two only draw a
    cut: :func:`tells_run`) or 0."""
    words = text.split(" ")
    found: list[tuple[int, int, int]] = []
    width = -1
    for index in range(1, len(words)):
        width += len(words[index - 1]) + 1
        if width < SEAM_LOW * median:
            continue
        if width > SEAM_HIGH * median:
            break
        before, after = words[index - 1], words[index]
        evidence = 0
        alone = _is_mark(before) and index >= 2 and not _is_mark(after)
        if alone or (len(before) > 2 and before[-1] in "!|"):
            evidence = MARK
        elif _broken_then_mark(before):
            evidence = STUCK_MARK
        elif len(before) > 2 and before[-1] == "-" and before[-2].isalpha() and after[:1].isalpha():
            evidence = BROKEN_WORD
        elif before[-1:] in (".", ",", ";", ":") and after[:1].isupper():
            evidence = SENTENCE_END
        found.append((index, width, evidence))
    return found


def cut_run(run: Sequence[Line], median: float) -> list[int] | None:
    """Where each line of a run of wide lines is cut (its right part's first word), or None
    when the run is not two columns glued."""
    candidates = [seam_candidates(line.text, median) for line in run]
    marked = [
        width for found in candidates for _index, width, evidence in found if tells_run(evidence)
    ]
    lines_marked = sum(1 for found in candidates if any(tells_run(item[2]) for item in found))
    if lines_marked < max(2.0, MARKED_SHARE * len(run)) or not all(candidates):
        return None
    if statistics.mean(noise_share(line.text) for line in run) >= MAX_NOISE:
        return None
    if _vowel_share(run) < MIN_VOWELS:
        return None
    steady = statistics.median(marked)
    cuts: list[int] = []
    for found in candidates:
        best = min(found, key=lambda item: abs(item[1] - steady) - EVIDENCE_PULL * abs(item[2]))
        cuts.append(best[0])
    return cuts


def wide_runs(lines: Sequence[Line], median: float) -> list[tuple[int, int]]:
    """(start, end) of each run of :data:`RUN_LINES` or more lines printed tight together,
    each :data:`RUN_LOW`–:data:`RUN_HIGH` times the median line."""
    runs: list[tuple[int, int]] = []
    start = -1
    low, high = RUN_LOW * median, RUN_HIGH * median
    for index, line in enumerate(lines):
        wide = low <= line.width <= high
        if wide and start >= 0 and line.gap == 0:
            continue
        if start >= 0 and index - start >= RUN_LINES:
            runs.append((start, index))
        start = index if wide else -1
    if start >= 0 and len(lines) - start >= RUN_LINES:
        runs.append((start, len(lines)))
    return runs


def unglue_columns(lines: list[Line]) -> list[Line]:
    """The lines with each run of two columns glued line by line replaced by the left
    column's lines, then (after a blank line) the right column's."""
    if len(lines) < RUN_LINES:
        return lines
    median = statistics.median(line.width for line in lines)
    runs = wide_runs(lines, median)
    if not runs:
        return lines
    result: list[Line] = []
    done = 0
    for start, end in runs:
        run = lines[start:end]
        cuts = cut_run(run, median)
        if cuts is None:
            continue
        result.extend(lines[done:start])
        lefts: list[Line] = []
        rights: list[Line] = []
        for line, cut in zip(run, cuts, strict=True):
            left, right = split_at(line.text, cut)
            lefts.append(Line(line.number, left, line.indented, line.gap))
            rights.append(
                Line(line.number, right, False, 0 if rights else 1, column_start=not rights)
            )
        result.extend(lefts)
        result.extend(rights)
        done = end
    if not done:
        return lines
    result.extend(lines[done:])
    return result


#: A story's last word as OCR ends its paragraph: a broken word's tail or a short last word in
#: small letters or figures ("tion.", "000.", "azines.\""), closing on a stop.
_LAST_WORD: Final = re.compile(r"[a-z0-9]\S*[a-z0-9)][.!?][\"'”’]?")
#: A word of a headline in capitals (as :func:`classify.is_clean_capitals_head` reads one).
_HEAD_WORD: Final = re.compile(r"[\"'“‘(]*(?:[A-Z][A-Z'’&.,-]*|\$?\d[\d,.]*)[\"'”’).!?]*")
#: Least words, and letters, of a headline glued onto a paragraph's last word.
GLUED_HEAD_WORDS: Final = 3
GLUED_HEAD_LETTERS: Final = 10


def glued_head(text: str) -> tuple[str, str] | None:
    """A line holding a paragraph's last word and then a headline in capitals that OCR read
    onto the same line (``tion. LIVE STOCK AND GRAIN``, ``ceived. MILLION AND HALF DOLLAR``):
    (the last word, the headline), or None. The word opens in small letters or a figure (the
    tail of a word broken at the line above, or a short last word) and closes on a stop; the
    headline is three capitals words or more, ten letters or more, read cleanly, closing on no
    comma (a signature or a byline's names run on: ``them. DANA BURNET, DON``) and no
    signature's initials and surname (``ticket. THOS. R. GREER.``: classify.trailing_signature,
    the note's byline)."""
    return _head_after_last_word(last_word_opening(text))


def last_word_opening(text: str) -> tuple[str, str] | None:
    """A line opening on a paragraph's last word as OCR ends one (``_LAST_WORD``: in small
    letters or a figure, closing on a stop) with more text after it: (the word, the rest of
    the line, stripped), or None. :func:`glued_head` and :func:`glued_first_line` both read
    a line so first; :func:`split_glued_heads` reads each line once for both."""
    first = text[:1]
    if not (first.islower() or first.isdigit()):
        return None  # (most lines: asked first)
    space = text.find(" ")
    if space < 3:
        return None
    word, rest = text[:space], text[space + 1 :].strip()
    if word[-1] not in ".!?\"'”’" or _LAST_WORD.fullmatch(word) is None:
        return None
    return word, rest


def _head_after_last_word(opening: tuple[str, str] | None) -> tuple[str, str] | None:
    """:func:`glued_head` of a line read by :func:`last_word_opening`."""
    if opening is None:
        return None
    word, head = opening
    if word[0].isdigit() and word.rstrip("\"'”’")[-1] != ".":
        return None  # (figures close a sentence on a stop: "17! PER SHED" is a head's garble)
    words = head.split()
    if (
        len(words) < GLUED_HEAD_WORDS
        or head.endswith(",")
        or sum(char.isalpha() for char in head) < GLUED_HEAD_LETTERS
        or not all(_HEAD_WORD.fullmatch(item) for item in words)
        or not is_clean_capitals_head(head)
        # (a writer's signature run into the last line, initials and a surname in capitals:
        # "ticket. THOS. R. GREER." is the note's byline, which assemble reads off the line,
        # and heads nothing under it)
        or trailing_signature(f"{word} {head}") is not None
    ):
        return None
    return word, head


#: A paragraph's last word before a head's first line that runs on into the line under it: a
#: name or a word in capitals closing its sentence ("Kelliher."), or a word in small letters
#: with no stop (a sentence the column cut: "given").
_WORD_BEFORE_RUN_ON_HEAD: Final = re.compile(r"[A-Z][a-z]+[.!?][\"'”’]?|[a-z]{2,}")


def glued_head_over_its_tail(text: str, below: str) -> tuple[str, str] | None:
    """A line holding a paragraph's last word and then a head's first line in capitals that
    runs on into the capitals line under it (``Kelliher. ELK AT ITASCA PARK`` over ``TO REVIVE
    SPECIES``, ``given MINNEAPOLIS MAN TO`` over ``START SILVER FOX FARM``): (the word, the
    head's first line), or None. :func:`glued_head` leaves a capitalised word and a word with
    no stop alone (a signature or a source line runs on into names in capitals, and so may a
    sentence set in capitals for emphasis); here the line under it says the capitals are a
    head: it is a clean capitals head line (``is_clean_capitals_head``) and the two lines read
    as one head (``caps_runs_on``: the first ends on a word no head ends on, or the second
    opens on one). The head's part holds as many words and letters as ``glued_head`` asks.

    Gate: only a line whose first word is a single word before capitals, over a line all in
    capitals, is asked; a modern page sets its heads apart from the prose."""
    space = text.find(" ")
    if space < 2 or not below[:1].isupper():
        return None
    word, head = text[:space], text[space + 1 :].strip()
    if _WORD_BEFORE_RUN_ON_HEAD.fullmatch(word) is None:
        return None
    words = head.split()
    below = below.strip()
    if (
        len(words) < GLUED_HEAD_WORDS
        or not all(_HEAD_WORD.fullmatch(item) for item in words)
        or head.endswith(",")
        or sum(char.isalpha() for char in head) < GLUED_HEAD_LETTERS
        or not is_clean_capitals_head(head)
        or title_style(below) != "caps"
        or not is_clean_capitals_head(below)
        or not caps_runs_on(head, below)
    ):
        return None
    return word, head


#: A line holding a paragraph's last word and the next paragraph's first line is at least this
#: many times the column (the median of the lines around it).
GLUED_FIRST_LINE_WIDE: Final = 1.15
#: The next paragraph's first line, cut from it, fills this share of the column, at least and
#: at most (an indented first line is a little short of the measure).
GLUED_FIRST_LINE_LOW: Final = 0.8
GLUED_FIRST_LINE_HIGH: Final = 1.05
#: The lines around it (GLUED_FIRST_LINE_AROUND on each side) set a steady column: at least
#: GLUED_FIRST_LINE_STEADY of them within GLUED_FIRST_LINE_SPREAD of their median, which is
#: GLUED_FIRST_LINE_COLUMN characters or more; the line above and the line under are no wider
#: than GLUED_FIRST_LINE_NEIGHBOUR times it (no columns glued side by side), the line above at
#: least GLUED_FIRST_LINE_FULL of it (a paragraph's full line, not a list's).
GLUED_FIRST_LINE_AROUND: Final = 4
GLUED_FIRST_LINE_STEADY: Final = 5
GLUED_FIRST_LINE_SPREAD: Final = 0.12
GLUED_FIRST_LINE_COLUMN: Final = 26
GLUED_FIRST_LINE_NEIGHBOUR: Final = 1.1
GLUED_FIRST_LINE_FULL: Final = 0.85
#: Letters and marks a proportional face sets narrow, and wide (a line of many ``i``, ``l`` and
#: ``t`` holds more characters in the same measure than one of ``m`` and ``w``).
_NARROW_LETTERS: Final = frozenset("fijlrtI.,;:'!|()-\" ")
_WIDE_LETTERS: Final = frozenset("mwMW")
#: The same as bytes (all ASCII), and the ASCII capitals set wider than middle width but not
#: wide (every capital but I, M and W), for set_width's counts of an ASCII line.
_NARROW_BYTES: Final = "".join(sorted(_NARROW_LETTERS)).encode()
_WIDE_BYTES: Final = "".join(sorted(_WIDE_LETTERS)).encode()
_OTHER_CAPITALS: Final = b"ABCDEFGHJKLNOPQRSTUVXYZ"


def set_width(text: str) -> float:
    """How wide a line of Latin text is set in a proportional face, in characters of middle
    width: a narrow letter (``I`` among them), a mark or a space counts 0.6, ``m``, ``w``,
    ``M`` and ``W`` 1.5, another capital 1.3, any other character 1. The plain character
    count takes a full line of narrow letters (``ficiated. The bride is the attractive``) for a
    line too wide for its column."""
    if text.isascii():
        # (an ASCII line, most: each count is the bytes bytes.translate deletes, one C loop
        # over the line with no call a character; its capitals but I, M and W are A-Z's others)
        data = text.encode()
        size = len(data)
        narrow = size - len(data.translate(None, _NARROW_BYTES))
        wide = size - len(data.translate(None, _WIDE_BYTES))
        capitals = size - len(data.translate(None, _OTHER_CAPITALS))
        return size - 0.4 * narrow + 0.5 * wide + 0.3 * capitals
    # (counted by C loops, map and str.count: the line's characters are not walked in Python)
    narrow = sum(map(_NARROW_LETTERS.__contains__, text))
    wide = sum(map(_WIDE_LETTERS.__contains__, text))
    capitals = sum(map(str.isupper, text)) - text.count("I") - text.count("M") - text.count("W")
    return len(text) - 0.4 * narrow + 0.5 * wide + 0.3 * capitals


#: Least letters of the paragraph's last word before the first line (not "vs.", "do.").
GLUED_FIRST_LINE_WORD: Final = 3


#: A paragraph's first line as it opens: a capitalised word (or "A", "I"), after an opening
#: quote.
_FIRST_LINE_OPENING: Final = re.compile(r"[\"'“‘]?(?:[A-Z][a-z]|[AI] )")


def glued_first_line(lines: Sequence[Line], index: int) -> tuple[str, str] | None:
    """A line holding a paragraph's last word and then the next paragraph's first line, which
    OCR read as one line (``pol`` / ``iticians. Still there appears no opposition to`` /
    ``James Allison, at least in the Demo``): (the last word, the first line), or None.

    The line is GLUED_FIRST_LINE_WIDE times the column or wider, a column the lines around it
    set steady (a justified column of prose, GLUED_FIRST_LINE_COLUMN characters or more); the
    line above fills the column (the paragraph's last full line) and neither it nor the line
    under is itself too wide. The line's first word opens in small letters or a figure and
    closes on a stop (``_LAST_WORD``: the tail of a word broken at the line above, or a short
    last word), and the rest opens on a capitalised word and fills the column as a first line
    does (GLUED_FIRST_LINE_LOW–GLUED_FIRST_LINE_HIGH of it), mostly words.

    Gate: only a line printed tight among tight lines (no blank line before it or the line
    under), Latin text, wider than every line around it: modern pages set their lines within
    the column (an e-paper a blank line apart) and are not asked."""
    return _first_line_after_last_word(lines, index, last_word_opening(lines[index].text))


def _first_line_after_last_word(
    lines: Sequence[Line], index: int, opening: tuple[str, str] | None
) -> tuple[str, str] | None:
    """:func:`glued_first_line` of line ``index``, read by :func:`last_word_opening`."""
    if opening is None or lines[index].gap:
        return None
    if index < 1 or index + 1 >= len(lines) or lines[index + 1].gap:
        return None
    text = lines[index].text
    word, rest = opening
    # (a word of two letters is an abbreviation's, "vs.", "do."; a line in title case is a
    # crosshead's, a head's or a list of names, "Misses Ina Allen and Mary" / "Farmer visited
    # …", and a dateline or a byline opens a story: where stories part is not this rule's to
    # say, and the line is left as it was)
    if sum(char.isalpha() for char in word) < GLUED_FIRST_LINE_WORD:
        return None
    if not _FIRST_LINE_OPENING.match(rest) or is_title_cased(rest) or starts_story(rest):
        return None
    near = [
        *lines[max(0, index - GLUED_FIRST_LINE_AROUND) : index],
        *lines[index + 1 : index + GLUED_FIRST_LINE_AROUND + 1],
    ]
    if len(near) < 2 * GLUED_FIRST_LINE_AROUND:
        return None
    if statistics.median(other.width for other in near) < GLUED_FIRST_LINE_COLUMN:
        return None
    # (widths as set in a proportional face, set_width: a full line of narrow letters is no
    # wider than its column)
    around = [set_width(other.text) for other in near]
    column = statistics.median(around)
    if set_width(text) < GLUED_FIRST_LINE_WIDE * column:
        return None
    spread = GLUED_FIRST_LINE_SPREAD * column
    if sum(abs(width - column) <= spread for width in around) < GLUED_FIRST_LINE_STEADY:
        return None
    above, below = around[len(near) // 2 - 1], around[len(near) // 2]
    if (
        above < GLUED_FIRST_LINE_FULL * column
        or max(above, below) > GLUED_FIRST_LINE_NEIGHBOUR * column
        or not GLUED_FIRST_LINE_LOW * column <= set_width(rest) <= GLUED_FIRST_LINE_HIGH * column
        or noise_share(rest) > MAX_NOISE
    ):
        return None
    return word, rest


def split_glued_heads(lines: list[Line]) -> list[Line]:
    """The lines with each headline OCR read onto the end of a paragraph's last line
    (:func:`glued_head`, :func:`glued_head_over_its_tail`), and each next paragraph's first
    line read so (:func:`glued_first_line`), put on a line of its own under it, both keeping
    the source line's number; every character stays (docs/parser-rules.md, "A headline glued
    onto the line above", "A paragraph's first line glued onto its last word"). A first line
    cut off keeps the source line's width: the column the reflow measures around it
    (``reflow._Columns.widest``) stays the one it measured before, so only the break after the
    last word is new."""
    result: list[Line] | None = None
    for index, line in enumerate(lines):
        # (the line's opening read once for the two rules that need one)
        opening = last_word_opening(line.text)
        parts = _head_after_last_word(opening)
        if parts is None and index + 1 < len(lines):
            parts = glued_head_over_its_tail(line.text, lines[index + 1].text)
        width = -1
        if parts is None and opening is not None:
            parts = _first_line_after_last_word(lines, index, opening)
            width = line.width
        if parts is None:
            if result is not None:
                result.append(line)
            continue
        if result is None:
            result = lines[:index]
        word, head = parts
        result.append(
            Line(line.number, word, line.indented, line.gap, column_start=line.column_start)
        )
        result.append(Line(line.number, head, False, 0, width=width))
    return lines if result is None else result


# --- Two columns a PDF's text layer set side by side ------------------------------------------
#
# ``pdftotext -layout`` (and other text exports that keep a page's layout) prints a multi-column
# page line by line across its columns, each column's text at its own place on the line, the
# gutter between them a run of spaces: ``By Losa Faleolo                          Savai'i wharf
# upgrade to start in``. A run of such lines is one region: the columns' starts stay put, each
# line is blank, or holds the left column's text alone, or the right's alone at the gutter's
# place, or both with GUTTER_SPACES spaces or more before the right one. A head or a deck set
# across both columns crosses the gutter and ends the region. Each region's left column is
# emitted, then its right column, each line keeping its source line's number; every character
# stays.

#: The fewest spaces between two columns set side by side.
GUTTER_SPACES: Final = 3
#: The fewest lines of a region that hold both columns' text.
LAYOUT_ROWS: Final = 3
#: The least display column a right column may start at: a left column is a column wide.
LAYOUT_LEFT_MIN: Final = 12
#: How far a right column's start may wander from line to line, in display columns.
GUTTER_DRIFT: Final = 1
#: A column of text fills its measure: the median left part of the region's lines holding both
#: columns is at least this share of the gutter's place, and the median right part at least
#: LAYOUT_RIGHT_MIN columns (an index's or a table's short cells are neither).
LAYOUT_FILL: Final = 0.6
LAYOUT_RIGHT_MIN: Final = 12

_GUTTER: Final = re.compile(f" {{{GUTTER_SPACES},}}")


#: How a line's place is measured: display width (a Chinese character two columns, a space
#: one), or characters counted (cell_width), as pdftotext -layout places a Chinese page's text.
Measure = Callable[[str], int]


def cell_width(text: str) -> int:
    """Width of a text set on pdftotext -layout's grid, where every character, a space or a
    Chinese character alike, takes one cell: two display columns a cell, so that a Chinese
    column is as wide measured so as by display width (LAYOUT_LEFT_MIN, LAYOUT_RIGHT_MIN keep
    their sense)."""
    return 2 * len(text)


def _segments(raw: str, measure: Measure = display_width) -> list[tuple[int, int, int]]:
    """(start column, end column, start index) of each run of text of a line parted from the
    next by GUTTER_SPACES spaces or more, its columns by ``measure``."""
    found: list[tuple[int, int, int]] = []
    start = len(raw) - len(raw.lstrip(" "))
    text = raw.rstrip()
    column = measure(raw[:start])
    while start < len(text):
        gap = _GUTTER.search(text, start)
        end = gap.start() if gap else len(text)
        width = measure(text[start:end])
        found.append((column, column + width, start))
        if gap is None:
            break
        column += width + measure(gap.group())
        start = gap.end()
    return found


def _right_start(
    segments: Sequence[tuple[int, int, int]],
    gutter: int,
    known: Collection[int] = (),
    unit: int = 1,
) -> int | None:
    """Where the right column starts on a line (its segment's index), if the line fits a
    region whose gutter is at display column ``gutter``: -1 for a line of the left column's
    text alone, None for a line that crosses the gutter. A third column's text beyond an empty
    second column starts the right part too when the left column has text on the line or its
    start is one the region's lines already hold (``known``): a centred line starting past
    the gutter is neither. On pdftotext's grid of cells (``unit``, a space's width, 2: see
    cell_width) a line standing wholly past the gutter is the right part's: its five columns'
    lines come on lines of their own wherever their baselines differ, at any column's place,
    and a start may wander by a cell."""
    drift = GUTTER_DRIFT * unit
    # (on the grid the first line may have given the gutter at a paragraph's indent)
    early = drift if unit == 1 else GRID_INDENT * unit
    for index, (start, end, _at) in enumerate(segments):
        if -early <= start - gutter <= drift and (index == 0 or start >= LAYOUT_LEFT_MIN):
            return index
        if start > gutter and (
            index > 0 or unit > 1 or any(abs(start - k) <= drift for k in known)
        ):
            return index
        if end > gutter - GUTTER_SPACES * unit + drift:
            return None
    return -1


def layout_columns(text: str) -> list[tuple[int, str]] | None:
    """The page's lines, numbered from 1, with each region of columns set side by side (see
    above) put back as its left column's lines, a blank line, and its other columns' (read the
    same way: a third column stands beside the second); or None when the page has no such
    region (most pages: no run of GUTTER_SPACES spaces). A page holding Chinese text is read
    first by characters counted (cell_width: pdftotext -layout's grid), then by display width;
    a page of Latin text measures the same either way. A page of four or more columns whose
    lines do not line up is put back column by column first (_grid_rows; branch en50)."""
    if " " * GUTTER_SPACES not in text:
        return None
    rows = list(enumerate(text.split("\n"), start=1))
    if not text.isascii() and cjk_ratio(text) >= GRID_CJK_SHARE:
        found = _unglue_rows(rows, cell_width)
        if found is not None:
            return found
    return _grid_rows(rows) or _unglue_rows(rows)


#: The most cells a region's first line may stand in from the margin on pdftotext's grid: a
#: Chinese paragraph's indent of two characters, or a head centred over the column.
GRID_INDENT: Final = 4
#: The least share of wide characters of a page read on pdftotext's grid of cells first.
GRID_CJK_SHARE: Final = 0.5


def _unglue_rows(
    rows: list[tuple[int, str]], measure: Measure = display_width
) -> list[tuple[int, str]] | None:
    """layout_columns of numbered lines, or None when they hold no region."""
    raws = [raw for _number, raw in rows]
    segments = [
        _segments(raw, measure) if raw.startswith(" ") or " " * GUTTER_SPACES in raw else None
        for raw in raws
    ]
    result: list[tuple[int, str]] = []
    found = False
    index = 0
    while index < len(raws):
        region = _region_at(raws, segments, index, measure)
        if region is None:
            result.append(rows[index])
            index += 1
            continue
        end, cuts = region
        found = True
        taken = list(zip(rows[index:end], cuts, strict=True))
        left = [(number, raw[:cut].rstrip()) for (number, raw), cut in taken]
        rest = [(number, raw[cut:].rstrip()) for (number, raw), cut in taken]
        if measure(" ") > 1:
            left, rest = _own_rows(left, rest), _own_rows(rest, left)
        if measure(" ") > 1:
            # (on the grid the left part may hold columns of its own: a lead's text set over
            # three columns under its heads, beside a contents box and the columns under it)
            left = _unglue_rows(left, measure) or _flush(left)
        result.extend(left)
        if not _runs_on(left, rest, measure):
            result.append((rows[end - 1][0], ""))
        inner = _unglue_rows(rest, measure)
        result.extend(inner if inner is not None else _flush(rest) if measure(" ") > 1 else rest)
        index = end
    return result if found else None


def _own_rows(
    side: Sequence[tuple[int, str]], other: Sequence[tuple[int, str]]
) -> list[tuple[int, str]]:
    """A side of a region on pdftotext's grid (cell_width) without the lines that hold only
    the other side's text: where two columns' baselines differ, each column's line comes on a
    line of its own, blank in the other column, and is no blank line of it. A line blank on
    both sides stays in both."""
    return [row for row in side if row[1]]


#: The least share of the left column's measure the right column's first line fills when it
#: carries on the text of a left column closed by a sentence's end (_runs_on).
RUN_ON_FILL: Final = 0.8


def _runs_on(
    left: Sequence[tuple[int, str]],
    rest: Sequence[tuple[int, str]],
    measure: Measure = display_width,
) -> bool:
    """Whether a region's left column runs on into the top of the next column, as a story's
    text set over two or three columns does, so that no blank line parts them: the left column
    fills the region to its foot, and its last line stops mid-sentence or the next column's
    first line fills its measure (RUN_ON_FILL of the left's widest line: a paragraph's first
    line, not a head's or a box's label, "IN BRIEF"). A column that stops short of the foot
    ends its text there."""
    last = left[-1][1].strip()
    top = next((text.strip() for _number, text in rest if text.strip()), "")
    if not last or not top:
        return False
    if is_signature(last):
        return False  # (a signature closes its column's story: "◎王立德"; branch zh50)
    if not ends_sentence(last):
        return True
    first = _GUTTER.split(top, maxsplit=1)[0]
    widest = max(measure(text.strip()) for _number, text in left)
    return measure(first) >= RUN_ON_FILL * widest


def _flush(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A column on pdftotext's grid that holds no further columns, each line standing in more
    than GRID_INDENT cells from the column's start taken flush (a box's head centred over it,
    ``東岸體育報誠徵運動記者``; a jump set right): the spaces would make it an indented
    paragraph's first line."""
    return [
        (number, raw.lstrip()) if raw.startswith(" " * (GRID_INDENT + 1)) else (number, raw)
        for number, raw in rows
    ]


def _gutter_of(first: list[tuple[int, int, int]] | None, unit: int) -> int | None:
    """The gutter a region's first line gives: its second segment's start, at LAYOUT_LEFT_MIN
    or further, its first at the margin (on pdftotext's grid, ``unit`` 2, up to GRID_INDENT
    cells in: a paragraph's first line or a centred head)."""
    if not first or len(first) < 2 or first[1][0] < LAYOUT_LEFT_MIN:
        return None
    return first[1][0] if first[0][0] <= (0 if unit == 1 else GRID_INDENT * unit) else None


#: How many lines down a line of one column's text on pdftotext's grid looks for the first line
#: of its region holding two columns.
GRID_LOOKAHEAD: Final = 6


def _gutter_below(
    raws: Sequence[str],
    segments: Sequence[list[tuple[int, int, int]] | None],
    index: int,
    unit: int,
) -> int | None:
    """On pdftotext's grid, the gutter of the first line holding two columns within
    GRID_LOOKAHEAD lines below ``index`` (no two blank lines between): a row of columns whose
    heads and labels stand on lines of their own (``運動醫學`` over a story beside a boxed ad's
    head) opens its region there, and _region_at checks that every line between fits it."""
    blank = False
    for below in range(index + 1, min(len(raws), index + 1 + GRID_LOOKAHEAD)):
        if not raws[below].strip():
            if blank:
                return None
            blank = True
            continue
        blank = False
        gutter = _gutter_of(segments[below], unit)
        if gutter is not None:
            return gutter
    return None


def _region_at(
    raws: Sequence[str],
    segments: Sequence[list[tuple[int, int, int]] | None],
    index: int,
    measure: Measure = display_width,
) -> tuple[int, list[int]] | None:
    """(end, the cut's string index on each line) of the region of two columns side by side
    that starts at line ``index``, or None: the line holds both columns (its second segment
    at LAYOUT_LEFT_MIN or further gives the gutter), LAYOUT_ROWS lines or more hold both, and
    the columns fill their measures (LAYOUT_FILL, LAYOUT_RIGHT_MIN)."""
    unit = measure(" ")
    gutter = _gutter_of(segments[index], unit)
    if gutter is None and unit > 1 and raws[index].strip():
        gutter = _gutter_below(raws, segments, index, unit)
        opening = segments[index] or [(0, measure(raws[index].strip()), 0)]
        if gutter is not None and opening[0][0] >= gutter:
            return None  # (a region opens with its left column's text)
    if gutter is None:
        return None
    cuts: list[int] = []
    starts: dict[int, int] = {}
    lefts: list[int] = []
    rights: list[int] = []
    end = index
    last = index
    known: set[int] = set()
    while end < len(raws):
        raw = raws[end]
        if not raw.strip():
            if len(lefts) >= LAYOUT_ROWS and (unit == 1 or not raws[end - 1].strip()):
                break  # (a line blank across every column ends a row of columns: two on the grid)
            cuts.append(len(raw))
            end += 1
            continue
        line = segments[end] or [(0, measure(raw.strip()), 0)]
        right = _right_start(line, gutter, known, unit)
        if right is None:
            break
        if right == -1:
            cuts.append(len(raw))
            if unit > 1:
                lefts.append(line[-1][1])
        else:
            start, _end, at = line[right]
            cuts.append(at)
            starts[len(cuts) - 1] = start
            known.update(segment[0] for segment in line[right + 1 :])
            if start > gutter + GUTTER_DRIFT:
                known.add(start)
            if right > 0:
                lefts.append(line[right - 1][1])
            if right > 0 or unit > 1:
                # (on the grid a line of either column's text alone counts: where baselines
                # differ, two columns hardly share a line)
                rights.append(measure(raw[at:].strip()))
        end += 1
        last = end
    cuts = cuts[: last - index]
    # (an empty column's spaces before a third's text, or a paragraph's indent on the grid,
    # stay with the right part: counted from the gutter, on the grid its leftmost start)
    near = [start for start in starts.values() if start <= gutter + GUTTER_DRIFT * unit]
    edge = min(near) if unit > 1 and near else gutter
    for row, start in starts.items():
        if row < len(cuts):
            cuts[row] -= max(0, start - edge) // unit
    if len(lefts) < LAYOUT_ROWS or len(rights) < LAYOUT_ROWS:
        return None
    if statistics.median(rights) < LAYOUT_RIGHT_MIN:
        return None
    # (on pdftotext's grid a gutter is as many cells as the column's pitch less its Chinese
    # characters, so the left column fills its own widest line, not the gutter's place)
    measure_of_left = gutter if unit == 1 else max(lefts)
    if statistics.median(lefts) < LAYOUT_FILL * measure_of_left and not _puffs_side_by_side(
        raws[index:last], cuts
    ):
        return None
    return last, cuts


def _puffs_side_by_side(raws: Sequence[str], cuts: Sequence[int]) -> bool:
    """A skybox's two puffs set side by side, each a label in capitals over its head and page
    pointer (reflow.skybox_puff: ``SPORT`` / ``Drua name 28 for Super Rugby`` / ``opener  PAGE
    44`` beside ``BUSINESS`` / …; branch en48): a region though its left column's lines are
    short. Each side's lines make one puff whole."""
    lefts = [raw[:cut].strip() for raw, cut in zip(raws, cuts, strict=True)]
    rights = [raw[cut:].strip() for raw, cut in zip(raws, cuts, strict=True)]
    if not all(lefts) or not all(rights):
        return False
    return all(
        (puff := skybox_puff(side)) is not None and puff[2] == len(side) and puff[3] is not None
        for side in (lefts, rights)
    )


# --- A grid of four columns or more whose lines do not keep step --------------------------------
#
# On a page of many columns the columns' lines rarely share their baselines: ``pdftotext
# -layout`` then prints a line of one column alone at its place, the next line of another
# column alone at its own, and a head set across three columns (or a caption) beside the
# fourth column's lines (branch en50: "Linden highway to be" … "Mahaicony get" / "IN TODAY'S
# TRIBUNE" at the fifth column's place / "widened to four lanes" / …). The page's columns are
# then read from the places where many of its lines' runs of text start (the grid), and each
# run of lines whose every piece of text starts on the grid (a band: blank lines inside it kept
# out, GRID_ROW_BREAK blank lines or a line off the grid closing it) is put back column by
# column, each piece under the column it starts in (a head or a caption set across columns
# under its first; a piece off the grid after another closes that one's line), left to right,
# a paragraph's indent kept. Inside a column a blank line parts a new block where the page
# left room over a line opening on a capital (_part_column), and each run of a column's lines
# is numbered one by one (_close_numbers: the rows between held other columns' text). A page
# of two or three columns keeps the regions above. Every character stays.

#: The fewest lines a grid column's start is the start of a piece of text on.
GRID_LINES: Final = 5
#: The fewest columns of a grid.
GRID_COLUMNS: Final = 4
#: How far right of its column's start a piece may start: a paragraph's indented first line.
GRID_PIECE_INDENT: Final = 3
#: The blank lines that part two rows of columns (a band's end).
GRID_ROW_BREAK: Final = 3
#: The fewest lines of a band holding text in two columns or more.
GRID_BAND_ROWS: Final = 3


def _pieces(raw: str) -> list[tuple[int, str]]:
    """(display column, text) of each run of text of a line parted from the next by
    GUTTER_SPACES spaces or more."""
    found: list[tuple[int, str]] = []
    start = len(raw) - len(raw.lstrip(" "))
    text = raw.rstrip()
    while start < len(text):
        gap = _GUTTER.search(text, start)
        end = gap.start() if gap else len(text)
        found.append((display_width(raw[:start]), text[start:end]))
        if gap is None:
            break
        start = gap.end()
    return found


def _grid(pieces: Sequence[list[tuple[int, str]]]) -> list[int]:
    """The page's column starts: the places GRID_LINES lines or more start a piece of text at,
    a place within GRID_PIECE_INDENT right of another taken as that one (an indented first line)."""
    counts: dict[int, int] = {}
    for line in pieces:
        if len(line) >= 2:
            for column, _text in line:
                counts[column] = counts.get(column, 0) + 1
    starts: list[int] = []
    for column in sorted(counts):
        if starts and column - starts[-1] <= GRID_PIECE_INDENT:
            continue
        if counts[column] >= GRID_LINES:
            starts.append(column)
    return starts


def _grid_column(starts: Sequence[int], column: int) -> int | None:
    """The index of the grid column a piece starting at ``column`` is under, or None."""
    for index, start in enumerate(starts):
        if start <= column <= start + GRID_PIECE_INDENT:
            return index
    return None


def _grid_rows(rows: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The page's lines with each band of a grid of GRID_COLUMNS columns or more put back
    column by column (see above), or None when the page has no such grid or band."""
    pieces = [_pieces(raw) if raw.strip() else [] for _number, raw in rows]
    starts = _grid(pieces)
    if len(starts) < GRID_COLUMNS:
        return None
    result: list[tuple[int, str]] = []
    found = False
    index = done = 0
    while index < len(rows):
        end = _band_end(pieces, starts, index)
        if end is None:
            result.append(rows[index])
            index += 1
            continue
        found = True
        # (the band takes the lines on the grid just above its first line of two pieces: a
        # fourth column's head set higher than the lead's, "Rice farmers at" over "Linden
        # highway to be   Mahaicony get")
        first = _band_top(pieces, starts, index, done)
        del result[len(result) - (index - first) :]
        result.extend(_band_columns(rows[first:end], pieces[first:end], starts))
        index = done = end
    return result if found else None


def _band_top(
    pieces: Sequence[list[tuple[int, str]]], starts: Sequence[int], index: int, done: int
) -> int:
    """The first line of the band whose first line of two pieces is ``index``: the lines on
    the grid (every piece starting on it) straight above, fewer than GRID_ROW_BREAK blank lines
    between them, down to line ``done`` (the last band's end); leading blank lines left out."""
    top = index
    at = index - 1
    blanks = 0
    while at >= done:
        line = pieces[at]
        if not line:
            blanks += 1
            if blanks >= GRID_ROW_BREAK:
                break
        elif all(_grid_column(starts, column) is not None for column, _text in line):
            blanks = 0
            top = at
        else:
            break
        at -= 1
    return top


def _band_end(
    pieces: Sequence[list[tuple[int, str]]], starts: Sequence[int], index: int
) -> int | None:
    """One past the last line of the band opening at line ``index`` (a line of two pieces or
    more, each on the grid), or None. A line whose first piece is off the grid closes it; a
    later piece off the grid is the text its column's line closes on (_band_columns)."""
    opening = pieces[index]
    if len(opening) < 2 or any(_grid_column(starts, column) is None for column, _t in opening):
        return None  # (most lines; a masthead's date, number and price line is off the grid)
    end = last = index
    blanks = 0
    rows = 0
    while end < len(pieces):
        line = pieces[end]
        if not line:
            blanks += 1
            if blanks >= GRID_ROW_BREAK:
                break
            end += 1
            continue
        if _grid_column(starts, line[0][0]) is None:
            break
        blanks = 0
        rows += sum(_grid_column(starts, column) is not None for column, _text in line) >= 2
        end += 1
        last = end
    return last if rows >= GRID_BAND_ROWS else None


def _band_columns(
    rows: Sequence[tuple[int, str]],
    pieces: Sequence[list[tuple[int, str]]],
    starts: Sequence[int],
) -> list[tuple[int, str]]:
    """A band's pieces column by column, each column's in its lines' order, a blank line
    between two columns unless the first runs on into the next (_runs_on)."""
    columns: list[list[tuple[int, str]]] = [[] for _start in starts]
    for (number, _raw), line in zip(rows, pieces, strict=True):
        at = -1
        reach = 0  # (the display column the line's last piece ends at)
        for column, text in line:
            under = _grid_column(starts, column)
            if under is None:
                # (a piece off the grid is in the column it stands in: it closes that column's
                # line, as a box's page number set flush right, "Gold declarations up     7",
                # or stands alone there when the line holds nothing else of that column)
                under = max(k for k, start in enumerate(starts) if start <= column)
                if under == at:
                    held, before = columns[at][-1]
                    columns[at][-1] = (held, before + " " * (column - reach) + text)
                    reach = column + display_width(text)
                    continue
            at = under
            reach = column + display_width(text)
            # (a paragraph's indent kept: the spaces between the column's start and the piece)
            columns[at].append((number, " " * (column - starts[at]) + text))
    out: list[tuple[int, str]] = []
    columns = [_part_column(taken) for taken in columns]
    columns = [_close_numbers(taken) for taken in columns]
    filled = [taken for taken in columns if taken]
    for k, taken in enumerate(filled):
        out.extend(taken)
        if k + 1 < len(filled) and not _runs_on(taken, filled[k + 1]):
            out.append((taken[-1][0], ""))
    out.append((rows[-1][0], ""))
    return out


#: The source lines between two pieces of a column that part them whatever closes the first.
GRID_PART_LINES: Final = 6


def _part_column(taken: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A column's pieces with a blank line before each that opens a new block where the page
    left room above it: a line opening on a capital, not indented (an indented line opens a
    paragraph of the same story), two source lines or more under the column's last piece,
    which closed its sentence (or a bracket: a caption's credit, "(Photo by …)"; or the line
    is a label in capitals, "IN BRIEF"), or GRID_PART_LINES lines or more under it whatever
    closed it ("… on Sheriff Street." / "Passport office hours": a brief's head; "… Minister
    says" / "Traffic backs up at …": a caption under a deck). The page's other columns filled
    the lines between."""
    out: list[tuple[int, str]] = []
    for number, text in taken:
        if out and text[:1].isupper():
            held, above = out[-1]
            gap = number - held
            closed = ends_sentence(above.strip()) or above.rstrip().endswith(")")
            label = text.isupper()  # (a label in capitals: "IN BRIEF", "PUBLIC NOTICE")
            if gap >= GRID_PART_LINES or (gap >= 2 and (closed or label)):
                out.append((held, ""))
        out.append((number, text))
    return out


def _close_numbers(taken: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A column's pieces numbered one by one from the first of each run (the pieces between two
    blank lines _part_column put in): the source lines between two of them held the other
    columns' text, not furniture taken out, and a head's lines set in large type over rows of
    the other columns' text (``Rice farmers at`` on row 12, ``Mahaicony get`` on 13, ``new
    drainage`` on 20) are one head's, as the parser reads lines whose numbers touch
    (reflow's title joins, assemble.TOUCHING_LINES). A band's line numbers are so the rows of
    its columns' own lines, not the page's text rows, from each run's first row on."""
    out: list[tuple[int, str]] = []
    for number, text in taken:
        if out and text and out[-1][1]:
            number = out[-1][0] + 1
        out.append((number, text))
    return out
