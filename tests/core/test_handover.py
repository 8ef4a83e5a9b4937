"""The shift handover digest: what the next shift must know, on generated data and the
demo, and the ``digest --json`` object."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert, select, update

from socialinbox.app import AppContext
from socialinbox.core.handover import SECTION_NAMES, SHIFT
from socialinbox.paths import DATABASE_FILE
from socialinbox.storage.schema import Alert, Escalation, Message, Reminder, Stay
from tests.cli_runner import run_cli
from tests.helpers import batch, message

HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)


@pytest.fixture
def account_id(context: AppContext, clock) -> int:
    clock.advance(-30 * DAY)
    account = context.writer.call(context.accounts.create, "demo", "Test")
    clock.advance(30 * DAY)
    return account.id


def _store(context: AppContext, account_id: int, *messages) -> None:
    context.writer.call(context.ingest.store_batch, account_id, batch(*messages))


def _ids(context: AppContext) -> dict[str, int]:
    with context.db.read() as session:
        return {r.remote_id: r.id for r in session.execute(select(Message.remote_id, Message.id))}


def _shift(context: AppContext, account_id: int, now: datetime) -> dict[str, int]:
    """A night: messages before and during the shift, some answered, some waiting long."""
    _store(
        context,
        account_id,
        message("yesterday", now - SHIFT - HOUR, author_key="a@x.social", author_name="Ann Old"),
        message("review", now - 7 * HOUR, kind="review", rating=2, author_key="r@x.social"),
        message("mention", now - 2 * HOUR, author_key="m@x.social", author_name="Mo Late"),
        message("fresh", now - 10 * MINUTE, author_key="f@x.social", author_name="Fay Fresh"),
        message("answered", now - 3 * HOUR, author_key="b@x.social", author_name="Bea Done"),
        message(
            "reply",
            now - 2 * HOUR,
            kind="reply",
            inbound=False,
            thread_remote_id="answered",
            in_reply_to_remote_id="answered",
            author_key="shop@x.social",
        ),
    )
    return _ids(context)


def test_the_digest_of_a_night_lists_each_section_and_what_opens_each_line(
    context, account_id, clock
):
    now = clock.now()
    ids = _shift(context, account_id, now)
    with context.db.write() as session:
        contact_of = {
            m.remote_id: m.contact_id
            for m in session.execute(select(Message.remote_id, Message.contact_id))
        }
        session.execute(
            update(Message).where(Message.id == ids["mention"]).values(escalated_to="Maria")
        )
        session.execute(
            insert(Escalation),
            [
                dict(
                    message_id=ids["mention"],
                    to_user="Maria",
                    by_user="Tom",
                    reason="angry regular",
                    created_at=now - HOUR,
                ),
                dict(
                    message_id=ids["yesterday"],
                    to_user="Tom",
                    by_user="Tom",
                    reason=None,
                    created_at=now - DAY,
                    resolved_at=now - 20 * HOUR,
                    outcome="refund",
                ),
            ],
        )
        session.execute(
            insert(Alert),
            [
                dict(
                    channel="mastodon",
                    kind="spike",
                    started_at=now - HOUR,
                    last_seen_at=now - MINUTE,
                    count=40,
                    usual=3.0,
                    negative=4,
                    created_at=now - HOUR,
                ),
                dict(
                    channel="x",
                    kind="negative",
                    started_at=now - DAY,
                    last_seen_at=now - DAY,
                    count=8,
                    usual=2.0,
                    negative=6,
                    acknowledged_by="Tom",
                    acknowledged_at=now - 20 * HOUR,
                    created_at=now - DAY,
                ),
            ],
        )
        # Ann wrote before: she is a returning guest; a stranger arrives too.
        session.execute(
            insert(Stay),
            [
                dict(
                    import_key="r1",
                    contact_id=contact_of["yesterday"],
                    guest_name="Ann Old",
                    room="12",
                    arrival=now.date(),
                    created_at=now,
                    updated_at=now,
                ),
                dict(
                    import_key="r2",
                    contact_id=contact_of["fresh"],
                    guest_name="Fay Fresh",
                    arrival=now.date() + 3 * DAY,
                    created_at=now,
                    updated_at=now,
                ),
            ],
        )
    context.writer.call(
        context.reminders.follow_up, contact_of["answered"], now - MINUTE, "Call Bea back"
    )
    context.writer.call(
        context.reminders.follow_up, contact_of["answered"], now + HOUR, "Not yet due"
    )

    digest = context.handover.digest()
    assert digest.since == now - SHIFT and digest.until == now
    assert [m.id for m in digest.new_messages.items] == [
        ids["fresh"],
        ids["mention"],
        ids["answered"],
        ids["review"],
    ]
    assert digest.new_messages.count == 4
    # The review waits for its 24 hours; the mention is past its hour; the fresh one is
    # not, the answered one no longer waits.
    assert [m.id for m in digest.waiting_past_target.items] == [ids["yesterday"], ids["mention"]]
    assert digest.waiting_past_target.items[1].target_s == 3600
    [escalation] = digest.escalations.items
    assert (escalation.message_id, escalation.to_user, escalation.by_user) == (
        ids["mention"],
        "Maria",
        "Tom",
    )
    assert [r.reason for r in digest.reminders_due.items] == ["Call Bea back"]
    [arrival] = digest.arrivals.items
    assert (arrival.guest.contact_id, arrival.arrival) == (contact_of["yesterday"], now.date())
    [alert] = digest.alerts.items
    assert (alert.channel, alert.kind, alert.count) == ("mastodon", "spike", 40)

    earlier = context.handover.digest(now - 10 * HOUR)
    assert earlier.new_messages.count == 5


def test_the_digest_json_is_one_object_with_every_section(context, account_id, clock):
    _shift(context, account_id, clock.now())
    found = json.loads(json.dumps(context.handover.digest().as_json()))
    assert list(found) == ["since", "until", "property", *SECTION_NAMES]
    assert found["property"] is None  # a business without properties
    for name in SECTION_NAMES:
        assert set(found[name]) == {"count", "items"}
    assert set(found["new_messages"]["items"][0]) == {
        "id",
        "channel",
        "kind",
        "author",
        "preview",
        "created_at",
        "needs_reply",
        "waiting_s",
        "target_s",
    }
    assert datetime.fromisoformat(found["since"]) < datetime.fromisoformat(found["until"])


def test_digest_on_the_demo_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    assert run_cli(data, "accounts", "add", "demo", "--name", "Linden").returncode == 0
    assert run_cli(data, "sync", "--once").returncode == 0
    result = run_cli(data, "digest", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert list(found) == ["since", "until", "property", *SECTION_NAMES]
    assert found["new_messages"]["count"] >= 1
    assert found["waiting_past_target"]["count"] >= 1
    assert all(isinstance(i["id"], int) for i in found["waiting_past_target"]["items"])

    since = (datetime.fromisoformat(found["until"]) - 100 * DAY).isoformat()
    longer = json.loads(run_cli(data, "digest", "--json", "--since", since).stdout)
    assert longer["new_messages"]["count"] > found["new_messages"]["count"]

    text = run_cli(data, "digest")
    assert text.returncode == 0
    lines = text.stdout.splitlines()
    assert lines[0].startswith("Handover from ")
    assert "Waiting past target: " in text.stdout
    assert any(line.startswith("\tmessage ") for line in lines)
    assert run_cli(data, "digest", "--since", "yesterday").returncode == 2


def test_digest_at_a_property_from_the_command_line(tmp_path):
    """The demo's account is Memphis's: a desk at Nashville has none of its messages, nor
    the reminders raised on them."""
    data = tmp_path / "data"
    account_id = run_cli(data, "accounts", "add", "demo", "--name", "Linden").stdout.strip()
    for name in ("Memphis", "Nashville"):
        assert run_cli(data, "properties", "add", name).returncode == 0
    assert run_cli(data, "properties", "account", account_id, "Memphis").returncode == 0
    assert run_cli(data, "sync", "--once").returncode == 0

    def digest(*options: str) -> dict:
        result = run_cli(data, *options, "digest", "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    everywhere, memphis, nashville = (
        digest(),
        digest("--property", "memphis"),
        digest("--property", " nashville "),
    )
    assert (everywhere["property"], memphis["property"], nashville["property"]) == (
        None,
        "Memphis",
        "Nashville",
    )
    assert memphis["waiting_past_target"]["count"] >= 1
    for name in ("new_messages", "waiting_past_target"):
        ids = [m["id"] for m in memphis[name]["items"]]
        assert ids == [m["id"] for m in everywhere[name]["items"]]
        assert memphis[name]["count"] == everywhere[name]["count"]
        assert nashville[name] == {"count": 0, "items": []}
    # The demo's thank-you and close-the-loop reminders are of Memphis's messages.
    assert memphis["reminders_due"]["count"] >= 1
    assert nashville["reminders_due"] == {"count": 0, "items": []}

    text = run_cli(data, "--property", " nashville ", "digest")
    assert text.stdout.splitlines()[0].startswith("Handover at Nashville from ")
    assert "New messages: 0" in text.stdout.splitlines()


def test_the_reminders_command_raises_and_lists_close_the_loop_once(tmp_path):
    """Marek's demo complaint, settled by direct message three days ago: `reminders`
    raises it without any sync, shows its kind and suggestion, and a dismissal is final."""
    data = tmp_path / "data"
    assert run_cli(data, "accounts", "add", "demo", "--name", "Linden").returncode == 0
    assert run_cli(data, "sync", "--once").returncode == 0
    with sqlite3.connect(data / DATABASE_FILE) as db:
        db.execute("UPDATE messages SET sentiment = -0.8 WHERE remote_id = 'm140'")
    db.close()

    listed = json.loads(run_cli(data, "reminders", "--json").stdout)
    [loop] = [r for r in listed if r["kind"] == "close_loop"]
    assert loop["suggestion"].startswith("Glad we could sort this out in a direct message, Marek")
    text = run_cli(data, "reminders").stdout
    [line] = [line for line in text.splitlines() if "\tclose_loop\t" in line]
    assert line.split("\t")[-1] == loop["suggestion"]

    assert run_cli(data, "reminders", "dismiss", str(loop["id"])).returncode == 0
    assert run_cli(data, "sync", "--once").returncode == 0
    again = json.loads(run_cli(data, "reminders", "--json").stdout)
    assert [r for r in again if r["kind"] == "close_loop"] == []


def test_waiting_past_target_counts_business_hours_when_the_rules_say_so(
    context, account_id, clock
):
    """A mention from 07:00 has waited two hours at 09:00 on a Wednesday, none of them
    business hours (09:00–17:00 at the property)."""
    from socialinbox.core.business_settings import PROPERTY_TIMEZONE, TARGETS_IN_BUSINESS_HOURS

    context.writer.call(context.business.set, PROPERTY_TIMEZONE, "UTC")
    _store(context, account_id, message("early", clock.now() - 2 * HOUR))
    [line] = context.handover.digest().waiting_past_target.items
    assert (line.waiting_s, line.target_s) == (7200, 3600)

    context.writer.call(context.business.set, TARGETS_IN_BUSINESS_HOURS, True)
    assert context.handover.digest().waiting_past_target.count == 0
    clock.advance(HOUR + MINUTE)
    [line] = context.handover.digest().waiting_past_target.items
    assert line.waiting_s == 3660


# -- a desk at a property gets its property's handover -----------------------------


def _chain(context: AppContext, clock) -> dict[str, int]:
    """Memphis, Nashville and the business's own account (at no property): from each
    one a guest wrote two hours ago (new, past the hour's target, escalated), has a
    follow-up due and arrives today at that property (the last one: at none)."""
    places = {
        name: context.writer.call(context.properties.add, name).property.id
        for name in ("Memphis", "Nashville")
    }
    now = clock.now()
    clock.advance(-30 * DAY)
    accounts = {
        name: context.writer.call(context.accounts.create, "demo", name).id
        for name in ("Memphis", "Nashville", "Head office")
    }
    clock.advance(30 * DAY)
    for name, place in places.items():
        context.writer.call(context.properties.place_account, accounts[name], place)
    for name, account in accounts.items():
        key = name.split()[0].lower()
        _store(
            context,
            account,
            message(key, now - 2 * HOUR, author_key=f"{key}@x.social", author_name=f"{name} Guest"),
        )
    with context.db.write() as session:
        rows = {
            r.remote_id: r
            for r in session.execute(
                select(Message.id, Message.remote_id, Message.contact_id, Message.property_id)
            )
        }
        session.execute(
            insert(Escalation),
            [
                dict(message_id=r.id, to_user="Maria", by_user="Tom", created_at=now - HOUR)
                for r in rows.values()
            ],
        )
        session.execute(
            insert(Stay),
            [
                dict(
                    import_key=f"stay-{r.remote_id}",
                    contact_id=r.contact_id,
                    guest_name=f"Guest {r.remote_id}",
                    arrival=now.date(),
                    property_id=r.property_id,
                    created_at=now,
                    updated_at=now,
                )
                for r in rows.values()
            ],
        )
    for r in rows.values():
        context.writer.call(context.reminders.follow_up, r.contact_id, now - MINUTE, r.remote_id)
    with context.db.write() as session:
        for r in rows.values():
            session.execute(
                update(Reminder)
                .where(Reminder.reason == r.remote_id)
                .values(property_id=r.property_id)
            )
    return {
        "memphis": rows["memphis"].id,
        "nashville": rows["nashville"].id,
        "head": rows["head"].id,
    }


def _seen(digest) -> dict[str, set[object]]:
    return {
        "new": {m.id for m in digest.new_messages.items},
        "waiting": {m.id for m in digest.waiting_past_target.items},
        "escalated": {e.message_id for e in digest.escalations.items},
        "reminders": {r.reason for r in digest.reminders_due.items},
        "arrivals": {a.guest.guest_name for a in digest.arrivals.items},
    }


def test_a_desk_at_memphis_gets_memphis_handover_and_a_desk_at_none_gets_all(context, clock):
    from socialinbox.settings import DESK_PROPERTY

    ids = _chain(context, clock)
    everything = context.handover.digest()
    assert everything.property is None and everything.as_json()["property"] is None
    every_id = set(ids.values())
    assert _seen(everything) == {
        "new": every_id,
        "waiting": every_id,
        "escalated": every_id,
        "reminders": {"memphis", "nashville", "head"},
        "arrivals": {"Guest memphis", "Guest nashville", "Guest head"},
    }
    assert everything.escalations.count == everything.reminders_due.count == 3

    memphis = context.properties.resolve("memphis").id
    context.machine_settings.set(DESK_PROPERTY, memphis)
    here = context.handover.digest()
    assert here.property == "Memphis" and here.as_json()["property"] == "Memphis"
    # Nashville's guest is not Memphis's business; the head office's messages are.
    ours = {ids["memphis"], ids["head"]}
    assert _seen(here) == {
        "new": ours,
        "waiting": ours,
        "escalated": ours,
        "reminders": {"memphis", "head"},
        "arrivals": {"Guest memphis"},
    }
    assert (
        here.new_messages.count,
        here.waiting_past_target.count,
        here.escalations.count,
        here.reminders_due.count,
        here.arrivals.count,
    ) == (2, 2, 2, 2, 1)
    # The reminders are those the Reminders list shows at this desk.
    assert {r.id for r in here.reminders_due.items} == {
        r.id for r in context.reminders.shown() if r.due <= clock.now()
    }
    # The alerts are the business's, whatever the desk.
    assert here.alerts == everything.alerts


def test_a_property_s_digest_reads_as_many_statements_for_ten_guests_as_for_one(context, clock):
    """Set-based: the desk's property narrows each section's query, never a row at a time."""
    from socialinbox.settings import DESK_PROPERTY
    from tests.sql_counter import counted_statements

    _chain(context, clock)
    memphis = context.properties.resolve("Memphis")
    context.machine_settings.set(DESK_PROPERTY, memphis.id)
    with counted_statements(context.db) as few:
        context.handover.digest()
    account = next(a.id for a in context.accounts.list_accounts() if a.name == "Memphis")
    now = clock.now()
    _store(
        context,
        account,
        *(message(f"more{i}", now - 2 * HOUR, author_key=f"more{i}@x.social") for i in range(9)),
    )
    with context.db.read() as session:
        contacts = set(
            session.execute(
                select(Message.contact_id).where(Message.property_id == memphis.id)
            ).scalars()
        )
    for contact in contacts:
        context.writer.call(context.reminders.follow_up, contact, now - MINUTE, "Call back")
    with counted_statements(context.db) as many:
        digest = context.handover.digest()
    assert digest.new_messages.count == 11 and digest.reminders_due.count >= 11
    assert len(many) == len(few)
