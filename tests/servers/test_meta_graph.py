"""The Graph API grammar of the Meta test server: field expansion and cursor paging."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.servers.meta_graph import (
    FieldRequest,
    GraphError,
    PageRequest,
    paged,
    parse_fields,
)


def test_nested_fields_with_modifiers_are_read() -> None:
    fields = parse_fields("id,messages.limit(5).order(reverse_chronological){id,from{name}},to")

    assert [f.name for f in fields] == ["id", "messages", "to"]
    messages = fields[1]
    assert messages.modifiers == {"limit": "5", "order": "reverse_chronological"}
    assert messages.fields == [
        FieldRequest("id"),
        FieldRequest("from", fields=[FieldRequest("name")]),
    ]


@pytest.mark.parametrize("text", ["", "id,", "a{b", "a.limit(3", "a}{", "a{}"])
def test_malformed_field_lists_are_code_100(text: str) -> None:
    with pytest.raises(GraphError) as refused:
        parse_fields(text)

    assert refused.value.code == 100


def walk(items: list[tuple[str, str]], limit: int, arrivals: int) -> list[tuple[str, str]]:
    """Every page after the first, following ``after`` while new items arrive on top."""
    current = list(items)
    seen: list[tuple[str, str]] = []
    after: str | None = None
    for page_number in range(len(items) + 2):
        request = PageRequest(limit=limit, after=after)
        page: dict[str, Any] = paged(
            current, lambda i: i, request, lambda c: "next", lambda i: {"k": i}
        )
        seen += [(entry["k"][0], entry["k"][1]) for entry in page["data"]]
        if page_number < arrivals:
            current.insert(0, (f"9{page_number:03d}", "new"))  # newer than all: on top
        if "next" not in page.get("paging", {}):
            return seen
        after = page["paging"]["cursors"]["after"]
    raise AssertionError("paging did not end")


@settings(deadline=None, max_examples=60)
@given(
    count=st.integers(min_value=0, max_value=40),
    limit=st.integers(min_value=1, max_value=12),
    arrivals=st.integers(min_value=0, max_value=3),
)
def test_after_cursors_give_every_item_once_in_order(count: int, limit: int, arrivals: int) -> None:
    items = sorted(((f"{n:04d}", f"id{n}") for n in range(count)), reverse=True)

    assert walk(items, limit, arrivals) == items
