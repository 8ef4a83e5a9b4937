"""A connector plug-in that signs in with X's OAuth and does nothing else: it asks
``GET /2/users/me`` with the grant before each step, which is all the sync engine and the
accounts dialog need to show what the OAuth sign-in does. Not the X connector (that one is
written apart, against the same test server)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

from socialinbox.channels.oauth_providers import X_KIND, OAuthKind, X
from socialinbox.channels.oauth_signin import SignsInWithOAuth, oauth_session, revoke_grant
from socialinbox.core.connector import (
    AuthenticationError,
    ConnectorContext,
    FetchBatch,
    SettingField,
    TextLimit,
    VerifiedAccount,
)

PROBE = "oauth_probe"
PROBE_KIND = OAuthKind(PROBE, X, X_KIND.scopes, X_KIND.notice)


class ProbeConnector:
    """Asks X who the grant belongs to, with a fresh access token each time."""

    kind: ClassVar[str] = PROBE

    def __init__(self, context: ConnectorContext) -> None:
        self._context = context
        self._session = oauth_session(PROBE_KIND, context)

    async def _me(self) -> dict[str, Any]:
        assert self._context.http is not None
        token = await self._session.access_token()
        response = await self._context.http.get(
            f"{self._context.account.base_url}/2/users/me",
            headers={"Authorization": f"Bearer {token}"},
        )
        if response.status_code == 401:
            raise AuthenticationError("X refused the sign-in (HTTP 401)")
        response.raise_for_status()
        return response.json()["data"]

    async def verify(self) -> VerifiedAccount:
        me = await self._me()
        return VerifiedAccount(handle=me["username"], display_name=me["name"])

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        await self._me()
        yield FetchBatch((), cursor)

    def text_limit(self) -> TextLimit:
        return TextLimit(280)


class ProbeFactory(SignsInWithOAuth):
    oauth = PROBE_KIND
    access_notice = PROBE_KIND.notice
    kind: ClassVar[str] = PROBE
    label: ClassVar[str] = "OAuth probe"
    channels: ClassVar[tuple[str, ...]] = ("x",)
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = "Access token"
    secret_help: ClassVar[str] = ""
    # Asked, with X's address filled in, so that a test can point it at its server.
    base_url_label: ClassVar[str | None] = "API address"
    default_base_url: ClassVar[str | None] = "https://api.x.com"
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = ()

    def create(self, context: ConnectorContext) -> ProbeConnector:
        return ProbeConnector(context)

    async def revoke(self, context: ConnectorContext) -> None:
        await revoke_grant(PROBE_KIND, context)
