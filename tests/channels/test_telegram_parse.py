"""Reading Bot API updates and typed Telegram identities, with payloads shaped as the Bot API
documentation shows them (core.telegram.org/bots/api: Update, Message, MessageEntity,
BusinessConnection, BusinessMessagesDeleted). No network."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from socialinbox.channels.telegram_network import TELEGRAM_NETWORK
from socialinbox.channels.telegram_parse import (
    Bot,
    Cursor,
    parse_remote_id,
    parse_updates,
    utf16_slice,
)
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import TypedIdentity

BOT = Bot("7000000001", "LindenHouseBot")
NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
GWEN = {"id": 731904552, "is_bot": False, "first_name": "Gwen", "last_name": "Rees",
        "username": "gwen_rees"}  # fmt: skip
OWNER = {"id": 5550001, "is_bot": False, "first_name": "Nora", "username": "linden_nora"}
CONNECTION = "AbCdEf-conn_1"


def private(user: dict[str, Any]) -> dict[str, Any]:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


def update(update_id: int, **body: Any) -> dict[str, Any]:
    return {"update_id": update_id, **body}


def message(text: str, *, sender: dict[str, Any] = GWEN, chat: dict[str, Any] | None = None,
            message_id: int = 10, **more: Any) -> dict[str, Any]:  # fmt: skip
    return {
        "message_id": message_id,
        "from": sender,
        "chat": chat or private(sender),
        "date": 1_796_000_000,
        "text": text,
        **more,
    }


def read(*updates: dict[str, Any], cursor: Cursor | None = None) -> tuple[Any, Cursor]:
    state = cursor or Cursor()
    return parse_updates(list(updates), state, BOT, NOW), state


def test_a_private_chat_message_is_a_direct_item_keyed_by_the_user_id():
    parsed, cursor = read(update(815000001, message=message("Is breakfast included?")))
    [item] = parsed.messages
    assert (item.kind, item.inbound, item.text) == ("direct", True, "Is breakfast included?")
    assert (item.author.key, item.author.handle) == ("731904552", "@gwen_rees")
    assert item.author.display_name == "Gwen Rees"
    assert item.remote_id == "m:731904552:10" and item.thread_remote_id == "c:731904552"
    assert cursor.offset == 815000002


def test_group_messages_are_items_only_when_they_name_the_bot_or_answer_it():
    group = {"id": -1001234, "type": "supergroup", "title": "Linden regulars"}
    # "Ünïcode 👋 " is 11 UTF-16 units: the offset counts them, not code points.
    text = "Ünïcode 👋 @lindenhousebot do you have rooms?"
    mentioned = message(
        text, chat=group, message_id=1,
        entities=[{"type": "mention", "offset": 11, "length": 15}],
    )  # fmt: skip
    other_mention = message(
        "@someone_else hello", chat=group, message_id=2,
        entities=[{"type": "mention", "offset": 0, "length": 13}],
    )  # fmt: skip
    by_id = message(
        "Nora's bot, are you there?", chat=group, message_id=3,
        entities=[{"type": "text_mention", "offset": 0, "length": 10,
                   "user": {"id": 7000000001, "is_bot": True, "first_name": "Linden"}}],
    )  # fmt: skip
    answer = message(
        "Thanks!", chat=group, message_id=4,
        reply_to_message={"message_id": 3, "from": {"id": 7000000001, "is_bot": True,
                          "first_name": "Linden"}, "chat": group, "date": 1},
    )  # fmt: skip
    chatter = message("Lovely weather", chat=group, message_id=5)
    parsed, _ = read(*(update(i, message=m) for i, m in enumerate(
        [mentioned, other_mention, by_id, answer, chatter], start=1)))  # fmt: skip
    assert [m.remote_id for m in parsed.messages] == [
        "m:-1001234:1",
        "m:-1001234:3",
        "m:-1001234:4",
    ]
    assert {m.kind for m in parsed.messages} == {"mention"}
    assert parsed.messages[0].subject == "Linden regulars"
    assert parsed.messages[2].in_reply_to_remote_id == "m:-1001234:3"


def test_utf16_offsets_cut_where_telegram_counts():
    assert utf16_slice("👋 @bot", 3, 4) == "@bot"
    assert utf16_slice("short", 3, 10) is None
    assert utf16_slice("short", -1, 2) is None


def test_a_business_connection_is_remembered_and_its_problem_said_in_words():
    connection = {
        "id": CONNECTION,
        "user": OWNER,
        "user_chat_id": OWNER["id"],
        "date": 1_796_000_000,
        "is_enabled": True,
        "rights": {"can_reply": True},
    }
    _, cursor = read(update(1, business_connection=connection))
    assert cursor.problems() == []
    _, cursor = read(update(2, business_connection={**connection, "rights": {}}), cursor=cursor)
    [problem] = cursor.problems()
    assert "Nora" in problem and "reply" in problem and "Chatbots" in problem
    # Before Bot API 9.0 the right was the boolean can_reply.
    legacy = {**connection, "can_reply": True}
    del legacy["rights"]
    _, cursor = read(update(3, business_connection=legacy), cursor=cursor)
    assert cursor.problems() == []
    _, cursor = read(update(4, business_connection={**legacy, "is_enabled": False}), cursor=cursor)
    [problem] = cursor.problems()
    assert "disconnected or paused" in problem
    # The cursor carries it from one round to the next.
    assert Cursor.load(cursor.dump()).problems() == [problem]


def test_business_messages_customers_are_inbound_the_owners_answer_the_last_one():
    chat = private(GWEN)
    customer = message("Can I bring my dog?", chat=chat, message_id=40,
                       business_connection_id=CONNECTION)  # fmt: skip
    owner = message("Of course!", sender=OWNER, chat=chat, message_id=41,
                    business_connection_id=CONNECTION)  # fmt: skip
    parsed, cursor = read(update(1, business_message=customer))
    [question] = parsed.messages
    assert (question.kind, question.inbound) == ("direct", True)
    assert question.remote_id == f"b:{CONNECTION}:731904552:40"
    assert question.thread_remote_id == f"bc:{CONNECTION}:731904552"
    # The owner's answer comes in a later round: the cursor knows what it answers.
    parsed, _ = read(update(2, business_message=owner), cursor=Cursor.load(cursor.dump()))
    [answer] = parsed.messages
    assert answer.inbound is False and answer.in_reply_to_remote_id == question.remote_id


def test_edits_and_deletions_of_business_messages():
    chat = private(GWEN)
    edited = message("Can I bring my two dogs?", chat=chat, message_id=40,
                     business_connection_id=CONNECTION, edit_date=1_796_000_100)  # fmt: skip
    deleted = {"business_connection_id": CONNECTION, "chat": chat, "message_ids": [40, 39]}
    parsed, _ = read(
        update(1, edited_business_message=edited), update(2, deleted_business_messages=deleted)
    )
    edit, gone_40, gone_39 = parsed.messages
    assert edit.remote_id == f"b:{CONNECTION}:731904552:40" and edit.edited_at is not None
    assert edit.text == "Can I bring my two dogs?"
    assert (gone_40.deleted, gone_40.inbound, gone_39.remote_id) == (
        True,
        False,
        f"b:{CONNECTION}:731904552:39",
    )


def test_a_malformed_update_is_set_aside_and_the_cursor_moves_past_it():
    parsed, cursor = read(
        update(5, message={"message_id": "x", "chat": "no"}),
        {"no_update_id": True},
        update(6, message=message("fine", message_id=11)),
        update(7, business_connection={"id": CONNECTION, "user": OWNER}),
    )
    assert [m.text for m in parsed.messages] == ["fine"]
    assert [m.remote_id for m in parsed.malformed] == ["5", None, "7"]
    assert cursor.offset == 8


def test_a_message_without_text_says_what_it_holds():
    photo = message("", message_id=12)
    del photo["text"]
    photo["photo"] = [{"file_id": "x", "file_unique_id": "y", "width": 1, "height": 1}]
    parsed, _ = read(update(1, message=photo))
    assert parsed.messages[0].text == "[a photo — open Telegram to see it]"


def test_remote_ids_give_back_their_chat_message_and_connection():
    address = parse_remote_id("b:conn:with:colons:-100:7")
    assert address is not None
    assert (address.connection_id, address.chat_id, address.message_id) == (
        "conn:with:colons",
        -100,
        7,
    )
    address = parse_remote_id("m:42:9")
    assert address is not None and (address.chat_id, address.message_id) == (42, 9)
    assert parse_remote_id("demo-1") is None and parse_remote_id("m:x:1") is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("@Gwen_Rees", TypedIdentity(None, "@gwen_rees")),
        ("  gwen_rees ", TypedIdentity(None, "@gwen_rees")),
        ("https://t.me/Gwen_Rees", TypedIdentity(None, "@gwen_rees")),
        ("t.me/gwen_rees/", TypedIdentity(None, "@gwen_rees")),
        ("tg://resolve?domain=gwen_rees", TypedIdentity(None, "@gwen_rees")),
        ("731904552", TypedIdentity("731904552", None)),
        ("tg://user?id=731904552", TypedIdentity("731904552", None)),
    ],
)
def test_what_people_type_for_a_telegram_identity(typed, expected):
    assert TELEGRAM_NETWORK.typed(typed) == expected


@pytest.mark.parametrize("typed", ["", "@ab", "gwen rees", "https://example.com/gwen", "@1abc"])
def test_what_cannot_be_a_telegram_identity_is_refused_in_words(typed):
    with pytest.raises(InvalidIdentityKey, match="Telegram"):
        TELEGRAM_NETWORK.typed(typed)


def test_a_delivered_key_is_kept_as_given():
    assert TELEGRAM_NETWORK.key(" 731904552 ") == "731904552"
    with pytest.raises(InvalidIdentityKey):
        TELEGRAM_NETWORK.key("  ")
