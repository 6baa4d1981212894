"""The issue's date and the paper's name in the forms the dev set's mastheads print beyond
"December 11, 2026" and "2026年12月4日" (the lead's round 46): the day before the month, as
British, Commonwealth and Asian English papers print it; Chinese numerals, the banker's
figures and 廿; the Republic of China's years (民國 N = 1911 + N); a nameplate in capitals
whose noun no list knows, over its date line; a folio strip parted by bars or bullets. Each
is read from furniture only: none makes a line furniture."""

from __future__ import annotations

import pytest

from reader.parse.masthead import chinese_number, is_masthead_line, masthead_facts


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("二十五", 25),
        ("十一", 11),
        ("十", 10),
        ("貳拾捌", 28),
        ("廿六", 26),
        ("卅一", 31),
        ("二〇二六", 2026),
        ("115", 115),
        ("三", 3),
        ("十十", None),
        ("二三十", None),
        ("年", None),
        ("", None),
    ],
)
def test_chinese_numbers(text: str, number: int | None) -> None:
    assert chinese_number(text) == number


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Friday 11 December 2026", "2026-12-11"),
        ("Saturday, 5th December, 2026", "2026-12-05"),
        ("二〇二六年十二月十一日　星期五", "2026-12-11"),
        ("中華民國115年12月4日星期五", "2026-12-04"),
        ("中華民國二十五年十一月七日　星期六", "1936-11-07"),
        ("中華民國貳拾捌年四月廿六日星期三", "1939-04-26"),
        ("2026年12月4日", "2026-12-04"),
        # (near-misses: no day, no real date, the Republic's founding year alone)
        ("本報創刊於民國十三年", None),
        ("二〇二六年二月三十日", None),
        ("11 Decembre 2026", None),
        ("Friday 41 December 2026", None),
    ],
)
def test_dates_in_furniture(line: str, date: str | None) -> None:
    assert masthead_facts([line])[1] == date


def test_a_day_first_date_takes_no_line_for_furniture() -> None:
    # (read from a line already furniture; a sentence naming such a date stays prose)
    assert not is_masthead_line("The hearing was set for 11 December 2026 at the court.", 30)


def test_a_nameplate_over_its_date() -> None:
    assert masthead_facts(["THE ISLAND GLEANER", "MONDAY, DECEMBER 7, 2026"])[0] == (
        "THE ISLAND GLEANER"
    )
    assert masthead_facts(
        ["THE DAILY CRESCENT", "Founded 1951", "ISLAMABAD, FRIDAY, DECEMBER 4, 2026"]
    )[0] == ("THE DAILY CRESCENT")
    # (near-misses: no date under it; a label; not the first furniture line; not capitals)
    assert masthead_facts(["THE ISLAND GLEANER", "islandgleaner.com"])[0] is None
    assert masthead_facts(["THE WEATHER", "MONDAY, DECEMBER 7, 2026"])[0] is None
    assert masthead_facts(["SPORT", "THE ISLAND GLEANER", "MONDAY, DECEMBER 7, 2026"])[0] is None
    assert masthead_facts(["The Island Gleaner", "MONDAY, DECEMBER 7, 2026"])[0] is None


def test_a_folio_strip_parted_by_bullets_or_bars() -> None:
    strip = "nymetroexpress.com • METRO EXPRESS • Wednesday, December 2, 2026 • 5"
    assert masthead_facts([strip]) == ("METRO EXPRESS", "2026-12-02")
    bars = "B3 | The Lakeport Herald-Times | Wednesday, December 2, 2026"
    assert masthead_facts([bars]) == ("The Lakeport Herald-Times", "2026-12-02")
