"""Helpers for the GUI tests (importable as ``ui_helpers``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import qasync
from PySide6.QtWidgets import QApplication

from socialinbox.app import DEMO_ACCOUNT_NAME, AppContext, AppOptions
from socialinbox.core.changes import ChangeSet
from socialinbox.core.connector import AuthorRef, FetchBatch, FetchedMessage
from socialinbox.secrets import SecretStore
from socialinbox.ui.shell.theme import apply_theme
from socialinbox.ui.shell.window import MainWindow
from tests.conftest import sync_once


def make_context(data_dir: Path) -> AppContext:
    """A context on ``data_dir`` with the demo account and its first round of messages.

    Secrets go to the keyring the tests installed (the in-memory one of tests/conftest.py).
    """
    context = AppContext(AppOptions(data_dir=data_dir), secrets=SecretStore(keyring.get_keyring()))
    context.writer.call(context.accounts.create, "demo", DEMO_ACCOUNT_NAME)
    sync_once(context)
    return context


# The response practice's suggestions among the reminders (core.practice).
SUGGESTION_KINDS = ("close_loop", "thank_you")


def dismiss_suggestions(context: AppContext) -> None:
    """The demo's close-the-loop and thank-you suggestions, dismissed (for good: each is
    raised once per message), for tests that count the front desk's own reminders."""
    context.writer.call(context.practice.check)
    for reminder in context.reminders.shown():
        if reminder.kind in SUGGESTION_KINDS:
            context.writer.call(context.reminders.dismiss, reminder.id)


def run_until(
    loop: asyncio.AbstractEventLoop, predicate: Callable[[], object], timeout: float = 5.0
) -> None:
    """Run the qasync loop (Qt events and asyncio tasks) until ``predicate()`` holds."""

    async def wait() -> None:
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() > deadline:
                raise AssertionError("timed out waiting for a condition")
            await asyncio.sleep(0.01)

    loop.run_until_complete(wait())


@contextmanager
def shown_window(
    context: AppContext, loop: qasync.QEventLoop, app: QApplication
) -> Iterator[MainWindow]:
    """The main window on ``context``, shown, painted and idle; shut down and closed after."""
    asyncio.set_event_loop(loop)
    window = MainWindow(context, loop=loop, background_sync=False)
    window.show()
    run_until(loop, lambda: window.inbox.list_view._painted and window.background_started)
    settle(window, loop)
    yield window
    loop.run_until_complete(window.shutdown())
    window.close()
    window.deleteLater()
    apply_theme(app, "system")


def settle(window: MainWindow, loop: asyncio.AbstractEventLoop) -> None:
    """Run the loop until the window's tasks (writes, counts) have finished."""
    loop.run_until_complete(window.tasks.wait_idle())
    run_until(loop, lambda: not window.counts.running and window.tasks.pending == 0)


def fetched(
    remote_id: str,
    text: str,
    *,
    created_at: datetime | None = None,
    author: str = "Test Guest",
    key: str = "test-guest",
    channel: str = "telegram",
    url: str | None = None,
) -> FetchedMessage:
    return FetchedMessage(
        remote_id=remote_id,
        channel=channel,
        kind="direct",
        author=AuthorRef(channel, key, handle=key, display_name=author),
        text=text,
        created_at=created_at or datetime.now(UTC),
        url=url,
    )


def store(context: AppContext, *messages: FetchedMessage) -> ChangeSet:
    """Store messages as a sync would (through the writer); the change set they made."""
    account_id = context.accounts.list_accounts()[0].id
    result = context.writer.call(
        context.ingest.store_batch, account_id, FetchBatch(tuple(messages), cursor=None)
    )
    return result.changes


def many(
    count: int, *, start: datetime | None = None, prefix: str = "bulk"
) -> list[FetchedMessage]:
    """``count`` messages a minute apart, going back in time from ``start``."""
    start = start or datetime.now(UTC) - timedelta(days=400)
    return [
        fetched(
            f"{prefix}-{i}",
            f"Bulk message number {i}",
            created_at=start - timedelta(minutes=i),
            author=f"Guest {i}",
            key=f"guest-{i}",
        )
        for i in range(count)
    ]
