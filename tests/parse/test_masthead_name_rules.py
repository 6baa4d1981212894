"""The paper's name read from the masthead (branch mast47, issue 9): names refused that no
paper bears (an edition's words, a slogan's phrase, a column's heading, a garbled wire, a
scrap), and the nameplate read from the page's first head."""

from __future__ import annotations

from reader.parse.masthead import masthead_facts


def _name(furniture: list[str], heads: list[str] | None = None) -> str | None:
    return masthead_facts(furniture, heads or [])[0]


def test_what_no_paper_is_named_is_refused() -> None:
    assert _name(["Daily and Sunday", "HERALD"]) is None
    assert _name(["SUBSCRIBE FOR THE NEWS"]) is None
    assert _name(["MAKING RECORD AT HIS POST"]) is None
    assert _name(["COUNTY NEWS"]) is None
    assert _name(["COURT HOUSE NEWS"]) is None
    assert _name(["ASSOCIATLD PRESS"]) is None
    assert _name(["NA DEMOCRAT"]) is None
    # near misses: a place before the noun, the edition's word beside a name, a short town
    assert _name(["COUNTY NEWS", "THE RED LAKE NEWS"]) == "THE RED LAKE NEWS"
    assert _name(["THE DAILY TELEGRAM"]) == "THE DAILY TELEGRAM"
    assert _name(["Mansfield Mirror"]) == "Mansfield Mirror"
    assert _name(["ST. JOHNS HERALD"]) == "ST. JOHNS HERALD"
    assert _name(["THE NEWS AND COURIER"]) == "THE NEWS AND COURIER"


def test_the_first_head_in_capitals_may_be_the_nameplate() -> None:
    assert _name([], ["UNIVERSITY MISSOURIAN", "BIG FIRE DOWNTOWN"]) == "UNIVERSITY MISSOURIAN"
    assert _name([], ["ALBUQUERQUE MORNING JOURNAI"]) == "ALBUQUERQUE MORNING JOURNAL"
    assert _name([], ["MACON BEACOE"]) == "MACON BEACON"
    # a later head's people, a head's plain word, a plural, a noun alone, title case: no name
    assert _name([], ["BIG FIRE DOWNTOWN", "YOUNG MISSOURIAN"]) is None
    assert _name([], ["FIREMEN ANSWER CALL"]) is None
    assert _name([], ["FULL LEASED WIRE DISPATCHES"]) is None
    assert _name([], ["THE HEEALD"]) is None
    assert _name([], ["Albuquerque Morning Journal"]) is None


def test_a_chinese_name_of_one_character_and_bao_alone_in_the_furniture() -> None:
    assert _name(["晶報", "中華民國二十八年四月廿六日　星期三"]) == "晶報"
    assert _name(["申 報"]) == "申報"
    # 報 as a common noun: this paper, a daily, an evening paper
    assert _name(["本報"]) is None
    assert _name(["日報"]) is None
    assert _name(["晚報"]) is None
