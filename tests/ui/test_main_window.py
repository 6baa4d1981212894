"""The main window: launching, keyboard navigation, read state, filter, errors, remembered state."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader import diagnostics
from reader.model import Issue
from reader.ui import app as app_module
from reader.ui.crash_dialog import CrashDialog
from reader.ui.main_window import MainWindow
from reader.ui.resources import sample_issue_path
from reader.ui.settings import Settings
from tests.ui.conftest import WindowFactory, focus, open_and_wait, type_text
from tests.ui.sample_issues import zh_issue


def ids_in_order(window: MainWindow) -> list[str]:
    from reader.ui.headline_model import Roles

    return [str(i.data(Roles.ARTICLE_ID)) for i in window.navigator.rows()]


def test_launch_with_no_arguments_opens_the_sample_issue(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = app_module.launch([]).window
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.issueShown, timeout=10_000):
        pass
    assert window.issue is not None
    assert window.issue.source is not None
    assert Path(window.issue.source).resolve() == sample_issue_path().resolve()
    assert window.windowTitle() == window.issue.title
    assert "2025" in window.windowTitle()
    assert window.model.rowCount() == len(window.issue.pages) >= 2
    assert window.current_id == window.issue.articles[0].id
    assert window.issue.articles[0].headline in window.pane.plain_text()
    # Keyboard first: the list has the focus, so j moves on at once.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_J)
    assert window.current_id == window.issue.articles[1].id
    # jieba loads in the background after the window is up; whole-word mode then switches on.
    qtbot.waitUntil(lambda: window.segmenter.ready, timeout=20_000)
    qtbot.waitUntil(lambda: window.keymap_actions["whole_words"].isEnabled(), timeout=5_000)
    window.close()


def test_sample_path_points_at_bundled_issue() -> None:
    path = sample_issue_path()
    assert (path / "01.txt").is_file()
    assert sample_issue_path("en-gazette").is_dir()


def test_a_small_issue_is_listed_whole_at_once_and_shown_in_one_turn(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """A small issue (the bundled sample's size) goes into the list whole: the launch then
    waits for no fill turns, and no page turn while the page pane is closed, before
    ``issueShown`` — only the story's turn (after the list's paint), which also writes the
    status line, so that one paint shows both."""
    window = make_window()
    issue = zh_issue()
    assert not window.page_pane.visible
    order: list[str] = []

    def story_shown(_article_id: str) -> None:
        order.append("story")
        QTimer.singleShot(0, lambda: order.append("a later turn"))

    window.articleShown.connect(story_shown)
    window.issueShown.connect(lambda _issue: order.append("issueShown"))
    with qtbot.waitSignal(window.issueShown, timeout=10_000):
        window.show_issue(issue)
        assert window.model.complete and window.model.pages_held == len(issue.pages) == 2
        assert window.turns.waiting("story") and window.turns.waiting("complete")
        assert not window.turns.waiting("fill")
    assert order[:2] == ["story", "issueShown"]  # (the same turn: no timer ran between)
    assert not window.turns.waiting("page")
    assert window.current_id == issue.articles[0].id
    assert issue.articles[0].headline in window.pane.plain_text()
    assert window.statusBar().currentMessage().startswith(issue.title)


def test_a_big_issue_is_listed_a_screenful_first_then_filled_in_turns(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    issue = zh_issue()
    # The first page alone is over a screenful at this size: the rest comes in a fill turn.
    monkeypatch.setattr(window, "FIRST_ROWS", len(issue.pages[0].articles) + 1)
    with qtbot.waitSignal(window.issueShown, timeout=10_000):
        window.show_issue(issue)
        assert window.model.pages_held == 1 and not window.model.complete
        assert window.turns.waiting("fill") and not window.turns.waiting("complete")
    assert window.model.complete and window.model.rowCount() == len(issue.pages)
    assert window.current_id == issue.articles[0].id


def test_a_story_asked_for_is_shown_when_its_page_came_in_the_first_turn(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    issue = zh_issue()
    wanted = issue.pages[-1].articles[-1].id
    with qtbot.waitSignal(window.issueShown, timeout=10_000):
        window.show_issue(issue, wanted)
    assert window.current_id == wanted
    assert "no longer" not in window.statusBar().currentMessage()


def test_keyboard_moves_through_stories_and_pages(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    order = ids_in_order(window)
    assert order == ["p1-a", "p1-b", "p1-c", "p1-d", "p1-unplaced", "p2-a", "p2-b"]
    focus(qtbot, window, window.tree)
    tree = window.tree
    QTest.keyClick(tree, Qt.Key.Key_J)
    assert window.current_id == "p1-b"
    QTest.keyClick(tree, Qt.Key.Key_Down)
    assert window.current_id == "p1-c"
    QTest.keyClick(tree, Qt.Key.Key_K)
    assert window.current_id == "p1-b"
    QTest.keyClick(tree, Qt.Key.Key_Up)
    assert window.current_id == "p1-a"
    QTest.keyClick(tree, Qt.Key.Key_G, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_id == "p2-b"
    QTest.keyClick(tree, Qt.Key.Key_G)
    assert window.current_id == "p1-a"
    QTest.keyClick(tree, Qt.Key.Key_End)
    assert window.current_id == "p2-b"
    QTest.keyClick(tree, Qt.Key.Key_Home)
    assert window.current_id == "p1-a"
    QTest.keyClick(tree, Qt.Key.Key_BracketRight)
    assert window.current_id == "p2-a"
    QTest.keyClick(tree, Qt.Key.Key_BracketRight)  # no page 3: stays
    assert window.current_id == "p2-a"
    QTest.keyClick(tree, Qt.Key.Key_BracketLeft)
    assert window.current_id == "p1-a"
    # The unplaced text is one of the rows, shown in the pane.
    window.show_article("p1-unplaced")
    assert "本版责编：王芳" in window.pane.plain_text()


def test_tab_and_enter_move_focus_between_list_and_pane(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.pane
    QTest.keyClick(window.pane, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.tree
    QTest.keyClick(window.tree, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.pane
    # Keys work from the pane as well.
    QTest.keyClick(window.pane, Qt.Key.Key_J)
    assert window.current_id == "p1-b"


def test_space_scrolls_then_moves_to_next_story(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    window.show_article("p1-b")  # a long story: taller than the pane
    focus(qtbot, window, window.pane)
    bar = window.pane.verticalScrollBar()
    assert bar.maximum() > 0
    presses = 0
    while bar.value() < bar.maximum():
        QTest.keyClick(window.pane, Qt.Key.Key_Space)
        presses += 1
        assert window.current_id == "p1-b"
        assert presses < 50
    assert presses >= 1
    QTest.keyClick(window.pane, Qt.Key.Key_Space)  # at the bottom: next story
    assert window.current_id == "p1-c"
    assert bar.value() == 0
    QTest.keyClick(window.pane, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_id == "p1-b"  # at the top: back, at the end of the previous one
    assert bar.value() == bar.maximum()
    QTest.keyClick(window.pane, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_id == "p1-b"
    assert bar.value() < bar.maximum()


def test_stories_become_read_when_shown_and_m_toggles(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    assert window.model.is_read("p1-a")
    assert not window.model.is_read("p1-b")
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_M)
    assert not window.model.is_read("p1-a")
    QTest.keyClick(window.tree, Qt.Key.Key_M)
    assert window.model.is_read("p1-a")
    window.keymap_actions["mark_read_on_show"].setChecked(False)
    assert window.settings.mark_read_on_show is False
    QTest.keyClick(window.tree, Qt.Key.Key_J)
    assert not window.model.is_read("p1-b")


def test_filter_narrows_the_list_as_you_type(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_field
    type_text(window.filter_field, "量子")
    assert ids_in_order(window) == ["p1-d", "p2-a"]
    QTest.keyClick(window.filter_field, Qt.Key.Key_Escape)
    assert window.filter_field.text() == ""
    assert len(ids_in_order(window)) == 7


def test_bad_file_shows_message_and_keeps_issue(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    window.show_article("p1-b")
    bad = tmp_path / "scan.bin"
    bad.write_bytes(b"\x00\xff" * 100)
    with qtbot.waitSignal(window.loadFailed, timeout=10_000) as blocker:
        window.open_path(bad)
    message = blocker.args[0]
    assert str(bad) in message and "not a page file" in message
    boxes = window.open_messages
    assert len(boxes) == 1 and boxes[0].icon() == QMessageBox.Icon.Warning
    assert str(bad) in boxes[0].text()
    assert window.issue is not None and window.issue.newspaper == "科技日报"
    assert window.current_id == "p1-b"
    assert "人工智能助力科研" in window.pane.plain_text()
    boxes[0].accept()
    assert window.open_messages == []


def test_unexpected_loader_error_is_reported_not_raised(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")

    def broken_loader(path: Path) -> Issue:
        raise ZeroDivisionError("division by zero")

    window.opener.set_loader(broken_loader)
    with qtbot.waitSignal(window.loadFailed, timeout=10_000) as blocker:
        window.open_path(tmp_path / "x.txt")
    assert blocker.args[0] == (
        f"{tmp_path / 'x.txt'}: unexpected error (ZeroDivisionError: division by zero); see the log"
    )
    assert window.issue is not None and window.issue.newspaper == "科技日报"
    for box in window.open_messages:
        box.accept()


def test_a_broken_alto_page_is_a_message_and_the_issue_stays(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from reader.parse import load_issue

    window = make_window()
    open_and_wait(qtbot, window, "zh")
    window.opener.set_loader(load_issue)  # the real parser asks the format registry
    page = tmp_path / "x.alto.xml"
    page.write_bytes(
        b'<?xml version="1.0"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Layout>'
    )
    with qtbot.waitSignal(window.loadFailed, timeout=10_000) as blocker:
        window.open_path(page)
    assert blocker.args[0].startswith(f"{page}: not well-formed XML (")
    assert "\n" not in blocker.args[0]
    boxes = window.open_messages
    assert len(boxes) == 1 and boxes[0].text() == blocker.args[0]
    assert window.issue is not None and window.issue.newspaper == "科技日报"
    boxes[0].accept()


def test_the_window_opens_alto_through_the_same_loader(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from reader.parse import load_issue

    window = make_window()
    window.opener.set_loader(load_issue)
    page = tmp_path / "x.alto.xml"
    page.write_bytes(
        b'<?xml version="1.0"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">'
        b'<Layout><Page WIDTH="900" HEIGHT="1200"><PrintSpace><TextBlock ID="b1">'
        b'<TextLine HPOS="10" VPOS="20" WIDTH="400" HEIGHT="30"><String CONTENT="Rain"/><SP/>'
        b'<String CONTENT="fell" WC="0.3"/><SP/><String CONTENT="today."/></TextLine>'
        b"</TextBlock></PrintSpace></Page></Layout></alto>"
    )
    issue = open_and_wait(qtbot, window, page)
    [article] = issue.articles
    assert article.paragraphs == ("Rain fell today.",)
    assert [(z.x, z.y, z.width, z.height) for z in article.zones] == [(10, 20, 400, 30)]
    assert issue.pages[0].image_size == (900, 1200)


def test_the_open_dialog_offers_the_registrys_formats() -> None:
    from reader.parse.formats import FORMATS, page_patterns
    from reader.ui.opening import open_dialog_filter

    filters = open_dialog_filter().split(";;")
    assert filters[0] == f"Pages ({' '.join(page_patterns())} issue.toml)"
    assert [f.split(" (")[0] for f in filters[1:-1]] == [f.name for f in FORMATS]
    assert filters[-1] == "All files (*)"


def test_excepthook_shows_a_dialog_and_logs(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    diagnostics.configure_logging()
    app_module.install_excepthook(lambda: window)
    for text in ("boom in a slot", "<b>second</b> boom"):
        try:
            raise RuntimeError(text)
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    dialogs = [d for d in window.findChildren(CrashDialog) if d.isVisible()]
    assert len(dialogs) == 1  # the second error joins the open dialog
    dialog = dialogs[0]
    assert "boom in a slot" in dialog.message.text()
    assert str(diagnostics.log_path()) in dialog.message.text()
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert "1 more error" in dialog.more.text()
    dialog.copy_button.click()
    report = QApplication.clipboard().text()
    assert report.startswith("Broadsheet ") and "PySide6" in report and "SQLite" in report
    assert "boom in a slot" in report and "<b>second</b> boom" in report
    assert "Traceback" in report
    log_text = diagnostics.log_path().read_text(encoding="utf-8")
    assert "boom in a slot" in log_text and "second</b> boom" in log_text
    dialog.close()
    assert window.isVisible()  # the app carried on
    try:
        raise ValueError("third")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    again = [d for d in window.findChildren(CrashDialog) if d.isVisible()]
    assert len(again) == 1 and "third" in again[0].message.text()
    again[0].close()


def test_zoom_geometry_and_splitter_are_remembered(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    settings_path = tmp_path / "remember.ini"
    window = make_window(settings=Settings(settings_path))
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.tree, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.pane.zoom == 2
    window.resize(790, 560)  # room for the list beside a readable pane at this zoom
    window.splitter.setSizes([200, 580])
    qtbot.waitUntil(lambda: window.width() == 790)
    window.close()
    again = make_window(settings=Settings(settings_path))
    assert again.pane.zoom == 2
    assert again.splitter.sizes()[0] == 200
    assert (again.width(), again.height()) == (790, 560)  # the offscreen screen is 800x800
    focus(qtbot, again, again.tree)
    QTest.keyClick(again.tree, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.pane.zoom == 0
    assert settings_path.is_file()


def test_settings_live_under_the_xdg_config_folder(private_dirs: Path) -> None:
    settings = Settings()
    assert settings.path.is_relative_to(private_dirs / "config")
    settings.add_recent("/tmp/a")
    settings.add_recent("/tmp/b")
    settings.add_recent("/tmp/a")
    assert settings.recent_paths == ["/tmp/a", "/tmp/b"]


def drag_over(window: MainWindow, mime: QMimeData) -> bool:
    """Drag ``mime`` over the window; True when the window accepts it."""
    from PySide6.QtGui import QDragEnterEvent

    with warnings.catch_warnings():  # PySide6 flags the only constructor Qt 6 has as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            window.rect().center(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    enter.ignore()
    QApplication.sendEvent(window, enter)
    return enter.isAccepted()


def drop_on(window: MainWindow, path: Path | str) -> bool:
    """Drag ``path`` over the window and drop it, as Qt delivers a drop from a file manager;
    True when the window accepted the drag."""
    from PySide6.QtCore import QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    if not drag_over(window, mime):
        return False
    drop = QDropEvent(
        QPointF(window.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def recent_entries(window: MainWindow) -> list[QAction]:
    """File › Open Recent's entries, filled as when the menu opens."""
    menu = window.submenus["recent"]
    menu.aboutToShow.emit()
    return [a for a in menu.actions() if a.text() and not a.isSeparator()]


def test_opening_adds_to_recent_and_drop_opens(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    assert window.settings.recent_paths[0].endswith("zh")
    assert recent_entries(window)[0].text().endswith("zh")
    dropped = tmp_path / "en"
    dropped.write_text("x", encoding="utf-8")
    with qtbot.waitSignal(window.issueShown, timeout=10_000) as blocker:
        assert drop_on(window, dropped)
    assert blocker.args[0].newspaper == "The Gazette"
    entries = recent_entries(window)
    assert entries[0].text().endswith(str(dropped)) and entries[1].text().endswith("zh")
    with qtbot.waitSignal(window.issueShown, timeout=10_000) as blocker:
        entries[1].trigger()  # Open Recent › zh
    assert blocker.args[0].newspaper == "科技日报"


def test_cheat_sheet_lists_every_shortcut(qtbot: QtBot, make_window: WindowFactory) -> None:
    from reader.ui.actions import KEYMAP, MENUS

    window = make_window()
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_F1)
    sheet = window.cheat_sheet
    assert sheet is not None and sheet.isVisible()
    assert sheet.listed_actions() == [
        s.name
        for s in sorted(
            (s for s in KEYMAP if s.shortcuts),
            key=lambda s: MENUS.index(s.menu),
        )
    ]
    sheet.close()


def test_cheat_sheet_shows_every_action_whole_when_the_screen_has_room(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """At 640 px the longest actions (Esc's, p's) were cut short ("clear the fil…") on a screen
    with room to spare: the sheet is as wide as its longest line, up to the screen's width."""
    from PySide6.QtWidgets import QStyle

    window = make_window()
    sheet = window.show_cheat_sheet()
    qtbot.waitExposed(sheet)
    tree = sheet.tree
    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    texts = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    widest = max(tree.fontMetrics().horizontalAdvance(t) for t in texts)
    available = sheet.screen().availableGeometry().width()
    assert sheet.frameGeometry().width() <= available
    if widest + margin + tree.columnWidth(0) + 80 < available:  # (room for frames, the bar)
        assert tree.header().sectionSize(1) >= widest + margin, (widest, available)
    sheet.close()


def test_teaser_jumps_to_its_story_by_link_and_key(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from PySide6.QtCore import QUrl

    from reader.ui.article_html import jump_url

    window = make_window()
    open_and_wait(qtbot, window, "zh")
    window.show_article("p1-d")
    assert "Read it on 第2版 综合" in window.pane.plain_text()
    with qtbot.waitSignal(window.articleShown) as blocker:
        window.pane.anchorClicked.emit(QUrl(jump_url(2, "p2-a")))
    assert blocker.args == ["p2-a"]
    window.show_article("p1-d")
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_O)
    assert window.current_id == "p2-a"
    QTest.keyClick(window.tree, Qt.Key.Key_O)  # a story pointing nowhere: stays
    assert window.current_id == "p2-a"


def test_real_sample_teasers_reach_their_stories(qtbot: QtBot, make_window: WindowFactory) -> None:
    from reader.parse import load_issue

    issue = load_issue(sample_issue_path())
    window = make_window(issues={"zh-daily": issue})
    open_and_wait(qtbot, window, sample_issue_path())
    teasers = [a for a in issue.articles if a.kind.value == "teaser"]
    reached = []
    for teaser in teasers:
        window.show_article(teaser.id)
        if window.follow_jump():
            row = window.current_row
            assert row is not None and row.article is not None
            assert row.article.headline == teaser.headline
            reached.append(teaser.id)
    assert len(reached) >= 2


def test_dropping_something_that_is_not_a_file_is_refused(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setText("just text")
    assert not drag_over(window, mime)


def test_x_marks_stories_for_export_and_shift_j_extends(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from reader.ui.headline_model import Roles

    window = make_window()
    open_and_wait(qtbot, window, "zh")
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_X)
    QTest.keyClick(window.tree, Qt.Key.Key_J)
    QTest.keyClick(window.tree, Qt.Key.Key_J)
    with qtbot.waitSignal(window.model.marksChanged):
        QTest.keyClick(window.tree, Qt.Key.Key_X)
    assert [r.id for r in window.exporter.stories()] == ["p1-a", "p1-c"]
    assert window.model.index_for_id("p1-c").data(Roles.MARKED) is True
    QTest.keyClick(window.tree, Qt.Key.Key_X)  # again: unmarks
    assert [r.id for r in window.exporter.stories()] == ["p1-a"]
    window.model.clear_marks()
    # Without marks, the selection counts: Shift+J extends it.
    window.show_article("p1-a")
    QTest.keyClick(window.tree, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(window.tree, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert [r.id for r in window.exporter.stories()] == ["p1-a", "p1-b", "p1-c"]
    QTest.keyClick(window.tree, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.exporter.stories()) == 6  # every article; the unplaced row is not one
    window.model.set_bookmarked({"p2-a", "nope"})
    assert window.model.index_for_id("p2-a").data(Roles.BOOKMARKED) is True
    assert not window.model.is_bookmarked("nope")


def test_open_article_opens_the_issue_then_the_story_with_terms(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, "en")
    with qtbot.waitSignal(window.issueShown, timeout=10_000):
        window.open_article("zh", "p2-a", terms="量子")
    assert window.issue is not None and window.issue.newspaper == "科技日报"
    assert window.current_id == "p2-a"
    assert window.highlighting.terms == ("量子",)
    assert window.pane.hit_count == 2
    assert window.highlighting.bar.isVisible()
    # Same issue: no reload, just the story.
    with qtbot.assertNotEmitted(window.issueShown):
        window.open_article("zh", "p1-a")
    assert window.current_id == "p1-a"


def test_panels_dock_with_a_view_menu_entry(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    settings = Settings(tmp_path / "docks.ini")
    window = make_window(settings=settings)
    panel = QLabel("search results")
    panel.setObjectName("searchPanel")
    dock = window.docks.add_panel(panel, "Search")
    assert dock.objectName() == "dock_searchPanel"
    toggle = dock.toggleViewAction()
    assert toggle in window.menu("View").actions()
    qtbot.waitUntil(dock.isVisible)
    assert toggle.isChecked()
    toggle.trigger()
    assert not dock.isVisible()
    window.close()
    again = make_window(settings=Settings(tmp_path / "docks.ini"))
    other = QLabel("search results")
    other.setObjectName("searchPanel")
    restored = again.docks.add_panel(other, "Search")
    assert not restored.isVisible()  # hidden last time, hidden again


def test_services_can_be_swapped_after_start(qtbot: QtBot, make_window: WindowFactory) -> None:
    from reader.ui.services import MemoryReadState
    from tests.ui.conftest import issue_loader
    from tests.ui.sample_issues import en_issue

    window = make_window()
    open_and_wait(qtbot, window, "zh")  # p1-a read on show
    store = MemoryReadState()
    issue = window.issue
    assert issue is not None
    store.set_read(issue, "p2-a", True)  # read in an earlier session
    window.set_read_state(store)
    assert set(store.read_ids(issue)) == {"p1-a", "p2-a"}
    assert window.model.is_read("p2-a")
    window.opener.set_loader(issue_loader({"other": en_issue()}))
    open_and_wait(qtbot, window, "other")
    assert window.issue is not None and window.issue.newspaper == "The Gazette"
    with qtbot.waitSignal(window.closing):
        window.close()
    assert isinstance(window.settings.qsettings.fileName(), str)


def test_the_headline_list_shows_page_text_unhinted_and_the_menus_keep_the_desktops(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    unhinted = QFont.HintingPreference.PreferNoHinting
    assert window.tree.font().hintingPreference() == unhinted
    assert window.menuBar().font().hintingPreference() != unhinted


def test_the_keyboard_scrolls_the_cheat_sheet(qtbot: QtBot, make_window: WindowFactory) -> None:
    # (walk24) The list had no keyboard focus (the Close button had it): on a small screen, or
    # at a 2x scale, the rows below its bottom edge could be read only with a mouse.
    window = make_window()
    focus(qtbot, window, window.tree)
    QTest.keyClick(window.tree, Qt.Key.Key_F1)
    sheet = window.cheat_sheet
    assert sheet is not None
    sheet.resize(640, 300)
    sheet.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sheet.tree, timeout=5000)
    bar = sheet.tree.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible(), timeout=5000)
