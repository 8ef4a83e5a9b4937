"""Names of networks and the stable keys that identify a person on each.

``account.kind`` names the connector; ``message.channel`` and
``identity.channel`` name the network. For a single-network connector the two
are equal.
"""

from __future__ import annotations

import re
from typing import Final

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


class InvalidIdentityKey(ValueError):
    """A value that cannot be a stable key on its network."""


_DID = re.compile(r"^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")


def channel_label(channel: str) -> str:
    """A human name for a network; unknown (third-party) networks show as given."""
    return CHANNEL_LABELS.get(channel, channel.replace("_", " ").title())


def identity_key(channel: str, raw: str) -> str:
    """The stable key of a person on ``channel``, normalised.

    Mastodon: ``user@domain`` lower-cased (a leading ``@`` is dropped);
    Bluesky: the DID; e-mail: the address lower-cased; phone: E.164;
    guest: the reservation id; other networks: their own user id as given.
    """
    value = raw.strip()
    if not value:
        raise InvalidIdentityKey(f"empty {channel} key")
    if channel == MASTODON:
        value = value.lstrip("@").lower()
        if value.count("@") != 1 or value.startswith("@") or value.endswith("@"):
            raise InvalidIdentityKey(f"a Mastodon key is user@domain, not {raw!r}")
        return value
    if channel == BLUESKY:
        if not _DID.match(value):
            raise InvalidIdentityKey(f"a Bluesky key is a DID, not {raw!r}")
        return value
    if channel == EMAIL:
        value = value.lower()
        if not _EMAIL.match(value):
            raise InvalidIdentityKey(f"not an e-mail address: {raw!r}")
        return value
    if channel == PHONE:
        digits = re.sub(r"[\s().-]", "", value)
        if digits.startswith("00"):
            digits = "+" + digits[2:]
        if not _E164.match(digits):
            raise InvalidIdentityKey(f"a phone key is in E.164 (+4930123456), not {raw!r}")
        return digits
    return value
