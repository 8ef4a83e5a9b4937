"""The people at the desks: who is at this desk now, and the team's list with roles.

Rules for callers:

- :class:`DeskUser` is the one answer to "who is at this desk": the ``--user`` given
  on the command line, else the name set in Settings (read each time it is asked, so
  a new name counts at once), else the computer's login name. Notes, logged calls,
  approvals, escalations and assignments all name this person.
- Names are kept as first typed, with runs of spaces made one; they are matched
  without regard to case or spacing ("anna  MÜLLER" is "Anna Müller"). An unknown
  name is refused with one sentence that lists the known ones (:class:`UnknownUser`).
- The desk's user joins the list on first use (:meth:`Users.ensure`, called by the
  writes that name people and when the window opens), as ``staff`` unless the list
  was empty: the first person of a team is its ``owner``.
- Writes go through the writer and announce :data:`~socialinbox.core.changes.USER`.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.errors import FieldUnknown, Missing, NotFound, TooLong
from socialinbox.storage.database import Database
from socialinbox.storage.schema import User

ROLES: tuple[str, ...] = ("staff", "reviewer", "owner")
DEFAULT_ROLE = "staff"
FIRST_ROLE = "owner"
MAX_NAME_LENGTH = 200
FALLBACK_NAME = "staff"


def login_name() -> str:
    """The computer's login name (``staff`` where the system cannot tell)."""
    try:
        return getpass.getuser() or FALLBACK_NAME
    except (KeyError, OSError):
        return FALLBACK_NAME


def clean_name(typed: str) -> str:
    """A name as it is kept: trimmed, each run of spaces made one space."""
    return " ".join(typed.split())


def name_key(typed: str) -> str:
    """What two names are compared by: spacing and case left out."""
    return clean_name(typed).casefold()


class DeskUser:
    """Who is at this desk (see the module's rules). ``str(desk)`` is the name."""

    def __init__(
        self,
        given: str | None,
        chosen: Callable[[], str | None],
        login: Callable[[], str] = login_name,
    ) -> None:
        """``given``: ``--user``; ``chosen``: reads the name set in Settings."""
        self._given = clean_name(given) if given else ""
        self._chosen = chosen
        self._login = login

    @property
    def name(self) -> str:
        if self._given:
            return self._given
        chosen = clean_name(self._chosen() or "")
        return chosen or clean_name(self._login()) or FALLBACK_NAME

    def take_over(self, given: str) -> None:
        """From now on ``given`` is at this desk, as if named with ``--user``."""
        self._given = clean_name(given)

    @property
    def fixed(self) -> bool:
        """True when ``--user`` named the person (Settings cannot change it)."""
        return bool(self._given)

    def __str__(self) -> str:
        return self.name


# What services that name the desk's person accept: a fixed name, or the desk itself.
Person = str | DeskUser


def name_of(person: Person) -> str:
    return person.name if isinstance(person, DeskUser) else person


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    name: str
    role: str
    created_at: datetime

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class UserSaved:
    """What a write on the list returns: the person as listed, and the write's changes."""

    user: UserInfo
    changes: ChangeSet


class UnknownUser(NotFound):
    """No user of that name; ``params`` hold ``name`` and ``known`` (the names)."""


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.name, u.role, u.created_at)


def checked_role(role: str) -> str:
    """A role as typed (any case), or :class:`FieldUnknown` naming the roles."""
    found = role.strip().lower()
    if found not in ROLES:
        raise FieldUnknown(
            f"unknown role {role!r}: use one of {', '.join(ROLES)}",
            code="user.role_unknown",
            field=role,
            known=", ".join(ROLES),
        )
    return found


def checked_name(typed: str) -> str:
    name = clean_name(typed)
    if not name:
        raise Missing("a user needs a name", code="user.name_empty")
    if len(name) > MAX_NAME_LENGTH:
        raise TooLong(
            f"a user's name is at most {MAX_NAME_LENGTH} characters",
            code="user.name_too_long",
            limit=MAX_NAME_LENGTH,
        )
    return name


class Users:
    """The team's list. Reads are small (a team, not a crowd); writes through the Writer."""

    def __init__(self, db: Database, clock: Clock, desk: Person, origin: str = "local") -> None:
        self._db = db
        self._clock = clock
        self._desk = desk
        self._origin = origin

    @property
    def current_name(self) -> str:
        """The name of the person at this desk, as the settings or ``--user`` give it."""
        return name_of(self._desk)

    def list_users(self) -> list[UserInfo]:
        """Everyone on the list, by name (case left out)."""
        with self._db.read() as session:
            return _listed(session)

    def find(self, typed: str) -> UserInfo | None:
        """The user named ``typed`` (case and spacing left out), or None."""
        with self._db.read() as session:
            return _find(_listed(session), typed)

    def current(self) -> UserInfo | None:
        """The desk's person on the list (None before their first use)."""
        return self.find(self.current_name)

    def resolve(self, typed: str) -> UserInfo:
        """The user named ``typed``, or :class:`UnknownUser` listing the known names."""
        with self._db.read() as session:
            return resolve_in(session, typed)

    # -- writes (through the Writer) ------------------------------------------------

    def ensure(self, typed: str | None = None) -> UserSaved:
        """The user named ``typed`` (default: the desk's person), added if new."""
        with self._db.write() as session:
            user, change = ensure_in(session, typed or self.current_name, self._clock.now())
            changes.record(session, change, self._clock.now(), self._origin)
            return UserSaved(user, change)

    def add(self, typed: str, role: str | None = None) -> UserSaved:
        """Add a person; for one already listed, set the ``role`` given (else leave it)."""
        name = checked_name(typed)
        wanted = checked_role(role) if role is not None else None
        now = self._clock.now()
        with self._db.write() as session:
            user, change = ensure_in(session, name, now, role=wanted)
            if wanted is not None and user.role != wanted:
                session.execute(update(User).where(User.id == user.id).values(role=wanted))
                user = UserInfo(user.id, user.name, wanted, user.created_at)
                change = ChangeSet.of(changes.USER, changes.UPDATED, [user.id])
            changes.record(session, change, now, self._origin)
            return UserSaved(user, change)


def _listed(session: Session) -> list[UserInfo]:
    users = [_info(u) for u in session.execute(select(User)).scalars()]
    return sorted(users, key=lambda u: (name_key(u.name), u.id))


def _find(users: Sequence[UserInfo], typed: str) -> UserInfo | None:
    key = name_key(typed)
    return next((u for u in users if name_key(u.name) == key), None) if key else None


def resolve_in(session: Session, typed: str) -> UserInfo:
    """The user named ``typed`` in ``session``'s view of the list (see :meth:`Users.resolve`)."""
    users = _listed(session)
    found = _find(users, typed)
    if found is None:
        known = ", ".join(u.name for u in users) or "none yet"
        raise UnknownUser(
            f"no user named {clean_name(typed)!r}; known users: {known}",
            code="user.unknown",
            name=clean_name(typed),
            known=known,
        )
    return found


def ensure_in(
    session: Session, typed: str, now: datetime, *, role: str | None = None
) -> tuple[UserInfo, ChangeSet]:
    """The user named ``typed``, inserted in ``session`` if new (the first as owner)."""
    name = checked_name(typed)
    users = _listed(session)
    found = _find(users, name)
    if found is not None:
        return found, changes.EMPTY
    role = role or (DEFAULT_ROLE if users else FIRST_ROLE)
    new_id = session.execute(
        insert(User).values(name=name, role=role, created_at=now).returning(User.id)
    ).scalar_one()
    return UserInfo(new_id, name, role, now), ChangeSet.of(changes.USER, changes.INSERTED, [new_id])
