"""One engine for the GUI and the CLI: pure asyncio, no Qt.

It fetches every account's new messages batch by batch, hands each batch to the
writer (stored with its cursor in one transaction) and reports what changed
through a callback; the GUI turns that callback into Qt signals, the CLI ignores
it. One ``httpx.AsyncClient`` is shared by every connector on the running loop.

Time is bounded twice: each request by the connectors' deadline
(``request_deadline``), and each account's round, fetching and sending together, by
``round_deadline``. An account stopped at its bound keeps every batch stored before
(each was committed with its cursor) and is tried again soon; the others go on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx

from socialinbox.channels.registry import ConnectorRegistry
from socialinbox.clock import Clock
from socialinbox.core.accounts import Accounts, config_of
from socialinbox.core.api_quota import budget_of
from socialinbox.core.api_quota_store import ApiQuotaStore
from socialinbox.core.changes import ChangeSet
from socialinbox.core.connector import (
    DEFAULT_REQUEST_DEADLINE,
    AuthenticationError,
    ChannelError,
    Connector,
    ConnectorContext,
    FetchBatch,
    OfflineError,
    RateLimitedError,
    joined,
    may_read_ahead,
)
from socialinbox.core.ingest import Ingest
from socialinbox.core.models import AccountInfo
from socialinbox.core.rate_limit_store import RateLimitStore
from socialinbox.core.response_levels import ResponseLevels
from socialinbox.core.sync_leases import SyncedElsewhere, SyncLeaseInfo, SyncLeases
from socialinbox.core.writer import Writer
from socialinbox.secrets import SECRET_NOT_KEPT, SecretStore
from socialinbox.storage.database import DatabaseProblem
from socialinbox.sync.http_client import new_client
from socialinbox.sync.news import NewsWatchers
from socialinbox.sync.problems import SIGN_IN_REFUSED, offline, rate_limited, sign_in_refused
from socialinbox.sync.sender import Sender, SendResult

log = logging.getLogger(__name__)


class SecretMissing(ChannelError):
    """The account needs a secret that this process does not have (see
    SecretStore.where_missing): nothing was sent."""


ChangeCallback = Callable[[ChangeSet], None]

# How soon a failed account is tried again, doubling up to the account's interval.
RETRY_AFTER_ERROR = timedelta(minutes=1)
# The longest one account's round (fetching and sending) may take.
DEFAULT_ROUND_DEADLINE = timedelta(minutes=5)
# How many fetched batches may wait to be stored while the connector reads on: the
# next pages are fetched while the previous ones are stored, and no further
# (back-pressure).
FETCH_AHEAD = 4
# Batches waiting together are stored in one transaction (core.connector.joined), up to
# this many messages: the checks each transaction makes once (reminders, alerts,
# response levels, ~25 ms) are then paid once for four Mastodon pages, not four times.
# A batch larger than this is stored as it is.
JOINED_MESSAGES = 320

# What happened to an account's sending in a round (the last field of ``sync --once``).
SENDING_NONE = "none"  # nothing was due
SENDING_OK = "ok"  # every due reply was sent
SENDING_FAILED = "failed"  # a reply failed, its fate is unknown, or sending was stopped


@dataclass(frozen=True, slots=True)
class AccountSyncResult:
    """One account's round: the public fields of ``sync --once``.

    ``ok`` is the account's own state (fetching, signing in, a wait the network asked
    for); ``sending`` what happened to its due replies (see the SENDING_ values)."""

    account_id: int
    name: str
    ok: bool
    new: int
    sent: int
    detail: str
    sending: str = SENDING_NONE

    @property
    def sending_failed(self) -> bool:
        return self.sending == SENDING_FAILED

    def as_line(self) -> str:
        status = "ok" if self.ok else "error"
        detail = " ".join(self.detail.split())
        return (
            f"{self.account_id}\t{self.name}\t{status}\t{self.new}\t{self.sent}\t{detail}"
            f"\t{self.sending}"
        )


@dataclass(slots=True)
class _RoundProgress:
    """What an account's round achieved so far: kept when the round is stopped midway."""

    new: int = 0
    set_aside: int = 0
    # What the connector asked to tell the account's owner (FetchBatch.notice).
    notice: str | None = None
    send: SendResult = field(default_factory=lambda: SendResult(0, 0, 0))
    # Another process holds the account's sync lease: it fetches, this one only sends.
    elsewhere: SyncLeaseInfo | None = None


def _cannot_sign_in(detail: str) -> bool:
    """Whether fetching failed for want of credentials, so that sending would too."""
    return detail.startswith((SIGN_IN_REFUSED, SECRET_NOT_KEPT))


def sending_state(result: SendResult) -> str:
    """The SENDING_ value for one account's sending round."""
    if result.failed or result.outcome_unknown or result.problem:
        return SENDING_FAILED
    return SENDING_OK if result.sent else SENDING_NONE


def _sending_detail(result: SendResult) -> str:
    """What went wrong with replies that did not stop the round (those name a problem)."""
    parts = []
    if result.failed:
        parts.append(f"{result.failed} reply(ies) not sent")
    if result.outcome_unknown:
        parts.append(f"{result.outcome_unknown} reply(ies) of unknown fate")
    return f"sending: {', '.join(parts)}; see the outbox" if parts else ""


class SyncEngine:
    def __init__(
        self,
        *,
        accounts: Accounts,
        ingest: Ingest,
        writer: Writer,
        registry: ConnectorRegistry,
        secrets: SecretStore,
        clock: Clock,
        on_change: ChangeCallback | None = None,
        sender: Sender | None = None,
        rate_limits: RateLimitStore | None = None,
        quotas: ApiQuotaStore | None = None,
        levels: ResponseLevels | None = None,
        request_deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
        round_deadline: timedelta = DEFAULT_ROUND_DEADLINE,
        sync_leases: SyncLeases | None = None,
    ) -> None:
        """``rate_limits``: where each account's waits are kept for every process (without
        it, each connector keeps its own for its lifetime); ``quotas`` the same for daily
        API quotas. ``request_deadline`` bounds
        each request of a connector, ``round_deadline`` each account's round. ``levels``:
        settled after each round (level 0 needs time to pass; see core.response_levels).
        ``sync_leases``: an account is fetched by one process at a time, whichever desks
        run (see core.sync_leases); the others only send its replies that round."""
        self._sync_leases = sync_leases
        # Until when this process holds each account's sync lease.
        self._leased: dict[int, datetime] = {}
        self._levels = levels
        self._request_deadline = request_deadline
        self._round_deadline = round_deadline
        self._sender = sender
        self._rate_limits = rate_limits
        self._quotas = quotas
        self._accounts = accounts
        self._ingest = ingest
        self._writer = writer
        self._registry = registry
        self._secrets = secrets
        self._clock = clock
        self._on_change = on_change or (lambda _change: None)
        self._http: httpx.AsyncClient | None = None
        self._running: set[int] = set()
        # Accounts in a send-only round (see send_due).
        self._sending: set[int] = set()

    # -- the shared HTTP client ---------------------------------------------

    async def client(self) -> httpx.AsyncClient:
        """The one client of this event loop, created on first use.

        Creating it runs in a worker thread, not on the event loop; its TLS context is
        built at the first ``https://`` request (see sync.http_client).
        """
        if self._http is None:
            loop = asyncio.get_running_loop()
            client = await loop.run_in_executor(None, new_client)
            if self._http is None:
                self._http = client
            else:
                await client.aclose()
        return self._http

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def connector_for(self, account: AccountInfo) -> Connector:
        """The account's connector. SecretMissing when it needs a secret the keychain does
        not hold: the network is not asked (it would only refuse the sign-in)."""
        factory = self._registry.get(account.kind)
        secret = self._secrets.get(account.uuid) if factory.needs_secret else None
        if factory.needs_secret and secret is None:
            raise SecretMissing(self._secrets.where_missing())
        return factory.create(
            ConnectorContext(
                account=config_of(account),
                secret=secret,
                http=await self.client(),
                clock=self._clock,
                session=self._secrets.slot(account.uuid, "session"),
                rate_limits=(
                    self._rate_limits.book(account.id, self._writer)
                    if self._rate_limits is not None
                    else None
                ),
                request_deadline=self._request_deadline,
                account_secret=self._secrets.account_slot(account.uuid),
                quota=(
                    self._quotas.book(
                        account.id, budget_of(account.settings), factory.label, self._writer
                    )
                    if self._quotas is not None
                    else None
                ),
            )
        )

    # -- one round ------------------------------------------------------------

    async def run_once(self) -> list[AccountSyncResult]:
        """Sync every enabled account once, side by side; one failure stops no other."""
        accounts = [a for a in self._accounts.list_accounts() if a.enabled]
        results = await asyncio.gather(*(self.sync_account(a) for a in accounts))
        await self._settle_levels()
        return list(results)

    async def _settle_levels(self) -> None:
        """After a round: the levels that time settled (no answer after 7 days is level 0)."""
        if self._levels is None:
            return
        finished = False
        while not finished:
            try:
                # A slice at a time: other writes (a reply being sent) get in between.
                change, finished = await self._writer.run(self._levels.catch_up_step)
            except DatabaseProblem as exc:
                log.warning("Response levels could not be settled: %s", exc)
                return
            self._on_change(change)

    async def sync_account(self, account: AccountInfo) -> AccountSyncResult:
        if account.id in self._running:
            return AccountSyncResult(account.id, account.name, True, 0, 0, "already syncing")
        self._running.add(account.id)
        progress = _RoundProgress()
        sending = SENDING_NONE
        try:
            async with asyncio.timeout(self._round_deadline.total_seconds()):
                detail, ok, retry_at = await self._fetch_all(account, progress)
                if self._sender is not None and not _cannot_sign_in(detail):
                    ok, detail, send_retry_at = await self._send_all(account, ok, detail, progress)
                    retry_at = retry_at or send_retry_at
                    sending = sending_state(progress.send)
        except TimeoutError:
            seconds = self._round_deadline.total_seconds()
            log.warning("Account %s: the round was stopped after %g s", account.id, seconds)
            ok, retry_at = False, None
            detail = (
                f"stopped after {seconds:g} s: the server was too slow to finish this round; "
                "what arrived is kept, the rest comes next round"
            )
            sending = sending_state(progress.send)
        finally:
            self._running.discard(account.id)
            await self._release_sync_lease(account.id)
        new, sent = progress.new, progress.send.sent
        if progress.elsewhere is not None:
            # The lease holder fetches and records the account's round, not this process.
            return AccountSyncResult(account.id, account.name, ok, 0, sent, detail, sending)
        now = self._clock.now()
        if ok:
            next_sync = now + timedelta(seconds=account.sync_interval_s)
        else:
            next_sync = retry_at or now + RETRY_AFTER_ERROR
        try:
            change = await self._writer.run(
                self._accounts.record_sync,
                account.id,
                ok=ok,
                error=None if ok else detail,
                next_sync=next_sync,
                notice=progress.notice if ok else None,
            )
        except DatabaseProblem as exc:
            # The round's outcome is still reported (a full disk fails the fetch's
            # writes and this one alike); the account is synced again next time.
            log.warning("The sync of account %s could not be recorded: %s", account.id, exc)
            return AccountSyncResult(
                account.id, account.name, False, new, sent, detail or str(exc), sending
            )
        self._on_change(change)
        return AccountSyncResult(account.id, account.name, ok, new, sent, detail, sending)

    # -- sending without fetching -------------------------------------------------

    async def send_due(self) -> list[AccountSyncResult]:
        """Send what is due without fetching: only the accounts with replies to send.

        For the window after a reply is approved (a full round would fetch every
        account first). Each result has ``new`` 0; an account whose sending failed
        (offline, sign-in refused) is marked failed and synced again soon.
        Safe beside a full round: a reply is claimed by one sender only.
        """
        if self._sender is None:
            return []
        due = set(self._sender.accounts_with_due_items())
        accounts = [
            a
            for a in self._accounts.list_accounts()
            if a.enabled and a.id in due and a.id not in self._sending
        ]
        results = await asyncio.gather(*(self._send_account(a) for a in accounts))
        return list(results)

    async def _send_account(self, account: AccountInfo) -> AccountSyncResult:
        self._sending.add(account.id)
        progress = _RoundProgress()
        try:
            ok, detail, retry_at = await self._send_all(account, True, "", progress)
        finally:
            self._sending.discard(account.id)
        change = await self._writer.run(
            self._accounts.record_send,
            account.id,
            problem=None if ok else detail,
            retry_at=None if ok else retry_at or self._clock.now() + RETRY_AFTER_ERROR,
        )
        self._on_change(change)
        sent, sending = progress.send.sent, sending_state(progress.send)
        return AccountSyncResult(account.id, account.name, ok, 0, sent, detail, sending)

    async def _send_all(
        self, account: AccountInfo, ok: bool, detail: str, progress: _RoundProgress
    ) -> tuple[bool, str, datetime | None]:
        """Send the account's due outbox items after fetching, noting in ``progress`` what
        was sent. Returns (ok, detail, retry_at): a wait the network asked for while
        sending holds the whole account (fetching waits for it too), so it is an error
        of the account, as it will be in the next round."""
        assert self._sender is not None
        try:
            connector = await self.connector_for(account)
            result = await self._sender.drain(account.id, connector)
        except SecretMissing as exc:
            progress.send = SendResult(0, 0, 0, str(exc), account_failed=True)
            return False, "; ".join(p for p in (detail, f"sending: {exc}") if p), None
        except Exception as exc:
            log.exception("Unexpected error while sending for account %s", account.id)
            progress.send = SendResult(0, 0, 0, "unexpected error", account_failed=True)
            return False, f"sending: unexpected error ({type(exc).__name__}); see the log", None
        progress.send = result
        problem = result.problem or _sending_detail(result)
        if problem and (ok or not detail):
            detail = "; ".join(part for part in (detail, problem) if part)
        failed = result.account_failed or result.rate_limited_until is not None
        return ok and not failed, detail, result.rate_limited_until

    async def _fetch_all(
        self, account: AccountInfo, progress: _RoundProgress
    ) -> tuple[str, bool, datetime | None]:
        """Fetch and store every batch, counting in ``progress``. Returns (detail, ok,
        retry_at)."""
        leased: asyncio.Future[bool] | None = None
        try:
            progress.elsewhere = self._holder_elsewhere(account.id)
            if progress.elsewhere is not None:
                return str(SyncedElsewhere(progress.elsewhere)), True, None
            # Only storing needs the lease: it is taken while the first page is on its way.
            leased = asyncio.ensure_future(self._hold_sync_lease(account.id, progress))
            connector = await self.connector_for(account)
            cursor = self._accounts.cursor(account.id)
            ahead = FETCH_AHEAD if may_read_ahead(connector) else 0
            reading = _read_ahead(connector.fetch(cursor), ahead, JOINED_MESSAGES)
            async with contextlib.aclosing(reading) as batches:
                async for batch in batches:
                    if not await leased:
                        break  # another desk syncs the account (took it over): it fetches
                    result = await self._writer.run(self._ingest.store_batch, account.id, batch)
                    progress.new += result.new
                    progress.set_aside += result.set_aside
                    progress.notice = batch.notice or progress.notice
                    if result.changes:
                        self._on_change(result.changes)
                    leased = asyncio.ensure_future(self._hold_sync_lease(account.id, progress))
        except AuthenticationError as exc:
            return sign_in_refused(exc), False, None
        except RateLimitedError as exc:
            return rate_limited(exc.retry_at, exc), False, exc.retry_at
        except OfflineError as exc:
            return offline(exc), False, None
        except ChannelError as exc:
            return str(exc) or type(exc).__name__, False, None
        except DatabaseProblem as exc:  # a full disk: said as it is, not as a bug
            return str(exc), False, None
        except Exception as exc:  # a connector bug must not stop the other accounts
            log.exception("Unexpected error while syncing account %s", account.id)
            return f"unexpected error ({type(exc).__name__}); see the log", False, None
        finally:
            if leased is not None:
                # Known before the round ends, so that a lease taken is released.
                with contextlib.suppress(Exception):
                    await leased
        if progress.elsewhere is not None:
            return str(SyncedElsewhere(progress.elsewhere)), True, None
        set_aside = progress.set_aside
        malformed = f"{set_aside} item(s) set aside as malformed" if set_aside else ""
        return "; ".join(p for p in (malformed, progress.notice) if p), True, None

    # -- the sync lease ------------------------------------------------------------

    def _holder_elsewhere(self, account_id: int) -> SyncLeaseInfo | None:
        """The lease of another live process syncing the account now (a read: while
        another desk syncs, waiting costs no write)."""
        if self._sync_leases is None:
            return None
        return self._sync_leases.holder_elsewhere(account_id)

    async def _hold_sync_lease(self, account_id: int, progress: _RoundProgress) -> bool:
        """Take the account's sync lease, or renew it once half its time has passed.
        False (with ``progress.elsewhere`` set) when another live process holds it."""
        if self._sync_leases is None:
            return True
        until = self._leased.get(account_id)
        if until is not None and self._clock.now() < until - self._sync_leases.lease / 2:
            return True
        try:
            lease = await self._writer.run(self._sync_leases.take, account_id)
        except SyncedElsewhere as exc:
            self._leased.pop(account_id, None)
            progress.elsewhere = exc.lease
            return False
        self._leased[account_id] = lease.until
        return True

    async def _release_sync_lease(self, account_id: int) -> None:
        if self._sync_leases is None or self._leased.pop(account_id, None) is None:
            return
        try:
            self._on_change(await self._writer.run(self._sync_leases.release, account_id))
        except DatabaseProblem as exc:  # the lease then runs out by itself
            log.warning("The sync lease of account %s could not be released: %s", account_id, exc)

    # -- running in the background ----------------------------------------------

    async def run_forever(self, stop: asyncio.Event, *, max_sleep: float = 30.0) -> None:
        """Sync each account when it is due, or at once when its server announces new
        messages (see sync.news), until ``stop`` is set."""
        watchers = NewsWatchers(self._accounts.get, self.connector_for)
        try:
            while not stop.is_set():
                now = self._clock.now()
                enabled = [a for a in self._accounts.list_accounts() if a.enabled]
                watchers.follow(enabled)
                news = watchers.take_news()
                due = [
                    a for a in enabled if a.next_sync is None or a.next_sync <= now or a.id in news
                ]
                if due:
                    await asyncio.gather(*(self.sync_account(a) for a in due))
                    await self._settle_levels()
                sleep = max_sleep
                upcoming = [
                    a.next_sync for a in self._accounts.list_accounts() if a.enabled and a.next_sync
                ]
                if upcoming:
                    sleep = min(max_sleep, max(1.0, (min(upcoming) - now).total_seconds()))
                await watchers.sleep(stop, sleep)
        finally:
            await watchers.aclose()


async def _read_ahead(
    batches: AsyncIterator[FetchBatch], ahead: int, join_up_to: int
) -> AsyncGenerator[FetchBatch, None]:
    """``batches`` in their order, read by a task of its own that runs at most ``ahead``
    batches in front of the caller: the next page is fetched while the caller stores the
    one before, and no further (back-pressure keeps memory bounded). The batches waiting
    when the caller asks are handed over joined (core.connector.joined) while they hold
    at most ``join_up_to`` messages together. ``ahead`` 0: the batches as they come, the
    next asked for only when the caller wants it.

    What was read before a failure is handed over first, then the failure is raised, as
    the plain iterator would. When the caller stops early (an error while storing, the
    round's deadline) and closes this iterator, the reading task is cancelled and
    ``batches`` closed.
    """
    if ahead < 1:
        try:
            async for batch in batches:
                yield batch
        finally:
            await _close(batches)
        return
    queue: asyncio.Queue[FetchBatch | _EndOfBatches] = asyncio.Queue(maxsize=ahead)

    async def read() -> None:
        try:
            async for batch in batches:
                await queue.put(batch)
        except Exception as exc:
            await queue.put(_EndOfBatches(exc))
        else:
            await queue.put(_EndOfBatches(None))
        finally:
            await _close(batches)

    reader = asyncio.create_task(read())
    try:
        following: FetchBatch | _EndOfBatches | None = None
        while not isinstance(
            item := following if following is not None else await queue.get(), _EndOfBatches
        ):
            waiting, following = [item], None
            size = len(item.messages)
            while not queue.empty():
                following = queue.get_nowait()
                if isinstance(following, _EndOfBatches):
                    break
                size += len(following.messages)
                if size > join_up_to:
                    break
                waiting.append(following)
                following = None
            yield joined(waiting)
        if item.problem is not None:
            raise item.problem
    finally:
        if not reader.done():
            reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader


@dataclass(frozen=True, slots=True)
class _EndOfBatches:
    """The reading task's last word: the connector's failure, or None when it ended."""

    problem: Exception | None


async def _close(batches: AsyncIterator[object]) -> None:
    """Close a connector's fetch generator (its ``finally`` blocks run now, on this loop)."""
    aclose = getattr(batches, "aclose", None)
    if aclose is not None:
        await aclose()
