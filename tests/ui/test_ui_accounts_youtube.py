"""Connecting YouTube from the Accounts dialog, as a new user does: the notice about the
YouTube Data API before starting, the daily quota's field, the browser sign-in (the test
plays the browser) against the Google test server, the customer's comment arriving in the
inbox, and the accounts panel showing the day's quota — then the pause when Google says it
is used up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid
from ui_helpers import run_until

from socialinbox.channels.oauth_providers import YOUTUBE_KIND
from socialinbox.core.inbox import InboxFilter
from socialinbox.settings import OAUTH_CLIENT_ID_GOOGLE
from socialinbox.ui.shell.window import MainWindow
from tests.servers.google_server import GoogleServer


@pytest.fixture
def google(clock) -> Iterator[GoogleServer]:
    with GoogleServer(now=clock.now) as server:
        yield server


def test_youtube_is_connected_from_the_dialog_and_the_panel_shows_its_quota(
    window: MainWindow, qloop, google: GoogleServer, browser: list[str]
) -> None:
    context = window.context
    context.machine_settings.set(OAUTH_CLIENT_ID_GOOGLE, google.client_id)
    context.secrets.app_secret("google").save(google.client_secret)
    video = google.add_video("Cornbread Sunday")
    google.add_comment(video, "Maya Okafor", "saving the corner piece of cornbread for me?")
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData("youtube"))
    assert YOUTUBE_KIND.notice is not None and form.notice_link is not None
    texts = [label.text() for label in form.form_host.findChildren(QLabel)]
    assert YOUTUBE_KIND.notice.sentence in texts
    assert form.field("base_url").text() == "https://www.googleapis.com"
    assert form.field("setting:quota_budget").text() == "10000"

    form.field("name").setText("Our channel")
    form.field("base_url").setText(google.base_url)
    form.browser_button.click()
    run_until(qloop, lambda: any(a.kind == "youtube" for a in context.accounts.list_accounts()))
    run_until(qloop, lambda: not isValid(form) or not form.isVisible())
    assert browser[0].startswith(f"{google.base_url}/o/oauth2/v2/auth?")
    (account,) = [a for a in context.accounts.list_accounts() if a.kind == "youtube"]
    assert account.settings["channel_id"] == google.channel_id
    run_until(qloop, lambda: context.accounts.get(account.id).last_sync is not None, timeout=20)
    rows = context.inbox.page(InboxFilter(channel="youtube"), limit=10)
    assert any("corner piece" in m.preview for m in rows)

    # The sync counted a page of threads and the video's title; more syncs later…
    assert context.quotas.usage(account.id, 10_000).used == 2
    context.writer.call(context.quotas.spend, account.id, 10_000, 3_138, 0, "YouTube")
    window.refresh_accounts()
    [row] = [t for t in window.accounts_ui.panel.row_texts() if t.startswith("Our channel")]
    assert "quota: 3,140 of 10,000 used" in row

    google.set_youtube_quota(used=google.youtube_quota_limit)
    run_until(qloop, window.sync.sync_now)  # as soon as no round is running
    run_until(qloop, lambda: context.accounts.get(account.id).status == "error", timeout=20)
    window.refresh_accounts()
    panel = window.accounts_ui.panel
    [row] = [t for t in panel.row_texts() if t.startswith("Our channel")]
    # The row words the pause in the window's language with its end, beside the spent
    # quota; the connector's own reason is in the row's tooltip.
    assert "wait until" in row and "quota: 10,000 of 10,000 used" in row
    [tip] = [
        panel.list.item(i).toolTip()
        for i in range(panel.list.count())
        if panel.list.item(i).text().startswith("Our channel")
    ]
    assert "quota is used up" in tip and "midnight Pacific" in tip
