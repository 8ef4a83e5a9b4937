"""The batch writes of the storage layer (COPY and UPDATE … FROM unnest on PostgreSQL, an
executemany on SQLite) store what one INSERT or UPDATE per row would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from socialinbox.storage.dialect import insert_rows, list_given, one_of, one_of_given, update_by_id
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


# Keys as networks and people deliver them: quotes, backslashes, braces and commas (the
# characters of PostgreSQL's array syntax), spaces, NULL spelt out, accents, emoji.
AWKWARD_KEYS = [
    'say "hi"',
    "back\\slash\\",
    "{braces},comma",
    "  spaced  ",
    "NULL",
    "",
    "Zoë 🍞",
    "\\N",
]


def _identities(session, channel: str, keys: list[str]) -> list[int]:
    insert_rows(session, CONTACTS, [{"display_name": channel, "created_at": T0, "updated_at": T0}])
    owner = session.execute(select(Contact.id).where(Contact.display_name == channel)).scalar()
    rows = [{"channel": channel, "key": k, "contact_id": owner, "created_at": T0} for k in keys]
    insert_rows(session, Identity.metadata.tables[Identity.__tablename__], rows)
    return list(session.execute(select(Identity.id).where(Identity.channel == channel)).scalars())


def test_one_of_finds_exactly_the_listed_keys_and_ids(context):
    with context.db.write() as session:
        ids = _identities(session, "awkward", AWKWARD_KEYS)
        wanted = [*AWKWARD_KEYS[::2], "not stored", 'say "hi']
        found = session.execute(
            select(Identity.key).where(
                Identity.channel == "awkward", one_of(session, Identity.key, wanted)
            )
        ).scalars()
        by_id = session.execute(
            select(Identity.key).where(one_of(session, Identity.id, [ids[1], ids[3], -5]))
        ).scalars()
        nothing = session.execute(
            select(Identity.id).where(one_of(session, Identity.key, []))
        ).scalars()
    assert sorted(found) == sorted(AWKWARD_KEYS[::2])
    assert sorted(by_id) == sorted([AWKWARD_KEYS[1], AWKWARD_KEYS[3]])
    assert list(nothing) == []


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    keys=st.lists(
        st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
        ),
        min_size=1,
        max_size=30,
        unique=True,
    )
)
def test_one_of_matches_any_text_a_network_sends(context, keys):
    channel = f"any-{uuid4().hex}"
    with context.db.write() as session:
        _identities(session, channel, keys)
        found = session.execute(
            select(Identity.key).where(
                Identity.channel == channel, one_of(session, Identity.key, keys[1:])
            )
        ).scalars()
        assert sorted(found) == sorted(keys[1:])


def test_one_of_a_text_longer_than_its_column_finds_nothing(context):
    # A key longer than the column is no stored key, even when it begins with one: the
    # list is not cut to the column's length (a cut key would find someone else).
    stored = "x" * 300
    with context.db.write() as session:
        _identities(session, "long", [stored])
        for wanted in ([stored + "y"], [stored + " "]):
            found = session.execute(
                select(Identity.key).where(one_of(session, Identity.key, wanted))
            ).scalars()
            assert list(found) == []


def _outcome(session, statement, given=None):
    """The rows a statement finds, or the class of the database's error refusing it."""
    try:
        with session.begin_nested():
            return sorted(session.execute(statement, given or {}).scalars())
    except DBAPIError as exc:
        return type(exc)


def test_a_text_with_a_nul_in_a_given_list_fares_as_in_any_statement(context):
    # Found as with IN on SQLite; refused by PostgreSQL as any NUL is (a database error
    # the app words, not a TypeError).
    with context.db.write() as session:
        _identities(session, "nul", ["a", "b"])
        wanted = ["a", "b\x00c"]
        given = select(Identity.key).where(
            one_of_given(context.db.dialect_name, Identity.key, "keys")
        )
        plain = select(Identity.key).where(Identity.key.in_(wanted))
        assert _outcome(session, given, {"keys": list_given(session, wanted)}) == _outcome(
            session, plain
        )
        assert _outcome(
            session, select(Identity.key).where(one_of(session, Identity.key, wanted))
        ) == _outcome(session, plain)
