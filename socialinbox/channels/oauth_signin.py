"""What the factory and connector of an OAuth network share: the browser sign-in and the
grant's session.

A factory of such a kind mixes in :class:`SignsInWithOAuth` and declares ``oauth`` (its
:class:`~socialinbox.channels.oauth_providers.OAuthKind`)::

    class XConnectorFactory(SignsInWithOAuth):
        oauth = X_KIND
        access_notice = X_KIND.notice
        ...

Its ``sign_in`` is then the browser sign-in (:class:`~socialinbox.core.connector.
SignsInWithBrowser`) with the app registered on this machine, returning the grant to keep;
its connectors get a valid access token from :func:`oauth_session` before each request.
"""

from __future__ import annotations

from typing import ClassVar

import httpx

from socialinbox.channels.oauth_client import OAuthClient, sign_in
from socialinbox.channels.oauth_providers import OAuthKind
from socialinbox.channels.oauth_session import OAuthSession
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.clock import SystemClock
from socialinbox.core.connector import (
    AuthenticationError,
    ConnectorContext,
    OAuthApp,
    OpenBrowser,
    PermanentError,
)


class SignsInWithOAuth:
    """Mixin of a factory whose kind signs in with its network's OAuth (see the module)."""

    oauth: ClassVar[OAuthKind]

    @property
    def oauth_provider(self) -> str:
        """Whose app registration the sign-in needs (``oauth_client_id_<provider>``)."""
        return self.oauth.provider.name

    async def sign_in(
        self,
        base_url: str,
        http: httpx.AsyncClient,
        open_browser: OpenBrowser,
        *,
        app: OAuthApp | None = None,
    ) -> str:
        """The browser sign-in; the grant to keep (OAuthTokens.to_secret)."""
        provider = self.oauth.provider
        if app is None:
            raise PermanentError(
                f"signing in to {provider.label} needs this computer's {provider.label} app: "
                f"register one at {provider.register_at} and set oauth_client_id_"
                f"{provider.name} in the settings"
            )
        client = OAuthClient(
            provider.endpoints_for(base_url), app, http, SystemClock(), network=provider.label
        )
        tokens = await sign_in(client, self.oauth.scopes, open_browser)
        return tokens.to_secret()


def oauth_session(oauth: OAuthKind, context: ConnectorContext) -> OAuthSession:
    """The account's grant for a connector: a fresh access token before each request,
    refreshed with the client the grant was issued to and kept in the keychain."""
    if not context.secret:
        raise AuthenticationError(f"no {oauth.provider.label} sign-in is kept for this account")
    tokens = OAuthTokens.from_secret(context.secret)
    app = OAuthApp(tokens.client_id or "", tokens.client_secret)
    client = OAuthClient(
        oauth.provider.endpoints_for(context.account.base_url),
        app,
        context.http,
        context.clock,
        network=oauth.provider.label,
        rate_limits=context.rate_limits,
        deadline=context.request_deadline,
    )
    return OAuthSession(context.secret, client, context.clock, context.account_secret)


async def revoke_grant(oauth: OAuthKind, context: ConnectorContext) -> None:
    """End the account's grant on the network's side (its removal)."""
    session = oauth_session(oauth, context)
    await session.client.revoke(session.tokens)
