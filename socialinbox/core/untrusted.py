"""What strangers write, made safe to keep: text and times from a network or a file.

Connectors hand over what a sender wrote; some of it is valid JSON or MIME but no
valid text or time. These rules are applied where such values enter the database
(``core.ingest`` for every connector) and by parsers that must read a value first:

- :func:`repair_text`: a lone surrogate (``"\\ud800"``: a valid JSON escape, no
  character) or a NUL (refused by PostgreSQL) becomes U+FFFD, so that the
  customer's message still arrives and can be stored and printed.
- :func:`believable_time`: a time the sender gave is believed only from
  :data:`FIRST_BELIEVABLE` (the Unix epoch: no message is older, and a broken
  client's zero lands there) to :data:`FUTURE_SLACK` after its arrival; otherwise
  the message is dated by its arrival.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from socialinbox.storage.types import is_storable

REPLACEMENT = "\ufffd"
# A clock a little ahead is normal; a message from next week is not.
FUTURE_SLACK = timedelta(days=1)
FIRST_BELIEVABLE = datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC)
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def repair_text(text: str) -> str:
    """``text`` with every lone surrogate and NUL replaced by U+FFFD (else unchanged)."""
    return _UNSTORABLE.sub(REPLACEMENT, text) if _UNSTORABLE.search(text) else text


def repair_optional(text: str | None) -> str | None:
    return None if text is None else repair_text(text)


def repair_json(value: object) -> object:
    """A decoded JSON value with :func:`repair_text` applied to every string in it
    (object keys too); other values are returned as they are."""
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, list):
        return [repair_json(item) for item in value]
    if isinstance(value, Mapping):
        return {repair_json(key): repair_json(item) for key, item in value.items()}
    return value


def believable_time(moment: datetime, arrival: datetime) -> bool:
    """Whether a time a sender gave can date its message: aware, kept by the database,
    from :data:`FIRST_BELIEVABLE` on and not more than :data:`FUTURE_SLACK` after
    ``arrival``."""
    if moment.tzinfo is None or not is_storable(moment):
        return False
    return moment >= FIRST_BELIEVABLE and moment - arrival <= FUTURE_SLACK
