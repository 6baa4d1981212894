"""A capitals head broken over two lines keeps its second line when the first cannot end a
head (branch ``capshead17``, issue 9).

A 1916 page sets a head in capitals over two short lines; when the second line is wider than a
wrapped line would be, or the first ends on a stop, the title rules read the second as the
head's deck (``COMMITTEE FAVORS`` / ``REPEAT, OF SUGAR TARIFF``, ``FUNERAL OF MRS.`` /
``BRANNON IS HELD``). A first line ending on a name's title or on a verb that wants its object
runs on; two capitals clauses that each stand alone stay a head and its deck.
"""

from __future__ import annotations

from reader.parse.classify import caps_runs_on
from tests.parse.stories import story_holding

_ABOVE = (
    "He declared American battleships\n"
    "the equal of any in the world, and\n"
    "the officers and men efficient.\n"
)

_DISPATCH = (
    "Washington, Feb. 28. The house\n"
    "ways and means committee today\n"
    "voted to report favorably the bill\n"
    "repealing the free sugar clause of\n"
    "the present tariff law.\n"
)

_LOCAL = (
    "The funeral of Mrs. Eliza Bran\n"
    "non, who died at the home of her\n"
    "daughter last week, was held from\n"
    "the church this afternoon.\n"
)


def test_a_head_ending_on_a_verb_wanting_its_object_keeps_its_second_line() -> None:
    head = "COMMITTEE FAVORS\nREPEAL OF SUGAR TARIFF\n"
    article = story_holding(_ABOVE + head + _DISPATCH, "ways and means")
    assert article.headline == "COMMITTEE FAVORS REPEAL OF SUGAR TARIFF"
    assert article.subheadline is None


def test_a_head_ending_on_a_names_title_keeps_its_second_line() -> None:
    head = "FUNERAL OF MRS.\nBRANNON IS HELD AT CHURCH\n"
    article = story_holding(_ABOVE + head + _LOCAL, "Eliza")
    assert article.headline == "FUNERAL OF MRS. BRANNON IS HELD AT CHURCH"
    assert article.subheadline is None


def test_two_capitals_clauses_stay_a_head_and_its_deck() -> None:
    head = "COMMITTEE MEETS\nREPEAL OF SUGAR TARIFF IS SOUGHT\n"
    article = story_holding(_ABOVE + head + _DISPATCH, "ways and means")
    assert article.headline == "COMMITTEE MEETS"
    assert article.subheadline == "REPEAL OF SUGAR TARIFF IS SOUGHT"


def test_runs_on_reads_the_first_lines_last_word() -> None:
    assert caps_runs_on("FUNERAL OF MRS.", "BRANNON IS HELD")
    assert caps_runs_on("COMMITTEE FAVORS", "REPEAL OF SUGAR TARIFF")
    # A verb followed by its stop ends a clause; a title with no stop is a word of the head.
    assert not caps_runs_on("WHAT THE PEOPLE ASK.", "A NEW BRIDGE")
    assert not caps_runs_on("BANK CASHIER MISSING", "FUNDS FOUND INTACT")


def test_a_verb_after_an_infinitives_to_runs_on_but_a_noun_does_not() -> None:
    assert caps_runs_on("ASQUITH TO ASK", "$2,000,000,000 CREDIT")
    # After a preposition, an article or a possessive the word is a noun and may end the head.
    assert not caps_runs_on("DEBATING CONTESTS GROW IN FAVOR", "TEACHERS TAKE UP WORK")
    assert not caps_runs_on("THE POOR AND THEIR WANTS", "ALL SORTS OF PEOPLE")
