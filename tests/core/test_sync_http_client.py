"""The sync engine's HTTP client: plain ``http://`` through a transport without a CA
bundle, ``https://`` always verified (issue 16 built the TLS context lazily; a server
whose certificate nobody vouches for must still be refused)."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from socialinbox.sync.http_client import new_client
from tests.servers.email_servers import make_certificate


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"hello"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _serve(context: ssl.SSLContext | None) -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def plain_port() -> Iterator[int]:
    yield from _serve(None)


@pytest.fixture
def self_signed_port(tmp_path: Path) -> Iterator[int]:
    yield from _serve(make_certificate(tmp_path).server_context())


async def _get(url: str) -> httpx.Response:
    async with new_client() as client:
        return await client.get(url)


def test_a_plain_http_server_is_reached(plain_port: int) -> None:
    response = asyncio.run(_get(f"http://127.0.0.1:{plain_port}/"))
    assert (response.status_code, response.text) == (200, "hello")


def test_an_https_server_with_a_certificate_nobody_vouches_for_is_refused(
    self_signed_port: int,
) -> None:
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        asyncio.run(_get(f"https://127.0.0.1:{self_signed_port}/"))
