"""A head stack kept with its story over a garbled credit or line (branch stackgarble20, issue 9).

A stack's last line OCR garbled past the deck and credit tests ("Spc.iil to The World.",
"(AssooUU rtw i rterl VlrtiUas j", "nti.i.ETiN."), straight over a dated dispatch, was the
paragraph of a brief of its own and the dispatch under it had no head. Read on real 1916 front
pages of the corpus (unseen pages the rule was read on, not tuned on).
"""

from __future__ import annotations

import pytest

from reader.model import Article, Page
from reader.parse import load_issue
from reader.parse.assemble import _GARBLED_CREDIT_SHAPE
from reader.parse.audit import lost_and_added
from reader.parse.decode import decode_page
from tests.conftest import corpus_file


def _page(relative: str) -> tuple[Page, str]:
    path = corpus_file("chronam-1916-02/" + relative)
    return load_issue(path).pages[0], decode_page(path.read_bytes())


def _headed(page: Page, headline: str) -> list[Article]:
    return [a for a in page.articles if a.headline == headline]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("relative", "headline", "dateline", "byline"),
    [
        (
            "19160217/sn85042344-ed-1_seq-1.txt",
            "GIRL IS CAUSE OF A NEAR-KILLING",
            "Ml'SKOGKE, Feb. 16.",
            "Spc.iil to The World.",
        ),
        (
            "19160204/sn83025121-ed-1_seq-1.txt",
            "TEUTON RAIDER SINKS ' ' FORMER GERMAN SHIP",
            "LONDON, February 4-",
            "(AssooUU rtw i rterl VlrtiUas j",
        ),
        (
            "19160224/sn89066313-ed-1_seq-1.txt",
            "TILT IN MOAT CASE",
            "WASHINGTON, Feb. 24.",
            "Iiy United I'res.s.",
        ),
    ],
)
def test_a_garbled_credit_under_a_stack_is_the_dispatchs_byline(
    relative: str, headline: str, dateline: str, byline: str
) -> None:
    page, _ = _page(relative)
    [story] = _headed(page, headline)
    assert (story.dateline, story.byline) == (dateline, byline)
    assert story.kind == "story"
    assert not _headed(page, headline)[1:]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("relative", "headline", "dateline", "scrap"),
    [
        (
            "19160204/sn99021999-ed-1_seq-1.txt",
            "G 15 EAT INTERESTS TO PROTECT",
            "THRRE HAUTE, Ind., Feb. 3.",
            "nti.i.ETiN.",
        ),
        (
            "19160224/sn85038411-ed-1_seq-1.txt",
            "DIES ON BOTH BIRTHDAY",
            "Carlisle, Pa.. Feb. 24.—",
            "J./i oj ;m.W.v",
        ),
    ],
)
def test_a_garbled_line_under_a_stack_leaves_it_heading_the_dispatch(
    relative: str, headline: str, dateline: str, scrap: str
) -> None:
    page, text = _page(relative)
    [story] = _headed(page, headline)
    assert story.dateline == dateline
    assert story.byline is None
    assert any(scrap in line for line in page.unplaced)
    assert not lost_and_added(text, page)[0]


def test_the_credit_shape_reads_a_credits_marks_not_a_decks_words() -> None:
    shaped = ["(Assocl rtw i", "[prom it ?t?f* c", "tar, Aasoe:", "P.v United", "Spc.iil to The W"]
    assert all(_GARBLED_CREDIT_SHAPE.search(line) for line in shaped)
    unshaped = ["nti.i.ETiN.", "J./i oj ;m.W.v", "Rescuers -", "WINSTON - SALEM,"]
    assert not any(_GARBLED_CREDIT_SHAPE.search(line) for line in unshaped)
