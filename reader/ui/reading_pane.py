"""The reading pane: an article as escaped HTML in a read-only browser that loads nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QTextDocument, QTextFrameFormat

# QTextCursor and QTextCharFormat are imported where hits are marked or walked: PySide6 builds
# a class's enums when its name is first imported, and a launch with no terms needs neither.
from PySide6.QtWidgets import QAbstractSlider, QApplication, QTextBrowser, QTextEdit, QWidget

from reader.text.highlight import shown_offsets
from reader.ui.article_html import (
    HIT_ANCHOR,
    JUMP_SCHEME,
    MarkedBlock,
    PaneStyle,
    PaneText,
    ReadingFonts,
    highlight_colours,
    page_text_font,
)
from reader.ui.reading_settings import ReadingSettings
from reader.ui.themes import Theme, is_dark, resolve_theme

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl


class InertDocument(QTextDocument):
    """A text document that never loads a resource.

    ``QTextDocument.loadResource`` falls back to reading local files itself when the widget's
    hook returns nothing, so overriding the browser alone is not enough: this override is the
    one place every image or style-sheet lookup ends, and it returns empty data.
    """

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return QByteArray()


class ReadingPane(QTextBrowser):
    """Shows one article. Read-only; follows no link and loads no resource, by construction."""

    #: The reader clicked a teaser's jump: (page number, article id or "").
    jumpRequested = Signal(int, str)
    #: The shown article changed; the number of hits marked in it.
    hitsMarked = Signal(int)

    #: Margin kept on each side of the column even in a narrow window, in pixels.
    MIN_MARGIN = 28

    def __init__(self, fonts: ReadingFonts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_viewport()
        self.setObjectName("readingPane")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setDocument(InertDocument(self))
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setFont(page_text_font(self.font()))
        self.anchorClicked.connect(self._on_anchor)
        #: The fonts found installed; ``_fonts`` are those with the reader's choices applied.
        self._installed_fonts = fonts
        self._fonts = fonts
        self._reading = ReadingSettings()
        self._theme: Theme | None = None
        self._setting_palette = False
        self._zoom = 0
        self._hits: list[tuple[int, int]] = []
        self._current_hit = -1
        self._render: Callable[[PaneStyle], str | PaneText] | None = None
        self._apply_colours()

    def _own_viewport(self) -> None:
        """Give the pane a viewport made here, set up as QTextBrowser sets up its own.

        The first call of ``viewport()`` on a viewport Qt made costs ~10 ms of start-up:
        PySide6 then has to work out its Python type and loads every QWidget subclass of
        QtWidgets (with their enums) to do so. A viewport created from Python is known already.
        """
        viewport = QWidget(self)
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        viewport.setMouseTracking(True)
        self.setViewport(viewport)

    # Safety -------------------------------------------------------------------------------
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Never load anything: no image, style sheet or file named by any text reaches us.

        An empty (but valid) value: returning ``None`` here made PySide6 drop a reference to
        None on every call, and Qt treats a null value as "go and read the file yourself".
        """
        return QByteArray()

    def setSource(self, *args: Any, **kwargs: Any) -> None:
        """Navigation is disabled: the pane only shows what ``show_html`` gives it."""

    def _on_anchor(self, url: QUrl) -> None:
        from PySide6.QtCore import QUrlQuery

        if url.scheme() != JUMP_SCHEME or url.path() != "jump":
            return
        query = QUrlQuery(url)
        try:
            page = int(query.queryItemValue("page"))
        except ValueError:
            return
        self.jumpRequested.emit(page, query.queryItemValue("article"))

    # Look ---------------------------------------------------------------------------------
    @property
    def style_info(self) -> PaneStyle:
        theme = self._theme
        if theme is None:  # no theme chosen: the application's palette decides light or dark
            theme = resolve_theme("system", is_dark(QApplication.palette()))
        return PaneStyle(fonts=self._fonts, zoom=self._zoom, theme=theme, reading=self._reading)

    @property
    def reading(self) -> ReadingSettings:
        return self._reading

    @property
    def installed_fonts(self) -> ReadingFonts:
        """The fonts found installed (what "automatic" means in the reading settings)."""
        return self._installed_fonts

    def set_look(self, reading: ReadingSettings, theme: Theme | None) -> None:
        """Set stories with ``reading`` (fonts, size, spacing, column) on ``theme``'s paper
        (None: light or dark as the application's palette is); the shown story is redrawn."""
        if reading == self._reading and theme == self._theme:
            return
        if (reading.cjk_family, reading.latin_family) != (
            self._reading.cjk_family,
            self._reading.latin_family,
        ):
            self._fonts = self._installed_fonts.chosen(reading.cjk_family, reading.latin_family)
        self._reading, self._theme = reading, theme
        self._apply_colours()
        if self._render is not None:
            self.rerender()  # (which sets the column too)
        else:
            self._apply_column(force=True)

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, zoom: int) -> None:
        if zoom == self._zoom:
            return
        self._zoom = zoom
        self.rerender()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._setting_palette:
            self._apply_colours()
            if self._theme is None:  # the palette decides light or dark: the text's colours too
                self.rerender()

    def _apply_colours(self) -> None:
        """Paper colour through the palette (a style sheet would cost every paint)."""
        style = self.style_info
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(style.paper))
        palette.setColor(QPalette.ColorRole.Text, QColor(style.text))
        self._setting_palette = True
        self.setPalette(palette)
        self._setting_palette = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_column()

    def _apply_column(self, force: bool = False) -> None:
        """Centre a column of comfortable width by setting the root frame's side margins (each
        change lays the whole document out again: only when they change, or with ``force``)."""
        width = self.viewport().width()
        style = self.style_info
        column = style.pixels * style.reading.column_ems
        side = max(self.MIN_MARGIN, (width - column) / 2)
        frame = self.document().rootFrame()
        fmt: QTextFrameFormat = frame.frameFormat()
        if not force and abs(fmt.leftMargin() - side) < 0.5:
            return
        if force:
            # A fresh document: lay it out once from scratch (margins Qt has not seen yet), or
            # its lazily laid-out tail keeps the heights of the narrower default frame.
            fmt.setLeftMargin(-1)
            frame.setFrameFormat(fmt)
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(max(24.0, style.pixels * 1.8))
        fmt.setBottomMargin(max(48.0, style.pixels * 4))
        frame.setFrameFormat(fmt)

    # Content ------------------------------------------------------------------------------
    def show_html(self, render: Callable[[PaneStyle], str | PaneText]) -> None:
        """Show what ``render(style)`` returns (HTML, or a ``PaneText`` whose hits are marked
        after the layout); kept so zoom or theme changes can redraw it."""
        self._render = render
        self.rerender(keep_position=False)

    def clear_content(self) -> None:
        self._render = None
        self.clear()
        self._hits = []
        self._current_hit = -1
        self.setExtraSelections([])

    def rerender(self, keep_position: bool = True) -> None:
        if self._render is None:
            return
        bar = self.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if keep_position and bar.maximum() else 0.0
        current = self._current_hit if keep_position else -1  # (the same story, drawn again)
        document = self.document()
        document.setDefaultFont(self.font())
        style = self.style_info
        rendered = self._render(style)
        html = rendered if isinstance(rendered, str) else rendered.html
        self.setHtml(html)
        self._apply_column(force=True)  # a new document: its root frame has no margins yet
        if isinstance(rendered, str):
            self._collect_hits(has_hits=HIT_ANCHOR in html)
        else:
            self._mark_hits(rendered.blocks, style.muted)
        if 0 <= current < len(self._hits):
            self._outline_hit(current)
        bar.setValue(round(ratio * bar.maximum()))
        self.hitsMarked.emit(len(self._hits))

    def _mark_hits(self, blocks: tuple[MarkedBlock, ...], muted: str) -> None:
        """Colour the hits of ``blocks`` in the laid-out document, in one edit: block ``n`` is
        the paragraph whose user state is ``n``; its hits (and the doubtful words inside them,
        which keep their dimmed colour) are mapped onto its text by ``shown_offsets``. A
        paragraph whose text does not map keeps its hits unmarked (none is guessed)."""
        hits: list[tuple[int, int]] = []
        if blocks:
            from PySide6.QtGui import QTextCharFormat, QTextCursor  # (see the top)

            formats: dict[int, QTextCharFormat] = {}
            doubt = QTextCharFormat()
            doubt.setForeground(QColor(muted))
            document = self.document()
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            block = document.begin()
            while block.isValid():
                state = block.userState()
                if 0 <= state < len(blocks):
                    marked = blocks[state]
                    offsets = shown_offsets(marked.text, block.text())
                    base = block.position()
                    for span in marked.spans if offsets is not None else ():
                        assert offsets is not None
                        start, end = base + offsets[span.start], base + offsets[span.end]
                        fmt = formats.get(span.term)
                        if fmt is None:
                            background, foreground = highlight_colours(span.term)
                            fmt = formats[span.term] = QTextCharFormat()
                            fmt.setBackground(QColor(background))
                            fmt.setForeground(QColor(foreground))
                        cursor.setPosition(start)
                        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                        cursor.mergeCharFormat(fmt)
                        for low, high in marked.doubts:
                            low, high = max(low, span.start), min(high, span.end)
                            if low < high:
                                cursor.setPosition(base + offsets[low])
                                cursor.setPosition(
                                    base + offsets[high], QTextCursor.MoveMode.KeepAnchor
                                )
                                cursor.mergeCharFormat(doubt)
                        hits.append((start, end))
                block = block.next()
            cursor.endEditBlock()
        self._hits = hits
        self._current_hit = -1
        self.setExtraSelections([])

    def _collect_hits(self, has_hits: bool = True) -> None:
        """Find the marked hits in the laid-out document (none to find without ``has_hits``).

        Qt puts a hit's anchor name on its first character only, so a hit runs from a fragment
        named "hit-N" over the following coloured fragments until the colour stops or the next
        hit starts.
        """
        hits: list[tuple[int, int]] = []
        current: list[int] | None = None
        block = self.document().begin() if has_hits else self.document().end()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                iterator += 1
                if not fragment.isValid():
                    continue
                fmt = fragment.charFormat()
                if fmt.isAnchor() and any(name.startswith("hit-") for name in fmt.anchorNames()):
                    if current is not None:
                        hits.append((current[0], current[1]))
                    start = fragment.position()
                    current = [start, start + fragment.length()]
                elif current is not None:
                    start = fragment.position()
                    if current[1] == start and fmt.background().style() != Qt.BrushStyle.NoBrush:
                        current[1] = start + fragment.length()
                    else:
                        hits.append((current[0], current[1]))
                        current = None
            if current is not None:
                hits.append((current[0], current[1]))
                current = None
            block = block.next()
        self._hits = hits
        self._current_hit = -1
        self.setExtraSelections([])

    # Hits ---------------------------------------------------------------------------------
    @property
    def hit_count(self) -> int:
        return len(self._hits)

    @property
    def current_hit(self) -> int:
        return self._current_hit

    def hit_range(self, number: int) -> tuple[int, int]:
        """Where hit ``number`` is in the pane's document: (start, end) positions."""
        return self._hits[number]

    def hit_text(self, number: int) -> str:
        from PySide6.QtGui import QTextCursor  # (see the top)

        start, end = self.hit_range(number)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def _outline_hit(self, number: int) -> None:
        """Make hit ``number`` the current one, outlined in the theme's accent (no scrolling)."""
        from PySide6.QtGui import QTextCharFormat, QTextCursor  # (see the top)

        self._current_hit = number
        start, end = self._hits[number]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.style_info.accent))
        fmt.setForeground(QColor("#ffffff"))
        selection.format = fmt
        self.setExtraSelections([selection])

    def select_hit(self, number: int) -> bool:
        """Scroll to hit ``number`` (negative counts from the end) and outline it."""
        from PySide6.QtGui import QTextCursor  # (see the top)

        if not self._hits:
            return False
        if number < 0:
            number += len(self._hits)
        if not 0 <= number < len(self._hits):
            return False
        self._outline_hit(number)
        start, _end = self._hits[number]
        caret = QTextCursor(self.document())
        caret.setPosition(start)
        self.setTextCursor(caret)
        self.ensureCursorVisible()
        return True

    def step_hit(self, forward: bool) -> bool:
        """Go to the next (or previous) hit; False when there is none left in this article."""
        if forward:
            return self.select_hit(self._current_hit + 1)
        if self._current_hit == -1:
            return self.select_hit(len(self._hits) - 1)
        return self._current_hit > 0 and self.select_hit(self._current_hit - 1)

    # Scrolling ----------------------------------------------------------------------------
    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def at_top(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() <= bar.minimum()

    def page_down(self) -> None:
        self.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)

    def page_up(self) -> None:
        self.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def scroll_to_bottom(self) -> None:
        """To the end of the story. Qt lays a long document out lazily, a screenful at a time,
        so the scroll bar's maximum is short of the end until the caret has been there."""
        from PySide6.QtGui import QTextCursor  # (see the top)

        caret = QTextCursor(self.document())
        caret.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(caret)
        self.ensureCursorVisible()
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def plain_text(self) -> str:
        return self.document().toPlainText()
