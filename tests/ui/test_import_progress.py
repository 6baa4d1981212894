"""Add Folder's bulk import in the Library view: a determinate bar with pages/s and time left,
and Cancel, which keeps the issues finished so far."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.store import Library
from reader.store.importer import ImportProgress, Status
from reader.ui.import_progress import ImportProgressBar
from reader.ui.library_view import LibraryView
from tests.store.test_importer import text_archive

WAIT = 120_000


def test_the_bar_is_determinate_with_rate_and_time_left(qtbot: QtBot) -> None:
    bar = ImportProgressBar()
    qtbot.addWidget(bar)
    bar.start()
    assert bar.isVisibleTo(None) and bar.bar.maximum() == 0  # busy while issues are counted
    bar.show_progress(ImportProgress(512, 2198, 530, 11.0, "/x", Status.ADDED))
    assert (bar.bar.minimum(), bar.bar.maximum(), bar.bar.value()) == (0, 2198, 512)
    assert bar.label.text() == "512 of 2,198 issues · 48.2 pages/s · 0:36 left"
    with qtbot.waitSignal(bar.cancelRequested):
        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    assert not bar.cancel_button.isEnabled()
    bar.finish()
    assert bar.isHidden()


def test_cancel_keeps_what_was_finished_and_adding_again_finishes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    archive = text_archive(tmp_path / "archive", 12, repeat=20)
    library = Library(tmp_path / "cache.sqlite3", tmp_path / "userdata.sqlite3")
    view = LibraryView(library)
    qtbot.addWidget(view)
    seen: list[tuple[int, int]] = []

    def progressed(done: int, total: int, _path: str) -> None:
        seen.append((done, total))
        if len(seen) == 2:
            qtbot.mouseClick(view.import_progress.cancel_button, Qt.MouseButton.LeftButton)

    view.progressChanged.connect(progressed)
    with qtbot.waitSignal(view.addFinished, timeout=WAIT) as finished:
        view.add_paths([archive])
    report = finished.args[0]
    assert report.cancelled and 2 <= len(report.issues) < 12
    assert all(total == 12 for _done, total in seen)
    assert view.import_progress.isHidden() and view.add_button.isEnabled()
    assert len(library.entries()) == len(report.issues) and library.check() == []
    with qtbot.waitSignal(view.addFinished, timeout=WAIT) as again:
        view.add_paths([archive])
    rest = again.args[0]
    assert not rest.cancelled and len(library.entries()) == 12
    assert rest.count(Status.UNCHANGED) == len(report.issues)
    view.shutdown()
    library.close()
