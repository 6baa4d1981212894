"""A Chinese city evening paper's house style (the lead's round 43, from own-zh-evening-daily,
annotated blind): the paper's own name in its reporters' role (晚报记者 李晓梅 通讯员 王刚), a
columnist signed after a square bullet (□ 陈言), a jump line to a lettered page （下转A02版）,
and a stack of a kicker, a headline and a two-line subheadline over a reporter's byline. The
snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import is_byline_line, match_continuation


def test_a_city_papers_reporters_and_correspondents_are_a_byline() -> None:
    assert is_byline_line("晚报记者 李晓梅 通讯员 王刚")
    assert is_byline_line("都市报记者 李 明 王晓燕")
    assert is_byline_line("本報記者 陳靜 通訊員 王剛")
    # Without the space after the role the line may be a sentence.
    assert not is_byline_line("日报记者会上表示")
    assert not is_byline_line("我是晚报记者")


def test_a_columnist_signed_after_a_square_bullet_is_a_byline() -> None:
    assert is_byline_line("□ 陈言")
    assert is_byline_line("■李晓梅")
    assert not is_byline_line("□ 相关新闻")  # a label of four characters
    assert not is_byline_line("◇小消息◇")


def test_a_jump_line_may_name_a_lettered_page() -> None:
    link, rest = match_continuation("（下转A02版）") or (None, None)
    assert link is not None and link.direction == "to" and link.page == 2 and rest == ""
    back = match_continuation("（上接A01版）")
    assert back is not None and back[0].direction == "from" and back[0].page == 1
    assert match_continuation("记者转A股市场版") is None


def test_a_kicker_head_and_two_line_subhead_over_a_reporters_byline_head_one_story() -> None:
    page = parse_page_text(
        "寒潮来袭 全市启动应急预案\n"
        "明起气温骤降十度\n"
        "市气象台发布寒潮蓝色预警\n"
        "全市暖心驿站全部开放\n"
        "晚报记者 李晓梅 通讯员 王刚\n"
        "记者昨日从市气象台获悉，受强冷\n"
        "空气影响，明天起我市将出现大风\n"
        "降温天气，降温幅度达十度以上。\n"
        "（下转A02版）\n"
    )
    [story] = page.articles
    assert story.kicker == "寒潮来袭 全市启动应急预案"
    assert story.headline == "明起气温骤降十度"
    assert story.subheadline == "市气象台发布寒潮蓝色预警\n全市暖心驿站全部开放"
    assert story.byline == "晚报记者 李晓梅 通讯员 王刚"
    assert story.continued_to is not None and story.continued_to.page == 2
