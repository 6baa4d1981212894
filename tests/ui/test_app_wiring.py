"""The app as ``broadsheet`` launches it (``reader.ui.app.launch``, ``run`` without the event
loop): the library opens after the first issue, its panels dock, b, search and export work."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.store.library import Library
from reader.ui.app import Launched, launch
from reader.ui.export_worker import ExportWorker
from reader.ui.headline_model import Roles
from reader.ui.main_window import MainWindow
from reader.ui.resources import sample_issue_path
from reader.ui.services import BOOKMARKS_PANEL, LIBRARY_PANEL, SEARCH_PANEL
from reader.ui.wiring import StoreWiring

pytest_plugins = ["tests.ui.library_fixtures"]  # the archive fixture

WAIT = 20_000


@pytest.fixture(autouse=True)
def app_globals(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``launch`` installs an excepthook and a log file handler and sets the switch interval:
    undo them after each test."""
    import logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    logger = logging.getLogger("reader")
    level = logger.level
    interval = sys.getswitchinterval()
    yield
    sys.setswitchinterval(interval)
    for handler in [h for h in logger.handlers if getattr(h, "broadsheet_log", False)]:
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(level)


@pytest.fixture
def launched(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Launched]:
    """The sample issue on screen and the library wired in, as a first launch does."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # launch installs its own
    app_launch = launch([])
    window = app_launch.window
    with qtbot.waitSignal(app_launch.store.ready, timeout=WAIT):
        pass
    qtbot.waitUntil(lambda: window.issue is not None, timeout=WAIT)
    qtbot.waitExposed(window)
    yield app_launch
    window.close()
    app_launch.store.close()
    window.deleteLater()


def wiring_of(launched: Launched) -> StoreWiring:
    wiring = launched.store.wiring
    assert wiring is not None
    return wiring


def press(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    """Type a shortcut into ``widget`` (focused first), e.g. "Ctrl+Shift+F" or "B"."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keySequence(widget, QKeySequence(keys))


def library_holds_the_sample(qtbot: QtBot, wiring: StoreWiring) -> None:
    view = wiring.library_view
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    assert Path(view.model.entry(0).path) == sample_issue_path().resolve()


def test_launch_hands_the_interpreter_back_to_the_gui_thread_sooner(launched: Launched) -> None:
    # (the fixture above puts the interval back after the test)
    from reader.ui.app import SWITCH_INTERVAL_S

    assert SWITCH_INTERVAL_S < 0.005  # below Python's default
    assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_S)


def test_launch_docks_the_panels_hidden_and_opens_them_from_the_keyboard(
    qtbot: QtBot, launched: Launched
) -> None:
    window = launched.window
    wiring = wiring_of(launched)
    docks = [window.docks.panel(n) for n in (SEARCH_PANEL, BOOKMARKS_PANEL, LIBRARY_PANEL)]
    assert all(d is not None for d in docks)
    # Hidden at first, so the reading pane keeps its width; one View menu entry each.
    assert not any(d.isVisible() for d in docks if d is not None)
    view_actions = window.menu("View").actions()
    assert all(d.toggleViewAction() in view_actions for d in docks if d is not None)
    # The first issue, parsed before the library was open, joined it.
    library_holds_the_sample(qtbot, wiring)
    assert wiring.search is not None
    press(qtbot, window.tree, "Ctrl+Shift+F")
    qtbot.waitUntil(lambda: wiring.search is not None and wiring.search.query_edit.hasFocus())
    assert docks[0] is not None and docks[0].isVisible()
    press(qtbot, window.tree, "Ctrl+Shift+L")
    qtbot.waitUntil(lambda: docks[2] is not None and docks[2].isVisible())
    # Tabbed in one place: the pane keeps most of the width.
    assert window.tabifiedDockWidgets(docks[0])  # type: ignore[arg-type]
    assert window.pane.width() > docks[0].width()  # type: ignore[union-attr]


def test_b_bookmarks_the_story_marks_the_row_and_the_bookmark_lasts(
    qtbot: QtBot, launched: Launched
) -> None:
    window = launched.window
    wiring = wiring_of(launched)
    assert wiring.bookmarks is not None
    window.navigator.step_story(1)
    article_id = window.current_id
    assert article_id is not None
    press(qtbot, window.tree, "B")
    assert window.model.is_bookmarked(article_id)
    assert window.tree.currentIndex().siblingAtColumn(0).data(Roles.BOOKMARKED)
    qtbot.waitUntil(lambda: wiring.bookmarks is not None and wiring.bookmarks.model.rowCount() == 1)
    assert wiring.bookmarks.model.item(0).article.id == article_id  # type: ignore[union-attr]

    # Another Library on the same folders (a new start of the app) finds it.
    with Library.open_default() as again:
        (found,) = again.resolve_bookmarks()
    assert found.article is not None and found.article.id == article_id

    # b again drops it, and the star goes.
    press(qtbot, window.tree, "B")
    assert not window.model.is_bookmarked(article_id)
    qtbot.waitUntil(lambda: wiring.bookmarks is not None and wiring.bookmarks.model.rowCount() == 0)


def note_dialog(qtbot: QtBot, window: MainWindow) -> QInputDialog:
    found: list[QInputDialog] = []

    def shown() -> bool:
        found[:] = [d for d in window.findChildren(QInputDialog, "noteDialog") if d.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(shown, timeout=WAIT)
    return found[0]


def test_shift_b_writes_a_note_at_800x600_where_the_panel_hides_its_note_column(
    qtbot: QtBot, launched: Launched
) -> None:
    """The Bookmarks panel edits notes in its Note column, which a narrow panel hides: Shift+B
    (Story › Note…) writes one on the story shown, bookmarking it, and edits it again later."""
    window = launched.window
    window.resize(800, 600)
    wiring = wiring_of(launched)
    panel = wiring.bookmarks
    assert panel is not None
    window.navigator.step_story(1)
    article_id = window.current_id
    assert article_id is not None and not window.model.is_bookmarked(article_id)

    press(qtbot, window.tree, "Shift+B")
    dialog = note_dialog(qtbot, window)
    assert dialog.textValue() == ""
    title = window.issue.article(article_id).display_title  # type: ignore[union-attr]
    assert title[:20] in dialog.labelText()
    dialog.setTextValue("check the figures\n核对数字")
    with qtbot.waitSignal(window.bookmarksChanged, timeout=WAIT):
        dialog.accept()
    assert window.model.is_bookmarked(article_id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
    assert panel.model.item(0).bookmark.note == "check the figures\n核对数字"
    with Library.open_default() as again:  # on disk: another start of the app finds it
        (found,) = again.resolve_bookmarks()
    assert found.bookmark.note == "check the figures\n核对数字"

    # Again: the dialog holds the note; Cancel changes nothing; OK keeps the new text.
    press(qtbot, window.tree, "Shift+B")
    dialog = note_dialog(qtbot, window)
    assert dialog.textValue() == "check the figures\n核对数字"
    dialog.reject()
    qtbot.waitUntil(lambda: not window.findChildren(QInputDialog, "noteDialog"), timeout=WAIT)
    press(qtbot, window.tree, "Shift+B")
    dialog = note_dialog(qtbot, window)
    dialog.setTextValue("done")
    with qtbot.waitSignal(panel.refreshed, timeout=WAIT):
        dialog.accept()
    assert panel.model.rowCount() == 1 and panel.model.item(0).bookmark.note == "done"


def test_the_note_dialog_shows_a_hostile_headline_as_plain_text(
    qtbot: QtBot, launched: Launched
) -> None:
    window = launched.window
    window.navigator.step_story(1)
    assert window.current_row is not None and window.current_row.article is not None
    dialog = window.edit_note()
    assert dialog is not None
    labels = [label for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    dialog.reject()


def test_search_panel_finds_a_sample_story_and_enter_opens_it_highlighted(
    qtbot: QtBot, launched: Launched
) -> None:
    window = launched.window
    wiring = wiring_of(launched)
    search = wiring.search
    assert search is not None
    library_holds_the_sample(qtbot, wiring)
    window.navigator.first_story()
    press(qtbot, window.tree, "Ctrl+Shift+F")
    qtbot.waitUntil(search.query_edit.hasFocus)
    with qtbot.waitSignal(search.searchFinished, timeout=WAIT) as finished:
        search.query_edit.insert("着陆器")  # as typed (QTest types ASCII only)
    assert finished.args[0] >= 1
    hit = search.model.hit(0)
    assert "着陆器" in hit.headline or "着陆器" in hit.snippet.text
    assert hit.article_id != window.current_id
    search.results.setFocus()
    qtbot.waitUntil(search.results.hasFocus)
    with qtbot.waitSignal(window.articleShown, timeout=WAIT):
        QTest.keyClick(search.results, Qt.Key.Key_Return)
    assert window.current_id == hit.article_id
    assert window.highlighting.terms == ("着陆器",)
    assert window.highlighting.bar.isVisible()
    assert window.pane.hit_count >= 1
    assert window.pane.hit_text(0) == "着陆器"


def _pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return re.sub(r"\s+", "", result.stdout)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_x_marks_and_ctrl_e_exports_a_pdf(qtbot: QtBot, launched: Launched, tmp_path: Path) -> None:
    window = launched.window
    window.navigator.first_story()
    press(qtbot, window.tree, "X")
    first = window.current_row
    window.navigator.step_story(1)
    window.navigator.step_story(1)
    press(qtbot, window.tree, "X")
    second = window.current_row
    assert first is not None and second is not None
    assert first.article is not None and second.article is not None
    marked = [r.id for r in window.model.marked_rows()]
    assert marked == [first.id, second.id]
    assert window.tree.currentIndex().siblingAtColumn(0).data(Roles.MARKED)

    press(qtbot, window.tree, "Ctrl+E")
    dialog = window.exporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert "2 selected stories" in dialog.summary.text()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    target = tmp_path / "two.pdf"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(window.exportFinished, timeout=60_000) as finished:
        dialog.buttons.accepted.emit()
    assert finished.args == [str(target)]
    text = _pdf_text(target)
    for article in (first.article, second.article):
        headline = re.sub(r"\s+", "", article.display_title)
        assert headline in text
        opening = re.sub(r"\s+", "", article.body_text)[:30]
        assert opening in text
    assert text.index(re.sub(r"\s+", "", first.article.display_title)) < text.index(
        re.sub(r"\s+", "", second.article.display_title)
    )
    # (the worker's ``done`` follows its ``finished`` from the worker thread: it may arrive a
    # turn of the event loop later, on a loaded machine)
    qtbot.waitUntil(lambda: window.exporter.running == [])


def test_closing_the_window_during_an_export_leaves_no_file(
    qtbot: QtBot, launched: Launched, tmp_path: Path
) -> None:
    window: MainWindow = launched.window
    press(qtbot, window.tree, "Ctrl+A")
    assert len(window.exporter.stories()) > 5
    # Hold the window's pool so the export waits in the queue until the test is ready for it.
    hold = threading.Event()
    for _ in range(window.runner.pool.maxThreadCount()):
        window.runner.start(hold.wait, 30)
    gate = threading.Event()
    reached = threading.Event()

    def stop_at_first_step(*_args: object) -> None:  # runs in the export's thread
        reached.set()
        gate.wait(30)

    def follow(worker: ExportWorker) -> None:
        worker.signals.progress.connect(stop_at_first_step, Qt.ConnectionType.DirectConnection)

    window.exportStarted.connect(follow)
    press(qtbot, window.tree, "Ctrl+E")
    dialog = window.exporter.dialog
    assert dialog is not None
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.one_per_page_box.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "all.pdf"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(window.exportStarted, timeout=WAIT):
        dialog.buttons.accepted.emit()
    hold.set()
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    # The export is under way: the window closes (cancelling it), then the export goes on.
    window.closing.connect(gate.set)
    cancelled: list[bool] = []
    window.exportCancelled.connect(lambda: cancelled.append(True))
    window.close()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=WAIT)
    assert list(out.iterdir()) == []
    # The worker's done signal follows its cancelled signal through the event queue.
    qtbot.waitUntil(lambda: window.exporter.running == [], timeout=WAIT)


def _launch_and_wait_store(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Launched:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_launch = launch([])
    qtbot.waitUntil(lambda: app_launch.window.issue is not None, timeout=WAIT)
    return app_launch


def test_a_damaged_user_database_is_kept_and_the_app_runs_and_says_so(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, private_dirs: Path
) -> None:
    data = private_dirs / "data" / "broadsheet"
    data.mkdir(parents=True)
    (data / "userdata.sqlite3").write_bytes(b"this is not a database" * 100)
    app_launch = _launch_and_wait_store(qtbot, monkeypatch)
    window = app_launch.window
    try:
        with qtbot.waitSignal(app_launch.store.ready, timeout=WAIT):
            pass
        qtbot.waitUntil(lambda: "damaged" in window.statusBar().currentMessage(), timeout=WAIT)
        assert any(b.windowTitle() == "Bookmarks database damaged" for b in window.open_messages)
        kept = [p for p in data.iterdir() if ".corrupt" in p.name]
        assert kept and kept[0].read_bytes().startswith(b"this is not a database")
        for box in window.open_messages:
            box.accept()
        # The fresh database works: b bookmarks.
        window.navigator.first_story()
        press(qtbot, window.tree, "B")
        assert window.current_id is not None and window.model.is_bookmarked(window.current_id)
    finally:
        window.close()
        app_launch.store.close()
        window.deleteLater()


def _launch_and_wait_refilled(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, told: str, word: str
) -> None:
    """Launch on the sample; wait for the status bar to say ``told`` and a search (on a Library
    of its own, as a second start) to find ``word``."""
    app_launch = _launch_and_wait_store(qtbot, monkeypatch)
    window = app_launch.window
    try:
        with qtbot.waitSignal(app_launch.store.ready, timeout=WAIT) as ready:
            pass
        wiring: StoreWiring = ready.args[0]
        assert wiring.search is not None
        qtbot.waitUntil(lambda: told in window.statusBar().currentMessage(), timeout=WAIT)

        def searchable() -> bool:
            with Library.open_default(check=False) as mine:
                return bool(mine.search(word))

        qtbot.waitUntil(searchable, timeout=WAIT)
    finally:
        window.close()
        app_launch.store.close()
        window.deleteLater()


def test_a_damaged_cache_is_rebuilt_and_the_library_read_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, private_dirs: Path
) -> None:
    # A first run puts the sample in the library.
    with Library.open_default() as library:
        library.open_issue(sample_issue_path())
    cache = private_dirs / "cache" / "broadsheet" / "cache.sqlite3"
    for side in cache.parent.glob("cache.sqlite3-*"):
        side.unlink()
    cache.write_bytes(b"garbage" * 1000)
    _launch_and_wait_refilled(qtbot, monkeypatch, "rebuilt", "着陆器")


def test_a_deleted_cache_is_refilled_with_the_issues_not_opened(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, private_dirs: Path
) -> None:
    """The English sample is in the library but not opened at this start: after the cache was
    deleted, search finds it again without the reader opening it."""
    with Library.open_default() as library:
        library.open_issue(sample_issue_path().parent / "en-gazette")
    for old in (private_dirs / "cache" / "broadsheet").glob("cache.sqlite3*"):
        old.unlink()
    _launch_and_wait_refilled(qtbot, monkeypatch, "missing", "warehouses")


def test_without_a_usable_data_folder_the_window_runs_and_says_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, private_dirs: Path
) -> None:
    (private_dirs / "data" / "broadsheet").write_text("a file where the folder should be")
    app_launch = _launch_and_wait_store(qtbot, monkeypatch)
    window = app_launch.window
    try:
        with qtbot.waitSignal(app_launch.store.unavailable, timeout=WAIT) as unavailable:
            pass
        assert unavailable.args[0]
        assert window.docks.panel(SEARCH_PANEL) is None
        window.navigator.first_story()
        press(qtbot, window.tree, "B")
        assert "not available" in window.statusBar().currentMessage()
        press(qtbot, window.tree, "J")  # reading goes on
        assert window.current_id is not None
    finally:
        window.close()
        app_launch.store.close()
        window.deleteLater()


def test_opening_a_folder_of_issues_adds_them_all_to_the_library(
    qtbot: QtBot, launched: Launched, archive: Path
) -> None:
    window = launched.window
    wiring = wiring_of(launched)
    view = wiring.library_view
    assert view is not None
    library_holds_the_sample(qtbot, wiring)
    shown = window.issue
    with qtbot.waitSignal(view.addFinished, timeout=WAIT) as finished:
        window.open_path(archive)
    assert len(finished.args[0].issues) == 3 and not finished.args[0].failed
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=WAIT)
    dock = window.docks.panel(LIBRARY_PANEL)
    assert dock is not None and dock.isVisible()
    assert window.issue is shown  # the issue on screen stays; no error message
    assert window.open_messages == []
    # An issue folder still opens as an issue.
    with qtbot.waitSignal(window.issueShown, timeout=WAIT):
        window.open_path(archive / "2025-01-15")


def test_bookmarks_panel_exports_from_its_button(
    qtbot: QtBot, launched: Launched, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog

    window = launched.window
    wiring = wiring_of(launched)
    panel = wiring.bookmarks
    assert panel is not None
    window.navigator.first_story()
    press(qtbot, window.tree, "B")
    target = tmp_path / "marks"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "JSON (*.json)")
    )
    with qtbot.waitSignal(panel.message, timeout=WAIT) as said:
        panel.export_button.click()
    assert said.args[0] == f"Bookmarks exported to {target}.json"
    (entry,) = json.loads((tmp_path / "marks.json").read_text(encoding="utf-8"))
    assert entry["headline"] == window.current_row.article.display_title  # type: ignore[union-attr]


def _accept_export(qtbot: QtBot, window: MainWindow, target: Path, fmt: str) -> None:
    qtbot.waitUntil(lambda: window.exporter.dialog is not None, timeout=WAIT)
    dialog = window.exporter.dialog
    assert dialog is not None
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(window.exportFinished, timeout=60_000):
        dialog.buttons.accepted.emit()


def test_ctrl_e_in_the_search_panel_exports_the_chosen_hits(
    qtbot: QtBot, launched: Launched, tmp_path: Path
) -> None:
    window = launched.window
    wiring = wiring_of(launched)
    search = wiring.search
    assert search is not None
    library_holds_the_sample(qtbot, wiring)
    press(qtbot, window.tree, "Ctrl+Shift+F")
    with qtbot.waitSignal(search.searchFinished, timeout=WAIT) as finished:
        search.search("智能")
    count = finished.args[0]
    assert count >= 2
    search.results.selectAll()
    press(qtbot, search.results, "Ctrl+E")
    qtbot.waitUntil(lambda: window.exporter.dialog is not None, timeout=WAIT)
    assert window.exporter.dialog is not None
    assert f"{count} selected stories" in window.exporter.dialog.summary.text()
    target = tmp_path / "hits.md"
    _accept_export(qtbot, window, target, "markdown")
    text = target.read_text(encoding="utf-8")
    for row in range(count):
        assert f"## {search.model.hit(row).headline}\n" in text
    assert f"{count} 篇" in text  # a Chinese issue: the document title counts in Chinese


def test_ctrl_e_in_the_bookmarks_panel_exports_the_chosen_bookmarks(
    qtbot: QtBot, launched: Launched, tmp_path: Path
) -> None:
    window = launched.window
    wiring = wiring_of(launched)
    panel = wiring.bookmarks
    assert panel is not None
    chosen = []
    for step in (0, 1):
        window.navigator.step_story(step) if step else window.navigator.first_story()
        press(qtbot, window.tree, "B")
        assert window.current_row is not None and window.current_row.article is not None
        chosen.append(window.current_row.article)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT)
    press(qtbot, window.tree, "Ctrl+Shift+B")
    qtbot.waitUntil(panel.table.hasFocus)
    panel.table.selectAll()
    press(qtbot, panel.table, "Ctrl+E")
    target = tmp_path / "marks.txt"
    _accept_export(qtbot, window, target, "text")
    text = target.read_text(encoding="utf-8")
    for article in chosen:
        assert article.display_title in text
        assert article.paragraphs[0][:20] in text


def test_an_open_panel_is_open_again_at_the_next_launch(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _launch_and_wait_store(qtbot, monkeypatch)
    with qtbot.waitSignal(first.store.ready, timeout=WAIT):
        pass
    assert first.window.docks.show_panel(SEARCH_PANEL)
    first.window.close()
    first.store.close()
    first.window.deleteLater()

    again = _launch_and_wait_store(qtbot, monkeypatch)
    try:
        with qtbot.waitSignal(again.store.ready, timeout=WAIT):
            pass
        docks = {
            n: again.window.docks.panel(n) for n in (SEARCH_PANEL, BOOKMARKS_PANEL, LIBRARY_PANEL)
        }
        qtbot.waitUntil(lambda: docks[SEARCH_PANEL] is not None and docks[SEARCH_PANEL].isVisible())
        assert not docks[BOOKMARKS_PANEL].isVisible()  # type: ignore[union-attr]
        assert not docks[LIBRARY_PANEL].isVisible()  # type: ignore[union-attr]
    finally:
        again.window.close()
        again.store.close()
        again.window.deleteLater()


def _launch_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, paths: list[str]
) -> tuple[Launched, StoreWiring]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_launch = launch(paths)
    with qtbot.waitSignal(app_launch.store.ready, timeout=WAIT) as ready:
        pass
    return app_launch, ready.args[0]


def _close(app_launch: Launched) -> None:
    app_launch.window.close()
    app_launch.store.close()
    app_launch.window.deleteLater()


def test_a_named_issue_opens_through_the_cache_from_the_first_launch_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, archive: Path
) -> None:
    import reader.parse

    issue_path = archive / "2025-01-16"
    first, wiring = _launch_on(qtbot, monkeypatch, [str(issue_path)])
    try:
        issue = first.window.issue
        assert issue is not None and Path(issue.source or "") == issue_path.resolve()
        assert wiring.library is not None
        assert [e.path for e in wiring.library.entries()] == [str(issue_path.resolve())]
    finally:
        _close(first)

    def no_parsing(path: Path) -> None:
        raise AssertionError(f"parsed {path} again")

    monkeypatch.setattr(reader.parse, "load_issue", no_parsing)
    again, _wiring = _launch_on(qtbot, monkeypatch, [str(issue_path)])
    try:
        shown = again.window.issue
        assert shown is not None and [a.id for a in shown.articles] == [
            a.id for a in issue.articles
        ]
        assert again.window.open_messages == []
    finally:
        _close(again)


def test_a_bad_named_path_says_so_and_the_library_still_opens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_launch = launch([str(missing)])
    try:
        with qtbot.waitSignal(app_launch.window.loadFailed, timeout=WAIT) as failed:
            pass
        assert failed.args[0] == f"{missing}: no such file or folder"
        with qtbot.waitSignal(app_launch.store.ready, timeout=WAIT):
            pass
        assert app_launch.window.docks.panel(SEARCH_PANEL) is not None
    finally:
        _close(app_launch)


def test_highlight_sets_are_saved_in_the_library_and_used_again(
    qtbot: QtBot, launched: Launched
) -> None:
    window = launched.window
    with qtbot.waitSignal(window.hitCountsReady, timeout=WAIT):
        window.highlighting.set_terms('着陆器 "deep sea"')
    dialog = window.highlighting.save_set()
    assert dialog is not None
    dialog.setTextValue("  ocean  ")  # type: ignore[attr-defined]
    dialog.accept()
    with Library.open_default() as again:
        assert again.userdata.highlight_sets() == {"ocean": ("着陆器", "deep sea")}

    with qtbot.waitSignal(window.hitCountsReady, timeout=WAIT):
        window.highlighting.set_terms("")
    assert window.highlighting.terms == ()
    window.submenus["highlight_sets"].aboutToShow.emit()  # as when the menu opens
    (use,) = [
        a for a in window.submenus["highlight_sets"].actions() if a.text().startswith("ocean")
    ]
    with qtbot.waitSignal(window.hitCountsReady, timeout=WAIT):
        use.trigger()
    assert window.highlighting.terms == ("着陆器", "deep sea")
    assert window.highlighting.bar.isVisible()
