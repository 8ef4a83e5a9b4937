"""What a user does to messages: mark read or unread, done or not done."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import and_, false, select, true, update

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Message


class MessageActions:
    """Writes on messages. Call through the Writer."""

    def __init__(self, db: Database, clock: Clock, origin: str = "local") -> None:
        self._db = db
        self._clock = clock
        self._origin = origin

    def set_read(self, ids: Collection[int], read: bool) -> ChangeSet:
        return self._set(ids, Message.read != read, {"read": read})

    def set_done(self, ids: Collection[int], done: bool) -> ChangeSet:
        # Done messages stop waiting for a reply; undoing brings them back if
        # nobody has replied in the meantime.
        needs_reply = (
            false()
            if done
            else and_(
                Message.inbound == true(),
                Message.replied_at.is_(None),
                Message.deleted_at.is_(None),
            )
        )
        return self._set(ids, Message.done != done, {"done": done, "needs_reply": needs_reply})

    def _set(self, ids: Collection[int], differs: object, values: dict[str, object]) -> ChangeSet:
        if not ids:
            return changes.EMPTY
        with self._db.write() as session:
            touched = list(
                session.execute(
                    select(Message.id).where(Message.id.in_(sorted(ids)), differs)  # type: ignore[arg-type]
                ).scalars()
            )
            if not touched:
                return changes.EMPTY
            session.execute(update(Message).where(Message.id.in_(touched)).values(**values))
            change = ChangeSet.of(changes.MESSAGE, changes.UPDATED, touched)
            changes.record(session, change, self._clock.now(), self._origin)
            return change
