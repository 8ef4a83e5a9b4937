"""The Telegram Bot API test server behaves as core.telegram.org/bots/api says.

Each test talks to the real server over HTTP with httpx, as a connector would, so that
the server cannot drift from the documentation the connector is written against.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.servers.telegram_server import TelegramBotServer

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.moment = START

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[TelegramBotServer]:
    with TelegramBotServer(now=clock) as started:
        yield started


@pytest.fixture
def api(server: TelegramBotServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.api_url, timeout=10) as http:
        yield http


def ok(response: httpx.Response) -> Any:
    """The result of a successful call, checking the documented envelope."""
    body = response.json()
    assert response.status_code == 200, body
    assert body["ok"] is True
    return body["result"]


def error(response: httpx.Response, code: int) -> dict[str, Any]:
    """The body of a failed call, checking the documented envelope."""
    body = response.json()
    assert response.status_code == code, body
    assert body["ok"] is False
    assert body["error_code"] == code
    assert isinstance(body["description"], str)
    return dict(body)


def wait_for_poll(server: TelegramBotServer) -> None:
    deadline = time.monotonic() + 5
    while not server.polling:
        assert time.monotonic() < deadline, "no long poll started"
        time.sleep(0.01)


def test_get_me_answers_the_bot_by_get_post_and_any_method_case(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    by_get = ok(api.get("/getMe"))
    by_post = ok(api.post("/getme"))
    assert by_get == by_post
    assert by_get["id"] == int(server.token.split(":")[0])
    assert by_get["is_bot"] is True
    assert by_get["username"] == "inbox_test_bot"
    assert by_get["can_read_all_group_messages"] is False  # privacy mode
    assert by_get["can_connect_to_business"] is True


def test_a_wrong_token_is_unauthorized_and_unknown_paths_are_not_found(
    server: TelegramBotServer,
) -> None:
    with httpx.Client(base_url=server.base_url, timeout=5) as http:
        wrong = error(http.get("/bot7000000001:not-the-token/getMe"), 401)
        assert wrong["description"] == "Unauthorized"
        malformed = error(http.get("/botnocolon/getMe"), 401)
        assert malformed["description"] == "Unauthorized: invalid token specified"
        assert error(http.get("/getMe"), 404)["description"] == "Not Found"
        unknown = error(http.get(f"/bot{server.token}/sendTelepathy"), 404)
        assert unknown["description"] == "Not Found: method not found"
    server.revoke_token()
    with httpx.Client(base_url=server.api_url, timeout=5) as http:
        assert error(http.get("/getMe"), 401)["description"] == "Unauthorized"


def test_updates_arrive_in_order_and_an_offset_confirms_them(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice", "Baker", "alice_b")
    for number in range(3):
        server.user_writes(alice["id"], f"hello {number}")

    first = ok(api.get("/getUpdates"))
    assert [u["message"]["text"] for u in first] == ["hello 0", "hello 1", "hello 2"]
    ids = [u["update_id"] for u in first]
    assert ids == list(range(ids[0], ids[0] + 3)), "ids increase one by one"
    message = first[0]["message"]
    assert message["from"] == alice
    assert message["chat"] == {
        "id": alice["id"],
        "type": "private",
        "first_name": "Alice",
        "last_name": "Baker",
        "username": "alice_b",
    }
    assert message["date"] == int(START.timestamp())

    again = ok(api.get("/getUpdates"))
    assert again == first, "nothing is confirmed without an offset"
    rest = ok(api.get("/getUpdates", params={"offset": ids[1] + 1}))
    assert [u["update_id"] for u in rest] == [ids[2]]
    assert [u["update_id"] for u in ok(api.get("/getUpdates"))] == [ids[2]], "ids[0..1] are gone"
    assert ok(api.post("/getUpdates", json={"offset": ids[2] + 1})) == []


def test_an_offset_far_in_the_future_confirms_nothing(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    server.user_writes(alice["id"], "kept")
    kept = ok(api.get("/getUpdates"))
    next_id = kept[0]["update_id"] + 1
    far = ok(api.get("/getUpdates", params={"offset": next_id + 11}))
    assert far == kept, "more than 10 past the next id: read from the oldest update"
    assert ok(api.get("/getUpdates", params={"offset": next_id + 10})) == []
    assert server.pending_updates() == []


def test_a_lost_get_updates_answer_is_delivered_again(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    server.user_writes(alice["id"], "one")
    first = ok(api.get("/getUpdates"))
    server.user_writes(alice["id"], "two")
    server.drop_next("getUpdates")
    with pytest.raises(httpx.TransportError):
        api.get("/getUpdates", params={"offset": first[-1]["update_id"] + 1})
    again = ok(api.get("/getUpdates", params={"offset": first[-1]["update_id"] + 1}))
    assert [u["message"]["text"] for u in again] == ["two"], "only what an offset confirmed is gone"


def test_limit_is_clamped_to_1_to_100(server: TelegramBotServer, api: httpx.Client) -> None:
    alice = server.add_user("Alice")
    for number in range(105):
        server.user_writes(alice["id"], f"m{number}")
    assert len(ok(api.get("/getUpdates", params={"limit": 2}))) == 2
    assert len(ok(api.get("/getUpdates", params={"limit": 0}))) == 1
    assert len(ok(api.get("/getUpdates", params={"limit": 500}))) == 100
    assert len(ok(api.get("/getUpdates"))) == 100


def test_a_negative_offset_keeps_only_the_last_updates(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    for number in range(5):
        server.user_writes(alice["id"], f"m{number}")
    last_two = ok(api.get("/getUpdates", params={"offset": -2}))
    assert [u["message"]["text"] for u in last_two] == ["m3", "m4"]
    assert [u["message"]["text"] for u in ok(api.get("/getUpdates"))] == ["m3", "m4"]


def test_updates_are_kept_24_hours(
    server: TelegramBotServer, api: httpx.Client, clock: Clock
) -> None:
    alice = server.add_user("Alice")
    server.user_writes(alice["id"], "old")
    clock.moment += timedelta(hours=23)
    server.user_writes(alice["id"], "new")
    clock.moment += timedelta(hours=1, seconds=1)
    assert [u["message"]["text"] for u in ok(api.get("/getUpdates"))] == ["new"]


def test_a_long_poll_wakes_when_an_update_arrives(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    timer = threading.Timer(0.3, server.user_writes, (alice["id"], "wake up"))
    began = time.monotonic()
    timer.start()
    try:
        updates = ok(api.get("/getUpdates", params={"timeout": 20}))
    finally:
        timer.cancel()
    assert [u["message"]["text"] for u in updates] == ["wake up"]
    assert 0.2 < time.monotonic() - began < 5


def test_a_long_poll_without_updates_answers_empty_after_its_timeout(
    api: httpx.Client,
) -> None:
    began = time.monotonic()
    assert ok(api.get("/getUpdates", params={"timeout": 1})) == []
    assert 0.9 < time.monotonic() - began < 5


def test_a_second_long_poll_ends_the_first_with_409(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    answers: list[httpx.Response] = []
    first = threading.Thread(
        target=lambda: answers.append(api.get("/getUpdates", params={"timeout": 20}))
    )
    first.start()
    wait_for_poll(server)
    with httpx.Client(base_url=server.api_url, timeout=10) as other:
        assert ok(other.get("/getUpdates", params={"timeout": 1})) == []
    first.join(5)
    conflict = error(answers[0], 409)
    assert conflict["description"] == (
        "Conflict: terminated by other getUpdates request; "
        "make sure that only one bot instance is running"
    )


def test_a_webhook_makes_get_updates_a_409_until_it_is_deleted(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    plain = error(api.post("/setWebhook", data={"url": "http://example.test/hook"}), 400)
    assert "HTTPS URL" in plain["description"]
    set_answer = api.post("/setWebhook", json={"url": "https://example.test/hook"}).json()
    assert set_answer == {"ok": True, "result": True, "description": "Webhook was set"}
    info = ok(api.get("/getWebhookInfo"))
    assert info["url"] == "https://example.test/hook"
    assert info["pending_update_count"] == 0
    conflict = error(api.get("/getUpdates"), 409)
    assert conflict["description"] == (
        "Conflict: can't use getUpdates method while webhook is active; "
        "use deleteWebhook to delete the webhook first"
    )
    assert ok(api.post("/deleteWebhook")) is True
    assert ok(api.get("/getWebhookInfo"))["url"] == ""
    assert ok(api.get("/getUpdates")) == []


def test_setting_a_webhook_ends_a_waiting_long_poll(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    answers: list[httpx.Response] = []
    poll = threading.Thread(
        target=lambda: answers.append(api.get("/getUpdates", params={"timeout": 20}))
    )
    poll.start()
    wait_for_poll(server)
    with httpx.Client(base_url=server.api_url, timeout=5) as other:
        ok(other.post("/setWebhook", data={"url": "https://example.test/hook"}))
    poll.join(5)
    assert error(answers[0], 409)["description"] == "Conflict: terminated by setWebhook request"


def test_allowed_updates_filters_updates_created_after_it(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    owner = server.add_user("Owner")
    server.user_writes(alice["id"], "before")
    ok(api.get("/getUpdates", params={"allowed_updates": json.dumps(["business_message"])}))
    server.user_writes(alice["id"], "after")
    connection = server.connect_business(owner["id"])
    server.customer_writes_business(connection["id"], alice["id"], "to the shop")
    kinds = [next(k for k in u if k != "update_id") for u in ok(api.get("/getUpdates"))]
    assert kinds == ["message", "business_message"]
    assert server.allowed_updates == ["business_message"]
    ok(api.post("/getUpdates", json={"allowed_updates": []}))
    assert "chat_member" not in server.allowed_updates
    assert "message" in server.allowed_updates


def test_send_message_answers_the_message_and_records_it_once(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    asked = server.user_writes(alice["id"], "Is the terrace open?")
    sent = ok(
        api.post(
            "/sendMessage",
            json={
                "chat_id": alice["id"],
                "text": "Yes, from noon.",
                "reply_parameters": {"message_id": asked["message_id"]},
            },
        )
    )
    assert sent["from"]["id"] == server.bot["id"]
    assert sent["chat"]["id"] == alice["id"]
    assert sent["text"] == "Yes, from noon."
    assert sent["message_id"] > asked["message_id"]
    assert sent["reply_to_message"]["message_id"] == asked["message_id"]
    assert [m.text for m in server.sent_messages] == ["Yes, from noon."]
    assert server.sent_messages[0].reply_to_message_id == asked["message_id"]
    assert [m["text"] for m in server.messages_in(alice["id"])] == [
        "Is the terrace open?",
        "Yes, from noon.",
    ]


def test_send_message_takes_a_form_and_the_legacy_reply_to_message_id(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    asked = server.user_writes(alice["id"], "Hi")
    form = {
        "chat_id": str(alice["id"]),
        "text": "Hello",
        "reply_to_message_id": asked["message_id"],
    }
    sent = ok(api.post("/sendMessage", data=form))
    assert sent["reply_to_message"]["text"] == "Hi"
    by_query = ok(api.get("/sendMessage", params={"chat_id": alice["id"], "text": "again"}))
    assert "reply_to_message" not in by_query


def test_replying_to_an_unknown_message_fails_unless_allowed(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    server.user_writes(alice["id"], "Hi")
    missing = {"chat_id": alice["id"], "text": "x", "reply_parameters": {"message_id": 999}}
    failed = error(api.post("/sendMessage", json=missing), 400)
    assert failed["description"] == "Bad Request: message to be replied not found"
    missing["reply_parameters"] = {"message_id": 999, "allow_sending_without_reply": True}
    assert "reply_to_message" not in ok(api.post("/sendMessage", json=missing))
    assert len(server.sent_messages) == 1


def test_text_limits_count_characters_after_markup(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    server.user_writes(alice["id"], "Hi")

    def send(text: str, **extra: str) -> httpx.Response:
        return api.post("/sendMessage", json={"chat_id": alice["id"], "text": text, **extra})

    assert error(send(""), 400)["description"] == "Bad Request: message text is empty"
    assert error(send("  \n "), 400)["description"] == "Bad Request: message text is empty"
    assert error(send("a" * 4097), 400)["description"] == "Bad Request: message is too long"
    assert ok(send("a" * 4096))["text"] == "a" * 4096
    # 4096 emoji are 8192 UTF-16 code units but 4096 characters: accepted.
    assert len(ok(send("😀" * 4096))["text"]) == 4096
    assert error(send("😀" * 4097), 400)["description"] == "Bad Request: message is too long"
    bold = ok(send("<b>" + "a" * 4096 + "</b>", parse_mode="HTML"))
    assert bold["text"] == "a" * 4096
    assert error(send("x", parse_mode="BBCode"), 400)["description"] == (
        "Bad Request: unsupported parse_mode"
    )
    assert len(server.sent_messages) == 3


def test_text_that_is_not_unicode_is_refused(server: TelegramBotServer, api: httpx.Client) -> None:
    alice = server.add_user("Alice")
    server.user_writes(alice["id"], "Hi")
    lone_surrogate = b'{"chat_id": %d, "text": "x \\ud800 y"}' % alice["id"]
    refused = error(
        api.post(
            "/sendMessage",
            content=lone_surrogate,
            headers={"Content-Type": "application/json"},
        ),
        400,
    )
    assert refused["description"] == "Bad Request: strings must be encoded in UTF-8"
    stray_byte = b"chat_id=%d&text=x%%FF" % alice["id"]
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert error(api.post("/sendMessage", content=stray_byte, headers=form), 400)
    assert server.sent_messages == []
    with pytest.raises(ValueError, match="surrogate"):
        server.user_writes(alice["id"], "x \ud800 y")
    hostile = {"chat_id": alice["id"], "text": "a\u202eb\x00c\r\nd\te"}
    assert ok(api.post("/sendMessage", json=hostile))["text"] == "ab c\nd e", "cleaned as TDLib"


def test_the_bot_cannot_write_first_or_to_unknown_chats(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    stranger = server.add_user("Stranger")
    refused = error(api.post("/sendMessage", json={"chat_id": stranger["id"], "text": "hi"}), 403)
    assert refused["description"] == "Forbidden: bot can't initiate conversation with a user"
    unknown = error(api.post("/sendMessage", json={"chat_id": 42, "text": "hi"}), 400)
    assert unknown["description"] == "Bad Request: chat not found"
    assert server.sent_messages == []


def test_blocked_kicked_and_upgraded_chats_refuse_messages(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    server.user_writes(alice["id"], "Hi")
    server.block_bot(alice["id"])
    blocked = error(api.post("/sendMessage", json={"chat_id": alice["id"], "text": "x"}), 403)
    assert blocked["description"] == "Forbidden: bot was blocked by the user"

    group = server.add_group("Regulars")
    supergroup = server.upgrade_group(group["id"])
    moved = error(api.post("/sendMessage", json={"chat_id": group["id"], "text": "x"}), 400)
    assert moved["description"] == "Bad Request: group chat was upgraded to a supergroup chat"
    assert moved["parameters"] == {"migrate_to_chat_id": supergroup["id"]}
    ok(api.post("/sendMessage", json={"chat_id": supergroup["id"], "text": "x"}))

    server.remove_bot_from_group(supergroup["id"])
    kicked = error(api.post("/sendMessage", json={"chat_id": supergroup["id"], "text": "x"}), 403)
    assert kicked["description"] == "Forbidden: bot was kicked from the supergroup chat"
    alice_writes = server.user_writes(alice["id"], "@inbox_test_bot?", chat_id=supergroup["id"])
    assert alice_writes["chat"] == supergroup
    assert all(u["message"]["chat"]["id"] != supergroup["id"] for u in ok(api.get("/getUpdates")))
    assert len(server.sent_messages) == 1


def test_in_groups_the_bot_sees_mentions_and_replies_to_it_only(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice", username="alice")
    group = server.add_group("Regulars", supergroup=True)
    assert group["type"] == "supergroup" and group["id"] < -1_000_000_000_000
    server.user_writes(alice["id"], "just chatting", chat_id=group["id"])
    mention = server.user_writes(alice["id"], "@Inbox_Test_Bot a table for 2?", chat_id=group["id"])
    updates = ok(api.get("/getUpdates"))
    assert [u["message"]["text"] for u in updates] == ["@Inbox_Test_Bot a table for 2?"]
    assert mention["entities"] == [{"offset": 0, "length": 15, "type": "mention"}]
    assert updates[0]["message"]["chat"] == group

    answer = ok(api.post("/sendMessage", json={"chat_id": group["id"], "text": "Sure"}))
    server.user_writes(alice["id"], "thanks", chat_id=group["id"], reply_to=answer)
    server.user_writes(alice["id"], "@someone_else hi", chat_id=group["id"])
    latest = ok(api.get("/getUpdates", params={"offset": updates[-1]["update_id"] + 1}))
    assert [u["message"]["text"] for u in latest] == ["thanks"]
    assert latest[0]["message"]["reply_to_message"]["message_id"] == answer["message_id"]


def test_mention_offsets_are_utf16_code_units(server: TelegramBotServer) -> None:
    alice = server.add_user("Alice")
    group = server.add_group("Regulars")
    message = server.user_writes(alice["id"], "😀 @inbox_test_bot", chat_id=group["id"])
    assert message["entities"] == [{"offset": 3, "length": 15, "type": "mention"}]


def test_edits_arrive_as_edited_message(server: TelegramBotServer, api: httpx.Client) -> None:
    alice = server.add_user("Alice")
    original = server.user_writes(alice["id"], "tabel for two")
    server.edit(original, "table for two")
    updates = ok(api.get("/getUpdates"))
    edited = updates[1]["edited_message"]
    assert edited["message_id"] == original["message_id"]
    assert edited["text"] == "table for two"
    assert edited["edit_date"] >= original["date"]


def test_a_business_connection_and_its_messages_reach_the_bot(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    owner = server.add_user("Olivia", "Owner", "olivia_cafe")
    guest = server.add_user("Greta", username="greta")
    connection = server.connect_business(owner["id"])
    asked = server.customer_writes_business(connection["id"], guest["id"], "Open on Sunday?")
    own = server.owner_writes_business(
        connection["id"], guest["id"], "Yes, 10 to 4", reply_to=asked
    )
    updates = ok(api.get("/getUpdates"))
    assert [next(k for k in u if k != "update_id") for u in updates] == [
        "business_connection",
        "business_message",
        "business_message",
    ]
    got = updates[0]["business_connection"]
    assert got["id"] == connection["id"]
    assert got["user"] == owner
    assert got["user_chat_id"] == owner["id"]
    assert got["is_enabled"] is True
    assert got["rights"] == {"can_reply": True}
    assert "can_reply" not in got, "Bot API 9.0 replaced can_reply with rights"

    incoming = updates[1]["business_message"]
    assert incoming["business_connection_id"] == connection["id"]
    assert incoming["from"] == guest
    assert incoming["chat"]["id"] == guest["id"] and incoming["chat"]["type"] == "private"
    outgoing = updates[2]["business_message"]
    assert outgoing == own
    assert outgoing["from"] == owner
    assert outgoing["chat"]["id"] == guest["id"]
    assert "sender_business_bot" not in outgoing
    assert outgoing["reply_to_message"]["message_id"] == asked["message_id"]
    assert ok(api.get("/getBusinessConnection", params={"business_connection_id": got["id"]})) == (
        got
    )


def test_a_reply_through_the_business_connection_goes_out_as_the_owner(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    owner = server.add_user("Olivia")
    guest = server.add_user("Greta")
    connection = server.connect_business(owner["id"])
    asked = server.customer_writes_business(connection["id"], guest["id"], "Open on Sunday?")
    sent = ok(
        api.post(
            "/sendMessage",
            json={
                "business_connection_id": connection["id"],
                "chat_id": guest["id"],
                "text": "Yes!",
                "reply_parameters": {"message_id": asked["message_id"]},
            },
        )
    )
    assert sent["from"] == owner
    assert sent["sender_business_bot"]["id"] == server.bot["id"]
    assert sent["business_connection_id"] == connection["id"]
    assert sent["chat"]["id"] == guest["id"]
    assert sent["reply_to_message"]["message_id"] == asked["message_id"]
    assert server.sent_messages[0].business_connection_id == connection["id"]
    kinds = [next(k for k in u if k != "update_id") for u in ok(api.get("/getUpdates"))]
    assert kinds == ["business_connection", "business_message"], "no update for its own send"


def test_business_replies_need_an_enabled_connection_with_can_reply(
    server: TelegramBotServer, api: httpx.Client, clock: Clock
) -> None:
    owner = server.add_user("Olivia")
    guest = server.add_user("Greta")
    connection = server.connect_business(owner["id"])
    server.customer_writes_business(connection["id"], guest["id"], "Hello?")
    reply = {"business_connection_id": connection["id"], "chat_id": guest["id"], "text": "Hi"}

    unknown = error(api.post("/sendMessage", json={**reply, "business_connection_id": "nope"}), 400)
    assert unknown["description"] == "Bad Request: business connection not found"
    not_found = error(
        api.get("/getBusinessConnection", params={"business_connection_id": "x"}), 400
    )
    assert not_found["description"] == "Bad Request: business connection not found"

    disabled = server.disable_business(connection["id"])
    assert disabled["is_enabled"] is False and "rights" not in disabled
    assert error(api.post("/sendMessage", json=reply), 400)["description"].startswith("Bad Request")
    server.enable_business(connection["id"])
    readonly = server.set_business_can_reply(connection["id"], False)
    assert readonly["rights"] == {}
    assert error(api.post("/sendMessage", json=reply), 400)
    server.set_business_can_reply(connection["id"], True)
    assert ok(api.post("/sendMessage", json=reply))["text"] == "Hi"

    changes = [
        u["business_connection"] for u in ok(api.get("/getUpdates")) if "business_connection" in u
    ]
    assert [(c["is_enabled"], c.get("rights")) for c in changes] == [
        (True, {"can_reply": True}),
        (False, None),
        (True, {"can_reply": True}),
        (True, {}),
        (True, {"can_reply": True}),
    ]

    clock.moment += timedelta(hours=24, seconds=1)
    late = error(api.post("/sendMessage", json=reply), 400)
    assert late["description"] == "Bad Request: BUSINESS_PEER_USAGE_MISSING"
    assert len(server.sent_messages) == 1


@pytest.mark.parametrize(
    ("connection_format", "expected"),
    [
        ("server", {"can_reply": True, "rights": {"can_reply": True}}),
        ("legacy", {"can_reply": True}),
    ],
)
def test_older_business_connection_formats(
    connection_format: str, expected: dict[str, Any]
) -> None:
    with TelegramBotServer(connection_format=connection_format) as server:
        owner = server.add_user("Olivia")
        connection = server.connect_business(owner["id"])
        with httpx.Client(base_url=server.api_url, timeout=5) as api:
            got = ok(
                api.get(
                    "/getBusinessConnection", params={"business_connection_id": connection["id"]}
                )
            )
    assert {k: got[k] for k in ("can_reply", "rights") if k in got} == expected


def test_business_edits_and_deletions(server: TelegramBotServer, api: httpx.Client) -> None:
    owner = server.add_user("Olivia")
    guest = server.add_user("Greta")
    connection = server.connect_business(owner["id"])
    first = server.customer_writes_business(connection["id"], guest["id"], "one")
    second = server.customer_writes_business(connection["id"], guest["id"], "two")
    server.edit(first, "one, edited")
    server.delete_business(connection["id"], [first, second])
    updates = ok(api.get("/getUpdates"))[3:]
    assert updates[0]["edited_business_message"]["text"] == "one, edited"
    assert updates[0]["edited_business_message"]["business_connection_id"] == connection["id"]
    deleted = updates[1]["deleted_business_messages"]
    assert deleted == {
        "business_connection_id": connection["id"],
        "chat": server.private_chat(guest["id"]),
        "message_ids": [first["message_id"], second["message_id"]],
    }
    assert server.messages_in(guest["id"], connection["id"]) == []


def test_a_throttled_method_answers_429_with_retry_after_and_does_nothing(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    server.user_writes(alice["id"], "Hi")
    server.throttle_next("sendMessage", retry_after=7, times=2)
    send = {"chat_id": alice["id"], "text": "Hello"}
    for _ in range(2):
        response = api.post("/sendMessage", json=send)
        body = error(response, 429)
        assert body["description"] == "Too Many Requests: retry after 7"
        assert body["parameters"] == {"retry_after": 7}
        assert response.headers["Retry-After"] == "7"
    assert server.sent_messages == []
    ok(api.post("/sendMessage", json=send))
    assert len(server.sent_messages) == 1


def test_a_dropped_answer_after_processing_still_sent_the_message(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    alice = server.add_user("Alice")
    server.user_writes(alice["id"], "Hi")
    server.drop_next("sendMessage")
    with pytest.raises(httpx.TransportError):
        api.post("/sendMessage", json={"chat_id": alice["id"], "text": "Hello"})
    assert [m.text for m in server.sent_messages] == ["Hello"], "sent, but the answer was lost"
    assert server.requests_for("sendmessage")[0].status is None

    server.drop_next("sendMessage", after_processing=False)
    with pytest.raises(httpx.TransportError):
        api.post("/sendMessage", json={"chat_id": alice["id"], "text": "Again"})
    assert len(server.sent_messages) == 1, "dropped before processing: nothing sent"


def test_slow_and_failing_answers(server: TelegramBotServer, api: httpx.Client) -> None:
    server.delay_next("getMe", 0.5)
    began = time.monotonic()
    ok(api.get("/getMe"))
    assert time.monotonic() - began >= 0.5
    server.fail_next("getMe", 502, "Bad Gateway")
    assert error(api.get("/getMe"), 502)["description"] == "Bad Gateway"
    ok(api.get("/getMe"))


def test_requests_are_recorded_with_their_arguments(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    api.post("/getUpdates", json={"offset": 5, "allowed_updates": ["message"]})
    api.get("/getUpdates", params={"timeout": 0})
    recorded = server.requests_for("getUpdates")
    assert recorded[0].params == {"offset": "5", "allowed_updates": '["message"]'}
    assert recorded[0].http_method == "POST" and recorded[0].status == 200
    assert recorded[1].params == {"timeout": "0"}


def test_a_disabled_connection_delivers_nothing_of_its_chats(
    server: TelegramBotServer, api: httpx.Client
) -> None:
    owner = server.add_user("Olivia")
    guest = server.add_user("Greta")
    connection = server.connect_business(owner["id"])
    earlier = server.customer_writes_business(connection["id"], guest["id"], "before")
    server.disable_business(connection["id"])
    server.customer_writes_business(connection["id"], guest["id"], "while paused")
    server.edit(earlier, "before, edited")
    server.delete_business(connection["id"], [earlier])
    server.enable_business(connection["id"])
    server.customer_writes_business(connection["id"], guest["id"], "after")
    kinds = [
        (kind, u[kind].get("text"))
        for u in ok(api.get("/getUpdates"))
        for kind in u
        if kind != "update_id"
    ]
    assert kinds == [
        ("business_connection", None),
        ("business_message", "before"),
        ("business_connection", None),
        ("business_connection", None),
        ("business_message", "after"),
    ]


def test_without_privacy_mode_the_bot_sees_every_group_message() -> None:
    with TelegramBotServer(privacy_mode=False) as server:
        alice = server.add_user("Alice")
        group = server.add_group("Regulars")
        server.user_writes(alice["id"], "just chatting", chat_id=group["id"])
        with httpx.Client(base_url=server.api_url, timeout=5) as api:
            assert ok(api.get("/getMe"))["can_read_all_group_messages"] is True
            updates = ok(api.get("/getUpdates"))
    assert [u["message"]["text"] for u in updates] == ["just chatting"]
