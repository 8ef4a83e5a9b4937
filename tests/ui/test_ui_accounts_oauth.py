"""The Accounts dialog for a kind that signs in with its network's OAuth (the probe kind,
signing in with X's OAuth against the X test server): what the network demands is said
before the user starts, and the browser sign-in connects the account with a grant that
renews itself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from shiboken6 import isValid
from ui_helpers import run_until

from socialinbox.channels.oauth_providers import X_KIND
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.core.connector import OAuthApp
from socialinbox.settings import OAUTH_CLIENT_ID_X, OAUTH_CLIENT_IDS
from socialinbox.ui.settings.apps_page import AppsPage
from socialinbox.ui.shell.window import MainWindow
from tests.oauth_probe import PROBE, ProbeFactory
from tests.servers.x_server import XServer


@pytest.fixture
def x() -> Iterator[XServer]:
    with XServer() as server:
        yield server


def test_the_dialog_says_what_the_network_demands_then_signs_in_with_the_browser(
    window: MainWindow, qloop, x: XServer, browser: list[str]
) -> None:
    context = window.context
    context.registry.register(ProbeFactory())
    context.machine_settings.set(OAUTH_CLIENT_ID_X, x.client_id)
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData("mastodon"))
    assert form.notice_link is None  # Mastodon demands nothing of a business
    form.kind.setCurrentIndex(form.kind.findData(PROBE))
    assert X_KIND.notice is not None and form.notice_link is not None
    texts = [label.text() for label in form.form_host.findChildren(QLabel)]
    assert X_KIND.notice.sentence in texts
    assert form.notice_link.isVisibleTo(form) and form.notice_link.toolTip() == X_KIND.notice.link
    assert form.field("base_url").text() == "https://api.x.com"

    form.field("name").setText("Our X")
    form.field("base_url").setText(x.base_url)
    form.browser_button.click()
    run_until(qloop, lambda: any(a.kind == PROBE for a in context.accounts.list_accounts()))
    run_until(qloop, lambda: not isValid(form) or not form.isVisible())
    assert browser[0].startswith(f"{x.base_url}/i/oauth2/authorize?")
    (account,) = [a for a in context.accounts.list_accounts() if a.kind == PROBE]
    assert account.handle == "business" and account.base_url == x.base_url
    secret = context.secrets.get(account.uuid)
    assert secret is not None
    tokens = OAuthTokens.from_secret(secret)
    assert tokens.refresh_token and tokens.expires_at and tokens.client_id == x.client_id
    for path in context.data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert tokens.access_token.encode() not in content, path
            assert tokens.refresh_token.encode() not in content, path


def test_without_this_computers_app_the_dialog_says_where_to_register_one(
    window: MainWindow, qloop, x: XServer, browser: list[str]
) -> None:
    window.context.registry.register(ProbeFactory())
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData(PROBE))
    form.field("name").setText("Our X")
    form.field("base_url").setText(x.base_url)
    form.browser_button.click()
    run_until(qloop, lambda: form.error.isVisible())
    assert "console.x.com" in form.error.text() and "oauth_client_id_x" in form.error.text()
    assert not browser


def test_the_client_ids_are_set_in_the_settings_apps_page(window: MainWindow) -> None:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None
    (apps,) = [page for page in dialog.pages() if isinstance(page, AppsPage)]
    assert set(apps.client_ids) == set(OAUTH_CLIENT_IDS.values())
    apps.client_ids[OAUTH_CLIENT_ID_X].setText("  x-client-id  ")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.context.machine_settings.get(OAUTH_CLIENT_ID_X) == "x-client-id"
    assert window.context.oauth_app("x") == OAuthApp("x-client-id")
    assert window.context.oauth_app("google") is None
