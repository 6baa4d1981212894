"""Two columns glued line by line, cut apart again (branch unglue19, issue 9).

A run of three or more tight lines about twice the page's median line, at least half of them
holding a column-rule mark (or a hyphen-broken word) where a column's width ends, is two
neighbouring columns OCR read as one: the left parts become one block and the right parts the
next. Wide-set text (a two-column story, an ad) and OCR dirt stay as they are.
"""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.formats import read_page
from reader.parse.glued import STUCK_MARK, cut_run, seam_candidates, unglue_columns, wide_runs
from reader.parse.lines import split_lines
from tests.conftest import corpus_file

#: A column of a story set at the page's usual width (the median line).
_COLUMN = (
    "The county commissioners met in\n"
    "regular session on Monday with all\n"
    "members present and disposed of a\n"
    "large amount of routine business.\n"
    "The bills of the road supervisors\n"
    "were read and allowed in full, and\n"
    "the report of the county treasurer\n"
    "for the last quarter was approved.\n"
    "A petition for a new bridge across\n"
    "Mill creek near the Smith farm was\n"
    "laid over until the next meeting.\n"
)
#: Four lines holding two columns each, the column rule read as "!", "j", "I" and "'".
_GLUED = (
    "The new school building will be ! Mrs. Mary Johnson returned home\n"
    "ready for use by the first of j Saturday from a visit of two weeks\n"
    "April, the contractor says. The I with her daughter in Kansas City,\n"
    "heating plant is now in place. ' where she enjoyed a pleasant stay.\n"
)
_LEFT = (
    "The new school building will be !",
    "ready for use by the first of j",
    "April, the contractor says. The I",
    "heating plant is now in place. '",
)
_RIGHT = (
    "Mrs. Mary Johnson returned home",
    "Saturday from a visit of two weeks",
    "with her daughter in Kansas City,",
    "where she enjoyed a pleasant stay.",
)
#: A two-column-wide story: long lines, words broken at the line ends, no mark at mid-line.
_WIDE_SET = (
    "In the region to the north of Verdun, the bombardment has con\n"
    "tinued with intensity, particularly in the central sector, and also to\n"
    "the French right, according to an official statement by the war office.\n"
    "The German forces Sunday evening made several attempts to cap\n"
)


def test_a_glued_run_is_cut_into_its_two_columns() -> None:
    text = _COLUMN + _GLUED + _COLUMN
    lines = unglue_columns(split_lines(text))
    texts = [line.text for line in lines]
    start = texts.index(_LEFT[0])
    assert tuple(texts[start : start + 4]) == _LEFT
    assert tuple(texts[start + 4 : start + 8]) == _RIGHT
    # the right column starts a block of its own; both keep their source line numbers
    assert lines[start + 4].gap == 1 and lines[start + 5].gap == 0
    assert [line.number for line in lines[start : start + 8]] == [12, 13, 14, 15] * 2


def test_each_column_reads_on_in_the_parse_and_nothing_is_lost() -> None:
    text = _COLUMN + _GLUED + _COLUMN
    page = parse_page_text(text)
    body = " ".join(p for a in page.articles for p in a.paragraphs)
    assert "by the first of j April, the contractor says." in body
    assert "a visit of two weeks with her daughter" in body
    assert "will be ! Mrs. Mary Johnson" not in body
    # the left column, then the right one
    assert body.index("heating plant is now in place.") < body.index("Mrs. Mary Johnson")
    assert not any(lost_and_added(text, page))


def test_wide_set_text_stays_as_printed() -> None:
    text = _COLUMN + _WIDE_SET + _COLUMN
    lines = split_lines(text)
    assert wide_runs(lines, 34.0)  # the width test alone would take it
    assert unglue_columns(lines) == lines


def test_one_marked_line_in_four_is_not_enough() -> None:
    unmarked = _GLUED.replace(" j ", " ").replace(" I ", " ").replace(" ' ", " ")
    lines = split_lines(_COLUMN + unmarked + _COLUMN)
    assert unglue_columns(lines) == lines


def test_ocr_dirt_with_marks_is_not_two_columns() -> None:
    dirt = (
        "tlllll\" I'llllM'l, i Thi-i \" ll\"-t '1 Mil.. I i, lill iill\n"
        "mi Hit- i ii. ili ami ! nllii. mull 'liiiii llil lliil illi\n"
        "li n v ,n nn lilt Imn.l, j n linil mi ' UlM lil ilil illl\n"
        "In it .'Hill tin HI it ! 111 H liktil In halt' II' i illi\n"
    )
    lines = split_lines(_COLUMN + dirt + _COLUMN)
    median = 34.0
    assert [cut_run(lines[s:e], median) for s, e in wide_runs(lines, median)] == [None]
    assert unglue_columns(lines) == lines


def test_lines_apart_are_no_run() -> None:
    spaced = _GLUED.replace("\n", "\n\n")
    lines = split_lines(_COLUMN + "\n" + spaced + _COLUMN)
    assert unglue_columns(lines) == lines


def test_a_real_glued_run_reads_in_column_order() -> None:
    # An unseen 1916 page (Saginaw, 11 February): a story of a profit-sharing plan glued to
    # a wild-life exhibit's story for six lines, the column rule read as "!", ":", "'" and "j".
    body = " ".join(_real_paragraphs("19160211/sn97070614-ed-1_seq-1.txt"))
    assert "will receive each year ! an amount equal to between five and" in body
    assert "year ! live and mounted" not in body


# Branch unglue20: the right column's text stands on its own.

#: Glued lines whose left column stops mid-sentence at the run's foot (it goes on under the run).
_GLUED_OPEN = _GLUED.replace(
    "heating plant is now in place. '", "heating plant will be put in by '"
)


def _real_paragraphs(name: str) -> list[str]:
    """The paragraphs read from a page of chronam-1916-02 (checked: no character lost)."""
    path = corpus_file(f"chronam-1916-02/{name}")
    data = path.read_bytes()
    page = read_page(data, path)
    assert not lost_and_added(data.decode("utf-8"), page)[0]
    return [p for a in page.articles for p in a.paragraphs]


def test_only_the_right_columns_first_line_is_marked() -> None:
    lines = unglue_columns(split_lines(_COLUMN + _GLUED + _COLUMN))
    marked = [line.text for line in lines if line.column_start]
    assert marked == [_RIGHT[0]]
    assert not any(line.column_start for line in split_lines(_COLUMN + _GLUED + _COLUMN))


def test_the_right_column_starts_a_paragraph_of_its_own() -> None:
    # The left column's last line ends mid-sentence: its sentence goes on under the run, never
    # in the right column's first line, so the right column's text does not run on into it.
    text = _COLUMN + _GLUED_OPEN + _COLUMN
    page = parse_page_text(text)
    paragraphs = [p for a in page.articles for p in a.paragraphs]
    assert any(p.startswith("Mrs. Mary Johnson returned home") for p in paragraphs)
    assert not any("put in by ' Mrs. Mary" in p for p in paragraphs)
    assert not any(lost_and_added(text, page))


def test_a_real_right_column_opens_its_own_paragraph() -> None:
    # An unseen 1916 page (Hickory, 17 February): a joke glued to the Catawba County sweet
    # potato growers' item for four lines; the joke's last line runs on under the run.
    paragraphs = _real_paragraphs("19160217/sn91068160-ed-1_seq-1.txt")
    assert any(p.startswith("The Catawba County Sweet r Potato") for p in paragraphs)
    assert not any("Age-Jage and The Catawba" in p for p in paragraphs)


def test_a_mark_stuck_to_a_broken_word_places_the_cut() -> None:
    # An unseen 1916 page (Barre, 8 February): "has been men-j" ends the left column's line, the
    # column rule read as "j" stuck to the broken word; the next word is the right column's.
    body = " ".join(_real_paragraphs("19160208/sn91066782-ed-1_seq-1.txt"))
    assert "has been men-j tioned for his exploit" in body
    assert "men-j the tioned" not in body


def test_a_stuck_mark_alone_does_not_make_a_run() -> None:
    # Broken words with a stuck mark only place a cut: a run still needs the marks above.
    unmarked = _GLUED.replace(" ! ", " ").replace(" j ", " ").replace(" I ", " ")
    stuck = unmarked.replace(" ' ", " ").replace("first of", "first of-j")
    lines = split_lines(_COLUMN + stuck + _COLUMN)
    assert unglue_columns(lines) == lines
    found = seam_candidates("ready for use by the first of-j Saturday from a visit", 34.0)
    assert (7, 31, STUCK_MARK) in found
