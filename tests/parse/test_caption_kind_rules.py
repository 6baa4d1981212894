"""A photograph's cut line with no credit, read as a story or a brief, is a caption by its
own words (kind21): it names its picture, where its people stand or who took it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model import ArticleKind
from reader.parse.classify import (
    _PICTURE_CUE,
    _PICTURE_PLACE_OPENING,
    may_point_at_picture,
    points_at_picture,
)
from tests.parse.test_ad_kind_rules import _item


@pytest.mark.parametrize(
    "text",
    [
        "PIG MEN OF INDIA HELPING BRITISH\n"
        "Agha Khan (top) and the Rajah of Pudukota, who have offered all they\n"
        "have to King George for the war. The Rajah is raising a regiment of\n"
        "his subjects, and the Khan has offered his services in any capacity.\n",
        "FARMERS' INSTITUTE AT GRATZ\n"
        "Above are shown leading figures in the Farmers' Institute at Gratz. From\n"
        "left to right, they are E. L. Phillips, of Clarion county, and S. C. George.\n",
        "RUINS OF PARLIAMENT HOUSE\n"
        "This picture was taken the morning after the fire in the Canadian\n"
        "parliament building at Ottawa.\n",
    ],
)
def test_a_cut_line_is_a_caption(text: str) -> None:
    item = _item(text)
    assert item.kind is ArticleKind.CAPTION
    assert item.paragraphs[0].startswith(text.split("\n")[1][:20])


@pytest.mark.parametrize(
    "text",
    [
        # A list under "Below is", no picture named.
        "JANUARY SNOWFALL\n"
        "Below is given the temperature and snowfall record for January, by days,\n"
        "with a record of the snowfall for last winter by months.\n",
        # A film's "this picture" inside a sentence: the theatre's.
        "MARY PICKFORD\n"
        "The management has gone to heavy expense in procuring this wonderful\n"
        "play and the price will be raised five cents for this picture only.\n",
        # "is shown in" with no picture.
        "INTEREST IN THE CAMPAIGN\n"
        "Great interest is shown in the campaign for the new school building and\n"
        "the committee expects the bonds to carry by a large majority.\n",
    ],
)
def test_news_and_ads_naming_no_picture_are_no_captions(text: str) -> None:
    assert _item(text).kind is not ArticleKind.CAPTION


def test_a_long_story_opening_on_a_picture_stays_a_story() -> None:
    # Over the cut line's length the picture's line is a story's opening (its text follows).
    body = " ".join(["The council will take up the question of the new water works again."] * 10)
    item = _item(f"WATER WORKS AGAIN\nThis picture shows the new pumping station.\n{body}\n")
    assert item.kind is not ArticleKind.CAPTION


@pytest.mark.parametrize(
    "text",
    [
        "Kegs of horseshoes ready for shipment to allies (top); activity along the water front.",
        "Below is a character picture of Jimmie Glass, the Charlie Ross of the Movies.",
        "The new hall is shown above.",
        "Upper—The new bridge over the river.",
        "Sty K-r This photo, taken during the fire, shows the corridors.",
        "The Kaiser and his staff. (Photo by Underwood.)",
    ],
)
def test_points_at_picture(text: str) -> None:
    assert points_at_picture(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Herewith is the program for the fourth annual meeting.",
        "Great interest is shown in the campaign.",
        "for this picture only. 10 and 20c.",
        "Academy, the public schools, churches and picture shows have been quarantined.",
    ],
)
def test_does_not_point_at_picture(text: str) -> None:
    assert not points_at_picture(text, text)


_CUE_PIECES = (
    "This This picture photo cut cute illustration snapshot The above accompanying upper the "
    "Above Below is are here shown pictured seen Left left to right Right Photo by (top) "
    "(Photo) (left) Upper Lower Top BOTTOM ABOVE a of . — - :"
).split()


@settings(max_examples=800, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*_CUE_PIECES, " ", "  ", "\t", "\n", "\u00a0", "("]), max_size=10
    ).map("".join)
)
def test_the_picture_guard_rules_out_only_what_no_cue_matches(text: str) -> None:
    if not may_point_at_picture(text):
        assert _PICTURE_CUE.search(text) is None, text
        assert _PICTURE_PLACE_OPENING.match(text) is None, text


@pytest.mark.parametrize(
    "text", ["Left  to right: Mr. Smith and Mr. Jones.", "This\tcut shows the new bridge."]
)
def test_a_cue_with_odd_white_space_still_passes_the_guard(text: str) -> None:
    assert may_point_at_picture(text)
    assert points_at_picture(text, text)
