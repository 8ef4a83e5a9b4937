"""Where the business stands on the six-level scale: the levels and first-response times
of the messages customers wrote, per channel and per week (``report levels``, the
Insights page).

Reads the columns ``core.response_levels`` fills (``messages.level``,
``messages.first_response_at``); writes nothing.

Rules for callers:

- :func:`read_insights` is one read and one statement whatever the number of
  messages: the rows of the period are streamed and tallied here, because the
  percentiles, the property's local week and its business hours need each message's
  own times. It blocks: call it off the UI thread.
- Counted: the messages the scale applies to (``core.response_levels.levelled``:
  inbound from customers; thread context, conversations logged by hand and deleted
  messages left out) created in ``[since, until)``; each once, under its channel.
  Levels that time alone settles (no answer after 7 days) are as the last catch-up
  left them: a command calls ``cli.common.settle_levels`` first.
- Levels are keyed ``"0"`` … ``"6"``, and ``"null"`` for a message still waiting
  (younger than 7 days, no response yet).
- First-response time: ``first_response_at - created_at`` in whole seconds (a
  response dated before its message counts as 0). Only answered messages have one.
- Median: the middle time; for an even count the mean of the two middle times,
  rounded to the nearest second (halves up). p90 is the **nearest rank**: sort the
  N times ascending and take the one at rank ⌈0.9 × N⌉ (1-based) — for 10 times the
  9th, for 11 the 10th, for 1 the only one; never interpolated, always a time that
  happened.
- Answered within an hour: a first response at most 3,600 seconds after the message
  (at any hour, as level 3). The share *in business hours* is over the messages that
  arrived in the business hours (setting ``business_hours``, in the property's
  timezone ``property_timezone``, as ``core.business_time`` reads them), *out of
  hours* over the others; a message still waiting and younger than an hour at
  ``now`` is in neither share yet.
- Weeks start on Monday, by the property's local date of the message; the weeks of
  one :class:`Insights` run without gaps from its first message's to its last's.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, TextIO

from sqlalchemy import select

from socialinbox.core.business_settings import (
    BUSINESS_HOURS,
    PROPERTY_TIMEZONE,
    BusinessSettings,
)
from socialinbox.core.business_time import BusinessHours
from socialinbox.core.reminders import property_zone
from socialinbox.core.response_levels import levelled
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Message

LEVELS: tuple[str, ...] = ("0", "1", "2", "3", "4", "5", "6")
WAITING = "null"
# Every key of a level count, in the order reports show them.
LEVEL_KEYS: tuple[str, ...] = (*LEVELS, WAITING)

WITHIN_HOUR_S = 3600
READ_CHUNK = 5000

# The one-line reading for the level most messages reached (see :func:`reading_of`).
READINGS: Mapping[str, str] = {
    "0": "Mostly level 0: customers get no answer; answer within a day to reach level 2",
    "1": "Mostly level 1: answers come days later; answer within 24 hours to reach level 2",
    "2": "Mostly level 2: answers come within hours; answer within the hour to reach level 3",
    "3": "Mostly level 3: answers come within the hour; follow up with a private message "
    "or a call to reach level 4",
    "4": "Mostly level 4: quick answers followed by a private message or a call; "
    "follow up by e-mail to reach level 5",
    "5": "Mostly level 5: quick answers followed by an e-mail; welcome them in person "
    "to reach level 6",
    "6": "Mostly level 6: quick answers followed by service in person, the top of the scale",
}
ALL_WAITING = "Every message is still waiting for its first answer: answer within the hour "
ALL_WAITING += "to reach level 3"
NO_MESSAGES = "No messages from customers in this period yet"


@dataclass(frozen=True, slots=True)
class LevelCounts:
    """How many messages reached each level, in :data:`LEVEL_KEYS` order."""

    counts: tuple[int, ...] = (0,) * len(LEVEL_KEYS)

    def __getitem__(self, key: str) -> int:
        return self.counts[LEVEL_KEYS.index(key)]

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def dominant(self) -> str | None:
        """The level most messages reached ("0"…"6"; the lower one on a tie), None when
        no message has a level yet."""
        decided = self.counts[: len(LEVELS)]
        if not any(decided):
            return None
        return LEVELS[decided.index(max(decided))]

    def as_json(self) -> dict[str, int]:
        return dict(zip(LEVEL_KEYS, self.counts, strict=True))

    @staticmethod
    def summed(parts: Iterable[LevelCounts]) -> LevelCounts:
        totals = [0] * len(LEVEL_KEYS)
        for part in parts:
            for i, count in enumerate(part.counts):
                totals[i] += count
        return LevelCounts(tuple(totals))


@dataclass(frozen=True, slots=True)
class HourShare:
    """Of ``decided`` messages, ``within_hour`` were answered within an hour."""

    within_hour: int = 0
    decided: int = 0

    @property
    def share(self) -> float | None:
        """0.0 … 1.0; None when no message counts."""
        return self.within_hour / self.decided if self.decided else None


@dataclass(frozen=True, slots=True)
class ChannelLevels:
    """The levels and first-response times of one channel (``channel`` None: all)."""

    channel: str | None
    levels: LevelCounts
    median_first_response_s: int | None
    p90_first_response_s: int | None
    in_hours: HourShare
    out_of_hours: HourShare
    answered: int = 0  # messages with a first response (the times' count)

    @property
    def messages(self) -> int:
        return self.levels.total

    @property
    def reading(self) -> str:
        return reading_of(self.levels)

    def as_json(self) -> dict[str, Any]:
        """The object ``report levels --json`` prints: exactly these fields."""
        return {
            "channel": self.channel,
            "messages": self.messages,
            "levels": self.levels.as_json(),
            "median_first_response_s": self.median_first_response_s,
            "p90_first_response_s": self.p90_first_response_s,
        }


@dataclass(frozen=True, slots=True)
class WeekLevels:
    """The levels of the messages of one week (``week``: its Monday)."""

    week: date
    levels: LevelCounts


@dataclass(frozen=True, slots=True)
class Insights:
    """Everything the report and the Insights page show for one period."""

    since: datetime | None
    until: datetime | None
    channels: tuple[ChannelLevels, ...]  # by channel name
    overall: ChannelLevels
    _weeks: Mapping[str, Mapping[date, LevelCounts]] = field(repr=False, compare=False)

    def for_channel(self, channel: str | None) -> ChannelLevels:
        """One channel's figures (None: all channels; an empty one for a silent channel)."""
        if channel is None:
            return self.overall
        for row in self.channels:
            if row.channel == channel:
                return row
        return _figures(channel, _Tally())

    def weeks(
        self, channel: str | None = None, first: date | None = None, last: date | None = None
    ) -> tuple[WeekLevels, ...]:
        """The weeks of the period, Monday first, without gaps; one channel's counts or
        (None) all channels'. Every channel has the same weeks, so charts line up; the
        weeks of ``first`` and ``last`` (any day) widen the run to a period's own."""
        every = [week for counts in self._weeks.values() for week in counts]
        every += [monday_of(day) for day in (first, last) if day is not None]
        if not every:
            return ()
        chosen = [counts for name, counts in self._weeks.items() if channel in (None, name)]
        weeks = []
        week, last_week = min(every), max(every)
        while week <= last_week:
            weeks.append(WeekLevels(week, LevelCounts.summed(c[week] for c in chosen if week in c)))
            week += timedelta(days=7)
        return tuple(weeks)


def monday_of(day: date) -> date:
    """The Monday that starts ``day``'s week."""
    return day - timedelta(days=day.weekday())


def recent_weeks_start(now: datetime, zone: tzinfo, weeks: int) -> datetime:
    """The start of the last ``weeks`` weeks, this one included: midnight of the Monday
    ``weeks - 1`` weeks before this week's, in the property's ``zone``."""
    monday = monday_of(now.astimezone(zone).date()) - timedelta(weeks=weeks - 1)
    return datetime.combine(monday, datetime.min.time(), zone)


def reading_of(levels: LevelCounts) -> str:
    """The one line that says where the business stands, from the level most messages
    reached (English; the window translates it)."""
    dominant = levels.dominant
    if dominant is not None:
        return READINGS[dominant]
    return ALL_WAITING if levels.total else NO_MESSAGES


def median_seconds(ordered: Sequence[int]) -> int | None:
    """The median of ascending ``ordered`` (see the module's rules); None when empty."""
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return math.floor((ordered[middle - 1] + ordered[middle]) / 2 + 0.5)


def nearest_rank(ordered: Sequence[int], percent: int) -> int | None:
    """The ``percent`` percentile of ascending ``ordered`` by nearest rank: the value at
    rank ⌈percent/100 × N⌉ (1-based); None when empty."""
    if not ordered:
        return None
    rank = max(1, math.ceil(percent * len(ordered) / 100))
    return ordered[rank - 1]


def read_insights(
    db: Database,
    business: BusinessSettings,
    now: datetime,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Insights:
    """The levels of the messages created in ``[since, until)`` (open ends: all), in the
    property's timezone and business hours as the business settings say."""
    zone = property_zone(business.get(PROPERTY_TIMEZONE))
    hours: dict[str, Any] = business.get(BUSINESS_HOURS)
    is_open = BusinessHours.of(hours, zone).is_open
    query = select(Message.channel, Message.level, Message.created_at, Message.first_response_at)
    query = query.where(levelled())
    if since is not None:
        query = query.where(Message.created_at >= since)
    if until is not None:
        query = query.where(Message.created_at < until)
    with db.read() as session:
        rows = session.execute(query.execution_options(yield_per=READ_CHUNK))
        return tally(rows, zone, is_open, now, since, until)


Row = tuple[str, int | None, datetime, datetime | None]


def tally(
    rows: Iterable[Row],
    zone: tzinfo,
    is_business_time: Callable[[datetime], bool],
    now: datetime,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Insights:
    """The figures of ``rows`` (channel, level, created_at, first_response_at), which
    may be a result being streamed; :func:`read_insights` without the database."""
    tallies: dict[str, _Tally] = {}
    weeks: dict[str, dict[date, list[int]]] = {}
    undecided_after = now - timedelta(seconds=WITHIN_HOUR_S)
    for channel, level, created_at, responded_at in rows:
        found = tallies.get(channel)
        if found is None:
            found = tallies[channel] = _Tally()
            weeks[channel] = {}
        slot = level if level is not None and 0 <= level <= 6 else len(LEVELS)
        found.counts[slot] += 1
        monday = monday_of(created_at.astimezone(zone).date())
        week = weeks[channel].get(monday)
        if week is None:
            week = weeks[channel][monday] = [0] * len(LEVEL_KEYS)
        week[slot] += 1
        seconds = None
        if responded_at is not None:
            seconds = max(0, int((responded_at - created_at).total_seconds()))
            found.seconds.append(seconds)
        elif created_at > undecided_after:
            continue  # the hour is not over: neither share counts it yet
        share = found.in_hours if is_business_time(created_at) else found.out_of_hours
        share[1] += 1
        if seconds is not None and seconds <= WITHIN_HOUR_S:
            share[0] += 1
    channels = tuple(_figures(name, tallies[name]) for name in sorted(tallies))
    overall = _figures(None, _Tally.merged(tallies.values()))
    frozen = {
        name: {week: LevelCounts(tuple(counts)) for week, counts in by_week.items()}
        for name, by_week in weeks.items()
    }
    return Insights(since, until, channels, overall, frozen)


def write_weeks_csv(
    out: TextIO,
    insights: Insights,
    channel: str | None = None,
    first: date | None = None,
    last: date | None = None,
) -> None:
    """The weeks of one channel (None: all; ``first``/``last`` as in
    :meth:`Insights.weeks`) as CSV: channel, week start, messages, then one column per
    level and ``waiting``; numbers and ISO dates only."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["channel", "week_start", "messages", *(f"level_{key}" for key in LEVELS), "waiting"]
    )
    for week in insights.weeks(channel, first, last):
        writer.writerow(
            [channel or "all", week.week.isoformat(), week.levels.total, *week.levels.counts]
        )


class _Tally:
    """What is counted of one channel while rows stream by."""

    __slots__ = ("counts", "in_hours", "out_of_hours", "seconds")

    def __init__(self) -> None:
        self.counts = [0] * len(LEVEL_KEYS)
        self.seconds: list[int] = []
        # [answered within the hour, decided]
        self.in_hours = [0, 0]
        self.out_of_hours = [0, 0]

    @staticmethod
    def merged(parts: Iterable[_Tally]) -> _Tally:
        whole = _Tally()
        for part in parts:
            for i, count in enumerate(part.counts):
                whole.counts[i] += count
            whole.seconds.extend(part.seconds)
            for mine, theirs in (
                (whole.in_hours, part.in_hours),
                (whole.out_of_hours, part.out_of_hours),
            ):
                mine[0] += theirs[0]
                mine[1] += theirs[1]
        return whole


def _figures(channel: str | None, tally_: _Tally) -> ChannelLevels:
    ordered = sorted(tally_.seconds)
    return ChannelLevels(
        channel=channel,
        levels=LevelCounts(tuple(tally_.counts)),
        median_first_response_s=median_seconds(ordered),
        p90_first_response_s=nearest_rank(ordered, 90),
        in_hours=HourShare(*tally_.in_hours),
        out_of_hours=HourShare(*tally_.out_of_hours),
        answered=len(ordered),
    )
