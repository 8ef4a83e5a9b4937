"""Core's refusals in the user's words: every code has a wording; the CLI's English stays."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from socialinbox.core.accounts import SENDING_PREFIX
from socialinbox.core.arrivals import ArrivalsError
from socialinbox.core.connector import TextLimit
from socialinbox.core.contacts import ContactConflict
from socialinbox.core.errors import UserError
from socialinbox.core.outbox import OutboxState, next_state
from socialinbox.core.textlimit import check_length
from socialinbox.secrets import SecretStore
from socialinbox.sync.problems import (
    ProblemKind,
    SyncProblem,
    offline,
    rate_limited,
    read_problem,
    sign_in_refused,
)
from socialinbox.ui.common import errors
from socialinbox.ui.common.errors import describe, sync_problem_detail, sync_problem_text
from socialinbox.ui.common.formatting import short_time
from socialinbox.ui.shell.notifier import NOTIFICATION_WORDING

CORE = Path(errors.__file__).parents[2] / "core"


def test_every_code_core_raises_is_worded_in_the_ui() -> None:
    raised = {
        code
        for path in CORE.glob("*.py")
        for code in re.findall(r'code="([a-z_.]+)"', path.read_text(encoding="utf-8"))
    }
    assert raised  # the scan found the raise sites
    # A notification's code is worded where notifications are shown.
    assert sorted(raised - set(errors.WORDING) - set(NOTIFICATION_WORDING)) == []


def test_a_refusal_keeps_its_english_for_the_cli_and_is_worded_for_the_window() -> None:
    with pytest.raises(UserError) as refused:
        next_state(OutboxState.DISCARDED, "approve")
    assert str(refused.value).startswith("a reply that is discarded cannot be approved")
    # The state as the Outbox page names it, never core's "discarded" or "awaiting_review".
    assert describe(refused.value) == "A reply in the state “Discarded” cannot take this step"
    with pytest.raises(UserError) as waiting:
        next_state(OutboxState.AWAITING_REVIEW, "claim")
    assert "“Awaiting review”" in describe(waiting.value)

    with pytest.raises(UserError) as too_long:
        check_length("x" * 12, TextLimit(10, "characters"), "Bluesky")
    english = "the reply is 12 characters long; Bluesky takes at most 10 characters (2 too many)"
    assert str(too_long.value) == english
    assert describe(too_long.value) == english[:1].upper() + english[1:]


def test_an_error_without_a_wording_shows_its_english_as_a_sentence() -> None:
    assert describe(ArrivalsError("the file is empty")) == "The file is empty"
    assert describe(ContactConflict("something new went wrong")) == "Something new went wrong"
    # Anything else is no refusal but a bug or an outage: no raw text, the log has it.
    assert describe(ValueError("not a number")) == (
        "Something went wrong; the details are in the log"
    )


def test_a_sync_problem_is_worded_by_its_kind_and_keeps_the_networks_words_apart() -> None:
    until = datetime(2026, 12, 6, 14, 30, tzinfo=UTC)
    written = {
        sign_in_refused("token revoked"): "The network refused the sign-in: sign in again",
        SENDING_PREFIX + offline("connection refused"): (
            "Sending replies: The network cannot be reached: check the connection"
        ),
        rate_limited(until, "429 Too Many Requests"): (
            f"The network asks to wait until {short_time(until)}"
        ),
        "the server said no": "The network refused the request",
        SecretStore(FailKeyring()).where_missing(): (
            "This computer does not hold the account's secret: sign in again"
        ),
    }
    for english, worded in written.items():
        assert sync_problem_text(english, until) == worded, english
    assert sync_problem_detail(sign_in_refused("token revoked")) == "token revoked"
    assert sync_problem_detail(rate_limited(until, "429")) == "429"
    assert read_problem(rate_limited(until, "429")) == SyncProblem(
        ProblemKind.RATE_LIMITED, "429", until=time(14, 30)
    )
