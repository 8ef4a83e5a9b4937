"""A plain-text report for support: versions, where data lives, account states, recent log.

Secrets never appear: the database URL hides its password, account errors and
log lines go through the same redaction as the log file, and the keychain is
described by its backend only.
"""

from __future__ import annotations

import platform
import sys
from collections import deque

from socialinbox import __version__
from socialinbox.app import AppContext
from socialinbox.logs import LOG_FILE, REDACTOR

LOG_LINES = 40


def diagnostics(context: AppContext, extra: dict[str, str] | None = None) -> str:
    lines = [
        f"Social Inbox {__version__}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
    ]
    lines += [f"{key}: {value}" for key, value in (extra or {}).items()]
    db = context.db
    lines.append(f"Data folder: {context.data_dir}")
    lines.append(f"Database: {db.url.render_as_string(hide_password=True)}")
    if db.path is not None and db.path.exists():
        lines.append(f"Database size: {db.path.stat().st_size:,} bytes")
    lines.append(f"Schema: {db.stored_revision_quiet()}")
    store = context.secrets
    lines.append(
        "Keychain: "
        + ("safe (system keychain)" if store.persistent else "none safe: secrets kept in memory")
    )
    lines.append("Accounts:")
    for account in context.accounts.list_accounts():
        last = account.last_sync.isoformat(timespec="seconds") if account.last_sync else "never"
        error = f" — {REDACTOR.redact(account.last_error)}" if account.last_error else ""
        lines.append(f"  {account.id} {account.kind} {account.status}, last sync {last}{error}")
    log_path = context.data_dir / LOG_FILE
    if log_path.exists():
        with log_path.open(encoding="utf-8", errors="replace") as handle:
            tail = deque(handle, maxlen=LOG_LINES)
        lines.append(f"Last {len(tail)} log lines:")
        lines += ["  " + REDACTOR.redact(line.rstrip("\n")) for line in tail]
    return "\n".join(lines) + "\n"
