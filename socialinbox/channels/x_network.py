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

import re
from dataclasses import dataclass
from typing import Final

from socialinbox.core.connector import TextLimit
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import CaseInsensitiveHandle, Network, TypedIdentity

X: Final = "x"
# A post holds 280 characters on a free or basic account (X counts some characters
# twice and every link as 23; the composer's count is a first check, X has the last word).
POST_CHARACTERS: Final = 280
PROFILE_HOSTS: Final = ("x.com", "twitter.com")
# What X allows in a user name: letters, digits and underscores, at most 15.
_USER_NAME = re.compile(r"[a-z0-9_]{1,15}")


@dataclass(frozen=True, slots=True)
class XUserNames(CaseInsensitiveHandle):
    """The generic user-name rule, refusing what cannot be an X user name."""

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        typed = CaseInsensitiveHandle.typed(self, text, region)
        if not _USER_NAME.fullmatch((typed.handle or "").removeprefix(self.prefix)):
            raise InvalidIdentityKey(
                "an X user name is up to 15 letters, digits or underscores "
                f"(e.g. @mayaokafor), not {text!r}"
            )
        return typed


X_NETWORK: Final = Network(
    X,
    "X",
    XUserNames(PROFILE_HOSTS),
    icon="x",
    text_limit=TextLimit(POST_CHARACTERS, "characters"),
)
