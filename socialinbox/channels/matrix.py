"""The Matrix connector: a homeserver, a user id and a password; chats in, replies out.

- Sign-in: the password is exchanged once for an access token of the account's own
  device (:mod:`matrix_api`); the keychain keeps the token and the device
  (``VerifiedAccount.secret_to_keep``), never the password. A token the server
  revokes sends the account to "sign in again".
- Fetch: ``GET /sync`` from the stored ``next_batch`` (the account's cursor, stored
  with the messages it covers). A room whose timeline is ``limited`` has its gap read
  with ``GET /rooms/{id}/messages`` backwards from ``prev_batch`` to the previous
  ``next_batch``, so nothing between two syncs is skipped; a room joined in this sync
  is read back to the start of what the account may see. Each room's current state
  (direct or not, encrypted, bridged, members' names) is read with
  ``GET /rooms/{id}/state`` for the rooms that have news: see :mod:`matrix_parse`
  for how events become messages.
- Invitations to direct chats (``is_direct``) are accepted when the account's
  ``auto_join_direct`` setting is on (the default), and the room is recorded in
  ``m.direct``; the sync that follows the join brings the messages written before it.
- Send: ``PUT /rooms/{roomId}/send/m.room.message/{txnId}`` with
  ``m.relates_to.m.in_reply_to``. The txnId is derived from the outbox item's
  idempotency key: the server answers a repeated txnId from the same device with the
  first event's id instead of posting again (see :attr:`MatrixConnector.idempotency_window`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any, ClassVar
from urllib.parse import quote, urlsplit

from socialinbox.channels.matrix_api import (
    MatrixApi,
    MatrixSession,
    device_id_for,
    room_path,
)
from socialinbox.channels.matrix_network import (
    MATRIX,
    MATRIX_NETWORK,
    SIGNAL,
    SIGNAL_NETWORK,
    SLACK,
    SLACK_NETWORK,
    TELEGRAM,
    TEXT_LIMIT,
    WHATSAPP,
    WHATSAPP_NETWORK,
    MatrixIdentities,
)
from socialinbox.channels.matrix_parse import (
    RoomFacts,
    direct_rooms_of,
    event_url,
    parse_event,
    room_facts,
)
from socialinbox.core.connector import (
    AuthenticationError,
    ConnectorContext,
    FetchBatch,
    FetchedMessage,
    MalformedItem,
    MalformedItemError,
    OutgoingReply,
    PermanentError,
    SentReceipt,
    SettingField,
    TextLimit,
    TransientError,
    VerifiedAccount,
)
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import Network
from socialinbox.core.textlimit import TextTooLong, check_length
from socialinbox.settings import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Events per room per sync, and per page of a gap read backwards.
TIMELINE_LIMIT = 50
PAGE_SIZE = 100
# The most pages one room's gap (or a newly joined room's history) is read back.
GAP_PAGES = 20
# Syncs in one fetch: one, and one more after joining rooms so that their messages come.
MAX_SYNCS = 3
# How far back a reply written elsewhere looks for the message it answers.
LOOK_BACK = 20
# How many of a room's latest events find_sent looks through.
FIND_SENT_EVENTS = 100
# No presence, typing or receipts; timelines of TIMELINE_LIMIT events. Room state comes
# from GET /rooms/{id}/state, so the sync's own state is kept small (lazy members).
SYNC_FILTER = json.dumps(
    {
        "presence": {"types": []},
        "account_data": {"types": []},
        "room": {
            "timeline": {"limit": TIMELINE_LIMIT},
            "state": {"lazy_load_members": True},
            "ephemeral": {"types": []},
            "account_data": {"types": []},
        },
    },
    separators=(",", ":"),
)
AUTO_JOIN_DIRECT = "auto_join_direct"
# The account's user id as the server named it (a setting learnt when it signs in).
USER_ID = "user_id"
_YES = frozenset({"yes", "true", "on", "1"})
PAYLOAD_MAX = 20_000


def normalise_user_id(handle: str, homeserver: str | None) -> str:
    """A user id as typed (``@Anna:example.org``, ``anna:example.org``, a matrix.to link,
    or ``anna`` on the homeserver's own domain) as ``@anna:example.org``."""
    value = handle.strip()
    if value and ":" not in value and "matrix.to" not in value and homeserver:
        host = urlsplit(homeserver).hostname or ""
        value = f"{value.lstrip('@')}:{host}"
    try:
        return MatrixIdentities().typed(value, None).key or ""
    except InvalidIdentityKey as exc:
        raise PermanentError(str(exc)) from None


def txn_id_for(idempotency_key: str) -> str:
    """The transaction id of an outbox item: the same for every attempt of that item."""
    return "si-" + hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:32]


class MatrixConnector:
    kind: ClassVar[str] = MATRIX
    # Synapse answers a repeated txnId from the same device with the first event's id for
    # at least 30 minutes (its HTTP transaction cache, kept 30 to 60 minutes) and, through
    # its event_txn_id table, for a day, restarts included. The specification promises
    # idempotency per device but names no duration, so only the shortest is declared.
    idempotency_window: ClassVar[timedelta | None] = timedelta(minutes=30)

    def __init__(self, context: ConnectorContext) -> None:
        account = context.account
        self._account = account
        self._secret = context.secret
        self._homeserver = (account.base_url or "").rstrip("/")
        self._api = MatrixApi(
            context.http,
            homeserver=self._homeserver,
            clock=context.clock,
            rate_limits=context.rate_limits,
            deadline=context.request_deadline,
        )
        self._session = MatrixSession.loads(context.secret)
        if self._session is not None:
            self._api.token = self._session.access_token
        auto = str(account.settings.get(AUTO_JOIN_DIRECT, "yes")).strip().lower()
        self._auto_join = auto in _YES

    def _user_id(self) -> str:
        """The account's user id: as the server named it at sign-in, else as typed."""
        learnt = self._account.settings.get(USER_ID)
        if isinstance(learnt, str) and learnt.startswith("@"):
            return learnt
        if not self._account.handle:
            raise PermanentError("the account has no Matrix user id")
        return normalise_user_id(self._account.handle, self._homeserver)

    def _login_name(self) -> str:
        """Who signs in: the learnt user id, else the typed one; a bare user name is sent as
        it is (the server completes it with its own name, which may differ from the
        homeserver's address: ``matrix.example.org`` serving ``@desk:example.org``)."""
        typed = (self._account.handle or "").strip().lstrip("@")
        bare = bool(typed) and not any(c in typed for c in ":/") and typed.isprintable()
        if USER_ID not in self._account.settings and bare and " " not in typed:
            return typed.lower()
        return self._user_id()

    def _need_session(self) -> MatrixSession:
        if self._session is None:
            raise AuthenticationError("the account has no Matrix sign-in kept: sign in again")
        return self._session

    # -- Connector -----------------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        """Sign in with the typed password (or check a kept sign-in), and say whose it is."""
        if not self._homeserver:
            raise PermanentError("the account has no homeserver address")
        if self._session is None:
            if not self._secret:
                raise AuthenticationError("enter the account's password")
            self._session, _ = await self._api.login(
                self._login_name(), self._secret, device_id_for(self._account.uuid)
            )
        user_id = await self._api.whoami()
        display_name = None
        try:
            profile = await self._api.call("GET", f"/profile/{_quote(user_id)}/displayname")
            display_name = profile.get("displayname")
        except PermanentError:
            pass  # no display name set
        return VerifiedAccount(
            handle=user_id,
            display_name=display_name if isinstance(display_name, str) else None,
            settings={USER_ID: user_id, "device_id": self._session.device_id},
            secret_to_keep=self._session.dumps(),
        )

    def text_limit(self) -> TextLimit:
        return TEXT_LIMIT

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        self._need_session()
        own = self._user_id()
        since = cursor or None
        for _ in range(MAX_SYNCS):
            params: dict[str, Any] = {"filter": SYNC_FILTER, "timeout": 0}
            if since:
                params["since"] = since
            payload = await self._api.call("GET", "/sync", params=params)
            next_batch = payload.get("next_batch")
            if not isinstance(next_batch, str) or not next_batch:
                raise TransientError("the Matrix server answered the sync without next_batch")
            rooms = payload.get("rooms")
            rooms = rooms if isinstance(rooms, Mapping) else {}
            joined = await self._accept_direct_invites(rooms.get("invite"), own)
            messages, malformed = await self._messages(rooms.get("join"), since, own)
            yield FetchBatch(tuple(messages), next_batch, tuple(malformed))
            if not joined or next_batch == since:
                return
            since = next_batch

    # -- reading -----------------------------------------------------------------------

    async def _messages(
        self, joined: object, since: str | None, own: str
    ) -> tuple[list[FetchedMessage], list[MalformedItem]]:
        if not isinstance(joined, Mapping) or not joined:
            return [], []
        news = {
            room_id: room
            for room_id, room in joined.items()
            if isinstance(room_id, str) and isinstance(room, Mapping) and _timeline_events(room)
        }
        if not news:
            return [], []
        direct = await self._direct_rooms(own)
        messages: dict[str, FetchedMessage] = {}
        malformed: list[MalformedItem] = []
        for room_id, room in news.items():
            state = await self._api.call_json("GET", room_path(room_id, "state"))
            facts = room_facts(room_id, _state_list(state), own, direct)
            events, earlier = await self._with_gap(room_id, room, since, own)
            answered = None
            if facts.direct and _own_writes_first(events, own) and earlier is not None:
                answered = await self._latest_from_others(room_id, earlier, own)
            self._parse_into(events, facts, own, messages, malformed, answered)
        return list(messages.values()), malformed

    async def _with_gap(
        self, room_id: str, room: Mapping[str, Any], since: str | None, own: str
    ) -> tuple[list[object], str | None]:
        """The room's timeline with what a ``limited`` timeline left out before it: read back
        to the previous sync, or, for a room joined in this sync, to its start. Returned
        with the token to read on backwards from its first event (None at the start)."""
        timeline = room.get("timeline")
        events = list(_timeline_events(room))
        prev_batch = timeline.get("prev_batch") if isinstance(timeline, Mapping) else None
        prev_batch = prev_batch if isinstance(prev_batch, str) and prev_batch else None
        if not isinstance(timeline, Mapping) or timeline.get("limited") is not True:
            return events, prev_batch
        newly_joined = any(_is_own_join(e, own) for e in events)
        if prev_batch is None or (since is None and not newly_joined):
            return events, prev_batch  # a first sync starts from now: older ones are history
        older: list[object] = []
        page_from: str | None = prev_batch
        for _ in range(GAP_PAGES):
            params: dict[str, Any] = {"dir": "b", "from": page_from, "limit": PAGE_SIZE}
            if since and not newly_joined:
                params["to"] = since
            page = await self._api.call("GET", room_path(room_id, "messages"), params=params)
            chunk = page.get("chunk")
            end = page.get("end")
            if not isinstance(chunk, list) or not chunk:
                page_from = None  # the start of what the account may see
                break
            older.extend(chunk)
            if not isinstance(end, str) or not end or end == page_from:
                page_from = None
                break
            page_from = end
        else:
            log.warning("Matrix: room %s: gap longer than %d pages", room_id, GAP_PAGES)
        seen = {e.get("event_id") for e in events if isinstance(e, Mapping)}
        older = [e for e in older if not (isinstance(e, Mapping) and e.get("event_id") in seen)]
        older.reverse()
        return older + events, page_from

    async def _latest_from_others(self, room_id: str, before: str, own: str) -> str | None:
        """The latest message from someone else before token ``before``: what a message the
        account wrote first in this sync answers."""
        params = {"dir": "b", "from": before, "limit": LOOK_BACK}
        page = await self._api.call("GET", room_path(room_id, "messages"), params=params)
        chunk = page.get("chunk")
        for event in chunk if isinstance(chunk, list) else []:
            if _is_message_from_others(event, own):
                event_id = event.get("event_id") if isinstance(event, Mapping) else None
                return event_id if isinstance(event_id, str) else None
        return None

    def _parse_into(
        self,
        events: Sequence[object],
        facts: RoomFacts,
        own: str,
        messages: dict[str, FetchedMessage],
        malformed: list[MalformedItem],
        last_inbound: str | None = None,
    ) -> None:
        """Parse ``events`` into ``messages`` (by remote id, edits merged) and ``malformed``.
        ``last_inbound``: the latest message from others before these events."""
        for event in events:
            try:
                parsed = parse_event(event, facts, own)
            except MalformedItemError as exc:
                remote = event.get("event_id") if isinstance(event, Mapping) else None
                malformed.append(
                    MalformedItem(
                        remote if isinstance(remote, str) else None,
                        str(exc),
                        repr(event)[:PAYLOAD_MAX],
                    )
                )
                continue
            if parsed is None:
                continue
            message = parsed.message
            earlier = messages.get(message.remote_id)
            if parsed.is_edit and earlier is not None:
                # The edited message is in this batch: keep its time, take the new text.
                message = _edited(earlier, message)
            elif (
                facts.direct
                and not message.inbound
                and message.in_reply_to_remote_id is None
                and not message.deleted
            ):
                # In a chat, answering is writing after the customer: the own message
                # answers the latest one from her before it (clearing "needs reply").
                message = _replying_to(message, last_inbound)
            if message.inbound and not message.deleted and not parsed.is_edit:
                last_inbound = message.remote_id
            messages[message.remote_id] = message

    async def _direct_rooms(self, own: str) -> frozenset[str]:
        try:
            content = await self._api.call("GET", f"/user/{_quote(own)}/account_data/m.direct")
        except PermanentError:
            return frozenset()  # 404 M_NOT_FOUND: no direct chats recorded yet
        return direct_rooms_of(content)

    # -- invitations -------------------------------------------------------------------

    async def _accept_direct_invites(self, invited: object, own: str) -> bool:
        """Join the rooms this sync invites the account to as a direct chat (when the
        account's setting allows). True when at least one was joined."""
        if not self._auto_join or not isinstance(invited, Mapping):
            return False
        joined_any = False
        for room_id, room in invited.items():
            inviter = _direct_inviter(room, own)
            if not isinstance(room_id, str) or inviter is None:
                continue
            try:
                await self._api.call("POST", f"/join/{_quote(room_id)}", body={}, writes=True)
                await self._record_direct(own, inviter, room_id)
            except (PermanentError, TransientError) as exc:
                log.warning("Matrix: the invitation to %s could not be accepted: %s", room_id, exc)
                continue
            joined_any = True
        return joined_any

    async def _record_direct(self, own: str, inviter: str, room_id: str) -> None:
        """Add the room to ``m.direct`` under the person who invited, as clients do."""
        path = f"/user/{_quote(own)}/account_data/m.direct"
        try:
            content = dict(await self._api.call("GET", path))
        except PermanentError:
            content = {}
        rooms = content.get(inviter)
        listed = [r for r in rooms if isinstance(r, str)] if isinstance(rooms, list) else []
        if room_id in listed:
            return
        content[inviter] = [*listed, room_id]
        await self._api.call("PUT", path, body=content, writes=True)

    # -- sending -----------------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        self._need_session()
        try:
            check_length(reply.text, TEXT_LIMIT, "Matrix")
        except TextTooLong as exc:
            raise PermanentError(str(exc)) from None
        room_id = reply.thread_remote_id
        if not room_id or not room_id.startswith("!"):
            raise PermanentError("a Matrix reply needs the room it answers in")
        content: dict[str, Any] = {"msgtype": "m.text", "body": reply.text}
        if reply.in_reply_to and reply.in_reply_to.startswith("$"):
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply.in_reply_to}}
        path = room_path(room_id, "send", "m.room.message", txn_id_for(idempotency_key))
        answer = await self._api.call("PUT", path, body=content, writes=True)
        event_id = answer.get("event_id")
        if not isinstance(event_id, str) or not event_id:
            raise TransientError(
                "the Matrix server answered the message without its id; it may exist",
                may_have_reached_server=True,
            )
        return SentReceipt(event_id, event_url(room_id, event_id))

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        """The reply among the room's latest events, if an earlier attempt arrived: the
        server marks the events a device sent with their ``unsigned.transaction_id`` when
        that same device reads them, so the outbox item's own txnId finds it."""
        self._need_session()
        room_id = reply.thread_remote_id
        if not room_id or not room_id.startswith("!"):
            return None
        own, txn_id = self._user_id(), txn_id_for(idempotency_key)
        params = {"dir": "b", "limit": FIND_SENT_EVENTS}
        page = await self._api.call("GET", room_path(room_id, "messages"), params=params)
        chunk = page.get("chunk")
        for event in chunk if isinstance(chunk, list) else []:
            if not isinstance(event, Mapping) or event.get("sender") != own:
                continue
            unsigned = event.get("unsigned")
            event_id = event.get("event_id")
            if (
                isinstance(unsigned, Mapping)
                and unsigned.get("transaction_id") == txn_id
                and isinstance(event_id, str)
            ):
                return SentReceipt(event_id, event_url(room_id, event_id))
        return None


def _quote(value: str) -> str:
    return quote(value, safe="")


def _timeline_events(room: Mapping[str, Any]) -> list[object]:
    timeline = room.get("timeline")
    events = timeline.get("events") if isinstance(timeline, Mapping) else None
    return list(events) if isinstance(events, list) else []


def _state_list(payload: object) -> list[object]:
    """``GET /rooms/{id}/state`` answers a JSON array of state events."""
    return list(payload) if isinstance(payload, list) else []


def _is_message_from_others(event: object, own: str) -> bool:
    if not isinstance(event, Mapping) or event.get("sender") == own:
        return False
    if event.get("type") not in ("m.room.message", "m.room.encrypted"):
        return False
    content = event.get("content")
    relates = content.get("m.relates_to") if isinstance(content, Mapping) else None
    return not (isinstance(relates, Mapping) and relates.get("rel_type") == "m.replace")


def _own_writes_first(events: Sequence[object], own: str) -> bool:
    """Whether the account wrote a message before anyone else did in ``events``."""
    for event in events:
        if not isinstance(event, Mapping) or event.get("type") != "m.room.message":
            if _is_message_from_others(event, own):
                return False
            continue
        if event.get("sender") == own:
            return True
        if _is_message_from_others(event, own):
            return False
    return False


def _is_own_join(event: object, own: str) -> bool:
    if not isinstance(event, Mapping) or event.get("type") != "m.room.member":
        return False
    content = event.get("content")
    return (
        event.get("state_key") == own
        and isinstance(content, Mapping)
        and content.get("membership") == "join"
    )


def _direct_inviter(room: object, own: str) -> str | None:
    """Who invited the account to ``room`` as a direct chat; None for any other invite."""
    state = room.get("invite_state") if isinstance(room, Mapping) else None
    events = state.get("events") if isinstance(state, Mapping) else None
    for event in events if isinstance(events, list) else []:
        if not isinstance(event, Mapping) or event.get("type") != "m.room.member":
            continue
        content = event.get("content")
        sender = event.get("sender")
        if (
            event.get("state_key") == own
            and isinstance(content, Mapping)
            and content.get("membership") == "invite"
            and content.get("is_direct") is True
            and isinstance(sender, str)
        ):
            return sender
    return None


def _edited(earlier: FetchedMessage, edit: FetchedMessage) -> FetchedMessage:
    if earlier.author.key != edit.author.key:
        return earlier  # only the sender may edit a message (the spec's rule)
    return replace(earlier, text=edit.text, edited_at=edit.edited_at)


def _replying_to(message: FetchedMessage, last_inbound: str | None) -> FetchedMessage:
    return replace(message, in_reply_to_remote_id=last_inbound) if last_inbound else message


class MatrixConnectorFactory:
    kind: ClassVar[str] = MATRIX
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Matrix")
    # Matrix itself and the networks bridged into it; Telegram's network is declared by
    # the Telegram connector.
    channels: ClassVar[tuple[str, ...]] = (MATRIX, WHATSAPP, SIGNAL, SLACK, TELEGRAM)
    networks: ClassVar[tuple[Network, ...]] = (
        MATRIX_NETWORK,
        WHATSAPP_NETWORK,
        SIGNAL_NETWORK,
        SLACK_NETWORK,
    )
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Password")
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "Your Matrix password signs this app in once, as a device of its own; only that "
        "device's access token is kept (in the keychain), never the password. Messages in "
        "encrypted rooms cannot be read here.",
    )
    base_url_label: ClassVar[str | None] = QT_TRANSLATE_NOOP(
        "Connector", "Homeserver (e.g. https://matrix.example.org)"
    )
    default_base_url: ClassVar[str | None] = None
    handle_label: ClassVar[str | None] = QT_TRANSLATE_NOOP(
        "Connector", "User id (e.g. @desk:example.org)"
    )
    setting_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField(
            AUTO_JOIN_DIRECT,
            QT_TRANSLATE_NOOP("Connector", "Accept invitations to direct chats (yes/no)"),
            required=False,
            default="yes",
        ),
    )

    def create(self, context: ConnectorContext) -> MatrixConnector:
        return MatrixConnector(context)
