"""A Macau Traditional-Chinese daily's house style (the lead's round 45, from own-hant-mo-daily,
an e-paper annotated blind, 94.4 % of fields on version 36): the reporter's name in brackets
after 記者 on a line of its own, and a notice's head in both languages (通告　AVISO). The
snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import is_byline_line, looks_like_notice


def _epaper(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_reporters_name_in_brackets_after_the_role() -> None:
    assert is_byline_line("（記者　何嘉敏）")
    assert is_byline_line("（记者 何嘉敏、李明）")
    # (a sentence's aside in brackets, the role run into its words: no byline)
    assert not is_byline_line("（記者會上表示）")


def test_the_bracketed_byline_under_its_head() -> None:
    page = parse_page_text(
        _epaper(
            "蓮城時報",
            "2026年12月11日　星期五",
            "旅遊局推冬日美食節",
            "（記者　何嘉敏）",
            "旅遊局昨日宣布，今年冬日美食節將",
            "於本月十八日至明年一月三日在南灣",
            "舉行，預計吸引逾二十萬人次參與。",
        )
    )
    [story] = page.articles
    assert story.headline == "旅遊局推冬日美食節"
    assert story.byline == "（記者　何嘉敏）"


def test_a_notice_head_in_both_languages() -> None:
    assert looks_like_notice("通告　AVISO", "市政署通知，由本月十五日起實施臨時交通措施。")
    assert looks_like_notice("通告", "市政署通知，由本月十五日起實施臨時交通措施。")
    assert not looks_like_notice("通告指出市民須注意", "市民須注意交通安排。")
