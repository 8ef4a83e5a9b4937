"""First response and the six-level scale of brand response, per inbound message.

The rules (issue #15, part 1), as this module applies them:

*Which messages get a level* (:func:`levelled`): the customer's own messages —
inbound, not a context item (kind ``context``), not a call or visit logged by
hand (a live conversation, answered as it happened). A message the customer
deleted has nothing left to answer: no level. Every other message has one,
whether it was answered, marked done or still waits; the business's own
messages have none.

*Who the response is for*: the message's contact (the customer, on any of her
networks); a message without a contact is answered only in its own thread. A
business message counts for the contact when it carries the contact (a reply to
one of her messages, a follow-up sent to her from the outbox, a call or visit
logged on her card), or when it stands in the message's thread without being
addressed to somebody else (a reply in her chat made elsewhere).

*The first response* (``messages.first_response_at``) is the earliest of: a
business message for the customer (see above: a reply in the thread, a private
message, an e-mail, a logged call back or visit, sent from here or made
elsewhere and fetched by a connector) written at or after the message, and the
answer time ingest recorded (``replied_at``). Only a response within
:data:`WINDOW` (7 days) of the message counts: after 7 days without one the
message is at level 0 for good, and ``first_response_at`` stays empty.

*The level* (``messages.level``):

- ``3`` first response within 1 hour (at any hour), ``2`` within 24 hours,
  ``1`` later (within the 7 days);
- a level-3 message is lifted by what *follows* its first response within 7
  days of it (after it, at most :data:`WINDOW` later) and lies outside the
  message's own thread (a second answer in the same conversation is the same
  response going on, not a move to another channel):

  - ``4`` a private message to the customer — an outbound message in a direct
    chat (a thread holding a message of kind ``direct``) or one that answers
    nothing and starts a conversation with her (a follow-up from the outbox on
    a messenger) — or a logged phone call (``phone``, either direction: she
    called or we did);
  - ``5`` an e-mail to the customer (outbound on ``email``: the switch of channel);
  - ``6`` a logged in-person conversation (``in_person``, either direction), or
    her stay: an arrival of her contact (``stays.arrival``) on a day from the
    first response's day to 7 days later, in the property's timezone, and not
    after today;

  the highest that applies counts;
- ``0`` no response within 7 days; ``NULL`` while she waits and the message is
  younger than 7 days.

"Within 7 days" is thus measured from the message for the first response, and
from the first response for what lifts it. A message's level is final
:data:`SETTLED_AFTER` (7 days and 1 hour) after it — a stay, dated by day, up to a
day later: nothing later can change it. So an event at time *t* can only change
messages written after *t* minus that (and a day), and every recomputation is
bounded to the affected contacts' and threads' messages of that span. A
customer's own new message changes no other message's level: only its own.

Rules for callers:

- Every place that writes a response or a lifting event calls
  :func:`recompute_after` (messages) or :func:`recompute_for_contacts` (stays;
  merges and splits of contacts, which change whose messages are whose) in its
  own transaction and adds the returned change set to its own: ingest (fetched
  and sent messages), logging a call or visit, the arrivals import, merging,
  undoing a merge and splitting contacts.
- Level 0 needs time to pass: :func:`catch_up` settles what aged past 7 days
  without response and fills rows that predate the columns (migration 0007).
  It is idempotent and cheap when there is nothing to do; the sync engine runs
  it after each round (:meth:`ResponseLevels.catch_up_step`, a slice at a time)
  and a command runs it before it prints levels
  (``cli.common.settle_levels``: ``inbox --json``, ``export-contact``).
- Everything is set-based: a fixed number of statements per call (IN lists in
  chunks), the levels decided in Python from the rows read, one executemany to
  store what changed.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import partial
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, bindparam, false, or_, select, true, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.business_settings import PROPERTY_TIMEZONE, read_setting
from socialinbox.core.changes import ChangeSet
from socialinbox.core.names import CONTEXT_KIND, EMAIL, IN_PERSON, PHONE
from socialinbox.core.reminders import property_zone
from socialinbox.storage.database import Database
from socialinbox.storage.dialect import (
    built_once,
    list_given,
    one_of,
    one_of_given,
    update_by_id,
)
from socialinbox.storage.schema import Message, Stay
from socialinbox.storage.types import EARLIEST, LATEST

# How long a first response may take to count, and how long a quick one may be lifted.
WINDOW: Final = timedelta(days=7)
WITHIN_AN_HOUR: Final = timedelta(hours=1)
WITHIN_A_DAY: Final = timedelta(hours=24)
# After this, nothing can change a message's level (a level-3 response comes within the
# hour and may be lifted for 7 days after it).
SETTLED_AFTER: Final = WINDOW + WITHIN_AN_HOUR
# Stays are dated by day: a day more, so that a day boundary never cuts one off.
_MARGIN: Final = timedelta(days=1)

LEVEL_NONE: Final = 0
LEVEL_LATER: Final = 1
LEVEL_HOURS: Final = 2
LEVEL_QUICK: Final = 3
LEVEL_PRIVATE_OR_CALL: Final = 4
LEVEL_EMAIL: Final = 5
LEVEL_IN_PERSON: Final = 6

# IN lists stay well below SQLite's bound-parameter limit; catch-up works in slices.
_CHUNK = 500
_CATCH_UP_SLICE = 2_000

_MESSAGES = Message.metadata.tables[Message.__tablename__]


def _shifted(moment: datetime, delta: timedelta) -> datetime:
    """``moment`` moved by ``delta``, kept within the times the database keeps (a time a
    sender made up — year 1, year 9999 — is compared and stored without overflowing)."""
    latest = LATEST - timedelta(microseconds=1)
    return min(max(min(max(moment, EARLIEST), latest) + delta, EARLIEST), latest)


def levelled() -> ColumnElement[bool]:
    """The messages the scale applies to (see the module's rules): reports count these."""
    return and_(
        Message.inbound == true(),
        Message.kind != CONTEXT_KIND,
        Message.logged_by.is_(None),
        Message.deleted_at.is_(None),
    )


# -- the rule itself, without a database ----------------------------------------------


def level_for(
    created_at: datetime,
    first_response_at: datetime | None,
    lifts: Iterable[int],
    now: datetime,
) -> int | None:
    """The level of a message written at ``created_at`` whose first response came at
    ``first_response_at`` (None: none within the window), given the levels the events
    after it would lift a quick response to (:data:`LEVEL_PRIVATE_OR_CALL`…)."""
    if first_response_at is None:
        return LEVEL_NONE if now - created_at >= WINDOW else None
    waited = first_response_at - created_at
    if waited > WITHIN_A_DAY:
        return LEVEL_LATER
    if waited > WITHIN_AN_HOUR:
        return LEVEL_HOURS
    return max([LEVEL_QUICK, *lifts])


@dataclass(frozen=True, slots=True)
class _Target:
    id: int
    contact_id: int | None
    thread_key: str
    created_at: datetime
    replied_at: datetime | None
    first_response_at: datetime | None
    level: int | None


@dataclass(frozen=True, slots=True)
class _Event:
    """A business message, or a logged conversation either way, that may respond to or
    lift a customer's message."""

    at: datetime
    contact_id: int | None
    thread_key: str
    # Whether it can be a first response (the business's own message).
    responds: bool
    # The level it lifts a quick response to (None: it lifts nothing, a public reply).
    lifts_to: int | None


def _lift_of(
    channel: str, kind: str, inbound: bool, answers: bool, in_direct_chat: bool
) -> int | None:
    """The level an event lifts a quick response to (see the module's rules); ``answers``:
    it replies to a message, ``in_direct_chat``: its thread is a private chat."""
    if channel == IN_PERSON:
        return LEVEL_IN_PERSON
    if channel == PHONE:
        return LEVEL_PRIVATE_OR_CALL
    if inbound:
        return None  # only a logged call or visit in is a conversation we had
    if channel == EMAIL:
        return LEVEL_EMAIL
    if kind == "direct" or in_direct_chat or not answers:
        return LEVEL_PRIVATE_OR_CALL
    return None


class _Timeline:
    """Events by contact and by thread, each in time order, for range look-ups."""

    def __init__(self, events: Iterable[_Event]) -> None:
        by_contact: dict[int, list[_Event]] = defaultdict(list)
        by_thread: dict[str, list[_Event]] = defaultdict(list)
        for event in sorted(events, key=lambda e: e.at):
            if event.contact_id is not None:
                by_contact[event.contact_id].append(event)
            by_thread[event.thread_key].append(event)
        self._by_contact = {k: _Timed.of(v) for k, v in by_contact.items()}
        self._by_thread = {k: _Timed.of(v) for k, v in by_thread.items()}

    def between(self, target: _Target, start: datetime, end: datetime) -> list[_Event]:
        """The events for ``target``'s customer from ``start`` to ``end`` (both included):
        hers, and those in the target's thread addressed to nobody in particular."""
        found: list[_Event] = []
        if target.contact_id is not None and target.contact_id in self._by_contact:
            found.extend(self._by_contact[target.contact_id].between(start, end))
        if target.thread_key in self._by_thread:
            found.extend(
                e
                for e in self._by_thread[target.thread_key].between(start, end)
                if e.contact_id is None
            )
        return found


@dataclass(frozen=True, slots=True)
class _Timed:
    """Events in time order, with their times for bisection."""

    times: list[datetime]
    events: list[_Event]

    @staticmethod
    def of(events: list[_Event]) -> _Timed:
        return _Timed([e.at for e in events], events)

    def between(self, start: datetime, end: datetime) -> list[_Event]:
        low = bisect.bisect_left(self.times, start)
        return self.events[low : bisect.bisect_right(self.times, end)]


def _decide(
    target: _Target,
    timeline: _Timeline,
    stays: dict[int, list[date]],
    zone: tzinfo,
    now: datetime,
) -> tuple[datetime | None, int | None]:
    window_end = _shifted(target.created_at, WINDOW)
    responses = [
        e.at for e in timeline.between(target, target.created_at, window_end) if e.responds
    ]
    if target.replied_at is not None and target.created_at <= target.replied_at <= window_end:
        responses.append(target.replied_at)
    first = min(responses, default=None)
    lifts: list[int] = []
    if first is not None and first - target.created_at <= WITHIN_AN_HOUR:
        lift_end = _shifted(first, WINDOW)
        lifts = [
            e.lifts_to
            for e in timeline.between(target, first, lift_end)
            if e.lifts_to is not None and e.at > first and e.thread_key != target.thread_key
        ]
        if target.contact_id is not None:
            first_day = _shifted(first, timedelta(0)).astimezone(zone).date()
            last_day = lift_end.astimezone(zone).date()
            last_day = min(last_day, now.astimezone(zone).date())
            if any(first_day <= day <= last_day for day in stays.get(target.contact_id, ())):
                lifts.append(LEVEL_IN_PERSON)
    return first, level_for(target.created_at, first, lifts, now)


# -- reading what a decision needs, storing what changed -------------------------------


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


_TARGET_COLUMNS = (
    Message.id,
    Message.contact_id,
    Message.thread_key,
    Message.created_at,
    Message.replied_at,
    Message.first_response_at,
    Message.level,
)


def _target_of(row: Any) -> _Target:
    """A row holding the :data:`_TARGET_COLUMNS` as a target."""
    return _Target(
        row.id,
        row.contact_id,
        row.thread_key,
        row.created_at,
        row.replied_at,
        row.first_response_at,
        row.level,
    )


def _targets_of(
    session: Session, contacts: Collection[int], threads: Collection[str], since: datetime
) -> dict[int, _Target]:
    found: dict[int, _Target] = {}
    for column, keys in ((Message.contact_id, list(contacts)), (Message.thread_key, list(threads))):
        for chunk in _chunks(keys):
            for row in session.execute(
                select(*_TARGET_COLUMNS).where(
                    levelled(), one_of(session, column, chunk), Message.created_at >= since
                )
            ):
                found[row.id] = _target_of(row)
    return found


def _events_for(
    session: Session,
    targets: Collection[_Target],
    direct_threads: Collection[str] = (),
    new_contacts: Collection[int] = (),
) -> list[_Event]:
    """Every business message and logged conversation that can respond to or lift one of
    ``targets`` (three statements per chunk of contacts or threads); ``direct_threads``:
    private chats the database does not hold yet (a batch's new messages);
    ``new_contacts``: contacts created in this transaction, of whom nothing is stored."""
    start = _shifted(min(t.created_at for t in targets), timedelta(0))
    end = _shifted(max(t.created_at for t in targets), SETTLED_AFTER)
    contacts = sorted(_stored_contacts(targets, new_contacts))
    threads = sorted({t.thread_key for t in targets})
    rows: dict[int, Any] = {}
    for column, keys in ((Message.contact_id, contacts), (Message.thread_key, threads)):
        query = built_once(session, ("events", column.key), partial(_events_query, column=column))
        for chunk in _chunks(keys):
            given = {"keys": list_given(session, chunk), "start": start, "end": end}
            for row in session.execute(query, given):
                rows[row.id] = row
    direct_chats: set[str] = set(direct_threads)
    event_threads = sorted({r.thread_key for r in rows.values()})
    for chunk in _chunks(event_threads):
        direct_chats.update(
            session.execute(
                select(Message.thread_key)
                .where(one_of(session, Message.thread_key, chunk), Message.kind == "direct")
                .distinct()
            ).scalars()
        )
    return [
        _Event(
            at=r.created_at,
            contact_id=r.contact_id,
            thread_key=r.thread_key,
            responds=not r.inbound,
            lifts_to=_lift_of(
                r.channel,
                r.kind,
                r.inbound,
                r.in_reply_to_remote_id is not None,
                r.thread_key in direct_chats,
            ),
        )
        for r in rows.values()
    ]


def _stored_contacts(targets: Collection[_Target], new_contacts: Collection[int]) -> set[int]:
    """The contacts of ``targets`` that something may be stored about (not new ones)."""
    return {t.contact_id for t in targets if t.contact_id is not None} - set(new_contacts)


def _events_query(dialect_name: str, column: Any) -> Any:
    """The business messages and logged conversations whose ``column`` is one of ``keys``
    written from ``start`` to ``end`` (the parameters)."""
    return select(
        Message.id,
        Message.created_at,
        Message.contact_id,
        Message.thread_key,
        Message.channel,
        Message.kind,
        Message.inbound,
        Message.in_reply_to_remote_id,
    ).where(
        one_of_given(dialect_name, column, "keys"),
        or_(Message.inbound == false(), Message.logged_by.is_not(None)),
        Message.deleted_at.is_(None),
        Message.created_at >= bindparam("start"),
        Message.created_at <= bindparam("end"),
    )


def _stays_of(
    session: Session, contacts: Sequence[int], start: datetime, end: datetime
) -> dict[int, list[date]]:
    found: dict[int, list[date]] = defaultdict(list)
    query = built_once(session, "stays_of", _stays_query)
    for chunk in _chunks(contacts):
        given = {
            "contacts": list_given(session, chunk),
            "first": _shifted(start, -_MARGIN).date(),
            "last": _shifted(end, _MARGIN).date(),
        }
        for contact_id, arrival in session.execute(query, given):
            found[contact_id].append(arrival)
    return found


def _stays_query(dialect_name: str) -> Any:
    return select(Stay.contact_id, Stay.arrival).where(
        one_of_given(dialect_name, Stay.contact_id, "contacts"),
        Stay.arrival >= bindparam("first"),
        Stay.arrival <= bindparam("last"),
    )


def _decisions(
    session: Session,
    targets: Collection[_Target],
    now: datetime,
    direct_threads: Collection[str] = (),
    new_contacts: Collection[int] = (),
) -> Iterator[tuple[_Target, datetime | None, int | None]]:
    """Each of ``targets`` (not empty) with its first response and level (arguments as
    for :func:`_events_for`)."""
    timeline = _Timeline(_events_for(session, targets, direct_threads, new_contacts))
    contacts = sorted(_stored_contacts(targets, new_contacts))
    start = _shifted(min(t.created_at for t in targets), timedelta(0))
    end = _shifted(max(t.created_at for t in targets), SETTLED_AFTER)
    stays = _stays_of(session, contacts, start, end)
    zone = property_zone(read_setting(session, PROPERTY_TIMEZONE)) if stays else now.tzinfo
    assert zone is not None
    for target in targets:
        yield (target, *_decide(target, timeline, stays, zone, now))


def _settle(session: Session, targets: Collection[_Target], now: datetime) -> ChangeSet:
    """Decide ``targets`` and store the first responses and levels that changed."""
    if not targets:
        return changes.EMPTY
    updates: list[dict[str, Any]] = []
    for target, first, level in _decisions(session, targets, now):
        if (first, level) != (target.first_response_at, target.level):
            updates.append({"id": target.id, "first_response_at": first, "level": level})
    update_by_id(session, _MESSAGES, updates)
    return ChangeSet.of(changes.MESSAGE, changes.UPDATED, [u["id"] for u in updates])


# -- the calls other modules make ------------------------------------------------------


def decide_new_customer_rows(
    session: Session,
    rows: Sequence[dict[str, Any]],
    now: datetime,
    new_contacts: Collection[int] = (),
) -> None:
    """Fill in ``first_response_at`` and ``level`` of new ``messages`` rows about to be
    inserted, so that no UPDATE follows the insert: the rows decided now are those
    :func:`recompute_after` would settle right after it. Only for rows that are all the
    customer's own writing (inbound, none logged by hand): such rows respond to and lift
    nothing, so the events are all in the database already; the caller must make sure
    nothing else in its transaction answers them (no business message among its items)
    and leave them out of its :func:`recompute_after` call. ``new_contacts``: those of
    the rows' contacts created in the caller's transaction (nothing to read about them)."""
    targets: dict[int, _Target] = {}
    for index, row in enumerate(rows):
        assert row["inbound"] and row.get("logged_by") is None
        row["first_response_at"], row["level"] = None, None
        if row["kind"] != CONTEXT_KIND and row["deleted_at"] is None:
            targets[index] = _Target(
                index,
                row["contact_id"],
                row["thread_key"],
                row["created_at"],
                row["replied_at"],
                None,
                None,
            )
    if not targets:
        return
    # A new direct message makes its thread a private chat for the events in it.
    direct = {row["thread_key"] for row in rows if row["kind"] == "direct"}
    for target, first, level in _decisions(session, targets.values(), now, direct, new_contacts):
        rows[target.id]["first_response_at"], rows[target.id]["level"] = first, level


def recompute_after(session: Session, message_ids: Collection[int], now: datetime) -> ChangeSet:
    """Messages ``message_ids`` were just stored or changed (fetched, sent, logged, deleted):
    settle their own levels and, for the business's messages and logged conversations
    among them (the only ones that respond or lift), the levels of the same contacts and
    threads written from :data:`SETTLED_AFTER` before the earliest of them on. A customer's
    new message changes no other message's level. Runs in the caller's transaction; the
    caller records the returned change set."""
    contacts: set[int] = set()
    threads: set[str] = set()
    earliest: datetime | None = None
    withdrawn: list[int] = []
    targets: dict[int, _Target] = {}
    for chunk in _chunks(sorted(message_ids)):
        # A message its author deleted has nothing left to answer: its level goes.
        withdrawn.extend(
            session.execute(
                update(Message)
                .where(
                    one_of(session, Message.id, chunk),
                    Message.deleted_at.is_not(None),
                    or_(Message.level.is_not(None), Message.first_response_at.is_not(None)),
                )
                .values(level=None, first_response_at=None)
                .returning(Message.id)
            ).scalars()
        )
        for row in session.execute(
            select(
                *_TARGET_COLUMNS, levelled().label("own"), Message.inbound, Message.logged_by
            ).where(one_of(session, Message.id, chunk))
        ):
            if row.own:
                targets[row.id] = _target_of(row)
            elif not row.inbound or row.logged_by is not None:
                if row.contact_id is not None:
                    contacts.add(row.contact_id)
                threads.add(row.thread_key)
                earliest = row.created_at if earliest is None else min(earliest, row.created_at)
    if earliest is not None:
        since = _shifted(earliest, -SETTLED_AFTER - _MARGIN)
        targets.update(_targets_of(session, contacts, threads, since))
    return ChangeSet.of(changes.MESSAGE, changes.UPDATED, withdrawn) | _settle(
        session, targets.values(), now
    )


def recompute_for_contacts(
    session: Session, contact_ids: Collection[int], since: datetime | None, now: datetime
) -> ChangeSet:
    """Something about these customers changed from ``since`` on (a stay imported, arriving
    on that day), or for all time (``None``: contacts merged or split, so whose messages
    are whose changed): recompute their messages that it can affect. Runs in the caller's
    transaction; the caller records the returned change set."""
    if not contact_ids:
        return changes.EMPTY
    start = EARLIEST if since is None else _shifted(since, -SETTLED_AFTER - _MARGIN)
    targets = _targets_of(session, contact_ids, (), start)
    return _settle(session, targets.values(), now)


def recompute_levels(session: Session, message_ids: Collection[int], now: datetime) -> ChangeSet:
    """Recompute exactly ``message_ids`` (those the scale applies to; others are left
    alone) — for a caller that knows which messages it wants settled."""
    targets: list[_Target] = []
    for chunk in _chunks(sorted(message_ids)):
        targets.extend(
            _target_of(row)
            for row in session.execute(
                select(*_TARGET_COLUMNS).where(levelled(), one_of(session, Message.id, chunk))
            )
        )
    return _settle(session, targets, now)


def _unsettled() -> ColumnElement[bool]:
    """Messages the scale applies to that have no level yet: waiting (younger than 7 days:
    they stay so), due for level 0, or written before the columns existed."""
    return and_(levelled(), Message.level.is_(None))


def catch_up(
    session: Session,
    now: datetime,
    limit: int = _CATCH_UP_SLICE,
    since: datetime | None = None,
) -> ChangeSet:
    """Settle up to ``limit`` messages whose level is behind (see :func:`_unsettled`) —
    written from ``since`` on, or ever (None) — the oldest first, plus the quick responses
    that a stay arriving today or yesterday lifts. Returns what changed; call again while
    it changes something and reached ``limit`` (:meth:`ResponseLevels.catch_up` does).
    Idempotent."""
    unsettled = _unsettled()
    if since is not None:
        unsettled = and_(unsettled, Message.created_at >= since)
    rows = session.execute(
        select(*_TARGET_COLUMNS)
        .where(unsettled)
        .order_by(Message.created_at, Message.id)
        .limit(limit)
    ).all()
    targets = {row.id: _target_of(row) for row in rows}
    change = _settle(session, targets.values(), now)
    zone = property_zone(read_setting(session, PROPERTY_TIMEZONE))
    today = now.astimezone(zone).date()
    arriving = session.execute(
        select(Stay.contact_id)
        .where(Stay.arrival >= today - timedelta(days=1), Stay.arrival <= today)
        .distinct()
    ).scalars()
    quick = [
        t
        for t in _targets_of(
            session, list(arriving), (), _shifted(now, -SETTLED_AFTER - _MARGIN)
        ).values()
        if t.level is not None and LEVEL_QUICK <= t.level < LEVEL_IN_PERSON
    ]
    return change | _settle(session, quick, now)


class ResponseLevels:
    """The levels as a service; its methods are writes (call them through the Writer).

    The first :meth:`catch_up` of a process looks at every message without a level (a
    pass over the list index); later ones only at those a week's time can have settled
    since the last one, and younger: every other message got its level when it was
    stored (the hooks), or in that first pass."""

    def __init__(
        self, db: Database, clock: Clock, origin: str = "local", slice_size: int = _CATCH_UP_SLICE
    ) -> None:
        self._db = db
        self._clock = clock
        self._origin = origin
        self._slice = slice_size
        # When the last complete catch-up of this process began (None: none yet), and
        # when the one under way did.
        self._last_complete: datetime | None = None
        self._pass_started: datetime | None = None

    def catch_up(self) -> ChangeSet:
        """Settle every message whose level is behind, a slice per transaction."""
        change = changes.EMPTY
        while True:
            step, finished = self.catch_up_step()
            change |= step
            if finished:
                return change

    def catch_up_step(self) -> tuple[ChangeSet, bool]:
        """One slice of :meth:`catch_up` in its own transaction, and whether it was the last:
        a caller sharing the writer with others (the sync engine) lets them in between."""
        now = self._clock.now()
        if self._pass_started is None:
            self._pass_started = now
        since = (
            None
            if self._last_complete is None
            else _shifted(self._last_complete, -WINDOW - _MARGIN)
        )
        with self._db.write() as session:
            step = catch_up(session, now, self._slice, since)
            changes.record(session, step, now, self._origin)
        finished = len(step.ids(changes.MESSAGE)) < self._slice
        if finished:
            self._last_complete, self._pass_started = self._pass_started, None
        return step, finished

    def recompute(self, message_ids: Collection[int]) -> ChangeSet:
        """Recompute these messages now (see :func:`recompute_levels`)."""
        now = self._clock.now()
        with self._db.write() as session:
            change = recompute_levels(session, message_ids, now)
            changes.record(session, change, now, self._origin)
            return change
