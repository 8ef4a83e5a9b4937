"""OAuth 2 for a native app: authorization code with PKCE, refresh, revocation.

The steps (RFC 6749 §4.1, RFC 7636, RFC 8252):

1. :func:`authorize` opens the authorization URL in the system browser — the client id,
   the loopback ``redirect_uri``, the scopes, a random ``state`` and the S256
   ``code_challenge`` of a fresh ``code_verifier`` (64 unreserved characters; RFC 7636
   allows 43 to 128), plus the network's own parameters.
2. The user approves on the network's page; the network redirects the browser to the
   loopback address (:mod:`socialinbox.channels.oauth_loopback`), which checks the state.
3. :meth:`OAuthClient.exchange_code` trades the code and the verifier for tokens at the
   token endpoint; a network whose tokens are renewed by exchange (Meta) is asked for the
   long-lived token at once.
4. Later, :meth:`OAuthClient.refresh` uses the refresh-token grant (RFC 6749 §6), and
   :meth:`OAuthClient.revoke` ends the grant (RFC 7009, or Meta's ``DELETE
   /me/permissions``) when the account is removed.

Errors are the connector errors of :mod:`socialinbox.core.connector`: a refused code or
refresh (``invalid_grant``: revoked, expired; a client the network no longer knows) is an
:class:`AuthenticationError` whose message carries the network's reason, so the account
shows "sign in again" with it; a 5xx is transient; a 429 a wait. No message ever holds a
token, a code, the verifier or the client secret.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import timedelta
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from socialinbox.channels.http import (
    ConnectorHttp,
    MalformedResponseError,
    answer_json,
    without_secrets,
)
from socialinbox.channels.oauth_endpoints import OAuthEndpoints
from socialinbox.channels.oauth_loopback import SIGN_IN_TIMEOUT_S, LoopbackRedirect
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    DEFAULT_REQUEST_DEADLINE,
    AuthenticationError,
    OAuthApp,
    OpenBrowser,
)
from socialinbox.core.rate_limits import RateLimitBook

# A 429 from a token endpoint that names no time waits this long.
_DEFAULT_WAIT = timedelta(minutes=1)
_REASON_MAX = 200
# Answers of a token endpoint that mean the grant (or the client) cannot be used any more,
# as opposed to the server failing: RFC 6749 §5.2 answers 400 (or 401 for the client).
_REFUSED = frozenset({400, 401, 403})


class OAuthClient:
    """This app, registered as ``app`` with the authorization server at ``endpoints``.

    ``network`` names the network in messages ("X", "Google"). ``rate_limits`` is the
    account's wait book when there is an account (a token endpoint may answer 429 too).
    """

    def __init__(
        self,
        endpoints: OAuthEndpoints,
        app: OAuthApp,
        http: httpx.AsyncClient | None,
        clock: Clock,
        *,
        network: str,
        rate_limits: RateLimitBook | None = None,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
    ) -> None:
        self.endpoints = endpoints
        self.app = app
        self.network = network
        self._clock = clock
        self._hidden: set[str] = {app.client_secret or ""}
        self._http = ConnectorHttp(
            http,
            where=network,
            clock=clock,
            rate_limits=rate_limits,
            default_wait=_DEFAULT_WAIT,
            scrub=self.scrub,
            deadline=deadline,
        )

    def scrub(self, text: str) -> str:
        """``text`` without any token, code or secret this client handled."""
        return without_secrets(text, *self._hidden)

    # -- the authorization request ------------------------------------------------------

    def authorization_url(
        self, *, redirect_uri: str, state: str, code_challenge: str, scopes: str
    ) -> str:
        """Where the browser goes to approve (RFC 6749 §4.1.1 with RFC 7636 §4.3)."""
        query = {
            "response_type": "code",
            "client_id": self.app.client_id,
            "redirect_uri": redirect_uri,
            "scope": scopes,
            "state": state,
            "code_challenge": code_challenge,
            "code_challenge_method": "S256",
            **self.endpoints.extra_authorize,
        }
        separator = "&" if "?" in self.endpoints.authorize_url else "?"
        # Spaces between scopes as %20, as every network's documentation writes them.
        return f"{self.endpoints.authorize_url}{separator}{urlencode(query, quote_via=quote)}"

    # -- the token endpoint -------------------------------------------------------------

    async def exchange_code(self, code: str, *, redirect_uri: str, verifier: str) -> OAuthTokens:
        """Tokens for an authorization code (RFC 6749 §4.1.3, RFC 7636 §4.5)."""
        self._hidden.update((code, verifier))
        answer = await self._token_request(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
            },
            refused="refused the sign-in",
        )
        if self.endpoints.renewal == "long_lived_exchange":
            answer = await self.long_lived(answer)
        return answer

    async def refresh(self, tokens: OAuthTokens) -> OAuthTokens:
        """New tokens from the refresh token (RFC 6749 §6), the old refresh token kept when
        the network issues no new one. AuthenticationError with the network's reason when
        the grant was revoked or expired (``invalid_grant``): the user must sign in again.
        """
        if not tokens.refresh_token:
            raise AuthenticationError(
                f"{self.network} gave no refresh token and the sign-in expired"
            )
        self._hidden.update((tokens.access_token, tokens.refresh_token))
        answer = await self._token_request(
            {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token},
            refused="ended the sign-in",
        )
        return tokens.renewed(answer)

    async def long_lived(self, tokens: OAuthTokens) -> OAuthTokens:
        """Meta's exchange of a token for a long-lived one (about 60 days), which Meta
        offers instead of refresh tokens; it needs the app secret."""
        self._hidden.add(tokens.access_token)
        answer = await self._token_request(
            {"grant_type": "fb_exchange_token", "fb_exchange_token": tokens.access_token},
            refused="refused a long-lived sign-in",
        )
        return tokens.renewed(answer)

    async def revoke(self, tokens: OAuthTokens) -> None:
        """End the grant on the network's side. Nothing happens where the network offers no
        revocation. Errors as for any request; a token already gone is no error.

        Both tokens are revoked: RFC 7009 §2.1 only says a server SHOULD end a refresh
        token's access tokens with it."""
        url = self.endpoints.revoke_url
        if url is None:
            return
        self._hidden.update((tokens.access_token, tokens.refresh_token or ""))
        if self.endpoints.revoke_method == "delete_with_token":
            # Meta: DELETE /me/permissions with the token itself ends the app's grant.
            response = await self._http.request(
                "DELETE", url, headers={"Authorization": f"Bearer {tokens.access_token}"}
            )
            self._check_revoked(response)
            return
        pairs = [(tokens.access_token, "access_token")]
        if tokens.refresh_token:
            pairs.append((tokens.refresh_token, "refresh_token"))
        for token, hint in pairs:
            form, headers = self._client_auth({"token": token, "token_type_hint": hint})
            self._check_revoked(await self._http.request("POST", url, data=form, headers=headers))

    def _check_revoked(self, response: httpx.Response) -> None:
        if response.status_code in (400, 401) and _error_code(response) == "invalid_token":
            return  # RFC 7009 §2.2: an invalid token needs no revoking
        self._http.raise_for_status(response, detail=self._reason(response))

    async def _token_request(self, fields: Mapping[str, str], *, refused: str) -> OAuthTokens:
        form, headers = self._client_auth(fields)
        if self.endpoints.token_method == "GET":
            response = await self._http.request(
                "GET", self.endpoints.token_url, params=form, headers=headers
            )
        else:
            response = await self._http.request(
                "POST", self.endpoints.token_url, data=form, headers=headers
            )
        if response.status_code in _REFUSED:
            raise AuthenticationError(
                f"{self.network} {refused} ({self._reason(response) or response.status_code})"
            )
        self._http.raise_for_status(response, detail=self._reason(response))
        return self._tokens_of(answer_json(response, self.network))

    def _client_auth(self, fields: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
        """The form and headers that name this client (RFC 6749 §2.3.1, §3.2.1)."""
        form = dict(fields)
        headers = {"Accept": "application/json"}
        secret = self.app.client_secret
        if secret and self.endpoints.client_auth == "basic":
            pair = f"{_form_encoded(self.app.client_id)}:{_form_encoded(secret)}"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
        else:
            form["client_id"] = self.app.client_id
            if secret:
                form["client_secret"] = secret
        return form, headers

    def _tokens_of(self, answer: Any) -> OAuthTokens:
        """RFC 6749 §5.1's answer: ``access_token``, ``expires_in``, ``refresh_token``."""
        if not isinstance(answer, Mapping):
            raise MalformedResponseError(f"{self.network} answered the sign-in with no tokens")
        access = answer.get("access_token")
        if not isinstance(access, str) or not access:
            raise MalformedResponseError(f"{self.network} gave no access token")
        refresh = answer.get("refresh_token")
        refresh = refresh if isinstance(refresh, str) and refresh else None
        self._hidden.update((access, refresh or ""))
        lifetime = answer.get("expires_in")
        if isinstance(lifetime, str) and lifetime.isdigit():
            lifetime = int(lifetime)  # some servers send it as a string
        expires_at = None
        if isinstance(lifetime, int) and not isinstance(lifetime, bool) and lifetime > 0:
            expires_at = self._clock.now() + timedelta(seconds=lifetime)
        scope = answer.get("scope")
        return OAuthTokens(
            access_token=access,
            refresh_token=refresh,
            expires_at=expires_at,
            client_id=self.app.client_id,
            client_secret=self.app.client_secret,
            scope=scope if isinstance(scope, str) and scope else None,
        )

    def _reason(self, response: httpx.Response) -> str:
        """The server's own words: RFC 6749 §5.2's ``error`` and ``error_description``, or
        Meta's ``error.message`` — short and scrubbed."""
        try:
            body = response.json()
        except ValueError:
            return ""
        if not isinstance(body, Mapping):
            return ""
        error = body.get("error")
        if isinstance(error, Mapping):  # Meta: {"error": {"message", "type", "code"}}
            parts = [error.get("type"), error.get("message")]
        else:
            parts = [error, body.get("error_description")]
        text = ": ".join(str(p) for p in parts if isinstance(p, str) and p.strip())
        return self.scrub(" ".join(text.split()))[:_REASON_MAX]


def _error_code(response: httpx.Response) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    error = body.get("error") if isinstance(body, Mapping) else None
    return error if isinstance(error, str) else None


def _form_encoded(value: str) -> str:
    """RFC 6749 §2.3.1: the client id and secret are form-encoded before Basic encoding."""
    return urlencode({"": value})[1:]


async def authorize(
    client: OAuthClient,
    loopback: LoopbackRedirect,
    scopes: str,
    open_browser: OpenBrowser,
    *,
    timeout: float = SIGN_IN_TIMEOUT_S,
) -> OAuthTokens:
    """Steps 1 to 3 over a loopback already listening: open the authorization URL with
    ``open_browser`` (it may return an awaitable, such as a test's HTTP client following
    the redirects), wait for the code, exchange it."""
    verifier = generate_token(64)
    url = client.authorization_url(
        redirect_uri=loopback.redirect_uri,
        state=loopback.state,
        code_challenge=create_s256_code_challenge(verifier),
        scopes=scopes,
    )
    code = await loopback.code(open_browser(url), timeout=timeout)
    return await client.exchange_code(code, redirect_uri=loopback.redirect_uri, verifier=verifier)


async def sign_in(
    client: OAuthClient,
    scopes: str,
    open_browser: OpenBrowser,
    *,
    timeout: float = SIGN_IN_TIMEOUT_S,
) -> OAuthTokens:
    """The whole browser sign-in with a loopback of its own: the grant's tokens."""
    async with LoopbackRedirect(client.network) as loopback:
        return await authorize(client, loopback, scopes, open_browser, timeout=timeout)
