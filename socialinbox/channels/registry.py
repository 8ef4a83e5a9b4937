"""The registry of connector kinds: built-in ones plus third-party entry points."""

from __future__ import annotations

import logging
from importlib.metadata import entry_points

from socialinbox.channels.base import ConnectorFactory

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "socialinbox.channels"


class UnknownKind(LookupError):
    pass


class ConnectorRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, ConnectorFactory] = {}

    def register(self, factory: ConnectorFactory) -> None:
        self._factories[factory.kind] = factory

    def get(self, kind: str) -> ConnectorFactory:
        try:
            return self._factories[kind]
        except KeyError:
            known = ", ".join(sorted(self._factories)) or "none"
            raise UnknownKind(f"unknown account kind {kind!r} (known: {known})") from None

    def kinds(self) -> list[str]:
        return sorted(self._factories)

    def load_entry_points(self) -> None:
        """Add third-party connectors; one that fails to load is logged and skipped."""
        for entry_point in entry_points(group=ENTRY_POINT_GROUP):
            if entry_point.name in self._factories:
                continue
            try:
                factory_class = entry_point.load()
                self.register(factory_class())
            except Exception:
                log.exception("The channel plug-in %r could not be loaded", entry_point.name)


def default_registry() -> ConnectorRegistry:
    """The built-in connectors and every installed plug-in."""
    from socialinbox.channels.bluesky import BlueskyConnectorFactory
    from socialinbox.channels.demo import DemoConnectorFactory
    from socialinbox.channels.email import EmailConnectorFactory
    from socialinbox.channels.mastodon import MastodonConnectorFactory

    registry = ConnectorRegistry()
    registry.register(DemoConnectorFactory())
    registry.register(EmailConnectorFactory())
    registry.register(MastodonConnectorFactory())
    registry.register(BlueskyConnectorFactory())
    registry.load_entry_points()
    return registry
