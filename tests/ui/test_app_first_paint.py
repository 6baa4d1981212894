"""The launch's first paint (``reader.ui.app.FirstPaint``): painting held until the first story
is in, then released onto a window whose layout has settled."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.ui.app import FirstPaint
from tests.ui.conftest import WindowFactory


def test_the_first_paint_finds_the_status_bar_laid_out_for_the_story(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    # Showing the story sets the status bar's position ("1 of 9"); its new width used to be
    # laid out only after the first paint, which painted the bar twice.
    window = make_window()
    FirstPaint(window)
    assert not window.updatesEnabled()
    seen: list[tuple[bool, str, int, int]] = []

    def at_release(_article_id: str) -> None:  # (connected after FirstPaint: runs after it)
        label = window.position_label
        seen.append(
            (window.updatesEnabled(), label.text(), label.width(), label.sizeHint().width())
        )

    window.articleShown.connect(at_release)
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path("zh")
    released, text, width, wanted = seen[0]
    assert released and text
    assert width >= wanted
