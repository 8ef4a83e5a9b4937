"""X API v2 answers as messages: pure functions, no network.

Shapes (docs.x.com: x-api/users/get-mentions, x-api/users/get-posts, fundamentals/
conversation-id, data dictionary): a timeline page is ``{"data": [Post…], "includes":
{"users": [User…]}, "meta": {"result_count", "newest_id", "oldest_id", "next_token"}}``,
newest first; an empty page has no ``data``. A Post has ``id``, ``text`` and the fields
asked for: ``author_id``, ``created_at`` (ISO 8601), ``conversation_id`` (the id of the
post that started the thread), ``referenced_tweets`` (``{"type": "replied_to", "id"}``
for a reply). A User has ``id``, ``name``, ``username``.

Rules:

- A post of someone else is an inbound ``mention``; the account's own post that answers
  someone is an outbound ``reply`` (a reply made on the phone or on x.com: the customer's
  post it answers stops needing a reply). Its own posts that answer nobody, or only
  itself, are no messages.
- The author is keyed by the numeric user id (it never changes); ``@username`` is the
  handle, the display name and ``https://x.com/username`` come with it.
- The thread is the ``conversation_id``; the post answered is ``referenced_tweets``'
  ``replied_to``.
- Text is plain text. X escapes ``&``, ``<`` and ``>`` as HTML entities in a post's text
  (and only those), which are turned back here; nothing else is interpreted.
- A post that is not what the documentation describes is set aside (MalformedItem),
  never raised; the rest of its page is kept.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from socialinbox.channels.x_network import X
from socialinbox.core.connector import AuthorRef, FetchedMessage, MalformedItem

_PAYLOAD_MAX = 2000
# The three entities X puts in a post's text, and what they stand for ("&amp;" last).
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


class MalformedPost(ValueError):
    """A post or page that is not what X documents."""


@dataclass(frozen=True, slots=True)
class Page:
    """One timeline page: its posts (newest first, as X sends them), the users of its
    ``includes`` by id, and its ``meta``."""

    posts: tuple[Any, ...]
    users: Mapping[str, Mapping[str, Any]]
    newest_id: str | None
    oldest_id: str | None
    next_token: str | None

    @classmethod
    def of(cls, body: object) -> Page:
        if not isinstance(body, Mapping):
            raise MalformedPost("the answer is not an object")
        data = body.get("data", [])
        if not isinstance(data, list):
            raise MalformedPost("the answer's data is not a list")
        meta = body.get("meta", {})
        if not isinstance(meta, Mapping):
            raise MalformedPost("the answer's meta is not an object")
        includes = body.get("includes", {})
        users = includes.get("users", []) if isinstance(includes, Mapping) else []
        by_id = {
            str(u["id"]): u
            for u in (users if isinstance(users, list) else [])
            if isinstance(u, Mapping) and isinstance(u.get("id"), str)
        }
        token = meta.get("next_token")
        return cls(
            tuple(data),
            by_id,
            _post_id(meta.get("newest_id")),
            _post_id(meta.get("oldest_id")),
            token if isinstance(token, str) and token else None,
        )


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the account's reading stands: the newest mention and the newest own post
    stored (X's ``meta.newest_id``) below which none is missing, None before the first
    sync.

    A catch-up cut short (a rate limit after the newest pages) leaves a gap: mentions
    newer than ``mentions`` and older than ``gap_until`` are still to read, those up to
    ``newest_seen`` are stored. The next round reads the gap first (``until_id``)."""

    mentions: str | None = None
    own: str | None = None
    gap_until: str | None = None
    newest_seen: str | None = None

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
        return cls(
            _post_id(value.get("mentions")),
            _post_id(value.get("own")),
            _post_id(value.get("gap_until")),
            _post_id(value.get("newest_seen")),
        )

    def dump(self) -> str:
        value = {"mentions": self.mentions, "own": self.own}
        if self.gap_until is not None:
            value |= {"gap_until": self.gap_until, "newest_seen": self.newest_seen}
        return json.dumps(value, sort_keys=True)


def _post_id(value: object) -> str | None:
    return value if isinstance(value, str) and value.isdigit() else None


def newer(a: str | None, b: str | None) -> str | None:
    """The later of two post ids (X's ids grow with time; compared as numbers)."""
    if a is None or b is None:
        return a or b
    return a if int(a) >= int(b) else b


def plain_text(text: str) -> str:
    """A post's text as the author wrote it (X's three entities turned back)."""
    for entity, character in _ENTITIES:
        text = text.replace(entity, character)
    return text


def parse_time(value: object) -> datetime:
    if not isinstance(value, str):
        raise MalformedPost("the post has no created_at")
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedPost(f"created_at is not a time: {value[:40]!r}") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def author_of(user: Mapping[str, Any] | None, author_id: str) -> AuthorRef:
    """The author from the page's ``includes.users`` (only the id when X sent no User)."""
    if user is None:
        return AuthorRef(channel=X, key=author_id)
    username = user.get("username")
    name = user.get("name")
    handle = username if isinstance(username, str) and username.strip() else None
    return AuthorRef(
        channel=X,
        key=author_id,
        handle=f"@{handle}" if handle else None,
        display_name=name if isinstance(name, str) and name.strip() else None,
        profile_url=f"https://x.com/{handle}" if handle and handle.isascii() else None,
    )


def replied_to(post: Mapping[str, Any]) -> str | None:
    """The id of the post this one answers (None for a post that answers none)."""
    references = post.get("referenced_tweets")
    if references is None:
        return None
    if not isinstance(references, list):
        raise MalformedPost("referenced_tweets is not a list")
    for reference in references:
        if isinstance(reference, Mapping) and reference.get("type") == "replied_to":
            parent = reference.get("id")
            if not isinstance(parent, str) or not parent.isdigit():
                raise MalformedPost("the post answered has no id")
            return parent
    return None


def parse_post(post: object, users: Mapping[str, Mapping[str, Any]], own_id: str) -> FetchedMessage:
    """One post as a message: inbound unless the account wrote it."""
    if not isinstance(post, Mapping):
        raise MalformedPost("the post is not an object")
    post_id = post.get("id")
    if not isinstance(post_id, str) or not post_id.isdigit():
        raise MalformedPost("the post has no id")
    text = post.get("text")
    if not isinstance(text, str):
        raise MalformedPost("the post has no text")
    author_id = post.get("author_id")
    if not isinstance(author_id, str) or not author_id:
        raise MalformedPost("the post has no author_id")
    conversation = post.get("conversation_id")
    thread = conversation if isinstance(conversation, str) and conversation.isdigit() else post_id
    parent = replied_to(post)
    author = author_of(users.get(author_id), author_id)
    inbound = author_id != own_id
    username = users.get(author_id, {}).get("username")
    url = (
        f"https://x.com/{username}/status/{post_id}"
        if isinstance(username, str) and username.isascii() and username
        else f"https://x.com/i/web/status/{post_id}"
    )
    return FetchedMessage(
        remote_id=post_id,
        channel=X,
        kind="mention" if inbound else "reply",
        author=author,
        text=plain_text(text),
        created_at=parse_time(post.get("created_at")),
        inbound=inbound,
        thread_remote_id=thread,
        in_reply_to_remote_id=parent,
        url=url,
    )


def answers_someone(post: Mapping[str, Any], own_id: str) -> bool:
    """Whether an own post is a reply to someone else (not a post of its own thread)."""
    replied_user = post.get("in_reply_to_user_id")
    if isinstance(replied_user, str) and replied_user:
        return replied_user != own_id
    return replied_to(post) is not None


# One page's messages and the posts set aside.
Parsed = tuple[tuple[FetchedMessage, ...], tuple[MalformedItem, ...]]


def parse_pages(pages: Sequence[Page], own_id: str, *, own_timeline: bool = False) -> list[Parsed]:
    """Each page's messages (oldest first) and set-aside posts. On the account's own
    timeline only its replies to others are messages."""
    parsed = []
    for page in pages:
        messages: list[FetchedMessage] = []
        bad: list[MalformedItem] = []
        for post in reversed(page.posts):
            try:
                if own_timeline and isinstance(post, Mapping) and not answers_someone(post, own_id):
                    continue
                messages.append(parse_post(post, page.users, own_id))
            except MalformedPost as exc:
                bad.append(malformed(post, str(exc)))
        parsed.append((tuple(messages), tuple(bad)))
    return parsed


def malformed(post: object, error: str) -> MalformedItem:
    post_id = post.get("id") if isinstance(post, Mapping) else None
    try:
        payload = json.dumps(post, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        payload = repr(post)
    return MalformedItem(
        remote_id=post_id if isinstance(post_id, str) else None,
        error=error,
        payload=payload[:_PAYLOAD_MAX],
    )


def comparable_text(text: str) -> str:
    """Text as compared when looking for a reply sent before (spaces folded)."""
    return " ".join(plain_text(text).split())
