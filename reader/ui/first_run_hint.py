"""The first-run hint: a bar over the list and the pane naming the five keys that matter and
where the full list is; dismissed once (Got it, or Esc), it is not shown again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from reader.text.escape import escape_html
from reader.ui.actions import key_text, spec

#: The keys the hint names, by keymap action (each shown with its first shortcut).
HINT_ACTIONS = ("next_story", "previous_story", "scroll_down", "find", "open")


class FirstRunHint(QFrame):
    """Five keys and the cheat sheet's key; ``dismissed`` when the reader has read it."""

    #: The reader closed the hint (remember it).
    dismissed = Signal()
    #: The reader asked for the list of every key.
    cheatSheetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        what = {
            "next_story": self.tr("next story"),
            "previous_story": self.tr("previous story"),
            "scroll_down": self.tr("read on"),
            "find": self.tr("highlight words"),
            "open": self.tr("open an issue"),
        }
        keys = " &nbsp;·&nbsp; ".join(
            f"<b>{escape_html(self.key(name))}</b> {escape_html(what[name])}"
            for name in HINT_ACTIONS
        )
        sheet = spec("cheat_sheet")
        where = self.tr("Every key: {keys} or Help › Keyboard Shortcuts.").format(
            keys=" / ".join(key_text(k) for k in sheet.shortcuts)
        )
        welcome = self.tr("Welcome! The keys that matter:")
        self.label = QLabel(f"{escape_html(welcome)} {keys}<br>{escape_html(where)}", self)
        self.label.setObjectName("firstRunHintText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(False)
        self.keys_button = QPushButton(self.tr("All &Keys"), self)
        self.keys_button.setObjectName("firstRunHintKeys")
        self.keys_button.clicked.connect(self.cheatSheetRequested)
        self.close_button = QPushButton(self.tr("&Got It"), self)
        self.close_button.setObjectName("firstRunHintClose")
        self.close_button.setToolTip(self.tr("Hide this hint for good (Esc)"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.keys_button)
        layout.addWidget(self.close_button)

    @staticmethod
    def key(name: str) -> str:
        """The first shortcut of keymap action ``name`` as people read it ("j", "Space")."""
        return key_text(spec(name).shortcuts[0])

    def text(self) -> str:
        """What the hint says, as plain text (for tests)."""
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(self.label.text()).toPlainText()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
