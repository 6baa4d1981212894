"""The issue's date among a masthead's dates (branch mast47, issue 9): a founding or the post
office's entry passed over, the date line in capitals preferred, the weekday named checked
against the date (and the day's figures mended by it), a year read as no year mended."""

from __future__ import annotations

from collections import Counter

from reader.parse.masthead import masthead_facts, page_years


def _date(lines: list[str], years: dict[int, int] | None = None) -> str | None:
    counts = Counter(years or {})
    return masthead_facts(lines, (), lambda: counts)[1]


def test_a_founding_or_the_post_offices_entry_named_before_a_date_is_no_issues_date() -> None:
    assert _date(
        ["Established July 1, 1859.", "BENTON, LOUISIANA, THURSDAY, FEBRUARY 3, 1916."]
    ) == ("1916-02-03")
    assert _date(
        [
            "Entered as second-class matter May 12, 1910, at the post",
            "VOL. VI. NO. 41. RONAN, MONTANA, FEBRUARY 4, 1916. $2.00 Per Year",
        ]
    ) == ("1916-02-04")
    # near misses: a founding year far before the date, a stray word after it
    assert _date(["ESTABLISHED 1861 * CLARKSBURG, W. VA., THURSDAY, FEBRUARY 10, 1916."]) == (
        "1916-02-10"
    )
    assert _date(["ABBEVILLE, S. C., WEDNESDAY, FEBRUARY 2, 1916. established"]) == ("1916-02-02")


def test_the_date_line_in_capitals_wins_over_an_event_or_a_sentence() -> None:
    assert _date(
        ["Schedule In Effect September 19, 1916.", "THURMONT, MD., THURSDAY, FEBRUARY 10, 1916."]
    ) == ("1916-02-10")
    assert _date(["on Thursday, January 27, 1916.", "McCONNELLSBURG, PA., FEBRUARY 3. 1916."]) == (
        "1916-02-03"
    )
    assert _date(["Than Monday, March 13, 1916", "OWOSSO. MICHIGAN, FEB. 4. 1916."]) == (
        "1916-02-04"
    )
    # a clean date before a shortened one of the same rank; the first line when alike
    assert _date(
        ["MONDAY EVENING, FEB. 21, 1916", "EVERETT, WASH., FRIDAY, FEBRUARY 18, 1916."]
    ) == ("1916-02-18")
    assert _date(["Wednesday, December 2, 2026", "Thursday, December 3, 2026"]) == "2026-12-02"
    # a sentence's date is still read when the page gives no other
    assert _date(["on Thursday, January 27, 1916."]) == "1916-01-27"


def test_the_weekday_named_mends_a_misread_day_or_refuses_the_date() -> None:
    assert _date(["HICKMAN, KENTUCKY, THURSDAY, FEBRUARY 8, 1916 Number 32"]) == "1916-02-03"
    assert _date(["WASHINGTON, D. C., TUESDAY, FEBRUARY 13, 1916-TWENTY-FOUR PAGES."]) == (
        "1916-02-15"
    )
    # the weekday agrees: the date as read
    assert _date(["NORWICH, CONN., TUESDAY, FEBRUARY 8, 1916"]) == "1916-02-08"
    # no reading of the figures agrees (or more than one does): no date rather than a wrong one
    assert _date(["OTTUMWA, IOWA, TUESDAY, FEBRUARY 15, 1918"]) is None
    assert _date(["PHILIPSBURG, MONTANA, THURSDAY FEBRUARY 1 1916 NO. 43"]) is None


def test_a_year_read_as_no_year_is_mended_to_one_the_page_prints() -> None:
    assert _date(["Houston, Miss., Feb. 25, IOIG."], {1916: 2}) == "1916-02-25"
    # the page prints neither reading, or only one the misreads cannot reach in fewest steps
    assert _date(["Houston, Miss., Feb. 25, IOIG."]) is None
    assert _date(["TUCUMCARI, NEW MEXICO, THURSDAY, FEB. 3, 101G"], {1910: 5}) is None
    # a real year is kept whatever the page prints
    assert _date(["HARTFORD, KY., WEDNESDAY, FEBRUARY 2, 1910."], {1916: 9}) == "1910-02-02"


def test_page_years_counts_four_figure_years() -> None:
    assert page_years(["In 1915 and 1916, not 12345 or 1066", "1916."]) == Counter(
        {1915: 1, 1916: 2}
    )


def test_one_pattern_reads_and_takes_a_chinese_numeral_date() -> None:
    # (branch mast47) classify's furniture pattern for a date in Chinese numerals alone on its
    # line is built from the masthead's own (CN_WORDS_DATE_SOURCE); the hundreds of a Minguo
    # year, which the old furniture pattern allowed, are read too
    from reader.parse.classify import is_furniture
    from reader.parse.masthead import chinese_number

    assert chinese_number("一百零五") == 105
    assert chinese_number("一百一十五") == 115
    assert chinese_number("百百") is None
    assert masthead_facts(["中華民國一百零五年十二月十一日"])[1] == "2016-12-11"
    for line in (
        "二〇二六年十二月十一日",
        "中華民國一一五年十二月十一日 星期五",
        "民國一百零五年二月一日",
    ):
        assert is_furniture(line, None, 40), line
    # the era's name left out, a date inside a sentence: no furniture
    for line in ("二十五年十二月十一日", "二〇二六年十二月十一日举行"):
        assert not is_furniture(line, None, 40), line
