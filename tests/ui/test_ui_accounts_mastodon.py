"""Connecting Mastodon from the Accounts dialog with the browser sign-in, against the test server.

The browser is replaced by an HTTP client that follows the server's redirect to
the app's loopback address, as a person clicking "Authorize" would.
"""

from __future__ import annotations

from shiboken6 import isValid
from ui_helpers import run_until, settle

from socialinbox.ui.shell.window import MainWindow
from tests.servers.fixtures import mastodon_server  # noqa: F401
from tests.servers.mastodon_server import MastodonServer


def test_signing_in_with_the_browser_connects_and_fetches_mentions(
    window: MainWindow,
    qloop,
    mastodon_server: MastodonServer,  # noqa: F811 - the fixture imported above
    browser: list[str],
) -> None:
    context = window.context
    mastodon_server.add_account("maya", display_name="Maya Okafor")
    mastodon_server.post(
        "maya", "<p>@business do you still serve the cornbread?</p>", mentions=["business"]
    )
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData("mastodon"))
    form.field("name").setText("Front desk")
    form.field("base_url").setText(mastodon_server.base_url)
    assert form.browser_button.isVisibleTo(form)
    form.browser_button.click()

    run_until(qloop, lambda: len(context.accounts.list_accounts()) == 2, timeout=15)
    run_until(qloop, lambda: not isValid(form) or not form.isVisible())
    assert browser and browser[0].startswith(f"{mastodon_server.base_url}/oauth/authorize?")
    account = context.accounts.list_accounts()[1]
    assert account.kind == "mastodon" and account.name == "Front desk"
    assert account.handle == "business@social.test"
    token = context.secrets.get(account.uuid)
    assert token and token != mastodon_server.token  # a token of its own, from the sign-in
    auth = mastodon_server.authorizations[-1]
    assert auth.code_challenge_method == "S256" and auth.state

    # Connecting starts a sync: the mention arrives in the inbox.
    def mention_listed() -> bool:
        rows = (window.inbox.model.message_at(i) for i in range(window.inbox.model.rowCount()))
        return any(
            row is not None and row.channel == "mastodon" and "cornbread" in row.preview
            for row in rows
        )

    run_until(qloop, mention_listed, timeout=15)
    settle(window, qloop)
    rows = window.accounts_ui.panel.row_texts()
    assert any(r.startswith("Front desk\nSynced") for r in rows), rows
    # The token is in the keychain only: never in the database, settings or log.
    for path in context.data_dir.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
