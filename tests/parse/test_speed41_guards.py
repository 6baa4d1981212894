"""speed41's output-neutral rewrites: each is checked against the form it replaced (written out
here), on hand-made text, on generated text and on two real pages, so that a later edit that
changes an answer fails here before it moves the identity hash."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.parse import classify
from reader.parse.classify import (
    _AD_PRICE,
    _AD_STREET,
    _CLEAN_TOKEN,
    _FIRM_WORD,
    _FIRM_WORD_LED,
    _SHOP_WORDS,
    _WANT_FORMULA,
    ad_evidence,
    has_shop_word,
    may_name_month,
    names_service_garbled,
    noise_share,
    shop_word_count,
)

#: The patterns as they were written before they were led by their first characters.
_FLAT_AD_PRICE = re.compile(r"\$\s?\d|\b\d+\s?c\b|\b\d+\s+cents\b")
_FLAT_AD_STREET = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][A-Za-z.]*\s+){1,3}(?:Avenue|Ave\.?|Street|St\.|Boulevard|Road)"
    r"|\b(?:Avenue|Street)\b"
    r"|\b\d{1,5}\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:[A-Z][a-z]+\.?\s+){1,2}"
    r"(?:St\b|Ave\b|Av\.|Blvd\b|Rd\.|Place|Pl\.|Block|Blk\.|Building|Bldg\b|Court|Ct\.|"
    r"Square|Sq\.|Drive|Lane|Alley)"
    r"|\b\d{1,3}(?:st|nd|rd|th)\s+(?:St\b|Street|Ave\b|Avenue)"
)
_FLAT_WANT_FORMULA = re.compile(
    r"\b(?:WANTED|FOR SALE|FOR RENT|TO RENT|FOR EXCHANGE|FOR TRADE|LOST|FOUND|STRAYED|ESTRAYED)\b"
)
#: noise_share as it counted before: the clean tokens after white space, by subn.
_CLEAN_AFTER_SPACE = re.compile(rf"\s(?:{_CLEAN_TOKEN})(?!\S)")
_CLEAN_FIRST = re.compile(rf"(?:{_CLEAN_TOKEN})(?!\S)")

#: Pieces of advertisements, addresses, want ads and prose, in the shapes the patterns read.
_PIECES = (
    "$ $5 5 12c 25 cents 1,000 $3.75 up and per Phone Tel. 212 W. Main St. Avenue Street "
    "Ave. Ave St Blvd Rd. Place 5th 3rd North Pine Block Bldg 1115 Pacific Road CO Co. Co "
    "Company COMPANY Bank Store SHOP Jeweler Jewellers JEWELLERS Druggist Druggists GROCERS "
    "Grocery Grocer Agent Agency Garage GARAGEs WANTED FOR SALE RENT TO LOST FOUND ESTRAYED "
    "STRAYED EXCHANGE TRADE proprietors patronage send for write us orders taken special sale "
    "prices we sell are now holding while they last our store come early cut call and see your "
    "order brands try ask druggist get a bottle reg. regular reduced lowest 10c 10 c. this "
    "stock tickets on mail f. o. b. x the of 'a' (b) — - , . ; ’"
).split()
_GLUE = st.sampled_from([*_PIECES, " ", "  ", "\n", "\t", "", "1", "s", "x", "$", "A", "S"])


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(_GLUE, max_size=30))
@example(text=["$5", " ", "10c", " ", "25", " ", "cents", " ", "x10c"])
@example(text=["212", " ", "W.", " ", "Main", " ", "St.", " ", "5th", " ", "Avenue"])
@example(text=["Smith", " ", "&", " ", "Co.", " ", "CO", " ", "Jewellers", " ", "xBank"])
@example(text=["WANTED", " ", "FOR", " ", "SALE", " ", "LOST", " ", "xFOUND", " ", "ESTRAYED"])
def test_the_led_patterns_find_what_the_flat_ones_find(text: list[str]) -> None:
    for joined in ("".join(text), " ".join(text)):
        assert _spans(_AD_PRICE, joined) == _spans(_FLAT_AD_PRICE, joined)
        assert _spans(_AD_STREET, joined) == _spans(_FLAT_AD_STREET, joined)
        assert _spans(_FIRM_WORD_LED, joined) == _spans(_FIRM_WORD, joined)
        assert _spans(_WANT_FORMULA, joined) == _spans(_FLAT_WANT_FORMULA, joined)


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(_GLUE, max_size=30))
@example(text=["$3.75", " ", "up", " ", "$", "5", " ", "and", " ", "up"])
@example(text=["x$5", " ", "up", "$5c", " ", "up", " ", "10c", " ", "and", " ", "up"])
@example(text=["brands", "brands", " ", "brands", ",", "we", " ", "sell", "ers"])
def test_the_shop_words_led_by_the_character_before_count_what_they_count(
    text: list[str],
) -> None:
    for joined in ("".join(text), " ".join(text)):
        lower = joined.lower()
        assert shop_word_count(lower) == len(_SHOP_WORDS.findall(lower))
        assert has_shop_word(lower) == (_SHOP_WORDS.search(lower) is not None)


def test_the_shop_words_led_by_the_character_before_on_real_pages() -> None:
    from reader.parse.decode import decode_page
    from tests.conftest import corpus_file

    day = "chronam-1916-02/19160201"
    for page in (f"{day}/2010270504-ed-1_seq-1.txt", f"{day}/46032385-ed-1_seq-1.txt"):
        text = decode_page(corpus_file(page).read_bytes())
        for piece in [text, *text.split("\n\n")]:
            lower = piece.lower()
            assert shop_word_count(lower) == len(_SHOP_WORDS.findall(lower))
            assert has_shop_word(lower) == (_SHOP_WORDS.search(lower) is not None)
            assert _spans(_AD_PRICE, piece) == _spans(_FLAT_AD_PRICE, piece)
            assert _spans(_AD_STREET, piece) == _spans(_FLAT_AD_STREET, piece)
            assert _spans(_FIRM_WORD_LED, piece) == _spans(_FIRM_WORD, piece)
            assert _spans(_WANT_FORMULA, piece) == _spans(_FLAT_WANT_FORMULA, piece)
            if piece.split():
                assert noise_share(piece) == _noise_share_by_clean_tokens(piece)


def _noise_share_by_clean_tokens(text: str) -> float:
    """noise_share of a Latin text as it was counted before speed41: the clean tokens, by
    subn of the pattern after white space and a match at the start."""
    tokens = text.split()
    if classify.cjk_ratio(text) >= 0.5:
        return noise_share(text)  # (the CJK count is unchanged)
    clean = _CLEAN_AFTER_SPACE.subn("", text)[1] + (_CLEAN_FIRST.match(text) is not None)
    return (len(tokens) - clean) / len(tokens)


@settings(max_examples=1500, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "word",
                "Word",
                "WORD",
                "a",
                "$1.50",
                "25c",
                "—",
                "'quoted,'",
                "t",
                ".",
                "V",
                ",-i-",
                "I'aUl",
                "well-known",
                "&",
                "x1y",
                "(the)",
                " ",
                "  ",
                "\n",
                "\t",
                "\u00a0",
                "",
            ]
        ),
        max_size=25,
    )
)
@example(text=[" ", "word"])
@example(text=["t", " ", ".", " ", "V", " ", ",-i-", " ", "I'aUl"])
def test_noise_share_counts_the_tokens_that_are_not_clean(text: list[str]) -> None:
    joined = "".join(text)
    if not joined.split():
        assert noise_share(joined) == 1.0
        return
    assert noise_share(joined) == _noise_share_by_clean_tokens(joined)


def test_the_memos_answer_as_the_tests_do() -> None:
    # may_name_month and ad_evidence keep their answers in line memos: a second question is
    # answered from the memo, the same as the first, and LINE_MEMOS.cache_clear empties them.
    classify.LINE_MEMOS.cache_clear()
    lines = ["WASHINGTON, Feb. 9.—The", "The Senate met", "北京电", "Fargo, Feh. 28--The", ""]
    first = [may_name_month(line) for line in lines]
    assert first == [True, False, True, False, False]
    assert [may_name_month(line) for line in lines] == first
    texts = [
        "We sell the best goods. Call at 212 W. Main St. Phone 108. Prices $1.50.",
        "The council met on Tuesday and voted the bonds.",
        "Your patronage is solicited. Smith Hardware Co.",
    ]
    evidence = [ad_evidence(text) for text in texts]
    assert evidence[0] == (True, True, False, True, True, False)
    assert evidence[1] is None
    assert evidence[2] == (False, False, True, True, False, True)
    assert [ad_evidence(text) for text in texts] == evidence
    assert [classify._ad_evidence(text) for text in texts] == evidence
    classify.LINE_MEMOS.cache_clear()
    assert [ad_evidence(text) for text in texts] == evidence


def test_a_garbled_service_credit_is_still_found() -> None:
    # names_service_garbled counts the missed letter pairs in a loop (no map of a bound method)
    classify.LINE_MEMOS.cache_clear()
    assert names_service_garbled("Amoclated Press")
    assert names_service_garbled("(By Unlled Press)")
    assert names_service_garbled("Internat ion:l N Servicer")
    assert not names_service_garbled("UNITED PRESSING")
    assert not names_service_garbled("UNITED STATES PRESSED")
    assert not names_service_garbled("The Senate met today")


@settings(max_examples=1500, deadline=None)
@given(
    text=st.text(alphabet="\"'“‘(«A Zaz09½é.,-—\u00a0 \tSseE", max_size=8),
)
@example(text="")
@example(text="'")
@example(text="“The")
@example(text="(a")
def test_the_opening_and_closing_word_tests_are_their_patterns(text: str) -> None:
    from reader.parse.reflow import _CLOSING_WORD, _PARAGRAPH_OPENING, opens_like_paragraph

    assert opens_like_paragraph(text) == (_PARAGRAPH_OPENING.match(text) is not None)
    # _lost_stop_end's test of the last word, written out as it is there
    assert (len(text) >= 3 and text.isascii() and text.isalpha()) == (
        _CLOSING_WORD.fullmatch(text) is not None
    )


@settings(max_examples=800, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "(",
                "Please",
                "see",
                "See",
                "SEE",
                "WATER",
                ",",
                " ",
                "A6",
                "B12",
                ".",
                ")",
                "Page",
                "page",
                "P4-5",
                "版",
                "x",
                "ee",
                "\t",
            ]
        ),
        max_size=10,
    )
)
@example(text=["(", "Please", " ", "see", " ", "WATER", ",", " ", "A6", ")"])
@example(text=["See", " ", "FIRE", ",", "B12", "."])
def test_names_a_page_answers_as_before_its_slug_guard(text: list[str]) -> None:
    from reader.parse.classify import _SLUG_JUMP_GUARD, names_a_page, short_page_pointer

    joined = "".join(text)
    before = (
        "版" in joined
        or "page" in joined.lower()
        or short_page_pointer(joined)
        or _SLUG_JUMP_GUARD.match(joined) is not None
    )
    assert names_a_page(joined) == before
