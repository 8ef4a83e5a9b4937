"""Each raiser's reason reads back as its code and fields (the window words them)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from socialinbox.app import AppContext
from socialinbox.core import practice, reminder_reasons
from socialinbox.core.arrivals import ArrivalsImport
from socialinbox.core.names import IN_PERSON, PHONE
from socialinbox.core.reminder_reasons import reason_of
from socialinbox.core.reminders import NewInbound, _return_row

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("channel", "latest", "code", "fields"),
    [
        ("x", None, reminder_reasons.RETURNED_FIRST, {"network": "X"}),
        ("x", NOW - timedelta(days=45), reminder_reasons.RETURNED_AGAIN, {"network": "X"}),
        (PHONE, None, reminder_reasons.CALLED_FIRST, {}),
        (PHONE, NOW - timedelta(days=31), reminder_reasons.CALLED_AGAIN, {}),
        (IN_PERSON, None, reminder_reasons.CAME_IN_FIRST, {}),
        (IN_PERSON, NOW - timedelta(days=400), reminder_reasons.CAME_IN_AGAIN, {}),
    ],
)
def test_a_return_reason_reads_back(channel, latest, code, fields):
    # A name that looks like the sentence around it is still read whole.
    name = "Maya 'wrote on' Okafor"
    message = NewInbound(1, 7, channel, NOW, deleted=False)
    row = _return_row(7, name, "X", message, latest, NOW)
    reason = reason_of("return", str(row["reason"]))
    assert reason is not None and reason.code == code
    assert reason.fields["name"] == name
    assert {k: reason.fields[k] for k in fields} == fields
    assert reason.days == (0 if latest is None else (NOW - latest).days)


@pytest.mark.parametrize(
    ("kind", "message_kind", "rating", "answered_on", "code", "how"),
    [
        ("close_loop", "comment", None, ("email", "email"), reminder_reasons.CLOSE_LOOP, None),
        ("close_loop", "mention", None, None, reminder_reasons.CLOSE_LOOP, "in private"),
        ("thank_you", "review", 5, None, reminder_reasons.THANK_YOU, None),
    ],
)
def test_a_practice_reason_reads_back(kind, message_kind, rating, answered_on, code, how):
    candidate = practice._Candidate(3, 7, "Hanna Lindqvist", "x", message_kind, rating, answered_on)
    reason = reason_of(kind, practice._reason(kind, candidate, "Google reviews"))
    assert reason is not None and reason.code == code
    assert reason.fields["name"] == "Hanna Lindqvist"
    assert reason.fields["network"] == "Google reviews"
    assert reason.rating == rating
    if how is not None:
        assert reason.fields["how"] == how


def test_an_arrival_reason_reads_back_with_its_days(context: AppContext) -> None:
    known = context.writer.call(context.contacts.create, "Jürgen Weiss").id
    context.writer.call(context.contacts.link, known, "email", "j.weiss@example.de")
    context.writer.call(context.notes.add, known, "wants a feather-free pillow")
    importer = ArrivalsImport(context.db, context.clock, context.origin)
    data = (
        "Guest,E-mail,Arrival,Departure,Room\r\n"
        "Jürgen Weiss,j.weiss@example.de,30.12.2026,02.01.2027,214\r\n"
    ).encode()
    parsed = importer.read(data, date(2026, 12, 30))
    context.writer.call(importer.apply, parsed)
    [reminder] = context.reminders.shown()
    reason = reason_of(reminder.kind, reminder.reason)
    assert reason is not None and reason.code == reminder_reasons.ARRIVAL
    assert reason.fields["name"] == "Jürgen Weiss" and reason.fields["room"] == "214"
    assert (reason.arrival, reason.departure) == (date(2026, 12, 30), date(2027, 1, 2))


def test_a_follow_up_or_an_unknown_wording_is_shown_as_written():
    assert reason_of("follow_up", "Maya wrote again on X after 3 days") is None
    assert reason_of("return", "an older wording of a return") is None
