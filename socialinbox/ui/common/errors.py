"""Errors in the user's words: the one place where core's typed errors are translated.

Rule for callers: show ``describe(error)`` for any :class:`~socialinbox.core.errors.UserError`
(or other refused request) instead of ``str(error)``; it returns the translated
sentence for the error's code, or the error's English sentence (with a capital
first letter) when there is no translation for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from socialinbox.core.errors import UserError

CONTEXT = "errors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# One entry per error code: the translated sentence, filled from the error's params.
_WORDING: dict[str, Callable[[Mapping[str, object]], str]] = {
    "note.empty": lambda p: _tr("A note needs some text"),
    "note.too_long": lambda p: _tr("A note holds at most {limit} characters").format(**p),
    "message.no_contact": lambda p: _tr("The message belongs to no contact"),
}


def describe(error: BaseException) -> str:
    """The sentence to show a person for ``error`` (see the module's rule)."""
    if isinstance(error, UserError):
        wording = _WORDING.get(error.code)
        if wording is not None:
            return wording(error.params)
    return sentence(str(error))


def sentence(text: str) -> str:
    """``text`` with a capital first letter, as a status line shows a core error's English."""
    return text[:1].upper() + text[1:]
