"""Escalating and assigning messages: handing a message to a named person of the team.

Rules for callers:

- :meth:`Escalations.escalate` hands a message to a person on the users list, with an
  optional reason: a row in ``escalations`` (to whom, by whom, why, when) and the
  message's ``escalated_to`` (the *Escalated* view). Escalating a message whose
  escalation is open hands it on: the open one is settled with the outcome
  "escalated again to NAME" and a new one starts. Escalating it to the person who
  holds it already is refused.
- :meth:`Escalations.resolve` settles the open escalation with an outcome (required):
  ``escalated_to`` is cleared, the row keeps who settled it, when and how. Nothing
  is ever deleted: :meth:`Escalations.history` is the message's whole story.
- :meth:`Escalations.assign` sets the message's ``assigned_to`` (the *Mine* view), or
  clears it with None.
- People are named as they type them (see ``core.users``); an unknown name is refused
  with the known ones listed. Whoever escalates, resolves or assigns is the desk's
  person (``core.users.DeskUser``) and joins the users list on first use.
- The named person's desk announces an escalation once: :class:`EscalationAnnouncer`
  listens to change sets (this process's and, through the change feed, other
  processes'), and :meth:`Escalations.mark_seen` records that it was shown.
- Writes go through the Writer and announce the message (updated) and the
  escalation (:data:`~socialinbox.core.changes.ESCALATION`, inserted or updated).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet, Created
from socialinbox.core.errors import InvalidState, Missing, NotFound, TooLong
from socialinbox.core.notify import Notification, Notifier
from socialinbox.core.timefmt import iso_or_none
from socialinbox.core.users import Person, ensure_in, name_key, name_of, resolve_in
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Escalation, Message

MAX_TEXT_LENGTH = 2_000
# The outcome written on an open escalation when the message is handed on.
HANDED_ON = "escalated again to {name}"


class MessageNotFound(NotFound):
    pass


@dataclass(frozen=True, slots=True)
class EscalationInfo:
    """One escalation of a message; open while ``resolved_at`` is None."""

    id: int
    message_id: int
    to_user: str
    by_user: str
    reason: str | None
    created_at: datetime
    seen_at: datetime | None
    outcome: str | None
    resolved_by: str | None
    resolved_at: datetime | None

    @property
    def open(self) -> bool:
        return self.resolved_at is None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "message_id": self.message_id,
            "to_user": self.to_user,
            "by_user": self.by_user,
            "reason": self.reason,
            "created_at": self.created_at.isoformat(),
            "seen_at": iso_or_none(self.seen_at),
            "outcome": self.outcome,
            "resolved_by": self.resolved_by,
            "resolved_at": iso_or_none(self.resolved_at),
        }


def _info(e: Escalation) -> EscalationInfo:
    return EscalationInfo(
        e.id,
        e.message_id,
        e.to_user,
        e.by_user,
        e.reason,
        e.created_at,
        e.seen_at,
        e.outcome,
        e.resolved_by,
        e.resolved_at,
    )


def _text(value: str | None, what: str, *, required: bool) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise Missing(f"{what} needs some text", code="escalation.text_empty", what=what)
        return None
    if len(cleaned) > MAX_TEXT_LENGTH:
        raise TooLong(
            f"{what} is at most {MAX_TEXT_LENGTH} characters",
            code="escalation.text_too_long",
            what=what,
            limit=MAX_TEXT_LENGTH,
        )
    return cleaned


class Escalations:
    """Escalations and assignments (see the module's rules). Writes through the Writer."""

    def __init__(self, db: Database, clock: Clock, desk: Person, origin: str = "local") -> None:
        self._db = db
        self._clock = clock
        self._desk = desk
        self._origin = origin

    # -- reads ----------------------------------------------------------------------

    def history(self, message_id: int) -> list[EscalationInfo]:
        """The message's escalations, oldest first (index on message_id)."""
        stmt = (
            select(Escalation)
            .where(Escalation.message_id == message_id)
            .order_by(Escalation.created_at, Escalation.id)
        )
        with self._db.read() as session:
            return [_info(e) for e in session.execute(stmt).scalars()]

    def get_many(self, ids: Collection[int]) -> list[EscalationInfo]:
        if not ids:
            return []
        stmt = select(Escalation).where(Escalation.id.in_(sorted(ids))).order_by(Escalation.id)
        with self._db.read() as session:
            return [_info(e) for e in session.execute(stmt).scalars()]

    def unseen_for(self, name: str) -> list[EscalationInfo]:
        """Open escalations to ``name`` (case and spacing left out) not shown yet."""
        key = name_key(name)
        stmt = (
            select(Escalation)
            .where(Escalation.seen_at.is_(None), Escalation.resolved_at.is_(None))
            .order_by(Escalation.id)
        )
        with self._db.read() as session:
            found = [_info(e) for e in session.execute(stmt).scalars()]
        return [e for e in found if name_key(e.to_user) == key]

    # -- writes ---------------------------------------------------------------------

    def escalate(self, message_id: int, to: str, reason: str | None = None) -> Created:
        """Hand the message to ``to`` (see the module's rules); the new escalation's id."""
        why = _text(reason, "a reason", required=False)
        now = self._clock.now()
        with self._db.write() as session:
            current = _escalated_to(session, message_id)
            by, change = ensure_in(session, name_of(self._desk), now)
            target = resolve_in(session, to)
            if current is not None and name_key(current) == name_key(target.name):
                raise InvalidState(
                    f"message {message_id} is already escalated to {target.name}",
                    code="escalation.already",
                    message_id=message_id,
                    name=target.name,
                )
            handed_on = self._settle(
                session, message_id, HANDED_ON.format(name=target.name), by.name, now
            )
            new_id = session.execute(
                insert(Escalation)
                .values(
                    message_id=message_id,
                    to_user=target.name,
                    by_user=by.name,
                    reason=why,
                    created_at=now,
                )
                .returning(Escalation.id)
            ).scalar_one()
            session.execute(
                update(Message).where(Message.id == message_id).values(escalated_to=target.name)
            )
            change = (
                change
                | ChangeSet.of(changes.MESSAGE, changes.UPDATED, [message_id])
                | ChangeSet.of(changes.ESCALATION, changes.INSERTED, [new_id])
                | ChangeSet.of(changes.ESCALATION, changes.UPDATED, handed_on)
            )
            changes.record(session, change, now, self._origin)
            return Created(new_id, change)

    def resolve(self, message_id: int, outcome: str) -> ChangeSet:
        """Settle the message's open escalation with ``outcome``; InvalidState if none."""
        how = _text(outcome, "an outcome", required=True)
        assert how is not None
        now = self._clock.now()
        with self._db.write() as session:
            if _escalated_to(session, message_id) is None:
                raise InvalidState(
                    f"message {message_id} has no open escalation",
                    code="escalation.none_open",
                    message_id=message_id,
                )
            by, change = ensure_in(session, name_of(self._desk), now)
            settled = self._settle(session, message_id, how, by.name, now)
            session.execute(
                update(Message).where(Message.id == message_id).values(escalated_to=None)
            )
            change = (
                change
                | ChangeSet.of(changes.MESSAGE, changes.UPDATED, [message_id])
                | ChangeSet.of(changes.ESCALATION, changes.UPDATED, settled)
            )
            changes.record(session, change, now, self._origin)
            return change

    def assign(self, message_id: int, to: str | None) -> ChangeSet:
        """Assign the message to ``to`` (None: to nobody); empty if nothing changed."""
        now = self._clock.now()
        with self._db.write() as session:
            current = session.execute(
                select(Message.assigned_to).where(Message.id == message_id)
            ).one_or_none()
            if current is None:
                raise _no_message(message_id)
            _by, change = ensure_in(session, name_of(self._desk), now)
            name = resolve_in(session, to).name if to is not None else None
            if current.assigned_to != name:
                session.execute(
                    update(Message).where(Message.id == message_id).values(assigned_to=name)
                )
                change = change | ChangeSet.of(changes.MESSAGE, changes.UPDATED, [message_id])
            changes.record(session, change, now, self._origin)
            return change

    def mark_seen(self, ids: Collection[int]) -> ChangeSet:
        """Record that the named person's desk showed these escalations."""
        if not ids:
            return changes.EMPTY
        now = self._clock.now()
        with self._db.write() as session:
            touched = list(
                session.execute(
                    select(Escalation.id).where(
                        Escalation.id.in_(sorted(ids)), Escalation.seen_at.is_(None)
                    )
                ).scalars()
            )
            if not touched:
                return changes.EMPTY
            session.execute(
                update(Escalation).where(Escalation.id.in_(touched)).values(seen_at=now)
            )
            change = ChangeSet.of(changes.ESCALATION, changes.UPDATED, touched)
            changes.record(session, change, now, self._origin)
            return change

    @staticmethod
    def _settle(
        session: Session, message_id: int, outcome: str, by: str, now: datetime
    ) -> list[int]:
        """Settle the message's open escalations; their ids."""
        open_ids = list(
            session.execute(
                select(Escalation.id).where(
                    Escalation.message_id == message_id, Escalation.resolved_at.is_(None)
                )
            ).scalars()
        )
        if open_ids:
            session.execute(
                update(Escalation)
                .where(Escalation.id.in_(open_ids))
                .values(outcome=outcome, resolved_by=by, resolved_at=now)
            )
        return open_ids


def _no_message(message_id: int) -> MessageNotFound:
    return MessageNotFound(
        f"no message with id {message_id}", code="message.not_found", id=message_id
    )


def _escalated_to(session: Session, message_id: int) -> str | None:
    """Whom the message's open escalation names (None: none); MessageNotFound if no message."""
    found = session.execute(
        select(Message.escalated_to).where(Message.id == message_id)
    ).one_or_none()
    if found is None:
        raise _no_message(message_id)
    return found.escalated_to


class EscalationAnnouncer:
    """A change callback that tells the desk's person about escalations to them, once.

    It reads the escalations a change set names as inserted (this process's writes,
    the sync engine's, other processes' through the change feed) and, at start,
    :meth:`announce_waiting` the ones written while nobody was at the desk. Each is
    announced once: ``mark_seen`` (the front end's write of
    :meth:`Escalations.mark_seen`) records it, and this desk remembers it meanwhile.
    """

    def __init__(
        self,
        escalations: Escalations,
        notifier: Notifier,
        desk: Person,
        mark_seen: Callable[[list[int]], object],
        describe: Callable[[int], str] | None = None,
    ) -> None:
        """``describe``: a message's one line for the notification (who wrote, what)."""
        self._escalations = escalations
        self._notifier = notifier
        self._desk = desk
        self._mark_seen = mark_seen
        self._describe = describe
        self._announced: set[int] = set()

    def __call__(self, change: ChangeSet) -> None:
        ids = change.ids(changes.ESCALATION, changes.INSERTED)
        if ids:
            self._announce(self._escalations.get_many(ids))

    def announce_waiting(self) -> None:
        """Announce the open escalations to this desk's person that no desk showed yet."""
        self._announce(self._escalations.unseen_for(name_of(self._desk)))

    def _announce(self, found: list[EscalationInfo]) -> None:
        me = name_key(name_of(self._desk))
        fresh = [
            e
            for e in found
            if e.open
            and e.seen_at is None
            and e.id not in self._announced
            and name_key(e.to_user) == me
        ]
        for escalation in fresh:
            self._announced.add(escalation.id)
            if name_key(escalation.by_user) == me:
                continue  # you handed it to yourself: nothing to tell you
            described = self._describe(escalation.message_id) if self._describe else ""
            lines = [described]
            if escalation.reason:
                lines.append(f"Reason: {escalation.reason}")
            self._notifier.notify(
                Notification(
                    title=f"{escalation.by_user} escalated a message to you",
                    body="\n".join(line for line in lines if line),
                    urgency="warning",
                    message_id=escalation.message_id,
                    code="escalation.new",
                    params=(
                        ("by", escalation.by_user),
                        ("message", described),
                        ("reason", escalation.reason or ""),
                    ),
                )
            )
        if fresh:
            self._mark_seen([e.id for e in fresh])
