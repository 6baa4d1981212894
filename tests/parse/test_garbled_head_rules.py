"""A capitals head's first line read as the last line of the prose above keeps its head (branch
``garble31``, issue 9).

A 1916 daily sets a story's head in capitals over two lines or more straight under the text of
the column above. When that text stops without a stop (a column cut mid-sentence, a stop OCR
lost) or the head's first line ends on a comma, and OCR garbled the line's display type past
the title rules ("GFRMANY WlLL N0T YlELD"), the line was read as the prose's last words and the
story was headed by its second line. A letter's signature under its close, a line closed on its
own word's stop, a date line, capitals text running on and a line as wide as two heads keep
their reading.

Branch ``garble32`` narrowed the rule by its wrong changes on the unseen pages: a line under two
columns OCR read as one line, an ad's display lines over its text, a notice's head under its
place, a sentence of text running on in capitals (a word in small letters alone), a line over a
title closed on its word's stop with a capitals title under it (a head whole in itself), OCR
garble (few of the letters in readable words) and a line over a title far narrower than itself
(a neighbouring column's head) keep their reading.
"""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text

#: Twenty-two lines of a story's text: the rule leaves a page's first lines (its masthead) alone.
_COLUMN = (
    "The county board met on Tuesday and\n"
    "heard the report of the road overseer,\n"
    "who said the bridges on the north road\n"
    "were in need of repair before spring.\n"
    "The board voted to ask for bids and\n"
    "to have the work done by the first of\n"
    "April. A petition from the farmers of\n"
    "the east district was read and laid\n"
    "over until the next meeting of the\n"
    "board, when the members will visit\n"
    "the district. The clerk reported that\n"
    "the taxes of the year were paid in\n"
    "full by all but a few of the owners\n"
    "of land in the county, and that the\n"
    "fund for the poor farm was larger\n"
    "than in any year before. The board\n"
    "thanked the clerk for his work and\n"
    "voted him a small sum for his help\n"
    "in the matter of the new books. It\n"
    "was agreed to meet again on the first\n"
    "Tuesday of the month, when the bids\n"
    "will be opened and the contract let\n"
)

_STORY = (
    "Springfield, Feb. 3.—The first report of\n"
    "the matter came from the consul at the\n"
    "port, who wired that the ship had come\n"
    "in during the night with her crew and\n"
    "passengers safe and well on board.\n"
)


def _parse(head: str, above: str = _COLUMN) -> list[Article]:
    return list(parse_page_text(above + head + _STORY).articles)


def _story(head: str, above: str = _COLUMN) -> Article:
    (article,) = [
        article
        for article in _parse(head, above)
        if any("consul" in paragraph for paragraph in article.paragraphs)
    ]
    return article


def _column_text(head: str, above: str = _COLUMN) -> str:
    """The text of the story the column above tells (all its paragraphs)."""
    return " ".join(
        " ".join(article.paragraphs)
        for article in _parse(head, above)
        if any("road overseer" in paragraph for paragraph in article.paragraphs)
    )


#: A title wider than a capitals line wrapped in a column (no wrap the title rules join).
_TITLE = "STEAMER COMES INTO PORT SAFE\n"


def test_a_capitals_first_line_under_open_prose_heads_its_story() -> None:
    # the column above breaks off with no stop ("… the contract let")
    head = "GOVERNOR CALLS LAWMAKERS BACK\n" + _TITLE
    assert _story(head).headline == "GOVERNOR CALLS LAWMAKERS BACK STEAMER COMES INTO PORT SAFE"
    assert "GOVERNOR" not in _column_text(head)


def test_a_garbled_first_line_is_the_head_as_printed() -> None:
    head = "GFRMANY WlLL N0T YlELD\n" + _TITLE
    assert _story(head).headline == "GFRMANY WlLL N0T YlELD STEAMER COMES INTO PORT SAFE"


def test_a_signature_under_a_letters_close_stays_the_letters() -> None:
    # a letter quoted in the story, closed and signed in capitals
    above = _COLUMN.replace("contract let\n", 'contract let.\n"Very sincerely yours,\n')
    head = "JOHN HENRY SMITHSON\n" + _TITLE
    assert "SMITHSON" not in (_story(head, above).headline or "")


def test_a_line_closed_on_its_own_stop_is_no_heads_first_line() -> None:
    # a name, an item of a list: whole on its line
    head = "MISS HELEN WARDWELL.\n" + _TITLE
    assert _story(head).headline == "STEAMER COMES INTO PORT SAFE"


def test_a_date_line_is_no_heads_first_line() -> None:
    head = "SUNDAY AND MON FEB 13\n" + _TITLE
    assert _story(head).headline == "STEAMER COMES INTO PORT SAFE"


def test_a_line_as_wide_as_two_heads_is_left_alone() -> None:
    # two heads of neighbouring columns read as one line
    head = "SENATOR IS GUEST A SIMPLE BILL PASSED\n" + _TITLE
    assert _story(head).headline == "STEAMER COMES INTO PORT SAFE"


def test_capitals_text_running_on_is_no_head() -> None:
    above = _COLUMN.replace("contract let\n", "contract let\nWE CAN SAY WELL THAT\n")
    text = (
        "THE FARMERS OF THE COUNTY ARE\n"
        "HAVE DONE THEIR PART AND MORE\n"
        "IN THE WORK OF THE YEAR AND\n"
        "THE BOARD IS PROUD OF THEM AND\n"
        "OF ALL THE MEN WHO HELPED IN\n"
        "THE GREAT TASK OF THE ROADS.\n"
    )
    assert "WE CAN SAY WELL THAT" in _column_text(text, above)


def test_an_ads_display_lines_over_its_text_are_no_head() -> None:
    # the shop's words under the title ("Write us today", "our price list"): an ad
    head = (
        "FRUIT TREES AND VINES\n"
        "WINCHESTER NURSERY COMPANY\n"
        "Write us today for our price list of\n"
        "hardy stock grown in this county.\n"
    )
    assert "FRUIT TREES" not in " ".join(article.headline or "" for article in _parse(head))


def test_a_place_over_a_notices_head_is_no_heads_first_line() -> None:
    head = "KENNA, NEW MEXICO\nNOTICE FOR PUBLICATION.\n"
    assert _story(head).headline == "NOTICE FOR PUBLICATION."


def test_a_word_in_small_letters_is_text_running_on_in_capitals() -> None:
    head = "THE NINTH WARD DELEGATES\nWILL GO TO THE CONVENTION and\n"
    assert "NINTH WARD" not in (_story(head).headline or "")


def test_a_line_over_a_head_closed_with_its_stack_running_on_is_left_alone() -> None:
    # "SAILED ACROSS THE SEA." is a head whole in itself, "ONLY ONE SHIP WAS LOST" its deck
    head = "FUNERAL OF MRS. JANE HOLLIS\nSAILED ACROSS THE SEA.\nONLY ONE SHIP WAS LOST\n"
    assert "FUNERAL" not in (_story(head).headline or "")


def test_a_line_of_ocr_garble_is_no_heads_first_line() -> None:
    head = "1 II oN N HUM s I OOI 1 01 I\nI H HIM. M II IT i HV MA IOI Q\n"
    assert "HUM" not in (_story(head).headline or "")


def test_a_line_over_a_title_far_narrower_is_left_alone() -> None:
    # a neighbouring column's head read over this one's (the title is under 0.6 of its width)
    head = "PROTEST ON NEW RAILWAY RATES\nFAREWELL SUPPER\n"
    assert _story(head).headline == "FAREWELL SUPPER"


def test_a_line_under_two_columns_read_as_one_is_left_alone() -> None:
    # OCR read the lines of two neighbouring columns as one line above the capitals line
    above = _COLUMN.replace(
        "contract let\n", "contract let The Rebekah lodge will meet at the hall on the\n"
    )
    head = "GOVERNOR CALLS LAWMAKERS BACK\n" + _TITLE
    assert _story(head, above).headline == "STEAMER COMES INTO PORT SAFE"


def test_a_wide_line_of_ocr_dirt_over_the_head_is_no_text() -> None:
    # a banner's rule read as marks and specks: no two columns of text, so the head is kept
    above = _COLUMN.replace(
        "contract let\n",
        "contract let\n' : . tlf p t it mm n m m i V . '- a : iM 'T ': j - . !r 1 L:-- -\n",
    )
    head = "GOVERNOR CALLS LAWMAKERS BACK\n" + _TITLE
    assert _story(head, above).headline == (
        "GOVERNOR CALLS LAWMAKERS BACK STEAMER COMES INTO PORT SAFE"
    )
