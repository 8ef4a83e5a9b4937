"""A small database with a bit of everything ``inbox --json`` and the contact exports show:
three networks, a conversation with our replies, an e-mail with a subject, a rating, an
edit, a deletion, notes, read and done messages, an impossible time, hostile text, and a
call and a visit logged by hand.

``build_sample`` always builds the same rows (fixed clock, fixed order), so its JSON can be
compared byte for byte with a fixture written by an earlier version of the app.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from socialinbox.app import AppContext, AppOptions
from socialinbox.clock import FakeClock
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.logged import LoggedConversation
from tests.helpers import batch, message

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
HOSTILE_NAME = "Eve\x1b[2J\x1b]0;owned\x07 \u202egnp.exe"
HOSTILE_TEXT = 'ring\x07 back\x08 del\x7f csi\x9b31m "quoted" \\ tab\tNUL\x00 end \ud83d\ude00 ünï'


def build_sample(data_dir: Path) -> None:
    """Fill ``data_dir`` with the sample's rows (the folder must not hold a database yet)."""
    clock = FakeClock(NOW)
    context = AppContext(AppOptions(data_dir=data_dir, user="tester"), clock=clock)
    try:
        account = context.writer.call(context.accounts.create, "demo", "Shop")
        at = NOW - timedelta(days=3)

        def minutes(n: int) -> datetime:
            return at + timedelta(minutes=n)

        store = context.ingest.store_batch
        store(
            account.id,
            batch(
                message("m1", minutes(0), text="Do you have a room for two on Friday?"),
                message(
                    "m2",
                    minutes(5),
                    text="We do! Shall I hold it?",
                    inbound=False,
                    author_key="shop@example.social",
                    author_name="Shop",
                    handle="@shop@example.social",
                    kind="reply",
                    thread_remote_id="m1",
                    in_reply_to_remote_id="m1",
                ),
                message(
                    "m3",
                    minutes(9),
                    text="Yes please\n\nand a cot",
                    thread_remote_id="m1",
                    in_reply_to_remote_id="m2",
                ),
                message(
                    "b1",
                    minutes(20),
                    channel="bluesky",
                    author_key="did:plc:bob",
                    author_name=None,
                    handle="bob.bsky.social",
                    text="Lovely breakfast @shop",
                    url="https://bsky.app/profile/bob.bsky.social/post/b1",
                ),
                message(
                    "e1",
                    minutes(30),
                    channel="email",
                    kind="email",
                    author_key="carol@example.org",
                    author_name="Carol Ø",
                    handle="carol@example.org",
                    subject="Invoice 2026-114 — question",
                    text="Hello,\r\nthe invoice says 3 nights; we stayed 2.\r\n",
                ),
                message(
                    "r1",
                    minutes(40),
                    kind="review",
                    author_key="dave@example.social",
                    author_name="Dave",
                    handle="@dave@example.social",
                    text="Four stars, quiet rooms",
                    rating=4,
                ),
                message(
                    "h1",
                    minutes(50),
                    author_key="eve@example.social",
                    author_name=HOSTILE_NAME,
                    handle="@eve@example.social",
                    subject="\x1b[31mred",
                    text=HOSTILE_TEXT,
                ),
                message("gone", minutes(55), text="Please forget my last message"),
                message(
                    "future",
                    datetime(2999, 1, 1, tzinfo=UTC),
                    author_key="frank@example.social",
                    author_name="Frank",
                    handle="@frank@example.social",
                    text="sent from the future",
                ),
                cursor="c1",
            ),
        )
        clock.advance(timedelta(hours=1))
        store(
            account.id,
            batch(
                message(
                    "m3",
                    minutes(9),
                    text="Yes please\n\nand a cot, thanks",
                    thread_remote_id="m1",
                    in_reply_to_remote_id="m2",
                    edited_at=minutes(70),
                ),
                message("gone", minutes(55), text="", deleted=True),
                cursor="c2",
            ),
        )
        details = {d.remote_id: d for d in context.inbox.details(InboxFilter(), 500)}
        context.writer.call(context.actions.set_read, [details["m1"].id, details["b1"].id], True)
        context.writer.call(context.actions.set_done, [details["r1"].id], True)
        alice = details["m1"].contact_id
        assert alice is not None
        context.writer.call(context.notes.add, alice, "Prefers the quiet side")
        context.writer.call(context.notes.add, alice, "Allergic to feathers")
        dave = details["r1"].contact_id
        assert dave is not None
        log = context.conversation_log.log
        context.writer.call(
            log, LoggedConversation(dave, "phone", "Called about parking", True, minutes(80))
        )
        context.writer.call(
            log, LoggedConversation(dave, "in_person", "Came by for the key", False, minutes(90))
        )
    finally:
        context.close()
