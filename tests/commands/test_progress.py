"""Progress on stderr: a bar redrawn in place on a terminal, plain lines when piped."""

from __future__ import annotations

import io

import pytest

from reader.commands import progress as progress_module
from reader.commands.progress import ProgressReporter
from reader.store.importer import ImportProgress, Status, clock


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def step(done: int, total: int = 4) -> ImportProgress:
    return ImportProgress(done, total, done, done * 0.5, f"/p/{done}", Status.ADDED)


def test_clock() -> None:
    assert [clock(None), clock(5), clock(65.4), clock(3723)] == ["?", "0:05", "1:05", "1:02:03"]


def test_a_terminal_gets_a_bar_redrawn_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    now = iter(range(0, 1000, 1))
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: float(next(now)))
    stream = Terminal()
    reporter = ProgressReporter(stream)
    for done in range(1, 5):
        reporter(step(done))
    reporter.finish()
    text = stream.getvalue()
    assert text.count("\r[") == 4 and text.endswith("\n") and text.count("\n") == 1
    assert "\r[############################] 4/4 issues  2.0 pages/s  0:00 left" in text
    assert "\r[#######---------------------] 1/4 issues  2.0 pages/s  0:02 left" in text


def test_piped_output_gets_a_plain_line_every_two_seconds_and_none_when_quick(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock_now = [100.0]
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: clock_now[0])
    quick = io.StringIO()
    reporter = ProgressReporter(quick)
    for done in range(1, 5):
        reporter(step(done))
    assert quick.getvalue() == ""  # a quick import prints no progress at all
    slow = io.StringIO()
    reporter = ProgressReporter(slow)
    for done in range(1, 5):
        clock_now[0] += 1.5
        reporter(step(done))
    reporter.finish()
    assert slow.getvalue().splitlines() == [
        "broadsheet: import: 2/4 issues  2.0 pages/s  0:01 left",
        "broadsheet: import: 4/4 issues  2.0 pages/s  0:00 left",
    ]
