"""A story's second dispatch and a head's own first dispatch (branch ``second12``, issue 9).

A 1916 wire story carries a further dispatch as one of its paragraphs, opening on a dateline
of its own (``Waukegan, Ill., Feb. 28.—`` under the Orpet story): with no head over it and
the story's people and places named in it, it is a paragraph of that story, its dateline kept
in the text. A dispatch under its own head, or naming other people, is a story of its own; a
head whose deck was read as a paragraph takes the dispatch under it as its story, dateline
and all.
"""

from __future__ import annotations

from reader.parse import parse_page_text

_ORPET = (
    "ORPET WILL WAIVE EXAMINATION\n"
    "Collegian Will Not Plead Guilty\n"
    "to Murder, Says His Attorney.\n"
    "Lake Forest, Ill., Feb. 28.—Before\n"
    "the preliminary hearing of William\n"
    "Orpet, charged with the murder of\n"
    "Marian Lambert, was called before\n"
    "the justice this morning, his at\n"
    "torney announced that the young\n"
    "man would waive examination and\n"
    "would not plead guilty. Orpet was\n"
    "taken back to the county jail.\n"
    "{dispatch}\n"
)

#: A second dispatch: it names Orpet and Marian Lambert, as the story does.
_SECOND = (
    "Waukegan, Ill., Feb. 28.—At the\n"
    "county jail Orpet told the sheriff\n"
    "that he had slept well. The state\n"
    "will ask that Orpet be held without\n"
    "bail for the murder of Marian Lam\n"
    "bert when the grand jury meets."
)

#: A dispatch of a story of its own whose head the column set elsewhere: no one the story
#: above names.
_OTHER = (
    "Springfield, Ill., Feb. 28.—Gov\n"
    "ernor Dunne today named three new\n"
    "members of the state board of\n"
    "health, and the board will meet\n"
    "at the capitol on Thursday."
)


def test_a_headless_second_dispatch_naming_the_story_is_its_paragraph() -> None:
    page = parse_page_text(_ORPET.format(dispatch=_SECOND))
    (story,) = page.articles
    assert story.headline == "ORPET WILL WAIVE EXAMINATION"
    assert story.dateline == "Lake Forest, Ill., Feb. 28.—"
    assert story.paragraphs[-1].startswith("Waukegan, Ill., Feb. 28.—At the county jail Orpet")


def test_a_headless_dispatch_naming_other_people_is_a_story_of_its_own() -> None:
    page = parse_page_text(_ORPET.format(dispatch=_OTHER))
    first, second = page.articles
    assert first.headline == "ORPET WILL WAIVE EXAMINATION"
    assert second.dateline == "Springfield, Ill., Feb. 28.—"


def test_a_dispatch_under_its_own_head_is_a_story_of_its_own() -> None:
    # A head and its deck: the dispatch's own stack. (A one-line capitals head over a dispatch
    # naming the story's people is a round-up's crosshead: tests/parse/test_round_up_rules.py.)
    head = "ORPET'S MOTHER ARRIVES.\nComes From Madison to Be at Her Son's Side.\n"
    page = parse_page_text(_ORPET.format(dispatch=head + _SECOND))
    _, second = page.articles
    assert second.headline == "ORPET'S MOTHER ARRIVES."
    assert second.dateline == "Waukegan, Ill., Feb. 28.—"


def test_a_head_with_its_deck_read_as_a_paragraph_takes_the_dispatch_under_it() -> None:
    page = parse_page_text(
        "Mr. Roben was buried on Sunday in the\n"
        "family lot in Hope cemetery.\n"
        "HISTORIC HOUSE BURNED\n"
        "Dundora, built by Thomas Jefferson\n"
        "for his nephew, was destroyed.\n"
        "Richmond, Va., Feb. 23.—Dundora, a\n"
        "home built near Monticello by Thomas\n"
        "Jefferson for his nephew, Peter Carr,\n"
        "was destroyed by fire last night.\n"
    )
    story = next(a for a in page.articles if a.headline == "HISTORIC HOUSE BURNED")
    # The dispatch is the head's own story: its dateline is the story's, not its text.
    assert story.dateline == "Richmond, Va., Feb. 23.—"
    assert story.paragraphs[-1].startswith("Dundora, a home built near Monticello")
    assert len(page.articles) == 2
