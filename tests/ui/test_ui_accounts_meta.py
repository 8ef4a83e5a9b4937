"""Connecting a Facebook Page and its Instagram account from the Accounts dialog, as a new
user does: Meta's App Review notice before starting, the browser sign-in (the test plays
the browser) against the Meta test server, and the customer's messages arriving in the
inbox; a private message past Meta's 7-day window is not answered in place: the composer
says why and offers the customer's other channel."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid
from ui_helpers import run_until

from socialinbox.channels.oauth_providers import FACEBOOK_KIND
from socialinbox.core.inbox import InboxFilter
from socialinbox.settings import OAUTH_CLIENT_ID_META
from socialinbox.ui.shell.window import MainWindow
from tests.servers.meta_server import MetaServer


@pytest.fixture
def meta() -> Iterator[MetaServer]:
    with MetaServer() as server:  # on the real clock, as the window's
        yield server


def connect(window: MainWindow, qloop, meta: MetaServer, kind: str, name: str) -> None:
    context = window.context
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData(kind))
    assert FACEBOOK_KIND.notice is not None and form.notice_link is not None
    texts = [label.text() for label in form.form_host.findChildren(QLabel)]
    assert FACEBOOK_KIND.notice.sentence in texts
    assert form.field("base_url").text() == "https://graph.facebook.com"
    form.field("name").setText(name)
    form.field("base_url").setText(meta.base_url)
    form.browser_button.click()
    run_until(
        qloop, lambda: any(a.kind == kind for a in context.accounts.list_accounts()), timeout=60
    )
    run_until(qloop, lambda: not isValid(form) or not form.isVisible(), timeout=60)


def test_a_page_and_its_instagram_are_connected_from_the_dialog_after_metas_notice(
    window: MainWindow, qloop, meta: MetaServer, browser: list[str]
) -> None:
    context = window.context
    context.machine_settings.set(OAUTH_CLIENT_ID_META, meta.app_id)
    context.secrets.app_secret("meta").save(meta.app_secret)
    anna = meta.add_customer("Anna Berg")
    meta.customer_says(anna["id"], "Do you have a table for two tonight?")
    lucia = meta.add_customer("Lucia", platform="instagram", username="lucia.ferrante")
    meta.comment(meta.add_media("Our terrace")["id"], "Open in winter?", author=lucia["id"])

    def arrived(text: str) -> bool:
        return any(text in m.preview for m in context.inbox.page(InboxFilter(), limit=500))

    # Each account's first sync brings its customer's message.
    connect(window, qloop, meta, "facebook", "Our Page")
    assert browser[0].startswith(f"{meta.base_url}/v25.0/dialog/oauth?")
    run_until(qloop, lambda: arrived("table for two"), timeout=60)
    connect(window, qloop, meta, "instagram", "Our Instagram")
    run_until(qloop, lambda: arrived("Open in winter?"), timeout=60)
    accounts = {a.kind: a for a in context.accounts.list_accounts()}
    assert accounts["facebook"].handle == "The Business"
    assert accounts["instagram"].handle == "@thebusiness"
    for account in accounts.values():
        info = context.accounts.get(account.id)
        assert info.last_error is None, info.last_error


def test_past_seven_days_the_composer_says_why_and_offers_the_other_channels(
    window: MainWindow, qloop
) -> None:
    from socialinbox.core.connector import AuthorRef, FetchBatch, FetchedMessage

    context = window.context
    demo = context.writer.call(context.accounts.create, "demo", "Demo")
    context.writer.call(
        context.ingest.store_batch,
        demo.id,
        FetchBatch(
            (
                FetchedMessage(
                    "m_1",
                    "facebook",
                    "direct",
                    AuthorRef("facebook", "2417", None, "Margit Hale"),
                    "Could you post us a hamper?",
                    context.clock.now() - timedelta(days=7, minutes=1),
                    thread_remote_id="conversation:2417",
                ),
            ),
            None,
        ),
    )
    [row] = [m for m in context.inbox.page(InboxFilter(), limit=500) if "hamper" in m.preview]
    detail = context.inbox.get(row.id)
    assert detail is not None and detail.contact_id is not None
    context.writer.call(context.contacts.link, detail.contact_id, "email", "margit@example.com")
    composer = window.inbox.composer
    composer.set_message(context.inbox.get(row.id))
    composer.editor.setPlainText("Yes, we do!")
    assert composer.window_closed()
    assert not composer.queue_button.isEnabled()
    warning = composer.warning_text()
    assert "7 days" in warning and "E-mail" in warning
    assert composer.choose_channel("email")
    assert composer.queue_button.isEnabled() and composer.warning_text() == ""
