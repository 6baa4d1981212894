"""The page pane: the window's collaborator that puts the page view (``reader.ui.page_view``)
beside the reading pane, follows the shown story, selects the story of a clicked zone and
remembers whether the pane is open.

Apart from the view's module so that the window does not import it (and PySide6 does not load
its QGraphics classes: ~7 ms of CPU after the window's other imports, measured under load)
until the pane is first opened; a reader who leaves the pane closed never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.ui.window_layout import LayoutGuard

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

    from reader.model import Issue
    from reader.page_image import DecoderProcess
    from reader.ui.main_window import MainWindow
    from reader.ui.page_view import PageView


class PagePane(QObject):
    """The page pane in the window: beside the reading pane, following the shown story.

    Its container sits in the splitter from the start (so the splitter's saved sizes hold), but
    the view, its scene and the message label are built when the pane is first opened (or
    ``view`` is first asked for): a closed pane costs the window's start-up nothing.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.container = QWidget(window)
        self.container.setObjectName("pagePane")
        self.container.setAccessibleName(QCoreApplication.translate("PagePane", "Page"))
        self._layout = QVBoxLayout(self.container)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._decoder: DecoderProcess | None = None
        self._view: PageView | None = None
        self._label: QLabel | None = None
        self._colours: tuple[QColor, QColor] | None = None  # the theme's, for the view
        #: Open, but closed by the layout guard for want of room (``give_way``).
        self._squeezed = False
        #: The shown issue has no picture and no positions on any page (``blank``).
        self._blank = False
        window.splitter.addWidget(self.container)
        window.splitter.setStretchFactor(2, 1)
        window.splitter.setSizes([300, 520, 460])  # a saved state, restored next, wins
        window.issueShown.connect(self._on_issue)
        window.articleShown.connect(self._on_article)
        # The page follows the story in a turn of the event loop of its own (coalesced, in the
        # window's ``turns``), not in the one that shows the story: drawing a page's sketch and
        # zooming it take their time.
        self.container.setVisible(window.settings.page_visible)
        if self.visible:
            self._build()
            window.runner.start(self.decoder.start)

    @property
    def decoder(self) -> DecoderProcess:
        """The pictures' decoder, made when first wanted: its module (``reader.page_image``,
        with the formats' registry: ~2 ms of CPU) is not imported with a closed pane."""
        if self._decoder is None:
            from reader.page_image import DecoderProcess

            self._decoder = DecoderProcess()
        return self._decoder

    @property
    def view(self) -> PageView:
        """The page view (built now if the pane was never opened)."""
        if self._view is None:
            self._build()
            assert self._view is not None
        return self._view

    @property
    def label(self) -> QLabel:
        """The line above the page saying what is shown (no layout, no picture …)."""
        if self._label is None:
            self._build()
            assert self._label is not None
        return self._label

    def _build(self) -> None:
        from reader.ui.page_view import PageView

        label = QLabel(self.container)
        label.setObjectName("pageMessage")
        label.setTextFormat(Qt.TextFormat.PlainText)  # (page names and paths are the page's)
        label.setWordWrap(True)
        label.setContentsMargins(8, 4, 8, 4)
        label.setStyleSheet("color: palette(placeholder-text);")
        label.hide()
        view = PageView(self.window.runner, self.decoder, self.container)
        self._layout.addWidget(label)
        self._layout.addWidget(view, 1)
        self._label, self._view = label, view
        if self._colours is not None:
            view.set_colours(*self._colours)
        view.zoneClicked.connect(self._on_zone_clicked)
        for signal in (view.pictureShown, view.pictureFailed, view.outlineMoved):
            signal.connect(self._update_label)

    def close(self) -> None:
        """Stop the decoder's child process (the window calls this once its workers are done)."""
        if self._decoder is not None:
            self._decoder.close()

    @property
    def visible(self) -> bool:
        """The pane is on screen (open, and not closed for want of room)."""
        return not self.container.isHidden()

    @property
    def open(self) -> bool:
        """The reader opened the pane (``p``), whether or not there is room to show it."""
        return self.visible or self._squeezed

    @property
    def blank(self) -> bool:
        """The shown issue gives the pane nothing to draw: no page has a picture or positions
        (plain OCR text). Short of room, a blank pane gives way before the headline list."""
        return self._blank

    @property
    def squeezed(self) -> bool:
        """The pane is open but closed for want of room (``give_way``)."""
        return self._squeezed

    def set_visible(self, visible: bool) -> None:
        """Open or close the pane (``p``); remembered in the settings for the next start."""
        if visible == self.open:
            return
        self._squeezed = False
        self.container.setVisible(visible)
        self.window.settings.page_visible = visible
        if visible:
            self.window.runner.start(self.decoder.start)
            self._follow_current()

    def give_way(self) -> None:
        """Close the open pane while the window has no room for it beside a readable story and
        the panels (``LayoutGuard``); the reader's choice is kept, and it comes back with room.
        A blank pane goes without a word: nothing the reader could see is closed."""
        if not self.visible:
            return
        self._squeezed = True
        self.container.hide()
        if self._blank:
            return
        self.window.statusBar().showMessage(self._closed_message(), 8000)

    @staticmethod
    def _closed_message() -> str:
        return QCoreApplication.translate(
            "PagePane",
            "The page picture is closed for want of room: widen the window or close a panel",
        )

    def come_back(self) -> None:
        """Show the pane again once there is room (after ``give_way``)."""
        if not self._squeezed:
            return
        self._squeezed = False
        self.container.show()
        self._follow_current()
        # The word that it closed goes with it (it stayed up to 8 s beside the pane come back).
        bar = self.window.statusBar()
        if bar.currentMessage() == self._closed_message():
            bar.clearMessage()

    def set_colours(self, backdrop: QColor, sketch_paper: QColor) -> None:
        """The theme's colours for the view (kept until it is built, if the pane is closed)."""
        self._colours = (backdrop, sketch_paper)
        if self._view is not None:
            self._view.set_colours(backdrop, sketch_paper)

    # The keys' handlers (named in the keymap; the view is built only when one is used).
    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def fit_width(self) -> None:
        self.view.fit_width()

    def make_room(self) -> None:
        """Give the open pane half the reading area when it has next to none (a splitter state
        saved before the pane existed, or while it was closed), as far as the reading pane's
        readable minimum allows; the headline list gives way first, down to its narrowest
        useful width (in an 800-pixel window the page had 68 pixels, the list 265)."""
        sizes = self.window.splitter.sizes()
        if len(sizes) != 3 or sizes[2] >= LayoutGuard.PAGE_MIN:
            return
        total, listed = sum(sizes), sizes[0]
        page = (total - listed) // 2
        reading = max(self.window.pane.minimumWidth(), total - listed - page)
        if listed and listed + reading + page > total:
            listed = max(LayoutGuard.LIST_MIN, total - reading - page)
        self.window.splitter.setSizes([listed, reading, max(0, total - listed - reading)])

    def _on_issue(self, issue: Issue) -> None:
        self._blank = not any(page.has_layout for page in issue.pages)
        if self._view is not None:
            self._view.set_issue(issue)
        self._follow_current()

    def _on_article(self, _row_id: str) -> None:
        # (before the rest of the list: the story's page is on screen, the list's end is not;
        # a closed pane has nothing to follow, and a turn for nothing would still wait its
        # pause before the list's next piece)
        if self.visible:
            self.window.turns.add("page", self._follow_current, first=True)

    def _follow_current(self) -> None:
        self.window.turns.cancel("page")  # (followed now: a pending turn would only repeat it)
        if not self.visible or self.window.issue is None:
            return
        self.make_room()
        if self.view.issue is not self.window.issue:
            self.view.set_issue(self.window.issue)
        row = self.window.current_row
        if row is None:
            return
        self.view.show_article(row.article, row.page.number)

    def _on_zone_clicked(self, article_id: str) -> None:
        if article_id != self.window.current_id:
            self.window.show_article(article_id)

    def _update_label(self, *_args: object) -> None:
        text = self.view.message
        self.label.setText(text)
        self.label.setVisible(bool(text))
