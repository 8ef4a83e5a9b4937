"""A connector plug-in as a third party would ship it: Pigeon post, declared only through
its entry point, with its own network (label, identity rule, an 80-character limit)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import ClassVar

from socialinbox.channels.registry import ENTRY_POINT_GROUP, ConnectorRegistry, default_registry
from socialinbox.core.connector import (
    ConnectorContext,
    FetchBatch,
    SettingField,
    TextLimit,
    VerifiedAccount,
)
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import Network, TypedIdentity


class PigeonIdentities:
    """Pigeon post: a loft number, written "Loft 42", "loft-42" or "#42"; keyed "loft-42"."""

    def key(self, delivered: str) -> str:
        digits = "".join(c for c in delivered if c.isdigit())
        if not digits:
            raise InvalidIdentityKey(f"a pigeon loft has a number, not {delivered!r}")
        return f"loft-{int(digits)}"

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        key = self.key(text)
        return TypedIdentity(key, key)


# A plug-in ships its icon file with its package.
PIGEON_ICON = str(Path(__file__).with_name("pigeon.svg"))
PIGEON = Network(
    "pigeon", "Pigeon post", PigeonIdentities(), icon=PIGEON_ICON, text_limit=TextLimit(80)
)


class PigeonConnector:
    kind: ClassVar[str] = "pigeon"

    def __init__(self, context: ConnectorContext) -> None:
        self._context = context

    async def verify(self) -> VerifiedAccount:
        return VerifiedAccount("loft-1")

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        if False:  # pragma: no cover - nothing to fetch in these tests
            yield FetchBatch((), None)

    def text_limit(self) -> TextLimit:
        return TextLimit(80)


class PigeonFactory:
    kind: ClassVar[str] = "pigeon"
    label: ClassVar[str] = "Pigeon post"
    channels: ClassVar[tuple[str, ...]] = ("pigeon", "instagram")
    # Declares pigeon, and Instagram too (the built-in declaration of Instagram wins).
    networks: ClassVar[tuple[Network, ...]] = (
        PIGEON,
        Network("instagram", "Instagram (pigeon-carried)", PigeonIdentities()),
    )
    needs_secret: ClassVar[bool] = False
    secret_label: ClassVar[str] = ""
    secret_help: ClassVar[str] = ""
    base_url_label: ClassVar[str | None] = None
    default_base_url: ClassVar[str | None] = None
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = ()

    def create(self, context: ConnectorContext) -> PigeonConnector:
        return PigeonConnector(context)


def registry_with_pigeon_plug_in() -> ConnectorRegistry:
    """The built-in connectors plus Pigeon post, installed as an entry point (not loaded)."""
    registry = default_registry()
    entry = EntryPoint("pigeon", f"{__name__}:PigeonFactory", ENTRY_POINT_GROUP)
    registry.register_lazily("pigeon", entry)
    return registry
