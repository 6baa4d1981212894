"""Help › About: the versions in use and the user's folders, each opened with a click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.diagnostics import user_folders, version_report, versions
from reader.ui.i18n import QT_TRANSLATE_NOOP

#: The folders' names as reader.diagnostics gives them (in English, for reports): marked here
#: so that the dialog shows them in the interface language.
FOLDER_NAMES = (
    QT_TRANSLATE_NOOP("AboutDialog", "Data (bookmarks, notes, library)"),
    QT_TRANSLATE_NOOP("AboutDialog", "Cache (parsed issues, search index)"),
    QT_TRANSLATE_NOOP("AboutDialog", "Settings"),
    QT_TRANSLATE_NOOP("AboutDialog", "Log"),
)


def plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    """Versions of Broadsheet, Qt, PySide6, Python, SQLite and jieba; the data, cache,
    settings and log folders as buttons that open them in the file manager
    (``QDesktopServices``); Copy puts the versions and folders on the clipboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Broadsheet"))
        layout = QVBoxLayout(self)
        icon = QGuiApplication.windowIcon()
        if not icon.isNull():
            picture = plain_label("")
            picture.setPixmap(icon.pixmap(64, 64))
            layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(
            plain_label(
                self.tr("A reader for digitized newspapers: articles rebuilt from OCR text.")
            )
        )
        # One form for versions and folders, so that both share one label column.
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.version_labels: dict[str, QLabel] = {}
        for name, version in versions():
            self.version_labels[name] = plain_label(version)
            self._add_row(form, f"{name}:", self.version_labels[name])
        heading = plain_label(self.tr("Folders (click to open):"))
        heading.setContentsMargins(0, 8, 0, 0)
        form.addRow(heading)
        self.folder_buttons: dict[Path, QPushButton] = {}
        for what, folder in user_folders():
            button = QPushButton(str(folder))
            button.setFlat(True)
            # Flat buttons centre their text; these read as paths, so they start at the left
            # like the versions above them.
            button.setStyleSheet("text-align: left; padding: 2px 0px;")
            button.setToolTip(self.tr("Open {folder} in the file manager").format(folder=folder))
            button.setAccessibleName(self.tr(what))
            button.setAccessibleDescription(str(folder))
            button.clicked.connect(lambda _checked=False, f=folder: self.open_folder(f))
            self.folder_buttons[folder] = button
            self._add_row(form, self.tr("{name}:").format(name=self.tr(what)), button)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy"))
        copy.setToolTip(self.tr("Copy the versions and folders, for a bug report"))
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        layout.addWidget(buttons)

    @staticmethod
    def _add_row(form: QFormLayout, label_text: str, field: QWidget) -> None:
        label = plain_label(label_text)
        label.setBuddy(field)
        form.addRow(label, field)

    def text(self) -> str:
        """The versions and the folders as plain text."""
        folders = "\n".join(f"{what}: {folder}" for what, folder in user_folders())
        return f"{version_report()}\n\n{folders}\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def open_folder(self, folder: Path) -> bool:
        """Open ``folder`` in the file manager (made first when nothing was kept there yet)."""
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
