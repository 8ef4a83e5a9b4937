"""Facebook and Instagram as the catalogue knows them: labels, reply limits, identities.

Light on purpose (no HTTP, no OAuth): the network catalogue imports it to normalise a
typed identity without loading the connector; the demo's Facebook and Instagram messages
use these declarations too.

A person is keyed by the id Meta gives them for the business's Page (a page-scoped id on
Messenger, an Instagram-scoped id on Instagram; comments carry the same kind of id), which
never changes. On Instagram the user name comes with it as ``@name``; on Facebook a name
only. A hand link is made by user name or profile address (``facebook.com/name``,
``instagram.com/name``), matched without regard to case.

Both networks answer private messages only within Meta's messaging window
(``direct_reply_window``; see :mod:`socialinbox.core.messaging_window`).
"""

from __future__ import annotations

from typing import Final

from socialinbox.core.connector import TextLimit
from socialinbox.core.networks import CaseInsensitiveHandle, Network

FACEBOOK: Final = "facebook"
INSTAGRAM: Final = "instagram"
# Messenger takes a text of up to 2,000 characters (a comment takes more).
FACEBOOK_CHARACTERS: Final = 2000
# Instagram takes a private message of up to 1,000 bytes of UTF-8 (a comment 2,200
# characters): the tighter of the two holds for every reply.
INSTAGRAM_BYTES: Final = 1000

FACEBOOK_NETWORK: Final = Network(
    FACEBOOK,
    "Facebook",
    CaseInsensitiveHandle(("facebook.com",), prefix=""),
    icon="facebook",
    text_limit=TextLimit(FACEBOOK_CHARACTERS, "characters"),
    direct_reply_window=True,
)
INSTAGRAM_NETWORK: Final = Network(
    INSTAGRAM,
    "Instagram",
    CaseInsensitiveHandle(("instagram.com",)),
    icon="instagram",
    text_limit=TextLimit(INSTAGRAM_BYTES, "bytes"),
    direct_reply_window=True,
)
