"""A failed sync's or send's problem: written in English into the account's ``last_error``
(what the CLI prints and the log keeps), and read back as a typed :class:`SyncProblem`
that a window words in its language.

Rules for callers: write the English only with the builders here (:func:`sign_in_refused`,
:func:`rate_limited`, :func:`offline`), so that :func:`read_problem` recognises every
sentence the sync writes; anything else is read as the network's own refusal. No schema
change: the stored text stays what it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum

from socialinbox.core.accounts import SENDING_PREFIX
from socialinbox.secrets import SECRET_NOT_KEPT

SIGN_IN_REFUSED = "sign-in refused"
_SIGN_IN_REFUSED = f"{SIGN_IN_REFUSED}, re-authenticate the account: "
_RATE_LIMITED = re.compile(r"rate-limited until (\d\d):(\d\d):(\d\d) UTC: ")
_OFFLINE = "offline: "
_UNEXPECTED = re.compile(r"unexpected error \(\w+\); see the log")


class ProblemKind(StrEnum):
    SIGN_IN_REFUSED = "sign_in_refused"  # the network refused the account's secret
    RATE_LIMITED = "rate_limited"  # the network asks to wait (until ``until``)
    OFFLINE = "offline"  # the network could not be reached
    SECRET_MISSING = "secret_missing"  # this computer kept no secret for the account
    UNEXPECTED = "unexpected"  # a bug: the log has it
    REFUSED = "refused"  # anything else the network said


@dataclass(frozen=True, slots=True)
class SyncProblem:
    """What ``last_error`` says, typed. ``detail``: the network's own words (English, as
    it answered; for a tooltip or the log); ``sending``: the problem came from sending
    replies, not fetching; ``until``: a rate limit's end (UTC time of day)."""

    kind: ProblemKind
    detail: str
    sending: bool = False
    until: time | None = None


def sign_in_refused(detail: object) -> str:
    return f"{_SIGN_IN_REFUSED}{detail}"


def rate_limited(until: datetime, detail: object) -> str:
    return f"rate-limited until {until:%H:%M:%S} UTC: {detail}"


def offline(detail: object) -> str:
    return f"{_OFFLINE}{detail}"


def read_problem(text: str) -> SyncProblem:
    """``last_error`` of a failed account (written by the sync) as a typed problem."""
    sending = text.startswith(SENDING_PREFIX)
    rest = text.removeprefix(SENDING_PREFIX)
    if rest.startswith(_SIGN_IN_REFUSED):
        return SyncProblem(ProblemKind.SIGN_IN_REFUSED, rest[len(_SIGN_IN_REFUSED) :], sending)
    limited = _RATE_LIMITED.match(rest)
    if limited:
        hour, minute, second = (int(part) for part in limited.groups())
        until = time(hour, minute, second)
        return SyncProblem(ProblemKind.RATE_LIMITED, rest[limited.end() :], sending, until)
    if rest.startswith(_OFFLINE):
        return SyncProblem(ProblemKind.OFFLINE, rest[len(_OFFLINE) :], sending)
    if rest.startswith(SECRET_NOT_KEPT):
        return SyncProblem(ProblemKind.SECRET_MISSING, rest, sending)
    if _UNEXPECTED.fullmatch(rest):
        return SyncProblem(ProblemKind.UNEXPECTED, rest, sending)
    return SyncProblem(ProblemKind.REFUSED, rest, sending)
