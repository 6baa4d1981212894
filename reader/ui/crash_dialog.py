"""The dialog an unexpected exception shows: what happened, where the log is, Copy report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.diagnostics import crash_report


class CrashDialog(QDialog):
    """Says that Broadsheet hit an error and carried on, names the log file, shows the
    traceback and copies a report (versions and traceback) to the clipboard.

    Errors raised while it is open are added to it rather than opening one dialog each (an
    error in a paint handler would otherwise open dialogs without end).
    """

    def __init__(self, summary: str, details: str, log_file: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._details = [details]
        self.message = QLabel(
            self.tr(
                "Broadsheet hit an unexpected error and carried on.\n\n"
                "{summary}\n\nDetails are in the log file:\n{log_file}"
            ).format(summary=summary, log_file=log_file)
        )
        # Exception text may quote page text: never rich text.
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.more = QLabel()
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setToolTip(
            self.tr("Copy the versions and the error, to paste into a bug report")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.more)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add(self, details: str) -> None:
        """Another error while the dialog is open: kept in the report and counted."""
        self._details.append(details)
        self.details.appendPlainText("\n" + details)
        self.more.setText(
            self.tr("%n more error(s) since; all are in the log.", "", len(self._details) - 1)
        )
        self.more.show()

    def report(self) -> str:
        """The report Copy puts on the clipboard."""
        return crash_report("\n".join(self._details))

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.copy_button.setText(self.tr("&Copied"))
