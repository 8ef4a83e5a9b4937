"""The loopback end of a browser sign-in (RFC 8252 §7.3): a one-shot HTTP server on
127.0.0.1 that receives the authorization server's redirect.

Rules for callers:

- The server listens on 127.0.0.1 only, on a port the system picks (RFC 8252 §7.3 asks
  authorization servers to accept any port on a loopback redirect), at the path
  ``/callback``. ``redirect_uri`` is the address to register or to send.
- Only a redirect carrying this sign-in's ``state`` (random, 256 bits) is taken; one with
  another state (another tab, another program on the machine) is refused with 400 and the
  real one is still awaited (RFC 6749 §10.12).
- It is one-shot: the first redirect with the right state settles the sign-in (a code,
  or the server's refusal); later ones only get the closing page.
- Its answers are short plain-text pages that never echo what the request carried.
"""

from __future__ import annotations

import asyncio
import hmac
import inspect
import logging
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from authlib.common.security import generate_token

from socialinbox.core.connector import AuthenticationError, ChannelError

log = logging.getLogger(__name__)

SIGN_IN_TIMEOUT_S = 300.0
CALLBACK_PATH = "/callback"
_HEADER_TIMEOUT_S = 10.0
_PAGE_REFUSED = "The sign-in was not completed. You can close this window."


class LoopbackRedirect:
    """``async with LoopbackRedirect("X") as loopback:`` → ``loopback.redirect_uri`` and
    ``loopback.state`` for the authorization URL, then ``await loopback.code(...)``.

    ``network`` names the network on the page the browser shows at the end."""

    def __init__(self, network: str) -> None:
        self.state = generate_token(43)  # 43 of 62 characters: more than 256 bits
        self._signed_in_page = (
            f"Signed in to {network}. You can close this window and return to Social Inbox."
        )
        self._result: asyncio.Future[str] | None = None
        self._server: asyncio.Server | None = None
        self._browser: asyncio.Future[object] | None = None
        self.redirect_uri = ""

    async def __aenter__(self) -> LoopbackRedirect:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.redirect_uri = f"http://127.0.0.1:{port}{CALLBACK_PATH}"
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._server is not None:
            self._server.close()
        if self._browser is not None:
            if not self._browser.done():
                self._browser.cancel()
            await asyncio.gather(self._browser, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    async def code(self, browser: object = None, *, timeout: float = SIGN_IN_TIMEOUT_S) -> str:
        """The authorization code, once the browser came back with it.

        ``browser`` is what opening the authorization URL returned: an awaitable (a test's
        HTTP client following the redirects) is watched, and its failure ends the wait.
        AuthenticationError when the user or the server refused; ChannelError after
        ``timeout`` seconds."""
        assert self._result is not None, "use LoopbackRedirect in 'async with'"
        if inspect.isawaitable(browser):
            # Left to finish its last page until the sign-in ends (see __aexit__).
            self._browser = asyncio.ensure_future(browser)
        return await self._wait(self._browser, timeout)

    async def _wait(self, browser: asyncio.Future[object] | None, timeout: float) -> str:
        assert self._result is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        waiting: set[asyncio.Future[object]] = {self._result}  # type: ignore[arg-type]
        if browser is not None:
            waiting.add(browser)
        while not self._result.done():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise ChannelError(
                    f"the sign-in in the browser did not finish within {timeout / 60:.0f} minutes"
                )
            done, _ = await asyncio.wait(waiting, timeout=remaining, return_when="FIRST_COMPLETED")
            if browser is not None and browser in done:
                waiting.discard(browser)
                problem = browser.exception()
                if problem is not None and not self._result.done():
                    log.warning("Opening the sign-in page failed: %s", type(problem).__name__)
                    raise ChannelError(
                        f"the sign-in page could not be opened ({type(problem).__name__})"
                    )
        return self._result.result()

    # -- the HTTP side ------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            target = await _read_target(reader)
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

    def _answer(self, target: str | None) -> tuple[str, str]:
        assert self._result is not None
        if target is None:
            return "405 Method Not Allowed", "Only the sign-in's redirect is answered here."
        url = urlsplit(target)
        if url.path != CALLBACK_PATH:
            return "404 Not Found", "Nothing here."
        query = parse_qs(url.query)
        state = (query.get("state") or [""])[0]
        if not hmac.compare_digest(state.encode(), self.state.encode()):
            # Not the redirect of this sign-in (another tab, another program): refused.
            return "400 Bad Request", "This sign-in was not started here. " + _PAGE_REFUSED
        if self._result.done():
            return "200 OK", self._signed_in_page
        error = (query.get("error") or [""])[0]
        code = (query.get("code") or [""])[0]
        if error or not code:
            reason = (query.get("error_description") or [error or "no code"])[0]
            self._result.set_exception(
                AuthenticationError(f"the server did not allow the sign-in ({reason[:200]})")
            )
            return "200 OK", _PAGE_REFUSED
        self._result.set_result(code)
        return "200 OK", self._signed_in_page


async def _read_target(reader: asyncio.StreamReader) -> str | None:
    """The request target of a GET; None for any other method."""
    request_line = await asyncio.wait_for(reader.readline(), _HEADER_TIMEOUT_S)
    while True:  # headers are not needed, only read past
        line = await asyncio.wait_for(reader.readline(), _HEADER_TIMEOUT_S)
        if line in (b"\r\n", b"\n", b""):
            break
    parts = request_line.decode("latin-1").split()
    if len(parts) < 2 or parts[0] != "GET":
        return None
    return parts[1]
