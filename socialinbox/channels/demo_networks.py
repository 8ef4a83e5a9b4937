"""Networks that only the demo connector produces so far, with the generic identity rules.

The demo declares these until a real connector for one of them exists; the
registry asks real connectors (built-in and plug-ins) first, so such a
connector takes its network over without a change here (then drop it from
this list). Light on purpose: the network catalogue imports it without the demo.

Their keys are the networks' opaque user ids as given; a hand link stores the
user name in the form the messages deliver it (see ``core.networks``).
"""

from __future__ import annotations

from typing import Final

from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import (
    AsGiven,
    CaseInsensitiveHandle,
    Network,
    TypedIdentity,
    profile_path,
)

X: Final = "x"
FACEBOOK: Final = "facebook"
INSTAGRAM: Final = "instagram"
GOOGLE_REVIEWS: Final = "google_reviews"
MATRIX: Final = "matrix"


class MatrixIdentities:
    """A Matrix user id, ``@user:server``, is both key and handle; user ids are lower case
    by the specification. Typed with or without ``@``, or as a ``matrix.to`` link."""

    def key(self, delivered: str) -> str:
        value = delivered.strip().lower()
        value = value if value.startswith("@") else f"@{value}"
        user, colon, server = value[1:].partition(":")
        if not colon or not user or not server or any(c.isspace() for c in value):
            raise InvalidIdentityKey(f"a Matrix user id is @user:server, not {delivered!r}")
        return value

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        value = text.strip()
        if profile_path(value, ("matrix.to",)) is not None:
            value = value.split("#/", 1)[-1].split("?", 1)[0]
        key = self.key(value)
        return TypedIdentity(key, key)


DEMO_NETWORKS: Final[tuple[Network, ...]] = (
    Network(X, "X", CaseInsensitiveHandle(("x.com", "twitter.com")), icon="x"),
    Network(
        FACEBOOK, "Facebook", CaseInsensitiveHandle(("facebook.com",), prefix=""), icon="facebook"
    ),
    Network(INSTAGRAM, "Instagram", CaseInsensitiveHandle(("instagram.com",)), icon="instagram"),
    Network(GOOGLE_REVIEWS, "Google reviews", AsGiven("reviewer's name"), icon="google_reviews"),
    Network(MATRIX, "Matrix", MatrixIdentities(), icon="matrix"),
)
