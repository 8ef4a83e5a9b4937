"""The registry of connector kinds: built-in ones plus third-party entry points.

Built-in connectors are imported when a kind is first asked for, not at start:
their network libraries (IMAP, SMTP, OAuth) cost start-up time that a desk with
no such account should not pay.
"""

from __future__ import annotations

import importlib
import logging
from importlib.metadata import EntryPoint, entry_points

from socialinbox.core.connector import ConnectorFactory

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "socialinbox.channels"

# kind -> "module:FactoryClass"
BUILT_IN: dict[str, str] = {
    "demo": "socialinbox.channels.demo:DemoConnectorFactory",
    "email": "socialinbox.channels.email:EmailConnectorFactory",
    "mastodon": "socialinbox.channels.mastodon:MastodonConnectorFactory",
    "bluesky": "socialinbox.channels.bluesky:BlueskyConnectorFactory",
}


class UnknownKind(LookupError):
    pass


class ConnectorRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, ConnectorFactory] = {}
        self._pending: dict[str, str | EntryPoint] = {}

    def register(self, factory: ConnectorFactory) -> None:
        self._factories[factory.kind] = factory
        self._pending.pop(factory.kind, None)

    def register_lazily(self, kind: str, target: str | EntryPoint) -> None:
        """Make ``kind`` known now and import its factory (``module:Class``) on first use."""
        if kind not in self._factories:
            self._pending[kind] = target

    def get(self, kind: str) -> ConnectorFactory:
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
        for kind in list(self._pending):
            self._load(kind)
        return sorted(self._factories)

    def _load(self, kind: str) -> None:
        target = self._pending.pop(kind)
        try:
            if isinstance(target, EntryPoint):
                factory_class = target.load()
            else:
                module, _, name = target.partition(":")
                factory_class = getattr(importlib.import_module(module), name)
            self.register(factory_class())
        except Exception:
            log.exception("The channel plug-in %r could not be loaded", kind)

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
    registry.load_entry_points()
    return registry
