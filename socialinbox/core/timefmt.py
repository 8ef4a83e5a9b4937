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


def iso_or_none(value: datetime | None) -> str | None:
    """ISO 8601 for JSON output; None (JSON null) for a time that is not set."""
    return None if value is None else value.isoformat()
