"""Escalating and assigning messages to named people of the team: the history kept, the
views that list them, names typed as people type them, the named person told once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from socialinbox.app import AppContext
from socialinbox.core import changes
from socialinbox.core.errors import FieldUnknown, InvalidState, Missing
from socialinbox.core.escalations import EscalationAnnouncer, MessageNotFound
from socialinbox.core.inbox import InboxFilter, PageKey
from socialinbox.core.notify import RecordingNotifier
from socialinbox.core.users import DeskUser, UnknownUser, UserInfo, UserSaved
from tests.helpers import batch, message

MINUTE = timedelta(minutes=1)


@pytest.fixture
def message_ids(context: AppContext, clock) -> list[int]:
    account = context.writer.call(context.accounts.create, "demo", "Shop")
    sent = [message(f"m{i}", clock.now() - i * MINUTE, text=f"message {i}") for i in range(3)]
    context.writer.call(context.ingest.store_batch, account.id, batch(*sent))
    # Oldest first: m2, m1, m0.
    return [r.id for r in reversed(context.inbox.page(InboxFilter()))]


@pytest.fixture
def team(context: AppContext) -> None:
    for name, role in (("Anna Müller", "owner"), ("Bob Stone", "staff"), ("Chris", "reviewer")):
        context.writer.call(context.users.add, name, role)


def _saved(saved: UserSaved) -> tuple[UserInfo, changes.ChangeSet]:
    return saved.user, saved.changes


def _escalate(ctx: AppContext, message_id: int, to: str, reason: str | None = None):
    return ctx.writer.call(ctx.escalations.escalate, message_id, to, reason)


def test_the_desk_user_is_the_given_name_else_the_settings_name_else_the_login_name():
    chosen: list[str | None] = [None]
    desk = DeskUser(None, lambda: chosen[0], login=lambda: "eva")
    assert desk.name == "eva"
    chosen[0] = "  Elena   Front desk "
    assert desk.name == "Elena Front desk"  # read each time: a new name counts at once
    assert DeskUser("  Max ", lambda: "Elena").name == "Max"
    desk.take_over("Night  porter")
    assert desk.name == "Night porter" and desk.fixed


def test_notes_name_the_person_at_the_desk_now_not_the_one_who_opened_the_app(context):
    contact_id = context.writer.call(context.contacts.create, "Laura Customer").id
    context.writer.call(context.notes.add, contact_id, "loves cornbread")
    context.user = "Night porter"
    context.writer.call(context.notes.add, contact_id, "asked for a late check-out")
    authors = sorted(n.author for n in context.notes.list_notes(contact_id))
    assert authors == ["Night porter", "tester"]


def test_the_desk_user_joins_the_list_on_first_use_and_the_first_is_the_owner(context):
    assert context.users.list_users() == []
    user, change = _saved(context.writer.call(context.users.ensure))
    assert (user.name, user.role) == ("tester", "owner")
    assert change.ids(changes.USER, changes.INSERTED) == {user.id}
    again, change = _saved(context.writer.call(context.users.ensure))
    assert again == user and not change
    bob = context.writer.call(context.users.add, "Bob").user
    assert bob.role == "staff"
    assert [u.name for u in context.users.list_users()] == ["Bob", "tester"]


def test_names_are_matched_as_people_type_them(context, team):
    assert context.users.resolve("  anna   MÜLLER ").name == "Anna Müller"
    assert context.users.resolve("CHRIS").role == "reviewer"
    # Adding a name already listed, typed differently, adds nobody; a role changes it.
    user = context.writer.call(context.users.add, "bob  stone", "Owner").user
    assert (user.name, user.role) == ("Bob Stone", "owner")
    assert len(context.users.list_users()) == 3
    with pytest.raises(FieldUnknown, match="unknown role 'boss': use one of staff, reviewer"):
        context.writer.call(context.users.add, "Dana", "boss")
    with pytest.raises(Missing):
        context.writer.call(context.users.add, "   ")


def test_an_unknown_name_is_one_error_listing_the_known_ones(context, team, message_ids):
    with pytest.raises(UnknownUser) as raised:
        _escalate(context, message_ids[0], "Anne")
    assert str(raised.value) == (
        "no user named 'Anne'; known users: Anna Müller, Bob Stone, Chris, tester"
    )
    assert context.inbox.rows([message_ids[0]])[message_ids[0]].escalated_to is None
    assert context.escalations.history(message_ids[0]) == []


def test_escalating_puts_the_message_in_the_escalated_view_with_its_history(
    context, clock, team, message_ids
):
    first = message_ids[0]
    created = _escalate(context, first, "bob stone", "  Angry regular, wants the manager ")
    [escalation] = context.escalations.history(first)
    assert (escalation.to_user, escalation.by_user) == ("Bob Stone", "tester")
    assert escalation.reason == "Angry regular, wants the manager"
    assert escalation.created_at == clock.now() and escalation.open
    assert created.changes.ids(changes.MESSAGE, changes.UPDATED) == {first}
    assert created.changes.ids(changes.ESCALATION, changes.INSERTED) == {created.id}
    assert [r.id for r in context.inbox.page(InboxFilter("escalated"))] == [first]
    assert context.inbox.rows([first])[first].escalated_to == "Bob Stone"
    assert context.inbox.count(InboxFilter("escalated")) == 1
    # Everyone who wrote is on the list now.
    assert context.users.find("tester") is not None


def test_escalating_to_someone_else_hands_it_on_and_keeps_the_first(
    context, clock, team, message_ids
):
    first = message_ids[0]
    _escalate(context, first, "Bob Stone", "refund over 100 EUR")
    clock.advance(30 * MINUTE)
    context.user = "Bob Stone"
    handed = _escalate(context, first, "anna müller", "needs the owner")
    old, new = context.escalations.history(first)
    assert not old.open and old.outcome == "escalated again to Anna Müller"
    assert old.resolved_by == "Bob Stone"
    assert (new.to_user, new.by_user, new.open) == ("Anna Müller", "Bob Stone", True)
    assert handed.changes.ids(changes.ESCALATION, changes.UPDATED) == {old.id}
    assert context.inbox.rows([first])[first].escalated_to == "Anna Müller"
    with pytest.raises(InvalidState, match="already escalated to Anna Müller"):
        _escalate(context, first, "ANNA MÜLLER")


def test_resolving_clears_the_view_and_keeps_the_outcome(context, clock, team, message_ids):
    first = message_ids[0]
    _escalate(context, first, "Chris")
    with pytest.raises(Missing):
        context.writer.call(context.escalations.resolve, first, "   ")
    context.user = "chris"
    change = context.writer.call(context.escalations.resolve, first, "Called her; voucher sent")
    assert change.ids(changes.MESSAGE, changes.UPDATED) == {first}
    [settled] = context.escalations.history(first)
    assert (settled.outcome, settled.resolved_by) == ("Called her; voucher sent", "Chris")
    assert settled.resolved_at == clock.now()
    assert context.inbox.page(InboxFilter("escalated")) == []
    assert context.inbox.rows([first])[first].escalated_to is None
    with pytest.raises(InvalidState, match=f"message {first} has no open escalation"):
        context.writer.call(context.escalations.resolve, first, "again")
    # Escalated again later: a second story beside the first.
    _escalate(context, first, "Bob Stone")
    assert [e.open for e in context.escalations.history(first)] == [False, True]


def test_a_missing_message_is_refused(context, team):
    with pytest.raises(MessageNotFound, match="no message with id 999"):
        _escalate(context, 999, "Chris")
    with pytest.raises(MessageNotFound):
        context.writer.call(context.escalations.assign, 999, "Chris")


def test_assigning_fills_the_mine_view_of_that_person_only(context, team, message_ids):
    first, second, _ = message_ids
    change = context.writer.call(context.escalations.assign, first, "anna MÜLLER")
    assert change.ids(changes.MESSAGE, changes.UPDATED) == {first}
    context.writer.call(context.escalations.assign, second, "Anna Müller")
    mine = InboxFilter("mine", user="Anna Müller")
    assert [r.id for r in context.inbox.page(mine)] == [second, first]
    assert context.inbox.count(mine) == 2
    assert context.inbox.page(InboxFilter("mine", user="Chris")) == []
    assert context.inbox.page(InboxFilter("mine")) == []
    # Keyset paging through the assigned index.
    [newest] = context.inbox.page(mine, limit=1)
    assert [r.id for r in context.inbox.page(mine, PageKey.after(newest))] == [first]
    # Again to the same person changes nothing; to nobody clears it.
    assert not context.writer.call(context.escalations.assign, first, "Anna Müller")
    context.writer.call(context.escalations.assign, first, None)
    assert [r.id for r in context.inbox.page(mine)] == [second]
    assert context.inbox.rows([first])[first].assigned_to is None


def test_search_within_the_escalated_view(context, team, message_ids):
    _escalate(context, message_ids[1], "Chris")
    found = context.inbox.page(InboxFilter("escalated", search="message"))
    assert [r.id for r in found] == [message_ids[1]]


def test_the_named_person_is_told_once_of_an_escalation_to_them(context, team, message_ids):
    notifier = RecordingNotifier()
    seen: list[list[int]] = []

    def mark_seen(ids: list[int]) -> None:
        seen.append(ids)
        context.writer.call(context.escalations.mark_seen, ids)

    chris_desk = DeskUser("CHRIS", lambda: None)
    announcer = EscalationAnnouncer(
        context.escalations, notifier, chris_desk, mark_seen, describe=lambda i: f"#{i}"
    )
    to_bob = _escalate(context, message_ids[0], "Bob Stone")
    announcer(to_bob.changes)
    assert notifier.sent == []
    to_chris = _escalate(context, message_ids[1], "Chris", "VIP guest, complaint")
    announcer(to_chris.changes)
    announcer(to_chris.changes)  # the same change again (feed and own write)
    [told] = notifier.sent
    assert told.title == "tester escalated a message to you"
    assert told.body == f"#{message_ids[1]}\nReason: VIP guest, complaint"
    assert told.message_id == message_ids[1] and told.urgency == "warning"
    [escalation] = context.escalations.history(message_ids[1])
    assert escalation.seen_at is not None
    # Another desk of Chris's, opening later, finds nothing left to tell.
    later = EscalationAnnouncer(context.escalations, RecordingNotifier(), chris_desk, mark_seen)
    later.announce_waiting()
    assert seen == [[escalation.id]]


def test_escalations_written_while_nobody_was_at_the_desk_are_told_at_start(
    context, team, message_ids
):
    _escalate(context, message_ids[0], "Chris")
    notifier = RecordingNotifier()
    desk = DeskUser("chris", lambda: None)
    announcer = EscalationAnnouncer(
        context.escalations,
        notifier,
        desk,
        lambda ids: context.writer.call(context.escalations.mark_seen, ids),
    )
    announcer.announce_waiting()
    announcer.announce_waiting()
    assert len(notifier.sent) == 1
    # Escalating to yourself tells you nothing (and counts as seen).
    context.user = "Chris"
    mine = _escalate(context, message_ids[1], "chris")
    announcer(mine.changes)
    assert len(notifier.sent) == 1
    assert context.escalations.get_many([mine.id])[0].seen_at is not None


def test_vip_customers_messages_are_marked_on_their_rows(context, message_ids):
    [row] = [r for r in context.inbox.page(InboxFilter()) if r.id == message_ids[0]]
    detail = context.inbox.get(row.id)
    assert detail is not None and detail.contact_id is not None and not row.vip
    context.writer.call(context.contacts.update, detail.contact_id, vip=True)
    assert all(r.vip for r in context.inbox.page(InboxFilter()))
