"""Signing in to a Mastodon server in the browser: OAuth 2 authorization code with PKCE.

Mastodon's own part is the registration (docs.joinmastodon.org/client/token,
/methods/apps, /methods/oauth): ``POST /api/v1/apps`` registers this app with the
loopback redirect ``http://127.0.0.1:PORT/callback`` — a new registration each time, as
the server matches redirect URIs exactly and the port is whatever is free now. The rest is
the common flow of :mod:`socialinbox.channels.oauth_client` against ``/oauth/authorize``
and ``/oauth/token`` (PKCE S256 since Mastodon 4.3; older servers ignore it).

The secret kept is the grant (:class:`~socialinbox.channels.oauth_tokens.OAuthTokens`:
the access token with the registered client, so that the grant can be revoked at
``/oauth/revoke`` when the account is removed). Mastodon's tokens do not expire.
"""

from __future__ import annotations

import httpx

from socialinbox.channels.http import MalformedResponseError
from socialinbox.channels.mastodon_api import MastodonApi
from socialinbox.channels.oauth_client import OAuthClient, authorize
from socialinbox.channels.oauth_endpoints import OAuthEndpoints
from socialinbox.channels.oauth_loopback import SIGN_IN_TIMEOUT_S, LoopbackRedirect
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.clock import Clock, SystemClock
from socialinbox.core.connector import OAuthApp, OpenBrowser

CLIENT_NAME = "Social Inbox"
# Only what the inbox needs: who the account is, its mentions, threads, and replying.
SCOPES = "read:accounts read:notifications read:statuses write:statuses"


def endpoints(base_url: str) -> OAuthEndpoints:
    """A Mastodon server's authorization server: its own address."""
    base = base_url.rstrip("/")
    return OAuthEndpoints(
        authorize_url=f"{base}/oauth/authorize",
        token_url=f"{base}/oauth/token",
        revoke_url=f"{base}/oauth/revoke",
        renewal="none",
    )


def client(
    base_url: str, app: OAuthApp, http: httpx.AsyncClient | None, clock: Clock
) -> OAuthClient:
    """This app's OAuth client on the server at ``base_url`` (registered as ``app``)."""
    return OAuthClient(endpoints(base_url), app, http, clock, network=_host(base_url))


async def sign_in(
    base_url: str,
    http: httpx.AsyncClient,
    open_browser: OpenBrowser,
    *,
    timeout: float = SIGN_IN_TIMEOUT_S,
) -> str:
    """Run the browser sign-in against ``base_url``; the secret to keep (the grant).

    ``open_browser`` is called with the authorization URL; it may return an
    awaitable (tests pass an HTTP client that follows the redirects).
    """
    clock = SystemClock()
    api = MastodonApi(base_url.rstrip("/"), None, http, clock)
    async with LoopbackRedirect("Mastodon") as loopback:
        app = await _register(api, loopback.redirect_uri)
        tokens = await authorize(
            client(base_url, app, http, clock), loopback, SCOPES, open_browser, timeout=timeout
        )
    return tokens.to_secret()


async def _register(api: MastodonApi, redirect_uri: str) -> OAuthApp:
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
    return OAuthApp(client_id, client_secret)


async def revoke(base_url: str, secret: str, http: httpx.AsyncClient | None, clock: Clock) -> None:
    """End the grant ``secret`` holds at ``/oauth/revoke``, with the client it was issued to;
    nothing for a pasted token (no client known)."""
    tokens = OAuthTokens.from_secret(secret)
    if tokens.client_id is None:
        return
    app = OAuthApp(tokens.client_id, tokens.client_secret)
    await client(base_url, app, http, clock).revoke(tokens)


def _host(base_url: str) -> str:
    return httpx.URL(base_url).host or base_url
