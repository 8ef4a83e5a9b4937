"""What the test servers of the OAuth networks share: a request as their handlers see it,
the answer they give, the faults a test injects, and the small checks of an OAuth server.

A server built on :class:`~tests.servers.local_http.ServedHttp` passes each request to
:func:`serve_with_faults` with its own ``route``; the test's faults (:class:`FaultQueue`)
are applied on the way: a connection dropped before or after the work, an answer cut
halfway, or a failure status in the network's own error body (``failure``).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from tests.servers.local_http import RecordedRequest, drop_connection, send_answer


@dataclass
class Call:
    """One request as a handler reads it: ``query`` maps each name to all its values."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def header(self, name: str) -> str | None:
        """A header by case-insensitive name."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)

    def param(self, name: str) -> str | None:
        """The first value of a query parameter."""
        values = self.query.get(name)
        return values[0] if values else None

    def form(self) -> dict[str, str]:
        """The first value of each field of an application/x-www-form-urlencoded body."""
        parsed = parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return {key: values[0] for key, values in parsed.items()}


@dataclass
class Answer:
    status: int
    body: bytes = b""
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    kind: str  # drop | cut | fail
    prefix: str
    method: str | None
    status: int = 503
    after_processing: bool = False


class FaultQueue:
    """The faults a test asked for; each is used by the first request it matches (the
    request's path starts with ``prefix`` and its method is ``method``, or any when None)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def drop(
        self,
        prefix: str,
        times: int = 1,
        *,
        after_processing: bool = False,
        method: str | None = None,
    ) -> None:
        """Close the connection without an answer; ``after_processing`` does the work first."""
        self._add(Fault("drop", prefix, method, after_processing=after_processing), times)

    def cut(self, prefix: str, times: int = 1, *, method: str | None = None) -> None:
        """Do the work, send the status, the headers and half the body, then close."""
        self._add(Fault("cut", prefix, method), times)

    def fail(
        self, prefix: str, status: int = 503, times: int = 1, *, method: str | None = None
    ) -> None:
        """Answer ``status`` in the network's error body without doing anything."""
        self._add(Fault("fail", prefix, method, status=status), times)

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for index, fault in enumerate(self._faults):
                if path.startswith(fault.prefix) and fault.method in (None, method):
                    return self._faults.pop(index)
        return None

    def _add(self, fault: Fault, times: int) -> None:
        with self._lock:
            self._faults.extend(copy.copy(fault) for _ in range(times))


def serve_with_faults(
    handler: BaseHTTPRequestHandler,
    method: str,
    *,
    now: Callable[[], datetime],
    lock: threading.RLock,
    requests: list[RecordedRequest],
    faults: FaultQueue,
    route: Callable[[Call, RecordedRequest], Answer],
    failure: Callable[[int], Answer],
) -> None:
    """Read one request, record it in ``requests`` (under ``lock``), apply the first fault
    that matches it, otherwise answer what ``route`` gives; the record keeps the status
    sent (None when the connection was dropped or cut)."""
    length = int(handler.headers.get("Content-Length") or 0)
    body = handler.rfile.read(length) if length else b""
    parts = urlsplit(handler.path)
    query = parse_qs(parts.query, keep_blank_values=True)
    headers = dict(handler.headers.items())
    with lock:
        record = RecordedRequest(method, parts.path, query, headers, body, now())
        requests.append(record)
    fault = faults.take(method, parts.path)
    if fault is not None and fault.kind == "drop" and not fault.after_processing:
        drop_connection(handler)
        return
    if fault is not None and fault.kind == "fail":
        answer = failure(fault.status)
    else:
        answer = route(Call(method, parts.path, query, headers, body), record)
    if fault is not None and fault.kind == "drop":
        drop_connection(handler)
        return
    if fault is not None and fault.kind == "cut":
        send_half(handler, answer)
        return
    try:
        send_answer(handler, answer.status, answer.body, answer.content_type, answer.headers)
    except OSError:
        return
    record.status = answer.status


def send_half(handler: BaseHTTPRequestHandler, answer: Answer) -> None:
    """The status, the headers (with the whole length) and half the body, then the end."""
    try:
        handler.send_response(answer.status)
        handler.send_header("Content-Type", answer.content_type)
        handler.send_header("Content-Length", str(len(answer.body)))
        for name, value in answer.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(answer.body[: len(answer.body) // 2])
        handler.wfile.flush()
    except OSError:
        pass
    drop_connection(handler)


def pkce_s256(verifier: str) -> str:
    """RFC 7636's S256 code challenge of a verifier (any text may arrive)."""
    digest = hashlib.sha256(verifier.encode("utf-8", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def same(given: str, expected: str) -> bool:
    """A constant-time comparison that any text may reach (compare_digest refuses non-ASCII str)."""
    return secrets.compare_digest(given.encode(), expected.encode())


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def is_loopback(uri: str) -> bool:
    """An http:// redirect URI on this machine (RFC 8252 section 7.3), any port."""
    parts = urlsplit(uri)
    return parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
