"""The main window: headline list beside the reading pane, menus from the keymap, workers."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.errors import BroadsheetError
from reader.model import Article, Issue
from reader.text.highlight import Span, count_hits, find_spans
from reader.text.segment import Segmenter
from reader.ui.actions import KEYMAP, MENUS, build_actions
from reader.ui.headline_model import (
    HITS_COLUMN,
    TITLE_COLUMN,
    HeadlineDelegate,
    HeadlineFilter,
    HeadlineModel,
    Roles,
    Row,
    RowType,
)
from reader.ui.reading_pane import (
    ReadingFonts,
    ReadingPane,
    page_text_font,
    render_article_html,
    render_unplaced_html,
)
from reader.ui.settings import ZOOM_MAX, ZOOM_MIN, Settings
from reader.ui.workers import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox

    from reader.export import ExportItem, ExportOptions
    from reader.ui.cheat_sheet import CheatSheet
    from reader.ui.export_dialog import ExportDialog
    from reader.ui.export_worker import ExportWorker
    from reader.ui.highlight_bar import HighlightBar

log = logging.getLogger(__name__)

IssueLoader = Callable[[Path], Issue]


class ReadState(Protocol):
    """Where read marks live (the store keeps them on disk; ``MemoryReadState`` for a session)."""

    def read_ids(self, issue: Issue) -> Iterable[str]: ...

    def set_read(self, issue: Issue, article_id: str, read: bool) -> None: ...


class Bookmarks(Protocol):
    """Where bookmarks live (the store): the window toggles them and marks the list."""

    def bookmarked_ids(self, issue: Issue) -> set[str]: ...

    def toggle(self, issue: Issue, article: Article) -> bool:
        """Bookmark ``article`` or drop its bookmark; True when it is bookmarked now."""
        ...


class HighlightSets(Protocol):
    """Named sets of highlight terms (the store's user data keeps them)."""

    def highlight_sets(self) -> dict[str, tuple[str, ...]]: ...

    def save_highlight_set(self, name: str, terms: Iterable[str]) -> None: ...

    def delete_highlight_set(self, name: str) -> None: ...


class UserState(Protocol):
    """Recent files and window state kept with the user's data (the store's ``UserData``)."""

    def recent_files(self) -> list[str]: ...

    def touch_recent(self, path: str) -> None: ...

    def clear_recent(self) -> None: ...

    def ui_state(self, key: str) -> str | None: ...

    def set_ui_state(self, key: str, value: str) -> None: ...


#: Keys of the window's state in ``UserState.ui_state`` (base64 of Qt's saved state).
UI_STATE_KEYS = ("window/geometry", "window/state", "window/splitter")


def terms_text(terms: Iterable[str]) -> str:
    """Terms as the highlight bar reads them back: a phrase in double quotes."""
    return " ".join(f'"{t}"' if any(c.isspace() for c in t) else t for t in terms)


#: Object names of the store's panels (``add_panel`` keys them by object name).
SEARCH_PANEL = "searchPanel"
BOOKMARKS_PANEL = "bookmarksPanel"
LIBRARY_PANEL = "libraryView"


class MemoryReadState:
    """Read marks for this session only, keyed by the issue's source."""

    def __init__(self) -> None:
        self._marks: dict[str, set[str]] = {}

    def read_ids(self, issue: Issue) -> Iterable[str]:
        return set(self._marks.get(issue.source or issue.title, set()))

    def set_read(self, issue: Issue, article_id: str, read: bool) -> None:
        marks = self._marks.setdefault(issue.source or issue.title, set())
        if read:
            marks.add(article_id)
        else:
            marks.discard(article_id)


@dataclass(frozen=True, slots=True)
class LoadResult:
    generation: int
    path: str
    issue: Issue | None = None
    error: Exception | None = None


def load_in_background(loader: IssueLoader, generation: int, path: str) -> LoadResult:
    """Run ``loader`` and capture its error, so the GUI learns which request it answers."""
    try:
        return LoadResult(generation, path, issue=loader(Path(path)))
    except BroadsheetError as error:
        return LoadResult(generation, path, error=error)
    except Exception as error:
        log.exception("unexpected error while opening %s", path)
        return LoadResult(generation, path, error=error)


@dataclass(frozen=True, slots=True)
class HitCounts:
    generation: int
    #: Row id (article id or a page's unplaced id) -> hits in it.
    per_row: dict[str, int]
    #: Hits per term across the issue.
    per_term: list[int]


def count_issue_hits(
    generation: int,
    issue: Issue,
    terms: Sequence[str],
    whole_words: bool,
    boundaries: Callable[[str], frozenset[int]] | None,
) -> HitCounts:
    """Hits of ``terms`` in every row of ``issue`` (runs in a worker: jieba cuts can be slow)."""
    per_row: dict[str, int] = {}
    per_term = [0] * len(terms)
    for page in issue.pages:
        for article in page.articles:
            counts = count_hits(article, terms, whole_words=whole_words, boundaries=boundaries)
            per_row[article.id] = sum(counts)
            per_term = [a + b for a, b in zip(per_term, counts, strict=True)]
        if page.unplaced:
            total = 0
            for line in page.unplaced:
                for span in find_spans(line, terms, whole_words=whole_words, boundaries=boundaries):
                    per_term[span.term] += 1
                    total += 1
            per_row[page.unplaced_id] = total
    return HitCounts(generation, per_row, per_term)


def open_dialog_filter() -> str:
    """The Open dialog's name filters: every page format of the registry, then all files."""
    from reader.parse.formats import FORMATS, page_patterns

    each = [f"{f.name} ({' '.join(f.patterns)})" for f in FORMATS]
    return ";;".join(
        [f"Pages ({' '.join([*page_patterns(), 'issue.toml'])})", *each, "All files (*)"]
    )


class MainWindow(QMainWindow):
    """The reader window. Services come in through the constructor; nothing here parses text."""

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

    #: How long after the first issue is shown jieba starts loading (ms).
    SEGMENTER_DELAY_MS = 400

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
        self._load_issue = load_issue
        self.read_state: ReadState = read_state if read_state is not None else MemoryReadState()
        self.runner = TaskRunner(self)
        self._issue: Issue | None = None
        self._load_generation = 0
        self._loading = False
        if open_first is not None:
            self._start_load(open_first)
        self._count_generation = 0
        self._terms: tuple[str, ...] = ()
        self._whole_words = False
        self._segmenter_started = False
        self._closed = False
        self._pending_hit: int | None = None
        self._pending_article: str | None = None
        self._cheat_sheet: CheatSheet | None = None
        self._messages: list[QMessageBox] = []
        self.bookmarks: Bookmarks | None = None
        self._folder_handler: Callable[[Path], bool] | None = None
        self.highlight_sets: HighlightSets | None = None
        self.user_state: UserState | None = None
        self._export_sources: list[tuple[QWidget, Callable[[], object]]] = []
        self._docks: dict[str, QDockWidget] = {}
        self._panel_focus: dict[str, Callable[[], object]] = {}
        self._no_library = "The library is still opening; try again in a moment"
        self._export_dialog: ExportDialog | None = None
        self._exports: dict[QObject, ExportWorker] = {}
        self.closing.connect(self.cancel_exports)

        self.model = HeadlineModel(self)
        self.proxy = HeadlineFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_field = QLineEdit(self)
        self.filter_field.setObjectName("headlineFilter")
        self.filter_field.setPlaceholderText("Filter headlines  (Ctrl+L)")
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self._on_filter_text)

        self.tree = QTreeView(self)
        self.tree.setObjectName("headlineList")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(10)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setFont(page_text_font(self.tree.font()))
        self.tree.setItemDelegateForColumn(TITLE_COLUMN, HeadlineDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HITS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        # Shown while terms are highlighted: sizing an empty column to its contents would ask
        # the model for every row's size after every change.
        self.tree.setColumnHidden(HITS_COLUMN, True)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(self.tree.expandAll)

        self.pane = ReadingPane(fonts or ReadingFonts.from_installed(), self)
        self.pane.set_zoom(settings.zoom)
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
        left_layout.addWidget(self.tree)

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
        self._highlight_bar: HighlightBar | None = None  # made when first needed

        self.position_label = QLabel(self)
        self.words_label = QLabel("Word list: not loaded", self)
        self.statusBar().addPermanentWidget(self.position_label)
        self.statusBar().addPermanentWidget(self.words_label)

        self.keymap_actions = build_actions(self, self._handlers(), self.splitter)
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.keymap_actions["mark_read_on_show"].setChecked(settings.mark_read_on_show)
        self.keymap_actions["whole_words"].setEnabled(False)

        self.setAcceptDrops(True)
        self.setWindowTitle("Broadsheet")
        self.resize(1240, 820)
        if settings.window_geometry is not None:
            self.restoreGeometry(settings.window_geometry)
        if settings.window_state is not None:
            self.restoreState(settings.window_state)
        if settings.splitter_state is not None:
            self.splitter.restoreState(settings.splitter_state)
        self._update_status()
        # Keyboard first: keys go to the list from the start, not into the filter field.
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # Wiring -------------------------------------------------------------------------------
    def _handlers(self) -> dict[str, Callable[..., object]]:
        return {
            "open": self.choose_file,
            "open_folder": self.choose_folder,
            "export": self.export_selected,
            "quit": self.close,
            "zoom_in": lambda: self.set_zoom(self.pane.zoom + 1),
            "zoom_out": lambda: self.set_zoom(self.pane.zoom - 1),
            "zoom_reset": lambda: self.set_zoom(0),
            "filter": self.focus_filter,
            "close_bars": self.close_bars,
            "mark_read_on_show": self._set_mark_read_on_show,
            "next_story": lambda: self.step_story(1),
            "previous_story": lambda: self.step_story(-1),
            "first_story": self.first_story,
            "last_story": self.last_story,
            "next_page": lambda: self.step_page(1),
            "previous_page": lambda: self.step_page(-1),
            "scroll_down": self.scroll_down,
            "scroll_up": self.scroll_up,
            "toggle_focus": self.toggle_focus,
            "follow_jump": self.follow_jump,
            "toggle_read": self.toggle_read,
            "extend_next": lambda: self.extend_selection(1),
            "extend_previous": lambda: self.extend_selection(-1),
            "select_all": self.select_all,
            "toggle_mark": self.toggle_mark,
            "clear_marks": self.model.clear_marks,
            "toggle_bookmark": self.toggle_bookmark,
            "search": lambda: self.show_panel(SEARCH_PANEL),
            "show_bookmarks": lambda: self.show_panel(BOOKMARKS_PANEL),
            "show_library": lambda: self.show_panel(LIBRARY_PANEL),
            "find": self.open_highlight_bar,
            "next_hit": self.next_hit,
            "previous_hit": self.previous_hit,
            "only_hits": self.set_only_hits,
            "whole_words": self.set_whole_words,
            "save_highlight_set": self.save_highlight_set,
            "cheat_sheet": self.show_cheat_sheet,
            "about": self.show_about,
        }

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for title in MENUS:
            self.menus[title.replace("&", "")] = bar.addMenu(title)
        file_menu = self.menus["File"]
        for item in KEYMAP:
            menu = self.menus[item.menu.replace("&", "")]
            if item.name == "export":
                self.recent_menu = file_menu.addMenu("Open &Recent")
                self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
                file_menu.addSeparator()
            if item.name in (
                "quit",
                "scroll_down",
                "toggle_focus",
                "only_hits",
                "mark_read_on_show",
                "toggle_bookmark",
                "show_bookmarks",
                "save_highlight_set",
            ):
                menu.addSeparator()
            menu.addAction(self.keymap_actions[item.name])
            if item.name == "save_highlight_set":
                self.sets_menu = menu.addMenu("Highlight S&ets")
                self.sets_menu.aboutToShow.connect(self._fill_sets_menu)

    def menu(self, name: str) -> QMenu:
        """A top-level menu by plain name: File, View, Go, Story, Highlight or Help."""
        return self.menus[name]

    @property
    def recent_paths(self) -> list[str]:
        """Recent issues: from the user data once the library is open, else from the INI."""
        if self.user_state is not None:
            try:
                return self.user_state.recent_files()
            except Exception as error:  # StoreError or sqlite3.Error: the window runs on
                log.warning("recent files: %s", error)
        return self.settings.recent_paths

    def _add_recent(self, path: str) -> None:
        self.settings.add_recent(path)  # the INI copy serves the next start until the library opens
        if self.user_state is not None:
            try:
                self.user_state.touch_recent(str(Path(path).resolve()))
            except Exception as error:  # StoreError or sqlite3.Error: the window runs on
                log.warning("saving a recent file: %s", error)

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        if self.user_state is not None:
            try:
                self.user_state.clear_recent()
            except Exception as error:  # StoreError or sqlite3.Error: the window runs on
                log.warning("clearing recent files: %s", error)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent_paths
        for number, path in enumerate(paths, start=1):
            action = QAction(f"&{number % 10}  {path}", self.recent_menu)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
            self.recent_menu.addAction(action)
        if not paths:
            empty = self.recent_menu.addAction("No recent issues")
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear Menu", self.clear_recent)

    # Opening ------------------------------------------------------------------------------
    @property
    def issue(self) -> Issue | None:
        return self._issue

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def closed(self) -> bool:
        """The window was closed (its workers are joined; nothing new should start)."""
        return self._closed

    def open_path(self, path: str | Path) -> None:
        """Parse ``path`` (a page file or an issue folder) in a worker, then show it.

        A folder handler (the library's) may take the path instead: a folder of issues is
        added to the library rather than opened as one issue.
        """
        if self._folder_handler is not None and self._folder_handler(Path(path)):
            return
        self.statusBar().showMessage(f"Opening {path}…")
        self._start_load(path)

    def _start_load(self, path: str | Path) -> None:
        self._load_generation += 1
        self._loading = True
        text = str(path)
        self.runner.start(
            load_in_background,
            self._load_issue,
            self._load_generation,
            text,
            on_success=self._on_loaded,
        )

    def _on_loaded(self, result: LoadResult) -> None:
        if result.generation != self._load_generation:
            return  # the reader asked for another file meanwhile
        self._loading = False
        if result.issue is not None:
            self._add_recent(result.path)
            self.show_issue(result.issue)
        else:
            self._report_load_error(result.path, result.error)
        self._start_segmenter()

    def open_article(self, path: str | Path, article_id: str, terms: str | None = None) -> None:
        """Show story ``article_id`` of the issue at ``path``, opening the issue first when it
        is not the one on screen, and highlight ``terms`` (search results, bookmarks)."""
        if terms is not None:
            self.set_terms(terms)
            if terms:
                self.highlight_bar.show()
        if self._issue is not None and self._shows_source(path):
            if not self.show_article(article_id):
                self.statusBar().showMessage("That story is no longer in this issue", 6000)
            return
        self._pending_article = article_id
        self.open_path(path)

    def _shows_source(self, path: str | Path) -> bool:
        source = self._issue.source if self._issue is not None else None
        if not source:
            return False
        try:
            return Path(source).resolve() == Path(path).resolve()
        except OSError:
            return False

    def add_panel(
        self,
        widget: QWidget,
        title: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        *,
        visible: bool = True,
        focus: Callable[[], object] | None = None,
    ) -> QDockWidget:
        """Dock a panel (search, bookmarks, library) with a show/hide entry in the View menu.

        The dock is named after the widget's object name, so its place and visibility are
        remembered; ``visible`` is the first-time choice. A panel docked where another one is
        shares its place as a tab. ``focus`` puts the keyboard in the panel when
        ``show_panel`` raises it (default: the widget takes the focus).
        """
        from PySide6.QtWidgets import QDockWidget

        name = widget.objectName() or title
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        siblings = [d for d in self._docks.values() if self.dockWidgetArea(d) == area]
        self.addDockWidget(area, dock)
        if siblings:
            self.tabifyDockWidget(siblings[-1], dock)
        if not visible:
            dock.hide()
        self._docks[name] = dock
        self._panel_focus[name] = focus or widget.setFocus
        if len(self._docks) == 1:
            self.menus["View"].addSeparator()
        self.menus["View"].addAction(dock.toggleViewAction())
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        return dock

    def panel(self, name: str) -> QDockWidget | None:
        """The dock of a panel by its widget's object name (None until it is docked)."""
        return self._docks.get(name)

    def show_panel(self, name: str) -> bool:
        """Show and raise a docked panel and put the keyboard in it (Ctrl+Shift+F …)."""
        dock = self._docks.get(name)
        if dock is None:
            self.statusBar().showMessage(self._no_library, 6000)
            return False
        dock.show()
        dock.raise_()
        self._panel_focus[name]()
        return True

    def set_library_unavailable(self, reason: str) -> None:
        """The library could not be opened: say why when its commands are used."""
        self._no_library = f"The library is not available: {reason}"

    @property
    def library_unavailable_reason(self) -> str:
        """What the library commands say while there is no library."""
        return self._no_library

    def _report_load_error(self, path: str, error: Exception | None) -> None:
        self._pending_article = None
        if isinstance(error, BroadsheetError):
            message = str(error) if error.path else f"{path}: {error}"
        else:
            message = f"{path}: unexpected error ({type(error).__name__}: {error}); see the log"
        self.statusBar().showMessage(f"Could not open {path}", 8000)
        self.show_message("Could not open", message, self._warning_icon())
        self.loadFailed.emit(message)

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

    @staticmethod
    def _warning_icon() -> QMessageBox.Icon:
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.Icon.Warning

    def _forget_message(self, box: QMessageBox) -> None:
        if box in self._messages:
            self._messages.remove(box)

    @property
    def open_messages(self) -> list[QMessageBox]:
        return list(self._messages)

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, "Open a page or issue", self.settings.last_folder, open_dialog_filter()
        )
        if path:
            self.settings.last_folder = str(Path(path).parent)
            self.open_path(path)

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(
            self, "Open an issue folder", self.settings.last_folder
        )
        if path:
            self.settings.last_folder = path
            self.open_path(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])

    # Showing ------------------------------------------------------------------------------
    def show_issue(self, issue: Issue) -> None:
        """Put ``issue`` in the list and show its first story."""
        self._issue = issue
        self.model.set_issue(issue, self.read_state.read_ids(issue))
        self.tree.expandAll()
        self.setWindowTitle(issue.title)
        self.pane.clear_content()
        self.statusBar().showMessage(
            f"{issue.title}: {len(issue.pages)} pages, {len(issue.articles)} items", 6000
        )
        pending, self._pending_article = self._pending_article, None
        if pending is None or not self.show_article(pending):
            if pending is not None:
                self.statusBar().showMessage("That story is no longer in this issue", 6000)
            leaves = self._leaves()
            if leaves:
                self.tree.setCurrentIndex(leaves[0])
        if self._terms:
            self._recount()
        self.refresh_bookmarks()
        self.issueShown.emit(issue)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.proxy.mapToSource(current)
        row = self.model.row_for(source)
        if row is None:
            return
        self._show_row(row)

    def _show_row(self, row: Row) -> None:
        self._render_row(row)
        if self.settings.mark_read_on_show:
            self._set_read(row.id, True)
        self._update_status()
        pending, self._pending_hit = self._pending_hit, None
        if pending is not None:
            self.pane.select_hit(pending)
        self.articleShown.emit(row.id)

    @property
    def current_row(self) -> Row | None:
        return self.model.row_for(self.proxy.mapToSource(self.tree.currentIndex()))

    @property
    def current_id(self) -> str | None:
        row = self.current_row
        return row.id if row is not None else None

    def selected_articles(self) -> list[Row]:
        """Rows selected in the list, in list order (for export and bookmarks)."""
        indexes = [
            i for i in self.tree.selectionModel().selectedRows(TITLE_COLUMN) if i.parent().isValid()
        ]
        order = {self._key(i): n for n, i in enumerate(self._leaves())}
        indexes.sort(key=lambda i: order.get(self._key(i), 0))
        rows = [self.model.row_for(self.proxy.mapToSource(i)) for i in indexes]
        return [r for r in rows if r is not None]

    def toggle_mark(self) -> None:
        """Mark (or unmark) the selected stories for export; x from the keyboard."""
        rows = self.selected_articles()
        current = self.current_row
        if not rows and current is not None:
            rows = [current]
        if not rows:
            return
        mark = not all(self.model.is_marked(r.id) for r in rows)
        for row in rows:
            self.model.set_marked(row.id, mark)
        count = len(self.model.marked_rows())
        self.statusBar().showMessage(f"{count} marked for export", 3000)

    def stories_for_export(self) -> list[Row]:
        """What File › Export Selected takes: the marked rows, else the selected ones."""
        rows = self.model.marked_rows() or self.selected_articles()
        return [r for r in rows if r.article is not None]

    @staticmethod
    def _key(index: QModelIndex) -> tuple[int, int]:
        return (index.parent().row(), index.row())

    def show_article(self, article_id: str) -> bool:
        """Select and show a row by id (clears the filter if it hides the row)."""
        source = self.model.index_for_id(article_id)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filter_field.clear()
            self.set_only_hits(False)
            index = self.proxy.mapFromSource(source)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _on_jump(self, page: int, article_id: str) -> None:
        if article_id and self.show_article(article_id):
            return
        self.go_to_page(page)

    def follow_jump(self) -> bool:
        """Go where the current teaser (or "continued on" line) points, if the issue has it."""
        row = self.current_row
        if row is None or row.article is None:
            return False
        target = self._issue.jump_target(row.article) if self._issue is not None else None
        if target is None:
            self.statusBar().showMessage("This item points nowhere in this issue", 3000)
            return False
        self._on_jump(target[0], target[1] or "")
        return True

    def go_to_page(self, page_number: int) -> bool:
        for index in self._leaves():
            if index.data(Roles.PAGE_NUMBER) == page_number:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return True
        return False

    def _update_status(self) -> None:
        row = self.current_row
        leaves = self._leaves()
        if row is None or not leaves:
            self.position_label.setText("")
            return
        current = self.tree.currentIndex()
        number = next((n for n, i in enumerate(leaves, 1) if i == current), 0)
        self.position_label.setText(f"{row.page.label} · {number} of {len(leaves)}")

    # Navigation ---------------------------------------------------------------------------
    def _leaves(self) -> list[QModelIndex]:
        """Rows of the filtered list that can be shown, top to bottom."""
        leaves = []
        for page_row in range(self.proxy.rowCount()):
            page = self.proxy.index(page_row, 0)
            for row in range(self.proxy.rowCount(page)):
                leaves.append(self.proxy.index(row, 0, page))
        return leaves

    def _position(self, leaves: list[QModelIndex]) -> int:
        current = self.tree.currentIndex()
        if current.isValid() and current.column() != 0:
            current = current.siblingAtColumn(0)
        for n, index in enumerate(leaves):
            if index == current:
                return n
        return -1

    def step_story(self, step: int) -> bool:
        leaves = self._leaves()
        if not leaves:
            return False
        position = self._position(leaves)
        target = 0 if position == -1 else position + step
        if not 0 <= target < len(leaves):
            self.statusBar().showMessage(
                "Last story of the issue" if step > 0 else "First story of the issue", 3000
            )
            return False
        self.tree.setCurrentIndex(leaves[target])
        self.tree.scrollTo(leaves[target])
        return True

    def first_story(self) -> None:
        leaves = self._leaves()
        if leaves:
            self.tree.setCurrentIndex(leaves[0])
            self.tree.scrollTo(leaves[0])

    def last_story(self) -> None:
        leaves = self._leaves()
        if leaves:
            self.tree.setCurrentIndex(leaves[-1])
            self.tree.scrollTo(leaves[-1])

    def step_page(self, step: int) -> bool:
        pages = [self.proxy.index(r, 0) for r in range(self.proxy.rowCount())]
        pages = [p for p in pages if self.proxy.rowCount(p) > 0]
        if not pages:
            return False
        current = self.tree.currentIndex()
        current_page = current.parent().row() if current.parent().isValid() else -1
        position = next((n for n, p in enumerate(pages) if p.row() == current_page), -1)
        target = 0 if position == -1 else position + step
        if not 0 <= target < len(pages):
            self.statusBar().showMessage("No more pages", 3000)
            return False
        first = self.proxy.index(0, 0, pages[target])
        self.tree.setCurrentIndex(first)
        self.tree.scrollTo(pages[target], QAbstractItemView.ScrollHint.PositionAtTop)
        return True

    def scroll_down(self) -> None:
        if self.pane.at_bottom():
            if self.step_story(1):
                self.pane.scroll_to_top()
        else:
            self.pane.page_down()

    def scroll_up(self) -> None:
        if self.pane.at_top():
            if self.step_story(-1):
                self.pane.scroll_to_bottom()
        else:
            self.pane.page_up()

    def toggle_focus(self) -> None:
        if self.tree.hasFocus():
            self.pane.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.tree.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_filter(self) -> None:
        self.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_field.selectAll()

    def extend_selection(self, step: int) -> None:
        leaves = self._leaves()
        position = self._position(leaves)
        target = position + step
        if position == -1 or not 0 <= target < len(leaves):
            return
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(leaves[target], flags)
        self.tree.scrollTo(leaves[target])

    def select_all(self) -> None:
        model = self.tree.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for index in self._leaves():
            model.select(index, flags)

    def _on_filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()
        self._keep_current_visible()

    def _keep_current_visible(self) -> None:
        if not self.tree.currentIndex().isValid():
            leaves = self._leaves()
            if leaves:
                self.tree.setCurrentIndex(leaves[0])
        self._update_status()

    # Services -----------------------------------------------------------------------------
    def set_loader(self, load_issue: IssueLoader) -> None:
        """Open issues with ``load_issue`` from now on (e.g. the store's cached loader, once the
        library is open)."""
        self._load_issue = load_issue

    def set_read_state(self, read_state: ReadState) -> None:
        """Keep read marks in ``read_state`` from now on. Marks made so far in the current
        issue are handed over, and the marks it already holds are shown."""
        issue = self._issue
        self.read_state = read_state
        if issue is None:
            return
        for row_id in self.model.read_ids:
            read_state.set_read(issue, row_id, True)
        for row_id in read_state.read_ids(issue):
            self.model.set_read(row_id, True)

    def set_folder_handler(self, handler: Callable[[Path], bool]) -> None:
        """``handler(path)`` is asked first by ``open_path``; True means it took the path."""
        self._folder_handler = handler

    def set_bookmarks(self, bookmarks: Bookmarks) -> None:
        """Keep bookmarks in ``bookmarks`` from now on (``b``); the list shows which rows."""
        self.bookmarks = bookmarks
        self.refresh_bookmarks()

    # Bookmarks ----------------------------------------------------------------------------
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

    def toggle_bookmark(self) -> None:
        """Bookmark the current story, or drop its bookmark (``b``)."""
        row = self.current_row
        issue = self._issue
        if self.bookmarks is None:
            self.statusBar().showMessage(self._no_library, 6000)
            return
        if row is None or row.article is None or issue is None:
            self.statusBar().showMessage("Only a story can be bookmarked", 3000)
            return
        try:
            now_set = self.bookmarks.toggle(issue, row.article)
        except BroadsheetError as error:
            self.statusBar().showMessage(f"Could not save the bookmark: {error}", 8000)
            return
        self.refresh_bookmarks()
        title = row.article.display_title
        self.statusBar().showMessage(
            f"Bookmarked: {title}" if now_set else f"Bookmark removed: {title}", 4000
        )
        self.bookmarksChanged.emit()

    # Highlight sets -----------------------------------------------------------------------
    def set_user_state(self, state: UserState) -> None:
        """Keep recent files and the window's state in ``state`` (the user database) from now on.

        The window started from the INI copy (the database opens after the first paint). What
        the database holds wins: a state that differs from the INI's is applied now; one the
        database lacks is taken from the INI. Recent files opened meanwhile are added to it.
        """
        self.user_state = state
        try:
            stored = {key: state.ui_state(key) for key in UI_STATE_KEYS}
            known = set(state.recent_files())
            for path in reversed(self.settings.recent_paths):  # oldest first: order kept
                if path not in known:
                    state.touch_recent(path)
        except Exception as error:  # StoreError or sqlite3.Error: the window runs on
            log.warning("window state from the user data: %s", error)
            return
        current = self._ui_state()
        for key, value in stored.items():
            if value is None:
                self._save_ui_state(key, current[key])
            else:
                self._restore_ui_state(key, value, apply=value != current[key])

    def _ui_state(self) -> dict[str, str]:
        def text(data: QByteArray) -> str:
            return bytes(data.toBase64().data()).decode("ascii")

        return {
            "window/geometry": text(self.saveGeometry()),
            "window/state": text(self.saveState()),
            "window/splitter": text(self.splitter.saveState()),
        }

    def _restore_ui_state(self, key: str, value: str, apply: bool) -> None:
        """Keep the database's ``value`` in the INI copy, and show it when ``apply``."""
        data = QByteArray.fromBase64(value.encode("ascii"))
        if key == "window/geometry":
            self.settings.window_geometry = data
            if apply:
                self.restoreGeometry(data)
        elif key == "window/state":
            self.settings.window_state = data
            if apply:
                self.restoreState(data)
        elif key == "window/splitter":
            self.settings.splitter_state = data
            if apply:
                self.splitter.restoreState(data)

    def _save_ui_state(self, key: str, value: str) -> None:
        if self.user_state is None:
            return
        try:
            self.user_state.set_ui_state(key, value)
        except Exception as error:  # StoreError or sqlite3.Error: the window runs on
            log.warning("saving the window state: %s", error)

    def set_highlight_sets(self, sets: HighlightSets) -> None:
        """Keep named sets of terms in ``sets`` (Highlight › Save Terms as a Set…)."""
        self.highlight_sets = sets

    def save_highlight_set(self) -> QDialog | None:
        """Ask for a name (not blocking) and keep the current terms under it."""
        if self.highlight_sets is None:
            self.statusBar().showMessage(self._no_library, 6000)
            return None
        if not self._terms:
            self.statusBar().showMessage("Type the terms to keep in the highlight bar first", 5000)
            self.open_highlight_bar()
            return None
        from PySide6.QtWidgets import QInputDialog

        terms = self._terms
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Save Highlight Set")
        dialog.setLabelText(f"Keep {terms_text(terms)} as:")
        dialog.setTextValue(", ".join(terms)[:60])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda name: self._save_set(name, terms))
        dialog.open()
        return dialog

    def _save_set(self, name: str, terms: tuple[str, ...]) -> None:
        name = name.strip()
        if not name or self.highlight_sets is None:
            return
        try:
            self.highlight_sets.save_highlight_set(name, terms)
        except BroadsheetError as error:
            self.statusBar().showMessage(f"Set not saved: {error}", 8000)
            return
        self.statusBar().showMessage(f"Saved the highlight set “{name}”", 4000)

    def use_highlight_set(self, name: str) -> bool:
        """Highlight the terms of the set called ``name``."""
        if self.highlight_sets is None:
            return False
        try:
            terms = self.highlight_sets.highlight_sets().get(name)
        except BroadsheetError as error:
            self.statusBar().showMessage(str(error), 8000)
            return False
        if not terms:
            return False
        self.set_terms(terms_text(terms))
        self.highlight_bar.show()
        return True

    def _delete_set(self, name: str) -> None:
        if self.highlight_sets is None:
            return
        try:
            self.highlight_sets.delete_highlight_set(name)
        except BroadsheetError as error:
            self.statusBar().showMessage(str(error), 8000)
            return
        self.statusBar().showMessage(f"Deleted the highlight set “{name}”", 4000)

    def _fill_sets_menu(self) -> None:
        menu = self.sets_menu
        menu.clear()
        sets: dict[str, tuple[str, ...]] = {}
        if self.highlight_sets is None:
            menu.addAction(self._no_library).setEnabled(False)
            return
        try:
            sets = self.highlight_sets.highlight_sets()
        except BroadsheetError as error:
            menu.addAction(str(error)).setEnabled(False)
            return
        if not sets:
            menu.addAction("No saved sets").setEnabled(False)
            return
        for name, terms in sets.items():
            action = QAction(f"{name}  —  {', '.join(terms)}", menu)
            action.triggered.connect(lambda _checked=False, n=name: self.use_highlight_set(n))
            menu.addAction(action)
        menu.addSeparator()
        delete = menu.addMenu("Delete")
        for name in sets:
            action = QAction(name, delete)
            action.triggered.connect(lambda _checked=False, n=name: self._delete_set(n))
            delete.addAction(action)

    # Export -------------------------------------------------------------------------------
    @property
    def export_dialog(self) -> ExportDialog | None:
        """The open File › Export Selected dialog, if any."""
        return self._export_dialog

    @property
    def exports(self) -> list[ExportWorker]:
        """Exports still running."""
        return list(self._exports.values())

    def add_export_source(self, panel: QWidget, collect: Callable[[], object]) -> None:
        """Ctrl+E while the keyboard is in ``panel`` (search results, bookmarks) calls
        ``collect``, which gathers that panel's chosen stories and ends in ``export_items``."""
        self._export_sources.append((panel, collect))

    def export_selected(self) -> ExportDialog | None:
        """File › Export Selected… (Ctrl+E): the marked stories, else the selected ones; from a
        panel with the keyboard in it, that panel's chosen stories."""
        focus = QApplication.focusWidget()
        for panel, collect in self._export_sources:
            if focus is not None and (focus is panel or panel.isAncestorOf(focus)):
                collect()
                return None
        rows = self.stories_for_export()
        issue = self._issue
        if not rows:
            self.statusBar().showMessage(
                "Nothing to export: select stories, or mark them with x", 5000
            )
            return None
        from reader.export import ExportItem

        items = [ExportItem(r.article, issue) for r in rows if r.article is not None]
        return self.export_items(items, issue.title if issue is not None else "stories")

    def export_items(self, items: Sequence[ExportItem], suggested_name: str) -> ExportDialog | None:
        """Ask where and how (the export dialog, not blocking), then export ``items``."""
        if not items:
            self.statusBar().showMessage("Nothing to export", 5000)
            return None
        from reader.ui.export_dialog import ExportDialog

        items = list(items)
        dialog = ExportDialog(
            self.settings.qsettings,
            len(items),
            suggested_name=suggested_name,
            highlight_terms=self._terms,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_export(items, dialog.target(), dialog.options()))
        dialog.finished.connect(self._forget_export_dialog)
        self._export_dialog = dialog
        dialog.open()
        return dialog

    def _forget_export_dialog(self) -> None:
        self._export_dialog = None

    def start_export(
        self, items: Sequence[ExportItem], target: Path, options: ExportOptions
    ) -> ExportWorker:
        """Export ``items`` in the window's thread pool, with a progress dialog and Cancel."""
        from reader.ui.export_dialog import ExportProgressDialog
        from reader.ui.export_worker import start_export

        worker = start_export(
            self.runner.pool,
            items,
            target,
            options,
            on_finished=self._export_finished,
            on_failed=self._export_failed,
            on_cancelled=self._export_cancelled,
        )
        self._exports[worker.signals] = worker
        worker.signals.done.connect(self._export_done)
        progress = ExportProgressDialog(worker, self)
        worker.signals.done.connect(progress.deleteLater)
        self.statusBar().showMessage(f"Exporting {len(items)} stories to {target}…")
        self.exportStarted.emit(worker)
        return worker

    def cancel_exports(self) -> None:
        """Ask every running export to stop (the window is closing); none leaves a file."""
        for worker in self._exports.values():
            worker.cancel()

    def _export_done(self) -> None:
        self._exports.pop(self.sender(), None)

    def _export_finished(self, path: str) -> None:
        self.statusBar().showMessage(f"Exported to {path}", 8000)
        self.exportFinished.emit(path)

    def _export_failed(self, error: object) -> None:
        message = str(error)
        self.statusBar().showMessage("Export failed; nothing was written", 8000)
        if not self._closed:
            self.show_message("Export failed", message, self._warning_icon())
        self.exportFailed.emit(message)

    def _export_cancelled(self) -> None:
        self.statusBar().showMessage("Export cancelled; nothing was written", 5000)
        self.exportCancelled.emit()

    # Read state ---------------------------------------------------------------------------
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

    def _set_mark_read_on_show(self, value: bool) -> None:
        self.settings.mark_read_on_show = value

    # Zoom ---------------------------------------------------------------------------------
    def set_zoom(self, zoom: int) -> None:
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self.pane.set_zoom(zoom)
        self.settings.zoom = zoom
        self.statusBar().showMessage(f"Zoom {round(100 * 1.1**zoom)}%", 2000)

    # Highlighting -------------------------------------------------------------------------
    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    @property
    def highlight_bar(self) -> HighlightBar:
        """The bar under the pane, made the first time it is needed (off the start-up path)."""
        if self._highlight_bar is None:
            from reader.ui.highlight_bar import HighlightBar

            bar = HighlightBar(self)
            bar.hide()
            bar.termsChanged.connect(self._on_terms)
            bar.nextRequested.connect(self.next_hit)
            bar.previousRequested.connect(self.previous_hit)
            bar.closeRequested.connect(self.close_bars)
            actions = self.keymap_actions
            bar.whole_words.setChecked(actions["whole_words"].isChecked())
            bar.only_hits.setChecked(actions["only_hits"].isChecked())
            bar.whole_words.toggled.connect(actions["whole_words"].setChecked)
            bar.only_hits.toggled.connect(actions["only_hits"].setChecked)
            bar.set_whole_words_available(self.segmenter.ready)
            self._central_layout.addWidget(bar)
            self._highlight_bar = bar
        return self._highlight_bar

    def set_terms(self, text: str) -> None:
        """Highlight the terms in ``text`` (as if typed in the highlight bar)."""
        self.highlight_bar.set_terms_text(text)

    def open_highlight_bar(self) -> None:
        self.highlight_bar.show()
        self.highlight_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.highlight_bar.field.selectAll()

    def close_bars(self) -> None:
        focus = self.focusWidget()
        if self._highlight_bar is not None and self._highlight_bar.isVisible():
            self.highlight_bar.hide()
            self.tree.setFocus()
        elif focus is self.filter_field or self.filter_field.text():
            self.filter_field.clear()
            self.tree.setFocus()

    def _boundaries(self) -> Callable[[str], frozenset[int]] | None:
        return self.segmenter.boundaries if self.segmenter.ready else None

    def _highlighter(self) -> Callable[[str], list[Span]] | None:
        terms = self._terms
        if not terms:
            return None
        whole_words = self._whole_words
        boundaries = self._boundaries()

        def highlight(text: str) -> list[Span]:
            return find_spans(text, terms, whole_words=whole_words, boundaries=boundaries)

        return highlight

    def _on_terms(self, terms: tuple[str, ...]) -> None:
        self._terms = terms
        self._refresh_highlights()

    def set_whole_words(self, value: bool) -> None:
        if value and not self.segmenter.ready:
            self.keymap_actions["whole_words"].setChecked(False)
            return
        self.settings.whole_words = value
        if self.highlight_bar.whole_words.isChecked() != value:
            self.highlight_bar.whole_words.setChecked(value)
        if value != self._whole_words:
            self._whole_words = value
            self._refresh_highlights()

    def set_only_hits(self, value: bool) -> None:
        if self.highlight_bar.only_hits.isChecked() != value:
            self.highlight_bar.only_hits.setChecked(value)
        if self.keymap_actions["only_hits"].isChecked() != value:
            self.keymap_actions["only_hits"].setChecked(value)
        self.proxy.set_only_hits(value and bool(self._terms))
        self.tree.expandAll()
        self._keep_current_visible()

    def _refresh_highlights(self) -> None:
        row = self.current_row
        if row is not None:
            bar = self.pane.verticalScrollBar()
            position = bar.value()
            self._render_row(row)
            bar.setValue(position)
        self._recount()

    def _render_row(self, row: Row) -> None:
        """Show ``row`` in the pane with the current terms marked."""
        issue = self._issue
        highlight = self._highlighter()
        if row.type is RowType.UNPLACED:
            page = row.page
            self.pane.show_html(lambda style: render_unplaced_html(page, issue, style, highlight))
        else:
            article = row.article
            assert article is not None
            self.pane.show_html(lambda style: render_article_html(article, issue, style, highlight))

    def _recount(self) -> None:
        self._count_generation += 1
        if not self._terms or self._issue is None:
            self.model.set_hit_counts(None)
            self.tree.setColumnHidden(HITS_COLUMN, True)
            self.proxy.set_only_hits(False)
            if self._highlight_bar is not None:
                self._highlight_bar.show_counts([], 0)
            self.tree.expandAll()
            self.hitCountsReady.emit()
            return
        self.runner.start(
            count_issue_hits,
            self._count_generation,
            self._issue,
            self._terms,
            self._whole_words,
            self._boundaries(),
            on_success=self._on_counts,
        )

    def _on_counts(self, counts: HitCounts) -> None:
        if counts.generation != self._count_generation:
            return
        self.model.set_hit_counts(counts.per_row)
        self.tree.setColumnHidden(HITS_COLUMN, False)
        self.proxy.set_only_hits(self.highlight_bar.only_hits.isChecked())
        self.tree.expandAll()
        self._keep_current_visible()
        stories = sum(1 for n in counts.per_row.values() if n)
        self.highlight_bar.show_counts(counts.per_term, stories)
        self.hitCountsReady.emit()

    def next_hit(self) -> None:
        self._step_hit(forward=True)

    def previous_hit(self) -> None:
        self._step_hit(forward=False)

    def _step_hit(self, forward: bool) -> None:
        if not self._terms:
            self.open_highlight_bar()
            return
        if self.pane.step_hit(forward):
            return
        leaves = self._leaves()
        position = self._position(leaves)
        order = leaves[position + 1 :] if forward else list(reversed(leaves[: max(position, 0)]))
        for index in order:
            if self.model.hit_count(str(index.data(Roles.ARTICLE_ID))):
                self._pending_hit = 0 if forward else -1
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return
        self.statusBar().showMessage("No more hits" if forward else "No earlier hits", 3000)

    # jieba --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loading:
            QTimer.singleShot(0, self._start_segmenter)

    def _start_segmenter(self) -> None:
        """Load jieba in the background once the window is up; nothing waits for it.

        When it is not loaded yet, the load starts ``SEGMENTER_DELAY_MS`` later, so that its
        import does not compete with the first paint of the issue for the interpreter.
        """
        if self._segmenter_started:
            return
        self._segmenter_started = True
        if self.segmenter.ready:
            self._on_segmenter_ready(None)
            return
        self.words_label.setText("Word list: loading…")
        QTimer.singleShot(self.SEGMENTER_DELAY_MS, self._load_segmenter)

    def _load_segmenter(self) -> None:
        if self._closed:
            return
        self.runner.start(
            self.segmenter.load,
            on_success=self._on_segmenter_ready,
            on_failure=self._on_segmenter_failed,
        )

    def _on_segmenter_ready(self, _result: object) -> None:
        self.words_label.setText("Word list: ready")
        self.keymap_actions["whole_words"].setEnabled(True)
        if self._highlight_bar is not None:
            self._highlight_bar.set_whole_words_available(True)
        if self.settings.whole_words:
            self.set_whole_words(True)
        self.segmenterReady.emit()

    def _on_segmenter_failed(self, error: Exception) -> None:
        self.words_label.setText("Word list: unavailable")
        log.error("jieba failed to load: %s", error)
        self.segmenterFailed.emit(str(error))

    # Dialogs ------------------------------------------------------------------------------
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

    # Closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.closing.emit()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()
        if self.user_state is not None:
            for key, value in self._ui_state().items():
                self._save_ui_state(key, value)
        for box in list(self._messages):
            box.close()
        if self._cheat_sheet is not None:
            self._cheat_sheet.close()
        self.runner.shutdown()
        super().closeEvent(event)
