"""The demo tells the cornbread story itself: notes on Maya, then her return raises a reminder."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from socialinbox.app import AppContext, AppOptions
from socialinbox.clock import FakeClock
from socialinbox.secrets import SecretStore
from tests.conftest import MemoryKeyring, sync_once


def test_the_cornbread_guest_comes_back_in_the_demo_with_her_note(
    tmp_path: Path, clock: FakeClock, memory_keyring: MemoryKeyring
) -> None:
    context = AppContext(
        AppOptions(data_dir=tmp_path, demo=True), clock=clock, secrets=SecretStore(memory_keyring)
    )
    try:
        context.ensure_demo_account()
        sync_once(context)
        seeded = context.seed_demo_notes()
        assert seeded  # the notes went in, with a change for the window to show them
        assert not context.seed_demo_notes()  # once only
        maya = context.contacts.list_contacts(search="Maya")[0]
        notes = context.notes.list_notes(maya.id)
        assert notes[0].pinned and "cornbread" in notes[0].text
        assert notes[0].author == "Marcus (kitchen)" and notes[0].source_message_id is not None
        assert context.reminders.shown() == []  # her old posts are history

        # Her return arrives in the demo's next round, a few minutes later.
        clock.advance(timedelta(minutes=2))
        sync_once(context)
        [reminder] = context.reminders.shown()
        assert reminder.kind == "return" and reminder.contact_id == maya.id
        assert any("cornbread" in text for text in reminder.notes)
        assert "coming back" in (context.inbox.get(reminder.message_id).text or "")
    finally:
        context.close()
