"""Storing what connectors fetch: the one path every message takes into the database.

One batch is one transaction: its messages, the identities and contacts of new
authors, edits and deletions, set-aside items, the account's cursor and the
change feed rows are committed together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import (
    Column,
    String,
    Table,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.connector import AuthorRef, FetchBatch, FetchedMessage, MalformedItem
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.core.response_levels import decide_new_customer_rows, recompute_after
from socialinbox.core.untrusted import believable_time, repair_optional, repair_text
from socialinbox.storage.database import Database
from socialinbox.storage.dialect import (
    built_once,
    fresh_ids,
    insert_rows,
    keep_statistics,
    list_given,
    one_of,
    one_of_given,
    update_by_id,
)
from socialinbox.storage.schema import Account, Contact, ContactTerm, Identity, Message, SetAside

# The tables themselves, for the executemany statements that bypass the ORM.
_MESSAGES = Message.metadata.tables[Message.__tablename__]
_IDENTITIES = Identity.metadata.tables[Identity.__tablename__]
_CONTACTS = Contact.metadata.tables[Contact.__tablename__]
# The tables a batch's lookups read, growing with every batch of new customers, and the
# columns the batch's statements find rows by (their statistics guide the planner).
_GROWING = {
    _MESSAGES: (
        "account_id",
        "remote_id",
        "thread_key",
        "contact_id",
        "created_at",
        "inbound",
        "kind",
        "deleted_at",
    ),
    _IDENTITIES: ("channel", "key", "handle", "contact_id"),
    _CONTACTS: ("id", "merged_into_id"),
    ContactTerm.metadata.tables[ContactTerm.__tablename__]: ("contact_id", "term"),
}

# SQLite allows 32,766 bound parameters; IN lists stay well below.
_CHUNK = 500


def _held(column: Column[Any]) -> int:
    """How many characters a text column holds."""
    assert isinstance(column.type, String) and column.type.length is not None
    return column.type.length


# What the columns hold (PostgreSQL refuses a longer text; SQLite would keep it): no
# network's ids or names come near, so a longer one is a hostile or broken payload.
_ID_LIMIT = _held(_MESSAGES.c.remote_id)
_KEY_LIMIT = _held(_IDENTITIES.c.key)
_NAME_LIMIT = _held(_MESSAGES.c.author_name)
_PROFILE_URL_LIMIT = _held(_IDENTITIES.c.profile_url)
_URL_LIMIT = _held(_MESSAGES.c.url)
# What the rating column (a 32-bit integer) keeps; stars and scores are far inside it.
_RATINGS = (-(2**31), 2**31 - 1)
# Kinds whose edit asks for a reply again: a reviewer who changes a review (its words or
# its stars) tells the public something new, which an earlier answer did not address. An
# answer written before the edit no longer answers it.
ASKS_AGAIN_WHEN_EDITED = frozenset({"review"})


@dataclass(frozen=True, slots=True)
class IngestResult:
    new: int
    updated: int
    set_aside: int
    changes: ChangeSet


def thread_key(account_id: int, thread_remote_id: str) -> str:
    return f"{account_id}:{thread_remote_id}"


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Ingest:
    """Stores batches. Authors' keys are normalised by their network's rule (``networks``),
    so that a message meets the identity linked by hand for its author."""

    def __init__(
        self, db: Database, clock: Clock, networks: NetworkCatalogue, origin: str = "local"
    ) -> None:
        self._db = db
        self._clock = clock
        self._networks = networks
        self._origin = origin

    def store_batch(self, account_id: int, batch: FetchBatch) -> IngestResult:
        """Store one fetched batch and its cursor atomically. Runs on the writer thread."""
        with self._db.write() as session:
            result = self._store(session, account_id, batch)
            changes.record(session, result.changes, self._clock.now(), self._origin)
            return result

    def store_in(
        self,
        session: Session,
        account_id: int,
        batch: FetchBatch,
        *,
        addressed_to: int | None = None,
    ) -> IngestResult:
        """Store a batch inside the caller's transaction (e.g. a sent reply with its outbox
        state). ``addressed_to``: the contact the business's messages in it were sent to
        (a follow-up on another of her channels answers no stored message, and joins her
        timeline by this). The caller records the change set."""
        return self._store(session, account_id, batch, addressed_to)

    # -- the steps of one batch -------------------------------------------

    def _store(
        self,
        session: Session,
        account_id: int,
        batch: FetchBatch,
        addressed_to: int | None = None,
    ) -> IngestResult:
        # The rules run after a batch is stored are imported with the first batch: a
        # round that brings nothing (the commonest) does not pay for them (issue 16).
        from socialinbox.core.alerts import check_alerts, recent_channels
        from socialinbox.core.outbox_service import return_approved_for_review
        from socialinbox.core.practice import check_after_batch
        from socialinbox.core.tone import add_tone

        now = self._clock.now()
        malformed = list(batch.malformed)
        valid: dict[str, FetchedMessage] = {}
        # The impossible creation time a sender gave, by remote id (see _repaired).
        claimed_times: dict[str, str | None] = {}
        for item in batch.messages:
            item, claimed = _repaired(item, now)
            problem = _problem(item)
            key = item.author.key
            if problem is None and item.inbound:
                try:
                    key = self._networks.key(item.author.channel, item.author.key)
                except InvalidIdentityKey as exc:
                    problem = str(exc)
            if problem is None and len(key) > _KEY_LIMIT:
                problem = f"the author's id is longer than {_KEY_LIMIT} characters"
            if problem is not None:
                malformed.append(MalformedItem(item.remote_id, problem, repr(item)))
                continue
            if key != item.author.key:
                item = replace(item, author=replace(item.author, key=key))
            # A batch may carry a message and a later edit of it: keep the last.
            valid[item.remote_id] = item
            claimed_times[item.remote_id] = claimed

        existing = self._existing(session, account_id, list(valid))
        # The deletion of a message never stored changes nothing (no row, no contact).
        valid = {r: i for r, i in valid.items() if r in existing or not i.deleted}
        change = changes.EMPTY
        # The account's property (core.properties): its new messages and new customers'.
        property_id = session.execute(
            select(Account.property_id).where(Account.id == account_id)
        ).scalar()
        identity_of, contact_of, identity_change = self._identities(
            session, valid.values(), now, property_id
        )
        change |= identity_change
        _reindex_for_lookup(session, identity_change, identity_of, contact_of)

        new_rows: list[dict[str, Any]] = []
        updated_ids: set[int] = set()
        for item in valid.values():
            stored = existing.get(item.remote_id)
            if stored is None:
                row = _new_row(account_id, item, identity_of, contact_of, now)
                row["claimed_time"] = claimed_times[item.remote_id]
                row["property_id"] = property_id
                if not item.inbound and row["contact_id"] is None:
                    row["contact_id"] = addressed_to
                new_rows.append(row)
            elif self._apply_edit(session, stored, item, now):
                updated_ids.add(stored["id"])

        # Only customers wrote (nothing in the batch answers or lifts): the new messages'
        # levels are decided before they are inserted, not updated right after.
        decided_before = bool(new_rows) and all(item.inbound for item in valid.values())
        new_contacts = identity_change.ids(changes.CONTACT, changes.INSERTED)
        if decided_before:
            decide_new_customer_rows(session, new_rows, now, new_contacts)
        new_ids: list[int] = []
        if new_rows:
            add_tone(new_rows)
            new_ids = _insert_messages(session, account_id, new_rows)
            change |= ChangeSet.of(changes.MESSAGE, changes.INSERTED, new_ids)
            change |= _return_reminders(
                session, account_id, new_rows, new_ids, new_contacts, now, self._networks
            )
        new_id_of = {row["remote_id"]: i for row, i in zip(new_rows, new_ids, strict=True)}
        # The customer wrote again: approved replies not yet sent in those threads wait.
        change |= return_approved_for_review(
            session, {row["thread_key"] for row in new_rows if _from_customer(row)}, now
        )
        answered = self._mark_answered(session, account_id, valid.values(), new_id_of)
        updated_ids |= answered
        if updated_ids:
            change |= ChangeSet.of(changes.MESSAGE, changes.UPDATED, updated_ids)
        # A response, a lifting follow-up or a new message changes levels (core.response_levels).
        change |= recompute_after(
            session, updated_ids if decided_before else set(new_ids) | updated_ids, now
        )
        # After the tone is known (core.tone runs before): close the loop, thank people.
        change |= check_after_batch(
            session, {row["thread_key"] for row in new_rows}, now, self._networks
        )

        if malformed:
            session.execute(
                insert(SetAside),
                [
                    {
                        "account_id": account_id,
                        # The whole id stays in the payload when it is cut here.
                        "remote_id": _clipped(repair_optional(m.remote_id), _ID_LIMIT),
                        "error": repair_text(m.error),
                        "payload": repair_text(m.payload[:100_000]),
                        "created_at": now,
                    }
                    for m in malformed
                ],
            )
        # A spike or a negative hour on a network the batch brought messages on.
        change |= check_alerts(session, recent_channels(new_rows, now), now)
        if new_rows:
            keep_statistics(session, _GROWING)
        if batch.cursor is not None:
            session.execute(
                update(Account).where(Account.id == account_id).values(cursor=batch.cursor)
            )
        return IngestResult(len(new_ids), len(updated_ids - set(new_ids)), len(malformed), change)

    def _identities(
        self,
        session: Session,
        items: Iterable[FetchedMessage],
        now: datetime,
        property_id: int | None = None,
    ) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int], ChangeSet]:
        """Find or create the identity (and contact) of every author in the batch; a new
        contact is first known at ``property_id``."""
        authors: dict[tuple[str, str], FetchedMessage] = {}
        latest: dict[tuple[str, str], datetime] = {}
        for item in items:
            if not item.inbound:
                # The business's own messages belong to no customer identity.
                continue
            key = (item.author.channel, item.author.key)
            authors.setdefault(key, item)
            if item.inbound and (key not in latest or item.created_at > latest[key]):
                latest[key] = item.created_at
        identity_of: dict[tuple[str, str], int] = {}
        contact_of: dict[tuple[str, str], int] = {}
        unnamed: list[tuple[int, AuthorRef]] = []
        for channel, row in _stored_identities(session, authors):
            identity_of[(channel, row.key)] = row.id
            contact_of[(channel, row.key)] = row.contact_id
            if row.handle is None and authors[(channel, row.key)].author.handle:
                unnamed.append((row.id, authors[(channel, row.key)].author))

        missing = {key: item.author for key, item in authors.items() if key not in identity_of}
        change = changes.EMPTY
        if unnamed:
            change |= _name_identities(session, unnamed)
        if missing:
            change |= self._link_by_handle(session, missing, identity_of, contact_of)
        if missing:
            change |= self._create_identities(
                session, missing, identity_of, contact_of, now, property_id, latest
            )
        # One statement for the identities stored before (the new ones were written with
        # their time); a time already later stays.
        update_by_id(
            session,
            _IDENTITIES,
            [
                {"id": identity_of[key], "last_seen_at": seen}
                for key, seen in latest.items()
                if key not in missing
            ],
            only_if=lambda given: or_(
                _IDENTITIES.c.last_seen_at.is_(None),
                _IDENTITIES.c.last_seen_at < given("last_seen_at"),
            ),
        )
        return identity_of, contact_of, change

    def _link_by_handle(
        self,
        session: Session,
        missing: dict[tuple[str, str], AuthorRef],
        identity_of: dict[tuple[str, str], int],
        contact_of: dict[tuple[str, str], int],
    ) -> ChangeSet:
        """Identities linked by hand with only a handle get their key now. Removes them from
        ``missing``.

        A hand link stores the handle in its network's matching form
        (``NetworkCatalogue.typed``); the delivered handle is put in the same form here,
        so ``laura.bsky.social`` typed meets ``@laura.bsky.social`` delivered.
        """
        by_handle: dict[tuple[str, str], tuple[str, str]] = {}
        for key, author in missing.items():
            handle = self._networks.handle_to_match(author.channel, author.handle)
            if handle is not None:
                by_handle.setdefault((author.channel, handle), key)
        if not by_handle:
            return changes.EMPTY
        channels = {channel for channel, _ in by_handle}
        linked: list[int] = []
        for channel in channels:
            handles = [h for c, h in by_handle if c == channel]
            for chunk in _chunks(handles):
                for row in session.execute(
                    select(Identity.id, Identity.handle, Identity.contact_id).where(
                        Identity.channel == channel,
                        Identity.key.is_(None),
                        one_of(session, Identity.handle, chunk),
                    )
                ):
                    key = by_handle[(channel, row.handle)]
                    if key not in missing:
                        continue  # two hand-made identities with one handle: link the first
                    author = missing.pop(key)
                    session.execute(
                        update(Identity)
                        .where(Identity.id == row.id)
                        .values(
                            key=author.key,
                            handle=author.handle,
                            display_name=author.display_name,
                            profile_url=author.profile_url,
                        )
                    )
                    identity_of[key], contact_of[key] = row.id, row.contact_id
                    linked.append(row.id)
        return ChangeSet.of(changes.IDENTITY, changes.UPDATED, linked)

    def _create_identities(
        self,
        session: Session,
        missing: dict[tuple[str, str], AuthorRef],
        identity_of: dict[tuple[str, str], int],
        contact_of: dict[tuple[str, str], int],
        now: datetime,
        property_id: int | None,
        last_seen: dict[tuple[str, str], datetime],
    ) -> ChangeSet:
        """A first message from someone new makes a contact with one identity, last seen
        at ``last_seen``'s time for its key."""
        from socialinbox.core.lookup import NewContact, index_new_contacts

        keys = list(missing)
        names = [(a.display_name or a.handle or a.key)[:300] for a in missing.values()]
        contact_ids = _insert_numbered(
            session,
            _CONTACTS,
            [
                {
                    "display_name": name,
                    "vip": False,
                    "topics_json": "[]",
                    "created_at": now,
                    "updated_at": now,
                    "property_id": property_id,
                }
                for name in names
            ],
        )
        new_identities = [
            {
                "channel": a.channel,
                "key": a.key,
                "handle": a.handle,
                "display_name": a.display_name,
                "profile_url": a.profile_url,
                "contact_id": contact_id,
                "last_seen_at": last_seen.get(key),
                "created_at": now,
            }
            for (key, a), contact_id in zip(missing.items(), contact_ids, strict=True)
        ]

        def found_back() -> list[int]:
            # (channel, key) is unique: the new rows are found by it.
            stored = _stored_identities(session, keys)
            found = {(channel, row.key): row.id for channel, row in stored}
            return [found[key] for key in keys]

        identity_ids = _insert_with_ids(session, _IDENTITIES, new_identities, found_back)
        for key, identity_id, contact_id in zip(keys, identity_ids, contact_ids, strict=True):
            identity_of[key], contact_of[key] = identity_id, contact_id
        # The quick lookup finds them from this transaction on.
        index_new_contacts(
            session,
            (
                NewContact(contact_id, name, a.channel, a.key, a.handle, a.display_name)
                for contact_id, name, a in zip(contact_ids, names, missing.values(), strict=True)
            ),
        )
        return ChangeSet.of(changes.CONTACT, changes.INSERTED, contact_ids) | ChangeSet.of(
            changes.IDENTITY, changes.INSERTED, identity_ids
        )

    def _existing(
        self, session: Session, account_id: int, remote_ids: list[str]
    ) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        query = built_once(session, "stored_messages", _stored_messages)
        for chunk in _chunks(remote_ids):
            given = {"account": account_id, "remote_ids": list_given(session, chunk)}
            for row in session.execute(query, given):
                found[row.remote_id] = row._asdict()
        return found

    def _apply_edit(
        self, session: Session, stored: dict[str, Any], item: FetchedMessage, now: datetime
    ) -> bool:
        """Apply a deletion or a newer edit to a stored message. Read/done stay as they are.

        An edit whose text is unchanged but whose subject changed (a comment approved
        after it was held for moderation) updates the subject alone: the customer did
        not edit anything, so the message is not marked edited."""
        if item.deleted:
            if stored["deleted_at"] is not None:
                return False
            session.execute(
                update(Message)
                .where(Message.id == stored["id"])
                .values(deleted_at=now, needs_reply=False)
            )
            return True
        if item.edited_at is None or stored["deleted_at"] is not None:
            return False
        previous = stored["edited_at"] or stored["created_at"]
        if item.edited_at <= previous:
            return False
        asks_again = item.inbound and item.kind in ASKS_AGAIN_WHEN_EDITED
        rating_changed = asks_again and item.rating != stored["rating"]
        if item.text == stored["text"] and not rating_changed:
            if item.subject == stored["subject"]:
                return False
            session.execute(
                update(Message).where(Message.id == stored["id"]).values(subject=item.subject)
            )
            return True
        values: dict[str, Any] = {
            "text": item.text,
            "subject": item.subject,
            "edited_at": item.edited_at,
            "sentiment": _sentiment_of(item),
        }
        if asks_again:
            # Waiting again, unread, its earlier answer no longer its answer.
            values |= {
                "rating": item.rating,
                "needs_reply": True,
                "read": False,
                "done": False,
                "replied_at": None,
                "response_seconds": None,
            }
        session.execute(update(Message).where(Message.id == stored["id"]).values(**values))
        return True

    def _mark_answered(
        self,
        session: Session,
        account_id: int,
        items: Iterable[FetchedMessage],
        new_id_of: dict[str, int],
    ) -> set[int]:
        """The business's own replies (sent from here or elsewhere) answer what they reply to.

        The answered message stops needing a reply and gets its response time; a
        new reply joins the customer's timeline through the answered message's contact.
        In a direct chat a reply answers the whole chat so far: people write two or
        three messages in a row and the business answers them once, quoting one or none
        of them, so every earlier message of that chat stops needing a reply too.
        """
        touched: set[int] = set()
        for item in items:
            if item.inbound or item.in_reply_to_remote_id is None or item.deleted:
                continue
            target = session.execute(
                select(
                    Message.id,
                    Message.created_at,
                    Message.replied_at,
                    Message.contact_id,
                    Message.kind,
                    Message.thread_key,
                    Message.edited_at,
                ).where(
                    Message.account_id == account_id,
                    Message.remote_id == item.in_reply_to_remote_id,
                    Message.inbound == true(),
                )
            ).first()
            if target is None:
                continue
            if (
                target.kind in ASKS_AGAIN_WHEN_EDITED
                and target.edited_at is not None
                and item.created_at < target.edited_at
            ):
                continue  # it answered what the review said before its edit
            reply_id = new_id_of.get(item.remote_id)
            if reply_id is not None and target.contact_id is not None:
                session.execute(
                    update(Message)
                    .where(Message.id == reply_id)
                    .values(contact_id=target.contact_id)
                )
            if answer_message(session, target, item.created_at):
                touched.add(target.id)
            if target.kind == "direct":
                touched |= _answer_chat_before(session, account_id, target.thread_key, item)
        return touched


def _stored_identities(
    session: Session, keys: Iterable[tuple[str, str]]
) -> Iterator[tuple[str, Any]]:
    """The stored identities among these (channel, key) pairs, each with its channel: rows
    of id, key, handle and contact id, a statement per network and chunk of keys."""
    by_channel: dict[str, list[str]] = {}
    for channel, author_key in keys:
        by_channel.setdefault(channel, []).append(author_key)
    query = built_once(session, "identities_by_key", _identities_by_key)
    for channel, author_keys in by_channel.items():
        for chunk in _chunks(author_keys):
            given = {"channel": channel, "keys": list_given(session, chunk)}
            for row in session.execute(query, given):
                yield channel, row


def _identities_by_key(dialect_name: str) -> Any:
    """The identities of network ``channel`` whose key is one of ``keys``."""
    return select(Identity.id, Identity.key, Identity.handle, Identity.contact_id).where(
        Identity.channel == bindparam("channel"), one_of_given(dialect_name, Identity.key, "keys")
    )


def _stored_messages(dialect_name: str) -> Any:
    """What an edit compares, of account ``account``'s messages among ``remote_ids``."""
    return select(
        Message.id,
        Message.remote_id,
        Message.text,
        Message.subject,
        Message.created_at,
        Message.edited_at,
        Message.deleted_at,
        Message.rating,
    ).where(
        Message.account_id == bindparam("account"),
        one_of_given(dialect_name, Message.remote_id, "remote_ids"),
    )


def _insert_messages(session: Session, account_id: int, rows: list[dict[str, Any]]) -> list[int]:
    """Insert new ``messages`` rows (of one account, remote ids not stored yet) and return
    their ids in the rows' order (:func:`_insert_with_ids`). On SQLite the rows are found
    back by their unique (account, remote id): a statement per 500 rows."""

    def found_back() -> list[int]:
        id_of: dict[str, int] = {}
        for chunk in _chunks([row["remote_id"] for row in rows]):
            for row in session.execute(
                select(Message.id, Message.remote_id).where(
                    Message.account_id == account_id, Message.remote_id.in_(chunk)
                )
            ):
                id_of[row.remote_id] = row.id
        return [id_of[row["remote_id"]] for row in rows]

    return _insert_with_ids(session, _MESSAGES, rows, found_back)


def _insert_with_ids(
    session: Session,
    table: Table,
    rows: list[dict[str, Any]],
    found_back: Callable[[], list[int]],
) -> list[int]:
    """Insert ``rows`` into ``table`` with one statement (``dialect.insert_rows``) and
    return their ids in the rows' order.

    PostgreSQL: the ids are taken from the table's sequence first (``dialect.fresh_ids``)
    and inserted with the rows; nothing is read back (a lookup fewer per table and
    batch). SQLite: the rows are inserted, then ``found_back()`` returns their ids (an
    INSERT … RETURNING that must keep the rows' order runs row by row there: SQLAlchemy
    cannot tie a multi-row RETURNING to its rows on SQLite)."""
    ids = fresh_ids(session, table, len(rows))
    if ids is None:
        insert_rows(session, table, rows)
        return found_back()
    for row, given_id in zip(rows, ids, strict=True):
        row["id"] = given_id
    insert_rows(session, table, rows)
    return ids


def _insert_numbered(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` into ``table`` (an integer primary key ``id``, no other unique key)
    and return their ids in the rows' order (:func:`_insert_with_ids`).

    SQLite: one statement and one select. Inside the write transaction (one writer)
    SQLite gives each inserted row the largest id so far plus one, so the rows' ids are
    the newest ids, ascending in the rows' order. Should they not be consecutive (SQLite
    picks random ids once the largest possible one is used), the rows are removed and
    inserted one by one instead."""
    if not rows:
        return []

    def found_back() -> list[int]:
        newest = session.execute(
            select(table.c.id).order_by(table.c.id.desc()).limit(len(rows))
        ).scalars()
        ids = sorted(newest)
        if ids == list(range(ids[0], ids[0] + len(rows))):
            return ids
        session.execute(delete(table).where(table.c.id.in_(ids)))
        return [
            session.execute(insert(table).returning(table.c.id), row).scalar_one() for row in rows
        ]

    return _insert_with_ids(session, table, rows, found_back)


def _answer_chat_before(
    session: Session, account_id: int, thread_key: str, reply: FetchedMessage
) -> set[int]:
    """Every message of the direct chat ``thread_key`` written before ``reply`` and still
    waiting is answered by it. Returns the ids that changed."""
    waiting = session.execute(
        select(Message.id, Message.created_at, Message.replied_at).where(
            Message.account_id == account_id,
            Message.thread_key == thread_key,
            Message.kind == "direct",
            Message.inbound == true(),
            Message.needs_reply == true(),
            Message.created_at <= reply.created_at,
        )
    ).all()
    return {m.id for m in waiting if answer_message(session, m, reply.created_at)}


class AnsweredMessage(Protocol):
    """The columns of a stored inbound message that answering it reads."""

    @property
    def id(self) -> int: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def replied_at(self) -> datetime | None: ...


def answer_message(session: Session, target: AnsweredMessage, replied_at: datetime) -> bool:
    """The business answered ``target`` at ``replied_at`` (a reply sent from here or
    elsewhere, a call back logged by hand): it stops needing a reply and gets its response
    time, unless an earlier answer is known. True when it changed."""
    if target.replied_at is not None and target.replied_at <= replied_at:
        return False
    seconds = max(0, int((replied_at - target.created_at).total_seconds()))
    session.execute(
        update(Message)
        .where(Message.id == target.id)
        .values(replied_at=replied_at, needs_reply=False, response_seconds=seconds)
    )
    return True


def _name_identities(session: Session, unnamed: list[tuple[int, AuthorRef]]) -> ChangeSet:
    """Identities linked by hand by their key alone (a Bluesky DID) take the handle, name
    and profile address their first message delivers."""
    for identity_id, author in unnamed:
        session.execute(
            update(Identity)
            .where(Identity.id == identity_id)
            .values(
                handle=author.handle,
                display_name=func.coalesce(Identity.display_name, author.display_name),
                profile_url=func.coalesce(Identity.profile_url, author.profile_url),
            )
        )
    return ChangeSet.of(changes.IDENTITY, changes.UPDATED, [i for i, _ in unnamed])


def _sentiment_of(item: FetchedMessage) -> float | None:
    from socialinbox.core.tone import sentiment_of

    return sentiment_of(item.inbound, item.kind, item.text, item.rating)


def _reindex_for_lookup(
    session: Session,
    identity_change: ChangeSet,
    identity_of: dict[tuple[str, str], int],
    contact_of: dict[tuple[str, str], int],
) -> None:
    """Contacts whose hand-linked identity got its name are found by the quick lookup
    from this transaction on (new contacts were indexed as they were created)."""
    linked = identity_change.ids(changes.IDENTITY, changes.UPDATED)
    touched = {contact_of[key] for key, i in identity_of.items() if i in linked}
    if touched:
        from socialinbox.core.lookup import reindex_contacts

        reindex_contacts(session, touched)


def _return_reminders(
    session: Session,
    account_id: int,
    rows: list[dict[str, Any]],
    ids: list[int],
    new_contacts: Collection[int],
    now: datetime,
    networks: NetworkCatalogue,
) -> ChangeSet:
    """The return rule is decided here, when the messages are stored (see ``core.reminders``).
    A contact created by this batch has no note and is no VIP yet: none of its messages
    is a return."""
    from socialinbox.core.reminders import NewInbound, raise_return_reminders

    inbound = [
        NewInbound(
            i, row["contact_id"], row["channel"], row["created_at"], row["deleted_at"] is not None
        )
        for row, i in zip(rows, ids, strict=True)
        if _from_customer(row) and row["contact_id"] not in new_contacts
    ]
    return raise_return_reminders(session, account_id, inbound, now, networks)


def _from_customer(row: dict[str, Any]) -> bool:
    """Whether a new row is a customer's message that counts as her writing (inbound and
    not context only: a context-only message is the one inbound row stored read)."""
    return bool(row["inbound"]) and not row["read"]


def _repaired(item: FetchedMessage, now: datetime) -> tuple[FetchedMessage, str | None]:
    """The item as it can be stored: its texts without what no database keeps (lone
    surrogates, NUL) and its times believable — an impossible creation time becomes the
    arrival time ``now`` (returned beside the item as the sender wrote it, to be kept in
    ``messages.claimed_time``), an impossible edit time the arrival time too."""
    author = item.author
    author_texts = (author.key, author.handle, author.display_name, author.profile_url)
    texts = (
        item.remote_id,
        item.text,
        item.thread_remote_id,
        item.in_reply_to_remote_id,
        item.subject,
        item.url,
    )
    if any(map(_unstorable, author_texts)) or _overlong(author):
        author = replace(
            author,
            key=repair_text(author.key),
            handle=_clipped(repair_optional(author.handle), _NAME_LIMIT),
            display_name=_clipped(repair_optional(author.display_name), _NAME_LIMIT),
            profile_url=_fitting(repair_optional(author.profile_url), _PROFILE_URL_LIMIT),
        )
    created_at, claimed = item.created_at, None
    if created_at.tzinfo is not None and not believable_time(created_at, now):
        created_at, claimed = now, item.created_at.isoformat()
    edited_at = item.edited_at
    if edited_at is not None and not believable_time(edited_at, now):
        edited_at = now
    repaired = item
    # Most items need nothing: the copy (two dataclass copies an item) is made only then.
    if (
        author is not item.author
        or created_at is not item.created_at
        or edited_at is not item.edited_at
        or any(map(_unstorable, texts))
        or (item.url is not None and len(item.url) > _URL_LIMIT)
    ):
        repaired = replace(
            item,
            remote_id=repair_text(item.remote_id),
            author=author,
            text=repair_text(item.text),
            created_at=created_at,
            edited_at=edited_at,
            thread_remote_id=repair_optional(item.thread_remote_id),
            in_reply_to_remote_id=repair_optional(item.in_reply_to_remote_id),
            subject=repair_optional(item.subject),
            url=_fitting(repair_optional(item.url), _URL_LIMIT),
        )
    rating = repaired.rating
    if rating is not None and not (
        isinstance(rating, int) and _RATINGS[0] <= rating <= _RATINGS[1]
    ):
        repaired = replace(repaired, rating=None)  # no rating is that far out: none given
    return repaired, claimed


def _overlong(author: AuthorRef) -> bool:
    """Whether a name or link of the author is longer than its column holds."""
    return any(
        text is not None and len(text) > limit
        for text, limit in (
            (author.handle, _NAME_LIMIT),
            (author.display_name, _NAME_LIMIT),
            (author.profile_url, _PROFILE_URL_LIMIT),
        )
    )


def _clipped(text: str | None, limit: int) -> str | None:
    """A text cut to what its column holds (a name: its beginning still names the person)."""
    return text if text is None or len(text) <= limit else text[:limit]


def _fitting(link: str | None, limit: int) -> str | None:
    """A link its column holds, or none: a cut link would lead somewhere else."""
    return link if link is None or len(link) <= limit else None


def _unstorable(text: str | None) -> bool:
    """Whether :func:`repair_text` would change ``text``."""
    return text is not None and repair_text(text) is not text


def _problem(item: FetchedMessage) -> str | None:
    """Why an item cannot be stored, or None if it can (its author's key is checked by
    the network's rule)."""
    if not item.remote_id:
        return "the item has no id"
    ids = (item.remote_id, item.thread_remote_id, item.in_reply_to_remote_id)
    if any(i is not None and len(i) > _ID_LIMIT for i in ids):
        return f"the item's id is longer than {_ID_LIMIT} characters"
    if item.created_at.tzinfo is None:
        return "the item's time has no timezone"
    return None


def message_row(
    account_id: int,
    item: FetchedMessage,
    identity_id: int | None,
    contact_id: int | None,
    now: datetime,
) -> dict[str, Any]:
    """The ``messages`` row of a new item whose identity and contact are known (a
    conversation logged by hand), as a batch stores it; the caller inserts it."""
    author = (item.author.channel, item.author.key)
    identities = {author: identity_id} if identity_id is not None else {}
    contacts = {author: contact_id} if contact_id is not None else {}
    return _new_row(account_id, item, identities, contacts, now)


def _new_row(
    account_id: int,
    item: FetchedMessage,
    identity_of: dict[tuple[str, str], int],
    contact_of: dict[tuple[str, str], int],
    now: datetime,
) -> dict[str, Any]:
    author = (item.author.channel, item.author.key)
    deleted = item.deleted
    return {
        "account_id": account_id,
        "channel": item.channel,
        "remote_id": item.remote_id,
        "kind": item.kind,
        "inbound": item.inbound,
        "thread_key": thread_key(account_id, item.thread_remote_id or item.remote_id),
        "in_reply_to_remote_id": item.in_reply_to_remote_id,
        "identity_id": identity_of.get(author),
        "contact_id": contact_of.get(author),
        "author_handle": item.author.handle,
        "author_name": item.author.display_name,
        "subject": item.subject,
        "text": item.text,
        "url": item.url,
        "rating": item.rating,
        "created_at": item.created_at,
        "received_at": now,
        # An edit time that is the creation time is no edit (a network that gives one time).
        "edited_at": item.edited_at if item.edited_at != item.created_at else None,
        "deleted_at": now if deleted else None,
        # The business's own messages and context are never unread and never wait.
        "read": not item.inbound or item.context_only,
        "done": False,
        "replied_at": None,
        "needs_reply": item.inbound and not deleted and not item.context_only,
        "response_seconds": None,
    }
