"""The network catalogue the window shows labels, icons and network lists from.

The window installs the app's catalogue (``AppContext.networks``) with
:func:`use_networks` when it is built; every network label
(:func:`socialinbox.ui.common.formatting.network_name`), icon
(:func:`socialinbox.ui.common.icons.channel_icon`) and list of networks to pick
from (:func:`offered_networks`) is read from it. So a plug-in's network shows
its own label and icon everywhere, and a network nobody declares (messages kept
from a connector since removed) a tidy fallback label and a neutral glyph.

Before a window installs one (a widget built alone), only the core networks are
declared; every other network shows its fallback.
"""

from __future__ import annotations

from socialinbox.core.networks import NetworkCatalogue

_current = NetworkCatalogue()


def use_networks(catalogue: NetworkCatalogue) -> None:
    """Show networks as ``catalogue`` declares them from now on (one app, one catalogue)."""
    global _current
    _current = catalogue


def current_networks() -> NetworkCatalogue:
    return _current


def offered_networks() -> list[str]:
    """The declared networks, for a list a user picks from (core networks last)."""
    return _current.names()
