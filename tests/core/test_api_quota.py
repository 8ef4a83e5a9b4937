"""The daily API quota (YouTube's units): Pacific days across daylight saving, the budget
that no call may overdraw, the count every process shares in the database, and its reset.
Time is the injectable clock's."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from socialinbox.app import AppContext
from socialinbox.clock import FakeClock
from socialinbox.core.api_quota import (
    DEFAULT_DAILY_BUDGET,
    MemoryQuotaBook,
    QuotaSpent,
    QuotaUsage,
    budget_of,
    next_reset,
    quota_day,
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# -- days and resets ------------------------------------------------------------------


def test_the_day_resets_at_pacific_midnight_eight_hours_after_utc_in_winter():
    assert quota_day(utc(2026, 11, 25, 7, 59)) == date(2026, 11, 24)
    assert quota_day(utc(2026, 11, 25, 8, 0)) == date(2026, 11, 25)
    assert next_reset(utc(2026, 11, 25, 9, 0)) == utc(2026, 11, 26, 8, 0)


def test_in_summer_the_reset_is_at_seven_utc():
    assert next_reset(utc(2026, 7, 4, 12, 0)) == utc(2026, 7, 5, 7, 0)
    assert quota_day(utc(2026, 7, 5, 6, 59)) == date(2026, 7, 4)


def test_the_day_clocks_spring_forward_lasts_23_hours():
    # 8 March 2026: 2:00 PST becomes 3:00 PDT.
    start = next_reset(utc(2026, 3, 7, 12, 0))
    assert start == utc(2026, 3, 8, 8, 0)
    end = next_reset(start)
    assert end == utc(2026, 3, 9, 7, 0)
    assert end - start == timedelta(hours=23)


def test_the_day_clocks_fall_back_lasts_25_hours():
    # 1 November 2026: 2:00 PDT becomes 1:00 PST; the repeated hour belongs to one day.
    start = next_reset(utc(2026, 10, 31, 20, 0))
    assert start == utc(2026, 11, 1, 7, 0)
    end = next_reset(start)
    assert end == utc(2026, 11, 2, 8, 0)
    assert end - start == timedelta(hours=25)
    assert quota_day(utc(2026, 11, 1, 8, 30)) == quota_day(utc(2026, 11, 1, 9, 30))


@settings(deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1)))
def test_the_next_reset_is_always_the_first_moment_of_the_next_day(naive):
    moment = naive.replace(tzinfo=UTC)
    reset = next_reset(moment)
    assert moment < reset <= moment + timedelta(hours=25)
    assert quota_day(reset) == quota_day(moment) + timedelta(days=1)
    assert quota_day(reset - timedelta(microseconds=1)) == quota_day(moment)


# -- the budget -------------------------------------------------------------------------


def test_the_budget_is_ten_thousand_units_unless_the_account_says_otherwise():
    assert budget_of({}) == DEFAULT_DAILY_BUDGET == 10_000
    assert budget_of({"quota_budget": "20,000"}) == 20_000
    assert budget_of({"quota_budget": 500}) == 500
    for unusable in ("lots", "0", "-5", None, ""):
        assert budget_of({"quota_budget": unusable}) == 10_000


def test_a_call_the_budget_cannot_pay_is_refused_and_counts_nothing():
    clock = FakeClock(utc(2026, 11, 25, 9, 0))
    book = MemoryQuotaBook(clock, 120, "YouTube")
    asyncio.run(book.spend(50))
    asyncio.run(book.spend(50))
    with pytest.raises(QuotaSpent) as refused:
        asyncio.run(book.spend(50))
    assert book.usage().used == 100
    assert refused.value.retry_at == utc(2026, 11, 26, 8, 0)
    assert "100 of 120 units" in str(refused.value) and "midnight Pacific" in str(refused.value)
    asyncio.run(book.spend(1, keep=19))  # exactly what remains
    with pytest.raises(QuotaSpent):
        asyncio.run(book.spend(1, keep=19))


def test_the_count_starts_again_at_the_reset():
    clock = FakeClock(utc(2026, 11, 25, 9, 0))
    book = MemoryQuotaBook(clock, 100, "YouTube")
    asyncio.run(book.spend(100))
    asyncio.run(book.exhaust())
    assert book.usage().remaining == 0
    clock.set(utc(2026, 11, 26, 7, 59))
    with pytest.raises(QuotaSpent):
        asyncio.run(book.spend(1))
    clock.set(utc(2026, 11, 26, 8, 0))
    assert book.usage() == QuotaUsage(date(2026, 11, 26), 0, 100)
    asyncio.run(book.spend(1))


def test_a_budget_the_network_says_is_spent_waits_for_the_reset_whatever_the_count():
    usage = QuotaUsage(date(2026, 11, 25), 12, 10_000, exhausted=True)
    assert usage.remaining == 0 and not usage.affords(1)
    assert usage.on(utc(2026, 11, 26, 8, 0)).affords(10_000)


# -- kept in the database -------------------------------------------------------------------


def _account(context: AppContext) -> int:
    return context.writer.call(context.accounts.create, "demo", "Quota account").id


def test_every_process_spends_from_one_count_kept_in_the_database(context, clock):
    account = _account(context)
    window = context.quotas.book(account, 1_000, "YouTube", context.writer)
    cli = context.quotas.book(account, 1_000, "YouTube", context.writer)
    asyncio.run(window.spend(600))
    with pytest.raises(QuotaSpent):
        asyncio.run(cli.spend(450))
    asyncio.run(cli.spend(400))
    assert window.usage().used == 1_000
    assert context.quotas.counted({account: 1_000})[account].used == 1_000


def test_the_stored_count_and_its_exhaustion_end_at_pacific_midnight(context, clock):
    account = _account(context)
    book = context.quotas.book(account, 10_000, "YouTube", context.writer)
    asyncio.run(book.spend(3_140))
    asyncio.run(book.exhaust())
    assert context.quotas.usage(account, 10_000).remaining == 0
    clock.set(next_reset(clock.now()))
    fresh = context.quotas.usage(account, 10_000)
    assert (fresh.used, fresh.exhausted) == (0, False)
    asyncio.run(book.spend(1))
    other = _account(context)
    after = context.quotas.counted({account: 10_000, other: 500})
    assert (after[account].used, after[account].exhausted) == (1, False)
    assert other not in after  # an account that never spent quota shows none


def test_removing_the_account_removes_its_count(context):
    account = _account(context)
    book = context.quotas.book(account, 100, "YouTube", context.writer)
    asyncio.run(book.spend(5))
    context.writer.call(context.accounts.remove, account)
    with context.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM api_quota")).scalar() == 0
