"""The review sites whose notification e-mails become review items: Yelp, Tripadvisor,
Booking.com, as the network catalogue knows them.

Light on purpose (no parsing): the catalogue imports it to show a label and an icon.
None of the three lets a business answer a review through an API it can get, so each
is declared ``replies_on_site``: the answer is written on the site, then marked
answered here. A reviewer is known by the name the notification gives ("Maria G."),
as given: the sites show no stable user id in their e-mails.
"""

from __future__ import annotations

from typing import Final

from socialinbox.core.networks import AsGiven, Network

YELP: Final = "yelp"
TRIPADVISOR: Final = "tripadvisor"
BOOKING: Final = "booking"

YELP_NETWORK: Final = Network(
    YELP, "Yelp", AsGiven("reviewer's name"), icon="yelp", replies_on_site=True
)
TRIPADVISOR_NETWORK: Final = Network(
    TRIPADVISOR, "Tripadvisor", AsGiven("reviewer's name"), icon="tripadvisor", replies_on_site=True
)
BOOKING_NETWORK: Final = Network(
    BOOKING, "Booking.com", AsGiven("guest's name"), icon="booking", replies_on_site=True
)

REVIEW_SITE_NETWORKS: Final[tuple[Network, ...]] = (
    YELP_NETWORK,
    TRIPADVISOR_NETWORK,
    BOOKING_NETWORK,
)
