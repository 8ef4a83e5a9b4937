"""The batch writes of the storage layer (COPY and UPDATE … FROM unnest on PostgreSQL, an
executemany on SQLite) store what one INSERT or UPDATE per row would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from socialinbox.storage.dialect import insert_rows, update_by_id
from socialinbox.storage.schema import Contact, Identity

CONTACTS = Contact.metadata.tables[Contact.__tablename__]
T0 = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)
AWKWARD_NAMES = [
    "O'Brien \\ back\tslash",
    'line\nbreak, "quoted", comma',
    "Zoë Müller 🍞 \\N",
    "",
]


def _new_contacts(session):
    rows = [
        {"display_name": name, "created_at": T0 + timedelta(days=i), "updated_at": T0}
        for i, name in enumerate(AWKWARD_NAMES)
    ]
    insert_rows(session, CONTACTS, rows)
    return session.execute(select(Contact).order_by(Contact.id)).scalars().all()


def test_inserted_rows_keep_their_values_order_and_defaults(context):
    with context.db.write() as session:
        stored = _new_contacts(session)
    assert [c.display_name for c in stored] == AWKWARD_NAMES
    assert [c.created_at for c in stored] == [T0 + timedelta(days=i) for i in range(4)]
    # Ids follow the rows' order; left-out columns take their defaults (Python and server).
    assert [c.id for c in stored] == sorted(c.id for c in stored)
    assert {(c.vip, c.topics_json, c.version, c.follow_up_at) for c in stored} == {
        (False, "[]", 1, None)
    }


def test_updated_rows_take_their_own_values_null_included_and_the_condition(context):
    with context.db.write() as session:
        stored = _new_contacts(session)
        ids = [c.id for c in stored]
        update_by_id(
            session,
            CONTACTS,
            [{"id": i, "display_name": f"n{i}", "follow_up_at": None} for i in ids],
        )
        # A later time only: the third row's (earlier than its stored time) stays.
        update_by_id(
            session,
            CONTACTS,
            [
                {"id": i, "updated_at": T0 + timedelta(hours=1 if n != 2 else -1)}
                for n, i in enumerate(ids)
            ],
            only_if=lambda given: or_(
                CONTACTS.c.updated_at.is_(None), CONTACTS.c.updated_at < given("updated_at")
            ),
        )
    with context.db.read() as session:
        after = session.execute(select(Contact).order_by(Contact.id)).scalars().all()
    assert [c.display_name for c in after] == [f"n{i}" for i in ids]
    assert [c.follow_up_at for c in after] == [None] * 4
    hour = timedelta(hours=1)
    assert [c.updated_at for c in after] == [T0 + hour, T0 + hour, T0, T0 + hour]


def test_a_refused_row_is_the_database_error_any_insert_raises_and_nothing_stays(context):
    identities = Identity.metadata.tables[Identity.__tablename__]
    with pytest.raises(IntegrityError), context.db.write() as session:
        _new_contacts(session)
        no_such_contact = {"channel": "x", "key": "k", "contact_id": 10**9, "created_at": T0}
        insert_rows(session, identities, [no_such_contact])
    with context.db.read() as session:
        assert session.execute(select(Contact)).first() is None
