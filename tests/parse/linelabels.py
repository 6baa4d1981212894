"""Line roles from an annotation: which field of which article each OCR line of a page prints.

    python -m tests.parse.linelabels [EXPECT FILES] [--show]

The dev set (tests/data/dev/README.md) writes articles as texts, not lines. ``align`` walks a
page's lines in order and finds each one in the expected texts (normalised as the scorer
normalises them), preferring the text the previous line was in, so that a line is labelled with
the field it prints: ``HEAD`` (first line of a headline), ``HEAD_CONT``, ``KICKER``, ``DECK``,
``BYLINE``, ``DATELINE``, ``CREDIT``, ``ITEM_START`` (first line of an article that opens with a
paragraph, no title above it), ``PARA_START`` (first line of a paragraph), ``PARA_CONT``,
``CAPTION`` (a caption's lines), ``TEASER`` (first line of a teaser), ``TEASER_CONT``,
``FURN`` (furniture) or ``OTHER`` (garbage the annotation left out, or a line it could not
find). A line shared by two fields (a dateline running into the first paragraph) takes the
first.

The same aligner labels the parser's own output (``rules_labels``), so that the rules and a
trained model are judged the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reader.model import Page
from reader.parse.decode import decode_page
from reader.parse.formats import read_page
from tests.parse.devset import DevPage, expect_files, load_dev_page, normalise

LABELS = (
    "FURN",
    "KICKER",
    "HEAD",
    "HEAD_CONT",
    "DECK",
    "BYLINE",
    "DATELINE",
    "CREDIT",
    "ITEM_START",
    "PARA_START",
    "PARA_CONT",
    "CAPTION",
    "TEASER",
    "TEASER_CONT",
    "OTHER",
)
#: Lines shorter than this (normalised) are looked for only where the previous line left off
#: or at the start of a text: a short line ("a", "1916") would match almost anywhere.
MIN_FREE_SEARCH = 4
#: A line not found whole is looked for by its first characters (OCR spacing, an annotator's
#: dropped fragment at its end).
PREFIX_PROBE = 10


@dataclass(frozen=True)
class PageLine:
    """One non-blank line of a page, as the parser reads it."""

    #: Index among all lines of the decoded page (blank ones counted).
    number: int
    text: str
    #: A blank line comes right before it.
    blank_before: bool


@dataclass
class _Segment:
    """One expected text, with how far the lines found in it have reached."""

    kind: str  # field name: kicker, headline, deck, byline, dateline, paragraph, credit, furniture
    article: int  # -1 for furniture
    article_kind: str
    text: str
    #: The article's first printed field is this paragraph (a headless item).
    opens_article: bool = False
    cursor: int = 0


def page_lines(text: str) -> list[PageLine]:
    """The non-blank lines of decoded page text."""
    out: list[PageLine] = []
    blank = True
    for number, line in enumerate(text.split("\n")):
        if not line.strip():
            blank = True
            continue
        out.append(PageLine(number, line, blank))
        blank = False
    return out


def decoded_text(page: DevPage) -> str:
    """The page text as the parser decodes the file."""
    return decode_page(page.text.encode("utf-8"), page.path)


def _segments(articles: Sequence[Mapping[str, Any]], furniture: Sequence[str]) -> list[_Segment]:
    segments: list[_Segment] = []
    for index, article in enumerate(articles):
        kind = str(article.get("kind") or "story")
        first = True
        for name in ("kicker", "headline", "subheadline", "byline", "dateline"):
            value = article.get(name)
            if not value:
                continue
            decks = str(value).split("\n") if name == "subheadline" else [str(value)]
            for deck in decks:
                if normalise(deck):
                    segments.append(
                        _Segment(
                            "deck" if name == "subheadline" else name, index, kind, normalise(deck)
                        )
                    )
                    first = False
        for paragraph in article.get("paragraphs") or ():
            if normalise(paragraph):
                segments.append(
                    _Segment("paragraph", index, kind, normalise(paragraph), opens_article=first)
                )
                first = False
        if article.get("credit") and normalise(article["credit"]):
            segments.append(_Segment("credit", index, kind, normalise(article["credit"])))
    segments.extend(
        _Segment("furniture", -1, "furniture", normalise(line))
        for line in furniture
        if normalise(line)
    )
    return segments


def _role(segment: _Segment, position: int) -> str:
    if segment.kind == "furniture":
        return "FURN"
    if segment.article_kind == "caption" and segment.kind in ("paragraph", "credit"):
        return "CAPTION" if segment.kind == "paragraph" else "CREDIT"
    if segment.article_kind == "teaser" and segment.kind in ("headline", "paragraph", "deck"):
        return "TEASER" if position == 0 else "TEASER_CONT"
    if segment.kind == "headline":
        return "HEAD" if position == 0 else "HEAD_CONT"
    if segment.kind == "paragraph":
        if position == 0:
            return "ITEM_START" if segment.opens_article else "PARA_START"
        return "PARA_CONT"
    # (a credit may close an item that is no caption: a data box's source, "来源：…"; zh47)
    return {
        "kicker": "KICKER",
        "deck": "DECK",
        "byline": "BYLINE",
        "dateline": "DATELINE",
        "credit": "CREDIT",
    }[segment.kind]


def _variants(norm: str) -> list[str]:
    """The line's normalised text, and without a line-end hyphen (the word is printed whole)."""
    out = [norm]
    for dash in ("-", "—", "¬"):
        if norm.endswith(dash) and len(norm) > 1:
            out.append(norm[:-1])
    return out


class _Aligner:
    def __init__(self, segments: list[_Segment]) -> None:
        self.segments = segments
        self.previous: int | None = None

    def _take(self, index: int, position: int, length: int) -> str:
        segment = self.segments[index]
        segment.cursor = max(segment.cursor, position + length)
        self.previous = index
        return _role(segment, position)

    def label(self, norm: str) -> str:
        variants = _variants(norm)
        order = self._order()
        # 1. Where a text's lines left off: the previous line's text first, then the others.
        for index in order:
            segment = self.segments[index]
            for variant in variants:
                if segment.text.startswith(variant, segment.cursor):
                    return self._take(index, segment.cursor, len(variant))
        # 2. A line holding the rest of one text and the start of the next (a dateline running
        # into the first paragraph): the first text takes it; the next is consumed.
        for index in order:
            segment = self.segments[index]
            rest = segment.text[segment.cursor :]
            if rest and len(rest) >= 2 and norm.startswith(rest) and len(norm) > len(rest):
                role = self._take(index, segment.cursor, len(rest))
                after = norm[len(rest) :]
                for later in range(index + 1, len(self.segments)):
                    follow = self.segments[later]
                    if follow.article == segment.article and follow.text.startswith(
                        after[: len(follow.text)], follow.cursor
                    ):
                        follow.cursor += min(len(after), len(follow.text))
                        self.previous = later
                        break
                return role
        if len(norm) < MIN_FREE_SEARCH:
            return "OTHER"
        # 3. Anywhere in a text (an annotation that left a fragment out, lines out of order).
        probes = [*variants, norm[:PREFIX_PROBE]] if len(norm) > PREFIX_PROBE else variants
        for probe in probes:
            for index in order:
                segment = self.segments[index]
                found = segment.text.find(probe)
                if found >= 0:
                    return self._take(index, found, len(probe))
        return "OTHER"

    def _order(self) -> list[int]:
        """Segments to try: the previous line's, then those after it, then the rest."""
        count = len(self.segments)
        start = self.previous if self.previous is not None else 0
        return [(start + step) % count for step in range(count)]


def align(
    lines: Sequence[PageLine],
    articles: Sequence[Mapping[str, Any]],
    furniture: Sequence[str] = (),
) -> list[str]:
    """A role for each line (LABELS), from the articles and furniture it should give."""
    segments = _segments(articles, furniture)
    if not segments:
        return ["OTHER"] * len(lines)
    aligner = _Aligner(segments)
    labels: list[str] = []
    for line in lines:
        norm = normalise(line.text)
        labels.append(aligner.label(norm) if norm else "OTHER")
    return labels


def expected_labels(page: DevPage) -> tuple[list[PageLine], list[str]]:
    """The page's lines and their roles from its expect file."""
    lines = page_lines(decoded_text(page))
    return lines, align(lines, page.articles, page.furniture)


def parsed_page(page: DevPage) -> Page:
    """The rules parser's reading of the page (as ``broadsheet parse`` reads the file)."""
    return read_page(page.text.encode("utf-8"), page.path)


def rules_labels(page: DevPage, lines: Sequence[PageLine]) -> list[str]:
    """The roles the rules parser gives the lines: its output aligned like an annotation."""
    parsed = parsed_page(page)
    articles = [article.to_json() for article in parsed.articles]
    return align(lines, articles, parsed.furniture)


def coverage(labels: Iterable[str]) -> float:
    """Share of lines given a role other than OTHER."""
    counts = Counter(labels)
    total = sum(counts.values())
    return 1 - counts["OTHER"] / total if total else 1.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.parse.linelabels", description=__doc__.splitlines()[0]
    )
    parser.add_argument("paths", nargs="*", help="expect files or folders (default: dev set)")
    parser.add_argument("--show", action="store_true", help="print each line with its role")
    args = parser.parse_args(argv)
    total: Counter[str] = Counter()
    for path in expect_files(args.paths):
        try:
            page = load_dev_page(path)
        except LookupError:
            continue
        lines, labels = expected_labels(page)
        total.update(labels)
        print(f"{page.name}: {len(lines)} lines, {coverage(labels):.1%} labelled")
        if args.show:
            for line, label in zip(lines, labels, strict=True):
                print(f"  {label:<10} {line.text}")
    print(f"all: {sum(total.values())} lines, {coverage(total.elements()):.1%} labelled")
    print(", ".join(f"{name} {total[name]}" for name in LABELS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
