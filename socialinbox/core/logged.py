"""Conversations logged by hand: the phone calls and visits no connector can fetch.

A logged conversation is a message like any other (``messages`` row): it has a
channel (``phone`` or ``in_person``), a direction, a time and a contact, and
``logged_by`` names the person who logged it (the app's user, as on notes and
replies). So it shows in the customer's timeline, is found by search, counts in
the inbox's channel filter and is what response-time levels 4 and 6 are made of.

Rules for callers (and what each direction means):

- *Inbound* ("they called", "they came in") is the customer's message. It goes
  through the one return rule (:func:`core.reminders.raise_return_reminders`),
  so a known customer's call can raise a return reminder as a post would. It was
  answered while it happened: it never needs a reply, and it counts as answered
  at its own time (response time 0).
- *Outbound* ("we called them back", "we spoke to them") is the business's reply:
  like a reply made elsewhere (:func:`core.ingest.answer_message`), it answers
  every earlier message of the customer that still needs a reply, on any channel.
- The message belongs to the contact and, when the contact has one, to its
  identity on that network (the phone number on the card); a logged visit has no
  identity to match. Messages of one contact on one network form one thread.
- The messages are kept under one account of kind :data:`LOG_BOOK_KIND`, made on
  first use: it has no connector, is never synced and sends nothing, and the
  account lists leave it out (:meth:`core.accounts.Accounts.list_accounts`).
- ``at`` defaults to now; a time without an offset is the property's local time
  (business setting ``property_timezone``); a time more than
  :data:`FUTURE_TOLERANCE` ahead of now is refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from sqlalchemy import insert, or_, select, true, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.business_settings import PROPERTY_TIMEZONE, read_setting
from socialinbox.core.changes import ChangeSet, Created
from socialinbox.core.connector import AuthorRef, FetchedMessage
from socialinbox.core.contacts import require_live_contact
from socialinbox.core.errors import InvalidValue, Missing, TooLong
from socialinbox.core.ingest import answer_message, message_row
from socialinbox.core.names import LOG_BOOK_KIND, LOGGED_CHANNELS
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.core.reminders import NewInbound, property_zone, raise_return_reminders
from socialinbox.core.response_levels import recompute_after
from socialinbox.core.untrusted import FIRST_BELIEVABLE, repair_text
from socialinbox.core.users import Person, name_of
from socialinbox.storage import dialect
from socialinbox.storage.database import Database
from socialinbox.storage.dialect import received_by
from socialinbox.storage.schema import Account, Identity, Message
from socialinbox.storage.types import is_storable

# The account that holds every logged conversation (see the module's rules).
LOG_BOOK_UUID: Final = "00000000-0000-4000-8000-10606b00c000"
LOG_BOOK_NAME: Final = "Logged by hand"
# Desks' clocks differ a little; a call logged "in an hour" is a mistake.
FUTURE_TOLERANCE: Final = timedelta(minutes=5)
MAX_LOG_LENGTH: Final = 10_000
# Before any real conversation: every logged one is new, none is history.
_LOG_BOOK_CONNECTED = FIRST_BELIEVABLE


@dataclass(frozen=True, slots=True)
class LoggedConversation:
    """What a person logs: ``inbound`` when the customer called or came in."""

    contact_id: int
    channel: str
    text: str
    inbound: bool
    at: datetime | None = None


def logged_channel(name: str) -> str:
    """A logged conversation's channel as typed (any case, spaces around, "in person"),
    or :class:`InvalidValue` naming the choices."""
    cleaned = "_".join(name.strip().lower().replace("-", " ").split())
    if cleaned not in LOGGED_CHANNELS:
        raise InvalidValue(
            f"a conversation is logged on {' or '.join(LOGGED_CHANNELS)}, not {name.strip()!r}",
            code="logged.channel",
            channel=name,
        )
    return cleaned


class ConversationLog:
    """Logging calls and visits. ``user`` is recorded as who logged them. Writes go
    through the Writer."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        user: Person,
        networks: NetworkCatalogue,
        origin: str = "local",
    ) -> None:
        self._db = db
        self._clock = clock
        self._user = user
        self._networks = networks
        self._origin = origin

    def log(self, conversation: LoggedConversation) -> Created:
        """Store the conversation as a message; returns its id and what changed.

        Raises ContactNotFound/ContactConflict (unknown or merged contact),
        :class:`InvalidValue` (channel, a time in the future), :class:`Missing`
        (no text) or :class:`TooLong`."""
        channel = logged_channel(conversation.channel)
        text = _checked_text(conversation.text)
        now = self._clock.now()
        with self._db.write() as session:
            contact = require_live_contact(session, conversation.contact_id)
            at = _checked_time(conversation.at, now, session)
            # Hers for a call in (her number); ours, as any reply, for a call out.
            identity = _identity_of(session, contact.id, channel) if conversation.inbound else None
            item = FetchedMessage(
                remote_id=f"log-{uuid.uuid4().hex}",
                channel=channel,
                kind="direct" if conversation.inbound else "reply",
                author=AuthorRef(
                    channel,
                    identity.key if identity is not None and identity.key else "",
                    identity.handle if identity is not None else None,
                    # The customer for a call in; the person who made it for a call out,
                    # shown as "You · Anna" like a reply.
                    contact.display_name if conversation.inbound else name_of(self._user),
                ),
                text=text,
                created_at=at,
                inbound=conversation.inbound,
                thread_remote_id=f"{channel}:contact:{contact.id}",
            )
            account_id = _log_book(session, now)
            row = message_row(
                account_id, item, identity.id if identity is not None else None, contact.id, now
            )
            row.update(logged_by=name_of(self._user)[:200], read=True, needs_reply=False)
            if conversation.inbound:
                # Answered as it happened: a call or a visit is a live conversation.
                row.update(replied_at=at, response_seconds=0)
            message_id = session.execute(
                insert(Message).values(**row).returning(Message.id)
            ).scalar_one()
            change = ChangeSet.of(changes.MESSAGE, changes.INSERTED, [message_id])
            if conversation.inbound:
                arrived = NewInbound(message_id, contact.id, channel, at, deleted=False)
                change |= raise_return_reminders(
                    session, account_id, [arrived], now, self._networks
                )
                if identity is not None:
                    _seen(session, identity.id, at)
            else:
                change |= _answer_waiting(session, contact.id, at)
            # A call back answers; a call or a visit either way lifts a quick answer.
            change |= recompute_after(session, [message_id], now)
            changes.record(session, change, now, self._origin)
            return Created(message_id, change)


def _checked_text(text: str) -> str:
    cleaned = repair_text(text or "").strip()
    if not cleaned:
        raise Missing("say what the call or visit was about", code="logged.empty")
    if len(cleaned) > MAX_LOG_LENGTH:
        raise TooLong(
            f"a logged conversation holds at most {MAX_LOG_LENGTH} characters",
            code="logged.too_long",
            limit=MAX_LOG_LENGTH,
            length=len(cleaned),
        )
    return cleaned


def _checked_time(at: datetime | None, now: datetime, session: Session) -> datetime:
    """``at`` as stored (now when None; the property's time when naive), or InvalidValue."""
    if at is None:
        return now
    if at.tzinfo is None:
        at = at.replace(tzinfo=property_zone(read_setting(session, PROPERTY_TIMEZONE)))
    if at - now > FUTURE_TOLERANCE:
        raise InvalidValue(
            f"{at.isoformat(timespec='minutes')} is in the future: log a conversation "
            "once it has happened",
            code="logged.future",
            at=at.isoformat(),
        )
    if not is_storable(at) or at < FIRST_BELIEVABLE:
        raise InvalidValue(
            f"{at.isoformat(timespec='minutes')} is too long ago",
            code="logged.too_old",
            at=at.isoformat(),
        )
    return at.astimezone(UTC)


def _identity_of(session: Session, contact_id: int, channel: str) -> Identity | None:
    """The contact's identity on ``channel`` that messages match (its phone number), if any:
    the one heard from last, else the first linked."""
    return (
        session.execute(
            select(Identity)
            .where(Identity.contact_id == contact_id, Identity.channel == channel)
            .order_by(Identity.key.is_(None), Identity.last_seen_at.desc(), Identity.id)
        )
        .scalars()
        .first()
    )


def _log_book(session: Session, now: datetime) -> int:
    """The log book account's id, made on first use (once, whatever the processes)."""
    dialect.insert_ignore(
        session.connection(),
        Account.__table__,
        [
            {
                "uuid": LOG_BOOK_UUID,
                "kind": LOG_BOOK_KIND,
                "name": LOG_BOOK_NAME,
                "settings_json": "{}",
                "enabled": False,
                "status": "ok",
                "sync_interval_s": 86_400,
                "connected_at": _LOG_BOOK_CONNECTED,
                "created_at": now,
            }
        ],
    )
    return session.execute(select(Account.id).where(Account.uuid == LOG_BOOK_UUID)).scalar_one()


def _answer_waiting(session: Session, contact_id: int, at: datetime) -> ChangeSet:
    """A call back answers every message of the customer that was waiting for a reply
    when it happened, as a reply made elsewhere answers the message it replies to."""
    waiting = session.execute(
        select(Message.id, Message.created_at, Message.replied_at).where(
            received_by(contact_id),
            Message.needs_reply == true(),
            Message.created_at <= at,
        )
    ).all()
    answered = [m.id for m in waiting if answer_message(session, m, at)]
    return ChangeSet.of(changes.MESSAGE, changes.UPDATED, answered)


def _seen(session: Session, identity_id: int, at: datetime) -> None:
    session.execute(
        update(Identity)
        .where(
            Identity.id == identity_id,
            or_(Identity.last_seen_at.is_(None), Identity.last_seen_at < at),
        )
        .values(last_seen_at=at)
    )
