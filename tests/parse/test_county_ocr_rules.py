"""A western county paper's front as Tesseract reads it (branch zh50, from own-zh-county-ocr,
annotated blind): the owners' and internal-publication permit line, the editors' line with
the space after the role lost, the weather ear with its temperatures garbled, the nameplate read
late over its owners' line, a contents box whose pages OCR lost ending at a stack over prose.
Each with near-misses. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
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
