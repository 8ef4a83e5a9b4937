"""One HTTP server on 127.0.0.1, served from a daemon thread: the base of the test servers."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.parser import BytesParser
from email.policy import HTTP
from email.utils import format_datetime
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


@dataclass
class RecordedRequest:
    """One request as it arrived: ``query`` maps each name to all its values."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    received_at: datetime  # UTC, from the server's clock
    status: int | None = None  # the answer's status; None when dropped or not yet answered

    def header(self, name: str) -> str | None:
        """A header by case-insensitive name."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)


def clocked_handler(
    serve: Callable[[BaseHTTPRequestHandler, str], None], now: Callable[[], datetime]
) -> type[BaseHTTPRequestHandler]:
    """A quiet HTTP/1.1 handler passing every request and its method to ``serve``.

    Its Date header is the server's clock ``now`` (RFC 9110 section 6.6.1), the clock the
    server's rate-limit reset times are on.
    """

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def date_time_string(self, timestamp: float | None = None) -> str:
            return format_datetime(now().astimezone(UTC), usegmt=True)

        def do_GET(self) -> None:
            serve(self, "GET")

        def do_POST(self) -> None:
            serve(self, "POST")

        def do_PUT(self) -> None:
            serve(self, "PUT")

        def do_PATCH(self) -> None:
            serve(self, "PATCH")

        def do_DELETE(self) -> None:
            serve(self, "DELETE")

    return Handler


def drop_connection(handler: BaseHTTPRequestHandler) -> None:
    """Close the client's connection without an answer, as when one is lost on the way."""
    handler.close_connection = True
    try:
        handler.connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def send_answer(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str,
    headers: Mapping[str, str],
) -> None:
    """One complete answer with its length (the connection stays open for the next request)."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)
    handler.wfile.flush()


def multipart_fields(content_type: str, body: bytes) -> dict[str, list[str]]:
    """The named fields of a multipart/form-data body, each with all its values as text."""
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: dict[str, list[str]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if name and isinstance(payload, bytes):
            fields.setdefault(str(name), []).append(payload.decode("utf-8", "replace"))
    return fields
