"""More modern house styles (modern26): an Indian English e-paper's colon datelines, desk and
agency bylines and arrow pointers, a community weekly's label heads in blocks of their own and
its foot folio, a Singapore Chinese daily's guide arrows, leads, closing photo credits and an
obituary notice's mourners."""

from __future__ import annotations

from reader.model import Article, ArticleKind, Page
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import (
    box_entry,
    is_byline_line,
    match_colon_dateline,
    match_dateline,
    match_teaser_pointer,
)


def _epaper(text: str) -> str:
    """A page as an e-paper gives it: a blank line after every line."""
    return "".join(line + "\n\n" for line in text.splitlines())


INDIA = _epaper(
    """THE INDUS COURIER
Farmers call off rail blockade after talks with Centre
PTI
CHANDIGARH: Farmers' unions in
Punjab on Wednesday called off
their blockade of rail tracks.
High court seeks report on dog bite cases
Special Correspondent
BENGALURU: The Karnataka High
Court on Wednesday directed the
city to file a report on bites.
Sensex ends 412 points higher on bank rally
MUMBAI: The benchmark Sensex
closed higher on Wednesday.
IANS
PUBLIC NOTICE
My client has lost the deed of
the said property in the city.
Kohli's century puts India on top in Pune » Page 13"""
)

WEEKLY = """The Millbrook Weekly Register

School board approves new bus routes
By Karen Lindqvist
The Millbrook School Board voted 5-2
Monday night to redraw three bus
routes that parents say are too long.

Police blotter
Nov. 24: A resident of Elm Street
reported a bicycle stolen from a
front porch.

Community calendar
Dec. 5: Holiday craft fair,
Millbrook Community Center, 9 a.m.
to 3 p.m.

PAGE 3 | MILLBROOK WEEKLY REGISTER
"""

SINGAPORE = """狮城早报
2026年12月3日 星期四
导读
组屋转售价连涨十个季度 →第6页
本地大学生实习津贴调高 →第8页
樟宜机场第五搭客大厦明年动工
本报记者 陈 伟 杨思敏
（新加坡讯）樟宜机场第五搭客大厦
将在明年第一季度正式动工，交通部
长昨天在国会答复议员提问时说。
有议员问及工程费用。部长表示，具
体数额将在招标完成后公布，但政府
会确保机场发展费不会大幅调高。
义工昨天在芽笼士乃巴刹为年长居民
派发年货。 （黄家豪摄）
六个组屋区增设乐龄健身角
早报讯 建屋发展局昨天宣布，宏茂
桥、淡滨尼和裕廊西等六个组屋区明
年将增设20个乐龄健身角。
讣告
先严陈金水老先生，广东潮安人，恸
于2026年12月1日寿终正寝。
孝男 陈国强 孝女 陈美玲 泣告
新加坡新闻 A3
"""


def _page(text: str) -> Page:
    page = parse_page_text(text)
    assert not lost_and_added(text, page)[0]
    return page


def _by_head(text: str) -> dict[str | None, Article]:
    return {a.headline: a for a in _page(text).articles}


def test_colon_datelines_open_stories_under_a_modern_head() -> None:
    by_head = _by_head(INDIA)
    farmers = by_head["Farmers call off rail blockade after talks with Centre"]
    assert farmers.dateline == "CHANDIGARH:"
    assert farmers.paragraphs[0].startswith("Farmers' unions")
    court = by_head["High court seeks report on dog bite cases"]
    assert court.dateline == "BENGALURU:"
    assert court.subheadline is None
    assert by_head["Sensex ends 412 points higher on bank rally"].dateline == "MUMBAI:"


def test_a_colon_dateline_pattern_refuses_labels() -> None:
    found = match_colon_dateline("NEW DELHI: Metro commuters in the")
    assert found is not None and found.text == "NEW DELHI:"
    for label in ("NOTICE TO VOTERS: To vote in", "ABOVE ALL: Keep your head.", "MR. EDITOR: Not"):
        assert match_colon_dateline(label) is None
    # Alone (no modern head above) a label with a colon opens no dispatch.
    assert match_dateline("PLANTERS: Send for our 1916 Seed Annual") is None


def test_an_older_pages_label_under_a_capitals_head_is_no_dateline() -> None:
    text = (
        "ARIZONA SEED FOR ARIZONA\n"
        "PLANTERS: Send for our 1916 Seed Annual; It contains valuable\n"
        "information for the Farmer, Gardener, and Poultryman.\n"
    )
    assert all(a.dateline is None for a in _page(text).articles)


def test_desk_and_agency_bylines() -> None:
    for line in ("PTI", "IANS", "Special Correspondent", "Our Correspondent", "Staff Reporter"):
        assert is_byline_line(line), line
    assert not is_byline_line("Correspondence")
    by_head = _by_head(INDIA)
    assert by_head["Farmers call off rail blockade after talks with Centre"].byline == "PTI"
    court = by_head["High court seeks report on dog bite cases"]
    assert court.byline == "Special Correspondent"


def test_an_agency_tag_under_a_story_closes_it() -> None:
    by_head = _by_head(INDIA)
    assert by_head["Sensex ends 412 points higher on bank rally"].byline == "IANS"
    assert by_head["PUBLIC NOTICE"].byline is None


def test_arrow_pointers_close_teasers() -> None:
    found = match_teaser_pointer("Kohli's century puts India on top in Pune » Page 13")
    assert found is not None
    link, title = found
    assert (title, link.page) == ("Kohli's century puts India on top in Pune", 13)
    teaser = _by_head(INDIA)["Kohli's century puts India on top in Pune"]
    assert teaser.kind == ArticleKind.TEASER
    assert box_entry("组屋转售价连涨十个季度 →第6页") is not None
    page = _page(SINGAPORE)
    teasers = [a for a in page.articles if a.kind == ArticleKind.TEASER]
    assert [a.headline for a in teasers] == ["组屋转售价连涨十个季度", "本地大学生实习津贴调高"]
    assert [a.continued_to.page for a in teasers if a.continued_to] == [6, 8]


def test_singapore_leads_and_the_head_under_the_guide() -> None:
    by_head = _by_head(SINGAPORE)
    airport = by_head["樟宜机场第五搭客大厦明年动工"]
    assert airport.dateline == "（新加坡讯）"
    assert airport.byline == "本报记者 陈 伟 杨思敏"
    assert by_head["六个组屋区增设乐龄健身角"].byline == "早报讯"


def test_a_chinese_caption_closed_by_its_credit_is_an_item_of_its_own() -> None:
    page = _page(SINGAPORE)
    captions = [a for a in page.articles if a.kind == ArticleKind.CAPTION]
    assert [(a.paragraphs, a.credit) for a in captions] == [
        (("义工昨天在芽笼士乃巴刹为年长居民派发年货。",), "（黄家豪摄）")
    ]
    airport = _by_head(SINGAPORE)["樟宜机场第五搭客大厦明年动工"]
    assert airport.credit is None


def test_an_obituary_notices_mourners_close_it() -> None:
    notice = _by_head(SINGAPORE)["讣告"]
    assert notice.paragraphs[-1].endswith("泣告")


def test_foot_folios_are_furniture() -> None:
    assert "新加坡新闻A3" in _page(SINGAPORE).furniture
    assert "PAGE 3 | MILLBROOK WEEKLY REGISTER" in _page(WEEKLY).furniture


def test_on_a_modern_page_every_block_may_hold_a_sentence_case_head() -> None:
    heads = [a.headline for a in _page(WEEKLY).articles]
    assert heads == [
        "School board approves new bus routes",
        "Police blotter",
        "Community calendar",
    ]


def test_an_older_pages_blocks_keep_their_openings() -> None:
    # No sentence-case head over a byline or modern dateline anywhere: a block's first line
    # left short stays its paragraph's.
    text = (
        "LOCAL NEWS\n"
        "\n"
        "The weather was fine all week long\n"
        "Farmers report the roads in good shape for\n"
        "hauling, and many were in town Saturday.\n"
    )
    assert "The weather was fine all week long" not in [a.headline for a in _page(text).articles]
