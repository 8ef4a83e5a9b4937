"""WordPress comments (REST ``wp/v2/comments``, ``context=edit``) into fetched messages.

Pure functions, no network: the connector hands them the JSON it read.

The cursor is the newest comment read, as (``date_gmt``, ``id``): WordPress orders a
listing by ``date_gmt`` and breaks ties by id in the same direction
(``WP_Comment_Query``), so "after the cursor" is exactly the comments whose pair is
greater. Two comments written in the same second are told apart by their ids: one
read on a page before a crash is not read again, the other is not skipped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from socialinbox.channels.html_text import html_to_text
from socialinbox.channels.wordpress_network import WORDPRESS, anonymous_key
from socialinbox.core.connector import AuthorRef, FetchedMessage, MalformedItem
from socialinbox.core.emails import normalise_email

COMMENT = "comment"
# How a comment waiting for the site's approval shows: in front of its subject.
HELD_MARK = "Held for moderation"
# The REST API's statuses (``WP_REST_Comments_Controller::prepare_status_response``).
HELD = "hold"
# How many held comments are followed until the site decides on them (one request's worth).
MAX_HELD_WATCHED = 100


class MalformedComment(ValueError):
    """A comment without what every comment has (an id, a post, a time)."""


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A comment's place in the listing: its ``date_gmt`` (UTC) and its id."""

    when: datetime
    id: int


@dataclass(slots=True)
class Cursor:
    """Where the last sync stopped: the newest comment read (None before the first), and
    the comments that arrived held for moderation and are still watched (see
    :meth:`watch_held`)."""

    last: Position | None = None
    held: list[int] = field(default_factory=list)

    @classmethod
    def load(cls, text: str | None) -> Cursor:
        """The stored cursor; one that cannot be read counts as none (a first sync)."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
            when = parse_gmt(data["date_gmt"])
            ident = data["id"]
        except (ValueError, KeyError, TypeError, MalformedComment):
            return cls()
        if not isinstance(ident, int) or isinstance(ident, bool):
            return cls()
        held = data.get("held")
        watched = [i for i in held if _is_id(i)] if isinstance(held, list) else []
        return cls(Position(when, ident), watched[-MAX_HELD_WATCHED:])

    def dump(self) -> str | None:
        if self.last is None:
            return None
        data: dict[str, Any] = {
            "date_gmt": self.last.when.strftime("%Y-%m-%dT%H:%M:%S"),
            "id": self.last.id,
        }
        if self.held:
            data["held"] = self.held
        return json.dumps(data)

    def watch_held(self, comment_id: int) -> None:
        """Follow a comment that arrived held until the site approves it or not (the
        newest :data:`MAX_HELD_WATCHED` are followed)."""
        if comment_id not in self.held:
            self.held = [*self.held, comment_id][-MAX_HELD_WATCHED:]

    def is_new(self, position: Position) -> bool:
        return self.last is None or position > self.last

    def advance(self, position: Position) -> None:
        if self.last is None or position > self.last:
            self.last = position


def parse_gmt(value: object) -> datetime:
    """A ``date_gmt`` (``2024-05-01T10:00:00``, no offset: it is UTC) as an aware time."""
    if not isinstance(value, str) or not value:
        raise MalformedComment("the comment has no date_gmt")
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedComment(f"unreadable date_gmt {value[:40]!r}") from None
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


def _is_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _whole(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise MalformedComment(f"the comment's {what} is not a number")
    return value


def position_of(comment: object) -> Position:
    """Where ``comment`` stands in the listing; MalformedComment without an id or time."""
    if not isinstance(comment, Mapping):
        raise MalformedComment("a comment is not an object")
    return Position(parse_gmt(comment.get("date_gmt")), _whole(comment.get("id"), "id"))


def post_of(comment: Mapping[str, Any]) -> int:
    return _whole(comment.get("post"), "post")


def parent_of(comment: Mapping[str, Any]) -> int:
    """The comment it answers; 0 for one written under the post itself."""
    value = comment.get("parent", 0)
    return 0 if value is None else _whole(value, "parent")


def comment_text(comment: Mapping[str, Any]) -> str:
    """What a reader of the post sees, as plain text: ``content.rendered`` (the HTML
    WordPress shows) through html_text, else the stored ``content.raw``."""
    content = comment.get("content")
    if not isinstance(content, Mapping):
        raise MalformedComment("the comment has no content")
    for part in ("rendered", "raw"):
        value = content.get(part)
        if isinstance(value, str):
            return html_to_text(value)
    raise MalformedComment("the comment's content is not text")


def web_address(value: object) -> str | None:
    """``value`` when it is an http(s) address (a comment's link, a commenter's site)."""
    return value if isinstance(value, str) and value.startswith(("https://", "http://")) else None


def comparable_text(text: str) -> str:
    """Text as the sent look-up compares it: whitespace folded."""
    return " ".join(text.split())


def author_of(comment: Mapping[str, Any]) -> AuthorRef:
    """The commenter: keyed by the e-mail address they gave (see wordpress_network)."""
    name = comment.get("author_name")
    name = " ".join(name.split()) if isinstance(name, str) else ""
    email = comment.get("author_email")
    address = normalise_email(email) if isinstance(email, str) else None
    if address is None and not name:
        raise MalformedComment("the comment names no author")
    return AuthorRef(
        channel=WORDPRESS,
        key=address or anonymous_key(name),
        handle=address,
        display_name=name or None,
        profile_url=web_address(comment.get("author_url")),
    )


def subject_for(title: str | None, status: object) -> str | None:
    """The post's title, after :data:`HELD_MARK` for a comment waiting for approval."""
    if status == HELD:
        return f"{HELD_MARK} · {title}" if title else HELD_MARK
    return title


def to_message(
    comment: Mapping[str, Any],
    *,
    own_user_id: int | None,
    own_handle: str,
    titles: Mapping[int, str],
    roots: Mapping[int, int],
) -> FetchedMessage:
    """One comment as a message (kind ``comment``). The account's own comments (by
    ``own_user_id``) are outbound; ``roots`` maps a comment to the first comment of its
    conversation (the one written under the post), ``titles`` a post to its title."""
    position = position_of(comment)
    post = post_of(comment)
    parent = parent_of(comment)
    author_id = comment.get("author")
    own = own_user_id is not None and author_id == own_user_id
    if own:
        name = comment.get("author_name")
        author = AuthorRef(
            WORDPRESS,
            own_handle,
            handle=own_handle,
            display_name=name if isinstance(name, str) and name.strip() else None,
        )
    else:
        author = author_of(comment)
    root = roots.get(position.id, position.id) if parent else position.id
    return FetchedMessage(
        remote_id=str(position.id),
        channel=WORDPRESS,
        kind=COMMENT,
        author=author,
        text=comment_text(comment),
        created_at=position.when,
        inbound=not own,
        thread_remote_id=str(root),
        in_reply_to_remote_id=str(parent) if parent else None,
        subject=subject_for(titles.get(post), comment.get("status")),
        url=web_address(comment.get("link")),
    )


def set_aside(comment: object, error: Exception) -> MalformedItem:
    """A comment that cannot be understood, kept for a person to look at."""
    ident = comment.get("id") if isinstance(comment, Mapping) else None
    return MalformedItem(
        str(ident) if isinstance(ident, int | str) else None,
        str(error),
        json.dumps(comment, default=str)[:100_000],
    )


def titles_of(posts: object) -> dict[int, str]:
    """Post id → its title as text, from a ``wp/v2/posts`` (or ``pages``) listing."""
    found: dict[int, str] = {}
    if not isinstance(posts, list):
        return found
    for post in posts:
        if not isinstance(post, Mapping):
            continue
        ident = post.get("id")
        title = post.get("title")
        rendered = title.get("rendered") if isinstance(title, Mapping) else title
        if isinstance(ident, int) and isinstance(rendered, str) and rendered.strip():
            found[ident] = " ".join(html_to_text(rendered).split())
    return found


def resolve_roots(parents: Mapping[int, int]) -> dict[int, int]:
    """Comment → the first comment of its conversation, following ``parents`` (comment →
    the comment it answers, 0 under the post) as far as it is known."""
    roots: dict[int, int] = {}
    for comment in parents:
        current, seen = comment, {comment}
        while parents.get(current, 0) and parents[current] not in seen:
            current = parents[current]
            seen.add(current)
        roots[comment] = current
    return roots
