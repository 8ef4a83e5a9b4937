"""The demo tells the cornbread story itself: notes on Maya and her WhatsApp number on her
card, then her return on WhatsApp raises a reminder with her note."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from socialinbox.app import AppContext, AppOptions
from socialinbox.channels.demo import load_demo_data
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
        [first] = sync_once(context)
        # Every bundled message is stored: none set aside for a key its network refuses.
        assert first.ok and first.new == len(load_demo_data()["messages"])
        seeded = context.seed_demo_notes()
        assert seeded  # the notes went in, with a change for the window to show them
        assert not context.seed_demo_notes()  # once only
        maya = context.contacts.list_contacts(search="Maya")[0]
        notes = context.notes.list_notes(maya.id)
        assert notes[0].pinned and "cornbread" in notes[0].text
        assert notes[0].author == "Marcus (kitchen)" and notes[0].source_message_id is not None
        card = context.contacts.get(maya.id)
        assert ("whatsapp", "+447457012345") in {(i.channel, i.key) for i in card.identities}
        # Her visit at the desk and our call back are in her timeline, with who logged them.
        timeline = [context.inbox.get(i) for i in context.contacts.timeline(maya.id)]
        logged = {(m.channel, m.inbound, m.logged_by) for m in timeline if m and m.logged_by}
        assert logged == {("in_person", True, "Tom (front desk)"), ("phone", False, "Elena")}
        # Her old posts are history (the demo's suggestions to answer better aside).
        assert own_reminders(context) == []

        # Her return arrives in the demo's next round, a few minutes later: on WhatsApp,
        # then on X; the first message after the quiet weeks raises the one reminder.
        clock.advance(timedelta(minutes=2))
        sync_once(context)
        [reminder] = own_reminders(context)
        assert reminder.kind == "return" and reminder.contact_id == maya.id
        assert "wrote again on WhatsApp" in reminder.reason
        assert any("cornbread" in text for text in reminder.notes)
        returned = context.inbox.get(reminder.message_id)
        assert returned is not None and returned.channel == "whatsapp"
        assert "room 12 again" in returned.text
        assert "coming back" in context.inbox.get(context.contacts.timeline(maya.id)[0]).text
    finally:
        context.close()


def own_reminders(context: AppContext) -> list:
    """The reminders but the close-the-loop and thank-you suggestions (core.practice)."""
    return [r for r in context.reminders.shown() if r.kind not in ("close_loop", "thank_you")]
