"""The Mastodon network as the catalogue knows it: label, limit, how identities are written.

Light on purpose (no HTTP, no OAuth): the network catalogue imports it to
normalise a typed identity without loading the connector.

A person on Mastodon is ``user@server``: the connector delivers that as the key
(``mastodon_parse.author_of``, a local account gets its server's domain), in
lower case. A hand link therefore stores the key at once, from any of
``@anna@mastodon.social``, ``Anna@Mastodon.Social``, ``https://mastodon.social/@anna``
(a remote profile shown by another server, ``https://mastodon.social/@anna@other.example``,
names its own server) or ``https://mastodon.social/users/anna``. A user name
without its server names nobody: it is refused with an example.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import unquote, urlsplit

from socialinbox.core.connector import TextLimit
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import Network, TypedIdentity

MASTODON: Final = "mastodon"

# What a server allows when its instance information does not say.
DEFAULT_MAX_CHARACTERS: Final = 500


def _from_profile_url(text: str) -> str:
    """``user@server`` from a profile address (``/@user``, ``/@user@other``, ``/users/user``)."""
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise InvalidIdentityKey(f"not a Mastodon profile address: {text!r}")
    segments = [s for s in unquote(parts.path).split("/") if s]
    if segments and segments[0].startswith("@"):
        user = segments[0][1:]
    elif len(segments) >= 2 and segments[0] == "users":
        user = segments[1]
    else:
        raise InvalidIdentityKey(f"not a Mastodon profile address: {text!r}")
    return user if "@" in user else f"{user}@{host}"


# What no user@server holds (``\s`` is str.isspace's whitespace): checked for every
# message stored, once by the connector and once by ingest.
_SPACE_OR_SLASH = re.compile(r"[\s/]")


class MastodonIdentities:
    """``user@server`` in lower case, for keys delivered and identities typed alike."""

    def key(self, delivered: str) -> str:
        value = delivered.strip().lstrip("@").lower()
        user, at, server = value.partition("@")
        if not at or not user or not server or "@" in server or _SPACE_OR_SLASH.search(value):
            raise InvalidIdentityKey(
                f"a Mastodon identity is @user@server (e.g. @anna@mastodon.social), "
                f"not {delivered!r}"
            )
        return value

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        value = text.strip()
        if "/" in value:
            value = _from_profile_url(value if "://" in value else f"https://{value}")
        key = self.key(value)
        return TypedIdentity(key, f"@{key}")


MASTODON_NETWORK: Final = Network(
    MASTODON,
    "Mastodon",
    MastodonIdentities(),
    icon="mastodon",
    text_limit=TextLimit(DEFAULT_MAX_CHARACTERS, "characters"),
)
