"""Pipelined catch-up: the next page is fetched while the previous one is stored, and a
cursor is still committed only with the messages it covers."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from typing import ClassVar

import pytest

from socialinbox.app import AppContext
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.connector import ConnectorContext, FetchBatch, TextLimit, VerifiedAccount
from socialinbox.core.inbox import InboxFilter
from socialinbox.settings import SYNC_ROUND_DEADLINE_S
from socialinbox.sync.engine import SyncEngine
from tests.conftest import with_engine
from tests.helpers import message

PAGES = 3


class PagedConnector:
    """Three pages of one message each; records when the engine asks for each page. Mode
    "hangs": the third page never comes (a server that stopped answering)."""

    kind: ClassVar[str] = "paged"
    fetch_confirms_previous: ClassVar[bool] = False
    asked: ClassVar[list[int]]
    second_page_asked: ClassVar[threading.Event]
    closed: ClassVar[threading.Event]

    def __init__(self, context: ConnectorContext) -> None:
        self.context = context

    async def verify(self) -> VerifiedAccount:
        return VerifiedAccount("paged")

    def text_limit(self) -> TextLimit:
        return TextLimit(100)

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        now = self.context.clock.now()
        try:
            for page in range(1, PAGES + 1):
                self.asked.append(page)
                if page == 2:
                    self.second_page_asked.set()
                if page == 3 and self.context.account.settings.get("mode") == "hangs":
                    await asyncio.sleep(3600)
                yield FetchBatch((message(f"m{page}", now, text=f"page {page}"),), f"after-{page}")
        finally:
            self.closed.set()


class ConfirmingConnector(PagedConnector):
    """As Telegram: asking for the next page confirms (and makes the network forget) the
    previous one."""

    kind: ClassVar[str] = "confirming"
    fetch_confirms_previous: ClassVar[bool] = True


def factory_for(connector: type[PagedConnector]) -> object:
    class Factory:
        kind: ClassVar[str] = connector.kind
        label: ClassVar[str] = connector.kind
        channels: ClassVar[tuple[str, ...]] = ("mastodon",)
        needs_secret: ClassVar[bool] = False
        secret_label: ClassVar[str] = ""
        setting_fields = ()

        def create(self, context: ConnectorContext) -> PagedConnector:
            return connector(context)

    return Factory()


def fresh(connector: type[PagedConnector]) -> None:
    connector.asked = []
    connector.second_page_asked = threading.Event()
    connector.closed = threading.Event()


def round_with_slow_writer(
    context: AppContext, connector: type[PagedConnector], wait_s: float
) -> tuple[bool, list[object]]:
    """One round whose writer is busy until the connector was asked for page 2 (or
    ``wait_s`` passed): whether page 2 was asked before page 1 could be stored, and the
    round's results."""
    seen: list[bool] = []

    def busy_writer() -> None:
        seen.append(connector.second_page_asked.wait(wait_s))

    async def use(engine: SyncEngine) -> list[object]:
        jam = asyncio.ensure_future(context.writer.run(busy_writer))
        await asyncio.sleep(0)  # the writer thread is now busy with the jam
        results = await engine.run_once()
        await jam
        return list(results)

    results = with_engine(context, use)
    return seen == [True], results


def test_the_next_page_is_fetched_while_the_previous_one_is_stored(context):
    fresh(PagedConnector)
    context.registry.register(factory_for(PagedConnector))
    account = context.writer.call(context.accounts.create, "paged", "Paged")

    asked_before_store, results = round_with_slow_writer(context, PagedConnector, 10)

    assert asked_before_store
    assert results[0].ok and results[0].new == PAGES
    assert context.accounts.cursor(account.id) == f"after-{PAGES}"
    stored = sorted(m.preview for m in context.inbox.page(InboxFilter(), limit=10))
    assert stored == ["page 1", "page 2", "page 3"]


def test_a_connector_whose_next_request_confirms_is_asked_only_after_storing(context):
    fresh(ConfirmingConnector)
    context.registry.register(factory_for(ConfirmingConnector))
    account = context.writer.call(context.accounts.create, "confirming", "Confirming")

    asked_before_store, results = round_with_slow_writer(context, ConfirmingConnector, 0.5)

    assert not asked_before_store
    assert results[0].ok and results[0].new == PAGES
    assert context.accounts.cursor(account.id) == f"after-{PAGES}"


@pytest.mark.parametrize("connector", [PagedConnector, ConfirmingConnector])
def test_a_round_stopped_midway_keeps_each_stored_page_with_its_cursor(context, connector):
    """The round's deadline stops a connector waiting for page 3: pages 1 and 2 are kept
    with the cursor after page 2, nothing more, and the connector is closed."""
    fresh(connector)
    context.registry.register(factory_for(connector))
    account = context.writer.call(
        context.accounts.create, connector.kind, "Stopped", settings={"mode": "hangs"}
    )

    context.machine_settings.set(SYNC_ROUND_DEADLINE_S, 1)

    results = with_engine(context, lambda engine: engine.run_once())

    assert not results[0].ok and "stopped after" in results[0].detail
    assert connector.closed.is_set()
    assert context.accounts.cursor(account.id) == "after-2"
    assert context.inbox.count(InboxFilter()) == 2


class BurstConnector(PagedConnector):
    """Pages of the sizes the account's settings name ("sizes": "250,100,50"), read at
    once (a fast server): they wait together for the writer."""

    kind: ClassVar[str] = "burst"

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        now = self.context.clock.now()
        sizes = [int(n) for n in str(self.context.account.settings["sizes"]).split(",")]
        first = 0
        for page, size in enumerate(sizes, 1):
            page_messages = tuple(
                message(f"m{n}", now, text=f"page {page}") for n in range(first, first + size)
            )
            first += size
            yield FetchBatch(page_messages, f"after-{page}")


@pytest.mark.parametrize(
    ("sizes", "stored_together"),
    [("1,1,1", [3]), ("200,200", [200, 200]), ("250,100,50", [250, 150])],
)
def test_pages_waiting_together_are_stored_as_one_change_up_to_a_limit(
    context, sizes, stored_together
):
    """The writer stores the pages that wait for it in one transaction (one change for the
    window) while they hold at most JOINED_MESSAGES together, with the last one's cursor."""
    fresh(BurstConnector)
    context.registry.register(factory_for(BurstConnector))
    account = context.writer.call(
        context.accounts.create, "burst", "Burst", settings={"sizes": sizes}
    )
    inserted: list[int] = []

    def on_change(change: ChangeSet) -> None:
        if new := change.ids(changes.MESSAGE, changes.INSERTED):
            inserted.append(len(new))

    results = with_engine(context, lambda engine: engine.run_once(), on_change=on_change)

    assert results[0].ok and results[0].new == sum(stored_together)
    assert inserted == stored_together
    assert context.accounts.cursor(account.id) == f"after-{len(sizes.split(','))}"
