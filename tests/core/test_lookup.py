"""The quick lookup takes whatever a clerk types, and reads only an index range."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from socialinbox.core import lookup


def test_any_typed_text_is_a_valid_lookup(context):
    for name in ("Maya Okafor", "Zoë Müller", "\U0010ffff Edge"):
        context.writer.call(context.contacts.create, name)

    @given(st.text(max_size=40))
    def check(typed: str) -> None:
        with context.db.read() as session:
            hits = lookup.lookup(session, typed)
        assert len(hits) <= lookup.LOOKUP_LIMIT

    check()
    assert [h.name for h in context.contacts.lookup("\U0010ffff")] == ["\U0010ffff Edge"]


@pytest.mark.sqlite_only
def test_a_lookup_is_a_range_scan_of_the_terms_index(context):
    with context.db.read() as session:
        stmt = text(
            "EXPLAIN QUERY PLAN SELECT contact_id FROM contact_terms "
            "WHERE term >= :a AND term < :b ORDER BY term LIMIT 160"
        )
        [plan] = [row[-1] for row in session.execute(stmt, {"a": "ma", "b": "mb"})]
    # A search of the primary key's range, covered by the index: no table scan, no sort.
    assert plan.startswith("SEARCH contact_terms USING COVERING INDEX")
    assert plan.endswith("(term>? AND term<?)")


def test_terms_of_a_name_split_accents_hyphens_and_apostrophes():
    terms = lookup.terms_of(["Séan O'Brien-Smyth"], ["@sean_ob"], ["+44 20 7946 0958"], ["12B"])
    assert {"sean", "o'brien-smyth", "brien", "smyth", "@sean_ob", "sean_ob"} <= terms
    assert {"442079460958", "12b"} <= terms
