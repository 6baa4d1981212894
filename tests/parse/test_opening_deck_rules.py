"""A story's first line read as the last deck of its stack opens its first paragraph again
(branch ``decks22``, issue 9).

A 1916 weekly sets a local story's capitals head and then its text, whose first line often
names a person and stops short of the column ("NEW BUILDING TO BE ERECTED" / "O. G. Ayers,
proprietor of the West" / "Market street billiard room …"). The title rules read the short
line as a mixed-case deck, so the story lost its opening words to the subheadline. A line that
opens on a person and runs on in small letters, as a sentence does, is the first paragraph's
first line; a title-case deck, one OCR garbled and a deck that closes on a stop stay decks.
"""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.parse import parse_page_text
from reader.parse.classify import NAMED_PERSON_OPENING

_ABOVE = (
    "The meeting of the council was held\n"
    "in the city hall on Tuesday evening,\n"
    "and the business was soon finished.\n"
    "\n"
)

_HEAD = "NEW BUILDING TO BE ERECTED ON WEST MARKET STREET\n"

_TEXT = (
    "Market street billiard room and to\n"
    "bacco store, has purchased the Frank\n"
    "Fischer lot on West Market street,\n"
    "between the bank and the hotel, and\n"
    "will build a brick store on it soon.\n"
)


def _headed(text: str, headline: str) -> Article:
    """The one article of the parsed ``text`` under ``headline``."""
    (article,) = [a for a in parse_page_text(text).articles if a.headline == headline]
    return article


@pytest.mark.parametrize(
    "opening",
    [
        "O. G. Ayers, proprietor of the West",
        "Mrs. J. W. Hartley, owner of the West",
        "Nellie Ray Howell, owner of the West",
    ],
)
def test_a_persons_opening_line_read_as_a_deck_opens_the_story(opening: str) -> None:
    article = _headed(_ABOVE + _HEAD + opening + "\n" + _TEXT, _HEAD.strip())
    assert article.subheadline is None
    assert article.paragraphs[0].startswith(f"{opening} Market street billiard room")


def test_a_line_broken_inside_a_word_joins_its_rest() -> None:
    text = (
        _ABOVE
        + "The club met on Monday evening.\n\n"
        + "KELLY-HUNTER WEDDING\n"
        + "Mr. Louis Kelly was married Mon\n"
        + "day to Miss Rose M. Hunter by Judge\n"
        + "J. A. Harrington. Mr. Kelly is a\n"
        + "younger brother of J. C. Kelly, the\n"
        + "telegraph operator of this city.\n"
    )
    article = _headed(text, "KELLY-HUNTER WEDDING")
    assert article.subheadline is None
    assert article.paragraphs[0].startswith("Mr. Louis Kelly was married Monday to Miss Rose")


@pytest.mark.parametrize(
    "deck",
    [
        "Judge Smith Finishes Up Work of the County Session",  # title case: a deck
        "Local Attorney, Is Appointed Counsel of Securities",  # capitals after the name
        "Mrs. J. W. Hartley Buys the Old West",  # title case
        "Mrs. Wagstaff Gets a Residence.",  # closes on a stop
    ],
)
def test_a_deck_naming_a_person_stays_a_deck(deck: str) -> None:
    article = _headed(_ABOVE + _HEAD + deck + "\n" + _TEXT, _HEAD.strip())
    assert article.subheadline == deck
    assert article.paragraphs[0].startswith("Market street billiard room")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs. J. J. Flemmer entertained", True),
        ("I. C. Caldwell, proprietor of Ihe", True),
        ("Mr. and Mrs. Frank J. McNeil, of Buffalo", True),
        ("Nellie Ray Howell, wife of John", True),
        ("Judge Christcnson Finishes Up Work of Emery", False),
        ("Local Attorney, Is Appointed As sistant", False),
        ("Mrs. Alfred Wagstaff, Jr.. (ici", False),
        ("Berlin Pointe out to Secretary of State", False),
    ],
)
def test_a_named_person_opens_a_sentence(text: str, expected: bool) -> None:
    assert (NAMED_PERSON_OPENING.match(text) is not None) is expected
