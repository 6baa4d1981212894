"""speed20's exact guards: ad_evidence_kinds counts what the unguarded searches count."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parse.classify import (
    _AD_PHONE,
    _AD_PRICE,
    _AD_STREET,
    _FIRM_WORD,
    _READER_WORDS,
    _SHOP_WORDS,
    ad_evidence_kinds,
)
from reader.parse.decode import decode_page
from tests.conftest import corpus_file


def _unguarded_kinds(text: str) -> int:
    """ad_evidence_kinds as it was before its guards: every pattern searched."""
    voice = [pattern.search(text) is not None for pattern in (_AD_STREET, _AD_PHONE, _READER_WORDS)]
    voice.append(_SHOP_WORDS.search(text.lower()) is not None)
    if not any(voice):
        return 0
    return sum(voice) + sum(
        1 for pattern in (_AD_PRICE, _FIRM_WORD) if pattern.search(text) is not None
    )


_WORDS = (
    "212 W. Main St. 5th Avenue Street Avenue No. 3rd St. Phone PHONE Tel. Tel Co. 447 $1.50 "
    "25c 50 cents you your YOUR Your store STORE Hardware Co. Company was said North Ave "
    "٣ ٤ 3 12 , . — the and Blvd Place Square"
)
_TEXT = st.lists(st.sampled_from(_WORDS.split()), max_size=14).map(" ".join)


@settings(max_examples=800, deadline=None)
@given(text=_TEXT)
def test_the_guards_change_no_count(text: str) -> None:
    assert ad_evidence_kinds(text) == _unguarded_kinds(text), text


def test_the_guards_change_no_count_on_real_paragraphs() -> None:
    page = corpus_file("chronam-1916-02/19160201/2010270504-ed-1_seq-1.txt")
    text = decode_page(page.read_bytes())
    pieces = [text[i : i + 400] for i in range(0, len(text), 200)]
    counted = [ad_evidence_kinds(piece) for piece in pieces]
    assert counted == [_unguarded_kinds(piece) for piece in pieces]
    assert any(counted)  # the page's ads show some evidence
