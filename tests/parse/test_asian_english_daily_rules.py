"""Two Asian English dailies' house styles (the lead's round 45, from own-en-th-daily, a Thai
daily as a PDF text layer, and own-en-hk-daily, a Hong Kong daily as an e-paper, both
annotated blind): a reporter's name alone in capitals as the byline, two names joined by "and",
a name over the reporter's e-mail address, a city alone in capitals as the dateline, an agency's
name closing a story, a briefs label in capitals, a brief's text opening on a line of names in
title case, a contents entry closed by a comma and its section page, an ANNOUNCEMENT's notice,
a puff's head holding a figure, a folio of its section's letter and page, and the sky under a
weather ear's reading. Each rule asks a modern page's head above it (the gate); the near misses
show a 1916 page's lines left as they were. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    is_capitals_briefs_label,
    is_capitals_city,
    is_name_pair,
    listed_entry,
    name_over_office,
    opens_as_notice,
)
from reader.parse.formats.text import is_foot_folio
from reader.parse.reflow import skybox_puff


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _epaper(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


#: A modern page's last story, whose colon dateline under a head marks the page modern.
_WIRE_STORY = (
    "Myanmar frees 3,000 prisoners in amnesty",
    "YANGON: Myanmar's military government",
    "released more than 3,000 prisoners on",
    "Friday in an amnesty, state media said.",
)


def test_a_name_alone_in_capitals_under_a_modern_head_is_the_byline() -> None:
    page = parse_page_text(
        _page(
            "SIAM HERALD",
            "SATURDAY, DECEMBER 5, 2026 | 30 BAHT",
            "Cabinet backs 200bn baht",
            "plan for new rail link",
            "WICHIT CHAIPRASERT",
            "The cabinet on Friday approved a",
            "200-billion-baht plan to build a",
            "double-track railway to the coast.",
            *_WIRE_STORY,
        )
    )
    rail = page.articles[0]
    assert rail.headline == "Cabinet backs 200bn baht plan for new rail link"
    assert rail.byline == "WICHIT CHAIPRASERT"
    assert rail.paragraphs[0].startswith("The cabinet on Friday")


def test_a_name_in_capitals_over_a_colon_dateline_leaves_the_dateline() -> None:
    page = parse_page_text(
        _page(
            "SIAM HERALD",
            "Haze returns to Chiang Mai as farmers",
            "burn fields",
            "SOMCHAI KAEWPRASERT",
            "CHIANG MAI: Levels of fine dust in",
            "Chiang Mai rose above the safe limit for",
            "a third day on Friday.",
            *_WIRE_STORY,
        )
    )
    haze = page.articles[0]
    assert haze.byline == "SOMCHAI KAEWPRASERT"
    assert haze.dateline == "CHIANG MAI:"
    assert haze.paragraphs[0].startswith("Levels of fine dust")


def test_a_1916_capitals_line_under_a_closed_paragraph_is_no_byline() -> None:
    # (a crosshead in capitals under a paragraph's last line, which closes: no head above it)
    page = parse_page_text(
        _page(
            "THE CITY COUNCIL MEETS.",
            "The council met last night in the hall",
            "and heard the report of the engineer.",
            "WATER WORKS",
            "The engineer said the new main would be",
            "laid before the first of April next.",
        )
    )
    assert all(article.byline != "WATER WORKS" for article in page.articles)


def test_two_names_joined_by_and() -> None:
    assert is_name_pair("Oscar Lai and Wendy Fung")
    assert is_name_pair("Mary O'Neill and Tom Chan Ka-ming")
    assert not is_name_pair("Smith and Jones")  # (one word each: no full names)
    assert not is_name_pair("Man and Woman Hurt")  # (a head's words)
    assert not is_name_pair("Oscar Lai, Wendy Fung")


def test_two_names_under_a_modern_head_are_the_byline() -> None:
    page = parse_page_text(
        _epaper(
            "THE HARBOUR POST",
            "MTR fares to rise 3.2pc in January",
            "Oscar Lai and Wendy Fung",
            "Rail operator MTR Corporation will",
            "raise fares by an average of 3.2 per",
            "cent from January 3.",
            *_WIRE_STORY,
        )
    )
    story = page.articles[0]
    assert story.headline == "MTR fares to rise 3.2pc in January"
    assert story.byline == "Oscar Lai and Wendy Fung"


def test_a_name_over_an_email_address_is_a_byline() -> None:
    assert name_over_office("Kelly Ng", "kelly.ng@harbourpost.com.hk")
    assert name_over_office("KELLY NG", "kelly.ng@harbourpost.com.hk")
    assert not name_over_office("Kelly Ng", "harbourpost.com.hk")
    assert not name_over_office("Flats go on sale", "kelly.ng@harbourpost.com.hk")


def test_a_city_alone_in_capitals_under_a_modern_head_is_the_dateline() -> None:
    page = parse_page_text(
        _epaper(
            "THE HARBOUR POST",
            "Beijing unveils plan to lift",
            "birth rate with cash payments",
            "BEIJING",
            "Families with a child under three",
            "will receive 3,600 yuan a year under",
            "a national plan announced on Friday.",
            "Reuters",
            "Cold snap to bring coldest day of",
            "the winter",
            "Staff Reporter",
            "Temperatures in urban areas could",
            "fall to 11 degrees on Tuesday.",
            *_WIRE_STORY,
        )
    )
    births = page.articles[0]
    assert births.headline == "Beijing unveils plan to lift birth rate with cash payments"
    assert births.dateline == "BEIJING"
    assert births.byline == "Reuters"  # (the agency's name closing it, not the next head's)
    assert all(not (a.headline or "").startswith("Reuters") for a in page.articles)


def test_a_capitals_city_is_one_word_and_no_section() -> None:
    assert is_capitals_city("BEIJING")
    assert is_capitals_city("SHENZHEN")
    assert not is_capitals_city("SPORT")  # (a puff's label)
    assert not is_capitals_city("HOUSING")  # (a kicker)
    assert not is_capitals_city("HONG KONG")  # (two words: a name's, is_capitals_name's)
    assert not is_capitals_city("Beijing")
    assert not is_capitals_city("THE")


def test_a_puffs_label_over_prose_is_no_dateline() -> None:
    page = parse_page_text(
        _epaper(
            "THE CAPE MERCURY",
            "Sunny, strong south-easter",
            "SPORT",
            "Proteas keep faith in young",
            "opener for Boxing Day Test",
            "► SPORT, 22",
        )
    )
    assert all(article.dateline != "SPORT" for article in page.articles)


def test_a_capitals_briefs_label_over_a_sentence_case_head_is_furniture() -> None:
    assert is_capitals_briefs_label("NEWS IN BRIEF")
    assert is_capitals_briefs_label("IN BRIEF")
    assert not is_capitals_briefs_label("NEWS IN BRIEF FROM THE STATE")
    page = parse_page_text(
        _epaper(
            "THE HARBOUR POST",
            "NEWS IN BRIEF",
            "Man arrested over Sham Shui Po fire",
            "Police arrested a 45-year-old man on",
            "suspicion of arson after a fire in a",
            "subdivided flat in Sham Shui Po.",
            *_WIRE_STORY,
        )
    )
    assert page.articles[0].headline == "Man arrested over Sham Shui Po fire"
    assert "NEWS IN BRIEF" in page.furniture


def test_a_1916_news_in_brief_over_prose_stays_the_columns_head() -> None:
    page = parse_page_text(
        _page(
            "NEWS IN BRIEF",
            "The mill at Salem closed its doors on",
            "Monday for the want of orders.",
        )
    )
    assert "NEWS IN BRIEF" not in page.furniture


def test_a_briefs_text_opening_on_a_line_of_names_leaves_its_head() -> None:
    page = parse_page_text(
        _epaper(
            "THE HARBOUR POST",
            "Ocean Park adds night tours",
            "Ocean Park will open on Friday and",
            "Saturday evenings from next month.",
            "Airport handles record cargo",
            "Hong Kong International Airport",
            "handled 480,000 tonnes of cargo last",
            "month, a record for November.",
            *_WIRE_STORY,
        )
    )
    heads = [article.headline for article in page.articles[:2]]
    assert heads == ["Ocean Park adds night tours", "Airport handles record cargo"]
    assert page.articles[1].paragraphs[0].startswith("Hong Kong International Airport handled")


def test_a_contents_entry_may_close_on_a_comma_and_its_section_page() -> None:
    entry = listed_entry("Business: Baht hits six-month high, B1")
    assert entry is not None and entry[0] == "Business: Baht hits six-month high"
    assert entry[1].text == "B1"


def test_an_announcement_heads_a_notice() -> None:
    assert opens_as_notice("ANNOUNCEMENT", "The State Railway invites bids")
    assert opens_as_notice("INVITATION TO BID", "The council invites bids")
    assert opens_as_notice(None, "TENDER NOTICE")
    assert not opens_as_notice("ANNOUNCEMENT OF PRIZES AT FAIR", "The fair")


def test_a_puffs_head_may_hold_a_figure() -> None:
    found = skybox_puff(["SPORT", "Sevens tickets sell out in 40 minutes", "B8"])
    assert found is not None and found[0] == "SPORT"
    # (a 1916 column rule's scraps under a capitals line stay no puff)
    assert skybox_puff(["SPORT", "K j i", "I1"]) is None


def test_a_folio_of_a_section_letter_and_page_alone() -> None:
    assert is_foot_folio("A1")
    assert is_foot_folio("B12")
    assert not is_foot_folio("A1 Sale")


def test_the_sky_under_a_weather_ears_reading_is_furniture() -> None:
    page = parse_page_text(
        _epaper(
            "THE CAPE MERCURY",
            "WEATHER",
            "Cape Town 17°C / 27°C",
            "Sunny, strong south-easter",
            "Commuters reject taxi fare increase",
            "By THANDO MOKOENA",
            "Taxi owners will raise fares by R2.",
        )
    )
    assert "Sunny, strong south-easter" in page.furniture


# A Pacific daily in Tesseract's blocks (own-en-pg-daily, the lead's round 45, blind).


def _blocks(*blocks: tuple[str, ...]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def test_story_continues_on_page_is_a_jump() -> None:
    from reader.parse.classify import match_continuation

    for line in ("Story continues on page 2", "Continues on Page 4"):
        found = match_continuation(line)
        assert found is not None and found[0].direction == "to"
    assert match_continuation("The story continues to grow") is None


def test_a_dash_before_a_picture_credit() -> None:
    from reader.parse.classify import is_credit

    assert is_credit("– Picture: JOHN PAIWA")
    assert is_credit("- Photo: Sam Tsang")
    assert not is_credit("– Pictures of the week")


def test_a_head_block_wrapped_on_a_small_word_over_a_proper_name() -> None:
    page = parse_page_text(
        _blocks(
            ("PACIFIC STAR", "MONDAY DECEMBER 7, 2026 | K2.50"),
            ("Teachers to get pay rise in", "January"),
            (
                "By HELEN TARAWA",
                "More than 50,000 teachers will",
                "receive a 4 per cent pay rise",
                "from January, the commission said.",
            ),
        )
    )
    [story] = page.articles
    assert story.headline == "Teachers to get pay rise in January"
    assert story.byline == "By HELEN TARAWA"


def test_a_kicker_over_a_head_in_its_block_over_a_colon_dateline() -> None:
    page = parse_page_text(
        _blocks(
            ("PACIFIC STAR", "MONDAY DECEMBER 7, 2026 | K2.50"),
            ("BUSINESS", "Port upgrade to double Lae's", "capacity"),
            (
                "LAE: Work on a K1.2 billion",
                "upgrade of the Lae port will",
                "begin in March, the corporation said.",
            ),
        )
    )
    [story] = page.articles
    assert (story.kicker, story.headline) == ("BUSINESS", "Port upgrade to double Lae's capacity")
    assert story.dateline == "LAE:"


def test_a_puff_on_one_line_closed_by_the_back_page() -> None:
    from reader.parse.reflow import run_in_puff_line

    found = run_in_puff_line("SPORTS: Hunters name squad for Cup clash – Back Page")
    assert found is not None
    assert found[:2] == ("SPORTS:", "Hunters name squad for Cup clash")
    assert found[2].page is None and found[2].text == "– Back Page"
    # (no pointer: a colon dateline's story, not a puff)
    assert run_in_puff_line("LAE: Work on the port will begin in March") is None


def test_the_papers_site_alone_closes_the_page_as_furniture() -> None:
    assert is_foot_folio("www.pacificstar.com.pg")
    assert is_foot_folio("www.siamherald.com")
    assert not is_foot_folio("Visit www.siamherald.com for more")


def test_a_paragraphs_first_line_of_an_office_and_a_name_runs_on() -> None:
    # (a small word links the office's name; the line fills its column and its words are not
    # retold under it: no head, the story goes on)
    page = parse_page_text(
        _epaper(
            "THE HARBOUR POST",
            "Kai Tak flats to go on sale",
            "Kelly Ng",
            "kelly.ng@harbourpost.com.hk",
            "The government will put the first",
            "3,200 subsidised flats on sale in",
            "March, the housing chief said.",
            "Secretary for Housing Winnie Ho",
            "Wan-yee told the Legislative Council",
            "that buyers would have to be",
            "permanent residents of the city.",
            # (a column of 36 characters: "Wan-yee" would not have fitted after "… Winnie Ho")
            "Myanmar frees 3,000 prisoners",
            "YANGON: Myanmar's military",
            "government released more than",
            "3,000 prisoners on Friday.",
        )
    )
    flats = page.articles[0]
    assert flats.headline == "Kai Tak flats to go on sale"
    assert "Secretary for Housing Winnie Ho Wan-yee told" in " ".join(flats.paragraphs)
    assert all(a.headline != "Secretary for Housing Winnie Ho" for a in page.articles)


# A North Indian regional daily as a PDF text layer (own-en-in-regional, the lead's round 45,
# blind).


def test_a_papers_news_service_is_a_desk_byline() -> None:
    from reader.parse.classify import is_desk_byline

    assert is_desk_byline("Herald News Service")
    assert is_desk_byline("Express News Service")
    assert is_desk_byline("HT Correspondent")
    assert not is_desk_byline("News Service")  # (no desk's name)
    assert not is_desk_byline("Civil Service")


def test_a_name_over_a_dateline_alone_is_the_byline() -> None:
    page = parse_page_text(
        _page(
            "THE DOABA HERALD",
            "Punjab to give free power to",
            "tubewells for another 5 years",
            "Herald News Service",
            "Chandigarh, December 6",
            "The Punjab Cabinet today decided to",
            "continue free electricity for tubewells.",
            "Jalandhar smart city project misses",
            "deadline again",
            "Deepkamal Kaur",
            "Jalandhar, December 6",
            "The Rs 1,100-crore smart city project has",
            "missed its third deadline, officials said.",
        )
    )
    power, city = page.articles
    assert (power.byline, power.dateline) == ("Herald News Service", "Chandigarh, December 6")
    assert city.headline == "Jalandhar smart city project misses deadline again"
    assert (city.byline, city.dateline) == ("Deepkamal Kaur", "Jalandhar, December 6")
    assert city.paragraphs[0].startswith("The Rs 1,100-crore")


def test_a_dateline_run_in_with_a_colon() -> None:
    from reader.parse.classify import match_dateline

    found = match_dateline("Ambala, December 6: Dense fog delayed 20")
    assert found is not None and found.text == "Ambala, December 6:"
    # (a colon before a word in small letters is a list's, not a dispatch's; a church's notes
    # list their services under the day: no place, no dispatch)
    assert match_dateline("Salem, Feb. 6: the") is None
    assert match_dateline("Sunday, February 20: Preaching morning and evening") is None


def test_a_credit_naming_the_paper_before_photo_and_its_name_wrapped() -> None:
    from reader.parse.classify import split_closing_credit

    found = split_closing_credit("on Sunday. Herald photo: Inderjit Verma")
    assert found == ("on Sunday.", "Herald photo: Inderjit Verma")
    page = parse_page_text(
        _page(
            "THE DOABA HERALD",
            "Farmers load paddy at the grain market in",
            "Ludhiana on Sunday. Herald photo: Inderjit",
            "Verma",
            "SC asks Centre to frame policy on stray",
            "dogs",
            "PTI",
            "New Delhi, December 6",
            "The Supreme Court today asked the Centre",
            "to frame a national policy on stray dogs.",
        )
    )
    caption = page.articles[0]
    assert caption.credit == "Herald photo: Inderjit Verma"
    assert page.articles[1].headline == "SC asks Centre to frame policy on stray dogs"


def test_a_weather_line_of_a_place_and_its_readings_is_furniture() -> None:
    page = parse_page_text(
        _page(
            "THE DOABA HERALD",
            "Jalandhar: Max 21°C, Min 7°C",
            "Fog delays 20 trains",
            "Ambala, December 6: Dense fog delayed 20",
            "trains this morning.",
        )
    )
    assert "Jalandhar: Max 21°C, Min 7°C" in page.furniture


def test_also_inside_over_entries_closed_by_their_page() -> None:
    page = parse_page_text(
        _page(
            "THE DOABA HERALD",
            "Fog delays 20 trains",
            "Ambala, December 6: Dense fog delayed 20",
            "trains this morning.",
            "ALSO INSIDE",
            "Nation: Parliament session to begin on Dec 14 5",
            "Sport: Punjab beat Haryana in Ranji opener 18",
        )
    )
    teasers = [a for a in page.articles if a.kind.value == "teaser"]
    assert [t.headline for t in teasers] == [
        "Nation: Parliament session to begin on Dec 14",
        "Sport: Punjab beat Haryana in Ranji opener",
    ]
    assert [t.continued_to.page for t in teasers if t.continued_to] == [5, 18]
    assert "ALSO INSIDE" in page.furniture


def test_a_matrimonial_column_is_a_notice() -> None:
    assert opens_as_notice("MATRIMONIAL", "Wanted suitable match for a girl, 27")
