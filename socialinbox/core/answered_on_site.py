"""*Mark answered on the site*: a review answered where it was written.

Some networks give a business no way to reply from here (``Network.replies_on_site``:
the review sites whose notification e-mails the e-mail connector reads — Yelp,
Tripadvisor, Booking.com). The owner writes the public answer on the site and then
marks the item answered here.

Rules for callers:

- Only an inbound message of such a network can be marked; anything else is refused
  (:class:`InvalidState`): a network with a reply API is answered by replying, and
  its reply made elsewhere is fetched and counted by itself.
- Marking records the answer as a reply made elsewhere would be
  (:func:`core.ingest.answer_message`): the message stops needing a reply, and the
  moment it was marked is its answer time, which the response levels count as the
  business's public reply (its first response: level 3, 2 or 1 by how long it took;
  :func:`core.response_levels.recompute_levels`). The owner marks it when they have
  answered, so the moment of marking is the best time known.
- Marking twice changes nothing (the first answer time stays); so does marking a
  message already answered in another way.
"""

from __future__ import annotations

from sqlalchemy import select

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.errors import InvalidState, NotFound
from socialinbox.core.ingest import answer_message
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.core.response_levels import recompute_levels
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Message


class AnsweredOnSite:
    """Marks reviews answered on their site. Call through the Writer."""

    def __init__(
        self, db: Database, clock: Clock, networks: NetworkCatalogue, origin: str = "local"
    ) -> None:
        self._db = db
        self._clock = clock
        self._networks = networks
        self._origin = origin

    def replies_on_site(self, channel: str) -> bool:
        """Whether replies to ``channel``'s messages are written on the network's site."""
        return self._networks.get(channel).replies_on_site

    def mark(self, message_id: int) -> ChangeSet:
        """Mark ``message_id`` answered on its site now (see the module's rules)."""
        now = self._clock.now()
        with self._db.write() as session:
            row = session.execute(
                select(
                    Message.id,
                    Message.channel,
                    Message.inbound,
                    Message.created_at,
                    Message.replied_at,
                ).where(Message.id == message_id)
            ).one_or_none()
            if row is None:
                raise NotFound(
                    f"there is no message with id {message_id}",
                    code="message.not_found",
                    id=message_id,
                )
            network = self._networks.get(row.channel)
            if not network.replies_on_site or not row.inbound:
                raise InvalidState(
                    f"message {message_id} is not a review on a site without replies from "
                    f"here ({network.label}): reply to it instead",
                    code="answered_on_site.not_a_site_review",
                    id=message_id,
                    network=network.label,
                )
            # A message dated after now (a sender's clock ahead) is answered at its own time.
            if not answer_message(session, row, max(now, row.created_at)):
                return changes.EMPTY
            change = ChangeSet.of(changes.MESSAGE, changes.UPDATED, [message_id])
            change |= recompute_levels(session, [message_id], now)
            changes.record(session, change, now, self._origin)
            return change
