"""A proxy on 127.0.0.1 in front of a well-behaved test server, misbehaving on demand.

Servers in the wild do what no documentation describes; this proxy lets a test put such
a server in front of the documented ones (tests/servers/mastodon_server.py, …) without
teaching them to misbehave:

- ``drip(path_prefix)``: the answer to a matching request is sent one byte a second,
  headers first (a real answer, only slow), as a server behind a bad link does; the
  client's per-read timeout never fires.
- ``ignore_param(path_prefix, name)``: the query parameter ``name`` is dropped before the
  request reaches the server behind, as a server that ignores it would answer.
- ``lose_answer(path_prefix, times=1, method=None)``: the request reaches the server behind
  and is done there, then the connection closes without an answer, as when the answer is
  lost on the way back (the client cannot know whether its request took effect). ``method``
  (``"POST"``) spares the other requests to the same path (WordPress lists and creates
  comments at one URL).

Every request that reaches the proxy is counted in :attr:`MisbehavingProxy.paths`.
"""

from __future__ import annotations

import http.client
import re
import threading
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlencode, urlsplit

from tests.servers.local_http import ServedHttp
from tests.servers.running import StartedInWith

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "upgrade", "host"}


class MisbehavingProxy(StartedInWith):
    def __init__(self, upstream: str, *, drip_interval: float = 1.0) -> None:
        """``upstream``: the base URL of the server behind (http://127.0.0.1:PORT)."""
        parts = urlsplit(upstream)
        assert parts.hostname and parts.port
        self._upstream = (parts.hostname, parts.port)
        self._drip_interval = drip_interval
        self._lock = threading.Lock()
        self._drip: list[str] = []
        self._ignored: list[tuple[str, str]] = []
        self._lost_answers: dict[tuple[str, str | None], int] = {}
        self._stopping = threading.Event()
        self.paths: list[str] = []
        self._http = ServedHttp(self._handler_class(), poll_interval=0.02)

    @property
    def base_url(self) -> str:
        return self._http.url

    def drip(self, path_prefix: str) -> None:
        with self._lock:
            self._drip.append(path_prefix)

    def stop_dripping(self) -> None:
        with self._lock:
            self._drip.clear()

    def ignore_param(self, path_prefix: str, name: str) -> None:
        """``path_prefix`` may hold ``*`` for one path segment (``/api/v1/accounts/*/statuses``)."""
        with self._lock:
            self._ignored.append((path_prefix, name))

    def lose_answer(self, path_prefix: str, times: int = 1, *, method: str | None = None) -> None:
        """The next ``times`` answers to ``path_prefix`` (``*`` for one segment), to requests
        of ``method`` if given, are lost."""
        key = (path_prefix, method)
        with self._lock:
            self._lost_answers[key] = self._lost_answers.get(key, 0) + times

    def _answer_lost(self, method: str, path: str) -> bool:
        with self._lock:
            for (prefix, only_method), left in self._lost_answers.items():
                if left > 0 and only_method in (None, method) and _matches(prefix, path):
                    self._lost_answers[prefix, only_method] = left - 1
                    return True
            return False

    def requests_to(self, pattern: str) -> list[str]:
        """The paths requested that match ``pattern`` (``*`` for one segment)."""
        with self._lock:
            return [p for p in self.paths if _matches(pattern, p)]

    def start(self) -> MisbehavingProxy:
        self._http.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._http.stop()

    # -- serving ---------------------------------------------------------------------

    def _rewrite(self, target: str) -> str:
        parts = urlsplit(target)
        with self._lock:
            dropped = {name for prefix, name in self._ignored if _matches(prefix, parts.path)}
        if not dropped:
            return target
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        kept = urlencode([(k, v) for k, v in query if k not in dropped])
        return parts.path + (f"?{kept}" if kept else "")

    def _dripping(self, path: str) -> bool:
        with self._lock:
            return any(path.startswith(prefix) for prefix in self._drip)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def _forward(self) -> None:
                path = urlsplit(self.path).path
                with proxy._lock:
                    proxy.paths.append(path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                upstream = http.client.HTTPConnection(*proxy._upstream, timeout=30)
                try:
                    upstream.request(self.command, proxy._rewrite(self.path), body, headers)
                    answer = upstream.getresponse()
                    content = answer.read()
                    answer_headers = answer.getheaders()
                    status, reason = answer.status, answer.reason
                finally:
                    upstream.close()
                if proxy._answer_lost(self.command, path):
                    self.close_connection = True
                    return
                self.send_response(status, reason)
                for name, value in answer_headers:
                    if name.lower() not in _HOP_BY_HOP | {"content-length"}:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                if not proxy._dripping(path):
                    self.wfile.write(content)
                    return
                self.wfile.flush()
                for byte in content:
                    if proxy._stopping.is_set():
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(proxy._drip_interval)

            do_GET = do_POST = do_PUT = do_DELETE = _forward

        return Handler


def _matches(pattern: str, path: str) -> bool:
    regex = "^" + re.escape(pattern).replace(r"\*", "[^/]+")
    return re.match(regex, path) is not None
