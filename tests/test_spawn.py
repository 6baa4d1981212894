"""Child Python processes are started with their output on a pipe; from a worker, without
holding the interpreter's lock."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from reader.spawn import spawn_child


def read_child(pid: int, fd: int) -> tuple[bytes, int]:
    """Everything the child wrote to its stdout, and its exit status."""
    out = b""
    try:
        while chunk := os.read(fd, 1 << 16):
            out += chunk
    finally:
        os.close(fd)
    return out, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def test_a_child_started_from_a_worker_is_spawned_without_os_posix_spawn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``free``: through the C library's posix_spawn by ctypes, which lets go of the
    interpreter's lock (os.posix_spawn holds it until the child has called exec), with the
    same pipes and the same environment."""

    def holds_the_lock(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("os.posix_spawn was called")

    monkeypatch.setattr(os, "posix_spawn", holds_the_lock)
    monkeypatch.setenv("BROADSHEET_SPAWN_TEST", "kept é")
    code = (
        "import os, sys\n"
        "sys.stderr.write('to /dev/null')\n"
        "print(sys.argv[1:], repr(sys.stdin.read()), os.environ['BROADSHEET_SPAWN_TEST'])\n"
    )
    out, status = read_child(*spawn_child(code, ["a b", "ü"], free=True))
    assert status == 0
    assert out.decode().strip() == "['a b', 'ü'] '' kept é"


def test_a_child_that_cannot_be_spawned_without_the_lock_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python"))
    open_before = len(os.listdir("/proc/self/fd"))
    with pytest.raises(FileNotFoundError):
        spawn_child("pass", [], free=True)
    assert len(os.listdir("/proc/self/fd")) == open_before  # (the pipe closed)


def test_without_ctypes_a_free_spawn_falls_back_to_os_posix_spawn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "ctypes", None)  # (import refused)
    out, status = read_child(*spawn_child("print('here')", [], free=True))
    assert (out, status) == (b"here\n", 0)
