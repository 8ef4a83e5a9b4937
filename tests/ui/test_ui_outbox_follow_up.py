"""Replies in the window, continued: following up on another channel, editing a reply
that was sent back, exporting the audit trail, and sending without a full sync.

After an action, tests wait with :func:`until_idle`: qasync steps pending tasks once
more after ``run_until`` returns, outside the running loop, where a task still under
way (a send round between two writes) cannot reach the writer.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot
from test_accessibility import _problems
from test_ui_outbox import (
    composer_on_bluesky_message,
    open_first_inbound,
    reply_awaiting_review,
    type_reply,
)
from ui_helpers import run_until, settle

from socialinbox.app import AppContext
from socialinbox.core.models import MessageDetail
from socialinbox.ui.outbox.page import OUTBOX_KEY
from socialinbox.ui.outbox.reply_edit_dialog import ReplyEditDialog
from socialinbox.ui.shell.window import MainWindow


def until_idle(
    window: MainWindow, qloop: qasync.QEventLoop, predicate: Callable[[], object]
) -> None:
    """Run the loop until ``predicate()`` holds and the window's tasks have all ended."""
    run_until(qloop, lambda: predicate() and window.tasks.pending == 0, timeout=10)


def states(context: AppContext, message_id: int) -> list[str]:
    """The states of a message's replies, newest first."""
    return [i.state for i in context.outbox.for_message(message_id)]


def open_message(window: MainWindow, qloop: qasync.QEventLoop, message_id: int) -> None:
    window.inbox.show_message(message_id)
    run_until(qloop, lambda: window.inbox.composer.message_id == message_id)


def public_complaint(window: MainWindow) -> MessageDetail:
    """Hannah's three-star Google review in the demo data."""
    rows = (window.inbox.model.message_at(i) for i in range(window.inbox.model.rowCount()))
    row = next(
        r
        for r in rows
        if r is not None and r.author_name == "Hannah Brookes" and r.channel == "google_reviews"
    )
    detail = window.context.inbox.get(row.id)
    assert detail is not None and detail.contact_id is not None
    return detail


def test_a_public_complaint_answered_then_followed_up_by_email(
    window: MainWindow, context: AppContext, qloop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    complaint = public_complaint(window)
    contact_id = complaint.contact_id
    assert contact_id is not None
    context.writer.call(context.contacts.link, contact_id, "email", "hannah@example.com")
    context.writer.call(context.contacts.update, contact_id, preferred_channel="email")
    context.writer.call(context.notes.add, contact_id, "Coeliac: gluten-free only", pinned=True)
    open_message(window, qloop, complaint.id)
    composer = window.inbox.composer

    # "Reply on ▾": the review's own channel first (chosen), e-mail marked preferred.
    choice = composer.channel_choice
    assert choice.isVisibleTo(composer) and choice.count() >= 2
    assert "this conversation" in choice.itemText(0)
    texts = [choice.itemText(i) for i in range(choice.count())]
    mail = next(t for t in texts if t.startswith("E-mail"))
    assert "hannah@example.com" in mail and "preferred" in mail
    assert sum("preferred" in t for t in texts) == 1
    customer = composer._customer.text()
    assert "Prefers E-mail" in customer and "Coeliac: gluten-free only" in customer
    assert _problems(window) == []

    # Level 4/5 of the response scale: answer in public first...
    type_reply(qtbot, window, "Thank you, Hannah. We are sorry about dinner.")
    composer.queue_button.click()
    until_idle(window, qloop, lambda: states(context, complaint.id) == ["sent"])
    settle(window, qloop)
    assert "already has a reply" in composer.warning_text()

    # ...then follow up by e-mail: not a second reply, the customer still in view.
    assert composer.choose_channel("email")
    assert composer._title.text() == "Follow up via"
    assert composer.queue_button.text() == "Queue follow-up"
    assert composer.warning_text() == ""
    assert "Coeliac" in composer._customer.text() and composer._customer.isVisibleTo(composer)
    type_reply(qtbot, window, "Dear Hannah, may we call you about a gluten-free menu?")
    composer.queue_button.click()
    until_idle(window, qloop, lambda: states(context, complaint.id) == ["sent", "sent"])
    follow_up = context.outbox.for_message(complaint.id)[0]
    assert (follow_up.channel, follow_up.recipient) == ("email", "hannah@example.com")
    assert follow_up.contact_id == contact_id and follow_up.thread_key is None
    settle(window, qloop)
    # A second e-mail would be a second follow-up: that one is warned about.
    assert "A follow-up on E-mail is already queued or sent" in composer.warning_text()
    assert composer.status.text() == f"Follow-up #{follow_up.id} on E-mail: Sent"
    # The Outbox lists it with its network.
    window.sidebar.select_key(OUTBOX_KEY)
    page = window.outbox.page
    assert page.current_item() is not None and page.current_item().id == follow_up.id  # type: ignore[union-attr]
    assert "to hannah@example.com on E-mail" in page.detail_meta.text()
    # Another message starts again on its own channel.
    open_first_inbound(window, qloop)
    assert composer.chosen_channel() is not None and composer.chosen_channel().same  # type: ignore[union-attr]


def test_the_counter_follows_the_chosen_channel(context: AppContext, qtbot: QtBot) -> None:
    """A Bluesky account counts 300 graphemes; the e-mail follow-up, 500 characters."""
    composer, message_id = composer_on_bluesky_message(context, qtbot, "f1")
    assert not composer.channel_choice.isVisibleTo(composer)  # nowhere else to write
    assert composer._title.text() == "Reply on Bluesky"

    received = context.inbox.get(message_id)
    assert received is not None and received.contact_id is not None
    context.writer.call(context.contacts.link, received.contact_id, "email", "f@example.com")
    composer.set_message(None)
    composer.set_message(context.inbox.get(message_id))
    assert composer.channel_choice.count() == 2
    composer.editor.setPlainText("x" * 301)
    assert composer._counter.text() == "301 / 300"
    assert not composer.queue_button.isEnabled()
    assert composer.choose_channel("email")
    assert composer._counter.text() == "301 / 500"
    assert composer.queue_button.isEnabled()
    assert not composer.choose_channel("telegram")
    assert composer.choose_channel("bluesky")
    assert not composer.queue_button.isEnabled()
    assert "Too long for Bluesky" in composer.warning_text()
    # A template field typed by hand is refused before the service would refuse it.
    composer.editor.setPlainText("Hi {first_name}")
    assert not composer.queue_button.isEnabled()
    assert "{first_name}" in composer.warning_text()


def test_a_reply_sent_back_is_edited_by_its_author_and_resubmitted(
    window: MainWindow,
    context: AppContext,
    qloop: qasync.QEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    created = reply_awaiting_review(window, context, qloop, author="junior")
    answered = context.inbox.get(created.item.message_id)  # type: ignore[arg-type]
    assert answered is not None and answered.contact_id is not None
    context.writer.call(context.notes.add, answered.contact_id, "Prefers mornings", pinned=True)
    context.writer.call(context.contacts.update, answered.contact_id, preferred_channel="email")
    card = context.contacts.get(answered.contact_id)

    # The review screen: what is answered, who the customer is, who wrote the reply.
    context.user = "senior"
    window.sidebar.select_key(OUTBOX_KEY)
    page = window.outbox.page
    assert page.answered.text() == answered.text
    assert f"Customer: {card.summary.name}" in page.customer.text()
    assert "Prefers E-mail" in page.customer.text()
    assert "Prefers mornings" in page.customer.text()
    assert "Written by junior" in page.detail_meta.text()
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *_args: ("Please greet them by name", True)
    )
    page.send_back_button.click()
    until_idle(window, qloop, lambda: context.outbox.get(created.item.id).state == "draft")
    settle(window, qloop)

    # The author sees the comment, edits within the limit and the template rule, resubmits.
    context.user = "junior"
    page.refresh()
    assert "Sent back: Please greet them by name" in page.problem.text()
    assert page.edit_button.isEnabled()
    seen: list[str] = []

    def edit(dialog: ReplyEditDialog) -> int:
        assert "Please greet them by name" in dialog.comment.text()
        assert dialog.save_button.text() == "Save and resubmit for review"
        dialog.editor.setPlainText("Hello {first_name}!")
        assert not dialog.save_button.isEnabled()
        seen.append(dialog.problem.text())
        dialog.editor.setPlainText("x" * 501)
        assert not dialog.save_button.isEnabled()
        assert dialog.counter.text() == "501 / 500"
        seen.append(dialog.problem.text())
        dialog.editor.setPlainText("Hello Maya, the room is ready!")
        assert dialog.save_button.isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReplyEditDialog, "exec", edit)
    page.edit_button.click()
    until_idle(
        window, qloop, lambda: context.outbox.get(created.item.id).state == "awaiting_review"
    )
    settle(window, qloop)
    assert "{first_name}" in seen[0] and "over the limit" in seen[1]
    item = context.outbox.get(created.item.id)
    assert item.text == "Hello Maya, the room is ready!"
    assert page.reply_text.text() == item.text
    [trail] = context.outbox.audit_trail([item.id])
    assert [(e["actor"], e["event"]) for e in trail["events"]][-3:] == [
        ("senior", "sent_back"),
        ("junior", "edited"),
        ("junior", "submitted"),
    ]
    # Cancelling the dialog changes nothing.
    monkeypatch.setattr(ReplyEditDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)
    page.edit_button.click()
    settle(window, qloop)
    assert len(context.outbox.audit_trail([item.id])[0]["events"]) == len(trail["events"])


def test_the_audit_trail_is_exported_for_all_or_the_chosen_replies(
    window: MainWindow,
    context: AppContext,
    qloop: qasync.QEventLoop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    created = reply_awaiting_review(window, context, qloop, author="junior")
    item_id = created.item.id
    context.writer.call(context.outbox.edit, item_id, "Hello again", "junior")
    other = context.writer.call(
        context.outbox.create_reply, created.item.message_id, "Another", "junior"
    ).item.id
    context.user = "senior"
    window.sidebar.select_key(OUTBOX_KEY)
    page = window.outbox.page
    assert page.select_item(item_id)
    page.approve_button.click()
    until_idle(window, qloop, lambda: context.outbox.get(item_id).state == "sent")
    settle(window, qloop)

    target = tmp_path / "audit.json"
    target.write_text("old")
    target.chmod(0o644)  # an existing file is made private before it is written
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    page.export_all_action.trigger()
    exported = json.loads(target.read_text(encoding="utf-8"))
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert {e["id"] for e in exported} == {item_id, other}
    sent = next(e for e in exported if e["id"] == item_id)
    assert sent["author"] == "junior" and sent["approved_by"] == "senior"
    assert sent["state"] == "sent" and sent["attempts"] == 1
    events = [(e["actor"], e["event"], e["detail"]) for e in sent["events"]]
    assert ("junior", "edited", "Hello again") in events
    assert ("senior", "approved", None) in events
    assert any(event == "attempt" for _actor, event, _detail in events)
    assert "audit.json" in page.subtitle.text()

    # Only the chosen reply; and cancelling the file dialog writes nothing.
    assert page.select_item(other)
    page._name_export_actions()
    assert page.export_selected_action.text() == "Selected reply(ies) (1)…"
    page.export_selected_action.trigger()
    assert [e["id"] for e in json.loads(target.read_text(encoding="utf-8"))] == [other]
    target.unlink()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    page.export_all_action.trigger()
    assert not target.exists()


def test_an_approved_reply_is_sent_without_a_full_sync(
    window: MainWindow, context: AppContext, qloop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    account = context.accounts.list_accounts()[0]
    cursor = context.accounts.cursor(account.id)
    rounds: list[object] = []
    window.sync.round_started.connect(lambda: rounds.append(object()))
    message_id = open_first_inbound(window, qloop)
    type_reply(qtbot, window, "On its way at once")
    window.inbox.composer.queue_button.click()
    until_idle(window, qloop, lambda: states(context, message_id) == ["sent"])
    settle(window, qloop)
    # No fetch: no sync round started, the cursor and the last sync did not move (the
    # demo's next fetch would deliver its second batch and advance the cursor).
    assert rounds == []
    assert context.accounts.cursor(account.id) == cursor
    assert context.accounts.get(account.id).last_sync == account.last_sync
    thread = context.inbox.thread(message_id)
    assert sum(1 for r in thread if not r.inbound and r.preview == "On its way at once") == 1
    assert not window.sync.sending
