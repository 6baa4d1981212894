"""A capitals head left over the first deck of its own stack (branch ``orphan38``, issue 9).

A 1916 daily sets a capitals head over a title-case deck (often a second capitals deck and its
own deck follow) over the story. The head's words echo another story's lead as well as its own
(the day's fire, the day's ship), so the title pass held it back from the stack over its story;
the story, headed by its own decks, took nothing from afar, and the head was left a teaser of
nothing while the deck (or the second capitals deck) became the story's headline. Now such a
head tops the stack whose first deck stands straight under it
(``assemble._heads_over_first_decks``). The snippets are our own words in those shapes, with
near-misses the rule must leave alone: a contents box's run of titles, a page label, an ad's
line running on, a list's name, a scrap of OCR under the head, a head over a capitals head, a
list of officers under the stack, a masthead line between, a modern kicker over a sentence-case
head. Branch ``orphan39`` narrows it to heads whose stack is their own: no head whose words
another story of the page echoes far better (``_echoed_better_elsewhere``; the story printed
straight after, the stack's own later part, aside), no price line, no label of a list or a
column (two words closed by a stop).
"""

from __future__ import annotations

from reader.parse.assemble import Body, Title, _decks, _heads_over_first_decks

_STORY = (
    "Two women and three men are known to have perished in the fire which destroyed the old "
    "woollen mill at the river crossing early this morning, and several workmen are missing."
)
_ABOVE = "The council will meet again on Tuesday evening to settle the question of the new lamps."


def _page(
    head: str = "FIVE LIVES LOST",
    deck: str = "Two Women and Three Men Perished in Blaze at the River Mill.",
    *,
    deck_style: str = "mixed",
    second: str | None = "WATCHMAN HEARD EXPLOSION",
    story: str = _STORY,
    above: Title | Body | None = None,
    gap: int = 1,
) -> tuple[list[Title | Body], Title, Body]:
    """A closed paragraph on lines 1-3 (or ``above``), a free capitals ``head`` on line 5, and
    ``gap`` lines under it a story headed by ``deck`` (and ``second``, a capitals deck, with a
    deck of its own) over ``story``."""
    if above is None:
        above = Body([_ABOVE], 1, 3)
        above.lines = [1, 2, 3]
    top = Title(head, "caps", 5, 5, lines=[5])
    line = 5 + gap
    stack = [Title(deck, deck_style, line, line, lines=[line])]
    if second is not None:
        stack.append(Title(second, "caps", line + 1, line + 1, lines=[line + 1]))
        stack.append(
            Title("Fire Broke Out in the Engine Room.", "mixed", line + 2, line + 2, [line + 2])
        )
    first = stack[-1].last + 1
    body = Body([story], first, first + 3)
    body.lines = list(range(first, first + 4))
    for title in stack:
        title.body = body
    body.titles = list(stack)
    return [above, top, *stack, body], top, body


def _texts(body: Body) -> list[str]:
    return [t.text for t in sorted(body.titles, key=lambda t: t.first)]


def test_a_head_left_over_its_first_deck_tops_its_stack() -> None:
    sequence, head, story = _page()
    _heads_over_first_decks(sequence, [])
    assert head.body is story
    assert _texts(story) == [
        "FIVE LIVES LOST",
        "Two Women and Three Men Perished in Blaze at the River Mill.",
        "WATCHMAN HEARD EXPLOSION",
        "Fire Broke Out in the Engine Room.",
    ]
    _, headline, sub = _decks(story)
    assert headline == "FIVE LIVES LOST"
    assert sub is not None and sub.startswith("Two Women and Three Men")


def test_a_head_over_a_deck_alone_tops_it_too() -> None:
    sequence, head, story = _page(second=None, gap=2)
    _heads_over_first_decks(sequence, [])
    assert head.body is story
    assert _decks(story)[1] == "FIVE LIVES LOST"


def test_a_deck_two_sentences_long_is_read_by_its_first() -> None:
    deck = "Growth in Receipts for January. Nearly a Million More Than Last Year."
    story = "The growth in the state's receipts for January was reported by the treasurer today."
    sequence, head, story_body = _page(head="SHOWS BIG GAIN", deck=deck, story=story)
    _heads_over_first_decks(sequence, [])
    assert head.body is story_body


def test_a_run_of_free_titles_is_a_contents_box_and_stays() -> None:
    entry = Title("PRICES OF WHEAT RISE", "caps", 3, 3, lines=[3])
    sequence, head, story = _page(above=entry)
    _heads_over_first_decks(sequence, [])
    assert head.body is None
    assert "FIVE LIVES LOST" not in _texts(story)


def test_a_title_some_story_took_still_counts_as_closed_above() -> None:
    other = Body([_ABOVE], 1, 2)
    taken = Title("Will Meet Again on Tuesday.", "mixed", 3, 3, lines=[3])
    taken.body = other
    sequence, head, story = _page(above=taken)
    _heads_over_first_decks(sequence, [])
    assert head.body is story


def test_a_capitals_line_taken_straight_above_is_a_banner_and_stays() -> None:
    other = Body([_ABOVE], 1, 2)
    banner = Title("MILL OWNER RESIGNS", "caps", 4, 4, lines=[4])
    banner.body = other
    sequence, head, _ = _page(above=banner)
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_a_head_s_tail_line_is_no_top() -> None:
    sequence, head, _ = _page(head="THAN EVER BEFORE")
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_a_slogan_stays() -> None:
    sequence, head, _ = _page(head="REGISTER NOW! VOTE EARLY!")
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_four_capitals_lines_are_two_heads() -> None:
    sequence, head, _ = _page(gap=1)
    head.first, head.last = 2, 5
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_a_capitals_deck_with_a_scrap_is_no_deck() -> None:
    sequence, head, _ = _page(deck="ALL THE TIME. Iflfl")
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_a_page_label_stays() -> None:
    sequence, head, _ = _page(head="PAGE ONE.", deck="Telegraphic News: Fire at the Mill.")
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_an_ads_line_running_on_stays() -> None:
    sequence, head, _ = _page(head="NOW IS THE TIME FOR", deck="Spring Suits and Hats")
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_a_name_alone_stays() -> None:
    sequence, head, _ = _page(head="MRS. J. R. DOE.", deck="Pastor of the First Church")
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_a_scrap_of_letters_under_the_head_is_no_deck() -> None:
    sequence, head, _ = _page(head="PASSAGE TODAY", deck="Mi I S I I I t: Wilh I")
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_letters_alone_in_the_head_refuse_it() -> None:
    sequence, head, _ = _page(head="NIGHT GOWNS AT O V L")
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_a_head_over_a_capitals_head_is_not_asked() -> None:
    sequence, head, _ = _page(deck="MILL OWNERS MEET", deck_style="caps", second=None)
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_a_list_of_officers_under_the_stack_is_no_story() -> None:
    officers = "President—A. B. Case. Vice President—C. D. Roe. Treasurer—E. F. Moe."
    sequence, head, _ = _page(head="OFFICERS ELECTED TODAY", story=officers)
    _heads_over_first_decks(sequence, [])
    assert head.body is None


def test_not_across_a_masthead_line() -> None:
    sequence, head, _ = _page(gap=2)
    _heads_over_first_decks(sequence, [6])
    assert head.body is None


def test_a_modern_kicker_over_a_sentence_case_head_stays() -> None:
    deck = "Council votes to raise water rates after a long debate on the budget"
    sequence, head, _ = _page(head="CITY HALL", deck=deck, second=None)
    _heads_over_first_decks(sequence, [])
    assert head.body is None


_ROADS = (
    "The question of the bond issue for the new county roads will be taken up at the meeting "
    "of the commercial club tomorrow evening, when the engineers will report their estimates."
)
_HALE = (
    "A. R. Hale of Milton is now president of the county growers union, having been chosen "
    "at the annual meeting held at the grange hall on Saturday afternoon last week."
)
_MARKET = "Wheat sold at the elevator yesterday for a little less than on Monday, the buyers said."


def _with_bodies(
    sequence: list[Title | Body], *texts: str
) -> tuple[list[Title | Body], list[Body]]:
    """``sequence`` with bodies of ``texts`` printed after it, ten lines apart."""
    last = sequence[-1].last
    bodies = []
    for place, text in enumerate(texts):
        first = last + 10 * (place + 1)
        body = Body([text], first, first + 3)
        body.lines = list(range(first, first + 4))
        bodies.append(body)
    return [*sequence, *bodies], bodies


def test_a_head_another_story_echoes_far_better_stays() -> None:
    deck = "Bond Issue Will Be Discussed at Meeting Tomorrow."
    head = "HALE NOW HEAD OF COUNTY GROWERS UNION"
    sequence, top, _ = _page(head=head, deck=deck, second=None, story=_ROADS)
    sequence, _ = _with_bodies(sequence, _MARKET, _HALE)
    _heads_over_first_decks(sequence, [])
    assert top.body is None


def test_the_story_straight_after_is_the_stack_s_own_later_part() -> None:
    deck = "Bond Issue Will Be Discussed at Meeting Tomorrow."
    head = "HALE NOW HEAD OF COUNTY GROWERS UNION"
    sequence, top, story = _page(head=head, deck=deck, second=None, story=_ROADS)
    sequence, _ = _with_bodies(sequence, _HALE, _MARKET)
    _heads_over_first_decks(sequence, [])
    assert top.body is story


def test_a_partial_echo_elsewhere_lets_the_head_top() -> None:
    # (the day's other disaster shares two of the head's three words: no better evidence)
    sequence, top, story = _page()
    sequence, _ = _with_bodies(sequence, _MARKET, "Five lives were saved when the barge sank.")
    _heads_over_first_decks(sequence, [])
    assert top.body is story


def test_a_place_alone_whose_story_is_elsewhere_stays() -> None:
    deck = "Well Known Miller Passes Away at His Home."
    sequence, top, _ = _page(head="SPRING VALLEY", deck=deck, second=None)
    sequence, _ = _with_bodies(sequence, _MARKET, "At Spring Valley the lodge met on Monday.")
    _heads_over_first_decks(sequence, [])
    assert top.body is None


def test_a_price_line_stays() -> None:
    sequence, top, _ = _page(head="TOURING MODEL, FOR $850.00", second=None)
    _heads_over_first_decks(sequence, [])
    assert top.body is None


def test_a_list_s_label_stays() -> None:
    sequence, top, _ = _page(head="MARRIAGE LICENSES.", second=None)
    _heads_over_first_decks(sequence, [])
    assert top.body is None


def test_two_words_with_no_stop_are_a_head() -> None:
    sequence, top, story = _page(head="MILL BURNS", second=None)
    _heads_over_first_decks(sequence, [])
    assert top.body is story


def test_a_deck_the_story_does_not_repeat_is_another_story_s() -> None:
    # (a head and its deck set over another story's stack: the trial story says nothing of a
    # bridge)
    deck = "Town Must Pay Its Share for Building of the New Bridge, Says Judge."
    trial = (
        "County court resumed its session on Tuesday morning when the case of the state "
        "against a farmhand charged with assault was taken up and a jury was quickly found."
    )
    sequence, top, _ = _page(head="INJUNCTION DISSOLVED", deck=deck, story=trial)
    _heads_over_first_decks(sequence, [])
    assert top.body is None


def test_a_stack_read_as_a_brief_straight_above_makes_it_a_deck() -> None:
    brief = Body(["Dollars, a Mass of Ruins."], 4, 4)
    brief.lines = [4]
    brief_head = Title("OLD MILL DESTROYED BY FIRE", "caps", 2, 3, lines=[2, 3])
    brief_head.body = brief
    brief.titles = [brief_head]
    sequence, top, _ = _page(above=brief)
    _heads_over_first_decks(sequence, [])
    assert top.body is None


def test_a_short_story_well_apart_above_is_no_split_stack() -> None:
    short = Body(["Dollars, a Mass of Ruins."], 1, 1)
    short.lines = [1]
    short_head = Title("OLD MILL DESTROYED", "caps", 0, 0, lines=[0])
    short_head.body = short
    short.titles = [short_head]
    sequence, top, story = _page(above=short)
    _heads_over_first_decks(sequence, [])
    assert top.body is story
