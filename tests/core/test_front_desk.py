"""What the front desk's screens read: lookup rows, name matches, a raw file preview."""

from __future__ import annotations

from datetime import date

import pytest

from socialinbox.app import AppContext
from socialinbox.core.arrivals import ArrivalsError, ArrivalsImport
from socialinbox.core.front_desk import latest_message_id, lookup_rows, name_matches, raw_preview

DAY = date(2026, 11, 25)


def _contact(context: AppContext, name: str) -> int:
    [found] = [c for c in context.contacts.list_contacts(search=name) if c.name == name]
    return found.id


def _import(context: AppContext, text: str, **options: object) -> None:
    importer = ArrivalsImport(context.db, context.clock, context.origin)
    parsed = importer.read(text.encode("cp1252"), DAY, **options)  # type: ignore[arg-type]
    context.writer.call(importer.apply, parsed)


def test_lookup_rows_carry_handles_e_mail_phone_room_and_pinned_notes(
    demo_context: AppContext,
) -> None:
    context = demo_context
    maya = _contact(context, "Maya Okafor")
    context.writer.call(context.notes.add, maya, "loves cornbread", pinned=True)
    context.writer.call(context.notes.add, maya, "not pinned")
    _import(
        context,
        "Gast;Ankunft;Zimmer;E-Mail;Telefon\r\n"
        "Maya Okafor;25.11.2026;314;maya@example.com;+44 7911 123456\r\n",
    )
    # The guest record became its own contact (a name alone never matches): link it.
    guest = next(c.id for c in context.contacts.list_contacts(search="maya@example.com"))
    context.writer.call(context.contacts.merge, maya, guest)
    [row] = [r for r in lookup_rows(context.db, context.networks, "314")]
    assert row.contact_id == maya and row.name == "Maya Okafor"
    assert row.pinned_notes == ("loves cornbread",)
    assert row.handles == ("@mayaokafor",)
    assert row.emails == ("maya@example.com",)
    assert row.phones == ("+44 7911 123456",)
    assert row.rooms == ("314",)
    assert "X" in row.networks
    assert latest_message_id(context.db, maya) is not None


def test_names_that_start_with_the_typed_letters_come_first(demo_context: AppContext) -> None:
    names = [r.name for r in lookup_rows(demo_context.db, demo_context.networks, "ma")]
    assert "Derek Mallory" in names and "Maya Okafor" in names
    assert names.index("Maya Okafor") < names.index("Derek Mallory")
    first_names = [n for n in names if n.lower().startswith("ma")]
    assert names[: len(first_names)] == first_names


def test_name_matches_offer_known_customers_for_guests_known_only_by_their_stay(
    demo_context: AppContext,
) -> None:
    context = demo_context
    maya = _contact(context, "Maya Okafor")
    _import(
        context,
        "Gast;Ankunft;Zimmer\r\nMaya Okafor;25.11.2026;12\r\nJürgen Weiß;25.11.2026;14\r\n",
    )
    [match] = name_matches(context.db, DAY)
    assert match.guest_name == "Maya Okafor"
    assert match.contact_id == maya
    assert match.guest_contact_id != match.contact_id
    assert match.score == 100 and match.evidence == ("3 messages",)  # two of hers, one reply
    context.writer.call(context.contacts.merge, match.contact_id, match.guest_contact_id)
    assert name_matches(context.db, DAY) == []
    assert name_matches(context.db, date(2026, 11, 26)) == []


def test_raw_preview_recognises_columns_and_keeps_the_users_choices(
    context: AppContext,
) -> None:
    data = "Gast;Ankunft;Res.-Code\r\nJürgen Weiß;03/12/2026;A-1\r\n".encode("cp1252")
    preview = raw_preview(data)
    assert preview.encoding == "cp1252"
    assert preview.headers == ("Gast", "Ankunft", "Res.-Code")
    assert preview.rows == (("Jürgen Weiß", "03/12/2026", "A-1"),)
    assert preview.mapping == {"Gast": "name", "Ankunft": "arrival"}
    chosen = raw_preview(data, mapping={"Res.-Code": "reservation", "Gast": "room"})
    assert chosen.mapping == {"Ankunft": "arrival", "Res.-Code": "reservation", "Gast": "room"}
    with pytest.raises(ArrivalsError):
        raw_preview(b"\xff\xfe\x00", "ascii")


def test_a_customer_is_found_by_what_a_note_says_but_never_by_a_sensitive_note(
    demo_context: AppContext,
) -> None:
    context = demo_context
    maya = _contact(context, "Maya Okafor")
    june = _contact(context, "June Harrow")
    context.writer.call(context.notes.add, maya, "Loves the cornbread, corner piece")
    context.writer.call(context.notes.add, june, "Cornbread allergy in the family", sensitive=True)
    rows = lookup_rows(context.db, context.networks, "cornbread")
    assert [r.name for r in rows] == ["Maya Okafor"]
    assert rows[0].note_match == "Loves the cornbread, corner piece"
    # Two letters look up names only; a name match comes before a note match.
    assert all(r.note_match is None for r in lookup_rows(context.db, context.networks, "co"))
    context.writer.call(context.notes.add, june, "asks for Maya's table")
    names = [r.name for r in lookup_rows(context.db, context.networks, "maya")]
    assert names[0] == "Maya Okafor" and names[-1] == "June Harrow"
