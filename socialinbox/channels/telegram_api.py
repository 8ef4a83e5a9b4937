"""Talking HTTP to the Telegram Bot API: one method call, one typed outcome.

Rules (core.telegram.org/bots/api, "Making requests"):

- Every call is ``POST {base}/bot{token}/{method}`` with a JSON body; every answer
  is ``{"ok": true, "result": …}`` or ``{"ok": false, "error_code", "description",
  "parameters"}``, its HTTP status being the error code.
- 401 means the token was refused: :class:`AuthenticationError` (a 404 is an
  address that is no Bot API server, or a method it lacks). A 403 is *not* a sign-in
  problem on Telegram ("Forbidden: bot was blocked by the user", "bot was kicked
  from the group chat"): that one request is refused, a :class:`PermanentError`.
- 429 waits ``parameters.retry_after`` seconds, recorded in the account's book of
  waits (shared by every process through the database) by the connectors' HTTP
  layer; :class:`RateLimitedError`.
- 409 from ``getUpdates`` means a webhook is set on the bot, or another program
  reads the same bot's updates at this moment: :class:`UpdatesConflict`, whose
  message names the fix.
- The token travels in the URL path: it is checked to look like a bot token before
  anything is sent, and cut out of every message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from socialinbox.channels.http import ConnectorHttp, without_secrets
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    DEFAULT_REQUEST_DEADLINE,
    AuthenticationError,
    ChannelError,
    PermanentError,
    RateLimitedError,
    TransientError,
)
from socialinbox.core.rate_limits import REQUESTS, MemoryRateLimitBook, RateLimitBook

DEFAULT_BASE_URL = "https://api.telegram.org"
# A 429 always names its wait in the body; the layer's own guess is only a floor.
_FLOOR_WAIT = timedelta(seconds=1)
_ERROR_TEXT_MAX = 300
# "123456789:AAE…": the bot's id, a colon, then the secret part.
_TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{1,200}")


class MalformedResponseError(TransientError):
    """The answer was not the JSON the Bot API documents (a proxy's error page, a cut
    body). Nothing is stored and the cursor stays; after a write, the write itself may
    have happened (``may_have_reached_server``)."""


class UpdatesConflict(ChannelError):
    """``getUpdates`` answered 409: a webhook is set (``webhook``), or another request for
    the same bot's updates ended this one (another program, or this app's own sync)."""

    def __init__(self, message: str, *, webhook: bool) -> None:
        super().__init__(message)
        self.webhook = webhook


def looks_like_token(token: str | None) -> bool:
    return bool(token) and _TOKEN.fullmatch(token or "") is not None


class TelegramApi:
    """Method calls with one bot token."""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        http: httpx.AsyncClient | None,
        clock: Clock,
        rate_limits: RateLimitBook | None = None,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        try:
            self.host = urlsplit(self.base_url).netloc or self.base_url
        except ValueError:  # requests to it fail with the reason (see address_problem)
            self.host = self.base_url
        self._token = (token or "").strip()
        self._clock = clock
        # Our own hold on the same book as the HTTP layer's: retry_after is in the body.
        self._book: RateLimitBook = rate_limits or MemoryRateLimitBook(clock)
        self._http = ConnectorHttp(
            http,
            where=self.host,
            clock=clock,
            rate_limits=self._book,
            default_wait=_FLOOR_WAIT,
            scrub=self.scrub,
            deadline=deadline,
        )

    def scrub(self, text: str) -> str:
        """``text`` without the token in it."""
        return without_secrets(text, self._token, mark="«token»")

    async def call(
        self, method: str, params: Mapping[str, Any] | None = None, *, writes: bool = False
    ) -> Any:
        """The ``result`` of one method call, or a typed ChannelError. ``writes``: the call
        changes something (sends a message)."""
        if not looks_like_token(self._token):
            raise AuthenticationError(
                "this is not a bot token (a bot token looks like 123456789:AAE…; copy it "
                "again from @BotFather)"
            )
        response = await self._http.request(
            "POST",
            f"{self.base_url}/bot{self._token}/{method}",
            writes=writes,
            json=dict(params or {}),
            headers={"Accept": "application/json"},
        )
        body = self._body(response, writes=writes and response.is_success)
        if response.is_success and isinstance(body, Mapping) and body.get("ok") is True:
            if "result" not in body:
                raise MalformedResponseError(
                    f"{self.host} answered {method} without a result",
                    may_have_reached_server=writes,
                )
            return body["result"]
        await self._raise(method, response, body if isinstance(body, Mapping) else {}, writes)

    def _body(self, response: httpx.Response, *, writes: bool) -> Any:
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
            if not response.is_success:
                return None  # a proxy's error page: the status says enough
            raise MalformedResponseError(
                f"{self.host} sent an answer that is not JSON "
                f"(HTTP {response.status_code}, {len(response.content)} bytes)",
                may_have_reached_server=writes,
            ) from None

    async def _raise(
        self, method: str, response: httpx.Response, body: Mapping[str, Any], writes: bool
    ) -> None:
        status = response.status_code
        code = body.get("error_code")
        code = code if isinstance(code, int) and not isinstance(code, bool) else status
        text = body.get("description")
        detail = (
            self.scrub(" ".join(text.split()))[:_ERROR_TEXT_MAX] if isinstance(text, str) else ""
        )
        words = f": {detail}" if detail else ""
        if code == 401 and status < 500:
            raise AuthenticationError(
                f"Telegram refused the bot token (HTTP {code}{words}); "
                "copy it again from @BotFather"
            )
        if code == 429:
            parameters = body.get("parameters")
            wait = parameters.get("retry_after") if isinstance(parameters, Mapping) else None
            if isinstance(wait, int | float) and not isinstance(wait, bool) and wait > 0:
                until = self._clock.now() + timedelta(seconds=min(float(wait), 86_400.0))
                await self._book.hold(REQUESTS, until, f"HTTP 429 from {self.host}")
            until = self._book.until(REQUESTS) or self._clock.now() + _FLOOR_WAIT
            raise RateLimitedError(f"{self.host} asked to wait (HTTP 429){words}", until)
        if code == 409 and method == "getUpdates":
            if "webhook" in detail.lower():
                raise UpdatesConflict(
                    "this bot has a webhook set, so Telegram will not hand its messages to "
                    "this app: remove it (call deleteWebhook, or stop the other service that "
                    f"set it), then sync again (Telegram: {detail or 'Conflict'})",
                    webhook=True,
                )
            raise UpdatesConflict(
                "another program is reading this bot's messages at the same moment (another "
                "copy of Social Inbox, or a bot program using the same token): only one may; "
                f"stop the other one (Telegram: {detail or 'Conflict'})",
                webhook=False,
            )
        if code == 403 and status < 500:
            raise PermanentError(f"Telegram refused {method}{words}")
        self._http.raise_for_status(response, writes=writes, detail=detail)
        # A 2xx whose body says ok: false, or no body at all.
        raise PermanentError(f"Telegram refused {method} (HTTP {status}){words}")
