"""Opening links from messages: web addresses only.

Rule: a link from message content opens only if its scheme is ``http`` or
``https`` and it names a host. ``file:``, ``javascript:``, ``data:`` and every
other scheme are refused, and the caller tells the user why.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

ALLOWED_SCHEMES = frozenset({"http", "https"})

OpenResult = Literal["opened", "refused", "failed"]


def web_url(text: str | None) -> QUrl | None:
    """``text`` as an http(s) URL with a host, or None if it is anything else."""
    if not text or any(ch.isspace() or ord(ch) < 32 for ch in text):
        return None
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in ALLOWED_SCHEMES or not url.host():
        return None
    return url


def open_web_url(text: str | None) -> OpenResult:
    """Open ``text`` in the user's browser if it is a web address."""
    url = web_url(text)
    if url is None:
        return "refused"
    return "opened" if QDesktopServices.openUrl(url) else "failed"
