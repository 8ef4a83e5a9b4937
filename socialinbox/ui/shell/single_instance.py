"""One GUI per data folder: a second start hands over to the running window.

The first GUI listens on a local socket named after its data folder. A second
GUI started on the same folder connects, asks the first to show its window, and
exits. Headless commands (``sync --once`` and the rest) do not take part: they
may run beside the GUI, the change feed and the outbox's claims keep them
consistent.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 500


def server_name(data_dir: Path) -> str:
    """A socket name unique to this user and data folder (short enough for every OS)."""
    key = f"{getpass.getuser()}:{data_dir.resolve()}".encode()
    return "socialinbox-" + hashlib.sha256(key).hexdigest()[:24]


def hand_over(data_dir: Path) -> bool:
    """If a GUI already runs on ``data_dir``, ask it to show itself and return True."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same data folder.

    Signals:
        activation_requested(): another start asked this one to show its window.
    """

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        name = server_name(data_dir)
        if not self._server.listen(name):
            # A socket left behind by a crashed instance: nobody answered on it.
            QLocalServer.removeServer(name)
            self._server.listen(name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activation_requested.emit()

    def close(self) -> None:
        self._server.close()
