"""The headline list's item model: an adapter over an Issue, grouped by page, with named roles."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleOptionViewItem

from reader.model import Article, ArticleKind, Issue, Page
from reader.text.script import TRADITIONAL_FAMILIES, is_traditional
from reader.ui.delegates import PanelDelegate
from reader.ui.i18n import QT_TRANSLATE_NOOP, page_label
from reader.ui.table_model import AnyIndex, role_names
from reader.ui.tooltips import plain_tooltip

if TYPE_CHECKING:
    from PySide6.QtCore import QRegularExpression


class RowType(IntEnum):
    PAGE = 0
    ARTICLE = 1
    #: A page's text the parser could not place in any article; listed so it is never hidden.
    UNPLACED = 2


class Roles(IntEnum):
    """Data roles of the headline model (also exposed by name through ``roleNames``)."""

    ROW_TYPE = Qt.ItemDataRole.UserRole + 1
    ARTICLE = Qt.ItemDataRole.UserRole + 2
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 3
    KIND = Qt.ItemDataRole.UserRole + 4
    PAGE_NUMBER = Qt.ItemDataRole.UserRole + 5
    IS_READ = Qt.ItemDataRole.UserRole + 6
    HIT_COUNT = Qt.ItemDataRole.UserRole + 7
    DERIVED_TITLE = Qt.ItemDataRole.UserRole + 8
    FILTER_TEXT = Qt.ItemDataRole.UserRole + 9
    PAGE = Qt.ItemDataRole.UserRole + 10
    #: Marked for export with x.
    MARKED = Qt.ItemDataRole.UserRole + 11
    #: The reader bookmarked it (the store says which).
    BOOKMARKED = Qt.ItemDataRole.UserRole + 12
    #: Everything the delegate draws beside the title, in one call: a ``RowLook`` (article rows).
    LOOK = Qt.ItemDataRole.UserRole + 13
    #: The parser's confidence in the article (0–1; 1.0 for unplaced text, which is no guess).
    CONFIDENCE = Qt.ItemDataRole.UserRole + 14


#: Item flags, made once (the view asks for them at every row it lays out and paints). A
#: story's row never has children: saying so spares the tree view asking every row for them
#: (through the filter: three calls into Python a row) each time it lays the list out.
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_PAGE_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

#: ``Roles.LOOK`` as a plain int: the delegate asks for it once per row it paints.
_LOOK = int(Roles.LOOK)

ROLE_NAMES: dict[int, bytes] = {
    Roles.ROW_TYPE: b"rowType",
    Roles.ARTICLE: b"article",
    Roles.ARTICLE_ID: b"articleId",
    Roles.KIND: b"kind",
    Roles.PAGE_NUMBER: b"pageNumber",
    Roles.IS_READ: b"isRead",
    Roles.HIT_COUNT: b"hitCount",
    Roles.DERIVED_TITLE: b"derivedTitle",
    Roles.FILTER_TEXT: b"filterText",
    Roles.PAGE: b"page",
    Roles.MARKED: b"marked",
    Roles.BOOKMARKED: b"bookmarked",
    Roles.LOOK: b"look",
    Roles.CONFIDENCE: b"confidence",
}


#: TRADITIONAL_FAMILIES with the sans faces first: the headline list's choice.
LIST_TRADITIONAL_FAMILIES: tuple[str, ...] = tuple(
    sorted(TRADITIONAL_FAMILIES, key=lambda family: "Sans" not in family)
)


class RowLook(NamedTuple):
    """Everything the delegate draws for an article row (``Roles.LOOK``): one call to the model
    per painted row, instead of the ten or so roles a style's item painting asks for."""

    kind: str
    read: bool
    marked: bool
    bookmarked: bool
    #: The parser is unsure of this item (``Article.doubtful``): a small ring is drawn.
    doubtful: bool = False
    #: The title as listed (``HeadlineModel.row_title``).
    title: str = ""
    #: The title is derived from the text (no headline): drawn in italics.
    derived: bool = False
    #: The title's colour (the model's ``ForegroundRole``); None: the palette's text colour.
    colour: QColor | None = None
    #: The title is in Traditional characters: drawn in a Traditional face (TC), whose
    #: punctuation sits where Taiwan and Hong Kong print it, as in the story pane.
    traditional: bool = False


TITLE_COLUMN = 0
HITS_COLUMN = 1

#: Roles below this are Qt's own (the custom ``Roles`` start here).
_USER_ROLE = int(Qt.ItemDataRole.UserRole)
# Qt's roles as plain ints: a view asks for some ten per row it paints, and comparing with the
# enum members (two attribute lookups each) was a good part of the list's paint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)

#: A colour mark per kind, readable on light and dark backgrounds; stories carry none.
KIND_COLOURS: dict[str, str] = {
    ArticleKind.BRIEF.value: "#8a8f98",
    ArticleKind.CAPTION.value: "#3d8bd9",
    ArticleKind.TEASER.value: "#e08a2c",
    ArticleKind.NOTICE.value: "#a06cd5",
    "unplaced": "#c0504d",
}

#: The kinds' names, translated where shown (``kind_label``).
KIND_LABELS: dict[str, str] = {
    ArticleKind.STORY.value: QT_TRANSLATE_NOOP("HeadlineModel", "Story"),
    ArticleKind.BRIEF.value: QT_TRANSLATE_NOOP("HeadlineModel", "Brief"),
    ArticleKind.CAPTION.value: QT_TRANSLATE_NOOP("HeadlineModel", "Photo caption"),
    ArticleKind.TEASER.value: QT_TRANSLATE_NOOP("HeadlineModel", "Teaser"),
    ArticleKind.NOTICE.value: QT_TRANSLATE_NOOP("HeadlineModel", "Notice"),
    "unplaced": QT_TRANSLATE_NOOP("HeadlineModel", "Unplaced text"),
}


def kind_label(kind: str) -> str:
    """A kind's name in the interface language ("Teaser", "导读")."""
    return QCoreApplication.translate("HeadlineModel", KIND_LABELS[kind])


#: Colour of the export mark bar and the bookmark sign.
MARK_COLOUR = "#c8553d"
#: Colour of the small ring drawn on items the parser is unsure of.
DOUBT_COLOUR = "#b08a2e"
BOOKMARK_GLYPH = "★"

#: Short labels drawn as tags on list rows.
KIND_TAGS: dict[str, str] = {
    ArticleKind.BRIEF.value: QT_TRANSLATE_NOOP("HeadlineTag", "brief"),
    ArticleKind.CAPTION.value: QT_TRANSLATE_NOOP("HeadlineTag", "photo"),
    ArticleKind.TEASER.value: QT_TRANSLATE_NOOP("HeadlineTag", "teaser"),
    ArticleKind.NOTICE.value: QT_TRANSLATE_NOOP("HeadlineTag", "notice"),
    "unplaced": QT_TRANSLATE_NOOP("HeadlineTag", "unplaced"),
}


@dataclass(frozen=True, slots=True)
class Row:
    """One row under a page: an article, or the page's unplaced text."""

    type: RowType
    page: Page
    article: Article | None = None

    @property
    def id(self) -> str:
        return self.article.id if self.article is not None else self.page.unplaced_id

    @property
    def kind(self) -> str:
        return self.article.kind.value if self.article is not None else "unplaced"

    @property
    def title(self) -> str:
        if self.article is not None:
            return self.article.display_title or kind_label(self.kind)
        return kind_label(self.kind)  # (the list shows its line count: HeadlineModel.row_title)

    @property
    def derived(self) -> bool:
        return self.article is None or self.article.has_derived_title

    @property
    def doubtful(self) -> bool:
        return self.article is not None and self.article.doubtful


def _rows_of(page: Page) -> list[Row]:
    rows = [Row(RowType.ARTICLE, page, a) for a in page.articles]
    if page.unplaced:
        rows.append(Row(RowType.UNPLACED, page))
    return rows


def leading_pages(issue: Issue, rows: int) -> int:
    """How many of ``issue``'s first pages the list holds in at most ``rows`` rows (a page's
    header row and its stories), and never fewer than one page."""
    count = held = 0
    for page in issue.pages:
        held += 1 + len(page.articles) + (1 if page.unplaced else 0)
        if held > rows:
            break
        count += 1
    return max(count, 1)


class HeadlineModel(QAbstractItemModel):
    """Pages as top-level rows, their articles (and unplaced text) as children; two columns.

    Column 0 is the title, column 1 the hit count of the highlighted terms. Read state and hit
    counts are set from outside; the model only shows them.
    """

    #: An article's read state changed: (article id, read).
    readChanged = Signal(str, bool)
    #: The set of rows marked for export changed.
    marksChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._issue: Issue | None = None
        self._pages: list[Page] = []
        self._rows: list[list[Row]] = []
        self._position: dict[str, tuple[int, int]] = {}
        self._read: set[str] = set()
        self._marked: set[str] = set()
        self._bookmarked: set[str] = set()
        self._hits: dict[str, int] = {}
        self._hits_active = False
        self._palette: QPalette | None = None
        #: Listed titles by row id (a derived title is made from the text: not at every paint).
        self._titles: dict[str, str] = {}
        #: Each row's ``RowLook`` as last asked for, until the row changes.
        self._looks: dict[str, RowLook] = {}

    def set_palette(self, palette: QPalette) -> None:
        """Colour rows (read, unread, page headers) from ``palette``: the list's, under the
        window's theme (until then, the application's)."""
        self._palette = QPalette(palette)
        self._everything_changed()

    @property
    def palette(self) -> QPalette:
        return self._palette if self._palette is not None else QApplication.palette()

    # Content ------------------------------------------------------------------------------
    @property
    def issue(self) -> Issue | None:
        return self._issue

    def set_issue(
        self, issue: Issue | None, read_ids: Iterable[str] = (), pages: int | None = None
    ) -> None:
        """Hold ``issue``: its first ``pages`` pages (all when None); ``add_pages`` adds the
        rest, so that a big issue's list can be filled in slices of the event loop."""
        self.beginResetModel()
        self._issue = issue
        self._pages = list(issue.pages[:pages]) if issue is not None else []
        self._rows = [_rows_of(p) for p in self._pages]
        self._position = {}
        for page_row, rows in enumerate(self._rows):
            self._index_rows(page_row, rows)
        self._read = set(read_ids)
        self._marked = set()
        self._bookmarked = set()
        self._hits = {}
        self._hits_active = False
        self._titles = {}
        self._looks = {}
        self.endResetModel()

    def _index_rows(self, page_row: int, rows: list[Row]) -> None:
        for child_row, row in enumerate(rows):
            self._position[row.id] = (page_row, child_row)

    @property
    def pages_held(self) -> int:
        """How many of the issue's pages are in the list so far."""
        return len(self._pages)

    @property
    def complete(self) -> bool:
        """Every page of the issue is in the list."""
        return self._issue is None or len(self._pages) >= len(self._issue.pages)

    def grows_into(self, issue: Issue) -> bool:
        """``issue`` begins with the very pages held now (the same objects): it is the issue on
        screen grown by more pages (a parse streaming in), not another issue."""
        held = self._pages
        return (
            self._issue is not None
            and bool(held)
            and len(issue.pages) >= len(held)
            and all(a is b for a, b in zip(issue.pages, held, strict=False))
        )

    def grow(self, issue: Issue) -> None:
        """Take ``issue`` (see ``grows_into``) without a reset: rows, selection and marks stay;
        its further pages come in through ``add_pages``."""
        self._issue = issue

    def add_pages(self, count: int = 1) -> int:
        """Add up to ``count`` more of the issue's pages at the end of the list (rows are
        inserted, so the selection and the current row stay); returns how many were added."""
        issue = self._issue
        if issue is None:
            return 0
        start = len(self._pages)
        new = list(issue.pages[start : start + count])
        if not new:
            return 0
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        for offset, page in enumerate(new):
            rows = _rows_of(page)
            self._pages.append(page)
            self._rows.append(rows)
            self._index_rows(start + offset, rows)
        self.endInsertRows()
        return len(new)

    def row_for(self, index: AnyIndex) -> Row | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        page_row = index.internalId() - 1
        if page_row >= len(self._rows) or index.row() >= len(self._rows[page_row]):
            return None
        return self._rows[page_row][index.row()]

    def index_for_id(self, row_id: str, column: int = 0) -> QModelIndex:
        position = self._position.get(row_id)
        if position is None:
            return QModelIndex()
        page_row, child_row = position
        return self.createIndex(child_row, column, page_row + 1)

    def index_for_page(self, page_number: int) -> QModelIndex:
        for row, page in enumerate(self._pages):
            if page.number == page_number:
                return self.createIndex(row, 0, 0)
        return QModelIndex()

    def iter_rows(self) -> Iterator[Row]:
        for rows in self._rows:
            yield from rows

    # Read state ---------------------------------------------------------------------------
    def is_read(self, row_id: str) -> bool:
        return row_id in self._read

    @property
    def read_ids(self) -> frozenset[str]:
        return frozenset(self._read)

    def set_read(self, row_id: str, read: bool) -> None:
        if (row_id in self._read) == read or row_id not in self._position:
            return
        if read:
            self._read.add(row_id)
        else:
            self._read.discard(row_id)
        self._row_changed(row_id)
        self.readChanged.emit(row_id, read)

    # Marks and bookmarks ------------------------------------------------------------------
    def _row_changed(self, row_id: str) -> None:
        self._looks.pop(row_id, None)
        # A cell at a time: a view repaints a single changed cell alone, but the whole of
        # itself for a range (a read mark set as a story is shown repainted the whole list).
        for column in (TITLE_COLUMN, HITS_COLUMN):
            cell = self.index_for_id(row_id, column)
            self.dataChanged.emit(cell, cell, [])

    def is_marked(self, row_id: str) -> bool:
        return row_id in self._marked

    def set_marked(self, row_id: str, marked: bool) -> None:
        """Mark a row for export (x), or unmark it."""
        if (row_id in self._marked) == marked or row_id not in self._position:
            return
        if marked:
            self._marked.add(row_id)
        else:
            self._marked.discard(row_id)
        self._row_changed(row_id)
        self.marksChanged.emit()

    def clear_marks(self) -> None:
        marked, self._marked = self._marked, set()
        for row_id in marked:
            self._row_changed(row_id)
        if marked:
            self.marksChanged.emit()

    def marked_rows(self) -> list[Row]:
        """Marked rows in issue order."""
        return [row for row in self.iter_rows() if row.id in self._marked]

    def set_bookmarked(self, row_ids: Iterable[str]) -> None:
        """Which rows carry a bookmark (the store knows; the list shows it)."""
        new = {i for i in row_ids if i in self._position}
        changed = new ^ self._bookmarked
        self._bookmarked = new
        for row_id in changed:
            self._row_changed(row_id)

    def is_bookmarked(self, row_id: str) -> bool:
        return row_id in self._bookmarked

    # Hits ---------------------------------------------------------------------------------
    @property
    def hits_active(self) -> bool:
        return self._hits_active

    def hit_count(self, row_id: str) -> int:
        return self._hits.get(row_id, 0)

    def set_hit_counts(self, counts: Mapping[str, int] | None) -> None:
        """Show hit counts (``None`` hides the column's numbers when no terms are set)."""
        self._hits = dict(counts or {})
        self._hits_active = counts is not None
        self._everything_changed()

    def _everything_changed(self) -> None:
        """Every row's data may have changed (hit counts, colours): tell the views."""
        self._titles = {}
        self._looks = {}
        for page_row, rows in enumerate(self._rows):
            if rows:
                self.dataChanged.emit(
                    self.createIndex(0, TITLE_COLUMN, page_row + 1),
                    self.createIndex(len(rows) - 1, HITS_COLUMN, page_row + 1),
                    [],
                )
        if self._rows:
            self.dataChanged.emit(
                self.createIndex(0, TITLE_COLUMN, 0),
                self.createIndex(len(self._rows) - 1, HITS_COLUMN, 0),
                [],
            )

    def page_hit_count(self, page_row: int) -> int:
        return sum(self._hits.get(r.id, 0) for r in self._rows[page_row])

    # QAbstractItemModel -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # (Asked through the filter for every row at each layout of the list: as few calls into
        # the binding as will do. An invalid parent's row is -1.)
        if column < 0 or column >= 2 or row < 0:
            return QModelIndex()
        page_row = parent.row()
        if page_row < 0:
            return self.createIndex(row, column, 0) if row < len(self._pages) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        if page_row >= len(self._rows) or row >= len(self._rows[page_row]):
            return QModelIndex()
        return self.createIndex(row, column, page_row + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        page = index.internalId()  # (0 for a page, and for an invalid index)
        if page == 0:
            return QModelIndex()
        return self.createIndex(page - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._pages)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._rows):
            return len(self._rows[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The columns' names: the header is hidden, but a screen reader is told them (without
        them, Qt's numbers "1" and "2")."""
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            if section == TITLE_COLUMN:
                return self.tr("Headline")
            if section == HITS_COLUMN:
                return self.tr("Hits")
        return super().headerData(section, orientation, role)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        if index.internalId() == 0:
            return _PAGE_FLAGS
        return _ROW_FLAGS

    def roleNames(self) -> dict[int, QByteArray]:
        return role_names(super().roleNames(), ROLE_NAMES)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if index.row() >= len(self._pages):
                return None
            return self._page_data(index.row(), index.column(), role)
        row = self.row_for(index)
        if row is None:
            return None
        return self._row_data(row, index.column(), role)

    def _page_data(self, page_row: int, column: int, role: int) -> Any:
        page = self._pages[page_row]
        if role == Roles.ROW_TYPE:
            return int(RowType.PAGE)
        if role == Roles.PAGE_NUMBER:
            return page.number
        if role == Roles.PAGE:
            return page
        if role == Roles.HIT_COUNT:
            return self.page_hit_count(page_row)
        if role == Roles.FILTER_TEXT:
            return page_label(page, page.number)
        if column == TITLE_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return page_label(page, page.number)
            if role == Qt.ItemDataRole.ToolTipRole:
                count = self.tr("%n item(s)", "", len(page.articles))
                return plain_tooltip(f"{page_label(page, page.number)}: {count}")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.palette.color(QPalette.ColorRole.PlaceholderText)
        if column == HITS_COLUMN and role == Qt.ItemDataRole.DisplayRole and self._hits_active:
            total = self.page_hit_count(page_row)
            return str(total) if total else ""
        if column == HITS_COLUMN and role == _ACCESSIBLE:  # (the page's hits in words)
            if not self._hits_active:
                return ""
            return self.tr("%n hit(s)", "", self.page_hit_count(page_row))
        if column == HITS_COLUMN and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_title(self, row: Row) -> str:
        """A row's title as listed; a page's unplaced text with its line count."""
        title = self._titles.get(row.id)
        if title is None:
            if row.article is not None:
                title = row.title
            else:
                title = self.tr("Unplaced text (%n line(s))", "", len(row.page.unplaced))
            self._titles[row.id] = title
        return title

    def _foreground(self, row: Row, read: bool) -> QColor:
        """A row's title colour: dimmed when read or when the title is derived."""
        palette = self.palette
        if read or row.derived:
            return palette.color(QPalette.ColorRole.PlaceholderText)
        return palette.color(QPalette.ColorRole.Text)

    def _row_data(self, row: Row, column: int, role: int) -> Any:
        if role < _USER_ROLE:  # what the view asks for every row it paints: no custom role
            return self._shown_row_data(row, column, role)
        read = row.id in self._read
        if role == _LOOK:  # (the delegate's, at every row it paints: first)
            look = self._looks.get(row.id)
            if look is None:
                title = self.row_title(row)
                look = self._looks[row.id] = RowLook(
                    row.kind,
                    read,
                    row.id in self._marked,
                    row.id in self._bookmarked,
                    row.doubtful,
                    title,
                    row.derived,
                    self._foreground(row, read),
                    # (a title with no wide character is no Traditional one: one quick test)
                    not title.isascii() and is_traditional(title),
                )
            return look
        if role == Roles.ROW_TYPE:
            return int(row.type)
        if role == Roles.ARTICLE:
            return row.article
        if role == Roles.ARTICLE_ID:
            return row.id
        if role == Roles.KIND:
            return row.kind
        if role == Roles.PAGE_NUMBER:
            return row.page.number
        if role == Roles.PAGE:
            return row.page
        if role == Roles.IS_READ:
            return read
        if role == Roles.MARKED:
            return row.id in self._marked
        if role == Roles.BOOKMARKED:
            return row.id in self._bookmarked
        if role == Roles.HIT_COUNT:
            return self._hits.get(row.id, 0)
        if role == Roles.CONFIDENCE:
            return row.article.confidence if row.article is not None else 1.0
        if role == Roles.DERIVED_TITLE:
            return row.derived
        if role == Roles.FILTER_TEXT:
            article = row.article
            if article is None:
                return self.row_title(row) + " " + " ".join(row.page.unplaced)
            parts = (article.kicker, article.display_title, article.subheadline, article.byline)
            return " ".join(p for p in parts if p)
        return None

    def _shown_row_data(self, row: Row, column: int, role: int) -> Any:
        """A row's data for Qt's own roles (text, font, colours, tooltip …)."""
        read = row.id in self._read
        if column == HITS_COLUMN:
            if role == _DISPLAY and self._hits_active:
                count = self._hits.get(row.id, 0)
                return str(count) if count else ""
            if role == _ACCESSIBLE:  # (the count in words; the title cell says it too)
                if not self._hits_active:
                    return ""
                return self.tr("%n hit(s)", "", self._hits.get(row.id, 0))
            if role == _ALIGNMENT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == _FONT:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == _DISPLAY:
            return self.row_title(row)
        if role == _TOOLTIP:
            parts = [kind_label(row.kind)]
            if row.derived:
                parts.append(self.tr("no headline; title taken from the text"))
            if row.doubtful and row.article is not None:
                parts.append(
                    self.tr("parsed with low confidence ({percent}): check it").format(
                        percent=f"{row.article.confidence:.0%}"
                    )
                )
            notes = " — ".join(parts)
            states = [self.tr("read") if read else self.tr("unread")]
            if row.id in self._marked:
                states.append(self.tr("marked for export"))
            if row.id in self._bookmarked:
                states.append(self.tr("bookmarked"))
            # The full headline first: the row may show it cut short.
            return plain_tooltip(f"{self.row_title(row)}\n" + " · ".join([notes, *states]))
        if role == _FONT:
            font = QFont()
            font.setBold(not read)
            font.setItalic(row.derived)
            return font
        if role == _FOREGROUND:
            return self._foreground(row, read)
        if role == _ACCESSIBLE:
            return self.spoken(row, read)
        return None

    def spoken(self, row: Row, read: bool) -> str:
        """What a screen reader says for a row: the headline, its kind and page, then what the
        eye sees in the row's gutter and face (no headline, the doubt ring, read, the export
        mark, the bookmark star, the hit count). An unread row says nothing of it: most are."""
        parts = [self.row_title(row), kind_label(row.kind), page_label(row.page, row.page.number)]
        if row.derived and row.article is not None:
            parts.append(self.tr("no headline"))
        if row.doubtful and row.article is not None:
            parts.append(
                self.tr("low confidence {percent}").format(percent=f"{row.article.confidence:.0%}")
            )
        if read:
            parts.append(self.tr("read"))
        if row.id in self._marked:
            parts.append(self.tr("marked for export"))
        if row.id in self._bookmarked:
            parts.append(self.tr("bookmarked"))
        if self._hits_active:
            parts.append(self.tr("%n hit(s)", "", self._hits.get(row.id, 0)))
        return ", ".join(parts)


class HeadlineFilter(QSortFilterProxyModel):
    """Narrows the list to titles containing the filter text, and optionally to rows with hits.

    Page rows never match on their own: a page shows when one of its rows does.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(Roles.FILTER_TEXT)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(TITLE_COLUMN)
        self._only_hits = False
        #: Whether a filter is set (see the setters below).
        self._filtering = False

    @property
    def only_hits(self) -> bool:
        return self._only_hits

    def set_only_hits(self, value: bool) -> None:
        if value != self._only_hits:
            self.beginFilterChange()
            self._only_hits = value
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    # The filter's setters, overridden to note whether a filter is set: ``filterAcceptsRow``
    # asks for every row, and asking Qt (``filterRegularExpression()``) built that class's
    # enums on the launch's first pass (~0.5 ms) and copies a QRegularExpression each time.
    def setFilterFixedString(self, pattern: str) -> None:
        self._filtering = bool(pattern)
        super().setFilterFixedString(pattern)

    def setFilterWildcard(self, pattern: str) -> None:
        self._filtering = bool(pattern)
        super().setFilterWildcard(pattern)

    def setFilterRegularExpression(self, pattern: QRegularExpression | str) -> None:
        self._filtering = bool(pattern if isinstance(pattern, str) else pattern.pattern())
        super().setFilterRegularExpression(pattern)

    def refresh(self) -> None:
        """Re-run the filter (after hit counts change)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not source_parent.isValid():
            return False  # a page (the top level): shown when one of its rows is
        if self._only_hits:
            index = self.sourceModel().index(source_row, TITLE_COLUMN, source_parent)
            if not index.data(Roles.HIT_COUNT):
                return False
        if not self._filtering:
            return True  # no filter text: every row (without building its filter text)
        return super().filterAcceptsRow(source_row, source_parent)


class HeadlineDelegate(PanelDelegate):
    """Draws a headline row: an unread dot in the gutter, the title, and a tag for its kind.

    Stories carry no tag; captions, teasers, briefs, notices and unplaced text carry a small
    coloured label, so every row's title starts at the same place.
    """

    GUTTER = 14
    TAG_GAP = 6
    #: Extra height per row, for a list that breathes.
    ROW_PADDING = 12

    #: The unread dot's and the doubt ring's diameter; the gap between them when both show.
    DOT = 6
    RING = 6
    MARK_GAP = 3

    @classmethod
    def gutter_marks(cls, rect: QRect, look: RowLook) -> tuple[QRect | None, QRect | None]:
        """Where the unread dot and the doubt ring go in a row's gutter (None: not shown).

        Alone, each sits on the row's middle; together they stack, one above the other, with
        a gap, so that neither hides the other at any row height.
        """
        left = rect.left() + 4
        middle = rect.center().y() + 1
        dot = None if look.read else QRect(left, 0, cls.DOT, cls.DOT)
        ring = QRect(left, 0, cls.RING, cls.RING) if look.doubtful else None
        if dot is not None and ring is not None:
            top = middle - (cls.DOT + cls.MARK_GAP + cls.RING) // 2
            dot.moveTop(top)
            ring.moveTop(top + cls.DOT + cls.MARK_GAP)
        else:
            for mark in (dot, ring):
                if mark is not None:
                    mark.moveTop(middle - mark.height() // 2)
        return dot, ring

    #: Elided titles kept (by title, width and font); a list shows a few hundred rows.
    ELIDED_KEPT = 4096

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        # What a row's drawing needs that does not change from paint to paint, made once:
        # fonts and their metrics, the kinds' tags, elided titles.
        self._fonts: dict[tuple[str, bool, bool, bool], tuple[QFont, QFontMetrics]] = {}
        self._tags: dict[tuple[str, str], tuple[QFont, str, int, int]] = {}
        self._elided: dict[tuple[str, int, str, bool, bool], str] = {}

    @functools.cached_property
    def traditional_family(self) -> str | None:
        """The first installed family of ``TRADITIONAL_FAMILIES``, its sans faces first (the
        list is set in the interface's sans face, not the story's serif), or None; looked up
        once."""
        installed = set(QFontDatabase.families())
        return next((f for f in LIST_TRADITIONAL_FAMILIES if f in installed), None)

    def _font(
        self, base: QFont, key: str, bold: bool, italic: bool, traditional: bool = False
    ) -> tuple[QFont, QFontMetrics]:
        """``base`` (the list's font, whose ``key()`` is ``key``) in bold and/or italics, with
        a Traditional face first for a title in Traditional characters (when one is installed)."""
        found = self._fonts.get((key, bold, italic, traditional))
        if found is None:
            font = QFont(base)
            font.setBold(bold)
            font.setItalic(italic)
            family = self.traditional_family if traditional else None
            if family is not None:
                font.setFamilies([family, *base.families()])
            found = self._fonts[(key, bold, italic, traditional)] = (font, QFontMetrics(font))
        return found

    def _tag(self, base: QFont, key: str, kind: str) -> tuple[QFont, str, int, int]:
        """A kind's tag: its font, label (translated), width and height."""
        language = QCoreApplication.translate("HeadlineTag", "brief")  # (a language change)
        found = self._tags.get((key + language, kind))
        if found is None:
            tag_font = QFont(base)
            tag_font.setBold(False)
            tag_font.setItalic(False)
            tag_font.setPointSizeF(max(6.5, base.pointSizeF() * 0.72))
            label = QCoreApplication.translate("HeadlineTag", KIND_TAGS.get(kind, kind))
            metrics = QFontMetrics(tag_font)
            found = (tag_font, label, metrics.horizontalAdvance(label) + 10, metrics.height() + 2)
            self._tags[(key + language, kind)] = found
        return found

    def _elide(self, look: RowLook, width: int, key: str, metrics: QFontMetrics) -> str:
        elision = (look.title, width, key, not look.read, look.derived)
        text = self._elided.get(elision)
        if text is None:
            if len(self._elided) >= self.ELIDED_KEPT:
                self._elided.clear()
            text = metrics.elidedText(look.title, Qt.TextElideMode.ElideRight, width)
            self._elided[elision] = text
        return text

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.GUTTER, size.height() + self.ROW_PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        look = index.data(_LOOK) if index.column() == TITLE_COLUMN else None
        if look is None:  # a page row, or the hits column
            super().paint(painter, option, index)
            return
        self.paint_bare_panel(painter, option, index)
        base = option.font
        key = base.key()
        whole = option.rect
        rect = whole.adjusted(self.GUTTER, 0, -4, 0)
        selected = self.is_selected(index)
        white = QColor("#ffffff") if selected else None
        painter.save()
        if look.marked:
            # Marked for export: a bar down the left edge, visible even on the selection.
            bar = QRect(whole.left(), whole.top() + 2, 3, whole.height() - 4)
            painter.fillRect(bar, white if white is not None else QColor(MARK_COLOUR))
        dot, ring = self.gutter_marks(whole, look)
        if dot is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(white if white is not None else QColor("#2f7ad8"))
            painter.drawEllipse(dot)
        if ring is not None:
            # A small hollow ring: the parser guessed here, look twice.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(white if white is not None else QColor(DOUBT_COLOUR))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(ring)
        kind = look.kind
        tag_width = 0
        if look.bookmarked:
            glyph_font, glyph_metrics = self._font(base, key, False, False)
            painter.setFont(glyph_font)
            painter.setPen(white if white is not None else QColor(MARK_COLOUR))
            glyph_width = glyph_metrics.horizontalAdvance(BOOKMARK_GLYPH) + 4
            painter.drawText(
                QRect(rect.right() - glyph_width, rect.top(), glyph_width, rect.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                BOOKMARK_GLYPH,
            )
            rect = rect.adjusted(0, 0, -glyph_width - 2, 0)
        if kind in KIND_COLOURS:
            tag_font, label, tag_width, tag_height = self._tag(base, key, kind)
            tag = QRect(
                rect.right() - tag_width,
                whole.center().y() - tag_height // 2 + 1,
                tag_width,
                tag_height,
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(white if white is not None else QColor(KIND_COLOURS[kind]))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tag.adjusted(0, 0, -1, -1), 4, 4)
            painter.setFont(tag_font)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)
            tag_width += self.TAG_GAP
        text_rect = rect.adjusted(0, 0, -tag_width, 0)
        font, metrics = self._font(base, key, not look.read, look.derived, look.traditional)
        painter.setFont(font)
        if selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText))
        else:
            colour = look.colour
            painter.setPen(
                colour if colour is not None else option.palette.color(QPalette.ColorRole.Text)
            )
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self._elide(look, text_rect.width(), key, metrics),
        )
        painter.restore()
