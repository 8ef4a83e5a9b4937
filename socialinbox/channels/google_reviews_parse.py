"""Google Business Profile answers as messages: pure functions, no network.

Shapes (developers.google.com/my-business/reference: accountmanagement v1 ``accounts.list``,
businessinformation v1 ``accounts.locations.list``, v4 ``accounts.locations.reviews``):

- an accounts page is ``{"accounts": [{"name": "accounts/1", "accountName"…}],
  "nextPageToken"}``; a locations page ``{"locations": [{"name": "locations/9", "title",
  "metadata": {"mapsUri"}}], "nextPageToken"}`` (only the fields of its ``readMask``);
- a reviews page is ``{"reviews": [Review…], "averageRating", "totalReviewCount",
  "nextPageToken"}``, newest ``updateTime`` first; a Review has ``name``
  (``accounts/{a}/locations/{l}/reviews/{id}``), ``reviewId``, ``reviewer``
  (``displayName``, ``profilePhotoUrl``, ``isAnonymous``), ``starRating`` (``ONE`` …
  ``FIVE``), ``comment`` (absent for a rating alone), ``createTime``, ``updateTime``
  (RFC 3339, up to nine fractional digits) and ``reviewReply`` (``comment``,
  ``updateTime``): the owner's one reply, which a ``PUT …/reply`` replaces.

Rules:

- A review is an inbound ``review`` with its stars as the rating, the location's title as
  the subject and the location's Maps page as the link; edited (``updateTime`` after
  ``createTime``) it carries ``edited_at``, which makes ingest update the stored review
  and ask for a reply again.
- The owner's reply is an outbound ``reply`` to the review (remote id ``<review>/reply``,
  whoever wrote it: here, on Google, on a phone); ingest lets it answer the review only
  if it is not older than the review's last edit. A reply edited on Google replaces the
  stored text (its ``updateTime`` is its edit time).
- Text is plain text as Google sends it (its "(Translated by Google)" markup included);
  nothing is interpreted.
- A review that is not what the documentation describes is set aside (MalformedItem),
  never raised; the rest of its page is kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from socialinbox.channels.google_reviews_network import GOOGLE_REVIEWS
from socialinbox.core.connector import AuthorRef, FetchedMessage, MalformedItem

_PAYLOAD_MAX = 2000
_ID = r"[A-Za-z0-9_-]+"
ACCOUNT_NAME: Final = re.compile(rf"accounts/{_ID}")
LOCATION_NAME: Final = re.compile(rf"locations/{_ID}")
# What a review's name must be before it goes into a request's path.
REVIEW_NAME: Final = re.compile(rf"accounts/{_ID}/locations/{_ID}/reviews/{_ID}")
STARS: Final = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}
REPLY_SUFFIX: Final = "/reply"
# The key of the business's own replies (no identity is made for them).
OWNER_KEY: Final = "the-business"
# What a reviewer who chose to stay anonymous is called (Google's own words for one).
ANONYMOUS: Final = "A Google User"


class MalformedReview(ValueError):
    """A review or page that is not what Google documents."""


@dataclass(frozen=True, slots=True)
class Location:
    """A place the account manages: ``parent`` is the reviews' parent
    (``accounts/{a}/locations/{l}``)."""

    parent: str
    title: str
    maps_url: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list: its items and the token of the next page (None: the last)."""

    items: tuple[Any, ...]
    next_token: str | None

    @classmethod
    def of(cls, body: object, key: str) -> Page:
        if not isinstance(body, Mapping):
            raise MalformedReview("the answer is not an object")
        items = body.get(key, [])
        if not isinstance(items, list):
            raise MalformedReview(f"the answer's {key} is not a list")
        token = body.get("nextPageToken")
        return cls(tuple(items), token if isinstance(token, str) and token else None)


def account_names(page: Page) -> list[str]:
    """The names (``accounts/{id}``) of a page of accounts; odd entries are skipped."""
    return [
        a["name"]
        for a in page.items
        if isinstance(a, Mapping) and isinstance(a.get("name"), str)
        if ACCOUNT_NAME.fullmatch(a["name"])
    ]


def account_label(account: object) -> str | None:
    """How Google names an account to people (``accountName``), None when it does not."""
    if not isinstance(account, Mapping):
        return None
    label = account.get("accountName")
    return label.strip() if isinstance(label, str) and label.strip() else None


def locations_of(account: str, page: Page) -> list[Location]:
    """The locations of a page listed under ``account``; odd entries are skipped."""
    found = []
    for location in page.items:
        if not isinstance(location, Mapping):
            continue
        name = location.get("name")
        if not isinstance(name, str) or not LOCATION_NAME.fullmatch(name):
            continue
        title = location.get("title")
        metadata = location.get("metadata")
        maps = metadata.get("mapsUri") if isinstance(metadata, Mapping) else None
        found.append(
            Location(
                f"{account}/{name}",
                title.strip() if isinstance(title, str) and title.strip() else name,
                maps if isinstance(maps, str) and maps.startswith("https://") else None,
            )
        )
    return found


def parse_time(value: object, what: str) -> datetime:
    """An RFC 3339 time (nanoseconds are cut to microseconds)."""
    if not isinstance(value, str):
        raise MalformedReview(f"the review has no {what}")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise MalformedReview(f"{what} is not a time: {value[:40]!r}") from None
    if when.tzinfo is None:
        raise MalformedReview(f"{what} has no time zone: {value[:40]!r}")
    return when.astimezone(UTC)


def updated_at(review: object) -> datetime | None:
    """A review's ``updateTime``, None when it has none that can be read."""
    if not isinstance(review, Mapping):
        return None
    try:
        return parse_time(review.get("updateTime"), "updateTime")
    except MalformedReview:
        return None


def _reviewer(review: Mapping[str, Any]) -> AuthorRef:
    reviewer = review.get("reviewer")
    reviewer = reviewer if isinstance(reviewer, Mapping) else {}
    name = reviewer.get("displayName")
    name = " ".join(name.split()) if isinstance(name, str) else ""
    if reviewer.get("isAnonymous") is True or not name:
        return AuthorRef(GOOGLE_REVIEWS, f"anonymous:{review['name']}", None, ANONYMOUS)
    return AuthorRef(GOOGLE_REVIEWS, name, name, name)


@dataclass(frozen=True, slots=True)
class ParsedReview:
    """One review as messages (the review, then the owner's reply if there is one), when
    it was last changed, and whether the reply answers it as it stands now."""

    messages: tuple[FetchedMessage, ...]
    name: str
    updated: datetime
    answered: bool
    bad_reply: MalformedItem | None = None


def parse_review(review: object, location: Location) -> ParsedReview:
    """A review of ``location``; MalformedReview when it cannot be one."""
    if not isinstance(review, Mapping):
        raise MalformedReview("the review is not an object")
    name = review.get("name")
    if not isinstance(name, str) or not REVIEW_NAME.fullmatch(name):
        raise MalformedReview("the review has no name of the documented form")
    if not name.startswith(f"{location.parent}/reviews/"):
        raise MalformedReview("the review belongs to another location")
    created = parse_time(review.get("createTime"), "createTime")
    updated = parse_time(review.get("updateTime"), "updateTime")
    comment = review.get("comment", "")
    if not isinstance(comment, str):
        raise MalformedReview("the review's comment is not text")
    rating = review.get("starRating")
    message = FetchedMessage(
        remote_id=name,
        channel=GOOGLE_REVIEWS,
        kind="review",
        author=_reviewer(review),
        text=comment,
        created_at=created,
        thread_remote_id=name,
        subject=location.title,
        url=location.maps_url,
        rating=STARS.get(rating) if isinstance(rating, str) else None,
        edited_at=updated if updated > created else None,
    )
    reply = review.get("reviewReply")
    if reply is None:
        return ParsedReview((message,), name, updated, answered=False)
    try:
        answer = _owner_reply(reply, name, location)
    except MalformedReview as exc:
        return ParsedReview((message,), name, updated, False, malformed(reply, str(exc), name))
    return ParsedReview((message, answer), name, updated, answered=answer.created_at >= updated)


def _owner_reply(reply: object, review: str, location: Location) -> FetchedMessage:
    if not isinstance(reply, Mapping):
        raise MalformedReview("the review's reply is not an object")
    text = reply.get("comment")
    if not isinstance(text, str):
        raise MalformedReview("the review's reply has no comment")
    when = parse_time(reply.get("updateTime"), "the reply's updateTime")
    return FetchedMessage(
        remote_id=f"{review}{REPLY_SUFFIX}",
        channel=GOOGLE_REVIEWS,
        kind="reply",
        author=AuthorRef(GOOGLE_REVIEWS, OWNER_KEY, None, location.title),
        text=text,
        created_at=when,
        inbound=False,
        thread_remote_id=review,
        in_reply_to_remote_id=review,
        subject=location.title,
        url=location.maps_url,
        # A reply has one time, its last change: an edit on Google replaces the text.
        edited_at=when,
    )


def malformed(item: object, error: str, remote_id: str | None = None) -> MalformedItem:
    if remote_id is None and isinstance(item, Mapping) and isinstance(item.get("name"), str):
        remote_id = item["name"]
    try:
        payload = json.dumps(item, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        payload = repr(item)
    return MalformedItem(remote_id=remote_id, error=error, payload=payload[:_PAYLOAD_MAX])


# -- where the reading stands -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LocationState:
    """One location's reading: ``mark`` is the newest ``updateTime`` read, below which
    every review has been read (:data:`FROM_THE_START` after a first sync that found
    none); ``waiting`` the reviews read without an answer, by name, with their
    ``updateTime`` — watched for a reply made elsewhere, which does not move a review up
    the list."""

    mark: datetime
    waiting: Mapping[str, datetime] = field(default_factory=dict)


FROM_THE_START: Final = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Cursor:
    """Every location's reading, by the reviews' parent; a location not in it has never
    been read."""

    locations: Mapping[str, LocationState] = field(default_factory=dict)

    @classmethod
    def load(cls, text: str | None) -> Cursor:
        if not text:
            return cls()
        try:
            value = json.loads(text)
        except ValueError:
            return cls()
        places = value.get("locations") if isinstance(value, Mapping) else None
        if not isinstance(places, Mapping):
            return cls()
        states = {}
        for parent, state in places.items():
            if not isinstance(state, Mapping) or not _time_or_none(state.get("mark")):
                continue
            waiting = state.get("waiting")
            states[parent] = LocationState(
                _time_or_none(state["mark"]) or FROM_THE_START,
                {
                    name: when
                    for name, text in (waiting.items() if isinstance(waiting, Mapping) else ())
                    if (when := _time_or_none(text)) is not None
                },
            )
        return cls(states)

    def dump(self) -> str:
        return json.dumps(
            {
                "locations": {
                    parent: {
                        "mark": state.mark.isoformat(),
                        "waiting": {n: t.isoformat() for n, t in sorted(state.waiting.items())},
                    }
                    for parent, state in sorted(self.locations.items())
                }
            },
            sort_keys=True,
        )

    def with_location(self, parent: str, state: LocationState) -> Cursor:
        return Cursor({**self.locations, parent: state})


def _time_or_none(value: object) -> datetime | None:
    try:
        return parse_time(value, "time")
    except MalformedReview:
        return None
