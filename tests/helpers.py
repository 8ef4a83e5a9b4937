"""Small builders shared by tests."""

from __future__ import annotations

from datetime import datetime

from socialinbox.channels.base import AuthorRef, FetchBatch, FetchedMessage


def message(
    remote_id: str,
    created_at: datetime,
    *,
    text: str = "hello",
    channel: str = "mastodon",
    author_key: str = "alice@example.social",
    author_name: str | None = "Alice",
    handle: str | None = "@alice@example.social",
    inbound: bool = True,
    **extra: object,
) -> FetchedMessage:
    return FetchedMessage(
        remote_id=remote_id,
        channel=channel,
        kind=str(extra.pop("kind", "mention")),
        author=AuthorRef(channel, author_key, handle, author_name),
        text=text,
        created_at=created_at,
        inbound=inbound,
        **extra,  # type: ignore[arg-type]
    )


def batch(*messages: FetchedMessage, cursor: str | None = None) -> FetchBatch:
    return FetchBatch(tuple(messages), cursor)
