"""Term highlighting in the window: counts in pane and list, whole words, hit navigation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model import Article, ArticleKind, Issue, Page
from reader.text.segment import Segmenter
from reader.ui.headline_model import HITS_COLUMN, Roles
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, focus, open_and_wait, type_text


def highlight(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.hitCountsReady, timeout=10_000):
        window.highlighting.set_terms(text)


def listed_counts(window: MainWindow) -> dict[str, int]:
    return {
        str(i.data(Roles.ARTICLE_ID)): int(i.data(Roles.HIT_COUNT)) for i in window.navigator.rows()
    }


def test_chinese_substring_counts_in_pane_and_list(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    highlight(qtbot, window, "科技")
    counts = listed_counts(window)
    # p1-a: once in the headline, three times in the first paragraph (科技, 高科技, 科技强国),
    # twice in the second.
    assert counts["p1-a"] == 6
    assert counts["p2-a"] == 1 and counts["p2-b"] == 1
    assert counts["p1-c"] == 0
    assert window.pane.hit_count == counts["p1-a"]
    assert all(window.pane.hit_text(n) == "科技" for n in range(window.pane.hit_count))
    shown = window.model.index_for_id("p1-a", HITS_COLUMN).data()
    assert shown == "6"
    # The terms stay while moving between stories.
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_J)
    assert window.pane.hit_count == counts["p1-b"] > 0
    window.show_article("p2-a")
    assert window.pane.hit_count == 1


def test_chinese_whole_word_uses_jieba(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    qtbot.waitUntil(lambda: window.keymap_actions["whole_words"].isEnabled())
    highlight(qtbot, window, "科技")
    substring = listed_counts(window)
    with qtbot.waitSignal(window.hitCountsReady, timeout=10_000):
        window.highlighting.bar.whole_words.setChecked(True)
    whole = listed_counts(window)
    # jieba cuts 高科技, 科技馆 and 科技前沿 as single words: those 科技 are not whole words.
    assert substring["p2-a"] == 1 and whole["p2-a"] == 0  # 这项高科技成果
    assert substring["p2-b"] == 1 and whole["p2-b"] == 0  # 科技馆春节照常开放
    assert substring["p1-a"] == 6 and whole["p1-a"] == 4  # headline, 科技强国, 科技工作 ×2
    assert window.pane.hit_count == whole["p1-a"]
    assert window.settings.whole_words is True


def test_english_case_insensitive_and_whole_word(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "en")
    highlight(qtbot, window, "art")
    counts = listed_counts(window)
    # Art Museum, art museum, Smart, ART, Artists, party, start; "no art was seen"
    assert counts == {"e1-a": 7, "e1-b": 0, "e2-a": 1}
    assert window.pane.hit_count == 7
    qtbot.waitUntil(lambda: window.keymap_actions["whole_words"].isEnabled())
    with qtbot.waitSignal(window.hitCountsReady, timeout=10_000):
        window.keymap_actions["whole_words"].setChecked(True)
    assert listed_counts(window) == {"e1-a": 3, "e1-b": 0, "e2-a": 1}
    assert [window.pane.hit_text(n) for n in range(window.pane.hit_count)] == ["Art", "art", "ART"]


def test_several_terms_get_their_own_colours(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    highlight(qtbot, window, "科技 会议")
    assert window.highlighting.terms == ("科技", "会议")
    pane = window.pane
    by_term: dict[str, set[str]] = {}
    for number in range(pane.hit_count):
        cursor = pane.textCursor()
        start, _end = pane.hit_range(number)
        cursor.setPosition(start + 1)  # the format of the hit's first character
        by_term.setdefault(pane.hit_text(number), set()).add(
            cursor.charFormat().background().color().name()
        )
    assert set(by_term) == {"科技", "会议"}
    assert len(by_term["科技"]) == len(by_term["会议"]) == 1
    assert by_term["科技"] != by_term["会议"]
    summary = window.highlighting.bar.summary.text()
    assert "科技" in summary and "会议" in summary


def test_only_stories_with_hits(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    highlight(qtbot, window, "量子")
    window.highlighting.bar.only_hits.setChecked(True)
    assert [str(i.data(Roles.ARTICLE_ID)) for i in window.navigator.rows()] == ["p1-d", "p2-a"]
    assert window.keymap_actions["only_hits"].isChecked()
    with qtbot.waitSignal(window.hitCountsReady, timeout=10_000):
        window.highlighting.set_terms("")
    assert len(window.navigator.rows()) == 7


def test_n_and_shift_n_walk_hits_across_stories(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    highlight(qtbot, window, "量子")
    focus(qtbot, window, window.tree)
    assert window.current_id == "p1-a" and window.pane.hit_count == 0
    QTest.keyClick(window.tree, Qt.Key.Key_N)  # none here: next story with a hit
    assert window.current_id == "p1-d"
    assert window.pane.current_hit == 0
    QTest.keyClick(window.tree, Qt.Key.Key_F3)
    assert window.current_id == "p2-a"
    assert window.pane.current_hit == 0
    QTest.keyClick(window.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_id == "p1-d"
    assert window.pane.current_hit == window.pane.hit_count - 1
    QTest.keyClick(window.tree, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_id == "p1-d"  # nothing earlier: stays


def test_slash_opens_the_bar_and_escape_closes_it(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_Slash)
    assert window.highlighting.bar.isVisible()
    assert QApplication.focusWidget() is window.highlighting.bar.field
    with qtbot.waitSignal(window.hitCountsReady, timeout=10_000):
        type_text(window.highlighting.bar.field, "会议")  # applied after a pause in typing
    assert window.highlighting.terms == ("会议",)
    # Enter in the bar goes to the next hit, it does not switch focus.
    QTest.keyClick(window.highlighting.bar.field, Qt.Key.Key_Return)
    assert window.pane.current_hit == 0
    QTest.keyClick(window.highlighting.bar.field, Qt.Key.Key_Escape)
    assert not window.highlighting.bar.isVisible()
    assert window.highlighting.terms == ("会议",)  # closing the bar keeps the terms
    QTest.keyClick(window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.highlighting.bar.isVisible()


def test_whole_words_waits_for_background_jieba(
    qtbot: QtBot, make_window: WindowFactory, tmp_path_factory: pytest.TempPathFactory
) -> None:
    fresh = Segmenter(cache_dir=tmp_path_factory.mktemp("fresh-jieba"))
    window = make_window(segmenter=fresh)
    assert not window.keymap_actions["whole_words"].isEnabled()
    with qtbot.waitSignal(window.segmenterReady, timeout=30_000):
        pass
    assert fresh.ready
    assert window.keymap_actions["whole_words"].isEnabled()
    assert window.highlighting.bar.whole_words.isEnabled()
    assert (fresh.cache_dir / "words.pieces").is_file()  # (reader.text.segment.WORDS_FILE)


def test_the_bar_is_made_when_first_needed_and_takes_the_window_state(
    qtbot: QtBot, make_window: WindowFactory, loaded_segmenter: Segmenter
) -> None:
    window = make_window(segmenter=loaded_segmenter)
    assert not window.highlighting.bar_built  # not built on the way to the first paint
    open_and_wait(qtbot, window, "zh")
    assert not window.highlighting.bar_built  # nor by showing an issue
    window.keymap_actions["only_hits"].setChecked(True)
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_Slash)
    bar = window.highlighting.bar
    assert bar.isVisible()
    assert bar.only_hits.isChecked()
    assert bar.whole_words.isEnabled()  # jieba was ready before the bar existed
    bar.only_hits.setChecked(False)
    assert not window.keymap_actions["only_hits"].isChecked()


def test_a_bar_made_before_jieba_is_ready_enables_whole_words_when_it_is(
    qtbot: QtBot, make_window: WindowFactory, tmp_path_factory: pytest.TempPathFactory
) -> None:
    fresh = Segmenter(cache_dir=tmp_path_factory.mktemp("late-jieba"))
    window = make_window(segmenter=fresh)
    window.highlighting.open_bar()
    assert not window.highlighting.bar.whole_words.isEnabled()
    with qtbot.waitSignal(window.segmenterReady, timeout=30_000):
        pass
    assert window.highlighting.bar.whole_words.isEnabled()


class BrokenSegmenter(Segmenter):
    """A word list that cannot load (a damaged dictionary cache, say)."""

    def load(self) -> None:
        raise OSError("the dictionary cache is unreadable")


def test_a_word_list_that_fails_to_load_says_so_and_whole_words_stay_off(
    qtbot: QtBot, make_window: WindowFactory, tmp_path_factory: pytest.TempPathFactory
) -> None:
    window = make_window(segmenter=BrokenSegmenter(cache_dir=tmp_path_factory.mktemp("broken")))
    with qtbot.waitSignal(window.segmenterFailed, timeout=10_000) as blocker:
        pass
    assert blocker.args == ["the dictionary cache is unreadable"]
    assert window.words_label.text() == "Word list: unavailable"
    assert not window.keymap_actions["whole_words"].isEnabled()


def test_zoom_and_theme_keep_the_current_hit(qtbot: QtBot, make_window: WindowFactory) -> None:
    """Zooming or changing the theme draws the story again: it kept the scroll position but
    forgot the hit outlined, so the next ``n`` went back to the story's first hit."""
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    highlight(qtbot, window, "会议")
    focus(qtbot, window, window.tree)
    assert window.pane.hit_count >= 3, window.pane.hit_count
    QTest.keyClick(window.tree, Qt.Key.Key_N)
    QTest.keyClick(window.tree, Qt.Key.Key_N)
    assert window.pane.current_hit == 1
    window.zoom_in()
    assert window.pane.current_hit == 1
    assert len(window.pane.extraSelections()) == 1
    window.look.cycle_theme()
    assert window.pane.current_hit == 1
    QTest.keyClick(window.tree, Qt.Key.Key_N)
    assert window.pane.current_hit == 2


def _traditional_issue() -> Issue:
    article = Article(
        id="t1-a",
        kind=ArticleKind.STORY,
        headline="颱風逼近東部沿海",
        paragraphs=("市立圖書館今日閉館，颱風過後恢復開放。", "台风过后，图书馆照常开放。"),
        page_number=1,
    )
    other = Article(
        id="t1-b", kind=ArticleKind.STORY, headline="股市收盤", paragraphs=("成交量放大。",)
    )
    return Issue("臺灣晨報", "1950-08-01", (Page(1, "第1版", (article, other), source="01.txt"),))


def test_a_term_typed_in_one_script_marks_the_other_in_the_bar_and_pane(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(issues={"tw": _traditional_issue()})
    open_and_wait(qtbot, window, "tw")
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_Slash)
    with qtbot.waitSignal(window.hitCountsReady, timeout=10_000):
        type_text(window.highlighting.bar.field, "台风")
    assert listed_counts(window) == {"t1-a": 3, "t1-b": 0}
    window.show_article("t1-a")
    shown = [window.pane.hit_text(n) for n in range(window.pane.hit_count)]
    assert shown == ["颱風", "颱風", "台风"]  # the page's own characters are marked
    highlight(qtbot, window, "圖書館")
    assert [window.pane.hit_text(n) for n in range(window.pane.hit_count)] == ["圖書館", "图书馆"]
