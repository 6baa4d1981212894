"""Term highlighting as plain data: which slices of a text each search term covers.

Chinese (and other CJK) terms match as plain substrings, Simplified and Traditional alike: each
Chinese character of a term matches every character that folds as it does
(:func:`reader.text.script.script_variants`, the fold the search index makes), so 台风 marks 颱風
in the text as printed; in whole-word mode a CJK hit must start and
end on a word boundary cut by jieba. Latin terms match case-insensitively; in whole-word mode a hit
must not touch a letter or digit on either side (a ``\\b`` that also treats CJK characters as
boundaries, so "AI" is a word in "发展AI技术"). The view decides how to draw the spans.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.model import Article, Issue
from reader.text.script import is_cjk_letter, script_variants

#: Returns the word-boundary offsets of a text (see ``reader.text.segment.Segmenter.boundaries``).
BoundaryFunction = Callable[[str], "frozenset[int] | set[int]"]


def contains_cjk(text: str) -> bool:
    return any(is_cjk_letter(c) for c in text)


def mostly_cjk(text: str, sample: int = 400) -> bool:
    """True when most letters in the first ``sample`` characters are CJK."""
    cjk = latin = 0
    for char in text[:sample]:
        if is_cjk_letter(char):
            cjk += 1
        elif char.isalpha():
            latin += 1
    return cjk > 0 and cjk * 2 >= latin


def _is_latin_word_char(char: str) -> bool:
    return char.isalnum() and not is_cjk_letter(char)


@dataclass(frozen=True, slots=True)
class Span:
    """A hit: ``text[start:end]`` matches term number ``term`` (its index in the term list)."""

    start: int
    end: int
    term: int


def parse_terms(text: str) -> tuple[str, ...]:
    """Split what the reader typed into terms: spaces or commas separate, quotes keep a phrase.

    Duplicates (ignoring case) are dropped, keeping the first; the order sets each term's colour.
    """
    cleaned = text.replace("，", ",").replace("、", ",").replace(",", " ").replace("\u3000", " ")
    cleaned = cleaned.replace("“", '"').replace("”", '"')
    import shlex  # only once terms are typed: off the window's start-up path

    try:
        parts = shlex.split(cleaned, posix=True)
    except ValueError:  # an unbalanced quote while the reader is still typing
        parts = cleaned.replace('"', " ").split()
    seen: set[str] = set()
    terms: list[str] = []
    for part in parts:
        term = " ".join(part.split())
        if term and term.casefold() not in seen:
            seen.add(term.casefold())
            terms.append(term)
    return tuple(terms)


def _char_pattern(char: str) -> str:
    """``char`` as a regular expression: a class of its forms in both Chinese scripts."""
    forms = script_variants(char) if is_cjk_letter(char) else char
    return re.escape(char) if len(forms) == 1 else f"[{forms}]"


def _piece_pattern(piece: str) -> str:
    if piece.isascii() or not contains_cjk(piece):
        return re.escape(piece)
    return "".join(_char_pattern(char) for char in piece)


def _term_pattern(term: str) -> re.Pattern[str]:
    # Runs of whitespace in a phrase match any whitespace, so "New York" finds "New\nYork".
    pieces = [_piece_pattern(piece) for piece in term.split()]
    return re.compile(r"\s+".join(pieces), re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _variant_pattern(needle: str) -> re.Pattern[str] | None:
    """``needle`` with a class for each character written otherwise in the other Chinese
    script; None when it has no such character (a plain substring search finds it all)."""
    if needle.isascii() or not any(len(script_variants(c)) > 1 for c in needle):
        return None
    return re.compile(_piece_pattern(needle))


def count_term(folded: str, needle: str, *, latin_word: bool = False) -> int:
    """How often ``needle`` occurs in ``folded`` (both through :func:`fold_for_count`).

    For ranking, where a count is enough and speed is everything: a plain substring search
    (``str.find``, no regular expression), unless ``needle`` has a Chinese character written
    otherwise in the other script (then its forms as a class, as :func:`find_spans` matches:
    a third of the cost of folding the text). With ``latin_word`` (a Latin term in whole-word
    mode) a hit next to a letter or digit is not counted, as :func:`find_spans` would not.
    """
    if not needle:
        return 0
    if not latin_word:
        pattern = _variant_pattern(needle)
        if pattern is not None:
            return sum(1 for _ in pattern.finditer(folded))
        return folded.count(needle)
    count, at, size = 0, folded.find(needle), len(needle)
    while at >= 0:
        before = folded[at - 1] if at else " "
        after = folded[at + size] if at + size < len(folded) else " "
        if not _is_latin_word_char(before) and not _is_latin_word_char(after):
            count += 1
        at = folded.find(needle, at + size)
    return count


def first_hit(folded: str, needle: str) -> int:
    """Where ``needle`` first occurs in ``folded`` (both lower-cased), in either Chinese
    script, as :func:`count_term` counts it; -1 when nowhere."""
    pattern = _variant_pattern(needle)
    if pattern is None:
        return folded.find(needle)
    match = pattern.search(folded)
    return -1 if match is None else match.start()


def fold_for_count(text: str, *, spaces: bool = True) -> str:
    """``text`` lower-cased and, with ``spaces``, every run of white space made one space (so a
    phrase's words match across a line break; see :func:`count_term`)."""
    lowered = text.lower()
    return " ".join(lowered.split()) if spaces else lowered


def find_spans(
    text: str,
    terms: Sequence[str],
    *,
    whole_words: bool = False,
    boundaries: BoundaryFunction | None = None,
) -> list[Span]:
    """Every hit of ``terms`` in ``text``, sorted and not overlapping.

    Where two terms' hits overlap, the one starting first (then the longer) wins. In whole-word
    mode a CJK term needs ``boundaries`` (jieba's cuts); without them it falls back to substring
    matching, which is what the reader sees until the dictionary has loaded. A Chinese term
    matches in either script (台风 marks 颱風, 圖書館 marks 图书馆).
    """
    if not text or not terms:
        return []
    candidates: list[Span] = []
    cuts: frozenset[int] | set[int] | None = None
    for index, term in enumerate(terms):
        if not term:
            continue
        cjk_term = contains_cjk(term)
        for match in _term_pattern(term).finditer(text):
            start, end = match.span()
            if whole_words:
                if cjk_term and boundaries is not None:
                    if cuts is None:
                        cuts = boundaries(text)
                    if start not in cuts or end not in cuts:
                        continue
                if not cjk_term:
                    if start > 0 and _is_latin_word_char(text[start - 1]):
                        continue
                    if end < len(text) and _is_latin_word_char(text[end]):
                        continue
            candidates.append(Span(start, end, index))
    candidates.sort(key=lambda s: (s.start, -(s.end - s.start), s.term))
    spans: list[Span] = []
    last_end = 0
    for span in candidates:
        if span.start >= last_end:
            spans.append(span)
            last_end = span.end
    return spans


def count_hits(
    article: Article,
    terms: Sequence[str],
    *,
    whole_words: bool = False,
    boundaries: BoundaryFunction | None = None,
) -> list[int]:
    """Hits per term across everything the pane shows of ``article`` (one count per term)."""
    counts = [0] * len(terms)
    if not terms:
        return counts
    for text in article.display_texts:
        for span in find_spans(text, terms, whole_words=whole_words, boundaries=boundaries):
            counts[span.term] += 1
    return counts


@dataclass(frozen=True, slots=True)
class HitCounts:
    """How often the terms occur in an issue: per row of the headline list and per term."""

    #: Which request this answers (the window drops answers to requests it has replaced).
    generation: int
    #: Row id (article id, or a page's ``unplaced_id``) -> hits in it.
    per_row: dict[str, int]
    #: Hits per term across the issue, in the order of the terms.
    per_term: list[int]


def count_issue_hits(
    generation: int,
    issue: Issue,
    terms: Sequence[str],
    whole_words: bool,
    boundaries: Callable[[str], frozenset[int]] | None,
) -> HitCounts:
    """Hits of ``terms`` in every article and every page's unplaced text of ``issue``.

    Plain and Qt-free; the window runs it in a worker (jieba's cuts can be slow).
    """
    per_row: dict[str, int] = {}
    per_term = [0] * len(terms)
    for page in issue.pages:
        for article in page.articles:
            counts = count_hits(article, terms, whole_words=whole_words, boundaries=boundaries)
            per_row[article.id] = sum(counts)
            per_term = [a + b for a, b in zip(per_term, counts, strict=True)]
        if page.unplaced:
            total = 0
            for line in page.unplaced:
                for span in find_spans(line, terms, whole_words=whole_words, boundaries=boundaries):
                    per_term[span.term] += 1
                    total += 1
            per_row[page.unplaced_id] = total
    return HitCounts(generation, per_row, per_term)


def shown_offsets(source: str, shown: str) -> list[int] | None:
    """Where each offset of ``source`` (page text) falls in ``shown``, the same text as an
    HTML paragraph lays it out: runs of white space collapsed (a line break is U+2028, a
    ``\\r\\n`` one break). The list has ``len(source) + 1`` entries (the last is the end); a
    character dropped by the collapse maps to where its run went. None when ``shown`` is not
    such a copy of ``source`` (some other character changed): the caller marks nothing.
    """
    if "\r" not in source and source.replace("\n", "\u2028") == shown:
        return list(range(len(source) + 1))
    offsets: list[int] = []
    j = 0
    end = len(shown)
    for char in source:
        while True:
            if j < end and (char == shown[j] or (char == "\n" and shown[j] == "\u2028")):
                offsets.append(j)
                j += 1
                break
            if char.isspace():  # collapsed away (or its run's space is still to come)
                offsets.append(j)
                break
            if j < end and shown[j].isspace():  # a space the layout kept from an earlier run
                j += 1
                continue
            return None
    while j < end and shown[j].isspace():
        j += 1
    if j != end:
        return None
    offsets.append(j)
    return offsets
