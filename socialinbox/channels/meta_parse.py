"""Graph API answers as messages: pure functions, no network.

Shapes (developers.facebook.com: graph-api/results (cursor paging), page/conversations,
conversation/messages, message, comment, page/feed, instagram-api ig-media and
ig-comment, overview/rate-limiting, graph-api/guides/error-handling):

- A list is ``{"data": [...], "paging": {"cursors": {"before", "after"}, "next"}}``,
  newest first; ``next`` is left out on the last page. A nested list (field expansion,
  ``messages{...}``) has the same shape inside its object.
- A Messenger or Instagram message has ``id``, ``created_time`` (ISO 8601, ``+0000``),
  ``from`` (``id`` and ``name`` on Messenger, ``id`` and ``username`` on Instagram),
  ``to.data`` (the other side) and ``message`` (its text; empty for a sticker or a photo).
- A Facebook comment has ``id``, ``message``, ``created_time``, ``from`` {id, name},
  ``parent`` {id} for a reply and ``permalink_url``; an Instagram comment ``id``,
  ``text``, ``timestamp``, ``username``, ``from`` {id, username} and ``parent_id``.
- An error is ``{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}``.
- Usage: ``X-App-Usage`` (and ``X-Page-Usage``) hold ``{"call_count", "total_cputime",
  "total_time"}`` in percent of what is allowed; ``X-Business-Use-Case-Usage`` holds,
  per business object id, a list of the same with ``type`` and
  ``estimated_time_to_regain_access`` (minutes).

Rules:

- A private message is kind ``direct``; its thread is the customer (Meta keeps one
  conversation per Page and person), written ``conversation:<their id>``, so that a reply
  knows whom to send to. A comment is kind ``comment``; its thread is the post or media.
- What the Page wrote (``from.id`` is the Page's or the Instagram account's id) is an
  outbound ``reply``: an answer given on facebook.com or in the Instagram app stops the
  customer's message needing one.
- Text is plain text; nothing in it is interpreted. A message without text (a sticker,
  a photo) is kept with a word in brackets saying what it was.
- An item that is not what the documentation describes is set aside (MalformedItem),
  never raised; the rest of its page is kept.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from socialinbox.channels.meta_network import INSTAGRAM
from socialinbox.core.connector import AuthorRef, FetchedMessage, MalformedItem

_PAYLOAD_MAX = 2000
_SUBJECT_MAX = 80
THREAD_PREFIX = "conversation:"
# What a message without text was, as far as its attachments tell.
NO_TEXT = "[a message without text: a photo, a sticker or a file; see it on {network}]"


class MalformedGraphItem(ValueError):
    """An item or list that is not what Meta documents."""


@dataclass(frozen=True, slots=True)
class GraphList:
    """One page of a Graph API list: its items (newest first) and the cursor of the next
    page (None on the last one)."""

    items: tuple[Any, ...]
    after: str | None

    @classmethod
    def of(cls, body: object) -> GraphList:
        if not isinstance(body, Mapping):
            raise MalformedGraphItem("the answer is not an object")
        data = body.get("data", [])
        if not isinstance(data, list):
            raise MalformedGraphItem("the answer's data is not a list")
        paging = body.get("paging", {})
        after = None
        if isinstance(paging, Mapping) and paging.get("next"):
            cursors = paging.get("cursors")
            value = cursors.get("after") if isinstance(cursors, Mapping) else None
            after = value if isinstance(value, str) and value else None
        return cls(tuple(data), after)


def parse_time(value: object) -> datetime:
    """A Graph time (``2026-11-25T09:00:00+0000``, ISO 8601) as an aware datetime."""
    if not isinstance(value, str):
        raise MalformedGraphItem("the item has no time")
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedGraphItem(f"not a time: {value[:40]!r}") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _text_of(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _id_of(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def thread_of(customer_id: str) -> str:
    """The thread of the private conversation with ``customer_id``."""
    return f"{THREAD_PREFIX}{customer_id}"


def customer_of_thread(thread: str | None) -> str | None:
    """Whom a reply in ``thread`` goes to: the customer of a private conversation, None
    for a comment thread."""
    if thread is None or not thread.startswith(THREAD_PREFIX):
        return None
    return thread.removeprefix(THREAD_PREFIX) or None


@dataclass(frozen=True, slots=True)
class Side:
    """The account's side of its items: its network and its own ids (the Page's, the
    Instagram account's)."""

    channel: str
    label: str
    own_ids: frozenset[str]


def author_of(person: object, side: Side) -> AuthorRef:
    """The author of an item from its ``from`` (``id`` with ``name`` or ``username``)."""
    if not isinstance(person, Mapping):
        raise MalformedGraphItem("the item has no author")
    key = _id_of(person.get("id"))
    if key is None:
        raise MalformedGraphItem("the author has no id")
    username = _text_of(person.get("username"))
    name = _text_of(person.get("name"))
    if side.channel == INSTAGRAM:
        handle = f"@{username.strip()}" if username else None
        url = (
            f"https://www.instagram.com/{username.strip()}/"
            if username and username.strip().isascii() and "/" not in username
            else None
        )
        return AuthorRef(side.channel, key, handle, name or username, url)
    return AuthorRef(side.channel, key, None, name or username, None)


def parse_direct(item: object, side: Side) -> FetchedMessage:
    """One message of a private conversation."""
    if not isinstance(item, Mapping):
        raise MalformedGraphItem("the message is not an object")
    remote_id = _id_of(item.get("id"))
    if remote_id is None:
        raise MalformedGraphItem("the message has no id")
    author = author_of(item.get("from"), side)
    inbound = author.key not in side.own_ids
    customer: str | None = author.key
    if not inbound:
        recipients = item.get("to")
        data = recipients.get("data") if isinstance(recipients, Mapping) else None
        first = data[0] if isinstance(data, list) and data else None
        customer = _id_of(first.get("id")) if isinstance(first, Mapping) else None
    if customer is None:
        raise MalformedGraphItem("the Page's message names nobody it went to")
    text = item.get("message")
    if text is not None and not isinstance(text, str):
        raise MalformedGraphItem("the message's text is not text")
    return FetchedMessage(
        remote_id=remote_id,
        channel=side.channel,
        kind="direct" if inbound else "reply",
        author=author,
        text=text if text else NO_TEXT.format(network=side.label),
        created_at=parse_time(item.get("created_time")),
        inbound=inbound,
        thread_remote_id=thread_of(customer),
    )


def tie_replies(parsed: list[FetchedMessage], since: datetime | None) -> list[FetchedMessage]:
    """The messages newer than ``since``, each of the Page's replies naming the customer's
    latest message before it (read but perhaps stored already) as the one it answers."""
    ordered = sorted(parsed, key=lambda m: (m.created_at, m.remote_id))
    kept: list[FetchedMessage] = []
    last_inbound: str | None = None
    for message in ordered:
        if message.inbound:
            last_inbound = message.remote_id
        elif last_inbound is not None:
            message = replace(message, in_reply_to_remote_id=last_inbound)
        if since is None or message.created_at >= since:
            kept.append(message)
    return kept


def subject_of(post_text: object) -> str | None:
    """A post's or media's caption as the subject of its comments: its first line, short."""
    text = _text_of(post_text)
    if text is None:
        return None
    line = text.strip().splitlines()[0].strip()
    return line if len(line) <= _SUBJECT_MAX else line[: _SUBJECT_MAX - 1].rstrip() + "…"


def parse_comment(
    item: object,
    side: Side,
    post_id: str,
    subject: str | None,
    post_url: str | None = None,
) -> FetchedMessage:
    """One comment (or a reply to one) on the post or media ``post_id``."""
    if not isinstance(item, Mapping):
        raise MalformedGraphItem("the comment is not an object")
    remote_id = _id_of(item.get("id"))
    if remote_id is None:
        raise MalformedGraphItem("the comment has no id")
    if side.channel == INSTAGRAM:
        text = item.get("text")
        when = item.get("timestamp")
        person = item.get("from")
        parent = _id_of(item.get("parent_id"))
    else:
        text = item.get("message")
        when = item.get("created_time")
        person = item.get("from")
        parent_object = item.get("parent")
        parent = _id_of(parent_object.get("id")) if isinstance(parent_object, Mapping) else None
    if not isinstance(text, str):
        raise MalformedGraphItem("the comment has no text")
    author = author_of(person, side)
    inbound = author.key not in side.own_ids
    link = item.get("permalink_url")
    url = link if isinstance(link, str) and link.startswith("https://") else post_url
    return FetchedMessage(
        remote_id=remote_id,
        channel=side.channel,
        kind="comment" if inbound else "reply",
        author=author,
        text=text,
        created_at=parse_time(when),
        inbound=inbound,
        thread_remote_id=post_id,
        in_reply_to_remote_id=parent,
        subject=subject,
        url=url,
    )


def malformed(item: object, error: str) -> MalformedItem:
    item_id = item.get("id") if isinstance(item, Mapping) else None
    try:
        payload = json.dumps(item, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        payload = repr(item)
    return MalformedItem(
        remote_id=item_id if isinstance(item_id, str) else None,
        error=error,
        payload=payload[:_PAYLOAD_MAX],
    )


# -- the cursor ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where reading stands: the time of the newest private message and of the newest
    comment below which nothing is missing (Meta's own times), None before the first
    sync. Items at that very time are read again (and recognised as stored)."""

    messages: datetime | None = None
    comments: datetime | None = None

    @classmethod
    def load(cls, text: str | None) -> Cursor:
        if not text:
            return cls()
        try:
            value = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(value, Mapping):
            return cls()
        return cls(time_or_none(value.get("messages")), time_or_none(value.get("comments")))

    def dump(self) -> str:
        return json.dumps(
            {
                "messages": self.messages.isoformat() if self.messages else None,
                "comments": self.comments.isoformat() if self.comments else None,
            },
            sort_keys=True,
        )


def time_or_none(value: object) -> datetime | None:
    """A Graph time, or None for anything else."""
    try:
        return parse_time(value)
    except MalformedGraphItem:
        return None


def later(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


# -- errors and usage -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GraphError:
    """Meta's error object (``code`` 0 when it named none)."""

    message: str
    code: int
    subcode: int | None
    type: str
    # Meta's own word that trying again later may work.
    transient: bool = False

    @classmethod
    def of(cls, body: object) -> GraphError | None:
        error = body.get("error") if isinstance(body, Mapping) else None
        if not isinstance(error, Mapping):
            return None
        code = error.get("code")
        subcode = error.get("error_subcode")
        message = error.get("message")
        kind = error.get("type")
        return cls(
            " ".join(message.split()) if isinstance(message, str) else "",
            code if isinstance(code, int) and not isinstance(code, bool) else 0,
            subcode if isinstance(subcode, int) and not isinstance(subcode, bool) else None,
            kind if isinstance(kind, str) else "",
            error.get("is_transient") is True,
        )


# Graph error codes (graph-api/guides/error-handling, overview/rate-limiting).
TOKEN_INVALID = 190  # expired, revoked, password changed, app removed
PERMISSION_DENIED = 10
OUTSIDE_WINDOW_SUBCODE = 2018278  # with code 10: the messaging window has closed
THROTTLED = frozenset({4, 17, 32, 613})  # app, user, page, custom-rate limits
# Business use case limits: 80001 (pages), 80002 (Instagram), 80006 (Messenger), ...
BUSINESS_THROTTLED = range(80000, 80100)
# "An unknown error occurred" / "Service temporarily unavailable": try again later.
TEMPORARY = frozenset({1, 2})


def is_throttled(error: GraphError) -> bool:
    return error.code in THROTTLED or error.code in BUSINESS_THROTTLED


def is_temporary(error: GraphError) -> bool:
    return error.transient or error.code in TEMPORARY


def is_permission_error(error: GraphError) -> bool:
    """A permission the grant lacks (10, 200–299): signing in again can grant it."""
    return (error.code == PERMISSION_DENIED and error.subcode is None) or (200 <= error.code < 300)


@dataclass(frozen=True, slots=True)
class Usage:
    """How much of its allowance the app has used, in percent (the highest of what the
    usage headers report), and how long Meta says until calls go through again."""

    percent: int
    regain: timedelta | None = None


_USAGE_FIELDS = ("call_count", "total_cputime", "total_time")
_APP_HEADERS = ("X-App-Usage", "X-Page-Usage")
_BUSINESS_HEADER = "X-Business-Use-Case-Usage"


def usage_of(headers: Mapping[str, str]) -> Usage | None:
    """The usage an answer's headers report; None when they report none (an endpoint
    without them, or headers that cannot be read: no headroom is assumed either way)."""
    percents: list[int] = []
    regain: timedelta | None = None
    for name in _APP_HEADERS:
        value = _json_header(headers.get(name))
        if isinstance(value, Mapping):
            percents += _percents(value)
    business = _json_header(headers.get(_BUSINESS_HEADER))
    if isinstance(business, Mapping):
        for entries in business.values():
            for entry in entries if isinstance(entries, list) else []:
                if not isinstance(entry, Mapping):
                    continue
                percents += _percents(entry)
                minutes = entry.get("estimated_time_to_regain_access")
                if (
                    isinstance(minutes, int | float)
                    and not isinstance(minutes, bool)
                    and minutes > 0
                ):
                    wait = timedelta(minutes=min(float(minutes), 24 * 60))
                    regain = wait if regain is None else max(regain, wait)
    if not percents and regain is None:
        return None
    return Usage(max(percents, default=100), regain)


def _json_header(value: str | None) -> object:
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _percents(value: Mapping[str, Any]) -> list[int]:
    return [
        int(min(max(value[key], 0), 1000)) for key in _USAGE_FIELDS if _is_number(value.get(key))
    ]


# The sync slows down from this share of Meta's allowance on, so that Meta never has to
# refuse: Meta throttles an app or Page at 100 % for up to an hour.
SLOW_DOWN_FROM = 75
# The pause at SLOW_DOWN_FROM, growing to FULL_PAUSE at 100 %.
FIRST_PAUSE = timedelta(minutes=5)
FULL_PAUSE = timedelta(hours=1)


def pause_for(usage: Usage | None) -> timedelta | None:
    """How long to leave Meta alone after an answer reporting ``usage``: nothing below
    :data:`SLOW_DOWN_FROM` percent; above it a pause growing with the usage (Meta's usage
    is counted over a rolling hour, so it falls as the pause lasts); Meta's own
    ``estimated_time_to_regain_access`` when it names a longer one."""
    if usage is None:
        return None
    pause = None
    if usage.percent >= SLOW_DOWN_FROM:
        share = min(usage.percent - SLOW_DOWN_FROM, 100 - SLOW_DOWN_FROM) / (100 - SLOW_DOWN_FROM)
        pause = FIRST_PAUSE + (FULL_PAUSE - FIRST_PAUSE) * share
    if usage.regain is not None:
        pause = usage.regain if pause is None else max(pause, usage.regain)
    return pause
