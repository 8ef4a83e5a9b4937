"""The status bar: counts, sync progress and per-account results, shown literally."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from socialinbox.core.inbox import InboxFilter
from socialinbox.core.models import AccountInfo
from socialinbox.sync.engine import AccountSyncResult
from socialinbox.ui.runtime.counts import InboxCounts
from socialinbox.ui.shell.status import CountsLabel, SyncStatus

NOW = datetime(2026, 11, 25, 9, 14, tzinfo=UTC)


def account(account_id: int, name: str, **changes: object) -> AccountInfo:
    base = AccountInfo(
        id=account_id,
        uuid=f"uuid-{account_id}",
        kind="demo",
        name=name,
        base_url=None,
        handle=None,
        settings={},
        enabled=True,
        status="ok",
        last_error=None,
        last_sync=NOW,
        next_sync=None,
        sync_interval_s=300,
        connected_at=NOW,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_counts_read_naturally(qtbot: QtBot) -> None:
    label = CountsLabel()
    qtbot.addWidget(label)
    label.set_counts(InboxCounts(InboxFilter(), 1, 1, 0, ()), searching=False)
    assert label.text() == "1 message  ·  1 unread  ·  0 waiting for a reply"
    label.set_counts(InboxCounts(InboxFilter(search="x"), 12, 3, 2, ()), searching=True)
    assert label.text().startswith("12 results")


def test_progress_while_syncing_then_results_per_account(qtbot: QtBot) -> None:
    status = SyncStatus()
    qtbot.addWidget(status)
    status.set_accounts([account(1, "Front desk")])
    assert "Front desk: synced" in status.label.text()
    status.round_started()
    assert status.progress.isVisibleTo(status)
    assert status.label.text() == "Syncing…"
    status.progressed(3)
    assert status.label.text() == "Syncing… 3 new messages"
    status.round_finished([AccountSyncResult(1, "Front desk", True, 3, 0, "")])
    assert not status.progress.isVisibleTo(status)
    assert status.label.text().endswith(", 3 new")
    assert "Front desk: synced" in status.toolTip()


def test_errors_from_the_network_are_shown_literally(qtbot: QtBot) -> None:
    status = SyncStatus()
    qtbot.addWidget(status)
    hostile = "server said <b>nope</b> <img src=x>"
    status.set_accounts(
        [account(1, "Shop", status="error", last_error=hostile), account(2, "Hotel")]
    )
    # Worded by its kind; the network's own words go to the tooltip, as plain text.
    assert status.label.text() == "Shop: The network refused the request"
    assert status.label.textFormat().name == "PlainText"
    tip = status.toolTip()
    assert "&lt;b&gt;nope&lt;/b&gt;" in tip and "<b>" not in tip
    status.set_accounts(
        [
            account(1, "Shop", status="error", last_error="offline"),
            account(2, "Hotel", status="error", last_error="offline"),
        ]
    )
    assert status.label.text() == "2 accounts failed"
