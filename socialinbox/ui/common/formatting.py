"""The window's words: translate() for the catalogues, and times, dates, numbers, ages,
ratings and logged conversations as the locale writes them."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from socialinbox.core.names import IN_PERSON
from socialinbox.core.timefmt import AgeUnit, age_parts
from socialinbox.core.tone import Tone
from socialinbox.core.waiting import Waiting, duration_parts

# Marks a text of a table for the catalogues, translated later with translate(context, x).
from socialinbox.settings import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from socialinbox.ui.common.networks import current_networks

# Parts of a locale's date pattern: the year (with what joins it: ", yyyy", " 'de' yyyy")
# and the weekday (with what follows it: "dddd, ").
_YEAR = re.compile(r"[\s,.]*(?:'[^']*'\s*)?y+")
_WEEKDAY = re.compile(r"dddd[,\s]*")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language: Qt's ``QCoreApplication.translate`` under the one
    name lupdate reads besides ``tr`` (call it with a literal context and text, never a
    variable, or the text never reaches the catalogues).

    With a count ``n`` the text is a plural (``"%Ln message(s)"``): the catalogue holds
    every form of the language; without a translation the English source is made
    singular or plural here ("1 message", "3 messages").
    """
    translated = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(s)" in translated:
        translated = translated.replace("(s)", "" if n == 1 else "s")
    return translated


def age_text(now: datetime, then: datetime) -> str:
    """The coarse age of a list row: "now", "4 min", "3 h", "2 d", "5 w", "1 y"."""
    value, unit = age_parts(now, then)
    if unit == "now":
        return translate("Age", "now")
    return _unit_text(value, unit)


def ago_text(now: datetime, then: datetime) -> str:
    """How long ago, as a sentence part: "just now", "4 min ago" ("vor 4 Min.")."""
    value, unit = age_parts(now, then)
    if unit == "now":
        return translate("Age", "just now")
    return translate("Age", "{age} ago").format(age=_unit_text(value, unit))


def _unit_text(value: int, unit: AgeUnit) -> str:
    if unit == "min":
        return translate("Age", "%Ln min", None, value)
    if unit == "h":
        return translate("Age", "%Ln h", None, value)
    if unit == "d":
        return translate("Age", "%Ln d", None, value)
    if unit == "w":
        return translate("Age", "%Ln w", None, value)
    return translate("Age", "%Ln y", None, value)


def duration_text(seconds: int) -> str:
    """A wait in its two largest units: "under 1 min", "45 min", "2 h 10 min", "3 d 4 h"."""
    days, hours, minutes = duration_parts(seconds)
    if days:
        larger, smaller = _unit_text(days, "d"), _unit_text(hours, "h") if hours else ""
    elif hours:
        larger, smaller = _unit_text(hours, "h"), _unit_text(minutes, "min") if minutes else ""
    elif minutes:
        larger, smaller = _unit_text(minutes, "min"), ""
    else:
        return translate("Waiting", "under 1 min")
    return f"{larger} {smaller}" if smaller else larger


def waiting_text(waiting: Waiting, with_target: bool = False) -> str:
    """ "waiting 2 h 10 min"; with the target: "waiting 2 h 10 min, past the 1 h target"."""
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
        return translate("Tone", "negative tone")
    if tone == "positive":
        return translate("Tone", "positive tone")
    return ""


def network_name(channel: str) -> str:
    """The network's name for people ("E-mail", "Google reviews") as its connector declares
    it, translated in the context "Network" (a translation may word it differently)."""
    return QCoreApplication.translate("Network", current_networks().label(channel))


def connector_text(text: str) -> str:
    """A connector's declared text (its kind's label, a field's label, its help, its access
    notice), marked where declared with ``QT_TRANSLATE_NOOP("Connector", …)``, in the
    window's language. A plug-in's unmarked text stays as written; empty stays empty."""
    return QCoreApplication.translate("Connector", text) if text else text


def full_datetime(when: datetime) -> str:
    """Local date and time in the user's locale, e.g. "Thursday, 12 March 2026, 09:14"."""
    local = when.astimezone()
    locale = QLocale()
    date = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return translate("DateTime", "{date}, {time}").format(date=date, time=time)


def short_time(when: datetime) -> str:
    """Local time of day ("09:14"), for status messages about today."""
    return time_text(when.astimezone())


def time_text(local: datetime) -> str:
    """The time of day of ``local`` (already in the zone meant) as the locale writes it."""
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def date_text(day: date, *, weekday: bool = False, year: bool = True, short: bool = False) -> str:
    """A day as the locale writes it in words: "12 March 2026", "12. März 2026",
    "March 12, 2026"; with ``weekday`` its short name first ("Thu, 12 March"), without
    ``year`` no year, ``short`` months abbreviated ("12 Mar"). Built from the locale's
    long date format, so each language keeps its own order and punctuation."""
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    if not year:
        pattern = _YEAR.sub("", pattern)
    pattern = pattern.replace("dddd", "ddd") if weekday else _WEEKDAY.sub("", pattern)
    if short:
        pattern = pattern.replace("MMMM", "MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern.strip(" ,"))


def when_text(local: datetime, today: date | None = None) -> str:
    """A moment of ``local``'s day and time, briefly: the time alone on ``today``, else the
    short day and the time ("Thu, 26 Nov 08:00"; the year only when it is not this one)."""
    if today is not None and local.date() == today:
        return time_text(local)
    this_year = today is None or local.year == today.year
    day = date_text(local.date(), weekday=True, year=not this_year, short=True)
    return f"{day} {time_text(local)}"


def number_text(value: float) -> str:
    """A number as the locale writes it: digit grouping ("12,345", "12.345") and decimal
    sign ("2.5", "2,5"), without trailing zeros."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 6)


def stars(rating: int | None, out_of: int = 5) -> str:
    """A review rating as stars ("★★★★☆"); empty when there is none."""
    if rating is None:
        return ""
    filled = max(0, min(out_of, rating))
    return "★" * filled + "☆" * (out_of - filled)


def logged_what(channel: str, inbound: bool) -> str:
    """What a conversation logged by hand was, in a few words: "called", "came in",
    "you called them", "you spoke to them" (for the timeline and the reading pane)."""
    if channel == IN_PERSON:
        return (
            translate("Logged", "came in") if inbound else translate("Logged", "you spoke to them")
        )
    return translate("Logged", "called") if inbound else translate("Logged", "you called them")


def logged_by_text(logged_by: str) -> str:
    """Who logged a conversation by hand: "logged by Anna"."""
    return translate("Logged", "logged by {name}").format(name=logged_by)
