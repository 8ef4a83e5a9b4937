"""Yelp's "new review" notification e-mail.

What it carries (this team's reading of the kind of mail Yelp for Business sends):
the reviewer's shown name ("Maria G. wrote a review of your business"), the rating
out of 5 (written "2 out of 5 stars" in the text part, an image whose alt text is
"2 star rating" in the HTML part), the review's first lines in quotes, and a link
to the review on biz.yelp.com. Samples: tests/fixtures/review_mail/yelp_*.eml.
"""

from __future__ import annotations

import re
from typing import Final

from socialinbox.channels.review_mail.networks import YELP
from socialinbox.channels.review_mail.notice import (
    ReviewNotice,
    ReviewSite,
    first_link,
    one_line,
    quoted_excerpt,
    stars_in,
)

DOMAINS: Final = ("yelp.com", "yelp.ca", "yelp.co.uk", "yelp.com.au", "yelp.de", "yelp.fr")
_REVIEWER = re.compile(
    r"^\s*(\S.{0,80}?)\s+(?:wrote|left|posted)\s+(?:a\s+)?(?:new\s+)?review\b",
    re.IGNORECASE | re.MULTILINE,
)
_REVIEW_PAGE = re.compile(r"/review|[?&]hrid=", re.IGNORECASE)


def read(subject: str, text: str) -> ReviewNotice | None:
    reviewer = _REVIEWER.search(text)
    rating = stars_in(text)
    url = first_link(text, DOMAINS, _REVIEW_PAGE)
    if reviewer is None or rating is None or url is None:
        return None
    return ReviewNotice(
        channel=YELP,
        rating=rating,
        reviewer=one_line(reviewer.group(1)),
        excerpt=quoted_excerpt(text),
        url=url,
    )


SITE: Final = ReviewSite(YELP, DOMAINS, read)
