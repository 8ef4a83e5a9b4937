"""Who syncs which account now: one process at a time, whichever desks are open.

Fetching an account is long-running work that moves the account's cursor; two desks
doing it side by side would fetch everything twice and race on the cursor. Before a
round fetches, the process takes the account's *sync lease* (a row in
``sync_leases``: the holder ``host:pid``, the desk's user, and until when). Rules for
callers:

- :meth:`SyncLeases.take` succeeds when nobody holds the lease, when this process
  already holds it, when the holder's time has run out, or when the holder is a
  process of this machine that no longer runs (killed, crashed). Otherwise it raises
  :class:`SyncedElsewhere`, naming the holder: the caller skips fetching that account
  this round (sending goes on: the outbox is claimed row by row).
- A holder renews its lease before it runs out (:meth:`renew`) and releases it when
  the round ends (:meth:`release`). A holder that dies stops renewing: its lease
  expires by time, or at once for a process of this machine.
- The same rows and rules serve SQLite and PostgreSQL: each take is one write
  transaction, and the database lets one writer in at a time.
- Takes and releases announce the account as changed, so other desks show who syncs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.outbox_delivery import owner_is_gone
from socialinbox.core.users import Person, name_of
from socialinbox.storage.database import Database
from socialinbox.storage.schema import SyncLease

# Long enough for a slow batch between two renewals, short enough that a desk whose
# holder vanished (another machine switched off) takes over within a minute.
DEFAULT_SYNC_LEASE = timedelta(seconds=60)


@dataclass(frozen=True, slots=True)
class SyncLeaseInfo:
    """Who holds an account's sync lease: ``holder`` is ``host:pid``, ``user`` the desk's person."""

    account_id: int
    holder: str
    user: str
    taken_at: datetime
    until: datetime


class SyncedElsewhere(Exception):
    """Another live process holds the account's sync lease; ``lease`` says who and until when.

    Not a refusal shown to anyone: the sync engine skips fetching that account."""

    def __init__(self, lease: SyncLeaseInfo) -> None:
        super().__init__(
            f"being synced by {lease.user} ({lease.holder}) until {lease.until:%H:%M:%S} UTC"
        )
        self.lease = lease


def _info(row: SyncLease) -> SyncLeaseInfo:
    return SyncLeaseInfo(row.account_id, row.holder, row.user, row.taken_at, row.until)


class SyncLeases:
    """The sync leases of one process (``holder``), taken for the desk's ``user``.

    Every method but :meth:`held_elsewhere` is a write: call through the Writer."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        holder: str,
        user: Person,
        origin: str = "local",
        lease: timedelta = DEFAULT_SYNC_LEASE,
    ) -> None:
        self._db = db
        self._clock = clock
        self.holder = holder
        self._user = user
        self._origin = origin
        self.lease = lease

    def take(self, account_id: int) -> SyncLeaseInfo:
        """This process's lease on ``account_id``; :class:`SyncedElsewhere` if another holds it."""
        now = self._clock.now()
        with self._db.write() as session:
            row = session.get(SyncLease, account_id, with_for_update=True)
            if row is not None and row.holder != self.holder and not self._lapsed(row, now):
                raise SyncedElsewhere(_info(row))
            taken = row is None or row.holder != self.holder
            if row is None:
                row = SyncLease(account_id=account_id)
                session.add(row)
            if taken:
                row.taken_at = now
            row.holder, row.user, row.until = self.holder, name_of(self._user), now + self.lease
            session.flush()
            if taken:
                self._record(session, account_id, now)
            return _info(row)

    def renew(self, account_id: int) -> SyncLeaseInfo:
        """A fresh lease time, before the held one runs out; :class:`SyncedElsewhere` when
        another process took it over meanwhile (this one was too slow): stop fetching."""
        return self.take(account_id)

    def release(self, account_id: int) -> ChangeSet:
        """The round is over: others may sync the account at once. No-op if not held."""
        now = self._clock.now()
        with self._db.write() as session:
            gone = session.execute(
                delete(SyncLease).where(
                    SyncLease.account_id == account_id, SyncLease.holder == self.holder
                )
            )
            if not getattr(gone, "rowcount", 0):
                return changes.EMPTY
            return self._record(session, account_id, now)

    def holder_elsewhere(self, account_id: int) -> SyncLeaseInfo | None:
        """The live lease of another process on ``account_id`` (a read: a desk that waits
        for another asks this before trying :meth:`take`, which writes)."""
        now = self._clock.now()
        with self._db.read() as session:
            row = session.get(SyncLease, account_id)
            if row is None or row.holder == self.holder or self._lapsed(row, now):
                return None
            return _info(row)

    def held_elsewhere(self) -> dict[int, SyncLeaseInfo]:
        """Account id → the live lease of another process (for "being synced by Anna")."""
        now = self._clock.now()
        with self._db.read() as session:
            rows = session.scalars(
                select(SyncLease).where(SyncLease.holder != self.holder, SyncLease.until > now)
            )
            return {row.account_id: _info(row) for row in rows if not owner_is_gone(row.holder)}

    @staticmethod
    def _lapsed(row: SyncLease, now: datetime) -> bool:
        return row.until <= now or owner_is_gone(row.holder)

    def _record(self, session: Session, account_id: int, now: datetime) -> ChangeSet:
        change = ChangeSet.of(changes.ACCOUNT, changes.UPDATED, [account_id])
        changes.record(session, change, now, self._origin)
        return change
