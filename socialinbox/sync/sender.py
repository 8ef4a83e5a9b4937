"""Draining the outbox: pure asyncio, no Qt; the same code for the GUI and ``sync --once``.

For each account the sender claims one item at a time (see
:mod:`socialinbox.core.outbox_delivery`), and only then calls the network.
Rules:

- An attempt whose earlier try may have arrived (``Claim.uncertain``) is first
  checked with the connector's look-up (``find_sent``) when it has one. If it is
  not found (or there is no look-up), it is sent again only if the network
  honours idempotency keys and the first uncertain attempt is younger than the
  network's window, or, on a network without them, if the look-up is certain
  (``sent_lookup_is_certain``). Otherwise it becomes ``outcome_unknown``: never
  resent blindly.
- Whatever its type, an error whose request may have reached the server
  (``ChannelError.may_have_reached_server``, the one notion every connector
  sets the same way) is retried only under the rule above. A transient failure
  whose request certainly did not arrive is retried with exponential backoff
  and full jitter.
- ``RateLimitedError`` waits until its ``retry_at`` and stops this account's round.
- ``AuthenticationError`` and ``OfflineError`` put the item back in the queue
  and stop the account's round; the result names the problem for the account.
- ``ReplyMustWait`` puts only that item back in the queue with the network's
  reason, due again at its ``retry_at``; the round goes on with the others.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.accounts import SENDING_PREFIX
from socialinbox.core.backoff import BackoffPolicy, RandomSource, next_attempt_at
from socialinbox.core.changes import ChangeSet
from socialinbox.core.connector import (
    AuthenticationError,
    CanLookUpSent,
    CanSend,
    ChannelError,
    Connector,
    OfflineError,
    OutgoingReply,
    PermanentError,
    RateLimitedError,
    ReplyMustWait,
    TransientError,
    idempotency_window,
    sent_lookup_is_certain,
)
from socialinbox.core.outbox_delivery import DEFAULT_LEASE, Claim, OutboxDelivery
from socialinbox.core.writer import Writer
from socialinbox.sync.problems import offline, rate_limited, sign_in_refused

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SendResult:
    """One account's sending round. ``problem`` names what stopped it, if anything."""

    sent: int
    failed: int
    outcome_unknown: int
    problem: str | None = None
    # True when the account itself is the problem (sign-in refused, offline).
    account_failed: bool = False
    # Set when the network asked the account to wait (until then nothing is sent).
    rate_limited_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class _Stop:
    """What ends an account's sending round early."""

    problem: str
    retry_at: datetime | None = None


class Sender:
    """Sends due outbox items of one account at a time; one per process, holding leases
    under ``owner``. Reports every stored change through ``on_change``."""

    def __init__(
        self,
        *,
        delivery: OutboxDelivery,
        writer: Writer,
        clock: Clock,
        owner: str,
        backoff: BackoffPolicy | None = None,
        lease: timedelta = DEFAULT_LEASE,
        random_source: RandomSource | None = None,
        on_change: Callable[[ChangeSet], None] | None = None,
    ) -> None:
        self._delivery = delivery
        self._writer = writer
        self._clock = clock
        self._owner = owner
        self._backoff = backoff or BackoffPolicy()
        self._lease = lease
        self._random = random_source or random.random
        self._on_change = on_change or (lambda _change: None)

    def accounts_with_due_items(self) -> list[int]:
        """The accounts with something to send now (a read; see OutboxDelivery)."""
        return self._delivery.accounts_with_due_items()

    async def drain(self, account_id: int, connector: Connector) -> SendResult:
        """Send every due item of one account, one at a time, until none is left or the
        network says stop."""
        sent = failed = unknown = 0
        if not isinstance(connector, CanSend):
            return SendResult(0, 0, 0)
        while True:
            claim = await self._writer.run(
                self._delivery.claim_next, account_id, owner=self._owner, lease=self._lease
            )
            if claim is None:
                return SendResult(sent, failed, unknown)
            self._on_change(_changed(claim))
            outcome, stop = await self._attempt(claim, connector)
            if outcome == "sent":
                sent += 1
            elif outcome == "failed":
                failed += 1
            elif outcome == "outcome_unknown":
                unknown += 1
            if stop is not None:
                return SendResult(
                    sent,
                    failed,
                    unknown,
                    stop.problem,
                    account_failed=outcome in ("auth", "offline"),
                    rate_limited_until=stop.retry_at,
                )

    async def _attempt(self, claim: Claim, connector: CanSend) -> tuple[str, _Stop | None]:
        """Returns (outcome, what stops the round or None)."""
        # Imported with the first due reply (a round with none does not load the outbox
        # services; issue 16).
        from socialinbox.core.outbox_service import SYSTEM_ACTOR

        item = claim.item
        reply = OutgoingReply(
            text=item.text,
            channel=item.channel,
            in_reply_to=claim.in_reply_to,
            thread_remote_id=claim.thread_remote_id,
            recipient=item.recipient,
            subject=claim.subject,
            customer_wrote_at=claim.customer_wrote_at,
            by_person=item.author != SYSTEM_ACTOR,
        )
        window = idempotency_window(connector)
        now = self._clock.now()
        try:
            if claim.uncertain:
                within_window = (
                    window is not None
                    and item.sending_since is not None
                    and now - item.sending_since < window
                )
                if isinstance(connector, CanLookUpSent):
                    found = await connector.find_sent(reply, item.idempotency_key)
                    if found is not None:
                        await self._store(self._delivery.record_sent, claim, found, "found_sent")
                        return "sent", None
                    resend_is_safe = (
                        within_window if window is not None else sent_lookup_is_certain(connector)
                    )
                    if not resend_is_safe:
                        # Not found is no proof where the look-up may lag, and a key
                        # older than the network's window no longer stops a duplicate.
                        await self._store(
                            self._delivery.record_outcome_unknown,
                            claim,
                            "an earlier attempt may have arrived but is not among the "
                            "account's sent items yet: check the conversation, then retry "
                            "or mark it sent",
                        )
                        return "outcome_unknown", None
                    claim = await self._writer.run(self._delivery.renew, claim, self._lease)
                elif (
                    window is None
                    or item.sending_since is None
                    or (now - item.sending_since >= window)
                ):
                    reason = (
                        "an earlier attempt may have arrived and this network cannot tell: "
                        "check the conversation, then retry or mark it sent"
                        if window is None
                        else "an earlier attempt may have arrived and is older than the "
                        f"network's idempotency window ({window}): check before retrying"
                    )
                    await self._store(self._delivery.record_outcome_unknown, claim, reason)
                    return "outcome_unknown", None
            receipt = await connector.send(reply, item.idempotency_key)
        except ChannelError as exc:
            return await self._failed(claim, connector, window, exc)
        except Exception as exc:  # a connector bug: the request may have left
            log.exception("Unexpected error while sending outbox item %s", item.id)
            return await self._uncertain(
                claim, connector, window, f"unexpected error ({type(exc).__name__}); see the log"
            )
        await self._store(self._delivery.record_sent, claim, receipt)
        return "sent", None

    async def _failed(
        self, claim: Claim, connector: CanSend, window: timedelta | None, exc: ChannelError
    ) -> tuple[str, _Stop | None]:
        """Store what the connector's error means for the reply; (outcome, stop or None)."""
        if exc.may_have_reached_server:
            return await self._uncertain(claim, connector, window, str(exc) or "no answer")
        if isinstance(exc, AuthenticationError):
            problem = SENDING_PREFIX + sign_in_refused(exc)
            await self._store(self._delivery.record_not_sent, claim, problem)
            return "auth", _Stop(problem)
        if isinstance(exc, ReplyMustWait):
            await self._store(
                self._delivery.record_not_sent, claim, str(exc), next_attempt_at=exc.retry_at
            )
            return "waiting", None
        if isinstance(exc, OfflineError):
            problem = SENDING_PREFIX + offline(exc)
            await self._store(self._delivery.record_not_sent, claim, problem)
            return "offline", _Stop(problem)
        if isinstance(exc, RateLimitedError):
            error = rate_limited(exc.retry_at, exc)
            await self._store(
                self._delivery.record_failed,
                claim,
                error,
                next_attempt_at=max(exc.retry_at, self._clock.now()),
                uncertain=False,
            )
            return "failed", _Stop(SENDING_PREFIX + error, exc.retry_at)
        # Transient: later, with backoff; permanent or unknown kinds: a person decides.
        retry_at = self._next_attempt(claim) if isinstance(exc, TransientError) else None
        if isinstance(exc, PermanentError):
            error = str(exc) or "the network refused the reply"
        else:
            error = str(exc) or type(exc).__name__
        await self._store(
            self._delivery.record_failed,
            claim,
            error,
            next_attempt_at=retry_at,
            uncertain=False,
        )
        return "failed", None

    async def _uncertain(
        self, claim: Claim, connector: CanSend, window: timedelta | None, error: str
    ) -> tuple[str, _Stop | None]:
        """The request may have arrived: retry only where that is safe to check or repeat."""
        if window is not None or isinstance(connector, CanLookUpSent):
            await self._store(
                self._delivery.record_failed,
                claim,
                f"may not have arrived: {error}",
                next_attempt_at=self._next_attempt(claim),
                uncertain=True,
            )
            return "failed", None
        await self._store(
            self._delivery.record_outcome_unknown,
            claim,
            f"the network did not answer ({error}) and cannot tell whether the reply "
            "arrived: check the conversation, then retry or mark it sent",
        )
        return "outcome_unknown", None

    def _next_attempt(self, claim: Claim) -> datetime | None:
        return next_attempt_at(claim.item.attempts, self._clock.now(), self._backoff, self._random)

    async def _store(self, fn: Callable[..., ChangeSet], *args: object, **kwargs: object) -> None:
        change = await self._writer.run(fn, *args, **kwargs)
        self._on_change(change)


def _changed(claim: Claim) -> ChangeSet:
    return ChangeSet.of(changes.OUTBOX, changes.UPDATED, [claim.item.id])
