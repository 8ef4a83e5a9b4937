"""A Telegram Bot API test server: a real HTTP server on 127.0.0.1 speaking the Bot API.

Written from the Bot API documentation (https://core.telegram.org/bots/api, Bot API 10.1),
with the exact error texts and edge cases taken from the source of Telegram's own Bot API
server (github.com/tdlib/telegram-bot-api, ``telegram-bot-api/Client.cpp``), and not from
any connector, so that the Telegram connector's tests do not test one reading of the docs
against itself. Standard library only; serves on an ephemeral port from a background
thread. All public methods are thread-safe.

Public API::

    TelegramBotServer(*, token="7000000001:AAE-test-token", username="inbox_test_bot",
                      first_name="Inbox Test Bot", first_update_id=815_000_001,
                      privacy_mode=True, connection_format="current",
                      now: Callable[[], datetime] | None = None)
        context manager; start() -> TelegramBotServer; stop() -> None
        .base_url: str      http://127.0.0.1:PORT (what a connector takes instead of
                            https://api.telegram.org)
        .api_url: str       base_url + "/bot" + token: append "/METHOD"
        .token: str         the bot's token (its id is the part before ":")
        .bot: dict          the bot's User (as getMe answers it)
        privacy_mode: True  the bot sees only group messages addressed to it (a mention of
                            its @username, a reply to one of its messages, a /command);
                            False: every group message (can_read_all_group_messages)
        connection_format:  how BusinessConnection is rendered:
                            "current": ``rights`` (BusinessBotRights, only its true fields)
                                       as the docs say since Bot API 9.0; no ``can_reply``
                            "server":  ``rights`` and the boolean ``can_reply``, as Telegram's
                                       server still sends them
                            "legacy":  ``can_reply`` only (Bot API 7.2 to 8.3)
                            A disabled connection has no ``rights`` (and can_reply false).
        now: the server's clock (message dates, the 24-hour keeping of updates, the 24-hour
             reply window of business chats, received_at); pass ``FakeClock(...).now``.
             Long-poll timeouts are real seconds.

    People and chats (created directly, not through the API, not recorded as requests)
        add_user(first_name, last_name=None, username=None, *, user_id=None,
                 language_code=None, is_premium=False) -> dict     User
        private_chat(user_id) -> dict        the Chat of a private chat with the bot
        add_group(title, *, supergroup=False, username=None, chat_id=None) -> dict   Chat
            group ids are negative; supergroup ids are -100…; the bot is a member

    What customers (and the business owner) do
        user_writes(user_id, text, *, chat_id=None, reply_to=None, entities=None) -> dict
            a Message from the user in chat_id (default: their private chat with the bot,
            which also "starts" the bot so it may write to them). "@username" and "/command"
            in the text become "mention"/"bot_command" entities (UTF-16 offsets) unless
            `entities` is given. reply_to: a Message dict this one answers. An update
            "message" is queued when the bot may see it (always in private chats; in groups
            see privacy_mode). Returns the Message (also when the bot does not see it).
        edit(message, text) -> dict
            the message's new version (edit_date set): update "edited_message", or
            "edited_business_message" for a business message. While a business connection
            is disabled the bot gets none of its chats' news (messages, edits, deletions).
        connect_business(owner_id, *, can_reply=True, enabled=True, connection_id=None,
                         rights=None) -> dict        BusinessConnection; update
            "business_connection". rights: extra BusinessBotRights fields set to True.
            owner_id: a user from add_user (the business account); its chat with the bot
            is user_chat_id.
        disable_business(connection_id) -> dict      is_enabled false (the owner paused or
                                                     removed the bot); update
        enable_business(connection_id) -> dict       is_enabled true again; update
        set_business_can_reply(connection_id, can_reply) -> dict     update
        customer_writes_business(connection_id, customer_id, text, *, reply_to=None,
                                 entities=None) -> dict
            update "business_message": a customer writes to the business account; chat is
            the private chat of the business account with the customer (chat.id == the
            customer's id), "from" the customer, business_connection_id set
        owner_writes_business(connection_id, customer_id, text, *, reply_to=None) -> dict
            update "business_message": the owner answers from a Telegram app; "from" is
            the owner, chat the customer's chat, no sender_business_bot (the Bot API sends
            the bot every new message of the managed chats, incoming and outgoing)
        delete_business(connection_id, messages: list[dict]) -> dict
            update "deleted_business_messages" (BusinessMessagesDeleted); messages of one chat
        upgrade_group(chat_id) -> dict    the group becomes a new supergroup (its Chat is
            returned); sendMessage to the old id: 400 "Bad Request: group chat was upgraded
            to a supergroup chat" with parameters.migrate_to_chat_id (no service messages)
        remove_bot_from_group(chat_id) -> None   then 403 "Forbidden: bot was kicked from
                                                 the group chat" (or "supergroup chat")
        block_bot(user_id, blocked=True) -> None then 403 "Forbidden: bot was blocked by
                                                 the user"
        revoke_token() -> None    every later request answers 401 "Unauthorized"

    Inspection
        .requests -> list[RecordedRequest]       every request, in arrival order
        requests_for(method) -> list[RecordedRequest]   by API method, any case
        .sent_messages -> list[SentMessage]      one per message actually sent by
                                                 sendMessage (a repeated request adds one
                                                 more: there is no idempotency key)
        messages_in(chat_id, business_connection_id=None) -> list[dict]  current versions,
                                                 deleted ones left out, oldest first
        pending_updates() -> list[dict]          unconfirmed updates still kept
        .webhook_url: str                        "" when none is set
        .polling: bool                           a getUpdates long poll is waiting now
        .allowed_updates: list[str]              the stored allowed_updates setting

    Fault injection (method: an API method name, any case; "times" calls in a row)
        throttle_next(method, retry_after, times=1)
            not processed; 429 {"ok": false, "error_code": 429, "description":
            "Too Many Requests: retry after N", "parameters": {"retry_after": N}} and a
            Retry-After header
        fail_next(method, error_code=500, description="Internal Server Error", times=1)
            not processed; the error envelope with that code and description
        drop_next(method, times=1, after_processing=True)
            the connection is closed without an answer; after_processing=True (default)
            first carries the request out (a message is sent, updates are confirmed), as
            when an answer is lost on the way back
        delay_next(method, seconds, times=1)     carried out, answered `seconds` late
        set_webhook(url) -> None                 as setWebhook would; "" removes it

Records (dataclasses)::

    RecordedRequest(http_method, path, method, params: dict[str, str],
                    headers: dict[str, str], body: bytes, received_at: datetime,
                    status: int | None, answer: dict | None)   .header(name)
        params: every argument as the server reads it (query string and body merged;
        a JSON body's objects and arrays as JSON text; empty when the request was refused
        before its arguments were read: 401, 404); status None when dropped
    SentMessage(message: dict, chat_id: int, text: str, business_connection_id: str | None,
                reply_to_message_id: int | None, sent_at: datetime)

Served methods (names are case-insensitive, GET or POST, arguments in the query string,
an urlencoded or multipart form, or a JSON object): getMe, getUpdates, setWebhook,
deleteWebhook, getWebhookInfo, sendMessage, getBusinessConnection. Anything under
/bot<token>/ else answers 404 "Not Found: method not found"; a path not under /bot,
404 "Not Found"; a token other than the bot's, 401 "Unauthorized" (a token that cannot be
one, without ":", 401 "Unauthorized: invalid token specified").

Behaviour as the docs and Telegram's server have it:
    getUpdates: `offset` confirms (forgets) every update below it; a negative offset
    keeps only the last -offset updates and forgets the rest; an offset more than 10 past
    the next update id confirms nothing and reads from the oldest update kept (as Telegram's
    server does, e.g. for an offset saved from another server); `limit` and `timeout` are
    clamped (1–100, 0–50) as the server does, not refused; a long poll answers as soon as
    an update arrives; a second getUpdates that has to wait ends the waiting one with
    409 "Conflict: terminated by other getUpdates request; make sure that only one bot
    instance is running"; with a webhook set, 409 "Conflict: can't use getUpdates method
    while webhook is active; use deleteWebhook to delete the webhook first"; updates older
    than 24 hours are gone; `allowed_updates` filters updates created after it (empty list:
    all but chat_member, message_reaction, message_reaction_count).
    sendMessage: the text is cleaned as TDLib cleans every input string (control
    characters but line feeds become spaces; carriage returns and U+2028–U+202E are
    removed; the sent Message shows the cleaned text, while texts test users write are
    kept as given), then trimmed, and must be 1–4096 characters after entities parsing,
    counted in Unicode code points (as TDLib's utf8_length does; entity offsets are
    UTF-16), else 400 "Bad Request: message text is empty" / "Bad Request: message is too
    long"; parse_mode "HTML" and "MarkdownV2"/"Markdown" markup is removed before counting
    (tags, entities and escapes only, no entities are built); a text that is not valid
    UTF-8 (a lone surrogate) is 400 "Bad Request: strings must be encoded in UTF-8";
    reply_parameters (JSON) or the legacy reply_to_message_id; an unknown message to reply
    to is 400 "Bad Request: message to be replied not found" unless
    allow_sending_without_reply (always allowed for business messages, as the docs say);
    an unknown chat 400 "Bad Request: chat not found"; a user who never wrote to the bot
    403 "Forbidden: bot can't initiate conversation with a user".
    business_connection_id: unknown → 400 "Bad Request: business connection not found";
    chat_id must be an integer ("Bad Request: chat identifier must be a valid Integer").
    Not in the docs, so this server's choice (Telegram's real answers unverified): a
    disabled connection or one without can_reply → 400 "Bad Request:
    BUSINESS_CONNECTION_NOT_ALLOWED"; a chat without an incoming message in the last 24
    hours (the docs' condition for can_reply) → 400 "Bad Request:
    BUSINESS_PEER_USAGE_MISSING". The sent message has "from" = the business owner,
    business_connection_id and sender_business_bot = the bot; the bot gets no update for it
    (also unverified: bots get no updates for their own messages elsewhere).

Not implemented: webhooks are stored but never called; the throttles of Telegram's server
for clients that poll in a tight loop (a 409 repeated within 3 s is answered 3 s late; a
getUpdates with the offset of one made less than 3 s before waits at least 3 s, and less
than 0.5 s before gets at most one update); message kinds other than text; entities built
from parse_mode markup, entity validation; forum topics; channels; service messages.
"""

from __future__ import annotations

import html
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.servers.local_http import (
    ServedHttp,
    drop_connection,
    multipart_fields,
    send_answer,
)
from tests.servers.running import StartedInWith

UPDATE_KEEP_TIME = timedelta(hours=24)  # "they will not be kept longer than 24 hours"
BUSINESS_REPLY_WINDOW = timedelta(hours=24)  # BusinessBotRights.can_reply
MAX_TEXT_LENGTH = 4096
LONG_POLL_MAX_TIMEOUT = 50  # Client.h of telegram-bot-api
FUTURE_OFFSET_SLACK = 10  # TQueue::get: from_id > tail_id + 10 is "in the future"
UPDATE_TYPES = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "shipping_query",
    "pre_checkout_query",
    "purchased_paid_media",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
    "chat_boost",
    "removed_chat_boost",
)
NOT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
DEFAULT_ALLOWED = [kind for kind in UPDATE_TYPES if kind not in NOT_BY_DEFAULT]

WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
SET_WEBHOOK_CONFLICT = "Conflict: terminated by setWebhook request"

JSONValue = Any


@dataclass
class RecordedRequest:
    """One request as it arrived, and how it was answered."""

    http_method: str
    path: str
    method: str  # the API method as written in the path ("" when the path had none)
    params: dict[str, str]
    headers: dict[str, str]
    body: bytes
    received_at: datetime  # the server's clock
    status: int | None = None  # None when dropped or not yet answered
    answer: dict[str, Any] | None = None

    def header(self, name: str) -> str | None:
        """A header by case-insensitive name."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)


@dataclass(frozen=True)
class SentMessage:
    """One message sendMessage actually sent (what the customer received)."""

    message: dict[str, Any]
    chat_id: int
    text: str
    business_connection_id: str | None
    reply_to_message_id: int | None
    sent_at: datetime


@dataclass(eq=False)
class _User:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    is_bot: bool = False
    language_code: str | None = None
    is_premium: bool = False
    started_bot: bool = False  # wrote to the bot in private, so the bot may write back
    blocked_bot: bool = False

    def render(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            user["last_name"] = self.last_name
        if self.username:
            user["username"] = self.username
        if self.language_code:
            user["language_code"] = self.language_code
        if self.is_premium:
            user["is_premium"] = True
        return user

    def private_chat(self) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            chat["last_name"] = self.last_name
        if self.username:
            chat["username"] = self.username
        return chat


@dataclass(eq=False)
class _Group:
    id: int
    type: str  # group | supergroup
    title: str
    username: str | None = None
    bot_removed: bool = False
    migrated_to: int | None = None  # the supergroup this group was upgraded to

    def render(self) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": self.id, "type": self.type, "title": self.title}
        if self.username:
            chat["username"] = self.username
        return chat


@dataclass(eq=False)
class _Message:
    message_id: int
    chat: dict[str, Any]
    sender: dict[str, Any]
    date: int
    text: str
    entities: list[dict[str, Any]]
    reply_to: _Message | None = None
    business_connection_id: str | None = None
    sender_business_bot: dict[str, Any] | None = None
    edit_date: int | None = None
    deleted: bool = False

    def render(self, *, with_reply: bool = True) -> dict[str, Any]:
        message: dict[str, Any] = {"message_id": self.message_id, "from": self.sender}
        if self.sender_business_bot is not None:
            message["sender_business_bot"] = self.sender_business_bot
        message["date"] = self.date
        if self.business_connection_id is not None:
            message["business_connection_id"] = self.business_connection_id
        message["chat"] = self.chat
        if with_reply and self.reply_to is not None:
            # "will not contain further reply_to_message fields even if it itself is a reply"
            message["reply_to_message"] = self.reply_to.render(with_reply=False)
        if self.edit_date is not None:
            message["edit_date"] = self.edit_date
        message["text"] = self.text
        if self.entities:
            message["entities"] = self.entities
        return message


@dataclass(eq=False)
class _Connection:
    id: str
    owner: _User
    date: int
    is_enabled: bool
    rights: dict[str, bool]


@dataclass(eq=False)
class _Update:
    update_id: int
    kind: str
    payload: dict[str, Any]
    created_at: datetime

    def render(self) -> dict[str, Any]:
        return {"update_id": self.update_id, self.kind: self.payload}


@dataclass
class _Fault:
    kind: str  # throttle | fail | drop | delay
    method: str  # lower case
    retry_after: int = 0
    error_code: int = 500
    description: str = ""
    after_processing: bool = True
    seconds: float = 0.0


@dataclass(eq=False)
class _Poll:
    """A getUpdates waiting for updates; `ended_by` is set when another request ends it."""

    ended_by: str | None = None


class _ApiError(Exception):
    def __init__(
        self, error_code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.parameters = parameters


@dataclass
class _Answer:
    status: int
    payload: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


def _ok(result: JSONValue, description: str | None = None) -> _Answer:
    payload: dict[str, Any] = {"ok": True, "result": result}
    if description is not None:
        payload["description"] = description
    return _Answer(200, payload)


def _failure(error: _ApiError) -> _Answer:
    payload: dict[str, Any] = {
        "ok": False,
        "error_code": error.error_code,
        "description": error.description,
    }
    headers: dict[str, str] = {}
    if error.parameters:
        payload["parameters"] = error.parameters
        if "retry_after" in error.parameters:
            headers["Retry-After"] = str(error.parameters["retry_after"])
    return _Answer(error.error_code, payload, headers)


def _too_many_requests(retry_after: int) -> _ApiError:
    return _ApiError(
        429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
    )


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of MessageEntity offsets and lengths."""
    return len(text.encode("utf-16-le")) // 2


_AUTO_ENTITY_RE = re.compile(
    r"(?P<mention>(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}\b)"
    r"|(?P<bot_command>(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z][A-Za-z0-9_]{3,31})?\b)"
)


def _auto_entities(text: str) -> list[dict[str, Any]]:
    """The "mention" and "bot_command" entities Telegram finds in plain text."""
    found = []
    for match in _AUTO_ENTITY_RE.finditer(text):
        kind = match.lastgroup or "mention"
        found.append(
            {
                "offset": utf16_length(text[: match.start()]),
                "length": utf16_length(match.group()),
                "type": kind,
            }
        )
    return found


def _entity_text(text: str, entity: dict[str, Any]) -> str:
    units = text.encode("utf-16-le")
    start = int(entity.get("offset", 0)) * 2
    end = start + int(entity.get("length", 0)) * 2
    return units[start:end].decode("utf-16-le", "replace")


_HTML_TAG_RE = re.compile(r"<[^>]*>")
_MARKDOWN_V2_RE = re.compile(r"\\(.)|\|\||[*_~`]")
_MARKDOWN_RE = re.compile(r"[*_`]|\[|\]\([^)]*\)")


def _strip_markup(text: str, parse_mode: str) -> str:
    """The message text once the markup of `parse_mode` is parsed away (no entities kept)."""
    mode = parse_mode.strip().lower()
    if not mode:
        return text
    if mode == "html":
        return html.unescape(_HTML_TAG_RE.sub("", text))
    if mode == "markdownv2":
        return _MARKDOWN_V2_RE.sub(lambda m: m.group(1) or "", text)
    if mode == "markdown":
        return _MARKDOWN_RE.sub("", text)
    raise _ApiError(400, "Bad Request: unsupported parse_mode")


# TDLib's clean_input_string (td/utils/misc.cpp), applied to every text a bot sends:
# control characters become spaces except "\n", "\r" is dropped, and so are the
# line/paragraph separators and directional embeddings U+2028–U+202E and the combining
# marks U+030A, U+0333, U+033F.
_CLEANED = {code: " " for code in (*range(0, 10), 11, 12, *range(14, 32))}
_CLEANED |= {code: None for code in (13, *range(0x2028, 0x202F), 0x030A, 0x0333, 0x033F)}


def _clean_input(text: str) -> str:
    return text.translate(_CLEANED)


def _valid_text(text: str) -> bool:
    """Whether `text` is Unicode that UTF-8 can carry (no lone surrogates, no stray bytes)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _to_int(value: str, default: int = 0) -> int:
    """As the server's td::to_integer: a leading integer, else `default` for an empty value."""
    text = value.strip()
    if not text:
        return default
    match = re.match(r"[+-]?\d+", text)
    return int(match.group()) if match else 0


def _truthy(value: str) -> bool:
    return value.strip().lower() in ("true", "yes", "1")


class TelegramBotServer(StartedInWith):
    """See the module docstring for the whole API."""

    def __init__(
        self,
        *,
        token: str = "7000000001:AAE-test-token",
        username: str = "inbox_test_bot",
        first_name: str = "Inbox Test Bot",
        first_update_id: int = 815_000_001,
        privacy_mode: bool = True,
        connection_format: str = "current",
        now: Callable[[], datetime] | None = None,
    ) -> None:
        if connection_format not in ("current", "server", "legacy"):
            raise ValueError(f"unknown connection_format {connection_format!r}")
        self.token = token
        self.privacy_mode = privacy_mode
        self.connection_format = connection_format
        self._now = now or (lambda: datetime.now(UTC))
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._bot = _User(int(token.partition(":")[0]), first_name, username=username, is_bot=True)
        self._users: dict[int, _User] = {self._bot.id: self._bot}
        self._groups: dict[int, _Group] = {}
        self._next_user_id = 5_100_000_001
        self._next_group_id = 4_100_000_001
        self._messages: dict[tuple[str, int, int], _Message] = {}
        self._next_message_id: dict[tuple[str, int], int] = {}
        self._connections: dict[str, _Connection] = {}
        self._last_incoming: dict[tuple[str, int], datetime] = {}
        self._updates: list[_Update] = []
        self._next_update_id = first_update_id
        self._allowed_updates = list(DEFAULT_ALLOWED)
        self._webhook_url = ""
        self._webhook_max_connections = 40
        self._poll: _Poll | None = None
        self._revoked = False
        self._stopping = False
        self._requests: list[RecordedRequest] = []
        self._sent: list[SentMessage] = []
        self._faults: list[_Fault] = []
        self._http = ServedHttp(self._handler_class(), poll_interval=0.02)

    @property
    def base_url(self) -> str:
        return self._http.url

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/bot{self.token}"

    @property
    def bot(self) -> dict[str, Any]:
        return self._render_me()

    def start(self) -> TelegramBotServer:
        self._http.start()
        return self

    def stop(self) -> None:
        with self._changed:
            self._stopping = True
            self._changed.notify_all()
        self._http.stop()

    # -- people and chats -------------------------------------------------------------

    def add_user(
        self,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        *,
        user_id: int | None = None,
        language_code: str | None = None,
        is_premium: bool = False,
    ) -> dict[str, Any]:
        """Create a Telegram user and return their User object."""
        with self._lock:
            if user_id is None:
                user_id = self._next_user_id
                self._next_user_id += 7
            if user_id in self._users:
                raise ValueError(f"user {user_id} exists")
            user = _User(user_id, first_name, last_name, username, False, language_code, is_premium)
            self._users[user_id] = user
            return user.render()

    def private_chat(self, user_id: int) -> dict[str, Any]:
        with self._lock:
            return self._user(user_id).private_chat()

    def add_group(
        self,
        title: str,
        *,
        supergroup: bool = False,
        username: str | None = None,
        chat_id: int | None = None,
    ) -> dict[str, Any]:
        """Create a group (or supergroup) the bot is a member of; return its Chat."""
        with self._lock:
            if chat_id is None:
                number = self._next_group_id
                self._next_group_id += 3
                chat_id = -(1_000_000_000_000 + number) if supergroup else -number
            if chat_id in self._groups:
                raise ValueError(f"chat {chat_id} exists")
            group = _Group(chat_id, "supergroup" if supergroup else "group", title, username)
            self._groups[chat_id] = group
            return group.render()

    def upgrade_group(self, chat_id: int) -> dict[str, Any]:
        """The group becomes a supergroup with a new id; returns the supergroup's Chat."""
        with self._lock:
            group = self._group(chat_id)
            if group.type != "group":
                raise ValueError(f"chat {chat_id} is not a basic group")
            supergroup = self.add_group(group.title, supergroup=True, username=group.username)
            group.migrated_to = supergroup["id"]
            return supergroup

    def remove_bot_from_group(self, chat_id: int) -> None:
        with self._lock:
            self._group(chat_id).bot_removed = True

    def block_bot(self, user_id: int, blocked: bool = True) -> None:
        """The user blocks (or unblocks) the bot in their private chat."""
        with self._lock:
            self._user(user_id).blocked_bot = blocked

    def revoke_token(self) -> None:
        with self._lock:
            self._revoked = True

    # -- what customers do ------------------------------------------------------------

    def user_writes(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        reply_to: dict[str, Any] | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A user's message in a private chat with the bot (default) or a group."""
        with self._changed:
            user = self._user(user_id)
            private = chat_id is None or chat_id == user_id
            group = None if private or chat_id is None else self._group(chat_id)
            if group is None:
                user.started_bot = True
            replied = self._find(reply_to) if reply_to is not None else None
            message = self._store_message(
                user.private_chat() if group is None else group.render(),
                user.render(),
                text,
                _auto_entities(text) if entities is None else entities,
                replied,
                None,
            )
            if group is None or (not group.bot_removed and self._sees(message)):
                self._queue("message", message.render())
            return message.render()

    def edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """The author edits a message; the bot gets the new version if it saw the old one."""
        with self._changed:
            stored = self._find(message)
            stored.text = text
            stored.entities = _auto_entities(text)
            stored.edit_date = self._unix_now()
            rendered = stored.render()
            if stored.business_connection_id is not None:
                if self._connections[stored.business_connection_id].is_enabled:
                    self._queue("edited_business_message", rendered)
            elif stored.chat["type"] == "private" or self._sees(stored):
                self._queue("edited_message", rendered)
            return rendered

    def connect_business(
        self,
        owner_id: int,
        *,
        can_reply: bool = True,
        enabled: bool = True,
        connection_id: str | None = None,
        rights: dict[str, bool] | None = None,
    ) -> dict[str, Any]:
        """The owner connects the bot to their business account (Settings → Business → Chatbots)."""
        with self._changed:
            owner = self._user(owner_id)
            connection_id = connection_id or secrets.token_urlsafe(12)
            if connection_id in self._connections:
                raise ValueError(f"business connection {connection_id} exists")
            granted = {name: True for name, value in (rights or {}).items() if value}
            if can_reply:
                granted["can_reply"] = True
            connection = _Connection(connection_id, owner, self._unix_now(), enabled, granted)
            self._connections[connection_id] = connection
            return self._connection_changed(connection)

    def disable_business(self, connection_id: str) -> dict[str, Any]:
        with self._changed:
            connection = self._connection(connection_id)
            connection.is_enabled = False
            return self._connection_changed(connection)

    def enable_business(self, connection_id: str) -> dict[str, Any]:
        with self._changed:
            connection = self._connection(connection_id)
            connection.is_enabled = True
            return self._connection_changed(connection)

    def set_business_can_reply(self, connection_id: str, can_reply: bool) -> dict[str, Any]:
        with self._changed:
            connection = self._connection(connection_id)
            if can_reply:
                connection.rights["can_reply"] = True
            else:
                connection.rights.pop("can_reply", None)
            return self._connection_changed(connection)

    def customer_writes_business(
        self,
        connection_id: str,
        customer_id: int,
        text: str,
        *,
        reply_to: dict[str, Any] | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A customer writes to the business account the bot is connected to."""
        with self._changed:
            connection = self._connection(connection_id)
            customer = self._user(customer_id)
            replied = self._find(reply_to) if reply_to is not None else None
            message = self._store_message(
                customer.private_chat(),
                customer.render(),
                text,
                _auto_entities(text) if entities is None else entities,
                replied,
                connection,
            )
            self._last_incoming[(connection.id, customer.id)] = self._now()
            rendered = message.render()
            if connection.is_enabled:
                self._queue("business_message", rendered)
            return rendered

    def owner_writes_business(
        self,
        connection_id: str,
        customer_id: int,
        text: str,
        *,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The business owner answers a customer from a Telegram app (not through the bot)."""
        with self._changed:
            connection = self._connection(connection_id)
            customer = self._user(customer_id)
            replied = self._find(reply_to) if reply_to is not None else None
            message = self._store_message(
                customer.private_chat(),
                connection.owner.render(),
                text,
                _auto_entities(text),
                replied,
                connection,
            )
            rendered = message.render()
            if connection.is_enabled:
                self._queue("business_message", rendered)
            return rendered

    def delete_business(self, connection_id: str, messages: list[dict[str, Any]]) -> dict[str, Any]:
        """Messages of one business chat are deleted; returns the BusinessMessagesDeleted."""
        with self._changed:
            connection = self._connection(connection_id)
            found = [self._find(message) for message in messages]
            chats = {message.chat["id"] for message in found}
            if len(chats) != 1:
                raise ValueError("delete_business takes messages of exactly one chat")
            for message in found:
                message.deleted = True
            deleted = {
                "business_connection_id": connection.id,
                "chat": found[0].chat,
                "message_ids": [message.message_id for message in found],
            }
            if connection.is_enabled:
                self._queue("deleted_business_messages", deleted)
            return deleted

    def set_webhook(self, url: str) -> None:
        with self._changed:
            self._webhook_url = url
            if url:
                self._end_poll(SET_WEBHOOK_CONFLICT)

    # -- inspection -------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_for(self, method: str) -> list[RecordedRequest]:
        wanted = method.lower()
        with self._lock:
            return [r for r in self._requests if r.method.lower() == wanted]

    @property
    def sent_messages(self) -> list[SentMessage]:
        with self._lock:
            return list(self._sent)

    def messages_in(
        self, chat_id: int, business_connection_id: str | None = None
    ) -> list[dict[str, Any]]:
        with self._lock:
            return [
                message.render()
                for (connection, chat, _), message in sorted(self._messages.items())
                if chat == chat_id
                and connection == (business_connection_id or "")
                and not message.deleted
            ]

    def pending_updates(self) -> list[dict[str, Any]]:
        with self._lock:
            self._forget_expired()
            return [update.render() for update in self._updates]

    @property
    def polling(self) -> bool:
        with self._lock:
            return self._poll is not None

    @property
    def webhook_url(self) -> str:
        with self._lock:
            return self._webhook_url

    @property
    def allowed_updates(self) -> list[str]:
        with self._lock:
            return list(self._allowed_updates)

    # -- fault injection --------------------------------------------------------------

    def throttle_next(self, method: str, retry_after: int, times: int = 1) -> None:
        self._add_faults(times, _Fault("throttle", method.lower(), retry_after=retry_after))

    def fail_next(
        self,
        method: str,
        error_code: int = 500,
        description: str = "Internal Server Error",
        times: int = 1,
    ) -> None:
        fault = _Fault("fail", method.lower(), error_code=error_code, description=description)
        self._add_faults(times, fault)

    def drop_next(self, method: str, times: int = 1, after_processing: bool = True) -> None:
        self._add_faults(times, _Fault("drop", method.lower(), after_processing=after_processing))

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        self._add_faults(times, _Fault("delay", method.lower(), seconds=seconds))

    def _add_faults(self, times: int, fault: _Fault) -> None:
        with self._lock:
            self._faults += [_Fault(**vars(fault)) for _ in range(times)]

    def _take_fault(self, method: str) -> _Fault | None:
        for index, fault in enumerate(self._faults):
            if fault.method == method:
                return self._faults.pop(index)
        return None

    # -- model (caller holds the lock) ------------------------------------------------

    def _unix_now(self) -> int:
        return int(self._now().timestamp())

    def _user(self, user_id: int) -> _User:
        try:
            return self._users[user_id]
        except KeyError:
            raise ValueError(f"no user {user_id}; add_user first") from None

    def _group(self, chat_id: int) -> _Group:
        try:
            return self._groups[chat_id]
        except KeyError:
            raise ValueError(f"no group {chat_id}; add_group first") from None

    def _connection(self, connection_id: str) -> _Connection:
        try:
            return self._connections[connection_id]
        except KeyError:
            raise ValueError(f"no business connection {connection_id}") from None

    def _find(self, message: dict[str, Any]) -> _Message:
        key = (
            message.get("business_connection_id") or "",
            int(message["chat"]["id"]),
            int(message["message_id"]),
        )
        try:
            return self._messages[key]
        except KeyError:
            raise ValueError(f"no message {key}") from None

    def _mailbox(self, chat_id: int, connection: _Connection | None) -> tuple[str, int]:
        """Whose message id sequence a new message takes, as in Telegram: supergroups number
        their own messages; private chats and basic groups share their account's sequence."""
        if connection is not None:
            return ("user", connection.owner.id)
        if chat_id in self._groups and self._groups[chat_id].type == "supergroup":
            return ("chat", chat_id)
        return ("user", self._bot.id)

    def _store_message(
        self,
        chat: dict[str, Any],
        sender: dict[str, Any],
        text: str,
        entities: list[dict[str, Any]],
        reply_to: _Message | None,
        connection: _Connection | None,
        *,
        sent_by_bot: bool = False,
    ) -> _Message:
        if not _valid_text(text):
            raise ValueError("Telegram texts are valid Unicode: no lone surrogates")
        mailbox = self._mailbox(int(chat["id"]), connection)
        message_id = self._next_message_id.get(mailbox, 1)
        self._next_message_id[mailbox] = message_id + 1
        message = _Message(
            message_id,
            chat,
            sender,
            self._unix_now(),
            text,
            entities,
            reply_to,
            connection.id if connection is not None else None,
            self._bot.render() if connection is not None and sent_by_bot else None,
        )
        key = (message.business_connection_id or "", int(chat["id"]), message_id)
        self._messages[key] = message
        return message

    def _sees(self, group_message: _Message) -> bool:
        """Whether the bot receives a group message: all of them without privacy mode."""
        return not self.privacy_mode or self._addressed_to_bot(group_message)

    def _addressed_to_bot(self, message: _Message) -> bool:
        """What a bot in privacy mode sees of a group: mentions, replies to it, commands."""
        handle = f"@{self._bot.username}".lower()
        for entity in message.entities:
            kind = entity.get("type")
            if kind == "mention" and _entity_text(message.text, entity).lower() == handle:
                return True
            if kind == "text_mention" and entity.get("user", {}).get("id") == self._bot.id:
                return True
            if kind == "bot_command":
                _, at, target = _entity_text(message.text, entity).partition("@")
                if not at or f"@{target}".lower() == handle:
                    return True
        replied = message.reply_to
        return replied is not None and replied.sender.get("id") == self._bot.id

    def _queue(self, kind: str, payload: dict[str, Any]) -> None:
        """A new update, unless allowed_updates excludes its type (checked at creation, as
        the docs say the setting does not affect updates created before it)."""
        if kind not in self._allowed_updates:
            return
        self._updates.append(_Update(self._next_update_id, kind, payload, self._now()))
        self._next_update_id += 1
        self._changed.notify_all()

    def _forget_expired(self) -> None:
        horizon = self._now() - UPDATE_KEEP_TIME
        self._updates = [u for u in self._updates if u.created_at >= horizon]

    def _render_connection(self, connection: _Connection) -> dict[str, Any]:
        rendered: dict[str, Any] = {
            "id": connection.id,
            "user": connection.owner.render(),
            "user_chat_id": connection.owner.id,
            "date": connection.date,
        }
        can_reply = connection.is_enabled and connection.rights.get("can_reply", False)
        if self.connection_format in ("server", "legacy"):
            rendered["can_reply"] = can_reply
        if self.connection_format in ("current", "server") and connection.is_enabled:
            rendered["rights"] = dict(connection.rights)
        rendered["is_enabled"] = connection.is_enabled
        return rendered

    def _connection_changed(self, connection: _Connection) -> dict[str, Any]:
        rendered = self._render_connection(connection)
        self._queue("business_connection", rendered)
        return rendered

    def _render_me(self) -> dict[str, Any]:
        me = self._bot.render()
        me |= {
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": False,
            "can_connect_to_business": True,
            "has_main_web_app": False,
        }
        return me

    def _end_poll(self, reason: str) -> None:
        if self._poll is not None:
            self._poll.ended_by = reason
            self._poll = None
            self._changed.notify_all()

    # -- the HTTP server --------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server._serve(self, "GET")

            def do_POST(self) -> None:
                server._serve(self, "POST")

        return Handler

    def _serve(self, handler: BaseHTTPRequestHandler, http_method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        parts = urlsplit(handler.path)
        headers = dict(handler.headers.items())
        token, method = self._split_path(parts.path)
        record = RecordedRequest(
            http_method, parts.path, method or "", {}, headers, body, self._now()
        )
        with self._lock:
            self._requests.append(record)
        fault: _Fault | None = None
        try:
            fault = self._check_access(token, method)
            record.params = self._arguments(parts.query, headers, body)
            if fault is not None and fault.kind == "drop" and not fault.after_processing:
                drop_connection(handler)
                return
            if fault is not None and fault.kind == "throttle":
                raise _too_many_requests(fault.retry_after)
            if fault is not None and fault.kind == "fail":
                raise _ApiError(fault.error_code, fault.description)
            answer = self._call(str(method), record.params)
        except _ApiError as error:
            answer = _failure(error)
        if fault is not None and fault.kind == "drop":
            drop_connection(handler)
            return
        if fault is not None and fault.kind == "delay":
            time.sleep(fault.seconds)
        try:
            encoded = json.dumps(answer.payload, ensure_ascii=False).encode()
            send_answer(handler, answer.status, encoded, "application/json", answer.headers)
        except OSError:
            return
        record.status = answer.status
        record.answer = answer.payload

    @staticmethod
    def _split_path(path: str) -> tuple[str | None, str | None]:
        """(token, method) of /bot<token>/<method>; None for what the path lacks."""
        if not path.startswith("/bot"):
            return None, None
        token, slash, method = path[len("/bot") :].partition("/")
        return token, (method if slash else None)

    def _check_access(self, token: str | None, method: str | None) -> _Fault | None:
        """Raise the error the server answers before any method runs; else take a fault."""
        if token is None or method is None:
            raise _ApiError(404, "Not Found")
        if not token or ":" not in token or token.startswith("0") or "/" in token:
            raise _ApiError(401, "Unauthorized: invalid token specified")
        with self._lock:
            if token != self.token or self._revoked:
                raise _ApiError(401, "Unauthorized")
            return self._take_fault(method.lower())

    @staticmethod
    def _arguments(query: str, headers: dict[str, str], body: bytes) -> dict[str, str]:
        """The request's arguments as the server reads them: the query string, then the
        body (urlencoded, multipart or a JSON object whose non-string values stay JSON)."""
        # surrogateescape keeps bytes that are not UTF-8 detectable (see _valid_text).
        params = dict(parse_qsl(query, keep_blank_values=True, errors="surrogateescape"))
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        if not body:
            return params
        if content_type.startswith("application/json"):
            try:
                data = json.loads(body)
            except ValueError:
                raise _ApiError(400, "Bad Request: can't parse JSON object") from None
            if not isinstance(data, dict):
                raise _ApiError(400, "Bad Request: JSON object expected")
            for key, value in data.items():
                if isinstance(value, str):
                    params[key] = value
                elif isinstance(value, bool):
                    params[key] = "true" if value else "false"
                elif value is not None:
                    params[key] = json.dumps(value)
            return params
        if content_type.startswith("multipart/form-data"):
            fields = multipart_fields(content_type, body)
            params.update({name: values[-1] for name, values in fields.items()})
            return params
        form = body.decode("utf-8", "surrogateescape")
        params.update(parse_qsl(form, keep_blank_values=True, errors="surrogateescape"))
        return params

    def _call(self, method: str, params: dict[str, str]) -> _Answer:
        methods: dict[str, Callable[[dict[str, str]], _Answer]] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "sendmessage": self._send_message,
            "getbusinessconnection": self._get_business_connection,
        }
        handler = methods.get(method.lower())
        if handler is None:
            raise _ApiError(404, "Not Found: method not found")
        return handler(params)

    # -- methods ----------------------------------------------------------------------

    def _get_me(self, params: dict[str, str]) -> _Answer:
        with self._lock:
            return _ok(self._render_me())

    def _set_allowed_updates(self, params: dict[str, str]) -> None:
        raw = params.get("allowed_updates", "")
        if not raw:
            return  # "If not specified, the previous setting will be used."
        try:
            wanted = json.loads(raw)
        except ValueError:
            wanted = [part.strip() for part in raw.split(",")]
        if not isinstance(wanted, list):
            return
        chosen = [kind for kind in UPDATE_TYPES if kind in wanted]
        self._allowed_updates = chosen or list(DEFAULT_ALLOWED)

    def _get_updates(self, params: dict[str, str]) -> _Answer:
        offset = _to_int(params.get("offset", ""))
        limit = min(max(_to_int(params.get("limit", ""), 100), 1), 100)
        timeout = min(max(_to_int(params.get("timeout", ""), 0), 0), LONG_POLL_MAX_TIMEOUT)
        deadline = time.monotonic() + timeout
        with self._changed:
            if self._webhook_url:
                raise _ApiError(409, WEBHOOK_CONFLICT)
            self._set_allowed_updates(params)
            self._confirm(offset)
            batch = self._updates[:limit]
            if batch or timeout == 0:
                return _ok([update.render() for update in batch])
            self._end_poll(POLL_CONFLICT)
            poll = self._poll = _Poll()
            while True:
                self._confirm(max(offset, 0))  # an update below the offset is forgotten
                if self._updates or self._stopping:
                    break
                if poll.ended_by is not None:
                    raise _ApiError(409, poll.ended_by)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._changed.wait(remaining)
            if self._poll is poll:
                self._poll = None
            if poll.ended_by is not None:
                raise _ApiError(409, poll.ended_by)
            return _ok([update.render() for update in self._updates[:limit]])

    def _confirm(self, offset: int) -> None:
        """Forget what `offset` confirms: every update below it, or for a negative offset
        all but the last -offset updates. An offset more than 10 beyond the next update's
        id confirms nothing (TDLib's TQueue: "Specified from_id is in the future", and the
        server then reads from the oldest update kept)."""
        self._forget_expired()
        if offset < 0:
            self._updates = self._updates[offset:]
        elif 0 < offset <= self._next_update_id + FUTURE_OFFSET_SLACK:
            self._updates = [u for u in self._updates if u.update_id >= offset]

    def _set_webhook(self, params: dict[str, str]) -> _Answer:
        url = params.get("url", "").strip()
        with self._changed:
            if url and not url.lower().startswith("https://"):
                raise _ApiError(
                    400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
                )
            if _truthy(params.get("drop_pending_updates", "")):
                self._updates = []
            self._set_allowed_updates(params)
            if url == self._webhook_url:
                return _ok(True, "Webhook is already set" if url else "Webhook is already deleted")
            self.set_webhook(url)
            if "max_connections" in params:
                self._webhook_max_connections = min(
                    max(_to_int(params["max_connections"], 40), 1), 100
                )
            return _ok(True, "Webhook was set" if url else "Webhook was deleted")

    def _delete_webhook(self, params: dict[str, str]) -> _Answer:
        with self._changed:
            if _truthy(params.get("drop_pending_updates", "")):
                self._updates = []
            if not self._webhook_url:
                return _ok(True, "Webhook is already deleted")
            self._webhook_url = ""
            return _ok(True, "Webhook was deleted")

    def _get_webhook_info(self, params: dict[str, str]) -> _Answer:
        with self._lock:
            self._forget_expired()
            info: dict[str, Any] = {
                "url": self._webhook_url,
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            }
            if self._webhook_url:
                info["max_connections"] = self._webhook_max_connections
                info["allowed_updates"] = list(self._allowed_updates)
            return _ok(info)

    def _get_business_connection(self, params: dict[str, str]) -> _Answer:
        connection_id = params.get("business_connection_id", "")
        if not connection_id:
            raise _ApiError(400, 'Bad Request: parameter "business_connection_id" is required')
        with self._lock:
            connection = self._connections.get(connection_id)
            if connection is None:
                raise _ApiError(400, "Bad Request: business connection not found")
            return _ok(self._render_connection(connection))

    def _send_message(self, params: dict[str, str]) -> _Answer:
        text = self._message_text(params)
        reply_id, reply_optional = self._reply_parameters(params)
        entities = self._input_entities(params, text)
        connection_id = params.get("business_connection_id", "")
        with self._changed:
            if connection_id:
                chat, sender, connection = self._business_chat(connection_id, params)
                reply_optional = (
                    True  # "Always True for messages sent on behalf of a business account"
                )
            else:
                chat, connection = self._bot_chat(params.get("chat_id", "")), None
                sender = self._bot.render()
            replied = None
            if reply_id:
                key = (connection.id if connection else "", int(chat["id"]), reply_id)
                replied = self._messages.get(key)
                if replied is not None and replied.deleted:
                    replied = None
                if replied is None and not reply_optional:
                    raise _ApiError(400, "Bad Request: message to be replied not found")
            message = self._store_message(
                chat, sender, text, entities, replied, connection, sent_by_bot=True
            )
            rendered = message.render()
            self._sent.append(
                SentMessage(
                    rendered,
                    int(chat["id"]),
                    text,
                    connection.id if connection else None,
                    replied.message_id if replied else None,
                    self._now(),
                )
            )
            return _ok(rendered)

    @staticmethod
    def _message_text(params: dict[str, str]) -> str:
        raw = params.get("text", "")
        if not raw:
            raise _ApiError(400, "Bad Request: message text is empty")
        if not _valid_text(raw):
            raise _ApiError(400, "Bad Request: strings must be encoded in UTF-8")
        text = _clean_input(_strip_markup(raw, params.get("parse_mode", ""))).strip()
        if not text:
            raise _ApiError(400, "Bad Request: message text is empty")
        if len(text) > MAX_TEXT_LENGTH:  # code points, as TDLib's utf8_length counts
            raise _ApiError(400, "Bad Request: message is too long")
        return text

    @staticmethod
    def _input_entities(params: dict[str, str], text: str) -> list[dict[str, Any]]:
        raw = params.get("entities", "")
        if not raw:
            return _auto_entities(text)
        try:
            entities = json.loads(raw)
        except ValueError:
            raise _ApiError(400, "Bad Request: can't parse entities JSON object") from None
        if not isinstance(entities, list):
            raise _ApiError(400, "Bad Request: expected an Array of MessageEntity")
        return [entity for entity in entities if isinstance(entity, dict)]

    @staticmethod
    def _reply_parameters(params: dict[str, str]) -> tuple[int, bool]:
        """(message id to reply to or 0, whether a missing one may be ignored)."""
        if "reply_parameters" not in params:
            return (
                max(_to_int(params.get("reply_to_message_id", "")), 0),
                _truthy(params.get("allow_sending_without_reply", "")),
            )
        raw = params["reply_parameters"]
        if not raw:
            return 0, False
        try:
            value = json.loads(raw)
        except ValueError:
            raise _ApiError(400, "Bad Request: can't parse reply parameters JSON object") from None
        if not isinstance(value, dict):
            raise _ApiError(400, "Bad Request: object expected as reply parameters")
        if not value:
            return 0, False
        message_id = value.get("message_id")
        if not isinstance(message_id, int) or isinstance(message_id, bool):
            raise _ApiError(400, 'Bad Request: field "message_id" must be of type Number')
        return max(message_id, 0), value.get("allow_sending_without_reply") is True

    def _bot_chat(self, chat_id_text: str) -> dict[str, Any]:
        """The chat sendMessage writes to without a business connection."""
        chat_id_text = chat_id_text.strip()
        if not chat_id_text:
            raise _ApiError(400, "Bad Request: chat_id is empty")
        if chat_id_text.startswith("@"):
            wanted = chat_id_text[1:].lower()
            for group in self._groups.values():
                if group.username and group.username.lower() == wanted:
                    return group.render()
            raise _ApiError(400, "Bad Request: chat not found")
        chat_id = _to_int(chat_id_text)
        if chat_id in self._groups:
            group = self._groups[chat_id]
            if group.migrated_to is not None:
                raise _ApiError(
                    400,
                    "Bad Request: group chat was upgraded to a supergroup chat",
                    {"migrate_to_chat_id": group.migrated_to},
                )
            if group.bot_removed:
                raise _ApiError(403, f"Forbidden: bot was kicked from the {group.type} chat")
            return group.render()
        user = self._users.get(chat_id)
        if user is None or user.is_bot:
            raise _ApiError(400, "Bad Request: chat not found")
        if not user.started_bot:
            raise _ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        if user.blocked_bot:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        return user.private_chat()

    def _business_chat(
        self, connection_id: str, params: dict[str, str]
    ) -> tuple[dict[str, Any], dict[str, Any], _Connection]:
        """(chat, sender, connection) of a message sent on behalf of a business account."""
        chat_id_text = params.get("chat_id", "").strip()
        if not chat_id_text:
            raise _ApiError(400, "Bad Request: chat identifier is empty")
        if not re.fullmatch(r"-?\d+", chat_id_text):
            raise _ApiError(400, "Bad Request: chat identifier must be a valid Integer")
        connection = self._connections.get(connection_id)
        if connection is None:
            raise _ApiError(400, "Bad Request: business connection not found")
        if not connection.is_enabled or not connection.rights.get("can_reply"):
            raise _ApiError(400, "Bad Request: BUSINESS_CONNECTION_NOT_ALLOWED")
        customer = self._users.get(int(chat_id_text))
        if customer is None:
            raise _ApiError(400, "Bad Request: chat not found")
        last = self._last_incoming.get((connection.id, customer.id))
        if last is None or self._now() - last > BUSINESS_REPLY_WINDOW:
            raise _ApiError(400, "Bad Request: BUSINESS_PEER_USAGE_MISSING")
        return customer.private_chat(), connection.owner.render(), connection
