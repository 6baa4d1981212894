"""English e-paper fronts (tabloid34): a tabloid head stack whose head or deck is wrapped on a
small word or closed by a semicolon, a deck wrapped over two lines under a head of three, a
tail opening on a figure set with thousands commas, and a stack standing straight under a page
pointer; a jump line is no sentence-case head. Each shape is built from our own short
snippets, with the near misses the rule must leave alone (a stack's last line running on, a
stack over no modern opening, prose under a pointer, a head that names no page)."""

from __future__ import annotations

from reader.parse.lines import Line
from reader.parse.reflow import (
    _figure_then_word,
    _page_pointer_line,
    _sentence_case_line,
    _stack_under_pointer,
    _tabloid_stack,
    _wrapped_head_line,
)
from tests.parse.epages import articles_of, epaper, story_by

# --- the lines a stack may now hold ---------------------------------------------------------


def test_a_head_line_wrapped_on_a_small_word_or_a_semicolon() -> None:
    assert _wrapped_head_line("Ferry fares to")
    assert _wrapped_head_line("Teachers vote on a walkout over £3bn of")
    assert _wrapped_head_line("Talks collapse after midnight;")
    # near misses: a line closed by a stop, a line in capitals, one word and its small word
    assert not _wrapped_head_line("The talks collapsed at midnight.")
    assert not _wrapped_head_line("FERRY FARES TO")
    assert not _wrapped_head_line("Fares to")


def test_a_tail_opening_on_a_figure_with_thousands_commas() -> None:
    assert _figure_then_word("2,400 jobs")
    assert _figure_then_word("40 jobs")
    # near misses: a figure's comma at its end, a figure before a capital
    assert not _figure_then_word("2, jobs")
    assert not _figure_then_word("2,400 Jobs")


def test_a_page_pointer_alone_on_its_line() -> None:
    assert _page_pointer_line("Travel, page 22")
    assert _page_pointer_line("Page B3")
    assert _page_pointer_line("Please see FERRY, A4")
    # near misses: a sentence naming a page, a line of prose
    assert not _page_pointer_line("The report ran to page 22 of the plan")
    assert not _page_pointer_line("Ferry fares to")


# --- stacks on a page ---------------------------------------------------------------------

WRAPPED_STACKS = epaper(
    "Storm warning for the coast tonight.",
    "Ferry fares to",
    "rise 40 cents",
    "By Rita Moss",
    "Staff Writer",
    "Riders will pay more from March",
    "after the port board voted 5-2.",
    "Please see FERRY, A4",
    "Port talks",
    "stall over",
    "pensions",
    "Unions reject the offer again;",
    "strike vote set for Monday",
    "By DEV PATEL",
    "Associated Press",
    "NEWARK (AP) — Talks between dock",
    "workers and the port broke down",
    "late Tuesday, officials said.",
    "Plant to shed",
    "2,400 jobs",
    "CHICAGO (Reuters) — A maker of",
    "farm machines said Tuesday it",
    "would close two plants.",
)


def test_stacks_wrapped_on_small_words_and_semicolons_head_their_stories() -> None:
    articles = articles_of(WRAPPED_STACKS)
    ferry = story_by(articles, "Moss")
    assert ferry.headline == "Ferry fares to rise 40 cents"
    port = story_by(articles, "PATEL")
    assert port.headline == "Port talks stall over pensions"
    assert port.subheadline is not None
    assert port.subheadline.replace("\n", " ") == (
        "Unions reject the offer again; strike vote set for Monday"
    )
    plant = next(a for a in articles if a.dateline and "Reuters" in a.dateline)
    assert plant.headline == "Plant to shed 2,400 jobs"


UNDER_A_POINTER = epaper(
    "INSIDE: Six winter breaks by rail",
    "Travel, page 22",
    "Minister faces revolt",
    "over school cuts",
    "Backbenchers warn of a backlash as £2bn of",
    "repairs is put off until after the election",
    "By Helen Crane Political Editor",
    "The Education Secretary is facing a",
    "revolt from her own benches tonight.",
)


def test_a_stack_under_a_page_pointer_heads_its_story() -> None:
    story = story_by(articles_of(UNDER_A_POINTER), "Crane")
    assert story.headline == "Minister faces revolt over school cuts"
    assert story.subheadline is not None
    assert story.subheadline.replace("\n", " ") == (
        "Backbenchers warn of a backlash as £2bn of repairs is put off until after the election"
    )


# --- near misses ----------------------------------------------------------------------------

RUNS_ON = epaper(
    "Storm warning for the coast tonight.",
    "Crews were sent to",
    "the coast road at dawn",
    "By the time the sun rose the",
    "By Rita Moss",
    "The road reopened at noon.",
)


def test_a_stack_whose_last_line_runs_on_is_no_head() -> None:
    # "… at dawn" is no wrapped line, but "By the time the sun rose the" runs on: prose.
    for article in articles_of(RUNS_ON):
        assert article.headline != "Crews were sent to the coast road at dawn"


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text, False, 1) for number, text in enumerate(texts, 1)]


def test_the_gates_a_modern_opening_under_the_stack() -> None:
    wrapped = ("Storm warning tonight.", "Ferry fares to", "rise 40 cents")
    assert _tabloid_stack(_lines(*wrapped, "By Rita Moss", "Riders will pay more."), 1)
    # near miss: the same stack over a 1916 sentence, no byline or modern dateline under it
    assert not _tabloid_stack(_lines(*wrapped, "on Saturday next, when the club meets."), 1)
    pointer = ("Travel, page 22", "Minister faces revolt", "over school cuts")
    assert _stack_under_pointer(_lines(*pointer, "By Helen Crane", "The minister is."), 1)
    # near miss: under the pointer, prose that runs on
    assert not _stack_under_pointer(_lines(*pointer, "from her own benches tonight."), 1)


def test_a_jump_line_is_no_sentence_case_head() -> None:
    assert not _sentence_case_line("Please see FERRY, A4")
    # near miss: a head that names no page
    assert _sentence_case_line("Please see the new ferry")


JUMP_OVER_A_CAPTION = epaper(
    "Ferry fares to",
    "rise 40 cents",
    "By Rita Moss",
    "Staff Writer",
    "Riders will pay more from March",
    "after the port board voted 5-2.",
    "Please see FERRY, A4",
    "Crews clear ice from the Lake",
    "Street pier on Monday morn-",
    "ing as the cold set in.",
    "JOSE MARTIN/SENTINEL",
)


def test_a_jump_line_over_a_caption_closes_its_story() -> None:
    ferry = story_by(articles_of(JUMP_OVER_A_CAPTION), "Moss")
    assert ferry.continued_to is not None
    assert ferry.continued_to.text == "Please see FERRY, A4"
