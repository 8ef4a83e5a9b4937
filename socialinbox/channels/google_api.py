"""Talking HTTP to a Google API (YouTube Data API v3, Business Profile) with one account's
OAuth grant: what the YouTube and Google reviews connectors share.

Rules (developers.google.com: identity/protocols/oauth2/native-app; the APIs' "Errors"
pages, e.g. youtube/v3/docs/errors):

- Each request carries a fresh access token (:class:`~socialinbox.channels.oauth_session.
  OAuthSession` refreshes it before it expires: Google's last an hour). A 401 for a token
  that should still be valid renews the grant once and tries again; a refusal after that,
  or a refused refresh (``invalid_grant``: revoked, or a refresh token unused for six
  months), is :class:`AuthenticationError`: the account must sign in again.
- Google's error answers are ``{"error": {"code", "message", "status", "errors": [{"reason",
  "domain", "message"}]}}``; :func:`google_error` reads them. A 403 whose reason is a
  missing scope (``insufficientPermissions``, ``ACCESS_TOKEN_SCOPE_INSUFFICIENT``) is a
  sign-in to repeat; one whose reason is a rate (``rateLimitExceeded``,
  ``userRateLimitExceeded``) a wait, as a 429 is; every other 403 is
  :class:`GoogleRefused` with Google's reason and words, for the connector to read first
  (YouTube's ``quotaExceeded``, ``commentsDisabled``) — a :class:`PermanentError` for
  everyone else.
- A request that creates something (``writes=True``) whose answer was lost raises an error
  with ``may_have_reached_server``: Google's APIs take no idempotency key.
- Tokens travel only in the ``Authorization`` header and never appear in a message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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
    RateLimitedError,
)
from socialinbox.core.rate_limits import REQUESTS, RateLimitBook

# Google's per-minute and per-user rate limits: a refusal without a time waits this long.
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=1)
_ERROR_TEXT_MAX = 300
# 403 reasons that a new sign-in (with the scopes asked again) cures.
_SCOPE_REASONS = frozenset({"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT"})
# 403 reasons that ask to slow down rather than refuse.
_RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})


@dataclass(frozen=True, slots=True)
class GoogleError:
    """What a Google error answer says: its first ``reason`` (``""`` when none) and its
    ``message`` (short, without tokens)."""

    reason: str
    message: str


class GoogleRefused(PermanentError):
    """Google refused the request for ``reason`` (a 403 or 400 whose reason a connector
    may know: ``quotaExceeded``, ``commentsDisabled``…). Retrying will not help."""

    def __init__(self, message: str, reason: str, status: int) -> None:
        super().__init__(message)
        self.reason = reason
        self.status = status


def google_error(response: httpx.Response) -> GoogleError:
    """The reason and words of a Google error answer (an API error, or an OAuth error's
    ``error``/``error_description``); empty ones for an answer that is neither."""
    try:
        body = response.json()
    except ValueError:
        return GoogleError("", "")
    if not isinstance(body, Mapping):
        return GoogleError("", "")
    error = body.get("error")
    if isinstance(error, str):  # an OAuth endpoint's error
        described = body.get("error_description")
        return GoogleError(error, described if isinstance(described, str) else error)
    if not isinstance(error, Mapping):
        return GoogleError("", "")
    reason, message = "", error.get("message")
    details = error.get("errors")
    if isinstance(details, list):
        for detail in details:
            if isinstance(detail, Mapping) and isinstance(detail.get("reason"), str):
                reason = detail["reason"]
                if not isinstance(message, str) or not message.strip():
                    message = detail.get("message")
                break
    if not reason and isinstance(error.get("status"), str):
        reason = error["status"]
    return GoogleError(reason, message if isinstance(message, str) else "")


class GoogleApi(GrantApi):
    """Requests to one Google API host with one account's grant. ``network`` names it in
    messages ("YouTube"); a host other than Google's own is named too (a test server)."""

    def __init__(
        self,
        base_url: str,
        session: OAuthSession,
        http: httpx.AsyncClient | None,
        clock: Clock,
        *,
        network: str,
        rate_limits: RateLimitBook | None = None,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
    ) -> None:
        super().__init__(
            base_url,
            session,
            http,
            clock,
            network=network,
            own_host=lambda host: host.endswith(".googleapis.com") or host == "googleapis.com",
            default_wait=DEFAULT_RATE_LIMIT_WAIT,
            rate_limits=rate_limits,
            deadline=deadline,
        )

    async def get_json(self, path: str, params: Any, *, bucket: str = REQUESTS) -> Any:
        response = await self.request("GET", path, params=params, bucket=bucket)
        return answer_json(response, self.where)

    async def request(
        self,
        method: str,
        path: str,
        *,
        bucket: str = REQUESTS,
        params: Any = None,
        json_body: Mapping[str, Any] | None = None,
        writes: bool = False,
    ) -> httpx.Response:
        """One request; the answer when it is a success (2xx), else a typed ChannelError
        (see the module)."""
        response = await self._session.answer_renewing(
            lambda: self._send(method, path, bucket, params, json_body, writes)
        )
        if response.is_success:
            return response
        error = google_error(response)
        words = self.scrub(" ".join(error.message.split()))[:_ERROR_TEXT_MAX]
        suffix = f": {words}" if words else ""
        status = response.status_code
        if status == 401 or (status == 403 and error.reason in _SCOPE_REASONS):
            raise AuthenticationError(
                f"{self.where} refused the sign-in (HTTP {status}{suffix}): the access was "
                "revoked, has expired or lacks a permission; sign in again"
            )
        if status == 403 and error.reason in _RATE_REASONS:
            until = self._clock.now() + DEFAULT_RATE_LIMIT_WAIT
            await self._http.hold(until, f"HTTP 403 {error.reason} from {self.where}", bucket)
            raise RateLimitedError(f"{self.where} asked to slow down{suffix}", until)
        if status in (400, 403, 404) and error.reason:
            raise GoogleRefused(
                f"{self.where} refused the request (HTTP {status}, {error.reason}){suffix}",
                error.reason,
                status,
            )
        self._http.raise_for_status(response, writes=writes, detail=words)
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
