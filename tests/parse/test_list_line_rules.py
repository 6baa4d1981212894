"""A 1916 line broken inside a name or a place is no head (issue 9, branch hists50).

A list or a paragraph of a 1916 column fills its lines to the column's width, and a line may
break between a name's or a place's words: "Mr. and Mrs. A. B. Harlan, Cedar" / "Bluff,
married June 3, 1861.". Set after a closed sentence and over a line opening on a capital, such
a line read as a title-case head, and the list was cut into briefs at it. A mixed-case line
holding a clause's comma and closing on a capitalised word, under prose, over a line opening
on a capitalised word and a comma, is prose (``reflow._name_broken_in_clause``), and so is
such a line opening on a courtesy title with no comma ("Mr. and Mrs. W. H. Gorsuch" / "Leon,
married May 17, 1863."). Near misses
keep their heads: a deck's line under its head, and a head over its dispatch's dateline. The
pages are set as Chronicling America prints them: unindented lines, no blank line; the text
is invented."""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text

#: A story listing couples, each entry broken inside its town's name.
_WEDDINGS = [
    "GOLDEN WEDDINGS IN THE COUNTY",
    "The following couples of the county",
    "have been married fifty years or more,",
    "as the clerk's books show them.",
    "Mr. and Mrs. A. B. Harlan, Cedar",
    "Bluff, married June 3, 1861.",
    "Mr. and Mrs. John Petty, Elm",
    "Grove, married May 9, 1863.",
    "Mr. and Mrs. S. T. Ruble, Lone",
    "Tree, married Oct. 12, 1864.",
    "Mr. and Mrs. W. H. Gorsuch",
    "Leon, married May 17, 1863.",
]

#: A paragraph broken inside a church's name.
_OBITUARY = [
    "AGED RESIDENT DIES",
    "Martin Ewell died at his home on Walnut",
    "street Tuesday, aged 81 years. He is",
    "survived by two sons and a daughter.",
    "Rev. Amos Ewell, pastor of the Grace",
    "Chapel, at Millbrook, and Ira Ewell of",
    "this city, were at his bedside.",
]


def _articles(*lines: str) -> list[Article]:
    return list(parse_page_text("\n".join(lines) + "\n").articles)


def test_list_entry_broken_inside_a_town_stays_in_its_story() -> None:
    articles = _articles(*_WEDDINGS)
    assert len(articles) == 1
    (story,) = articles
    assert story.headline == "GOLDEN WEDDINGS IN THE COUNTY"
    assert "Lone Tree, married Oct. 12, 1864." in " ".join(story.paragraphs)
    assert "Gorsuch Leon, married May 17, 1863." in " ".join(story.paragraphs)


def test_sentence_broken_inside_a_name_stays_in_its_paragraph() -> None:
    articles = _articles(*_OBITUARY)
    assert [a.headline for a in articles] == ["AGED RESIDENT DIES"]
    assert "pastor of the Grace Chapel, at Millbrook" in " ".join(articles[0].paragraphs)


def test_a_decks_line_under_its_head_stays_a_deck() -> None:
    articles = _articles(
        *_WEDDINGS,
        "FARMER HURT IN FALL",
        "Henry Walsh, Aged Sixty Years",
        "Old, Breaks Arm on Ice.",
        "Henry Walsh slipped on the ice at his",
        "barn door Monday and broke his arm.",
    )
    farmer = articles[-1]
    assert farmer.headline == "FARMER HURT IN FALL"
    assert farmer.subheadline is not None and "Henry Walsh, Aged Sixty Years" in farmer.subheadline


def test_a_head_over_its_dispatch_stays_a_head() -> None:
    articles = _articles(
        *_WEDDINGS,
        "Mill Burns at Dover, Delaware",
        "Dover, Del., Feb. 3.-Fire destroyed",
        "the Acme flour mill here last night.",
    )
    assert articles[-1].headline == "Mill Burns at Dover, Delaware"


def test_a_two_line_head_over_its_dispatch_stays_a_head() -> None:
    articles = _articles(
        "SNOW STORM IN NEW ENGLAND",
        "A snow storm which began yesterday in",
        "southeastern New England had extended",
        "to the Canadian border to-day with the",
        "heaviest fall in this city and moderate",
        "gales off the coast, the bureau reported.",
        "Walter Crane, Elm Grove Harness",
        "Maker, Dead.",
        "Elm Grove, Feb. 3. Walter Crane, for",
        "many years a harness maker of this",
        "town, died yesterday at his home.",
    )
    crane = articles[-1]
    assert crane.headline == "Walter Crane, Elm Grove Harness Maker, Dead."
    assert crane.dateline is not None and crane.dateline.startswith("Elm Grove, Feb. 3")
