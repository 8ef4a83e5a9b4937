"""Reminders: when a known customer comes back, arrives, or a follow-up date comes.

Kinds: ``return`` (raised by ingest, see :func:`raise_return_reminders`),
``follow_up`` (a date set on a contact or a message), ``arrival`` (raised by
the arrivals import), ``close_loop`` and ``thank_you`` (suggested public replies,
raised by ``core.practice``; they carry the suggestion's text). A reminder is
unique per (kind, contact, trigger), so a repeated sync or import never raises it
twice.

States: ``open`` (shown; ``due`` may lie in the future), ``snoozed`` (shown
again at ``due``), ``dismissed`` and ``done`` (both closed).

New reminders reach the user through a :class:`~socialinbox.core.notify.Notifier`:
wrap the sync engine's change callback in a :class:`ReminderAnnouncer`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, exists, func, or_, select, true, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.business_settings import RETURN_QUIET_DAYS, read_setting
from socialinbox.core.changes import ChangeSet
from socialinbox.core.errors import NotFound
from socialinbox.core.names import IN_PERSON, PHONE
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.core.notify import Notification, Notifier
from socialinbox.storage import dialect
from socialinbox.storage.database import Database, rows_matched
from socialinbox.storage.dialect import received_by
from socialinbox.storage.schema import (
    Account,
    Contact,
    Message,
    Note,
    Property,
    Reminder,
)

RETURN = "return"
FOLLOW_UP = "follow_up"
ARRIVAL = "arrival"
CLOSE_LOOP = "close_loop"
THANK_YOU = "thank_you"
KINDS = (RETURN, FOLLOW_UP, ARRIVAL, CLOSE_LOOP, THANK_YOU)
# Gentle suggestions: shown on the Reminders page, never as a desktop notification.
QUIET_KINDS = (THANK_YOU,)

OPEN = "open"
SNOOZED = "snoozed"
DISMISSED = "dismissed"
DONE = "done"
SHOWN_STATES = (OPEN, SNOOZED)

# "Tomorrow morning" means this hour of the property's local day.
MORNING = time(8, 0)
SENSITIVE_PLACEHOLDER = "(sensitive note — reveal on the card)"


ChangeCallback = Callable[[ChangeSet], None]


class ReminderNotFound(NotFound):
    pass


@dataclass(frozen=True, slots=True)
class ReminderInfo:
    """One reminder as the Reminders view and ``reminders --json`` show it."""

    id: int
    kind: str
    contact_id: int
    contact_name: str
    trigger: str
    reason: str
    # The contact's notes, pinned first; sensitive ones as a placeholder.
    notes: tuple[str, ...]
    message_id: int | None
    due: datetime
    state: str
    created_at: datetime
    # The customer is a VIP (lists mark them; not part of ``reminders --json``).
    vip: bool = False
    # The suggested reply (close_loop, thank_you); None for the other kinds.
    suggestion: str | None = None
    # A return or arrival at one property of a customer noted at another: that other
    # property's name and the note written there (see :func:`reminder_infos`); None when
    # the notes were written here, at no property, or the kind is another.
    noted_at: str | None = None
    noted: str | None = None
    # The property the reminder is at (an arrival's, a return's account's); None: none.
    property_id: int | None = None

    @property
    def noted_elsewhere(self) -> str | None:
        """ "noted at Nashville: loves cornbread", in English (the window words its own)."""
        return noted_at_line(self.noted_at, self.noted) if self.noted_at else None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "contact_id": self.contact_id,
            "contact_name": self.contact_name,
            "kind": self.kind,
            "reason": self.reason,
            "notes": list(self.notes),
            "message_id": self.message_id,
            "due": self.due.isoformat(),
            "state": self.state,
            "created_at": self.created_at.isoformat(),
            "suggestion": self.suggestion,
            "noted_at": self.noted_at,
        }


def noted_at_line(place: str, note: str | None) -> str:
    """How a reminder says where a customer was noted before (in English)."""
    return f"noted at {place}: {note or ''}"


@dataclass(frozen=True, slots=True)
class NewInbound:
    """A message ingest has just inserted, as the return rule needs it."""

    id: int
    contact_id: int | None
    channel: str
    created_at: datetime
    deleted: bool


def quiet_days(session: Session) -> int:
    return read_setting(session, RETURN_QUIET_DAYS)


def raise_return_reminders(
    session: Session,
    account_id: int,
    messages: Sequence[NewInbound],
    now: datetime,
    networks: NetworkCatalogue,
) -> ChangeSet:
    """The return rule, applied in ingest's transaction to the inbound messages it just stored.

    A stored inbound message m raises a return reminder if and only if, when it
    is stored: (a) its contact has at least one note or is VIP; (b) m was
    created at or after the moment its account was connected; (c) m is newer
    than every inbound message already stored from the contact (any identity);
    (d) the contact's previous inbound message is at least N days older than m
    (``return_quiet_days``). A contact with no earlier inbound message passes
    (d): a customer known only from notes (a guest, a hand-made card) writing
    for the first time is a return too. Messages of one batch count as stored
    one after the other, oldest first. Nothing done later (a merge, a new note,
    a late old message) raises or withdraws a reminder.
    """
    candidates = [m for m in messages if m.contact_id is not None and not m.deleted]
    if not candidates:
        return changes.EMPTY
    contact_ids = {m.contact_id for m in candidates if m.contact_id is not None}
    noted = exists().where(Note.contact_id == Contact.id, Note.deleted_at.is_(None))
    known = {
        row.id: row.display_name
        for row in session.execute(
            select(Contact.id, Contact.display_name).where(
                dialect.one_of(session, Contact.id, contact_ids),
                or_(Contact.vip == true(), noted),  # (a)
            )
        )
    }
    if not known:
        return changes.EMPTY
    connected_at, property_id = session.execute(
        select(Account.connected_at, Account.property_id).where(Account.id == account_id)
    ).one()
    quiet = timedelta(days=quiet_days(session))
    batch_ids = [m.id for m in messages]
    rows: list[dict[str, object]] = []
    for contact_id, name in known.items():
        latest = session.execute(
            select(func.max(Message.created_at)).where(
                received_by(contact_id), Message.id.not_in(batch_ids)
            )
        ).scalar()
        mine = sorted(
            (m for m in messages if m.contact_id == contact_id), key=lambda m: (m.created_at, m.id)
        )
        for m in mine:
            newest = latest is None or m.created_at > latest  # (c)
            quiet_enough = latest is None or m.created_at - latest >= quiet  # (d)
            if (
                not m.deleted
                and m.created_at >= connected_at  # (b)
                and newest
                and quiet_enough
            ):
                row = _return_row(contact_id, name, networks.label(m.channel), m, latest, now)
                rows.append(row | {"property_id": property_id})
            if latest is None or m.created_at > latest:
                latest = m.created_at
    if not rows:
        return changes.EMPTY
    return _insert(session, rows)


# How a return is told on the networks where nobody writes (conversations logged by hand).
_CAME_BACK_BY = {PHONE: "called", IN_PERSON: "came in"}


def _return_row(
    contact_id: int, name: str, where: str, m: NewInbound, latest: datetime | None, now: datetime
) -> dict[str, object]:
    came_back = _CAME_BACK_BY.get(m.channel)
    if came_back is not None:
        reason = f"{name} {came_back} for the first time"
        if latest is not None:
            reason = f"{name} {came_back} again after {(m.created_at - latest).days} days"
    elif latest is None:
        reason = f"{name} wrote on {where} for the first time"
    else:
        days = (m.created_at - latest).days
        reason = f"{name} wrote again on {where} after {days} days"
    return {
        "kind": RETURN,
        "contact_id": contact_id,
        "trigger": f"message:{m.id}",
        "message_id": m.id,
        "reason": reason,
        "due_at": now,
        "state": OPEN,
        "snoozed_until": None,
        "created_at": now,
        "updated_at": now,
    }


def _insert(session: Session, rows: list[dict[str, object]]) -> ChangeSet:
    """Insert reminders, skipping any that exist already (same kind, contact, trigger)."""
    before = session.execute(select(func.max(Reminder.id))).scalar() or 0
    dialect.insert_ignore(session.connection(), Reminder.__table__, rows)
    ids = session.execute(select(Reminder.id).where(Reminder.id > before)).scalars().all()
    return ChangeSet.of(changes.REMINDER, changes.INSERTED, ids)


def insert_reminders(session: Session, rows: list[dict[str, object]]) -> ChangeSet:
    """Reminders of other rules (arrivals); existing ones (kind, contact, trigger) are kept."""
    return _insert(session, rows) if rows else changes.EMPTY


def at_desk(
    property_column: InstrumentedAttribute[int | None],
    desk: int | None,
) -> tuple[ColumnElement[bool], ...]:
    """The condition "shown at a desk at property ``desk``" on a row's ``property_column``:
    rows of that property and those at none; a desk at none (``desk`` None) sees every
    row (no condition). Reminders, the handover digest and its messages use this rule."""
    if desk is None:
        return ()
    return (or_(property_column.is_(None), property_column == desk),)


class Reminders:
    """Reading and acting on reminders. Writes run through the Writer."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        origin: str = "local",
        desk_property: Callable[[], int | None] | None = None,
    ) -> None:
        """``desk_property`` reads the property this desk is at (None: at none): a desk
        at one property of a chain is shown and told the reminders of its own property
        and those at none, not another property's arrivals and returns."""
        self._db = db
        self._clock = clock
        self._origin = origin
        self._desk_property = desk_property or (lambda: None)

    def now(self) -> datetime:
        return self._clock.now()

    # -- reading -------------------------------------------------------------

    def shown(self, contact_id: int | None = None) -> list[ReminderInfo]:
        """Every open or snoozed reminder, due ones first, including those due later."""
        with self._db.read() as session:
            stmt = select(Reminder.id).where(Reminder.state.in_(SHOWN_STATES))
            if contact_id is not None:
                stmt = stmt.where(Reminder.contact_id == contact_id)
            stmt = stmt.where(*self._here())
            ids = session.execute(stmt.order_by(Reminder.due_at, Reminder.id)).scalars().all()
            return reminder_infos(session, ids)

    def count_due(self) -> int:
        """For the Reminders badge: reminders due now (this desk's, see ``shown``)."""
        with self._db.read() as session:
            return (
                session.execute(
                    select(func.count(Reminder.id)).where(
                        Reminder.state.in_(SHOWN_STATES),
                        Reminder.due_at <= self._clock.now(),
                        *self._here(),
                    )
                ).scalar()
                or 0
            )

    def here(self, reminders: Iterable[ReminderInfo]) -> list[ReminderInfo]:
        """Those of ``reminders`` this desk is shown and told (see ``__init__``); the
        desk's property is read once for them all."""
        desk = self._desk_property()
        return [r for r in reminders if desk is None or r.property_id in (None, desk)]

    def _here(self) -> tuple[ColumnElement[bool], ...]:
        return at_desk(Reminder.property_id, self._desk_property())

    def get_many(self, ids: Iterable[int]) -> list[ReminderInfo]:
        with self._db.read() as session:
            return reminder_infos(session, sorted(set(ids)))

    def get(self, reminder_id: int) -> ReminderInfo:
        found = self.get_many([reminder_id])
        if not found:
            raise ReminderNotFound(
                f"no reminder {reminder_id}", code="reminder.not_found", id=reminder_id
            )
        return found[0]

    # -- acting --------------------------------------------------------------

    def dismiss(self, reminder_id: int) -> ChangeSet:
        return self._set(reminder_id, state=DISMISSED)

    def done(self, reminder_id: int) -> ChangeSet:
        return self._set(reminder_id, state=DONE)

    def reopen(self, reminder_id: int) -> ChangeSet:
        """Undo a dismissal or done."""
        return self._set(reminder_id, state=OPEN)

    def snooze(self, reminder_id: int, until: datetime) -> ChangeSet:
        """Hide until ``until`` (see :func:`snooze_times` for the usual choices)."""
        if until.tzinfo is None:
            raise ValueError("a snooze time needs a timezone")
        return self._set(reminder_id, state=SNOOZED, due_at=until, snoozed_until=until)

    def wake_snoozed(self) -> ChangeSet:
        """Snoozed reminders whose time has come are open again (announced once more)."""
        now = self._clock.now()
        with self._db.write() as session:
            ids = (
                session.execute(
                    select(Reminder.id).where(Reminder.state == SNOOZED, Reminder.due_at <= now)
                )
                .scalars()
                .all()
            )
            if not ids:
                return changes.EMPTY
            session.execute(
                update(Reminder).where(Reminder.id.in_(ids)).values(state=OPEN, updated_at=now)
            )
            change = ChangeSet.of(changes.REMINDER, changes.UPDATED, ids)
            changes.record(session, change, now, self._origin)
            return change

    def follow_up(
        self,
        contact_id: int,
        due: datetime,
        reason: str,
        *,
        message_id: int | None = None,
    ) -> ChangeSet:
        """A follow-up on a contact (or on one of its messages) at ``due``.

        One follow-up per contact, message and time: setting the same again changes nothing.
        """
        if due.tzinfo is None:
            raise ValueError("a follow-up time needs a timezone")
        now = self._clock.now()
        trigger = f"{'message:' + str(message_id) if message_id else 'contact'}@{due.isoformat()}"
        with self._db.write() as session:
            if session.get(Contact, contact_id) is None:
                raise ReminderNotFound(
                    f"no contact {contact_id}", code="contact.not_found", id=contact_id
                )
            change = _insert(
                session,
                [
                    {
                        "kind": FOLLOW_UP,
                        "contact_id": contact_id,
                        "trigger": trigger,
                        "message_id": message_id,
                        "reason": reason.strip() or "Follow up",
                        "due_at": due,
                        "state": OPEN,
                        "snoozed_until": None,
                        "created_at": now,
                        "updated_at": now,
                    }
                ],
            )
            if message_id is None:
                session.execute(
                    update(Contact)
                    .where(Contact.id == contact_id)
                    .values(follow_up_at=due, updated_at=now)
                )
                change |= ChangeSet.of(changes.CONTACT, changes.UPDATED, [contact_id])
            changes.record(session, change, now, self._origin)
            return change

    def _set(self, reminder_id: int, **values: object) -> ChangeSet:
        now = self._clock.now()
        with self._db.write() as session:
            matched = rows_matched(
                session,
                update(Reminder).where(Reminder.id == reminder_id).values(updated_at=now, **values),
            )
            if matched == 0:
                raise ReminderNotFound(
                    f"no reminder {reminder_id}", code="reminder.not_found", id=reminder_id
                )
            change = ChangeSet.of(changes.REMINDER, changes.UPDATED, [reminder_id])
            changes.record(session, change, now, self._origin)
            return change


def property_zone(name: str | None) -> tzinfo:
    """The property's timezone (business setting ``property_timezone``), else the machine's."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def snooze_times(now: datetime, zone: tzinfo) -> dict[str, datetime]:
    """The usual snooze choices: in one hour, and "tomorrow morning": the next 08:00 in the
    property's timezone (for a night clerk at 00:30, the coming morning)."""
    local = now.astimezone(zone)
    morning = datetime.combine(local.date(), MORNING, tzinfo=zone)
    if morning <= local:
        morning = datetime.combine(local.date() + timedelta(days=1), MORNING, tzinfo=zone)
    return {"1h": now + timedelta(hours=1), "tomorrow": morning}


def reminder_infos(session: Session, ids: Sequence[int]) -> list[ReminderInfo]:
    if not ids:
        return []
    rows = session.execute(
        select(Reminder, Contact.display_name, Contact.vip)
        .join(Contact, Contact.id == Reminder.contact_id)
        .where(Reminder.id.in_(ids))
    ).all()
    contact_ids = {r.contact_id for r, _, _ in rows}
    notes: dict[int, list[tuple[str, int | None]]] = {}
    for cid, text, sensitive, place in session.execute(
        select(Note.contact_id, Note.text, Note.sensitive, Note.property_id)
        .where(Note.contact_id.in_(contact_ids), Note.deleted_at.is_(None))
        .order_by(Note.pinned.desc(), Note.created_at, Note.id)
    ):
        notes.setdefault(cid, []).append((SENSITIVE_PLACEHOLDER if sensitive else text, place))
    places = _property_names(session, {p for kept in notes.values() for _, p in kept})
    by_id = {
        r.id: ReminderInfo(
            id=r.id,
            kind=r.kind,
            contact_id=r.contact_id,
            contact_name=name,
            trigger=r.trigger,
            reason=r.reason,
            notes=tuple(text for text, _ in notes.get(r.contact_id, ())),
            message_id=r.message_id,
            due=r.due_at,
            state=r.state,
            created_at=r.created_at,
            vip=bool(vip),
            suggestion=r.suggestion,
            property_id=r.property_id,
            **_noted_elsewhere(r, notes.get(r.contact_id, ()), places),
        )
        for r, name, vip in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _property_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(Property.id, Property.name).where(Property.id.in_(wanted)))
    return {place: name for place, name in rows}


def _noted_elsewhere(
    reminder: Reminder, notes: Sequence[tuple[str, int | None]], places: dict[int, str]
) -> dict[str, str | None]:
    """Where a returning customer was noted before: the first note (as listed) written
    at a property other than the one the return or arrival is at, and that property."""
    if reminder.kind not in (RETURN, ARRIVAL):
        return {}
    for text, place in notes:
        if place is not None and place != reminder.property_id and place in places:
            return {"noted_at": places[place], "noted": text}
    return {}


class ReminderAnnouncer:
    """A change callback that hands new (and woken) reminders to the notifier.

    Wrap the sync engine's callback in it; it also works on change sets read
    from the change feed, so reminders raised by another process are announced.
    """

    def __init__(
        self, reminders: Reminders, notifier: Notifier, then: ChangeCallback | None = None
    ) -> None:
        self._reminders = reminders
        self._notifier = notifier
        self._then = then
        self._announced: set[tuple[int, datetime]] = set()

    def __call__(self, change: ChangeSet) -> None:
        ids = change.ids(changes.REMINDER)
        if ids:
            for reminder in self._reminders.here(self._reminders.get_many(ids)):
                self._announce(reminder)
        if self._then is not None:
            self._then(change)

    def _announce(self, reminder: ReminderInfo) -> None:
        # Only open reminders that are due, not the gentle ones; each once per raise or
        # wake-up.
        key = (reminder.id, reminder.due)
        if reminder.kind in QUIET_KINDS:
            return
        if reminder.state != OPEN or reminder.due > self._reminders.now():
            return
        if key in self._announced:
            return
        self._announced.add(key)
        body = reminder.reason
        lines = list(reminder.notes[:3])
        if reminder.noted_elsewhere:
            # Where she was known before comes first: it is why the reminder matters here.
            lines = [reminder.noted_elsewhere, *(n for n in lines if n != reminder.noted)][:3]
        if lines:
            body += "\n" + "\n".join(f"• {n}" for n in lines)
        self._notifier.notify(
            Notification(
                title=f"Reminder: {reminder.contact_name}",
                body=body,
                urgency="reminder",
                message_id=reminder.message_id,
                contact_id=reminder.contact_id,
                code="reminder.due",
                params=(
                    ("name", reminder.contact_name),
                    ("kind", reminder.kind),
                    ("reason", reminder.reason),
                    ("noted_at", reminder.noted_at or ""),
                    ("noted", reminder.noted or ""),
                ),
            )
        )
