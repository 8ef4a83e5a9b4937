"""A daily budget of API units that a network counts per call (YouTube's quota), as
connectors see it.

Google gives a YouTube Data API project 10,000 units a day by default, charges each call
its documented cost whether it succeeds or not, and resets the count at midnight Pacific
time (developers.google.com/youtube/v3/determine_quota_cost). A connector of such a
network gets one account's :class:`QuotaBook` through ``ConnectorContext.quota``; the
app hands it one kept in the database (:mod:`socialinbox.core.api_quota_store`) so that
every process on the database spends from the same count. Rules for callers:

- Before a call, :meth:`QuotaBook.spend` its cost: it raises :class:`QuotaSpent` instead
  when the day's budget cannot pay it, so that no work starts that the budget cannot
  afford. The cost is counted before the call because the network charges it even when
  the call fails or its answer is lost.
- When the network itself says the budget is spent (YouTube's ``quotaExceeded``, for
  instance because another app of the same project used it), :meth:`QuotaBook.exhaust`
  marks the day spent: nothing more is asked until the reset.
- A day is the calendar day in Pacific time (:func:`quota_day`); the count of an earlier
  day means nothing (:meth:`QuotaUsage.on`). Across a daylight-saving change the day is
  23 or 25 hours long: the reset is always at local midnight (:func:`next_reset`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final, Protocol
from zoneinfo import ZoneInfo

from socialinbox.clock import Clock
from socialinbox.core.connector import RateLimitedError

# Where Google's day begins and ends.
PACIFIC: Final = ZoneInfo("America/Los_Angeles")
# A YouTube Data API project's daily units unless Google granted more.
DEFAULT_DAILY_BUDGET: Final = 10_000
# The account setting that holds its daily budget (units), when not the default.
BUDGET_SETTING: Final = "quota_budget"


def budget_of(settings: Mapping[str, Any]) -> int:
    """The account's daily budget: its ``quota_budget`` setting when that is a positive
    whole number, else :data:`DEFAULT_DAILY_BUDGET`."""
    value = settings.get(BUDGET_SETTING)
    try:
        budget = int(str(value).replace(",", "").replace("_", "").strip())
    except ValueError:
        return DEFAULT_DAILY_BUDGET
    return budget if budget > 0 else DEFAULT_DAILY_BUDGET


def quota_day(moment: datetime) -> date:
    """The Pacific calendar day ``moment`` (timezone-aware) belongs to."""
    return moment.astimezone(PACIFIC).date()


def next_reset(moment: datetime) -> datetime:
    """The next Pacific midnight after ``moment``, in UTC: when the day's count restarts."""
    tomorrow = quota_day(moment) + timedelta(days=1)
    return datetime.combine(tomorrow, time(0), tzinfo=PACIFIC).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class QuotaUsage:
    """One account's count on ``day``: ``used`` units of ``budget``; ``exhausted`` when the
    network said the budget is spent (whatever our own count says)."""

    day: date
    used: int
    budget: int
    exhausted: bool = False

    def on(self, moment: datetime) -> QuotaUsage:
        """The usage as it stands at ``moment``: a count of an earlier day is a new day's
        zero."""
        today = quota_day(moment)
        if today == self.day:
            return self
        return QuotaUsage(today, 0, self.budget)

    @property
    def remaining(self) -> int:
        return 0 if self.exhausted else max(0, self.budget - self.used)

    def affords(self, cost: int) -> bool:
        return cost <= self.remaining


class QuotaSpent(RateLimitedError):
    """The day's budget cannot pay for a call: nothing was sent; the account waits until
    ``retry_at`` (the next reset) with this message as its reason."""


def spent_reason(network: str, usage: QuotaUsage, reset: datetime) -> str:
    """Why an account waits for its quota, in words for its owner."""
    pacific = reset.astimezone(PACIFIC)
    if usage.exhausted:
        cause = f"{network} says the day's API quota is used up"
    elif usage.used < usage.budget:  # what remains is kept for a reply, or too little
        cause = (
            f"the day's API quota is used up ({usage.used:,} of {usage.budget:,} units; "
            "the rest is kept for replies)"
        )
    else:
        cause = f"the day's API quota is used up ({usage.used:,} of {usage.budget:,} units)"
    return f"{cause}; paused until it resets at midnight Pacific time ({pacific:%Y-%m-%d %H:%M %Z})"


class QuotaBook(Protocol):
    """One account's daily quota. ``usage`` is cheap (called before every request)."""

    def usage(self) -> QuotaUsage:
        """The count as it stands now (today's day, zero after a reset)."""
        ...

    async def spend(self, cost: int, *, keep: int = 0) -> QuotaUsage:
        """Count ``cost`` units for a call about to be made; QuotaSpent, counting nothing,
        when fewer than ``cost + keep`` remain (``keep``: units saved for later work, a
        reply's)."""
        ...

    async def exhaust(self) -> QuotaUsage:
        """Mark today's budget spent: the network refused a call for want of quota."""
        ...


def spend_or_refuse(
    usage: QuotaUsage, cost: int, keep: int, network: str, now: datetime
) -> QuotaUsage:
    """``usage`` with ``cost`` counted; QuotaSpent when it cannot pay ``cost + keep``."""
    usage = usage.on(now)
    if not usage.affords(cost + keep):
        reset = next_reset(now)
        raise QuotaSpent(spent_reason(network, usage, reset), reset)
    return QuotaUsage(usage.day, usage.used + cost, usage.budget, usage.exhausted)


class MemoryQuotaBook:
    """A book that lives as long as its connector: for an account being verified before
    it is stored, or a connector given no book."""

    def __init__(self, clock: Clock, budget: int, network: str) -> None:
        self._clock = clock
        self._network = network
        self._usage = QuotaUsage(quota_day(clock.now()), 0, budget)

    def usage(self) -> QuotaUsage:
        return self._usage.on(self._clock.now())

    async def spend(self, cost: int, *, keep: int = 0) -> QuotaUsage:
        self._usage = spend_or_refuse(self._usage, cost, keep, self._network, self._clock.now())
        return self._usage

    async def exhaust(self) -> QuotaUsage:
        usage = self.usage()
        self._usage = QuotaUsage(usage.day, usage.used, usage.budget, exhausted=True)
        return self._usage
