"""A round-up's run of dated dispatches under crossheads (branch ``hists46``, issue 9).

A 1916 daily prints the day's war news under one head as a run of short dispatches, each
under a one-line crosshead closing on a stop and opening on its own dateline
(``Predict Fall of Verdun.`` / ``Berlin, Feb. 28 …``). The crosshead tests fold the
dispatches that go on with the story's words; once the round-up has taken two so, its next
crosshead over a dispatch of the same day is one more of the run even when it tells of
another matter (``151 Killed Ship is Sunk.`` / ``London, Feb. 28.…``). A dispatch dated
another day, one under a single folded dispatch, or one with a byline of its own is not.
"""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import dispatch_day

_HEAD = (
    "GERMANS PRESS ON\n"
    "TOWARD VERDUN\n"
    "French Hold Their Lines North of the\n"
    "Fortress After Furious Fighting.\n"
    "Paris, Feb. 28.—The German offensive against Verdun grew in\n"
    "violence today, and the war office reports that the French have\n"
    "held their lines before Douaumont after a night of fighting in\n"
    "which the German infantry attacked five times on a front of ten\n"
    "miles. The guns of both armies have been firing without pause\n"
    "along the Meuse since early morning, and the losses on both\n"
    "sides are very heavy, the reports from the front say.\n"
)

#: Two dispatches that go on with the story's places (Verdun, Douaumont, the Meuse).
_RUN = (
    "Predict Fall of Verdun.\n"
    "Berlin, Feb. 28.—Military authorities, after hearing of the\n"
    "destruction by the German howitzers near Verdun and Douaumont,\n"
    "predict the fall of the fortress on the Meuse within a week.\n"
    "Verdun Attack Goes On.\n"
    "London, Feb. 28.—The German attack on Verdun and Douaumont goes\n"
    "on with all the kaiser's resources, and the guns along the Meuse\n"
    "have not been silent since Saturday, it is stated here today.\n"
)

_OTHER_MATTER = (
    "{crosshead}\n"
    "London, Feb. {day}.—Latest reports are that 151 persons were\n"
    "killed when the liner Maloja struck a mine off Dover yesterday.\n"
    "The crew of 15 of a Russian steamer was landed this morning.\n"
)


def _page(run: str, day: str = "28") -> str:
    return _HEAD + run + _OTHER_MATTER.format(crosshead="151 Killed Ship is Sunk.", day=day)


def test_a_round_ups_next_dispatch_of_the_day_goes_on_in_its_run() -> None:
    page = parse_page_text(_page(_RUN))
    (story,) = page.articles
    assert "Verdun Attack Goes On." in story.paragraphs
    assert "151 Killed Ship is Sunk." in story.paragraphs
    assert story.paragraphs[-1].startswith("London, Feb. 28.—Latest reports")


def test_a_dispatch_of_another_day_is_a_story_of_its_own() -> None:
    page = parse_page_text(_page(_RUN, day="27"))
    assert [a.headline for a in page.articles][-1] == "151 Killed Ship is Sunk."


def test_one_folded_dispatch_makes_no_run() -> None:
    one = _RUN.split("Verdun Attack Goes On.\n")[0]
    page = parse_page_text(_page(one))
    assert [a.headline for a in page.articles][-1] == "151 Killed Ship is Sunk."


def test_a_dispatch_under_a_deck_of_its_own_is_a_story() -> None:
    decked = (
        _HEAD
        + _RUN
        + (
            "LINER SUNK BY MINE.\n"
            "One Hundred and Fifty Persons Lost Off the English Coast.\n"
            "London, Feb. 28.—Latest reports are that 151 persons were\n"
            "killed when the liner Maloja struck a mine off Dover yesterday.\n"
            "The crew of 15 of a Russian steamer was landed this morning.\n"
        )
    )
    page = parse_page_text(decked)
    assert [a.headline for a in page.articles][-1] == "LINER SUNK BY MINE."


def test_the_day_of_a_dispatch() -> None:
    assert dispatch_day("London, Feb. 28.—Latest reports") == "Feb 28"
    assert dispatch_day("Berlin, Feb. 28 Military authorities") == "Feb 28"
    assert dispatch_day("WASHINGTON, February 3.—The") == "Feb 3"
    assert dispatch_day("The German forces made several attempts") is None
