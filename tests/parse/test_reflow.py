"""Column widths, paragraph ends and standalone titles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.lines import Block, Line, split_lines
from reader.parse.reflow import (
    COLUMN_WINDOW,
    _capitals_credit_closing,
    _head_stack_block,
    _wrapped_head_line,
    estimate_column_width,
    find_titles,
    lettered_puff,
    modern_page,
    paragraph_breaks,
    puff_strip,
    reflow_block,
    skybox_puff,
)
from tests.parse.epages import GAZETTE_TOP, articles_of, epaper, story_by
from tests.parse.layout import wrap_latin


def test_column_width_ignores_short_lines_and_one_long_outlier() -> None:
    widths = [24, 28, 28, 26, 28, 28, 22, 28, 28, 40]
    assert estimate_column_width(widths) == 28
    assert estimate_column_width([10, 30]) == 30
    assert estimate_column_width([]) == 0


def test_cjk_paragraph_ends_at_short_last_line_and_indented_first_line() -> None:
    lines = split_lines(
        "丁薛祥指出，党的二十大明\n确提出2035年建成科技强国，\n习近平总书记在全国科技大会\n"
        "印把宏伟蓝图变为现实。\n丁薛祥表示，要准确把握我\n国科技工作的总体格局，坚持全\n"
        "策措施、重大任务、科研力量、资\n创造性落实好党中央决策部署。\n各省区市和新疆生产建设\n"
        "兵团、中央和国家机关有关部门\n有关科技界代表参加会议。\n"
    )
    breaks = paragraph_breaks(lines)
    starts = [lines[0].text] + [
        line.text for line, brk in zip(lines[1:], breaks, strict=True) if brk
    ]
    assert starts == [
        "丁薛祥指出，党的二十大明",
        "丁薛祥表示，要准确把握我",
        "各省区市和新疆生产建设",
    ]


def test_latin_paragraph_ends_where_the_next_word_would_have_fitted() -> None:
    lines = split_lines(
        "The blaze was discovered by a night\nwatchman, who saw smoke rising.\n"
        "A stiff northeast wind carried sparks\nacross the slip to the sheds.\n"
    )
    assert paragraph_breaks(lines) == [False, True, False]


def test_where_words_are_hyphenated_a_long_words_first_syllable_would_have_fitted() -> None:
    # "Supporters" does not fit after "three meetings." but "Sup-" does: a column that breaks
    # words would have set it there, so the sentence ended a paragraph.
    text = (
        "The city council voted\nto set aside $4.2 mil-\nlion for a new filtra-\n"
        "tion building, ending\nthree meetings.\nSupporters said the\nplant was too old.\n"
    )
    assert paragraph_breaks(split_lines(text)) == [False, False, False, False, True, False]
    # Without broken words on the page, the same lines are one paragraph.
    unbroken = text.replace("mil-\nlion", "mil\nlion").replace("filtra-\ntion", "filtra\ntion")
    assert paragraph_breaks(split_lines(unbroken)) == [False] * 6
    # A stop after a stray letter or a misread hyphen ("an n.") ends no paragraph.
    misread = text.replace("three meetings.", "three meet n.")
    assert paragraph_breaks(split_lines(misread)) == [False] * 6


def test_titles_found_from_context() -> None:
    lines = split_lines(
        " 全国科技工作会议召开\n\n新华社北京1月13日电 全国科\n\n技工作会议13日在京召开。\n"
    )
    block = Block(tuple(lines), double_spaced=True)
    assert find_titles(block) == [True, False, False]
    units = reflow_block(block, 0)
    assert [u.kind for u in units] == ["title", "paragraph"]
    assert units[1].first == 3 and units[1].last == 5


def test_credit_lines_at_block_end() -> None:
    lines = split_lines("新华社记者\n张端/摄\n")
    units = reflow_block(Block(tuple(lines), double_spaced=False), 0)
    assert [u.kind for u in units] == ["credit"]


def test_a_line_announcing_what_follows_ends_a_paragraph_before_a_capital() -> None:
    # "Dear Sir:" and "… says:" end like a sentence where the next word would have fitted.
    lines = split_lines(
        "The following letter was received by\nthe secretary of the league:\nDear Sir:\n"
        "The members of your body are invited\nto attend a convention to be held in\n"
        "the city, and the chairman says:\n"
        "A communication was made by the mayor\nof the town a week ago.\n"
    )
    assert paragraph_breaks(lines) == [False, True, True, False, False, True, False]
    # Before a line opening in lower case, a colon runs on.
    runs_on = split_lines("The list was short and read as follows:\nwheat, oats, rye and corn.\n")
    assert paragraph_breaks(runs_on) == [False]


def test_a_speck_after_a_stop_ends_the_line_as_the_stop_does() -> None:
    text = (
        "Its greatest advance under any administration M\n"
        "was under the last secretary. M\n"
        "Ex-Secretary Herbert's endorsement of the H\n"
        "need of preparedness is doubtless sincere. H\n"
    )
    assert paragraph_breaks(split_lines(text)) == [False, True, False]
    # The word "A" closing a line is a word, not a speck.
    word = text.replace("secretary. M", "secretary. A")
    assert paragraph_breaks(split_lines(word)) == [False, False, False]


def test_a_small_letter_opens_no_paragraph() -> None:
    # A stop OCR read for a hyphen ("a pri." / "vate levee") ends no sentence.
    text = (
        "Several of the planters along Coulee\nare engaged in building a pri.\n"
        "vate levee along the Coulee,\nwhich will protect their fields.\n"
    )
    assert paragraph_breaks(split_lines(text)) == [False, False, False]
    # A speck before a capitalised word ("j Resolved") is no small letter's word.
    specked = split_lines(
        "That we extend our sympathy to the\nfamily in their sorrow.\nj Resolved, That a copy go\n"
    )
    assert paragraph_breaks(specked) == [False, True]


def test_each_clause_of_a_resolution_opens_a_paragraph() -> None:
    text = (
        "Whereas, It has pleased the Creator\nto remove from our midst our brother;\n"
        "and Whereas, It is but just that a fit\nting recognition be made; therefore it\n"
        "Resolved, That in our natural sorrow\nwe bow to the will of Him who doeth all\n"
        "things well, and be it further\nResolved By the Camp that a copy be sent.\n"
    )
    # "and Whereas" runs on (a small letter opens it); the full line before "Resolved" with no
    # stop ends a clause all the same.
    assert paragraph_breaks(split_lines(text)) == [False, False, False, True, False, False, True]


def test_marks_at_a_lines_edges_are_no_text() -> None:
    # A column rule OCR read as marks after a paragraph's last line ("… -militia. ' :'") and
    # before the next line's first word ("- Lieut") does not hide the stop or the capital.
    text = (
        "who for years have been members of\nthe Hawaiian militia. ' :'\n"
        "- Lieut Whitener came to Honolulu\nabout May 1, 1914, as inspector.\n"
    )
    assert paragraph_breaks(split_lines(text)) == [False, True, False]
    # Marks before a word in small letters: the sentence runs on (", the regime of …").
    runs_on = (
        "had ruled the guard of the islands\nprior to the arrival of Gen. Johnson.\n"
        ", the regime of the adjutant began\nwith a new report to the department.\n"
    )
    assert paragraph_breaks(split_lines(runs_on)) == [False, False, False]
    # An ampersand is a firm's name running on, not a mark ("Carnahan Bros." / "& Dodge's").
    firm = "He will take over and have charge\nof the stock of Carnahan Bros.\n& Dodge's store.\n"
    assert paragraph_breaks(split_lines(firm)) == [False, False]
    # Marks after a line that ends no sentence leave it open ("… the report ,").
    open_line = "The officers who have seen the report ,\nWashington said it was untrue.\n"
    assert paragraph_breaks(split_lines(open_line)) == [False]


_WORDS = (
    "the",
    "council",
    "voted",
    "to",
    "build",
    "a",
    "new",
    "bridge",
    "over",
    "river",
    "and",
    "mayor",
    "said",
    "that",
    "work",
    "would",
    "begin",
    "in",
    "spring",
    "when",
    "snow",
    "melts",
    "farmers",
    "of",
    "county",
    "met",
    "at",
    "hall",
    "on",
    "monday",
    "evening",
    "for",
    "roads",
)


@st.composite
def _ragged_column(draw: st.DrawFn) -> list[str]:
    """A column of Latin paragraphs, each of one to three sentences, wrapped at a drawn width."""
    width = draw(st.integers(min_value=22, max_value=48))
    lines: list[str] = []
    for _ in range(draw(st.integers(min_value=2, max_value=5))):
        sentences = []
        for _ in range(draw(st.integers(min_value=1, max_value=3))):
            words = draw(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=16))
            sentences.append(" ".join(words).capitalize() + ".")
        lines += wrap_latin(" ".join(sentences), width)
    return lines


@settings(max_examples=300, deadline=None)
@given(_ragged_column(), st.data())
def test_marks_at_line_edges_never_change_the_breaks(lines: list[str], data: st.DataObject) -> None:
    """OCR marks put before a line's first word, or after a line's closing stop, leave every
    paragraph break as it was (where the marked line is no wider than the widest clean line
    around it, so the column measured is the same)."""
    widths = [len(line) for line in lines]
    roomy = [
        max(widths[max(0, j - COLUMN_WINDOW) : j + COLUMN_WINDOW + 1]) for j in range(len(lines))
    ]
    marked = []
    for i, line in enumerate(lines):
        lead = data.draw(st.sampled_from(("", "", ", ", "- ", "' ", "; ", "| ")))
        tail = data.draw(st.sampled_from(("", "", " ,", " -", " ' :'", " ;", " |")))
        if not line.endswith("."):
            tail = ""
        limit = min(roomy[max(0, i - COLUMN_WINDOW) : i + COLUMN_WINDOW + 1])
        if len(lead) + len(line) + len(tail) > limit:
            lead = tail = ""
        marked.append(lead + line + tail)
    clean = paragraph_breaks(split_lines("\n".join(lines) + "\n"))
    assert paragraph_breaks(split_lines("\n".join(marked) + "\n")) == clean


def test_a_letters_salutation_is_a_paragraph_of_its_own() -> None:
    # Under the address, whatever the line above ends on, and before the letter's first line.
    text = (
        "Hon. A. Lindbergh, M. C.\nWashington, D. C.\nMy Dear Mr. Lindbergh:\n"
        "My attention has been called to an\nopen letter written by you.\n"
    )
    assert paragraph_breaks(split_lines(text)) == [False, True, True, False]
    # An editor addressed with a colon is a salutation; with a comma, an address.
    editor = "Springerville, Feb. 16, 1916\nEditor St. Johns Herald:\nIn an article published\n"
    assert paragraph_breaks(split_lines(editor)) == [True, True]
    address = editor.replace("Herald:", "Herald,")
    assert paragraph_breaks(split_lines(address)) == [False, False]
    # A line running on into it ("Ladies and" / "Gentlemen:") keeps it in its sentence.
    speech = "Judge Sampson spoke as follows: Ladies and\nGentlemen:\nIt is a common fault of men\n"
    assert paragraph_breaks(split_lines(speech))[0] is False


_SALUTATIONS = ("Dear Sir:", "My Dear Sir:", "Gentlemen:", "Dear Mr. Holland:", "Editor Times:")


@settings(max_examples=300, deadline=None)
@given(_ragged_column(), _ragged_column(), st.sampled_from(_SALUTATIONS))
def test_a_salutation_between_paragraphs_always_stands_alone(
    above: list[str], below: list[str], salutation: str
) -> None:
    """Wherever a letter is quoted in a column of any width, its salutation is a paragraph of
    its own: a break before it and after it."""
    lines = split_lines("\n".join([*above, salutation, *below]) + "\n")
    breaks = paragraph_breaks(lines)
    at = len(above)
    assert breaks[at - 1] and breaks[at]


# --- zh41: a Chinese deck with clause marks over the byline; a credit broken over two lines ---


def _zh_articles(text: str) -> list[dict[str, object]]:
    from reader.parse import parse_page_text

    return [article.to_json() for article in parse_page_text(text).articles]


def test_a_chinese_deck_with_clause_marks_between_head_and_byline_is_a_deck() -> None:
    page = (
        "冬储白菜上市 价格同比下降\n"
        "批发价每斤0.8元、零售价1.2元，供应充足\n"
        "本报记者 郑晓东\n"
        "连日来，本市各大农贸市场的冬储白菜陆续上市，\n"
        "记者走访发现，今年白菜价格比去年同期低两成。\n"
    )
    [story] = _zh_articles(page)
    assert story["headline"] == "冬储白菜上市 价格同比下降"
    assert story["subheadline"] == "批发价每斤0.8元、零售价1.2元，供应充足"
    assert story["byline"] == "本报记者 郑晓东"
    # The same line under a head but over the story's prose is no deck: prose may follow a
    # head, only a deck stands between the head and the byline.
    prose = page.replace("本报记者 郑晓东\n", "")
    assert _zh_articles(prose)[0].get("subheadline") is None


def test_a_taiwan_deck_over_a_reporters_line_is_a_deck() -> None:
    page = (
        "颱風外圍環流影響 北部雨勢增強\n"
        "宜蘭、基隆山區 慎防豪雨\n"
        "記者林大同／宜蘭報導\n"
        "氣象署昨天表示，受颱風外圍環流影響，今天北部及東北部降雨機率\n"
        "升高，宜蘭山區可能有豪雨，民眾應注意落石。\n"
    )
    [story] = _zh_articles(page)
    assert story["subheadline"] == "宜蘭、基隆山區 慎防豪雨"
    assert story["byline"] == "記者林大同／宜蘭報導"


def test_a_head_under_a_caption_whose_credit_the_column_broke_starts_a_story() -> None:
    page = (
        "孩子们在社区图书馆参加冬\n"
        "季读书会活动。（图片来源：\n"
        "东方IC）\n"
        "城东菜市场改造完工\n"
        "本报讯（记者 何 平）城东菜市场改造工\n"
        "程昨天完工，市场将于本周末重新开业。\n"
    )
    arts = _zh_articles(page)
    assert [a["kind"] for a in arts] == ["caption", "brief"]
    assert arts[0]["credit"] == "（图片来源：东方IC）"
    assert arts[1]["headline"] == "城东菜市场改造完工"


def test_a_chinese_deck_over_a_lead_run_into_the_text_is_a_deck() -> None:
    page = (
        "冬储白菜上市 价格同比下降\n"
        "批发价每斤0.8元、零售价1.2元，供应充足\n"
        "本报讯（记者 郑晓东）连日来，本市各大农贸市场的冬储白\n"
        "菜陆续上市，记者走访发现，今年白菜价格比去年同期低两成。\n"
    )
    [story] = _zh_articles(page)
    assert story["subheadline"] == "批发价每斤0.8元、零售价1.2元，供应充足"
    assert story["byline"] == "本报讯（记者 郑晓东）"


def test_a_chinese_stop_read_as_zero_ends_a_paragraph_set_short() -> None:
    from reader.parse.reflow import _zero_for_stop

    page = (
        "市图书馆延长开放时间\n"
        "〔本報訊〕市圖書館宣布，自下月起週末開放時間延長至晚間九點，\n"
        "方便上班族借閱，並增設自助還書機0\n"
        "館方表示，新措施試行三個月後將檢討成效。\n"
    )
    [story] = _zh_articles(page)
    assert len(story["paragraphs"]) == 2
    assert story["paragraphs"][1].startswith("館方表示")
    assert _zero_for_stop("增設自助還書機0")
    assert not _zero_for_stop("今年营收增长10")  # a figure's last digit
    assert not _zero_for_stop("伤亡人数为0")  # a figure after the word that counts it
    assert not _zero_for_stop("Route 10")


# --- branch tab41: heads wrapped at a compound's hyphen or after a topic's colon, names in
# title case inside wrapped prose, a head block over its story's block -----------------------


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text, False, 1) for number, text in enumerate(texts, 1)]


def test_a_head_line_wrapped_at_a_compounds_hyphen_or_after_a_topics_colon() -> None:
    assert _wrapped_head_line("Bandits block Lagos-")
    assert _wrapped_head_line("road link to Ibadan-")
    assert _wrapped_head_line("Rail strike:")
    # near misses: a word broken in small letters, a line in capitals, a one-word label
    assert not _wrapped_head_line("Bandits block the high-")
    assert not _wrapped_head_line("RAIL STRIKE:")
    assert not _wrapped_head_line("Note:")


WRAPPED_HEADS = epaper(
    "Fuel queues return.",
    "Bandits seize 9",
    "travellers on Lokoja-",
    "Abuja road",
    "From Our Correspondent, Lokoja",
    "Armed men seized nine travellers on the",
    "highway late on Tuesday, police said.",
    "Rail strike:",
    "Commuters stranded as",
    "drivers walk out",
    "By Tunde Bakare, Lagos",
    "Thousands of commuters were left on",
    "the platforms on Monday morning.",
)


def test_heads_wrapped_at_a_hyphen_or_after_a_colon_head_their_stories() -> None:
    articles = articles_of(WRAPPED_HEADS)
    lokoja = story_by(articles, "Lokoja")
    assert lokoja.headline == "Bandits seize 9 travellers on Lokoja-Abuja road"
    rail = story_by(articles, "Bakare")
    assert rail.headline is not None
    assert rail.headline.startswith("Rail strike:")


NAMES_IN_PROSE = epaper(
    "Unions fix new date",
    "By Amina Lawal, Abuja",
    "The decision was reached after a long",
    "meeting of the Central Working",
    "Committees of the Rail Workers Union",
    "and the Dock Workers Union on Monday,",
    "officials said in a statement.",
)


def test_title_case_names_inside_wrapped_prose_are_no_head() -> None:
    articles = articles_of(NAMES_IN_PROSE)
    story = story_by(articles, "Lawal")
    assert story.headline == "Unions fix new date"
    assert len(articles) == 1
    assert "Committees of the Rail Workers Union and the Dock" in " ".join(story.paragraphs)


SPELT_OUT = epaper(
    "Dock fees rise",
    "By Ada Obi, Lagos",
    "Shipping lines will pay more to use",
    "the western ports from March.",
    "The Chairman of the Association of",
    "Licensed Freight Forwarders",
    "(ALFF), Mr. Bayo Ade, said the rise",
    "would be passed on to importers.",
)


def test_a_title_case_name_over_its_bracketed_initials_is_no_head() -> None:
    articles = articles_of(SPELT_OUT)
    assert len(articles) == 1
    story = story_by(articles, "Obi")
    assert story.headline == "Dock fees rise"
    assert story.paragraphs[-1].startswith("The Chairman of the Association of Licensed")


UNDER_A_BYLINE = epaper(
    "Port fees go up",
    "By Ada Obi, Lagos",
    "Shipping lines will pay more to use",
    "the western ports from March, the",
    "port authority said on Monday, after",
    "a review of its charges for berths.",
    "Agents said the rise would be passed",
    "on to importers within weeks.",
    "Board sets poll date",
    "By Musa Bello, Kano",
    "Members of the Electoral Reform",
    "Panel (ERP) have fixed March 4 for",
    "the rerun of the vote in nine wards",
    "where polling was stopped by rain.",
)


def test_a_full_title_case_line_under_a_byline_opens_the_story() -> None:
    articles = articles_of(UNDER_A_BYLINE)
    poll = story_by(articles, "Bello")
    assert poll.headline == "Board sets poll date"
    assert poll.subheadline is None
    assert poll.paragraphs[0].startswith("Members of the Electoral Reform Panel (ERP)")
    assert story_by(articles, "Obi").headline == "Port fees go up"


def test_a_block_of_head_lines_is_a_stack() -> None:
    assert _head_stack_block(_lines("Town council approves", "new bus depot"))
    assert _head_stack_block(_lines("Bus depot approved"))
    # near misses: a line that closes, a last line running on, a line in capitals
    assert not _head_stack_block(_lines("Town council approves", "new bus depot."))
    assert not _head_stack_block(_lines("Town council approves a", "new depot for the"))
    assert not _head_stack_block(_lines("TOWN COUNCIL APPROVES", "NEW BUS DEPOT"))


HEAD_BLOCKS = """Library hours extended
By Mia Ortiz
HALTON — The library will open on Sundays
from January, the board said.

Town council approves
new bus depot

By Carla Stein
HALTON — Council voted 7-2 on Tuesday to
build a bus depot on the old mill site.
Work starts in spring.

Province trims
clinic funding

Ravi Gill
The Canadian Press
TORONTO — The province will cut clinic
funding by 3 per cent next year, the
health minister said Wednesday.

Snow is expected
"""


def test_a_head_block_over_a_blocks_opening_heads_its_story() -> None:
    articles = articles_of(HEAD_BLOCKS)
    depot = story_by(articles, "Stein")
    assert depot.headline == "Town council approves new bus depot"
    clinic = next(a for a in articles if a.dateline and "TORONTO" in a.dateline)
    assert clinic.headline == "Province trims clinic funding"
    assert clinic.byline is not None
    assert " ".join(clinic.byline.split()) == "Ravi Gill The Canadian Press"
    # near miss: the last block, over no opening, stays text
    assert all(article.headline != "Snow is expected" for article in articles)


# --- tab41b: a skybox strip's heads wrapped over two lines, each over its page pointer alone ---


def test_a_puff_head_wrapped_over_two_lines_over_its_pointer() -> None:
    assert skybox_puff(
        ["ARTS", "Choir of 40 voices sings for", "the harbour festival", "Page 31"]
    ) == (
        "ARTS",
        "Choir of 40 voices sings for the harbour festival",
        4,
        31,
    )
    assert skybox_puff(
        ["MONEY", "Why renters in the capital now", "pay a year ahead", "Page 12"]
    ) == (
        "MONEY",
        "Why renters in the capital now pay a year ahead",
        4,
        12,
    )
    # near misses: no pointer under the second line; a stop ends the head's first line; a
    # 1916 head in capitals over a page number
    assert (
        skybox_puff(["ARTS", "Choir of 40 voices sings for", "the harbour festival", "By Ann Lee"])
        is None
    )
    assert (
        skybox_puff(["ARTS", "The choir sang for us.", "the harbour festival", "Page 31"]) is None
    )
    assert skybox_puff(["LOCAL", "MAYOR GOES TO", "THE CAPITAL", "Page 2"]) is None
    # a strip: further heads each over its pointer alone, one line or two
    texts = [
        "ARTS",
        "Choir of 40 voices sings for",
        "the harbour festival",
        "Page 31",
        "Ferry fares rise again",
        "Page 4",
        "Council votes to close the old",
        "swimming baths",
        "Page 6",
        "The council met on Monday and voted",
    ]
    assert puff_strip(texts, 0) == [(1, 3), (4, 5), (6, 8)]
    # Asked at the head's first line, the strip's lines read as a puff with no label (branch
    # en45: _unlabelled_puff, a head over two lines over its pointer), and so do a head of one
    # line over a page's word and number alone, as an INSIDE box whose label was taken as
    # furniture sets its entries; either opens a strip the further heads under it join (branch
    # en47). Prose opens none.
    assert puff_strip(texts, 1) == [(1, 3), (4, 5), (6, 8)]
    assert puff_strip(texts, 4) == [(4, 5), (6, 8)]
    assert puff_strip(texts, 9) == []
    # (near misses: a pointer naming its own section is an entry itself, and a stopped line
    # over a pointer is prose)
    assert puff_strip(["Ramon dela Cruz, Quezon City", "► Business B1"], 0) == []
    assert puff_strip(["The council met on Monday.", "Page 4"], 0) == []


def test_a_skybox_strip_of_wrapped_heads_gives_a_teaser_each() -> None:
    page = epaper(
        "THE HARBOUR GAZETTE",
        "Friday, December 4, 2026 $2.50",
        "ARTS",
        "Choir of 40 voices sings for",
        "the harbour festival",
        "Page 31",
        "MONEY",
        "Why renters in the capital now",
        "pay a year ahead",
        "Page 12",
        "Ferry fares rise again",
        "Page 4",
        "Bridge repairs to close",
        "the east road",
        "By Tom Reid",
        "The east road will close for six weeks",
        "from Monday while the old bridge is",
        "repaired, the council said yesterday.",
    )
    teasers = [a for a in articles_of(page) if a.kind is ArticleKind.TEASER]
    assert [
        (t.kicker, t.headline, t.continued_to.page if t.continued_to else None) for t in teasers
    ] == [
        ("ARTS", "Choir of 40 voices sings for the harbour festival", 31),
        ("MONEY", "Why renters in the capital now pay a year ahead", 12),
        (None, "Ferry fares rise again", 4),
    ]


# --- tab41b: a lead's strap over its head over bulleted decks, over the byline ---------------

BULLETED_LEAD = epaper(
    "THE HARBOUR GAZETTE",
    "Friday, December 4, 2026 $2.50",
    "Council vote: Rates to rise as",
    "mayor loses budget fight",
    "Pool shuts",
    "for good",
    "• Staff to be moved to the library",
    "from March",
    "• Swimmers vow to fight on",
    "By Tom Reid, Harbourside",
    "The old swimming pool will close for good",
    "at the end of February, the council",
    "decided on Thursday night.",
    "Ferry fares rise again",
    "By Ann Lee",
    "Ferry fares will rise by a tenth from",
    "January, the operator said yesterday.",
)


def test_a_strap_over_a_head_over_bulleted_decks_over_a_byline() -> None:
    story = story_by(articles_of(BULLETED_LEAD), "By Tom Reid, Harbourside")
    assert story.kicker == "Council vote: Rates to rise as mayor loses budget fight"
    assert story.headline == "Pool shuts for good"
    assert story.subheadline == (
        "• Staff to be moved to the library from March\n• Swimmers vow to fight on"
    )
    assert story.paragraphs[0].startswith("The old swimming pool")


def test_bullets_over_prose_are_no_decks() -> None:
    # near miss: a fact box's bullets over more prose, no byline under them
    page = epaper(
        "THE HARBOUR GAZETTE",
        "Friday, December 4, 2026 $2.50",
        "Pool shuts for good",
        "By Tom Reid",
        "The old swimming pool will close for good,",
        "the council decided. What it means:",
        "• Staff to be moved to the library",
        "• Swimmers to use the school pool",
        "The pool opened in 1962 and was last",
        "refitted in 1998.",
    )
    story = story_by(articles_of(page), "By Tom Reid")
    assert story.headline == "Pool shuts for good"
    assert story.subheadline is None


def test_a_head_wrapped_after_its_topic_colon_is_one_headline() -> None:
    page = epaper(
        *GAZETTE_TOP,
        "School bus strike:",
        "Parents left stranded as",
        "drivers walk out",
        "By Tom Reid, Harbourside",
        "Hundreds of parents had to drive their",
        "children to school yesterday after the",
        "bus drivers walked out over pay.",
    )
    story = story_by(articles_of(page), "By Tom Reid")
    assert story.headline == "School bus strike: Parents left stranded as drivers walk out"
    assert story.subheadline is None


# --- bbb42: a skybox over the nameplate (pointers after a comma); a caption under a head ---


def test_a_puff_head_closed_by_its_section_letter_and_page() -> None:
    assert lettered_puff(["HOCKEY", "Wolves edge Lynx in overtime, C1"]) == (
        "HOCKEY",
        "Wolves edge Lynx in overtime",
        2,
        1,
        ", C1",
    )
    assert lettered_puff(["FOOD", "Twelve soups to see you through", "the cold months, E3"]) == (
        "FOOD",
        "Twelve soups to see you through the cold months",
        3,
        3,
        ", E3",
    )
    assert lettered_puff(["DEALS", "25 gifts for teachers, D2", "X"]) == (
        "DEALS",
        "25 gifts for teachers",
        2,
        2,
        ", D2",
    )
    # near misses: a 1916 head in title case; an ear's forecast with its stops; no label in
    # capitals; a head too long for the box before its pointer
    assert lettered_puff(["HOCKEY", "Wolves Edge Lynx In Overtime, C1"]) is None
    assert lettered_puff(["WEATHER", "Snow. High -4, low -11", "Details, A12"]) is None
    assert lettered_puff(["Hockey", "Wolves edge Lynx in overtime, C1"]) is None
    too_long = ["HOCKEY", "Wolves edge Lynx in", "overtime at home on", "Tuesday, C1"]
    assert lettered_puff(too_long) is None


SKYBOX_OVER_NAMEPLATE = """HOCKEY
Wolves edge Lynx in overtime
at the Aud, C1
FOOD
Twelve soups for cold nights, E3

The Lakehead Chronicle

TUESDAY, DECEMBER 1, 2026 | $2.25
lakeheadchronicle.ca

Harbour bridge to close
for a month of repairs

By Tom Reyes
THUNDER BAY — Harbour Road will close
for a month from Monday while crews
repair the bridge deck, the city said.

Woman hurt in fall
KENORA — A 61-year-old woman was taken
to hospital after a fall on Main Street.
"""


def test_puffs_over_the_nameplate_are_teasers() -> None:
    articles = articles_of(SKYBOX_OVER_NAMEPLATE)
    teasers = [article for article in articles if article.kind is ArticleKind.TEASER]
    assert [(t.kicker, t.headline) for t in teasers] == [
        ("HOCKEY", "Wolves edge Lynx in overtime at the Aud"),
        ("FOOD", "Twelve soups for cold nights"),
    ]
    assert [t.continued_to.page for t in teasers if t.continued_to] == [1, 3]
    assert story_by(articles, "Reyes").headline == "Harbour bridge to close for a month of repairs"


def test_a_caption_closed_by_a_credit_in_capitals() -> None:
    assert _capitals_credit_closing(
        _lines("Skaters crowd the rink at City Hall", "on Sunday.", "JANE DOE THE CHRONICLE")
    )
    # near misses: a head in capitals over its story; a credit under a line that runs on; a
    # block too long for a caption; two words in capitals (a head's length)
    assert not _capitals_credit_closing(
        _lines("The council met on Monday.", "MAYOR NAMES NEW CLERK", "The mayor named")
    )
    assert not _capitals_credit_closing(
        _lines("Skaters crowd the rink at City Hall", "on", "JANE DOE THE CHRONICLE")
    )
    assert not _capitals_credit_closing(
        _lines(*(["The council met on Monday."] * 6), "JANE DOE THE CHRONICLE")
    )
    assert not _capitals_credit_closing(
        _lines("Crews put out a fire at the school", "on Sunday.", "STORM WARNING")
    )


CAPTION_BETWEEN_HEAD_AND_STORY = """The Wellington Chronicle

TUESDAY, DECEMBER 1, 2026 | $2.25

Woman hurt in fall
KENORA — A 61-year-old woman was taken
to hospital after a fall on Main Street
on Sunday. Police said ice on the steps
of a shop was to blame for the fall.

Old mill to become
a riverside market
City buys the site for $3M; stalls could
open by the summer of 2028

Workers clear the old mill yard on
Water Street on Monday.
JANE DOE THE CANADIAN PRESS

Ravi Gill
The Canadian Press
GUELPH — The city will turn the old mill
into a year-round market, council voted
on Monday night.
"""


def test_a_caption_between_a_head_and_its_story_is_its_own_item() -> None:
    articles = articles_of(CAPTION_BETWEEN_HEAD_AND_STORY)
    market = story_by(articles, "Gill")
    assert market.headline == "Old mill to become a riverside market"
    assert market.subheadline == (
        "City buys the site for $3M; stalls could open by the summer of 2028"
    )
    assert market.dateline == "GUELPH —"
    caption = next(article for article in articles if article.credit)
    assert caption.kind is ArticleKind.CAPTION
    assert caption.credit == "JANE DOE THE CANADIAN PRESS"
    assert caption.paragraphs[0].startswith("Workers clear the old mill yard")
    assert articles.index(caption) == articles.index(market) + 1


# --- bbb42: a page whose every head sits in a block of its own; a caption inside a column break ---

OWN_BLOCK_HEADS = """The Valley Courier
Friday, December 4, 2026 | $3.50

Flood barrier plan
goes out for comment

By Mere Kahu
The regional council has put its plan for
a $12 million flood barrier along the
river out for public comment, with a
hearing set down for March.
Residents of the low-lying streets near
the wharf said they had waited ten

Sandbags line Wharf Road after last
week's heavy rain.
Photo / Ana Reid

years for a barrier.
Continued on A3

Boy bitten by dog
in park

A 9-year-old boy was bitten by a dog in
Memorial Park on Tuesday, police said.
"""


def test_a_page_whose_heads_sit_in_blocks_of_their_own_is_modern() -> None:
    from reader.parse.formats.text import page_blocks

    assert modern_page(page_blocks(OWN_BLOCK_HEADS)[1])
    # near miss: the same head block over plain prose opening on a name, no byline
    no_byline = OWN_BLOCK_HEADS.replace("By Mere Kahu\n", "")
    no_byline = no_byline.replace(
        "Boy bitten by dog\nin park\n\nA 9", "Boy bitten by dog\nin park\n\nOne 9"
    )
    assert not modern_page(page_blocks(no_byline)[1])


def test_heads_in_blocks_of_their_own_and_a_caption_inside_a_column_break() -> None:
    articles = articles_of(OWN_BLOCK_HEADS)
    barrier = story_by(articles, "Kahu")
    assert barrier.headline == "Flood barrier plan goes out for comment"
    assert barrier.paragraphs[-1] == (
        "Residents of the low-lying streets near the wharf said they had waited ten years "
        "for a barrier."
    )
    assert barrier.continued_to is not None and barrier.continued_to.page == 3
    caption = next(article for article in articles if article.credit)
    assert caption.kind is ArticleKind.CAPTION
    assert caption.credit == "Photo / Ana Reid"
    assert articles.index(caption) == articles.index(barrier) + 1
    brief = articles[-1]
    assert brief.headline == "Boy bitten by dog in park"
    assert brief.paragraphs[0].startswith("A 9-year-old boy")


# --- branch fresh42: blind modern fronts (a mainland financial daily, a South African e-paper)


def test_a_chinese_stack_under_a_contents_box_entry_heads_its_story() -> None:
    # PaddleOCR gives no blank line: the lead's 引题, head and 副题 stand straight under the
    # 导读 box's last entry, which closes what is above as a stop does.
    page = parse_page_text(
        "今日行情\n"
        "上证指数 3418.62 +0.85%\n"
        "导读\n"
        "粮食收购进度快于去年同期 A3\n"
        "两部门发布家电以旧换新细则 A6\n"
        "全年新增减税降费超八千亿元\n"
        "小微企业融资成本持续下降 信贷投放稳中有进\n"
        "普惠小微贷款余额同比增长百分之十五以上\n"
        "本报记者 周 航 林晓岚\n"
        "记者从金融监管部门获悉，今年以来，小微企业\n"
        "贷款利率继续下行，普惠小微贷款余额保持较快\n"
        "增长，信贷结构进一步优化。\n"
    )
    story = next(a for a in page.articles if a.byline)
    assert story.kicker == "全年新增减税降费超八千亿元"
    assert story.headline == "小微企业融资成本持续下降 信贷投放稳中有进"
    assert story.subheadline == "普惠小微贷款余额同比增长百分之十五以上"
    assert story.byline == "本报记者 周 航 林晓岚"


def test_an_arrow_pointer_closes_a_skybox_puff() -> None:
    assert skybox_puff(["BUSINESS", "Miners brace for a lean year", "► BUSINESS, 14"]) == (
        "BUSINESS",
        "Miners brace for a lean year",
        3,
        14,
    )
    # (no page after the arrow: no pointer)
    assert skybox_puff(["BUSINESS", "Miners brace for a lean year", "► BUSINESS"]) is None


def test_a_deck_broken_at_a_hyphen_stays_in_the_head_stack() -> None:
    page = epaper(
        *GAZETTE_TOP,
        "Council backs new library",
        "By Tom Reid",
        "The council voted yesterday to build",
        "a library on the old market site.",
        "WATER WOES",
        "Dam levels drop",
        "below a third",
        "Officials urge residents to cut con-",
        "sumption as the drought bites",
        "By LINDIWE DUBE",
        "Staff Writer",
        "The city's dams fell below a third of",
        "their capacity this week, the water",
        "department said yesterday.",
    )
    story = story_by(articles_of(page), "LINDIWE DUBE")
    assert story.kicker == "WATER WOES"
    assert story.headline == "Dam levels drop below a third"
    assert story.subheadline is not None
    assert story.subheadline.replace("\n", " ") == (
        "Officials urge residents to cut consumption as the drought bites"
    )
    assert story.paragraphs[0].startswith("The city's dams fell")


def test_a_head_wrapped_over_two_lines_over_its_story_on_a_modern_page() -> None:
    page = epaper(
        *GAZETTE_TOP,
        "Gold price climbs as investors",
        "seek safety",
        "The price of gold rose to a record",
        "on Thursday as investors sold shares.",
    )
    articles = articles_of(page)
    gold = next(a for a in articles if a.headline and a.headline.startswith("Gold"))
    assert gold.headline == "Gold price climbs as investors seek safety"
    assert gold.paragraphs == (
        "The price of gold rose to a record on Thursday as investors sold shares.",
    )


def test_a_chinese_paragraph_whose_stop_ocr_dropped_ends_at_its_short_last_line() -> None:
    lines = split_lines(
        "市场监管部门12月2日通报，今年以来共抽检\n"
        "食品样品一万二千余批次，总体合格率保持在\n"
        "百分之九十八以上\n"
        "通报显示，不合格食品主要集中在农药残留超\n"
        "标、微生物污染等方面，相关部门已依法处置。\n"
    )
    assert paragraph_breaks(lines) == [False, False, True, False]
    # (a line running on at a full line's end is no paragraph's end)
    full = split_lines(
        "市场监管部门12月2日通报，今年以来共抽检\n"
        "食品样品一万二千余批次，总体合格率保持在\n"
        "百分之九十八以上的较高水平，抽检范围继续\n"
    )
    assert paragraph_breaks(full) == [False, False]


def test_a_head_under_a_contents_box_entry_stands_apart() -> None:
    page = epaper(
        *GAZETTE_TOP,
        "INSIDE TODAY",
        "Harbour tolls to rise in March Page 5",
        "Letters: Keep the beach open Page 12",
        "WINTER SALE",
        "Half price on all garden chairs",
        "Harbour Home Store, Quay Road",
    )
    articles = articles_of(page)
    teasers = [a.headline for a in articles if a.kind is ArticleKind.TEASER]
    assert teasers == ["Harbour tolls to rise in March", "Letters: Keep the beach open"]
    sale = next(a for a in articles if a.headline == "WINTER SALE")
    assert "Half price on all garden chairs" in " ".join(sale.paragraphs)


def test_a_chinese_head_over_its_dispatch_under_a_paragraph_that_lost_its_stop() -> None:
    # Single-spaced, no blank lines: the paragraph above lost its 。 to OCR, yet the head over
    # the Xinhua dispatch is its head, its words the dispatch's opening words.
    text = (
        "市城管局表示，今年冬季将新增环卫作业车辆一百\n"
        "二十台，重点保障主干道和商圈的道路保洁，确保\n"
        "城市道路在雨雪天气中安全通行\n"
        "全国冬小麦播种基本结束\n"
        "新华社北京12月5日电（记者 林 涛）记者从农业\n"
        "农村部获悉，全国冬小麦播种基本结束，播种面积\n"
        "稳中有增，苗情总体好于上年。\n"
    )
    page = parse_page_text(text)
    story = next(a for a in page.articles if a.dateline and a.dateline.startswith("新华社"))
    assert story.headline == "全国冬小麦播种基本结束"
    assert page.articles[0].paragraphs[-1].endswith("安全通行")


def test_a_chinese_paragraphs_last_line_over_an_unrelated_dispatch_heads_nothing() -> None:
    # The same lines, but the short line's words are not the dispatch's: a paragraph's end.
    text = (
        "市城管局表示，今年冬季将新增环卫作业车辆一百\n"
        "二十台，重点保障主干道和商圈的道路保洁，确保\n"
        "城市道路在雨雪天气中安全通行\n"
        "新华社北京12月5日电（记者 林 涛）记者从农业\n"
        "农村部获悉，全国冬小麦播种基本结束，播种面积\n"
        "稳中有增，苗情总体好于上年。\n"
    )
    page = parse_page_text(text)
    assert all(a.headline != "城市道路在雨雪天气中安全通行" for a in page.articles)


def test_a_chinese_briefs_head_over_text_that_runs_on_above_narrower_ad_lines() -> None:
    # The brief's text runs on from its first line, a full line of its column: the head set
    # short of it is a head, though the lines further down (an ad's) are narrower.
    text = (
        "受此消息影响，公司股价12月3日收盘上涨\n"
        "6.12%。\n"
        "两市融资余额连续五日小幅回升\n"
        "据统计，截至12月3日，沪深两市融资余额合计达1\n"
        "万亿元。\n"
        "江城证券 岁末开户有礼\n"
        "新客户专享 交易佣金低至万分之一\n"
        "理财有风险 投资须谨慎 请理性选择\n"
        "服务热线：95599\n"
    )
    page = parse_page_text(text)
    brief = next(a for a in page.articles if a.headline == "两市融资余额连续五日小幅回升")
    assert brief.paragraphs[0].startswith("据统计")


def test_a_wider_line_under_a_kickers_sentence_case_head_is_its_deck() -> None:
    # Branch en43: a kicker in capitals over a sentence-case head wrapped over two lines, then
    # a line opening on a capital, wider than each head line (set smaller): the deck.
    text = (
        "THE CEBU MORNING POST\n"
        "SATURDAY, MARCH 7, 2026 | VOL. IX NO. 44 | ₱25.00\n"
        "WATER SUPPLY\n"
        "Dam level falls to lowest\n"
        "in a decade\n"
        "Utility asks households to cut use by a fifth\n"
        "By JOSEFA LIM\n"
        "CEBU CITY — The water level at the\n"
        "Buhisan dam fell to its lowest in ten\n"
        "years on Friday, the utility said.\n"
    )
    story = parse_page_text(text).articles[0]
    assert story.kicker == "WATER SUPPLY"
    assert story.headline == "Dam level falls to lowest in a decade"
    assert story.subheadline == "Utility asks households to cut use by a fifth"
    # near miss: a line no wider than the head's runs on as the head's (a name opening it)
    narrow = text.replace(
        "Utility asks households to cut use by a fifth\n", "Cebu City households\n"
    )
    story = parse_page_text(narrow).articles[0]
    assert story.subheadline is None
    assert story.headline == "Dam level falls to lowest in a decade Cebu City households"


def test_a_one_word_label_over_a_one_line_head_is_its_kicker() -> None:
    # Branch en43: "LETTERS" over a one-line sentence-case head over the letter's text, on a
    # modern page (a story under a byline and a modern dateline above it).
    text = (
        "THE CEBU MORNING POST\n"
        "SATURDAY, MARCH 7, 2026 | VOL. IX NO. 44 | ₱25.00\n"
        "Dam level falls to lowest in a decade\n"
        "By JOSEFA LIM\n"
        "CEBU CITY — The water level at the\n"
        "Buhisan dam fell to its lowest in ten\n"
        "years on Friday, the utility said.\n"
        "LETTERS\n"
        "Fix the bridges before the roads\n"
        "The city spends more on new roads each\n"
        "year than on keeping its old bridges\n"
        "safe. That should change, and soon.\n"
    )
    story = parse_page_text(text).articles[1]
    assert (story.kicker, story.headline) == ("LETTERS", "Fix the bridges before the roads")
    assert story.paragraphs[0].startswith("The city spends")
