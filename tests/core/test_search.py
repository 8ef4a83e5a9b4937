"""Full-text search: whatever the user types is safe, results are newest first."""

from __future__ import annotations

import re
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
        fts5 = query.fts5()
        assert fts5.startswith('"') and (fts5.endswith('"') or fts5.endswith('"*'))
        # PostgreSQL's form quotes runs of letters and digits only: nothing else is syntax.
        lexemes = re.findall(r"'([^']*)'", query.tsquery())
        assert lexemes and all(x == "" or x.isalnum() for x in lexemes)


@pytest.mark.parametrize(
    ("direct_limit", "dense_share"),
    [(0, 2.0), (0, 0.0), (5000, 0.25)],
    ids=["walk-the-list-against-all-hits", "walk-the-list-checking-each-row", "look-up-hits"],
)
def test_every_search_strategy_pages_through_the_same_results(
    context, clock, monkeypatch, direct_limit, dense_share
):
    from socialinbox.core import inbox as inbox_module
    from socialinbox.core.inbox import PageKey

    monkeypatch.setattr(inbox_module, "SEARCH_DIRECT_LIMIT", direct_limit)
    # A share of 0 makes every search "dense" (a very common word); 2 never does.
    monkeypatch.setattr(inbox_module, "DENSE_SEARCH_SHARE", dense_share)
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


@pytest.mark.sqlite_only
def test_a_word_in_most_messages_is_checked_row_by_row_not_read_in_full(
    context, clock, monkeypatch
):
    # The commonest word of a million messages has ~950,000 hits: reading them
    # all for one page of 50 is what made such searches slow.
    from sqlalchemy import event

    from socialinbox.core import inbox as inbox_module

    monkeypatch.setattr(inbox_module, "SEARCH_DIRECT_LIMIT", 10)
    account = context.writer.call(context.accounts.create, "demo", "Common words")
    t0 = clock.now()
    items = [
        message(str(i), t0 - timedelta(minutes=i), text=f"the soup of day {i}") for i in range(40)
    ]
    items.append(message("odd", t0 - timedelta(minutes=41), text="no word in common"))
    context.ingest.store_batch(account.id, batch(*items))
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(" ".join(statement.split()))

    event.listen(context.db.engine, "before_cursor_execute", record)
    try:
        rows = context.inbox.page(InboxFilter(search="soup"), limit=5)
    finally:
        event.remove(context.db.engine, "before_cursor_execute", record)
    assert [r.preview for r in rows] == [f"the soup of day {i}" for i in range(5)]
    page_query = next(s for s in seen if s.startswith("SELECT messages.id"))
    assert "EXISTS" in page_query and "IN (SELECT" not in page_query
