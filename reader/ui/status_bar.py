"""A status bar whose message is cut with an ellipsis, not mid-letter, when it does not fit.

Qt paints a status bar's message clipped at the first permanent widget: in a narrow window (800
pixels, or at 2x scale) "THE PRAIRIE CITY COURIER · 1947-12-09: 1 page(s), 7 item(s)" showed as
"THE PRAIRIE CITY COURIER · 1947-" against the page counter, with no sign that anything was cut.
:class:`ElidingStatusBar` paints the same message elided at its end ("…"), in the same place,
and keeps the whole text as the bar's message (``currentMessage``, what the screen reader is
told by :mod:`reader.ui.announcer`) and as its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QStatusBar, QStyle, QStyleOption, QWidget

#: Qt's own margins around a status bar's message (QStatusBarPrivate::messageRect): six pixels
#: on the leading side, two before the first permanent widget, twelve before the bar's end.
MESSAGE_LEFT = 6
MESSAGE_GAP = 2
MESSAGE_END = 12


class ElidingStatusBar(QStatusBar):
    """A QStatusBar that elides its temporary message to the room left of its permanent widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self.setToolTip)  # (the whole message, however it is shown)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        """Qt's, remembering the widget: the message's room ends at the first shown one."""
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch or 0)

    def message_rect(self) -> QRect:
        """Where Qt paints the message: from the leading margin to the first shown permanent
        widget (a right-to-left window's mirror)."""
        left, right = MESSAGE_LEFT, self.width() - MESSAGE_END
        shown = [widget for widget in self._permanent if widget.isVisible()]
        if shown:
            first = min(shown, key=lambda widget: widget.x())
            last = max(shown, key=lambda widget: widget.x() + widget.width())
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                left = max(left, last.x() + last.width() + MESSAGE_GAP)
            else:
                right = min(right, first.x() - MESSAGE_GAP)
        return QRect(left, 0, max(0, right - left), self.height())

    def shown_message(self) -> str:
        """The message as painted: whole when it fits its room, else elided at its end."""
        return self._elided(self.message_rect())

    def _elided(self, room: QRect) -> str:
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, room.width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt's painting, then the message's room painted over and the message drawn elided."""
        super().paintEvent(event)
        if not self.currentMessage():
            return
        room = self.message_rect()
        shown = self._elided(room)
        if shown == self.currentMessage():
            return  # (it fits: Qt painted it whole)
        painter = QPainter(self)
        # (the bar's own background over Qt's clipped text, then the style's panel on it)
        painter.fillRect(room, self.palette().brush(self.backgroundRole()))
        option = QStyleOption()
        option.initFrom(self)
        option.rect = room
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            room,
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextSingleLine),
            shown,
        )
        painter.end()
