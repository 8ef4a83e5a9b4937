"""The Google reviews network as the catalogue knows it: label, reply limit, how reviewers
are written.

Light on purpose (no HTTP, no OAuth): the network catalogue imports it to normalise a
typed identity without loading the connector.

Google gives no id for a reviewer (developers.google.com/my-business/reference/rest/v4/
accounts.locations.reviews: ``reviewer`` is ``displayName``, ``profilePhotoUrl`` and
``isAnonymous``), so a reviewer is keyed by the name shown with the review, as given; a
hand link takes that name. An anonymous reviewer is keyed by the review itself (two
anonymous reviews are not one person). An owner's reply holds at most 4096 bytes.
"""

from __future__ import annotations

from typing import Final

from socialinbox.core.connector import TextLimit
from socialinbox.core.networks import AsGiven, Network

GOOGLE_REVIEWS: Final = "google_reviews"
# ReviewReply.comment: "The maximum length is 4096 bytes."
REPLY_BYTES: Final = 4096

GOOGLE_REVIEWS_NETWORK: Final = Network(
    GOOGLE_REVIEWS,
    "Google reviews",
    AsGiven("reviewer's name"),
    icon="google_reviews",
    text_limit=TextLimit(REPLY_BYTES, "bytes"),
)
