"""Close the loop in public, and thank people: raised once per message, never twice,
and only when the rule holds (the injectable clock moves the 24 hours)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from socialinbox.app import AppContext
from socialinbox.core import changes
from socialinbox.core.business_settings import BUSINESS_NAME, REPLY_TEMPLATES
from socialinbox.core.logged import LoggedConversation
from socialinbox.core.notify import RecordingNotifier
from socialinbox.core.reminders import ReminderAnnouncer
from socialinbox.storage.schema import Message
from tests.helpers import batch, message

DAY = timedelta(days=1)
HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)


@pytest.fixture
def account_id(context: AppContext, clock) -> int:
    clock.advance(-30 * DAY)
    account = context.writer.call(context.accounts.create, "demo", "Test")
    clock.advance(30 * DAY)
    return account.id


def _store(context: AppContext, account_id: int, *messages):
    return context.writer.call(context.ingest.store_batch, account_id, batch(*messages))


def _id(context: AppContext, remote_id: str) -> int:
    with context.db.read() as session:
        return session.execute(
            select(Message.id).where(Message.remote_id == remote_id)
        ).scalar_one()


def _set_tone(context: AppContext, remote_id: str, sentiment: float) -> None:
    """The tone core.tone would give (set by hand until it lands)."""
    with context.db.write() as session:
        session.execute(
            update(Message).where(Message.remote_id == remote_id).values(sentiment=sentiment)
        )


def _of_kind(context: AppContext, kind: str, *, every_state: bool = False) -> list:
    from socialinbox.core.reminders import reminder_infos
    from socialinbox.storage.schema import Reminder

    if not every_state:
        return [r for r in context.reminders.shown() if r.kind == kind]
    with context.db.read() as session:
        ids = session.execute(select(Reminder.id).where(Reminder.kind == kind)).scalars().all()
        return reminder_infos(session, ids)


def _check(context: AppContext):
    return context.writer.call(context.practice.check)


def _complaint(context, account_id, clock, *, kind: str = "review", rating: int | None = 1):
    """Alice's public complaint an hour ago, negative in tone."""
    _store(
        context,
        account_id,
        message(
            "complaint",
            clock.now() - HOUR,
            kind=kind,
            rating=rating,
            author_name="Alice Martin",
            text="Cold room, nobody came.",
        ),
    )
    _set_tone(context, "complaint", -0.7)
    return _id(context, "complaint")


def _call_back(context: AppContext, contact_id: int) -> None:
    context.writer.call(
        context.conversation_log.log,
        LoggedConversation(contact_id, "phone", "Called her back, offered a night.", False),
    )


def _contact(context: AppContext, message_id: int) -> int:
    contact_id = context.inbox.get(message_id).contact_id
    assert contact_id is not None
    return contact_id


# -- close the loop ------------------------------------------------------------------


def test_a_complaint_settled_by_phone_raises_close_loop_24_hours_later_once(
    context, account_id, clock
):
    complaint = _complaint(context, account_id, clock)
    _call_back(context, _contact(context, complaint))
    clock.advance(24 * HOUR - MINUTE)
    _check(context)
    assert _of_kind(context, "close_loop") == []

    clock.advance(MINUTE)
    _check(context)
    [reminder] = _of_kind(context, "close_loop")
    assert reminder.message_id == complaint and reminder.contact_id == _contact(context, complaint)
    assert "1-star review" in reminder.reason and "on the phone" in reminder.reason
    assert reminder.suggestion == (
        "Glad we could sort this out on the phone, Alice — thank you for your patience."
    )
    assert reminder.as_json()["suggestion"] == reminder.suggestion

    # Repeated checks and syncs raise nothing more.
    _check(context)
    _store(
        context,
        account_id,
        message("later", clock.now(), text="unrelated", author_key="bob@example.social"),
    )
    assert len(_of_kind(context, "close_loop", every_state=True)) == 1


def test_a_dismissed_close_loop_never_comes_back(context, account_id, clock):
    complaint = _complaint(context, account_id, clock)
    _call_back(context, _contact(context, complaint))
    clock.advance(2 * DAY)
    _check(context)
    [reminder] = _of_kind(context, "close_loop")
    context.writer.call(context.reminders.dismiss, reminder.id)
    for _ in range(3):
        clock.advance(HOUR)
        _check(context)
        _store(
            context,
            account_id,
            message(f"n{clock.now()}", clock.now(), author_key="bob@example.social"),
        )
    assert _of_kind(context, "close_loop") == []
    assert [r.state for r in _of_kind(context, "close_loop", every_state=True)] == ["dismissed"]


def test_a_direct_message_is_a_private_answer_and_the_sync_after_24_hours_raises_it(
    context, account_id, clock
):
    complaint = _complaint(context, account_id, clock, kind="mention", rating=None)
    _store(
        context,
        account_id,
        message("dm-in", clock.now() - 50 * MINUTE, kind="direct", thread_remote_id="chat"),
        message(
            "dm-out",
            clock.now() - 40 * MINUTE,
            kind="direct",
            inbound=False,
            thread_remote_id="chat",
            in_reply_to_remote_id="dm-in",
            author_key="shop@example.social",
        ),
    )
    clock.advance(DAY)
    # Nobody runs the upkeep: the next sync batch of any thread of hers raises it.
    _store(
        context, account_id, message("thanks", clock.now(), kind="direct", thread_remote_id="chat")
    )
    [reminder] = _of_kind(context, "close_loop")
    assert reminder.message_id == complaint
    assert "in a direct message" in reminder.suggestion


def test_no_close_loop_when_the_public_thread_has_a_reply(context, account_id, clock):
    complaint = _complaint(context, account_id, clock)
    _call_back(context, _contact(context, complaint))
    _store(
        context,
        account_id,
        message(
            "public-reply",
            clock.now(),
            kind="reply",
            inbound=False,
            thread_remote_id="complaint",
            in_reply_to_remote_id="complaint",
            author_key="shop@example.social",
        ),
    )
    clock.advance(2 * DAY)
    _check(context)
    assert _of_kind(context, "close_loop", every_state=True) == []


def test_a_public_reply_after_the_reminder_settles_it(context, account_id, clock):
    complaint = _complaint(context, account_id, clock)
    _call_back(context, _contact(context, complaint))
    clock.advance(2 * DAY)
    _check(context)
    assert len(_of_kind(context, "close_loop")) == 1
    _store(
        context,
        account_id,
        message(
            "public-reply",
            clock.now(),
            kind="reply",
            inbound=False,
            thread_remote_id="complaint",
            in_reply_to_remote_id="complaint",
            author_key="shop@example.social",
        ),
    )
    assert _of_kind(context, "close_loop") == []
    assert [r.state for r in _of_kind(context, "close_loop", every_state=True)] == ["done"]


@pytest.mark.parametrize("tone", [None, -0.5, -0.1, 0.6])
def test_no_close_loop_unless_the_tone_is_negative(context, account_id, clock, tone):
    complaint = _complaint(context, account_id, clock)
    with context.db.write() as session:
        session.execute(update(Message).where(Message.id == complaint).values(sentiment=tone))
    _call_back(context, _contact(context, complaint))
    clock.advance(2 * DAY)
    _check(context)
    assert _of_kind(context, "close_loop") == []


def test_no_close_loop_for_a_private_complaint_or_one_never_answered(context, account_id, clock):
    _store(context, account_id, message("dm", clock.now() - HOUR, kind="direct"))
    _set_tone(context, "dm", -0.8)
    _call_back(context, _contact(context, _id(context, "dm")))
    _complaint(context, account_id, clock)  # hers too, public, an hour old
    clock.advance(2 * DAY)
    _check(context)
    # The call came after the complaint too: only the public complaint is raised.
    assert [r.message_id for r in _of_kind(context, "close_loop")] == [_id(context, "complaint")]

    _store(
        context,
        account_id,
        message(
            "ignored",
            clock.now(),
            kind="comment",
            author_key="carol@example.social",
            author_name="Carol",
        ),
    )
    _set_tone(context, "ignored", -0.9)
    clock.advance(3 * DAY)
    _check(context)
    assert len(_of_kind(context, "close_loop")) == 1


def test_the_business_template_for_close_loop_comes_first_and_a_handle_gets_no_name(
    context, account_id, clock
):
    context.writer.call(context.business.set, BUSINESS_NAME, "Hotel Aurora")
    context.writer.call(
        context.business.set,
        REPLY_TEMPLATES,
        [{"name": "Loop", "text": "{first_name}, {business} thanks you.", "for": "close_loop"}],
    )
    _store(
        context,
        account_id,
        message("c1", clock.now() - HOUR, kind="comment", author_name="Alice Martin"),
        message(
            "c2",
            clock.now() - HOUR,
            kind="comment",
            author_key="x@example.social",
            author_name="@x_99",
        ),
    )
    for remote_id in ("c1", "c2"):
        _set_tone(context, remote_id, -0.6)
        _call_back(context, _contact(context, _id(context, remote_id)))
    clock.advance(2 * DAY)
    _check(context)
    suggestions = {r.message_id: r.suggestion for r in _of_kind(context, "close_loop")}
    assert suggestions == {
        _id(context, "c1"): "Alice, Hotel Aurora thanks you.",
        _id(
            context, "c2"
        ): "Glad we could sort this out on the phone — thank you for your patience.",
    }


# -- thank people --------------------------------------------------------------------


def _praise(context, account_id, clock, remote_id="praise", *, rating=5, tone=0.8, kind="review"):
    _store(
        context,
        account_id,
        message(
            remote_id,
            clock.now(),
            kind=kind,
            rating=rating,
            author_name="Dana Ross",
            author_key=f"dana-{remote_id}@example.social",
            text="Wonderful stay!",
        ),
    )
    _set_tone(context, remote_id, tone)
    return _id(context, remote_id)


def test_a_five_star_review_without_reply_raises_one_gentle_thank_you(context, account_id, clock):
    praise = _praise(context, account_id, clock)
    _check(context)
    assert _of_kind(context, "thank_you") == []  # give the desk an hour to answer
    clock.advance(HOUR)
    _check(context)
    [reminder] = _of_kind(context, "thank_you")
    assert reminder.message_id == praise and "5-star review" in reminder.reason
    assert reminder.suggestion.startswith("Thank you so much for your kind words, Dana")
    for _ in range(3):
        _check(context)
    assert len(_of_kind(context, "thank_you", every_state=True)) == 1

    # Gentle: no desktop notification.
    notifier = RecordingNotifier()
    ReminderAnnouncer(context.reminders, notifier)(
        changes.ChangeSet.of(changes.REMINDER, changes.INSERTED, [reminder.id])
    )
    assert notifier.sent == []

    context.writer.call(context.reminders.dismiss, reminder.id)
    clock.advance(DAY)
    _check(context)
    assert _of_kind(context, "thank_you") == []


@pytest.mark.parametrize(
    ("rating", "tone", "raised"),
    [(5, 0.8, True), (4, 0.6, True), (3, 0.8, False), (5, None, False), (5, 0.5, False)],
)
def test_thank_you_needs_four_or_five_stars_and_a_positive_tone(
    context, account_id, clock, rating, tone, raised
):
    _praise(context, account_id, clock, rating=rating, tone=tone)
    clock.advance(2 * HOUR)
    _check(context)
    assert bool(_of_kind(context, "thank_you")) is raised


def test_praise_in_a_mention_counts_but_not_when_it_was_answered(context, account_id, clock):
    _praise(context, account_id, clock, "m1", kind="mention", rating=None)
    _praise(context, account_id, clock, "m2", kind="mention", rating=None)
    _store(
        context,
        account_id,
        message(
            "thanks",
            clock.now() + MINUTE,
            kind="reply",
            inbound=False,
            thread_remote_id="m2",
            in_reply_to_remote_id="m2",
            author_key="shop@example.social",
        ),
    )
    clock.advance(2 * HOUR)
    _check(context)
    assert [r.message_id for r in _of_kind(context, "thank_you")] == [_id(context, "m1")]


def test_messages_older_than_the_look_back_raise_nothing(context, account_id, clock):
    for remote_id, age in (("old", 15 * DAY), ("recent", 13 * DAY)):
        _store(
            context,
            account_id,
            message(
                remote_id,
                clock.now() - age,
                kind="review",
                rating=5,
                author_key=f"{remote_id}@example.social",
                author_name="Old Timer",
            ),
        )
        _set_tone(context, remote_id, 0.9)
    _check(context)
    assert [r.message_id for r in _of_kind(context, "thank_you")] == [_id(context, "recent")]


def test_the_demo_complaint_settled_by_direct_message_asks_to_close_the_loop(
    tmp_path, clock, memory_keyring
):
    """Marek's angry mention, answered only by a direct message three days ago."""
    from socialinbox.app import AppOptions
    from socialinbox.secrets import SecretStore
    from tests.conftest import sync_once

    demo = AppContext(
        AppOptions(data_dir=tmp_path / "demo", demo=True, user="tester"),
        clock=clock,
        secrets=SecretStore(memory_keyring),
    )
    try:
        demo.ensure_demo_account()
        sync_once(demo)
        demo.seed_demo_notes()
        _set_tone(demo, "m140", -0.8)  # what core.tone gives the text
        demo.writer.call(demo.practice.check)
        [reminder] = _of_kind(demo, "close_loop")
        assert reminder.message_id == _id(demo, "m140")
        assert reminder.suggestion == (
            "Glad we could sort this out in a direct message, Marek — thank you for your patience."
        )
        assert "Marek Nowak's mention on Mastodon was settled in a direct message" in (
            reminder.reason
        )
    finally:
        demo.close()


def test_a_big_batch_checks_every_contact_it_touched(context, account_id, clock):
    """A catch-up batch of 1,200 authors: the check covers them all, in chunks."""
    authors = [f"fan{i}@example.social" for i in range(1_200)]
    _store(
        context,
        account_id,
        *(message(f"p{i}", clock.now() - 2 * HOUR, author_key=a) for i, a in enumerate(authors)),
    )
    with context.db.write() as session:
        session.execute(update(Message).values(sentiment=0.9))
    _store(
        context,
        account_id,
        *(message(f"q{i}", clock.now(), author_key=a) for i, a in enumerate(authors)),
    )
    assert len(_of_kind(context, "thank_you")) == 1_200


@pytest.mark.parametrize(
    ("kind", "text"),
    [("direct", "Lovely stay, thank you all!"), ("mention", "Loved it! Can we book again?")],
)
def test_no_thank_you_for_private_praise_or_a_question(context, account_id, clock, kind, text):
    _store(context, account_id, message("p", clock.now(), kind=kind, text=text))
    _set_tone(context, "p", 0.9)
    clock.advance(2 * HOUR)
    _check(context)
    assert _of_kind(context, "thank_you") == []
