"""The leak check itself: it must notice a window left open and a thread left running."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from tests.ui.conftest import _python_threads, find_leaks


def test_leak_check_sees_an_open_window_and_a_running_thread() -> None:
    before = _python_threads()
    assert find_leaks(before) == []
    window = QWidget()
    window.setObjectName("forgotten")
    window.show()
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="forgotten-thread")
    thread.start()
    try:
        problems = find_leaks(before)
        assert "top-level widget QWidget('forgotten')" in problems
        assert "thread forgotten-thread" in problems
    finally:
        stop.set()
        thread.join()
        window.close()
        window.deleteLater()
    assert find_leaks(before) == []
