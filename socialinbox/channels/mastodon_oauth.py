"""Signing in to a Mastodon server in the browser: OAuth 2 authorization code with PKCE.

Steps (docs.joinmastodon.org/client/token, /methods/apps, /methods/oauth):

1. ``POST /api/v1/apps`` registers this app with a loopback redirect
   ``http://127.0.0.1:PORT/callback`` (a new registration each time: the server
   matches redirect URIs exactly and the port is whatever is free now).
2. The browser opens ``/oauth/authorize`` with ``code_challenge`` (S256) and a
   random ``state``; the user approves on the server's own page.
3. The server redirects the browser to the loopback address, where a one-shot
   server on 127.0.0.1 takes the code — only with the right ``state``; a
   callback with another state is refused and the real one still awaited —
   and answers with a short plain page.
4. ``POST /oauth/token`` exchanges the code with the ``code_verifier``.

The PKCE verifier and challenge come from Authlib (RFC 7636).
"""

from __future__ import annotations

import asyncio
import hmac
import inspect
import logging
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from socialinbox.channels.http import MalformedResponseError
from socialinbox.channels.mastodon_api import MastodonApi
from socialinbox.clock import SystemClock
from socialinbox.core.connector import (
    AuthenticationError,
    ChannelError,
    OpenBrowser,
    PermanentError,
)

log = logging.getLogger(__name__)

CLIENT_NAME = "Social Inbox"
# Only what the inbox needs: who the account is, its mentions, threads, and replying.
SCOPES = "read:accounts read:notifications read:statuses write:statuses"
SIGN_IN_TIMEOUT_S = 300.0
_HEADER_TIMEOUT_S = 10.0
_PAGE_SIGNED_IN = "Signed in to Mastodon. You can close this window and return to Social Inbox."
_PAGE_REFUSED = "The sign-in was not completed. You can close this window."


class _Callback:
    """The loopback end of the redirect: resolves ``result`` with the code (or an error)."""

    def __init__(self, state: str) -> None:
        self._state = state
        self.result: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            target = await self._read_target(reader)
            status, page = self._answer(target)
            body = page.encode("utf-8")
            head = (
                f"HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\n"
                "Connection: close\r\n\r\n"
            )
            writer.write(head.encode("ascii") + body)
            await writer.drain()
        except (OSError, TimeoutError, ValueError):
            pass  # a browser that went away; the sign-in still waits for the real callback
        finally:
            writer.close()

    @staticmethod
    async def _read_target(reader: asyncio.StreamReader) -> str | None:
        request_line = await asyncio.wait_for(reader.readline(), _HEADER_TIMEOUT_S)
        while True:  # headers are not needed, only read past
            line = await asyncio.wait_for(reader.readline(), _HEADER_TIMEOUT_S)
            if line in (b"\r\n", b"\n", b""):
                break
        parts = request_line.decode("latin-1").split()
        if len(parts) < 2 or parts[0] != "GET":
            return None
        return parts[1]

    def _answer(self, target: str | None) -> tuple[str, str]:
        if target is None:
            return "405 Method Not Allowed", "Only the sign-in's redirect is answered here."
        url = urlsplit(target)
        if url.path != "/callback":
            return "404 Not Found", "Nothing here."
        query = parse_qs(url.query)
        state = (query.get("state") or [""])[0]
        if not hmac.compare_digest(state.encode(), self._state.encode()):
            # Not the redirect of this sign-in (another tab, another program): refused.
            return "400 Bad Request", "This sign-in was not started here. " + _PAGE_REFUSED
        if self.result.done():
            return "200 OK", _PAGE_SIGNED_IN
        error = (query.get("error") or [""])[0]
        code = (query.get("code") or [""])[0]
        if error or not code:
            reason = (query.get("error_description") or [error or "no code"])[0]
            self.result.set_exception(
                AuthenticationError(f"the server did not allow the sign-in ({reason[:200]})")
            )
            return "200 OK", _PAGE_REFUSED
        self.result.set_result(code)
        return "200 OK", _PAGE_SIGNED_IN


async def sign_in(
    base_url: str,
    http: httpx.AsyncClient,
    open_browser: OpenBrowser,
    *,
    timeout: float = SIGN_IN_TIMEOUT_S,
) -> str:
    """Run the browser sign-in against ``base_url`` and return the access token.

    ``open_browser`` is called with the authorization URL; it may return an
    awaitable (tests pass an HTTP client that follows the redirects).
    """
    base = base_url.rstrip("/")
    api = MastodonApi(base, None, http, SystemClock())
    state = generate_token(32)
    callback = _Callback(state)
    server = await asyncio.start_server(callback.handle, "127.0.0.1", 0)
    browser: asyncio.Future[object] | None = None
    try:
        port = server.sockets[0].getsockname()[1]
        redirect_uri = f"http://127.0.0.1:{port}/callback"
        client_id, client_secret = await _register(api, redirect_uri)
        verifier = generate_token(64)  # 64 unreserved characters (RFC 7636: 43 to 128)
        query = urlencode(
            {
                "response_type": "code",
                "client_id": client_id,
                "redirect_uri": redirect_uri,
                "scope": SCOPES,
                "state": state,
                "code_challenge": create_s256_code_challenge(verifier),
                "code_challenge_method": "S256",
            }
        )
        opened = open_browser(f"{base}/oauth/authorize?{query}")
        if inspect.isawaitable(opened):
            browser = asyncio.ensure_future(opened)
        code = await _wait_for_code(callback, browser, timeout)
        return await _exchange(api, code, client_id, client_secret, redirect_uri, verifier)
    finally:
        server.close()
        if browser is not None and not browser.done():
            browser.cancel()
        if browser is not None:
            await asyncio.gather(browser, return_exceptions=True)
        await server.wait_closed()


async def _register(api: MastodonApi, redirect_uri: str) -> tuple[str, str]:
    response = await api.request(
        "POST",
        "/api/v1/apps",
        form={"client_name": CLIENT_NAME, "redirect_uris": redirect_uri, "scopes": SCOPES},
    )
    app = api.json(response)
    client_id = app.get("client_id") if isinstance(app, dict) else None
    client_secret = app.get("client_secret") if isinstance(app, dict) else None
    if not isinstance(client_id, str) or not isinstance(client_secret, str):
        raise MalformedResponseError(f"{api.host} did not register the app")
    return client_id, client_secret


async def _wait_for_code(
    callback: _Callback, browser: asyncio.Future[object] | None, timeout: float
) -> str:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    waiting: set[asyncio.Future[object]] = {callback.result}  # type: ignore[arg-type]
    if browser is not None:
        waiting.add(browser)
    while not callback.result.done():
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise ChannelError(
                f"the sign-in in the browser did not finish within {timeout / 60:.0f} minutes"
            )
        done, _ = await asyncio.wait(waiting, timeout=remaining, return_when="FIRST_COMPLETED")
        if browser is not None and browser in done:
            waiting.discard(browser)
            problem = browser.exception()
            if problem is not None and not callback.result.done():
                log.warning("Opening the sign-in page failed: %s", type(problem).__name__)
                raise ChannelError(
                    f"the sign-in page could not be opened ({type(problem).__name__})"
                )
    return callback.result.result()


async def _exchange(
    api: MastodonApi,
    code: str,
    client_id: str,
    client_secret: str,
    redirect_uri: str,
    verifier: str,
) -> str:
    try:
        response = await api.request(
            "POST",
            "/oauth/token",
            form={
                "grant_type": "authorization_code",
                "code": code,
                "client_id": client_id,
                "client_secret": client_secret,
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
                "scope": SCOPES,
            },
        )
    except PermanentError as exc:
        raise AuthenticationError(f"the server refused the sign-in: {exc}") from None
    token = api.json(response)
    access_token = token.get("access_token") if isinstance(token, dict) else None
    if not isinstance(access_token, str) or not access_token:
        raise MalformedResponseError(f"{api.host} gave no access token")
    return access_token
