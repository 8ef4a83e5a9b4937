"""Each account's daily API quota, kept in the database (table ``api_quota``).

Every process spends from the same row (see :mod:`socialinbox.core.api_quota` for the
rules). Reads may run on any thread (the accounts panel reads all accounts' counts in one
query); :meth:`ApiQuotaStore.spend` and :meth:`ApiQuotaStore.exhaust` are writes (call
them through the Writer, as :meth:`ApiQuotaStore.book` does).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core.api_quota import QuotaBook, QuotaUsage, quota_day, spend_or_refuse
from socialinbox.core.writer import Writer
from socialinbox.storage.database import Database
from socialinbox.storage.schema import ApiQuota


class ApiQuotaStore:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def usage(self, account_id: int, budget: int) -> QuotaUsage:
        """The account's count today against ``budget`` (zero on a new day)."""
        with self._db.read() as session:
            row = session.get(ApiQuota, account_id)
            return self._usage_of(row, budget)

    def counted(self, budgets: Mapping[int, int]) -> dict[int, QuotaUsage]:
        """The count as it stands today of each account of ``budgets`` (account id: its
        daily budget) that has ever spent quota (zero after a reset), in one query: the
        accounts of networks without a quota are left out."""
        if not budgets:
            return {}
        with self._db.read() as session:
            rows = session.execute(
                select(ApiQuota).where(ApiQuota.account_id.in_(list(budgets)))
            ).scalars()
            return {row.account_id: self._usage_of(row, budgets[row.account_id]) for row in rows}

    def spend(self, account_id: int, budget: int, cost: int, keep: int, network: str) -> QuotaUsage:
        """Count ``cost`` units (QuotaSpent, counting nothing, when fewer than
        ``cost + keep`` remain). A write."""
        now = self._clock.now()
        with self._db.write() as session:
            row = self._today_row(session, account_id)
            usage = spend_or_refuse(self._usage_of(row, budget), cost, keep, network, now)
            row.day, row.used, row.updated_at = usage.day, usage.used, now
            return usage

    def exhaust(self, account_id: int, budget: int) -> QuotaUsage:
        """Mark today's budget spent (the network said so). A write."""
        now = self._clock.now()
        with self._db.write() as session:
            row = self._today_row(session, account_id)
            usage = self._usage_of(row, budget)
            row.day, row.used, row.updated_at = usage.day, usage.used, now
            row.exhausted_at = now
            return QuotaUsage(usage.day, usage.used, budget, exhausted=True)

    def book(self, account_id: int, budget: int, network: str, writer: Writer) -> QuotaBook:
        """The account's book for its connectors: reads here, writes through ``writer``."""
        return _AccountQuota(self, account_id, budget, network, writer)

    def _today_row(self, session: Session, account_id: int) -> ApiQuota:
        """The account's row, started afresh when it counts an earlier day."""
        now = self._clock.now()
        today = quota_day(now)
        row = session.get(ApiQuota, account_id)
        if row is None:
            row = ApiQuota(account_id=account_id, day=today, used=0, updated_at=now)
            session.add(row)
        elif row.day != today:
            row.day, row.used, row.exhausted_at = today, 0, None
        return row

    def _usage_of(self, row: ApiQuota | None, budget: int) -> QuotaUsage:
        now = self._clock.now()
        if row is None:
            return QuotaUsage(quota_day(now), 0, budget)
        kept = QuotaUsage(row.day, row.used or 0, budget, exhausted=row.exhausted_at is not None)
        return kept.on(now)


class _AccountQuota:
    def __init__(
        self, store: ApiQuotaStore, account_id: int, budget: int, network: str, writer: Writer
    ) -> None:
        self._store = store
        self._account_id = account_id
        self._budget = budget
        self._network = network
        self._writer = writer

    def usage(self) -> QuotaUsage:
        return self._store.usage(self._account_id, self._budget)

    async def spend(self, cost: int, *, keep: int = 0) -> QuotaUsage:
        return await self._writer.run(
            self._store.spend, self._account_id, self._budget, cost, keep, self._network
        )

    async def exhaust(self) -> QuotaUsage:
        return await self._writer.run(self._store.exhaust, self._account_id, self._budget)
