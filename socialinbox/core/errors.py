"""Typed errors for requests the rules refuse: the user's mistakes, not the program's.

Rules for callers:

- A service raises a :class:`UserError` subclass when a person asked for
  something the rules refuse (an empty note, a reply that is too long, a step the
  outbox does not allow). Anything else that goes wrong is a bug or an outage and
  stays an ordinary exception.
- ``str(error)`` is a plain English sentence, lower-case first, without a final
  full stop: the CLI prints it as it is (scripts parse it, so it must not change).
- ``error.code`` names the sentence and ``error.params`` hold its values: the
  GUI words each code in the user's language (``ui/common/errors.py``) and falls
  back to the English sentence for a code it does not know.
- Every class is a :class:`ValueError` (and the "not found" ones a
  :class:`LookupError` too), so existing ``except ValueError`` code keeps working.
"""

from __future__ import annotations

from collections.abc import Mapping


class UserError(ValueError):
    """A refused request, worded for a person; see the module's rules."""

    def __init__(self, message: str, *, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params: Mapping[str, object] = params


class NotFound(UserError, LookupError):
    """What the request names does not exist (any more)."""


class Missing(UserError):
    """Something the user must give is missing or empty."""


class InvalidValue(UserError):
    """What the user gave cannot be used as it is (not a phone number, too short an interval)."""


class TooLong(UserError):
    """A text is over its limit; ``params`` hold ``limit`` (and the length where known)."""


class FieldUnknown(UserError):
    """A name (a field, a channel) that is not one of the known ones; ``params['field']``."""


class InvalidState(UserError):
    """The request does not fit the current state of what it names (merged, no address, …)."""
