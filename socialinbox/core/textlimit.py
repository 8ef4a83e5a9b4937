"""Measuring a reply the way its network counts it.

Bluesky counts grapheme clusters (an emoji with skin tone or a flag is one),
X and Mastodon count characters, some networks count UTF-8 bytes.
"""

from __future__ import annotations

import regex

from socialinbox.core.connector import TextLimit
from socialinbox.core.errors import TooLong

_GRAPHEME = regex.compile(r"\X")


def measure(text: str, unit: str) -> int:
    """The length of ``text`` in ``unit`` (characters, graphemes or bytes)."""
    if unit == "graphemes":
        return sum(1 for _ in _GRAPHEME.finditer(text))
    if unit == "bytes":
        return len(text.encode("utf-8"))
    return len(text)


class TextTooLong(TooLong):
    """The reply is longer than the network takes; the message says by how much."""


def check_length(text: str, limit: TextLimit, network: str) -> None:
    """Raise :class:`TextTooLong` when ``text`` is over ``limit``."""
    length = measure(text, limit.unit)
    if length > limit.max_length:
        raise TextTooLong(
            f"the reply is {length} {limit.unit} long; {network} takes at most "
            f"{limit.max_length} {limit.unit} ({length - limit.max_length} too many)",
            code="reply.too_long",
            length=length,
            limit=limit.max_length,
            over=length - limit.max_length,
            unit=limit.unit,
            network=network,
        )
