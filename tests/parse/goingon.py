"""Survey heads set over a sentence going on.

``broadsheet parse --jsonl … | python -m tests.parse.goingon [--list]``

OCR of a 1916 page sometimes drops a neighbouring column's head into the middle of a story
(``81 INDICTMENTS`` / ``IN GRAND JURY'S`` / ``PINAL REPORT`` between "… consider armed merchant
shins of the" and "to get It; that II needed a real merchant marine …"): the head then heads
the rest of the column, and the story's end is read as another story (issue 9, branch
``shift24``: a head given to the neighbouring story). This tool looks in the parser's own output
(never an annotation, so it runs on unseen pages) for the shape a rule would fire on — a headed
article whose first paragraph opens on a word in small letters that the page prints whole — and
sorts each candidate by how the article printed above it (by source line) ends:

- ``open``: on a word no sentence ends on (``classify.RUN_ON_WORDS``: "of the", "… will") or a
  word broken by a hyphen, the last ``TAIL_CHARS`` characters little noise — the strict shape;
- ``unended``: on no stop (a figure, a name, OCR noise);
- ``closed``: on a stop, or nothing above.

A candidate whose opening is no prose (fewer than ``PROSE_WORDS`` words or content words, more
noise than ``NOISE``, more than half its content words capitalised: a deck's tail whose capital
OCR lost) is counted apart as ``not prose``. ``--list`` prints each candidate with the seam to
read against the page text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reader.parse.classify import RUN_ON_WORDS, capitalised_words, noise_share
from reader.parse.decode import decode_page
from reader.text.cjk import ends_sentence, page_vocabulary
from tests.parse.rowheads import in_order, jsonl_parser, records

Article = Mapping[str, Any]

#: An opening in small letters: a word of two letters or more, first thing in the paragraph.
_OPENS_SMALL = re.compile(r"([a-z]{2,})\b")
#: Characters of the opening read for the prose tests, and of the text above for its noise.
OPENING_CHARS = 200
TAIL_CHARS = 60
#: The prose tests: words and content words at least, noise at most.
PROSE_WORDS = 3
PROSE_CONTENT = 2
NOISE = 0.2
CLASSES = ("open", "unended", "closed", "not prose")


def opening_word(article: Article, vocabulary: frozenset[str]) -> str | None:
    """The word in small letters the article's first paragraph opens on, when the page prints
    it whole (a dateline's place whose capital OCR lost, ``behlin``, is no word of the page)."""
    paragraphs = article.get("paragraphs") or ()
    found = _OPENS_SMALL.match(paragraphs[0]) if paragraphs else None
    if found is None or found.group(1) not in vocabulary:
        return None
    return found.group(1)


def is_prose(text: str) -> bool:
    """Whether an opening reads as a sentence's words, not a deck's or OCR's."""
    opening = text[:OPENING_CHARS]
    content, capitalised = capitalised_words(opening)
    return (
        len(opening.split()) >= PROSE_WORDS
        and content >= PROSE_CONTENT
        and 2 * capitalised <= content
        and noise_share(opening) <= NOISE
    )


def ending(above: Article | None) -> str:
    """How the text of the article above ends: ``open``, ``unended`` or ``closed``."""
    paragraphs = (above or {}).get("paragraphs") or ()
    if not paragraphs or ends_sentence(paragraphs[-1]):
        return "closed"
    tail = paragraphs[-1].rstrip()[-TAIL_CHARS:]
    words = tail.split()
    if words and noise_share(tail) <= NOISE:
        last = words[-1]
        broken = last.endswith("-") and last[:-1].isalpha() and last[:-1].islower()
        if broken or last in RUN_ON_WORDS:
            return "open"
    return "unended"


def candidates(
    articles: Sequence[Article], vocabulary: frozenset[str]
) -> list[tuple[str, Article | None, Article]]:
    """(class, article above, headed article) for each headed article opening in small letters;
    ``articles`` in the order of their source lines."""
    found = []
    for index, article in enumerate(articles):
        if not article.get("headline") or opening_word(article, vocabulary) is None:
            continue
        above = articles[index - 1] if index else None
        prose = is_prose(article["paragraphs"][0])
        found.append((ending(above) if prose else "not prose", above, article))
    return found


def _seam(above: Article | None, article: Article) -> str:
    tail = " ".join((above or {}).get("paragraphs") or ())[-70:]
    head = (article.get("headline") or "")[:50]
    return f"{tail!r} / {head!r} {article.get('source_lines')} / {article['paragraphs'][0][:70]!r}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = jsonl_parser("tests.parse.goingon", __doc__)
    parser.add_argument("--list", action="store_true", help="print every candidate's seam")
    args = parser.parse_args(argv)
    totals: Counter[str] = Counter()
    pages = headed = 0
    for record in records(args.jsonl):
        pages += 1
        source = Path(record["source"])
        vocabulary = page_vocabulary(decode_page(source.read_bytes(), source))
        articles = in_order(record["page"]["articles"])
        headed += sum(bool(a.get("headline") and a.get("paragraphs")) for a in articles)
        for kind, above, article in candidates(articles, vocabulary):
            totals[kind] += 1
            if args.list:
                print(f"{kind}: {source.parent.name}/{source.name}: {_seam(above, article)}")
    counts = ", ".join(f"{kind} {totals[kind]}" for kind in CLASSES)
    print(f"{pages} pages, {headed} headed articles with text; opening in small letters: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
