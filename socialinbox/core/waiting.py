"""How long a customer has waited for a reply, against the business's reply targets.

A message waits from its creation until now (rows of *Needs reply*). Its target
depends on the kind of network (:func:`category_of`): reviews (any review site),
e-mail, and social networks (everything else), each set in *Settings → Business
rules* (``core.business_settings``: 1 h, 4 h and 24 h by default). When the rule
``targets_in_business_hours`` is on, only business hours count
(``core.business_time``), for the waiting time as for the target.

The state of a timer: ``ok`` under :data:`NEAR_SHARE` of the target, ``near`` from
there up to the target, ``over`` past it. Pure functions: the list repaints timers
from rows it holds, with no query (:class:`ReplyTargets` is read once per change of
the rules).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final, Literal

from socialinbox.core.business_settings import (
    BUSINESS_HOURS,
    PROPERTY_TIMEZONE,
    TARGET_EMAIL_MINUTES,
    TARGET_REVIEWS_MINUTES,
    TARGET_SOCIAL_MINUTES,
    TARGETS_IN_BUSINESS_HOURS,
    BusinessSettings,
)
from socialinbox.core.business_time import BusinessHours
from socialinbox.core.names import EMAIL
from socialinbox.core.reminders import property_zone

Category = Literal["social", "email", "reviews"]
TimerState = Literal["ok", "near", "over"]

# From this share of its target on, a timer warns (amber) before it turns red.
NEAR_SHARE: Final = 0.75


def category_of(channel: str, kind: str) -> Category:
    """The kind of network a message's target follows: a review (on any site) is
    "reviews", a message on the e-mail network "email", anything else "social"."""
    if kind == "review":
        return "reviews"
    if channel == EMAIL:
        return "email"
    return "social"


@dataclass(frozen=True, slots=True)
class Waiting:
    """One message's wait: how long (seconds, counted as the rules say), its target."""

    seconds: int
    target_seconds: int
    state: TimerState


@dataclass(frozen=True, slots=True)
class ReplyTargets:
    """The reply targets per category, and the business hours when only those count."""

    social: timedelta = timedelta(hours=1)
    email: timedelta = timedelta(hours=4)
    reviews: timedelta = timedelta(hours=24)
    # Set when waiting counts only business hours.
    hours: BusinessHours | None = None

    @staticmethod
    def read(business: BusinessSettings) -> ReplyTargets:
        """The targets as the business rules say now (a few small reads)."""
        hours = None
        if business.get(TARGETS_IN_BUSINESS_HOURS):
            zone = property_zone(business.get(PROPERTY_TIMEZONE))
            opening: dict[str, Any] = business.get(BUSINESS_HOURS)
            hours = BusinessHours.of(opening, zone)
        return ReplyTargets(
            social=timedelta(minutes=business.get(TARGET_SOCIAL_MINUTES)),
            email=timedelta(minutes=business.get(TARGET_EMAIL_MINUTES)),
            reviews=timedelta(minutes=business.get(TARGET_REVIEWS_MINUTES)),
            hours=hours,
        )

    def target(self, category: Category) -> timedelta:
        return {"social": self.social, "email": self.email, "reviews": self.reviews}[category]

    def waited_seconds(self, since: datetime, now: datetime) -> int:
        """Seconds from ``since`` to ``now``: every second, or business hours only."""
        if self.hours is not None:
            return self.hours.seconds_between(since, now)
        return max(0, int((now - since).total_seconds()))

    def waiting(self, channel: str, kind: str, since: datetime, now: datetime) -> Waiting:
        """The wait of a message on ``channel`` of ``kind`` created at ``since``."""
        target = int(self.target(category_of(channel, kind)).total_seconds())
        seconds = self.waited_seconds(since, now)
        state: TimerState = "ok"
        if seconds > target:
            state = "over"
        elif seconds >= NEAR_SHARE * target:
            state = "near"
        return Waiting(seconds, target, state)


def duration_parts(seconds: int) -> tuple[int, int, int]:
    """(days, hours, minutes) of a wait, for "waiting 2 h 10 min" / "waiting 3 d 4 h"."""
    minutes = max(0, seconds) // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    return days, hours, minutes


def duration_label(seconds: int) -> str:
    """English wording of a wait: "under 1 min", "45 min", "2 h 10 min", "3 d 4 h" (the
    two largest units; the GUI translates the same parts)."""
    days, hours, minutes = duration_parts(seconds)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min" if minutes else "under 1 min"
