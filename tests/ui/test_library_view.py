"""The Library view over a real Library: background add with progress, open, remove."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.store import Library
from reader.store.records import LibraryEntry
from reader.ui.library_view import LibraryModel, LibraryRoles, LibraryView
from tests.ui.helpers import select_first_row

pytest_plugins = ["tests.ui.library_fixtures"]  # the library and archive fixtures


def make_view(qtbot: QtBot, library: Library) -> LibraryView:
    view = LibraryView(library)
    qtbot.addWidget(view)
    return view


def test_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = LibraryModel()
    model.set_entries(
        [
            LibraryEntry("/a", "h1", "科技日报", "2025-01-14", 2, 10, 1.0, 2.0, True),
            LibraryEntry("/b", "h2", None, None, 1, 3, 1.0, 2.0, False),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "b"
    assert model.index(1, 5).data() == "missing"
    assert model.index(0, 0).data(LibraryRoles.PATH) == "/a"


def test_add_a_folder_in_the_background_with_progress(
    qtbot: QtBot,
    library: Library,
    archive: Path,
) -> None:
    view = make_view(qtbot, library)
    progress: list[tuple[int, int, str]] = []
    view.progressChanged.connect(lambda n, total, path: progress.append((n, total, path)))
    with qtbot.waitSignals([view.addFinished, view.entriesChanged], timeout=20_000):
        view.add_paths([archive])
    assert [p[:2] for p in progress] == [(1, 3), (2, 3), (3, 3)]
    assert view.model.rowCount() == 3
    dates = [view.model.index(r, 1).data() for r in range(3)]
    assert dates == ["2025-01-16", "2025-01-15", "2025-01-14"]
    assert view.add_button.isEnabled()
    view.shutdown()


def test_open_and_remove(qtbot: QtBot, library: Library, archive: Path) -> None:
    library.add([archive])
    view = make_view(qtbot, library)
    with qtbot.waitSignal(view.entriesChanged, timeout=10_000):
        view.refresh()
    with qtbot.waitSignal(view.openRequested) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    assert opened.args == [str((archive / "2025-01-16").resolve())]
    select_first_row(view.table)
    with qtbot.waitSignal(view.entriesChanged, timeout=10_000):
        view.remove_selected()
    assert view.model.rowCount() == 2
    assert (archive / "2025-01-16" / "01.txt").exists()
    assert [e.date for e in library.entries()] == ["2025-01-15", "2025-01-14"]
    view.shutdown()


def test_missing_files_are_a_message_not_an_open(
    qtbot: QtBot,
    library: Library,
    archive: Path,
) -> None:
    library.add([archive / "2025-01-14"])
    for f in (archive / "2025-01-14").iterdir():
        f.unlink()
    (archive / "2025-01-14").rmdir()
    view = make_view(qtbot, library)
    with qtbot.waitSignal(view.entriesChanged, timeout=10_000):
        view.refresh()
    assert view.model.index(0, 5).data() == "missing"
    with qtbot.assertNotEmitted(view.openRequested), qtbot.waitSignal(view.message) as said:
        view.table.activated.emit(view.model.index(0, 0))
    assert "no longer there" in said.args[0]
    view.shutdown()


def test_bad_path_is_reported(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    view = make_view(qtbot, library)
    with qtbot.waitSignal(view.message, timeout=10_000) as said:
        view.add_paths([tmp_path / "nope"])
    assert "could not be read" in said.args[0] and "no such file" in said.args[0]
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    view.shutdown()
