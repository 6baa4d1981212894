"""The development-set scorer itself, on tiny hand-made expected/produced pairs."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import corpus_file
from tests.parse import score
from tests.parse.devset import DevPage, normalise
from tests.parse.score import (
    FIELDS,
    Tally,
    by_family,
    field_scores,
    markdown_table,
    match_articles,
    score_articles,
)


def article(headline=None, paragraphs=(), kind="story", **fields):  # type: ignore[no-untyped-def]
    return {"kind": kind, "headline": headline, "paragraphs": list(paragraphs), **fields}


STORM = article(
    "Storm Closes Passes",
    ["Snow fell all night on the mountain roads.", "The pass will open on Monday, officials said."],
    dateline="DENVER, Jan. 13 (AP) —",
)
BRIDGE = article("新桥通车", ["新桥今天正式通车，市民可以步行过江。", "工程历时三年。"])
TEASER = article("Winter storm closes mountain passes", kind="teaser")


def test_perfect_match_scores_every_field_right() -> None:
    tally, matches = score_articles([STORM, BRIDGE, TEASER], [STORM, BRIDGE, TEASER])
    assert matches == {0: 0, 1: 1, 2: 2}
    assert tally.recall == tally.precision == tally.fields == 1.0


def test_spacing_case_of_layout_and_soft_hyphens_do_not_matter() -> None:
    produced = article(
        "Storm  Closes\nPasses",
        [
            "Snow fell all night on the moun\u00adtain roads.",
            "The pass will open on Monday, officials said.",
        ],
        dateline="DENVER, Jan. 13 (AP)—",
    )
    tally, _ = score_articles([STORM], [produced])
    assert tally.fields == 1.0


def test_missed_article_counts_all_its_fields_wrong() -> None:
    tally, matches = score_articles([STORM, BRIDGE], [BRIDGE])
    assert matches == {1: 0}
    assert tally.recall == 0.5
    assert tally.precision == 1.0
    assert all(tally.share(name) == 0.5 for name in FIELDS)


def test_split_article_loses_precision_body_and_breaks() -> None:
    first = article("Storm Closes Passes", STORM["paragraphs"][:1], dateline=STORM["dateline"])
    second = article(None, STORM["paragraphs"][1:])
    tally, matches = score_articles([STORM], [first, second])
    assert matches == {0: 0}
    assert tally.recall == 1.0
    assert tally.precision == 0.5
    assert tally.share("headline") == 1.0
    assert 0.3 < tally.share("body") < 0.6
    assert tally.share("paragraphs") == 0.0


def test_merged_articles_lose_recall() -> None:
    merged = article("新桥通车", BRIDGE["paragraphs"] + ["另讯：本市今日晴。"])
    other = article("天气", ["本市今日晴。"])
    tally, _ = score_articles([BRIDGE, other], [merged])
    assert tally.recall == 0.5
    assert tally.share("body") == 0.5


def test_wrong_headline_is_one_field_wrong() -> None:
    produced = dict(STORM, headline="DENVER")
    scores = field_scores(STORM, produced)
    assert scores["headline"] == 0.0
    assert [name for name, value in scores.items() if value != 1.0] == ["headline"]


def test_null_equals_null_and_null_differs_from_text() -> None:
    assert field_scores(BRIDGE, dict(BRIDGE))["kicker"] == 1.0
    assert field_scores(BRIDGE, dict(BRIDGE, kicker="本报讯"))["kicker"] == 0.0
    assert field_scores(BRIDGE, dict(BRIDGE, kind="brief"))["kind"] == 0.0


def test_paragraph_break_moved_halves_paragraph_score() -> None:
    three = article("X", ["Alpha one two.", "Beta three four.", "Gamma five six."])
    moved = article("X", ["Alpha one two. Beta three four.", "Gamma five six."])
    assert field_scores(three, moved)["paragraphs"] == pytest.approx(2 / 3)
    assert field_scores(three, moved)["body"] == 1.0


def test_unrelated_articles_do_not_match() -> None:
    assert match_articles([STORM], [BRIDGE]) == {}


def test_noise_the_annotation_left_out_does_not_count_against_precision() -> None:
    noise = article("J3ZK XQW Vvv", ["ii i!l ;.. 4 mmm qqq zzz"])
    masthead = article("THE EVENING STAR WASHINGTON", [])
    tally, _ = score_articles([STORM], [STORM, noise], furniture=["THE EVENING STAR WASHINGTON"])
    assert (tally.spurious, tally.ignored) == (0, 1)
    tally, _ = score_articles([STORM], [STORM, masthead], furniture=["THE EVENING STAR WASHINGTON"])
    assert (tally.spurious, tally.precision) == (1, 0.5)


def test_family_rows_and_table(tmp_path: Path) -> None:
    page = DevPage(
        name="tiny",
        path=tmp_path / "tiny.expect.json",
        family="single-spaced",
        language="en",
        real=False,
        text="Storm Closes Passes\nDENVER, Jan. 13 (AP) — Snow fell all night on the roads.\n",
        articles=(article("Storm Closes Passes", ["Snow fell all night on the roads."]),),
    )
    result = score.score_page(page)
    assert result.tally.lost == 0
    rows = by_family([result])
    assert list(rows) == ["single-spaced", "overall"]
    table = markdown_table(rows)
    assert table.splitlines()[0].startswith("| family | pages | articles | recall")
    assert "| **overall** | 1 | 1 |" in table


def test_tally_adds_up() -> None:
    a, _ = score_articles([STORM], [STORM])
    b, _ = score_articles([STORM, BRIDGE], [])
    total = Tally()
    total.add(a)
    total.add(b)
    assert (total.pages, total.expected, total.matched) == (2, 3, 1)
    assert total.recall == pytest.approx(1 / 3)


def test_command_line_prints_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.parse.devset import DEV

    corpus_file("seed/000_5bf22158df2817fe.txt")
    target = DEV / "real-seed-epaper.expect.json"
    assert score.main([str(target), "--pages"]) == 0
    out = capsys.readouterr().out
    assert "| e-paper | 1 | 10 | 100% | 100% | 100% |" in out
    assert "| real-seed-epaper |" in out
    assert score.main([str(target), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["families"]["e-paper"]["fields"] == 1.0


def test_explain_names_missed_extra_and_wrong_fields() -> None:
    extra = article("Fire at the Mill", ["The mill burned down on Sunday night, the chief said."])
    produced = [dict(STORM, headline="DENVER"), extra]
    tally, matches = score_articles([STORM, BRIDGE], produced)
    result = score.PageScore("tiny", "wide", tally, matches, 0.0, [STORM, BRIDGE], produced)
    text = result.explain()
    assert "headline: expected 'Storm Closes Passes', got 'DENVER'" in text
    assert "- MISSED story '新桥通车'" in text
    assert "- EXTRA #1 story 'Fire at the Mill" in text


def test_command_line_names_a_bad_expect_file_and_exits_2(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.expect.json"
    bad.write_text("{not json", encoding="utf-8")
    assert score.main([str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.expect.json: cannot read expect file" in err


def _mill_fire() -> score.PageScore:
    """A tiny page whose parse missed one paragraph break and made another."""
    expected = article("Mill Fire", ["The mill burned down on Sunday.", "No one was hurt there."])
    produced = [article("Mill Fire", ["The mill burned down on Sunday. No one was hurt", "there."])]
    text = "Mill Fire\nThe mill burned\ndown on Sunday.\nNo one was hurt\nthere.\n"
    tally, matches = score_articles([expected], produced)
    return score.PageScore("tiny", "historical-en", tally, matches, 0.0, [expected], produced, text)


def test_breaks_show_the_source_lines_of_missed_and_extra_breaks() -> None:
    report = _mill_fire().explain_breaks().splitlines()
    missed = report.index("- MISSED in story 'Mill Fire': 'nSunday.|Noonewas' [full line]")
    assert report[missed + 1 : missed + 4] == [
        "       15/15  The mill burned",
        "       15/15  down on Sunday.",
        "    >  15/15  No one was hurt",
    ]
    extra = report.index("- EXTRA in story 'Mill Fire': 'ewashurt|there.' [no stop]")
    assert report[extra + 3] == "    >   6/15  there."


def test_breaks_are_counted_by_cause() -> None:
    causes: Counter[str] = Counter()
    _mill_fire().explain_breaks(causes)
    assert causes == Counter({"MISSED: full line": 1, "EXTRA: no stop": 1})
    table = score.cause_table(causes).splitlines()
    assert "| full line | 1 | 0 |" in table and "| no stop | 0 | 1 |" in table


def test_a_break_cause_says_whose_the_break_is() -> None:
    lines = [
        "The mill burned on",
        "Sunday. It was old.",
        "No one was hurt.",
        "Losses Were Small.",
        "The owner will build",
        "again in the spring at",
        "the old place.",
        "Bids are asked for.",
    ]
    body = normalise(" ".join(lines))
    # The text across the break is not together in the other side's article: structure.
    assert score.break_cause(lines, "asold.|Noonewas", "Noonewashurt.") == "other article"
    # (a column rule OCR kept beside the break is text, not the break's mark)
    ruled = ["and a|b end.", "Next line"]
    assert score.break_cause(ruled, "da|bend.|Nextline", "anda|bend.Nextline") == "full line"
    # A break inside a printed line.
    assert score.break_cause(lines, "Sunday.|Itwasold", body) == "inside a line"
    # A title-shaped line on either side: the title rules place it.
    assert score.break_cause(lines, "ashurt.|LossesWe", body) == "head line"
    # The line above ends no sentence.
    assert score.break_cause(lines, "illbuild|againint", body) == "no stop"
    # A sentence ending with room for the next word ("No" after "Sunday. It was old.").
    assert score.break_cause(lines, "twasold.|Noonewas", body) == "room left"
    # A sentence ending with no room for the next word: a full last line, or a full line
    # inside a paragraph (the text alone cannot tell which).
    full = ["The owner will build it", "again at the old place.", "Bids are asked for now."]
    assert score.break_cause(full, "ldplace.|Bidsarea", normalise(" ".join(full))) == "full line"


def test_a_break_inside_a_line_is_named_so() -> None:
    lines = ["Snow fell. The pass", "will open on Monday."]
    assert score.break_line(lines, "owfell.|Thepassw") is None
    assert score.break_line(lines, "Thepass|willopen") == 1
    # A column rule OCR kept beside the break: the key holds two bars.
    assert score.break_line(["the end. |", "Next line"], "eend.||Nextline") == 1


def test_shifts_name_an_article_given_its_neighbours_headline() -> None:
    mill = article("Fire at the Mill", ["The mill burned down on Sunday night, the chief said."])
    # the storm story carries the mill's head; the mill story has none, the bridge its own
    produced = [dict(STORM, headline="Fire at the Mill"), dict(mill, headline=None), BRIDGE]
    expected = [STORM, mill, BRIDGE]
    tally, matches = score_articles(expected, produced)
    result = score.PageScore("tiny", "wide", tally, matches, 0.0, expected, produced)
    shifts = result.shifted_heads()
    assert [(s.expected, s.produced, s.owner) for s in shifts] == [(0, 0, 1)]
    assert "#0 'Storm Closes Passes' got 'Fire at the Mill' (the head of #1" in str(shifts[0])


def test_shifts_find_a_neighbours_head_inside_a_longer_one_but_not_a_short_word() -> None:
    notice = article("FOR SALE", ["A good team of mules, cheap.", "Inquire at the bank."], "notice")
    joined = dict(STORM, headline="Fire at the Mill Storm Closes Passes")
    mill = article("Fire at the Mill", ["The mill burned down on Sunday night, the chief said."])
    produced = [joined, dict(mill, headline="FOR SALE NOW"), notice]
    tally, matches = score_articles([STORM, mill, notice], produced)
    result = score.PageScore("tiny", "wide", tally, matches, 0.0, [STORM, mill, notice], produced)
    # 'FireattheMill' is long enough to be looked for inside another head; 'FORSALE' is not
    assert [(s.expected, s.owner) for s in result.shifted_heads()] == [(0, 1)]


def test_command_line_counts_shifts_per_family(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.parse.devset import DEV

    corpus_file("seed/000_5bf22158df2817fe.txt")
    assert score.main([str(DEV / "real-seed-epaper.expect.json"), "--shifts"]) == 0
    assert "shifted heads: \n" in capsys.readouterr().out


def test_an_articles_breaks_score_a_share_but_one_wrong_break_can_cost_it_all() -> None:
    # (the paragraphs field is the F1 of each article's breaks, averaged over expected
    # articles: a story of one paragraph given one break scores 0, not "one break wrong")
    assert score.breaks_f1(Counter(), Counter()) == 1.0
    assert score.breaks_f1(Counter(), Counter({"x|y": 1})) == 0.0
    assert score.breaks_f1(Counter({"a|b": 1, "c|d": 1}), Counter({"a|b": 1})) == 2 / 3


def test_break_worth_is_what_fixing_each_causes_breaks_adds_to_the_article() -> None:
    expected = Counter({"a|b": 1, "c|d": 1})
    produced = Counter({"a|b": 1, "e|f": 1})
    worth = score.break_worth(expected, produced, {"c|d": "full line", "e|f": "room left"})
    # now 2·1/4; the missed break made: 2·2/5; the extra one dropped: 2·1/3
    assert worth["full line"] == pytest.approx(0.8 - 0.5)
    assert worth["room left"] == pytest.approx(2 / 3 - 0.5)
    assert set(worth) == {"full line", "room left"}


def test_breaks_summary_says_what_each_cause_is_worth_in_points() -> None:
    causes: Counter[str] = Counter()
    worth: Counter[str] = Counter()
    _mill_fire().explain_breaks(causes, worth)
    # making the missed break leaves the extra one (2·1/3); dropping the extra one alone
    # leaves an article with no break where one belongs (0)
    assert worth == Counter({"full line": pytest.approx(2 / 3), "no stop": 0.0})
    table = score.cause_table(causes, worth, articles=2).splitlines()
    assert table[0] == "| cause | missed | extra | worth (points) |"
    assert "| full line | 1 | 0 | 33.33 |" in table and "| no stop | 0 | 1 | 0.00 |" in table


def test_breaks_command_line_ends_with_the_worth_of_each_cause(capsys) -> None:  # type: ignore[no-untyped-def]
    from tests.parse.devset import DEV

    corpus_file("seed/000_5bf22158df2817fe.txt")
    assert score.main([str(DEV / "real-seed-epaper.expect.json"), "--breaks"]) == 0
    out = capsys.readouterr().out
    assert "| cause | missed | extra | worth (points) |" in out
    assert "| full line | 0 | 0 | 0.00 |" in out
    assert "(paragraphs 100.00%; the 0 unmatched articles cost 0.00 points)" in out


def test_fields_are_compared_without_the_marks_of_a_printed_rule() -> None:
    """The annotation keeps `|` as printed; the parser leaves it off a head's line edges."""
    body = ["Root says the senate will reach a plan."]
    expected = article("| Belgium Presents | League Bill for | Cigars It Smoked", body)
    produced = article("Belgium Presents League Bill for Cigars It Smoked", body)
    assert field_scores(expected, produced)["headline"] == 1.0
    other = article("Belgium Presents League Bill for Cigars", body)
    assert field_scores(expected, other)["headline"] == 0.0
