"""The Telegram connector through the app's real paths (account setup, the sync engine, the
outbox) against a Bot API server on 127.0.0.1 written from the documentation by someone
else (tests/servers/telegram_server.py): the whole httpx stack runs, nothing is mocked."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.clock import FakeClock
from socialinbox.storage.schema import Message, OutboxItem
from socialinbox.sync.connect import AccountDraft, SetupError
from tests.conftest import sync_once, with_engine
from tests.helpers import assert_came_back_to, hand_linked_customer
from tests.servers.telegram_server import TelegramBotServer


@pytest.fixture
def server(clock: FakeClock) -> Iterator[TelegramBotServer]:
    with TelegramBotServer(now=clock.now) as running:
        yield running


def connect(context: AppContext, server: TelegramBotServer, token: str | None = None) -> int:
    draft = AccountDraft("telegram", "Linden House", base_url=server.base_url)
    created = with_engine(
        context, lambda engine: context.account_setup(engine).add(draft, token or server.token)
    )
    return created.id


def stored(context: AppContext, account_id: int) -> dict[str, Any]:
    with context.db.read() as session:
        rows = session.execute(
            select(
                Message.id,
                Message.remote_id,
                Message.inbound,
                Message.needs_reply,
                Message.kind,
                Message.text,
                Message.author_handle,
                Message.edited_at,
                Message.deleted_at,
            ).where(Message.account_id == account_id)
        ).all()
    return {row.remote_id: row for row in rows}


def reply(context: AppContext, message_id: int, text: str) -> int:
    created = context.writer.call(
        context.outbox.create_reply, message_id, text, "tester", approve=True
    )
    return created.item.id


def outbox_row(context: AppContext, item_id: int) -> Any:
    with context.db.read() as session:
        return session.execute(
            select(OutboxItem.state, OutboxItem.last_error, OutboxItem.next_attempt_at).where(
                OutboxItem.id == item_id
            )
        ).one()


def one_round(context: AppContext) -> Any:
    [result] = sync_once(context)
    return result


# -- connecting ------------------------------------------------------------------------------


def test_connecting_names_the_bot_and_a_refused_token_says_so_in_one_line(context, server):
    with pytest.raises(SetupError) as refused:
        connect(context, server, token="7000000001:AAE-wrong-token")
    message = str(refused.value)
    assert "sign-in refused" in message and "BotFather" in message and "\n" not in message
    assert "AAE-wrong-token" not in message
    with pytest.raises(SetupError, match="not a bot token"):
        connect(context, server, token="just some words")
    assert context.accounts.list_accounts() == []

    account = context.accounts.get(connect(context, server))
    assert account.handle == "@inbox_test_bot"
    assert account.settings["bot_id"] == server.token.split(":")[0]
    assert server.token not in repr(account)


# -- reading -------------------------------------------------------------------------------


def test_private_chats_and_group_mentions_arrive_once_confirmed_only_after_storing(
    context, server, clock
):
    account_id = connect(context, server)
    gwen = server.add_user("Gwen", "Rees", "gwen_rees")
    tom = server.add_user("Tom", username="tomw")
    question = server.user_writes(gwen["id"], "Do you have a room for Friday?")
    group = server.add_group("Linden regulars", supergroup=True)
    mention = server.user_writes(
        tom["id"], "@inbox_test_bot is the bar open late?", chat_id=group["id"]
    )
    server.user_writes(tom["id"], "nice weather today", chat_id=group["id"])

    assert one_round(context).ok
    rows = stored(context, account_id)
    direct = rows[f"m:{gwen['id']}:{question['message_id']}"]
    assert (direct.kind, direct.inbound, direct.needs_reply) == ("direct", True, True)
    assert direct.author_handle == "@gwen_rees"
    assert rows[f"m:{group['id']}:{mention['message_id']}"].kind == "mention"
    assert len(rows) == 2
    # The first call confirms nothing; the updates are confirmed by the next call's offset,
    # sent once the page they came in was stored.
    first, confirming = server.requests_for("getUpdates")
    assert "offset" not in first.params and first.params["timeout"] == "0"
    assert first.answer is not None
    assert int(confirming.params["offset"]) == first.answer["result"][-1]["update_id"] + 1
    assert set(server.allowed_updates) >= {"message", "business_message"}
    assert server.pending_updates() == []
    assert one_round(context).new == 0
    clock.advance(timedelta(minutes=1))
    server.edit(question, "Do you have a room for Friday and Saturday?")
    one_round(context)
    edited = stored(context, account_id)[direct.remote_id]
    assert edited.text == "Do you have a room for Friday and Saturday?" and edited.edited_at


def test_a_reply_goes_out_once_answering_the_message(context, server):
    account_id = connect(context, server)
    gwen = server.add_user("Gwen", "Rees", "gwen_rees")
    question = server.user_writes(gwen["id"], "Is breakfast included?")
    one_round(context)
    [row] = stored(context, account_id).values()
    item = reply(context, row.id, "Yes, from 7 to 10.")
    result = one_round(context)
    assert (result.ok, result.sent) == (True, 1)
    [sent] = server.sent_messages
    assert (sent.chat_id, sent.text, sent.reply_to_message_id) == (
        gwen["id"],
        "Yes, from 7 to 10.",
        question["message_id"],
    )
    assert str(outbox_row(context, item).state).endswith("sent")
    assert stored(context, account_id)[row.remote_id].needs_reply is False
    one_round(context)
    assert len(server.sent_messages) == 1


def test_an_answer_lost_on_the_way_back_is_outcome_unknown_never_a_second_message(
    context, server, clock
):
    account_id = connect(context, server)
    gwen = server.add_user("Gwen", username="gwen_rees")
    server.user_writes(gwen["id"], "Can I check in early?")
    one_round(context)
    [row] = stored(context, account_id).values()
    item = reply(context, row.id, "From noon, yes.")
    server.drop_next("sendMessage")  # carried out, the connection closed before the answer
    result = one_round(context)
    assert result.sending == "failed"
    state = outbox_row(context, item)
    assert str(state.state).endswith("outcome_unknown") and "check the conversation" in (
        state.last_error or ""
    )
    for _ in range(2):
        clock.advance(timedelta(hours=2))
        one_round(context)
    assert len(server.sent_messages) == 1


# -- Telegram Business ---------------------------------------------------------------------


def test_business_chats_arrive_as_the_owners_and_replies_go_out_as_the_owner(
    context, server, clock
):
    account_id = connect(context, server)
    owner = server.add_user("Nora", "Linden", "linden_nora")
    gwen = server.add_user("Gwen", "Rees", "gwen_rees")
    connection = server.connect_business(owner["id"])
    first = server.customer_writes_business(connection["id"], gwen["id"], "Table for two at 8?")
    second = server.customer_writes_business(connection["id"], gwen["id"], "Outside if possible")
    assert one_round(context).ok
    rows = stored(context, account_id)
    base = f"b:{connection['id']}:{gwen['id']}"
    assert {rows[f"{base}:{first['message_id']}"].kind} == {"direct"}
    assert rows[f"{base}:{second['message_id']}"].needs_reply

    # The owner answers from their phone: outbound, and the question no longer waits.
    server.owner_writes_business(connection["id"], gwen["id"], "Booked, see you at 8!")
    one_round(context)
    rows = stored(context, account_id)
    assert rows[f"{base}:{second['message_id']}"].needs_reply is False
    [own] = [r for r in rows.values() if not r.inbound]
    assert own.text == "Booked, see you at 8!"

    # A reply from here goes through the connection, as the owner.
    item = reply(context, rows[f"{base}:{first['message_id']}"].id, "Outside it is.")
    assert one_round(context).sent == 1
    [sent] = server.sent_messages
    assert (sent.business_connection_id, sent.chat_id) == (connection["id"], gwen["id"])
    assert str(outbox_row(context, item).state).endswith("sent")

    # The customer edits, then deletes a message.
    clock.advance(timedelta(minutes=1))
    server.edit(first, "Table for three at 8?")
    server.delete_business(connection["id"], [second])
    one_round(context)
    rows = stored(context, account_id)
    assert rows[f"{base}:{first['message_id']}"].text == "Table for three at 8?"
    assert rows[f"{base}:{second['message_id']}"].deleted_at is not None


def test_a_disabled_connection_shows_on_the_account_and_its_replies_wait_until_enabled(
    context, server, clock
):
    account_id = connect(context, server)
    owner = server.add_user("Nora", "Linden", "linden_nora")
    gwen = server.add_user("Gwen", "Rees", "gwen_rees")
    connection = server.connect_business(owner["id"])
    server.customer_writes_business(connection["id"], gwen["id"], "Any rooms left?")
    one_round(context)
    [row] = stored(context, account_id).values()

    server.disable_business(connection["id"])
    item = reply(context, row.id, "One, the garden room.")
    result = one_round(context)
    assert not result.ok and "Nora Linden" in result.detail and "Chatbots" in result.detail
    account = context.accounts.get(account_id)
    assert account.status == "error" and "disconnected or paused" in (account.last_error or "")
    waiting = outbox_row(context, item)
    assert str(waiting.state).endswith("approved") and "Nora Linden" in waiting.last_error
    assert server.sent_messages == []

    server.enable_business(connection["id"])
    server.set_business_can_reply(connection["id"], False)
    clock.advance(timedelta(minutes=6))
    result = one_round(context)
    assert not result.ok and "not allowed this bot to reply" in result.detail
    assert server.sent_messages == []

    server.set_business_can_reply(connection["id"], True)
    clock.advance(timedelta(minutes=6))
    result = one_round(context)
    assert (result.ok, result.sent) == (True, 1)
    assert context.accounts.get(account_id).status == "ok"
    assert str(outbox_row(context, item).state).endswith("sent")
    assert len(server.sent_messages) == 1


def test_a_known_customer_writing_on_telegram_raises_her_return_reminder(context, server):
    contact_id = hand_linked_customer(context, "telegram", "https://t.me/Gwen_Rees")
    connect(context, server)
    gwen = server.add_user("Gwen", "Rees", "gwen_rees")
    server.user_writes(gwen["id"], "We're back in March, same room please!")
    one_round(context)
    assert_came_back_to(context, contact_id, "We're back in March")
    [identity] = [i for i in context.contacts.get(contact_id).identities if i.channel == "telegram"]
    assert identity.key == str(gwen["id"])


# -- a server that says no -----------------------------------------------------------------


def test_a_webhook_on_the_bot_is_an_account_error_naming_the_fix(context, server):
    account_id = connect(context, server)
    server.set_webhook("https://example.com/hook")
    result = one_round(context)
    assert not result.ok and "webhook" in result.detail and "deleteWebhook" in result.detail
    assert "webhook" in (context.accounts.get(account_id).last_error or "")
    server.set_webhook("")
    assert one_round(context).ok


def test_429_waits_as_long_as_telegram_asks_in_every_process(context, server, clock):
    account_id = connect(context, server)
    gwen = server.add_user("Gwen", username="gwen_rees")
    server.user_writes(gwen["id"], "Hello?")
    server.throttle_next("getUpdates", retry_after=120)
    result = one_round(context)
    assert not result.ok and "rate-limited" in result.detail
    asked = len(server.requests_for("getUpdates"))
    clock.advance(timedelta(seconds=60))
    assert not one_round(context).ok  # still waiting: nothing asked
    assert len(server.requests_for("getUpdates")) == asked
    clock.advance(timedelta(seconds=61))
    assert one_round(context).new == 1
    assert len(stored(context, account_id)) == 1


def test_hostile_text_is_stored_repaired_and_the_account_goes_on(context, server):
    account_id = connect(context, server)
    gwen = server.add_user("Gwen\u202e", username="gwen_rees")
    server.user_writes(gwen["id"], "broken \x00 text")
    server.user_writes(gwen["id"], "A normal question")
    assert one_round(context).ok
    texts = sorted(r.text for r in stored(context, account_id).values())
    assert texts[0] == "A normal question" and "\x00" not in texts[1]


# -- news between rounds ---------------------------------------------------------------------


def test_a_message_arrives_at_once_between_rounds_and_the_wait_confirms_nothing(context, server):
    account_id = connect(context, server)
    gwen = server.add_user("Gwen", username="gwen_rees")

    async def main() -> list[str]:
        engine = context.sync_engine()
        stop = asyncio.Event()
        running = asyncio.create_task(engine.run_forever(stop, max_sleep=0.2))
        try:
            await asyncio.sleep(1.0)  # the first round is over; the next is minutes away
            texts: list[str] = []
            for text in ("First question", "Second question"):
                server.user_writes(gwen["id"], text)
                for _ in range(100):
                    await asyncio.sleep(0.1)
                    texts = sorted(r.text for r in stored(context, account_id).values())
                    if text in texts:
                        break
            return texts
        finally:
            stop.set()
            await running
            await engine.aclose()

    assert asyncio.run(main()) == ["First question", "Second question"]
    waits = [r for r in server.requests_for("getUpdates") if r.params.get("timeout") != "0"]
    assert waits and all("offset" not in r.params for r in waits)
    assert server.pending_updates() == []
