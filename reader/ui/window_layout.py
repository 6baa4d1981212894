"""Widths that keep the window readable: the reading pane's minimum (about 40 Latin or 20
Chinese characters at the current size), the panes and panels that give way to it, window or
dialog rectangles kept on the screen, and a table's columns kept inside a narrow panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer
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


#: A hidden table's columns are measured on this many of its first rows (``columns_width``).
SAMPLE_ROWS = 20


def rows_width(table: QTableView, column: int) -> int:
    """The widest of ``column``'s cells in the rows on screen; in a hidden table, in its first
    ``SAMPLE_ROWS`` rows. (Qt's own measure of a hidden table reads every row: opening the
    Library panel on 1,035 issues stalled the window for a second, 200,000 reads for 5,000.)"""
    if table.isVisible():
        return table.sizeHintForColumn(column)
    model = table.model()
    rows = min(model.rowCount(), SAMPLE_ROWS)
    return max(
        (table.sizeHintForIndex(model.index(row, column)).width() for row in range(rows)),
        default=0,
    )


def columns_width(table: QTableView, stretch_characters: int = 24) -> int:
    """The width a table needs to show every column whole (the stretching one at about
    ``stretch_characters`` characters): a panel's natural width."""
    header = table.horizontalHeader()
    width = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    character = table.fontMetrics().averageCharWidth()
    # (every column: one hidden by a ``ColumnFitter`` for want of room is wanted all the same)
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            width += character * stretch_characters
        else:
            width += max(header.sectionSizeHint(column), rows_width(table, column))
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
    ``readable_pane_width``; the headline list, the docked panels and the page pane give way
    instead, so the window never grows past the size it was given (nor saves such a size).
    A page pane with nothing to draw (``PagePane.blank``: a plain-text issue) closes before the
    list collapses, and comes back only with room for the list beside it.

    As room runs out, the list narrows to ``LIST_MIN``, then the panels narrow to their
    useful minimum (``panel_minimum``), then the list collapses, then the page pane (``p``)
    closes for want of room; a panel that cannot fit beside a readable pane on the screen
    floats over the window (``_float_panels_without_room``). As room comes back, the page pane
    opens again first, then the list (unless the reader collapsed it by hand). The pane's
    minimum follows the text size (``refresh``).
    """

    #: The narrowest useful headline list; below it the list collapses.
    LIST_MIN = 150
    #: The narrowest useful page pane; below it the open pane closes until there is room.
    PAGE_MIN = 120
    #: The narrowest the guard makes a docked panel (``panel_minimum``).
    PANEL_MIN = 180

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.splitter = window.splitter
        self.pane = window.pane
        self.page = window.page_pane
        self._collapsed_here = False
        self._pending = False
        self._shrink_after_floating = False
        list_column = self.splitter.widget(0)
        assert list_column is not None  # (the list's column is made before the guard)
        self.list_column = list_column
        # The list's and the page's own minimums are small so that the window can narrow (and
        # is not pushed wider than the screen when a panel opens): the guard decides when they
        # are too narrow to be of use.
        self.list_column.setMinimumWidth(1)
        self.page.container.setMinimumWidth(1)
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.installEventFilter(self)
        self.splitter.splitterMoved.connect(self._on_moved)
        # (after the page pane's own slot: whether it is blank follows the issue shown)
        window.issueShown.connect(self._on_issue)
        self.refresh()

    @property
    def list_collapsed(self) -> bool:
        return self.splitter.sizes()[0] == 0

    @property
    def list_gave_way(self) -> bool:
        """The list is collapsed because it gave way for room (not by the reader's hand)."""
        return self._collapsed_here and self.list_collapsed

    def restore_list_gave_way(self, gave_way: bool) -> None:
        """After a saved splitter is restored: whether its collapsed list gave way for room
        (``list_gave_way`` as it was saved), so that it comes back once there is room again;
        without this, a list that gave way at 800x600 stayed collapsed in every later run."""
        self._collapsed_here = gave_way
        self.schedule()

    def refresh(self) -> None:
        """Set the pane's minimum for the current text size, and fit again."""
        self.pane.setMinimumWidth(readable_pane_width(self.pane))
        self.schedule()

    def schedule(self) -> None:
        """Fit once the current round of resizes is over (docks shown, window resized)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)  # (not after the window is gone)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def _on_issue(self, _issue: object) -> None:
        self.schedule()  # a blank page pane may go, or one with a picture come back

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
        """Share the reading area out: the pane's minimum first, then the list, then the
        panels, then the page pane."""
        self._pending = False
        sizes = self.splitter.sizes()
        if not sizes or sum(sizes) == 0:
            return
        if self._float_panels_without_room():
            self.schedule()
            return
        handle = self.splitter.handleWidth()
        page_open = self.page.visible
        # Room for the list: what is left beside the pane's and the page's minimums and the
        # handles of the widgets shown (a closed page has no handle).
        beside = self.PAGE_MIN + handle if page_open else 0
        room = self.splitter.width() - handle - self.pane.minimumWidth() - beside
        if page_open and room < self._list_before_blank_page(sizes):
            self.page.give_way()  # a pane with nothing to draw goes before the list
            self.schedule()
        elif sizes[0] > 0 and room < self.LIST_MIN:
            if self._narrow_panels(self.LIST_MIN - room):
                self.schedule()  # the window lays the docks out again, then we look once more
                return
            self.splitter.setSizes([0, sizes[0] + sizes[1], *sizes[2:]])
            self._collapsed_here = True
            self.schedule()
        elif page_open and room < 0:
            if self._narrow_panels(-room):
                self.schedule()
                return
            self.page.give_way()
            self.schedule()
        elif (
            self.page.squeezed
            and room >= self.PAGE_MIN + handle + self._list_before_blank_page(sizes)
            and not self._full_screen
        ):
            self.page.come_back()
            self.schedule()
        elif self._collapsed_here and sizes[0] == 0 and room >= self.LIST_MIN:
            width = min(room, self.LIST_MIN * 2)
            # From the pane down to its minimum, the rest from the page (which keeps its own).
            from_pane = min(width, max(0, sizes[1] - self.pane.minimumWidth()))
            rest = [sizes[2] - (width - from_pane)] if len(sizes) > 2 else []
            self.splitter.setSizes([width, sizes[1] - from_pane, *rest])
            self._collapsed_here = False
            self.schedule()
        elif (
            self._collapsed_here
            and sizes[0] == 0
            and self._panels_spare() >= self.LIST_MIN - room
            and self._narrow_panels(self.LIST_MIN - room)
        ):
            # A list that gave way beside a wide panel (restored so after a restart: a panel
            # 338 px wide at 800x600) comes back when the panels can narrow to make its room.
            self.schedule()
        elif page_open and len(sizes) > 2 and sizes[2] < self.PAGE_MIN:
            self.page.make_room()

    def _list_before_blank_page(self, sizes: list[int]) -> int:
        """The room a blank page pane leaves the list before it comes back: the list's
        narrowest when the list is shown or gave way (it comes back first), else none."""
        if self.page.blank and (sizes[0] > 0 or self._collapsed_here):
            return self.LIST_MIN
        return 0

    @property
    def _full_screen(self) -> bool:
        return self.window.isFullScreen()

    def _float_panels_without_room(self) -> bool:
        """When no docked panel fits beside a readable pane on this screen (the window was
        pushed past the screen's edge: the Bookmarks panel at a 2x scale), the panels float
        over the window's right side instead, and the window goes back onto the screen."""
        window = self.window
        if self._shrink_after_floating:
            # (the window's minimum has dropped only now that the panels are out of it)
            self._shrink_after_floating = False
            keep_on_screen(window)
            return True
        if window.isFullScreen() or not window.isVisible():
            return False
        available = available_geometry(window)
        decorations = window.frameGeometry().width() - window.width()
        if window.minimumSizeHint().width() + decorations <= available.width():
            return False
        docks = self._docks_beside()
        if not docks:
            return False
        inner = window.geometry()
        for dock in docks:
            width = min(dock.sizeHint().width(), available.width() // 2)
            dock.setFloating(True)
            place = QRect(inner.right() + 1 - width, inner.top(), width, inner.height())
            dock.setGeometry(clamp_rect(place, available))
            keep_on_screen(dock)  # (its frame too)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "LayoutGuard",
                "No room for a panel beside the story on this screen: it floats over the window",
            ),
            8000,
        )
        self._shrink_after_floating = True
        return True

    def panel_minimum(self, dock: QDockWidget) -> int:
        """The narrowest a docked panel is made to give room: its own minimum, and never below
        ``PANEL_MIN`` (a search panel's minimum left 80 px, its hint one word a line)."""
        return max(dock.minimumSizeHint().width(), self.PANEL_MIN)

    def _panels_spare(self) -> int:
        """The pixels the docked panels beside the story could give (down to their minimum)."""
        return sum(max(0, d.width() - self.panel_minimum(d)) for d in self._docks_beside())

    def _narrow_panels(self, wanted: int) -> bool:
        """Take up to ``wanted`` pixels from the docked panels; False when they give none.

        The window lays the docks out at once (``activate``), so whether they narrowed is
        known here: before, the answer was guessed from the widths seen on the guard's last
        look, and under load Qt had not always laid them out by then, so a panel that could
        still narrow was taken for one that would not, and the page pane closed in place of
        the list collapsing (one run in three)."""
        docks = self._docks_beside()
        spare = {dock: dock.width() - self.panel_minimum(dock) for dock in docks}
        docks = [dock for dock in docks if spare[dock] > 4]
        if not docks:
            return False
        before = [dock.width() for dock in docks]
        widths = []
        for dock in docks:
            take = min(spare[dock], wanted)
            widths.append(dock.width() - take)
            wanted -= take
        self.window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
        layout = self.window.layout()
        if layout is not None:
            layout.activate()
        return any(dock.width() < width for dock, width in zip(docks, before, strict=True))


class ColumnFitter(QObject):
    """Keeps a table's columns inside its width, so that a narrow panel never scrolls sideways.

    The first column stretches over what is left (at least ``stretch_characters`` characters,
    its text elided beyond: at 10, an 800x600 window's panels cut a headline or a paper's name
    to "TEN MEN OF HER …" and "The Haw…" beside an issue's title and counts shown whole); each
    other column keeps its natural width (its header or its widest row on screen, at most
    ``MAX_CHARACTERS`` characters). When they do not all fit,
    the least important ones go, in the reverse of ``priority`` (the most important first;
    one that does not fit takes the less important ones with it), and they come back as the
    table widens.
    """

    #: No column but the stretching one is wider than this many characters.
    MAX_CHARACTERS = 24

    def __init__(
        self, table: QTableView, priority: tuple[int, ...], stretch_characters: int = 20
    ) -> None:
        super().__init__(table)
        self.table = table
        self.priority = priority
        self.stretch_characters = stretch_characters
        self._pending = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        # Measure the rows on screen only: by default Qt's size hint reads up to 1,000 rows of
        # the model around them, 5,000 calls into a Python model for five columns (a stall of
        # 110 ms on the GUI thread each time an import's rows came in).
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.schedule)
        model.dataChanged.connect(self.schedule)
        self.schedule()

    def schedule(self, *_args: object) -> None:
        """Fit once the current round of changes is over."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)  # (not after the table is gone)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def fit(self) -> None:
        """Show the columns that fit beside the stretching one, by priority; hide the rest."""
        self._pending = False
        if not self.table.isVisible():  # (fitted when shown; a hidden one may have no data)
            return
        table, header = self.table, self.table.horizontalHeader()
        character = table.fontMetrics().averageCharWidth()
        room = table.viewport().width() - character * self.stretch_characters
        widest = character * self.MAX_CHARACTERS
        # (Qt measures a hidden column as empty: each is shown to be measured.)
        for column in self.priority:
            header.setSectionHidden(column, False)
        naturals = [
            min(widest, max(header.sectionSizeHint(column), table.sizeHintForColumn(column)))
            for column in self.priority
        ]
        fits = True
        for column, natural in zip(self.priority, naturals, strict=True):
            # (once one goes, so do the less important ones, however narrow)
            fits = fits and natural <= room
            header.setSectionHidden(column, not fits)
            if fits:
                header.resizeSection(column, natural)
                room -= natural
