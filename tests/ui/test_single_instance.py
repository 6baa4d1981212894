"""One window per session: later launches hand their paths to it, in-process and for real."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.app import Launched, launch
from reader.ui.resources import ICON_SIZES, sample_issue_path
from reader.ui.single_instance import (
    InstanceServer,
    decode_paths,
    encode_paths,
    hand_off,
    hand_off_qt,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="socket files are POSIX's")


def in_thread(qtbot: QtBot, call: Callable[[], bool]) -> bool:
    """Run a blocking plain-socket client beside the event loop the server needs."""
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(call()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=15_000)
    thread.join()
    return result[0]


def in_process(qtbot: QtBot, code: str) -> str:
    """Run a Qt client in a child process (PySide6 keeps the GIL in QLocalSocket's blocking
    calls, so a client thread would stall the server's event loop); its output."""
    with subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True
    ) as child:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=30_000)
        assert child.stdout is not None
        output = child.stdout.read().strip()
    assert child.returncode == 0
    return output


def test_the_name_is_per_user_in_the_runtime_folder(private_dirs: Path) -> None:
    name = server_name()
    if os.name == "posix":
        assert Path(name).parent == private_dirs / "runtime" / "broadsheet"
    assert name == server_name()


def test_no_runtime_folder_set_falls_back_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert "broadsheet" in server_name()  # (warnings are errors here: none was raised)


@posix_only
def test_a_folder_that_cannot_be_made_means_no_server(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    server = InstanceServer(lambda paths: None, name=str(blocker / "sub" / "instance.sock"))
    assert server.listen() is False and not server.listening


def test_a_long_runtime_folder_gets_a_short_socket_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / ("deep" * 30)))
    name = server_name()
    assert len(os.fsencode(name)) <= 100 and "broadsheet-" in name
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / ("other" * 30)))
    assert server_name() != name


def test_messages_carry_absolute_paths() -> None:
    not_utf8 = os.fsdecode(b"/abs/gb-\xb1\xa8.txt")  # a GB2312 name on a UTF-8 system
    message = encode_paths(["relative.txt", "/abs/报纸.txt", not_utf8])
    assert message.endswith(b"\n") and message.count(b"\n") == 1
    assert decode_paths(message) == [os.path.abspath("relative.txt"), "/abs/报纸.txt", not_utf8]
    with pytest.raises(ValueError):
        decode_paths(b'{"paths": [1]}')


def test_no_window_means_no_hand_off(private_dirs: Path) -> None:
    assert hand_off(["x.txt"]) is False
    assert hand_off_qt(server_name(), encode_paths([]), 1.0) is False


@pytest.mark.parametrize("client", ["unix", "qt"])
def test_a_later_launch_hands_its_paths_to_the_listening_window(qtbot: QtBot, client: str) -> None:
    if client == "unix" and os.name != "posix":
        pytest.skip("the plain-socket client is POSIX's")
    received: list[list[str]] = []
    server = InstanceServer(received.append)
    assert server.listen() and server.listening
    try:
        if client == "unix":
            took = in_thread(qtbot, lambda: hand_off(["one.txt", "two.txt"], timeout=10))
        else:
            code = (
                "from reader.ui.single_instance import encode_paths, hand_off_qt\n"
                f"print(hand_off_qt({server.name!r}, encode_paths(['one.txt', 'two.txt']), 10))"
            )
            took = in_process(qtbot, code) == "True"
        assert took is True
        qtbot.waitUntil(lambda: len(received) == 1)
        assert received == [[os.path.abspath("one.txt"), os.path.abspath("two.txt")]]
    finally:
        server.close()
    if os.name == "posix":
        assert not Path(server.name).exists()  # closing removes the socket file


def test_garbage_is_ignored_and_the_server_carries_on(qtbot: QtBot) -> None:
    received: list[list[str]] = []
    server = InstanceServer(received.append)
    assert server.listen()
    try:
        for junk in (b"not json\n", b'{"paths": "x"}\n', b"\xff\xfe\n"):
            code = (
                "from PySide6.QtNetwork import QLocalSocket\n"
                "probe = QLocalSocket()\n"
                f"probe.connectToServer({server.name!r})\n"
                "assert probe.waitForConnected(5000)\n"
                f"probe.write({junk!r})\n"
                "probe.waitForBytesWritten(5000)\n"
                "assert probe.waitForDisconnected(10000)\n"
                "print(repr(probe.readAll().data()))\n"
            )
            assert in_process(qtbot, code) == "b''"  # no ok: dropped
        assert in_thread(qtbot, lambda: hand_off(["ok.txt"], timeout=10))
        qtbot.waitUntil(lambda: len(received) == 1)
    finally:
        server.close()


@posix_only
def test_a_stale_socket_is_taken_over(qtbot: QtBot) -> None:
    name = server_name()
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:  # bound, never listening:
        dead.bind(name)  # what a window killed mid-session leaves behind
    assert Path(name).exists()
    assert hand_off(["x.txt"]) is False  # refused: the caller opens its own window
    received: list[list[str]] = []
    server = InstanceServer(received.append)
    assert server.listen()
    try:
        assert in_thread(qtbot, lambda: hand_off(["x.txt"], timeout=10))
        qtbot.waitUntil(lambda: len(received) == 1)
    finally:
        server.close()


def test_a_live_server_is_left_alone(qtbot: QtBot) -> None:
    first_got: list[list[str]] = []
    first = InstanceServer(first_got.append)
    second = InstanceServer(lambda paths: None)
    assert first.listen()
    try:
        assert second.listen() is False and not second.listening
        assert in_thread(qtbot, lambda: hand_off(["x.txt"], timeout=10))
        qtbot.waitUntil(lambda: len(first_got) == 1)
    finally:
        first.close()
        second.close()


# Two real processes --------------------------------------------------------------------------


def broadsheet(*args: str) -> list[str]:
    return [sys.executable, "-m", "reader", *args]


def run_broadsheet(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        broadsheet(*args), env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def log_text() -> str:
    from reader.diagnostics import log_path

    path = log_path()
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    """Poll another process's traces (a file, a socket): no event loop to wait on here."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}; log:\n{log_text()}")
        time.sleep(0.05)


@posix_only
def test_a_second_launch_opens_its_file_in_the_first_window() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    gazette, daily = sample_issue_path("en-gazette"), sample_issue_path("zh-daily")
    first = subprocess.Popen(broadsheet(str(gazette)), env=env, cwd=ROOT)
    try:
        wait_for(lambda: "listening for later launches" in log_text(), "the first window")
        second = run_broadsheet(str(daily))
        assert second.returncode == 0, second.stderr
        assert f"a later launch handed over ['{daily}']" in log_text()
        wait_for(lambda: "showing 晨星科技报" in log_text(), "the handed-over issue")
        assert first.poll() is None  # the first window runs on
        # --new-window opts out: a window of its own (which quits once its issue is shown).
        own = run_broadsheet("--new-window", "--quit-after-load", str(daily))
        assert own.returncode == 0, own.stderr
        assert own.stdout.startswith("shown: 晨星科技报")
        assert log_text().count("a later launch handed over") == 1
    finally:
        first.kill()  # as a crash would: the socket file stays behind
        first.wait(timeout=30)
    assert Path(server_name()).exists()
    third = run_broadsheet("--quit-after-load", str(gazette))
    assert third.returncode == 0, third.stderr
    assert third.stdout.startswith("shown: The Morning Gazette")
    assert "removing a stale instance socket" in log_text()
    assert not Path(server_name()).exists()  # the third window closed and removed its socket


def test_a_launched_window_serves_takes_over_and_has_the_icon(
    qtbot: QtBot, launched_on: list[Launched]
) -> None:
    launched = launch([], serve=True)
    launched_on.append(launched)
    window, server = launched.window, launched.server
    assert server is not None
    qtbot.waitUntil(lambda: window.issue is not None and server.listening, timeout=30_000)
    qtbot.waitUntil(lambda: not QApplication.windowIcon().isNull())
    assert {s.width() for s in QApplication.windowIcon().availableSizes()} == set(ICON_SIZES)
    gazette = sample_issue_path("en-gazette")
    assert in_thread(qtbot, lambda: hand_off([str(gazette)], timeout=10))
    qtbot.waitUntil(
        lambda: window.issue is not None and window.issue.title.startswith("The Morning"),
        timeout=30_000,
    )
    window.close()
    assert not server.listening  # closing the window stopped the server
    if os.name == "posix":
        assert not Path(server.name).exists()


@posix_only
def test_a_launch_handing_a_missing_path_to_the_window_exits_2(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    page = tmp_path / "page.txt"
    page.write_text("A page.\n", encoding="utf-8")
    missing = tmp_path / "gone.txt"
    received: list[list[str]] = []
    server = InstanceServer(received.append)
    assert server.listen()
    try:
        assert in_thread(qtbot, lambda: main([str(page)]) == 0)
        assert in_thread(qtbot, lambda: main([str(page), str(missing)]) == 2)
        qtbot.waitUntil(lambda: len(received) == 2)
    finally:
        server.close()
    # The window still gets both (it shows its own message); the launch names the missing one.
    assert received[1] == [str(page), str(missing)]
    assert capsys.readouterr().err == f"broadsheet: {missing}: no such file or folder\n"
