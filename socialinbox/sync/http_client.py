"""The sync engine's one HTTP client, whose TLS context is built only when needed.

A verifying TLS context (the CA bundle read and parsed) costs tens of milliseconds of
CPU: a round that only asks plain ``http://`` servers (a local server, the test
servers) should not pay it, nor a round that never reaches the network (issue 16).
"""

from __future__ import annotations

import asyncio

import httpx


class TlsWhenNeeded(httpx.AsyncBaseTransport):
    """Sends ``https://`` requests through a verifying transport built at the first
    of them, and the others through one that holds no CA bundle (it never sees an
    ``https://`` request, so it never skips a verification)."""

    def __init__(self) -> None:
        self._plain = httpx.AsyncHTTPTransport(verify=False)
        self._tls: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme != "https":
            return await self._plain.handle_async_request(request)
        if self._tls is None:
            # Built in a worker thread: the CA bundle is not read on the event loop.
            tls = await asyncio.get_running_loop().run_in_executor(None, httpx.AsyncHTTPTransport)
            if self._tls is None:
                self._tls = tls
            else:
                await tls.aclose()
        return await self._tls.handle_async_request(request)

    async def aclose(self) -> None:
        await self._plain.aclose()
        if self._tls is not None:
            await self._tls.aclose()


def new_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=httpx.Timeout(30.0, connect=10.0),
        follow_redirects=False,
        headers={"User-Agent": "SocialInbox/0.1 (+desktop app)"},
        transport=TlsWhenNeeded(),
    )
