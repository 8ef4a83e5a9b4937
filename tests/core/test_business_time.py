"""Business-hours arithmetic in the property's timezone, and waiting against targets:
around midnight, over weekends and across the DST change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from socialinbox.clock import FakeClock
from socialinbox.core.business_settings import (
    BUSINESS_HOURS,
    PROPERTY_TIMEZONE,
    TARGET_SOCIAL_MINUTES,
    TARGETS_IN_BUSINESS_HOURS,
)
from socialinbox.core.business_time import BusinessHours, is_business_time
from socialinbox.core.waiting import ReplyTargets, category_of, duration_label

BERLIN = ZoneInfo("Europe/Berlin")
WEEKDAYS = {"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "17:00"}


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def test_a_weekend_counts_nothing_from_friday_evening_to_monday_morning():
    hours = BusinessHours.of(WEEKDAYS, BERLIN)
    # Friday 16:00 → Monday 10:00 (2026-03-13 is a Friday): 1 h on Friday, 1 h on Monday.
    assert hours.seconds_between(berlin(2026, 3, 13, 16), berlin(2026, 3, 16, 10)) == 2 * 3600
    assert not hours.is_open(berlin(2026, 3, 14, 12))
    assert hours.is_open(berlin(2026, 3, 16, 9)) and not hours.is_open(berlin(2026, 3, 16, 17))


def test_a_night_desk_window_runs_past_midnight_into_the_next_day():
    night = BusinessHours.of({"days": [4], "start": "22:00", "end": "06:00"}, BERLIN)
    # Open Friday 22:00 to Saturday 06:00, though Saturday is not an open day.
    assert night.is_open(berlin(2026, 3, 14, 1, 30))
    assert not night.is_open(berlin(2026, 3, 14, 6, 0))
    assert night.seconds_between(berlin(2026, 3, 13, 23), berlin(2026, 3, 14, 2)) == 3 * 3600
    # Thursday night is closed (the window belongs to the day it opens on).
    assert not night.is_open(berlin(2026, 3, 13, 1, 0))


def test_the_dst_change_keeps_a_days_opening_hours_and_real_time_for_a_24_hour_desk():
    # Europe/Berlin springs forward on Sunday 2026-03-29 at 02:00 and falls back on
    # Sunday 2026-10-25 at 03:00.
    every_day = {"days": list(range(7)), "start": "09:00", "end": "17:00"}
    hours = BusinessHours.of(every_day, BERLIN)
    assert hours.seconds_between(berlin(2026, 3, 29, 0), berlin(2026, 3, 30, 0)) == 8 * 3600
    assert hours.is_open(datetime(2026, 3, 29, 7, 0, tzinfo=UTC))  # 09:00 CEST
    assert not hours.is_open(datetime(2026, 3, 28, 7, 0, tzinfo=UTC))  # 08:00 CET
    always = BusinessHours.of({"days": list(range(7)), "start": "00:00", "end": "00:00"}, BERLIN)
    assert always.seconds_between(berlin(2026, 3, 29), berlin(2026, 3, 30)) == 23 * 3600
    assert always.seconds_between(berlin(2026, 10, 25), berlin(2026, 10, 26)) == 25 * 3600


def test_is_business_time_reads_the_setting_as_stored():
    assert is_business_time(berlin(2026, 3, 16, 12), WEEKDAYS, BERLIN)
    assert not is_business_time(
        berlin(2026, 3, 16, 12).astimezone(UTC) + timedelta(hours=6), WEEKDAYS, BERLIN
    )


@settings(deadline=None, max_examples=200)
@given(
    start=st.datetimes(datetime(2025, 1, 1), datetime(2027, 12, 31)),
    minutes=st.integers(0, 60 * 24 * 20),
    cut=st.floats(0, 1),
)
def test_business_seconds_add_up_over_any_split(start, minutes, cut):
    hours = BusinessHours.of(WEEKDAYS, BERLIN)
    a = start.replace(tzinfo=UTC)
    b = a + timedelta(minutes=minutes)
    middle = a + (b - a) * cut
    total = hours.seconds_between(a, b)
    assert 0 <= total <= (b - a).total_seconds()
    assert abs(total - hours.seconds_between(a, middle) - hours.seconds_between(middle, b)) <= 1


def test_categories_follow_the_kind_of_network():
    assert category_of("google_reviews", "review") == "reviews"
    assert category_of("facebook", "review") == "reviews"
    assert category_of("email", "email") == "email"
    assert category_of("mastodon", "mention") == "social"
    assert category_of("telegram", "direct") == "social"


def test_a_timer_turns_amber_near_its_target_and_red_past_it():
    clock = FakeClock(datetime(2026, 3, 16, 9, 0, tzinfo=UTC))
    since = clock.now()
    targets = ReplyTargets()
    clock.advance(timedelta(minutes=30))
    assert targets.waiting("mastodon", "mention", since, clock.now()).state == "ok"
    clock.advance(timedelta(minutes=20))
    assert targets.waiting("mastodon", "mention", since, clock.now()).state == "near"
    clock.advance(timedelta(minutes=20))
    social = targets.waiting("mastodon", "mention", since, clock.now())
    assert social.state == "over" and duration_label(social.seconds) == "1 h 10 min"
    # The same wait is well inside the e-mail and review targets.
    assert targets.waiting("email", "email", since, clock.now()).state == "ok"
    assert targets.waiting("google_reviews", "review", since, clock.now()).state == "ok"


def test_in_business_hours_a_saturday_night_message_waits_from_monday_morning(context, clock):
    business = context.business
    for setting, value in (
        (TARGETS_IN_BUSINESS_HOURS, True),
        (PROPERTY_TIMEZONE, "Europe/Berlin"),
        (BUSINESS_HOURS, WEEKDAYS),
        (TARGET_SOCIAL_MINUTES, 60),
    ):
        context.writer.call(business.set, setting, value)
    targets = ReplyTargets.read(business)
    since = berlin(2026, 3, 14, 23, 50)  # Saturday night
    monday_0930 = berlin(2026, 3, 16, 9, 30)
    waiting = targets.waiting("x", "mention", since, monday_0930)
    assert (waiting.seconds, waiting.state) == (30 * 60, "ok")
    # Without the rule every hour counts: far past the hour.
    context.writer.call(business.set, TARGETS_IN_BUSINESS_HOURS, False)
    assert ReplyTargets.read(business).waiting("x", "mention", since, monday_0930).state == "over"


def test_waiting_labels_show_the_two_largest_units():
    assert duration_label(20) == "under 1 min"
    assert duration_label(45 * 60) == "45 min"
    assert duration_label(2 * 3600 + 10 * 60) == "2 h 10 min"
    assert duration_label(3 * 3600) == "3 h"
    assert duration_label(3 * 86400 + 4 * 3600 + 59) == "3 d 4 h"
