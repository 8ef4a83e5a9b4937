"""Matrix events and identities as the specification shapes them, parsed without a server.

The payloads follow the examples of the Matrix client-server specification (v1.x):
``m.room.message`` with its msgtypes, rich replies (``m.in_reply_to`` and the quoted
fallback), edits (``m.replace`` + ``m.new_content``), redactions (``redacts`` in the
content since room version 11, at the top before), ``m.mentions`` (intentional
mentions), ``m.room.encrypted``, and MSC2346 bridge state.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialinbox.channels.matrix import normalise_user_id, txn_id_for
from socialinbox.channels.matrix_api import MatrixSession, device_id_for
from socialinbox.channels.matrix_network import (
    MATRIX_NETWORK,
    SIGNAL_NETWORK,
    SLACK_NETWORK,
    WHATSAPP_NETWORK,
    puppet_identity,
)
from socialinbox.channels.matrix_parse import (
    ENCRYPTED_TEXT,
    RoomFacts,
    direct_rooms_of,
    parse_event,
    room_facts,
)
from socialinbox.core.connector import MalformedItemError, PermanentError
from socialinbox.core.names import InvalidIdentityKey

OWN = "@desk:example.org"
ROOM = "!chat:example.org"
DIRECT = RoomFacts(ROOM, direct=True, names={"@laura:example.org": "Laura", OWN: "Corner Cafe"})
GROUP = RoomFacts(
    ROOM, direct=False, name="Bakery friends", names={OWN: "Corner Cafe", "@laura:example.org": "L"}
)
TS = 1_432_735_824_653


def event(content: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "type": "m.room.message",
        "event_id": "$143273582443PhrSn:example.org",
        "sender": "@laura:example.org",
        "origin_server_ts": TS,
        "room_id": ROOM,
        "content": content,
        "unsigned": {"age": 1234},
        **extra,
    }


def parsed(payload: dict[str, Any], room: RoomFacts = DIRECT) -> Any:
    result = parse_event(payload, room, OWN)
    assert result is not None
    return result


def test_a_text_message_in_a_direct_room_is_a_direct_item() -> None:
    message = parsed(event({"msgtype": "m.text", "body": "Do you have cornbread?"})).message
    assert message.kind == "direct" and message.inbound and not message.context_only
    assert message.text == "Do you have cornbread?"
    assert message.thread_remote_id == ROOM and message.channel == "matrix"
    assert message.author.key == "@laura:example.org" and message.author.display_name == "Laura"
    assert message.created_at == datetime.fromtimestamp(TS / 1000, UTC)
    assert message.url == "https://matrix.to/#/!chat:example.org/$143273582443PhrSn:example.org"


def test_emotes_and_media_read_as_a_person_would_say_them() -> None:
    emote = parsed(event({"msgtype": "m.emote", "body": "waves"})).message
    image = parsed(event({"msgtype": "m.image", "body": "menu.jpg", "url": "mxc://x/y"})).message
    assert emote.text == "* Laura waves" and image.text == "[image] menu.jpg"


def test_a_rich_reply_loses_its_quoted_fallback_and_names_what_it_answers() -> None:
    content = {
        "msgtype": "m.text",
        "body": "> <@desk:example.org> We open at 8\n> and close at 6\n\nGreat, thanks!",
        "m.relates_to": {"m.in_reply_to": {"event_id": "$answered:example.org"}},
    }
    message = parsed(event(content)).message
    assert message.text == "Great, thanks!"
    assert message.in_reply_to_remote_id == "$answered:example.org"


def test_an_edit_delivers_the_new_content_for_the_original_event() -> None:
    content = {
        "msgtype": "m.text",
        "body": "* Table for four?",
        "m.new_content": {"msgtype": "m.text", "body": "Table for four?"},
        "m.relates_to": {"rel_type": "m.replace", "event_id": "$original:example.org"},
    }
    result = parsed(event(content))
    assert result.is_edit
    assert result.message.remote_id == "$original:example.org"
    assert result.message.text == "Table for four?" and result.message.edited_at is not None


@pytest.mark.parametrize(
    "redaction",
    [
        {"type": "m.room.redaction", "content": {"redacts": "$gone:example.org"}},
        {"type": "m.room.redaction", "content": {}, "redacts": "$gone:example.org"},
    ],
)
def test_a_redaction_in_either_room_version_deletes_the_message(redaction: dict) -> None:
    message = parsed({**event({}), **redaction}).message
    assert message.remote_id == "$gone:example.org" and message.deleted


def test_an_event_redacted_before_it_was_read_arrives_deleted() -> None:
    redacted = event({}, unsigned={"redacted_because": {"type": "m.room.redaction"}})
    assert parsed(redacted).message.deleted


def test_an_encrypted_event_is_kept_with_a_note_never_dropped() -> None:
    encrypted = {
        **event({"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgAEnAC..."}),
        "type": "m.room.encrypted",
    }
    assert parsed(encrypted).message.text == ENCRYPTED_TEXT
    in_group = parsed(encrypted, GROUP).message
    assert in_group.text == ENCRYPTED_TEXT and in_group.context_only


def test_state_events_reactions_and_receipts_are_no_messages() -> None:
    member = {**event({"membership": "join"}), "type": "m.room.member", "state_key": OWN}
    reaction = {**event({"m.relates_to": {"rel_type": "m.annotation", "key": "👍"}})}
    reaction["type"] = "m.reaction"
    assert parse_event(member, DIRECT, OWN) is None
    assert parse_event(reaction, DIRECT, OWN) is None


def test_group_mentions_follow_m_mentions_when_present_and_the_body_otherwise() -> None:
    tagged = {"msgtype": "m.text", "body": "hi", "m.mentions": {"user_ids": [OWN]}}
    everyone = {"msgtype": "m.text", "body": "hi all", "m.mentions": {"room": True}}
    # Intentional mentions: with m.mentions present, a name in the text mentions nobody.
    quoted = {"msgtype": "m.text", "body": "Corner Cafe is great", "m.mentions": {}}
    legacy_id = {"msgtype": "m.text", "body": "ask @desk:example.org"}
    legacy_name = {"msgtype": "m.text", "body": "corner cafe, open today?"}
    inside_a_word = {"msgtype": "m.text", "body": "the corner cafeteria"}
    kinds = [
        parsed(event(c), GROUP).message.kind
        for c in (tagged, everyone, quoted, legacy_id, legacy_name, inside_a_word)
    ]
    assert kinds == ["mention", "mention", "context", "mention", "mention", "context"]
    assert parsed(event(tagged), GROUP).message.subject == "Bakery friends"


def test_the_accounts_own_messages_are_outbound() -> None:
    own = parsed(event({"msgtype": "m.text", "body": "Yes!"}, sender=OWN))
    assert not own.message.inbound and own.message.kind == "direct"
    assert parsed(event({"msgtype": "m.text", "body": "Yes"}, sender=OWN), GROUP).message.kind == (
        "reply"
    )


@pytest.mark.parametrize(
    "broken",
    [
        "not an object",
        {"type": "m.room.message", "content": {"body": "x"}},  # no event_id, no sender
        event({"body": "x"}, origin_server_ts="yesterday"),
        event({"body": "x"}, origin_server_ts=10**20),
        {**event({}), "type": "m.room.redaction"},  # redacts nothing
        event({"m.relates_to": {"rel_type": "m.replace"}, "body": "*"}),
    ],
)
def test_a_broken_message_event_is_malformed_not_a_crash(broken: object) -> None:
    with pytest.raises(MalformedItemError):
        parse_event(broken, DIRECT, OWN)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["m.room.message", "m.room.encrypted", "m.room.redaction", "m.reaction"]),
    st.dictionaries(
        st.sampled_from(["body", "msgtype", "m.relates_to", "m.new_content", "m.mentions"]),
        json_values,
    ),
    st.sampled_from(["sender", "event_id", "origin_server_ts", "unsigned", "redacts"]),
    json_values,
)
def test_any_event_shape_is_parsed_or_malformed_never_a_crash(
    kind: str, content: dict, field: str, value: object
) -> None:
    payload = {**event(content), "type": kind, field: value}
    try:
        result = parse_event(payload, GROUP, OWN)
    except MalformedItemError:
        return
    if result is not None:
        assert result.message.created_at.tzinfo is not None
        assert isinstance(result.message.text, str)


def test_room_facts_from_state() -> None:
    state = [
        {"type": "m.room.member", "state_key": OWN, "content": {"membership": "join"}},
        {
            "type": "m.room.member",
            "state_key": "@whatsapp_4915112345678:example.org",
            "content": {"membership": "join", "displayname": "Laura (WA)"},
        },
        {"type": "m.room.member", "state_key": "@whatsappbot:example.org", "content": {}},
        {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm"}},
        {
            "type": "uk.half-shot.bridge",
            "state_key": "net.maunium.whatsapp://whatsapp/4915112345678",
            "content": {
                "bridgebot": "@whatsappbot:example.org",
                "protocol": {"id": "whatsapp", "displayname": "WhatsApp"},
            },
        },
    ]
    facts = room_facts(ROOM, state, OWN, frozenset())
    assert facts.direct and facts.encrypted  # two members, no name
    assert facts.bridge_protocol == "whatsapp" and facts.bridge_bot == "@whatsappbot:example.org"
    named = [*state, {"type": "m.room.name", "state_key": "", "content": {"name": "Team"}}]
    assert not room_facts(ROOM, named, OWN, frozenset()).direct
    assert room_facts(ROOM, named, OWN, frozenset({ROOM})).direct
    assert direct_rooms_of({"@laura:x": [ROOM, 5], "@bob:x": "nope"}) == frozenset({ROOM})


def test_a_bridge_puppet_writes_on_its_own_network() -> None:
    room = RoomFacts(ROOM, direct=True, bridge_protocol="whatsapp", bridge_bot="@whatsappbot:x")
    puppet = event({"msgtype": "m.text", "body": "Hola"}, sender="@whatsapp_4915112345678:x")
    message = parsed(puppet, room).message
    assert (message.channel, message.author.key, message.author.handle) == (
        "whatsapp",
        "+4915112345678",
        "+4915112345678",
    )
    bot = parsed(event({"msgtype": "m.notice", "body": "Bridge up"}, sender="@whatsappbot:x"), room)
    assert bot.message.channel == "matrix" and bot.message.kind == "context"
    own = parsed(event({"msgtype": "m.text", "body": "Hi"}, sender=OWN), room).message
    assert own.channel == "whatsapp" and not own.inbound


@pytest.mark.parametrize(
    ("protocol", "user_id", "expected"),
    [
        ("whatsapp", "@whatsapp_4915112345678:srv", ("whatsapp", "+4915112345678")),
        ("whatsapp", "@whatsapp_lid-123456789:srv", ("whatsapp", "lid-123456789")),
        (
            "signal",
            "@signal_6e1f3a2b-1c2d-4e5f-8a9b-0c1d2e3f4a5b:srv",
            ("signal", "6e1f3a2b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"),
        ),
        ("slackgo", "@slack_t0123-u0456:srv", ("slack", "T0123-U0456")),
        ("telegram", "@telegram_123456789:srv", ("telegram", "123456789")),
        ("whatsapp", "@whatsappbot:srv", None),
        ("whatsapp", "@laura:srv", None),
        ("whatsapp", "@whatsapp_not-a-number:srv", None),
        ("discord", "@discord_1234:srv", None),
    ],
)
def test_puppet_identities(protocol: str, user_id: str, expected: tuple | None) -> None:
    found = puppet_identity(protocol, user_id)
    assert (None if found is None else (found.channel, found.key)) == expected


def test_identities_are_accepted_as_people_type_them() -> None:
    for typed in (
        "@Laura:Example.org",
        " laura:example.org ",
        "https://matrix.to/#/@laura:example.org",
    ):
        assert MATRIX_NETWORK.typed(typed).key == "@laura:example.org"
    for typed in ("+49 151 12345678", "0151 12345678", "https://wa.me/4915112345678"):
        assert WHATSAPP_NETWORK.typed(typed, "DE").key == "+4915112345678"
    assert WHATSAPP_NETWORK.key("+4915112345678") == "+4915112345678"
    uuid = "6E1F3A2B-1C2D-4E5F-8A9B-0C1D2E3F4A5B"
    assert SIGNAL_NETWORK.typed(uuid).key == uuid.lower()
    assert SLACK_NETWORK.typed(" t0123-u0456 ").key == "T0123-U0456"
    for network, typed in ((MATRIX_NETWORK, "laura"), (SIGNAL_NETWORK, "+4915112345678")):
        with pytest.raises(InvalidIdentityKey):
            network.typed(typed)


def test_the_user_id_is_read_as_typed_and_the_device_is_the_accounts_own() -> None:
    for typed in (" @Desk:Example.org", "desk:example.org", "desk"):
        assert normalise_user_id(typed, "https://example.org") == "@desk:example.org"
    with pytest.raises(PermanentError):
        normalise_user_id("@:", "https://example.org")
    uuid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert device_id_for(uuid) == device_id_for(uuid) != device_id_for(uuid.replace("0", "1"))


def test_the_kept_secret_is_the_session_and_a_password_is_not_one() -> None:
    session = MatrixSession("SOCIALINBOX_ABC", "syt_token")
    assert MatrixSession.loads(session.dumps()) == session
    for password in ("hunter2", "{not json", '{"a": 1}', "", None, "[]"):
        assert MatrixSession.loads(password) is None


def test_the_transaction_id_is_the_same_for_every_attempt_of_one_item() -> None:
    assert txn_id_for("outbox-7") == txn_id_for("outbox-7") != txn_id_for("outbox-8")
