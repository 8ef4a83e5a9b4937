"""One HTTP server on 127.0.0.1, served from a daemon thread: the base of the test servers."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that give up or are killed mid-request are part of the tests: no tracebacks."""


class ServedHttp:
    """A :class:`QuietServer` on an ephemeral port of 127.0.0.1 and its serving thread.

    ``poll_interval`` is how long :meth:`stop` may wait for the loop to notice.
    """

    def __init__(
        self, handler_class: type[BaseHTTPRequestHandler], poll_interval: float = 0.05
    ) -> None:
        self.server = QuietServer(("127.0.0.1", 0), handler_class)
        self._thread = threading.Thread(
            target=self.server.serve_forever, args=(poll_interval,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
