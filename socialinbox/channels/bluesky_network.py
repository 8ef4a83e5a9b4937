"""The Bluesky network as the catalogue knows it: label, limit, how identities are written.

Light on purpose (no HTTP): the network catalogue imports it to normalise a
typed identity without loading the connector.

A person's stable key on Bluesky is their DID (``did:plc:…``), which survives a
change of handle; every post delivers it together with the handle
(``bluesky_posts.author_of``: key = DID, handle = ``@laura.bsky.social``).

Linking by hand needs no network: a typed DID (or a profile address that
holds one) is stored as the key; a typed handle (``laura.bsky.social``,
``@Laura.bsky.social``, ``https://bsky.app/profile/laura.bsky.social``) is stored
without a key, as ``@laura.bsky.social`` — the form a post delivers it in — and
ingest links the identity by that handle on her first message, giving it her
DID from then on. Resolving the handle at link time would make linking fail
offline and add a network call to a dialog; the handle is delivered with every
post anyway, so nothing is gained by asking earlier.
"""

from __future__ import annotations

import re
from typing import Final

from socialinbox.core.connector import TextLimit
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import Network, TypedIdentity, profile_path

BLUESKY: Final = "bluesky"
TEXT_LIMIT: Final = TextLimit(300, "graphemes")
PROFILE_HOSTS: Final = ("bsky.app",)

_DID = re.compile(r"did:[a-z0-9]+:[A-Za-z0-9._:%-]+")
# A handle is a domain name: labels of letters, digits and hyphens, at least two.
_HANDLE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]")


class BlueskyIdentities:
    """Keys are DIDs; hand links by handle wait for the first post (see the module)."""

    def key(self, delivered: str) -> str:
        value = delivered.strip()
        if not _DID.fullmatch(value):
            raise InvalidIdentityKey(f"a Bluesky key is a DID, not {delivered!r}")
        return value

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        value = text.strip()
        path = profile_path(value, PROFILE_HOSTS)
        if path is not None:
            segments = path.split("/")
            if len(segments) < 2 or segments[0] != "profile":
                raise InvalidIdentityKey(f"not a Bluesky profile address: {text!r}")
            value = segments[1]
        elif value.startswith("at://"):
            value = value[5:].split("/", 1)[0]
        if _DID.fullmatch(value):
            return TypedIdentity(value, None)  # her handle comes with her first post
        handle = value.lstrip("@").lower()
        if not _HANDLE.fullmatch(handle):
            raise InvalidIdentityKey(
                f"a Bluesky identity is a handle like laura.bsky.social or a DID, not {text!r}"
            )
        return TypedIdentity(None, f"@{handle}")


BLUESKY_NETWORK: Final = Network(
    BLUESKY, "Bluesky", BlueskyIdentities(), icon="bluesky", text_limit=TEXT_LIMIT
)
