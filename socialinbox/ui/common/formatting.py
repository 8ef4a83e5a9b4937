"""Times, ratings and logged conversations as a row or the reading pane shows them, translated."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from socialinbox.core.names import IN_PERSON
from socialinbox.core.timefmt import age_parts
from socialinbox.core.tone import Tone
from socialinbox.core.waiting import Waiting, duration_parts
from socialinbox.ui.common.networks import current_networks

_CONTEXT = "Age"


def age_text(now: datetime, then: datetime) -> str:
    """The coarse age of a list row: "now", "4 min", "3 h", "2 d", "5 w", "1 y"."""
    value, unit = age_parts(now, then)
    translate = QCoreApplication.translate
    if unit == "now":
        return translate(_CONTEXT, "now")
    if unit == "min":
        return translate(_CONTEXT, "%n min", None, value)
    if unit == "h":
        return translate(_CONTEXT, "%n h", None, value)
    if unit == "d":
        return translate(_CONTEXT, "%n d", None, value)
    if unit == "w":
        return translate(_CONTEXT, "%n w", None, value)
    return translate(_CONTEXT, "%n y", None, value)


def duration_text(seconds: int) -> str:
    """A wait in its two largest units: "under 1 min", "45 min", "2 h 10 min", "3 d 4 h"."""
    days, hours, minutes = duration_parts(seconds)
    translate = QCoreApplication.translate
    if days:
        if hours:
            return translate("Waiting", "{days} d {hours} h").format(days=days, hours=hours)
        return translate("Waiting", "{days} d").format(days=days)
    if hours:
        if minutes:
            return translate("Waiting", "{hours} h {minutes} min").format(
                hours=hours, minutes=minutes
            )
        return translate("Waiting", "{hours} h").format(hours=hours)
    if minutes:
        return translate("Waiting", "{minutes} min").format(minutes=minutes)
    return translate("Waiting", "under 1 min")


def waiting_text(waiting: Waiting, with_target: bool = False) -> str:
    """ "waiting 2 h 10 min"; with the target: "waiting 2 h 10 min, past the 1 h target"."""
    translate = QCoreApplication.translate
    text = translate("Waiting", "waiting {duration}").format(
        duration=duration_text(waiting.seconds)
    )
    if not with_target:
        return text
    target = duration_text(waiting.target_seconds)
    if waiting.state == "over":
        wording = translate("Waiting", "{waiting}, past the {target} target")
    elif waiting.state == "near":
        wording = translate("Waiting", "{waiting}, close to the {target} target")
    else:
        wording = translate("Waiting", "{waiting}, within the {target} target")
    return wording.format(waiting=text, target=target)


def tone_text(tone: Tone | None) -> str:
    """The tone of a message in words ("negative tone"); empty when neutral or unknown
    (nothing is shown for those)."""
    if tone == "negative":
        return QCoreApplication.translate("Tone", "negative tone")
    if tone == "positive":
        return QCoreApplication.translate("Tone", "positive tone")
    return ""


def network_name(channel: str) -> str:
    """The network's name for people ("E-mail", "Google reviews") as its connector declares
    it, translated in the context "Network" (a translation may word it differently)."""
    return QCoreApplication.translate("Network", current_networks().label(channel))


def count_text(context: str, text: str, n: int) -> str:
    """A translated count like ``"%Ln message(s)"``.

    Translations give every plural form (Qt's numerus forms); without one, the
    English source is made singular or plural here ("1 message", "3 messages").
    """
    translated = QCoreApplication.translate(context, text, None, n)
    if "(s)" in translated:
        translated = translated.replace("(s)", "" if n == 1 else "s")
    return translated


def full_datetime(when: datetime) -> str:
    """Local date and time in the user's locale, e.g. "Thursday, 12 March 2026, 09:14"."""
    local = when.astimezone()
    locale = QLocale()
    date = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("DateTime", "{date}, {time}").format(date=date, time=time)


def short_time(when: datetime) -> str:
    """Local time of day ("09:14"), for status messages about today."""
    local = when.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def stars(rating: int | None, out_of: int = 5) -> str:
    """A review rating as stars ("★★★★☆"); empty when there is none."""
    if rating is None:
        return ""
    filled = max(0, min(out_of, rating))
    return "★" * filled + "☆" * (out_of - filled)


def logged_what(channel: str, inbound: bool) -> str:
    """What a conversation logged by hand was, in a few words: "called", "came in",
    "you called them", "you spoke to them" (for the timeline and the reading pane)."""
    translate = QCoreApplication.translate
    if channel == IN_PERSON:
        return (
            translate("Logged", "came in") if inbound else translate("Logged", "you spoke to them")
        )
    return translate("Logged", "called") if inbound else translate("Logged", "you called them")


def logged_by_text(logged_by: str) -> str:
    """Who logged a conversation by hand: "logged by Anna"."""
    return QCoreApplication.translate("Logged", "logged by {name}").format(name=logged_by)
