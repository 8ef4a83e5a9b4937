"""Frozen views of stored data that services hand out (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from socialinbox.core.timefmt import iso_or_none


@dataclass(frozen=True, slots=True)
class MessageRow:
    """What one row of the message list shows."""

    id: int
    channel: str
    kind: str
    inbound: bool
    author_name: str | None
    author_handle: str | None
    subject: str | None
    preview: str
    created_at: datetime
    read: bool
    done: bool
    needs_reply: bool
    deleted: bool
    rating: int | None
    # Who logged it by hand (a call, a visit; see core.logged); None when fetched or sent.
    logged_by: str | None = None
    # The response practice (core.escalations): whom an open escalation names, whom the
    # message is assigned to, and whether its customer is a VIP.
    escalated_to: str | None = None
    assigned_to: str | None = None
    vip: bool = False
    # The customer's card (None for none): a change to the card (VIP) re-reads the row.
    contact_id: int | None = None
    # The tone, -1..1 (core.tone); None when unknown.
    sentiment: float | None = None

    @property
    def author(self) -> str:
        return self.author_name or self.author_handle or "Unknown"


@dataclass(frozen=True, slots=True)
class MessageDetail:
    """Everything stored about one message."""

    id: int
    account_id: int
    account_name: str
    channel: str
    kind: str
    remote_id: str
    inbound: bool
    thread_key: str
    in_reply_to_remote_id: str | None
    author_name: str | None
    author_handle: str | None
    identity_id: int | None
    contact_id: int | None
    subject: str | None
    text: str
    url: str | None
    rating: int | None
    created_at: datetime
    received_at: datetime
    edited_at: datetime | None
    deleted_at: datetime | None
    read: bool
    done: bool
    needs_reply: bool
    replied_at: datetime | None
    # The impossible creation time the sender gave, as written (then created_at is the
    # arrival time); None when the sender's time was believed.
    claimed_time: str | None = None
    # Who logged it by hand (a call, a visit; see core.logged); None when fetched or sent.
    logged_by: str | None = None
    # The business's first response to the customer and the level 0–6 it earned
    # (core.response_levels); None while waiting, and for messages the scale skips.
    first_response_at: datetime | None = None
    level: int | None = None
    # The property (branch) it came to (core.properties); None: none.
    property_name: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The public JSON shape of ``inbox --json``: every field, null when empty."""
        return {
            "id": self.id,
            "account_id": self.account_id,
            "channel": self.channel,
            "kind": self.kind,
            "remote_id": self.remote_id,
            "direction": "in" if self.inbound else "out",
            "thread_key": self.thread_key,
            "in_reply_to_remote_id": self.in_reply_to_remote_id,
            "author_handle": self.author_handle,
            "author_name": self.author_name,
            "subject": self.subject,
            "text": self.text,
            "url": self.url,
            "rating": self.rating,
            "created_at": self.created_at.isoformat(),
            "edited_at": iso_or_none(self.edited_at),
            "deleted_at": iso_or_none(self.deleted_at),
            "contact_id": self.contact_id,
            "read": self.read,
            "done": self.done,
            "needs_reply": self.needs_reply,
            "replied_at": iso_or_none(self.replied_at),
            "claimed_time": self.claimed_time,
            "logged_by": self.logged_by,
            "first_response_at": iso_or_none(self.first_response_at),
            "level": self.level,
            "property": self.property_name,
        }


@dataclass(frozen=True, slots=True)
class AccountInfo:
    id: int
    uuid: str
    kind: str
    name: str
    base_url: str | None
    handle: str | None
    settings: dict[str, Any] = field(hash=False, compare=False)
    enabled: bool
    status: str
    last_error: str | None
    last_sync: datetime | None
    next_sync: datetime | None
    sync_interval_s: int
    connected_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "kind": self.kind,
            "name": self.name,
            "base_url": self.base_url,
            "handle": self.handle,
            "enabled": self.enabled,
            "status": self.status,
            "last_error": self.last_error,
            "last_sync": iso_or_none(self.last_sync),
            "next_sync": iso_or_none(self.next_sync),
            "sync_interval_s": self.sync_interval_s,
            "connected_at": self.connected_at.isoformat(),
        }
