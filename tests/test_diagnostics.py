"""Versions, folders, the rotating log file and the crash report (reader.diagnostics)."""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import __version__, diagnostics


@pytest.fixture
def reader_log() -> Iterator[logging.Logger]:
    """The app's logger, its handlers and level put back afterwards."""
    logger = logging.getLogger("reader")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_the_version_report_names_every_component() -> None:
    lines = diagnostics.version_report().splitlines()
    names = [line.split()[0] for line in lines]
    assert names == ["Broadsheet", "Qt", "PySide6", "Python", "SQLite", "jieba", "Parser"]
    values = dict(line.split(None, 1) for line in lines)
    assert values["Broadsheet"] == __version__
    assert values["SQLite"] == sqlite3.sqlite_version
    assert values["Python"] == sys.version.split()[0]


def test_the_folders_follow_the_xdg_variables(private_dirs: Path) -> None:
    folders = dict(diagnostics.user_folders())
    assert len(folders) == 4
    assert all(folder.is_relative_to(private_dirs) for folder in folders.values())
    assert diagnostics.log_path().parent in folders.values()


def test_the_log_rotates_at_start_and_while_running(reader_log: logging.Logger) -> None:
    path = diagnostics.log_path()
    path.parent.mkdir(parents=True)
    path.write_text("x" * 5000, encoding="utf-8")
    assert diagnostics.configure_logging(limit=4000) == path
    assert (path.parent / "broadsheet.log.1").stat().st_size == 5000  # moved aside at start
    line = "a line of the log " * 10
    for _ in range(60):  # ~12 kB: rotated at least twice more
        reader_log.info(line)
    kept = path.read_text(encoding="utf-8")
    aside = (path.parent / "broadsheet.log.1").read_text(encoding="utf-8")
    assert line in kept and line in aside  # the first start's 5000 x are gone by now
    assert len(kept.encode()) <= 4000 + 400 and len(aside.encode()) <= 4000 + 400
    assert not (path.parent / "broadsheet.log.2").exists()


def test_the_crash_report_has_the_versions_then_the_details() -> None:
    report = diagnostics.crash_report("Traceback (most recent call last):\n  boom\n")
    assert report.startswith(f"Broadsheet  {__version__}\n")
    assert "Platform" in report and report.endswith("  boom\n")
