"""An outbox state's name as the window shows it ("Awaiting review"): the Outbox page's
column and a refused step's sentence use the same words."""

from __future__ import annotations

from socialinbox.ui.common.formatting import QT_TRANSLATE_NOOP, translate

STATE_NAMES = {
    "draft": QT_TRANSLATE_NOOP("OutboxState", "Draft"),
    "awaiting_review": QT_TRANSLATE_NOOP("OutboxState", "Awaiting review"),
    "approved": QT_TRANSLATE_NOOP("OutboxState", "Approved, waiting to send"),
    "sending": QT_TRANSLATE_NOOP("OutboxState", "Sending"),
    "sent": QT_TRANSLATE_NOOP("OutboxState", "Sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxState", "Failed"),
    "outcome_unknown": QT_TRANSLATE_NOOP("OutboxState", "Outcome unknown"),
    "discarded": QT_TRANSLATE_NOOP("OutboxState", "Discarded"),
}


def state_name(state: str) -> str:
    """An outbox state (``OutboxState``'s value) in the window's language."""
    return translate("OutboxState", STATE_NAMES.get(state, state))
