"""The outbox state machine: which step may follow which, as pure functions.

A reply's public states are the values of :class:`OutboxState`. Every change of
state is an :class:`OutboxEvent` applied with :func:`next_state`; a step that the
rules do not allow raises :class:`TransitionRefused` and changes nothing. The
rules, for callers:

- ``draft``: being written; only its author's edits change it. ``submit`` puts
  it in ``awaiting_review``; ``approve`` sends it on its way.
- ``awaiting_review``: waits for an approver (``approve``), or goes back to its
  author (``send_back``, with a comment) or away (``discard``).
- ``approved``: queued; a sender ``claim``s it (→ ``sending``). When the
  customer writes again in the thread it goes back to ``awaiting_review``
  (``customer_wrote``), and so does an edit.
- ``sending``: a sender holds a lease on it and a network call may be under way.
  It ends ``sent``, ``failed`` (retryable; certain or uncertain whether it
  arrived), ``outcome_unknown`` (a person decides), or back in ``approved`` when
  the network refused the request before sending (offline, sign-in refused).
  An item left in ``sending`` by a crash is ``claim``ed again for recovery.
- ``failed``: retried automatically when due (``claim``), or by hand (``retry``).
- ``outcome_unknown``: a person decides: ``retry`` (accepting a possible
  duplicate), ``mark_sent`` (they saw it arrive) or ``discard``.
- ``sent`` and ``discarded`` are final.
"""

from __future__ import annotations

from enum import StrEnum

from socialinbox.core.errors import InvalidState


class OutboxState(StrEnum):
    DRAFT = "draft"
    AWAITING_REVIEW = "awaiting_review"
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    OUTCOME_UNKNOWN = "outcome_unknown"
    DISCARDED = "discarded"


class OutboxEvent(StrEnum):
    EDIT = "edit"
    SUBMIT = "submit"
    APPROVE = "approve"
    SEND_BACK = "send_back"
    DISCARD = "discard"
    CUSTOMER_WROTE = "customer_wrote"
    CLAIM = "claim"
    SUCCEED = "succeed"
    FAIL = "fail"
    LOSE_TRACK = "lose_track"
    NOT_SENT = "not_sent"
    RETRY = "retry"
    MARK_SENT = "mark_sent"


S = OutboxState
E = OutboxEvent

# (state, event) -> the state that follows. Anything absent is refused.
TRANSITIONS: dict[tuple[OutboxState, OutboxEvent], OutboxState] = {
    (S.DRAFT, E.EDIT): S.DRAFT,
    (S.DRAFT, E.SUBMIT): S.AWAITING_REVIEW,
    (S.DRAFT, E.APPROVE): S.APPROVED,
    (S.DRAFT, E.DISCARD): S.DISCARDED,
    (S.AWAITING_REVIEW, E.EDIT): S.AWAITING_REVIEW,
    (S.AWAITING_REVIEW, E.APPROVE): S.APPROVED,
    (S.AWAITING_REVIEW, E.SEND_BACK): S.DRAFT,
    (S.AWAITING_REVIEW, E.DISCARD): S.DISCARDED,
    (S.APPROVED, E.EDIT): S.AWAITING_REVIEW,
    (S.APPROVED, E.SEND_BACK): S.DRAFT,
    (S.APPROVED, E.DISCARD): S.DISCARDED,
    (S.APPROVED, E.CUSTOMER_WROTE): S.AWAITING_REVIEW,
    (S.APPROVED, E.CLAIM): S.SENDING,
    (S.SENDING, E.CLAIM): S.SENDING,
    (S.SENDING, E.SUCCEED): S.SENT,
    (S.SENDING, E.FAIL): S.FAILED,
    (S.SENDING, E.LOSE_TRACK): S.OUTCOME_UNKNOWN,
    (S.SENDING, E.NOT_SENT): S.APPROVED,
    (S.FAILED, E.CLAIM): S.SENDING,
    (S.FAILED, E.RETRY): S.APPROVED,
    (S.FAILED, E.DISCARD): S.DISCARDED,
    (S.OUTCOME_UNKNOWN, E.RETRY): S.APPROVED,
    (S.OUTCOME_UNKNOWN, E.MARK_SENT): S.SENT,
    (S.OUTCOME_UNKNOWN, E.DISCARD): S.DISCARDED,
}

FINAL_STATES = frozenset({S.SENT, S.DISCARDED})
# A later reply in the same thread waits while an earlier one is in one of these.
BLOCKING_STATES = frozenset({S.SENDING, S.FAILED, S.OUTCOME_UNKNOWN})
# Replies that count as "already queued or sent" for the duplicate warning.
QUEUED_OR_SENT_STATES = frozenset(
    {S.AWAITING_REVIEW, S.APPROVED, S.SENDING, S.SENT, S.FAILED, S.OUTCOME_UNKNOWN}
)


class TransitionRefused(InvalidState):
    """The rules do not allow this step from this state; the message says so in words."""

    def __init__(self, state: OutboxState, event: OutboxEvent) -> None:
        super().__init__(
            f"a reply that is {state.value.replace('_', ' ')} cannot be "
            f"{_PAST_TENSE[event]} (allowed: {', '.join(allowed_events(state)) or 'nothing'})",
            code="outbox.transition",
            state=state.value,
            action=event.value,
        )
        self.state = state
        self.event = event


_PAST_TENSE: dict[OutboxEvent, str] = {
    E.EDIT: "edited",
    E.SUBMIT: "submitted for review",
    E.APPROVE: "approved",
    E.SEND_BACK: "sent back",
    E.DISCARD: "discarded",
    E.CUSTOMER_WROTE: "returned for review",
    E.CLAIM: "claimed for sending",
    E.SUCCEED: "marked sent by a sender",
    E.FAIL: "marked failed",
    E.LOSE_TRACK: "marked outcome unknown",
    E.NOT_SENT: "returned to the queue",
    E.RETRY: "retried",
    E.MARK_SENT: "marked sent",
}


def next_state(state: OutboxState | str, event: OutboxEvent | str) -> OutboxState:
    """The state after ``event``; raises :class:`TransitionRefused` if the rules forbid it."""
    state, event = OutboxState(state), OutboxEvent(event)
    try:
        return TRANSITIONS[(state, event)]
    except KeyError:
        raise TransitionRefused(state, event) from None


def can(state: OutboxState | str, event: OutboxEvent | str) -> bool:
    return (OutboxState(state), OutboxEvent(event)) in TRANSITIONS


def allowed_events(state: OutboxState | str) -> list[str]:
    """The events allowed from ``state``, in a stable order (for messages and menus)."""
    state = OutboxState(state)
    return [e.value for e in OutboxEvent if (state, e) in TRANSITIONS]


def states_allowing(event: OutboxEvent | str) -> frozenset[OutboxState]:
    """Every state from which ``event`` is allowed (for conditional updates in SQL)."""
    event = OutboxEvent(event)
    return frozenset(s for s, e in TRANSITIONS if e == event)
