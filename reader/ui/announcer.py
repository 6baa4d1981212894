"""What the status bar says, said to a screen reader too.

The window tells the reader most things in its status bar ("Bookmarked …", "No more hits",
"Could not save the bookmark: …", import progress). Qt paints a status bar's message and exposes
it to no assistive technology, so Orca said none of them. :class:`StatusAnnouncer` sends each
new message as an accessibility announcement (``QAccessibleAnnouncementEvent``, Qt 6.8 and
later; AT-SPI's ``Announcement``), politely: after what is being read. A message that only
counts on ("Adding 3 of 40 …", "… 4 of 40 …") is said again only once every few seconds.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QStatusBar

#: Qt 6.8's announcement event (None with an older Qt: the messages are then only shown).
_ANNOUNCEMENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)

_DIGITS = re.compile(r"\d+")


class StatusAnnouncer(QObject):
    """Announces every message ``bar`` shows (the same one again, counted on, after a pause)."""

    #: A message was sent to the screen reader (also when none listens).
    announced = Signal(str)

    #: Seconds before a message that differs from the last only in its numbers is said again.
    REPEAT_SECONDS = 3.0

    def __init__(self, bar: QStatusBar, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(bar)
        self._bar = bar
        self._clock = clock
        self._last_shape = ""
        self._last_time = float("-inf")
        self._asked = ""
        bar.messageChanged.connect(self._changed)

    def say(self, text: str, milliseconds: int = 0) -> None:
        """Show ``text`` and announce it even when it only counts on from the last: the answer
        to a key the reader pressed ("Hit 3 of 12 …" after "Hit 2 of 12 …")."""
        self._asked = text
        if self._bar.currentMessage() == text:  # (Qt sends no change for the same text)
            self._changed(text)
        self._bar.showMessage(text, milliseconds)
        self._asked = ""

    def _changed(self, text: str) -> None:
        if not text:  # (the message was cleared or timed out)
            return
        shape = _DIGITS.sub("#", text)
        now = self._clock()
        asked = text == self._asked
        if not asked and shape == self._last_shape and now - self._last_time < self.REPEAT_SECONDS:
            return
        self._last_shape, self._last_time = shape, now
        self.announced.emit(text)
        if _ANNOUNCEMENT is not None and QAccessible.isActive():
            QAccessible.updateAccessibility(_ANNOUNCEMENT(self._bar, text))
