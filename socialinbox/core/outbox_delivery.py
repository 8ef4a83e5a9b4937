"""The outbox seen by senders: claiming items under a lease and storing each outcome.

Rules for callers (the sender in :mod:`socialinbox.sync.sender`):

- :meth:`OutboxDelivery.claim_next` takes one item by a conditional update
  (``approved``/due ``failed`` → ``sending``, or a ``sending`` item whose lease
  has expired or whose owner process is gone) and stores the attempt *before*
  the caller touches the network. Two processes never hold the same item.
- Within a thread, an item is not claimed while an earlier one (lower id) is
  ``sending``, ``failed`` or ``outcome_unknown``.
- ``sending_since`` is the moment of the first attempt whose fate is not known;
  it is cleared when an attempt is known not to have arrived. A claim with
  ``uncertain=True`` must be checked (look-up, or idempotency within the
  network's window) before it is sent again, never resent blindly.
- The outcome methods act only while this sender holds the lease, except
  :meth:`record_sent`, which a successful send always records.
- A sent reply becomes an outbound message in its thread, stored through
  ingest in the same transaction, which marks the answered message replied.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.connector import AuthorRef, FetchBatch, FetchedMessage, SentReceipt
from socialinbox.core.ingest import Ingest
from socialinbox.core.outbox import (
    BLOCKING_STATES,
    OutboxEvent,
    OutboxState,
    next_state,
)
from socialinbox.core.untrusted import believable_time, repair_optional, repair_text
from socialinbox.storage.database import Database, rows_matched
from socialinbox.storage.schema import Message, OutboxItem

if TYPE_CHECKING:
    from socialinbox.core.outbox_service import OutboxItemView

DEFAULT_LEASE = timedelta(minutes=2)
# The key under which the business's own posts are stored (never a customer identity).
BUSINESS_AUTHOR_KEY = "the-business"
# How many candidates one claim looks at before giving up for this round.
_CANDIDATES = 50


@dataclass(frozen=True, slots=True)
class Claim:
    """An item this sender now holds. ``uncertain``: an earlier attempt may have arrived."""

    item: OutboxItemView
    owner: str
    lease_until: datetime
    uncertain: bool
    in_reply_to: str | None
    thread_remote_id: str | None
    # The subject of the message answered (an e-mail reply says "Re:" to it).
    subject: str | None = None
    # When the customer last wrote in the thread answered (a messaging window opens then).
    customer_wrote_at: datetime | None = None


def owner_is_gone(owner: str | None, host: str | None = None) -> bool:
    """Whether a lease owner ``host:pid`` is a process on this machine that no longer runs.

    Owners on other machines are never judged gone: their leases expire by time.
    """
    if not owner:
        return True
    owner_host, _, pid_text = owner.rpartition(":")
    if owner_host != (host or socket.gethostname()) or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _due(now: datetime) -> ColumnElement[bool]:
    """Items a sender may try now: approved or failed and due, or sending with a lease that
    may have lapsed. Live leases of other machines wait for time; those of this machine
    are checked for a dead owner process when claimed."""
    local_owner = OutboxItem.lease_owner.startswith(f"{socket.gethostname()}:")
    return or_(
        and_(
            OutboxItem.state == OutboxState.APPROVED,
            or_(OutboxItem.next_attempt_at.is_(None), OutboxItem.next_attempt_at <= now),
        ),
        and_(OutboxItem.state == OutboxState.FAILED, OutboxItem.next_attempt_at <= now),
        and_(
            OutboxItem.state == OutboxState.SENDING,
            or_(
                OutboxItem.lease_until.is_(None),
                OutboxItem.lease_until <= now,
                local_owner,
            ),
        ),
    )


class OutboxDelivery:
    """Claims and outcomes. Every method is a write: call through the Writer."""

    def __init__(self, db: Database, clock: Clock, ingest: Ingest, origin: str) -> None:
        self._db = db
        self._clock = clock
        self._ingest = ingest
        self._origin = origin

    # -- claiming ------------------------------------------------------------------

    def claim_next(
        self, account_id: int, *, owner: str | None = None, lease: timedelta = DEFAULT_LEASE
    ) -> Claim | None:
        """Take the next item of ``account_id`` that is due, or None when none is."""
        owner = owner or self._origin
        now = self._clock.now()
        earlier = aliased(OutboxItem)
        # Within a thread, an item waits while an earlier one is unsettled.
        blocked = (
            select(earlier.id)
            .where(
                earlier.thread_key == OutboxItem.thread_key,
                earlier.id < OutboxItem.id,
                earlier.state.in_([s.value for s in BLOCKING_STATES]),
            )
            .exists()
        )
        due = _due(now)
        with self._db.write() as session:
            candidates = session.scalars(
                select(OutboxItem)
                .where(OutboxItem.account_id == account_id, due, ~blocked)
                .order_by(OutboxItem.id)
                .limit(_CANDIDATES)
                .with_for_update()
            ).all()
            for row in candidates:
                if row.state == OutboxState.SENDING and not self._lease_lapsed(row, now):
                    continue
                return self._take(session, row, owner, now + lease, now)
            return None

    def accounts_with_due_items(self) -> list[int]:
        """The accounts that have something a sender could claim now (a read, any thread).

        May name an account whose only candidate is held by a live local lease or
        blocked in its thread: the claim then finds nothing, which is harmless.
        """
        with self._db.read() as session:
            return list(
                session.scalars(
                    select(OutboxItem.account_id)
                    .where(_due(self._clock.now()))
                    .distinct()
                    .order_by(OutboxItem.account_id)
                )
            )

    def _lease_lapsed(self, row: OutboxItem, now: datetime) -> bool:
        return row.lease_until is None or row.lease_until <= now or owner_is_gone(row.lease_owner)

    def _take(
        self, session: Session, row: OutboxItem, owner: str, lease_until: datetime, now: datetime
    ) -> Claim | None:
        # The outbox services (their checks and views) load with the first due reply: a
        # round with nothing to send does not pay for them (issue 16).
        from socialinbox.core.outbox_service import add_event, view_of

        previous_state, previous_owner = row.state, row.lease_owner
        recovering = previous_state == OutboxState.SENDING
        uncertain = row.sending_since is not None
        state = next_state(previous_state, OutboxEvent.CLAIM)
        attempts = row.attempts if recovering else row.attempts + 1
        # The conditional update: only if nobody changed the item since we read it.
        taken = rows_matched(
            session,
            update(OutboxItem)
            .where(
                OutboxItem.id == row.id,
                OutboxItem.state == previous_state,
                OutboxItem.lease_owner.is_(None)
                if previous_owner is None
                else OutboxItem.lease_owner == previous_owner,
            )
            .values(
                state=state,
                lease_owner=owner,
                lease_until=lease_until,
                attempts=attempts,
                sending_since=row.sending_since if uncertain else now,
                updated_at=now,
            )
            .execution_options(synchronize_session=False),
        )
        if taken != 1:
            return None
        if recovering:
            detail = f"taken over from {previous_owner or 'nobody'} after its lease lapsed"
            add_event(session, row.id, now, owner, "recovering", detail)
        else:
            add_event(session, row.id, now, owner, "attempt", f"attempt {attempts}")
        session.refresh(row)
        answered = None
        if row.message_id is not None and row.thread_key is not None:
            answered = session.execute(
                select(Message.remote_id, Message.thread_key, Message.subject).where(
                    Message.id == row.message_id
                )
            ).first()
        customer_wrote_at = None
        if answered is not None:
            customer_wrote_at = session.execute(
                select(func.max(Message.created_at)).where(
                    Message.thread_key == answered.thread_key, Message.inbound
                )
            ).scalar_one_or_none()
        change = ChangeSet.of(changes.OUTBOX, changes.UPDATED, [row.id])
        changes.record(session, change, now, self._origin)
        return Claim(
            item=view_of(row),
            owner=owner,
            lease_until=lease_until,
            uncertain=uncertain,
            in_reply_to=answered.remote_id if answered else None,
            thread_remote_id=answered.thread_key.partition(":")[2] if answered else None,
            subject=answered.subject if answered else None,
            customer_wrote_at=customer_wrote_at,
        )

    def renew(self, claim: Claim, lease: timedelta = DEFAULT_LEASE) -> Claim:
        """A fresh lease before another network call on the same claim."""
        now = self._clock.now()
        with self._db.write() as session:
            session.execute(
                update(OutboxItem)
                .where(
                    OutboxItem.id == claim.item.id,
                    OutboxItem.state == OutboxState.SENDING,
                    OutboxItem.lease_owner == claim.owner,
                )
                .values(lease_until=now + lease)
            )
        return replace(claim, lease_until=now + lease)

    # -- outcomes ---------------------------------------------------------------------

    def record_sent(self, claim: Claim, receipt: SentReceipt, how: str = "sent") -> ChangeSet:
        """The network has the reply: ``sent``, and an outbound message in the thread."""
        from socialinbox.core.outbox_service import add_event

        now = self._clock.now()
        # The network's answer is a stranger's text too: an impossible time is not kept.
        sent_at = receipt.sent_at
        if sent_at is None or not believable_time(sent_at, now):
            sent_at = now
        receipt = replace(
            receipt, remote_id=repair_text(receipt.remote_id), url=repair_optional(receipt.url)
        )
        item = claim.item
        with self._db.write() as session:
            done = rows_matched(
                session,
                update(OutboxItem)
                .where(OutboxItem.id == item.id, OutboxItem.state == OutboxState.SENDING)
                .values(
                    state=next_state(OutboxState.SENDING, OutboxEvent.SUCCEED),
                    remote_id=receipt.remote_id,
                    sent_at=sent_at,
                    last_error=None,
                    lease_owner=None,
                    lease_until=None,
                    next_attempt_at=None,
                    updated_at=now,
                ),
            )
            if done != 1:
                return changes.EMPTY
            add_event(session, item.id, now, claim.owner, how, f"remote id {receipt.remote_id}")
            change = ChangeSet.of(changes.OUTBOX, changes.UPDATED, [item.id])
            outbound = FetchedMessage(
                remote_id=receipt.remote_id,
                channel=item.channel,
                kind="reply",
                # Shown as "You · Anna": the person who wrote the reply.
                author=AuthorRef(item.channel, BUSINESS_AUTHOR_KEY, None, item.author),
                text=item.text,
                created_at=sent_at,
                inbound=False,
                thread_remote_id=claim.thread_remote_id or receipt.remote_id,
                in_reply_to_remote_id=claim.in_reply_to,
                url=receipt.url,
            )
            # Stored through ingest, which also settles the response levels it changes.
            stored = self._ingest.store_in(
                session,
                item.account_id,
                FetchBatch((outbound,), None),
                addressed_to=item.contact_id,
            )
            change |= stored.changes
            changes.record(session, change, now, self._origin)
            return change

    def record_failed(
        self,
        claim: Claim,
        error: str,
        *,
        next_attempt_at: datetime | None,
        uncertain: bool,
    ) -> ChangeSet:
        """``failed``: retried at ``next_attempt_at`` (None: a person must retry).

        ``uncertain`` keeps the item marked as possibly arrived, so the next
        attempt checks before sending.
        """
        values = {
            "last_error": error,
            "next_attempt_at": next_attempt_at,
        }
        if not uncertain and not claim.uncertain:
            # Only when no attempt so far may have arrived: an earlier doubt stays.
            values["sending_since"] = None
        when = f"; next attempt {next_attempt_at:%Y-%m-%d %H:%M:%S} UTC" if next_attempt_at else ""
        return self._finish(claim, OutboxEvent.FAIL, "failed", f"{error}{when}", values)

    def record_outcome_unknown(self, claim: Claim, reason: str) -> ChangeSet:
        """Nobody can tell whether the reply arrived: a person decides."""
        return self._finish(
            claim,
            OutboxEvent.LOSE_TRACK,
            "outcome_unknown",
            reason,
            {"last_error": reason, "next_attempt_at": None},
        )

    def record_not_sent(
        self, claim: Claim, reason: str, *, next_attempt_at: datetime | None = None
    ) -> ChangeSet:
        """This request certainly did not leave (offline, sign-in refused, the network
        cannot take it yet): queued again, due at ``next_attempt_at`` (None: at once).

        An earlier attempt that may have arrived keeps the item uncertain."""
        values: dict[str, object] = {"last_error": reason, "next_attempt_at": next_attempt_at}
        if not claim.uncertain:
            values["sending_since"] = None
        return self._finish(claim, OutboxEvent.NOT_SENT, "not_sent", reason, values)

    def _finish(
        self,
        claim: Claim,
        event: OutboxEvent,
        audit_event: str,
        detail: str,
        values: Mapping[str, object],
    ) -> ChangeSet:
        from socialinbox.core.outbox_service import add_event

        now = self._clock.now()
        with self._db.write() as session:
            done = rows_matched(
                session,
                update(OutboxItem)
                .where(
                    OutboxItem.id == claim.item.id,
                    OutboxItem.state == OutboxState.SENDING,
                    OutboxItem.lease_owner == claim.owner,
                )
                .values(
                    state=next_state(OutboxState.SENDING, event),
                    lease_owner=None,
                    lease_until=None,
                    updated_at=now,
                    **values,
                ),
            )
            if done != 1:
                return changes.EMPTY
            add_event(session, claim.item.id, now, claim.owner, audit_event, detail)
            change = ChangeSet.of(changes.OUTBOX, changes.UPDATED, [claim.item.id])
            changes.record(session, change, now, self._origin)
            return change
