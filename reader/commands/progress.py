"""Progress of a long command on stderr: a bar redrawn in place on a terminal, plain lines when
piped (a log keeps them; nothing is redrawn there)."""

from __future__ import annotations

import time
from typing import TextIO

from reader.store.importer import ImportProgress, clock

#: Seconds between redraws of the bar, and between plain lines when piped.
BAR_INTERVAL = 0.1
LINE_INTERVAL = 2.0
BAR_WIDTH = 28


def describe(progress: ImportProgress) -> str:
    """``512/2198 issues  48.1 pages/s  0:35 left``."""
    return (
        f"{progress.done}/{progress.total} issues  {progress.pages_per_second:.1f} pages/s  "
        f"{clock(progress.seconds_left)} left"
    )


class ProgressReporter:
    """Call it with each :class:`ImportProgress`; call :meth:`finish` at the end."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        isatty = getattr(stream, "isatty", None)
        self.terminal = bool(isatty is not None and isatty())
        # Piped: the first line after LINE_INTERVAL, so a quick import prints none.
        self._last = float("-inf") if self.terminal else time.monotonic()
        self._drawn = False
        self._lines = 0

    def __call__(self, progress: ImportProgress) -> None:
        now = time.monotonic()
        last = progress.done == progress.total and (self.terminal or self._lines > 0)
        interval = BAR_INTERVAL if self.terminal else LINE_INTERVAL
        if not last and now - self._last < interval:
            return
        self._last = now
        if self.terminal:
            filled = BAR_WIDTH * progress.done // max(progress.total, 1)
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            self.stream.write(f"\r[{bar}] {describe(progress)}\x1b[K")
            self._drawn = True
        else:
            self.stream.write(f"broadsheet: import: {describe(progress)}\n")
            self._lines += 1
        self.stream.flush()

    def finish(self) -> None:
        """End the bar's line (a terminal), so what follows starts on its own."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
