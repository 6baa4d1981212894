"""The screenshot tool (``python -m reader.ui.screenshot``) makes each picture at its size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.text.segment import Segmenter
from reader.ui import screenshot


def test_the_layout_picture_is_800x600_after_a_larger_search_picture(
    tmp_path: Path, loaded_segmenter: Segmenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The full run makes the search picture first; the layout picture after it used to come
    out at the search picture's size (the library it shared restored that window size). (The
    sizes are smaller here: the tests' offscreen screen is 800x800, and a window is kept on
    its screen frame and all.)"""
    monkeypatch.setattr(screenshot, "LAYOUT_SIZE", (640, 480))
    out = tmp_path / "shots"
    out.mkdir()
    search = screenshot.render_search(
        screenshot.SEARCH_SHOT, out, loaded_segmenter, tmp_path, size=(760, 700)
    )
    assert QImage(str(search)).size().toTuple() == (760, 700)
    layout = screenshot.render_layout(out, loaded_segmenter, tmp_path)
    assert layout.name == "window-800x600-panel.png"
    assert QImage(str(layout)).size().toTuple() == (640, 480)
