"""The main window: the headline list beside the reading pane, the menus from the keymap, and
the wiring between the collaborators it owns. The window lays things out and opens issues; the
work is done by

- ``navigator`` (``navigation.Navigator``): moving through the list;
- ``highlighting`` (``highlighting.Highlighting``): terms, hit counts, jieba, highlight sets;
- ``exporter`` (``export_flow.ExportFlow``): File › Export Selected…;
- ``window_state`` (``window_state.WindowState``): recent files, geometry, docks, splitter;
- ``docks`` (``docks.Docks``): the store's panels;
- ``page_pane`` (``page_pane.PagePane``): the printed page beside the reading pane;
- ``look`` (``look.Look``): reading settings, themes, full screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.errors import BroadsheetError
from reader.model import Article, Issue
from reader.text.segment import Segmenter
from reader.ui.actions import build_actions, build_menus
from reader.ui.announcer import StatusAnnouncer
from reader.ui.article_html import (
    MarkedBlock,
    PaneStyle,
    PaneText,
    ReadingFonts,
    page_text_font,
    render_article_html,
    render_unplaced_html,
)
from reader.ui.docks import Docks
from reader.ui.export_flow import ExportFlow
from reader.ui.headline_model import (
    HITS_COLUMN,
    TITLE_COLUMN,
    HeadlineDelegate,
    HeadlineFilter,
    HeadlineModel,
    Row,
    RowType,
    leading_pages,
)
from reader.ui.highlighting import Highlighting
from reader.ui.i18n.menu import LanguageChooser
from reader.ui.look import Look
from reader.ui.navigation import Navigator
from reader.ui.opening import Opener
from reader.ui.page_pane import PagePane
from reader.ui.reading_pane import ReadingPane
from reader.ui.regions import Regions, name_clear_button
from reader.ui.services import Bookmarks, IssueLoader, MemoryReadState, ReadState
from reader.ui.settings import ZOOM_MAX, ZOOM_MIN, Settings
from reader.ui.status_bar import ElidingStatusBar
from reader.ui.turns import Turns
from reader.ui.window_layout import LayoutGuard, fit_size
from reader.ui.window_state import WindowState
from reader.ui.workers import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from reader.ui.cheat_sheet import CheatSheet
    from reader.ui.first_run_hint import FirstRunHint

log = logging.getLogger(__name__)


def read_marks_of(issue: Issue, job: Callable[[], set[str]]) -> tuple[Issue, set[str]]:
    """In a worker: the read marks ``job`` finds, with the issue they belong to."""
    return issue, job()


class MainWindow(QMainWindow):
    """The reader window. Services come in through the constructor; nothing here parses text."""

    #: Pages put in the headline list per turn of the event loop after the first page
    #: (``show_issue``). Adding rows is cheap (2 ms for 7 pages of 50 stories); each turn's
    #: cost is the tree's layout of *every* row so far (rows added at the top level relay the
    #: whole list: ~8–12 ms for 460 rows under load) and the repaint of the rows on screen, so
    #: a turn of 8 pages costs about what the last of two smaller turns would.
    FILL_PAGES = 8
    #: The first turn puts in the issue's leading pages that fit in this many rows (at least
    #: one page): about a screenful, which that turn's paint draws anyway. A small issue (the
    #: bundled sample: 18 rows) is then whole at once and needs no fill turns, each of which
    #: waits ``Turns.PAUSE_MS`` and a paint before ``issueShown``.
    FIRST_ROWS = 40
    #: The first-run hint comes this long after the window is shown (ms): after the launch's
    #: first paint, first story and list, each a turn of its own, not in the same gap.
    HINT_DELAY_MS = 800

    #: An issue is on screen (the model holds it, the first story is shown).
    issueShown = Signal(object)
    #: A row (article or unplaced text) is shown in the pane: its id.
    articleShown = Signal(str)
    #: Opening failed; the message names the file and the reason. The old issue stays.
    loadFailed = Signal(str)
    #: Hit counts for the current terms are in the list.
    hitCountsReady = Signal()
    #: jieba's dictionary is loaded: whole-word matching is available.
    segmenterReady = Signal()
    #: jieba's dictionary could not be loaded (whole words stay off): the reason.
    segmenterFailed = Signal(str)
    #: The window is closing: cancel background work now (the thread pool is joined next).
    closing = Signal()
    #: The reader added or dropped a bookmark with ``b`` (the bookmarks panel reloads).
    bookmarksChanged = Signal()
    #: An export started: its ExportWorker (keep it to follow or cancel it).
    exportStarted = Signal(object)
    #: An export wrote this file.
    exportFinished = Signal(str)
    #: An export failed with this message; nothing was written.
    exportFailed = Signal(str)
    #: An export was cancelled; nothing was written.
    exportCancelled = Signal()

    def __init__(
        self,
        settings: Settings,
        segmenter: Segmenter,
        load_issue: IssueLoader,
        read_state: ReadState | None = None,
        fonts: ReadingFonts | None = None,
        parent: QWidget | None = None,
        open_first: str | Path | None = None,
    ) -> None:
        """``open_first`` starts parsing that path before the widgets are built."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.segmenter = segmenter
        self.read_state: ReadState = read_state if read_state is not None else MemoryReadState()
        self.runner = TaskRunner(self)
        self.opener = Opener(self, load_issue)
        if open_first is not None:
            self.opener.start(open_first)
        self._issue: Issue | None = None
        self._closed = False
        #: Showing an issue, a piece a turn of the event loop: the list's first page, then the
        #: story, the page pane, the rest of the list, the status line (``show_issue``).
        self.turns = Turns(self)
        self._fill_article: str | None = None
        # The first story of an issue being shown is drawn in a turn of its own.
        self._story_later = False
        self._fill_partial = False
        self._cheat_sheet: CheatSheet | None = None
        self._messages: list[QMessageBox] = []
        self.bookmarks: Bookmarks | None = None
        self._build_layout(fonts)

        self.navigator = Navigator(self.tree, self.proxy, self.model, self.pane, self._say)
        self.highlighting = Highlighting(self)
        self.highlighting.countsReady.connect(self.hitCountsReady)
        self.highlighting.segmenterReady.connect(self.segmenterReady)
        self.highlighting.segmenterFailed.connect(self.segmenterFailed)
        self.exporter = ExportFlow(self)
        self.exporter.started.connect(self.exportStarted)
        self.exporter.finished.connect(self.exportFinished)
        self.exporter.failed.connect(self.exportFailed)
        self.exporter.cancelled.connect(self.exportCancelled)
        self.closing.connect(self.exporter.cancel_all)
        self.window_state = WindowState(self)
        self.docks = Docks(self)
        self.page_pane = PagePane(self)
        self.look = Look(self)
        self.layout_guard = LayoutGuard(self)
        # A new text size or face in Reading Settings moves the pane's readable minimum.
        self.look.changed.connect(lambda _theme: self.layout_guard.refresh())
        self.regions = Regions(self)

        self.language = LanguageChooser(settings, self._say, self)
        self.keymap_actions = build_actions(self, self.splitter)
        self.menus, self.submenus = build_menus(
            self.menuBar(),
            self.keymap_actions,
            {
                "recent": self.window_state.fill_recent_menu,
                "highlight_sets": self.highlighting.fill_sets_menu,
                "language": self.language.fill_menu,
            },
        )
        self.keymap_actions["mark_read_on_show"].setChecked(settings.mark_read_on_show)
        self.keymap_actions["whole_words"].setEnabled(False)
        self.keymap_actions["toggle_page"].setChecked(self.page_pane.open)
        self.keymap_actions["show_doubtful"].setChecked(settings.show_doubtful)

        self.setAcceptDrops(True)
        self.setWindowTitle("Broadsheet")
        self.resize(fit_size(self, QSize(1240, 820)))
        self.window_state.restore_from_settings()
        self.first_run_hint: FirstRunHint | None = None
        self._hint_built: FirstRunHint | None = None
        self._hint_wanted = not settings.first_run_hint_seen
        self._update_status()
        # Keyboard first: keys go to the list from the start, not into the filter field.
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_layout(self, fonts: ReadingFonts | None) -> None:
        """The headline column (filter field over the list) beside the pane, and a status bar."""
        self.model = HeadlineModel(self)
        self.proxy = HeadlineFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_field = QLineEdit(self)
        self.filter_field.setObjectName("headlineFilter")
        self.filter_field.setPlaceholderText(self.tr("Filter headlines  (Ctrl+L)"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setAccessibleName(self.tr("Filter headlines"))
        name_clear_button(self.filter_field)
        self.filter_field.textChanged.connect(self._on_filter_text)

        self.tree = tree = QTreeView(self)
        tree.setObjectName("headlineList")
        # What a screen reader announces for the window's main regions.
        tree.setAccessibleName(self.tr("Headlines"))
        tree.setModel(self.proxy)
        tree.setHeaderHidden(True)
        tree.setFrameShape(QFrame.Shape.NoFrame)
        tree.setRootIsDecorated(False)
        tree.setItemsExpandable(False)
        tree.setUniformRowHeights(True)
        tree.setIndentation(10)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setAllColumnsShowFocus(True)
        tree.setFont(page_text_font(tree.font()))
        tree.setItemDelegateForColumn(TITLE_COLUMN, HeadlineDelegate(tree))
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HITS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        # Shown while terms are highlighted: sizing an empty column to its contents would ask
        # the model for every row's size after every change.
        tree.setColumnHidden(HITS_COLUMN, True)
        tree.selectionModel().currentChanged.connect(self._on_current_changed)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(tree.expandAll)
        # Pages added to the list (``show_issue`` fills it a page at a time) open alone:
        # expanding the whole list again costs ~13 ms for 400 stories, at every page.
        self.proxy.rowsInserted.connect(self._expand_inserted)

        self.pane = ReadingPane(fonts or ReadingFonts.from_installed(), self)
        self.pane.set_zoom(self.settings.zoom)
        self.pane.setAccessibleName(self.tr("Story"))
        self.pane.jumpRequested.connect(self._on_jump)

        left = QWidget(self)
        left.setObjectName("headlineColumn")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(6, 6, 6, 0)
        filter_row.addWidget(self.filter_field)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(tree)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readingArea")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([340, 860])

        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.position_label = QLabel(self)
        self.position_label.setTextFormat(Qt.TextFormat.PlainText)  # (a page's own name)
        self.position_label.setAccessibleName(self.tr("Position in the list"))
        self.words_label = QLabel(self.tr("Word list: not loaded"), self)
        self.words_label.setAccessibleName(self.tr("Chinese word list"))
        # (a message too long for a narrow window is cut with an ellipsis, not mid-letter)
        self.setStatusBar(ElidingStatusBar(self))
        self.statusBar().addPermanentWidget(self.position_label)
        self.statusBar().addPermanentWidget(self.words_label)
        # What the status bar says, a screen reader says too.
        self.announcer = StatusAnnouncer(self.statusBar())

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():  # rows under a page: the page is open already, or opens with them
            self.tree.expand(parent)
            return
        for row in range(first, last + 1):
            self.tree.expand(self.proxy.index(row, 0))

    def add_bottom_bar(self, bar: QWidget) -> None:
        """Put ``bar`` under the list and the pane, across the window (the highlight bar)."""
        self._central_layout.addWidget(bar)

    def menu(self, name: str) -> QMenu:
        """A top-level menu by plain name: File, View, Go, Story, Highlight, Library or Help."""
        return self.menus[name]

    def _say(self, text: str, milliseconds: int = 0) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def say_opened_first_of(self, count: int) -> None:
        """Several paths were given (on the command line, or by a later launch)."""
        self._say(self.tr("Opened the first of %n path(s)", "", count), 6000)

    # Opening ------------------------------------------------------------------------------
    @property
    def issue(self) -> Issue | None:
        return self._issue

    @property
    def loading(self) -> bool:
        return self.opener.loading

    @property
    def closed(self) -> bool:
        """The window was closed (its workers are joined; nothing new should start)."""
        return self._closed

    def open_path(self, path: str | Path) -> None:
        """Read ``path`` (a page file or an issue folder) in a worker, then show it."""
        self.opener.open_path(path)

    def open_article(self, path: str | Path, article_id: str, terms: str | None = None) -> None:
        """Show story ``article_id`` of the issue at ``path``, opening the issue first when it
        is not the one on screen, and highlight ``terms`` (search results, bookmarks) as well as
        the terms already highlighted."""
        if terms and self.highlighting.add_terms(terms):
            self.highlighting.bar.show()
        if self._issue is not None and self._shows_source(path):
            if not self.show_article(article_id):
                self._say(self.tr("That story is no longer in this issue"), 6000)
            return
        self.opener.open_path(path, article_id)

    def _shows_source(self, path: str | Path) -> bool:
        source = self._issue.source if self._issue is not None else None
        if not source:
            return False
        try:
            return Path(source).resolve() == Path(path).resolve()
        except OSError:
            return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])

    # Messages -----------------------------------------------------------------------------
    def show_message(
        self, title: str, text: str, icon: QMessageBox.Icon | None = None
    ) -> QMessageBox:
        """A window-modal message that does not block the event loop (Information by default)."""
        from PySide6.QtWidgets import QMessageBox  # imported when needed: not at start-up

        if icon is None:
            icon = QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, b=box: self._forget_message(b))
        self._messages.append(box)
        box.open()
        return box

    def show_warning(self, title: str, text: str) -> QMessageBox:
        """``show_message`` with the warning icon."""
        from PySide6.QtWidgets import QMessageBox

        return self.show_message(title, text, QMessageBox.Icon.Warning)

    def _forget_message(self, box: QMessageBox) -> None:
        if box in self._messages:
            self._messages.remove(box)

    @property
    def open_messages(self) -> list[QMessageBox]:
        return list(self._messages)

    # Showing ------------------------------------------------------------------------------
    def show_issue(
        self, issue: Issue, article_id: str | None = None, partial: bool = False
    ) -> None:
        """Put ``issue`` in the list and show story ``article_id``, else its first story.

        The list is filled in turns of the event loop, the pages that fill about a screen first
        (``FIRST_ROWS``): the story is shown from the first turn that holds it, so a big issue
        never holds the GUI thread for long; ``issueShown`` follows once every page is in.
        ``partial``: more pages are coming (a parse streaming in); the issue that brings them
        begins with the same pages and grows the list, keeping its selection and the story on
        screen, instead of replacing it."""
        self.turns.cancel("complete")
        self._fill_partial = partial
        if self.model.grows_into(issue):
            self._issue = issue
            self.model.grow(issue)
            if article_id is not None:
                self._fill_article = article_id
            self.turns.add("fill", self._fill_list)
            return
        self.turns.cancel("fill")
        self._issue = issue
        self._fill_article = None
        self.setWindowTitle(issue.title)
        self.pane.clear_content()
        self.model.set_issue(
            issue, self._read_ids_now(issue), pages=leading_pages(issue, self.FIRST_ROWS)
        )
        self.tree.expandAll()
        if article_id is not None:
            if issue.article(article_id) is not None or any(
                page.unplaced_id == article_id for page in issue.pages
            ):
                self._fill_article = article_id  # shown once its page is in the list
            else:
                self._say(self.tr("That story is no longer in this issue"), 6000)
        if self._fill_article is not None:
            self.turns.add("fill", self._fill_list)  # (it shows the story once its page is in)
            return
        # Selected now; drawn in the next turn, after the list's first paint.
        self._story_later = True
        try:
            self.navigator.first_story()
        finally:
            self._story_later = False
        self._fill_next()

    def end_partial_issue(self) -> None:
        """No more pages are coming for the partial issue on screen (its parse failed part
        way): it is complete as it stands."""
        if self._fill_partial:
            self._fill_partial = False
            if not self.turns.waiting("fill"):
                self.turns.add("complete", self._issue_complete)

    def _fill_list(self) -> None:
        """One turn of ``show_issue``: the issue's next pages into the list."""
        self.model.add_pages(self.FILL_PAGES)
        wanted = self._fill_article
        if wanted is not None and self.model.index_for_id(wanted).isValid():
            self._fill_article = None
            self.show_article(wanted)
        elif not self.tree.currentIndex().isValid() and wanted is None:
            self.navigator.first_story()  # (the first pages held no story)
        self._fill_next()

    def _fill_next(self) -> None:
        """The next turn of ``show_issue``: more pages, or, once every page is in and no more
        are coming, the end (the status line, ``issueShown``). The end has a turn of its own,
        except when the first story's turn is still to come (a small issue, listed whole at
        once): it then follows the story in that turn, so that one paint shows the story and
        the status line, and ``issueShown`` waits for no second turn and paint."""
        if not self.model.complete:
            self.turns.add("fill", self._fill_list)
        elif not self._fill_partial:
            self.turns.add("complete", self._issue_complete, joined=self.turns.waiting("story"))

    def _issue_complete(self) -> None:
        issue = self._issue
        assert issue is not None
        # Rows of the list (stories, captions, teasers and unplaced text): the count the
        # status bar's "3 of 15" counts in too.
        rows = sum(1 for _row in self.model.iter_rows())
        pages = self.tr("%n page(s)", "", len(issue.pages))
        items = self.tr("%n item(s)", "", rows)
        self._say(
            self.tr("{title}: {pages}, {items}").format(
                title=issue.title, pages=pages, items=items
            ),
            6000,
        )
        if self._fill_article is not None:  # (its page never came: not in this issue)
            self._fill_article = None
            self._say(self.tr("That story is no longer in this issue"), 6000)
        self._update_status()
        if self.highlighting.terms:
            self.highlighting.recount()
        self.refresh_bookmarks()
        self.issueShown.emit(issue)

    @property
    def filling(self) -> bool:
        """The list is still being filled with the issue's pages (or more are coming)."""
        return self.turns.waiting("fill") or self.turns.waiting("complete") or self._fill_partial

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_for(self.proxy.mapToSource(current))
        if row is None:
            return
        if self._story_later:
            self.turns.add("story", self._show_current)
            return
        self.turns.cancel("story")  # (the reader moved first: this row is the one to show)
        self._show_row(row)

    def _show_current(self) -> None:
        row = self.current_row
        if row is not None:
            self._show_row(row)

    def _show_row(self, row: Row) -> None:
        self._render_row(row)
        if self.settings.mark_read_on_show:
            self._set_read(row.id, True)
        self._update_status()
        self.highlighting.row_shown()
        self.articleShown.emit(row.id)

    def _render_row(self, row: Row) -> None:
        """Show ``row`` in the pane with the current terms marked."""
        issue = self._issue
        highlight = self.highlighting.highlighter()
        # Hits are coloured in the laid-out document, not in the HTML (``PaneText``).
        if row.type is RowType.UNPLACED:
            page = row.page

            def render(style: PaneStyle) -> PaneText:
                marks: list[MarkedBlock] = []
                html = render_unplaced_html(page, issue, style, highlight, marks)
                return PaneText(html, tuple(marks))

        else:
            article = row.article
            assert article is not None
            doubtful = self.settings.show_doubtful

            def render(style: PaneStyle) -> PaneText:
                marks: list[MarkedBlock] = []
                html = render_article_html(article, issue, style, highlight, doubtful, marks)
                return PaneText(html, tuple(marks))

        self.pane.show_html(render)

    def rerender_current(self) -> None:
        """Render the current row again (new terms), keeping the pane's scroll position."""
        row = self.current_row
        if row is not None:
            bar = self.pane.verticalScrollBar()
            position = bar.value()
            self._render_row(row)
            bar.setValue(position)

    @property
    def current_row(self) -> Row | None:
        return self.navigator.current_row()

    @property
    def current_id(self) -> str | None:
        row = self.current_row
        return row.id if row is not None else None

    def show_article(self, article_id: str) -> bool:
        """Select and show a row by id (clears the filter if it hides the row)."""
        source = self.model.index_for_id(article_id)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filter_field.clear()
            self.highlighting.set_only_hits(False)
            index = self.proxy.mapFromSource(source)
        self.navigator.go_to(index)
        return True

    def _on_jump(self, page: int, article_id: str) -> None:
        if not (article_id and self.show_article(article_id)):
            self.navigator.go_to_page(page)

    def follow_jump(self) -> bool:
        """Go where the current teaser (or "continued on" line) points, if the issue has it."""
        row = self.current_row
        if row is None or row.article is None or self._issue is None:
            return False
        target = self._issue.jump_target(row.article)
        if target is None:
            self._say(self.tr("This item points nowhere in this issue"), 3000)
            return False
        self._on_jump(target[0], target[1] or "")
        return True

    def _update_status(self) -> None:
        self.position_label.setText(self.navigator.position_text())

    def _on_filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()
        self.keep_current_visible()

    def keep_current_visible(self) -> None:
        """After the list was narrowed: a row stays current (the first, if the current went)."""
        if not self.tree.currentIndex().isValid():
            self.navigator.first_story()
        self._update_status()

    def toggle_focus(self) -> None:
        if self.tree.hasFocus() or not self.regions.list_shown:
            self.pane.setFocus(Qt.FocusReason.TabFocusReason)  # (never into a collapsed list)
        else:
            self.tree.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_filter(self) -> None:
        self.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_field.selectAll()

    def close_bars(self) -> None:
        """Esc: leave full screen; from a panel, back to the headline list; else close the
        highlight bar, else clear the filter."""
        focus = self.focusWidget()
        if self.look.full_screen:
            self.look.leave_full_screen()
        elif self.regions.in_panel():
            self.regions.to_list()
        elif self.highlighting.close_bar():
            self.tree.setFocus()
        elif focus is self.filter_field or self.filter_field.text():
            self.filter_field.clear()
            self.tree.setFocus()
        elif self.first_run_hint is not None and self.first_run_hint.isVisible():
            self.first_run_hint.dismiss()

    # Services -----------------------------------------------------------------------------
    def set_read_state(self, read_state: ReadState) -> None:
        """Keep read marks in ``read_state`` from now on. Marks made so far in the current
        issue are handed over, and the marks it already holds are shown."""
        issue = self._issue
        self.read_state = read_state
        if issue is None:
            return
        for row_id in self.model.read_ids:
            read_state.set_read(issue, row_id, True)
        for row_id in self._read_ids_now(issue):
            self.model.set_read(row_id, True)

    def _read_ids_now(self, issue: Issue) -> Iterable[str]:
        """The read marks of ``issue`` that can be had at once: all of them from a quick read
        state (this session's); none from the store's, whose marks a worker reads
        (``ReadMarksInWorker``) and ``_read_marks_found`` then shows."""
        job = getattr(self.read_state, "read_ids_job", None)
        if job is None:
            return self.read_state.read_ids(issue)
        self.runner.start(read_marks_of, issue, job(issue), on_success=self._read_marks_found)
        return ()

    def _read_marks_found(self, found: tuple[Issue, set[str]]) -> None:
        issue, ids = found
        if issue is self._issue:  # (not another issue opened meanwhile)
            for row_id in ids:
                self.model.set_read(row_id, True)

    def set_bookmarks(self, bookmarks: Bookmarks) -> None:
        """Keep bookmarks in ``bookmarks`` from now on (``b``); the list shows which rows."""
        self.bookmarks = bookmarks
        self.refresh_bookmarks()

    # Bookmarks and read marks ---------------------------------------------------------------
    def refresh_bookmarks(self) -> None:
        """Mark the bookmarked rows of the issue on screen (after ``b``, or a panel's edit)."""
        issue = self._issue
        if self.bookmarks is None or issue is None:
            self.model.set_bookmarked(())
            return
        try:
            ids = self.bookmarks.bookmarked_ids(issue)
        except BroadsheetError as error:  # e.g. an issue without a source file
            log.info("no bookmarks for %s: %s", issue.title, error)
            ids = set()
        self.model.set_bookmarked(ids)

    def _bookmarkable_story(self, refusal: str) -> tuple[Bookmarks, Issue, Article] | None:
        """The bookmarks' store, the issue and the story on screen, for ``b`` and Shift+B; or
        None, said in the status bar: no store (why not), or no story (``refusal``)."""
        row = self.current_row
        issue = self._issue
        if self.bookmarks is None:
            self._say(self.docks.unavailable_reason, 6000)
            return None
        if row is None or row.article is None or issue is None:
            self._say(refusal, 3000)
            return None
        return self.bookmarks, issue, row.article

    def toggle_bookmark(self) -> None:
        """Bookmark the current story, or drop its bookmark (``b``)."""
        story = self._bookmarkable_story(self.tr("Only a story can be bookmarked"))
        if story is None:
            return
        bookmarks, issue, article = story
        try:
            now_set = bookmarks.toggle(issue, article)
        except BroadsheetError as error:
            self._say(self.tr("Could not save the bookmark: {reason}").format(reason=error), 8000)
            return
        self.refresh_bookmarks()
        title = article.display_title
        said = self.tr("Bookmarked: {title}") if now_set else self.tr("Bookmark removed: {title}")
        self._say(said.format(title=title), 4000)
        self.bookmarksChanged.emit()

    def edit_note(self) -> QDialog | None:
        """Write a note on the current story (Shift+B), bookmarking it if it has no bookmark:
        the Bookmarks panel's Note column edits it too, but a narrow panel (at 800x600) hides
        that column. Not blocking: the dialog is returned, and OK saves the note."""
        story = self._bookmarkable_story(self.tr("Only a story can have a note"))
        if story is None:
            return None
        bookmarks, issue, article = story
        try:
            note = bookmarks.note(issue, article)
        except BroadsheetError as error:
            self._say(self.tr("Could not read the note: {reason}").format(reason=error), 8000)
            return None
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setObjectName("noteDialog")
        dialog.setWindowTitle(self.tr("Note"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setLabelText(
            self.tr("Your note on “{title}”:").format(title=article.display_title[:80])
        )
        # The headline is page text: shown as plain text, never read as rich text.
        for label in dialog.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for editor in dialog.findChildren(QPlainTextEdit):  # a note wraps, as it is read
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        dialog.resize(max(dialog.sizeHint().width(), 420), dialog.sizeHint().height())
        dialog.setTextValue(note or "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self._save_note(issue, article, text))
        dialog.open()
        return dialog

    def _save_note(self, issue: Issue, article: Article, note: str) -> None:
        if self.bookmarks is None:
            return
        try:
            self.bookmarks.set_note(issue, article, note)
        except BroadsheetError as error:
            self._say(self.tr("Could not save the note: {reason}").format(reason=error), 8000)
            return
        self.refresh_bookmarks()
        self._say(self.tr("Note kept: {title}").format(title=article.display_title), 4000)
        self.bookmarksChanged.emit()

    def _set_read(self, row_id: str, read: bool) -> None:
        if self.model.is_read(row_id) == read:
            return
        self.model.set_read(row_id, read)
        if self._issue is not None:
            self.read_state.set_read(self._issue, row_id, read)

    def toggle_read(self) -> None:
        row_id = self.current_id
        if row_id is not None:
            self._set_read(row_id, not self.model.is_read(row_id))

    def set_mark_read_on_show(self, value: bool) -> None:
        self.settings.mark_read_on_show = value

    def set_show_doubtful(self, value: bool) -> None:
        """Underline and dim the words the OCR engine doubted (``c``); remembered."""
        self.settings.show_doubtful = value
        self.rerender_current()

    # Zoom ---------------------------------------------------------------------------------
    def set_zoom(self, zoom: int) -> None:
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self.pane.set_zoom(zoom)
        self.layout_guard.refresh()
        self.settings.zoom = zoom
        self._say(self.tr("Zoom {percent}%").format(percent=round(100 * 1.1**zoom)), 2000)

    def zoom_in(self) -> None:
        self.set_zoom(self.pane.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.pane.zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    # Dialogs ------------------------------------------------------------------------------
    def _ask_first_run_hint(self) -> None:
        """Build the first-run hint in one turn and put it over the list in the next: each is
        a piece of GUI-thread work (its module and rich text; the relayout of the list and the
        panes it pushes down) that must not share a turn with the launch's first paint."""
        if self.first_run_hint is not None or self._closed:
            return
        self.turns.add("hint", self._build_first_run_hint)
        self.turns.add("hint shown", self._show_first_run_hint)

    def _build_first_run_hint(self) -> None:
        from reader.ui.first_run_hint import FirstRunHint  # only on a first run

        if self._hint_built is None and self.first_run_hint is None and not self._closed:
            self._hint_built = FirstRunHint(self)  # (hidden: made after the window was shown)

    def _show_first_run_hint(self) -> None:
        """The keys that matter, over the list and the pane, until the reader dismisses it.

        Only on a first run, and not with the window: ``HINT_DELAY_MS`` after it is shown, once
        the launch's own work (the first paint, the first story, the list) has had its turns."""
        hint, self._hint_built = self._hint_built, None
        if hint is None or self.first_run_hint is not None or self._closed:
            return
        hint.dismissed.connect(self._first_run_hint_dismissed)
        hint.cheatSheetRequested.connect(self.show_cheat_sheet)
        self._central_layout.insertWidget(0, hint)
        hint.show()
        self.first_run_hint = hint

    def _first_run_hint_dismissed(self) -> None:
        self.settings.first_run_hint_seen = True
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def cheat_sheet(self) -> CheatSheet | None:
        """The cheat sheet, once it has been shown."""
        return self._cheat_sheet

    def show_cheat_sheet(self) -> CheatSheet:
        from reader.ui.cheat_sheet import CheatSheet  # only when asked: keeps start-up lean

        if self._cheat_sheet is None:
            self._cheat_sheet = CheatSheet(self)
        self._cheat_sheet.show()
        self._cheat_sheet.raise_()
        return self._cheat_sheet

    def show_about(self) -> QDialog:
        from reader.ui.about_dialog import AboutDialog  # only when asked

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # Showing and closing ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            # The frame's size is known once shown: keep the whole frame on the screen.
            self.window_state.keep_on_screen()
        if not self.opener.loading:
            self.turns.add("segmenter", self.highlighting.start_segmenter)
        if self._hint_wanted and self.first_run_hint is None:
            QTimer.singleShot(self.HINT_DELAY_MS, self._ask_first_run_hint)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.closing.emit()
        self.window_state.save()
        for box in list(self._messages):
            box.close()
        if self._cheat_sheet is not None:
            self._cheat_sheet.close()
        self.opener.stop()  # (a folder of 2,000 pages being read: the wait was 105 s)
        self.runner.shutdown()
        self.page_pane.close()
        super().closeEvent(event)
