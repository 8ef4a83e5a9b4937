"""Matrix events as messages: pure functions over the client-server API's JSON.

Rules (each checked against the Matrix client-server specification, v1.x):

- A room is the conversation: every message's ``thread_remote_id`` is its room id,
  which is also where a reply goes.
- *Direct* rooms (:func:`room_facts`): the rooms listed in the account's ``m.direct``
  account data (the specification's record of direct chats, which this app also
  writes when it accepts a direct invitation), and rooms without a name that have
  exactly two members (what a client shows as a chat with one person when nobody
  filled ``m.direct``). Every message from others there is a ``direct`` item.
- Group rooms: a message that mentions the account is a ``mention`` item. With
  ``m.mentions`` in its content only that decides (its ``user_ids``, or ``room``);
  without it (older clients), the account's user id or room display name in the
  body does. Every other message is context only (kind ``context``).
- The account's own messages (sent from another device) are outbound.
- ``m.replace`` edits deliver the edited message's id with ``m.new_content`` and
  ``edited_at``; ``m.room.redaction`` and redacted events deliver ``deleted``.
- ``m.room.encrypted`` events are kept as :data:`ENCRYPTED_TEXT`: this app holds no
  keys. In a group room nobody can tell whether they mention the account, so there
  they are context; in a direct room they are items like any other.
- In a bridged room (state ``m.bridge`` / ``uk.half-shot.bridge``) a puppet's message
  is delivered on the bridged network (see :mod:`matrix_network`); the bridge bot's own
  notices are context, as in a group room.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from socialinbox.channels.matrix_network import MATRIX, bridged_network, puppet_identity
from socialinbox.core.connector import AuthorRef, FetchedMessage, MalformedItemError

ENCRYPTED_TEXT = "encrypted — open in your Matrix app"
BRIDGE_STATE_TYPES = ("m.bridge", "uk.half-shot.bridge")
_MEDIA = {"m.image": "image", "m.file": "file", "m.audio": "audio", "m.video": "video"}


@dataclass(frozen=True, slots=True)
class RoomFacts:
    """What a room's state says that decides how its messages are delivered."""

    room_id: str
    direct: bool = False
    encrypted: bool = False
    name: str | None = None
    bridge_protocol: str | None = None
    bridge_bot: str | None = None
    # user id -> display name in this room
    names: Mapping[str, str] = field(default_factory=dict)


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def room_facts(
    room_id: str, state: Iterable[object], own_user_id: str, direct_rooms: frozenset[str]
) -> RoomFacts:
    """The facts of a room from its current state events (``GET /rooms/{id}/state``)."""
    members = 0
    names: dict[str, str] = {}
    name = None
    encrypted = False
    protocol = bot = None
    for event in state:
        if not isinstance(event, Mapping):
            continue
        kind, content = event.get("type"), event.get("content")
        if not isinstance(content, Mapping):
            continue
        if kind == "m.room.member":
            user = event.get("state_key")
            if content.get("membership") in ("join", "invite") and isinstance(user, str):
                members += 1
                shown = _text(content.get("displayname"))
                if shown:
                    names[user] = shown
        elif kind == "m.room.name":
            name = _text(content.get("name"))
        elif kind == "m.room.encryption":
            encrypted = True
        elif kind in BRIDGE_STATE_TYPES and protocol is None:
            described = content.get("protocol")
            if isinstance(described, Mapping):
                protocol = _text(described.get("id"))
                bot = _text(content.get("bridgebot"))
    direct = room_id in direct_rooms or (name is None and members == 2)
    return RoomFacts(room_id, direct, encrypted, name, protocol, bot, names)


def direct_rooms_of(content: object) -> frozenset[str]:
    """The room ids of ``m.direct`` account data (``{user_id: [room_id, …]}``)."""
    rooms: set[str] = set()
    if isinstance(content, Mapping):
        for listed in content.values():
            if isinstance(listed, list):
                rooms.update(r for r in listed if isinstance(r, str))
    return frozenset(rooms)


def _created(event: Mapping[str, Any]) -> datetime:
    ts = event.get("origin_server_ts")
    if not isinstance(ts, int) or isinstance(ts, bool) or ts <= 0:
        raise MalformedItemError("the event has no origin_server_ts")
    try:
        return datetime.fromtimestamp(ts / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        raise MalformedItemError(f"the event's time {ts} is out of range") from None


def _strip_reply_fallback(body: str) -> str:
    """A reply's body starts with the quoted message ("> …" lines, a blank line): drop it."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith(">"):
        return body
    i = 0
    while i < len(lines) and lines[i].startswith(">"):
        i += 1
    if i < len(lines) and lines[i] == "":
        return "\n".join(lines[i + 1 :])
    return body


def message_text(content: Mapping[str, Any], sender_name: str) -> str:
    """What an ``m.room.message`` says, as plain text (``body`` is the plain fallback every
    message carries; ``formatted_body`` adds nothing a reader needs here)."""
    body = content.get("body")
    body = body if isinstance(body, str) else ""
    msgtype = content.get("msgtype")
    if msgtype == "m.emote":
        return f"* {sender_name} {body}"
    if isinstance(msgtype, str) and msgtype in _MEDIA:
        return f"[{_MEDIA[msgtype]}] {body}".strip()
    return body


def _mentions(content: Mapping[str, Any], own_user_id: str, own_name: str | None) -> bool:
    declared = content.get("m.mentions")
    if isinstance(declared, Mapping):
        users = declared.get("user_ids")
        listed = isinstance(users, list) and any(
            isinstance(u, str) and u.lower() == own_user_id.lower() for u in users
        )
        return listed or declared.get("room") is True
    body = content.get("body")
    if not isinstance(body, str):
        return False
    lowered = body.lower()
    if own_user_id.lower() in lowered:
        return True
    if own_name and len(own_name) >= 2:
        pattern = r"(?<!\w)" + re.escape(own_name.lower()) + r"(?!\w)"
        return re.search(pattern, lowered) is not None
    return False


def event_url(room_id: str, event_id: str) -> str:
    return f"https://matrix.to/#/{quote(room_id, safe='!:')}/{quote(event_id, safe='$:')}"


def author_of(sender: str, room: RoomFacts, own_user_id: str) -> AuthorRef:
    """The person behind ``sender``: a bridged network's identity for a puppet of the
    room's bridge, else the Matrix user."""
    shown = room.names.get(sender)
    if room.bridge_protocol and sender != room.bridge_bot and sender != own_user_id:
        bridged = puppet_identity(room.bridge_protocol, sender)
        if bridged is not None:
            return AuthorRef(bridged.channel, bridged.key, bridged.handle, shown)
    key = sender.strip().lower()
    return AuthorRef(MATRIX, key, key, shown, f"https://matrix.to/#/{quote(key, safe='@:')}")


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    """One timeline event as a message. An edit's (``is_edit``) and a redaction's message
    carry the id of the message they change."""

    message: FetchedMessage
    is_edit: bool = False


def parse_event(event: object, room: RoomFacts, own_user_id: str) -> ParsedEvent | None:
    """A timeline event as a message; None for events that are no message (state,
    reactions, receipts). MalformedItemError for a message event that cannot be read."""
    if not isinstance(event, Mapping):
        raise MalformedItemError("the event is not an object")
    kind = event.get("type")
    if kind not in ("m.room.message", "m.room.encrypted", "m.room.redaction"):
        return None
    if "state_key" in event:
        return None
    event_id, sender = event.get("event_id"), event.get("sender")
    if not isinstance(event_id, str) or not event_id or not isinstance(sender, str) or not sender:
        raise MalformedItemError("the event has no event_id or sender")
    content = event.get("content")
    content = content if isinstance(content, Mapping) else {}
    created = _created(event)
    if room.bridge_bot is not None and sender == room.bridge_bot:
        # The bridge's own notices (delivery failures, status) are no customer writing:
        # context, unless they mention the account.
        room = replace(room, direct=False)
    own = sender.lower() == own_user_id.lower()
    author = author_of(sender, room, own_user_id)
    if own:
        author = AuthorRef(MATRIX, own_user_id.lower(), own_user_id.lower(), room.names.get(sender))
    # The account's own messages in a bridged room belong to that network's conversation.
    channel = (bridged_network(room.bridge_protocol) or MATRIX) if own else author.channel
    own_name = room.names.get(own_user_id)
    base: dict[str, Any] = {
        "channel": channel,
        "author": author,
        "created_at": created,
        "inbound": not own,
        "thread_remote_id": room.room_id,
        "subject": None if room.direct else room.name,
        "url": event_url(room.room_id, event_id),
    }

    if kind == "m.room.redaction":
        redacts = content.get("redacts", event.get("redacts"))
        if not isinstance(redacts, str) or not redacts:
            raise MalformedItemError("the redaction names no event")
        return ParsedEvent(_classified(redacts, "", base, room, mentioned=False, deleted=True))

    unsigned = event.get("unsigned")
    if isinstance(unsigned, Mapping) and unsigned.get("redacted_because") is not None:
        return ParsedEvent(_classified(event_id, "", base, room, mentioned=False, deleted=True))

    if kind == "m.room.encrypted":
        return ParsedEvent(_classified(event_id, ENCRYPTED_TEXT, base, room, mentioned=False))

    relates = content.get("m.relates_to")
    relates = relates if isinstance(relates, Mapping) else {}
    if relates.get("rel_type") == "m.replace":
        original, new = relates.get("event_id"), content.get("m.new_content")
        if not isinstance(original, str) or not isinstance(new, Mapping):
            raise MalformedItemError("the edit names no event or has no m.new_content")
        text = message_text(new, author.display_name or sender)
        mentioned = _mentions(new, own_user_id, own_name)
        message = _classified(original, text, base, room, mentioned=mentioned)
        return ParsedEvent(_with(message, edited_at=created), is_edit=True)

    reply = relates.get("m.in_reply_to")
    in_reply_to = reply.get("event_id") if isinstance(reply, Mapping) else None
    in_reply_to = in_reply_to if isinstance(in_reply_to, str) and in_reply_to else None
    if in_reply_to is None and relates.get("rel_type") == "m.thread":
        root = relates.get("event_id")
        in_reply_to = root if isinstance(root, str) and root else None
    text = message_text(content, author.display_name or sender)
    if in_reply_to is not None:
        text = _strip_reply_fallback(text)
    mentioned = _mentions(content, own_user_id, own_name)
    message = _classified(event_id, text, base, room, mentioned=mentioned)
    return ParsedEvent(_with(message, in_reply_to_remote_id=in_reply_to))


def _classified(
    remote_id: str,
    text: str,
    base: Mapping[str, Any],
    room: RoomFacts,
    *,
    mentioned: bool,
    deleted: bool = False,
) -> FetchedMessage:
    """The message with its kind: direct, mention, the account's own reply, or context."""
    inbound = bool(base["inbound"])
    if room.direct:
        kind, context = "direct", False
    elif not inbound:
        kind, context = "reply", False
    elif mentioned:
        kind, context = "mention", False
    else:
        kind, context = "context", True
    return FetchedMessage(
        remote_id=remote_id,
        kind=kind,
        text=text,
        deleted=deleted,
        context_only=context,
        **base,
    )


def _with(message: FetchedMessage, **changes: Any) -> FetchedMessage:
    return replace(message, **changes)
