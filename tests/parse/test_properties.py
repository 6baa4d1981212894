"""Property tests: generated pages of wrapped paragraphs survive the parser whole."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.errors import InputError
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.decode import decode_page

# Characters that appear in running text but are none of the markers the parser looks for.
CJK_POOL = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自"
    "二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"
    "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
    "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取处理府研质"
)
LATIN_WORDS = (
    "the paper reported that council members met on Tuesday to discuss harbor works "
    "and railway schedules while engineers asked for higher wages across several "
    "districts president mayor committee station bridge market weather summer winter "
    "river city"
).split()


@dataclass(frozen=True)
class GeneratedParagraph:
    text: str
    lines: tuple[str, ...]


def wrap_cjk(text: str, width: int) -> list[str]:
    """Wrap at ``width`` characters with a two-character indent on the first line."""
    lines, rest = [text[: width - 2]], text[width - 2 :]
    while rest:
        lines.append(rest[:width])
        rest = rest[width:]
    return lines


def wrap_latin(words: list[str], width: int) -> list[str]:
    """Greedy wrap; the first line is indented by two spaces (written as a leading indent)."""
    lines: list[str] = []
    line = ""
    limit = width - 2
    for word in words:
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line, limit = word, width
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


@st.composite
def cjk_paragraph(draw: st.DrawFn, width: int) -> GeneratedParagraph:
    # At least two full lines and a last line clearly short of the column: the shape printed
    # paragraphs have, and the evidence the parser reads.
    length = draw(st.integers(min_value=2 * width, max_value=6 * width))
    chars = draw(st.lists(st.sampled_from(CJK_POOL), min_size=length, max_size=length))
    for index in draw(st.lists(st.integers(3, length - 3), max_size=length // 10)):
        chars[index] = "，"
    text = "".join(chars) + "。"
    while not 1 <= (len(text) + 2) % width <= width - 3:
        text = text[:-2] + "。"
    lines = wrap_cjk(text, width)
    return GeneratedParagraph(text, tuple(lines))


@st.composite
def latin_paragraph(draw: st.DrawFn, width: int) -> GeneratedParagraph:
    count = draw(st.integers(min_value=width // 3, max_value=width))
    words = draw(st.lists(st.sampled_from(LATIN_WORDS), min_size=count, max_size=count))
    words[0] = words[0].capitalize()
    words[-1] += "."
    lines = wrap_latin(words, width)
    while len(lines) < 2 or len(lines[-1]) > max(len(line) for line in lines) - 12:
        # Keep the last line visibly short of the paragraph's own widest line, as printed
        # paragraphs have it (the column itself is not visible in the text).
        words.append("End.")
        lines = wrap_latin(words, width)
    return GeneratedParagraph(" ".join(words), tuple(lines))


@st.composite
def generated_page(draw: st.DrawFn) -> tuple[str, list[GeneratedParagraph]]:
    blocks: list[list[GeneratedParagraph]] = []
    for _ in range(draw(st.integers(1, 4))):
        latin = draw(st.booleans())
        width = draw(st.integers(28, 60)) if latin else draw(st.integers(10, 18))
        make = latin_paragraph if latin else cjk_paragraph
        blocks.append(draw(st.lists(make(width), min_size=1, max_size=3)))
    blocks = draw(st.permutations(blocks))
    double_spaced = draw(st.booleans())
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    out: list[str] = []
    for block in blocks:
        for number, paragraph in enumerate(block):
            for index, line in enumerate(paragraph.lines):
                lead = " " if number == 0 and index == 0 else ""
                if not double_spaced and index == 0:
                    lead = "  "
                out.append(lead + line)
                if double_spaced:
                    out.append("")
        out.append("")
        out.append("")
    text = newline.join(out)
    return text, [p for block in blocks for p in block]


def compact(text: str) -> str:
    return "".join(text.split())


#: A paragraph whose first two lines each pass for a title line (found after the parser-rules
#: and formats merge): it read as a teaser, its last line ("End.") as a scrap.
RUN_ON_TITLE_LINES = GeneratedParagraph(
    "Paper the the the Tuesday the the the the. End. End. End.",
    ("Paper the the the Tuesday", "the the the the. End. End.", "End."),
)
#: The same with the second line opening in a capital (found after the third session's merge).
RUN_ON_CAPITAL_OPENING = GeneratedParagraph(
    "Paper the the the Tuesday Tuesday the the the. End. End.",
    ("Paper the the the Tuesday", "Tuesday the the the. End.", "End."),
)


#: A Chinese page whose first paragraph's indented first line every line under it retells
#: (reflow._cjk_head_echoed read it as a brief's head; found by this test after round 49).
_INDENTED_CJK_PARAGRAPHS = (
    GeneratedParagraph("的" * 20 + "。", ("的" * 8, "的" * 10, "的的。")),
    GeneratedParagraph(
        "的的的，" + "的" * 30 + "。", ("的的的，的的的的", "的" * 10, "的" * 10, "的" * 6 + "。")
    ),
)
_INDENTED_CJK_PAGE = (
    "".join("  " + "\n".join(paragraph.lines) + "\n" for paragraph in _INDENTED_CJK_PARAGRAPHS)
    + "\n"
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated_page())
@example(
    ("  Paper the the the Tuesday\nthe the the the. End. End.\nEnd.\n\n", [RUN_ON_TITLE_LINES])
)
@example(
    ("  Paper the the the Tuesday\nTuesday the the the. End.\nEnd.\n\n", [RUN_ON_CAPITAL_OPENING])
)
@example((_INDENTED_CJK_PAGE, list(_INDENTED_CJK_PARAGRAPHS)))
def test_generated_pages_keep_every_character_and_paragraph(
    page_and_paragraphs: tuple[str, list[GeneratedParagraph]],
) -> None:
    raw, paragraphs = page_and_paragraphs
    text = decode_page(raw.encode("utf-8"))
    page = parse_page_text(text)
    lost, added = lost_and_added(text, page)
    assert not lost and not added, (lost, added)
    parsed = {compact(p) for a in page.articles for p in a.paragraphs}
    for paragraph in paragraphs:
        assert compact(paragraph.text) in parsed


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_input_error(data: bytes) -> None:
    try:
        text = decode_page(data)
    except InputError:
        return
    page = parse_page_text(text)
    lost, added = lost_and_added(text, page)
    assert not lost and not added


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=1500))
def test_arbitrary_text_is_conserved(raw: str) -> None:
    try:
        text = decode_page(raw.encode("utf-8"))
    except InputError:
        return
    page = parse_page_text(text)
    lost, added = lost_and_added(text, page)
    assert not lost and not added
