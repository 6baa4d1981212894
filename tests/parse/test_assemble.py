"""Assembly: headlines matched to bodies by evidence, captions, teasers, briefs."""

from __future__ import annotations

from collections import Counter

from reader.model import Article, ArticleKind
from reader.parse import parse_page_text
from reader.parse.assemble import (
    Body,
    Title,
    _attach_titles,
    _strap_over_bulleted_head,
    _topic_colon_runs_on,
    title_score,
)
from reader.parse.audit import lost_and_added
from reader.parse.classify import closes_on_contact_line
from tests.parse.epages import GAZETTE_TOP


def test_title_score() -> None:
    assert title_score("全国科技工作会议在京召开", "全国科技工作会议13日在京召开。") > 0.8
    assert title_score("低空经济如何安全起飞", "全国科技工作会议13日在京召开。") == 0.0
    assert title_score("FIRE SWEEPS HARBOR DOCKS", "Fire sweeps along the harbor docks.") == 1.0
    assert title_score("anything", "") == 0.0


def test_headline_far_from_its_story_is_attached_by_evidence() -> None:
    page = parse_page_text(
        " 青年科学家论坛在沪开幕\n\n"
        " 本报讯（记者刘洋） 3月17日，新一代深海着陆器在马里亚纳海沟完成万米海试，"
        "各项指标达标。\n\n"
        "新一代深海着陆器完成万米海试\n"
        " 新华社上海3月17日电 青年科学家论坛17日在上海开幕，三百余名学者参加。\n"
    )
    heads = {a.headline: a for a in page.articles}
    assert set(heads) == {"青年科学家论坛在沪开幕", "新一代深海着陆器完成万米海试"}
    assert heads["青年科学家论坛在沪开幕"].dateline == "新华社上海3月17日电"
    assert heads["新一代深海着陆器完成万米海试"].byline == "本报讯（记者刘洋）"
    assert all(a.kind is ArticleKind.BRIEF for a in page.articles)


def test_unmatched_titles_are_teasers_and_bodies_without_title_keep_none() -> None:
    page = parse_page_text("低空经济如何安全“起飞”\n\n量子计算云平台开放首批算例\n")
    assert [a.kind for a in page.articles] == [ArticleKind.TEASER, ArticleKind.TEASER]
    story = parse_page_text("今天天气很好，市民纷纷出门踏青，公园里游人如织，热闹非凡。\n")
    article = story.articles[0]
    assert article.headline is None and article.display_title.startswith("今天天气很好")
    assert article.has_derived_title


def test_a_teaser_with_a_page_pointer_keeps_it_even_above_a_story() -> None:
    text = (
        " 老旧小区加装电梯新规出台（见第2版）\n\n"
        " 本报讯（记者高远） 3月17日，老旧小区加装电梯新规出台，业主同意比例由三分之二降为过半，"
        "审批时限缩短至二十个工作日。\n"
    )
    page = parse_page_text(text)
    teasers = [a for a in page.articles if a.kind is ArticleKind.TEASER]
    assert [t.headline for t in teasers] == ["老旧小区加装电梯新规出台"]
    assert teasers[0].continued_to is not None and teasers[0].continued_to.page == 2
    lost, _ = lost_and_added(text, page)
    assert not lost


def test_two_byline_lines_in_a_row_lose_neither() -> None:
    text = "By JANE DOE\nBy SAM OKAFOR\nThe council met on Monday and voted to buy two plows.\n"
    page = parse_page_text(text)
    lost, _ = lost_and_added(text, page)
    assert not lost
    assert "By JANE DOE" in page.unplaced


def test_a_byline_line_before_a_paragraph_with_its_own_byline_is_kept() -> None:
    text = "本报记者 高远\n本报讯（记者林晓雯） 3月17日上午，地铁六号线东延段开通试运营。\n"
    page = parse_page_text(text)
    lost, _ = lost_and_added(text, page)
    assert not lost
    assert page.articles[0].byline == "本报讯（记者林晓雯）"


def test_a_hyphen_removed_when_a_paragraph_runs_on_across_blocks_is_counted() -> None:
    text = (
        "Schools in Harlan, Pike and Moreno\n"
        "counties were closed for the day,\n"
        "and the county emergency office\n"
        "opened a warming shelter at the fair-\n"
        "\n"
        "grounds for travelers who could not\n"
        "find a motel room.\n"
    )
    page = parse_page_text(text)
    lost, _ = lost_and_added(text, page)
    assert not lost
    assert "fairgrounds" in page.articles[0].paragraphs[0]


def test_a_short_word_opening_a_block_is_a_paragraph_a_stray_mark_is_not() -> None:
    from reader.parse.assemble import assemble
    from reader.parse.lines import Line
    from reader.parse.reflow import Unit

    def para(number: int, text: str, block: int) -> Unit:
        return Unit(kind="paragraph", lines=[Line(number, text, False, 1)], block=block)

    units = [
        Unit(kind="title", lines=[Line(1, "WITNESS SILENT", False, 0)], block=0, style="caps"),
        para(2, "The question was put to the witness again by the judge.", 0),
        para(3, "No.", 1),
        para(4, "The court then adjourned for the day.", 1),
        para(5, "|", 2),
        para(6, "The jury went home.", 2),
    ]
    result = assemble(units, 1, frozenset())
    assert [a.paragraphs for a in result.articles] == [
        (
            "The question was put to the witness again by the judge.",
            "No.",
            "The court then adjourned for the day.",
            "The jury went home.",
        )
    ]
    assert result.unplaced == ["|"]


_STORY_ABOVE = (
    "SCHOOL BOARD NAMES NEW PRINCIPAL\n\nThe school board on Monday named Maria Lopez principal"
    " of Riverton High School, where she has taught science for twelve years.\n\n"
)
_VOTERS = (
    "\nVOTERS HEAD TO THE POLLS\n\nTurnout was high across the county on Tuesday as voters"
    " waited in long lines at every polling place, officials said.\n"
)


def test_a_short_label_over_a_capitals_head_is_a_kicker() -> None:
    for label in ("Campaign Trail", "City Hall", "Election Day"):
        page = parse_page_text(_STORY_ABOVE + label + _VOTERS)
        voters = next(a for a in page.articles if a.headline == "VOTERS HEAD TO THE POLLS")
        assert (voters.kicker, voters.subheadline) == (label, None)


def test_a_chinese_kicker_stays() -> None:
    page = parse_page_text(
        "城市轨道交通建设提速\n地铁六号线东延段开通试运营\n\n"
        "本报讯 记者从市轨道交通集团获悉，地铁六号线东延段今天上午开通试运营，"
        "沿线居民出行更加便利。\n"
    )
    assert [(a.kicker, a.headline) for a in page.articles] == [
        ("城市轨道交通建设提速", "地铁六号线东延段开通试运营")
    ]


def test_a_deck_set_above_a_1916_head_is_a_deck_not_a_kicker() -> None:
    text = (
        "Federalization of National Guard\nIs Favored by Congressional Leaders.\n"
        "ORGANIZATION BUSY FRAMING MEASURE\n\nThe proposal of the National Guard association for"
        " federalization of the state troops was taken up today by the leaders of both houses.\n"
    )
    (article,) = parse_page_text(text).articles
    assert article.kicker is None
    assert article.headline == "ORGANIZATION BUSY FRAMING MEASURE"
    assert article.subheadline == (
        "Federalization of National Guard Is Favored by Congressional Leaders."
    )


def test_lines_that_are_no_label_are_no_kicker() -> None:
    # The end of the item above, a name and office, a line running on: none is a kicker,
    # and their text stays on the page.
    for line in (
        "T. Quinn's, with Miss Edith Miles as leader.",
        "A. D. Rodgers, President",
        "Facsimile Signature of",
        "Secretary Lansing Will Not Discuss Details Until He Confers",
    ):
        text = _STORY_ABOVE + line + _VOTERS
        page = parse_page_text(text)
        assert all(a.kicker is None for a in page.articles), line
        assert not lost_and_added(text, page)[0], line


def test_a_line_over_a_head_that_ends_the_sentence_above_goes_back_to_it() -> None:
    text = (
        "LADIES AID MEETS\n\nThe ladies of the aid society met on Thursday afternoon and planned"
        " the spring work of the church. The next meeting will be at the home of\n\n"
        "Mrs. T. Quinn, with Miss Edith Miles as leader.\nTURNER-DAVIS.\n\nA quiet wedding took"
        " place at the home of the bride's parents on Thursday afternoon.\n"
    )
    page = parse_page_text(text)
    aid, wedding = page.articles
    assert aid.paragraphs[-1].endswith(
        "at the home of Mrs. T. Quinn, with Miss Edith Miles as leader."
    )
    assert (wedding.kicker, wedding.headline, wedding.subheadline) == (None, "TURNER-DAVIS.", None)
    assert not lost_and_added(text, page)[0]


def test_an_office_line_no_byline_can_take_stays_in_the_text() -> None:
    # The wire credit's byline waits for its story, but a dateline read as a title came
    # between: "President Wilson …" (an office line's shape) was dropped with no byline to join.
    text = (
        "By United Press.\nWASHINGTON, D. C, Feb. 4.\n"
        "President Wilson arrived here at noon\nthis afternoon.\n"
    )
    page = parse_page_text(text)
    assert any(
        p.startswith("President Wilson arrived") for a in page.articles for p in a.paragraphs
    )
    assert lost_and_added(text, page) == (Counter(), Counter())


def test_a_continuation_of_ocr_scraps_keeps_its_jump_line() -> None:
    # A scrap of OCR noise under "(Continued from page 2)" was dropped as noise, jump line and all.
    text = "(Continued from page 2)\nlterof Farm\n.Demonstrator\nJ..Lfitchett\n"
    page = parse_page_text(text)
    assert lost_and_added(text, page) == (Counter(), Counter())
    (article,) = page.articles
    assert article.continued_from is not None and article.continued_from.page == 2


_BEALE_TEXT = (
    "Judge Merle J. Rogers in the second John E. Beale\ntrial today ruled that the state must"
    " limit its\nwitnesses to the facts of the shooting.\n"
)


def test_a_dateline_alone_over_the_first_line_opens_the_story() -> None:
    # A 1916 daily sets the place and day with no dash on the line over the story's text.
    for stack, subheadline in (
        ("LIMIT TESTIMONY IN BEALE TRIAL\n", None),
        (
            "LIMIT TESTIMONY IN BEALE TRIAL\nCourt Hears Only Facts of the Shooting.\n",
            "Court Hears Only Facts of the Shooting.",
        ),
    ):
        text = stack + "SANTA BARBARA, Cal., Feb. 3.\n" + _BEALE_TEXT
        page = parse_page_text(text)
        (article,) = page.articles
        assert article.headline == "LIMIT TESTIMONY IN BEALE TRIAL"
        assert (article.subheadline, article.dateline) == (
            subheadline,
            "SANTA BARBARA, Cal., Feb. 3.",
        )
        assert article.paragraphs[0].startswith("Judge Merle J. Rogers")
        assert not lost_and_added(text, page)[0]


def test_a_wire_credit_alone_over_the_first_line_is_the_byline() -> None:
    for credit in ("(BY ASSOCIATED PRESS)", "Republican A. P. Leased Wire", "United Press Service"):
        text = (
            f"SIX WOMEN VICTIMS OF A NEW YORK FIRE\n{credit}\nNEW YORK, Feb. 4.—Six women lost"
            " their lives in a\nfire which destroyed a boarding house on the\nwest side early"
            " today.\n"
        )
        (article,) = parse_page_text(text).articles
        assert (article.subheadline, article.byline) == (None, credit), credit
        assert article.dateline == "NEW YORK, Feb. 4.—"


def test_a_dateline_read_as_the_headline_is_left_to_the_headline_rules() -> None:
    # Only a deck under the head is read as the story's opening; which line heads the story
    # is the headline rules' business. (Since echo17 a dateline in capitals under a mixed-case
    # head is such a deck, though it is the stack's first capitals title: the head heads.)
    for stack, expected in (
        ("", ("SANTA BARBARA, Cal., Feb. 3.", None)),
        ("Beale Trial Opens\n", ("Beale Trial Opens", "SANTA BARBARA, Cal., Feb. 3.")),
    ):
        (article,) = parse_page_text(
            stack + "SANTA BARBARA, Cal., Feb. 3.\n" + _BEALE_TEXT
        ).articles
        assert (article.headline, article.dateline) == expected


def test_ocr_noise_over_a_capitals_head_is_no_deck() -> None:
    for scrap in ("TPV QlPtf", "-JS Kit", "LANSlGllfES I", "IIU IllUitliJ MUill"):
        text = _STORY_ABOVE + scrap + _VOTERS
        page = parse_page_text(text)
        voters = next(a for a in page.articles if a.headline == "VOTERS HEAD TO THE POLLS")
        assert (voters.kicker, voters.subheadline) == (None, None), scrap
        assert page.unplaced == (scrap,)
        assert not lost_and_added(text, page)[0], scrap


def test_a_garbled_deck_over_a_capitals_head_stays_a_deck() -> None:
    # A third of its words garbled: still a deck (read out of order), not a scrap.
    for deck in ("Mnck ItclcaMS Five.", "SS'akcr Loads Eight."):
        page = parse_page_text(_STORY_ABOVE + deck + _VOTERS)
        voters = next(a for a in page.articles if a.headline == "VOTERS HEAD TO THE POLLS")
        assert voters.subheadline == deck
        assert not page.unplaced


def test_shedding_noise_makes_no_kicker_of_the_deck_beside_it() -> None:
    # Two lines over the head are decks; taking the scrap away would leave one that reads as
    # a label, so the stack is left as read.
    page = parse_page_text(_STORY_ABOVE + "TPV QlPtf\nCampaign Trail" + _VOTERS)
    voters = next(a for a in page.articles if a.headline == "VOTERS HEAD TO THE POLLS")
    assert (voters.kicker, voters.subheadline) == (None, "TPV QlPtf\nCampaign Trail")


_LINER_ABOVE = (
    "actual displacement today was 31,\n180 tons and her estimated maximum\n"
    "horsepower 32,000. Captain W. G.\nMelvin of Newport News was the nav\nigating officer.\n"
)
_HANDWRITING = (
    "Chicago, Feb. 28.—Comparison of\nthe writing and notations on the\n"
    "checks introduced as evidence in the\ncivil service commission's investiga\n"
    "tion of the split salary scandal will\nbe made by a handwriting expert,\n"
    "President Coffin of the commission\nadmitted yesterday. The investigation\n"
    "will be resumed today.\n"
)


def test_a_head_stack_read_as_a_brief_heads_the_dated_story_under_it() -> None:
    # The deck wrapped over short lines was read as a paragraph: the head and its deck made a
    # brief, and the dispatch under them had no headline.
    stack = (
        "EXPERTS TO\nREEMPLOYED\nNegotiations will be Exam\nined by Handwriting\nProfessionals.\n"
    )
    text = _LINER_ABOVE + stack + _HANDWRITING
    page = parse_page_text(text)
    above, story = page.articles
    assert above.headline is None
    assert (story.kind, story.headline, story.dateline) == (
        ArticleKind.STORY,
        "EXPERTS TO REEMPLOYED",
        "Chicago, Feb. 28.—",
    )
    assert story.subheadline == "Negotiations will be Exam ined by Handwriting Professionals."
    assert story.paragraphs[0].startswith("Comparison of the writing")
    assert not lost_and_added(text, page)[0]


def test_a_dispatch_read_under_another_stack_is_no_deck() -> None:
    # A month and a day near the paragraph's start: a dispatch's first words, not a deck.
    text = (
        _LINER_ABOVE
        + "EXPERTS TO\nREEMPLOYED\nBerlin, via London, Feb. 8. Tension\nis relieved here.\n"
        + _HANDWRITING
    )
    page = parse_page_text(text)
    brief = next(a for a in page.articles if a.headline == "EXPERTS TO REEMPLOYED")
    # (the dispatch's dateline, its dash lost, is read as its dateline: branch dates11)
    assert brief.dateline == "Berlin, via London, Feb. 8."
    assert brief.paragraphs[0].startswith("Tension")
    story = next(a for a in page.articles if a.dateline == "Chicago, Feb. 28.—")
    assert story.headline is None


def test_a_deck_read_as_a_brief_inside_a_stack_is_the_deck() -> None:
    # The deck stands between the capitals head and the dateline, but was read as a head-less
    # brief of its own.
    text = _LINER_ABOVE + (
        "DUTCH ORDER PROBE\nOF ATTACK ON BOAT\nPress Demands Germany Be\n"
        "Asked for Prompt and Satis\nfactory Explanation.\nTHE HAGUE. Feb. 4.—The Dutch\n"
        "government today ordered an immediate\ninvestigation of the torpedo attack\n"
        "on the steamer, and witnesses were\n"
        "called from the crew.\n"
    )
    page = parse_page_text(text)
    assert len(page.articles) == 2
    story = page.articles[1]
    assert story.headline == "DUTCH ORDER PROBE OF ATTACK ON BOAT"
    assert story.subheadline is not None
    assert story.subheadline.startswith("Press Demands Germany Be Asked")
    assert story.subheadline.endswith("Explanation.")
    assert story.dateline == "THE HAGUE. Feb. 4.—"
    assert not lost_and_added(text, page)[0]


def test_dirt_between_a_head_and_its_dateline_is_no_deck() -> None:
    text = _LINER_ABOVE + (
        "PRESIDENT AND SECRETARY OF STATE\nit f\nWashington, Feb. 14.—President\nWilson and"
        " Secretary of State Lansing\nare agreed on the answer to be sent\nto Berlin this week.\n"
    )
    story = next(a for a in parse_page_text(text).articles if a.dateline)
    assert story.subheadline is None


def _attach(sequence: list[Title | Body]) -> None:
    bodies = [item for item in sequence if isinstance(item, Body)]
    titles = [item for item in sequence if isinstance(item, Title)]
    _attach_titles(sequence, bodies, titles, [])


def _counter_attacks() -> tuple[Body, Title, Body]:
    """A war story, the capitals head set under it, and the story that head stands over."""
    story = Body(
        [
            "Desperate counter attacks by the French troops north of Verdun, in which the "
            "Teutons were thrown back with heavy losses, were reported in Paris today."
        ],
        2,
        4,
    )
    head = Title("TEUTONS ARE THROWN BACK.", "caps", 5, 5)
    briand = Body(
        ["Premier Briand told representatives of the press how the tide had turned."], 6, 8
    )
    return story, head, briand


def test_a_head_under_a_headed_story_heads_the_story_it_stands_over() -> None:
    # Grand Forks Herald, 28 Feb 1916 (shift13): a story's head is set over a stray word, so
    # the story takes it by its echo; the next head, set under that story, echoes its words
    # too ("the Teutons were thrown back") but is the head of the story it stands over.
    own = Title("DESPERATE COUNTER ATTACKS.", "caps", 0, 0)
    story, next_head, briand = _counter_attacks()
    _attach([own, Body(["reports"], 1, 1), story, next_head, briand])
    assert story.titles == [own] and own.detached
    assert briand.titles == [next_head] and not next_head.detached


def test_a_head_under_a_story_with_no_head_of_its_own_still_goes_to_it() -> None:
    # Scrambled OCR prints a story's head after it: with no head over the story, the head
    # under it that echoes its lead is still taken by it.
    story, head, briand = _counter_attacks()
    _attach([story, head, briand])
    assert story.titles == [head] and head.detached
    assert briand.titles == []


def test_a_head_kept_from_the_story_above_it_goes_to_no_story_its_words_echo_less() -> None:
    # (an unseen page of 23 Feb 1916: BROWNINGTON, kept from the town column above it, went
    # to a story far down the page whose lead named a "Brown")
    own = Title("DESPERATE COUNTER ATTACKS.", "caps", 0, 0)
    story, next_head, briand = _counter_attacks()
    far = Body(["The Teutons were thrown from their trenches near Ypres on Sunday."], 40, 42)
    _attach([own, Body(["reports"], 1, 1), story, next_head, briand, far])
    assert briand.titles == [next_head] and not next_head.detached
    assert next_head not in far.titles


_MILFORD = (
    "PASSENGER IN\nWRECK MAY DIE\nFrank McNamara Badly\nCrushed More Than Three\n"
    "Score on Milford Trains\nin Hospitals.\nNew Haven, Conn., Fob. 23. The\n"
    "death list as the result of the rear\nend collision of two passenger trains\n"
    "on the New Haven road grew today\nwhen a brakeman died in a hospital.\n"
)


def _story_headed(text: str, headline: str) -> Article:
    """The story under ``headline`` on a page of ``text``, checked to lose no character."""
    page = parse_page_text(text)
    assert not lost_and_added(text, page)[0]
    return next(a for a in page.articles if a.headline == headline)


def test_a_decks_tail_read_as_the_storys_first_words_is_the_decks() -> None:
    # The deck, cut short on a bare word ("… More Than Three"), lost its last lines to the
    # story's first paragraph (decks13).
    text = _LINER_ABOVE + _MILFORD
    story = _story_headed(text, "PASSENGER IN WRECK MAY DIE")
    assert story.subheadline == (
        "Frank McNamara Badly Crushed More Than Three Score on Milford Trains in Hospitals."
    )
    # (dates14) the damaged month's dateline is read now, so the tail is a paragraph of its
    # own over the dispatch, and the deck takes it back all the same.
    assert story.dateline == "New Haven, Conn., Fob. 23."
    assert story.paragraphs[0].startswith("The death list")


def test_a_decks_tail_alone_on_its_paragraph_leaves_the_rest_in_place() -> None:
    # The tail is a paragraph of its own, over a wire credit OCR garbled one letter in four
    # (read since branch exchange31; before, a paragraph of its own).
    text = _LINER_ABOVE + (
        "TRAINING CAMP TO BE\nHELD AT INDIANAPOLIS\nRookies Are I-Apivtcd to Gather at\n"
        "Fort iU'n Harris-oil This\nSummer.\nInten.atioi.3l News Srvle:\nINIIANAPMS. Feh. 2. Fort\n"
        "Benjamin Harrison, near here, prob\nably will be one of the three civilian\n"
        "training camps of the middle west.\n"
    )
    story = _story_headed(text, "TRAINING CAMP TO BE HELD AT INDIANAPOLIS")
    assert (
        story.subheadline == "Rookies Are I-Apivtcd to Gather at Fort iU'n Harris-oil This Summer."
    )
    assert story.byline == "Inten.atioi.3l News Srvle:"
    assert story.dateline == "INIIANAPMS. Feh. 2."
    assert story.paragraphs[0].startswith("Fort Benjamin Harrison")


def test_a_stop_that_ends_no_sentence_or_a_list_of_names_is_no_decks_tail() -> None:
    # "Charles A. Towne. former Senator …": the stop ends no sentence; "Curtner, Mario Crest,
    # Molvina Fowler." is a list of names; "Talent: Drs." a programme's.
    for opening in (
        "Charles A. Towne. former Senator from Minnesota wrote the following",
        "Curtner, Mario Crest, Molvina Fowler. Pearl Quinn and others were",
        "Day Talent: Drs. McKeever, Curtis and others will speak on the",
    ):
        text = _LINER_ABOVE + (
            "ATTACK REPLIED TO\nIN VERSE BY TOWNE\nAttack by Wister Replied to\n"
            f"by Towne in Verse\n{opening}\nlines to the paper this week, and the\n"
            "verses were read by many of his old friends.\n"
        )
        story = _story_headed(text, "ATTACK REPLIED TO IN VERSE BY TOWNE")
        assert story.subheadline == "Attack by Wister Replied to by Towne in Verse", opening
    # the same stack over a title-case clause that ends a sentence takes it
    text = _LINER_ABOVE + (
        "ATTACK REPLIED TO\nIN VERSE BY TOWNE\nAttack by Wister Replied to\nby Towne in Verse\n"
        "Who Mocked the Senator. Former Senator\nfrom Minnesota wrote the lines.\n"
    )
    story = next(a for a in parse_page_text(text).articles if a.subheadline)
    assert (
        story.subheadline == "Attack by Wister Replied to by Towne in Verse Who Mocked the Senator."
    )


def test_a_decks_tail_over_a_dateline_whose_place_lost_its_capital_is_the_decks() -> None:
    # "uskaloosa" (Oskaloosa) opens in small letters, but its stop and dash start a sentence.
    text = _LINER_ABOVE + (
        "THRILLING RESCUE BY\nSIXTEEN YEAR OLD BOY\nTakes Companion From River After\n"
        "He is Almost Frozen\nto Death.\nuskaloosa, lowa J^b. '28.—In a\n"
        "thrilling rescue by Ray Ellis, a 16\nyear old boy, a companion was saved\n"
        "from the river this afternoon.\n"
    )
    story = _story_headed(text, "THRILLING RESCUE BY SIXTEEN YEAR OLD BOY")
    assert story.subheadline == "Takes Companion From River After He is Almost Frozen to Death."
    assert story.paragraphs[0].startswith("uskaloosa, lowa")


def test_a_dateline_with_a_comma_after_its_month_is_the_storys() -> None:
    # (months15) "Feb, 14." and "Fob, 14.": a comma read after the month, damaged or not.
    for month in ("Feb,", "Fob,", "Feb.,"):
        text = _LINER_ABOVE + (
            "HOLD KELLY FOR MURDER.\nMan Under Arrest in Chicago Accused\nof Killing a Patrolman.\n"
            f"Chicago, {month} 14.—Part identification\nof Frank Kelly, alias King, as the man\n"
            "who held up the agency was made today.\n"
        )
        story = _story_headed(text, "HOLD KELLY FOR MURDER.")
        assert story.dateline == f"Chicago, {month} 14.—"
        assert story.paragraphs[0].startswith("Part identification")


def test_a_story_paragraph_runs_on_under_a_contents_box_read_inside_its_column() -> None:
    # zh41: a 焦點 box set beside the lead story, which PaddleOCR read between two of the
    # story's lines: the box's entries are teasers and the paragraph cut above them goes on.
    from reader.parse import parse_page_text

    page = (
        "港區擴建案環評過關\n"
        "記者張大華／高雄報導\n"
        "高雄港第七貨櫃中心擴建案昨天通過環評審查，港務公司表示，工程\n"
        "將分三期進行，第一期預計明年動工，完工後每年可增加貨櫃裝卸量\n"
        "焦點\n"
        "國道一號拓寬 明年發包…A5\n"
        "冬季旅遊補助 下週開放申請…A7\n"
        "約兩百萬個，並創造三千個就業機會。\n"
        "環保團體則表示，將持續監督施工期間的空氣品質。\n"
    )
    arts = [a.to_json() for a in parse_page_text(page).articles]
    story = next(a for a in arts if a["headline"] == "港區擴建案環評過關")
    assert len(story["paragraphs"]) == 2
    assert "貨櫃裝卸量約兩百萬個" in story["paragraphs"][0]
    teasers = [a["headline"] for a in arts if a["kind"] == "teaser"]
    assert teasers == ["國道一號拓寬 明年發包", "冬季旅遊補助 下週開放申請"]


def test_a_topic_colon_runs_on_and_a_strap_over_bulleted_decks() -> None:
    assert _topic_colon_runs_on(
        [
            Title("School bus strike:", "mixed", 10, 10),
            Title("Parents left stranded", "mixed", 12, 12),
        ]
    )
    # near misses: a title-case label's colon (a list follows), a colon far above
    assert not _topic_colon_runs_on(
        [
            Title("The Following Were Elected:", "mixed", 10, 10),
            Title("President, J. Smith", "mixed", 11, 11),
        ]
    )
    assert not _topic_colon_runs_on(
        [
            Title("School bus strike:", "mixed", 10, 10),
            Title("Parents left stranded", "mixed", 20, 20),
        ]
    )
    strap = Title("Council vote: Rates to rise as mayor loses budget fight", "mixed", 10, 12)
    head = Title("Pool shuts for good", "mixed", 14, 18)
    bullet = Title("• Swimmers vow to fight on", "mixed", 20, 20)
    assert _strap_over_bulleted_head([strap, head, bullet]) == (
        strap.text,
        head.text,
        bullet.text,
    )
    # near miss: the upper line set no smaller than the head under it (a head over its deck)
    deck = Title("Pool shuts for good after sixty years", "mixed", 14, 16)
    assert (
        _strap_over_bulleted_head([Title("Pool to close", "mixed", 10, 12), deck, bullet]) is None
    )


def test_a_captions_catchline_is_no_colon_dateline() -> None:
    # Branch fresh42: a caption opening on a catchline in capitals and a colon, closed by its
    # photographer's credit, under a story's page pointer.
    text = "".join(
        f"{line}\n\n"
        for line in (
            *GAZETTE_TOP,
            "Turn to Page 4",
            "SPLASH DOWN: Pupils cool off at the",
            "harbour pool on the hottest day of",
            "the year so far. Picture: SAM NKOSI",
        )
    )
    page = parse_page_text(text)
    assert not lost_and_added(text, page)[0]
    caption = next(a for a in page.articles if a.credit)
    assert caption.kind is ArticleKind.CAPTION
    assert caption.dateline is None
    assert caption.credit == "Picture: SAM NKOSI"
    assert caption.paragraphs[0].startswith("SPLASH DOWN: Pupils")


#: A Hong Kong front in Tesseract's blocks (made up): a lead under its head, deck and
#: reporter's line, a crosshead in a block of its own, then a brief of other news.
_HK_LEAD_WITH_CROSSHEAD = (
    "新界東公立醫院急症室擴建\n"
    "屯門醫院新翼下月啟用 增設八十張病床\n"
    "\n"
    "本報記者 李志強\n"
    "醫院管理局昨日宣布，屯門醫院急症室擴建工程\n"
    "已經完成，新翼大樓將於下月正式啟用，急症室\n"
    "的病床數目由現時的四十張增加至一百二十張。\n"
    "醫管局表示，新翼設有獨立的兒科急症區，並引\n"
    "入電子分流系統，病人輪候時間可望縮短。\n"
    "\n"
    "分流系統全面電子化\n"
    "\n"
    "醫管局總監說，新的電子分流系統會按病人的\n"
    "病情自動排序，護士可即時調配人手，減少病\n"
    "人在急症室輪候的時間。\n"
    "\n"
    "渡輪碼頭周末暫停開放\n"
    "海事處表示，西環渡輪碼頭本周六及周日進行\n"
    "維修，暫停開放，乘客請改用其他碼頭。\n"
)


def test_a_chinese_crosshead_set_apart_stays_in_its_lead() -> None:
    # The crosshead names the section's matter in the lead's words (分流系統, 電子), and the
    # section goes on with the lead; the brief after it shares neither and stands alone.
    story = _story_headed(_HK_LEAD_WITH_CROSSHEAD, "新界東公立醫院急症室擴建")
    assert story.byline == "本報記者 李志強"
    assert "分流系統全面電子化" in story.paragraphs
    assert story.paragraphs[-1].startswith("醫管局總監說")
    page = parse_page_text(_HK_LEAD_WITH_CROSSHEAD)
    brief = next(a for a in page.articles if a.headline == "渡輪碼頭周末暫停開放")
    assert brief.paragraphs[0].startswith("海事處表示")


def test_a_chinese_head_whose_words_are_not_the_leads_heads_its_own_item() -> None:
    # The same shape, but the short head's words are not the lead's: a new item.
    text = _HK_LEAD_WITH_CROSSHEAD.replace("分流系統全面電子化", "郵政局延長營業時間").replace(
        "醫管局總監說，新的電子分流系統會按病人的\n病情自動排序，護士可即時調配人手，減少病\n人在急症室輪候的時間。",
        "香港郵政表示，聖誕節前各區郵政局將延長營\n業時間至晚上八時，方便市民寄遞包裹。",
    )
    page = parse_page_text(text)
    item = next(a for a in page.articles if a.headline == "郵政局延長營業時間")
    assert item.paragraphs[0].startswith("香港郵政表示")


def test_a_chinese_advertisements_display_lines_are_its_text() -> None:
    # Head, an offer line and a hotline: a notice whose lines under its head are paragraphs
    # (五折, 減價, 熱線 are a sale's words), never a story's deck.
    text = (
        "天星小輪下月起加價\n"
        "運輸署批准天星小輪加價申請，由明年一月一日起，\n"
        "尖沙咀往返中環航線成人收費加兩毫。\n"
        "\n"
        "永昌傢俬 年終大減價\n"
        "全店沙發低至五折 即日起至月底\n"
        "查詢熱線：2890 1234\n"
    )
    page = parse_page_text(text)
    ad = next(a for a in page.articles if a.headline == "永昌傢俬 年終大減價")
    assert ad.kind is ArticleKind.NOTICE
    assert ad.subheadline is None
    assert ad.paragraphs == ("全店沙發低至五折 即日起至月底", "查詢熱線：2890 1234")


def test_a_chinese_ad_closed_by_its_hotline_is_a_notice_headed_by_its_top_line() -> None:
    # Single-spaced: three display lines and the hotline alone on the last line. The hotline
    # is the ad's text (never a head), it makes the item a notice, and the top display line
    # is the head (an ad has no kicker), the others its text.
    text = (
        "受此消息影响，公司股价12月3日收盘上涨\n"
        "6.12%。\n"
        "港口集团发布春节运营安排\n"
        "根据安排，2027年2月6日至2月8日暂停作业，2月\n"
        "9日起恢复。\n"
        "江城银行 新春理财节\n"
        "稳健理财产品 业绩比较基准2.8%起\n"
        "理财非存款 产品有风险 投资须谨慎\n"
        "客服热线：95577\n"
    )
    page = parse_page_text(text)
    ad = next(a for a in page.articles if a.kind is ArticleKind.NOTICE)
    assert (ad.kicker, ad.headline, ad.subheadline) == (None, "江城银行 新春理财节", None)
    assert ad.paragraphs == (
        "稳健理财产品 业绩比较基准2.8%起",
        "理财非存款 产品有风险 投资须谨慎",
        "客服热线：95577",
    )
    # (a number inside a news sentence closes no item as an ad's contact line does; display
    # lines joined into one paragraph still close on the hotline)
    assert not closes_on_contact_line("市民可拨打热线：12345咨询。")
    assert closes_on_contact_line("理财非存款产品有风险投资须谨慎客服热线：95577")


#: A made-up front of a Philippine English daily as a PDF's text layer gives it (branch en43):
#: single-spaced, a kicker over a wrapped head and a wider deck, a byline over its office, a
#: head straight over a handle byline (no blank line), a teaser's head over its "SEE STORY
#: ON" pointer, a letter under a one-word label signed with name and town, a contents box
#: whose entries follow a list mark.
PH_FRONT = """THE CEBU MORNING POST
SATURDAY, MARCH 7, 2026 | VOL. IX NO. 44 | ₱25.00
WATER SUPPLY
Dam level falls to lowest
in a decade
Utility asks households to cut use by a fifth
By JOSEFA LIM
Senior Reporter
CEBU CITY — The water level at the
Buhisan dam fell to its lowest in ten
years on Friday, and the utility asked
households to cut their use by a fifth
until the rains return.
Engineers said the dam could run dry by
April if no rain falls.
Port strike enters day three
Leo Tan @leotanCMP
Dock workers stayed off the job for a
third day on Friday as talks over pay
broke down again.
New ferry route to Bohol
SEE STORY ON A5
OPINION
Fix the bridges before the roads
The city spends more on new roads each
year than on keeping its old bridges
safe. That should change.
Teresa de Leon, Mandaue City
INSIDE
► Business B2
► Sports C1
"""


def test_a_philippine_fronts_bylines_pointers_and_signature() -> None:
    page = parse_page_text(PH_FRONT)
    assert not lost_and_added(PH_FRONT, page)[0]
    lead, port, teaser, letter, *entries = page.articles
    # the office under the "By" line is the byline's, not a paper's name in the masthead
    assert (
        lead.byline is not None and lead.byline.split() == "By JOSEFA LIM Senior Reporter".split()
    )
    assert "Senior Reporter" not in page.furniture
    assert port.byline == "Leo Tan @leotanCMP"
    assert port.headline == "Port strike enters day three"
    assert teaser.kind is ArticleKind.TEASER
    assert teaser.headline == "New ferry route to Bohol"
    assert teaser.continued_to is not None and teaser.continued_to.page == 5
    assert port.continued_to is None and port.paragraphs[-1].endswith("broke down again.")
    assert (letter.kicker, letter.headline) == ("OPINION", "Fix the bridges before the roads")
    assert letter.byline == "Teresa de Leon, Mandaue City"
    assert [(a.kind, a.headline) for a in entries] == [
        (ArticleKind.TEASER, "Business"),
        (ArticleKind.TEASER, "Sports"),
    ]


def test_a_place_signature_heading_text_is_a_head() -> None:
    # near miss: a line of name and place with text of its own under it, in its block, heads
    # that text (a correspondent's column under its place), and is no signature
    text = PH_FRONT.replace(
        "Teresa de Leon, Mandaue City\n",
        "Teresa de Leon, Mandaue City\nMore letters were sent this week than any\n"
        "week of the year, the desk said.\n",
    )
    page = parse_page_text(text)
    letter = next(a for a in page.articles if a.kicker == "OPINION")
    assert letter.byline is None
