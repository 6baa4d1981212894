"""A western county paper's front as Tesseract reads it (branch zh50, from own-zh-county-ocr,
annotated blind): the owners' and internal-publication permit line, the editors' line with
the space after the role lost, the weather ear with its temperatures garbled, the nameplate read
late over its owners' line, a contents box whose pages OCR lost ending at a stack over prose.
Each with near-misses. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.assemble import Body, Title, _deck_of_bylined_stack
from reader.parse.classify import is_furniture


def test_an_owners_and_permit_line_is_furniture() -> None:
    assert is_furniture(
        "中共丹霞县委主办 甘肃省连续性内部资料出版物准印证 甘内准字 (2025) 第0413号"
    )
    assert is_furniture("青海省内部资料性出版物准印证")
    # (near-miss: news of a permit)
    assert not is_furniture("全县新发放出版物经营许可证12个，较去年增加3个。")


def test_an_editors_line_with_the_space_after_the_role_lost_is_furniture() -> None:
    assert is_furniture("责任编辑杨帆 美编李 娜")
    # (near-miss: a sentence naming an editor)
    assert not is_furniture("责任编辑杨帆说，今年将改版。")


def test_a_weather_line_with_its_temperatures_garbled_is_furniture() -> None:
    assert is_furniture('青转多云 9"C~23*(C 西北风3级')
    assert is_furniture("晴转多云 9℃～23℃ 西北风3级")
    # (near-miss: news of a turn and a wind)
    assert not is_furniture("气温回升转暖 农民抢抓农时忙春耕")


def test_a_nameplate_read_late_over_its_owners_line_is_furniture() -> None:
    text = (
        "本期导读\n县人民医院新院区投用\n\n"
        "丹暇县报\n\n"
        "中共丹霞县委主办 甘肃省连续性内部资料出版物准印证 甘内准字 (2025) 第0413号\n\n"
        "县城老旧小区改造项目全面开工\n\n"
        "本报讯 (记者赵 鹏) 5月16日，县城2027年老旧小区改造项目全面开工。\n"
    )
    page = parse_page_text(text)
    assert "丹暇县报" in [line.replace(" ", "") for line in page.furniture]
    # (near-miss: a head over a story's text is no nameplate)
    head = "全县夏粮收购工作会召开\n会议要求，各地要认真落实最低收购价政策。\n"
    assert [a.headline for a in parse_page_text(text + "\n" + head).articles][-1] == (
        "全县夏粮收购工作会召开"
    )


def test_a_box_without_pages_ends_at_a_stack_over_prose() -> None:
    text = (
        "本期导读\n县人民医院新院区投用\n\n百名教师下乡支教\n文旅消费季启动\n\n"
        "本报评论员文章\n种好春天的希望田\n"
        "一年之计在于春。春耕抓得紧不\n紧，直接关系到全年农业生产的成色。\n\n本报评论员\n"
    )
    articles = parse_page_text(text).articles
    assert [a.kind.value for a in articles] == ["teaser", "teaser", "teaser", "story"]
    assert articles[-1].headline == "种好春天的希望田"
    # (near-miss: an entry wrapped over two title lines is still an entry)
    boxed = "本期导读\n县人民医院新院区\n今日投用\n\n百名教师下乡支教\n"
    assert [a.kind.value for a in parse_page_text(boxed).articles] == ["teaser", "teaser"]


COMMENTARY = (
    "本报评论员文章\n种好春天的希望田\n"
    "一年之计在于春。春耕抓得紧不\n紧，直接关系到全年农业生产的成色。\n"
    "各乡镇要把农技服务送到田间地\n头，帮助群众解决实际困难，让节水\n"
    "农业的好处真正落到农民的钱袋子里\n\n"
)
LEAD = (
    "全县二十万亩高原夏菜完成定植\n\n"
    "眼下正值高原夏菜定植关键期，\n全县各乡镇抢抓有利天气，组织群众\n开展春耕生产。\n"
)


def test_a_signature_under_a_column_foot_closes_the_piece() -> None:
    articles = parse_page_text(COMMENTARY + "本报评论员\n\n" + LEAD).articles
    assert [a.headline for a in articles] == ["种好春天的希望田", "全县二十万亩高原夏菜完成定植"]
    assert articles[1].paragraphs[0].startswith("眼下正值")
    # (near-miss: with no signature the foot's cut sentence goes on in the prose read after
    # the head, as Tesseract reads a column's rest beyond the next column's head)
    unsigned = parse_page_text(COMMENTARY + LEAD).articles
    assert "眼下正值" in unsigned[0].paragraphs[-1]


def test_the_deck_closing_a_bylined_stack_heads_no_story_of_its_own() -> None:
    text = (
        "抢抓农时 全力推进春耕生产\n\n全县二十万亩高原夏菜完成定植\n\n"
        "节水灌溉面积比去年增加三成\n\n本报记者 马晓梅 通讯员张军\n\n"
        "眼下正值高原夏菜定植关键期，\n全县各乡镇抢抓有利天气，组织群众\n"
        "开展春耕生产。截至5月18日，全县20\n.3万亩高原夏菜全部完成定植，比去\n年提前一周。\n\n"
        "在红崖镇蔬菜基地，一排排滴灌\n带整齐铺设在田间，村民们正忙着\n"
        "移栽娃娃菜和西兰花苗。种植大户李\n建国告诉记者，用上滴灌以后，每亩\n"
        "地一年能省水两百多方，菜的品质也\n好了。\n\n"
        "县农业农村局负责人介绍，今年\n\n全县新建高效节水灌溉面积4.6万亩，\n"
        "比去年增加三成，并组织农技人员分\n片包村，开展技术指导。\n\n〈转第2版)\n"
    )
    (article,) = parse_page_text(text).articles
    assert article.headline == "全县二十万亩高原夏菜完成定植"
    assert article.subheadline == "节水灌溉面积比去年增加三成"
    assert article.paragraphs[0].startswith("眼下正值")
    # (near-misses: a stack of two titles, a body with no byline over its text)
    stack = [Title("全县二十万亩高原夏菜完成定植", "cjk", 1, 1), Title("节水灌溉", "cjk", 3, 3)]
    body = Body(paragraphs=["眼下正值高原夏菜定植关键期。"], first=5)
    body.byline, body.byline_lines = "本报记者 马晓梅", [4]
    assert not _deck_of_bylined_stack(stack, stack[-1], body)
    three = [Title("抢抓农时", "cjk", 0, 0), *stack]
    assert _deck_of_bylined_stack(three, three[-1], body)
    body.byline, body.byline_lines = None, []
    assert not _deck_of_bylined_stack(three, three[-1], body)


def test_a_title_under_a_briefs_label_is_no_crosshead_of_the_story_above() -> None:
    story = (
        "县城老旧小区改造项目全面开工\n\n"
        "本报讯（记者 赵 鹏）5月16日，县城老旧小区改造项目全面开工。今年全县计划改造老旧"
        "小区23个，涉及居民2860户，改造内容包括供热管网更新和外墙保温。\n\n"
    )
    section = (
        "小区供热管网更新\n老旧小区的供热管网更新计划于10月底前完工，确保小区居民入冬前用上暖气。\n"
    )
    # (under the story's text, a short head naming its matter is a crosshead of the story)
    assert len(parse_page_text(story + section).articles) == 1
    # (under a box of briefs' label it is the first brief's head)
    heads = [a.headline for a in parse_page_text(story + "丹霞简讯\n\n" + section).articles]
    assert heads == ["县城老旧小区改造项目全面开工", "小区供热管网更新"]


def test_a_picture_credit_read_after_the_story_below_goes_back_to_its_caption() -> None:
    caption = "5月17日，红崖镇村民在蔬菜基地移栽娃娃菜苗。\n\n"
    story = (
        "县城老旧小区改造项目全面开工\n\n"
        "本报讯（记者 赵 鹏）5月16日，县城老旧小区改造项目全面开工，涉及居民2860户。\n\n"
        "改造内容包括供热管网更新和外墙保温，确保居民入冬前用上暖气。\n\n"
    )
    credit = "本报记者 王斌摄\n"
    articles = parse_page_text(caption + story + credit).articles
    assert [(a.kind.value, a.credit) for a in articles] == [
        ("caption", "本报记者 王斌摄"),
        ("brief", None),
    ]
    # (near-miss: an item above that opens on no date is no caption of it)
    undated = "红崖镇村民在蔬菜基地移栽娃娃菜苗，人人忙着春耕。\n\n"
    articles = parse_page_text(undated + story + credit).articles
    assert articles[0].credit is None


def test_a_head_piece_read_apart_inside_a_cut_sentence_is_no_title() -> None:
    text = (
        "全国夏粮收购工作会\n开\n\n"
        "会议要求，各地要认真落实最低\n收购价政策，切实保护种粮农民利益，\n确保农民手中有粮卖得出。\n\n"
        "会议强调，要加强粮食收购市场\n\n议召\n\n监管，严厉打击压级压价等违法违规\n行为。\n"
    )
    page = parse_page_text(text)
    (article,) = page.articles
    assert (
        article.paragraphs[-1]
        == "会议强调，要加强粮食收购市场监管，严厉打击压级压价等违法违规行为。"
    )
    assert "议召" in page.unplaced
    # (near-miss: under a closed sentence, two characters head an item of their own)
    closed = text.replace("收购市场\n", "收购市场。\n").replace("监管，严厉", "各地严厉")
    assert len(parse_page_text(closed).articles) == 2
