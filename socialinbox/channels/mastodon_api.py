"""Talking HTTP to a Mastodon server: one request helper that turns answers into typed errors.

Rules (docs.joinmastodon.org/api/rate-limits, /api/guidelines):

- Every answer may carry ``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (an
  ISO 8601 time). When the remaining count reaches 0, or the server answers 429,
  the reset time is remembered per server for this process, and no request goes
  to that server before it: :class:`RateLimitedError` is raised instead. It is
  also kept in the account's session slot (the keychain, as Bluesky's session),
  so that the next process — a ``sync --once`` run every few minutes — waits too.
- 401/403: the token was refused (:class:`AuthenticationError`); 422: the server
  refused the request itself, with its reason (:class:`PermanentError`); 5xx and
  timeouts: :class:`TransientError`; an unreachable server: :class:`OfflineError`.
- A request that may have changed something (``may_have_arrived=True``, a POST)
  whose answer was lost raises :class:`OutcomeUnknownError`; one whose connection
  could not even be opened certainly did not arrive.
- The access token travels only in the ``Authorization`` header and never appears
  in an error message: every message is scrubbed of it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from socialinbox.clock import Clock
from socialinbox.core.backoff import parse_rate_limit_reset, parse_retry_after
from socialinbox.core.connector import (
    AuthenticationError,
    OfflineError,
    OutcomeUnknownError,
    PermanentError,
    RateLimitedError,
    SessionSlot,
    TransientError,
)

# Mastodon's default window is five minutes; a 429 without a readable hint waits that long.
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=5)
_ERROR_TEXT_MAX = 300

# Per server (scheme://host:port): no request before this moment. Shared by every
# connector of the process, because the server counts per account *and* per IP.
_BLOCKED_UNTIL: dict[str, datetime] = {}


class MalformedResponseError(TransientError):
    """The server's answer was not the JSON the documentation describes (a proxy's error
    page, a truncated body). Nothing is stored and the cursor stays: the next sync asks again."""


def server_key(base_url: str) -> str:
    parts = urlsplit(base_url.strip())
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def blocked_until(base_url: str, now: datetime) -> datetime | None:
    """When requests to this server may resume, or None if they may go now."""
    until = _BLOCKED_UNTIL.get(server_key(base_url))
    if until is None or until <= now:
        return None
    return until


def forget_rate_limits() -> None:
    """Forget every remembered reset time (for tests that reuse a port)."""
    _BLOCKED_UNTIL.clear()


class MastodonApi:
    """Requests to one server, with one access token (None for the app registration)."""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        http: httpx.AsyncClient | None,
        clock: Clock,
        pauses: SessionSlot | None = None,
    ) -> None:
        """``pauses``: the account's slot where a reset time outlives this process."""
        self.base_url = base_url.rstrip("/")
        self.host = urlsplit(self.base_url).netloc or self.base_url
        self._token = token
        self._http = http
        self._clock = clock
        self._pauses = pauses
        self._recall_pause()

    def scrub(self, text: str) -> str:
        """``text`` without the access token in it."""
        if self._token and len(self._token) >= 4:
            text = text.replace(self._token, "«token»")
        return text

    async def get(self, path: str, params: Any = None) -> httpx.Response:
        return await self.request("GET", path, params=params)

    async def get_json(self, path: str, params: Any = None) -> Any:
        return self.json(await self.get(path, params))

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json_body: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        may_have_arrived: bool = False,
    ) -> httpx.Response:
        """One request to ``path`` on this server; the answer when it is a success (2xx),
        else a typed ChannelError."""
        now = self._clock.now()
        until = blocked_until(self.base_url, now)
        if until is not None:
            raise RateLimitedError(f"{self.host} asked to wait (rate limit)", until)
        if self._http is None:
            raise OfflineError("no network connection is available to this connector")
        url = f"{self.base_url}{path}"
        all_headers = {"Accept": "application/json", **(headers or {})}
        if self._token:
            all_headers["Authorization"] = f"Bearer {self._token}"
        try:
            response = await self._http.request(
                method, url, params=params, json=json_body, data=form, headers=all_headers
            )
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise OfflineError(f"cannot reach {self.host} ({type(exc).__name__})") from None
        except httpx.PoolTimeout:
            raise TransientError(f"{self.host}: too many requests in flight") from None
        except httpx.TransportError as exc:
            if may_have_arrived:
                raise OutcomeUnknownError(
                    f"{self.host} did not answer ({type(exc).__name__}); "
                    "the request may have arrived"
                ) from None
            raise TransientError(f"{self.host} did not answer ({type(exc).__name__})") from None
        self._note_rate_limit(response)
        self._raise_for_status(response)
        return response

    def json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
            raise MalformedResponseError(
                f"{self.host} sent an answer that is not JSON "
                f"(HTTP {response.status_code}, {len(response.content)} bytes)"
            ) from None

    # -- internals ----------------------------------------------------------------

    def _note_rate_limit(self, response: httpx.Response) -> None:
        now = self._clock.now()
        until: datetime | None = None
        reset = self._reset_on_our_clock(response, now)
        if response.status_code == 429:
            hints = [reset, parse_retry_after(response.headers.get("Retry-After"), now)]
            known = [hint for hint in hints if hint is not None]
            # Both may come: the later one is the one that is certainly safe.
            until = max(known) if known else now + DEFAULT_RATE_LIMIT_WAIT
            if until <= now:
                until = now + timedelta(seconds=1)
        elif response.headers.get("X-RateLimit-Remaining", "").strip() == "0":
            until = reset
        if until is not None and until > now:
            key = server_key(self.base_url)
            _BLOCKED_UNTIL[key] = max(until, _BLOCKED_UNTIL.get(key, until))
            self._keep_pause(_BLOCKED_UNTIL[key])

    @staticmethod
    def _reset_on_our_clock(response: httpx.Response, now: datetime) -> datetime | None:
        """``X-RateLimit-Reset`` is a time on the server's clock; the answer's ``Date``
        (RFC 9110 section 6.6.1) says what that clock read, so the wait is the same on
        ours even when this computer's clock is off. Without a Date, the clocks agree."""
        server_now = now
        try:
            dated = parsedate_to_datetime(response.headers.get("Date", ""))
        except (TypeError, ValueError, IndexError):
            dated = None
        if dated is not None and dated.tzinfo is not None:
            server_now = dated
        reset = parse_rate_limit_reset(response.headers.get("X-RateLimit-Reset"), server_now)
        return None if reset is None else now + (reset - server_now)

    def _recall_pause(self) -> None:
        """A reset time an earlier process kept for this account: no request before it."""
        if self._pauses is None:
            return
        try:
            state = json.loads(self._pauses.load() or "{}")
            until = datetime.fromisoformat(state["paused_until"])
        except (ValueError, TypeError, KeyError):
            return  # nothing kept, or not readable: nothing to wait for
        if until.tzinfo is not None:
            key = server_key(self.base_url)
            _BLOCKED_UNTIL[key] = max(until, _BLOCKED_UNTIL.get(key, until))

    def _keep_pause(self, until: datetime) -> None:
        if self._pauses is not None:
            self._pauses.save(json.dumps({"paused_until": until.isoformat()}))

    def _raise_for_status(self, response: httpx.Response) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        reason = self._error_text(response)
        suffix = f": {reason}" if reason else ""
        if status in (401, 403):
            raise AuthenticationError(
                f"{self.host} refused the access token (HTTP {status}){suffix}"
            )
        if status == 429:
            until = _BLOCKED_UNTIL.get(server_key(self.base_url), self._clock.now())
            raise RateLimitedError(f"{self.host} answered too many requests{suffix}", until)
        if status >= 500:
            raise TransientError(f"{self.host} had a problem (HTTP {status}){suffix}")
        if 300 <= status < 400:
            target = response.headers.get("Location", "")
            raise PermanentError(
                f"{self.host} redirected to {self.scrub(target)[:200]}: check the server address"
            )
        if status == 404:
            raise PermanentError(f"{self.host} does not know it (HTTP 404){suffix}")
        if status == 422:
            raise PermanentError(f"{self.host} refused it{suffix or ' (HTTP 422)'}")
        raise PermanentError(f"{self.host} refused the request (HTTP {status}){suffix}")

    def _error_text(self, response: httpx.Response) -> str:
        """The server's own words (Mastodon's Error entity: ``error`` and
        ``error_description``), short and without the token."""
        try:
            body = response.json()
        except ValueError:
            return ""
        if not isinstance(body, Mapping):
            return ""
        parts = [body.get("error"), body.get("error_description")]
        text = " — ".join(str(p) for p in parts if isinstance(p, str) and p.strip())
        text = " ".join(text.split())
        return self.scrub(text)[:_ERROR_TEXT_MAX]
