"""One account's OAuth grant while its connector works: a valid access token on demand.

Rules for connectors:

- Ask :meth:`OAuthSession.access_token` before each request (it is cheap). When the access
  token expires within :data:`~socialinbox.channels.oauth_tokens.REFRESH_MARGIN`, it is
  refreshed first (once, however many requests wait for it) and the renewed secret is saved
  at once to ``ConnectorContext.account_secret``, so that the next process starts with it.
- A refresh the network refuses (``invalid_grant``: revoked, expired) raises
  AuthenticationError with the network's reason: the sync engine shows the account as
  "sign in again" with it. Before concluding so, the kept secret is read again: another
  process (the window beside a ``sync --once``) may have refreshed first, and a network
  that rotates refresh tokens then refuses the old one.
- A token without expiry or refresh token (one pasted in) is used as it is until the
  network refuses it (a 401, which the connector's HTTP layer turns into "sign in again").
  A 401 for a token that should still be valid is worth one :meth:`renew_after_refusal`
  and one retry.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from socialinbox.channels.oauth_client import OAuthClient
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.clock import Clock
from socialinbox.core.connector import AuthenticationError, SessionSlot

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)


class OAuthSession:
    """``secret`` is the account's kept grant (see OAuthTokens.from_secret); ``kept`` the
    keychain entry it came from (None: renewals live only as long as this object)."""

    def __init__(
        self, secret: str, client: OAuthClient, clock: Clock, kept: SessionSlot | None
    ) -> None:
        self._secret = secret
        self._tokens = OAuthTokens.from_secret(secret)
        self._client = client
        self._clock = clock
        self._kept = kept
        self._renewing = asyncio.Lock()

    @property
    def client(self) -> OAuthClient:
        return self._client

    @property
    def tokens(self) -> OAuthTokens:
        return self._tokens

    @property
    def secret(self) -> str:
        """The grant as it stands (renewed or not), as the keychain keeps it."""
        return self._secret

    async def access_token(self) -> str:
        """A token valid for at least the refresh margin (or the only one there is)."""
        if self._due():
            async with self._renewing:
                if self._due():  # another request may have refreshed while this one waited
                    await self._refresh()
        return self._tokens.access_token

    async def renew_after_refusal(self, refused: str) -> bool:
        """After the network refused ``refused`` (an access token it says is expired or
        invalid before its time: a clock off, a token revoked alone), renew the grant once:
        True when the request may be tried again with :meth:`access_token`; False when
        there is nothing to renew with (the refusal stands: sign in again).
        AuthenticationError when the renewal is refused too."""
        if not self._renewable():
            return False
        async with self._renewing:
            if self._tokens.access_token == refused:  # not renewed by another request yet
                await self._refresh()
        return True

    async def answer_renewing(
        self, send: Callable[[], Awaitable[httpx.Response]]
    ) -> httpx.Response:
        """``send()``'s answer, where ``send`` makes one request with :meth:`access_token`:
        after a 401 the grant is renewed once (:meth:`renew_after_refusal`) and ``send()``
        tried again. The last answer is returned whatever its status: the caller words it."""
        response = await send()
        if response.status_code == 401 and await self.renew_after_refusal(
            self._tokens.access_token
        ):
            response = await send()
        return response

    def _renewable(self) -> bool:
        return self._tokens.refresh_token is not None and (
            self._client.endpoints.renewal == "refresh_token"
        )

    def _due(self) -> bool:
        return self._renewable() and self._tokens.due_for_refresh(self._clock.now())

    async def _refresh(self) -> None:
        try:
            renewed = await self._client.refresh(self._tokens)
        except AuthenticationError:
            if self._adopt_kept():
                return
            raise
        self._secret = renewed.to_secret()
        self._tokens = renewed
        if self._kept is not None:
            self._kept.save(self._secret)
        log.info("Renewed the %s sign-in before it expired", self._client.network)

    def _adopt_kept(self) -> bool:
        """Take the kept grant when another process renewed it meanwhile; False if not."""
        kept = self._kept.load() if self._kept is not None else None
        if not kept or kept == self._secret:
            return False
        try:
            tokens = OAuthTokens.from_secret(kept)
        except AuthenticationError:
            return False
        self._secret, self._tokens = kept, tokens
        return not tokens.due_for_refresh(self._clock.now())
