"""A wire credit OCR garbled past the credit patterns is still a credit (branch ``credits16``).

On 1916 pages the wire's credit under a head or over a dispatch is often garbled
("Amoclated Press", "(By Unlled Press)", "Internatiouul News Service:"): a short line whose
letters alone are within one edit in five of a service's name is read as the credit, a byline,
as a clean one is. A head that only shares a word or two with a name ("UNITED STATES
PRESSED", "International Harvester") stays a head.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.classify import byline_names, is_byline_line, names_service_garbled
from reader.parse.reflow import starts_story

#: Credits as OCR read them on real pages of February 1916 (none of them matches a pattern).
_GARBLED = [
    "Amoclated Press",
    "(By Unlled Press)",
    'United Pre" Service',
    "Internatiouul News Service:",
    "Internntlonal Nws Service:",
    "Bv Associated Press",
    "I!y United Tress",
    "(By United Press Leased Wlre.t",
    "( T ASSOCIATED PMSS>",
]

#: Heads and lines that share a word or letters with a service's name but are none.
_NOT_CREDITS = [
    "UNITED STATES PRESSED",
    "UNITED PRESSING",
    "International Harvester",
    "Associated Charities",
    "United Presbyterian",
    "Limited Prices",
    "Interstate Commerce",
    "Amoclated Press and the farmers of the county met today",
]


@pytest.mark.parametrize("text", _GARBLED)
def test_a_garbled_credit_is_a_byline_line_and_opens_a_story(text: str) -> None:
    assert names_service_garbled(text)
    assert is_byline_line(text)
    assert starts_story(text)
    # a credit names no one
    assert byline_names(text) == ()


@pytest.mark.parametrize("text", _NOT_CREDITS)
def test_a_head_near_a_service_name_is_no_credit(text: str) -> None:
    assert not names_service_garbled(text)
    assert not is_byline_line(text)


#: A story over the one tested: the paper's name is looked for among a page's first lines
#: (masthead.NAME_LINES), where a line ending in "Press" may be read as one.
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


def test_a_garbled_credit_under_a_stack_is_its_dispatch_byline() -> None:
    page = _STORY_ABOVE + (
        "WESTERN FRONT IS THE\n"
        "SCENE OF DESPERATE\n"
        "FIGHTING\n"
        "German Attack Repulsed\n"
        "After Hard Struggle.\n"
        "Amoclated Press.\n"
        "LONDON, Feb. 14.—The infantry engaged in\n"
        "hand-to-hand struggles, grenade fighting\n"
        "and mining operations, while airmen\n"
        "dueled above the lines all day long.\n"
    )
    story = parse_page_text(page).articles[-1]
    assert story.byline == "Amoclated Press."
    assert story.headline == "WESTERN FRONT IS THE SCENE OF DESPERATE FIGHTING"
    assert story.subheadline == "German Attack Repulsed After Hard Struggle."
    assert story.dateline is not None and story.dateline.startswith("LONDON, Feb. 14.")


def test_a_deck_over_a_garbled_credit_stays_in_its_stack() -> None:
    page = _STORY_ABOVE + (
        "TREATIES\n"
        "Are to Be Reported on Favorably\n"
        "by Senate Foreign Re^\n"
        "lations Committee.\n"
        '" iVt ASSOCIATED PRESS)\n'
        "WASHINGTON, Feb. 2.—Reducing\n"
        "the proposed payment to Colombia\n"
        "from $25,000,000 to $15,000,000, the\n"
        "Senate foreign relations committee\n"
        "today ordered a favorable report.\n"
    )
    story = parse_page_text(page).articles[-1]
    assert story.headline == "TREATIES"
    assert story.subheadline is not None and story.subheadline.endswith("lations Committee.")
    assert story.byline == '" iVt ASSOCIATED PRESS)'
