"""What every review-site parser shares: the notice it returns and the reading helpers.

A parser reads only what a reader of the e-mail sees — the subject and the body as
plain text (:func:`socialinbox.channels.email.parse.body_text`: the HTML part turned
into text keeps each link's target and each image's alt text) — so an HTML-only mail
and a multipart one read the same. It returns None when a field it needs is missing:
the e-mail then stays an e-mail item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

# A review excerpt longer than this is cut (the site holds the whole review).
MAX_EXCERPT = 2_000
_URL = re.compile(r"https?://[^\s<>()\"'\[\]{}]+", re.IGNORECASE)
_TRAILING = ".,;:!?"
_BLANKS = re.compile(r"[ \t\u00a0]+")
# A paragraph in straight or curly double quotes: how notifications quote a review.
_QUOTED = re.compile(r"^\s*[\"“](.+?)[\"”]\s*$", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ReviewNotice:
    """One review as a site's notification e-mail tells it.

    ``rating`` is on the stored scale, 1–5 stars (a site counting otherwise maps its
    score, see ``booking``); ``url`` is an http(s) address on the site's own domain.
    """

    channel: str
    rating: int
    reviewer: str
    excerpt: str
    url: str


def on_domain(host: str, domains: Sequence[str]) -> bool:
    """Whether ``host`` is one of ``domains`` or below one (``biz.yelp.com`` on
    ``yelp.com``; never ``yelp.com.example.net``)."""
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in domains)


def links_on(text: str, domains: Sequence[str]) -> list[str]:
    """The http(s) addresses in ``text`` whose host is on ``domains``, in order."""
    found: list[str] = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        try:
            parts = urlsplit(url)
            host = parts.hostname or ""
        except ValueError:
            continue
        if parts.scheme.lower() in ("http", "https") and on_domain(host, domains):
            found.append(url)
    return found


def first_link(text: str, domains: Sequence[str], marker: re.Pattern[str]) -> str | None:
    """The first link on ``domains`` whose address matches ``marker`` (the review's page)."""
    return next((url for url in links_on(text, domains) if marker.search(url)), None)


def one_line(text: str, limit: int = 200) -> str:
    """Spaces folded, control characters dropped, cut to ``limit`` characters."""
    cleaned = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(cleaned.split())[:limit]


def excerpt_of(text: str) -> str:
    """A quoted excerpt as a reader sees it: lines kept, blanks folded, quotes removed."""
    lines = [_BLANKS.sub(" ", line).strip() for line in text.strip().splitlines()]
    cleaned = "\n".join(line for line in lines if line)
    cleaned = cleaned.strip().strip('"“”„«»').strip()
    return "".join(c for c in cleaned if c.isprintable() or c == "\n")[:MAX_EXCERPT]


def quoted_excerpt(text: str) -> str:
    """The first quoted paragraph of ``text`` as an excerpt ("" when there is none)."""
    found = _QUOTED.search(text)
    return excerpt_of(found.group(1)) if found else ""


def stars_in(text: str, scale: int = 5) -> int | None:
    """A rating written out ("2 out of 5", "4 of 5 bubbles", "3-star") or drawn as filled
    stars/bubbles ("★★☆☆☆", "●●●●○"); None when none is there or it is off the scale."""
    written = re.search(
        rf"\b([0-9](?:[.,]5)?)\s*(?:out\s+of|of|/)\s*{scale}\b", text, re.IGNORECASE
    ) or re.search(r"\b([0-9])[\s-]*(?:stars?|bubbles?)\b", text, re.IGNORECASE)
    if written:
        value = float(written.group(1).replace(",", "."))
        rating = int(value + 0.5)
        return rating if 1 <= rating <= scale else None
    drawn = re.search(r"([★●]+)([☆○]*)", text)
    if drawn and len(drawn.group(1)) + len(drawn.group(2)) == scale:
        return len(drawn.group(1))
    return None


def field_after(text: str, labels: Sequence[str]) -> str | None:
    """The rest of the line after ``Label:`` (any of ``labels``, any case), or None."""
    for label in labels:
        match = re.search(
            rf"^[ \t]*{label}[ \t]*:[ \t]*(\S.*)$", text, re.IGNORECASE | re.MULTILINE
        )
        if match:
            return match.group(1).strip()
    return None


@dataclass(frozen=True, slots=True)
class ReviewSite:
    """One site's parser: its network, the domains its notifications come from, and
    ``read(subject, text)`` → the notice, or None when the e-mail is not one it understands."""

    network: str
    domains: tuple[str, ...]
    read: Callable[[str, str], ReviewNotice | None]
