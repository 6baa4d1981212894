"""Widths that keep the window readable: the reading pane's minimum (about 40 Latin or 20
Chinese characters at the current size), and window or dialog rectangles kept on the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QHeaderView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QTableView, QWidget

    from reader.ui.main_window import MainWindow
    from reader.ui.reading_pane import ReadingPane

#: The narrowest comfortable line: this many Latin characters ...
READABLE_LATIN = 40
#: ... or this many Chinese ones, whichever is wider.
READABLE_CJK = 20
#: A sample of Latin text whose mean advance stands for an average character.
_LATIN_SAMPLE = "the quick brown fox jumps over the lazy dog"


def readable_text_width(latin: QFont, pixels: float) -> int:
    """Pixels taken by a line of ``READABLE_LATIN`` characters in ``latin`` or ``READABLE_CJK``
    Chinese ones (the wider), both at ``pixels`` pixels.

    A Chinese character is one em wide by design, so it is not measured: measuring would load
    the CJK face (10-40 ms on the start-up path, for a window that may show no Chinese).
    """
    sized = QFont(latin)
    sized.setPixelSize(max(1, round(pixels)))
    advance = QFontMetricsF(sized).horizontalAdvance(_LATIN_SAMPLE) / len(_LATIN_SAMPLE)
    return round(max(advance * READABLE_LATIN, pixels * READABLE_CJK))


def readable_pane_width(pane: ReadingPane) -> int:
    """The reading pane's minimum width: a readable line in the pane's Latin face, its side
    margins and its scroll bar."""
    style = pane.style_info
    latin = QFont(pane.font())
    family = style.fonts.serif or style.fonts.sans
    if family:
        latin.setFamilies([family])
    text = readable_text_width(latin, style.pixels)
    scroll_bar = pane.verticalScrollBar().sizeHint().width()
    return text + 2 * pane.MIN_MARGIN + scroll_bar + 2 * pane.frameWidth()


def columns_width(table: QTableView, stretch_characters: int = 24) -> int:
    """The width a table needs to show every column whole (the stretching one at about
    ``stretch_characters`` characters): a panel's natural width."""
    header = table.horizontalHeader()
    width = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    character = table.fontMetrics().averageCharWidth()
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            width += character * stretch_characters
        else:
            width += max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
    return width


def clamp_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` moved (then shrunk, if it must be) to lie inside ``available``."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = min(max(rect.left(), available.left()), available.right() + 1 - width)
    top = min(max(rect.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def available_geometry(widget: QWidget) -> QRect:
    """The available area of the screen ``widget`` is on (the primary one if it has none)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def keep_on_screen(widget: QWidget) -> None:
    """Move (then shrink) a top-level ``widget`` so that its frame lies on its screen's available
    area (a maximised or full-screen one is left alone)."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    frame, inner = widget.frameGeometry(), widget.geometry()
    fitted = clamp_rect(frame, available_geometry(widget))
    if fitted != frame:
        # The frame is larger than the widget by its decorations.
        widget.resize(
            fitted.width() - (frame.width() - inner.width()),
            fitted.height() - (frame.height() - inner.height()),
        )
        widget.move(fitted.topLeft())


def fit_size(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, no larger than the available area of ``widget``'s screen."""
    available = available_geometry(widget)
    return QSize(min(wanted.width(), available.width()), min(wanted.height(), available.height()))


class LayoutGuard(QObject):
    """Keeps the reading pane readable as the window narrows: the pane never goes below
    ``readable_pane_width``; the headline list and the docked panels give way instead.

    As room runs out, the list narrows to ``LIST_MIN``, then the panels narrow to their
    minimum, then the list collapses (it comes back when there is room again, unless the reader
    collapsed it by hand). The pane's minimum follows the text size (``refresh``).
    """

    #: The narrowest useful headline list; below it the list collapses.
    LIST_MIN = 150

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.splitter = window.splitter
        self.pane = window.pane
        self._collapsed_here = False
        self._pending = False
        self._last_dock_widths: list[int] = []
        self.list_column = self.splitter.widget(0)
        # The list's own minimum is small so that the window can narrow; the guard decides
        # when it is too narrow to be of use.
        self.list_column.setMinimumWidth(1)
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.installEventFilter(self)
        self.splitter.splitterMoved.connect(self._on_moved)
        self.refresh()

    @property
    def list_collapsed(self) -> bool:
        return self.splitter.sizes()[0] == 0

    def refresh(self) -> None:
        """Set the pane's minimum for the current text size, and fit again."""
        self.pane.setMinimumWidth(readable_pane_width(self.pane))
        self.schedule()

    def schedule(self) -> None:
        """Fit once the current round of resizes is over (docks shown, window resized)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def _on_moved(self, _position: int, _index: int) -> None:
        # A drag by the reader: a list collapsed by hand stays collapsed.
        self._collapsed_here = False

    def _docks_beside(self) -> list[QDockWidget]:
        from PySide6.QtWidgets import QDockWidget

        window = self.window
        sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        return [
            dock
            for dock in window.findChildren(QDockWidget)
            if dock.isVisible() and not dock.isFloating() and window.dockWidgetArea(dock) in sides
        ]

    def fit(self) -> None:
        """Share the reading area out: the pane's minimum first, then the list, then panels."""
        self._pending = False
        sizes = self.splitter.sizes()
        if not sizes or sum(sizes) == 0:
            return
        handle = self.splitter.handleWidth()
        others = sum(sizes[2:]) + handle * (len(sizes) - 1)  # the page picture, the handles
        room = self.splitter.width() - others - self.pane.minimumWidth()
        if sizes[0] > 0:
            if room >= self.LIST_MIN:
                return
            if self._narrow_panels(self.LIST_MIN - room):
                self.schedule()  # the window lays the docks out again, then we look once more
                return
            self.splitter.setSizes([0, sizes[0] + sizes[1], *sizes[2:]])
            self._collapsed_here = True
        elif self._collapsed_here and room >= self.LIST_MIN:
            width = min(room, self.LIST_MIN * 2)
            self.splitter.setSizes([width, sizes[1] - width, *sizes[2:]])
            self._collapsed_here = False

    def _narrow_panels(self, wanted: int) -> bool:
        """Take up to ``wanted`` pixels from the docked panels; False when they have none."""
        docks = self._docks_beside()
        spare = {dock: dock.width() - dock.minimumSizeHint().width() for dock in docks}
        docks = [dock for dock in docks if spare[dock] > 4]
        before = [dock.width() for dock in docks]
        if not docks or before == self._last_dock_widths:  # none to spare, or they would not go
            self._last_dock_widths = []
            return False
        self._last_dock_widths = before
        widths = []
        for dock in docks:
            take = min(spare[dock], wanted)
            widths.append(dock.width() - take)
            wanted -= take
        self.window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
        return True
