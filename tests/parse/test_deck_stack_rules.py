"""A pyramid's last deck read as the story's first paragraph (branch ``decks33``, issue 9).

A 1916 front page stacks a head in capitals over decks: a mixed-case deck, a capitals bank,
and again a mixed-case deck ("TAX BILL WILL RAISE MORE" / "Incomes Taxed Now Will Pay …" /
"HOUSE LEADERS AGREE" / "Defence Program Must Be Met …"). The stack ends on a mixed-case deck,
never on a capitals bank; when the title rules stop at the bank, the last deck is read as the
story's first paragraph. It goes back to the stack when it is a title-case sentence closed by
a stop over more of the story (or the story's dateline run in after it). The same holds under
a lone capitals head when the deck is long enough and the story goes on under it. A dateline,
a label, a short line, prose, a garbled bank, a lone paragraph and a modern sentence-case
short line under a lone head are left alone.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.assemble import (
    Body,
    Title,
    _decks,
    _last_bank,
    _last_bank_read_as_opening,
    _reads_as_last_bank,
)
from tests.parse.test_assemble import _LINER_ABOVE as _ABOVE
from tests.parse.test_assemble import _story_headed as _story

_STORY = (
    "The plan to put the new tax on the\nsmaller incomes of the country is sure\n"
    "to be dropped by the committee, the\nleaders of the house said this morning\n"
    "after a long meeting at the capitol.\n"
    "Since then the men who fought the\nplan have spoken more plainly each\n"
    "day about the burden it would lay.\n"
)


def test_a_pyramids_last_deck_under_a_capitals_bank_goes_back_to_the_stack() -> None:
    # The dateline OCR garbled ("Feu. ID.") is read as no dateline: the deck was the first
    # paragraph of the story, over the dispatch.
    text = _ABOVE + (
        "TAX BILL WILL\nRAISE MORE\nIncomes Taxed Now Will Pay\nMore and Smaller Incomes\n"
        "Are Left Alone.\nHOUSE LEADERS AGREE\ni Defence Program Must\nbe Met by Income Tax\n"
        "Funds; Some Rates May\nbe Doubled. Big Outlay.\nWASHINGTON. Feu. ID. " + _STORY
    )
    story = _story(text, "TAX BILL WILL RAISE MORE")
    assert story.subheadline == (
        "Incomes Taxed Now Will Pay More and Smaller Incomes Are Left Alone.\n"
        "HOUSE LEADERS AGREE\n"
        "i Defence Program Must be Met by Income Tax Funds; Some Rates May be Doubled. Big Outlay."
    )
    assert story.paragraphs[0].startswith("WASHINGTON. Feu. ID. The plan")


def test_a_last_deck_under_a_bank_over_the_story_goes_back() -> None:
    text = _ABOVE + (
        "DEVERY'S OLD THEME.\nNONE LEFT FOR SIXTH.\nSays His Man Will Make Tam-\n"
        'many "Tickle Its Whiskers."\n' + _STORY
    )
    story = _story(text, "DEVERY'S OLD THEME.")
    assert story.subheadline == (
        'NONE LEFT FOR SIXTH.\nSays His Man Will Make Tammany "Tickle Its Whiskers."'
    )
    assert story.paragraphs[0].startswith("The plan to put")


@pytest.mark.parametrize(
    ("opening", "paragraph"),
    [
        ("PARIS, Feb. 16. (Via London.)\n", "PARIS, Feb. 16."),  # a dateline alone
        ("General News of the State:\n", "General News of the State:"),  # a label
        ("The Weather.\n", "The Weather."),  # too short for a deck
        (  # prose, not title case
            "Four men were hurt in the wreck.\n",
            "Four men were hurt in the wreck.",
        ),
    ],
)
def test_what_opens_a_story_under_a_bank_stays_its_text(opening: str, paragraph: str) -> None:
    text = _ABOVE + "FRENCH WIN BACK\nLOST TRENCHES\nGERMANS CLAIM GAINS\n" + opening + _STORY
    story = next(
        a
        for a in parse_page_text(text).articles
        if a.paragraphs and a.paragraphs[0].startswith(paragraph)
    )
    assert not (story.subheadline or "").endswith(paragraph)


def _body(titles: list[str], paragraphs: list[str]) -> Body:
    """A story as the title rules leave it: its titles on the lines above its first."""
    body = Body(list(paragraphs), first=len(titles) + 1, last=len(titles) + 10)
    for line, text in enumerate(titles, start=1):
        style = "caps" if text.upper() == text else "mixed"
        body.titles.append(Title(text, style, line, line, body=body, lines=[line]))
    return body


_PROSE = (
    "After a life of service to the city which was concluded last Friday, the best known "
    "teacher of the town died at the hospital in New York."
)


def test_a_lone_capitals_head_takes_back_its_deck() -> None:
    body = _body(
        ["THOUSANDS MOURN FORMER TEACHER"],
        ["Last Days Clouded By Report That Another Was To Have Her Place.", _PROSE],
    )
    _last_bank_read_as_opening(body, frozenset())
    assert _decks(body)[2] == "Last Days Clouded By Report That Another Was To Have Her Place."
    assert body.paragraphs == [_PROSE]


def test_a_lone_head_takes_back_its_deck_over_a_dateline_run_in() -> None:
    body = _body(
        ["GUARD THE CAPITOL."],
        ["Public Building Is More Thoroughly Protected Now. Washington, Feb. 5.—Alarmed by it"],
    )
    _last_bank_read_as_opening(body, frozenset())
    assert _decks(body)[2] == "Public Building Is More Thoroughly Protected Now."
    assert body.dateline == "Washington, Feb. 5.—"
    assert body.paragraphs == ["Alarmed by it"]


def test_a_second_deck_under_the_first_goes_back_too() -> None:
    body = _body(
        ["HINDUS MUTINY"],
        [
            "Regiment In Egypt Rebels; Slay British Officers.",
            "Other Native Troops Refuse to Fire on the Mutineers in Camp.",
            _PROSE,
        ],
    )
    _last_bank_read_as_opening(body, frozenset())
    assert _decks(body)[2] == (
        "Regiment In Egypt Rebels; Slay British Officers.\n"
        "Other Native Troops Refuse to Fire on the Mutineers in Camp."
    )
    assert body.paragraphs == [_PROSE]


def test_a_last_short_paragraph_under_the_deck_stays_the_storys() -> None:
    # With no story under it, the second title-case paragraph is the story's (its text was
    # read elsewhere): only the first goes back.
    body = _body(
        ["RIDICULES TRIP"],
        [
            "Senator Works Attacks Wilson's Late Jaunt.",
            '"Doctrine of Fright," Says Republican of Preparedness.',
        ],
    )
    _last_bank_read_as_opening(body, frozenset())
    assert _decks(body)[2] == "Senator Works Attacks Wilson's Late Jaunt."
    assert body.paragraphs == ['"Doctrine of Fright," Says Republican of Preparedness.']


@pytest.mark.parametrize(
    ("titles", "opening"),
    [
        (["LOCAL NEWS ITEMS"], "Many Gather at the Church to Honor the Pastor."),  # a label's
        (["COUNCIL MEETS"], "New Clerk Is Named Today."),  # four words: too few alone
        (["JACK LONDON"], "Copyright, 1914, by the Wheeler Syndicate Story."),  # a copyright
        (["WIRE NEWS"], "Mombasa, British East Africa, Feb."),  # a dateline cut short
    ],
)
def test_what_a_lone_head_leaves_its_story(titles: list[str], opening: str) -> None:
    body = _body(titles, [opening, _PROSE])
    _last_bank_read_as_opening(body, frozenset())
    assert _decks(body)[2] is None
    assert body.paragraphs == [opening, _PROSE]


def test_a_garbled_bank_ends_no_pyramid() -> None:
    # A dateline OCR garbled in capitals ("LhN'DoX, IV!."), at least 0.3 noise, is no bank.
    body = _body(
        ["TWO SHIPS SUNK", "One Is Victim of Submarine.", "LXN'DX, 1V!."],
        ["The Dutch Steamer Artemis Was Lost.", _PROSE],
    )
    _last_bank_read_as_opening(body, frozenset())
    assert body.paragraphs[0] == "The Dutch Steamer Artemis Was Lost."


def test_a_lone_head_over_its_only_paragraph_keeps_it_as_its_text() -> None:
    # A brief: its one paragraph is its text, not a deck.
    text = _ABOVE + "TOWN NOTES\nMany Gather at the Church to Do Honor to the Pastor.\n"
    story = _story(text, "TOWN NOTES")
    assert story.subheadline is None


def test_a_short_line_under_a_lone_head_stays_the_storys() -> None:
    # Under a lone head the deck must hold five words of three letters: "New Clerk Is Named
    # Today." may be a crosshead or a label's line.
    text = _ABOVE + "CHANGES AT CITY HALL\nNew Clerk Is Na-\nmed Today.\n" + _STORY
    story = _story(text, "CHANGES AT CITY HALL")
    assert story.subheadline is None
    assert story.paragraphs[0] == "New Clerk Is Named Today."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Says His Man Will Make the Hall Shake.", True),
        ("i Defence Program Must Be Met by Tax Funds.", True),  # a column rule's mark first
        ("(From a Staff Correspondent.)", False),  # a credit in brackets
        ("Special Sale of Spring Shoes $2.50.", False),  # a price
        ("Four men were hurt in the wreck.", False),  # prose
        ("TWO MORE SHIPS SUNK.", False),  # another bank in capitals
        ("By John Smith, Staff Writer.", False),  # a byline
        ("General News of the State and Nation:", False),  # a label
        ("(Via London From Our Own Correspondent.)", False),  # in brackets
        ("Republican Associated Press Leased Wire.", False),  # a wire's credit
        ("Mombasa, British East Africa, Feb.", False),  # a dateline cut at its month
    ],
)
def test_what_reads_as_a_last_bank(text: str, expected: bool) -> None:
    assert _reads_as_last_bank(text, frozenset()) is expected


def test_a_dateline_opening_the_story_is_no_bank() -> None:
    assert (
        _last_bank(["Paris, Feb. 16.—The French Troops Won Back the Trench.", "More."], frozenset())
        is None
    )


def test_the_bank_ends_before_a_dateline_run_in() -> None:
    found = _last_bank(
        ["Cottages Also in Danger and Great Damage Likely. Plattsburg, N. Y., April 30.— Fires"],
        frozenset(),
    )
    assert found == (
        "Cottages Also in Danger and Great Damage Likely.",
        "Plattsburg, N. Y., April 30.—",
        "Fires",
    )
