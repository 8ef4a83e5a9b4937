"""The crisis alert in the window: the demo's spike on X as a banner that stays until
someone acknowledges it, its messages one click away, a notification when one is raised."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import fetched, run_until, settle, store

from socialinbox.app import AppContext
from socialinbox.core.alerts import AlertInfo
from socialinbox.core.notify import Notification
from socialinbox.ui.alerts.alert_banner import AlertBanner
from socialinbox.ui.shell.window import MainWindow
from tests.cli_runner import run_cli


def test_the_demo_spike_stays_on_screen_until_someone_acknowledges_it(
    window: MainWindow, context: AppContext, qloop, qtbot: QtBot
) -> None:
    [banner] = window.alerts_ui.banners
    assert banner.isVisibleTo(window)
    assert banner.title.text() == "Unusual activity on X"
    assert banner.body.text().startswith("14 messages since ")
    assert "usually 1 an hour" in banner.body.text()

    # New messages, another page, a sync's changes: the banner stays.
    window.bridge.publish(store(context, fetched("quiet-1", "Is breakfast included?")))
    assert window.open_page("page:outbox")
    settle(window, qloop)
    assert window.alerts_ui.banners == [banner] and banner.isVisibleTo(window)

    qtbot.mouseClick(banner.acknowledge_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: not window.alerts_ui.banners)
    assert not window.alerts_ui.area.isVisibleTo(window)
    assert context.alerts.active() == []
    acknowledged = context.alerts.get(banner.alert.id)
    assert acknowledged is not None and acknowledged.acknowledged_by == context.user


def test_the_spikes_messages_are_one_click_away(
    window: MainWindow, context: AppContext, qloop, qtbot: QtBot
) -> None:
    [banner] = window.alerts_ui.banners
    window.sidebar.select_key("view:needs_reply")
    qtbot.mouseClick(banner.show_button, Qt.MouseButton.LeftButton)
    settle(window, qloop)
    rows = [window.inbox.model.message_at(i) for i in range(window.inbox.model.rowCount())]
    assert len(rows) == 14
    assert {r.channel for r in rows if r is not None} == {"x"}
    assert all(r is not None and r.inbound for r in rows)
    assert window.inbox.list_title.text().startswith("Alert on X since ")
    assert window.sidebar.current_entry() is None
    assert window.inbox.list_view.isVisibleTo(window)

    # Choosing a list of the sidebar leaves the alert's list.
    window.sidebar.select_key("view:all")
    assert window.inbox.current_filter.since is None
    assert window.inbox.list_title.text() == "All messages"


def test_the_keyboard_acknowledges_the_newest_alert(
    window: MainWindow, context: AppContext, qloop
) -> None:
    action = window.actions_table.action("alerts.acknowledge")
    assert action.shortcut().toString() == "Ctrl+Shift+K"
    assert "acknowledge the newest crisis alert" in window.actions_table.help_html()
    action.trigger()
    run_until(qloop, lambda: not window.alerts_ui.banners)
    assert not action.isEnabled()


def test_an_alert_acknowledged_from_the_command_line_disappears(
    window: MainWindow, context: AppContext, qloop
) -> None:
    [banner] = window.alerts_ui.banners
    # Another process (another desk, a script) on the same database.
    acked = run_cli(
        context.data_dir, "--user", "Night manager", "alerts", "ack", str(banner.alert.id)
    )
    assert acked.returncode == 0, acked.stderr
    assert acked.stdout == f"alert {banner.alert.id} acknowledged by Night manager\n"
    # The change-feed poller reads the other process's write.
    run_until(qloop, lambda: not window.alerts_ui.banners, timeout=10)
    assert context.alerts.get(banner.alert.id).acknowledged_by == "Night manager"  # type: ignore[union-attr]


def test_a_raised_alert_is_announced_once_and_grows_in_its_banner(
    window: MainWindow, context: AppContext, qloop, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[Notification] = []
    monkeypatch.setattr(window.notifier, "notify", sent.append)
    now = datetime.now(UTC)

    def telegram(first: int, count: int) -> list:
        return [
            fetched(
                f"tg-{n}",
                "Is the restaurant closed tonight?",
                created_at=now - timedelta(minutes=n),
                key=f"guest-{n}",
                author=f"Guest {n}",
            )
            for n in range(first, first + count)
        ]

    window.bridge.publish(store(context, *telegram(1, 11)))
    run_until(qloop, lambda: len(window.alerts_ui.banners) == 2)
    newest = window.alerts_ui.banners[0]
    assert newest.title.text() == "Unusual activity on Telegram"
    first_count = newest.alert.count
    [notice] = sent
    assert (notice.title, notice.urgency) == ("Unusual activity on Telegram", "warning")
    assert notice.body == newest.body.text()

    window.bridge.publish(store(context, *telegram(20, 3)))
    run_until(qloop, lambda: window.alerts_ui.banners[0].alert.count == first_count + 3)
    assert window.alerts_ui.banners[0] is newest
    assert newest.body.text().startswith(f"{first_count + 3} messages since ")
    assert len(sent) == 1, "an ongoing spike is announced once"

    # A click on the notification shows the alert's messages.
    window.notifier.activated.emit(notice)  # type: ignore[attr-defined]
    settle(window, qloop)
    assert window.inbox.list_title.text().startswith("Alert on Telegram since ")
    assert window.inbox.model.rowCount() == first_count + 3


def test_without_a_tray_the_banner_is_the_notice(window: MainWindow) -> None:
    """Offscreen there is no tray: the alert's own banner is shown, not a second notice."""
    window.notifier.notify(
        Notification("Unusual activity on X", "14 messages", shown_in_window=True)
    )
    assert not window.banner.isVisibleTo(window)
    window.notifier.notify(Notification("Maya Okafor is back", "loves cornbread"))
    assert window.banner.isVisibleTo(window)


def test_a_negative_hour_says_so(qtbot: QtBot) -> None:
    at = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    alert = AlertInfo(7, "x", "negative", at, at, 8, 0.5, 5, None, None)
    banner = AlertBanner(alert)
    qtbot.addWidget(banner)
    assert banner.title.text() == "Many negative messages on X"
    assert banner.body.text().endswith("usually 0.5 an hour at this time. 5 of them negative.")
