"""Servers that announce new messages (IMAP IDLE) get their account synced at once.

One task per enabled account whose connector implements
:class:`~socialinbox.core.connector.CanWaitForNews`; when its server announces
news the account is marked and the engine's sleep is cut short. A watcher whose
server cannot announce stops (the account is polled at its interval as
before); one that fails tries again after a pause with a fresh connector, so a
re-authenticated account is watched with its new secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterable

from socialinbox.core.accounts import AccountNotFound
from socialinbox.core.connector import CanWaitForNews, ChannelError, Connector, NewsUnavailable
from socialinbox.core.models import AccountInfo

log = logging.getLogger(__name__)

# One wait lasts less than the 29 minutes after which servers may end an IDLE (RFC 2177).
WAIT_S = 25 * 60.0
RETRY_S = 60.0


class NewsWatchers:
    def __init__(
        self,
        load: Callable[[int], AccountInfo],
        connect: Callable[[AccountInfo], Awaitable[Connector]],
        *,
        wait_s: float = WAIT_S,
        retry_s: float = RETRY_S,
    ) -> None:
        self._load = load
        self._connect = connect
        self._wait_s = wait_s
        self._retry_s = retry_s
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._news: set[int] = set()
        self.woken = asyncio.Event()

    def follow(self, accounts: Iterable[AccountInfo]) -> None:
        """Watch these accounts (and no others)."""
        wanted = {a.id for a in accounts}
        for account_id in list(self._tasks):
            if account_id not in wanted:
                self._tasks.pop(account_id).cancel()
        for account_id in wanted - set(self._tasks):
            self._tasks[account_id] = asyncio.create_task(self._watch(account_id))

    def take_news(self) -> set[int]:
        """The accounts whose servers announced news since the last call."""
        news, self._news = self._news, set()
        self.woken.clear()
        return news

    async def sleep(self, stop: asyncio.Event, seconds: float) -> None:
        """Until ``stop`` is set, news arrives, or ``seconds`` pass."""
        waits = {asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self.woken.wait())}
        try:
            await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for wait in waits:
                wait.cancel()

    async def aclose(self) -> None:
        tasks = list(self._tasks.values())
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _watch(self, account_id: int) -> None:
        while True:
            try:
                connector = await self._connect(self._load(account_id))
            except AccountNotFound:
                return
            except ChannelError as exc:  # e.g. no secret kept: the round says so too
                log.warning("Cannot watch account %s for news: %s", account_id, exc)
                return
            except Exception:
                log.exception("Cannot watch account %s for news", account_id)
                return
            if not isinstance(connector, CanWaitForNews):
                return
            try:
                while True:
                    if await connector.wait_for_news(self._wait_s):
                        self._news.add(account_id)
                        self.woken.set()
            except NewsUnavailable:
                return
            except ChannelError as exc:
                log.info("Waiting for news of account %s failed: %s", account_id, exc)
            except Exception:
                log.exception("Waiting for news of account %s failed", account_id)
                return
            finally:
                with contextlib.suppress(Exception):
                    await connector.aclose()
            await asyncio.sleep(self._retry_s)
