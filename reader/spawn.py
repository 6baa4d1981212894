"""Starting child Python processes (``python -I [-S] -c CODE ARGS…``) with their output on a
pipe: the parse ahead and the streamed parse (``reader.parse_ahead``), the word list's first
build (``reader.text.segment``). Qt-free, the standard library only, light to import (the
entry point uses it before it imports Qt).

A child started from a worker thread beside the GUI thread is spawned without holding the
interpreter's lock (``free``): ``os.posix_spawn`` holds it until the child has called ``exec``.
"""

from __future__ import annotations

import sys
from typing import Any


def children_possible() -> bool:
    """Whether a child Python process can be started here: not a frozen app, an interpreter
    to run, and ``posix_spawn``."""
    import os

    frozen = getattr(sys, "frozen", False)
    return not frozen and bool(sys.executable) and hasattr(os, "posix_spawn")


def spawn_child(
    code: str, args: list[str], site: bool = True, *, free: bool = False
) -> tuple[int, int]:
    """Start ``python -I [-S] -c code *args`` with its stdout on a pipe; (pid, read end).
    Raises OSError when it cannot be started.

    ``free``: without holding the interpreter's lock meanwhile (``spawn_free``), for a spawn
    from a worker thread beside the GUI thread. ``os.posix_spawn`` holds the lock until the
    child has called ``exec`` (glibc's vfork: the calling thread waits for it), which took
    0.4 ms (median, load 4) and 80-120 ms in the window's launch on the loaded machine, when
    the new child waited for a core, while the GUI thread waited for the lock."""
    import os

    argv = [sys.executable, *(("-I",) if site else ("-I", "-S")), "-c", code, *args]
    read_fd, write_fd = os.pipe()
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_DUP2, write_fd, 1),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_CLOSE, read_fd),
    ]
    try:
        pid = spawn_free(argv, actions) if free else None
        if pid is None:
            pid = os.posix_spawn(sys.executable, argv, os.environ, file_actions=actions)
    except OSError:
        os.close(read_fd)
        raise
    finally:
        os.close(write_fd)
    return pid, read_fd


def spawn_free(argv: list[str], actions: list[tuple[Any, ...]]) -> int | None:
    """``os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)`` through the C
    library's ``posix_spawn`` called by ``ctypes``, which lets go of the interpreter's lock
    for the call (``os.posix_spawn`` does not); the child's pid, or None where the C library
    cannot be called so (the caller then uses ``os.posix_spawn``). Raises OSError when the
    child cannot be started."""
    import os

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        init = libc.posix_spawn_file_actions_init
        add_open = libc.posix_spawn_file_actions_addopen
        add_dup2 = libc.posix_spawn_file_actions_adddup2
        add_close = libc.posix_spawn_file_actions_addclose
        destroy = libc.posix_spawn_file_actions_destroy
        spawn = libc.posix_spawn
    except (ImportError, OSError, AttributeError):
        return None
    handle, text, number = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    texts = ctypes.POINTER(text)
    init.argtypes = destroy.argtypes = [handle]
    add_open.argtypes = [handle, number, text, number, ctypes.c_uint]
    add_dup2.argtypes = [handle, number, number]
    add_close.argtypes = [handle, number]
    spawn.argtypes = [ctypes.POINTER(number), text, handle, handle, texts, texts]

    def checked(status: int) -> None:
        if status != 0:
            raise OSError(status, os.strerror(status))

    # posix_spawn_file_actions_t is opaque (80 bytes in glibc on x86-64): room to spare.
    file_actions = ctypes.create_string_buffer(512)
    checked(init(file_actions))
    try:
        for action in actions:
            if action[0] == os.POSIX_SPAWN_OPEN:
                _kind, fd, path, flags, mode = action
                checked(add_open(file_actions, fd, os.fsencode(path), flags, mode))
            elif action[0] == os.POSIX_SPAWN_DUP2:
                checked(add_dup2(file_actions, action[1], action[2]))
            else:
                checked(add_close(file_actions, action[1]))
        words = [os.fsencode(word) for word in argv]
        names = [key + b"=" + value for key, value in os.environb.items()]
        pid = number()
        checked(
            spawn(
                ctypes.byref(pid),
                words[0],
                file_actions,
                None,
                (text * (len(words) + 1))(*words, None),
                (text * (len(names) + 1))(*names, None),
            )
        )
    finally:
        destroy(file_actions)
    return pid.value
