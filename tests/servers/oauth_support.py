"""What every test server's OAuth 2 endpoints check the same way (RFC 7636, RFC 8252)."""

from __future__ import annotations

import base64
import hashlib
import secrets
from urllib.parse import urlsplit


def pkce_s256(verifier: str) -> str:
    """The S256 code challenge of ``verifier`` (RFC 7636 section 4.2); any text is accepted
    (a non-ASCII verifier simply never matches)."""
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def same_secret(given: str, expected: str) -> bool:
    """A constant-time comparison that any text may reach (compare_digest refuses non-ASCII str)."""
    return secrets.compare_digest(given.encode(), expected.encode())


def is_loopback(uri: str) -> bool:
    """An http:// redirect URI on this machine (RFC 8252 section 7.3), any port."""
    parts = urlsplit(uri)
    return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1")
