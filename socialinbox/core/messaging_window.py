"""Meta's messaging window: when a business may still answer a private message.

Messenger and Instagram let a Page answer a person's private message (Meta's Send API,
``messaging_type``) only for a while after that person's last message:

- within 24 hours of it: a standard reply (``messaging_type=RESPONSE``);
- from 24 hours to 7 days: only a reply a person writes, sent with
  ``messaging_type=MESSAGE_TAG`` and ``tag=HUMAN_AGENT`` — never a message sent
  automatically or to many customers at once (Meta's policy for the tag);
- after 7 days: nothing; the customer can be reached only on another channel, or once
  they write again.

Pure rules: the caller gives the customer's last message and "now" (the injectable
clock), so they are tested without waiting. A network declares that its private
messages follow this window with ``Network.direct_reply_window``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

STANDARD_WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)
# The kind of message the window applies to (comments are answered in public any time).
DIRECT_KIND = "direct"


class ReplyWindow(StrEnum):
    """How a private message may be answered now."""

    STANDARD = "standard"  # messaging_type=RESPONSE
    HUMAN_AGENT = "human_agent"  # messaging_type=MESSAGE_TAG, tag=HUMAN_AGENT
    CLOSED = "closed"  # not at all on this channel


@dataclass(frozen=True, slots=True)
class WindowState:
    """The window at one moment: how a reply may go, and when that ends (None: closed)."""

    window: ReplyWindow
    until: datetime | None


def reply_window(customer_wrote_at: datetime, now: datetime) -> WindowState:
    """The window ``now`` for a conversation whose customer last wrote at
    ``customer_wrote_at``. A time in the future (clocks that disagree) counts as now.
    The bounds belong to the earlier window: exactly 24 hours after is still standard,
    exactly 7 days after still open to a person's reply."""
    standard_until = customer_wrote_at + STANDARD_WINDOW
    if now <= standard_until:
        return WindowState(ReplyWindow.STANDARD, standard_until)
    human_until = customer_wrote_at + HUMAN_AGENT_WINDOW
    if now <= human_until:
        return WindowState(ReplyWindow.HUMAN_AGENT, human_until)
    return WindowState(ReplyWindow.CLOSED, None)


def send_as(customer_wrote_at: datetime | None, now: datetime, *, by_person: bool) -> ReplyWindow:
    """How to send a reply now: the window, except that a reply no person wrote has no
    human-agent window (CLOSED after 24 hours). With the customer's last message unknown
    (None), the reply goes as a standard one and the network judges."""
    if customer_wrote_at is None:
        return ReplyWindow.STANDARD
    window = reply_window(customer_wrote_at, now).window
    if window is ReplyWindow.HUMAN_AGENT and not by_person:
        return ReplyWindow.CLOSED
    return window
