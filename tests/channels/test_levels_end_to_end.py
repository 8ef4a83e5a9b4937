"""Response levels from what really happens on the networks: the local Mastodon-API server
and the real e-mail servers (Dovecot, aiosmtpd) — a mention answered through the outbox,
replies made elsewhere found by the sync, a follow-up by e-mail, silence for 7 days."""

# The server fixtures are imported by name, and tests take them as arguments.
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.clock import FakeClock
from socialinbox.storage.schema import Message
from tests.channels.test_email import mail, settings_for
from tests.channels.test_mastodon import add_account, mention
from tests.conftest import sync_once
from tests.servers.email_servers import (
    Dovecot,
    SmtpServer,
    dovecot,  # noqa: F401
)
from tests.servers.mastodon_server import MastodonServer

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def server(clock: FakeClock) -> Iterator[MastodonServer]:
    """The Mastodon server on the test's clock: statuses are dated by it."""
    with MastodonServer(now=clock.now) as started:
        yield started


@pytest.fixture
def smtp(dovecot: Dovecot) -> Iterator[SmtpServer]:
    with SmtpServer(dovecot, "none") as started:
        yield started


def levels(context: AppContext) -> dict[str, tuple[datetime | None, int | None]]:
    """First response and level of every stored message, by remote id."""
    with context.db.read() as session:
        return {
            r.remote_id: (r.first_response_at, r.level)
            for r in session.execute(
                select(Message.remote_id, Message.first_response_at, Message.level)
            )
        }


def message_id(context: AppContext, remote_id: str) -> int:
    with context.db.read() as session:
        return session.execute(
            select(Message.id).where(Message.remote_id == remote_id)
        ).scalar_one()


def reply_from_the_outbox(context: AppContext, remote_id: str, text: str, **how: str) -> None:
    context.writer.call(
        context.outbox.create_reply,
        message_id(context, remote_id),
        text,
        "tester",
        approve=True,
        **how,
    )


def test_mastodon_levels_reached_lifted_and_left_at_0(context, clock, server):
    for name in ("alice", "bob", "carol"):
        server.add_account(name)
    add_account(context, server)
    start = clock.now()
    # Bob asked in the night; the owner answered from her phone three hours later.
    early = mention(server, "bob", "do you open at 7?", created_at=start - 5 * HOUR)
    server.post(
        "business",
        "<p>@bob from 7.30, see you!</p>",
        in_reply_to_id=early["id"],
        mentions=["bob"],
        created_at=start - 2 * HOUR,
    )
    question = mention(server, "alice", "is the terrace open tonight?")
    ignored = mention(server, "carol", "hello?")
    sync_once(context)
    found = levels(context)
    assert found[early["id"]] == (start - 2 * HOUR, 2)
    assert found[question["id"]] == (None, None)  # waiting, and younger than 7 days

    # Twenty minutes later the reply goes out through the outbox; the round sends it.
    clock.advance(20 * MINUTE)
    reply_from_the_outbox(context, question["id"], "Yes, until 11!")
    sync_once(context)
    assert levels(context)[question["id"]] == (start + 20 * MINUTE, 3)

    # The next day she writes privately and the answer, given in the Mastodon app, is
    # found by the sync: the quick public answer was followed by a private message.
    clock.advance(DAY)
    private = mention(server, "alice", "can I bring my dog?", visibility="direct")
    clock.advance(10 * MINUTE)
    server.post(
        "business",
        "<p>@alice of course!</p>",
        visibility="direct",
        in_reply_to_id=private["id"],
        mentions=["alice"],
    )
    sync_once(context)
    found = levels(context)
    assert found[question["id"]] == (start + 20 * MINUTE, 4)
    assert found[private["id"]][1] == 3

    # Carol never got an answer: after 7 days the round settles her message at 0.
    clock.advance(6 * DAY)
    sync_once(context)
    assert levels(context)[ignored["id"]] == (None, 0)
    assert levels(context)[question["id"]][1] == 4


def test_email_levels_from_the_sent_folder_the_outbox_and_silence(context, clock, dovecot, smtp):
    address = f"shop-levels-{clock.now():%H%M%S%f}@example.test"
    account = context.accounts.get(
        context.writer.call(
            context.accounts.create, "email", "Shop", settings=settings_for(dovecot, smtp, address)
        ).id
    )
    context.secrets.set(account.uuid, dovecot.password)
    start = clock.now()
    dovecot.deliver(
        address,
        mail(message_id="quick@example.org", date=start - 2 * HOUR),
        mail(
            "Invoice",
            "Could you send the invoice again?",
            sender="Ben <ben@example.org>",
            message_id="slow@example.org",
            date=start - 3 * HOUR,
        ),
        mail(
            "Parking",
            "Is there parking?",
            sender="Cy <cy@example.org>",
            message_id="silence@example.org",
            date=start - HOUR,
        ),
    )
    # Ann was answered from a phone 25 minutes after she wrote: the copy is in Sent.
    dovecot.deliver(
        address,
        mail(
            "Re: Table for two",
            "Yes, see you at eight.",
            sender=address,
            to="ann@example.org",
            in_reply_to="quick@example.org",
            references="<quick@example.org>",
            date=start - 2 * HOUR + 25 * MINUTE,
        ),
        mailbox="Sent",
    )
    assert sync_once(context)[0].ok
    assert levels(context)["quick@example.org"] == (start - 2 * HOUR + 25 * MINUTE, 3)
    # Ben's answer goes out through the outbox now, three hours after he wrote.
    reply_from_the_outbox(context, "slow@example.org", "Attached, sorry for the wait.")
    assert sync_once(context)[0].ok
    assert levels(context)["slow@example.org"] == (start, 2)
    assert len(smtp.accepted) == 1
    # Cy hears nothing for 7 days.
    clock.advance(7 * DAY)
    assert sync_once(context)[0].ok
    assert levels(context)["silence@example.org"] == (None, 0)
    assert levels(context)["quick@example.org"][1] == 3


def test_a_quick_mastodon_answer_then_an_email_from_the_outbox_is_level_5(
    context, clock, server, dovecot, smtp
):
    """The switch of channel: the customer's card knows her e-mail address, and the
    follow-up goes there from the outbox."""
    server.add_account("alice")
    add_account(context, server)
    address = f"shop-switch-{clock.now():%H%M%S%f}@example.test"
    email_account = context.accounts.get(
        context.writer.call(
            context.accounts.create, "email", "Shop", settings=settings_for(dovecot, smtp, address)
        ).id
    )
    context.secrets.set(email_account.uuid, dovecot.password)
    question = mention(server, "alice", "could someone e-mail me your wedding brochure?")
    sync_once(context)
    with context.db.read() as session:
        contact_id = session.execute(
            select(Message.contact_id).where(Message.remote_id == question["id"])
        ).scalar_one()
    context.writer.call(context.contacts.link, contact_id, "email", "alice@example.org")
    clock.advance(15 * MINUTE)
    reply_from_the_outbox(context, question["id"], "With pleasure! It's on its way.")
    sync_once(context)
    assert levels(context)[question["id"]][1] == 3
    clock.advance(2 * HOUR)
    reply_from_the_outbox(context, question["id"], "Dear Alice, the brochure…", via="email")
    sync_once(context)
    assert [a.rcpt_tos for a in smtp.accepted] == [["alice@example.org"]]
    assert levels(context)[question["id"]] == (clock.now() - 2 * HOUR, 5)
