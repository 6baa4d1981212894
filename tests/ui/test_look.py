"""Reading settings, themes and full screen, in a real window: the pane, the list and the page
view take the theme; the dialog previews, cancels and keeps; F11 leaves only the text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader.model import Article, ArticleKind, Issue, Page
from reader.text.script import TRADITIONAL_FAMILIES
from reader.ui.look import Look
from reader.ui.main_window import MainWindow
from reader.ui.reading_settings import (
    COLUMN_RANGE,
    LINE_SPACING_AUTO,
    SIZE_DEFAULT,
    ReadingSettings,
)
from reader.ui.reading_settings_dialog import ReadingSettingsDialog, installed_families
from reader.ui.settings import Settings
from reader.ui.themes import DARK, LIGHT, SEPIA, THEMES, resolve_theme, theme_palette
from tests.ui.conftest import WindowFactory, open_and_wait
from tests.ui.sample_issues import HOSTILE, hostile_issue, zh_issue


def body_block(window: MainWindow, text: str) -> QTextBlockFormat:
    block = window.pane.document().begin()
    while block.isValid():
        if text in block.text():
            return block.blockFormat()
        block = block.next()
    raise AssertionError(f"{text!r} is not in the pane")


def body_format(window: MainWindow, text: str) -> QTextCharFormat:
    block = window.pane.document().begin()
    while block.isValid():
        if text in block.text():
            return block.begin().fragment().charFormat()
        block = block.next()
    raise AssertionError(f"{text!r} is not in the pane")


def body_colour(window: MainWindow, text: str) -> QColor:
    return body_format(window, text).foreground().color()


def unread_row_colour(window: MainWindow) -> QColor:
    model = window.model
    row = next(r for r in model.iter_rows() if not model.is_read(r.id))
    return QColor(model.data(model.index_for_id(row.id), Qt.ItemDataRole.ForegroundRole))


@pytest.fixture
def window(make_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    win = make_window()
    win.settings.mark_read_on_show = False
    open_and_wait(qtbot, win, "zh")
    return win


# Settings ------------------------------------------------------------------------------------
def test_reading_settings_are_remembered(tmp_path: Path) -> None:
    chosen = ReadingSettings(
        cjk_family="Noto Sans CJK SC",
        latin_family="DejaVu Serif",
        size=22,
        line_spacing=190,
        column_ems=28,
        justify=True,
        theme="sepia",
    )
    settings = Settings(tmp_path / "a.ini")
    assert settings.reading == ReadingSettings()
    settings.reading = chosen
    settings.sync()
    assert Settings(tmp_path / "a.ini").reading == chosen


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "size=huge\nline_spacing=nan\ncolumn_ems=\ntheme=neon\njustify=perhaps",
            ReadingSettings(),
        ),
        (
            "size=400\nline_spacing=9000\ncolumn_ems=-3\ntheme=dark",
            ReadingSettings(size=32.0, line_spacing=250, column_ems=COLUMN_RANGE[0], theme="dark"),
        ),
        ("size=inf\nline_spacing=-inf\ncolumn_ems=1e999", ReadingSettings()),
    ],
)
def test_a_damaged_settings_file_gives_settings_in_range(
    tmp_path: Path, lines: str, expected: ReadingSettings
) -> None:
    path = tmp_path / "broadsheet.ini"
    path.write_text("[reading]\n" + lines + "\n", encoding="utf-8")
    assert Settings(path).reading == expected


def test_resolving_themes() -> None:
    assert resolve_theme("system", system_dark=True) is DARK
    assert resolve_theme("system", system_dark=False) is LIGHT
    assert resolve_theme("sepia", system_dark=True) is SEPIA
    assert resolve_theme("no such theme", system_dark=False) is LIGHT
    light_desktop = QApplication.palette()
    # The desktop's own palette is kept when it already is what the theme asks for ...
    if light_desktop.color(QPalette.ColorRole.Window).lightness() >= 128:
        assert theme_palette(LIGHT, light_desktop) == light_desktop
    # ... and replaced otherwise.
    dark = theme_palette(DARK, light_desktop)
    assert dark.color(QPalette.ColorRole.Base) == QColor(DARK.base)
    assert dark.color(QPalette.ColorRole.Text) == QColor(DARK.text)


# Themes --------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["light", "sepia", "dark"])
def test_theme_reaches_pane_list_and_page_view(window: MainWindow, name: str) -> None:
    window.look.set_theme(name)
    theme = THEMES[name]
    assert window.look.theme is theme
    pane = window.pane
    assert pane.palette().color(QPalette.ColorRole.Base) == QColor(theme.paper)
    assert body_colour(window, "全国科技工作会议13日") == QColor(theme.text)
    if name != "light":  # light on a light desktop keeps the desktop's own list colours
        assert window.tree.palette().color(QPalette.ColorRole.Base) == QColor(theme.base)
        assert unread_row_colour(window) == QColor(theme.text)
    assert window.page_pane.view.backgroundBrush().color() == QColor(theme.backdrop)
    assert window.settings.reading.theme == name


def test_dark_list_rows_are_readable_on_the_dark_list(window: MainWindow) -> None:
    window.look.set_theme("dark")
    base = window.tree.palette().color(QPalette.ColorRole.Base)
    text = unread_row_colour(window)
    assert abs(text.lightness() - base.lightness()) > 120


def test_theme_key_cycles_the_themes(window: MainWindow) -> None:
    seen = []
    for _ in range(4):
        window.keymap_actions["cycle_theme"].trigger()
        seen.append(window.look.reading.theme)
    assert seen == ["light", "sepia", "dark", "system"]
    assert "Theme" in window.statusBar().currentMessage()


@pytest.fixture
def dark_desktop(qapp: QApplication) -> Iterator[None]:
    """The application's palette made dark for one test (as a dark desktop would)."""
    before = QPalette(qapp.palette())
    qapp.setPalette(theme_palette(DARK, before))
    yield
    qapp.setPalette(before)


def test_following_the_system_turns_dark_with_the_desktop(
    window: MainWindow, dark_desktop: None
) -> None:
    assert window.look.reading.theme == "system"
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.look.theme is DARK
    assert window.pane.palette().color(QPalette.ColorRole.Base) == QColor(DARK.paper)
    window.look.set_theme("sepia")  # a chosen theme does not follow the desktop
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.look.theme is SEPIA


@pytest.mark.parametrize("name", ["sepia", "dark"])
def test_themes_keep_page_text_escaped(make_window: WindowFactory, qtbot: QtBot, name: str) -> None:
    win = make_window({"hostile": hostile_issue()})
    win.look.set_theme(name)
    open_and_wait(qtbot, win, "hostile")
    text = win.pane.plain_text()
    for snippet in HOSTILE:
        assert snippet in text
    assert "<img" not in win.pane.document().toHtml()


# The dialog ----------------------------------------------------------------------------------
def open_dialog(qtbot: QtBot, window: MainWindow) -> ReadingSettingsDialog:
    window.keymap_actions["reading_settings"].trigger()
    dialog = window.look.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_dialog_previews_and_cancel_goes_back(qtbot: QtBot, window: MainWindow) -> None:
    before = window.pane.style_info.pixels
    dialog = open_dialog(qtbot, window)
    dialog.size_box.setValue(26)
    assert window.pane.style_info.pixels == pytest.approx(26.0)  # shown at once
    dialog.reject()
    assert window.pane.style_info.pixels == pytest.approx(before)
    assert window.settings.reading.size == SIZE_DEFAULT
    assert window.look.dialog is None


def test_dialog_settings_are_applied_and_kept(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.line_spacing.setValue(200)
    dialog.justify.setChecked(True)
    dialog.column.setValue(24)
    dialog.theme.setCurrentIndex(dialog.theme.findData("sepia"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    block = body_block(window, "全国科技工作会议13日")
    assert block.alignment() & Qt.AlignmentFlag.AlignJustify
    assert block.lineHeight() == pytest.approx(200)
    assert block.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    # The column is 24 text sizes wide (the side margins take the rest).
    frame = window.pane.document().rootFrame().frameFormat()
    column = window.pane.viewport().width() - frame.leftMargin() - frame.rightMargin()
    assert column == pytest.approx(24 * window.pane.style_info.pixels, abs=2)
    assert window.look.theme is SEPIA
    window.settings.sync()
    kept = Settings(window.settings.path).reading
    assert (kept.line_spacing, kept.justify, kept.column_ems, kept.theme) == (
        200,
        True,
        24,
        "sepia",
    )


def test_restore_defaults_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.look.set_reading(ReadingSettings(size=30, justify=True, theme="dark"))
    dialog = open_dialog(qtbot, window)
    assert dialog.size_box.value() == 30
    dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.RestoreDefaults
    ).click()
    assert dialog.value() == ReadingSettings()
    assert dialog.line_spacing.text() == dialog.line_spacing.specialValueText()
    assert dialog.value().line_spacing == LINE_SPACING_AUTO
    dialog.accept()
    assert window.settings.reading == ReadingSettings()


def test_a_chosen_chinese_font_sets_the_story(qtbot: QtBot, window: MainWindow) -> None:
    families = installed_families(QFontDatabase.WritingSystem.SimplifiedChinese)
    automatic = window.pane.installed_fonts.cjk
    others = [f for f in families if f != automatic]
    if not others:
        pytest.skip("only one Chinese font installed")
    dialog = open_dialog(qtbot, window)
    dialog.cjk_font.setCurrentIndex(dialog.cjk_font.findData(others[0]))
    dialog.accept()
    stack = body_format(window, "全国科技工作会议13日").fontFamilies()
    assert stack and stack[0] == others[0]
    assert window.settings.reading.cjk_family == others[0]


def test_a_font_no_longer_installed_falls_back(window: MainWindow) -> None:
    automatic = window.pane.installed_fonts.cjk
    window.look.set_reading(ReadingSettings(cjk_family="No Such Font 42"))
    assert window.pane.style_info.fonts.cjk == automatic


TW_PARAGRAPH = "花蓮縣政府宣布，明日停止上班上課，這是今年第一個颱風。"


def traditional_issue() -> Issue:
    story = Article(
        id="p1-a", kind=ArticleKind.STORY, headline="颱風逼近東部沿海", paragraphs=(TW_PARAGRAPH,)
    )
    return Issue(newspaper="臺灣晨報", date=None, pages=(Page(number=1, articles=(story,)),))


def test_a_traditional_story_is_set_in_a_traditional_face(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    win = make_window({"tw": traditional_issue(), "zh": zh_issue()})
    traditional = win.pane.installed_fonts.traditional
    if traditional is None:
        pytest.skip("no Traditional Chinese face installed (apt install fonts-noto-cjk)")
    assert traditional in TRADITIONAL_FAMILIES
    open_and_wait(qtbot, win, "tw")
    # Its punctuation centred in the square, as Taiwan prints it, not the mainland face's.
    assert body_format(win, TW_PARAGRAPH).fontFamilies()[0] == traditional
    open_and_wait(qtbot, win, "zh")
    simplified = body_format(win, "全国科技工作会议13日").fontFamilies()[0]
    assert simplified == win.pane.installed_fonts.cjk != traditional
    # A Chinese face the reader chose sets both scripts.
    win.look.set_reading(ReadingSettings(cjk_family=simplified))
    open_and_wait(qtbot, win, "tw")
    assert body_format(win, TW_PARAGRAPH).fontFamilies()[0] == simplified


def test_a_traditional_story_keeps_its_faces_forms_under_a_simplified_interface(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Under a zh_CN interface, Qt shaped the page with the face's 'locl' forms for
    Simplified: the TC face drew ， low at the left and 警 in its mainland form. The pane draws
    each face's own glyphs (those of its character map), as the PDF does."""
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        win = make_window({"tw": traditional_issue()})
        traditional = win.pane.installed_fonts.traditional
        if traditional is None:
            pytest.skip("no Traditional Chinese face installed (apt install fonts-noto-cjk)")
        open_and_wait(qtbot, win, "tw")
        block = win.pane.document().begin()
        while TW_PARAGRAPH not in block.text():
            block = block.next()
        every = block.layout().glyphRuns(0, len(block.text()))
        runs = [r for r in every if r.rawFont().familyName() == traditional]
        assert runs, [r.rawFont().familyName() for r in every]
        drawn = [g for r in runs for g in r.glyphIndexes()]
        mapped = set(runs[0].rawFont().glyphIndexesForString(TW_PARAGRAPH))
        assert all(g in mapped for g in drawn), sorted(set(drawn) - mapped)
    finally:
        QLocale.setDefault(before)


# Full screen ---------------------------------------------------------------------------------
def test_f11_shows_only_the_text_and_esc_brings_the_rest_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.page_pane.set_visible(True)
    window.highlighting.open_bar()
    window.activateWindow()
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    QTest.keyClick(window.tree, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.look.full_screen
    assert window.pane.isVisible()
    for widget in (window.tree, window.menuBar(), window.statusBar(), window.page_pane.container):
        assert not widget.isVisible()
    assert not window.highlighting.bar.isVisible()
    # Reading keys still work while only the text is shown.
    first = window.current_id
    window.keymap_actions["next_story"].trigger()
    assert window.current_id != first
    QTest.keyClick(window.pane, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.look.full_screen
    for widget in (window.tree, window.menuBar(), window.statusBar(), window.page_pane.container):
        assert widget.isVisible()
    assert window.highlighting.bar.isVisible()


def test_f11_twice_leaves_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    look: Look = window.look
    window.keymap_actions["full_screen"].trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.keymap_actions["full_screen"].trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.tree.isVisible() and not look.full_screen


def test_a_larger_text_size_widens_the_readable_minimum_of_the_pane(window: MainWindow) -> None:
    before = window.pane.minimumWidth()
    window.look.set_reading(ReadingSettings(size=28))
    assert window.pane.minimumWidth() > before * 1.3
