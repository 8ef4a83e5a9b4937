"""The response practice's suggestions: close the loop in public, and thank people.

Two reminder kinds, each raised at most once per message (the reminder's trigger is
``message:ID``; a reminder of the kind for the message, whatever its state, keeps it
from being raised again, so a dismissal is final):

- ``close_loop``: a negative *public* message (kinds :data:`PUBLIC_KINDS`,
  ``sentiment`` below ``core.tone.NEGATIVE_BELOW``) that the business answered only in
  private — a direct message, an e-mail, a logged call or visit to the same contact
  after it, in another thread — and :data:`CLOSE_LOOP_AFTER` has passed since that
  first private answer with no reply of the business in the message's own thread.
  Readers of the complaint never saw the happy ending: the reminder suggests a public
  follow-up (``core.templates``' close-the-loop texts).
- ``thank_you``: a positive review (4–5 stars when the review has a rating) or public
  praise (a mention, a comment; ``sentiment`` above ``core.tone.POSITIVE_ABOVE``) that asks
  nothing (no question mark) and has had no reply for :data:`THANK_YOU_AFTER`. A
  gentle suggestion: shown on the Reminders page, never as a desktop notification
  (``core.reminders.QUIET_KINDS``).

Only messages younger than :data:`LOOKBACK` are considered, so every check is a
bounded set-based query. Unlike the return rule, history fetched when an account is
connected counts: last week's unanswered praise still deserves its thank-you. A
reply in the message's thread settles an open suggestion: it is marked done.

Callers: ingest checks the contacts of each batch it stores
(:func:`check_after_batch`), and the window's upkeep and the ``reminders`` command run
:meth:`Practice.check` so that the 24 hours pass even when nobody syncs.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    bindparam,
    cast,
    exists,
    false,
    literal,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.orm import Session, aliased

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.business_settings import BUSINESS_NAME, REPLY_TEMPLATES, read_setting
from socialinbox.core.changes import ChangeSet
from socialinbox.core.names import EMAIL, IN_PERSON, PHONE
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.core.reminders import (
    CLOSE_LOOP,
    DONE,
    OPEN,
    SHOWN_STATES,
    THANK_YOU,
    insert_reminders,
)
from socialinbox.core.templates import first_name, suggestion
from socialinbox.core.tone import NEGATIVE_BELOW, POSITIVE_ABOVE
from socialinbox.storage.database import Database
from socialinbox.storage.dialect import built_once, list_given, one_of_given
from socialinbox.storage.schema import Contact, Message, Reminder
from socialinbox.storage.types import UTCDateTime

# What the public reads: a complaint there needs its happy ending there too.
PUBLIC_KINDS: Final[tuple[str, ...]] = ("mention", "comment", "review")
# Praise the business thanks for in public: what others read too (a polite private
# question reads as positive, and its answer is the reply it needs).
PRAISE_KINDS: Final[tuple[str, ...]] = PUBLIC_KINDS
# Private ways of answering: these kinds of messages, or any message on these networks.
PRIVATE_KINDS: Final[tuple[str, ...]] = ("direct", "email")
PRIVATE_CHANNELS: Final[tuple[str, ...]] = (EMAIL, PHONE, IN_PERSON)
# Stars from which a rated review counts as praise.
GOOD_RATING: Final = 4

CLOSE_LOOP_AFTER: Final = timedelta(hours=24)
THANK_YOU_AFTER: Final = timedelta(hours=1)
# Older messages are left alone: the checks stay bounded, and last month's praise is
# too late to thank for.
LOOKBACK: Final = timedelta(days=14)
# Contacts per statement (well under SQLite's limit of bound values).
_CHUNK: Final = 500
# A later periodic check looks again this far before the previous one (a message stored
# by another desk in the same second, clocks a little apart).
CHECK_OVERLAP: Final = timedelta(minutes=10)

TRIGGER_PREFIX: Final = "message:"

# The roles a message plays in the checks' statements, each aliased once: an alias of
# the messages table proxies every column in reference cycles, garbage that the
# collector's full passes had to free after every stored batch.
_MESSAGE = aliased(Message, name="message")
_REPLY = aliased(Message, name="reply")
_ANSWER = aliased(Message, name="answer")
_PRIVATE_THREAD = aliased(Message, name="private_thread")

# How a private answer is told in the suggestion ("Glad we could sort this out …").
_ANSWERED_BY: Final = {
    EMAIL: "by e-mail",
    PHONE: "on the phone",
    IN_PERSON: "in person",
}
_IN_A_DIRECT_MESSAGE: Final = "in a direct message"


def check_practice(
    session: Session,
    now: datetime,
    networks: NetworkCatalogue,
    contacts: Collection[int] | None = None,
    since: datetime | None = None,
) -> ChangeSet:
    """Raise the close-the-loop and thank-you reminders that are due, and settle those
    whose message got a reply in its thread, inside the caller's write transaction.

    ``contacts`` bounds the check to those contacts' messages (what a stored batch can
    change, see :func:`check_after_batch`); None checks every message of the last
    :data:`LOOKBACK`. ``since``: the time of a previous check, after which nothing but
    time has changed for messages outside a batch: only what came due after it is
    looked at. The caller records the change set."""
    if contacts is not None and not contacts:
        return changes.EMPTY
    if contacts is not None and len(contacts) > _CHUNK:
        ids = sorted(contacts)
        found = changes.EMPTY
        for start in range(0, len(ids), _CHUNK):
            found |= check_practice(session, now, networks, ids[start : start + _CHUNK], since)
        return found
    change = _settle_answered(session, now, contacts)
    rows = [
        *_close_loop_rows(session, now, networks, contacts, since),
        *_thank_you_rows(session, now, networks, contacts, since),
    ]
    return change | insert_reminders(session, rows)


class Practice:
    """The periodic check (:func:`check_practice` over every recent message).

    The first check of a process looks at the whole :data:`LOOKBACK`; later ones only
    at what came due since the previous one (less :data:`CHECK_OVERLAP`): what a sync
    changes meanwhile is checked by ingest itself (:func:`check_after_batch`)."""

    def __init__(
        self, db: Database, clock: Clock, networks: NetworkCatalogue, origin: str = "local"
    ) -> None:
        self._db = db
        self._clock = clock
        self._networks = networks
        self._origin = origin
        self._last_check: datetime | None = None

    def check(self) -> ChangeSet:
        """Run on the writer (``writer.call``); announces what it raised or settled."""
        now = self._clock.now()
        since = None if self._last_check is None else self._last_check - CHECK_OVERLAP
        with self._db.write() as session:
            change = check_practice(session, now, self._networks, since=since)
            changes.record(session, change, now, self._origin)
        self._last_check = now
        return change


# -- the rules -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    message_id: int
    contact_id: int
    contact_name: str
    channel: str
    kind: str
    rating: int | None
    # The message's property: its reminder is that property's (core.reminders.at_desk).
    property_id: int | None
    # The first private answer's channel and kind (close_loop only).
    answered_on: tuple[str, str] | None = None


def _recent(dialect_name: str, m: Any, by_contact: bool) -> list[ColumnElement[bool]]:
    """The conditions every candidate meets: inbound, live, recent (parameter
    ``recent_from``) and, ``by_contact``, written by one of the ``contacts``."""
    conditions: list[ColumnElement[bool]] = [
        m.inbound == true(),
        m.deleted_at.is_(None),
        m.contact_id.is_not(None),
        m.created_at >= bindparam("recent_from"),
    ]
    if by_contact:
        conditions.append(one_of_given(dialect_name, m.contact_id, "contacts"))
    return conditions


def _given(
    session: Session, now: datetime, contacts: Collection[int] | None, **times: datetime
) -> dict[str, Any]:
    """The values of a statement of :func:`_recent`'s conditions, and ``times``."""
    values: dict[str, Any] = {"recent_from": now - LOOKBACK, **times}
    if contacts is not None:
        values["contacts"] = list_given(session, contacts)
    return values


def _trigger(m: Any) -> ColumnElement[str]:
    """The reminder's trigger for message ``m``: ``message:ID``."""
    return literal(TRIGGER_PREFIX) + cast(m.id, String)


def _not_raised(m: Any, kind: str) -> ColumnElement[bool]:
    """No reminder of ``kind`` for ``m`` exists, whatever its state (looked up by the
    reminders' unique (kind, contact, trigger) index; a merge moves reminders with the
    messages, so the message's contact is the reminder's)."""
    return ~exists().where(
        Reminder.kind == kind,
        Reminder.contact_id == m.contact_id,
        Reminder.trigger == _trigger(m),
    )


def _replied_in_thread(m: Any) -> ColumnElement[bool]:
    """The business wrote in the message's thread after it (a public reply for a public
    message; any reply for a direct one)."""
    reply = _REPLY
    return exists().where(
        reply.thread_key == m.thread_key,
        reply.inbound == false(),
        reply.created_at >= m.created_at,
        reply.deleted_at.is_(None),
    )


def _private_answer(p: Any) -> ColumnElement[bool]:
    """``p`` is a private message of the business: a direct message, an e-mail, a logged
    call or visit, or a reply in a private thread."""
    private_thread = _PRIVATE_THREAD
    return and_(
        p.inbound == false(),
        p.deleted_at.is_(None),
        or_(
            p.kind.in_(PRIVATE_KINDS),
            p.channel.in_(PRIVATE_CHANNELS),
            exists().where(
                private_thread.thread_key == p.thread_key,
                private_thread.inbound == true(),
                private_thread.kind.in_(PRIVATE_KINDS),
            ),
        ),
    )


def _first_private_answer(m: Any) -> Any:
    """The business's first private answer to ``m``'s contact after ``m``, outside its
    thread (a select of one row, and the alias its columns belong to)."""
    p = _ANSWER
    return (
        select(p.id)
        .where(
            p.contact_id == m.contact_id,
            p.created_at > m.created_at,
            p.thread_key != m.thread_key,
            _private_answer(p),
        )
        .order_by(p.created_at, p.id)
        .limit(1)
    ), p


def _answered_in_private(dialect_name: str, by_contact: bool) -> Any:
    """The contacts the business answered in private in a span that can make a
    close-the-loop due now: from ``answered_from`` (``since`` minus the 24 hours, else
    the look-back) to ``answered_by`` (24 hours ago), of the ``contacts`` when
    ``by_contact``. Read once per check through the outbound messages' index."""
    p = _ANSWER
    query = (
        select(p.contact_id)
        .distinct()
        .where(
            p.inbound == false(),
            p.created_at >= bindparam("answered_from"),
            p.created_at <= bindparam("answered_by"),
            p.contact_id.is_not(None),
            _private_answer(p),
        )
    )
    if by_contact:
        query = query.where(one_of_given(dialect_name, p.contact_id, "contacts"))
    return query


def _close_loop_rows(
    session: Session,
    now: datetime,
    networks: NetworkCatalogue,
    contacts: Collection[int] | None,
    since: datetime | None,
) -> list[dict[str, object]]:
    # Driven by the few contacts answered in private lately, through their index.
    by_contact = contacts is not None
    query = built_once(
        session,
        ("answered_in_private", by_contact),
        lambda dialect_name: _answered_in_private(dialect_name, by_contact),
    )
    given: dict[str, Any] = {
        "answered_from": now - LOOKBACK if since is None else since - CLOSE_LOOP_AFTER,
        "answered_by": now - CLOSE_LOOP_AFTER,
    }
    if contacts is not None:
        given["contacts"] = list_given(session, contacts)
    answered = {c for c in session.execute(query, given).scalars() if c is not None}
    found: list[Any] = []
    ids = sorted(answered)
    for start in range(0, len(ids), _CHUNK):
        found.extend(_close_loop_candidates(session, now, ids[start : start + _CHUNK]))
    if not found:
        return []
    answers = {
        row.id: (row.channel, row.kind)
        for row in session.execute(
            select(Message.id, Message.channel, Message.kind).where(
                Message.id.in_([row[-1] for row in found])
            )
        )
    }
    candidates = [
        _Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6], answers.get(r[7])) for r in found
    ]
    return _rows(session, CLOSE_LOOP, candidates, now, networks)


def _close_loop_candidates(session: Session, now: datetime, contacts: list[int]) -> list[Any]:
    query = built_once(session, "close_loop_candidates", _close_loop_candidates_query)
    given = _given(session, now, contacts, answered_by=now - CLOSE_LOOP_AFTER)
    return list(session.execute(query, given).all())


def _close_loop_candidates_query(dialect_name: str) -> Any:
    m = _MESSAGE
    first, p = _first_private_answer(m)
    first_at = first.with_only_columns(p.created_at).scalar_subquery()
    first_id = first.with_only_columns(p.id).scalar_subquery()
    return (
        select(
            m.id,
            Contact.id,
            Contact.display_name,
            m.channel,
            m.kind,
            m.rating,
            m.property_id,
            first_id,
        )
        .join(Contact, Contact.id == m.contact_id)
        .where(
            *_recent(dialect_name, m, by_contact=True),
            m.kind.in_(PUBLIC_KINDS),
            m.sentiment < NEGATIVE_BELOW,
            first_at <= bindparam("answered_by", type_=UTCDateTime()),
            ~_replied_in_thread(m),
            _not_raised(m, CLOSE_LOOP),
        )
    )


def _thank_you_rows(
    session: Session,
    now: datetime,
    networks: NetworkCatalogue,
    contacts: Collection[int] | None,
    since: datetime | None,
) -> list[dict[str, object]]:
    by_contact = contacts is not None
    query = built_once(
        session,
        ("thank_you", by_contact),
        lambda dialect_name: _thank_you_query(dialect_name, by_contact),
    )
    given = _given(
        session,
        now,
        contacts,
        due_by=now - THANK_YOU_AFTER,
        # What the last check saw is settled: only messages that came of age since then.
        earliest=now - LOOKBACK if since is None else since - THANK_YOU_AFTER,
    )
    found = session.execute(query, given).all()
    candidates = [_Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in found]
    return _rows(session, THANK_YOU, candidates, now, networks)


def _thank_you_query(dialect_name: str, by_contact: bool) -> Any:
    m = _MESSAGE
    return (
        select(m.id, Contact.id, Contact.display_name, m.channel, m.kind, m.rating, m.property_id)
        .join(Contact, Contact.id == m.contact_id)
        .where(
            *_recent(dialect_name, m, by_contact),
            m.kind.in_(PRAISE_KINDS),
            m.sentiment > POSITIVE_ABOVE,
            # A question wants its answer, not a thank-you.
            ~m.text.contains("?", autoescape=True),
            or_(m.kind != "review", m.rating.is_(None), m.rating >= GOOD_RATING),
            m.replied_at.is_(None),
            m.done == false(),
            m.created_at <= bindparam("due_by"),
            m.created_at >= bindparam("earliest"),
            ~_replied_in_thread(m),
            _not_raised(m, THANK_YOU),
        )
    )


def _settle_answered(
    session: Session, now: datetime, contacts: Collection[int] | None
) -> ChangeSet:
    """Open suggestions whose message has since had a reply in its thread are done."""
    by_contact = contacts is not None
    stmt = built_once(
        session,
        ("settle_answered", by_contact),
        lambda dialect_name: _settle_answered_query(dialect_name, by_contact),
    )
    given = {} if contacts is None else {"contacts": list_given(session, contacts)}
    ids = session.execute(stmt, given).scalars().all()
    if not ids:
        return changes.EMPTY
    session.execute(update(Reminder).where(Reminder.id.in_(ids)).values(state=DONE, updated_at=now))
    return ChangeSet.of(changes.REMINDER, changes.UPDATED, ids)


def _settle_answered_query(dialect_name: str, by_contact: bool) -> Any:
    m = _MESSAGE
    stmt = (
        select(Reminder.id)
        .join(m, m.id == Reminder.message_id)
        .where(
            Reminder.kind.in_((CLOSE_LOOP, THANK_YOU)),
            Reminder.state.in_(SHOWN_STATES),
            or_(_replied_in_thread(m), and_(Reminder.kind == THANK_YOU, m.replied_at.is_not(None))),
        )
    )
    if by_contact:
        stmt = stmt.where(one_of_given(dialect_name, Reminder.contact_id, "contacts"))
    return stmt


# -- the reminders' words ------------------------------------------------------------


def _rows(
    session: Session,
    kind: str,
    candidates: list[_Candidate],
    now: datetime,
    networks: NetworkCatalogue,
) -> list[dict[str, object]]:
    if not candidates:
        return []
    stored_templates = read_setting(session, REPLY_TEMPLATES)
    business = read_setting(session, BUSINESS_NAME)
    rows: list[dict[str, object]] = []
    for c in candidates:
        where = networks.label(c.channel)
        values: dict[str, str | None] = {
            "first_name": first_name(c.contact_name),
            "name": c.contact_name if first_name(c.contact_name) else None,
            "channel": where,
            "business": business,
            "last_message_date": None,
            "answered_by": _answered_by(c.answered_on),
        }
        rows.append(
            {
                "kind": kind,
                "contact_id": c.contact_id,
                "trigger": f"{TRIGGER_PREFIX}{c.message_id}",
                "message_id": c.message_id,
                "reason": _reason(kind, c, where),
                "suggestion": suggestion(kind, stored_templates, values, {}),
                "due_at": now,
                "state": OPEN,
                "snoozed_until": None,
                "created_at": now,
                "updated_at": now,
                "property_id": c.property_id,
            }
        )
    return rows


def _answered_by(answered_on: tuple[str, str] | None) -> str | None:
    if answered_on is None:
        return None
    channel, kind = answered_on
    if kind == "email":
        return _ANSWERED_BY[EMAIL]
    return _ANSWERED_BY.get(channel, _IN_A_DIRECT_MESSAGE)


def _what(c: _Candidate) -> str:
    if c.kind == "review" and c.rating is not None:
        return f"{c.rating}-star review"
    return c.kind


def _reason(kind: str, c: _Candidate, where: str) -> str:
    if kind == CLOSE_LOOP:
        how = _answered_by(c.answered_on) or "in private"
        return (
            f"{c.contact_name}'s {_what(c)} on {where} was settled {how}; "
            "its readers have not seen the happy ending: close the loop in public"
        )
    return f"{c.contact_name}'s {_what(c)} on {where} has had no reply: say thank you"


def check_after_batch(
    session: Session, thread_keys: Collection[str], now: datetime, networks: NetworkCatalogue
) -> ChangeSet:
    """:func:`check_practice` for the contacts of the threads a stored batch wrote in (a
    new message, a reply in a thread, a private message). The caller records it."""
    keys = sorted(thread_keys)
    contacts: set[int] = set()
    query = built_once(session, "contacts_of_threads", _contacts_of_threads)
    for start in range(0, len(keys), _CHUNK):
        given = {"threads": list_given(session, keys[start : start + _CHUNK])}
        contacts.update(c for c in session.execute(query, given).scalars() if c is not None)
    return check_practice(session, now, networks, contacts)


def _contacts_of_threads(dialect_name: str) -> Any:
    return (
        select(Message.contact_id)
        .where(
            one_of_given(dialect_name, Message.thread_key, "threads"),
            Message.contact_id.is_not(None),
        )
        .distinct()
    )
