"""Bluesky JSON to messages: notifications, the account's own posts, and the fetch cursor.

Pure functions, no network. Every parser raises ``ValueError`` on an item it
cannot understand; the connector turns that into a :class:`MalformedItem`.
Shapes follow the lexicons ``app.bsky.notification.listNotifications``,
``app.bsky.feed.defs#postView`` and ``app.bsky.feed.post``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from socialinbox.channels.bluesky_network import BLUESKY
from socialinbox.channels.bluesky_xrpc import parse_time
from socialinbox.core.connector import AuthorRef, FetchedMessage, MalformedItem, OutgoingReply
from socialinbox.core.untrusted import repair_json

# The notification reasons that are messages to answer; likes, follows and reposts are not.
MESSAGE_REASONS: dict[str, str] = {"mention": "mention", "reply": "reply", "quote": "mention"}
APP_URL = "https://bsky.app"


def rkey_of(uri: str) -> str:
    """The record key of ``at://authority/collection/rkey``; ValueError otherwise."""
    if not uri.startswith("at://"):
        raise ValueError(f"not an at:// uri: {uri[:100]!r}")
    parts = uri[len("at://") :].split("/")
    if len(parts) != 3 or not all(parts):
        raise ValueError(f"not a record uri: {uri[:100]!r}")
    return parts[2]


def profile_url(handle_or_did: str) -> str:
    return f"{APP_URL}/profile/{handle_or_did}"


def post_url(handle_or_did: str, uri: str) -> str:
    return f"{profile_url(handle_or_did)}/post/{rkey_of(uri)}"


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} is missing or not a string")
    return value


def _mapping(value: object, name: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{name} is missing or not an object")
    return value


def author_of(profile: object) -> AuthorRef:
    """An AuthorRef from a profileView; the key is the DID, the handle shown with "@"."""
    profile = _mapping(profile, "author")
    did = _text(profile.get("did"), "author.did")
    handle = profile.get("handle")
    name = profile.get("displayName")
    shown = handle if isinstance(handle, str) and handle and handle != "handle.invalid" else None
    return AuthorRef(
        channel=BLUESKY,
        key=did,
        handle=f"@{shown}" if shown else None,
        display_name=name.strip() or None if isinstance(name, str) else None,
        profile_url=profile_url(shown or did),
    )


def reply_refs(record: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(root uri, parent uri) of a post record's ``reply``, or (None, None)."""
    reply = record.get("reply")
    if reply is None:
        return None, None
    reply = _mapping(reply, "record.reply")
    root = _text(_mapping(reply.get("root"), "reply.root").get("uri"), "reply.root.uri")
    parent = _text(_mapping(reply.get("parent"), "reply.parent").get("uri"), "reply.parent.uri")
    return root, parent


def readable_text(record: Mapping[str, Any]) -> str:
    """The post's text with link targets kept: a shortened link shows its full address,
    a link under other words keeps its address after them in brackets."""
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("record.text is missing or not a string")
    facets = record.get("facets")
    if not isinstance(facets, list):
        return text
    data = text.encode("utf-8")
    links: list[tuple[int, int, str]] = []
    for facet in facets:
        try:
            index = facet["index"]
            start, end = index["byteStart"], index["byteEnd"]
            uris = [
                f["uri"]
                for f in facet["features"]
                if f.get("$type") == "app.bsky.richtext.facet#link"
                and isinstance(f.get("uri"), str)
            ]
        except (KeyError, TypeError, AttributeError):
            continue
        if (
            uris
            and isinstance(start, int)
            and isinstance(end, int)
            and 0 <= start < end <= len(data)
        ):
            links.append((start, end, uris[0]))
    out: list[bytes] = []
    position = 0
    for start, end, uri in sorted(links):
        if start < position:
            continue  # overlapping facets: keep the first
        try:
            shown = data[start:end].decode("utf-8")
        except UnicodeDecodeError:
            continue  # a range that splits a character is not trustworthy
        out.append(data[position:start])
        out.append(_link_text(shown, uri).encode("utf-8"))
        position = end
    out.append(data[position:])
    return b"".join(out).decode("utf-8")


def _link_text(shown: str, uri: str) -> str:
    if shown == uri:
        return shown
    short = shown.rstrip(".…")
    bare = uri.split("://", 1)[-1]
    if short and (uri.startswith(short) or bare.startswith(short)):
        return uri
    return f"{shown} ({uri})"


def parse_notification(raw: object) -> FetchedMessage | None:
    """A mention, reply or quote as a message; None for other reasons (likes, follows)."""
    item = _mapping(raw, "notification")
    reason = item.get("reason")
    if not isinstance(reason, str) or reason not in MESSAGE_REASONS:
        return None
    uri = _text(item.get("uri"), "uri")
    author = author_of(item.get("author"))
    record = _mapping(item.get("record"), "record")
    created = parse_time(record.get("createdAt")) or parse_time(item.get("indexedAt"))
    if created is None:
        raise ValueError("the post has no readable time")
    root, parent = reply_refs(record)
    return FetchedMessage(
        remote_id=uri,
        channel=BLUESKY,
        kind=MESSAGE_REASONS[reason],
        author=author,
        text=readable_text(record),
        created_at=created,
        inbound=True,
        thread_remote_id=root or uri,
        in_reply_to_remote_id=parent,
        url=post_url(author.handle.lstrip("@") if author.handle else author.key, uri),
    )


def parse_own_reply(post: object, own_did: str) -> FetchedMessage | None:
    """One of the account's own replies (a postView) as an outbound message, so that
    what was answered from the phone stops waiting; None for anything else."""
    view = _mapping(post, "post")
    author = author_of(view.get("author"))
    if author.key != own_did:
        return None
    record = _mapping(view.get("record"), "post.record")
    root, parent = reply_refs(record)
    if parent is None:
        return None
    uri = _text(view.get("uri"), "post.uri")
    created = parse_time(record.get("createdAt")) or parse_time(view.get("indexedAt"))
    if created is None:
        raise ValueError("the post has no readable time")
    return FetchedMessage(
        remote_id=uri,
        channel=BLUESKY,
        kind="reply",
        author=author,
        text=readable_text(record),
        created_at=created,
        inbound=False,
        thread_remote_id=root or uri,
        in_reply_to_remote_id=parent,
        url=post_url(author.handle.lstrip("@") if author.handle else own_did, uri),
    )


# -- helpers of the connector --------------------------------------------------------


def post_of(item: object) -> object:
    return item.get("post") if isinstance(item, Mapping) else None


def matching_record(item: object, reply: OutgoingReply, field: str) -> tuple[str, Any] | None:
    """(uri, createdAt) of ``item`` (a listRecords record or a postView, whose record is
    under ``field``) when it is this reply: same text, answering the same post."""
    if not isinstance(item, Mapping):
        return None
    record, uri = item.get(field), item.get("uri")
    if not isinstance(record, Mapping) or not isinstance(uri, str):
        return None
    if record.get("text") != reply.text:
        return None
    parent = None
    answered = record.get("reply")
    if isinstance(answered, Mapping) and isinstance(answered.get("parent"), Mapping):
        parent = answered["parent"].get("uri")
    if parent != reply.in_reply_to:
        return None
    return uri, parse_time(record.get("createdAt"))


def strong_ref(value: object) -> dict[str, str] | None:
    if not isinstance(value, Mapping):
        return None
    uri, cid = value.get("uri"), value.get("cid")
    if isinstance(uri, str) and uri.startswith("at://") and isinstance(cid, str) and cid:
        return {"uri": uri, "cid": cid}
    return None


def safe_post_url(handle: str, uri: str) -> str | None:
    try:
        return post_url(handle, uri)
    except ValueError:
        return None


def parse_chunk(
    chunk: Sequence[Placed],
    parse: Callable[[object], FetchedMessage | None],
    *,
    own_did: str | None,
) -> tuple[list[FetchedMessage], list[MalformedItem]]:
    """Parse one chunk; an item that cannot be understood is set aside, never fatal."""
    messages: list[FetchedMessage] = []
    malformed: list[MalformedItem] = []
    for item in chunk:
        try:
            # Text a stranger wrote may hold lone surrogates: repaired, the post still arrives.
            message = parse(repair_json(item.raw))
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            malformed.append(MalformedItem(item.uri, str(exc)[:500], dump_item(item.raw)))
            continue
        if message is None or (own_did is not None and message.author.key == own_did):
            continue
        messages.append(message)
    return messages, malformed


def dump_item(raw: object) -> str:
    try:
        return json.dumps(raw, default=str, ensure_ascii=False)[:10_000]
    except (TypeError, ValueError):
        return repr(raw)[:10_000]


# -- how far a listing was read -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mark:
    """How far a newest-first listing was read: the newest time read, with the keys of
    the items read at that time (several items can share one time)."""

    at: datetime
    keys: frozenset[str]

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "keys": sorted(self.keys)}

    @staticmethod
    def from_json(value: object) -> Mark | None:
        if not isinstance(value, Mapping):
            return None
        at = parse_time(value.get("at"))
        keys = value.get("keys")
        if at is None or not isinstance(keys, list):
            return None
        return Mark(at, frozenset(k for k in keys if isinstance(k, str)))


@dataclass(frozen=True, slots=True)
class Placed:
    """An item of a listing with the time it sorts at and a key that names it.

    An item without a readable time sorts with the item above it (None at the top of
    a listing); an item without a uri is named by a digest of its content, so that a
    malformed item is set aside once, not at every sync.
    """

    raw: object
    at: datetime | None
    uri: str | None
    key: str


def place(
    items: Iterable[object],
    time_of: str,
    above: datetime | None,
    latest: datetime | None = None,
) -> list[Placed]:
    """Give every item of one newest-first page its place. ``time_of`` is the key of its
    time (``indexedAt``); ``above`` the time of the item just above the page.

    Times never rise down the listing (an item claiming to be newer than the one above
    it sorts with it), and a time after ``latest`` counts as unreadable: one bad item
    dated next year must not hold back every message that comes after it.
    """
    placed = []
    for raw in items:
        item = raw if isinstance(raw, Mapping) else {}
        nested = item.get("post")
        post: Mapping[str, Any] = nested if isinstance(nested, Mapping) else item
        at = parse_time(post.get(time_of))
        if at is not None and latest is not None and at > latest:
            at = None
        if at is None or (above is not None and at > above):
            at = above
        uri = post.get("uri") if isinstance(post.get("uri"), str) else None
        placed.append(Placed(raw, at, uri, uri or _digest(raw)))
        above = at
    return placed


def _digest(raw: object) -> str:
    try:
        text = json.dumps(raw, sort_keys=True, default=repr)
    except (TypeError, ValueError):
        text = repr(raw)
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


def is_seen(item: Placed, mark: Mark | None) -> bool:
    if mark is None or item.key not in mark.keys:
        return False
    return item.at is None or item.at == mark.at


def is_older(item: Placed, mark: Mark | None) -> bool:
    return mark is not None and item.at is not None and item.at < mark.at


def advance(mark: Mark | None, items: Sequence[Placed]) -> Mark | None:
    """The mark after also reading ``items`` (those without a time sort above the rest)."""
    times = [i.at for i in items if i.at is not None]
    untimed = {i.key for i in items if i.at is None}
    if not times:
        return Mark(mark.at, mark.keys | untimed) if mark is not None else None
    newest = max(times)
    if mark is not None and mark.at > newest:
        return Mark(mark.at, mark.keys | untimed)
    keys = {i.key for i in items if i.at == newest} | untimed
    if mark is not None and mark.at == newest:
        keys |= mark.keys
    return Mark(newest, frozenset(keys))


@dataclass(frozen=True, slots=True)
class BlueskyCursor:
    """What ``fetch`` stores: how far notifications and the account's own posts were read."""

    notifications: Mark | None = None
    own: Mark | None = None

    def dumps(self) -> str:
        return json.dumps(
            {
                "notifications": self.notifications.as_json() if self.notifications else None,
                "own": self.own.as_json() if self.own else None,
            },
            sort_keys=True,
        )

    @staticmethod
    def loads(value: str | None) -> BlueskyCursor:
        """A stored cursor; an unreadable one reads as "nothing read yet"."""
        if not value:
            return BlueskyCursor()
        try:
            data = json.loads(value)
        except ValueError:
            return BlueskyCursor()
        if not isinstance(data, Mapping):
            return BlueskyCursor()
        return BlueskyCursor(
            Mark.from_json(data.get("notifications")), Mark.from_json(data.get("own"))
        )
