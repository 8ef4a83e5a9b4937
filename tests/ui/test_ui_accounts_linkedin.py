"""Connecting a LinkedIn page from the Accounts dialog, as a new user does: LinkedIn's
approval notice before starting, the browser sign-in (the test plays the browser) against
the LinkedIn test server, and a customer's comment arriving in the inbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid
from ui_helpers import run_until

from socialinbox.channels.oauth_providers import LINKEDIN_KIND
from socialinbox.core.inbox import InboxFilter
from socialinbox.settings import OAUTH_CLIENT_ID_LINKEDIN
from socialinbox.ui.shell.window import MainWindow
from tests.servers.linkedin_server import LinkedInServer


@pytest.fixture
def li() -> Iterator[LinkedInServer]:
    with LinkedInServer() as server:
        yield server


def test_a_linkedin_page_is_connected_from_the_dialog_after_its_approval_notice(
    window: MainWindow, qloop, li: LinkedInServer, browser: list[str]
) -> None:
    context = window.context
    context.machine_settings.set(OAUTH_CLIENT_ID_LINKEDIN, li.client_id)
    context.secrets.app_secret("linkedin").save(li.client_secret)
    li.add_member("maya", "Maya", "Okafor")
    post = li.add_post("Cornbread Fridays are back")
    li.comment("maya", on=post["urn"], text="saving the corner piece for me?")
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData("linkedin"))
    assert LINKEDIN_KIND.notice is not None and form.notice_link is not None
    texts = [label.text() for label in form.form_host.findChildren(QLabel)]
    assert LINKEDIN_KIND.notice.sentence in texts
    assert form.notice_link.toolTip() == LINKEDIN_KIND.notice.link
    assert form.field("base_url").text() == "https://api.linkedin.com"
    assert form.field("setting:organization").text() == ""

    form.field("name").setText("Our page")
    form.field("base_url").setText(li.base_url)
    form.browser_button.click()
    run_until(qloop, lambda: any(a.kind == "linkedin" for a in context.accounts.list_accounts()))
    run_until(qloop, lambda: not isValid(form) or not form.isVisible())
    assert browser[0].startswith(f"{li.base_url}/oauth/v2/authorization?")
    (account,) = [a for a in context.accounts.list_accounts() if a.kind == "linkedin"]
    assert account.settings["organization_urn"] == li.organization["urn"]
    run_until(qloop, lambda: context.accounts.get(account.id).last_sync is not None, timeout=20)
    rows = context.inbox.page(InboxFilter(), limit=10)
    assert any("corner piece" in m.preview for m in rows)
