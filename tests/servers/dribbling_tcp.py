"""TCP servers on 127.0.0.1 that answer slowly, for clients whose only timeout is per read.

:class:`DribblingTcpServer` greets each connection one byte a second (SMTP's 220, IMAP's
``* OK``); :class:`DribblingImapServer` speaks enough IMAP to reach a FETCH and sends its
answer one line a second.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType


class DribblingTcpServer:
    def __init__(self, greeting: bytes, *, interval: float = 1.0) -> None:
        self._greeting = greeting
        self._interval = interval
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    def __enter__(self) -> DribblingTcpServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._listener.close()
        self._thread.join(timeout=5)

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:  # closed by __exit__
                return
            threading.Thread(target=self._session, args=(connection,), daemon=True).start()

    def _session(self, connection: socket.socket) -> None:
        """Greet, a byte at a time; a subclass speaks a protocol instead."""
        with connection:
            for byte in self._greeting:
                if self._stopping.is_set():
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:  # the client gave up
                    return
                time.sleep(self._interval)


class DribblingImapServer(DribblingTcpServer):
    """Just enough IMAP4rev1 (RFC 3501) for one account with one message: greeting,
    CAPABILITY, LOGIN, SELECT, UID SEARCH, LOGOUT at once; the answer to UID FETCH one
    line a second (a long message arriving over a bad link): each line comes well within
    any per-read timeout, the whole answer takes as long as the message has lines."""

    MESSAGE = (
        b"From: guest@example.org\r\nTo: shop@example.org\r\nSubject: Hello\r\n"
        b"Message-ID: <1@example.org>\r\nDate: Sun, 06 Dec 2026 05:00:00 +0000\r\n\r\n"
        + b"Is the terrace open today?\r\n"
        * 40
    )

    def __init__(self, *, interval: float = 1.0) -> None:
        super().__init__(b"", interval=interval)
        self.fetches = 0

    def _session(self, connection: socket.socket) -> None:
        with connection, connection.makefile("rb") as lines:
            try:
                connection.sendall(b"* OK [CAPABILITY IMAP4rev1] ready\r\n")
                for line in lines:
                    if self._stopping.is_set():
                        return
                    tag, _, rest = line.decode("ascii", "replace").strip().partition(" ")
                    command = rest.upper()
                    if command.startswith("UID FETCH"):
                        self.fetches += 1
                        self._dribble(connection, self._fetch_answer(tag))
                        continue
                    connection.sendall(self._answer(tag, command))
                    if command.startswith("LOGOUT"):
                        return
            except OSError:  # the client gave up
                return

    def _answer(self, tag: str, command: str) -> bytes:
        done = f"{tag} OK done\r\n".encode()
        if command.startswith("CAPABILITY"):
            return b"* CAPABILITY IMAP4rev1\r\n" + done
        if command.startswith("SELECT"):
            return (
                b"* FLAGS (\\Seen)\r\n* 1 EXISTS\r\n* 0 RECENT\r\n"
                b"* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 2] ok\r\n" + done
            )
        if command.startswith("UID SEARCH"):
            return b"* SEARCH 1\r\n" + done
        if command.startswith("LOGOUT"):
            return b"* BYE\r\n" + done
        return done  # LOGIN, NOOP, LIST and the rest: accepted, nothing to say

    def _fetch_answer(self, tag: str) -> bytes:
        body = self.MESSAGE
        head = '* 1 FETCH (UID 1 INTERNALDATE "06-Dec-2026 05:00:00 +0000" BODY[]<0> '
        return (
            head.encode()
            + b"{"
            + str(len(body)).encode()
            + b"}\r\n"
            + body
            + b")\r\n"
            + f"{tag} OK done\r\n".encode()
        )

    def _dribble(self, connection: socket.socket, answer: bytes) -> None:
        for line in answer.splitlines(keepends=True):
            if self._stopping.is_set():
                return
            connection.sendall(line)
            time.sleep(self._interval)
