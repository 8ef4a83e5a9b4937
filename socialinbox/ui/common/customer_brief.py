"""A few lines about the customer for whoever writes or reviews a reply.

The compact form of the customer card: the name (where asked), the preferred
channel and the pinned notes, so that nobody answers without seeing "prefers
e-mail" or "allergic to nuts". The lines are plain text for a plain-text label.
"""

from __future__ import annotations

from socialinbox.core.contacts import ContactNotFound, Contacts
from socialinbox.core.notes import Notes
from socialinbox.ui.common.formatting import network_name, translate

# Pinned notes shown (the customer card shows them all), each up to NOTE_LIMIT characters.
NOTES_SHOWN = 3
NOTE_LIMIT = 300


def customer_brief(
    contacts: Contacts, notes: Notes, contact_id: int | None, *, with_name: bool = False
) -> list[str]:
    """The lines to show for ``contact_id`` (none for an unknown customer)."""
    if contact_id is None:
        return []
    try:
        card = contacts.get(contact_id)
    except ContactNotFound:
        return []
    lines: list[str] = []
    if with_name:
        name = card.summary.name + (" · VIP" if card.summary.vip else "")
        lines.append(translate("CustomerBrief", "Customer: {name}").format(name=name))
    if card.summary.preferred_channel:
        lines.append(
            translate("CustomerBrief", "Prefers {network}").format(
                network=network_name(card.summary.preferred_channel)
            )
        )
    pinned = [n for n in notes.list_notes(contact_id) if n.pinned]
    for note in pinned[:NOTES_SHOWN]:
        text = " ".join(note.text.split())
        if len(text) > NOTE_LIMIT:
            text = text[:NOTE_LIMIT] + "…"
        lines.append("📌 " + text)
    if len(pinned) > NOTES_SHOWN:
        lines.append(
            translate(
                "CustomerBrief", "…and %Ln more pinned note(s)", None, len(pinned) - NOTES_SHOWN
            )
        )
    return lines
