"""How long ago something happened, in the coarse units a list row shows."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

AgeUnit = Literal["now", "min", "h", "d", "w", "y"]


def age_parts(now: datetime, then: datetime) -> tuple[int, AgeUnit]:
    """(value, unit): under a minute is "now"; then minutes, hours, days, weeks, years."""
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return 0, "now"
    if seconds < 3600:
        return seconds // 60, "min"
    if seconds < 86_400:
        return seconds // 3600, "h"
    days = seconds // 86_400
    if days < 14:
        return days, "d"
    if days < 365:
        return days // 7, "w"
    return days // 365, "y"


def age_label(now: datetime, then: datetime) -> str:
    """English label ("4 min", "3 d"); the GUI translates the same parts."""
    value, unit = age_parts(now, then)
    return "now" if unit == "now" else f"{value} {unit}"


DurationUnit = Literal["s", "min", "h", "d"]


def duration_parts(seconds: int) -> tuple[tuple[int, DurationUnit], ...]:
    """A span in the two largest units that matter: 45 s; 12 min; 2 h 10 min; 3 d 4 h
    (a zero second part is left out: 2 h, 3 d)."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return ((seconds, "s"),)
    minutes = seconds // 60
    if minutes < 60:
        return ((minutes, "min"),)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return ((hours, "h"), (minutes, "min")) if minutes else ((hours, "h"),)
    days, hours = divmod(hours, 24)
    return ((days, "d"), (hours, "h")) if hours else ((days, "d"),)


def duration_label(seconds: int) -> str:
    """English label of :func:`duration_parts` ("2 h 10 min"); the GUI translates the parts."""
    return " ".join(f"{value} {unit}" for value, unit in duration_parts(seconds))
