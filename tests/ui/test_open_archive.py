"""``broadsheet FOLDER`` on a folder of issue folders: all added to the library, the first shown."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.app import Launched, launch
from reader.ui.resources import sample_issue_path
from reader.ui.services import LIBRARY_PANEL

WAIT = 20_000


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Two issue folders (copies of the bundled samples) inside one folder, plus a stray file."""
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copytree(sample_issue_path("en-gazette"), folder / "b-gazette")
    shutil.copytree(sample_issue_path("zh-daily"), folder / "a-daily")
    (folder / "notes.md").write_text("not an issue", encoding="utf-8")
    return folder


def test_a_folder_of_issues_is_added_to_the_library_and_its_first_issue_shown(
    qtbot: QtBot, archive: Path, launched_on: list[Launched]
) -> None:
    app_launch = launch([str(archive)])
    launched_on.append(app_launch)
    window = app_launch.window
    with qtbot.waitSignal(app_launch.store.ready, timeout=WAIT) as ready:
        pass
    wiring = ready.args[0]
    # The first issue in name order is on screen, not a "could not open" message.
    assert window.issue is not None
    assert Path(window.issue.source or "").resolve() == (archive / "a-daily").resolve()
    assert not window.open_messages
    # Every issue in the folder goes into the library in the background, with the panel shown.
    assert wiring.library_view is not None
    with qtbot.waitSignal(wiring.library_view.addFinished, timeout=WAIT) as added:
        pass
    report = added.args[0]
    assert sorted(Path(o.path).name for o in report.issues) == ["a-daily", "b-gazette"]
    assert not report.failed
    dock = window.docks.panel(LIBRARY_PANEL)
    assert dock is not None and dock.isVisible()
    qtbot.waitUntil(
        lambda: (
            {Path(e.path).name for e in wiring.library.userdata.library()}
            >= {"a-daily", "b-gazette"}
        ),
        timeout=WAIT,
    )


def test_a_folder_without_issues_says_so_and_the_window_runs_on(
    qtbot: QtBot, tmp_path: Path, launched_on: list[Launched]
) -> None:
    empty = tmp_path / "nothing-here"
    (empty / "sub").mkdir(parents=True)
    app_launch = launch([str(empty)])
    launched_on.append(app_launch)
    window = app_launch.window
    with qtbot.waitSignal(window.loadFailed, timeout=WAIT) as failed:
        pass
    assert str(empty) in failed.args[0] and "no issues inside this folder" in failed.args[0]
    with qtbot.waitSignal(app_launch.store.ready, timeout=WAIT):
        pass
