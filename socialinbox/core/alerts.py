"""Crisis alerts: a sudden spike of messages, or of negative ones, on one network.

The rule (issue #15, part 6), checked on one network (``messages.channel``) at a
moment ``now``:

- **The hour**: the customers' messages on that network (inbound, not a group
  chat's context) created in the 60 minutes up to ``now``, ``(now − 60 min, now]``.
- **The usual rate**: the median of the counts of the same 60-minute window one,
  two, three and four weeks earlier, by the wall clock of the property's timezone
  (business setting ``property_timezone``): Monday 14:00–15:00 stays Monday
  14:00–15:00 local across a change to or from summer time. A week with no stored
  message counts 0, so the median of four weeks is the mean of the middle two.
- **A spike**: the hour holds at least :data:`SPIKE_MIN_MESSAGES` messages and at
  least :data:`SPIKE_FACTOR` times the usual rate.
- **A negative hour**: at least :data:`NEGATIVE_MIN_MESSAGES` of the hour's messages
  are negative (``messages.sentiment`` below ``core.tone.NEGATIVE_BELOW``, the
  threshold of the tone marker and of *Most urgent first*) and they make up
  at least half of the hour's messages. A few negative messages an hour, however
  many days they go on, never raise one.

An alert is one episode on one network. When the rule holds and the network's last
alert counted a message inside the current hour (``last_seen_at`` ≥ ``now − 60
min``), the episode goes on: that alert is updated, never raised again (an
acknowledged one stays acknowledged). Otherwise a new alert is raised. Its
``started_at`` is the first message of the hours it spans (the hour that raised it,
or an older message of a later hour that a late batch brought), ``last_seen_at`` the
newest message counted; ``count`` and ``negative`` count the messages
between the two (the spike's messages, as the inbox shows them), ``usual`` is the
usual rate of the hour that raised it. ``kind`` is ``spike`` once the volume rule
held, ``negative`` while only the negative rule did.

The check runs in the transaction that stores a sync batch (:func:`check_alerts`,
called by ``core.ingest``) for the networks the batch brought recent customer
messages on: five index-range counts per network in one statement
(``ix_messages_channel`` covers channel, inbound, created_at). No clock: ``now`` is
the caller's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from statistics import median
from typing import Any, Final

from sqlalchemy import case, func, insert, literal, select, true, union_all, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.business_settings import PROPERTY_TIMEZONE, read_setting
from socialinbox.core.changes import ChangeSet
from socialinbox.core.errors import InvalidState, NotFound
from socialinbox.core.names import CONTEXT_KIND
from socialinbox.core.reminders import property_zone
from socialinbox.core.tone import NEGATIVE_BELOW
from socialinbox.core.users import Person, name_of
from socialinbox.storage.database import Database, rows_matched
from socialinbox.storage.schema import Alert, Message
from socialinbox.storage.types import UTCDateTime

SPIKE: Final = "spike"
NEGATIVE: Final = "negative"

WINDOW: Final = timedelta(minutes=60)
WEEKS_OF_HISTORY: Final = 4
SPIKE_MIN_MESSAGES: Final = 10
SPIKE_FACTOR: Final = 5
NEGATIVE_MIN_MESSAGES: Final = 5


class AlertNotFound(NotFound):
    pass


class AlreadyAcknowledged(InvalidState):
    pass


@dataclass(frozen=True, slots=True)
class AlertInfo:
    """One alert as the banner and ``alerts --json`` show it."""

    id: int
    channel: str
    kind: str
    started_at: datetime
    last_seen_at: datetime
    count: int
    usual: float
    negative: int
    acknowledged_by: str | None
    acknowledged_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        """The public fields of ``alerts --json``, exactly these."""
        return {
            "id": self.id,
            "channel": self.channel,
            "kind": self.kind,
            "started_at": self.started_at.isoformat(),
            "count": self.count,
            "usual": self.usual,
            "negative": self.negative,
            "acknowledged_by": self.acknowledged_by,
        }


@dataclass(frozen=True, slots=True)
class HourCounts:
    """One network's hour up to ``now`` and its usual rate."""

    channel: str
    count: int
    negative: int
    usual: float
    first_at: datetime | None
    last_at: datetime | None

    @property
    def is_spike(self) -> bool:
        return self.count >= SPIKE_MIN_MESSAGES and self.count >= SPIKE_FACTOR * self.usual

    @property
    def is_negative(self) -> bool:
        return self.negative >= NEGATIVE_MIN_MESSAGES and 2 * self.negative >= self.count

    @property
    def is_crisis(self) -> bool:
        return self.is_spike or self.is_negative


def usual_windows(now: datetime, zone: tzinfo) -> list[tuple[datetime, datetime]]:
    """The windows the usual rate is the median of: the hour up to the same local
    time-of-week 1 … :data:`WEEKS_OF_HISTORY` weeks before ``now`` (UTC bounds,
    start exclusive, end inclusive)."""
    local = now.astimezone(zone)
    windows = []
    for weeks in range(1, WEEKS_OF_HISTORY + 1):
        # Arithmetic on an aware local time keeps the wall clock (zoneinfo semantics).
        end = (local - timedelta(weeks=weeks)).astimezone(UTC)
        windows.append((end - WINDOW, end))
    return windows


def _customer_messages(channels: Sequence[str]) -> list[Any]:
    return [
        Message.channel.in_(channels),
        Message.inbound == true(),
        Message.kind != CONTEXT_KIND,
    ]


def _is_negative() -> Any:
    return case((Message.sentiment < NEGATIVE_BELOW, 1), else_=0)


def hour_counts(
    session: Session, channels: Iterable[str], now: datetime, zone: tzinfo
) -> dict[str, HourCounts]:
    """Each network's hour up to ``now`` and its usual rate, in one statement (five
    index-range counts per network)."""
    wanted = sorted(set(channels))
    if not wanted:
        return {}
    windows = [(now - WINDOW, now), *usual_windows(now, zone)]
    parts = [
        select(
            Message.channel,
            literal(number).label("week"),
            func.count().label("messages"),
            func.coalesce(func.sum(_is_negative()), 0).label("negative"),
            func.min(Message.created_at).label("first_at"),
            func.max(Message.created_at).label("last_at"),
        )
        .where(
            *_customer_messages(wanted),
            Message.created_at > literal(start, UTCDateTime()),
            Message.created_at <= literal(end, UTCDateTime()),
        )
        .group_by(Message.channel)
        for number, (start, end) in enumerate(windows)
    ]
    by_week: dict[str, list[int]] = {c: [0] * len(windows) for c in wanted}
    current: dict[str, Any] = {}
    for counted in session.execute(union_all(*parts)):
        by_week[counted.channel][counted.week] = int(counted.messages)
        if counted.week == 0:
            current[counted.channel] = counted
    found = {}
    for channel, counts in by_week.items():
        hour = current.get(channel)
        found[channel] = HourCounts(
            channel=channel,
            count=counts[0],
            negative=int(hour.negative) if hour is not None else 0,
            usual=float(median(counts[1:])),
            first_at=hour.first_at if hour is not None else None,
            last_at=hour.last_at if hour is not None else None,
        )
    return found


def check_alerts(session: Session, channels: Iterable[str], now: datetime) -> ChangeSet:
    """Raise or update the alerts of ``channels`` at ``now`` (see the module's rules), in
    the caller's transaction; the caller records the returned change set."""
    wanted = set(channels)
    if not wanted:
        return changes.EMPTY
    zone = property_zone(read_setting(session, PROPERTY_TIMEZONE))
    crises = [c for c in hour_counts(session, wanted, now, zone).values() if c.is_crisis]
    if not crises:
        return changes.EMPTY
    ongoing = _ongoing(session, [c.channel for c in crises], now)
    inserted: list[int] = []
    updated: list[int] = []
    for crisis in crises:
        assert crisis.first_at is not None and crisis.last_at is not None  # count > 0
        kind = SPIKE if crisis.is_spike else NEGATIVE
        alert = ongoing.get(crisis.channel)
        if alert is None:
            inserted.append(_raise(session, crisis, kind, now))
        else:
            _go_on(session, alert, crisis, kind)
            updated.append(alert.id)
    return ChangeSet.of(changes.ALERT, changes.INSERTED, inserted) | ChangeSet.of(
        changes.ALERT, changes.UPDATED, updated
    )


def _ongoing(session: Session, channels: list[str], now: datetime) -> dict[str, Any]:
    """The alert of each channel whose episode is still going on (newest first wins)."""
    rows = session.execute(
        select(Alert.id, Alert.channel, Alert.kind, Alert.started_at, Alert.last_seen_at)
        .where(Alert.channel.in_(channels), Alert.last_seen_at >= now - WINDOW)
        .order_by(Alert.id)
    ).all()
    return {row.channel: row for row in rows}


def _raise(session: Session, crisis: HourCounts, kind: str, now: datetime) -> int:
    new_id = session.execute(
        insert(Alert)
        .values(
            channel=crisis.channel,
            kind=kind,
            started_at=crisis.first_at,
            last_seen_at=crisis.last_at,
            count=crisis.count,
            usual=crisis.usual,
            negative=crisis.negative,
            created_at=now,
        )
        .returning(Alert.id)
    ).scalar_one()
    return int(new_id)


def _go_on(session: Session, alert: Any, crisis: HourCounts, kind: str) -> None:
    """The episode goes on: count the messages from its start (earlier, if a late batch
    brought older messages of the hour) to the newest one."""
    assert crisis.first_at is not None and crisis.last_at is not None
    started = min(alert.started_at, crisis.first_at)
    last_seen = max(alert.last_seen_at, crisis.last_at)
    count, negative = session.execute(
        select(func.count(), func.coalesce(func.sum(_is_negative()), 0)).where(
            *_customer_messages([alert.channel]),
            Message.created_at >= started,
            Message.created_at <= last_seen,
        )
    ).one()
    session.execute(
        update(Alert)
        .where(Alert.id == alert.id)
        .values(
            kind=SPIKE if SPIKE in (kind, alert.kind) else NEGATIVE,
            started_at=started,
            last_seen_at=last_seen,
            count=int(count),
            negative=int(negative),
        )
    )


def recent_channels(rows: Iterable[dict[str, Any]], now: datetime) -> set[str]:
    """The networks on which stored rows brought a customer's message of the last hour:
    the only ones whose alerts a batch can change."""
    return {
        row["channel"]
        for row in rows
        if row["inbound"] and row["kind"] != CONTEXT_KIND and row["created_at"] > now - WINDOW
    }


_COLUMNS = (
    Alert.id,
    Alert.channel,
    Alert.kind,
    Alert.started_at,
    Alert.last_seen_at,
    Alert.count,
    Alert.usual,
    Alert.negative,
    Alert.acknowledged_by,
    Alert.acknowledged_at,
)


def _info(row: Any) -> AlertInfo:
    return AlertInfo(**row._mapping)


class Alerts:
    """Reading and acknowledging alerts (raising them is :func:`check_alerts`'s).

    ``user`` is who acknowledges from this desk (the desk's person, as they are now)."""

    def __init__(self, db: Database, clock: Clock, user: Person, origin: str = "local") -> None:
        self._db = db
        self._clock = clock
        self._user = user
        self._origin = origin

    def active(self) -> list[AlertInfo]:
        """The alerts nobody has acknowledged yet, newest first (a handful: cheap)."""
        stmt = (
            select(*_COLUMNS)
            .where(Alert.acknowledged_by.is_(None))
            .order_by(Alert.started_at.desc(), Alert.id.desc())
        )
        with self._db.read() as session:
            return [_info(row) for row in session.execute(stmt)]

    def get(self, alert_id: int) -> AlertInfo | None:
        with self._db.read() as session:
            row = session.execute(select(*_COLUMNS).where(Alert.id == alert_id)).first()
            return _info(row) if row is not None else None

    def acknowledge(self, alert_id: int) -> ChangeSet:
        """Someone has seen the alert and is on it: it leaves every desk's banner. Call
        through the Writer. Refused when the alert does not exist or was acknowledged."""
        now = self._clock.now()
        with self._db.write() as session:
            matched = rows_matched(
                session,
                update(Alert)
                .where(Alert.id == alert_id, Alert.acknowledged_by.is_(None))
                .values(acknowledged_by=name_of(self._user), acknowledged_at=now),
            )
            if not matched:
                by = session.execute(
                    select(Alert.acknowledged_by).where(Alert.id == alert_id)
                ).first()
                if by is None:
                    raise AlertNotFound(
                        f"no alert with id {alert_id}", code="alert.not_found", id=alert_id
                    )
                raise AlreadyAcknowledged(
                    f"alert {alert_id} was already acknowledged by {by[0]}",
                    code="alert.acknowledged",
                    id=alert_id,
                    by=by[0],
                )
            change = ChangeSet.of(changes.ALERT, changes.UPDATED, [alert_id])
            changes.record(session, change, now, self._origin)
            return change
