"""Waits a network asked of one account (rate limits, ``Retry-After``), as connectors see them.

Connectors never touch storage: they get one account's :class:`RateLimitBook`
through ``ConnectorContext.rate_limits``. The app hands them a book kept in the
database (:mod:`socialinbox.core.rate_limit_store`), so that every process on
the database (the window, a ``sync --once`` run) waits alike. Rules for callers:

- A wait belongs to an account and a *bucket*: what the network limits apart
  (Bluesky counts sign-ins apart from other requests). :data:`REQUESTS` is the
  bucket of everything else.
- :meth:`RateLimitBook.until` is the moment before which no request of the
  bucket may go; None when requests may go now (a wait that has passed is none).
- :meth:`RateLimitBook.hold` records a wait. When one is already recorded that
  ends later, the later one stays: it is the one that is certainly safe.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from socialinbox.clock import Clock

# The bucket of every request a network does not limit apart.
REQUESTS = "requests"
# Sign-ins, which some networks limit apart (Bluesky: 30 per 5 minutes).
SIGN_IN = "sign-in"


class RateLimitBook(Protocol):
    """One account's waits. ``until`` is cheap (called before every request)."""

    def until(self, bucket: str) -> datetime | None:
        """No request of ``bucket`` before this moment; None when requests may go now."""
        ...

    async def hold(self, bucket: str, until: datetime, reason: str) -> None:
        """Remember that the network asked to wait until ``until`` (``reason``: its words)."""
        ...


class MemoryRateLimitBook:
    """A book that lives as long as its connector: for a connector whose account is not
    stored yet (being verified) or that was given no book."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._until: dict[str, datetime] = {}

    def until(self, bucket: str) -> datetime | None:
        until = self._until.get(bucket)
        return until if until is not None and until > self._clock.now() else None

    async def hold(self, bucket: str, until: datetime, reason: str) -> None:
        self._until[bucket] = max(until, self._until.get(bucket, until))
