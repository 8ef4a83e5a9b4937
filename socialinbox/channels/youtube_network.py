"""The YouTube network as the catalogue knows it: label, reply limit, how identities are
written.

Light on purpose (no HTTP, no OAuth): the network catalogue imports it to normalise a
typed identity without loading the connector.

A person on YouTube is keyed by their channel id (``UC…``), which never changes; the
connector delivers their handle (``@name``, what YouTube shows as the author's name) beside
it. A hand link is made by handle, typed as ``@Name``, ``name`` or a channel address on
youtube.com (``youtube.com/@name``), matched without regard to case (YouTube handles are
unique whatever their case); the identity gets its key with the person's first comment.
"""

from __future__ import annotations

from typing import Final

from socialinbox.core.connector import TextLimit
from socialinbox.core.networks import CaseInsensitiveHandle, Network

YOUTUBE: Final = "youtube"
# A comment holds at most 10,000 characters (YouTube Data API, comments resource:
# snippet.textOriginal).
COMMENT_CHARACTERS: Final = 10_000
CHANNEL_HOSTS: Final = ("youtube.com",)

YOUTUBE_NETWORK: Final = Network(
    YOUTUBE,
    "YouTube",
    CaseInsensitiveHandle(CHANNEL_HOSTS),
    icon="youtube",
    text_limit=TextLimit(COMMENT_CHARACTERS, "characters"),
)
