"""Talking HTTP to LinkedIn's versioned REST API (``/rest/…``) with one account's grant.

Rules (learn.microsoft.com/linkedin: marketing/versioning, shared/api-guide/concepts/
protocol-version, shared/api-guide/concepts/rate-limits, shared/api-guide/concepts/error-handling):

- Every request names the API version it was written for in the ``LinkedIn-Version``
  header (``YYYYMM``; LinkedIn applies no default and refuses a missing or sunset one)
  and speaks Rest.li 2.0 (``X-Restli-Protocol-Version: 2.0.0``). Both are set here, in
  :data:`LINKEDIN_VERSION` and :func:`_headers`, and nowhere else.
- Rest.li 2.0 writes structure into the query: ``List(A,B)``, ``(start:1,end:2)``. Those
  parentheses, commas and colons must reach LinkedIn as they are, while a URN inside a
  value is percent-encoded (``urn%3Ali%3Aorganization%3A1``): :func:`restli_query`
  builds such a query and :func:`urn_path` a URN for a path.
- Each request carries a fresh access token. A 401 for a token that should still be valid
  renews the grant once (where LinkedIn gave a refresh token) and tries again; a refusal
  after that is :class:`AuthenticationError` with LinkedIn's own reason (revoked, expired):
  the account must sign in again.
- LinkedIn throttles each application and member per day, and answers 429 when a limit is
  reached; its limits reset at midnight UTC. A 429 holds the account's bucket of that
  endpoint (for every process, see :mod:`socialinbox.channels.http`) until its
  ``Retry-After`` or, when it names none, until the next midnight UTC.
- A 403 is a permission LinkedIn does not give this app or member for that page (the
  Community Management API not granted, the member no longer an administrator): a
  :class:`PermanentError` with LinkedIn's words, not a sign-in to renew. A 426 is a
  version LinkedIn no longer serves.
- A request that creates a comment (``writes=True``) whose answer was lost raises an error
  with ``may_have_reached_server``: LinkedIn has no idempotency key, so the outbox must
  look before sending again. Tokens travel only in the ``Authorization`` header.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any
from urllib.parse import quote

import httpx

from socialinbox.channels.http import answer_json, wait_asked
from socialinbox.channels.oauth_api import GrantApi
from socialinbox.channels.oauth_session import OAuthSession
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    DEFAULT_REQUEST_DEADLINE,
    AuthenticationError,
    PermanentError,
    RateLimitedError,
)
from socialinbox.core.rate_limits import RateLimitBook

# The API version this connector is written against (learn.microsoft.com/linkedin/
# marketing/versioning: March 2026, supported for at least a year). Change it only
# together with what the version's migration guide says.
LINKEDIN_VERSION = "202603"
RESTLI_PROTOCOL_VERSION = "2.0.0"
API_HOST = "api.linkedin.com"
_ERROR_TEXT_MAX = 300

# The buckets LinkedIn limits apart (per endpoint), as the rate_limits table names them.
BUCKET_ACLS = "linkedin:organizationAcls"
BUCKET_ORGANIZATIONS = "linkedin:organizations"
BUCKET_NOTIFICATIONS = "linkedin:notifications"
BUCKET_COMMENTS = "linkedin:comments"
BUCKET_POSTS = "linkedin:posts"
BUCKET_CREATE_COMMENT = "linkedin:create-comment"


def urn_path(urn: str) -> str:
    """A URN as one path segment: every reserved character percent-encoded."""
    return quote(urn, safe="")


def restli_value(value: str) -> str:
    """A plain value (a URN) inside a Rest.li 2.0 query: reserved characters encoded."""
    return quote(value, safe="")


def restli_query(pairs: Sequence[tuple[str, str | int]]) -> str:
    """``name=value&…`` with values already in Rest.li 2.0 form (see :func:`restli_value`):
    numbers as they are, structure such as ``List(…)`` left untouched."""
    return "&".join(f"{name}={value}" for name, value in pairs)


def next_midnight_utc(now: datetime) -> datetime:
    """When LinkedIn's daily limits reset after ``now``."""
    tomorrow = now.astimezone(UTC).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0, 0), tzinfo=UTC)


def _headers(*, writes: bool) -> dict[str, str]:
    """LinkedIn's own headers, besides the grant's (see GrantApi.send_with_grant)."""
    headers = {
        "LinkedIn-Version": LINKEDIN_VERSION,
        "X-Restli-Protocol-Version": RESTLI_PROTOCOL_VERSION,
    }
    if writes:
        headers["Content-Type"] = "application/json"
    return headers


class LinkedInApi(GrantApi):
    """Requests to one LinkedIn API host with one account's grant."""

    def __init__(
        self,
        base_url: str,
        session: OAuthSession,
        http: httpx.AsyncClient | None,
        clock: Clock,
        rate_limits: RateLimitBook | None = None,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
    ) -> None:
        super().__init__(
            base_url,
            session,
            http,
            clock,
            network="LinkedIn",
            own_host=lambda host: host == API_HOST,
            # Replaced by the next midnight UTC when a 429 names no time (see request).
            default_wait=timedelta(minutes=1),
            rate_limits=rate_limits,
            deadline=deadline,
        )

    async def get_json(self, path: str, query: str = "", *, bucket: str) -> Any:
        """The JSON answer of ``GET /rest{path}?{query}`` (see :func:`restli_query`)."""
        response = await self.request("GET", path, query=query, bucket=bucket)
        return answer_json(response, self.where)

    async def request(
        self,
        method: str,
        path: str,
        *,
        bucket: str,
        query: str = "",
        json_body: Mapping[str, Any] | None = None,
        writes: bool = False,
    ) -> httpx.Response:
        """One request to ``/rest{path}``; the answer when it is a success (2xx), else a
        typed ChannelError."""
        response = await self._session.answer_renewing(
            lambda: self._send(method, path, query, bucket, json_body, writes)
        )
        detail = self._error_text(response)
        if response.status_code == 401:
            raise AuthenticationError(
                f"{self.where} refused the sign-in (HTTP 401"
                + (f": {detail}" if detail else "")
                + "): the access was revoked or has expired; sign in again"
            )
        if response.status_code == 403:
            raise PermanentError(
                f"{self.where} does not allow this (HTTP 403"
                + (f": {detail}" if detail else "")
                + "): the app needs LinkedIn's Community Management API and the member must "
                "be an administrator of the page"
            )
        if response.status_code == 426:
            raise PermanentError(
                f"{self.where} no longer serves API version {LINKEDIN_VERSION} (HTTP 426"
                + (f": {detail}" if detail else "")
                + "): update Social Inbox"
            )
        if response.status_code == 429 and wait_asked(response, self._clock.now()) is None:
            # No time named: LinkedIn's daily limits come back at midnight UTC.
            until = next_midnight_utc(self._clock.now())
            await self._http.hold(until, f"HTTP 429 from {self.where}", bucket)
            raise RateLimitedError(
                f"{self.where} asked to wait until its daily limits reset (HTTP 429"
                + (f": {detail}" if detail else "")
                + ")",
                until,
            )
        self._http.raise_for_status(response, writes=writes, detail=detail)
        return response

    async def _send(
        self,
        method: str,
        path: str,
        query: str,
        bucket: str,
        json_body: Mapping[str, Any] | None,
        writes: bool,
    ) -> httpx.Response:
        url = f"{self.base_url}/rest{path}" + (f"?{query}" if query else "")
        return await self.send_with_grant(
            method,
            url,
            bucket=bucket,
            writes=writes,
            json_body=json_body,
            headers=_headers(writes=json_body is not None),
        )

    def _error_text(self, response: httpx.Response) -> str:
        """LinkedIn's own words (``message``, or an OAuth ``error_description``), short and
        without tokens."""
        if response.is_success:
            return ""
        try:
            body = response.json()
        except ValueError:
            return ""
        if not isinstance(body, Mapping):
            return ""
        for key in ("message", "error_description", "error"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return self.scrub(" ".join(value.split()))[:_ERROR_TEXT_MAX]
        return ""
