"""Connecting a Bluesky account in the window, against the Bluesky test server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from ui_helpers import run_until, settle

from socialinbox.core.inbox import InboxFilter
from socialinbox.ui.shell.window import MainWindow
from tests.servers.bluesky_server import BlueskyServer

SHOP = "shop.bsky.test"
ALICE = "alice.bsky.test"


@pytest.fixture
def server() -> Iterator[BlueskyServer]:
    with BlueskyServer() as running:
        running.add_user(ALICE, "Alice Martin")
        yield running


def test_connect_bluesky_with_an_app_password_then_a_round_brings_the_mention(
    window: MainWindow, qloop, server: BlueskyServer
) -> None:
    context = window.context
    server.post(ALICE, "Table for four tonight, @shop.bsky.test?", mentions=[SHOP])
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData("bluesky"))
    # The questions, the default server and where to get an app password.
    assert set(form._fields) == {"name", "base_url", "handle"}
    assert form.field("base_url").text() == "https://bsky.social"
    hints = [label.text() for label in form.findChildren(QLabel)]
    assert any("App passwords" in h and "main password" in h for h in hints)

    form.field("name").setText("Shop on Bluesky")
    form.field("base_url").setText(server.entryway_url)
    form.field("handle").setText(SHOP)
    form.secret.setText("abcd-wrong-pass-word")
    form.connect_button.click()
    run_until(qloop, lambda: form.error.isVisible(), timeout=10)
    assert "app password" in form.error.text() and "wrong-pass" not in form.error.text()
    assert [a.kind for a in context.accounts.list_accounts()] == ["demo"]

    form.secret.setText(server.business_password)
    form.connect_button.click()
    run_until(qloop, lambda: any(a.kind == "bluesky" for a in context.accounts.list_accounts()), 10)
    [account] = [a for a in context.accounts.list_accounts() if a.kind == "bluesky"]
    assert account.handle == SHOP and account.settings["did"] == server.business_did
    assert context.secrets.get(account.uuid) == server.business_password

    run_until(qloop, lambda: not window.sync.running, 10)  # a round may follow the connect
    qloop.run_until_complete(window.sync.run_round())
    settle(window, qloop)
    rows = context.inbox.page(InboxFilter(channel="bluesky"), limit=50)
    assert [(r.preview, r.needs_reply) for r in rows if r.author == "Alice Martin"] == [
        ("Table for four tonight, @shop.bsky.test?", True)
    ]
    # The round used the session made when connecting: one sign-in after the refused one.
    assert server.login_count == 2
