"""The response practice's suggestions: close the loop in public, and thank people.

Two reminder kinds, each raised at most once per message (the reminder's trigger is
``message:ID``; a reminder of the kind for the message, whatever its state, keeps it
from being raised again, so a dismissal is final):

- ``close_loop``: a negative *public* message (kinds :data:`PUBLIC_KINDS`,
  ``sentiment`` below :data:`NEGATIVE_BELOW`) that the business answered only in
  private — a direct message, an e-mail, a logged call or visit to the same contact
  after it, in another thread — and :data:`CLOSE_LOOP_AFTER` has passed since that
  first private answer with no reply of the business in the message's own thread.
  Readers of the complaint never saw the happy ending: the reminder suggests a public
  follow-up (``core.templates``' close-the-loop texts).
- ``thank_you``: a positive review (4–5 stars when the review has a rating) or praise
  (``sentiment`` above :data:`POSITIVE_ABOVE`) that has had no reply for
  :data:`THANK_YOU_AFTER`. A gentle suggestion: shown on the Reminders page, never as a
  desktop notification (``core.reminders.QUIET_KINDS``).

Only messages stored from a connected account's time on (not its history) and
younger than :data:`LOOKBACK` are considered, so every check is a bounded set-based
query. A reply in the message's thread settles an open suggestion: it is marked done.

Callers: ingest checks the contacts of each batch it stores
(:func:`check_practice`), and the window's upkeep and the ``reminders`` command run
:meth:`Practice.check` so that the 24 hours pass even when nobody syncs.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true, update
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
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Account, Contact, Message, Reminder

# Tone cut-offs on ``messages.sentiment`` (-1..1): negative below, positive above (both
# strict). TODO(priority): import them from core.tone once it is in main (same values).
NEGATIVE_BELOW: Final = -0.5
POSITIVE_ABOVE: Final = 0.5

# What the public reads: a complaint there needs its happy ending there too.
PUBLIC_KINDS: Final[tuple[str, ...]] = ("mention", "comment", "review")
# What the business may thank someone for.
PRAISE_KINDS: Final[tuple[str, ...]] = ("mention", "comment", "review", "direct", "email")
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
) -> ChangeSet:
    """Raise the close-the-loop and thank-you reminders that are due, and settle those
    whose message got a reply in its thread, inside the caller's write transaction.

    ``contacts`` bounds the check to those contacts' messages (what a stored batch can
    change, see :func:`check_after_batch`); None checks every message of the last
    :data:`LOOKBACK`. The caller records the change set."""
    if contacts is not None and not contacts:
        return changes.EMPTY
    change = _settle_answered(session, now, contacts)
    rows = [
        *_close_loop_rows(session, now, networks, contacts),
        *_thank_you_rows(session, now, networks, contacts),
    ]
    return change | insert_reminders(session, rows)


class Practice:
    """The periodic check (:func:`check_practice` over every recent message)."""

    def __init__(
        self, db: Database, clock: Clock, networks: NetworkCatalogue, origin: str = "local"
    ) -> None:
        self._db = db
        self._clock = clock
        self._networks = networks
        self._origin = origin

    def check(self) -> ChangeSet:
        """Run on the writer (``writer.call``); announces what it raised or settled."""
        now = self._clock.now()
        with self._db.write() as session:
            change = check_practice(session, now, self._networks)
            changes.record(session, change, now, self._origin)
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
    # The first private answer's channel and kind (close_loop only).
    answered_on: tuple[str, str] | None = None


def _recent(m: Any, now: datetime, contacts: Collection[int] | None) -> list[ColumnElement[bool]]:
    """The conditions every candidate meets: inbound, live, recent, not history."""
    conditions: list[ColumnElement[bool]] = [
        m.inbound == true(),
        m.deleted_at.is_(None),
        m.contact_id.is_not(None),
        m.created_at >= now - LOOKBACK,
        m.created_at
        >= select(Account.connected_at).where(Account.id == m.account_id).scalar_subquery(),
    ]
    if contacts is not None:
        conditions.append(m.contact_id.in_(list(contacts)))
    return conditions


def _not_raised(m: Any, kind: str) -> ColumnElement[bool]:
    return ~exists().where(Reminder.kind == kind, Reminder.message_id == m.id)


def _replied_in_thread(m: Any) -> ColumnElement[bool]:
    """The business wrote in the message's thread after it (a public reply for a public
    message; any reply for a direct one)."""
    reply = aliased(Message)
    return exists().where(
        reply.thread_key == m.thread_key,
        reply.inbound == false(),
        reply.created_at >= m.created_at,
        reply.deleted_at.is_(None),
    )


def _private_answers(m: Any) -> Any:
    """The business's private answers to ``m``'s contact after ``m``, outside its thread:
    direct messages, e-mails, logged calls and visits, replies in a private thread."""
    p = aliased(Message)
    private_thread = aliased(Message)
    return (
        select(p.id, p.channel, p.kind)
        .where(
            p.contact_id == m.contact_id,
            p.inbound == false(),
            p.deleted_at.is_(None),
            p.created_at > m.created_at,
            p.thread_key != m.thread_key,
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
        .order_by(p.created_at, p.id)
        .limit(1)
    ), p


def _close_loop_rows(
    session: Session, now: datetime, networks: NetworkCatalogue, contacts: Collection[int] | None
) -> list[dict[str, object]]:
    m = aliased(Message)
    first, p = _private_answers(m)
    first_at = first.with_only_columns(p.created_at).scalar_subquery()
    first_id = first.with_only_columns(p.id).scalar_subquery()
    found = session.execute(
        select(m.id, m.contact_id, Contact.display_name, m.channel, m.kind, m.rating, first_id)
        .join(Contact, Contact.id == m.contact_id)
        .where(
            *_recent(m, now, contacts),
            m.kind.in_(PUBLIC_KINDS),
            m.sentiment < NEGATIVE_BELOW,
            first_at <= now - CLOSE_LOOP_AFTER,
            ~_replied_in_thread(m),
            _not_raised(m, CLOSE_LOOP),
        )
    ).all()
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
    candidates = [_Candidate(r[0], r[1], r[2], r[3], r[4], r[5], answers.get(r[6])) for r in found]
    return _rows(session, CLOSE_LOOP, candidates, now, networks)


def _thank_you_rows(
    session: Session, now: datetime, networks: NetworkCatalogue, contacts: Collection[int] | None
) -> list[dict[str, object]]:
    m = aliased(Message)
    found = session.execute(
        select(m.id, Contact.id, Contact.display_name, m.channel, m.kind, m.rating)
        .join(Contact, Contact.id == m.contact_id)
        .where(
            *_recent(m, now, contacts),
            m.kind.in_(PRAISE_KINDS),
            m.channel.not_in((PHONE, IN_PERSON)),
            m.sentiment > POSITIVE_ABOVE,
            or_(m.kind != "review", m.rating.is_(None), m.rating >= GOOD_RATING),
            m.replied_at.is_(None),
            m.done == false(),
            m.created_at <= now - THANK_YOU_AFTER,
            ~_replied_in_thread(m),
            _not_raised(m, THANK_YOU),
        )
    ).all()
    candidates = [_Candidate(r[0], r[1], r[2], r[3], r[4], r[5]) for r in found]
    return _rows(session, THANK_YOU, candidates, now, networks)


def _settle_answered(
    session: Session, now: datetime, contacts: Collection[int] | None
) -> ChangeSet:
    """Open suggestions whose message has since had a reply in its thread are done."""
    m = aliased(Message)
    stmt = (
        select(Reminder.id)
        .join(m, m.id == Reminder.message_id)
        .where(
            Reminder.kind.in_((CLOSE_LOOP, THANK_YOU)),
            Reminder.state.in_(SHOWN_STATES),
            or_(_replied_in_thread(m), and_(Reminder.kind == THANK_YOU, m.replied_at.is_not(None))),
        )
    )
    if contacts is not None:
        stmt = stmt.where(Reminder.contact_id.in_(list(contacts)))
    ids = session.execute(stmt).scalars().all()
    if not ids:
        return changes.EMPTY
    session.execute(update(Reminder).where(Reminder.id.in_(ids)).values(state=DONE, updated_at=now))
    return ChangeSet.of(changes.REMINDER, changes.UPDATED, ids)


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
                "trigger": f"message:{c.message_id}",
                "message_id": c.message_id,
                "reason": _reason(kind, c, where),
                "suggestion": suggestion(kind, stored_templates, values, {}),
                "due_at": now,
                "state": OPEN,
                "snoozed_until": None,
                "created_at": now,
                "updated_at": now,
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
    if not thread_keys:
        return changes.EMPTY
    contacts = {
        contact_id
        for contact_id in session.execute(
            select(Message.contact_id)
            .where(Message.thread_key.in_(list(thread_keys)), Message.contact_id.is_not(None))
            .distinct()
        ).scalars()
        if contact_id is not None
    }
    return check_practice(session, now, networks, contacts)
