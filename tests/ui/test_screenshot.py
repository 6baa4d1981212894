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


def test_pictures_skipped_for_want_of_the_corpus_print_no_none(tmp_path: Path) -> None:
    """walk27: run from an installed copy, the default corpus pointed into the venv
    (``lib/python3.11/shared/corpus``); each page picture was skipped and printed ``None``. A
    skipped picture now says only why (on stderr, naming ``--corpus``), and the default is
    ``../shared/corpus`` beside the current folder when the checkout has none beside it."""
    import os
    import subprocess
    import sys

    missing = tmp_path / "no-corpus"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader.ui.screenshot",
            "--only-pages",
            "--corpus",
            str(missing),
            "--out",
            str(tmp_path / "shots"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []  # (was "None" for each picture skipped)
    skipped = [line for line in done.stderr.splitlines() if line.startswith("skipped")]
    assert len(skipped) == len(screenshot.PAGE_SHOTS)
    assert all(str(missing) in line and "--corpus" in line for line in skipped)
    # The default: beside the checkout when there, else beside the current folder.
    beside = Path(screenshot.__file__).resolve().parents[3] / "shared" / "corpus"
    expected = beside if beside.is_dir() else Path.cwd().parent / "shared" / "corpus"
    assert screenshot.default_corpus() == expected
