"""Networks and how a person's identity on each is written: the network catalogue.

A *network* (``message.channel``, ``identity.channel``) is declared once, by
whoever knows it, as a frozen :class:`Network`: its name, label, icon, reply
limit and :class:`IdentityRule` — how the stable key the network delivers is
normalised, and how what a user types (a handle with or without ``@``, any
case, spaces around it, a profile URL, ``mailto:``…) becomes what a hand-linked
identity stores.

Who declares a network (the rule for callers and for new connectors):

- *Core networks* belong to no connector: e-mail (one address rule,
  ``core.emails``), phone (E.164 through ``core.phones``, with the property's
  region for numbers without a country code), in person (visits logged by
  hand) and guest (a reservation, as given). Declared here.
- *A connector's networks* are declared by the connector, in a module light
  enough to import without the connector's network libraries (the factory's
  ``networks`` attribute; built-in ones are also listed in the registry so the
  catalogue can find them without importing the connector).
- *Networks only the demo produces* (X, Facebook, …) are declared by the demo
  connector with the generic rules below. A real connector for such a network
  takes it over: the registry asks real connectors (built-in and plug-ins)
  before the demo.
- A network nobody declares (a plug-in that failed to load) gets
  :data:`AS_GIVEN`: its user id as given.

The catalogue is filled by the composition root (``socialinbox.app``) with a
function that asks the connector registry; core never imports connectors. It
resolves a network on first use and keeps it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final, Protocol
from urllib.parse import unquote, urlsplit

from socialinbox.core.connector import TextLimit
from socialinbox.core.emails import normalise_email
from socialinbox.core.names import EMAIL, GUEST, IN_PERSON, PHONE, InvalidIdentityKey
from socialinbox.core.phones import normalise_phone
from socialinbox.settings import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class TypedIdentity:
    """What an identity linked by hand stores.

    ``key`` is set when what was typed determines the stable key the network
    delivers (a Mastodon ``user@server``, an e-mail address, a phone number, a
    Bluesky DID); ingest then finds the identity by key (and fills in a missing
    ``handle`` from the message). Otherwise ``key`` is None and ``handle`` is the
    handle in its matching form (:meth:`IdentityRule.typed` of the handle a
    message delivers gives the same string): ingest links the identity by that
    handle on its first message and gives it its key then. One of the two is set.
    """

    key: str | None
    handle: str | None


class IdentityRule(Protocol):
    """How one network's identities are written. Both methods raise InvalidIdentityKey
    with a message a user can act on."""

    def key(self, delivered: str) -> str:
        """The stable key a connector delivered (``AuthorRef.key``), normalised."""
        ...

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        """What a user typed to link an identity by hand. ``region`` is the property's
        country ("DE"), for networks whose identities may be written without one."""
        ...


@dataclass(frozen=True, slots=True)
class Network:
    """One network as the app shows and matches it. ``icon`` names a bundled icon
    (``resources/icons/<icon>.svg``) or, for a plug-in that ships its own, is the absolute
    path of its image file; None (or a file that is missing) shows a neutral glyph.
    ``replies_on_site``: the network offers no way to reply from here (a review site that
    only sends notification e-mails); the outbox refuses replies on it, the window offers to
    open the item on the site and to mark it answered there. ``direct_reply_window``: its
    private messages (kind ``direct``) may be answered only within Meta's messaging window
    (:mod:`socialinbox.core.messaging_window`); the outbox refuses a reply once it closed."""

    name: str
    label: str
    identities: IdentityRule
    icon: str | None = None
    text_limit: TextLimit | None = None
    replies_on_site: bool = False
    direct_reply_window: bool = False

    def key(self, delivered: str) -> str:
        return self.identities.key(delivered)

    def typed(self, text: str, region: str | None = None) -> TypedIdentity:
        return self.identities.typed(text, region)


# -- generic rules ------------------------------------------------------------------


def _required(text: str, what: str) -> str:
    value = (text or "").strip()
    if not value:
        raise InvalidIdentityKey(f"give the {what}")
    return value


@dataclass(frozen=True, slots=True)
class AsGiven:
    """The user id or name exactly as given (spaces around dropped): for networks whose
    key is an opaque id and whose "handle" is a display name (a Google reviewer)."""

    what: str = "user id"

    def key(self, delivered: str) -> str:
        return _required(delivered, self.what)

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        return TypedIdentity(None, _required(text, self.what))


def profile_path(text: str, hosts: Sequence[str]) -> str | None:
    """The path of ``text`` (without the leading ``/``) if it is a web address on one of
    ``hosts`` (``www.`` and the scheme optional), else None."""
    candidate = text if "://" in text else f"https://{text}"
    try:
        parts = urlsplit(candidate)
    except ValueError:  # "[" or "]" read as a broken IPv6 host: no address at all
        return None
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if parts.scheme not in ("http", "https") or host not in hosts:
        return None
    return unquote(parts.path).strip("/")


@dataclass(frozen=True, slots=True)
class CaseInsensitiveHandle:
    """A user name that is unique on its network whatever its case, keyed by an opaque
    user id: X, Instagram, Telegram ("@name"), Facebook ("name").

    Typed as ``@Name``, ``name`` or a profile address on one of ``hosts``; matched in
    lower case with ``prefix`` in front, which is how the network's messages deliver it.
    """

    hosts: tuple[str, ...] = ()
    prefix: str = "@"

    def key(self, delivered: str) -> str:
        return _required(delivered, "user id")

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        value = _required(text, "user name")
        path = profile_path(value, self.hosts) if self.hosts else None
        if path is not None:
            value = path.split("/", 1)[0]
        name = value.lstrip("@").strip().lower()
        if not name or any(c.isspace() or c in "/@" for c in name):
            raise InvalidIdentityKey(f"not a user name: {text!r}")
        return TypedIdentity(None, f"{self.prefix}{name}")


# -- the core networks ----------------------------------------------------------------


class EmailRule:
    """An address (``core.emails``): key and handle are the address in lower case."""

    def key(self, delivered: str) -> str:
        address = normalise_email(delivered)
        if address is None:
            raise InvalidIdentityKey(
                f"not an e-mail address: {delivered!r}", code="identity.not_email", handle=delivered
            )
        return address

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        address = self.key(text)
        return TypedIdentity(address, address)


class PhoneRule:
    """A number in E.164 (``core.phones``); one written without a country code is read
    in the property's region."""

    def key(self, delivered: str) -> str:
        number = normalise_phone(delivered)
        if number is None:
            raise InvalidIdentityKey(f"a phone key is in E.164 (+4930123456), not {delivered!r}")
        return number

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        number = normalise_phone(text, region)
        if number is None:
            if region is None:
                # Not "not a phone number": it may well be one, of a country not known.
                raise InvalidIdentityKey(
                    f"not a phone number (with its country code, e.g. +49…): {text!r}",
                    code="identity.phone_needs_country",
                    handle=text,
                )
            raise InvalidIdentityKey(
                f"not a phone number: {text!r}", code="identity.not_phone", handle=text
            )
        return TypedIdentity(number, number)


AS_GIVEN: Final = AsGiven()

# Labels marked for the window's catalogues (the window translates them in the context
# "Network"); a connector's network label may be marked the same way.
CORE_NETWORKS: Final[tuple[Network, ...]] = (
    Network(EMAIL, QT_TRANSLATE_NOOP("Network", "E-mail"), EmailRule(), icon="email"),
    Network(PHONE, QT_TRANSLATE_NOOP("Network", "Phone"), PhoneRule(), icon="phone"),
    # Visits logged by hand (core.logged); a visitor has no key of their own.
    Network(
        IN_PERSON, QT_TRANSLATE_NOOP("Network", "In person"), AsGiven("name"), icon="in_person"
    ),
    Network(
        GUEST, QT_TRANSLATE_NOOP("Network", "Hotel guest"), AsGiven("reservation"), icon="guest"
    ),
)


def fallback_label(name: str) -> str:
    """The label of a network nobody declares (messages kept from a connector no longer
    installed): its name made readable, ``"carrier_owl"`` → ``"Carrier Owl"``."""
    return name.replace("_", " ").strip().title() or name


def fallback_network(name: str) -> Network:
    """A network nobody declares: its user ids as given, its name as the label, no icon."""
    return Network(name, fallback_label(name), AS_GIVEN)


# -- the catalogue --------------------------------------------------------------------

FindNetwork = Callable[[str], "Network | None"]
ListNetworks = Callable[[], Sequence[str]]


class NetworkCatalogue:
    """Every network by name, resolved on first use and kept.

    ``find`` (given by the composition root) asks the connector registry for the
    network's declaration; ``listed`` names the networks the connectors declare, for
    lists a user picks from; ``region`` gives the property's country for numbers
    typed without one (read at each use: the setting may change).

    Labels are in English, as declared; the UI translates them (context "Network").
    A network nobody declares still has a tidy label (:func:`fallback_label`) and no icon.
    """

    def __init__(
        self,
        find: FindNetwork | None = None,
        region: Callable[[], str | None] | None = None,
        listed: ListNetworks | None = None,
    ) -> None:
        self._find = find
        self._region = region
        self._listed = listed
        self._known: dict[str, Network] = {n.name: n for n in CORE_NETWORKS}
        self._undeclared: set[str] = set()
        self._lock = threading.Lock()

    def get(self, name: str) -> Network:
        network = self._known.get(name)
        if network is not None:
            return network
        with self._lock:
            network = self._known.get(name)
            if network is None:
                found = self._find(name) if self._find is not None else None
                if found is None:
                    found = fallback_network(name)
                    self._undeclared.add(name)
                network = self._known[name] = found
            return network

    def label(self, name: str) -> str:
        """The network's name for people ("Google reviews"), untranslated."""
        return self.get(name).label

    def is_declared(self, name: str) -> bool:
        """Whether a core network or an installed connector declares ``name`` (not a network
        only known from messages of a connector since removed)."""
        self.get(name)
        return name not in self._undeclared

    def names(self) -> list[str]:
        """Every declared network, for a list a user picks from: the connectors' networks in
        the order they declare them, then e-mail, phone, in person and guest."""
        listed = list(self._listed()) if self._listed is not None else []
        core = [n.name for n in CORE_NETWORKS]
        return list(dict.fromkeys([*(n for n in listed if n not in core), *core]))

    def key(self, channel: str, delivered: str) -> str:
        """A delivered stable key, normalised; InvalidIdentityKey if it cannot be one."""
        return self.get(channel).key(delivered)

    def typed(self, channel: str, text: str) -> TypedIdentity:
        """What a user typed to link an identity on ``channel``; InvalidIdentityKey if it
        names nobody (the message says what the network expects)."""
        region = self._region() if self._region is not None else None
        return self.get(channel).typed(text, region)

    def handle_to_match(self, channel: str, handle: str | None) -> str | None:
        """The form in which a hand-linked identity stores the delivered ``handle``, or None
        when it cannot have been linked by it (its network gives a key for it).

        Called for every new author of a batch: it reads no setting (a delivered handle
        is never a local phone number that needs the property's region)."""
        if not handle:
            return None
        try:
            typed = self.get(channel).typed(handle, None)
        except InvalidIdentityKey:
            return None
        return typed.handle if typed.key is None else None
