"""The Matrix connector against a real Synapse, through the app's own paths.

Accounts are connected as the accounts dialog does (``AccountSetup.add``: the password
is exchanged for a token, the keychain keeps the token), synced as ``sync --once`` does
(a fresh engine each round, the cursor from the database) and replies go out through
the outbox's sender. Customers, bridge puppets and the business's other devices are the
harness's own Matrix clients (tests/servers/synapse_server.py).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.channels.matrix import MatrixConnector
from socialinbox.channels.matrix_parse import ENCRYPTED_TEXT
from socialinbox.clock import FakeClock
from socialinbox.core.accounts import config_of
from socialinbox.core.connector import ConnectorContext, OutgoingReply, RateLimitedError
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.models import AccountInfo
from socialinbox.storage.schema import Identity, Message, OutboxItem
from socialinbox.sync.connect import AccountDraft
from tests.conftest import sync_once, with_engine
from tests.helpers import assert_came_back_to, hand_linked_customer
from tests.servers.matrix_client import MatrixClient, MatrixUser
from tests.servers.misbehaving_proxy import MisbehavingProxy
from tests.servers.synapse_server import WHATSAPP, SynapseServer

SEND_PATH = "/_matrix/client/v3/rooms/*/send/m.room.message/*"


@pytest.fixture
def clock() -> FakeClock:
    """The test clock set to now: Synapse stamps events with the real time, and ingest
    takes a time more than a day ahead of the clock for a sender's mistake."""
    return FakeClock(datetime.now(UTC))


@pytest.fixture
def desk(synapse_server: SynapseServer) -> MatrixUser:
    """The business's Matrix account."""
    return synapse_server.new_user("desk", displayname="Corner Cafe")


@pytest.fixture
def laura(synapse_server: SynapseServer) -> MatrixClient:
    """A customer with her own Matrix client."""
    return synapse_server.client(synapse_server.new_user("laura", displayname="Laura"))


def connect(
    context: AppContext,
    base_url: str,
    user: MatrixUser,
    settings: dict[str, str] | None = None,
) -> AccountInfo:
    draft = AccountDraft(
        "matrix", "Front desk", base_url=base_url, handle=user.user_id, settings=settings or {}
    )
    created = with_engine(
        context, lambda engine: context.account_setup(engine).add(draft, user.password)
    )
    return context.accounts.get(created.id)


def kept_session(context: AppContext, account: AccountInfo) -> dict[str, str]:
    kept = context.secrets.get(account.uuid)
    assert kept is not None
    return dict(json.loads(kept))


def stored(context: AppContext, account_id: int) -> dict[str, Any]:
    with context.db.read() as session:
        rows = session.execute(
            select(Message).where(Message.account_id == account_id).order_by(Message.id)
        ).scalars()
        return {
            m.remote_id: {
                "id": m.id,
                "kind": m.kind,
                "channel": m.channel,
                "text": m.text,
                "inbound": m.inbound,
                "needs_reply": m.needs_reply,
                "read": m.read,
                "deleted": m.deleted_at is not None,
                "edited": m.edited_at is not None,
                "thread_key": m.thread_key,
                "identity_id": m.identity_id,
            }
            for m in rows
        }


def synced_ok(context: AppContext) -> None:
    for result in sync_once(context):
        assert result.ok, result.detail


def test_the_keychain_keeps_a_token_never_the_password_and_a_revoked_one_asks_to_sign_in(
    context: AppContext, synapse_server: SynapseServer, desk: MatrixUser, laura: MatrixClient
) -> None:
    account = connect(context, synapse_server.base_url, desk)
    assert account.settings["user_id"] == desk.user_id
    session = kept_session(context, account)
    assert desk.password not in json.dumps(session)
    device = MatrixClient(
        synapse_server.base_url,
        desk.user_id,
        session["matrix_access_token"],
        session["matrix_device_id"],
    )
    assert device.whoami()["user_id"] == desk.user_id
    room = laura.create_direct_room(desk.user_id)
    laura.send_text(room, "Hello?")
    synced_ok(context)

    device.logout()  # signed out elsewhere (another client's device list, an admin)
    [result] = sync_once(context)
    assert not result.ok
    assert result.detail.startswith("sign-in refused, re-authenticate the account")
    assert "M_UNKNOWN_TOKEN" in result.detail
    assert session["matrix_access_token"] not in result.detail

    # Sign in again: the same device id, a new token, the password still not kept.
    with_engine(
        context,
        lambda engine: context.account_setup(engine).reauthenticate(account.id, desk.password),
    )
    renewed = kept_session(context, account)
    assert renewed["matrix_device_id"] == session["matrix_device_id"]
    assert renewed["matrix_access_token"] != session["matrix_access_token"]
    assert desk.password not in json.dumps(renewed)
    laura.send_text(room, "Are you there?")
    synced_ok(context)
    assert "Are you there?" in [m["text"] for m in stored(context, account.id).values()]


def test_group_rooms_deliver_mentions_as_items_and_the_rest_as_context(
    context: AppContext, synapse_server: SynapseServer, desk: MatrixUser, laura: MatrixClient
) -> None:
    account = connect(context, synapse_server.base_url, desk)
    room = laura.create_group_room("Bakery friends", invite=[desk.user_id])
    synapse_server.client(desk).join(room)
    chatter = laura.send_text(room, "Has anyone tried the new rye?")
    tagged = laura.send_text(room, "Do you open on Sunday?", mentions=[desk.user_id])
    by_name = laura.send_text(room, "corner cafe, do you deliver?")
    synced_ok(context)

    messages = stored(context, account.id)
    assert messages[chatter]["kind"] == "context"
    assert not messages[chatter]["needs_reply"] and messages[chatter]["read"]
    for mention in (tagged, by_name):
        assert messages[mention]["kind"] == "mention" and messages[mention]["needs_reply"]
    # One room, one conversation.
    assert len({m["thread_key"] for m in messages.values()}) == 1
    # The inbox (and its counts, and `inbox --json`) lists the mentions; the chatter shows
    # only in the room's thread beside them.
    listed = {row.id for row in context.inbox.page(InboxFilter(), limit=100)}
    assert listed == {messages[tagged]["id"], messages[by_name]["id"]}
    assert context.inbox.count(InboxFilter()) == 2
    assert context.inbox.count(InboxFilter(view="unread")) == 2
    thread = {row.id for row in context.inbox.thread(messages[tagged]["id"])}
    assert messages[chatter]["id"] in thread


def test_a_direct_invitation_is_accepted_unless_the_setting_says_no(
    context: AppContext, synapse_server: SynapseServer, laura: MatrixClient
) -> None:
    eager = synapse_server.new_user("eager")
    careful = synapse_server.new_user("careful")
    eager_account = connect(context, synapse_server.base_url, eager)
    careful_account = connect(
        context, synapse_server.base_url, careful, settings={"auto_join_direct": "no"}
    )
    to_eager = laura.create_direct_room(eager.user_id)
    to_careful = laura.create_direct_room(careful.user_id)
    before = laura.send_text(to_eager, "Written before you joined")
    laura.send_text(to_careful, "Written to someone careful")
    synced_ok(context)

    assert eager.user_id in laura.joined_members(to_eager)
    assert careful.user_id not in laura.joined_members(to_careful)
    assert stored(context, eager_account.id)[before]["kind"] == "direct"
    assert stored(context, careful_account.id) == {}
    direct = synapse_server.client(eager).account_data("m.direct")
    assert to_eager in direct[laura.user_id]


def test_a_long_absence_is_read_through_the_gap_of_a_limited_timeline(
    context: AppContext, synapse_server: SynapseServer, desk: MatrixUser, laura: MatrixClient
) -> None:
    account = connect(context, synapse_server.base_url, desk)
    room = laura.create_direct_room(desk.user_id)
    laura.send_text(room, "first")
    synced_ok(context)
    sent = laura.send_many(room, 130, prefix="while you were away")
    synced_ok(context)
    messages = stored(context, account.id)
    assert set(sent) <= set(messages)
    assert len(messages) == 131
    synced_ok(context)  # nothing twice
    assert len(stored(context, account.id)) == 131


def test_a_long_chat_written_before_the_invitation_was_accepted_arrives_whole(
    context: AppContext, synapse_server: SynapseServer, desk: MatrixUser, laura: MatrixClient
) -> None:
    account = connect(context, synapse_server.base_url, desk)
    synced_ok(context)  # the account has synced before: the invitation comes later
    room = laura.create_direct_room(desk.user_id)
    sent = laura.send_many(room, 75, prefix="before you joined")
    synced_ok(context)
    assert set(sent) <= set(stored(context, account.id))


def test_edits_redactions_encrypted_messages_and_replies_from_another_device(
    context: AppContext, synapse_server: SynapseServer, desk: MatrixUser, laura: MatrixClient
) -> None:
    account = connect(context, synapse_server.base_url, desk)
    room = laura.create_direct_room(desk.user_id)
    typo = laura.send_text(room, "Table for fuor?")
    regret = laura.send_text(room, "Something I regret")
    synced_ok(context)
    laura.edit(room, typo, "Table for four?")
    laura.redact(room, regret)
    same_batch = laura.send_text(room, "Cornbred please")
    laura.edit(room, same_batch, "Cornbread please")
    secret = laura.send_encrypted(room)
    synced_ok(context)

    messages = stored(context, account.id)
    assert messages[typo]["text"] == "Table for four?" and messages[typo]["edited"]
    assert messages[regret]["deleted"]
    assert messages[same_batch]["text"] == "Cornbread please"
    assert messages[secret]["text"] == ENCRYPTED_TEXT and messages[secret]["kind"] == "direct"
    assert messages[secret]["needs_reply"]

    # The desk answers from its phone: the customer's messages stop waiting.
    phone = synapse_server.client(desk)
    answer = phone.send_text(room, "Yes, and cornbread is ready")
    synced_ok(context)
    messages = stored(context, account.id)
    assert not messages[answer]["inbound"]
    assert not messages[secret]["needs_reply"]


def test_a_whatsapp_customer_via_a_bridge_is_a_whatsapp_identity_and_her_note_comes_back(
    context: AppContext, synapse_server: SynapseServer, desk: MatrixUser
) -> None:
    account = connect(context, synapse_server.base_url, desk)
    customer = hand_linked_customer(context, "whatsapp", "+49 151 12345678")
    bridged = synapse_server.bridged_direct_room(
        WHATSAPP, desk.user_id, displayname="Laura (WA)", remote_id="4915112345678"
    )
    written = bridged.puppet.send_text(bridged.room_id, "Back in town next week!")
    synced_ok(context)

    message = stored(context, account.id)[written]
    assert message["channel"] == "whatsapp" and message["kind"] == "direct"
    with context.db.read() as session:
        identity = session.get(Identity, message["identity_id"])
        assert identity is not None
        assert (identity.channel, identity.key) == ("whatsapp", "+4915112345678")
    assert_came_back_to(context, customer, "Back in town next week!")

    # The answer goes out through the bridged room (the bridge carries it to WhatsApp).
    context.writer.call(
        context.outbox.create_reply, message["id"], "Welcome back!", "tester", approve=True
    )
    assert sync_once(context)[0].sent == 1
    [answer] = bridged.puppet.text_messages(bridged.room_id, sender=desk.user_id)
    assert answer["content"]["body"] == "Welcome back!"


def test_a_matrix_customer_linked_by_hand_raises_her_return_reminder(
    context: AppContext, synapse_server: SynapseServer, desk: MatrixUser, laura: MatrixClient
) -> None:
    connect(context, synapse_server.base_url, desk)
    typed = f" {laura.user_id[1:].upper()} "  # no "@", any case, spaces around
    customer = hand_linked_customer(context, "matrix", typed)
    room = laura.create_direct_room(desk.user_id)
    laura.send_text(room, "We are coming back in May")
    synced_ok(context)
    assert_came_back_to(context, customer, "We are coming back in May")


@pytest.fixture
def proxy(synapse_server: SynapseServer) -> Iterator[MisbehavingProxy]:
    with MisbehavingProxy(synapse_server.base_url) as running:
        yield running


def test_a_reply_whose_answer_is_lost_arrives_exactly_once(
    context: AppContext, clock, proxy: MisbehavingProxy, desk: MatrixUser, laura: MatrixClient
) -> None:
    account = connect(context, proxy.base_url, desk)
    room = laura.create_direct_room(desk.user_id)
    question = laura.send_text(room, "Can I book for Friday?")
    synced_ok(context)
    item = context.writer.call(
        context.outbox.create_reply,
        stored(context, account.id)[question]["id"],
        "Yes, Friday at eight.",
        "tester",
        approve=True,
    ).item

    proxy.lose_answer(SEND_PATH)
    first = sync_once(context)[0]
    assert first.sent == 0
    assert len(proxy.requests_to(SEND_PATH)) == 1
    assert len(laura.text_messages(room, sender=desk.user_id)) == 1  # it did arrive

    # Hours later, past the idempotency window: the reply is found, not sent again.
    clock.advance(timedelta(hours=2))
    second = sync_once(context)[0]
    assert second.sent == 1, second.detail
    assert len(proxy.requests_to(SEND_PATH)) == 1
    [answer] = laura.text_messages(room, sender=desk.user_id)
    assert answer["content"]["m.relates_to"]["m.in_reply_to"]["event_id"] == question
    with context.db.read() as session:
        row = session.get(OutboxItem, item.id)
        assert row is not None and str(row.state).endswith("sent")
        assert row.remote_id == answer["event_id"]


def test_the_same_transaction_id_posts_once(
    context: AppContext, synapse_server: SynapseServer, desk: MatrixUser, laura: MatrixClient
) -> None:
    account = connect(context, synapse_server.base_url, desk)
    room = laura.create_direct_room(desk.user_id)
    laura.send_text(room, "Hi")
    synced_ok(context)  # joins the room
    config = config_of(context.accounts.get(account.id))

    async def send_again() -> list[str]:
        async with httpx.AsyncClient(timeout=10) as http:
            conn = MatrixConnector(
                ConnectorContext(config, context.secrets.get(account.uuid), http, context.clock)
            )
            reply = OutgoingReply("Once only", "matrix", None, room, None)
            return [(await conn.send(reply, "outbox-1")).remote_id for _ in range(3)]

    ids = asyncio.run(send_again())
    assert len(set(ids)) == 1
    assert len(laura.text_messages(room, sender=desk.user_id)) == 1


def test_a_429_from_synapse_waits_as_long_as_it_says(
    context: AppContext, synapse_server: SynapseServer, desk: MatrixUser, laura: MatrixClient
) -> None:
    account = connect(context, synapse_server.base_url, desk)
    room = laura.create_direct_room(desk.user_id)
    laura.send_text(room, "Hi")
    synced_ok(context)  # joins the room
    synapse_server.set_message_rate_limit(desk.user_id, 1, 1)
    config = config_of(context.accounts.get(account.id))

    async def send_twice() -> RateLimitedError:
        async with httpx.AsyncClient(timeout=10) as http:
            conn = MatrixConnector(
                ConnectorContext(config, context.secrets.get(account.uuid), http, context.clock)
            )
            with pytest.raises(RateLimitedError) as waited:
                for n in range(5):
                    await conn.send(OutgoingReply(f"more {n}", "matrix", None, room, None), f"k{n}")
            return waited.value

    try:
        error = asyncio.run(send_twice())
    finally:
        synapse_server.clear_message_rate_limit(desk.user_id)
    assert error.retry_at > context.clock.now()
    assert "M_LIMIT_EXCEEDED" in str(error)
