"""Opening the database: privacy, engine settings, versions, migrations."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from socialinbox.app import AppContext, AppOptions
from socialinbox.core.business_settings import RETURN_QUIET_DAYS
from socialinbox.core.inbox import InboxFilter
from socialinbox.storage.database import (
    KNOWN_REVISIONS,
    MIGRATIONS_DIR,
    SCHEMA_HEAD,
    Database,
    DatabaseTooNew,
    DatabaseUnreadable,
)
from socialinbox.storage.types import from_micros, to_micros
from tests.helpers import batch, message

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_folder_and_files_are_readable_by_their_owner_only(tmp_path):
    ctx = AppContext(AppOptions(data_dir=tmp_path / "d"))
    try:
        ctx.writer.call(ctx.accounts.create, "demo", "x")
        assert _mode(tmp_path / "d") == 0o700
        for path in (tmp_path / "d").iterdir():
            assert _mode(path) == 0o600, path.name
    finally:
        ctx.close()


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    db.prepare()
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    db.dispose()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.prepare()
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version of Social Inbox"):
        Database(f"sqlite:///{path}").prepare()
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseUnreadable, match="Cannot read"):
        Database(f"sqlite:///{path}").prepare()


def test_a_foreign_sqlite_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER)")
    with pytest.raises(DatabaseUnreadable, match="not a Social Inbox database"):
        Database(f"sqlite:///{path}").prepare()


def test_the_known_revisions_match_the_migration_scripts():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    assert scripts.get_current_head() == SCHEMA_HEAD
    assert {s.revision for s in scripts.walk_revisions()} == set(KNOWN_REVISIONS)


def test_timestamps_are_stored_in_utc_and_naive_ones_are_refused():
    moment = datetime(2026, 3, 12, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert from_micros(to_micros(moment)) == moment.astimezone(UTC)
    assert from_micros(to_micros(moment)).tzinfo == UTC
    with pytest.raises(ValueError, match="naive"):
        to_micros(datetime(2026, 3, 12))


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite3")), ids=lambda p: p.name)
def test_every_released_schema_upgrades_with_its_data(fixture, tmp_path):
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    ctx = AppContext(AppOptions(database_url=f"sqlite:///{copy}", data_dir=tmp_path / "d"))
    try:
        assert ctx.db.stored_revision() == SCHEMA_HEAD
        [account] = ctx.accounts.list_accounts()
        assert (account.name, account.kind) == ("Fixture demo", "demo")
        assert account.uuid == "3f1c9a52-0b8e-4a57-9d0e-2f8a6c1b7e01"
        assert account.connected_at == datetime(2026, 3, 1, tzinfo=UTC)
        from socialinbox.core.inbox import InboxFilter

        [hit] = ctx.inbox.page(InboxFilter(search="cafe"))
        detail = ctx.inbox.get(hit.id)
        assert detail.text.startswith("The cornbread at the Linden House")
        assert detail.created_at == datetime(2026, 3, 12, 9, tzinfo=UTC)
        assert detail.replied_at is not None and detail.contact_id == 1
        assert len(ctx.inbox.thread(hit.id)) == 2
        with ctx.db.read() as session:
            counts = {
                table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                for table in ("contacts", "identities", "notes", "reminders", "outbox", "changes")
            }
            note = session.execute(text("SELECT text, pinned FROM notes")).one()
        # From 0002 on, the fixture holds a second contact merged into the first.
        since_0002 = fixture.name >= "schema_0002"
        merged = 2 if since_0002 else 1
        assert counts == {**dict.fromkeys(counts, 1), "contacts": merged, "identities": merged}
        assert note == ("loves cornbread — from her post of 12 March", 1)
        assert ctx.business.get(RETURN_QUIET_DAYS) == 45
        # Contacts of every schema are found by the quick lookup (0002 indexed old ones).
        [hit] = ctx.contacts.lookup("oka")
        assert (hit.contact_id, hit.pinned_notes) == (
            1,
            ("loves cornbread — from her post of 12 March",),
        )
        if since_0002:
            _check_front_desk_data_of_0002(ctx)
        if fixture.name >= "schema_0003":
            _check_rate_limits_of_0003(ctx)
        # From 0005 on, a message keeps the impossible time its sender claimed.
        expected_claim = "9999-12-31T23:59:59-05:00" if fixture.name >= "schema_0005" else None
        assert detail.claimed_time == expected_claim
        if fixture.name >= "schema_0006":
            _check_logged_conversation_of_0006(ctx)
        if fixture.name >= "schema_0007":
            _check_response_practice_of_0007(ctx)
        if fixture.name >= "schema_0008":
            _check_api_quota_of_0008(ctx)
        if fixture.name >= "schema_0011":
            _check_desks_of_0011(ctx)
        if fixture.name >= "schema_0012":
            _check_places_of_0012(ctx, detail.id)
        else:
            # Rows from before properties belong to none, and the desk is at none.
            assert ctx.properties.list_properties() == []
            assert ctx.inbox.get(detail.id).property_name is None
            assert ctx.desk_property.info() is None
    finally:
        ctx.close()


def _check_logged_conversation_of_0006(ctx: AppContext) -> None:
    """From 0006 on, a call logged by hand keeps who logged it, in the customer's timeline."""
    [call] = ctx.inbox.page(InboxFilter(channel="phone"))
    detail = ctx.inbox.get(call.id)
    assert (detail.logged_by, detail.contact_id, detail.inbound) == ("Anna", 1, True)
    assert call.id in ctx.contacts.timeline(1)


def _check_response_practice_of_0007(ctx: AppContext) -> None:
    """From 0007 on, the response practice's rows (users, an escalation, an alert, a
    message's first response, tone and assignment, a reminder's suggested reply) survive
    every later upgrade."""
    with ctx.db.read() as session:
        message = session.execute(
            text(
                "SELECT first_response_at IS NOT NULL, level IS NOT NULL, sentiment, "
                "assigned_to, escalated_to FROM messages WHERE id = 1"
            )
        ).one()
        users = session.execute(text("SELECT name, role FROM users ORDER BY name")).all()
        escalation = session.execute(
            text("SELECT message_id, to_user, by_user, reason, outcome FROM escalations")
        ).one()
        alert = session.execute(
            text("SELECT channel, kind, count, usual, negative, acknowledged_by FROM alerts")
        ).one()
        suggestion = session.execute(text("SELECT suggestion FROM reminders")).scalar_one()
    assert tuple(message) == (1, 1, 0.62, "Anna", "Ben")
    assert [tuple(u) for u in users] == [("Anna", "owner"), ("Ben", "staff")]
    assert tuple(escalation) == (1, "Ben", "Anna", "a regular: answer her personally", None)
    assert tuple(alert) == ("x", "spike", 14, 1.5, 9, None)
    assert suggestion == "Thank you for the kind words about our cornbread, Maya!"


def _check_api_quota_of_0008(ctx: AppContext) -> None:
    """From 0008 on, an account's count of YouTube quota units (3,140 on 12 March, a day
    the network said was used up) survives every later upgrade."""
    from socialinbox.storage.schema import ApiQuota

    with ctx.db.read() as session:
        row = session.get(ApiQuota, 1)
        assert row is not None
        kept = (row.day, row.used, row.exhausted_at)
    assert kept == (date(2026, 3, 12), 3140, datetime(2026, 3, 12, 21, 30, tzinfo=UTC))


def _check_desks_of_0011(ctx: AppContext) -> None:
    """From 0011 on, the versions of notes and contacts (and who saved them last) and an
    account's sync lease survive every later upgrade."""
    [note] = ctx.notes.list_notes(1)
    card = ctx.contacts.get(1)
    assert (note.version, note.author_of_version) == (3, "Ben")
    assert (card.version, card.edited_by) == (2, "Anna")
    from socialinbox.storage.schema import SyncLease

    with ctx.db.read() as session:
        lease = session.get(SyncLease, 1)
        assert lease is not None
        kept = (lease.holder, lease.user, lease.until)
    assert kept == ("front-desk-2:4242", "Anna", datetime(2026, 3, 12, 9, 1, tzinfo=UTC))


def _check_places_of_0012(ctx: AppContext, message_id: int) -> None:
    """From 0012 on, the chain's properties and where each row belongs survive every later
    upgrade: the account and its message at Nashville, the customer first known and her
    note written at Memphis, her stay and the reminder at Nashville."""
    places = ctx.properties.list_properties()
    assert [(p.id, p.name, p.timezone) for p in places] == [
        (1, "Memphis", "America/Chicago"),
        (2, "Nashville", None),
    ]
    assert ctx.inbox.get(message_id).property_name == "Nashville"
    assert ctx.properties.of_accounts()[1].name == "Nashville"
    with ctx.db.read() as session:
        placed = {
            table: session.execute(text(f"SELECT property_id FROM {table} WHERE id = 1")).scalar()
            for table in ("contacts", "notes", "stays", "reminders")
        }
    assert placed == {"contacts": 1, "notes": 1, "stays": 2, "reminders": 2}
    from socialinbox.core.arrivals import arrivals_on

    assert [a.contact_id for a in arrivals_on(ctx.db, date(2026, 12, 3), 2)] == [1]
    assert arrivals_on(ctx.db, date(2026, 12, 3), 1) == []


def _check_front_desk_data_of_0002(ctx: AppContext) -> None:
    """The rows of the tables that 0002 added survive every later upgrade."""
    [hit] = ctx.contacts.lookup("12")  # the room of her stay
    assert hit.contact_id == 1
    assert [h.contact_id for h in ctx.contacts.lookup("LH-204")] == [1]
    with ctx.db.read() as session:
        stay = session.execute(
            text("SELECT reservation, room, arrival, departure, contact_id FROM stays")
        ).one()
        merge = session.execute(
            text("SELECT keep_id, other_id, undone_at FROM contact_merges")
        ).one()
        mapping = session.execute(
            text("SELECT mapping_json, date_format, encoding FROM import_mappings")
        ).one()
    assert tuple(stay) == ("LH-20417", "12", "2026-12-03", "2026-12-06", 1)
    assert tuple(merge) == (1, 2, None)
    assert mapping[1:] == ("%d.%m.%Y", "cp1252") and "Anreise" in mapping[0]
    undone = ctx.writer.call(ctx.contacts.undo_merge, 1)
    assert undone.touches("contact")
    [identity] = [i for i in ctx.contacts.get(2).identities]
    assert identity.handle == "maya.okafor@example.net"


def _check_rate_limits_of_0003(ctx: AppContext) -> None:
    """A wait a network asked for (0003) survives every later upgrade."""
    with ctx.db.read() as session:
        row = session.execute(text("SELECT account_id, bucket, reason FROM rate_limits")).one()
    assert tuple(row) == (1, "requests", "fixture.test answered too many requests")


def test_a_contacts_received_messages_are_read_through_the_contact_index(tmp_path) -> None:
    """Not by walking every received message (ix_messages_list), which a large inbox
    cannot afford on each reminder check, card and template."""
    from sqlalchemy import func, select
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from socialinbox.storage.database import Database
    from socialinbox.storage.dialect import received_by
    from socialinbox.storage.schema import Message

    db = Database(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    db.prepare()
    statements = (
        select(Message.id).where(received_by(7)).order_by(Message.created_at.desc()).limit(1),
        select(func.max(Message.created_at)).where(received_by(7), Message.id.not_in([1])),
        select(Message.text).where(received_by([7, 8])).order_by(Message.created_at.desc()),
    )
    with db.read() as session:
        for statement in statements:
            sql = str(
                statement.compile(
                    dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
                )
            )
            plan = " ".join(
                row[-1] for row in session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
            )
            assert "ix_messages_contact" in plan, plan
    db.dispose()


def test_the_windows_counts_read_the_unread_index_alone(tmp_path) -> None:
    """All messages, Unread and each network's unread count from ix_messages_unread
    without reading a row (0013): at a million messages a recount read every inbound
    row of the table."""
    from sqlalchemy import event

    from socialinbox.core.inbox import Inbox
    from socialinbox.storage.database import Database

    db = Database(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    db.prepare()
    seen: list[tuple[str, object]] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append((a[2], a[3])))
    inbox = Inbox(db)
    for flt in (InboxFilter(), InboxFilter("unread"), InboxFilter("unread", channel="x")):
        inbox.count(flt)
    counts = [(sql, params) for sql, params in seen if "count(" in sql.lower()]
    assert len(counts) == 3
    with db.read() as session:
        for sql, params in counts:
            plan = " ".join(
                row[-1]
                for row in session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
            )
            assert "COVERING INDEX ix_messages_unread" in plan, plan
    db.dispose()


# -- 0004: identities linked by hand before networks declared their forms ---------------------


# hand_links_0003.sqlite3: a database at 0003 in which four customers were linked by hand
# in the old, as-typed form (contacts 4-7: bluesky "laura.bsky.social", mastodon
# "https://mastodon.social/@Anna", e-mail "mailto:zoe@example.org", mastodon
# "Ben@Mastodon.Social"; Laura's card holds a pinned note) and three of them then wrote:
# ingest made contacts 1-3 (did:plc:laura, anna@mastodon.social, zoe@example.org).
HAND_LINKS = {"bluesky": 4, "mastodon": 5, "email": 6, "ben": 7}


def test_0004_merges_the_contacts_that_old_hand_links_split_and_the_card_can_undo_it(
    tmp_path, clock
):
    shutil.copy(FIXTURES / "hand_links_0003.sqlite3", tmp_path / "old.sqlite3")
    made = HAND_LINKS
    ctx = AppContext(
        AppOptions(database_url=f"sqlite:///{tmp_path / 'old.sqlite3'}", data_dir=tmp_path / "d"),
        clock=clock,
    )
    try:
        assert ctx.db.stored_revision() == SCHEMA_HEAD
        names = sorted(c.name for c in ctx.contacts.list_contacts())
        assert names == [
            "Anna (front desk)",
            "Ben (front desk)",
            "Laura (front desk)",
            "Zoe (front desk)",
        ]
        laura = ctx.contacts.get(made["bluesky"])
        assert {(i.key, i.handle) for i in laura.identities} == {
            (None, "@laura.bsky.social"),
            ("did:plc:laura", "@laura.bsky.social"),
        }
        [ben] = ctx.contacts.get(made["ben"]).identities
        assert (ben.key, ben.handle) == ("ben@mastodon.social", "@ben@mastodon.social")
        assert ctx.contacts.timeline(made["email"]) and ctx.contacts.timeline(made["mastodon"])

        # Her next post, 60 days on, lands on the card with her note, and raises the
        # return reminder. (The clock moves: a post dated ahead of its arrival is not
        # believed, see core.untrusted.)
        clock.advance(timedelta(days=60))
        later = message(
            "b2",
            clock.now(),
            channel="bluesky",
            author_key="did:plc:laura",
            handle="@laura.bsky.social",
        )
        ctx.writer.call(ctx.ingest.store_batch, ctx.accounts.list_accounts()[0].id, batch(later))
        [reminder] = [r for r in ctx.reminders.shown() if r.kind == "return"]
        assert reminder.contact_id == made["bluesky"]
        assert reminder.notes == ("loves the cornbread",)

        # The card lists the upgrade's merge and undoes it as its own.
        [(merge_id, other_id, _when)] = ctx.contacts.merges_of(made["bluesky"])
        ctx.writer.call(ctx.contacts.undo_merge, merge_id)
        assert [(i.key, i.handle) for i in ctx.contacts.get(other_id).identities] == [
            ("did:plc:laura", "@laura.bsky.social")
        ]
        assert "Laura" in {c.name for c in ctx.contacts.list_contacts()}
        [hit] = ctx.contacts.lookup("laura.bsky")[:1]
        assert hit.contact_id in {made["bluesky"], other_id}
    finally:
        ctx.close()
