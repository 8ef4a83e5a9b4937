"""Review sites without a reply API: their notification e-mails read as reviews.

Yelp, Tripadvisor and Booking.com tell a business about a new review by e-mail
(``CHANNELS.md``: "Review sites without a reply API"). The e-mail connector asks
:func:`review_notice` about each inbound mail it reads, from whatever connected
mailbox; a notice found turns the mail into a review item of the site's network
(``yelp``, ``tripadvisor``, ``booking``), anything else stays an e-mail item.

Rules for callers:

- A parser is chosen by the sender's address alone: its domain must be one of the
  site's (or below one). A mail from any other domain — ``yelp.com.example.net``,
  a look-alike, a forwarded copy — stays an e-mail whatever it says.
- A From address is easy to forge. When the receiving server vouched for the mail
  (an ``Authentication-Results`` header, RFC 8601: the topmost one, which the
  receiving server adds last) and says ``dmarc``, ``dkim`` or ``spf`` *failed*, the
  mail stays an e-mail. Without such a header (many small servers add none) the
  sender's domain decides. A header forged by the sender can only make its own mail
  stay an e-mail, never lift another domain's.
- Parsing never raises and never loses mail: a notice missing the reviewer, the
  rating or the link to the review (a newsletter, a changed layout, a parser error)
  leaves the mail an e-mail item.
"""

from __future__ import annotations

import logging
import re
from typing import Final

from socialinbox.channels.review_mail import booking, tripadvisor, yelp
from socialinbox.channels.review_mail.notice import ReviewNotice, ReviewSite, on_domain

__all__ = ["SITES", "ReviewNotice", "review_notice", "site_of"]

log = logging.getLogger(__name__)

SITES: Final[tuple[ReviewSite, ...]] = (yelp.SITE, tripadvisor.SITE, booking.SITE)
_FAILED = re.compile(r"\b(?:dmarc|dkim|spf)\s*=\s*(?:fail|softfail|permerror)\b", re.IGNORECASE)


def site_of(sender: str) -> ReviewSite | None:
    """The site whose notifications come from ``sender``'s domain, or None."""
    domain = sender.rpartition("@")[2]
    if not domain:
        return None
    return next((site for site in SITES if on_domain(domain, site.domains)), None)


def authentication_failed(results: str | None) -> bool:
    """Whether the receiving server's Authentication-Results say the mail failed a check."""
    return bool(results and _FAILED.search(results))


def review_notice(
    sender: str, subject: str | None, text: str, authentication: str | None = None
) -> ReviewNotice | None:
    """The review a site's notification e-mail tells of, or None (see the module's rules)."""
    site = site_of(sender)
    if site is None:
        return None
    if authentication_failed(authentication):
        log.info("A %s notification failed authentication: kept as an e-mail", site.network)
        return None
    try:
        notice = site.read(subject or "", text)
    except Exception:  # a parser bug must leave the mail an e-mail, never lose it
        log.exception("The %s notification parser failed: kept as an e-mail", site.network)
        return None
    return notice if notice is not None and _complete(notice) else None


def _complete(notice: ReviewNotice) -> bool:
    """What a review item needs, whatever a parser returned: a reviewer, 1–5 stars, a link."""
    return (
        bool(notice.reviewer.strip())
        and 1 <= notice.rating <= 5
        and notice.url.lower().startswith(("http://", "https://"))
    )
