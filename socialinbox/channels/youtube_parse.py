"""YouTube Data API v3 answers read into messages, and the connector's cursor.

Pure (no HTTP): what the network sends is untrusted, so everything is checked; a thread
or comment that is not what the documentation describes is set aside (a
:class:`~socialinbox.core.connector.MalformedItem`), never fatal to the rest of its page.

Shapes (developers.google.com/youtube/v3/docs: commentThreads, comments, videos):

- a ``commentThread`` has ``id`` (the top-level comment's id), ``snippet.videoId`` (absent
  for a comment about the channel itself), ``snippet.topLevelComment`` (a ``comment``),
  ``snippet.totalReplyCount`` and ``replies.comments`` (some of the replies only);
- a ``comment`` has ``id`` and ``snippet`` with ``authorDisplayName`` (the author's
  ``@handle``), ``authorChannelId.value``, ``authorChannelUrl``, ``textDisplay`` (plain text
  when asked with ``textFormat=plainText``), ``parentId`` (a reply's top-level comment),
  ``publishedAt`` and ``updatedAt`` (RFC 3339);
- list answers carry ``items`` and ``nextPageToken``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from socialinbox.channels.youtube_network import YOUTUBE
from socialinbox.core.connector import AuthorRef, FetchedMessage, MalformedItem

KIND_COMMENT = "comment"
# Video titles remembered in the cursor, so that a thread on a known video costs no look-up;
# and reply counts of threads with more replies than a page includes.
TITLES_KEPT = 200
COUNTS_KEPT = 200
_PAYLOAD_MAX = 2_000


class MalformedComment(ValueError):
    """A thread, comment or page that is not what YouTube documents."""


@dataclass(frozen=True, slots=True)
class Comment:
    """One comment: a thread's top-level comment (``parent_id`` None) or a reply."""

    id: str
    thread_id: str
    video_id: str | None
    author: AuthorRef
    text: str
    published_at: datetime
    updated_at: datetime
    parent_id: str | None

    @property
    def activity(self) -> datetime:
        """When it last changed: written, or edited."""
        return max(self.published_at, self.updated_at)


@dataclass(frozen=True, slots=True)
class Thread:
    """One comment thread as a page holds it: its top-level comment, the replies YouTube
    included (at most five, the oldest) and how many replies it counts."""

    top: Comment
    replies: tuple[Comment, ...]
    reply_count: int

    @property
    def missing_replies(self) -> bool:
        """YouTube counts more replies than it included (they are listed apart,
        ``comments?parentId=``)."""
        return self.reply_count > len(self.replies)


@dataclass(frozen=True, slots=True)
class Page:
    """One list answer: its items as sent, and the token of the next page (None: the last)."""

    items: tuple[Any, ...]
    next_token: str | None

    @classmethod
    def of(cls, body: object) -> Page:
        if not isinstance(body, Mapping):
            raise MalformedComment("the answer is not a JSON object")
        items = body.get("items", [])
        if not isinstance(items, list):
            raise MalformedComment("the answer's items are not a list")
        token = body.get("nextPageToken")
        return cls(tuple(items), token if isinstance(token, str) and token else None)


def parse_time(value: object, what: str) -> datetime:
    if not isinstance(value, str):
        raise MalformedComment(f"the comment has no {what}")
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedComment(f"{what} is not a time: {value[:40]!r}") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def parse_comment(item: object, thread_id: str | None = None) -> Comment:
    """A ``comment`` resource; ``thread_id``: its thread (a top-level comment's own id)."""
    if not isinstance(item, Mapping) or not isinstance(item.get("id"), str) or not item["id"]:
        raise MalformedComment("a comment has no id")
    snippet = item.get("snippet")
    if not isinstance(snippet, Mapping):
        raise MalformedComment(f"comment {item['id'][:60]} has no snippet")
    channel = snippet.get("authorChannelId")
    author_id = channel.get("value") if isinstance(channel, Mapping) else None
    if not isinstance(author_id, str) or not author_id.strip():
        raise MalformedComment(f"comment {item['id'][:60]} names no author channel")
    text = snippet.get("textDisplay")
    if not isinstance(text, str):
        text = snippet.get("textOriginal")
    if not isinstance(text, str):
        raise MalformedComment(f"comment {item['id'][:60]} has no text")
    published = parse_time(snippet.get("publishedAt"), "publishedAt")
    updated_value = snippet.get("updatedAt")
    updated = parse_time(updated_value, "updatedAt") if updated_value is not None else published
    parent = _text(snippet.get("parentId"))
    name = _text(snippet.get("authorDisplayName"))
    url = _text(snippet.get("authorChannelUrl"))
    handle = name if name is not None and name.startswith("@") and " " not in name else None
    author = AuthorRef(
        channel=YOUTUBE,
        key=author_id.strip(),
        handle=handle.lower() if handle else None,
        display_name=name,
        profile_url=url if url is not None and url.startswith(("https://", "http://")) else None,
    )
    video = _text(snippet.get("videoId"))
    return Comment(
        id=item["id"],
        thread_id=thread_id or parent or item["id"],
        video_id=video,
        author=author,
        text=text,
        published_at=published,
        updated_at=updated,
        parent_id=parent,
    )


def parse_thread(item: object) -> Thread:
    """A ``commentThread`` resource with its top-level comment and included replies."""
    if not isinstance(item, Mapping) or not isinstance(item.get("snippet"), Mapping):
        raise MalformedComment("a comment thread has no snippet")
    snippet = item["snippet"]
    top = parse_comment(snippet.get("topLevelComment"))
    video = _text(snippet.get("videoId")) or top.video_id
    top = Comment(
        top.id, top.id, video, top.author, top.text, top.published_at, top.updated_at, None
    )
    replies_part = item.get("replies")
    listed = replies_part.get("comments", []) if isinstance(replies_part, Mapping) else []
    if not isinstance(listed, list):
        raise MalformedComment(f"thread {top.id[:60]}: its replies are not a list")
    replies = []
    for reply in listed:
        comment = parse_comment(reply, top.id)
        replies.append(
            Comment(
                comment.id,
                top.id,
                video,
                comment.author,
                comment.text,
                comment.published_at,
                comment.updated_at,
                top.id,
            )
        )
    count = snippet.get("totalReplyCount")
    counted = count if isinstance(count, int) and not isinstance(count, bool) else 0
    return Thread(top, tuple(replies), max(counted, len(replies)))


def set_aside(item: object, error: Exception) -> MalformedItem:
    remote = item.get("id") if isinstance(item, Mapping) else None
    try:
        payload = json.dumps(item, ensure_ascii=False)[:_PAYLOAD_MAX]
    except (TypeError, ValueError):
        payload = repr(item)[:_PAYLOAD_MAX]
    return MalformedItem(remote if isinstance(remote, str) else None, str(error), payload)


def comment_url(comment: Comment) -> str | None:
    """Where the comment is seen on YouTube (its video, with the comment highlighted)."""
    if comment.video_id is None:
        return None
    return (
        f"https://www.youtube.com/watch?v={quote(comment.video_id, safe='')}"
        f"&lc={quote(comment.id, safe='')}"
    )


def to_message(comment: Comment, own_channel_id: str, titles: Mapping[str, str]) -> FetchedMessage:
    """The comment as a message: a comment by the account's own channel is outbound (a reply
    made on YouTube, which clears "needs reply"); the video's title is the subject."""
    edited = comment.updated_at if comment.updated_at > comment.published_at else None
    return FetchedMessage(
        remote_id=comment.id,
        channel=YOUTUBE,
        kind=KIND_COMMENT,
        author=comment.author,
        text=comment.text,
        created_at=comment.published_at,
        inbound=comment.author.key != own_channel_id,
        thread_remote_id=comment.thread_id,
        in_reply_to_remote_id=comment.parent_id,
        subject=titles.get(comment.video_id) if comment.video_id else None,
        url=comment_url(comment),
        edited_at=edited,
    )


def video_titles(page: Page) -> dict[str, str]:
    """The titles of a ``videos`` answer (videos without a readable title left out)."""
    titles = {}
    for item in page.items:
        if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
            continue
        snippet = item.get("snippet")
        title = snippet.get("title") if isinstance(snippet, Mapping) else None
        if isinstance(title, str) and title.strip():
            titles[item["id"]] = " ".join(title.split())
    return titles


def comparable_text(text: str) -> str:
    """Text as compared when looking for a reply sent before (spaces folded)."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the account's reading stands: ``since``, the latest activity (a comment written
    or edited) of what was stored (None before the first sync); ``titles``, the video titles
    known (the most recent :data:`TITLES_KEPT`); ``reply_counts``, the replies YouTube
    counted in each thread whose replies were listed apart (a changed count: new ones)."""

    since: datetime | None = None
    titles: Mapping[str, str] = field(default_factory=dict)
    reply_counts: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, text: str | None) -> Cursor:
        """The stored cursor; an unreadable one starts afresh (as before a first sync)."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
            since = data.get("since")
            when = parse_time(since, "since") if since is not None else None
            titles = data.get("titles") or {}
            counts = data.get("reply_counts") or {}
        except (ValueError, AttributeError, MalformedComment):
            return cls()
        return cls(
            when,
            _kept(titles, str),
            {k: v for k, v in _kept(counts, int).items() if not isinstance(v, bool)},
        )

    def dump(self) -> str:
        since = self.since.astimezone(UTC).isoformat() if self.since is not None else None
        return json.dumps(
            {
                "since": since,
                "titles": dict(list(self.titles.items())[-TITLES_KEPT:]),
                "reply_counts": dict(list(self.reply_counts.items())[-COUNTS_KEPT:]),
            },
            ensure_ascii=False,
        )

    def after(
        self,
        comments: Sequence[Comment],
        titles: Mapping[str, str],
        reply_counts: Mapping[str, int] | None = None,
    ) -> Cursor:
        """The cursor once ``comments`` are stored, remembering ``titles`` and
        ``reply_counts`` too (the latest last)."""
        newest = max((c.activity for c in comments), default=None)
        since = self.since
        if newest is not None and (since is None or newest > since):
            since = newest
        return Cursor(
            since, _merged(self.titles, titles), _merged(self.reply_counts, reply_counts or {})
        )


def _kept(value: object, kind: type) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, kind)}


def _merged(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """``old`` updated with ``new``, the entries of ``new`` last (the most recent kept)."""
    merged = {k: v for k, v in old.items() if k not in new}
    merged.update(new)
    return merged
