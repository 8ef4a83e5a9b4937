"""The outbox seen by people: writing, reviewing, approving and discarding replies.

Rules for callers (every write runs through the Writer and records its change set):

- A reply is stored before anything is sent, with an idempotency key that never
  changes, so a repeated send is recognised by networks that honour keys.
- Text over the connector's limit (as the connector counts it) is refused with
  :class:`TextTooLong`; nothing is stored.
- Creating a reply to a message that already has a reply queued or sent returns
  a warning with the new item (it is still created: the person decides).
- With the business rule ``replies_need_review`` on, a new reply waits in
  ``awaiting_review`` and its author cannot approve it (:class:`ReviewRefused`);
  with it off, a new reply is a ``draft`` that its author may approve.
- Every step appends a row to the audit trail (``outbox_events``), exported by
  :meth:`Outbox.audit_trail`.
- When the customer writes again in a thread, approved replies not yet sent go
  back to ``awaiting_review`` (:func:`return_approved_for_review`, called by
  ingest in the same transaction as the new message).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.accounts import Accounts, config_of
from socialinbox.core.business_settings import REPLIES_NEED_REVIEW, BusinessSettings
from socialinbox.core.changes import ChangeSet
from socialinbox.core.connector import (
    CanSend,
    Connector,
    ConnectorContext,
    ConnectorFactories,
    TextLimit,
    reply_limit,
)
from socialinbox.core.errors import NotFound, UserError
from socialinbox.core.messaging_window import (
    DIRECT_KIND,
    HUMAN_AGENT_WINDOW,
    ReplyWindow,
    WindowState,
    reply_window,
)
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.core.outbox import (
    QUEUED_OR_SENT_STATES,
    OutboxEvent,
    OutboxState,
    next_state,
)
from socialinbox.core.templates import unfilled_fields
from socialinbox.core.textlimit import check_length
from socialinbox.core.timefmt import iso_or_none
from socialinbox.storage.database import Database
from socialinbox.storage.dialect import one_of
from socialinbox.storage.schema import Account, Contact, Identity, Message, OutboxItem
from socialinbox.storage.schema import OutboxEvent as OutboxEventRow

SYSTEM_ACTOR = "system"


class OutboxError(UserError):
    """A refused outbox action; the message is for the user."""


class ReviewRefused(OutboxError):
    """The four-eyes rule: the author of a reply cannot approve it."""


class OutboxItemNotFound(OutboxError, NotFound):
    def __init__(self, item_id: int) -> None:
        super().__init__(
            f"there is no outbox item with id {item_id}", code="outbox.not_found", id=item_id
        )


@dataclass(frozen=True, slots=True)
class OutboxItemView:
    """One outbox item as services hand it out."""

    id: int
    message_id: int | None
    account_id: int
    channel: str
    contact_id: int | None
    thread_key: str | None
    recipient: str | None
    text: str
    state: str
    idempotency_key: str
    attempts: int
    last_error: str | None
    remote_id: str | None
    next_attempt_at: datetime | None
    review_comment: str | None
    author: str
    approved_by: str | None
    created_at: datetime
    updated_at: datetime
    sending_since: datetime | None
    sent_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        """The public JSON shape of ``outbox --json``: every field, null when empty."""
        return {
            "id": self.id,
            "message_id": self.message_id,
            "account_id": self.account_id,
            "channel": self.channel,
            "contact_id": self.contact_id,
            "recipient": self.recipient,
            "text": self.text,
            "state": self.state,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "remote_id": self.remote_id,
            "next_attempt_at": iso_or_none(self.next_attempt_at),
            "review_comment": self.review_comment,
            "created_at": iso_or_none(self.created_at),
            "updated_at": iso_or_none(self.updated_at),
            "sent_at": iso_or_none(self.sent_at),
            "author": self.author,
            "approved_by": self.approved_by,
        }


@dataclass(frozen=True, slots=True)
class ReplyCreated:
    item: OutboxItemView
    warnings: tuple[str, ...]
    changes: ChangeSet


@dataclass(frozen=True, slots=True)
class ReplyChannel:
    """One channel a reply to a message can go out on (see :meth:`Outbox.reply_channels`).

    ``same``: the message's own channel (a reply in the conversation); otherwise a
    follow-up to ``recipient`` on another of the contact's channels, sent by ``account_id``.
    """

    channel: str
    account_id: int
    recipient: str | None
    same: bool
    preferred: bool


def view_of(row: OutboxItem) -> OutboxItemView:
    return OutboxItemView(
        id=row.id,
        message_id=row.message_id,
        account_id=row.account_id,
        channel=row.channel,
        contact_id=row.contact_id,
        thread_key=row.thread_key,
        recipient=row.recipient,
        text=row.text,
        state=row.state,
        idempotency_key=row.idempotency_key,
        attempts=row.attempts,
        last_error=row.last_error,
        remote_id=row.remote_id,
        next_attempt_at=row.next_attempt_at,
        review_comment=row.review_comment,
        author=row.author,
        approved_by=row.approved_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
        sending_since=row.sending_since,
        sent_at=row.sent_at,
    )


def add_event(
    session: Session, outbox_id: int, at: datetime, actor: str, event: str, detail: str | None
) -> None:
    """Append one row to an item's audit trail, in the caller's transaction."""
    session.add(OutboxEventRow(outbox_id=outbox_id, at=at, actor=actor, event=event, detail=detail))


def return_approved_for_review(
    session: Session, thread_keys: Collection[str], at: datetime
) -> ChangeSet:
    """The customer wrote again: approved replies not yet sent in these threads wait for review.

    Runs in the caller's (ingest's) transaction; returns the outbox items it moved.
    """
    if not thread_keys:
        return changes.EMPTY
    moved = list(
        session.execute(
            select(OutboxItem.id).where(
                one_of(session, OutboxItem.thread_key, sorted(thread_keys)),
                OutboxItem.state == OutboxState.APPROVED,
            )
        ).scalars()
    )
    if not moved:
        return changes.EMPTY
    state = next_state(OutboxState.APPROVED, OutboxEvent.CUSTOMER_WROTE)
    session.execute(
        update(OutboxItem)
        .where(OutboxItem.id.in_(moved), OutboxItem.state == OutboxState.APPROVED)
        .values(state=state, approved_by=None, updated_at=at)
    )
    for item_id in moved:
        add_event(
            session,
            item_id,
            at,
            SYSTEM_ACTOR,
            "returned_for_review",
            "the customer wrote again in this conversation",
        )
    return ChangeSet.of(changes.OUTBOX, changes.UPDATED, moved)


class Outbox:
    """Writing and reviewing replies. Reads from any thread; writes through the Writer."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        business: BusinessSettings,
        accounts: Accounts,
        registry: ConnectorFactories,
        networks: NetworkCatalogue,
        origin: str = "local",
    ) -> None:
        self._accounts = accounts
        self._networks = networks
        self._db = db
        self._clock = clock
        self._business = business
        self._registry = registry
        self._origin = origin

    # -- reads ---------------------------------------------------------------

    def get(self, item_id: int) -> OutboxItemView:
        with self._db.read() as session:
            row = session.get(OutboxItem, item_id)
            if row is None:
                raise OutboxItemNotFound(item_id)
            return view_of(row)

    def list_items(
        self, states: Iterable[str] | None = None, limit: int = 500
    ) -> list[OutboxItemView]:
        """Items newest first, optionally only those in ``states``."""
        query = select(OutboxItem).order_by(OutboxItem.id.desc()).limit(limit)
        if states is not None:
            query = query.where(OutboxItem.state.in_([OutboxState(s) for s in states]))
        with self._db.read() as session:
            return [view_of(row) for row in session.scalars(query)]

    def for_message(self, message_id: int) -> list[OutboxItemView]:
        """The replies to one message, newest first (a primary-key-sized read)."""
        query = (
            select(OutboxItem)
            .where(OutboxItem.message_id == message_id)
            .order_by(OutboxItem.id.desc())
        )
        with self._db.read() as session:
            return [view_of(row) for row in session.scalars(query)]

    def needs_review(self) -> bool:
        """Whether new replies wait for another person's approval."""
        return self._business.get(REPLIES_NEED_REVIEW)

    def text_limit(self, account_id: int, channel: str) -> TextLimit:
        """The length limit of a reply on ``channel`` as the account's connector describes it."""
        return reply_limit(self._offline_connector(account_id), channel)

    def _offline_connector(self, account_id: int) -> Connector:
        """The account's connector without secret or network: for what it describes."""
        info = self._accounts.get(account_id)
        return self._registry.get(info.kind).create(
            ConnectorContext(account=config_of(info), secret=None, http=None, clock=self._clock)
        )

    def reply_channels(self, message_id: int) -> list[ReplyChannel]:
        """Where a reply to ``message_id`` can go: its own channel first, then each other
        channel of the contact that a connected account sends on (one per channel)."""
        with self._db.read() as session:
            message = session.get(Message, message_id)
            if message is None:
                raise OutboxError(
                    f"there is no message with id {message_id}",
                    code="message.not_found",
                    id=message_id,
                )
            preferred = None
            if message.contact_id is not None:
                contact = session.get(Contact, message.contact_id)
                preferred = contact.preferred_channel if contact is not None else None
            options: list[ReplyChannel] = []
            # A call or visit logged by hand has no conversation to answer in, and a review
            # on a site without a reply API is answered on the site, and a private message
            # whose messaging window closed cannot be answered in place any more.
            window = self._window_of(session, message)
            if (
                message.logged_by is None
                and not self._networks.get(message.channel).replies_on_site
                and (window is None or window.window is not ReplyWindow.CLOSED)
            ):
                own = self._target(session, message, None)
                options.append(
                    ReplyChannel(
                        message.channel,
                        own["account_id"],
                        own["recipient"],
                        same=True,
                        preferred=preferred == message.channel,
                    )
                )
            if message.contact_id is None:
                return options
            channels = session.execute(
                select(Identity.channel)
                .where(Identity.contact_id == message.contact_id)
                .distinct()
                .order_by(Identity.channel)
            ).scalars()
            for channel in channels:
                if channel == message.channel or not self._networks.is_declared(channel):
                    continue
                try:
                    target = self._target(session, message, channel)
                except OutboxError:
                    continue  # no connected account sends there
                options.append(
                    ReplyChannel(
                        channel,
                        target["account_id"],
                        target["recipient"],
                        same=False,
                        preferred=preferred == channel,
                    )
                )
        return [o for o in options if o.same or self._can_send(o.account_id)]

    def reply_window(self, message_id: int) -> WindowState | None:
        """The messaging window of a private message on a network that has one (Messenger,
        Instagram: see core.messaging_window), None where replies have no window. One
        indexed read (the thread's last inbound message)."""
        with self._db.read() as session:
            message = session.get(Message, message_id)
            if message is None:
                return None
            return self._window_of(session, message)

    def _window_of(self, session: Session, message: Message) -> WindowState | None:
        network = self._networks.get(message.channel)
        if message.kind != DIRECT_KIND or not network.direct_reply_window:
            return None
        last = session.execute(
            select(func.max(Message.created_at)).where(
                Message.thread_key == message.thread_key, Message.inbound
            )
        ).scalar_one_or_none()
        if last is None:  # only the business wrote: no customer message opened a window
            return WindowState(ReplyWindow.CLOSED, None)
        return reply_window(last, self._clock.now())

    def _can_send(self, account_id: int) -> bool:
        try:
            return isinstance(self._offline_connector(account_id), CanSend)
        except Exception:  # a plug-in that cannot even describe itself sends nothing
            return False

    def audit_trail(self, item_ids: Collection[int] | None = None) -> list[dict[str, Any]]:
        """Every item's trail as JSON-ready objects: author, edits, approver, each attempt.

        Raises :class:`OutboxItemNotFound` for the first of ``item_ids`` that names no item.
        """
        query = select(OutboxItem).order_by(OutboxItem.id)
        if item_ids is not None:
            query = query.where(OutboxItem.id.in_(sorted(item_ids)))
        with self._db.read() as session:
            items = list(session.scalars(query))
            found = {item.id for item in items}
            for item_id in item_ids or ():
                if item_id not in found:
                    raise OutboxItemNotFound(item_id)
            events: dict[int, list[dict[str, Any]]] = {item.id: [] for item in items}
            event_query = select(OutboxEventRow).order_by(OutboxEventRow.id)
            if item_ids is not None:
                event_query = event_query.where(OutboxEventRow.outbox_id.in_(sorted(item_ids)))
            for event in session.scalars(event_query):
                if event.outbox_id in events:
                    events[event.outbox_id].append(
                        {
                            "at": iso_or_none(event.at),
                            "actor": event.actor,
                            "event": event.event,
                            "detail": event.detail,
                        }
                    )
            return [view_of(item).as_json() | {"events": events[item.id]} for item in items]

    # -- writes (through the Writer) --------------------------------------------

    def create_reply(
        self,
        message_id: int,
        text: str,
        author: str,
        *,
        via: str | None = None,
        approve: bool = False,
    ) -> ReplyCreated:
        """Store a reply to ``message_id``; ``via`` names another of the contact's channels.

        With ``approve`` the reply is approved at once when the review rule allows
        it; otherwise it waits for review (the result's warnings say so).
        """
        text = _checked_text(text)
        needs_review = self._business.get(REPLIES_NEED_REVIEW)
        now = self._clock.now()
        with self._db.read() as session:
            message = session.get(Message, message_id)
            if message is None:
                raise OutboxError(
                    f"there is no message with id {message_id}",
                    code="message.not_found",
                    id=message_id,
                )
            target = self._target(session, message, via)
        limit = self.text_limit(target["account_id"], target["channel"])
        check_length(text, limit, self._networks.label(target["channel"]))

        warnings: list[str] = []
        with self._db.write() as session:
            earlier = session.execute(
                select(OutboxItem.id, OutboxItem.state).where(
                    OutboxItem.message_id == message_id,
                    # A follow-up on another channel is not a second reply.
                    OutboxItem.channel == target["channel"],
                    OutboxItem.state.in_(list(QUEUED_OR_SENT_STATES)),
                )
            ).all()
            if earlier:
                described = ", ".join(f"#{i} ({s.replace('_', ' ')})" for i, s in earlier)
                warnings.append(f"this message already has a reply queued or sent: {described}")
            state = OutboxState.AWAITING_REVIEW if needs_review else OutboxState.DRAFT
            row = OutboxItem(
                message_id=message_id,
                text=text,
                state=state,
                idempotency_key=uuid.uuid4().hex,
                attempts=0,
                author=author,
                created_at=now,
                updated_at=now,
                **target,
            )
            session.add(row)
            session.flush()
            add_event(session, row.id, now, author, "created", text)
            if approve:
                if needs_review:
                    warnings.append("replies need review: another person must approve this one")
                else:
                    row.state = next_state(row.state, OutboxEvent.APPROVE)
                    row.approved_by = author
                    add_event(session, row.id, now, author, "approved", None)
            change = ChangeSet.of(changes.OUTBOX, changes.INSERTED, [row.id])
            changes.record(session, change, now, self._origin)
            return ReplyCreated(view_of(row), tuple(warnings), change)

    def approve(self, item_id: int, user: str) -> ChangeSet:
        """Approve for sending. With review on, only someone other than the author may."""
        needs_review = self._business.get(REPLIES_NEED_REVIEW)

        def check(row: OutboxItem) -> None:
            if needs_review and row.author == user:
                raise ReviewRefused(
                    f"reply {row.id} was written by {user}; replies need review, "
                    "so another person must approve it",
                    code="outbox.own_reply",
                    id=row.id,
                    user=user,
                )

        return self._step(
            item_id, user, OutboxEvent.APPROVE, "approved", None, check=check, approved_by=user
        )

    def submit(self, item_id: int, user: str) -> ChangeSet:
        """A draft goes to review."""
        return self._step(item_id, user, OutboxEvent.SUBMIT, "submitted", None)

    def send_back(self, item_id: int, user: str, comment: str) -> ChangeSet:
        """Return a reply to its author as a draft, with the reviewer's comment."""
        comment = comment.strip()
        if not comment:
            raise OutboxError(
                "say what should change: sending back needs a comment",
                code="outbox.no_comment",
            )
        return self._step(
            item_id,
            user,
            OutboxEvent.SEND_BACK,
            "sent_back",
            comment,
            review_comment=comment,
            approved_by=None,
        )

    def discard(self, item_id: int, user: str) -> ChangeSet:
        return self._step(item_id, user, OutboxEvent.DISCARD, "discarded", None)

    def retry(self, item_id: int, user: str) -> ChangeSet:
        """Queue a failed (or outcome-unknown) reply again, now."""
        return self._step(
            item_id,
            user,
            OutboxEvent.RETRY,
            "retried",
            None,
            next_attempt_at=None,
            sending_since=None,
            lease_owner=None,
            lease_until=None,
        )

    def mark_sent(self, item_id: int, user: str) -> ChangeSet:
        """A person checked that a reply of unknown outcome did arrive."""
        return self._step(
            item_id, user, OutboxEvent.MARK_SENT, "marked_sent", None, sent_at=self._clock.now()
        )

    def edit(self, item_id: int, text: str, user: str) -> ChangeSet:
        """Change the text (checked as a new reply is); an approved reply goes back to review."""
        text = self._checked_edit(item_id, text)
        return self._step(
            item_id, user, OutboxEvent.EDIT, "edited", text, text=text, approved_by=None
        )

    def resubmit(self, item_id: int, text: str, user: str) -> ChangeSet:
        """A reply sent back as a draft, edited and put up for review again, in one step.

        Both the edit and the submission go into the audit trail; the reviewer's
        comment stays on the item (and in the trail) until someone approves it.
        """
        text = self._checked_edit(item_id, text)
        now = self._clock.now()
        with self._db.write() as session:
            row = session.execute(
                select(OutboxItem).where(OutboxItem.id == item_id).with_for_update()
            ).scalar_one_or_none()
            if row is None:
                raise OutboxItemNotFound(item_id)
            edited = next_state(row.state, OutboxEvent.EDIT)
            submitted = next_state(edited, OutboxEvent.SUBMIT)
            row.text = text
            row.approved_by = None
            row.state = submitted
            row.updated_at = now
            add_event(session, row.id, now, user, "edited", text)
            add_event(session, row.id, now, user, "submitted", None)
            change = ChangeSet.of(changes.OUTBOX, changes.UPDATED, [row.id])
            changes.record(session, change, now, self._origin)
            return change

    def _checked_edit(self, item_id: int, text: str) -> str:
        text = _checked_text(text)
        item = self.get(item_id)
        limit = self.text_limit(item.account_id, item.channel)
        check_length(text, limit, self._networks.label(item.channel))
        return text

    def _step(
        self,
        item_id: int,
        user: str,
        event: OutboxEvent,
        audit_event: str,
        detail: str | None,
        *,
        check: Callable[[OutboxItem], None] | None = None,
        **values: Any,
    ) -> ChangeSet:
        now = self._clock.now()
        with self._db.write() as session:
            row = session.execute(
                select(OutboxItem).where(OutboxItem.id == item_id).with_for_update()
            ).scalar_one_or_none()
            if row is None:
                raise OutboxItemNotFound(item_id)
            new_state = next_state(row.state, event)
            if check is not None:
                check(row)
            for key, value in values.items():
                setattr(row, key, value)
            row.state = new_state
            row.updated_at = now
            add_event(session, row.id, now, user, audit_event, detail)
            change = ChangeSet.of(changes.OUTBOX, changes.UPDATED, [row.id])
            changes.record(session, change, now, self._origin)
            return change

    # -- helpers -------------------------------------------------------------------

    def _target(self, session: Session, message: Message, via: str | None) -> dict[str, Any]:
        """Account, channel, thread and recipient of a reply to ``message`` (``via``: another
        of the contact's channels)."""
        if (via is None or via == message.channel) and message.logged_by is not None:
            raise OutboxError(
                "a call or visit logged by hand cannot be answered in place: log your call "
                "back, or follow up on another of the customer's channels",
                code="outbox.logged",
            )
        if via is None or via == message.channel:
            network = self._networks.get(message.channel)
            if network.replies_on_site:
                raise OutboxError(
                    f"{network.label} lets nobody reply from here: answer on the site, then "
                    "mark the review answered",
                    code="outbox.reply_on_site",
                    network=network.label,
                )
            window = self._window_of(session, message)
            if window is not None and window.window is ReplyWindow.CLOSED:
                days = HUMAN_AGENT_WINDOW.days
                raise OutboxError(
                    f"{network.label} takes no reply to a private message more than {days} days "
                    "after the customer's last one: follow up on another of the customer's "
                    "channels",
                    code="outbox.window_closed",
                    network=network.label,
                    days=days,
                )
            return {
                "account_id": message.account_id,
                "channel": message.channel,
                "contact_id": message.contact_id,
                "thread_key": message.thread_key,
                "recipient": message.author_handle,
            }
        if not self._networks.is_declared(via):
            raise OutboxError(f"unknown channel {via!r}", code="outbox.unknown_channel", field=via)
        if message.contact_id is None:
            raise OutboxError(
                "the message has no known customer to follow up with", code="outbox.no_customer"
            )
        identity = (
            session.execute(
                select(Identity)
                .where(Identity.contact_id == message.contact_id, Identity.channel == via)
                .order_by(Identity.id)
            )
            .scalars()
            .first()
        )
        if identity is None:
            raise OutboxError(
                f"the customer has no known address on {self._networks.label(via)}",
                code="outbox.no_address",
                network=self._networks.label(via),
            )
        account_id = self._account_for(session, via, prefer=message.account_id)
        return {
            "account_id": account_id,
            "channel": via,
            "contact_id": message.contact_id,
            "thread_key": None,
            "recipient": identity.handle or identity.key,
        }

    def _account_for(self, session: Session, channel: str, prefer: int) -> int:
        accounts = list(
            session.scalars(select(Account).where(Account.enabled).order_by(Account.id))
        )
        serving = []
        for account in accounts:
            try:
                factory = self._registry.get(account.kind)
            except LookupError:
                continue
            if channel in factory.channels:
                serving.append(account.id)
        if not serving:
            raise OutboxError(
                f"no connected account sends on {self._networks.label(channel)}",
                code="outbox.no_account",
                network=self._networks.label(channel),
            )
        return prefer if prefer in serving else serving[0]


def _checked_text(text: str) -> str:
    """The text as stored, or :class:`OutboxError` when it is empty or holds a template field."""
    text = text.strip()
    if not text:
        raise OutboxError("the reply is empty", code="outbox.empty")
    left = unfilled_fields(text)
    if left:
        # A template that was not filled must never reach a customer.
        fields = ", ".join("{" + f + "}" for f in left)
        raise OutboxError(
            f"the reply still holds the template field {fields}: fill it in",
            code="outbox.template_field",
            fields=fields,
        )
    return text
