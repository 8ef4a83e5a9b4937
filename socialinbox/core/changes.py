"""What a write changed, and the change feed that tells other processes about it.

Every write returns a :class:`ChangeSet` and appends the same facts to the
``changes`` table in its own transaction. The GUI refreshes only what a change
set names; other processes find the same change sets by reading the table, at once
when a PostgreSQL server announces a commit (:mod:`socialinbox.storage.live`), and
by polling it in any case.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from socialinbox.storage.live import announce_changes
from socialinbox.storage.schema import Change

# Entities named in change sets.
MESSAGE = "message"
CONTACT = "contact"
IDENTITY = "identity"
ACCOUNT = "account"
NOTE = "note"
REMINDER = "reminder"
OUTBOX = "outbox"
# The people at the desks (core.users) and the escalations of messages (core.escalations).
USER = "user"
ESCALATION = "escalation"
# Crisis alerts (core.alerts): raised, updated while the episode goes on, acknowledged.
ALERT = "alert"
# The chain's properties (core.properties): added, renamed, given a timezone.
PROPERTY = "property"
# Business rules (id 0: "some rule changed"; read them again).
SETTINGS = "settings"

INSERTED = "inserted"
UPDATED = "updated"
DELETED = "deleted"

# Past this many unseen change rows a reader reloads everything instead.
MAX_CHANGE_ROWS_PER_READ = 5_000


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The rows a write touched, by entity and operation."""

    entries: frozenset[tuple[str, str, int]] = field(default_factory=frozenset)
    # True when the reader fell too far behind: refresh everything.
    reset: bool = False

    @staticmethod
    def of(entity: str, op: str, ids: Iterable[int]) -> ChangeSet:
        return ChangeSet(frozenset((entity, op, int(i)) for i in ids))

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.entries | other.entries, self.reset or other.reset)

    def __bool__(self) -> bool:
        return bool(self.entries) or self.reset

    def ids(self, entity: str, op: str | None = None) -> frozenset[int]:
        return frozenset(i for e, o, i in self.entries if e == entity and (op is None or o == op))

    def touches(self, entity: str) -> bool:
        return self.reset or any(e == entity for e, _, _ in self.entries)


EMPTY = ChangeSet()


@dataclass(frozen=True, slots=True)
class Created:
    """What a write that creates one row returns: the new row's id and the write's change set."""

    id: int
    changes: ChangeSet


def record(session: Session, changes: ChangeSet, at: datetime, origin: str) -> None:
    """Append ``changes`` to the feed, one row per (entity, op), in the caller's transaction
    (and announce them to the other desks of a shared server when it commits)."""
    grouped: dict[tuple[str, str], list[int]] = {}
    for entity, op, row_id in changes.entries:
        grouped.setdefault((entity, op), []).append(row_id)
    if not grouped:
        return
    session.execute(
        insert(Change),
        [
            {
                "at": at,
                "entity": entity,
                "op": op,
                "ids_json": json.dumps(sorted(ids)),
                "origin": origin,
            }
            for (entity, op), ids in sorted(grouped.items())
        ],
    )
    # On a shared server the other desks hear of it at the commit (LISTEN/NOTIFY).
    announce_changes(session, origin)


def latest_change_id(session: Session) -> int:
    return session.execute(select(func.max(Change.id))).scalar() or 0


def changes_since(
    session: Session, after_id: int, *, exclude_origin: str | None = None
) -> tuple[int, ChangeSet]:
    """The changes recorded after ``after_id`` and the id to pass next time.

    ``exclude_origin`` leaves out a process's own writes, which it has shown already.
    """
    rows = session.execute(
        select(Change.id, Change.entity, Change.op, Change.ids_json, Change.origin)
        .where(Change.id > after_id)
        .order_by(Change.id)
        .limit(MAX_CHANGE_ROWS_PER_READ + 1)
    ).all()
    if not rows:
        return after_id, EMPTY
    if len(rows) > MAX_CHANGE_ROWS_PER_READ:
        return latest_change_id(session), ChangeSet(reset=True)
    entries: set[tuple[str, str, int]] = set()
    for _, entity, op, ids_json, origin in rows:
        if origin != exclude_origin:
            entries.update((entity, op, int(i)) for i in json.loads(ids_json))
    return rows[-1].id, ChangeSet(frozenset(entries))
