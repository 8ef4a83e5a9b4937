"""A reminder's reason in the window's language (see :mod:`socialinbox.core.reminder_reasons`).

Rule for callers: show ``reason_text(reminder.kind, reminder.reason)``, never the stored
reason itself; a reason written by a person, or one in an older wording, comes back as
it was written. A reminder's notes are shown as :func:`note_lines` gives them: where the
customer was noted at another property comes first ("noted at Memphis: loves cornbread").
"""

from __future__ import annotations

from socialinbox.core import reminder_reasons as codes
from socialinbox.core.reminder_reasons import Reason, reason_of
from socialinbox.core.reminders import ReminderInfo, noted_at_line
from socialinbox.ui.common.formatting import QT_TRANSLATE_NOOP, date_text, translate

# What the customer's message was, as a reason says it.
_WHAT = {
    "mention": QT_TRANSLATE_NOOP("ReminderReason", "post"),
    "comment": QT_TRANSLATE_NOOP("ReminderReason", "comment"),
    "review": QT_TRANSLATE_NOOP("ReminderReason", "review"),
    "direct": QT_TRANSLATE_NOOP("ReminderReason", "message"),
    "email": QT_TRANSLATE_NOOP("ReminderReason", "e-mail"),
    "reply": QT_TRANSLATE_NOOP("ReminderReason", "reply"),
}
# How a complaint was settled in private (core.practice's wording).
_HOW = {
    "by e-mail": QT_TRANSLATE_NOOP("ReminderReason", "by e-mail"),
    "on the phone": QT_TRANSLATE_NOOP("ReminderReason", "on the phone"),
    "in person": QT_TRANSLATE_NOOP("ReminderReason", "in person"),
    "in a direct message": QT_TRANSLATE_NOOP("ReminderReason", "in a direct message"),
    "in private": QT_TRANSLATE_NOOP("ReminderReason", "in private"),
}


def reason_text(kind: str, reason: str) -> str:
    """The reason of a reminder of ``kind`` as the window says it (see the module's rule)."""
    read = reason_of(kind, reason)
    return reason if read is None else _worded(read) or reason


def noted_at_text(place: str, note: str) -> str:
    """ "noted at Nashville: loves cornbread" in the window's language."""
    return translate("ReminderReason", "noted at {property}: {note}").format(
        property=place, note=note
    )


def note_lines(reminder: ReminderInfo) -> list[str]:
    """The reminder's notes as shown: the one written at another property first, saying
    where (see the module's rule), then the others."""
    if not reminder.noted_at:
        return list(reminder.notes)
    others = [n for n in reminder.notes if n != reminder.noted]
    return [noted_at_text(reminder.noted_at, reminder.noted or ""), *others]


def worded_noted_at(body: str, place: str, note: str) -> str:
    """A notification's body with its English "noted at …" line in the window's language."""
    if not place:
        return body
    return body.replace(noted_at_line(place, note), noted_at_text(place, note))


def _worded(read: Reason) -> str | None:
    fields = read.fields
    name = fields.get("name", "")
    network = translate("Network", fields.get("network", ""))
    days = read.days
    code = read.code
    if code == codes.RETURNED_FIRST:
        return translate("ReminderReason", "{name} wrote on {network} for the first time").format(
            name=name, network=network
        )
    if code == codes.RETURNED_AGAIN:
        return translate(
            "ReminderReason", "{name} wrote again on {network} after %Ln day(s)", None, days
        ).format(name=name, network=network)
    if code == codes.CALLED_FIRST:
        return translate("ReminderReason", "{name} called for the first time").format(name=name)
    if code == codes.CALLED_AGAIN:
        return translate(
            "ReminderReason", "{name} called again after %Ln day(s)", None, days
        ).format(name=name)
    if code == codes.CAME_IN_FIRST:
        return translate("ReminderReason", "{name} came in for the first time").format(name=name)
    if code == codes.CAME_IN_AGAIN:
        return translate(
            "ReminderReason", "{name} came in again after %Ln day(s)", None, days
        ).format(name=name)
    if code in (codes.CLOSE_LOOP, codes.THANK_YOU):
        return _practice_text(read, name, network)
    if code == codes.ARRIVAL:
        return _arrival_text(read, name)
    return None


def _practice_text(read: Reason, name: str, network: str) -> str:
    rating = read.rating
    what = (
        translate("ReminderReason", "%Ln-star review", None, rating)
        if rating is not None
        else translate("ReminderReason", _WHAT.get(read.fields.get("what", ""), "message"))
    )
    if read.code == codes.THANK_YOU:
        return translate(
            "ReminderReason", "{name}'s {what} on {network} has had no reply: say thank you"
        ).format(name=name, what=what, network=network)
    how = read.fields.get("how", "in private")
    return translate(
        "ReminderReason",
        "{name}'s {what} on {network} was settled {how}; its readers have not seen the "
        "happy ending: close the loop in public",
    ).format(
        name=name, what=what, network=network, how=translate("ReminderReason", _HOW.get(how, how))
    )


def _arrival_text(read: Reason, name: str) -> str | None:
    arrival = read.arrival
    if arrival is None:
        return None
    text = translate("ReminderReason", "{name} arrives on {day}").format(
        name=name, day=date_text(arrival, weekday=True, short=True)
    )
    if read.fields.get("room"):
        text += translate("ReminderReason", ", room {room}").format(room=read.fields["room"])
    departure = read.departure
    if departure is not None:
        text += translate("ReminderReason", ", until {day}").format(
            day=date_text(departure, weekday=True, year=departure.year != arrival.year, short=True)
        )
    return text
