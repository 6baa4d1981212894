"""The export worker: runs off the GUI thread, reports progress, finishes, fails or cancels."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reader.errors import ExportError
from reader.export import ExportItem, ExportOptions
from reader.model import Article, ArticleKind, Issue, Page
from reader.ui.export_dialog import ExportProgressDialog
from reader.ui.export_worker import ExportWorker, start_export

BODY = "全国科技工作会议在京召开。丁薛祥指出，要准确把握我国科技工作的总体格局。" * 6


def _items(count: int) -> list[ExportItem]:
    base = Article(id="p1-0", kind=ArticleKind.STORY, headline="科技新闻", paragraphs=(BODY,) * 3)
    articles = tuple(replace(base, id=f"p1-{n}", headline=f"科技新闻 {n}") for n in range(count))
    issue = Issue(newspaper="人民日报", date="2024-01-14", pages=(Page(1, "第1版", articles),))
    return [ExportItem(a, issue) for a in articles]


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    yield pool
    pool.waitForDone()


def test_export_runs_in_a_pool_thread_and_finishes(qtbot: QtBot, pool: QThreadPool, tmp_path: Path):
    target = tmp_path / "out.pdf"
    worker = ExportWorker(_items(5), target, ExportOptions())
    threads: set[int] = set()
    steps: list[tuple[int, int]] = []
    worker.signals.progress.connect(
        lambda *_: threads.add(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    worker.signals.progress.connect(lambda d, t: steps.append((d, t)))
    with qtbot.waitSignal(worker.signals.finished, timeout=30000) as finished:
        pool.start(worker)
    assert finished.args == [str(target)]
    assert target.stat().st_size > 1000
    assert threads and threading.get_ident() not in threads
    qtbot.waitUntil(lambda: bool(steps) and steps[-1][0] == steps[-1][1])


def test_cancel_leaves_no_file(qtbot: QtBot, pool: QThreadPool, tmp_path: Path):
    target = tmp_path / "big.pdf"
    worker = ExportWorker(_items(60), target, ExportOptions(one_per_page=True))
    # Cancel from the worker thread at its first step, so the export certainly has begun.
    worker.signals.progress.connect(lambda *_: worker.cancel(), Qt.ConnectionType.DirectConnection)
    outcomes: list[str] = []
    worker.signals.finished.connect(lambda _path: outcomes.append("finished"))
    worker.signals.cancelled.connect(lambda: outcomes.append("cancelled"))
    with qtbot.waitSignal(worker.signals.done, timeout=30000):
        pool.start(worker)
    assert outcomes == ["cancelled"]
    assert worker.cancel_requested
    assert list(tmp_path.iterdir()) == []


def test_failure_is_reported_and_writes_nothing(qtbot: QtBot, pool: QThreadPool, tmp_path: Path):
    odd = Article(id="x", kind=ArticleKind.STORY, headline="私用区", paragraphs=("\U0010fffd",))
    errors: list[object] = []
    worker = start_export(
        pool, [ExportItem(odd)], tmp_path / "odd.pdf", ExportOptions(), on_failed=errors.append
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=30000)
    pool.waitForDone()
    assert isinstance(errors[0], ExportError)
    assert "U+10FFFD" in str(errors[0])
    assert not worker.cancel_requested
    assert list(tmp_path.iterdir()) == []


def test_progress_dialog_follows_and_cancels_the_worker(
    qtbot: QtBot, pool: QThreadPool, tmp_path: Path
):
    worker = ExportWorker(_items(40), tmp_path / "out.md", ExportOptions())
    dialog = ExportProgressDialog(worker)
    qtbot.addWidget(dialog)
    # The person presses Cancel before the thread gets going.
    dialog.findChild(QPushButton).click()
    assert worker.cancel_requested
    with qtbot.waitSignal(worker.signals.cancelled, timeout=30000):
        pool.start(worker)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert list(tmp_path.iterdir()) == []
