"""Business-hours arithmetic in the property's timezone.

The ``business_hours`` setting names the open days (0 is Monday) and the opening and
closing times, ``property_timezone`` the zone they are in (see
``core.business_settings``). Each open day gives one *window*: from the opening time
of that local day to the closing time — of the same day, or of the next one when the
closing time is not after the opening time (a night desk open 22:00–06:00; equal
times mean 24 hours). A window belongs to the day it opens on, so Friday 22:00–06:00
runs into Saturday morning even when Saturday is closed.

Rules for callers:

- Moments are timezone-aware datetimes (UTC or any zone); results are real elapsed
  seconds. Windows are laid out in the property's wall-clock time and converted with
  its rules, so a 09:00–17:00 window is 8 hours on the day clocks change too, and a
  window spanning the change (a 24-hour desk) is 23 or 25 hours long.
- A wall-clock time the change skips (02:30 on the spring-forward night) is read with
  the offset before the change, as ``zoneinfo`` does (fold 0).
- Everything here is pure and cheap: a day costs a few datetime operations, so a
  timer repainting a screenful of rows each minute costs nothing noticeable.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from socialinbox.core.business_settings import BUSINESS_HOURS

_DAY = timedelta(days=1)


def _clock_time(text: object, fallback: time) -> time:
    try:
        return time.fromisoformat(str(text))
    except ValueError:
        return fallback


@dataclass(frozen=True, slots=True)
class BusinessHours:
    """The open days and hours of the business in its zone (see the module docstring)."""

    days: frozenset[int]
    opens: time
    closes: time
    zone: tzinfo

    @staticmethod
    def of(setting: Mapping[str, Any], zone: tzinfo) -> BusinessHours:
        """From the ``business_hours`` setting's value ({days, start, end}); unreadable
        parts fall back to the setting's default."""
        default = BUSINESS_HOURS.default
        days = setting.get("days", default["days"])
        return BusinessHours(
            frozenset(d for d in days if isinstance(d, int) and 0 <= d <= 6),
            _clock_time(setting.get("start"), time.fromisoformat(default["start"])),
            _clock_time(setting.get("end"), time.fromisoformat(default["end"])),
            zone,
        )

    def window_of(self, day: date) -> tuple[datetime, datetime] | None:
        """The open window that starts on local ``day`` (None when closed that day), in UTC."""
        if day.weekday() not in self.days:
            return None
        closing_day = day if self.closes > self.opens else day + _DAY
        opens = datetime.combine(day, self.opens, self.zone).astimezone(UTC)
        closes = datetime.combine(closing_day, self.closes, self.zone).astimezone(UTC)
        return opens, closes

    def windows(self, start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
        """The open windows that overlap [start, end), clipped to it, oldest first."""
        if end <= start:
            return
        # The window opening the day before may run past midnight into ``start``'s day.
        day = start.astimezone(self.zone).date() - _DAY
        last = end.astimezone(self.zone).date()
        while day <= last:
            window = self.window_of(day)
            day += _DAY
            if window is None:
                continue
            opens, closes = max(window[0], start), min(window[1], end)
            if opens < closes:
                yield opens, closes

    def seconds_between(self, start: datetime, end: datetime) -> int:
        """How many seconds of [start, end) fall in business hours (0 when end <= start)."""
        return int(sum((b - a).total_seconds() for a, b in self.windows(start, end)))

    def is_open(self, moment: datetime) -> bool:
        """Whether ``moment`` falls in business hours (a window's start counts, its end not)."""
        day = moment.astimezone(self.zone).date()
        for opening_day in (day - _DAY, day):
            window = self.window_of(opening_day)
            if window is not None and window[0] <= moment < window[1]:
                return True
        return False


def is_business_time(moment: datetime, hours: Mapping[str, Any], zone: tzinfo) -> bool:
    """Whether ``moment`` is in business hours, from the ``business_hours`` setting's value
    and the property's zone (``core.reminders.property_zone``). For many moments, build
    :meth:`BusinessHours.of` once and ask its ``is_open``."""
    return BusinessHours.of(hours, zone).is_open(moment)
