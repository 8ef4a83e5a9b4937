"""The waits networks asked of each account, kept in the database (table ``rate_limits``).

Every process reads the same rows, so a wait one process learnt holds for all
(see :mod:`socialinbox.core.rate_limits` for the rules). Reads may run on any
thread; :meth:`RateLimitStore.hold` is a write (call it through the Writer, as
:meth:`RateLimitStore.book` does).
"""

from __future__ import annotations

from datetime import datetime

from socialinbox.clock import Clock
from socialinbox.core.rate_limits import RateLimitBook
from socialinbox.core.writer import Writer
from socialinbox.storage.database import Database
from socialinbox.storage.schema import RateLimit

_REASON_MAX = 500


class RateLimitStore:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def until(self, account_id: int, bucket: str) -> datetime | None:
        """When requests of ``bucket`` may resume for the account; None when they may go now."""
        with self._db.read() as session:
            row = session.get(RateLimit, (account_id, bucket))
            until = row.until if row is not None else None
        return until if until is not None and until > self._clock.now() else None

    def hold(self, account_id: int, bucket: str, until: datetime, reason: str) -> None:
        """Record a wait; a recorded one that ends later is kept. A write."""
        now = self._clock.now()
        with self._db.write() as session:
            row = session.get(RateLimit, (account_id, bucket))
            if row is None:
                row = RateLimit(account_id=account_id, bucket=bucket)
                session.add(row)
            elif row.until > now and row.until >= until:
                return
            row.until = until
            row.reason = reason[:_REASON_MAX]
            row.noted_at = now

    def book(self, account_id: int, writer: Writer) -> RateLimitBook:
        """The account's book for its connectors: reads here, writes through ``writer``."""
        return _AccountBook(self, account_id, writer)


class _AccountBook:
    def __init__(self, store: RateLimitStore, account_id: int, writer: Writer) -> None:
        self._store = store
        self._account_id = account_id
        self._writer = writer

    def until(self, bucket: str) -> datetime | None:
        return self._store.until(self._account_id, bucket)

    async def hold(self, bucket: str, until: datetime, reason: str) -> None:
        await self._writer.run(self._store.hold, self._account_id, bucket, until, reason)
