"""Templates fill from what the app knows and refuse when a field has no value."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialinbox.core.business_settings import REPLY_TEMPLATES
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.outbox_service import OutboxError
from socialinbox.core.templates import (
    customer_language,
    date_in,
    fill,
    first_name,
    template_to_setting,
    templates_from_setting,
    unfilled_fields,
)
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


def test_a_template_answers_in_the_customers_language_when_it_has_a_text_for_it(
    demo_context,
):
    ctx = demo_context
    ctx.writer.call(
        ctx.business.set,
        REPLY_TEMPLATES,
        [
            {
                "name": "Thanks",
                "text": "Thank you for writing on {channel}!",
                "texts": {"de": "Danke für Ihre Nachricht auf {channel}!", "it": " "},
            }
        ],
    )
    [thanks] = ctx.templates.list_templates()
    assert thanks.texts == (("de", "Danke für Ihre Nachricht auf {channel}!"),)  # blank: none
    rows = [r for r in ctx.inbox.page(InboxFilter(), limit=500) if r.contact_id is not None]
    with ctx.db.read() as session:
        by_language = {customer_language(session, r.contact_id): r for r in rows}
    german, english, italian = by_language["de"], by_language["en"], by_language["it"]
    assert ctx.templates.fill_template(thanks, german.id).text == (
        f"Danke für Ihre Nachricht auf {ctx.networks.label(german.channel)}!"
    )
    assert ctx.templates.fill_template(thanks, english.id).text == (
        f"Thank you for writing on {ctx.networks.label(english.channel)}!"
    )
    # A language without its own text gets the text for any language.
    assert ctx.templates.fill_template(thanks, italian.id).text.startswith("Thank you")


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("de", "03.12.2026"),
        ("fr", "03/12/2026"),
        ("en", "3 December 2026"),
        (None, "3 December 2026"),
    ],
)
def test_a_date_in_a_reply_is_written_as_its_language_writes_it(language, written):
    assert date_in(language, datetime(2026, 12, 3, 9, 0, tzinfo=UTC)) == written


def test_a_stored_template_keeps_its_texts_and_purpose():
    stored = {"name": "Sorted", "text": "Glad", "texts": {"fr": "Ravis"}, "for": "close_loop"}
    [template] = templates_from_setting([stored])
    assert template.text_for("fr") == "Ravis" and template.text_for(None) == "Glad"
    assert template_to_setting(template) == stored
