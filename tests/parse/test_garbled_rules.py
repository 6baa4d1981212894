"""A short dispatch under a full stack keeps its crossheads (branch ``garbled13``, issue 9).

A daily's dispatch under a capitals headline, its decks and a special service's line may be
short above its first crosshead (``KPKTWORSI`` / ``TOP THE`` / ``A. TODAY`` / three decks /
``(Herald Special Service.)`` / ``Fargo, N. D„ Feb. 28.—`` and 180 characters / ``Worst
Addresses Students.``); the crosshead is a paragraph of the dispatch when its words, or its
section's, echo the story with its stack. A weekly's next item under a one-line head, or a
section speaking of matters of its own, still starts an item of its own.
"""

from __future__ import annotations

from reader.parse import parse_page_text

_STACK = (
    "KPKTWORSI\n"
    "TOP THE\n"
    "A. TODAY\n"
    "Temporary Head Will be\n"
    "Named, Should Such\n"
    "Step be Taken.\n"
    "NO DEVELOPMENTS\n"
    "AT BOARD MEETING\n"
    "Students Pass Resolutions\n"
    "Asking Retention of\n"
    "President.\n"
)

_DISPATCH = (
    "Fargo, N. D., Feb. 28.—The North\n"
    "Dakota board of regents took no of\n"
    "ficial action this morning in connec\n"
    "tion with the agricultural college\n"
    "muddle, the forenoon session being\n"
    "marked by conferences with depart\n"
    "ment heads.\n"
    "{crosshead}\n"
    "{section}\n"
)

_SECTION = (
    "At the morning convocation, Presi\n"
    "dent Worst addressed the students and\n"
    "declared it probably would be his last\n"
    "appearance before them.\n"
    "The students at a mass meeting this\n"
    "noon adopted resolutions insisting\n"
    "that Worst should be retained as\n"
    "president of the college.\n"
)

#: A next item of matters of its own: none of its head's words, and few of its section's,
#: are the dispatch's or its stack's.
_OTHER = (
    "The weather bureau at Des Moines\n"
    "sends out warning of a cold wave\n"
    "which will reach this section\n"
    "tomorrow night, with temperatures\n"
    "of ten to fifteen degrees below zero.\n"
)


def test_a_crosshead_under_a_short_dispatch_with_a_special_service_line_folds() -> None:
    text = (
        _STACK
        + "(Herald Special Service.)\n"
        + _DISPATCH.format(crosshead="Worst Addresses Students.", section=_SECTION)
    )
    page = parse_page_text(text)
    (story,) = page.articles
    assert story.headline == "KPKTWORSI TOP THE A. TODAY"
    assert "Worst Addresses Students." in story.paragraphs
    assert story.paragraphs[-1].endswith("president of the college.")


def test_a_crosshead_under_a_short_dispatch_straight_under_its_stack_folds() -> None:
    text = _STACK + _DISPATCH.format(crosshead="Worst Addresses Students.", section=_SECTION)
    (story,) = parse_page_text(text).articles
    assert "Worst Addresses Students." in story.paragraphs


def test_a_head_of_matters_of_its_own_under_a_short_dispatch_starts_an_item() -> None:
    text = (
        _STACK
        + "(Herald Special Service.)\n"
        + _DISPATCH.format(crosshead="Cold Wave Report.", section=_OTHER)
    )
    articles = parse_page_text(text).articles
    assert [article.headline for article in articles] == [
        "KPKTWORSI TOP THE A. TODAY",
        "Cold Wave Report.",
    ]


def test_a_short_local_item_under_a_one_line_head_keeps_the_head_under_it() -> None:
    # No stack and no dateline: a weekly's short item, whose next head starts an item.
    text = (
        "BOARD MEETING.\n"
        "The board of regents took no official action this morning, the\n"
        "forenoon session being marked by conferences with the students.\n"
        "{crosshead}\n{section}"
    ).format(crosshead="Worst Addresses Students.", section=_SECTION)
    articles = parse_page_text(text).articles
    assert [article.headline for article in articles] == [
        "BOARD MEETING.",
        "Worst Addresses Students.",
    ]
