"""A writer's signature run into a note's last line (issue 9, branch histj48): initials and a
surname in capitals after the last sentence (``… a free ticket. THOS. R. GREER.``) are the
note's byline, and the note ends there. The glued-head rule (a headline in capitals OCR read
onto a paragraph's last line) must not cut the signature off as a head of the items under it,
while a real head glued so is still cut."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.glued import glued_head

_NOTE = (
    "SCHOOL ENTERTAINMENT\n"
    "On Friday evening the pupils of the\n"
    "fourth grade will give a play in the\n"
    "hall, and all parents are asked to come.\n"
    "Ask the pupils of my room for a free\n"
    "ticket. CHAS. W. BRANDT.\n"
)


def test_a_signature_glued_on_the_last_line_is_no_head() -> None:
    assert glued_head("ticket. CHAS. W. BRANDT.") is None
    # a head read onto a paragraph's last line is still one
    assert glued_head("ticket. TOWN BOARD MEETS TONIGHT") == ("ticket.", "TOWN BOARD MEETS TONIGHT")


def test_the_signature_signs_the_note_and_ends_it() -> None:
    page = parse_page_text(
        _NOTE + "The quarterly conference of the\nchurch will convene next Saturday.\n"
    )
    first = page.articles[0]
    assert first.headline == "SCHOOL ENTERTAINMENT"
    assert first.byline == "CHAS. W. BRANDT."
    assert first.paragraphs[-1].endswith("for a free ticket.")
    assert all(article.headline != "CHAS. W. BRANDT." for article in page.articles)
