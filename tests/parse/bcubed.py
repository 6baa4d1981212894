"""Article membership of pages parsed from geometry, as B-cubed precision, recall and F1.

Run: ``python -m tests.parse.bcubed``. Each page is parsed WITHOUT article structure (the one
geometry path for ALTO and hOCR; the text path for the text twin) and compared with a truth:
the articles its METS defines (BL, BnF page 1: read through the METS reader, which the METS
tests hold to be exact) or the articles annotated by reading in the development set
(tests/data/dev: the Tribune's text, the Tesseract text of the 1920 Evening Star).

Items are the words that occur once on the page (five letters or more, case folded), so that
each item belongs to exactly one true article and to at most one parsed one; a word the parse
puts outside every article (furniture, unplaced) is an article of its own. For each item,
precision is the share of its parsed article's items that share its true article, recall the
share of its true article's items that share its parsed article (Bagga and Baldwin, 1998).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.model import Article, Page
from reader.parse import load_issue
from reader.parse.decode import read_page_bytes
from reader.parse.formats import read_page

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
DEV = ROOT / "tests" / "data" / "dev"
_WORD = re.compile(r"[^\W\d_]{5,}")


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def article_words(article: Article | dict) -> list[str]:
    if isinstance(article, dict):
        fields = ("kicker", "headline", "subheadline", "byline", "dateline", "credit")
        texts = [article.get(f) or "" for f in fields] + list(article.get("paragraphs") or [])
    else:
        texts = list(article.printed_texts)
    return [w for text in texts for w in words(text)]


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    items: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def bcubed(truth: Sequence[Sequence[str]], parsed: Sequence[Sequence[str]]) -> Score:
    """B-cubed over the words unique on the page (see the module docstring)."""
    counts = Counter(w for cluster in truth for w in cluster)
    counts_parsed = Counter(w for cluster in parsed for w in cluster)
    true_of = {w: i for i, cluster in enumerate(truth) for w in cluster if counts[w] == 1}
    parsed_of = {w: i for i, cluster in enumerate(parsed) for w in cluster if counts_parsed[w] == 1}
    items = list(true_of)
    if not items:
        return Score(0.0, 0.0, 0)
    # Words the parse placed in no article (or twice) are each an article of their own.
    assigned = {w: parsed_of.get(w, f"alone:{w}") for w in items}
    true_size = Counter(true_of[w] for w in items)
    parsed_size = Counter(assigned[w] for w in items)
    both = Counter((true_of[w], assigned[w]) for w in items)
    precision = sum(both[true_of[w], assigned[w]] / parsed_size[assigned[w]] for w in items)
    recall = sum(both[true_of[w], assigned[w]] / true_size[true_of[w]] for w in items)
    return Score(precision / len(items), recall / len(items), len(items))


def page_clusters(page: Page) -> list[list[str]]:
    return [article_words(a) for a in page.articles]


def parse_without_structure(path: Path) -> Page:
    """The page as a lone file of its format: no METS, so geometry (or text) decides."""
    return read_page(read_page_bytes(path), path)


def dev_truth(name: str) -> tuple[list[list[str]], Path]:
    data = json.loads((DEV / name).read_text(encoding="utf-8"))
    return [article_words(a) for a in data["articles"]], CORPUS / data["source"]["corpus"]


def cases() -> Iterable[tuple[str, list[list[str]], Path]]:
    bl = CORPUS / "mets" / "bl-antigallican-1811-01-27"
    bnf = CORPUS / "mets" / "bnf-jdpl-1821-08-01"
    for label, mets, alto in (
        ("BL 1811 p1, ALTO (truth: METS)", bl, bl / "0002364_18110127_0001.xml"),
        ("BnF 1821 p1, ALTO (truth: METS)", bnf, bnf / "ALTO" / "18210801_1-0001.xml"),
    ):
        yield label, page_clusters(load_issue(mets).pages[0]), alto
    tribune, tribune_text = dev_truth("real-text-nytribune-1903-05-01.expect.json")
    yield (
        "NY Tribune 1903 p1, ABBYY ALTO (truth: dev set)",
        tribune,
        (CORPUS / "alto" / "chronam-nytribune-1903-05-01-p1.alto.xml"),
    )
    yield "NY Tribune 1903 p1, its plain text (truth: dev set)", tribune, tribune_text
    star, star_text = dev_truth("real-hocr-eveningstar-1920-11-15.expect.json")
    hocr = CORPUS / "hocr"
    yield (
        "Evening Star 1920 p1, Tesseract hOCR (truth: dev set)",
        star,
        (hocr / "chronam-eveningstar-1920-11-15-p1.tesseract.hocr"),
    )
    yield (
        "Evening Star 1920 p1, Tesseract ALTO (truth: dev set)",
        star,
        (hocr / "chronam-eveningstar-1920-11-15-p1.tesseract.alto.xml"),
    )
    yield "Evening Star 1920 p1, Tesseract text (truth: dev set)", star, star_text


def measure() -> list[tuple[str, Score]]:
    return [
        (label, bcubed(truth, page_clusters(parse_without_structure(path))))
        for label, truth, path in cases()
    ]


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit(f"corpus not found at {CORPUS}")
    print("| page (parsed without article structure) | words | B³ precision | B³ recall | B³ F1 |")
    print("|---|---|---|---|---|")
    for label, score in measure():
        print(
            f"| {label} | {score.items} | {score.precision:.3f} | {score.recall:.3f} | "
            f"{score.f1:.3f} |"
        )


if __name__ == "__main__":
    main()
