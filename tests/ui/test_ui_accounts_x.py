"""Connecting X from the Accounts dialog, as a new user does: X's paid-API notice before
starting, the browser sign-in (the test plays the browser) against the X test server, and
the customer's mention arriving in the inbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid
from ui_helpers import run_until

from socialinbox.channels.oauth_providers import X_KIND
from socialinbox.core.inbox import InboxFilter
from socialinbox.settings import OAUTH_CLIENT_ID_X
from socialinbox.ui.shell.window import MainWindow
from tests.servers.x_server import XServer


@pytest.fixture
def x() -> Iterator[XServer]:
    with XServer() as server:
        yield server


def test_x_is_connected_from_the_dialog_after_its_paid_api_notice(
    window: MainWindow, qloop, x: XServer, browser: list[str]
) -> None:
    context = window.context
    context.machine_settings.set(OAUTH_CLIENT_ID_X, x.client_id)
    x.add_user("maya", "Maya Okafor")
    x.mention("maya", "saving the corner piece of cornbread for me?")
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData("x"))
    assert X_KIND.notice is not None and form.notice_link is not None
    texts = [label.text() for label in form.form_host.findChildren(QLabel)]
    assert X_KIND.notice.sentence in texts
    assert form.field("base_url").text() == "https://api.x.com"

    form.field("name").setText("Our X")
    form.field("base_url").setText(x.base_url)
    form.browser_button.click()
    run_until(qloop, lambda: any(a.kind == "x" for a in context.accounts.list_accounts()))
    run_until(qloop, lambda: not isValid(form) or not form.isVisible())
    assert browser[0].startswith(f"{x.base_url}/i/oauth2/authorize?")
    (account,) = [a for a in context.accounts.list_accounts() if a.kind == "x"]
    assert account.handle == "business"
    run_until(qloop, lambda: context.accounts.get(account.id).last_sync is not None, timeout=20)
    rows = context.inbox.page(InboxFilter(), limit=10)
    assert any("corner piece" in m.preview for m in rows)
