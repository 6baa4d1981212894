"""A capitals head cut from its deck by a scrap of OCR heads the story under the deck (branch
``heads21``, issue 9).

A 1916 daily sets a capitals head, a mixed-case deck and the story; OCR leaves a mark between
the head and the deck (a column rule read as ``T``, ``I``, ``II``, ``J.``). The mark was read as
a paragraph, so the head and the mark made a brief, and the story was headed by its deck
(``DISREGARD OF SIGNAL CAUSES`` / ``T`` / ``Eight Lives Lost …``). Real pages are unseen
front pages of the corpus the rule was read on, not tuned on.
"""

from __future__ import annotations

import pytest

from reader.model import Page
from reader.parse import load_issue, parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.decode import decode_page
from tests.conftest import corpus_file
from tests.parse.stories import story_holding
from tests.parse.test_capshead_rules import _ABOVE

_DECK = "Eight Lives Lost and Fully Fifty\nPersons Injured in Rear-end Collision.\n"

_STORY = (
    "The engineer of the second train\n"
    "ran past the signal set against him,\n"
    "and his engine struck the rear car\n"
    "of the local train standing at the\n"
    "station, where most of the dead were.\n"
)


def _stack(scrap: str) -> str:
    return _ABOVE + "DISREGARD OF SIGNAL CAUSES\n" + scrap + "\n" + _DECK + _STORY


@pytest.mark.parametrize("scrap", ["T", "I I", "J.", "_ V"])
def test_a_head_over_a_scrap_heads_the_story_under_its_deck(scrap: str) -> None:
    page = parse_page_text(_stack(scrap))
    article = story_holding(_stack(scrap), "engineer of the second")
    assert article.headline == "DISREGARD OF SIGNAL CAUSES"
    assert (
        article.subheadline
        == "Eight Lives Lost and Fully Fifty Persons Injured in Rear-end Collision."
    )
    # (the scrap is nobody's text: no brief is left of the head)
    assert [a.headline for a in page.articles].count("DISREGARD OF SIGNAL CAUSES") == 1
    assert scrap in " ".join(page.unplaced)


@pytest.mark.parametrize("line", ["TO", "Ml 14", "A BIG CROWD"])
def test_a_small_word_a_figure_or_words_under_the_head_are_no_scrap(line: str) -> None:
    article = story_holding(_stack(line), "engineer of the second")
    assert article.headline != "DISREGARD OF SIGNAL CAUSES"


def _page(relative: str) -> tuple[Page, str]:
    path = corpus_file("chronam-1916-02/" + relative)
    return load_issue(path).pages[0], decode_page(path.read_bytes())


#: Real pages: (page, the stack's head, the deck now under it, the scrap taken out).
_CASES = [
    ("19160223/sn84031081", "DISREGARD OF SIGNAL CAUSES",
     "Eight Lives Lost and Fully Fifty Persons Injured in Rear-end Collision on New", "T"),
    ("19160209/sn83045462", "BRITISH VOICE ANXIETY OVER THEIR ARMY AT KUT",
     "Days and Difficulties Are Confronted by Relief Force.", "I"),
    ("19160202/sn93067846", "BOY BANDITS CAPTURED*.",
     "Chicago Bank Robbers Did Not Get Away With Money.", "_ V"),
    ("19160225/sn84022472", "KAISER'S FORCE CAPTURE 10,000 IN VERDUN DRIVE",
     "More Territory Captured in New Offensive, Berlin War Office Says.", "w"),
]  # fmt: skip


@pytest.mark.corpus
@pytest.mark.parametrize(("page_name", "headline", "deck", "scrap"), _CASES)
def test_a_real_head_over_a_scrap_heads_the_story_under_its_deck(
    page_name: str, headline: str, deck: str, scrap: str
) -> None:
    page, text = _page(page_name + "-ed-1_seq-1.txt")
    [story] = [a for a in page.articles if a.headline == headline]
    assert story.subheadline is not None
    assert story.subheadline.replace("\n", " ").startswith(deck)
    assert story.paragraphs
    assert scrap in page.unplaced
    assert not lost_and_added(text, page)[0]
