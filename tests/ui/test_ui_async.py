"""Async code of the GUI, driven by a qasync loop with run_until_complete."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import keyring
import pytest
import qasync
from PySide6.QtWidgets import QApplication
from ui_helpers import fetched, run_until, store

from socialinbox.app import AppContext, AppOptions
from socialinbox.channels.demo import load_demo_data
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.inbox import InboxFilter
from socialinbox.secrets import SecretStore
from socialinbox.ui.runtime.bridge import ChangeBridge
from socialinbox.ui.runtime.counts import CountsRefresher, InboxCounts
from socialinbox.ui.runtime.tasks import BackgroundTasks
from socialinbox.ui.shell.window import MainWindow


@pytest.fixture
def demo_mode(qapp: QApplication) -> Iterator[AppContext]:
    """A context as ``socialinbox --demo`` makes it: a throwaway database, no account yet."""
    context = AppContext(AppOptions(demo=True), secrets=SecretStore(keyring.get_keyring()))
    yield context
    context.close()


def test_demo_mode_seeds_and_syncs_after_the_first_paint(
    demo_mode: AppContext, qloop: qasync.QEventLoop
) -> None:
    window = MainWindow(demo_mode, loop=qloop, background_sync=False)
    try:
        assert "Demo data" in window.windowTitle()
        assert window.demo_badge.text() == "Demo data"
        assert window.inbox.model.rowCount() == 0  # nothing before the first paint
        window.show()
        run_until(qloop, lambda: window.sync.running)
        assert window.inbox.list_view.placeholder_text() == "Fetching the demo messages…"
        run_until(qloop, lambda: not window.sync.running and window.inbox.model.rowCount() > 50)
        assert len(demo_mode.accounts.list_accounts()) == 1
        assert window.inbox.list_view.placeholder_text() == ""
        bundled = len(load_demo_data()["messages"])
        assert f"{bundled} new" in window.sync_status.label.text()

        # F5's round: the scripted second batch, where the cornbread guest writes again.
        results = qloop.run_until_complete(window.sync.run_round())
        assert [r.ok for r in results] == [True]
        assert results[0].new > 0
        top_authors = [window.inbox.model.message_at(i).author for i in range(8)]  # type: ignore[union-attr]
        assert "Maya Okafor" in top_authors
    finally:
        qloop.run_until_complete(window.shutdown())
        window.close()
        window.deleteLater()


def test_bridge_delivers_on_the_ui_thread(qloop: qasync.QEventLoop) -> None:
    bridge = ChangeBridge()
    seen: list[tuple[ChangeSet, int]] = []
    bridge.changes_arrived.connect(lambda change: seen.append((change, threading.get_ident())))
    change = ChangeSet.of(changes.MESSAGE, changes.INSERTED, [1, 2])

    async def from_a_worker() -> None:
        worker = threading.Thread(target=bridge.publish, args=(change,))
        worker.start()
        worker.join()
        bridge.publish(ChangeSet())  # empty change sets are not announced
        while not seen:
            await asyncio.sleep(0.01)

    qloop.run_until_complete(from_a_worker())
    assert seen == [(change, threading.get_ident())]


def test_background_task_errors_are_reported(
    qloop: qasync.QEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[tuple[str, BaseException]] = []
    tasks = BackgroundTasks(qloop, on_error=lambda name, error: errors.append((name, error)))

    async def fails() -> None:
        raise ValueError("boom")

    tasks.spawn(fails(), "failing")
    qloop.run_until_complete(tasks.wait_idle())
    assert [(n, str(e)) for n, e in errors] == [("failing", "boom")]
    assert "failing" in caplog.text
    assert tasks.pending == 0


def test_counts_are_computed_off_the_ui_thread(
    context: AppContext, qloop: qasync.QEventLoop
) -> None:
    tasks = BackgroundTasks(qloop)
    refresher = CountsRefresher(context.inbox, tasks, lambda: ["x", "email", "guest"], delay_ms=0)
    received: list[InboxCounts] = []
    refresher.counts_computed.connect(received.append)
    ui_thread = threading.get_ident()
    threads: list[int] = []
    original = context.inbox.count

    def counting(flt: InboxFilter) -> int:
        threads.append(threading.get_ident())
        return original(flt)

    context.inbox.count = counting  # type: ignore[method-assign]
    # A burst of requests makes one count (or two, never one per request).
    for _ in range(5):
        refresher.request(InboxFilter("unread"))
    run_until(qloop, lambda: received and not refresher.running)
    assert 1 <= len(received) <= 2
    counts = received[-1]
    assert counts.unread == original(InboxFilter("unread"))
    assert counts.shown == counts.unread
    assert counts.channels == ("x", "email")
    assert counts.unread_by_channel["x"] == original(InboxFilter("unread", channel="x"))
    assert threads and ui_thread not in threads
    # New messages change the counts on the next request.
    store(context, fetched("count-1", "One more"))
    refresher.request(InboxFilter("unread"))
    run_until(qloop, lambda: received[-1].unread == counts.unread + 1 and not refresher.running)
