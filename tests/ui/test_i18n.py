"""The interface in Chinese and English: every menu, dialog and panel rendered in both, with
nothing left in English under zh_CN; the language's choice; the translations' files."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTreeView,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.model import Article
from reader.ui.app import Launched, launch
from reader.ui.article_html import PaneStyle, ReadingFonts, render_article_html
from reader.ui.i18n import (
    FOLLOW_SYSTEM,
    LANGUAGES,
    choose_language,
    install_translators,
    language_for_locale,
    qm_path,
    ts_path,
)
from reader.ui.i18n.tools import stale
from reader.ui.main_window import MainWindow
from reader.ui.resources import sample_issue_path
from reader.ui.services import BOOKMARKS_PANEL, LIBRARY_PANEL, SEARCH_PANEL
from reader.ui.settings import Settings

WAIT = 20_000

#: Latin words a Chinese interface keeps: names, formats, keys, and the examples in the
#: placeholders of the highlight and search fields.
KEPT_WORDS = {
    *("Broadsheet", "Qt", "PySide6", "Python", "SQLite", "jieba", "English", "OCR"),
    *("PDF", "Markdown", "HTML", "JSON", "A4", "A5", "Letter", "Legal"),
    *("Ctrl", "Shift", "Alt", "Esc", "Tab", "Return", "Enter", "Space", "Home", "End"),
    *("Up", "Down", "Left", "Right", "F1", "F3", "F6", "F10", "F11", "PgUp", "PgDown"),
    *("AI", "New", "York", "bank", "rates", "5G"),
}
#: File paths, folders and extensions ("(.md)"), shown as they are.
_PATH = re.compile(r"\S*[/\\]\S*|\*?\.[a-z]+\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
_CJK = re.compile(r"[\u3400-\u9fff]")


def english_left(text: str) -> list[str]:
    """The Latin words in ``text`` that a Chinese interface should not show."""
    return [w for w in _WORD.findall(_PATH.sub(" ", text)) if w not in KEPT_WORDS]


def action_strings(actions: Iterable[QAction]) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator():
            continue
        name = action.objectName() or action.text()
        for text in (action.text(), action.toolTip(), action.statusTip()):
            yield name, text
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # fills Open Recent, Highlight Sets, Language
            yield from action_strings(menu.actions())


def model_strings(view: QTreeView | QTableView) -> Iterator[tuple[str, str]]:
    model = view.model()
    name = view.objectName()
    for column in range(model.columnCount()):
        yield name, str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def rows(parent: QModelIndex) -> Iterator[tuple[str, str]]:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield name, value
            yield from rows(model.index(row, 0, parent))

    yield from rows(QModelIndex())


def widget_strings(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every string ``root`` and its children show: titles, labels, buttons, placeholders,
    tooltips, list and table cells and headers, the actions of its menus."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        if widget.isWindow() or isinstance(widget, QDockWidget):
            yield name, widget.windowTitle()
        yield name, widget.toolTip()
        yield name, widget.accessibleName()
        if isinstance(widget, QLabel):
            document = QTextDocument()
            document.setHtml(widget.text())  # (rich or plain: the words shown)
            yield name, document.toPlainText()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QComboBox):
            yield from ((name, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(i)
                yield from ((name, item.text(c)) for c in range(widget.columnCount()))
            header = widget.headerItem()
            yield from ((name, header.text(c)) for c in range(widget.columnCount()))
        elif isinstance(widget, QTreeView | QTableView):
            yield from model_strings(widget)
        if isinstance(widget, QMenu):
            yield name, widget.title()
        yield from action_strings(widget.actions())


def pane_labels(article: Article, html: str) -> str:
    """The pane's text for ``article`` without the article's own words: the labels."""
    document = QTextDocument()
    document.setHtml(html)
    text = document.toPlainText()
    own = [article.kicker, article.headline, article.subheadline, article.byline]
    own += [article.dateline, article.credit, *article.paragraphs, article.display_title]
    for part in sorted(filter(None, own), key=len, reverse=True):
        text = text.replace(part, " ")
    return text


@pytest.fixture
def interface() -> Iterator[list[str]]:
    """Put English back after a test that changed the interface language."""
    yield []
    app = QApplication.instance()
    assert app is not None
    install_translators(app, "en")


def launched_in(
    qtbot: QtBot, launched_on: list[Launched], language: str
) -> tuple[Launched, object]:
    app_launch = launch([str(sample_issue_path())], language=language)
    launched_on.append(app_launch)
    with qtbot.waitSignal(app_launch.store.ready, timeout=WAIT) as ready:
        pass
    qtbot.waitUntil(lambda: app_launch.window.issue is not None, timeout=WAIT)
    return app_launch, ready.args[0]


def everything_shown(qtbot: QtBot, window: MainWindow, wiring: object) -> list[tuple[str, str]]:
    """Open every panel, menu and dialog of ``window`` and gather the strings they show."""
    for panel in (SEARCH_PANEL, BOOKMARKS_PANEL, LIBRARY_PANEL):
        assert window.docks.show_panel(panel)
    search = wiring.search  # type: ignore[attr-defined]
    with qtbot.waitSignal(search.searchFinished, timeout=WAIT):
        search.search("科技")
    library_view = wiring.library_view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: library_view.model.rowCount() > 0, timeout=WAIT)
    window.keymap_actions["toggle_bookmark"].trigger()
    bookmarks = wiring.bookmarks  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bookmarks.model.rowCount() > 0, timeout=WAIT)
    window.highlighting.set_terms("科技")
    window.highlighting.bar.show()
    qtbot.waitUntil(lambda: window.first_run_hint is not None, timeout=WAIT)  # a first run
    strings = list(widget_strings(window))
    strings += action_strings(window.menuBar().actions())
    dialogs: list[QDialog] = [
        window.show_cheat_sheet(),
        window.show_about(),
        window.look.open_settings(),
    ]
    window.navigator.select_all()
    export = window.exporter.export_selected()
    assert export is not None
    dialogs.append(export)
    save_set = window.highlighting.save_set()
    assert save_set is not None
    dialogs.append(save_set)
    from reader.ui.crash_dialog import CrashDialog

    crash = CrashDialog("—", "—", Path("/tmp/broadsheet.log"), window)
    crash.add("—")
    dialogs.append(crash)
    for dialog in dialogs:
        strings += widget_strings(dialog)
        dialog.close()
    return strings


@pytest.mark.parametrize(
    ("language", "sample"),
    [
        ("zh_CN", {"文件(&F)", "帮助(&H)", "报库", "关于 Broadsheet", "关闭", "界面语言(&G)"}),
        ("zh_TW", {"檔案(&F)", "說明(&H)", "報庫", "關於 Broadsheet", "關閉", "介面語言(&G)"}),
    ],
)
def test_the_whole_interface_in_chinese_keeps_no_english(
    qtbot: QtBot,
    launched_on: list[Launched],
    interface: list[str],
    language: str,
    sample: set[str],
) -> None:
    app_launch, wiring = launched_in(qtbot, launched_on, language)
    window = app_launch.window
    strings = everything_shown(qtbot, window, wiring)
    assert len(strings) > 300  # (the walk reached the menus, panels and dialogs)
    # Font families (Reading Settings offers the installed ones) are names, not interface.
    families = sorted(QFontDatabase.families(), key=len, reverse=True)

    def without_font_names(text: str) -> str:
        for family in families:
            text = text.replace(family, " ")
        return text

    left = sorted(
        {(name, text) for name, text in strings if english_left(without_font_names(text))}
    )
    assert not left, f"untranslated in {language}: {left}"
    shown = {text for _name, text in strings}
    # A sample of what a reader of Chinese sees (the menus, a panel, Qt's own buttons).
    assert sample <= shown, sample - shown
    assert {"简体中文", "繁體中文"} <= shown


def test_the_interface_in_english_has_its_plurals_and_no_chinese_of_its_own(
    qtbot: QtBot, launched_on: list[Launched], interface: list[str]
) -> None:
    app_launch, wiring = launched_in(qtbot, launched_on, "en")
    strings = everything_shown(qtbot, app_launch.window, wiring)
    shown = {text for _name, text in strings}
    assert not [t for t in shown if "(s)" in t or "%n" in t]
    # Chinese only where the page's text or a name is: headlines, language names, examples.
    issue = app_launch.window.issue
    assert issue is not None
    page_words = {a.display_title for a in issue.articles} | set(LANGUAGES.values())
    ours = [
        t
        for t in shown
        if _CJK.search(t)
        and not any(w and w in t for w in page_words)
        and "科技" not in t
        and issue.newspaper not in t
        and not any(p.name and p.name in t for p in issue.pages)
    ]
    assert not ours, ours
    assert "&File" in shown and "Close" in shown


@pytest.mark.parametrize(
    ("count", "english", "chinese"),
    [
        (1, "Export 1 selected story.", "导出所选的 1 篇文章。"),
        (3, "Export 3 selected stories.", "导出所选的 3 篇文章。"),
    ],
)
def test_plural_forms_follow_the_count_in_each_language(
    qtbot: QtBot, tmp_path: Path, interface: list[str], count: int, english: str, chinese: str
) -> None:
    from reader.ui.export_dialog import ExportDialog

    app = QApplication.instance()
    assert app is not None
    for language, expected in (("en", english), ("zh_CN", chinese)):
        install_translators(app, language)
        dialog = ExportDialog(Settings(tmp_path / "s.ini").qsettings, count)
        qtbot.addWidget(dialog)
        assert dialog.summary.text() == expected


def test_labels_inside_a_chinese_page_follow_the_interface_language(
    qtbot: QtBot, interface: list[str]
) -> None:
    from reader.parse import load_issue

    issue = load_issue(sample_issue_path())
    teaser = next(a for a in issue.articles if issue.jump_target(a) and a.kind.value == "teaser")
    style = PaneStyle(ReadingFonts.from_installed())
    app = QApplication.instance()
    assert app is not None
    install_translators(app, "zh_CN")
    labels = pane_labels(teaser, render_article_html(teaser, issue, style))
    assert "导读" in labels and "转至第2版 综合阅读 →" in labels
    assert not english_left(labels), labels
    install_translators(app, "en")
    labels = pane_labels(teaser, render_article_html(teaser, issue, style))
    assert "TEASER" in labels and "Read it on 第2版 综合 →" in labels


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_Hant_CN", "zh_TW"),
        ("en_US", "en"),
        ("de_DE", "en"),
        ("C", "en"),
    ],
)
def test_the_system_locale_picks_the_language(locale: str, language: str) -> None:
    assert language_for_locale(QLocale(locale)) == language


def test_the_command_line_wins_over_the_setting_which_wins_over_the_system() -> None:
    chinese = QLocale("zh_CN")
    assert choose_language("en", "zh_TW", chinese) == "en"
    assert choose_language(None, "zh_TW", chinese) == "zh_TW"
    assert choose_language(None, FOLLOW_SYSTEM, chinese) == "zh_CN"
    assert choose_language(None, "klingon", QLocale("en_GB")) == "en"  # a damaged setting


def test_the_language_menu_remembers_the_choice_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, make_window: object
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    window = make_window(settings=settings)  # type: ignore[operator]
    menu = window.submenus["language"]
    menu.aboutToShow.emit()
    choices = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert set(choices) == {"language_system", "language_en", "language_zh_CN", "language_zh_TW"}
    assert choices["language_system"].isChecked()
    choices["language_zh_TW"].trigger()
    assert Settings(tmp_path / "settings.ini").language == "zh_TW"
    assert "繁體中文" in window.statusBar().currentMessage()
    menu.aboutToShow.emit()
    ticked = [a.objectName() for a in menu.actions() if a.isChecked()]
    assert ticked == ["language_zh_TW"]


def test_a_missing_translation_file_leaves_english_and_says_so_in_the_log(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    interface: list[str],
) -> None:
    import reader.ui.i18n as i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    app = QApplication.instance()
    assert app is not None
    installed = install_translators(app, "zh_CN")
    assert len(installed) == 1  # Qt's own, not the app's
    assert "broadsheet_zh_CN.qm" in caplog.text
    monkeypatch.undo()  # (before ``interface`` puts English back)


def test_the_translations_are_current_with_the_source_and_compiled() -> None:
    """Fails when a string was added or changed without ``python -m reader.ui.i18n update``,
    or a .qm is not the compilation of its .ts."""
    assert stale() == []


def _strings_in_the_code() -> Iterator[tuple[str, int, str, str]]:
    """(file, line, context, source) of every literal string handed to ``self.tr`` (its
    class is the context), ``translate`` or ``QT_TRANSLATE_NOOP`` in the interface's code."""
    import ast

    from reader.ui.i18n.tools import UI_PACKAGE

    def walk(node: ast.AST, cls: str, path: Path) -> Iterator[tuple[str, int, str, str]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                strings = [a.value if isinstance(a, ast.Constant) else None for a in args[:2]]
                if name == "tr" and strings and isinstance(strings[0], str):
                    yield path.name, child.lineno, cls, strings[0]
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(strings) == 2:
                    context, source = strings
                    if isinstance(context, str) and isinstance(source, str):
                        yield path.name, child.lineno, context, source
            yield from walk(child, inner, path)

    for path in sorted(UI_PACKAGE.rglob("*.py")):
        yield from walk(ast.parse(path.read_text(encoding="utf-8")), "", path)


def test_every_string_the_code_translates_is_in_the_ts_files_under_its_context() -> None:
    """lupdate skips, without a word, a ``QCoreApplication.translate`` whose count is a call
    (``len(issue.pages)``), takes one with a plain count for no plural, and files every
    ``self.tr`` of a module under no context once a function in it holds a nested ``def``:
    walk25 saw "Reading the issue: 111 page(s) in, more to come…" in the English window, and in
    English in the Chinese one. The freshness check above compares with lupdate's own
    extraction, so it could not see these."""
    from reader.ui.i18n.tools import ts_messages

    for language in LANGUAGES:
        messages = ts_messages(ts_path(language))
        known = {(m[0], m[1]) for m in messages}
        plurals = {(m[0], m[1]) for m in messages if m[2]}
        for file, line, context, source in _strings_in_the_code():
            where = (language, file, line, context, source)
            if "%n" in source:  # a plural: in every .ts, English's too, as one
                assert (context, source) in plurals, where
            elif language != "en":  # (English keeps only its plurals)
                assert (context, source) in known, where


def test_the_check_names_a_stale_qm_and_a_string_missing_from_the_ts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import shutil

    import reader.ui.i18n as i18n
    from reader.ui.i18n import tools

    folder = tmp_path / "i18n"
    shutil.copytree(i18n.translations_dir(), folder)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    ts = folder / "broadsheet_zh_CN.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            "<translation>文件(&amp;F)</translation>", "<translation>档案(&amp;F)</translation>"
        ),
        "utf-8",
    )
    new = tmp_path / "new_dialog.py"
    new.write_text(
        'class NewDialog(QObject):\n    def f(self):\n        self.tr("%n new thing(s)", "", 2)\n'
    )
    sources = tools.source_files()
    monkeypatch.setattr(tools, "source_files", lambda: [*sources, new])
    problems = stale()
    stale_qm = [p for p in problems if p.startswith("broadsheet_zh_CN.qm: stale against its .ts")]
    assert len(stale_qm) == 1 and "Keymap: '&File'" in stale_qm[0], problems
    assert {f"broadsheet_{lang}.ts: the source's strings changed" for lang in LANGUAGES} <= set(
        problems
    )
    assert len(problems) == 4


def ts_messages(language: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message in a language's .ts."""
    root = ET.parse(ts_path(language)).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            messages.append(
                (name, message.findtext("source") or "", forms or [translation.text or ""])
            )
    return messages


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_string_is_translated_and_keeps_its_placeholders_and_mnemonic(
    language: str,
) -> None:
    messages = ts_messages(language)
    assert len(messages) > 250
    for context, source, forms in messages:
        for text in forms:
            assert text, f"{language}: {context}: {source!r} has no translation"
            fields = re.compile(r"\{\w+\}|%\d")  # "{path}" (.format) or "%1" (.replace)
            assert set(fields.findall(text)) == set(fields.findall(source)), (
                f"{language}: {context}: {source!r} -> {text!r}"
            )
            assert ("%n" in text) == ("%n" in source), f"{language}: {source!r} -> {text!r}"
            if re.search(r"&\w", source):
                assert re.search(r"\(&\w\)|&\w", text), f"{language}: {source!r} -> {text!r}"


def test_english_plural_forms_read_right() -> None:
    for _context, source, forms in ts_messages("en"):
        assert len(forms) == 2 and "(s)" not in "".join(forms), source
    app = QApplication.instance()
    assert app is not None
    assert QApplication.translate("MainWindow", "%n page(s)", "", 1) == "1 page"
    assert QApplication.translate("MainWindow", "%n page(s)", "", 2) == "2 pages"


def test_every_language_ships_its_compiled_file() -> None:
    for language in LANGUAGES:
        assert qm_path(language).stat().st_size > 0


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_the_cheat_sheet_names_each_key_once(
    qtbot: QtBot, interface: list[str], language: str
) -> None:
    """Qt's Chinese names Return and Enter alike (回车 / 回車): the focus row read
    "Tab, 回车, 回车"."""
    from reader.ui.actions import KEYMAP, shortcut_text

    app = QApplication.instance()
    assert app is not None
    install_translators(app, language)
    for item in KEYMAP:
        names = shortcut_text(item).split(", ")
        assert len(names) == len(set(names)), (item.name, names)
