"""The database schema: one typed ORM class per table.

The schema covers the whole product. Dialect-specific statements (upserts,
the full-text index) live in :mod:`socialinbox.storage.dialect`; everything here
runs unchanged on SQLite and PostgreSQL. Changing a table means a new Alembic
migration under ``storage/migrations/versions`` and a new fixture database in
``tests/fixtures/`` (the old fixtures are never regenerated).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from socialinbox.storage.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Integer primary keys: BIGINT on PostgreSQL, the rowid alias on SQLite.
IntId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Account(Base):
    """A connected account on one network. Its secrets live in the keychain under ``uuid``."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    base_url: Mapped[str | None] = mapped_column(String(500))
    handle: Mapped[str | None] = mapped_column(String(300))
    # Non-secret connector settings as JSON (never a password or a token).
    settings_json: Mapped[str] = mapped_column(Text, default="{}")
    # The cursor that is safe to resume from, stored with the batch it follows.
    cursor: Mapped[str | None] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(20), default="new")
    last_error: Mapped[str | None] = mapped_column(Text)
    last_sync: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_sync: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sync_interval_s: Mapped[int] = mapped_column(Integer, default=300)
    # Messages created before this moment are history and raise no reminders.
    connected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The property (branch) its messages come to; NULL: none (see core.properties).
    property_id: Mapped[int | None] = mapped_column(
        ForeignKey("properties.id", ondelete="SET NULL")
    )


class Property(Base):
    """One property (branch) of a chain: "Memphis", "Nashville". Desks, accounts, stays,
    notes and customers may name one; a business without properties has none."""

    __tablename__ = "properties"

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # The name without case or spacing (core.properties.name_key): unique.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    # Its own IANA timezone ("America/Chicago"); NULL: the business's property_timezone.
    timezone: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Contact(Base):
    """One customer, whatever networks they write from."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300))
    vip: Mapped[bool] = mapped_column(Boolean, default=False)
    preferred_channel: Mapped[str | None] = mapped_column(String(40))
    # Topics the customer wants to hear about, as a JSON list of strings.
    topics_json: Mapped[str] = mapped_column(Text, default="[]")
    follow_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set when this contact was merged into another; kept so a merge can be undone.
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Counts the saves of the card's fields: a save based on an older one is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    edited_by: Mapped[str | None] = mapped_column(String(200))
    # The property where the customer was first known; NULL: none (core.properties).
    property_id: Mapped[int | None] = mapped_column(
        ForeignKey("properties.id", ondelete="SET NULL")
    )


class ContactTag(Base):
    __tablename__ = "contact_tags"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)


class Identity(Base):
    """A person on one network. ``key`` is the stable key (see ``core.networks``).

    An identity linked by hand with only a handle has no key until its first
    message arrives.
    """

    __tablename__ = "identities"
    __table_args__ = (
        UniqueConstraint("channel", "key"),
        Index("ix_identities_channel_handle", "channel", "handle"),
    )

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    channel: Mapped[str] = mapped_column(String(40))
    key: Mapped[str | None] = mapped_column(String(300))
    handle: Mapped[str | None] = mapped_column(String(300))
    display_name: Mapped[str | None] = mapped_column(String(300))
    profile_url: Mapped[str | None] = mapped_column(String(1000))
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Message(Base):
    """A message in or out, unique per account and remote id."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("account_id", "remote_id"),
        # Keyset pages of each list; every list query is served by one of these.
        Index("ix_messages_list", "inbound", "created_at", "id"),
        # With kind and channel, the window's counts read this index alone (0013).
        Index("ix_messages_unread", "inbound", "read", "created_at", "id", "kind", "channel"),
        Index("ix_messages_needs_reply", "needs_reply", "created_at", "id"),
        Index("ix_messages_channel", "channel", "inbound", "created_at", "id"),
        Index("ix_messages_thread", "thread_key", "created_at"),
        Index("ix_messages_contact", "contact_id", "created_at"),
        Index("ix_messages_assigned", "assigned_to", "created_at", "id"),
        Index("ix_messages_escalated", "escalated_to", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(40))
    remote_id: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))
    inbound: Mapped[bool] = mapped_column(Boolean)
    thread_key: Mapped[str] = mapped_column(String(600))
    in_reply_to_remote_id: Mapped[str | None] = mapped_column(String(500))
    identity_id: Mapped[int | None] = mapped_column(
        ForeignKey("identities.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    author_handle: Mapped[str | None] = mapped_column(String(300))
    author_name: Mapped[str | None] = mapped_column(String(300))
    subject: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(2000))
    rating: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The creation time the sender gave, as written, when it was impossible (year 1, next
    # year): the message is then dated by its arrival. NULL when the sender was believed.
    claimed_time: Mapped[str | None] = mapped_column(String(64))
    # Who logged a conversation by hand (a call, a visit; see core.logged); NULL for every
    # message a connector fetched or the outbox sent.
    logged_by: Mapped[str | None] = mapped_column(String(200))
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    read: Mapped[bool] = mapped_column(Boolean, default=False)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Stored, not computed: inbound and not done, replied or deleted. Kept by
    # ``core.messages.needs_reply`` so the "Needs reply" list has an index.
    needs_reply: Mapped[bool] = mapped_column(Boolean, default=False)
    # Seconds from this message to the business's first reply, for reports.
    response_seconds: Mapped[int | None] = mapped_column(Integer)
    # The business's first response to this customer after this message, on any channel
    # (a reply, a private message, an e-mail, a logged call or visit); see
    # ``core.response_levels``. NULL while none has come.
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The response level 0–6 of the six-level scale (``core.response_levels``); NULL while
    # the customer is still waiting and the message is younger than 7 days.
    level: Mapped[int | None] = mapped_column(Integer)
    # The tone, from -1 (negative) to 1 (positive), computed on this machine
    # (``core.tone``); NULL when unknown (a language the scorer does not read).
    sentiment: Mapped[float | None] = mapped_column(Float)
    # The user this message is assigned to (the *Mine* view); NULL when nobody.
    assigned_to: Mapped[str | None] = mapped_column(String(200))
    # The user an open escalation names (the *Escalated* view); NULL when none is open.
    # The escalation's history is in ``escalations``.
    escalated_to: Mapped[str | None] = mapped_column(String(200))
    # The property it came to (its account's when stored); NULL: none (core.properties).
    property_id: Mapped[int | None] = mapped_column(
        ForeignKey("properties.id", ondelete="SET NULL")
    )


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    source_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL")
    )
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Deleting a note only marks it, so that the deletion can be undone.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Counts the saves: a save based on an older version is refused (core.notes).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    edited_by: Mapped[str | None] = mapped_column(String(200))
    # The property of the desk that wrote it; NULL: none (see core.properties).
    property_id: Mapped[int | None] = mapped_column(
        ForeignKey("properties.id", ondelete="SET NULL")
    )


class Reminder(Base):
    """Unique per (kind, contact, trigger): a repeated sync never raises it twice."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("kind", "contact_id", "trigger"),
        Index("ix_reminders_state_due", "state", "due_at"),
    )

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    # return | follow_up | arrival | close_loop | thank_you
    kind: Mapped[str] = mapped_column(String(20))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    trigger: Mapped[str] = mapped_column(String(300))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text)
    # A suggested reply (close_loop, thank_you), filled from a template; NULL for others.
    suggestion: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(20), default="open")
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The property it was raised at (the stay's, the message's); NULL: none.
    property_id: Mapped[int | None] = mapped_column(
        ForeignKey("properties.id", ondelete="SET NULL")
    )


class ContactTerm(Base):
    """The words a quick lookup finds a contact by: name words, handles, e-mail
    addresses, phone digits, room numbers, reservation ids (see ``core.lookup``).

    Lower-cased and without accents; a prefix is a range scan of the primary key.
    """

    __tablename__ = "contact_terms"

    term: Mapped[str] = mapped_column(String(300), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Stay(Base):
    """One guest's arrival from an imported arrivals list, keyed by ``import_key``:
    the reservation number, else the name, arrival date and room (stays imported
    before rooms counted: name and arrival date; see core.arrivals)."""

    __tablename__ = "stays"
    __table_args__ = (Index("ix_stays_arrival", "arrival"),)

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    import_key: Mapped[str] = mapped_column(String(400), unique=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    reservation: Mapped[str | None] = mapped_column(String(100))
    guest_name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    room: Mapped[str | None] = mapped_column(String(40))
    arrival: Mapped[date] = mapped_column(Date)
    departure: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The property the arrivals list was imported for; NULL: none (core.properties).
    property_id: Mapped[int | None] = mapped_column(
        ForeignKey("properties.id", ondelete="SET NULL")
    )


class ContactMerge(Base):
    """What a merge moved from ``other_id`` to ``keep_id``, so that it can be undone."""

    __tablename__ = "contact_merges"

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    keep_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    # Ids of the rows moved and the kept contact's fields before, as JSON.
    moved_json: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportMapping(Base):
    """A remembered arrivals-file mapping, keyed by the file's header row."""

    __tablename__ = "import_mappings"

    signature: Mapped[str] = mapped_column(String(64), primary_key=True)
    # {column header: field}, as JSON.
    mapping_json: Mapped[str] = mapped_column(Text)
    date_format: Mapped[str | None] = mapped_column(String(40))
    encoding: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RateLimit(Base):
    """No request of ``bucket`` for this account before ``until``: what the network asked
    (a 429's reset time, a 503's Retry-After). Shared by every process on the database;
    a row whose ``until`` has passed means nothing (see ``core.rate_limits``)."""

    __tablename__ = "rate_limits"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    # What the network limits apart: "requests", "sign-in" (named by the connector).
    bucket: Mapped[str] = mapped_column(String(100), primary_key=True)
    until: Mapped[datetime] = mapped_column(UTCDateTime)
    # The network's words, for the account's status line and the log.
    reason: Mapped[str] = mapped_column(Text)
    noted_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ApiQuota(Base):
    """An account's count of API units on one day of its network's quota (YouTube's,
    whose day is the Pacific calendar day): ``used`` units counted by every process;
    ``exhausted_at`` when the network said the day's budget is spent. A row of an earlier
    day means nothing (see ``core.api_quota``)."""

    __tablename__ = "api_quota"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date)
    used: Mapped[int] = mapped_column(Integer, default=0)
    exhausted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OutboxItem(Base):
    """A reply the business wrote; stored before anything is sent."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_next", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(40))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    thread_key: Mapped[str | None] = mapped_column(String(600))
    recipient: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20))
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    remote_id: Mapped[str | None] = mapped_column(String(500))
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    review_comment: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    approved_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sending_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class OutboxEvent(Base):
    """The audit trail of an outbox item: edits, approvals, every send attempt."""

    __tablename__ = "outbox_events"

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(200))
    event: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)


class SetAside(Base):
    """A fetched item that could not be understood, kept for inspection."""

    __tablename__ = "set_aside"

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    remote_id: Mapped[str | None] = mapped_column(String(500))
    error: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BusinessSetting(Base):
    """Business rules shared by every desk (per-machine settings live in a file)."""

    __tablename__ = "business_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class Change(Base):
    """The change feed: every write appends one row per kind of entity it touched.

    Other processes poll ``max(id)`` and read the rows after the last one they saw.
    """

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    entity: Mapped[str] = mapped_column(String(20))
    op: Mapped[str] = mapped_column(String(20))
    # The ids of the rows touched, as a JSON list of integers.
    ids_json: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(100))


class User(Base):
    """A person who works at the desks: named on notes, approvals, escalations and
    assignments. On a shared database every desk sees the same list."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="staff")  # staff | reviewer | owner
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Escalation(Base):
    """A message handed to a named person, with the reason and, once settled, the
    outcome: the message's escalation history."""

    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    to_user: Mapped[str] = mapped_column(String(200), index=True)
    by_user: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # When the named person's desk showed it (the notification is raised once).
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Alert(Base):
    """A crisis alert on one network: an unusual spike of messages or of negative ones.
    Active until someone acknowledges it."""

    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("channel", "kind", "started_at"),)

    id: Mapped[int] = mapped_column(IntId, primary_key=True)
    channel: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))  # spike | negative
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The newest message counted; the spike's messages lie between the two times.
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    count: Mapped[int] = mapped_column(Integer)
    usual: Mapped[float] = mapped_column(Float)
    negative: Mapped[int] = mapped_column(Integer)
    acknowledged_by: Mapped[str | None] = mapped_column(String(200))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SyncLease(Base):
    """Which process syncs an account now (``holder`` = ``host:pid``), for which desk's
    ``user``, until when; no row: nobody does (see ``core.sync_leases``)."""

    __tablename__ = "sync_leases"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    holder: Mapped[str] = mapped_column(String(200))
    user: Mapped[str] = mapped_column(String(200))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    until: Mapped[datetime] = mapped_column(UTCDateTime)
