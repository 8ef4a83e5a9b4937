"""The LinkedIn network as the catalogue knows it: label, comment limit, how identities
are written.

Light on purpose (no HTTP, no OAuth): the network catalogue imports it to normalise an
identity without loading the connector.

A member is keyed by the person URN the API gives (``urn:li:person:…``). That id is
issued per app (LinkedIn: "This value is linked to your specific application"), and
LinkedIn lets an app read no other member's profile, so a member's name or profile
address cannot be matched to it: a hand link is made with the URN itself (shown on a
comment's author), nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from socialinbox.core.connector import TextLimit
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import Network, TypedIdentity

LINKEDIN: Final = "linkedin"
# A comment holds at most 1,250 characters (what LinkedIn's page shows and its API
# refuses beyond); the composer checks first, LinkedIn has the last word.
COMMENT_CHARACTERS: Final = 1250
PERSON_URN_PREFIX: Final = "urn:li:person:"
ORGANIZATION_URN_PREFIX: Final = "urn:li:organization:"


def is_member_urn(text: str) -> bool:
    """Whether ``text`` is a person URN with an id (letters, digits, ``-`` and ``_``)."""
    member = text.removeprefix(PERSON_URN_PREFIX)
    return (
        text.startswith(PERSON_URN_PREFIX)
        and bool(member)
        and all(c.isascii() and (c.isalnum() or c in "-_") for c in member)
    )


@dataclass(frozen=True, slots=True)
class LinkedInMembers:
    """Members keyed by their person URN, as delivered and as typed."""

    def key(self, delivered: str) -> str:
        value = (delivered or "").strip()
        if not value:
            raise InvalidIdentityKey("give the member's URN (urn:li:person:…)")
        return value

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        value = (text or "").strip()
        if not is_member_urn(value):
            raise InvalidIdentityKey(
                "LinkedIn tells apps only a member's URN (urn:li:person:…, shown on their "
                f"comments), not their name or profile address: {text!r}"
            )
        return TypedIdentity(value, None)


LINKEDIN_NETWORK: Final = Network(
    LINKEDIN,
    "LinkedIn",
    LinkedInMembers(),
    icon="linkedin",
    text_limit=TextLimit(COMMENT_CHARACTERS, "characters"),
)
