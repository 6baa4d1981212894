"""Help › About: the versions in use and the user's folders, opened with a click."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reader import __version__
from reader.ui.about_dialog import AboutDialog
from reader.ui.resources import app_icon
from tests.ui.conftest import WindowFactory


class FileUrls(QObject):
    """Takes file URLs from QDesktopServices (instead of a file manager), to see what opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


def test_help_about_shows_the_versions_and_opens_the_folders(
    qtbot: QtBot, make_window: WindowFactory, private_dirs: Path
) -> None:
    window = make_window()
    window.keymap_actions["about"].trigger()
    dialogs = [d for d in window.findChildren(AboutDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    shown = {name: label.text() for name, label in dialog.version_labels.items()}
    assert shown["Broadsheet"] == __version__
    assert shown["PySide6"] == PySide6.__version__
    assert shown["Python"].startswith(sys.version.split()[0])
    assert shown["SQLite"] == sqlite3.sqlite_version
    assert shown["jieba"][0].isdigit()
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel)
    )
    folders = list(dialog.folder_buttons)
    assert len(folders) == 4
    assert all(folder.is_relative_to(private_dirs) for folder in folders)
    urls = FileUrls()
    QDesktopServices.setUrlHandler("file", urls, "open")
    try:
        for button in dialog.folder_buttons.values():
            button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert urls.opened == folders
    assert all(folder.is_dir() for folder in folders)  # made, so there is something to open
    dialog.copy()
    copied = QApplication.clipboard().text()
    assert f"Broadsheet  {__version__}" in copied and str(folders[0]) in copied
    dialog.close()


def test_the_about_dialog_stands_alone_and_shows_the_app_icon(qtbot: QtBot) -> None:
    previous = QApplication.windowIcon()
    QApplication.setWindowIcon(app_icon())
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
    finally:
        QApplication.setWindowIcon(previous)
    assert "Qt" in dialog.version_labels and "Log" in dialog.text()
    pictures = [label for label in dialog.findChildren(QLabel) if not label.pixmap().isNull()]
    assert len(pictures) == 1 and pictures[0].pixmap().width() == 64
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in pictures)
