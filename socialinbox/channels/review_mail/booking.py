"""Booking.com's "new guest review" notification e-mail.

What it carries (this team's reading of the kind of mail Booking.com sends to a
property): the guest's first name, the review score out of 10 ("Review score: 7.5 / 10";
decimal comma too), what the guest liked and disliked, and a link to the review in the
Extranet (admin.booking.com). Samples: tests/fixtures/review_mail/booking_*.eml.

**Score to stars.** Messages store a rating of 1–5 stars; Booking scores 1–10. The
stored rating is the score halved and rounded half up (10 and 9 → 5, 8 and 7 → 4,
6 and 5 → 3, 4 and 3 → 2, 2 and 1 → 1; 7.5 → 4), so a 9 counts as the five stars
Booking's own words for it ("Superb") mean. The exact score stays in the item's text
("Score 7.5/10"), first line.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from socialinbox.channels.review_mail.networks import BOOKING
from socialinbox.channels.review_mail.notice import (
    ReviewNotice,
    ReviewSite,
    excerpt_of,
    field_after,
    first_link,
    one_line,
)

DOMAINS: Final = ("booking.com",)
_SCORE = re.compile(r"^\s*(10|[1-9](?:[.,][0-9])?)\s*(?:/|out\s+of)\s*10\b", re.IGNORECASE)
_REVIEW_PAGE = re.compile(r"review", re.IGNORECASE)
_COMMENT_LABELS = ("Liked", "Disliked", "Comment", "Review title")


def stars_for_score(score: Decimal) -> int:
    """Booking's score out of 10 on the stored 1–5 scale (see the module's rule)."""
    stars = int((score / 2).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return min(5, max(1, stars))


def read(subject: str, text: str) -> ReviewNotice | None:
    guest = field_after(text, ("Guest name", "Guest", "Reviewer"))
    score_line = field_after(text, ("Review score", "Score"))
    score = _SCORE.match(score_line) if score_line else None
    url = first_link(text, DOMAINS, _REVIEW_PAGE)
    if not guest or score is None or url is None:
        return None
    value = Decimal(score.group(1).replace(",", "."))
    comments = [
        f"{label}: {excerpt_of(found)}"
        for label in _COMMENT_LABELS
        if (found := field_after(text, (label,)))
    ]
    excerpt = "\n".join([f"Score {value}/10", *comments])
    return ReviewNotice(
        channel=BOOKING,
        rating=stars_for_score(value),
        reviewer=one_line(guest),
        excerpt=excerpt,
        url=url,
    )


SITE: Final = ReviewSite(BOOKING, DOMAINS, read)
