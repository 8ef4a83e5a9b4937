"""The generic vocabulary: message kinds and directions, the core networks' names.

``account.kind`` names the connector; ``message.channel`` and
``identity.channel`` name the network. For a single-network connector the two
are equal. Which networks exist, their labels, icons and text limits, and how a
person's key is written on each, are declared with the network
(``core.networks``; a connector declares its own), not here.
"""

from __future__ import annotations

from typing import Final

from socialinbox.core.errors import InvalidValue

# The core networks, which belong to no connector (declared in ``core.networks``).
# A connector's networks are named in its own network module.
EMAIL: Final = "email"
PHONE: Final = "phone"
# A conversation face to face, logged by hand (``core.logged``).
IN_PERSON: Final = "in_person"
GUEST: Final = "guest"
# The networks a conversation can be logged on by hand (``core.logged``; here so that the
# ``log`` command's parser needs no service).
LOGGED_CHANNELS: Final[tuple[str, ...]] = (PHONE, IN_PERSON)

# What a message is, as the network describes it.
MESSAGE_KINDS: Final[tuple[str, ...]] = (
    "mention",
    "direct",
    "comment",
    "review",
    "email",
    "reply",
    # Shown in its thread around the messages that are items, asking nothing (a group
    # chat's other messages): see FetchedMessage.context_only. Never an inbox row.
    "context",
)
CONTEXT_KIND: Final = "context"

# The account kind that keeps conversations logged by hand (``core.logged``): no
# connector, never synced, left out of account lists.
LOG_BOOK_KIND: Final = "log_book"

INBOUND: Final = "in"
OUTBOUND: Final = "out"


class InvalidIdentityKey(InvalidValue):
    """A value that cannot be a stable key on its network; the message says what the
    network expects (``code`` "identity.invalid" unless a more precise one is given)."""

    def __init__(self, message: str, *, code: str = "identity.invalid", **params: object) -> None:
        super().__init__(message, code=code, **params)
