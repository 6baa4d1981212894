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


#: Real pages: (page, the stack's head, the dispatch's dateline, the garbled line under the
#: stack, whether that line is shaped as a credit and so becomes the byline).
_CASES = [
    ("19160217/sn85042344", "GIRL IS CAUSE OF A NEAR-KILLING", "Ml'SKOGKE, Feb. 16.",
     "Spc.iil to The World.", True),
    ("19160204/sn83025121", "TEUTON RAIDER SINKS ' ' FORMER GERMAN SHIP", "LONDON, February 4-",
     "(AssooUU rtw i rterl VlrtiUas j", True),
    ("19160224/sn89066313", "TILT IN MOAT CASE", "WASHINGTON, Feb. 24.",
     "Iiy United I'res.s.", True),
    # (the stack's top head, left a teaser until branch orphan39 gave it back its stack)
    ("19160204/sn99021999", "UNITED STATES NAVY SHOULD BE UNCONQUERABLE",
     "THRRE HAUTE, Ind., Feb. 3.", "nti.i.ETiN.", False),
    ("19160224/sn85038411", "DIES ON BOTH BIRTHDAY", "Carlisle, Pa.. Feb. 24.—", "J./i oj ;m.W.v",
     False),
]  # fmt: skip


@pytest.mark.corpus
@pytest.mark.parametrize(("page_name", "headline", "dateline", "line", "credit"), _CASES)
def test_a_stack_over_a_garbled_line_heads_the_dispatch_under_it(
    page_name: str, headline: str, dateline: str, line: str, credit: bool
) -> None:
    page, text = _page(page_name + "-ed-1_seq-1.txt")
    [story] = _headed(page, headline)
    assert (story.kind, story.dateline) == ("story", dateline)
    if credit:
        assert story.byline == line
    else:
        assert story.byline is None
        assert any(line in scrap for scrap in page.unplaced)
    assert not lost_and_added(text, page)[0]


def test_the_credit_shape_reads_a_credits_marks_not_a_decks_words() -> None:
    shaped = ["(Assocl rtw i", "[prom it ?t?f* c", "tar, Aasoe:", "P.v United", "Spc.iil to The W"]
    assert all(_GARBLED_CREDIT_SHAPE.search(line) for line in shaped)
    unshaped = ["nti.i.ETiN.", "J./i oj ;m.W.v", "Rescuers -", "WINSTON - SALEM,"]
    assert not any(_GARBLED_CREDIT_SHAPE.search(line) for line in unshaped)
