"""A PDF text layer as pdftotext reads it (the lead's round 49, from own-en-ky-pdf, annotated
blind): a regional wire's undated dateline broken before its wire ("KINGSTON, Jamaica" /
"(CMC) — …"), a head a narrow column wrapped over two to four lines in its larger type, a
briefs label over such a head, a contents box whose page numbers stand alone under each
entry, and the CJK radicals a Chinese PDF's text layer gives for everyday characters ("⽼年⼈"
for 老年人). The snippets are our own wording."""

from __future__ import annotations

from pathlib import Path

from reader.parse import load_page, parse_page_text
from reader.parse.classify import dateline_reaches_past, match_modern_dateline


def _heads(text: str) -> list[str | None]:
    return [article.headline for article in parse_page_text(text).articles]


def test_an_undated_regional_wire_in_a_modern_dateline() -> None:
    found = match_modern_dateline("KINGSTON, Jamaica (CMC) — Jamaica will raise its fuel tax")
    assert found is not None and found.text == "KINGSTON, Jamaica (CMC) —"
    found = match_modern_dateline("NEW DELHI (PTI) — The cabinet approved the plan")
    assert found is not None and found.text == "NEW DELHI (PTI) —"
    # (a wire no modern page names in brackets is no modern dateline)
    assert match_modern_dateline("KINGSTON, Jamaica (Gleaner) — The minister said") is None


def test_a_modern_dateline_broken_before_its_wire() -> None:
    assert dateline_reaches_past("KINGSTON, Jamaica", "(CMC) — Jamaica will raise its")
    assert dateline_reaches_past("BRIDGETOWN, Barbados", "(CMC) — The government said")
    # near misses: a head over a wire's credit in brackets, and a line that opens no place
    assert not dateline_reaches_past("BIG FIRE", "(By Associated Press.) — the town")
    assert not dateline_reaches_past("KINGSTON, Jamaica", "(a city of a million) said")
    assert not dateline_reaches_past("the minister said", "(CMC) — Jamaica will")


_MODERN = (
    "Council backs new bus depot\n"
    "By Dana Whitfield\n"
    "The council voted on Tuesday to build a new bus depot at the edge of the town, ending\n"
    "a dispute that has run for three years.\n"
    "\n"
)


def test_a_dateline_broken_before_its_wire_is_the_storys() -> None:
    text = (
        _MODERN
        + "Jamaica raises fuel tax to pay for road repairs\n"
        + "KINGSTON, Jamaica\n"
        + "(CMC) — Jamaica will raise its special\n"
        + "consumption tax on petrol and diesel by\n"
        + "three cents a litre from February 1.\n"
    )
    article = parse_page_text(text).articles[-1]
    assert article.dateline == "KINGSTON, Jamaica (CMC) —"
    assert article.headline == "Jamaica raises fuel tax to pay for road repairs"
    assert article.paragraphs[0].startswith("Jamaica will raise")


_POLICE = (
    "Police seek\n"
    "witnesses to\n"
    "West Bay crash\n"
    "Police are asking anyone who\n"
    "saw a collision between a car\n"
    "and a motorcycle on West Bay\n"
    "Road to come forward.\n"
)


def test_a_head_a_narrow_column_wrapped_over_three_lines() -> None:
    assert _heads(_MODERN + _POLICE)[-1] == "Police seek witnesses to West Bay crash"


def test_a_head_wrapped_over_four_lines_over_its_byline() -> None:
    text = (
        _MODERN
        + "Bodden Town\n"
        + "road widening\n"
        + "to start in\n"
        + "March\n"
        + "BY JASON WHITTAKER\n"
        + "\n"
        + "Work to widen the main\n"
        + "road through Bodden Town\n"
        + "will begin in March.\n"
    )
    article = parse_page_text(text).articles[-1]
    assert article.headline == "Bodden Town road widening to start in March"
    assert article.byline == "BY JASON WHITTAKER"


def test_a_paragraphs_first_lines_are_no_wrapped_head() -> None:
    # near misses: prose whose lines run to the column's width, a line of more than four
    # words, and the same three head lines on a page not set as a modern daily sets it
    prose = (
        _MODERN
        + "Oil climbs as producers extend output cuts\n"
        + "LONDON (Reuters) — Oil prices rose for a third day yesterday after\n"
        + "producers agreed to extend output cuts into the middle of next year.\n"
        + "Brent crude settled at $84.20 a\n"
        + "barrel, its highest close since\n"
        + "September, while traders said stocks in the United States had fallen faster.\n"
    )
    assert "Brent crude settled at $84.20 a barrel, its highest close since" not in _heads(prose)
    old = "The weather was fine all week and the roads were in good shape for hauling.\n\n"
    assert "Police seek witnesses to West Bay crash" not in _heads(old + _POLICE)


def test_a_briefs_label_over_a_head_wrapped_on_a_small_word() -> None:
    text = (
        _MODERN
        + "NEWS BRIEFS\n"
        + "Airport car park to\n"
        + "close\n"
        + "The short-stay car park at\n"
        + "the airport will close for\n"
        + "resurfacing from January 25.\n"
    )
    page = parse_page_text(text)
    article = page.articles[-1]
    assert article.headline == "Airport car park to close"
    assert article.kicker is None
    assert "NEWS BRIEFS" in page.furniture


_BOX = (
    "INSIDE\n"
    "Budget debate\n"
    "opens in the LA\n"
    "\n"
    "3\n"
    "\n"
    "Blue iguana\n"
    "numbers keep\n"
    "rising\n"
    "\n"
    "8\n"
    "\n"
    "Opinion: Who pays\n"
    "for the pier?\n"
    "\n"
    "16\n"
    "\n"
)


def _teasers(text: str) -> list[tuple[str | None, int | None]]:
    return [
        (article.headline, article.continued_to.page if article.continued_to else None)
        for article in parse_page_text(text).articles
        if article.kind == "teaser"
    ]


def test_a_contents_box_whose_pages_stand_alone_under_its_entries() -> None:
    expected = [
        ("Budget debate opens in the LA", 3),
        ("Blue iguana numbers keep rising", 8),
        ("Opinion: Who pays for the pier?", 16),
    ]
    assert _teasers(_MODERN + _BOX) == expected
    # (read line under line, with no blank line between)
    tight = _BOX.replace("\n\n", "\n")
    assert _teasers(_MODERN + tight) == expected


def test_a_box_heading_keeps_its_entries_off_the_story_above() -> None:
    page = parse_page_text(_MODERN + _BOX)
    story = page.articles[0]
    assert story.headline == "Council backs new bus depot"
    assert not any("Budget debate" in paragraph for paragraph in story.paragraphs)


def test_a_figure_alone_outside_a_contents_box_points_nowhere() -> None:
    # near miss: the same lines with no box heading over them are no teasers
    assert _teasers(_MODERN + _BOX.replace("INSIDE\n", "")) == []


def test_cjk_radicals_a_text_layer_gives_are_the_characters() -> None:
    from reader.text.cjk import normalise_width

    # Kangxi radicals (NFKC's) and radicals of the supplement (listed): "⽼年⼈" is 老年人
    assert normalise_width("⽼年⼈在省⼈⺠医院⻔诊⼤厅") == "老年人在省人民医院门诊大厅"
    assert normalise_width("社区⻝堂，⻓期") == "社区食堂，长期"
    # near misses: the unified ideographs and other CJK text stay as they are
    assert normalise_width("老年人、民政、门诊。") == "老年人、民政、门诊。"


def test_a_page_file_of_radicals_reads_as_its_characters(tmp_path: Path) -> None:
    # (the page file is decoded, as the app and the command line read it: decode_page)
    path = tmp_path / "01.txt"
    path.write_text(
        "江南⽼年报\n2027年1⽉8⽇ 星期五\n\n全省医院开设⽼年⼈绿⾊通道\n"
        "本报讯 记者从省卫⽣健康委获悉，全省医院已开设⽼年⼈就医绿⾊通道。\n",
        encoding="utf-8",
    )
    page = load_page(path, 1)
    [story] = page.articles
    assert story.headline == "全省医院开设老年人绿色通道"
    assert "老年人就医绿色通道" in story.paragraphs[0]
