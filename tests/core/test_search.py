"""Full-text search: whatever the user types is safe, results are newest first."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialinbox.core.inbox import InboxFilter
from socialinbox.storage.dialect import fts_query
from tests.helpers import batch, message

TEXTS = [
    "The cornbread was wonderful, thank you!",
    "Is the e-mail address for bookings still the same?",
    "I program in C++ and love your wifi",
    "Parking AND breakfast (both) were great 🍞",
    'She said "cornbread" twice',
    "Frühstück war köstlich, café au lait parfait",
]


@pytest.fixture
def searchable(context, clock):
    account = context.writer.call(context.accounts.create, "demo", "Search")
    t0 = clock.now()
    context.ingest.store_batch(
        account.id,
        batch(*(message(str(i), t0 + timedelta(minutes=i), text=t) for i, t in enumerate(TEXTS))),
    )
    return context


def _texts(ctx, query):
    return [ctx.inbox.get(r.id).text for r in ctx.inbox.page(InboxFilter(search=query))]


def test_results_are_newest_first(searchable):
    assert _texts(searchable, "cornbread") == [TEXTS[4], TEXTS[0]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("c++", [TEXTS[2]]),
        ("e-mail", [TEXTS[1]]),
        ("AND breakfast", [TEXTS[3]]),
        ("(both", [TEXTS[3]]),
        ('"cornbread', [TEXTS[4], TEXTS[0]]),
        ("corn", [TEXTS[4], TEXTS[0]]),
        ("fruhstuck", [TEXTS[5]]),
        ("CAFÉ", [TEXTS[5]]),
        ("🍞", []),
        ("NEAR(", []),
        ("wonderful thank", [TEXTS[0]]),
    ],
)
def test_operators_and_punctuation_are_plain_text(searchable, query, expected):
    assert _texts(searchable, query) == expected


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_no_typed_text_raises_a_query_error(searchable, typed):
    searchable.inbox.page(InboxFilter(search=typed))
    searchable.inbox.count(InboxFilter(search=typed))


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from('"*^():-+ANDORNOT')))
def test_the_query_builder_quotes_every_word(typed):
    query = fts_query(typed)
    if query is not None:
        assert query.startswith('"') and (query.endswith('"') or query.endswith('"*'))


@pytest.mark.parametrize("direct_limit", [0, 5000], ids=["walk-the-list", "look-up-hits"])
def test_both_search_strategies_page_through_the_same_results(
    context, clock, monkeypatch, direct_limit
):
    from socialinbox.core import inbox as inbox_module
    from socialinbox.core.inbox import PageKey

    monkeypatch.setattr(inbox_module, "SEARCH_DIRECT_LIMIT", direct_limit)
    account = context.writer.call(context.accounts.create, "demo", "Strategies")
    t0 = clock.now()
    # Arrival order differs from creation order; every third message is on another network.
    items = [
        message(
            str(i),
            t0 - timedelta(minutes=(i * 7919) % 101),
            text=f"cornbread number {i}" if i % 2 else f"soup number {i}",
            channel="x" if i % 3 == 0 else "mastodon",
            author_key="123" if i % 3 == 0 else "alice@example.social",
        )
        for i in range(101)
    ]
    context.ingest.store_batch(account.id, batch(*items))
    flt = InboxFilter(search="cornbread")
    rows, after = [], None
    while page := context.inbox.page(flt, after, limit=7):
        rows.extend(page)
        after = PageKey.after(page[-1])
    assert len(rows) == 50
    keys = [(r.created_at, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)
    on_x = context.inbox.page(InboxFilter(search="cornbread", channel="x"), limit=100)
    assert {r.channel for r in on_x} == {"x"} and len(on_x) == 17
