"""Connectors come from the built-in registry and from installed plug-ins."""

from __future__ import annotations

from importlib.metadata import EntryPoint
from typing import ClassVar

import pytest

from socialinbox.channels import registry as registry_module
from socialinbox.channels.demo import DemoConnector
from socialinbox.channels.registry import ConnectorRegistry, UnknownKind, default_registry
from socialinbox.core.connector import CanLookUpSent, CanSend, Connector, ConnectorContext


class PluginFactory:
    kind: ClassVar[str] = "carrier_pigeon"
    label: ClassVar[str] = "Carrier pigeon"
    channels: ClassVar[tuple[str, ...]] = ("pigeon",)
    needs_secret: ClassVar[bool] = False
    secret_label: ClassVar[str] = ""
    setting_fields = ()

    def create(self, context: ConnectorContext) -> Connector:
        raise RuntimeError("not used here")


def test_a_plugin_registered_under_the_entry_point_group_is_found(monkeypatch):
    points = [
        EntryPoint(
            "carrier_pigeon", f"{__name__}:PluginFactory", registry_module.ENTRY_POINT_GROUP
        ),
        EntryPoint("broken", "no.such.module:Factory", registry_module.ENTRY_POINT_GROUP),
    ]
    monkeypatch.setattr(
        registry_module,
        "entry_points",
        lambda group: [p for p in points if p.group == group],
    )
    registry = default_registry()
    assert registry.get("carrier_pigeon").label == "Carrier pigeon"
    assert "demo" in registry.kinds() and "broken" not in registry.kinds()


def test_an_unknown_kind_names_the_known_ones():
    registry = ConnectorRegistry()
    registry.register(PluginFactory())
    with pytest.raises(UnknownKind, match="known: carrier_pigeon"):
        registry.get("fax")


def test_the_demo_connector_declares_its_capabilities(clock):
    from socialinbox.core.connector import AccountConfig

    connector = DemoConnector(
        ConnectorContext(AccountConfig(1, "u", "demo", "d"), None, None, clock)
    )
    assert isinstance(connector, Connector)
    assert isinstance(connector, CanSend) and isinstance(connector, CanLookUpSent)


def test_built_in_connectors_are_imported_when_first_asked_for() -> None:
    """Start-up does not pay for IMAP, SMTP and OAuth libraries a desk may never use."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from socialinbox.channels.registry import default_registry\n"
        "registry = default_registry()\n"
        "print('socialinbox.channels.email' in sys.modules, 'aioimaplib' in sys.modules)\n"
        "print(registry.get('email').label)\n"
        "print('socialinbox.channels.email' in sys.modules, registry.kinds())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "False False"
    assert out[1] == "E-mail (IMAP/SMTP)"
    kinds = (
        "['bluesky', 'demo', 'email', 'facebook', 'google_reviews', 'instagram', 'linkedin', "
        "'mastodon', 'matrix', 'telegram', 'wordpress', 'x', 'youtube']"
    )
    assert out[2] == f"True {kinds}"
