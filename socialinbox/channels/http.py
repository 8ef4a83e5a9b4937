"""One HTTP layer for connectors: waits before a request, typed errors after it.

Every HTTP connector sends through :class:`ConnectorHttp` and turns answers
into the typed errors of :mod:`socialinbox.core.connector` with the pure
functions below. Rules:

- Before each request the account's wait for its bucket (see
  :mod:`socialinbox.core.rate_limits`) is checked: while it lasts,
  :class:`RateLimitedError` is raised and nothing is sent.
- A wait is recorded, for every process on the database, when an answer asks
  for one: a 429; a 503 that names a time; any answer saying no request is left
  (``X-RateLimit-Remaining``/``RateLimit-Remaining``/X's ``x-rate-limit-remaining``
  0) with its reset time. Reset times (``X-RateLimit-Reset``, ``RateLimit-Reset``,
  ``x-rate-limit-reset``: epoch seconds or ISO
  8601) are read on the server's clock, which its ``Date`` header tells, so a
  computer whose clock is off waits as long as asked. ``Retry-After`` is a
  number of seconds or an HTTP date. When several come, the latest wins.
- ``writes=True`` marks a request that changes something (a post). Only such a
  request can end in an error with ``may_have_reached_server``: after a read
  timeout, a dropped connection or any transport failure once the request left;
  after a gateway's or server's 5xx other than 501 and 503 (the work may have
  been done behind it). A connection that could not be opened, a request never
  taken from the pool, and every 4xx certainly were not carried out.
- 401/403: :class:`AuthenticationError` (sign in again); 429, or 503 with a
  time: :class:`RateLimitedError`; other 5xx: :class:`TransientError`; 501:
  :class:`PermanentError` (the server does not offer it); redirects and other
  4xx: :class:`PermanentError` with the server's own words.
- Every request has a total deadline (``deadline``, :data:`DEFAULT_REQUEST_DEADLINE`
  unless the account's context says otherwise): the client's own timeouts bound each
  read, so a server that dribbles a byte at a time would otherwise hold a request for
  as long as it likes. A request past its deadline is a :class:`TransientError`, one
  that may have reached the server when it ``writes``.
- An address that cannot be a server's (no host, a port out of range, a broken IPv6
  literal) and a header that cannot be sent (a character outside ASCII in a token)
  are :class:`PermanentError` before anything is sent: see :func:`address_problem`.
- Messages never carry a secret: connectors pass ``scrub``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from socialinbox.clock import Clock
from socialinbox.core.backoff import parse_rate_limit_reset, parse_retry_after
from socialinbox.core.connector import (
    DEFAULT_REQUEST_DEADLINE,
    AuthenticationError,
    ChannelError,
    OfflineError,
    PermanentError,
    RateLimitedError,
    TransientError,
)
from socialinbox.core.rate_limits import REQUESTS, MemoryRateLimitBook, RateLimitBook

# Transport errors raised before any byte of the request left: it certainly did not arrive.
_NEVER_SENT: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
)
# X spells its headers with one more hyphen (x-rate-limit-reset, Unix seconds).
_RESET_HEADERS = ("X-RateLimit-Reset", "RateLimit-Reset", "X-Rate-Limit-Reset")
_REMAINING_HEADERS = ("X-RateLimit-Remaining", "RateLimit-Remaining", "X-Rate-Limit-Remaining")
# Server errors after which a write certainly was not carried out.
_NOT_CARRIED_OUT = frozenset({501, 503})
_LOCATION_MAX = 200


def _keep(text: str) -> str:
    return text


def without_secrets(text: str, *secrets: str | None, mark: str = "«secret»") -> str:
    """``text`` with every secret in it replaced by ``mark``: what a connector's ``scrub``
    does before a server's answer or an address reaches a message or the log. A secret
    shorter than four characters is left alone (it would blank out ordinary words)."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, mark)
    return text


class MalformedResponseError(TransientError):
    """The server's answer was not the JSON its documentation describes (a proxy's error
    page, a truncated body). Nothing is stored and the cursor stays: the next sync asks
    again. After a write the write itself may have happened (``may_have_reached_server``)."""


def answer_json(response: httpx.Response, where: str, *, writes: bool = False) -> Any:
    """The answer's JSON; MalformedResponseError naming ``where`` when it is none.
    ``writes``: the answer is to a write, which happened."""
    try:
        return response.json()
    except ValueError:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise MalformedResponseError(
            f"{where} sent an answer that is not JSON "
            f"(HTTP {response.status_code}, {len(response.content)} bytes)",
            may_have_reached_server=writes,
        ) from None


def address_problem(url: str) -> str | None:
    """Why ``url`` cannot be an http(s) server's address, in words for its owner; None
    when it can. (httpx and the socket layer refuse such addresses with errors that name
    no address: a ValueError, an OverflowError inside an ExceptionGroup.)"""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"the server address {url!r} is not valid ({exc})"
    if parts.scheme not in ("http", "https"):
        return f"the server address must start with https://, not {url!r}"
    if not parts.hostname:
        return f"the server address {url!r} names no server"
    if port == 0:
        return f"the server address {url!r} names port 0"
    try:
        httpx.URL(url)
    except httpx.InvalidURL as exc:
        return f"the server address {url!r} is not valid ({exc})"
    return None


def header_problem(headers: Mapping[str, str] | None) -> str | None:
    """Which header httpx cannot send (it sends headers as ASCII), by name
    only: its value may be a secret. None when all can."""
    for name, value in (headers or {}).items():
        try:
            value.encode("ascii")
        except UnicodeEncodeError:
            if name.lower() == "authorization":
                return (
                    "the access token holds characters no token has (outside ASCII): copy it again"
                )
            return f"the {name} header holds characters that cannot be sent"
    return None


def transport_error(exc: httpx.TransportError, where: str, *, writes: bool) -> ChannelError:
    """The typed error for a request that got no answer (see the module rules)."""
    name = type(exc).__name__
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.ProxyError):
        return OfflineError(f"cannot reach {where} ({name})")
    if isinstance(exc, _NEVER_SENT):
        return TransientError(f"{where}: no connection was free for the request ({name})")
    if writes:
        return TransientError(
            f"{where} did not answer ({name}); the request may have arrived",
            may_have_reached_server=True,
        )
    return TransientError(f"{where} did not answer ({name})")


def wait_asked(response: httpx.Response, now: datetime) -> datetime | None:
    """The latest moment the answer's ``Retry-After`` or reset headers point to, on our
    clock; None when it names none."""
    hints = [parse_retry_after(response.headers.get("Retry-After"), now)]
    hints += [_reset_on_our_clock(response, header, now) for header in _RESET_HEADERS]
    known = [hint for hint in hints if hint is not None]
    return max(known) if known else None


def _reset_on_our_clock(response: httpx.Response, header: str, now: datetime) -> datetime | None:
    """A reset time is on the server's clock; the answer's ``Date`` (RFC 9110 section
    6.6.1) says what that clock read, so the wait is the same on ours. Without a Date
    the clocks are taken to agree."""
    server_now = now
    try:
        dated = parsedate_to_datetime(response.headers.get("Date", ""))
    except (TypeError, ValueError, IndexError):
        dated = None
    if dated is not None and dated.tzinfo is not None:
        server_now = dated
    reset = parse_rate_limit_reset(response.headers.get(header), server_now)
    return None if reset is None else now + (reset - server_now)


def rate_limited_until(
    response: httpx.Response, now: datetime, default_wait: timedelta
) -> datetime | None:
    """Until when this answer asks the account to wait; None when it asks for no wait.

    A 429 always asks (``default_wait`` when it names no time, at least a second);
    a 503 asks when it names a time; any other answer when it says no request is
    left and when they come back.
    """
    status = response.status_code
    asked = wait_asked(response, now)
    if status == 429:
        until = asked or now + default_wait
        return max(until, now + timedelta(seconds=1))
    if status == 503:
        return asked if asked is not None and asked > now else None
    if any(response.headers.get(h, "").strip() == "0" for h in _REMAINING_HEADERS):
        reset = max(
            (r for h in _RESET_HEADERS if (r := _reset_on_our_clock(response, h, now))),
            default=None,
        )
        return reset if reset is not None and reset > now else None
    return None


def status_error(
    response: httpx.Response,
    where: str,
    *,
    writes: bool,
    now: datetime,
    default_wait: timedelta,
    detail: str = "",
    scrub: Callable[[str], str] = _keep,
) -> ChannelError | None:
    """The typed error for an answer's status; None for a success (2xx).

    ``detail`` is the server's own reason (already short and scrubbed).
    """
    status = response.status_code
    if 200 <= status < 300:
        return None
    suffix = f": {detail}" if detail else ""
    if status in (401, 403):
        return AuthenticationError(f"{where} refused the sign-in (HTTP {status}){suffix}")
    until = rate_limited_until(response, now, default_wait)
    if status in (429, 503) and until is not None:
        return RateLimitedError(f"{where} asked to wait (HTTP {status}){suffix}", until)
    if status == 501:
        return PermanentError(f"{where} does not offer this (HTTP 501){suffix}")
    if status >= 500:
        return TransientError(
            f"{where} had a problem (HTTP {status}){suffix}",
            may_have_reached_server=writes and status not in _NOT_CARRIED_OUT,
        )
    if 300 <= status < 400:
        target = scrub(response.headers.get("Location", ""))[:_LOCATION_MAX]
        return PermanentError(f"{where} redirected to {target}: check the server address")
    if status == 404:
        return PermanentError(f"{where} does not know it (HTTP 404){suffix}")
    return PermanentError(f"{where} refused the request (HTTP {status}){suffix}")


class ConnectorHttp:
    """One account's requests to one network: the wait before, the wait noted after,
    transport errors typed. Status errors are the caller's to raise (with
    :meth:`raise_for_status`), because some answers mean something to its network first
    (an expired token to renew)."""

    def __init__(
        self,
        http: httpx.AsyncClient | None,
        *,
        where: str,
        clock: Clock,
        rate_limits: RateLimitBook | None,
        default_wait: timedelta,
        scrub: Callable[[str], str] = _keep,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
    ) -> None:
        """``where`` names the network or server in messages; ``default_wait`` is how
        long a 429 that names no time waits; ``deadline`` how long one request may take
        from sending to the last byte of its answer."""
        self._http = http
        self._deadline = deadline
        self.where = where
        self._clock = clock
        self._book: RateLimitBook = rate_limits or MemoryRateLimitBook(clock)
        self._default_wait = default_wait
        self._scrub = scrub

    async def request(
        self,
        method: str,
        url: str,
        *,
        bucket: str = REQUESTS,
        writes: bool = False,
        params: Any = None,
        json: Any = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request and return its answer whatever its status."""
        self.check_wait(bucket)
        if self._http is None:  # a connector made only to ask for its limits
            raise OfflineError(f"no network connection was given for {self.where}")
        problem = address_problem(url) or header_problem(headers)
        if problem is not None:
            raise PermanentError(self._scrub(problem))
        seconds = self._deadline.total_seconds()
        try:
            async with asyncio.timeout(seconds):
                response = await self._http.request(
                    method, url, params=params, json=json, data=data, headers=headers
                )
        except httpx.TransportError as exc:
            raise transport_error(exc, self.where, writes=writes) from None
        except TimeoutError:
            raise TransientError(
                f"{self.where} did not answer within {seconds:g} s"
                + ("; the request may have arrived" if writes else ""),
                may_have_reached_server=writes,
            ) from None
        asked = rate_limited_until(response, self._clock.now(), self._default_wait)
        if asked is not None:
            reason = f"HTTP {response.status_code} from {self.where}"
            await self._book.hold(bucket, asked, reason)
        return response

    async def hold(self, until: datetime, reason: str, bucket: str = REQUESTS) -> None:
        """Record a wait a network names in its answer's body rather than its headers
        (Matrix's ``retry_after_ms``), for every process, as a header's wait is."""
        await self._book.hold(bucket, until, reason)

    def check_wait(self, bucket: str = REQUESTS) -> None:
        """RateLimitedError while the account must wait before a request of ``bucket``."""
        until = self._book.until(bucket)
        if until is not None:
            raise RateLimitedError(f"{self.where} asked to wait (too many requests)", until)

    def raise_for_status(
        self, response: httpx.Response, *, writes: bool = False, detail: str = ""
    ) -> None:
        """The typed error for an answer that is no success (see :func:`status_error`)."""
        error = status_error(
            response,
            self.where,
            writes=writes,
            now=self._clock.now(),
            default_wait=self._default_wait,
            detail=detail,
            scrub=self._scrub,
        )
        if error is not None:
            raise error
