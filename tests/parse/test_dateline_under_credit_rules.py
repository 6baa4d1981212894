"""A dateline alone on its line under a byline or wire credit is the story's (``dateunder17``).

A 1916 daily sets a dispatch as its head, the wire's credit on a line of its own, the place and
day on the next ("By Associated Press." / "WASHINGTON, Feb. 3." / "The senate today …"). That
dateline was read as the stack's last deck, as the headline of a story with no head, or as a
teaser of its own left between the credit and the text; it is the story's dateline.
"""

from __future__ import annotations

from reader.parse import parse_page_text

#: A finished story above, so the page's first lines (its masthead) hold no test line.
_STORY_ABOVE = (
    "BANDIT LEADER TAKEN\n"
    "DOUGLAS, Ariz., Feb. 14.—An arrested\n"
    "bandit leader spread the news here\n"
    "that Villa plans another campaign in\n"
    "Sonora before the spring rains begin.\n"
    "He said that the bandit chief has\n"
    "gathered a large force of men in the\n"
    "mountains south of the border and\n"
    "that many of them are well armed.\n"
    "The military authorities here say\n"
    "they have no word of the movement\n"
    "and do not credit the report at all.\n"
    "Troops are patrolling the border.\n"
)

_TEXT = (
    "Mayor Rolph, three members of the\n"
    "board of public works and the super\n"
    "intendent of the municipal railway\n"
    "were cited today to appear in court\n"
    "and show cause why they should not\n"
    "be punished for contempt of court.\n"
)


def test_a_dateline_under_the_credit_is_no_deck() -> None:
    page = (
        _STORY_ABOVE
        + (
            "BAY CITY MAYOR\n"
            "CHARGED WITH VIOLAT\n"
            "ING INJUNCTION BY US\n"
            "ING TRACKS OF THE\n"
            "UNITED RAILROADS.\n"
            "By Associated Press.\n"
            "SAN FRANCISCO, Feb. 14.\n"
        )
        + _TEXT
    )
    story = parse_page_text(page).articles[-1]
    assert story.headline == "BAY CITY MAYOR"
    assert story.byline == "By Associated Press."
    assert story.dateline == "SAN FRANCISCO, Feb. 14."
    assert story.subheadline is not None and "SAN FRANCISCO" not in story.subheadline


def test_a_dateline_under_the_credit_is_no_headline() -> None:
    page = (
        _STORY_ABOVE
        + (
            "Austrians Deny Sinking\n"
            "Persia; Other War News\n"
            "United Press Service\n"
            "WASHINGTON, D. C., Feb. 1.\n"
        )
        + _TEXT
    )
    story = parse_page_text(page).articles[-1]
    assert story.headline == "Austrians Deny Sinking Persia; Other War News"
    assert story.byline == "United Press Service"
    assert story.dateline == "WASHINGTON, D. C., Feb. 1."


def test_a_headless_dispatch_under_its_credit_takes_its_dateline() -> None:
    page = _STORY_ABOVE + ("International News Service:\nLITTLE ROCK, Ark., Feb. 1.\n") + _TEXT
    articles = parse_page_text(page).articles
    assert all(a.headline != "LITTLE ROCK, Ark., Feb. 1." for a in articles)
    story = articles[-1]
    assert story.byline == "International News Service:"
    assert story.dateline == "LITTLE ROCK, Ark., Feb. 1."


def test_a_dateline_left_between_credit_and_text_is_no_teaser() -> None:
    page = (
        _STORY_ABOVE
        + (
            "WITNESSES IN MOHR\n"
            "CASE ARE ARRESTED\n"
            "International News Service:\n"
            "PROVIDENCE, R. I., Feb. 2.\n"
        )
        + _TEXT
    )
    articles = parse_page_text(page).articles
    assert [a.kind.value for a in articles].count("teaser") == 0
    story = articles[-1]
    assert story.headline == "WITNESSES IN MOHR CASE ARE ARRESTED"
    assert story.byline == "International News Service:"
    assert story.dateline == "PROVIDENCE, R. I., Feb. 2."


def test_a_deck_under_the_credit_stays_a_deck() -> None:
    """Only a dateline read in full leaves the stack: a deck set under the credit stays."""
    page = (
        _STORY_ABOVE
        + ("BAY CITY MAYOR\nBy Associated Press.\nCharged With Violating Injunction.\n")
        + _TEXT
    )
    story = parse_page_text(page).articles[-1]
    assert story.dateline is None
