"""A row of buttons that wraps onto more lines in a narrow panel instead of holding the panel
wide: a panel's button row no longer sets its minimum width (the Bookmarks panel's three buttons
kept it 279 px wide at 800x600, and the headline list collapsed to make room for it)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class WrappingRow(QLayout):
    """Widgets left to right, wrapped onto the next line when the row is too narrow for them.

    The room to spare on a line goes to its widgets that expand sideways (a line edit), shared
    equally; with none, on one line it goes after the first ``lead`` widgets (the others sit at
    the right end, as after a stretch in a ``QHBoxLayout``); wrapped, every line starts at the
    left. The row's minimum width is its widest widget's; its height follows its width.
    """

    def __init__(self, parent: QWidget | None = None, lead: int | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.lead = lead
        self.setContentsMargins(0, 0, 0, 0)

    # QLayout's interface ----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # type: ignore[override]
        """Put ``widget`` at the row's end (made a child of the row's widget)."""
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Every widget on one line."""
        shown = self._shown()
        gap = self._gap()
        width = sum(item.sizeHint().width() for item in shown) + gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """One widget a line: the widest one's width."""
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        width = max(width, max((item.sizeHint().width() for item in shown), default=0))
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    # Laying out -------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)
        return gap if gap >= 0 else 6

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return QSize(
            size.width() + margins.left() + margins.right(),
            size.height() + margins.top() + margins.bottom(),
        )

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The shown items, cut into lines that fit in ``width`` (at least one item a line)."""
        gap = self._gap()
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if lines and used + gap + wanted <= width:
                lines[-1].append(item)
                used += gap + wanted
            else:
                lines.append([item])
                used = wanted
        return lines

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Place the items in ``rect`` (when ``place``); the height they take."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines = self._lines(inner.width())
        top = inner.top()
        for line in lines:
            height = max(item.sizeHint().height() for item in line)
            spare = inner.width() - sum(item.sizeHint().width() for item in line)
            spare -= gap * (len(line) - 1)
            spare = max(0, spare)
            growing = [item for item in line if _expands(item)]
            left = inner.left()
            for position, item in enumerate(line):
                width = item.sizeHint().width()
                if item in growing:
                    share = spare // len(growing)
                    width += share + (spare - share * len(growing) if item is growing[-1] else 0)
                if place:
                    item.setGeometry(QRect(QPoint(left, top), QSize(width, height)))
                left += width + gap
                if not growing and len(lines) == 1 and position == (self.lead or 0) - 1:
                    left += spare
            top += height + gap
        used = top - gap - inner.top() if lines else 0
        return used + margins.top() + margins.bottom()


def _expands(item: QLayoutItem) -> bool:
    """Whether ``item`` takes room to spare sideways (its widget's size policy says so)."""
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal)
