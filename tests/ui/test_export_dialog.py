"""File › Export Selected…: the choices become export options and are remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool
from pytestqt.qtbot import QtBot

from reader.export import ExportItem, ExportOptions
from reader.model import Article, ArticleKind, Issue, Page
from reader.ui.export_dialog import ExportDialog, ExportProgressDialog
from reader.ui.export_worker import ExportWorker


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _dialog(qtbot: QtBot, settings: QSettings, **kwargs: object) -> ExportDialog:
    dialog = ExportDialog(settings, 3, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_defaults(qtbot: QtBot, tmp_path: Path):
    dialog = _dialog(qtbot, _settings(tmp_path), suggested_name="人民日报 · 2024/01/14")
    assert dialog.format_name() == "pdf"
    assert dialog.target() == Path.home() / "人民日报 2024_01_14.pdf"
    assert dialog.options() == ExportOptions()
    assert not dialog.highlights_box.isEnabled()
    assert "3 selected stories" in dialog.summary.text()


def test_choices_become_options_and_are_remembered(qtbot: QtBot, tmp_path: Path):
    settings = _settings(tmp_path)
    dialog = _dialog(qtbot, settings, highlight_terms=("科技", "AI"))
    dialog.path_edit.setText(str(tmp_path / "mine"))
    dialog.page_size_box.setCurrentText("Letter")
    dialog.font_size_box.setValue(12.5)
    dialog.one_per_page_box.setChecked(True)
    dialog.contents_box.setChecked(True)
    assert dialog.highlights_box.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert dialog.target() == tmp_path / "mine.pdf"
    assert dialog.options() == ExportOptions(
        page_size="Letter",
        font_size=12.5,
        one_per_page=True,
        contents=True,
        highlight_terms=("科技", "AI"),
    )
    settings.sync()

    again = _dialog(qtbot, _settings(tmp_path), suggested_name="next", highlight_terms=("x",))
    assert again.target() == tmp_path / "next.pdf"
    assert again.options() == ExportOptions(
        page_size="Letter", font_size=12.5, one_per_page=True, contents=True, highlight_terms=("x",)
    )


def test_format_changes_extension_and_enables_pdf_options(qtbot: QtBot, tmp_path: Path):
    dialog = _dialog(qtbot, _settings(tmp_path), highlight_terms=("科技",))
    dialog.path_edit.setText(str(tmp_path / "report.pdf"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("markdown"))
    assert dialog.path_edit.text() == str(tmp_path / "report.md")
    assert not dialog.page_size_box.isEnabled() and not dialog.one_per_page_box.isEnabled()
    assert dialog.contents_box.isEnabled() and dialog.highlights_box.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("text"))
    assert dialog.target() == tmp_path / "report.txt"
    assert not dialog.highlights_box.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert dialog.page_size_box.isEnabled()


def test_unusable_file_keeps_the_dialog_open(qtbot: QtBot, tmp_path: Path):
    settings = _settings(tmp_path)
    dialog = _dialog(qtbot, settings)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "no" / "such" / "folder.pdf"))
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "does not exist" in dialog.error_label.text()
    dialog.path_edit.setText("")
    dialog.buttons.accepted.emit()
    assert "Choose a file" in dialog.error_label.text()
    assert settings.allKeys() == []
    dialog.reject()


def test_progress_dialog_closes_when_the_export_ends(qtbot: QtBot, tmp_path: Path):
    article = Article(id="a", kind=ArticleKind.STORY, headline="标题", paragraphs=("正文。",) * 5)
    issue = Issue(newspaper="报", pages=(Page(1, None, (article,)),))
    worker = ExportWorker([ExportItem(article, issue)], tmp_path / "a.html", ExportOptions())
    progress = ExportProgressDialog(worker)
    qtbot.addWidget(progress)
    progress.show()
    pool = QThreadPool()
    with qtbot.waitSignal(worker.signals.finished, timeout=30000):
        pool.start(worker)
    pool.waitForDone()
    qtbot.waitUntil(lambda: not progress.isVisible())
    assert progress.value() == 100
    assert not worker.cancel_requested
    assert (tmp_path / "a.html").exists()


def test_damaged_settings_fall_back_to_defaults(qtbot: QtBot, tmp_path: Path):
    settings = _settings(tmp_path)
    for key, value in (("format", "docx"), ("page_size", "A0"), ("font_size", "big")):
        settings.setValue(f"export/{key}", value)
    dialog = _dialog(qtbot, settings)
    assert dialog.format_name() == "pdf"
    assert dialog.options() == ExportOptions()


def test_the_default_file_name_has_no_odd_characters(qtbot: QtBot, tmp_path: Path):
    for title, name in (
        ("晨星科技报 · 2025-03-18", "晨星科技报 2025-03-18"),
        ("The Daily — 1999-12-31 | late", "The Daily 1999-12-31 late"),
        ("a\u200bb\u202e c\t:d", "ab c _d"),
        (" · ", "stories"),
    ):
        dialog = _dialog(qtbot, _settings(tmp_path), suggested_name=title)
        assert dialog.target().name == f"{name}.pdf", title


def test_the_dialog_is_wide_enough_to_show_the_path(qtbot: QtBot, tmp_path: Path):
    settings = _settings(tmp_path)
    folder = Path("/home/reader/Documents/Broadsheet exports")  # (only named, not written)
    settings.setValue("export/folder", str(folder))
    dialog = _dialog(qtbot, settings, suggested_name="晨星科技报 · 2025-03-18")
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.path_edit
    assert edit.fontMetrics().horizontalAdvance(edit.text()) < edit.width() - 8  # (its frame)


def test_page_crops_are_a_pdf_choice_only(qtbot: QtBot, tmp_path: Path):
    # (walk24) "A picture of each story cut from its page scan (PDF)" stayed checked and enabled
    # for Markdown, HTML and text, which leave the pictures out without a word (the command
    # line refuses --page-crops for them).
    dialog = _dialog(qtbot, _settings(tmp_path))
    dialog.crops_box.setChecked(True)
    assert dialog.crops_box.isEnabled() and dialog.options().page_crops
    for name in ("markdown", "html", "text"):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(name))
        assert not dialog.crops_box.isEnabled(), name
        assert not dialog.options().page_crops, name
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert dialog.crops_box.isEnabled() and dialog.options().page_crops
