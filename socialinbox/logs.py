"""Logging that never writes secrets.

httpx logs whole URLs at INFO, and some networks put tokens in URLs, so its
loggers stay at WARNING. A filter masks every registered secret and anything
shaped like a token or a password in every record.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import logging.handlers
import os
import re
import sys
from pathlib import Path

from socialinbox import APP_ID
from socialinbox.paths import PRIVATE_FILE_MODE, ensure_private_file, writable

LOG_FILE = "socialinbox.log"
MASK = "«redacted»"

_PATTERNS = (
    re.compile(r"(?i)(authorization:\s*(?:bearer|basic)\s+)\S+"),
    re.compile(
        r"(?i)((?:access_token|refresh_token|token|password|passwd|secret|apikey|api_key|"
        r"accessJwt|refreshJwt)[\"']?\s*[=:]\s*[\"']?)[^\s\"'&,}]+"
    ),
)


class RedactingFilter(logging.Filter):
    """Masks known secrets and token-shaped values in log records."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add_secret(self, secret: str) -> None:
        """Mask ``secret`` from now on; a JSON object (a stored session) masks its values."""
        if not secret or len(secret) < 4:
            return
        self._secrets.add(secret)
        try:
            values = json.loads(secret)
        except ValueError:
            return
        if isinstance(values, dict):
            for value in values.values():
                if isinstance(value, str) and len(value) >= 16:
                    self._secrets.add(value)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        for pattern in _PATTERNS:
            text = pattern.sub(lambda m: m.group(1) + MASK, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, redacted, so the handler cannot print it raw.
            record.exc_text = self.redact(
                logging.Formatter().formatException(record.exc_info)  # type: ignore[arg-type]
            )
            record.exc_info = None
        if redacted != message or record.args:
            record.msg, record.args = redacted, None
        return True


REDACTOR = RedactingFilter()


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """The log file, owner-only, that never sprays errors when it cannot be written.

    A full disk or a file system gone read-only makes every record fail: the first
    failure is reported in one line on stderr, later ones are dropped silently until
    a record is written again (then the next failure is reported once more).
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
        self.failing = False
        self._failed_now = False

    def _open(self) -> io.TextIOWrapper:
        # Created owner-only (the process umask may be wider when the log opens).
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, PRIVATE_FILE_MODE)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # the handler appends

    def flush(self) -> None:
        try:
            super().flush()
        except OSError:
            self.handleError(None)

    def close(self) -> None:
        # What a full disk kept in the buffer is lost, not raised at the closer.
        try:
            super().close()
        except OSError:
            self.stream = None  # type: ignore[assignment]

    def emit(self, record: logging.LogRecord) -> None:
        self._failed_now = False
        super().emit(record)
        if not self._failed_now:
            self.failing = False

    def handleError(self, record: logging.LogRecord | None) -> None:
        self._failed_now = True
        if self.failing:
            return
        self.failing = True
        error = sys.exc_info()[1]
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        try:
            sys.stderr.write(
                f"{APP_ID}: warning: cannot write the log {self.baseFilename} ({reason}); "
                "log records are dropped until it can be written again\n"
            )
        except (OSError, ValueError):
            pass


def setup_logging(data_dir: Path | None, *, verbose: bool = False) -> None:
    """Log to ``data_dir``'s log file (when the folder can be written), redacted.

    Never raises for the log file: a read-only folder logs nothing, a file that
    cannot be written later reports it once (:class:`QuietFileHandler`).
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # aioimaplib logs every line it sends and receives at DEBUG: whole messages, and the
    # LOGIN command, whose password its own scrubbing misses once quoting escaped a " or \.
    for noisy in ("httpx", "httpcore", "hpack", "asyncio", "alembic", "aioimaplib"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    if data_dir is not None:
        log_file = data_dir / LOG_FILE
        if writable(data_dir) or writable(log_file):
            with contextlib.suppress(OSError):  # the handler reports it when it writes
                ensure_private_file(log_file)
            handlers.append(QuietFileHandler(log_file))
        else:
            # Read-only: nowhere to log, and nothing on the console either (no
            # handler at all would print records there).
            handlers.append(logging.NullHandler())
    if verbose or data_dir is None:
        # Commands print their own one-line errors; the console log is opt-in.
        stream = logging.StreamHandler()
        stream.setLevel(logging.DEBUG if verbose else logging.ERROR)
        handlers.append(stream)
    # Replace only our own handlers (a second context in one process, or tests).
    for handler in list(root.handlers):
        if getattr(handler, "_socialinbox", False):
            root.removeHandler(handler)
            handler.close()
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(REDACTOR)
        handler._socialinbox = True  # type: ignore[attr-defined]
        root.addHandler(handler)
