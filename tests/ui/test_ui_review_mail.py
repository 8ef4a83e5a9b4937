"""A Yelp notification e-mail in the window: delivered by SMTP into Dovecot, fetched by
IMAP, shown as a Yelp review with its stars; the composer offers *Open on the site* and
*Mark answered on the site* (button and Ctrl+Shift+D) instead of sending."""

# The server fixtures are imported by name, and tests take them as arguments.
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from ui_helpers import run_until, settle

from socialinbox.app import AppContext
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.models import MessageDetail
from socialinbox.ui.common.formatting import stars
from socialinbox.ui.inbox.message_model import ROW_ROLE
from socialinbox.ui.shell.window import MainWindow
from tests.channels.test_email import settings_for
from tests.channels.test_review_mail_cli import sample, send_by_smtp
from tests.conftest import sync_once
from tests.servers.email_servers import Dovecot, SmtpServer, dovecot  # noqa: F401

Loop = qasync.QEventLoop
SHOP = "window-desk@example.test"
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def smtp(dovecot: Dovecot) -> Iterator[SmtpServer]:
    with SmtpServer(dovecot, "none") as server:
        yield server


@pytest.fixture
def reviews(context: AppContext, dovecot: Dovecot, smtp: SmtpServer) -> dict[str, int]:
    """A connected mailbox that received a Yelp and a Booking.com notification, synced:
    the ids of the two reviews by network."""
    created = context.writer.call(
        context.accounts.create, "email", "Reviews", settings=settings_for(dovecot, smtp, SHOP)
    )
    context.secrets.set(context.accounts.get(created.id).uuid, dovecot.password)
    written = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
    send_by_smtp(smtp, dovecot, SHOP, "no-reply@yelp.com", sample("yelp_multipart.eml", written))
    send_by_smtp(
        smtp, dovecot, SHOP, "noreply@booking.com", sample("booking_multipart.eml", written)
    )
    results = sync_once(context)
    assert all(r.ok for r in results), [r.detail for r in results]
    return {
        channel: context.inbox.page(InboxFilter(channel=channel))[0].id
        for channel in ("yelp", "booking")
    }


def shown(window: MainWindow, qloop: Loop, message_id: int) -> MessageDetail:
    run_until(qloop, lambda: window.inbox.model.index_of(message_id).isValid())
    window.inbox.show_message(message_id)
    pane = window.inbox.reading_pane
    run_until(qloop, lambda: pane.detail is not None and pane.detail.id == message_id)
    assert pane.detail is not None
    return pane.detail


def test_a_yelp_review_shows_its_stars_and_is_answered_on_the_site(
    reviews: dict[str, int], window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    review = reviews["yelp"]
    detail = shown(window, qloop, review)
    row = window.inbox.model.index_of(review).data(ROW_ROLE)
    assert (row.channel, row.kind, row.rating, row.author_name) == ("yelp", "review", 2, "Maria G.")
    pane = window.inbox.reading_pane
    assert stars(2) == "★★☆☆☆" and stars(2) in [c.text() for c in pane._chip_widgets]

    composer = window.inbox.composer
    assert composer.site_box.isVisible() and not composer.editor.isVisible()
    assert not composer.queue_button.isVisible()
    assert "Yelp lets nobody reply from here" in composer.site_note.text()
    assert composer.open_site_button.isEnabled()
    assert detail.url is not None and detail.url.startswith("https://biz.yelp.com/")

    composer.answered_button.click()
    run_until(qloop, lambda: context.inbox.get(review).needs_reply is False)  # type: ignore[union-attr]
    answered = context.inbox.get(review)
    assert answered is not None and answered.level == 3
    run_until(qloop, lambda: not composer.answered_button.isEnabled())
    assert composer.answered_button.text() == "Answered on the site"
    settle(window, qloop)


def test_ctrl_shift_d_marks_the_shown_review_answered_on_the_site(
    reviews: dict[str, int], window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    action = window.inbox.answered_on_site_action
    owners = [
        a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+Shift+D")
    ]
    assert owners == [action]
    booking = reviews["booking"]
    shown(window, qloop, booking)
    run_until(qloop, action.isEnabled)
    window.inbox.list_view.setFocus()
    QTest.keyClick(
        window.inbox.list_view,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    run_until(qloop, lambda: context.inbox.get(booking).needs_reply is False)  # type: ignore[union-attr]
    run_until(qloop, lambda: not action.isEnabled())
    # An e-mail or a social post has no such shortcut: it is answered by replying.
    other = next(r for r in context.inbox.page(InboxFilter()) if r.channel not in reviews)
    shown(window, qloop, other.id)
    assert not action.isEnabled() and not window.inbox.composer.site_box.isVisible()
    settle(window, qloop)
