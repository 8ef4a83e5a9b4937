"""WordPress comments as the catalogue knows them: label, icon, how a commenter is written.

Light on purpose (no HTTP): the network catalogue imports it to normalise a typed
identity without loading the connector.

A commenter is keyed by the **e-mail address** they comment with, in lower case
(``core.emails``), not by a registered user's id: most people who comment on a
business's blog have no account on it and give only a name and an address, and
the address is what WordPress itself recognises a returning commenter by
(``comment_previously_approved``, avatars). A registered user's comments carry
their account's address too, so one rule serves both. It also means that the
address a customer writes e-mail from can be typed to link her comments to her
card (``contacts link ID --channel wordpress --handle anna@example.org``), and
that ``contacts suggest`` finds her e-mail identity by the same address. The
address is what the commenter typed, unchecked by WordPress: the app never
links by it on its own, a person does.

A comment without an address (a site that lets people comment without one) is
keyed by the name it gives (``anonymous:name``): the best there is, and unable
to meet anyone's e-mail identity.
"""

from __future__ import annotations

from typing import Final

from socialinbox.core.connector import TextLimit
from socialinbox.core.emails import normalise_email
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import Network, TypedIdentity

WORDPRESS: Final = "wordpress"
# WordPress stores a comment in a TEXT column and refuses one over 65,525 bytes
# (``wp_get_comment_fields_max_lengths``). The reply is sent HTML-escaped, where one
# character takes at most 5 bytes (``&amp;``): 10,000 characters always fit, and a
# comment longer than that is no reply anyone reads under a blog post.
MAX_COMMENT_CHARACTERS: Final = 10_000
# The key of a commenter who gave no e-mail address: this prefix and the name in lower case.
ANONYMOUS_PREFIX: Final = "anonymous:"


def anonymous_key(name: str) -> str:
    """The key of a commenter known only by ``name`` (spaces folded, lower case)."""
    return ANONYMOUS_PREFIX + " ".join(name.split()).lower()


class WordPressIdentities:
    """A commenter's e-mail address in lower case; ``anonymous:name`` without one."""

    def key(self, delivered: str) -> str:
        value = delivered.strip()
        if value.startswith(ANONYMOUS_PREFIX) and value[len(ANONYMOUS_PREFIX) :].strip():
            return anonymous_key(value[len(ANONYMOUS_PREFIX) :])
        address = normalise_email(value)
        if address is None:
            raise InvalidIdentityKey(
                f"a WordPress commenter is known by the e-mail address they comment with, "
                f"not {delivered!r}"
            )
        return address

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        address = normalise_email(text)
        if address is None:
            raise InvalidIdentityKey(
                "a WordPress commenter is linked by the e-mail address they comment with "
                f"(e.g. anna@example.org), not {text.strip()!r}"
            )
        return TypedIdentity(address, address)


WORDPRESS_NETWORK: Final = Network(
    WORDPRESS,
    "WordPress",
    WordPressIdentities(),
    icon="wordpress",
    text_limit=TextLimit(MAX_COMMENT_CHARACTERS, "characters"),
)
