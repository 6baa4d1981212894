"""speed44's output-neutral rewrites: each is checked against the form it replaced (written out
here), on hand-made text, on generated text and on two real pages, so that a later edit that
changes an answer fails here before it moves the identity hash."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.parse import classify
from reader.parse.classify import _CLEAN_TOKEN, is_clean_token, noise_share


def _page_pieces() -> list[str]:
    """Two real pages of 1 February 1916, whole, by paragraph and by line."""
    from reader.parse.decode import decode_page
    from tests.conftest import corpus_file

    day = "chronam-1916-02/19160201"
    pieces: list[str] = []
    for page in (f"{day}/2010270504-ed-1_seq-1.txt", f"{day}/46032385-ed-1_seq-1.txt"):
        text = decode_page(corpus_file(page).read_bytes())
        pieces += [text, *text.split("\n\n"), *text.splitlines()]
    return pieces


def _noise_share_as_before(text: str) -> float:
    """classify.noise_share as it was before speed44: the tokens that are not clean counted by
    one pattern run over the whole text, and the first token tried alone."""
    tokens = text.split()
    if not tokens:
        return 1.0
    if classify.may_be_mostly_wide(text, len(tokens)) and classify.cjk_ratio(text) >= 0.5:
        visible = sum(map(len, tokens))
        return classify.count_in_runs(classify._ODD_CJK, text) / visible
    noisy = len(classify._NOISY_AFTER_SPACE.findall(text)) + (
        not text[:1].isspace() and classify._CLEAN_FIRST.match(text) is None
    )
    return noisy / len(tokens)


#: Pieces of tokens: words in every case, marks a clean token may open or close with, figures,
#: hyphens, OCR's dirt, non-ASCII letters and digits, and white space of several kinds.
_PIECES = st.sampled_from(
    ["the", "The", "THE", "a", "A", "I", "mr", "Mr.", "McKAY", "aB", "iPod", "don't", "boys'",
     "O’Brien", "well-known", "x-ray", "-", "—", "&", "$", "$5", "5", "1916", "2d", "3rd",
     "10c", "1,000.50", "'", '"', "“", "”", "‘", "’", "(", ")", "[", "]", ".", ",", ";", ":",
     "!", "?", "•", "■", "é", "Ærø", "ß", "İ", "٣", "５", "ﬁ", "_", "|", "1l", "l1", "tbe",
     " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("")
@example("   ")
@example("the quick, brown fox.")
@example(" a")
@example("a ")
@example("\u00a0A—b")
@example("t . V ,-i- I'aUl")
@example("(“Hello,” said MR. SMITH—“it’s $5.00.”)")
def test_noise_share_same_as_before(text: str) -> None:
    assert noise_share(text) == _noise_share_as_before(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES.filter(lambda p: not p.isspace()), min_size=1, max_size=8).map("".join))
@example("a")
@example("A")
@example("ab")
@example("Ab")
@example("AB")
@example("aB")
@example("'")
@example("—")
@example("“Hello,”")
@example("(1916).")
@example("é")
@example("İ")
def test_is_clean_token_is_the_pattern_whole(token: str) -> None:
    """A token is clean when _CLEAN_TOKEN matches it whole."""
    assert is_clean_token(token) == (re.fullmatch(_CLEAN_TOKEN, token) is not None)


def test_clean_tokens_of_prose_and_noise() -> None:
    """Words in any of their three cases, figures and words between marks are clean; mixed
    case, glued figures and letters and lone dirt are not."""
    for token in ("the", "The", "THE", "a", "I", "“Hello,”", "(1916).", "don't", "—", "&"):
        assert is_clean_token(token), token
    for token in ("aB", "tHE", "1l", "l1", "•", "■", "V,-i-", "I'aUl"):
        assert not is_clean_token(token), token


def test_noise_share_on_real_pages() -> None:
    """Every line, paragraph and whole text of two real pages answers as before."""
    for piece in _page_pieces():
        assert noise_share(piece) == _noise_share_as_before(piece), piece


def test_clean_token_memo_answers_as_the_pattern() -> None:
    """noise_share's token memo gives the pattern's answers, warm and emptied (cache_clear)."""
    text = "The MAYOR said, “it’s $5.00” — t . V ,-i- I'aUl aB 1l the the"
    first = noise_share(text)
    assert all(classify._CLEAN_TOKENS[t] == is_clean_token(t) for t in text.split())
    assert noise_share(text) == first == _noise_share_as_before(text)
    classify.LINE_MEMOS.cache_clear()
    assert not classify._CLEAN_TOKENS
    assert noise_share(text) == first


def _dense_with_ad_words_plain(headline: str | None, text: str) -> bool:
    """classify.dense_with_ad_words with every count made, none bounded first: what its bounds
    (the earlier rounds' and speed44's) must answer as."""
    hits = len(classify._NOTICE_WORDS.findall(text))
    if not text.isascii() and headline and classify.cjk_ratio(headline) >= 0.5:
        hits += len(classify._NOTICE_WORDS.findall(headline))
    if hits >= classify.NOTICE_MIN_HITS and hits * classify.NOTICE_CHARS_PER_HIT >= len(text):
        return True
    shop = classify.shop_word_count((headline or "").lower())
    if headline and classify.names_firm(headline):
        shop += 1
    shop += classify.shop_word_count(text.lower())
    reader_words = len(classify._READER_WORDS.findall(text))
    if (
        shop < classify.SHOP_MIN_HITS
        and (shop + hits < 1 or reader_words < classify.READER_MIN_HITS)
        and (shop + hits < classify.PRICED_MIN_HITS or reader_words < classify.PRICED_READER_HITS)
    ):
        return False
    found = shop + hits + reader_words
    if found * classify.SHOP_CHARS_PER_HIT >= len(text):
        return True
    return (
        shop >= 1
        and shop + hits >= classify.SHOP_MIN_HITS
        and reader_words >= classify.PRICED_READER_HITS
        and found * classify.VOICE_CHARS_PER_HIT >= len(text)
        and classify._REPORTED_SPEECH.search(text) is None
    )


#: Pieces of an item's text: ad words, shop words and their marks alone, words to the reader,
#: prices, reported speech, and prose of several lengths (the densities' thresholds).
_AD_PIECES = st.sampled_from(
    ["$5", "25c", "10 cents", "per cent", "Phone", "Tel.", "PRICES", "SALE", "Sold by",
     "druggists", "bargain", "Agent", "Call on", "you", "your", "You", "YOUR", "young",
     "we sell", "our store", "your patronage", "send for", "order", "price", "just", "get",
     "try our", "brands", "f. o. b", "$3.75 up", "save money", "said", "told", "1916",
     " ", "\n", ". ", "—", "电话", "The council met on Tuesday and the members voted. ",
     "A long column of plain news about the weather and the roads in the county. " * 3]
)  # fmt: skip


def test_voice_density_is_the_loosest() -> None:
    """_too_few_ad_words's second test stands for both density tests only while the shop's
    voice asks for fewer words a character than the shop's words do."""
    assert classify.VOICE_CHARS_PER_HIT >= classify.SHOP_CHARS_PER_HIT


@settings(max_examples=800, deadline=None)
@given(
    st.one_of(st.none(), st.lists(_AD_PIECES, max_size=3).map("".join)),
    st.lists(_AD_PIECES, max_size=30).map("".join),
)
@example(None, "We sell goods. " + "Plain news of the day. " * 20)
@example("CITY BAKERY", "Order your bread. You will like it. Phone 25. " * 2)
@example(None, "You want to know what your car will do. Touring Car $410; f. o. b. Detroit")
def test_dense_with_ad_words_same_as_plain(headline: str | None, text: str) -> None:
    assert classify.dense_with_ad_words(headline, text) == _dense_with_ad_words_plain(
        headline, text
    )


def test_dense_with_ad_words_on_real_pages() -> None:
    """Every paragraph and whole text of two real pages (without a head, and with one naming a
    firm) answers as the plain form."""
    for piece in _page_pieces():
        if len(piece) > 60:
            for headline in (None, "SMITH & CO."):
                assert classify.dense_with_ad_words(headline, piece) == _dense_with_ad_words_plain(
                    headline, piece
                )
