"""Connecting a Telegram bot in the window, against the Bot API test server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from ui_helpers import run_until, settle

from socialinbox.core.inbox import InboxFilter
from socialinbox.ui.shell.window import MainWindow
from tests.servers.telegram_server import TelegramBotServer


@pytest.fixture
def server() -> Iterator[TelegramBotServer]:
    with TelegramBotServer() as running:
        yield running


def test_connect_a_telegram_bot_with_its_token_then_a_round_brings_the_message(
    window: MainWindow, qloop, server: TelegramBotServer
) -> None:
    context = window.context
    walter = server.add_user("Walter", "Brooks", "walter_b")
    server.user_writes(walter["id"], "Is the sauna open on Sundays?")
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData("telegram"))
    # The questions, the default server, where a token comes from and how Business connects.
    assert set(form._fields) == {"name", "base_url"}
    assert form.field("base_url").text() == "https://api.telegram.org"
    hints = [label.text() for label in form.findChildren(QLabel)]
    assert any("@BotFather" in h and "Telegram Business" in h and "Chatbots" in h for h in hints)

    form.field("name").setText("Linden House on Telegram")
    form.field("base_url").setText(server.base_url)
    form.secret.setText("7000000001:AAE-not-the-token")
    form.connect_button.click()
    run_until(qloop, lambda: form.error.isVisible(), timeout=10)
    assert "BotFather" in form.error.text() and "not-the-token" not in form.error.text()
    assert [a.kind for a in context.accounts.list_accounts()] == ["demo"]

    form.secret.setText(server.token)
    form.connect_button.click()
    run_until(
        qloop, lambda: any(a.kind == "telegram" for a in context.accounts.list_accounts()), 10
    )
    [account] = [a for a in context.accounts.list_accounts() if a.kind == "telegram"]
    assert account.handle == "@inbox_test_bot"
    assert context.secrets.get(account.uuid) == server.token

    run_until(qloop, lambda: not window.sync.running, 10)  # a round may follow the connect
    qloop.run_until_complete(window.sync.run_round())
    settle(window, qloop)
    rows = context.inbox.page(InboxFilter(channel="telegram"), limit=50)
    assert [(r.preview, r.needs_reply) for r in rows if r.author == "Walter Brooks"] == [
        ("Is the sauna open on Sundays?", True)
    ]
