"""A hint drawn in an empty list or table: what goes there and how to fill it.

A panel that opens on an empty view (no bookmarks yet, no query typed) otherwise shows a blank
white box, and a new reader cannot tell a panel that is empty from one that is broken.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView


def paint_empty_hint(view: QAbstractItemView, text: str) -> None:
    """Draw ``text`` wrapped and centred near the top of ``view``'s viewport, in the muted
    colour of placeholder text, when its model has no rows."""
    model = view.model()
    if not text or model is None or model.rowCount() > 0:
        return
    viewport = view.viewport()
    margin = max(8, view.fontMetrics().averageCharWidth() * 2)
    area = viewport.rect().adjusted(margin, margin, -margin, -margin)
    if area.width() <= 0 or area.height() <= 0:
        return
    painter = QPainter(viewport)
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    flags = int(
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    )
    painter.drawText(QRect(area), flags, text)
    painter.end()


class _EmptyHint:
    """What a hinted view adds to its Qt class (put first in the bases): the text and the
    painting of it over the empty viewport."""

    _empty_text = ""

    @property
    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()  # type: ignore[attr-defined]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # type: ignore[misc]
        paint_empty_hint(self, self._empty_text)  # type: ignore[arg-type]


class HintedListView(_EmptyHint, QListView):
    """A list view that shows ``empty_text`` while it has no rows."""


class HintedTableView(_EmptyHint, QTableView):
    """A table view that shows ``empty_text`` while it has no rows."""
