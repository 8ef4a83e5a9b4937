"""The Telegram connector: a bot, and the Telegram Business chats it is connected to.

What it reads (core.telegram.org/bots/api#getupdates): ``getUpdates`` with
``offset`` = the last ``update_id`` + 1 (see ``telegram_parse`` for what each update
becomes). Each page of updates is one batch whose cursor holds the next offset;
the offset reaches Telegram only with the next call, after the batch is stored, so
an update is confirmed (and dropped by Telegram) only once it is in the database.
Within a round the calls do not wait (``timeout`` 0); the round ends at the first
empty page.

Replies (``sendMessage``) go to the chat of the message answered, as an answer to
it (``reply_parameters``); in a business chat with ``business_connection_id``, so
they come from the owner's account. Telegram offers no idempotency key and no way
to list what a bot sent: a send whose answer was lost becomes ``outcome_unknown``
(a person checks the chat), never a second message.

Between rounds the app may wait for news with a long poll (:meth:`wait_for_news`):
``getUpdates`` *without* an offset, which confirms nothing, so that it never makes
Telegram forget an update the sync has not stored; the sync's own calls end such a
wait (Telegram answers the older of two polls 409), which is then simply taken up again.

A business connection that is disabled or may not reply shows on the account (the
round ends with its reason once the updates are stored), and replies to its chats
wait in the outbox with that reason (:class:`ReplyMustWait`), asked again about
``getBusinessConnection`` before each attempt.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from socialinbox.channels.telegram_api import (
    DEFAULT_BASE_URL,
    MalformedResponseError,
    TelegramApi,
    UpdatesConflict,
)
from socialinbox.channels.telegram_network import TELEGRAM, TELEGRAM_NETWORK, TEXT_LIMIT
from socialinbox.channels.telegram_parse import (
    ALLOWED_UPDATES,
    Bot,
    Cursor,
    MalformedUpdate,
    author_of,
    message_remote_id,
    parse_remote_id,
    parse_updates,
    read_connection,
)
from socialinbox.core.connector import (
    ConnectorContext,
    FetchBatch,
    OutgoingReply,
    PermanentError,
    ReplyMustWait,
    SentReceipt,
    SettingField,
    TextLimit,
    VerifiedAccount,
)
from socialinbox.core.networks import Network
from socialinbox.settings import QT_TRANSLATE_NOOP

UPDATES_PAGE = 100  # getUpdates' documented maximum
# A round stops after this many pages (the next round goes on from there).
MAX_PAGES_PER_ROUND = 50
# A long poll's timeout: below the shared HTTP client's 30-second read timeout.
LONG_POLL_S = 25
# How soon a wait for news looks again at an update it reported already (not yet stored).
NEWS_RECHECK_S = 5.0
# How long a reply to a disabled business connection waits before it is tried again.
BUSINESS_RETRY = timedelta(minutes=5)


class BusinessConnectionProblem(PermanentError):
    """A Telegram Business connection cannot carry replies (disabled, no right to reply):
    shown on the account until the owner fixes it in Telegram."""


class TelegramConnector:
    kind: ClassVar[str] = TELEGRAM
    # No idempotency_window and no find_sent: Telegram has neither (see the module).
    # getUpdates with the next offset confirms the page before: Telegram then forgets it,
    # so the engine asks for a page only once the previous one is stored.
    fetch_confirms_previous: ClassVar[bool] = True

    def __init__(self, context: ConnectorContext) -> None:
        account = context.account
        self._settings: Mapping[str, Any] = account.settings
        self._clock = context.clock
        self._api = TelegramApi(
            account.base_url or DEFAULT_BASE_URL,
            context.secret,
            context.http,
            context.clock,
            context.rate_limits,
            deadline=context.request_deadline,
        )
        # A long poll ends well before the request deadline and the client's read timeout.
        deadline_s = context.request_deadline.total_seconds()
        self._long_poll_s = int(max(0.0, min(LONG_POLL_S, deadline_s - 5)))
        self._reported: object = None
        bot_id = str(self._settings.get("bot_id") or "").strip()
        username = str(self._settings.get("username") or "").strip() or None
        self._bot = Bot(bot_id, username) if bot_id else None

    # -- verifying -----------------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        """``getMe``: the bot's @username is the account's handle."""
        me = await self._api.call("getMe")
        if not isinstance(me, Mapping) or me.get("is_bot") is not True:
            raise MalformedResponseError(f"{self._api.host} did not describe a bot")
        try:
            bot = author_of(me)
        except MalformedUpdate as exc:
            raise MalformedResponseError(f"{self._api.host}: {exc}") from None
        username = (bot.handle or "").removeprefix("@") or None
        self._bot = Bot(bot.key, username)
        settings = {"bot_id": bot.key}
        if username:
            settings["username"] = username
        return VerifiedAccount(
            handle=bot.handle or bot.key, display_name=bot.display_name, settings=settings
        )

    def text_limit(self) -> TextLimit:
        return TEXT_LIMIT

    async def _me(self) -> Bot:
        if self._bot is None:
            await self.verify()
        assert self._bot is not None
        return self._bot

    # -- fetching --------------------------------------------------------------------

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        """Page after page of updates, each with the cursor after it. Once all are
        stored, a business connection that cannot carry replies ends the round with its
        reason (:class:`BusinessConnectionProblem`), so that the account shows it."""
        state = Cursor.load(cursor)
        bot = await self._me()
        for _ in range(MAX_PAGES_PER_ROUND):
            params: dict[str, Any] = {
                "limit": UPDATES_PAGE,
                "timeout": 0,
                "allowed_updates": list(ALLOWED_UPDATES),
            }
            if state.offset is not None:
                params["offset"] = state.offset
            updates = await self._api.call("getUpdates", params)
            if not isinstance(updates, list):
                raise MalformedResponseError(f"{self._api.host} sent no list of updates")
            if not updates:
                break
            before = state.offset
            parsed = parse_updates(updates, state, bot, self._clock.now())
            yield FetchBatch(tuple(parsed.messages), state.dump(), tuple(parsed.malformed))
            if state.offset == before:
                break  # a server that repeats the same page: asking again never helps
        problems = state.problems()
        if problems:
            raise BusinessConnectionProblem("; ".join(problems))

    # -- waiting for news ---------------------------------------------------------------

    async def wait_for_news(self, timeout: float) -> bool:
        """True as soon as Telegram holds an update this wait has not reported yet; False
        after ``timeout`` seconds without one.

        Each poll asks for the oldest unconfirmed update without an ``offset`` (so nothing
        is confirmed). An update already reported stays unconfirmed until the sync has
        stored it; meanwhile the wait only looks again every few seconds, instead of
        reporting it again and again. A conflict with another poll (the sync's own, most
        often) is waited out the same way; a webhook is an error (the account shows it).
        """
        loop = asyncio.get_running_loop()  # real seconds: Telegram's poll waits in them
        loop_deadline = loop.time() + timeout
        while (remaining := loop_deadline - loop.time()) >= 1:
            poll = min(int(remaining), self._long_poll_s)
            try:
                updates = await self._api.call(
                    "getUpdates",
                    {"limit": 1, "timeout": poll, "allowed_updates": list(ALLOWED_UPDATES)},
                )
            except UpdatesConflict as exc:
                if exc.webhook:
                    raise
                updates = None
            if updates == [] and poll > 0:
                continue  # the poll ended without news
            first = updates[0] if isinstance(updates, list) and updates else None
            update_id = first.get("update_id") if isinstance(first, Mapping) else None
            if update_id is not None and update_id != self._reported:
                self._reported = update_id
                return True
            await asyncio.sleep(min(NEWS_RECHECK_S, remaining))
        return False

    async def aclose(self) -> None:
        """Nothing to close: the wait uses the app's shared HTTP client."""

    # -- sending ------------------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        """``sendMessage`` in the chat of the message answered, answering it; through its
        business connection when it came by one."""
        body: dict[str, Any] = {"text": reply.text}
        address = parse_remote_id(reply.in_reply_to) if reply.in_reply_to else None
        if address is not None:
            body["chat_id"] = address.chat_id
            # Sent even if the message answered was deleted meanwhile.
            body["reply_parameters"] = {
                "message_id": address.message_id,
                "allow_sending_without_reply": True,
            }
            if address.connection_id:
                await self._check_connection(address.connection_id)
                body["business_connection_id"] = address.connection_id
        elif reply.recipient and reply.recipient.strip().lstrip("-").isdigit():
            body["chat_id"] = int(reply.recipient.strip())  # someone who wrote to the bot
        else:
            raise PermanentError(
                "a Telegram message goes to a chat: answer a message, or name a user id of "
                "someone who wrote to the bot"
            )
        sent = await self._api.call("sendMessage", body, writes=True)
        connection = body.get("business_connection_id")
        return self._receipt(sent, connection if isinstance(connection, str) else None)

    def _receipt(self, sent: object, connection_id: str | None) -> SentReceipt:
        """The sent ``Message``'s remote id, in the form its update would have."""
        chat = sent.get("chat") if isinstance(sent, Mapping) else None
        chat_id = chat.get("id") if isinstance(chat, Mapping) else None
        message_id = sent.get("message_id") if isinstance(sent, Mapping) else None
        if not _is_int(chat_id) or not _is_int(message_id):
            raise MalformedResponseError(
                f"{self._api.host} did not say which message it sent",
                may_have_reached_server=True,
            )
        assert isinstance(chat_id, int) and isinstance(message_id, int)
        date = sent.get("date") if isinstance(sent, Mapping) else None
        sent_at = None
        if isinstance(date, int) and not isinstance(date, bool) and 0 < date < 2**40:
            sent_at = datetime.fromtimestamp(date, UTC)
        return SentReceipt(message_remote_id(chat_id, message_id, connection_id), sent_at=sent_at)

    async def _check_connection(self, connection_id: str) -> None:
        """``getBusinessConnection``: ReplyMustWait while the owner has the bot disabled
        or without the right to reply."""
        data = await self._api.call(
            "getBusinessConnection", {"business_connection_id": connection_id}
        )
        try:
            connection = read_connection(data)
        except MalformedUpdate as exc:
            raise MalformedResponseError(
                f"{self._api.host} did not describe the business connection ({exc})"
            ) from None
        problem = connection.problem()
        if problem is not None:
            raise ReplyMustWait(problem, self._clock.now() + BUSINESS_RETRY)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class TelegramConnectorFactory:
    kind: ClassVar[str] = TELEGRAM
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Telegram bot")
    channels: ClassVar[tuple[str, ...]] = (TELEGRAM,)
    networks: ClassVar[tuple[Network, ...]] = (TELEGRAM_NETWORK,)
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Bot token")
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "In Telegram, open a chat with @BotFather, send /newbot (or /mybots for a bot you "
        "have) and copy the token it gives (it looks like 123456789:AAE…); customers then "
        "write to the bot. To answer the chats of your own Telegram Business account too, "
        "connect the bot there: Settings ▸ Telegram Business ▸ Chatbots, add the bot and "
        "allow it to reply.",
    )
    base_url_label: ClassVar[str | None] = QT_TRANSLATE_NOOP("Connector", "Bot API server")
    default_base_url: ClassVar[str | None] = DEFAULT_BASE_URL
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = ()

    def create(self, context: ConnectorContext) -> TelegramConnector:
        return TelegramConnector(context)
