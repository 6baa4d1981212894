"""A deck printed between a story's head and its body goes back into the stack (``heads27``).

A 1916 daily sets a capitals head, a mixed-case deck over short lines, often a wire's credit,
then the story. When the head was attached to the story over the deck, the deck's first line
was read as a title of its own and its other lines as that title's paragraph: an item of its
own, listed before the story, though printed inside its stack.
"""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text

#: The close of the story above, as a real page prints it.
_ABOVE = (
    "mission by dropping bombs.\n"
    "It will be recalled that last year\n"
    "a giant cannon bombarded Dun\n"
    "kirk from a point 22 miles away,\n"
    "but after a raid by combined British\n"
    "and French aeroplane squadrons bo\n"
    "hind the Germa'n lines nothing more\n"
    "was heard of the monster guns.\n"
)
#: The story under the stack, opening on its dateline.
_STORY = (
    "XFW YORK. Feb. 10. Belvidere\n"
    "E. Brooks, vice president and gen\n"
    "eral manager of the Western Union\n"
    "Telegraph Co., died suddenly at his\n"
    "home here today.\n"
    "Mr. Brooks died at hi residence\n"
    "on Riverside dr. He was at his desk\n"
    "yesterday and did not complain of\n"
)


def _articles(*stack: str) -> list[Article]:
    return list(parse_page_text(_ABOVE + "".join(f"{line}\n" for line in stack) + _STORY).articles)


def test_a_deck_cut_out_of_its_stack_goes_back_under_the_head() -> None:
    """South Bend News-Times, 10 February 1916, as OCR read it."""
    articles = _articles(
        "VICE PRESIDENT OF",
        "WESTERN UNION DIES",
        "llelvldere I'. Brooks Ilntered Service",
        "of Company as Mes",
        "senger Hoy.",
        "Ir.trm:ithn:il News Service:",
    )
    assert len(articles) == 2
    story = articles[-1]
    assert story.headline == "VICE PRESIDENT OF WESTERN UNION DIES"
    assert story.subheadline is not None
    assert story.subheadline.startswith("llelvldere I'. Brooks Ilntered Service of Company")
    assert story.byline == "Ir.trm:ithn:il News Service:"
    assert story.dateline == "XFW YORK. Feb. 10."


def test_a_deck_cut_out_without_a_credit() -> None:
    """The Times-Republican (Marshalltown), 5 February 1916: a deck of two lines and a credit
    the rule cannot read (it stays in the deck)."""
    page = parse_page_text(
        "The Nevada boys nron their game\n"
        "wlth- a 23: to 18 score. It was a fast\n"
        "and furious. ganje, the result being In\n"
        "doubt all the time. The Boone high\n"
        "school boys play at Tama tonight.\n"
        "OLD RESIDENT OF TAMA DEAD.\n"
        "B. C, Barry, Esteemed Citizen, to Be\n"
        "Buriod Monday.\n"
        "JSp.ecial to Times-Republican.\n"
        "Tama, Feb., 5.\u2014B. C. Berry, an old\n"
        "resident of Tama, died at the family\n"
        "home'Friday. r. Berry was baggage\n"
        "masjter .at :tlie .Northwestern depot for\n"
        "many years hut for several years has\n"
    )
    articles = page.articles
    assert len(articles) == 2
    story = articles[-1]
    assert story.headline == "OLD RESIDENT OF TAMA DEAD."
    assert story.subheadline == (
        "B. C, Barry, Esteemed Citizen, to Be Buriod Monday. JSp.ecial to Times-Republican."
    )
    assert story.dateline == "Tama, Feb., 5.\u2014"


def test_a_long_item_under_the_head_stays_apart() -> None:
    """Text longer than a deck under the head is an item, not a deck the rule takes back."""
    articles = _articles(
        "VICE PRESIDENT OF",
        "WESTERN UNION DIES",
        "Belvidere Brooks Entered Service",
        "of the company as a messenger boy in",
        "Texas when he was eleven years old and",
        "rose through every grade of the service",
        "until he was second in command of it.",
    )
    assert not any(a.subheadline and "eleven years" in a.subheadline for a in articles)
