"""Backoff with full jitter, Retry-After and rate-limit reset parsing, as pure functions."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialinbox.core.backoff import (
    MAX_HINT,
    BackoffPolicy,
    backoff_ceiling,
    backoff_delay,
    next_attempt_at,
    parse_rate_limit_reset,
    parse_retry_after,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
POLICY = BackoffPolicy(base=timedelta(seconds=30), cap=timedelta(hours=1), max_attempts=8)


def test_the_ceiling_doubles_from_the_base_up_to_the_cap():
    ceilings = [backoff_ceiling(n, POLICY).total_seconds() for n in range(1, 10)]
    assert ceilings == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert backoff_ceiling(10_000, POLICY) == POLICY.cap
    with pytest.raises(ValueError):
        backoff_ceiling(0, POLICY)


@given(
    attempt=st.integers(min_value=1, max_value=10_000),
    fraction=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    base_ms=st.integers(min_value=1, max_value=600_000),
    cap_ms=st.integers(min_value=1, max_value=86_400_000),
)
def test_full_jitter_stays_between_zero_and_the_ceiling(attempt, fraction, base_ms, cap_ms):
    policy = BackoffPolicy(timedelta(milliseconds=base_ms), timedelta(milliseconds=cap_ms))
    delay = backoff_delay(attempt, policy, lambda: fraction)
    doubled = policy.base.total_seconds() * 2.0 ** min(attempt - 1, 100)  # 2**100 s: past any cap
    ceiling = min(policy.cap.total_seconds(), doubled)
    assert timedelta(0) <= delay <= timedelta(seconds=ceiling) + timedelta(microseconds=1)
    assert delay <= policy.cap


def test_full_jitter_spreads_over_the_whole_range():
    rng = random.Random(7)
    delays = [backoff_delay(4, POLICY, rng.random).total_seconds() for _ in range(2000)]
    assert min(delays) < 10 and max(delays) > 230  # ceiling 240 s
    assert 100 < sum(delays) / len(delays) < 140  # uniform: mean near 120 s


def test_next_attempt_stops_after_max_attempts_but_honours_a_network_hint():
    assert next_attempt_at(3, NOW, POLICY, lambda: 0.5) == NOW + timedelta(seconds=60)
    assert next_attempt_at(8, NOW, POLICY, lambda: 0.5) is None
    hint = NOW + timedelta(minutes=5)
    assert next_attempt_at(8, NOW, POLICY, lambda: 0.5, retry_at=hint) == hint
    # A hint in the past means now, never earlier.
    assert next_attempt_at(1, NOW, POLICY, lambda: 0.5, NOW - timedelta(hours=1)) == NOW


@given(st.integers(min_value=1, max_value=10_000), st.floats(0, 1, exclude_max=True))
def test_a_retry_at_hint_always_wins(attempt, fraction):
    hint = NOW + timedelta(seconds=90)
    assert next_attempt_at(attempt, NOW, POLICY, lambda: fraction, retry_at=hint) == hint


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", NOW + timedelta(seconds=120)),
        (" 0 ", NOW),
        ("Wed, 25 Nov 2026 09:02:00 GMT", NOW + timedelta(minutes=2)),
        ("Wednesday, 25-Nov-26 09:02:00 GMT", NOW + timedelta(minutes=2)),  # RFC 850 form
        ("Wed, 25 Nov 2026 08:00:00 GMT", NOW),  # in the past: now
        ("99999999", NOW + MAX_HINT),  # absurd: bounded
        ("86400000000000", NOW + MAX_HINT),  # past what a timedelta can hold
        ("", None),
        ("soon", None),
        ("-5", None),
        ("1.5", None),
        ("²", None),  # a digit to str.isdigit, not to HTTP
        (None, None),
    ],
)
def test_retry_after_in_both_forms(header, expected):
    assert parse_retry_after(header, NOW) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (str(int((NOW + timedelta(seconds=45)).timestamp())), NOW + timedelta(seconds=45)),
        (str(int((NOW + timedelta(seconds=45)).timestamp() * 1000)), NOW + timedelta(seconds=45)),
        ("2026-11-25T09:05:00.000Z", NOW + timedelta(minutes=5)),  # Mastodon
        ("2026-11-25T10:05:00+01:00", NOW + timedelta(minutes=5)),
        ("2020-01-01T00:00:00Z", NOW),
        ("nan", None),
        ("tomorrow", None),
        ("", None),
        (None, None),
    ],
)
def test_rate_limit_reset_as_epoch_or_iso(header, expected):
    assert parse_rate_limit_reset(header, NOW) == expected


@given(st.text(max_size=40))
def test_no_header_text_raises(text):
    for parse in (parse_retry_after, parse_rate_limit_reset):
        result = parse(text, NOW)
        assert result is None or NOW <= result <= NOW + MAX_HINT
