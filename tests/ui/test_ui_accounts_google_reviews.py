"""Connecting Google reviews from the Accounts dialog, as a new user does: Google's
access-request notice before starting, the browser sign-in (the test plays the browser)
against the Google test server, and a guest's review arriving in the inbox with its stars."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid
from ui_helpers import run_until

from socialinbox.channels.oauth_providers import GOOGLE_REVIEWS_KIND
from socialinbox.core.inbox import InboxFilter
from socialinbox.settings import OAUTH_CLIENT_ID_GOOGLE
from socialinbox.ui.shell.window import MainWindow
from tests.servers.google_server import GoogleServer


@pytest.fixture
def google() -> Iterator[GoogleServer]:
    with GoogleServer() as server:
        yield server


def test_google_reviews_are_connected_from_the_dialog_after_the_access_notice(
    window: MainWindow, qloop, google: GoogleServer, browser: list[str]
) -> None:
    context = window.context
    context.machine_settings.set(OAUTH_CLIENT_ID_GOOGLE, google.client_id)
    context.secrets.app_secret("google").save(google.client_secret)
    place = google.add_location("Hotel Adler")
    google.add_review(place, "Maya Okafor", 5, "Saving the corner piece of cornbread for me?")
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData("google_reviews"))
    assert GOOGLE_REVIEWS_KIND.notice is not None and form.notice_link is not None
    texts = [label.text() for label in form.form_host.findChildren(QLabel)]
    assert GOOGLE_REVIEWS_KIND.notice.sentence in texts
    assert form.field("base_url").text() == "https://mybusiness.googleapis.com"

    form.field("name").setText("Our reviews")
    form.field("base_url").setText(google.base_url)
    form.browser_button.click()
    accounts = context.accounts
    run_until(qloop, lambda: any(a.kind == "google_reviews" for a in accounts.list_accounts()))
    run_until(qloop, lambda: not isValid(form) or not form.isVisible())
    assert browser[0].startswith(f"{google.base_url}/o/oauth2/v2/auth?")
    (account,) = [a for a in accounts.list_accounts() if a.kind == "google_reviews"]
    assert account.handle == "Ada Owner"
    run_until(qloop, lambda: accounts.get(account.id).last_sync is not None, timeout=20)
    [row] = [m for m in context.inbox.page(InboxFilter(), limit=10) if "corner piece" in m.preview]
    assert row.rating == 5 and row.channel == "google_reviews"
