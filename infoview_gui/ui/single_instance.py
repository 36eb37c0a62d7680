"""One InfoView per data folder: the running one listens, a second one knocks and leaves."""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from infoview_gui.paths import AppPaths

RAISE_REQUEST = b"raise\n"


def server_name(paths: AppPaths) -> str:
    """Return the local socket name of the InfoView that owns ``paths``."""
    digest = hashlib.sha256(str(paths.data_dir).encode()).hexdigest()[:16]
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    safe_user = "".join(char for char in user if char.isalnum())[:16]
    return f"infoview-{safe_user}-{digest}"


def ask_running_to_raise(paths: AppPaths, timeout_ms: int = 1000) -> bool:
    """Ask the InfoView that holds the lock to bring its window forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_REQUEST)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


class InstanceServer(QObject):
    """Listens for later launches of InfoView on the same data folder.

    Signals:
        raise_requested: a second launch asked for this window.
    """

    raise_requested = Signal()

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        name = server_name(paths)
        # We hold the data folder's lock, so a socket left under this name is stale.
        QLocalServer.removeServer(name)
        self._server.listen(name)

    def is_listening(self) -> bool:
        """True when later launches can reach this instance."""
        return self._server.isListening()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_REQUEST.strip()):
            self.raise_requested.emit()
