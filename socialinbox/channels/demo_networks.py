"""Networks that only the demo connector produces so far, with the generic identity rules.

The demo declares these until a real connector for one of them exists; the
registry asks real connectors (built-in and plug-ins) first, so such a
connector takes its network over without a change here (then drop it from
this list). Light on purpose: the network catalogue imports it without the demo.

Their keys are the networks' opaque user ids as given; a hand link stores the
user name in the form the messages deliver it (see ``core.networks``).
"""

from __future__ import annotations

from typing import Final

from socialinbox.core.networks import Network

DEMO_NETWORKS: Final[tuple[Network, ...]] = ()
