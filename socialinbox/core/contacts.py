"""Contacts: one customer, whatever networks they write from.

Rules for callers:

- Every inbound identity belongs to exactly one contact (ingest creates one on
  the first message). :meth:`Contacts.link` adds an identity by hand, in the
  form its network delivers it (``core.networks``); where what was typed does
  not give the key (a Bluesky handle) it gets its key on its first message.
- :meth:`Contacts.merge` moves everything of one contact to another and keeps a
  record, so :meth:`Contacts.undo_merge` can move it back; the merged contact
  stays as a husk (``merged_into_id``) and is listed nowhere.
- :meth:`Contacts.suggestions` only suggests, with the evidence; nothing merges
  on its own.
- Writes run through the Writer and record their change set in the feed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import delete, func, insert, select, text, true, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes, lookup
from socialinbox.core.changes import ChangeSet, Created
from socialinbox.core.emails import find_emails
from socialinbox.core.errors import InvalidState, Missing, NotFound
from socialinbox.core.names import EMAIL, PHONE
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.core.notes import contacts_with_note_text
from socialinbox.core.phones import find_phones, normalise_phone
from socialinbox.core.response_levels import recompute_for_contacts
from socialinbox.core.timefmt import iso_or_none
from socialinbox.core.users import Person, name_of
from socialinbox.storage.database import Database
from socialinbox.storage.dialect import received_by
from socialinbox.storage.schema import (
    Contact,
    ContactMerge,
    ContactTag,
    ContactTerm,
    Identity,
    Message,
    Note,
    OutboxItem,
    Reminder,
    Stay,
)

if TYPE_CHECKING:
    from socialinbox.core.properties import DeskProperty

_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')]+")
# Hosts of networks and big services: the same one in two profiles proves nothing.
_COMMON_HOSTS = {
    "x.com",
    "twitter.com",
    "facebook.com",
    "instagram.com",
    "bsky.app",
    "google.com",
    "maps.google.com",
    "youtube.com",
    "t.me",
    "matrix.to",
    "linktr.ee",
    "gmail.com",
}

# What belongs to a contact and moves with a merge (and back with its undo).
_MOVED_ROWS: tuple[
    tuple[type[Identity | Note | Message | Reminder | Stay | OutboxItem], str], ...
] = (
    (Identity, "identities"),
    (Note, "notes"),
    (Message, "messages"),
    (Reminder, "reminders"),
    (Stay, "stays"),
    (OutboxItem, "outbox"),
)


# How many contacts sharing a name's words are compared for a "same name" suggestion.
SAME_NAME_CANDIDATES = 200

# Whole lists and exports are read this many rows at a time (memory stays one chunk's).
READ_CHUNK = 1000


class ContactNotFound(NotFound):
    pass


class ContactChangedElsewhere(InvalidState):
    """Someone saved the card's fields after the editor read them (see
    :meth:`Contacts.update`); ``current`` is the card as they saved it."""

    def __init__(self, current: ContactCard) -> None:
        super().__init__(
            f"contact {current.id} was changed by {current.edited_by} while you edited it; "
            "nothing was saved",
            code="contact.changed_elsewhere",
            user=current.edited_by,
        )
        self.current = current


class ContactConflict(InvalidState):
    """A request that would break a rule (e.g. linking an identity another contact has)."""


@dataclass(frozen=True, slots=True)
class IdentityInfo:
    id: int
    channel: str
    key: str | None
    handle: str | None
    display_name: str | None
    profile_url: str | None
    last_seen_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "channel": self.channel,
            "handle": self.handle or self.key,
            "key": self.key,
            "display_name": self.display_name,
            "profile_url": self.profile_url,
            "last_seen_at": iso_or_none(self.last_seen_at),
        }


@dataclass(frozen=True, slots=True)
class ContactSummary:
    """A contact as lists show it (``contacts --json``)."""

    id: int
    name: str
    vip: bool
    preferred_channel: str | None
    identities: tuple[IdentityInfo, ...]
    notes_count: int
    follow_up_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "vip": self.vip,
            "preferred_channel": self.preferred_channel,
            "identities": [i.as_json() for i in self.identities],
            "notes_count": self.notes_count,
            "follow_up_at": iso_or_none(self.follow_up_at),
        }


@dataclass(frozen=True, slots=True)
class StayInfo:
    id: int
    reservation: str | None
    guest_name: str
    email: str | None
    phone: str | None
    room: str | None
    arrival: str
    departure: str | None


@dataclass(frozen=True, slots=True)
class ContactCard:
    """Everything the customer card shows, except the timeline (paged separately)."""

    summary: ContactSummary
    tags: tuple[str, ...]
    topics: tuple[str, ...]
    stays: tuple[StayInfo, ...]
    merged_into_id: int | None
    # How many times the card's fields were saved, and who saved them last.
    version: int = 1
    edited_by: str = ""

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def identities(self) -> tuple[IdentityInfo, ...]:
        return self.summary.identities


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What :meth:`Contacts.merge` would move from ``other`` to ``keep``."""

    keep: ContactSummary
    other: ContactSummary
    messages: int
    notes: int
    reminders: int
    stays: int
    tags: tuple[str, ...]


# What two contacts share, as a suggestion's evidence says it (the kinds of Evidence).
EVIDENCE_WORDS = {"name": "name", "email": "e-mail", "phone": "phone", "site": "website"}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason two contacts may be the same person: both have ``value`` as their
    ``kind`` (a key of EVIDENCE_WORDS). A window words the kind; ``english`` is the CLI's."""

    kind: str
    value: str

    @property
    def english(self) -> str:
        return f"same {EVIDENCE_WORDS[self.kind]}: {self.value}"


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    contact_id: int
    other_id: int
    proofs: tuple[Evidence, ...] = field(default=())

    @property
    def evidence(self) -> tuple[str, ...]:
        """The evidence in English (``contacts suggest`` prints and exports it)."""
        return tuple(proof.english for proof in self.proofs)


class Contacts:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        user: Person,
        networks: NetworkCatalogue,
        origin: str = "local",
        *,
        place: DeskProperty | None = None,
    ) -> None:
        """``place``: the desk's property, where a card made by hand is first known."""
        self._db = db
        self._clock = clock
        self._user = user
        self._networks = networks
        self._origin = origin
        self._place = place

    # -- reading -------------------------------------------------------------

    def list_contacts(
        self, search: str | None = None, limit: int | None = None
    ) -> list[ContactSummary]:
        """Live contacts by name; with ``search``, those whose name, handle, e-mail, phone,
        room or reservation starts with the words typed, then those with a note containing it."""
        if search and search.strip():
            with self._db.read() as session:
                cap = limit or 200
                ids = lookup.find_contact_ids(session, search, cap)
                for cid in contacts_with_note_text(session, search, cap):
                    if cid not in ids:
                        ids.append(cid)
                return _summaries(session, _live(session, ids)[:cap])
        return list(self.iter_contacts(limit))

    def iter_contacts(
        self, limit: int | None = None, chunk: int = READ_CHUNK
    ) -> Iterator[ContactSummary]:
        """Every live contact by name (the first ``limit``), read ``chunk`` at a time: one
        query for the list, three per chunk for identities and note counts, never one per
        contact. Run it to the end on one thread (it holds a read transaction)."""
        stmt = (
            select(Contact.id)
            .where(Contact.merged_into_id.is_(None))
            .order_by(Contact.display_name, Contact.id)
            .execution_options(yield_per=chunk)
        )
        if limit:
            stmt = stmt.limit(limit)
        with self._db.read() as session:
            for ids in session.connection().execute(stmt).scalars().partitions():
                yield from _summaries(session, ids)

    def lookup(self, text: str, limit: int = lookup.LOOKUP_LIMIT) -> list[lookup.LookupHit]:
        """The front desk's quick lookup (index-backed; see ``core.lookup``)."""
        with self._db.read() as session:
            return lookup.lookup(session, text, limit)

    def vip_among(self, contact_ids: Collection[int]) -> set[int]:
        """Which of these contacts are VIPs (one query, for a list's marks)."""
        wanted = sorted({i for i in contact_ids if i is not None})
        if not wanted:
            return set()
        with self._db.read() as session:
            return set(
                session.execute(
                    select(Contact.id).where(Contact.id.in_(wanted), Contact.vip == true())
                ).scalars()
            )

    def get(self, contact_id: int) -> ContactCard:
        with self._db.read() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise ContactNotFound(
                    f"no contact {contact_id}", code="contact.not_found", id=contact_id
                )
            return self._card(session, contact)

    @staticmethod
    def _card(session: Session, contact: Contact) -> ContactCard:
        contact_id = contact.id
        [summary] = _summaries(session, [contact_id])
        tags = session.execute(
            select(ContactTag.tag).where(ContactTag.contact_id == contact_id).order_by("tag")
        ).scalars()
        stays = session.execute(
            select(Stay).where(Stay.contact_id == contact_id).order_by(Stay.arrival.desc())
        ).scalars()
        return ContactCard(
            summary=summary,
            tags=tuple(tags),
            topics=tuple(json.loads(contact.topics_json or "[]")),
            stays=tuple(
                StayInfo(
                    s.id,
                    s.reservation,
                    s.guest_name,
                    s.email,
                    s.phone,
                    s.room,
                    s.arrival.isoformat(),
                    s.departure.isoformat() if s.departure else None,
                )
                for s in stays
            ),
            merged_into_id=contact.merged_into_id,
            version=contact.version,
            edited_by=contact.edited_by or "",
        )

    def timeline(self, contact_id: int, limit: int = 200) -> list[int]:
        """Ids of the contact's messages, in and out, every channel, newest first."""
        with self._db.read() as session:
            return list(
                session.execute(
                    select(Message.id)
                    .where(Message.contact_id == contact_id)
                    .order_by(Message.created_at.desc(), Message.id.desc())
                    .limit(limit)
                ).scalars()
            )

    def message_count(self, contact_id: int) -> int:
        """How many messages, in and out, the contact has (one count over an index)."""
        with self._db.read() as session:
            return session.execute(
                select(func.count()).select_from(Message).where(Message.contact_id == contact_id)
            ).scalar_one()

    def names(self, contact_ids: Iterable[int]) -> dict[int, str]:
        """The names of the given contacts that exist (erased ones are left out), in one
        query: for lists that name other contacts (merges), never one read per row."""
        ids = sorted(set(contact_ids))
        if not ids:
            return {}
        with self._db.read() as session:
            found = session.execute(
                select(Contact.id, Contact.display_name).where(Contact.id.in_(ids))
            )
            return {cid: name for cid, name in found}

    # -- editing -------------------------------------------------------------

    def update(
        self,
        contact_id: int,
        *,
        name: str | None = None,
        vip: bool | None = None,
        preferred_channel: str | None = None,
        topics: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        expected_version: int | None = None,
    ) -> ChangeSet:
        """Change the card's fields; ``preferred_channel=""`` clears it.

        ``expected_version``: the card's version the editor started from; if another
        desk saved the card since, :class:`ContactChangedElsewhere` (with their card) and
        nothing is saved. None: no check (a single switch such as VIP)."""
        now = self._clock.now()
        values: dict[str, Any] = {
            "updated_at": now,
            "version": Contact.version + 1,
            "edited_by": name_of(self._user),
        }
        if name is not None:
            if not name.strip():
                raise Missing("a contact needs a name", code="contact.no_name")
            values["display_name"] = name.strip()[:300]
        if vip is not None:
            values["vip"] = vip
        if preferred_channel is not None:
            values["preferred_channel"] = preferred_channel or None
        if topics is not None:
            values["topics_json"] = json.dumps([t.strip() for t in topics if t.strip()])
        with self._db.write() as session:
            contact = _require(session, contact_id)
            if expected_version is not None and contact.version != expected_version:
                raise ContactChangedElsewhere(self._card(session, contact))
            session.execute(update(Contact).where(Contact.id == contact_id).values(**values))
            if tags is not None:
                session.execute(delete(ContactTag).where(ContactTag.contact_id == contact_id))
                wanted = sorted({t.strip()[:100] for t in tags if t.strip()})
                if wanted:
                    session.execute(
                        insert(ContactTag), [{"contact_id": contact_id, "tag": t} for t in wanted]
                    )
            if name is not None:
                lookup.reindex_contacts(session, [contact_id])
            return self._record(
                session, ChangeSet.of(changes.CONTACT, changes.UPDATED, [contact_id])
            )

    def create(self, name: str) -> Created:
        now = self._clock.now()
        property_id = self._place.id if self._place is not None else None
        with self._db.write() as session:
            contact_id = new_contact(session, name, now, property_id=property_id)
            lookup.reindex_contacts(session, [contact_id])
            change = ChangeSet.of(changes.CONTACT, changes.INSERTED, [contact_id])
            return Created(contact_id, self._record(session, change))

    def link(self, contact_id: int, channel: str, handle: str) -> Created:
        """Link an identity to a contact by hand. Returns the identity's id.

        ``handle`` is what the user typed, in any usual form (``@name`` or ``name``,
        any case, a profile address, ``mailto:``, a phone number with or without
        its country code); the network's rule turns it into the key its messages
        will carry, or, where that needs the network (a Bluesky handle's DID), into
        the handle as messages deliver it, and the identity gets its key on its first
        message. Bad input raises InvalidIdentityKey (an InvalidValue) saying what the
        network expects. An identity that belongs to another contact is refused:
        merge the two contacts instead.
        """
        channel = channel.strip().lower()
        if not channel or not handle.strip():
            raise Missing("give a channel and a handle", code="identity.missing")
        typed = self._networks.typed(channel, handle)
        key, shown = typed.key, typed.handle
        now = self._clock.now()
        with self._db.write() as session:
            _require(session, contact_id)
            # By handle: also an identity that met her messages already (it has a key and
            # the handle as delivered, in whatever case the network spells it).
            condition = (
                Identity.key == key
                if key is not None
                else func.lower(Identity.handle) == (shown or "").lower()
            )
            existing = session.execute(
                select(Identity.id, Identity.contact_id).where(
                    Identity.channel == channel, condition
                )
            ).first()
            if existing is not None:
                if existing.contact_id == contact_id:
                    return Created(existing.id, changes.EMPTY)
                raise ContactConflict(
                    f"{channel} {shown or key} belongs to contact {existing.contact_id}; "
                    f"merge the two contacts instead",
                    code="identity.taken",
                    channel=channel,
                    handle=shown or key,
                    contact_id=existing.contact_id,
                )
            identity_id = session.execute(
                insert(Identity)
                .values(
                    channel=channel,
                    key=key,
                    handle=shown,
                    contact_id=contact_id,
                    created_at=now,
                )
                .returning(Identity.id)
            ).scalar_one()
            # Messages already stored from this e-mail address or phone join the contact.
            lookup.reindex_contacts(session, [contact_id])
            change = ChangeSet.of(changes.IDENTITY, changes.INSERTED, [identity_id]) | ChangeSet.of(
                changes.CONTACT, changes.UPDATED, [contact_id]
            )
            return Created(identity_id, self._record(session, change))

    # -- merge, undo, split --------------------------------------------------------

    def merge_preview(self, keep_id: int, other_id: int) -> MergePreview:
        if keep_id == other_id:
            raise ContactConflict(
                "a contact cannot be merged with itself", code="merge.with_itself"
            )
        with self._db.read() as session:
            for cid in (keep_id, other_id):
                _require(session, cid, live=True)
            keep, other = _summaries(session, [keep_id, other_id])

            def count(model: Any) -> int:
                return session.execute(
                    select(func.count()).select_from(model).where(model.contact_id == other_id)
                ).scalar_one()

            return MergePreview(
                keep=keep,
                other=other,
                messages=count(Message),
                notes=session.execute(
                    select(func.count(Note.id)).where(
                        Note.contact_id == other_id, Note.deleted_at.is_(None)
                    )
                ).scalar_one(),
                reminders=count(Reminder),
                stays=count(Stay),
                tags=tuple(_tags(session, other_id) - _tags(session, keep_id)),
            )

    def merge(self, keep_id: int, other_id: int) -> Created:
        """Move everything of ``other_id`` to ``keep_id``. Returns the merge's id for undo."""
        if keep_id == other_id:
            raise ContactConflict(
                "a contact cannot be merged with itself", code="merge.with_itself"
            )
        now = self._clock.now()
        with self._db.write() as session:
            keep = _require(session, keep_id, live=True)
            other = _require(session, other_id, live=True)

            def ids_of(model: Any) -> list[int]:
                return list(
                    session.execute(select(model.id).where(model.contact_id == other_id)).scalars()
                )

            # A reminder the kept contact has already (same kind and trigger) stays behind.
            keep_triggers = set(
                session.execute(
                    select(Reminder.kind, Reminder.trigger).where(Reminder.contact_id == keep_id)
                ).all()
            )
            reminders = [
                r.id
                for r in session.execute(
                    select(Reminder.id, Reminder.kind, Reminder.trigger).where(
                        Reminder.contact_id == other_id
                    )
                )
                if (r.kind, r.trigger) not in keep_triggers
            ]
            moved: dict[str, Any] = {
                "identities": ids_of(Identity),
                "notes": ids_of(Note),
                "messages": ids_of(Message),
                "reminders": reminders,
                "stays": ids_of(Stay),
                "outbox": ids_of(OutboxItem),
                "tags": sorted(_tags(session, other_id) - _tags(session, keep_id)),
                "keep_before": {
                    "vip": keep.vip,
                    "preferred_channel": keep.preferred_channel,
                    "follow_up_at": iso_or_none(keep.follow_up_at),
                    "topics_json": keep.topics_json,
                    "display_name": keep.display_name,
                },
            }
            for model, key in _MOVED_ROWS:
                _move(session, model, moved[key], keep_id)
            if moved["tags"]:
                session.execute(
                    insert(ContactTag), [{"contact_id": keep_id, "tag": t} for t in moved["tags"]]
                )
            topics = json.loads(keep.topics_json or "[]")
            topics += [t for t in json.loads(other.topics_json or "[]") if t not in topics]
            follow_ups = [d for d in (keep.follow_up_at, other.follow_up_at) if d is not None]
            session.execute(
                update(Contact)
                .where(Contact.id == keep_id)
                .values(
                    vip=keep.vip or other.vip,
                    preferred_channel=keep.preferred_channel or other.preferred_channel,
                    topics_json=json.dumps(topics),
                    follow_up_at=min(follow_ups) if follow_ups else None,
                    updated_at=now,
                )
            )
            session.execute(
                update(Contact)
                .where(Contact.id == other_id)
                .values(merged_into_id=keep_id, updated_at=now)
            )
            merge_id = session.execute(
                insert(ContactMerge)
                .values(
                    keep_id=keep_id,
                    other_id=other_id,
                    moved_json=json.dumps(moved),
                    author=name_of(self._user),
                    created_at=now,
                )
                .returning(ContactMerge.id)
            ).scalar_one()
            lookup.reindex_contacts(session, [keep_id, other_id])
            change = _moved_change(moved, keep_id, other_id)
            # Her answers on one card now follow her messages on the other.
            change |= recompute_for_contacts(session, [keep_id], None, now)
            return Created(merge_id, self._record(session, change))

    def merges_of(self, contact_id: int) -> list[tuple[int, int, datetime]]:
        """Undoable merges into a contact: (merge id, merged contact id, when), newest first."""
        with self._db.read() as session:
            return [
                (r.id, r.other_id, r.created_at)
                for r in session.execute(
                    select(ContactMerge)
                    .where(ContactMerge.keep_id == contact_id, ContactMerge.undone_at.is_(None))
                    .order_by(ContactMerge.id.desc())
                ).scalars()
            ]

    def undo_merge(self, merge_id: int) -> ChangeSet:
        """Move back what the merge moved (what is still with the kept contact) and restore
        the kept contact's fields. Notes and messages added after the merge stay."""
        now = self._clock.now()
        with self._db.write() as session:
            merge = session.get(ContactMerge, merge_id)
            if merge is None or merge.undone_at is not None:
                raise ContactConflict(
                    f"merge {merge_id} does not exist or was undone already",
                    code="merge.gone",
                    merge_id=merge_id,
                )
            other = _require(session, merge.other_id)
            if other.merged_into_id != merge.keep_id:
                raise ContactConflict(
                    f"contact {merge.other_id} is no longer merged",
                    code="merge.not_merged",
                    contact_id=merge.other_id,
                )
            moved = json.loads(merge.moved_json)
            for model, key in _MOVED_ROWS:
                ids = moved.get(key, [])
                for start in range(0, len(ids), 500):
                    session.execute(
                        update(model)
                        .where(
                            model.id.in_(ids[start : start + 500]),
                            model.contact_id == merge.keep_id,
                        )
                        .values(contact_id=merge.other_id)
                    )
            if moved.get("tags"):
                session.execute(
                    delete(ContactTag).where(
                        ContactTag.contact_id == merge.keep_id, ContactTag.tag.in_(moved["tags"])
                    )
                )
            before = moved.get("keep_before", {})
            follow_up = before.get("follow_up_at")
            session.execute(
                update(Contact)
                .where(Contact.id == merge.keep_id)
                .values(
                    vip=bool(before.get("vip")),
                    preferred_channel=before.get("preferred_channel"),
                    topics_json=before.get("topics_json") or "[]",
                    follow_up_at=datetime.fromisoformat(follow_up) if follow_up else None,
                    updated_at=now,
                )
            )
            session.execute(
                update(Contact)
                .where(Contact.id == merge.other_id)
                .values(merged_into_id=None, updated_at=now)
            )
            session.execute(
                update(ContactMerge).where(ContactMerge.id == merge_id).values(undone_at=now)
            )
            lookup.reindex_contacts(session, [merge.keep_id, merge.other_id])
            change = _moved_change(moved, merge.keep_id, merge.other_id)
            change |= recompute_for_contacts(session, [merge.keep_id, merge.other_id], None, now)
            return self._record(session, change)

    def split(self, identity_id: int) -> Created:
        """Move one identity, and the messages written from it, to a new contact of its own.

        Notes stay where they are. Returns the new contact's id; merging it back undoes.
        """
        now = self._clock.now()
        with self._db.write() as session:
            identity = session.get(Identity, identity_id)
            if identity is None:
                raise ContactNotFound(
                    f"no identity {identity_id}", code="identity.not_found", id=identity_id
                )
            old_id = identity.contact_id
            count = session.execute(
                select(func.count(Identity.id)).where(Identity.contact_id == old_id)
            ).scalar_one()
            if count < 2:
                raise ContactConflict(
                    "the contact has only this identity; nothing to split", code="split.last"
                )
            name = identity.display_name or identity.handle or identity.key or "Unknown"
            new_id = new_contact(session, name, now)
            session.execute(
                update(Identity).where(Identity.id == identity_id).values(contact_id=new_id)
            )
            message_ids = list(
                session.execute(
                    select(Message.id).where(Message.identity_id == identity_id)
                ).scalars()
            )
            _move(session, Message, message_ids, new_id)
            lookup.reindex_contacts(session, [old_id, new_id])
            change = (
                ChangeSet.of(changes.CONTACT, changes.INSERTED, [new_id])
                | ChangeSet.of(changes.CONTACT, changes.UPDATED, [old_id])
                | ChangeSet.of(changes.IDENTITY, changes.UPDATED, [identity_id])
                | ChangeSet.of(changes.MESSAGE, changes.UPDATED, message_ids)
            )
            change |= recompute_for_contacts(session, [old_id, new_id], None, now)
            return Created(new_id, self._record(session, change))

    # -- suggestions -------------------------------------------------------------

    def suggestions(self, contact_id: int) -> list[MergeSuggestion]:
        """Contacts that may be the same person as ``contact_id``, with the evidence.

        Evidence: the same e-mail address or phone number (an identity, a guest
        record, or written in a message), the same personal website in a
        profile or a message, the same name. Never merges.
        """
        with self._db.read() as session:
            _require(session, contact_id, live=True)
            mine = _evidence_of(session, [contact_id]).get(contact_id, {})
            found: dict[int, list[Evidence]] = {}
            name = mine.pop("name", set())
            if name:
                # Candidates from the lookup index (every word of the name), then compared
                # whole: never a pass over every contact, which a large inbox cannot afford.
                candidates = {
                    cid
                    for each in name
                    for cid in lookup.find_contact_ids(session, each, SAME_NAME_CANDIDATES)
                }
                candidates.discard(contact_id)
                for cid, display in session.execute(
                    select(Contact.id, Contact.display_name).where(
                        Contact.id.in_(candidates), Contact.merged_into_id.is_(None)
                    )
                ):
                    if lookup.normalise(display).strip() in name:
                        found.setdefault(cid, []).append(Evidence("name", display))
            # Other contacts holding one of these values as an identity, a stay or in a text.
            values = {v for kind in ("email", "phone", "site") for v in mine.get(kind, set())}
            if values:
                for cid, kind, value in _holders(session, values):
                    if cid != contact_id:
                        found.setdefault(cid, []).append(Evidence(kind, value))
            live = set(_live(session, list(found)))
            return [
                MergeSuggestion(contact_id, cid, tuple(dict.fromkeys(evidence)))
                for cid, evidence in sorted(found.items())
                if cid in live
            ]

    # -- privacy -------------------------------------------------------------------

    def export(self, contact_id: int) -> dict[str, Any]:
        """Everything the app holds about one contact (and contacts merged into it), as JSON."""
        return {
            name: list(part) if isinstance(part, Iterator) else part
            for name, part in self.export_parts(contact_id)
        }

    def export_parts(self, contact_id: int) -> Iterator[tuple[str, Any]]:
        """:meth:`export`'s fields in order, as they are read: the lists of rows come as
        iterators over rows fetched ``READ_CHUNK`` at a time (one query per list), so an
        export of many messages can be written as it is read. Consume each list before
        asking for the next field. Raises ContactNotFound on the first ``next``."""
        with self._db.read() as session:
            _require(session, contact_id)
            ids = _with_merged(session, contact_id)
            everyone = list(_export_rows(session, Contact, Contact.id, ids))
            yield "contact", next(r for r in everyone if r["id"] == contact_id)
            yield "merged_contacts", [r for r in everyone if r["id"] != contact_id]
            yield "tags", sorted(_tags(session, contact_id))
            for name, model in _EXPORTED_ROWS:
                yield name, _export_rows(session, model, model.contact_id, ids)

    def erase(self, contact_id: int) -> ChangeSet:
        """Erase a contact and everything about them: identities, notes, reminders, stays,
        messages (in and out) and their search-index entries, and contacts merged into it.

        SQLite's ``secure_delete`` overwrites the freed pages; the search index is
        optimised afterwards so no deleted words stay in its segments (on a large
        database that takes a few seconds).
        """
        now = self._clock.now()
        with self._db.write() as session:
            _require(session, contact_id)
            ids = _with_merged(session, contact_id)
            sqlite = session.get_bind().dialect.name == "sqlite"
            if sqlite:
                session.execute(text("PRAGMA secure_delete = ON"))
            message_ids = list(
                session.execute(select(Message.id).where(Message.contact_id.in_(ids))).scalars()
            )
            for start in range(0, len(message_ids), 500):
                session.execute(
                    delete(Message).where(Message.id.in_(message_ids[start : start + 500]))
                )
            session.execute(
                delete(OutboxItem).where(
                    OutboxItem.contact_id.in_(ids), OutboxItem.state != "sending"
                )
            )
            session.execute(
                delete(ContactMerge).where(
                    (ContactMerge.keep_id.in_(ids)) | (ContactMerge.other_id.in_(ids))
                )
            )
            for model in (Note, Reminder, Stay, Identity, ContactTag, ContactTerm):
                session.execute(delete(model).where(model.contact_id.in_(ids)))
            session.execute(
                update(Contact).where(Contact.merged_into_id.in_(ids)).values(merged_into_id=None)
            )
            session.execute(delete(Contact).where(Contact.id.in_(ids)))
            if sqlite and message_ids:
                session.execute(text("INSERT INTO messages_fts(messages_fts) VALUES ('optimize')"))
            change = ChangeSet.of(changes.CONTACT, changes.DELETED, ids) | ChangeSet.of(
                changes.MESSAGE, changes.DELETED, message_ids
            )
            changes.record(session, change, now, self._origin)
        if sqlite:
            # Old page versions wait in the write-ahead log until a checkpoint copies
            # (and secure_delete zeroes) them: make that happen now.
            raw = self._db.write_engine.raw_connection()
            try:
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        return change

    def _record(self, session: Session, change: ChangeSet) -> ChangeSet:
        changes.record(session, change, self._clock.now(), self._origin)
        return change


# -- helpers shared by the methods above (and by the arrivals import) -------------------


def new_contact(
    session: Session, name: str, now: datetime, *, property_id: int | None = None
) -> int:
    """Insert a contact first known at ``property_id`` (None: no property); the caller
    reindexes it for lookup once its rows are in."""
    return session.execute(
        insert(Contact)
        .values(
            display_name=(name.strip() or "Unknown")[:300],
            vip=False,
            topics_json="[]",
            created_at=now,
            updated_at=now,
            property_id=property_id,
        )
        .returning(Contact.id)
    ).scalar_one()


def require_live_contact(session: Session, contact_id: int) -> Contact:
    """The contact, or ContactNotFound; ContactConflict naming the contact it was merged into."""
    return _require(session, contact_id, live=True)


def _require(session: Session, contact_id: int, *, live: bool = False) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ContactNotFound(f"no contact {contact_id}", code="contact.not_found", id=contact_id)
    if live and contact.merged_into_id is not None:
        raise ContactConflict(
            f"contact {contact_id} was merged into contact {contact.merged_into_id}",
            code="contact.merged",
            contact_id=contact_id,
            into=contact.merged_into_id,
        )
    return contact


def _live(session: Session, ids: Sequence[int]) -> list[int]:
    if not ids:
        return []
    live = set(
        session.execute(
            select(Contact.id).where(Contact.id.in_(ids), Contact.merged_into_id.is_(None))
        ).scalars()
    )
    return [i for i in ids if i in live]


def _with_merged(session: Session, contact_id: int) -> list[int]:
    """The contact and every contact merged into it, transitively."""
    ids = [contact_id]
    frontier = [contact_id]
    while frontier:
        frontier = list(
            session.execute(
                select(Contact.id).where(Contact.merged_into_id.in_(frontier))
            ).scalars()
        )
        frontier = [i for i in frontier if i not in ids]
        ids.extend(frontier)
    return ids


def _tags(session: Session, contact_id: int) -> set[str]:
    return set(
        session.execute(select(ContactTag.tag).where(ContactTag.contact_id == contact_id)).scalars()
    )


def _move(session: Session, model: Any, ids: Sequence[int], contact_id: int) -> None:
    for start in range(0, len(ids), 500):
        session.execute(
            update(model)
            .where(model.id.in_(ids[start : start + 500]))
            .values(contact_id=contact_id)
        )


def _moved_change(moved: dict[str, Any], keep_id: int, other_id: int) -> ChangeSet:
    return (
        ChangeSet.of(changes.CONTACT, changes.UPDATED, [keep_id, other_id])
        | ChangeSet.of(changes.IDENTITY, changes.UPDATED, moved.get("identities", []))
        | ChangeSet.of(changes.NOTE, changes.UPDATED, moved.get("notes", []))
        | ChangeSet.of(changes.MESSAGE, changes.UPDATED, moved.get("messages", []))
        | ChangeSet.of(changes.REMINDER, changes.UPDATED, moved.get("reminders", []))
        | ChangeSet.of(changes.OUTBOX, changes.UPDATED, moved.get("outbox", []))
    )


def _summaries(session: Session, ids: Sequence[int]) -> list[ContactSummary]:
    if not ids:
        return []
    # Columns, not ORM objects: lists of thousands of contacts are read through here.
    contacts = {
        c.id: c
        for c in session.execute(
            select(
                Contact.id,
                Contact.display_name,
                Contact.vip,
                Contact.preferred_channel,
                Contact.follow_up_at,
            ).where(Contact.id.in_(ids))
        )
    }
    identities: dict[int, list[IdentityInfo]] = {}
    for i in session.execute(
        select(
            Identity.contact_id,
            Identity.id,
            Identity.channel,
            Identity.key,
            Identity.handle,
            Identity.display_name,
            Identity.profile_url,
            Identity.last_seen_at,
        )
        .where(Identity.contact_id.in_(ids))
        .order_by(Identity.id)
    ):
        identities.setdefault(i.contact_id, []).append(
            IdentityInfo(
                i.id, i.channel, i.key, i.handle, i.display_name, i.profile_url, i.last_seen_at
            )
        )
    counts: dict[int, int] = {
        cid: n
        for cid, n in session.execute(
            select(Note.contact_id, func.count(Note.id))
            .where(Note.contact_id.in_(ids), Note.deleted_at.is_(None))
            .group_by(Note.contact_id)
        )
    }
    return [
        ContactSummary(
            id=c.id,
            name=c.display_name,
            vip=c.vip,
            preferred_channel=c.preferred_channel,
            identities=tuple(identities.get(c.id, ())),
            notes_count=counts.get(c.id, 0),
            follow_up_at=c.follow_up_at,
        )
        for c in (contacts.get(i) for i in ids)
        if c is not None
    ]


def _site(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    if not host or host in _COMMON_HOSTS or any(host.endswith("." + h) for h in _COMMON_HOSTS):
        return None
    return host


def _evidence_of(session: Session, ids: Iterable[int]) -> dict[int, dict[str, set[str]]]:
    """Names, e-mail addresses, phones and personal websites known for each contact."""
    found: dict[int, dict[str, set[str]]] = {}

    def add(cid: int | None, kind: str, value: str | None) -> None:
        if cid is not None and value:
            found.setdefault(cid, {}).setdefault(kind, set()).add(value)

    ids = list(ids)
    for cid, name in session.execute(
        select(Contact.id, Contact.display_name).where(Contact.id.in_(ids))
    ):
        add(cid, "name", lookup.normalise(name).strip())
    for cid, channel, key, handle, url in session.execute(
        select(
            Identity.contact_id,
            Identity.channel,
            Identity.key,
            Identity.handle,
            Identity.profile_url,
        ).where(Identity.contact_id.in_(ids))
    ):
        if channel == EMAIL:
            add(cid, "email", (key or handle or "").lower())
        elif channel == PHONE:
            add(cid, "phone", key or normalise_phone(handle or ""))
        if url:
            add(cid, "site", _site(url))
    for cid, email, phone in session.execute(
        select(Stay.contact_id, Stay.email, Stay.phone).where(Stay.contact_id.in_(ids))
    ):
        add(cid, "email", (email or "").lower())
        add(cid, "phone", phone)
    for sender, body in session.execute(
        select(Message.contact_id, Message.text)
        .where(received_by(ids))
        .order_by(Message.created_at.desc())
        .limit(500)
    ):
        for email in find_emails(body or ""):
            add(sender, "email", email)
        for phone in find_phones(body or ""):
            add(sender, "phone", phone)
        for url in _URL_IN_TEXT.findall(body or ""):
            add(sender, "site", _site(url))
    return found


def _holders(session: Session, values: set[str]) -> list[tuple[int, str, str]]:
    """(contact, kind, value) for contacts that hold one of ``values``: as an identity key,
    on a guest record, in a profile address or written in a message."""
    held: list[tuple[int, str, str]] = []
    emails = [v for v in values if "@" in v]
    phones = [v for v in values if v.startswith("+")]
    sites = [v for v in values if v not in emails and v not in phones]
    if emails or phones:
        for cid, channel, key in session.execute(
            select(Identity.contact_id, Identity.channel, Identity.key).where(
                Identity.key.in_(emails + phones), Identity.channel.in_([EMAIL, PHONE])
            )
        ):
            if key:
                held.append((cid, "email" if channel == EMAIL else "phone", key))
        for cid, email, phone in session.execute(
            select(Stay.contact_id, Stay.email, Stay.phone).where(
                (func.lower(Stay.email).in_(emails)) | (Stay.phone.in_(phones))
            )
        ):
            if email and email.lower() in emails:
                held.append((cid, "email", email.lower()))
            if phone in phones:
                held.append((cid, "phone", phone))
    # Texts and profiles: found through the search index, then checked exactly.
    from socialinbox.storage.dialect import fts_query, search_hits

    for value in emails + sites:
        query = fts_query(value, prefix_last=False)
        hits = search_hits(session, query, 500) if query else None
        if not hits:
            continue
        for sender, body in session.execute(
            select(Message.contact_id, Message.text).where(
                Message.id.in_(hits), Message.inbound == true()
            )
        ):
            if sender is not None and value in (body or "").lower():
                held.append((sender, "email" if value in emails else "site", value))
    for value in sites:
        for (holder,) in session.execute(
            select(Identity.contact_id).where(Identity.profile_url.ilike(f"%{value}%"))
        ):
            if holder is not None:
                held.append((holder, "site", value))
    return held


# What an export lists of a contact, each part by its JSON name.
_EXPORTED_ROWS: tuple[tuple[str, Any], ...] = (
    ("identities", Identity),
    ("notes", Note),
    ("reminders", Reminder),
    ("stays", Stay),
    ("messages", Message),
    ("outbox", OutboxItem),
)


def _export_rows(
    session: Session, model: Any, column: Any, ids: Sequence[int]
) -> Iterator[dict[str, Any]]:
    """Every row of ``model`` whose ``column`` is one of ``ids``, by id, as JSON-ready
    dicts of all its columns (one query; rows fetched ``READ_CHUNK`` at a time)."""
    columns = list(model.__table__.columns)
    stmt = (
        select(*columns)
        .where(column.in_(ids))
        .order_by(model.id)
        .execution_options(yield_per=READ_CHUNK)
    )
    names = [c.name for c in columns]
    for r in session.connection().execute(stmt):
        yield {name: _jsonable(value) for name, value in zip(names, r, strict=True)}


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
