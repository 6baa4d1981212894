"""The highlight bar: several terms, each in its colour; whole-word and only-hits toggles."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from reader.text.escape import escape_html
from reader.text.highlight import parse_terms
from reader.ui.article_html import highlight_colours


class HighlightBar(QFrame):
    """Takes terms as the reader types (after a short pause) and reports them as a tuple."""

    #: The parsed terms changed (an empty tuple clears the highlights).
    termsChanged = Signal(tuple)
    #: Enter in the field or the ▼ button: go to the next hit.
    nextRequested = Signal()
    #: Shift+Enter or the ▲ button: go to the previous hit.
    previousRequested = Signal()
    #: The ✕ button was pressed.
    closeRequested = Signal()

    #: How long typing pauses before the terms are applied (ms).
    DEBOUNCE_MS = 180

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.field = QLineEdit(self)
        self.field.setObjectName("highlightField")
        self.field.setPlaceholderText(self.tr('Highlight terms: 科技 AI "New York"'))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(260)
        self.summary = QLabel(self)
        self.summary.setObjectName("highlightSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.whole_words = QCheckBox(self.tr("Whole words"), self)
        self.whole_words.setEnabled(False)
        self.whole_words.setToolTip(self.tr("Loading the Chinese word list…"))
        self.only_hits = QCheckBox(self.tr("Only stories with hits"), self)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(self.tr("Previous hit (Shift+N, Shift+F3)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next hit (N, F3)"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAutoRaise(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 6, 5)
        layout.setSpacing(8)
        layout.addWidget(QLabel(self.tr("Highlight"), self))
        layout.addWidget(self.field, 2)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.summary, 3)
        layout.addWidget(self.whole_words)
        layout.addWidget(self.only_hits)
        layout.addWidget(self.close_button)

        self._terms: tuple[str, ...] = ()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply)
        self.field.textEdited.connect(self._timer.start)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._on_return)
        self.next_button.clicked.connect(self.nextRequested)
        self.previous_button.clicked.connect(self.previousRequested)
        self.close_button.clicked.connect(self.closeRequested)

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    def set_terms_text(self, text: str) -> None:
        """Put ``text`` in the field and apply it at once (no pause)."""
        self.field.setText(text)
        self.apply()

    def apply(self) -> None:
        self._timer.stop()
        terms = parse_terms(self.field.text())
        if terms != self._terms:
            self._terms = terms
            self.termsChanged.emit(terms)

    def _on_text_changed(self, text: str) -> None:
        if not text:  # the clear button: apply at once
            self.apply()

    def _on_return(self) -> None:
        self.apply()
        self.nextRequested.emit()

    def set_whole_words_available(self, available: bool) -> None:
        self.whole_words.setEnabled(available)
        self.whole_words.setToolTip(
            self.tr(
                "Match whole words: Chinese words as jieba cuts them, Latin words on letter "
                "boundaries"
            )
            if available
            else self.tr("Loading the Chinese word list…")
        )

    def show_counts(self, counts: Sequence[int], stories: int) -> None:
        """Show each term in its colour with its hit count across the issue."""
        if not self._terms:
            self.summary.clear()
            return
        chips = []
        for index, term in enumerate(self._terms):
            background, foreground = highlight_colours(index)
            count = counts[index] if index < len(counts) else 0
            chips.append(
                f'<span style="background-color:{background};color:{foreground}">'
                f"&nbsp;{escape_html(term)}&nbsp;</span>&nbsp;{count}"
            )
        where = escape_html(self.tr("in %n story(s)", "", stories))
        self.summary.setText(" &nbsp; ".join(chips) + f" &nbsp;·&nbsp; {where}")
