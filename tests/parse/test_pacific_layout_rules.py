"""A Fijian daily's front as ``pdftotext -layout`` gives it (branch en48, from own-en-fj-layout,
annotated blind): two rows of columns (a line blank across every column ends a row, a story's
text set over three columns runs on from column to column, a third column's text beyond an
empty second is the right part), two skybox puffs set side by side with their pointers run onto
the heads' last lines, a small "by" before a name in capitals, a head wrapped on a small word
over a proper name, a dateline under the byline, an index run after its "INSIDE:" label, and a
head over a first line that ends on a small word. The snippets are our own wording."""

from __future__ import annotations

from collections import Counter

from reader.parse import parse_page_text
from reader.parse.classify import is_byline_line, is_capitals_byline
from reader.parse.formats.text import is_index_run
from reader.parse.glued import layout_columns
from reader.parse.lines import Line
from reader.parse.reflow import skybox_puff, under_sentence_case_head

AT = (0, 34, 68)  # where each column starts


def _row(*columns: list[str]) -> list[str]:
    """Columns set side by side, each at its place, as pdftotext -layout prints them."""
    out = []
    for k in range(max(len(column) for column in columns)):
        line = ""
        for start, column in zip(AT, columns, strict=False):
            if k < len(column) and column[k]:
                line = line.ljust(start) + column[k]
        out.append(line.rstrip())
    return out


LEAD = [
    "by TEVITA RABUKA",
    "The council will build a new",
    "sea wall along the foreshore",
    "at Nadi Bay before the next",
    "cyclone season, the mayor",
    "said yesterday.",
    "Work on the 900-metre wall",
    "will start in March and cost",
    "about $3 million, paid for",
    "from a climate fund.",
    "Residents of the low-lying",
    "settlements at Wailoaloa",
    "have asked for the wall",
    "since floods in 2023 cut the",
    "road to the town for three",
    "days and damaged forty homes.",
    "The mayor said the council",
    "would hold a meeting at the",
    "civic centre next Tuesday.",
]
SECOND_LEFT = [
    "Clinic hours extended",
    "by LITIA NAVUSO",
    "The Namaka health centre will",
    "open until 8pm on weekdays",
    "from Monday to ease the wait",
    "for its outpatients.",
]
SECOND_MIDDLE = [
    "Schools to open on",
    "Tavua",
    "by JONE BALEI",
    "TAVUA – The new primary school",
    "at Tavua will take its first",
    "pupils in February, and its",
    "second block of classrooms",
    "will be ready by the middle",
    "of next year, the ministry's",
    "director of schools said.",
]
BRIEFS = [
    "IN BRIEF",
    "Bridge reopens",
    "The Sigatoka bridge reopened",
    "to trucks on Monday after",
    "two weeks of repairs to its",
    "deck, the roads authority",
    "said in a statement.",
]


def _page() -> str:
    lines = [
        "THE WESTERN TIMES".center(100).rstrip(),
        "",
        "Sea wall for Nadi Bay".center(100).rstrip(),
        "",
        *_row(LEAD[:7], LEAD[7:13], LEAD[13:]),
        "",
        *_row(SECOND_LEFT, SECOND_MIDDLE, BRIEFS),
        "",
    ]
    return "\n".join(lines)


def test_two_rows_of_three_columns_are_read_row_by_row() -> None:
    text = _page()
    read = [line for _number, line in layout_columns(text) or [] if line]
    # (the lead's text whole, its three columns in order, before the second row's columns)
    assert read[2 : 2 + len(LEAD)] == LEAD
    assert read[2 + len(LEAD) : 2 + len(LEAD) + len(SECOND_LEFT)] == SECOND_LEFT
    assert read.index("Schools to open on") > read.index("for its outpatients.")
    assert read.index("IN BRIEF") > read.index("director of schools said.")
    # (every character stays)
    assert Counter(text.replace(" ", "").replace("\n", "")) == Counter(
        "".join(read).replace(" ", "")
    )


def test_the_rows_stories_come_out_whole() -> None:
    page = parse_page_text(_page())
    read = {article.headline: article for article in page.articles}
    lead = read["Sea wall for Nadi Bay"]
    assert lead.byline == "by TEVITA RABUKA"
    assert lead.paragraphs[-1].endswith("civic centre next Tuesday.")
    assert read["Clinic hours extended"].byline == "by LITIA NAVUSO"
    schools = read["Schools to open on Tavua"]
    assert (schools.byline, schools.dateline) == ("by JONE BALEI", "TAVUA –")
    assert read["Bridge reopens"].paragraphs[0].startswith("The Sigatoka bridge reopened")


def test_a_column_stopping_short_of_its_rows_foot_runs_on_into_nothing() -> None:
    # (a short left column beside a long right one: the left's story ends where it stops)
    left = ["Rain ends the long drought", "Heavy rain fell across the", "west of the island."]
    right = [f"line {k} of a long story set in" for k in range(6)]
    read = [line for _number, line in layout_columns("\n".join(_row(left, right))) or []]
    assert read[:3] == left and read[3] == ""


def test_two_puffs_side_by_side_are_two_teasers() -> None:
    text = "\n".join(
        [
            "SPORT                                              WORLD",
            "Sevens squad named for the                         Tonga votes for a new",
            "Dubai leg  PAGE 38                                 parliament  PAGE 12",
            "",
            "THE WESTERN TIMES".center(72),
        ]
    )
    teasers = [a for a in parse_page_text(text).articles if a.kind == "teaser"]
    assert [(a.kicker, a.headline) for a in teasers] == [
        ("SPORT", "Sevens squad named for the Dubai leg"),
        ("WORLD", "Tonga votes for a new parliament"),
    ]
    assert [a.continued_to.page for a in teasers if a.continued_to] == [38, 12]
    # (a puff's pointer run onto its head's line after a wide space)
    assert skybox_puff(["SPORT", "Fiji Sevens squad named  PAGE 38"]) == (
        "SPORT",
        "Fiji Sevens squad named",
        2,
        38,
    )
    # near misses: one space before it, or a head in capitals
    assert skybox_puff(["SPORT", "Fiji Sevens squad named PAGE 38"]) is None
    assert skybox_puff(["SPORT", "FIJI SEVENS SQUAD  PAGE 38"]) is None


def test_short_cells_side_by_side_are_no_puffs() -> None:
    # (an index's short cells: no region, as before)
    cells = "\n".join(f"{name:<40}{page}" for name, page in (("Sport", "P4"), ("World", "P5"))) * 3
    assert layout_columns(cells) is None


def test_a_small_by_before_a_name_in_capitals_is_a_byline() -> None:
    assert is_capitals_byline("by TEVITA RABUKA")
    assert is_byline_line("by TEVITA RABUKA")
    # near misses: a deck's or a wire's words, a name in title case (another rule's), a stop
    assert not is_capitals_byline("by FOUR MEN")
    assert not is_capitals_byline("by UNITED PRESS")
    assert not is_byline_line("by Tevita and his brother")
    assert not is_byline_line("by TEVITA RABUKA.")


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text, False, 0) for number, text in enumerate(texts, start=1)]


def test_a_proper_name_closing_a_head_wrapped_on_a_small_word() -> None:
    lines = _lines("Schools to open on", "Tavua", "by JONE BALEI")
    assert under_sentence_case_head(lines, 2)
    # near miss: a 1916 deck in title case wrapped on "From" over a name
    lines = _lines("Story of Escape From", "Her Clutches", "JUDGE SPEAKS OUT")
    assert not under_sentence_case_head(lines, 2)


def test_an_index_run_after_its_label() -> None:
    assert is_index_run("INSIDE: Opinion 6 | World 14 | Sport 30")
    assert is_index_run("Opinion 6 | World 14 | Sport 30")
    # near miss: a market table with a label names no section
    assert not is_index_run("INSIDE: Wheat 95 | Corn 60 | Oats 40")


def test_a_head_over_a_first_line_ending_on_a_small_word() -> None:
    text = (
        "Clinic hours extended\nby LITIA NAVUSO\nThe Namaka health centre will open late.\n\n"
        # (a head narrower than the text under it: one as wide as the column is a paragraph's
        # first line, branch bb48's _fills_prose_under; so set at the merge)
        "Market stalls repainted\nVendors at the Namaka and the Lautoka and\n"
        "Nadi markets got new paint and stall covers this week.\n"
    )
    read = {a.headline: a for a in parse_page_text(text).articles}
    assert read["Market stalls repainted"].paragraphs == (
        "Vendors at the Namaka and the Lautoka and Nadi markets got new paint and stall covers"
        " this week.",
    )
