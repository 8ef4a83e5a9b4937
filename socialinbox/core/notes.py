"""Notes on contacts: what the business learns about a customer ("loves cornbread").

Each note records who wrote it (the app's user) and when. Deleting only marks
the note (``deleted_at``), so a deletion can be undone; deleted notes are shown
nowhere and count for no rule. A note made from a message keeps a link to it.
Sensitive notes are hidden until revealed: lists carry them with ``sensitive``
set and front ends show a placeholder.

Several desks may edit one note: each save counts up the note's ``version``. A save
given the version its editor started from (``expected_version``) is refused with
:class:`NoteChangedElsewhere` when another desk saved in between, carrying that
desk's version so the person can see it — never a silent overwrite.

A note records the property (branch) of the desk that wrote it (``property_id``; see
``core.properties``), so that another property's return reminder can say where the
customer was known ("noted at Memphis: loves cornbread").

Search over notes is a ``LIKE`` scan of the notes table: notes are written by
hand, a few per known customer (thousands, not millions), which a scan reads in
a few milliseconds, and it needs no second full-text index to keep in sync on
SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet, Created
from socialinbox.core.errors import InvalidState, Missing, NotFound, TooLong
from socialinbox.core.users import Person, name_of
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Contact, Message, Note

if TYPE_CHECKING:
    from socialinbox.core.properties import DeskProperty

MAX_NOTE_LENGTH = 10_000


class NoteNotFound(NotFound):
    pass


class NoteChangedElsewhere(InvalidState):
    """Someone saved the note after the editor read it; ``current`` is their version."""

    def __init__(self, current: NoteInfo) -> None:
        super().__init__(
            f"note {current.id} was changed by {current.author_of_version} at "
            f"{current.updated_at:%Y-%m-%d %H:%M} UTC while you edited it; nothing was saved",
            code="note.changed_elsewhere",
            user=current.author_of_version,
        )
        self.current = current


@dataclass(frozen=True, slots=True)
class NoteInfo:
    id: int
    contact_id: int
    text: str
    pinned: bool
    sensitive: bool
    source_message_id: int | None
    author: str
    created_at: datetime
    updated_at: datetime
    # How many times the note was saved, and who saved it last.
    version: int = 1
    author_of_version: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "contact_id": self.contact_id,
            "text": self.text,
            "pinned": self.pinned,
            "sensitive": self.sensitive,
            "source_message_id": self.source_message_id,
            "author": self.author,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "version": self.version,
        }


def _info(n: Note) -> NoteInfo:
    return NoteInfo(
        n.id,
        n.contact_id,
        n.text,
        n.pinned,
        n.sensitive,
        n.source_message_id,
        n.author,
        n.created_at,
        n.updated_at,
        n.version,
        n.edited_by or n.author,
    )


def _clean(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise Missing("a note needs some text", code="note.empty")
    if len(cleaned) > MAX_NOTE_LENGTH:
        raise TooLong(
            f"a note holds at most {MAX_NOTE_LENGTH} characters",
            code="note.too_long",
            limit=MAX_NOTE_LENGTH,
        )
    return cleaned


def like_pattern(text: str) -> str:
    """A LIKE pattern that finds ``text`` anywhere, with % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contacts_with_note_text(
    session: Session, text: str, limit: int = 50, *, include_sensitive: bool = True
) -> list[int]:
    """Contacts whose live notes contain ``text`` (case-insensitive for ASCII), newest first.

    ``include_sensitive=False`` leaves sensitive notes out: a screen that shows why a
    contact was found must not reveal a hidden note by finding it."""
    return list(notes_matching(session, text, limit, include_sensitive=include_sensitive))


def notes_matching(
    session: Session, text: str, limit: int = 50, *, include_sensitive: bool = True
) -> dict[int, str]:
    """Contact id → the newest of its live notes containing ``text``, newest contact first."""
    if not text.strip():
        return {}
    conditions = [
        Note.deleted_at.is_(None),
        Note.text.ilike(like_pattern(text.strip()), escape="\\"),
    ]
    if not include_sensitive:
        conditions.append(Note.sensitive.is_(False))
    found: dict[int, str] = {}
    query = select(Note.contact_id, Note.text).where(*conditions).order_by(Note.created_at.desc())
    for contact_id, note_text in session.execute(query):
        if contact_id not in found:
            found[contact_id] = note_text
            if len(found) == limit:
                break
    return found


class Notes:
    """Notes on contacts. Writes run through the Writer; ``user`` is recorded as the author,
    ``place`` (the desk's property, None: none) as where the note was written."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        user: Person,
        origin: str = "local",
        *,
        place: DeskProperty | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._user = user
        self._origin = origin
        self._place = place

    def list_notes(self, contact_id: int) -> list[NoteInfo]:
        """A contact's notes, pinned first, then oldest first."""
        with self._db.read() as session:
            rows = session.execute(
                select(Note)
                .where(Note.contact_id == contact_id, Note.deleted_at.is_(None))
                .order_by(Note.pinned.desc(), Note.created_at, Note.id)
            ).scalars()
            return [_info(n) for n in rows]

    def get(self, note_id: int) -> NoteInfo:
        with self._db.read() as session:
            note = session.get(Note, note_id)
            if note is None:
                raise NoteNotFound(f"no note {note_id}", code="note.not_found", id=note_id)
            return _info(note)

    def search(self, text: str, limit: int = 50) -> list[NoteInfo]:
        """Live notes containing ``text``, newest first."""
        if not text.strip():
            return []
        with self._db.read() as session:
            rows = session.execute(
                select(Note)
                .where(
                    Note.deleted_at.is_(None),
                    Note.text.ilike(like_pattern(text.strip()), escape="\\"),
                )
                .order_by(Note.created_at.desc(), Note.id.desc())
                .limit(limit)
            ).scalars()
            return [_info(n) for n in rows]

    # -- writes --------------------------------------------------------------

    def add(
        self,
        contact_id: int | None,
        text: str,
        *,
        pinned: bool = False,
        sensitive: bool = False,
        source_message_id: int | None = None,
    ) -> Created:
        """Add a note; from a message, the contact may be left out (the message's is used)."""
        cleaned = _clean(text)
        now = self._clock.now()
        property_id = self._place.id if self._place is not None else None
        with self._db.write() as session:
            if source_message_id is not None:
                message_contact = session.execute(
                    select(Message.contact_id).where(Message.id == source_message_id)
                ).first()
                if message_contact is None:
                    raise NoteNotFound(
                        f"no message {source_message_id}",
                        code="message.not_found",
                        id=source_message_id,
                    )
                if contact_id is None:
                    contact_id = message_contact.contact_id
            if contact_id is None:
                raise InvalidState("the message belongs to no contact", code="message.no_contact")
            if session.get(Contact, contact_id) is None:
                raise NoteNotFound(
                    f"no contact {contact_id}", code="contact.not_found", id=contact_id
                )
            note_id = session.execute(
                insert(Note)
                .values(
                    contact_id=contact_id,
                    text=cleaned,
                    pinned=pinned,
                    sensitive=sensitive,
                    source_message_id=source_message_id,
                    author=name_of(self._user),
                    created_at=now,
                    updated_at=now,
                    property_id=property_id,
                )
                .returning(Note.id)
            ).scalar_one()
            change = ChangeSet.of(changes.NOTE, changes.INSERTED, [note_id]) | ChangeSet.of(
                changes.CONTACT, changes.UPDATED, [contact_id]
            )
            changes.record(session, change, now, self._origin)
            return Created(note_id, change)

    def edit(
        self,
        note_id: int,
        *,
        text: str | None = None,
        pinned: bool | None = None,
        sensitive: bool | None = None,
        expected_version: int | None = None,
    ) -> ChangeSet:
        """Save the given fields. ``expected_version``: the version the editor started
        from; if another desk saved since, :class:`NoteChangedElsewhere` and nothing is
        saved (None: no check, for a single switch such as pinning)."""
        values: dict[str, object] = {}
        if text is not None:
            values["text"] = _clean(text)
        if pinned is not None:
            values["pinned"] = pinned
        if sensitive is not None:
            values["sensitive"] = sensitive
        return self._update(note_id, values, only_live=True, expected_version=expected_version)

    def delete(self, note_id: int) -> ChangeSet:
        """Mark the note deleted; :meth:`undelete` brings it back."""
        return self._update(note_id, {"deleted_at": self._clock.now()}, only_live=True)

    def undelete(self, note_id: int) -> ChangeSet:
        return self._update(note_id, {"deleted_at": None}, only_live=False)

    def _update(
        self,
        note_id: int,
        values: dict[str, object],
        *,
        only_live: bool,
        expected_version: int | None = None,
    ) -> ChangeSet:
        now = self._clock.now()
        with self._db.write() as session:
            note = session.get(Note, note_id)
            if note is None or (only_live and note.deleted_at is not None):
                raise NoteNotFound(f"no note {note_id}", code="note.not_found", id=note_id)
            if expected_version is not None and note.version != expected_version:
                raise NoteChangedElsewhere(_info(note))
            session.execute(
                update(Note)
                .where(Note.id == note_id)
                .values(
                    updated_at=now,
                    version=Note.version + 1,
                    edited_by=name_of(self._user),
                    **values,
                )
            )
            change = ChangeSet.of(changes.NOTE, changes.UPDATED, [note_id]) | ChangeSet.of(
                changes.CONTACT, changes.UPDATED, [note.contact_id]
            )
            changes.record(session, change, now, self._origin)
            return change
