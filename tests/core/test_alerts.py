"""Crisis detection on generated histories, moved through time with the fake clock."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from socialinbox.app import AppContext
from socialinbox.core import changes
from socialinbox.core.alerts import (
    NEGATIVE_BELOW,
    AlertNotFound,
    AlreadyAcknowledged,
    check_alerts,
    usual_windows,
)
from socialinbox.core.business_settings import PROPERTY_TIMEZONE
from socialinbox.core.inbox import InboxFilter
from socialinbox.storage.schema import Message
from tests.helpers import batch, message
from tests.sql_counter import counted_statements

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
WEEK = timedelta(weeks=1)
LONDON = "Europe/London"
NEGATIVE_TONE = NEGATIVE_BELOW - 0.3


@pytest.fixture
def account_id(context: AppContext, clock) -> int:
    clock.advance(-60 * DAY)
    account = context.writer.call(context.accounts.create, "demo", "Test")
    clock.advance(60 * DAY)
    context.writer.call(context.business.set, PROPERTY_TIMEZONE, LONDON)
    return account.id


class Arrivals:
    """Customers writing on one network, stored as sync batches are."""

    def __init__(self, context: AppContext, account_id: int, channel: str = "x") -> None:
        self.context = context
        self.account_id = account_id
        self.channel = channel
        self.number = 0

    def at(self, times: Iterable[datetime], *, negative: bool = False) -> changes.ChangeSet:
        """One batch of messages created at ``times``; ``negative`` gives them a negative
        tone, as the tone scorer would, and checks again as the batch's own check does."""
        items = []
        for when in times:
            self.number += 1
            items.append(
                message(
                    f"{self.channel}-{self.number}",
                    when,
                    channel=self.channel,
                    author_key=f"customer{self.number}",
                    handle=f"@customer{self.number}",
                    text="about my booking",
                )
            )
        result = self.context.writer.call(
            self.context.ingest.store_batch, self.account_id, batch(*items)
        )
        if not negative:
            return result.changes
        ids = [f"{self.channel}-{n}" for n in range(self.number - len(items) + 1, self.number + 1)]
        return self.context.writer.call(self._tone_negative, ids)

    def _tone_negative(self, remote_ids: list[str]) -> changes.ChangeSet:
        with self.context.db.write() as session:
            session.execute(
                update(Message)
                .where(Message.remote_id.in_(remote_ids))
                .values(sentiment=NEGATIVE_TONE)
            )
            return check_alerts(session, [self.channel], self.context.clock.now())

    def usual(self, per_week: list[int], now: datetime, ends: list[datetime] | None = None) -> None:
        """History: ``per_week[k]`` messages in the hour up to the same time k+1 weeks ago
        (or up to ``ends[k]``)."""
        for weeks, count in enumerate(per_week, start=1):
            end = ends[weeks - 1] if ends else now - weeks * WEEK
            self.at(end - i * (50 * MINUTE / max(count, 1)) for i in range(count))


def spread(now: datetime, count: int, over: timedelta = 40 * MINUTE) -> list[datetime]:
    """``count`` times in the ``over`` before ``now``, the newest a minute ago."""
    return [now - MINUTE - i * (over / count) for i in range(count)]


def test_a_spike_raises_one_alert_that_grows_while_it_goes_on(context, account_id, clock):
    arrivals = Arrivals(context, account_id)
    now = clock.now()
    arrivals.usual([1, 2, 1, 0], now)
    assert context.alerts.active() == []

    arrivals.at(spread(now, 9))
    assert context.alerts.active() == [], "nine messages are not yet a spike"
    raised = arrivals.at([now])
    [alert] = context.alerts.active()
    assert raised.ids(changes.ALERT, changes.INSERTED) == {alert.id}
    assert (alert.channel, alert.kind, alert.count, alert.usual, alert.negative) == (
        "x",
        "spike",
        10,
        1.0,
        0,
    )
    first = min(spread(now, 9))
    assert (alert.started_at, alert.last_seen_at) == (first, now)

    clock.advance(20 * MINUTE)
    grown = arrivals.at(spread(clock.now(), 6, over=10 * MINUTE))
    [same] = context.alerts.active()
    assert grown.ids(changes.ALERT, changes.UPDATED) == {alert.id}
    assert not grown.ids(changes.ALERT, changes.INSERTED)
    assert (same.id, same.count, same.started_at) == (alert.id, 16, first)
    assert same.last_seen_at == clock.now() - MINUTE

    # The spike's messages, as the banner's button shows them: exactly the count.
    shown = context.inbox.count(InboxFilter("all", "x", since=first, until=same.last_seen_at))
    assert shown == same.count


def test_an_acknowledged_spike_stays_quiet_while_it_lasts_and_a_later_one_is_new(
    context, account_id, clock
):
    arrivals = Arrivals(context, account_id)
    arrivals.at(spread(clock.now(), 12))
    [alert] = context.alerts.active()
    acknowledged = context.writer.call(context.alerts.acknowledge, alert.id)
    assert acknowledged.ids(changes.ALERT) == {alert.id}
    assert context.alerts.active() == []
    seen = context.alerts.get(alert.id)
    assert seen is not None and seen.acknowledged_by == "tester"

    clock.advance(30 * MINUTE)
    arrivals.at(spread(clock.now(), 8, over=25 * MINUTE))
    assert context.alerts.active() == [], "the same episode, already acknowledged"
    later = context.alerts.get(alert.id)
    assert later is not None and later.count == 20 and later.acknowledged_by == "tester"

    clock.advance(3 * HOUR)
    arrivals.at(spread(clock.now(), 11))
    [new] = context.alerts.active()
    assert new.id != alert.id and new.count == 11

    with pytest.raises(AlreadyAcknowledged, match="already acknowledged by tester"):
        context.writer.call(context.alerts.acknowledge, alert.id)
    with pytest.raises(AlertNotFound):
        context.writer.call(context.alerts.acknowledge, 999)


def test_a_busy_hour_that_is_busy_every_week_raises_nothing(context, account_id, clock):
    arrivals = Arrivals(context, account_id)
    now = clock.now()
    arrivals.usual([20, 25, 18, 22], now)
    arrivals.at(spread(now, 60))
    assert context.alerts.active() == [], "60 is under five times the usual 21"
    arrivals.at(spread(now, 50))
    [alert] = context.alerts.active()
    assert (alert.count, alert.usual) == (110, 21.0)


def test_other_networks_and_outbound_posts_do_not_count(context, account_id, clock):
    now = clock.now()
    Arrivals(context, account_id, "facebook").at(spread(now, 6))
    x = Arrivals(context, account_id, "x")
    x.at(spread(now, 5))
    replies = [
        message(f"reply-{i}", t, channel="x", inbound=False, author_key="us")
        for i, t in enumerate(spread(now, 20))
    ]
    context.writer.call(context.ingest.store_batch, account_id, batch(*replies))
    assert context.alerts.active() == []


def test_old_messages_arriving_late_raise_nothing(context, account_id, clock):
    """A first sync that fetches yesterday's busy hour: only the last 60 minutes count."""
    arrivals = Arrivals(context, account_id)
    arrivals.at(spread(clock.now() - 2 * HOUR, 40))
    assert context.alerts.active() == []


def test_a_slow_negative_drift_over_days_raises_nothing(context, account_id, clock):
    arrivals = Arrivals(context, account_id)
    for _hour in range(72):
        clock.advance(HOUR)
        arrivals.at(spread(clock.now(), 3, over=50 * MINUTE), negative=True)
    assert context.alerts.active() == []


def test_five_negative_messages_in_half_an_hour_raise_a_negative_alert(context, account_id, clock):
    arrivals = Arrivals(context, account_id)
    now = clock.now()
    arrivals.at(spread(now - 30 * MINUTE, 4, over=20 * MINUTE))
    arrivals.at(spread(now, 4, over=30 * MINUTE), negative=True)
    assert context.alerts.active() == [], "four negative messages are not enough"
    arrivals.at([now], negative=True)
    [alert] = context.alerts.active()
    assert (alert.kind, alert.count, alert.negative) == ("negative", 9, 5)


def test_negative_messages_that_are_less_than_half_raise_nothing(context, account_id, clock):
    arrivals = Arrivals(context, account_id)
    now = clock.now()
    arrivals.usual([3, 3, 3, 3], now)
    arrivals.at(spread(now, 6))
    arrivals.at(spread(now, 5), negative=True)
    assert context.alerts.active() == [], "5 negative of 11: under half, and 11 < 5 × 3"


def test_the_usual_hour_is_the_same_local_time_across_summer_time(context, account_id, clock):
    """London moves to summer time on 29 March 2026: the Wednesdays before it, 14:00–15:00
    local is 14:00–15:00 UTC; after it, 13:00–14:00 UTC."""
    zone = ZoneInfo(LONDON)
    now = datetime(2026, 4, 8, 13, 30, tzinfo=UTC)  # 14:30 in London
    local_ends = [
        datetime(2026, 4, 1, 14, 30, tzinfo=zone),
        datetime(2026, 3, 25, 14, 30, tzinfo=zone),
        datetime(2026, 3, 18, 14, 30, tzinfo=zone),
        datetime(2026, 3, 11, 14, 30, tzinfo=zone),
    ]
    assert [end for _, end in usual_windows(now, zone)] == local_ends
    assert [end.astimezone(UTC).hour for end in local_ends] == [13, 14, 14, 14]

    clock.set(now)
    arrivals = Arrivals(context, account_id)
    arrivals.usual([20, 20, 20, 20], now, local_ends)
    arrivals.at(spread(now, 30))
    assert context.alerts.active() == [], "30 is a usual Wednesday afternoon"


def test_the_check_costs_the_same_statements_whatever_the_history(context, account_id, clock):
    """Counts per window on the channel index, never a query per message or per week."""
    now = clock.now()
    quiet, busy = Arrivals(context, account_id, "x"), Arrivals(context, account_id, "facebook")
    busy.usual([40, 40, 40, 40], now)

    def statements_of_a_batch(arrivals: Arrivals) -> list[str]:
        with counted_statements(context.db) as seen:
            arrivals.at([clock.now() - MINUTE])
        return seen

    assert len(statements_of_a_batch(busy)) == len(statements_of_a_batch(quiet))
    clock.advance(MINUTE)
    busy.at(spread(clock.now(), 200))
    assert len(context.alerts.active()) == 1
    grown = statements_of_a_batch(busy)
    assert sum("alerts" in s for s in grown) <= 3, "read the ongoing alert, update it"
