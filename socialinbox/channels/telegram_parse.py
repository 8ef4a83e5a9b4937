"""Turning Bot API updates into messages: pure functions, no network.

The rules (core.telegram.org/bots/api, types Update, Message, BusinessConnection,
BusinessMessagesDeleted):

- ``message`` in a private chat with the bot: an item of kind ``direct``. In a group,
  only a message that mentions the bot (an entity of type ``mention`` spelling its
  @username, or ``text_mention`` naming its user) or answers one of the bot's own
  messages is an item (kind ``mention``); the rest of the group is not read.
- ``business_connection``: remembered in the cursor (enabled? may it reply?).
- ``business_message``: a private chat of the business owner's; the customer's
  messages are items of kind ``direct``, the owner's own are outbound (they answer
  the customer's last message, so it stops needing a reply).
- ``edited_message`` / ``edited_business_message``: the stored text is replaced;
  ``deleted_business_messages``: the messages are marked deleted.
- An update that does not read as documented is set aside (:class:`MalformedItem`),
  and the cursor moves past it all the same: it never stops the account.

Remote ids keep what a reply needs: ``m:<chat>:<message>`` for the bot's own chats,
``b:<connection>:<chat>:<message>`` for a business chat (message ids count per
chat, and the bot's chat with a person and the owner's are different chats with the
same id). A whole chat is one conversation: ``c:<chat>`` or ``bc:<connection>:<chat>``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from socialinbox.channels.telegram_network import TELEGRAM
from socialinbox.core.connector import AuthorRef, FetchedMessage, MalformedItem

# The updates this connector reads (getUpdates' allowed_updates).
ALLOWED_UPDATES: tuple[str, ...] = (
    "message",
    "edited_message",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
)
# How many business chats the cursor remembers the customer's last message of.
_LAST_INBOUND_KEPT = 500
_PAYLOAD_MAX = 20_000
# What a message without text holds, in words (the first key found wins).
_MEDIA_WORDS: tuple[tuple[str, str], ...] = (
    ("photo", "a photo"),
    ("video", "a video"),
    ("video_note", "a video message"),
    ("voice", "a voice message"),
    ("audio", "an audio file"),
    ("animation", "a GIF"),
    ("document", "a file"),
    ("sticker", "a sticker"),
    ("location", "a location"),
    ("venue", "a place"),
    ("contact", "a contact"),
    ("poll", "a poll"),
)


class MalformedUpdate(ValueError):
    """An update that does not read as the Bot API documents it."""


# -- the cursor -------------------------------------------------------------------------


@dataclass(slots=True)
class BusinessConnection:
    """What an owner's ``business_connection`` said last."""

    id: str
    user_id: str
    name: str
    enabled: bool
    can_reply: bool

    def problem(self) -> str | None:
        """Why replies through it cannot go out now, in words for the account; None if
        they can."""
        if not self.enabled:
            return (
                f"Telegram Business: {self.name} has disconnected or paused this bot, so "
                "their customers' messages no longer arrive and replies to them wait; "
                "they can connect it again in Telegram: Settings → Telegram Business → "
                "Chatbots"
            )
        if not self.can_reply:
            return (
                f"Telegram Business: {self.name} has not allowed this bot to reply, so "
                "replies to their customers wait; they can allow it in Telegram: "
                "Settings → Telegram Business → Chatbots → the bot's rights"
            )
        return None

    def dump(self) -> dict[str, Any]:
        return {
            "user_id": self.user_id,
            "name": self.name,
            "enabled": self.enabled,
            "can_reply": self.can_reply,
        }


@dataclass(slots=True)
class Cursor:
    """The account's position (the next ``update_id`` to ask for, which confirms all
    before it), the business connections as last reported, and the customer's last
    message in each business chat (the one an owner's message answers)."""

    offset: int | None = None
    connections: dict[str, BusinessConnection] = field(default_factory=dict)
    last_inbound: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, text: str | None) -> Cursor:
        """The cursor stored with the last batch; a fresh one when there is none or it
        cannot be read (Telegram then hands over what it still keeps, up to 24 hours)."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        if not isinstance(data, Mapping):
            data = {}
        offset = data.get("offset")
        cursor = cls(offset if isinstance(offset, int) and not isinstance(offset, bool) else None)
        connections = data.get("connections")
        for key, value in (connections or {}).items() if isinstance(connections, Mapping) else ():
            if isinstance(value, Mapping):
                cursor.connections[str(key)] = BusinessConnection(
                    str(key),
                    str(value.get("user_id", "")),
                    str(value.get("name", "the business owner")),
                    value.get("enabled") is True,
                    value.get("can_reply") is True,
                )
        last = data.get("last_inbound")
        if isinstance(last, Mapping):
            cursor.last_inbound = {str(k): str(v) for k, v in last.items()}
        return cursor

    def dump(self) -> str:
        last = dict(list(self.last_inbound.items())[-_LAST_INBOUND_KEPT:])
        return json.dumps(
            {
                "offset": self.offset,
                "connections": {k: c.dump() for k, c in self.connections.items()},
                "last_inbound": last,
            },
            sort_keys=True,
        )

    def problems(self) -> list[str]:
        return [p for c in self.connections.values() if (p := c.problem()) is not None]


# -- remote ids --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MessageAddress:
    """Where a stored message is: its chat, its id there, the business connection."""

    chat_id: int
    message_id: int
    connection_id: str | None = None


def message_remote_id(chat_id: int, message_id: int, connection_id: str | None) -> str:
    if connection_id:
        return f"b:{connection_id}:{chat_id}:{message_id}"
    return f"m:{chat_id}:{message_id}"


def chat_thread_id(chat_id: int, connection_id: str | None) -> str:
    return f"bc:{connection_id}:{chat_id}" if connection_id else f"c:{chat_id}"


def parse_remote_id(remote_id: str) -> MessageAddress | None:
    """The address a remote id of :func:`message_remote_id` holds; None for another."""
    kind, _, rest = remote_id.partition(":")
    if kind == "b":
        connection, _, numbers = rest.rpartition(":")
        connection, _, chat = connection.rpartition(":")
        chat, message = chat, numbers
        if not connection:
            return None
    elif kind == "m":
        connection = None
        chat, _, message = rest.partition(":")
    else:
        return None
    try:
        return MessageAddress(int(chat), int(message), connection or None)
    except ValueError:
        return None


# -- reading one update -------------------------------------------------------------------


@dataclass(slots=True)
class ParsedUpdates:
    """What a page of updates says: messages, set-aside items, the cursor moved on."""

    messages: list[FetchedMessage] = field(default_factory=list)
    malformed: list[MalformedItem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Bot:
    """The bot itself, to tell its mentions."""

    id: str
    username: str | None


def parse_updates(updates: list[Any], cursor: Cursor, bot: Bot, now: datetime) -> ParsedUpdates:
    """Read a page of updates, moving ``cursor`` past each (malformed ones included).
    ``now`` dates deletions, which Telegram does not date."""
    parsed = ParsedUpdates()
    for update in updates:
        update_id = update.get("update_id") if isinstance(update, Mapping) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            parsed.malformed.append(_set_aside(None, "an update without an update_id", update))
            continue
        try:
            parsed.messages.extend(_read(update, cursor, bot, now))
        except MalformedUpdate as exc:
            parsed.malformed.append(_set_aside(str(update_id), str(exc), update))
        if cursor.offset is None or update_id + 1 > cursor.offset:
            cursor.offset = update_id + 1
    return parsed


def _set_aside(remote_id: str | None, error: str, payload: object) -> MalformedItem:
    try:
        text = json.dumps(payload, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(payload)
    return MalformedItem(remote_id, error, text[:_PAYLOAD_MAX])


def _read(
    update: Mapping[str, Any], cursor: Cursor, bot: Bot, now: datetime
) -> list[FetchedMessage]:
    if "message" in update:
        item = _bot_chat_message(_mapping(update["message"], "message"), bot, edited=False)
        return [item] if item is not None else []
    if "edited_message" in update:
        item = _bot_chat_message(_mapping(update["edited_message"], "message"), bot, edited=True)
        return [item] if item is not None else []
    if "business_connection" in update:
        _remember_connection(_mapping(update["business_connection"], "connection"), cursor)
        return []
    if "business_message" in update:
        return [_business_message(_mapping(update["business_message"], "message"), cursor, False)]
    if "edited_business_message" in update:
        message = _mapping(update["edited_business_message"], "message")
        return [_business_message(message, cursor, True)]
    if "deleted_business_messages" in update:
        return _deleted(_mapping(update["deleted_business_messages"], "deletion"), cursor, now)
    return []  # a kind not asked for (allowed_updates is a wish, not a promise)


def _remember_connection(data: Mapping[str, Any], cursor: Cursor) -> None:
    connection = read_connection(data)
    cursor.connections[connection.id] = connection


def read_connection(data: object) -> BusinessConnection:
    """A ``BusinessConnection``: ``id``, ``user``, ``is_enabled``; whether it may reply is
    ``rights.can_reply`` (Bot API 9.0), or ``can_reply`` on servers before it.
    MalformedUpdate when it does not read so."""
    data = _mapping(data, "business connection")
    connection_id = _text(data.get("id"), "connection id")
    user = _mapping(data.get("user"), "connection's user")
    enabled = data.get("is_enabled")
    if not isinstance(enabled, bool):
        raise MalformedUpdate("a business connection without is_enabled")
    rights = data.get("rights")
    if isinstance(rights, Mapping):
        can_reply = rights.get("can_reply") is True
    else:
        can_reply = data.get("can_reply") is True
    owner = author_of(user)
    name = owner.display_name or owner.handle or f"the owner (id {owner.key})"
    return BusinessConnection(connection_id, owner.key, name, enabled, can_reply)


def _bot_chat_message(
    message: Mapping[str, Any], bot: Bot, *, edited: bool
) -> FetchedMessage | None:
    chat = _mapping(message.get("chat"), "chat")
    chat_type = chat.get("type")
    chat_id = _integer(chat.get("id"), "chat id")
    message_id = _integer(message.get("message_id"), "message_id")
    author = _sender(message)
    if author.key == bot.id:
        return None  # the bot's own message (never delivered by getUpdates, but cheap)
    if chat_type == "private":
        kind = "direct"
    elif chat_type in ("group", "supergroup"):
        if not mentions_bot(message, bot):
            return None
        kind = "mention"
    else:
        return None  # channel posts are not asked for
    title = chat.get("title")
    return FetchedMessage(
        remote_id=message_remote_id(chat_id, message_id, None),
        channel=TELEGRAM,
        kind=kind,
        author=author,
        text=message_text(message),
        created_at=_time(message.get("date"), "date"),
        thread_remote_id=chat_thread_id(chat_id, None),
        in_reply_to_remote_id=_replied(message, chat_id, None),
        subject=title if kind == "mention" and isinstance(title, str) else None,
        edited_at=_time(message.get("edit_date"), "edit_date") if edited else None,
    )


def _business_message(message: Mapping[str, Any], cursor: Cursor, edited: bool) -> FetchedMessage:
    connection_id = _text(message.get("business_connection_id"), "business_connection_id")
    chat = _mapping(message.get("chat"), "chat")
    chat_id = _integer(chat.get("id"), "chat id")
    message_id = _integer(message.get("message_id"), "message_id")
    author = _sender(message)
    # The owner's own messages (and the bot's on their behalf) come in the same chats; a
    # private chat's id is the other person's user id, so whoever else writes is the owner.
    outbound = author.key != str(chat_id) or "sender_business_bot" in message
    chat_key = chat_thread_id(chat_id, connection_id)
    remote_id = message_remote_id(chat_id, message_id, connection_id)
    replied = _replied(message, chat_id, connection_id)
    if outbound:
        replied = replied or cursor.last_inbound.get(chat_key)
    elif not edited:
        cursor.last_inbound.pop(chat_key, None)
        cursor.last_inbound[chat_key] = remote_id
    return FetchedMessage(
        remote_id=remote_id,
        channel=TELEGRAM,
        kind="reply" if outbound else "direct",
        author=author,
        text=message_text(message),
        created_at=_time(message.get("date"), "date"),
        inbound=not outbound,
        thread_remote_id=chat_key,
        in_reply_to_remote_id=replied,
        edited_at=_time(message.get("edit_date"), "edit_date") if edited else None,
    )


def _deleted(data: Mapping[str, Any], cursor: Cursor, now: datetime) -> list[FetchedMessage]:
    """Deletions are outbound-shaped: they belong to no customer identity, and a deletion
    of a message never stored changes nothing."""
    connection_id = _text(data.get("business_connection_id"), "business_connection_id")
    chat = _mapping(data.get("chat"), "chat")
    chat_id = _integer(chat.get("id"), "chat id")
    ids = data.get("message_ids")
    if not isinstance(ids, list):
        raise MalformedUpdate("a deletion without message_ids")
    author = author_of(chat)  # a private chat's id is its user's
    chat_key = chat_thread_id(chat_id, connection_id)
    gone = []
    for message_id in ids:
        remote_id = message_remote_id(chat_id, _integer(message_id, "message id"), connection_id)
        if cursor.last_inbound.get(chat_key) == remote_id:
            del cursor.last_inbound[chat_key]
        gone.append(
            FetchedMessage(
                remote_id=remote_id,
                channel=TELEGRAM,
                kind="direct",
                author=author,
                text="",
                created_at=now,
                inbound=False,
                thread_remote_id=chat_key,
                deleted=True,
            )
        )
    return gone


# -- pieces -------------------------------------------------------------------------------


def author_of(user: Mapping[str, Any]) -> AuthorRef:
    """A ``User`` (or a ``Chat`` that speaks, e.g. a channel in a group): key = its id,
    handle = ``@username``, name = first and last name (or title)."""
    key = str(_integer(user.get("id"), "user id"))
    username = user.get("username")
    handle = f"@{username}" if isinstance(username, str) and username.strip() else None
    parts = [user.get("first_name"), user.get("last_name")]
    name = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
    title = user.get("title")
    if not name and isinstance(title, str):
        name = title.strip()
    return AuthorRef(
        TELEGRAM,
        key,
        handle,
        name or None,
        f"https://t.me/{username}" if handle else None,
    )


def _sender(message: Mapping[str, Any]) -> AuthorRef:
    """``from`` (a person), or ``sender_chat`` when a chat speaks (an anonymous admin, a
    channel)."""
    sender = message.get("sender_chat") if "from" not in message else message.get("from")
    return author_of(_mapping(sender, "sender"))


def mentions_bot(message: Mapping[str, Any], bot: Bot) -> bool:
    """Whether a group message names the bot (``mention`` spelling its @username,
    ``text_mention`` of its user) or answers one of its messages."""
    reply = message.get("reply_to_message")
    if isinstance(reply, Mapping):
        replied_from = reply.get("from")
        if isinstance(replied_from, Mapping) and str(replied_from.get("id")) == bot.id:
            return True
    text = message.get("text") if "text" in message else message.get("caption")
    entities = message.get("entities") if "text" in message else message.get("caption_entities")
    if not isinstance(entities, list):
        return False
    wanted = f"@{bot.username}".lower() if bot.username else None
    for entity in entities:
        if not isinstance(entity, Mapping):
            continue
        if entity.get("type") == "text_mention":
            user = entity.get("user")
            if isinstance(user, Mapping) and str(user.get("id")) == bot.id:
                return True
        elif entity.get("type") == "mention" and wanted and isinstance(text, str):
            spelt = utf16_slice(text, entity.get("offset"), entity.get("length"))
            if spelt is not None and spelt.lower() == wanted:
                return True
    return False


def utf16_slice(text: str, offset: object, length: object) -> str | None:
    """The part of ``text`` an entity covers: Telegram counts offsets in UTF-16 code
    units. None when the numbers are not a part of it."""
    if not isinstance(offset, int) or not isinstance(length, int) or offset < 0 or length < 0:
        return None
    units = text.encode("utf-16-le", "surrogatepass")
    if 2 * (offset + length) > len(units):
        return None
    return units[2 * offset : 2 * (offset + length)].decode("utf-16-le", "replace")


def message_text(message: Mapping[str, Any]) -> str:
    """The text or caption; what a message without either holds, in words."""
    for key in ("text", "caption"):
        value = message.get(key)
        if isinstance(value, str) and value.strip():
            return value
    for key, words in _MEDIA_WORDS:
        if key in message:
            return f"[{words} — open Telegram to see it]"
    return "[a message this app cannot show — open Telegram to see it]"


def _replied(message: Mapping[str, Any], chat_id: int, connection_id: str | None) -> str | None:
    reply = message.get("reply_to_message")
    if not isinstance(reply, Mapping):
        return None
    replied_id = reply.get("message_id")
    if not isinstance(replied_id, int) or isinstance(replied_id, bool):
        return None
    return message_remote_id(chat_id, replied_id, connection_id)


def _mapping(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise MalformedUpdate(f"the {what} is missing or not an object")
    return value


def _integer(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise MalformedUpdate(f"the {what} is missing or not a number")
    return value


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise MalformedUpdate(f"the {what} is missing or not a text")
    return value


def _time(value: object, what: str) -> datetime:
    """A Unix time (``date``, ``edit_date``)."""
    seconds = _integer(value, what)
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise MalformedUpdate(f"the {what} is not a possible time") from None
