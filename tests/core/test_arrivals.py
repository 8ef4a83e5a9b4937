"""Arrivals import: odd encodings, headers, date formats and broken rows; matching and
idempotent re-import."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import func, select, update

from socialinbox.app import AppContext
from socialinbox.core import arrivals, changes
from socialinbox.core.arrivals import (
    AmbiguousDates,
    ArrivalsError,
    ArrivalsImport,
    ImportInterrupted,
    read_arrivals,
)
from socialinbox.storage import database
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Contact, Message, Stay
from tests.helpers import batch, message

DAY = date(2026, 4, 3)


@pytest.fixture
def importer(context: AppContext) -> ArrivalsImport:
    return ArrivalsImport(context.db, context.clock, context.origin)


def _import(context, importer, data: bytes, day: date = DAY, **options):
    skip = options.pop("skip_invalid", False)
    parsed = importer.read(data, day, **options)
    return parsed, context.writer.call(importer.apply, parsed, skip_invalid=skip)


GERMAN_CP1252 = (
    "Gast;E-Mail;Telefon;Anreise;Abreise;Zimmer;Reservierungsnummer;Bemerkung\r\n"
    "Jürgen Weiß;J.Weiss@Example.DE;+49 171 2345678;03.04.2026;05.04.2026;214;R-1001;Süßes\r\n"
    "Zoë Martín;;;03.04.2026;04.04.2026;12;R-1002;\r\n"
    "Élodie Brun;e.brun@example.fr;;04.04.2026;06.04.2026;7;R-1003;\r\n"
).encode("cp1252")


def test_german_headers_semicolons_and_windows_1252_are_read(importer):
    parsed = importer.read(GERMAN_CP1252, DAY)
    assert parsed.encoding == "cp1252" and parsed.delimiter == ";"
    assert parsed.date_format == "%d.%m.%Y"
    assert parsed.unmapped == ("Bemerkung",)
    assert [r.name for r in parsed.rows] == ["Jürgen Weiß", "Zoë Martín"]
    first = parsed.rows[0]
    assert (first.email, first.phone, first.room, first.reservation) == (
        "j.weiss@example.de",
        "+491712345678",
        "214",
        "R-1001",
    )
    assert parsed.other_days == 1 and parsed.bad_rows == ()


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Nom;Courriel;Téléphone;Date d'arrivée;Départ;Chambre;Numéro de réservation", None),
        ("Huésped;Correo electrónico;Teléfono;Llegada;Salida;Habitación;Localizador", None),
        ("Ospite;Email;Cellulare;Data di arrivo;Partenza;Camera;Numero prenotazione", None),
        ("Guest Name,E-mail,Phone,Check-in,Check-out,Room No.,Booking Ref", None),
    ],
)
def test_french_spanish_italian_and_english_headers_are_recognised(header, expected):
    delimiter = "," if "," in header else ";"
    row = delimiter.join(["Ana Ruiz", "ana@example.es", "", "2026-04-03", "2026-04-05", "3", "B7"])
    parsed = read_arrivals(f"{header}\n{row}\n".encode(), DAY)
    assert sorted(parsed.mapping.values()) == sorted(
        ["name", "email", "phone", "arrival", "departure", "room", "reservation"]
    )
    assert parsed.rows[0].reservation == "B7"


def test_utf8_with_bom_commas_and_a_quoted_line_break(importer):
    data = (
        "\ufeffName,Email,Arrival,Room,Comment\n"
        '"Okafor, Maya",maya@example.net,2026-04-03,12,"late arrival\nafter 23:00"\n'
        "Tom Ellery,,2026-04-03,,\n"
        ",nobody@example.net,2026-04-03,5,\n"
    ).encode()
    parsed = importer.read(data, DAY)
    assert parsed.encoding == "utf-8-sig" and parsed.delimiter == ","
    assert [r.name for r in parsed.rows] == ["Okafor, Maya", "Tom Ellery"]
    assert [r.line for r in parsed.rows] == [2, 4]
    # The bad row starts on line 5: the quoted line break counts.
    assert parsed.bad_rows == ((5, "no name"),)


def test_an_ambiguous_date_is_settled_by_the_import_day_or_asked_about(importer):
    data = b"Name,Arrival,Departure\nAnja Fischer,03/04/2026,05/04/2026\n"
    assert importer.read(data, date(2026, 4, 3)).date_format == "%d/%m/%Y"
    assert importer.read(data, date(2026, 3, 4)).date_format == "%m/%d/%Y"
    with pytest.raises(AmbiguousDates) as asked:
        importer.read(data, date(2026, 5, 1))
    assert set(asked.value.formats) == {"%d/%m/%Y", "%m/%d/%Y"}
    chosen = importer.read(data, date(2026, 3, 4), date_format="%m/%d/%Y")
    assert chosen.rows[0].departure == date(2026, 5, 4)
    # A day above 12 settles it on its own.
    clear = b"Name,Arrival\nA,03/04/2026\nB,25/04/2026\n"
    assert importer.read(clear, date(2026, 5, 1)).date_format == "%d/%m/%Y"


def test_bad_rows_are_listed_by_line_and_nothing_is_imported_unless_skipped(context, importer):
    data = (
        b"Name;Arrival;Departure;Email\n"
        b"Good Guest;2026-04-03;2026-04-04;good@example.com\n"
        b"Bad Date;2026-13-45;;\n"
        b"Backwards;2026-04-03;2026-04-01;\n"
        b"Bad Mail;2026-04-03;;not-an-address\n"
    )
    parsed = importer.read(data, DAY)
    assert [line for line, _ in parsed.bad_rows] == [3, 4, 5]
    assert "departure before arrival" in parsed.bad_rows[1][1]
    with pytest.raises(ArrivalsError, match="line 3"):
        context.writer.call(importer.apply, parsed)
    with context.db.read() as session:
        assert session.execute(select(func.count(Stay.id))).scalar() == 0
    report = context.writer.call(importer.apply, parsed, skip_invalid=True)
    assert (report.imported, report.skipped_bad) == (1, 3)


def test_matching_reminders_and_a_second_import_changing_nothing(context, importer, clock):
    account = context.writer.call(context.accounts.create, "demo", "Mail")
    known = context.writer.call(context.contacts.create, "Jürgen Weiss").id
    context.writer.call(context.contacts.link, known, "email", "j.weiss@example.de")
    context.writer.call(context.notes.add, known, "wants a feather-free pillow", pinned=True)
    by_phone = context.writer.call(context.contacts.create, "Z. Martin").id
    context.writer.call(context.contacts.link, by_phone, "phone", "0049 30 1234567")
    lookalike = context.writer.call(context.contacts.create, "Zoe Martin").id
    data = GERMAN_CP1252.replace(
        b";;;03.04.2026;04.04.2026;12", b";;+49301234567;03.04.2026;04.04.2026;12"
    )
    data = data.replace(b"Zo\xeb Mart\xedn", b"Zoe Martinez")

    _, report = _import(context, importer, data)
    assert (report.imported, report.matched, report.new_contacts, report.reminders) == (2, 2, 0, 1)
    [reminder] = context.reminders.shown()
    assert reminder.kind == "arrival" and reminder.contact_id == known
    assert "room 214" in reminder.reason and reminder.notes == ("wants a feather-free pillow",)
    assert [h.contact_id for h in context.contacts.lookup("214")] == [known]
    assert lookalike not in {h.contact_id for h in context.contacts.lookup("R-1002")}

    _, again = _import(context, importer, data)
    assert (again.imported, again.unchanged, again.reminders, again.new_contacts) == (0, 2, 0, 0)
    assert len(context.reminders.shown()) == 1

    # An unmatched guest becomes a guest contact; a similar name is only a suggestion.
    newcomer = b"Name,Email,Arrival\nZoe Martine,zoe.m@example.org,2026-04-03\n"
    _, report = _import(context, importer, newcomer)
    assert (report.matched, report.new_contacts) == (0, 1)
    [suggestion] = report.suggestions
    assert suggestion.contact_id == lookalike and suggestion.score >= 88
    with context.db.read() as session:
        guest_contact = session.execute(
            select(Stay.contact_id).where(Stay.email == "zoe.m@example.org")
        ).scalar_one()
        assert session.get(Contact, guest_contact).display_name == "Zoe Martine"
    # ...so that a later message from her address joins that contact.
    context.writer.call(
        context.ingest.store_batch,
        account.id,
        batch(
            message(
                "mail-9",
                clock.now(),
                channel="email",
                author_key="Zoe.M@example.org",
                handle="zoe.m@example.org",
                kind="email",
            )
        ),
    )
    with context.db.read() as session:
        assert (
            session.execute(
                select(Message.contact_id).where(Message.remote_id == "mail-9")
            ).scalar()
            == guest_contact
        )


def test_rows_without_reservation_are_keyed_by_name_and_arrival(context, importer):
    data = b"Name,Arrival,Room\nKemi Adebayo,2026-04-03,9\n"
    _import(context, importer, data)
    _, report = _import(context, importer, b"Name,Arrival,Room\nKemi Adebayo,2026-04-03,10\n")
    assert (report.imported, report.updated) == (0, 1)
    with context.db.read() as session:
        assert session.execute(select(Stay.room)).scalars().all() == ["10"]


def test_a_mapping_is_remembered_with_its_date_format_and_encoding(context, importer):
    data = "Gast-Nr;Wer;Wann\nX-1;Åsa Berg;03/04/2026\n".encode("cp1252")
    with pytest.raises(ArrivalsError, match="no column for 'name'"):
        importer.read(data, DAY)
    _import(
        context,
        importer,
        data,
        mapping={"Wer": "name", "Wann": "arrival", "Gast-Nr": "reservation"},
        date_format="%d/%m/%Y",
    )
    later = "Gast-Nr;Wer;Wann\nX-2;Bo Lind;03/04/2026\n".encode("cp1252")
    parsed = importer.read(later, DAY)
    assert parsed.mapping == {"Gast-Nr": "reservation", "Wer": "name", "Wann": "arrival"}
    assert parsed.date_format == "%d/%m/%Y" and parsed.rows[0].reservation == "X-2"


def test_the_command_line_offers_the_same_fields():
    from socialinbox.cli import arrivals as cli_arrivals
    from socialinbox.core.arrivals import FIELDS

    assert cli_arrivals.FIELDS == FIELDS


def test_the_encoding_can_be_forced(importer):
    data = "Name,Arrival\nSøren Ødegård,2026-04-03\n".encode("cp1252")
    assert importer.read(data, DAY).rows[0].name == "Søren Ødegård"
    assert importer.read(data, DAY, encoding="cp850").rows[0].name != "Søren Ødegård"
    with pytest.raises(ArrivalsError, match="utf-8"):
        importer.read(data, DAY, encoding="utf-8")


def test_todays_arrivals_list_returning_guests_with_notes_first(context, importer, clock):
    from socialinbox.core.arrivals import arrivals_on

    first_stay = b"Name,Email,Arrival,Room\nPia Holm,pia@example.dk,2026-03-01,4\n"
    _import(context, importer, first_stay, date(2026, 3, 1))
    [pia] = context.contacts.list_contacts(search="pia")
    context.writer.call(context.notes.add, pia.id, "likes the garden view", pinned=True)
    today = (
        b"Name,Email,Arrival,Room\n"
        b"Aaron Abel,aaron@example.com,2026-04-03,1\n"
        b"Pia Holm,PIA@example.dk,2026-04-03,5\n"
    )
    _, report = _import(context, importer, today)
    assert report.reminders == 1
    listed = arrivals_on(context.db, DAY)
    assert [(a.guest_name, a.returning, a.notes) for a in listed] == [
        ("Pia Holm", True, ("likes the garden view",)),
        ("Aaron Abel", False, ()),
    ]
    assert arrivals_on(context.db, date(2026, 4, 4)) == []


def test_stays_imported_before_rooms_counted_are_kept_not_doubled(context, importer):
    # An earlier version keyed a stay without reservation by name and day only: its
    # "John Smith" holds room 202 after swallowing room 101's namesake.
    data = b"Name,Arrival,Room\nJohn Smith,2026-04-03,101\nJohn Smith,2026-04-03,202\n"
    _import(context, importer, b"Name,Arrival,Room\nJohn Smith,2026-04-03,202\n")
    with context.db.write() as session:
        session.execute(update(Stay).values(import_key="name:john smith|2026-04-03"))
    _, report = _import(context, importer, data)
    assert (report.imported, report.updated, report.unchanged) == (1, 0, 1)
    _, again = _import(context, importer, data)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    with context.db.read() as session:
        assert sorted(session.execute(select(Stay.room)).scalars()) == ["101", "202"]


def test_rows_of_one_identity_with_other_details_are_bad_rows_by_line(importer):
    parsed = importer.read(
        b"Res,Name,Arrival,Room\n"
        b"R1,Ada Lovelace,2026-04-03,7\n"
        b",John Smith,2026-04-03,101\n"
        b"R1,Ada Lovelace,2026-04-03,7\n"
        b",John Smith,2026-04-03,101\n"
        b"R2,Alan Turing,2026-04-03,8\n"
        b"R2,Alan Turing,2026-04-03,9\n",
        DAY,
        mapping={"Res": "reservation"},
    )
    # Repeated rows are one guest; one reservation in two rooms is for a person to settle.
    assert [row.line for row in parsed.rows] == [2, 3]
    assert parsed.bad_rows == (
        (6, "reservation R2 is also on line 7 with other details"),
        (7, "reservation R2 is also on line 6 with other details"),
    )


@pytest.mark.sqlite_only
def test_an_import_the_database_stays_busy_for_keeps_whole_batches_and_a_rerun_completes_it(
    context, importer, monkeypatch
):
    # Another program takes the write lock in the pause after the first batch and keeps
    # it past the busy timeout (shortened to 0.2 s here; 10 s in use).
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(arrivals, "BATCH_ROWS", 2)
    busy_db = Database(str(context.db.url))
    holder = sqlite3.connect(busy_db.path, isolation_level=None)

    def another_program_writes(_seconds: float) -> None:
        if not holder.in_transaction:
            holder.execute("BEGIN IMMEDIATE")

    monkeypatch.setattr(arrivals.time, "sleep", another_program_writes)
    data = b"Name,Email,Arrival\n" + b"".join(
        f"Guest {name},{name}@example.com,2026-04-03\n".encode() for name in "ABCDE"
    )
    busy_importer = ArrivalsImport(busy_db, context.clock, context.origin)
    parsed = busy_importer.read(data, DAY)
    try:
        with pytest.raises(ImportInterrupted) as interrupted:
            busy_importer.apply(parsed)
    finally:
        holder.close()
        busy_db.dispose()
    assert (interrupted.value.saved, interrupted.value.total) == (2, 5)
    assert "2 of 5 arrivals were saved; import the file again to finish" in str(interrupted.value)
    assert len(interrupted.value.changes.ids(changes.CONTACT)) == 2
    with context.db.read() as session:
        assert session.execute(select(func.count()).select_from(Stay)).scalar() == 2
        assert session.execute(select(func.count()).select_from(Contact)).scalar() == 2
    monkeypatch.undo()
    _, report = _import(context, importer, data)
    assert (report.imported, report.unchanged) == (3, 2)
