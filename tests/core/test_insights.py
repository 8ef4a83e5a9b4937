"""Where the business stands: levels per channel and week, first-response percentiles, the
hour kept in and out of business hours, the one-line reading (core/insights.py).

The rows' ``level`` and ``first_response_at`` are set here as core.response_levels sets
them, so that each figure is checked against numbers worked out by hand.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from socialinbox.core.business_settings import BUSINESS_HOURS, PROPERTY_TIMEZONE
from socialinbox.core.insights import (
    ALL_WAITING,
    LEVEL_KEYS,
    NO_MESSAGES,
    READINGS,
    LevelCounts,
    median_seconds,
    nearest_rank,
    read_insights,
    reading_of,
    recent_weeks_start,
    write_weeks_csv,
)
from socialinbox.storage.schema import Message
from tests.helpers import batch, message

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BERLIN).astimezone(UTC)


class Stored:
    """Messages stored through ingest, then given a level and a first response."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.account = ctx.writer.call(ctx.accounts.create, "demo", "Insights")
        self.count = 0

    def add(
        self,
        created_at: datetime,
        *,
        level: int | None = None,
        after_s: int | None = None,
        channel: str = "mastodon",
        **extra: object,
    ) -> str:
        self.count += 1
        remote_id = f"m{self.count}"
        self.ctx.ingest.store_batch(
            self.account.id, batch(message(remote_id, created_at, channel=channel, **extra))
        )
        responded = None if after_s is None else created_at + timedelta(seconds=after_s)
        with self.ctx.db.write() as session:
            session.execute(
                update(Message)
                .where(Message.remote_id == remote_id)
                .values(level=level, first_response_at=responded)
            )
        return remote_id

    def read(self, since: datetime | None = None, until: datetime | None = None):
        return read_insights(self.ctx.db, self.ctx.business, self.ctx.clock.now(), since, until)


def test_the_median_is_the_middle_time_and_p90_the_nearest_rank():
    assert median_seconds([]) is None and nearest_rank([], 90) is None
    assert (median_seconds([42]), nearest_rank([42], 90)) == (42, 42)
    ten = list(range(1, 11))
    # Even count: the mean of 5 and 6, halves rounded up; p90 of 10 is the 9th.
    assert (median_seconds(ten), nearest_rank(ten, 90)) == (6, 9)
    eleven = list(range(1, 12))
    assert (median_seconds(eleven), nearest_rank(eleven, 90)) == (6, 10)
    assert median_seconds([60, 121]) == 91  # 90.5 → 91
    assert nearest_rank([5, 7, 100], 90) == 100


@settings(deadline=None, max_examples=200)
@given(st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=300))
def test_p90_has_at_least_90_percent_at_or_below_it_and_fewer_below(times):
    ordered = sorted(times)
    p90 = nearest_rank(ordered, 90)
    assert p90 in times
    assert sum(t <= p90 for t in times) >= 0.9 * len(times)
    assert sum(t < p90 for t in times) < 0.9 * len(times)
    median = median_seconds(ordered)
    assert median is not None and ordered[0] <= median <= ordered[-1]
    assert sum(t <= median for t in times) >= len(times) / 2


def test_levels_and_times_per_channel_count_only_customers_messages_of_the_period(context, clock):
    stored = Stored(context)
    t0 = clock.now() - timedelta(days=20)
    # Mastodon: four answered (2, 5, 40 min; 3 h), one never answered, one still waiting.
    for minutes, level in ((2, 3), (5, 4), (40, 3), (180, 2)):
        stored.add(t0, level=level, after_s=minutes * 60)
    stored.add(t0, level=0)
    stored.add(clock.now() - timedelta(days=1), level=None)
    # E-mail: one answered after two days.
    stored.add(t0, level=1, after_s=2 * 86_400, channel="email", author_key="a@b.example")
    # Not customers' messages to answer: our own reply, thread context, a deleted one.
    stored.add(t0, level=3, after_s=1, inbound=False)
    stored.add(t0, level=3, after_s=1, kind="context")
    deleted = stored.add(t0, level=3, after_s=1)
    with context.db.write() as session:
        session.execute(
            update(Message).where(Message.remote_id == deleted).values(deleted_at=clock.now())
        )

    insights = stored.read()
    assert [row.as_json() for row in insights.channels] == [
        {
            "channel": "email",
            "messages": 1,
            "levels": {"0": 0, "1": 1, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "null": 0},
            "median_first_response_s": 172_800,
            "p90_first_response_s": 172_800,
        },
        {
            "channel": "mastodon",
            "messages": 6,
            "levels": {"0": 1, "1": 0, "2": 1, "3": 2, "4": 1, "5": 0, "6": 0, "null": 1},
            "median_first_response_s": 1350,  # (5 min + 40 min) / 2
            "p90_first_response_s": 10_800,  # rank ⌈0.9 × 4⌉ = 4: the 3 h
        },
    ]
    overall = insights.overall
    assert overall.messages == 7 and overall.levels["3"] == 2
    assert (overall.median_first_response_s, overall.p90_first_response_s) == (2400, 172_800)
    assert insights.for_channel("mastodon").reading == READINGS["3"]
    assert insights.for_channel("bluesky").messages == 0

    # The period: the last week holds only the waiting message.
    recent = stored.read(since=clock.now() - timedelta(days=7))
    assert [(r.channel, r.levels.as_json()["null"], r.messages) for r in recent.channels] == [
        ("mastodon", 1, 1)
    ]
    assert recent.overall.median_first_response_s is None
    assert recent.overall.reading == ALL_WAITING
    assert stored.read(until=t0).overall.messages == 0  # until is excluded
    assert stored.read(until=t0).overall.reading == NO_MESSAGES


def test_the_hour_in_and_out_of_business_hours_is_the_propertys_across_dst(context, clock):
    context.writer.call(context.business.set, PROPERTY_TIMEZONE, "Europe/Berlin")
    clock.set(berlin(2026, 4, 10, 12, 0))
    stored = Stored(context)
    # Friday 27 March 2026 (CET, UTC+1); the clocks go forward on Sunday 29 March.
    stored.add(berlin(2026, 3, 27, 8, 59), level=3, after_s=600)  # out, within the hour
    stored.add(berlin(2026, 3, 27, 9, 0), level=3, after_s=3600)  # in, exactly an hour
    stored.add(berlin(2026, 3, 27, 16, 59), level=2, after_s=3601)  # in, missed
    stored.add(berlin(2026, 3, 27, 17, 0), level=2, after_s=7200)  # out, missed
    stored.add(berlin(2026, 3, 28, 11, 0), level=3, after_s=60)  # Saturday: out
    # Monday 30 March, CEST (UTC+2): 09:30 local is 07:30 UTC — in business hours.
    stored.add(berlin(2026, 3, 30, 9, 30), level=3, after_s=120)
    stored.add(berlin(2026, 3, 30, 8, 30), level=0)  # out, never answered
    # Still waiting, 20 minutes old: its hour is not over, in neither share.
    stored.add(clock.now() - timedelta(minutes=20), level=None)

    figures = stored.read().overall
    assert (figures.in_hours.within_hour, figures.in_hours.decided) == (2, 3)
    assert (figures.out_of_hours.within_hour, figures.out_of_hours.decided) == (2, 4)
    assert figures.out_of_hours.share == 0.5

    # A night desk: 22:00–06:00 every day, across midnight.
    every_day = {"days": list(range(7)), "start": "22:00", "end": "06:00"}
    context.writer.call(context.business.set, BUSINESS_HOURS, every_day)
    night = stored.read().overall
    assert (night.in_hours.decided, night.out_of_hours.decided) == (0, 7)
    stored.add(berlin(2026, 4, 4, 23, 30), level=3, after_s=60)  # Saturday night
    stored.add(berlin(2026, 4, 5, 0, 30), level=3, after_s=60)  # after midnight: still in
    stored.add(berlin(2026, 4, 5, 6, 0), level=3, after_s=60)  # 06:00: out
    night = stored.read().overall
    assert (night.in_hours.within_hour, night.in_hours.decided) == (2, 2)
    assert night.out_of_hours.decided == 8


def test_weeks_are_the_propertys_mondays_without_gaps_per_channel(context, clock):
    context.writer.call(context.business.set, PROPERTY_TIMEZONE, "Europe/Berlin")
    clock.set(berlin(2026, 4, 30, 12, 0))
    stored = Stored(context)
    # Sunday 23:30 and Monday 00:30 in Berlin: one hour apart, in different weeks (both
    # are Sunday in UTC).
    stored.add(berlin(2026, 3, 29, 23, 30), level=2, after_s=5000)
    stored.add(berlin(2026, 3, 30, 0, 30), level=3, after_s=100)
    stored.add(berlin(2026, 3, 31, 10, 0), level=None, channel="email", author_key="g@h.example")
    # Nothing in the week of 6 April; one message in the week of 13 April.
    stored.add(berlin(2026, 4, 16, 10, 0), level=0)

    insights = stored.read()
    weeks = insights.weeks()
    assert [w.week for w in weeks] == [
        date(2026, 3, 23),
        date(2026, 3, 30),
        date(2026, 4, 6),
        date(2026, 4, 13),
    ]
    assert [w.levels.as_json() for w in weeks][:2] == [
        _levels({"2": 1}),
        _levels({"3": 1, "null": 1}),
    ]
    assert weeks[2].levels.total == 0 and weeks[3].levels["0"] == 1
    email = insights.weeks("email")
    assert [w.week for w in email] == [w.week for w in weeks]  # the same axis
    assert [w.levels.total for w in email] == [0, 1, 0, 0]

    out = io.StringIO()
    write_weeks_csv(out, insights, "mastodon")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["week_start"] for r in rows] == [
        "2026-03-23",
        "2026-03-30",
        "2026-04-06",
        "2026-04-13",
    ]
    assert rows[1] == {
        "channel": "mastodon",
        "week_start": "2026-03-30",
        "messages": "1",
        "level_0": "0",
        "level_1": "0",
        "level_2": "0",
        "level_3": "1",
        "level_4": "0",
        "level_5": "0",
        "level_6": "0",
        "waiting": "0",
    }


def test_the_reading_names_the_level_most_messages_reached():
    for level in "0123456":
        counts = _levels({level: 3, "2" if level != "2" else "1": 2, "null": 9})
        assert reading_of(LevelCounts(tuple(counts.values()))).startswith(f"Mostly level {level}:")
    # A tie goes to the lower level: the business has not yet made the higher one its habit.
    tie = LevelCounts(tuple(_levels({"2": 4, "3": 4}).values()))
    assert reading_of(tie) == (
        "Mostly level 2: answers come within hours; answer within the hour to reach level 3"
    )
    assert reading_of(LevelCounts(tuple(_levels({"null": 2}).values()))) == ALL_WAITING
    assert reading_of(LevelCounts()) == NO_MESSAGES


def _levels(some: dict[str, int]) -> dict[str, int]:
    return {key: some.get(key, 0) for key in LEVEL_KEYS}


def test_the_last_weeks_start_at_the_propertys_monday_midnight():
    # Monday 30 March 2026, 00:30 in Berlin (CEST) is still Sunday 22:30 in UTC.
    now = berlin(2026, 3, 30, 0, 30)
    assert recent_weeks_start(now, BERLIN, 1) == berlin(2026, 3, 30, 0, 0)
    # Two weeks back crosses the change to summer time: midnight CET, 23:00 UTC.
    assert recent_weeks_start(now, BERLIN, 3) == datetime(2026, 3, 15, 23, 0, tzinfo=UTC)
    assert recent_weeks_start(now, UTC, 1) == datetime(2026, 3, 23, tzinfo=UTC)
