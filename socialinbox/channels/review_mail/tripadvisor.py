"""Tripadvisor's "new review" notification e-mail.

What it carries (this team's reading of the kind of mail Tripadvisor sends to a
property's owners): "Reviewed by: NAME", the rating as bubbles out of 5 ("●●●●○",
"4 of 5 bubbles"), the review's title and first lines, and a link to the review
(a ShowUserReviews page). Samples: tests/fixtures/review_mail/tripadvisor_*.eml.
"""

from __future__ import annotations

import re
from typing import Final

from socialinbox.channels.review_mail.networks import TRIPADVISOR
from socialinbox.channels.review_mail.notice import (
    ReviewNotice,
    ReviewSite,
    excerpt_of,
    field_after,
    first_link,
    one_line,
    quoted_excerpt,
    stars_in,
)

DOMAINS: Final = (
    "tripadvisor.com",
    "tripadvisor.co.uk",
    "tripadvisor.de",
    "tripadvisor.fr",
    "tripadvisor.ca",
    "tripadvisor.com.au",
)
_REVIEW_PAGE = re.compile(r"ShowUserReviews|-r\d+-|/review", re.IGNORECASE)


def read(subject: str, text: str) -> ReviewNotice | None:
    reviewer = field_after(text, ("Reviewed by", "Review by", "Written by"))
    rating = stars_in(field_after(text, ("Your rating", "Rating")) or text)
    url = first_link(text, DOMAINS, _REVIEW_PAGE)
    if not reviewer or rating is None or url is None:
        return None
    title = field_after(text, ("Title",))
    parts = [excerpt_of(title) if title else "", quoted_excerpt(text)]
    # The title is often quoted too: say it once.
    excerpt = "\n".join(dict.fromkeys(p for p in parts if p))
    return ReviewNotice(
        channel=TRIPADVISOR,
        rating=rating,
        reviewer=one_line(reviewer),
        excerpt=excerpt,
        url=url,
    )


SITE: Final = ReviewSite(TRIPADVISOR, DOMAINS, read)
