"""One window per user session: a second ``broadsheet FILE`` hands FILE to the running window.

The running window listens on a ``QLocalServer`` named after the user and their runtime folder
(on POSIX a socket file inside ``$XDG_RUNTIME_DIR/broadsheet``, which only its user can enter).
A new launch connects first and, when a window answers, sends it the paths as one line of
JSON, waits for ``ok`` and exits; nothing answering (no window, or a socket file left by a
crash) means it opens its own window, whose server then removes the stale socket and listens.

The client side imports no Qt on POSIX: it speaks to the server over a plain Unix socket (which
is what ``QLocalServer`` listens on there), so a launch that finds no window loses nothing from
its start-up. Elsewhere (Windows named pipes) it uses ``QLocalSocket``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

#: The server's answer to a message it took.
ACK = b"ok\n"
#: How long a launch waits for a running window to take its paths (s).
HAND_OFF_TIMEOUT = 5.0
#: A message longer than this is not a launch's (bytes).
MESSAGE_LIMIT = 1 << 20
#: AF_UNIX socket paths must fit in ``sun_path`` (108 bytes on Linux, 104 on macOS).
SOCKET_PATH_LIMIT = 100


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name() -> str:
    """The per-user server name: a socket path in the user's runtime folder on POSIX (a short
    one in the temp folder, named after the user and a digest of that folder, when the runtime
    folder's path is too long), a pipe name after the user and the digest on Windows."""
    import warnings

    import platformdirs

    with warnings.catch_warnings():
        # Without XDG_RUNTIME_DIR (a login without a session manager) platformdirs warns and
        # falls back to a private folder it checks, /tmp/runtime-UID: that will do.
        warnings.simplefilter("ignore")
        runtime = Path(platformdirs.user_runtime_dir("broadsheet"))
    path = runtime / "instance.sock"
    if sys.platform != "win32" and len(os.fsencode(path)) <= SOCKET_PATH_LIMIT:
        return str(path)
    import hashlib  # (not on the start-up path of the usual case above)

    digest = hashlib.sha256(str(runtime).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    if sys.platform == "win32":
        return f"broadsheet-{_user()}-{digest}"
    import tempfile

    return str(Path(tempfile.gettempdir()) / f"broadsheet-{_user()}-{digest}.sock")


def encode_paths(paths: Sequence[str]) -> bytes:
    """The message a launch sends: its paths made absolute (the window runs elsewhere)."""
    import json

    absolute = [os.path.abspath(p) for p in paths]
    # ASCII JSON: a name that is not UTF-8 (surrogate escapes) travels escaped and comes back.
    return json.dumps({"paths": absolute}).encode("ascii") + b"\n"


def decode_paths(message: bytes) -> list[str]:
    """The paths of a message; ValueError when it is not one."""
    import json

    data = json.loads(message.decode("utf-8"))
    paths = data.get("paths") if isinstance(data, dict) else None
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        raise ValueError("not a list of paths")
    return paths


def hand_off(
    paths: Sequence[str], name: str | None = None, timeout: float = HAND_OFF_TIMEOUT
) -> bool:
    """Give ``paths`` (none: just raise the window) to a running window; True when one took
    them, False when none answers (the caller opens its own window)."""
    name = name or server_name()
    if os.name == "posix":
        if not os.path.exists(name):  # the common case, decided without a socket or JSON
            return False
        return _hand_off_unix(name, encode_paths(paths), timeout)
    return hand_off_qt(name, encode_paths(paths), timeout)


def _hand_off_unix(name: str, message: bytes, timeout: float) -> bool:
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout)
        try:
            client.connect(name)
        except OSError:  # refused: a socket file left by a window that crashed
            return False
        try:
            client.sendall(message)
            reply = b""
            while not reply.endswith(b"\n") and len(reply) < 64:
                chunk = client.recv(64)
                if not chunk:
                    break
                reply += chunk
        except OSError as error:  # the window did not answer in time
            log.warning("a running window did not take the paths: %s", error)
            return False
    return reply == ACK


def hand_off_qt(name: str, message: bytes, timeout: float) -> bool:
    """``hand_off`` through ``QLocalSocket`` (named pipes on Windows; works on POSIX too)."""
    from PySide6.QtNetwork import QLocalSocket

    client = QLocalSocket()
    client.connectToServer(name)
    ms = int(timeout * 1000)
    if not client.waitForConnected(ms):
        return False
    client.write(message)
    client.waitForBytesWritten(ms)  # (False as well when it was all written at once)
    reply = b""
    while not reply.endswith(b"\n") and len(reply) < 64:
        if not client.bytesAvailable() and not client.waitForReadyRead(ms):
            break
        reply += bytes(client.readAll().data())
    client.abort()
    return reply == ACK


class InstanceServer:
    """Listens for later launches and hands their paths to ``on_paths`` (on the GUI thread).

    ``listen`` takes over a stale socket (one nobody answers on: a crash left it) and leaves a
    live one alone (another window listens, started at the same moment: this one then runs on
    without a server).
    """

    def __init__(self, on_paths: Callable[[list[str]], None], name: str | None = None) -> None:
        self.name = name or server_name()
        self._on_paths = on_paths
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def listen(self) -> bool:
        """Start listening; False when another window already does (or the name is unusable)."""
        from PySide6.QtNetwork import QLocalServer

        if self.listening:
            return True
        if os.name == "posix":
            try:
                Path(self.name).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as error:
                log.warning("cannot listen for later launches: %s", error)
                return False
        # Asked first: with access options set, Qt's listen replaces a socket file in place,
        # even one a live window listens on.
        if self._answers():
            log.info("another window listens on %s: not taking launches", self.name)
            return False
        if os.name == "posix" and os.path.exists(self.name):
            log.info("removing a stale instance socket %s (nobody answers on it)", self.name)
        QLocalServer.removeServer(self.name)
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        log.info("listening for later launches on %s", self.name)
        return True

    def _answers(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(self.name)
        alive = probe.waitForConnected(500)
        probe.abort()
        return alive

    def close(self) -> None:
        """Stop listening (the socket file goes)."""
        if self._server is not None:
            self._server.close()
            self._server = None

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data and len(data) < MESSAGE_LIMIT:
            self._buffers[socket] = data
            return
        del self._buffers[socket]
        try:
            paths = decode_paths(data.split(b"\n", 1)[0])
        except (ValueError, UnicodeDecodeError) as error:
            log.warning("ignoring a message from a launch: %s", error)
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        log.info("a later launch handed over %s", paths or "no paths")
        self._on_paths(paths)
