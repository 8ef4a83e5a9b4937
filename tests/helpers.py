"""Small builders shared by tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import ClassVar

from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.core.connector import (
    AuthenticationError,
    AuthorRef,
    ConnectorContext,
    FetchBatch,
    FetchedMessage,
    SettingField,
    TextLimit,
    VerifiedAccount,
)
from socialinbox.core.inbox import InboxFilter
from socialinbox.storage.schema import OutboxItem


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


# -- a connector that checks one secret, for account set-up tests -----------------

RIGHT = "right-secret-123"


class GateConnector:
    """Accepts one secret; like Bluesky, keeps a session in its slot on sign-in."""

    kind: ClassVar[str] = "gate"

    def __init__(self, context: ConnectorContext) -> None:
        self._context = context

    async def verify(self) -> VerifiedAccount:
        if self._context.secret != RIGHT:
            # A careless server that echoes what it was sent.
            raise AuthenticationError(f"invalid password {self._context.secret}")
        assert self._context.session is not None
        self._context.session.save(f"session-for-{self._context.account.uuid}")
        return VerifiedAccount("desk@gate.test", "Desk", settings={"max_characters": "777"})

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        return
        yield

    def text_limit(self) -> TextLimit:
        return TextLimit(500)


class GateFactory:
    kind: ClassVar[str] = "gate"
    label: ClassVar[str] = "Gate"
    channels: ClassVar[tuple[str, ...]] = ("mastodon",)
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = "Access token"
    secret_help: ClassVar[str] = ""
    base_url_label: ClassVar[str | None] = "Server address"
    default_base_url: ClassVar[str | None] = None
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField("region", "Region", required=False, default="eu"),
    )

    def create(self, context: ConnectorContext) -> GateConnector:
        return GateConnector(context)


# -- an identity linked by hand, and her next message ------------------------------

RETURN_NOTE = "loves the cornbread"


def hand_linked_customer(ctx: AppContext, channel: str, typed: str) -> int:
    """A customer card made by hand, with an identity linked as ``typed`` and a pinned
    note, as the front desk makes one for a guest before she ever writes. Its id."""
    contact_id = ctx.writer.call(ctx.contacts.create, "Laura Customer").id
    ctx.writer.call(ctx.contacts.link, contact_id, channel, typed)
    ctx.writer.call(ctx.notes.add, contact_id, RETURN_NOTE, pinned=True)
    return contact_id


def assert_came_back_to(ctx: AppContext, contact_id: int, text: str) -> None:
    """Her message ``text`` is on the hand-made card (no second contact was made for its
    author) and raised the return reminder that shows her note."""
    [row] = [m for m in ctx.inbox.page(InboxFilter(), limit=500) if m.inbound and text in m.preview]
    assert ctx.inbox.get(row.id).contact_id == contact_id
    assert [c.id for c in ctx.contacts.list_contacts()] == [contact_id]
    [reminder] = [r for r in ctx.reminders.shown() if r.kind == "return"]
    assert (reminder.contact_id, reminder.message_id) == (contact_id, row.id)
    assert RETURN_NOTE in reminder.notes


def reply_through_outbox(ctx: AppContext, message_id: int, text: str) -> int:
    """A reply to message ``message_id`` written and approved at once: its outbox item id."""
    return ctx.writer.call(
        ctx.outbox.create_reply, message_id, text, "tester", approve=True
    ).item.id


def outbox_state(ctx: AppContext, item_id: int) -> tuple[str, str | None]:
    """An outbox item's state (``"sent"``, ``"failed"``, ``"outcome_unknown"``…) and last error."""
    with ctx.db.read() as session:
        row = session.execute(
            select(OutboxItem.state, OutboxItem.last_error).where(OutboxItem.id == item_id)
        ).one()
    return str(row.state).rsplit(".", 1)[-1], row.last_error
