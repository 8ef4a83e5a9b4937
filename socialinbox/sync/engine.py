"""One engine for the GUI and the CLI: pure asyncio, no Qt.

It fetches every account's new messages batch by batch, hands each batch to the
writer (stored with its cursor in one transaction) and reports what changed
through a callback; the GUI turns that callback into Qt signals, the CLI ignores
it. One ``httpx.AsyncClient`` is shared by every connector on the running loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx

from socialinbox.channels.registry import ConnectorRegistry
from socialinbox.clock import Clock
from socialinbox.core.accounts import Accounts, config_of
from socialinbox.core.changes import ChangeSet
from socialinbox.core.connector import (
    AuthenticationError,
    ChannelError,
    Connector,
    ConnectorContext,
    OfflineError,
    RateLimitedError,
)
from socialinbox.core.ingest import Ingest
from socialinbox.core.models import AccountInfo
from socialinbox.core.rate_limit_store import RateLimitStore
from socialinbox.core.writer import Writer
from socialinbox.secrets import SecretStore
from socialinbox.sync.news import NewsWatchers
from socialinbox.sync.sender import Sender

log = logging.getLogger(__name__)

ChangeCallback = Callable[[ChangeSet], None]

# How soon a failed account is tried again, doubling up to the account's interval.
RETRY_AFTER_ERROR = timedelta(minutes=1)
SIGN_IN_REFUSED = "sign-in refused"


@dataclass(frozen=True, slots=True)
class AccountSyncResult:
    """One account's round: the public fields of ``sync --once``."""

    account_id: int
    name: str
    ok: bool
    new: int
    sent: int
    detail: str

    def as_line(self) -> str:
        status = "ok" if self.ok else "error"
        detail = " ".join(self.detail.split())
        return f"{self.account_id}\t{self.name}\t{status}\t{self.new}\t{self.sent}\t{detail}"


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
    ) -> None:
        """``rate_limits``: where each account's waits are kept for every process (without
        it, each connector keeps its own for its lifetime)."""
        self._sender = sender
        self._rate_limits = rate_limits
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

        Creating it builds a TLS context from the CA bundle, tens to hundreds of
        milliseconds of CPU: that runs in a worker thread, not on the event loop.
        """
        if self._http is None:
            loop = asyncio.get_running_loop()
            client = await loop.run_in_executor(None, _new_client)
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
        factory = self._registry.get(account.kind)
        secret = self._secrets.get(account.uuid) if factory.needs_secret else None
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
            )
        )

    # -- one round ------------------------------------------------------------

    async def run_once(self) -> list[AccountSyncResult]:
        """Sync every enabled account once, side by side; one failure stops no other."""
        accounts = [a for a in self._accounts.list_accounts() if a.enabled]
        results = await asyncio.gather(*(self.sync_account(a) for a in accounts))
        return list(results)

    async def sync_account(self, account: AccountInfo) -> AccountSyncResult:
        if account.id in self._running:
            return AccountSyncResult(account.id, account.name, True, 0, 0, "already syncing")
        self._running.add(account.id)
        sent = 0
        try:
            new, detail, ok, retry_at = await self._fetch_all(account)
            if self._sender is not None and not detail.startswith(SIGN_IN_REFUSED):
                sent, ok, detail = await self._send_all(account, ok, detail)
        finally:
            self._running.discard(account.id)
        now = self._clock.now()
        if ok:
            next_sync = now + timedelta(seconds=account.sync_interval_s)
        else:
            next_sync = retry_at or now + RETRY_AFTER_ERROR
        change = await self._writer.run(
            self._accounts.record_sync,
            account.id,
            ok=ok,
            error=None if ok else detail,
            next_sync=next_sync,
        )
        self._on_change(change)
        return AccountSyncResult(account.id, account.name, ok, new, sent, detail)

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
        try:
            sent, ok, detail = await self._send_all(account, True, "")
        finally:
            self._sending.discard(account.id)
        change = await self._writer.run(
            self._accounts.record_send,
            account.id,
            problem=None if ok else detail,
            retry_at=None if ok else self._clock.now() + RETRY_AFTER_ERROR,
        )
        self._on_change(change)
        return AccountSyncResult(account.id, account.name, ok, 0, sent, detail)

    async def _send_all(self, account: AccountInfo, ok: bool, detail: str) -> tuple[int, bool, str]:
        """Send the account's due outbox items after fetching. Returns (sent, ok, detail)."""
        assert self._sender is not None
        try:
            connector = await self.connector_for(account)
            result = await self._sender.drain(account.id, connector)
        except Exception as exc:
            log.exception("Unexpected error while sending for account %s", account.id)
            return 0, False, f"sending: unexpected error ({type(exc).__name__}); see the log"
        if result.problem and (ok or not detail):
            detail = "; ".join(part for part in (detail, result.problem) if part)
        return result.sent, ok and not result.account_failed, detail

    async def _fetch_all(self, account: AccountInfo) -> tuple[int, str, bool, datetime | None]:
        """Fetch and store every batch. Returns (new, detail, ok, retry_at)."""
        new = set_aside = 0
        try:
            connector = await self.connector_for(account)
            cursor = self._accounts.cursor(account.id)
            async for batch in connector.fetch(cursor):
                result = await self._writer.run(self._ingest.store_batch, account.id, batch)
                new += result.new
                set_aside += result.set_aside
                if result.changes:
                    self._on_change(result.changes)
        except AuthenticationError as exc:
            return new, f"{SIGN_IN_REFUSED}, re-authenticate the account: {exc}", False, None
        except RateLimitedError as exc:
            return (
                new,
                f"rate-limited until {exc.retry_at:%H:%M:%S} UTC: {exc}",
                False,
                exc.retry_at,
            )
        except OfflineError as exc:
            return new, f"offline: {exc}", False, None
        except ChannelError as exc:
            return new, str(exc) or type(exc).__name__, False, None
        except Exception as exc:  # a connector bug must not stop the other accounts
            log.exception("Unexpected error while syncing account %s", account.id)
            return new, f"unexpected error ({type(exc).__name__}); see the log", False, None
        detail = f"{set_aside} item(s) set aside as malformed" if set_aside else ""
        return new, detail, True, None

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
                sleep = max_sleep
                upcoming = [
                    a.next_sync for a in self._accounts.list_accounts() if a.enabled and a.next_sync
                ]
                if upcoming:
                    sleep = min(max_sleep, max(1.0, (min(upcoming) - now).total_seconds()))
                await watchers.sleep(stop, sleep)
        finally:
            await watchers.aclose()


def _new_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=httpx.Timeout(30.0, connect=10.0),
        follow_redirects=False,
        headers={"User-Agent": "SocialInbox/0.1 (+desktop app)"},
    )
