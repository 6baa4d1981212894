"""A 1916 wire dateline with its route or wire after the day (branch ``histp50``, issue 9).

Counted on 1916 pages outside the dev set, the commonest dateline the parser left in the text
names how the dispatch came after its day: "(Via London.)", "(by wireless to Sayville)", or
"via London" and the hour it was sent on. The route is part of the dateline, as a credit inside
it is (tests/data/dev/README.md). Places, days and words here are our own.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.classify import is_dateline_alone, match_dateline, match_routed_dateline

_ROUTED = [
    ("ROME, Mar. 4. (Via Paris.) The war office", "ROME, Mar. 4. (Via Paris.)"),
    ("Sofia, Mar. 4 (via Vienna.) Bulgarian troops", "Sofia, Mar. 4 (via Vienna.)"),
    (
        "Berlin, Mar. 4. (By Wireless to Tuckerton, N. J.) The",
        "Berlin, Mar. 4. (By Wireless to Tuckerton, N. J.)",
    ),
    ("Geneva, Mar. 4, via Paris, 6:10 p. m. Swiss papers", "Geneva, Mar. 4, via Paris, 6:10 p. m."),
    ("Salonika, Mar. 3, via London, Mar. 4. The", "Salonika, Mar. 3, via London, Mar. 4."),
    ("HAVRE, Mar. 4, (via London)—The Belgian", "HAVRE, Mar. 4, (via London)—"),
]

_NOT_ROUTED = [
    "Sunday, Mar. 5 (by the pastor) The sermon",  # a day of the week: a church's notice
    "Mr. Brown, Mar. 4 (by mail) The letter",  # a person's title
    "Received Mar. 4 (by mail) The money",  # no comma: no place
    "Rome, Mar. 4. (via Paris",  # the bracket not closed: the dateline's end is not known
    "Rome, Mar. 4, via Paris and the",  # no capital or dash after the route
]


@pytest.mark.parametrize(("text", "dateline"), _ROUTED)
def test_a_route_after_the_day_is_part_of_the_dateline(text: str, dateline: str) -> None:
    found = match_dateline(text)
    assert found is not None and found.text == dateline
    assert match_routed_dateline(text) is not None


@pytest.mark.parametrize("text", _NOT_ROUTED)
def test_a_routed_dateline_near_miss_is_none(text: str) -> None:
    assert match_routed_dateline(text) is None


def test_a_routed_dispatch_under_its_head_has_its_dateline() -> None:
    page = (
        "TROOPS HOLD THE PASSES\n"
        "Salonika, Mar. 3. The allied troops\n"
        "hold every pass on the frontier and\n"
        "the enemy has made no move since.\n"
        "Officers say the roads are open.\n"
        "ITALIANS TAKE A SUMMIT\n"
        "ROME, Mar. 4. (Via Paris.) The war\n"
        "office announced tonight that the\n"
        "Alpine troops had taken a summit\n"
        "after a fight lasting two days.\n"
    )
    story = parse_page_text(page).articles[-1]
    assert story.headline == "ITALIANS TAKE A SUMMIT"
    assert story.dateline == "ROME, Mar. 4. (Via Paris.)"
    assert story.paragraphs[0].startswith("The war office announced")


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Tucson, Ariz., Mar. 3.", True),
        ("NEWPORT NEWS, Va., Mar. 3.", True),
        ("Saturday, March 4.", False),  # a day of the week: a notice's date
        ("Thursday Morning, Mar. 9.", False),
        ("Opera House, March 23rd.", False),  # an ordinal day: a notice's date
        ("Tucson, Ariz., Mar. 3. The", False),  # the story's words follow on the line
        ("Mr. Smith, Mar. 3.", False),
    ],
)
def test_a_dateline_alone_on_its_line(text: str, alone: bool) -> None:
    assert is_dateline_alone(text) is alone


def test_a_dateline_alone_on_its_line_runs_on_into_its_story() -> None:
    page = (
        "MINERS RETURN TO WORK\n"
        "GALENA, Kan., Mar. 3.—The zinc miners\n"
        "who walked out on Monday went back\n"
        "to the shafts this morning after the\n"
        "operators agreed to meet their men.\n"
        "FIRE IN THE YARDS\n"
        "Tucson, Ariz., Mar. 3.\n"
        "The freight sheds of the railroad\n"
        "burned tonight with a loss put at\n"
        "forty thousand dollars by the agent.\n"
    )
    story = parse_page_text(page).articles[-1]
    assert story.headline == "FIRE IN THE YARDS"
    assert story.dateline == "Tucson, Ariz., Mar. 3."
    assert story.paragraphs[0].startswith("The freight sheds")


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Tucson, Mar. 1 4. A fire in the", "Tucson, Mar. 1 4."),
        ("ROME, Mar. 2 4. The war office", "ROME, Mar. 2 4."),
        ("Tucson, Mar. 14. A fire in the", "Tucson, Mar. 14."),  # the day whole, as before
    ],
)
def test_a_day_of_two_figures_set_apart_is_the_datelines_day(text: str, dateline: str) -> None:
    found = match_dateline(text)
    assert found is not None and found.text == dateline


@pytest.mark.parametrize(
    "text",
    [
        "Tucson, Mar. 1 4 men were hurt",  # no stop or dash after the figures: a count
        "Tucson, Mar. 1. 4 men were hurt",
    ],
)
def test_a_figure_after_the_day_is_no_split_day(text: str) -> None:
    assert match_dateline(text) is None
