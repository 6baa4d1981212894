"""Property test: the parser reads our own articles right on layouts Hypothesis draws.

Each example draws a handful of pages (a paper, a subset of its articles, a layout: width,
spacing, indentation, hyphens, order, masthead, INSIDE box, noise, CRLF), renders them with
tests/parse/layout.py, parses them as the app does and scores them with the dev-set scorer
(tests/parse/score.py) against what the generator says is on the page. The mean share of
fields right over the draw must stay at or above the floor, and no page may lose a character.

The default run is short and draws the same layouts each time. A long run of thousands of
new layouts::

    LAYOUT_EXAMPLES=500 LAYOUT_LOG=/tmp/layouts.jsonl \\
        python -m pytest -q -p no:cacheprovider tests/parse/test_layout_properties.py

(``LAYOUT_EXAMPLES`` examples of ``PAGES_PER_DRAW`` pages each; ``LAYOUT_LOG`` appends one JSON
line per page with its layout and score, for the tables in docs/layout-generator.md.)
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import asdict, replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.parse.layout import (
    HYPHENS,
    SPACINGS,
    TITLE_LEADS,
    Layout,
    Paper,
    load_paper,
    paper_names,
    render_page,
    score_rendered,
)
from tests.parse.score import Tally

PAPERS = {name: load_paper(name) for name in paper_names()}
PAGES_PER_DRAW = 8
EXAMPLES = int(os.environ.get("LAYOUT_EXAMPLES", "6"))
#: The default run draws the same layouts every time (a floor test must not flake in CI); a
#: long run (LAYOUT_EXAMPLES set) draws new ones.
DERANDOMIZE = "LAYOUT_EXAMPLES" not in os.environ
LOG = os.environ.get("LAYOUT_LOG")
#: Least mean share of fields right (the dev-set scorer's "fields") over one draw of
#: PAGES_PER_DRAW pages. Set from long runs (3,200 layouts in 400 draws; lowest draw 33.0%,
#: 37.7%, 41.0% and 36.2% in four runs; see docs/layout-generator.md); ratchet it up as rules
#: improve.
FIELD_ACCURACY_FLOOR = 0.30


@st.composite
def layouts(draw: st.DrawFn, cjk: bool) -> Layout:
    return Layout(
        width=draw(st.integers(8, 40) if cjk else st.integers(18, 70)),
        spacing=draw(st.sampled_from(SPACINGS)),
        indent=draw(st.booleans()),
        title_lead=draw(st.sampled_from(TITLE_LEADS)),
        title_span=draw(st.integers(1, 3)),
        hyphens=draw(st.sampled_from(HYPHENS)),
        scrambled=draw(st.booleans()),
        masthead=draw(st.booleans()),
        inside_box=draw(st.booleans()),
        noise=draw(st.integers(0, 4)),
        split_credit=draw(st.booleans()),
        column_break=draw(st.booleans()),
        ocr_spaces=draw(st.booleans()),
        crlf=draw(st.booleans()),
        seed=draw(st.integers(0, 2**16)),
    )


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, tuple[str, ...], Layout]:
    paper = PAPERS[draw(st.sampled_from(sorted(PAPERS)))]
    ids = [article["id"] for article in paper.articles]
    chosen = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=7, unique=True))
    return paper.name, tuple(chosen), draw(layouts(paper.cjk))


#: How each drawn-layout test runs (the floor test's settings), and what it draws.
_DRAWN = settings(
    max_examples=EXAMPLES,
    derandomize=DERANDOMIZE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_DRAWS = st.lists(pages(), min_size=PAGES_PER_DRAW, max_size=PAGES_PER_DRAW)


@_DRAWN
@given(_DRAWS)
def test_field_accuracy_over_drawn_layouts(draw: list[tuple[str, tuple[str, ...], Layout]]) -> None:
    total = Tally()
    for paper_name, article_ids, layout in draw:
        rendered = render_page(PAPERS[paper_name], article_ids, layout)
        score = score_rendered(rendered)
        assert score.tally.lost == 0, f"characters lost: {paper_name} {article_ids} {layout}"
        total.add(score.tally)
        if LOG:
            with open(LOG, "a", encoding="utf-8") as log:
                record = {"paper": paper_name, "articles": article_ids, **asdict(layout)}
                log.write(json.dumps(record | score.tally.to_json()) + "\n")
    assert total.fields >= FIELD_ACCURACY_FLOOR, f"{total.fields:.1%} of fields right"


#: A prose line closing on a stop: long, mostly lower case (no title or deck line).
_PROSE_CLOSE = re.compile(r"^(?=.{30,}$)[^A-Z]*[a-z].*[a-z][.?!][\"'”’]?$")


@_DRAWN
@given(_DRAWS)
def test_a_speck_after_a_stop_moves_no_headline(
    draw: list[tuple[str, tuple[str, ...], Layout]],
) -> None:
    """A speck OCR read as a figure after a sentence's stop ("… the village. 4") closes the line
    as the stop does: on English pages in drawn layouts, headlines come out as right with
    specks after every prose line closing on a stop as without them."""
    clean, specked = Tally(), Tally()
    for paper_name, article_ids, layout in draw:
        paper = PAPERS[paper_name]
        if paper.cjk:
            continue
        rendered = render_page(paper, article_ids, layout)
        newline = "\r\n" if "\r\n" in rendered.text else "\n"
        lines = rendered.text.split(newline)
        text = newline.join(f"{line} 4" if _PROSE_CLOSE.match(line) else line for line in lines)
        clean.add(score_rendered(rendered).tally)
        specked.add(score_rendered(replace(rendered, text=text)).tally)
    assert specked.share("headline") >= clean.share("headline") - 0.02


def _english_pairs(
    draw: list[tuple[str, tuple[str, ...], Layout]], edit: Callable[[Paper], Paper]
) -> tuple[Tally, Tally]:
    """Tallies of the drawn English pages as written and with their paper edited."""
    clean, edited = Tally(), Tally()
    for paper_name, article_ids, layout in draw:
        paper = PAPERS[paper_name]
        if paper.cjk:
            continue
        clean.add(score_rendered(render_page(paper, article_ids, layout)).tally)
        edited.add(score_rendered(render_page(edit(paper), article_ids, layout)).tally)
    return clean, edited


def _edit_paragraphs(paper: Paper, edit: Callable[[list[str]], list[str]]) -> Paper:
    articles = tuple(
        article | {"paragraphs": edit(article["paragraphs"])} for article in paper.articles
    )
    return replace(paper, articles=articles)


@_DRAWN
@given(_DRAWS)
def test_paragraphs_announcing_the_next_with_a_colon_keep_their_breaks(
    draw: list[tuple[str, tuple[str, ...], Layout]],
) -> None:
    """A paragraph closing on a colon ("… the chairman says:") before a paragraph opening in
    capitals ends where a stop would: breaks come out as right as with stops."""

    def colons(paragraphs: list[str]) -> list[str]:
        return [
            p[:-1] + ":" if p.endswith(".") and i < len(paragraphs) - 1 else p
            for i, p in enumerate(paragraphs)
        ]

    clean, edited = _english_pairs(draw, lambda paper: _edit_paragraphs(paper, colons))
    assert edited.share("paragraphs") >= clean.share("paragraphs") - 0.02


@_DRAWN
@given(_DRAWS)
def test_a_stop_before_a_small_letter_opens_no_paragraph(
    draw: list[tuple[str, tuple[str, ...], Layout]],
) -> None:
    """A stop inside a sentence (an abbreviation, a hyphen OCR read as a stop: "… a pri." /
    "vate levee") before a word in small letters ends no paragraph: with a stop put before every
    "and", paragraph breaks come out as right as without."""

    def stops(paragraphs: list[str]) -> list[str]:
        return [p.replace(" and ", ". and ") for p in paragraphs]

    clean, edited = _english_pairs(draw, lambda paper: _edit_paragraphs(paper, stops))
    assert edited.share("paragraphs") >= clean.share("paragraphs") - 0.02
