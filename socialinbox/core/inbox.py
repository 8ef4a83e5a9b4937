"""Reading the inbox: keyset-paged lists, search, one message, its thread.

Every list query is served by an index (see ``storage.schema.Message``) and
returns at most one page, so the UI thread can call these directly.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Select, case, false, func, literal, select, true, tuple_
from sqlalchemy.orm import Session

from socialinbox.core.models import MessageDetail, MessageRow
from socialinbox.core.names import CONTEXT_KIND
from socialinbox.core.tone import NEGATIVE_BELOW
from socialinbox.storage import dialect
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Account, Contact, Message, Property
from socialinbox.storage.types import UTCDateTime

PAGE_SIZE = 200
# Searches with at most this many hits look each hit up by id (see Inbox._page_of_hits).
SEARCH_DIRECT_LIMIT = 5000
# Searches matching at least this share of the newest messages check each row of
# the list against the index instead (see dialect.restrict_to_dense_search).
DENSE_SEARCH_SHARE = 0.25
_ID_CHUNK = 500
PREVIEW_CHARS = 240
# Full records are read this many at a time (``Inbox.iter_details``): the memory an
# export needs is a chunk's, whatever the number of messages.
DETAIL_CHUNK = 1000

View = Literal["all", "unread", "needs_reply", "escalated", "mine"]
# "newest": newest first. "urgent": *Most urgent first* — the messages waiting for a
# reply come first, ranked by urgency (VIP, negative tone, open escalation) and then by
# how long they have waited (longest first); the rest of the list follows newest first.
Order = Literal["newest", "urgent"]


@dataclass(frozen=True, slots=True)
class InboxFilter:
    """Which messages a list shows. ``search`` is whatever the user typed; ``user``
    is whose *Mine* list it is (the view "mine" shows nothing without one); ``since``
    and ``until`` bound the creation time, both included (an alert's messages).
    ``order`` "urgent" ranks as :data:`Order` says; a search's hits stay newest first."""

    view: View = "all"
    channel: str | None = None
    search: str | None = None
    user: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    order: Order = "newest"

    @property
    def ranked(self) -> bool:
        """Whether rows are in the *Most urgent first* order (see :func:`list_key`)."""
        return self.order == "urgent" and _search_query(self) is None


@dataclass(frozen=True, slots=True)
class PageKey:
    """Where the next page starts: the last row of the previous one. ``urgency`` is set
    for a row waiting for a reply (the ranked part of the urgent order)."""

    created_at: datetime
    id: int
    urgency: int | None = None

    @staticmethod
    def after(row: MessageRow) -> PageKey:
        return PageKey(row.created_at, row.id, urgency_of(row) if row.needs_reply else None)


# The weights of urgency: each outranks all the lighter ones summed.
URGENCY_VIP = 4
URGENCY_NEGATIVE = 2
URGENCY_ESCALATED = 1

# The customer's VIP mark: a primary-key lookup for each row of the page only (never a scan).
_VIP = select(Contact.vip).where(Contact.id == Message.contact_id).scalar_subquery()
# A message's urgency in SQL, as urgency_of computes it from a row.
_URGENCY = (
    case((_VIP.is_(true()), URGENCY_VIP), else_=0)
    + case((Message.sentiment < NEGATIVE_BELOW, URGENCY_NEGATIVE), else_=0)
    + case((Message.escalated_to.is_not(None), URGENCY_ESCALATED), else_=0)
)


def urgency_of(row: MessageRow) -> int:
    """How urgent a message is when it waits: VIP 4, negative tone 2, open escalation 1,
    summed (the *Most urgent first* order ranks by it, highest first)."""
    negative = row.sentiment is not None and row.sentiment < NEGATIVE_BELOW
    return (
        URGENCY_VIP * row.vip
        + URGENCY_NEGATIVE * negative
        + URGENCY_ESCALATED * (row.escalated_to is not None)
    )


def list_key(flt: InboxFilter, row: MessageRow) -> tuple[Any, ...]:
    """Where ``row`` sorts in the list of ``flt``: lists are in ascending order of this key
    (for the model's in-place updates; the SQL orders the same way)."""
    stamp = row.created_at.timestamp()
    if flt.ranked and row.needs_reply:
        return (0, -urgency_of(row), stamp, row.id)
    if flt.ranked:
        return (1, 0, -stamp, -row.id)
    return (-stamp, -row.id)


def _waiting_conditions(flt: InboxFilter) -> list[Any]:
    """The WHERE terms of a list's messages that wait for a reply. For the inbox lists,
    by the needs-reply index alone (a waiting message is always a customer's item, never
    context); the *Escalated* and *Mine* lists keep their own terms (their indexes)."""
    if flt.view not in ("all", "unread", "needs_reply"):
        return [*Inbox._conditions(flt), Message.needs_reply == true()]
    terms: list[Any] = [Message.needs_reply == true()]
    if flt.view == "unread":
        terms.append(Message.read == false())
    return [*terms, *_narrowing(flt)]


def _narrowing(flt: InboxFilter) -> list[Any]:
    """The terms every list shares: one network, a time span (an alert's messages)."""
    terms: list[Any] = []
    if flt.channel is not None:
        terms.append(Message.channel == flt.channel)
    if flt.since is not None:
        terms.append(Message.created_at >= flt.since)
    if flt.until is not None:
        terms.append(Message.created_at <= flt.until)
    return terms


_ROW_COLUMNS = (
    Message.id,
    Message.channel,
    Message.kind,
    Message.inbound,
    Message.author_name,
    Message.author_handle,
    Message.subject,
    func.substr(Message.text, 1, PREVIEW_CHARS).label("preview"),
    Message.created_at,
    Message.read,
    Message.done,
    Message.needs_reply,
    Message.deleted_at,
    Message.rating,
    Message.logged_by,
    Message.escalated_to,
    Message.assigned_to,
    Message.contact_id,
    # A primary-key lookup for each row of the page only (never a scan).
    _VIP.label("vip"),
    Message.sentiment,
)


def _row(r: Any) -> MessageRow:
    return MessageRow(
        id=r.id,
        channel=r.channel,
        kind=r.kind,
        inbound=bool(r.inbound),
        author_name=r.author_name,
        author_handle=r.author_handle,
        subject=r.subject,
        preview=first_line(r.preview),
        created_at=r.created_at,
        read=bool(r.read),
        done=bool(r.done),
        needs_reply=bool(r.needs_reply),
        deleted=r.deleted_at is not None,
        rating=r.rating,
        logged_by=r.logged_by,
        escalated_to=r.escalated_to,
        assigned_to=r.assigned_to,
        vip=bool(r.vip),
        contact_id=r.contact_id,
        sentiment=r.sentiment,
    )


def _search_query(flt: InboxFilter) -> dialect.SearchQuery | Literal[False] | None:
    """The FTS query of a filter: None for no search, False when nothing can match."""
    if flt.search is None or not flt.search.strip():
        return None
    query = dialect.fts_query(flt.search)
    return False if query is None else query


def shown_without_search(flt: InboxFilter, r: Any) -> bool:
    """Whether a row passes the filter's view and channel terms (see Inbox._conditions).

    The search term, if any, is not checked: that needs the index (Inbox.matches).
    """
    if flt.view == "needs_reply":
        if not r.needs_reply:
            return False
    elif flt.view == "escalated":
        if r.escalated_to is None:
            return False
    elif flt.view == "mine":
        if flt.user is None or r.assigned_to != flt.user:
            return False
    elif not r.inbound or r.kind == CONTEXT_KIND or (flt.view == "unread" and r.read):
        return False
    if flt.since is not None and r.created_at < flt.since:
        return False
    if flt.until is not None and r.created_at > flt.until:
        return False
    return flt.channel is None or r.channel == flt.channel


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


class Inbox:
    """Read-only queries over messages. Safe to call from the UI thread."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _conditions(flt: InboxFilter) -> list[Any]:
        """The WHERE terms of a filter, search aside."""
        if flt.view == "needs_reply":
            terms = [Message.needs_reply == true()]
        elif flt.view == "escalated":
            # Every message an open escalation names, in or out. A range on the name (never
            # empty) lets ix_messages_escalated serve it; SQLite scans for IS NOT NULL.
            terms = [Message.escalated_to > ""]
        elif flt.view == "mine":
            terms = [Message.assigned_to == flt.user if flt.user is not None else false()]
        else:
            # Context (a group chat's other messages) shows in its thread, not here.
            terms = [Message.inbound == true(), Message.kind != CONTEXT_KIND]
            if flt.view == "unread":
                terms.append(Message.read == false())
        return [*terms, *_narrowing(flt)]

    def _filtered(
        self, session: Session, columns: Any, flt: InboxFilter, *, dense: bool = False
    ) -> Select[Any] | None:
        """SELECT ``columns`` of the filter's messages; None when nothing can match.

        A selective search (few hits) comes back as an id list instead, see ``page``;
        ``dense``: the search matches most messages (a page checks rows one by one).
        """
        stmt = select(*columns).select_from(Message).where(*self._conditions(flt))
        query = _search_query(flt)
        if query is False:
            return None
        if query is not None:
            restrict = dialect.restrict_to_dense_search if dense else dialect.restrict_to_search
            stmt = restrict(self._db.dialect_name, stmt, query)
        return stmt

    def page(
        self, flt: InboxFilter, after: PageKey | None = None, limit: int = PAGE_SIZE
    ) -> list[MessageRow]:
        """One page of the list in the filter's order, starting after ``after``."""
        if flt.ranked:
            return self._ranked_page(flt, after, limit)
        with self._db.read() as session:
            query = _search_query(flt)
            if query is False:
                return []
            dense = False
            if query is not None:
                dialect.without_parallel_workers(session)
                hits, share = dialect.search_sample(session, query, SEARCH_DIRECT_LIMIT)
                if hits is not None:
                    return self._page_of_hits(session, flt, hits, after, limit)
                dense = share >= DENSE_SEARCH_SHARE
            stmt = self._filtered(session, _ROW_COLUMNS, flt, dense=dense)
            if stmt is None:
                return []
            if after is not None:
                # Typed binds: the tuple's values must go through UTCDateTime like the column.
                stmt = stmt.where(
                    tuple_(Message.created_at, Message.id)
                    < tuple_(
                        literal(after.created_at, UTCDateTime()),
                        literal(after.id, Message.id.type),
                    )
                )
            stmt = stmt.order_by(Message.created_at.desc(), Message.id.desc()).limit(limit)
            return [_row(r) for r in session.execute(stmt)]

    def _ranked_page(self, flt: InboxFilter, after: PageKey | None, limit: int) -> list[MessageRow]:
        """A page of the *Most urgent first* order.

        The ranked part reads the messages waiting for a reply (``needs_reply``, the
        small set: what the business has not answered yet) through their index and sorts
        them by urgency in SQL; the rest of a list (messages not waiting) follows newest
        first, paged through the list's index like the newest-first order. No part
        sorts the whole inbox."""
        rows: list[MessageRow] = []
        with self._db.read() as session:
            if after is None or after.urgency is not None:
                stmt = select(*_ROW_COLUMNS).where(*_waiting_conditions(flt))
                if after is not None:
                    stmt = stmt.where(
                        tuple_(-_URGENCY, Message.created_at, Message.id)
                        > tuple_(
                            literal(-(after.urgency or 0)),
                            literal(after.created_at, UTCDateTime()),
                            literal(after.id, Message.id.type),
                        )
                    )
                stmt = stmt.order_by(_URGENCY.desc(), Message.created_at, Message.id).limit(limit)
                rows = [_row(r) for r in session.execute(stmt)]
                if len(rows) == limit or flt.view == "needs_reply":
                    return rows
                after = None
            stmt = select(*_ROW_COLUMNS).where(
                *self._conditions(flt), Message.needs_reply == false()
            )
            if after is not None:
                stmt = stmt.where(
                    tuple_(Message.created_at, Message.id)
                    < tuple_(
                        literal(after.created_at, UTCDateTime()),
                        literal(after.id, Message.id.type),
                    )
                )
            stmt = stmt.order_by(Message.created_at.desc(), Message.id.desc()).limit(
                limit - len(rows)
            )
            return rows + [_row(r) for r in session.execute(stmt)]

    def _page_of_hits(
        self,
        session: Session,
        flt: InboxFilter,
        hits: list[int],
        after: PageKey | None,
        limit: int,
    ) -> list[MessageRow]:
        """A page from a short list of search hits: each is looked up by id and sorted here.

        Walking the list's index newest first would visit every message when a
        word is rare; a few thousand lookups by id never do.
        """
        # Only the id in SQL: any other term lets SQLite prefer walking a list index.
        keys: list[tuple[datetime, int]] = []
        for start in range(0, len(hits), _ID_CHUNK):
            chunk = hits[start : start + _ID_CHUNK]
            keys.extend(
                (r.created_at, r.id)
                for r in session.execute(
                    select(
                        Message.created_at,
                        Message.id,
                        Message.inbound,
                        Message.read,
                        Message.needs_reply,
                        Message.channel,
                        Message.kind,
                        Message.escalated_to,
                        Message.assigned_to,
                    ).where(Message.id.in_(chunk))
                )
                if shown_without_search(flt, r)
            )
        if after is not None:
            cut = (after.created_at, after.id)
            keys = [k for k in keys if k < cut]
        wanted = [i for _, i in heapq.nlargest(limit, keys)]
        if not wanted:
            return []
        found = {
            r.id: _row(r)
            for r in session.execute(select(*_ROW_COLUMNS).where(Message.id.in_(wanted)))
        }
        return [found[i] for i in wanted if i in found]

    def rows(self, ids: list[int] | set[int] | frozenset[int]) -> dict[int, MessageRow]:
        """The current list rows of the given messages (for updates in place)."""
        if not ids:
            return {}
        stmt = select(*_ROW_COLUMNS).where(Message.id.in_(sorted(ids)))
        with self._db.read() as session:
            return {r.id: _row(r) for r in session.execute(stmt)}

    def matches(self, flt: InboxFilter, ids: set[int] | frozenset[int]) -> set[int]:
        """Which of ``ids`` the filter shows."""
        if not ids:
            return set()
        with self._db.read() as session:
            stmt = self._filtered(session, (Message.id,), flt)
            if stmt is None:
                return set()
            stmt = stmt.where(Message.id.in_(sorted(ids)))
            return set(session.execute(stmt).scalars())

    def count(self, flt: InboxFilter) -> int:
        """How many messages the filter shows. Scans an index: keep it off the UI thread."""
        with self._db.read() as session:
            stmt = self._filtered(session, (func.count(),), flt)
            if stmt is None:
                return 0
            return int(session.execute(stmt).scalar() or 0)

    def message_id(self, account_id: int, remote_id: str) -> int | None:
        """The stored id of one account's message, by the network's id for it."""
        query = select(Message.id).where(
            Message.account_id == account_id, Message.remote_id == remote_id
        )
        with self._db.read() as session:
            return session.execute(query).scalar()

    def get(self, message_id: int) -> MessageDetail | None:
        with self._db.read() as session:
            return _detail(session, message_id)

    def details(self, flt: InboxFilter, limit: int) -> list[MessageDetail]:
        """Full records for the first ``limit`` messages of a list."""
        return list(self.iter_details(flt, limit))

    def iter_details(
        self, flt: InboxFilter, limit: int, chunk: int = DETAIL_CHUNK
    ) -> Iterator[MessageDetail]:
        """Full records for the first ``limit`` messages of a list, newest first, read
        ``chunk`` at a time (for exports: the CLI writes each as it comes).

        Without a search this is one query whose rows are fetched in chunks; a search
        pages through ``page`` (whose hits may come from the search index) and reads each
        page's records with one query. Never a query per message. Keep the iterator on
        one thread and run it to the end (it holds a read transaction while it lasts).
        """
        if _search_query(flt) is not None:
            yield from self._details_of_pages(flt, limit, chunk)
            return
        with self._db.read() as session:
            stmt = self._filtered(session, _DETAIL_COLUMNS, flt)
            if stmt is None:
                return
            stmt = (
                _with_names(stmt)
                .order_by(Message.created_at.desc(), Message.id.desc())
                .limit(limit)
                .execution_options(yield_per=chunk)
            )
            # Core rows, not the ORM's: nothing here needs what it adds per row.
            for r in session.connection().execute(stmt):
                yield MessageDetail(*r)

    def _details_of_pages(
        self, flt: InboxFilter, limit: int, chunk: int
    ) -> Iterator[MessageDetail]:
        after: PageKey | None = None
        while limit > 0:
            rows = self.page(flt, after, min(chunk, limit))
            if not rows:
                return
            with self._db.read() as session:
                found = {d.id: d for d in _details_by_id(session, [r.id for r in rows])}
            yield from (found[r.id] for r in rows if r.id in found)
            if len(rows) < min(chunk, limit):
                return  # a short page is the last one
            limit -= len(rows)
            after = PageKey.after(rows[-1])

    def contact_rows(self, contact_id: int, limit: int) -> list[MessageRow]:
        """The contact's messages, in and out, every channel, newest first, as list rows:
        the customer card's timeline, in one index-backed query."""
        stmt = (
            select(*_ROW_COLUMNS)
            .where(Message.contact_id == contact_id)
            .order_by(Message.created_at.desc(), Message.id.desc())
            .limit(limit)
        )
        with self._db.read() as session:
            return [_row(r) for r in session.execute(stmt)]

    def thread(self, message_id: int) -> list[MessageRow]:
        """Every message of the conversation, oldest first."""
        with self._db.read() as session:
            thread_key = session.execute(
                select(Message.thread_key).where(Message.id == message_id)
            ).scalar()
            if thread_key is None:
                return []
            stmt = (
                select(*_ROW_COLUMNS)
                .where(Message.thread_key == thread_key)
                .order_by(Message.created_at, Message.id)
                .limit(500)
            )
            return [_row(r) for r in session.execute(stmt)]


# MessageDetail's fields in order: each is the message column of its name, but the
# account's and the property's names (rows become records by position, the cheapest way).
_JOINED_COLUMNS = {"account_name": Account.name, "property_name": Property.name}
_DETAIL_COLUMNS = tuple(
    _JOINED_COLUMNS[f.name].label(f.name) if f.name in _JOINED_COLUMNS else getattr(Message, f.name)
    for f in fields(MessageDetail)
)


def _with_names(stmt: Select[Any]) -> Select[Any]:
    """A select of :data:`_DETAIL_COLUMNS` joined to what they name beside the message."""
    return stmt.join(Account, Account.id == Message.account_id).outerjoin(
        Property, Property.id == Message.property_id
    )


def _details_by_id(session: Session, ids: list[int]) -> list[MessageDetail]:
    """The records of the given messages, in no particular order (one query)."""
    stmt = _with_names(select(*_DETAIL_COLUMNS)).where(Message.id.in_(ids))
    return [MessageDetail(*r) for r in session.connection().execute(stmt)]


def _detail(session: Session, message_id: int) -> MessageDetail | None:
    found = _details_by_id(session, [message_id])
    return found[0] if found else None
