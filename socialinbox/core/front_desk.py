"""What the front desk's screens read beyond the services: lookup rows with their
handles, e-mail, phone and room; a contact's latest message; name-match suggestions
for the day's guests; a preview of an arrivals file that cannot be read yet.

Rules: reads only (one ``db.read()`` each, a few index-backed queries), so the
GUI may call them on the UI thread; writes stay with the services (a confirmed
name match is :meth:`Contacts.merge`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socialinbox.core import lookup
from socialinbox.core.arrivals import NAME_SUGGESTION_SCORE, decode, header_key, signature_of
from socialinbox.core.names import EMAIL, GUEST, PHONE
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.core.notes import notes_matching
from socialinbox.storage.database import Database
from socialinbox.storage.dialect import received_by
from socialinbox.storage.schema import Contact, Identity, Message, Note, Stay


@dataclass(frozen=True, slots=True)
class LookupRow:
    """One contact found by the quick lookup, with what a clerk recognises them by."""

    contact_id: int
    name: str
    vip: bool
    pinned_notes: tuple[str, ...]
    handles: tuple[str, ...]  # network handles, e.g. "@mayaokafor"
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    rooms: tuple[str, ...]  # newest stay first
    networks: tuple[str, ...] = ()  # where they wrote from, e.g. ("Google reviews",)
    # The note that matched what was typed, when it was a note that matched.
    note_match: str | None = None


# Notes are searched from this many typed characters on ("bre" finds "cornbread").
NOTE_SEARCH_MIN = 3


def readable_phone(number: str) -> str:
    """ "+447911123456" as people write it: "+44 7911 123456" (else as stored)."""
    # Imported here, as in core.phones: the window imports this module before its
    # first paint, and needs neither phonenumbers nor rapidfuzz for it.
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def lookup_rows(
    db: Database, catalogue: NetworkCatalogue, text: str, limit: int = lookup.LOOKUP_LIMIT
) -> list[LookupRow]:
    """The quick lookup (``core.lookup``) plus each contact's handles, e-mail, phone, rooms
    and the labels of the networks they wrote from (as ``catalogue`` labels them)."""
    with db.read() as session:
        hits = lookup.lookup(session, text, limit)
        note_matches: dict[int, str] = {}
        if len(text.strip()) >= NOTE_SEARCH_MIN and len(hits) < limit:
            # Then customers known by what a note says ("cornbread", "wheelchair").
            found = {h.contact_id for h in hits}
            matching = notes_matching(session, text, limit, include_sensitive=False)
            note_matches = {cid: note for cid, note in matching.items() if cid not in found}
            extra = list(note_matches)[: limit - len(hits)]
            hits = hits + lookup.hits_for(session, extra)
        ids = [h.contact_id for h in hits]
        if not ids:
            return []
        handles: dict[int, list[str]] = {i: [] for i in ids}
        emails: dict[int, list[str]] = {i: [] for i in ids}
        phones: dict[int, list[str]] = {i: [] for i in ids}
        rooms: dict[int, list[str]] = {i: [] for i in ids}
        networks: dict[int, list[str]] = {i: [] for i in ids}
        for cid, channel, handle, key in session.execute(
            select(Identity.contact_id, Identity.channel, Identity.handle, Identity.key)
            .where(Identity.contact_id.in_(ids))
            .order_by(Identity.id)
        ):
            label = catalogue.label(channel)
            if label not in networks[cid]:
                networks[cid].append(label)
            shown = handle or key
            if not shown or channel == GUEST:
                continue
            target = emails if channel == EMAIL else phones if channel == PHONE else handles
            if shown not in target[cid]:
                target[cid].append(shown)
        for cid, room, email, phone in session.execute(
            select(Stay.contact_id, Stay.room, Stay.email, Stay.phone)
            .where(Stay.contact_id.in_(ids))
            .order_by(Stay.arrival.desc(), Stay.id.desc())
        ):
            if room and room not in rooms[cid]:
                rooms[cid].append(room)
            if email and email not in emails[cid]:
                emails[cid].append(email)
            if phone and phone not in phones[cid]:
                phones[cid].append(phone)
    # Names that start with what was typed come first ("ma": Maya before Derek Mallory),
    # customers found only by a note last.
    typed = lookup.normalise(text).strip()
    hits = sorted(
        hits,
        key=lambda h: (
            h.contact_id in note_matches,
            not lookup.normalise(h.name).startswith(typed),
            not any(w.startswith(typed) for w in lookup.normalise(h.name).split()),
        ),
    )
    return [
        LookupRow(
            h.contact_id,
            h.name,
            h.vip,
            h.pinned_notes,
            tuple(handles[h.contact_id]),
            tuple(emails[h.contact_id]),
            tuple(readable_phone(p) for p in phones[h.contact_id]),
            tuple(rooms[h.contact_id]),
            tuple(networks[h.contact_id]),
            note_matches.get(h.contact_id),
        )
        for h in hits
    ]


def latest_message_id(db: Database, contact_id: int, *, inbound: bool = True) -> int | None:
    """The contact's newest message (received ones only unless ``inbound=False``)."""
    with db.read() as session:
        if inbound:
            stmt = select(Message.id).where(received_by(contact_id))
        else:
            stmt = select(Message.id).where(Message.contact_id == contact_id)
        return session.execute(
            stmt.order_by(Message.created_at.desc(), Message.id.desc()).limit(1)
        ).scalar()


@dataclass(frozen=True, slots=True)
class ContactHistory:
    """How much a known contact has: messages, notes and stays."""

    messages: int
    notes: int
    stays: int

    @property
    def english(self) -> tuple[str, ...]:
        """The non-zero counts in English: e.g. ("3 messages", "1 note")."""
        parts = []
        for count, one, many in (
            (self.messages, "message", "messages"),
            (self.notes, "note", "notes"),
            (self.stays, "stay", "stays"),
        ):
            if count:
                parts.append(f"{count} {one if count == 1 else many}")
        return tuple(parts)


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A guest contact (made by an arrivals import) whose name is like a known contact's.

    Only a suggestion: confirming it merges the guest into the known contact.
    """

    stay_id: int
    guest_contact_id: int
    guest_name: str
    contact_id: int
    contact_name: str
    score: int
    # What the known contact has (a window words the counts).
    history: ContactHistory

    @property
    def evidence(self) -> tuple[str, ...]:
        """The history in English: e.g. ("3 messages", "2 notes")."""
        return self.history.english


def name_matches(db: Database, day: date) -> list[NameMatch]:
    """For the guests arriving on ``day`` whose contact knows nothing but the stay (no
    message, no note), the best known contact with a similar name (rapidfuzz, the same
    threshold as the import's suggestions)."""
    with db.read() as session:
        stays = session.execute(
            select(Stay.id, Stay.contact_id, Stay.guest_name)
            .join(Contact, Contact.id == Stay.contact_id)
            .where(Stay.arrival == day, Contact.merged_into_id.is_(None))
            .order_by(Stay.guest_name, Stay.id)
        ).all()
        guest_ids = {s.contact_id for s in stays}
        known_ids = _with_history(session, guest_ids)
        found: list[NameMatch] = []
        for stay_id, guest_id, guest_name in stays:
            if guest_id in known_ids:
                continue
            best = _similar(session, guest_name, exclude=guest_ids)
            if best is None:
                continue
            cid, name, score = best
            found.append(
                NameMatch(stay_id, guest_id, guest_name, cid, name, score, _evidence(session, cid))
            )
        return found


def _with_history(session: Session, ids: set[int]) -> set[int]:
    """Those of ``ids`` with a message or a note."""
    if not ids:
        return set()
    wrote = {
        contact_id
        for contact_id in session.execute(
            select(Message.contact_id).where(Message.contact_id.in_(ids)).distinct()
        ).scalars()
        if contact_id is not None
    }
    noted = set(
        session.execute(
            select(Note.contact_id).where(Note.contact_id.in_(ids), Note.deleted_at.is_(None))
        ).scalars()
    )
    return wrote | noted


def _similar(session: Session, name: str, exclude: set[int]) -> tuple[int, str, int] | None:
    candidates: set[int] = set()
    for word in lookup.lookup_words(name):
        candidates.update(lookup.find_contact_ids(session, word[:4], limit=200))
    candidates -= exclude
    if not candidates:
        return None
    from rapidfuzz import fuzz  # see readable_phone

    wanted = lookup.normalise(name)
    best: tuple[int, str, int] | None = None
    for cid, display in session.execute(
        select(Contact.id, Contact.display_name).where(
            Contact.id.in_(candidates), Contact.merged_into_id.is_(None)
        )
    ):
        score = int(fuzz.token_sort_ratio(wanted, lookup.normalise(display)))
        if score >= NAME_SUGGESTION_SCORE and (best is None or score > best[2]):
            best = (cid, display, score)
    return best


def _evidence(session: Session, contact_id: int) -> ContactHistory:
    messages = session.execute(
        select(func.count(Message.id)).where(Message.contact_id == contact_id)
    ).scalar()
    notes = session.execute(
        select(func.count(Note.id)).where(Note.contact_id == contact_id, Note.deleted_at.is_(None))
    ).scalar()
    stays = session.execute(
        select(func.count(Stay.id)).where(Stay.contact_id == contact_id)
    ).scalar()
    return ContactHistory(messages or 0, notes or 0, stays or 0)


@dataclass(frozen=True, slots=True)
class RawPreview:
    """The first records of a file as the CSV reader splits them, before any mapping,
    and the fields its columns would get (recognised, remembered, then chosen)."""

    encoding: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    mapping: dict[str, str]


def raw_preview(
    data: bytes,
    encoding: str | None = None,
    *,
    remembered: Mapping[str, tuple[dict[str, str], str | None, str | None]] | None = None,
    mapping: Mapping[str, str] | None = None,
    limit: int = 6,
) -> RawPreview:
    """For a file :func:`read_arrivals` refused (no name column yet, dates that read two
    ways): its header, first rows and column fields, so the user can settle it.
    Raises ArrivalsError when the file cannot be decoded or split."""
    # The arrivals reader's own splitting and header table, so the preview shows what
    # the import will read.
    from socialinbox.core.arrivals import _KNOWN_HEADERS, _records

    decoded = decode(data, encoding)
    records = _records(decoded.text)
    if not records:
        return RawPreview(decoded.encoding, (), (), {})
    headers = tuple(records[0][1])
    by_key = {header_key(h): h for h in headers}
    fields = {h: _KNOWN_HEADERS[header_key(h)] for h in headers if header_key(h) in _KNOWN_HEADERS}
    stored = (remembered or {}).get(signature_of(headers), ({}, None, None))[0]
    for source in (stored, mapping or {}):
        for column, field in source.items():
            header = by_key.get(header_key(column))
            if header is None:
                continue
            for other in [h for h, f in fields.items() if f == field]:
                del fields[other]
            fields[header] = field
    return RawPreview(
        decoded.encoding, headers, tuple(tuple(f) for _, f in records[1:limit]), fields
    )
