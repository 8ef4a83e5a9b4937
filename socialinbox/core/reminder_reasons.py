"""A reminder's reason read as a code and fields, for the window to word in its language.

Reasons are stored as the English sentences the raisers write (``core.reminders`` for
returns, ``core.practice`` for close-the-loop and thank-you, ``core.arrivals`` for
arriving guests); the command line prints them as they are, and scripts read them. The
window words the same reason in its own language from :func:`reason_of`: the kind of
sentence (``code``) and its parts (``fields``: the customer's name, the network's name,
a number of days, …). A reason written by a person (a follow-up) or one these patterns
do not know (an older wording) has no code: it is shown as it is.

Rule for raisers: a change to one of those sentences changes its pattern here too
(``tests/core/test_reminder_reasons.py`` reads each raiser's sentence back).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

# The codes, one per kind of sentence.
RETURNED_FIRST = "return.first"  # "Maya Okafor wrote on X for the first time"
RETURNED_AGAIN = "return.again"  # "… wrote again on X after 45 days"
CALLED_FIRST = "return.called_first"  # "… called for the first time"
CALLED_AGAIN = "return.called_again"  # "… called again after 45 days"
CAME_IN_FIRST = "return.came_in_first"  # "… came in for the first time"
CAME_IN_AGAIN = "return.came_in_again"  # "… came in again after 45 days"
CLOSE_LOOP = "close_loop"  # "…'s comment on X was settled by e-mail; … close the loop in public"
THANK_YOU = "thank_you"  # "…'s 5-star review on Google reviews has had no reply: say thank you"
ARRIVAL = "arrival"  # "… arrives on 03 Dec 2026, room 12, until 06 Dec"

_NAME = r"(?P<name>.+)"
_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (code, re.compile(pattern, re.DOTALL))
    for code, pattern in (
        (CALLED_FIRST, rf"{_NAME} called for the first time"),
        (CALLED_AGAIN, rf"{_NAME} called again after (?P<days>\d+) days"),
        (CAME_IN_FIRST, rf"{_NAME} came in for the first time"),
        (CAME_IN_AGAIN, rf"{_NAME} came in again after (?P<days>\d+) days"),
        (RETURNED_FIRST, rf"{_NAME} wrote on (?P<network>.+) for the first time"),
        (RETURNED_AGAIN, rf"{_NAME} wrote again on (?P<network>.+) after (?P<days>\d+) days"),
        (
            CLOSE_LOOP,
            rf"{_NAME}'s (?P<what>.+?) on (?P<network>.+) was settled (?P<how>.+?); its "
            r"readers have not seen the happy ending: close the loop in public",
        ),
        (
            THANK_YOU,
            rf"{_NAME}'s (?P<what>.+?) on (?P<network>.+) has had no reply: say thank you",
        ),
        (
            ARRIVAL,
            rf"{_NAME} arrives on (?P<day>\d{{2}} [A-Z][a-z]{{2}} \d{{4}})"
            r"(?:, room (?P<room>.+?))?(?:, until (?P<until>\d{2} [A-Z][a-z]{2}))?",
        ),
    )
)
# What a close-the-loop or thank-you reason says the message was: "comment", "5-star review".
_RATED = re.compile(r"(?P<rating>[1-5])-star review")


@dataclass(frozen=True, slots=True)
class Reason:
    """A reason as a code and its fields (strings as written; see the accessors)."""

    code: str
    fields: dict[str, str]

    @property
    def days(self) -> int:
        return int(self.fields.get("days") or 0)

    @property
    def rating(self) -> int | None:
        """The stars of a review's close-the-loop or thank-you reason; None otherwise."""
        rated = _RATED.fullmatch(self.fields.get("what", ""))
        return int(rated["rating"]) if rated else None

    @property
    def arrival(self) -> date | None:
        day = self.fields.get("day")
        return datetime.strptime(day, "%d %b %Y").date() if day else None

    @property
    def departure(self) -> date | None:
        """An arrival's departure; its year is the arrival's, or the next one's when the
        day falls before the arrival (a stay over New Year)."""
        arrival, until = self.arrival, self.fields.get("until")
        if arrival is None or not until:
            return None
        day = datetime.strptime(f"{until} {arrival.year}", "%d %b %Y").date()
        return day if day >= arrival else day.replace(year=arrival.year + 1)


def reason_of(kind: str, text: str) -> Reason | None:
    """The code and fields of a reminder's reason; None for a reason written by a person
    (``follow_up``) or one no pattern reads (see the module's rules)."""
    if kind == "follow_up":
        return None
    for code, pattern in _PATTERNS:
        if not code.startswith(_KIND_OF_CODE.get(kind, "\0")):
            continue
        found = pattern.fullmatch(text)
        if found:
            return Reason(code, {k: v for k, v in found.groupdict().items() if v is not None})
    return None


# Which codes each reminder kind's reason may have.
_KIND_OF_CODE: Final = {
    "return": "return.",
    "close_loop": CLOSE_LOOP,
    "thank_you": THANK_YOU,
    "arrival": ARRIVAL,
}
