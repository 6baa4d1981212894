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
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.text.escape import escape_html
from reader.text.highlight import parse_terms
from reader.ui.article_html import highlight_colours
from reader.ui.regions import name_clear_button


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
        self.setAccessibleName(self.tr("Highlight bar"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.field = QLineEdit(self)
        self.field.setObjectName("highlightField")
        self.field.setPlaceholderText(self.tr('Highlight terms: 科技 AI "New York"'))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(140)
        self.summary = QLabel(self)
        self.summary.setObjectName("highlightSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.whole_words = QCheckBox(self.tr("&Whole words"), self)
        self.whole_words.setEnabled(False)
        self.whole_words.setToolTip(self.tr("Loading the Chinese word list…"))
        self.only_hits = QCheckBox(self.tr("O&nly stories with hits"), self)
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

        # Two rows: the field and its buttons, then the chips and the options. The chips wrap
        # (a label's minimum is its widest word), so no number of terms widens the window.
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label = QLabel(self.tr("Highligh&t"), self)
        label.setBuddy(self.field)
        self.field.setAccessibleName(self.tr("Highlight terms"))
        name_clear_button(self.field)
        self.previous_button.setAccessibleName(self.tr("Previous hit"))
        self.next_button.setAccessibleName(self.tr("Next hit"))
        self.close_button.setAccessibleName(self.tr("Close the highlight bar"))
        self.summary.setAccessibleName(self.tr("Hits per term"))
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(label)
        top.addWidget(self.field, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addWidget(self.close_button)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.whole_words)
        bottom.addWidget(self.only_hits)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 5, 6, 5)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.field, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.whole_words)
        QWidget.setTabOrder(self.whole_words, self.only_hits)

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
                f'<span style="white-space:nowrap"><span style="background-color:{background};'
                f'color:{foreground}">&nbsp;{escape_html(term)}&nbsp;</span>&nbsp;{count}</span>'
            )
        where = escape_html(self.tr("in %n story(s)", "", stories))
        # A plain space between chips: where the row may wrap when it is narrow.
        self.summary.setText(
            " &nbsp; ".join(chips)
            + f' &nbsp;<span style="white-space:nowrap">·&nbsp;{where}</span>'
        )
