"""Column types shared by every table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# The times the database keeps. Far inside what Python's datetime can hold, so that a
# stored time can be shown in any timezone and moved by a few years without overflowing.
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)


class TimeOutOfRange(ValueError):
    """A time the database does not keep (before :data:`EARLIEST` or from :data:`LATEST` on)."""


def to_micros(value: datetime) -> int:
    """Microseconds since the Unix epoch of an aware datetime."""
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored: give a timezone-aware time")
    delta = value - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(value: int) -> datetime:
    return _EPOCH + timedelta(microseconds=value)


_EARLIEST_MICROS = to_micros(EARLIEST)
_LATEST_MICROS = to_micros(LATEST)


def is_storable(value: datetime) -> bool:
    """True for an aware time the database keeps; whoever takes a time from outside
    (a network, a command-line option, a file) checks it with this before storing it."""
    if value.tzinfo is None:
        return False
    return _EARLIEST_MICROS <= to_micros(value) < _LATEST_MICROS


def check_storable(value: datetime) -> datetime:
    """``value`` when the database keeps it; TimeOutOfRange (a ValueError) otherwise."""
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored: give a timezone-aware time")
    if not is_storable(value):
        raise TimeOutOfRange(
            f"time out of range: {value.isoformat()} (times from {EARLIEST.year} "
            f"to {LATEST.year - 1} are kept)"
        )
    return value


class UTCDateTime(TypeDecorator[datetime]):
    """Every timestamp in the database goes through this type.

    It takes only timezone-aware datetimes from :data:`EARLIEST` to :data:`LATEST`
    (anything else raises ValueError: nothing unreadable is ever written) and
    always returns them in UTC. Reading never raises: a stored value out of that
    range (written by an older version) comes back clamped to it. SQLite stores
    microseconds since the epoch as an integer (compact, fast to index and
    compare); PostgreSQL stores ``timestamp with time zone``.
    """

    impl = BigInteger
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(BigInteger())

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        check_storable(value)
        if dialect.name == "postgresql":
            return value.astimezone(UTC)
        return to_micros(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            # psycopg gives the session's zone; its extremes cannot always move to UTC.
            try:
                value = value.astimezone(UTC)
            except OverflowError:
                return EARLIEST if value.year < EARLIEST.year else LATEST
            return min(max(value, EARLIEST), LATEST)
        return _from_stored_micros(value)

    def result_processor(
        self, dialect: Dialect, coltype: Any
    ) -> Callable[[Any], datetime | None] | None:
        """On SQLite, one plain function per value instead of the two calls a
        TypeDecorator makes (the integer needs no driver conversion): lists and exports
        read hundreds of thousands of times. Same result as process_result_value."""
        if dialect.name == "postgresql":
            return super().result_processor(dialect, coltype)
        return _from_stored_micros


def _from_stored_micros(value: Any) -> datetime | None:
    """A stored integer as an aware UTC time, clamped to what the database keeps."""
    if value is None:
        return None
    return _EPOCH + timedelta(microseconds=min(max(int(value), _EARLIEST_MICROS), _LATEST_MICROS))
