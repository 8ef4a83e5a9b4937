"""Accounts, records and notifications of the Bluesky test server, and the AppView's views.

The state a PDS and the AppView share, kept in memory: accounts (did:plc), records in
their repos (app.bsky.feed.post, .like, .repost, app.bsky.graph.follow), and the
notifications the AppView indexes for them. Views follow the lexicons
app.bsky.actor.defs#profileView(Basic) and app.bsky.feed.defs#postView/threadViewPost/
feedViewPost (https://github.com/bluesky-social/atproto/tree/main/lexicons/app/bsky) and
app.bsky.notification.listNotifications#notification
(https://docs.bsky.app/docs/api/app-bsky-notification-list-notifications).

Not thread-safe by itself: BlueskyServer calls it with its lock held.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tests.servers.atproto_records import (
    POST_NSID,
    StoredPost,
    cid_for,
    did_for,
    format_datetime,
    parse_at_uri,
    tid,
)

LIKE_NSID = "app.bsky.feed.like"
REPOST_NSID = "app.bsky.feed.repost"
FOLLOW_NSID = "app.bsky.graph.follow"


@dataclass
class Actor:
    did: str
    handle: str
    display_name: str | None
    created_at: datetime
    password: str | None = None
    email: str | None = None


@dataclass
class StoredRecord:
    uri: str
    cid: str
    did: str
    collection: str
    rkey: str
    value: dict[str, Any]
    indexed_at: datetime
    seq: int


@dataclass
class Notification:
    recipient: str
    reason: str
    record: StoredRecord | None
    reason_subject: str | None
    seq: int
    raw: Any = None  # served verbatim instead of a view (BlueskyServer.inject_notification)


class Network:
    """Accounts, records and notifications; ``seq`` orders everything that was indexed."""

    def __init__(self, now: Callable[[], datetime]) -> None:
        self.now = now
        self.users: dict[str, Actor] = {}
        self.records: dict[str, StoredRecord] = {}
        self.notifications: list[Notification] = []
        self.seen_at: dict[str, datetime] = {}
        self.seq = 0
        self._last_stamp: datetime | None = None
        self._last_tid_micros = 0

    def add_user(self, handle: str, display_name: str | None) -> Actor:
        did = did_for(handle)
        if did in self.users:
            raise ValueError(f"handle already taken: {handle}")
        actor = Actor(did, handle, display_name, self.stamp())
        self.users[did] = actor
        return actor

    def stamp(self) -> datetime:
        """Now, strictly after every earlier stamp, so that indexedAt orders items."""
        moment = self.now()
        if self._last_stamp is not None and moment <= self._last_stamp:
            moment = self._last_stamp + timedelta(milliseconds=1)
        self._last_stamp = moment
        return moment

    def next_rkey(self) -> str:
        micros = int(self.now().timestamp() * 1_000_000)
        micros = max(micros, self._last_tid_micros + 1)
        self._last_tid_micros = micros
        return tid(micros)

    def store(
        self, did: str, collection: str, value: dict[str, Any], rkey: str | None
    ) -> StoredRecord:
        rkey = rkey or self.next_rkey()
        uri = f"at://{did}/{collection}/{rkey}"
        if uri in self.records:
            raise ValueError(f"record exists: {uri}")
        self.seq += 1
        stored = StoredRecord(
            uri, cid_for(value), did, collection, rkey, value, self.stamp(), self.seq
        )
        self.records[uri] = stored
        self.notify_for(stored)
        return stored

    def notify_for(self, stored: StoredRecord) -> None:
        """Notifications the AppView indexes for a new record: one per recipient, mention
        before quote before reply (the order of the AppView's post indexer)."""
        candidates: list[tuple[str, str, str | None]] = []
        value = stored.value
        if stored.collection == POST_NSID:
            for facet in _dicts(value.get("facets")):
                for feature in _dicts(facet.get("features")):
                    if feature.get("$type") == "app.bsky.richtext.facet#mention":
                        candidates.append((str(feature.get("did")), "mention", None))
            embed = value.get("embed")
            if isinstance(embed, dict) and embed.get("$type") == "app.bsky.embed.record":
                quoted_uri = embed["record"]["uri"]
                quoted = self.records.get(quoted_uri)
                if quoted is not None:
                    candidates.append((quoted.did, "quote", quoted_uri))
            reply = value.get("reply")
            if reply:
                for ref in (reply["parent"], reply["root"]):
                    ancestor = self.records.get(ref["uri"])
                    if ancestor is not None:
                        candidates.append((ancestor.did, "reply", ancestor.uri))
        elif stored.collection in (LIKE_NSID, REPOST_NSID):
            subject = self.records.get(value["subject"]["uri"])
            reason = "like" if stored.collection == LIKE_NSID else "repost"
            if subject is not None:
                candidates.append((subject.did, reason, subject.uri))
        elif stored.collection == FOLLOW_NSID:
            candidates.append((value["subject"], "follow", None))
        notified = {stored.did}
        for recipient, reason, subject in candidates:
            if recipient in self.users and recipient not in notified:
                notified.add(recipient)
                self.seq += 1
                self.notifications.append(
                    Notification(recipient, reason, stored, subject, self.seq)
                )

    def interact(self, author_handle: str, collection: str, subject_uri: str) -> str:
        """A like or repost of ``subject_uri``; returns the new record's URI."""
        author = self.user(author_handle)
        subject = self.post_or_raise(subject_uri)
        record = {
            "$type": collection,
            "subject": strong_ref(subject),
            "createdAt": format_datetime(self.now()),
        }
        return self.store(author.did, collection, record, None).uri

    def mention_facets(self, text: str, handles: Sequence[str]) -> list[dict[str, Any]]:
        encoded = text.encode("utf-8")
        facets = []
        search_from = 0
        for handle in handles:
            user = self.user(handle)
            needle = f"@{user.handle}".encode()
            start = encoded.find(needle, search_from)
            if start < 0:
                start = encoded.find(needle)
            if start < 0:
                raise ValueError(f"text does not contain @{user.handle}")
            end = start + len(needle)
            search_from = end
            facets.append(
                {
                    "$type": "app.bsky.richtext.facet",
                    "index": {"byteStart": start, "byteEnd": end},
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": user.did}],
                }
            )
        return facets

    def user(self, handle_or_did: str) -> Actor:
        user = self.find_actor(handle_or_did)
        if user is None:
            raise KeyError(f"no such user: {handle_or_did}")
        return user

    def find_handle(self, handle: str) -> Actor | None:
        wanted = handle.lower().lstrip("@")
        return next((u for u in self.users.values() if u.handle.lower() == wanted), None)

    def find_actor(self, actor: str) -> Actor | None:
        if actor.startswith("did:"):
            return self.users.get(actor)
        return self.find_handle(actor)

    def find_login(self, identifier: str) -> Actor | None:
        if "@" in identifier.strip("@"):
            wanted = identifier.lower()
            return next(
                (u for u in self.users.values() if u.email and u.email.lower() == wanted), None
            )
        return self.find_actor(identifier)

    def handle_of(self, did: str) -> str | None:
        user = self.users.get(did)
        return user.handle if user else None

    def find_post(self, uri: str) -> StoredRecord | None:
        parts = parse_at_uri(uri)
        if parts is None:
            return None
        authority, collection, rkey = parts
        owner = self.find_actor(authority)
        if owner is None or collection != POST_NSID:
            return None
        return self.records.get(f"at://{owner.did}/{collection}/{rkey}")

    def stored_post(self, uri: str) -> StoredPost | None:
        found = self.find_post(uri)
        return StoredPost(found.uri, found.cid, found.did, found.value) if found else None

    def post_or_raise(self, uri: str) -> StoredRecord:
        found = self.find_post(uri)
        if found is None:
            raise KeyError(f"no such post: {uri}")
        return found

    def profile_view(self, user: Actor, *, basic: bool = False) -> dict[str, Any]:
        view: dict[str, Any] = {
            "did": user.did,
            "handle": user.handle,
            "viewer": {"muted": False, "blockedBy": False},
            "labels": [],
            "createdAt": format_datetime(user.created_at),
        }
        if user.display_name is not None:
            view["displayName"] = user.display_name
        if not basic:
            view["indexedAt"] = format_datetime(user.created_at)
        return view

    def post_view(self, stored: StoredRecord) -> dict[str, Any]:
        def count(collection: str, key: str) -> int:
            return sum(
                1
                for r in self.records.values()
                if r.collection == collection and subject_uri(r, key) == stored.uri
            )

        view: dict[str, Any] = {
            "uri": stored.uri,
            "cid": stored.cid,
            "author": self.profile_view(self.users[stored.did], basic=True),
            "record": stored.value,
            "replyCount": count(POST_NSID, "reply"),
            "repostCount": count(REPOST_NSID, "subject"),
            "likeCount": count(LIKE_NSID, "subject"),
            "quoteCount": count(POST_NSID, "embed"),
            "indexedAt": format_datetime(stored.indexed_at),
            "viewer": {},
            "labels": [],
        }
        embed = stored.value.get("embed")
        if isinstance(embed, dict) and embed.get("$type") == "app.bsky.embed.record":
            quoted = self.records.get(embed["record"]["uri"])
            if quoted is not None:
                view["embed"] = {
                    "$type": "app.bsky.embed.record#view",
                    "record": {
                        "$type": "app.bsky.embed.record#viewRecord",
                        "uri": quoted.uri,
                        "cid": quoted.cid,
                        "author": self.profile_view(self.users[quoted.did], basic=True),
                        "value": quoted.value,
                        "indexedAt": format_datetime(quoted.indexed_at),
                    },
                }
        return view

    def thread_view(self, stored: StoredRecord, depth: int) -> dict[str, Any]:
        view: dict[str, Any] = {
            "$type": "app.bsky.feed.defs#threadViewPost",
            "post": self.post_view(stored),
        }
        if depth > 0:
            replies = [
                r
                for r in self.records.values()
                if r.collection == POST_NSID and subject_uri(r, "reply") == stored.uri
            ]
            view["replies"] = [self.thread_view(r, depth - 1) for r in replies]
        return view

    def feed_view(self, stored: StoredRecord) -> dict[str, Any]:
        if stored.collection == REPOST_NSID:
            subject = self.records[stored.value["subject"]["uri"]]
            return {
                "post": self.post_view(subject),
                "reason": {
                    "$type": "app.bsky.feed.defs#reasonRepost",
                    "by": self.profile_view(self.users[stored.did], basic=True),
                    "indexedAt": format_datetime(stored.indexed_at),
                },
            }
        item: dict[str, Any] = {"post": self.post_view(stored)}
        reply = stored.value.get("reply")
        if reply:
            root = self.records.get(reply["root"]["uri"])
            parent = self.records.get(reply["parent"]["uri"])
            item["reply"] = {
                "root": self.post_view(root) if root else not_found(reply["root"]["uri"]),
                "parent": self.post_view(parent) if parent else not_found(reply["parent"]["uri"]),
            }
        return item

    def notification_view(self, notification: Notification) -> Any:
        record = notification.record
        if record is None:
            return json.loads(json.dumps(notification.raw))
        seen = self.seen_at.get(notification.recipient)
        view: dict[str, Any] = {
            "uri": record.uri,
            "cid": record.cid,
            "author": self.profile_view(self.users[record.did]),
            "reason": notification.reason,
            "record": record.value,
            "isRead": seen is not None and record.indexed_at <= seen,
            "indexedAt": format_datetime(record.indexed_at),
            "labels": [],
        }
        if notification.reason_subject is not None:
            view["reasonSubject"] = notification.reason_subject
        return view


# -- helpers ---------------------------------------------------------------------------


def strong_ref(stored: StoredRecord) -> dict[str, str]:
    """com.atproto.repo.strongRef"""
    return {"uri": stored.uri, "cid": stored.cid}


def subject_uri(stored: StoredRecord, key: str) -> str | None:
    value = stored.value.get(key)
    if key == "reply" and isinstance(value, dict):
        return value["parent"]["uri"]
    if key == "embed" and isinstance(value, dict):
        record = value.get("record")
        return record.get("uri") if isinstance(record, dict) else None
    return value.get("uri") if isinstance(value, dict) else None


def in_author_feed(stored: StoredRecord, feed_filter: str, did: str) -> bool:
    reply = stored.value.get("reply") if stored.collection == POST_NSID else None
    if feed_filter == "posts_no_replies":
        return not reply
    if feed_filter == "posts_and_author_threads":
        return not reply or reply["root"]["uri"].startswith(f"at://{did}/")
    # This server has no media, so the media filters match nothing.
    return feed_filter not in ("posts_with_media", "posts_with_video")


def not_found(uri: str) -> dict[str, Any]:
    return {"$type": "app.bsky.feed.defs#notFoundPost", "uri": uri, "notFound": True}


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The objects in a JSON array; anything else (tests may store odd facets) is skipped."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
