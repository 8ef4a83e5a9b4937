"""The engine's news watchers (sync.news): a server that announces news gets its account
synced at once; one that cannot is left to the interval; a failing one is tried again."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from socialinbox.core.connector import NewsUnavailable, TransientError
from socialinbox.core.models import AccountInfo
from socialinbox.sync.news import NewsWatchers


def account(account_id: int) -> AccountInfo:
    return AccountInfo(
        id=account_id, uuid=f"u{account_id}", kind="email", name=f"A{account_id}",
        base_url=None, handle=None, settings={}, enabled=True, status="ok", last_error=None,
        last_sync=None, next_sync=None, sync_interval_s=300,
        connected_at=datetime(2026, 1, 1, tzinfo=UTC),
    )  # fmt: skip


class Announcing:
    """Announces news once per item in ``script``: True news, an exception is raised."""

    def __init__(self, script: list[object]) -> None:
        self.script = script
        self.calls = 0
        self.closed = 0

    async def wait_for_news(self, timeout: float) -> bool:
        self.calls += 1
        if not self.script:
            await asyncio.sleep(timeout)
            return False
        step = self.script.pop(0)
        if isinstance(step, BaseException):
            raise step
        return bool(step)

    async def aclose(self) -> None:
        self.closed += 1


class Polled:
    """A connector without wait_for_news (like the demo connector)."""


def test_news_wakes_the_sleeper_and_names_the_account():
    connectors = {1: Announcing([True]), 2: Polled()}

    async def connect(info: AccountInfo):
        return connectors[info.id]

    async def scenario() -> tuple[set[int], float]:
        watchers = NewsWatchers(lambda i: account(i), connect, wait_s=30, retry_s=0.01)
        loop = asyncio.get_running_loop()
        watchers.follow([account(1), account(2)])
        started = loop.time()
        await watchers.sleep(asyncio.Event(), 30)
        waited = loop.time() - started
        news = watchers.take_news()
        await watchers.aclose()
        return news, waited

    news, waited = asyncio.run(scenario())
    assert news == {1} and waited < 5
    assert connectors[1].closed == 1


def test_a_server_without_push_is_left_alone_and_a_failing_one_is_retried():
    without = Announcing([NewsUnavailable("no IDLE")])
    failing = Announcing([TransientError("dropped"), True])
    connectors = {1: without, 2: failing}

    async def connect(info: AccountInfo):
        return connectors[info.id]

    async def scenario() -> set[int]:
        watchers = NewsWatchers(lambda i: account(i), connect, wait_s=30, retry_s=0.01)
        watchers.follow([account(1), account(2)])
        await watchers.sleep(asyncio.Event(), 5)
        news = watchers.take_news()
        await asyncio.sleep(0.05)
        await watchers.aclose()
        return news

    assert asyncio.run(scenario()) == {2}
    assert without.calls == 1 and failing.calls >= 2


def test_a_stop_ends_the_sleep_and_accounts_no_longer_followed_are_dropped():
    watched = Announcing([])

    async def connect(info: AccountInfo):
        return watched

    async def scenario() -> float:
        watchers = NewsWatchers(lambda i: account(i), connect, wait_s=30, retry_s=0.01)
        watchers.follow([account(1)])
        await asyncio.sleep(0.05)
        watchers.follow([])  # the account was disabled or removed
        await asyncio.sleep(0.05)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        loop.call_later(0.1, stop.set)
        started = loop.time()
        await watchers.sleep(stop, 30)
        await watchers.aclose()
        return loop.time() - started

    assert asyncio.run(scenario()) < 5
    assert watched.closed == 1
