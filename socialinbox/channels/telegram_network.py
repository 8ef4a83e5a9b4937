"""The Telegram network as the catalogue knows it: label, limit, how identities are written.

Light on purpose (no HTTP): the network catalogue imports it to normalise a
typed identity without loading the connector.

A person's stable key on Telegram is their numeric user id, delivered as a
string (``"731904552"``); it never changes, while the user name (``@gwen_rees``)
may change or be missing. Every message delivers both (the connector's
``author_of``: key = id, handle = ``@Name`` as Telegram spells it).

Linking by hand needs no network, in the way Bluesky handles do (see
``bluesky_network``): a typed user id (digits, or a ``tg://user?id=…`` link)
is the key at once; a typed user name (``@Name``, ``name``, ``t.me/name``,
``https://telegram.me/name``, ``tg://resolve?domain=name``) is stored as
``@name`` in lower case — user names are unique whatever their case — and
ingest links the identity by that handle on the person's first message, which
gives it its user id from then on. A user name is 5 to 32 letters, digits and
underscores starting with a letter, so it can never be mistaken for an id.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import parse_qs, urlsplit

from socialinbox.core.connector import TextLimit
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import Network, TypedIdentity, profile_path

TELEGRAM: Final = "telegram"
PROFILE_HOSTS: Final = ("t.me", "telegram.me", "telegram.dog")
# "1-4096 characters after entities parsing" (sendMessage); we send plain text, and a
# measurement against the live service counted code points, not UTF-16 units.
TEXT_LIMIT: Final = TextLimit(4096, "characters")

# Chats other than people (a channel posting in a group) have negative ids.
_USER_ID = re.compile(r"-?[0-9]{1,20}")
_USER_NAME = re.compile(r"[a-z][a-z0-9_]{3,31}")


class TelegramIdentities:
    """Keys are user ids; hand links by user name wait for the first message."""

    def key(self, delivered: str) -> str:
        """The user id as delivered. Not checked to be digits: a key is opaque to the app,
        and messages stored by other means (the demo, a plug-in, an import) keep theirs."""
        value = (delivered or "").strip()
        if not value or any(c.isspace() for c in value):
            raise InvalidIdentityKey(f"a Telegram key is the user id, not {delivered!r}")
        return value

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        value = (text or "").strip()
        if not value:
            raise InvalidIdentityKey("give the Telegram user name (@name) or user id")
        if value.lower().startswith("tg://"):
            value = _from_tg_link(value, text)
        else:
            path = profile_path(value, PROFILE_HOSTS)
            if path is not None:
                value = path.split("/", 1)[0]
        if _USER_ID.fullmatch(value):
            return TypedIdentity(value, None)  # their user name comes with their first message
        name = value.removeprefix("@").lower()
        if not _USER_NAME.fullmatch(name):
            raise InvalidIdentityKey(
                "a Telegram identity is a user name like @gwen_rees (5–32 letters, digits "
                f"and _) or a numeric user id, not {text!r}"
            )
        return TypedIdentity(None, f"@{name}")


def _from_tg_link(value: str, text: str) -> str:
    """The id or user name a ``tg://user?id=…`` or ``tg://resolve?domain=…`` link names."""
    parts = urlsplit(value)
    query = parse_qs(parts.query)
    found = query.get("id") if parts.netloc.lower() == "user" else query.get("domain")
    if parts.netloc.lower() not in ("user", "resolve") or not found:
        raise InvalidIdentityKey(f"not a Telegram profile link: {text!r}")
    return found[0].strip()


TELEGRAM_NETWORK: Final = Network(
    TELEGRAM, "Telegram", TelegramIdentities(), icon="telegram", text_limit=TEXT_LIMIT
)
