"""Names of networks and of message kinds and directions: the generic vocabulary.

``account.kind`` names the connector; ``message.channel`` and
``identity.channel`` name the network. For a single-network connector the two
are equal. How a person's key is written on each network is declared with the
network (``core.networks``), not here.
"""

from __future__ import annotations

from typing import Final

from socialinbox.core.errors import InvalidValue

MASTODON: Final = "mastodon"
BLUESKY: Final = "bluesky"
X: Final = "x"
FACEBOOK: Final = "facebook"
INSTAGRAM: Final = "instagram"
GOOGLE_REVIEWS: Final = "google_reviews"
EMAIL: Final = "email"
TELEGRAM: Final = "telegram"
MATRIX: Final = "matrix"
PHONE: Final = "phone"
GUEST: Final = "guest"

CHANNELS: Final[tuple[str, ...]] = (
    MASTODON,
    BLUESKY,
    X,
    FACEBOOK,
    INSTAGRAM,
    GOOGLE_REVIEWS,
    EMAIL,
    TELEGRAM,
    MATRIX,
    PHONE,
    GUEST,
)

CHANNEL_LABELS: Final[dict[str, str]] = {
    MASTODON: "Mastodon",
    BLUESKY: "Bluesky",
    X: "X",
    FACEBOOK: "Facebook",
    INSTAGRAM: "Instagram",
    GOOGLE_REVIEWS: "Google reviews",
    EMAIL: "E-mail",
    TELEGRAM: "Telegram",
    MATRIX: "Matrix",
    PHONE: "Phone",
    GUEST: "Hotel guest",
}

# What a message is, as the network describes it.
MESSAGE_KINDS: Final[tuple[str, ...]] = (
    "mention",
    "direct",
    "comment",
    "review",
    "email",
    "reply",
)

INBOUND: Final = "in"
OUTBOUND: Final = "out"


class InvalidIdentityKey(InvalidValue):
    """A value that cannot be a stable key on its network; the message says what the
    network expects (``code`` "identity.invalid" unless a more precise one is given)."""

    def __init__(self, message: str, *, code: str = "identity.invalid", **params: object) -> None:
        super().__init__(message, code=code, **params)


def channel_label(channel: str) -> str:
    """A human name for a network; unknown (third-party) networks show as given."""
    return CHANNEL_LABELS.get(channel, channel.replace("_", " ").title())
