"""The search panel: queries in a worker, newest wins, Enter opens, bad queries are a message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.store import Hit, Library, Snippet
from reader.ui.search_panel import HitModel, HitRoles, SearchPanel, fitted_hit_meta, hit_meta
from tests.ui.conftest import type_text

pytest_plugins = ["tests.ui.library_fixtures"]  # the library and archive fixtures


@pytest.fixture
def panel(qtbot: QtBot, library: Library, archive: Path) -> SearchPanel:
    library.add([archive])
    panel = SearchPanel(library, debounce_ms=30)
    qtbot.addWidget(panel)
    yield panel
    panel.shutdown()


def _hit(headline: str, text: str, spans: tuple[tuple[int, int], ...]) -> Hit:
    return Hit("p1-1", headline, "Paper", "2025-01-14", 3, Snippet(text, spans), "/x", "h", -1.0)


def test_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = HitModel()
    model.set_hits([_hit("A", "abc", ((0, 1),)), _hit("B", "xyz", ())])
    qtmodeltester.check(model)
    assert model.index(0, 0).data(HitRoles.META) == "Paper · 2025-01-14 · page 3"


def test_typing_searches_after_a_pause(qtbot: QtBot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as done:
        type_text(panel.query_edit, "人工智能")  # QTest.keyClicks aborts on CJK
    assert done.args == [2]
    headlines = {panel.model.index(r, 0).data() for r in range(2)}
    assert headlines == {"全国科技工作会议在京召开"}
    assert panel.status.text() == "2 stories"


def test_enter_opens_the_best_hit_with_the_query_terms(qtbot: QtBot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.search('bank "raised rates"')
    with qtbot.waitSignal(panel.hitActivated) as chosen:
        QTest.keyClick(panel.results, Qt.Key.Key_Return)
    hit, query = chosen.args
    assert isinstance(hit, Hit) and hit.headline == "Bank Rates Rise Again"
    assert query == 'bank "raised rates"'


def test_open_article_carries_what_the_window_needs(qtbot: QtBot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.search("量子信息")
    with qtbot.waitSignal(panel.openArticle) as chosen:
        QTest.keyClick(panel.results, Qt.Key.Key_Return)
    path, article_id, query = chosen.args
    hit = panel.model.hit(0)
    assert (path, article_id, query) == (hit.source, hit.article_id, "量子信息")
    assert Path(path).is_dir()


def test_enter_in_the_query_box_opens_the_current_hit(qtbot: QtBot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.search("banking")
    with qtbot.waitSignal(panel.hitActivated) as chosen:
        QTest.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert chosen.args[0].headline == "Bank Rates Rise Again"


def test_malformed_query_is_a_short_message(qtbot: QtBot, panel: SearchPanel) -> None:
    with (
        qtbot.waitSignal(panel.queryFailed) as failed,
        qtbot.assertNotEmitted(panel.searchFinished),
    ):
        panel.search('"unclosed')
    assert failed.args == ["unbalanced quote"]
    assert panel.status.text() == "unbalanced quote"
    assert panel.model.rowCount() == 0


def test_only_the_newest_query_is_shown(qtbot: QtBot, panel: SearchPanel) -> None:
    finished: list[int] = []
    panel.searchFinished.connect(finished.append)
    panel.search("人工智能")
    panel.search("banking")
    qtbot.waitUntil(lambda: bool(finished) and not panel.runner.busy, timeout=10_000)
    assert finished == [2]
    assert {panel.model.index(r, 0).data() for r in range(2)} == {"Bank Rates Rise Again"}


def test_no_hits(qtbot: QtBot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as done:
        panel.search("zeppelin")
    assert done.args == [0] and panel.status.text() == "No stories found"


def test_results_paint_snippets_as_plain_text(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.resize(500, 400)
    panel.show()
    qtbot.waitExposed(panel)
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.search("sharply")
    hit = panel.model.hit(0)
    start, end = hit.snippet.spans[0]
    assert "<b>" in hit.snippet.text and hit.snippet.text[start:end] == "sharply"
    image = panel.results.viewport().grab().toImage()
    assert not image.isNull()
    # Something was drawn in the first row (text pixels differ from the background).
    background = image.pixelColor(image.width() - 2, image.height() - 2)
    row_height = panel.results.sizeHintForRow(0)
    assert row_height > 30
    drawn = sum(
        image.pixelColor(x, y) != background
        for x in range(0, min(image.width(), 300), 3)
        for y in range(0, row_height, 2)
    )
    assert drawn > 20
    panel.close()


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("市民们排队等候，秩序井然。" * 6 + "人工智能" + "本报记者在现场看到。" * 6, "人工智能"),
        ("The council met and heard reports. " * 3 + "quantum" + " tail" * 30, "quantum"),
        ("人工智能" + "之后的文字。" * 20, "人工智能"),
    ],
    ids=["zh-middle", "en-middle", "zh-start"],
)
def test_a_snippet_row_shows_its_first_hit_whole_and_centred(
    qtbot: QtBot, text: str, term: str
) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from reader.store.search import make_snippet
    from reader.ui.search_panel import snippet_in_row

    plain = QFont()
    bold = QFont(plain)
    bold.setBold(True)
    width = 16 * QFontMetrics(plain).horizontalAdvance("中")  # a narrow panel
    snippet = make_snippet(text, [term])
    shown = snippet_in_row(snippet, plain, bold, width)
    start, end = shown.spans[0]
    assert shown.text[start:end] == term
    before = QFontMetrics(plain).horizontalAdvance(shown.text[:start])
    hit = QFontMetrics(bold).horizontalAdvance(term)
    assert before + hit <= width  # the hit is drawn whole, not cut off at the row's end
    if shown is not snippet:  # cut: the hit in the middle of the row
        assert shown.text.startswith("…")
        assert abs(before - (width - before - hit)) <= 2 * QFontMetrics(plain).maxWidth()
    else:
        assert start == 0 or before + hit <= width


def test_short_of_room_the_papers_name_gives_way_from_its_end(qapp: object) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont())
    hit = Hit(
        "p1-1", "H", "The Hawaiian Gazette", "1916-02-15", 1, Snippet("x", ()), "/x", "h", -1.0
    )
    whole = hit_meta(hit)
    assert whole == "The Hawaiian Gazette · 1916-02-15 · page 1"
    assert fitted_hit_meta(hit, metrics, metrics.horizontalAdvance(whole)) == whole
    place = " · 1916-02-15 · page 1"
    width = metrics.horizontalAdvance("The Haw" + place)
    fitted = fitted_hit_meta(hit, metrics, width)
    # Before, the name was cut from its start ("…azette · 1916-02-15 · page 1").
    assert fitted.startswith("The ") and fitted.endswith("…" + place)
    assert metrics.horizontalAdvance(fitted) <= width
    # No room for even a letter of the name: the date and the page, cut from the left if need be.
    narrow = metrics.horizontalAdvance(place)
    assert fitted_hit_meta(hit, metrics, narrow).endswith("page 1")
    assert "Haw" not in fitted_hit_meta(hit, metrics, narrow)
    no_paper = Hit("p1-1", "H", None, None, 2, Snippet("x", ()), "/x", "h", -1.0)
    assert fitted_hit_meta(no_paper, metrics, 1000) == "page 2"


def test_a_hit_on_a_named_page_says_the_pages_printed_name(qapp: object) -> None:
    # A page the window heads "第A3版" was "page 3" in the search panel.
    hit = Hit(
        "p3-1",
        "圖書館閉館",
        "臺灣晨報",
        "2025-10-07",
        3,
        Snippet("x", ()),
        "/x",
        "h",
        -1.0,
        "第A3版",
    )
    assert hit_meta(hit) == "臺灣晨報 · 2025-10-07 · 第A3版"
    unnamed = Hit("p2-1", "H", "臺灣晨報", "2025-10-07", 2, Snippet("x", ()), "/x", "h", -1.0)
    assert hit_meta(unnamed) == "臺灣晨報 · 2025-10-07 · page 2"
