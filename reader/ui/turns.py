"""Work the window spreads over turns of the event loop, one piece a turn, in order.

Showing an issue is several pieces of GUI-thread work — the list's first page, the story in the
reading pane, the page's sketch, the rest of the list, the status line — and each piece is
followed by a repaint of what it changed. Two pieces started as separate zero-time timers still
run back to back when both are due (Qt activates every due timer in one pass), so together with
their repaints they hold the GUI thread as long as one piece would. ``Turns`` runs one piece at
a time and starts the next ``PAUSE_MS`` after it: between two pieces the event loop paints what
the first changed, takes the reader's input and runs the timers that fell due meanwhile (a
caret's blink, an animation's frame, the launch benchmark's heartbeat), which a next piece due
at once would run before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Turns(QObject):
    """A queue of keyed pieces of work, one run per turn of the event loop, first asked first.

    Asking again for a key already waiting keeps its place and runs the latest work given, once
    (a page to follow, a list to fill: the newest request is the one that matters)."""

    #: The pause between two pieces (ms). A timer due within it runs before the next piece:
    #: one due every 5 ms or more never waits for two pieces.
    PAUSE_MS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: dict[str, Callable[[], object]] = {}
        #: Keys of pieces that run in the turn of the piece before them (``add``'s ``joined``).
        self._joined: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_one)

    def add(
        self, key: str, work: Callable[[], object], first: bool = False, joined: bool = False
    ) -> None:
        """Run ``work`` in a turn of its own, after the pieces already waiting (the first piece
        asked for with none waiting: in the next turn); ``first``: before them (what the reader
        is looking at, before the rest of a list off screen). ``joined``: in the same turn as
        the piece before it, right after it (a small piece that finishes that one's work, whose
        changes its paint should show too); in a turn of its own when that piece is gone."""
        if first:
            self._waiting = {key: work, **{k: v for k, v in self._waiting.items() if k != key}}
        else:
            self._waiting[key] = work
        if joined:
            self._joined.add(key)
        else:
            self._joined.discard(key)
        if not self._timer.isActive():
            self._timer.start(0)

    def cancel(self, key: str) -> None:
        """Drop the piece waiting under ``key`` (it was done another way)."""
        self._waiting.pop(key, None)
        self._joined.discard(key)
        if not self._waiting:
            self._timer.stop()

    def waiting(self, key: str) -> bool:
        return key in self._waiting

    def clear(self) -> None:
        self._waiting.clear()
        self._joined.clear()
        self._timer.stop()

    def _run_one(self) -> None:
        if not self._waiting:
            return
        try:
            self._run_next()
            while self._waiting and next(iter(self._waiting)) in self._joined:
                self._run_next()
        finally:
            if self._waiting:  # (the next piece: after the repaint and the timers due)
                self._timer.start(self.PAUSE_MS)

    def _run_next(self) -> None:
        key = next(iter(self._waiting))
        work = self._waiting.pop(key)
        self._joined.discard(key)
        work()
