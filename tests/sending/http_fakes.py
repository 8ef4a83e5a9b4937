"""A recording HTTP server on 127.0.0.1 that accepts replies like a social network.

Every request is recorded the moment it is read, and answered ``delay`` seconds
later (0.1 s by default), so that a sender killed in between leaves a reply
whose fate it cannot know. With ``idempotent=True`` the server honours the
``Idempotency-Key`` header as Mastodon does: a repeated key creates nothing and
gets the first answer. Faults can be queued per reply text: ``"500"``,
``"429"`` (with ``Retry-After``), ``"401"``, ``"timeout"`` (the post is created, the answer
comes after the client gave up) and ``"drop"`` (the post is created, the
connection is closed without an answer). A request whose body ends before its
``Content-Length`` (a sender killed between writing headers and body) is
recorded as ``incomplete`` and creates nothing, as on a real server.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests.servers.local_http import ServedHttp

POST_PATH = "/api/v1/statuses"
RETRY_AFTER_SECONDS = 120
TIMEOUT_FAULT_SECONDS = 1.5


@dataclass
class RequestRecord:
    seq: int
    key: str | None
    text: str
    received_at: float  # time.monotonic()
    answered_at: float | None = None
    outcome: str = "pending"


@dataclass
class Post:
    post_id: int
    key: str | None
    text: str


@dataclass
class _State:
    requests: list[RequestRecord] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    by_key: dict[str, Post] = field(default_factory=dict)
    faults: dict[str, list[str]] = field(default_factory=dict)


class RecordingServer:
    def __init__(self, *, idempotent: bool, delay: float = 0.1) -> None:
        self.idempotent = idempotent
        self.delay = delay
        self._lock = threading.Lock()
        self._state = _State()
        # Clients killed mid-request are the point of these tests.
        self._http = ServedHttp(self._handler_class(), poll_interval=0.5)

    @property
    def url(self) -> str:
        return self._http.url

    def start(self) -> RecordingServer:
        self._http.start()
        return self

    def stop(self) -> None:
        self._http.stop()

    # -- what the tests look at -------------------------------------------------

    def add_fault(self, text: str, *faults: str) -> None:
        with self._lock:
            self._state.faults.setdefault(text, []).extend(faults)

    def requests(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._state.requests)

    def posts(self) -> list[Post]:
        with self._lock:
            return list(self._state.posts)

    def deliveries(self) -> Counter[str]:
        """How many posts exist per reply text."""
        return Counter(post.text for post in self.posts())

    def in_flight(self) -> int:
        with self._lock:
            return sum(1 for r in self._state.requests if r.answered_at is None)

    def was_in_flight(self, moment: float) -> bool:
        """Whether some request had been read but not yet answered at ``moment``."""
        return any(
            r.received_at <= moment and (r.answered_at is None or r.answered_at > moment)
            for r in self.requests()
        )

    def requests_since(self, moment: float) -> int:
        return sum(1 for r in self.requests() if r.received_at >= moment)

    # -- the server ---------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                key = self.headers.get("Idempotency-Key") if server.idempotent else None
                if len(raw) < length:
                    # The sender died between headers and body (httpx writes them
                    # separately): like any server, act on nothing, spend no key.
                    server._record_incomplete(key)
                    self.close_connection = True
                    return
                body = json.loads(raw or b"{}")
                server._handle(self, str(body.get("status", "")), key)

        return Handler

    def _record_incomplete(self, key: str | None) -> None:
        with self._lock:
            now = time.monotonic()
            seq = len(self._state.requests) + 1
            record = RequestRecord(seq, key, "", now, answered_at=now, outcome="incomplete")
            self._state.requests.append(record)

    def _handle(self, handler: BaseHTTPRequestHandler, text: str, key: str | None) -> None:
        with self._lock:
            record = RequestRecord(len(self._state.requests) + 1, key, text, time.monotonic())
            self._state.requests.append(record)
            queued = self._state.faults.get(text)
            fault = queued.pop(0) if queued else None
            post = None
            if fault not in ("500", "429", "401"):
                post = self._state.by_key.get(key) if key else None
                if post is None:
                    post = Post(len(self._state.posts) + 1, key, text)
                    self._state.posts.append(post)
                    if key:
                        self._state.by_key[key] = post
        try:
            if fault == "drop":
                time.sleep(self.delay)
                record.outcome = "dropped"
                handler.close_connection = True
                handler.connection.shutdown(2)
                return
            time.sleep(TIMEOUT_FAULT_SECONDS if fault == "timeout" else self.delay)
            if fault == "500":
                self._answer(handler, 500, {"error": "internal error"})
            elif fault == "401":
                self._answer(handler, 401, {"error": "The access token is invalid"})
            elif fault == "429":
                self._answer(
                    handler,
                    429,
                    {"error": "too many requests"},
                    {"Retry-After": str(RETRY_AFTER_SECONDS)},
                )
            else:
                assert post is not None
                self._answer(
                    handler, 200, {"id": str(post.post_id), "url": f"{self.url}/p/{post.post_id}"}
                )
            record.outcome = fault or "ok"
        except OSError:
            record.outcome = "client gone"
        finally:
            with self._lock:
                record.answered_at = time.monotonic()

    @staticmethod
    def _answer(
        handler: BaseHTTPRequestHandler,
        status: int,
        payload: dict[str, object],
        headers: dict[str, str] | None = None,
    ) -> None:
        data = json.dumps(payload).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)
        handler.wfile.flush()
