"""The sync engine: every account gets its round, whatever the others do."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import ClassVar

from socialinbox.core import changes
from socialinbox.core.connector import (
    AuthenticationError,
    ConnectorContext,
    FetchBatch,
    MalformedItem,
    RateLimitedError,
    TextLimit,
    VerifiedAccount,
)
from socialinbox.core.inbox import InboxFilter
from tests.conftest import sync_once, with_engine
from tests.helpers import message


class ScriptedConnector:
    """A connector whose behaviour each test scripts (the engine is under test, not a network)."""

    kind: ClassVar[str] = "scripted"

    def __init__(self, context: ConnectorContext) -> None:
        self.context = context

    async def verify(self) -> VerifiedAccount:
        return VerifiedAccount("scripted")

    def text_limit(self) -> TextLimit:
        return TextLimit(100)

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        mode = self.context.account.settings["mode"]
        now = self.context.clock.now()
        if mode == "auth":
            raise AuthenticationError("token revoked")
        yield FetchBatch(
            (message(f"{mode}-1", now, text="first batch"),),
            "after-1",
            (MalformedItem("junk", "not JSON", "{"),),
        )
        if mode == "rate":
            raise RateLimitedError("429", now + timedelta(minutes=7))
        if mode == "crash":
            raise KeyError("bug in a connector")
        yield FetchBatch((message(f"{mode}-2", now, text="second batch"),), "after-2")


class ScriptedFactory:
    kind: ClassVar[str] = "scripted"
    label: ClassVar[str] = "Scripted"
    channels: ClassVar[tuple[str, ...]] = ("mastodon",)
    needs_secret: ClassVar[bool] = False
    secret_label: ClassVar[str] = ""
    setting_fields = ()

    def create(self, context: ConnectorContext) -> ScriptedConnector:
        return ScriptedConnector(context)


def test_failures_are_reported_per_account_and_stored_batches_stay(context, clock):
    context.registry.register(ScriptedFactory())
    ids = {
        mode: context.writer.call(
            context.accounts.create, "scripted", mode, settings={"mode": mode}
        ).id
        for mode in ("fine", "auth", "rate", "crash")
    }
    seen: list[changes.ChangeSet] = []

    ran = with_engine(context, lambda engine: engine.run_once(), on_change=seen.append)
    results = {r.name: r for r in ran}
    assert results["fine"].ok and results["fine"].new == 2
    assert "1 item(s) set aside" in results["fine"].detail
    assert not results["auth"].ok and "re-authenticate" in results["auth"].detail
    assert not results["rate"].ok and "rate-limited" in results["rate"].detail
    assert not results["crash"].ok and "unexpected error" in results["crash"].detail
    # The batch before a failure is kept, with its cursor.
    assert context.accounts.cursor(ids["rate"]) == "after-1"
    assert context.accounts.cursor(ids["fine"]) == "after-2"
    rate = context.accounts.get(ids["rate"])
    assert rate.status == "error" and rate.next_sync == clock.now() + timedelta(minutes=7)
    assert any(c.touches(changes.MESSAGE) for c in seen)
    assert context.inbox.count(InboxFilter()) == 4


def test_the_demo_second_round_brings_the_cornbread_guest_back(demo_context, clock):
    before = {r.id for r in demo_context.inbox.page(InboxFilter(search="cornbread"), limit=100)}
    clock.advance(timedelta(minutes=10))
    sync_once(demo_context)
    newest = demo_context.inbox.page(InboxFilter(channel="x"), limit=1)[0]
    assert newest.author_name == "Maya Okafor" and newest.id not in before
    older = [
        r
        for r in demo_context.inbox.page(InboxFilter(channel="x"), limit=100)
        if r.author_name == "Maya Okafor" and r.id != newest.id
    ]
    assert older and min(r.created_at for r in older) < clock.now() - timedelta(days=120)
    assert (
        demo_context.inbox.get(newest.id).contact_id
        == demo_context.inbox.get(older[0].id).contact_id
    )
