"""Where data lives, and keeping it private to its owner."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

from socialinbox import APP_ID

DATABASE_FILE = "socialinbox.sqlite3"
SETTINGS_FILE = "settings.json"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ~/.local/share/socialinbox on Linux)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` if needed and make it readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != PRIVATE_DIR_MODE:
        path.chmod(PRIVATE_DIR_MODE)
    return path


def ensure_private_file(path: Path) -> Path:
    """Create ``path`` empty if it does not exist, and make it owner-only."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE_MODE:
        path.chmod(PRIVATE_FILE_MODE)
    return path


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
