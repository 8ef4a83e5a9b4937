"""When to try again: exponential backoff with full jitter, and the network's own hints.

Pure functions: the random source and the current time are passed in, so the
rules are tested without waiting. Rules for callers:

- :func:`backoff_delay`: attempt ``n`` (1-based) waits a uniformly random time
  between zero and ``min(cap, base * 2**(n-1))`` ("full jitter"), so that many
  clients that failed together do not retry together.
- A network's hint wins when it asks for longer: :func:`next_attempt_at` never
  returns a time before ``retry_at``.
- ``Retry-After`` comes as whole seconds or as an HTTP date
  (:func:`parse_retry_after`); rate-limit reset headers as epoch seconds or an
  ISO 8601 time (:func:`parse_rate_limit_reset`). Anything unreadable is None,
  never an exception, and a time in the past means "now".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

# A random number in [0, 1), e.g. random.random or a seeded Random().random.
RandomSource = Callable[[], float]

# Hints further away than this are treated as this far (a broken clock or header).
MAX_HINT = timedelta(days=1)
# Epoch values above this are milliseconds, not seconds.
_EPOCH_MS_THRESHOLD = 10**11


@dataclass(frozen=True, slots=True)
class BackoffPolicy:
    """How retries are spaced and when automatic retrying stops."""

    base: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(hours=1)
    # After this many attempts a failed reply waits for a person.
    max_attempts: int = 8


def backoff_ceiling(attempt: int, policy: BackoffPolicy) -> timedelta:
    """The longest wait after attempt ``attempt`` (1-based): ``min(cap, base * 2**(n-1))``."""
    if attempt < 1:
        raise ValueError("attempts are counted from 1")
    # In float seconds: base * 2**n would overflow timedelta long before the cap wins.
    exponent = min(attempt - 1, 1000)
    seconds = min(policy.cap.total_seconds(), policy.base.total_seconds() * 2.0**exponent)
    return min(policy.cap, timedelta(seconds=seconds))


def backoff_delay(attempt: int, policy: BackoffPolicy, random: RandomSource) -> timedelta:
    """Full jitter: uniform in ``[0, backoff_ceiling(attempt)]``."""
    fraction = min(max(random(), 0.0), 1.0)
    return backoff_ceiling(attempt, policy) * fraction


def next_attempt_at(
    attempt: int,
    now: datetime,
    policy: BackoffPolicy,
    random: RandomSource,
    retry_at: datetime | None = None,
) -> datetime | None:
    """When to try again after failed attempt ``attempt``, or None when a person must decide.

    ``retry_at`` is the network's hint (Retry-After, rate-limit reset); it is
    honoured even past ``max_attempts``, because the network asked for it.
    """
    if retry_at is not None:
        return max(retry_at, now)
    if attempt >= policy.max_attempts:
        return None
    return now + backoff_delay(attempt, policy, random)


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """The moment a ``Retry-After`` header points to: ``"120"`` or an HTTP date."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return now + timedelta(seconds=min(int(text), int(MAX_HINT.total_seconds())))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return _bounded(when, now)


def parse_rate_limit_reset(value: str | None, now: datetime) -> datetime | None:
    """A rate-limit reset header: epoch seconds (X, GitHub) or ISO 8601 (Mastodon)."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        if number != number or number < 0:  # NaN or negative
            return None
        if number > _EPOCH_MS_THRESHOLD:
            number /= 1000
        try:
            when = datetime.fromtimestamp(number, UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return _bounded(when, now)
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return _bounded(when, now)


def _bounded(when: datetime, now: datetime) -> datetime:
    return min(max(when, now), now + MAX_HINT)
