"""Templates fill from what the app knows and refuse when a field has no value."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialinbox.core.outbox_service import OutboxError
from socialinbox.core.templates import fill, first_name, unfilled_fields
from socialinbox.storage.schema import Note


def test_fields_are_filled_and_a_missing_one_is_named():
    values = {"first_name": "Maya", "last_message_date": None, "channel": "X"}
    notes = {"favourite": "cornbread"}
    ok = fill("Dear {first_name}, more {note:Favourite} on {channel}?", values, notes)
    assert ok.text == "Dear Maya, more cornbread on X?" and ok.problem() is None
    refused = fill("Dear {first_name}, since {last_message_date}: {note:allergy}", values, notes)
    assert refused.text is None
    assert refused.missing == ("last_message_date", "note:allergy")
    assert refused.problem() == "no value for {last_message_date}, {note:allergy}"


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("Maya Okafor", "Maya"),
        ("@mayaokafor", None),
        ("maya@example.net", None),
        ("Fernleaf Design Ltd", "Fernleaf"),
        ("Maya", None),
        (None, None),
    ],
)
def test_a_first_name_is_only_taken_from_a_real_name(display, expected):
    assert first_name(display) == expected


@given(st.text(), st.text(min_size=1).filter(lambda v: "{" not in v and "}" not in v))
def test_text_around_fields_is_kept_and_values_are_put_in_verbatim(text, value):
    plain = text.replace("{", "(").replace("}", ")")
    assert fill(plain, {}, {}).text == plain
    filled = fill(plain + "{first_name}" + plain, {"first_name": value}, {})
    assert filled.text == plain + value + plain and unfilled_fields(filled.text) == []


def test_the_demo_guest_gets_her_template_and_the_outbox_refuses_an_unfilled_one(
    demo_context,
):
    ctx = demo_context
    [maya] = [
        r
        for r in ctx.inbox.page(
            __import__("socialinbox.core.inbox", fromlist=["InboxFilter"]).InboxFilter(channel="x"),
            limit=100,
        )
        if r.author_name == "Maya Okafor"
    ][:1]
    detail = ctx.inbox.get(maya.id)
    [welcome] = [t for t in ctx.templates.list_templates() if t.name == "Welcome back"]
    before = ctx.templates.fill_for_message(welcome.text, maya.id)
    assert before.text is None and "note:favourite" in before.missing
    with ctx.db.write() as session:
        session.add(
            Note(
                contact_id=detail.contact_id,
                text="Favourite: the cornbread",
                author="tester",
                created_at=ctx.clock.now(),
                updated_at=ctx.clock.now(),
            )
        )
    thanks = ctx.templates.fill_for_message(
        "Thank you, {first_name}! {note:favourite} is waiting.", maya.id
    )
    assert thanks.text == "Thank you, Maya! the cornbread is waiting."
    with pytest.raises(OutboxError, match=r"\{first_name\}"):
        ctx.writer.call(ctx.outbox.create_reply, maya.id, "Dear {first_name}, hi", "tester")
