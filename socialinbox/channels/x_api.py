"""Talking HTTP to the X API v2: requests through the connectors' HTTP layer, with the
account's OAuth grant.

Rules (docs.x.com: fundamentals/rate-limits, x-api/fundamentals/response-codes-and-errors):

- Each request carries a fresh access token (:class:`~socialinbox.channels.oauth_session.
  OAuthSession` refreshes it before it expires). A 401 for a token that should still be
  valid renews the grant once and tries again; a refusal after that, or a refused refresh,
  is :class:`AuthenticationError` with X's reason: the account must sign in again.
- X limits each endpoint apart, per user, in 15-minute windows. Every answer carries
  ``x-rate-limit-limit``, ``x-rate-limit-remaining`` and ``x-rate-limit-reset`` (Unix
  seconds); when none remain, or on a 429, the reset is kept for the account's bucket of
  that endpoint in the database (see :mod:`socialinbox.channels.http`), so no process asks
  that endpoint again before it: :class:`RateLimitedError` is raised instead.
- A 403 is not a refused sign-in on X: it is a request X will not carry out (a duplicate
  text, a reply it does not allow, a post deleted or hidden). It is a
  :class:`PermanentError` with X's own words; :func:`forbidden_reason` words the ones a
  user meets.
- A request that creates a post (``writes=True``) whose answer was lost raises an error
  with ``may_have_reached_server``: X has no idempotency key, so the outbox must look
  before sending again.
- Tokens travel only in the ``Authorization`` header and never appear in a message.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import httpx

from socialinbox.channels.http import answer_json
from socialinbox.channels.oauth_api import GrantApi
from socialinbox.channels.oauth_session import OAuthSession
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    DEFAULT_REQUEST_DEADLINE,
    AuthenticationError,
    PermanentError,
)
from socialinbox.core.rate_limits import RateLimitBook

# X's windows last 15 minutes: a 429 without a readable reset waits that long.
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=15)
_ERROR_TEXT_MAX = 300

# The buckets X limits apart (one per endpoint), as the rate_limits table names them.
BUCKET_ME = "x:users/me"
BUCKET_MENTIONS = "x:mentions"
BUCKET_OWN_POSTS = "x:own-posts"
BUCKET_POST = "x:create-post"

# What X says in a 403's detail, and what the user is told instead.
DUPLICATE = "duplicate content"
REPLY_NOT_ALLOWED = "reply to this conversation is not allowed"
DELETED_OR_HIDDEN = "deleted or not visible"


def forbidden_reason(detail: str) -> str:
    """A refused post (403) in words for the outbox: why X will not take it, and what helps."""
    lowered = detail.lower()
    if DUPLICATE in lowered:
        return (
            "X refused the reply as a duplicate of a post the account made recently: "
            "change its words and send it again"
        )
    if REPLY_NOT_ALLOWED in lowered:
        return (
            "X does not allow this reply: on a self-serve API plan an app may reply only to "
            "posts that mention the account (X says: " + detail + ")"
        )
    if DELETED_OR_HIDDEN in lowered:
        return "X refused the reply: the post answered was deleted or is not visible"
    return f"X refused the post (HTTP 403): {detail}" if detail else "X refused the post (HTTP 403)"


class XApi(GrantApi):
    """Requests to one X API host with one account's grant."""

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
            network="X",
            own_host=lambda host: host == "api.x.com",
            default_wait=DEFAULT_RATE_LIMIT_WAIT,
            rate_limits=rate_limits,
            deadline=deadline,
        )

    def check_wait(self, bucket: str) -> None:
        """RateLimitedError while X asked this account to wait before ``bucket``."""
        self._http.check_wait(bucket)

    async def get_json(self, path: str, params: Any, *, bucket: str) -> Any:
        response = await self.request("GET", path, params=params, bucket=bucket)
        return answer_json(response, self.where)

    async def request(
        self,
        method: str,
        path: str,
        *,
        bucket: str,
        params: Any = None,
        json_body: Mapping[str, Any] | None = None,
        writes: bool = False,
    ) -> httpx.Response:
        """One request; the answer when it is a success (2xx), else a typed ChannelError."""
        response = await self._session.answer_renewing(
            lambda: self._send(method, path, bucket, params, json_body, writes)
        )
        detail = self._error_text(response)
        if response.status_code == 401:
            raise AuthenticationError(
                f"{self.where} refused the sign-in (HTTP 401"
                + (f": {detail}" if detail else "")
                + "): the access was revoked or has expired; sign in again"
            )
        if response.status_code == 403:
            raise PermanentError(forbidden_reason(detail))
        self._http.raise_for_status(response, writes=writes, detail=detail)
        return response

    async def _send(
        self,
        method: str,
        path: str,
        bucket: str,
        params: Any,
        json_body: Mapping[str, Any] | None,
        writes: bool,
    ) -> httpx.Response:
        return await self.send_with_grant(
            method,
            f"{self.base_url}{path}",
            bucket=bucket,
            writes=writes,
            params=params,
            json_body=json_body,
        )

    def _error_text(self, response: httpx.Response) -> str:
        """X's own words: a Problem's ``detail`` (or ``title``), the first of ``errors``'
        messages, or an OAuth error's ``error_description``; short and without tokens."""
        if response.is_success:
            return ""
        try:
            body = response.json()
        except ValueError:
            return ""
        if not isinstance(body, Mapping):
            return ""
        text = problem_text(body)
        return self.scrub(" ".join(text.split()))[:_ERROR_TEXT_MAX]


def problem_text(body: Mapping[str, Any]) -> str:
    """The words of an X error body (Problem, ``errors`` list, or OAuth error)."""
    for key in ("detail", "title", "error_description", "error"):
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            return value
    errors = body.get("errors")
    if isinstance(errors, list):
        for error in errors:
            if isinstance(error, Mapping):
                for key in ("detail", "message", "title"):
                    value = error.get(key)
                    if isinstance(value, str) and value.strip():
                        return value
    return ""
