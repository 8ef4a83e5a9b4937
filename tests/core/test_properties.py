"""Properties (a chain's branches): the list, where each row belongs, "today" at each
property, and the return reminder that says where a customer was noted before."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.core.arrivals import ArrivalsImport, arrivals_on
from socialinbox.core.contacts import Contacts
from socialinbox.core.errors import InvalidValue, Missing
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.notes import Notes
from socialinbox.core.notify import RecordingNotifier
from socialinbox.core.properties import (
    DeskProperty,
    PropertyNameTaken,
    UnknownProperty,
    zone_of,
)
from socialinbox.core.reminders import ReminderAnnouncer, Reminders
from socialinbox.settings import DESK_PROPERTY
from socialinbox.storage.schema import Contact, Message, Note, Stay
from tests.helpers import batch, message
from tests.sql_counter import counted_statements

DAY = timedelta(days=1)
ARRIVAL_DAY = date(2026, 11, 25)
GUEST_CSV = (
    b"Name,Email,Arrival,Departure,Room,Reservation\n"
    b"Maya Okafor,maya@example.net,2026-11-25,2026-11-27,12,R-1\n"
)


@pytest.fixture
def places(context: AppContext) -> dict[str, int]:
    memphis = context.writer.call(context.properties.add, "Memphis", "America/Chicago")
    nashville = context.writer.call(context.properties.add, "Nashville")
    return {"Memphis": memphis.property.id, "Nashville": nashville.property.id}


def _desk(context: AppContext, name: str | None) -> DeskProperty:
    return DeskProperty(lambda: context.properties, name, lambda: None)


def _notes_at(context: AppContext, name: str, author: str = "Anna") -> Notes:
    return Notes(context.db, context.clock, author, context.origin, place=_desk(context, name))


def _import(context: AppContext, data: bytes, property_id: int | None):
    importer = ArrivalsImport(context.db, context.clock, context.origin)
    parsed = importer.read(data, ARRIVAL_DAY)
    return context.writer.call(importer.apply, parsed, property_id=property_id)


def test_names_are_unique_whatever_the_case_and_spacing(context, places):
    again = context.writer.call(context.properties.add, "  MEMPHIS ")
    assert again.property.id == places["Memphis"] and not again.changes
    assert [p.name for p in context.properties.list_properties()] == ["Memphis", "Nashville"]
    assert context.properties.resolve("nash ville".replace(" ", "")).name == "Nashville"
    with pytest.raises(UnknownProperty, match="known properties: Memphis, Nashville"):
        context.properties.resolve("Knoxville")
    with pytest.raises(PropertyNameTaken):
        context.writer.call(context.properties.rename, places["Nashville"], "memphis")
    renamed = context.writer.call(context.properties.rename, places["Nashville"], "Music  Row")
    assert renamed.property.name == "Music Row"
    assert context.properties.get(places["Nashville"]).name == "Music Row"
    with pytest.raises(Missing):
        context.writer.call(context.properties.add, "   ")
    with pytest.raises(InvalidValue, match="unknown timezone"):
        context.writer.call(context.properties.add, "Atlantis", "Ocean/Atlantis")


def test_adding_a_listed_property_with_a_timezone_sets_it(context, places):
    saved = context.writer.call(context.properties.add, "nashville", "America/Chicago")
    assert (saved.property.id, saved.property.timezone) == (places["Nashville"], "America/Chicago")


def test_without_properties_everything_belongs_to_none(context, clock):
    account = context.writer.call(context.accounts.create, "demo", "Test")
    context.writer.call(context.ingest.store_batch, account.id, batch(message("m1", clock.now())))
    [row] = context.inbox.page(InboxFilter())
    assert context.inbox.get(row.id).property_name is None
    context.writer.call(context.notes.add, row.contact_id, "loves cornbread")
    _import(context, GUEST_CSV, None)
    with context.db.read() as session:
        for table in (Message, Note, Stay, Contact):
            assert set(session.execute(select(table.property_id)).scalars()) == {None}
    assert context.desk_property.info() is None
    assert [a.guest_name for a in arrivals_on(context.db, ARRIVAL_DAY)] == ["Maya Okafor"]
    assert all(r.noted_at is None for r in context.reminders.shown())


def test_the_desk_property_comes_from_settings_or_the_command_line(context, places):
    assert context.desk_property.info() is None
    context.machine_settings.set(DESK_PROPERTY, places["Nashville"])
    assert context.desk_property.id == places["Nashville"]
    context.machine_settings.set(DESK_PROPERTY, 999)  # another database's property
    assert context.desk_property.info() is None
    assert _desk(context, " memphis ").id == places["Memphis"]
    with pytest.raises(UnknownProperty):
        _ = _desk(context, "Knoxville").id


def test_notes_cards_and_messages_record_their_property(context, places, clock):
    account = context.writer.call(context.accounts.create, "demo", "Test")
    context.writer.call(context.properties.place_account, account.id, places["Nashville"])
    context.writer.call(context.ingest.store_batch, account.id, batch(message("m1", clock.now())))
    [row] = context.inbox.page(InboxFilter())
    assert context.inbox.get(row.id).property_name == "Nashville"
    [exported] = context.inbox.details(InboxFilter(), 10)
    assert exported.as_json()["property"] == "Nashville"
    note = context.writer.call(_notes_at(context, "Memphis").add, row.contact_id, "loves cornbread")
    card = Contacts(
        context.db,
        context.clock,
        "Anna",
        context.networks,
        context.origin,
        place=_desk(context, "Memphis"),
    )
    made = context.writer.call(card.create, "Walk-in guest")
    with context.db.read() as session:
        assert session.get(Note, note.id).property_id == places["Memphis"]
        assert session.get(Contact, made.id).property_id == places["Memphis"]
        # The customer was first known where her first message came.
        assert session.get(Contact, row.contact_id).property_id == places["Nashville"]
    assert context.properties.of_accounts() == {
        account.id: context.properties.get(places["Nashville"])
    }


def test_an_export_names_every_messages_property_in_a_fixed_number_of_statements(
    context, places, clock
):
    account = context.writer.call(context.accounts.create, "demo", "Test")
    context.writer.call(context.properties.place_account, account.id, places["Memphis"])
    items = [message(f"m{i}", clock.now() - i * DAY, author_key=f"a{i}@x") for i in range(60)]
    context.writer.call(context.ingest.store_batch, account.id, batch(*items))
    with counted_statements(context.db) as few:
        details = context.inbox.details(InboxFilter(), 10)
    with counted_statements(context.db) as many:
        all_details = context.inbox.details(InboxFilter(), 60)
    assert len(many) == len(few)
    assert {d.property_name for d in [*details, *all_details]} == {"Memphis"}


def test_an_arrivals_list_belongs_to_its_property_and_today_lists_that_propertys(context, places):
    _import(context, GUEST_CSV, places["Nashville"])
    other = GUEST_CSV.replace(b"Maya Okafor,maya@example.net", b"Ben Ode,ben@example.net")
    _import(context, other, places["Memphis"])
    at_nashville = arrivals_on(context.db, ARRIVAL_DAY, places["Nashville"])
    at_memphis = arrivals_on(context.db, ARRIVAL_DAY, places["Memphis"])
    assert [a.guest_name for a in at_nashville] == ["Maya Okafor"]
    assert [a.guest_name for a in at_memphis] == ["Ben Ode"]
    assert len(arrivals_on(context.db, ARRIVAL_DAY)) == 2
    # Both lists use reservation R-1: each property's numbers are its own.
    with context.db.read() as session:
        stays = session.execute(select(Stay.property_id, Stay.guest_name)).all()
    assert sorted(stays) == sorted(
        [(places["Nashville"], "Maya Okafor"), (places["Memphis"], "Ben Ode")]
    )
    # Importing Nashville's list again changes nothing.
    again = _import(context, GUEST_CSV, places["Nashville"])
    assert (again.imported, again.unchanged) == (0, 1)


def test_the_cornbread_guest_arriving_at_the_second_property_is_told_where_she_was_noted(
    context, places, clock
):
    _import(context, GUEST_CSV, places["Memphis"])
    [guest] = arrivals_on(context.db, ARRIVAL_DAY, places["Memphis"])
    context.writer.call(_notes_at(context, "Memphis").add, guest.contact_id, "loves cornbread")
    clock.advance(30 * DAY)
    later = GUEST_CSV.replace(b"2026-11-25,2026-11-27,12,R-1", b"2026-12-25,2026-12-27,4,N-77")
    importer = ArrivalsImport(context.db, context.clock, context.origin)
    parsed = importer.read(later, date(2026, 12, 25))
    report = context.writer.call(importer.apply, parsed, property_id=places["Nashville"])
    assert (report.matched, report.reminders) == (1, 1)
    notifier = RecordingNotifier()
    announcer = ReminderAnnouncer(context.reminders, notifier)
    announcer(report.changes)
    [reminder] = [r for r in context.reminders.shown() if r.kind == "arrival"]
    assert (reminder.noted_at, reminder.noted) == ("Memphis", "loves cornbread")
    assert reminder.noted_elsewhere == "noted at Memphis: loves cornbread"
    assert reminder.as_json()["noted_at"] == "Memphis"
    [shown] = notifier.sent
    assert "• noted at Memphis: loves cornbread" in shown.body


def test_a_desk_is_shown_and_told_its_own_propertys_reminders_and_those_at_none(
    context, places, clock
):
    _import(context, GUEST_CSV, places["Memphis"])
    [guest] = arrivals_on(context.db, ARRIVAL_DAY, places["Memphis"])
    context.writer.call(_notes_at(context, "Memphis").add, guest.contact_id, "loves cornbread")
    later = GUEST_CSV.replace(b"2026-11-25,2026-11-27,12,R-1", b"2026-11-25,2026-11-27,4,N-77")
    report = _import(context, later, places["Nashville"])
    # A follow-up belongs to no property: every desk has it.
    context.writer.call(
        context.reminders.follow_up,
        guest.contact_id,
        clock.now() - timedelta(minutes=1),
        "call back",
    )

    def desk_at(name: str | None) -> Reminders:
        place = None if name is None else places[name]
        return Reminders(context.db, context.clock, context.origin, lambda: place)

    def kinds(reminders: Reminders) -> list[str]:
        return sorted(r.kind for r in reminders.shown())

    assert kinds(desk_at("Nashville")) == ["arrival", "follow_up"]
    assert kinds(desk_at("Memphis")) == ["follow_up"]
    assert kinds(desk_at(None)) == ["arrival", "follow_up"]
    assert [desk_at(n).count_due() for n in ("Nashville", "Memphis", None)] == [2, 1, 2]
    told = {}
    for name in ("Nashville", "Memphis"):
        notifier = RecordingNotifier()
        ReminderAnnouncer(desk_at(name), notifier)(report.changes)
        told[name] = [n.body for n in notifier.sent]
    assert len(told["Nashville"]) == 1 and "noted at Memphis" in told["Nashville"][0]
    assert told["Memphis"] == []


def test_a_note_written_at_the_same_property_says_no_where(context, places, clock):
    _import(context, GUEST_CSV, places["Memphis"])
    [guest] = arrivals_on(context.db, ARRIVAL_DAY, places["Memphis"])
    context.writer.call(_notes_at(context, "Memphis").add, guest.contact_id, "loves cornbread")
    later = GUEST_CSV.replace(b"2026-11-25,2026-11-27,12,R-1", b"2026-11-25,2026-11-27,12,R-2")
    _import(context, later, places["Memphis"])
    [reminder] = [r for r in context.reminders.shown() if r.kind == "arrival"]
    assert reminder.noted_at is None and reminder.as_json()["noted_at"] is None
    assert reminder.notes == ("loves cornbread",)


def test_a_return_by_message_at_another_property_says_where_she_was_noted(context, places, clock):
    account = context.writer.call(
        context.accounts.create, "demo", "Nashville's account", connected_at=clock.now() - 300 * DAY
    )
    context.writer.call(context.properties.place_account, account.id, places["Nashville"])
    first = clock.now() - 100 * DAY
    context.writer.call(context.ingest.store_batch, account.id, batch(message("first", first)))
    [row] = context.inbox.page(InboxFilter())
    context.writer.call(_notes_at(context, "Memphis").add, row.contact_id, "loves cornbread")
    context.writer.call(_notes_at(context, "Nashville").add, row.contact_id, "room 12 please")
    context.writer.call(
        context.ingest.store_batch, account.id, batch(message("again", clock.now()))
    )
    [reminder] = [r for r in context.reminders.shown() if r.kind == "return"]
    assert (reminder.noted_at, reminder.noted) == ("Memphis", "loves cornbread")


def test_reminders_read_where_notes_were_written_in_a_fixed_number_of_statements(
    context, places, clock
):
    def guests(count: int, first: int) -> bytes:
        rows = "".join(
            f"Guest {i},g{i}@example.net,2026-11-25,2026-11-27,{i},R-{i}\n"
            for i in range(first, first + count)
        )
        return b"Name,Email,Arrival,Departure,Room,Reservation\n" + rows.encode()

    _import(context, guests(30, 0), places["Memphis"])
    memphis = _notes_at(context, "Memphis")
    for guest in arrivals_on(context.db, ARRIVAL_DAY, places["Memphis"]):
        context.writer.call(memphis.add, guest.contact_id, f"noted {guest.guest_name}")
    clock.advance(DAY)
    _import(context, guests(30, 0).replace(b"R-", b"N-"), places["Nashville"])
    shown = context.reminders.shown()
    assert len(shown) == 30 and all(r.noted_at == "Memphis" for r in shown)
    ids = [r.id for r in shown]
    with counted_statements(context.db) as few:
        context.reminders.get_many(ids[:2])
    with counted_statements(context.db) as many:
        context.reminders.get_many(ids)
    assert len(many) == len(few)


def test_today_is_the_propertys_own_day_where_it_has_a_timezone(context, places):
    memphis = context.properties.get(places["Memphis"])
    nashville = context.properties.get(places["Nashville"])
    moment = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)  # 21:00 the day before in Memphis
    assert moment.astimezone(zone_of(memphis, "Europe/Berlin")).date() == date(2026, 11, 24)
    assert moment.astimezone(zone_of(nashville, "Europe/Berlin")).date() == date(2026, 11, 25)
    assert moment.astimezone(zone_of(None, "Asia/Tokyo")).date() == date(2026, 11, 25)
