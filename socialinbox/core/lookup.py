"""The front desk's quick lookup: a few letters of a name, handle, e-mail, phone or room.

Every contact has a set of lookup terms in ``contact_terms`` (lower-cased, accents
removed): each word of its names, its handles, e-mail addresses, phone digits,
room numbers and reservation ids. A typed word matches a term that starts with
it, which is a range scan of the table's primary key (``term >= 'ma' AND term <
'mb'``), so a lookup costs the same over 100 or 100,000 contacts.

Whoever changes a contact's names, identities or stays calls
:func:`reindex_contacts` in the same transaction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import and_, delete, select, true
from sqlalchemy.orm import Session

from socialinbox.storage.dialect import insert_rows, one_of
from socialinbox.storage.schema import Contact, ContactTerm, Identity, Note, Stay

# Lookups return at most this many contacts; the clerk types more to narrow.
LOOKUP_LIMIT = 20
# Terms longer than this are cut (the column holds 300 characters).
_TERM_MAX = 120
_WORD = re.compile(r"[\w@.+'-]+")
_SPLIT = re.compile(r"[\s,;/()\"]+")
_PARTS = re.compile(r"['-]")


_CONTACT_TERMS = ContactTerm.metadata.tables[ContactTerm.__tablename__]


def normalise(text: str) -> str:
    """Lower-case without accents: "Zoë Müller" -> "zoe muller"."""
    if text.isascii():  # most names and handles: nothing to decompose (a quarter the time)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str | None) -> set[str]:
    if not text:
        return set()
    words: set[str] = set()
    for raw in _SPLIT.split(normalise(text)):
        word = raw.strip(".'-")
        if word:
            words.add(word[:_TERM_MAX])
            # "o'brien" and "smith-jones" are found by each part too.
            if "'" in word or "-" in word:
                for part in _PARTS.split(word):
                    if part and part != word:
                        words.add(part[:_TERM_MAX])
    return words


def _handle_terms(handle: str | None) -> set[str]:
    if not handle:
        return set()
    value = normalise(handle).strip()
    terms = {value[:_TERM_MAX]}
    bare = value.lstrip("@")
    if bare:
        terms.add(bare[:_TERM_MAX])
    return terms


def terms_of(
    names: Iterable[str | None],
    handles: Iterable[str | None],
    phones: Iterable[str | None] = (),
    rooms: Iterable[str | None] = (),
) -> set[str]:
    """The lookup terms of one contact. Phones are found by their digits ("4930…")."""
    terms: set[str] = set()
    for name in names:
        terms |= _words(name)
    for handle in handles:
        terms |= _handle_terms(handle)
    for phone in phones:
        digits = re.sub(r"\D", "", phone or "")
        if digits:
            terms.add(digits)
    for room in rooms:
        if room and room.strip():
            terms.add(normalise(room.strip())[:_TERM_MAX])
    return {t for t in terms if t}


class _Sources:
    """What one contact's lookup terms are made of: names, handles, phones, rooms."""

    __slots__ = ("handles", "names", "phones", "rooms")

    def __init__(self) -> None:
        self.names: list[str | None] = []
        self.handles: list[str | None] = []
        self.phones: list[str | None] = []
        self.rooms: list[str | None] = []

    def add_identity(
        self, channel: str, key: str | None, handle: str | None, display_name: str | None
    ) -> None:
        self.names.append(display_name)
        if channel == "phone":
            self.phones.append(key or handle)
        else:
            # An e-mail address or a guest's reservation is its key: found as a handle.
            self.handles.extend((handle, key if channel in ("email", "guest") else None))

    def terms(self) -> set[str]:
        return terms_of(self.names, self.handles, self.phones, self.rooms)


class NewContact(NamedTuple):
    """A contact created with one identity in the caller's transaction (a first message)."""

    contact_id: int
    display_name: str | None
    channel: str
    key: str | None
    handle: str | None
    identity_name: str | None


def index_new_contacts(session: Session, contacts: Iterable[NewContact]) -> None:
    """The lookup terms of contacts just created, from what the caller wrote: a new
    contact has no terms to remove and nothing else to read (what
    :func:`reindex_contacts` would find is these very values)."""
    rows: list[dict[str, Any]] = []
    for new in contacts:
        sources = _Sources()
        sources.names.append(new.display_name)
        sources.add_identity(new.channel, new.key, new.handle, new.identity_name)
        rows.extend({"term": term, "contact_id": new.contact_id} for term in sources.terms())
    if rows:
        insert_rows(session, _CONTACT_TERMS, rows)


def reindex_contacts(session: Session, contact_ids: Iterable[int]) -> None:
    """Recompute the lookup terms of these contacts from their current rows."""
    ids = sorted(set(contact_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(delete(ContactTerm).where(one_of(session, ContactTerm.contact_id, chunk)))
        sources = {i: _Sources() for i in chunk}
        live = set()
        for cid, name in session.execute(
            select(Contact.id, Contact.display_name).where(
                one_of(session, Contact.id, chunk), Contact.merged_into_id.is_(None)
            )
        ):
            live.add(cid)
            sources[cid].names.append(name)
        for cid, channel, key, handle, display in session.execute(
            select(
                Identity.contact_id,
                Identity.channel,
                Identity.key,
                Identity.handle,
                Identity.display_name,
            ).where(one_of(session, Identity.contact_id, chunk))
        ):
            sources[cid].add_identity(channel, key, handle, display)
        for cid, name, email, phone, room, reservation in session.execute(
            select(
                Stay.contact_id,
                Stay.guest_name,
                Stay.email,
                Stay.phone,
                Stay.room,
                Stay.reservation,
            ).where(one_of(session, Stay.contact_id, chunk))
        ):
            found = sources[cid]
            found.names.append(name)
            found.handles.extend((email, reservation))
            found.phones.append(phone)
            found.rooms.append(room)
        rows = [
            {"term": term, "contact_id": cid}
            for cid in sorted(live)
            for term in sources[cid].terms()
        ]
        if rows:
            # Not the ORM's bulk insert: it checks every row's keys in Python.
            insert_rows(session, _CONTACT_TERMS, rows)


@dataclass(frozen=True, slots=True)
class LookupHit:
    """A contact found by a quick lookup, with its pinned notes (sensitive ones hidden)."""

    contact_id: int
    name: str
    vip: bool
    pinned_notes: tuple[str, ...]


SENSITIVE_PLACEHOLDER = "(sensitive note — reveal on the card)"


_MAX_CHAR = chr(0x10FFFF)
_SURROGATES = re.compile("[\ud800-\udfff\x00]")


def _starts_with(prefix: str) -> Any:
    """Terms starting with ``prefix``, as a range of the primary key (code-point order,
    which is SQLite's binary order of UTF-8)."""
    stem = prefix.rstrip(_MAX_CHAR)
    if not stem:
        return ContactTerm.term >= prefix
    end = stem[:-1] + chr(ord(stem[-1]) + 1)
    return and_(ContactTerm.term >= prefix, ContactTerm.term < end)


def lookup_words(text: str) -> list[str]:
    """What a typed text searches for: its normalised words, longest first."""
    text = _SURROGATES.sub(" ", text)
    if re.fullmatch(r"\s*\+?[\d().\-\s]*\d[\d().\-\s]*", text):
        # "+49 30 12" or "030-12" is typed as a phone: look up its digits as one word.
        return [re.sub(r"\D", "", text)[:_TERM_MAX]]
    words = [w for w in _SPLIT.split(normalise(text)) if w.strip(".'-@+")]
    cleaned = []
    for w in words:
        cleaned.append(w[:_TERM_MAX])
    return sorted(set(cleaned), key=len, reverse=True)


def find_contact_ids(session: Session, text: str, limit: int = LOOKUP_LIMIT) -> list[int]:
    """Contacts with a term starting with every typed word, in term order. Index-backed."""
    words = lookup_words(text)
    if not words:
        return []
    first, *rest = words
    stmt = select(ContactTerm.contact_id).where(_starts_with(first))
    for word in rest:
        stmt = stmt.where(
            ContactTerm.contact_id.in_(select(ContactTerm.contact_id).where(_starts_with(word)))
        )
    found: list[int] = []
    seen: set[int] = set()
    # A contact has a few terms per word: a small over-fetch fills the page.
    for cid in session.execute(stmt.order_by(ContactTerm.term).limit(limit * 8)).scalars():
        if cid not in seen:
            seen.add(cid)
            found.append(cid)
            if len(found) == limit:
                break
    return found


def lookup(session: Session, text: str, limit: int = LOOKUP_LIMIT) -> list[LookupHit]:
    """The quick lookup: matching contacts with their pinned notes, in a few index reads."""
    ids = find_contact_ids(session, text, limit)
    return hits_for(session, ids)


def hits_for(session: Session, ids: Sequence[int]) -> list[LookupHit]:
    if not ids:
        return []
    contacts = {
        row.id: row
        for row in session.execute(
            select(Contact.id, Contact.display_name, Contact.vip).where(Contact.id.in_(ids))
        )
    }
    pinned: dict[int, list[str]] = {}
    for cid, text, sensitive in session.execute(
        select(Note.contact_id, Note.text, Note.sensitive)
        .where(Note.contact_id.in_(ids), Note.pinned == true(), Note.deleted_at.is_(None))
        .order_by(Note.created_at, Note.id)
    ):
        pinned.setdefault(cid, []).append(SENSITIVE_PLACEHOLDER if sensitive else text)
    return [
        LookupHit(i, contacts[i].display_name, contacts[i].vip, tuple(pinned.get(i, ())))
        for i in ids
        if i in contacts
    ]
