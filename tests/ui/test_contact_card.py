"""The customer card beside the conversation: notes, merge, split, export, erase, live updates."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_accessibility import _problems
from ui_helpers import fetched, run_until, settle, store

from socialinbox.app import AppContext
from socialinbox.core.contacts import ContactNotFound
from socialinbox.settings import CUSTOMER_CARD_VISIBLE
from socialinbox.storage.schema import Message
from socialinbox.ui.customer.contact_card import CustomerCard, SuggestionBox
from socialinbox.ui.customer.contact_dialogs import (
    ContactDetailsDialog,
    FollowUpDialog,
    LinkIdentityDialog,
)
from socialinbox.ui.customer.contact_privacy import EraseDialog
from socialinbox.ui.customer.merge_dialog import MergeDialog
from socialinbox.ui.customer.note_editor import NoteEditor
from socialinbox.ui.shell.window import MainWindow
from tests.cli_runner import run_cli

Loop = qasync.QEventLoop


def add_message(
    window: MainWindow,
    context: AppContext,
    remote_id: str,
    text: str,
    *,
    author: str,
    key: str,
    channel: str = "telegram",
    minutes_ago: int = 5,
) -> tuple[int, int]:
    """Store a message as a sync would and show it in the window: (message id, contact id)."""
    when = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    change = store(
        context, fetched(remote_id, text, created_at=when, author=author, key=key, channel=channel)
    )
    window.bridge.publish(change)
    with context.db.read() as session:
        message_id = session.execute(
            select(Message.id).where(Message.remote_id == remote_id)
        ).scalar_one()
    detail = context.inbox.get(message_id)
    assert detail is not None and detail.contact_id is not None
    return message_id, detail.contact_id


def open_message(window: MainWindow, qloop: Loop, message_id: int, contact_id: int) -> CustomerCard:
    run_until(qloop, lambda: window.inbox.model.index_of(message_id).isValid())
    window.inbox.show_message(message_id)
    card = window.customer_card
    run_until(qloop, lambda: card.contact_id == contact_id and card.card is not None)
    return card


def note_texts(card: CustomerCard) -> list[str]:
    return [item.text_label.text() for item in card.notes_list.items]


def test_the_card_follows_the_message_with_pinned_notes_first_and_every_message(
    window: MainWindow, context: AppContext, qloop: Loop, qtbot: QtBot
) -> None:
    first, maya = add_message(
        window, context, "maya-1", "Loved the cornbread!", author="Maya Chen", key="maya"
    )
    context.writer.call(context.notes.add, maya, "Room 12 last time")
    context.writer.call(context.notes.add, maya, "Loves cornbread", pinned=True)
    second, _ = add_message(
        window, context, "maya-2", "Booking again?", author="Maya Chen", key="maya", minutes_ago=1
    )
    card = open_message(window, qloop, first, maya)
    assert card.name_label.text() == "Maya Chen"
    assert note_texts(card) == ["Loves cornbread", "Room 12 last time"]
    pinned = card.notes_list.items[0]
    assert "Pinned" in pinned.meta_label.text()
    assert context.user in pinned.meta_label.text()
    # One timeline, newest first, the selected message highlighted.
    assert [r.id for r in card.timeline_model.rows()] == [second, first]
    assert card.timeline.currentIndex().row() == 1
    assert "Telegram" in card.identity_rows[0].handle_label.text()
    assert "last seen" in card.identity_rows[0].seen_label.text()
    assert "Ask them how they want to be contacted" in card.reach_label.text()
    assert _problems(window) == []
    # Clicking a message of the timeline shows it in the reading pane.
    card.timeline.clicked.emit(card.timeline_model.index(0, 0))
    run_until(qloop, lambda: window.inbox.reading_pane.message_id == second)
    settle(window, qloop)


def test_the_timeline_model_passes_the_model_tester(
    window: MainWindow, context: AppContext, qloop: Loop, qtmodeltester: ModelTester
) -> None:
    message_id, contact = add_message(window, context, "t-1", "Hello", author="Tia", key="tia")
    card = open_message(window, qloop, message_id, contact)
    assert card.timeline_model.rowCount() == 1
    qtmodeltester.check(card.timeline_model)
    settle(window, qloop)


def test_add_edit_and_delete_a_note_with_undo(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(window, context, "n-1", "Hi", author="Ola Berg", key="ola")
    card = open_message(window, qloop, message_id, contact)
    assert card.notes_list.empty.isVisibleTo(card)

    card.add_note_button.click()
    editor = card.dialog
    assert isinstance(editor, NoteEditor)
    assert not editor.save_button.isEnabled()
    editor.editor.setPlainText("Allergic to feathers")
    editor.save_button.click()
    run_until(qloop, lambda: note_texts(card) == ["Allergic to feathers"])
    [note] = context.notes.list_notes(contact)
    assert note.author == context.user

    item = card.notes_list.items[0]
    item.menu_button.menu().actions()[0].trigger()  # edit
    editor = card.dialog
    assert isinstance(editor, NoteEditor)
    assert editor.editor.toPlainText() == "Allergic to feathers"
    editor.editor.setPlainText("Allergic to feathers: foam pillows")
    editor.save_button.click()
    run_until(qloop, lambda: note_texts(card) == ["Allergic to feathers: foam pillows"])

    card.notes_list.items[0].menu_button.menu().actions()[1].trigger()  # pin
    run_until(qloop, lambda: context.notes.get(note.id).pinned)

    card.notes_list.items[0].menu_button.menu().actions()[4].trigger()  # delete
    run_until(qloop, lambda: note_texts(card) == [] and card.undo_bar.isVisible())
    assert "deleted" in card.undo_bar.label.text()
    card.undo_bar.undo_button.click()
    run_until(qloop, lambda: note_texts(card) == ["Allergic to feathers: foam pillows"])
    assert not card.undo_bar.isVisible()
    settle(window, qloop)


def test_a_sensitive_note_is_hidden_until_revealed(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(window, context, "s-1", "Hi", author="Sam Reid", key="sam")
    context.writer.call(context.notes.add, contact, "Recovering from surgery", sensitive=True)
    window.bridge.publish(context.writer.call(context.notes.add, contact, "Likes tea").changes)
    card = open_message(window, qloop, message_id, contact)
    run_until(qloop, lambda: len(card.notes_list.items) == 2)
    hidden = card.notes_list.items[0]
    assert "surgery" not in hidden.text_label.text()
    assert "hidden" in hidden.text_label.text()
    assert hidden.reveal_button is not None
    hidden.reveal_button.click()
    run_until(qloop, lambda: "surgery" in card.notes_list.items[0].text_label.text())
    # Shown again after another customer: hidden again.
    other, other_contact = add_message(window, context, "s-2", "Yo", author="Al", key="al")
    open_message(window, qloop, other, other_contact)
    open_message(window, qloop, message_id, contact)
    assert "surgery" not in card.notes_list.items[0].text_label.text()
    settle(window, qloop)


def test_a_note_from_a_message_links_to_it(
    window: MainWindow, context: AppContext, qloop: Loop, qtbot: QtBot
) -> None:
    message_id, contact = add_message(
        window, context, "cb-1", "Your cornbread is the best", author="June Park", key="june"
    )
    later, _ = add_message(
        window, context, "cb-2", "See you soon", author="June Park", key="june", minutes_ago=1
    )
    card = open_message(window, qloop, message_id, contact)
    window.inbox.list_view.setFocus()
    qtbot.keyClick(window.inbox.list_view, Qt.Key.Key_N)
    editor = card.dialog
    assert isinstance(editor, NoteEditor)
    assert editor.source_label.isVisibleTo(editor)
    assert editor.source_label.text().startswith("From their message on Telegram of ")
    editor.editor.setPlainText("Loves the cornbread")
    editor.save_button.click()
    run_until(qloop, lambda: note_texts(card) == ["Loves the cornbread"])
    [note] = context.notes.list_notes(contact)
    assert note.source_message_id == message_id
    source = card.notes_list.items[0].source_button
    assert source is not None and source.text().startswith("From their message on Telegram")
    # The link opens the message it came from.
    window.inbox.show_message(later)
    run_until(qloop, lambda: window.inbox.reading_pane.message_id == later)
    source = card.notes_list.items[0].source_button
    assert source is not None
    source.click()
    run_until(qloop, lambda: window.inbox.reading_pane.message_id == message_id)
    settle(window, qloop)


def test_merge_goes_through_the_preview_and_undo_restores_both(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    mine, keep = add_message(
        window, context, "m-1", "Write me at lena@example.org", author="Lena Vogel", key="lena"
    )
    theirs, other = add_message(
        window,
        context,
        "m-2",
        "Hi, lena@example.org here, any rooms in May?",
        author="L. Vogel",
        key="lvogel@social.example",
        channel="mastodon",
    )
    context.writer.call(context.notes.add, other, "Vegetarian")
    card = open_message(window, qloop, mine, keep)
    # A suggestion with its evidence; its Merge button only opens the preview.
    run_until(qloop, lambda: card.suggestions != [])
    suggestion, name = card.suggestions[0]
    assert suggestion.other_id == other and name == "L. Vogel"
    [box] = card.suggestion_box.findChildren(SuggestionBox)
    assert "Possibly the same person as L. Vogel" in box.label.text()
    assert "same e-mail address: lena@example.org" in box.label.text()
    button = box.merge_button
    button.click()
    dialog = card.dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.pages.currentIndex() == 1
    assert "same e-mail address: lena@example.org" in dialog.evidence_label.text()
    assert context.contacts.get(other).merged_into_id is None  # nothing merged yet
    dialog.reject()

    # "Merge with…": search by name, preview, merge.
    card.merge_action.trigger()
    dialog = card.dialog
    assert isinstance(dialog, MergeDialog)
    # The suggested customer comes first, marked; a search finds by name.
    first = dialog.candidates.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == other
    assert first.text() == "L. Vogel — Mastodon lvogel@social.example (suggested)"
    dialog.search.setText("vog")
    run_until(qloop, lambda: dialog.candidates.count() == 1)
    dialog.next_button.click()
    text = dialog.preview_label.text()
    assert "1 message" in text and "1 note" in text and "Mastodon" in text
    dialog.merge_button.click()
    run_until(qloop, lambda: len(card.timeline_model.rows()) == 2)
    assert context.contacts.get(other).merged_into_id == keep
    assert "Vegetarian" in note_texts(card)
    assert card.undo_bar.isVisible()
    assert card.merges_box.isVisibleTo(card)

    card.undo_bar.undo_button.click()
    run_until(qloop, lambda: len(card.timeline_model.rows()) == 1)
    assert context.contacts.get(other).merged_into_id is None
    assert [n.text for n in context.notes.list_notes(other)] == ["Vegetarian"]
    assert context.inbox.get(theirs).contact_id == other  # type: ignore[union-attr]
    assert not card.merges_box.isVisibleTo(card)
    settle(window, qloop)


def test_link_an_identity_then_split_it_out(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(window, context, "l-1", "Hi", author="Pia Holm", key="pia")
    card = open_message(window, qloop, message_id, contact)
    assert all(row.split_button is None for row in card.identity_rows)  # one identity
    card.link_button.click()
    dialog = card.dialog
    assert isinstance(dialog, LinkIdentityDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    dialog.handle.setText("Pia@Example.org")
    dialog.accept()
    run_until(qloop, lambda: len(card.identity_rows) == 2)
    assert "pia@example.org" in card.identity_rows[1].handle_label.text()
    split = card.identity_rows[1].split_button
    assert split is not None
    split.click()
    run_until(qloop, lambda: len(card.identity_rows) == 1 and card.undo_bar.isVisible())
    assert [i.channel for i in context.contacts.get(contact).identities] == ["telegram"]
    [found] = context.contacts.list_contacts(search="pia@example.org")
    assert found.id != contact
    settle(window, qloop)


def test_the_link_dialog_takes_a_pasted_profile_address_and_explains_a_bad_handle(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(window, context, "p-1", "Hi", author="Pia Holm", key="pia")
    card = open_message(window, qloop, message_id, contact)

    def link(channel: str, typed: str) -> None:
        card.link_button.click()
        dialog = card.dialog
        assert isinstance(dialog, LinkIdentityDialog)
        dialog.channel.setCurrentIndex(dialog.channel.findData(channel))
        dialog.handle.setText(typed)
        dialog.accept()

    link("bluesky", " https://bsky.app/profile/Pia.bsky.social ")
    run_until(qloop, lambda: len(card.identity_rows) == 2)
    assert "@pia.bsky.social" in card.identity_rows[1].handle_label.text()
    run_until(qloop, lambda: card.status_label.text() == "Identity linked.")
    link("mastodon", "@pia")
    run_until(qloop, lambda: "@user@server" in card.status_label.text())
    assert len(context.contacts.get(contact).identities) == 2
    settle(window, qloop)


def test_export_writes_the_json_owner_only(
    window: MainWindow, context: AppContext, qloop: Loop, tmp_path: Path
) -> None:
    message_id, contact = add_message(window, context, "e-1", "Hi", author="Eva Lind", key="eva")
    context.writer.call(context.notes.add, contact, "Prefers e-mail")
    card = open_message(window, qloop, message_id, contact)
    target = tmp_path / "eva.json"
    target.write_text("old")
    os.chmod(target, 0o644)
    card.export_action.trigger()
    dialog = card.dialog
    assert isinstance(dialog, QFileDialog)
    dialog.fileSelected.emit(str(target))
    dialog.reject()
    run_until(qloop, lambda: target.read_text().startswith("{"))
    settle(window, qloop)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = json.loads(target.read_text())
    assert data["contact"]["display_name"] == "Eva Lind"
    assert [n["text"] for n in data["notes"]] == ["Prefers e-mail"]
    assert [m["id"] for m in data["messages"]] == [message_id]


def test_erase_asks_first_and_the_messages_leave_the_list(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(
        window, context, "x-1", "Delete my data please", author="Nora Quist", key="nora"
    )
    card = open_message(window, qloop, message_id, contact)
    card.erase_action.trigger()
    dialog = card.dialog
    assert isinstance(dialog, EraseDialog)
    summary = dialog.summary_label.text()
    assert "Nora Quist" in summary and "1 message" in summary and "Telegram nora" in summary
    assert not dialog.erase_button.isEnabled()
    dialog.confirm_name.setText("Nora")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm_name.setText("nora quist")
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    run_until(qloop, lambda: not window.inbox.model.index_of(message_id).isValid())
    try:
        context.contacts.get(contact)
        raise AssertionError("the contact is still there")
    except ContactNotFound:
        pass
    # The card moves on with the list (or says the customer was erased).
    run_until(qloop, lambda: card.contact_id != contact)
    settle(window, qloop)


def test_a_note_added_by_another_process_appears_in_the_open_card(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(window, context, "p-1", "Hi", author="Ivo Sand", key="ivo")
    card = open_message(window, qloop, message_id, contact)
    assert note_texts(card) == []
    note = ("notes", "add", str(contact), "Brings a dog", "--pinned")
    added = run_cli(context.data_dir, "--user", "Front desk", *note)
    assert added.returncode == 0, added.stderr
    # Within the poll interval (the poller's own timer, not called by hand).
    run_until(qloop, lambda: note_texts(card) == ["Brings a dog"], timeout=8)
    assert "Front desk" in card.notes_list.items[0].meta_label.text()
    settle(window, qloop)


def test_ctrl_i_goes_to_the_card_and_hides_it_from_there(
    window: MainWindow, context: AppContext, qloop: Loop, qtbot: QtBot
) -> None:
    message_id, contact = add_message(window, context, "k-1", "Hi", author="Kai Moe", key="kai")
    card = open_message(window, qloop, message_id, contact)
    window.inbox.list_view.setFocus()
    assert card.toggle_action.shortcut().toString() == "Ctrl+I"
    window.activateWindow()
    qtbot.keyClick(window.inbox.list_view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert card.isVisible() and card.edit_button.hasFocus()
    card.toggle_action.trigger()
    assert not card.isVisible()
    assert window.inbox.list_view.hasFocus()
    assert context.machine_settings.get(CUSTOMER_CARD_VISIBLE) is False
    card.toggle_action.trigger()  # hidden: shown again, with the focus
    assert card.isVisible() and card.edit_button.hasFocus()
    qtbot.keyClick(card.edit_button, Qt.Key.Key_Escape)
    assert window.inbox.list_view.hasFocus()
    card.visible_action.setChecked(False)
    assert not card.isVisible()
    settle(window, qloop)


def test_names_and_notes_are_shown_as_plain_text(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(
        window, context, "h-1", "Hi", author="<b>Bold</b> Bob", key="bob"
    )
    markup = '<img src="file:///etc/passwd"> <a href=x>y</a>'
    context.writer.call(context.notes.add, contact, markup)
    card = open_message(window, qloop, message_id, contact)
    assert card.name_label.text() == "<b>Bold</b> Bob"
    assert card.name_label.textFormat() == Qt.TextFormat.PlainText
    label = card.notes_list.items[0].text_label
    assert label.text() == markup
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert not label.openExternalLinks()
    settle(window, qloop)


def test_details_vip_and_a_follow_up_are_kept_on_the_card(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(window, context, "d-1", "Hi", author="Rae", key="rae")
    card = open_message(window, qloop, message_id, contact)
    assert card.follow_up_label.text() == "No follow-up set."
    card.edit_button.click()
    dialog = card.dialog
    assert isinstance(dialog, ContactDetailsDialog)
    dialog.name.setText("Rae Lindqvist")
    dialog.preferred.setCurrentIndex(dialog.preferred.findData("email"))
    dialog.topics.setText("wine evenings, winter menu")
    dialog.tags.setText("regular, regular, allergy")
    dialog.accept()
    run_until(qloop, lambda: card.name_label.text() == "Rae Lindqvist")
    assert card.reach_label.text() == (
        "Prefers E-mail\nWants to hear about: wine evenings, winter menu"
    )
    assert "#allergy · #regular" in card.subtitle.text()

    card.vip_button.click()
    run_until(qloop, lambda: context.contacts.get(contact).summary.vip)
    run_until(qloop, lambda: "★ VIP" in card.subtitle.text())

    card.follow_up_button.click()
    dialog = card.dialog
    assert isinstance(dialog, FollowUpDialog)
    dialog.reason.setText("Call back about the anniversary dinner")
    due = dialog.due()
    dialog.accept()
    run_until(qloop, lambda: card.follow_up_label.text().startswith("Follow up: "))
    [reminder] = context.reminders.shown(contact)
    assert reminder.kind == "follow_up"
    assert reminder.reason == "Call back about the anniversary dinner"
    assert reminder.due == due
    settle(window, qloop)


def test_a_window_state_saved_without_the_card_still_shows_it_at_a_useful_width(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    window.resize(1320, 800)
    splitter = window.inbox.splitter
    run_until(qloop, lambda: sum(splitter.sizes()) > 1000)
    width = sum(splitter.sizes())
    splitter.setSizes([400, width - 401, 1])  # as a two-pane state restores
    assert window.customer_card.width() < 20
    window.customer_card.visible_action.setChecked(False)
    window.customer_card.visible_action.setChecked(True)
    run_until(qloop, lambda: window.customer_card.width() >= 160)
    assert splitter.sizes()[0] == 400
    settle(window, qloop)


def test_a_note_saved_at_another_desk_meanwhile_is_shown_and_never_overwritten_unseen(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    from socialinbox.core.notes import Notes

    message_id, contact = add_message(window, context, "d-1", "Hi", author="Maya Oka", key="maya")
    note_id = context.writer.call(context.notes.add, contact, "loves cornbread").id
    card = open_message(window, qloop, message_id, contact)
    run_until(qloop, lambda: note_texts(card) == ["loves cornbread"])
    card.notes_list.items[0].menu_button.menu().actions()[0].trigger()  # edit
    editor = card.dialog
    assert isinstance(editor, NoteEditor) and not editor.theirs.isVisibleTo(editor)
    editor.editor.setPlainText("loves cornbread, warm")

    # Meanwhile Ben saves the same note at the next desk.
    bens_desk = Notes(context.db, context.clock, "Ben", "front-desk-2:4242")
    context.writer.call(bens_desk.edit, note_id, text="loves cornbread, no nuts")
    editor.save_button.click()

    run_until(qloop, lambda: isinstance(card.dialog, NoteEditor) and card.dialog is not editor)
    again = card.dialog
    assert isinstance(again, NoteEditor) and again.theirs.isVisibleTo(again)
    assert again.theirs.toPlainText() == "loves cornbread, no nuts"
    assert "Ben" in again.theirs_label.text()
    assert again.editor.toPlainText() == "loves cornbread, warm"
    assert context.notes.get(note_id).text == "loves cornbread, no nuts"
    again.editor.setPlainText("loves cornbread, warm, no nuts")
    again.save_button.click()
    run_until(qloop, lambda: note_texts(card) == ["loves cornbread, warm, no nuts"])
    settle(window, qloop)
