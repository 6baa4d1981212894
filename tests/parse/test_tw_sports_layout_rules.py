"""A Taiwan sports daily's front as a PDF's text layer gives it (branch zh50, from
own-hant-tw-sports-layout, annotated blind): the layer's division slash in a byline is the
full-width solidus; a short commentary signed ``◎NAME`` at its foot; the paper's own job
advertisement (``…誠徵…``) is a notice; a QR line inviting the reader to join an account is
furniture; a title from a column set beside a story, read after it, is no crosshead of it.
Each with near-misses. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import is_furniture, is_signature, opens_as_notice
from reader.text.cjk import full_width_marks_in_han


def test_a_division_slash_between_chinese_characters_is_the_full_width_solidus() -> None:
    assert full_width_marks_in_han("記者陳冠宇∕台中報導") == "記者陳冠宇／台中報導"
    # (near-misses: a fraction, Latin text)
    assert full_width_marks_in_han("1∕2 杯") == "1∕2 杯"
    assert full_width_marks_in_han("km∕h") == "km∕h"


def test_a_name_after_a_double_circle_signs_a_commentary() -> None:
    assert is_signature("◎王立德")
    assert is_signature("◎ 林雅")
    # (near-misses: a head after the circle, a name in a sentence)
    assert not is_signature("◎縣府推動長照服務")
    assert not is_signature("王立德")
    story = (
        "體壇短評\n優勢要靠實力撐起\n"
        "  中華隊昨晚的逆轉勝，讓人看見年輕球員的韌性。\n"
        "  投手調度與守備細節，都是明晚必須補強的功課。\n"
        "◎王立德\n"
    )
    (article,) = parse_page_text(story).articles
    assert article.byline == "◎王立德"


def test_a_job_advertisement_in_its_own_voice_is_a_notice() -> None:
    assert opens_as_notice("東岸體育報誠徵運動記者", "本報誠徵運動線記者兩名。")
    assert opens_as_notice("本公司诚聘销售经理", "要求大专以上学历。")
    # (near-misses: news of hiring, a word of honesty)
    assert not opens_as_notice("全市招募志愿者", "市团委昨日发布通知。")
    assert not opens_as_notice("誠信經營 夜市攤商獲表揚", "市府昨天表揚二十家攤商。")


def test_a_qr_line_inviting_the_reader_to_join_is_furniture() -> None:
    assert is_furniture("掃描QR Code 加入東岸體育報LINE官方帳號")
    assert is_furniture("扫码加入读者群")
    # (near-miss: news of people joining)
    assert not is_furniture("三千名市民加入志愿者队伍")


def test_a_title_read_from_a_column_beside_the_story_is_no_crosshead() -> None:
    left = (
        "運動醫學",
        "春季路跑增加",
        "記者蔡宜君／台北報導",
        "  春季路跑賽事陸續登場，醫",
        "師提醒，跑者賽前應做足十分鐘",
        "以上的動態熱身。",
        "  醫師指出，近來氣溫變化大，",
        "中高齡跑者若出現胸悶或頭暈，",
        "應立即停止跑步並就醫。",
    )
    right = (
        "",
        "路跑醫師門診開設",
        "本院路跑醫師門診即日起開設，",
        "每週三下午看診，歡迎跑者預約，",
        "電話二三四五六七八。",
        "",
        "",
        "",
        "",
    )
    grid = "\n".join((a.ljust(19) + b).rstrip() for a, b in zip(left, right, strict=True))
    heads = [article.headline for article in parse_page_text(grid + "\n").articles]
    assert heads == ["春季路跑增加", "路跑醫師門診開設"]
    # (near-miss: set under the story's text, the same short head naming its matter is a
    # crosshead of the story)
    under = "\n".join(left) + "\n" + "\n".join(right[1:5]) + "\n"
    assert [article.headline for article in parse_page_text(under).articles] == ["春季路跑增加"]
