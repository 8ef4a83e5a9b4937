"""The registry of connector kinds: built-in ones plus third-party entry points.

Built-in connectors are imported when a kind is first asked for, not at start:
their network libraries (IMAP, SMTP, OAuth) cost start-up time that a desk with
no such account should not pay. The networks they declare are found the same
way (:meth:`ConnectorRegistry.network`): a built-in network's declaration lives
in a light module of its own, so normalising an identity imports no connector.
"""

from __future__ import annotations

import importlib
import logging
import threading
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from socialinbox.core.connector import ConnectorFactory
from socialinbox.core.networks import Network

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "socialinbox.channels"

# kind -> "module:FactoryClass"
BUILT_IN: dict[str, str] = {
    "demo": "socialinbox.channels.demo:DemoConnectorFactory",
    "email": "socialinbox.channels.email:EmailConnectorFactory",
    "mastodon": "socialinbox.channels.mastodon:MastodonConnectorFactory",
    "bluesky": "socialinbox.channels.bluesky:BlueskyConnectorFactory",
    "telegram": "socialinbox.channels.telegram:TelegramConnectorFactory",
    "matrix": "socialinbox.channels.matrix:MatrixConnectorFactory",
    "wordpress": "socialinbox.channels.wordpress:WordPressConnectorFactory",
    "x": "socialinbox.channels.x:XConnectorFactory",
    "youtube": "socialinbox.channels.youtube:YouTubeConnectorFactory",
    "google_reviews": "socialinbox.channels.google_reviews:GoogleReviewsConnectorFactory",
    "linkedin": "socialinbox.channels.linkedin:LinkedInConnectorFactory",
    "facebook": "socialinbox.channels.meta:FacebookConnectorFactory",
    "instagram": "socialinbox.channels.meta:InstagramConnectorFactory",
}

# network -> "module:attribute" of its declaration, for the real built-in connectors
# (e-mail, phone and guest are core networks: see core.networks).
BUILT_IN_NETWORKS: dict[str, str] = {
    "mastodon": "socialinbox.channels.mastodon_network:MASTODON_NETWORK",
    "bluesky": "socialinbox.channels.bluesky_network:BLUESKY_NETWORK",
    "telegram": "socialinbox.channels.telegram_network:TELEGRAM_NETWORK",
    "matrix": "socialinbox.channels.matrix_network:MATRIX_NETWORK",
    "whatsapp": "socialinbox.channels.matrix_network:WHATSAPP_NETWORK",
    "signal": "socialinbox.channels.matrix_network:SIGNAL_NETWORK",
    "slack": "socialinbox.channels.matrix_network:SLACK_NETWORK",
    "wordpress": "socialinbox.channels.wordpress_network:WORDPRESS_NETWORK",
    "x": "socialinbox.channels.x_network:X_NETWORK",
    "youtube": "socialinbox.channels.youtube_network:YOUTUBE_NETWORK",
    "google_reviews": "socialinbox.channels.google_reviews_network:GOOGLE_REVIEWS_NETWORK",
    "linkedin": "socialinbox.channels.linkedin_network:LINKEDIN_NETWORK",
    "facebook": "socialinbox.channels.meta_network:FACEBOOK_NETWORK",
    "instagram": "socialinbox.channels.meta_network:INSTAGRAM_NETWORK",
    "yelp": "socialinbox.channels.review_mail.networks:YELP_NETWORK",
    "tripadvisor": "socialinbox.channels.review_mail.networks:TRIPADVISOR_NETWORK",
    "booking": "socialinbox.channels.review_mail.networks:BOOKING_NETWORK",
}
# The networks only the demo produces: asked last, so a real connector takes them over.
DEMO_NETWORKS = "socialinbox.channels.demo_networks:DEMO_NETWORKS"
DEMO_KIND = "demo"


def _import(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def networks_of(factory: ConnectorFactory) -> tuple[Network, ...]:
    """The networks a factory declares (``networks``). A plug-in written before networks
    were declared declares none: it takes no network over from the demo, and its other
    networks get the catalogue's fallback (user ids as given)."""
    declared = getattr(factory, "networks", None)
    if isinstance(declared, tuple) and all(isinstance(n, Network) for n in declared):
        return declared
    return ()


class UnknownKind(LookupError):
    pass


class ConnectorRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, ConnectorFactory] = {}
        self._pending: dict[str, str | EntryPoint] = {}
        # Whether the installed plug-ins are still to be looked for (see
        # find_entry_points_when_needed).
        self._entry_points_unread = False
        # Kinds load on first use from the event loop's thread and networks from the
        # writer's (ingest, linking): one at a time.
        self._lock = threading.RLock()

    def register(self, factory: ConnectorFactory) -> None:
        self._factories[factory.kind] = factory
        self._pending.pop(factory.kind, None)

    def register_lazily(self, kind: str, target: str | EntryPoint) -> None:
        """Make ``kind`` known now and import its factory (``module:Class``) on first use."""
        if kind not in self._factories:
            self._pending[kind] = target

    def get(self, kind: str) -> ConnectorFactory:
        if kind not in self._factories and kind not in self._pending:
            self._read_entry_points()
        if kind not in self._factories and kind in self._pending:
            self._load(kind)
        try:
            return self._factories[kind]
        except KeyError:
            # Named without importing every connector just to say what exists.
            known = ", ".join(sorted(set(self._factories) | set(self._pending))) or "none"
            raise UnknownKind(f"unknown account kind {kind!r} (known: {known})") from None

    def kinds(self) -> list[str]:
        """Every kind that loads (this imports them all: for lists, not for start-up)."""
        self._read_entry_points()
        for kind in list(self._pending):
            self._load(kind)
        return sorted(self._factories)

    def network(self, name: str) -> Network | None:
        """The declaration of network ``name``, or None if no connector declares it.

        Asked in this order, importing as little as possible: a real built-in
        connector's light declaration; a loaded connector; a plug-in of that kind,
        then every plug-in still unloaded; last the demo's networks.
        """
        if name in BUILT_IN_NETWORKS:
            declared = _import(BUILT_IN_NETWORKS[name])
            assert isinstance(declared, Network)
            return declared
        self._read_entry_points()
        if isinstance(self._pending.get(name), EntryPoint):
            self._load(name)
        found = self._declared_by_loaded(name)
        if found is None:
            for kind, target in list(self._pending.items()):
                if isinstance(target, EntryPoint):
                    self._load(kind)
            found = self._declared_by_loaded(name)
        if found is not None:
            return found
        demo = _import(DEMO_NETWORKS)
        assert isinstance(demo, tuple)
        return next((n for n in demo if isinstance(n, Network) and n.name == name), None)

    def network_names(self) -> list[str]:
        """The networks declared so far, for lists a user picks from: the real built-in
        connectors' (from their light modules), those of every loaded connector (a
        plug-in loads when its account is used or one of its networks is asked for),
        last the demo's. Imports no connector."""
        names = list(BUILT_IN_NETWORKS)
        for kind, factory in list(self._factories.items()):
            if kind != DEMO_KIND:
                names.extend(n.name for n in networks_of(factory))
        demo = _import(DEMO_NETWORKS)
        assert isinstance(demo, tuple)
        names.extend(n.name for n in demo if isinstance(n, Network))
        return list(dict.fromkeys(names))

    def _declared_by_loaded(self, name: str) -> Network | None:
        for kind, factory in list(self._factories.items()):
            if kind != DEMO_KIND:
                for network in networks_of(factory):
                    if network.name == name:
                        return network
        return None

    def _load(self, kind: str) -> None:
        with self._lock:
            target = self._pending.pop(kind, None)
            if target is None:
                return  # loaded by another thread meanwhile
            try:
                factory_class = target.load() if isinstance(target, EntryPoint) else _import(target)
                self.register(factory_class())
            except Exception:
                log.exception("The channel plug-in %r could not be loaded", kind)

    def find_entry_points_when_needed(self) -> None:
        """Look for the installed plug-ins only when a kind or network no built-in
        connector has is asked for, or every kind is: reading the installed packages'
        metadata costs a command's start what a desk with built-in accounts only
        should not pay (issue 16). A built-in kind is never a plug-in's (see
        load_entry_points)."""
        self._entry_points_unread = True

    def _read_entry_points(self) -> None:
        with self._lock:
            if self._entry_points_unread:
                self._entry_points_unread = False
                self.load_entry_points()

    def load_entry_points(self) -> None:
        """Add third-party connectors; one that fails to load is logged and skipped."""
        for entry_point in entry_points(group=ENTRY_POINT_GROUP):
            if entry_point.name in self._factories or entry_point.name in self._pending:
                continue
            self.register_lazily(entry_point.name, entry_point)


def default_registry() -> ConnectorRegistry:
    """The built-in connectors and every installed plug-in."""
    registry = ConnectorRegistry()
    for kind, target in BUILT_IN.items():
        registry.register_lazily(kind, target)
    registry.find_entry_points_when_needed()
    return registry
