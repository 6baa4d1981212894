"""The search panel: a query box over the whole library, results ranked with their snippets.

Queries run in a worker (each with its own connections), newest query wins. Snippets are drawn
as plain text runs with the hits in bold: no rich text, so page text is never interpreted.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.errors import QueryError
from reader.store.library import Library
from reader.store.records import Hit, Snippet
from reader.store.search import parse_query
from reader.ui.delegates import PanelDelegate
from reader.ui.empty_hint import HintedListView
from reader.ui.regions import name_clear_button
from reader.ui.table_model import AnyIndex, role_names
from reader.ui.tooltips import plain_tooltip
from reader.ui.workers import TaskRunner


class HitRoles(IntEnum):
    HIT = Qt.ItemDataRole.UserRole + 1
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 2
    SOURCE = Qt.ItemDataRole.UserRole + 3
    META = Qt.ItemDataRole.UserRole + 4


#: What joins a hit's paper, date and page.
META_JOIN = " · "


def _hit_place(hit: Hit) -> str:
    """The date and the page of a hit ("1916-02-15 · page 1"; the page's printed name, as
    the window heads it, when it has one: "2025-01-14 · 第A3版")."""
    page = hit.page_name or QCoreApplication.translate("SearchPanel", "page {number}").format(
        number=hit.page
    )
    return META_JOIN.join([hit.date, page] if hit.date else [page])


def _with_paper(newspaper: str | None, place: str) -> str:
    return f"{newspaper}{META_JOIN}{place}" if newspaper else place


def hit_meta(hit: Hit) -> str:
    return _with_paper(hit.newspaper, _hit_place(hit))


def fitted_hit_meta(hit: Hit, metrics: QFontMetrics, width: int) -> str:
    """``hit_meta`` in ``width`` pixels. Short of room, the paper's name gives way from its end
    ("The Hawaiian Ga… · 1916-02-15 · page 1"): the date and the page stay whole while they fit,
    and are cut from the left only when even they do not."""
    place = _hit_place(hit)
    whole = _with_paper(hit.newspaper, place)
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    if hit.newspaper:
        room = width - metrics.horizontalAdvance(META_JOIN + place)
        name = metrics.elidedText(hit.newspaper, Qt.TextElideMode.ElideRight, max(room, 0))
        if room > 0 and name not in ("", "…"):
            return name + META_JOIN + place
    return metrics.elidedText(place, Qt.TextElideMode.ElideLeft, width)


class HitModel(QAbstractListModel):
    """Search hits, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []

    def set_hits(self, hits: Sequence[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.headline
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{hit.headline}\n{hit_meta(hit)}\n{hit.snippet.text}")
        if role == HitRoles.HIT:
            return hit
        if role == HitRoles.ARTICLE_ID:
            return hit.article_id
        if role == HitRoles.SOURCE:
            return hit.source
        if role == HitRoles.META:
            return hit_meta(hit)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return role_names(
            super().roleNames(),
            {
                HitRoles.HIT: b"hit",
                HitRoles.ARTICLE_ID: b"articleId",
                HitRoles.SOURCE: b"source",
                HitRoles.META: b"meta",
            },
        )


class HitDelegate(PanelDelegate):
    """Three lines per hit: headline (bold), paper · date · page, snippet with hits in bold."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        # Narrow: a row takes the list's width, so a narrow panel elides instead of scrolling.
        return QSize(metrics.averageCharWidth() * 12, 3 * metrics.lineSpacing() + 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = self.paint_panel(painter, option, index)
        hit: Hit = index.data(HitRoles.HIT)
        selected = self.is_selected(index)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(text_role)
        line = QFontMetrics(opt.font).lineSpacing()
        rect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, 0)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.save()
        painter.setPen(colour)
        painter.setFont(bold)
        row = QRect(rect.left(), rect.top(), rect.width(), line)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(
            row,
            flags,
            QFontMetrics(bold).elidedText(hit.headline, Qt.TextElideMode.ElideRight, row.width()),
        )
        painter.setFont(opt.font)
        muted = colour if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        row.translate(0, line)
        meta = fitted_hit_meta(hit, QFontMetrics(opt.font), row.width())
        painter.drawText(row, flags, meta)
        row.translate(0, line)
        painter.setPen(colour)
        self._draw_snippet(painter, row, hit, opt.font, bold)
        painter.restore()

    @staticmethod
    def _draw_snippet(painter: QPainter, row: QRect, hit: Hit, plain: QFont, bold: QFont) -> None:
        snippet = snippet_in_row(hit.snippet, plain, bold, row.width())
        text, x, right = snippet.text, row.left(), row.right()
        runs: list[tuple[str, bool]] = []
        pos = 0
        for start, end in snippet.spans:
            runs += [(text[pos:start], False), (text[start:end], True)]
            pos = end
        runs.append((text[pos:], False))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for run, is_hit in runs:
            if not run or x >= right:
                continue
            font = bold if is_hit else plain
            metrics = QFontMetrics(font)
            room = right - x
            shown = metrics.elidedText(run, Qt.TextElideMode.ElideRight, room)
            painter.setFont(font)
            painter.drawText(QRect(x, row.top(), room, row.height()), flags, shown)
            x += metrics.horizontalAdvance(shown)
            if shown != run:
                break  # elided: the row is full


def snippet_in_row(snippet: Snippet, plain: QFont, bold: QFont, width: int) -> Snippet:
    """``snippet`` as one row of ``width`` pixels shows it: whole when its first hit fits,
    else with its start cut (and marked "…") so that the first hit sits mid-row."""
    if not snippet.spans:
        return snippet
    text = snippet.text
    start, end = snippet.spans[0]
    lead = QFontMetrics(plain)
    word = QFontMetrics(bold).horizontalAdvance(text[start:end])
    if lead.horizontalAdvance(text[:start]) + word <= width:
        return snippet
    room = max(0, (width - word) // 2)  # what may stand before the hit
    cut = start
    while cut > 0 and lead.horizontalAdvance("…" + text[cut - 1 : start]) <= room:
        cut -= 1
    shift = 1 - cut
    return Snippet(
        "…" + text[cut:],
        tuple((s + shift, e + shift) for s, e in snippet.spans if s >= cut),
    )


class _ResultsList(HintedListView):
    """Enter opens the current hit (the list's own activation needs a platform-dependent key)."""

    enterPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enterPressed.emit()
            return
        super().keyPressEvent(event)


def _search(library: Library, generation: int, text: str, limit: int) -> tuple[int, list[Hit]]:
    with library.clone() as mine:
        return generation, mine.search(text, limit)


class SearchPanel(QWidget):
    """Type a query; hits arrive from a worker; Enter opens a story with the query's terms."""

    #: The reader chose a hit: the Hit and the query as typed (the window highlights its terms).
    hitActivated = Signal(object, str)
    #: The same choice as ``(issue path, article id, query)``: connect it to
    #: ``MainWindow.open_article``.
    openArticle = Signal(str, str, str)
    #: A search finished with this many hits (after the newest query only).
    searchFinished = Signal(int)
    #: The query is malformed or the search failed: a short message.
    queryFailed = Signal(str)

    def __init__(
        self,
        library: Library,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = 250,
        limit: int = 100,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.library = library
        self.runner = runner or TaskRunner(self)
        self.limit = limit
        self._generation = 0
        self._query = ""
        self.query_edit = QLineEdit(self)
        self.query_edit.setObjectName("searchQuery")
        self.query_edit.setPlaceholderText(
            self.tr('Search the library — 科技, "New York", bank rates')
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setAccessibleName(self.tr("Search the library"))
        name_clear_button(self.query_edit)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setAccessibleName(self.tr("Search status"))
        self.model = HitModel(self)
        self.results = _ResultsList(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.set_empty_text(self.empty_hint())
        self.results.activated.connect(self._activate_index)
        self.results.enterPressed.connect(self._activate_current)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.search_now)
        self.query_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.query_edit.returnPressed.connect(self._enter_in_query)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def empty_hint(self) -> str:
        """What the empty list says before a query is typed."""
        return self.tr(
            "Type words above to search every story in the library: every issue you open "
            'joins it. All words must match; "quotes" keep a phrase; Chinese matches any '
            "text (科, 人工智能), English whole words."
        )

    def focus_query(self) -> None:
        """For Ctrl+Shift+F: put the cursor in the query box with its text selected."""
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def search(self, text: str) -> None:
        """Show ``text`` in the box and search for it at once."""
        self.query_edit.blockSignals(True)
        self.query_edit.setText(text)
        self.query_edit.blockSignals(False)
        self.search_now()

    def search_now(self) -> None:
        self._debounce.stop()
        text = self.query_edit.text()
        self._generation += 1
        # The hint only while nothing is asked: after a query the status line says it all.
        self.results.set_empty_text("" if text.strip() else self.empty_hint())
        if not text.strip():
            self.model.set_hits([])
            self.status.setText("")
            return
        try:
            parse_query(text)  # cheap: malformed queries never reach a worker
        except QueryError as error:
            self.model.set_hits([])
            self.status.setText(str(error))
            self.queryFailed.emit(str(error))
            return
        self._query = text
        self.status.setText(self.tr("Searching…"))
        self.runner.start(
            _search,
            self.library,
            self._generation,
            text,
            self.limit,
            on_success=self._show,
            on_failure=self._failed,
        )

    def _show(self, result: tuple[int, list[Hit]]) -> None:
        generation, hits = result
        if generation != self._generation:
            return  # an older query answered late
        self.model.set_hits(hits)
        if not hits:
            self.status.setText(self.tr("No stories found"))
        elif len(hits) >= self.limit:
            self.status.setText(self.tr("%n+ stories", "", len(hits)))
        else:
            self.status.setText(self.tr("%n story(s)", "", len(hits)))
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.searchFinished.emit(len(hits))

    def _failed(self, error: Exception) -> None:
        self.status.setText(str(error))
        self.queryFailed.emit(str(error))

    def _enter_in_query(self) -> None:
        if self._debounce.isActive() or not self.model.rowCount():
            self.search_now()
        else:
            self._activate_current()

    def _activate_current(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self._activate_index(index)

    def _activate_index(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        self.hitActivated.emit(hit, self._query)
        if hit.source:
            self.openArticle.emit(hit.source, hit.article_id, self._query)

    def shutdown(self) -> None:
        self._debounce.stop()
        self.runner.shutdown()
