"""Where data lives, and keeping it private to its owner."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import platformdirs

from socialinbox import APP_ID

DATABASE_FILE = "socialinbox.sqlite3"
SETTINGS_FILE = "settings.json"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# The permission bits of anyone but the owner.
_NOT_OWNER = 0o077


class DataFolderUnusable(Exception):
    """The data folder cannot be used (a file by that name, no permission); the message
    is the one line the user sees."""


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ~/.local/share/socialinbox on Linux)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def computer_config_dir() -> Path:
    """The platform's per-user settings folder (e.g. ~/.config/socialinbox on Linux): what
    belongs to this computer and user whatever data folder is open (the language)."""
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def writable(path: Path) -> bool:
    """Whether this process may write ``path`` (a folder: create files in it).

    False on a read-only file system too, for every user (root included)."""
    return os.access(path, os.W_OK)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` if needed and make it readable by its owner only.

    An existing folder only loses other people's permissions: a folder its owner
    made read-only stays read-only. Raises :class:`DataFolderUnusable` when
    ``path`` is a file or cannot be created.
    """
    try:
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    except FileExistsError:
        raise DataFolderUnusable(f"{path} is a file, not a folder") from None
    except OSError as exc:
        raise DataFolderUnusable(f"cannot create the folder {path}: {exc.strerror}") from None
    _keep_to_owner(path)
    return path


def ensure_private_file(path: Path) -> Path:
    """Create ``path`` empty if it does not exist, and make it owner-only.

    An existing file is not opened, only its permissions narrowed, so that a
    read-only file (or one on read-only media) is left as it is.
    """
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        _keep_to_owner(path)
    else:
        os.close(fd)
        if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE_MODE:
            path.chmod(PRIVATE_FILE_MODE)
    return path


def _keep_to_owner(path: Path) -> None:
    """Take away every permission of people other than the owner, where there is one.

    On read-only media the permissions cannot change, and nobody can write there either.
    """
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & _NOT_OWNER:
        try:
            path.chmod(mode & ~_NOT_OWNER)
        except OSError as exc:
            if exc.errno != errno.EROFS:
                raise


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
