"""Where a network's OAuth 2 authorization server is, and how it wants to be spoken to.

One :class:`OAuthEndpoints` per network, declared as data in
:mod:`socialinbox.channels.oauth_providers` (Mastodon builds its own from the server's
address). ``moved_to`` points every endpoint at another host, keeping the paths: an
account added with ``--base-url`` (a test server on 127.0.0.1) signs in there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

# How an access token is renewed: the refresh-token grant (RFC 6749 §6); Meta's exchange
# of a token for a long-lived one (``grant_type=fb_exchange_token``), done once after the
# sign-in since Meta issues no refresh tokens; or not at all (the token lasts until
# revoked, or the user signs in again when it expires).
Renewal = Literal["refresh_token", "long_lived_exchange", "none"]
# How a client with a secret authenticates at the token endpoint (RFC 6749 §2.3.1): HTTP
# Basic, or client_id and client_secret in the form. A client without one (a public client,
# RFC 8252 §8.4) always sends only its client_id in the form.
ClientAuth = Literal["basic", "form"]
# How a grant is revoked: RFC 7009's form POST of the token with the client's credentials,
# or a DELETE of ``revoke_url`` with the token as bearer (Meta's ``/me/permissions``).
RevokeMethod = Literal["rfc7009", "delete_with_token"]


@dataclass(frozen=True, slots=True)
class OAuthEndpoints:
    """One authorization server. ``extra_authorize`` are parameters the network needs on the
    authorization URL besides the standard ones (Google's ``access_type=offline``)."""

    authorize_url: str
    token_url: str
    revoke_url: str | None = None
    renewal: Renewal = "refresh_token"
    client_auth: ClientAuth = "form"
    revoke_method: RevokeMethod = "rfc7009"
    # Meta documents its token endpoint as a GET with the fields in the query.
    token_method: Literal["POST", "GET"] = "POST"
    extra_authorize: Mapping[str, str] = field(default_factory=dict)

    def moved_to(self, base_url: str | None) -> OAuthEndpoints:
        """The same endpoints on ``base_url``'s scheme and host (paths kept); unchanged
        when ``base_url`` is None or names the host they are on already."""
        if not base_url:
            return self
        target = urlsplit(base_url)

        def moved(url: str | None) -> str | None:
            if url is None:
                return None
            parts = urlsplit(url)
            return urlunsplit((target.scheme, target.netloc, parts.path, parts.query, ""))

        return replace(
            self,
            authorize_url=moved(self.authorize_url) or self.authorize_url,
            token_url=moved(self.token_url) or self.token_url,
            revoke_url=moved(self.revoke_url),
        )

    @property
    def host(self) -> str:
        """The token endpoint's host, naming the server in messages."""
        return urlsplit(self.token_url).netloc or self.token_url
