"""The X network as the catalogue knows it: label, reply limit, how identities are written.

Light on purpose (no HTTP, no OAuth): the network catalogue imports it to normalise a
typed identity without loading the connector.

A person on X is keyed by their numeric user id, which never changes; the connector
delivers the user name as ``@name`` beside it. A hand link is made by user name, typed
as ``@Name``, ``name`` or a profile address on x.com or twitter.com, and matched without
regard to case (X user names are unique whatever their case); the identity gets its key
with the person's first message.
"""

from __future__ import annotations

from typing import Final

from socialinbox.core.connector import TextLimit
from socialinbox.core.networks import CaseInsensitiveHandle, Network

X: Final = "x"
# A post holds 280 characters on a free or basic account (X counts some characters
# twice and every link as 23; the composer's count is a first check, X has the last word).
POST_CHARACTERS: Final = 280
PROFILE_HOSTS: Final = ("x.com", "twitter.com")

X_NETWORK: Final = Network(
    X,
    "X",
    CaseInsensitiveHandle(PROFILE_HOSTS),
    icon="x",
    text_limit=TextLimit(POST_CHARACTERS, "characters"),
)
