"""Properties: the branches of a chain ("Memphis", "Nashville") on one shared database.

Rules for callers:

- A business without properties has none, and everything works as it did: every
  ``property_id`` is NULL ("no property"), no desk names one, every list shows all.
- Names are kept as first typed (runs of spaces made one) and matched without regard
  to case or spacing (``core.users.name_key``): "  nashville " is "Nashville". Two
  properties never share a name. An unknown name is refused with one sentence that
  lists the known ones (:class:`UnknownProperty`).
- A property may have its own IANA timezone; :func:`zone_of` is "today" for its
  arrivals, else the business's ``property_timezone`` (``core.reminders.property_zone``).
- Properties are added and renamed, never deleted: customers, messages, stays and
  notes keep naming theirs.
- :class:`DeskProperty` is the one answer to "which property is this desk at": the
  ``--property`` given on the command line, else the one chosen in Settings (a
  machine setting holding its id, read each time), else none.
- Writes go through the writer and announce :data:`~socialinbox.core.changes.PROPERTY`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.errors import InvalidState, InvalidValue, Missing, NotFound, TooLong
from socialinbox.core.reminders import property_zone
from socialinbox.core.users import clean_name, name_key
from socialinbox.storage.database import Database, rows_matched
from socialinbox.storage.schema import Account, Property

MAX_NAME_LENGTH = 200


@dataclass(frozen=True, slots=True)
class PropertyInfo:
    id: int
    name: str
    # Its own IANA timezone, or None: the business's property timezone applies.
    timezone: str | None
    created_at: datetime

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "timezone": self.timezone,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class PropertySaved:
    """What a write returns: the property as stored, and the write's changes."""

    property: PropertyInfo
    changes: ChangeSet


class UnknownProperty(NotFound):
    """No property of that name; ``params`` hold ``name`` and ``known`` (the names)."""


class PropertyNameTaken(InvalidState):
    """Another property has that name already; ``params['name']``."""


def zone_of(place: PropertyInfo | None, business_zone: str | None) -> tzinfo:
    """The timezone of "today" at ``place``: its own, else the business's property
    timezone, else this computer's (see ``core.reminders.property_zone``)."""
    return property_zone((place.timezone if place else None) or business_zone)


def checked_name(typed: str) -> str:
    name = clean_name(typed)
    if not name:
        raise Missing("a property needs a name", code="property.name_empty")
    if len(name) > MAX_NAME_LENGTH:
        raise TooLong(
            f"a property's name is at most {MAX_NAME_LENGTH} characters",
            code="property.name_too_long",
            limit=MAX_NAME_LENGTH,
        )
    return name


def checked_timezone(typed: str | None) -> str | None:
    """An IANA timezone name as given (None or blank: none), or :class:`InvalidValue`."""
    zone = (typed or "").strip()
    if not zone:
        return None
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidValue(
            f"unknown timezone {zone!r}: use an IANA name such as America/Chicago",
            code="property.timezone_unknown",
            zone=zone,
        ) from None
    return zone


class Properties:
    """The chain's properties. Reads are tiny (a chain, not a city); writes through the
    Writer."""

    def __init__(self, db: Database, clock: Clock, origin: str = "local") -> None:
        self._db = db
        self._clock = clock
        self._origin = origin

    def list_properties(self) -> list[PropertyInfo]:
        """Every property, by name (case left out)."""
        with self._db.read() as session:
            return listed_in(session)

    def get(self, property_id: int) -> PropertyInfo | None:
        with self._db.read() as session:
            row = session.get(Property, property_id)
            return _info(row) if row is not None else None

    def resolve(self, typed: str) -> PropertyInfo:
        """The property named ``typed``, or :class:`UnknownProperty` listing the known ones."""
        with self._db.read() as session:
            return resolve_in(session, typed)

    # -- writes (through the Writer) ------------------------------------------------

    def add(self, typed: str, timezone: str | None = None) -> PropertySaved:
        """Add a property; for one that exists, set the ``timezone`` given (else leave it)."""
        name = checked_name(typed)
        zone = checked_timezone(timezone)
        now = self._clock.now()
        with self._db.write() as session:
            found = named(listed_in(session), name)
            if found is None:
                new_id = session.execute(
                    insert(Property)
                    .values(name=name, name_key=name_key(name), timezone=zone, created_at=now)
                    .returning(Property.id)
                ).scalar_one()
                saved = PropertyInfo(new_id, name, zone, now)
                change = ChangeSet.of(changes.PROPERTY, changes.INSERTED, [new_id])
            elif zone is not None and zone != found.timezone:
                session.execute(
                    update(Property).where(Property.id == found.id).values(timezone=zone)
                )
                saved = PropertyInfo(found.id, found.name, zone, found.created_at)
                change = ChangeSet.of(changes.PROPERTY, changes.UPDATED, [found.id])
            else:
                return PropertySaved(found, changes.EMPTY)
            changes.record(session, change, now, self._origin)
            return PropertySaved(saved, change)

    def rename(self, property_id: int, typed: str) -> PropertySaved:
        """Give a property a new name (refused when another has it)."""
        name = checked_name(typed)
        now = self._clock.now()
        with self._db.write() as session:
            row = session.get(Property, property_id)
            if row is None:
                raise UnknownProperty(
                    f"no property {property_id}", code="property.not_found", name=str(property_id)
                )
            other = named(listed_in(session), name)
            if other is not None and other.id != property_id:
                raise PropertyNameTaken(
                    f"there is a property named {other.name!r} already",
                    code="property.name_taken",
                    name=other.name,
                )
            session.execute(
                update(Property)
                .where(Property.id == property_id)
                .values(name=name, name_key=name_key(name))
            )
            change = ChangeSet.of(changes.PROPERTY, changes.UPDATED, [property_id])
            changes.record(session, change, now, self._origin)
            return PropertySaved(PropertyInfo(row.id, name, row.timezone, row.created_at), change)

    def place_account(self, account_id: int, property_id: int | None) -> ChangeSet:
        """The property an account's messages come to from now on (None: none); messages
        stored before keep theirs."""
        now = self._clock.now()
        with self._db.write() as session:
            if property_id is not None and session.get(Property, property_id) is None:
                raise UnknownProperty(
                    f"no property {property_id}", code="property.not_found", name=str(property_id)
                )
            matched = rows_matched(
                session,
                update(Account).where(Account.id == account_id).values(property_id=property_id),
            )
            if matched == 0:
                raise NotFound(f"no account {account_id}", code="account.not_found", id=account_id)
            change = ChangeSet.of(changes.ACCOUNT, changes.UPDATED, [account_id])
            changes.record(session, change, now, self._origin)
            return change

    def of_accounts(self) -> dict[int, PropertyInfo]:
        """Each account's property, by account id (accounts without one left out)."""
        with self._db.read() as session:
            by_id = {p.id: p for p in listed_in(session)}
            rows = session.execute(
                select(Account.id, Account.property_id).where(Account.property_id.is_not(None))
            ).all()
            return {account: by_id[place] for account, place in rows if place in by_id}


def _info(row: Property) -> PropertyInfo:
    return PropertyInfo(row.id, row.name, row.timezone, row.created_at)


def listed_in(session: Session) -> list[PropertyInfo]:
    found = [_info(p) for p in session.execute(select(Property)).scalars()]
    return sorted(found, key=lambda p: (name_key(p.name), p.id))


def named(found: Sequence[PropertyInfo], typed: str) -> PropertyInfo | None:
    """The property of ``found`` that ``typed`` names (case and spacing left out), or None."""
    key = name_key(typed)
    return next((p for p in found if name_key(p.name) == key), None) if key else None


def resolve_in(session: Session, typed: str) -> PropertyInfo:
    """The property named ``typed`` as ``session`` sees the list (:meth:`Properties.resolve`)."""
    found = listed_in(session)
    place = named(found, typed)
    if place is None:
        known = ", ".join(p.name for p in found) or "none yet"
        raise UnknownProperty(
            f"no property named {clean_name(typed)!r}; known properties: {known}",
            code="property.unknown",
            name=clean_name(typed),
            known=known,
        )
    return place


class DeskProperty:
    """Which property this desk is at (see the module's rules): ``id`` is None for none."""

    def __init__(
        self,
        properties: Callable[[], Properties],
        given: str | None,
        chosen: Callable[[], int | None],
    ) -> None:
        """``given``: ``--property``; ``chosen``: reads the id chosen in Settings."""
        self._properties = properties
        self._given = clean_name(given) if given else ""
        self._chosen = chosen
        self._resolved: PropertyInfo | None = None

    @property
    def fixed(self) -> bool:
        """True when ``--property`` named it (Settings cannot change it)."""
        return bool(self._given)

    def info(self) -> PropertyInfo | None:
        """The desk's property as stored now, or None. ``--property`` naming an unknown
        one raises :class:`UnknownProperty`; an id chosen in Settings that no longer
        exists (another database) is none."""
        if self._given:
            if self._resolved is None:
                self._resolved = self._properties().resolve(self._given)
            return self._properties().get(self._resolved.id)
        chosen = self._chosen()
        return self._properties().get(chosen) if chosen is not None else None

    @property
    def id(self) -> int | None:
        found = self.info()
        return found.id if found is not None else None

    def known_info(self) -> PropertyInfo | None:
        """``info()``, or None when ``--property`` names no property of this database (a
        window then goes on at none; a command has refused it before)."""
        try:
            return self.info()
        except UnknownProperty:
            return None

    def known_id(self) -> int | None:
        """The id of :meth:`known_info`."""
        found = self.known_info()
        return found.id if found is not None else None
