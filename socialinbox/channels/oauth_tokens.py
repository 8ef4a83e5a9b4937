"""An OAuth grant as the keychain keeps it: one secret holding the access token, the
refresh token, when the access token expires, and the client they were issued to.

Rules for callers:

- The secret is :meth:`OAuthTokens.to_secret` (a small JSON object); it goes to the
  keychain only — never the database, settings, logs or output (``repr`` shows no token).
- :meth:`OAuthTokens.from_secret` also reads a bare access token (one pasted with
  ``--secret-stdin``, or an account connected before tokens were kept this way): a token
  without refresh token or expiry, used until the network refuses it.
- The client is kept with the tokens because a refresh must name the client the grant was
  issued to, whatever this machine's settings say later.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from socialinbox.core.connector import AuthenticationError

# Refresh this long before the access token expires: a request started just before the
# expiry must not reach the network just after it, and clocks drift.
REFRESH_MARGIN = timedelta(minutes=5)
_FORMAT = 1


@dataclass(frozen=True, slots=True)
class OAuthTokens:
    """One grant's tokens. ``expires_at`` None: the network named no lifetime."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: datetime | None = None
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    scope: str | None = None

    def due_for_refresh(self, now: datetime, margin: timedelta = REFRESH_MARGIN) -> bool:
        """Whether the access token expires within ``margin`` of ``now`` (or has)."""
        return self.expires_at is not None and self.expires_at - margin <= now

    def renewed(self, answer: OAuthTokens) -> OAuthTokens:
        """These tokens after a refresh answered ``answer``: a network that issues no new
        refresh token keeps the old one valid (RFC 6749 §6); the client stays."""
        return replace(
            answer,
            refresh_token=answer.refresh_token or self.refresh_token,
            client_id=self.client_id,
            client_secret=self.client_secret,
            scope=answer.scope or self.scope,
        )

    def to_secret(self) -> str:
        """What the keychain keeps."""
        value: dict[str, Any] = {"oauth": _FORMAT, "access_token": self.access_token}
        if self.refresh_token:
            value["refresh_token"] = self.refresh_token
        if self.expires_at is not None:
            value["expires_at"] = self.expires_at.isoformat()
        for key in ("client_id", "client_secret", "scope"):
            if getattr(self, key):
                value[key] = getattr(self, key)
        return json.dumps(value, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_secret(cls, secret: str) -> OAuthTokens:
        """The tokens a secret holds (a bare access token, or :meth:`to_secret`'s JSON).
        AuthenticationError for a kept secret that cannot be read: signing in again mends it.
        """
        text = secret.strip()
        if not text.startswith("{"):
            if not text:
                raise AuthenticationError("the kept sign-in is empty: sign in again")
            return cls(access_token=text)
        try:
            value = json.loads(text)
            if not isinstance(value, dict) or value.get("oauth") != _FORMAT:
                raise ValueError("not a kept OAuth grant")
            expires = value.get("expires_at")
            tokens = cls(
                access_token=_text(value, "access_token") or "",
                refresh_token=_text(value, "refresh_token"),
                expires_at=datetime.fromisoformat(expires) if isinstance(expires, str) else None,
                client_id=_text(value, "client_id"),
                client_secret=_text(value, "client_secret"),
                scope=_text(value, "scope"),
            )
        except ValueError:
            raise AuthenticationError("the kept sign-in cannot be read: sign in again") from None
        if not tokens.access_token:
            raise AuthenticationError("the kept sign-in has no access token: sign in again")
        return tokens


def _text(value: dict[str, Any], key: str) -> str | None:
    item = value.get(key)
    return item if isinstance(item, str) and item else None
