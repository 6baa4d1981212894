"""speed43's output-neutral rewrites: each is checked against the form it replaced (written out
here), on hand-made text, on generated text and on two real pages, so that a later edit that
changes an answer fails here before it moves the identity hash."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.parse import assemble, classify, masthead, reflow
from reader.parse.assemble import _ANY_WORD, _LOWER_WORD, ECHO_STEM_CHARS, _echoes
from reader.parse.lines import Line, split_lines
from reader.parse.reflow import _Columns, _lost_stop_end


def _page_pieces() -> list[str]:
    """Two real pages of 1 February 1916, by paragraph and by line."""
    from reader.parse.decode import decode_page
    from tests.conftest import corpus_file

    day = "chronam-1916-02/19160201"
    pieces: list[str] = []
    for page in (f"{day}/2010270504-ed-1_seq-1.txt", f"{day}/46032385-ed-1_seq-1.txt"):
        text = decode_page(corpus_file(page).read_bytes())
        pieces += [*text.split("\n\n"), *text.splitlines()]
    return pieces


def _page_texts() -> list[str]:
    from reader.parse.decode import decode_page
    from tests.conftest import corpus_file

    day = "chronam-1916-02/19160201"
    return [
        decode_page(corpus_file(f"{day}/{name}").read_bytes())
        for name in ("2010270504-ed-1_seq-1.txt", "46032385-ed-1_seq-1.txt")
    ]


def _echoes_as_before(head: str, text: str) -> bool:
    """assemble._echoes as it was before speed43: a startswith call for every pair of a head's
    word and a paragraph's word."""
    told = _LOWER_WORD.findall(text)
    for word in _ANY_WORD.findall(head):
        word = word.lower()
        if len(word) > ECHO_STEM_CHARS and word.endswith("s"):
            word = word[:-1]
        if any(
            told_word == word or (len(word) >= ECHO_STEM_CHARS and told_word.startswith(word))
            for told_word in told
        ):
            return True
    return False


_WORDS = st.sampled_from(
    ["meet", "meeting", "meets", "Rose", "rose", "roses", "lodge", "Lodge", "the", "thee",
     "SERVICE", "service", "serv", "ices", "civil", "CIVIL", "Mr.", "a", "an", "ant", "ants",
     "é", "Ærø", "snow", "1916", "—", "it's", "don't", "x-ray", "", "s", "ss", "sss", "ssss"]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", "  ", ", ", ". ", "-", "\n", "'", "_", "é"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, max_size=10))
    return "".join(word + draw(_SEPARATORS) for word in words)


@settings(max_examples=2000, deadline=None)
@given(head=_texts(), text=_texts())
@example(head="CIVIL SERVICE EXAMINATIONS.", text="Civil service examinations will be held")
@example(head="ROSE LODGE", text="There was snow in Rose Lodge.")
@example(head="PIKE RAPIDS FARMERS MEET", text="A splendid meeting was held")
@example(head="THE MEETS", text="the meet")
@example(head="ANTS", text="ant")
@example(head="THE", text="thee")
def test_echoes_answers_as_before(head: str, text: str) -> None:
    assert _echoes(head, text) == _echoes_as_before(head, text)


def test_echoes_finds_a_stem_and_a_whole_short_word() -> None:
    # a stem of ECHO_STEM_CHARS letters or more opens a longer word of the paragraph
    assert _echoes("FARMERS MEET", "A splendid meeting was held")
    # a shorter word must stand whole ("the" is not "thee"), and a capitalised one is a name
    assert not _echoes("THE", "thee")
    assert _echoes("THE", "of the")
    assert not _echoes("ROSE LODGE", "snow in Rose Lodge.")
    # a head's plural is its stem: "MEETS" echoes "meet"
    assert _echoes("MEETS", "the meet")
    assert not _echoes("MEETS", "")


def _lost_stop_end_as_before(
    lines: list[Line], i: int, columns: _Columns, prev_text: str, prev_width: int, line_text: str
) -> bool:
    """reflow._lost_stop_end as it was before speed43: the whole line split first."""
    if i < 2:
        return False
    words = prev_text.split()
    last = words[-1] if words else ""
    if (
        not (len(last) >= 3 and last.isascii() and last.isalpha())
        or last.isupper()
        or last.lower() in reflow.RUN_ON_WORDS
        or last.lower() in reflow._TITLES_BEFORE_NAME
    ):
        return False
    widest = columns.widest_at_break(i)
    if widest <= reflow.NARROW_LATIN_COLUMN or prev_width > widest * reflow.LOST_STOP_SHARE:
        return False
    full = widest * reflow.LOST_STOP_FULL_SHARE
    if lines[i - 2].width < full or lines[i].width < full:
        return False
    if reflow._SENTENCE_INSIDE.search(prev_text) or reflow._title_cased_line(words):
        return False
    opening = reflow._OPENING_WORD.match(line_text)
    return (
        opening is not None
        and line_text[opening.end() : opening.end() + 1] != ","
        and opening.group().lstrip("\"'“‘").lower() not in reflow._VERSE_OPENINGS
    )


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet="ab C.,\t\n\u00a0\u2003é-", max_size=16))
@example(text="")
@example(text="   ")
@example(text="word  ")
@example(text="a\u00a0b")
def test_the_last_word_by_rsplit_is_the_last_of_split(text: str) -> None:
    # _lost_stop_end reads the line's last word by rsplit(None, 1) before its width tests,
    # where it split the whole line first
    tail = text.rsplit(None, 1)
    words = text.split()
    assert (tail[-1] if tail else "") == (words[-1] if words else "")


def test_lost_stop_end_answers_on_a_justified_column() -> None:
    full = "the vessel was driven ashore by the gale and her crew"
    lines = [
        Line(0, full, False, 0),
        Line(1, "the ship became unmanageable", False, 0),
        Line(2, "The plight of the vessel was known to all the town and", False, 0),
    ]
    columns = _Columns(lines)
    text = lines[1].text
    assert _lost_stop_end(lines, 2, columns, text, lines[1].width, lines[2].text)
    # a line ending on a word a phrase never ends on runs on
    text = "the ship became unmanageable and"
    lines[1] = Line(1, text, False, 0)
    assert not _lost_stop_end(lines, 2, _Columns(lines), text, lines[1].width, lines[2].text)
    # no word at all
    assert not _lost_stop_end(lines, 2, _Columns(lines), "  ", 0, lines[2].text)


@settings(max_examples=1500, deadline=None)
@given(
    text=st.text(alphabet="UnitedPrsAocaIl ().'\"-", max_size=30),
)
@example(text="Amoclated Press")
@example(text="(By Unlled Press)")
@example(text='United Pre" Service')
@example(text="Untied Pres")
def test_names_service_garbled_answers_as_before(text: str) -> None:
    classify.LINE_MEMOS.cache_clear()
    assert classify.names_service_garbled(text) == _names_service_garbled_as_before(text)


def _names_service_garbled_as_before(text: str) -> bool:
    """classify.names_service_garbled as it was before speed43 (every pair counted), no memo."""
    if len(text) > classify.SERVICE_LINE_CHARS:
        return False
    letters = classify.service_letters(text)
    size = len(letters)
    if (
        size < classify._SERVICE_LETTERS_MIN
        or size > classify._SERVICE_LETTERS_MAX
        or len(text.split()) > classify.SERVICE_LINE_WORDS
    ):
        return False
    for name, pairs, bound in classify._SERVICES:
        if abs(size - len(name)) > bound:
            continue
        missed = sum(1 for pair in pairs if pair not in letters)
        if missed <= 2 * bound and classify.edit_distance(letters, name, bound) <= bound:
            return True
    return False


def test_the_rewrites_answer_as_before_on_real_pages() -> None:
    classify.LINE_MEMOS.cache_clear()
    pieces = _page_pieces()
    lines = [piece for piece in pieces if "\n" not in piece]
    heads = [line for line in lines if line.strip() and line.strip().upper() == line.strip()]
    paragraphs = [piece for piece in pieces if len(piece) > 80][:60]
    assert heads and paragraphs
    for head in heads[:80]:
        for paragraph in paragraphs:
            assert assemble._echoes(head, paragraph) == _echoes_as_before(head, paragraph)
    for line in lines:
        stripped = line.strip()
        assert classify.names_service_garbled(stripped) == _names_service_garbled_as_before(
            stripped
        )
    asked = 0
    for text in _page_texts():
        page_lines = split_lines(text)
        columns = _Columns(page_lines)
        for i in range(2, len(page_lines)):
            prev, line = page_lines[i - 1], page_lines[i]
            assert _lost_stop_end(
                page_lines, i, columns, prev.text, prev.width, line.text
            ) == _lost_stop_end_as_before(page_lines, i, columns, prev.text, prev.width, line.text)
            asked += 1
    assert asked > 500


def test_told_words_memo_answers_as_the_words_do() -> None:
    # told_words keeps a paragraph's joined words in a line memo: a second question is answered
    # from the memo, the same as the first, and the same after the memos are emptied
    classify.LINE_MEMOS.cache_clear()
    texts = ["A splendid meeting was held.", "", "ROSE LODGE had snow", "the cat's whiskers"]
    first = [assemble.told_words(text) for text in texts]
    assert first == [" " + " ".join(_LOWER_WORD.findall(text)) + " " for text in texts]
    assert first[0] == " splendid meeting was held "
    assert first[1] == "  "
    assert [assemble.told_words(text) for text in texts] == first
    classify.LINE_MEMOS.cache_clear()
    assert [assemble.told_words(text) for text in texts] == first


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet="a B\t\n\u00a0\u3000é1.", max_size=12))
@example(text="a   b")
@example(text="a  b")
@example(text="a\tb")
def test_single_spaced_given_ascii_is_single_spaced(text: str) -> None:
    # is_masthead_line passes the ASCII test it has made already
    assert masthead._single_spaced(text.isascii(), text) == (
        text.isascii() and text.isprintable() and "   " not in text
    )
    assert masthead.single_spaced(text) == masthead._single_spaced(text.isascii(), text)
