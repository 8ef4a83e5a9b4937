"""The crash tests' recording server treats requests as a real network would.

A sender killed between writing a request's headers and its body (httpx writes
them separately) leaves the server a request cut short: no network acts on it.
The crash test once failed when the server made an empty post of such a request
under the reply's idempotency key, and every retry of the reply got that post.
"""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlsplit

import httpx

from tests.sending.http_fakes import POST_PATH, RecordingServer

KEY = "0123456789abcdef"
BODY = json.dumps({"status": "idem-0", "in_reply_to_id": "idem-in-0"}).encode()


def send_headers_only(server: RecordingServer, key: str | None) -> None:
    """A request whose sender died after its headers: the body never comes."""
    address = urlsplit(server.url)
    headers = [
        f"POST {POST_PATH} HTTP/1.1",
        f"Host: {address.netloc}",
        "Content-Type: application/json",
        f"Content-Length: {len(BODY)}",
    ]
    if key is not None:
        headers.append(f"Idempotency-Key: {key}")
    with socket.create_connection((address.hostname, address.port)) as sock:
        sock.sendall(("\r\n".join(headers) + "\r\n\r\n").encode())


def wait_until_read(server: RecordingServer, count: int) -> None:
    """Until the server has finished with ``count`` requests."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        requests = server.requests()
        if len(requests) >= count and all(r.answered_at is not None for r in requests):
            return
        time.sleep(0.01)
    raise AssertionError(f"the server did not finish {count} request(s): {server.requests()}")


def test_a_request_cut_short_creates_no_post_and_spends_no_idempotency_key(idempotent_server):
    send_headers_only(idempotent_server, KEY)
    wait_until_read(idempotent_server, 1)

    # The reply's retry under the same key is the one that posts it.
    response = httpx.post(
        idempotent_server.url + POST_PATH,
        content=BODY,
        headers={"Content-Type": "application/json", "Idempotency-Key": KEY},
    )
    assert response.status_code == 200
    assert idempotent_server.deliveries() == {"idem-0": 1}
    wait_until_read(idempotent_server, 2)
    assert [r.outcome for r in idempotent_server.requests()] == ["incomplete", "ok"]


def test_a_request_cut_short_is_no_post_on_a_plain_server(plain_server):
    send_headers_only(plain_server, None)
    wait_until_read(plain_server, 1)
    assert plain_server.deliveries() == {}
    assert [r.outcome for r in plain_server.requests()] == ["incomplete"]
