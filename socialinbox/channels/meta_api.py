"""Talking HTTP to Meta's Graph API: requests through the connectors' HTTP layer, with the
account's Facebook Login grant and its Page's token.

Rules (developers.facebook.com: graph-api/overview, guides/error-handling,
overview/rate-limiting, pages-api/getting-started, facebook-login/guides/access-tokens):

- Every path is under the Graph API version of :data:`~socialinbox.channels.
  oauth_providers.META_GRAPH_VERSION`, in one place. Tokens go only in the
  ``Authorization`` header (never in a URL, so never in a log) and never in a message.
- The user's token (a long-lived one, about 60 days: Meta has no refresh tokens) asks who
  signed in and for the Pages they manage (``/me/accounts``), each with its Page token;
  every Page and Instagram request goes with the Page token. A token Meta refuses (error
  190: expired, revoked, password changed) is :class:`AuthenticationError`: sign in again.
- Meta answers errors as ``{"error": {"code", "error_subcode", "message"}}``, mostly with
  HTTP 400. Throttling (codes 4, 17, 32, 613 and the business use case codes 80000–80099)
  is :class:`RateLimitedError`, held for every process of the account until Meta's
  ``estimated_time_to_regain_access`` (or :data:`DEFAULT_THROTTLE_WAIT`).
- Meta's temporary errors (codes 1 and 2, or ``is_transient``) are
  :class:`TransientError`; after a write they may have been carried out.
- Usage headers slow the reading down before Meta refuses: after an answer reporting
  :data:`~socialinbox.channels.meta_parse.SLOW_DOWN_FROM` percent or more of the
  allowance, no read goes out for a while (:func:`~socialinbox.channels.meta_parse.
  pause_for`). Replies are not held back by that pause, only by Meta's own throttling.
- A request that sends something (``writes=True``) whose answer was lost raises an error
  with ``may_have_reached_server``: Meta has no idempotency key.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import httpx

from socialinbox.channels.http import answer_json
from socialinbox.channels.meta_parse import (
    OUTSIDE_WINDOW_SUBCODE,
    PERMISSION_DENIED,
    TOKEN_INVALID,
    GraphError,
    is_permission_error,
    is_temporary,
    is_throttled,
    pause_for,
    usage_of,
)
from socialinbox.channels.oauth_api import GrantApi
from socialinbox.channels.oauth_providers import META_GRAPH_VERSION
from socialinbox.channels.oauth_session import OAuthSession
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    DEFAULT_REQUEST_DEADLINE,
    AuthenticationError,
    PermanentError,
    RateLimitedError,
    TransientError,
)
from socialinbox.core.messaging_window import HUMAN_AGENT_WINDOW
from socialinbox.core.rate_limits import RateLimitBook

# A throttled answer that names no time waits this long (Meta's windows are an hour).
DEFAULT_THROTTLE_WAIT = timedelta(minutes=15)
_ERROR_TEXT_MAX = 300
# The buckets the account's waits are kept under: reading (slowed down by the usage
# headers) and sending (held only when Meta throttles).
BUCKET_READ = "meta:read"
BUCKET_SEND = "meta:send"


class OutsideWindowError(PermanentError):
    """Meta refused a private reply: the messaging window has closed."""


def outside_window_reason(network: str) -> str:
    return (
        f"{network} refused the reply: more than {HUMAN_AGENT_WINDOW.days} days have passed "
        "since the customer's last message, so only another channel reaches them now"
    )


class MetaApi(GrantApi):
    """Requests to one Graph API host with one account's grant."""

    def __init__(
        self,
        base_url: str,
        session: OAuthSession,
        http: httpx.AsyncClient | None,
        clock: Clock,
        rate_limits: RateLimitBook | None = None,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
        *,
        network: str = "Facebook",
    ) -> None:
        self.network = network
        self.page_token: str | None = None
        super().__init__(
            base_url,
            session,
            http,
            clock,
            network=network,
            own_host=lambda host: host == "graph.facebook.com",
            default_wait=DEFAULT_THROTTLE_WAIT,
            rate_limits=rate_limits,
            deadline=deadline,
        )

    def extra_secrets(self) -> tuple[str | None, ...]:
        """The Page's token, which is not the grant's."""
        return (self.page_token,)

    async def get_json(
        self, path: str, params: Mapping[str, Any] | None = None, *, as_page: bool = True
    ) -> Any:
        """A read; ``as_page`` False asks with the user's own token (``/me``)."""
        response = await self.request("GET", path, params=params, as_page=as_page)
        return answer_json(response, self.where)

    async def post_json(self, path: str, body: Mapping[str, Any]) -> Any:
        """A write with the Page's token; its answer's JSON."""
        response = await self.request("POST", path, json_body=body, writes=True)
        return answer_json(response, self.where, writes=True)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Mapping[str, Any] | None = None,
        writes: bool = False,
        as_page: bool = True,
    ) -> httpx.Response:
        """One request; the answer when it is a success (2xx), else a typed ChannelError."""
        bucket = BUCKET_SEND if writes else BUCKET_READ
        self._http.check_wait(bucket)
        if as_page and self.page_token is None:
            raise AuthenticationError(f"{self.where}: the Page's access is not known yet")
        token = self.page_token if as_page else await self._session.access_token()
        assert token is not None
        response = await self._http.request(
            method,
            f"{self.base_url}/{META_GRAPH_VERSION}{path}",
            bucket=bucket,
            writes=writes,
            params=dict(params) if params else None,
            json=json_body,
            headers={"Accept": "application/json", "Authorization": f"Bearer {token}"},
        )
        await self._slow_down(response)
        if response.is_success:
            return response
        error = self._error_of(response)
        if error is not None:
            await self._raise_graph_error(response, error, writes)
        self._http.raise_for_status(response, writes=writes, detail=self._detail(error))
        return response

    async def _slow_down(self, response: httpx.Response) -> None:
        """Hold the reading back when Meta reports much of its allowance used."""
        usage = usage_of(response.headers)
        pause = pause_for(usage)
        if pause is not None and usage is not None:
            reason = f"{self.where} reports {usage.percent}% of its allowance used"
            await self._http.hold(self._clock.now() + pause, reason, BUCKET_READ)

    async def _raise_graph_error(
        self, response: httpx.Response, error: GraphError, writes: bool
    ) -> None:
        detail = self._detail(error)
        if error.code == TOKEN_INVALID or response.status_code == 401:
            raise AuthenticationError(
                f"{self.where} refused the sign-in ({detail}): the access was revoked or "
                "has expired; sign in again"
            )
        if is_throttled(error):
            usage = usage_of(response.headers)
            wait = (usage.regain if usage is not None else None) or DEFAULT_THROTTLE_WAIT
            until = self._clock.now() + wait
            reason = f"{self.where} throttled the app ({detail})"
            for bucket in (BUCKET_READ, BUCKET_SEND):
                await self._http.hold(until, reason, bucket)
            raise RateLimitedError(f"{self.where} asked to wait ({detail})", until)
        if is_temporary(error):
            # Meta says to try again; a write may have been done before it failed.
            raise TransientError(
                f"{self.where} had a problem ({detail})", may_have_reached_server=writes
            )
        if error.code == PERMISSION_DENIED and error.subcode == OUTSIDE_WINDOW_SUBCODE:
            raise OutsideWindowError(outside_window_reason(self.network))
        if is_permission_error(error) and writes:
            # A reply Meta does not allow this app (the Human Agent tag without that
            # feature, a person who cannot be messaged): the reply fails, the account works.
            raise PermanentError(f"{self.where} refused the reply ({detail})")
        if is_permission_error(error):
            raise AuthenticationError(
                f"{self.where} refused: a permission is missing ({detail}); sign in again "
                "and allow everything Social Inbox asks for"
            )
        if response.status_code < 500:
            raise PermanentError(f"{self.where} refused the request ({detail})")

    def _error_of(self, response: httpx.Response) -> GraphError | None:
        try:
            return GraphError.of(response.json())
        except ValueError:
            return None

    def _detail(self, error: GraphError | None) -> str:
        if error is None:
            return ""
        text = f"code {error.code}: {error.message}" if error.message else f"code {error.code}"
        return self.scrub(text)[:_ERROR_TEXT_MAX]
