"""Highlighting in the window: the terms and the highlight bar, hit counts in a worker, walking
from hit to hit across stories, jieba's word list loaded in the background, and named sets of
terms. The window owns one ``Highlighting``; the keymap calls it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from reader.errors import BroadsheetError
from reader.text.highlight import HitCounts, Span, count_issue_hits, find_spans, parse_terms
from reader.ui.headline_model import HITS_COLUMN

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMenu

    from reader.ui.highlight_bar import HighlightBar
    from reader.ui.main_window import MainWindow
    from reader.ui.services import HighlightSets

log = logging.getLogger(__name__)


def terms_text(terms: Iterable[str]) -> str:
    """Terms as the highlight bar reads them back: a phrase in double quotes."""
    return " ".join(f'"{t}"' if any(c.isspace() for c in t) else t for t in terms)


class Highlighting(QObject):
    """The window's highlight terms and everything that follows from them."""

    #: Hit counts for the current terms are in the list.
    countsReady = Signal()
    #: jieba's dictionary is loaded: whole-word matching is available.
    segmenterReady = Signal()
    #: jieba's dictionary could not be loaded (whole words stay off): the reason.
    segmenterFailed = Signal(str)

    #: How long after the first issue is shown jieba starts loading (ms): after the launch's
    #: list and page pane are in (about 1.1 s after the window on the 8-page ALTO issue), so
    #: that building its 500,000-word dictionary (whose dict resizes alone hold the lock up to
    #: 40 ms) does not compete with their first paints for the interpreter.
    SEGMENTER_DELAY_MS = 1500

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.sets: HighlightSets | None = None
        self._terms: tuple[str, ...] = ()
        self._whole_words = False
        self._count_generation = 0
        self._pending_hit: int | None = None
        self._segmenter_started = False
        self._bar: HighlightBar | None = None  # made when first needed

    # Terms ----------------------------------------------------------------------------------
    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    @property
    def bar_built(self) -> bool:
        """Whether the highlight bar exists yet (it is built when first needed)."""
        return self._bar is not None

    @property
    def bar(self) -> HighlightBar:
        """The bar under the pane, made the first time it is needed (off the start-up path)."""
        if self._bar is None:
            from reader.ui.highlight_bar import HighlightBar

            window = self.window
            bar = HighlightBar(window)
            bar.hide()
            bar.termsChanged.connect(self._on_terms)
            bar.nextRequested.connect(self.next_hit)
            bar.previousRequested.connect(self.previous_hit)
            bar.closeRequested.connect(window.close_bars)
            actions = window.keymap_actions
            bar.whole_words.setChecked(actions["whole_words"].isChecked())
            bar.only_hits.setChecked(actions["only_hits"].isChecked())
            bar.whole_words.toggled.connect(actions["whole_words"].setChecked)
            bar.only_hits.toggled.connect(actions["only_hits"].setChecked)
            bar.set_whole_words_available(window.segmenter.ready)
            window.add_bottom_bar(bar)
            self._bar = bar
        return self._bar

    def set_terms(self, text: str) -> None:
        """Highlight the terms in ``text`` (as if typed in the highlight bar)."""
        self.bar.set_terms_text(text)

    def add_terms(self, text: str) -> bool:
        """Highlight the terms in ``text`` too (a search hit's query), after those already
        highlighted: opening a hit never drops the reader's own terms. True if any was new."""
        added = tuple(term for term in parse_terms(text) if term not in self._terms)
        if not added:
            return False
        self.set_terms(terms_text(self._terms + added))
        return True

    def open_bar(self) -> None:
        self.bar.show()
        self.bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.field.selectAll()

    def close_bar(self) -> bool:
        """Hide the bar if it is open; True when it was."""
        if self._bar is None or not self._bar.isVisible():
            return False
        self._bar.hide()
        return True

    def highlighter(self) -> Callable[[str], list[Span]] | None:
        """The spans of the current terms in a text, or None without terms."""
        terms = self._terms
        if not terms:
            return None
        whole_words = self._whole_words
        boundaries = self._boundaries()

        def highlight(text: str) -> list[Span]:
            return find_spans(text, terms, whole_words=whole_words, boundaries=boundaries)

        return highlight

    def _boundaries(self) -> Callable[[str], frozenset[int]] | None:
        segmenter = self.window.segmenter
        return segmenter.boundaries if segmenter.ready else None

    def _on_terms(self, terms: tuple[str, ...]) -> None:
        self._terms = terms
        self._refresh()

    def set_whole_words(self, value: bool) -> None:
        window = self.window
        if value and not window.segmenter.ready:
            window.keymap_actions["whole_words"].setChecked(False)
            return
        window.settings.whole_words = value
        if self.bar.whole_words.isChecked() != value:
            self.bar.whole_words.setChecked(value)
        if value != self._whole_words:
            self._whole_words = value
            self._refresh()

    def set_only_hits(self, value: bool) -> None:
        window = self.window
        if self.bar.only_hits.isChecked() != value:
            self.bar.only_hits.setChecked(value)
        if window.keymap_actions["only_hits"].isChecked() != value:
            window.keymap_actions["only_hits"].setChecked(value)
        window.proxy.set_only_hits(value and bool(self._terms))
        window.tree.expandAll()
        window.keep_current_visible()

    def _refresh(self) -> None:
        self.window.rerender_current()
        self.recount()

    # Hit counts -----------------------------------------------------------------------------
    def recount(self) -> None:
        """Count the terms' hits in every row of the issue, in a worker."""
        window = self.window
        self._count_generation += 1
        issue = window.issue
        if not self._terms or issue is None:
            window.model.set_hit_counts(None)
            window.tree.setColumnHidden(HITS_COLUMN, True)
            window.proxy.set_only_hits(False)
            if self._bar is not None:
                self._bar.show_counts([], 0)
            window.tree.expandAll()
            self.countsReady.emit()
            return
        window.runner.start(
            count_issue_hits,
            self._count_generation,
            issue,
            self._terms,
            self._whole_words,
            self._boundaries(),
            on_success=self._on_counts,
        )

    def _on_counts(self, counts: HitCounts) -> None:
        if counts.generation != self._count_generation:
            return
        window = self.window
        window.model.set_hit_counts(counts.per_row)
        window.tree.setColumnHidden(HITS_COLUMN, False)
        window.proxy.set_only_hits(self.bar.only_hits.isChecked())
        window.tree.expandAll()
        window.keep_current_visible()
        stories = sum(1 for n in counts.per_row.values() if n)
        self.bar.show_counts(counts.per_term, stories)
        self.countsReady.emit()

    # Walking hits ---------------------------------------------------------------------------
    def next_hit(self) -> None:
        self._step_hit(forward=True)

    def previous_hit(self) -> None:
        self._step_hit(forward=False)

    def _step_hit(self, forward: bool) -> None:
        window = self.window
        if not self._terms:
            self.open_bar()
            return
        if window.pane.step_hit(forward):
            self._say_hit()
            return
        index = window.navigator.next_row_where(forward, window.model.hit_count)
        if index is None:
            window.statusBar().showMessage(
                self.tr("No more hits") if forward else self.tr("No earlier hits"), 3000
            )
            return
        self._pending_hit = 0 if forward else -1
        window.navigator.go_to(index)

    def row_shown(self) -> None:
        """A row is in the pane: select the hit a walk across stories was heading for."""
        pending, self._pending_hit = self._pending_hit, None
        if pending is not None and self.window.pane.select_hit(pending):
            self._say_hit()

    def _say_hit(self) -> None:
        """Which hit the keys reached, in the status bar and to a screen reader: the outline
        round it is only seen."""
        pane = self.window.pane
        number = pane.current_hit
        self.window.announcer.say(
            self.tr("Hit {number} of {total} in this story: {text}").format(
                number=number + 1, total=pane.hit_count, text=pane.hit_text(number)
            ),
            4000,
        )

    # jieba ----------------------------------------------------------------------------------
    def start_segmenter(self) -> None:
        """Load jieba in the background once the window is up; nothing waits for it.

        When it is not loaded yet, the load starts ``SEGMENTER_DELAY_MS`` later, so that its
        import does not compete with the first paint of the issue for the interpreter.
        """
        if self._segmenter_started:
            return
        self._segmenter_started = True
        if self.window.segmenter.ready:
            self._on_segmenter_ready(None)
            return
        self.window.words_label.setText(self.tr("Word list: loading…"))
        QTimer.singleShot(self.SEGMENTER_DELAY_MS, self._load_segmenter)

    def _load_segmenter(self) -> None:
        window = self.window
        if window.closed:
            return
        window.runner.start(
            window.segmenter.load,
            on_success=self._on_segmenter_ready,
            on_failure=self._on_segmenter_failed,
        )

    def _on_segmenter_ready(self, _result: object) -> None:
        window = self.window
        window.words_label.setText(self.tr("Word list: ready"))
        window.keymap_actions["whole_words"].setEnabled(True)
        if self._bar is not None:
            self._bar.set_whole_words_available(True)
        if window.settings.whole_words:
            self.set_whole_words(True)
        self.segmenterReady.emit()

    def _on_segmenter_failed(self, error: Exception) -> None:
        self.window.words_label.setText(self.tr("Word list: unavailable"))
        log.error("jieba failed to load: %s", error)
        self.segmenterFailed.emit(str(error))

    # Highlight sets -------------------------------------------------------------------------
    def set_sets(self, sets: HighlightSets) -> None:
        """Keep named sets of terms in ``sets`` (Highlight › Save Terms as a Set…)."""
        self.sets = sets

    def _say(self, text: str, milliseconds: int) -> None:
        self.window.statusBar().showMessage(text, milliseconds)

    def save_set(self) -> QDialog | None:
        """Ask for a name (not blocking) and keep the current terms under it."""
        if self.sets is None:
            self._say(self.window.docks.unavailable_reason, 6000)
            return None
        if not self._terms:
            self._say(self.tr("Type the terms to keep in the highlight bar first"), 5000)
            self.open_bar()
            return None
        from PySide6.QtWidgets import QInputDialog

        terms = self._terms
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Save Highlight Set"))
        dialog.setLabelText(self.tr("Keep {terms} as:").format(terms=terms_text(terms)))
        dialog.setTextValue(", ".join(terms)[:60])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda name: self._save_set(name, terms))
        dialog.open()
        return dialog

    def _save_set(self, name: str, terms: tuple[str, ...]) -> None:
        name = name.strip()
        if not name or self.sets is None:
            return
        try:
            self.sets.save_highlight_set(name, terms)
        except BroadsheetError as error:
            self._say(self.tr("Set not saved: {reason}").format(reason=error), 8000)
            return
        self._say(self.tr("Saved the highlight set “{name}”").format(name=name), 4000)

    def use_set(self, name: str) -> bool:
        """Highlight the terms of the set called ``name``."""
        if self.sets is None:
            return False
        try:
            terms = self.sets.highlight_sets().get(name)
        except BroadsheetError as error:
            self._say(str(error), 8000)
            return False
        if not terms:
            return False
        self.set_terms(terms_text(terms))
        self.bar.show()
        return True

    def delete_set(self, name: str) -> None:
        if self.sets is None:
            return
        try:
            self.sets.delete_highlight_set(name)
        except BroadsheetError as error:
            self._say(str(error), 8000)
            return
        self._say(self.tr("Deleted the highlight set “{name}”").format(name=name), 4000)

    def fill_sets_menu(self, menu: QMenu) -> None:
        """Highlight › Highlight Sets, as it opens: each set to use, and a Delete submenu."""
        from PySide6.QtGui import QAction

        menu.clear()
        if self.sets is None:
            menu.addAction(self.window.docks.unavailable_reason).setEnabled(False)
            return
        try:
            sets = self.sets.highlight_sets()
        except BroadsheetError as error:
            menu.addAction(str(error)).setEnabled(False)
            return
        if not sets:
            menu.addAction(self.tr("No saved sets")).setEnabled(False)
            return
        for name, terms in sets.items():
            action = QAction(f"{name}  —  {', '.join(terms)}", menu)
            action.triggered.connect(lambda _checked=False, n=name: self.use_set(n))
            menu.addAction(action)
        menu.addSeparator()
        delete = menu.addMenu(self.tr("Delete"))
        for name in sets:
            action = QAction(name, delete)
            action.triggered.connect(lambda _checked=False, n=name: self.delete_set(n))
            delete.addAction(action)
