"""The shift handover: what the next shift must know, in six sections.

``Handover.digest(since)`` reads, with one bounded set-based query per section:

- ``new_messages``: customers' messages written since ``since`` (newest first);
- ``waiting_past_target``: messages still needing a reply that have waited longer
  than their network's reply target (``core.waiting``: *Settings → Business rules*,
  counted in business hours where the rules say so), oldest first;
- ``escalations``: open escalations and the person each names (newest first);
- ``reminders_due``: open or snoozed reminders due by now (soonest first);
- ``arrivals``: returning guests arriving today or tomorrow (property's local days);
- ``alerts``: crisis alerts nobody has acknowledged yet.

A desk at a property (``core.properties.DeskProperty``) gets its property's handover:
messages (new, waiting, escalated) stored at that property or at none (``Message.
property_id``, the account's property when it came), the reminders the Reminders list
shows there (``core.reminders.at_desk``), and that property's arrivals on its own
"today" (``core.properties.zone_of``). Alerts are the business's. A desk at no property,
or a business without properties, gets every property's (``Digest.property`` None).

Each section gives its full ``count`` and at most :data:`SECTION_LIMIT` items, each
naming what opens it (a message, a reminder, a stay's contact, an alert).

The default ``since`` is the start of the current shift, taken as :data:`SHIFT`
(8 hours) before now: a handover is read at the end of a shift, and the same
command gives the same answer on every desk (nothing is stored by reading it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core.alerts import AlertInfo, Alerts
from socialinbox.core.arrivals import ArrivalInfo, arrivals_on
from socialinbox.core.business_settings import PROPERTY_TIMEZONE, BusinessSettings
from socialinbox.core.names import CONTEXT_KIND, EMAIL
from socialinbox.core.properties import DeskProperty, PropertyInfo, zone_of
from socialinbox.core.reminders import SHOWN_STATES, ReminderInfo, at_desk, reminder_infos
from socialinbox.core.waiting import ReplyTargets
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Contact, Escalation, Message, Reminder

SHIFT: Final = timedelta(hours=8)
SECTION_LIMIT: Final = 50
PREVIEW_CHARS: Final = 160


@dataclass(frozen=True, slots=True)
class MessageLine:
    """A message of ``new_messages`` or ``waiting_past_target``."""

    id: int
    channel: str
    kind: str
    author: str
    preview: str
    created_at: datetime
    needs_reply: bool
    # How long it has waited by the digest's time, and its target (seconds).
    waiting_s: int
    target_s: int

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "channel": self.channel,
            "kind": self.kind,
            "author": self.author,
            "preview": self.preview,
            "created_at": self.created_at.isoformat(),
            "needs_reply": self.needs_reply,
            "waiting_s": self.waiting_s,
            "target_s": self.target_s,
        }


@dataclass(frozen=True, slots=True)
class EscalationLine:
    id: int
    message_id: int
    to_user: str
    by_user: str
    reason: str | None
    created_at: datetime
    seen: bool
    author: str
    preview: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "message_id": self.message_id,
            "to_user": self.to_user,
            "by_user": self.by_user,
            "reason": self.reason,
            "created_at": self.created_at.isoformat(),
            "seen": self.seen,
            "author": self.author,
            "preview": self.preview,
        }


@dataclass(frozen=True, slots=True)
class ArrivalLine:
    arrival: date
    guest: ArrivalInfo

    def as_json(self) -> dict[str, object]:
        g = self.guest
        return {
            "stay_id": g.stay_id,
            "contact_id": g.contact_id,
            "contact_name": g.contact_name,
            "guest_name": g.guest_name,
            "arrival": self.arrival.isoformat(),
            "room": g.room,
            "vip": g.vip,
            "notes": list(g.notes),
        }


@dataclass(frozen=True, slots=True)
class AlertLine:
    id: int
    channel: str
    kind: str
    started_at: datetime
    count: int
    usual: float
    negative: int

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "channel": self.channel,
            "kind": self.kind,
            "started_at": self.started_at.isoformat(),
            "count": self.count,
            "usual": self.usual,
            "negative": self.negative,
        }


def _reminder_json(r: ReminderInfo) -> dict[str, object]:
    return {
        "id": r.id,
        "kind": r.kind,
        "contact_id": r.contact_id,
        "contact_name": r.contact_name,
        "reason": r.reason,
        "message_id": r.message_id,
        "due": r.due.isoformat(),
        "suggestion": r.suggestion,
    }


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the digest: the full count and the first items."""

    count: int
    items: tuple[Any, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "count": self.count,
            "items": [
                _reminder_json(i) if isinstance(i, ReminderInfo) else i.as_json()
                for i in self.items
            ],
        }


SECTION_NAMES: Final = (
    "new_messages",
    "waiting_past_target",
    "escalations",
    "reminders_due",
    "arrivals",
    "alerts",
)


@dataclass(frozen=True, slots=True)
class Digest:
    since: datetime
    until: datetime
    new_messages: Section
    waiting_past_target: Section
    escalations: Section
    reminders_due: Section
    arrivals: Section
    alerts: Section
    # The property whose handover this is (its name), or None: every property's.
    property: str | None = None

    def sections(self) -> list[tuple[str, Section]]:
        return [(name, getattr(self, name)) for name in SECTION_NAMES]

    def as_json(self) -> dict[str, object]:
        """The ``digest --json`` object (fields documented in the README)."""
        found: dict[str, object] = {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "property": self.property,
        }
        for name, section in self.sections():
            found[name] = section.as_json()
        return found


class Handover:
    """Reads the handover digest. Reads only; any thread."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        business: BusinessSettings,
        alerts: Alerts,
        place: DeskProperty | None = None,
    ) -> None:
        """``place``: the property this desk is at (see the module's rules); None: none."""
        self._db = db
        self._clock = clock
        self._business = business
        self._alerts = alerts
        self._place = place

    def _desk_place(self) -> PropertyInfo | None:
        """The desk's property (``DeskProperty.known_info``), None for none."""
        return self._place.known_info() if self._place is not None else None

    def zone(self) -> tzinfo:
        """The timezone of "today" at this desk's property (``core.properties.zone_of``):
        its arrivals' days, and how a front end shows the digest's times."""
        return self._zone_at(self._desk_place())

    def _zone_at(self, place: PropertyInfo | None) -> tzinfo:
        return zone_of(place, self._business.get(PROPERTY_TIMEZONE))

    def default_since(self) -> datetime:
        """The start of the current shift: :data:`SHIFT` before now."""
        return self._clock.now() - SHIFT

    def digest(self, since: datetime | None = None) -> Digest:
        now = self._clock.now()
        start = since if since is not None else now - SHIFT
        place = self._desk_place()
        place_id = place.id if place is not None else None
        zone = self._zone_at(place)
        targets = ReplyTargets.read(self._business)
        today = now.astimezone(zone).date()
        here = at_desk(Message.property_id, place_id)
        with self._db.read() as session:
            new = _new_messages(session, start, now, targets, here)
            waiting = _waiting(session, now, targets, here)
            escalations = _escalations(session, here)
            reminders = _reminders_due(session, now, at_desk(Reminder.property_id, place_id))
        alerts = _alerts(self._alerts)
        arrivals = [
            ArrivalLine(day, guest)
            for day in (today, today + timedelta(days=1))
            for guest in arrivals_on(self._db, day, place_id)
            if guest.returning
        ]
        return Digest(
            since=start,
            until=now,
            new_messages=new,
            waiting_past_target=waiting,
            escalations=escalations,
            reminders_due=reminders,
            arrivals=Section(len(arrivals), tuple(arrivals[:SECTION_LIMIT])),
            alerts=alerts,
            property=place.name if place is not None else None,
        )


# -- the sections' queries ---------------------------------------------------------


def _message_columns() -> tuple[Any, ...]:
    return (
        Message.id,
        Message.channel,
        Message.kind,
        func.coalesce(Contact.display_name, Message.author_name, Message.author_handle).label(
            "author"
        ),
        func.substr(Message.text, 1, PREVIEW_CHARS).label("preview"),
        Message.created_at,
        Message.needs_reply,
    )


def _preview(text: str | None) -> str:
    return " ".join((text or "").split())


def _line(row: Any, now: datetime, targets: ReplyTargets) -> MessageLine:
    waiting = targets.waiting(row.channel, row.kind, row.created_at, now)
    return MessageLine(
        id=row.id,
        channel=row.channel,
        kind=row.kind,
        author=row.author or "Unknown",
        preview=_preview(row.preview),
        created_at=row.created_at,
        needs_reply=bool(row.needs_reply),
        waiting_s=waiting.seconds,
        target_s=waiting.target_seconds,
    )


def _counted(session: Session, where: list[ColumnElement[bool]]) -> int:
    return session.execute(select(func.count(Message.id)).where(*where)).scalar() or 0


# The sections' readers take ``here``: the conditions of the desk's property (none for
# a desk at none), added to their own.


def _new_messages(
    session: Session,
    since: datetime,
    now: datetime,
    targets: ReplyTargets,
    here: tuple[ColumnElement[bool], ...],
) -> Section:
    where = [
        *here,
        Message.inbound == true(),
        Message.created_at >= since,
        Message.created_at <= now,
        Message.deleted_at.is_(None),
        Message.kind != CONTEXT_KIND,
    ]
    rows = session.execute(
        select(*_message_columns())
        .outerjoin(Contact, Contact.id == Message.contact_id)
        .where(*where)
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(SECTION_LIMIT)
    ).all()
    return Section(_counted(session, where), tuple(_line(r, now, targets) for r in rows))


def _waiting(
    session: Session, now: datetime, targets: ReplyTargets, here: tuple[ColumnElement[bool], ...]
) -> Section:
    """Past their target (``core.waiting``): the clock's time picks the candidates (a wait
    counted in business hours is never longer), the targets' own count decides."""
    is_review = Message.kind == "review"
    is_email = Message.channel == EMAIL
    where = [
        *here,
        Message.needs_reply == true(),
        Message.deleted_at.is_(None),
        or_(
            and_(is_review, Message.created_at <= now - targets.reviews),
            and_(~is_review, is_email, Message.created_at <= now - targets.email),
            and_(~is_review, ~is_email, Message.created_at <= now - targets.social),
        ),
    ]
    query = (
        select(*_message_columns())
        .outerjoin(Contact, Contact.id == Message.contact_id)
        .where(*where)
        .order_by(Message.created_at, Message.id)
    )
    if targets.hours is None:
        rows = session.execute(query.limit(SECTION_LIMIT)).all()
        return Section(_counted(session, where), tuple(_line(r, now, targets) for r in rows))
    # Business hours only: every candidate's wait is counted (the Needs reply list's
    # older part, read once through its index).
    over = [
        line
        for line in (_line(r, now, targets) for r in session.execute(query))
        if line.waiting_s > line.target_s
    ]
    return Section(len(over), tuple(over[:SECTION_LIMIT]))


def _escalations(session: Session, here: tuple[ColumnElement[bool], ...]) -> Section:
    """Those of the messages ``here`` (the count joins them too, only when it must)."""
    where = [Escalation.resolved_at.is_(None), *here]
    rows = session.execute(
        select(
            Escalation,
            func.coalesce(Contact.display_name, Message.author_name, Message.author_handle),
            func.substr(Message.text, 1, PREVIEW_CHARS),
        )
        .join(Message, Message.id == Escalation.message_id)
        .outerjoin(Contact, Contact.id == Message.contact_id)
        .where(*where)
        .order_by(Escalation.created_at.desc(), Escalation.id.desc())
        .limit(SECTION_LIMIT)
    ).all()
    counted = select(func.count(Escalation.id))
    if here:
        counted = counted.join(Message, Message.id == Escalation.message_id)
    count = session.execute(counted.where(*where)).scalar() or 0
    return Section(
        count,
        tuple(
            EscalationLine(
                id=e.id,
                message_id=e.message_id,
                to_user=e.to_user,
                by_user=e.by_user,
                reason=e.reason,
                created_at=e.created_at,
                seen=e.seen_at is not None,
                author=author or "Unknown",
                preview=_preview(preview),
            )
            for e, author, preview in rows
        ),
    )


def _reminders_due(
    session: Session, now: datetime, here: tuple[ColumnElement[bool], ...]
) -> Section:
    """As the Reminders list at this desk shows them (``Reminders.count_due``'s rule)."""
    where = [Reminder.state.in_(SHOWN_STATES), Reminder.due_at <= now, *here]
    ids = (
        session.execute(
            select(Reminder.id)
            .where(*where)
            .order_by(Reminder.due_at, Reminder.id)
            .limit(SECTION_LIMIT)
        )
        .scalars()
        .all()
    )
    count = session.execute(select(func.count(Reminder.id)).where(*where)).scalar() or 0
    return Section(count, tuple(reminder_infos(session, ids)))


def _alerts(alerts: Alerts) -> Section:
    """The alerts nobody has acknowledged (``core.alerts``: a handful)."""
    active: list[AlertInfo] = alerts.active()
    return Section(
        len(active),
        tuple(
            AlertLine(a.id, a.channel, a.kind, a.started_at, a.count, a.usual, a.negative)
            for a in active[:SECTION_LIMIT]
        ),
    )
