"""What every OAuth connector's API client shares: one network's API host, one account's
grant, and the connector's HTTP rules (``ConnectorHttp``: deadline, waits, typed errors).

The X, Google (reviews, YouTube), Meta and LinkedIn clients build on :class:`GrantApi`
and add only their network's own parts (paths, headers, error bodies). Rules for
subclasses:

- ``where`` names the network in every message ("YouTube"), with the host when it is
  not the network's own (a test server: "YouTube (127.0.0.1:8123)").
- ``scrub`` takes the grant's tokens (and :meth:`GrantApi.extra_secrets`) out of any
  text that may reach a message or the log.
- :meth:`GrantApi.send_with_grant` checks the bucket's wait *before* asking for an access
  token, so that no refresh is spent on a request that may not go out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any, Self
from urllib.parse import urlsplit

import httpx

from socialinbox.channels.http import ConnectorHttp, without_secrets
from socialinbox.channels.oauth_providers import OAuthKind
from socialinbox.channels.oauth_session import OAuthSession
from socialinbox.channels.oauth_signin import oauth_session
from socialinbox.clock import Clock
from socialinbox.core.connector import DEFAULT_REQUEST_DEADLINE, ConnectorContext
from socialinbox.core.rate_limits import RateLimitBook


def api_host(base_url: str) -> str:
    """The host of ``base_url`` (``base_url`` itself when it has none, or is no URL:
    requests to it then fail with the reason, see ``http.address_problem``)."""
    try:
        return urlsplit(base_url).netloc or base_url
    except ValueError:
        return base_url


class GrantApi:
    """Requests to one API host with one account's grant (see the module's rules).

    ``own_host``: whether a host is the network's own (then ``where`` is ``network``
    alone); ``default_wait``: the wait after a refusal that names no time."""

    def __init__(
        self,
        base_url: str,
        session: OAuthSession,
        http: httpx.AsyncClient | None,
        clock: Clock,
        *,
        network: str,
        own_host: Callable[[str], bool],
        default_wait: timedelta,
        rate_limits: RateLimitBook | None = None,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.host = api_host(self.base_url)
        self._session = session
        self._clock = clock
        self._http = ConnectorHttp(
            http,
            where=network if own_host(self.host) else f"{network} ({self.host})",
            clock=clock,
            rate_limits=rate_limits,
            default_wait=default_wait,
            scrub=self.scrub,
            deadline=deadline,
        )

    @classmethod
    def for_account(
        cls,
        oauth: OAuthKind,
        context: ConnectorContext,
        *,
        base_url: str | None = None,
        session: OAuthSession | None = None,
        **options: Any,
    ) -> Self:
        """The client of ``context``'s account: its API host (``base_url``, else the
        account's, else the network's), its grant (``session``, else a new one), the
        context's HTTP client, clock, rate-limit book and request deadline; ``options``:
        the subclass's own arguments (``network=…``)."""
        return cls(
            base_url or context.account.base_url or oauth.provider.api_base_url,
            session or oauth_session(oauth, context),
            context.http,
            context.clock,
            rate_limits=context.rate_limits,
            deadline=context.request_deadline,
            **options,
        )

    @property
    def where(self) -> str:
        return self._http.where

    def extra_secrets(self) -> tuple[str | None, ...]:
        """Secrets besides the grant's tokens that ``scrub`` removes (Meta's Page token)."""
        return ()

    def scrub(self, text: str) -> str:
        """``text`` without the grant's tokens (or other secrets of the client) in it."""
        tokens = self._session.tokens
        return without_secrets(
            text,
            tokens.access_token,
            tokens.refresh_token,
            *self.extra_secrets(),
            mark="«token»",
        )

    async def send_with_grant(
        self,
        method: str,
        url: str,
        *,
        bucket: str,
        writes: bool,
        params: Any = None,
        json_body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """One request with the grant's access token (renewed first when due)."""
        self._http.check_wait(bucket)  # before a refresh that would be wasted
        token = await self._session.access_token()
        return await self._http.request(
            method,
            url,
            bucket=bucket,
            writes=writes,
            params=params,
            json=json_body,
            headers={
                "Accept": "application/json",
                "Authorization": f"Bearer {token}",
                **(headers or {}),
            },
        )
