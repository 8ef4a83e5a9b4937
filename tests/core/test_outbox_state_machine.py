"""The outbox state machine as pure functions: no database, no network."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialinbox.core.outbox import (
    FINAL_STATES,
    TRANSITIONS,
    OutboxEvent,
    OutboxState,
    TransitionRefused,
    allowed_events,
    can,
    next_state,
    states_allowing,
)

S, E = OutboxState, OutboxEvent


def test_the_public_state_names():
    assert [s.value for s in OutboxState] == [
        "draft",
        "awaiting_review",
        "approved",
        "sending",
        "sent",
        "failed",
        "outcome_unknown",
        "discarded",
    ]


@pytest.mark.parametrize(
    ("path", "end"),
    [
        ([E.SUBMIT, E.APPROVE, E.CLAIM, E.SUCCEED], S.SENT),
        ([E.APPROVE, E.CLAIM, E.FAIL, E.CLAIM, E.SUCCEED], S.SENT),
        ([E.APPROVE, E.CLAIM, E.FAIL, E.RETRY, E.CLAIM, E.SUCCEED], S.SENT),
        ([E.APPROVE, E.CLAIM, E.LOSE_TRACK, E.MARK_SENT], S.SENT),
        ([E.APPROVE, E.CLAIM, E.LOSE_TRACK, E.RETRY], S.APPROVED),
        ([E.APPROVE, E.CUSTOMER_WROTE, E.APPROVE], S.APPROVED),
        ([E.SUBMIT, E.SEND_BACK, E.EDIT, E.SUBMIT], S.AWAITING_REVIEW),
        ([E.APPROVE, E.EDIT], S.AWAITING_REVIEW),
        ([E.APPROVE, E.CLAIM, E.NOT_SENT, E.CLAIM, E.SUCCEED], S.SENT),
        # A crashed sender's item is claimed again for recovery.
        ([E.APPROVE, E.CLAIM, E.CLAIM, E.SUCCEED], S.SENT),
        ([E.APPROVE, E.CLAIM, E.FAIL, E.DISCARD], S.DISCARDED),
    ],
)
def test_paths_through_the_outbox(path, end):
    state = S.DRAFT
    for event in path:
        state = next_state(state, event)
    assert state == end


@pytest.mark.parametrize(
    ("state", "event"),
    [
        (S.SENT, E.RETRY),
        (S.SENT, E.DISCARD),
        (S.DISCARDED, E.APPROVE),
        (S.SENDING, E.DISCARD),  # a network call may be under way
        (S.SENDING, E.EDIT),
        (S.DRAFT, E.CLAIM),  # nothing unapproved is ever sent
        (S.AWAITING_REVIEW, E.CLAIM),
        (S.OUTCOME_UNKNOWN, E.CLAIM),  # never resent without a person
        (S.FAILED, E.APPROVE),
    ],
)
def test_refused_steps_say_so_in_words(state, event):
    assert not can(state, event)
    with pytest.raises(TransitionRefused) as refused:
        next_state(state, event)
    assert state.value.replace("_", " ") in str(refused.value)


@given(st.sampled_from(list(OutboxState)), st.sampled_from(list(OutboxEvent)))
def test_next_state_agrees_with_can_and_the_table(state, event):
    if can(state, event):
        assert next_state(state, event) == TRANSITIONS[(state, event)]
        assert event.value in allowed_events(state)
        assert state in states_allowing(event)
    else:
        with pytest.raises(TransitionRefused):
            next_state(state, event)


def test_final_states_have_no_way_out():
    for state in FINAL_STATES:
        assert allowed_events(state) == []


def test_only_a_claim_enters_sending_and_only_approved_or_failed_items_are_claimed():
    entering = {s for (s, e), t in TRANSITIONS.items() if t == S.SENDING}
    assert entering == {S.APPROVED, S.FAILED, S.SENDING}
    assert {e for (s, e), t in TRANSITIONS.items() if t == S.SENDING} == {E.CLAIM}


def test_a_sent_reply_only_comes_from_sending_or_a_person():
    assert {(s, e) for (s, e), t in TRANSITIONS.items() if t == S.SENT} == {
        (S.SENDING, E.SUCCEED),
        (S.OUTCOME_UNKNOWN, E.MARK_SENT),
    }


def test_strings_are_accepted():
    assert next_state("approved", "claim") == S.SENDING
